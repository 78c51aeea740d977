//! Calling: argument binding for Python functions, and `Vm::call` for every callable.

use std::rc::Rc;

use weft_compiler::bytecode::flags;

use crate::dict::DictObj;
use crate::frame::call_function;
use crate::function::{Args, BuiltinKind, FunctionObj};
use crate::object::{Layout, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `func(*args.pos, **args.kw)`.
    pub fn call(&mut self, func: &Value, mut args: Args) -> PyResult {
        match func {
            Value::Function(f) => call_function(self, f, args),
            Value::Builtin(b) => {
                if !b.bound.is_null() {
                    args.pos.insert(0, b.bound.clone());
                }
                (b.func)(self, args)
            }
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.this.clone());
                let f = m.func.clone();
                self.call(&f, args)
            }
            Value::Type(t) => {
                let t = t.clone();
                // A metaclass's own `__call__` takes over calling its classes.
                let meta_call = t
                    .metaclass
                    .borrow()
                    .as_ref()
                    .and_then(|m| m.lookup("__call__"))
                    .filter(|c| !matches!(c, Value::Builtin(_)));
                if let Some(call) = meta_call {
                    return self.call_method_with(&call, func, args);
                }
                self.call_type(&t, args)
            }
            Value::Instance(_) => {
                let Some(call) = self.lookup_special(func, "__call__") else {
                    return Err(self.not_callable(func));
                };
                self.call_method_with(&call, func, args)
            }
            _ => Err(self.not_callable(func)),
        }
    }

    pub fn call0(&mut self, func: &Value) -> PyResult {
        self.call(func, Args::default())
    }

    pub fn call1(&mut self, func: &Value, a: Value) -> PyResult {
        self.call(func, Args::new([a]))
    }

    pub fn call2(&mut self, func: &Value, a: Value, b: Value) -> PyResult {
        self.call(func, Args::new([a, b]))
    }

    fn not_callable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls the method `name` of `obj`'s type (looked up on the type, as special methods are).
    pub fn call_method(&mut self, obj: &Value, name: &str, mut args: Args) -> PyResult {
        let Some(m) = self.lookup_special(obj, name) else {
            return Err(self.no_attribute(obj, name));
        };
        match &m {
            Value::Function(_) | Value::Builtin(_) => {
                args.pos.insert(0, obj.clone());
                self.call(&m, args)
            }
            _ => {
                let bound = self.bind_descriptor(m, obj)?;
                self.call(&bound, args)
            }
        }
    }

    /// Calls `m`, an attribute found on `obj`'s type, as a method of `obj`
    /// (functions get `obj` as first argument; other descriptors are bound).
    pub fn call_method_with(&mut self, m: &Value, obj: &Value, mut args: Args) -> PyResult {
        match m {
            Value::Function(_) | Value::Builtin(_) => {
                args.pos.insert(0, obj.clone());
                self.call(m, args)
            }
            _ => {
                let bound = self.bind_descriptor(m.clone(), obj)?;
                self.call(&bound, args)
            }
        }
    }

    /// `type(obj).name` from the MRO, without instance-dict lookup (special method semantics).
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        self.type_of(obj).lookup(name)
    }

    /// Calling a class: `cls.__new__(cls, ...)` then `__init__`.
    pub fn call_type(&mut self, t: &Rc<crate::object::TypeObj>, args: Args) -> PyResult {
        if t.builtin && !matches!(t.layout, Layout::Exception | Layout::Native) {
            return crate::constructors::construct_builtin(self, t, args);
        }
        // User classes (and exception classes).
        let new = t.lookup_static("__new__");
        let obj = match &new {
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == "object" => {
                self.new_instance(t, &args)?
            }
            Some(n) => {
                let mut a = Args::default();
                a.pos.push(Value::Type(t.clone()));
                a.pos.extend(args.pos.iter().cloned());
                a.kw = args.kw.clone();
                let n = match n {
                    Value::Instance(i) => match &i.payload {
                        Payload::StaticMethod(f) => f.clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                self.call(&n, a)?
            }
            None => self.new_instance(t, &args)?,
        };
        if !self.type_of(&obj).is_subtype(t) {
            return Ok(obj);
        }
        if let Some(init) = t.lookup_static("__init__") {
            let is_object_init = matches!(&init, Value::Builtin(b) if b.owner == "object");
            if !is_object_init {
                let mut a = args;
                a.pos.insert(0, obj.clone());
                let r = self.call(&init, a)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            } else if (!args.pos.is_empty() || !args.kw.is_empty()) && t.layout != Layout::Exception
            {
                let has_custom_new =
                    !matches!(&new, Some(Value::Builtin(b)) if b.owner == "object");
                if !has_custom_new {
                    return Err(self.type_error(format!("{}() takes no arguments", t.name)));
                }
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance with the layout of `cls`'s built-in base.
    pub fn new_instance(&mut self, t: &Rc<crate::object::TypeObj>, args: &Args) -> PyResult {
        use std::cell::RefCell;
        if t.is_abstract() && t.layout != Layout::Exception {
            return Err(self.abstract_class_error(t));
        }
        let payload = match t.layout {
            Layout::Exception => Payload::Exception(RefCell::new(crate::object::ExcData::new(
                Value::tuple(args.pos.to_vec()),
            ))),
            _ if t.nslots.get() > 0 => crate::slots::new_slots(t.nslots.get()),
            _ => Payload::None,
        };
        Ok(Value::Instance(Rc::new(crate::object::InstanceObj {
            class: RefCell::new(t.clone()),
            dict_cell: if t.has_instance_dict {
                Some(RefCell::new(Rc::new(DictObj::new())))
            } else {
                None
            },
            payload,
        })))
    }
}

impl Vm {
    /// CPython 3.11's refusal to instantiate a class whose `__abstractmethods__`
    /// is not empty: "Can't instantiate abstract class C with abstract
    /// methods a, b" (names sorted).
    fn abstract_class_error(&mut self, t: &Rc<crate::object::TypeObj>) -> crate::vm::PyErr {
        let methods = t.dict.get_str("__abstractmethods__").unwrap_or(Value::None);
        let names = match self.collect_iterable(&methods) {
            Ok(names) => Rc::new(crate::value::ListObj::new(names)),
            Err(e) => return e,
        };
        if let Err(e) = crate::methods::sort_list(self, &names, Value::None, false) {
            return e;
        }
        let names = names.items.borrow().clone();
        let mut text = Vec::with_capacity(names.len());
        for n in &names {
            match self.str(n) {
                Ok(s) => text.push(s.as_str().to_string()),
                Err(e) => return e,
            }
        }
        self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            t.name,
            if names.len() == 1 { "" } else { "s" },
            text.join(", ")
        ))
    }
}

/// Places `args` into the fast-local slots of `f`'s frame at `stack[base..]`,
/// applying defaults, `*args`, `**kwargs`, with CPython's error messages.
pub fn bind_args(vm: &mut Vm, f: &Rc<FunctionObj>, args: Args, base: usize) -> PyResult<()> {
    let code = &f.code;
    let c = &code.code;
    // The common call: positional arguments only, for a function without
    // `*args`, `**kwargs` or keyword-only parameters; missing trailing
    // parameters have defaults.
    if args.kw.is_empty()
        && c.kwonlyargcount == 0
        && c.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && vm.stack.len() == base
    {
        let n_pos = c.argcount as usize;
        let given = args.pos.len();
        if given <= n_pos {
            let defaults = f.defaults.borrow();
            let n_defaults = defaults.len();
            if given + n_defaults >= n_pos {
                vm.stack.extend(args.pos);
                // The defaults belong to the last parameters.
                for i in given..n_pos {
                    vm.stack.push(defaults[i + n_defaults - n_pos].clone());
                }
                drop(defaults);
                vm.stack.resize(base + code.n_locals, Value::Null);
                return Ok(());
            }
        }
    }
    bind_args_general(vm, f, args, base)
}

/// [`bind_args`] for every other call shape, with the error messages.
#[inline(never)]
fn bind_args_general(vm: &mut Vm, f: &Rc<FunctionObj>, args: Args, base: usize) -> PyResult<()> {
    let code = &f.code;
    let c = &code.code;
    let n_pos = c.argcount as usize;
    let n_kwonly = c.kwonlyargcount as usize;
    let n_posonly = c.posonlyargcount as usize;
    let has_varargs = c.flags & flags::VARARGS != 0;
    let has_varkw = c.flags & flags::VARKEYWORDS != 0;
    vm.stack.resize(base + code.n_locals, Value::Null);
    let qualname = f.qualname.borrow().as_str().to_string();

    let Args { pos, kw } = args;
    let given = pos.len();
    let mut extra = Vec::new();
    for (i, v) in pos.into_iter().enumerate() {
        if i < n_pos {
            vm.stack[base + i] = v;
        } else {
            extra.push(v);
        }
    }
    let varargs_slot = n_pos + n_kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;
    if has_varargs {
        vm.stack[base + varargs_slot] = Value::tuple(extra);
    } else if !extra.is_empty() {
        return Err(too_many_positional(vm, f, &qualname, given, &kw));
    }
    let kwdict = if has_varkw {
        Some(Rc::new(DictObj::new()))
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (name, v) in kw {
        let idx = c.varnames[..n_pos + n_kwonly]
            .iter()
            .position(|p| p == name.as_str());
        match idx {
            Some(i) if i >= n_posonly => {
                if !vm.stack[base + i].is_null() {
                    return Err(vm.type_error(format!(
                        "{qualname}() got multiple values for argument '{}'",
                        name.as_str()
                    )));
                }
                vm.stack[base + i] = v;
            }
            _ => match &kwdict {
                Some(d) => {
                    if d.get_strobj(&name).is_some() {
                        return Err(vm.type_error(format!(
                            "{qualname}() got multiple values for keyword argument '{}'",
                            name.as_str()
                        )));
                    }
                    d.set_strobj(name, v);
                }
                None => {
                    if idx.is_some() {
                        posonly_as_kw.push(name.as_str().to_string());
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{}'",
                        name.as_str()
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        vm.stack[base + varkw_slot] = Value::Dict(d);
    }
    // Defaults for missing positional parameters.
    let defaults = f.defaults.borrow();
    let first_default = n_pos - defaults.len().min(n_pos);
    let mut missing = Vec::new();
    for i in 0..n_pos {
        if vm.stack[base + i].is_null() {
            if i >= first_default {
                vm.stack[base + i] = defaults[i + defaults.len() - n_pos].clone();
            } else {
                missing.push(c.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &qualname, &missing, "positional"));
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    for i in n_pos..n_pos + n_kwonly {
        if vm.stack[base + i].is_null() {
            let d = match &kwdefaults {
                Value::Dict(d) => d.get_str(&c.varnames[i]),
                _ => None,
            };
            match d {
                Some(v) => vm.stack[base + i] = v,
                None => missing.push(c.varnames[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &qualname, &missing, "keyword-only"));
    }
    Ok(())
}

fn missing_args(vm: &Vm, qualname: &str, names: &[String], kind: &str) -> crate::vm::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!(
        "{qualname}() missing {} required {kind} argument{plural}: {list}",
        names.len()
    ))
}

fn too_many_positional(
    vm: &Vm,
    f: &FunctionObj,
    qualname: &str,
    given: usize,
    kw: &[(Rc<crate::value::StrObj>, Value)],
) -> crate::vm::PyErr {
    let c = &f.code.code;
    let n_pos = c.argcount as usize;
    let ndefaults = f.defaults.borrow().len();
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            n_pos - ndefaults,
            n_pos
        )
    } else {
        format!(
            "{} positional argument{}",
            n_pos,
            if n_pos == 1 { "" } else { "s" }
        )
    };
    let kwonly_given = kw
        .iter()
        .filter(|(k, _)| {
            c.varnames[n_pos..n_pos + c.kwonlyargcount as usize]
                .iter()
                .any(|p| p == k.as_str())
        })
        .count();
    let was = if given == 1 { "was" } else { "were" };
    if kwonly_given > 0 {
        vm.type_error(format!(
            "{qualname}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        ))
    } else {
        vm.type_error(format!(
            "{qualname}() takes {takes} but {given} {was} given"
        ))
    }
}

/// Whether a built-in is looked up as a method that binds `self`.
pub fn binds_self(kind: BuiltinKind) -> bool {
    kind == BuiltinKind::Method
}
