//! `posix`: the operating-system calls under `stdlib/os.py`, as in CPython
//! (where `os` imports `posix` and adds the Python-level parts: `environ` as a
//! mapping, `makedirs`, `getenv`, `os.path`).
//!
//! Failures become the OSError subclass for their errno, naming the file(s)
//! involved, exactly as CPython words them ("[Errno 2] No such file or
//! directory: 'x'"). The system calls themselves are std's.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::Args;
use crate::module::ModuleObj;
use crate::modules::new_module;
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(
        vm,
        "posix",
        &[
            ("getpid", posix_getpid),
            ("getppid", posix_getppid),
            ("getcwd", posix_getcwd),
            ("chdir", posix_chdir),
            ("listdir", posix_listdir),
            ("mkdir", posix_mkdir),
            ("rmdir", posix_rmdir),
            ("remove", posix_remove),
            ("unlink", posix_remove),
            ("rename", posix_rename),
            ("replace", posix_rename),
            ("stat", posix_stat),
            ("lstat", posix_lstat),
            ("urandom", posix_urandom),
            ("cpu_count", posix_cpu_count),
            ("_exit", posix_exit),
            ("putenv", posix_putenv),
            ("unsetenv", posix_unsetenv),
            ("strerror", posix_strerror),
            ("access", posix_access),
            ("readlink", posix_readlink),
            ("open", posix_open),
            ("close", posix_close),
            ("chmod", posix_chmod),
        ],
    );
    let environ = DictObj::new();
    for (k, v) in std::env::vars_os() {
        if let (Some(k), Some(v)) = (k.to_str(), v.to_str()) {
            environ.set_str(k, Value::str(v));
        }
    }
    m.dict.set_str("environ", Value::Dict(Rc::new(environ)));
    let stat_result = crate::types::new_type(
        "stat_result",
        vec![vm.rt.types.tuple.clone()],
        Layout::Tuple,
        false,
    );
    stat_result.dict.set_str("__module__", Value::str("os"));
    stat_result
        .dict
        .set_str("n_sequence_fields", Value::Int(STAT_FIELDS.len() as i64));
    vm.add_method(&stat_result, "__repr__", stat_result_repr);
    m.dict.set_str("stat_result", Value::Type(stat_result));
    for (name, value) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
        m.dict.set_str(name, Value::Int(value));
    }
    use rustix::fs::OFlags;
    for (name, flag) in [
        ("O_RDONLY", OFlags::RDONLY),
        ("O_WRONLY", OFlags::WRONLY),
        ("O_RDWR", OFlags::RDWR),
        ("O_CREAT", OFlags::CREATE),
        ("O_EXCL", OFlags::EXCL),
        ("O_TRUNC", OFlags::TRUNC),
        ("O_APPEND", OFlags::APPEND),
        ("O_NONBLOCK", OFlags::NONBLOCK),
        ("O_NOCTTY", OFlags::NOCTTY),
        ("O_NOFOLLOW", OFlags::NOFOLLOW),
        ("O_DIRECTORY", OFlags::DIRECTORY),
        ("O_CLOEXEC", OFlags::CLOEXEC),
    ] {
        m.dict.set_str(name, Value::Int(flag.bits() as i64));
    }
    Ok(m)
}

/// What a path argument may also be, for the TypeError's wording.
#[derive(Clone, Copy)]
enum PathKinds {
    /// str, bytes or os.PathLike.
    Plain,
    /// ... or an open file descriptor (stat, chdir).
    OrFd,
    /// ... or a descriptor, or None (listdir).
    OrFdOrNone,
}

/// Argument `i` of `func`, a path: str (weft takes no bytes paths and no
/// descriptors), or CPython's errors for a missing or mistyped one.
fn path_arg(
    vm: &mut Vm,
    args: &Args,
    i: usize,
    func: &str,
    name: &str,
    kinds: PathKinds,
) -> PyResult<String> {
    let given = match args.pos.get(i) {
        Some(v) => Some(fspath(vm, v)?),
        None => None,
    };
    match given.as_ref() {
        Some(Value::Str(s)) => {
            if s.as_str().contains('\0') {
                return Err(vm.value_error(format!("{func}: embedded null character in {name}")));
            }
            Ok(s.as_str().to_string())
        }
        Some(Value::Bytes(_)) => Err(vm.type_error(format!(
            "{func}: bytes paths are not supported by weft; pass the {name} as str"
        ))),
        Some(v) => Err(vm.type_error(format!(
            "{func}: {name} should be {}, not {}",
            match kinds {
                PathKinds::Plain => "string, bytes or os.PathLike",
                PathKinds::OrFd => "string, bytes, os.PathLike or integer",
                PathKinds::OrFdOrNone => "string, bytes, os.PathLike, integer or None",
            },
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "{func}() missing required argument '{name}' (pos {})",
            i + 1
        ))),
    }
}

