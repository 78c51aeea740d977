//! weft's compiler: AST → code objects.
//!
//! Two passes, as in CPython: a symbol-table pass ([`symtable`], a transcription
//! of CPython 3.11's `symtable.c`) that decides for every name in every scope
//! whether it is local, global (explicit or implicit), nonlocal, cell or free;
//! then code generation (`codegen`, following `compile.c` construct by
//! construct) into [`bytecode::CodeObject`]s. [`verify`] checks the result's
//! stack discipline (the tests run it on every code object they produce).
//!
//! ```ignore
//! let module = weft_syntax::parse_module(&source)?;
//! let code = weft_compiler::compile(&module, "prog.py", &source, CompileMode::Module)?;
//! ```
//!
//! ## Tested against CPython
//! `tests/fixtures/cases.txt` holds programs; `tests/fixtures/gen.py` (run with
//! CPython 3.11) records their AST, symbol tables, code-object shapes (names,
//! qualified names, first lines, flags, argument counts, varnames, cells, free
//! variables) and compile errors; `tests/corpus.rs` compiles each program, from
//! CPython's AST and from weft's own parser, and compares.
//!
//! ## Where weft knowingly differs from CPython
//! * `with`: the `as` target is stored before the protected region starts, so
//!   an exception while storing it does not reach `__exit__` (see the bytecode
//!   docs for why).
//! * Module and class bodies with annotations start with a fresh
//!   `__annotations__` dict (CPython's SETUP_ANNOTATIONS keeps an existing one,
//!   which only matters across REPL entries).
//! * Expressions nested deeper than [`symtable::MAX_EXPR_DEPTH`] are reported as
//!   a `SyntaxError` with CPython's message, where CPython raises RecursionError.
//! * Imaginary literals (`2j`) compile to a call of `complex(0.0, 2.0)`, there
//!   being no complex constant.
//! * No SyntaxWarnings (`"is" with a literal`, always-true asserts).

pub mod bytecode;
mod codegen;
pub mod symtable;
mod unparse;
pub mod verify;

use std::rc::Rc;

pub use bytecode::{CodeObject, Constant, Instr};
pub use weft_syntax::{ast, SyntaxError, SyntaxErrorKind};

/// What kind of code to produce from a parsed module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A script or module: statements; a leading string literal becomes `__doc__`.
    Module,
    /// One REPL entry: top-level expression statements emit [`Instr::PrintExpr`].
    Interactive,
    /// `eval`: the body is a single expression statement whose value is returned.
    Expression,
}

/// An error found by the compiler, before it is dressed as a [`SyntaxError`].
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub msg: String,
    pub loc: ast::Loc,
}

impl CompileError {
    pub fn into_syntax_error(self, source: &str) -> SyntaxError {
        let line_text = source
            .lines()
            .nth(self.loc.line.saturating_sub(1) as usize)
            .map(|l| l.to_string());
        let col = self.loc.col + 1;
        let end_col = if self.loc.end_line == self.loc.line && self.loc.end_col > self.loc.col {
            self.loc.end_col + 1
        } else if self.loc.end_line > self.loc.line {
            // CPython extends the caret to the end of the line for multi-line spans.
            line_text
                .as_ref()
                .map_or(col + 1, |l| l.chars().count() as u32 + 1)
                .max(col + 1)
        } else {
            col + 1
        };
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: self.msg,
            line: self.loc.line,
            col,
            end_col,
            source_line: line_text,
            incomplete: false,
        }
    }
}

/// Compile a parsed module into the code object of its top level.
///
/// `filename` goes into every code object (tracebacks); `source` is only used to
/// fill [`SyntaxError::source_line`].
pub fn compile(
    module: &ast::Module,
    filename: &str,
    source: &str,
    mode: CompileMode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    codegen::compile_module(module, filename, mode).map_err(|e| e.into_syntax_error(source))
}
