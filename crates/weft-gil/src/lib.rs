//! The global interpreter lock of one weft interpreter.
//!
//! This crate knows nothing about Python objects: it only decides which OS
//! thread may run bytecode, and tells the running thread (through the *eval
//! breaker* word) when it should stop and let another one in.
//!
//! # Design, and why
//!
//! * **Per interpreter, no statics.** All state lives in a [`Gil`] value that
//!   the VM keeps in an `Arc`, so several interpreters could each have their
//!   own lock. (The only process-wide items are two counters that hand out
//!   identities for threads and `Gil` values; they hold no lock state.)
//! * **A mutex + condvar, plus one atomic word.** `{locked, holder,
//!   switch_number, waiter queue}` sit under a `parking_lot` mutex. Holding
//!   and waiting threads talk through the *eval breaker*, an `AtomicU32` that
//!   the eval loop reads with one relaxed load ([`Gil::breaker_set`]) at
//!   backward jumps and calls. It is 0 whenever nobody waits, so a single
//!   thread pays one predictable branch per check. Uncontended
//!   acquire/release is one uncontended mutex lock/unlock, no syscall.
//! * **Forced switching**, as in CPython: a waiter sleeps for at most the
//!   switch interval (default 5 ms); if the holder kept the GIL all that time
//!   it sets [`DROP_REQUEST`]. The holder notices at its next check and calls
//!   [`Gil::yield_to_waiter`], which hands the GIL over and does not let the
//!   yielding thread win it straight back (CPython's `FORCE_SWITCHING`).
//!
//! Two policies are provided:
//!
//! * [`Policy::CPython`] reproduces CPython 3.11's `ceval_gil.h`: one shared
//!   condvar, the GIL goes to whichever waiter the OS wakes (or to a thread
//!   that barges in), and a thread returning from a blocking call waits like
//!   any other — up to a full interval behind a CPU-bound thread (Beazley's
//!   convoy effect, bpo-7946). It is kept so the difference can be measured.
//! * [`Policy::Fair`] (the default) fixes both weaknesses:
//!   1. **FIFO handoff.** Waiters queue, each on its own condvar. Releasing
//!      hands the GIL *directly* to the head of the queue (the lock never
//!      becomes free while someone waits, so nobody can barge), and a thread
//!      yielding on request goes to the back. CPU-bound threads therefore
//!      run round-robin with one quantum each.
//!   2. **Priority for I/O-bound threads.** A thread re-acquiring at the end
//!      of [`Gil::allow_threads`] has just blocked, so it is I/O-bound: it
//!      queues ahead of ordinary waiters and asks the holder to drop at once,
//!      instead of after a full interval. Two guards keep this from starving
//!      CPU-bound threads: the holder is always granted a minimum slice
//!      (`min(interval / 2, 500 µs)`) before a priority request, so a thread
//!      making very short blocking calls cannot ping-pong the GIL; and a
//!      priority waiter never overtakes an ordinary waiter that has already
//!      waited a full interval (aging), so a set of I/O threads cannot keep
//!      a CPU-bound thread out.
//!
//!   3. **A short spin before sleeping.** A thread that has just started or
//!      just returned from a blocking call, and is next in line, watches for
//!      the handoff for a few microseconds ([`spin`]) before it sleeps on
//!      its condvar: the holder
//!      is often about to block or finish, and a handoff to a thread that
//!      is still awake costs no futex wake and no scheduler latency.
//!
//!   The quantum is measured from the moment the current holder got the GIL
//!   (or from the moment competition began, if it got it uncontended), not
//!   from when some waiter went to sleep, so a holder keeps the GIL for about
//!   one interval, never two.
//!
//! [`GilStats`] counts acquisitions, drops, switches and waiting time for the
//! whole lock; [`ThreadGilStats`] does the same for the calling thread
//! (thread-local counters keyed by the `Gil`'s identity).

mod race_annotations;
pub mod spin;

