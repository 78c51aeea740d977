//! Tells valgrind's Helgrind where the GIL orders memory accesses.
//!
//! The GIL is built on `parking_lot`, which waits on futexes directly, so a
//! race detector that understands only pthread primitives cannot see that
//! everything one thread did while holding the GIL happens before what the
//! next holder does — and reports every object access as a race. With the
//! `helgrind` feature, each release of the GIL is announced as
//! `ANNOTATE_HAPPENS_BEFORE(gil)` and each acquisition as
//! `ANNOTATE_HAPPENS_AFTER(gil)` (Helgrind's "user synchronisation object"
//! client requests), so what remains in a Helgrind report is a real
//! candidate race: memory touched by two threads with no GIL handoff
//! between. Without the feature these functions are empty and vanish.
//!
//! A client request is a no-op instruction sequence that valgrind's JIT
//! recognises: on a real CPU the four rotations of `rdi` add up to 128 bits
//! (`rdi` unchanged) and `xchg rbx, rbx` does nothing. This is the only
//! `unsafe` in the crate, and only in the feature build.

#[cfg(all(feature = "helgrind", target_arch = "x86_64"))]
mod imp {
    /// `VG_USERREQ_TOOL_BASE('H', 'G')`.
    const HELGRIND_BASE: u64 = (b'H' as u64) << 24 | (b'G' as u64) << 16;
    /// `_VG_USERREQ__HG_USERSO_SEND_PRE` (ANNOTATE_HAPPENS_BEFORE).
    const USERSO_SEND_PRE: u64 = HELGRIND_BASE + 289;
    /// `_VG_USERREQ__HG_USERSO_RECV_POST` (ANNOTATE_HAPPENS_AFTER).
    const USERSO_RECV_POST: u64 = HELGRIND_BASE + 290;

    fn client_request(request: u64, arg: usize) {
        let args: [u64; 6] = [request, arg as u64, 0, 0, 0, 0];
        // SAFETY: the sequence only rotates rdi by a multiple of 64 bits
        // and exchanges rbx with itself; valgrind reads `args` through rax
        // and may write its answer to rdx, both declared here.
        unsafe {
            core::arch::asm!(
                "rol rdi, 3",
                "rol rdi, 13",
                "rol rdi, 61",
                "rol rdi, 51",
                "xchg rbx, rbx",
                inout("rdx") 0u64 => _,
                in("rax") args.as_ptr(),
                inout("rdi") 0u64 => _,
                options(nostack),
            );
        }
    }

    pub fn happens_before(tag: *const ()) {
        client_request(USERSO_SEND_PRE, tag as usize);
    }

    pub fn happens_after(tag: *const ()) {
        client_request(USERSO_RECV_POST, tag as usize);
    }
}

#[cfg(not(all(feature = "helgrind", target_arch = "x86_64")))]
mod imp {
    #[inline(always)]
    pub fn happens_before(_tag: *const ()) {}
    #[inline(always)]
    pub fn happens_after(_tag: *const ()) {}
}

/// The calling thread is about to give up the GIL identified by `tag`.
#[inline(always)]
pub fn releasing(tag: *const ()) {
    imp::happens_before(tag);
}

/// The calling thread has just obtained the GIL identified by `tag`.
#[inline(always)]
pub fn acquired(tag: *const ()) {
    imp::happens_after(tag);
}
