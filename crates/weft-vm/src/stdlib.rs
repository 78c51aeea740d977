//! Native modules: `sys` and `math`.
//!
//! `math` reproduces CPython 3.11's `Modules/mathmodule.c`: the same libm
//! calls (glibc's, through Rust's float methods or, where Rust does not call
//! libm, a direct binding), the same special-value rules ("math domain
//! error" / "math range error"), CPython's own Lanczos gamma/lgamma, its
//! correctly rounded `fsum` (Shewchuk's msum) and its `hypot`/`dist`
//! (`vector_norm`).

// The constants below are written as CPython and glibc write them.
#![allow(clippy::excessive_precision)]

use std::cell::RefCell;
use std::rc::Rc;

use dashu_int::ops::{BitTest, Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig};
use weft_compiler::ast::BinOp;

use crate::builtins::index_int;
use crate::dict::DictObj;
use crate::function::{Args, NativeFn};
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::ops::{as_int, int_to_f64, to_big, IntArg};
use crate::strformat::float_to_int;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    init_sys(vm);
    init_math(vm);
}

fn add_fns(vm: &Vm, dict: &DictObj, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        dict.set_str(name, vm.new_builtin(name, f));
    }
}

// ---------------------------------------------------------------------------
// sys
// ---------------------------------------------------------------------------

/// Which standard stream a `sys.stdin`/`stdout`/`stderr` object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StreamKind {
    Stdin,
    Stdout,
    Stderr,
}

/// The stream behind one of weft's own standard stream objects (None for any other object).
pub fn stream_kind(v: &Value) -> Option<StreamKind> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Native(n) => n.borrow().downcast_ref::<StreamKind>().copied(),
            _ => None,
        },
        _ => None,
    }
}

fn this_stream(vm: &Vm, args: &Args, method: &str) -> PyResult<StreamKind> {
    args.pos.first().and_then(stream_kind).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a '_io.TextIOWrapper' object"
        ))
    })
}

fn unsupported(vm: &Vm, what: &str) -> PyErr {
    vm.error("OSError", what.to_string())
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "write")?;
    vm.check_args("write", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let s = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        v => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )))
        }
    };
    match k {
        StreamKind::Stdout => vm.write_stdout(s.as_str())?,
        StreamKind::Stderr => vm.write_stderr(s.as_str())?,
        StreamKind::Stdin => return Err(unsupported(vm, "not writable")),
    }
    Ok(Value::Int(s.char_len as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "flush")?;
    if k == StreamKind::Stdout {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "readline")?;
    if k != StreamKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(Value::string(vm.read_line()?.unwrap_or_default()))
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "readlines")?;
    if k != StreamKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    let mut lines = Vec::new();
    while let Some(l) = vm.read_line()? {
        lines.push(Value::string(l));
    }
    Ok(Value::list(lines))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "read")?;
    if k != StreamKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    let mut out = String::new();
    while let Some(l) = vm.read_line()? {
        out.push_str(&l);
    }
    Ok(Value::string(out))
}

fn stream_next(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "__next__")?;
    if k != StreamKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    match vm.read_line()? {
        Some(l) => Ok(Value::string(l)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn stream_iter(vm: &mut Vm, args: Args) -> PyResult {
    this_stream(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "isatty")?;
    use std::io::IsTerminal;
    Ok(Value::Bool(match k {
        StreamKind::Stdin => std::io::stdin().is_terminal(),
        StreamKind::Stdout => std::io::stdout().is_terminal(),
        StreamKind::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "fileno")?;
    Ok(Value::Int(match k {
        StreamKind::Stdin => 0,
        StreamKind::Stdout => 1,
        StreamKind::Stderr => 2,
    }))
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "readable")?;
    Ok(Value::Bool(k == StreamKind::Stdin))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "writable")?;
    Ok(Value::Bool(k != StreamKind::Stdin))
}

fn stream_repr(vm: &mut Vm, args: Args) -> PyResult {
    let k = this_stream(vm, &args, "__repr__")?;
    let (name, mode) = match k {
        StreamKind::Stdin => ("<stdin>", "r"),
        StreamKind::Stdout => ("<stdout>", "w"),
        StreamKind::Stderr => ("<stderr>", "w"),
    };
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn make_stream(t: &Rc<TypeObj>, kind: StreamKind) -> Value {
    let dict = Rc::new(DictObj::new());
    let (name, mode) = match kind {
        StreamKind::Stdin => ("<stdin>", "r"),
        StreamKind::Stdout => ("<stdout>", "w"),
        StreamKind::Stderr => ("<stderr>", "w"),
    };
    dict.set_str("name", Value::str(name));
    dict.set_str("mode", Value::str(mode));
    dict.set_str("encoding", Value::str("utf-8"));
    dict.set_str("errors", Value::str("strict"));
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(t.clone()),
        dict_cell: Some(RefCell::new(dict)),
        payload: Payload::Native(RefCell::new(Box::new(kind))),
    }))
}