use parking_lot::{Condvar, Mutex, MutexGuard};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Breaker bit: a waiter asks the holder to drop the GIL
/// (the holder should call [`Gil::yield_to_waiter`]).
pub const DROP_REQUEST: u32 = 1;
/// Breaker bit: a signal is pending (set by the VM; handled by the main thread).
pub const SIGNAL_PENDING: u32 = 2;
/// Breaker bit: an asynchronous exception is pending (set by the VM).
pub const ASYNC_EXC: u32 = 4;

/// Default switch interval, as in CPython (`sys.getswitchinterval()` = 0.005).
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// Longest slice a holder is guaranteed before a thread returning from a
/// blocking call may ask it to drop (under [`Policy::Fair`]).
const MAX_PRIORITY_SLICE: Duration = Duration::from_micros(500);

/// How the GIL is passed between threads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Policy {
    /// FIFO handoff, and prompt re-acquisition after blocking calls.
    #[default]
    Fair,
    /// Faithful to CPython 3.11: OS-chosen waiter wins, convoy effect included.
    CPython,
}

/// Counters for the whole lock. Every acquisition is matched by one drop
/// (voluntary or forced) once the thread lets go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GilStats {
    /// Times any thread obtained the GIL.
    pub acquisitions: u64,
    /// Drops made by [`Gil::yield_to_waiter`] on request.
    pub forced_drops: u64,
    /// Drops made by [`Gil::release`] / [`Gil::allow_threads`].
    pub voluntary_drops: u64,
    /// Times the GIL went to a thread other than its previous holder.
    pub switches: u64,
    /// Total time threads spent waiting for the GIL, in nanoseconds.
    pub wait_ns_total: u64,
    /// Times the [`DROP_REQUEST`] bit went from clear to set.
    pub drop_requests: u64,
}

/// Counters for the calling thread on one [`Gil`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ThreadGilStats {
    /// Times this thread obtained the GIL.
    pub acquisitions: u64,
    /// Times it dropped the GIL on request.
    pub forced_drops: u64,
    /// Times it dropped the GIL voluntarily.
    pub voluntary_drops: u64,
    /// Time it spent waiting for the GIL, in nanoseconds.
    pub wait_ns_total: u64,
}

/// Hands out thread identities (0 means "nobody").
static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);
/// Hands out `Gil` identities, the keys of the per-thread counters.
static NEXT_GIL_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    // No destructor, so it stays usable during thread teardown.
    static THREAD_ID: Cell<u64> = const { Cell::new(0) };
    static THREAD_STATS: RefCell<Vec<(u64, ThreadGilStats)>> = const { RefCell::new(Vec::new()) };
}

/// An opaque, non-zero identity of the calling OS thread, as returned by
/// [`Gil::holder_id`]. Never reused within a process.
pub fn current_thread_id() -> u64 {
    THREAD_ID.with(|c| {
        let id = c.get();
        if id != 0 {
            return id;
        }
        let id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
        c.set(id);
        id
    })
}

/// A fresh identity for a thread about to be started, so its creator knows
/// it at once; the new thread claims it with [`adopt_thread_id`].
pub fn reserve_thread_id() -> u64 {
    NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed)
}

/// Makes `id` (from [`reserve_thread_id`]) the calling thread's identity.
///
/// # Panics
/// If the calling thread already has a different identity.
pub fn adopt_thread_id(id: u64) {
    THREAD_ID.with(|c| {
        let old = c.get();
        assert!(old == 0 || old == id, "thread already has an identity");
        c.set(id);
    });
}

/// Forgets the calling OS thread's identity and per-thread statistics, so
/// that it can run another weft thread (a pooled OS thread between jobs).
/// The caller must not hold any GIL.
pub fn retire_thread() {
    THREAD_ID.with(|c| c.set(0));
    THREAD_STATS.with(|s| s.borrow_mut().clear());
}

/// A thread queued for the GIL under [`Policy::Fair`].
struct Waiter {
    thread: u64,
    /// Signalled when the GIL has been handed to this thread.
    cv: Arc<Condvar>,
    /// Returning from a blocking call.
    priority: bool,
    since: Instant,
}

