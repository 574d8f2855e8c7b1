//! Spawn on the spawning CPU.
//!
//! `clone(CLONE_VFORK)` suspends the loop thread until the child has exec'd, yet the kernel
//! places a new task on the idlest CPU — on a virtual machine often one that is halted,
//! whose wake-up is up to the host (milliseconds, now and then). The CPU the
//! loop runs on is awake and has nothing else to do until the exec, so the loop thread
//! narrows its affinity to that CPU around the clone; the child, which inherits the narrow
//! mask, puts the daemon's own mask back first thing (a syscall, before exec), so programs
//! run with exactly the affinity they would have had, and the scheduler spreads them as
//! usual from their first wake-up on.
//!
//! Only a lone spawn is pinned (a chain hop, a restart). In a burst (this spawn begins less
//! than [`BURST_GAP`] after the previous one) the loop's CPU is busy with the children just
//! exec'd, which the woken, still narrowed loop thread would wait behind; the other CPU is
//! awake anyway, so a burst spawns unpinned.

use std::cell::Cell;
use std::time::{Duration, Instant};

use nix::libc;

/// Spawns that begin closer together than this are a burst, and not pinned.
pub const BURST_GAP: Duration = Duration::from_millis(1);

thread_local! {
    /// When this thread last asked for a spawn's pin.
    static LAST_SPAWN: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The pin for a spawn beginning now: [`pin_to_current_cpu`] for a lone spawn, `None` in
/// a burst.
pub fn pin_for_spawn(now: Instant) -> Option<Pin> {
    let last = LAST_SPAWN.with(|l| l.replace(Some(now)));
    match last {
        Some(t) if now.saturating_duration_since(t) < BURST_GAP => None,
        _ => pin_to_current_cpu(),
    }
}

/// The loop thread's affinity, saved while it is narrowed to one CPU.
pub struct Pin {
    original: libc::cpu_set_t,
}

/// Narrows the calling thread to the CPU it runs on; `None` when there is nothing to gain
/// (one CPU allowed) or the mask cannot be read or set (e.g. more CPUs than `cpu_set_t`).
pub fn pin_to_current_cpu() -> Option<Pin> {
    // SAFETY: plain syscalls on the calling thread with masks on our own stack.
    unsafe {
        let mut original: libc::cpu_set_t = std::mem::zeroed();
        let size = std::mem::size_of::<libc::cpu_set_t>();
        if libc::sched_getaffinity(0, size, &mut original) != 0 || libc::CPU_COUNT(&original) < 2 {
            return None;
        }
        let cpu = libc::sched_getcpu();
        if cpu < 0 || !libc::CPU_ISSET(cpu as usize, &original) {
            return None;
        }
        let mut one: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu as usize, &mut one);
        if libc::sched_setaffinity(0, size, &one) != 0 {
            return None;
        }
        Some(Pin { original })
    }
}

impl Pin {
    /// Gives the calling thread its saved mask back: one syscall and nothing else, so the
    /// child calls it too, between clone and exec.
    pub fn restore(&self) {
        // SAFETY: a syscall with a mask that this thread had a moment ago.
        unsafe {
            libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &self.original);
        }
    }
}

impl Drop for Pin {
    fn drop(&mut self) {
        self.restore();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask() -> libc::cpu_set_t {
        // SAFETY: reads the calling thread's mask into local storage.
        unsafe {
            let mut m: libc::cpu_set_t = std::mem::zeroed();
            libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut m);
            m
        }
    }

    #[test]
    fn a_spawn_right_after_another_is_not_pinned() {
        // SAFETY: CPU_COUNT reads a local mask.
        let many = unsafe { libc::CPU_COUNT(&mask()) } >= 2;
        let t = Instant::now();
        let first = pin_for_spawn(t + Duration::from_secs(10));
        assert_eq!(
            first.is_some(),
            many,
            "a lone spawn is pinned where it can be"
        );
        drop(first);
        let next = t + Duration::from_secs(10) + BURST_GAP / 2;
        assert!(pin_for_spawn(next).is_none(), "in a burst");
        let later = next + BURST_GAP * 2;
        assert_eq!(pin_for_spawn(later).is_some(), many, "lone again");
    }

    #[test]
    fn pinning_narrows_to_one_cpu_and_dropping_restores_the_mask() {
        let before = mask();
        // SAFETY: CPU_COUNT reads a local mask.
        let n = unsafe { libc::CPU_COUNT(&before) };
        let pin = pin_to_current_cpu();
        if n < 2 {
            assert!(pin.is_none(), "nothing to narrow on one CPU");
            return;
        }
        assert!(pin.is_some());
        // SAFETY: as above.
        assert_eq!(unsafe { libc::CPU_COUNT(&mask()) }, 1);
        drop(pin);
        assert!(before == mask(), "the original mask is back");
    }
}
