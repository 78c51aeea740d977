//! The `builtins` namespace: built-in functions, constants, the built-in type
//! objects and the exception classes.
//!
//! Each function follows CPython 3.11's argument rules and error messages
//! (`Python/bltinmodule.c`); lazy builtins (enumerate, zip, map, filter,
//! reversed, two-argument iter) are [`IterObj`]s whose states the VM's
//! `next` advances.

use std::rc::Rc;

use dashu_int::ops::{BitTest, ExtendedGcd, UnsignedAbs};
use dashu_int::{IBig, UBig};
use weft_compiler::ast::{BinOp, CmpOp};

use crate::function::{Args, NativeFn};
use crate::iter::{DictIterKind, IterObj, IterState};
use crate::object::{Payload, TypeObj};
use crate::ops::{as_int, to_big};
use crate::strformat::float_to_int;
use crate::value::{ListObj, StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("input", builtin_input),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("abs", builtin_abs),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("sorted", builtin_sorted),
        ("any", builtin_any),
        ("all", builtin_all),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("id", builtin_id),
        ("hash", builtin_hash),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("round", builtin_round),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("ord", builtin_ord),
        ("chr", builtin_chr),
        ("callable", builtin_callable),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("globals", builtin_globals),
        ("locals", builtin_locals),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("format", builtin_format),
        ("exit", builtin_exit),
        ("eval", builtin_eval),
        ("exec", builtin_exec),
        ("quit", builtin_exit),
    ];
    let b = vm.rt.builtins.clone();
    for &(name, f) in fns {
        b.set_str(name, vm.new_builtin(name, f));
    }
    // The lazy builtins are classes in CPython (`map`, `zip`, ...): calling one
    // reaches `constructors::construct_builtin`, which calls [`construct_iterator`].
    for name in ITERATOR_CLASSES {
        let t = vm.rt.types.iterator_type(name);
        t.dict.set_str("__doc__", Value::None);
        b.set_str(name, Value::Type(t));
    }
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__debug__", Value::Bool(true));
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__doc__", Value::None);
    let types: Vec<Rc<TypeObj>> = {
        let t = &vm.rt.types;
        vec![
            t.object.clone(),
            t.int.clone(),
            t.float.clone(),
            t.str.clone(),
            t.bool_.clone(),
            t.bytes.clone(),
            t.list.clone(),
            t.tuple.clone(),
            t.dict.clone(),
            t.set.clone(),
            t.frozenset.clone(),
            t.range.clone(),
            t.slice.clone(),
            t.type_.clone(),
            t.property.clone(),
            t.staticmethod.clone(),
            t.classmethod.clone(),
            t.super_.clone(),
        ]
    };
    for t in types {
        b.set_str(&t.name.clone(), Value::Type(t));
    }
    let excs: Vec<Rc<TypeObj>> = vm.rt.types.exception_order.clone();
    for t in excs {
        b.set_str(&t.name.clone(), Value::Type(t));
    }
    if let Some(os) = vm.rt.types.exception_named("OSError") {
        b.set_str("EnvironmentError", Value::Type(os.clone()));
        b.set_str("IOError", Value::Type(os));
    }
}

/// Built-in classes whose instances are weft iterators.
pub const ITERATOR_CLASSES: [&str; 5] = ["enumerate", "zip", "map", "filter", "reversed"];

/// Calling one of [`ITERATOR_CLASSES`].
pub fn construct_iterator(vm: &mut Vm, name: &str, args: Args) -> Option<PyResult> {
    Some(match name {
        "enumerate" => builtin_enumerate(vm, args),
        "zip" => builtin_zip(vm, args),
        "map" => builtin_map(vm, args),
        "filter" => builtin_filter(vm, args),
        "reversed" => builtin_reversed(vm, args),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

/// `'name' is an invalid keyword argument for f()` for the first leftover keyword.
fn reject_kw(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    match args.kw.first() {
        Some((k, _)) => Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {fname}()",
            k.as_str()
        ))),
        None => Ok(()),
    }
}

