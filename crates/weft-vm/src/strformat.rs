//! String formatting: `str % args` (printf style), `str.format` /
//! `str.format_map`, and `format(value, spec)` (also used by f-strings).
//!
//! The text of numbers comes from `weft-format`, which is CPython-exact; this
//! module fetches arguments, converts values and reproduces CPython's argument
//! rules and error messages (`Objects/unicodeobject.c`'s `PyUnicode_Format`,
//! `Objects/stringlib/unicode_format.h`'s `MarkupIterator`, and
//! `PyObject_Format`).

use std::rc::Rc;

use dashu_int::IBig;
use weft_format::{
    parse_format_spec, Count, FormatError, IntRef, PercentFlags, PercentParser, PercentPiece,
    PercentSpec,
};

use crate::function::Args;
use crate::object::Payload;
use crate::ops::{as_int, int_to_f64, IntArg};
use crate::value::{StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// A `weft_format` error as the Python exception it names.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    vm.error(e.class_name(), e.message())
}

fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    match IBig::try_from(t) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(_) => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

// ---------------------------------------------------------------------------
// format(value, spec)
// ---------------------------------------------------------------------------

impl Vm {
    /// `format(v, spec)`: the `format()` builtin and f-string replacement fields.
    /// `spec` is a str (`Value::Null` / `None` count as the empty spec).
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Rc<StrObj>> {
        let spec_s: Rc<StrObj> = match spec {
            Value::Str(s) => s.clone(),
            Value::Null | Value::None => {
                // Fast paths for the common f-string case.
                match v {
                    Value::Str(s) => return Ok(s.clone()),
                    Value::Int(i) => return Ok(Rc::new(StrObj::new(i.to_string()))),
                    _ => Rc::new(StrObj::new("")),
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    self.type_name(spec)
                )))
            }
        };
        self.format_with(v, &spec_s)
    }

    fn format_with(&mut self, v: &Value, spec: &Rc<StrObj>) -> PyResult<Rc<StrObj>> {
        let s = spec.as_str();
        match v {
            Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => {
                self.format_builtin(v, s, None)
            }
            Value::Instance(inst) => {
                let ty = inst.class();
                let found = ty.lookup("__format__");
                // A subclass of int/float/str that does not define __format__
                // formats its built-in value (under its own type name).
                if matches!(found, None | Some(Value::Builtin(_))) {
                    if let Payload::Builtin(inner) = &inst.payload {
                        if matches!(
                            inner,
                            Value::Str(_)
                                | Value::Int(_)
                                | Value::BigInt(_)
                                | Value::Bool(_)
                                | Value::Float(_)
                        ) {
                            // An empty spec formats as `str(v)`, which honours an
                            // overridden `__str__`/`__repr__`.
                            if s.is_empty() {
                                return Ok(Rc::new(StrObj::new(self.str_string(v)?)));
                            }
                            let inner = inner.clone();
                            return self.format_builtin(&inner, s, Some(&ty.name));
                        }
                    }
                }
                match found {
                    Some(Value::Builtin(b)) => {
                        if matches!(b.owner, "object" | "int" | "bool" | "float" | "str") {
                            return self.default_format(v, s);
                        }
                        let f = Value::Builtin(b);
                        let r = self.call2(&f, v.clone(), Value::Str(spec.clone()))?;
                        self.format_result(r)
                    }
                    Some(m) => {
                        let r = self.call_descriptor2(m, v, Value::Str(spec.clone()))?;
                        self.format_result(r)
                    }
                    None => self.default_format(v, s),
                }
            }
            _ => self.default_format(v, s),
        }
    }

    /// Calls a method found on the type with `self` and one argument.
    fn call_descriptor2(&mut self, m: Value, this: &Value, arg: Value) -> PyResult {
        match &m {
            Value::Function(_) | Value::Builtin(_) => self.call2(&m, this.clone(), arg),
            _ => {
                let bound = self.bind_descriptor(m, this)?;
                self.call1(&bound, arg)
            }
        }
    }

    fn format_result(&self, r: Value) -> PyResult<Rc<StrObj>> {
        match r {
            Value::Str(s) => Ok(s),
            Value::Instance(ref i) => match &i.payload {
                Payload::Builtin(Value::Str(s)) => Ok(s.clone()),
                _ => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&r)
                ))),
            },
            _ => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            ))),
        }
    }

    /// `object.__format__`: `str(v)` for an empty spec, else a TypeError.
    fn default_format(&mut self, v: &Value, spec: &str) -> PyResult<Rc<StrObj>> {
        if spec.is_empty() {
            return self.str(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v)
        )))
    }

    /// int / bool / float / str formatting; `type_name` overrides the name used in errors
    /// (instances of subclasses).
    pub(crate) fn format_builtin(
        &mut self,
        v: &Value,
        spec: &str,
        type_name: Option<&str>,
    ) -> PyResult<Rc<StrObj>> {
        let r = match v {
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.clone());
                }
                let tn = type_name.unwrap_or("str");
                parse_format_spec(spec, tn)
                    .and_then(|fs| weft_format::format_str(s.as_str(), &fs, tn))
            }
            Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.to_string()),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let iv = int_ref(v).unwrap_or(IntRef::Small(0));
                if spec.is_empty() {
                    weft_format::int_to_str(iv)
                } else {
                    let tn = type_name.unwrap_or(if matches!(v, Value::Bool(_)) {
                        "bool"
                    } else {
                        "int"
                    });
                    parse_format_spec(spec, tn).and_then(|fs| weft_format::format_int(iv, &fs, tn))
                }
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    Ok(weft_format::float_repr(*f))
                } else {
                    let tn = type_name.unwrap_or("float");
                    parse_format_spec(spec, tn)
                        .and_then(|fs| weft_format::format_float(*f, &fs, tn))
                }
            }
            _ => return self.default_format(v, spec),
        };
        match r {
            Ok(s) => Ok(Rc::new(StrObj::new(s))),
            Err(e) => Err(format_error(self, e)),
        }
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// The argument cursor of `PyUnicode_Format` (`arglen`/`argidx` with CPython's
/// conventions: a non-tuple argument has `arglen == -1` and `argidx == -2`).
struct ArgCursor {
    args: Value,
    arglen: isize,
    argidx: isize,
}

