//! Calling a built-in type: `int(x)`, `str(b, 'utf-8')`, `dict(pairs, **kw)`,
//! `range(1, 10, 2)`, `type(name, bases, ns)`, `property(fget)`, ...
//!
//! Dispatch is on the type's [`Layout`]; argument rules and messages follow
//! CPython 3.11's `tp_new`/`tp_init` implementations of each type.

use std::cell::RefCell;
use std::rc::Rc;

use weft_format::{parse_float, parse_int, ParseIntError, ParsedInt};

use crate::builtins::index_int;
use crate::dict::DictObj;
use crate::function::Args;
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::ops::{as_int, int_to_f64, IntArg};
use crate::set::SetObj;
use crate::strformat::float_to_int;
use crate::value::{RangeObj, SliceObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// `t(*args, **kwargs)` for a built-in (non-exception) type `t`.
pub fn construct_builtin(vm: &mut Vm, t: &Rc<TypeObj>, args: Args) -> PyResult {
    match t.layout {
        Layout::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error(format!("{}() takes no arguments", t.name)));
            }
            vm.new_instance(t, &args)
        }
        Layout::Int => construct_int(vm, args),
        Layout::Bool => {
            no_kw(vm, &args, "bool")?;
            count(vm, "bool", args.pos.len(), 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.is_true(v)?)),
            }
        }
        Layout::Float => construct_float(vm, args),
        Layout::Str => construct_str(vm, args),
        Layout::Bytes => construct_bytes(vm, args),
        Layout::List => {
            no_kw(vm, &args, "list")?;
            count(vm, "list", args.pos.len(), 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
            }
        }
        Layout::Tuple => {
            no_kw(vm, &args, "tuple")?;
            count(vm, "tuple", args.pos.len(), 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
            }
        }
        Layout::Dict => construct_dict(vm, args),
        Layout::Set | Layout::FrozenSet => {
            let frozen = t.layout == Layout::FrozenSet;
            let name = if frozen { "frozenset" } else { "set" };
            no_kw(vm, &args, name)?;
            count(vm, name, args.pos.len(), 0, 1)?;
            let set = match args.pos.first() {
                None => SetObj::new(),
                Some(v) => {
                    if frozen {
                        if let Value::FrozenSet(_) = v {
                            return Ok(v.clone());
                        }
                    }
                    set_from_iterable(vm, v)?
                }
            };
            let set = Rc::new(set);
            Ok(if frozen {
                Value::FrozenSet(set)
            } else {
                Value::Set(set)
            })
        }
        Layout::Range => construct_range(vm, args),
        Layout::Slice => {
            no_kw(vm, &args, "slice")?;
            count(vm, "slice", args.pos.len(), 1, 3)?;
            let p = &args.pos;
            let (start, stop, step) = match p.len() {
                1 => (Value::None, p[0].clone(), Value::None),
                2 => (p[0].clone(), p[1].clone(), Value::None),
                _ => (p[0].clone(), p[1].clone(), p[2].clone()),
            };
            Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
        }
        Layout::Type => construct_type(vm, t, args),
        Layout::Property => construct_property(vm, t, args),
        Layout::StaticMethod | Layout::ClassMethod => {
            let name = if t.layout == Layout::StaticMethod {
                "staticmethod"
            } else {
                "classmethod"
            };
            no_kw(vm, &args, name)?;
            count(vm, name, args.pos.len(), 1, 1)?;
            let f = args.pos[0].clone();
            let payload = if t.layout == Layout::StaticMethod {
                Payload::StaticMethod(f)
            } else {
                Payload::ClassMethod(f)
            };
            Ok(Value::Instance(Rc::new(InstanceObj {
                class: RefCell::new(t.clone()),
                dict_cell: t
                    .has_instance_dict
                    .then(|| RefCell::new(Rc::new(DictObj::new()))),
                payload,
            })))
        }
        Layout::Super => construct_super(vm, t, args),
        // types.MethodType(func, obj)
        Layout::Method if t.builtin => {
            no_kw(vm, &args, "method")?;
            if args.pos.len() != 2 {
                return Err(vm.type_error(format!(
                    "method expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            if !crate::builtins::is_callable(vm, &args.pos[0]) {
                return Err(vm.type_error("first argument must be callable"));
            }
            if args.pos[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            Ok(Value::BoundMethod(Rc::new(crate::function::BoundMethod {
                func: args.pos[0].clone(),
                this: args.pos[1].clone(),
            })))
        }
        // types.ModuleType(name, doc=None)
        Layout::Module if t.builtin => {
            let a = bind(vm, args, "module", &["name", "doc"])?;
            let name = match &a[0] {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "module() argument 'name' must be str, not {}",
                        vm.type_name(other)
                    )))
                }
                None => {
                    return Err(vm.type_error("module() missing required argument 'name' (pos 1)"))
                }
            };
            let m = vm.new_module(&name);
            m.dict
                .set_str("__doc__", a[1].clone().unwrap_or(Value::None));
            m.dict.set_str("__package__", Value::None);
            m.dict.set_str("__loader__", Value::None);
            m.dict.set_str("__spec__", Value::None);
            Ok(Value::Module(m))
        }
        Layout::NoneType => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error("NoneType takes no arguments"));
            }
            Ok(Value::None)
        }
        Layout::NotImplementedType => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error("NotImplementedType takes no arguments"));
            }
            Ok(Value::NotImplemented)
        }
        Layout::Ellipsis => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error("ellipsis takes no arguments"));
            }
            Ok(Value::Ellipsis)
        }
        Layout::Iterator => match crate::builtins::construct_iterator(vm, &t.name, args) {
            Some(r) => r,
            None => Err(vm.type_error(format!("cannot create '{}' instances", t.name))),
        },
        _ => Err(vm.type_error(format!("cannot create '{}' instances", t.name))),
    }
}

