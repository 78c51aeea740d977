//! The AST printed the way CPython's `ast.dump(tree, include_attributes=True)`
//! prints it (with character columns), so that weft's parser can be compared
//! with CPython's on whole files. A testing aid.

use std::fmt::Write;

use crate::ast::*;

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Load,
    Store,
    Del,
}

pub fn dump_module(m: &Module) -> String {
    let mut out = String::from("Module(body=");
    stmts(&mut out, &m.body);
    out.push_str(", type_ignores=[])");
    out
}

pub fn dump_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Ctx::Load);
    out
}

fn attrs(out: &mut String, l: &Loc) {
    let _ = write!(
        out,
        "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
        l.line, l.col, l.end_line, l.end_col
    );
}

fn list<T>(out: &mut String, items: &[T], mut f: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        f(out, it);
    }
    out.push(']');
}

fn stmts(out: &mut String, body: &[Stmt]) {
    list(out, body, stmt);
}

fn exprs(out: &mut String, v: &[Expr], ctx: Ctx) {
    list(out, v, |o, e| expr(o, e, ctx));
}

fn opt_field(out: &mut String, name: &str, e: &Option<Expr>, ctx: Ctx) {
    if let Some(e) = e {
        let _ = write!(out, "{}=", name);
        expr(out, e, ctx);
        out.push_str(", ");
    }
}

