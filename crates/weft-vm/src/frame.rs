//! Frames and the eval loop.
//!
//! All frames of a thread share one value stack (`Vm::stack`): a frame's fast
//! locals sit at `stack[base..base + n_locals]` and its operand stack grows
//! above them. A call with plain positional arguments therefore needs no copy:
//! the arguments the caller pushed *are* the callee's first locals (as in Lua).
//!
//! Python-to-Python calls recurse on the native stack (`run_frame` calls
//! itself through `call_function`); the recursion limit bounds the depth and
//! every interpreter thread is started with a stack sized for it.

use std::rc::Rc;

use weft_compiler::bytecode::{flags, make_function, Instr};
use weft_compiler::{ast::CmpOp, ast::Conversion};

use crate::dict::DictObj;
use crate::function::{Args, CellObj, Code, FunctionObj};
use crate::generator::{GenState, GeneratorObj};
use crate::object::{Payload, TracebackEntry};
use crate::value::{StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone)]
pub struct Block {
    pub handler: u32,
    /// Operand-stack depth (relative to the frame's base) when the block was pushed.
    pub depth: u32,
    /// `Value::Null` for an `Except` block; for a `HandlerActive` block, the
    /// exception that was being handled before this handler started.
    pub saved: Option<Value>,
}

/// A frame while it executes. Code and globals are borrowed from the function
/// (or the caller), so starting a frame costs no reference-count traffic.
pub struct Frame<'a> {
    pub code: &'a Rc<Code>,
    pub globals: &'a Rc<DictObj>,
    /// The name-based namespace of module and class bodies.
    pub locals: Option<Rc<DictObj>>,
    /// A class body's namespace when the metaclass's `__prepare__` returned
    /// something other than an exact dict: names then go through its
    /// `__getitem__`/`__setitem__`/`__delitem__` (and `locals` is unused).
    pub mapping: Option<Value>,
    pub base: usize,
    pub ip: usize,
    pub blocks: Vec<Block>,
    /// Cells for `code.cellvars`, then the closure's cells for `code.freevars`.
    pub cells: Vec<Rc<CellObj>>,
    /// Set by `Reraise`: the exception already carries this frame's traceback entry.
    pub reraising: bool,
}

/// A generator's frame between resumptions.
pub struct SuspendedFrame {
    pub code: Rc<Code>,
    pub globals: Rc<DictObj>,
    pub ip: usize,
    /// Fast locals followed by the operand stack.
    pub values: Vec<Value>,
    pub blocks: Vec<Block>,
    pub cells: Vec<Rc<CellObj>>,
    /// The exception being handled inside the generator when it yielded.
    pub handled: Value,
}

/// What `globals()`, `locals()` and the import system see of an executing frame.
#[derive(Clone)]
pub enum FrameRef {
    /// A function frame; the function object sits in the stack slot just below
    /// `base` (the callable's slot), so recording the frame costs no refcounts.
    Function { base: usize, ip: u32 },
    /// A module or class body, or a resumed generator.
    Namespace {
        globals: Rc<DictObj>,
        locals: Option<Rc<DictObj>>,
        code: Rc<Code>,
        base: usize,
        /// A resumed generator method's `__class__` cell, for zero-argument `super()`.
        class_cell: Option<Rc<CellObj>>,
        ip: u32,
    },
}

impl FrameRef {
    /// Where the frame is while it waits on a call it made: the instruction
    /// index just after the call (the eval loop stores it before each call
    /// instruction, so `sys._getframe` and `warnings` can name the line).
    pub fn ip(&self) -> u32 {
        match self {
            FrameRef::Function { ip, .. } | FrameRef::Namespace { ip, .. } => *ip,
        }
    }

    #[inline(always)]
    fn set_ip(&mut self, at: usize) {
        match self {
            FrameRef::Function { ip, .. } | FrameRef::Namespace { ip, .. } => *ip = at as u32,
        }
    }
}

/// Records the executing frame's position before a call leaves the eval loop.
macro_rules! note_ip {
    ($vm:expr, $ip:expr) => {
        if let Some(f) = $vm.frames.last_mut() {
            f.set_ip($ip);
        }
    };
}

pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

macro_rules! pop {
    ($vm:expr) => {
        match $vm.stack.pop() {
            Some(v) => v,
            None => unreachable!("weft bug: value stack underflow"),
        }
    };
}

macro_rules! top {
    ($vm:expr) => {
        match $vm.stack.last() {
            Some(v) => v,
            None => unreachable!("weft bug: value stack underflow"),
        }
    };
}

/// Runs `frame` until it returns or yields; unwinds to handlers on exceptions.
#[inline]
pub fn run_frame(
    vm: &mut Vm,
    frame: &mut Frame,
    mut pending: Option<PyErr>,
) -> PyResult<FrameExit> {
    loop {
        let err = match pending.take() {
            Some(e) => e,
            None => match execute(vm, frame) {
                Ok(exit) => return Ok(exit),
                Err(e) => e,
            },
        };
        record_traceback(vm, frame, &err);
        if !unwind(vm, frame, err.clone()) {
            return Err(err);
        }
    }
}

#[inline(never)]
fn record_traceback(vm: &mut Vm, frame: &mut Frame, err: &PyErr) {
    if std::mem::take(&mut frame.reraising) {
        return;
    }
    // weft's stdlib modules that stand in for CPython's C modules (warnings)
    // hide their frames, as C frames are absent from CPython's tracebacks.
    if frame.code.filename.starts_with("<frozen ")
        && matches!(
            frame.globals.get_str("__tracebackhide__"),
            Some(Value::Bool(true))
        )
    {
        return;
    }
    let mut data = err.data();
    if data.traceback.is_empty() && data.context.is_none() && !vm.handled.is_none() {
        if let Value::Instance(h) = &vm.handled {
            if !Rc::ptr_eq(h, &err.0) {
                data.context = vm.handled.clone();
            }
        }
    }
    let at = frame.ip.saturating_sub(1);
    let loc = frame
        .code
        .code
        .locations
        .get(at)
        .copied()
        .unwrap_or_default();
    data.traceback.push(TracebackEntry {
        code: frame.code.clone(),
        line: loc.line,
        col: loc.col,
        end_line: loc.end_line,
        end_col: loc.end_col,
    });
}

