//! Driving the generated parser and turning its failures into CPython's messages.

use lalrpop_util::ParseError;

use crate::ast::{Expr, Mode, Module, Stmt, StmtKind};
use crate::builder::Top;
use crate::lexer::{Lexer, Spanned};
use crate::token::{Pos, Tok};
use crate::{SyntaxError, SyntaxErrorKind};

#[allow(
    clippy::all,
    clippy::pedantic,
    unused,
    unused_qualifications,
    non_snake_case,
    non_camel_case_types
)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/weft.rs"));
}

/// Normalise newlines (\r\n and lone \r become \n) and drop a UTF-8 BOM.
fn normalise(source: &str) -> std::borrow::Cow<'_, str> {
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Fill in the source line of an error from the text it refers to.
fn with_source_line(mut e: SyntaxError, src: &str) -> SyntaxError {
    if e.source_line.is_none() && e.line >= 1 {
        e.source_line = src
            .split('\n')
            .nth(e.line as usize - 1)
            .map(|l| l.to_string());
    }
    if e.end_col <= e.col {
        e.end_col = e.col + 1;
    }
    e
}

/// Parse a file or a `-c` string.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let src = normalise(source);
    match run(&src, Mode::Module, Pos::new(1, 0), false) {
        Ok(Top::Module(body)) => match crate::builder::check_blocks(&body, 0) {
            Ok(()) => Ok(Module { body }),
            Err(e) => Err(with_source_line(e, &src)),
        },
        Ok(_) => unreachable!(),
        Err(e) => Err(with_source_line(e, &src)),
    }
}

/// Parse one REPL entry: the lines typed so far, joined with `\n` and without a
/// final newline (as Python's `code.InteractiveConsole` passes them to `codeop`).
///
/// Completeness follows CPython's `codeop.compile_command`: an error with
/// `incomplete` set means "keep reading" (open bracket, unterminated
/// triple-quoted string, trailing backslash, block header without a body, and
/// any compound statement until an empty line has been entered, i.e. until the
/// source ends with a newline). Simple statements are complete at once. More
/// than one statement line is CPython's "multiple statements found while
/// compiling a single statement".
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    let src = normalise(source);
    let body = match run(&src, Mode::Interactive, Pos::new(1, 0), false) {
        Ok(Top::Module(body)) => match crate::builder::check_blocks(&body, 0) {
            Ok(()) => body,
            Err(e) => return Err(with_source_line(e, &src)),
        },
        Ok(_) => unreachable!(),
        Err(e) => return Err(with_source_line(e, &src)),
    };
    if let Some(last) = body.last() {
        if is_compound(last) && !src.ends_with('\n') {
            let line = src.split('\n').count() as u32;
            return Err(with_source_line(
                SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: "incomplete input".into(),
                    line,
                    col: 1,
                    end_col: 2,
                    source_line: None,
                    incomplete: true,
                },
                &src,
            ));
        }
        // Statements on more than one line: CPython's "single" mode accepts one.
        let first_line = body[0].loc.line;
        if let Some(second) = body
            .iter()
            .find(|s| s.loc.line > body[0].loc.end_line || s.loc.line < first_line)
        {
            let _ = second;
            let first_end = &body[0].loc;
            return Err(with_source_line(
                SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: "multiple statements found while compiling a single statement".into(),
                    line: first_end.end_line,
                    col: first_end.end_col + 1,
                    end_col: first_end.end_col + 2,
                    source_line: None,
                    incomplete: false,
                },
                &src,
            ));
        }
    }
    Ok(Module { body })
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
    )
}

/// Parse a single expression, as `eval()` does (surrounding whitespace and
/// newlines allowed).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let src = normalise(source);
    let trimmed = src.trim_start_matches([' ', '\t']);
    match run(
        trimmed,
        Mode::Expression,
        Pos::new(1, (src.len() - trimmed.len()) as u32),
        false,
    ) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(_) => unreachable!(),
        Err(e) => Err(with_source_line(e, &src)),
    }
}

/// Parse an f-string replacement field found at `base` in the enclosing text.
pub(crate) fn parse_fstring_expr(
    text: &str,
    base: Pos,
    depth_limit: u32,
) -> Result<Expr, SyntaxError> {
    match run_limited(text, Mode::Expression, base, true, depth_limit) {
        Ok(Top::FString(mut e, parenthesized)) => {
            if parenthesized {
                // CPython parses the field as `(text)`: a tuple or generator
                // expression spans those virtual parentheses.
                let end = crate::lexer::LineMap::new(text, base).pos(text.len());
                e.loc = crate::ast::Loc::new(
                    base.line,
                    base.col.saturating_sub(1),
                    end.line,
                    end.col + 1,
                );
            }
            Ok(e)
        }
        Ok(_) => unreachable!(),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e.incomplete = false;
            Err(e)
        }
    }
}

