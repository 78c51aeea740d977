//! `types.UnionType`: what `int | None` or `int | str | list[int]` evaluate to
//! (PEP 604). The `|` of two type hints flattens nested unions and drops
//! repeated members, so `int | str | int` is `int | str` and `int | int` is
//! just `int`; the result prints as it was written (`None` for `NoneType`),
//! compares equal to a union of the same members in any order, and is accepted
//! by `isinstance`/`issubclass` (see [`contains_instance`]).

use std::rc::Rc;

use crate::function::{Args, BuiltinKind};
use crate::generic_alias::GenericAlias;
use crate::modules::{native_data, native_instance, native_type};
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The members of one union (at least two, no repeats, no nested unions).
pub struct UnionType {
    args: Vec<Value>,
}

fn union_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("types.UnionType") {
        return t.clone();
    }
    let t = native_type(
        vm,
        "types",
        "UnionType",
        None,
        &[
            ("__repr__", union_repr),
            ("__eq__", union_eq),
            ("__ne__", union_ne),
            ("__hash__", union_hash),
            ("__or__", type_or),
            ("__ror__", type_ror),
            ("__getattr__", union_getattr),
        ],
    );
    crate::modules::make_final(&t);
    vm.rt
        .native_types
        .borrow_mut()
        .insert("types.UnionType", t.clone());
    t
}

/// Gives `types.GenericAlias` its `|` (classes get theirs from
/// `Vm::binary_op`, which calls [`make_union`]: a `type.__or__` in the
/// namespace would shadow `int.__or__` as seen from the class `int`).
pub fn init(vm: &mut Vm) {
    let t = vm.rt.types.generic_alias.clone();
    vm.add_native(&t, "__or__", type_or, BuiltinKind::Method);
    vm.add_native(&t, "__ror__", type_ror, BuiltinKind::Method);
    union_type(vm);
}

/// The members of `v` if it is a union.
pub fn union_args(v: &Value) -> Option<Vec<Value>> {
    native_data::<UnionType>(v).map(|u| u.args.clone())
}

/// What may stand in a union: a class, None (as `NoneType`), a generic alias
/// or another union (its members).
fn members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::None => Some(vec![Value::Type(vm.rt.types.none.clone())]),
        Value::Type(_) => Some(vec![v.clone()]),
        _ => {
            if let Some(args) = union_args(v) {
                return Some(args);
            }
            native_data::<GenericAlias>(v).map(|_| vec![v.clone()])
        }
    }
}

fn same_member(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Type(x), Value::Type(y)) => Ok(Rc::ptr_eq(x, y)),
        (Value::Type(_), _) | (_, Value::Type(_)) => Ok(false),
        _ => vm.eq(a, b),
    }
}

/// `a | b` for type hints; NotImplemented when either side is not one.
pub fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (Some(left), Some(right)) = (members(vm, a), members(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    let mut args: Vec<Value> = Vec::with_capacity(left.len() + right.len());
    for m in left.into_iter().chain(right) {
        let mut seen = false;
        for x in &args {
            if same_member(vm, x, &m)? {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(m);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or(Value::None));
    }
    let t = union_type(vm);
    Ok(native_instance(&t, UnionType { args }))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__or__", &args, 2, 2)?;
    make_union(vm, &args.pos[0], &args.pos[1])
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__ror__", &args, 2, 2)?;
    make_union(vm, &args.pos[1], &args.pos[0])
}

fn this(vm: &Vm, args: &Args, meth: &str) -> PyResult<Vec<Value>> {
    args.pos.first().and_then(union_args).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' for 'types.UnionType' objects doesn't apply to this object"
        ))
    })
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult {
    let members = this(vm, &args, "__repr__")?;
    let mut parts = Vec::with_capacity(members.len());
    for m in &members {
        parts.push(match m {
            Value::Type(t) if Rc::ptr_eq(t, &vm.rt.types.none) => "None".to_string(),
            _ => crate::generic_alias::hint_repr(vm, m)?,
        });
    }
    Ok(Value::string(parts.join(" | ")))
}

/// Unions are equal when they have the same members, in any order.
fn same_members(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for x in a {
        let mut found = false;
        for y in b {
            if same_member(vm, x, y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__eq__", &args, 2, 2)?;
    let a = this(vm, &args, "__eq__")?;
    let Some(b) = union_args(&args.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(same_members(vm, &a, &b)?))
}

fn union_ne(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__ne__", &args, 2, 2)?;
    let a = this(vm, &args, "__ne__")?;
    let Some(b) = union_args(&args.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(!same_members(vm, &a, &b)?))
}

/// Independent of the members' order, as equality is.
fn union_hash(vm: &mut Vm, args: Args) -> PyResult {
    let members = this(vm, &args, "__hash__")?;
    let mut h: i64 = 0x2f1a_57c3;
    for m in &members {
        let mh = vm.hash(m)?;
        h ^= mh.wrapping_mul(0x5bd1_e995).rotate_left(13);
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn union_getattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__getattr__", &args, 2, 2)?;
    let members = this(vm, &args, "__getattr__")?;
    match args.pos[1].as_str() {
        Some("__args__") => Ok(Value::tuple(members)),
        Some("__parameters__") => Ok(Value::tuple(vec![])),
        Some(name) => Err(vm.attribute_error(format!(
            "'types.UnionType' object has no attribute '{name}'"
        ))),
        None => Err(vm.type_error("attribute name must be string")),
    }
}

/// `isinstance(obj, union)` / `issubclass(cls, union)`: any member matches.
/// `check` tests one class member; a generic alias member is refused, as
/// CPython does (`isinstance() argument 2 cannot be a parameterized generic`)
/// when the members before it did not match.
pub fn check_members(
    vm: &mut Vm,
    members: &[Value],
    func: &str,
    mut check: impl FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<bool> {
    for m in members {
        if native_data::<GenericAlias>(m).is_some() {
            return Err(vm.type_error(format!(
                "{func}() argument 2 cannot be a parameterized generic"
            )));
        }
        if check(vm, m)? {
            return Ok(true);
        }
    }
    Ok(false)
}
