//! `repr()`, `str()` and `ascii()` of every value, in CPython's formats.

use std::rc::Rc;

use crate::object::{Payload, TypeObj};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

/// Python's `str.isprintable` for one character, close to Unicode's categories
/// (Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space are not printable).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if u < 0x7f {
        return true;
    }
    !(c.is_control()
        || u == 0xa0
        || u == 0xad
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x206f).contains(&u)
        || u == 0x1680
        || u == 0x3000
        || u == 0xfeff
        || (0xd800..=0xf8ff).contains(&u)
        || (0xfff0..=0xfffb).contains(&u)
        || u == 0xfffe
        || u == 0xffff
        || (0xe0000..=0xe0fff).contains(&u)
        || u >= 0xf0000)
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, c: char) {
    let u = c as u32;
    if u < 0x100 {
        out.push_str(&format!("\\x{u:02x}"));
    } else if u < 0x10000 {
        out.push_str(&format!("\\u{u:04x}"));
    } else {
        out.push_str(&format!("\\U{u:08x}"));
    }
}

/// `ascii()`-style escaping of a repr: every non-ASCII character escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// Whether `m` is the built-in method of the built-in value inside an
    /// instance of a subclass (so the value can be formatted directly), not
    /// one the subclass itself was given natively (struct sequences).
    fn is_payload_types_method(&self, m: &Value, payload: &Payload) -> bool {
        match (m, payload) {
            (Value::Builtin(b), Payload::Builtin(inner)) => b.owner == self.type_name(inner),
            _ => false,
        }
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<StrObj>> {
        Ok(Rc::new(StrObj::new(self.repr_string(v)?)))
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Rc<StrObj>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            _ => Ok(Rc::new(StrObj::new(self.str_string(v)?))),
        }
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Rc<StrObj>> {
        let r = self.repr_string(v)?;
        Ok(Rc::new(StrObj::new(ascii_escape(&r))))
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(m) = ty.lookup("__str__") {
                    let builtin_value_repr = self.is_payload_types_method(&m, &inst.payload);
                    // `__str__ = int.__repr__` (what IntEnum does): the repr of
                    // the value inside, not the subclass's own `__repr__`.
                    if let (true, Value::Builtin(b), Payload::Builtin(inner)) =
                        (builtin_value_repr, &m, &inst.payload)
                    {
                        if b.name == "__repr__" {
                            let inner = inner.clone();
                            return self.repr_string(&inner);
                        }
                    }
                    if !builtin_value_repr
                        && !matches!(&m, Value::Builtin(b) if b.owner == "object" || b.owner == "BaseException")
                    {
                        let r = self.call1(&m, v.clone())?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            _ => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                if inst.exc().is_some() {
                    return self.exception_str(v);
                }
                // `str()` of a str subclass is its text; of the other value types it is
                // the repr (which names the class for sets).
                if let Payload::Builtin(Value::Str(s)) = &inst.payload {
                    return Ok(s.as_str().to_string());
                }
                self.repr_string(v)
            }
            _ => self.repr_string(v),
        }
    }

    /// `str(exc)`: CPython's BaseException.__str__ (and KeyError's).
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else {
            return self.repr_string(v);
        };
        let Some(exc) = inst.exc() else {
            return self.repr_string(v);
        };
        let args = exc.borrow().args.clone();
        let items = match &args {
            Value::Tuple(t) => t.items.to_vec(),
            _ => vec![],
        };
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                if inst.class().is_subtype(&self.exc_type("KeyError")) {
                    self.repr_string(&items[0])
                } else {
                    self.str_string(&items[0])
                }
            }
            _ => self.repr_string(&args),
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.bigint_to_decimal(b)?,
            Value::Float(f) => weft_format::float_repr(*f),
            Value::Str(s) => str_repr(&s.s),
            Value::Bytes(b) => bytes_repr(&b.data),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.repr_seq(v, &items, "[", "]", false)?
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.repr_seq(v, &t.items, "(", ")", true)?
            }
            Value::Dict(d) => {
                if d.is_empty() {
                    return Ok("{}".into());
                }
                if !self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let r = (|| {
                    let mut parts = Vec::with_capacity(d.len());
                    for (k, val) in d.items() {
                        parts.push(format!(
                            "{}: {}",
                            self.repr_string(&k)?,
                            self.repr_string(&val)?
                        ));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })();
                self.repr_leave();
                r?
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let frozen = matches!(v, Value::FrozenSet(_));
                let name = if frozen { "frozenset" } else { "set" };
                if s.is_empty() {
                    return Ok(format!("{name}()"));
                }
                if !self.repr_enter(v) {
                    return Ok(format!("{name}(...)"));
                }
                let keys = s.keys();
                let r = self.repr_join(&keys);
                self.repr_leave();
                let inner = format!("{{{}}}", r?);
                if frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr_string(&s.start)?,
                self.repr_string(&s.stop)?,
                self.repr_string(&s.step)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.id()
            ),
            Value::Builtin(b) => {
                if b.bound.is_null() || matches!(b.bound, Value::Module(_)) {
                    if b.owner.is_empty() {
                        format!("<built-in function {}>", b.name)
                    } else {
                        format!("<method '{}' of '{}' objects>", b.name, b.owner)
                    }
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&b.bound),
                        b.bound.id()
                    )
                }
            }
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    Value::Builtin(b) if b.owner.is_empty() => b.name.to_string(),
                    Value::Builtin(b) => format!("{}.{}", b.owner, b.name),
                    other => match self.get_attr_str(other, "__qualname__") {
                        Ok(Value::Str(q)) => q.as_str().to_string(),
                        _ => "?".to_string(),
                    },
                };
                format!("<bound method {} of {}>", fname, self.repr_string(&m.this)?)
            }
            Value::Type(t) => {
                if let Some(m) = self.metaclass_special(v, "__repr__") {
                    let r = self.call1(&m, v.clone())?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        _ => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
                class_repr(t)
            }
            Value::Module(m) => match m.dict.get_str("__file__") {
                Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
                // Made by `types.ModuleType(name)`: no loader, no file.
                _ if matches!(m.dict.get_str("__loader__"), Some(Value::None)) => {
                    format!("<module '{}'>", m.name)
                }
                _ => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.id(),
                c.filename,
                c.code.first_line
            ),
            Value::Cell(_) => format!("<cell at {:#x}>", v.id()),
            Value::Iterator(i) => format!("<{} object at {:#x}>", i.type_name, v.id()),
            Value::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                g.qualname.as_str(),
                v.id()
            ),
            Value::DictView(d) => {
                let name = match d.kind {
                    crate::iter::DictIterKind::Keys => "dict_keys",
                    crate::iter::DictIterKind::Values => "dict_values",
                    crate::iter::DictIterKind::Items => "dict_items",
                };
                let items: Vec<Value> = match d.kind {
                    crate::iter::DictIterKind::Keys => d.dict.keys(),
                    crate::iter::DictIterKind::Values => d.dict.values(),
                    crate::iter::DictIterKind::Items => d
                        .dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                };
                format!("{name}([{}])", self.repr_join(&items)?)
            }
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(m) = ty.lookup("__repr__") {
                    let builtin_value_repr = self.is_payload_types_method(&m, &inst.payload);
                    if !builtin_value_repr
                        && !matches!(&m, Value::Builtin(b) if b.owner == "object" || b.owner == "BaseException")
                    {
                        self.enter_recursion(" while getting the repr of an object")?;
                        let r = self.call1(&m, v.clone());
                        self.leave_recursion();
                        let r = r?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            _ => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                if let Some(exc) = inst.exc() {
                    let args = exc.borrow().args.clone();
                    let inner = match &args {
                        Value::Tuple(t) if t.items.len() == 1 => self.repr_string(&t.items[0])?,
                        Value::Tuple(t) => self.repr_join(&t.items)?,
                        _ => String::new(),
                    };
                    return Ok(format!("{}({})", ty.name, inner));
                }
                match &inst.payload {
                    Payload::Builtin(inner) => {
                        let inner = inner.clone();
                        return self.value_subclass_repr(&ty, &inner);
                    }
                    Payload::Super {
                        this_class,
                        obj_type,
                        obj,
                    } => {
                        // CPython names the type the lookup starts from, even
                        // for `super(C, C)`; an unbound super shows NULL.
                        let target = if obj.is_null() {
                            "NULL".to_string()
                        } else {
                            format!("<{} object>", obj_type.name)
                        };
                        return Ok(format!(
                            "<super: <class '{}'>, {}>",
                            this_class.name, target
                        ));
                    }
                    Payload::StaticMethod(f) => {
                        return Ok(format!("<staticmethod({})>", self.repr_string(&f.clone())?));
                    }
                    Payload::ClassMethod(f) => {
                        return Ok(format!("<classmethod({})>", self.repr_string(&f.clone())?));
                    }
                    _ => {}
                }
                let module = match ty.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!(
                    "<{}{} object at {:#x}>",
                    module,
                    ty.qualname.borrow(),
                    v.id()
                )
            }
        })
    }

    /// The repr of an instance of a subclass of a built-in value type that does
    /// not override `__repr__`: the value's repr, except that sets name their
    /// class (`Tags({'a'})`, `Tags()`), as CPython's set repr does.
    pub fn value_subclass_repr(&mut self, ty: &Rc<TypeObj>, inner: &Value) -> PyResult<String> {
        let r = self.repr_string(inner)?;
        if let Value::Set(_) | Value::FrozenSet(_) = inner {
            let body = r
                .strip_prefix("frozenset(")
                .or_else(|| r.strip_prefix("set("))
                .and_then(|rest| rest.strip_suffix(')'))
                .unwrap_or(&r);
            return Ok(format!("{}({body})", ty.name));
        }
        Ok(r)
    }

    pub(crate) fn repr_join(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(it)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_seq(
        &mut self,
        v: &Value,
        items: &[Value],
        open: &str,
        close: &str,
        tuple: bool,
    ) -> PyResult<String> {
        if items.is_empty() {
            return Ok(format!("{open}{close}"));
        }
        if !self.repr_enter(v) {
            return Ok(format!("{open}...{close}"));
        }
        self.depth += 1;
        let r = self.repr_join(items);
        self.depth -= 1;
        self.repr_leave();
        let inner = r?;
        if tuple && items.len() == 1 {
            return Ok(format!("({inner},)"));
        }
        Ok(format!("{open}{inner}{close}"))
    }

    /// Guards against infinite recursion on self-containing containers
    /// (CPython's `Py_ReprEnter`): false when `v`'s repr is already being made.
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.id();
        if self.repr_guard.contains(&id) {
            return false;
        }
        self.repr_guard.push(id);
        true
    }

    /// Ends a [`Self::repr_enter`] that returned true.
    pub fn repr_leave(&mut self) {
        self.repr_guard.pop();
    }

    /// Decimal digits of a big int, with `sys.set_int_max_str_digits`' limit (4300 by default).
    pub fn bigint_to_decimal(&self, b: &dashu_int::IBig) -> PyResult<String> {
        weft_format::int_to_str(weft_format::IntRef::Big(b))
            .map_err(|e| self.value_error(e.message()))
    }
}

/// `<class 'module.Qualname'>` (builtins without the module): what
/// `type.__repr__` gives, and `repr(cls)` unless a metaclass overrides it.
pub(crate) fn class_repr(t: &TypeObj) -> String {
    match t.dict.get_str("__module__") {
        Some(Value::Str(m)) if m.as_str() != "builtins" => {
            format!("<class '{}.{}'>", m.as_str(), t.qualname.borrow())
        }
        _ => format!("<class '{}'>", t.qualname.borrow()),
    }
}
