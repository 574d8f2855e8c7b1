//! The signals supervisord handles, delivered to the event loop through
//! signal-hook: each handler sets its signal's flag, then, unless a byte is already
//! waiting, writes a byte to one shared self-pipe that makes `poll()` return (one write end
//! for all signals: no descriptor per signal). The loop drains the pipe, then takes each flag.

use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};

use nix::errno::Errno;
use nix::libc;

use crate::signals::DAEMON_CAUGHT;

/// One flag per signal of [`DAEMON_CAUGHT`], set by its handler, taken by the loop.
static FLAGS: [AtomicBool; DAEMON_CAUGHT.len()] =
    [const { AtomicBool::new(false) }; DAEMON_CAUGHT.len()];
/// Whether a wake-up byte is in the pipe, not yet drained by [`Signals::take`].
static WOKEN: AtomicBool = AtomicBool::new(false);

/// The read end of the signal self-pipe.
pub struct Signals {
    read: OwnedFd,
}

impl Signals {
    /// Installs the handlers (once per process) and unblocks their signals in the calling
    /// thread: a parent (a shell, a CI harness, a container init) may hand down a mask that
    /// blocks them, and then SIGTERM would never stop us nor SIGCHLD wake the loop.
    pub fn install() -> std::io::Result<Signals> {
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        // The write end lives as long as the process: the handlers may run at any time.
        let write = std::os::fd::IntoRawFd::into_raw_fd(write);
        let mut mask = nix::sys::signal::SigSet::empty();
        for (&sig, flag) in DAEMON_CAUGHT.iter().zip(&FLAGS) {
            let wake = move || {
                flag.store(true, Ordering::SeqCst);
                // One byte wakes the loop for every signal until it takes them: a fleet's
                // exits cost one send, not one each.
                if WOKEN.swap(true, Ordering::SeqCst) {
                    return;
                }
                // SAFETY: send(2) is async-signal-safe.
                let sent =
                    unsafe { libc::send(write, [1u8].as_ptr().cast(), 1, libc::MSG_DONTWAIT) };
                if sent != 1 && Errno::last() != Errno::EAGAIN {
                    // No byte is in the pipe: the next signal tries again.
                    WOKEN.store(false, Ordering::SeqCst);
                }
            };
            // SAFETY: the action only stores an atomic and calls send(2) (signal-hook keeps
            // errno across it).
            unsafe { signal_hook::low_level::register(sig, wake) }?;
            mask.add(nix::sys::signal::Signal::try_from(sig)?);
        }
        mask.thread_unblock()?;
        Ok(Signals {
            read: OwnedFd::from(read),
        })
    }

    /// The fd to poll for readability.
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.read.as_fd()
    }

    /// Drains the pipe and returns the signals received since the last call, in a
    /// fixed order (SIGCHLD first).
    pub fn take(&self) -> Vec<i32> {
        let mut buf = [0u8; 256];
        while matches!(nix::unistd::read(&self.read, &mut buf), Ok(n) if n > 0) {}
        // From here a signal sends a byte again; one that came since the drain has its
        // flag taken below, and at worst its byte makes one empty wake-up.
        WOKEN.store(false, Ordering::SeqCst);
        DAEMON_CAUGHT
            .iter()
            .zip(&FLAGS)
            .filter(|(_, f)| f.swap(false, Ordering::SeqCst))
            .map(|(s, _)| *s)
            .collect()
    }
}
