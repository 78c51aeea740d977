//! Test support: reads `fixtures/cases.expected`, produced from `fixtures/cases.txt`
//! by `fixtures/gen.py` with CPython 3.11, and converts CPython's AST (dumped as
//! an s-expression) into weft's AST, so the compiler can be tested without the
//! parser and compared against what CPython itself computed.

#![allow(dead_code)]

use weft_syntax::ast::*;

#[derive(Debug, Clone)]
pub enum S {
    Node(String, Option<Loc>, Vec<S>),
    Sym(String),
    List(Vec<S>),
    Str(String),
    Bytes(Vec<u8>),
    Int(String),
    Float(f64),
    Imag(f64),
    Bool(bool),
    Nil,
    Ellipsis,
}

struct P<'s> {
    s: &'s [u8],
    i: usize,
}

impl<'s> P<'s> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn atom(&mut self) -> &'s str {
        let st = self.i;
        while self.i < self.s.len() && !b" \t\n()[]".contains(&self.s[self.i]) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[st..self.i]).unwrap()
    }

    fn string(&mut self) -> String {
        // JSON string (ensure_ascii), self.i at the opening quote.
        self.i += 1;
        let mut out: Vec<u16> = Vec::new();
        loop {
            let c = self.s[self.i];
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n' as u16),
                        b't' => out.push(b'\t' as u16),
                        b'r' => out.push(b'\r' as u16),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'u' => {
                            let h = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            out.push(u16::from_str_radix(h, 16).unwrap());
                            self.i += 4;
                        }
                        other => out.push(other as u16),
                    }
                }
                other => out.push(other as u16),
            }
        }
        char::decode_utf16(out)
            .map(|r| r.unwrap_or('\u{fffd}'))
            .collect()
    }

    fn value(&mut self) -> S {
        self.ws();
        match self.s[self.i] {
            b'(' => {
                self.i += 1;
                self.ws();
                let name = self.atom().to_string();
                self.ws();
                let mut loc = None;
                if self.s[self.i] == b'@' {
                    self.i += 1;
                    let a = self.atom();
                    let v: Vec<u32> = a.split(':').map(|x| x.parse().unwrap()).collect();
                    loc = Some(Loc::new(v[0], v[1], v[2], v[3]));
                }
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b')' {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value());
                }
                S::Node(name, loc, items)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value());
                }
                S::List(items)
            }
            b'"' => S::Str(self.string()),
            _ => {
                let a = self.atom();
                match a {
                    "_" => S::Nil,
                    "#t" => S::Bool(true),
                    "#f" => S::Bool(false),
                    "..." => S::Ellipsis,
                    _ if a.starts_with("b\"") => {
                        let hex = &a[2..a.len() - 1];
                        S::Bytes(
                            (0..hex.len())
                                .step_by(2)
                                .map(|k| u8::from_str_radix(&hex[k..k + 2], 16).unwrap())
                                .collect(),
                        )
                    }
                    _ if a.starts_with('i') => S::Int(a[1..].to_string()),
                    _ if a.starts_with('f') => S::Float(parse_float(&a[1..])),
                    _ if a.starts_with('j') => S::Imag(parse_float(&a[1..])),
                    _ => S::Sym(a.to_string()),
                }
            }
        }
    }
}

fn parse_float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => s.parse().unwrap(),
    }
}

pub fn parse_sexpr(s: &str) -> S {
    P {
        s: s.as_bytes(),
        i: 0,
    }
    .value()
}

fn node(s: &S) -> (&str, Loc, &[S]) {
    match s {
        S::Node(n, l, items) => (n.as_str(), l.unwrap_or_default(), items.as_slice()),
        other => panic!("expected node, got {other:?}"),
    }
}

fn list(s: &S) -> &[S] {
    match s {
        S::List(v) => v,
        other => panic!("expected list, got {other:?}"),
    }
}

fn string(s: &S) -> String {
    match s {
        S::Str(v) => v.clone(),
        other => panic!("expected str, got {other:?}"),
    }
}

