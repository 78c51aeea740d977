//! Regular expressions with the semantics of CPython 3.11's `re` module
//! (the "sre" engine): Python's pattern syntax and error messages, a
//! backtracking matcher with leftmost-first alternation, greedy, lazy and
//! possessive quantifiers, atomic groups, lookahead and fixed-width
//! lookbehind, backreferences and conditionals.
//!
//! Why not the `regex` or `fancy-regex` crates: their answers differ from
//! sre's in ways a Python program can see (backreferences and lookbehind,
//! `$` before a trailing newline, `\Z`, which iteration a repeated group
//! captures, the rule that stops a `*` after an iteration that matched
//! nothing, the empty-match rules of `sub`/`split`/`finditer`). For an
//! interpreter that promises CPython's output, a silently different answer
//! is worse than none, so weft has its own engine, written to sre's rules.
//!
//! The crate knows nothing about Python objects. A pattern is given as code
//! points (a `str` pattern) or bytes (a `bytes` pattern); subjects are
//! slices of `char` or `u8` (any [`Unit`]), so positions are code-point
//! indices, as CPython reports them. Unicode predicates (`\w`, `\d`, `\s`)
//! and case mappings come from a [`Unicode`] table the caller may supply.
//!
//! Pipeline: [`parse`] turns the pattern into a node tree (checking it the
//! way CPython's `re._parser` does, with the same messages and positions),
//! [`compile`] turns the tree into a small instruction program, and
//! [`exec`] runs it with an explicit backtracking stack, so that neither
//! long subjects nor deep nesting can overflow the native stack.
//!
//! Not covered: `\N{name}` escapes (there is no character-name table; such
//! a pattern raises an error saying so), the LOCALE flag (bytes patterns
//! with `re.LOCALE` behave as ASCII), and full Unicode case folding:
//! case-insensitive matching compares the simple (single character)
//! lowercase and uppercase mappings of both sides, which agrees with sre
//! except for the few characters whose only case partner comes through a
//! multi-character mapping.

mod compile;
mod exec;
mod parse;

pub use exec::Unit;

/// sre's flag bits (the values of `re.IGNORECASE` etc.).
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// The largest repeat count plus one (`_sre.MAXREPEAT`): `{m,}` repeats up to this.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS`.
pub const MAXGROUPS: usize = 1_073_741_823;

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`
    Re,
    /// `ValueError` (incompatible flags)
    Value,
    /// `OverflowError` (a repeat count too large)
    Overflow,
    /// `RecursionError`: groups nested more deeply than CPython's
    /// recursive parser can follow (about 495 levels).
    Recursion,
}

/// A pattern that does not compile: CPython's message and position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    /// Code-point (or byte) index into the pattern; `None` for errors
    /// CPython raises without one (e.g. a variable-width lookbehind).
    pub pos: Option<usize>,
}

impl Error {
    pub(crate) fn re(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: Some(pos),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{} at position {}", self.msg, p),
            None => write!(f, "{}", self.msg),
        }
    }
}

/// Unicode character predicates and case mappings used by `str` patterns.
/// The defaults come from Rust's `char`; weft hands in its own tables so
/// that `\w` agrees with its `str.isalnum`.
#[derive(Clone, Copy)]
pub struct Unicode {
    /// `str.isalnum` (`\w` is this or `_`).
    pub is_alnum: fn(u32) -> bool,
    /// `str.isdecimal` (`\d`).
    pub is_decimal: fn(u32) -> bool,
    /// `str.isspace` (`\s`).
    pub is_space: fn(u32) -> bool,
    /// Simple lowercase mapping (the character itself when it has none).
    pub lower: fn(u32) -> u32,
    /// Simple uppercase mapping.
    pub upper: fn(u32) -> u32,
}

fn default_alnum(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_alphanumeric())
}
fn default_decimal(c: u32) -> bool {
    // Rust has no Nd test; `to_digit` covers ASCII and `is_numeric` the rest
    // (a superset: it includes No/Nl). weft passes an exact table.
    char::from_u32(c).is_some_and(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
}
fn default_space(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}
/// The single-character lowercase mapping of `c`, or `c`.
pub fn simple_lower(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}
/// The single-character uppercase mapping of `c`, or `c`.
pub fn simple_upper(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

impl Default for Unicode {
    fn default() -> Unicode {
        Unicode {
            is_alnum: default_alnum,
            is_decimal: default_decimal,
            is_space: default_space,
            lower: simple_lower,
            upper: simple_upper,
        }
    }
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `Pattern.match`: at `pos` only.
    Match,
    /// `Pattern.fullmatch`: at `pos`, ending at `endpos`.
    FullMatch,
    /// `Pattern.search`: the leftmost position from `pos` on.
    Search,
}

/// The spans of a successful match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// One entry per group, group 0 (the whole match) first; `None` for a
    /// group that did not take part.
    pub spans: Vec<Option<(usize, usize)>>,
    /// `Match.lastindex`: the group closed last, if any.
    pub lastindex: Option<usize>,
}

/// A compiled pattern.
pub struct Regex {
    prog: compile::Prog,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: u32,
    is_str: bool,
    uni: Unicode,
}

impl Regex {
    /// Compiles `pattern` (code points of a `str` pattern when `is_str`,
    /// else bytes) with `flags` (the `re` flag bits).
    pub fn new(pattern: &[u32], is_str: bool, flags: u32, uni: Unicode) -> Result<Regex, Error> {
        let parsed = parse::parse(pattern, is_str, flags)?;
        let prog = compile::compile(&parsed, &uni);
        Ok(Regex {
            prog,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
            is_str,
            uni,
        })
    }

    /// Compiles a `str` pattern with the default Unicode tables.
    pub fn from_str(pattern: &str, flags: u32) -> Result<Regex, Error> {
        let cps: Vec<u32> = pattern.chars().map(|c| c as u32).collect();
        Regex::new(&cps, true, flags, Unicode::default())
    }

    /// Number of capturing groups (`Pattern.groups`).
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Named groups in the order they were defined (`Pattern.groupindex`).
    pub fn group_names(&self) -> &[(String, usize)] {
        &self.names
    }

    /// The pattern's flags after inline flags and the implicit UNICODE of
    /// `str` patterns (`Pattern.flags`).
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// True for a `str` pattern, false for a `bytes` one.
    pub fn is_str(&self) -> bool {
        self.is_str
    }

    /// Runs the pattern on `subject[..endpos]` from `pos`. With
    /// `must_advance`, an empty match at `pos` is refused (the rule
    /// `finditer`, `sub` and `split` follow after an empty match).
    pub fn exec<T: Unit>(
        &self,
        subject: &[T],
        pos: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        exec::exec(self, subject, pos, endpos, mode, must_advance)
    }

    /// `search` on a whole `&str` (for tests and Rust callers): spans are
    /// code-point indices.
    pub fn search_str(&self, s: &str) -> Option<Captures> {
        let cs: Vec<char> = s.chars().collect();
        self.exec(&cs, 0, cs.len(), Mode::Search, false)
    }
}
