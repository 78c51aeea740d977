//! Literal values: numbers (including big integers in any base, converted to decimal
//! digits without a bigint crate) and string/bytes escape decoding as CPython does it.

use crate::ast::Constant;

/// CPython 3.11's default `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

/// The digit count of a decimal integer literal longer than CPython accepts.
pub fn too_many_digits(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.len() <= MAX_STR_DIGITS || !b.iter().all(|c| c.is_ascii_digit() || *c == b'_') {
        return None;
    }
    let n = b.iter().filter(|c| c.is_ascii_digit()).count();
    (n > MAX_STR_DIGITS).then_some(n)
}

/// The value of a number token whose text the lexer has already validated.
pub fn number_value(text: &str) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let bytes = clean.as_bytes();
    if let Some(last) = bytes.last() {
        if *last == b'j' || *last == b'J' {
            return Constant::Imaginary(parse_float(&clean[..clean.len() - 1]));
        }
    }
    if bytes.len() > 1 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return radix_int(&clean[2..], radix);
        }
    }
    if clean.contains(['.', 'e', 'E']) {
        return Constant::Float(parse_float(&clean));
    }
    match clean.parse::<i64>() {
        Ok(v) => Constant::Int(v),
        Err(_) => {
            let digits = clean.trim_start_matches('0');
            Constant::BigInt(if digits.is_empty() {
                "0".to_string()
            } else {
                digits.to_string()
            })
        }
    }
}

fn parse_float(s: &str) -> f64 {
    s.parse::<f64>().unwrap_or(f64::INFINITY)
}

/// An integer written in base 2, 8 or 16: i64 when it fits, else decimal digits.
fn radix_int(digits: &str, radix: u32) -> Constant {
    let mut small: u64 = 0;
    let mut fits = true;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        match small
            .checked_mul(radix as u64)
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits && small <= i64::MAX as u64 {
        return Constant::Int(small as i64);
    }
    // Limbs in base 2^32, least significant first.
    let mut limbs: Vec<u32> = vec![0];
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = (*limb as u64) * radix as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            limbs.push(carry as u32);
        }
    }
    Constant::BigInt(limbs_to_decimal(limbs))
}

/// Base-2^32 limbs (least significant first) to decimal digits.
pub fn limbs_to_decimal(mut limbs: Vec<u32>) -> String {
    const CHUNK: u64 = 1_000_000_000;
    let mut chunks: Vec<u32> = Vec::new();
    while limbs.len() > 1 || limbs[0] != 0 {
        let mut rem: u64 = 0;
        for limb in limbs.iter_mut().rev() {
            let cur = (rem << 32) | *limb as u64;
            *limb = (cur / CHUNK) as u32;
            rem = cur % CHUNK;
        }
        chunks.push(rem as u32);
        while limbs.len() > 1 && *limbs.last().unwrap() == 0 {
            limbs.pop();
        }
    }
    if chunks.is_empty() {
        return "0".to_string();
    }
    let mut out = chunks.last().unwrap().to_string();
    for c in chunks.iter().rev().skip(1) {
        out.push_str(&format!("{:09}", c));
    }
    out
}

/// Look up a `\N{...}` name (case-insensitively, as `unicodedata.lookup`).
pub fn lookup_char_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let v = u32::from_str_radix(hex, 16).ok()?;
        let ok = (0x3400..=0x4DBF).contains(&v)
            || (0x4E00..=0x9FFF).contains(&v)
            || (0x20000..=0x2A6DF).contains(&v);
        return if ok && (hex.len() == 4 || hex.len() == 5) {
            char::from_u32(v)
        } else {
            None
        };
    }
    let table = crate::unicode_names::NAMES;
    table
        .binary_search_by(|(n, _)| (*n).cmp(upper.as_str()))
        .ok()
        .and_then(|i| char::from_u32(table[i].1))
}

/// Why a string literal's escapes could not be decoded, in CPython's words.
pub fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start, end, reason
    )
}

