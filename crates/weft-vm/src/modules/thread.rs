//! `_thread`: real OS threads, locks and re-entrant locks, as CPython's
//! `Modules/_threadmodule.c`. `threading` (stdlib/threading.py) is built on it.
//!
//! A new thread gets its own [`Vm`] (value stack, frames, handled exception)
//! sharing the interpreter's runtime; it runs only while holding the GIL. Its
//! start-up state crosses to the new OS thread in a [`GilBound`].

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use crate::blocking::{deadline_after, LockCore};
use crate::function::Args;
use crate::gil_bound::GilBound;
use crate::module::ModuleObj;
use crate::modules::{native_instance, native_type, new_module};
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// `_thread.TIMEOUT_MAX`, as in CPython on Linux (seconds).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Native stack of a thread started by weft unless `_thread.stack_size` says
/// otherwise: generous, because it is only reserved address space, and the
/// VM's stack guard turns exhaustion into RecursionError.
const DEFAULT_THREAD_STACK: usize = 256 << 20;

/// The Rust side of `_thread.lock`.
pub struct Lock(pub Arc<LockCore>);

/// The Rust side of `_thread.RLock`: a lock plus owner and depth, which are
/// only touched under the GIL.
pub struct RLock {
    core: Arc<LockCore>,
    owner: u64,
    count: usize,
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(
        vm,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("_set_sentinel", set_sentinel),
            ("interrupt_main", interrupt_main),
            ("exit", thread_exit),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("_print_exception", print_exception),
        ],
    );
    let lock_t = lock_type(vm);
    let rlock_t = native_type(
        vm,
        "_thread",
        "RLock",
        Some(rlock_new),
        &[
            ("acquire", rlock_acquire),
            ("release", rlock_release),
            ("__enter__", rlock_acquire),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_recursion_count", rlock_recursion_count),
            ("__repr__", rlock_repr),
        ],
    );
    let d = &m.dict;
    d.set_str("LockType", Value::Type(lock_t.clone()));
    d.set_str("lock", Value::Type(lock_t));
    d.set_str("RLock", Value::Type(rlock_t));
    d.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    d.set_str("error", Value::Type(vm.exc_type("RuntimeError")));
    Ok(m)
}

fn lock_type(vm: &Vm) -> Rc<TypeObj> {
    let t = native_type(
        vm,
        "_thread",
        "lock",
        None,
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__enter__", lock_acquire),
            ("__exit__", lock_exit),
            ("_at_fork_reinit", lock_at_fork_reinit),
            ("__repr__", lock_repr),
        ],
    );
    vm.rt
        .native_types
        .borrow_mut()
        .insert("_thread.lock", t.clone());
    t
}

/// A new `_thread.lock` object around `core`.
pub fn new_lock(vm: &Vm, core: Arc<LockCore>) -> Value {
    let cached = vm.rt.native_types.borrow().get("_thread.lock").cloned();
    let t = cached.unwrap_or_else(|| lock_type(vm));
    native_instance(&t, Lock(core))
}

fn lock_core(vm: &Vm, args: &Args, meth: &str) -> PyResult<Arc<LockCore>> {
    let me = super::this::<Lock>(vm, args, "_thread.lock", meth)?;
    Ok(me.0.clone())
}

/// Parses `acquire(blocking=True, timeout=-1)` into a deadline: `Ok(None)`
/// for "try once", `Ok(Some(None))` for "wait forever".
fn acquire_args(vm: &mut Vm, mut args: Args) -> PyResult<Option<Option<Instant>>> {
    let blocking = match super::arg(vm, &mut args, 1, "blocking", "acquire", 3)? {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    let timeout = match super::arg(vm, &mut args, 2, "timeout", "acquire", 3)? {
        Some(v) => timeout_seconds(vm, &v)?,
        None => -1.0,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for acquire()",
            k.as_str()
        )));
    }
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(None);
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok(Some(deadline_after(timeout)))
}

/// A timeout in seconds converted as CPython's `_PyTime_FromSecondsObject`
/// does: floats (NaN refused, out of the nanosecond range overflowing), and
/// otherwise integers through `__index__`.
fn timeout_seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    const NS_LIMIT: f64 = i64::MAX as f64;
    let float = match v {
        Value::Float(f) => Some(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => None,
        _ => match crate::ops::unwrap_builtin(v) {
            Some(Value::Float(f)) => Some(f),
            _ => None,
        },
    };
    if let Some(f) = float {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        if !(ns > -NS_LIMIT && ns < NS_LIMIT) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f);
    }
    let too_large = "timestamp too large to convert to C _PyTime_t";
    match crate::builtins::index_int(vm, v)? {
        Value::Int(i) if i.checked_mul(1_000_000_000).is_some() => Ok(i as f64),
        _ => Err(vm.overflow_error(too_large)),
    }
}

