//! Disassembly-shape tests for the constructs whose bytecode the VM depends on
//! most: exception handling and unwinding, loops, comparisons, comprehensions,
//! classes with `super`, calls, imports.

mod common;

use std::rc::Rc;

use weft_compiler::bytecode::{CodeObject, Constant, Instr};
use weft_compiler::{compile, CompileMode};

/// A compact listing: one instruction per line, operands resolved to names/constants.
fn listing(co: &CodeObject) -> String {
    let mut out = String::new();
    for (i, ins) in co.instructions.iter().enumerate() {
        let deref = |k: u32| {
            let k = k as usize;
            if k < co.cellvars.len() {
                co.cellvars[k].clone()
            } else {
                co.freevars[k - co.cellvars.len()].clone()
            }
        };
        let s = match *ins {
            Instr::LoadConst(k) => match &co.constants[k as usize] {
                Constant::Code(c) => format!("LoadConst(<code {}>)", c.qualname),
                Constant::Str(s) => format!("LoadConst({s:?})"),
                Constant::Int(v) => format!("LoadConst({v})"),
                c => format!("LoadConst({c:?})"),
            },
            Instr::LoadFast(k) => format!("LoadFast({})", co.varnames[k as usize]),
            Instr::StoreFast(k) => format!("StoreFast({})", co.varnames[k as usize]),
            Instr::DeleteFast(k) => format!("DeleteFast({})", co.varnames[k as usize]),
            Instr::LoadDeref(k) => format!("LoadDeref({})", deref(k)),
            Instr::StoreDeref(k) => format!("StoreDeref({})", deref(k)),
            Instr::DeleteDeref(k) => format!("DeleteDeref({})", deref(k)),
            Instr::LoadClosure(k) => format!("LoadClosure({})", deref(k)),
            Instr::LoadClassDeref(k) => format!("LoadClassDeref({})", deref(k)),
            Instr::LoadGlobal(k) => format!("LoadGlobal({})", co.names[k as usize]),
            Instr::StoreGlobal(k) => format!("StoreGlobal({})", co.names[k as usize]),
            Instr::DeleteGlobal(k) => format!("DeleteGlobal({})", co.names[k as usize]),
            Instr::LoadName(k) => format!("LoadName({})", co.names[k as usize]),
            Instr::StoreName(k) => format!("StoreName({})", co.names[k as usize]),
            Instr::DeleteName(k) => format!("DeleteName({})", co.names[k as usize]),
            Instr::LoadAttr(k) => format!("LoadAttr({})", co.names[k as usize]),
            Instr::StoreAttr(k) => format!("StoreAttr({})", co.names[k as usize]),
            Instr::DeleteAttr(k) => format!("DeleteAttr({})", co.names[k as usize]),
            Instr::LoadMethod(k) => format!("LoadMethod({})", co.names[k as usize]),
            Instr::ImportName(k) => format!("ImportName({})", co.names[k as usize]),
            Instr::ImportFrom(k) => format!("ImportFrom({})", co.names[k as usize]),
            other => format!("{other:?}"),
        };
        out.push_str(&format!("{i} {s}\n"));
    }
    out
}

fn find(co: &Rc<CodeObject>, qualname: &str) -> Option<Rc<CodeObject>> {
    if co.qualname == qualname {
        return Some(co.clone());
    }
    co.constants.iter().find_map(|c| match c {
        Constant::Code(inner) => find(inner, qualname),
        _ => None,
    })
}

fn code_of(case: &str) -> Rc<CodeObject> {
    let c = common::case(case);
    compile(&c.module, "case.py", &c.source, CompileMode::Module).unwrap()
}

fn dis(case: &str, qualname: &str) -> String {
    let code = code_of(case);
    listing(&find(&code, qualname).unwrap_or_else(|| panic!("no code object {qualname}")))
}

/// Compare a listing with an expected one, ignoring indentation of the literal.
fn check(actual: String, expected: &str) {
    let exp: String = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(actual, exp, "\nactual:\n{actual}");
}

