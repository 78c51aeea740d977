//! `_json`: the native speed-ups behind `stdlib/json`, in the roles of
//! CPython's `Modules/_json.c`: `scanstring`, `encode_basestring`,
//! `encode_basestring_ascii`, `make_scanner` (decodes a whole value in Rust,
//! calling back only into the decoder's hooks) and `make_encoder` (builds the
//! whole JSON text of a value in one string).
//!
//! Written for weft on its UTF-8 strings: the scanner walks bytes and turns
//! byte offsets into character indexes only where Python sees them (error
//! positions, the end index it returns). Unlike CPython's C encoder, which
//! only serves unindented output, `make_encoder` also takes an indent string,
//! so `dumps(..., indent=...)` is fast too; with an indent it words the
//! out-of-range float error as CPython's Python encoder does (naming the value).
//! Lone surrogates from `\ud800`-style escapes become U+FFFD, as weft's
//! `chr()` does, since weft strings cannot hold them.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{native_type, new_module, this};
use crate::dict::DictObj;
use crate::function::Args;
use crate::module::ModuleObj;
use crate::object::Payload;
use crate::value::{ListObj, StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(
        vm,
        "_json",
        &[
            ("scanstring", scanstring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
        ],
    );
    let scanner = native_type(
        vm,
        "_json",
        "Scanner",
        Some(scanner_new),
        &[("__call__", scanner_call)],
    );
    m.dict.set_str("make_scanner", Value::Type(scanner));
    let encoder = native_type(
        vm,
        "_json",
        "Encoder",
        Some(encoder_new),
        &[("__call__", encoder_call)],
    );
    m.dict.set_str("make_encoder", Value::Type(encoder));
    Ok(m)
}

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

/// The str inside `v` (a str or an instance of a str subclass).
fn str_of(v: &Value) -> Option<Rc<StrObj>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match crate::ops::unwrap_builtin(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn int_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer{what}",
            vm.type_name(v)
        ))),
    }
}

/// Byte offset of character index `idx` in `s` (or None past the end).
fn byte_at(s: &StrObj, idx: usize) -> Option<usize> {
    if idx > s.char_len {
        return None;
    }
    Some(s.byte_offset(idx))
}

// ---------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------

/// Why no value was produced: a Python error, or nothing decodable at a byte offset.
enum Fail {
    Err(PyErr),
    NoValue(usize),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

/// Settings of one scanner (copied out of the decoder object).
#[derive(Clone)]
struct ScanConfig {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    float_is_default: bool,
    int_is_default: bool,
}

struct Parser<'a> {
    doc: &'a Rc<StrObj>,
    b: &'a [u8],
    cfg: &'a ScanConfig,
    memo: HashMap<String, Value>,
}

fn char_index(doc: &StrObj, byte: usize) -> usize {
    if doc.is_ascii() {
        byte
    } else {
        doc.as_str()[..byte].chars().count()
    }
}

fn decode_error(vm: &mut Vm, doc: &Rc<StrObj>, msg: &str, byte: usize) -> PyErr {
    let pos = char_index(doc, byte);
    let class = match vm
        .import_module("json.decoder")
        .and_then(|m| vm.get_attr_str(&m, "JSONDecodeError"))
    {
        Ok(c) => c,
        Err(e) => return e,
    };
    match vm.call(
        &class,
        Args::new([
            Value::str(msg),
            Value::Str(doc.clone()),
            Value::Int(pos as i64),
        ]),
    ) {
        Ok(exc) => vm.exception_from_value(exc),
        Err(e) => e,
    }
}

