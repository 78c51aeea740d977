//! Traceback objects: what `exc.__traceback__`, `sys.exc_info()[2]` and the
//! third argument of `__exit__` hold.
//!
//! An exception keeps its traceback as a list of entries in [`ExcData`]; a
//! traceback object is a snapshot of that list. Its point is that Python code
//! can put a saved traceback back (`exc.__traceback__ = tb`,
//! `exc.with_traceback(tb)`): contextlib does so after throwing an exception
//! into a generator, so the frames of that detour do not show when the
//! exception goes on to be printed, exactly as in CPython. `tb_lineno` and
//! `tb_next` walk the snapshot from the outermost frame inward; frames
//! themselves (`tb_frame`) are not exposed.

use std::rc::Rc;

use crate::function::{Args, NativeFn};
use crate::modules::{native_data, native_instance};
use crate::object::{ExcData, TracebackEntry};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The payload of a traceback object: entries innermost first, as in [`ExcData`].
struct Snapshot(Rc<[TracebackEntry]>);

/// A traceback object for `entries`, or None when there are none.
pub fn traceback_object(vm: &Vm, entries: &[TracebackEntry]) -> Value {
    if entries.is_empty() {
        return Value::None;
    }
    native_instance(&vm.rt.types.traceback, Snapshot(entries.into()))
}

/// The entries (innermost first) of the traceback object `value`, if it is one.
pub fn entries(value: &Value) -> Option<Rc<[TracebackEntry]>> {
    native_data::<Snapshot>(value).map(|s| s.0.clone())
}

/// `exc.__traceback__ = value`: a traceback object or None.
pub fn set_traceback(vm: &Vm, data: &mut ExcData, value: &Value) -> PyResult<()> {
    if value.is_none() {
        data.traceback.clear();
        return Ok(());
    }
    match native_data::<Snapshot>(value) {
        Some(s) => {
            data.traceback = s.0.to_vec();
            Ok(())
        }
        None => Err(vm.type_error("__traceback__ must be a traceback or None")),
    }
}

/// Adds `tb_lineno` and `tb_next` to the traceback type.
pub fn init(vm: &mut Vm) {
    let t = vm.rt.types.traceback.clone();
    t.dict.set_str("__module__", Value::str("builtins"));
    crate::modules::make_final(&t);
    let getters: [(&'static str, NativeFn); 2] = [("tb_lineno", tb_lineno), ("tb_next", tb_next)];
    for (name, getter) in getters {
        let property = Value::Instance(Rc::new(crate::object::InstanceObj {
            class: std::cell::RefCell::new(vm.rt.types.property.clone()),
            dict_cell: None,
            payload: crate::object::Payload::Property {
                fget: vm.new_builtin(name, getter),
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        }));
        t.dict.set_str(name, property);
    }
}

fn snapshot(vm: &Vm, args: &Args) -> PyResult<Rc<[TracebackEntry]>> {
    args.pos
        .first()
        .and_then(|v| native_data::<Snapshot>(v).map(|s| s.0.clone()))
        .ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object"))
}

fn tb_lineno(vm: &mut Vm, args: Args) -> PyResult {
    let entries = snapshot(vm, &args)?;
    Ok(entries
        .last()
        .map_or(Value::None, |e| Value::Int(e.line as i64)))
}

fn tb_next(vm: &mut Vm, args: Args) -> PyResult {
    let entries = snapshot(vm, &args)?;
    let inner = &entries[..entries.len().saturating_sub(1)];
    Ok(traceback_object(vm, inner))
}