/// `os.fspath(v)` for an object with `__fspath__` (DirEntry, a user's path
/// class); anything else is returned as it is, for the caller to check.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Instance(_) = v {
        if let Some(method) = vm.lookup_special(v, "__fspath__") {
            let r = vm.call1(&method, v.clone())?;
            return match r {
                Value::Str(_) | Value::Bytes(_) => Ok(r),
                other => Err(vm.type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(v),
                    vm.type_name(&other)
                ))),
            };
        }
    }
    Ok(v.clone())
}

/// At most `max` positional arguments, no keywords (CPython's "takes at most" wording).
fn at_most(vm: &Vm, args: &Args, func: &str, max: usize) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "{func}() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.pos.len() > max {
        return Err(vm.type_error(format!(
            "{func}() takes at most {max} argument{} ({} given)",
            if max == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    Ok(())
}

/// A C int argument, with CPython's OverflowError when it does not fit.
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    match crate::builtins::index_int(vm, v)? {
        Value::Int(n) => i32::try_from(n)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    vm.check_args(name, args, 0, 0)
}

fn posix_getpid(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "getpid")?;
    Ok(Value::Int(std::process::id() as i64))
}

fn posix_getppid(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "getppid")?;
    let parent = rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get());
    Ok(Value::Int(parent as i64))
}

fn posix_getcwd(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "getcwd")?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

fn posix_chdir(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "chdir", 1)?;
    let path = path_arg(vm, &args, 0, "chdir", "path", PathKinds::OrFd)?;
    std::env::set_current_dir(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

fn posix_listdir(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "listdir", 1)?;
    let path = match args.pos.first() {
        None | Some(Value::None) => ".".to_string(),
        Some(_) => path_arg(vm, &args, 0, "listdir", "path", PathKinds::OrFdOrNone)?,
    };
    let entries = std::fs::read_dir(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| vm.os_error(&e, Some(&path)))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn posix_mkdir(vm: &mut Vm, mut args: Args) -> PyResult {
    let mode = args.take_kw("mode");
    at_most(vm, &args, "mkdir", 2)?;
    let path = path_arg(vm, &args, 0, "mkdir", "path", PathKinds::Plain)?;
    let mode = match mode.or_else(|| args.pos.get(1).cloned()) {
        Some(v) => c_int_arg(vm, &v)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&path)
        .map_err(|e| vm.os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

fn posix_rmdir(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "rmdir", 1)?;
    let path = path_arg(vm, &args, 0, "rmdir", "path", PathKinds::Plain)?;
    std::fs::remove_dir(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

fn posix_remove(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "remove", 1)?;
    let path = path_arg(vm, &args, 0, "remove", "path", PathKinds::Plain)?;
    std::fs::remove_file(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

fn posix_rename(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "rename", 2)?;
    let src = path_arg(vm, &args, 0, "rename", "src", PathKinds::Plain)?;
    let dst = path_arg(vm, &args, 1, "rename", "dst", PathKinds::Plain)?;
    std::fs::rename(&src, &dst).map_err(|e| vm.os_error2(&e, Some(&src), Some(&dst)))?;
    Ok(Value::None)
}

const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

fn stat_common(vm: &mut Vm, args: Args, follow: bool, name: &str) -> PyResult {
    at_most(vm, &args, name, 1)?;
    let path = path_arg(vm, &args, 0, name, "path", PathKinds::OrFd)?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| vm.os_error(&e, Some(&path)))?;
    use std::os::unix::fs::MetadataExt;
    let int_fields = [
        meta.mode() as i64,
        meta.ino() as i64,
        meta.dev() as i64,
        meta.nlink() as i64,
        meta.uid() as i64,
        meta.gid() as i64,
        meta.size() as i64,
        meta.atime(),
        meta.mtime(),
        meta.ctime(),
    ];
    let float_times = [
        meta.atime() as f64 + meta.atime_nsec() as f64 * 1e-9,
        meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9,
        meta.ctime() as f64 + meta.ctime_nsec() as f64 * 1e-9,
    ];
    let dict = Rc::new(DictObj::new());
    for (i, name) in STAT_FIELDS.iter().enumerate() {
        let v = if i >= 7 {
            Value::Float(float_times[i - 7])
        } else {
            Value::Int(int_fields[i])
        };
        dict.set_str(name, v);
    }
    for (name, secs, nsec) in [
        ("st_atime_ns", meta.atime(), meta.atime_nsec()),
        ("st_mtime_ns", meta.mtime(), meta.mtime_nsec()),
        ("st_ctime_ns", meta.ctime(), meta.ctime_nsec()),
    ] {
        let ns = secs as i128 * 1_000_000_000 + nsec as i128;
        dict.set_str(name, Value::from_bigint(dashu_int::IBig::from(ns)));
    }
    dict.set_str("st_blksize", Value::Int(meta.blksize() as i64));
    dict.set_str("st_blocks", Value::Int(meta.blocks() as i64));
    let tuple = Value::tuple(int_fields.iter().map(|&i| Value::Int(i)).collect());
    let cls = stat_result_type(vm)?;
    Ok(Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(cls),
        dict_cell: Some(RefCell::new(dict)),
        payload: Payload::Builtin(tuple),
    })))
}

