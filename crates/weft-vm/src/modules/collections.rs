//! `_collections`: the native half of `collections` (the rest is
//! `stdlib/collections/__init__.py`). Holds `deque`, which queues and
//! breadth-first searches lean on, so it is a `VecDeque` in Rust rather than
//! Python code: O(1) at both ends and no interpreter overhead per operation.
//!
//! Every method copies what it needs out of the deque before calling back into
//! Python (`__eq__` of an element may touch the deque); a version counter,
//! bumped on each mutation, lets iteration and searches report CPython's
//! "deque mutated during iteration".

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use weft_compiler::ast::CmpOp;

use super::{native_data, native_instance, native_type, new_module};
use crate::function::{Args, BuiltinKind};
use crate::iter::{IterObj, IterState};
use crate::module::ModuleObj;
use crate::object::{InstanceObj, Payload};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The state of one deque.
#[derive(Default)]
pub struct Deque {
    items: VecDeque<Value>,
    /// `None` for an unbounded deque.
    maxlen: Option<usize>,
    /// Bumped by every mutation; iterators compare it with their snapshot.
    version: u64,
}

impl Deque {
    /// Appends on the right, dropping from the left past `maxlen`; returns what fell off.
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.version += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_back(v);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_front(),
            _ => None,
        }
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.version += 1;
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_front(v);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_back(),
            _ => None,
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_collections", &[("_caller_module", caller_module)]);
    let deque = native_type(
        vm,
        "collections",
        "deque",
        Some(deque_new),
        &[
            ("__init__", deque_init),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("rotate", deque_rotate),
            ("clear", deque_clear),
            ("count", deque_count),
            ("index", deque_index),
            ("insert", deque_insert),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
            ("copy", deque_copy),
            ("__copy__", deque_copy),
            ("__reduce__", deque_reduce),
            ("__len__", deque_len),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__repr__", deque_repr),
            ("__add__", deque_add),
            ("__iadd__", deque_iadd),
            ("__mul__", deque_mul),
            ("__rmul__", deque_mul),
            ("__imul__", deque_imul),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
        ],
    );
    deque.dict.set_str("__hash__", Value::None);
    vm.add_native(
        &deque,
        "__class_getitem__",
        crate::generic_alias::class_getitem,
        BuiltinKind::ClassMethod,
    );
    let getter = Value::Builtin(Rc::new(crate::function::BuiltinFn {
        name: "maxlen",
        func: deque_maxlen,
        kind: BuiltinKind::Function,
        bound: Value::Null,
        owner: "deque",
    }));
    deque.dict.set_str(
        "maxlen",
        Value::Instance(Rc::new(InstanceObj {
            class: RefCell::new(vm.rt.types.property.clone()),
            dict_cell: None,
            payload: Payload::Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::str("maximum size of a deque or None if unbounded"),
            },
        })),
    );
    m.dict.set_str("deque", Value::Type(deque));
    m.dict.set_str(
        "_defaultdict_missing",
        Value::Builtin(Rc::new(crate::function::BuiltinFn {
            name: "__missing__",
            func: defaultdict_missing,
            kind: BuiltinKind::Method,
            bound: Value::Null,
            owner: "defaultdict",
        })),
    );
    Ok(m)
}

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

fn is_deque(v: &Value) -> bool {
    native_data::<Deque>(v).is_some()
}

/// `self` of a deque method (CPython's descriptor error otherwise).
fn check_self(vm: &Vm, args: &Args, meth: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if is_deque(v) => Ok(v.clone()),
        // CPython words it one way for special-method slots, another for methods.
        Some(v) if meth.starts_with("__") => Err(vm.type_error(format!(
            "descriptor '{meth}' requires a 'collections.deque' object but received a '{}'",
            vm.type_name(v)
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{meth}' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None if meth.starts_with("__") => Err(vm.type_error(format!(
            "descriptor '{meth}' of 'collections.deque' object needs an argument"
        ))),
        None => Err(vm.type_error(format!("unbound method deque.{meth}() needs an argument"))),
    }
}

/// Runs `f` on the deque's state (the caller has checked it is a deque).
fn with<R>(v: &Value, f: impl FnOnce(&mut Deque) -> R) -> R {
    match native_data::<Deque>(v) {
        Some(mut d) => f(&mut d),
        None => f(&mut Deque::default()),
    }
}

/// `self` and exactly `n` further positional arguments, no keywords.
fn self_and(vm: &Vm, args: &Args, meth: &str, n: usize) -> PyResult<Value> {
    let this = check_self(vm, args, meth)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("deque.{meth}() takes no keyword arguments")));
    }
    let given = args.pos.len() - 1;
    if given != n {
        return Err(vm.type_error(match n {
            0 => format!("deque.{meth}() takes no arguments ({given} given)"),
            1 => format!("deque.{meth}() takes exactly one argument ({given} given)"),
            _ => format!("{meth} expected {n} arguments, got {given}"),
        }));
    }
    Ok(this)
}