#[inline]
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// Decodes the body of a string literal starting at byte `start` (just past
/// the opening quote); returns the text and the byte offset past the closing quote.
fn scan_string<'d>(
    vm: &mut Vm,
    doc: &'d Rc<StrObj>,
    start: usize,
    strict: bool,
) -> PyResult<(Cow<'d, str>, usize)> {
    let s = doc.as_str();
    let b = s.as_bytes();
    let begin = start.saturating_sub(1);
    let mut out = String::new();
    let mut i = start;
    loop {
        let run_start = i;
        while i < b.len() {
            let c = b[i];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(decode_error(vm, doc, "Invalid control character at", i));
            }
            i += 1;
        }
        if i >= b.len() {
            return Err(decode_error(
                vm,
                doc,
                "Unterminated string starting at",
                begin,
            ));
        }
        if b[i] == b'"' {
            if out.is_empty() {
                // no escapes before the closing quote: the text is a slice
                return Ok((Cow::Borrowed(&s[run_start..i]), i + 1));
            }
            out.push_str(&s[run_start..i]);
            return Ok((Cow::Owned(out), i + 1));
        }
        out.push_str(&s[run_start..i]);
        // a backslash at i
        let Some(&kind) = b.get(i + 1) else {
            return Err(decode_error(
                vm,
                doc,
                "Unterminated string starting at",
                begin,
            ));
        };
        let simple = match kind {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            i += 2;
            continue;
        }
        if kind != b'u' {
            return Err(decode_error(vm, doc, "Invalid \\escape", i));
        }
        let Some(mut code) = hex4(b, i + 2) else {
            return Err(decode_error(vm, doc, "Invalid \\uXXXX escape", i + 1));
        };
        i += 6;
        if (0xd800..=0xdbff).contains(&code)
            && b.get(i) == Some(&b'\\')
            && b.get(i + 1) == Some(&b'u')
        {
            let Some(low) = hex4(b, i + 2) else {
                return Err(decode_error(vm, doc, "Invalid \\uXXXX escape", i + 1));
            };
            if (0xdc00..=0xdfff).contains(&low) {
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                i += 6;
            }
        }
        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
    }
}

impl Parser<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    fn err(&self, vm: &mut Vm, msg: &str, at: usize) -> Fail {
        Fail::Err(decode_error(vm, self.doc, msg, at))
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), Fail> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(Fail::NoValue(i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (text, end) = scan_string(vm, self.doc, i + 1, self.cfg.strict)?;
                Ok((Value::str(&text), end))
            }
            b'{' => {
                vm.enter_recursion(" while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, i + 1);
                vm.leave_recursion();
                r
            }
            b'[' => {
                vm.enter_recursion(" while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, i + 1);
                vm.leave_recursion();
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", i + 3),
            b'I' if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", i + 8),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(vm, "-Infinity", i + 9),
            _ => self.number(vm, i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, end: usize) -> Result<(Value, usize), Fail> {
        let v = vm.call1(&self.cfg.parse_constant.clone(), Value::str(name))?;
        Ok((v, end))
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        if !digit(i) {
            return Err(Fail::NoValue(start));
        }
        if b[i] == b'0' {
            i += 1;
        } else {
            while digit(i) {
                i += 1;
            }
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 2;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.doc.as_str()[start..i];
        let v = if is_float {
            if self.cfg.float_is_default {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call1(&self.cfg.parse_float.clone(), Value::str(text))?
            }
        } else if self.cfg.int_is_default {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => {
                    let orig = Value::str(text);
                    crate::constructors::int_from_str(vm, text, 10, &orig)?
                }
            }
        } else {
            vm.call1(&self.cfg.parse_int.clone(), Value::str(text))?
        };
        Ok((v, i))
    }

    fn key(&mut self, text: Cow<'_, str>) -> Value {
        if let Some(v) = self.memo.get(text.as_ref()) {
            return v.clone();
        }
        let v = Value::str(&text);
        self.memo.insert(text.into_owned(), v.clone());
        v
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let use_pairs = !self.cfg.object_pairs_hook.is_none();
        let dict = Rc::new(DictObj::new());
        let mut pairs: Vec<Value> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.err(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (text, end) = scan_string(vm, self.doc, i + 1, self.cfg.strict)?;
                let key = self.key(text);
                i = self.skip_ws(end);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.err(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, end) = match self.value(vm, i) {
                    Ok(r) => r,
                    Err(Fail::NoValue(at)) => return Err(self.err(vm, "Expecting value", at)),
                    Err(e) => return Err(e),
                };
                if use_pairs {
                    pairs.push(Value::tuple(vec![key, value]));
                } else {
                    dict.set(vm, key, value)?;
                }
                i = self.skip_ws(end);
                match self.b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
                }
            }
        }
        if use_pairs {
            let v = vm.call1(&self.cfg.object_pairs_hook.clone(), Value::list(pairs))?;
            return Ok((v, i));
        }
        let mut v = Value::Dict(dict);
        if !self.cfg.object_hook.is_none() {
            v = vm.call1(&self.cfg.object_hook.clone(), v)?;
        }
        Ok((v, i))
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) == Some(&b']') {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (value, end) = match self.value(vm, i) {
                Ok(r) => r,
                Err(Fail::NoValue(at)) => return Err(self.err(vm, "Expecting value", at)),
                Err(e) => return Err(e),
            };
            items.push(value);
            i = self.skip_ws(end);
            match self.b.get(i) {
                Some(b']') => return Ok((Value::list(items), i + 1)),
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}

/// `scanstring(s, end, strict=True)`: decode the string literal whose body
/// starts at index `end`; returns `(text, index past the closing quote)`.
fn scanstring(vm: &mut Vm, mut args: Args) -> PyResult {
    let strict = args.take_kw("strict");
    if !args.kw.is_empty() || args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "scanstring() takes from 2 to 3 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    let Some(doc) = str_of(&args.pos[0]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&args.pos[0])
        )));
    };
    let end = int_arg(vm, &args.pos[1], "")?;
    let strict = match strict.or_else(|| args.pos.get(2).cloned()) {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    if end < 0 || end as usize > doc.char_len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let start = byte_at(&doc, end as usize).unwrap_or(doc.as_str().len());
    let (text, stop) = scan_string(vm, &doc, start, strict)?;
    Ok(Value::tuple(vec![
        Value::str(&text),
        Value::Int(char_index(&doc, stop) as i64),
    ]))
}

