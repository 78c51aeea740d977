//! Unit tests. They check counts and orderings, never tight absolute times,
//! so that they hold on a loaded two-core machine. Tests that measure run
//! one at a time (see `serial`).

use super::*;
use std::cell::UnsafeCell;
use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::thread;

/// Timing-sensitive tests must not share the CPUs with each other.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock()
}

const POLICIES: [Policy; 2] = [Policy::Fair, Policy::CPython];

/// A little CPU work, standing for a few bytecodes.
fn work(n: u32) {
    let mut x = 0u64;
    for i in 0..n {
        x = black_box(x.wrapping_mul(31).wrapping_add(u64::from(i)));
    }
    black_box(x);
}

/// A simulated CPU-bound Python thread: "bytecodes" with a breaker check at
/// each backward jump. Returns the number of loop iterations it ran.
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

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `threads` CPU-bound threads for `dur`; returns their iteration counts.
fn run_cpu_threads(gil: &Gil, threads: usize, dur: Duration) -> Vec<u64> {
    let stop = AtomicBool::new(false);
    thread::scope(|s| {
        let hs: Vec<_> = (0..threads)
            .map(|_| s.spawn(|| cpu_thread(gil, &stop)))
            .collect();
        thread::sleep(dur);
        stop.store(true, Ordering::Relaxed);
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

/// A thread sleeping `nap` at a time inside `allow_threads` while
/// `cpu` CPU-bound threads run; returns its wake-up lateness samples
/// (end of the sleep to GIL re-acquired).
fn sleeper_lateness(gil: &Gil, cpu: usize, nap: Duration, rounds: usize) -> Vec<Duration> {
    let stop = AtomicBool::new(false);
    thread::scope(|s| {
        let hs: Vec<_> = (0..cpu)
            .map(|_| s.spawn(|| cpu_thread(gil, &stop)))
            .collect();
        let late = s
            .spawn(|| {
                gil.acquire();
                let mut late = Vec::with_capacity(rounds);
                for _ in 0..rounds {
                    let woke = gil.allow_threads(|| {
                        thread::sleep(nap);
                        Instant::now()
                    });
                    late.push(woke.elapsed());
                    work(200);
                }
                gil.release();
                late
            })
            .join()
            .unwrap();
        stop.store(true, Ordering::Relaxed);
        for h in hs {
            h.join().unwrap();
        }
        late
    })
}

#[test]
fn single_thread_is_cheap_and_quiet() {
    for policy in POLICIES {
        let gil = Gil::new(policy);
        assert_eq!(gil.policy(), policy);
        assert!(!gil.is_held_by_current_thread());
        for _ in 0..1000 {
            gil.acquire();
            assert!(gil.is_held_by_current_thread());
            assert_eq!(gil.holder_id(), Some(current_thread_id()));
            assert!(!gil.breaker_set());
            gil.yield_to_waiter(); // nobody waits: keeps the GIL
            assert!(gil.is_held_by_current_thread());
            gil.release();
        }
        assert_eq!(gil.holder_id(), None);
        let st = gil.stats();
        assert_eq!(st.acquisitions, 1000);
        assert_eq!(st.voluntary_drops, 1000);
        assert_eq!(st.forced_drops, 0);
        assert_eq!(st.switches, 1);
        assert_eq!(st.drop_requests, 0);
        assert_eq!(st.wait_ns_total, 0);
        assert_eq!(gil.breaker_bits(), 0);
        let t = gil.current_thread_stats();
        assert_eq!((t.acquisitions, t.voluntary_drops), (1000, 1000));
    }
}

#[test]
fn breaker_bits() {
    let gil = Gil::default();
    assert_eq!(gil.policy(), Policy::Fair);
    gil.set_breaker_bit(SIGNAL_PENDING);
    gil.set_breaker_bit(ASYNC_EXC | 64);
    assert!(gil.breaker_set());
    assert_eq!(gil.breaker_bits(), SIGNAL_PENDING | ASYNC_EXC | 64);
    gil.clear_breaker_bit(ASYNC_EXC | 64);
    assert_eq!(gil.breaker_bits(), SIGNAL_PENDING);
    gil.clear_breaker_bit(SIGNAL_PENDING);
    assert!(!gil.breaker_set());
}

#[test]
fn switch_interval_is_stored() {
    let gil = Gil::new(Policy::Fair);
    assert_eq!(gil.switch_interval(), DEFAULT_SWITCH_INTERVAL);
    gil.set_switch_interval(Duration::from_micros(1234));
    assert_eq!(gil.switch_interval(), Duration::from_micros(1234));
}

#[test]
fn mutual_exclusion() {
    struct Shared(UnsafeCell<u64>);
    unsafe impl Sync for Shared {}
    let _s = serial();
    for policy in POLICIES {
        let gil = Gil::new(policy);
        gil.set_switch_interval(Duration::from_micros(200));
        let inside = AtomicBool::new(false);
        let counter = Shared(UnsafeCell::new(0));
        const THREADS: u64 = 4;
        const ROUNDS: u64 = 2000;
        thread::scope(|s| {
            for t in 0..THREADS {
                let (gil, inside, counter) = (&gil, &inside, &counter);
                s.spawn(move || {
                    for i in 0..ROUNDS {
                        gil.acquire();
                        assert!(!inside.swap(true, Ordering::Relaxed), "two threads inside");
                        // SAFETY: the GIL serialises all access.
                        unsafe {
                            let v = *counter.0.get();
                            work(20);
                            *counter.0.get() = v + 1;
                        }
                        if (i + t) % 7 == 0 && gil.breaker_set() {
                            inside.store(false, Ordering::Relaxed);
                            gil.yield_to_waiter();
                            assert!(!inside.swap(true, Ordering::Relaxed), "two threads inside");
                        }
                        inside.store(false, Ordering::Relaxed);
                        gil.release();
                    }
                });
            }
        });
        assert_eq!(unsafe { *counter.0.get() }, THREADS * ROUNDS, "{policy:?}");
        let st = gil.stats();
        assert_eq!(
            st.acquisitions,
            st.voluntary_drops + st.forced_drops,
            "{policy:?}"
        );
        assert_eq!(gil.breaker_bits() & DROP_REQUEST, 0, "{policy:?}");
    }
}

#[test]
fn forced_switching() {
    let _s = serial();
    for policy in POLICIES {
        let gil = Gil::new(policy);
        gil.set_switch_interval(Duration::from_millis(1));
        let counts = run_cpu_threads(&gil, 2, Duration::from_millis(300));
        assert!(counts.iter().all(|&n| n > 0), "{policy:?}: {counts:?}");
        let st = gil.stats();
        assert!(st.switches > 2, "{policy:?}: {st:?}");
        assert!(st.forced_drops > 0, "{policy:?}: {st:?}");
        assert!(st.drop_requests > 0, "{policy:?}: {st:?}");
        // Nobody waits any more: no request may be left behind.
        assert_eq!(gil.breaker_bits(), 0, "{policy:?}");
        assert_eq!(gil.holder_id(), None);
        assert_eq!(gil.waiting(), 0);
    }
}

#[test]
fn allow_threads_lets_another_thread_run() {
    let _s = serial();
    for policy in POLICIES {
        let gil = Gil::new(policy);
        let order = Mutex::new(Vec::new());
        let (to_a, a_rx) = mpsc::channel::<u32>();
        let (a_blocked, blocked_rx) = mpsc::channel::<u64>();
        thread::scope(|s| {
            let (gil, order) = (&gil, &order);
            s.spawn(move || {
                gil.acquire();
                let me = current_thread_id();
                // Blocks until B, which needs the GIL, has run.
                let got = gil.allow_threads(move || {
                    a_blocked.send(me).unwrap();
                    a_rx.recv().unwrap()
                });
                assert!(gil.is_held_by_current_thread());
                assert_eq!(got, 42);
                order.lock().push("a");
                gil.release();
            });
            s.spawn(move || {
                let a = blocked_rx.recv().unwrap();
                gil.acquire(); // would deadlock if A still held the GIL
                assert_ne!(gil.holder_id(), Some(a));
                order.lock().push("b");
                to_a.send(42).unwrap();
                gil.release();
            });
        });
        assert_eq!(*order.lock(), ["b", "a"], "{policy:?}");
        let st = gil.stats();
        assert_eq!((st.acquisitions, st.voluntary_drops), (3, 3), "{policy:?}");
    }
}

#[test]
fn allow_threads_reacquires_on_panic() {
    let gil = Gil::new(Policy::Fair);
    gil.acquire();
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        gil.allow_threads(|| panic!("boom"));
    }));
    assert!(r.is_err());
    assert!(gil.is_held_by_current_thread());
    gil.release();
}

