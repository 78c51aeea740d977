use crate::ast::*;
use crate::*;

fn parse(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(m) => m.body,
        Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
    }
}

#[test]
fn smoke() {
    let b = parse("x = 1\nprint(x + 2)\n");
    assert_eq!(b.len(), 2);
}
