//! Tokens: a logos DFA for the raw tokens, then an indentation layer that turns
//! physical lines into NEWLINE / INDENT / DEDENT, joins lines inside brackets and
//! after backslashes, drops blank and comment-only lines, decodes literals and
//! keeps an upper bound on how deep the syntax tree of the current statement can
//! get (so that no tree is ever deep enough to overflow the stack when it is
//! walked or dropped).
//!
//! Positions handed to the parser are [`Pos`] values (line, character column).
//! A lexer can start at an offset position (`base`) so that f-string replacement
//! fields, parsed from a substring, get positions in the enclosing file.

use std::collections::VecDeque;

use logos::Logos;

use crate::ast::Mode;
use crate::token::{Pos, StrValue, Tok};
use crate::{literals, SyntaxError, SyntaxErrorKind};

/// Most brackets open at once (CPython's tokenizer limit).
pub const MAX_PAREN_LEVEL: usize = 200;
/// Most indentation levels (CPython's tokenizer limit).
pub const MAX_INDENT_LEVEL: usize = 100;
/// Upper bound on the nesting depth of any expression tree the parser builds.
pub const MAX_EXPR_DEPTH: u32 = 3000;

pub type Spanned = (Pos, Tok, Pos);

/// How many of the last tokens handed to the parser are kept for error messages.
const HISTORY: usize = 256;

/// Result of scanning a number in the raw lexer.
#[derive(Clone, Debug, PartialEq)]
pub enum NumScan {
    Ok,
    /// Message, byte offset of the caret, an extra column to add, byte offset of the end.
    Err(String, usize, u32, usize),
}

/// Result of scanning a string literal in the raw lexer.
#[derive(Clone, Debug, PartialEq)]
pub struct StrScan {
    prefix_len: u8,
    triple: bool,
    terminated: bool,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
enum Raw {
    #[token("\n")]
    Newline,
    #[token("\\\n")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", ident_tail)]
    Name,
    #[regex(r"[^\x00-\x7F]", non_ascii)]
    NonAscii(bool),
    #[regex(r"[0-9]", scan_number)]
    #[regex(r"\.[0-9]", scan_number)]
    Number(NumScan),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, scan_string)]
    String(StrScan),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    CircumFlex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

pub fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{1dc0}'..='\u{1dff}').contains(&c)
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
        || ('\u{e0100}'..='\u{e01ef}').contains(&c)
        || c == '\u{200c}'
        || c == '\u{200d}'
}

/// Extend an ASCII identifier with any non-ASCII identifier characters that follow.
fn ident_tail(lex: &mut logos::Lexer<Raw>) {
    let rest = lex.remainder();
    if rest.as_bytes().first().is_some_and(|b| *b >= 0x80) {
        let n: usize = rest
            .chars()
            .take_while(|&c| is_id_continue(c))
            .map(char::len_utf8)
            .sum();
        lex.bump(n);
    }
}

/// A non-ASCII character: an identifier (true) or an invalid character (false).
fn non_ascii(lex: &mut logos::Lexer<Raw>) -> bool {
    let c = lex.slice().chars().next().unwrap_or(' ');
    if !is_id_start(c) {
        return false;
    }
    let n: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| is_id_continue(c))
        .map(char::len_utf8)
        .sum();
    lex.bump(n);
    true
}

fn scan_string(lex: &mut logos::Lexer<Raw>) -> StrScan {
    let slice = lex.slice().as_bytes();
    let q = slice[slice.len() - 1];
    let prefix_len = (slice.len() - 1) as u8;
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == q && rest[1] == q;
    let mut i = if triple { 2 } else { 0 };
    loop {
        if i >= rest.len() {
            lex.bump(rest.len());
            return StrScan {
                prefix_len,
                triple,
                terminated: false,
            };
        }
        let b = rest[i];
        if b == b'\\' {
            i += 2;
            if i > rest.len() {
                i = rest.len();
            }
            // Do not stop inside a multi-byte character.
            while i < rest.len() && (rest[i] & 0xC0) == 0x80 {
                i += 1;
            }
            continue;
        }
        if b == b'\n' && !triple {
            lex.bump(i);
            return StrScan {
                prefix_len,
                triple,
                terminated: false,
            };
        }
        if b == q {
            if !triple {
                lex.bump(i + 1);
                return StrScan {
                    prefix_len,
                    triple,
                    terminated: true,
                };
            }
            if i + 2 < rest.len() && rest[i + 1] == q && rest[i + 2] == q {
                lex.bump(i + 3);
                return StrScan {
                    prefix_len,
                    triple,
                    terminated: true,
                };
            }
        }
        i += 1;
    }
}

/// Scan a number literal following CPython's tokenizer, including its error
/// positions. The regex matched the first digit (or `.digit`).
fn scan_number(lex: &mut logos::Lexer<Raw>) -> NumScan {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let mut s = NumScanner { src, cur: start };
    let result = s.scan(start);
    let end = s.cur.min(src.len()).max(lex.span().end);
    // Only bump on a char boundary.
    let mut end = end;
    while end < src.len() && (src[end] & 0xC0) == 0x80 {
        end += 1;
    }
    lex.bump(end - lex.span().end);
    result
}

