//! printf-style `str % args` (CPython's `PyUnicode_Format`).
//!
//! The VM walks the pieces produced by [`PercentParser`] (or [`parse_percent`]),
//! fetches arguments, converts values, and calls [`percent_int`],
//! [`percent_float`], [`percent_pad`] to produce the text of each conversion.

use crate::float::{double_to_string, DtoaOpts, Mode};
use crate::int::magnitude_digits;
use crate::{FormatError, IntRef};

/// The conversion flags `- + space # 0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision: a number from the format, or `*` (take it from the
/// arguments; see [`star_width`] / [`star_precision`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Num(usize),
    Star,
}

/// One `%...c` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec<'a> {
    /// `%(key)s`: the key (parentheses may nest; the key is everything between
    /// the outer ones).
    pub mapping_key: Option<&'a str>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character. [`PercentParser`] yields any character here
    /// (CPython fetches the argument before rejecting an unknown conversion);
    /// for one that is not `s r a c d i u o x X e E f F g G`, raise
    /// `ValueError(percent_unsupported_message(conversion, index))` after
    /// fetching the argument.
    pub conversion: char,
    /// Index (in characters) of the conversion character in the format string.
    pub index: usize,
}

impl PercentSpec<'_> {
    /// True for the conversions CPython supports.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.conversion,
            's' | 'r'
                | 'a'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        )
    }

    /// The `ValueError` message for an unsupported conversion.
    pub fn unsupported_message(&self) -> String {
        percent_unsupported_message(self.conversion, self.index)
    }
}

/// A piece of a `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied as is (`%%` yields `Literal("%")`).
    Literal(&'a str),
    Spec(PercentSpec<'a>),
}

/// `unsupported format character 'y' (0x79) at index 3`.
pub fn percent_unsupported_message(conv: char, index: usize) -> String {
    let u = conv as u32;
    let shown = if (31..=126).contains(&u) { conv } else { '?' };
    format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, u, index
    )
}

/// A `*` width taken from an argument: negative means left-justify (sets
/// `flags.left`) with the absolute value as width.
pub fn star_width(n: i64, flags: &mut PercentFlags) -> usize {
    if n < 0 {
        flags.left = true;
    }
    n.unsigned_abs() as usize
}

/// A `*` precision taken from an argument: negative means 0.
pub fn star_precision(n: i64) -> usize {
    n.max(0) as usize
}

/// Lazy parser of a `%` format string, yielding pieces in order so that the
/// VM can interleave argument fetching exactly as CPython does. After an
/// error (`ValueError` message: `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big`) it yields nothing more.
pub struct PercentParser<'a> {
    fmt: &'a str,
    pos: usize,
    cidx: usize,
    done: bool,
}

impl<'a> PercentParser<'a> {
    pub fn new(fmt: &'a str) -> Self {
        PercentParser {
            fmt,
            pos: 0,
            cidx: 0,
            done: false,
        }
    }

