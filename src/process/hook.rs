//! `pre_start_hook` / `pre_stop_hook` (Go port keys): a command run by `/bin/sh -c` before
//! each spawn or before the first stop signal. The hook is a child of the daemon that the
//! event loop reaps like any other; its stdout and stderr share one non-blocking pipe in
//! the loop's poll set, of which the first [`KEPT_OUTPUT`] bytes go to the main log with
//! its exit status. A hook still running at its timeout (`hook_timeout`, default 60 s as
//! in the Go port) is killed and counts as failed.
//!
//! The Go port runs hooks synchronously (its start or stop waits) and only logs a failing
//! hook; here a failing `pre_start_hook` fails that start like a spawn error (BACKOFF,
//! then FATAL after `startretries`), and a failing `pre_stop_hook` is logged and the stop
//! goes on.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use nix::fcntl::OFlag;

/// Default `hook_timeout`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Bytes of a hook's output kept for the main log (the rest is read and dropped).
pub const KEPT_OUTPUT: usize = 2048;
/// Most bytes read from a hook's pipe per wake-up.
const READ_SLICE: usize = 64 * 1024;

/// Which hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    PreStart,
    PreStop,
}

impl HookKind {
    /// The kind named by its config key.
    pub fn from_key(key: &str) -> Option<HookKind> {
        match key {
            "pre_start_hook" => Some(HookKind::PreStart),
            "pre_stop_hook" => Some(HookKind::PreStop),
            _ => None,
        }
    }

    /// The config key.
    pub fn key(self) -> &'static str {
        match self {
            HookKind::PreStart => "pre_start_hook",
            HookKind::PreStop => "pre_stop_hook",
        }
    }
}

/// A hook under way.
#[derive(Debug)]
pub struct Hook {
    pub kind: HookKind,
    pid: i32,
    /// The read end of its output pipe, until EOF.
    output: Option<OwnedFd>,
    kept: Vec<u8>,
    dropped: usize,
    deadline: Instant,
}

/// A hook under way as an in-place upgrade hands it over (its output pipe by number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookCarry {
    pub kind: HookKind,
    pub pid: i32,
    pub output: Option<RawFd>,
    pub deadline: Instant,
    pub kept: Vec<u8>,
    pub dropped: usize,
}

/// How a hook ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    pub kind: HookKind,
    /// Exit status 0.
    pub ok: bool,
    /// `exit status N`, `killed by SIGX` or `timed out after N s`.
    pub how: String,
    /// Its output (up to [`KEPT_OUTPUT`] bytes, lossy UTF-8, trimmed).
    pub output: String,
}

impl Hook {
    /// Starts `command` under `/bin/sh -c`.
    pub fn start(
        kind: HookKind,
        command: &str,
        timeout: Duration,
        now: Instant,
    ) -> io::Result<Hook> {
        let (read, write) = nix::unistd::pipe2(OFlag::O_CLOEXEC)?;
        set_nonblocking(&read)?;
        let write2 = write.try_clone()?;
        let mut cmd = crate::liveness::probe::shell(command);
        cmd.stdout(std::process::Stdio::from(write))
            .stderr(std::process::Stdio::from(write2))
            .stdin(std::process::Stdio::null());
        let pid = spawn(cmd)?;
        Ok(Hook {
            kind,
            pid,
            output: Some(read),
            kept: Vec::new(),
            dropped: 0,
            deadline: now.checked_add(timeout).unwrap_or(now),
        })
    }

    /// What an in-place upgrade hands over.
    pub fn carry(&self) -> HookCarry {
        HookCarry {
            kind: self.kind,
            pid: self.pid,
            output: self.poll_fd(),
            deadline: self.deadline,
            kept: self.kept.clone(),
            dropped: self.dropped,
        }
    }

    /// A hook handed over by an in-place upgrade, its output pipe owned again.
    pub fn adopted(c: HookCarry, output: Option<OwnedFd>) -> Hook {
        let mut kept = c.kept;
        kept.truncate(KEPT_OUTPUT);
        Hook {
            kind: c.kind,
            pid: c.pid,
            output,
            kept,
            dropped: c.dropped,
            deadline: c.deadline,
        }
    }

    /// Its pid (the reaper hands its exit to [`Hook::exited`]).
    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// When it times out.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// The output pipe to poll for POLLIN, until EOF.
    pub fn poll_fd(&self) -> Option<RawFd> {
        self.output.as_ref().map(|fd| fd.as_raw_fd())
    }

