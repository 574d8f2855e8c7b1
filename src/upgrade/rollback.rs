//! The way back of an in-place upgrade: the old daemon keeps a descriptor of its own
//! binary across the `execve` (its number in the state document); a new binary that cannot
//! take the state over (an error or a panic while adopting) `fexecve`s the old binary
//! through it with the same state, so the old version goes on supervising the children.
//!
//! [`open_own_binary`] runs in the old process before the swap; [`Rollback`] in the new one
//! from reading the state until adoption finished ([`Rollback::arm`] catches a panic,
//! [`Rollback::disarm`] releases the descriptors once adoption succeeded). A daemon
//! started by a rollback finds [`ROLLED_BACK_ENV`] and never rolls back again.

use std::ffi::CString;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;

use nix::libc;

use super::handover::{c_array, env_without, set_cloexec, STATE_FD_ENV};

/// Set by a rollback for the old binary it starts: why the new binary gave up.
pub const ROLLED_BACK_ENV: &str = "SUPERVISORD_UPGRADE_ROLLED_BACK";
/// Test-only (honoured by debug builds only): a new binary with this set fails to adopt
/// the state (`panic` by panicking midway, anything else by an error before adopting).
pub const TEST_FAIL_ADOPT_ENV: &str = "SUPERVISORD_TEST_FAIL_ADOPT";
/// Longest reason carried to the old binary (bytes).
const MAX_WHY: usize = 1024;

/// A descriptor of the running binary (close-on-exec; the swap clears the flag): read-only
/// when the file may be read, else `O_PATH`, which `fexecve` takes as well.
pub fn open_own_binary() -> std::io::Result<OwnedFd> {
    let open = |flags: libc::c_int| {
        // SAFETY: open(2) of a constant path; the descriptor is owned at once.
        let fd = unsafe { libc::open(c"/proc/self/exe".as_ptr(), flags | libc::O_CLOEXEC) };
        if fd < 0 {
            Err(std::io::Error::last_os_error())
        } else {
            // SAFETY: a fresh descriptor nobody else owns.
            Ok(unsafe { OwnedFd::from_raw_fd(fd) })
        }
    };
    open(libc::O_RDONLY).or_else(|_| open(libc::O_PATH))
}

/// Why the previous binary was started again, when this process is such a rollback
/// (the variable is removed: children and later upgrades must not see it).
pub fn rolled_back() -> Option<String> {
    let why = std::env::var_os(ROLLED_BACK_ENV)?;
    std::env::remove_var(ROLLED_BACK_ENV);
    Some(String::from_utf8_lossy(why.as_bytes()).into_owned())
}

/// Whether a test asked this (new) binary to fail adopting the state, and how. Never in
/// release builds, never in a daemon started by a rollback.
pub fn test_fail_adopt() -> Option<String> {
    if !cfg!(debug_assertions) || std::env::var_os(ROLLED_BACK_ENV).is_some() {
        return None;
    }
    std::env::var(TEST_FAIL_ADOPT_ENV).ok()
}

/// What a new daemon process needs to start its predecessor's binary again.
#[derive(Debug, Clone)]
pub struct Rollback {
    exe: RawFd,
    state: RawFd,
    /// Every descriptor the state hands over (made inheritable again before the exec).
    fds: Vec<RawFd>,
    argv: Vec<CString>,
}

impl Rollback {
    /// The rollback of a state read from descriptor `state` that names binary descriptor
    /// `exe` and hands over `fds`.
    pub fn new(exe: RawFd, state: RawFd, fds: Vec<RawFd>) -> Rollback {
        // The old program must not inherit its own binary's descriptor.
        let _ = set_cloexec(exe, true);
        let argv = std::env::args_os()
            .filter_map(|a| CString::new(a.as_bytes().to_vec()).ok())
            .collect();
        Rollback {
            exe,
            state,
            fds,
            argv,
        }
    }

    /// Starts the old binary with the same state, telling it `why`. Returns only if that
    /// failed, saying why.
    pub fn exec(&self, why: &str) -> String {
        let why: String = why
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(MAX_WHY)
            .collect();
        let mut env = env_without(&[STATE_FD_ENV, ROLLED_BACK_ENV]);
        env.extend(CString::new(format!("{STATE_FD_ENV}={}", self.state)).ok());
        env.extend(CString::new(format!("{ROLLED_BACK_ENV}={why}")).ok());
        for &fd in self.fds.iter().chain([&self.state]) {
            let _ = set_cloexec(fd, false);
        }
        let (argp, envp) = (c_array(&self.argv), c_array(&env));
        // SAFETY: NUL-terminated arrays of valid C strings that outlive the call; the
        // binary descriptor is close-on-exec, so the old program does not inherit it.
        unsafe { libc::fexecve(self.exe, argp.as_ptr(), envp.as_ptr()) };
        format!(
            "fexecve of the previous binary: {}",
            std::io::Error::last_os_error()
        )
    }

    /// Until [`Rollback::disarm`], a panic starts the old binary (before unwinding drops
    /// the handed-over descriptors).
    pub fn arm(&self) {
        let rollback = self.clone();
        // No main-log line here (the panic may hold the log's lock): the old binary logs
        // the reason it is given.
        std::panic::set_hook(Box::new(move |info| {
            let why = format!("the new binary panicked while taking over: {info}");
            let failed = rollback.exec(&why);
            eprintln!("{why}; rollback failed: {failed}");
        }));
    }

    /// Adoption succeeded: the default panic hook again, the binary and state
    /// descriptors closed.
    pub fn disarm(self) {
        drop(std::panic::take_hook());
        for fd in [self.exe, self.state] {
            // SAFETY: both were handed to this process for the rollback only.
            drop(unsafe { OwnedFd::from_raw_fd(fd) });
        }
    }
}
