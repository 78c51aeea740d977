//! `_functools`: `reduce`, `partial` and `_lru_cache_wrapper`, native as in
//! CPython because they sit on hot paths (a `reduce` over a long list, a
//! `partial` called per item, a memoised function called per subproblem).
//! The rest of `functools` (`lru_cache` itself, `wraps`, `total_ordering`,
//! ...) is Python in `stdlib/functools.py`, which imports these.

use std::cell::RefCell;
use std::rc::Rc;

use super::clinic::{positional, take_cls};
use super::{native_data, native_instance, native_type_with_dict, new_module, this};
use crate::dict::DictObj;
use crate::function::{Args, NativeFn};
use crate::module::ModuleObj;
use crate::object::{InstanceObj, Payload, TypeObj};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_functools", &[("reduce", reduce)]);
    // Like CPython's partial objects, instances take arbitrary attributes
    // (`update_wrapper` sets `__name__`, `__doc__`, ... on them).
    let partial = native_type_with_dict(
        vm,
        "functools",
        "partial",
        Some(partial_new),
        &[("__call__", partial_call), ("__repr__", partial_repr)],
        true,
    );
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
    // update_wrapper() gives the wrapper the wrapped function's __name__,
    // __doc__, __wrapped__, ... and lru_cache() adds cache_parameters.
    let lru = native_type_with_dict(
        vm,
        "functools",
        "_lru_cache_wrapper",
        Some(lru_new),
        &[
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", lru_cache_info),
            ("cache_clear", lru_cache_clear),
            ("__copy__", lru_copy),
            ("__deepcopy__", lru_copy),
        ],
        true,
    );
    super::make_final(&lru);
    m.dict.set_str("_lru_cache_wrapper", Value::Type(lru));
    Ok(m)
}

/// A read-only attribute of a native class: a property whose getter is `getter`.
fn readonly_property(vm: &Vm, _owner: &Rc<TypeObj>, name: &'static str, getter: NativeFn) -> Value {
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(vm.rt.types.property.clone()),
        dict_cell: None,
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
        let p = this::<Partial>(vm, &args, "functools.partial", "__call__")?;
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
        let p = this::<Partial>(vm, &args, "functools.partial", "__repr__")?;
        (p.func.clone(), p.args.clone(), p.keywords.clone())
    };
    let t = vm.type_of(&args.pos[0]);
    let name = if t.builtin {
        "functools.partial".to_string()
    } else {
        t.name.clone()
    };
    if !vm.repr_enter(&args.pos[0]) {
        return Ok(Value::str("..."));
    }
    if let Err(e) = vm.enter_recursion(" while getting the repr of an object") {
        vm.repr_leave();
        return Err(e);
    }
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
    vm.repr_leave();
    Ok(Value::string(format!("{name}({})", parts?.join(", "))))
}

fn partial_func(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this::<Partial>(vm, &args, "functools.partial", "func")?
        .func
        .clone())
}

fn partial_args(vm: &mut Vm, args: Args) -> PyResult {
    let stored = this::<Partial>(vm, &args, "functools.partial", "args")?
        .args
        .clone();
    Ok(Value::tuple(stored.to_vec()))
}

fn partial_keywords(vm: &mut Vm, args: Args) -> PyResult {
    let k = this::<Partial>(vm, &args, "functools.partial", "keywords")?
        .keywords
        .clone();
    Ok(Value::Dict(k))
}

/// The state of one `lru_cache`-wrapped function (CPython's `lru_cache_object`).
struct LruCache {
    func: Value,
    /// `None`: unbounded; `Some(0)`: statistics only.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Value,
    /// Key to result, oldest first: a hit moves its key to the end and
    /// a full bounded cache evicts the first key.
    cache: Rc<DictObj>,
    /// Separates positional from keyword arguments in keys; unique per cache.
    kwd_mark: Value,
    hits: i64,
    misses: i64,
}

fn lru_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "_lru_cache_wrapper")?;
    let p = super::clinic::Params {
        fname: "_lru_cache_wrapper",
        names: &["user_function", "maxsize", "typed", "cache_info_type"],
        required: 4,
        max_positional: 4,
    }
    .bind(vm, args)?;
    let [Some(func), Some(maxsize), Some(typed), Some(cache_info_type)] =
        <[Option<Value>; 4]>::try_from(p).unwrap_or_default()
    else {
        return Err(vm.type_error("_lru_cache_wrapper() missing arguments"));
    };
    if !crate::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match &maxsize {
        Value::None => None,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Some(super::clinic::ssize(vm, &maxsize)?.max(0) as usize)
        }
        _ => return Err(vm.type_error("maxsize should be integer or None")),
    };
    let typed = vm.is_true(&typed)?;
    let kwd_mark = vm.new_instance(&vm.rt.types.object.clone(), &Args::default())?;
    Ok(native_instance(
        &cls,
        LruCache {
            func,
            maxsize,
            typed,
            cache_info_type,
            cache: Rc::new(DictObj::new()),
            kwd_mark,
            hits: 0,
            misses: 0,
        },
    ))
}

