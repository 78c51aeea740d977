//! `format(value, spec)` for ints, floats and strs (CPython's
//! Python/formatter_unicode.c).

use crate::float::{double_to_string, DtoaOpts, Mode};
use crate::int::{magnitude_digits, to_f64_checked, Digits};
use crate::spec::{check_grouping, unknown_code, FormatSpec, Grouping};
use crate::{FormatError, IntRef};

/// The pieces of a formatted number, as CPython's `calc_number_widths` sees them:
/// `[sign][prefix][digits (grouped)][.][remainder]`.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a [u8],
    decimal: bool,
    remainder: &'a str,
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Port of `_PyUnicode_InsertThousandsGrouping`: the grouped digits, built
/// right to left into `rev` (reversed). Zero-pads up to `min_width`.
fn group_digits(rev: &mut Vec<u8>, digits: &[u8], min_width: i64, grouping: Grouping) {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut dpos = digits.len();
    let mut use_sep = false;
    let mut fill = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64, sep: Option<char>| {
        if let Some(s) = sep {
            rev.push(s as u8);
        }
        for _ in 0..n_chars {
            dpos -= 1;
            rev.push(digits[dpos]);
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    if let Some((sep, group)) = grouping {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(
                rev,
                n_chars,
                n_zeros,
                if use_sep { Some(sep) } else { None },
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return;
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    let n_zeros = (len - remaining).max(0);
    let n_chars = remaining.min(len).max(0);
    fill(rev, n_chars, n_zeros, None);
}

/// Port of `calc_number_widths` + `fill_number`.
#[allow(clippy::too_many_arguments)]
fn render_number(
    out: &mut String,
    p: &NumParts,
    sign_opt: Option<char>,
    fill: char,
    align: char,
    width: Option<usize>,
    grouping: Grouping,
) {
    let sign = match (sign_opt, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width: i64 = width.map_or(-1, |w| w as i64);
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit =
        sign.is_some() as i64 + p.prefix.len() as i64 + p.decimal as i64 + n_remainder;
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let mut rev: Vec<u8> = Vec::new();
    if !p.digits.is_empty() {
        rev.reserve(p.digits.len() + p.digits.len() / 3 + 2);
        group_digits(&mut rev, p.digits, min_width, grouping);
    }
    let n_padding = width - (n_non_digit + rev.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    out.reserve((n_non_digit + rev.len() as i64 + n_padding.max(0)) as usize);
    push_fill(out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    push_fill(out, fill, spad);
    out.extend(rev.iter().rev().map(|&b| b as char));
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(out, fill, rpad);
}

/// `format(v, spec)` for a Python `int` (CPython's `format_long`).
///
/// Types `b c d o x X n` and none format the integer; `e E f F g G %` convert
/// it to float first (`OverflowError: int too large to convert to float`).
/// `type_name` names the type in "Unknown format code" messages (`"int"`,
/// `"bool"`, ...). The caller handles the empty spec (`format(x, '')` is
/// `str(x)`, which matters for `bool`).
pub fn format_int(v: IntRef, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let mut s = String::new();
    format_int_into(&mut s, v, spec, type_name)?;
    Ok(s)
}

/// [`format_int`] appending to `out`; on error `out` is left unchanged.
pub fn format_int_into(
    out: &mut String,
    v: IntRef,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<(), FormatError> {
    // Fast path: plain decimal of a small int.
    if let IntRef::Small(i) = v {
        if matches!(spec.ty, None | Some('d'))
            && spec.width.is_none()
            && spec.grouping.is_none()
            && spec.precision.is_none()
            && !spec.no_neg_zero
            && !matches!(spec.sign, Some('+' | ' '))
        {
            use std::fmt::Write;
            let _ = write!(out, "{}", i);
            return Ok(());
        }
    }
    let ty = spec.ty.unwrap_or('d');
    let grouping = check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(out, v, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = to_f64_checked(v)?;
            format_float_internal(out, x, spec, Some(ty), grouping)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

fn format_long_internal(
    out: &mut String,
    v: IntRef,
    spec: &FormatSpec,
    ty: char,
    grouping: Grouping,
) -> Result<(), FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (fill, align) = spec.fill_align('>');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match v {
            IntRef::Small(i) => i,
            IntRef::Big(b) => i64::try_from(b)
                .map_err(|_| FormatError::overflow("Python int too large to convert to C long"))?,
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: &[],
            decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        render_number(out, &parts, None, fill, align, spec.width, None);
        return Ok(());
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits: Digits = magnitude_digits(v, base, ty == 'X')?;
    let negative = digits.negative;
    let prefix = if spec.alternate { prefix } else { "" };
    // Fast path: nothing but the digits (and sign / prefix).
    if spec.width.is_none() && grouping.is_none() && !matches!(spec.sign, Some('+') | Some(' ')) {
        if negative {
            out.push('-');
        }
        out.push_str(prefix);
        out.push_str(digits.as_str());
        return Ok(());
    }
    let parts = NumParts {
        negative,
        prefix,
        digits: digits.as_str().as_bytes(),
        decimal: false,
        remainder: "",
    };
    render_number(out, &parts, spec.sign, fill, align, spec.width, grouping);
    Ok(())
}

/// `format(x, spec)` for a Python `float` (CPython's `format_float`).
///
/// Types `e E f F g G n %` and none (like `g` but always with a digit after
/// the point, and `repr` when there is no precision). `type_name` names the
/// type in "Unknown format code" messages (`"float"`).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let mut s = String::new();
    format_float_into(&mut s, x, spec, type_name)?;
    Ok(s)
}

/// [`format_float`] appending to `out`; on error `out` is left unchanged.
pub fn format_float_into(
    out: &mut String,
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<(), FormatError> {
    let grouping = check_grouping(spec, spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(out, x, spec, spec.ty, grouping)
        }
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

fn format_float_internal(
    out: &mut String,
    x: f64,
    spec: &FormatSpec,
    ty: Option<char>,
    grouping: Grouping,
) -> Result<(), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut x = x;
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    let mut add_pct = false;
    let (mut mode, upper) = match ty {
        None => {
            add_dot_0 = true;
            default_precision = 0;
            (Mode::R, false)
        }
        Some('e') => (Mode::E, false),
        Some('E') => (Mode::E, true),
        Some('f') => (Mode::F, false),
        Some('F') => (Mode::F, true),
        Some('%') => {
            x *= 100.0;
            add_pct = true;
            (Mode::F, false)
        }
        // 'g', 'G', 'n'
        Some(c) => (Mode::G, c == 'G'),
    };
    let precision = match spec.precision {
        Some(p) => {
            if mode == Mode::R {
                mode = Mode::G;
            }
            p
        }
        None => default_precision,
    };
    let opts = DtoaOpts {
        mode,
        precision,
        upper,
        alt: spec.alternate,
        add_dot_0,
        no_neg_0: spec.no_neg_zero,
    };
    let fast = spec.width.is_none()
        && grouping.is_none()
        && ty != Some('n')
        && !matches!(spec.sign, Some('+') | Some(' '));
    if fast {
        double_to_string(out, x, opts);
        if add_pct {
            out.push('%');
        }
        return Ok(());
    }
    let mut buf = String::new();
    double_to_string(&mut buf, x, opts);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let nd = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let decimal = body.as_bytes().get(nd) == Some(&b'.');
    let remainder = &body[nd + decimal as usize..];
    let parts = NumParts {
        negative,
        prefix: "",
        digits: &body.as_bytes()[..nd],
        decimal,
        remainder,
    };
    let (fill, align) = spec.fill_align('>');
    render_number(out, &parts, spec.sign, fill, align, spec.width, grouping);
    Ok(())
}

/// `format(s, spec)` for a Python `str` (CPython's `format_string`).
///
/// Type `s` or none; precision truncates (in characters), width pads.
/// `type_name` names the type in "Unknown format code" messages (`"str"`).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let mut out = String::new();
    format_str_into(&mut out, s, spec, type_name)?;
    Ok(out)
}

/// [`format_str`] appending to `out`; on error `out` is left unchanged.
pub fn format_str_into(
    out: &mut String,
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<(), FormatError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.width.is_none() && spec.precision.is_none() {
        out.push_str(s);
        return Ok(());
    }
    // Truncate to `precision` characters.
    let mut text = s;
    let mut len = None;
    if let Some(p) = spec.precision {
        if let Some((i, _)) = s.char_indices().nth(p) {
            text = &s[..i];
            len = Some(p);
        }
    }
    let width = spec.width.unwrap_or(0);
    let len = match len {
        Some(l) => l,
        None if width == 0 => 0,
        None => text.chars().count(),
    };
    if width <= len {
        out.push_str(text);
        return Ok(());
    }
    let total = width - len;
    let lpad = match align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    out.reserve(text.len() + total);
    push_fill(out, fill, lpad as i64);
    out.push_str(text);
    push_fill(out, fill, (total - lpad) as i64);
    Ok(())
}