fn stmt(out: &mut String, s: &Stmt) {
    match &s.kind {
        StmtKind::Expr(e) => {
            out.push_str("Expr(value=");
            expr(out, e, Ctx::Load);
            out.push_str(", ");
        }
        StmtKind::Assign { targets, value } => {
            out.push_str("Assign(targets=");
            exprs(out, targets, Ctx::Store);
            out.push_str(", value=");
            expr(out, value, Ctx::Load);
            out.push_str(", ");
        }
        StmtKind::AugAssign { target, op, value } => {
            out.push_str("AugAssign(target=");
            expr(out, target, Ctx::Store);
            let _ = write!(out, ", op={}(), value=", binop_name(*op));
            expr(out, value, Ctx::Load);
            out.push_str(", ");
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            out.push_str("AnnAssign(target=");
            expr(out, target, Ctx::Store);
            out.push_str(", annotation=");
            expr(out, annotation, Ctx::Load);
            out.push_str(", ");
            opt_field(out, "value", value, Ctx::Load);
            let _ = write!(out, "simple={}, ", *simple as u8);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            out.push_str(if matches!(s.kind, StmtKind::If { .. }) {
                "If(test="
            } else {
                "While(test="
            });
            expr(out, test, Ctx::Load);
            out.push_str(", body=");
            stmts(out, body);
            out.push_str(", orelse=");
            stmts(out, orelse);
            out.push_str(", ");
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            out.push_str("For(target=");
            expr(out, target, Ctx::Store);
            out.push_str(", iter=");
            expr(out, iter, Ctx::Load);
            out.push_str(", body=");
            stmts(out, body);
            out.push_str(", orelse=");
            stmts(out, orelse);
            out.push_str(", ");
        }
        StmtKind::Break => out.push_str("Break("),
        StmtKind::Continue => out.push_str("Continue("),
        StmtKind::Pass => out.push_str("Pass("),
        StmtKind::FunctionDef(f) => {
            let _ = write!(out, "FunctionDef(name={}, args=", py_str(&f.name));
            params(out, &f.params);
            out.push_str(", body=");
            stmts(out, &f.body);
            out.push_str(", decorator_list=");
            exprs(out, &f.decorators, Ctx::Load);
            out.push_str(", ");
            opt_field(out, "returns", &f.returns, Ctx::Load);
        }
        StmtKind::ClassDef(c) => {
            let _ = write!(out, "ClassDef(name={}, bases=", py_str(&c.name));
            exprs(out, &c.bases, Ctx::Load);
            out.push_str(", keywords=");
            list(out, &c.keywords, keyword);
            out.push_str(", body=");
            stmts(out, &c.body);
            out.push_str(", decorator_list=");
            exprs(out, &c.decorators, Ctx::Load);
            out.push_str(", ");
        }
        StmtKind::Return(v) => {
            out.push_str("Return(");
            opt_field(out, "value", v, Ctx::Load);
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            out.push_str(if matches!(s.kind, StmtKind::Global(_)) {
                "Global(names="
            } else {
                "Nonlocal(names="
            });
            list(out, names, |o, n| o.push_str(&py_str(n)));
            out.push_str(", ");
        }
        StmtKind::Delete(targets) => {
            out.push_str("Delete(targets=");
            exprs(out, targets, Ctx::Del);
            out.push_str(", ");
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("Assert(test=");
            expr(out, test, Ctx::Load);
            out.push_str(", ");
            opt_field(out, "msg", msg, Ctx::Load);
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("Raise(");
            opt_field(out, "exc", exc, Ctx::Load);
            opt_field(out, "cause", cause, Ctx::Load);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            out.push_str("Try(body=");
            stmts(out, body);
            out.push_str(", handlers=");
            list(out, handlers, |o, h| {
                o.push_str("ExceptHandler(");
                opt_field(o, "type", &h.typ, Ctx::Load);
                if let Some(n) = &h.name {
                    let _ = write!(o, "name={}, ", py_str(n));
                }
                o.push_str("body=");
                stmts(o, &h.body);
                o.push_str(", ");
                attrs(o, &h.loc);
                o.push(')');
            });
            out.push_str(", orelse=");
            stmts(out, orelse);
            out.push_str(", finalbody=");
            stmts(out, finalbody);
            out.push_str(", ");
        }
        StmtKind::With { items, body } => {
            out.push_str("With(items=");
            list(out, items, |o, it| {
                o.push_str("withitem(context_expr=");
                expr(o, &it.context, Ctx::Load);
                if let Some(t) = &it.target {
                    o.push_str(", optional_vars=");
                    expr(o, t, Ctx::Store);
                }
                o.push(')');
            });
            out.push_str(", body=");
            stmts(out, body);
            out.push_str(", ");
        }
        StmtKind::Import(names) => {
            out.push_str("Import(names=");
            list(out, names, alias);
            out.push_str(", ");
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            out.push_str("ImportFrom(");
            if let Some(m) = module {
                let _ = write!(out, "module={}, ", py_str(m));
            }
            out.push_str("names=");
            list(out, names, alias);
            let _ = write!(out, ", level={}, ", level);
        }
    }
    attrs(out, &s.loc);
    out.push(')');
}

fn alias(out: &mut String, a: &Alias) {
    let _ = write!(out, "alias(name={}, ", py_str(&a.name));
    if let Some(n) = &a.asname {
        let _ = write!(out, "asname={}, ", py_str(n));
    }
    attrs(out, &a.loc);
    out.push(')');
}

fn keyword(out: &mut String, k: &Keyword) {
    out.push_str("keyword(");
    if let Some(n) = &k.name {
        let _ = write!(out, "arg={}, ", py_str(n));
    }
    out.push_str("value=");
    expr(out, &k.value, Ctx::Load);
    out.push_str(", ");
    attrs(out, &k.loc);
    out.push(')');
}

fn param(out: &mut String, p: &Param) {
    let _ = write!(out, "arg(arg={}, ", py_str(&p.name));
    opt_field(out, "annotation", &p.annotation, Ctx::Load);
    attrs(out, &p.loc);
    out.push(')');
}