fn stat_result_type(vm: &mut Vm) -> PyResult<Rc<TypeObj>> {
    match vm.import_module("posix")? {
        Value::Module(m) => match m.dict.get_str("stat_result") {
            Some(Value::Type(t)) => Ok(t),
            _ => Err(vm.runtime_error("posix.stat_result is missing")),
        },
        _ => Err(vm.runtime_error("posix is not a module")),
    }
}

fn stat_result_repr(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Ok(Value::str("os.stat_result()"));
    };
    let mut parts = Vec::new();
    if let Some(d) = i.dict() {
        for name in STAT_FIELDS {
            let v = d.get_str(name).unwrap_or(Value::None);
            // The repr shows the tuple's integer times, as CPython's does.
            let v = match (&v, &i.payload) {
                (Value::Float(_), Payload::Builtin(Value::Tuple(t))) => {
                    let idx = STAT_FIELDS.iter().position(|n| *n == name).unwrap_or(0);
                    t.items.get(idx).cloned().unwrap_or(v)
                }
                _ => v,
            };
            parts.push(format!("{name}={}", vm.repr_string(&v)?));
        }
    }
    Ok(Value::string(format!(
        "os.stat_result({})",
        parts.join(", ")
    )))
}

fn posix_stat(vm: &mut Vm, args: Args) -> PyResult {
    stat_common(vm, args, true, "stat")
}

fn posix_lstat(vm: &mut Vm, args: Args) -> PyResult {
    stat_common(vm, args, false, "lstat")
}

fn posix_access(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "access", 2)?;
    let path = path_arg(vm, &args, 0, "access", "path", PathKinds::OrFd)?;
    let Some(mode) = args.pos.get(1) else {
        return Err(vm.type_error("access() missing required argument 'mode' (pos 2)"));
    };
    let mode = c_int_arg(vm, mode)?;
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    let access = rustix::fs::Access::from_bits_retain(mode as u32);
    Ok(Value::Bool(
        rustix::fs::access(path.as_str(), access).is_ok(),
    ))
}

fn posix_urandom(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("urandom", &args, 1, 1)?;
    let n = match crate::builtins::index_int(vm, &args.pos[0])? {
        Value::Int(n) if n < 0 => return Err(vm.value_error("negative argument not allowed")),
        Value::Int(n) => n as usize,
        _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    let mut buf = vec![0u8; n];
    crate::modules::random::os_random_bytes(&mut buf).map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::bytes(buf))
}

/// `os._exit(status)`: ends the process at once, as CPython's does: no
/// thread joins, no atexit callbacks, no flush of Python's buffers.
fn posix_exit(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_exit", &args, 1, 1)?;
    let status = match &args.pos[0] {
        Value::Int(n) => *n as i32,
        Value::Bool(b) => *b as i32,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    std::process::exit(status)
}

fn posix_cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "cpu_count")?;
    // CPython asks sysconf(_SC_NPROCESSORS_ONLN) (not the affinity mask),
    // which glibc answers from this file: ranges like "0-3,6".
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online").unwrap_or_default();
    let n: i64 = online
        .trim()
        .split(',')
        .filter_map(|range| match range.split_once('-') {
            Some((a, b)) => Some(b.parse::<i64>().ok()? - a.parse::<i64>().ok()? + 1),
            None => range.parse::<i64>().ok().map(|_| 1),
        })
        .sum();
    Ok(if n >= 1 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn env_str(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => {
            let s = s.as_str();
            if s.contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            Ok(s.to_string())
        }
        v => Err(vm.type_error(format!("{what}: expected str, got {}", vm.type_name(v)))),
    }
}

