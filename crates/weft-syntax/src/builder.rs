//! Helpers for the grammar's actions: building nodes, and the checks CPython makes
//! while parsing (assignment targets, call arguments, parameter lists), with
//! CPython 3.11's messages and locations.

use std::collections::HashSet;

use crate::ast::*;
use crate::token::Tok;
use crate::token::{Pos, StrValue};
use crate::{SyntaxError, SyntaxErrorKind};

pub type PErr = lalrpop_util::ParseError<Pos, Tok, SyntaxError>;

/// Wrap a SyntaxError for a fallible grammar action.
pub fn user(error: SyntaxError) -> PErr {
    lalrpop_util::ParseError::User { error }
}

/// What the single public grammar rule returns, one variant per mode.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
    /// An f-string replacement field; true if it is a tuple or generator
    /// expression needing the (virtual) parentheses in its location.
    FString(Expr, bool),
}

/// A compound statement from `l` to `end`.
pub fn ex_stmt(l: Pos, end: Pos, kind: StmtKind) -> Stmt {
    Stmt {
        loc: loc(l, end),
        kind,
    }
}

pub fn loc(l: Pos, r: Pos) -> Loc {
    Loc::new(l.line, l.col, r.line, r.col)
}

pub fn ex(l: Pos, r: Pos, kind: ExprKind) -> Expr {
    Expr {
        loc: loc(l, r),
        kind,
    }
}

pub fn st(l: Pos, r: Pos, kind: StmtKind) -> Stmt {
    Stmt {
        loc: loc(l, r),
        kind,
    }
}

pub fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// A SyntaxError covering `loc` (1-based columns, as CPython's `offset`).
pub fn err_at(loc: Loc, msg: impl Into<String>) -> SyntaxError {
    let col = loc.col + 1;
    let end_col = if loc.end_line == loc.line && loc.end_col > loc.col {
        loc.end_col + 1
    } else {
        col + 1
    };
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        line: loc.line,
        col,
        end_col,
        source_line: None,
        incomplete: false,
    }
}

pub fn binop(l: Pos, a: Expr, op: BinOp, b: Expr, r: Pos) -> Expr {
    ex(
        l,
        r,
        ExprKind::BinOp {
            left: bx(a),
            op,
            right: bx(b),
        },
    )
}

pub fn tuple(l: Pos, r: Pos, elts: Vec<Expr>) -> Expr {
    ex(l, r, ExprKind::Tuple(elts))
}

/// One literal piece of a string expression, with its location.
pub struct StrPiece {
    pub loc: Loc,
    pub value: StrValue,
}

/// Adjacent string literals: concatenate (str + str, f-strings → JoinedStr),
/// rejecting bytes mixed with str.
pub fn concat_strings(l: Pos, r: Pos, pieces: Vec<StrPiece>) -> Result<Expr, SyntaxError> {
    let whole = loc(l, r);
    // Errors are reported just past the whole string expression.
    let end_err = |msg: String| {
        let c = if whole.end_line == whole.line {
            whole.end_col
        } else {
            whole.col
        };
        err_at(Loc::new(whole.end_line, c, whole.end_line, c), msg)
    };
    let mut has_bytes = false;
    let mut has_str = false;
    let mut has_f = false;
    for p in &pieces {
        match &p.value {
            StrValue::Bytes(_) => has_bytes = true,
            StrValue::Str(_) => has_str = true,
            StrValue::FStr(_) => {
                has_str = true;
                has_f = true;
            }
            StrValue::Error(msg) => return Err(end_err(msg.clone())),
        }
    }
    if has_bytes && has_str {
        return Err(end_err("cannot mix bytes and nonbytes literals".into()));
    }
    if has_bytes {
        let mut out = Vec::new();
        for p in pieces {
            if let StrValue::Bytes(b) = p.value {
                out.extend(b);
            }
        }
        return Ok(Expr {
            loc: whole,
            kind: ExprKind::Constant(Constant::Bytes(out)),
        });
    }
    if !has_f {
        let mut out = String::new();
        for p in pieces {
            if let StrValue::Str(s) = p.value {
                out.push_str(&s);
            }
        }
        return Ok(Expr {
            loc: whole,
            kind: ExprKind::Constant(Constant::Str(out)),
        });
    }
    let mut parts: Vec<Expr> = Vec::new();
    for p in pieces {
        match p.value {
            StrValue::Str(s) => crate::fstring::push_literal(&mut parts, s),
            StrValue::FStr(mut fparts) => {
                crate::fstring::set_spec_locs(&mut fparts, p.loc);
                for part in fparts {
                    match part.kind {
                        ExprKind::Constant(Constant::Str(s)) => {
                            crate::fstring::push_literal(&mut parts, s)
                        }
                        _ => parts.push(part),
                    }
                }
            }
            _ => {}
        }
    }
    crate::fstring::set_part_locs(&mut parts, whole);
    Ok(Expr {
        loc: whole,
        kind: ExprKind::JoinedStr(parts),
    })
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    Store,
    Del,
}

/// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
pub fn invalid_target(e: &Expr, ctx: TargetCtx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Starred(inner) => {
            if ctx == TargetCtx::Del {
                Some(e)
            } else {
                invalid_target(inner, ctx)
            }
        }
        ExprKind::Compare { left, .. } => {
            // `a in b` in a for target: CPython points at the comparison's left side
            // only for `for x in y in z`; report the whole comparison otherwise.
            let _ = left;
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn is_unparenthesized_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) => elts
            .first()
            .is_some_and(|f| f.loc.line == e.loc.line && f.loc.col == e.loc.col),
        _ => false,
    }
}

/// Kinds CPython reports with "... here. Maybe you meant '==' instead of '='?".
fn here_kind(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => false,
        ExprKind::Constant(_)
        | ExprKind::Call { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::JoinedStr(_)
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::Dict { .. }
        | ExprKind::Set(_)
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => true,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        _ => false,
    }
}

/// True if an expression starts at the `bitwise_or` level (what CPython's
/// `invalid_named_expression` rule wants on the right of the `=`).
fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) if is_unparenthesized_tuple(e) => {
            elts.first().is_some_and(is_bitwise_or_level)
        }
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        _ => true,
    }
}

/// Check the targets of `targets[0] = targets[1] = ... = value`.
pub fn check_assign(
    targets: &[Expr],
    value: &Expr,
    bare_yields: &[bool],
) -> Result<(), SyntaxError> {
    for (i, t) in targets.iter().enumerate() {
        if bare_yields[i] {
            return Err(err_at(t.loc, "assignment to yield expression not possible"));
        }
    }
    if targets.len() == 1 && is_bitwise_or_level(value) {
        let t = &targets[0];
        let last = if is_unparenthesized_tuple(t) {
            match &t.kind {
                ExprKind::Tuple(elts) => elts.last(),
                _ => None,
            }
        } else {
            Some(t)
        };
        if let Some(last) = last {
            let first_bad = invalid_target(t, TargetCtx::Store);
            if here_kind(last)
                && (first_bad.is_some_and(|b| std::ptr::eq(b, last))
                    || !is_unparenthesized_tuple(t))
            {
                return Err(err_at(
                    last.loc,
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(last)
                    ),
                ));
            }
        }
    }
    for t in targets {
        check_target(t, TargetCtx::Store)?;
    }
    for t in targets {
        check_starred_target(t)?;
    }
    Ok(())
}

/// "cannot assign to X" / "cannot delete X" for the first invalid part of a target.
pub fn check_target(t: &Expr, ctx: TargetCtx) -> Result<(), SyntaxError> {
    if let Some(bad) = invalid_target(t, ctx) {
        let verb = if ctx == TargetCtx::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(err_at(
            bad.loc,
            format!("cannot {} {}", verb, expr_name(bad)),
        ));
    }
    Ok(())
}

/// The compiler's rules for starred targets: at most one per list/tuple, never bare.
pub fn check_starred_target(t: &Expr) -> Result<(), SyntaxError> {
    match &t.kind {
        ExprKind::Starred(_) => Err(err_at(
            t.loc,
            "starred assignment target must be in a list or tuple",
        )),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => check_starred_elts(t, elts),
        _ => Ok(()),
    }
}

fn check_starred_elts(t: &Expr, elts: &[Expr]) -> Result<(), SyntaxError> {
    let mut seen = false;
    for e in elts {
        match &e.kind {
            ExprKind::Starred(inner) => {
                if seen {
                    return Err(err_at(t.loc, "multiple starred expressions in assignment"));
                }
                seen = true;
                check_starred_target(inner)?;
            }
            _ => check_starred_target(e)?,
        }
    }
    Ok(())
}