    fn read(&mut self) -> Option<char> {
        let c = self.fmt[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        self.cidx += 1;
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.fmt[self.pos..].chars().next()
    }

    fn read_number(
        &mut self,
        first: char,
        max: usize,
        err: &str,
    ) -> Result<(usize, Option<char>), String> {
        let mut n = first as usize - '0' as usize;
        loop {
            let ch = self.read();
            match ch {
                Some(d @ '0'..='9') => {
                    let d = d as usize - '0' as usize;
                    if n > (max - d) / 10 {
                        return Err(err.to_string());
                    }
                    n = n * 10 + d;
                }
                _ => return Ok((n, ch)),
            }
        }
    }

    fn parse_spec(&mut self) -> Result<PercentPiece<'a>, String> {
        // We are just past a '%'.
        if self.peek() == Some('%') {
            let start = self.pos;
            self.read();
            return Ok(PercentPiece::Literal(&self.fmt[start..self.pos]));
        }
        let mut mapping_key = None;
        if self.peek() == Some('(') {
            self.read();
            let start = self.pos;
            let mut depth = 1;
            loop {
                match self.read() {
                    None => return Err("incomplete format key".to_string()),
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Some('(') => depth += 1,
                    Some(_) => {}
                }
            }
            mapping_key = Some(&self.fmt[start..self.pos - 1]);
        }
        let mut flags = PercentFlags::default();
        let mut ch;
        loop {
            ch = self.read();
            match ch {
                Some('-') => flags.left = true,
                Some('+') => flags.plus = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alt = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
        }
        let mut width = None;
        match ch {
            Some('*') => {
                width = Some(Count::Star);
                ch = self.read();
            }
            Some(c @ '0'..='9') => {
                let (n, next) = self.read_number(c, isize::MAX as usize, "width too big")?;
                width = Some(Count::Num(n));
                ch = next;
            }
            _ => {}
        }
        let mut precision = None;
        if ch == Some('.') {
            precision = Some(Count::Num(0));
            ch = self.read();
            match ch {
                Some('*') => {
                    precision = Some(Count::Star);
                    ch = self.read();
                }
                Some(c @ '0'..='9') => {
                    let (n, next) = self.read_number(c, i32::MAX as usize, "precision too big")?;
                    precision = Some(Count::Num(n));
                    ch = next;
                }
                _ => {}
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = self.read();
        }
        let Some(conversion) = ch else {
            return Err("incomplete format".to_string());
        };
        Ok(PercentPiece::Spec(PercentSpec {
            mapping_key,
            flags,
            width,
            precision,
            conversion,
            index: self.cidx - 1,
        }))
    }
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = Result<PercentPiece<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.fmt.len() {
            return None;
        }
        let rest = &self.fmt[self.pos..];
        if !rest.starts_with('%') {
            let end = rest.find('%').unwrap_or(rest.len());
            let lit = &rest[..end];
            self.pos += end;
            self.cidx += lit.chars().count();
            return Some(Ok(PercentPiece::Literal(lit)));
        }
        self.read();
        let r = self.parse_spec();
        if r.is_err() {
            self.done = true;
        }
        Some(r)
    }
}

/// Parse a whole `%` format string eagerly. Unlike [`PercentParser`], this
/// also rejects unsupported conversion characters up front (CPython would
/// first fetch that conversion's argument, so "not enough arguments" could
/// win over this error). All errors are `ValueError` messages.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece<'_>>, String> {
    let mut v = Vec::new();
    for p in PercentParser::new(fmt) {
        let p = p?;
        if let PercentPiece::Spec(s) = &p {
            if !s.is_supported() {
                return Err(s.unsupported_message());
            }
        }
        v.push(p);
    }
    Ok(v)
}