fn no_kw(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// "f expected N argument(s), got M" style count check (keywords allowed).
fn count_args(vm: &Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        if min == max {
            return Err(vm.type_error(format!(
                "{fname} expected {min} argument{}, got {n}",
                plural(min)
            )));
        }
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        if min == max {
            return Err(vm.type_error(format!(
                "{fname} expected {max} argument{}, got {n}",
                plural(max)
            )));
        }
        return Err(vm.type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The value of `sys.<name>`, if the sys module exists and has it.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    match vm.rt.modules.get_str("sys") {
        Some(Value::Module(m)) => m.dict.get_str(name),
        _ => None,
    }
}

fn new_iter(name: &'static str, state: IterState) -> Value {
    Value::Iterator(Rc::new(IterObj::new(name, state)))
}

/// `operator.index(v)` as an int value (small or big), with CPython's message.
pub fn index_int(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call1(&m, v.clone())?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    _ => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Payload::Builtin(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) =
                &i.payload
            {
                let inner = inner.clone();
                return index_int(vm, &inner);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// An index argument clamped to i64 (CPython clamps to Py_ssize_t where it does).
fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_int(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => Ok(if *b < IBig::ZERO { i64::MIN } else { i64::MAX }),
        _ => Ok(0),
    }
}

fn big_of(v: &Value) -> IBig {
    match as_int(v) {
        Some(i) => to_big(&i),
        None => IBig::ZERO,
    }
}

// ---------------------------------------------------------------------------
// I/O
// ---------------------------------------------------------------------------

fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    let flush = args.take_kw("flush");
    reject_kw(vm, &args, "print")?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s),
        Some(v) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let end = match end {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s),
        Some(v) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let sep = sep.as_ref().map_or(" ", |s| s.as_str());
    let end = end.as_ref().map_or("\n", |s| s.as_str());
    let file = match file {
        Some(f) if !f.is_none() => Some(f),
        _ => match sys_attr(vm, "stdout") {
            Some(Value::None) => return Ok(Value::None),
            Some(f) => Some(f),
            None => None,
        },
    };
    let kind = match &file {
        None => Some(crate::stdlib::StreamKind::Stdout),
        Some(f) => crate::stdlib::stream_kind(f),
    };
    let do_flush = match &flush {
        None => false,
        Some(f) => vm.is_true(f)?,
    };
    match (kind, file) {
        (Some(k), _) if k != crate::stdlib::StreamKind::Stdin => {
            let mut s = String::new();
            let mut err = None;
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                match vm.str(a) {
                    Ok(x) => s.push_str(x.as_str()),
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            if err.is_none() {
                s.push_str(end);
            }
            match k {
                crate::stdlib::StreamKind::Stderr => vm.write_stderr(&s)?,
                _ => vm.write_stdout(&s)?,
            }
            if let Some(e) = err {
                return Err(e);
            }
            if do_flush {
                vm.flush_stdout();
            }
        }
        (_, Some(f)) => {
            let write = vm.get_attr_str(&f, "write")?;
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    vm.call1(&write, Value::str(sep))?;
                }
                let s = vm.str(a)?;
                vm.call1(&write, Value::Str(s))?;
            }
            vm.call1(&write, Value::str(end))?;
            if do_flush {
                let fl = vm.get_attr_str(&f, "flush")?;
                vm.call0(&fl)?;
            }
        }
        (_, None) => {}
    }
    Ok(Value::None)
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str(p)?;
        match sys_attr(vm, "stdout") {
            Some(f) if crate::stdlib::stream_kind(&f).is_none() && !f.is_none() => {
                let w = vm.get_attr_str(&f, "write")?;
                vm.call1(&w, Value::Str(s))?;
                if let Ok(fl) = vm.get_attr_str(&f, "flush") {
                    vm.call0(&fl)?;
                }
            }
            _ => {
                vm.write_stdout(s.as_str())?;
                vm.flush_stdout();
            }
        }
    }
    let line = match sys_attr(vm, "stdin") {
        Some(f) if crate::stdlib::stream_kind(&f).is_none() && !f.is_none() => {
            let rl = vm.get_attr_str(&f, "readline")?;
            let r = vm.call0(&rl)?;
            match r {
                Value::Str(s) if s.as_str().is_empty() => None,
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
        _ => vm.read_line()?,
    };
    match line {
        None => Err(vm.error("EOFError", "EOF when reading a line")),
        Some(mut l) => {
            if l.ends_with('\n') {
                l.pop();
            }
            Ok(Value::string(l))
        }
    }
}

// ---------------------------------------------------------------------------
// simple conversions
// ---------------------------------------------------------------------------

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("len", &args, 1, 1)?;
    let n = vm.len(&args.pos[0])?;
    Ok(Value::Int(n as i64))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("repr", &args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args.pos[0])?))
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("ascii", &args, 1, 1)?;
    Ok(Value::Str(vm.ascii(&args.pos[0])?))
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(IBig::from(*i).unsigned_abs().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(IBig::from((**b).clone().unsigned_abs()))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__abs__") {
                return vm.call1(&m, v.clone());
            }
            if let Payload::Builtin(inner) = &i.payload {
                let inner = inner.clone();
                return builtin_abs(vm, Args::new([inner]));
            }
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
        }
        _ => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("id", &args, 1, 1)?;
    let id = args.pos[0].id();
    Ok(if id <= i64::MAX as usize {
        Value::Int(id as i64)
    } else {
        Value::from_bigint(IBig::from(id as u64))
    })
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.pos[0])))
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        Value::Instance(_) => vm
            .lookup_special(v, "__call__")
            .is_some_and(|c| !c.is_none()),
        _ => false,
    }
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "format")?;
    count_args(vm, "format", args.pos.len(), 1, 2)?;
    let spec = args.pos.get(1).cloned().unwrap_or_else(|| Value::str(""));
    Ok(Value::Str(vm.format(&args.pos[0], &spec)?))
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("ord", &args, 1, 1)?;
    let v = &args.pos[0];
    let v = match v {
        Value::Instance(_) => crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    };
    match &v {
        Value::Str(s) => {
            if s.char_len == 1 {
                Ok(Value::Int(s.char_at(0) as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len
                )))
            }
        }
        Value::Bytes(b) => {
            if b.data.len() == 1 {
                Ok(Value::Int(b.data[0] as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.data.len()
                )))
            }
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&v)
        ))),
    }
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("chr", &args, 1, 1)?;
    let i = match index_int(vm, &args.pos[0])? {
        Value::Int(i) => i,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if i > i32::MAX as i64 || i < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    let c = char::from_u32(i as u32).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    Ok(Value::str(c.encode_utf8(&mut buf)))
}