#[test]
fn print_all() {
    if std::env::var("CASES").is_err() {
        return;
    }
    for name in std::env::var("CASES").unwrap_or_default().split(",") {
        if !common::cases().iter().any(|c| c.name == name) {
            continue;
        }
        let code = code_of(name);
        eprintln!("{code}");
    }
}

#[test]
fn print_listing() {
    let Ok(spec) = std::env::var("LISTING") else {
        return;
    };
    for item in spec.split(';') {
        let (case, q) = item.split_once(':').unwrap();
        eprintln!("== {case}:{q}\n{}", dis(case, q));
    }
}

/// `except E as e` deletes `e` on every exit; a bare `except:` last; `else` inside `finally`.
#[test]
fn try_except_as_else_finally() {
    check(
        dis("exceptions", "f"),
        r#"
        0 SetupExcept(49)
        1 SetupExcept(10)
        2 LoadGlobal(a)
        3 Call(0)
        4 Pop
        5 PopBlock
        6 LoadGlobal(b)
        7 Call(0)
        8 Pop
        9 Jump(44)
        10 LoadGlobal(ValueError)
        11 CheckExcMatch
        12 PopJumpIfFalse(31)
        13 Copy(1)
        14 StoreFast(e)
        15 SetupExcept(27)
        16 LoadGlobal(print)
        17 LoadFast(e)
        18 Call(1)
        19 Pop
        20 PopBlock
        21 PopExcept
        22 Pop
        23 LoadConst(None)
        24 StoreFast(e)
        25 DeleteFast(e)
        26 Jump(44)
        27 LoadConst(None)
        28 StoreFast(e)
        29 DeleteFast(e)
        30 Reraise
        31 LoadGlobal(TypeError)
        32 LoadGlobal(KeyError)
        33 BuildTuple(2)
        34 CheckExcMatch
        35 PopJumpIfFalse(39)
        36 PopExcept
        37 Pop
        38 Jump(44)
        39 Raise(0)
        40 PopExcept
        41 Pop
        42 Jump(44)
        43 Reraise
        44 PopBlock
        45 LoadGlobal(c)
        46 Call(0)
        47 Pop
        48 Jump(53)
        49 LoadGlobal(c)
        50 Call(0)
        51 Pop
        52 Reraise
        53 LoadConst(None)
        54 ReturnValue
    "#,
    );
}

/// `return` runs the inlined `finally` with the value kept on top, then pops the iterator.
#[test]
fn return_inside_try_finally_inside_for() {
    check(
        dis("exceptions", "g"),
        r#"
        0 LoadGlobal(range)
        1 LoadConst(3)
        2 Call(1)
        3 GetIter
        4 ForIter(28)
        5 StoreFast(i)
        6 SetupExcept(22)
        7 LoadFast(i)
        8 PopBlock
        9 LoadGlobal(print)
        10 LoadConst("fin")
        11 Call(1)
        12 Pop
        13 Swap(2)
        14 Pop
        15 ReturnValue
        16 PopBlock
        17 LoadGlobal(print)
        18 LoadConst("fin")
        19 Call(1)
        20 Pop
        21 Jump(27)
        22 LoadGlobal(print)
        23 LoadConst("fin")
        24 Call(1)
        25 Pop
        26 Reraise
        27 Jump(4)
        28 LoadConst(None)
        29 ReturnValue
    "#,
    );
}

/// `return`/`break`/`continue` leaving a `with` call `__exit__` via PopBlock + ExitWith.
#[test]
fn break_and_return_through_with() {
    check(
        dis("unwinding", "b"),
        r#"
        0 LoadFast(xs)
        1 GetIter
        2 ForIter(38)
        3 StoreFast(x)
        4 LoadGlobal(ctx)
        5 Call(0)
        6 BeforeWith
        7 StoreFast(c)
        8 SetupExcept(31)
        9 LoadFast(c)
        10 PopJumpIfFalse(19)
        11 LoadFast(c)
        12 LoadAttr(value)
        13 PopBlock
        14 Swap(2)
        15 ExitWith
        16 Swap(2)
        17 Pop
        18 ReturnValue
        19 LoadFast(x)
        20 PopJumpIfFalse(25)
        21 PopBlock
        22 ExitWith
        23 Pop
        24 Jump(38)
        25 PopBlock
        26 ExitWith
        27 Jump(2)
        28 PopBlock
        29 ExitWith
        30 Jump(37)
        31 WithExceptStart
        32 PopJumpIfTrue(34)
        33 Reraise
        34 PopExcept
        35 Pop
        36 Pop
        37 Jump(2)
        38 LoadConst(None)
        39 ReturnValue
    "#,
    );
}

