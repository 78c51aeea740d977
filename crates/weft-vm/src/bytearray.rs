//! `bytearray`: a mutable sequence of bytes.
//!
//! A native class holding a `Vec<u8>`. The mutating operations (item and
//! slice assignment, `append`, `extend`, `pop`, `insert`, `remove`,
//! `reverse`, `clear`, `+=`, `*=`) are implemented here; the many read-only
//! methods it shares with `bytes` (`decode`, `hex`, `find`, `split`, `upper`,
//! `strip`, ...) run the `bytes` method on a copy of the contents and turn
//! bytes results back into bytearrays, which is what CPython's shared
//! implementations return for a bytearray receiver. Iteration walks a
//! snapshot of the contents taken when the iterator is made.

use std::rc::Rc;

use crate::function::{Args, BuiltinKind, NativeFn};
use crate::modules::{native_data, native_instance, native_type};
use crate::object::{Payload, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The contents of one bytearray.
pub struct ByteArray {
    pub data: Vec<u8>,
}

/// Read-only methods shared with `bytes` (one native function each, as a
/// native function is not told the name it was called by).
macro_rules! shared {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            delegate(vm, args, $name)
        })*
        const SHARED: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn)),*];
    };
}

shared! {
    shared_decode => "decode",
    shared_hex => "hex",
    shared_startswith => "startswith",
    shared_endswith => "endswith",
    shared_find => "find",
    shared_rfind => "rfind",
    shared_index => "index",
    shared_rindex => "rindex",
    shared_count => "count",
    shared_split => "split",
    shared_rsplit => "rsplit",
    shared_join => "join",
    shared_upper => "upper",
    shared_lower => "lower",
    shared_strip => "strip",
    shared_lstrip => "lstrip",
    shared_rstrip => "rstrip",
    shared_replace => "replace",
    shared_isdigit => "isdigit",
    shared_isalpha => "isalpha",
    shared_isalnum => "isalnum",
    shared_isspace => "isspace",
    shared_isupper => "isupper",
    shared_islower => "islower",
    shared_isascii => "isascii",
    shared_istitle => "istitle",
    shared_center => "center",
    shared_ljust => "ljust",
    shared_rjust => "rjust",
    shared_zfill => "zfill",
    shared_partition => "partition",
    shared_rpartition => "rpartition",
    shared_removeprefix => "removeprefix",
    shared_removesuffix => "removesuffix",
    shared_splitlines => "splitlines",
    shared_capitalize => "capitalize",
    shared_swapcase => "swapcase",
    shared_title => "title",
}

fn bytearray_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("bytearray") {
        return t.clone();
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", ba_repr),
        ("__str__", ba_repr),
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__contains__", ba_contains),
        ("__iter__", ba_iter),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__lt__", ba_lt),
        ("__le__", ba_le),
        ("__gt__", ba_gt),
        ("__ge__", ba_ge),
        ("__add__", ba_add),
        ("__radd__", ba_radd),
        ("__iadd__", ba_iadd),
        ("__mul__", ba_mul),
        ("__rmul__", ba_mul),
        ("__imul__", ba_imul),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__alloc__", ba_alloc),
    ];
    let t = native_type(vm, "builtins", "bytearray", Some(ba_new), methods);
    t.dict.set_str("__hash__", Value::None);
    t.dict.set_str("__doc__", Value::None);
    vm.add_native(&t, "fromhex", ba_fromhex, BuiltinKind::ClassMethod);
    for &(name, f) in SHARED {
        vm.add_method(&t, name, f);
    }
    vm.rt
        .native_types
        .borrow_mut()
        .insert("bytearray", t.clone());
    t
}

/// Registers the `bytearray` builtin.
pub fn init(vm: &mut Vm) {
    let t = bytearray_type(vm);
    vm.rt.builtins.set_str("bytearray", Value::Type(t));
}

fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    native_instance(&bytearray_type(vm), ByteArray { data })
}

/// The contents of `v` if it is a bytearray (copied).
pub fn as_bytearray(v: &Value) -> Option<Vec<u8>> {
    native_data::<ByteArray>(v).map(|b| b.data.clone())
}