fn posix_putenv(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("putenv", &args, 2, 2)?;
    let key = env_str(vm, &args.pos[0], "putenv")?;
    let value = env_str(vm, &args.pos[1], "putenv")?;
    if key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        // What setenv(3) says to an empty name.
        return Err(vm.os_error(&std::io::Error::from_raw_os_error(22), None));
    }
    // Only the thread holding the GIL touches the environment.
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn posix_unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("unsetenv", &args, 1, 1)?;
    let key = env_str(vm, &args.pos[0], "unsetenv")?;
    if key.is_empty() || key.contains('=') {
        // What unsetenv(3) says to such a name.
        return Err(vm.os_error(&std::io::Error::from_raw_os_error(22), None));
    }
    std::env::remove_var(key);
    Ok(Value::None)
}

fn posix_strerror(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("strerror", &args, 1, 1)?;
    let code = c_int_arg(vm, &args.pos[0])?;
    Ok(Value::string(crate::oserror::strerror(code)))
}

fn posix_readlink(vm: &mut Vm, args: Args) -> PyResult {
    at_most(vm, &args, "readlink", 1)?;
    let path = path_arg(vm, &args, 0, "readlink", "path", PathKinds::Plain)?;
    let target = std::fs::read_link(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
    Ok(Value::string(target.to_string_lossy().into_owned()))
}

/// `os.open(path, flags, mode=0o777)`: the raw open(2), giving the new
/// descriptor (never inherited by child processes, as in CPython).
fn posix_open(vm: &mut Vm, mut args: Args) -> PyResult {
    let flags = args.take_kw("flags");
    let mode = args.take_kw("mode");
    at_most(vm, &args, "open", 3)?;
    let path = path_arg(vm, &args, 0, "open", "path", PathKinds::Plain)?;
    let Some(flags) = flags.or_else(|| args.pos.get(1).cloned()) else {
        return Err(vm.type_error("open() missing required argument 'flags' (pos 2)"));
    };
    let flags = c_int_arg(vm, &flags)?;
    let mode = match mode.or_else(|| args.pos.get(2).cloned()) {
        Some(v) => c_int_arg(vm, &v)? as u32,
        None => 0o777,
    };
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    let oflags = rustix::fs::OFlags::from_bits_retain(flags as u32) | rustix::fs::OFlags::CLOEXEC;
    let fd = rustix::fs::open(
        path.as_str(),
        oflags,
        rustix::fs::Mode::from_bits_retain(mode),
    )
    .map_err(|e| vm.os_error(&std::io::Error::from(e), Some(&path)))?;
    use std::os::fd::IntoRawFd;
    Ok(Value::Int(fd.into_raw_fd() as i64))
}

/// `os.close(fd)`; a descriptor that is not open gives EBADF.
fn posix_close(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = args.take_kw("fd");
    at_most(vm, &args, "close", 1)?;
    let Some(fd) = kw.or_else(|| args.pos.first().cloned()) else {
        return Err(vm.type_error("close() missing required argument 'fd' (pos 1)"));
    };
    let fd = c_int_arg(vm, &fd)?;
    let bad = || std::io::Error::from_raw_os_error(9);
    if fd < 0 {
        return Err(vm.os_error(&bad(), None));
    }
    // SAFETY: fd is non-negative and only borrowed for the F_GETFD probe.
    let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    if rustix::io::fcntl_getfd(borrowed).is_err() {
        return Err(vm.os_error(&bad(), None));
    }
    // SAFETY: the descriptor is open; closing it is what the caller asked.
    unsafe { rustix::io::close(fd) };
    Ok(Value::None)
}

/// `os.chmod(path, mode, *, follow_symlinks=True)`.
fn posix_chmod(vm: &mut Vm, mut args: Args) -> PyResult {
    let mode = args.take_kw("mode");
    let follow = match args.take_kw("follow_symlinks") {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    at_most(vm, &args, "chmod", 2)?;
    let path = path_arg(vm, &args, 0, "chmod", "path", PathKinds::Plain)?;
    let Some(mode) = mode.or_else(|| args.pos.get(1).cloned()) else {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)"));
    };
    let mode = c_int_arg(vm, &mode)? as u32;
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if !follow {
        // A link's own mode cannot change on Linux (CPython says so as
        // below); anything else is chmod'ed as usual.
        let meta = std::fs::symlink_metadata(&path).map_err(|e| vm.os_error(&e, Some(&path)))?;
        if meta.file_type().is_symlink() {
            return Err(vm.error(
                "NotImplementedError",
                "chmod: follow_symlinks unavailable on this platform",
            ));
        }
    }
    rustix::fs::chmod(path.as_str(), rustix::fs::Mode::from_bits_retain(mode))
        .map_err(|e| vm.os_error(&std::io::Error::from(e), Some(&path)))?;
    Ok(Value::None)
}
