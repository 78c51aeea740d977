//! Expression → source text, as CPython's `Python/ast_unparse.c` writes it: the
//! strings stored in `__annotations__` under `from __future__ import annotations`.
//! Precedence decides the parentheses, exactly as there.

use weft_syntax::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Conversion, Expr, ExprKind, Parameters, UnaryOp,
};

// Precedence levels of ast_unparse.c.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_ATOM: u8 = 15;

/// The source text of an annotation (`_PyAST_ExprAsUnicode`).
pub fn unparse_annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (pr, sep) = if *op == BoolOp::And {
                (PR_AND, " and ")
            } else {
                (PR_OR, " or ")
            };
            paren(out, level > pr, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        ExprKind::BinOp { left, op, right } => {
            let pr = match op {
                BinOp::Add | BinOp::Sub => PR_ARITH,
                BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::Mod | BinOp::FloorDiv => PR_TERM,
                BinOp::LShift | BinOp::RShift => PR_SHIFT,
                BinOp::BitOr => PR_BOR,
                BinOp::BitXor => PR_BXOR,
                BinOp::BitAnd => PR_BAND,
                BinOp::Pow => PR_POWER,
            };
            let rassoc = u8::from(*op == BinOp::Pow);
            paren(out, level > pr, |out| {
                expr(out, left, pr + rassoc);
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                expr(out, right, pr + 1 - rassoc);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (pr, s) = match op {
                UnaryOp::Invert => (PR_FACTOR, "~"),
                UnaryOp::Not => (PR_NOT, "not "),
                UnaryOp::UAdd => (PR_FACTOR, "+"),
                UnaryOp::USub => (PR_FACTOR, "-"),
            };
            paren(out, level > pr, |out| {
                out.push_str(s);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { params, body } => paren(out, level > PR_TEST, |out| {
            out.push_str("lambda");
            let mut p = String::new();
            parameters(&mut p, params);
            if !p.is_empty() {
                out.push(' ');
                out.push_str(&p);
            }
            out.push_str(": ");
            expr(out, body, PR_TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > PR_TEST, |out| {
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST);
            out.push_str(": ");
            expr(out, value, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, PR_TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, level > PR_CMP, |out| {
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, c, PR_CMP + 1);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, PR_ATOM);
            if args.len() == 1
                && keywords.is_empty()
                && matches!(args[0].kind, ExprKind::GeneratorExp { .. })
            {
                expr(out, &args[0], PR_TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.name {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&repr_str(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, PR_ATOM);
            // `1 .real`: a space keeps the dot from joining an integer literal.
            if let ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_)) = value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            match &index.kind {
                ExprKind::Tuple(elts) if !elts.is_empty() => {
                    seq(out, elts);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, index, PR_TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, PR_EXPR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(elts) => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple(elts) => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, level > PR_TUPLE, |out| {
                    seq(out, elts);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > PR_TUPLE, |out| {
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
        }),
    }
}

fn paren(out: &mut String, yes: bool, f: impl FnOnce(&mut String)) {
    if yes {
        out.push('(');
    }
    f(out);
    if yes {
        out.push(')');
    }
}

fn seq(out: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, PR_TEST);
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(" for ");
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, PR_TEST + 1);
        }
    }
}

fn parameters(out: &mut String, p: &Parameters) {
    let mut parts: Vec<String> = Vec::new();
    let npos = p.posonly.len() + p.args.len();
    let first_default = npos - p.defaults.len();
    for (i, a) in p.posonly.iter().chain(&p.args).enumerate() {
        let mut s = a.name.clone();
        if i >= first_default {
            s.push('=');
            expr(&mut s, &p.defaults[i - first_default], PR_TEST);
        }
        parts.push(s);
        if i + 1 == p.posonly.len() {
            parts.push("/".into());
        }
    }
    if let Some(v) = &p.vararg {
        parts.push(format!("*{}", v.name));
    } else if !p.kwonly.is_empty() {
        parts.push("*".into());
    }
    for (a, d) in p.kwonly.iter().zip(&p.kw_defaults) {
        let mut s = a.name.clone();
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d, PR_TEST);
        }
        parts.push(s);
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", k.name));
    }
    out.push_str(&parts.join(", "));
}

fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, PR_TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            match conversion {
                Conversion::None => {}
                Conversion::Str => out.push_str("!s"),
                Conversion::Repr => out.push_str("!r"),
                Conversion::Ascii => out.push_str("!a"),
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => {}
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(s) => out.push_str(s),
        Constant::Float(f) => out.push_str(&repr_float(*f)),
        Constant::Imaginary(f) => {
            out.push_str(
                &repr_float(*f)
                    .trim_end_matches(".0")
                    .replace("inf", "1e309"),
            );
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&repr_str(s)),
        Constant::Bytes(b) => {
            out.push('b');
            let use_double = b.contains(&b'\'') && !b.contains(&b'"');
            let q = if use_double { '"' } else { '\'' };
            out.push(q);
            for &byte in b {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    _ if byte as char == q => {
                        out.push('\\');
                        out.push(q);
                    }
                    0x20..=0x7e => out.push(byte as char),
                    _ => out.push_str(&format!("\\x{byte:02x}")),
                }
            }
            out.push(q);
        }
    }
}

/// Python's `repr` of a str (quote choice and escapes).
pub fn repr_str(s: &str) -> String {
    let use_double = s.contains('\'') && !s.contains('"');
    let q = if use_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == q => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            _ if c.is_control() => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            _ => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Python's `repr` of a float (shortest round-trip digits; exponent form below
/// 1e-4 and from 1e16 on). Infinity is written `1e309`, as ast_unparse.c does.
pub fn repr_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let sci = format!("{f:e}"); // e.g. "-1.2345e3", shortest round-trip digits
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.push_str(&"0".repeat(int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_python() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (-2.5, "-2.5"),
            (123456.789, "123456.789"),
            (f64::INFINITY, "1e309"),
        ] {
            assert_eq!(repr_float(f), s);
        }
    }

    #[test]
    fn strings_like_python() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(repr_str("é"), "'é'");
    }
}
