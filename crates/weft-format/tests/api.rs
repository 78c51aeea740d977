//! Hand-written checks of the cases named in the design brief and of the API
//! surface (expected strings produced by CPython 3.11).

use dashu_int::IBig;
use weft_format::*;

fn fi(v: i64, spec: &str) -> Result<String, FormatError> {
    format_int(IntRef::Small(v), &parse_format_spec(spec, "int")?, "int")
}
fn fb(v: &IBig, spec: &str) -> Result<String, FormatError> {
    format_int(IntRef::Big(v), &parse_format_spec(spec, "int")?, "int")
}
fn ff(x: f64, spec: &str) -> Result<String, FormatError> {
    format_float(x, &parse_format_spec(spec, "float")?, "float")
}
fn fs(s: &str, spec: &str) -> Result<String, FormatError> {
    format_str(s, &parse_format_spec(spec, "str")?, "str")
}
fn val(m: &str) -> Result<String, FormatError> {
    Err(FormatError::Value(m.to_string()))
}
fn ovf(m: &str) -> Result<String, FormatError> {
    Err(FormatError::Overflow(m.to_string()))
}
fn flags(s: &str) -> PercentFlags {
    PercentFlags {
        left: s.contains('-'),
        plus: s.contains('+'),
        space: s.contains(' '),
        alt: s.contains('#'),
        zero: s.contains('0'),
    }
}