fn radix_builtin(vm: &mut Vm, args: Args, name: &str, radix: u32) -> PyResult {
    vm.check_args(name, &args, 1, 1)?;
    let v = index_int(vm, &args.pos[0])?;
    let s = match &v {
        Value::Int(i) => weft_format::int_to_radix(weft_format::IntRef::Small(*i), radix, true),
        Value::BigInt(b) => weft_format::int_to_radix(weft_format::IntRef::Big(b), radix, true),
        _ => String::new(),
    };
    Ok(Value::string(s))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult {
    radix_builtin(vm, args, "hex", 16)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult {
    radix_builtin(vm, args, "oct", 8)
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult {
    radix_builtin(vm, args, "bin", 2)
}

// ---------------------------------------------------------------------------
// reductions over iterables
// ---------------------------------------------------------------------------

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, false)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, true)
}

fn min_max(vm: &mut Vm, mut args: Args, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_kw("key");
    let default = args.take_kw("default");
    reject_kw(vm, &args, name)?;
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if n > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = key.filter(|k| !k.is_none());
    let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
    let iter = if n == 1 {
        Some(vm.get_iter(&args.pos[0])?)
    } else {
        None
    };
    let mut idx = 0usize;
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &iter {
            Some(it) => match vm.next(it)? {
                Some(v) => v,
                None => break,
            },
            None => {
                if idx >= n {
                    break;
                }
                idx += 1;
                args.pos[idx - 1].clone()
            }
        };
        let kv = match &key {
            Some(k) => vm.call1(k, item.clone())?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((item, kv)),
            Some((_, bk)) => {
                let better = match (&kv, bk) {
                    (Value::Int(a), Value::Int(b)) => {
                        if is_max {
                            a > b
                        } else {
                            a < b
                        }
                    }
                    _ => {
                        let r = vm.rich_compare(&kv, bk, op)?;
                        vm.is_true(&r)?
                    }
                };
                if better {
                    best = Some((item, kv));
                }
            }
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult {
    let start_kw = args.take_kw("start");
    reject_kw(vm, &args, "sum")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if n + start_kw.is_some() as usize > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            n + start_kw.is_some() as usize
        )));
    }
    let start = args
        .pos
        .get(1)
        .cloned()
        .or(start_kw)
        .unwrap_or(Value::Int(0));
    let it = vm.get_iter(&args.pos[0])?;
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &item, BinOp::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(&acc, &item, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_sorted(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = args.take_kw("reverse");
    reject_kw(vm, &args, "sort")?;
    count_args(vm, "sorted", args.pos.len(), 1, 1)?;
    let items = vm.collect_iterable(&args.pos[0])?;
    let reverse = match &reverse {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(i)) => *i != 0,
        Some(v) => index_clamped(vm, v)? != 0,
    };
    let list = Rc::new(ListObj::new(items));
    crate::methods::sort_list(vm, &list, key, reverse)?;
    Ok(Value::List(list))
}

// ---------------------------------------------------------------------------
// lazy iterators
// ---------------------------------------------------------------------------

fn builtin_reversed(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "reversed")?;
    count_args(vm, "reversed", args.pos.len(), 1, 1)?;
    reversed_of(vm, &args.pos[0])
}