/// Pops blocks until an exception handler is found; false if the frame has none.
#[inline(never)]
fn unwind(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> bool {
    while let Some(block) = frame.blocks.pop() {
        vm.stack.truncate(frame.base + block.depth as usize);
        match block.saved {
            Some(prev) => vm.handled = prev,
            None => {
                let prev = std::mem::replace(&mut vm.handled, err.value());
                frame.blocks.push(Block {
                    handler: 0,
                    depth: block.depth,
                    saved: Some(prev),
                });
                vm.stack.push(err.value());
                frame.ip = block.handler as usize;
                return true;
            }
        }
    }
    false
}

/// The eval loop proper.
fn execute(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    let code: &Rc<Code> = frame.code;
    let instrs: &[Instr] = &code.code.instructions;
    let base = frame.base;
    let mut ip = frame.ip;

    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => {
                    frame.ip = ip;
                    return Err(e);
                }
            }
        };
    }

    loop {
        let instr = instrs[ip];
        ip += 1;
        match instr {
            Instr::Nop => {}
            Instr::Pop => {
                pop!(vm);
            }
            Instr::Copy(n) => {
                let v = clone_value(&vm.stack[vm.stack.len() - n as usize]);
                vm.stack.push(v);
            }
            Instr::Swap(n) => {
                let len = vm.stack.len();
                vm.stack.swap(len - 1, len - n as usize);
            }
            Instr::LoadConst(i) => vm.stack.push(clone_value(&code.consts[i as usize])),
            Instr::LoadFast(i) => {
                let v = &vm.stack[base + i as usize];
                if v.is_null() {
                    frame.ip = ip;
                    return Err(unbound_local(vm, &code.varnames[i as usize]));
                }
                let v = clone_value(v);
                vm.stack.push(v);
            }
            Instr::StoreFast(i) => {
                let v = pop!(vm);
                vm.stack[base + i as usize] = v;
            }
            Instr::DeleteFast(i) => {
                let slot = &mut vm.stack[base + i as usize];
                if slot.is_null() {
                    frame.ip = ip;
                    return Err(unbound_local(vm, &code.varnames[i as usize]));
                }
                *slot = Value::Null;
            }
            Instr::LoadDeref(i) => {
                let v = frame.cells[i as usize].value.borrow().clone();
                if v.is_null() {
                    frame.ip = ip;
                    return Err(unbound_deref(vm, code, i as usize));
                }
                vm.stack.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = pop!(vm);
                let old = frame.cells[i as usize].value.replace(v);
                drop(old);
            }
            Instr::DeleteDeref(i) => {
                let old = frame.cells[i as usize].value.replace(Value::Null);
                if old.is_null() {
                    frame.ip = ip;
                    return Err(unbound_deref(vm, code, i as usize));
                }
            }
            Instr::LoadClosure(i) => vm.stack.push(Value::Cell(frame.cells[i as usize].clone())),
            Instr::LoadClassDeref(i) => {
                let name = &code.derefnames[i as usize];
                let found = match &frame.mapping {
                    Some(m) => tri!(mapping_get(vm, m, name)),
                    None => frame.locals.as_ref().and_then(|l| l.get_strobj(name)),
                };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let v = frame.cells[i as usize].value.borrow().clone();
                        if v.is_null() {
                            frame.ip = ip;
                            return Err(unbound_deref(vm, code, i as usize));
                        }
                        v
                    }
                };
                vm.stack.push(v);
            }
            Instr::LoadGlobal(i) => {
                let name = &code.names[i as usize];
                let cached = {
                    let c = code.global_cache[i as usize].borrow();
                    if std::ptr::eq(c.globals.as_ptr(), Rc::as_ptr(frame.globals)) {
                        if c.globals_writes == frame.globals.writes()
                            && c.builtins_writes == vm.rt.builtins.writes()
                        {
                            Some(c.value.clone())
                        } else if !c.in_builtins {
                            frame.globals.value_at_str(c.index, name.as_str())
                        } else if frame.globals.version() == c.globals_version {
                            vm.rt.builtins.value_at_str(c.index, name.as_str())
                        } else {
                            None
                        }
                    } else {
                        None
                    }
                };
                let v = match cached {
                    Some(v) => v,
                    None => tri!(load_global_slow(vm, frame, code, i as usize)),
                };
                vm.stack.push(v);
            }
            Instr::StoreGlobal(i) => {
                let v = pop!(vm);
                frame.globals.set_strobj(code.names[i as usize].clone(), v);
            }
            Instr::DeleteGlobal(i) => {
                let name = &code.names[i as usize];
                if frame.globals.del_str(name.as_str()).is_none() {
                    frame.ip = ip;
                    return Err(vm.name_error(name.as_str()));
                }
            }
            Instr::LoadName(i) => {
                let name = &code.names[i as usize];
                let found = match (&frame.locals, &frame.mapping) {
                    (_, Some(m)) => tri!(mapping_get(vm, m, name)),
                    (Some(l), None) => l.get_strobj(name),
                    (None, None) => None,
                };
                let v = match found.or_else(|| frame.globals.get_strobj(name)) {
                    Some(v) => v,
                    None => match vm.rt.builtins.get_strobj(name) {
                        Some(v) => v,
                        None => {
                            frame.ip = ip;
                            return Err(vm.name_error(name.as_str()));
                        }
                    },
                };
                vm.stack.push(v);
            }
            Instr::StoreName(i) => {
                let v = pop!(vm);
                if let Some(m) = &frame.mapping {
                    let key = Value::Str(code.names[i as usize].clone());
                    tri!(vm.set_item(m, key, v));
                    continue;
                }
                let ns = frame.locals.as_ref().unwrap_or(frame.globals);
                ns.set_strobj(code.names[i as usize].clone(), v);
            }
            Instr::DeleteName(i) => {
                let name = &code.names[i as usize];
                if let Some(m) = &frame.mapping {
                    match vm.del_item(m, Value::Str(name.clone())) {
                        Ok(()) => continue,
                        Err(e) if e.is_instance_of(&vm.exc_type("KeyError")) => {
                            frame.ip = ip;
                            return Err(vm.name_error(name.as_str()));
                        }
                        Err(e) => {
                            frame.ip = ip;
                            return Err(e);
                        }
                    }
                }
                let ns = frame.locals.as_ref().unwrap_or(frame.globals);
                if ns.del_str(name.as_str()).is_none() {
                    frame.ip = ip;
                    return Err(vm.name_error(name.as_str()));
                }
            }
            Instr::LoadAttr(i) => {
                let obj = pop!(vm);
                let name = &code.names[i as usize];
                let v = match instance_attr(&obj, code, i as usize) {
                    Some(v) => v,
                    None => tri!(vm.get_attr(&obj, name)),
                };
                vm.stack.push(v);
            }
            Instr::StoreAttr(i) => {
                let obj = pop!(vm);
                let v = pop!(vm);
                let name = &code.names[i as usize];
                if let Some(v) = store_instance_attr(&obj, code, i as usize, v) {
                    tri!(vm.set_attr(&obj, name, v));
                }
            }
            Instr::DeleteAttr(i) => {
                let obj = pop!(vm);
                tri!(vm.del_attr(&obj, &code.names[i as usize]));
            }
            Instr::LoadMethod(i) => {
                let name = &code.names[i as usize];
                if let Some(f) = instance_method(top!(vm), code, i as usize) {
                    // [obj] -> [function, obj]
                    let obj = pop!(vm);
                    vm.stack.push(f);
                    vm.stack.push(obj);
                    continue;
                }
                let obj = pop!(vm);
                let (m, this) = tri!(vm.load_method(obj, name));
                vm.stack.push(m);
                vm.stack.push(this);
            }
            Instr::CallMethod(n) => {
                note_ip!(vm, ip);
                let n = n as usize;
                let len = vm.stack.len();
                let has_self = !vm.stack[len - n - 1].is_null();
                let result = if has_self {
                    // [method, self, args..]: self becomes the first argument.
                    if let Value::Function(f) = &vm.stack[len - n - 2] {
                        let f = f.clone();
                        tri!(call_function_from_stack(vm, &f, n + 1))
                    } else {
                        let func = vm.stack[len - n - 2].clone();
                        tri!(call_from_stack(vm, &func, n + 1))
                    }
                } else {
                    let func = vm.stack[len - n - 2].clone();
                    vm.stack.remove(len - n - 1);
                    tri!(call_from_stack(vm, &func, n))
                };
                vm.stack.pop(); // the callable's slot
                vm.stack.push(result);
            }
            Instr::BinarySubscr => {
                let len = vm.stack.len();
                let fast = match (&vm.stack[len - 2], &vm.stack[len - 1]) {
                    (Value::List(l), Value::Int(i)) => {
                        let items = l.items.borrow();
                        seq_slot(*i, items.len()).map(|j| clone_value(&items[j]))
                    }
                    (Value::Tuple(t), Value::Int(i)) => {
                        seq_slot(*i, t.items.len()).map(|j| clone_value(&t.items[j]))
                    }
                    _ => None,
                };
                if let Some(v) = fast {
                    // The index is an int: nothing to drop.
                    std::mem::forget(vm.stack.pop());
                    vm.stack[len - 2] = v;
                    continue;
                }
                let idx = pop!(vm);
                let obj = pop!(vm);
                let v = tri!(vm.get_item(&obj, &idx));
                vm.stack.push(v);
            }
            Instr::StoreSubscr => {
                let idx = pop!(vm);
                let obj = pop!(vm);
                let v = pop!(vm);
                if let (Value::List(l), Value::Int(i)) = (&obj, &idx) {
                    let mut items = l.items.borrow_mut();
                    if let Some(j) = seq_slot(*i, items.len()) {
                        let old = std::mem::replace(&mut items[j], v);
                        drop(items);
                        drop(old);
                        continue;
                    }
                }
                tri!(vm.set_item(&obj, idx, v));
            }
            Instr::DeleteSubscr => {
                let idx = pop!(vm);
                let obj = pop!(vm);
                tri!(vm.del_item(&obj, idx));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!(vm) } else { Value::None };
                let stop = pop!(vm);
                let start = pop!(vm);
                vm.stack.push(Value::Slice(Rc::new(crate::value::SliceObj {
                    start,
                    stop,
                    step,
                })));
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let len = vm.stack.len();
                if let Some(r) = fast_binary(&vm.stack[len - 2], &vm.stack[len - 1], op) {
                    // Both operands are ints or floats: nothing to drop.
                    std::mem::forget(vm.stack.pop());
                    std::mem::forget(std::mem::replace(&mut vm.stack[len - 2], r));
                    continue;
                }
                note_ip!(vm, ip);
                let b = pop!(vm);
                let a = pop!(vm);
                let v = if matches!(instr, Instr::InplaceOp(_)) {
                    tri!(vm.inplace_op(&a, &b, op))
                } else {
                    tri!(vm.binary_op(&a, &b, op))
                };
                vm.stack.push(v);
            }
            Instr::UnaryNegative => {
                let a = pop!(vm);
                let v = tri!(vm.neg(&a));
                vm.stack.push(v);
            }
            Instr::UnaryPositive => {
                let a = pop!(vm);
                let v = tri!(vm.pos(&a));
                vm.stack.push(v);
            }
            Instr::UnaryInvert => {
                let a = pop!(vm);
                let v = tri!(vm.invert(&a));
                vm.stack.push(v);
            }
            Instr::UnaryNot => {
                let a = pop!(vm);
                let t = tri!(vm.is_true(&a));
                vm.stack.push(Value::Bool(!t));
            }
            Instr::Compare(op) => {
                let len = vm.stack.len();
                let fast = match (&vm.stack[len - 2], &vm.stack[len - 1]) {
                    (Value::Int(x), Value::Int(y)) => int_compare(*x, *y, op),
                    (Value::Float(x), Value::Float(y)) => float_compare(*x, *y, op),
                    _ => None,
                };
                if let Some(r) = fast {
                    // Both operands are ints or floats: nothing to drop.
                    std::mem::forget(vm.stack.pop());
                    std::mem::forget(vm.stack.pop());
                    // Fuse with a following conditional jump, as CPython 3.11 does.
                    match instrs[ip] {
                        Instr::PopJumpIfFalse(t) => {
                            ip = if r { ip + 1 } else { t as usize };
                        }
                        Instr::PopJumpIfTrue(t) => {
                            ip = if r { t as usize } else { ip + 1 };
                        }
                        _ => vm.stack.push(Value::Bool(r)),
                    }
                    continue;
                }
                // A dunder may run (and look at its caller's line, as
                // warnings.warn does).
                note_ip!(vm, ip);
                let b = pop!(vm);
                let a = pop!(vm);
                let v = tri!(vm.compare(&a, &b, op));
                vm.stack.push(v);
            }
            Instr::Jump(t) => {
                if (t as usize) < ip && vm.interp.gil.breaker_set() {
                    tri!(vm.handle_eval_breaker());
                }
                ip = t as usize;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(vm);
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => tri!(vm.is_true(&v)),
                };
                if !truth {
                    ip = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(vm);
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => tri!(vm.is_true(&v)),
                };
                if truth {
                    ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let v = top!(vm).clone();
                if !tri!(vm.is_true(&v)) {
                    ip = t as usize;
                } else {
                    vm.stack.pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let v = top!(vm).clone();
                if tri!(vm.is_true(&v)) {
                    ip = t as usize;
                } else {
                    vm.stack.pop();
                }
            }
            Instr::GetIter => {
                let v = pop!(vm);
                let it = tri!(vm.get_iter(&v));
                vm.stack.push(it);
            }
            Instr::ForIter(t) => {
                if let Some(Value::Iterator(it)) = vm.stack.last() {
                    let mut st = it.state.borrow_mut();
                    if let crate::iter::IterState::Range {
                        next,
                        step,
                        remaining,
                    } = &mut *st
                    {
                        if *remaining > 0 {
                            let v = *next;
                            *next = next.wrapping_add(*step);
                            *remaining -= 1;
                            drop(st);
                            vm.stack.push(Value::Int(v));
                        } else {
                            drop(st);
                            vm.stack.pop();
                            ip = t as usize;
                        }
                        continue;
                    }
                }
                let it = top!(vm).clone();
                match tri!(vm.next(&it)) {
                    Some(v) => vm.stack.push(v),
                    None => {
                        vm.stack.pop();
                        ip = t as usize;
                    }
                }
            }
            Instr::ReturnValue => {
                let v = pop!(vm);
                frame.ip = ip;
                return Ok(FrameExit::Return(v));
            }
            Instr::BuildTuple(n) => {
                let items = vm.stack.split_off(vm.stack.len() - n as usize);
                vm.stack.push(Value::tuple(items));
            }
            Instr::BuildList(n) => {
                let items = vm.stack.split_off(vm.stack.len() - n as usize);
                vm.stack.push(Value::list(items));
            }
            Instr::BuildSet(n) => {
                let items = vm.stack.split_off(vm.stack.len() - n as usize);
                let set = crate::set::SetObj::new();
                for item in items {
                    tri!(set.add(vm, item));
                }
                vm.stack.push(Value::Set(Rc::new(set)));
            }
            Instr::BuildMap(n) => {
                let items = vm.stack.split_off(vm.stack.len() - 2 * n as usize);
                let d = DictObj::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tri!(d.set(vm, k, v));
                }
                vm.stack.push(Value::Dict(Rc::new(d)));
            }
            Instr::BuildString(n) => {
                let items = vm.stack.split_off(vm.stack.len() - n as usize);
                let mut s = String::new();
                for it in &items {
                    if let Some(t) = it.as_str() {
                        s.push_str(t);
                    }
                }
                vm.stack.push(Value::string(s));
            }
            Instr::ListAppend(i) => {
                let v = pop!(vm);
                if let Value::List(l) = &vm.stack[vm.stack.len() - i as usize] {
                    l.items.borrow_mut().push(v);
                }
            }
            Instr::SetAdd(i) => {
                let v = pop!(vm);
                if let Value::Set(s) = vm.stack[vm.stack.len() - i as usize].clone() {
                    tri!(s.add(vm, v));
                }
            }
            Instr::MapAdd(i) => {
                let v = pop!(vm);
                let k = pop!(vm);
                if let Value::Dict(d) = vm.stack[vm.stack.len() - i as usize].clone() {
                    tri!(d.set(vm, k, v));
                }
            }
            Instr::ListExtend(i) => {
                let src = pop!(vm);
                let target = vm.stack[vm.stack.len() - i as usize].clone();
                tri!(vm.list_extend_for_unpack(&target, &src, None));
            }
            Instr::CallArgsExtend(i) => {
                let src = pop!(vm);
                let target = vm.stack[vm.stack.len() - i as usize].clone();
                let func = vm.stack[vm.stack.len() - i as usize - 1].clone();
                tri!(vm.list_extend_for_unpack(&target, &src, Some(&func)));
            }
            Instr::SetUpdate(i) => {
                let src = pop!(vm);
                let target = vm.stack[vm.stack.len() - i as usize].clone();
                let items = tri!(vm.collect_iterable(&src));
                if let Value::Set(s) = target {
                    for item in items {
                        tri!(s.add(vm, item));
                    }
                }
            }
            Instr::DictUpdate(i) => {
                let src = pop!(vm);
                let target = vm.stack[vm.stack.len() - i as usize].clone();
                tri!(vm.dict_update_for_unpack(&target, &src, None));
            }
            Instr::DictMerge(i) => {
                let src = pop!(vm);
                let target = vm.stack[vm.stack.len() - i as usize].clone();
                let func = vm.stack[vm.stack.len() - i as usize - 2].clone();
                tri!(vm.dict_update_for_unpack(&target, &src, Some(&func)));
            }
            Instr::ListToTuple => {
                let v = pop!(vm);
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                vm.stack.push(Value::tuple(items));
            }
            Instr::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { Some(pop!(vm)) } else { None };
                let v = pop!(vm);
                let v = match conversion {
                    Conversion::None => v,
                    Conversion::Str => Value::Str(tri!(vm.str(&v))),
                    Conversion::Repr => Value::Str(tri!(vm.repr(&v))),
                    Conversion::Ascii => Value::Str(tri!(vm.ascii(&v))),
                };
                let s = match (&v, &spec) {
                    (Value::Str(_), None) => v,
                    _ => {
                        let spec = spec.unwrap_or_else(|| Value::str(""));
                        Value::Str(tri!(vm.format(&v, &spec)))
                    }
                };
                vm.stack.push(s);
            }
            Instr::UnpackSequence(n) => {
                let v = pop!(vm);
                tri!(vm.unpack_sequence(v, n as usize));
            }
            Instr::UnpackEx { before, after } => {
                let v = pop!(vm);
                tri!(vm.unpack_ex(v, before as usize, after as usize));
            }
            Instr::MakeFunction(fl) => {
                let code_v = pop!(vm);
                let closure = if fl & make_function::CLOSURE != 0 {
                    Some(pop!(vm))
                } else {
                    None
                };
                let annotations = if fl & make_function::ANNOTATIONS != 0 {
                    pop!(vm)
                } else {
                    Value::None
                };
                let kwdefaults = if fl & make_function::KWDEFAULTS != 0 {
                    pop!(vm)
                } else {
                    Value::None
                };
                let defaults = if fl & make_function::DEFAULTS != 0 {
                    Some(pop!(vm))
                } else {
                    None
                };
                let f = make_function(
                    frame,
                    code_v,
                    closure,
                    FunctionExtras {
                        kwdefaults,
                        defaults,
                        annotations,
                    },
                );
                vm.stack.push(f);
            }
            Instr::Call(n) => {
                note_ip!(vm, ip);
                let n = n as usize;
                let len = vm.stack.len();
                let result = if let Value::Function(f) = &vm.stack[len - n - 1] {
                    // The common case without a `Value` clone/drop round trip.
                    let f = f.clone();
                    tri!(call_function_from_stack(vm, &f, n))
                } else {
                    let func = vm.stack[len - n - 1].clone();
                    tri!(call_from_stack(vm, &func, n))
                };
                vm.stack.pop();
                vm.stack.push(result);
            }
            Instr::CallKw(n) => {
                note_ip!(vm, ip);
                let names = pop!(vm);
                let n = n as usize;
                let mut args = Args::default();
                let values = vm.stack.split_off(vm.stack.len() - n);
                let func = pop!(vm);
                let Value::Tuple(names) = names else {
                    unreachable!("CallKw names")
                };
                let nkw = names.items.len();
                let mut values = values.into_iter();
                args.pos.extend(values.by_ref().take(n - nkw));
                for (name, v) in names.items.iter().zip(values) {
                    if let Value::Str(s) = name {
                        args.kw.push((s.clone(), v));
                    }
                }
                let r = tri!(vm.call(&func, args));
                vm.stack.push(r);
            }
            Instr::CallEx(has_kw) => {
                note_ip!(vm, ip);
                let kwargs = if has_kw != 0 { Some(pop!(vm)) } else { None };
                let posargs = pop!(vm);
                let func = pop!(vm);
                let mut args = Args::default();
                if let Value::Tuple(t) = &posargs {
                    args.pos.extend(t.items.iter().cloned());
                }
                if let Some(Value::Dict(d)) = kwargs {
                    for (k, v) in d.items() {
                        if let Value::Str(s) = k {
                            args.kw.push((s, v));
                        }
                    }
                }
                let r = tri!(vm.call(&func, args));
                vm.stack.push(r);
            }
            Instr::YieldValue => {
                let v = pop!(vm);
                frame.ip = ip;
                return Ok(FrameExit::Yield(v));
            }
            Instr::GetYieldFromIter => {
                let v = pop!(vm);
                let it = match v {
                    Value::Generator(_) => v,
                    _ => tri!(vm.get_iter(&v)),
                };
                vm.stack.push(it);
            }
            Instr::YieldFrom => {
                let sent = pop!(vm);
                let it = top!(vm).clone();
                match tri!(vm.send(&it, sent)) {
                    SendResult::Yielded(v) => {
                        // Resume re-executes this instruction with the next sent value on top.
                        frame.ip = ip - 1;
                        return Ok(FrameExit::Yield(v));
                    }
                    SendResult::Returned(r) => {
                        vm.stack.pop();
                        vm.stack.push(r);
                    }
                }
            }
            Instr::SetupExcept(h) => {
                let depth = (vm.stack.len() - base) as u32;
                frame.blocks.push(Block {
                    handler: h,
                    depth,
                    saved: None,
                });
            }
            Instr::PopBlock => {
                frame.blocks.pop();
            }
            Instr::PopExcept => {
                if let Some(Block {
                    saved: Some(prev), ..
                }) = frame.blocks.pop()
                {
                    vm.handled = prev;
                }
            }
            Instr::Reraise => {
                let exc = pop!(vm);
                frame.ip = ip;
                frame.reraising = true;
                return Err(vm.exception_from_value(exc));
            }
            Instr::Raise(n) => {
                let err = match n {
                    0 => match &vm.handled {
                        // CPython adds no traceback entry for a bare `raise`.
                        Value::Instance(i) if i.exc().is_some() => {
                            frame.reraising = true;
                            PyErr(i.clone())
                        }
                        _ => vm.runtime_error("No active exception to reraise"),
                    },
                    1 => {
                        let exc = pop!(vm);
                        tri!(vm.make_raisable(exc))
                    }
                    _ => {
                        let cause = pop!(vm);
                        let exc = pop!(vm);
                        let err = tri!(vm.make_raisable(exc));
                        tri!(vm.set_cause(&err, cause));
                        err
                    }
                };
                frame.ip = ip;
                return Err(err);
            }
            Instr::CheckExcMatch => {
                let ty = pop!(vm);
                let exc = top!(vm).clone();
                let m = tri!(vm.exception_matches(&exc, &ty));
                vm.stack.push(Value::Bool(m));
            }
            Instr::LoadAssertionError => vm.stack.push(Value::Type(vm.exc_type("AssertionError"))),
            Instr::BeforeWith => {
                let ctx = pop!(vm);
                let (exit, entered) = tri!(vm.enter_context(&ctx));
                vm.stack.push(exit);
                vm.stack.push(entered);
            }
            Instr::ExitWith => {
                let exit = pop!(vm);
                tri!(vm.call(&exit, Args::new([Value::None, Value::None, Value::None])));
            }
            Instr::WithExceptStart => {
                let exc = top!(vm).clone();
                let exit = vm.stack[vm.stack.len() - 2].clone();
                let ty = Value::Type(vm.type_of(&exc));
                let tb = tri!(vm.get_attr(&exc, &Rc::new(StrObj::new("__traceback__"))));
                let r = tri!(vm.call(&exit, Args::new([ty, exc, tb])));
                vm.stack.push(r);
            }
            Instr::LoadBuildClass => {
                let f = match vm.rt.builtins.get_str("__build_class__") {
                    Some(f) => f,
                    None => {
                        frame.ip = ip;
                        return Err(vm.name_error("__build_class__"));
                    }
                };
                vm.stack.push(f);
            }
            Instr::ImportName(i) => {
                note_ip!(vm, ip);
                let fromlist = pop!(vm);
                let level = pop!(vm);
                let name = code.names[i as usize].clone();
                let m = tri!(vm.import_name(&name, &fromlist, &level, frame.globals));
                vm.stack.push(m);
            }
            Instr::ImportFrom(i) => {
                let m = top!(vm).clone();
                let v = tri!(vm.import_from(&m, &code.names[i as usize]));
                vm.stack.push(v);
            }
            Instr::ImportStar => {
                let m = pop!(vm);
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                tri!(vm.import_star(&m, &ns));
            }
            Instr::PrintExpr => {
                let v = pop!(vm);
                tri!(vm.print_expr(v));
            }
        }
    }
}

