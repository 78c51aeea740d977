//! `_weft_re`: the native half of `re` (what `_sre` is to CPython), binding
//! the `weft-regex` engine. `stdlib/re.py` builds the Python-level API
//! (Pattern, Match, sub templates, flags) on top of three things here:
//!
//! - `compile(pattern, flags)` → `(code, groups, [(name, index)...], flags)`,
//!   or `(None, msg, pos)` for a pattern error (re.py raises `re.error`);
//!   ValueError and OverflowError are raised here, as CPython raises them.
//! - `code.exec(string, pos, endpos, mode, must_advance)` (mode 0 match,
//!   1 fullmatch, 2 search) → `None` or `(spans, lastindex, values)`:
//!   `spans` a flat tuple (start0, end0, start1, ...; -1 for a group that
//!   did not take part), `values` the groups' substrings (str for a str
//!   subject, bytes for a bytes-like one, as CPython's Match gives them).
//! - `code.scanner(string, pos, endpos)` → an object whose `search()` and
//!   `match()` return successive matches in the same form, with sre's rule
//!   that the match after an empty one must not be empty at the same place;
//!   its `slice(a, b)` cuts the subject (sub() and split() use it).
//!
//! Subjects: an ASCII str is matched on its bytes directly; other strs are
//! decoded to code points (so positions are CPython's indices), and the
//! last decoded subject is kept per pattern so that loops calling
//! `match(s, pos)` on one long string do not decode it each time.

use std::rc::Rc;

use weft_regex::{ErrorKind, Mode, Regex, Unicode};

use crate::function::Args;
use crate::module::ModuleObj;
use crate::modules::{make_final, native_instance, native_type, new_module, this};
use crate::object::TypeObj;
use crate::ops::unwrap_builtin;
use crate::value::{BytesObj, StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_weft_re", &[("compile", re_compile)]);
    m.dict.set_str("Code", Value::Type(code_type(vm)));
    m.dict.set_str("Scanner", Value::Type(scanner_type(vm)));
    m.dict
        .set_str("MAXREPEAT", Value::Int(weft_regex::MAXREPEAT as i64));
    m.dict
        .set_str("MAXGROUPS", Value::Int(weft_regex::MAXGROUPS as i64));
    Ok(m)
}

fn code_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("_weft_re.Code") {
        return t.clone();
    }
    let t = native_type(
        vm,
        "_weft_re",
        "Code",
        None,
        &[("exec", code_exec), ("scanner", code_scanner)],
    );
    make_final(&t);
    vm.rt
        .native_types
        .borrow_mut()
        .insert("_weft_re.Code", t.clone());
    t
}

fn scanner_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("_weft_re.Scanner") {
        return t.clone();
    }
    let t = native_type(
        vm,
        "_weft_re",
        "Scanner",
        None,
        &[
            ("search", scanner_search),
            ("match", scanner_match),
            ("slice", scanner_slice),
        ],
    );
    make_final(&t);
    vm.rt
        .native_types
        .borrow_mut()
        .insert("_weft_re.Scanner", t.clone());
    t
}

fn tables() -> Unicode {
    fn ch(c: u32, f: fn(char) -> bool) -> bool {
        char::from_u32(c).is_some_and(f)
    }
    Unicode {
        is_alnum: |c| ch(c, crate::methods::py_isalnum),
        is_decimal: |c| ch(c, crate::methods::py_isdecimal),
        is_space: |c| ch(c, crate::methods::py_isspace),
        lower: weft_regex::simple_lower,
        upper: weft_regex::simple_upper,
    }
}

/// A compiled pattern and the last str subject it decoded.
struct Code {
    re: Rc<Regex>,
    last: Option<(Rc<StrObj>, Rc<Vec<char>>)>,
}

/// A subject in the form the engine reads.
enum Subject {
    Ascii(Rc<StrObj>),
    Chars(Rc<Vec<char>>),
    Bytes(Rc<BytesObj>),
    /// A bytearray's contents, copied (groups are bytes, as in CPython).
    Other(Rc<Vec<u8>>),
}

impl Subject {
    fn len(&self) -> usize {
        match self {
            Subject::Ascii(s) => s.s.len(),
            Subject::Chars(c) => c.len(),
            Subject::Bytes(b) => b.data.len(),
            Subject::Other(b) => b.len(),
        }
    }

