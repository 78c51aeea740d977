//! The per-thread virtual machine and the interpreter-wide runtime.
//!
//! [`Runtime`] holds the object-level state every thread shares (built-in
//! types, `builtins`, `sys.modules`); [`Vm`] is one OS thread's view: its value
//! stack, recursion depth and the exception it is handling. A `Vm` runs only
//! while its thread holds the GIL, which is what makes sharing `Rc`s between
//! threads sound.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use crate::dict::DictObj;
use crate::function::{Args, BuiltinFn, BuiltinKind, NativeFn};
use crate::module::ModuleObj;
use crate::object::{ExcData, InstanceObj, Payload, TypeObj};
use crate::types::Types;
use crate::value::{StrObj, Value};

/// An exception in flight: always an instance of BaseException (or a subclass).
#[derive(Clone)]
pub struct PyErr(pub Rc<InstanceObj>);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class(&self) -> Rc<TypeObj> {
        self.0.class()
    }

    pub fn data(&self) -> std::cell::RefMut<'_, ExcData> {
        self.0.exc().expect("exception payload").borrow_mut()
    }

    pub fn is_instance_of(&self, t: &Rc<TypeObj>) -> bool {
        self.class().is_subtype(t)
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// Receives output text (stdout and stderr alike) while it is redirected.
pub type OutputSink = Box<dyn FnMut(String) + Send>;

/// State shared by the threads of one interpreter that is reached without the
/// GIL too (so it is all `Send + Sync`): the GIL itself, the output lock, and
/// what a signal needs to wake the main thread. See `blocking.rs`.
pub struct Interp {
    pub gil: weft_gil::Gil,
    /// Held while bytes go to the stdout/stderr file descriptors (without the
    /// GIL), so that buffers taken in GIL order are written in that order.
    pub output: parking_lot::Mutex<()>,
    /// Wakes the main thread from its current blocking wait (set while it waits).
    pub main_waker: parking_lot::Mutex<Option<crate::blocking::Waker>>,
    /// Where the main thread sleeps in `time.sleep`, so a signal can wake it.
    pub main_sleep: std::sync::Arc<crate::blocking::LockCore>,
    /// Threads started by `_thread.start_new_thread` that have not finished.
    pub running_threads: std::sync::atomic::AtomicUsize,
    /// While the REPL waits at its prompt: where output goes instead of the
    /// terminal (the line editor prints it above the line being edited).
    pub output_sink: parking_lot::Mutex<Option<OutputSink>>,
    /// Stack size for new threads (`_thread.stack_size`); 0 means weft's default.
    pub thread_stack_size: std::sync::atomic::AtomicUsize,
}

/// Object-level state shared by all threads of one interpreter.
pub struct Runtime {
    pub types: Types,
    pub builtins: Rc<DictObj>,
    /// `sys.modules`.
    pub modules: Rc<DictObj>,
    pub recursion_limit: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// Serial number for NaNs made by `float('nan')` (see [`Vm::fresh_nan`]).
    pub nan_serial: Cell<u64>,
    /// Source text of every compiled file, for traceback lines.
    pub sources: RefCell<std::collections::HashMap<String, Rc<str>>>,
    /// Standard output not yet written (flushed when 64 KiB accumulate, at
    /// newlines when it is a terminal, before stderr output, and at exit).
    pub stdout: RefCell<Vec<u8>>,
    pub stdout_line_buffered: bool,
    /// Frequently used attribute names, created once.
    pub names: Names,
    /// Files opened by `open()` (weakly), so that their buffered writes reach
    /// the disk at exit even if the objects are still alive then.
    pub open_files: RefCell<Vec<std::rc::Weak<InstanceObj>>>,
    /// Classes of native modules that native code creates instances of
    /// (e.g. "_thread.lock"), made once.
    pub native_types: RefCell<std::collections::HashMap<&'static str, Rc<TypeObj>>>,
    /// The program ended with an uncaught KeyboardInterrupt (exit by SIGINT).
    pub unhandled_keyboard_interrupt: Cell<bool>,
    /// One shared `StrObj` per identifier of loaded code (names, variable
    /// names): equal names are the same object, so attribute caches keyed by
    /// identity hit across functions, and dict lookups compare addresses.
    pub interned: RefCell<std::collections::HashMap<Box<str>, Rc<StrObj>>>,
}

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names { $(pub $field: Rc<StrObj>,)* }
        impl Names {
            fn new() -> Names { Names { $($field: Rc::new(StrObj::new($text)),)* } }
        }
    };
}