struct NumScanner<'a> {
    src: &'a [u8],
    /// The index of the next character (CPython's `tok->cur`).
    cur: usize,
}

impl NumScanner<'_> {
    fn next(&mut self) -> u8 {
        let c = self.src.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }
    fn backup(&mut self) {
        self.cur -= 1;
    }
    fn err(&self, msg: String) -> NumScan {
        NumScan::Err(msg, self.cur, 0, self.cur)
    }
    fn is_potential_id_char(c: u8) -> bool {
        c.is_ascii_alphanumeric() || c == b'_' || c >= 128
    }
    /// Consume digits and single underscores; returns the first char after them.
    fn decimal_tail(&mut self) -> Result<u8, NumScan> {
        loop {
            let mut c;
            loop {
                c = self.next();
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.err("invalid decimal literal".into()));
            }
        }
    }
    fn lookahead(&self, s: &[u8]) -> bool {
        self.src.get(self.cur..self.cur + s.len()) == Some(s)
    }
    /// `c` was just read (cur is past it).
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), NumScan> {
        let ok = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.src.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        if Self::is_potential_id_char(c) {
            self.backup();
            return Err(self.err(format!("invalid {} literal", kind)));
        }
        Ok(())
    }

    fn scan(&mut self, start: usize) -> NumScan {
        match self.scan_inner(start) {
            Ok(()) => {
                // `cur` is one past the first char after the number.
                self.backup();
                NumScan::Ok
            }
            Err(e) => e,
        }
    }

    fn scan_inner(&mut self, start: usize) -> Result<(), NumScan> {
        let mut c = self.next();
        if c == b'.' {
            c = self.next();
            return self.fraction(c);
        }
        if c == b'0' {
            c = self.next();
            if c == b'x' || c == b'X' {
                c = self.next();
                loop {
                    if c == b'_' {
                        c = self.next();
                    }
                    if !c.is_ascii_hexdigit() {
                        self.backup();
                        return Err(self.err("invalid hexadecimal literal".into()));
                    }
                    loop {
                        c = self.next();
                        if !c.is_ascii_hexdigit() {
                            break;
                        }
                    }
                    if c != b'_' {
                        break;
                    }
                }
                return self.verify_end(c, "hexadecimal");
            }
            if c == b'o' || c == b'O' || c == b'b' || c == b'B' {
                let (kind, max) = if c == b'o' || c == b'O' {
                    ("octal", b'8')
                } else {
                    ("binary", b'2')
                };
                c = self.next();
                loop {
                    if c == b'_' {
                        c = self.next();
                    }
                    if c < b'0' || c >= max {
                        if c.is_ascii_digit() {
                            return Err(self.err(format!(
                                "invalid digit '{}' in {} literal",
                                c as char, kind
                            )));
                        }
                        self.backup();
                        return Err(self.err(format!("invalid {} literal", kind)));
                    }
                    loop {
                        c = self.next();
                        if !(b'0'..max).contains(&c) {
                            break;
                        }
                    }
                    if c != b'_' {
                        break;
                    }
                }
                if c.is_ascii_digit() {
                    return Err(
                        self.err(format!("invalid digit '{}' in {} literal", c as char, kind))
                    );
                }
                return self.verify_end(c, kind);
            }
            let mut nonzero = false;
            loop {
                if c == b'_' {
                    c = self.next();
                    if !c.is_ascii_digit() {
                        self.backup();
                        return Err(self.err("invalid decimal literal".into()));
                    }
                }
                if c != b'0' {
                    break;
                }
                c = self.next();
            }
            let zeros_end = self.cur;
            if c.is_ascii_digit() {
                nonzero = true;
                c = self.decimal_tail()?;
            }
            if c == b'.' {
                c = self.next();
                return self.fraction(c);
            } else if c == b'e' || c == b'E' {
                return self.exponent(c);
            } else if c == b'j' || c == b'J' {
                return self.imaginary();
            } else if nonzero {
                self.backup();
                return Err(NumScan::Err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .into(),
                    start,
                    1,
                    zeros_end,
                ));
            }
            return self.verify_end(c, "decimal");
        }
        // Decimal.
        self.backup();
        c = self.decimal_tail()?;
        if c == b'.' {
            c = self.next();
            return self.fraction(c);
        }
        self.after_fraction(c)
    }

    fn fraction(&mut self, mut c: u8) -> Result<(), NumScan> {
        if c.is_ascii_digit() {
            self.backup();
            c = self.decimal_tail()?;
        }
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: u8) -> Result<(), NumScan> {
        if c == b'e' || c == b'E' {
            return self.exponent(c);
        }
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end(c, "decimal")
    }

    fn exponent(&mut self, e: u8) -> Result<(), NumScan> {
        let mut c = self.next();
        if c == b'+' || c == b'-' {
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.err("invalid decimal literal".into()));
            }
        } else if !c.is_ascii_digit() {
            self.backup();
            // `1else`: the number ends before the `e`.
            self.verify_end(e, "decimal")?;
            self.backup();
            self.cur += 1; // scan() backs up one more
            return Ok(());
        }
        self.backup();
        let c = self.decimal_tail()?;
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end(c, "decimal")
    }

    fn imaginary(&mut self) -> Result<(), NumScan> {
        let c = self.next();
        self.verify_end(c, "imaginary")
    }
}