/// A comprehension is a function of `.0`; ListAppend reaches over the iterator.
#[test]
fn list_comprehension_scope() {
    check(
        dis("comprehensions", "f.<locals>.<listcomp>"),
        r#"
        0 BuildList(0)
        1 LoadFast(.0)
        2 ForIter(11)
        3 StoreFast(x)
        4 LoadFast(x)
        5 PopJumpIfFalse(10)
        6 LoadFast(x)
        7 LoadConst(2)
        8 BinaryOp(Mult)
        9 ListAppend(2)
        10 Jump(2)
        11 ReturnValue
    "#,
    );
}

/// A method using `super()` gets the `__class__` cell; the body stores `__classcell__`.
#[test]
fn class_body_with_class_cell() {
    check(
        dis("classes", "A"),
        r#"
        0 LoadName(__name__)
        1 StoreName(__module__)
        2 LoadConst("A")
        3 StoreName(__qualname__)
        4 LoadConst(1)
        5 StoreName(x)
        6 LoadConst(<code A.m>)
        7 MakeFunction(0)
        8 StoreName(m)
        9 LoadClosure(__class__)
        10 BuildTuple(1)
        11 LoadConst(<code A.n>)
        12 MakeFunction(8)
        13 StoreName(n)
        14 LoadClosure(__class__)
        15 StoreName(__classcell__)
        16 LoadConst(None)
        17 ReturnValue
    "#,
    );
}

/// `super` is an ordinary global load; `__class__` is a free variable.
#[test]
fn zero_arg_super_method() {
    check(
        dis("classes", "A.n"),
        r#"
        0 LoadGlobal(super)
        1 Call(0)
        2 LoadMethod(n)
        3 CallMethod(0)
        4 ReturnValue
        5 LoadConst(None)
        6 ReturnValue
    "#,
    );
}

/// Several items nest; the target is stored before SetupExcept.
#[test]
fn with_several_items() {
    check(
        dis("exceptions", "w"),
        r#"
        0 LoadGlobal(open)
        1 LoadConst("f")
        2 Call(1)
        3 BeforeWith
        4 StoreFast(fh)
        5 SetupExcept(32)
        6 LoadGlobal(lock)
        7 BeforeWith
        8 Pop
        9 SetupExcept(23)
        10 LoadFast(fh)
        11 LoadMethod(read)
        12 CallMethod(0)
        13 PopBlock
        14 Swap(2)
        15 ExitWith
        16 PopBlock
        17 Swap(2)
        18 ExitWith
        19 ReturnValue
        20 PopBlock
        21 ExitWith
        22 Jump(29)
        23 WithExceptStart
        24 PopJumpIfTrue(26)
        25 Reraise
        26 PopExcept
        27 Pop
        28 Pop
        29 PopBlock
        30 ExitWith
        31 Jump(38)
        32 WithExceptStart
        33 PopJumpIfTrue(35)
        34 Reraise
        35 PopExcept
        36 Pop
        37 Pop
        38 LoadGlobal(a)
        39 BeforeWith
        40 UnpackSequence(2)
        41 StoreFast(b)
        42 StoreFast(c)
        43 SetupExcept(47)
        44 PopBlock
        45 ExitWith
        46 Jump(53)
        47 WithExceptStart
        48 PopJumpIfTrue(50)
        49 Reraise
        50 PopExcept
        51 Pop
        52 Pop
        53 LoadConst(None)
        54 ReturnValue
    "#,
    );
}

