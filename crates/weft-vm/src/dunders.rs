//! The special methods of the built-in types as Python sees them (`int.__add__`,
//! `str.__lt__`, ...). The VM's operators do not go through these — they work
//! on the values directly — but programs can look them up and call them, and
//! subclasses of built-ins inherit them.

use weft_compiler::ast::{BinOp, CmpOp};

use crate::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The built-in value of an instance of a subclass (the operators would find
/// these very dunders again on the instance and recurse), else `v` itself.
fn unwrapped(v: &Value) -> Value {
    crate::ops::unwrap_builtin(v).unwrap_or_else(|| v.clone())
}

fn two_args(vm: &Vm, name: &str, a: &Args) -> PyResult<(Value, Value)> {
    vm.check_args(name, a, 2, 2)?;
    Ok((unwrapped(&a.pos[0]), unwrapped(&a.pos[1])))
}

macro_rules! binary_dunders {
    ($($name:literal, $rname:literal, $f:ident, $rf:ident => $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PyResult {
                let (x, y) = two_args(vm, $name, &a)?;
                Ok(vm.builtin_binary(&x, &y, $op)?.unwrap_or(Value::NotImplemented))
            }
            fn $rf(vm: &mut Vm, a: Args) -> PyResult {
                let (x, y) = two_args(vm, $rname, &a)?;
                Ok(vm.builtin_binary(&y, &x, $op)?.unwrap_or(Value::NotImplemented))
            }
        )*
        const BINARY: &[(&str, &str, crate::function::NativeFn, crate::function::NativeFn, BinOp)] =
            &[$(($name, $rname, $f, $rf, $op)),*];
    };
}

binary_dunders! {
    "__add__", "__radd__", add, radd => BinOp::Add;
    "__sub__", "__rsub__", sub, rsub => BinOp::Sub;
    "__mul__", "__rmul__", mul, rmul => BinOp::Mult;
    "__truediv__", "__rtruediv__", truediv, rtruediv => BinOp::Div;
    "__floordiv__", "__rfloordiv__", floordiv, rfloordiv => BinOp::FloorDiv;
    "__mod__", "__rmod__", modulo, rmodulo => BinOp::Mod;
    "__pow__", "__rpow__", power, rpower => BinOp::Pow;
    "__lshift__", "__rlshift__", lshift, rlshift => BinOp::LShift;
    "__rshift__", "__rrshift__", rshift, rrshift => BinOp::RShift;
    "__and__", "__rand__", and, rand => BinOp::BitAnd;
    "__or__", "__ror__", or, ror => BinOp::BitOr;
    "__xor__", "__rxor__", xor, rxor => BinOp::BitXor;
}

macro_rules! compare_dunders {
    ($($name:literal, $f:ident => $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PyResult {
                let (x, y) = two_args(vm, $name, &a)?;
                Ok(match vm.builtin_compare(&x, &y, $op)? {
                    Some(b) => Value::Bool(b),
                    None => Value::NotImplemented,
                })
            }
        )*
        const COMPARE: &[(&str, crate::function::NativeFn)] = &[$(($name, $f)),*];
    };
}

compare_dunders! {
    "__eq__", eq => CmpOp::Eq;
    "__ne__", ne => CmpOp::NotEq;
    "__lt__", lt => CmpOp::Lt;
    "__le__", le => CmpOp::LtE;
    "__gt__", gt => CmpOp::Gt;
    "__ge__", ge => CmpOp::GtE;
}

fn neg(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__neg__", &a, 1, 1)?;
    vm.neg(&unwrapped(&a.pos[0]))
}

fn pos(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__pos__", &a, 1, 1)?;
    vm.pos(&unwrapped(&a.pos[0]))
}

fn invert(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__invert__", &a, 1, 1)?;
    vm.invert(&unwrapped(&a.pos[0]))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__abs__", &a, 1, 1)?;
    let v = &unwrapped(&a.pos[0]);
    let negative = matches!(
        vm.builtin_compare(v, &Value::Int(0), CmpOp::Lt)?,
        Some(true)
    );
    if negative {
        vm.neg(v)
    } else {
        vm.pos(v)
    }
}

fn bool_(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__bool__", &a, 1, 1)?;
    Ok(Value::Bool(vm.is_true(&unwrapped(&a.pos[0]))?))
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    vm.check_args("__hash__", &a, 1, 1)?;
    Ok(Value::Int(vm.hash(&unwrapped(&a.pos[0]))?))
}

/// The number behind `self` of a conversion dunder defined on `owner` ("int"
/// or "float"): ints (and bools) for int's, floats for float's, unwrapped from
/// subclass instances; CPython's descriptor error otherwise.
fn conversion_self(vm: &Vm, a: &Args, meth: &str, owner: &str) -> PyResult<Value> {
    let Some(this) = a.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{meth}' of '{owner}' object needs an argument"
        )));
    };
    vm.check_args(meth, a, 1, 1)?;
    let v = unwrapped(this);
    let ok = match owner {
        "int" => matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        _ => matches!(v, Value::Float(_)),
    };
    if !ok {
        return Err(vm.type_error(format!(
            "descriptor '{meth}' requires a '{owner}' object but received a '{}'",
            vm.type_name(this)
        )));
    }
    Ok(match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    })
}