#[test]
fn float_repr_brief() {
    for (x, want) in [
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (0.1 + 0.2, "0.30000000000000004"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (100.0, "100.0"),
        (123.0, "123.0"),
        (0.0001, "0.0001"),
        (1e22, "1e+22"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (747399993572221.2, "747399993572221.2"),
    ] {
        assert_eq!(float_repr(x), want);
    }
}

#[test]
fn format_brief() {
    assert_eq!(ff(1234567.891, ",.2f").unwrap(), "1,234,567.89");
    assert_eq!(fi(255, "#010x").unwrap(), "0x000000ff");
    assert_eq!(fi(-42, "=+8d").unwrap(), "-     42");
    assert_eq!(fs("hi", "*^7").unwrap(), "**hi***");
    assert_eq!(ff(0.5, ".0f").unwrap(), "0");
    assert_eq!(ff(2.5, ".0f").unwrap(), "2");
    assert_eq!(ff(1e100, "g").unwrap(), "1e+100");
    assert_eq!(ff(12345.678, "n").unwrap(), "12345.7");
    assert_eq!(ff(0.25, "%").unwrap(), "25.000000%");
    let big = IBig::from(10u8).pow(30);
    assert_eq!(
        fb(&big, ",").unwrap(),
        "1,000,000,000,000,000,000,000,000,000,000"
    );
    let big = -IBig::from(2u8).pow(100);
    assert_eq!(
        fb(&big, "_").unwrap(),
        "-1_267_650_600_228_229_401_496_703_205_376"
    );
}

#[test]
fn format_errors_brief() {
    assert_eq!(fi(5, ",x"), val("Cannot specify ',' with 'x'."));
    assert_eq!(fi(5, "_c"), val("Cannot specify '_' with 'c'."));
    assert_eq!(fi(5, ",_"), val("Cannot specify both ',' and '_'."));
    assert_eq!(fi(-1, "c"), ovf("%c arg not in range(0x110000)"));
    assert_eq!(
        fs("s", "d"),
        val("Unknown format code 'd' for object of type 'str'")
    );
    assert_eq!(
        ff(1.5, "d"),
        val("Unknown format code 'd' for object of type 'float'")
    );
    assert_eq!(
        fs("x", "=5"),
        val("'=' alignment not allowed in string format specifier")
    );
    assert_eq!(
        fs("x", "#"),
        val("Alternate form (#) not allowed in string format specifier")
    );
    assert_eq!(
        fs("x", "+"),
        val("Sign not allowed in string format specifier")
    );
    let big = IBig::from(10u8).pow(400);
    assert_eq!(fb(&big, "f"), ovf("int too large to convert to float"));
    // the type name is the caller's
    let spec = parse_format_spec("s", "bool").unwrap();
    assert_eq!(
        format_int(IntRef::Small(1), &spec, "bool"),
        val("Unknown format code 's' for object of type 'bool'")
    );
    assert_eq!(
        parse_format_spec("abc", "int"),
        Err(FormatError::Value(
            "Invalid format specifier 'abc' for object of type 'int'".into()
        ))
    );
}

#[test]
fn int_digit_limit() {
    let limit_msg = "Exceeds the limit (4300 digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit";
    let ten = IBig::from(10u8);
    let ok = ten.pow(4299); // 4300 digits
    let too_big = ten.pow(4300); // 4301 digits
    let s = int_to_str(IntRef::Big(&ok)).unwrap();
    assert_eq!(s.len(), 4300);
    assert_eq!(fb(&(-&ok), "d").unwrap().len(), 4301);
    assert_eq!(int_to_str(IntRef::Big(&too_big)), val(limit_msg));
    assert_eq!(int_to_str(IntRef::Big(&-&too_big)), val(limit_msg));
    assert_eq!(fb(&too_big, ","), val(limit_msg));
    assert_eq!(fb(&too_big, "n"), val(limit_msg));
    assert!(fb(&too_big, "x").is_ok());
    assert_eq!(
        percent_int(
            IntRef::Big(&too_big),
            PercentFlags::default(),
            None,
            None,
            'd'
        ),
        val(limit_msg)
    );
    assert!(percent_int(
        IntRef::Big(&too_big),
        PercentFlags::default(),
        None,
        None,
        'x'
    )
    .is_ok());
    // a huge value is rejected before converting
    let huge = IBig::from(7u8).pow(200_000);
    assert_eq!(int_to_str(IntRef::Big(&huge)), val(limit_msg));
    // int(): the limit counts digits (not underscores), only for non-power-of-two bases
    assert!(matches!(
        parse_int(&"1".repeat(4300), 10),
        Ok(ParsedInt::Big(_))
    ));
    let e = parse_int(&"1".repeat(4301), 10).unwrap_err();
    assert_eq!(
        e.message().unwrap(),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(parse_int(&"1_".repeat(4300)[..8599], 10).is_ok());
    assert!(parse_int(&"1".repeat(5000), 16).is_ok());
    assert!(parse_int(&"1".repeat(5000), 7).is_err());
    assert_eq!(int_max_str_digits(), DEFAULT_INT_MAX_STR_DIGITS);
}

#[test]
fn percent_brief() {
    assert_eq!(
        percent_float(1.23456, flags(""), Some(5), Some(2), 'f'),
        " 1.23"
    );
    assert_eq!(
        percent_int(IntRef::Small(42), flags("-"), Some(6), None, 'd').unwrap(),
        "42    "
    );
    assert_eq!(
        percent_float(12345.678, flags("+"), None, Some(3), 'e'),
        "+1.235e+04"
    );
    assert_eq!(
        percent_int(IntRef::Small(8), flags("#"), None, None, 'o').unwrap(),
        "0o10"
    );
    assert_eq!(
        percent_int(IntRef::Small(-255), flags(""), None, None, 'x').unwrap(),
        "-ff"
    );
    let b = -IBig::from(2u8).pow(70);
    assert_eq!(
        percent_int(IntRef::Big(&b), flags(""), None, None, 'X').unwrap(),
        "-400000000000000000"
    );
    assert_eq!(
        percent_int(IntRef::Small(8), flags("#0"), Some(10), None, 'o').unwrap(),
        "0o00000010"
    );
    assert_eq!(
        percent_int(IntRef::Small(-5), flags(""), None, Some(3), 'd').unwrap(),
        "-005"
    );
    assert_eq!(percent_float(1.5, flags(""), None, Some(0), 'g'), "2");
    assert_eq!(percent_float(100.0, flags(""), None, None, 'g'), "100");
    assert_eq!(percent_float(100.0, flags("#"), None, None, 'g'), "100.000");
    assert_eq!(
        percent_float(f64::INFINITY, flags("0"), Some(10), None, 'f'),
        "0000000inf"
    );
    assert_eq!(percent_pad("hello", flags(""), Some(7), Some(3)), "    hel");
    assert_eq!(percent_pad("hello", flags("-"), Some(7), None), "hello  ");
    assert_eq!(
        percent_pad("héllo", flags("0"), Some(7), Some(2)),
        "     hé"
    );
    assert_eq!(
        percent_char(IntRef::Small(0x110000)),
        Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".into()
        ))
    );
    assert_eq!(percent_char(IntRef::Small(233)), Ok('é'));
}

#[test]
fn percent_parsing() {
    use PercentPiece::*;
    let p = parse_percent("a%5.2f%%b%(x)-+ #0*.*ld%s").unwrap();
    assert_eq!(p.len(), 6);
    assert_eq!(p[0], Literal("a"));
    match &p[1] {
        Spec(s) => {
            assert_eq!(
                (s.width, s.precision, s.conversion, s.index),
                (Some(Count::Num(5)), Some(Count::Num(2)), 'f', 5)
            );
            assert_eq!(s.mapping_key, None);
        }
        _ => panic!(),
    }
    assert_eq!(p[2], Literal("%"));
    assert_eq!(p[3], Literal("b"));
    match &p[4] {
        Spec(s) => {
            assert_eq!(s.mapping_key, Some("x"));
            assert_eq!(s.flags, flags("-+ #0"));
            assert_eq!(
                (s.width, s.precision, s.conversion),
                (Some(Count::Star), Some(Count::Star), 'd')
            );
        }
        _ => panic!(),
    }
    assert_eq!(
        parse_percent("%(a(b)c)s").unwrap()[0],
        Spec(PercentSpec {
            mapping_key: Some("a(b)c"),
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conversion: 's',
            index: 8,
        })
    );
    assert_eq!(
        parse_percent("abc%y"),
        Err("unsupported format character 'y' (0x79) at index 4".into())
    );
    assert_eq!(
        parse_percent("é%y"),
        Err("unsupported format character 'y' (0x79) at index 2".into())
    );
    assert_eq!(
        parse_percent("%é"),
        Err("unsupported format character '?' (0xe9) at index 1".into())
    );
    assert_eq!(
        parse_percent("%5%"),
        Err("unsupported format character '%' (0x25) at index 2".into())
    );
    assert_eq!(parse_percent("abc%"), Err("incomplete format".into()));
    assert_eq!(parse_percent("%(a)"), Err("incomplete format".into()));
    assert_eq!(parse_percent("%(a"), Err("incomplete format key".into()));
    assert_eq!(parse_percent("%.5"), Err("incomplete format".into()));
    assert_eq!(
        parse_percent("%.99999999999d"),
        Err("precision too big".into())
    );
    assert_eq!(
        parse_percent("%99999999999999999999d"),
        Err("width too big".into())
    );
    // the lazy parser yields the unsupported conversion for the VM to reject
    let items: Vec<_> = PercentParser::new("%s%y%").collect();
    assert_eq!(items.len(), 3);
    assert!(matches!(&items[1], Ok(Spec(s)) if !s.is_supported() && s.index == 3));
    assert_eq!(items[2], Err("incomplete format".to_string()));
    // '*' arguments
    let mut fl = PercentFlags::default();
    assert_eq!(star_width(-5, &mut fl), 5);
    assert!(fl.left);
    assert_eq!(star_precision(-3), 0);
    assert_eq!(
        percent_float(
            1.5,
            PercentFlags::default(),
            None,
            Some(star_precision(-3)),
            'f'
        ),
        "2"
    );
}

#[test]
fn parse_brief() {
    assert_eq!(parse_float(" 1_000.5\n"), Some(1000.5));
    assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    assert!(parse_float("nan").unwrap().is_nan());
    assert_eq!(parse_float("1__0"), None);
    assert_eq!(parse_float("0x10"), None);
    assert_eq!(parse_int("0x_1f", 0), Ok(ParsedInt::Small(31)));
    assert_eq!(parse_int("010", 0), Err(ParseIntError::Invalid));
    assert_eq!(parse_int("010", 10), Ok(ParsedInt::Small(10)));
    assert_eq!(parse_int("00", 0), Ok(ParsedInt::Small(0)));
    assert_eq!(
        parse_int("-9223372036854775808", 10),
        Ok(ParsedInt::Small(i64::MIN))
    );
    assert_eq!(
        parse_int("9223372036854775808", 10),
        Ok(ParsedInt::Big(IBig::from(9223372036854775808u64)))
    );
    assert_eq!(parse_int("z", 36), Ok(ParsedInt::Small(35)));
    assert_eq!(parse_int("1", 37), Err(ParseIntError::Invalid));
}

#[test]
fn round_brief() {
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(round_float(0.5, 0), Ok(0.0));
    assert_eq!(round_float(1.5, 0), Ok(2.0));
    assert_eq!(round_float(-0.5, 0).map(f64::is_sign_negative), Ok(true));
    assert_eq!(round_float(1234.5678, -2), Ok(1200.0));
    assert_eq!(round_float(1250.0, -2), Ok(1200.0));
    assert_eq!(round_float(1350.0, -2), Ok(1400.0));
    assert_eq!(round_float(1250.0000000000002, -2), Ok(1300.0));
    assert_eq!(round_float(f64::INFINITY, 3), Ok(f64::INFINITY));
    assert_eq!(round_float(1e300, -400), Ok(0.0));
    assert_eq!(
        round_float(1.7976931348623157e308, -308),
        Err(FormatError::Overflow(
            "rounded value too large to represent".into()
        ))
    );
}

#[test]
fn radix_and_into() {
    assert_eq!(int_to_radix(IntRef::Small(-31), 16, true), "-0x1f");
    assert_eq!(int_to_radix(IntRef::Small(5), 2, true), "0b101");
    assert_eq!(int_to_radix(IntRef::Small(15), 8, true), "0o17");
    assert_eq!(
        int_to_radix(IntRef::Small(i64::MIN), 2, false),
        format!("-1{}", "0".repeat(63))
    );
    assert_eq!(int_to_radix(IntRef::Small(35), 36, false), "z");
    let mut out = String::from("x=");
    float_repr_into(&mut out, 0.1);
    int_to_str_into(&mut out, IntRef::Small(-7)).unwrap();
    let spec = parse_format_spec(">4", "int").unwrap();
    format_int_into(&mut out, IntRef::Small(3), &spec, "int").unwrap();
    percent_int_into(
        &mut out,
        IntRef::Small(9),
        PercentFlags::default(),
        None,
        None,
        'd',
    )
    .unwrap();
    assert_eq!(out, "x=0.1-7   39");
    // errors leave the buffer alone
    let spec = parse_format_spec("c", "int").unwrap();
    assert!(format_int_into(&mut out, IntRef::Small(-1), &spec, "int").is_err());
    assert_eq!(out, "x=0.1-7   39");
    assert_eq!(FormatError::Value("m".into()).to_string(), "ValueError: m");
}

#[test]
fn format_spec_fields() {
    let s = parse_format_spec("*<+z#012_.3f", "float").unwrap();
    assert_eq!(s.fill, Some('*'));
    assert_eq!(s.align, Some('<'));
    assert_eq!(s.sign, Some('+'));
    assert!(s.no_neg_zero && s.alternate);
    // with an explicit fill, '0' is part of the width
    assert!(!s.zero_pad);
    assert_eq!(s.width, Some(12));
    assert_eq!(s.grouping, Some('_'));
    assert_eq!(s.precision, Some(3));
    assert_eq!(s.ty, Some('f'));
    assert!(parse_format_spec("", "int").unwrap().is_empty());
    assert_eq!(
        parse_format_spec("010", "int").unwrap().fill_align('>'),
        ('0', '=')
    );
    assert_eq!(
        parse_format_spec("010", "str").unwrap().fill_align('<'),
        ('0', '<')
    );
}
