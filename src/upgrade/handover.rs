//! The descriptors of an in-place upgrade: the state document in a memfd, the
//! close-on-exec flag of what is handed over, the dry-run check of the new binary and
//! the `execve` itself.

use std::ffi::{CString, OsString};
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::libc;

use super::state::MAX_BYTES;

/// The environment variable naming the descriptor a starting daemon reads its state from.
pub const STATE_FD_ENV: &str = "SUPERVISORD_UPGRADE_STATE_FD";
/// How long the dry-run check of the new binary may take.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(5);
/// Most stderr bytes of the check kept for the log.
const CHECK_OUTPUT: usize = 4096;

/// Sets or clears `FD_CLOEXEC` on `fd`.
pub fn set_cloexec(fd: RawFd, on: bool) -> std::io::Result<()> {
    // SAFETY: fcntl on a descriptor number; an invalid one fails with EBADF.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let new = if on {
            flags | libc::FD_CLOEXEC
        } else {
            flags & !libc::FD_CLOEXEC
        };
        if libc::fcntl(fd, libc::F_SETFD, new) < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A memfd holding `text` whole, close-on-exec (cleared just before the check and exec).
pub fn write_memfd(text: &str) -> std::io::Result<OwnedFd> {
    // SAFETY: memfd_create with a static name; the descriptor is owned at once.
    let fd = unsafe { libc::memfd_create(c"supervisord-upgrade".as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a fresh descriptor nobody else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    let file = std::fs::File::from(fd);
    file.write_all_at(text.as_bytes(), 0)?;
    Ok(file.into())
}

/// Reads a state document from `fd` from offset 0 (each reader has its own view, so the
/// dry-run check and the daemon read the same bytes), at most [`MAX_BYTES`].
pub fn read_fd(fd: RawFd) -> Result<String, String> {
    // SAFETY: the descriptor was handed to this process for this purpose; it is
    // duplicated so that the caller decides when the original is closed.
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if dup < 0 {
        return Err(format!(
            "state descriptor {fd}: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: a fresh duplicate owned here.
    let file = std::fs::File::from(unsafe { OwnedFd::from_raw_fd(dup) });
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = file
            .read_at(&mut chunk, buf.len() as u64)
            .map_err(|e| format!("reading the state: {e}"))?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() > MAX_BYTES {
            return Err(format!("the state is larger than {MAX_BYTES} bytes"));
        }
    }
    String::from_utf8(buf).map_err(|_| "the state is not UTF-8".to_string())
}

/// The path of the running binary as it is now on disk: `/proc/self/exe`'s target, less
/// the ` (deleted)` the kernel appends once the file was replaced by a rename.
pub fn own_exe() -> std::io::Result<PathBuf> {
    let target = std::fs::read_link("/proc/self/exe")?;
    let bytes = target.as_os_str().as_bytes();
    let bytes = bytes.strip_suffix(b" (deleted)").unwrap_or(bytes);
    Ok(PathBuf::from(std::ffi::OsStr::from_bytes(bytes)))
}

/// Runs `exe upgrade-check --state-fd N` with the state descriptor inherited; `Ok` when it
/// exits 0 within [`CHECK_TIMEOUT`], else why not (its stderr, bounded).
pub fn run_check(exe: &Path, state: &OwnedFd) -> Result<(), String> {
    let fd = state.as_raw_fd();
    set_cloexec(fd, false).map_err(|e| format!("state descriptor: {e}"))?;
    let child = Command::new(exe)
        .arg("upgrade-check")
        .arg("--state-fd")
        .arg(fd.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let _ = set_cloexec(fd, true);
    let mut child = child.map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let mut err = child.stderr.take();
    let output = read_bounded(err.as_mut(), Instant::now() + CHECK_TIMEOUT);
    let status = match output {
        Some(_) => child.wait(),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "the check did not finish within {}s",
                CHECK_TIMEOUT.as_secs()
            ));
        }
    };
    let text = output.unwrap_or_default();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!(
            "the new binary refused the state ({s}): {}",
            text.trim()
        )),
        Err(e) => Err(format!("waiting for the check: {e}")),
    }
}

