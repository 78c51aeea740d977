//! Float → text: `repr(float)` and CPython's `PyOS_double_to_string`.
//!
//! Digits come from Rust's own float formatting, which is exact: `{:e}` gives
//! the shortest digit string that round-trips (the same digits as David Gay's
//! dtoa mode 0, which CPython uses), and `{:.N}` / `{:.Ne}` are correctly
//! rounded with ties broken to even on the exact binary value (dtoa modes 2
//! and 3). This module only lays those digits out the way CPython does.

use std::fmt::Write;

/// A small write buffer on the stack that spills to the heap if it overflows.
pub(crate) struct Scratch {
    arr: [u8; 64],
    len: usize,
    heap: Vec<u8>,
}

impl Scratch {
    pub(crate) fn new() -> Self {
        Scratch {
            arr: [0; 64],
            len: 0,
            heap: Vec::new(),
        }
    }

    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        if self.heap.is_empty() {
            &mut self.arr[..self.len]
        } else {
            &mut self.heap
        }
    }
}

impl Write for Scratch {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let b = s.as_bytes();
        if self.heap.is_empty() && self.len + b.len() <= self.arr.len() {
            self.arr[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
        } else {
            if self.heap.is_empty() {
                self.heap.extend_from_slice(&self.arr[..self.len]);
            }
            self.heap.extend_from_slice(b);
        }
        Ok(())
    }
}

/// Which layout `PyOS_double_to_string` uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// 'e': exponent, `precision` digits after the point.
    E,
    /// 'f': fixed, `precision` digits after the point.
    F,
    /// 'g': `precision` significant digits, exponent if too large/small.
    G,
    /// 'r': shortest round-trip digits (repr).
    R,
}

/// Options of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DtoaOpts {
    pub mode: Mode,
    /// Precision as CPython's callers pass it (for 'g', 0 is treated as 1).
    pub precision: usize,
    /// Uppercase: 'E' exponent and 'INF'/'NAN'.
    pub upper: bool,
    /// Py_DTSF_ALT: keep the trailing '.', keep trailing zeros for 'g'.
    pub alt: bool,
    /// Py_DTSF_ADD_DOT_0: integers get '.0' (repr and the empty format type).
    pub add_dot_0: bool,
    /// Py_DTSF_NO_NEG_0: a negative value that rounds to zero loses its sign.
    pub no_neg_0: bool,
}

/// `repr(x)` / `str(x)` of a Python float, exactly as CPython 3.11.
///
/// Shortest round-trip digits; fixed notation when the decimal exponent is in
/// `-4 <= exp < 16`, otherwise `d.ddde±XX`; integral values get `.0`.
/// `inf`, `-inf`, `nan` (never `-nan`), `-0.0`.
pub fn float_repr(x: f64) -> String {
    let mut s = String::with_capacity(24);
    float_repr_into(&mut s, x);
    s
}

/// [`float_repr`] appending to `out` (no intermediate allocation).
pub fn float_repr_into(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str(if x.is_nan() {
            "nan"
        } else if x < 0.0 {
            "-inf"
        } else {
            "inf"
        });
        return;
    }
    // Integral values below 1e16 print as the integer plus ".0".
    if x.abs() < 1e16 && (x as i64) as f64 == x {
        if x == 0.0 {
            out.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
        } else {
            let _ = write!(out, "{}", x as i64);
            out.push_str(".0");
        }
        return;
    }
    // Fixed-notation range: Rust's shortest `Display` has exactly CPython's
    // layout, unless the value could be an exact tie between two shortest
    // candidates (see `fix_shortest_tie`), which needs a short exact decimal
    // expansion, i.e. few fractional bits.
    let a = x.abs();
    if (1e-4..1e16).contains(&a) {
        let bits = a.to_bits();
        let m = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let e = ((bits >> 52) as i64) - 1075 + m.trailing_zeros() as i64;
        if e < -25 {
            let _ = write!(out, "{}", x);
            return;
        }
    }
    double_to_string(
        out,
        x,
        DtoaOpts {
            mode: Mode::R,
            precision: 0,
            upper: false,
            alt: false,
            add_dot_0: true,
            no_neg_0: false,
        },
    );
}

