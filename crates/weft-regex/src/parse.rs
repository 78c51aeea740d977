//! Python's pattern syntax → a node tree, checked as `re._parser` checks it:
//! the same error messages at the same positions, raised in the same order
//! (a tokenizer that reads one token ahead, as CPython's does, so that even
//! "bad escape (end of pattern)" fires at the same moment).
//!
//! Flags are resolved here: every node that depends on IGNORECASE,
//! MULTILINE, DOTALL or ASCII/UNICODE carries the value in force where it
//! stands (global flags, then any scoped `(?i:...)` around it).

use crate::flags::*;
use crate::{Error, ErrorKind, MAXGROUPS, MAXREPEAT};

/// `\d \D \s \S \w \W`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

/// A character class `[...]` (or a lone `\d`-style escape).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub icase: bool,
    pub unicode: bool,
}

/// Zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `^` under MULTILINE
    BeginningLine,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `$` under MULTILINE
    EndLine,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary { unicode: bool },
    /// `\B`
    NonBoundary { unicode: bool },
}

/// Something that matches exactly one character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum One {
    Lit { c: u32, icase: bool, unicode: bool },
    NotLit { c: u32, icase: bool, unicode: bool },
    Any { dotall: bool },
    Set(CharSet),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Empty,
    One(One),
    At(At),
    Group(usize, Box<Node>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        neg: bool,
        node: Box<Node>,
    },
    Backref {
        group: usize,
        icase: bool,
        unicode: bool,
        width: (u64, u64),
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Option<Box<Node>>,
    },
}

/// What the parser hands the compiler.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

const MAX_NESTING: usize = 2 * 495;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_ws(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c)
}
fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}
fn is_octal(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

/// `str.isidentifier`, approximated with Rust's alphabetic/alphanumeric
/// properties (Python uses XID_Start/XID_Continue).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// Python's `repr` of a str (for names quoted in error messages).
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    fn is(self, ch: char) -> bool {
        !self.esc && self.c == ch as u32
    }
    fn push_to(self, s: &mut String) {
        if self.esc {
            s.push('\\');
        }
        s.push(char::from_u32(self.c).unwrap_or('\u{fffd}'));
    }
    fn text(self) -> String {
        let mut s = String::new();
        self.push_to(&mut s);
        s
    }
    fn is_alpha(self) -> bool {
        !self.esc && char::from_u32(self.c).is_some_and(|c| c.is_alphabetic())
    }
}

struct Tokenizer<'a> {
    s: &'a [u32],
    is_str: bool,
    index: usize,
    next: Option<Tok>,
}

type PResult<T> = Result<T, Error>;

impl<'a> Tokenizer<'a> {
    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        if i >= self.s.len() {
            self.next = None;
            return Ok(());
        }
        let c = self.s[i];
        if c == '\\' as u32 {
            if i + 1 >= self.s.len() {
                return Err(Error::re("bad escape (end of pattern)", self.s.len() - 1));
            }
            self.next = Some(Tok {
                c: self.s[i + 1],
                esc: true,
            });
            self.index = i + 2;
        } else {
            self.next = Some(Tok { c, esc: false });
            self.index = i + 1;
        }
        Ok(())
    }
    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn eat(&mut self, ch: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(ch)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }
    fn next_is(&self, ch: char) -> bool {
        self.next.is_some_and(|t| t.is(ch))
    }
    fn next_plain(&self, f: fn(u32) -> bool) -> bool {
        self.next.is_some_and(|t| !t.esc && f(t.c))
    }
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }
    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }
    /// An error `offset` code points before the current position. Bytes
    /// patterns get their message in ASCII with backslash escapes.
    fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        let mut msg: String = msg.into();
        if !self.is_str && !msg.is_ascii() {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        Error::re(msg, self.tell() - offset)
    }
    /// Up to `n` tokens that are plain characters satisfying `f`.
    fn get_while(&mut self, n: usize, f: fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        while out.len() < n && self.next_plain(f) {
            out.push(self.next.unwrap().c);
            self.advance()?;
        }
        Ok(out)
    }
    /// The text up to `term` (a group name).
    fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(
                        format!("missing {term}, unterminated name"),
                        result.chars().count(),
                    ));
                }
                Some(t) if t.is(term) => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => t.push_to(&mut result),
            }
        }
    }
    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// An item of a sequence, with what the repeat checks need to know of it.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Other,
    /// an anchor: "nothing to repeat"
    At,
    /// a repeat: "multiple repeat"
    Repeat,
    /// a non-capturing group without flags (repeated as its contents)
    Plain,
}