/// A `types.SimpleNamespace`-like object (for `sys.implementation`).
fn make_namespace(vm: &Vm, fields: &[(&str, Value)]) -> Value {
    let t = crate::types::new_type(
        "SimpleNamespace",
        vec![vm.rt.types.object.clone()],
        Layout::Object,
        false,
    );
    t.dict.set_str("__module__", Value::str("types"));
    vm.add_method(&t, "__repr__", namespace_repr);
    let dict = Rc::new(DictObj::new());
    for (k, v) in fields {
        dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(t),
        dict_cell: Some(RefCell::new(dict)),
        payload: Payload::None,
    }))
}

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Ok(Value::str("namespace()"));
    };
    let mut parts = Vec::new();
    if let Some(d) = i.dict() {
        for (k, v) in d.items() {
            let ks = match &k {
                Value::Str(s) => s.as_str().to_string(),
                _ => vm.repr(&k)?.as_str().to_string(),
            };
            parts.push(format!("{ks}={}", vm.repr(&v)?.as_str()));
        }
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

/// A struct sequence (`sys.version_info`, `sys.float_info`): a tuple subclass
/// with named fields and CPython's repr.
fn make_structseq(vm: &Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    let t = structseq_type(vm, "sys", name, &names);
    structseq_instance(&t, fields.iter().map(|(_, v)| v.clone()).collect(), &[])
}

/// The class of a struct sequence `module.name` whose tuple items are `fields`.
pub fn structseq_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> Rc<TypeObj> {
    let t = crate::types::new_type(name, vec![vm.rt.types.tuple.clone()], Layout::Tuple, false);
    t.dict.set_str("__module__", Value::str(module));
    t.dict.set_str(
        "_fields",
        Value::tuple(fields.iter().map(|k| Value::str(k)).collect()),
    );
    t.dict.set_str("n_fields", Value::Int(fields.len() as i64));
    t.dict
        .set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    t.dict.set_str("n_unnamed_fields", Value::Int(0));
    vm.add_method(&t, "__repr__", structseq_repr);
    vm.add_method(&t, "__str__", structseq_repr);
    t
}

/// An instance of the struct sequence class `t`: `values` are its tuple
/// items, `extra` attributes that are not part of the tuple.
pub fn structseq_instance(t: &Rc<TypeObj>, values: Vec<Value>, extra: &[(&str, Value)]) -> Value {
    let dict = Rc::new(DictObj::new());
    if let Some(Value::Tuple(names)) = t.lookup("_fields") {
        for (k, v) in names.items.iter().zip(values.iter()) {
            if let Value::Str(k) = k {
                dict.set_str(k.as_str(), v.clone());
            }
        }
    }
    for (k, v) in extra {
        dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(InstanceObj {
        class: RefCell::new(t.clone()),
        dict_cell: Some(RefCell::new(dict)),
        payload: Payload::Builtin(Value::tuple(values)),
    }))
}

fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Ok(Value::str("()"));
    };
    let ty = i.class();
    let fields: Vec<Value> = match ty.lookup("_fields") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => vec![],
    };
    let values: Vec<Value> = match &i.payload {
        Payload::Builtin(Value::Tuple(t)) => t.items.to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (k, v) in fields.iter().zip(values.iter()) {
        parts.push(format!(
            "{}={}",
            k.as_str().unwrap_or("?"),
            vm.repr(v)?.as_str()
        ));
    }
    let module = match ty.dict.get_str("__module__") {
        Some(Value::Str(m)) => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    Ok(Value::string(format!(
        "{module}{}({})",
        ty.name,
        parts.join(", ")
    )))
}

fn init_sys(vm: &mut Vm) {
    let m = vm.new_module("sys");
    let d = m.dict.clone();
    add_fns(
        vm,
        &d,
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("intern", sys_intern),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("getfilesystemencoding", sys_getdefaultencoding),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
            ("excepthook", sys_excepthook),
            ("setswitchinterval", sys_setswitchinterval),
            ("getswitchinterval", sys_getswitchinterval),
            ("_gil_stats", sys_gil_stats),
            ("_getframe", crate::frameobj::sys_getframe),
        ],
    );
    // Standard streams.
    let stream_t = crate::types::new_type(
        "TextIOWrapper",
        vec![vm.rt.types.object.clone()],
        Layout::Native,
        true,
    );
    stream_t.dict.set_str("__module__", Value::str("_io"));
    let methods: &[(&'static str, NativeFn)] = &[
        ("write", stream_write),
        ("flush", stream_flush),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("read", stream_read),
        ("__next__", stream_next),
        ("__iter__", stream_iter),
        ("isatty", stream_isatty),
        ("fileno", stream_fileno),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("__repr__", stream_repr),
    ];
    for &(name, f) in methods {
        vm.add_method(&stream_t, name, f);
    }
    for (name, kind) in [
        ("stdin", StreamKind::Stdin),
        ("stdout", StreamKind::Stdout),
        ("stderr", StreamKind::Stderr),
    ] {
        let s = make_stream(&stream_t, kind);
        d.set_str(name, s.clone());
        d.set_str(&format!("__{name}__"), s);
    }
    let argv: Vec<Value> = vm.rt.argv.borrow().iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("orig_argv", Value::list(vec![]));
    // No -W options: `if not sys.warnoptions: warnings.simplefilter(...)` is
    // a common idiom.
    d.set_str("warnoptions", Value::list(vec![]));
    d.set_str("path", Value::list(vec![]));
    d.set_str("modules", Value::Dict(vm.rt.modules.clone()));
    d.set_str("version", Value::str("3.11.7 (weft 0.1.0) [Rust]"));
    d.set_str("hexversion", Value::Int(0x030B07F0));
    let vi = make_structseq(
        vm,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    d.set_str("version_info", vi.clone());
    let imp = make_namespace(
        vm,
        &[
            ("name", Value::str("weft")),
            ("cache_tag", Value::None),
            ("version", vi),
            ("hexversion", Value::Int(0x030B07F0)),
        ],
    );
    d.set_str("implementation", imp);
    d.set_str(
        "float_info",
        make_structseq(
            vm,
            "float_info",
            &[
                ("max", Value::Float(f64::MAX)),
                ("max_exp", Value::Int(1024)),
                ("max_10_exp", Value::Int(308)),
                ("min", Value::Float(f64::MIN_POSITIVE)),
                ("min_exp", Value::Int(-1021)),
                ("min_10_exp", Value::Int(-307)),
                ("dig", Value::Int(15)),
                ("mant_dig", Value::Int(53)),
                ("epsilon", Value::Float(f64::EPSILON)),
                ("radix", Value::Int(2)),
                ("rounds", Value::Int(1)),
            ],
        ),
    );
    d.set_str("platform", Value::str("linux"));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "big") {
            "big"
        } else {
            "little"
        }),
    );
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str("executable", Value::str(""));
    d.set_str("prefix", Value::str(""));
    d.set_str("dont_write_bytecode", Value::Bool(true));
    d.set_str("warnoptions", Value::list(vec![]));
    d.set_str(
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("builtins"),
            Value::str("math"),
            Value::str("sys"),
        ]),
    );
    if let Some(hook) = m.dict.get_str("excepthook") {
        m.dict.set_str("__excepthook__", hook);
    }
    vm.rt.modules.set_str("sys", Value::Module(m));
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("exit", &args, 0, 1)?;
    let class = vm.exc_type("SystemExit");
    match args.pos.first() {
        None | Some(Value::None) => Err(vm.new_exception(&class, vec![])),
        Some(Value::Tuple(t)) => Err(vm.new_exception(&class, t.items.to_vec())),
        Some(v) => Err(vm.new_exception(&class, vec![v.clone()])),
    }
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.rt.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("setrecursionlimit", &args, 1, 1)?;
    if let Value::Float(_) = &args.pos[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match index_int(vm, &args.pos[0])? {
        Value::Int(i) => i,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.error(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.rt.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("exc_info", &args, 0, 0)?;
    let e = vm.handled.clone();
    if e.is_none() || e.is_null() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Type(vm.type_of(&e));
    let tb = match &e {
        Value::Instance(i) => match i.exc() {
            Some(data) => crate::traceback::traceback_object(vm, &data.borrow().traceback),
            None => Value::None,
        },
        _ => Value::None,
    };
    Ok(Value::tuple(vec![t, e, tb]))
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("exception", &args, 0, 0)?;
    let e = vm.handled.clone();
    Ok(if e.is_null() { Value::None } else { e })
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("intern", &args, 1, 1)?;
    match &args.pos[0] {
        v @ Value::Str(_) => Ok(v.clone()),
        v => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(weft_format::int_max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = args.take_kw("maxdigits");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "set_int_max_str_digits() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    let v = match (args.pos.first(), kw) {
        (Some(v), None) if args.pos.len() == 1 => v.clone(),
        (None, Some(v)) => v,
        _ => return Err(vm.type_error("set_int_max_str_digits() takes exactly one argument")),
    };
    let n = match index_int(vm, &v)? {
        Value::Int(i) => i,
        _ => i64::MAX,
    };
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    weft_format::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// math
// ---------------------------------------------------------------------------

/// Functions glibc's libm provides that Rust's float methods compute differently.
mod libm {
    extern "C" {
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
    }

    // SAFETY (all of them): pure C functions of one double with no preconditions;
    // the C library is linked into every Rust program on the platforms weft targets.
    pub fn c_erf(x: f64) -> f64 {
        unsafe { erf(x) }
    }
    pub fn c_erfc(x: f64) -> f64 {
        unsafe { erfc(x) }
    }
    pub fn c_asinh(x: f64) -> f64 {
        unsafe { asinh(x) }
    }
    pub fn c_acosh(x: f64) -> f64 {
        unsafe { acosh(x) }
    }
    pub fn c_atanh(x: f64) -> f64 {
        unsafe { atanh(x) }
    }

    /// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c). The C symbol cannot be
    /// called: Rust's compiler-builtins defines its own `cbrt` (a different
    /// algorithm) in every binary, which shadows glibc's.
    pub fn c_cbrt(x: f64) -> f64 {
        const CBRT2: f64 = 1.259_921_049_894_873_164_8;
        const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
        const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
        if x == 0.0 || !x.is_finite() {
            return x + x;
        }
        let (xm, xe) = super::frexp(x.abs());
        let xe = xe as i32;
        let u = 0.354_895_765_043_919_86
            + ((1.508_191_937_815_848_96
                + ((-2.114_994_941_673_712_87
                    + ((2.446_931_225_635_344_3
                        + ((-1.834_692_774_836_130_86
                            + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm)
                                * xm)
                            * xm))
                        * xm))
                    * xm))
                * xm);
        let t2 = u * u * u;
        let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
        super::ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
    }
}

fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `PyFloat_AsDouble` for math arguments.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(_) => {
            let i = as_int(v).unwrap_or(IntArg::Small(0));
            int_to_f64(&i).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__float__") {
                let r = vm.call1(&m, v.clone())?;
                return match &r {
                    Value::Float(f) => Ok(*f),
                    _ => match crate::ops::unwrap_builtin(&r) {
                        Some(Value::Float(f)) => Ok(f),
                        _ => Err(vm.type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(v),
                            vm.type_name(&r)
                        ))),
                    },
                };
            }
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call1(&m, v.clone())?;
                return to_f64(vm, &r);
            }
            if let Payload::Builtin(inner) = &i.payload {
                if matches!(
                    inner,
                    Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                ) {
                    let inner = inner.clone();
                    return to_f64(vm, &inner);
                }
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinity from a
/// finite argument is a range error (`can_overflow`) or a domain error.
fn math_1(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2` error rules for a two-argument function.
fn math_2(vm: &Vm, x: f64, y: f64, r: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! math1 {
    ($fname:ident, $py:literal, $f:expr, $over:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            vm.check_args($py, &args, 1, 1)?;
            let x = to_f64(vm, &args.pos[0])?;
            let f: fn(f64) -> f64 = $f;
            math_1(vm, x, f(x), $over)
        }
    };
}

math1!(m_sqrt, "math.sqrt", f64::sqrt, false);
math1!(m_exp, "math.exp", f64::exp, true);
math1!(m_exp2, "math.exp2", f64::exp2, true);
math1!(m_expm1, "math.expm1", f64::exp_m1, true);
math1!(m_fabs, "math.fabs", f64::abs, false);
math1!(m_sin, "math.sin", f64::sin, false);
math1!(m_cos, "math.cos", f64::cos, false);
math1!(m_tan, "math.tan", f64::tan, false);
math1!(m_asin, "math.asin", f64::asin, false);
math1!(m_acos, "math.acos", f64::acos, false);
math1!(m_atan, "math.atan", f64::atan, false);
math1!(m_sinh, "math.sinh", f64::sinh, true);
math1!(m_cosh, "math.cosh", f64::cosh, true);
math1!(m_tanh, "math.tanh", f64::tanh, false);
math1!(m_asinh, "math.asinh", libm::c_asinh, false);
math1!(m_acosh, "math.acosh", libm::c_acosh, false);
math1!(m_atanh, "math.atanh", libm::c_atanh, false);
math1!(m_erf, "math.erf", libm::c_erf, false);
math1!(m_erfc, "math.erfc", libm::c_erfc, false);
math1!(m_cbrt, "math.cbrt", libm::c_cbrt, false);
math1!(m_log1p, "math.log1p", f64::ln_1p, false);

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.degrees", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.radians", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.gamma", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    match tgamma(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(MathErr::Domain) => Err(domain_error(vm)),
        Err(MathErr::Range) => Err(range_error(vm)),
    }
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.lgamma", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    match lgamma(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(MathErr::Domain) => Err(domain_error(vm)),
        Err(MathErr::Range) => Err(range_error(vm)),
    }
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    vm.check_args(name, args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    Ok((x, y))
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    math_2(vm, y, x, y.atan2(x))
}

fn m_copysign(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    math_2(vm, x, y, x.copysign(y))
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    math_2(vm, x, y, x % y)
}

fn m_remainder(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    math_2(vm, x, y, ieee_remainder(x, y))
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0_f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "pow")?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0_f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error(vm)
        } else {
            range_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// `loghelper`: ints of any size are accepted (log of the frexp parts).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let big = to_big(&i);
        if big <= IBig::ZERO {
            return Err(domain_error(vm));
        }
        if let Some(x) = int_to_f64(&i) {
            return Ok(f(x));
        }
        // n ≈ (top 64 bits) * 2**(bits-64)
        let bits = big.bit_len();
        let top: IBig = &big >> (bits - 64);
        let x = crate::ops::big_to_f64(&top) / 18446744073709551616.0;
        return Ok(f(x) + f(2.0) * bits as f64);
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return if x > 0.0 {
            Ok(x)
        } else {
            Err(domain_error(vm))
        };
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    if let Some(base) = args.pos.get(1) {
        let den = log_of(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.log2", &args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.log10", &args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], f64::log10)?))
}

fn floor_ceil(vm: &mut Vm, args: Args, name: &str, dunder: &str, up: bool) -> PyResult {
    vm.check_args(name, &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(f) => return float_to_int(vm, if up { f.ceil() } else { f.floor() }),
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, dunder) {
                return vm.call1(&m, v.clone());
            }
        }
        _ => {}
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, if up { x.ceil() } else { x.floor() })
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult {
    floor_ceil(vm, args, "math.floor", "__floor__", false)
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult {
    floor_ceil(vm, args, "math.ceil", "__ceil__", true)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.trunc", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(f) => float_to_int(vm, *f),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if let Some(m) = vm.lookup_special(v, "__trunc__") {
                return vm.call1(&m, v.clone());
            }
            if let Some(inner) = crate::ops::unwrap_builtin(v) {
                return m_trunc(vm, Args::new([inner]));
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(v)
            )))
        }
    }
}

fn m_isnan(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.isnan", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_nan()))
}

fn m_isinf(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.isinf", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.isfinite", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_finite()))
}

fn m_isclose(vm: &mut Vm, mut args: Args) -> PyResult {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    let a_kw = args.take_kw("a");
    let b_kw = args.take_kw("b");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "isclose() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    let mut pos: Vec<Value> = args.pos.into_iter().collect();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    if let Some(a) = a_kw {
        if !pos.is_empty() {
            return Err(
                vm.type_error("argument for isclose() given by name ('a') and position (1)")
            );
        }
        pos.push(a);
    }
    if let Some(b) = b_kw {
        if pos.len() >= 2 {
            return Err(
                vm.type_error("argument for isclose() given by name ('b') and position (2)")
            );
        }
        pos.push(b);
    }
    if pos.len() < 2 {
        let missing = if pos.is_empty() { "a" } else { "b" };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{missing}' (pos {})",
            pos.len() + 1
        )));
    }
    let a = to_f64(vm, &pos[0])?;
    let b = to_f64(vm, &pos[1])?;
    let rel_tol = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.modf", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0_f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// C's `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 18014398509481984.0); // 2**54
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// C's `ldexp`/`scalbn` (musl's algorithm: no double rounding for subnormal results).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-100_000, 100_000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-969 = 2**-1022 * 2**53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= pm969;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm969;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.frexp", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let e = match &args.pos[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if **b < IBig::ZERO {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Value::Instance(_)
            if as_int(&crate::ops::unwrap_builtin(&args.pos[1]).unwrap_or(Value::None))
                .is_some() =>
        {
            let inner = crate::ops::unwrap_builtin(&args.pos[1]).unwrap_or(Value::Int(0));
            vm.index_value(&inner).unwrap_or(0)
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        return Err(range_error(vm));
    } else if e < i32::MIN as i64 {
        0.0_f64.copysign(x)
    } else {
        let r = ldexp(x, e);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

// ---- vector_norm (hypot, dist) ----

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    let zz = x.mul_add(y, -z);
    (z, zz)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let y = (a - x) + b;
    (x, y)
}

fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.0);
        csum = sm.0;
        frac1 += pr.1;
        frac2 += sm.1;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.0);
    csum = sm.0;
    frac1 += pr.1;
    frac2 += sm.1;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args.pos.iter() {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("dist", &args, 2, 2)?;
    let p = match &args.pos[0] {
        Value::Tuple(t) => t.items.to_vec(),
        v => vm.collect_iterable(v)?,
    };
    let q = match &args.pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        v => vm.collect_iterable(v)?,
    };
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, a)?;
        let qx = to_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