/// A target of `for`, a comprehension `for`, or `with ... as`.
pub fn check_store(t: &Expr) -> Result<(), SyntaxError> {
    check_target(t, TargetCtx::Store)?;
    check_starred_target(t)
}

pub fn check_del(targets: &[Expr]) -> Result<(), SyntaxError> {
    for t in targets {
        check_target(t, TargetCtx::Del)?;
    }
    Ok(())
}

pub fn check_aug_target(t: &Expr) -> Result<(), SyntaxError> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(err_at(
            t.loc,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(t)
            ),
        )),
    }
}

pub fn check_ann_target(t: &Expr) -> Result<(), SyntaxError> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) => {
            // CPython points at the first element of an unparenthesized tuple.
            let at = if is_unparenthesized_tuple(t) {
                elts[0].loc
            } else {
                t.loc
            };
            Err(err_at(
                at,
                "only single target (not tuple) can be annotated",
            ))
        }
        ExprKind::List(_) => Err(err_at(
            t.loc,
            "only single target (not list) can be annotated",
        )),
        _ => Err(err_at(t.loc, "illegal target for annotation")),
    }
}

/// `*x` is only allowed inside a list, tuple, set, call or subscript.
pub fn check_not_starred(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(err_at(e.loc, "can't use starred expression here"));
    }
    Ok(())
}

pub fn named_expr(l: Pos, target: Expr, value: Expr, r: Pos) -> Result<Expr, SyntaxError> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return Err(err_at(
            target.loc,
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
        ));
    }
    Ok(ex(
        l,
        r,
        ExprKind::NamedExpr {
            target: bx(target),
            value: bx(value),
        },
    ))
}

pub fn assign_stmt(l: Pos, r: Pos, mut exprs: Vec<(Expr, bool)>) -> Result<Stmt, SyntaxError> {
    let (value, _) = exprs.pop().unwrap();
    let bare_yields: Vec<bool> = exprs.iter().map(|(_, p)| *p).collect();
    let targets: Vec<Expr> = exprs.into_iter().map(|(e, _)| e).collect();
    check_assign(&targets, &value, &bare_yields)?;
    check_not_starred(&value)?;
    Ok(st(l, r, StmtKind::Assign { targets, value }))
}

