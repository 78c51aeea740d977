//! The methods of `object`, `type`, `BaseException` and generators, console
//! I/O, and the import system.

use std::io::Write;
use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::{Args, BuiltinKind};
use crate::object::{Layout, Payload};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let object = vm.rt.types.object.clone();
    vm.add_method(&object, "__init__", |_, _| Ok(Value::None));
    vm.add_native(&object, "__new__", object_new, BuiltinKind::StaticMethod);
    vm.add_method(&object, "__repr__", |vm, a| {
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        let ty = vm.type_of(&this);
        let module = match ty.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        Ok(Value::string(format!(
            "<{}{} object at {:#x}>",
            module,
            ty.qualname.borrow(),
            this.id()
        )))
    });
    vm.add_method(&object, "__str__", |vm, a| {
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        Ok(Value::Str(vm.repr(&this)?))
    });
    vm.add_method(&object, "__hash__", |vm, a| {
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        Ok(Value::Int(vm.hash(&this)?))
    });
    vm.add_method(&object, "__eq__", |_, a| {
        Ok(if a.pos.len() == 2 && a.pos[0].is(&a.pos[1]) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        })
    });
    vm.add_method(&object, "__ne__", |vm, a| {
        if a.pos.len() != 2 {
            return Ok(Value::NotImplemented);
        }
        // As CPython's object.__ne__: the type's own __eq__, not the whole
        // `==` protocol (no reflected operand, no identity fallback).
        let r = match vm.lookup_special(&a.pos[0], "__eq__") {
            Some(eq) => vm.call_method_with(&eq, &a.pos[0], Args::new([a.pos[1].clone()]))?,
            None => vm.rich_compare(&a.pos[0], &a.pos[1], weft_compiler::ast::CmpOp::Eq)?,
        };
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        Ok(Value::Bool(!vm.is_true(&r)?))
    });
    vm.add_method(&object, "__setattr__", |vm, a| {
        vm.check_args("__setattr__", &a, 3, 3)?;
        let Value::Str(name) = &a.pos[1] else {
            return Err(vm.type_error("attribute name must be string"));
        };
        vm.generic_set_attr(&a.pos[0], name, a.pos[2].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&object, "__getattribute__", |vm, a| {
        vm.check_args("__getattribute__", &a, 2, 2)?;
        let Value::Str(name) = &a.pos[1] else {
            return Err(vm.type_error("attribute name must be string"));
        };
        vm.generic_get_attr(&a.pos[0], name)
    });
    vm.add_method(&object, "__delattr__", |vm, a| {
        vm.check_args("__delattr__", &a, 2, 2)?;
        let Value::Str(name) = &a.pos[1] else {
            return Err(vm.type_error("attribute name must be string"));
        };
        if let Value::Instance(i) = &a.pos[0] {
            if let Some(d) = i.dict() {
                if d.del_str(name.as_str()).is_some() {
                    return Ok(Value::None);
                }
            }
        }
        Err(vm.no_attribute(&a.pos[0], name.as_str()))
    });
    vm.add_method(&object, "__format__", |vm, a| {
        vm.check_args("__format__", &a, 2, 2)?;
        match &a.pos[1] {
            Value::Str(s) if s.as_str().is_empty() => Ok(Value::Str(vm.str(&a.pos[0])?)),
            _ => Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(&a.pos[0])
            ))),
        }
    });
    vm.add_native(
        &object,
        "__init_subclass__",
        |vm, a| {
            if a.kw.is_empty() {
                return Ok(Value::None);
            }
            let name = match a.pos.first() {
                Some(Value::Type(t)) => t.name.clone(),
                _ => "object".to_string(),
            };
            Err(vm.type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )))
        },
        BuiltinKind::ClassMethod,
    );

    for t in [
        vm.rt.types.int.clone(),
        vm.rt.types.bool_.clone(),
        vm.rt.types.float.clone(),
        vm.rt.types.str.clone(),
    ] {
        vm.add_method(&t, "__format__", crate::strformat::builtin_dunder_format);
    }

    let type_ = vm.rt.types.type_.clone();
    vm.add_native(
        &type_,
        "__new__",
        type_dunder_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_method(&type_, "__call__", type_dunder_call);
    vm.add_method(&type_, "__init__", |_, _| Ok(Value::None));
    // Reached through `super().__repr__()` in a metaclass's own `__repr__`.
    vm.add_method(&type_, "__repr__", |vm, a| match a.pos.first() {
        Some(Value::Type(t)) => Ok(Value::string(crate::repr::class_repr(t))),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("descriptor '__repr__' of 'type' object needs an argument")),
    });
    vm.add_method(&type_, "__setattr__", |vm, a| {
        vm.check_args("__setattr__", &a, 3, 3)?;
        match (&a.pos[0], &a.pos[1]) {
            (Value::Type(t), Value::Str(name)) => {
                vm.type_set_attr(t, name, a.pos[2].clone())?;
                Ok(Value::None)
            }
            (Value::Type(_), _) => Err(vm.type_error("attribute name must be string")),
            (other, _) => Err(vm.type_error(format!(
                "descriptor '__setattr__' requires a 'type' object but received a '{}'",
                vm.type_name(other)
            ))),
        }
    });
    vm.add_method(&type_, "__delattr__", |vm, a| {
        vm.check_args("__delattr__", &a, 2, 2)?;
        match (&a.pos[0], &a.pos[1]) {
            (Value::Type(t), Value::Str(name)) => {
                vm.type_del_attr(t, name)?;
                Ok(Value::None)
            }
            (Value::Type(_), _) => Err(vm.type_error("attribute name must be string")),
            (other, _) => Err(vm.type_error(format!(
                "descriptor '__delattr__' requires a 'type' object but received a '{}'",
                vm.type_name(other)
            ))),
        }
    });
    vm.add_method(&type_, "mro", |vm, a| match a.pos.first() {
        Some(Value::Type(t)) => Ok(Value::list(
            t.mro().map(|x| Value::Type(x.clone())).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    });
    crate::builtins::init_class_checks(vm);

    let base_exc = vm.exc_type("BaseException");
    vm.add_method(&base_exc, "__init__", |_, a| {
        if let Some(Value::Instance(i)) = a.pos.first() {
            if let Some(e) = i.exc() {
                e.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
            }
        }
        Ok(Value::None)
    });
    vm.add_method(&base_exc, "__str__", |vm, a| {
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        Ok(Value::string(vm.exception_str(&this)?))
    });
    vm.add_method(&base_exc, "__repr__", |vm, a| {
        let this = a.pos.first().cloned().unwrap_or(Value::None);
        let Value::Instance(i) = &this else {
            return Ok(Value::str(""));
        };
        let ty = i.class();
        let args = i
            .exc()
            .map(|e| e.borrow().args.clone())
            .unwrap_or(Value::None);
        let inner = match &args {
            Value::Tuple(t) if t.items.len() == 1 => vm.repr_string(&t.items[0])?,
            Value::Tuple(t) => {
                let r = vm.repr_string(&Value::Tuple(t.clone()))?;
                r.trim_start_matches('(')
                    .trim_end_matches(')')
                    .trim_end_matches(',')
                    .to_string()
            }
            _ => String::new(),
        };
        Ok(Value::string(format!("{}({})", ty.name, inner)))
    });
    vm.add_method(&base_exc, "with_traceback", |vm, a| {
        vm.check_args("with_traceback", &a, 2, 2)?;
        let exc = a.pos[0].clone();
        if let Value::Instance(i) = &exc {
            if let Some(data) = i.exc() {
                crate::traceback::set_traceback(vm, &mut data.borrow_mut(), &a.pos[1])?;
            }
        }
        Ok(exc)
    });
    vm.add_method(&base_exc, "add_note", |vm, a| {
        vm.check_args("add_note", &a, 2, 2)?;
        let Value::Str(note) = &a.pos[1] else {
            return Err(vm.type_error(format!(
                "note must be a str, not '{}'",
                vm.type_name(&a.pos[1])
            )));
        };
        if let Value::Instance(i) = &a.pos[0] {
            if let Some(e) = i.exc() {
                e.borrow_mut().notes.push(note.as_str().to_string());
            }
        }
        Ok(Value::None)
    });

    // `function.__get__(obj, type=None)`: what attribute lookup does
    // implicitly, callable explicitly (functools.partialmethod uses it).
    let function = vm.rt.types.function.clone();
    vm.add_method(&function, "__get__", |vm, a| {
        vm.check_args("__get__", &a, 2, 3)?;
        let f = a.pos[0].clone();
        if !matches!(f, Value::Function(_)) {
            return Err(vm.type_error("descriptor '__get__' requires a 'function' object"));
        }
        if a.pos[1].is_none() {
            return Ok(f);
        }
        Ok(Value::BoundMethod(Rc::new(crate::function::BoundMethod {
            func: f,
            this: a.pos[1].clone(),
        })))
    });
    let gen = vm.rt.types.generator.clone();
    vm.add_method(&gen, "send", |vm, a| {
        vm.check_args("send", &a, 2, 2)?;
        let Value::Generator(g) = &a.pos[0] else {
            return Err(vm.type_error("send() on a non-generator"));
        };
        match vm.gen_send(g, a.pos[1].clone())? {
            crate::frame::SendResult::Yielded(v) => Ok(v),
            crate::frame::SendResult::Returned(v) => Err(vm.stop_iteration(v)),
        }
    });
    vm.add_method(&gen, "__next__", |vm, a| {
        let Some(Value::Generator(g)) = a.pos.first() else {
            return Err(vm.type_error("__next__ on a non-generator"));
        };
        match vm.gen_send(g, Value::None)? {
            crate::frame::SendResult::Yielded(v) => Ok(v),
            crate::frame::SendResult::Returned(v) => Err(vm.stop_iteration(v)),
        }
    });
    vm.add_method(&gen, "__iter__", |_, a| {
        Ok(a.pos.first().cloned().unwrap_or(Value::None))
    });
    vm.add_method(&gen, "throw", |vm, a| {
        vm.check_args("throw", &a, 2, 4)?;
        let Value::Generator(g) = &a.pos[0] else {
            return Err(vm.type_error("throw() on a non-generator"));
        };
        let mut exc = a.pos[1].clone();
        // throw(type, value): value itself when it is an instance of type,
        // else type(*value) for a tuple, else type(value).
        if let (Value::Type(t), Some(v)) = (&exc, a.pos.get(2)) {
            if vm.is_instance(v, t) {
                exc = v.clone();
            } else if let Value::Tuple(items) = v {
                exc = vm.call(&exc, Args::new(items.items.iter().cloned()))?;
            } else if !v.is_none() {
                exc = vm.call1(&exc, v.clone())?;
            }
        }
        let err = vm.make_raisable(exc)?;
        match vm.gen_resume(g, Value::None, Some(err))? {
            crate::frame::SendResult::Yielded(v) => Ok(v),
            crate::frame::SendResult::Returned(v) => Err(vm.stop_iteration(v)),
        }
    });
    vm.add_method(&gen, "close", |vm, a| {
        let Some(Value::Generator(g)) = a.pos.first() else {
            return Err(vm.type_error("close() on a non-generator"));
        };
        if matches!(
            g.state.get(),
            crate::generator::GenState::Created | crate::generator::GenState::Finished
        ) {
            g.state.set(crate::generator::GenState::Finished);
            *g.frame.borrow_mut() = None;
            return Ok(Value::None);
        }
        let class = vm.exc_type("GeneratorExit");
        let err = vm.new_exception(&class, vec![]);
        match vm.gen_resume(g, Value::None, Some(err)) {
            Ok(crate::frame::SendResult::Yielded(_)) => {
                Err(vm.runtime_error("generator ignored GeneratorExit"))
            }
            Ok(crate::frame::SendResult::Returned(_)) => Ok(Value::None),
            Err(e)
                if e.is_instance_of(&vm.exc_type("GeneratorExit"))
                    || e.is_instance_of(&vm.exc_type("StopIteration")) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    });

    let super_ = vm.rt.types.super_.clone();
    vm.add_method(&super_, "__get__", crate::constructors::super_dunder_get);

    let property = vm.rt.types.property.clone();
    vm.add_method(&property, "getter", |vm, a| property_with(vm, a, 0));
    vm.add_method(&property, "setter", |vm, a| property_with(vm, a, 1));
    vm.add_method(&property, "deleter", |vm, a| property_with(vm, a, 2));

    let iterator = vm.rt.types.iterator.clone();
    vm.add_method(&iterator, "__next__", |vm, a| {
        let it = a.pos.first().cloned().unwrap_or(Value::None);
        match vm.next(&it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        }
    });
    vm.add_method(&iterator, "__iter__", |_, a| {
        Ok(a.pos.first().cloned().unwrap_or(Value::None))
    });

    vm.add_method(&property, "__get__", property_dunder_get);
    vm.add_method(&property, "__set__", |vm, a| {
        vm.check_args("__set__", &a, 3, 3)?;
        let (p, obj, value) = (a.pos[0].clone(), a.pos[1].clone(), a.pos[2].clone());
        let Some(Payload::Property { fset, .. }) = instance_payload(&p) else {
            return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
        };
        if fset.is_none() {
            return Err(property_error(vm, &p, &obj, "setter"));
        }
        vm.call2(&fset, obj, value)?;
        Ok(Value::None)
    });
    vm.add_method(&property, "__delete__", |vm, a| {
        vm.check_args("__delete__", &a, 2, 2)?;
        let (p, obj) = (a.pos[0].clone(), a.pos[1].clone());
        let Some(Payload::Property { fdel, .. }) = instance_payload(&p) else {
            return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
        };
        if fdel.is_none() {
            return Err(property_error(vm, &p, &obj, "deleter"));
        }
        vm.call1(&fdel, obj)?;
        Ok(Value::None)
    });
    let staticmethod = vm.rt.types.staticmethod.clone();
    vm.add_method(&staticmethod, "__get__", |vm, a| {
        get_args(vm, &a)?;
        match instance_payload(&a.pos[0]) {
            Some(Payload::StaticMethod(f)) => Ok(f),
            _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
        }
    });
    // Callable since 3.10: `staticmethod(f)(x)` is `f(x)`.
    vm.add_method(&staticmethod, "__call__", |vm, mut a| {
        let Some(Payload::StaticMethod(f)) = a.pos.first().and_then(instance_payload) else {
            return Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object"));
        };
        a.pos.remove(0);
        vm.call(&f, a)
    });
    let classmethod = vm.rt.types.classmethod.clone();
    vm.add_method(&classmethod, "__get__", |vm, a| {
        get_args(vm, &a)?;
        let Some(Payload::ClassMethod(f)) = instance_payload(&a.pos[0]) else {
            return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
        };
        let owner = match a.pos.get(2) {
            Some(t) if !t.is_none() => t.clone(),
            _ => Value::Type(vm.type_of(&a.pos[1])),
        };
        Ok(Value::BoundMethod(Rc::new(crate::function::BoundMethod {
            func: f,
            this: owner,
        })))
    });
    vm.rt
        .builtins
        .set_str("__import__", vm.new_builtin("__import__", builtin_import));

    vm.rt.builtins.set_str(
        "__build_class__",
        vm.new_builtin("__build_class__", |vm, a| vm.build_class(a)),
    );
}

/// The payload of an instance (a copy of the wrapper's parts), for the
/// descriptor methods of property, staticmethod and classmethod.
fn instance_payload(v: &Value) -> Option<Payload> {
    let Value::Instance(i) = v else {
        return None;
    };
    match &i.payload {
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => Some(Payload::Property {
            fget: fget.clone(),
            fset: fset.clone(),
            fdel: fdel.clone(),
            doc: doc.clone(),
        }),
        Payload::StaticMethod(f) => Some(Payload::StaticMethod(f.clone())),
        Payload::ClassMethod(f) => Some(Payload::ClassMethod(f.clone())),
        _ => None,
    }
}

/// "property 'x' of 'A' object has no setter", the property's name being
/// where it sits in the class of `obj` (CPython records it with `__set_name__`).
pub(crate) fn property_error(vm: &Vm, p: &Value, obj: &Value, what: &str) -> crate::vm::PyErr {
    let ty = vm.type_of(obj);
    let name = ty.mro().find_map(|t| {
        t.dict
            .items()
            .into_iter()
            .find(|(_, v)| v.is(p))
            .and_then(|(k, _)| k.as_str().map(str::to_string))
    });
    let prop = match name {
        Some(n) => format!("property '{n}'"),
        None => "property".to_string(),
    };
    vm.attribute_error(format!("{prop} of '{}' object has no {what}", ty.name))
}

/// `descr.__get__(obj, type=None)`: one or two arguments after the descriptor.
fn get_args(vm: &Vm, a: &Args) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    match a.pos.len() {
        2 | 3 if !(a.pos[1].is_none() && a.pos.get(2).is_none_or(Value::is_none)) => Ok(()),
        2 | 3 => Err(vm.type_error("__get__(None, None) is invalid")),
        n => Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            n.saturating_sub(1)
        ))),
    }
}

