//! Native modules written in Rust, created on first import the way CPython's
//! built-in modules are (`sys` and `math` are made at start-up in `stdlib.rs`).
//!
//! A module is one file here with a `pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>>`,
//! listed in [`find`]. Native classes (locks, deques, ...) are built with
//! [`native_type`]; their instances carry Rust data in `Payload::Native`, reached
//! with [`native_data`]. Never hold that borrow across a call back into Python
//! code (a `__eq__` or `__hash__` may touch the same object): copy what you need
//! out first.

pub mod array;
pub mod clinic;
pub mod collections;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod operator;
pub mod posix;
pub mod random;
pub mod re;
pub mod sha512;
pub mod structmod;
pub mod thread;
pub mod time;
pub mod timecal;
pub mod traceback;

use std::any::Any;
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::{BuiltinKind, NativeFn};
use crate::module::ModuleObj;
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Makes a native module's object (called once, on first import).
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<ModuleObj>>;

/// Every native module: its import name and initialiser.
/// One entry per line (kept so by `rustfmt::skip`), so that concurrent additions merge cleanly.
#[rustfmt::skip]
static NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("array", array::init),
    ("_collections", collections::init),
    ("_functools", functools::init),
    ("_heapq", heapq::init),
    ("_io", io::init),
    ("itertools", itertools::init),
    ("_json", json::init),
    ("_operator", operator::init),
    ("posix", posix::init),
    ("_random", random::init),
    ("_sha512", sha512::init),
    ("_struct", structmod::init),
    ("_thread", thread::init),
    ("_weft_re", re::init),
    ("time", time::init),
    ("_traceback", traceback::init),
];

/// The initialiser of the native module called `name`, if there is one.
pub fn find(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, init)| init)
}

/// Names of all native modules (for `sys.builtin_module_names`).
pub fn names() -> impl Iterator<Item = &'static str> {
    NATIVE_MODULES.iter().map(|(n, _)| *n)
}

/// A new module object with `functions` in its namespace.
pub fn new_module(vm: &Vm, name: &str, functions: &[(&'static str, NativeFn)]) -> Rc<ModuleObj> {
    let m = vm.new_module(name);
    for &(fname, f) in functions {
        m.dict.set_str(fname, vm.new_builtin(fname, f));
    }
    m
}

/// A native class `module.name` whose instances hold Rust data.
///
/// `new` becomes `__new__` (called as `new(cls, *args, **kwargs)`, also for
/// Python subclasses, so it must build the instance with [`native_instance`]
/// of the `cls` it is given); `methods` are ordinary methods binding `self`.
pub fn native_type(
    vm: &Vm,
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Rc<TypeObj> {
    native_type_with_dict(vm, module, name, new, methods, false)
}

/// [`native_type`] whose instances have a `__dict__` when `with_dict` is set
/// (they take arbitrary attributes, as `functools.partial` objects do).
pub fn native_type_with_dict(
    vm: &Vm,
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    with_dict: bool,
) -> Rc<TypeObj> {
    let t = crate::types::new_type_with_dict(
        name,
        vec![vm.rt.types.object.clone()],
        Layout::Native,
        true,
        with_dict,
    );
    t.dict.set_str("__module__", Value::str(module));
    if let Some(new) = new {
        vm.add_native(&t, "__new__", new, BuiltinKind::StaticMethod);
    }
    for &(mname, f) in methods {
        vm.add_method(&t, mname, f);
    }
    t
}

/// Makes `t` refuse subclasses, as CPython's classes without `Py_TPFLAGS_BASETYPE` do.
pub fn make_final(t: &Rc<TypeObj>) {
    t.flags.set(t.flags.get() | TypeObj::FLAG_FINAL);
}

/// An instance of the native class `cls` (or a Python subclass of it) holding `data`.
pub fn native_instance<T: Any>(cls: &Rc<TypeObj>, data: T) -> Value {
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(cls.clone()),
        dict_cell: if cls.has_instance_dict {
            Some(RefCell::new(Rc::new(DictObj::new())))
        } else {
            None
        },
        payload: Payload::Native(RefCell::new(Box::new(data))),
    }))
}