pub fn reversed_of(vm: &mut Vm, v: &Value) -> PyResult {
    match v {
        Value::List(l) => {
            let n = l.items.borrow().len();
            Ok(new_iter(
                "list_reverseiterator",
                IterState::ListReversed {
                    list: l.clone(),
                    index: n,
                },
            ))
        }
        Value::Tuple(t) => {
            let items: Vec<Value> = t.items.iter().rev().cloned().collect();
            Ok(new_iter("reversed", IterState::Values { items, index: 0 }))
        }
        Value::Str(s) => {
            let items: Vec<Value> = s
                .as_str()
                .chars()
                .rev()
                .map(|c| {
                    let mut buf = [0u8; 4];
                    Value::str(c.encode_utf8(&mut buf))
                })
                .collect();
            Ok(new_iter("reversed", IterState::Values { items, index: 0 }))
        }
        Value::Bytes(b) => {
            let items: Vec<Value> = b.data.iter().rev().map(|&x| Value::Int(x as i64)).collect();
            Ok(new_iter("reversed", IterState::Values { items, index: 0 }))
        }
        Value::Range(r) => {
            let len = r.len();
            if len == 0 {
                return Ok(new_iter(
                    "range_iterator",
                    IterState::Range {
                        next: r.start,
                        step: 1,
                        remaining: 0,
                    },
                ));
            }
            let last = r.start as i128 + (len as i128 - 1) * r.step as i128;
            match r.step.checked_neg() {
                Some(step) => Ok(new_iter(
                    "range_iterator",
                    IterState::Range {
                        next: last as i64,
                        step,
                        remaining: len,
                    },
                )),
                None => {
                    let items: Vec<Value> = (0..len).rev().map(|i| Value::Int(r.get(i))).collect();
                    Ok(new_iter(
                        "range_iterator",
                        IterState::Values { items, index: 0 },
                    ))
                }
            }
        }
        Value::Dict(d) => {
            let mut items = d.keys();
            items.reverse();
            Ok(new_iter(
                "dict_reversekeyiterator",
                IterState::Values { items, index: 0 },
            ))
        }
        Value::DictView(view) => {
            let (name, mut items) = match view.kind {
                DictIterKind::Keys => ("dict_reversekeyiterator", view.dict.keys()),
                DictIterKind::Values => ("dict_reversevalueiterator", view.dict.values()),
                DictIterKind::Items => (
                    "dict_reverseitemiterator",
                    view.dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                ),
            };
            items.reverse();
            Ok(new_iter(name, IterState::Values { items, index: 0 }))
        }
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__reversed__") {
                if m.is_none() {
                    return Err(not_reversible(vm, v));
                }
                return vm.call_method(v, "__reversed__", Args::default());
            }
            let ty = i.class();
            if ty.lookup("__len__").is_some() && ty.lookup("__getitem__").is_some() {
                let n = vm.len(v)?;
                let mut items = Vec::with_capacity(n);
                for k in (0..n).rev() {
                    items.push(vm.get_item(v, &Value::Int(k as i64))?);
                }
                return Ok(new_iter("reversed", IterState::Values { items, index: 0 }));
            }
            if let Payload::Builtin(inner) = &i.payload {
                let inner = inner.clone();
                return reversed_of(vm, &inner);
            }
            Err(not_reversible(vm, v))
        }
        // A class whose metaclass defines `__reversed__` (an Enum class).
        Value::Type(_) => match vm.lookup_special(v, "__reversed__") {
            Some(m) if !m.is_none() => vm.call1(&m, v.clone()),
            _ => Err(not_reversible(vm, v)),
        },
        _ => Err(not_reversible(vm, v)),
    }
}

fn not_reversible(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

fn builtin_enumerate(vm: &mut Vm, mut args: Args) -> PyResult {
    let it_kw = args.take_kw("iterable");
    let start_kw = args.take_kw("start");
    reject_kw(vm, &args, "enumerate")?;
    let mut pos: Vec<Value> = args.pos.into_iter().collect();
    if let Some(v) = it_kw {
        if !pos.is_empty() {
            return Err(vm.type_error(
                "argument for enumerate() given by name ('iterable') and position (1)",
            ));
        }
        pos.insert(0, v);
    }
    if let Some(s) = start_kw {
        if pos.len() >= 2 {
            return Err(
                vm.type_error("argument for enumerate() given by name ('start') and position (2)")
            );
        }
        pos.push(s);
    }
    if pos.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let count = match pos.get(1) {
        None => Value::Int(0),
        Some(s) => index_int(vm, s)?,
    };
    let inner = vm.get_iter(&pos[0])?;
    Ok(new_iter("enumerate", IterState::Enumerate { inner, count }))
}

fn builtin_zip(vm: &mut Vm, mut args: Args) -> PyResult {
    let strict = args.take_kw("strict");
    reject_kw(vm, &args, "zip")?;
    let strict = match strict {
        None => false,
        Some(v) => vm.is_true(&v)?,
    };
    if args.pos.is_empty() {
        // zip() is empty (the Zip state would yield () forever).
        return Ok(new_iter("zip", IterState::Exhausted));
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter("zip", IterState::Zip { iters, strict }))
}

fn builtin_map(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "map")?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let mut iters = Vec::with_capacity(args.pos.len() - 1);
    for a in args.pos[1..].iter() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter("map", IterState::Map { func, iters }))
}

fn builtin_filter(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "filter")?;
    count_args(vm, "filter", args.pos.len(), 2, 2)?;
    let func = args.pos[0].clone();
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(new_iter("filter", IterState::Filter { func, inner }))
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "iter")?;
    count_args(vm, "iter", args.pos.len(), 1, 2)?;
    if args.pos.len() == 1 {
        return vm.get_iter(&args.pos[0]);
    }
    let func = args.pos[0].clone();
    if !is_callable(vm, &func) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(new_iter(
        "callable_iterator",
        IterState::Callable {
            func,
            sentinel: args.pos[1].clone(),
        },
    ))
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "next")?;
    count_args(vm, "next", args.pos.len(), 1, 2)?;
    let it = &args.pos[0];
    let r = match it {
        Value::Generator(g) => match vm.gen_send(g, Value::None) {
            Ok(crate::frame::SendResult::Yielded(v)) => Some(v),
            Ok(crate::frame::SendResult::Returned(v)) => {
                if args.pos.len() == 2 {
                    None
                } else {
                    return Err(vm.stop_iteration(v));
                }
            }
            Err(e) => return Err(e),
        },
        Value::Iterator(_) => vm.next(it)?,
        _ => {
            let Some(m) = vm.lookup_special(it, "__next__") else {
                return Err(
                    vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))
                );
            };
            match vm.call1(&m, it.clone()) {
                Ok(v) => Some(v),
                Err(e)
                    if args.pos.len() == 2 && e.is_instance_of(&vm.exc_type("StopIteration")) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        }
    };
    match r {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

// ---------------------------------------------------------------------------
// type checks
// ---------------------------------------------------------------------------

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("isinstance", &args, 2, 2)?;
    let r = isinstance(vm, &args.pos[0], &args.pos[1], 0)?;
    Ok(Value::Bool(r))
}