/// `prop.__get__(obj, type=None)`: the property itself when `obj` is None.
fn property_dunder_get(vm: &mut Vm, a: Args) -> PyResult {
    get_args(vm, &a)?;
    let Some(Payload::Property { fget, .. }) = instance_payload(&a.pos[0]) else {
        return Err(vm.type_error("descriptor '__get__' requires a 'property' object"));
    };
    if a.pos[1].is_none() {
        return Ok(a.pos[0].clone());
    }
    if fget.is_none() {
        return Err(property_error(vm, &a.pos[0], &a.pos[1], "getter"));
    }
    vm.call1(&fget, a.pos[1].clone())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// top package for `import a.b`, the module itself when `fromlist` is given
/// (importing the submodules it names, as `from a import b` does).
fn builtin_import(vm: &mut Vm, args: Args) -> PyResult {
    let a = crate::constructors::bind(
        vm,
        args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let Some(name) = a[0].clone() else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match a[4].clone().unwrap_or(Value::Int(0)) {
        Value::Int(l) => l,
        Value::Bool(b) => b as i64,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&other)
            )))
        }
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if name.as_str().is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let globals = match &a[1] {
        Some(Value::Dict(d)) => d.clone(),
        _ => Rc::new(DictObj::new()),
    };
    let fromlist = match a[3].clone().unwrap_or(Value::None) {
        Value::None => Vec::new(),
        other => vm.collect_iterable(&other)?,
    };
    let from_tuple = Value::tuple(fromlist.clone());
    let module = vm.import_name(&name, &from_tuple, &Value::Int(level), &globals)?;
    if !fromlist.is_empty() {
        if let Value::Module(m) = &module {
            let is_pkg = m.dict.get_str("__path__").is_some();
            for item in &fromlist {
                let Value::Str(sub) = item else {
                    return Err(vm.type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        vm.type_name(item)
                    )));
                };
                if !is_pkg || sub.as_str() == "*" || m.dict.get_str(sub.as_str()).is_some() {
                    continue;
                }
                let full = format!("{}.{}", m.name, sub.as_str());
                match vm.import_module(&full) {
                    Ok(_) => {}
                    Err(e) if e.is_instance_of(&vm.exc_type("ModuleNotFoundError")) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(module)
}

/// `prop.getter(f)` / `setter(f)` / `deleter(f)`: a copy of the property with one function replaced.
fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult {
    vm.check_args("property", &args, 2, 2)?;
    let Value::Instance(p) = &args.pos[0] else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Payload::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &p.payload
    else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = args.pos[1].clone();
    let (mut fget, mut fset, mut fdel) = (fget.clone(), fset.clone(), fdel.clone());
    let mut doc = doc.clone();
    match which {
        0 => {
            // A docstring taken from the old getter follows the new one.
            let from_getter = !fget.is_none()
                && vm
                    .get_attr_str(&fget, "__doc__")
                    .is_ok_and(|d| d.is(&doc) && !d.is_none());
            if from_getter || doc.is_none() {
                doc = vm.get_attr_str(&f, "__doc__").unwrap_or(Value::None);
            }
            fget = f;
        }
        1 => fset = f,
        _ => fdel = f,
    }
    let class = p.class();
    Ok(Value::Instance(Rc::new(crate::object::InstanceObj {
        dict_cell: class
            .has_instance_dict
            .then(|| std::cell::RefCell::new(Rc::new(DictObj::new()))),
        class: std::cell::RefCell::new(class),
        payload: Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    })))
}

/// `type.__new__(mcls, name, bases, namespace, **kwargs)`: makes a class
/// (metaclasses call it through `super().__new__`).
fn type_dunder_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let mcls = match args.pos.first() {
        Some(Value::Type(t)) if t.is_subtype(&vm.rt.types.type_) => t.clone(),
        Some(Value::Type(t)) => {
            return Err(vm.type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                t.name, t.name
            )))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    args.pos.remove(0);
    crate::constructors::type_new_class(vm, &mcls, args)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__` (what a
/// metaclass's own `__call__` reaches through `super().__call__`).
fn type_dunder_call(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"))
        }
    };
    args.pos.remove(0);
    vm.call_type(&cls, args)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(t)) => {
            let t = t.clone();
            // Classes whose instances carry a built-in value (int, list, ...,
            // and their subclasses) must be made by that type's `__new__`.
            let value_layout = matches!(
                t.layout,
                Layout::Int
                    | Layout::Float
                    | Layout::Str
                    | Layout::Bytes
                    | Layout::Tuple
                    | Layout::FrozenSet
                    | Layout::List
                    | Layout::Dict
                    | Layout::Set
            );
            if value_layout
                || (t.builtin && t.layout != Layout::Object && t.layout != Layout::Exception)
            {
                return Err(vm.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    t.name, t.name
                )));
            }
            let rest = Args::new(args.pos[1..].iter().cloned());
            vm.new_instance(&t, &rest)
        }
        Some(other) => Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

/// Bytes of stdout kept before they are written.
const STDOUT_BUFFER: usize = 1 << 16;

impl Vm {
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let must_flush = {
            let mut out = self.rt.stdout.borrow_mut();
            out.extend_from_slice(s.as_bytes());
            out.len() >= STDOUT_BUFFER || self.rt.stdout_line_buffered && s.contains('\n')
        };
        if must_flush && self.write_out(None).is_err() {
            return Err(self.error("BrokenPipeError", "[Errno 32] Broken pipe"));
        }
        Ok(())
    }

    /// Writes to stderr (unbuffered, after whatever stdout holds).
    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        let _ = self.write_out(Some(s.as_bytes().to_vec()));
        Ok(())
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.write_out(None);
    }

    /// Writes the buffered stdout bytes, then `stderr_bytes` to stderr, with
    /// the GIL released. The output lock is taken before the buffer is, so
    /// buffers reach the file descriptors in the order threads filled them.
    fn write_out(&mut self, stderr_bytes: Option<Vec<u8>>) -> std::io::Result<()> {
        if self.rt.stdout.borrow().is_empty() && stderr_bytes.is_none() {
            return Ok(());
        }
        let interp = self.interp.clone();
        let guard = match interp.output.try_lock() {
            Some(g) => g,
            None => self.allow_threads(|| interp.output.lock()),
        };
        let pending = std::mem::take(&mut *self.rt.stdout.borrow_mut());
        let sink = &interp.output_sink;
        self.allow_threads(move || {
            if let Some(sink) = sink.lock().as_mut() {
                let mut text = String::from_utf8_lossy(&pending).into_owned();
                if let Some(bytes) = stderr_bytes {
                    text.push_str(&String::from_utf8_lossy(&bytes));
                }
                sink(text);
                drop(guard);
                return Ok(());
            }
            let mut result = Ok(());
            if !pending.is_empty() {
                let mut out = std::io::stdout().lock();
                result = out.write_all(&pending).and_then(|_| out.flush());
            }
            if let Some(bytes) = stderr_bytes {
                let _ = std::io::stderr().write_all(&bytes);
            }
            drop(guard);
            result
        })
    }

    /// One line from standard input (with its newline), or None at end of input.
    pub fn read_line(&mut self) -> PyResult<Option<String>> {
        use crate::stdin::LineRead;
        self.flush_stdout();
        loop {
            let waker: crate::blocking::Waker = std::sync::Arc::new(crate::stdin::wake_reader);
            match self.blocking_wait(waker, crate::stdin::read_line) {
                LineRead::Line(bytes) if bytes.is_empty() => return Ok(None),
                LineRead::Line(bytes) => {
                    let codec = crate::methods::Codec::Utf8;
                    return crate::methods::decode_bytes(self, &bytes, codec, "strict").map(Some);
                }
                LineRead::Interrupted => self.handle_eval_breaker()?,
                LineRead::Failed(e) => return Err(self.error("OSError", e.to_string())),
            }
        }
    }

    /// Globals, locals namespace, code and base of the innermost executing frame.
    #[allow(clippy::type_complexity)]
    pub fn frame_info(
        &self,
    ) -> Option<(
        Rc<DictObj>,
        Option<Rc<DictObj>>,
        Rc<crate::function::Code>,
        usize,
    )> {
        self.frame_info_at(0)
    }

    /// [`Vm::frame_info`] of the frame `depth` calls out from the innermost one.
    #[allow(clippy::type_complexity)]
    pub fn frame_info_at(
        &self,
        depth: usize,
    ) -> Option<(
        Rc<DictObj>,
        Option<Rc<DictObj>>,
        Rc<crate::function::Code>,
        usize,
    )> {
        let index = self.frames.len().checked_sub(depth + 1)?;
        match self.frames.get(index)? {
            crate::frame::FrameRef::Function { base, .. } => {
                match self.stack.get(base.checked_sub(1)?)? {
                    Value::Function(f) => Some((f.globals.clone(), None, f.code.clone(), *base)),
                    _ => None,
                }
            }
            crate::frame::FrameRef::Namespace {
                globals,
                locals,
                code,
                base,
                ..
            } => Some((globals.clone(), locals.clone(), code.clone(), *base)),
        }
    }

    /// The (class, first argument) that a zero-argument `super()` means in the calling frame.
    pub fn zero_arg_super(&self) -> PyResult<(Value, Value)> {
        let no_args = || self.runtime_error("super(): no arguments");
        // A method that is a generator runs in a resumed frame that carries its
        // `__class__` cell; its first argument is in its first local slot.
        if let Some(crate::frame::FrameRef::Namespace {
            code,
            base,
            class_cell: Some(cell),
            ..
        }) = self.frames.last()
        {
            let c = &code.code;
            if c.argcount == 0 && c.flags & weft_compiler::bytecode::flags::VARARGS == 0 {
                return Err(no_args());
            }
            let first = match self.stack.get(*base) {
                Some(Value::Tuple(t)) if c.argcount == 0 => match t.items.first() {
                    Some(v) => v.clone(),
                    None => return Err(no_args()),
                },
                Some(v) if !v.is_null() => v.clone(),
                _ => return Err(self.runtime_error("super(): arg[0] deleted")),
            };
            let class = cell.value.borrow().clone();
            return match class {
                Value::Type(_) => Ok((class, first)),
                _ => Err(self.runtime_error("super(): empty __class__ cell")),
            };
        }
        let Some(crate::frame::FrameRef::Function { base, .. }) = self.frames.last() else {
            return Err(no_args());
        };
        let base = *base;
        let Some(Value::Function(f)) = base.checked_sub(1).and_then(|i| self.stack.get(i)) else {
            return Err(no_args());
        };
        let code = &f.code.code;
        if code.argcount == 0 && code.flags & weft_compiler::bytecode::flags::VARARGS == 0 {
            return Err(no_args());
        }
        let first = match self.stack.get(base) {
            Some(v) if !v.is_null() => v.clone(),
            _ => return Err(self.runtime_error("super(): arg[0] deleted")),
        };
        let first = match (&first, code.argcount) {
            (Value::Tuple(t), 0) => match t.items.first() {
                Some(v) => v.clone(),
                None => return Err(no_args()),
            },
            _ => first,
        };
        let Some(idx) = code.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let class = f
            .closure
            .get(idx)
            .map(|c| c.value.borrow().clone())
            .unwrap_or(Value::Null);
        match class {
            Value::Type(_) => Ok((class, first)),
            _ => Err(self.runtime_error("super(): empty __class__ cell")),
        }
    }

    pub fn current_globals(&self) -> Rc<DictObj> {
        self.frame_info()
            .map(|f| f.0)
            .unwrap_or_else(|| self.main_globals.clone())
    }

    /// `locals()`: the namespace of a module or class body, or a snapshot of a function's fast locals.
    pub fn current_locals(&self) -> Rc<DictObj> {
        let Some((globals, locals, code, base)) = self.frame_info() else {
            return self.main_globals.clone();
        };
        if let Some(l) = locals {
            return l;
        }
        if code.flags() & weft_compiler::bytecode::flags::OPTIMIZED == 0 {
            return globals;
        }
        let d = DictObj::new();
        for (i, name) in code.varnames.iter().enumerate() {
            if let Some(v) = self.stack.get(base + i) {
                if !v.is_null() {
                    d.set_strobj(name.clone(), v.clone());
                }
            }
        }
        Rc::new(d)
    }

    /// `import name` (the `ImportName` instruction).
    pub fn import_name(
        &mut self,
        name: &StrObj,
        fromlist: &Value,
        level: &Value,
        globals: &Rc<DictObj>,
    ) -> PyResult {
        let level = match level {
            Value::Int(l) => *l,
            _ => 0,
        };
        let full = if level > 0 {
            let pkg = match globals.get_str("__package__") {
                Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
                _ => match globals.get_str("__name__") {
                    Some(Value::Str(n)) => n
                        .as_str()
                        .rsplit_once('.')
                        .map(|(a, _)| a.to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                },
            };
            if pkg.is_empty() {
                return Err(self.error(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ));
            }
            let mut parts: Vec<&str> = pkg.split('.').collect();
            for _ in 1..level {
                parts.pop();
            }
            let base = parts.join(".");
            if name.as_str().is_empty() {
                base
            } else {
                format!("{base}.{}", name.as_str())
            }
        } else {
            name.as_str().to_string()
        };
        // Import every package on the way down.
        let mut module = Value::None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_module(&prefix)?;
        }
        let has_fromlist = matches!(fromlist, Value::Tuple(t) if !t.items.is_empty());
        if has_fromlist || level > 0 && name.as_str().is_empty() {
            return Ok(module);
        }
        if level > 0 {
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or("");
        self.import_module(top)
    }

    /// Finds and loads one module by absolute dotted name (sys.modules first).
    pub fn import_module(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.rt.modules.get_str(name) {
            return Ok(m);
        }
        if let Some(init) = crate::modules::find(name) {
            let m = init(self)?;
            let mv = Value::Module(m);
            self.rt.modules.set_str(name, mv.clone());
            return Ok(mv);
        }
        let module = self.find_and_load(name)?;
        // A submodule becomes an attribute of its package (`import a.b; a.b`).
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            if let Some(Value::Module(pm)) = self.rt.modules.get_str(parent) {
                pm.dict.set_str(leaf, module.clone());
            }
        }
        Ok(module)
    }

    /// Loads the module `name` from the search path or weft's stdlib (its
    /// package, if any, is already imported).
    fn find_and_load(&mut self, name: &str) -> PyResult {
        let (parent_dirs, leaf) = match name.rsplit_once('.') {
            Some((parent, leaf)) => {
                let pm = self.import_module(parent)?;
                let dirs = match &pm {
                    Value::Module(m) => match m.dict.get_str("__path__") {
                        Some(Value::List(l)) => l
                            .items
                            .borrow()
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect(),
                        Some(_) => Vec::new(),
                        None => {
                            let e = self.error(
                                "ModuleNotFoundError",
                                format!("No module named '{name}'; '{parent}' is not a package"),
                            );
                            if let Some(d) = e.0.dict() {
                                d.set_str("name", Value::str(name));
                            }
                            return Err(e);
                        }
                    },
                    _ => Vec::new(),
                };
                (dirs, leaf.to_string())
            }
            None => (self.search_path(), name.to_string()),
        };
        for dir in parent_dirs {
            let pkg_init = std::path::Path::new(&dir).join(&leaf).join("__init__.py");
            let file = std::path::Path::new(&dir).join(format!("{leaf}.py"));
            if pkg_init.is_file() {
                let pkg_dir = std::path::Path::new(&dir)
                    .join(&leaf)
                    .to_string_lossy()
                    .to_string();
                return self.load_source_module(name, &pkg_init.to_string_lossy(), Some(pkg_dir));
            }
            if file.is_file() {
                return self.load_source_module(name, &file.to_string_lossy(), None);
            }
        }
        if let Some((src, is_pkg)) = crate::stdlib_source(name) {
            let pkg_dir = is_pkg.then(|| format!("<weft stdlib>/{}", name.replace('.', "/")));
            return self.load_module_from_text(name, &format!("<frozen {name}>"), src, pkg_dir);
        }
        let e = self.error("ModuleNotFoundError", format!("No module named '{name}'"));
        if let Some(d) = e.0.dict() {
            d.set_str("name", Value::str(name));
        }
        Err(e)
    }

    fn search_path(&self) -> Vec<String> {
        match self.rt.modules.get_str("sys") {
            Some(Value::Module(sys)) => match sys.dict.get_str("path") {
                Some(Value::List(l)) => l
                    .items
                    .borrow()
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn load_source_module(&mut self, name: &str, path: &str, pkg_dir: Option<String>) -> PyResult {
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => return Err(self.error("ImportError", format!("cannot read {path}: {e}"))),
        };
        self.load_module_from_text(name, path, &src, pkg_dir)
    }

    fn load_module_from_text(
        &mut self,
        name: &str,
        path: &str,
        src: &str,
        pkg_dir: Option<String>,
    ) -> PyResult {
        let module = self.new_module(name);
        module.dict.set_str("__file__", Value::str(path));
        let package = if let Some(dir) = &pkg_dir {
            module
                .dict
                .set_str("__path__", Value::list(vec![Value::str(dir)]));
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        module.dict.set_str("__package__", Value::string(package));
        module
            .dict
            .set_str("__builtins__", Value::Dict(self.rt.builtins.clone()));
        let mv = Value::Module(module.clone());
        self.rt.modules.set_str(name, mv.clone());
        let result = crate::run_in_module(self, src, path, &module);
        if let Err(e) = result {
            self.rt.modules.del_str(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.rt.modules.get_str(name).unwrap_or(mv))
    }

    /// `from module import name` (the `ImportFrom` instruction).
    pub fn import_from(&mut self, module: &Value, name: &StrObj) -> PyResult {
        match self.get_attr(module, &Rc::new(StrObj::new(name.as_str()))) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => {
                if let Value::Module(m) = module {
                    let sub = format!("{}.{}", m.name, name.as_str());
                    if let Ok(v) = self.import_module(&sub) {
                        return Ok(v);
                    }
                    let location = match m.dict.get_str("__file__") {
                        Some(Value::Str(f)) => f.as_str().to_string(),
                        _ => "unknown location".to_string(),
                    };
                    let msg = format!(
                        "cannot import name '{}' from '{}' ({})",
                        name.as_str(),
                        m.name,
                        location
                    );
                    return Err(self.error("ImportError", msg));
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, module: &Value, ns: &Rc<DictObj>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let names: Vec<Value> = match m.dict.get_str("__all__") {
            Some(all) => self.collect_iterable(&all)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| !k.as_str().is_some_and(|s| s.starts_with('_')))
                .collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let v = self.get_attr(module, s)?;
                ns.set_strobj(s.clone(), v);
            }
        }
        Ok(())
    }

    pub fn payload_of(v: &Value) -> Option<&Payload> {
        match v {
            Value::Instance(i) => Some(&i.payload),
            _ => None,
        }
    }
}
