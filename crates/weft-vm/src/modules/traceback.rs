//! `_traceback`: what the pure-weft `traceback` module needs from the VM.
//!
//! The frames recorded in a traceback object, with their positions; source lines as weft's own traceback printer finds them; the
//! caret line it draws under a frame's line; and the last line(s) of an
//! uncaught exception's report. `traceback.py` builds FrameSummary,
//! StackSummary and TracebackException on these, so that what it formats is
//! byte for byte what weft prints for an uncaught exception.
//!
//! Columns go out as CPython has them, as UTF-8 byte offsets into the line
//! (weft keeps character offsets), and come back the same way.

use std::rc::Rc;

use crate::function::{Args, Code};
use crate::module::ModuleObj;
use crate::modules::new_module;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    Ok(new_module(
        vm,
        "_traceback",
        &[
            ("tb_entries", tb_entries),
            ("source_line", source_line),
            ("carets", carets),
            ("exception_only", exception_only),
        ],
    ))
}

/// The byte offset of character column `col` in `line` (`col` itself when
/// the line is not known or is shorter).
fn char_to_byte(line: Option<&str>, col: u32) -> u32 {
    match line {
        Some(l) => match l.char_indices().nth(col as usize) {
            Some((b, _)) => b as u32,
            None if l.chars().count() == col as usize => l.len() as u32,
            None => col,
        },
        None => col,
    }
}

/// The character column at byte offset `byte` of `line`.
fn byte_to_char(line: &str, byte: u32) -> u32 {
    let byte = byte as usize;
    line.char_indices().take_while(|(b, _)| *b < byte).count() as u32
}

/// `(filename, lineno, end_lineno, colno, end_colno, name)` for one frame.
fn entry_tuple(
    vm: &Vm,
    code: &Rc<Code>,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
) -> Value {
    let int_or_none = |n: u32, known: bool| {
        if known {
            Value::Int(n as i64)
        } else {
            Value::None
        }
    };
    let known = line != 0 && end_line != 0;
    let first = vm.source_line(&code.filename, line);
    let last = if end_line == line {
        first.clone()
    } else {
        vm.source_line(&code.filename, end_line)
    };
    Value::tuple(vec![
        Value::str(&code.filename),
        int_or_none(line, line != 0),
        int_or_none(end_line, known),
        int_or_none(char_to_byte(first.as_deref(), col), known),
        int_or_none(char_to_byte(last.as_deref(), end_col), known),
        Value::str(&code.code.name),
    ])
}

/// `tb_entries(tb)`: the frames of a traceback object, outermost first.
fn tb_entries(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("tb_entries", &args, 1, 1)?;
    let Some(entries) = crate::traceback::entries(&args.pos[0]) else {
        return Err(vm.type_error("tb_entries() expects a traceback object"));
    };
    let items = entries
        .iter()
        .rev()
        .map(|e| entry_tuple(vm, &e.code, e.line, e.col, e.end_line, e.end_col))
        .collect();
    Ok(Value::list(items))
}

/// `source_line(filename, lineno)`: the line as weft's traceback printer
/// shows it (unstripped), or None when weft does not have the source.
fn source_line(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("source_line", &args, 2, 2)?;
    let (Some(file), Value::Int(n)) = (args.pos[0].as_str(), &args.pos[1]) else {
        return Ok(Value::None);
    };
    if *n <= 0 || *n > u32::MAX as i64 {
        return Ok(Value::None);
    }
    Ok(vm
        .source_line(file, *n as u32)
        .map_or(Value::None, Value::string))
}

fn as_u32(v: &Value) -> Option<u32> {
    match v {
        Value::Int(n) if *n >= 0 && *n <= u32::MAX as i64 => Some(*n as u32),
        _ => None,
    }
}

/// `carets(line, lineno, end_lineno, colno, end_colno)`: the marker line
/// (`    ~~~^^^~~`, with its newline) weft prints under `line`, or None.
fn carets(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("carets", &args, 5, 5)?;
    let Some(line) = args.pos[0].as_str() else {
        return Ok(Value::None);
    };
    let nums: Option<Vec<u32>> = args.pos[1..].iter().map(as_u32).collect();
    let Some(nums) = nums else {
        return Ok(Value::None);
    };
    let (lineno, end_line, col, end_col) = (nums[0], nums[1], nums[2], nums[3]);
    let col = byte_to_char(line, col);
    // The end column only counts on the same line (see caret_line).
    let end_col = if end_line == lineno {
        byte_to_char(line, end_col)
    } else {
        end_col
    };
    Ok(crate::exc::caret_line(line, lineno, end_line, col, end_col)
        .map_or(Value::None, Value::string))
}

/// `exception_only(exc)`: `ValueError: message` and what follows it (notes,
/// a SyntaxError's location), as an uncaught exception's report ends.
fn exception_only(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("exception_only", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Instance(i) if i.exc().is_some() => {
            let text = vm.format_exception_only(&PyErr(i.clone()));
            Ok(Value::string(text))
        }
        _ => Err(vm.type_error("exception_only() expects an exception")),
    }
}