fn scanner_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("Scanner.__new__(X): X is not a type object"));
    };
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error("Scanner() takes exactly 1 argument"));
    }
    let ctx = args.pos[1].clone();
    let strict = vm.get_attr_str(&ctx, "strict")?;
    let strict = vm.is_true(&strict)?;
    let object_hook = vm.get_attr_str(&ctx, "object_hook")?;
    let object_pairs_hook = vm.get_attr_str(&ctx, "object_pairs_hook")?;
    let parse_float = vm.get_attr_str(&ctx, "parse_float")?;
    let parse_int = vm.get_attr_str(&ctx, "parse_int")?;
    let parse_constant = vm.get_attr_str(&ctx, "parse_constant")?;
    let types = vm.types();
    let float_is_default = matches!(&parse_float, Value::Type(t) if Rc::ptr_eq(t, &types.float));
    let int_is_default = matches!(&parse_int, Value::Type(t) if Rc::ptr_eq(t, &types.int));
    Ok(super::native_instance(
        &cls,
        ScanConfig {
            strict,
            object_hook,
            object_pairs_hook,
            parse_float,
            parse_int,
            parse_constant,
            float_is_default,
            int_is_default,
        },
    ))
}

/// `scanner(string, idx)`: the value at index idx and the index past it;
/// StopIteration(idx) when no value starts there.
fn scanner_call(vm: &mut Vm, args: Args) -> PyResult {
    let cfg = this::<ScanConfig>(vm, &args, "_json.Scanner", "__call__")?.clone();
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "scanner() takes exactly 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(doc) = str_of(&args.pos[1]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let idx = int_arg(vm, &args.pos[2], "")?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let Some(start) = byte_at(&doc, idx as usize) else {
        return Err(vm.stop_iteration(Value::Int(idx)));
    };
    let mut p = Parser {
        doc: &doc,
        b: doc.as_str().as_bytes(),
        cfg: &cfg,
        memo: HashMap::new(),
    };
    match p.value(vm, start) {
        Ok((v, end)) => Ok(Value::tuple(vec![
            v,
            Value::Int(char_index(&doc, end) as i64),
        ])),
        Err(Fail::NoValue(at)) => Err(vm.stop_iteration(Value::Int(char_index(&doc, at) as i64))),
        Err(Fail::Err(e)) => Err(e),
    }
}

