//! Table-driven tests: every expectation was produced by CPython 3.11
//! (see tests/data/gen_cases.py).

#[path = "data/cpython_cases.rs"]
mod cases;

use cases::*;
use dashu_int::IBig;
use weft_format::*;

fn big(s: &str) -> IBig {
    let (neg, t) = match s.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, s),
    };
    let v = match t.strip_prefix("0x") {
        Some(h) => IBig::from_str_radix(h, 16).unwrap(),
        None => IBig::from_str_radix(t, 10).unwrap(),
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Call `f` with the int both as `Small` (when it fits) and as `Big`, and
/// check both give the same answer.
fn with_int<T: PartialEq + std::fmt::Debug>(s: &str, f: impl Fn(IntRef) -> T) -> T {
    let b = big(s);
    let r_big = f(IntRef::Big(&b));
    if let Ok(i) = i64::try_from(&b) {
        let r_small = f(IntRef::Small(i));
        assert_eq!(r_small, r_big, "Small vs Big for {}", s);
    }
    r_big
}

fn check(ctx: &str, got: Result<String, FormatError>, want: &R) {
    match (got, want) {
        (Ok(g), Ok(w)) => assert_eq!(g, *w, "{}", ctx),
        (Err(e), Err((cls, msg))) => {
            assert_eq!((e.class_name(), e.message()), (*cls, *msg), "{}", ctx)
        }
        (g, w) => panic!("{}: got {:?}, want {:?}", ctx, g, w),
    }
}

#[test]
fn float_repr_cases() {
    for &(b, want) in FLOAT_REPR {
        let x = f64::from_bits(b);
        assert_eq!(float_repr(x), want, "repr of {:e}", x);
        let mut s = String::from(">");
        float_repr_into(&mut s, x);
        assert_eq!(&s[1..], want);
    }
}

#[test]
fn format_float_cases() {
    for (b, spec, want) in FORMAT_FLOAT {
        let x = f64::from_bits(*b);
        let got = parse_format_spec(spec, "float").and_then(|s| format_float(x, &s, "float"));
        check(&format!("format({:e}, {:?})", x, spec), got, want);
    }
}

#[test]
fn format_int_cases() {
    for (v, spec, want) in FORMAT_INT {
        let got = with_int(v, |r| {
            parse_format_spec(spec, "int").and_then(|s| format_int(r, &s, "int"))
        });
        check(&format!("format({}, {:?})", v, spec), got, want);
    }
}

#[test]
fn format_str_cases() {
    for (v, spec, want) in FORMAT_STR {
        let got = parse_format_spec(spec, "str").and_then(|s| format_str(v, &s, "str"));
        check(&format!("format({:?}, {:?})", v, spec), got, want);
    }
}

/// A miniature of the VM's `%` operator with a one-element tuple.
fn percent_one(fmt: &str, v: &V) -> Result<String, FormatError> {
    let mut out = String::new();
    let mut used = false;
    for piece in PercentParser::new(fmt) {
        let piece = piece.map_err(FormatError::Value)?;
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        assert!(!used, "test formats take one argument");
        used = true;
        let num = |c: Option<Count>| match c {
            Some(Count::Num(n)) => Some(n),
            Some(Count::Star) => panic!("no * in tests"),
            None => None,
        };
        let (w, p, fl, conv) = (
            num(spec.width),
            num(spec.precision),
            spec.flags,
            spec.conversion,
        );
        match (conv, v) {
            ('d' | 'i' | 'u' | 'x' | 'X' | 'o', V::I(s)) => {
                out.push_str(&with_int(s, |r| percent_int(r, fl, w, p, conv))?)
            }
            ('d' | 'i' | 'u', V::F(b)) => {
                let t = f64::from_bits(*b).trunc();
                if t.is_nan() {
                    return Err(FormatError::Value(
                        "cannot convert float NaN to integer".into(),
                    ));
                }
                if t.is_infinite() {
                    return Err(FormatError::Overflow(
                        "cannot convert float infinity to integer".into(),
                    ));
                }
                let s = match parse_int(&format!("{:.0}", t), 10).unwrap() {
                    ParsedInt::Small(i) => percent_int(IntRef::Small(i), fl, w, p, conv)?,
                    ParsedInt::Big(b) => percent_int(IntRef::Big(&b), fl, w, p, conv)?,
                };
                out.push_str(&s);
            }
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', V::F(b)) => {
                out.push_str(&percent_float(f64::from_bits(*b), fl, w, p, conv))
            }
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', V::I(s)) => {
                let x = big(s).to_f64().value();
                out.push_str(&percent_float(x, fl, w, p, conv))
            }
            ('s' | 'r' | 'a', _) => {
                let text = match v {
                    V::I(s) => with_int(s, |r| int_to_str(r).unwrap()),
                    V::F(b) => float_repr(f64::from_bits(*b)),
                    V::S(s) if conv == 's' => s.to_string(),
                    V::S(s) if conv == 'r' => format!("'{}'", s),
                    V::S(s) => {
                        let mut t = String::from("'");
                        for c in s.chars() {
                            match c as u32 {
                                0..=0x7f => t.push(c),
                                u @ 0x80..=0xff => t += &format!("\\x{:02x}", u),
                                u => t += &format!("\\u{:04x}", u),
                            }
                        }
                        t + "'"
                    }
                };
                out.push_str(&percent_pad(&text, fl, w, p))
            }
            ('c', V::I(s)) => {
                let c = with_int(s, percent_char)?;
                out.push_str(&percent_pad(c.encode_utf8(&mut [0; 4]), fl, w, None))
            }
            ('c', V::S(s)) => out.push_str(&percent_pad(s, fl, w, None)),
            _ if !spec.is_supported() => {
                return Err(FormatError::Value(spec.unsupported_message()))
            }
            _ => panic!("unexpected test case {:?} {}", fmt, conv),
        }
    }
    assert!(used, "test formats use their argument");
    Ok(out)
}

