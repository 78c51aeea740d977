//! f-strings, by CPython 3.11's rules: the lexer hands over the body of an
//! f-string literal; we split it into literal text and `{...}` replacement fields
//! and parse each field's expression with the expression parser, positioned at
//! the field's place in the file.

use crate::ast::{Constant, Conversion, Expr, ExprKind, Loc};
use crate::lexer::LineMap;
use crate::token::StrValue;
use crate::{literals, SyntaxError};

enum FErr {
    /// Reported at the end of the whole string expression (as CPython does).
    Deferred(String),
    Now(SyntaxError),
}

struct FParser<'a> {
    s: &'a [u8],
    body: &'a str,
    i: usize,
    /// Byte offset of the body in `src`.
    base: usize,
    raw: bool,
    map: &'a LineMap<'a>,
    src: &'a str,
    depth_limit: u32,
}

pub fn parse_fstring(
    body: &str,
    body_start: usize,
    raw: bool,
    map: &LineMap,
    src: &str,
    depth_limit: u32,
) -> Result<StrValue, SyntaxError> {
    let mut p = FParser {
        depth_limit,
        s: body.as_bytes(),
        body,
        i: 0,
        base: body_start,
        raw,
        map,
        src,
    };
    match p.parse(0) {
        Ok(parts) => Ok(StrValue::FStr(parts)),
        Err(FErr::Deferred(msg)) => Ok(StrValue::Error(msg)),
        Err(FErr::Now(e)) => Err(e),
    }
}

fn constant_str(s: String) -> Expr {
    Expr {
        loc: Loc::default(),
        kind: ExprKind::Constant(Constant::Str(s)),
    }
}

/// Append literal text to a part list, merging with a preceding literal.
pub fn push_literal(parts: &mut Vec<Expr>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        ..
    }) = parts.last_mut()
    {
        prev.push_str(&s);
        return;
    }
    parts.push(constant_str(s));
}

