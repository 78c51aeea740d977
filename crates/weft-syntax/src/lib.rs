//! weft's front end: source text → tokens (logos) → NEWLINE/INDENT/DEDENT layer →
//! lalrpop parser (grammar/weft.lalrpop) → [`ast`].
//!
//! The crate knows nothing of the compiler or the VM; it reports problems as
//! [`SyntaxError`] values carrying everything CPython prints for them.
//!
//! Entry points: [`parse_module`] (a file or `-c`), [`parse_interactive`] (one REPL
//! entry; `incomplete` says "keep reading", as CPython's `codeop` decides) and
//! [`parse_expression`] (`eval`). All three run the same lalrpop table: the lexer
//! emits a mode marker token first and the grammar has one public rule.
//!
//! How it is organised, and why:
//!
//! - [`lexer`]: logos finds raw tokens; a hand-written layer tracks brackets and
//!   indentation, joins lines, decodes literals ([`literals`]) and parses f-strings
//!   (`fstring.rs`, replacement fields parsed recursively at their position in
//!   the file). Positions are (line, character column) from the start.
//! - The grammar parses assignment and `for`/`with`/`del` targets as expressions;
//!   `builder.rs` checks them afterwards with CPython's messages. `with (a as b):`
//!   is told apart from a parenthesized expression by a lexer lookahead (the
//!   matching `)` followed by `:`), which keeps the grammar LR(1).
//! - No deep recursion: lalrpop's parser is table driven, and the lexer keeps a
//!   cheap upper bound on the nesting depth of the expression tree each statement
//!   can produce (operators and brackets per comma-separated segment). Past
//!   [`lexer::MAX_EXPR_DEPTH`] (CPython's own limit is about 3000) the input is
//!   rejected before any such tree exists, so dropping or walking an AST never
//!   needs more than a few hundred KiB of stack. Brackets nest at most 200 deep
//!   and blocks 99 deep, as in CPython's tokenizer.
//! - Errors follow CPython 3.11's wording and positions (`parser.rs` maps lalrpop's
//!   failures using the recent token history; after a parse error the rest of the
//!   input is tokenized and a tokenizer error found there wins, as in CPython).
//!   Compile-time checks that need only the tree (duplicate arguments, repeated
//!   keywords, starred targets, "too many statically nested blocks") are done
//!   here too.
//! - [`pydump`] prints an AST like `ast.dump(tree, include_attributes=True)`: the
//!   tests compare it with CPython's output, and the whole standard library parses
//!   to the same trees (except `async`/`match`, which the AST does not have).

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