fn run(src: &str, mode: Mode, base: Pos, in_parens: bool) -> Result<Top, SyntaxError> {
    run_limited(src, mode, base, in_parens, crate::lexer::MAX_EXPR_DEPTH)
}

fn run_limited(
    src: &str,
    mode: Mode,
    base: Pos,
    in_parens: bool,
    depth_limit: u32,
) -> Result<Top, SyntaxError> {
    let mut lexer = Lexer::new(src, mode, base, in_parens);
    lexer.max_depth = depth_limit;
    let result = grammar::TopParser::new().parse(&mut lexer);
    result.map_err(|e| {
        lexer.lookahead_line = lexer.max_line;
        let from_tokenizer = matches!(e, ParseError::User { .. }) && lexer.failed_in_tokenizer();
        let err = map_error(e, &mut lexer);
        if from_tokenizer || err.msg == "unexpected indent" {
            return err;
        }
        // Like CPython, read the rest of the input: a tokenizer error there wins.
        match lexer.tokenizer_error_after(err.line) {
            Some(tok_err) => tok_err,
            None => err,
        }
    })
}

fn tok_err(kind: SyntaxErrorKind, msg: impl Into<String>, start: Pos, end: Pos) -> SyntaxError {
    let col = start.col + 1;
    let end_col = if end.line == start.line && end.col > start.col {
        end.col + 1
    } else {
        col + 1
    };
    SyntaxError {
        kind,
        msg: msg.into(),
        line: start.line,
        col,
        end_col,
        source_line: None,
        incomplete: false,
    }
}

fn block_kind(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

/// "expected an indented block after ..." if the parser failed right after a
/// block header's `:` NEWLINE.
fn expected_block(lexer: &Lexer, err_tok: Option<&Spanned>) -> Option<SyntaxError> {
    let h = &lexer.history;
    // The history ends with the failing token, unless the failure is at EOF.
    let n = h.len();
    let (newline, colon) = match err_tok {
        Some(_) if n >= 3 => (&h[n - 2], &h[n - 3]),
        None if n >= 2 => (&h[n - 1], &h[n - 2]),
        _ => return None,
    };
    if newline.1 != Tok::Newline || colon.1 != Tok::Colon {
        return None;
    }
    let header = &lexer.prev_line;
    let what = block_kind(header.first.as_ref()?)?;
    let msg = format!(
        "expected an indented block after {} on line {}",
        what, header.line
    );
    let (start, end, incomplete) = match err_tok {
        Some((s, t, e)) if !(lexer.eof_reached && matches!(t, Tok::Dedent | Tok::Newline)) => {
            (*s, *e, false)
        }
        _ => {
            let p = lexer.eof_pos();
            (p, p, true)
        }
    };
    let mut e = tok_err(SyntaxErrorKind::IndentationError, msg, start, end);
    e.incomplete = incomplete;
    Some(e)
}

fn map_error(e: ParseError<Pos, Tok, SyntaxError>, lexer: &mut Lexer) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { location, expected } => {
            if let Some(e) = expected_block(lexer, None) {
                return e;
            }
            if expects_handler(&expected) {
                let p = lexer.eof_pos();
                let mut e = tok_err(
                    SyntaxErrorKind::SyntaxError,
                    "expected 'except' or 'finally' block",
                    p,
                    p,
                );
                e.incomplete = true;
                return e;
            }
            let (start, end) = match lexer.history.back() {
                Some((s, _, e)) => (*s, *e),
                None => (location, location),
            };
            let mut e = tok_err(SyntaxErrorKind::SyntaxError, "invalid syntax", start, end);
            e.incomplete = true;
            e
        }
        ParseError::UnrecognizedToken { token, expected } => unrecognized(lexer, token, &expected),
        ParseError::ExtraToken { token } => unrecognized(lexer, token, &[]),
        ParseError::InvalidToken { location } => tok_err(
            SyntaxErrorKind::SyntaxError,
            "invalid syntax",
            location,
            location,
        ),
    }
}

