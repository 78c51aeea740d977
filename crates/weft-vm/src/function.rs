//! Functions, code objects as the VM holds them, cells and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;
use weft_compiler::CodeObject;

use crate::dict::DictObj;
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

/// A compiled code object with its constants turned into values once.
pub struct Code {
    pub code: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<StrObj>]>,
    pub varnames: Box<[Rc<StrObj>]>,
    /// Cell and free variable names, cells first.
    pub derefnames: Box<[Rc<StrObj>]>,
    pub n_locals: usize,
    pub n_cells: usize,
    pub filename: Rc<str>,
    /// Per name: the last global lookup and the dict write counters it is valid for.
    pub global_cache: Box<[RefCell<GlobalCacheEntry>]>,
    /// Per name: what the class of the last instance whose attribute of that
    /// name was read or written had for it (see [`AttrCacheEntry`]).
    pub attr_cache: Box<[RefCell<AttrCacheEntry>]>,
}

/// What a class has for one attribute name, as the eval loop's instance
/// attribute fast paths need it; valid for the class `ty` while the
/// class-namespace write epoch is `epoch` (see [`crate::dict::type_epoch`]).
/// The class is held weakly so that its address is not reused meanwhile.
#[derive(Default)]
pub struct AttrCacheEntry {
    pub ty: std::rc::Weak<crate::object::TypeObj>,
    pub epoch: u64,
    /// The name looked up along the MRO.
    pub descr: Option<Value>,
    /// The class uses `object.__getattribute__`.
    pub plain_get: bool,
    /// The class uses `object.__setattr__`.
    pub plain_set: bool,
}

/// Where a `LoadGlobal` found its name last time: entry `index` of the
/// globals dict (or of builtins), revisited as long as that entry still holds
/// the name. A builtins hit also needs the globals dict to have gained no key
/// since (its `version`). The globals dict is held weakly so that its address
/// cannot be reused by another dict while the entry exists.
///
/// Before that, the quickest check: while neither dict has been written at
/// all since (their write counters), `value` is still the answer.
#[derive(Default)]
pub struct GlobalCacheEntry {
    pub globals: std::rc::Weak<DictObj>,
    pub globals_version: u64,
    pub index: usize,
    pub in_builtins: bool,
    pub globals_writes: u64,
    pub builtins_writes: u64,
    pub value: Value,
}

impl Code {
    #[inline]
    pub fn flags(&self) -> u32 {
        self.code.flags
    }
}

pub struct CellObj {
    /// `Value::Null` while empty.
    pub value: RefCell<Value>,
}

impl CellObj {
    pub fn new(v: Value) -> CellObj {
        CellObj {
            value: RefCell::new(v),
        }
    }
}

pub struct FunctionObj {
    pub code: Rc<Code>,
    pub globals: Rc<DictObj>,
    pub name: RefCell<Rc<StrObj>>,
    pub qualname: RefCell<Rc<StrObj>>,
    /// Positional defaults (for the last `defaults.len()` positional parameters).
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults: a dict or None.
    pub kwdefaults: RefCell<Value>,
    pub closure: Box<[Rc<CellObj>]>,
    /// `__dict__`, `__doc__`, `__module__`, `__wrapped__`, ...: created on first use.
    pub dict: RefCell<Option<Rc<DictObj>>>,
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// `__annotations__`: a dict, or None until annotated or first asked for.
    pub annotations: RefCell<Value>,
}

/// Positional and keyword arguments of a call to native code.
#[derive(Default)]
pub struct Args {
    pub pos: SmallVec<[Value; 6]>,
    pub kw: Vec<(Rc<StrObj>, Value)>,
}

impl Args {
    pub fn new(pos: impl IntoIterator<Item = Value>) -> Args {
        Args {
            pos: pos.into_iter().collect(),
            kw: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| k.as_str() == name)?;
        Some(self.kw.remove(i).1)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function such as `len`.
    Function,
    /// A method of a built-in type; when looked up on an instance it binds `self`.
    Method,
    /// A classmethod of a built-in type (`dict.fromkeys`): binds the class.
    ClassMethod,
    /// A staticmethod of a built-in type (`str.maketrans`).
    StaticMethod,
}

pub struct BuiltinFn {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// `self` for a bound built-in method (`[].append`), else `Value::Null`.
    pub bound: Value,
    /// The type name for reprs: "<method 'append' of 'list' objects>".
    pub owner: &'static str,
}

pub struct BoundMethod {
    pub func: Value,
    pub this: Value,
}
