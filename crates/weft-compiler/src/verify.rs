//! A static checker for compiled code: follows every path through a code object
//! (including the jumps into exception handlers that `SetupExcept` implies) and
//! checks that the value stack and the block stack agree wherever paths meet,
//! never underflow, and are balanced at `ReturnValue` (exactly the returned
//! value on the stack, no blocks left). The compiler's tests run it on every
//! code object they produce; the VM may use [`max_stack_depth`] to size frames.

use crate::bytecode::{CodeObject, Constant, Instr};

/// The kind of a runtime block, as the VM's block stack holds them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    /// Pushed by `SetupExcept`: (handler, protected depth).
    Except(u32, u32),
    /// Pushed by the VM on entry to a handler: (depth below the exception).
    HandlerActive(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: u32,
    blocks: Vec<Block>,
}

/// Net stack effect of the instructions with a fixed effect, and how many items
/// they need on the stack.
fn effect(i: Instr) -> (i64, u32) {
    use Instr::*;
    match i {
        Nop | Jump(_) | PopBlock | PopExcept => (0, 0),
        Pop => (-1, 1),
        Copy(n) => (1, n),
        Swap(n) => (0, n),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) | LoadAssertionError | LoadBuildClass => (1, 0),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => (-1, 1),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => (0, 0),
        LoadAttr(_) | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot | GetIter
        | ListToTuple | GetYieldFromIter | YieldValue => (0, 1),
        StoreAttr(_) => (-2, 2),
        DeleteAttr(_) => (-1, 1),
        LoadMethod(_) => (1, 1),
        CallMethod(n) => (-(n as i64) - 1, n + 2),
        BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_) => (-1, 2),
        StoreSubscr => (-3, 3),
        DeleteSubscr => (-2, 2),
        BuildSlice(n) => (1 - n as i64, n),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => (-1, 1),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => (1 - n as i64, n),
        BuildMap(n) => (1 - 2 * n as i64, 2 * n),
        ListAppend(n) | SetAdd(n) | ListExtend(n) | CallArgsExtend(n) | SetUpdate(n)
        | DictUpdate(n) | DictMerge(n) => (-1, n + 1),
        MapAdd(n) => (-2, n + 2),
        FormatValue { has_spec, .. } => (-i64::from(has_spec), 1 + u32::from(has_spec)),
        UnpackSequence(n) => (n as i64 - 1, 1),
        UnpackEx { before, after } => (before as i64 + after as i64, 1),
        MakeFunction(f) => (-(f.count_ones() as i64), f.count_ones() + 1),
        Call(n) => (-(n as i64), n + 1),
        CallKw(n) => (-(n as i64) - 1, n + 2),
        CallEx(k) => (-1 - k as i64, 2 + k),
        YieldFrom => (-1, 2),
        CheckExcMatch => (0, 2),
        BeforeWith => (1, 1),
        ExitWith => (-1, 1),
        WithExceptStart => (1, 2),
        ImportName(_) => (-1, 2),
        ImportFrom(_) => (1, 1),
        ImportStar | PrintExpr => (-1, 1),
        // Handled by the caller.
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) | ForIter(_) | ReturnValue | SetupExcept(_)
        | Reraise | Raise(_) => (0, 0),
    }
}