/// Bytes-like contents: bytes, bytearray (and a bytes subclass).
fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Bytes(b)) => Some(b.data.to_vec()),
            _ => as_bytearray(v),
        },
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args, meth: &str) -> PyResult<Vec<u8>> {
    args.pos.first().and_then(as_bytearray).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' requires a 'bytearray' object but received a '{}'",
            args.pos
                .first()
                .map_or("nothing".to_string(), |v| vm.type_name(v))
        ))
    })
}

/// Runs `f` on the contents of the bytearray in `args.pos[0]`.
fn with_data<R>(
    vm: &Vm,
    args: &Args,
    meth: &str,
    f: impl FnOnce(&mut Vec<u8>) -> R,
) -> PyResult<R> {
    match args.pos.first().and_then(native_data::<ByteArray>) {
        Some(mut b) => Ok(f(&mut b.data)),
        None => Err(vm.type_error(format!("descriptor '{meth}' requires a 'bytearray' object"))),
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index_value(v)?;
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes of an iterable of ints (or of a bytes-like object).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn ba_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("bytearray.__new__(X): X is not a type object")),
    };
    let rest = Args {
        pos: args.pos.iter().skip(1).cloned().collect(),
        kw: args.kw.clone(),
    };
    let single = match (rest.pos.len(), rest.kw.is_empty()) {
        (1, true) => Some(rest.pos[0].clone()),
        _ => None,
    };
    let data = if rest.pos.is_empty() && rest.kw.is_empty() {
        Vec::new()
    } else if let Some(b) = single.as_ref().and_then(bytes_like) {
        b
    } else if let Some(v) = single.filter(|v| match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_) => false,
        // An object with `__index__` is a size, as for bytes().
        Value::Instance(_) => vm.lookup_special(v, "__index__").is_none(),
        _ => true,
    }) {
        match vm.get_iter(&v) {
            Ok(_) => bytes_of(vm, &v)?,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytearray",
                    vm.type_name(&v)
                )))
            }
        }
    } else {
        // Everything else is what bytes() accepts.
        let bytes_t = Value::Type(vm.rt.types.bytes.clone());
        match vm.call(&bytes_t, rest)? {
            Value::Bytes(b) => b.data.to_vec(),
            other => bytes_like(&other).unwrap_or_default(),
        }
    };
    Ok(native_instance(&cls, ByteArray { data }))
}

fn ba_repr(vm: &mut Vm, args: Args) -> PyResult {
    let data = this(vm, &args, "__repr__")?;
    let name = match args.pos.first() {
        Some(v) => vm.type_name(v),
        None => "bytearray".to_string(),
    };
    Ok(Value::string(format!(
        "{name}({})",
        crate::repr::bytes_repr(&data)
    )))
}

fn ba_len(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn ba_getitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__getitem__", &args, 2, 2)?;
    let data = this(vm, &args, "__getitem__")?;
    match &args.pos[1] {
        Value::Slice(s) => {
            let (start, _, step, n) = vm.slice_indices(s, data.len())?;
            let out = (0..n)
                .map(|k| data[(start + k as i64 * step) as usize])
                .collect();
            Ok(new_bytearray(vm, out))
        }
        idx => {
            let i = index_arg(vm, idx, "bytearray")?;
            let i = resolve(vm, i, data.len(), "bytearray index out of range")?;
            Ok(Value::Int(data[i] as i64))
        }
    }
}

fn index_arg(vm: &mut Vm, idx: &Value, what: &str) -> PyResult<i64> {
    match idx {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(idx),
        Value::Instance(_) if vm.lookup_special(idx, "__index__").is_some() => vm.index_value(idx),
        _ => Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(idx)
        ))),
    }
}

