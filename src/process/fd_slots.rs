//! Low descriptor numbers reserved at daemon start for the descriptors a spawn hands its
//! child, so the child can start from a small copy of the daemon's descriptor table.
//!
//! A child made by `clone` without `CLONE_FILES` gets a copy of the whole table and must
//! close every inherited descriptor before exec: with thousands of running programs that
//! is thousands of copies and closes per spawn, in the kernel, while the loop waits (the
//! vfork). Instead the child's ends (stdin, stdout, stderr, the exec-status pipe, a
//! readiness descriptor) are duplicated onto these reserved numbers, the child shares the
//! table (`CLONE_FILES`) and its first syscall, `close_range(top, ~0,
//! CLOSE_RANGE_UNSHARE)`, gives it a private table holding only the descriptors below
//! `top`. After the clone returns, the slots are pointed at `/dev/null` again, so the
//! daemon keeps no reference to the child's ends.

use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use nix::libc;

/// Slots: stdin, stdout, stderr, exec status, readiness descriptor.
pub const SLOTS: usize = 5;

static RESERVED: OnceLock<[OwnedFd; SLOTS]> = OnceLock::new();
/// Set when a slot could not be pointed back at `/dev/null`: slots are no longer used.
static BROKEN: AtomicBool = AtomicBool::new(false);

/// Reserves the slots: the lowest free descriptor numbers now, each a close-on-exec
/// `/dev/null`. Call early, while few descriptors are open. Best effort: without slots,
/// spawns copy the whole table as before.
pub fn reserve() {
    let null = |_| -> Option<OwnedFd> {
        let fd = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/null")
            .ok()?;
        Some(OwnedFd::from(fd))
    };
    let fds: Option<Vec<OwnedFd>> = (0..SLOTS).map(null).collect();
    if let Some(Ok(slots)) = fds.map(<[OwnedFd; SLOTS]>::try_from) {
        let _ = RESERVED.set(slots);
    }
    // The shared /dev/null the slots are pointed back at (also a discarded stream's
    // target) is opened now too: the daemon's descriptors do not change at its first use.
    let _ = super::devnull::fd("");
}

/// The descriptors of one spawn, lent to the slots until dropped.
pub struct Lent {
    slots: &'static [OwnedFd; SLOTS],
    /// One past the highest slot: the child keeps the descriptors below it.
    pub top: RawFd,
}

/// `dup3(src, dst, O_CLOEXEC)`, retried on EINTR/EBUSY; false on failure.
fn dup_onto(src: RawFd, dst: RawFd) -> bool {
    loop {
        // SAFETY: dup3 onto a descriptor number this module owns.
        if unsafe { libc::dup3(src, dst, libc::O_CLOEXEC) } >= 0 {
            return true;
        }
        let e = nix::errno::Errno::last();
        if e != nix::errno::Errno::EINTR && e != nix::errno::Errno::EBUSY {
            return false;
        }
    }
}

/// Duplicates each of `fds` (`-1`: unused) onto its slot; `None` (nothing lent) when the
/// slots are not reserved or a duplication failed. Returns the slot numbers in order.
pub fn lend(fds: [RawFd; SLOTS]) -> Option<(Lent, [RawFd; SLOTS])> {
    let slots = RESERVED.get().filter(|_| !BROKEN.load(Ordering::Relaxed))?;
    let lent = Lent {
        slots,
        top: slots.iter().map(|s| s.as_raw_fd()).max()? + 1,
    };
    let mut at = [-1; SLOTS];
    for (i, &fd) in fds.iter().enumerate() {
        if fd >= 0 {
            let slot = slots[i].as_raw_fd();
            if !dup_onto(fd, slot) {
                return None; // `lent` drops here: every slot back to /dev/null
            }
            at[i] = slot;
        }
    }
    Some((lent, at))
}

impl Drop for Lent {
    fn drop(&mut self) {
        let Ok(null) = super::devnull::fd("") else {
            BROKEN.store(true, Ordering::Relaxed);
            return;
        };
        for s in self.slots {
            if !dup_onto(null, s.as_raw_fd()) {
                BROKEN.store(true, Ordering::Relaxed);
            }
        }
    }
}

/// In a child sharing the daemon's table (`CLONE_FILES`): a private table with only the
/// descriptors below `top`, nothing else copied or closed; `unshare(CLONE_FILES)` (a whole
/// copy) where `CLOSE_RANGE_UNSHARE` is missing. False when neither worked: the table is
/// still shared and the child must not touch it.
///
/// # Safety
/// Syscalls only; for the child between clone and exec.
pub unsafe fn unshare_below(top: RawFd) -> bool {
    libc::close_range(
        top as libc::c_uint,
        libc::c_uint::MAX,
        libc::CLOSE_RANGE_UNSHARE as libc::c_int,
    ) == 0
        || libc::unshare(libc::CLONE_FILES) == 0
}

/// Closes every fd ≥ 3 except the ones in `keep` (-1 = unused): close_range between
/// them, else a loop to minfds.
///
/// # Safety
/// Syscalls only; for the child between clone and exec.
pub unsafe fn close_from_3(keep: [RawFd; 2], minfds: libc::c_uint) {
    let (a, b) = (keep[0].min(keep[1]), keep[0].max(keep[1]));
    let mut ok = true;
    let mut from: libc::c_uint = 3;
    for k in [a, b] {
        if k < 3 {
            continue;
        }
        let k = k as libc::c_uint;
        if k > from {
            ok &= libc::close_range(from, k - 1, 0) == 0;
        }
        from = from.max(k + 1);
    }
    ok &= libc::close_range(from, libc::c_uint::MAX, 0) == 0;
    if !ok {
        for fd in 3..minfds.max(1024) {
            if fd as RawFd != keep[0] && fd as RawFd != keep[1] {
                libc::close(fd as RawFd);
            }
        }
    }
}
