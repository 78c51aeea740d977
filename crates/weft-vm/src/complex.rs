//! `complex`: numbers with a real and an imaginary `f64` part.
//!
//! A native class (its instances hold a [`Complex`]) whose arithmetic goes
//! through the ordinary operator dispatch: `1 + 2j` is `int + complex`, which
//! finds `complex.__radd__`. The compiler turns an imaginary literal `2j` into
//! `complex(0.0, 2.0)`. Results follow CPython 3.11's `complexobject.c`
//! semantics: the same component formulas (so signed zeros, infinities and
//! NaNs come out alike), scaled division, exact integer powers by repeated
//! squaring, the polar form for other powers, the same hash, and a repr that
//! prints each part as `repr(float)` does without a trailing `.0`.

use std::rc::Rc;

use crate::function::{Args, BuiltinFn, BuiltinKind};
use crate::modules::{native_data, native_instance, native_type};
use crate::object::{InstanceObj, Payload, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The value of one complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

fn complex_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("complex") {
        return t.clone();
    }
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("__repr__", c_repr),
        ("__str__", c_repr),
        ("__format__", c_format),
        ("__hash__", c_hash),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__bool__", c_bool),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_div),
        ("__rtruediv__", c_rdiv),
        ("__pow__", c_pow_method),
        ("__rpow__", c_rpow),
        ("__complex__", c_complex),
        ("conjugate", c_conjugate),
        ("__getnewargs__", c_getnewargs),
    ];
    let t = native_type(vm, "builtins", "complex", Some(c_new), methods);
    for (name, getter) in [
        ("real", c_real as crate::function::NativeFn),
        ("imag", c_imag),
    ] {
        let fget = Value::Builtin(Rc::new(BuiltinFn {
            name,
            func: getter,
            kind: BuiltinKind::Function,
            bound: Value::Null,
            owner: "complex",
        }));
        let prop = Value::Instance(Rc::new(InstanceObj {
            class: std::cell::RefCell::new(vm.rt.types.property.clone()),
            dict_cell: None,
            payload: Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        }));
        t.dict.set_str(name, prop);
    }
    t.dict.set_str("__doc__", Value::None);
    vm.rt.native_types.borrow_mut().insert("complex", t.clone());
    t
}

/// Registers the `complex` builtin.
pub fn init(vm: &mut Vm) {
    let t = complex_type(vm);
    vm.rt.builtins.set_str("complex", Value::Type(t));
}

/// A new `complex` value.
pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    native_instance(&complex_type(vm), Complex { re, im })
}

/// The value of `v` if it is a complex number.
pub fn as_complex(v: &Value) -> Option<Complex> {
    native_data::<Complex>(v).map(|c| *c)
}

/// `v` as a complex operand of arithmetic: complex, float, int or bool (also
/// their subclasses); None for anything else (the operator gives NotImplemented).
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    let real = |re: f64| Ok(Some(Complex { re, im: 0.0 }));
    match v {
        Value::Float(f) => real(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = crate::ops::as_int(v).and_then(|i| crate::ops::int_to_f64(&i));
            match i {
                Some(f) => real(f),
                None => Err(vm.overflow_error("int too large to convert to float")),
            }
        }
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(inner) => operand(vm, &inner.clone()),
            _ => Ok(as_complex(v)),
        },
        _ => Ok(None),
    }
}

fn this(vm: &Vm, args: &Args, meth: &str) -> PyResult<Complex> {
    args.pos.first().and_then(as_complex).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' requires a 'complex' object but received a '{}'",
            args.pos
                .first()
                .map_or("nothing".to_string(), |v| vm.type_name(v))
        ))
    })
}

/// Both operands of a binary method, or None when the other is no number.
fn pair(vm: &Vm, args: &Args, meth: &str) -> PyResult<Option<(Complex, Complex)>> {
    let a = this(vm, args, meth)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(operand(vm, &args.pos[1])?.map(|b| (a, b)))
}

fn add(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re + b.re,
        im: a.im + b.im,
    }
}

fn sub(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re - b.re,
        im: a.im - b.im,
    }
}

