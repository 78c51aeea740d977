//! weft's front end: source text → tokens (logos) → NEWLINE/INDENT/DEDENT layer →
//! lalrpop parser (grammar/weft.lalrpop) → [`ast`].
//!
//! The crate knows nothing of the compiler or the VM; it reports problems as
//! [`SyntaxError`] values carrying everything CPython prints for them.

#[rustfmt::skip] // kept as written: the contract with the compiler
pub mod ast;
mod builder;
mod fstring;
pub mod lexer;
pub mod literals;
mod parser;
pub mod pydump;
pub mod token;
mod unicode_names;
mod unicode_nfkc;

#[cfg(test)]
mod tests;

pub(crate) use parser::parse_fstring_expr;
pub use parser::{parse_expression, parse_interactive, parse_module};

/// Which exception class CPython would raise for this error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with what CPython shows: message, line, the source line and a caret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's wording, e.g. "invalid syntax", "expected ':'".
    pub msg: String,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`), in characters.
    pub col: u32,
    /// 1-based end column (exclusive), for multi-character carets; equal to `col + 1` for one caret.
    pub end_col: u32,
    /// The offending source line without its newline, if there is one.
    pub source_line: Option<String>,
    /// True when the input ended too early (open bracket, block header without body,
    /// unterminated triple-quoted string, trailing backslash): the REPL keeps reading.
    pub incomplete: bool,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (line {}, column {})",
            self.kind.class_name(),
            self.msg,
            self.line,
            self.col
        )
    }
}

impl std::error::Error for SyntaxError {}