fn expects_handler(expected: &[String]) -> bool {
    expected.iter().any(|x| x == "\"except\"") && expected.iter().any(|x| x == "\"finally\"")
}

fn is_open(t: &Tok) -> bool {
    matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen)
}

fn is_close(t: &Tok) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Walking back from history index `i` (inclusive), the index where the
/// expression (a CPython "disjunction") ending at `i` starts, within the current
/// bracket level. `None` when it is part of a comprehension clause.
fn expr_start(h: &std::collections::VecDeque<Spanned>, i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    let mut passed_in = false;
    loop {
        let t = &h[j].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return Some(j + 1);
            }
            depth -= 1;
        } else if depth == 0 {
            if *t == Tok::In {
                passed_in = true;
            }
            let stop = match t {
                // A comprehension's target may get the hint, its iterable not.
                Tok::For if passed_in => return None,
                Tok::For => true,
                Tok::If => return None,
                Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Not
                | Tok::And
                | Tok::Or
                | Tok::In
                | Tok::Is
                | Tok::Dot
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::DoubleStar
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::LShift
                | Tok::RShift
                | Tok::Amper
                | Tok::VBar
                | Tok::CircumFlex
                | Tok::Tilde
                | Tok::Less
                | Tok::Greater
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::EqEqual
                | Tok::NotEqual => false,
                _ => true,
            };
            if stop {
                return Some(j + 1);
            }
        }
        if j == 0 {
            return Some(0);
        }
        j -= 1;
    }
}

/// Inside a `{` display: (index of the `{`, whether an earlier element was a
/// `key: value` or `**mapping`, whether the current element has a `:`).
fn dict_context(
    h: &std::collections::VecDeque<Spanned>,
    last: usize,
) -> Option<(usize, bool, bool)> {
    let mut depth = 0usize;
    let mut j = last + 1;
    let mut current_has_colon = false;
    let mut earlier_pair = false;
    let mut in_current = true;
    while j > 0 {
        j -= 1;
        let t = &h[j].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return (*t == Tok::LBrace).then_some((j, earlier_pair, current_has_colon));
            }
            depth -= 1;
        } else if depth == 0 {
            match t {
                Tok::Comma => in_current = false,
                Tok::Colon | Tok::DoubleStar => {
                    if in_current {
                        current_has_colon = true;
                    } else {
                        earlier_pair = true;
                    }
                }
                Tok::Lambda | Tok::For => return None,
                _ => {}
            }
        }
    }
    None
}

/// CPython's messages for malformed dict displays.
fn dict_error(
    lexer: &mut Lexer,
    h: &std::collections::VecDeque<Spanned>,
    token: &Spanned,
) -> Option<SyntaxError> {
    let n = h.len();
    let prev = &h[n - 2];
    let tok = &token.1;
    let syntax = SyntaxErrorKind::SyntaxError;
    if prev.1 == Tok::Colon {
        dict_context(h, n - 3)?;
        if matches!(tok, Tok::RBrace | Tok::Comma) {
            return Some(tok_err(
                syntax,
                "expression expected after dictionary key and ':'",
                prev.0,
                prev.2,
            ));
        }
        if *tok == Tok::Star {
            let end = expr_end_from(lexer, token);
            return Some(tok_err(
                syntax,
                "cannot use a starred expression in a dictionary value",
                token.0,
                end,
            ));
        }
        return None;
    }
    if *tok == Tok::Colon || !prev.1.ends_operand() {
        return None;
    }
    let (_, earlier_pair, current_has_colon) = dict_context(h, n - 2)?;
    if earlier_pair && !current_has_colon {
        let p = prev.2;
        return Some(SyntaxError {
            kind: syntax,
            msg: "':' expected after dictionary key".into(),
            line: p.line,
            col: p.col,
            end_col: p.col + 1,
            source_line: None,
            incomplete: false,
        });
    }
    None
}

