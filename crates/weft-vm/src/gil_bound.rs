//! The one place where weft tells the compiler something it cannot check.
//!
//! Python objects are `Rc`s and `RefCell`s: cheap, but `!Send`, because their
//! reference counts and borrow flags are not atomic. weft still shares them
//! between OS threads, and that is sound for one reason: **a thread touches
//! objects only while it holds the GIL**, and taking or dropping the GIL goes
//! through a mutex, which orders every such access of one thread before those
//! of the next holder (the same argument CPython makes for its plain
//! `ob_refcnt` increments).
//!
//! The rest of the VM keeps that promise by construction: values stay `!Send`,
//! so the only code that runs without the GIL — the closures given to
//! [`crate::Vm::allow_threads`] — cannot capture them (the closure must be
//! `Send`). The single way across is [`GilBound`]: a box that is `Send`
//! whatever it holds, filled and emptied only by a thread that holds the GIL.
//! It carries a new thread's start-up state (the shared runtime, the function
//! to run and its arguments) from the thread that calls `start_new_thread` to
//! the thread that runs it.

use weft_gil::Gil;

/// A value moved to another OS thread, to be opened only under the GIL.
pub struct GilBound<T> {
    value: T,
}

// SAFETY: the contents are only reached through `new` and `into_inner`, and
// both require the calling thread to hold the GIL (checked at run time, see
// the module docs for why that makes the non-atomic reference counts inside
// safe). A `GilBound` that is dropped unopened is dropped by whichever thread
// holds it; every place that creates one opens it or drops it under the GIL.
unsafe impl<T> Send for GilBound<T> {}

impl<T> GilBound<T> {
    /// Packs `value`; the calling thread must hold `gil`.
    pub fn new(value: T, gil: &Gil) -> GilBound<T> {
        assert!(
            gil.is_held_by_current_thread(),
            "GilBound::new without the GIL"
        );
        GilBound { value }
    }

    /// Unpacks the value; the calling thread must hold `gil`.
    pub fn into_inner(self, gil: &Gil) -> T {
        assert!(
            gil.is_held_by_current_thread(),
            "GilBound::into_inner without the GIL"
        );
        self.value
    }
}