fn params(out: &mut String, p: &Parameters) {
    out.push_str("arguments(posonlyargs=");
    list(out, &p.posonly, param);
    out.push_str(", args=");
    list(out, &p.args, param);
    if let Some(v) = &p.vararg {
        out.push_str(", vararg=");
        param(out, v);
    }
    out.push_str(", kwonlyargs=");
    list(out, &p.kwonly, param);
    out.push_str(", kw_defaults=");
    list(out, &p.kw_defaults, |o, d| match d {
        Some(e) => expr(o, e, Ctx::Load),
        None => o.push_str("None"),
    });
    if let Some(k) = &p.kwarg {
        out.push_str(", kwarg=");
        param(out, k);
    }
    out.push_str(", defaults=");
    exprs(out, &p.defaults, Ctx::Load);
    out.push(')');
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    list(out, gens, |o, c| {
        o.push_str("comprehension(target=");
        expr(o, &c.target, Ctx::Store);
        o.push_str(", iter=");
        expr(o, &c.iter, Ctx::Load);
        o.push_str(", ifs=");
        exprs(o, &c.ifs, Ctx::Load);
        o.push_str(", is_async=0)");
    });
}

fn ctx_name(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "Load()",
        Ctx::Store => "Store()",
        Ctx::Del => "Del()",
    }
}

pub fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