/// The metaclass hook `name` (`__instancecheck__` / `__subclasscheck__`) that
/// `cls`'s class defines in Python, if any. `type`'s own (native) versions
/// are left out: callers do their work directly.
fn class_check_hook(vm: &Vm, cls: &Value, name: &str) -> Option<Value> {
    match cls {
        // A class whose metaclass is `type` itself: nothing to look up.
        Value::Type(t) if t.metaclass.borrow().is_none() => None,
        Value::Type(_) | Value::Instance(_) => vm
            .lookup_special(cls, name)
            .filter(|h| !matches!(h, Value::Builtin(b) if b.owner == "type")),
        _ => None,
    }
}

/// `isinstance(obj, cls)` with CPython's rules (`PyObject_IsInstance`): an
/// exact type match first, then tuples element by element, then the
/// metaclass's `__instancecheck__`, then the MRO.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if let Value::Type(t) = cls {
        let ty = vm.type_of(obj);
        if Rc::ptr_eq(&ty, t) {
            return Ok(true);
        }
        if t.metaclass.borrow().is_none() {
            return Ok(ty.is_subtype(t));
        }
    }
    if let Value::Tuple(items) = cls {
        return any_in_tuple(vm, items, depth, "__instancecheck__", |vm, c| {
            isinstance(vm, obj, c, depth + 1)
        });
    }
    if let Some(hook) = class_check_hook(vm, cls, "__instancecheck__") {
        let r = vm.call_method_with(&hook, cls, Args::new([obj.clone()]))?;
        return vm.is_true(&r);
    }
    match cls {
        Value::Type(t) => Ok(vm.type_of(obj).is_subtype(t)),
        _ => match crate::union::union_args(cls) {
            Some(members) => crate::union::check_members(vm, &members, "isinstance", |vm, m| {
                isinstance(vm, obj, m, depth + 1)
            }),
            None => {
                Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        },
    }
}

/// The tuple form of isinstance/issubclass: true if `check` holds for any
/// member, with CPython's guard against deeply nested tuples.
fn any_in_tuple(
    vm: &mut Vm,
    items: &Rc<crate::value::TupleObj>,
    depth: usize,
    hook: &str,
    mut check: impl FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<bool> {
    if depth > 200 {
        return Err(vm.error(
            "RecursionError",
            format!("maximum recursion depth exceeded in {hook}"),
        ));
    }
    let items = items.clone();
    for c in items.items.iter() {
        if check(vm, c)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass(vm, &args.pos[0], &args.pos[1], 0)?))
}

/// `issubclass(derived, cls)` with CPython's rules (`PyObject_IsSubclass`):
/// tuples element by element, then the metaclass's `__subclasscheck__`, then
/// the MRO. `derived` is only required to be a class when no hook decides.
pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if let Value::Tuple(items) = cls {
        return any_in_tuple(vm, items, depth, "__subclasscheck__", |vm, c| {
            issubclass(vm, derived, c, depth + 1)
        });
    }
    if let Some(hook) = class_check_hook(vm, cls, "__subclasscheck__") {
        let r = vm.call_method_with(&hook, cls, Args::new([derived.clone()]))?;
        return vm.is_true(&r);
    }
    let Value::Type(d) = derived else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls {
        Value::Type(t) => Ok(d.is_subtype(t)),
        _ => match crate::union::union_args(cls) {
            Some(members) => crate::union::check_members(vm, &members, "issubclass", |vm, m| {
                issubclass(vm, derived, m, depth + 1)
            }),
            None => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        },
    }
}

/// `type.__instancecheck__(cls, obj)`: the MRO test, without hooks.
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__instancecheck__", &args, 2, 2)?;
    match &args.pos[0] {
        Value::Type(t) => Ok(Value::Bool(vm.type_of(&args.pos[1]).is_subtype(t))),
        v => Err(vm.type_error(format!(
            "descriptor '__instancecheck__' requires a 'type' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `type.__subclasscheck__(cls, derived)`: the MRO test, without hooks.
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__subclasscheck__", &args, 2, 2)?;
    let Value::Type(t) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "descriptor '__subclasscheck__' requires a 'type' object but received a '{}'",
            vm.type_name(&args.pos[0])
        )));
    };
    match &args.pos[1] {
        Value::Type(d) => Ok(Value::Bool(d.is_subtype(t))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

/// `type.__subclasses__(cls)`: the live direct subclasses, oldest first.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(t)) if args.pos.len() == 1 && args.kw.is_empty() => Ok(Value::list(
            t.subclasses().into_iter().map(Value::Type).collect(),
        )),
        Some(Value::Type(t)) => Err(vm.type_error(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            t.name,
            args.pos.len() - 1 + args.kw.len()
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("unbound method type.__subclasses__() needs an argument")),
    }
}

