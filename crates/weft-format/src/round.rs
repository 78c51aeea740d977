//! `round(float, ndigits)`.

use std::fmt::Write;

use dashu_int::UBig;

use crate::float::Scratch;
use crate::FormatError;

/// `round(x, ndigits)` for a float, exactly as CPython's `float.__round__`
/// with an `ndigits` argument: the exact binary value of `x` is rounded to
/// the nearest multiple of `10**-ndigits`, ties to even, and the decimal
/// result converted back to the nearest float.
///
/// NaN and infinities are returned unchanged; `ndigits > 323` returns `x`;
/// `ndigits < -308` returns `±0.0`. (Callers clamp a huge Python `ndigits` to
/// `i64` as CPython clamps to `Py_ssize_t`.) A result too large for a float
/// is `Err(FormatError::Overflow("rounded value too large to represent"))`.
///
/// Rounding to an int (`round(x)` with no `ndigits`) is not this function:
/// that is `x.round_ties_even()` converted to an int.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        if x == x.trunc() {
            return Ok(x);
        }
        let mut sc = Scratch::new();
        let _ = write!(sc, "{:.*}", ndigits as usize, x);
        let s = std::str::from_utf8(sc.bytes_mut()).expect("ascii");
        return Ok(s.parse::<f64>().expect("valid float text"));
    }
    // Negative ndigits: round the integer part (with a sticky bit for the
    // fraction) to a multiple of 10**k.
    let k = ndigits.unsigned_abs() as usize;
    let a = x.abs();
    let t = a.trunc();
    let sticky = a != t;
    let n = float_int_to_ubig(t);
    let p = UBig::from(10u8).pow(k);
    let (mut q, r) = (&n / &p, &n % &p);
    let twice_r = &r + &r;
    let up = match twice_r.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => sticky || (&q % UBig::from(2u8)) == UBig::from(1u8),
    };
    if up {
        q += UBig::from(1u8);
    }
    let v = (q * p).to_f64().value();
    if v.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(v.copysign(x))
}

/// The exact value of a non-negative integral finite float as a `UBig`.
fn float_int_to_ubig(t: f64) -> UBig {
    if t < 18446744073709551616.0 {
        return UBig::from(t as u64);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    UBig::from(mant) << (exp as usize)
}
