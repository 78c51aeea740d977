//! `_functools`: `reduce` and `partial`, native as in CPython because both sit
//! on hot paths (a `reduce` over a long list, a `partial` called per item).
//! The rest of `functools` (`lru_cache`, `wraps`, `total_ordering`, ...) is
//! Python in `stdlib/functools.py`, which imports these two.

use std::cell::RefCell;
use std::rc::Rc;

use super::clinic::{positional, take_cls};
use super::{native_data, native_instance, native_type, new_module, this};
use crate::dict::DictObj;
use crate::function::{Args, NativeFn};
use crate::module::ModuleObj;
use crate::object::{InstanceObj, Payload, TypeObj};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_functools", &[("reduce", reduce)]);
    let mut partial = native_type(
        vm,
        "functools",
        "partial",
        Some(partial_new),
        &[("__call__", partial_call), ("__repr__", partial_repr)],
    );
    // Like CPython's partial objects, instances take arbitrary attributes
    // (`update_wrapper` sets `__name__`, `__doc__`, ... on them).
    if let Some(t) = Rc::get_mut(&mut partial) {
        t.has_instance_dict = true;
    }
    let getters: [(&str, NativeFn); 3] = [
        ("func", partial_func),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ];
    for (name, getter) in getters {
        partial
            .dict
            .set_str(name, readonly_property(vm, &partial, name, getter));
    }
    m.dict.set_str("partial", Value::Type(partial));
    Ok(m)
}

/// A read-only attribute of a native class: a property whose getter is `getter`.
fn readonly_property(vm: &Vm, _owner: &Rc<TypeObj>, name: &'static str, getter: NativeFn) -> Value {
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(vm.rt.types.property.clone()),
        dict: None,
        payload: Payload::Property {
            fget: vm.new_builtin(name, getter),
            fset: vm.new_builtin(name, readonly_attribute),
            fdel: Value::None,
            doc: Value::None,
        },
    }))
}

/// The setter of a read-only attribute.
fn readonly_attribute(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    positional(vm, "reduce", &args, 2, 3)?;
    let func = &args.pos[0];
    let it = vm.get_iter(&args.pos[1]).map_err(|e| {
        if e.is_instance_of(&vm.exc_type("TypeError")) {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = args.pos.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => vm.call2(func, a, x)?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

struct Partial {
    func: Value,
    args: Rc<[Value]>,
    keywords: Rc<DictObj>,
}

fn partial_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "partial")?;
    if args.pos.is_empty() {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args.pos.remove(0);
    if !crate::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = Vec::new();
    let keywords = DictObj::new();
    // partial(partial(f, a), b) is partial(f, a, b) when neither is a subclass.
    let inner = if cls.builtin && vm.type_of(&func).builtin {
        native_data::<Partial>(&func).map(|p| (p.func.clone(), p.args.clone(), p.keywords.clone()))
    } else {
        None
    };
    if let Some((f, a, k)) = inner {
        func = f;
        pos.extend(a.iter().cloned());
        for (key, v) in k.items() {
            keywords.set(vm, key, v)?;
        }
    }
    pos.extend(args.pos);
    for (k, v) in args.kw {
        keywords.set(vm, Value::Str(k), v)?;
    }
    Ok(native_instance(
        &cls,
        Partial {
            func,
            args: pos.into(),
            keywords: Rc::new(keywords),
        },
    ))
}

fn partial_call(vm: &mut Vm, mut args: Args) -> PyResult {
    let (func, stored, keywords) = {
        let p = this::<Partial>(vm, &args, "partial", "__call__")?;
        (p.func.clone(), p.args.clone(), p.keywords.clone())
    };
    let mut pos: smallvec::SmallVec<[Value; 6]> = stored.iter().cloned().collect();
    pos.extend(args.pos.drain(1..));
    let mut kw: Vec<(Rc<StrObj>, Value)> = Vec::with_capacity(keywords.len() + args.kw.len());
    for (k, v) in keywords.items() {
        let Value::Str(k) = k else {
            return Err(vm.type_error("keywords must be strings"));
        };
        if !args.kw.iter().any(|(name, _)| name.as_str() == k.as_str()) {
            kw.push((k, v));
        }
    }
    kw.extend(args.kw);
    vm.call(&func, Args { pos, kw })
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (func, stored, keywords) = {
        let p = this::<Partial>(vm, &args, "partial", "__repr__")?;
        (p.func.clone(), p.args.clone(), p.keywords.clone())
    };
    let t = vm.type_of(&args.pos[0]);
    let name = if t.builtin {
        "functools.partial".to_string()
    } else {
        t.name.clone()
    };
    vm.enter_recursion(" while getting the repr of an object")?;
    let parts = (|| {
        let mut parts = vec![vm.repr_string(&func)?];
        for a in stored.iter() {
            parts.push(vm.repr_string(a)?);
        }
        for (k, v) in keywords.items() {
            let k = vm.str_string(&k)?;
            parts.push(format!("{k}={}", vm.repr_string(&v)?));
        }
        Ok(parts)
    })();
    vm.leave_recursion();
    Ok(Value::string(format!("{name}({})", parts?.join(", "))))
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this::<Partial>(vm, &args, "partial", "func")?.func.clone())
}

fn partial_args(vm: &mut Vm, args: Args) -> PyResult {
    let stored = this::<Partial>(vm, &args, "partial", "args")?.args.clone();
    Ok(Value::tuple(stored.to_vec()))
}

fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult {
    let k = this::<Partial>(vm, &args, "partial", "keywords")?
        .keywords
        .clone();
    Ok(Value::Dict(k))
}