#[test]
fn percent_cases() {
    for (fmt, v, want) in PERCENT {
        check(&format!("{:?} % ...", fmt), percent_one(fmt, v), want);
    }
}

#[test]
fn parse_float_cases() {
    for &(s, want) in PARSE_FLOAT {
        let got = parse_float(s);
        match (got, want) {
            (Some(g), Some(w)) if f64::from_bits(w).is_nan() => assert!(g.is_nan(), "{:?}", s),
            (Some(g), Some(w)) => assert_eq!(g.to_bits(), w, "float({:?})", s),
            (None, None) => {}
            (g, w) => panic!(
                "float({:?}): got {:?} want {:?}",
                s,
                g,
                w.map(f64::from_bits)
            ),
        }
    }
}

#[test]
fn parse_int_cases() {
    for &(s, base, ref want) in PARSE_INT {
        let got = parse_int(s, base);
        match (got, want) {
            (Ok(ParsedInt::Small(i)), Ok(w)) => {
                assert_eq!(IBig::from(i), big(w), "int({:?}, {})", s, base);
                assert!(IBig::from(i) == big(w));
            }
            (Ok(ParsedInt::Big(b)), Ok(w)) => {
                assert!(i64::try_from(&b).is_err(), "Big must not fit i64: {:?}", s);
                assert_eq!(b, big(w), "int({:?}, {})", s, base);
            }
            (Err(ParseIntError::Invalid), Err(("", ""))) => {}
            (Err(e), Err(("ValueError", msg))) => {
                assert_eq!(e.message().as_deref(), Some(*msg), "int({:?}, {})", s, base)
            }
            (g, w) => panic!("int({:?}, {}): got {:?} want {:?}", s, base, g, w),
        }
    }
}

#[test]
fn round_cases() {
    for &(b, nd, ref want) in ROUND {
        let x = f64::from_bits(b);
        let got = round_float(x, nd).map(float_repr);
        check(&format!("round({:e}, {})", x, nd), got, want);
    }
}

#[test]
fn radix_cases() {
    for &(v, radix, want) in RADIX {
        assert_eq!(with_int(v, |r| int_to_radix(r, radix, true)), want);
    }
}

#[test]
fn int_str_cases() {
    for (v, want) in INT_STR {
        check(&format!("str({})", v), with_int(v, int_to_str), want);
    }
}