/// Each middle operand is evaluated once (Swap/Copy) and the chain short-circuits.
#[test]
fn chained_comparison_value() {
    check(
        dis("chained_compare", "<module>"),
        r#"
        0 LoadName(a)
        1 LoadName(b)
        2 Swap(2)
        3 Copy(2)
        4 Compare(Lt)
        5 JumpIfFalseOrPop(9)
        6 LoadName(c)
        7 Compare(Eq)
        8 Jump(11)
        9 Swap(2)
        10 Pop
        11 StoreName(x)
        12 LoadConst(None)
        13 ReturnValue
    "#,
    );
}

/// Interactive mode echoes every top-level expression statement (also inside
/// compound statements, as CPython does), never those of nested functions, and
/// has no docstring.
#[test]
fn interactive_mode_prints_expressions() {
    let c = common::case("repl");
    let code = compile(&c.module, "<stdin>", &c.source, CompileMode::Interactive).unwrap();
    check(
        listing(&code),
        r#"
        0 LoadConst("not a docstring")
        1 PrintExpr
        2 LoadConst(3)
        3 PrintExpr
        4 LoadConst(3)
        5 StoreName(x)
        6 LoadName(range)
        7 LoadConst(2)
        8 Call(1)
        9 GetIter
        10 ForIter(15)
        11 StoreName(i)
        12 LoadName(i)
        13 PrintExpr
        14 Jump(10)
        15 LoadConst(<code f>)
        16 MakeFunction(0)
        17 StoreName(f)
        18 LoadConst(None)
        19 ReturnValue
    "#,
    );
    assert_eq!(code.docstring, None);
    let f = find(&code, "f").unwrap();
    assert!(!f.instructions.contains(&Instr::PrintExpr));
}

/// Expression mode returns the value of its single expression.
#[test]
fn expression_mode_returns_value() {
    let c = common::case("expr_only");
    let code = compile(&c.module, "<string>", &c.source, CompileMode::Expression).unwrap();
    check(
        listing(&code),
        r#"
        0 LoadName(a)
        1 LoadName(b)
        2 LoadConst(2)
        3 BinaryOp(Mult)
        4 BinaryOp(Add)
        5 ReturnValue
    "#,
    );
    let c = common::case("repl");
    let e = compile(&c.module, "<string>", &c.source, CompileMode::Expression).unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
}

/// The failing operation of a multi-line statement carries its own line: the
/// operator its BinOp's, a method call the line where the attribute name ends.
#[test]
fn line_numbers_of_multi_line_statements() {
    let code = code_of("lines");
    let line_of = |pred: &dyn Fn(&Instr) -> bool, nth: usize| {
        let idx = code
            .instructions
            .iter()
            .enumerate()
            .filter(|(_, i)| pred(i))
            .nth(nth)
            .unwrap()
            .0;
        code.locations[idx].line
    };
    assert_eq!(line_of(&|i| matches!(i, Instr::BinaryOp(_)), 0), 1);
    assert_eq!(line_of(&|i| matches!(i, Instr::LoadName(_)), 1), 2); // `second`
    assert_eq!(line_of(&|i| matches!(i, Instr::CallMethod(_)), 0), 3);
    assert_eq!(line_of(&|i| matches!(i, Instr::LoadName(_)), 3), 4); // `arg`
    assert_eq!(line_of(&|i| matches!(i, Instr::LoadAttr(_)), 0), 5);
    assert_eq!(line_of(&|i| matches!(i, Instr::LoadMethod(_)), 1), 7);
    assert_eq!(line_of(&|i| matches!(i, Instr::CallMethod(_)), 1), 7);
    assert_eq!(code.first_line, 1);
}