// ---- fsum ----

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.fsum", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

// ---- integer functions ----

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<IBig> {
    let i = index_int(vm, v)?;
    Ok(match &i {
        Value::Int(x) => IBig::from(*x),
        Value::BigInt(b) => (**b).clone(),
        _ => IBig::ZERO,
    })
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut small: Option<u64> = Some(0);
    let mut big = UBig::ZERO;
    for a in args.pos.iter() {
        let v = index_int(vm, a)?;
        match (&mut small, &v) {
            (Some(g), Value::Int(x)) => {
                let mut a = *g;
                let mut b = x.unsigned_abs();
                while b != 0 {
                    let t = a % b;
                    a = b;
                    b = t;
                }
                *g = a;
            }
            _ => {
                if let Some(g) = small.take() {
                    big = UBig::from(g);
                }
                let x = match &v {
                    Value::Int(x) => UBig::from(x.unsigned_abs()),
                    Value::BigInt(b) => (**b).clone().unsigned_abs(),
                    _ => UBig::ZERO,
                };
                big = if big == UBig::ZERO {
                    x
                } else if x == UBig::ZERO {
                    big
                } else {
                    (&big).gcd(&x)
                };
            }
        }
    }
    Ok(match small {
        Some(g) => Value::from_bigint(IBig::from(g)),
        None => Value::from_bigint(IBig::from(big)),
    })
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = UBig::ONE;
    for a in args.pos.iter() {
        let x = int_arg(vm, a)?.unsigned_abs();
        if x == UBig::ZERO || acc == UBig::ZERO {
            acc = UBig::ZERO;
            continue;
        }
        let g = (&acc).gcd(&x);
        acc = &acc / &g * &x;
    }
    Ok(Value::from_bigint(IBig::from(acc)))
}