pub fn aug_assign_stmt(
    l: Pos,
    r: Pos,
    target: Expr,
    op: BinOp,
    value: Expr,
) -> Result<Stmt, SyntaxError> {
    check_aug_target(&target)?;
    Ok(st(l, r, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign_stmt(
    l: Pos,
    r: Pos,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<Stmt, SyntaxError> {
    check_ann_target(&target)?;
    let simple = matches!(target.kind, ExprKind::Name(_))
        && target.loc.line == l.line
        && target.loc.col == l.col;
    Ok(st(
        l,
        r,
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
    ))
}

pub fn expr_stmt(l: Pos, r: Pos, e: Expr) -> Result<Stmt, SyntaxError> {
    check_not_starred(&e)?;
    Ok(st(l, r, StmtKind::Expr(e)))
}

// ----- calls -----

pub enum ArgItem {
    Positional(Expr),
    /// A generator expression without its own parentheses.
    BareGenexp(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStar(Keyword),
}

pub fn keyword_arg(
    l: Pos,
    r: Pos,
    key: Expr,
    eq_end: Pos,
    value: Expr,
) -> Result<ArgItem, SyntaxError> {
    // CPython reports from the start of the key to the end of the `=`.
    let span = Loc::new(key.loc.line, key.loc.col, eq_end.line, eq_end.col);
    match key.kind {
        ExprKind::Name(name) if key.loc.line == l.line && key.loc.col == l.col => {
            Ok(ArgItem::Keyword(Keyword {
                name: Some(name),
                value,
                loc: loc(l, r),
            }))
        }
        ExprKind::Constant(Constant::Bool(_) | Constant::None) => Err(err_at(
            span,
            format!("cannot assign to {}", expr_name(&key)),
        )),
        _ => Err(err_at(
            span,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
        )),
    }
}

/// Sort call arguments into positional and keyword lists, with CPython's checks.
pub fn call_args(
    items: Vec<ArgItem>,
    trailing_comma: bool,
    paren: Loc,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    // CPython points at the closing parenthesis for misplaced positional arguments.
    let close = Loc::new(
        paren.end_line,
        paren.end_col.saturating_sub(1),
        paren.end_line,
        paren.end_col,
    );
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    let mut names: HashSet<String> = HashSet::new();
    for item in items {
        match item {
            ArgItem::BareGenexp(mut g) => {
                if n != 1 || trailing_comma {
                    return Err(err_at(g.loc, "Generator expression must be parenthesized"));
                }
                g.loc = paren;
                args.push(g);
            }
            ArgItem::Positional(e) => {
                if seen_dstar {
                    return Err(err_at(
                        close,
                        "positional argument follows keyword argument unpacking",
                    ));
                }
                if seen_kw {
                    return Err(err_at(
                        close,
                        "positional argument follows keyword argument",
                    ));
                }
                args.push(e);
            }
            ArgItem::Starred(e) => {
                if seen_dstar {
                    let star = Loc::new(e.loc.line, e.loc.col, e.loc.line, e.loc.col + 1);
                    return Err(err_at(
                        star,
                        "iterable argument unpacking follows keyword argument unpacking",
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                seen_kw = true;
                let name = k.name.clone().unwrap_or_default();
                if !names.insert(name.clone()) {
                    return Err(err_at(
                        k.loc,
                        format!("keyword argument repeated: {}", name),
                    ));
                }
                keywords.push(k);
            }
            ArgItem::DoubleStar(k) => {
                seen_dstar = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(
    l: Pos,
    r: Pos,
    func: Expr,
    paren_l: Pos,
    items: (Vec<ArgItem>, bool),
) -> Result<Expr, SyntaxError> {
    let (args, keywords) = call_args(items.0, items.1, loc(paren_l, r))?;
    Ok(ex(
        l,
        r,
        ExprKind::Call {
            func: bx(func),
            args,
            keywords,
        },
    ))
}

// ----- parameters -----

pub enum ParamItem {
    Plain(Param, Option<Expr>),
    /// `*` (None) or `*args`.
    Star(Option<Param>, Loc),
    DoubleStar(Param),
    Slash(Loc),
}

#[allow(clippy::vec_box)] // the grammar boxes items to keep its stack small
pub fn make_params(
    items: Vec<Box<ParamItem>>,
    lambda: bool,
) -> Result<Box<Parameters>, SyntaxError> {
    let _ = lambda;
    let mut p = Parameters::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut star_loc: Option<Loc> = None;
    let mut seen_kwarg = false;
    let mut seen_default = false;
    let mut names: HashSet<String> = HashSet::new();
    let mut plain: Vec<Param> = Vec::new();
    let n = items.len();
    for (idx, item) in items.into_iter().enumerate() {
        let item = *item;
        if seen_kwarg {
            let l = match &item {
                ParamItem::Plain(prm, _) | ParamItem::DoubleStar(prm) => prm.loc,
                ParamItem::Star(_, l) | ParamItem::Slash(l) => *l,
            };
            return Err(err_at(l, "arguments cannot follow var-keyword argument"));
        }
        match item {
            ParamItem::Plain(prm, default) => {
                if !names.insert(prm.name.clone()) {
                    return Err(err_at(
                        prm.loc,
                        format!("duplicate argument '{}' in function definition", prm.name),
                    ));
                }
                if seen_star {
                    p.kwonly.push(prm);
                    p.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            p.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err_at(
                                prm.loc,
                                "non-default argument follows default argument",
                            ));
                        }
                        None => {}
                    }
                    plain.push(prm);
                }
            }
            ParamItem::Slash(l) => {
                if seen_slash {
                    return Err(err_at(l, "/ may appear only once"));
                }
                if seen_star {
                    return Err(err_at(l, "/ must be ahead of *"));
                }
                if plain.is_empty() {
                    return Err(err_at(l, "at least one argument must precede /"));
                }
                seen_slash = true;
                p.posonly.append(&mut plain);
            }
            ParamItem::Star(prm, l) => {
                if seen_star {
                    return Err(err_at(l, "* argument may appear only once"));
                }
                seen_star = true;
                match prm {
                    Some(prm) => {
                        if !names.insert(prm.name.clone()) {
                            return Err(err_at(
                                prm.loc,
                                format!("duplicate argument '{}' in function definition", prm.name),
                            ));
                        }
                        p.vararg = Some(prm);
                    }
                    None => {
                        star_loc = Some(l);
                        // A bare `*` must be followed by a keyword-only parameter.
                        if idx + 1 == n {
                            return Err(err_at(l, "named arguments must follow bare *"));
                        }
                    }
                }
            }
            ParamItem::DoubleStar(prm) => {
                if !names.insert(prm.name.clone()) {
                    return Err(err_at(
                        prm.loc,
                        format!("duplicate argument '{}' in function definition", prm.name),
                    ));
                }
                if let Some(l) = star_loc {
                    if p.kwonly.is_empty() {
                        return Err(err_at(l, "named arguments must follow bare *"));
                    }
                }
                seen_kwarg = true;
                p.kwarg = Some(prm);
            }
        }
    }
    p.args = plain;
    Ok(Box::new(p))
}

// ----- statements -----

type Block = (Vec<Stmt>, Pos);

pub fn if_stmt(
    l: Pos,
    test: Expr,
    body: Block,
    elifs: Vec<(Pos, Expr, Block)>,
    orelse: Option<Block>,
) -> Stmt {
    // Build from the innermost elif outwards.
    let (mut tail, mut end) = match orelse {
        Some((b, e)) => (b, Some(e)),
        None => (vec![], None),
    };
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let e = end.unwrap_or(ebody.1);
        tail = vec![ex_stmt(
            el,
            e,
            StmtKind::If {
                test: etest,
                body: ebody.0,
                orelse: tail,
            },
        )];
        end = Some(e);
    }
    ex_stmt(
        l,
        end.unwrap_or(body.1),
        StmtKind::If {
            test,
            body: body.0,
            orelse: tail,
        },
    )
}

// ----- compile-time block nesting -----

/// CPython's compiler allows 20 nested blocks (loops, `with`, `try` and its
/// handlers) per function; past that it reports "too many statically nested
/// blocks". This mirrors its accounting (`compiler_push_fblock` in compile.c).
pub const MAX_BLOCKS: u32 = 20;

fn too_many_blocks(loc: Loc) -> SyntaxError {
    // CPython's compiler reports the statement's start and its end column,
    // even when the statement ends on a later line.
    let mut e = err_at(loc, "too many statically nested blocks");
    e.end_col = loc.end_col + 1;
    e
}

fn push_block(level: u32, loc: Loc) -> Result<u32, SyntaxError> {
    if level >= MAX_BLOCKS {
        return Err(too_many_blocks(loc));
    }
    Ok(level + 1)
}

pub fn check_blocks(body: &[Stmt], level: u32) -> Result<(), SyntaxError> {
    for s in body {
        match &s.kind {
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                check_blocks(body, push_block(level, s.loc)?)?;
                check_blocks(orelse, level)?;
            }
            StmtKind::With { body, .. } => check_blocks(body, push_block(level, s.loc)?)?,
            StmtKind::If { body, orelse, .. } => {
                check_blocks(body, level)?;
                check_blocks(orelse, level)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let inner = if finalbody.is_empty() {
                    level
                } else {
                    push_block(level, s.loc)?
                };
                if handlers.is_empty() {
                    check_blocks(body, inner)?;
                } else {
                    check_blocks(body, push_block(inner, s.loc)?)?;
                    check_blocks(orelse, inner)?;
                    let first = handlers.first().map(|h| h.loc).unwrap_or(s.loc);
                    let in_handler = push_block(inner, first)?;
                    for h in handlers {
                        check_blocks(&h.body, push_block(in_handler, h.loc)?)?;
                    }
                }
                if !finalbody.is_empty() {
                    check_blocks(finalbody, level)?;
                    let at = finalbody.first().map(|f| f.loc).unwrap_or(s.loc);
                    check_blocks(finalbody, push_block(level, at)?)?;
                }
            }
            // A new code object starts counting from zero.
            StmtKind::FunctionDef(f) => check_blocks(&f.body, 0)?,
            StmtKind::ClassDef(c) => check_blocks(&c.body, 0)?,
            _ => {}
        }
    }
    Ok(())
}
