//! Python values.
//!
//! A [`Value`] is 16 bytes: a tag and either an immediate (None, bool, small
//! int, float) or one reference-counted pointer. Ints live in an `i64` and move
//! to a big integer only when they overflow, so the common arithmetic never
//! allocates. Reference counts are plain `Rc` (non-atomic): every object is
//! touched only by the thread holding the GIL (see [`crate::gil_bound`]), and
//! `Rc` being `!Send` is what lets the compiler check that blocking sections
//! (`allow_threads`) touch no object.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dashu_int::IBig;

use crate::dict::DictObj;
use crate::function::{BoundMethod, BuiltinFn, CellObj, Code, FunctionObj};
use crate::generator::GeneratorObj;
use crate::iter::{DictViewObj, IterObj};
use crate::module::ModuleObj;
use crate::object::{InstanceObj, TypeObj};
use crate::set::SetObj;

#[derive(Clone, Default)]
pub enum Value {
    /// Internal marker, never visible to Python code: an unbound local slot, or the
    /// "no self" half of a `LoadMethod` pair.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Invariant: never fits in an `i64` (those are `Int`).
    BigInt(Rc<IBig>),
    Str(Rc<StrObj>),
    Bytes(Rc<BytesObj>),
    List(Rc<ListObj>),
    Tuple(Rc<TupleObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<FunctionObj>),
    Builtin(Rc<BuiltinFn>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<TypeObj>),
    /// Instances of classes: user classes, exceptions, property/staticmethod/... wrappers.
    Instance(Rc<InstanceObj>),
    Module(Rc<ModuleObj>),
    Code(Rc<Code>),
    Cell(Rc<CellObj>),
    Iterator(Rc<IterObj>),
    Generator(Rc<GeneratorObj>),
    DictView(Rc<DictViewObj>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Python `str`. Text is stored as UTF-8; `ascii` makes indexing O(1) for the common case.
pub struct StrObj {
    pub s: Box<str>,
    /// Cached hash; `-1` until computed (as CPython).
    hash: Cell<i64>,
    /// Number of code points (equals the byte length when ASCII).
    pub char_len: usize,
}

impl StrObj {
    pub fn new(s: impl Into<Box<str>>) -> StrObj {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            hash: Cell::new(-1),
            char_len,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// `hash(s)`: computed once, then cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at character index `i` (0 ≤ i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of character index `i` (i ≤ char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
}

pub struct BytesObj {
    pub data: Box<[u8]>,
}

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: RefCell::new(items),
        }
    }
}

pub struct TupleObj {
    pub items: Box<[Value]>,
}

/// `range(start, stop, step)` with i64 bounds (big ranges are rejected at construction).
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Value {
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(StrObj::new(s)))
    }

    #[inline]
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(StrObj::new(s)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(ListObj::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(TupleObj {
            items: items.into_boxed_slice(),
        }))
    }

    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(BytesObj {
            data: data.into_boxed_slice(),
        }))
    }

    /// An int from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(b: IBig) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(b)),
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same immediate, or same object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints and floats are immediates here; CPython caches -5..256 and
            // gives equal floats distinct identities only sometimes. Value equality
            // is the closest stable answer.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Iterator(a), Iterator(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable address for `id()` and default reprs.
    pub fn id(&self) -> usize {
        use Value::*;
        match self {
            Null => 0,
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 0x10,
            Int(i) => (*i as usize)
                .wrapping_mul(32)
                .wrapping_add(0x7f00_0000_0000),
            Float(f) => (f.to_bits() as usize) | 1,
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            Bytes(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Type(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Iterator(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            DictView(r) => Rc::as_ptr(r) as usize,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.s),
            _ => Option::None,
        }
    }
}