fn opt_string(s: &S) -> Option<String> {
    match s {
        S::Nil => None,
        other => Some(string(other)),
    }
}

fn int(s: &S) -> i64 {
    match s {
        S::Int(v) => v.parse().unwrap(),
        other => panic!("expected int, got {other:?}"),
    }
}

fn sym(s: &S) -> &str {
    match s {
        S::Sym(v) => v,
        other => panic!("expected symbol, got {other:?}"),
    }
}

fn stmts(s: &S) -> Vec<Stmt> {
    list(s).iter().map(stmt).collect()
}

fn exprs(s: &S) -> Vec<Expr> {
    list(s).iter().map(expr).collect()
}

fn opt_expr(s: &S) -> Option<Expr> {
    match s {
        S::Nil => None,
        other => Some(expr(other)),
    }
}

fn bx(s: &S) -> Box<Expr> {
    Box::new(expr(s))
}

fn opt_bx(s: &S) -> Option<Box<Expr>> {
    opt_expr(s).map(Box::new)
}

fn binop(s: &str) -> BinOp {
    match s {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        "FloorDiv" => BinOp::FloorDiv,
        o => panic!("binop {o}"),
    }
}

fn cmpop(s: &str) -> CmpOp {
    match s {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        o => panic!("cmpop {o}"),
    }
}

fn param(s: &S) -> Param {
    let (_, loc, f) = node(s);
    // arg: arg, annotation
    Param {
        name: string(&f[0]),
        annotation: opt_expr(&f[1]),
        loc,
    }
}

fn params(s: &S) -> Parameters {
    // arguments: posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults
    let (_, _, f) = node(s);
    Parameters {
        posonly: list(&f[0]).iter().map(param).collect(),
        args: list(&f[1]).iter().map(param).collect(),
        vararg: match &f[2] {
            S::Nil => None,
            o => Some(param(o)),
        },
        kwonly: list(&f[3]).iter().map(param).collect(),
        kw_defaults: list(&f[4]).iter().map(opt_expr).collect(),
        kwarg: match &f[5] {
            S::Nil => None,
            o => Some(param(o)),
        },
        defaults: exprs(&f[6]),
    }
}

fn keyword(s: &S) -> Keyword {
    let (_, loc, f) = node(s);
    Keyword {
        name: opt_string(&f[0]),
        value: expr(&f[1]),
        loc,
    }
}

fn alias(s: &S) -> Alias {
    let (_, loc, f) = node(s);
    Alias {
        name: string(&f[0]),
        asname: opt_string(&f[1]),
        loc,
    }
}

fn comprehension(s: &S) -> Comprehension {
    let (_, _, f) = node(s);
    Comprehension {
        target: expr(&f[0]),
        iter: expr(&f[1]),
        ifs: exprs(&f[2]),
    }
}

fn constant(s: &S) -> Constant {
    match s {
        S::Nil => Constant::None,
        S::Bool(b) => Constant::Bool(*b),
        S::Ellipsis => Constant::Ellipsis,
        S::Int(v) => match v.parse::<i64>() {
            Ok(i) => Constant::Int(i),
            Err(_) => Constant::BigInt(v.clone()),
        },
        S::Float(f) => Constant::Float(*f),
        S::Imag(f) => Constant::Imaginary(*f),
        S::Str(v) => Constant::Str(v.clone()),
        S::Bytes(b) => Constant::Bytes(b.clone()),
        o => panic!("constant {o:?}"),
    }
}