/// Acquires `core` as `acquire(blocking, timeout)` asks.
fn acquire_core(vm: &mut Vm, core: &Arc<LockCore>, how: Option<Option<Instant>>) -> PyResult<bool> {
    match how {
        None => Ok(core.try_acquire()),
        Some(deadline) => vm.acquire_lock(core, deadline),
    }
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_core(vm, &args, "acquire")?;
    let how = acquire_args(vm, args)?;
    Ok(Value::Bool(acquire_core(vm, &core, how)?))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult {
    release_lock(vm, &args, "release")
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult {
    release_lock(vm, &args, "__exit__")
}

/// `release()` and `__exit__`: frees the lock, or CPython's RuntimeError.
fn release_lock(vm: &mut Vm, args: &Args, meth: &str) -> PyResult {
    let core = lock_core(vm, args, meth)?;
    if !core.release() {
        return Err(vm.error("RuntimeError", "release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_core(vm, &args, "locked")?;
    Ok(Value::Bool(core.is_locked()))
}

fn lock_at_fork_reinit(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_core(vm, &args, "_at_fork_reinit")?;
    core.release();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_core(vm, &args, "__repr__")?;
    let state = if core.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(Value::string(format!(
        "<{state} _thread.lock object at {:#x}>",
        args.pos[0].id()
    )))
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_thread.allocate_lock", &args, 0, 0)?;
    Ok(new_lock(vm, Arc::new(LockCore::new())))
}

// ---- RLock ------------------------------------------------------------------

fn rlock_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("RLock.__new__(X): X is not a type object")),
    };
    Ok(native_instance(
        &cls,
        RLock {
            core: Arc::new(LockCore::new()),
            owner: 0,
            count: 0,
        },
    ))
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.ident;
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let core = {
        let mut r = super::this::<RLock>(vm, &args, "_thread.RLock", "acquire")?;
        if r.count > 0 && r.owner == me {
            r.count = r
                .count
                .checked_add(1)
                .ok_or_else(|| vm.overflow_error("Internal lock count overflowed"))?;
            return Ok(Value::Bool(true));
        }
        r.core.clone()
    };
    let how = if args.pos.len() > 1 || !args.kw.is_empty() {
        acquire_args(vm, args)?
    } else {
        Some(None)
    };
    if !acquire_core(vm, &core, how)? {
        return Ok(Value::Bool(false));
    }
    if let Some(mut r) = super::native_data::<RLock>(&this) {
        r.owner = me;
        r.count = 1;
    }
    Ok(Value::Bool(true))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.ident;
    let mut r = super::this::<RLock>(vm, &args, "_thread.RLock", "release")?;
    if r.count == 0 || r.owner != me {
        drop(r);
        return Err(vm.error("RuntimeError", "cannot release un-acquired lock"));
    }
    r.count -= 1;
    if r.count == 0 {
        r.owner = 0;
        r.core.release();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = Args::new(args.pos.first().cloned());
    rlock_release(vm, this)
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.ident;
    let r = super::this::<RLock>(vm, &args, "_thread.RLock", "_is_owned")?;
    Ok(Value::Bool(r.count > 0 && r.owner == me))
}

/// Condition.wait's helper: fully releases the lock, returning (count, owner).
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult {
    let mut r = super::this::<RLock>(vm, &args, "_thread.RLock", "_release_save")?;
    if r.count == 0 {
        drop(r);
        return Err(vm.error("RuntimeError", "cannot release un-acquired lock"));
    }
    let saved = (r.count, r.owner);
    r.count = 0;
    r.owner = 0;
    r.core.release();
    Ok(Value::tuple(vec![
        Value::Int(saved.0 as i64),
        Value::Int(saved.1 as i64),
    ]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let core = super::this::<RLock>(vm, &args, "_thread.RLock", "_acquire_restore")?
        .core
        .clone();
    let (count, owner) = match args.pos.get(1) {
        Some(Value::Tuple(t)) if t.items.len() == 2 => match (&t.items[0], &t.items[1]) {
            (Value::Int(c), Value::Int(o)) => (*c as usize, *o as u64),
            _ => return Err(vm.type_error("_acquire_restore() argument must be (count, owner)")),
        },
        _ => return Err(vm.type_error("_acquire_restore() argument must be (count, owner)")),
    };
    vm.acquire_lock(&core, None)?;
    if let Some(mut r) = super::native_data::<RLock>(&this) {
        r.owner = owner;
        r.count = count;
    }
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.ident;
    let r = super::this::<RLock>(vm, &args, "_thread.RLock", "_recursion_count")?;
    Ok(Value::Int(if r.owner == me { r.count as i64 } else { 0 }))
}

fn rlock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (owner, count) = {
        let r = super::this::<RLock>(vm, &args, "_thread.RLock", "__repr__")?;
        (r.owner, r.count)
    };
    let this = &args.pos[0];
    let class = vm.type_of(this);
    let module = match class.dict.get_str("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "_thread".into(),
    };
    Ok(Value::string(format!(
        "<{} {module}.{} object owner={owner} count={count} at {:#x}>",
        if count > 0 { "locked" } else { "unlocked" },
        class.qualname.borrow(),
        this.id()
    )))
}

// ---- threads ------------------------------------------------------------------

fn get_ident(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("get_ident", &args, 0, 0)?;
    Ok(Value::Int(vm.ident as i64))
}

fn get_native_id(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("get_native_id", &args, 0, 0)?;
    Ok(Value::Int(
        rustix::thread::gettid().as_raw_nonzero().get() as i64
    ))
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_count", &args, 0, 0)?;
    Ok(Value::Int(
        vm.interp.running_threads.load(Ordering::SeqCst) as i64
    ))
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(true))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("stack_size", &args, 0, 1)?;
    let old = vm.interp.thread_stack_size.load(Ordering::Relaxed);
    if let Some(v) = args.pos.first() {
        let n = match crate::builtins::index_int(vm, v)? {
            Value::Int(i) => i,
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        vm.interp
            .thread_stack_size
            .store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

/// `_thread._set_sentinel()`: a lock that the calling thread acquires and
/// that weft releases once the thread has fully finished (its state freed);
/// `threading.Thread.join` waits on it.
fn set_sentinel(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_set_sentinel", &args, 0, 0)?;
    let core = Arc::new(LockCore::new());
    vm.sentinels.push(core.clone());
    Ok(new_lock(vm, core))
}

fn interrupt_main(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("interrupt_main", &args, 0, 1)?;
    vm.interp.deliver_sigint();
    Ok(Value::None)
}

fn thread_exit(vm: &mut Vm, _args: Args) -> PyResult {
    let class = vm.exc_type("SystemExit");
    Err(vm.new_exception(&class, vec![]))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    vm.check_args("start_new_thread", &args, 2, 3)?;
    let func = args.pos[0].clone();
    if !crate::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Value::Tuple(call_args) = &args.pos[1] else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.pos.get(2) {
        None => Vec::new(),
        Some(Value::Dict(d)) => {
            let mut kw = Vec::new();
            for (k, v) in d.items() {
                match k {
                    Value::Str(s) => kw.push((s, v)),
                    _ => return Err(vm.type_error("keywords must be strings")),
                }
            }
            kw
        }
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let call = Args {
        pos: call_args.items.iter().cloned().collect(),
        kw: kwargs,
    };
    spawn(vm, func, call)
}

/// Starts an OS thread running `func(*args)` with its own `Vm`; returns its ident.
fn spawn(vm: &mut Vm, func: Value, args: Args) -> PyResult {
    let interp = vm.interp.clone();
    let start = GilBound::new(
        (vm.rt.clone(), vm.main_globals.clone(), func, args),
        &interp.gil,
    );
    let stack = match interp.thread_stack_size.load(Ordering::Relaxed) {
        0 => DEFAULT_THREAD_STACK,
        n => n,
    };
    let ident = weft_gil::reserve_thread_id();
    interp.running_threads.fetch_add(1, Ordering::SeqCst);
    let thread_interp = interp.clone();
    let spawned = crate::os_threads::run(
        stack,
        Box::new(move || {
            weft_gil::adopt_thread_id(ident);
            let interp = thread_interp;
            interp.gil.acquire();
            let run = std::panic::AssertUnwindSafe(|| {
                let (rt, main_globals, func, args) = start.into_inner(&interp.gil);
                let mut vm = Vm::new_thread(rt, interp.clone(), main_globals);
                vm.set_native_stack_size(stack);
                if let Err(e) = vm.call(&func, args) {
                    report_thread_exception(&mut vm, &func, &e);
                }
                vm.flush_stdout();
                let sentinels = std::mem::take(&mut vm.sentinels);
                drop(func);
                drop(vm);
                sentinels
            });
            match std::panic::catch_unwind(run) {
                Ok(sentinels) => {
                    interp.running_threads.fetch_sub(1, Ordering::SeqCst);
                    for s in sentinels {
                        s.release();
                    }
                    interp.gil.release();
                    crate::blocking::leave_thread();
                    weft_gil::retire_thread();
                }
                // The panic hook has reported it; the interpreter's state is
                // not trustworthy any more, so stop the whole process.
                Err(_) => std::process::exit(70),
            }
        }),
    );
    match spawned {
        Ok(_) => Ok(Value::Int(ident as i64)),
        Err(_) => {
            interp.running_threads.fetch_sub(1, Ordering::SeqCst);
            Err(vm.error("RuntimeError", "can't start new thread"))
        }
    }
}

/// An exception escaping a thread started with `_thread.start_new_thread`:
/// SystemExit ends the thread silently; anything else is reported the way
/// CPython's default `sys.unraisablehook` does.
fn report_thread_exception(vm: &mut Vm, func: &Value, e: &PyErr) {
    if e.is_instance_of(&vm.exc_type("SystemExit")) {
        return;
    }
    let what = vm
        .repr(func)
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|_| "<object>".into());
    let text = vm.format_exception(e);
    let _ = vm.write_stderr(&format!(
        "Exception ignored in thread started by: {what}\n{text}"
    ));
}

/// `_thread._print_exception(exc, file)`: the traceback printer behind
/// `threading.excepthook` (CPython's `_thread._excepthook` uses `PyErr_Display`).
fn print_exception(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_print_exception", &args, 1, 2)?;
    crate::stdlib::print_exception_to(vm, &args.pos[0], args.pos.get(1))?;
    Ok(Value::None)
}