struct Parser<'a> {
    t: Tokenizer<'a>,
    is_str: bool,
    /// `state.flags`: the flags given plus global inline flags.
    flags: u32,
    /// Scoped `(?flags:...)` modifications in force: (add, del).
    scopes: Vec<(u32, u32)>,
    /// Width of each closed group; `None` while open. Entry 0 is group 0.
    widths: Vec<Option<(u64, u64)>>,
    names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    /// The first error CPython's compiler (not its parser) would raise.
    compile_error: Option<Error>,
}

/// Widths saturate as sre's do.
fn cap(w: (u64, u64)) -> (u64, u64) {
    (w.0.min(MAXREPEAT as u64 - 1), w.1.min(MAXREPEAT as u64))
}

/// `SubPattern.getwidth`: (min, max) code points the node can match.
pub fn width(n: &Node) -> (u64, u64) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::One(_) => (1, 1),
        Node::Group(_, n) | Node::Atomic(n) => width(n),
        Node::Cat(v) => {
            let mut lo: u64 = 0;
            let mut hi: u64 = 0;
            for n in v {
                let (l, h) = width(n);
                lo = lo.saturating_add(l);
                hi = hi.saturating_add(h);
            }
            cap((lo, hi))
        }
        Node::Alt(v) => {
            let mut lo = MAXREPEAT as u64 - 1;
            let mut hi = 0;
            for n in v {
                let (l, h) = width(n);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Repeat { min, max, node, .. } => {
            let (l, h) = width(node);
            cap((l.saturating_mul(*min as u64), h.saturating_mul(*max as u64)))
        }
        Node::Backref { width, .. } => *width,
        Node::Cond { yes, no, .. } => {
            let (mut l, mut h) = width(yes);
            match no {
                Some(no) => {
                    let (l2, h2) = width(no);
                    l = l.min(l2);
                    h = h.max(h2);
                }
                None => l = 0,
            }
            (l, h)
        }
    }
}

fn seq(mut items: Vec<Node>) -> Node {
    match items.len() {
        0 => Node::Empty,
        1 => items.pop().unwrap(),
        _ => Node::Cat(items),
    }
}

/// sre's `_combine_flags`: scoped type flags replace the outer ones.
fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let f = if add & TYPE_FLAGS != 0 {
        flags & !TYPE_FLAGS
    } else {
        flags
    };
    (f | add) & !del
}

impl<'a> Parser<'a> {
    /// The flags in force for the node being built.
    fn cur(&self) -> u32 {
        let mut f = self.flags;
        if self.is_str && f & (ASCII | LOCALE) == 0 {
            f |= UNICODE;
        }
        for &(add, del) in &self.scopes {
            f = combine(f, add, del);
        }
        f
    }

    fn lit(&self, c: u32) -> Node {
        let f = self.cur();
        Node::One(One::Lit {
            c,
            icase: f & IGNORECASE != 0,
            unicode: f & UNICODE != 0,
        })
    }

    fn cat_set(&self, cat: Cat) -> Node {
        Node::One(One::Set(CharSet {
            items: vec![SetItem::Cat(cat)],
            negate: false,
            icase: false,
            unicode: self.cur() & UNICODE != 0,
        }))
    }

