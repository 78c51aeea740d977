//! Subclasses of the built-in value types (`class Money(int)`, `class Registry(dict)`).
//!
//! An instance of such a class is an [`InstanceObj`] whose payload is
//! [`Payload::Builtin`]: the plain int, str, list, dict, ... value the instance
//! *is*. Built-in methods unwrap that value (`methods::builtin_self` and the
//! `*_of` helpers), so every inherited method and operator works on it, while the
//! instance keeps its own class and `__dict__`; mutable values (list, dict, set)
//! are shared, so mutation through either side is seen by both.
//!
//! This module gives the built-in types the `__new__` and `__init__` CPython's
//! have, because that is where such instances are made: `__new__` builds the
//! value (immutable types consume their arguments there, so `MyInt("7")` and
//! `super().__new__(cls, v)` work), `__init__` fills it (list, dict and set take
//! their arguments there, so a subclass's `__init__` can call
//! `super().__init__(items)`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::{Args, BuiltinKind};
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::set::SetObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type ValueType = (Layout, crate::function::NativeFn, crate::function::NativeFn);

/// The value types a class can inherit from, with their `__new__` and `__repr__`.
const VALUE_TYPES: &[ValueType] = &[
    (Layout::Int, int_new, int_repr),
    (Layout::Float, float_new, float_repr),
    (Layout::Str, str_new, str_repr),
    (Layout::Bytes, bytes_new, bytes_repr),
    (Layout::Tuple, tuple_new, tuple_repr),
    (Layout::FrozenSet, frozenset_new, frozenset_repr),
    (Layout::List, list_new, list_repr),
    (Layout::Dict, dict_new, dict_repr),
    (Layout::Set, set_new, set_repr),
];

pub fn init(vm: &mut Vm) {
    for &(layout, new, repr) in VALUE_TYPES {
        if let Some(t) = value_type(vm, layout) {
            vm.add_native(&t, "__new__", new, BuiltinKind::StaticMethod);
            vm.add_method(&t, "__repr__", repr);
        }
    }
    let types = vm.rt.clone();
    let t = &types.types;
    vm.add_method(&t.list, "__init__", list_init);
    vm.add_method(&t.dict, "__init__", dict_init);
    vm.add_method(&t.set, "__init__", set_init);
    // property, staticmethod and classmethod can be subclassed
    // (`abc.abstractproperty`, ...): `__new__` builds the descriptor with the
    // subclass as its class, `__init__` accepts the same arguments.
    for ty in [&t.property, &t.staticmethod, &t.classmethod] {
        vm.add_native(ty, "__new__", descriptor_new, BuiltinKind::StaticMethod);
        vm.add_method(ty, "__init__", |_, _| Ok(Value::None));
    }
}

/// `property.__new__(cls, *args)` (and staticmethod's, classmethod's).
fn descriptor_new(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("__new__(): not enough arguments"));
    }
    match args.pos.remove(0) {
        Value::Type(cls)
            if matches!(
                cls.layout,
                Layout::Property | Layout::StaticMethod | Layout::ClassMethod
            ) =>
        {
            crate::constructors::construct_builtin(vm, &cls, args)
        }
        other => Err(vm.type_error(format!(
            "__new__(X): X is not a subtype of a descriptor type ({})",
            vm.type_name(&other)
        ))),
    }
}

/// The built-in type whose instances have `layout`, for the value layouts.
fn value_type(vm: &Vm, layout: Layout) -> Option<Rc<TypeObj>> {
    let t = &vm.rt.types;
    Some(match layout {
        Layout::Int => t.int.clone(),
        Layout::Float => t.float.clone(),
        Layout::Str => t.str.clone(),
        Layout::Bytes => t.bytes.clone(),
        Layout::Tuple => t.tuple.clone(),
        Layout::FrozenSet => t.frozenset.clone(),
        Layout::List => t.list.clone(),
        Layout::Dict => t.dict.clone(),
        Layout::Set => t.set.clone(),
        _ => return None,
    })
}