fn mul(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// Division scaled by the larger component of the divisor (Smith's method),
/// which avoids overflow in the intermediate products.
fn div(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // A NaN component: the comparisons above both failed.
        Ok(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// `a ** n` for a non-negative integer `n`, by repeated squaring.
fn pow_uint(a: Complex, n: u64) -> Complex {
    let mut r = Complex { re: 1.0, im: 0.0 };
    let mut p = a;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` in general (polar form).
fn pow_general(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `a ** b`: small integral exponents multiply exactly, as CPython does.
pub fn pow(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    let r = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            pow_uint(a, n as u64)
        } else {
            let p = pow_uint(a, n.unsigned_abs());
            div(vm, Complex { re: 1.0, im: 0.0 }, p)
                .map_err(|_| vm.zero_division("0.0 to a negative or complex power"))?
        }
    } else {
        pow_general(vm, a, b)?
    };
    let finite_in = a.re.is_finite() && a.im.is_finite() && b.re.is_finite() && b.im.is_finite();
    if finite_in && !(r.re.is_finite() && r.im.is_finite()) {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn ok(vm: &Vm, c: Complex) -> PyResult {
    Ok(new_complex(vm, c.re, c.im))
}

macro_rules! binary {
    ($name:ident, $rname:ident, $meth:literal, $rmeth:literal, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let Some(($a, $b)) = pair(vm, &args, $meth)? else {
                return Ok(Value::NotImplemented);
            };
            let $vm: &Vm = vm;
            let r: PyResult<Complex> = $body;
            ok(vm, r?)
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult {
            let Some(($b, $a)) = pair(vm, &args, $rmeth)? else {
                return Ok(Value::NotImplemented);
            };
            let $vm: &Vm = vm;
            let r: PyResult<Complex> = $body;
            ok(vm, r?)
        }
    };
}

binary!(c_add, c_radd, "__add__", "__radd__", |_vm, a, b| Ok(add(
    a, b
)));
binary!(c_sub, c_rsub, "__sub__", "__rsub__", |_vm, a, b| Ok(sub(
    a, b
)));
binary!(c_mul, c_rmul, "__mul__", "__rmul__", |_vm, a, b| Ok(mul(
    a, b
)));
binary!(
    c_div,
    c_rdiv,
    "__truediv__",
    "__rtruediv__",
    |vm, a, b| div(vm, a, b)
);

fn c_pow_method(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() == 3 && !args.pos[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    let two = Args::new(args.pos.iter().take(2).cloned());
    let Some((a, b)) = pair(vm, &two, "__pow__")? else {
        return Ok(Value::NotImplemented);
    };
    let r = pow(vm, a, b)?;
    ok(vm, r)
}

fn c_rpow(vm: &mut Vm, args: Args) -> PyResult {
    let two = Args::new(args.pos.iter().take(2).cloned());
    let Some((b, a)) = pair(vm, &two, "__rpow__")? else {
        return Ok(Value::NotImplemented);
    };
    let r = pow(vm, a, b)?;
    ok(vm, r)
}

fn c_neg(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__neg__")?;
    Ok(new_complex(vm, -c.re, -c.im))
}

fn c_pos(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__pos__")?;
    Ok(new_complex(vm, c.re, c.im))
}

fn c_abs(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__abs__")?;
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn c_bool(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__bool__")?;
    Ok(Value::Bool(c.re != 0.0 || c.im != 0.0))
}

/// Equality with numbers: exact for complex and float, and for ints
/// compared by value (an int equals a complex with a zero imaginary part).
fn equal(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Option<bool>> {
    let a = this(vm, args, meth)?;
    vm.check_args(meth, args, 2, 2)?;
    let other = &args.pos[1];
    if let Some(b) = as_complex(other) {
        return Ok(Some(a.re == b.re && a.im == b.im));
    }
    if a.im != 0.0 {
        return Ok(match operand(vm, other) {
            Ok(Some(_)) | Err(_) => Some(false),
            Ok(None) => None,
        });
    }
    match other {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            vm.eq(&Value::Float(a.re), other).map(Some)
        }
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(inner) => {
                let inner = inner.clone();
                if operand(vm, &inner)?.is_some() {
                    vm.eq(&Value::Float(a.re), &inner).map(Some)
                } else {
                    Ok(None)
                }
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn c_eq(vm: &mut Vm, args: Args) -> PyResult {
    Ok(equal(vm, &args, "__eq__")?.map_or(Value::NotImplemented, Value::Bool))
}

fn c_ne(vm: &mut Vm, args: Args) -> PyResult {
    Ok(equal(vm, &args, "__ne__")?.map_or(Value::NotImplemented, |b| Value::Bool(!b)))
}

/// `hash(real) + 1000003 * hash(imag)`, so `hash(2+0j) == hash(2)`.
fn c_hash(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__hash__")?;
    let hr = crate::hash::hash_float(c.re) as u64;
    let hi = crate::hash::hash_float(c.im) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn c_real(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Float(this(vm, &args, "real")?.re))
}

fn c_imag(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Float(this(vm, &args, "imag")?.im))
}

fn c_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "conjugate")?;
    vm.check_args("conjugate", &args, 1, 1)?;
    Ok(new_complex(vm, c.re, -c.im))
}

fn c_complex(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__complex__")?;
    Ok(new_complex(vm, c.re, c.im))
}

fn c_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}

/// One part as `repr(float)` prints it, without a trailing `.0`.
fn part(x: f64) -> String {
    let s = weft_format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(z)`: `2j` when the real part is +0, else `(1+2j)`.
pub fn complex_repr(c: Complex) -> String {
    let imag = part(c.im);
    let imag = if imag.starts_with('-') {
        imag
    } else {
        format!("+{imag}")
    };
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", imag.trim_start_matches('+'));
    }
    format!("({}{}j)", part(c.re), imag)
}

fn c_repr(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__repr__")?;
    Ok(Value::string(complex_repr(c)))
}

/// `format(z, spec)`: `[[fill]align][sign][width][.precision][type]`. Both
/// parts are formatted as floats (the imaginary one always signed) and the
/// pair is padded to `width` as a whole; with no type and no precision it is
/// `str(z)` padded.
fn c_format(vm: &mut Vm, args: Args) -> PyResult {
    let c = this(vm, &args, "__format__")?;
    vm.check_args("__format__", &args, 2, 2)?;
    let Some(spec) = args.pos[1].as_str().map(str::to_string) else {
        return Err(vm.type_error("__format__() argument must be str"));
    };
    if spec.is_empty() {
        return Ok(Value::string(complex_repr(c)));
    }
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let (mut fill, mut align) = (' ', None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = chars[0];
        align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        align = Some(chars[0]);
        i = 1;
    }
    if align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut sign = String::new();
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sign.push(chars[i]);
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    let rest: String = chars[i..].iter().collect();
    let body = if rest.is_empty() {
        let r = complex_repr(c);
        if sign == "+" && !r.starts_with('-') && !r.starts_with('(') {
            format!("+{r}")
        } else {
            r
        }
    } else {
        let ty = rest.chars().last().filter(|ch| ch.is_ascii_alphabetic());
        if let Some(t) = ty {
            if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
                return Err(vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'complex'"
                )));
            }
        }
        let re_spec = format!("{sign}{rest}");
        let im_spec = format!("+{rest}");
        let with_real = ty.is_some() || !(c.re == 0.0 && c.re.is_sign_positive());
        let im = vm.format(&Value::Float(c.im), &Value::string(im_spec))?;
        if with_real {
            let re = vm.format(&Value::Float(c.re), &Value::string(re_spec))?;
            format!("{}{}j", re.as_str(), im.as_str())
        } else {
            let im = vm.format(&Value::Float(c.im), &Value::string(re_spec))?;
            format!("{}j", im.as_str())
        }
    };
    let n = body.chars().count();
    if n >= width {
        return Ok(Value::string(body));
    }
    let pad = width - n;
    let fill_s = |k: usize| fill.to_string().repeat(k);
    let out = match align.unwrap_or('>') {
        '<' => format!("{body}{}", fill_s(pad)),
        '^' => format!("{}{body}{}", fill_s(pad / 2), fill_s(pad - pad / 2)),
        _ => format!("{}{body}", fill_s(pad)),
    };
    Ok(Value::string(out))
}