fn snapshot(v: &Value) -> Vec<Value> {
    with(v, |d| d.items.iter().cloned().collect())
}

fn mutated_during_iteration(vm: &Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// A deque index (ints and `__index__` objects; CPython's messages otherwise).
fn deque_position(vm: &mut Vm, this: &Value, idx: &Value) -> PyResult<usize> {
    let i = match idx {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(idx)?,
        Value::Instance(_) if vm.lookup_special(idx, "__index__").is_some() => {
            vm.index_value(idx)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(idx)
            )))
        }
    };
    let len = with(this, |d| d.items.len());
    vm.normalize_index(i, len)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

/// A new deque of `this`'s class holding `items` with `this`'s maxlen (CPython's
/// `deque_copy`: subclasses are called as `cls(items[, maxlen])`, positionally).
fn same_kind(vm: &mut Vm, this: &Value, items: Vec<Value>) -> PyResult {
    let cls = vm.type_of(this);
    let maxlen = with(this, |d| d.maxlen);
    if cls.builtin {
        let mut d = Deque {
            maxlen,
            ..Deque::default()
        };
        for v in items {
            d.push_back(v);
        }
        return Ok(native_instance(&cls, d));
    }
    let mut args = Args::new([Value::list(items)]);
    if let Some(m) = maxlen {
        args.pos.push(Value::Int(m as i64));
    }
    vm.call(&Value::Type(cls), args)
}

// ---------------------------------------------------------------------------
// construction
// ---------------------------------------------------------------------------

fn deque_new(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(cls)) => Ok(native_instance::<Deque>(cls, Deque::default())),
        Some(other) => Err(vm.type_error(format!(
            "collections.deque.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("collections.deque.__new__(): not enough arguments")),
    }
}

fn deque_init(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = check_self(vm, &args, "__init__")?;
    let iterable = args.take_kw("iterable");
    let maxlen = args.take_kw("maxlen");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for deque()",
            k.as_str()
        )));
    }
    let pos = &args.pos[1..];
    if pos.len() + iterable.is_some() as usize + maxlen.is_some() as usize > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            pos.len() + iterable.is_some() as usize + maxlen.is_some() as usize
        )));
    }
    let iterable = iterable.or_else(|| pos.first().cloned());
    let maxlen = maxlen.or_else(|| pos.get(1).cloned());
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = vm.index_value(&v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    let items = match &iterable {
        Some(src) => vm.collect_iterable(src)?,
        None => Vec::new(),
    };
    let dropped = with(&this, |d| {
        let old = std::mem::take(&mut d.items);
        d.maxlen = maxlen;
        d.version += 1;
        let mut dropped: Vec<Value> = old.into_iter().collect();
        for v in items {
            dropped.extend(d.push_back(v));
        }
        dropped
    });
    drop(dropped);
    Ok(Value::None)
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult {
    let this = check_self(vm, &args, "maxlen")?;
    Ok(match with(&this, |d| d.maxlen) {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

// ---------------------------------------------------------------------------
// the ends
// ---------------------------------------------------------------------------

fn deque_append(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "append", 1)?;
    let dropped = with(&this, |d| d.push_back(args.pos[1].clone()));
    drop(dropped);
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "appendleft", 1)?;
    let dropped = with(&this, |d| d.push_front(args.pos[1].clone()));
    drop(dropped);
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "pop", 0)?;
    let v = with(&this, |d| {
        d.version += 1;
        d.items.pop_back()
    });
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "popleft", 0)?;
    let v = with(&this, |d| {
        d.version += 1;
        d.items.pop_front()
    });
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "extend", 1)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    let dropped: Vec<Value> = with(&this, |d| {
        items.into_iter().filter_map(|v| d.push_back(v)).collect()
    });
    drop(dropped);
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "extendleft", 1)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    let dropped: Vec<Value> = with(&this, |d| {
        items.into_iter().filter_map(|v| d.push_front(v)).collect()
    });
    drop(dropped);
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    let this = check_self(vm, &args, "rotate")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "rotate expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let n = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    with(&this, |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
        d.version += 1;
    });
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "clear", 0)?;
    let old = with(&this, |d| {
        d.version += 1;
        std::mem::take(&mut d.items)
    });
    drop(old);
    Ok(Value::None)
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "reverse", 0)?;
    with(&this, |d| {
        d.version += 1;
        d.items.make_contiguous().reverse();
    });
    Ok(Value::None)
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "copy", 0)?;
    let items = snapshot(&this);
    same_kind(vm, &this, items)
}