fn resolve(vm: &Vm, i: i64, len: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__setitem__", &args, 3, 3)?;
    let data = this(vm, &args, "__setitem__")?;
    match &args.pos[1] {
        Value::Slice(s) => {
            let value = &args.pos[2];
            let new: Vec<u8> = match value {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ))
                }
                _ => bytes_of(vm, value)?,
            };
            let (start, stop, step, n) = vm.slice_indices(s, data.len())?;
            if step == 1 {
                let (lo, hi) = (start as usize, (stop.max(start)) as usize);
                with_data(vm, &args, "__setitem__", |d| {
                    d.splice(lo..hi, new);
                })?;
            } else {
                if new.len() != n {
                    return Err(vm.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {n}",
                        new.len()
                    )));
                }
                with_data(vm, &args, "__setitem__", |d| {
                    for (k, b) in new.into_iter().enumerate() {
                        d[(start + k as i64 * step) as usize] = b;
                    }
                })?;
            }
        }
        idx => {
            let i = index_arg(vm, idx, "bytearray")?;
            let i = resolve(vm, i, data.len(), "bytearray index out of range")?;
            let b = byte_value(vm, &args.pos[2])?;
            with_data(vm, &args, "__setitem__", |d| d[i] = b)?;
        }
    }
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__delitem__", &args, 2, 2)?;
    let data = this(vm, &args, "__delitem__")?;
    match &args.pos[1] {
        Value::Slice(s) => {
            let (start, _, step, n) = vm.slice_indices(s, data.len())?;
            let mut drop_at: Vec<usize> =
                (0..n).map(|k| (start + k as i64 * step) as usize).collect();
            drop_at.sort_unstable();
            with_data(vm, &args, "__delitem__", |d| {
                for &i in drop_at.iter().rev() {
                    d.remove(i);
                }
            })?;
        }
        idx => {
            let i = index_arg(vm, idx, "bytearray")?;
            let i = resolve(vm, i, data.len(), "bytearray index out of range")?;
            with_data(vm, &args, "__delitem__", |d| {
                d.remove(i);
            })?;
        }
    }
    Ok(Value::None)
}

fn ba_contains(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__contains__", &args, 2, 2)?;
    let data = this(vm, &args, "__contains__")?;
    let x = &args.pos[1];
    if let Some(needle) = bytes_like(x) {
        let found = needle.is_empty() || data.windows(needle.len()).any(|w| w == needle);
        return Ok(Value::Bool(found));
    }
    if let Value::Str(_) = x {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let b = byte_value(vm, x)?;
    Ok(Value::Bool(data.contains(&b)))
}

fn ba_iter(vm: &mut Vm, args: Args) -> PyResult {
    let data = this(vm, &args, "__iter__")?;
    let items = Value::list(data.iter().map(|&b| Value::Int(b as i64)).collect());
    vm.get_iter(&items)
}

fn compare(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Option<std::cmp::Ordering>> {
    vm.check_args(meth, args, 2, 2)?;
    let a = this(vm, args, meth)?;
    Ok(bytes_like(&args.pos[1]).map(|b| a.cmp(&b)))
}

macro_rules! cmp_method {
    ($name:ident, $meth:literal, |$o:ident| $test:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            Ok(match compare(vm, &args, $meth)? {
                Some($o) => Value::Bool($test),
                None => Value::NotImplemented,
            })
        }
    };
}

cmp_method!(ba_eq, "__eq__", |o| o.is_eq());
cmp_method!(ba_ne, "__ne__", |o| o.is_ne());
cmp_method!(ba_lt, "__lt__", |o| o.is_lt());
cmp_method!(ba_le, "__le__", |o| o.is_le());
cmp_method!(ba_gt, "__gt__", |o| o.is_gt());
cmp_method!(ba_ge, "__ge__", |o| o.is_ge());

fn concat_error(vm: &Vm, other: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("can't concat {} to bytearray", vm.type_name(other)))
}

fn ba_add(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__add__", &args, 2, 2)?;
    let mut a = this(vm, &args, "__add__")?;
    let Some(b) = bytes_like(&args.pos[1]) else {
        return Err(concat_error(vm, &args.pos[1]));
    };
    a.extend(b);
    Ok(new_bytearray(vm, a))
}

/// `bytes + bytearray` is bytes.
fn ba_radd(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__radd__", &args, 2, 2)?;
    let b = this(vm, &args, "__radd__")?;
    let Some(mut a) = bytes_like(&args.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    a.extend(b);
    Ok(Value::bytes(a))
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__iadd__", &args, 2, 2)?;
    this(vm, &args, "__iadd__")?;
    let Some(b) = bytes_like(&args.pos[1]) else {
        return Err(concat_error(vm, &args.pos[1]));
    };
    with_data(vm, &args, "__iadd__", |d| d.extend(b))?;
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(Some(vm.index_value(v)?.max(0) as usize))
        }
        _ => Ok(None),
    }
}

