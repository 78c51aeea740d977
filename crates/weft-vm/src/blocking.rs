//! Blocking without the GIL, and waking up for Ctrl-C.
//!
//! Everything that may block — sleeping, waiting for a lock, a join, a queue,
//! terminal or file I/O — runs inside [`Vm::allow_threads`], which releases
//! the GIL around a `Send` closure (so the closure cannot touch objects; see
//! `gil_bound.rs`). Callers try a non-blocking fast path first, as CPython's
//! `acquire_timed` does, and release the GIL only when they would really wait.
//!
//! **Signals.** SIGINT's handler (from `signal-hook`) only writes to a
//! self-pipe; a watcher thread reads it, sets the eval breaker's
//! `SIGNAL_PENDING` bit (plus a drop request, so a thread holding the GIL lets
//! the main thread in), and calls the main thread's current [`Waker`]. Every
//! blocking wait of the main thread registers one and checks the pending bit
//! under its own mutex before sleeping, so no wake-up is lost: `sleep`, lock
//! acquires, joins and queue gets are all interrupted promptly, and the main
//! thread raises KeyboardInterrupt at its next breaker check.

use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::vm::{Interp, PyResult, Vm};

/// Wakes the main thread from the blocking wait it is in.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// How a blocking wait ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WaitOutcome {
    Done,
    TimedOut,
    /// A signal is pending for the main thread.
    Interrupted,
}

/// A binary semaphore that any thread may release: `_thread.lock`'s core,
/// also the sleeping place of the main thread. Used without the GIL.
#[derive(Default)]
pub struct LockCore {
    locked: Mutex<bool>,
    released: Condvar,
}

impl LockCore {
    pub fn new() -> LockCore {
        LockCore::default()
    }

    /// Takes the lock if it is free.
    pub fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock();
        !std::mem::replace(&mut *locked, true)
    }

    /// Frees the lock and wakes one waiter; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut locked = self.locked.lock();
        if !*locked {
            return false;
        }
        *locked = false;
        self.released.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }

    /// Waits until the lock is taken, `deadline` passes, or — when
    /// `interrupt` is given — a signal is pending for the main thread.
    pub fn acquire_until(
        &self,
        deadline: Option<Instant>,
        interrupt: Option<&Interp>,
    ) -> WaitOutcome {
        // Most locks are held briefly: watch for the release before sleeping.
        if weft_gil::spin::spin_until(|| self.try_acquire()) {
            return WaitOutcome::Done;
        }
        let mut locked = self.locked.lock();
        loop {
            if !*locked {
                *locked = true;
                return WaitOutcome::Done;
            }
            if interrupt.is_some_and(Interp::signal_pending) {
                return WaitOutcome::Interrupted;
            }
            match deadline {
                Some(d) => {
                    if self.released.wait_until(&mut locked, d).timed_out() && *locked {
                        return WaitOutcome::TimedOut;
                    }
                }
                None => self.released.wait(&mut locked),
            }
        }
    }

    /// Sleeps until `deadline` or until woken by [`LockCore::wake_all`]
    /// with a signal pending (the lock state is not used).
    pub fn sleep_until(&self, deadline: Instant, interrupt: Option<&Interp>) -> WaitOutcome {
        let mut guard = self.locked.lock();
        loop {
            if interrupt.is_some_and(Interp::signal_pending) {
                return WaitOutcome::Interrupted;
            }
            if self.released.wait_until(&mut guard, deadline).timed_out() {
                return WaitOutcome::TimedOut;
            }
        }
    }

    /// Wakes every waiter so it re-checks for a pending signal.
    pub fn wake_all(&self) {
        let _guard = self.locked.lock();
        self.released.notify_all();
    }
}

impl Interp {
    /// Whether SIGINT arrived and the main thread has not yet raised it.
    pub fn signal_pending(&self) -> bool {
        self.gil.breaker_bits() & weft_gil::SIGNAL_PENDING != 0
    }

    /// What the SIGINT watcher does: flag the signal, make the running thread
    /// hand over, and wake the main thread if it is blocked.
    pub fn deliver_sigint(&self) {
        self.gil
            .set_breaker_bit(weft_gil::SIGNAL_PENDING | weft_gil::DROP_REQUEST);
        let waker = self.main_waker.lock().clone();
        if let Some(w) = waker {
            w();
        }
    }
}