/// The Rust data of a native instance, if `v` is one holding a `T`.
///
/// None also while the data is borrowed (see the module docs; [`this`]
/// waits for a borrow held by another thread's blocking call instead).
pub fn native_data<T: Any>(v: &Value) -> Option<RefMut<'_, T>> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Native(cell) => {
                RefMut::filter_map(cell.try_borrow_mut().ok()?, |b| b.downcast_mut::<T>()).ok()
            }
            _ => None,
        },
        _ => None,
    }
}

/// Special methods CPython implements as type slots: a bad `self` gets the
/// slot wrapper's wording ("requires a 'C' object but received a 'X'").
const SLOT_METHODS: &[&str] = &[
    "__next__",
    "__iter__",
    "__call__",
    "__repr__",
    "__str__",
    "__get__",
    "__hash__",
    "__len__",
    "__getitem__",
    "__contains__",
    "__bool__",
];

/// `self` of a native method as a `T`, or CPython's "descriptor 'meth' for
/// 'Class' objects doesn't apply to a 'X' object" TypeError (for slot
/// methods: "descriptor '__next__' requires a 'Class' object but received
/// a 'X'"). `class` is the qualified name, as in `itertools.count`.
pub fn this<'a, T: Any>(
    vm: &Vm,
    args: &'a crate::function::Args,
    class: &str,
    meth: &str,
) -> PyResult<RefMut<'a, T>> {
    if let Some(Value::Instance(i)) = args.pos.first() {
        if let Payload::Native(cell) = &i.payload {
            // Another thread may be inside a method of this object with the
            // GIL released (a file read): wait for it, as CPython's buffered
            // files wait on their lock.
            while cell.try_borrow_mut().is_err() {
                let others = vm
                    .interp
                    .running_threads
                    .load(std::sync::atomic::Ordering::SeqCst);
                if others == 0 && vm.is_main_thread {
                    // Nobody else could hold it: this is a re-entrant call.
                    return Err(vm.error("RuntimeError", format!("reentrant call inside {meth}()")));
                }
                vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(200)));
            }
        }
    }
    match args.pos.first() {
        Some(v) => native_data::<T>(v).ok_or_else(|| {
            vm.type_error(if SLOT_METHODS.contains(&meth) {
                format!(
                    "descriptor '{meth}' requires a '{class}' object but received a '{}'",
                    vm.type_name(v)
                )
            } else {
                format!(
                    "descriptor '{meth}' for '{class}' objects doesn't apply to a '{}' object",
                    vm.type_name(v)
                )
            })
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{meth}' of '{class}' object needs an argument"
        ))),
    }
}

/// Argument `index` (counting `self` for methods) given by position or as
/// keyword `name`; `None` if absent. `max` is the most positional arguments
/// accepted (counting `self`), for CPython's "takes at most" message.
pub fn arg(
    vm: &Vm,
    args: &mut crate::function::Args,
    index: usize,
    name: &str,
    fname: &str,
    max: usize,
) -> PyResult<Option<Value>> {
    if args.pos.len() > max {
        let has_self = max > 0 && index > 0;
        let shown = |n: usize| if has_self { n - 1 } else { n };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            shown(max),
            if shown(max) == 1 { "" } else { "s" },
            shown(args.pos.len())
        )));
    }
    let by_keyword = args.take_kw(name);
    match (args.pos.get(index), by_keyword) {
        (Some(_), Some(_)) => Err(vm.type_error(format!(
            "argument for {fname}() given by name ('{name}') and position ({})",
            index + 1
        ))),
        (Some(v), None) => Ok(Some(v.clone())),
        (None, kw) => Ok(kw),
    }
}

/// A read-only property (for a native class's dict) whose getter is `getter(self)`.
pub fn native_property(vm: &Vm, name: &'static str, getter: NativeFn) -> Value {
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(vm.rt.types.property.clone()),
        dict_cell: None,
        payload: Payload::Property {
            fget: vm.new_builtin(name, getter),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    }))
}