/// CPython's `lru_cache_make_key`: a lone int or str argument is its own
/// key; otherwise a tuple of the arguments, the keyword marker and the
/// keyword items, and with `typed` the types of all values.
fn make_key(vm: &Vm, args: &Args, typed: bool, kwd_mark: &Value) -> Value {
    if !typed && args.kw.is_empty() {
        if let [only @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))] = &args.pos[..] {
            return only.clone();
        }
        return Value::tuple(args.pos.to_vec());
    }
    let mut key: Vec<Value> = args.pos.to_vec();
    if !args.kw.is_empty() {
        key.push(kwd_mark.clone());
        for (k, v) in &args.kw {
            key.push(Value::Str(k.clone()));
            key.push(v.clone());
        }
    }
    if typed {
        key.extend(args.pos.iter().map(|v| Value::Type(vm.type_of(v))));
        key.extend(args.kw.iter().map(|(_, v)| Value::Type(vm.type_of(v))));
    }
    Value::tuple(key)
}

/// Calls the cached function. CPython calls the wrapper through `tp_call`,
/// which counts one level of recursion besides the function's own frame, so
/// memoised recursion reaches the limit at the same depth here.
fn lru_call(vm: &mut Vm, args: Args) -> PyResult {
    vm.enter_recursion(" while calling a Python object")?;
    let r = lru_call_counted(vm, args);
    vm.leave_recursion();
    r
}

fn lru_call_counted(vm: &mut Vm, mut args: Args) -> PyResult {
    let (func, maxsize, typed, cache, kwd_mark) = {
        let s = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "__call__")?;
        (
            s.func.clone(),
            s.maxsize,
            s.typed,
            s.cache.clone(),
            s.kwd_mark.clone(),
        )
    };
    let wrapper = args.pos.remove(0);
    let count = |hit: bool| {
        if let Some(mut s) = native_data::<LruCache>(&wrapper) {
            if hit {
                s.hits += 1;
            } else {
                s.misses += 1;
            }
        }
    };
    if maxsize == Some(0) {
        count(false);
        return vm.call(&func, args);
    }
    let key = make_key(vm, &args, typed, &kwd_mark);
    let hash = vm.hash(&key)?;
    if let Some(result) = cache.get_hashed(vm, hash, &key)? {
        count(true);
        if maxsize.is_some() {
            // Most recently used goes last.
            if let Some(v) = cache.remove_hashed(vm, hash, &key)? {
                cache.set_hashed(vm, hash, key, v)?;
            }
        }
        return Ok(result);
    }
    count(false);
    let result = vm.call(&func, args)?;
    match maxsize {
        None => cache.set_hashed(vm, hash, key, result.clone())?,
        Some(max) => {
            // The call may have cached this key itself (recursion).
            if cache.get_hashed(vm, hash, &key)?.is_some() {
                return Ok(result);
            }
            if cache.len() >= max {
                if let Some((old_key, _, old_hash)) = cache.first_entry() {
                    cache.remove_hashed(vm, old_hash, &old_key)?;
                }
            }
            cache.set_hashed(vm, hash, key, result.clone())?;
        }
    }
    Ok(result)
}

/// Binds like a function: `instance.method` is a bound method of the wrapper.
fn lru_get(vm: &mut Vm, args: Args) -> PyResult {
    this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "__get__")?;
    let wrapper = args.pos[0].clone();
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(wrapper),
        Some(obj) => Ok(Value::BoundMethod(Rc::new(crate::function::BoundMethod {
            func: wrapper,
            this: obj.clone(),
        }))),
    }
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult {
    let (info_type, hits, misses, maxsize, cache) = {
        let s = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "cache_info")?;
        (
            s.cache_info_type.clone(),
            s.hits,
            s.misses,
            s.maxsize,
            s.cache.clone(),
        )
    };
    let maxsize = maxsize.map_or(Value::None, |m| Value::Int(m as i64));
    vm.call(
        &info_type,
        Args::new([
            Value::Int(hits),
            Value::Int(misses),
            maxsize,
            Value::Int(cache.len() as i64),
        ]),
    )
}

fn lru_cache_clear(vm: &mut Vm, args: Args) -> PyResult {
    let cache = {
        let mut s = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "cache_clear")?;
        s.hits = 0;
        s.misses = 0;
        s.cache.clone()
    };
    // Dropping the cached values may run Python code: outside the borrow.
    cache.clear();
    Ok(Value::None)
}

fn lru_copy(vm: &mut Vm, args: Args) -> PyResult {
    this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "__copy__")?;
    Ok(args.pos[0].clone())
}