    fn exec(
        &self,
        re: &Regex,
        pos: usize,
        end: usize,
        mode: Mode,
        adv: bool,
    ) -> Option<weft_regex::Captures> {
        match self {
            Subject::Ascii(s) => re.exec(s.s.as_bytes(), pos, end, mode, adv),
            Subject::Chars(c) => re.exec(&c[..], pos, end, mode, adv),
            Subject::Bytes(b) => re.exec(&b.data[..], pos, end, mode, adv),
            Subject::Other(b) => re.exec(&b[..], pos, end, mode, adv),
        }
    }

    fn value(&self, a: usize, e: usize) -> Value {
        match self {
            Subject::Ascii(s) => Value::str(&s.s[a..e]),
            Subject::Chars(c) => Value::string(c[a..e].iter().collect()),
            Subject::Bytes(b) => Value::bytes(b.data[a..e].to_vec()),
            Subject::Other(b) => Value::bytes(b[a..e].to_vec()),
        }
    }
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.sign() == dashu_int::Sign::Negative {
            i64::MIN
        } else {
            i64::MAX
        }),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn re_compile(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("compile", &args, 2, 2)?;
    let flags_v = int_arg(vm, &args.pos[1])?;
    let flags = (flags_v & 0xffff_ffff) as u32;
    let (cps, is_str): (Vec<u32>, bool) = match &args.pos[0] {
        Value::Str(s) => (s.s.chars().map(|c| c as u32).collect(), true),
        Value::Bytes(b) => (b.data.iter().map(|&b| b as u32).collect(), false),
        v => match unwrap_builtin(v) {
            Some(Value::Str(s)) => (s.s.chars().map(|c| c as u32).collect(), true),
            Some(Value::Bytes(b)) => (b.data.iter().map(|&b| b as u32).collect(), false),
            _ => {
                return Err(vm.type_error("first argument must be string or compiled pattern"));
            }
        },
    };
    match Regex::new(&cps, is_str, flags, tables()) {
        Ok(re) => {
            let names: Vec<Value> = re
                .group_names()
                .iter()
                .map(|(n, i)| Value::tuple(vec![Value::str(n), Value::Int(*i as i64)]))
                .collect();
            let groups = re.groups();
            let fl = re.flags();
            let t = code_type(vm);
            let code = native_instance(
                &t,
                Code {
                    re: Rc::new(re),
                    last: None,
                },
            );
            Ok(Value::tuple(vec![
                code,
                Value::Int(groups as i64),
                Value::list(names),
                Value::Int(fl as i64),
            ]))
        }
        Err(e) => match e.kind {
            ErrorKind::Re => Ok(Value::tuple(vec![
                Value::None,
                Value::string(e.msg),
                e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
            ])),
            ErrorKind::Value => Err(vm.value_error(e.msg)),
            ErrorKind::Overflow => Err(vm.overflow_error(e.msg)),
            ErrorKind::Recursion => Err(vm.error("RecursionError", e.msg)),
        },
    }
}