/// Port of `unicode_format_arg_output` for numeric conversions (`sign` = true)
/// and string conversions (`sign` = false).
fn arg_output(
    out: &mut String,
    s: &str,
    flags: PercentFlags,
    width: Option<usize>,
    conv: char,
    sign: bool,
) {
    let fill = if sign && flags.zero { '0' } else { ' ' };
    let b = s.as_bytes();
    let mut len = s.chars().count();
    let mut width = width.unwrap_or(0);
    if width <= len && !flags.plus && !flags.space {
        out.push_str(s);
        return;
    }
    let mut p = 0usize; // byte index into s (all prefixes handled here are ASCII)
    let mut signchar = None;
    if sign {
        if !b.is_empty() && (b[0] == b'-' || b[0] == b'+') {
            signchar = Some(b[0] as char);
            len -= 1;
            p += 1;
        } else if flags.plus {
            signchar = Some('+');
        } else if flags.space {
            signchar = Some(' ');
        }
    }
    if width < len {
        width = len;
    }
    out.reserve(width + 1 + s.len() - len);
    if let Some(c) = signchar {
        if fill != ' ' {
            out.push(c);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alt && matches!(conv, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.push_str(&s[p..p + 2]);
            p += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(c) = signchar {
            out.push(c);
        }
        if prefixed {
            out.push_str(&s[p..p + 2]);
            p += 2;
        }
    }
    out.push_str(&s[p..]);
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
}

/// `%d %i %u %o %x %X` of an int (CPython's `_PyUnicode_FormatLong` +
/// padding). `precision` is the minimum number of digits; `#` adds `0o`/`0x`/`0X`.
/// `ValueError` when a decimal conversion exceeds the int max-str-digits limit.
///
/// # Panics
/// If `conv` is not one of `d i u o x X`.
pub fn percent_int(
    v: IntRef,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, FormatError> {
    let mut s = String::new();
    percent_int_into(&mut s, v, flags, width, precision, conv)?;
    Ok(s)
}

/// [`percent_int`] appending to `out`; on error `out` is left unchanged.
pub fn percent_int_into(
    out: &mut String,
    v: IntRef,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<(), FormatError> {
    let (base, prefix) = match conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => panic!("percent_int: bad conversion {:?}", conv),
    };
    // Fast path: plain %d of a small int.
    if let IntRef::Small(i) = v {
        if base == 10 && width.is_none() && precision.is_none() && !flags.plus && !flags.space {
            use std::fmt::Write;
            let _ = write!(out, "{}", i);
            return Ok(());
        }
    }
    let d = magnitude_digits(v, base, conv == 'X')?;
    let digits = d.as_str();
    let mut s = String::with_capacity(digits.len() + 4 + precision.unwrap_or(0));
    if d.negative {
        s.push('-');
    }
    if flags.alt {
        s.push_str(prefix);
    }
    if let Some(p) = precision {
        for _ in digits.len()..p {
            s.push('0');
        }
    }
    s.push_str(digits);
    arg_output(out, &s, flags, width, conv, true);
    Ok(())
}

/// `%e %E %f %F %g %G` of a float. `precision` defaults to 6; `%g` drops
/// trailing zeros unless `#`.
///
/// # Panics
/// If `conv` is not one of `e E f F g G`.
pub fn percent_float(
    x: f64,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> String {
    let mut s = String::new();
    percent_float_into(&mut s, x, flags, width, precision, conv);
    s
}

/// [`percent_float`] appending to `out`.
pub fn percent_float_into(
    out: &mut String,
    x: f64,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) {
    let mode = match conv {
        'e' | 'E' => Mode::E,
        'f' | 'F' => Mode::F,
        'g' | 'G' => Mode::G,
        _ => panic!("percent_float: bad conversion {:?}", conv),
    };
    let opts = DtoaOpts {
        mode,
        precision: precision.unwrap_or(6),
        upper: conv.is_ascii_uppercase(),
        alt: flags.alt,
        add_dot_0: false,
        no_neg_0: false,
    };
    if width.is_none() && !flags.plus && !flags.space {
        double_to_string(out, x, opts);
        return;
    }
    let mut s = String::new();
    double_to_string(&mut s, x, opts);
    arg_output(out, &s, flags, width, conv, true);
}

/// `%s %r %a` (and `%c`, with `precision = None`): truncate to `precision`
/// characters, pad to `width` with spaces (left-justified with `-`).
pub fn percent_pad(
    s: &str,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let mut out = String::new();
    percent_pad_into(&mut out, s, flags, width, precision);
    out
}

/// [`percent_pad`] appending to `out`.
pub fn percent_pad_into(
    out: &mut String,
    s: &str,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) {
    let mut s = s;
    if let Some(p) = precision {
        if let Some((i, _)) = s.char_indices().nth(p) {
            s = &s[..i];
        }
    }
    arg_output(out, s, flags, width, 's', false);
}

/// `%c` of an int: the character, or `OverflowError("%c arg not in range(0x110000)")`.
/// Surrogate code points (not representable in Rust strings) become U+FFFD.
pub fn percent_char(v: IntRef) -> Result<char, FormatError> {
    let x = match v {
        IntRef::Small(i) => i,
        IntRef::Big(b) => i64::try_from(b).unwrap_or(-1),
    };
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    Ok(char::from_u32(x as u32).unwrap_or('\u{fffd}'))
}
