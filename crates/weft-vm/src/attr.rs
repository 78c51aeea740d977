//! Attribute access: `obj.name`, with Python's descriptor rules.
//!
//! Order for instances (CPython's `PyObject_GenericGetAttr`): a data
//! descriptor on the type (property, or a class with `__set__`) wins; then the
//! instance `__dict__`; then a non-data descriptor or plain class attribute
//! (functions bind into methods); then `__getattr__`.

use std::rc::Rc;

use crate::function::{Args, BoundMethod, BuiltinFn, BuiltinKind};
use crate::object::{Layout, Payload};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        self.get_attr(obj, &Rc::new(StrObj::new(name)))
    }

    pub fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.get_attr_str(obj, name) {
            Ok(_) => Ok(true),
            Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult {
        match obj {
            Value::Module(m) => {
                if let Some(v) = m.dict.get_strobj(name) {
                    return Ok(v);
                }
                match name.as_str() {
                    "__dict__" => return Ok(Value::Dict(m.dict.clone())),
                    "__class__" => return Ok(Value::Type(self.rt.types.module.clone())),
                    _ => {}
                }
                // The methods modules inherit (`m.__repr__`, `m.__eq__`, ...).
                if let Some(v @ Value::Builtin(_)) = self.rt.types.module.lookup(name.as_str()) {
                    return self.bind_descriptor(v, obj);
                }
                // PEP 562: a module-level `__getattr__` supplies missing attributes.
                if let Some(hook) = m.dict.get_str("__getattr__") {
                    return self.call1(&hook, Value::Str(name.clone()));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
            Value::Type(t) => self.type_get_attr(t, name),
            Value::Instance(inst) => {
                if let Payload::Super {
                    this_class,
                    obj: target,
                    obj_type,
                } = &inst.payload
                {
                    return self.super_get_attr(this_class, target, obj_type, name, obj);
                }
                let ty = inst.class();
                if let Some(ga) = ty.lookup_static("__getattribute__") {
                    if !matches!(&ga, Value::Builtin(b) if b.owner == "object") {
                        let r = self.call2(&ga, obj.clone(), Value::Str(name.clone()));
                        return self.getattr_fallback(obj, name, r);
                    }
                }
                let r = self.generic_get_attr(obj, name);
                self.getattr_fallback(obj, name, r)
            }
            _ => self.generic_get_attr(obj, name),
        }
    }

    /// `super(C, obj).name`: the MRO of `obj`'s type after `C`.
    fn super_get_attr(
        &mut self,
        this_class: &Rc<crate::object::TypeObj>,
        target: &Value,
        obj_type: &Rc<crate::object::TypeObj>,
        name: &Rc<StrObj>,
        sup: &Value,
    ) -> PyResult {
        if name.as_str() == "__class__" {
            return Ok(Value::Type(self.type_of(sup)));
        }
        let unbound = target.is_null();
        let mut after = false;
        for t in obj_type.mro().filter(|_| !unbound) {
            if after {
                if let Some(v) = t.dict.get_strobj(name) {
                    return match target {
                        // `super().method` in a classmethod: bind to the class.
                        Value::Type(cls)
                            if Rc::ptr_eq(cls, obj_type) && !matches!(&v, Value::Instance(_)) =>
                        {
                            match &v {
                                Value::Builtin(b) if b.kind == BuiltinKind::ClassMethod => {
                                    Ok(Value::Builtin(Rc::new(BuiltinFn {
                                        name: b.name,
                                        func: b.func,
                                        kind: b.kind,
                                        bound: Value::Type(cls.clone()),
                                        owner: b.owner,
                                    })))
                                }
                                _ => Ok(v),
                            }
                        }
                        Value::Type(cls) if Rc::ptr_eq(cls, obj_type) => match &v {
                            Value::Instance(di) => match &di.payload {
                                Payload::ClassMethod(f) => {
                                    Ok(Value::BoundMethod(Rc::new(BoundMethod {
                                        func: f.clone(),
                                        this: Value::Type(cls.clone()),
                                    })))
                                }
                                Payload::StaticMethod(f) => Ok(f.clone()),
                                _ => Ok(v.clone()),
                            },
                            _ => Ok(v),
                        },
                        _ => {
                            if let Some(r) = self.data_descriptor_get(&v, target)? {
                                return Ok(r);
                            }
                            self.bind_descriptor(v, target)
                        }
                    };
                }
            } else if Rc::ptr_eq(t, this_class) {
                after = true;
            }
        }
        match name.as_str() {
            "__thisclass__" => Ok(Value::Type(this_class.clone())),
            "__self__" if unbound => Ok(Value::None),
            "__self__" => Ok(target.clone()),
            "__self_class__" if unbound => Ok(Value::None),
            "__self_class__" => Ok(Value::Type(obj_type.clone())),
            // The super object's own attributes (`__get__`, `__repr__`, ...).
            _ => self.generic_get_attr(sup, name),
        }
    }

    fn getattr_fallback(&mut self, obj: &Value, name: &Rc<StrObj>, r: PyResult) -> PyResult {
        match r {
            Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => {
                if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                    return self.call2(&ga, obj.clone(), Value::Str(name.clone()));
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `object.__getattribute__`.
    pub fn generic_get_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult {
        // A function's own attributes (`__doc__`, `__module__`, its `__dict__`)
        // are data descriptors in CPython: they win over `object.__doc__` and
        // `object.__module__` on the type.
        if let Value::Function(_) = obj {
            if let Some(v) = self.special_attr(obj, name.as_str())? {
                return Ok(v);
            }
        }
        // Likewise a property's `__doc__` (its getter's docstring by default).
        if let Value::Instance(i) = obj {
            if let Payload::Property { doc, .. } = &i.payload {
                if name.as_str() == "__doc__" && !doc.is_none() {
                    return Ok(doc.clone());
                }
            }
        }
        let ty = self.type_of(obj);
        let descr = ty.lookup_name(name);
        if let Some(d) = &descr {
            if let Some(r) = self.data_descriptor_get(d, obj)? {
                return Ok(r);
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some(dict) = inst.dict() {
                if let Some(v) = dict.get_strobj(name) {
                    return Ok(v);
                }
            }
            // A property's or staticmethod's `__doc__`, `__name__`, ... are
            // its own, ahead of `object.__doc__` on the type.
            // (A subclass's own class attribute, such as abc.abstractproperty's
            // `__isabstractmethod__ = True`, still comes first.)
            let shadowed = descr.is_some() && name.as_str() == "__isabstractmethod__";
            if !shadowed
                && matches!(
                    inst.payload,
                    Payload::Property { .. } | Payload::StaticMethod(_) | Payload::ClassMethod(_)
                )
            {
                if let Some(v) = self.wrapper_attr(&inst.payload, name.as_str())? {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj);
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name.as_str()))
    }

    /// For a data descriptor (property or a class defining `__set__`/`__delete__`), its `__get__` result.
    fn data_descriptor_get(&mut self, d: &Value, obj: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(di) = d else {
            return Ok(None);
        };
        match &di.payload {
            Payload::Property { fget, .. } => {
                if fget.is_none() {
                    return Err(crate::core::property_error(self, d, obj, "getter"));
                }
                let f = fget.clone();
                self.call1(&f, obj.clone()).map(Some)
            }
            Payload::Native(_) => {
                if let Some(v) = crate::slots::member_get_fast(di, obj) {
                    return Ok(Some(v));
                }
                match crate::slots::member_info(di) {
                    Some(m) => self.member_get(m, obj).map(Some),
                    None => Ok(None),
                }
            }
            Payload::None | Payload::Slots(_) => {
                let dty = di.class();
                if dty.lookup("__set__").is_some() || dty.lookup("__delete__").is_some() {
                    if let Some(get) = dty.lookup("__get__") {
                        let owner = Value::Type(self.type_of(obj));
                        return self
                            .call(&get, Args::new([d.clone(), obj.clone(), owner]))
                            .map(Some);
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Binds a class attribute found for an instance access (functions become methods).
    pub fn bind_descriptor(&mut self, d: Value, obj: &Value) -> PyResult {
        match &d {
            Value::Function(_) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: d.clone(),
                this: obj.clone(),
            }))),
            Value::Builtin(b) => Ok(match b.kind {
                BuiltinKind::Method if b.bound.is_null() => Value::Builtin(Rc::new(BuiltinFn {
                    name: b.name,
                    func: b.func,
                    kind: b.kind,
                    bound: obj.clone(),
                    owner: b.owner,
                })),
                BuiltinKind::ClassMethod if b.bound.is_null() => {
                    Value::Builtin(Rc::new(BuiltinFn {
                        name: b.name,
                        func: b.func,
                        kind: b.kind,
                        bound: Value::Type(self.type_of(obj)),
                        owner: b.owner,
                    }))
                }
                _ => d.clone(),
            }),
            Value::Instance(di) => match &di.payload {
                Payload::StaticMethod(f) => Ok(f.clone()),
                Payload::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: f.clone(),
                    this: Value::Type(self.type_of(obj)),
                }))),
                Payload::None | Payload::Native(_) | Payload::Slots(_) | Payload::Super { .. } => {
                    let dty = di.class();
                    if let Some(get) = dty.lookup("__get__") {
                        let owner = Value::Type(self.type_of(obj));
                        return self.call(&get, Args::new([d.clone(), obj.clone(), owner]));
                    }
                    Ok(d.clone())
                }
                _ => Ok(d.clone()),
            },
            _ => Ok(d),
        }
    }

    /// Attribute lookup on a class object: the class's MRO, then its metaclass (`type`).
    fn type_get_attr(&mut self, t: &Rc<crate::object::TypeObj>, name: &Rc<StrObj>) -> PyResult {
        let n = name.as_str();
        match n {
            "__name__" => return Ok(Value::str(&t.name)),
            "__qualname__" => return Ok(Value::string(t.qualname.borrow().clone())),
            "__mro__" => {
                return Ok(Value::tuple(
                    t.mro().map(|x| Value::Type(x.clone())).collect(),
                ))
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    t.bases.iter().map(|x| Value::Type(x.clone())).collect(),
                ))
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .first()
                    .map_or(Value::None, |b| Value::Type(b.clone())))
            }
            "__dict__" => return Ok(Value::Dict(Rc::new(t.dict.copy()))),
            "__class__" => return Ok(Value::Type(self.type_of(&Value::Type(t.clone())))),
            // A getset of `type` in CPython: the class's own entry only.
            "__abstractmethods__" => {
                return match t.dict.get_str(n) {
                    Some(v) if !Rc::ptr_eq(t, &self.rt.types.type_) => Ok(v),
                    _ => Err(self.attribute_error(n)),
                }
            }
            _ => {}
        }
        // A user metaclass's data descriptors (a property on the metaclass)
        // come before the class's own attributes, as for any instance.
        let user_meta = t.metaclass.borrow().clone();
        if let Some(meta) = &user_meta {
            if let Some(d @ Value::Instance(_)) = meta.lookup(n) {
                if let Some(v) = self.data_descriptor_get(&d, &Value::Type(t.clone()))? {
                    return Ok(v);
                }
            }
        }
        if let Some(v) = t.lookup(n) {
            return Ok(match &v {
                Value::Instance(di) => match &di.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    Payload::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                        func: f.clone(),
                        this: Value::Type(t.clone()),
                    })),
                    Payload::None | Payload::Slots(_) => {
                        let dty = di.class();
                        if let Some(get) = dty.lookup("__get__") {
                            return self.call(
                                &get,
                                Args::new([v.clone(), Value::None, Value::Type(t.clone())]),
                            );
                        }
                        v
                    }
                    _ => v,
                },
                Value::Builtin(b) if b.kind == BuiltinKind::ClassMethod && b.bound.is_null() => {
                    Value::Builtin(Rc::new(BuiltinFn {
                        name: b.name,
                        func: b.func,
                        kind: b.kind,
                        bound: Value::Type(t.clone()),
                        owner: b.owner,
                    }))
                }
                _ => v,
            });
        }
        // Methods of the metaclass (`type`'s own, e.g. `C.mro()`).
        let meta = self.type_of(&Value::Type(t.clone()));
        if let Some(v) = meta.lookup(n) {
            return self.bind_descriptor(v, &Value::Type(t.clone()));
        }
        // A metaclass's `__getattr__` supplies what is missing.
        if let Some(meta) = &user_meta {
            if let Some(hook) = meta.lookup("__getattr__") {
                return self.call2(&hook, Value::Type(t.clone()), Value::Str(name.clone()));
            }
        }
        Err(self.no_attribute(&Value::Type(t.clone()), n))
    }

    /// CPython's `_PyObject_IsAbstract`: a true `__isabstractmethod__` attribute.
    pub fn is_abstract_callable(&mut self, f: &Value) -> PyResult<bool> {
        if f.is_none() {
            return Ok(false);
        }
        match self.get_attr_str(f, "__isabstractmethod__") {
            Ok(v) => self.is_true(&v),
            Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Attributes that built-in objects have without a type-dict entry.
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Type(self.type_of(obj))));
        }
        Ok(match obj {
            Value::Instance(inst) => {
                if name == "__dict__" {
                    return Ok(inst.dict().map(Value::Dict));
                }
                if let Some(exc) = inst.exc() {
                    let e = exc.borrow();
                    return Ok(match name {
                        "args" => Some(e.args.clone()),
                        "__cause__" => Some(e.cause.clone()),
                        "__context__" => Some(e.context.clone()),
                        "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                        "__traceback__" => {
                            Some(crate::traceback::traceback_object(self, &e.traceback))
                        }
                        "value" if inst.class().is_subtype(&self.exc_type("StopIteration")) => {
                            Some(first_arg(&e.args))
                        }
                        "code" if inst.class().is_subtype(&self.exc_type("SystemExit")) => {
                            Some(match &e.args {
                                Value::Tuple(t) if t.items.len() > 1 => e.args.clone(),
                                _ => first_arg(&e.args),
                            })
                        }
                        "msg" if inst.class().is_subtype(&self.exc_type("SyntaxError")) => {
                            Some(first_arg(&e.args))
                        }
                        _ => None,
                    });
                }
                self.wrapper_attr(&inst.payload, name)?
            }
            Value::Function(f) => match name {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__annotations__" => {
                    let mut ann = f.annotations.borrow_mut();
                    if ann.is_none() {
                        *ann = Value::Dict(Rc::new(crate::dict::DictObj::new()));
                    }
                    Some(ann.clone())
                }
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__dict__" => Some(Value::Dict(function_dict(f))),
                _ => f.dict.borrow().as_ref().and_then(|d| d.get_str(name)),
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    return self
                        .get_attr_str(&m.func.clone(), name)
                        .map(Some)
                        .or(Ok(None))
                }
            },
            Value::Builtin(b) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(Value::string(if b.owner.is_empty() {
                    b.name.to_string()
                } else {
                    format!("{}.{}", b.owner, b.name)
                })),
                "__self__" => Some(if b.bound.is_null() {
                    Value::None
                } else {
                    b.bound.clone()
                }),
                "__doc__" => Some(Value::None),
                "__module__" => Some(if b.owner.is_empty() {
                    Value::str("builtins")
                } else {
                    Value::None
                }),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Slice(s) => match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Generator(g) => match name {
                "__name__" => Some(Value::Str(g.name.clone())),
                "__qualname__" => Some(Value::Str(g.qualname.clone())),
                _ => None,
            },
            Value::Code(c) => match name {
                "co_name" => Some(Value::str(&c.code.name)),
                "co_filename" => Some(Value::str(&c.filename)),
                "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                _ => None,
            },
            _ => None,
        })
    }

    /// Attributes of property, staticmethod and classmethod objects.
    fn wrapper_attr(&mut self, payload: &Payload, name: &str) -> PyResult<Option<Value>> {
        Ok(match payload {
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
            } => match name {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => Some(doc.clone()),
                "__isabstractmethod__" => {
                    let fs = [fget.clone(), fset.clone(), fdel.clone()];
                    let mut abstract_ = false;
                    for f in &fs {
                        if self.is_abstract_callable(f)? {
                            abstract_ = true;
                            break;
                        }
                    }
                    Some(Value::Bool(abstract_))
                }
                _ => None,
            },
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                "__isabstractmethod__" => Some(Value::Bool(self.is_abstract_callable(&f.clone())?)),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = f.clone();
                    match self.get_attr_str(&f, name) {
                        Ok(v) => Some(v),
                        Err(e) if e.is_instance_of(&self.exc_type("AttributeError")) => None,
                        Err(e) => return Err(e),
                    }
                }
                _ => None,
            },
            _ => None,
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<StrObj>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(sa) = ty.lookup_static("__setattr__") {
                    if !matches!(&sa, Value::Builtin(b) if b.owner == "object") {
                        self.call(
                            &sa,
                            Args::new([obj.clone(), Value::Str(name.clone()), value]),
                        )?;
                        return Ok(());
                    }
                }
                self.generic_set_attr(obj, name, value)
            }
            Value::Type(t) => {
                let user_meta = t.metaclass.borrow().clone();
                if let Some(meta) = user_meta {
                    if let Some(sa) = meta.lookup("__setattr__") {
                        if !matches!(&sa, Value::Builtin(b) if b.owner == "type") {
                            self.call(
                                &sa,
                                Args::new([obj.clone(), Value::Str(name.clone()), value]),
                            )?;
                            return Ok(());
                        }
                    }
                }
                self.type_set_attr(t, name, value)
            }
            Value::Module(m) => {
                m.dict.set_strobj(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" | "__qualname__" => {
                        let Value::Str(s) = value else {
                            return Err(self.type_error(format!(
                                "{} must be set to a string object",
                                name.as_str()
                            )));
                        };
                        if name.as_str() == "__name__" {
                            *f.name.borrow_mut() = s;
                        } else {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__annotations__" => {
                        if !matches!(value, Value::Dict(_)) {
                            return Err(
                                self.type_error("__annotations__ must be set to a dict object")
                            );
                        }
                        *f.annotations.borrow_mut() = value;
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.items.to_vec(),
                            Value::None => Vec::new(),
                            _ => {
                                return Err(
                                    self.type_error("__defaults__ must be set to a tuple object")
                                )
                            }
                        }
                    }
                    "__kwdefaults__" => {
                        if !matches!(value, Value::Dict(_) | Value::None) {
                            return Err(
                                self.type_error("__kwdefaults__ must be set to a dict object")
                            );
                        }
                        *f.kwdefaults.borrow_mut() = value;
                    }
                    "__dict__" => {
                        let Value::Dict(d) = value else {
                            return Err(self.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                self.type_name(&value)
                            )));
                        };
                        *f.dict.borrow_mut() = Some(d);
                    }
                    "__code__" | "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(self.attribute_error(if name.as_str() == "__code__" {
                            "weft cannot replace a function's __code__".to_string()
                        } else {
                            "readonly attribute".to_string()
                        }))
                    }
                    _ => function_dict(f).set_strobj(name.clone(), value),
                }
                Ok(())
            }
            Value::Code(_) if name.as_str().starts_with("co_") => {
                match self.special_attr(obj, name.as_str())? {
                    Some(_) => Err(self.attribute_error("readonly attribute")),
                    None => Err(self.no_attribute_set(obj, name.as_str())),
                }
            }
            _ => Err(self.no_attribute_set(obj, name.as_str())),
        }
    }

    /// `type.__setattr__`: stores into the class's own namespace (after a
    /// property setter on a user metaclass, if the metaclass has one for `name`).
    pub fn type_set_attr(
        &mut self,
        t: &Rc<crate::object::TypeObj>,
        name: &Rc<StrObj>,
        value: Value,
    ) -> PyResult<()> {
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name
            )));
        }
        let user_meta = t.metaclass.borrow().clone();
        if let Some(meta) = user_meta {
            if let Some(Value::Instance(d)) = meta.lookup(name.as_str()) {
                if let Payload::Property { fset, .. } = &d.payload {
                    if fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name.as_str(),
                            meta.name
                        )));
                    }
                    let f = fset.clone();
                    self.call2(&f, Value::Type(t.clone()), value)?;
                    return Ok(());
                }
            }
        }
        match name.as_str() {
            "__qualname__" => {
                if let Value::Str(s) = &value {
                    *t.qualname.borrow_mut() = s.as_str().to_string();
                }
            }
            // CPython's `type.__abstractmethods__` setter: a non-empty
            // value makes `object.__new__` refuse the class.
            "__abstractmethods__" => {
                let abstract_ = self.is_true(&value)?;
                t.dict.set_strobj(name.clone(), value);
                t.set_abstract(abstract_);
            }
            _ => t.dict.set_strobj(name.clone(), value),
        }
        Ok(())
    }

    /// `type.__delattr__`: removes a name from the class's own namespace.
    pub fn type_del_attr(
        &mut self,
        t: &Rc<crate::object::TypeObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<()> {
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot delete '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name
            )));
        }
        match t.dict.del_str(name.as_str()) {
            Some(_) => {
                if name.as_str() == "__abstractmethods__" {
                    t.set_abstract(false);
                }
                Ok(())
            }
            None => Err(self.no_attribute(&Value::Type(t.clone()), name.as_str())),
        }
    }

    /// `object.__setattr__`.
    pub fn generic_set_attr(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        value: Value,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(self.no_attribute_set(obj, name.as_str()));
        };
        let ty = inst.class();
        if let Some(d) = ty.lookup_name(name) {
            if let Value::Instance(di) = &d {
                match &di.payload {
                    Payload::Property { fset, .. } => {
                        if fset.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                ty.name
                            )));
                        }
                        let f = fset.clone();
                        self.call2(&f, obj.clone(), value)?;
                        return Ok(());
                    }
                    Payload::None | Payload::Slots(_) => {
                        let dty = di.class();
                        if let Some(set) = dty.lookup("__set__") {
                            self.call(&set, Args::new([d.clone(), obj.clone(), value]))?;
                            return Ok(());
                        }
                        if dty.lookup("__delete__").is_some() {
                            return Err(self.attribute_error("__set__"));
                        }
                    }
                    Payload::Native(_) => {
                        if let Some(m) = crate::slots::member_info(di) {
                            return self.member_set(m, obj, Some(value));
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(exc) = inst.exc() {
            let mut e = exc.borrow_mut();
            match name.as_str() {
                "args" => {
                    e.args = value;
                    return Ok(());
                }
                "__cause__" => {
                    e.cause = value;
                    e.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    e.context = value;
                    return Ok(());
                }
                "__suppress_context__" => {
                    e.suppress_context = matches!(value, Value::Bool(true));
                    return Ok(());
                }
                "__traceback__" => return crate::traceback::set_traceback(self, &mut e, &value),
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            return self.set_class(inst, value);
        }
        if name.as_str() == "__dict__" {
            if let Some(cell) = &inst.dict_cell {
                let new = match &value {
                    Value::Dict(d) => d.clone(),
                    Value::Instance(i) => match &i.payload {
                        Payload::Builtin(Value::Dict(d)) => d.clone(),
                        _ => return Err(self.dict_set_error(&value)),
                    },
                    _ => return Err(self.dict_set_error(&value)),
                };
                // The old dict is dropped after the cell is released.
                let _old = cell.replace(new);
                return Ok(());
            }
        }
        match inst.dict() {
            Some(d) => {
                d.set_strobj(name.clone(), value);
                Ok(())
            }
            None => Err(self.no_attribute_set(obj, name.as_str())),
        }
    }

    fn dict_set_error(&self, value: &Value) -> crate::vm::PyErr {
        self.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            self.type_name(value)
        ))
    }

    /// `obj.__class__ = cls`: only between user classes whose instances are
    /// laid out alike (same built-in base, same slots, both with or without
    /// a `__dict__`), as CPython checks.
    fn set_class(&mut self, inst: &crate::object::InstanceObj, value: Value) -> PyResult<()> {
        let Value::Type(new) = value else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&value)
            )));
        };
        let old = inst.class();
        if new.builtin || old.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let declared = |t: &Rc<crate::object::TypeObj>| -> Vec<Value> {
            t.mro()
                .filter_map(|c| c.dict.get_str("__slots__"))
                .collect()
        };
        let mut same = new.layout == old.layout
            && new.nslots.get() == old.nslots.get()
            && new.has_instance_dict == old.has_instance_dict;
        if same && new.nslots.get() > 0 {
            let (a, b) = (declared(&new), declared(&old));
            same = a.len() == b.len();
            for (x, y) in a.iter().zip(b.iter()) {
                if same && !self.eq(x, y)? {
                    same = false;
                }
            }
        }
        if !same {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name, old.name
            )));
        }
        *inst.class.borrow_mut() = new;
        Ok(())
    }

    fn no_attribute_set(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        if name == "__class__" {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        if matches!(self.type_of(obj).layout, Layout::Object) || matches!(obj, Value::Instance(_)) {
            return self.no_attribute(obj, name);
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            name
        ))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(da) = ty.lookup("__delattr__") {
                    if !matches!(&da, Value::Builtin(b) if b.owner == "object") {
                        self.call2(&da, obj.clone(), Value::Str(name.clone()))?;
                        return Ok(());
                    }
                }
                if let Some(d @ Value::Instance(_)) = ty.lookup(name.as_str()) {
                    if self.descriptor_delete(&d, obj, name, &ty)? {
                        return Ok(());
                    }
                }
                if name.as_str() == "__dict__" {
                    if let Some(cell) = &inst.dict_cell {
                        // CPython leaves a fresh, empty dict behind.
                        let _old = cell.replace(Rc::new(crate::dict::DictObj::new()));
                        return Ok(());
                    }
                }
                match inst.dict() {
                    Some(d) if d.del_str(name.as_str()).is_some() => Ok(()),
                    _ => Err(self.no_attribute(obj, name.as_str())),
                }
            }
            Value::Type(t) if !t.builtin => {
                let user_meta = t.metaclass.borrow().clone();
                if let Some(meta) = user_meta {
                    if let Some(da) = meta.lookup("__delattr__") {
                        if !matches!(&da, Value::Builtin(b) if b.owner == "type") {
                            self.call2(&da, obj.clone(), Value::Str(name.clone()))?;
                            return Ok(());
                        }
                    }
                }
                self.type_del_attr(t, name)
            }
            Value::Module(m) => match m.dict.del_str(name.as_str()) {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name.as_str())),
            },
            Value::Function(f) => {
                match name.as_str() {
                    "__defaults__" => {
                        f.defaults.borrow_mut().clear();
                        Ok(())
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = Value::None;
                        Ok(())
                    }
                    "__doc__" => {
                        *f.doc.borrow_mut() = Value::None;
                        Ok(())
                    }
                    "__name__" | "__qualname__" => Err(self
                        .type_error(format!("{} must be set to a string object", name.as_str()))),
                    "__dict__" => Err(self.type_error("cannot delete __dict__")),
                    "__code__" => Err(self.type_error("__code__ must be set to a code object")),
                    "__globals__" | "__closure__" | "__builtins__" => {
                        Err(self.attribute_error("readonly attribute"))
                    }
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = Value::None;
                        Ok(())
                    }
                    "__module__" => {
                        *f.module.borrow_mut() = Value::None;
                        Ok(())
                    }
                    _ => match function_dict(f).del_str(name.as_str()) {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, name.as_str())),
                    },
                }
            }
            _ => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `del obj.name` through a data descriptor `d` found on the class: a
    /// property's deleter, a member (slot), or a class's `__delete__`. False
    /// when `d` is no data descriptor (the instance `__dict__` is next).
    fn descriptor_delete(
        &mut self,
        d: &Value,
        obj: &Value,
        name: &Rc<StrObj>,
        ty: &Rc<crate::object::TypeObj>,
    ) -> PyResult<bool> {
        let Value::Instance(di) = d else {
            return Ok(false);
        };
        match &di.payload {
            Payload::Property { fdel, .. } => {
                if fdel.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        name.as_str(),
                        ty.name
                    )));
                }
                let f = fdel.clone();
                self.call1(&f, obj.clone())?;
                Ok(true)
            }
            Payload::Native(_) => match crate::slots::member_info(di) {
                Some(m) => self.member_set(m, obj, None).map(|_| true),
                None => Ok(false),
            },
            Payload::None | Payload::Slots(_) => {
                let dty = di.class();
                if let Some(del) = dty.lookup("__delete__") {
                    self.call2(&del, d.clone(), obj.clone())?;
                    return Ok(true);
                }
                if dty.lookup("__set__").is_some() {
                    return Err(self.attribute_error("__delete__"));
                }
                Ok(false)
            }
            _ => Ok(false),
        }
    }

    /// `LoadMethod`: `(function, self)` when the attribute is a plain method on the type,
    /// avoiding a bound-method allocation; otherwise `(attribute, Null)`.
    pub fn load_method(&mut self, obj: Value, name: &Rc<StrObj>) -> PyResult<(Value, Value)> {
        let plain = match &obj {
            Value::Instance(inst) if matches!(inst.payload, Payload::Super { .. }) => None,
            Value::Instance(inst) => {
                let ty = inst.class();
                let custom_getattribute = ty
                    .lookup_static("__getattribute__")
                    .is_some_and(|g| !matches!(&g, Value::Builtin(b) if b.owner == "object"));
                if custom_getattribute
                    || inst
                        .dict()
                        .as_ref()
                        .is_some_and(|d| d.get_strobj(name).is_some())
                {
                    None
                } else {
                    ty.lookup_name(name)
                }
            }
            Value::Module(_) | Value::Type(_) => None,
            _ => self.type_of(&obj).lookup_name(name),
        };
        match plain {
            Some(f @ Value::Function(_)) => Ok((f, obj)),
            Some(Value::Builtin(b)) if b.kind == BuiltinKind::Method && b.bound.is_null() => {
                Ok((Value::Builtin(b), obj))
            }
            _ => Ok((self.get_attr(&obj, name)?, Value::Null)),
        }
    }
}

fn first_arg(args: &Value) -> Value {
    match args {
        Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

pub fn function_dict(f: &crate::function::FunctionObj) -> Rc<crate::dict::DictObj> {
    f.dict
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(crate::dict::DictObj::new()))
        .clone()
}
