//! CPython-3.11-exact text conversions for weft.
//!
//! This crate knows nothing about interpreter objects: every function works on
//! `f64`, `i64`/[`IBig`] and `&str`, and produces exactly the text (or the
//! exception message) CPython 3.11 produces.
//!
//! * [`float_repr`] — `repr(float)` / `str(float)`.
//! * [`parse_format_spec`], [`format_int`], [`format_float`], [`format_str`] —
//!   the format-spec mini-language used by `format()`, `str.format` and f-strings.
//! * [`PercentParser`] / [`parse_percent`], [`percent_int`], [`percent_float`],
//!   [`percent_pad`], [`percent_char`] — printf-style `%` formatting (the VM
//!   walks the pieces, fetches arguments and converts values).
//! * [`parse_float`], [`parse_int`] — `float(str)` and `int(str, base)`.
//! * [`round_float`] — `round(float, ndigits)`.
//! * [`int_to_str`], [`int_to_radix`] — `str(int)`, `bin`/`oct`/`hex`, with
//!   CPython's 4300-digit limit for decimal conversion ([`set_int_max_str_digits`]).
//!
//! Errors are [`FormatError`]s: the variant names the Python exception class
//! (`ValueError` or `OverflowError`), the payload is CPython's message.
//! Functions with an `_into` twin append to a caller's `String` instead of
//! allocating; on error they leave it unchanged.
//!
//! # `format(value, spec)` / f-string `{value:spec}`
//!
//! ```
//! use weft_format::*;
//! // `type_name` is Python's type name for the messages: "int", "bool", "float", "str", ...
//! let spec = parse_format_spec("*>+12,.2f", "float").unwrap();
//! assert_eq!(format_float(1234567.891, &spec, "float").unwrap(), "+1,234,567.89");
//! let spec = parse_format_spec("#010x", "int").unwrap();
//! assert_eq!(format_int(IntRef::Small(255), &spec, "int").unwrap(), "0x000000ff");
//! let err = parse_format_spec("d", "str").and_then(|s| format_str("hi", &s, "str"));
//! assert_eq!(err.unwrap_err().message(), "Unknown format code 'd' for object of type 'str'");
//! ```
//! An empty spec means `str(value)` in CPython (this matters for `bool` and
//! subclasses); the VM should check [`FormatSpec::is_empty`] or the empty
//! string first. Objects with their own `__format__` are the VM's business.
//!
//! # `fmt % args`
//!
//! Walk [`PercentParser::new(fmt)`](PercentParser) piece by piece (it yields
//! `Err(msg)` — a `ValueError` — at the point where CPython fails). For each
//! [`PercentSpec`], in this order, as CPython does:
//! 1. `mapping_key`: args must be a mapping (else `TypeError: format requires a
//!    mapping`); the value is `args[key]` (and `%` then takes no positional items).
//! 2. `width`/`precision` of [`Count::Star`]: take the next item, which must be an
//!    int (`TypeError: * wants int`); use [`star_width`] / [`star_precision`].
//! 3. Take the next item (`TypeError: not enough arguments for format string`).
//! 4. By `conversion`: `s r a` → `str`/`repr`/`ascii`, then [`percent_pad`];
//!    `c` → an int via [`percent_char`] or a 1-character str (else `TypeError:
//!    %c requires int or char`), then [`percent_pad`] with no precision;
//!    `d i u` → an int, floats truncated (`TypeError: %d format: a real number
//!    is required, not str`), then [`percent_int`]; `o x X` → an int or
//!    `__index__` (`TypeError: %x format: an integer is required, not float`),
//!    then [`percent_int`]; `e E f F g G` → `float(value)` (`TypeError: must be
//!    real number, not str`), then [`percent_float`]; anything else →
//!    `ValueError(spec.unsupported_message())`.
//!
//! At the end, unused positional items → `TypeError: not all arguments
//! converted during string formatting` (a non-tuple, non-mapping `args` is a
//! one-item tuple).
//!
//! ```
//! use weft_format::*;
//! let mut out = String::new();
//! for piece in PercentParser::new("%-6d|%5.2f%%") {
//!     match piece.unwrap() {
//!         PercentPiece::Literal(s) => out.push_str(s),
//!         PercentPiece::Spec(sp) => {
//!             let num = |c| match c { Some(Count::Num(n)) => Some(n), _ => None };
//!             match sp.conversion {
//!                 'd' => percent_int_into(&mut out, IntRef::Small(42), sp.flags,
//!                                         num(sp.width), num(sp.precision), 'd').unwrap(),
//!                 'f' => percent_float_into(&mut out, 3.14159, sp.flags,
//!                                           num(sp.width), num(sp.precision), 'f'),
//!                 _ => unreachable!(),
//!             }
//!         }
//!     }
//! }
//! assert_eq!(out, "42    | 3.14%");
//! ```

use dashu_int::IBig;

mod float;
mod format;
mod int;
mod parse;
mod percent;
mod round;
mod spec;
mod unicode;

pub use float::{float_repr, float_repr_into};
pub use format::{
    format_float, format_float_into, format_int, format_int_into, format_str, format_str_into,
};
pub use int::{
    int_max_str_digits, int_to_radix, int_to_radix_into, int_to_str, int_to_str_into,
    set_int_max_str_digits, DEFAULT_INT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int, ParseIntError, ParsedInt};
pub use percent::{
    parse_percent, percent_char, percent_float, percent_float_into, percent_int, percent_int_into,
    percent_pad, percent_pad_into, percent_unsupported_message, star_precision, star_width, Count,
    PercentFlags, PercentParser, PercentPiece, PercentSpec,
};
pub use round::round_float;
pub use spec::{parse_format_spec, FormatSpec};

/// A borrowed Python `int`: weft keeps small ints unboxed and big ones as [`IBig`].
///
/// A `Big` value that happens to fit in an `i64` is fine: every function
/// treats both variants by value.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl<'a> From<i64> for IntRef<'a> {
    fn from(v: i64) -> Self {
        IntRef::Small(v)
    }
}

impl<'a> From<&'a IBig> for IntRef<'a> {
    fn from(v: &'a IBig) -> Self {
        IntRef::Big(v)
    }
}

/// An error to raise as a Python exception: the variant is the exception class,
/// the string is CPython's message (without the class name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError(msg)`.
    Value(String),
    /// Raise `OverflowError(msg)`.
    Overflow(String),
}

impl FormatError {
    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }

    /// The Python exception class name: `"ValueError"` or `"OverflowError"`.
    pub fn class_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Overflow(_) => "OverflowError",
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::Value(msg.into())
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError::Overflow(msg.into())
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for FormatError {}

/// Render a presentation/format character the way CPython's messages do:
/// printable ASCII as itself, anything else as `\x<hex>`.
pub(crate) fn code_char_display(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", u)
    }
}