/// The product lo * (lo+1) * ... * hi (1 when hi < lo), by binary splitting.
fn product_range(lo: u64, hi: u64) -> UBig {
    if hi < lo {
        return UBig::ONE;
    }
    if hi - lo < 16 {
        let mut acc = UBig::ONE;
        let mut word: u128 = 1;
        for k in lo..=hi {
            match word.checked_mul(k as u128) {
                Some(w) if w < (1u128 << 100) => word = w,
                _ => {
                    acc *= UBig::from(word);
                    word = k as u128;
                }
            }
        }
        return acc * UBig::from(word);
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.factorial", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Ok(n) = u64::try_from(&n) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if n > i64::MAX as u64 {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    }
    Ok(Value::from_bigint(IBig::from(product_range(2, n))))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("perm", &args, 1, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(int_arg(vm, k)?),
    };
    let Some(k) = k else {
        return m_factorial(vm, Args::new([args.pos[0].clone()]));
    };
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    match (u64::try_from(&n), u64::try_from(&k)) {
        (Ok(n), Ok(k)) => Ok(Value::from_bigint(IBig::from(product_range(n - k + 1, n)))),
        (_, Ok(k)) => {
            let mut acc = IBig::ONE;
            for i in 0..k {
                acc *= &n - IBig::from(i);
            }
            Ok(Value::from_bigint(acc))
        }
        _ => Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX))),
    }
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("comb", &args, 2, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = int_arg(vm, &args.pos[1])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    match (u64::try_from(&n), u64::try_from(&k)) {
        (Ok(n), Ok(k)) => {
            if k < 64 {
                let mut acc = UBig::ONE;
                for i in 1..=k {
                    acc = acc * UBig::from(n - k + i) / UBig::from(i);
                }
                return Ok(Value::from_bigint(IBig::from(acc)));
            }
            let num = product_range(n - k + 1, n);
            let den = product_range(2, k);
            Ok(Value::from_bigint(IBig::from(num / den)))
        }
        (_, Ok(k)) => {
            let mut acc = IBig::ONE;
            for i in 1..=k {
                acc = acc * (&n - IBig::from(k) + IBig::from(i)) / IBig::from(i);
            }
            Ok(Value::from_bigint(acc))
        }
        _ => Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))),
    }
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.isqrt", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let u = n.unsigned_abs();
    Ok(Value::from_bigint(IBig::from(u.sqrt())))
}