// ---------------------------------------------------------------------------
// encoding
// ---------------------------------------------------------------------------

fn push_u_escape(out: &mut String, code: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((code >> shift) & 0xf) as usize] as char);
    }
}

/// Appends `s` as a JSON string literal; `ascii` escapes everything past U+007E.
fn write_json_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let plain = c >= 0x20 && c != b'"' && c != b'\\' && (c < 0x7f || !ascii);
        if plain {
            continue;
        }
        if c >= 0x7f {
            // only continuation and lead bytes of a multi-byte char in ASCII mode
            if c & 0xc0 == 0x80 {
                continue;
            }
            out.push_str(&s[run..i]);
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let code = ch as u32;
            if code >= 0x10000 {
                let v = code - 0x10000;
                push_u_escape(out, 0xd800 | (v >> 10));
                push_u_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u_escape(out, code);
            }
            run = i + ch.len_utf8();
            continue;
        }
        out.push_str(&s[run..i]);
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => push_u_escape(out, c as u32),
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn basestring(vm: &mut Vm, args: Args, name: &str, ascii: bool) -> PyResult {
    vm.check_args(name, &args, 1, 1)?;
    let Some(s) = str_of(&args.pos[0]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&args.pos[0])
        )));
    };
    let mut out = String::with_capacity(s.as_str().len() + 2);
    write_json_str(&mut out, s.as_str(), ascii);
    Ok(Value::string(out))
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult {
    basestring(vm, args, "encode_basestring_ascii", true)
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult {
    basestring(vm, args, "encode_basestring", false)
}

/// How string values and keys are written.
#[derive(Clone)]
enum StrMode {
    Ascii,
    Unicode,
    /// A Python function returning the literal.
    Call(Value),
}

#[derive(Clone)]
struct EncConfig {
    check_circular: bool,
    default: Value,
    strmode: StrMode,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

fn encoder_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("Encoder.__new__(X): X is not a type object"));
    };
    if args.pos.len() != 10 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "Encoder() takes exactly 9 arguments ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let a = &args.pos[1..];
    let strmode = match &a[2] {
        Value::Builtin(b) if b.bound.is_null() && b.name == "encode_basestring_ascii" => {
            StrMode::Ascii
        }
        Value::Builtin(b) if b.bound.is_null() && b.name == "encode_basestring" => StrMode::Unicode,
        other => StrMode::Call(other.clone()),
    };
    let indent = match &a[3] {
        Value::None => None,
        v => match str_of(v) {
            Some(s) => Some(s.as_str().to_string()),
            None => return Err(vm.type_error("make_encoder() argument 4 must be str or None")),
        },
    };
    let sep = |vm: &Vm, v: &Value, n: usize| -> PyResult<String> {
        str_of(v).map(|s| s.as_str().to_string()).ok_or_else(|| {
            vm.type_error(format!(
                "make_encoder() argument {n} must be str, not {}",
                vm.type_name(v)
            ))
        })
    };
    let key_sep = sep(vm, &a[4], 5)?;
    let item_sep = sep(vm, &a[5], 6)?;
    let sort_keys = vm.is_true(&a[6])?;
    let skipkeys = vm.is_true(&a[7])?;
    let allow_nan = vm.is_true(&a[8])?;
    Ok(super::native_instance(
        &cls,
        EncConfig {
            check_circular: !a[0].is_none(),
            default: a[1].clone(),
            strmode,
            indent,
            key_sep,
            item_sep,
            sort_keys,
            skipkeys,
            allow_nan,
        },
    ))
}