// ---------------------------------------------------------------------------
// argument helpers
// ---------------------------------------------------------------------------

fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn reject_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    match args.kw.first() {
        Some((k, _)) => Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {name}()",
            k.as_str()
        ))),
        None => Ok(()),
    }
}

fn count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(if min == max {
            format!("{name} expected {min} argument{}, got {n}", s(min))
        } else {
            format!("{name} expected at least {min} argument{}, got {n}", s(min))
        }));
    }
    if n > max {
        return Err(vm.type_error(if min == max {
            format!("{name} expected {max} argument{}, got {n}", s(max))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", s(max))
        }));
    }
    Ok(())
}

/// Merges positional and keyword arguments by parameter name (all positional-or-keyword).
pub(crate) fn bind(
    vm: &Vm,
    args: Args,
    fname: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let Args { pos, kw } = args;
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

/// How Argument Clinic names an argument's type in "must be X, not Y": `None` for None.
fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

fn construct_int(vm: &mut Vm, mut args: Args) -> PyResult {
    let base_kw = args.take_kw("base");
    reject_kw(vm, &args, "int")?;
    let n = args.pos.len();
    if n > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({n} given)")));
    }
    if n == 2 && base_kw.is_some() {
        return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
    }
    let base = args.pos.get(1).cloned().or(base_kw);
    let Some(x) = args.pos.first().cloned() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => int_from_value(vm, &x),
        Some(b) => {
            let b = match index_int(vm, &b)? {
                Value::Int(i) => i,
                _ => -1,
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let inner = match &x {
                Value::Instance(_) => crate::ops::unwrap_builtin(&x).unwrap_or_else(|| x.clone()),
                _ => x.clone(),
            };
            match &inner {
                Value::Str(s) => int_from_str(vm, s.as_str(), b as u32, &x),
                Value::Bytes(bs) => int_from_bytes(vm, &bs.data, b as u32, &x),
                _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// `int(s, base)` for text, with CPython's message (the repr is cut at 200 characters).
pub fn int_from_str(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult {
    match parse_int(s, base) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(ParsedInt::Big(b)) => Ok(Value::from_bigint(b)),
        Err(ParseIntError::Invalid) => {
            let r = vm.repr(orig)?;
            let r: String = r.as_str().chars().take(200).collect();
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
        Err(e) => Err(vm.value_error(e.message().unwrap_or_default())),
    }
}

fn int_from_bytes(vm: &mut Vm, data: &[u8], base: u32, orig: &Value) -> PyResult {
    match std::str::from_utf8(data) {
        Ok(s) if s.is_ascii() => int_from_str(vm, s, base, orig),
        _ => {
            let r = vm.repr(orig)?;
            let r: String = r.as_str().chars().take(200).collect();
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(x)` with one argument (CPython's `PyNumber_Long`).
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(vm, *f),
        Value::Str(s) => int_from_str(vm, s.as_str(), 10, x),
        Value::Bytes(b) => int_from_bytes(vm, &b.data, 10, x),
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(x, "__int__") {
                let r = vm.call1(&m, x.clone())?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    _ => match crate::ops::unwrap_builtin(&r) {
                        Some(inner @ (Value::Int(_) | Value::BigInt(_))) => Ok(inner),
                        _ => Err(vm.type_error(format!(
                            "__int__ returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    },
                };
            }
            if let Some(m) = vm.lookup_special(x, "__index__") {
                let r = vm.call1(&m, x.clone())?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    _ => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(m) = vm.lookup_special(x, "__trunc__") {
                let r = vm.call1(&m, x.clone())?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    _ => {
                        if vm.lookup_special(&r, "__index__").is_some() {
                            return index_int(vm, &r);
                        }
                        Err(vm.type_error(format!(
                            "__trunc__ returned non-Integral (type {})",
                            vm.type_name(&r)
                        )))
                    }
                };
            }
            if let Payload::Builtin(inner) = &i.payload {
                let inner = inner.clone();
                return int_from_value(vm, &inner);
            }
            Err(int_type_error(vm, x))
        }
        _ => Err(int_type_error(vm, x)),
    }
}

fn int_type_error(vm: &Vm, x: &Value) -> PyErr {
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    ))
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

fn construct_float(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "float")?;
    count(vm, "float", args.pos.len(), 0, 1)?;
    match args.pos.first() {
        None => Ok(Value::Float(0.0)),
        Some(x) => Ok(Value::Float(float_from_value(vm, x)?)),
    }
}

/// `float(x)` (CPython's `PyNumber_Float`).
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = as_int(x).unwrap_or(IntArg::Small(0));
            int_to_f64(&i).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        Value::Str(s) => match parse_float(s.as_str()) {
            Some(f) => Ok(vm.fresh_nan(f)),
            None => {
                let r = vm.repr(x)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r.as_str())))
            }
        },
        Value::Bytes(b) => match std::str::from_utf8(&b.data).ok().and_then(parse_float) {
            Some(f) => Ok(vm.fresh_nan(f)),
            None => {
                let r = vm.repr(x)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r.as_str())))
            }
        },
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(x, "__float__") {
                let r = vm.call1(&m, x.clone())?;
                return match &r {
                    Value::Float(f) => Ok(*f),
                    _ => match crate::ops::unwrap_builtin(&r) {
                        Some(Value::Float(f)) => Ok(f),
                        _ => Err(vm.type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(x),
                            vm.type_name(&r)
                        ))),
                    },
                };
            }
            if let Some(m) = vm.lookup_special(x, "__index__") {
                let r = vm.call1(&m, x.clone())?;
                return match as_int(&r) {
                    Some(i) => int_to_f64(&i)
                        .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
                    None => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Payload::Builtin(inner) = &i.payload {
                let inner = inner.clone();
                return float_from_value(vm, &inner);
            }
            Err(float_type_error(vm, x))
        }
        _ => Err(float_type_error(vm, x)),
    }
}

fn float_type_error(vm: &Vm, x: &Value) -> PyErr {
    vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    ))
}

// ---------------------------------------------------------------------------
// str and bytes
// ---------------------------------------------------------------------------

fn construct_str(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind(vm, args, "str", &["object", "encoding", "errors"])?;
    let (obj, encoding, errors) = (a[0].clone(), a[1].clone(), a[2].clone());
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::Str(vm.str(&obj)?));
    }
    let encoding = match encoding {
        None => "utf-8".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "str() argument 'encoding' must be str, not {}",
                arg_type_name(vm, &v)
            )))
        }
    };
    let errors = match errors {
        None => "strict".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "str() argument 'errors' must be str, not {}",
                arg_type_name(vm, &v)
            )))
        }
    };
    let inner = crate::ops::unwrap_builtin(&obj).unwrap_or_else(|| obj.clone());
    match &inner {
        Value::Bytes(b) => {
            let codec = crate::methods::lookup_codec(vm, &encoding)?;
            Ok(Value::string(crate::methods::decode_bytes(
                vm, &b.data, codec, &errors,
            )?))
        }
        Value::Str(_) => Err(vm.type_error("decoding str is not supported")),
        _ => Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(&obj)
        ))),
    }
}

fn construct_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind(vm, args, "bytes", &["source", "encoding", "errors"])?;
    let (source, encoding, errors) = (a[0].clone(), a[1].clone(), a[2].clone());
    let encoding = match encoding {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => {
            return Err(vm.type_error(format!(
                "bytes() argument 'encoding' must be str, not {}",
                arg_type_name(vm, &v)
            )))
        }
    };
    let errors = match errors {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => {
            return Err(vm.type_error(format!(
                "bytes() argument 'errors' must be str, not {}",
                arg_type_name(vm, &v)
            )))
        }
    };
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Value::bytes(vec![]));
    };
    let inner = crate::ops::unwrap_builtin(&src);
    if let Some(Value::Str(s)) = inner.as_ref().or(Some(&src)) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let codec = crate::methods::lookup_codec(vm, &enc)?;
        let data = crate::methods::encode_str(
            vm,
            s.as_str(),
            codec,
            errors.as_deref().unwrap_or("strict"),
        )?;
        return Ok(Value::bytes(data));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    bytes_from_value(vm, &src)
}

/// `bytes(x)` for a non-str `x`.
pub fn bytes_from_value(vm: &mut Vm, src: &Value) -> PyResult {
    match src {
        Value::Bytes(_) => return Ok(src.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = match src {
                Value::BigInt(_) => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
                _ => vm.index_value(src)?,
            };
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > (1 << 34) {
                return Err(vm.error("MemoryError", ""));
            }
            return Ok(Value::bytes(vec![0u8; n as usize]));
        }
        Value::Float(_) | Value::None => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            )));
        }
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(src, "__bytes__") {
                let r = vm.call1(&m, src.clone())?;
                return match &r {
                    Value::Bytes(_) => Ok(r),
                    _ => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            if vm.lookup_special(src, "__index__").is_some() {
                let n = vm.index_value(src)?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                return Ok(Value::bytes(vec![0u8; n as usize]));
            }
            if let Payload::Builtin(inner) = &i.payload {
                let inner = inner.clone();
                return bytes_from_value(vm, &inner);
            }
        }
        _ => {}
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) if e.is_instance_of(&vm.exc_type("TypeError")) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let n = match &x {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => -1,
            _ => vm.index_value(&x)?,
        };
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(Value::bytes(out))
}

// ---------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------

fn set_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    let set = SetObj::new();
    match v {
        Value::Set(s) | Value::FrozenSet(s) => {
            let s = s.clone();
            set.merge(vm, &s)?;
        }
        Value::Dict(d) => {
            set.reserve_for(d.len());
            for i in 0..d.raw_len() {
                if let Some((k, _)) = d.entry_at(i) {
                    let h = d.hash_at(i);
                    set.add_hashed(vm, h, k)?;
                }
            }
        }
        _ => {
            let it = vm.get_iter(v)?;
            while let Some(x) = vm.next(&it)? {
                set.add(vm, x)?;
            }
        }
    }
    Ok(set)
}

fn construct_dict(vm: &mut Vm, args: Args) -> PyResult {
    let Args { pos, kw } = args;
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = Rc::new(DictObj::new());
    if let Some(src) = pos.first() {
        dict_update(vm, &d, src)?;
    }
    for (k, v) in kw {
        d.set_strobj(k, v);
    }
    Ok(Value::Dict(d))
}

/// `d.update(src)` for a mapping (anything with `keys`) or an iterable of pairs.
pub fn dict_update(vm: &mut Vm, d: &Rc<DictObj>, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            if Rc::ptr_eq(s, d) {
                return Ok(());
            }
            for i in 0..s.raw_len() {
                if let Some((k, v)) = s.entry_at(i) {
                    let h = s.hash_at(i);
                    d.set_hashed(vm, h, k, v)?;
                }
            }
            return Ok(());
        }
        Value::Instance(_) if vm.lookup_special(src, "keys").is_some() => {
            let keys = vm.call_method(src, "keys", Args::default())?;
            let it = vm.get_iter(&keys)?;
            while let Some(k) = vm.next(&it)? {
                let v = vm.get_item(src, &k)?;
                d.set(vm, k, v)?;
            }
            return Ok(());
        }
        _ => {}
    }
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair: Vec<Value> = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => match vm.get_iter(&item) {
                Ok(inner) => {
                    let mut v = Vec::new();
                    while let Some(x) = vm.next(&inner)? {
                        v.push(x);
                    }
                    v
                }
                Err(e) if e.is_instance_of(&vm.exc_type("TypeError")) => {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (
            p.next().unwrap_or(Value::None),
            p.next().unwrap_or(Value::None),
        );
        d.set(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

fn construct_range(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "range")?;
    count(vm, "range", args.pos.len(), 1, 3)?;
    let mut vals = Vec::with_capacity(3);
    for a in args.pos.iter() {
        vals.push(index_int(vm, a)?);
    }
    if matches!(vals.get(2), Some(Value::Int(0))) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let mut nums = [0i64; 3];
    for (i, v) in vals.iter().enumerate() {
        nums[i] = match v {
            Value::Int(n) => *n,
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    let (start, stop, step) = match args.pos.len() {
        1 => (0, nums[0], 1),
        2 => (nums[0], nums[1], 1),
        _ => (nums[0], nums[1], nums[2]),
    };
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

// ---------------------------------------------------------------------------
// type, property, super
// ---------------------------------------------------------------------------

fn construct_type(vm: &mut Vm, t: &Rc<TypeObj>, args: Args) -> PyResult {
    if !Rc::ptr_eq(t, &vm.rt.types.type_) {
        return Err(vm.type_error(format!("cannot create '{}' instances", t.name)));
    }
    match (args.pos.len(), args.kw.is_empty()) {
        (1, true) => Ok(Value::Type(vm.type_of(&args.pos[0]))),
        (3, _) => type_new_class(vm, t, args),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__new__(mcls, name, bases, namespace, **kwargs)`: a new class whose
/// metaclass is the most derived of `mcls` and its bases' metaclasses; the
/// keywords go to `__init_subclass__`.
pub fn type_new_class(vm: &mut Vm, mcls: &Rc<TypeObj>, args: Args) -> PyResult {
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let kwargs = args.kw.clone();
    let name = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(v)
            )))
        }
    };
    let bases = match &args.pos[1] {
        Value::Tuple(tp) => {
            let mut out = Vec::new();
            for b in tp.items.iter() {
                match b {
                    Value::Type(bt) => out.push(bt.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "bases must be types, not {}",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            out
        }
        v => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(v)
            )))
        }
    };
    let ns = match (&args.pos[2], crate::ops::unwrap_builtin(&args.pos[2])) {
        (Value::Dict(d), _) => d.copy(),
        (_, Some(Value::Dict(d))) => d.copy(),
        (v, _) => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(v)
            )))
        }
    };
    if ns.get_str("__module__").is_none() {
        if let Some(m) = vm.current_globals().get_str("__name__") {
            ns.set_str("__module__", m);
        }
    }
    if ns.get_str("__qualname__").is_none() {
        ns.set_str("__qualname__", Value::string(name.clone()));
    }
    let meta = vm.calculate_metaclass(mcls, &bases)?;
    vm.new_class(&name, bases, &ns, kwargs, &meta)
}