fn m_prod(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args.take_kw("start");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "prod() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_mul(*b) {
                Some(p) => Value::Int(p),
                None => vm.binary_op(&acc, &item, BinOp::Mult)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => vm.binary_op(&acc, &item, BinOp::Mult)?,
        };
    }
    Ok(acc)
}

fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::Float(nextafter(x, y)))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("math.ulp", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = nextafter(x, -f64::INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ---- gamma and lgamma (CPython's Lanczos approximation) ----

enum MathErr {
    Domain,
    Range,
}

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0_f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathErr::Domain);
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(MathErr::Range);
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / m_sinpi(x));
        }
        return Err(MathErr::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathErr::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn init_math(vm: &mut Vm) {
    let m = vm.new_module("math");
    let d = m.dict.clone();
    add_fns(
        vm,
        &d,
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("fabs", m_fabs),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
            ("cbrt", m_cbrt),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("pow", m_pow),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("remainder", m_remainder),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("isclose", m_isclose),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("fsum", m_fsum),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("perm", m_perm),
            ("comb", m_comb),
            ("isqrt", m_isqrt),
            ("prod", m_prod),
            ("nextafter", m_nextafter),
            ("ulp", m_ulp),
        ],
    );
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    vm.rt.modules.set_str("math", Value::Module(m));
}