impl ArgCursor {
    fn next(&mut self, vm: &Vm) -> PyResult {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                if let Some(v) = t.items.get(idx as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`.
fn is_format_mapping(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Instance(_) => {
            let ty = vm.type_of(v);
            if ty.lookup("__getitem__").is_some() {
                return !ty.is_subtype(&vm.rt.types.tuple) && !ty.is_subtype(&vm.rt.types.str);
            }
            false
        }
        _ => false,
    }
}

/// `fmt % args` for `str` and `bytes` formats.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    match fmt {
        Value::Str(s) => {
            let out = percent_core(vm, s.as_str(), args, false)?;
            Ok(Value::string(out))
        }
        Value::Bytes(b) => {
            // Work on the latin-1 decoding; every produced character is < 256.
            let text: String = b.data.iter().map(|&c| c as char).collect();
            let out = percent_core(vm, &text, args, true)?;
            Ok(Value::bytes(out.chars().map(|c| c as u32 as u8).collect()))
        }
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for %: '{}' and '{}'",
            vm.type_name(fmt),
            vm.type_name(args)
        ))),
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn percent_core(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    // A tuple subclass supplies its items, as a tuple does.
    let args = &match crate::ops::unwrap_builtin(args) {
        Some(inner @ Value::Tuple(_)) => inner,
        _ => args.clone(),
    };
    let mut cur = match args {
        Value::Tuple(t) => ArgCursor {
            args: args.clone(),
            arglen: t.items.len() as isize,
            argidx: 0,
        },
        _ => ArgCursor {
            args: args.clone(),
            arglen: -1,
            argidx: -2,
        },
    };
    let dict = if matches!(args, Value::Tuple(_) | Value::Str(_)) || !is_format_mapping(vm, args) {
        None
    } else {
        Some(args.clone())
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    // Where the next piece starts, in bytes and in characters.
    let (mut done_bytes, mut done_chars) = (0usize, 0usize);
    for piece in PercentParser::new(fmt) {
        let piece = match piece {
            Ok(p) => p,
            Err(m) => {
                let tail = fmt.get(done_bytes..).unwrap_or("");
                return Err(malformed_spec_error(
                    vm, tail, &dict, &mut cur, bytes_mode, m,
                ));
            }
        };
        match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                let end = (s.as_ptr() as usize).saturating_sub(fmt.as_ptr() as usize) + s.len();
                done_chars += fmt.get(done_bytes..end).map_or(0, |t| t.chars().count());
                done_bytes = end;
            }
            PercentPiece::Spec(spec) => {
                let tail = fmt.get(done_bytes..).unwrap_or("");
                let n = (spec.index + 1).saturating_sub(done_chars);
                done_bytes += tail.char_indices().nth(n).map_or(tail.len(), |(b, _)| b);
                done_chars = spec.index + 1;
                if let Some(key) = spec.mapping_key {
                    let Some(d) = &dict else {
                        return Err(vm.type_error("format requires a mapping"));
                    };
                    let d = d.clone();
                    let k = if bytes_mode {
                        Value::bytes(key.chars().map(|c| c as u32 as u8).collect())
                    } else {
                        Value::str(key)
                    };
                    let v = vm.get_item(&d, &k)?;
                    cur = ArgCursor {
                        args: v,
                        arglen: -1,
                        argidx: -2,
                    };
                }
                let prev_is_digit = fmt[..done_bytes]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit());
                convert_one(vm, &spec, &mut cur, bytes_mode, prev_is_digit, &mut out)?;
            }
        }
    }
    if cur.argidx < cur.arglen && dict.is_none() {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// The error for a malformed conversion (`tail` starts at its '%'): CPython
/// checks for a mapping, looks up the key and fetches `*` arguments while it
/// parses, so those errors win over "incomplete format".
fn malformed_spec_error(
    vm: &mut Vm,
    tail: &str,
    dict: &Option<Value>,
    cur: &mut ArgCursor,
    bytes_mode: bool,
    msg: String,
) -> PyErr {
    let mut it = tail.chars().peekable();
    it.next();
    if it.peek() == Some(&'(') {
        let Some(d) = dict else {
            return vm.type_error("format requires a mapping");
        };
        it.next();
        let mut depth = 1;
        let mut key = String::new();
        loop {
            match it.next() {
                None => return vm.value_error(msg),
                Some('(') => {
                    depth += 1;
                    key.push('(');
                }
                Some(')') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    key.push(')');
                }
                Some(c) => key.push(c),
            }
        }
        let k = if bytes_mode {
            Value::bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            Value::string(key)
        };
        match vm.get_item(d, &k) {
            Ok(v) => {
                *cur = ArgCursor {
                    args: v,
                    arglen: -1,
                    argidx: -2,
                }
            }
            Err(e) => return e,
        }
    }
    while it
        .peek()
        .is_some_and(|c| matches!(c, '-' | '+' | ' ' | '#' | '0'))
    {
        it.next();
    }
    let mut star = |it: &mut std::iter::Peekable<std::str::Chars>, vm: &mut Vm| -> Option<PyErr> {
        if it.peek() == Some(&'*') {
            it.next();
            return star_arg(vm, cur).err();
        }
        while it.peek().is_some_and(|c| c.is_ascii_digit()) {
            it.next();
        }
        None
    };
    if let Some(e) = star(&mut it, vm) {
        return e;
    }
    if it.peek() == Some(&'.') {
        it.next();
        if let Some(e) = star(&mut it, vm) {
            return e;
        }
    }
    vm.value_error(msg)
}

fn star_arg(vm: &mut Vm, cur: &mut ArgCursor) -> PyResult<i64> {
    let v = cur.next(vm)?;
    match &v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.value_error("width too big")),
        _ => Err(vm.type_error("* wants int")),
    }
}

fn convert_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    cur: &mut ArgCursor,
    bytes_mode: bool,
    prev_is_digit: bool,
    out: &mut String,
) -> PyResult<()> {
    let mut flags: PercentFlags = spec.flags;
    let width = match spec.width {
        None => None,
        Some(Count::Num(n)) => Some(n),
        Some(Count::Star) => {
            let n = star_arg(vm, cur)?;
            Some(weft_format::star_width(n, &mut flags))
        }
    };
    let precision = match spec.precision {
        None => None,
        Some(Count::Num(n)) => Some(n),
        Some(Count::Star) => {
            let n = star_arg(vm, cur)?;
            Some(weft_format::star_precision(n))
        }
    };
    let v = cur.next(vm)?;
    match spec.conversion {
        's' | 'r' | 'a' | 'b' if bytes_mode => {
            let s = match spec.conversion {
                's' | 'b' => bytes_like_text(vm, &v)?,
                _ => vm.ascii(&v)?.as_str().to_string(),
            };
            weft_format::percent_pad_into(out, &s, flags, width, precision);
        }
        's' | 'r' | 'a' => {
            let s = match spec.conversion {
                's' => vm.str(&v)?,
                'r' => vm.repr(&v)?,
                _ => vm.ascii(&v)?,
            };
            weft_format::percent_pad_into(out, s.as_str(), flags, width, precision);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let iv = percent_int_value(vm, &v, spec.conversion)?;
            let r = weft_format::percent_int_into(
                out,
                int_ref(&iv).unwrap_or(IntRef::Small(0)),
                flags,
                width,
                precision,
                spec.conversion,
            );
            r.map_err(|e| format_error(vm, e))?;
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match percent_float_value(vm, &v) {
                Err(e)
                    if bytes_mode
                        && e.is_instance_of(&vm.exc_type("TypeError"))
                        && !matches!(v, Value::Instance(_)) =>
                {
                    return Err(
                        vm.type_error(format!("float argument required, not {}", vm.type_name(&v)))
                    );
                }
                r => r?,
            };
            weft_format::percent_float_into(out, f, flags, width, precision, spec.conversion);
        }
        'c' => {
            let c = if bytes_mode {
                percent_byte_char(vm, &v)?
            } else {
                percent_char(vm, &v)?
            };
            let mut buf = [0u8; 4];
            weft_format::percent_pad_into(out, c.encode_utf8(&mut buf), flags, width, None);
        }
        _ if bytes_mode => return Err(bytes_unsupported(vm, spec, prev_is_digit)),
        _ => return Err(vm.value_error(spec.unsupported_message())),
    }
    Ok(())
}

/// An unsupported conversion in a bytes format. CPython reads the character
/// as a signed C `char` (a byte >= 0x80 is negative, and formatting the
/// message fails) except right after width/precision digits.
fn bytes_unsupported(vm: &Vm, spec: &PercentSpec, prev_is_digit: bool) -> PyErr {
    let c = spec.conversion;
    let after_number = prev_is_digit
        && (matches!(spec.width, Some(Count::Num(_)))
            || matches!(spec.precision, Some(Count::Num(_))));
    if (c as u32) >= 0x80 && !after_number {
        return vm.overflow_error("character argument not in range(0x110000)");
    }
    vm.value_error(format!(
        "unsupported format character '{c}' (0x{:x}) at index {}",
        c as u32, spec.index
    ))
}

/// `%s` / `%b` in a bytes format: a bytes-like object or `__bytes__`, as latin-1 text.
fn bytes_like_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Bytes(b) => Ok(latin1(&b.data)),
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__bytes__") {
                let r = vm.call1(&m, v.clone())?;
                if let Value::Bytes(b) = &r {
                    return Ok(latin1(&b.data));
                }
                return Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                )));
            }
            if let Payload::Builtin(Value::Bytes(b)) = &i.payload {
                return Ok(latin1(&b.data));
            }
            Err(bytes_required(vm, v))
        }
        _ => Err(bytes_required(vm, v)),
    }
}

fn bytes_required(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    ))
}

/// The int a `%d`/`%x`... conversion formats (CPython's `mainformatlong`).
fn percent_int_value(vm: &mut Vm, v: &Value, conv: char) -> PyResult {
    let hexlike = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &Vm, v: &Value| {
        if hexlike {
            vm.type_error(format!(
                "%{conv} format: an integer is required, not {}",
                vm.type_name(v)
            ))
        } else {
            vm.type_error(format!(
                "%{conv} format: a real number is required, not {}",
                vm.type_name(v)
            ))
        }
    };
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Float(f) => {
            if hexlike {
                Err(wrong(vm, v))
            } else {
                float_to_int(vm, *f)
            }
        }
        Value::Instance(i) => {
            if let Payload::Builtin(inner @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) =
                &i.payload
            {
                return Ok(inner.clone());
            }
            let names: &[&str] = if hexlike {
                &["__index__"]
            } else {
                &["__int__", "__index__", "__trunc__"]
            };
            for n in names {
                if let Some(m) = vm.lookup_special(v, n) {
                    let r = vm.call1(&m, v.clone())?;
                    return match r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(r),
                        _ => Err(vm.type_error(format!(
                            "{n} returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            if !hexlike {
                if let Payload::Builtin(Value::Float(f)) = &i.payload {
                    return float_to_int(vm, *f);
                }
            }
            Err(wrong(vm, v))
        }
        _ => Err(wrong(vm, v)),
    }
}

/// `float(v)` for `%f`-style conversions (`PyNumber_Float` without str parsing).
fn percent_float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = as_int(v).unwrap_or(IntArg::Small(0));
            int_to_f64(&i).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        Value::Instance(i) => {
            if let Some(m) = vm.lookup_special(v, "__float__") {
                let r = vm.call1(&m, v.clone())?;
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Payload::Builtin(inner) = &i.payload {
                if matches!(
                    inner,
                    Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                ) {
                    let inner = inner.clone();
                    return percent_float_value(vm, &inner);
                }
            }
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call1(&m, v.clone())?;
                return percent_float_value(vm, &r);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    match v {
        Value::Str(s) => {
            if s.char_len == 1 {
                Ok(s.char_at(0))
            } else {
                Err(vm.type_error("%c requires int or char"))
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            weft_format::percent_char(int_ref(v).unwrap_or(IntRef::Small(0)))
                .map_err(|e| format_error(vm, e))
        }
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call1(&m, v.clone())?;
                if let Some(i) = int_ref(&r) {
                    return weft_format::percent_char(i).map_err(|e| format_error(vm, e));
                }
            }
            if let Some(inner) = crate::ops::unwrap_builtin(v) {
                return percent_char(vm, &inner);
            }
            Err(vm.type_error("%c requires int or char"))
        }
        _ => Err(vm.type_error("%c requires int or char")),
    }
}

fn percent_byte_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let bad = |vm: &Vm| vm.type_error("%c requires an integer in range(256) or a single byte");
    match v {
        Value::Bytes(b) => {
            if b.data.len() == 1 {
                Ok(b.data[0] as char)
            } else {
                Err(bad(vm))
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            let n = match vm.index_value(v) {
                Ok(n) => n,
                Err(e) if e.is_instance_of(&vm.exc_type("TypeError")) => return Err(bad(vm)),
                Err(_) => -1,
            };
            if !(0..256).contains(&n) {
                return Err(vm.overflow_error("%c arg not in range(256)"));
            }
            Ok(n as u8 as char)
        }
        _ => Err(bad(vm)),
    }
}

// ---------------------------------------------------------------------------
// str.format / str.format_map
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

/// Where named and positional fields come from.
struct FormatCtx<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: &'a [(Rc<StrObj>, Value)],
    mapping: Option<Value>,
    auto: AutoNumber,
    next_auto: usize,
}

/// `str.format(*args, **kwargs)`; `args.pos[0]` is the format string.
pub fn str_format_method(vm: &mut Vm, args: Args) -> PyResult {
    let Args { pos, kw } = args;
    let fmt = match pos.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "descriptor 'format' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("unbound method str.format() needs an argument")),
    };
    let mut ctx = FormatCtx {
        args: Some(&pos[1..]),
        kwargs: &kw,
        mapping: None,
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let out = build_string(vm, fmt.as_str(), &mut ctx, 2)?;
    Ok(Value::string(out))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("str.format_map() takes no keyword arguments"));
    }
    let fmt = match args.pos.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "descriptor 'format_map' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("unbound method str.format_map() needs an argument")),
    };
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let mut ctx = FormatCtx {
        args: None,
        kwargs: &[],
        mapping: Some(args.pos[1].clone()),
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let out = build_string(vm, fmt.as_str(), &mut ctx, 2)?;
    Ok(Value::string(out))
}

fn build_string(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let n = b.len();
    let mut pos = 0usize;
    let mut out = String::with_capacity(n + 16);
    while pos < n {
        // Literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < n {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if b[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.push_str(&fmt[start..start + len]);
        if !markup {
            continue;
        }
        // A replacement field: name[!conv][:spec]}
        let name_start = pos;
        let mut c = 0u8;
        while pos < n {
            c = b[pos];
            pos += 1;
            match c {
                b'{' => return Err(vm.value_error("unexpected '{' in field name")),
                b'[' => {
                    while pos < n && b[pos] != b']' {
                        pos += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        if !matches!(c, b'}' | b':' | b'!') {
            // Ran off the end (possibly inside a multi-byte character).
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field_name = &fmt[name_start..pos - 1];
        let mut conversion: Option<char> = None;
        let mut spec_range: Option<(usize, usize)> = None;
        let mut spec_needs_expanding = false;
        if c == b'!' || c == b':' {
            let mut done = false;
            if c == b'!' {
                if pos >= n {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                }
                // The conversion character may be non-ASCII.
                let conv_char = fmt[pos..].chars().next().unwrap_or('\0');
                conversion = Some(conv_char);
                pos += conv_char.len_utf8();
                if pos < n {
                    let c2 = b[pos];
                    pos += 1;
                    if c2 == b'}' {
                        done = true;
                    } else if c2 != b':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < n {
                    let c3 = b[pos];
                    pos += 1;
                    if c3 == b'{' {
                        spec_needs_expanding = true;
                        count += 1;
                    } else if c3 == b'}' {
                        count -= 1;
                        if count == 0 {
                            spec_range = Some((spec_start, pos - 1));
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
            }
        } else if c != b'}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }

        let obj = get_field_object(vm, field_name, ctx)?;
        let obj = match conversion {
            None => obj,
            Some('r') => Value::Str(vm.repr(&obj)?),
            Some('s') => Value::Str(vm.str(&obj)?),
            Some('a') => Value::Str(vm.ascii(&obj)?),
            Some(other) => return Err(unknown_conversion(vm, other)),
        };
        let spec_text: String = match spec_range {
            None => String::new(),
            Some((s, e)) => {
                let raw = &fmt[s..e];
                if spec_needs_expanding {
                    build_string(vm, raw, ctx, depth - 1)?
                } else {
                    raw.to_string()
                }
            }
        };
        if spec_text.is_empty() {
            match &obj {
                Value::Str(s) => out.push_str(s.as_str()),
                Value::Int(i) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{i}");
                }
                _ => {
                    let s = vm.format(&obj, &Value::str(""))?;
                    out.push_str(s.as_str());
                }
            }
        } else {
            let s = vm.format(&obj, &Value::string(spec_text))?;
            out.push_str(s.as_str());
        }
    }
    Ok(out)
}

fn unknown_conversion(vm: &Vm, c: char) -> PyErr {
    let u = c as u32;
    if u > 32 && u < 127 {
        vm.value_error(format!("Unknown conversion specifier {c}"))
    } else {
        vm.value_error(format!("Unknown conversion specifier \\x{u:x}"))
    }
}

/// `get_integer`: Some(n) when `s` is all decimal digits (and not empty).
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.bytes() {
        let d = (c - b'0') as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn get_field_object(vm: &mut Vm, field: &str, ctx: &mut FormatCtx) -> PyResult {
    let fb = field.as_bytes();
    let mut i = 0;
    while i < fb.len() && fb[i] != b'.' && fb[i] != b'[' {
        i += 1;
    }
    let first = &field[..i];
    let rest = &field[i..];
    let mut first_idx = get_integer(vm, first)?;
    let empty = first.is_empty();
    let numeric = empty || first_idx.is_some();
    if numeric {
        if ctx.auto == AutoNumber::Init {
            ctx.auto = if empty {
                AutoNumber::Auto
            } else {
                AutoNumber::Manual
            };
        }
        if ctx.auto == AutoNumber::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.auto == AutoNumber::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            first_idx = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match first_idx {
        None => {
            let key = Value::str(first);
            if let Some(m) = &ctx.mapping {
                let m = m.clone();
                vm.get_item(&m, &key)?
            } else {
                match ctx.kwargs.iter().find(|(k, _)| k.as_str() == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(key)),
                }
            }
        }
        Some(idx) => {
            let Some(args) = ctx.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(idx) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {idx} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    // The rest: .attr and [key] accessors.
    let rb = rest.as_bytes();
    let mut p = 0;
    while p < rb.len() {
        let (is_attr, name) = match rb[p] {
            b'.' => {
                p += 1;
                let s = p;
                while p < rb.len() && rb[p] != b'.' && rb[p] != b'[' {
                    p += 1;
                }
                (true, &rest[s..p])
            }
            b'[' => {
                p += 1;
                let s = p;
                while p < rb.len() && rb[p] != b']' {
                    p += 1;
                }
                if p >= rb.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let name = &rest[s..p];
                p += 1;
                (false, name)
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        };
        if name.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        obj = if is_attr {
            vm.get_attr_str(&obj, name)?
        } else {
            match get_integer(vm, name)? {
                Some(k) => vm.get_item(&obj, &Value::Int(k as i64))?,
                None => vm.get_item(&obj, &Value::str(name))?,
            }
        };
    }
    Ok(obj)
}

/// `int.__format__`, `float.__format__`, `str.__format__` (and `bool`'s) as
/// methods, for `super().__format__(spec)` in subclasses and explicit calls.
pub fn builtin_dunder_format(vm: &mut Vm, args: crate::function::Args) -> PyResult {
    vm.check_args("__format__", &args, 2, 2)?;
    let Value::Str(spec) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let v = &args.pos[0];
    let (inner, ty) = match v {
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(inner) => (inner.clone(), Some(inst.class().name.clone())),
            _ => return Err(vm.type_error("descriptor '__format__' requires a built-in value")),
        },
        _ => (v.clone(), None),
    };
    if !matches!(
        inner,
        Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    ) {
        return Err(vm.type_error(format!(
            "descriptor '__format__' requires a built-in value, not '{}'",
            vm.type_name(v)
        )));
    }
    if spec.as_str().is_empty() {
        return Ok(Value::Str(vm.str(v)?));
    }
    vm.format_builtin(&inner, spec.as_str(), ty.as_deref())
        .map(Value::Str)
}
