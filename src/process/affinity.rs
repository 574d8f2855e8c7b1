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

use nix::libc;

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