/// A copy of `v`: immediates inline, the rest through `Value::clone`
/// (which the compiler keeps out of line).
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(x) => Value::Int(*x),
        Value::Float(x) => Value::Float(*x),
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        other => other.clone(),
    }
}

/// The position of index `i` (negative counts from the end) in a sequence
/// of `len` items, if it is in range.
#[inline(always)]
fn seq_slot(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.wrapping_add(len as i64) } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// `LoadGlobal` without a usable cache entry: looks the name up in globals,
/// then builtins, and records where it was found.
#[inline(never)]
fn load_global_slow(vm: &mut Vm, frame: &Frame, code: &Code, i: usize) -> PyResult {
    let name = &code.names[i];
    let globals = frame.globals;
    let (dict, in_builtins) = match globals.index_of_str(name) {
        Some(idx) => (Some(idx), false),
        None => (vm.rt.builtins.index_of_str(name), true),
    };
    let Some(index) = dict else {
        return Err(vm.name_error(name.as_str()));
    };
    let v = if in_builtins {
        vm.rt.builtins.value_at_str(index, name.as_str())
    } else {
        globals.value_at_str(index, name.as_str())
    };
    *code.global_cache[i].borrow_mut() = crate::function::GlobalCacheEntry {
        globals: Rc::downgrade(globals),
        globals_version: globals.version(),
        index,
        in_builtins,
        globals_writes: globals.writes(),
        builtins_writes: vm.rt.builtins.writes(),
        value: v.clone().unwrap_or(Value::None),
    };
    Ok(v.unwrap_or(Value::None))
}

