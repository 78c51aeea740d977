//! Standard input for `input()` and `sys.stdin`: line reads that wait without
//! the GIL and that Ctrl-C interrupts on the main thread.
//!
//! `std::io::stdin()` blocks in read(2), and the kernel restarts that read
//! after weft's SIGINT handler has run (the handler is installed with
//! SA_RESTART), so a main thread waiting for a line would never see
//! KeyboardInterrupt — CPython gets EINTR there and raises it. Here the main
//! thread instead polls standard input together with a *wake pipe*, which the
//! SIGINT waker writes a byte to; other threads simply block in read(2).
//!
//! Bytes read past the end of a line stay in one process-wide buffer, so
//! every reader of standard input sees the same stream.

use crate::vm::Interp;
use parking_lot::Mutex;
use rustix::event::{PollFd, PollFlags};
use rustix::fd::OwnedFd;
use rustix::io::Errno;
use std::sync::OnceLock;

/// What one attempt to read a line ended with.
pub enum LineRead {
    /// A line with its `\n`; without one at end of input; empty at end of input.
    Line(Vec<u8>),
    /// A signal is pending for the main thread; buffered input is kept.
    Interrupted,
    Failed(std::io::Error),
}

/// Bytes read from fd 0 that no reader has taken yet.
static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// The wake pipe (read end, write end), both non-blocking; None if the
/// system would not give one (reads are then not interruptible).
static WAKE_PIPE: OnceLock<Option<(OwnedFd, OwnedFd)>> = OnceLock::new();

fn wake_pipe() -> Option<&'static (OwnedFd, OwnedFd)> {
    WAKE_PIPE
        .get_or_init(|| {
            rustix::pipe::pipe_with(
                rustix::pipe::PipeFlags::CLOEXEC | rustix::pipe::PipeFlags::NONBLOCK,
            )
            .ok()
        })
        .as_ref()
}

/// Makes a main-thread [`read_line`] waiting for input return
/// [`LineRead::Interrupted`] (it re-checks for a pending signal).
pub fn wake_reader() {
    if let Some((_, write_end)) = wake_pipe() {
        // A full pipe already holds a wake-up; nothing is lost.
        let _ = rustix::io::write(write_end, &[1]);
    }
}

/// Reads one line from standard input. With `interrupt` (the main thread's
/// interpreter) the wait ends early once a signal is pending.
pub fn read_line(interrupt: Option<&Interp>) -> LineRead {
    let mut pending = PENDING.lock();
    loop {
        if let Some(end) = pending.iter().position(|&b| b == b'\n') {
            return LineRead::Line(pending.drain(..=end).collect());
        }
        if interrupt.is_some_and(Interp::signal_pending) {
            return LineRead::Interrupted;
        }
        if interrupt.is_some() {
            if let Some((wake_read, _)) = wake_pipe() {
                match wait_readable(wake_read) {
                    Ok(true) => {}
                    // Woken: drained, and the loop looks for the signal.
                    Ok(false) => continue,
                    Err(e) => return LineRead::Failed(e.into()),
                }
            }
        }
        let mut chunk = [0u8; 4096];
        match rustix::io::read(rustix::stdio::stdin(), &mut chunk) {
            Ok(0) => return LineRead::Line(std::mem::take(&mut *pending)),
            Ok(n) => pending.extend_from_slice(&chunk[..n]),
            Err(Errno::INTR) | Err(Errno::AGAIN) => {}
            Err(e) => return LineRead::Failed(e.into()),
        }
    }
}

/// Waits until standard input is readable (true) or the wake pipe has been
/// written to (false, after draining it).
fn wait_readable(wake_read: &OwnedFd) -> rustix::io::Result<bool> {
    let stdin = rustix::stdio::stdin();
    loop {
        let mut fds = [
            PollFd::from_borrowed_fd(stdin, PollFlags::IN),
            PollFd::new(wake_read, PollFlags::IN),
        ];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) => {}
            Err(Errno::INTR) => continue,
            Err(e) => return Err(e),
        }
        if !fds[1].revents().is_empty() {
            let mut sink = [0u8; 64];
            while matches!(rustix::io::read(wake_read, &mut sink), Ok(n) if n > 0) {}
            return Ok(false);
        }
        // Readable, at end of input, or in error: read(2) tells which.
        if !fds[0].revents().is_empty() {
            return Ok(true);
        }
    }
}
