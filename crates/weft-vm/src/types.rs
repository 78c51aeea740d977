//! The built-in types and the exception hierarchy, created once per interpreter.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::object::{Layout, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

macro_rules! builtin_types {
    ($($field:ident : $name:literal => $layout:ident),* $(,)?) => {
        pub struct Types {
            $(pub $field: Rc<TypeObj>,)*
            pub bool_: Rc<TypeObj>,
            /// One class per kind of built-in iterator ("list_iterator", "map", ...), made on first use.
            iterator_types: RefCell<HashMap<&'static str, Rc<TypeObj>>>,
            exceptions: HashMap<&'static str, Rc<TypeObj>>,
            /// Exception classes in definition order (for the builtins namespace).
            pub exception_order: Vec<Rc<TypeObj>>,
        }

        impl Types {
            pub fn new() -> Types {
                let object = new_type("object", vec![], Layout::Object, true);
                let mk = |name: &str, layout: Layout| new_type(name, vec![object.clone()], layout, true);
                $(let $field = if $name == "object" { object.clone() } else { mk($name, Layout::$layout) };)*
                let mut t = Types { bool_: object.clone(), iterator_types: RefCell::new(HashMap::new()), $($field,)* exceptions: HashMap::new(), exception_order: Vec::new() };
                t.bool_ = new_type("bool", vec![t.int.clone()], Layout::Bool, true);
                t.make_exceptions();
                t
            }
        }
    };
}

builtin_types! {
    object: "object" => Object,
    type_: "type" => Type,
    none: "NoneType" => NoneType,
    not_implemented: "NotImplementedType" => NotImplementedType,
    ellipsis: "ellipsis" => Ellipsis,
    int: "int" => Int,
    float: "float" => Float,
    str: "str" => Str,
    bytes: "bytes" => Bytes,
    list: "list" => List,
    tuple: "tuple" => Tuple,
    dict: "dict" => Dict,
    set: "set" => Set,
    frozenset: "frozenset" => FrozenSet,
    range: "range" => Range,
    slice: "slice" => Slice,
    function: "function" => Function,
    builtin_function: "builtin_function_or_method" => Builtin,
    method: "method" => Method,
    module: "module" => Module,
    code: "code" => Code,
    cell: "cell" => Cell,
    generator: "generator" => Generator,
    iterator: "iterator" => Iterator,
    dict_keys: "dict_keys" => DictView,
    dict_values: "dict_values" => DictView,
    dict_items: "dict_items" => DictView,
    property: "property" => Property,
    staticmethod: "staticmethod" => StaticMethod,
    classmethod: "classmethod" => ClassMethod,
    super_: "super" => Super,
    generic_alias: "GenericAlias" => Native,
    traceback: "traceback" => Native,
    frame: "frame" => Native,
}

/// A new class object. `bases` must already exist; the MRO is computed here (C3).
pub fn new_type(name: &str, bases: Vec<Rc<TypeObj>>, layout: Layout, builtin: bool) -> Rc<TypeObj> {
    let has_dict = !builtin || layout == Layout::Exception;
    new_type_with_dict(name, bases, layout, builtin, has_dict)
}

/// [`new_type`] choosing whether instances have a `__dict__` (native classes
/// such as `functools.partial` take arbitrary attributes). The class is
/// shared with its bases' subclass lists at once, so it cannot be changed
/// through `Rc::get_mut` afterwards.
pub fn new_type_with_dict(
    name: &str,
    bases: Vec<Rc<TypeObj>>,
    layout: Layout,
    builtin: bool,
    has_instance_dict: bool,
) -> Rc<TypeObj> {
    let mro_tail = c3_tail(&bases).unwrap_or_else(|| {
        let mut v = Vec::new();
        for b in &bases {
            for t in b.mro() {
                if !v.iter().any(|x: &Rc<TypeObj>| Rc::ptr_eq(x, t)) {
                    v.push(t.clone());
                }
            }
        }
        v
    });
    let t = Rc::new(TypeObj {
        name: name.to_string(),
        qualname: RefCell::new(name.to_string()),
        bases,
        mro_tail,
        dict: Rc::new(DictObj::new_type_dict()),
        layout,
        builtin,
        has_instance_dict,
        flags: Cell::new(0),
        metaclass: RefCell::new(None),
        attr_cache: Default::default(),
        subclasses: RefCell::new(Vec::new()),
        nslots: Cell::new(0),
    });
    for b in &t.bases {
        b.add_subclass(&t);
    }
    t
}

