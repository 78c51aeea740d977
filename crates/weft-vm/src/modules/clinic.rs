//! Argument binding for native functions that take keyword arguments, with the
//! error messages CPython's Argument Clinic and `PyArg_ParseTupleAndKeywords`
//! produce ("f() missing required argument 'r' (pos 2)", ...), so native
//! modules report bad calls exactly as CPython does without each repeating
//! the rules.

use std::rc::Rc;

use crate::function::Args;
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The parameters of a native function: `names[..max_positional]` may be
/// given by position or keyword, the rest only by keyword; the first
/// `required` are required.
pub struct Params<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub required: usize,
    pub max_positional: usize,
}

impl Params<'_> {
    /// Binds `args` to the parameters: one slot per name, `None` when not given.
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<Vec<Option<Value>>> {
        let f = self.fname;
        let npos = args.pos.len();
        let nkw = args.kw.len();
        let total = self.names.len();
        let s = |n: usize| if n == 1 { "" } else { "s" };
        if npos + nkw > total {
            return Err(vm.type_error(format!(
                "{f}() takes at most {total} {}argument{} ({} given)",
                if npos == 0 { "keyword " } else { "" },
                s(total),
                npos + nkw
            )));
        }
        if npos > self.max_positional {
            return Err(vm.type_error(if self.max_positional == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                format!(
                    "{f}() takes {} {} positional argument{} ({npos} given)",
                    if self.required < self.max_positional {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.max_positional,
                    s(self.max_positional)
                )
            }));
        }
        let mut slots: Vec<Option<Value>> = args.pos.into_iter().map(Some).collect();
        slots.resize(total, None);
        let mut kw = args.kw;
        for (i, name) in self.names.iter().enumerate() {
            if let Some(k) = kw.iter().position(|(k, _)| k.as_str() == *name) {
                let (_, v) = kw.remove(k);
                if slots[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {f}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                slots[i] = Some(v);
            }
            if i < self.required && slots[i].is_none() {
                return Err(vm.type_error(format!(
                    "{f}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw.first() {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {f}()",
                k.as_str()
            )));
        }
        Ok(slots)
    }
}

/// Positional-only arguments with no keywords: "f() takes no keyword
/// arguments" and "f expected N argument(s), got M".
pub fn positional(vm: &Vm, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(if min == max {
            format!("{fname} expected {min} argument{}, got {n}", s(min))
        } else {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                s(min)
            )
        }));
    }
    if n > max {
        return Err(vm.type_error(if min == max {
            format!("{fname} expected {max} argument{}, got {n}", s(max))
        } else {
            format!("{fname} expected at most {max} argument{}, got {n}", s(max))
        }));
    }
    Ok(())
}

/// Removes the class from the front of a `__new__` call's arguments.
pub fn take_cls(vm: &Vm, args: &mut Args, name: &str) -> PyResult<Rc<TypeObj>> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    }
    match args.pos.remove(0) {
        Value::Type(t) => Ok(t),
        other => Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(&other)
        ))),
    }
}

/// `__iter__` of native iterators: the object itself.
pub fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error("descriptor '__iter__' needs an argument")),
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
pub fn same_or_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

/// An argument converted like CPython's "n" format (a `Py_ssize_t`).
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::builtins::index_int(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}