/// The subject for `re`, or CPython's TypeError for the wrong kind.
fn subject(vm: &Vm, code: &mut Code, v: &Value) -> PyResult<Subject> {
    let inner = match v {
        Value::Instance(_) => unwrap_builtin(v),
        _ => None,
    };
    let target = inner.as_ref().unwrap_or(v);
    let is_str = code.re.is_str();
    match target {
        Value::Str(s) => {
            if !is_str {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            if s.char_len == s.s.len() {
                return Ok(Subject::Ascii(s.clone()));
            }
            if let Some((k, chars)) = &code.last {
                if Rc::ptr_eq(k, s) {
                    return Ok(Subject::Chars(chars.clone()));
                }
            }
            let chars: Rc<Vec<char>> = Rc::new(s.s.chars().collect());
            code.last = Some((s.clone(), chars.clone()));
            Ok(Subject::Chars(chars))
        }
        Value::Bytes(b) => {
            if is_str {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subject::Bytes(b.clone()))
        }
        _ => match crate::bytearray::as_bytearray(v) {
            Some(data) => {
                if is_str {
                    return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
                }
                Ok(Subject::Other(Rc::new(data)))
            }
            None => Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// CPython's clamping of pos/endpos to the subject.
fn bounds(vm: &Vm, len: usize, pos: &Value, endpos: &Value) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize { i.clamp(0, len as i64) as usize };
    let p = clamp(int_arg(vm, pos)?);
    let e = if endpos.is_none() {
        len
    } else {
        clamp(int_arg(vm, endpos)?)
    };
    Ok((p, e))
}

fn result(subj: &Subject, caps: &weft_regex::Captures) -> Value {
    let mut spans = Vec::with_capacity(caps.spans.len() * 2);
    let mut values = Vec::with_capacity(caps.spans.len());
    for s in &caps.spans {
        match s {
            Some((a, e)) => {
                spans.push(Value::Int(*a as i64));
                spans.push(Value::Int(*e as i64));
                values.push(subj.value(*a, *e));
            }
            None => {
                spans.push(Value::Int(-1));
                spans.push(Value::Int(-1));
                values.push(Value::None);
            }
        }
    }
    Value::tuple(vec![
        Value::tuple(spans),
        caps.lastindex.map_or(Value::None, |i| Value::Int(i as i64)),
        Value::tuple(values),
    ])
}

fn mode_of(vm: &Vm, v: &Value) -> PyResult<Mode> {
    Ok(match int_arg(vm, v)? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    })
}

fn code_exec(vm: &mut Vm, args: Args) -> PyResult {
    let mut code = this::<Code>(vm, &args, "_weft_re.Code", "exec")?;
    if args.pos.len() != 6 {
        return Err(vm.type_error("exec() takes exactly 5 arguments"));
    }
    let subj = subject(vm, &mut code, &args.pos[1])?;
    let (pos, end) = bounds(vm, subj.len(), &args.pos[2], &args.pos[3])?;
    let mode = mode_of(vm, &args.pos[4])?;
    let adv = args.pos[5].is(&Value::Bool(true));
    let re = code.re.clone();
    drop(code);
    Ok(match subj.exec(&re, pos, end, mode, adv) {
        Some(c) => result(&subj, &c),
        None => Value::None,
    })
}

struct Scanner {
    re: Rc<Regex>,
    subj: Subject,
    pos: usize,
    end: usize,
    must_advance: bool,
    done: bool,
}

fn code_scanner(vm: &mut Vm, args: Args) -> PyResult {
    let mut code = this::<Code>(vm, &args, "_weft_re.Code", "scanner")?;
    if args.pos.len() != 4 {
        return Err(vm.type_error("scanner() takes exactly 3 arguments"));
    }
    let subj = subject(vm, &mut code, &args.pos[1])?;
    let (pos, end) = bounds(vm, subj.len(), &args.pos[2], &args.pos[3])?;
    let re = code.re.clone();
    drop(code);
    Ok(native_instance(
        &scanner_type(vm),
        Scanner {
            re,
            subj,
            pos,
            end,
            must_advance: false,
            done: false,
        },
    ))
}

fn scan(vm: &mut Vm, args: Args, mode: Mode, meth: &str) -> PyResult {
    let mut sc = this::<Scanner>(vm, &args, "_weft_re.Scanner", meth)?;
    if sc.done || sc.pos > sc.end {
        return Ok(Value::None);
    }
    let re = sc.re.clone();
    match sc.subj.exec(&re, sc.pos, sc.end, mode, sc.must_advance) {
        None => {
            sc.done = true;
            Ok(Value::None)
        }
        Some(c) => {
            let (a, e) = c.spans[0].unwrap();
            sc.must_advance = a == e;
            sc.pos = e;
            Ok(result(&sc.subj, &c))
        }
    }
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult {
    scan(vm, args, Mode::Search, "search")
}

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult {
    scan(vm, args, Mode::Match, "match")
}

/// `scanner.slice(start, end)`: the subject between two positions (clamped),
/// cut from the decoded subject: slicing a non-ASCII str by code points
/// would cost time proportional to the start position each time.
fn scanner_slice(vm: &mut Vm, args: Args) -> PyResult {
    let sc = this::<Scanner>(vm, &args, "_weft_re.Scanner", "slice")?;
    if args.pos.len() != 3 {
        return Err(vm.type_error("slice() takes exactly 2 arguments"));
    }
    let len = sc.subj.len() as i64;
    let a = int_arg(vm, &args.pos[1])?.clamp(0, len) as usize;
    let e = int_arg(vm, &args.pos[2])?.clamp(0, len) as usize;
    Ok(sc.subj.value(a, e.max(a)))
}