/// Split Rust's `{:e}`-style output (`[-]D[.DDD]e[-]X`) held in `buf` into
/// (negative, digits, decpt). The digit slice is made contiguous in place.
/// `decpt` is CPython's: the value is `0.DIGITS * 10**decpt`.
fn split_exp_form(buf: &mut [u8]) -> (bool, &[u8], i64) {
    let neg = buf[0] == b'-';
    let start = neg as usize;
    let epos = buf
        .iter()
        .rposition(|&b| b == b'e')
        .expect("exponent marker");
    let mut exp: i64 = 0;
    let mut eneg = false;
    for &b in &buf[epos + 1..] {
        if b == b'-' {
            eneg = true;
        } else {
            exp = exp * 10 + (b - b'0') as i64;
        }
    }
    if eneg {
        exp = -exp;
    }
    let digits: &[u8] = if epos > start + 1 && buf[start + 1] == b'.' {
        buf[start + 1] = buf[start];
        &buf[start + 1..epos]
    } else {
        &buf[start..epos]
    };
    (neg, digits, exp + 1)
}

/// More decimal places than any double's exact expansion needs (1074 after the point).
const EXACT_DIGITS: usize = 1100;

/// CPython's `PyOS_double_to_string(x, code, precision, flags)` (without
/// Py_DTSF_SIGN), appending to `out`.
pub(crate) fn double_to_string(out: &mut String, x: f64, o: DtoaOpts) {
    if x.is_nan() {
        out.push_str(if o.upper { "NAN" } else { "nan" });
        return;
    }
    if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        }
        out.push_str(if o.upper { "INF" } else { "inf" });
        return;
    }
    match o.mode {
        Mode::F => {
            let start = out.len();
            // Rust's formatter takes precisions up to u16::MAX; a double's exact
            // decimal expansion ends within EXACT_DIGITS places, so the rest are zeros.
            let _ = write!(out, "{:.*}", o.precision.min(EXACT_DIGITS), x);
            if o.precision > EXACT_DIGITS {
                out.extend(std::iter::repeat_n('0', o.precision - EXACT_DIGITS));
            }
            if o.no_neg_0
                && out.as_bytes()[start] == b'-'
                && out.as_bytes()[start + 1..]
                    .iter()
                    .all(|&b| b == b'0' || b == b'.')
            {
                out.remove(start);
            }
            if o.alt && o.precision == 0 {
                out.push('.');
            }
        }
        Mode::E => {
            let mut sc = Scratch::new();
            let _ = write!(sc, "{:.*e}", o.precision.min(EXACT_DIGITS), x);
            let (neg, digits, decpt) = split_exp_form(sc.bytes_mut());
            let neg = neg && !(o.no_neg_0 && digits.iter().all(|&b| b == b'0'));
            layout(out, neg, digits, decpt, &o, o.precision as i64 + 1);
        }
        Mode::G => {
            let p = o.precision.max(1);
            let mut sc = Scratch::new();
            let _ = write!(sc, "{:.*e}", (p - 1).min(EXACT_DIGITS), x);
            let (neg, digits, decpt) = split_exp_form(sc.bytes_mut());
            // dtoa strips trailing zeros; a zero value is the single digit "0".
            let mut n = digits.len();
            while n > 1 && digits[n - 1] == b'0' {
                n -= 1;
            }
            let digits = &digits[..n];
            let neg = neg && !(o.no_neg_0 && digits == b"0");
            layout(out, neg, digits, decpt, &o, p as i64);
        }
        Mode::R => {
            let mut d = [0u8; 24];
            let (neg, n, decpt) = shortest_digits(x, &mut d);
            let digits = &d[..n];
            let neg = neg && !(o.no_neg_0 && digits == b"0");
            layout(out, neg, digits, decpt, &o, 0);
        }
    }
}

/// Shortest round-trip digits of a finite `x` (dtoa mode 0) into `d`:
/// returns (negative, number of digits, decpt).
fn shortest_digits(x: f64, d: &mut [u8; 24]) -> (bool, usize, i64) {
    let mut sc = Scratch::new();
    let _ = write!(sc, "{:e}", x);
    let (neg, digits, mut decpt) = split_exp_form(sc.bytes_mut());
    let mut n = digits.len();
    d[..n].copy_from_slice(digits);
    if d[n - 1] & 1 == 1 {
        fix_shortest_tie(x.abs(), d, &mut n, &mut decpt);
    }
    (neg, n, decpt)
}

