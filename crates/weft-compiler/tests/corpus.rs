//! Every program of `fixtures/cases.txt` compiled by weft and compared with what
//! CPython 3.11 computed for it (`fixtures/cases.expected`): the symbol table
//! (every name's scope in every block), the shape of every code object (names,
//! qualified names, first lines, argument counts, flags, varnames, cells and free
//! variables), and compile-time errors (message and location).

mod common;

use std::rc::Rc;

use weft_compiler::bytecode::{CodeObject, Constant};
use weft_compiler::symtable::{BlockType, Scope, SymbolTable};
use weft_compiler::{compile, CompileMode};

fn code_lines(co: &CodeObject, out: &mut Vec<String>) {
    let mut cells = co.cellvars.clone();
    cells.sort();
    out.push(format!(
        "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        co.qualname,
        co.first_line,
        co.name,
        co.argcount,
        co.posonlyargcount,
        co.kwonlyargcount,
        co.flags,
        co.varnames.join(","),
        cells.join(","),
        co.freevars.join(",")
    ));
    for c in &co.constants {
        if let Constant::Code(inner) = c {
            code_lines(inner, out);
        }
    }
}

fn sym_lines(st: &SymbolTable) -> Vec<String> {
    st.entries
        .iter()
        .map(|e| {
            let typ = match e.typ {
                BlockType::Module => "module",
                BlockType::Class => "class",
                BlockType::Function => "function",
            };
            let line = if e.typ == BlockType::Module {
                0
            } else {
                e.loc.line
            };
            let mut names: Vec<&String> = e.symbols.iter().map(|(n, _)| n).collect();
            names.sort();
            let items: Vec<String> = names
                .iter()
                .map(|n| {
                    let s = match e.scope(n) {
                        Scope::Unknown => 0,
                        Scope::Local => 1,
                        Scope::GlobalExplicit => 2,
                        Scope::GlobalImplicit => 3,
                        Scope::Free => 4,
                        Scope::Cell => 5,
                    };
                    format!("{n}:{s}")
                })
                .collect();
            format!("{typ}|{}|{line}|{}", e.name, items.join(","))
        })
        .collect()
}

#[test]
fn corpus_matches_cpython() {
    check_corpus(false);
}

/// The same corpus, parsed by weft's own parser instead of CPython's AST dump.
#[test]
fn corpus_via_weft_parser_matches_cpython() {
    check_corpus(true);
}

fn check_corpus(use_parser: bool) {
    let mut failures = Vec::new();
    for mut case in common::cases() {
        let result = if use_parser {
            // The parser reports some errors itself (duplicate arguments, repeated
            // keywords, starred targets); they must match CPython's all the same.
            weft_syntax::parse_module(&case.source).and_then(|m| {
                case.module = m;
                compile(&case.module, "case.py", &case.source, CompileMode::Module)
            })
        } else {
            compile(&case.module, "case.py", &case.source, CompileMode::Module)
        };
        match (&case.error, result) {
            (Some((msg, line, col, end_col)), Err(e)) => {
                // CPython's end_offset refers to the end line; weft's SyntaxError has no end
                // line and extends a multi-line span to the end of the first line instead.
                let line_len = case
                    .source
                    .lines()
                    .nth(*line as usize - 1)
                    .map_or(0, |l| l.chars().count() as u32);
                let end_ok = e.end_col == *end_col || e.end_col == line_len + 1;
                if &e.msg != msg || e.line != *line || e.col != *col || !end_ok {
                    failures.push(format!(
                        "{}: error mismatch: got {:?} at {}:{}-{}, CPython {:?} at {}:{}-{}",
                        case.name, e.msg, e.line, e.col, e.end_col, msg, line, col, end_col
                    ));
                }
            }
            (Some((msg, ..)), Ok(_)) => failures.push(format!(
                "{}: expected error {msg:?}, compiled fine",
                case.name
            )),
            (None, Err(e)) => failures.push(format!("{}: unexpected error {e:?}", case.name)),
            (None, Ok(code)) => {
                let mut ours = Vec::new();
                code_lines(&code, &mut ours);
                let mut theirs = case.codes.clone();
                ours.sort();
                theirs.sort();
                if ours != theirs {
                    failures.push(format!(
                        "{}: code objects differ\n  only weft:    {:?}\n  only CPython: {:?}",
                        case.name,
                        ours.iter()
                            .filter(|l| !theirs.contains(l))
                            .collect::<Vec<_>>(),
                        theirs
                            .iter()
                            .filter(|l| !ours.contains(l))
                            .collect::<Vec<_>>()
                    ));
                }
                let st = SymbolTable::build(&case.module.body).unwrap();
                let mut ours = sym_lines(&st);
                let mut theirs = case.syms.clone();
                ours.sort();
                theirs.sort();
                if ours != theirs {
                    failures.push(format!(
                        "{}: symbol tables differ\n  only weft:    {:?}\n  only CPython: {:?}",
                        case.name,
                        ours.iter()
                            .filter(|l| !theirs.contains(l))
                            .collect::<Vec<_>>(),
                        theirs
                            .iter()
                            .filter(|l| !ours.contains(l))
                            .collect::<Vec<_>>()
                    ));
                }
                check_invariants(&code);
                if let Err(e) = weft_compiler::verify::verify_all(&code) {
                    failures.push(format!("{}: {e}", case.name));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Structural invariants the VM relies on.
fn check_invariants(co: &Rc<CodeObject>) {
    use weft_compiler::Instr::*;
    assert_eq!(co.instructions.len(), co.locations.len(), "{}", co.qualname);
    let n = co.instructions.len() as u32;
    let nderef = (co.cellvars.len() + co.freevars.len()) as u32;
    for i in &co.instructions {
        match *i {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | SetupExcept(t) => {
                assert!(t < n, "{}: jump out of range in\n{co}", co.qualname)
            }
            LoadConst(k) => assert!((k as usize) < co.constants.len()),
            LoadFast(k) | StoreFast(k) | DeleteFast(k) => assert!((k as usize) < co.varnames.len()),
            LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => {
                assert!(k < nderef, "{}: deref out of range", co.qualname)
            }
            LoadGlobal(k) | StoreGlobal(k) | DeleteGlobal(k) | LoadName(k) | StoreName(k)
            | DeleteName(k) | LoadAttr(k) | StoreAttr(k) | DeleteAttr(k) | LoadMethod(k)
            | ImportName(k) | ImportFrom(k) => {
                assert!((k as usize) < co.names.len())
            }
            _ => {}
        }
    }
    for c in &co.constants {
        if let Constant::Code(inner) = c {
            check_invariants(inner);
        }
    }
}
