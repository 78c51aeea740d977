//! Fuzz-style robustness test of the front half of the pipeline: every
//! conformance program, plus thousands of mutations of them (lines and
//! characters deleted, duplicated, swapped; truncations), is lexed, parsed
//! and compiled. Each must give a code object or a SyntaxError — never a
//! panic — and quickly.

use std::path::Path;
use std::time::{Duration, Instant};

use weft_compiler::{compile, CompileMode};

/// A tiny deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            Some((e.file_name().to_string_lossy().to_string(), text))
        })
        .collect();
    out.sort();
    out
}

/// Characters a mutation may insert: Python's punctuation and some oddities.
const SPICE: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "+",
    "*",
    "**",
    "\"",
    "'",
    "\"\"\"",
    "\\",
    "\n",
    "\t",
    "    ",
    "lambda",
    "yield",
    "return",
    "def f(",
    "class C:",
    "if",
    "else",
    "for x in",
    "f\"{",
    "}",
    "#",
    "@",
    ";",
    "->",
    "é",
    "\u{0}",
    ":=",
    "*a",
    "**k",
    "not",
    "await",
    "global x",
    "nonlocal y",
    "try:",
    "except",
    "finally:",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return String::new();
    }
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        match rng.below(8) {
            0 => {
                lines.remove(i);
                if lines.is_empty() {
                    return String::new();
                }
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let chars: Vec<char> = lines[i].chars().collect();
                if !chars.is_empty() {
                    let k = rng.below(chars.len());
                    lines[i] = chars[..k].iter().chain(chars[k + 1..].iter()).collect();
                }
            }
            4 => {
                let chars: Vec<char> = lines[i].chars().collect();
                let k = rng.below(chars.len() + 1);
                let spice = SPICE[rng.below(SPICE.len())];
                lines[i] = chars[..k].iter().collect::<String>()
                    + spice
                    + &chars[k..].iter().collect::<String>();
            }
            5 => lines[i] = format!(" {}", lines[i]),
            6 => lines.truncate(i + 1),
            _ => {
                let whole = lines.join("\n");
                let chars: Vec<char> = whole.chars().collect();
                let cut = rng.below(chars.len() + 1);
                return chars[..cut].iter().collect();
            }
        }
    }
    lines.join("\n") + "\n"
}

fn front_end(src: &str) {
    for mode in [CompileMode::Module, CompileMode::Interactive] {
        let parsed = match mode {
            CompileMode::Interactive => weft_syntax::parse_interactive(src),
            _ => weft_syntax::parse_module(src),
        };
        if let Ok(module) = parsed {
            let _ = compile(&module, "<fuzz>", src, mode);
        }
    }
}

#[test]
fn corpus_and_mutations_never_panic() {
    let programs = corpus();
    assert!(programs.len() > 50, "conformance corpus missing");
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut cases = 0;
    let slowest_allowed = Duration::from_secs(5);
    for (name, src) in &programs {
        let t = Instant::now();
        front_end(src);
        for _ in 0..100 {
            let m = mutate(&mut rng, src);
            let started = Instant::now();
            let outcome = std::panic::catch_unwind(|| front_end(&m));
            assert!(outcome.is_ok(), "panic on a mutation of {name}:\n{m}");
            assert!(
                started.elapsed() < slowest_allowed,
                "slow on a mutation of {name}:\n{m}"
            );
            cases += 1;
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{name}: mutations too slow"
        );
    }
    assert!(cases >= 10_000, "only {cases} cases");
}
