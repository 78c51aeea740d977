//! A brief spin before going to sleep.
//!
//! Handing something to a thread that sleeps in the kernel costs a futex
//! wake, and on the waking side the scheduler's latency: tens of
//! microseconds on a virtual machine, where waking an idle CPU goes through
//! the hypervisor. Most waits in a GIL program are much shorter than that —
//! a join on a thread that is just finishing, a lock released a few bytecodes
//! later, the GIL handed back by a thread about to block — so a waiter that
//! first watches the condition for a little while usually sees it come true
//! without ever sleeping, and the thread that made it true skips the wake-up.
//!
//! The budget is about one sleep-and-wake, the classic bound for spinning
//! (spinning at most as long as blocking would cost keeps the worst case
//! within twice the optimum). Spinners are also rationed: at most one fewer
//! than the number of CPUs spin at once, so that the thread they wait for —
//! usually the GIL holder — always has a CPU to run on. With eight threads
//! doing short reads on two cores, unrationed spinning would leave the holder
//! queueing behind seven spinners. On a single CPU nobody spins.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Longest time [`spin_until`] watches a condition.
pub const SPIN_BUDGET: Duration = Duration::from_micros(30);

/// Pause instructions between two looks at the clock.
const PAUSES_PER_CLOCK_CHECK: u32 = 32;

/// Threads spinning right now, in the whole process.
static SPINNERS: AtomicUsize = AtomicUsize::new(0);

/// How many threads may spin at once: one fewer than the CPUs.
fn max_spinners() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        std::thread::available_parallelism().map_or(0, |n| n.get().saturating_sub(1))
    })
}

/// A place among the spinners, given back on drop.
struct SpinSlot;

impl SpinSlot {
    fn claim() -> Option<SpinSlot> {
        let max = max_spinners();
        SPINNERS
            .fetch_update(Ordering::Acquire, Ordering::Relaxed, |n| {
                (n < max).then_some(n + 1)
            })
            .ok()
            .map(|_| SpinSlot)
    }
}

impl Drop for SpinSlot {
    fn drop(&mut self) {
        SPINNERS.fetch_sub(1, Ordering::Release);
    }
}

/// Watches `done` for up to [`SPIN_BUDGET`]; true as soon as it returns true,
/// false if the budget ran out or too many threads spin already (the caller
/// then sleeps as usual). `done` must be cheap and must not block.
pub fn spin_until(mut done: impl FnMut() -> bool) -> bool {
    if done() {
        return true;
    }
    let Some(_slot) = SpinSlot::claim() else {
        return false;
    };
    let start = Instant::now();
    loop {
        for _ in 0..PAUSES_PER_CLOCK_CHECK {
            std::hint::spin_loop();
            if done() {
                return true;
            }
        }
        if start.elapsed() >= SPIN_BUDGET {
            return done();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    #[test]
    fn returns_at_once_when_already_true() {
        assert!(spin_until(|| true));
    }

    #[test]
    fn gives_up_after_the_budget() {
        let start = Instant::now();
        assert!(!spin_until(|| false));
        // Generous: only checks that it does not spin for long.
        assert!(start.elapsed() < Duration::from_millis(500));
    }

    #[test]
    fn sees_a_condition_set_by_another_thread() {
        let flag = Arc::new(AtomicBool::new(false));
        let setter = {
            let flag = flag.clone();
            std::thread::spawn(move || flag.store(true, Ordering::Release))
        };
        setter.join().unwrap();
        assert!(spin_until(|| flag.load(Ordering::Acquire)));
    }
}
