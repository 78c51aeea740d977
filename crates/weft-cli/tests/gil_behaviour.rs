//! What the GIL does, checked on things that can be counted or ordered rather
//! than on tight timings (the test machine is a noisy 2-core box): CPU-bound
//! threads take turns and never run bytecode together, sleepers overlap,
//! FIFO handoff shares the interpreter evenly, and OS threads reused for new
//! weft threads start with fresh per-thread state. bench/threads.py measures
//! the same things precisely against python3.

use std::process::Command;

/// Runs `source` with weft and returns its stdout, failing the test on a
/// non-zero exit.
fn run_weft(args: &[&str], source: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .args(["-c", source])
        .output()
        .expect("run weft");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "status {:?}\nstdout: {stdout}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The value printed as `key value` on a line of `out`.
fn field(out: &str, key: &str) -> f64 {
    out.lines()
        .find_map(|l| l.strip_prefix(key).and_then(|v| v.strip_prefix(' ')))
        .unwrap_or_else(|| panic!("no {key} in {out}"))
        .trim()
        .parse()
        .unwrap()
}

/// N CPU-bound threads count for a while with a 1 ms switch interval; prints
/// CPU/wall, the smallest count, Jain's fairness index and the GIL's counters.
fn counting_threads(args: &[&str], threads: usize, seconds: f64) -> String {
    let script = format!(
        r#"
import sys, threading, time
sys.setswitchinterval(0.001)
counts = [0] * {threads}
stop = False
def count(i):
    n = 0
    while not stop:
        n += 1
    counts[i] = n
ts = [threading.Thread(target=count, args=(i,)) for i in range({threads})]
wall0, cpu0 = time.perf_counter(), time.process_time()
for t in ts: t.start()
time.sleep({seconds})
stop = True
for t in ts: t.join()
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
stats = sys._gil_stats()
print("ratio", cpu / wall)
print("min_count", min(counts))
print("jain", sum(counts) ** 2 / ({threads} * sum(c * c for c in counts)))
print("forced", stats["forced_drops"])
print("switches", stats["switches"])
"#
    );
    run_weft(args, &script)
}

#[test]
fn cpu_bound_threads_take_turns_and_never_overlap() {
    for policy in ["fair", "cpython"] {
        let out = counting_threads(&["-X", &format!("gil-policy={policy}")], 2, 0.6);
        // Bytecode running on both cores at once would show a ratio near 2.
        assert!(field(&out, "ratio") < 1.5, "{policy}: {out}");
        // Both threads made progress, because the GIL was forced over.
        assert!(field(&out, "min_count") > 0.0, "{policy}: {out}");
        assert!(field(&out, "forced") >= 5.0, "{policy}: {out}");
        assert!(field(&out, "switches") >= 10.0, "{policy}: {out}");
    }
}

#[test]
fn sleeping_threads_sleep_at_the_same_time() {
    let out = run_weft(
        &[],
        r#"
import threading, time
t0 = time.perf_counter()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print("wall", time.perf_counter() - t0)
"#,
    );
    // One after another they would take 10 s.
    assert!(field(&out, "wall") < 3.0, "{out}");
}

#[test]
fn fifo_handoff_shares_the_interpreter_evenly() {
    let out = counting_threads(&[], 4, 1.0);
    // The benchmark goal is 0.98 on a quiet machine; a loaded one is noisier.
    assert!(field(&out, "jain") > 0.9, "{out}");
}

#[test]
fn reused_os_threads_start_with_fresh_state() {
    let out = run_weft(
        &[],
        r#"
import sys, threading, time
seen = []
def work():
    stats = sys._gil_stats()["thread"]
    seen.append((threading.get_ident(), stats["acquisitions"], threading.current_thread().name))
for i in range(200):
    t = threading.Thread(target=work, name=f"w{i}")
    t.start()
    t.join()
idents = {s[0] for s in seen}
print("distinct", len(idents))
print("max_acq", max(s[1] for s in seen))
print("names_ok", int([s[2] for s in seen] == [f"w{i}" for i in range(200)]))
"#,
    );
    assert_eq!(field(&out, "distinct"), 200.0, "{out}");
    assert!(field(&out, "max_acq") <= 3.0, "{out}");
    assert_eq!(field(&out, "names_ok"), 1.0, "{out}");
}