/// Runs `f` on the cached facts about attribute `code.names[i]` on class
/// `ty`, refreshing them first if they are for another class or epoch.
#[inline]
fn with_attr_info<R>(
    code: &Code,
    i: usize,
    ty: &Rc<crate::object::TypeObj>,
    f: impl FnOnce(&crate::function::AttrCacheEntry) -> R,
) -> R {
    let epoch = crate::dict::type_epoch();
    let slot = &code.attr_cache[i];
    {
        let e = slot.borrow();
        if e.epoch == epoch && std::ptr::eq(e.ty.as_ptr(), Rc::as_ptr(ty)) {
            return f(&e);
        }
    }
    refill_attr_info(code, i, ty, epoch);
    f(&slot.borrow())
}

#[inline(never)]
fn refill_attr_info(code: &Code, i: usize, ty: &Rc<crate::object::TypeObj>, epoch: u64) {
    let entry = crate::function::AttrCacheEntry {
        ty: Rc::downgrade(ty),
        epoch,
        descr: ty.lookup_name(&code.names[i]),
        plain_get: ty.plain_getattribute(),
        // `__class__` and `__dict__` are data descriptors of `object` in
        // CPython; weft handles them in the general path.
        plain_set: ty.plain_setattr()
            && !matches!(code.names[i].as_str(), "__class__" | "__dict__"),
    };
    let old = std::mem::replace(&mut *code.attr_cache[i].borrow_mut(), entry);
    drop(old);
}

