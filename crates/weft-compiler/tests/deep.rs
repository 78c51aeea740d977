//! Deeply nested expressions: CPython stops at an AST depth of about 3000
//! ("maximum recursion depth exceeded during compilation"); weft must report an
//! error there too, and must not overflow the native stack below that depth.

use weft_compiler::ast::*;
use weft_compiler::{compile, CompileMode};

fn name(n: &str) -> Expr {
    Expr {
        loc: Loc::new(1, 0, 1, 1),
        kind: ExprKind::Name(n.into()),
    }
}

fn wrap(kind: &str, e: Expr) -> Expr {
    let b = Box::new(e);
    let kind = match kind {
        "binop" => ExprKind::BinOp {
            left: b,
            op: BinOp::Add,
            right: Box::new(name("a")),
        },
        "unary" => ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: b,
        },
        "attr" => ExprKind::Attribute {
            value: b,
            attr: "x".into(),
        },
        "call" => ExprKind::Call {
            func: b,
            args: vec![name("a")],
            keywords: vec![],
        },
        "subscript" => ExprKind::Subscript {
            value: b,
            index: Box::new(name("i")),
        },
        "ifexp" => ExprKind::IfExp {
            test: Box::new(name("t")),
            body: Box::new(name("a")),
            orelse: b,
        },
        "not" => ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand: b,
        },
        "list" => ExprKind::List(vec![*b]),
        other => panic!("{other}"),
    };
    Expr {
        loc: Loc::new(1, 0, 1, 1),
        kind,
    }
}

fn chain(kind: &str, depth: usize) -> Module {
    let mut e = name("a");
    for _ in 0..depth {
        e = wrap(kind, e);
    }
    let assign = Stmt {
        loc: Loc::new(1, 0, 1, 1),
        kind: StmtKind::Assign {
            targets: vec![name("x")],
            value: e,
        },
    };
    // Inside a function, so that every scope-related path is exercised too.
    let f = Stmt {
        loc: Loc::new(1, 0, 1, 1),
        kind: StmtKind::FunctionDef(Box::new(FunctionDef {
            name: "f".into(),
            params: Parameters::default(),
            body: vec![assign],
            decorators: vec![],
            returns: None,
        })),
    };
    Module { body: vec![f] }
}

/// Run on a thread with the stack of a typical main thread (8 MiB).
fn on_8mb_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// Chains that need no nested brackets (the parser caps those at 200 levels, as CPython does).
const KINDS: &[&str] = &[
    "binop",
    "unary",
    "attr",
    "call",
    "subscript",
    "ifexp",
    "not",
];

fn try_compile(kind: &'static str, depth: usize) -> Result<(), String> {
    on_8mb_stack(move || {
        let m = chain(kind, depth);
        let r = compile(&m, "deep.py", "", CompileMode::Module)
            .map(|_| ())
            .map_err(|e| e.msg);
        std::mem::forget(m); // dropping a deep Box chain recursively is the parser's problem
        r
    })
}

#[test]
fn deep_but_legal_expressions_compile_on_an_8mb_stack() {
    let depth = std::env::var("DEPTH")
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(2900);
    let only = std::env::var("KIND").ok();
    for kind in KINDS
        .iter()
        .filter(|k| only.as_deref().is_none_or(|o| o == **k))
    {
        assert_eq!(try_compile(kind, depth), Ok(()), "{kind}");
    }
}

#[test]
fn too_deep_expressions_are_rejected_like_cpython() {
    for kind in KINDS.iter().chain(&["list"]) {
        assert_eq!(
            try_compile(kind, 3100),
            Err("maximum recursion depth exceeded during compilation".to_string()),
            "{kind}"
        );
    }
}