#[test]
#[should_panic(expected = "already holds")]
fn double_acquire_panics() {
    let gil = Gil::new(Policy::Fair);
    gil.acquire();
    gil.acquire();
}

#[test]
#[should_panic(expected = "does not hold")]
fn release_without_holding_panics() {
    Gil::new(Policy::CPython).release();
}

/// Waits until `n` threads are queued for the GIL.
fn wait_for_waiters(gil: &Gil, n: usize) {
    while gil.waiting() < n {
        thread::sleep(Duration::from_micros(200));
    }
}

#[test]
fn fair_hands_over_in_fifo_order() {
    let _s = serial();
    let gil = Gil::new(Policy::Fair);
    gil.set_switch_interval(Duration::from_secs(60)); // no forced switching
    let order = Mutex::new(Vec::new());
    gil.acquire();
    thread::scope(|s| {
        for i in 0..5 {
            let (gil, order) = (&gil, &order);
            s.spawn(move || {
                gil.acquire();
                order.lock().push(i);
                gil.release();
            });
            wait_for_waiters(gil, i + 1);
        }
        gil.release();
    });
    assert_eq!(*order.lock(), [0, 1, 2, 3, 4]);
    assert_eq!(gil.breaker_bits(), 0);
}

#[test]
fn fair_thread_back_from_blocking_call_goes_first() {
    let _s = serial();
    let gil = Gil::new(Policy::Fair);
    gil.set_switch_interval(Duration::from_secs(60)); // only priority requests
    let order = Mutex::new(Vec::new());
    let (wake_io, io_rx) = mpsc::channel::<()>();
    thread::scope(|s| {
        let (gil, order) = (&gil, &order);
        // The I/O thread takes the GIL and blocks inside allow_threads.
        let (io_blocked, blocked_rx) = mpsc::channel::<()>();
        s.spawn(move || {
            gil.acquire();
            gil.allow_threads(move || {
                io_blocked.send(()).unwrap();
                io_rx.recv().unwrap();
            });
            order.lock().push("io");
            gil.release();
        });
        blocked_rx.recv().unwrap();
        // This thread now takes the free GIL; a CPU thread queues behind it.
        gil.acquire();
        s.spawn(move || {
            gil.acquire();
            order.lock().push("cpu");
            gil.release();
        });
        wait_for_waiters(gil, 1);
        wake_io.send(()).unwrap();
        wait_for_waiters(gil, 2);
        // The returning I/O thread asks for the GIL within its short slice,
        // not after the 60 s interval.
        while gil.breaker_bits() & DROP_REQUEST == 0 {
            thread::sleep(Duration::from_micros(200));
        }
        gil.yield_to_waiter();
        order.lock().push("main");
        gil.release();
    });
    assert_eq!(*order.lock(), ["io", "cpu", "main"]);
    let st = gil.stats();
    assert_eq!(st.drop_requests, 1);
    assert_eq!(st.forced_drops, 1);
    assert_eq!(gil.breaker_bits(), 0);
}