/// Parses `complex('1+2j')`-style text (surrounding spaces and parentheses allowed).
fn parse(s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() {
        return None;
    }
    let float = |x: &str| -> Option<f64> {
        let ok = !x.is_empty()
            && x.chars()
                .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '+' | '-' | '_'));
        if !ok || x.contains("__") || x.starts_with('_') || x.ends_with('_') {
            return None;
        }
        let cleaned = x.replace('_', "");
        let lower = cleaned.to_ascii_lowercase();
        let body = lower.trim_start_matches(['+', '-']);
        if !matches!(body, "inf" | "infinity" | "nan")
            && !body
                .chars()
                .all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | 'e' | '+' | '-'))
        {
            return None;
        }
        cleaned.parse::<f64>().ok()
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float(t).map(|re| Complex { re, im: 0.0 });
    };
    // Split before the sign that starts the imaginary part (not an exponent's).
    let bytes = body.as_bytes();
    let mut split = None;
    for k in (1..bytes.len()).rev() {
        if matches!(bytes[k], b'+' | b'-') && !matches!(bytes[k - 1], b'e' | b'E') {
            split = Some(k);
            break;
        }
    }
    let imag = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(x),
        }
    };
    match split {
        Some(k) => Some(Complex {
            re: float(&body[..k])?,
            im: imag(&body[k..])?,
        }),
        None => Some(Complex {
            re: 0.0,
            im: imag(body)?,
        }),
    }
}