names! {
    dunder_init = "__init__", dunder_new = "__new__", dunder_name = "__name__",
    dunder_module = "__module__", dunder_qualname = "__qualname__", dunder_doc = "__doc__",
    dunder_dict = "__dict__", dunder_class = "__class__", dunder_builtins = "__builtins__",
    dunder_file = "__file__", dunder_main = "__main__", dunder_classcell = "__classcell__",
    dunder_repr = "__repr__", dunder_str = "__str__",
}

/// One thread's interpreter state.
pub struct Vm {
    pub rt: Rc<Runtime>,
    pub interp: Arc<Interp>,
    /// The value stack shared by all frames of this thread: each frame's fast
    /// locals followed by its operand stack.
    pub stack: Vec<Value>,
    /// Python frames currently executing on this thread.
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()[1]`), or `Value::None`.
    pub handled: Value,
    /// Globals of the innermost executing frame (for `globals()` and imports).
    pub frames: Vec<crate::frame::FrameRef>,
    /// Ids of containers whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    pub is_main_thread: bool,
    /// `__main__`'s namespace (for `globals()` outside any frame).
    pub main_globals: Rc<DictObj>,
    /// `_thread.get_ident()` of this thread.
    pub ident: u64,
    /// Lowest native stack address calls may reach before raising
    /// RecursionError instead of overflowing the OS thread's stack (0: no check).
    pub stack_floor: usize,
    /// Locks released when this thread has finished (`_thread._set_sentinel`).
    pub sentinels: Vec<std::sync::Arc<crate::blocking::LockCore>>,
}

impl Vm {
    /// The shared `StrObj` for the identifier `name` (see [`Runtime::interned`]).
    pub fn intern(&self, name: &str) -> Rc<StrObj> {
        let mut table = self.rt.interned.borrow_mut();
        if let Some(s) = table.get(name) {
            return s.clone();
        }
        let s = Rc::new(StrObj::new(name));
        table.insert(name.into(), s.clone());
        s
    }

    /// A new interpreter with its first (main) thread and the default GIL policy.
    pub fn new() -> Vm {
        Vm::with_policy(weft_gil::Policy::Fair)
    }

    /// A new interpreter with its first (main) thread.
    pub fn with_policy(policy: weft_gil::Policy) -> Vm {
        let types = Types::new();
        let builtins = Rc::new(DictObj::new());
        let rt = Rc::new(Runtime {
            types,
            builtins,
            modules: Rc::new(DictObj::new()),
            recursion_limit: Cell::new(1000),
            argv: RefCell::new(Vec::new()),
            nan_serial: Cell::new(0),
            sources: RefCell::new(std::collections::HashMap::new()),
            stdout: RefCell::new(Vec::with_capacity(1 << 16)),
            stdout_line_buffered: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            names: Names::new(),
            open_files: RefCell::new(Vec::new()),
            native_types: RefCell::new(std::collections::HashMap::new()),
            unhandled_keyboard_interrupt: Cell::new(false),
            interned: RefCell::new(std::collections::HashMap::new()),
        });
        let interp = Arc::new(Interp {
            gil: weft_gil::Gil::new(policy),
            output: parking_lot::Mutex::new(()),
            main_waker: parking_lot::Mutex::new(None),
            output_sink: parking_lot::Mutex::new(None),
            main_sleep: Arc::new(crate::blocking::LockCore::new()),
            running_threads: std::sync::atomic::AtomicUsize::new(0),
            thread_stack_size: std::sync::atomic::AtomicUsize::new(0),
        });
        interp.gil.acquire();
        let mut vm = Vm::new_thread(rt, interp, Rc::new(DictObj::new()));
        vm.is_main_thread = true;
        vm.stack.reserve(1024);
        crate::types::init_methods(&mut vm);
        crate::core::init(&mut vm);
        crate::oserror::init(&mut vm);
        vm.init_syntax_error();
        crate::dunders::init(&mut vm);
        crate::subclass::init(&mut vm);
        crate::generic_alias::init(&mut vm);
        crate::union::init(&mut vm);
        crate::builtins::init(&mut vm);
        crate::complex::init(&mut vm);
        crate::bytearray::init(&mut vm);
        crate::stdlib::init(&mut vm);
        vm.rt.builtins.set_str(
            "open",
            vm.new_builtin("open", crate::modules::io::builtin_open),
        );
        vm
    }

    /// The state of a new thread of this interpreter; the caller holds the GIL.
    pub fn new_thread(rt: Rc<Runtime>, interp: Arc<Interp>, main_globals: Rc<DictObj>) -> Vm {
        crate::blocking::enter_thread(&interp);
        Vm {
            rt,
            interp,
            stack: Vec::with_capacity(256),
            depth: 0,
            handled: Value::None,
            frames: Vec::new(),
            repr_guard: Vec::new(),
            is_main_thread: false,
            main_globals,
            ident: weft_gil::current_thread_id(),
            stack_floor: 0,
            sentinels: Vec::new(),
        }
    }

    /// Guards against overflowing this OS thread's native stack of `size`
    /// bytes, whose top is near the caller's frame: calls raise RecursionError
    /// once fewer than 256 KiB of it are left.
    pub fn set_native_stack_size(&mut self, size: usize) {
        let here = crate::blocking::stack_pointer();
        self.stack_floor = here.saturating_sub(size).saturating_add(256 * 1024);
    }

    #[inline]
    pub fn types(&self) -> &Types {
        &self.rt.types
    }

    // ---- making values ----

    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Rc::new(BuiltinFn {
            name,
            func,
            kind: BuiltinKind::Function,
            bound: Value::Null,
            owner: "",
        }))
    }

    pub fn new_module(&self, name: &str) -> Rc<ModuleObj> {
        let dict = Rc::new(DictObj::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        Rc::new(ModuleObj {
            name: name.to_string(),
            dict,
        })
    }

    // ---- exceptions ----

    /// A new exception instance of class `class` with `args`.
    pub fn new_exception(&self, class: &Rc<TypeObj>, args: Vec<Value>) -> PyErr {
        PyErr(Rc::new(InstanceObj {
            class: RefCell::new(class.clone()),
            dict_cell: Some(RefCell::new(Rc::new(DictObj::new()))),
            payload: Payload::Exception(RefCell::new(ExcData::new(Value::tuple(args)))),
        }))
    }

    pub fn new_error(&self, class: &Rc<TypeObj>, msg: impl Into<String>) -> PyErr {
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    /// The built-in exception class called `name` (e.g. "TypeError").
    pub fn exc_type(&self, name: &str) -> Rc<TypeObj> {
        self.rt.types.exception(name)
    }

    pub fn error(&self, class_name: &str, msg: impl Into<String>) -> PyErr {
        let class = self.exc_type(class_name);
        self.new_error(&class, msg)
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("IndexError", msg)
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("AttributeError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("OverflowError", msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.error("ZeroDivisionError", msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("RuntimeError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let class = self.exc_type("KeyError");
        self.new_exception(&class, vec![key])
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let class = self.exc_type("StopIteration");
        if value.is_none() {
            self.new_exception(&class, vec![])
        } else {
            self.new_exception(&class, vec![value])
        }
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.error("NameError", format!("name '{name}' is not defined"));
        if let Some(d) = e.0.dict() {
            d.set_str("name", Value::str(name));
        }
        e
    }

    /// `'X' object has no attribute 'y'`
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Type(t) => format!(
                "type object '{}' has no attribute '{}'",
                crate::types::tp_name(t),
                name
            ),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.attribute_error(msg);
        if let Some(d) = e.0.dict() {
            d.set_str("name", Value::str(name));
            d.set_str("obj", obj.clone());
        }
        e
    }

    /// Floats are immediates, so identity (`is`, and the identity test inside `in`)
    /// compares bits. CPython gives every `float('nan')` its own object, so
    /// `float('nan') in [float('nan')]` is False while `x in [x]` is True; weft
    /// reproduces that by giving each NaN made from a string its own payload bits.
    pub fn fresh_nan(&self, f: f64) -> f64 {
        if !f.is_nan() {
            return f;
        }
        let serial = self.rt.nan_serial.get().wrapping_add(1) & 0x0007_ffff_ffff_ffff;
        self.rt.nan_serial.set(serial);
        let sign = f.to_bits() & (1 << 63);
        f64::from_bits(sign | 0x7ff8_0000_0000_0000 | serial)
    }

    /// Depth check for native recursion (repr of nested containers, comparisons, ...).
    pub fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.rt.recursion_limit.get() || self.stack_exhausted() {
            return Err(self.error(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// True when the native stack is nearly used up (see [`Vm::set_native_stack_size`]).
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        crate::blocking::stack_pointer() < self.stack_floor
    }

    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    /// The calling code's positional arguments, checked for count.
    pub fn check_args(&self, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
        let n = args.pos.len();
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if n >= min && n <= max {
            return Ok(());
        }
        Err(self.type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }))
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