struct Encoder<'a> {
    cfg: &'a EncConfig,
    out: String,
    markers: HashSet<usize>,
}

/// What a value is, for encoding (str/int/float/list/dict subclasses by their base).
enum Kind {
    Str(Rc<StrObj>),
    Null,
    Bool(bool),
    Int(Value),
    Float(f64),
    Seq(Vec<Value>),
    Dict(Rc<DictObj>, bool),
    Other,
}

fn kind_of(v: &Value) -> Kind {
    match v {
        Value::Str(s) => Kind::Str(s.clone()),
        Value::None => Kind::Null,
        Value::Bool(b) => Kind::Bool(*b),
        Value::Int(_) | Value::BigInt(_) => Kind::Int(v.clone()),
        Value::Float(f) => Kind::Float(*f),
        Value::List(l) => Kind::Seq(l.items.borrow().clone()),
        Value::Tuple(t) => Kind::Seq(t.items.to_vec()),
        Value::Dict(d) => Kind::Dict(d.clone(), true),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(inner) => match inner {
                Value::Str(s) => Kind::Str(s.clone()),
                Value::Int(_) | Value::BigInt(_) => Kind::Int(inner.clone()),
                Value::Float(f) => Kind::Float(*f),
                Value::List(l) => Kind::Seq(l.items.borrow().clone()),
                Value::Tuple(t) => Kind::Seq(t.items.to_vec()),
                Value::Dict(d) => Kind::Dict(d.clone(), false),
                _ => Kind::Other,
            },
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

impl Encoder<'_> {
    fn string(&mut self, vm: &mut Vm, s: &Rc<StrObj>) -> PyResult<()> {
        match &self.cfg.strmode {
            StrMode::Ascii => write_json_str(&mut self.out, s.as_str(), true),
            StrMode::Unicode => write_json_str(&mut self.out, s.as_str(), false),
            StrMode::Call(f) => {
                let r = vm.call1(&f.clone(), Value::Str(s.clone()))?;
                match str_of(&r) {
                    Some(t) => self.out.push_str(t.as_str()),
                    None => {
                        return Err(vm.type_error(format!(
                            "encoder() must return a string, not {}",
                            vm.type_name(&r)
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<String> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(weft_format::float_repr(f));
        };
        if !self.cfg.allow_nan {
            let mut msg = String::from("Out of range float values are not JSON compliant");
            if self.cfg.indent.is_some() {
                msg.push_str(": ");
                msg.push_str(&weft_format::float_repr(f));
            }
            return Err(vm.value_error(msg));
        }
        Ok(text.to_string())
    }

    fn int_text(&self, vm: &mut Vm, v: &Value) -> PyResult<String> {
        match v {
            Value::Int(i) => Ok(i.to_string()),
            Value::BigInt(b) => vm.bigint_to_decimal(b),
            _ => Ok(String::new()),
        }
    }

    fn newline(&mut self, depth: usize) {
        if let Some(ind) = &self.cfg.indent {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str(ind);
            }
        }
    }

    fn separator(&mut self, depth: usize) {
        self.out.push_str(&self.cfg.item_sep);
        self.newline(depth);
    }

    fn enter(&mut self, vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.cfg.check_circular {
            return Ok(None);
        }
        let id = v.id();
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, mark: Option<usize>) {
        if let Some(id) = mark {
            self.markers.remove(&id);
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
        match kind_of(v) {
            Kind::Str(s) => self.string(vm, &s),
            Kind::Null => {
                self.out.push_str("null");
                Ok(())
            }
            Kind::Bool(b) => {
                self.out.push_str(if b { "true" } else { "false" });
                Ok(())
            }
            Kind::Int(i) => {
                let t = self.int_text(vm, &i)?;
                self.out.push_str(&t);
                Ok(())
            }
            Kind::Float(f) => {
                let t = self.float_text(vm, f)?;
                self.out.push_str(&t);
                Ok(())
            }
            Kind::Seq(items) => {
                vm.enter_recursion(" while encoding a JSON object")?;
                let r = self.seq(vm, v, &items, depth);
                vm.leave_recursion();
                r
            }
            Kind::Dict(d, exact) => {
                vm.enter_recursion(" while encoding a JSON object")?;
                let r = self.dict(vm, v, &d, exact, depth);
                vm.leave_recursion();
                r
            }
            Kind::Other => {
                let mark = self.enter(vm, v)?;
                let replacement = vm.call1(&self.cfg.default.clone(), v.clone())?;
                vm.enter_recursion(" while encoding a JSON object")?;
                let r = self.value(vm, &replacement, depth);
                vm.leave_recursion();
                r?;
                self.leave(mark);
                Ok(())
            }
        }
    }

    fn seq(&mut self, vm: &mut Vm, v: &Value, items: &[Value], depth: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let mark = self.enter(vm, v)?;
        self.out.push('[');
        self.newline(depth + 1);
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.separator(depth + 1);
            }
            self.value(vm, item, depth + 1)?;
        }
        self.newline(depth);
        self.out.push(']');
        self.leave(mark);
        Ok(())
    }

    fn dict(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        d: &Rc<DictObj>,
        exact: bool,
        depth: usize,
    ) -> PyResult<()> {
        if d.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let mark = self.enter(vm, v)?;
        let mut pairs: Vec<(Value, Value)> = if exact {
            d.items()
        } else {
            let items = vm.call_method(v, "items", Args::default())?;
            let mut pairs = Vec::new();
            for pair in vm.collect_iterable(&items)? {
                let kv = vm.collect_iterable(&pair)?;
                if kv.len() != 2 {
                    return Err(vm.value_error("items must return 2-tuples"));
                }
                pairs.push((kv[0].clone(), kv[1].clone()));
            }
            pairs
        };
        if self.cfg.sort_keys {
            let list = Rc::new(ListObj::new(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            ));
            crate::methods::sort_list(vm, &list, Value::None, false)?;
            let sorted = list.items.borrow().clone();
            pairs = sorted
                .into_iter()
                .filter_map(|t| match t {
                    Value::Tuple(t) if t.items.len() == 2 => {
                        Some((t.items[0].clone(), t.items[1].clone()))
                    }
                    _ => None,
                })
                .collect();
        }
        self.out.push('{');
        self.newline(depth + 1);
        let mut first = true;
        for (key, value) in pairs {
            let key_text: Option<Rc<StrObj>> = match kind_of(&key) {
                Kind::Str(s) => Some(s),
                Kind::Float(f) => Some(Rc::new(StrObj::new(self.float_text(vm, f)?))),
                Kind::Bool(b) => Some(Rc::new(StrObj::new(if b { "true" } else { "false" }))),
                Kind::Null => Some(Rc::new(StrObj::new("null"))),
                Kind::Int(i) => Some(Rc::new(StrObj::new(self.int_text(vm, &i)?))),
                _ if self.cfg.skipkeys => None,
                _ => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(&key)
                    )))
                }
            };
            let Some(key_text) = key_text else { continue };
            if first {
                first = false;
            } else {
                self.separator(depth + 1);
            }
            self.string(vm, &key_text)?;
            self.out.push_str(&self.cfg.key_sep);
            self.value(vm, &value, depth + 1)?;
        }
        self.newline(depth);
        self.out.push('}');
        self.leave(mark);
        Ok(())
    }
}

/// `encoder(obj, level)`: a 1-tuple holding the whole JSON text of obj.
fn encoder_call(vm: &mut Vm, args: Args) -> PyResult {
    let cfg = this::<EncConfig>(vm, &args, "_json.Encoder", "__call__")?.clone();
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "encoder() takes exactly 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let depth = int_arg(vm, &args.pos[2], "")?.max(0) as usize;
    let mut enc = Encoder {
        cfg: &cfg,
        out: String::new(),
        markers: HashSet::new(),
    };
    enc.value(vm, &args.pos[1], depth)?;
    Ok(Value::tuple(vec![Value::string(enc.out)]))
}