fn expr(out: &mut String, e: &Expr, ctx: Ctx) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let _ = write!(
                out,
                "BoolOp(op={}(), values=",
                if *op == BoolOp::And { "And" } else { "Or" }
            );
            exprs(out, values, Ctx::Load);
        }
        ExprKind::NamedExpr { target, value } => {
            out.push_str("NamedExpr(target=");
            expr(out, target, Ctx::Store);
            out.push_str(", value=");
            expr(out, value, Ctx::Load);
        }
        ExprKind::BinOp { left, op, right } => {
            out.push_str("BinOp(left=");
            expr(out, left, Ctx::Load);
            let _ = write!(out, ", op={}(), right=", binop_name(*op));
            expr(out, right, Ctx::Load);
        }
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            let _ = write!(out, "UnaryOp(op={}(), operand=", name);
            expr(out, operand, Ctx::Load);
        }
        ExprKind::Lambda { params: p, body } => {
            out.push_str("Lambda(args=");
            params(out, p);
            out.push_str(", body=");
            expr(out, body, Ctx::Load);
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("IfExp(test=");
            expr(out, test, Ctx::Load);
            out.push_str(", body=");
            expr(out, body, Ctx::Load);
            out.push_str(", orelse=");
            expr(out, orelse, Ctx::Load);
        }
        ExprKind::Dict { keys, values } => {
            out.push_str("Dict(keys=");
            list(out, keys, |o, k| match k {
                Some(k) => expr(o, k, Ctx::Load),
                None => o.push_str("None"),
            });
            out.push_str(", values=");
            exprs(out, values, Ctx::Load);
        }
        ExprKind::Set(elts) => {
            out.push_str("Set(elts=");
            exprs(out, elts, Ctx::Load);
        }
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
            out.push_str(if matches!(e.kind, ExprKind::ListComp { .. }) {
                "ListComp(elt="
            } else {
                "SetComp(elt="
            });
            expr(out, elt, Ctx::Load);
            out.push_str(", generators=");
            comprehensions(out, generators);
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push_str("GeneratorExp(elt=");
            expr(out, elt, Ctx::Load);
            out.push_str(", generators=");
            comprehensions(out, generators);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push_str("DictComp(key=");
            expr(out, key, Ctx::Load);
            out.push_str(", value=");
            expr(out, value, Ctx::Load);
            out.push_str(", generators=");
            comprehensions(out, generators);
        }
        ExprKind::Yield(v) => {
            out.push_str("Yield(");
            if let Some(v) = v {
                out.push_str("value=");
                expr(out, v, Ctx::Load);
            } else {
                // No fields: attributes follow directly.
                attrs(out, &e.loc);
                out.push(')');
                return;
            }
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("YieldFrom(value=");
            expr(out, v, Ctx::Load);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            out.push_str("Compare(left=");
            expr(out, left, Ctx::Load);
            out.push_str(", ops=");
            list(out, ops, |o, op| {
                let n = match op {
                    CmpOp::Eq => "Eq",
                    CmpOp::NotEq => "NotEq",
                    CmpOp::Lt => "Lt",
                    CmpOp::LtE => "LtE",
                    CmpOp::Gt => "Gt",
                    CmpOp::GtE => "GtE",
                    CmpOp::Is => "Is",
                    CmpOp::IsNot => "IsNot",
                    CmpOp::In => "In",
                    CmpOp::NotIn => "NotIn",
                };
                let _ = write!(o, "{}()", n);
            });
            out.push_str(", comparators=");
            exprs(out, comparators, Ctx::Load);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push_str("Call(func=");
            expr(out, func, Ctx::Load);
            out.push_str(", args=");
            exprs(out, args, Ctx::Load);
            out.push_str(", keywords=");
            list(out, keywords, keyword);
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            out.push_str("FormattedValue(value=");
            expr(out, value, Ctx::Load);
            let c = match conversion {
                Conversion::None => -1,
                Conversion::Str => 115,
                Conversion::Repr => 114,
                Conversion::Ascii => 97,
            };
            let _ = write!(out, ", conversion={}", c);
            if let Some(spec) = format_spec {
                out.push_str(", format_spec=");
                expr(out, spec, Ctx::Load);
            }
        }
        ExprKind::JoinedStr(values) => {
            out.push_str("JoinedStr(values=");
            exprs(out, values, Ctx::Load);
        }
        ExprKind::Constant(c) => {
            out.push_str("Constant(value=");
            out.push_str(&constant_repr(c));
        }
        ExprKind::Attribute { value, attr } => {
            out.push_str("Attribute(value=");
            expr(out, value, Ctx::Load);
            let _ = write!(out, ", attr={}, ctx={}", py_str(attr), ctx_name(ctx));
        }
        ExprKind::Subscript { value, index } => {
            out.push_str("Subscript(value=");
            expr(out, value, Ctx::Load);
            out.push_str(", slice=");
            expr(out, index, Ctx::Load);
            let _ = write!(out, ", ctx={}", ctx_name(ctx));
        }
        ExprKind::Starred(v) => {
            out.push_str("Starred(value=");
            expr(out, v, ctx);
            let _ = write!(out, ", ctx={}", ctx_name(ctx));
        }
        ExprKind::Name(n) => {
            let _ = write!(out, "Name(id={}, ctx={}", py_str(n), ctx_name(ctx));
        }
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            out.push_str(if matches!(e.kind, ExprKind::List(_)) {
                "List(elts="
            } else {
                "Tuple(elts="
            });
            exprs(out, elts, ctx);
            let _ = write!(out, ", ctx={}", ctx_name(ctx));
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("Slice(");
            let mut any = false;
            for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                if let Some(v) = v {
                    if any {
                        out.push_str(", ");
                    }
                    let _ = write!(out, "{}=", name);
                    expr(out, v, Ctx::Load);
                    any = true;
                }
            }
            if !any {
                attrs(out, &e.loc);
                out.push(')');
                return;
            }
        }
    }
    out.push_str(", ");
    attrs(out, &e.loc);
    out.push(')');
}

pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => py_float_repr(*f),
        Constant::Imaginary(f) => {
            let r = py_float_repr(*f);
            let r = r.strip_suffix(".0").unwrap_or(&r).to_string();
            format!("{}j", r)
        }
        Constant::Str(s) => py_str(s),
        Constant::Bytes(b) => py_bytes(b),
    }
}

/// Python's `repr()` of a float.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap();
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
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

/// Python's `repr()` of a str.
pub fn py_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || crate::lexer::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a bytes object.
pub fn py_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{:02x}", c);
            }
            c => out.push(c as char),
        }
    }
    out.push(quote);
    out
}
