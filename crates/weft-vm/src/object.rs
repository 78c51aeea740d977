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
    /// Results of [`TypeObj::lookup_name`] / [`TypeObj::lookup_static`] (see [`AttrCache`]).
    pub attr_cache: AttrCache,
}

/// A cache of MRO lookups on one class, keyed by the identity of the name's
/// text (its address and length).
///
/// An entry is valid while no class namespace has been written since it was
/// filled ([`crate::dict::type_epoch`]); the MRO itself never changes after
/// the class is made. Entries keep their name alive (an `Rc<StrObj>`, or a
/// `&'static str`), so an address seen in an entry always still holds the
/// same text.
#[derive(Default)]
pub struct AttrCache {
    slots: RefCell<hashbrown::HashTable<AttrCacheSlot>>,
    /// The MRO stamp + 1 at which `__getattribute__` was found to be
    /// `object`'s (0: not known).
    plain_get: Cell<u64>,
    /// The same for `__setattr__`.
    plain_set: Cell<u64>,
}

/// Entries beyond which the cache starts over (names made at run time, e.g.
/// by `getattr(obj, name)`, would otherwise pile up).
const ATTR_CACHE_MAX: usize = 256;

#[derive(Clone, Default)]
enum CacheKey {
    #[default]
    Empty,
    Static(&'static str),
    Name(Rc<crate::value::StrObj>),
}

impl CacheKey {
    #[inline]
    fn text(&self) -> &str {
        match self {
            CacheKey::Empty => "",
            CacheKey::Static(k) => k,
            CacheKey::Name(n) => n.as_str(),
        }
    }

    #[inline]
    fn is(&self, s: &str) -> bool {
        let k = self.text();
        std::ptr::eq(k.as_ptr(), s.as_ptr()) && k.len() == s.len()
    }
}

#[inline]
fn text_hash(s: &str) -> u64 {
    (s.as_ptr() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[derive(Clone, Default)]
struct AttrCacheSlot {
    key: CacheKey,
    stamp: u64,
    value: Option<Value>,
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

    /// The stamp cache entries are valid for: the class-namespace write
    /// epoch (see [`crate::dict::type_epoch`]).
    #[inline]
    fn mro_stamp(&self) -> u64 {
        crate::dict::type_epoch()
    }

    #[inline]
    fn cached_lookup(self: &Rc<Self>, text: &str, key: impl FnOnce() -> CacheKey) -> Option<Value> {
        let hash = text_hash(text);
        let stamp = self.mro_stamp();
        {
            let slots = self.attr_cache.slots.borrow();
            if let Some(e) = slots.find(hash, |e| e.key.is(text)) {
                if e.stamp == stamp {
                    return e.value.clone();
                }
            }
        }
        self.fill_cache(text, hash, stamp, key())
    }

    #[inline(never)]
    fn fill_cache(
        self: &Rc<Self>,
        text: &str,
        hash: u64,
        stamp: u64,
        key: CacheKey,
    ) -> Option<Value> {
        // Namespaces made by `new_type` are marked already; this covers any
        // class built another way, before its lookups are first cached.
        for t in self.mro() {
            t.dict.mark_type_dict();
        }
        let value = self.lookup(text);
        let entry = AttrCacheSlot {
            key,
            stamp,
            value: value.clone(),
        };
        let mut slots = self.attr_cache.slots.borrow_mut();
        let old = match slots.find_mut(hash, |e| e.key.is(text)) {
            Some(e) => Some(std::mem::replace(e, entry)),
            None => {
                if slots.len() >= ATTR_CACHE_MAX {
                    let all = std::mem::take(&mut *slots);
                    drop(slots);
                    drop(all);
                    slots = self.attr_cache.slots.borrow_mut();
                }
                slots.insert_unique(hash, entry, |e| text_hash(e.key.text()));
                None
            }
        };
        drop(slots);
        drop(old);
        value
    }

    /// Whether instances get attributes with `object.__getattribute__`.
    #[inline]
    pub fn plain_getattribute(self: &Rc<Self>) -> bool {
        let stamp = self.mro_stamp().wrapping_add(1);
        if self.attr_cache.plain_get.get() == stamp {
            return true;
        }
        self.check_plain(&self.attr_cache.plain_get, "__getattribute__", stamp)
    }

    /// Whether instances set attributes with `object.__setattr__`.
    #[inline]
    pub fn plain_setattr(self: &Rc<Self>) -> bool {
        let stamp = self.mro_stamp().wrapping_add(1);
        if self.attr_cache.plain_set.get() == stamp {
            return true;
        }
        self.check_plain(&self.attr_cache.plain_set, "__setattr__", stamp)
    }

    #[inline(never)]
    fn check_plain(self: &Rc<Self>, cell: &Cell<u64>, name: &'static str, stamp: u64) -> bool {
        let plain =
            matches!(self.lookup_static(name), Some(Value::Builtin(b)) if b.owner == "object");
        cell.set(if plain { stamp } else { 0 });
        plain
    }

    /// [`Self::lookup`] through the class's attribute cache, for names that
    /// code objects hold (the same `Rc` on every execution).
    #[inline]
    pub fn lookup_name(self: &Rc<Self>, name: &Rc<crate::value::StrObj>) -> Option<Value> {
        self.cached_lookup(name.as_str(), || CacheKey::Name(name.clone()))
    }

    /// [`Self::lookup`] through the class's attribute cache, for names written in weft's source.
    #[inline]
    pub fn lookup_static(self: &Rc<Self>, name: &'static str) -> Option<Value> {
        self.cached_lookup(name, || CacheKey::Static(name))
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
    /// The instance `__dict__` (None for layouts without one); replaceable by
    /// assigning `__dict__`, hence the cell.
    pub dict_cell: Option<RefCell<Rc<DictObj>>>,
    pub payload: Payload,
}

impl InstanceObj {
    /// The current instance `__dict__`, if the layout has one.
    #[inline]
    pub fn dict(&self) -> Option<Rc<DictObj>> {
        self.dict_cell.as_ref().map(|c| c.borrow().clone())
    }

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