/// `obj` if it is an instance with nothing but a `__dict__` (no built-in
/// value, no slots): the only kind the attribute fast paths handle.
#[inline(always)]
fn plain_instance(obj: &Value) -> Option<&Rc<crate::object::InstanceObj>> {
    match obj {
        Value::Instance(inst) if matches!(inst.payload, Payload::None) => Some(inst),
        _ => None,
    }
}

/// `name` in the instance's own `__dict__`.
#[inline(always)]
fn own_attr(inst: &crate::object::InstanceObj, name: &Rc<crate::value::StrObj>) -> Option<Value> {
    inst.dict_cell
        .as_ref()
        .and_then(|c| c.borrow().get_strobj(name))
}

/// `obj.name` (`name` is `code.names[i]`) for an instance of a class that
/// uses `object`'s attribute access, when the answer is in the instance dict
/// (and no data descriptor on the class overrides it) or is a plain function
/// on the class (a bound method). `None`: take the general path, which
/// decides everything anew.
#[inline]
fn instance_attr(obj: &Value, code: &Code, i: usize) -> Option<Value> {
    let inst = plain_instance(obj)?;
    let name = &code.names[i];
    let class = inst.class.borrow();
    with_attr_info(code, i, &class, |e| {
        // Only instances (property, classes with `__set__`) can be data descriptors.
        if !e.plain_get || matches!(e.descr, Some(Value::Instance(_))) {
            return None;
        }
        if let Some(v) = own_attr(inst, name) {
            return Some(v);
        }
        match &e.descr {
            Some(f @ Value::Function(_)) => {
                Some(Value::BoundMethod(Rc::new(crate::function::BoundMethod {
                    func: f.clone(),
                    this: obj.clone(),
                })))
            }
            _ => None,
        }
    })
}

