//! Classes and their instances.
//!
//! Built-in types and user classes are both [`TypeObj`]s: a name, bases, the C3
//! method resolution order and a namespace dict. Instances of user classes (and
//! of the built-in classes that are defined like user classes: exceptions,
//! `property`, `staticmethod`, ...) are [`InstanceObj`]s with a `__dict__` and
//! a [`Payload`] for whatever native state the class needs.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::dict::DictObj;
use crate::function::Code;
use crate::value::Value;

/// Which built-in layout a class's instances have. A user class inherits the
/// layout of its built-in base (`class MyList(list)` instances are lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Type,
    Module,
    Code,
    Cell,
    Iterator,
    Generator,
    DictView,
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    NotImplementedType,
    Ellipsis,
    /// A native object of a stdlib module (locks, deques, ...).
    Native,
}

pub struct TypeObj {
    pub name: String,
    pub qualname: RefCell<String>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<TypeObj>>,
    /// The MRO after this type itself (`__mro__[1:]`).
    pub mro_tail: Vec<Rc<TypeObj>>,
    pub dict: Rc<DictObj>,
    pub layout: Layout,
    /// Built-in types are immutable: their attributes cannot be set.
    pub builtin: bool,
    /// Instances have a `__dict__` (false for built-in layouts and `__slots__` classes).
    pub has_instance_dict: bool,
    /// Set when the class (or a base) defines `__getattr__`/`__getattribute__`/... ;
    /// lets attribute access skip lookups for plain classes.
    pub flags: Cell<u32>,
    /// The class's metaclass when it is not `type` (set once, as the class is made).
    pub metaclass: RefCell<Option<Rc<TypeObj>>>,
    /// Direct subclasses, for `__subclasses__()` (weak: a class does not keep
    /// its subclasses alive).
    pub subclasses: RefCell<Vec<Weak<TypeObj>>>,
    /// How many `__slots__` values an instance carries (this class's and its
    /// bases'); 0 for nearly every class. Instances of a class with slots hold
    /// them in [`Payload::Slots`].
    pub nslots: Cell<usize>,
}

impl TypeObj {
    /// Bit of `flags`: the class cannot be subclassed (a native class without
    /// CPython's `Py_TPFLAGS_BASETYPE`, such as `operator.itemgetter`).
    pub const FLAG_FINAL: u32 = 1 << 31;

    /// Bit of `flags`: instances cannot be made because `__abstractmethods__`
    /// was set to a non-empty collection on this class (CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT`; like it, not inherited: `abc.ABCMeta`
    /// computes each class's own set).
    pub const FLAG_ABSTRACT: u32 = 1 << 30;

    /// Whether the class refuses subclasses (see [`Self::FLAG_FINAL`]).
    pub fn is_final(&self) -> bool {
        self.flags.get() & Self::FLAG_FINAL != 0
    }

    /// Whether instantiation is refused (see [`Self::FLAG_ABSTRACT`]).
    pub fn is_abstract(&self) -> bool {
        self.flags.get() & Self::FLAG_ABSTRACT != 0
    }

    /// Sets or clears [`Self::FLAG_ABSTRACT`].
    pub fn set_abstract(&self, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on {
            f | Self::FLAG_ABSTRACT
        } else {
            f & !Self::FLAG_ABSTRACT
        });
    }

    /// The direct subclasses still alive, oldest first.
    pub fn subclasses(&self) -> Vec<Rc<TypeObj>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// Records `sub` as a direct subclass (dead entries are dropped as the list grows).
    pub fn add_subclass(&self, sub: &Rc<TypeObj>) {
        let mut subs = self.subclasses.borrow_mut();
        if subs.len() == subs.capacity() {
            subs.retain(|w| w.strong_count() > 0);
        }
        subs.push(Rc::downgrade(sub));
    }

    /// `self` followed by `mro_tail`.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = &Rc<TypeObj>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<TypeObj>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_tail.iter().any(|t| Rc::ptr_eq(t, other))
    }

    /// Finds `name` in the namespaces along the MRO (no descriptors applied).
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in &self.mro_tail {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }
}

pub struct InstanceObj {
    pub class: RefCell<Rc<TypeObj>>,
    pub dict: Option<Rc<DictObj>>,
    pub payload: Payload,
}

impl InstanceObj {
    pub fn class(&self) -> Rc<TypeObj> {
        self.class.borrow().clone()
    }

    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

pub enum Payload {
    None,
    Exception(RefCell<ExcData>),
    /// The built-in value of an instance of a subclass of int, str, list, dict, ...
    Builtin(Value),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        this_class: Rc<TypeObj>,
        obj: Value,
        obj_type: Rc<TypeObj>,
    },
    /// State of a native stdlib object.
    Native(RefCell<Box<dyn Any>>),
    /// The `__slots__` values of an instance of a class with slots
    /// (`Value::Null` while unset), indexed by the member descriptors.
    Slots(RefCell<Box<[Value]>>),
}

/// One traceback line: which code, which line.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// The state every exception carries.
pub struct ExcData {
    pub args: Value,
    /// Most recent call first is how it is printed; entries are appended as the
    /// exception unwinds outward, so the list is innermost-last.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Vec<String>,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Vec::new(),
        }
    }
}