/// Reads `pipe` to EOF (keeping at most [`CHECK_OUTPUT`] bytes) or `None` at `until`.
fn read_bounded(pipe: Option<&mut std::process::ChildStderr>, until: Instant) -> Option<String> {
    let Some(pipe) = pipe else {
        return Some(String::new());
    };
    let mut kept = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        let mut pfd = libc::pollfd {
            fd: pipe.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, left.as_millis().max(1) as i32) };
        if n < 0 {
            continue; // EINTR
        }
        if n == 0 {
            return None;
        }
        match pipe.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&kept).into_owned()),
            Ok(k) => {
                let room = CHECK_OUTPUT.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..k.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Some(String::from_utf8_lossy(&kept).into_owned()),
        }
    }
}

/// Replaces this process with `exe argv…`, the environment plus [`STATE_FD_ENV`]. Every
/// descriptor in `keep` (and the state) is made inheritable first. Returns only on failure,
/// after making them close-on-exec again.
pub fn exec(exe: &Path, argv: &[OsString], state: &OwnedFd, keep: &[RawFd]) -> String {
    let cstr = |b: &[u8]| CString::new(b.to_vec()).ok();
    let Some(path) = cstr(exe.as_os_str().as_bytes()) else {
        return "the binary path holds a NUL byte".into();
    };
    let args: Option<Vec<CString>> = argv.iter().map(|a| cstr(a.as_bytes())).collect();
    let Some(args) = args else {
        return "an argument holds a NUL byte".into();
    };
    let mut env: Vec<CString> = std::env::vars_os()
        .filter(|(k, _)| k != STATE_FD_ENV)
        .filter_map(|(k, v)| {
            let mut b = k.as_bytes().to_vec();
            b.push(b'=');
            b.extend_from_slice(v.as_bytes());
            CString::new(b).ok()
        })
        .collect();
    env.extend(cstr(
        format!("{STATE_FD_ENV}={}", state.as_raw_fd()).as_bytes(),
    ));
    let all: Vec<RawFd> = keep.iter().copied().chain([state.as_raw_fd()]).collect();
    for &fd in &all {
        if let Err(e) = set_cloexec(fd, false) {
            restore(&all);
            return format!("descriptor {fd}: {e}");
        }
    }
    let argp: Vec<*const libc::c_char> = args
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect();
    let envp: Vec<*const libc::c_char> = env
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect();
    // SAFETY: NUL-terminated arrays of valid C strings that outlive the call.
    unsafe { libc::execve(path.as_ptr(), argp.as_ptr(), envp.as_ptr()) };
    let e = std::io::Error::last_os_error();
    restore(&all);
    format!("execve {}: {e}", exe.display())
}

fn restore(fds: &[RawFd]) {
    for &fd in fds {
        let _ = set_cloexec(fd, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memfd_is_read_back_from_the_start() {
        let fd = write_memfd("hello\nworld\n").expect("memfd");
        assert_eq!(read_fd(fd.as_raw_fd()).as_deref(), Ok("hello\nworld\n"));
        assert_eq!(read_fd(fd.as_raw_fd()).as_deref(), Ok("hello\nworld\n"));
    }

    #[test]
    fn cloexec_toggles() {
        let fd = write_memfd("x").expect("memfd");
        set_cloexec(fd.as_raw_fd(), false).expect("clear");
        // SAFETY: F_GETFD on an owned descriptor.
        let flags = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFD) };
        assert_eq!(flags & libc::FD_CLOEXEC, 0);
        set_cloexec(fd.as_raw_fd(), true).expect("set");
        // SAFETY: as above.
        let flags = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFD) };
        assert_ne!(flags & libc::FD_CLOEXEC, 0);
    }
}