/// `(cls, (list, maxlen))`: how `copy` and `deepcopy` rebuild a deque.
fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__reduce__", 0)?;
    let cls = Value::Type(vm.type_of(&this));
    let (items, maxlen): (Vec<Value>, _) =
        with(&this, |d| (d.items.iter().cloned().collect(), d.maxlen));
    let maxlen = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    let state = match &this {
        Value::Instance(i) => match i.dict() {
            Some(d) if !d.is_empty() => Value::Dict(d.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        cls,
        Value::tuple(vec![Value::list(items), maxlen]),
        state,
    ]))
}

// ---------------------------------------------------------------------------
// searching
// ---------------------------------------------------------------------------

/// Position of the first element equal to `x` in `[start, stop)`, checking for
/// mutation after each comparison (which may run Python code).
fn find(
    vm: &mut Vm,
    this: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let version = with(this, |d| d.version);
    for i in start..stop {
        let item = with(this, |d| {
            if d.version != version {
                Err(())
            } else {
                Ok(d.items.get(i).cloned())
            }
        });
        let item = match item {
            Ok(Some(v)) => v,
            Ok(None) => return Ok(None),
            Err(()) => return Err(mutated_during_iteration(vm)),
        };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if with(this, |d| d.version) != version {
            return Err(mutated_during_iteration(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "count", 1)?;
    let x = &args.pos[1];
    let len = with(&this, |d| d.items.len());
    let mut n = 0;
    let mut from = 0;
    while from < len {
        match find(vm, &this, x, from, len)? {
            Some(i) => {
                n += 1;
                from = i + 1;
            }
            None => break,
        }
    }
    Ok(Value::Int(n))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__contains__", 1)?;
    let len = with(&this, |d| d.items.len());
    Ok(Value::Bool(
        find(vm, &this, &args.pos[1], 0, len)?.is_some(),
    ))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    let this = check_self(vm, &args, "index")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let n = args.pos.len() - 1;
    if !(1..=3).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "index expected at least 1 argument, got 0".to_string()
        } else {
            format!("index expected at most 3 arguments, got {n}")
        }));
    }
    let len = with(&this, |d| d.items.len()) as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.index_value(v)?,
            None => default,
        };
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        Ok(i as usize)
    };
    let start = bound(vm, args.pos.get(2), 0)?;
    let stop = bound(vm, args.pos.get(3), len)?;
    match find(vm, &this, &args.pos[1], start, stop.max(start))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "remove", 1)?;
    let len = with(&this, |d| d.items.len());
    match find(vm, &this, &args.pos[1], 0, len)? {
        Some(i) => {
            let old = with(&this, |d| {
                d.version += 1;
                d.items.remove(i)
            });
            drop(old);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr_string(&args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "insert", 2)?;
    let i = vm.index_value(&args.pos[1])?;
    let full = with(&this, |d| d.maxlen == Some(d.items.len()));
    if full {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    with(&this, |d| {
        let len = d.items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.version += 1;
        d.items.insert(at as usize, args.pos[2].clone());
    });
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// the sequence protocol
// ---------------------------------------------------------------------------

fn deque_len(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__len__", 0)?;
    Ok(Value::Int(with(&this, |d| d.items.len()) as i64))
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__getitem__", 1)?;
    let i = deque_position(vm, &this, &args.pos[1])?;
    Ok(with(&this, |d| d.items[i].clone()))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__setitem__", 2)?;
    let i = deque_position(vm, &this, &args.pos[1])?;
    let old = with(&this, |d| {
        std::mem::replace(&mut d.items[i], args.pos[2].clone())
    });
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__delitem__", 1)?;
    let i = deque_position(vm, &this, &args.pos[1])?;
    let old = with(&this, |d| {
        d.version += 1;
        d.items.remove(i)
    });
    drop(old);
    Ok(Value::None)
}

fn iter_step(
    vm: &mut Vm,
    source: &Value,
    position: &mut usize,
    version: u64,
) -> PyResult<Option<Value>> {
    let r = with(source, |d| {
        if d.version != version {
            return Err(());
        }
        Ok(d.items.get(*position).cloned())
    });
    match r {
        Ok(Some(v)) => {
            *position += 1;
            Ok(Some(v))
        }
        Ok(None) => Ok(None),
        Err(()) => Err(mutated_during_iteration(vm)),
    }
}

fn reversed_step(
    vm: &mut Vm,
    source: &Value,
    position: &mut usize,
    version: u64,
) -> PyResult<Option<Value>> {
    let r = with(source, |d| {
        if d.version != version {
            return Err(());
        }
        let len = d.items.len();
        Ok((*position < len).then(|| d.items[len - 1 - *position].clone()))
    });
    match r {
        Ok(Some(v)) => {
            *position += 1;
            Ok(Some(v))
        }
        Ok(None) => Ok(None),
        Err(()) => Err(mutated_during_iteration(vm)),
    }
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__iter__", 0)?;
    let version = with(&this, |d| d.version);
    Ok(Value::Iterator(Rc::new(IterObj::new(
        "_deque_iterator",
        IterState::Native {
            source: this,
            position: 0,
            version,
            step: iter_step,
        },
    ))))
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__reversed__", 0)?;
    let version = with(&this, |d| d.version);
    Ok(Value::Iterator(Rc::new(IterObj::new(
        "_deque_reverse_iterator",
        IterState::Native {
            source: this,
            position: 0,
            version,
            step: reversed_step,
        },
    ))))
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__repr__", 0)?;
    if !vm.repr_enter(&this) {
        return Ok(Value::str("[...]"));
    }
    let (items, maxlen): (Vec<Value>, _) =
        with(&this, |d| (d.items.iter().cloned().collect(), d.maxlen));
    let body = vm.repr_join(&items);
    vm.repr_leave();
    let body = body?;
    let name = vm.type_of(&this).name.clone();
    Ok(Value::string(match maxlen {
        Some(m) => format!("{name}([{body}], maxlen={m})"),
        None => format!("{name}([{body}])"),
    }))
}

// ---------------------------------------------------------------------------
// operators
// ---------------------------------------------------------------------------

fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__add__", 1)?;
    let other = &args.pos[1];
    if !is_deque(other) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    }
    let mut items = snapshot(&this);
    items.extend(snapshot(other));
    same_kind(vm, &this, items)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__iadd__", 1)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    let dropped: Vec<Value> = with(&this, |d| {
        items.into_iter().filter_map(|v| d.push_back(v)).collect()
    });
    drop(dropped);
    Ok(this)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(n),
        Value::Instance(_) if vm.lookup_special(n, "__index__").is_some() => vm.index_value(n),
        _ => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        ))),
    }
}

