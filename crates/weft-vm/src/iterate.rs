//! The iteration protocol: `iter()`, `next()`, generator resumption, unpacking.

use std::rc::Rc;

use crate::dict::DictObj;
use crate::frame::{resume_generator, FrameExit, SendResult};
use crate::function::Args;
use crate::generator::{GenState, GeneratorObj};
use crate::iter::{DictIterKind, IterObj, IterState};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        let (name, state) = match v {
            Value::List(l) => (
                "list_iterator",
                IterState::List {
                    list: l.clone(),
                    index: 0,
                },
            ),
            Value::Tuple(t) => (
                "tuple_iterator",
                IterState::Tuple {
                    tuple: t.clone(),
                    index: 0,
                },
            ),
            Value::Str(s) => (
                "str_ascii_iterator",
                IterState::Str {
                    s: s.clone(),
                    byte_pos: 0,
                },
            ),
            Value::Bytes(_) => (
                "bytes_iterator",
                IterState::Bytes {
                    data: v.clone(),
                    index: 0,
                },
            ),
            Value::Range(r) => (
                "range_iterator",
                IterState::Range {
                    next: r.start,
                    step: r.step,
                    remaining: r.len(),
                },
            ),
            Value::Dict(d) => ("dict_keyiterator", dict_iter(d, DictIterKind::Keys)),
            Value::DictView(view) => (
                match view.kind {
                    DictIterKind::Keys => "dict_keyiterator",
                    DictIterKind::Values => "dict_valueiterator",
                    DictIterKind::Items => "dict_itemiterator",
                },
                dict_iter(&view.dict, view.kind),
            ),
            Value::Set(s) | Value::FrozenSet(s) => (
                "set_iterator",
                IterState::Set {
                    set: s.clone(),
                    slot: 0,
                    version: s.version(),
                },
            ),
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(v, "__iter__") {
                    return self.get_iter(&inner);
                }
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if m.is_none() {
                        return Err(self.not_iterable(v));
                    }
                    let it = self.call1(&m, v.clone())?;
                    let ok = match &it {
                        Value::Iterator(_) | Value::Generator(_) => true,
                        _ => self.lookup_special(&it, "__next__").is_some(),
                    };
                    if !ok {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    (
                        "iterator",
                        IterState::Sequence {
                            obj: v.clone(),
                            index: 0,
                        },
                    )
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => {
                if let Some(m) = self.metaclass_special(v, "__iter__") {
                    return self.call1(&m, v.clone());
                }
                return Err(self.not_iterable(v));
            }
        };
        Ok(Value::Iterator(Rc::new(IterObj::new(name, state))))
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// One step of an iterator: `Some(value)`, or `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(i) => self.next_builtin(i),
            Value::Generator(g) => match self.gen_send(g, Value::None)? {
                SendResult::Yielded(v) => Ok(Some(v)),
                SendResult::Returned(_) => Ok(None),
            },
            _ => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                // Native iterators (itertools, ...) are called directly.
                let r = match &m {
                    Value::Builtin(b) if b.bound.is_null() => {
                        let mut args = Args::default();
                        args.pos.push(it.clone());
                        (b.func)(self, args)
                    }
                    _ => self.call1(&m, it.clone()),
                };
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance_of(&self.exc_type("StopIteration")) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn next_builtin(&mut self, it: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // Fast states are advanced under the borrow; states that call back into
        // Python take their inputs out first.
        let mut st = it.state.borrow_mut();
        match &mut *st {
            IterState::List { list, index } => {
                let items = list.items.borrow();
                if *index < items.len() {
                    let v = items[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                drop(items);
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::ListReversed { list, index } => {
                let items = list.items.borrow();
                if *index > 0 && *index <= items.len() {
                    *index -= 1;
                    return Ok(Some(items[*index].clone()));
                }
                drop(items);
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Tuple { tuple, index } => {
                if *index < tuple.items.len() {
                    let v = tuple.items[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Str { s, byte_pos } => match s.s[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            },
            IterState::Bytes { data, index } => {
                if let Value::Bytes(b) = data {
                    if *index < b.data.len() {
                        let v = b.data[*index];
                        *index += 1;
                        return Ok(Some(Value::Int(v as i64)));
                    }
                }
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining > 0 {
                    let v = *next;
                    *next = next.wrapping_add(*step);
                    *remaining -= 1;
                    return Ok(Some(Value::Int(v)));
                }
                Ok(None)
            }
            IterState::Dict {
                dict,
                kind,
                slot,
                version,
                len,
            } => {
                if dict.version() != *version {
                    let changed_size = dict.len() != *len;
                    *st = IterState::Exhausted;
                    drop(st);
                    return Err(self.runtime_error(if changed_size {
                        "dictionary changed size during iteration"
                    } else {
                        "dictionary keys changed during iteration"
                    }));
                }
                while *slot < dict.raw_len() {
                    let i = *slot;
                    *slot += 1;
                    if let Some((k, v)) = dict.entry_at(i) {
                        return Ok(Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => Value::tuple(vec![k, v]),
                        }));
                    }
                }
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Set { set, slot, version } => {
                if set.version() != *version {
                    *st = IterState::Exhausted;
                    drop(st);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                while *slot < set.capacity() {
                    let i = *slot;
                    *slot += 1;
                    if let Some((_, k)) = set.entry_at(i) {
                        return Ok(Some(k));
                    }
                }
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Values { items, index } => {
                if *index < items.len() {
                    let v = std::mem::take(&mut items[*index]);
                    *index += 1;
                    return Ok(Some(v));
                }
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Exhausted => Ok(None),
            IterState::Native {
                source,
                position,
                version,
                step,
            } => {
                let (source, mut pos, version, step) = (source.clone(), *position, *version, *step);
                drop(st);
                let r = step(self, &source, &mut pos, version);
                let mut st = it.state.borrow_mut();
                match (&r, &mut *st) {
                    (Ok(Some(_)), IterState::Native { position, .. }) => *position = pos,
                    _ => *st = IterState::Exhausted,
                }
                r
            }
            IterState::Enumerate { inner, count } => {
                let (inner, c) = (inner.clone(), count.clone());
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        let next_count =
                            self.binary_op(&c, &Value::Int(1), weft_compiler::ast::BinOp::Add)?;
                        if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                            *count = next_count;
                        }
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                for (k, i) in iters.iter().enumerate() {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None => {
                            *it.state.borrow_mut() = IterState::Exhausted;
                            if strict {
                                if k > 0 {
                                    let plural = if k == 1 { "" } else { "s" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        k + 1,
                                        if k == 1 {
                                            String::new()
                                        } else {
                                            format!("-{k}")
                                        }
                                    )));
                                }
                                for (j, rest) in iters.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let plural = if j == 1 { "" } else { "s" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            j + 1,
                                            if j == 1 {
                                                String::new()
                                            } else {
                                                format!("-{j}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(st);
                let mut args = Args::default();
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => args.pos.push(v),
                        None => {
                            *it.state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                self.call(&func, args).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() {
                        self.is_true(&v)?
                    } else {
                        let r = self.call1(&func, v.clone())?;
                        self.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Sequence { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                drop(st);
                match self.get_item(&obj, &Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::Sequence { index, .. } = &mut *it.state.borrow_mut() {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if e.is_instance_of(&self.exc_type("IndexError"))
                            || e.is_instance_of(&self.exc_type("StopIteration")) =>
                    {
                        *it.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = match self.call0(&func) {
                    Ok(v) => v,
                    Err(e) if e.is_instance_of(&self.exc_type("StopIteration")) => {
                        *it.state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(&v, &sentinel)? {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// Sends a value into a generator (`gen.send(v)`; `next` sends None).
    pub fn gen_send(&mut self, g: &Rc<GeneratorObj>, v: Value) -> PyResult<SendResult> {
        self.gen_resume(g, v, None)
    }

    pub fn gen_resume(
        &mut self,
        g: &Rc<GeneratorObj>,
        v: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        match g.state.get() {
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(SendResult::Returned(Value::None)),
                }
            }
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Created if !v.is_none() && throw.is_none() => {
                return Err(self.type_error("can't send non-None value to a just-started generator"))
            }
            _ => {}
        }
        match resume_generator(self, g, v, throw) {
            Ok(FrameExit::Yield(v)) => Ok(SendResult::Yielded(v)),
            Ok(FrameExit::Return(v)) => Ok(SendResult::Returned(v)),
            Err(e) => {
                if e.is_instance_of(&self.exc_type("StopIteration")) {
                    let err = self.runtime_error("generator raised StopIteration");
                    err.data().cause = e.value();
                    err.data().context = e.value();
                    err.data().suppress_context = true;
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// For `yield from`: one step of delegation to `it`.
    pub fn send(&mut self, it: &Value, v: Value) -> PyResult<SendResult> {
        match it {
            Value::Generator(g) => self.gen_send(g, v),
            _ => {
                if v.is_none() {
                    return Ok(match self.next(it)? {
                        Some(x) => SendResult::Yielded(x),
                        None => SendResult::Returned(Value::None),
                    });
                }
                match self.call_method(it, "send", Args::new([v])) {
                    Ok(x) => Ok(SendResult::Yielded(x)),
                    Err(e) if e.is_instance_of(&self.exc_type("StopIteration")) => {
                        let val = self.stop_iteration_value(&e);
                        Ok(SendResult::Returned(val))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    pub fn stop_iteration_value(&self, e: &PyErr) -> Value {
        match &e.data().args {
            Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.items.borrow().clone()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// `UnpackSequence`: pushes the items so that the first is on top.
    pub fn unpack_sequence(&mut self, v: Value, n: usize) -> PyResult<()> {
        let items = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = self.get_iter(&v).map_err(|e| self.unpack_error(e, &v))?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() != n {
            return Err(self.value_error(if items.len() < n {
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            } else {
                format!("too many values to unpack (expected {n})")
            }));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_error(&self, e: PyErr, v: &Value) -> PyErr {
        if e.is_instance_of(&self.exc_type("TypeError")) {
            return self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            ));
        }
        e
    }

    /// `UnpackEx`: `a, *b, c = v`.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match &v {
            Value::Tuple(_) | Value::List(_) => self.collect_iterable(&v)?,
            _ => {
                self.get_iter(&v).map_err(|e| self.unpack_error(e, &v))?;
                self.collect_iterable(&v)?
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        self.stack.extend(tail.into_iter().rev());
        self.stack.push(Value::list(middle));
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `ListExtend` for `[*x]`, and `CallArgsExtend` for `f(*x)` (with the callable).
    pub fn list_extend_for_unpack(
        &mut self,
        target: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let items = self.collect_iterable(src).map_err(|e| {
            if e.is_instance_of(&self.exc_type("TypeError")) && self.get_iter_would_fail(src) {
                let what = match func {
                    Some(f) => format!("{} argument", self.function_str(f)),
                    None => "Value".to_string(),
                };
                self.type_error(format!(
                    "{what} after * must be an iterable, not {}",
                    self.type_name(src)
                ))
            } else {
                e
            }
        })?;
        if let Value::List(l) = target {
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    fn get_iter_would_fail(&self, v: &Value) -> bool {
        match v {
            Value::Instance(_) => {
                self.lookup_special(v, "__iter__").is_none()
                    && self.lookup_special(v, "__getitem__").is_none()
            }
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iterator(_)
            | Value::Generator(_)
            | Value::DictView(_) => false,
            _ => true,
        }
    }

    /// `DictUpdate` / `DictMerge` for `{**m}` and `f(**m)`.
    pub fn dict_update_for_unpack(
        &mut self,
        target: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(target) = target else {
            return Ok(());
        };
        let pairs: Vec<(Value, Value)> = match src {
            Value::Dict(d) => d.items(),
            _ => {
                let Ok(keys_m) = self.get_attr_str(src, "keys") else {
                    return Err(self.type_error(match func {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_str(f),
                            self.type_name(src)
                        ),
                        None => format!("'{}' object is not a mapping", self.type_name(src)),
                    }));
                };
                let keys = self.call0(&keys_m)?;
                let keys = self.collect_iterable(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(f) = func {
                if !matches!(k, Value::Str(_)) {
                    let _ = f;
                    return Err(self.type_error("keywords must be strings"));
                }
                if target.get(self, &k)?.is_some() {
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.function_str(f),
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in argument errors (`_PyObject_FunctionStr`):
    /// "__main__.f()", "__main__.C.m()", "print()", "list.append()".
    pub fn function_str(&self, f: &Value) -> String {
        let qualified = |module: Option<Value>, qualname: &str| match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), qualname)
            }
            _ => format!("{qualname}()"),
        };
        match f {
            Value::Function(func) => qualified(
                Some(func.module.borrow().clone()),
                func.qualname.borrow().as_str(),
            ),
            Value::BoundMethod(m) => self.function_str(&m.func),
            Value::Builtin(b) if b.owner.is_empty() => format!("{}()", b.name),
            Value::Builtin(b) => format!("{}.{}()", b.owner, b.name),
            Value::Type(t) => qualified(t.dict.get_str("__module__"), &t.qualname.borrow()),
            _ => format!("{} object", self.type_name(f)),
        }
    }
}

fn dict_iter(d: &Rc<DictObj>, kind: DictIterKind) -> IterState {
    IterState::Dict {
        dict: d.clone(),
        kind,
        slot: 0,
        version: d.version(),
        len: d.len(),
    }
}