struct State {
    locked: bool,
    /// Thread owning the GIL (0 if none). Under `Fair` it is set at handoff,
    /// possibly before the new owner has woken up.
    holder: u64,
    last_holder: u64,
    switch_number: u64,
    /// `Fair`: the queue of waiters. Invariant: empty whenever `!locked`.
    queue: VecDeque<Waiter>,
    /// `Fair`: when the current holder's quantum began; `None` while it holds
    /// the GIL uncontended.
    quantum_start: Option<Instant>,
    /// `CPython`: threads inside `take_gil`'s wait loop.
    waiters: usize,
    stats: GilStats,
}

/// Keeps the breaker word on its own cache line: waiters hammer the mutex,
/// the holder reads the breaker.
#[repr(align(64))]
struct Padded<T>(T);

/// The global interpreter lock of one interpreter. See the crate docs.
pub struct Gil {
    breaker: Padded<AtomicU32>,
    /// Mirror of `State::holder` for lock-free debug checks.
    holder: AtomicU64,
    interval_ns: AtomicU64,
    policy: Policy,
    id: u64,
    state: Mutex<State>,
    /// `CPython`: "the GIL was released" (`gil->cond`).
    cond: Condvar,
    /// `CPython`: "another thread took the GIL" (`gil->switch_cond`).
    switch_cond: Condvar,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new(Policy::Fair)
    }
}

impl fmt::Debug for Gil {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gil")
            .field("policy", &self.policy)
            .field("holder", &self.holder_id())
            .field("breaker", &self.breaker_bits())
            .field("switch_interval", &self.switch_interval())
            .finish()
    }
}

/// Re-acquires the GIL at the end of `allow_threads`, also when `f` panics.
struct Reacquire<'a>(&'a Gil);

impl Drop for Reacquire<'_> {
    fn drop(&mut self) {
        self.0.acquire_after_blocking();
    }
}