#[test]
fn fair_shares_are_equal() {
    let _s = serial();
    let gil = Gil::new(Policy::Fair);
    let counts = run_cpu_threads(&gil, 4, Duration::from_secs(1));
    let j = jain(&counts);
    assert!(j >= 0.9, "Jain's index {j:.3} for {counts:?}");
}

#[test]
fn fair_beats_cpython_convoy() {
    let _s = serial();
    let nap = Duration::from_millis(2);
    let mut fair = sleeper_lateness(&Gil::new(Policy::Fair), 2, nap, 200);
    let mut cpy = sleeper_lateness(&Gil::new(Policy::CPython), 2, nap, 200);
    let (f, c) = (median(&mut fair), median(&mut cpy));
    assert!(f * 3 < c, "median lateness: fair {f:?}, cpython {c:?}");
}

#[test]
fn stats_add_up() {
    let _s = serial();
    for policy in POLICIES {
        let gil = Gil::new(policy);
        gil.set_switch_interval(Duration::from_micros(500));
        let stop = AtomicBool::new(false);
        let per_thread: Vec<ThreadGilStats> = thread::scope(|s| {
            let mut hs = Vec::new();
            for _ in 0..2 {
                hs.push(s.spawn(|| {
                    cpu_thread(&gil, &stop);
                    gil.current_thread_stats()
                }));
            }
            hs.push(s.spawn(|| {
                for _ in 0..50 {
                    gil.acquire();
                    gil.allow_threads(|| thread::sleep(Duration::from_micros(300)));
                    gil.release();
                }
                gil.current_thread_stats()
            }));
            let last = hs.pop().unwrap().join().unwrap();
            stop.store(true, Ordering::Relaxed);
            let mut v: Vec<_> = hs.into_iter().map(|h| h.join().unwrap()).collect();
            v.push(last);
            v
        });
        let st = gil.stats();
        let sum = |f: fn(&ThreadGilStats) -> u64| per_thread.iter().map(f).sum::<u64>();
        assert_eq!(st.acquisitions, sum(|t| t.acquisitions), "{policy:?}");
        assert_eq!(st.forced_drops, sum(|t| t.forced_drops), "{policy:?}");
        assert_eq!(st.voluntary_drops, sum(|t| t.voluntary_drops), "{policy:?}");
        assert_eq!(st.wait_ns_total, sum(|t| t.wait_ns_total), "{policy:?}");
        assert_eq!(
            st.acquisitions,
            st.forced_drops + st.voluntary_drops,
            "{policy:?}"
        );
        assert_eq!(per_thread[2].acquisitions, 100, "{policy:?}");
        assert_eq!(per_thread[2].voluntary_drops, 100, "{policy:?}");
        assert!(st.switches <= st.acquisitions, "{policy:?}");
        assert!(st.drop_requests <= st.acquisitions, "{policy:?}");
        assert_eq!(gil.breaker_bits(), 0, "{policy:?}");
    }
}