/// The contents repeated `n` times, keeping only the last `maxlen` when bounded.
fn repeated(this: &Value, n: i64) -> Vec<Value> {
    let (items, maxlen) = with(this, |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    });
    if n <= 0 || items.is_empty() {
        return Vec::new();
    }
    let total = items.len().saturating_mul(n as usize);
    let keep = maxlen.map_or(total, |m| m.min(total));
    let skip = total - keep;
    items
        .iter()
        .cycle()
        .skip(skip)
        .take(keep)
        .cloned()
        .collect()
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__mul__", 1)?;
    let n = repeat_count(vm, &args.pos[1])?;
    let items = repeated(&this, n);
    same_kind(vm, &this, items)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_and(vm, &args, "__imul__", 1)?;
    let n = repeat_count(vm, &args.pos[1])?;
    let items = repeated(&this, n);
    let old = with(&this, |d| {
        d.version += 1;
        std::mem::replace(&mut d.items, items.into_iter().collect())
    });
    drop(old);
    Ok(this)
}

/// Deques compare like lists, and only with deques.
fn compare(vm: &mut Vm, args: Args, meth: &str, op: CmpOp) -> PyResult {
    let this = self_and(vm, &args, meth, 1)?;
    let other = &args.pos[1];
    if !is_deque(other) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (Value::list(snapshot(&this)), Value::list(snapshot(other)));
    Ok(match vm.builtin_compare(&a, &b, op)? {
        Some(r) => Value::Bool(r),
        None => Value::NotImplemented,
    })
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__eq__", CmpOp::Eq)
}

fn deque_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ne__", CmpOp::NotEq)
}

fn deque_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__lt__", CmpOp::Lt)
}

fn deque_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__le__", CmpOp::LtE)
}

fn deque_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__gt__", CmpOp::Gt)
}

fn deque_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ge__", CmpOp::GtE)
}

/// `_caller_module(depth)`: `__name__` of the module whose code is running
/// `depth` Python calls out from the function calling this (0 = that function).
/// `namedtuple` uses it to give its class the `__module__` of the code that
/// made it, as CPython's does with `sys._getframe`.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_caller_module", &args, 1, 1)?;
    let depth = vm.index_value(&args.pos[0])?;
    let globals = usize::try_from(depth)
        .ok()
        .and_then(|d| vm.frame_info_at(d))
        .map(|f| f.0);
    Ok(globals
        .and_then(|g| g.get_str("__name__"))
        .unwrap_or(Value::None))
}

/// `defaultdict.__missing__(key)`: stores and returns `default_factory()`, or
/// raises KeyError(key) without a factory. Native, as CPython's is, so that
/// tracebacks through it show no extra frame.
fn defaultdict_missing(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__missing__", &args, 2, 2)?;
    let (this, key) = (&args.pos[0], &args.pos[1]);
    let factory = vm.get_attr_str(this, "default_factory")?;
    if factory.is_none() {
        return Err(vm.key_error(key.clone()));
    }
    let value = vm.call0(&factory)?;
    vm.set_item(this, key.clone(), value.clone())?;
    Ok(value)
}