/// `sys.setswitchinterval(seconds)`: stored in whole microseconds, as CPython does.
fn sys_setswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("setswitchinterval", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        v @ (Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => to_f64(vm, v)?,
        v if vm.lookup_special(v, "__float__").is_some() => to_f64(vm, v)?,
        v => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let micros = (secs * 1e6) as u64;
    vm.interp
        .gil
        .set_switch_interval(std::time::Duration::from_micros(micros));
    Ok(Value::None)
}

fn sys_getswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("getswitchinterval", &args, 0, 0)?;
    let micros = vm.interp.gil.switch_interval().as_micros() as f64;
    Ok(Value::Float(micros * 1e-6))
}

/// `sys._gil_stats()`: weft's GIL counters, for the whole interpreter and
/// for the calling thread (a dict; waiting time in seconds).
fn sys_gil_stats(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_gil_stats", &args, 0, 0)?;
    let gil = &vm.interp.gil;
    let all = gil.stats();
    let me = gil.current_thread_stats();
    let policy = match gil.policy() {
        weft_gil::Policy::Fair => "fair",
        weft_gil::Policy::CPython => "cpython",
    };
    let d = DictObj::new();
    d.set_str("policy", Value::str(policy));
    d.set_str("acquisitions", Value::Int(all.acquisitions as i64));
    d.set_str("forced_drops", Value::Int(all.forced_drops as i64));
    d.set_str("voluntary_drops", Value::Int(all.voluntary_drops as i64));
    d.set_str("switches", Value::Int(all.switches as i64));
    d.set_str("drop_requests", Value::Int(all.drop_requests as i64));
    d.set_str("wait_time", Value::Float(all.wait_ns_total as f64 / 1e9));
    let t = DictObj::new();
    t.set_str("acquisitions", Value::Int(me.acquisitions as i64));
    t.set_str("forced_drops", Value::Int(me.forced_drops as i64));
    t.set_str("voluntary_drops", Value::Int(me.voluntary_drops as i64));
    t.set_str("wait_time", Value::Float(me.wait_ns_total as f64 / 1e9));
    d.set_str("thread", Value::Dict(Rc::new(t)));
    Ok(Value::Dict(Rc::new(d)))
}

