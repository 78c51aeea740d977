//! `_heapq`: the heap operations of `Modules/_heapqmodule.c`, native because
//! priority-queue loops (Dijkstra, schedulers, merges) call them per item.
//! `stdlib/heapq.py` is CPython's Lib/heapq.py, which defines the same
//! functions in Python and replaces them with these, as CPython does.
//!
//! The sift loops are CPython's, so the same comparisons (`<` only) run in
//! the same order and the list ends in the same arrangement. A comparison may
//! run Python code that changes the list: the length is checked after each
//! one ("list changed size during iteration") and no borrow of the list is
//! held across it.

use std::rc::Rc;

use weft_compiler::ast::CmpOp;

use super::clinic::positional;
use super::new_module;
use crate::function::Args;
use crate::module::ModuleObj;
use crate::value::{ListObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    Ok(new_module(
        vm,
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
        ],
    ))
}

/// The list a heap function works on: a list or an instance of a list subclass.
fn heap_list(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<ListObj>> {
    let inner = match v {
        Value::Instance(_) => crate::ops::unwrap_builtin(v),
        _ => None,
    };
    match inner.as_ref().unwrap_or(v) {
        Value::List(l) => Ok(l.clone()),
        _ => Err(vm.type_error(format!("{what} must be list, not {}", vm.type_name(v)))),
    }
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.rich_compare(a, b, CmpOp::Lt)?;
    vm.is_true(&r)
}

fn index_error(vm: &Vm) -> PyErr {
    vm.index_error("index out of range")
}

fn changed_size(vm: &Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn item(heap: &ListObj, i: usize) -> Option<Value> {
    heap.items.borrow().get(i).cloned()
}

/// Moves the item at `pos` up towards `startpos` while it is smaller than its parent.
fn siftdown(vm: &mut Vm, heap: &ListObj, startpos: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.items.borrow().len();
    if pos >= size {
        return Err(index_error(vm));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let (Some(newitem), Some(parent)) = (item(heap, pos), item(heap, parentpos)) else {
            return Err(changed_size(vm));
        };
        let smaller = lt(vm, &newitem, &parent)?;
        let mut items = heap.items.borrow_mut();
        if items.len() != size {
            return Err(changed_size(vm));
        }
        if !smaller {
            break;
        }
        items.swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then sifts the item
/// that was at `pos` back down to its place.
fn siftup(vm: &mut Vm, heap: &ListObj, mut pos: usize) -> PyResult<()> {
    let endpos = heap.items.borrow().len();
    let startpos = pos;
    if pos >= endpos {
        return Err(index_error(vm));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (Some(left), Some(right)) = (item(heap, childpos), item(heap, childpos + 1)) else {
                return Err(changed_size(vm));
            };
            if !lt(vm, &left, &right)? {
                childpos += 1;
            }
        }
        let mut items = heap.items.borrow_mut();
        if items.len() != endpos {
            return Err(changed_size(vm));
        }
        items.swap(childpos, pos);
        pos = childpos;
    }
    siftdown(vm, heap, startpos, pos)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, "heappush", &args, 2, 2)?;
    let heap = heap_list(vm, &args.pos[0], "heappush() argument 1")?;
    let last = {
        let mut items = heap.items.borrow_mut();
        items.push(args.pos[1].clone());
        items.len() - 1
    };
    siftdown(vm, &heap, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, "heappop", &args, 1, 1)?;
    let heap = heap_list(vm, &args.pos[0], "heappop() argument")?;
    let top = {
        let mut items = heap.items.borrow_mut();
        let Some(last) = items.pop() else {
            drop(items);
            return Err(index_error(vm));
        };
        match items.first_mut() {
            Some(first) => std::mem::replace(first, last),
            None => return Ok(last),
        }
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, "heapreplace", &args, 2, 2)?;
    let heap = heap_list(vm, &args.pos[0], "heapreplace() argument 1")?;
    let top = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, args.pos[1].clone()),
            None => {
                drop(items);
                return Err(index_error(vm));
            }
        }
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, "heappushpop", &args, 2, 2)?;
    let heap = heap_list(vm, &args.pos[0], "heappushpop() argument 1")?;
    let new = args.pos[1].clone();
    let Some(top) = item(&heap, 0) else {
        return Ok(new);
    };
    if !lt(vm, &top, &new)? {
        return Ok(new);
    }
    let top = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, new),
            None => {
                drop(items);
                return Err(index_error(vm));
            }
        }
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, "heapify", &args, 1, 1)?;
    let heap = heap_list(vm, &args.pos[0], "heapify() argument")?;
    let n = heap.items.borrow().len();
    for i in (0..n / 2).rev() {
        siftup(vm, &heap, i)?;
    }
    Ok(Value::None)
}
