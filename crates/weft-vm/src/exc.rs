//! Raising, matching and printing exceptions; context managers; the eval breaker.

use std::rc::Rc;

use crate::function::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// The exception object on the stack for `Reraise`.
    pub fn exception_from_value(&self, v: Value) -> PyErr {
        match v {
            Value::Instance(i) if i.exc().is_some() => PyErr(i),
            other => self.type_error(format!(
                "exceptions must derive from BaseException, not {}",
                self.type_name(&other)
            )),
        }
    }

    /// `raise X`: X may be an exception class (instantiated with no arguments) or instance.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc().is_some() => Ok(PyErr(i.clone())),
            Value::Type(t) if t.is_subtype(&self.exc_type("BaseException")) => {
                let obj = self.call0(&v)?;
                match obj {
                    Value::Instance(i) if i.exc().is_some() => Ok(PyErr(i)),
                    other => {
                        let r = self.repr_string(&v)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise exc from cause`.
    pub fn set_cause(&mut self, err: &PyErr, cause: Value) -> PyResult<()> {
        let cause = match &cause {
            Value::None => Value::None,
            Value::Type(_) | Value::Instance(_) => match self.make_raisable(cause.clone()) {
                Ok(c) => c.value(),
                Err(_) => {
                    return Err(self.type_error("exception causes must derive from BaseException"))
                }
            },
            _ => return Err(self.type_error("exception causes must derive from BaseException")),
        };
        let mut d = err.data();
        d.cause = cause;
        d.suppress_context = true;
        Ok(())
    }

    /// `except T:` matching, with CPython's check that T is an exception class.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.exc_type("BaseException");
        let check = |vm: &Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Type(t) if t.is_subtype(&base) => Ok(vm.type_of(exc).is_subtype(t)),
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match ty {
            Value::Tuple(ts) => {
                let mut any = false;
                for t in ts.items.iter() {
                    if check(self, t)? {
                        any = true;
                    }
                }
                Ok(any)
            }
            _ => check(self, ty),
        }
    }

    /// The first argument of an exception, if it is a string (for rewording messages).
    pub fn exception_message(&self, e: &PyErr) -> Option<String> {
        match &e.data().args {
            Value::Tuple(t) => t.items.first().and_then(|a| a.as_str().map(str::to_string)),
            _ => None,
        }
    }

    /// `with ctx`: returns (bound __exit__, result of __enter__()).
    pub fn enter_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(ctx);
        let (Some(enter), Some(exit)) = (ty.lookup("__enter__"), ty.lookup("__exit__")) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(ctx)
            )));
        };
        let exit = self.bind_descriptor(exit, ctx)?;
        let enter = self.bind_descriptor(enter, ctx)?;
        let entered = self.call0(&enter)?;
        Ok((exit, entered))
    }

    /// Called when the eval breaker is set: a drop request, a signal, an async exception.
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        let gil = &self.interp.gil;
        let bits = gil.breaker_bits();
        if bits & weft_gil::DROP_REQUEST != 0 {
            gil.yield_to_waiter();
        }
        if bits & weft_gil::SIGNAL_PENDING != 0 && self.is_main_thread {
            gil.clear_breaker_bit(weft_gil::SIGNAL_PENDING);
            let class = self.exc_type("KeyboardInterrupt");
            return Err(self.new_exception(&class, vec![]));
        }
        Ok(())
    }

    /// REPL echo of an expression statement.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        self.write_stdout(r.as_str())?;
        self.write_stdout("\n")?;
        self.rt.builtins.set_str("_", v);
        Ok(())
    }

    /// The text CPython prints for an uncaught exception: traceback(s) and the final line.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Rc::as_ptr(&err.0) as usize);
        let (cause, context, suppress) = {
            let d = err.data();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Value::Instance(c) = &cause {
            if c.exc().is_some() && !seen.contains(&(Rc::as_ptr(c) as usize)) {
                self.format_chain(&PyErr(c.clone()), out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if !suppress {
            if let Value::Instance(c) = &context {
                if c.exc().is_some() && !seen.contains(&(Rc::as_ptr(c) as usize)) {
                    self.format_chain(&PyErr(c.clone()), out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        let tb = err.data().traceback.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // CPython prints a line repeated more than three times in a row
            // (deep recursion) three times, then "[Previous line repeated N more times]".
            const CUTOFF: usize = 3;
            let repeated = |n: usize| {
                let more = n - CUTOFF;
                format!(
                    "  [Previous line repeated {more} more time{}]\n",
                    if more > 1 { "s" } else { "" }
                )
            };
            let mut last: Option<(&str, u32, &str)> = None;
            let mut count = 0;
            for entry in tb.iter().rev() {
                let name = &entry.code.code.name;
                let this = (&*entry.code.filename, entry.line, name.as_str());
                if last != Some(this) {
                    if count > CUTOFF {
                        out.push_str(&repeated(count));
                    }
                    last = Some(this);
                    count = 0;
                }
                count += 1;
                if count > CUTOFF {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.code.filename, entry.line, name
                ));
                if let Some(line) = self.source_line(&entry.code.filename, entry.line) {
                    let trimmed = line.trim();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {trimmed}\n"));
                        if let Some(carets) =
                            caret_line(&line, entry.line, entry.end_line, entry.col, entry.end_col)
                        {
                            out.push_str(&carets);
                        }
                    }
                }
            }
            if count > CUTOFF {
                out.push_str(&repeated(count));
            }
        }
        out.push_str(&self.format_exception_only(err));
    }

    /// The last line: `ValueError: message` (or SyntaxError's location block).
    pub fn format_exception_only(&mut self, err: &PyErr) -> String {
        let class = err.class();
        let module = match class.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
                format!("{}.", m.as_str())
            }
            _ => String::new(),
        };
        let name = format!("{module}{}", class.qualname.borrow());
        let mut prefix = String::new();
        if class.is_subtype(&self.exc_type("SyntaxError")) {
            if let Some(d) = err.0.dict() {
                let file = d.get_str("filename");
                let line = d.get_str("lineno");
                let text = d.get_str("text");
                let offset = d.get_str("offset");
                let end_offset = d.get_str("end_offset");
                if let (Some(Value::Str(f)), Some(Value::Int(l))) = (file, line) {
                    prefix.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
                    if let Some(Value::Str(t)) = text {
                        let raw = t.as_str().trim_end_matches(['\n', '\r']);
                        let stripped = raw.trim_start();
                        let indent = raw.chars().count() - stripped.chars().count();
                        prefix.push_str(&format!("    {stripped}\n"));
                        let indentation_error =
                            class.is_subtype(&self.exc_type("IndentationError"));
                        // No caret when it would point into the stripped indentation (as CPython).
                        if let Some(Value::Int(off)) =
                            offset.filter(|o| matches!(o, Value::Int(o) if *o > indent as i64))
                        {
                            let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                            let end = match end_offset {
                                Some(Value::Int(e)) if e > off && !indentation_error => {
                                    (e - off) as usize
                                }
                                _ => 1,
                            };
                            prefix.push_str(&format!(
                                "    {}{}\n",
                                " ".repeat(col),
                                "^".repeat(end.max(1))
                            ));
                        }
                    }
                }
            }
        }
        let msg = match self.str_string(&err.value()) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let msg = if class.is_subtype(&self.exc_type("SyntaxError")) {
            match &err.data().args {
                Value::Tuple(t) => t
                    .items
                    .first()
                    .and_then(|a| a.as_str().map(str::to_string))
                    .unwrap_or(msg),
                _ => msg,
            }
        } else {
            msg
        };
        let notes = err.data().notes.clone();
        let mut line = if msg.is_empty() {
            format!("{prefix}{name}\n")
        } else {
            format!("{prefix}{name}: {msg}\n")
        };
        for n in notes {
            line.push_str(&n);
            line.push('\n');
        }
        line
    }

    pub(crate) fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // Like CPython, no source is shown for `<stdin>` or `-c` code; weft's
        // own stdlib (`<frozen name>`) is built in, so its lines are known.
        if filename.starts_with('<') && !filename.starts_with("<frozen ") {
            return None;
        }
        let src = self.rt.sources.borrow().get(filename).cloned()?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }

    /// Gives SyntaxError its `__init__` and `__str__`: `SyntaxError(msg,
    /// (filename, lineno, offset, text[, end_lineno, end_offset]))` fills
    /// those attributes (None when not given), and str() adds the file's
    /// base name and the line to the message, as CPython's does.
    pub(crate) fn init_syntax_error(&mut self) {
        let class = self.exc_type("SyntaxError");
        self.add_method(&class, "__init__", syntax_error_init);
        self.add_method(&class, "__str__", syntax_error_str);
    }

    /// A SyntaxError exception from the parser's/compiler's error.
    pub fn syntax_error(&self, e: &weft_syntax::SyntaxError, filename: &str) -> PyErr {
        let class = self.exc_type(e.kind.class_name());
        let err = self.new_error(&class, e.msg.clone());
        if let Some(d) = err.0.dict() {
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(e.line as i64));
            d.set_str("offset", Value::Int(e.col as i64));
            d.set_str("end_offset", Value::Int(e.end_col as i64));
            d.set_str(
                "text",
                e.source_line.clone().map_or(Value::None, Value::string),
            );
            d.set_str("msg", Value::string(e.msg.clone()));
        }
        err
    }

    /// `__build_class__(func, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: Args) -> PyResult {
        let Args { pos, kw } = args;
        // `metaclass=` picks what makes the class; the other keywords go to it
        // (and from `type.__new__` on to `__init_subclass__`).
        let mut explicit_meta = None;
        let mut class_kwargs = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                explicit_meta = Some(v);
            } else {
                class_kwargs.push((k, v));
            }
        }
        let mut pos = pos.into_iter();
        let (Some(Value::Function(func)), Some(Value::Str(name))) = (pos.next(), pos.next()) else {
            return Err(self.type_error("__build_class__: func and name required"));
        };
        // A base that is not a class may stand for classes (`list[int]` is `list`).
        let given: Vec<Value> = pos.collect();
        let mut resolved = Vec::with_capacity(given.len());
        let mut substituted = false;
        for b in &given {
            match b {
                Value::Type(_) => resolved.push(b.clone()),
                // An ordinary attribute lookup, as in CPython: a function with
                // an `__mro_entries__` attribute (typing.NamedTuple) counts.
                _ => match self.mro_entries_hook(b)? {
                    Some(m) => {
                        substituted = true;
                        let entries = self.call1(&m, Value::tuple(given.clone()))?;
                        match entries {
                            Value::Tuple(t) => resolved.extend(t.items.iter().cloned()),
                            _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                        }
                    }
                    None => resolved.push(b.clone()),
                },
            }
        }
        let mut bases = Vec::new();
        for b in resolved {
            match b {
                Value::Type(t) => bases.push(t),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(&other)
                    )))
                }
            }
        }
        // The metaclass: the most derived of the explicit one and the bases'.
        // Anything else callable given as `metaclass=` is simply called.
        let meta = match explicit_meta {
            None => {
                let type_ = self.rt.types.type_.clone();
                Value::Type(self.calculate_metaclass(&type_, &bases)?)
            }
            Some(Value::Type(m)) => Value::Type(self.calculate_metaclass(&m, &bases)?),
            Some(other) => other,
        };
        let bases_tuple = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
        let ns = match self.prepare_namespace(&meta, &name, &bases_tuple, &class_kwargs)? {
            Some(ns) => ns,
            None => Value::Dict(Rc::new(crate::dict::DictObj::new())),
        };
        match &ns {
            Value::Dict(d) => crate::frame::run_code_with_locals(
                self,
                func.code.clone(),
                func.globals.clone(),
                Some(d.clone()),
                &func.closure,
            )?,
            _ => crate::frame::run_code_with_mapping(
                self,
                func.code.clone(),
                func.globals.clone(),
                ns.clone(),
                &func.closure,
            )?,
        };
        // PEP 560: the class remembers the bases as written when some of
        // them stood for others (`class C(Generic[T])`).
        if substituted {
            self.set_item(
                &ns,
                Value::string("__orig_bases__".to_string()),
                Value::tuple(given),
            )?;
        }
        match (&meta, &ns) {
            (Value::Type(m), Value::Dict(d)) if Rc::ptr_eq(m, &self.rt.types.type_) => {
                let m = m.clone();
                self.new_class(name.as_str(), bases, d, class_kwargs, &m)
            }
            _ => {
                let mut args = Args::new([Value::Str(name), bases_tuple, ns]);
                args.kw = class_kwargs;
                self.call(&meta, args)
            }
        }
    }

    /// `base.__mro_entries__` (bound), or None when `base` has no such attribute.
    fn mro_entries_hook(&mut self, base: &Value) -> PyResult<Option<Value>> {
        match self.get_attr_str(base, "__mro_entries__") {
            Ok(m) => Ok(Some(m)),
            Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `meta.__prepare__(name, bases, **kwargs)` when the metaclass defines one:
    /// a dict, or any other mapping (the class body then stores through it).
    fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &Rc<crate::value::StrObj>,
        bases: &Value,
        kwargs: &[(Rc<crate::value::StrObj>, Value)],
    ) -> PyResult<Option<Value>> {
        let Value::Type(m) = meta else {
            return Ok(None);
        };
        let Some(prepare) = m.lookup("__prepare__") else {
            return Ok(None);
        };
        let func = match &prepare {
            Value::Instance(i) => match &i.payload {
                Payload::ClassMethod(f) => f.clone(),
                Payload::StaticMethod(f) => f.clone(),
                _ => prepare.clone(),
            },
            _ => prepare.clone(),
        };
        let mut args = Args::new([meta.clone(), Value::Str(name.clone()), bases.clone()]);
        if matches!(&prepare, Value::Instance(i) if matches!(i.payload, Payload::StaticMethod(_))) {
            args.pos.remove(0);
        }
        args.kw = kwargs.to_vec();
        match self.call(&func, args)? {
            d @ Value::Dict(_) => Ok(Some(d)),
            other if self.lookup_special(&other, "__getitem__").is_some() => Ok(Some(other)),
            other => Err(self.type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                m.name,
                self.type_name(&other)
            ))),
        }
    }

    /// The most derived of `meta` and the metaclasses of `bases`.
    pub fn calculate_metaclass(
        &self,
        meta: &Rc<crate::object::TypeObj>,
        bases: &[Rc<crate::object::TypeObj>],
    ) -> PyResult<Rc<crate::object::TypeObj>> {
        let mut winner = meta.clone();
        for b in bases {
            let base_meta = self.type_of(&Value::Type(b.clone()));
            if winner.is_subtype(&base_meta) {
                continue;
            }
            if base_meta.is_subtype(&winner) {
                winner = base_meta;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Creates a user class from a name, bases and namespace (as `type(name, bases, ns)`).
    /// `kwargs` are the class statement's keywords, passed on to the parent's
    /// `__init_subclass__`.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<crate::object::TypeObj>>,
        ns: &crate::dict::DictObj,
        kwargs: Vec<(Rc<crate::value::StrObj>, Value)>,
        metaclass: &Rc<crate::object::TypeObj>,
    ) -> PyResult {
        use crate::object::Layout;
        let bases = if bases.is_empty() {
            vec![self.rt.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if b.layout == Layout::Bool {
                return Err(self.type_error("type 'bool' is not an acceptable base type"));
            }
            if b.is_final() {
                let module = match b.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                return Err(self.type_error(format!(
                    "type '{module}{}' is not an acceptable base type",
                    b.name
                )));
            }
        }
        if crate::types::c3_tail(&bases).is_none() {
            let names: Vec<String> = bases.iter().map(|b| b.name.clone()).collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        }
        let layout = bases
            .iter()
            .map(|b| b.layout)
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        if bases
            .iter()
            .any(|b| b.layout != Layout::Object && b.layout != layout)
        {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let slots = self.plan_slots(name, &bases, layout, ns)?;
        let t = crate::types::new_type_with_dict(name, bases, layout, false, slots.has_dict);
        if !Rc::ptr_eq(metaclass, &self.rt.types.type_) {
            *t.metaclass.borrow_mut() = Some(metaclass.clone());
        }
        let mut classcell = None;
        for (k, v) in ns.items() {
            if let Value::Str(s) = &k {
                if s.as_str() == "__classcell__" {
                    classcell = Some(v);
                    continue;
                }
                t.dict.set_strobj(s.clone(), v);
            }
        }
        if let Some(Value::Str(q)) = t.dict.get_str("__qualname__") {
            *t.qualname.borrow_mut() = q.as_str().to_string();
            t.dict.del_str("__qualname__");
        }
        if t.dict.get_str("__eq__").is_some() && t.dict.get_str("__hash__").is_none() {
            t.dict.set_str("__hash__", Value::None);
        }
        if t.dict.get_str("__doc__").is_none() {
            t.dict.set_str("__doc__", Value::None);
        }
        for special in ["__new__", "__init_subclass__", "__class_getitem__"] {
            if let Some(Value::Function(f)) = t.dict.get_str(special) {
                let wrapped = if special == "__new__" {
                    Payload::StaticMethod(Value::Function(f))
                } else {
                    Payload::ClassMethod(Value::Function(f))
                };
                let class = if special == "__new__" {
                    self.rt.types.staticmethod.clone()
                } else {
                    self.rt.types.classmethod.clone()
                };
                t.dict.set_str(
                    special,
                    Value::Instance(Rc::new(crate::object::InstanceObj {
                        class: std::cell::RefCell::new(class),
                        dict_cell: None,
                        payload: wrapped,
                    })),
                );
            }
        }
        self.install_slots(&t, &slots);
        let class = Value::Type(t.clone());
        if let Some(Value::Cell(c)) = classcell {
            *c.value.borrow_mut() = class.clone();
        }
        self.set_names(&t)?;
        self.init_subclass(&t, kwargs)?;
        Ok(class)
    }
}

impl Vm {
    /// Calls `__set_name__(cls, name)` on each attribute of a new class that has
    /// one (descriptors learning their name), as `type.__new__` does.
    fn set_names(&mut self, t: &Rc<crate::object::TypeObj>) -> PyResult<()> {
        let class = Value::Type(t.clone());
        for (key, value) in t.dict.items() {
            let Some(set_name) = self.lookup_special(&value, "__set_name__") else {
                continue;
            };
            let r = self.call(
                &set_name,
                Args::new([value.clone(), class.clone(), key.clone()]),
            );
            if let Err(e) = r {
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    self.type_name(&value),
                    self.repr_string(&key)?,
                    t.name
                );
                let err = self.runtime_error(msg);
                self.set_cause(&err, e.value())?;
                return Err(err);
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)` for a new class.
    fn init_subclass(
        &mut self,
        t: &Rc<crate::object::TypeObj>,
        kwargs: Vec<(Rc<crate::value::StrObj>, Value)>,
    ) -> PyResult<()> {
        let Some(init_sub) = t
            .mro_tail
            .iter()
            .find_map(|b| b.dict.get_str("__init_subclass__"))
        else {
            return Ok(());
        };
        let class = Value::Type(t.clone());
        let func = match &init_sub {
            Value::Instance(i) => match &i.payload {
                Payload::ClassMethod(f) => f.clone(),
                _ => init_sub.clone(),
            },
            Value::Builtin(_) => {
                // object.__init_subclass__
                if !kwargs.is_empty() {
                    return Err(self.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        t.name
                    )));
                }
                return Ok(());
            }
            _ => init_sub.clone(),
        };
        let mut args = Args::new([class]);
        args.kw = kwargs;
        self.call(&func, args)?;
        Ok(())
    }
}

/// CPython 3.11's marker line under a traceback's source line: `^` under the
/// failing expression, with `~` for the operands of a binary operator or the
/// container of a subscript. None when the expression spans the whole line.
/// `line` is source line `lineno`; the expression runs from column `col` of
/// it to column `end_col` of line `end_line` (columns in characters).
pub(crate) fn caret_line(
    line: &str,
    lineno: u32,
    end_line: u32,
    col: u32,
    end_col: u32,
) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let stripped_len = line.trim().chars().count();
    let indent = chars.len() - line.trim_start().chars().count();
    let start = col as usize;
    let end = if end_line == lineno {
        end_col as usize
    } else {
        indent + stripped_len
    };
    if lineno == 0 || start < indent || end <= start || end > chars.len() {
        return None;
    }
    let anchors = if end_line == lineno {
        let segment: String = chars[start..end].iter().collect();
        caret_anchors(&segment)
    } else {
        None
    };
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if end - start >= stripped_len && !anchored {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - indent));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
    Some(out)
}

/// For a binary operation, the operator's span; for a subscript, the `[...]`
/// span (character offsets within `segment`), as CPython's traceback module finds them.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use weft_syntax::ast::ExprKind;
    let expr = weft_syntax::parse_expression(segment).ok()?;
    let seg: Vec<char> = segment.chars().collect();
    let col = |loc: weft_syntax::ast::Loc, end: bool| -> Option<usize> {
        if loc.line != 1 || (end && loc.end_line != 1) {
            return None;
        }
        Some(if end {
            loc.end_col as usize
        } else {
            loc.col as usize
        })
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = col(left.loc, true)?;
            let op_end = col(right.loc, false)?;
            let op: Vec<char> = seg.get(op_start..op_end)?.to_vec();
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op.len() && !op[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < seg.len()
                && (seg[left_anchor].is_whitespace() || ")#".contains(seg[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor.min(seg.len())))
        }
        ExprKind::Subscript { value, index } => {
            let mut left_anchor = col(value.loc, true)?;
            let mut right_anchor = col(index.loc, true)? + 1;
            while left_anchor < seg.len() && seg[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < seg.len() && seg[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < seg.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor.min(seg.len())))
        }
        _ => None,
    }
}

/// `SyntaxError.__init__(self, *args)`.
fn syntax_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let rest = &args.pos[1..];
    let mut fields = vec![Value::None; 6];
    if rest.len() == 2 {
        let info = vm.collect_iterable(&rest[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (slot, v) in fields.iter_mut().zip(info) {
            *slot = v;
        }
    }
    if let Some(e) = inst.exc() {
        e.borrow_mut().args = Value::tuple(rest.to_vec());
    }
    if let Some(d) = inst.dict() {
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, v) in names.iter().zip(fields) {
            d.set_str(name, v);
        }
        d.set_str("print_file_and_line", Value::None);
    }
    Ok(Value::None)
}

/// `SyntaxError.__str__`: `msg (file.py, line N)`, with what is known of the place.
fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Value::Instance(inst) = &this else {
        return Ok(Value::str(""));
    };
    let msg = match inst.exc().map(|e| e.borrow().args.clone()) {
        Some(Value::Tuple(t)) if !t.items.is_empty() => t.items[0].clone(),
        _ => Value::None,
    };
    let msg = vm.str_string(&msg)?;
    let field = |name: &str| inst.dict().and_then(|d| d.get_str(name));
    let file = match field("filename") {
        Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match field("lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(Value::string(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
}
