//! How a log path is opened and written: `/dev/stdout` and friends name the daemon's own
//! fd 1 or 2 and are never opened; anything else is opened for appending without blocking
//! in the open (a FIFO without a reader is an error, not a hang), and written whole.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::BorrowedFd;
use std::path::Path;

/// Whether `path` names the daemon's own stdout or stderr (written to fd 1 or 2, never
/// opened).
pub fn is_stdio(path: &Path) -> bool {
    stdio_fd(path).is_some()
}

/// Whether a path names our own stdout/stderr (`/dev/stdout`, `/dev/fd/1`, ...).
pub(super) fn stdio_fd(path: &Path) -> Option<i32> {
    match path.to_str()? {
        "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1" => Some(1),
        "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2" => Some(2),
        _ => None,
    }
}

/// Writes all of `data` to `fd`, retrying on EINTR and short writes.
pub(super) fn write_all_fd(fd: BorrowedFd<'_>, mut data: &[u8]) -> io::Result<()> {
    while !data.is_empty() {
        match nix::unistd::write(fd, data) {
            Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero)),
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(io::Error::from(e)),
        }
    }
    Ok(())
}

/// Opens `path` for appending (or truncated). The open itself does not block: a FIFO
/// without a reader fails with ENXIO (the log then retries as after any failure) instead of
/// holding the loop until a reader comes. A non-regular file is put back in blocking mode
/// after the open (writes to it are as before).
pub(super) fn open_append(path: &Path, truncate: bool) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = OpenOptions::new();
    o.create(true).custom_flags(nix::libc::O_NONBLOCK);
    if truncate {
        o.write(true).truncate(true);
    } else {
        o.append(true);
    }
    o.open(path)
}

/// Puts a non-regular file [`open_append`] opened back in blocking mode (`O_APPEND` kept
/// unless it was opened to truncate), so writes to it are as they always were.
pub(super) fn blocking_again(file: &File, truncate: bool) -> io::Result<()> {
    use nix::fcntl::{fcntl, FcntlArg, OFlag};
    let flags = if truncate {
        OFlag::empty()
    } else {
        OFlag::O_APPEND
    };
    fcntl(file, FcntlArg::F_SETFL(flags))?;
    Ok(())
}
