//! Signal dispositions across a spawn: which signals the daemon does not leave at their
//! default, and the child's reset of those (between clone and exec: syscalls only).

use nix::libc;

/// The kernel's `struct sigaction` for `rt_sigaction` (x86-64/aarch64 layout).
#[repr(C)]
struct KernelSigaction {
    handler: libc::sighandler_t,
    flags: libc::c_ulong,
    restorer: usize,
    mask: u64,
}

/// The default action, nothing blocked while it runs.
const DFL: KernelSigaction = KernelSigaction {
    handler: libc::SIG_DFL,
    flags: 0,
    restorer: 0,
    mask: 0,
};

/// `rt_sigaction` with the kernel's struct (the raw syscall also reaches glibc's internal
/// signals 32/33, which the libc wrapper refuses to touch but which may arrive ignored
/// from our own parent).
unsafe fn raw_sigaction(sig: i32, new: *const KernelSigaction, old: *mut KernelSigaction) -> i64 {
    libc::syscall(libc::SYS_rt_sigaction, sig, new, old, 8)
}

/// Bit `sig - 1` set for each signal whose disposition is not the default: those a child
/// must reset before it unblocks signals (a handler would run in the child, on the
/// daemon's memory; an ignored signal would stay ignored across exec). Read at the first
/// spawn (the daemon sets its dispositions while it starts), with the signals the daemon
/// catches (`signals::DAEMON_CAUGHT`) or ignores (SIGPIPE, the Rust runtime's
/// SIGSEGV/SIGBUS handlers) always included.
pub fn non_default() -> u64 {
    static MASK: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MASK.get_or_init(read_non_default)
}

/// [`non_default`], read now.
fn read_non_default() -> u64 {
    let always = crate::signals::DAEMON_CAUGHT.into_iter().chain([
        libc::SIGPIPE,
        libc::SIGSEGV,
        libc::SIGBUS,
    ]);
    let mut mask = always.fold(0u64, |m, sig| m | 1 << (sig - 1));
    for sig in 1..65 {
        let mut old = DFL;
        // SAFETY: a query (no new action) into our own struct.
        let rc = unsafe { raw_sigaction(sig, std::ptr::null(), &mut old) };
        if rc != 0 || old.handler != libc::SIG_DFL {
            mask |= 1 << (sig - 1);
        }
    }
    mask
}

/// In the child: every signal back to its default action, none blocked. `reset` is
/// [`non_default`], read in the parent: the others already are at their default.
pub unsafe fn reset(reset: u64) {
    for sig in 1..65 {
        if reset & (1 << (sig - 1)) != 0 && sig != libc::SIGKILL && sig != libc::SIGSTOP {
            raw_sigaction(sig, &DFL, std::ptr::null_mut());
        }
    }
    let mut empty: libc::sigset_t = std::mem::zeroed();
    libc::sigemptyset(&mut empty);
    libc::pthread_sigmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_daemon_catches_or_ignores_is_reset_in_the_child() {
        let mask = non_default();
        for sig in [libc::SIGCHLD, libc::SIGTERM, libc::SIGPIPE, libc::SIGUSR2] {
            assert_ne!(mask & 1 << (sig - 1), 0, "signal {sig}");
        }
    }

    #[test]
    fn a_signal_ignored_from_elsewhere_is_reset_too() {
        // SIGURG's default action is to ignore it: no harm to the test process either way.
        let bit = 1u64 << (libc::SIGURG - 1);
        assert_eq!(read_non_default() & bit, 0, "SIGURG starts at its default");
        // SAFETY: process-wide dispositions of a signal nothing here uses.
        unsafe { libc::signal(libc::SIGURG, libc::SIG_IGN) };
        let ignored = read_non_default();
        unsafe { libc::signal(libc::SIGURG, libc::SIG_DFL) };
        assert_ne!(ignored & bit, 0, "an ignored SIGURG is reset in the child");
    }
}