/// True if the current statement already has a `:` outside brackets (the one
/// ending a block header).
fn header_colon_seen(h: &std::collections::VecDeque<Spanned>) -> bool {
    let n = h.len();
    if n < 2 {
        return false;
    }
    let s = statement_start(h, n - 1);
    let mut depth = 0usize;
    for item in h.iter().take(n - 1).skip(s) {
        if is_open(&item.1) {
            depth += 1;
        } else if is_close(&item.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(item.1, Tok::Colon | Tok::Lambda) {
            return true;
        }
    }
    false
}

/// `[*a for a in b]`, `{**a for a in b}`: an unpacked element before `for`.
fn unpacking_in_comprehension(h: &std::collections::VecDeque<Spanned>) -> Option<SyntaxError> {
    let n = h.len();
    let mut depth = 0usize;
    let mut j = n - 1;
    while j > 0 {
        j -= 1;
        let t = &h[j].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 && matches!(t, Tok::Comma) {
            return None;
        }
    }
    let first = h.get(j + 1)?;
    let last = &h[n - 2];
    let (msg, end) = match first.1 {
        Tok::Star => ("iterable unpacking cannot be used in comprehension", last.2),
        // CPython marks only the `**`.
        Tok::DoubleStar if h[j].1 == Tok::LBrace => (
            "dict unpacking cannot be used in dict comprehension",
            first.2,
        ),
        _ => return None,
    };
    Some(tok_err(SyntaxErrorKind::SyntaxError, msg, first.0, end))
}

/// Index in the history where the current statement starts.
fn statement_start(h: &std::collections::VecDeque<Spanned>, before: usize) -> usize {
    let mut depth = 0usize;
    let mut j = before;
    while j > 0 {
        let t = &h[j - 1].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return j;
            }
            depth -= 1;
        } else if depth == 0
            && matches!(
                t,
                Tok::Newline
                    | Tok::Indent
                    | Tok::Dedent
                    | Tok::Semi
                    | Tok::StartModule
                    | Tok::StartInteractive
                    | Tok::StartExpression
                    | Tok::StartFString
            )
        {
            return j;
        }
        j -= 1;
    }
    0
}

/// Parse the source text spanned by history entries `from..=to` as an expression.
fn parse_span(
    lexer: &Lexer,
    h: &std::collections::VecDeque<Spanned>,
    from: usize,
    to: usize,
) -> Option<crate::ast::Expr> {
    let map = &lexer.map;
    let (a, b) = (map.offset(h[from].0), map.offset(h[to].2));
    if a >= b {
        return None;
    }
    crate::parser::parse_fstring_expr(&map.text()[a..b], h[from].0, crate::lexer::MAX_EXPR_DEPTH)
        .ok()
}

/// `a.b := 1` as a statement: CPython names the target.
fn walrus_target_error(
    lexer: &Lexer,
    h: &std::collections::VecDeque<Spanned>,
) -> Option<SyntaxError> {
    let n = h.len();
    let s = statement_start(h, n - 1);
    if s >= n - 1 || (s + 2 == n && matches!(h[s].1, Tok::Name(_))) {
        return None;
    }
    let a = parse_span(lexer, h, s, n - 2)?;
    if matches!(a.kind, crate::ast::ExprKind::Name(_)) {
        return None;
    }
    Some(crate::builder::err_at(
        a.loc,
        format!(
            "cannot use assignment expressions with {}",
            crate::builder::expr_name(&a)
        ),
    ))
}