/// `LoadMethod` on an instance of a class using `object.__getattribute__`:
/// the function when `code.names[i]` is a plain function on the class and
/// not in the instance dict (no bound method needed). `None`: the general path.
#[inline]
fn instance_method(obj: &Value, code: &Code, i: usize) -> Option<Value> {
    let inst = plain_instance(obj)?;
    let name = &code.names[i];
    let class = inst.class.borrow();
    with_attr_info(code, i, &class, |e| {
        let f = match &e.descr {
            Some(f @ Value::Function(_)) if e.plain_get => f,
            _ => return None,
        };
        if own_attr(inst, name).is_some() {
            return None;
        }
        Some(f.clone())
    })
}

/// `obj.name = v` for an instance with a `__dict__` of a class that uses
/// `object.__setattr__` and has no data descriptor for `name`. Gives `v`
/// back when the general path must decide.
#[inline]
fn store_instance_attr(obj: &Value, code: &Code, i: usize, v: Value) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return Some(v);
    };
    let (Payload::None, Some(dict)) = (&inst.payload, inst.dict()) else {
        return Some(v);
    };
    let plain = {
        let class = inst.class.borrow();
        with_attr_info(code, i, &class, |e| {
            e.plain_set && !matches!(e.descr, Some(Value::Instance(_)))
        })
    };
    if !plain {
        return Some(v);
    }
    dict.set_strobj(code.names[i].clone(), v);
    None
}

/// Arithmetic on two small ints or two floats without leaving the eval loop;
/// `None` for everything else (overflow, division by zero, other types).
#[inline(always)]
fn fast_binary(a: &Value, b: &Value, op: weft_compiler::ast::BinOp) -> Option<Value> {
    use weft_compiler::ast::BinOp;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y)?,
                BinOp::Sub => x.checked_sub(y)?,
                BinOp::Mult => x.checked_mul(y)?,
                BinOp::Mod => {
                    if y <= 0 || x < 0 {
                        return None;
                    }
                    x % y
                }
                BinOp::FloorDiv => {
                    if y <= 0 || x < 0 {
                        return None;
                    }
                    x / y
                }
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                BinOp::BitXor => x ^ y,
                BinOp::RShift if (0..64).contains(&y) => x >> y,
                _ => return None,
            };
            Some(Value::Int(r))
        }
        (Value::Float(x), Value::Float(y)) => Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div if *y != 0.0 => x / y,
            _ => return None,
        })),
        _ => None,
    }
}

#[inline(always)]
fn int_compare(x: i64, y: i64, op: CmpOp) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::In | CmpOp::NotIn => return None,
    })
}

/// `<`, `<=`, ... on two floats (IEEE semantics, as Python's); `None` for
/// `is`, `in` and the like, which take the general path.
#[inline(always)]
fn float_compare(x: f64, y: f64, op: CmpOp) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn unbound_local(vm: &Vm, name: &StrObj) -> PyErr {
    vm.error(
        "UnboundLocalError",
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name.as_str()
        ),
    )
}

