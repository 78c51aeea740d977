//! Frame objects: what `sys._getframe()` returns.
//!
//! weft's executing frames live on the native stack (see `frame.rs`), so a
//! frame object cannot be a live view of one. It is a snapshot, taken when
//! `sys._getframe` is called, of the chain from the requested frame outward:
//! each entry's code, globals, locals and current line (the eval loop records
//! where a frame is before every call it makes, see `FrameRef::ip`).
//! `f_back` walks the same snapshot. That is what the callers of
//! `sys._getframe` in practice want — the caller's module (`f_globals`), its
//! file and line (`warnings`), its function name (`f_code.co_name`) — and it
//! costs the eval loop nothing but that one store per call.

use std::rc::Rc;

use crate::dict::DictObj;
use crate::function::{Args, Code, NativeFn};
use crate::modules::{native_data, native_instance, native_property};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// One frame of a snapshot.
struct Entry {
    code: Rc<Code>,
    globals: Rc<DictObj>,
    locals: Rc<DictObj>,
    line: u32,
}

/// The payload of a frame object: the chain (innermost first) and which entry this is.
struct Snapshot {
    chain: Rc<[Entry]>,
    index: usize,
}

/// Adds the attributes of the frame type.
pub fn init(vm: &mut Vm) {
    let t = vm.rt.types.frame.clone();
    t.dict.set_str("__module__", Value::str("builtins"));
    crate::modules::make_final(&t);
    let getters: [(&'static str, NativeFn); 7] = [
        ("f_back", f_back),
        ("f_code", f_code),
        ("f_globals", f_globals),
        ("f_locals", f_locals),
        ("f_lineno", f_lineno),
        ("f_builtins", f_builtins),
        ("f_trace", |_, _| Ok(Value::None)),
    ];
    for (name, getter) in getters {
        t.dict.set_str(name, native_property(vm, name, getter));
    }
    vm.add_method(&t, "__repr__", frame_repr);
}

/// `sys._getframe(depth=0)`.
pub fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    // A negative depth means the innermost frame, as in CPython.
    let depth = depth.max(0) as usize;
    match snapshot(vm, depth) {
        Some(v) => Ok(v),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

/// A frame object for the frame `depth` calls out from the innermost Python
/// frame, or None when the stack is not that deep.
pub fn snapshot(vm: &Vm, depth: usize) -> Option<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return None;
    }
    let mut chain = Vec::with_capacity(n - depth);
    for d in depth..n {
        let Some((globals, locals, code, base)) = vm.frame_info_at(d) else {
            continue;
        };
        let ip = vm.frames[n - 1 - d].ip() as usize;
        let line = code
            .code
            .locations
            .get(ip.saturating_sub(1))
            .map_or(code.code.first_line, |l| l.line);
        let locals = match locals {
            Some(l) => l,
            None if code.flags() & weft_compiler::bytecode::flags::OPTIMIZED == 0 => {
                globals.clone()
            }
            None => {
                let dict = DictObj::new();
                for (i, name) in code.varnames.iter().enumerate() {
                    if let Some(v) = vm.stack.get(base + i) {
                        if !v.is_null() {
                            dict.set_strobj(name.clone(), v.clone());
                        }
                    }
                }
                Rc::new(dict)
            }
        };
        chain.push(Entry {
            code,
            globals,
            locals,
            line,
        });
    }
    if chain.is_empty() {
        return None;
    }
    Some(native_instance(
        &vm.rt.types.frame,
        Snapshot {
            chain: chain.into(),
            index: 0,
        },
    ))
}

/// The snapshot and index of `self`.
fn this(vm: &Vm, args: &Args, what: &str) -> PyResult<(Rc<[Entry]>, usize)> {
    args.pos
        .first()
        .and_then(|v| native_data::<Snapshot>(v).map(|s| (s.chain.clone(), s.index)))
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{what}' for 'frame' objects doesn't apply to this object"
            ))
        })
}

fn f_back(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "f_back")?;
    if index + 1 >= chain.len() {
        return Ok(Value::None);
    }
    Ok(native_instance(
        &vm.rt.types.frame,
        Snapshot {
            chain,
            index: index + 1,
        },
    ))
}

fn f_code(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "f_code")?;
    Ok(Value::Code(chain[index].code.clone()))
}

fn f_globals(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "f_globals")?;
    Ok(Value::Dict(chain[index].globals.clone()))
}

fn f_locals(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "f_locals")?;
    Ok(Value::Dict(chain[index].locals.clone()))
}

fn f_lineno(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "f_lineno")?;
    Ok(Value::Int(chain[index].line as i64))
}

fn f_builtins(vm: &mut Vm, args: Args) -> PyResult {
    this(vm, &args, "f_builtins")?;
    Ok(Value::Dict(vm.rt.builtins.clone()))
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (chain, index) = this(vm, &args, "__repr__")?;
    let e = &chain[index];
    let file = vm.repr_string(&Value::str(&e.code.filename))?;
    Ok(Value::string(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        args.pos[0].id(),
        file,
        e.line,
        e.code.code.name
    )))
}