/// Adds `type`'s class-check methods and `object.__subclasshook__`.
pub fn init_class_checks(vm: &mut Vm) {
    let type_ = vm.rt.types.type_.clone();
    vm.add_method(&type_, "__instancecheck__", type_instancecheck);
    vm.add_method(&type_, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&type_, "__subclasses__", type_subclasses);
    let object = vm.rt.types.object.clone();
    vm.add_native(
        &object,
        "__subclasshook__",
        |_, _| Ok(Value::NotImplemented),
        crate::function::BuiltinKind::ClassMethod,
    );
}

// ---------------------------------------------------------------------------
// numbers
// ---------------------------------------------------------------------------

pub(crate) fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult {
    let number_kw = args.take_kw("number");
    let nd_kw = args.take_kw("ndigits");
    reject_kw(vm, &args, "round")?;
    let mut pos: Vec<Value> = args.pos.into_iter().collect();
    if let Some(n) = number_kw {
        pos.insert(0, n);
    }
    if let Some(d) = nd_kw {
        pos.push(d);
    }
    if pos.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let number = pos[0].clone();
    let ndigits = pos.get(1).cloned().filter(|v| !v.is_none());
    match &number {
        Value::Float(f) => match ndigits {
            None => float_to_int(vm, f.round_ties_even()),
            Some(nd) => {
                let n = index_clamped(vm, &nd)?;
                match weft_format::round_float(*f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(e) => Err(crate::strformat::format_error(vm, e)),
                }
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let as_int_value = match &number {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => number.clone(),
            };
            match ndigits {
                None => Ok(as_int_value),
                Some(nd) => {
                    let n = index_clamped(vm, &nd)?;
                    if n >= 0 {
                        return Ok(as_int_value);
                    }
                    Ok(round_int_negative(&as_int_value, n))
                }
            }
        }
        _ => {
            if let Some(m) = vm.lookup_special(&number, "__round__") {
                let mut a = Args::default();
                a.pos.push(number.clone());
                if let Some(nd) = pos.get(1) {
                    a.pos.push(nd.clone());
                }
                return vm.call(&m, a);
            }
            if let Some(inner) = crate::ops::unwrap_builtin(&number) {
                let mut a = Args::new([inner]);
                if let Some(nd) = pos.get(1) {
                    a.pos.push(nd.clone());
                }
                return builtin_round(vm, a);
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(&number)
            )))
        }
    }
}

