//! OS threads for weft's threads, kept warm between uses.
//!
//! Starting an OS thread is mostly kernel work: `clone3`, mapping the stack
//! and its guard page, the signal stack Rust installs, and unmapping all of
//! it at exit (an unmap in a multi-threaded process costs a TLB shootdown on
//! every core). CPython pays that for every `Thread.start()`, softened only
//! by glibc's cache of small stacks. Programs that start many short threads
//! one after another (a thread per task, `Timer`s, thread-pool demos) spend
//! most of their time there.
//!
//! So a weft thread's OS thread does not exit when its job ends: it parks
//! here for a while, and the next thread started with the same stack size
//! runs on it. The job is given everything a fresh thread would have (a new
//! identity, no GIL, no interpreter state: [`weft_gil::retire_thread`] and
//! `blocking::leave_thread` clear the thread-locals between jobs); only the
//! OS-level id (`threading.get_native_id()`) is reused, which the OS does
//! too once a thread has ended.
//!
//! At most [`MAX_IDLE`] threads wait, each for at most [`IDLE_LINGER`]; at
//! process exit idle threads just vanish with it (they hold no locks and
//! no Python objects).

use parking_lot::{Condvar, Mutex};
use std::sync::Arc;
use std::time::Duration;

/// Work for an OS thread: one weft thread's whole life.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// Most OS threads kept parked at once.
const MAX_IDLE: usize = 16;
/// How long a parked OS thread waits for a job before exiting.
const IDLE_LINGER: Duration = Duration::from_secs(2);

/// A parked OS thread: a job is handed over by filling `job` and notifying.
struct Parked {
    stack_size: usize,
    job: Mutex<Option<Job>>,
    ready: Condvar,
}

static IDLE: Mutex<Vec<Arc<Parked>>> = Mutex::new(Vec::new());

/// Runs `job` on an OS thread with a native stack of `stack_size` bytes: a
/// parked one if there is one of that size, else a new one.
pub fn run(stack_size: usize, job: Job) -> std::io::Result<()> {
    let parked = {
        let mut idle = IDLE.lock();
        idle.iter()
            .rposition(|p| p.stack_size == stack_size)
            .map(|i| idle.swap_remove(i))
    };
    match parked {
        Some(p) => {
            *p.job.lock() = Some(job);
            p.ready.notify_one();
            Ok(())
        }
        None => std::thread::Builder::new()
            .stack_size(stack_size)
            .spawn(move || serve(stack_size, job))
            .map(drop),
    }
}

/// The body of every pooled OS thread: run jobs until none comes in time.
fn serve(stack_size: usize, first: Job) {
    let mut job = first;
    loop {
        job();
        match park(stack_size) {
            Some(next) => job = next,
            None => return,
        }
    }
}

/// Waits, listed as idle, for the next job; None if the pool is full or
/// no job came within [`IDLE_LINGER`].
fn park(stack_size: usize) -> Option<Job> {
    let me = Arc::new(Parked {
        stack_size,
        job: Mutex::new(None),
        ready: Condvar::new(),
    });
    {
        let mut idle = IDLE.lock();
        if idle.len() >= MAX_IDLE {
            return None;
        }
        idle.push(me.clone());
    }
    // Programs that start threads one after another hand the next job over
    // within microseconds: watch for it before sleeping.
    weft_gil::spin::spin_until(|| me.job.lock().is_some());
    let mut slot = me.job.lock();
    if slot.is_none() {
        me.ready.wait_for(&mut slot, IDLE_LINGER);
    }
    if let Some(job) = slot.take() {
        return Some(job);
    }
    drop(slot);
    // Timed out: leave the idle list, unless a starter has just taken us
    // from it, in which case its job is on the way.
    {
        let mut idle = IDLE.lock();
        if let Some(i) = idle.iter().position(|p| Arc::ptr_eq(p, &me)) {
            idle.swap_remove(i);
            return None;
        }
    }
    let mut slot = me.job.lock();
    while slot.is_none() {
        me.ready.wait(&mut slot);
    }
    slot.take()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn jobs_run_and_os_threads_are_reused() {
        let (tx, rx) = mpsc::channel();
        for i in 0..20 {
            let tx = tx.clone();
            run(
                1 << 20,
                Box::new(move || tx.send((i, std::thread::current().id())).unwrap()),
            )
            .unwrap();
            // One after another: the second job onwards can find a parked thread.
            let (got, _) = rx.recv().unwrap();
            assert_eq!(got, i);
        }
        let (tx2, rx2) = mpsc::channel();
        let mut ids = std::collections::HashSet::new();
        for _ in 0..10 {
            let tx2 = tx2.clone();
            run(
                1 << 20,
                Box::new(move || tx2.send(std::thread::current().id()).unwrap()),
            )
            .unwrap();
            ids.insert(rx2.recv().unwrap());
            // Give the finished thread time to park itself.
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(ids.len() < 10, "no OS thread was reused");
    }

    #[test]
    fn different_stack_sizes_get_their_own_threads() {
        let (tx, rx) = mpsc::channel();
        for size in [1 << 20, 2 << 20, 1 << 20] {
            let tx = tx.clone();
            run(size, Box::new(move || tx.send(size).unwrap())).unwrap();
            assert_eq!(rx.recv().unwrap(), size);
        }
    }
}