/// A `for` statement that failed before its `in`: an invalid target is reported.
fn failed_for_target(
    lexer: &Lexer,
    h: &std::collections::VecDeque<Spanned>,
) -> Option<SyntaxError> {
    let n = h.len();
    let s = statement_start(h, n - 1);
    if h[s].1 != Tok::For || s + 2 > n - 1 {
        return None;
    }
    let mut depth = 0usize;
    for item in h.iter().take(n - 1).skip(s + 1) {
        if is_open(&item.1) {
            depth += 1;
        } else if is_close(&item.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && item.1 == Tok::In {
            return None;
        }
    }
    let target = parse_span(lexer, h, s + 1, n - 2)?;
    crate::builder::check_store(&target).err()
}

/// A statement `t1 = t2 = ...` that failed after an `=`: CPython reports an
/// invalid target first.
fn failed_assignment_target(
    lexer: &Lexer,
    h: &std::collections::VecDeque<Spanned>,
    tok: &Tok,
) -> Option<SyntaxError> {
    let n = h.len();
    if lexer.bracket_depth() > is_open(tok) as usize {
        return None;
    }
    let s = statement_start(h, n - 1);
    if s >= n - 1
        || !h[s].1.starts_operand()
            && !matches!(h[s].1, Tok::Star | Tok::Minus | Tok::Plus | Tok::Yield)
    {
        return None;
    }
    let mut eqs = Vec::new();
    let mut depth = 0usize;
    for (k, item) in h.iter().enumerate().take(n - 1).skip(s) {
        if is_open(&item.1) {
            depth += 1;
        } else if is_close(&item.1) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && item.1 == Tok::Equal {
            eqs.push(k);
        } else if depth == 0 && matches!(item.1, Tok::Colon | Tok::Lambda) {
            return None;
        }
    }
    if eqs.is_empty() {
        return None;
    }
    let mut targets = Vec::new();
    let mut bare_yields = Vec::new();
    let mut from = s;
    for &eq in &eqs {
        if eq == from {
            return None;
        }
        bare_yields.push(h[from].1 == Tok::Yield);
        if h[from].1 == Tok::Yield {
            // Only its location matters.
            targets.push(crate::ast::Expr {
                loc: crate::ast::Loc::new(
                    h[from].0.line,
                    h[from].0.col,
                    h[eq - 1].2.line,
                    h[eq - 1].2.col,
                ),
                kind: crate::ast::ExprKind::Yield(None),
            });
        } else {
            targets.push(parse_span(lexer, h, from, eq - 1)?);
        }
        from = eq + 1;
    }
    // The value: CPython's "here" message needs one that starts like an operand.
    let value_starts =
        from < n && h[from].1.starts_operand() && !matches!(h[from].1, Tok::Not | Tok::Lambda);
    let dummy = crate::ast::Expr {
        loc: crate::ast::Loc::default(),
        kind: if value_starts {
            crate::ast::ExprKind::Name(String::new())
        } else {
            crate::ast::ExprKind::Yield(None)
        },
    };
    crate::builder::check_assign(&targets, &dummy, &bare_yields).err()
}

fn is_bitwise_or_token(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Dot
            | Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LShift
            | Tok::RShift
            | Tok::Amper
            | Tok::VBar
            | Tok::CircumFlex
            | Tok::Tilde
    )
}

/// The range of tokens `[s, e]` (history indices or lexed on) that form a
/// CPython `bitwise_or` ending at history index `end` / starting after the `=`.
fn bitwise_or_start(h: &std::collections::VecDeque<Spanned>, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = end;
    loop {
        let t = &h[j].1;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return Some(j + 1);
            }
            depth -= 1;
        } else if depth == 0 && !is_bitwise_or_token(t) {
            return Some(j + 1);
        }
        if j == 0 {
            return Some(0);
        }
        j -= 1;
    }
}

