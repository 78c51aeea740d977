//! `types.GenericAlias`: what `list[int]`, `dict[str, list[int]]` or
//! `deque[str]` evaluate to. Type hints are ordinary expressions evaluated at
//! run time (and kept in `__annotations__`), so subscripting a container class
//! must give an object that prints as the hint was written and remembers its
//! `__origin__` and `__args__`; calling it makes an instance of the origin, and
//! subclassing it subclasses the origin (`__mro_entries__`).
//!
//! Type variables among the arguments (anything with `__typing_subst__`,
//! such as typing.TypeVar, or a hint with `__parameters__` of its own) make
//! the alias generic: they are its `__parameters__`, and subscripting it
//! substitutes them (`list[tuple[K, V]][str, int]` is `list[tuple[str, int]]`).

use crate::function::{Args, BuiltinKind};
use crate::modules::{native_data, native_instance};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The state of one alias.
pub struct GenericAlias {
    origin: Value,
    /// Always a tuple.
    args: Value,
}

/// Creates the `GenericAlias` class and gives the built-in containers their
/// `__class_getitem__`.
pub fn init(vm: &mut Vm) {
    let t = vm.rt.types.generic_alias.clone();
    t.dict.set_str("__module__", Value::str("types"));
    vm.add_native(&t, "__new__", alias_new, BuiltinKind::StaticMethod);
    for (name, f) in [
        ("__repr__", alias_repr as crate::function::NativeFn),
        ("__eq__", alias_eq),
        ("__hash__", alias_hash),
        ("__call__", alias_call),
        ("__mro_entries__", alias_mro_entries),
        ("__getattr__", alias_getattr),
        ("__getitem__", alias_getitem),
    ] {
        vm.add_method(&t, name, f);
    }
    let rt = vm.rt.clone();
    let types = &rt.types;
    for ty in [
        &types.list,
        &types.dict,
        &types.tuple,
        &types.set,
        &types.frozenset,
        &types.type_,
    ] {
        vm.add_native(
            ty,
            "__class_getitem__",
            class_getitem,
            BuiltinKind::ClassMethod,
        );
    }
}

/// `cls[item]` for classes that are generic: a `GenericAlias` of `cls`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__class_getitem__", &args, 2, 2)?;
    Ok(new_alias(vm, args.pos[0].clone(), args.pos[1].clone()))
}

/// A `GenericAlias(origin, item)`; a tuple item gives several arguments.
pub fn new_alias(vm: &Vm, origin: Value, item: Value) -> Value {
    let args = match item {
        Value::Tuple(_) => item,
        other => Value::tuple(vec![other]),
    };
    native_instance(&vm.rt.types.generic_alias, GenericAlias { origin, args })
}

fn alias_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let args_tuple = match &args.pos[2] {
        Value::Tuple(_) => args.pos[2].clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    let data = GenericAlias {
        origin: args.pos[1].clone(),
        args: args_tuple,
    };
    // A Python subclass (collections.abc's alias for Callable) gets its own class.
    match &args.pos[0] {
        Value::Type(cls) if cls.is_subtype(&vm.rt.types.generic_alias) => {
            Ok(native_instance(cls, data))
        }
        _ => Ok(native_instance(&vm.rt.types.generic_alias, data)),
    }
}

/// The origin and arguments of the alias in `args.pos[0]`.
fn this(vm: &Vm, args: &Args, meth: &str) -> PyResult<(Value, Value)> {
    let found = args
        .pos
        .first()
        .and_then(native_data::<GenericAlias>)
        .map(|a| (a.origin.clone(), a.args.clone()));
    found.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' for 'types.GenericAlias' objects doesn't apply to this object"
        ))
    })
}

/// How a type hint's parts print: classes by (module-qualified) name, `...`
/// as itself, anything else by its repr.
pub(crate) fn hint_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".to_string()),
        Value::Type(t) => {
            let module = match t.dict.get_str("__module__") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => "builtins".to_string(),
            };
            let qualname = t.qualname.borrow().clone();
            Ok(if module == "builtins" {
                qualname
            } else {
                format!("{module}.{qualname}")
            })
        }
        _ => vm.repr_string(v),
    }
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (origin, items) = this(vm, &args, "__repr__")?;
    let mut out = hint_repr(vm, &origin)?;
    out.push('[');
    let items = match &items {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&hint_repr(vm, item)?);
    }
    out.push(']');
    Ok(Value::string(out))
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__eq__", &args, 2, 2)?;
    let (origin, items) = this(vm, &args, "__eq__")?;
    let other =
        native_data::<GenericAlias>(&args.pos[1]).map(|a| (a.origin.clone(), a.args.clone()));
    let Some((other_origin, other_items)) = other else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(
        vm.eq(&origin, &other_origin)? && vm.eq(&items, &other_items)?,
    ))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (origin, items) = this(vm, &args, "__hash__")?;
    let h = vm.hash(&origin)? ^ vm.hash(&items)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `list[int](...)` is `list(...)`.
