//! Debugging aid: `weft-parse FILE` or `weft-parse -c SOURCE` prints the AST or the
//! SyntaxError; `-i` parses as an interactive entry, `-e` as an expression.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--batch") {
        // One line per file: OK, or the error's class, message, line, offset, end offset.
        for path in &args[1..] {
            let src = std::fs::read_to_string(path).expect("read");
            match weft_syntax::parse_module(&src) {
                Ok(_) => println!("{}\tOK", path),
                Err(e) => println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    path,
                    e.kind.class_name(),
                    e.msg,
                    e.line,
                    e.col,
                    e.end_col
                ),
            }
        }
        return;
    }
    let (dump, args) = match args.first().map(String::as_str) {
        Some("--dump") => (true, args[1..].to_vec()),
        _ => (false, args),
    };
    let (mode, rest) = match args.first().map(String::as_str) {
        Some("-i") => ("i", &args[1..]),
        Some("-e") => ("e", &args[1..]),
        _ => ("m", &args[..]),
    };
    let src = match rest.first().map(String::as_str) {
        Some("-c") => rest[1].clone(),
        Some(path) => std::fs::read_to_string(path).expect("read"),
        None => {
            eprintln!("usage: weft-parse [-i|-e] (FILE | -c SOURCE)");
            std::process::exit(2);
        }
    };
    let r = match mode {
        "i" => weft_syntax::parse_interactive(&src).map(|m| format!("{:#?}", m)),
        "e" => weft_syntax::parse_expression(&src).map(|e| format!("{:#?}", e)),
        _ if dump => weft_syntax::parse_module(&src).map(|m| weft_syntax::pydump::dump_module(&m)),
        _ => weft_syntax::parse_module(&src).map(|m| format!("{:#?}", m)),
    };
    match r {
        Ok(s) => println!("{}", s),
        Err(e) => {
            println!("{:?}", e);
            std::process::exit(1);
        }
    }
}