/// Rust's shortest formatting breaks an exact tie between two shortest
/// candidates upwards; dtoa (and so CPython) picks the even one. `d[..n]` has
/// an odd last digit: if `x` lies exactly halfway between it and a neighbour,
/// switch to that (even) neighbour.
#[cold]
fn fix_shortest_tie(x: f64, d: &mut [u8; 24], n: &mut usize, decpt: &mut i64) {
    let bits = x.to_bits();
    let be = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    if m == 0 {
        return;
    }
    let t = m.trailing_zeros();
    let m_odd = (m >> t) as u128;
    let e_odd = e + t as i64;
    // The half-way point between n-digit neighbours is (10*D +- 5) * 10**k.
    let k = *decpt - *n as i64 - 1;
    if e_odd != k {
        return;
    }
    let dv: u64 = d[..*n].iter().fold(0, |a, &c| a * 10 + (c - b'0') as u64);
    let pow5 = |p: i64| -> Option<u128> { 5u128.checked_pow(p.max(0) as u32) };
    let (Some(l5), Some(r5)) = (pow5(-k), pow5(k)) else {
        return;
    };
    let Some(lhs) = m_odd.checked_mul(l5) else {
        return;
    };
    for (half, cand) in [(10 * dv as u128 - 5, dv - 1), (10 * dv as u128 + 5, dv + 1)] {
        if half.checked_mul(r5) != Some(lhs) {
            continue;
        }
        let mut s = cand.to_string();
        let new_decpt = *decpt + s.len() as i64 - *n as i64;
        while s.len() > 1 && s.ends_with('0') {
            s.pop();
        }
        // Only switch if the neighbour also round-trips.
        if format!("0.{}e{}", s, new_decpt).parse::<f64>() == Ok(x) {
            *n = s.len();
            d[..*n].copy_from_slice(s.as_bytes());
            *decpt = new_decpt;
        }
        return;
    }
}

fn push_zeros(out: &mut String, n: i64) {
    const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
    let mut n = n.max(0) as usize;
    while n > 0 {
        let k = n.min(ZEROS.len());
        out.push_str(&ZEROS[..k]);
        n -= k;
    }
}

fn push_digits(out: &mut String, d: &[u8]) {
    out.push_str(std::str::from_utf8(d).expect("ascii digits"));
}

/// The layout part of CPython's `format_float_short`: place `digits` (with
/// the decimal point at `decpt`) into fixed or exponent notation, padding with
/// zeros on either side. `precision` is the dtoa `ndigits` (for 'e' it already
/// counts the leading digit).
fn layout(out: &mut String, neg: bool, digits: &[u8], decpt: i64, o: &DtoaOpts, precision: i64) {
    let dlen = digits.len() as i64;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vend = dlen;
    match o.mode {
        Mode::E => {
            use_exp = true;
            vend = precision;
        }
        Mode::F => vend = decpt + precision,
        Mode::G => {
            let limit = if o.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if o.alt {
                vend = precision;
            }
        }
        Mode::R => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && o.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    out.reserve((vend - vstart) as usize + 8);
    if neg {
        out.push('-');
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vstart);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        push_digits(out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(out, &digits[decpt as usize..]);
    } else {
        push_digits(out, digits);
    }
    if dlen < decpt {
        push_zeros(out, decpt - dlen);
        out.push('.');
        push_zeros(out, vend - decpt);
    } else {
        push_zeros(out, vend - dlen);
    }
    if out.ends_with('.') && !o.alt {
        out.pop();
    }
    if use_exp {
        out.push(if o.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs() as u32;
        if a >= 100 {
            out.push(char::from_digit(a / 100, 10).expect("digit"));
        }
        out.push(char::from_digit(a / 10 % 10, 10).expect("digit"));
        out.push(char::from_digit(a % 10, 10).expect("digit"));
    }
}