fn alias_call(vm: &mut Vm, mut args: Args) -> PyResult {
    let (origin, _) = this(vm, &args, "__call__")?;
    args.pos.remove(0);
    vm.call(&origin, args)
}

/// `class Names(list[str])` subclasses `list`.
fn alias_mro_entries(vm: &mut Vm, args: Args) -> PyResult {
    let (origin, _) = this(vm, &args, "__mro_entries__")?;
    Ok(Value::tuple(vec![origin]))
}

/// `__origin__`, `__args__`, `__parameters__`; other attributes come from the
/// origin class (`list[int].append` is `list.append`), as in CPython.
fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__getattr__", &args, 2, 2)?;
    let (origin, items) = this(vm, &args, "__getattr__")?;
    let name = match &args.pos[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    match name.as_str() {
        "__origin__" => Ok(origin),
        "__args__" => Ok(items),
        "__parameters__" => Ok(Value::tuple(parameters(vm, &items)?)),
        // These are the alias's own, never the origin's (CPython's list).
        "__class__"
        | "__unpacked__"
        | "__typing_unpacked_tuple_args__"
        | "__mro_entries__"
        | "__reduce_ex__"
        | "__reduce__"
        | "__copy__"
        | "__deepcopy__" => Err(vm.attribute_error(format!(
            "'types.GenericAlias' object has no attribute '{name}'"
        ))),
        _ => vm.get_attr_str(&origin, &name),
    }
}

/// `obj.name`, or None when `obj` has no such attribute.
fn optional_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match vm.get_attr_str(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of(&vm.exc_type("AttributeError")) => Ok(None),
        Err(e) => Err(e),
    }
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn position(params: &[Value], v: &Value) -> Option<usize> {
    params.iter().position(|p| p.is(v))
}

/// The type variables in `args` (a tuple), in order of first appearance:
/// arguments with `__typing_subst__` themselves, and the `__parameters__` of
/// arguments that have them. Classes are skipped, as CPython does.
fn parameters(vm: &mut Vm, args: &Value) -> PyResult<Vec<Value>> {
    let mut found: Vec<Value> = Vec::new();
    for arg in tuple_items(args) {
        if matches!(arg, Value::Type(_)) {
            continue;
        }
        if optional_attr(vm, &arg, "__typing_subst__")?.is_some() {
            if position(&found, &arg).is_none() {
                found.push(arg);
            }
            continue;
        }
        if let Some(Value::Tuple(inner)) = optional_attr(vm, &arg, "__parameters__")? {
            for p in inner.items.iter() {
                if position(&found, p).is_none() {
                    found.push(p.clone());
                }
            }
        }
    }
    Ok(found)
}

/// `alias[items]`: the alias with its type variables replaced, in order, by
/// `items` (each passed through the variable's `__typing_subst__`).
fn alias_getitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("__getitem__", &args, 2, 2)?;
    let (origin, own) = this(vm, &args, "__getitem__")?;
    let params = parameters(vm, &own)?;
    if params.is_empty() {
        let shown = vm.repr_string(&args.pos[0])?;
        return Err(vm.type_error(format!("{shown} is not a generic class")));
    }
    let items = match &args.pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    if items.len() != params.len() {
        let shown = vm.repr_string(&args.pos[0])?;
        let word = if items.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(vm.type_error(format!(
            "Too {word} arguments for {shown}; actual {}, expected {}",
            items.len(),
            params.len()
        )));
    }
    let mut replaced = Vec::new();
    for arg in tuple_items(&own) {
        if matches!(arg, Value::Type(_)) {
            replaced.push(arg);
            continue;
        }
        if let Some(subst) = optional_attr(vm, &arg, "__typing_subst__")? {
            let i = position(&params, &arg).unwrap_or(0);
            replaced.push(vm.call1(&subst, items[i].clone())?);
            continue;
        }
        match optional_attr(vm, &arg, "__parameters__")? {
            Some(Value::Tuple(inner)) if !inner.items.is_empty() => {
                let sub: Vec<Value> = inner
                    .items
                    .iter()
                    .map(|p| position(&params, p).map_or(p.clone(), |i| items[i].clone()))
                    .collect();
                replaced.push(vm.get_item(&arg, &Value::tuple(sub))?);
            }
            _ => replaced.push(arg),
        }
    }
    Ok(new_alias(vm, origin, Value::tuple(replaced)))
}