macro_rules! value_new {
    ($($f:ident => $layout:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult {
            value_new(vm, args, Layout::$layout)
        })*
    };
}

value_new! {
    int_new => Int,
    float_new => Float,
    str_new => Str,
    bytes_new => Bytes,
    tuple_new => Tuple,
    frozenset_new => FrozenSet,
    list_new => List,
    dict_new => Dict,
    set_new => Set,
}

/// `T.__new__(cls, *args, **kwargs)` for a built-in value type `T`: the value
/// itself when `cls` is `T`, else an instance of `cls` wrapping it.
fn value_new(vm: &mut Vm, mut args: Args, layout: Layout) -> PyResult {
    let Some(base) = value_type(vm, layout) else {
        return Err(vm.error("SystemError", "__new__ of a type without a value layout"));
    };
    let name = base.name.clone();
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    }
    let cls = match args.pos.remove(0) {
        Value::Type(t) => t,
        other => {
            return Err(vm.type_error(format!(
                "{name}.__new__(X): X is not a type object ({})",
                vm.type_name(&other)
            )))
        }
    };
    if !cls.is_subtype(&base) {
        return Err(vm.type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            cls.name, cls.name
        )));
    }
    if cls.layout != layout {
        return Err(vm.type_error(format!(
            "{name}.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        )));
    }
    // Mutable containers start empty: their `__init__` takes the arguments.
    let value = match layout {
        Layout::List => Value::list(vec![]),
        Layout::Dict => Value::Dict(Rc::new(DictObj::new())),
        Layout::Set => Value::Set(Rc::new(SetObj::new())),
        _ => crate::constructors::construct_builtin(vm, &base, args)?,
    };
    if Rc::ptr_eq(&cls, &base) {
        return Ok(value);
    }
    Ok(wrap(&cls, value))
}

/// An instance of `cls` (a subclass of a built-in value type) holding `value`.
pub fn wrap(cls: &Rc<TypeObj>, value: Value) -> Value {
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(cls.clone()),
        dict_cell: cls
            .has_instance_dict
            .then(|| RefCell::new(Rc::new(DictObj::new()))),
        payload: Payload::Builtin(value),
    }))
}

macro_rules! value_repr {
    ($($f:ident => $layout:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult {
            value_repr(vm, args, Layout::$layout)
        })*
    };
}

value_repr! {
    int_repr => Int,
    float_repr => Float,
    str_repr => Str,
    bytes_repr => Bytes,
    tuple_repr => Tuple,
    frozenset_repr => FrozenSet,
    list_repr => List,
    dict_repr => Dict,
    set_repr => Set,
}

/// `int.__repr__(self)`, `dict.__repr__(self)`, ...: the repr of the built-in
/// value, also for an instance of a subclass that overrides `__repr__`.
fn value_repr(vm: &mut Vm, args: Args, layout: Layout) -> PyResult {
    let owner = value_type(vm, layout)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let Some(this) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '__repr__' of '{owner}' object needs an argument"
        )));
    };
    vm.check_args("__repr__", &args, 1, 1)?;
    let this_type = vm.type_of(this);
    // bool is an int (its repr is its own), the others must have this layout.
    let applies =
        this_type.layout == layout || (layout == Layout::Int && this_type.layout == Layout::Bool);
    if !applies {
        return Err(vm.type_error(format!(
            "descriptor '__repr__' requires a '{owner}' object but received a '{}'",
            vm.type_name(this)
        )));
    }
    let text = match this {
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(inner) => {
                let inner = inner.clone();
                vm.value_subclass_repr(&i.class(), &inner)?
            }
            _ => vm.repr_string(this)?,
        },
        _ => vm.repr_string(this)?,
    };
    Ok(Value::string(text))
}