fn int_index(vm: &mut Vm, a: Args) -> PyResult {
    conversion_self(vm, &a, "__index__", "int")
}

fn int_int(vm: &mut Vm, a: Args) -> PyResult {
    conversion_self(vm, &a, "__int__", "int")
}

fn int_float(vm: &mut Vm, a: Args) -> PyResult {
    let v = conversion_self(vm, &a, "__float__", "int")?;
    crate::constructors::construct_builtin(vm, &vm.rt.types.float.clone(), Args::new([v]))
}

fn float_int(vm: &mut Vm, a: Args) -> PyResult {
    let v = conversion_self(vm, &a, "__int__", "float")?;
    crate::constructors::construct_builtin(vm, &vm.rt.types.int.clone(), Args::new([v]))
}

fn float_float(vm: &mut Vm, a: Args) -> PyResult {
    conversion_self(vm, &a, "__float__", "float")
}

/// The int or float value behind `self` of a (non-slot) method of `owner`,
/// with CPython's method-descriptor message when it is something else.
fn method_self(vm: &Vm, a: &Args, meth: &str, owner: &str) -> PyResult<Value> {
    let Some(this) = a.pos.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{meth}() needs an argument")));
    };
    let v = unwrapped(this);
    let ok = match owner {
        "int" => matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        "float" => matches!(v, Value::Float(_)),
        _ => matches!(v, Value::Bytes(_)),
    };
    if !ok {
        return Err(vm.type_error(format!(
            "descriptor '{meth}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )));
    }
    Ok(match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    })
}

/// A method that takes nothing but `self`.
fn no_arguments(vm: &Vm, a: &Args, meth: &str, owner: &str) -> PyResult<()> {
    if a.pos.len() > 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{owner}.{meth}() takes no arguments ({} given)",
            a.pos.len() + a.kw.len() - 1
        )));
    }
    Ok(())
}

/// `int.__round__` / `float.__round__`: what round() gives for the value.
fn round_method(vm: &mut Vm, a: Args, owner: &str) -> PyResult {
    let this = method_self(vm, &a, "__round__", owner)?;
    if a.pos.len() > 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            a.pos.len() + a.kw.len() - 1
        )));
    }
    let mut call = Args::new([this]);
    call.pos.extend(a.pos.get(1).cloned());
    crate::builtins::builtin_round(vm, call)
}

fn int_round(vm: &mut Vm, a: Args) -> PyResult {
    round_method(vm, a, "int")
}

fn float_round(vm: &mut Vm, a: Args) -> PyResult {
    round_method(vm, a, "float")
}

/// `__trunc__`, `__floor__` and `__ceil__`: an int is its own; a float is
/// rounded by `op` to an int.
fn whole(vm: &mut Vm, a: Args, meth: &str, owner: &str, op: fn(f64) -> f64) -> PyResult {
    let this = method_self(vm, &a, meth, owner)?;
    no_arguments(vm, &a, meth, owner)?;
    match this {
        Value::Float(f) => crate::strformat::float_to_int(vm, op(f)),
        other => Ok(other),
    }
}

