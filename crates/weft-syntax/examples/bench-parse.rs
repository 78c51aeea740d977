//! Times lexing+parsing of a generated 10,800-line file (`cargo run --release --example bench-parse`).

fn main() {
    let unit = "def f(a, b=1):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {'k': x, 'v': f'{a!r}'}\n\nclass C(B):\n    def m(self):\n        if self.x > 0 and not self.y:\n            self.z += 1\n        return self.z\n";
    let src = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path).expect("read"),
        None => unit.repeat(1200),
    };
    let mut best = std::time::Duration::MAX;
    for _ in 0..20 {
        let t = std::time::Instant::now();
        let m = weft_syntax::parse_module(&src).expect("parse");
        best = best.min(t.elapsed());
        drop(m);
    }
    println!("{} lines: best {:?}", src.lines().count(), best);
}
