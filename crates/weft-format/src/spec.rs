//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use crate::unicode::decimal_value;
use crate::FormatError;

/// A parsed format spec, independent of the type of the value being formatted.
///
/// Type-dependent defaults (alignment, default presentation type, what the
/// `0` flag means) are applied by [`format_int`](crate::format_int),
/// [`format_float`](crate::format_float) and [`format_str`](crate::format_str).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character given explicitly together with an alignment.
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'^'` or `'='` if given.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '` if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width. Only recorded when no explicit fill was
    /// given (CPython then uses `'0'` as fill and, for numbers without an
    /// explicit alignment, `'='` alignment).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type character, if any.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Fill character and alignment in effect for a value whose default
    /// alignment is `default_align` (`'>'` for numbers, `'<'` for strings).
    pub fn fill_align(&self, default_align: char) -> (char, char) {
        let mut fill = self.fill.unwrap_or(' ');
        let mut align = self.align;
        if self.zero_pad {
            fill = '0';
            if align.is_none() && default_align == '>' {
                align = Some('=');
            }
        }
        (fill, align.unwrap_or(default_align))
    }

    /// True when the spec is empty (`format(x, '')` is `str(x)`).
    pub fn is_empty(&self) -> bool {
        *self == FormatSpec::default()
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse a decimal number (digits of any script, as CPython) at `s[*pos..]`.
/// Returns the number of digits consumed (0 if none) and the value, or the
/// overflow error.
fn get_integer(s: &str, pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    for c in s[*pos..].chars() {
        let Some(d) = decimal_value(c) else { break };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += c.len_utf8();
        n += 1;
    }
    Ok((n, acc))
}

/// Parse a format spec as CPython's `parse_internal_render_format_spec` does.
///
/// `type_name` is the Python type name of the value being formatted (`"int"`,
/// `"float"`, `"str"`, ...); it only appears in the
/// `Invalid format specifier '...' for object of type '...'` message.
/// All errors are `ValueError`s.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let mut f = FormatSpec::default();
    let b = spec.as_bytes();
    let mut pos = 0usize;

    // [[fill]align]: the fill may be any character.
    let mut chars = spec.chars();
    if let Some(c0) = chars.next() {
        match chars.next() {
            Some(c1) if is_align(c1) => {
                f.fill = Some(c0);
                f.align = Some(c1);
                pos = c0.len_utf8() + 1;
            }
            _ if is_align(c0) => {
                f.align = Some(c0);
                pos = 1;
            }
            _ => {}
        }
    }
    if pos < b.len() && matches!(b[pos], b'+' | b'-' | b' ') {
        f.sign = Some(b[pos] as char);
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < b.len() && b[pos] == b'0' {
        f.zero_pad = true;
        pos += 1;
    }
    let (n, w) = get_integer(spec, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    if pos < b.len() && b[pos] == b',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'_' {
        if f.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < b.len() && b[pos] == b',' && f.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if pos < b.len() && b[pos] == b'.' {
        pos += 1;
        let (n, p) = get_integer(spec, &mut pos)?;
        if n == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }
    let rest = &spec[pos..];
    let mut rc = rest.chars();
    match (rc.next(), rc.next()) {
        (None, _) => {}
        (Some(c), None) => f.ty = Some(c),
        (Some(_), Some(_)) => {
            return Err(FormatError::Value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            )))
        }
    }
    Ok(f)
}

/// Thousands grouping in effect: separator and group size.
pub(crate) type Grouping = Option<(char, usize)>;

/// CPython's post-parse check of the grouping option against the (defaulted)
/// presentation type.
pub(crate) fn check_grouping(f: &FormatSpec, ty: char) -> Result<Grouping, FormatError> {
    let Some(sep) = f.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some(('_', 4))),
        _ => Err(FormatError::Value(format!(
            "Cannot specify '{}' with '{}'.",
            sep,
            crate::code_char_display(ty)
        ))),
    }
}

/// `Unknown format code 'X' for object of type 'T'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{}'",
        crate::code_char_display(ty),
        type_name
    ))
}