/// `round(x, n)` for an int and n < 0: to a multiple of 10**-n, ties to even.
fn round_int_negative(x: &Value, n: i64) -> Value {
    let xb = big_of(x);
    let k = n.unsigned_abs();
    // 10**k > 2*|x| makes the result 0; avoid computing huge powers.
    let digits_bound = (xb.bit_len() as u64) * 30103 / 100000 + 2;
    if k > digits_bound {
        return Value::Int(0);
    }
    let p = IBig::from(10u8).pow(k as usize);
    let (q, r) = crate::ops::big_floor_divmod(&xb, &p);
    let twice = &r + &r;
    let odd = (&q % IBig::from(2u8)) != IBig::ZERO;
    let r = if twice > p || (twice == p && odd) {
        r - &p
    } else {
        r
    };
    Value::from_bigint(xb - r)
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    match (a, b) {
        (
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            if matches!(b, Value::Int(0) | Value::Bool(false)) {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
            let r = vm.binary_op(a, b, BinOp::Mod)?;
            Ok(Value::tuple(vec![q, r]))
        }
        (
            Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            let x = float_arg(vm, a)?;
            let y = float_arg(vm, b)?;
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let m = crate::ops::float_mod(x, y);
            let q = crate::ops::float_floordiv(x, y);
            Ok(Value::tuple(vec![Value::Float(q), Value::Float(m)]))
        }
        _ => {
            let ta = vm.type_of(a);
            let tb = vm.type_of(b);
            let b_first =
                matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta);
            let order: [(bool, &Value, &Value, &str); 2] = if b_first {
                [(true, b, a, "__rdivmod__"), (false, a, b, "__divmod__")]
            } else {
                [(false, a, b, "__divmod__"), (true, b, a, "__rdivmod__")]
            };
            for (reflected, x, y, name) in order {
                if !matches!(x, Value::Instance(_)) {
                    continue;
                }
                if reflected && Rc::ptr_eq(&ta, &tb) {
                    continue;
                }
                if let Some(m) = vm.lookup_special(x, name) {
                    let r = vm.call2(&m, x.clone(), y.clone())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            let ua = crate::ops::unwrap_builtin(a);
            let ub = crate::ops::unwrap_builtin(b);
            if ua.is_some() || ub.is_some() {
                let x = ua.unwrap_or_else(|| a.clone());
                let y = ub.unwrap_or_else(|| b.clone());
                if !matches!(x, Value::Instance(_)) && !matches!(y, Value::Instance(_)) {
                    return builtin_divmod(vm, Args::new([x, y]));
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    }
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        _ => match as_int(v).and_then(|i| crate::ops::int_to_f64(&i)) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
    }
}

fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult {
    let base_kw = args.take_kw("base");
    let exp_kw = args.take_kw("exp");
    let mod_kw = args.take_kw("mod");
    reject_kw(vm, &args, "pow")?;
    let mut pos: Vec<Value> = args.pos.into_iter().collect();
    for (i, kw) in [(0usize, base_kw), (1, exp_kw), (2, mod_kw)] {
        if let Some(v) = kw {
            if pos.len() > i {
                let name = ["base", "exp", "mod"][i];
                return Err(vm.type_error(format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            while pos.len() < i {
                pos.push(Value::None);
            }
            pos.push(v);
        }
    }
    if pos.len() < 2 {
        let missing = if pos.is_empty() { "base" } else { "exp" };
        return Err(vm.type_error(format!(
            "pow() missing required argument '{missing}' (pos {})",
            pos.len() + 1
        )));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let (base, exp) = (pos[0].clone(), pos[1].clone());
    let modulus = pos.get(2).cloned().unwrap_or(Value::None);
    if modulus.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    let all_int = [&base, &exp, &modulus].iter().all(|v| as_int(v).is_some());
    if !all_int {
        if let Value::Instance(_) = &base {
            if let Some(m) = vm.lookup_special(&base, "__pow__") {
                let r = vm.call(&m, Args::new([base.clone(), exp.clone(), modulus.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // float.__pow__ rejects a modulus; int.__pow__ returns NotImplemented.
        if [&base, &exp, &modulus]
            .iter()
            .any(|v| matches!(v, Value::Float(_)))
        {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&base),
            vm.type_name(&exp),
            vm.type_name(&modulus)
        )));
    }
    modular_pow(vm, &base, &exp, &modulus)
}

/// Three-argument `pow` for ints (CPython's `long_pow` with a modulus).
pub fn modular_pow(vm: &Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult {
    let mut c = big_of(modulus);
    if c == IBig::ZERO {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_output = c < IBig::ZERO;
    if negative_output {
        c = -c;
    }
    if c == IBig::ONE {
        return Ok(Value::Int(0));
    }
    let mut a = big_of(base);
    let mut b = big_of(exp);
    if b < IBig::ZERO {
        // a = inverse of a modulo c
        let am = crate::ops::big_floor_divmod(&a, &c).1;
        let au: UBig = am.unsigned_abs();
        let cu: UBig = c.clone().unsigned_abs();
        if au == UBig::ZERO {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        let (g, x, _) = au.gcd_ext(cu);
        if g != UBig::ONE {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        a = crate::ops::big_floor_divmod(&x, &c).1;
        b = -b;
    }
    let a = crate::ops::big_floor_divmod(&a, &c).1;
    let result = modpow(&a, &b.unsigned_abs(), &c);
    let result = if negative_output && result != IBig::ZERO {
        result - c
    } else {
        result
    };
    Ok(Value::from_bigint(result))
}

/// `a**e mod m` for 0 <= a < m, e >= 0, m > 1.
fn modpow(a: &IBig, e: &UBig, m: &IBig) -> IBig {
    if let (Ok(a64), Ok(m64)) = (u64::try_from(a), u64::try_from(m)) {
        let (mut r, mut x, m128) = (1u128, a64 as u128, m64 as u128);
        let bits = e.bit_len();
        for i in 0..bits {
            if e.bit(i) {
                r = r * x % m128;
            }
            x = x * x % m128;
        }
        return IBig::from((r % m128) as u64);
    }
    let mut r = IBig::ONE;
    let mut x = a.clone();
    let bits = e.bit_len();
    for i in 0..bits {
        if e.bit(i) {
            r = (&r * &x) % m;
        }
        if i + 1 < bits {
            x = (&x * &x) % m;
        }
    }
    r % m
}

// ---------------------------------------------------------------------------
// attributes and namespaces
// ---------------------------------------------------------------------------

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Str(s)) => Ok(s.clone()),
            _ => Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && e.is_instance_of(&vm.exc_type("AttributeError")) => {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance_of(&vm.exc_type("AttributeError")) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("globals", &args, 0, 0)?;
    Ok(Value::Dict(vm.current_globals()))
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("locals", &args, 0, 0)?;
    Ok(Value::Dict(frame_locals(vm)))
}

/// `locals()`: the namespace of a module or class body, or for a function a
/// snapshot of its fast locals (what CPython 3.11 returns too).
fn frame_locals(vm: &Vm) -> Rc<crate::dict::DictObj> {
    vm.current_locals()
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "vars")?;
    count_args(vm, "vars", args.pos.len(), 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return Ok(Value::Dict(frame_locals(vm)));
    };
    match obj {
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        Value::Instance(i) if i.dict_cell.is_some() => {
            Ok(Value::Dict(i.dict().unwrap_or_default()))
        }
        Value::Type(_) | Value::Function(_) => vm.get_attr_str(obj, "__dict__"),
        _ => match vm.get_attr_str(obj, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if e.is_instance_of(&vm.exc_type("AttributeError")) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

/// The names CPython 3.11's `object` type defines (what `dir()` of any object includes).
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

fn type_names(t: &Rc<TypeObj>, out: &mut Vec<String>) {
    for c in t.mro() {
        for k in c.dict.keys() {
            if let Value::Str(s) = k {
                out.push(s.as_str().to_string());
            }
        }
        if !c.builtin && c.has_instance_dict {
            out.push("__dict__".into());
            out.push("__weakref__".into());
        }
    }
    out.extend(OBJECT_NAMES.iter().map(|s| s.to_string()));
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "dir")?;
    count_args(vm, "dir", args.pos.len(), 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.pos.first() {
        None => {
            let d = frame_locals(vm);
            for k in d.keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_string());
                }
            }
        }
        Some(obj) => {
            let ty = vm.type_of(obj);
            if let Some(m) = ty.lookup("__dir__") {
                if !matches!(m, Value::Builtin(_)) {
                    let r = vm.call_method(obj, "__dir__", Args::default())?;
                    let items = vm.collect_iterable(&r)?;
                    let list = Rc::new(ListObj::new(items));
                    crate::methods::sort_list(vm, &list, Value::None, false)?;
                    return Ok(Value::List(list));
                }
            }
            match obj {
                Value::Module(m) => {
                    for k in m.dict.keys() {
                        if let Value::Str(s) = k {
                            names.push(s.as_str().to_string());
                        }
                    }
                }
                Value::Type(t) => type_names(t, &mut names),
                _ => {
                    if let Value::Instance(i) = obj {
                        if let Some(d) = i.dict() {
                            for k in d.keys() {
                                if let Value::Str(s) = k {
                                    names.push(s.as_str().to_string());
                                }
                            }
                        }
                    }
                    type_names(&ty, &mut names);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn builtin_exit(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("exit", &args, 0, 1)?;
    let code = args.pos.first().cloned().unwrap_or(Value::None);
    let class = vm.exc_type("SystemExit");
    Err(vm.new_exception(&class, vec![code]))
}

/// `eval(source, globals=None, locals=None)` and `exec(...)`: compile the
/// string and run it in the given (or the caller's) namespaces.
fn eval_or_exec(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
    mode: weft_compiler::CompileMode,
) -> PyResult {
    let globals_kw = args.take_kw("globals");
    let locals_kw = args.take_kw("locals");
    reject_kw(vm, &args, name)?;
    count_args(vm, name, args.pos.len(), 1, 3)?;
    let mut pos = args.pos.into_iter();
    let source = pos.next().unwrap_or(Value::None);
    let globals = pos.next().or(globals_kw).unwrap_or(Value::None);
    let locals = pos.next().or(locals_kw).unwrap_or(Value::None);
    let src = match &source {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        Value::Code(_) => {
            return Err(vm.type_error(format!("{name}() of code objects is not supported yet")))
        }
        other => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let (globals, locals) = match (&globals, &locals) {
        (Value::None, Value::None) => (vm.current_globals(), Some(vm.current_locals())),
        (Value::Dict(g), Value::None) => (g.clone(), None),
        (Value::Dict(g), Value::Dict(l)) => (g.clone(), Some(l.clone())),
        (Value::None, Value::Dict(l)) => (vm.current_globals(), Some(l.clone())),
        (Value::Dict(_), other) | (Value::None, other) => {
            return Err(vm.type_error(format!(
                "locals must be a mapping, not {}",
                vm.type_name(other)
            )))
        }
        (other, _) => {
            return Err(vm.type_error(format!(
                "globals must be a dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.rt.builtins.clone()));
    }
    let src = if mode == weft_compiler::CompileMode::Expression {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    let code = crate::compile_source(vm, &src, "<string>", mode)?;
    let locals = locals.filter(|l| !Rc::ptr_eq(l, &globals));
    let r = crate::frame::run_code_with_locals(vm, code, globals, locals, &[])?;
    Ok(if mode == weft_compiler::CompileMode::Expression {
        r
    } else {
        Value::None
    })
}

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult {
    eval_or_exec(vm, args, "eval", weft_compiler::CompileMode::Expression)
}

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult {
    eval_or_exec(vm, args, "exec", weft_compiler::CompileMode::Module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_negative_ndigits() {
        assert!(matches!(
            round_int_negative(&Value::Int(1250), -2),
            Value::Int(1200)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(1350), -2),
            Value::Int(1400)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(-1250), -2),
            Value::Int(-1200)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(-1251), -2),
            Value::Int(-1300)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(49), -2),
            Value::Int(0)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(50), -2),
            Value::Int(0)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(51), -2),
            Value::Int(100)
        ));
        assert!(matches!(
            round_int_negative(&Value::Int(5), -400),
            Value::Int(0)
        ));
    }

    #[test]
    fn modpow_small_and_big() {
        let r = modpow(&IBig::from(4u8), &UBig::from(13u8), &IBig::from(497u16));
        assert_eq!(r, IBig::from(445u16));
        let m = IBig::from(10u8).pow(30) + IBig::from(7u8);
        let r = modpow(&IBig::from(2u8), &UBig::from(100u8), &m);
        assert_eq!(r, (IBig::from(2u8).pow(100)) % &m);
    }
}