fn int_trunc(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__trunc__", "int", f64::trunc)
}

fn int_floor(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__floor__", "int", f64::floor)
}

fn int_ceil(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__ceil__", "int", f64::ceil)
}

fn float_trunc(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__trunc__", "float", f64::trunc)
}

fn float_floor(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__floor__", "float", f64::floor)
}

fn float_ceil(vm: &mut Vm, a: Args) -> PyResult {
    whole(vm, a, "__ceil__", "float", f64::ceil)
}

/// `bytes.__bytes__`: the bytes themselves (a plain copy for a subclass).
fn bytes_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let this = method_self(vm, &a, "__bytes__", "bytes")?;
    no_arguments(vm, &a, "__bytes__", "bytes")?;
    Ok(this)
}

pub fn init(vm: &mut Vm) {
    let t = vm.rt.types.clone_numeric_and_sequences();
    let (int, float, str_, bytes, list, tuple, set, frozenset, dict) = t;
    for ty in [&int, &float] {
        for &(name, rname, f, rf, _) in BINARY {
            vm.add_method(ty, name, f);
            vm.add_method(ty, rname, rf);
        }
        vm.add_method(ty, "__neg__", neg);
        vm.add_method(ty, "__pos__", pos);
        vm.add_method(ty, "__abs__", abs);
        vm.add_method(ty, "__bool__", bool_);
    }
    vm.add_method(&int, "__invert__", invert);
    vm.add_method(&int, "__index__", int_index);
    vm.add_method(&int, "__int__", int_int);
    vm.add_method(&int, "__float__", int_float);
    vm.add_method(&float, "__int__", float_int);
    vm.add_method(&float, "__float__", float_float);
    // Listed in the types' namespaces as in CPython (typing's SupportsRound
    // and friends look for them there).
    for (name, f) in [
        ("__round__", int_round as crate::function::NativeFn),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
    ] {
        vm.add_method(&int, name, f);
    }
    for (name, f) in [
        ("__round__", float_round as crate::function::NativeFn),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
    ] {
        vm.add_method(&float, name, f);
    }
    vm.add_method(&bytes, "__bytes__", bytes_bytes);
    for ty in [&str_, &bytes, &list, &tuple] {
        for &(name, rname, f, rf, op) in BINARY {
            if matches!(op, BinOp::Add | BinOp::Mult)
                || (op == BinOp::Mod && (ty.name == "str" || ty.name == "bytes"))
            {
                vm.add_method(ty, name, f);
                if op == BinOp::Mult {
                    vm.add_method(ty, rname, rf);
                }
            }
        }
    }
    for ty in [&set, &frozenset] {
        for &(name, rname, f, rf, op) in BINARY {
            if matches!(
                op,
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub
            ) {
                vm.add_method(ty, name, f);
                vm.add_method(ty, rname, rf);
            }
        }
    }
    for &(name, rname, f, rf, op) in BINARY {
        if op == BinOp::BitOr {
            vm.add_method(&dict, name, f);
            vm.add_method(&dict, rname, rf);
        }
    }
    for ty in [
        &int, &float, &str_, &bytes, &list, &tuple, &set, &frozenset, &dict,
    ] {
        for &(name, f) in COMPARE {
            vm.add_method(ty, name, f);
        }
    }
    for ty in [&int, &float, &str_, &bytes, &tuple, &frozenset] {
        vm.add_method(ty, "__hash__", hash);
    }
    for ty in [&list, &set, &dict] {
        ty.dict.set_str("__hash__", Value::None);
    }
}

impl crate::types::Types {
    #[allow(clippy::type_complexity)]
    fn clone_numeric_and_sequences(
        &self,
    ) -> (
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
        std::rc::Rc<crate::object::TypeObj>,
    ) {
        (
            self.int.clone(),
            self.float.clone(),
            self.str.clone(),
            self.bytes.clone(),
            self.list.clone(),
            self.tuple.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.dict.clone(),
        )
    }
}
