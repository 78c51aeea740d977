//! `float(str)` and `int(str, base)`.

use dashu_int::{IBig, UBig};

use crate::int::int_max_str_digits;

use crate::unicode::to_ascii_number;

/// Strip C `isspace()` characters, as CPython does after mapping Unicode
/// whitespace to ' ' (so `'\x1c'`, a Python whitespace, is not stripped).
fn strip_py(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
}

/// Python's `float(s)` for a `str` argument: surrounding whitespace is
/// stripped; digits of any script are accepted (as CPython); `[sign](digits[.digits]|.digits)[(e|E)[sign]digits]` with single
/// underscores allowed between digits; `inf`, `infinity`, `nan` in any case
/// with an optional sign. Correctly rounded; out-of-range values give
/// `±inf` / `±0.0` as CPython does. `None` if invalid (the caller raises
/// `ValueError: could not convert string to float: '...'` with the repr of
/// the original string).
pub fn parse_float(s: &str) -> Option<f64> {
    let norm = to_ascii_number(s)?;
    let t = strip_py(&norm);
    let b = t.as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let body = &t[i..];
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case("nan") {
        return Some(if neg { -f64::NAN } else { f64::NAN });
    }
    // Validate the decimal syntax; note whether underscores must be removed.
    let bb = body.as_bytes();
    let mut j = 0;
    let mut underscores = false;
    // digits with single underscores between digits; returns digit count
    let mut digit_run = |j: &mut usize| -> Option<usize> {
        let mut n = 0;
        while *j < bb.len() {
            match bb[*j] {
                b'0'..=b'9' => n += 1,
                b'_' if n > 0 && *j + 1 < bb.len() && bb[*j + 1].is_ascii_digit() => {
                    underscores = true
                }
                b'_' => return None,
                _ => break,
            }
            *j += 1;
        }
        Some(n)
    };
    let int_digits = digit_run(&mut j)?;
    let mut frac_digits = 0;
    if j < bb.len() && bb[j] == b'.' {
        j += 1;
        frac_digits = digit_run(&mut j)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if j < bb.len() && (bb[j] == b'e' || bb[j] == b'E') {
        j += 1;
        if j < bb.len() && (bb[j] == b'+' || bb[j] == b'-') {
            j += 1;
        }
        if digit_run(&mut j)? == 0 {
            return None;
        }
    }
    if j != bb.len() {
        return None;
    }
    let r = if underscores {
        let cleaned: String = t.chars().filter(|&c| c != '_').collect();
        cleaned.parse::<f64>()
    } else {
        t.parse::<f64>()
    };
    r.ok()
}

/// The result of [`parse_int`]: `Small` whenever the value fits in an `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(IBig),
}

/// Why [`parse_int`] failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not a valid literal: the caller raises
    /// `ValueError: invalid literal for int() with base {base}: {repr(s)}`.
    Invalid,
    /// Too many digits for a non-power-of-two base (CPython 3.11's int
    /// max-str-digits limit); [`ParseIntError::message`] gives the `ValueError` text.
    ExceedsLimit { digits: usize, limit: usize },
}

impl ParseIntError {
    /// The `ValueError` message for `ExceedsLimit`; `None` for `Invalid`
    /// (whose message needs the base and the repr of the string).
    pub fn message(&self) -> Option<String> {
        match self {
            ParseIntError::Invalid => None,
            ParseIntError::ExceedsLimit { digits, limit } => Some(format!(
                "Exceeds the limit ({} digits) for integer string conversion: \
                 value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, digits
            )),
        }
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// Python's `int(s, base)` for a `str` argument, `base` 0 or 2..=36 (the
/// caller raises `ValueError: int() base must be >= 2 and <= 36, or 0`
/// otherwise; here any other base is `Invalid`).
///
/// Surrounding whitespace, a sign, digits of any script for decimal digits, an optional `0x`/`0o`/`0b` prefix when it
/// matches `base` (base 0 infers the base from it, and rejects non-zero
/// decimals with leading zeros such as `'010'`), single underscores between
/// digits (and one right after the prefix).
pub fn parse_int(s: &str, base: u32) -> Result<ParsedInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::Invalid);
    }
    let norm = to_ascii_number(s).ok_or(ParseIntError::Invalid)?;
    let t = strip_py(&norm);
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    match b.first() {
        Some(b'+') => i = 1,
        Some(b'-') => {
            i = 1;
            neg = true
        }
        _ => {}
    }
    let mut base = base;
    let at = |k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && at(i + 1) == b'x')
            || (base == 8 && at(i + 1) == b'o')
            || (base == 2 && at(i + 1) == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    let digits = &b[i..];
    // Validate: digits of the base with single underscores between them.
    let mut ndigits = 0usize;
    let mut prev_us = true; // an underscore may not come first
    let mut has_us = false;
    for &c in digits {
        if c == b'_' {
            if prev_us {
                return Err(ParseIntError::Invalid);
            }
            prev_us = true;
            has_us = true;
        } else {
            if digit_value(c) >= base {
                return Err(ParseIntError::Invalid);
            }
            ndigits += 1;
            prev_us = false;
        }
    }
    if prev_us {
        // empty, or a trailing underscore
        return Err(ParseIntError::Invalid);
    }
    if base & (base - 1) != 0 {
        let limit = int_max_str_digits();
        if limit != 0 && ndigits > limit {
            return Err(ParseIntError::ExceedsLimit {
                digits: ndigits,
                limit,
            });
        }
    }
    // Small values: accumulate in u64.
    let mut acc: u64 = 0;
    let mut fits = true;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        match acc
            .checked_mul(base as u64)
            .and_then(|a| a.checked_add(digit_value(c) as u64))
        {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    if error_if_nonzero && !(fits && acc == 0) {
        return Err(ParseIntError::Invalid);
    }
    if fits {
        if !neg && acc <= i64::MAX as u64 {
            return Ok(ParsedInt::Small(acc as i64));
        }
        if neg && acc <= 1u64 << 63 {
            return Ok(ParsedInt::Small((acc as i64).wrapping_neg()));
        }
        let m = IBig::from(acc);
        return Ok(ParsedInt::Big(if neg { -m } else { m }));
    }
    let text = std::str::from_utf8(digits).expect("ascii");
    let mag = if has_us {
        let cleaned: String = text.chars().filter(|&c| c != '_').collect();
        UBig::from_str_radix(&cleaned, base)
    } else {
        UBig::from_str_radix(text, base)
    }
    .map_err(|_| ParseIntError::Invalid)?;
    let m = IBig::from(mag);
    Ok(ParsedInt::Big(if neg { -m } else { m }))
}
