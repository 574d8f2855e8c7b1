//! The daemon's one `/dev/null` descriptor (write-only, close-on-exec), given to a child as
//! fd 1 or 2 when nobody reads that stream (`ProcessConfig::discards_stdout`): opened at
//! daemon start (`fd_slots::reserve`) or at first use, and held for the daemon's life, so
//! a program whose output goes nowhere costs no pipe.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::OnceLock;

use nix::errno::Errno;
use nix::libc;

static DEV_NULL: OnceLock<OwnedFd> = OnceLock::new();

/// The shared descriptor, opened on first use; `Err` is the spawnerr text. It is never 0,
/// 1 or 2 (a `dup2` onto itself would keep close-on-exec and leave the child without it).
pub fn fd(name: &str) -> Result<RawFd, String> {
    if let Some(fd) = DEV_NULL.get() {
        return Ok(fd.as_raw_fd());
    }
    let fd = open().map_err(|e| match e {
        Errno::EMFILE | Errno::ENFILE => format!("too many open files to spawn '{name}'"),
        e => format!(
            "unknown error making dispatchers for '{name}': {}",
            e.desc()
        ),
    })?;
    Ok(DEV_NULL.get_or_init(|| fd).as_raw_fd())
}

/// Opens `/dev/null` for writing at a descriptor ≥ 3, close-on-exec.
fn open() -> Result<OwnedFd, Errno> {
    // SAFETY: open/fcntl on a constant path; each descriptor returned is owned once.
    unsafe {
        let raw = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if raw < 0 {
            return Err(Errno::last());
        }
        let first = OwnedFd::from_raw_fd(raw);
        if raw > 2 {
            return Ok(first);
        }
        let moved = libc::fcntl(raw, libc::F_DUPFD_CLOEXEC, 3);
        if moved < 0 {
            return Err(Errno::last());
        }
        Ok(OwnedFd::from_raw_fd(moved))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_descriptor_above_stdio_for_every_caller() {
        let a = super::fd("a").expect("open /dev/null");
        let b = super::fd("b").expect("again");
        assert_eq!(a, b);
        assert!(a > 2);
        // Write-only and close-on-exec.
        // SAFETY: F_GETFL/F_GETFD on a descriptor this module holds open.
        let (flags, fd_flags) = unsafe {
            (
                nix::libc::fcntl(a, nix::libc::F_GETFL),
                nix::libc::fcntl(a, nix::libc::F_GETFD),
            )
        };
        assert_eq!(flags & nix::libc::O_ACCMODE, nix::libc::O_WRONLY);
        assert_ne!(fd_flags & nix::libc::FD_CLOEXEC, 0);
    }
}
