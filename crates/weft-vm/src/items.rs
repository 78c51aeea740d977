//! Subscripts (`obj[i]`, `obj[a:b:c]`, assignment and deletion) and `len()`.

use std::rc::Rc;

use crate::function::Args;
use crate::value::{SliceObj, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Index `i` counted from the end when negative; None when out of range.
    pub fn normalize_index(&self, i: i64, len: usize) -> Option<usize> {
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i >= len as i64 {
            None
        } else {
            Some(i as usize)
        }
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if **b < dashu_int::IBig::ZERO {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            Value::Instance(_) if self.lookup_special(v, "__index__").is_some() => {
                self.index_value(v).map(Some)
            }
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let step = self.slice_bound(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let start = adjust(
            self.slice_bound(&s.start)?,
            if step < 0 { len - 1 } else { 0 },
        );
        let stop = adjust(self.slice_bound(&s.stop)?, if step < 0 { -1 } else { len });
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, count as usize))
    }

    fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) if self.lookup_special(idx, "__index__").is_some() => {
                self.index_value(idx)?
            }
            _ if what == "string" => {
                return Err(self.type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(idx)
                )))
            }
            _ => {
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(idx)
                )))
            }
        };
        match self.normalize_index(i, len) {
            Some(i) => Ok(i),
            None if what == "index" => Err(self.index_error("index out of range")),
            None => Err(self.index_error(format!("{what} index out of range"))),
        }
    }

    pub fn get_item(&mut self, obj: &Value, idx: &Value) -> PyResult {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let items = l.items.borrow().clone();
                    let (start, _, step, n) = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(take_slice(&items, start, step, n)));
                }
                if let Value::Int(i) = idx {
                    let items = l.items.borrow();
                    if let Some(j) = self.normalize_index(*i, items.len()) {
                        return Ok(items[j].clone());
                    }
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(idx, len, "list")?;
                let items = l.items.borrow();
                items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| self.index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let (start, _, step, n) = self.slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(take_slice(&t.items, start, step, n)));
                }
                let i = self.seq_index(idx, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = idx {
                    let (start, _, step, n) = self.slice_indices(sl, s.char_len)?;
                    if s.is_ascii() {
                        let b = s.s.as_bytes();
                        let out: String = (0..n)
                            .map(|k| b[(start + k as i64 * step) as usize] as char)
                            .collect();
                        return Ok(Value::string(out));
                    }
                    let chars: Vec<char> = s.s.chars().collect();
                    let out: String = (0..n)
                        .map(|k| chars[(start + k as i64 * step) as usize])
                        .collect();
                    return Ok(Value::string(out));
                }
                let i = self.seq_index(idx, s.char_len, "string")?;
                let mut buf = [0u8; 4];
                Ok(Value::str(s.char_at(i).encode_utf8(&mut buf)))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = idx {
                    let (start, _, step, n) = self.slice_indices(sl, b.data.len())?;
                    let out: Vec<u8> = (0..n)
                        .map(|k| b.data[(start + k as i64 * step) as usize])
                        .collect();
                    return Ok(Value::bytes(out));
                }
                let i = self.seq_index(idx, b.data.len(), "index")?;
                Ok(Value::Int(b.data[i] as i64))
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = idx {
                    let (start, stop, step, _) = self.slice_indices(sl, r.len() as usize)?;
                    let new_start = r.start + start * r.step;
                    let new_step = r.step * step;
                    let new_stop = r.start + stop * r.step;
                    return Ok(Value::Range(Rc::new(crate::value::RangeObj {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    })));
                }
                let i = self.seq_index(idx, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Value::Dict(d) => {
                let d = d.clone();
                match d.get(self, idx)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(idx.clone())),
                }
            }
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(obj, "__getitem__") {
                    if let Value::Dict(d) = &inner {
                        return self.dict_subclass_getitem(obj, d, idx);
                    }
                    return self.get_item(&inner, idx);
                }
                if let Some(m) = self.lookup_special(obj, "__getitem__") {
                    return self.call2(&m, obj.clone(), idx.clone());
                }
                Err(self.not_subscriptable(obj))
            }
            Value::Type(t) => {
                if let Some(m) = t.lookup("__class_getitem__") {
                    // A classmethod: bound to the class being subscripted.
                    let func = match &m {
                        Value::Instance(i) => match &i.payload {
                            crate::object::Payload::ClassMethod(f) => f.clone(),
                            _ => {
                                let bound = self.bind_descriptor(m.clone(), obj)?;
                                return self.call1(&bound, idx.clone());
                            }
                        },
                        _ => m,
                    };
                    return self.call2(&func, obj.clone(), idx.clone());
                }
                if let Some(m) = self.metaclass_special(obj, "__getitem__") {
                    return self.call2(&m, obj.clone(), idx.clone());
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", t.name)))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> crate::vm::PyErr {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    pub fn set_item(&mut self, obj: &Value, idx: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &idx {
                    let new_items = if let Value::List(src) = &value {
                        src.items.borrow().clone()
                    } else {
                        self.collect_iterable(&value).map_err(|e| {
                            if e.is_instance_of(&self.exc_type("TypeError")) {
                                self.type_error("can only assign an iterable")
                            } else {
                                e
                            }
                        })?
                    };
                    let len = l.items.borrow().len();
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        let old: Vec<Value> =
                            items.splice(start as usize..stop, new_items).collect();
                        drop(items);
                        drop(old);
                        return Ok(());
                    }
                    if new_items.len() != n {
                        drop(items);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            n
                        )));
                    }
                    for (k, v) in new_items.into_iter().enumerate() {
                        items[(start + k as i64 * step) as usize] = v;
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(&idx, len, "list").map_err(|e| {
                    if e.is_instance_of(&self.exc_type("IndexError")) {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => {
                let d = d.clone();
                d.set(self, idx, value)
            }
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(obj, "__setitem__") {
                    return self.set_item(&inner, idx, value);
                }
                if let Some(m) = self.lookup_special(obj, "__setitem__") {
                    self.call(&m, Args::new([obj.clone(), idx, value]))?;
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, idx: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &idx {
                    let len = l.items.borrow().len();
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        let old: Vec<Value> = items.drain(start as usize..stop).collect();
                        drop(items);
                        drop(old);
                        return Ok(());
                    }
                    let mut doomed: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    doomed.sort_unstable();
                    let mut old = Vec::with_capacity(n);
                    for &i in doomed.iter().rev() {
                        old.push(items.remove(i));
                    }
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(&idx, len, "list").map_err(|e| {
                    if e.is_instance_of(&self.exc_type("IndexError")) {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let old = l.items.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => {
                let d = d.clone();
                match d.remove(self, &idx)? {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(idx)),
                }
            }
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(obj, "__delitem__") {
                    return self.del_item(&inner, idx);
                }
                if let Some(m) = self.lookup_special(obj, "__delitem__") {
                    self.call2(&m, obj.clone(), idx)?;
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len,
            Value::Bytes(b) => b.data.len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::DictView(d) => d.dict.len(),
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(v, "__len__") {
                    return self.len(&inner);
                }
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call1(&m, v.clone())?;
                    let n = match &r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                            self.index_value(&r)?
                        }
                        _ => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            )))
                        }
                    };
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
            _ => {
                if let Some(m) = self.metaclass_special(v, "__len__") {
                    let r = self.call1(&m, v.clone())?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
        })
    }
}

fn take_slice(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let s = start as usize;
        return items[s..s + n].to_vec();
    }
    (0..n)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}