pub fn expr(s: &S) -> Expr {
    let (name, loc, f) = node(s);
    let kind = match name {
        "BoolOp" => ExprKind::BoolOp {
            op: if sym(&f[0]) == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(&f[1]),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bx(&f[0]),
            value: bx(&f[1]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bx(&f[0]),
            op: binop(sym(&f[1])),
            right: bx(&f[2]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match sym(&f[0]) {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bx(&f[1]),
        },
        "Lambda" => ExprKind::Lambda {
            params: Box::new(params(&f[0])),
            body: bx(&f[1]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bx(&f[0]),
            body: bx(&f[1]),
            orelse: bx(&f[2]),
        },
        "Dict" => ExprKind::Dict {
            keys: list(&f[0]).iter().map(opt_expr).collect(),
            values: exprs(&f[1]),
        },
        "Set" => ExprKind::Set(exprs(&f[0])),
        "ListComp" => ExprKind::ListComp {
            elt: bx(&f[0]),
            generators: list(&f[1]).iter().map(comprehension).collect(),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bx(&f[0]),
            generators: list(&f[1]).iter().map(comprehension).collect(),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bx(&f[0]),
            generators: list(&f[1]).iter().map(comprehension).collect(),
        },
        "DictComp" => ExprKind::DictComp {
            key: bx(&f[0]),
            value: bx(&f[1]),
            generators: list(&f[2]).iter().map(comprehension).collect(),
        },
        "Yield" => ExprKind::Yield(opt_bx(&f[0])),
        "YieldFrom" => ExprKind::YieldFrom(bx(&f[0])),
        "Compare" => ExprKind::Compare {
            left: bx(&f[0]),
            ops: list(&f[1]).iter().map(|o| cmpop(sym(o))).collect(),
            comparators: exprs(&f[2]),
        },
        "Call" => ExprKind::Call {
            func: bx(&f[0]),
            args: exprs(&f[1]),
            keywords: list(&f[2]).iter().map(keyword).collect(),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bx(&f[0]),
            conversion: match int(&f[1]) {
                115 => Conversion::Str,
                114 => Conversion::Repr,
                97 => Conversion::Ascii,
                _ => Conversion::None,
            },
            format_spec: opt_bx(&f[2]),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(&f[0])),
        "Constant" => ExprKind::Constant(constant(&f[0])),
        "Attribute" => ExprKind::Attribute {
            value: bx(&f[0]),
            attr: string(&f[1]),
        },
        "Subscript" => ExprKind::Subscript {
            value: bx(&f[0]),
            index: bx(&f[1]),
        },
        "Starred" => ExprKind::Starred(bx(&f[0])),
        "Name" => ExprKind::Name(string(&f[0])),
        "List" => ExprKind::List(exprs(&f[0])),
        "Tuple" => ExprKind::Tuple(exprs(&f[0])),
        "Slice" => ExprKind::Slice {
            lower: opt_bx(&f[0]),
            upper: opt_bx(&f[1]),
            step: opt_bx(&f[2]),
        },
        o => panic!("unsupported expression node {o}"),
    };
    Expr { loc, kind }
}

fn handler(s: &S) -> ExceptHandler {
    let (_, loc, f) = node(s);
    ExceptHandler {
        loc,
        typ: opt_expr(&f[0]),
        name: opt_string(&f[1]),
        body: stmts(&f[2]),
    }
}

fn withitem(s: &S) -> WithItem {
    let (_, _, f) = node(s);
    WithItem {
        context: expr(&f[0]),
        target: opt_expr(&f[1]),
    }
}

pub fn stmt(s: &S) -> Stmt {
    let (name, loc, f) = node(s);
    let kind = match name {
        "Expr" => StmtKind::Expr(expr(&f[0])),
        "Assign" => StmtKind::Assign {
            targets: exprs(&f[0]),
            value: expr(&f[1]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(&f[0]),
            op: binop(sym(&f[1])),
            value: expr(&f[2]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(&f[0]),
            annotation: expr(&f[1]),
            value: opt_expr(&f[2]),
            simple: int(&f[3]) != 0,
        },
        "If" => StmtKind::If {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "While" => StmtKind::While {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "For" => StmtKind::For {
            target: expr(&f[0]),
            iter: expr(&f[1]),
            body: stmts(&f[2]),
            orelse: stmts(&f[3]),
        },
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        "Pass" => StmtKind::Pass,
        "FunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: string(&f[0]),
            params: params(&f[1]),
            body: stmts(&f[2]),
            decorators: exprs(&f[3]),
            returns: opt_expr(&f[4]),
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: string(&f[0]),
            bases: exprs(&f[1]),
            keywords: list(&f[2]).iter().map(keyword).collect(),
            body: stmts(&f[3]),
            decorators: exprs(&f[4]),
        })),
        "Return" => StmtKind::Return(opt_expr(&f[0])),
        "Global" => StmtKind::Global(list(&f[0]).iter().map(string).collect()),
        "Nonlocal" => StmtKind::Nonlocal(list(&f[0]).iter().map(string).collect()),
        "Delete" => StmtKind::Delete(exprs(&f[0])),
        "Assert" => StmtKind::Assert {
            test: expr(&f[0]),
            msg: opt_expr(&f[1]),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&f[0]),
            cause: opt_expr(&f[1]),
        },
        "Try" => StmtKind::Try {
            body: stmts(&f[0]),
            handlers: list(&f[1]).iter().map(handler).collect(),
            orelse: stmts(&f[2]),
            finalbody: stmts(&f[3]),
        },
        "With" => StmtKind::With {
            items: list(&f[0]).iter().map(withitem).collect(),
            body: stmts(&f[1]),
        },
        "Import" => StmtKind::Import(list(&f[0]).iter().map(alias).collect()),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(&f[0]),
            names: list(&f[1]).iter().map(alias).collect(),
            level: int(&f[2]) as u32,
        },
        o => panic!("unsupported statement node {o}"),
    };
    Stmt { loc, kind }
}

pub fn module(s: &S) -> Module {
    let (name, _, f) = node(s);
    assert_eq!(name, "Module");
    Module { body: stmts(&f[0]) }
}

/// One case of `cases.txt` with what CPython made of it.
pub struct Case {
    pub name: String,
    pub source: String,
    pub module: Module,
    /// (msg, lineno, offset, end_offset)
    pub error: Option<(String, u32, u32, u32)>,
    /// `code` lines: qualname|firstlineno|name|argcount|posonly|kwonly|flags|varnames|cellvars|freevars
    pub codes: Vec<String>,
    /// `sym` lines: type|name|lineno|name:scope,...
    pub syms: Vec<String>,
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

pub fn cases() -> Vec<Case> {
    let src = std::fs::read_to_string(format!("{FIXTURES}/cases.txt")).unwrap();
    let mut sources = std::collections::HashMap::new();
    for chunk in format!("\n{src}").split("\n### ").skip(1) {
        let (name, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        sources.insert(name.trim().to_string(), body.to_string());
    }
    let expected = std::fs::read_to_string(format!("{FIXTURES}/cases.expected")).unwrap();
    let mut out: Vec<Case> = Vec::new();
    for line in expected.lines() {
        if let Some(name) = line.strip_prefix("### ") {
            out.push(Case {
                name: name.to_string(),
                source: sources
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| panic!("stale fixtures: {name}")),
                module: Module { body: vec![] },
                error: None,
                codes: vec![],
                syms: vec![],
            });
        } else if let Some(a) = line.strip_prefix("ast ") {
            out.last_mut().unwrap().module = module(&parse_sexpr(a));
        } else if let Some(e) = line.strip_prefix("error ") {
            let p: Vec<&str> = e.rsplitn(4, '|').collect();
            out.last_mut().unwrap().error = Some((
                p[3].to_string(),
                p[2].parse().unwrap(),
                p[1].parse().unwrap(),
                p[0].parse().unwrap(),
            ));
        } else if let Some(c) = line.strip_prefix("code ") {
            out.last_mut().unwrap().codes.push(c.to_string());
        } else if let Some(c) = line.strip_prefix("sym ") {
            out.last_mut().unwrap().syms.push(c.to_string());
        }
    }
    assert_eq!(
        out.len(),
        sources.len(),
        "cases.expected is stale: run tests/fixtures/gen.py"
    );
    out
}

pub fn case(name: &str) -> Case {
    cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case {name}"))
}