    /// Reads what the pipe holds (bounded per call); EOF closes it.
    pub fn on_readable(&mut self) {
        let Some(fd) = &self.output else {
            return;
        };
        let mut buf = [0u8; 4096];
        let mut taken = 0;
        while taken < READ_SLICE {
            match nix::unistd::read(fd, &mut buf) {
                Ok(0) => {
                    self.output = None;
                    return;
                }
                Ok(n) => {
                    taken += n;
                    let room = KEPT_OUTPUT.saturating_sub(self.kept.len()).min(n);
                    self.kept.extend_from_slice(&buf[..room]);
                    self.dropped += n - room;
                }
                Err(nix::errno::Errno::EINTR) => continue,
                Err(nix::errno::Errno::EAGAIN) => return,
                Err(_) => {
                    self.output = None;
                    return;
                }
            }
        }
    }

    /// It was reaped with `status` (`Exit::status`) described as `how`.
    pub fn exited(mut self, status: i32, how: String) -> Finished {
        self.on_readable();
        self.finished(status == 0, how)
    }

    /// Its timeout passed: kills it (the loop reaps it later as an unknown pid).
    pub fn time_out(mut self, timeout: Duration) -> Finished {
        self.kill();
        self.on_readable();
        self.finished(
            false,
            format!("timed out after {} s", timeout.as_secs_f64()),
        )
    }

    /// Kills it (a stop while a pre_start_hook runs, a removed program).
    pub fn kill(&self) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.pid),
            nix::sys::signal::Signal::SIGKILL,
        );
    }

    fn finished(&self, ok: bool, how: String) -> Finished {
        let mut output = String::from_utf8_lossy(&self.kept).trim().to_string();
        if self.dropped > 0 {
            output.push_str(&format!(" [{} more bytes]", self.dropped));
        }
        Finished {
            kind: self.kind,
            ok,
            how,
            output,
        }
    }
}

impl Finished {
    /// The main-log line (`name` is the program's).
    pub fn log_line(&self, name: &str) -> String {
        let result = if self.ok { "succeeded" } else { "failed" };
        let mut line = format!("{} of {name} {result} ({})", self.kind.key(), self.how);
        if !self.output.is_empty() {
            line.push_str(": ");
            line.push_str(&self.output);
        }
        line
    }
}

fn set_nonblocking(fd: &OwnedFd) -> io::Result<()> {
    use nix::fcntl::{fcntl, FcntlArg};
    let flags = OFlag::from_bits_truncate(fcntl(fd, FcntlArg::F_GETFL)?);
    fcntl(fd, FcntlArg::F_SETFL(flags | OFlag::O_NONBLOCK))?;
    Ok(())
}

fn spawn(mut cmd: std::process::Command) -> io::Result<i32> {
    use std::os::unix::process::CommandExt;
    if let Some(nice) = crate::nice::child_nice() {
        // SAFETY: the hook only makes one syscall (see nice::restore_in_child).
        unsafe {
            cmd.pre_exec(move || {
                crate::nice::restore_in_child(Some(nice));
                Ok(())
            });
        }
    }
    Ok(cmd.spawn()?.id() as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(command: &str) -> Finished {
        let mut h =
            Hook::start(HookKind::PreStart, command, DEFAULT_TIMEOUT, Instant::now()).unwrap();
        let pid = nix::unistd::Pid::from_raw(h.pid());
        while h.poll_fd().is_some() {
            h.on_readable();
            std::thread::sleep(Duration::from_millis(1));
        }
        let status = match nix::sys::wait::waitpid(pid, None).unwrap() {
            nix::sys::wait::WaitStatus::Exited(_, c) => c,
            _ => -1,
        };
        h.on_readable();
        h.exited(status, format!("exit status {status}"))
    }

    #[test]
    fn output_and_status_reach_the_log_line() {
        let f = run("echo out; echo err >&2; exit 3");
        assert!(!f.ok);
        assert_eq!(
            f.log_line("app"),
            "pre_start_hook of app failed (exit status 3): out\nerr"
        );
        let f = run("true");
        assert_eq!(
            f.log_line("app"),
            "pre_start_hook of app succeeded (exit status 0)"
        );
    }

    #[test]
    fn output_is_bounded() {
        let f = run("head -c 100000 /dev/zero | tr '\\0' x");
        assert!(f.ok);
        assert!(f.output.len() < KEPT_OUTPUT + 40, "{}", f.output.len());
        assert!(f
            .output
            .ends_with(&format!("[{} more bytes]", 100000 - KEPT_OUTPUT)));
    }
}