fn construct_property(vm: &mut Vm, t: &Rc<TypeObj>, args: Args) -> PyResult {
    let a = bind(vm, args, "property", &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    let (fget, fset, fdel, mut doc) = (get(0), get(1), get(2), get(3));
    if doc.is_none() && !fget.is_none() {
        if let Ok(d) = vm.get_attr_str(&fget, "__doc__") {
            doc = d;
        }
    }
    Ok(Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(t.clone()),
        dict_cell: t
            .has_instance_dict
            .then(|| RefCell::new(Rc::new(DictObj::new()))),
        payload: Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    })))
}

/// `super.__get__(self, obj, type=None)`: an unbound `super(C)` bound to
/// `obj`; a bound one (or `obj` None) is returned as is.
pub fn super_dunder_get(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__get__", &args, 2, 3)?;
    let (sup, obj) = (args.pos[0].clone(), args.pos[1].clone());
    let Value::Instance(inst) = &sup else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    let Payload::Super {
        this_class,
        obj: target,
        ..
    } = &inst.payload
    else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    if obj.is_none() || !target.is_null() {
        return Ok(sup.clone());
    }
    let t = inst.class();
    construct_super(vm, &t, Args::new([Value::Type(this_class.clone()), obj]))
}

/// `super(type, obj)`, and `super()` inside a method (class and first
/// argument taken from the calling frame, as CPython does).
fn construct_super(vm: &mut Vm, t: &Rc<TypeObj>, args: Args) -> PyResult {
    no_kw(vm, &args, "super")?;
    count(vm, "super", args.pos.len(), 0, 2)?;
    let args = if args.pos.is_empty() {
        let (class, first) = vm.zero_arg_super()?;
        Args::new([class, first])
    } else {
        args
    };
    let this_class = match &args.pos[0] {
        Value::Type(c) => c.clone(),
        v => {
            return Err(vm.type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(v)
            )))
        }
    };
    if args.pos.len() == 1 {
        // Unbound: `Null` target until `__get__` binds it.
        return Ok(Value::Instance(Rc::new(InstanceObj {
            class: RefCell::new(t.clone()),
            dict_cell: None,
            payload: Payload::Super {
                obj_type: this_class.clone(),
                this_class,
                obj: Value::Null,
            },
        })));
    }
    let obj = args.pos[1].clone();
    let obj_type = match &obj {
        Value::Type(ot) if ot.is_subtype(&this_class) => ot.clone(),
        _ => {
            let ot = vm.type_of(&obj);
            if !ot.is_subtype(&this_class) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            ot
        }
    };
    Ok(Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(t.clone()),
        dict_cell: None,
        payload: Payload::Super {
            this_class,
            obj,
            obj_type,
        },
    })))
}
