//! Built-in iterators: over lists, tuples, strings, ranges, dicts and sets, and
//! the lazy builtins (enumerate, zip, map, filter, reversed, iter(callable, sentinel)).
//!
//! One object type with a state enum keeps `for` loops over built-in
//! containers free of dynamic dispatch: the eval loop's `ForIter` matches on it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::DictObj;
use crate::set::SetObj;
use crate::value::{ListObj, StrObj, TupleObj, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    List {
        list: Rc<ListObj>,
        index: usize,
    },
    ListReversed {
        list: Rc<ListObj>,
        index: usize,
    },
    Tuple {
        tuple: Rc<TupleObj>,
        index: usize,
    },
    Str {
        s: Rc<StrObj>,
        byte_pos: usize,
    },
    Bytes {
        data: Value,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Dict {
        dict: Rc<DictObj>,
        kind: DictIterKind,
        slot: usize,
        version: u64,
        len: usize,
    },
    Set {
        set: Rc<SetObj>,
        slot: usize,
        version: u64,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(obj)` on an object with `__getitem__` only.
    Sequence {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An iterator over a native container (a stdlib module's type, such as
    /// `deque`): `step` produces the next value given the container, the
    /// position so far and the container's version when iteration began.
    Native {
        source: Value,
        position: usize,
        version: u64,
        step: NativeStep,
    },
    /// Any other one-shot sequence of values computed up front.
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Exhausted,
}

/// Advances a [`IterState::Native`] iterator: `Ok(None)` when exhausted.
pub type NativeStep =
    fn(&mut crate::vm::Vm, &Value, &mut usize, u64) -> crate::vm::PyResult<Option<Value>>;

pub struct IterObj {
    pub state: RefCell<IterState>,
    /// The type name shown by `type(it).__name__` and reprs: "list_iterator", "zip", ...
    pub type_name: &'static str,
}

impl IterObj {
    pub fn new(type_name: &'static str, state: IterState) -> IterObj {
        IterObj {
            state: RefCell::new(state),
            type_name,
        }
    }
}

/// A `dict_keys` / `dict_values` / `dict_items` view.
pub struct DictViewObj {
    pub dict: Rc<DictObj>,
    pub kind: DictIterKind,
}
