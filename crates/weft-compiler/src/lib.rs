//! weft's compiler: AST → code objects.
//!
//! Two passes, as in CPython: a symbol-table pass that decides for every name in
//! every scope whether it is local, global (explicit or implicit), nonlocal,
//! cell or free; then code generation into [`bytecode::CodeObject`]s.

pub mod bytecode;

pub use bytecode::{CodeObject, Constant, Instr};
pub use weft_syntax::{ast, SyntaxError, SyntaxErrorKind};