/// Maps byte offsets of the text being lexed to positions in the file.
#[derive(Clone, Debug)]
pub struct LineMap<'s> {
    src: &'s str,
    line_starts: Vec<usize>,
    ascii: bool,
    base: Pos,
    /// The line of the last lookup: tokens come in order, so it usually hits.
    last: std::cell::Cell<usize>,
}

impl<'s> LineMap<'s> {
    pub fn new(src: &'s str, base: Pos) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        LineMap {
            src,
            line_starts,
            ascii: src.is_ascii(),
            base,
            last: std::cell::Cell::new(0),
        }
    }

    /// The 0-based line index of a byte offset.
    fn line_index(&self, off: usize) -> usize {
        let last = self.last.get();
        let starts = &self.line_starts;
        if starts[last] <= off {
            if starts.get(last + 1).is_none_or(|&next| off < next) {
                return last;
            }
            if starts.get(last + 2).is_none_or(|&next| off < next) {
                self.last.set(last + 1);
                return last + 1;
            }
        }
        let i = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        self.last.set(i);
        i
    }

    pub fn pos(&self, off: usize) -> Pos {
        let off = off.min(self.src.len());
        let li = self.line_index(off);
        let start = self.line_starts[li];
        let col = if self.ascii {
            off - start
        } else {
            self.src[start..off].chars().count()
        };
        if li == 0 {
            Pos::new(self.base.line, self.base.col + col as u32)
        } else {
            Pos::new(self.base.line + li as u32, col as u32)
        }
    }

    /// The text of the line containing `off`, without its newline.
    pub fn line_text(&self, off: usize) -> &'s str {
        let li = self.line_index(off.min(self.src.len()));
        let start = self.line_starts[li];
        let end = self
            .line_starts
            .get(li + 1)
            .map(|e| e - 1)
            .unwrap_or(self.src.len());
        &self.src[start..end]
    }

    pub fn line_start(&self, off: usize) -> usize {
        self.line_starts[self.line_index(off.min(self.src.len()))]
    }

    pub fn base_line(&self) -> u32 {
        self.base.line
    }

    /// The byte offset of a position (the inverse of [`LineMap::pos`]).
    pub fn offset(&self, p: Pos) -> usize {
        let li = (p.line.saturating_sub(self.base.line) as usize).min(self.line_starts.len() - 1);
        let start = self.line_starts[li];
        let col = if li == 0 {
            p.col.saturating_sub(self.base.col)
        } else {
            p.col
        } as usize;
        let line_end = self
            .line_starts
            .get(li + 1)
            .copied()
            .unwrap_or(self.src.len());
        self.src[start..line_end]
            .char_indices()
            .nth(col)
            .map(|(i, _)| start + i)
            .unwrap_or(line_end)
    }

    pub fn text(&self) -> &'s str {
        self.src
    }

    /// Number of lines as CPython's tokenizer counts them at the end of input.
    pub fn last_line(&self) -> u32 {
        let n = self.line_starts.len() as u32;
        let lines = if self.src.ends_with('\n') || self.src.is_empty() {
            n - 1
        } else {
            n
        };
        self.base.line + lines.max(1) - 1
    }
}

/// One open bracket: its character and position.
#[derive(Clone, Copy, Debug)]
struct Open {
    ch: char,
    pos: Pos,
}

/// Expression-depth accounting for one bracket level: see the module docs.
#[derive(Clone, Copy, Debug, Default)]
struct DepthFrame {
    /// Nesting-capable tokens in the current comma-separated segment.
    count: u32,
    /// Deepest bracket group closed inside the current segment.
    child: u32,
    /// Best bound over finished segments of this level.
    best: u32,
    /// `lambda`s whose parameter list (ended by `:`) is still open at this level:
    /// commas between their parameters do not separate independent trees.
    lambdas: u32,
}

impl DepthFrame {
    fn current(&self) -> u32 {
        self.best.max(self.count + self.child)
    }
    fn end_segment(&mut self) {
        self.best = self.current();
        self.count = 0;
        self.child = 0;
    }
}

/// What the last logical line was, for "expected an indented block after ..." messages.
#[derive(Clone, Debug, Default)]
pub struct LineInfo {
    /// First token of the logical line (payload stripped).
    pub first: Option<Tok>,
    pub line: u32,
}

pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Raw>,
    pub map: LineMap<'s>,
    mode: Mode,
    /// Treat the whole input as if inside parentheses (f-string replacement fields).
    in_parens: bool,
    pending: VecDeque<Result<Spanned, SyntaxError>>,
    started: bool,
    done: bool,
    failed: bool,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    brackets: Vec<Open>,
    at_line_start: bool,
    depth: Vec<DepthFrame>,
    /// The last tokens handed to the parser, most recent last (string and number
    /// payloads stripped).
    pub history: VecDeque<Spanned>,
    /// The logical line being read and the one before it.
    pub cur_line: LineInfo,
    pub prev_line: LineInfo,
    /// Set when the input ended inside a construct (for `incomplete`).
    pub eof_reached: bool,
    /// The failure (if any) is one CPython reports from its parser.
    parser_level_error: bool,
    /// The last line any token handed out so far reached.
    pub max_line: u32,
    /// The error handed out, if any.
    last_error: Option<SyntaxError>,
    /// Error reporting found that CPython's parser would have read up to the
    /// end of the input (which decides whether an unclosed bracket is reported).
    pub reached_end: bool,
    /// The furthest line CPython's parser would have read before giving up.
    pub lookahead_line: u32,
    /// Bound on expression depth (smaller inside f-string fields).
    pub max_depth: u32,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str, mode: Mode, base: Pos, in_parens: bool) -> Self {
        Lexer {
            src,
            raw: Raw::lexer(src),
            map: LineMap::new(src, base),
            mode,
            in_parens,
            pending: VecDeque::new(),
            started: false,
            done: false,
            failed: false,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            depth: vec![DepthFrame::default()],
            history: VecDeque::new(),
            cur_line: LineInfo::default(),
            prev_line: LineInfo::default(),
            eof_reached: false,
            parser_level_error: false,
            max_line: 0,
            last_error: None,
            reached_end: false,
            lookahead_line: 0,
            max_depth: MAX_EXPR_DEPTH,
        }
    }

    fn pos(&self, off: usize) -> Pos {
        self.map.pos(off)
    }

    /// How many brackets are open.
    pub fn bracket_depth(&self) -> usize {
        self.brackets.len() + self.in_parens as usize
    }

    /// The logical line being read, or if none has started, the previous one.
    pub fn cur_line_or_prev(&self) -> LineInfo {
        if self.cur_line.line != 0 {
            self.cur_line.clone()
        } else {
            self.prev_line.clone()
        }
    }

    /// The text of the (file) line containing `p`.
    pub fn map_line_text(&self, p: Pos) -> &'s str {
        let idx = p.line.saturating_sub(self.map.base_line()) as usize;
        self.src.split('\n').nth(idx).unwrap_or("")
    }

    /// A SyntaxError at a byte offset: `col` is the 1-based column of `off`.
    pub fn error_at(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        off: usize,
    ) -> SyntaxError {
        let p = self.pos(off);
        SyntaxError {
            kind,
            msg: msg.into(),
            line: p.line,
            col: p.col + 1,
            end_col: p.col + 2,
            source_line: None,
            incomplete: false,
        }
    }

    fn push(&mut self, start: Pos, tok: Tok, end: Pos) {
        self.pending.push_back(Ok((start, tok, end)));
    }

    fn fail(&mut self, e: SyntaxError) {
        self.pending.push_back(Err(e));
        self.done = true;
    }

    /// Fail with an error CPython raises in its parser rather than its tokenizer
    /// (string and f-string contents, nesting depth): later tokenizer errors
    /// take priority over it.
    fn fail_parser_level(&mut self, e: SyntaxError) {
        self.parser_level_error = true;
        self.fail(e);
    }

    /// After the parser failed: read on to the end of the input, and return a
    /// tokenizer error found there, which CPython reports instead of the parser's
    /// error (an unclosed bracket only if it opened before `err_line`).
    pub fn tokenizer_error_after(&mut self, err_line: u32) -> Option<SyntaxError> {
        let current = err_line.max(self.lookahead_line);
        let read_to_end = self.reached_end;
        loop {
            let item = if self.failed {
                // Already read by the error reporting: look at what it found.
                Err(self.last_error.take()?)
            } else {
                self.next()?
            };
            match item {
                Ok(_) => continue,
                Err(e) => {
                    if self.parser_level_error {
                        return None;
                    }
                    // If the error reporting already read to the end, so would have
                    // CPython's parser: any unclosed bracket opened before the end.
                    if e.msg.ends_with("was never closed") && e.line >= current && !read_to_end {
                        return None;
                    }
                    // CPython's tokenizer reports these through the parser, which
                    // has already failed: they do not replace its error.
                    if e.kind != SyntaxErrorKind::SyntaxError
                        || e.msg == "unexpected character after line continuation character"
                        || e.msg == "unexpected EOF while parsing"
                    {
                        return None;
                    }
                    return Some(e);
                }
            }
        }
    }

    /// True if the next token is an error (without consuming it).
    pub fn next_is_error(&mut self) -> bool {
        if self.failed {
            return true;
        }
        self.fill(0);
        matches!(self.pending.front(), Some(Err(_)))
    }

    /// True if the parser was handed an error found by the tokenizer itself.
    pub fn failed_in_tokenizer(&self) -> bool {
        self.failed && !self.parser_level_error
    }

    /// The position CPython gives to the end of input: the end of the last line.
    pub fn eof_pos(&self) -> Pos {
        let body = self.src.strip_suffix('\n').unwrap_or(self.src);
        self.pos(body.len())
    }

    /// Process raw tokens until at least one item is pending or input is exhausted.
    fn produce(&mut self) {
        if !self.started {
            self.started = true;
            let p = self.pos(0);
            let marker = match self.mode {
                _ if self.in_parens => Tok::StartFString,
                Mode::Module => Tok::StartModule,
                Mode::Interactive => Tok::StartInteractive,
                Mode::Expression => Tok::StartExpression,
            };
            self.push(p, marker, p);
            if self.in_parens {
                self.at_line_start = false;
            }
            return;
        }
        let before = self.pending.len();
        while self.pending.len() == before && !self.done {
            self.step();
        }
    }

    fn step(&mut self) {
        let Some(raw) = self.raw.next() else {
            self.at_eof();
            return;
        };
        let span = self.raw.span();
        let raw = match raw {
            Ok(r) => r,
            Err(()) => {
                // A character no token starts with: `$`, `?`, `!`, a backtick, a control char.
                let c = self.src[span.start..].chars().next().unwrap_or(' ');
                if c.is_ascii_control() && c != '\x0c' && c != '\t' && c != '\r' {
                    let e = self.error_at(
                        SyntaxErrorKind::SyntaxError,
                        format!("invalid non-printable character U+{:04X}", c as u32),
                        span.start,
                    );
                    self.fail(e);
                    return;
                }
                if c == '\r' {
                    // A stray carriage return (not part of \r\n): whitespace.
                    return;
                }
                if !self.begin_token(span.start) {
                    return;
                }
                // The parser rejects it: "invalid syntax" at this character.
                let s = self.pos(span.start);
                let e = self.pos(span.end);
                self.push(s, Tok::Unknown(c), e);
                return;
            }
        };
        match raw {
            Raw::Newline => {
                if self.brackets.is_empty() && !self.at_line_start && !self.in_parens {
                    let p = self.pos(span.start);
                    self.end_logical_line();
                    self.push(p, Tok::Newline, Pos::new(p.line, p.col + 1));
                    self.at_line_start = true;
                }
            }
            Raw::Continuation => {
                if span.end >= self.src.len() {
                    // A backslash at the very end of the input.
                    self.eof_reached = true;
                    let mut e = self.error_at(
                        SyntaxErrorKind::SyntaxError,
                        "unexpected EOF while parsing",
                        span.start + 1,
                    );
                    e.incomplete = true;
                    self.fail(e);
                }
            }
            Raw::Backslash => {
                if span.end >= self.src.len() {
                    self.eof_reached = true;
                    let mut e = self.error_at(
                        SyntaxErrorKind::SyntaxError,
                        "unexpected EOF while parsing",
                        span.start + 1,
                    );
                    e.incomplete = true;
                    self.fail(e);
                } else {
                    let e = self.error_at(
                        SyntaxErrorKind::SyntaxError,
                        "unexpected character after line continuation character",
                        span.start + 1,
                    );
                    self.fail(e);
                }
            }
            Raw::NonAscii(false) => {
                let c = self.src[span.start..].chars().next().unwrap_or(' ');
                let msg = if is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                let e = self.error_at(SyntaxErrorKind::SyntaxError, msg, span.start);
                self.fail(e);
            }
            Raw::Name | Raw::NonAscii(true) => {
                if !self.begin_token(span.start) {
                    return;
                }
                let text = &self.src[span.clone()];
                let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(normalize_ident(text)));
                self.emit(span.start, tok, span.end);
            }
            Raw::Number(scan) => {
                if let NumScan::Err(msg, at, plus, end) = scan {
                    let p = self.pos(at);
                    let pe = self.pos(end);
                    let col = p.col + plus;
                    let end_col = if pe.col > col { pe.col } else { col + 1 };
                    self.fail(SyntaxError {
                        kind: SyntaxErrorKind::SyntaxError,
                        msg,
                        line: p.line,
                        col: col.max(1),
                        end_col: end_col.max(col.max(1) + 1),
                        source_line: None,
                        incomplete: false,
                    });
                    return;
                }
                if !self.begin_token(span.start) {
                    return;
                }
                let text = &self.src[span.clone()];
                if let Some(digits) = literals::too_many_digits(text) {
                    // CPython 3.11 limits decimal int literals (int_max_str_digits).
                    let p = self.pos(span.start);
                    self.fail_parser_level(SyntaxError {
                        kind: SyntaxErrorKind::SyntaxError,
                        msg: format!(
                            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
                             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for \
                             huge integer literals to avoid decimal conversion limits.",
                            literals::MAX_STR_DIGITS,
                            digits
                        ),
                        line: p.line,
                        col: 0,
                        end_col: 1,
                        source_line: Some(text.to_string()),
                        incomplete: false,
                    });
                    return;
                }
                let value = literals::number_value(text);
                self.emit(span.start, Tok::Number(value), span.end);
            }
            Raw::String(scan) => {
                if !self.begin_token(span.start) {
                    return;
                }
                match self.string_token(span.start, span.end, &scan) {
                    Ok(StrValue::Error(msg)) => self.string_error(msg, span.end),
                    Ok(v) => self.emit(span.start, Tok::Str(v), span.end),
                    Err(e) => self.fail(e),
                }
            }
            other => {
                if !self.begin_token(span.start) {
                    return;
                }
                let tok = match other {
                    Raw::Plus => Tok::Plus,
                    Raw::Minus => Tok::Minus,
                    Raw::Star => Tok::Star,
                    Raw::DoubleStar => Tok::DoubleStar,
                    Raw::Slash => Tok::Slash,
                    Raw::DoubleSlash => Tok::DoubleSlash,
                    Raw::Percent => Tok::Percent,
                    Raw::At => Tok::At,
                    Raw::LShift => Tok::LShift,
                    Raw::RShift => Tok::RShift,
                    Raw::Amper => Tok::Amper,
                    Raw::VBar => Tok::VBar,
                    Raw::CircumFlex => Tok::CircumFlex,
                    Raw::Tilde => Tok::Tilde,
                    Raw::ColonEqual => Tok::ColonEqual,
                    Raw::Less => Tok::Less,
                    Raw::Greater => Tok::Greater,
                    Raw::LessEqual => Tok::LessEqual,
                    Raw::GreaterEqual => Tok::GreaterEqual,
                    Raw::EqEqual => Tok::EqEqual,
                    Raw::NotEqual => Tok::NotEqual,
                    Raw::LPar => Tok::LPar,
                    Raw::RPar => Tok::RPar,
                    Raw::LSqb => Tok::LSqb,
                    Raw::RSqb => Tok::RSqb,
                    Raw::LBrace => Tok::LBrace,
                    Raw::RBrace => Tok::RBrace,
                    Raw::Comma => Tok::Comma,
                    Raw::Colon => Tok::Colon,
                    Raw::Dot => Tok::Dot,
                    Raw::Semi => Tok::Semi,
                    Raw::Equal => Tok::Equal,
                    Raw::RArrow => Tok::RArrow,
                    Raw::Ellipsis => Tok::Ellipsis,
                    Raw::PlusEqual => Tok::PlusEqual,
                    Raw::MinusEqual => Tok::MinusEqual,
                    Raw::StarEqual => Tok::StarEqual,
                    Raw::SlashEqual => Tok::SlashEqual,
                    Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
                    Raw::PercentEqual => Tok::PercentEqual,
                    Raw::AtEqual => Tok::AtEqual,
                    Raw::AmperEqual => Tok::AmperEqual,
                    Raw::VBarEqual => Tok::VBarEqual,
                    Raw::CircumflexEqual => Tok::CircumflexEqual,
                    Raw::LShiftEqual => Tok::LShiftEqual,
                    Raw::RShiftEqual => Tok::RShiftEqual,
                    Raw::DoubleStarEqual => Tok::DoubleStarEqual,
                    _ => unreachable!(),
                };
                self.emit(span.start, tok, span.end);
            }
        }
    }

    /// Called before the first token of a physical position: handles indentation at
    /// the start of a logical line. Returns false if an error was queued.
    fn begin_token(&mut self, off: usize) -> bool {
        if !self.at_line_start {
            return true;
        }
        self.at_line_start = false;
        if !self.brackets.is_empty() || self.in_parens {
            return true;
        }
        let line_start = self.map.line_start(off);
        let prefix = &self.src[line_start..off];
        // A continuation line's first token: the logical line started earlier.
        let mut col = 0u32;
        let mut alt = 0u32;
        for c in prefix.chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {
                    // Something else before the first token on this line (e.g. a
                    // backslash continuation at the start of the line): no indent change.
                    return true;
                }
            }
        }
        let p = self.pos(off);
        let (top, top_alt) = *self.indents.last().unwrap();
        if self.mode == Mode::Expression && self.indents.len() == 1 && self.cur_line.line == 0 {
            // eval() ignores the indentation of the first line.
            self.indents[0] = (col, alt);
            self.cur_line = LineInfo {
                first: None,
                line: p.line,
            };
            return true;
        }
        let tab_error = |lx: &Self| {
            let mut e = lx.error_at(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                off,
            );
            e.col = 1;
            e.end_col = 2;
            e
        };
        if col == top {
            if alt != top_alt {
                let e = tab_error(self);
                self.fail(e);
                return false;
            }
        } else if col > top {
            if alt <= top_alt {
                let e = tab_error(self);
                self.fail(e);
                return false;
            }
            if self.indents.len() >= MAX_INDENT_LEVEL {
                let mut e = self.error_at(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    off,
                );
                e.col = 1;
                e.end_col = e.col + 1;
                self.fail(e);
                return false;
            }
            self.indents.push((col, alt));
            self.push(p, Tok::Indent, p);
        } else {
            while col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.push(p, Tok::Dedent, p);
            }
            let (top, top_alt) = *self.indents.last().unwrap();
            if col != top {
                let line_len = self.map.line_text(off).chars().count() as u32;
                let mut e = self.error_at(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    off,
                );
                e.col = line_len + 1;
                e.end_col = e.col + 1;
                self.fail(e);
                return false;
            }
            if alt != top_alt {
                let e = tab_error(self);
                self.fail(e);
                return false;
            }
        }
        true
    }

    fn end_logical_line(&mut self) {
        self.prev_line = std::mem::take(&mut self.cur_line);
        let d = self.depth.last_mut().unwrap();
        *d = DepthFrame::default();
    }

    /// Queue a token, doing the bracket and depth bookkeeping.
    fn emit(&mut self, start: usize, tok: Tok, end: usize) {
        let s = self.pos(start);
        let e = self.pos(end);
        if self.cur_line.line == 0 {
            self.cur_line = LineInfo {
                first: Some(tok.stripped()),
                line: s.line,
            };
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                let ch = match tok {
                    Tok::LPar => '(',
                    Tok::LSqb => '[',
                    _ => '{',
                };
                if self.brackets.len() >= MAX_PAREN_LEVEL {
                    let e = self.error_at(
                        SyntaxErrorKind::SyntaxError,
                        "too many nested parentheses",
                        start,
                    );
                    self.fail(e);
                    return;
                }
                self.brackets.push(Open { ch, pos: s });
                self.depth.last_mut().unwrap().count += 1;
                self.depth.push(DepthFrame::default());
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let ch = match tok {
                    Tok::RPar => ')',
                    Tok::RSqb => ']',
                    _ => '}',
                };
                match self.brackets.pop() {
                    None => {
                        let e = self.error_at(
                            SyntaxErrorKind::SyntaxError,
                            format!("unmatched '{}'", ch),
                            start,
                        );
                        self.fail(e);
                        return;
                    }
                    Some(open) => {
                        let expected = match open.ch {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if expected != ch {
                            let msg = if open.pos.line != s.line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    ch, open.ch, open.pos.line
                                )
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open.ch)
                            };
                            let e = self.error_at(SyntaxErrorKind::SyntaxError, msg, start);
                            self.fail(e);
                            return;
                        }
                    }
                }
                let frame = self.depth.pop().unwrap_or_default();
                let d = frame.current() + 2;
                let parent = self.depth.last_mut().unwrap();
                parent.child = parent.child.max(d);
            }
            Tok::Comma => {
                let f = self.depth.last_mut().unwrap();
                if f.lambdas == 0 {
                    f.end_segment();
                }
            }
            Tok::Semi | Tok::Equal if self.brackets.is_empty() => {
                let f = self.depth.last_mut().unwrap();
                if f.lambdas == 0 {
                    f.end_segment();
                }
            }
            Tok::Lambda => {
                let f = self.depth.last_mut().unwrap();
                f.count += 1;
                f.lambdas += 1;
            }
            Tok::Colon => {
                let f = self.depth.last_mut().unwrap();
                if f.lambdas > 0 {
                    f.lambdas -= 1;
                }
            }
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LShift
            | Tok::RShift
            | Tok::Amper
            | Tok::VBar
            | Tok::CircumFlex
            | Tok::Tilde
            | Tok::ColonEqual
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::Dot
            | Tok::Not
            | Tok::And
            | Tok::Or
            | Tok::If
            | Tok::In
            | Tok::Is
            | Tok::For
            | Tok::Yield
            | Tok::Await => {
                self.depth.last_mut().unwrap().count += 1;
            }
            _ => {}
        }
        let f = self.depth.last().unwrap();
        let total: u32 = f.count + f.child;
        if total > self.max_depth || f.best > self.max_depth {
            let e = self.error_at(
                SyntaxErrorKind::SyntaxError,
                "maximum recursion depth exceeded during compilation",
                start,
            );
            self.fail_parser_level(e);
            return;
        }
        self.pending.push_back(Ok((s, tok, e)));
    }

    fn at_eof(&mut self) {
        self.eof_reached = true;
        let end = self.src.len();
        if let Some(open) = self.brackets.first().copied() {
            // CPython reports the innermost unclosed bracket.
            let open = *self.brackets.last().unwrap_or(&open);
            let mut e = SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: format!("'{}' was never closed", open.ch),
                line: open.pos.line,
                col: open.pos.col + 1,
                end_col: open.pos.col + 2,
                source_line: None,
                incomplete: true,
            };
            if self.in_parens {
                e.incomplete = false;
            }
            self.fail(e);
            return;
        }
        let p = self.pos(end);
        if !self.at_line_start && !self.in_parens {
            self.end_logical_line();
            self.push(p, Tok::Newline, p);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(p, Tok::Dedent, p);
        }
        self.done = true;
    }

    fn string_token(
        &mut self,
        start: usize,
        end: usize,
        scan: &StrScan,
    ) -> Result<StrValue, SyntaxError> {
        let text = &self.src[start..end];
        let prefix = &text[..scan.prefix_len as usize];
        let raw = prefix.contains(['r', 'R']);
        let bytes = prefix.contains(['b', 'B']);
        let fstr = prefix.contains(['f', 'F']);
        let qlen = if scan.triple { 3 } else { 1 };
        if !scan.terminated {
            let p = self.pos(start);
            if scan.triple {
                self.eof_reached = true;
                let mut e = SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.map.last_line()
                    ),
                    line: p.line,
                    col: p.col + 1,
                    end_col: p.col + 2,
                    source_line: None,
                    incomplete: true,
                };
                if self.in_parens {
                    e.incomplete = false;
                }
                return Err(e);
            }
            return Err(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: format!(
                    "unterminated string literal (detected at line {})",
                    self.pos(end).line
                ),
                line: p.line,
                col: p.col + 1,
                end_col: p.col + 2,
                source_line: None,
                incomplete: false,
            });
        }
        let body_start = start + scan.prefix_len as usize + qlen;
        let body = &text[scan.prefix_len as usize + qlen..text.len() - qlen];
        if bytes {
            if !body.is_ascii() {
                self.parser_level_error = true;
                let s = self.pos(start);
                let e = self.pos(end);
                return Err(SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: "bytes can only contain ASCII literal characters".into(),
                    line: s.line,
                    col: s.col + 1,
                    end_col: if e.line == s.line {
                        e.col + 1
                    } else {
                        s.col + 2
                    },
                    source_line: None,
                    incomplete: false,
                });
            }
            return Ok(match literals::decode_bytes(body, raw) {
                Ok(b) => StrValue::Bytes(b),
                Err(msg) => StrValue::Error(msg),
            });
        }
        if fstr {
            // Fields nest inside this expression: they get what is left of the budget.
            let used: u32 = self.depth.iter().map(|f| f.count + f.child + 2).sum();
            let limit = self.max_depth.saturating_sub(used);
            let r =
                crate::fstring::parse_fstring(body, body_start, raw, &self.map, self.src, limit);
            self.parser_level_error = r.is_err();
            return r;
        }
        if raw {
            return Ok(StrValue::Str(body.to_string()));
        }
        Ok(match literals::decode_str(body) {
            Ok(s) => StrValue::Str(s),
            Err(msg) => StrValue::Error(msg),
        })
    }

    /// A string literal whose contents are invalid. CPython reports this when it
    /// parses the string expression, before any later syntax error, at the end
    /// of the whole (implicitly concatenated) expression: read on over the
    /// adjacent literals to find that end.
    fn string_error(&mut self, msg: String, mut end: usize) {
        loop {
            let rest = &self.src[end..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
            let mut probe = Raw::lexer(&self.src[end + skip..]);
            match probe.next() {
                Some(Ok(Raw::String(scan))) => {
                    let span = probe.span();
                    if !scan.terminated {
                        // The tokenizer reports that first.
                        let start = end + skip + span.start;
                        match self.string_token(start, end + skip + span.end, &scan) {
                            Err(e) => self.fail(e),
                            Ok(_) => self.fail_parser_level(crate::builder::err_at(
                                crate::ast::Loc::default(),
                                msg,
                            )),
                        }
                        return;
                    }
                    end += skip + span.end;
                }
                _ => break,
            }
        }
        // CPython points at the token that follows the expression.
        let rest = &self.src[end..];
        let mut at = end + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len());
        if self.src[at..].starts_with('#') {
            at += self.src[at..].find('\n').unwrap_or(self.src.len() - at);
        }
        let p = self.pos(at);
        self.fail_parser_level(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            line: p.line,
            col: p.col + 1,
            end_col: p.col + 2,
            source_line: None,
            incomplete: false,
        });
    }

    /// Ensure at least `n + 1` items are pending (unless the input ends).
    fn fill(&mut self, n: usize) {
        while self.pending.len() <= n && !self.done {
            self.produce();
        }
    }

    fn peek_tok(&mut self, n: usize) -> Option<&Tok> {
        self.fill(n);
        match self.pending.get(n) {
            Some(Ok((_, t, _))) => Some(t),
            _ => None,
        }
    }

    /// After `with`: decide whether the `(` that follows opens parenthesized with-items.
    fn check_with_paren(&mut self) {
        if self.peek_tok(0) != Some(&Tok::LPar) {
            return;
        }
        let mut depth = 0i32;
        let mut k = 0;
        loop {
            match self.peek_tok(k) {
                None => return,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(Tok::Newline) => return,
                _ => {}
            }
            k += 1;
        }
        if self.peek_tok(k + 1) == Some(&Tok::Colon) {
            if let Some(Ok((_, t, _))) = self.pending.get_mut(0) {
                *t = Tok::WithLParen;
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        self.fill(0);
        let item = self.pending.pop_front()?;
        match &item {
            Ok(sp) => {
                if sp.1 == Tok::With {
                    self.check_with_paren();
                }
                if self.history.len() >= HISTORY {
                    self.history.pop_front();
                }
                self.history.push_back((sp.0, sp.1.stripped(), sp.2));
                self.max_line = self.max_line.max(sp.2.line);
            }
            Err(e) => {
                self.failed = true;
                self.last_error = Some(e.clone());
            }
        }
        Some(item)
    }
}

/// Identifiers are NFKC-normalised by Python. We apply the compatibility
/// mapping of each character (no recomposition of combining sequences).
fn normalize_ident(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    use crate::unicode_nfkc::{MULTI, RUNS};
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
            continue;
        }
        let i = RUNS.partition_point(|r| r.1 < u);
        if let Some(&(first, last, target)) = RUNS.get(i) {
            if first <= u && u <= last {
                out.push(char::from_u32(target + (u - first)).unwrap_or(c));
                continue;
            }
        }
        match MULTI.binary_search_by_key(&u, |m| m.0) {
            Ok(k) => out.push_str(MULTI[k].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// Python's `str.isprintable` for one character, approximately.
pub fn is_printable(c: char) -> bool {
    if c.is_control() || (c.is_whitespace() && c != ' ') {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xD800..=0xDFFF
        | 0xFDD0..=0xFDEF | 0x323B0..=0xE00FF | 0xE01F0..=0x10FFFF)
        && (c as u32 & 0xFFFE) != 0xFFFE
}