fn ba_mul(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__mul__", &args, 2, 2)?;
    let a = this(vm, &args, "__mul__")?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Ok(Value::NotImplemented);
    };
    Ok(new_bytearray(vm, a.repeat(n)))
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__imul__", &args, 2, 2)?;
    this(vm, &args, "__imul__")?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Ok(Value::NotImplemented);
    };
    with_data(vm, &args, "__imul__", |d| *d = d.repeat(n))?;
    Ok(args.pos[0].clone())
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("append", &args, 2, 2)?;
    this(vm, &args, "append")?;
    let b = byte_value(vm, &args.pos[1])?;
    with_data(vm, &args, "append", |d| d.push(b))?;
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("extend", &args, 2, 2)?;
    this(vm, &args, "extend")?;
    let b = bytes_of(vm, &args.pos[1])?;
    with_data(vm, &args, "extend", |d| d.extend(b))?;
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("pop", &args, 1, 2)?;
    let data = this(vm, &args, "pop")?;
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let i = resolve(vm, i, data.len(), "pop index out of range")?;
    let b = with_data(vm, &args, "pop", |d| d.remove(i))?;
    Ok(Value::Int(b as i64))
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("insert", &args, 3, 3)?;
    let data = this(vm, &args, "insert")?;
    let i = vm.index_value(&args.pos[1])?;
    let len = data.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let b = byte_value(vm, &args.pos[2])?;
    with_data(vm, &args, "insert", |d| d.insert(at, b))?;
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("remove", &args, 2, 2)?;
    let data = this(vm, &args, "remove")?;
    let b = byte_value(vm, &args.pos[1])?;
    let Some(i) = data.iter().position(|&x| x == b) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    with_data(vm, &args, "remove", |d| {
        d.remove(i);
    })?;
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("reverse", &args, 1, 1)?;
    with_data(vm, &args, "reverse", |d| d.reverse())?;
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("clear", &args, 1, 1)?;
    with_data(vm, &args, "clear", |d| d.clear())?;
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("copy", &args, 1, 1)?;
    let data = this(vm, &args, "copy")?;
    Ok(new_bytearray(vm, data))
}

fn ba_alloc(vm: &mut Vm, args: Args) -> PyResult {
    let data = this(vm, &args, "__alloc__")?;
    Ok(Value::Int(data.capacity().max(data.len() + 1) as i64))
}

/// `bytearray.fromhex(s)`: what `bytes.fromhex` gives, as a bytearray of `cls`.
fn ba_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("fromhex", &args, 2, 2)?;
    let bytes_t = Value::Type(vm.rt.types.bytes.clone());
    let fromhex = vm.get_attr_str(&bytes_t, "fromhex")?;
    let r = vm.call1(&fromhex, args.pos[1].clone())?;
    let data = bytes_like(&r).unwrap_or_default();
    match &args.pos[0] {
        Value::Type(t) if !Rc::ptr_eq(t, &bytearray_type(vm)) => {
            let cls = args.pos[0].clone();
            vm.call1(&cls, new_bytearray(vm, data))
        }
        _ => Ok(new_bytearray(vm, data)),
    }
}

/// A method shared with `bytes`: called on a bytes copy, with bytearray
/// arguments passed as bytes and bytes results turned into bytearrays.
fn delegate(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let data = this(vm, &args, name)?;
    let as_bytes = |v: &Value| match as_bytearray(v) {
        Some(b) => Value::bytes(b),
        None => v.clone(),
    };
    let mut pos: Vec<Value> = vec![Value::bytes(data)];
    for v in args.pos.iter().skip(1) {
        pos.push(match v {
            Value::List(l) => Value::list(l.items.borrow().iter().map(as_bytes).collect()),
            Value::Tuple(t) => Value::tuple(t.items.iter().map(as_bytes).collect()),
            _ => as_bytes(v),
        });
    }
    let Some(method) = vm.rt.types.bytes.dict.get_str(name) else {
        return Err(vm.no_attribute(&args.pos[0], name));
    };
    let r = vm.call(
        &method,
        Args {
            pos: pos.into_iter().collect(),
            kw: args.kw,
        },
    )?;
    let back = |vm: &Vm, v: &Value| match v {
        Value::Bytes(b) => new_bytearray(vm, b.data.to_vec()),
        _ => v.clone(),
    };
    Ok(match &r {
        Value::Bytes(_) => back(vm, &r),
        Value::List(l) => {
            let items: Vec<Value> = l.items.borrow().iter().map(|v| back(vm, v)).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.items.iter().map(|v| back(vm, v)).collect()),
        _ => r,
    })
}