    fn ngroups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, g: usize) -> bool {
        g < self.widths.len() && self.widths[g].is_some()
    }

    fn check_lookbehind_group(&self, g: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(self.t.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.t.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn cat_of(c: u32) -> Option<Cat> {
        Some(match char::from_u32(c)? {
            'd' => Cat::Digit,
            'D' => Cat::NotDigit,
            's' => Cat::Space,
            'S' => Cat::NotSpace,
            'w' => Cat::Word,
            'W' => Cat::NotWord,
            _ => return None,
        })
    }

    fn simple_escape(c: u32) -> Option<u32> {
        Some(match char::from_u32(c)? {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 92,
            _ => return None,
        })
    }

    /// `\x`, `\u`, `\U` and `\N` (shared by both escape contexts). `None`
    /// when `c` is none of these.
    fn hex_escape(&mut self, c: u32) -> PResult<Option<u32>> {
        let n = match char::from_u32(c) {
            Some('x') => 2,
            Some('u') if self.is_str => 4,
            Some('U') if self.is_str => 8,
            Some('N') if self.is_str => {
                return Err(self
                    .t
                    .error("\\N{...} escapes are not supported by weft's re", 2));
            }
            _ => return Ok(None),
        };
        let digits = self.t.get_while(n, is_hex)?;
        let mut esc = String::from("\\");
        esc.push(char::from_u32(c).unwrap());
        for &d in &digits {
            esc.push(char::from_u32(d).unwrap());
        }
        if digits.len() != n {
            return Err(self
                .t
                .error(format!("incomplete escape {esc}"), esc.chars().count()));
        }
        let v = digits.iter().fold(0u64, |a, &d| {
            a * 16 + char::from_u32(d).unwrap().to_digit(16).unwrap() as u64
        });
        if v > 0x10ffff {
            return Err(self
                .t
                .error(format!("bad escape {esc}"), esc.chars().count()));
        }
        Ok(Some(v as u32))
    }

    fn bad_escape(&self, c: u32) -> Error {
        let esc = Tok { c, esc: true }.text();
        self.t.error(format!("bad escape {esc}"), 2)
    }

    /// An escape inside `[...]`.
    fn class_escape(&mut self, c: u32) -> PResult<SetItem> {
        if let Some(v) = Self::simple_escape(c) {
            return Ok(SetItem::Lit(v));
        }
        if c == 'b' as u32 {
            return Ok(SetItem::Lit(8));
        }
        if let Some(cat) = Self::cat_of(c) {
            return Ok(SetItem::Cat(cat));
        }
        if let Some(v) = self.hex_escape(c)? {
            return Ok(SetItem::Lit(v));
        }
        if is_octal(c) {
            let more = self.t.get_while(2, is_octal)?;
            let mut v = c - '0' as u32;
            for d in &more {
                v = v * 8 + (d - '0' as u32);
            }
            if v > 0o377 {
                let mut esc = String::from("\\");
                esc.push(char::from_u32(c).unwrap());
                for &d in &more {
                    esc.push(char::from_u32(d).unwrap());
                }
                return Err(self.t.error(
                    format!("octal escape value {esc} outside of range 0-0o377"),
                    esc.len(),
                ));
            }
            return Ok(SetItem::Lit(v));
        }
        if is_digit(c) || is_ascii_letter(c) {
            return Err(self.bad_escape(c));
        }
        Ok(SetItem::Lit(c))
    }

    /// An escape outside classes.
    fn escape(&mut self, c: u32) -> PResult<(Node, Kind)> {
        let f = self.cur();
        let unicode = f & UNICODE != 0;
        let at = match char::from_u32(c) {
            Some('A') => Some(At::BeginningString),
            Some('Z') => Some(At::EndString),
            Some('b') => Some(At::Boundary { unicode }),
            Some('B') => Some(At::NonBoundary { unicode }),
            _ => None,
        };
        if let Some(a) = at {
            return Ok((Node::At(a), Kind::At));
        }
        if let Some(cat) = Self::cat_of(c) {
            return Ok((self.cat_set(cat), Kind::Other));
        }
        if let Some(v) = Self::simple_escape(c) {
            return Ok((self.lit(v), Kind::Other));
        }
        if let Some(v) = self.hex_escape(c)? {
            return Ok((self.lit(v), Kind::Other));
        }
        if c == '0' as u32 {
            let more = self.t.get_while(2, is_octal)?;
            let v = more.iter().fold(0, |a, d| a * 8 + (d - '0' as u32));
            return Ok((self.lit(v), Kind::Other));
        }
        if is_digit(c) {
            // an octal escape or a group reference
            let mut digits = vec![c];
            if self.t.next_plain(is_digit) {
                digits.push(self.t.get()?.unwrap().c);
                if is_octal(digits[0]) && is_octal(digits[1]) && self.t.next_plain(is_octal) {
                    digits.push(self.t.get()?.unwrap().c);
                    let v = digits.iter().fold(0, |a, d| a * 8 + (d - '0' as u32));
                    if v > 0o377 {
                        let esc: String = std::iter::once('\\')
                            .chain(digits.iter().map(|&d| char::from_u32(d).unwrap()))
                            .collect();
                        return Err(self.t.error(
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.len(),
                        ));
                    }
                    return Ok((self.lit(v), Kind::Other));
                }
            }
            let g = digits
                .iter()
                .fold(0usize, |a, d| a * 10 + (d - '0' as u32) as usize);
            let esc_len = digits.len() + 1;
            if g < self.ngroups() {
                if !self.check_group(g) {
                    return Err(self.t.error("cannot refer to an open group", esc_len));
                }
                self.check_lookbehind_group(g)?;
                return Ok((self.backref(g), Kind::Other));
            }
            return Err(self
                .t
                .error(format!("invalid group reference {g}"), esc_len - 1));
        }
        if is_ascii_letter(c) {
            return Err(self.bad_escape(c));
        }
        Ok((self.lit(c), Kind::Other))
    }

    fn backref(&self, g: usize) -> Node {
        let f = self.cur();
        Node::Backref {
            group: g,
            icase: f & IGNORECASE != 0,
            unicode: f & UNICODE != 0,
            width: self.widths[g].unwrap_or((0, 0)),
        }
    }

    /// `[...]`, the `[` already read.
    fn class(&mut self) -> PResult<Node> {
        let here = self.t.tell() - 1;
        let mut set: Vec<SetItem> = Vec::new();
        let negate = self.t.eat('^')?;
        loop {
            let Some(this) = self.t.get()? else {
                return Err(self
                    .t
                    .error("unterminated character set", self.t.tell() - here));
            };
            if this.is(']') && !set.is_empty() {
                break;
            }
            let code1 = if this.esc {
                self.class_escape(this.c)?
            } else {
                SetItem::Lit(this.c)
            };
            if self.t.eat('-')? {
                let Some(that) = self.t.get()? else {
                    return Err(self
                        .t
                        .error("unterminated character set", self.t.tell() - here));
                };
                if that.is(']') {
                    set.push(code1);
                    set.push(SetItem::Lit('-' as u32));
                    break;
                }
                let code2 = if that.esc {
                    self.class_escape(that.c)?
                } else {
                    SetItem::Lit(that.c)
                };
                let bad = || format!("bad character range {}-{}", this.text(), that.text());
                match (code1, code2) {
                    (SetItem::Lit(lo), SetItem::Lit(hi)) if hi >= lo => {
                        set.push(SetItem::Range(lo, hi))
                    }
                    _ => {
                        return Err(self.t.error(bad(), this.len() + 1 + that.len()));
                    }
                }
            } else {
                set.push(code1);
            }
        }
        let mut uniq: Vec<SetItem> = Vec::new();
        for it in set {
            if !uniq.contains(&it) {
                uniq.push(it);
            }
        }
        let f = self.cur();
        let icase = f & IGNORECASE != 0;
        let unicode = f & UNICODE != 0;
        if let [SetItem::Lit(c)] = uniq[..] {
            return Ok(Node::One(if negate {
                One::NotLit { c, icase, unicode }
            } else {
                One::Lit { c, icase, unicode }
            }));
        }
        Ok(Node::One(One::Set(CharSet {
            items: uniq,
            negate,
            icase,
            unicode,
        })))
    }

    /// `re._parser._parse_sub`: alternatives separated by `|`.
    fn parse_alt(&mut self, mut verbose: bool, nested: usize) -> PResult<Node> {
        // CPython's parser recurses twice per group level and hits its
        // recursion limit near 495 levels; stop there too (this also
        // bounds the native recursion of the parser and compiler).
        if nested > MAX_NESTING {
            return Err(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(verbose, nested + 1, first)?);
            if !self.t.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap());
        }
        Ok(Node::Alt(items))
    }

    /// `re._parser._parse`: a sequence of items.
    fn parse_seq(&mut self, mut verbose: bool, nested: usize, first: bool) -> PResult<Node> {
        let mut items: Vec<(Node, Kind)> = Vec::new();
        while let Some(this) = self.t.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.t.advance()?;
            if verbose && !this.esc {
                if is_ws(this.c) {
                    continue;
                }
                if this.c == '#' as u32 {
                    loop {
                        match self.t.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if this.esc {
                let item = self.escape(this.c)?;
                items.push(item);
                continue;
            }
            let ch = char::from_u32(this.c).unwrap_or('\0');
            match ch {
                '[' => {
                    let n = self.class()?;
                    items.push((n, Kind::Other));
                }
                '*' | '+' | '?' | '{' => {
                    let qpos = self.t.tell() - 1;
                    let (min, max) = match ch {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.t.next_is('}') {
                                items.push((self.lit(this.c), Kind::Other));
                                continue;
                            }
                            let here = self.t.tell();
                            let lo = self.t.get_while(usize::MAX, is_digit)?;
                            let hi = if self.t.eat(',')? {
                                self.t.get_while(usize::MAX, is_digit)?
                            } else {
                                lo.clone()
                            };
                            if !self.t.eat('}')? {
                                items.push((self.lit(this.c), Kind::Other));
                                self.t.seek(here)?;
                                continue;
                            }
                            let num = |d: &[u32]| -> u64 {
                                d.iter().fold(0u64, |a, &x| {
                                    a.saturating_mul(10).saturating_add((x - '0' as u32) as u64)
                                })
                            };
                            let overflow = || Error {
                                kind: ErrorKind::Overflow,
                                msg: "the repetition number is too large".into(),
                                pos: None,
                            };
                            let mut min = 0;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                let v = num(&lo);
                                if v >= MAXREPEAT as u64 {
                                    return Err(overflow());
                                }
                                min = v as u32;
                            }
                            if !hi.is_empty() {
                                let v = num(&hi);
                                if v >= MAXREPEAT as u64 {
                                    return Err(overflow());
                                }
                                max = v as u32;
                                if max < min {
                                    return Err(self.t.error(
                                        "min repeat greater than max repeat",
                                        self.t.tell() - here,
                                    ));
                                }
                            }
                            (min, max)
                        }
                    };
                    let Some((item, kind)) = items.pop() else {
                        return Err(Error::re("nothing to repeat", qpos));
                    };
                    if kind == Kind::At {
                        return Err(Error::re("nothing to repeat", qpos));
                    }
                    if kind == Kind::Repeat {
                        return Err(Error::re("multiple repeat", qpos));
                    }
                    let rk = if self.t.eat('?')? {
                        RepKind::Lazy
                    } else if self.t.eat('+')? {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    items.push((
                        Node::Repeat {
                            min,
                            max,
                            kind: rk,
                            node: Box::new(item),
                        },
                        Kind::Repeat,
                    ));
                }
                '.' => {
                    let dotall = self.cur() & DOTALL != 0;
                    items.push((Node::One(One::Any { dotall }), Kind::Other));
                }
                '(' => {
                    if let Some(item) = self.group(&mut verbose, nested, first, items.is_empty())? {
                        items.push(item);
                    }
                }
                '^' => {
                    let a = if self.cur() & MULTILINE != 0 {
                        At::BeginningLine
                    } else {
                        At::Beginning
                    };
                    items.push((Node::At(a), Kind::At));
                }
                '$' => {
                    let a = if self.cur() & MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::End
                    };
                    items.push((Node::At(a), Kind::At));
                }
                _ => items.push((self.lit(this.c), Kind::Other)),
            }
        }
        Ok(seq(items.into_iter().map(|(n, _)| n).collect()))
    }

    /// After `(`: a group, lookaround, comment, flags... `None` when
    /// nothing is added to the sequence (comments, global flags).
    fn group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        seq_empty: bool,
    ) -> PResult<Option<(Node, Kind)>> {
        let start = self.t.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0;
        let mut del = 0;
        if self.t.eat('?')? {
            let Some(ch) = self.t.get()? else {
                return Err(self.t.error("unexpected end of pattern", 0));
            };
            let c = if ch.esc { None } else { char::from_u32(ch.c) };
            match c {
                Some('P') => {
                    if self.t.eat('<')? {
                        let n = self.t.get_until('>', "group name")?;
                        self.t.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.t.eat('=')? {
                        let n = self.t.get_until(')', "group name")?;
                        self.t.check_group_name(&n, 1)?;
                        let nlen = n.chars().count() + 1;
                        let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return Err(self
                                .t
                                .error(format!("unknown group name {}", py_repr(&n)), nlen));
                        };
                        if !self.check_group(g) {
                            return Err(self.t.error("cannot refer to an open group", nlen));
                        }
                        self.check_lookbehind_group(g)?;
                        return Ok(Some((self.backref(g), Kind::Other)));
                    } else {
                        let Some(ch) = self.t.get()? else {
                            return Err(self.t.error("unexpected end of pattern", 0));
                        };
                        return Err(self
                            .t
                            .error(format!("unknown extension ?P{}", ch.text()), ch.len() + 2));
                    }
                }
                Some(':') => capture = false,
                Some('#') => {
                    loop {
                        if self.t.next.is_none() {
                            return Err(self
                                .t
                                .error("missing ), unterminated comment", self.t.tell() - start));
                        }
                        if self.t.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                Some('=') | Some('!') | Some('<') => {
                    let mut neg = c == Some('!');
                    let behind = c == Some('<');
                    let mut saved_lb = None;
                    if behind {
                        let Some(ch2) = self.t.get()? else {
                            return Err(self.t.error("unexpected end of pattern", 0));
                        };
                        if !(ch2.is('=') || ch2.is('!')) {
                            return Err(self.t.error(
                                format!("unknown extension ?<{}", ch2.text()),
                                ch2.len() + 2,
                            ));
                        }
                        neg = ch2.is('!');
                        saved_lb = Some(self.lookbehind_groups);
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.ngroups());
                        }
                    }
                    let p = self.parse_alt(*verbose, nested + 1)?;
                    if let Some(None) = saved_lb {
                        self.lookbehind_groups = None;
                    }
                    if !self.t.eat(')')? {
                        return Err(self
                            .t
                            .error("missing ), unterminated subpattern", self.t.tell() - start));
                    }
                    if behind {
                        let (lo, hi) = width(&p);
                        if lo != hi && self.compile_error.is_none() {
                            self.compile_error = Some(Error {
                                kind: ErrorKind::Re,
                                msg: "look-behind requires fixed-width pattern".into(),
                                pos: None,
                            });
                        }
                    }
                    return Ok(Some((
                        Node::Look {
                            behind,
                            neg,
                            node: Box::new(p),
                        },
                        Kind::Other,
                    )));
                }
                Some('(') => return self.conditional(*verbose, nested, start).map(Some),
                Some('>') => {
                    capture = false;
                    atomic = true;
                }
                Some(fc) if fc == '-' || flag_of(ch.c).is_some() => match self.parse_flags(ch)? {
                    None => {
                        if !first || !seq_empty {
                            return Err(self.t.error(
                                "global flags not at the start of the expression",
                                self.t.tell() - start,
                            ));
                        }
                        *verbose = self.flags & VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => {
                    return Err(self
                        .t
                        .error(format!("unknown extension ?{}", ch.text()), ch.len() + 1));
                }
            }
        }
        let group = if capture {
            let gid = self.ngroups();
            if gid >= MAXGROUPS {
                return Err(self.t.error("too many groups", 0));
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    return Err(self.t.error(
                        format!(
                            "redefinition of group name {} as group {gid}; was group {old}",
                            py_repr(n)
                        ),
                        n.chars().count() + 1,
                    ));
                }
                self.names.push((n.clone(), gid));
            }
            self.widths.push(None);
            Some(gid)
        } else {
            None
        };
        let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
        self.scopes.push((add, del));
        let p = self.parse_alt(sub_verbose, nested + 1);
        self.scopes.pop();
        let p = p?;
        if !self.t.eat(')')? {
            return Err(self
                .t
                .error("missing ), unterminated subpattern", self.t.tell() - start));
        }
        if let Some(g) = group {
            self.widths[g] = Some(width(&p));
            return Ok(Some((Node::Group(g, Box::new(p)), Kind::Other)));
        }
        if atomic {
            return Ok(Some((Node::Atomic(Box::new(p)), Kind::Other)));
        }
        let kind = if add == 0 && del == 0 {
            Kind::Plain
        } else {
            Kind::Other
        };
        Ok(Some((p, kind)))
    }

    /// `(?(group)yes|no)`, after `(?(`.
    fn conditional(&mut self, verbose: bool, nested: usize, start: usize) -> PResult<(Node, Kind)> {
        let cname = self.t.get_until(')', "group name")?;
        let nlen = cname.chars().count() + 1;
        let g = if is_identifier(&cname) {
            match self.names.iter().find(|(k, _)| *k == cname) {
                Some(&(_, g)) => g,
                None => {
                    return Err(self
                        .t
                        .error(format!("unknown group name {}", py_repr(&cname)), nlen))
                }
            }
        } else {
            let digits = cname.trim().strip_prefix('+').unwrap_or(cname.trim());
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(self.t.error(
                    format!("bad character in group name {}", py_repr(&cname)),
                    nlen,
                ));
            }
            let g = digits.chars().fold(0usize, |a, c| {
                a.saturating_mul(10)
                    .saturating_add(c as usize - '0' as usize)
            });
            if g == 0 {
                return Err(self.t.error("bad group number", nlen));
            }
            if g >= MAXGROUPS {
                return Err(self.t.error(format!("invalid group reference {g}"), nlen));
            }
            if !self.grouprefpos.iter().any(|&(k, _)| k == g) {
                self.grouprefpos.push((g, self.t.tell() - nlen));
            }
            g
        };
        self.check_lookbehind_group(g)?;
        let yes = self.parse_seq(verbose, nested + 1, false)?;
        let no = if self.t.eat('|')? {
            let no = self.parse_seq(verbose, nested + 1, false)?;
            if self.t.next_is('|') {
                return Err(self
                    .t
                    .error("conditional backref with more than two branches", 0));
            }
            Some(Box::new(no))
        } else {
            None
        };
        if !self.t.eat(')')? {
            return Err(self
                .t
                .error("missing ), unterminated subpattern", self.t.tell() - start));
        }
        Ok((
            Node::Cond {
                group: g,
                yes: Box::new(yes),
                no,
            },
            Kind::Other,
        ))
    }

    /// Inline flags after `(?`; `first` is the first flag (or `-`).
    /// `None` for global flags `(?i)` (already added to `self.flags`).
    fn parse_flags(&mut self, first: Tok) -> PResult<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut ch = Some(first);
        if !first.is('-') {
            loop {
                let t = ch.unwrap();
                let flag = flag_of(t.c).unwrap();
                if self.is_str && t.is('L') {
                    return Err(self.t.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.is_str && t.is('u') {
                    return Err(self.t.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.t.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                ch = self.t.get()?;
                let Some(t) = ch else {
                    return Err(self.t.error("missing -, : or )", 0));
                };
                if t.is(')') || t.is('-') || t.is(':') {
                    break;
                }
                if t.esc || flag_of(t.c).is_none() {
                    let msg = if t.is_alpha() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.t.error(msg, t.len()));
                }
            }
        }
        let t = ch.unwrap();
        if t.is(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .t
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if t.is('-') {
            let Some(mut t) = self.t.get()? else {
                return Err(self.t.error("missing flag", 0));
            };
            if t.esc || flag_of(t.c).is_none() {
                let msg = if t.is_alpha() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.t.error(msg, t.len()));
            }
            loop {
                let flag = flag_of(t.c).unwrap();
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.t.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let Some(n) = self.t.get()? else {
                    return Err(self.t.error("missing :", 0));
                };
                if n.is(':') {
                    break;
                }
                if n.esc || flag_of(n.c).is_none() {
                    let msg = if n.is_alpha() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.t.error(msg, n.len()));
                }
                t = n;
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .t
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.t.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

fn value_error(msg: &str) -> Error {
    Error {
        kind: ErrorKind::Value,
        msg: msg.into(),
        pos: None,
    }
}

/// `re._parser.fix_flags`: the implicit UNICODE of str patterns, and the
/// flag combinations CPython refuses with ValueError.
fn fix_flags(is_str: bool, mut flags: u32) -> Result<u32, Error> {
    if is_str {
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// Parses a whole pattern.
pub fn parse(pattern: &[u32], is_str: bool, flags: u32) -> Result<Parsed, Error> {
    let mut t = Tokenizer {
        s: pattern,
        is_str,
        index: 0,
        next: None,
    };
    t.advance()?;
    let mut p = Parser {
        t,
        is_str,
        flags,
        scopes: Vec::new(),
        widths: vec![None],
        names: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        compile_error: None,
    };
    let node = p.parse_alt(flags & VERBOSE != 0, 0)?;
    let final_flags = fix_flags(is_str, p.flags)?;
    if p.t.next.is_some() {
        return Err(p.t.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.ngroups() {
            return Err(Error::re(format!("invalid group reference {g}"), pos));
        }
    }
    if let Some(e) = p.compile_error {
        return Err(e);
    }
    Ok(Parsed {
        node,
        groups: p.widths.len() - 1,
        names: p.names,
        flags: flags | final_flags,
    })
}