/// `self` of a container `__init__`, unwrapped; CPython's descriptor error otherwise.
fn init_self(vm: &Vm, args: &mut Args, ty: &str) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '__init__' of '{ty}' object needs an argument"
        )));
    }
    let this = args.pos.remove(0);
    let inner = crate::ops::unwrap_builtin(&this).unwrap_or_else(|| this.clone());
    let ok = matches!(
        (&inner, ty),
        (Value::List(_), "list") | (Value::Dict(_), "dict") | (Value::Set(_), "set")
    );
    if !ok {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a '{ty}' object but received a '{}'",
            vm.type_name(&this)
        )));
    }
    Ok(inner)
}

fn at_most_one(vm: &Vm, args: &Args, ty: &str) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{ty} expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    Ok(())
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, mut args: Args) -> PyResult {
    let Value::List(l) = init_self(vm, &mut args, "list")? else {
        unreachable!("init_self checked the layout")
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    at_most_one(vm, &args, "list")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    if let Some(src) = args.pos.first() {
        let items = vm.collect_iterable(src)?;
        l.items.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: adds to the contents.
fn dict_init(vm: &mut Vm, mut args: Args) -> PyResult {
    let Value::Dict(d) = init_self(vm, &mut args, "dict")? else {
        unreachable!("init_self checked the layout")
    };
    at_most_one(vm, &args, "dict")?;
    if let Some(src) = args.pos.first() {
        crate::constructors::dict_update(vm, &d, src)?;
    }
    for (k, v) in args.kw {
        d.set_strobj(k, v);
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, mut args: Args) -> PyResult {
    let Value::Set(s) = init_self(vm, &mut args, "set")? else {
        unreachable!("init_self checked the layout")
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    at_most_one(vm, &args, "set")?;
    s.clear();
    if let Some(src) = args.pos.first() {
        let items = vm.collect_iterable(src)?;
        for x in items {
            s.add(vm, x)?;
        }
    }
    Ok(Value::None)
}

impl Vm {
    /// The built-in value inside `v` when `v` is an instance of a subclass of a
    /// built-in type whose class does not override `name` (the lookup finds the
    /// built-in's own method, or nothing): operators then act on the value
    /// directly, as CPython's type slots do.
    pub fn inherited_builtin_value(&self, v: &Value, name: &str) -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        let Payload::Builtin(inner) = &i.payload else {
            return None;
        };
        match i.class().lookup(name) {
            None | Some(Value::Builtin(_)) => Some(inner.clone()),
            _ => None,
        }
    }

    /// A special method that `v`'s metaclass defines in Python, when `v` is a
    /// class with a metaclass other than `type` (`len(cls)`, `iter(cls)`, ...).
    pub fn metaclass_special(&self, v: &Value, name: &str) -> Option<Value> {
        let Value::Type(t) = v else { return None };
        let meta = t.metaclass.borrow().clone()?;
        meta.lookup(name)
            .filter(|m| !matches!(m, Value::Builtin(_)))
    }

    /// `dict.__getitem__` on an instance of a dict subclass: the value, or
    /// `__missing__(key)` when the class defines it and the key is absent.
    pub fn dict_subclass_getitem(&mut self, obj: &Value, d: &Rc<DictObj>, key: &Value) -> PyResult {
        if let Some(v) = d.get(self, key)? {
            return Ok(v);
        }
        match self.lookup_special(obj, "__missing__") {
            Some(missing) => self.call_method_value(&missing, obj, key.clone()),
            None => Err(self.key_error(key.clone())),
        }
    }

    /// Calls a method found on a type with `obj` as self and one argument
    /// (binding descriptors such as staticmethod as the lookup would).
    fn call_method_value(&mut self, m: &Value, obj: &Value, arg: Value) -> PyResult {
        match m {
            Value::Function(_) | Value::Builtin(_) => self.call2(m, obj.clone(), arg),
            _ => {
                let bound = self.bind_descriptor(m.clone(), obj)?;
                self.call1(&bound, arg)
            }
        }
    }
}
