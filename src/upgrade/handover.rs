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

/// The line `upgrade-check` prints when it could take the state over.
pub const CHECK_OK: &str = "upgrade-check: ok";

/// The dry run of the new binary (`exe upgrade-check --state-fd N`) while it runs: the
/// event loop polls [`Check::fd`] (its stdout and stderr, one pipe) and calls
/// [`Check::read_some`]; the verdict is what it printed, not its exit status (the loop
/// reaps it like any other child).
#[derive(Debug)]
pub struct Check {
    pipe: std::fs::File,
    output: Vec<u8>,
    pid: i32,
    started: Instant,
    /// When the check is given up.
    pub deadline: Instant,
    done: bool,
}

/// Starts the check with the state descriptor inherited (it reads its own copy).
pub fn spawn_check(exe: &Path, state: &OwnedFd) -> Result<Check, String> {
    let (read, write) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| format!("check pipe: {e}"))?;
    // SAFETY: fcntl on a descriptor owned here.
    unsafe { libc::fcntl(read.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK) };
    let err = write.try_clone().map_err(|e| format!("check pipe: {e}"))?;
    let fd = state.as_raw_fd();
    set_cloexec(fd, false).map_err(|e| format!("state descriptor: {e}"))?;
    let started = Instant::now();
    let mut cmd = Command::new(exe);
    cmd.arg("upgrade-check")
        .arg("--state-fd")
        .arg(fd.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::from(write))
        .stderr(Stdio::from(err));
    let child = cmd.spawn();
    drop(cmd); // our copies of the write end: EOF once the check is done
    let _ = set_cloexec(fd, true);
    let child = child.map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    Ok(Check {
        pipe: std::fs::File::from(read),
        output: Vec::new(),
        pid: child.id() as i32,
        started,
        deadline: started + CHECK_TIMEOUT,
        done: false,
    })
}

impl Check {
    /// The descriptor to poll for input.
    pub fn fd(&self) -> RawFd {
        self.pipe.as_raw_fd()
    }

    /// Reads what the check wrote (keeping at most `CHECK_OUTPUT` bytes); true once
    /// its output ended or the deadline passed.
    pub fn read_some(&mut self, now: Instant) -> bool {
        let mut buf = [0u8; 1024];
        loop {
            match self.pipe.read(&mut buf) {
                Ok(0) => {
                    self.done = true;
                    return true;
                }
                Ok(k) => {
                    let room = CHECK_OUTPUT.saturating_sub(self.output.len());
                    self.output.extend_from_slice(&buf[..k.min(room)]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    return now >= self.deadline
                }
                Err(_) => {
                    self.done = true;
                    return true;
                }
            }
        }
    }

    /// How long the check has run.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// `Ok` when the new binary said it can take the state over; else why not. A check
    /// still running at its deadline is killed.
    pub fn verdict(self) -> Result<(), String> {
        if !self.done {
            // SAFETY: kill(2) of our own child, not reaped yet (its output is still open).
            unsafe { libc::kill(self.pid, libc::SIGKILL) };
            return Err(format!(
                "the check did not finish within {}s",
                CHECK_TIMEOUT.as_secs()
            ));
        }
        let text = String::from_utf8_lossy(&self.output);
        if text.lines().any(|l| l.starts_with(CHECK_OK)) {
            Ok(())
        } else {
            Err(format!("the new binary refused the state: {}", text.trim()))
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
    let mut env = env_without(&[STATE_FD_ENV]);
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
    let (argp, envp) = (c_array(&args), c_array(&env));
    // SAFETY: NUL-terminated arrays of valid C strings that outlive the call.
    unsafe { libc::execve(path.as_ptr(), argp.as_ptr(), envp.as_ptr()) };
    let e = std::io::Error::last_os_error();
    restore(&all);
    format!("execve {}: {e}", exe.display())
}

/// This process's environment as `KEY=VALUE` C strings, without the keys in `drop` (and
/// without any pair holding a NUL byte).
pub fn env_without(drop: &[&str]) -> Vec<CString> {
    std::env::vars_os()
        .filter(|(k, _)| !drop.iter().any(|d| k == d))
        .filter_map(|(k, v)| {
            let mut b = k.as_bytes().to_vec();
            b.push(b'=');
            b.extend_from_slice(v.as_bytes());
            CString::new(b).ok()
        })
        .collect()
}

/// The NULL-terminated pointer array `execve` takes, pointing into `strings` (which must
/// outlive its use).
pub fn c_array(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect()
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