fn unbound_deref(vm: &Vm, code: &Code, i: usize) -> PyErr {
    let name = code.derefnames[i].as_str();
    if i < code.n_cells {
        vm.error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        vm.error(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

/// What `MakeFunction` found on the stack besides the code and closure.
struct FunctionExtras {
    kwdefaults: Value,
    defaults: Option<Value>,
    /// The annotations dict, or None when the function has none.
    annotations: Value,
}

fn make_function(
    frame: &Frame,
    code_v: Value,
    closure: Option<Value>,
    extras: FunctionExtras,
) -> Value {
    let FunctionExtras {
        kwdefaults,
        defaults,
        annotations,
    } = extras;
    let Value::Code(code) = code_v else {
        unreachable!("MakeFunction without code")
    };
    let closure: Box<[Rc<CellObj>]> = match closure {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|c| match c {
                Value::Cell(c) => Some(c.clone()),
                _ => None,
            })
            .collect(),
        _ => Box::new([]),
    };
    let defaults = match defaults {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let module = frame.globals.get_str("__name__").unwrap_or(Value::None);
    let doc = match &code.code.docstring {
        Some(d) => Value::str(d),
        None => Value::None,
    };
    let f = FunctionObj {
        name: std::cell::RefCell::new(Rc::new(StrObj::new(code.code.name.as_str()))),
        qualname: std::cell::RefCell::new(Rc::new(StrObj::new(code.code.qualname.as_str()))),
        code,
        globals: frame.globals.clone(),
        defaults: std::cell::RefCell::new(defaults),
        kwdefaults: std::cell::RefCell::new(kwdefaults),
        closure,
        dict: std::cell::RefCell::new(None),
        module: std::cell::RefCell::new(module),
        doc: std::cell::RefCell::new(doc),
        annotations: std::cell::RefCell::new(annotations),
    };
    Value::Function(Rc::new(f))
}

/// Calls `func` with the `n` arguments on top of the stack; below them is the
/// callable's own slot holding `func` (which the caller removes afterwards).
/// Leaves the stack as it found it minus the arguments.
#[inline]
pub fn call_from_stack(vm: &mut Vm, func: &Value, n: usize) -> PyResult {
    match func {
        Value::Function(f) => return call_function_from_stack(vm, f, n),
        // A bound Python method: `self` goes in as the first argument and the
        // function takes the callable's slot (see `FrameRef::Function`).
        Value::BoundMethod(m) if matches!(m.func, Value::Function(_)) => {
            let at = vm.stack.len() - n;
            vm.stack.insert(at, m.this.clone());
            vm.stack[at - 1] = m.func.clone();
            return call_from_stack(vm, &m.func, n + 1);
        }
        Value::Type(t) => {
            if let Some(init) = plain_class_init(t) {
                return instantiate_from_stack(vm, t, init, n);
            }
        }
        _ => {}
    }
    call_from_stack_general(vm, func, n)
}

/// [`call_from_stack`] for a Python function.
#[inline]
fn call_function_from_stack(vm: &mut Vm, f: &Rc<FunctionObj>, n: usize) -> PyResult {
    let code = &f.code;
    let c = &code.code;
    if c.kwonlyargcount == 0
        && c.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
    {
        let argc = c.argcount as usize;
        if argc == n || (n < argc && push_defaults(vm, f, n, argc)) {
            let base = vm.stack.len() - argc;
            if code.n_locals > argc {
                vm.stack.resize(base + code.n_locals, Value::Null);
            }
            return run_function_frame(vm, f, base);
        }
    }
    call_function_general(vm, f, n)
}

#[inline(never)]
fn call_function_general(vm: &mut Vm, f: &Rc<FunctionObj>, n: usize) -> PyResult {
    call_from_stack_general(vm, &Value::Function(f.clone()), n)
}

/// For a user class whose instances are plain objects made by
/// `object.__new__` (no metaclass), its `__init__` when that is a Python function.
#[inline]
fn plain_class_init(t: &Rc<crate::object::TypeObj>) -> Option<Value> {
    if t.builtin || t.layout != crate::object::Layout::Object || t.metaclass.borrow().is_some() {
        return None;
    }
    let init = t.lookup_static("__init__")?;
    if !matches!(init, Value::Function(_)) {
        return None;
    }
    match t.lookup_static("__new__") {
        Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == "object" => Some(init),
        _ => None,
    }
}

/// `cls(args...)` with the arguments on the stack, for a class accepted by
/// [`plain_class_init`]: the new instance becomes `__init__`'s first argument.
#[inline(never)]
fn instantiate_from_stack(
    vm: &mut Vm,
    t: &Rc<crate::object::TypeObj>,
    init: Value,
    n: usize,
) -> PyResult {
    let obj = vm.new_instance(t, &Args::default())?;
    let at = vm.stack.len() - n;
    vm.stack.insert(at, obj.clone());
    vm.stack[at - 1] = init.clone();
    let r = call_from_stack(vm, &init, n + 1)?;
    if !r.is_none() {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(obj)
}

/// Pushes the defaults of parameters `n..argc` when `f` has them all.
#[inline(never)]
fn push_defaults(vm: &mut Vm, f: &FunctionObj, n: usize, argc: usize) -> bool {
    let defaults = f.defaults.borrow();
    // The defaults belong to the last parameters (all of them, if there are
    // more defaults than parameters, as `__defaults__` can be set to).
    let nd = defaults.len();
    if n + nd < argc {
        return false;
    }
    for i in n..argc {
        vm.stack.push(defaults[i + nd - argc].clone());
    }
    true
}

/// [`call_from_stack`] for every other callable and argument shape.
#[inline(never)]
fn call_from_stack_general(vm: &mut Vm, func: &Value, n: usize) -> PyResult {
    let start = vm.stack.len() - n;
    let mut pos = smallvec::SmallVec::with_capacity(n);
    for slot in &mut vm.stack[start..] {
        pos.push(std::mem::take(slot));
    }
    vm.stack.truncate(start);
    let args = Args {
        pos,
        kw: Vec::new(),
    };
    vm.call(func, args)
}

/// Runs `f`'s code with its locals already in place at `stack[base..]`; truncates the stack to `base`.
pub fn run_function_frame(vm: &mut Vm, f: &Rc<FunctionObj>, base: usize) -> PyResult {
    if vm.depth >= vm.rt.recursion_limit.get() || vm.stack_exhausted() {
        vm.stack.truncate(base);
        return Err(vm.error("RecursionError", "maximum recursion depth exceeded"));
    }
    let cells = if f.code.n_cells == 0 && f.closure.is_empty() {
        Vec::new()
    } else {
        make_cells(f, &vm.stack[base..])
    };
    let mut frame = Frame {
        code: &f.code,
        globals: &f.globals,
        locals: None,
        mapping: None,
        base,
        ip: 0,
        blocks: Vec::new(),
        cells,
        reraising: false,
    };
    vm.depth += 1;
    if vm.interp.gil.breaker_set() {
        if let Err(e) = vm.handle_eval_breaker() {
            vm.depth -= 1;
            vm.stack.truncate(base);
            return Err(e);
        }
    }
    vm.frames.push(FrameRef::Function { base, ip: 0 });
    // `run_frame`'s loop is only needed once the body raises.
    let r = match execute(vm, &mut frame) {
        Ok(exit) => Ok(exit),
        Err(e) => run_frame(vm, &mut frame, Some(e)),
    };
    // A function frame's record holds no references: only other kinds need a drop.
    let top = vm.frames.pop();
    if matches!(top, Some(FrameRef::Function { .. })) {
        std::mem::forget(top);
    } else {
        drop_cold(top);
    }
    vm.depth -= 1;
    vm.stack.truncate(base);
    // Most frames end with no blocks and no cells ever allocated (`locals` is
    // always None here), so there is nothing to free.
    debug_assert!(frame.locals.is_none());
    if frame.blocks.capacity() == 0 && frame.cells.capacity() == 0 {
        std::mem::forget(frame);
    } else {
        drop_cold(frame);
    }
    match r {
        Ok(FrameExit::Return(v)) => Ok(v),
        Ok(FrameExit::Yield(_)) => Err(vm.runtime_error("yield from a non-generator frame")),
        Err(e) => Err(e),
    }
}

/// Drops `v` out of line, keeping the drop glue off the call fast path.
#[cold]
#[inline(never)]
fn drop_cold<T>(v: T) {
    drop(v);
}

/// The frame's cells: fresh ones for `cellvars` (parameters copied in from
/// `locals`, the frame's fast-local slots), then the closure's.
#[inline(never)]
fn make_cells(f: &FunctionObj, locals: &[Value]) -> Vec<Rc<CellObj>> {
    let code = &f.code;
    if code.n_cells == 0 && f.closure.is_empty() {
        return Vec::new();
    }
    let mut cells: Vec<Rc<CellObj>> = (0..code.n_cells)
        .map(|_| Rc::new(CellObj::new(Value::Null)))
        .collect();
    for &(cell, arg) in &code.code.cell_params {
        *cells[cell as usize].value.borrow_mut() = locals[arg as usize].clone();
    }
    cells.extend(f.closure.iter().cloned());
    cells
}

/// Calls a Python function with general arguments.
pub fn call_function(vm: &mut Vm, f: &Rc<FunctionObj>, args: Args) -> PyResult {
    // The function goes in the slot below its frame (see `FrameRef::Function`).
    vm.stack.push(Value::Function(f.clone()));
    let base = vm.stack.len();
    if let Err(e) = crate::call::bind_args(vm, f, args, base) {
        vm.stack.truncate(base - 1);
        return Err(e);
    }
    if f.code.flags() & flags::GENERATOR != 0 {
        let values = vm.stack.split_off(base);
        vm.stack.pop();
        let cells = make_cells(f, &values);
        let frame = SuspendedFrame {
            code: f.code.clone(),
            globals: f.globals.clone(),
            ip: 0,
            values,
            blocks: Vec::new(),
            cells,
            handled: Value::None,
        };
        return Ok(Value::Generator(Rc::new(GeneratorObj {
            frame: std::cell::RefCell::new(Some(frame)),
            state: std::cell::Cell::new(GenState::Created),
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
        })));
    }
    let r = run_function_frame(vm, f, base);
    vm.stack.pop();
    r
}

/// Resumes a generator: pushes `sent` (or raises `throw` inside it) and runs to the next yield.
pub fn resume_generator(
    vm: &mut Vm,
    gen: &GeneratorObj,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<FrameExit> {
    let Some(saved) = gen.frame.borrow_mut().take() else {
        return Err(vm.value_error("generator already executing"));
    };
    if vm.depth >= vm.rt.recursion_limit.get() || vm.stack_exhausted() {
        *gen.frame.borrow_mut() = Some(saved);
        return Err(vm.error("RecursionError", "maximum recursion depth exceeded"));
    }
    let first = gen.state.get() == GenState::Created;
    gen.state.set(GenState::Running);
    let base = vm.stack.len();
    let SuspendedFrame {
        code,
        globals,
        ip,
        values,
        blocks,
        cells,
        handled,
    } = saved;
    vm.stack.extend(values);
    if !first {
        vm.stack.push(sent);
    }
    let outer_handled = std::mem::replace(&mut vm.handled, handled);
    let mut frame = Frame {
        code: &code,
        globals: &globals,
        locals: None,
        mapping: None,
        base,
        ip,
        blocks,
        cells,
        reraising: false,
    };
    vm.depth += 1;
    let class_cell = if code.code.freevars.is_empty() {
        None
    } else {
        code.code
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .and_then(|i| frame.cells.get(code.n_cells + i).cloned())
    };
    vm.frames.push(FrameRef::Namespace {
        globals: globals.clone(),
        locals: None,
        code: code.clone(),
        base,
        class_cell,
        ip: ip as u32,
    });
    let r = run_frame(vm, &mut frame, throw);
    vm.frames.pop();
    vm.depth -= 1;
    let inner_handled = std::mem::replace(&mut vm.handled, outer_handled);
    match r {
        Ok(FrameExit::Yield(v)) => {
            let values = vm.stack.split_off(base);
            let (ip, blocks, cells) = (frame.ip, frame.blocks, frame.cells);
            *gen.frame.borrow_mut() = Some(SuspendedFrame {
                code,
                globals,
                ip,
                values,
                blocks,
                cells,
                handled: inner_handled,
            });
            gen.state.set(GenState::Suspended);
            Ok(FrameExit::Yield(v))
        }
        other => {
            vm.stack.truncate(base);
            gen.state.set(GenState::Finished);
            other
        }
    }
}

/// `mapping[name]` for a name lookup in a class body with a custom namespace:
/// None when the mapping raises KeyError (the lookup goes on to the globals).
fn mapping_get(
    vm: &mut Vm,
    mapping: &Value,
    name: &Rc<crate::value::StrObj>,
) -> PyResult<Option<Value>> {
    match vm.get_item(mapping, &Value::Str(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of(&vm.exc_type("KeyError")) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Runs a module or class body with a name-based namespace.
pub fn run_code_with_locals(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<DictObj>,
    locals: Option<Rc<DictObj>>,
    closure: &[Rc<CellObj>],
) -> PyResult {
    run_namespace_code(vm, code, globals, locals, None, closure)
}

/// Runs a class body whose namespace is `mapping` (what a metaclass's
/// `__prepare__` returned, when that is not an exact dict).
pub fn run_code_with_mapping(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<DictObj>,
    mapping: Value,
    closure: &[Rc<CellObj>],
) -> PyResult {
    run_namespace_code(vm, code, globals, None, Some(mapping), closure)
}

fn run_namespace_code(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<DictObj>,
    locals: Option<Rc<DictObj>>,
    mapping: Option<Value>,
    closure: &[Rc<CellObj>],
) -> PyResult {
    let base = vm.stack.len();
    vm.stack.resize(base + code.n_locals, Value::Null);
    let mut cells: Vec<Rc<CellObj>> = (0..code.n_cells)
        .map(|_| Rc::new(CellObj::new(Value::Null)))
        .collect();
    cells.extend(closure.iter().cloned());
    // `locals()` in a body run with a dict subclass sees the dict underneath.
    let shown = match (&locals, &mapping) {
        (None, Some(m)) => match crate::ops::unwrap_builtin(m) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => locals.clone(),
    };
    vm.frames.push(FrameRef::Namespace {
        globals: globals.clone(),
        locals: shown,
        code: code.clone(),
        base,
        class_cell: None,
        ip: 0,
    });
    let mut frame = Frame {
        code: &code,
        globals: &globals,
        locals,
        mapping,
        base,
        ip: 0,
        blocks: Vec::new(),
        cells,
        reraising: false,
    };
    vm.depth += 1;
    let r = run_frame(vm, &mut frame, None);
    vm.depth -= 1;
    vm.frames.pop();
    vm.stack.truncate(base);
    match r {
        Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => Ok(v),
        Err(e) => Err(e),
    }
}
