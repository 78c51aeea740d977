//! Figures for the GIL policies, to be quoted:
//!
//! * cost of an uncontended acquire + release;
//! * fairness: N CPU-bound simulated threads, Jain's index of their shares;
//! * convoy effect: a thread sleeping 2 ms at a time inside `allow_threads`
//!   while 2 CPU-bound threads run; lateness = end of sleep to GIL re-held.
//!
//! Run with `cargo run --release -p weft-gil --example gil_figures [seconds]`
//! (default 2 s per measurement).

use std::hint::black_box;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};
use weft_gil::{Gil, Policy, DROP_REQUEST};

/// A little CPU work, standing for a few bytecodes (~100 ns).
fn work(n: u32) {
    let mut x = 0u64;
    for i in 0..n {
        x = black_box(x.wrapping_mul(31).wrapping_add(u64::from(i)));
    }
    black_box(x);
}

/// A CPU-bound simulated thread; returns its iteration count.
fn cpu_thread(gil: &Gil, stop: &AtomicBool) -> u64 {
    gil.acquire();
    let mut n = 0;
    while !stop.load(Ordering::Relaxed) {
        work(50);
        n += 1;
        if gil.breaker_set() && gil.breaker_bits() & DROP_REQUEST != 0 {
            gil.yield_to_waiter();
        }
    }
    gil.release();
    n
}

fn jain(xs: &[u64]) -> f64 {
    let sum: f64 = xs.iter().map(|&x| x as f64).sum();
    let sq: f64 = xs.iter().map(|&x| (x as f64) * (x as f64)).sum();
    sum * sum / (xs.len() as f64 * sq)
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn uncontended(policy: Policy) -> f64 {
    let gil = Gil::new(policy);
    let n = 2_000_000;
    let t = Instant::now();
    for _ in 0..n {
        gil.acquire();
        black_box(gil.breaker_set());
        gil.release();
    }
    t.elapsed().as_nanos() as f64 / n as f64
}

fn fairness(policy: Policy, threads: usize, dur: Duration) {
    let gil = Gil::new(policy);
    let stop = AtomicBool::new(false);
    let counts: Vec<u64> = thread::scope(|s| {
        let hs: Vec<_> = (0..threads)
            .map(|_| s.spawn(|| cpu_thread(&gil, &stop)))
            .collect();
        thread::sleep(dur);
        stop.store(true, Ordering::Relaxed);
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let total: u64 = counts.iter().sum();
    let shares: Vec<String> = counts
        .iter()
        .map(|&c| format!("{:.1}%", 100.0 * c as f64 / total as f64))
        .collect();
    let st = gil.stats();
    println!(
        "  {policy:?}: {threads} threads  Jain {:.4}  shares [{}]  switches/s {:.0}  iterations {total}",
        jain(&counts),
        shares.join(" "),
        st.switches as f64 / dur.as_secs_f64(),
    );
}

fn convoy(policy: Policy, dur: Duration) {
    let gil = Gil::new(policy);
    let stop = AtomicBool::new(false);
    let nap = Duration::from_millis(2);
    let (mut late, mut overshoot, cpu) = thread::scope(|s| {
        let hs: Vec<_> = (0..2)
            .map(|_| s.spawn(|| cpu_thread(&gil, &stop)))
            .collect();
        let (late, overshoot) = s
            .spawn(|| {
                let (mut late, mut overshoot) = (Vec::new(), Vec::new());
                let end = Instant::now() + dur;
                gil.acquire();
                while Instant::now() < end {
                    let asleep = Instant::now();
                    let woke = gil.allow_threads(|| {
                        thread::sleep(nap);
                        Instant::now()
                    });
                    late.push(woke.elapsed());
                    overshoot.push(asleep.elapsed().saturating_sub(nap));
                    work(200);
                }
                gil.release();
                (late, overshoot)
            })
            .join()
            .unwrap();
        stop.store(true, Ordering::Relaxed);
        let cpu: u64 = hs.into_iter().map(|h| h.join().unwrap()).sum();
        (late, overshoot, cpu)
    });
    late.sort();
    overshoot.sort();
    println!(
        "  {policy:?}: {} wake-ups  GIL lateness median {}  p90 {}  p99 {}  | vs 2 ms deadline median {}  p90 {}  | CPU iterations {cpu}",
        late.len(),
        ms(pct(&late, 0.5)),
        ms(pct(&late, 0.9)),
        ms(pct(&late, 0.99)),
        ms(pct(&overshoot, 0.5)),
        ms(pct(&overshoot, 0.9)),
    );
}

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0);
    let dur = Duration::from_secs_f64(secs);
    let policies = [Policy::Fair, Policy::CPython];
    println!(
        "weft-gil figures ({} CPUs, {secs} s per run, switch interval 5 ms)",
        thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("uncontended acquire + breaker check + release:");
    for p in policies {
        println!("  {p:?}: {:.1} ns", uncontended(p));
    }
    println!("fairness (CPU-bound threads, shares of iterations):");
    for threads in [2, 4] {
        for p in policies {
            fairness(p, threads, dur);
        }
    }
    println!("convoy (thread sleeping 2 ms in allow_threads, 2 CPU-bound threads):");
    for p in policies {
        convoy(p, dur);
    }
}
