//! `OSError` as CPython's `Objects/exceptions.c` builds it: `OSError(errno,
//! strerror[, filename[, winerror[, filename2]]])` picks the subclass for the
//! errno (`OSError(2, ...)` is a `FileNotFoundError`), fills the `errno`,
//! `strerror`, `filename` and `filename2` attributes and prints as
//! `[Errno 2] No such file or directory: 'x'`.
//!
//! [`Vm::os_error`] turns a Rust `std::io::Error` from a system call into that
//! same exception, so `open()`, `os` and friends raise what CPython raises.

use std::rc::Rc;

use crate::function::{Args, BuiltinKind};
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The OSError subclass CPython raises for an errno (Linux numbering), if any.
fn subclass_for_errno(errno: i64) -> Option<&'static str> {
    Some(match errno {
        // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        // EPIPE, ESHUTDOWN
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        // EACCES, EPERM
        13 | 1 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// The text the C library gives for an errno (`strerror`), as CPython shows it.
pub fn strerror(errno: i32) -> String {
    // std formats an OS error as "<strerror text> (os error N)".
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.strip_suffix(&format!(" (os error {errno})")) {
        Some(s) => s.to_string(),
        None => text,
    }
}

pub fn init(vm: &mut Vm) {
    let os_error = vm.exc_type("OSError");
    vm.add_native(
        &os_error,
        "__new__",
        os_error_new,
        BuiltinKind::StaticMethod,
    );
    vm.add_method(&os_error, "__init__", os_error_init);
    vm.add_method(&os_error, "__str__", os_error_str);
}

/// The errno/strerror/filename/filename2 that OSError's arguments give, as CPython parses them.
fn parse_os_args(items: &[Value]) -> [Value; 4] {
    let mut fields = [Value::None, Value::None, Value::None, Value::None];
    if (2..=5).contains(&items.len()) {
        fields[0] = items[0].clone();
        fields[1] = items[1].clone();
        if let Some(f) = items.get(2) {
            fields[2] = f.clone();
        }
        if let Some(f) = items.get(4) {
            fields[3] = f.clone();
        }
    }
    fields
}

fn os_error_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        let what = args
            .pos
            .first()
            .map_or("nothing".to_string(), |v| vm.type_name(v));
        return Err(vm.type_error(format!(
            "OSError.__new__(X): X is not a type object ({what})"
        )));
    };
    let mut cls: Rc<TypeObj> = cls.clone();
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw.clone(),
    };
    let os_error = vm.exc_type("OSError");
    if Rc::ptr_eq(&cls, &os_error) && (2..=5).contains(&rest.pos.len()) {
        if let Value::Int(errno) = &rest.pos[0] {
            if let Some(name) = subclass_for_errno(*errno) {
                cls = vm.exc_type(name);
            }
        }
    }
    let obj = vm.new_instance(&cls, &rest)?;
    set_os_fields(&obj, &rest.pos);
    Ok(obj)
}

/// Sets the attributes and, when a filename is given, trims `args` to `(errno, strerror)`.
fn set_os_fields(obj: &Value, items: &[Value]) {
    let Value::Instance(inst) = obj else { return };
    let fields = parse_os_args(items);
    if let Some(d) = inst.dict() {
        for (name, v) in ["errno", "strerror", "filename", "filename2"]
            .iter()
            .zip(fields.iter())
        {
            d.set_str(name, v.clone());
        }
    }
    if let Some(e) = inst.exc() {
        e.borrow_mut().args = if fields[2].is_none() {
            Value::tuple(items.to_vec())
        } else {
            Value::tuple(items[..2].to_vec())
        };
    }
}

fn os_error_init(_vm: &mut Vm, args: Args) -> PyResult {
    if let Some(obj) = args.pos.first() {
        set_os_fields(obj, &args.pos[1..]);
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Value::Instance(inst) = &this else {
        return Ok(Value::str(""));
    };
    let field = |name: &str| {
        inst.dict()
            .as_ref()
            .and_then(|d| d.get_str(name))
            .unwrap_or(Value::None)
    };
    let (errno, strerror, filename, filename2) = (
        field("errno"),
        field("strerror"),
        field("filename"),
        field("filename2"),
    );
    let text = if !filename.is_none() {
        let errno = vm.str_string(&errno)?;
        let strerror = vm.str_string(&strerror)?;
        let f1 = vm.repr_string(&filename)?;
        if filename2.is_none() {
            format!("[Errno {errno}] {strerror}: {f1}")
        } else {
            let f2 = vm.repr_string(&filename2)?;
            format!("[Errno {errno}] {strerror}: {f1} -> {f2}")
        }
    } else if !errno.is_none() && !strerror.is_none() {
        let errno = vm.str_string(&errno)?;
        let strerror = vm.str_string(&strerror)?;
        format!("[Errno {errno}] {strerror}")
    } else {
        vm.exception_str(&this)?
    };
    Ok(Value::string(text))
}

impl Vm {
    /// The OSError (subclass) CPython raises for a failed system call on `filename`.
    pub fn os_error(&self, err: &std::io::Error, filename: Option<&str>) -> PyErr {
        self.os_error2(err, filename, None)
    }

    /// As [`Vm::os_error`], with the file named by the object the program gave (a bytes path).
    pub fn os_error_for(&self, err: &std::io::Error, filename: Value) -> PyErr {
        let Some(errno) = err.raw_os_error() else {
            return self.error("OSError", err.to_string());
        };
        let class = match subclass_for_errno(errno as i64) {
            Some(name) => self.exc_type(name),
            None => self.exc_type("OSError"),
        };
        let items = vec![
            Value::Int(errno as i64),
            Value::string(strerror(errno)),
            filename,
        ];
        let e = self.new_exception(&class, items.clone());
        set_os_fields(&e.value(), &items);
        e
    }

    /// As [`Vm::os_error`], for calls naming two files (`rename`).
    pub fn os_error2(
        &self,
        err: &std::io::Error,
        filename: Option<&str>,
        filename2: Option<&str>,
    ) -> PyErr {
        let Some(errno) = err.raw_os_error() else {
            return self.error("OSError", err.to_string());
        };
        let class = match subclass_for_errno(errno as i64) {
            Some(name) => self.exc_type(name),
            None => self.exc_type("OSError"),
        };
        let mut items = vec![Value::Int(errno as i64), Value::string(strerror(errno))];
        if let Some(f) = filename {
            items.push(Value::str(f));
            if let Some(f2) = filename2 {
                items.push(Value::None);
                items.push(Value::str(f2));
            }
        }
        let e = self.new_exception(&class, items.clone());
        set_os_fields(&e.value(), &items);
        e
    }
}
