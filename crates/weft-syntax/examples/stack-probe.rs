//! How much stack does parsing and dropping a maximally deep expression need?
//! `stack-probe KIB [DEPTH]` exits 0 if it fits (a debugging aid).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kb: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2048);
    let depth: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2990);
    std::thread::Builder::new()
        .stack_size(kb << 10)
        .spawn(move || {
            let src = format!("x = {}1", "-".repeat(depth));
            let m = weft_syntax::parse_module(&src).unwrap();
            drop(m);
        })
        .unwrap()
        .join()
        .unwrap();
    println!("{} KiB, depth {}: ok", kb, depth);
}