/// CPython's `invalid_named_expression`: `a = b` where a named expression is
/// expected (an `if`/`while` condition, a display or parenthesized element).
fn invalid_named_expression(
    lexer: &mut Lexer,
    h: &std::collections::VecDeque<Spanned>,
    eq: &Spanned,
) -> Option<SyntaxError> {
    let n = h.len();
    if n < 3 {
        return None;
    }
    let s = bitwise_or_start(h, n - 2)?;
    if s >= n - 1 || s == 0 {
        return None;
    }
    // What comes before `a` decides whether a named expression starts there.
    let before = &h[s - 1].1;
    let ok = match before {
        Tok::If | Tok::While | Tok::Elif => lexer.bracket_depth() == 0,
        // Displays and subscripts; parentheses unless they are a call's.
        Tok::LSqb | Tok::LBrace => true,
        Tok::LPar => s < 2 || !h[s - 2].1.ends_operand(),
        Tok::Comma => {
            // An element of a display: the innermost open bracket must not be a call.
            let mut depth = 0usize;
            let mut k = s - 1;
            let mut found = false;
            while k > 0 {
                k -= 1;
                let t = &h[k].1;
                if is_close(t) {
                    depth += 1;
                } else if is_open(t) {
                    if depth == 0 {
                        found = matches!(t, Tok::LSqb | Tok::LBrace)
                            || (*t == Tok::LPar && (k == 0 || !h[k - 1].1.ends_operand()));
                        break;
                    }
                    depth -= 1;
                }
            }
            found
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    let first = &h[s];
    let last = &h[n - 2];
    // `b`: the bitwise_or after `=`, which must not be followed by `=` or `:=`.
    let mut b_end = None;
    let mut depth = 0usize;
    let mut next_tok = None;
    let mut b_next = None;
    let mut prev_b: Option<Tok> = None;
    let b_start = eq.2;
    for _ in 0..10_000 {
        if lexer.next_is_error() {
            if let Some(end) = b_end {
                note_lookahead(lexer, b_start, end, None);
            }
            break;
        }
        let Some(Ok((ts, t, e))) = lexer.next() else {
            break;
        };
        b_next = Some(ts);
        // An operand right after an operand ends `b`.
        let after_operand = prev_b.as_ref().is_some_and(|p: &Tok| p.ends_operand());
        if depth == 0
            && after_operand
            && t.starts_operand()
            && !matches!(t, Tok::LPar | Tok::LSqb | Tok::Not)
        {
            next_tok = Some(t);
            break;
        }
        prev_b = Some(t.clone());
        if is_open(&t) {
            depth += 1;
        } else if is_close(&t) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && !is_bitwise_or_token(&t) {
            next_tok = Some(t);
            break;
        }
        b_end = Some(e);
    }
    let b_end = b_end?;
    if b_next.is_some() {
        note_lookahead(lexer, b_start, b_end, b_next);
    }
    if matches!(next_tok, Some(Tok::Equal | Tok::ColonEqual)) || !expr_parses(lexer, b_start, b_end)
    {
        return None;
    }
    if s + 1 == n - 1 {
        if let Tok::Name(_) = first.1 {
            let mut e = tok_err(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                first.0,
                b_end,
            );
            if b_end.line != first.0.line {
                e.end_col = e.col + 1;
            }
            return Some(e);
        }
    }
    // Parse `a` to name it.
    let map = &lexer.map;
    let text = &map.text()[map.offset(first.0)..map.offset(last.2)];
    let a = crate::parser::parse_fstring_expr(text, first.0, crate::lexer::MAX_EXPR_DEPTH).ok()?;
    let excluded = matches!(
        a.kind,
        crate::ast::ExprKind::List(_)
            | crate::ast::ExprKind::Tuple(_)
            | crate::ast::ExprKind::GeneratorExp { .. }
            | crate::ast::ExprKind::Constant(
                crate::ast::Constant::None | crate::ast::Constant::Bool(_)
            )
    );
    if excluded {
        return None;
    }
    Some(crate::builder::err_at(
        a.loc,
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            crate::builder::expr_name(&a)
        ),
    ))
}

/// True if the source between two positions parses as an expression.
fn expr_parses(lexer: &Lexer, from: Pos, to: Pos) -> bool {
    let map = &lexer.map;
    let (a, b) = (map.offset(from), map.offset(to));
    a < b
        && crate::parser::parse_fstring_expr(&map.text()[a..b], from, crate::lexer::MAX_EXPR_DEPTH)
            .is_ok()
}

/// Error reporting read an expression from `from` to `to` ahead of the failure,
/// as CPython's parser does in its second pass; record how far CPython would
/// have read (which decides whether an unclosed bracket is reported instead).
/// `next` is where the token after it starts, `None` at the end of the input.
fn note_lookahead(lexer: &mut Lexer, from: Pos, to: Pos, next: Option<Pos>) {
    let map = &lexer.map;
    let (a, b) = (map.offset(from), map.offset(to));
    if a >= b {
        return;
    }
    match crate::parser::parse_fstring_expr(&map.text()[a..b], from, crate::lexer::MAX_EXPR_DEPTH) {
        Ok(_) => match next {
            Some(p) => lexer.lookahead_line = lexer.lookahead_line.max(p.line),
            None => lexer.reached_end = true,
        },
        Err(e) if e.msg.ends_with("was never closed") => lexer.reached_end = true,
        Err(e) => lexer.lookahead_line = lexer.lookahead_line.max(e.line),
    }
}

/// After a failure at a token inside brackets: where the expression starting at
/// that token ends (reading on from the lexer).
fn expr_end_from(lexer: &mut Lexer, first: &Spanned) -> Pos {
    let mut end = first.2;
    let mut stop = None;
    let mut depth = if is_open(&first.1) { 1usize } else { 0 };
    let mut prev = first.1.clone();
    for _ in 0..10_000 {
        if lexer.next_is_error() {
            note_lookahead(lexer, first.0, end, None);
            return end;
        }
        let Some(Ok((s, t, e))) = lexer.next() else {
            break;
        };
        stop = Some(s);
        // An operand right after an operand ends the expression.
        // (Calls, subscripts and adjacent strings continue it.)
        if depth == 0
            && prev.ends_operand()
            && t.starts_operand()
            && !matches!(t, Tok::Not | Tok::LPar | Tok::LSqb)
            && !(matches!(t, Tok::Str(_)) && matches!(prev, Tok::Str(_)))
        {
            break;
        }
        prev = t.clone();
        if is_open(&t) {
            depth += 1;
        } else if is_close(&t) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0
            && matches!(
                t,
                Tok::Comma
                    | Tok::Colon
                    | Tok::Equal
                    | Tok::ColonEqual
                    | Tok::For
                    | Tok::If
                    | Tok::Else
                    | Tok::Newline
                    | Tok::Semi
                    | Tok::As
            )
        {
            break;
        }
        end = e;
    }
    note_lookahead(lexer, first.0, end, stop);
    end
}

fn unrecognized(lexer: &mut Lexer, token: Spanned, expected: &[String]) -> SyntaxError {
    let (start, tok, end) = token.clone();
    let syntax = SyntaxErrorKind::SyntaxError;
    if tok == Tok::Indent {
        return SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: "unexpected indent".into(),
            line: start.line,
            col: start.col.max(1),
            end_col: start.col.max(1) + 1,
            source_line: None,
            incomplete: false,
        };
    }
    if expected.iter().any(|x| x == "Indent") {
        if let Some(e) = expected_block(lexer, Some(&token)) {
            return e;
        }
    }
    let line_first = lexer.cur_line_or_prev().first;
    let expects = |t: &str| expected.iter().any(|x| x == t);
    if expects("\":\"") {
        // CPython requires the ':' of these headers whatever comes instead,
        // of the others only in place of the end of the line.
        let forced = !header_colon_seen(&lexer.history)
            && matches!(
                line_first,
                Some(Tok::Def | Tok::For | Tok::Try | Tok::Finally | Tok::Else)
            )
            && lexer.bracket_depth() == 0;
        if forced || (tok == Tok::Newline && line_first.as_ref().and_then(block_kind).is_some()) {
            return tok_err(syntax, "expected ':'", start, end);
        }
    }
    let hist = &lexer.history;
    if expects("\"(\"")
        && line_first == Some(Tok::Def)
        && hist.len() >= 3
        && hist[hist.len() - 3].1 == Tok::Def
    {
        return tok_err(syntax, "expected '('", start, end);
    }
    if expects_handler(expected) {
        return tok_err(syntax, "expected 'except' or 'finally' block", start, end);
    }
    let h = lexer.history.clone();
    let n = h.len();
    let prev = if n >= 2 { Some(&h[n - 2]) } else { None };
    let in_import = matches!(line_first, Some(Tok::Import | Tok::From));
    let depth_before = lexer.bracket_depth() - is_open(&tok) as usize;
    let in_def_params = line_first == Some(Tok::Def) && depth_before == 1;
    if let Some(prev) = prev {
        // `def f(a=):`
        if prev.1 == Tok::Equal
            && matches!(tok, Tok::Comma | Tok::RPar)
            && line_first == Some(Tok::Def)
            && lexer.bracket_depth() == 1 - (tok == Tok::RPar) as usize
        {
            return tok_err(syntax, "expected default value expression", prev.0, prev.2);
        }
        // `lambda x=: ...`
        if prev.1 == Tok::Equal && matches!(tok, Tok::Comma | Tok::Colon) {
            let mut k = n - 2;
            let mut in_lambda = false;
            while k > 0 {
                k -= 1;
                match h[k].1 {
                    Tok::Lambda => {
                        in_lambda = true;
                        break;
                    }
                    Tok::Colon | Tok::Newline | Tok::LPar | Tok::LSqb | Tok::LBrace => break,
                    _ => {}
                }
            }
            if in_lambda {
                return tok_err(syntax, "expected default value expression", prev.0, prev.2);
            }
        }
        // `def f(*args=1)`, `lambda **kw=1: 0`
        if tok == Tok::Equal {
            let mut k = n - 2;
            // Skip an annotation: `*b: int = 1`.
            let mut depth = 0usize;
            while k > 0
                && !(depth == 0
                    && matches!(
                        h[k].1,
                        Tok::Star | Tok::DoubleStar | Tok::Comma | Tok::LPar | Tok::Lambda
                    ))
            {
                if is_close(&h[k].1) {
                    depth += 1;
                } else if is_open(&h[k].1) {
                    depth = depth.saturating_sub(1);
                }
                k -= 1;
            }
            let in_params = line_first == Some(Tok::Def) && depth_before == 1
                || h.iter()
                    .skip(statement_start(&h, n - 1))
                    .any(|t| t.1 == Tok::Lambda);
            if in_params && k + 1 < n - 1 && matches!(h[k + 1].1, Tok::Name(_)) {
                let msg = match h[k].1 {
                    Tok::Star => Some("var-positional argument cannot have default value"),
                    Tok::DoubleStar => Some("var-keyword argument cannot have default value"),
                    _ => None,
                };
                if let Some(msg) = msg {
                    return tok_err(syntax, msg, start, end);
                }
            }
        }
        // `[*a for a in b]`
        if tok == Tok::For {
            if let Some(e) = unpacking_in_comprehension(&h) {
                return e;
            }
        }
        // `a.b := 1` at statement level.
        if tok == Tok::ColonEqual && lexer.bracket_depth() == 0 {
            if let Some(e) = walrus_target_error(lexer, &h) {
                return e;
            }
        }
        // `for f() in x` that failed later: CPython names the invalid target.
        if line_first == Some(Tok::For) && lexer.bracket_depth() <= is_open(&tok) as usize {
            if let Some(e) = failed_for_target(lexer, &h) {
                return e;
            }
        }
        // `f() = ` and other statements with an invalid target that failed later.
        if let Some(e) = failed_assignment_target(lexer, &h, &tok) {
            return e;
        }
    }
    if let Some(prev) = prev {
        // `from x import a, b,`
        if tok == Tok::Newline && prev.1 == Tok::Comma && line_first == Some(Tok::From) {
            return tok_err(
                syntax,
                "trailing comma not allowed without surrounding parentheses",
                start,
                end,
            );
        }
        // `print x`
        if let Tok::Name(name) = &prev.1 {
            let after_dot = n >= 3 && h[n - 3].1 == Tok::Dot;
            if (name == "print" || name == "exec")
                && !after_dot
                && tok.starts_operand()
                && !matches!(tok, Tok::LPar | Tok::Not | Tok::Lambda)
                && !in_import
            {
                let b_end = expr_end_from(lexer, &token);
                let mut e = tok_err(
                    syntax,
                    format!(
                        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                        name, name
                    ),
                    prev.0,
                    b_end,
                );
                if b_end.line != prev.0.line {
                    e.end_col = e.col + 1;
                }
                return e;
            }
        }
        // `{1: 2, 3}`, `{1:}`, `{1: *a}`
        if let Some(e) = dict_error(lexer, &h, &token) {
            return e;
        }
        // `x = 1 if 2`
        if expected.iter().any(|x| x == "\"else\"") && !matches!(tok, Tok::Else) {
            if let Some(if_idx) = (0..n - 1).rev().find(|&k| h[k].1 == Tok::If) {
                if if_idx > 0 {
                    if let Some(s) = expr_start(&h, if_idx - 1) {
                        if s < if_idx {
                            let mut e = tok_err(
                                syntax,
                                "expected 'else' after 'if' expression",
                                h[s].0,
                                prev.2,
                            );
                            if prev.2.line != h[s].0.line {
                                e.end_col = e.col + 1;
                            }
                            return e;
                        }
                    }
                }
            }
        }
        // `if x = 1:` / `[x = 1]`: `=` where a named expression is parsed.
        if tok == Tok::Equal {
            if let Some(e) = invalid_named_expression(lexer, &h, &token) {
                return e;
            }
        }
        // `[1, 2 3]`: two expressions side by side inside brackets.
        let starts_b = tok.starts_operand() && tok != Tok::Not && tok != Tok::Lambda;
        if depth_before > 0 && prev.1.ends_operand() && starts_b && !in_import && !in_def_params {
            if let Some(s) = expr_start(&h, n - 2) {
                let first = &h[s].1;
                let name_string =
                    matches!(first, Tok::Name(_)) && s + 1 < n && matches!(h[s + 1].1, Tok::Str(_));
                let soft_kw =
                    matches!(first, Tok::Name(n) if n == "match" || n == "case" || n == "_");
                if s < n - 1 && !name_string && !soft_kw {
                    let b_end = expr_end_from(lexer, &token);
                    let mut e = tok_err(
                        syntax,
                        "invalid syntax. Perhaps you forgot a comma?",
                        h[s].0,
                        b_end,
                    );
                    if b_end.line != h[s].0.line {
                        e.end_col = e.col + 1;
                    }
                    return e;
                }
            }
        }
    }
    // CPython's parser tries to read an expression starting here (for its
    // "forgot a comma" rule) before giving up, which matters for which
    // unclosed bracket it reports afterwards.
    if n >= 2 && h[n - 2].1.ends_operand() && tok.starts_operand() && !in_import {
        expr_end_from(lexer, &token);
    }
    tok_err(syntax, "invalid syntax", start, end)
}