/// Decorated definitions start at their first decorator (CPython's co_firstlineno).
#[test]
fn decorated_function_first_line() {
    let code = code_of("functions_closures");
    assert_eq!(find(&code, "decorated").unwrap().first_line, 28);
    let outer = find(&code, "outer").unwrap();
    assert_eq!(outer.docstring.as_deref(), Some("Docstring."));
    assert_eq!(outer.varnames[..6], ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(outer.cellvars, ["b", "c", "x"]);
    // b (varnames 1) and c (varnames 2) are parameters living in cells.
    assert_eq!(outer.cell_params, [(0, 1), (1, 2)]);
}

/// Under `from __future__ import annotations` the annotations are stored as the
/// source text CPython's ast_unparse.c writes (expected strings from CPython 3.11).
#[test]
fn future_annotations_are_unparsed_like_cpython() {
    let code = code_of("future_annotations");
    let strs = |co: &CodeObject| -> Vec<String> {
        co.constants
            .iter()
            .filter_map(|c| match c {
                Constant::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect()
    };
    let module = strs(&code);
    for s in [
        "Dict[str, int]",
        "int | None",
        "Callable[[int], str]",
        "'quoted'",
        "Optional[List[int]]",
    ] {
        assert!(module.contains(&s.to_string()), "{s:?} not in {module:?}");
    }
    let k = strs(&find(&code, "K").unwrap());
    for s in [
        "Tuple[int, ...]",
        "lambda x, *y, z=1: x if y else -z",
        "a.b[1:2, ::3] + (-1) ** 2 - ~b",
        "{1: [2, (3,)], **m} and not {4, 5}",
        "f(x, *y, k=1, **z) < 3 <= 4 is not None",
        "1.5e-07 + 1e+16 + 2.0",
    ] {
        assert!(k.contains(&s.to_string()), "{s:?} not in {k:?}");
    }
    // Local annotations inside functions are never evaluated nor stored.
    let f = find(&code, "f").unwrap();
    assert!(!strs(&f).iter().any(|s| s == "Undefined"));
}

/// Module and class bodies with annotated names build `__annotations__`;
/// functions get theirs through MakeFunction's ANNOTATIONS dict.
#[test]
fn annotations_are_evaluated_like_cpython() {
    let code = code_of("annotations");
    let module = listing(&code);
    assert!(
        module.starts_with("0 BuildMap(0)\n1 StoreName(__annotations__)\n"),
        "{module}"
    );
    let ops: Vec<&str> = module
        .lines()
        .map(|l| l.split_once(' ').unwrap().1)
        .collect();
    let store_x = [
        "LoadName(int)",
        "LoadName(__annotations__)",
        "LoadConst(\"x\")",
        "StoreSubscr",
    ];
    assert!(ops.windows(4).any(|w| w == store_x), "{module}");
    let c = listing(&find(&code, "C").unwrap());
    assert!(c.contains("LoadConst(\"_C__priv\")"), "{c}");
    let has_make_function_with_annotations = code
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::MakeFunction(f) if f & 0x04 != 0));
    assert!(has_make_function_with_annotations);
}

/// The `Display` disassembly (what `weft --dis`-style tools print) names every operand.
#[test]
fn display_disassembly() {
    let code = code_of("chained_compare");
    let text = code.to_string();
    let expected = "\
code <module> (case.py), line 1
    1     0 LoadName(0)  (a)
          1 LoadName(1)  (b)
          2 Swap(2)
          3 Copy(2)
          4 Compare(Lt)
          5 JumpIfFalseOrPop(9)
          6 LoadName(2)  (c)
          7 Compare(Eq)
          8 Jump(11)
          9 Swap(2)
         10 Pop
         11 StoreName(3)  (x)
         12 LoadConst(0)  (None)
         13 ReturnValue
";
    assert_eq!(text, expected);
}

/// Compile errors carry CPython's message, position and the source line.
#[test]
fn syntax_error_fields() {
    let c = common::case("error_continue_outside");
    let e = compile(&c.module, "case.py", &c.source, CompileMode::Module).unwrap_err();
    assert_eq!(e.msg, "'continue' not properly in loop");
    assert_eq!((e.line, e.col, e.end_col), (2, 5, 13));
    assert_eq!(e.source_line.as_deref(), Some("    continue"));
    assert_eq!(e.kind, weft_compiler::SyntaxErrorKind::SyntaxError);
    assert!(!e.incomplete);
}