/// A number argument of `complex()`: via `__complex__`, then `__float__` /
/// `__index__`; None when `v` is no number.
/// The flag tells whether it was a complex (not a real) number.
fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<(Complex, bool)>> {
    if let Some(c) = operand(vm, v)? {
        return Ok(Some((c, as_complex(v).is_some())));
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.lookup_special(v, "__complex__") {
            let r = vm.call1(&m, v.clone())?;
            return match as_complex(&r) {
                Some(c) => Ok(Some((c, true))),
                None => Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
        for name in ["__float__", "__index__"] {
            if let Some(m) = vm.lookup_special(v, name) {
                let r = vm.call1(&m, v.clone())?;
                if let Some(c) = operand(vm, &r)? {
                    return Ok(Some((c, false)));
                }
                return Err(vm.type_error(format!(
                    "{name} returned non-{} (type {})",
                    if name == "__float__" { "float" } else { "int" },
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(None)
}

/// `complex(real=0, imag=0)` / `complex(string)`.
fn c_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("complex.__new__(X): X is not a type object")),
    };
    let rest = Args {
        pos: args.pos.iter().skip(1).cloned().collect(),
        kw: args.kw.clone(),
    };
    let a = crate::constructors::bind(vm, rest, "complex", &["real", "imag"])?;
    let (real, imag) = (a[0].clone(), a[1].clone());
    let value = match (&real, &imag) {
        (None, None) => Complex { re: 0.0, im: 0.0 },
        (Some(Value::Str(s)), None) => match parse(s.as_str()) {
            Some(c) => c,
            None => return Err(vm.value_error("complex() arg is a malformed string")),
        },
        (Some(Value::Str(_)), Some(_)) => {
            return Err(vm.type_error("complex() can't take second arg if first is a string"))
        }
        (_, Some(Value::Str(_))) => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        _ => {
            let r = match &real {
                Some(v) => match number_arg(vm, v)? {
                    Some(c) => c,
                    None => {
                        return Err(vm.type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                },
                None => (Complex { re: 0.0, im: 0.0 }, false),
            };
            let i = match &imag {
                Some(v) => match number_arg(vm, v)? {
                    Some(c) => Some(c),
                    None => {
                        return Err(vm.type_error(format!(
                            "complex() second argument must be a number, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                },
                None => None,
            };
            // real + imag*1j, touching a component only when a complex
            // argument contributes to it (so `complex(1, -0.0)` keeps -0.0).
            let ((r, r_complex), i) = (r, i);
            match i {
                Some((i, i_complex)) => Complex {
                    re: if i_complex { r.re - i.im } else { r.re },
                    im: if r_complex { i.re + r.im } else { i.re },
                },
                None => r,
            }
        }
    };
    Ok(native_instance(&cls, value))
}