/// Installs the SIGINT handler for this interpreter (once, for the main one).
pub fn install_sigint_handler(interp: Arc<Interp>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("weft-signals".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            for _ in signals.forever() {
                interp.deliver_sigint();
            }
        });
}

thread_local! {
    /// The interpreter whose GIL this OS thread runs under (set when its `Vm` is made).
    static CURRENT_INTERP: std::cell::RefCell<Option<Arc<Interp>>> =
        const { std::cell::RefCell::new(None) };
}

/// Records that the calling OS thread runs Python code of `interp`.
pub fn enter_thread(interp: &Arc<Interp>) {
    CURRENT_INTERP.with(|c| *c.borrow_mut() = Some(interp.clone()));
}

/// Undoes [`enter_thread`] when the OS thread's weft thread has ended.
pub fn leave_thread() {
    CURRENT_INTERP.with(|c| c.borrow_mut().take());
}

/// Runs the system call `f` with the GIL released, for native code deep in a
/// call that has no `Vm` at hand (file reads and writes). The caller must
/// not hold a borrow of any object another thread could reach except its
/// own native state, which `modules::this` waits for instead of panicking.
pub fn io_without_gil<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    let interp = CURRENT_INTERP.with(|c| c.borrow().clone());
    match interp {
        Some(interp) if interp.gil.is_held_by_current_thread() => interp.gil.allow_threads(f),
        _ => f(),
    }
}

/// The approximate native stack pointer of the caller.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The deadline `secs` seconds from now (None if it is too far to represent).
pub fn deadline_after(secs: f64) -> Option<Instant> {
    Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| Instant::now().checked_add(d))
}

impl Vm {
    /// Runs `f` with the GIL released (see the module docs).
    pub fn allow_threads<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        self.interp.gil.allow_threads(f)
    }

    /// Runs the wait `f` without the GIL. On the main thread, `waker` is
    /// registered for the duration so a signal can cut the wait short, and
    /// `f` receives the interpreter to check for a pending signal.
    pub fn blocking_wait<R: Send>(
        &self,
        waker: Waker,
        f: impl FnOnce(Option<&Interp>) -> R + Send,
    ) -> R {
        if !self.is_main_thread {
            return self.allow_threads(|| f(None));
        }
        let interp: &Interp = &self.interp;
        *interp.main_waker.lock() = Some(waker);
        let r = self.allow_threads(|| f(Some(interp)));
        *interp.main_waker.lock() = None;
        r
    }

    /// Acquires `lock`, waiting at most until `deadline`; raises
    /// KeyboardInterrupt on the main thread if Ctrl-C interrupts the wait.
    pub fn acquire_lock(
        &mut self,
        lock: &Arc<LockCore>,
        deadline: Option<Instant>,
    ) -> PyResult<bool> {
        if lock.try_acquire() {
            return Ok(true);
        }
        loop {
            let waker_lock = lock.clone();
            let waker: Waker = Arc::new(move || waker_lock.wake_all());
            let core = lock.clone();
            match self.blocking_wait(waker, move |interp| core.acquire_until(deadline, interp)) {
                WaitOutcome::Done => return Ok(true),
                WaitOutcome::TimedOut => return Ok(false),
                WaitOutcome::Interrupted => self.handle_eval_breaker()?,
            }
        }
    }

    /// `time.sleep`: sleeps without the GIL; Ctrl-C interrupts the main thread's sleep.
    pub fn sleep(&mut self, secs: f64) -> PyResult<()> {
        let Some(deadline) = deadline_after(secs) else {
            return Err(self.error("OverflowError", "sleep length is too large"));
        };
        if !self.is_main_thread {
            self.allow_threads(|| {
                let now = Instant::now();
                if deadline > now {
                    std::thread::sleep(deadline - now);
                }
            });
            return Ok(());
        }
        loop {
            let core = self.interp.main_sleep.clone();
            let waker_core = core.clone();
            let waker: Waker = Arc::new(move || waker_core.wake_all());
            match self.blocking_wait(waker, move |interp| core.sleep_until(deadline, interp)) {
                WaitOutcome::Interrupted => self.handle_eval_breaker()?,
                _ => return Ok(()),
            }
            if Instant::now() >= deadline {
                return Ok(());
            }
        }
    }
}
