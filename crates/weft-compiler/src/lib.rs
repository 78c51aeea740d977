//! weft's compiler: AST → code objects.
//!
//! Two passes, as in CPython: a symbol-table pass ([`symtable`]) that decides for
//! every name in every scope whether it is local, global (explicit or implicit),
//! nonlocal, cell or free; then code generation ([`codegen`]) into
//! [`bytecode::CodeObject`]s, following CPython 3.11's `Python/compile.c`
//! construct by construct (see the bytecode module docs for where weft's
//! instruction set differs).
//!
//! ```ignore
//! let code = weft_compiler::compile(&module, "prog.py", &source, CompileMode::Module)?;
//! ```

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