impl Gil {
    /// A free GIL with the default switch interval.
    pub fn new(policy: Policy) -> Gil {
        Gil {
            breaker: Padded(AtomicU32::new(0)),
            holder: AtomicU64::new(0),
            interval_ns: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_nanos() as u64),
            policy,
            id: NEXT_GIL_ID.fetch_add(1, Ordering::Relaxed),
            state: Mutex::new(State {
                locked: false,
                holder: 0,
                last_holder: 0,
                switch_number: 0,
                queue: VecDeque::new(),
                quantum_start: None,
                waiters: 0,
                stats: GilStats::default(),
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
        }
    }

    /// The policy chosen at construction.
    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// Blocks until the calling OS thread holds the GIL. A thread must
    /// release the GIL before it exits, or every other thread waits forever.
    ///
    /// # Panics
    /// If the calling thread already holds it.
    pub fn acquire(&self) {
        match self.policy {
            Policy::Fair => self.fair_acquire(false),
            Policy::CPython => self.cpython_take(),
        }
    }

    /// Drops the GIL voluntarily.
    ///
    /// # Panics
    /// If the calling thread does not hold it.
    pub fn release(&self) {
        let me = current_thread_id();
        let mut st = self.state.lock();
        assert_eq!(
            st.holder, me,
            "Gil::release: calling thread does not hold the GIL"
        );
        st.stats.voluntary_drops += 1;
        race_annotations::releasing(self.tag());
        match self.policy {
            Policy::Fair => self.fair_pass_on(&mut st),
            Policy::CPython => self.cpython_drop(&mut st, me),
        }
        drop(st);
        self.thread_stats(|t| t.voluntary_drops += 1);
    }

    /// Releases the GIL, runs `f` (which may block), and re-acquires the GIL
    /// as a thread returning from a blocking call, even if `f` panics.
    ///
    /// The `Send` bounds are the point: the VM's object references are
    /// `!Send`, so the compiler proves that `f` touches no object.
    pub fn allow_threads<R: Send, F: FnOnce() -> R + Send>(&self, f: F) -> R {
        self.release();
        let _reacquire = Reacquire(self);
        f()
    }

    /// Hot path for the eval loop: true when any breaker bit is set.
    #[inline(always)]
    pub fn breaker_set(&self) -> bool {
        self.breaker.0.load(Ordering::Relaxed) != 0
    }

    /// The current breaker bits.
    pub fn breaker_bits(&self) -> u32 {
        self.breaker.0.load(Ordering::Acquire)
    }

    /// Sets breaker bits. Lock-free, hence async-signal-safe: a signal
    /// handler may set [`SIGNAL_PENDING`] (and, to make the holder hand the
    /// GIL on at its next check, [`DROP_REQUEST`]).
    pub fn set_breaker_bit(&self, bit: u32) {
        self.breaker.0.fetch_or(bit, Ordering::AcqRel);
    }

    /// Clears breaker bits. Lock-free, hence async-signal-safe.
    pub fn clear_breaker_bit(&self, bit: u32) {
        self.breaker.0.fetch_and(!bit, Ordering::AcqRel);
    }

    /// Called by the holder when [`DROP_REQUEST`] is set: hands the GIL to a
    /// waiter, waits until another thread has actually taken it, then
    /// re-acquires. Counted as a forced drop. If nobody waits, it just
    /// clears the request and returns with the GIL still held.
    ///
    /// # Panics
    /// If the calling thread does not hold the GIL.
    pub fn yield_to_waiter(&self) {
        let me = current_thread_id();
        let mut st = self.state.lock();
        assert_eq!(
            st.holder, me,
            "Gil::yield_to_waiter: calling thread does not hold the GIL"
        );
        match self.policy {
            Policy::Fair => {
                if st.queue.is_empty() {
                    self.clear_breaker_bit(DROP_REQUEST);
                    return;
                }
                st.stats.forced_drops += 1;
                let start = Instant::now();
                race_annotations::releasing(self.tag());
                self.fair_pass_on(&mut st);
                // To the back of the queue: everyone now waiting goes first.
                let cv = Arc::new(Condvar::new());
                st.queue.push_back(Waiter {
                    thread: me,
                    cv: cv.clone(),
                    priority: false,
                    since: start,
                });
                self.fair_wait(&mut st, me, &cv, false);
                self.finish_wait(st, start, true);
            }
            Policy::CPython => {
                // ceval.c: `if (gil_drop_request) { drop_gil(); take_gil(); }`
                if st.waiters == 0 {
                    self.clear_breaker_bit(DROP_REQUEST);
                    return;
                }
                st.stats.forced_drops += 1;
                race_annotations::releasing(self.tag());
                self.cpython_drop(&mut st, me);
                drop(st);
                self.thread_stats(|t| t.forced_drops += 1);
                self.cpython_take();
            }
        }
    }

    /// The switch interval (`sys.getswitchinterval()`).
    pub fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    /// Sets the switch interval; the caller validates it. Zero behaves as 1 µs.
    pub fn set_switch_interval(&self, d: Duration) {
        let ns = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        self.interval_ns.store(ns, Ordering::Relaxed);
    }

    /// Counters for the whole lock.
    pub fn stats(&self) -> GilStats {
        self.state.lock().stats
    }

    /// Counters for the calling thread on this lock.
    pub fn current_thread_stats(&self) -> ThreadGilStats {
        THREAD_STATS
            .try_with(|v| {
                v.borrow()
                    .iter()
                    .find(|(id, _)| *id == self.id)
                    .map(|(_, s)| *s)
                    .unwrap_or_default()
            })
            .unwrap_or_default()
    }

    /// The [`current_thread_id`] of the thread holding (or, under `Fair`,
    /// just handed) the GIL, if any.
    pub fn holder_id(&self) -> Option<u64> {
        match self.holder.load(Ordering::Relaxed) {
            0 => None,
            id => Some(id),
        }
    }

    /// Whether the calling thread holds the GIL (for debug assertions).
    pub fn is_held_by_current_thread(&self) -> bool {
        self.holder.load(Ordering::Relaxed) == current_thread_id()
    }

    /// Number of threads currently waiting for the GIL.
    pub fn waiting(&self) -> usize {
        let st = self.state.lock();
        match self.policy {
            Policy::Fair => st.queue.len(),
            Policy::CPython => st.waiters,
        }
    }

    // ---- shared helpers -------------------------------------------------

    fn interval(&self) -> Duration {
        self.switch_interval().max(Duration::from_micros(1))
    }

    fn priority_slice(&self) -> Duration {
        (self.interval() / 2).min(MAX_PRIORITY_SLICE)
    }

    /// Sets DROP_REQUEST on behalf of a waiter (state lock held).
    fn request_drop(&self, st: &mut State) {
        let prev = self.breaker.0.fetch_or(DROP_REQUEST, Ordering::AcqRel);
        if prev & DROP_REQUEST == 0 {
            st.stats.drop_requests += 1;
        }
    }

    /// Records that `thread` now owns the GIL (state lock held).
    fn set_holder(&self, st: &mut State, thread: u64) {
        st.locked = true;
        st.holder = thread;
        self.holder.store(thread, Ordering::Release);
        if st.last_holder != thread {
            st.last_holder = thread;
            st.switch_number += 1;
            st.stats.switches += 1;
        }
        st.stats.acquisitions += 1;
    }

    /// Bookkeeping after a wait that ended with the GIL held.
    fn finish_wait(&self, mut st: MutexGuard<'_, State>, start: Instant, forced: bool) {
        let ns = start.elapsed().as_nanos() as u64;
        st.stats.wait_ns_total += ns;
        drop(st);
        race_annotations::acquired(self.tag());
        self.thread_stats(|t| {
            t.acquisitions += 1;
            t.wait_ns_total += ns;
            if forced {
                t.forced_drops += 1;
            }
        });
    }

    /// This lock's identity for the race detector.
    fn tag(&self) -> *const () {
        self as *const Gil as *const ()
    }

    fn thread_stats(&self, f: impl FnOnce(&mut ThreadGilStats)) {
        // `try_with`: during thread teardown the counters may be gone; the
        // lock itself must keep working.
        let _ = THREAD_STATS.try_with(|v| {
            let mut v = v.borrow_mut();
            if let Some((_, s)) = v.iter_mut().find(|(id, _)| *id == self.id) {
                f(s);
            } else {
                let mut s = ThreadGilStats::default();
                f(&mut s);
                v.push((self.id, s));
            }
        });
    }

    fn acquire_after_blocking(&self) {
        match self.policy {
            Policy::Fair => self.fair_acquire(true),
            Policy::CPython => self.cpython_take(),
        }
    }

    // ---- Policy::Fair -----------------------------------------------------

    fn fair_acquire(&self, priority: bool) {
        let me = current_thread_id();
        let mut st = self.state.lock();
        if !st.locked {
            // Fast path. The queue is empty: releasing hands over to waiters.
            self.set_holder(&mut st, me);
            st.quantum_start = None;
            drop(st);
            race_annotations::acquired(self.tag());
            self.thread_stats(|t| t.acquisitions += 1);
            return;
        }
        assert_ne!(
            st.holder, me,
            "Gil::acquire: calling thread already holds the GIL"
        );
        let start = Instant::now();
        let cv = Arc::new(Condvar::new());
        let waiter = Waiter {
            thread: me,
            cv: cv.clone(),
            priority,
            since: start,
        };
        if priority {
            // Ahead of ordinary waiters, behind earlier priority waiters and
            // behind ordinary waiters that already waited a full interval.
            let interval = self.interval();
            let pos = st
                .queue
                .iter()
                .position(|w| !w.priority && start.duration_since(w.since) < interval)
                .unwrap_or(st.queue.len());
            st.queue.insert(pos, waiter);
        } else {
            st.queue.push_back(waiter);
        }
        // Competition starts now if the holder got the GIL uncontended.
        st.quantum_start.get_or_insert(start);
        // A thread back from a blocking call, or just started, often finds
        // the holder about to block or finish: if it is next in line, it
        // watches for the handoff before sleeping. (Further back it would
        // only take a CPU from the threads ahead of it; and a thread yielding
        // on request does not spin either: it waits a quantum.)
        if st.queue.front().is_some_and(|w| w.thread == me) {
            MutexGuard::unlocked(&mut st, || {
                spin::spin_until(|| self.holder.load(Ordering::Acquire) == me)
            });
        }
        self.fair_wait(&mut st, me, &cv, priority);
        self.finish_wait(st, start, false);
    }

    /// Waits (queued) until the GIL has been handed to `me`, asking the
    /// holder to drop once its quantum (or, for a priority waiter, its
    /// minimum slice) is used up.
    fn fair_wait(&self, st: &mut MutexGuard<'_, State>, me: u64, cv: &Condvar, priority: bool) {
        while st.holder != me {
            let slice = if priority {
                self.priority_slice()
            } else {
                self.interval()
            };
            let now = Instant::now();
            let deadline = *st.quantum_start.get_or_insert(now) + slice;
            if now >= deadline {
                self.request_drop(st);
                // Re-check now and then: the holder may be busy in native code.
                cv.wait_for(st, slice);
            } else {
                cv.wait_until(st, deadline);
            }
        }
    }

    /// The holder lets go: hand the GIL to the head of the queue, or free it.
    fn fair_pass_on(&self, st: &mut State) {
        if let Some(w) = st.queue.pop_front() {
            self.set_holder(st, w.thread);
            st.quantum_start = Some(Instant::now());
            w.cv.notify_one();
        } else {
            st.locked = false;
            st.holder = 0;
            self.holder.store(0, Ordering::Relaxed);
            st.quantum_start = None;
        }
        // The GIL changed hands or nobody waits: any pending request is served.
        self.clear_breaker_bit(DROP_REQUEST);
    }

    // ---- Policy::CPython (after ceval_gil.h, 3.11) --------------------------

    /// `take_gil`.
    fn cpython_take(&self) {
        let me = current_thread_id();
        let mut st = self.state.lock();
        assert_ne!(
            st.holder, me,
            "Gil::acquire: calling thread already holds the GIL"
        );
        let start = st.locked.then(Instant::now);
        if st.locked {
            st.waiters += 1;
            while st.locked {
                let saved_switchnum = st.switch_number;
                let timed_out = self.cond.wait_for(&mut st, self.interval()).timed_out();
                // Timed out and no switch meanwhile: ask the holder to drop.
                if timed_out && st.locked && st.switch_number == saved_switchnum {
                    self.request_drop(&mut st);
                }
            }
            st.waiters -= 1;
        }
        self.set_holder(&mut st, me);
        // FORCE_SWITCHING: wake a holder waiting for someone to take over.
        self.switch_cond.notify_all();
        self.clear_breaker_bit(DROP_REQUEST);
        match start {
            Some(start) => self.finish_wait(st, start, false),
            None => {
                drop(st);
                race_annotations::acquired(self.tag());
                self.thread_stats(|t| t.acquisitions += 1);
            }
        }
    }

    /// `drop_gil`, including the FORCE_SWITCHING wait: when a drop was
    /// requested, do not return until another thread has taken the GIL.
    fn cpython_drop(&self, st: &mut MutexGuard<'_, State>, me: u64) {
        st.last_holder = me;
        st.locked = false;
        st.holder = 0;
        self.holder.store(0, Ordering::Relaxed);
        self.cond.notify_one();
        if self.breaker_bits() & DROP_REQUEST != 0 {
            self.clear_breaker_bit(DROP_REQUEST);
            // `waiters > 0` guards against a request set by hand with nobody
            // waiting; CPython cannot get there.
            while st.last_holder == me && st.waiters > 0 {
                self.switch_cond.wait(st);
            }
        }
    }
}

// The VM shares one `Gil` between threads through an `Arc`.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gil>();
};

#[cfg(test)]
mod tests;
