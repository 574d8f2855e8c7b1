//! Scheduling priority of the event loop and of the children it starts.
//!
//! Supervision timers (startsecs, stopwaitsecs, backoff, chain hops) fire when the loop gets
//! the CPU. Under load (a request flood, a busy host) a loop at the same priority as
//! everything else waits its turn in the scheduler for milliseconds. So the loop thread runs
//! `LOOP_BOOST` nice levels above the daemon's own priority when it may (root or
//! CAP_SYS_NICE; otherwise it stays as it is, silently), the HTTP threads run at nice 10
//! (src/http/server.rs), and every child is put back to the daemon's original nice before
//! exec — so programs run exactly as under Python supervisord, which never changes it.

use std::sync::atomic::{AtomicI32, Ordering};

use nix::libc;

/// How many nice levels the loop thread is raised by.
pub const LOOP_BOOST: i32 = 5;

/// The nice children get; `UNSET` while the loop runs at the daemon's own priority.
static CHILD_NICE: AtomicI32 = AtomicI32::new(UNSET);
const UNSET: i32 = i32::MIN;

/// The nice a loop thread at `base` asks for (the kernel clamps to -20).
pub fn boosted(base: i32) -> i32 {
    (base - LOOP_BOOST).max(-20)
}

/// Raises the calling thread (the event loop's) by `LOOP_BOOST`; records the original nice
/// for children when that worked. Returns whether it did.
pub fn boost_loop_thread() -> bool {
    // SAFETY: plain syscalls on the calling thread; errno is cleared first because -1 is a
    // valid getpriority result.
    unsafe {
        *libc::__errno_location() = 0;
        let base = libc::getpriority(libc::PRIO_PROCESS, 0);
        if base == -1 && *libc::__errno_location() != 0 {
            return false;
        }
        let want = boosted(base);
        if want == base {
            return false;
        }
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        if libc::setpriority(libc::PRIO_PROCESS, tid, want) != 0 {
            return false;
        }
        CHILD_NICE.store(base, Ordering::SeqCst);
        true
    }
}

/// The nice a child must be given before exec, when the loop runs boosted.
pub fn child_nice() -> Option<i32> {
    let n = CHILD_NICE.load(Ordering::SeqCst);
    (n != UNSET).then_some(n)
}

/// In a child between fork and exec: back to the daemon's original nice. A plain syscall,
/// safe there.
///
/// # Safety
/// Only a syscall; callable between fork and exec.
pub unsafe fn restore_in_child(nice: Option<i32>) {
    if let Some(n) = nice {
        libc::setpriority(libc::PRIO_PROCESS, 0, n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_boost_is_five_levels_clamped_at_minus_twenty() {
        assert_eq!(boosted(0), -5);
        assert_eq!(boosted(10), 5);
        assert_eq!(boosted(-18), -20);
        assert_eq!(boosted(-20), -20);
    }
}