/// `sys.excepthook(type, value, traceback)`: prints the traceback to sys.stderr.
fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("excepthook", &args, 3, 3)?;
    print_exception_to(vm, &args.pos[1], None)?;
    Ok(Value::None)
}

/// Writes the traceback of the exception `exc` to `file` (default sys.stderr),
/// exactly as an uncaught exception is printed.
pub fn print_exception_to(vm: &mut Vm, exc: &Value, file: Option<&Value>) -> PyResult<()> {
    let text = match exc {
        Value::Instance(i) if i.exc().is_some() => vm.format_exception(&PyErr(i.clone())),
        other => {
            let r = vm.str_string(other)?;
            format!("TypeError: print_exception(): Exception expected for value, {r} found\n")
        }
    };
    let file = match file {
        Some(f) if !f.is_none() => f.clone(),
        _ => match vm.rt.modules.get_str("sys") {
            Some(Value::Module(m)) => m.dict.get_str("stderr").unwrap_or(Value::None),
            _ => Value::None,
        },
    };
    if file.is_none() || stream_kind(&file) == Some(StreamKind::Stderr) {
        return vm.write_stderr(&text);
    }
    vm.call_method(&file, "write", Args::new([Value::string(text)]))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_ldexp_roundtrip() {
        for &x in &[
            1.0,
            0.5,
            3.75,
            -1e300,
            5e-324,
            2.2250738585072014e-308,
            123456.789,
        ] {
            let (m, e) = frexp(x);
            assert!(m.abs() >= 0.5 && m.abs() < 1.0, "{x}");
            assert_eq!(ldexp(m, e), x);
        }
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
    }

    #[test]
    fn gamma_values() {
        assert_eq!(tgamma(5.0).ok(), Some(24.0));
        assert!((tgamma(0.5).ok().unwrap_or(0.0) - PI.sqrt()).abs() < 1e-15);
        assert_eq!(lgamma(1.0).ok(), Some(0.0));
    }

    #[test]
    fn product_range_small() {
        assert_eq!(product_range(2, 10), UBig::from(3628800u32));
        assert_eq!(product_range(5, 4), UBig::ONE);
    }
}
