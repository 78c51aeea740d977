//! Parser tests: AST shapes, CPython's error messages and positions (the table
//! was produced by running each source through CPython 3.11's `compile()`), deep
//! nesting, and a fuzz-style robustness test.

use crate::ast::*;
use crate::*;

fn parse(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(m) => m.body,
        Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
    }
}

fn expr(src: &str) -> Expr {
    match parse_expression(src) {
        Ok(e) => e,
        Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
    }
}

fn dump(src: &str) -> String {
    pydump::dump_module(&parse_module(src).unwrap_or_else(|e| panic!("{:?}: {:?}", src, e)))
}

fn dump_expr(src: &str) -> String {
    pydump::dump_expr(&expr(src))
}

/// (source, exception class, message, line, offset, end_offset) as CPython 3.11 reports them
/// (end_offset normalised to offset + 1 where CPython gives none).
const CPYTHON_ERRORS: &[(&str, &str, &str, u32, u32, u32)] = &[
    ("1abc", "SyntaxError", "invalid decimal literal", 1, 1, 2),
    ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 3),
    ("0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2, 3),
    ("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 4),
    ("0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 4),
    ("012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 2),
    ("1_", "SyntaxError", "invalid decimal literal", 1, 2, 3),
    ("1__0", "SyntaxError", "invalid decimal literal", 1, 2, 3),
    ("1e", "SyntaxError", "invalid decimal literal", 1, 1, 2),
    ("x = 1.__class__", "SyntaxError", "invalid decimal literal", 1, 6, 7),
    ("\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 2),
    ("x = \"abc\ndef\"", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 6),
    ("'''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 2),
    ("\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 2),
    ("x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5, 6),
    ("x = [1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 11),
    ("x = 1)", "SyntaxError", "unmatched ')'", 1, 6, 7),
    ("x = ]", "SyntaxError", "unmatched ']'", 1, 5, 6),
    ("(", "SyntaxError", "'(' was never closed", 1, 1, 2),
    ("foo(", "SyntaxError", "'(' was never closed", 1, 4, 5),
    ("a € b", "SyntaxError", "invalid character '€' (U+20AC)", 1, 3, 4),
    ("a $ b", "SyntaxError", "invalid syntax", 1, 3, 4),
    ("a ? b", "SyntaxError", "invalid syntax", 1, 3, 4),
    ("a b", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 3),
    ("x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 8, 9),
    ("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 9),
    ("x = \\N", "SyntaxError", "unexpected character after line continuation character", 1, 6, 7),
    ("print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 8),
    ("print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14),
    ("if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 6),
    ("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 5),
    ("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 7),
    ("def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 10),
    ("class A:\n", "IndentationError", "expected an indented block after class definition on line 1", 1, 9, 10),
    ("for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12, 13),
    ("while x:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9, 10),
    ("with a:\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8, 9),
    ("try:\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5, 6),
    ("try:\n  pass\nexcept:\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 8, 9),
    ("try:\n  pass\nfinally:\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9, 10),
    ("if x:\n  pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, 7),
    ("if x:\n  pass\nelif y:\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8, 9),
    ("@d\ndef f(): \n", "IndentationError", "expected an indented block after function definition on line 2", 2, 10, 11),
    ("x\n  y", "IndentationError", "unexpected indent", 2, 2, 3),
    ("x\n    yyy = 3\n", "IndentationError", "unexpected indent", 2, 4, 5),
    ("if x:\n  pass\n    y\n", "IndentationError", "unexpected indent", 3, 4, 5),
    ("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 5),
    ("if x:\n    a\n  bcd = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 10, 11),
    ("def f(x):\n  return x\n  y\n z", "IndentationError", "unindent does not match any outer indentation level", 4, 3, 4),
    ("if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 2),
    ("if x:\n        a\n\tbcd = 1\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 2),
    ("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 15),
    ("f(a, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 18),
    ("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 10),
    ("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9),
    ("f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 10),
    ("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 13),
    ("lambda a=1, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 14),
    ("def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 11),
    ("lambda a, a: 0", "SyntaxError", "duplicate argument 'a' in function definition", 1, 11, 12),
    ("f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 8, 11),
    ("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 8),
    ("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 8),
    ("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 17),
    ("def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 12),
    ("def f(**a, b): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13),
    ("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 7),
    ("f((a)=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 4, 7),
    ("f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 5),
    ("f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 8),
    ("1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2),
    ("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4),
    ("a+1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 4),
    ("x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 6),
    ("(a, 1) = x", "SyntaxError", "cannot assign to literal", 1, 5, 6),
    ("[a, f()] = 1", "SyntaxError", "cannot assign to function call", 1, 5, 8),
    ("x, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 7),
    ("x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5, 8),
    ("True = 1", "SyntaxError", "cannot assign to True", 1, 1, 5),
    ("None = 1", "SyntaxError", "cannot assign to None", 1, 1, 5),
    ("... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 4),
    ("f\"x\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 5),
    ("lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1, 10),
    ("a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1, 6),
    ("(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 1, 15),
    ("[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 15),
    ("{} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 3),
    ("{1} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 4),
    ("a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1, 14),
    ("(a := 1) = 2", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 8),
    ("not a = 1", "SyntaxError", "cannot assign to expression", 1, 1, 6),
    ("a and b = 1", "SyntaxError", "cannot assign to expression", 1, 1, 8),
    ("-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 3),
    ("(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 7),
    ("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 10),
    ("f() = not x", "SyntaxError", "cannot assign to function call", 1, 1, 4),
    ("x, y += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 5),
    ("1 += 1", "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1, 2),
    ("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 4),
    ("x: int, y = 1", "SyntaxError", "invalid syntax", 1, 7, 8),
    ("x, y: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 2),
    ("[a, b]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 7),
    ("f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 4),
    ("a + 1: int", "SyntaxError", "illegal target for annotation", 1, 1, 6),
    ("del f()", "SyntaxError", "cannot delete function call", 1, 5, 8),
    ("del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 10),
    ("del a + 1", "SyntaxError", "cannot delete expression", 1, 5, 10),
    ("del *a", "SyntaxError", "cannot delete starred", 1, 5, 7),
    ("*a, *b = c", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 7),
    ("*a = b", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 3),
    ("for *a in b: pass", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 5, 7),
    ("for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5, 8),
    ("with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 12),
    ("[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8, 9),
    ("*a", "SyntaxError", "can't use starred expression here", 1, 1, 3),
    ("x = *a", "SyntaxError", "can't use starred expression here", 1, 5, 7),
    ("a.b := 1", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 4),
    ("(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 5),
    ("f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 7),
    ("f\"{ }\"", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 8),
    ("f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 6, 7),
    ("f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 6),
    ("f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 10),
    ("f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 9),
    ("f\"{x!rr}\"", "SyntaxError", "f-string: expecting '}'", 1, 10, 11),
    ("f\"{(x}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 9),
    ("f\"{x)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 8, 9),
    ("f\"{x#}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 8, 9),
    ("f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 16),
    ("f\"{x:}}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 9, 10),
    ("f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 5, 6),
    ("x = \"a\" f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 14, 15),
    ("b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 10),
    ("\"a\" b\"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 10),
    ("b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 5),
    ("\"\\N{foo}\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10, 11),
    ("\"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 7),
    ("\"ab\\x4g\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 9, 10),
    ("\"\\u12\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 7, 8),
    ("\"\\U00110000\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13, 14),
    ("\"\\N{abc\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", 1, 9, 10),
    ("b\"\\x4\"", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 8),
    ("class A\n", "SyntaxError", "expected ':'", 1, 8, 9),
    ("for x in y\n", "SyntaxError", "expected ':'", 1, 11, 12),
    ("while x\n", "SyntaxError", "expected ':'", 1, 8, 9),
    ("try\n", "SyntaxError", "expected ':'", 1, 4, 5),
    ("with x\n", "SyntaxError", "expected ':'", 1, 7, 8),
    ("def f()\n", "SyntaxError", "expected ':'", 1, 8, 9),
    ("else\n", "SyntaxError", "invalid syntax", 1, 1, 5),
    ("lambda x", "SyntaxError", "invalid syntax", 1, 9, 10),
    ("else:", "SyntaxError", "invalid syntax", 1, 1, 5),
    ("x =", "SyntaxError", "invalid syntax", 1, 4, 5),
    ("x = ", "SyntaxError", "invalid syntax", 1, 5, 6),
    ("x +", "SyntaxError", "invalid syntax", 1, 4, 5),
    ("if x y:\n  pass", "SyntaxError", "invalid syntax", 1, 6, 7),
    ("return return", "SyntaxError", "invalid syntax", 1, 8, 14),
    ("f(**)", "SyntaxError", "invalid syntax", 1, 5, 6),
    ("a = 1 +", "SyntaxError", "invalid syntax", 1, 8, 9),
    ("x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9),
    ("(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
    ("[1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8),
    ("except E, F:\n  pass", "SyntaxError", "invalid syntax", 1, 1, 7),
    ("try:\n  pass\nexcept E, F:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 12),
    ("x = 0o", "SyntaxError", "invalid octal literal", 1, 6, 7),
    ("x = 0b", "SyntaxError", "invalid binary literal", 1, 6, 7),
    ("x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11),
    ("import", "SyntaxError", "invalid syntax", 1, 7, 8),
    ("from x import", "SyntaxError", "invalid syntax", 1, 14, 15),
    ("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 18),
    ("def f(x):\n  pass\n def g(): pass", "IndentationError", "unindent does not match any outer indentation level", 3, 15, 16),
    ("  x = 1", "IndentationError", "unexpected indent", 1, 2, 3),
];

#[test]
fn cpython_error_messages() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, col, end_col) in CPYTHON_ERRORS {
        match parse_module(src) {
            Ok(_) => failures.push(format!("{:?}: parsed, expected {} {:?}", src, kind, msg)),
            Err(e) => {
                let got = (
                    e.kind.class_name(),
                    e.msg.as_str(),
                    e.line,
                    e.col,
                    e.end_col,
                );
                if got != (kind, msg, line, col, end_col) {
                    failures.push(format!(
                        "{:?}:\n      got {:?}\n expected {:?}",
                        src,
                        got,
                        (kind, msg, line, col, end_col)
                    ));
                }
            }
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} differ:\n{}",
            failures.len(),
            CPYTHON_ERRORS.len(),
            failures.join("\n")
        );
    }
}