/// C3 linearisation of the bases' MROs (the part after the new class). None if inconsistent.
pub fn c3_tail(bases: &[Rc<TypeObj>]) -> Option<Vec<Rc<TypeObj>>> {
    let mut seqs: Vec<Vec<Rc<TypeObj>>> =
        bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))))?
            .clone();
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// CPython's built-in exception tree: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl Types {
    fn make_exceptions(&mut self) {
        for &(name, base) in EXCEPTIONS {
            let bases = if base.is_empty() {
                vec![self.object.clone()]
            } else {
                vec![self.exceptions[base].clone()]
            };
            let t = new_type(name, bases, Layout::Exception, true);
            self.exceptions.insert(name, t.clone());
            self.exception_order.push(t);
        }
        // Aliases CPython keeps for compatibility.
        let os_error = self.exceptions["OSError"].clone();
        self.exceptions.insert("EnvironmentError", os_error.clone());
        self.exceptions.insert("IOError", os_error);
    }

    /// A built-in exception class by name. Panics on an unknown name: the names are literals in weft's source.
    pub fn exception(&self, name: &str) -> Rc<TypeObj> {
        match self.exceptions.get(name) {
            Some(t) => t.clone(),
            None => panic!("weft bug: no built-in exception named {name}"),
        }
    }

    /// The class of the built-in iterators named `name` (a subclass of the generic iterator type).
    pub fn iterator_type(&self, name: &'static str) -> Rc<TypeObj> {
        if let Some(t) = self.iterator_types.borrow().get(name) {
            return t.clone();
        }
        let t = new_type(name, vec![self.iterator.clone()], Layout::Iterator, true);
        t.dict.set_str("__module__", Value::str("builtins"));
        self.iterator_types.borrow_mut().insert(name, t.clone());
        t
    }

    pub fn exception_named(&self, name: &str) -> Option<Rc<TypeObj>> {
        self.exceptions.get(name).cloned()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<TypeObj> {
        let t = &self.rt.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => self.bool_type(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Type(ty) => match &*ty.metaclass.borrow() {
                Some(meta) => meta.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Iterator(i) => t.iterator_type(i.type_name),
            Value::Generator(_) => t.generator.clone(),
            Value::DictView(v) => match v.kind {
                crate::iter::DictIterKind::Keys => t.dict_keys.clone(),
                crate::iter::DictIterKind::Values => t.dict_values.clone(),
                crate::iter::DictIterKind::Items => t.dict_items.clone(),
            },
        }
    }

    /// `bool` is created lazily as a subclass of `int`.
    pub fn bool_type(&self) -> Rc<TypeObj> {
        self.rt.types.bool_.clone()
    }

    /// `type(v).__name__`, without allocating a type reference for the common cases.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Null | Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Iterator(it) => it.type_name.into(),
            _ => tp_name(&self.type_of(v)),
        }
    }

    /// Registers a native method on a built-in type.
    pub fn add_method(&self, ty: &Rc<TypeObj>, name: &'static str, func: NativeFn) {
        self.add_native(ty, name, func, BuiltinKind::Method);
    }

    pub fn add_native(
        &self,
        ty: &Rc<TypeObj>,
        name: &'static str,
        func: NativeFn,
        kind: BuiltinKind,
    ) {
        let owner: &'static str = Box::leak(ty.name.clone().into_boxed_str());
        ty.dict.set_str(
            name,
            Value::Builtin(Rc::new(BuiltinFn {
                name,
                func,
                kind,
                bound: Value::Null,
                owner,
            })),
        );
    }

    /// `isinstance(v, t)` for a single class.
    pub fn is_instance(&self, v: &Value, t: &Rc<TypeObj>) -> bool {
        self.type_of(v).is_subtype(t)
    }
}

/// The name CPython's messages use for a class (its C `tp_name`): a native
/// class of a stdlib module is `module.Name` (`'_io.TextIOWrapper' object has
/// no attribute 'x'`, `unhashable type: 'array.array'`); every other class is
/// just its name, unless its own namespace sets `__weft_tp_name__`: a stdlib
/// class written in Python that stands in for a C type (`types.SimpleNamespace`)
/// names itself as that type does. Subclasses do not inherit it, as a C
/// subclass's `tp_name` is its own.
pub fn tp_name(t: &Rc<TypeObj>) -> String {
    if !t.builtin {
        if let Some(Value::Str(n)) = t.dict.get_str("__weft_tp_name__") {
            return n.as_str().to_string();
        }
    }
    if t.builtin && t.layout == Layout::Native {
        if let Some(Value::Str(m)) = t.dict.get_str("__module__") {
            if m.as_str() != "builtins" {
                return format!("{}.{}", m.as_str(), t.name);
            }
        }
    }
    t.name.clone()
}

/// Fills in `__name__` and the methods of the built-in types.
pub fn init_methods(vm: &mut Vm) {
    let types: Vec<Rc<TypeObj>> = {
        let t = &vm.rt.types;
        let mut v = vec![
            t.object.clone(),
            t.type_.clone(),
            t.none.clone(),
            t.int.clone(),
            t.bool_.clone(),
            t.float.clone(),
            t.str.clone(),
            t.bytes.clone(),
            t.list.clone(),
            t.tuple.clone(),
            t.dict.clone(),
            t.set.clone(),
            t.frozenset.clone(),
            t.range.clone(),
            t.slice.clone(),
        ];
        v.extend(t.exception_order.iter().cloned());
        v
    };
    for t in types {
        t.dict.set_str("__module__", Value::str("builtins"));
        t.dict.set_str("__doc__", Value::None);
    }
    crate::methods::init(vm);
    crate::traceback::init(vm);
    crate::frameobj::init(vm);
}

/// Helper for native code: the result of a comparison that does not apply.
pub fn not_implemented() -> PyResult {
    Ok(Value::NotImplemented)
}
