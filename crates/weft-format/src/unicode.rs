//! Unicode decimal digits (category Nd), which CPython accepts in `int()`,
//! `float()` and format-spec widths.

/// First code point (value 0) of each run of ten Unicode decimal digits
/// (Unicode 14.0, as in CPython 3.11), sorted.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit character (any script), like CPython's
/// `Py_UNICODE_TODECIMAL`.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let d = u - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` as used by `int()`
/// and `float()`: non-ASCII decimal digits become ASCII digits and non-ASCII
/// whitespace a space; any other non-ASCII character makes the text invalid
/// (`None`). ASCII text is returned as is, without allocating.
pub(crate) fn to_ascii_number(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from_digit(d, 10).expect("digit"));
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(out))
}
