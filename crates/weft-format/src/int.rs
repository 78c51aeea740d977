//! Integer → text in a radix, with CPython 3.11's limit on decimal conversions.

use std::fmt::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use dashu_int::IBig;

use crate::{FormatError, IntRef};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.set_int_max_str_digits(n)`: the limit on decimal digits for int↔str
/// conversions (0 = unlimited). The caller validates `n` (CPython requires
/// 0 or >= 640). Process-wide.
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

fn to_str_limit_error(limit: usize) -> FormatError {
    FormatError::Value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// Digits of |v| in some base, plus the sign.
pub(crate) struct Digits {
    pub negative: bool,
    buf: [u8; 64],
    start: usize,
    heap: String,
}

impl Digits {
    pub(crate) fn as_str(&self) -> &str {
        if self.start == usize::MAX {
            &self.heap
        } else {
            std::str::from_utf8(&self.buf[self.start..]).expect("ascii digits")
        }
    }
}

fn bit_len(b: &IBig) -> usize {
    let (_, words) = b.as_sign_words();
    match words.last() {
        None => 0,
        Some(&top) => {
            let wbits = std::mem::size_of_val(&top) * 8;
            words.len() * wbits - top.leading_zeros() as usize
        }
    }
}

/// Digits of `m` in `base`, right-aligned in `buf`; returns the start index.
fn small_digits(mut m: u64, base: u32, upper: bool, buf: &mut [u8; 64]) -> usize {
    let table: &[u8; 36] = if upper {
        b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    } else {
        b"0123456789abcdefghijklmnopqrstuvwxyz"
    };
    let mut i = buf.len();
    // Constant divisors for the common bases (no hardware division).
    macro_rules! run {
        ($digit:expr, $next:expr) => {
            loop {
                i -= 1;
                buf[i] = table[$digit as usize];
                m = $next;
                if m == 0 {
                    break;
                }
            }
        };
    }
    match base {
        10 => run!(m % 10, m / 10),
        16 => run!(m & 15, m >> 4),
        8 => run!(m & 7, m >> 3),
        2 => run!(m & 1, m >> 1),
        _ => {
            let b = base as u64;
            run!(m % b, m / b)
        }
    }
    i
}

/// Digits of |v| in `base` (2..=36), lowercase unless `upper`. For base 10,
/// enforces the int max-str-digits limit (`ValueError`).
pub(crate) fn magnitude_digits(v: IntRef, base: u32, upper: bool) -> Result<Digits, FormatError> {
    match v {
        IntRef::Small(i) => {
            let mut d = Digits {
                negative: i < 0,
                buf: [0; 64],
                start: 64,
                heap: String::new(),
            };
            d.start = small_digits(i.unsigned_abs(), base, upper, &mut d.buf);
            Ok(d)
        }
        IntRef::Big(b) => {
            let limit = int_max_str_digits();
            if base == 10 && limit != 0 {
                // A number of `bits` bits has at least floor((bits-1)*log10(2))+1 digits.
                let bits = bit_len(b);
                let min_digits =
                    ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as usize + 1;
                if min_digits > limit + 1 {
                    return Err(to_str_limit_error(limit));
                }
            }
            let mut s = String::new();
            let _ = write!(s, "{}", b.in_radix(base as u8));
            let negative = s.starts_with('-');
            if negative {
                s.remove(0);
            }
            if upper {
                s.make_ascii_uppercase();
            }
            if base == 10 && limit != 0 && s.len() > limit {
                return Err(to_str_limit_error(limit));
            }
            Ok(Digits {
                negative,
                buf: [0; 64],
                start: usize::MAX,
                heap: s,
            })
        }
    }
}

/// `float(v)` for an int: correctly rounded; `OverflowError` if too large.
pub(crate) fn to_f64_checked(v: IntRef) -> Result<f64, FormatError> {
    match v {
        IntRef::Small(i) => Ok(i as f64),
        IntRef::Big(b) => {
            let x = b.to_f64().value();
            if x.is_finite() {
                Ok(x)
            } else {
                Err(FormatError::overflow("int too large to convert to float"))
            }
        }
    }
}

/// `str(v)` / `repr(v)` for a Python int. `ValueError` when the value has more
/// decimal digits than [`int_max_str_digits`] (4300 by default), as CPython 3.11.
pub fn int_to_str(v: IntRef) -> Result<String, FormatError> {
    let mut s = String::new();
    int_to_str_into(&mut s, v)?;
    Ok(s)
}

/// [`int_to_str`] appending to `out`; on error `out` is left unchanged.
pub fn int_to_str_into(out: &mut String, v: IntRef) -> Result<(), FormatError> {
    match v {
        IntRef::Small(i) => {
            let _ = write!(out, "{}", i);
        }
        IntRef::Big(_) => {
            let d = magnitude_digits(v, 10, false)?;
            if d.negative {
                out.push('-');
            }
            out.push_str(d.as_str());
        }
    }
    Ok(())
}

/// `v` in `radix` (2..=36, lowercase digits), e.g. `bin`/`oct`/`hex` with
/// `prefix = true`: `'-0x1f'`, `'0b101'`, `'0o17'` (the prefix is only
/// produced for radix 2, 8 and 16). No digit limit is applied here, not even
/// for radix 10: use [`int_to_str`] for `str(int)`.
///
/// # Panics
/// If `radix` is outside 2..=36.
pub fn int_to_radix(v: IntRef, radix: u32, prefix: bool) -> String {
    let mut s = String::new();
    int_to_radix_into(&mut s, v, radix, prefix);
    s
}

/// [`int_to_radix`] appending to `out`.
pub fn int_to_radix_into(out: &mut String, v: IntRef, radix: u32, prefix: bool) {
    assert!((2..=36).contains(&radix), "radix must be in 2..=36");
    let d = match v {
        IntRef::Big(b) if radix == 10 => {
            let mut s = String::new();
            let _ = write!(s, "{}", b);
            let negative = s.starts_with('-');
            if negative {
                s.remove(0);
            }
            Digits {
                negative,
                buf: [0; 64],
                start: usize::MAX,
                heap: s,
            }
        }
        _ => magnitude_digits(v, radix, false).expect("no limit outside radix 10"),
    };
    if d.negative {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(d.as_str());
}