impl FParser<'_> {
    fn at_end(&self) -> bool {
        self.i >= self.s.len()
    }

    fn decode(&self, from: usize, to: usize) -> Result<String, FErr> {
        let text = &self.body[from..to];
        if self.raw {
            return Ok(text.to_string());
        }
        literals::decode_str(text).map_err(FErr::Deferred)
    }

    fn parse(&mut self, lvl: u32) -> Result<Vec<Expr>, FErr> {
        let mut parts = Vec::new();
        loop {
            // Literal text.
            let start = self.i;
            let mut lit = String::new();
            let mut seg = start;
            loop {
                if self.at_end() {
                    break;
                }
                let ch = self.s[self.i];
                if !self.raw && ch == b'\\' && self.i + 1 < self.s.len() {
                    let next = self.s[self.i + 1];
                    if next == b'N' {
                        self.i += 2;
                        if self.i < self.s.len() && self.s[self.i] == b'{' {
                            self.i += 1;
                            while self.i < self.s.len() {
                                let c = self.s[self.i];
                                self.i += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                    if next != b'{' && next != b'}' {
                        self.i += 2;
                        continue;
                    }
                    self.i += 1;
                    continue;
                }
                if ch == b'{' || ch == b'}' {
                    if lvl == 0 {
                        if self.s.get(self.i + 1) == Some(&ch) {
                            lit.push_str(&self.decode(seg, self.i + 1)?);
                            self.i += 2;
                            seg = self.i;
                            continue;
                        }
                        if ch == b'}' {
                            return Err(FErr::Deferred(
                                "f-string: single '}' is not allowed".into(),
                            ));
                        }
                    }
                    break;
                }
                self.i += 1;
            }
            lit.push_str(&self.decode(seg, self.i)?);
            push_literal(&mut parts, lit);
            if self.at_end() {
                break;
            }
            if self.s[self.i] == b'}' {
                // End of a nested format spec.
                break;
            }
            // A replacement field.
            self.field(lvl, &mut parts)?;
        }
        Ok(parts)
    }

    fn field(&mut self, lvl: u32, parts: &mut Vec<Expr>) -> Result<(), FErr> {
        if lvl >= 2 {
            return Err(FErr::Deferred(
                "f-string: expressions nested too deeply".into(),
            ));
        }
        self.i += 1; // '{'
        let expr_start = self.i;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while !self.at_end() {
            let ch = self.s[self.i];
            if ch == b'\\' {
                return Err(FErr::Deferred(
                    "f-string expression part cannot include a backslash".into(),
                ));
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if self.i + 2 < self.s.len()
                            && self.s[self.i + 1] == ch
                            && self.s[self.i + 2] == ch
                        {
                            self.i += 3;
                            quote = 0;
                            triple = false;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                self.i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if self.i + 2 < self.s.len()
                        && self.s[self.i + 1] == ch
                        && self.s[self.i + 2] == ch
                    {
                        triple = true;
                        self.i += 2;
                    } else {
                        triple = false;
                    }
                    quote = ch;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(FErr::Deferred(
                            "f-string: too many nested parenthesis".into(),
                        ));
                    }
                    stack.push(ch);
                }
                b'#' => {
                    return Err(FErr::Deferred(
                        "f-string expression part cannot include '#'".into(),
                    ));
                }
                _ if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') => {
                    if matches!(ch, b'!' | b'=' | b'>' | b'<')
                        && self.s.get(self.i + 1) == Some(&b'=')
                    {
                        self.i += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        self.i += 1;
                        continue;
                    }
                    break;
                }
                b']' | b')' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(FErr::Deferred(format!(
                            "f-string: unmatched '{}'",
                            ch as char
                        )));
                    };
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != ch {
                        return Err(FErr::Deferred(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        let expr_end = self.i;
        if quote != 0 {
            return Err(FErr::Deferred("f-string: unterminated string".into()));
        }
        if let Some(open) = stack.last() {
            return Err(FErr::Deferred(format!(
                "f-string: unmatched '{}'",
                *open as char
            )));
        }
        if self.at_end() {
            return Err(FErr::Deferred("f-string: expecting '}'".into()));
        }
        let text = &self.body[expr_start..expr_end];
        if text.chars().all(|c| c.is_whitespace()) {
            let c = self.s[self.i];
            if matches!(c, b'!' | b':' | b'=') {
                return Err(FErr::Deferred(format!(
                    "f-string: expression required before '{}'",
                    c as char
                )));
            }
            return Err(FErr::Deferred(
                "f-string: empty expression not allowed".into(),
            ));
        }
        let abs = self.base + expr_start;
        let value = crate::parse_fstring_expr(
            &self.src[abs..self.base + expr_end],
            self.map.pos(abs),
            self.depth_limit,
        )
        .map_err(FErr::Now)?;

        // `=`: the expression's text is output before its value.
        let mut self_doc: Option<String> = None;
        if self.s[self.i] == b'=' {
            self.i += 1;
            while !self.at_end() && (self.s[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
            if self.at_end() {
                return Err(FErr::Deferred("f-string: expecting '}'".into()));
            }
            self_doc = Some(self.body[expr_start..self.i].to_string());
        }
        let mut conversion = Conversion::None;
        if self.s[self.i] == b'!' {
            self.i += 1;
            if self.at_end() {
                return Err(FErr::Deferred("f-string: expecting '}'".into()));
            }
            let c = self.s[self.i];
            self.i += 1;
            conversion = match c {
                b's' => Conversion::Str,
                b'r' => Conversion::Repr,
                b'a' => Conversion::Ascii,
                _ => {
                    return Err(FErr::Deferred(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                    ))
                }
            };
        }
        let mut format_spec = None;
        if self.at_end() {
            return Err(FErr::Deferred("f-string: expecting '}'".into()));
        }
        if self.s[self.i] == b':' {
            self.i += 1;
            let spec = self.parse(lvl + 1)?;
            format_spec = Some(Box::new(Expr {
                loc: Loc::default(),
                kind: ExprKind::JoinedStr(spec),
            }));
        }
        if self.at_end() || self.s[self.i] != b'}' {
            return Err(FErr::Deferred("f-string: expecting '}'".into()));
        }
        self.i += 1;
        if let Some(text) = self_doc {
            push_literal(parts, text);
            if conversion == Conversion::None && format_spec.is_none() {
                conversion = Conversion::Repr;
            }
        }
        parts.push(Expr {
            loc: Loc::default(),
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        });
        Ok(())
    }
}

/// Give the format specs of an f-string token (recursively), and their parts,
/// the location of that token, as CPython 3.11 does.
pub fn set_spec_locs(parts: &mut [Expr], token: Loc) {
    for p in parts {
        if let ExprKind::FormattedValue {
            format_spec: Some(spec),
            ..
        } = &mut p.kind
        {
            spec.loc = token;
            if let ExprKind::JoinedStr(inner) = &mut spec.kind {
                for q in inner.iter_mut() {
                    q.loc = token;
                }
                set_spec_locs(inner, token);
            }
        }
    }
}

/// Give every part the location of the whole string expression, as CPython 3.11
/// does; inside a format spec, all but a trailing literal (which keeps the
/// location of its token).
pub fn set_part_locs(parts: &mut [Expr], whole: Loc) {
    set_locs(parts, whole, false);
}

fn set_locs(parts: &mut [Expr], whole: Loc, in_spec: bool) {
    let n = parts.len();
    for (i, p) in parts.iter_mut().enumerate() {
        let trailing_literal = in_spec && i + 1 == n && matches!(p.kind, ExprKind::Constant(_));
        if !trailing_literal {
            p.loc = whole;
        }
        if let ExprKind::FormattedValue {
            format_spec: Some(spec),
            ..
        } = &mut p.kind
        {
            if let ExprKind::JoinedStr(inner) = &mut spec.kind {
                set_locs(inner, whole, true);
            }
        }
    }
}