/// Decode the body of a (non-raw) str literal. Invalid escapes are kept literally.
/// Errors carry CPython's message.
pub fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    // CPython reports positions in a buffer where every non-ASCII char became a
    // 10-byte `\UXXXXXXXX` escape; `bpos` tracks that.
    let mut bpos = 0usize;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            bpos += width(c);
            i += 1;
            continue;
        }
        let start = bpos;
        let Some(&e) = chars.get(i + 1) else {
            // A lone trailing backslash cannot happen (the lexer would have
            // treated it as escaping the quote); keep it.
            out.push('\\');
            break;
        };
        i += 2;
        bpos += 1 + width(e);
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                    v = v * 8 + (chars[i] as u32 - '0' as u32);
                    i += 1;
                    bpos += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match chars.get(i + k).and_then(|c| c.to_digit(16)) {
                        Some(d) => v = v * 16 + d,
                        None => {
                            return Err(unicode_error(start, start + 1 + k, what));
                        }
                    }
                }
                i += n;
                bpos += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v < 0x110000 => out.push('\u{fffd}'), // a lone surrogate
                    None => {
                        return Err(unicode_error(
                            start,
                            start + 1 + n,
                            "illegal Unicode character",
                        ))
                    }
                }
            }
            'N' => {
                let malformed =
                    |end: usize| unicode_error(start, end, "malformed \\N character escape");
                if chars.get(i) != Some(&'{') {
                    return Err(malformed(start + 1));
                }
                let mut j = i + 1;
                let mut name = String::new();
                while j < chars.len() && chars[j] != '}' {
                    name.push(chars[j]);
                    j += 1;
                }
                let name_width: usize = name.chars().map(width).sum();
                if j >= chars.len() || name.is_empty() {
                    let end = if j >= chars.len() {
                        start + 2 + name_width
                    } else {
                        start + 2
                    };
                    return Err(malformed(end));
                }
                let end = start + 3 + name_width;
                match lookup_char_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(start, end, "unknown Unicode character name"))
                    }
                }
                bpos = end + 1;
                i = j + 1;
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode the body of a bytes literal (raw or not). The body must be ASCII (checked
/// by the caller).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        let start = i;
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let h1 = b.get(i).and_then(|c| (*c as char).to_digit(16));
                let h2 = b.get(i + 1).and_then(|c| (*c as char).to_digit(16));
                match (h1, h2) {
                    (Some(a), Some(c)) => {
                        out.push((a * 16 + c) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            start
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number_value("123"), Constant::Int(123));
        assert_eq!(number_value("1_000"), Constant::Int(1000));
        assert_eq!(number_value("0xff"), Constant::Int(255));
        assert_eq!(number_value("0o17"), Constant::Int(15));
        assert_eq!(number_value("0b101"), Constant::Int(5));
        assert_eq!(number_value("9223372036854775807"), Constant::Int(i64::MAX));
        assert_eq!(
            number_value("9223372036854775808"),
            Constant::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            number_value("0x8000000000000000"),
            Constant::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            number_value("0xffffffffffffffffffffffffffffffff"),
            Constant::BigInt("340282366920938463463374607431768211455".into())
        );
        assert_eq!(number_value("0b1"), Constant::Int(1));
        assert_eq!(
            number_value("00012345678901234567890"),
            Constant::BigInt("12345678901234567890".into())
        );
        assert_eq!(number_value("1."), Constant::Float(1.0));
        assert_eq!(number_value(".5"), Constant::Float(0.5));
        assert_eq!(number_value("1_000.5"), Constant::Float(1000.5));
        assert_eq!(number_value("1e3"), Constant::Float(1000.0));
        assert_eq!(number_value("1e400"), Constant::Float(f64::INFINITY));
        assert_eq!(number_value("2j"), Constant::Imaginary(2.0));
        assert_eq!(number_value("1.5J"), Constant::Imaginary(1.5));
        assert_eq!(number_value("0e0"), Constant::Float(0.0));
        assert_eq!(number_value("0"), Constant::Int(0));
        assert_eq!(number_value("000"), Constant::Int(0));
    }

    #[test]
    fn big_hex_to_decimal() {
        // 16**40 = 2**160
        let s = format!("0x1{}", "0".repeat(40));
        assert_eq!(
            number_value(&s),
            Constant::BigInt("1461501637330902918203684832716283019655932542976".into())
        );
        assert_eq!(
            number_value("0o1000000000000000000000000"),
            Constant::BigInt("4722366482869645213696".into())
        );
    }

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"a\nb\t\\\'\x41\u00e9\U0001F600\101\0").unwrap(),
            "a\nb\t\\'Aé😀A\0"
        );
        assert_eq!(decode_str(r"\d\q").unwrap(), "\\d\\q");
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        assert_eq!(decode_str(r"\N{EM DASH}\N{bullet}").unwrap(), "—•");
        assert_eq!(decode_str(r"\N{CJK UNIFIED IDEOGRAPH-4E00}").unwrap(), "一");
        assert_eq!(decode_str(r"\777").unwrap(), "\u{1ff}");
        assert_eq!(
            decode_str(r"\N{foo}").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert_eq!(
            decode_str(r"é\N{foo}").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name"
        );
        assert_eq!(
            decode_str(r"ab\x4g").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"
        );
        assert_eq!(
            decode_str(r"\U00110000").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
        assert_eq!(
            decode_str(r"\N{abc").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape"
        );
        assert_eq!(
            decode_str(r"\N").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"
        );
        assert_eq!(decode_bytes(r"\x41\n\777\q", false).unwrap(), b"A\n\xff\\q");
        assert_eq!(
            decode_bytes(r"\x4", false).unwrap_err(),
            "(value error) invalid \\x escape at position 0"
        );
    }
}