/// Check one code object (not its nested ones); returns the maximum stack depth.
pub fn verify(code: &CodeObject) -> Result<u32, String> {
    let n = code.instructions.len();
    if code.locations.len() != n {
        return Err(format!(
            "{}: {} locations for {} instructions",
            code.qualname,
            code.locations.len(),
            n
        ));
    }
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work: Vec<usize> = vec![0];
    states[0] = Some(State {
        depth: 0,
        blocks: vec![],
    });
    let mut max = 0;
    let fail = |at: usize, msg: String| {
        Err(format!(
            "{} at {at} ({:?}): {msg}",
            code.qualname, code.instructions[at]
        ))
    };
    while let Some(at) = work.pop() {
        let st = states[at].clone().unwrap();
        max = max.max(st.depth);
        let ins = code.instructions[at];
        let mut succ: Vec<(usize, State)> = Vec::new();
        let need = |k: u32| st.depth >= k;
        match ins {
            Instr::ReturnValue => {
                if st.depth != 1 || !st.blocks.is_empty() {
                    return fail(
                        at,
                        format!(
                            "unbalanced return: depth {} blocks {:?}",
                            st.depth, st.blocks
                        ),
                    );
                }
            }
            Instr::Reraise | Instr::Raise(_) => {
                let k = match ins {
                    Instr::Raise(k) => k,
                    _ => 1,
                };
                if !need(k) {
                    return fail(at, "stack underflow".into());
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                if !need(1) {
                    return fail(at, "stack underflow".into());
                }
                succ.push((t as usize, st.clone()));
                succ.push((
                    at + 1,
                    State {
                        depth: st.depth - 1,
                        ..st.clone()
                    },
                ));
            }
            Instr::ForIter(t) => {
                if !need(1) {
                    return fail(at, "stack underflow".into());
                }
                succ.push((
                    t as usize,
                    State {
                        depth: st.depth - 1,
                        ..st.clone()
                    },
                ));
                succ.push((
                    at + 1,
                    State {
                        depth: st.depth + 1,
                        ..st.clone()
                    },
                ));
            }
            Instr::SetupExcept(h) => {
                let mut body = st.clone();
                body.blocks.push(Block::Except(h, st.depth));
                succ.push((at + 1, body));
                let mut handler = st.clone();
                handler.blocks.push(Block::HandlerActive(st.depth));
                handler.depth += 1;
                succ.push((h as usize, handler));
            }
            Instr::PopBlock => {
                let mut s = st.clone();
                match s.blocks.pop() {
                    Some(Block::Except(..)) => {}
                    other => return fail(at, format!("PopBlock on {other:?}")),
                }
                succ.push((at + 1, s));
            }
            Instr::PopExcept => {
                let mut s = st.clone();
                match s.blocks.pop() {
                    Some(Block::HandlerActive(_)) => {}
                    other => return fail(at, format!("PopExcept on {other:?}")),
                }
                succ.push((at + 1, s));
            }
            _ => {
                let (delta, needs) = effect(ins);
                if !need(needs) {
                    return fail(
                        at,
                        format!("stack underflow (depth {}, needs {needs})", st.depth),
                    );
                }
                let s = State {
                    depth: (st.depth as i64 + delta) as u32,
                    ..st.clone()
                };
                match ins {
                    Instr::Jump(t) => succ.push((t as usize, s)),
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        succ.push((t as usize, s.clone()));
                        succ.push((at + 1, s));
                    }
                    _ => succ.push((at + 1, s)),
                }
            }
        }
        for (t, s) in succ {
            if t >= n {
                return fail(at, format!("jump or fall-through to {t}, past the end"));
            }
            match &states[t] {
                None => {
                    states[t] = Some(s);
                    work.push(t);
                }
                Some(old) if *old != s => {
                    return fail(
                        at,
                        format!("paths meet at {t} with different states: {old:?} vs {s:?}"),
                    );
                }
                Some(_) => {}
            }
        }
    }
    Ok(max)
}

/// Check a code object and every code object nested in its constants.
pub fn verify_all(code: &CodeObject) -> Result<(), String> {
    verify(code).map_err(|e| format!("{e}\n{code}"))?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            verify_all(inner)?;
        }
    }
    Ok(())
}

/// The largest value-stack depth any path through `code` reaches (CPython's `co_stacksize`).
pub fn max_stack_depth(code: &CodeObject) -> u32 {
    verify(code).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Instr::*;
    use weft_syntax::ast::Loc;

    fn code(instrs: Vec<Instr>) -> CodeObject {
        CodeObject {
            name: "t".into(),
            qualname: "t".into(),
            filename: "t.py".into(),
            first_line: 1,
            locations: vec![Loc::default(); instrs.len()],
            instructions: instrs,
            constants: vec![Constant::None],
            names: vec![],
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell_params: vec![],
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        }
    }

    #[test]
    fn accepts_balanced_code() {
        let c = code(vec![
            SetupExcept(4),
            LoadConst(0),
            Pop,
            PopBlock,
            LoadConst(0),
            ReturnValue,
        ]);
        // Handler at 4: [exc] + HandlerActive; LoadConst → 2 items; return not balanced → error.
        assert!(verify(&c).is_err());
        let c = code(vec![
            SetupExcept(5),
            LoadConst(0),
            Pop,
            PopBlock,
            Jump(7),
            PopExcept,
            Pop,
            LoadConst(0),
            ReturnValue,
        ]);
        assert_eq!(verify(&c), Ok(1));
    }

    #[test]
    fn rejects_mismatched_joins_and_underflow() {
        let c = code(vec![
            LoadConst(0),
            PopJumpIfFalse(3),
            LoadConst(0),
            LoadConst(0),
            ReturnValue,
        ]);
        assert!(verify(&c).unwrap_err().contains("different states"));
        let c = code(vec![Pop, LoadConst(0), ReturnValue]);
        assert!(verify(&c).unwrap_err().contains("underflow"));
        let c = code(vec![LoadConst(0), PopExcept, ReturnValue]);
        assert!(verify(&c).unwrap_err().contains("PopExcept"));
    }
}
