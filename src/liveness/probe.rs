//! The live side of a liveness check: the socket or child of the check under way. The
//! event loop polls [`Checker::poll_fd`], calls [`Checker::on_event`] when it is ready,
//! wakes at [`Checker::deadline`] for [`Checker::on_timer`], and hands the exit of
//! [`Checker::child_pid`] to [`Checker::child_exited`]. Nothing blocks: connects are
//! non-blocking, commands and `curl` are children reaped by the loop's `waitpid(-1)`.

use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::time::Instant;

use nix::poll::PollFlags;
use nix::sys::socket::{getsockopt, sockopt};

use super::state::{Liveness, Outcome, Tally};
use super::{http_alive, LivenessConfig, Target};
use crate::readiness::probe::start_connect;

/// Most bytes of an HTTP answer read before the status line must have come.
const MAX_RESPONSE: usize = 8192;

/// A finished check: what it means and, for a failure, why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub outcome: Outcome,
    pub reason: String,
}

#[derive(Debug)]
enum Attempt {
    Tcp(OwnedFd),
    Http {
        sock: std::net::TcpStream,
        sent: usize,
        response: Vec<u8>,
    },
    Child(i32),
}

/// One RUNNING process's liveness check.
#[derive(Debug)]
pub struct Checker {
    config: LivenessConfig,
    state: Liveness,
    attempt: Option<Attempt>,
}

impl Checker {
    /// The program just became RUNNING at `now`.
    pub fn new(config: &LivenessConfig, now: Instant) -> Checker {
        Checker {
            state: Liveness::new(now, config),
            config: config.clone(),
            attempt: None,
        }
    }

    /// A check handed over by an in-place upgrade (`Liveness::carry`): the next one due at
    /// `at`, with its counters.
    pub fn resumed(config: &LivenessConfig, at: Instant, tally: Tally) -> Checker {
        Checker {
            state: Liveness::resumed(at, tally),
            config: config.clone(),
            attempt: None,
        }
    }

    /// When the next check is due (or the one under way was) and the counters.
    pub fn carry(&self) -> (Instant, Tally) {
        self.state.carry()
    }

    /// The check's config.
    pub fn config(&self) -> &LivenessConfig {
        &self.config
    }

    /// The next check, or the timeout of the one under way.
    pub fn deadline(&self) -> Instant {
        self.state.deadline()
    }

    /// The descriptor to poll and for what, if any.
    pub fn poll_fd(&self) -> Option<(RawFd, PollFlags)> {
        match self.attempt.as_ref()? {
            Attempt::Tcp(fd) => Some((fd.as_raw_fd(), PollFlags::POLLOUT)),
            Attempt::Http { sock, sent, .. } => {
                let flags = match &self.config.target {
                    Target::Http(h) if *sent < h.request.len() => PollFlags::POLLOUT,
                    _ => PollFlags::POLLIN,
                };
                Some((sock.as_raw_fd(), flags))
            }
            Attempt::Child(_) => None,
        }
    }

    /// The pid of a running command or `curl` check.
    pub fn child_pid(&self) -> Option<i32> {
        match self.attempt {
            Some(Attempt::Child(pid)) => Some(pid),
            _ => None,
        }
    }

    /// The deadline came: times out the check under way, or starts the next one.
    pub fn on_timer(&mut self, now: Instant) -> Option<Report> {
        if self.state.timed_out(now) {
            if let Some(Attempt::Child(pid)) = self.attempt.take() {
                // Reaped later by the loop as an unknown pid.
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(pid),
                    nix::sys::signal::Signal::SIGKILL,
                );
            }
            self.attempt = None;
            let secs = self.config.timeout.as_secs_f64();
            return self.finish(false, now, format!("no answer within {secs} s"));
        }
        if !self.state.begin(now, &self.config) {
            return None;
        }
        match start(&self.config.target) {
            Ok(Started::Done) => self.finish(true, now, String::new()),
            Ok(Started::Pending(a)) => {
                self.attempt = Some(a);
                None
            }
            Err(e) => self.finish(false, now, e.to_string()),
        }
    }

    /// The polled descriptor is ready.
    pub fn on_event(&mut self, now: Instant) -> Option<Report> {
        let request = match &self.config.target {
            Target::Http(h) => h.request.as_slice(),
            _ => &[],
        };
        let verdict = match self.attempt.as_mut()? {
            Attempt::Tcp(fd) => Some(match getsockopt(&*fd, sockopt::SocketError) {
                Ok(0) => Ok(()),
                Ok(e) => Err(io::Error::from_raw_os_error(e).to_string()),
                Err(e) => Err(e.to_string()),
            }),
            Attempt::Http {
                sock,
                sent,
                response,
            } => http_step(sock, sent, response, request),
            Attempt::Child(_) => None,
        }?;
        self.attempt = None;
        match verdict {
            Ok(()) => self.finish(true, now, String::new()),
            Err(why) => self.finish(false, now, why),
        }
    }

    /// The command or `curl` check exited with `status` (the loop reaped it).
    pub fn child_exited(&mut self, status: i32, now: Instant) -> Option<Report> {
        self.attempt = None;
        let what = match self.config.target {
            Target::Curl(_) => "curl exit status",
            _ => "exit status",
        };
        if status == 0 {
            self.finish(true, now, String::new())
        } else {
            self.finish(false, now, format!("{what} {status}"))
        }
    }

    fn finish(&mut self, ok: bool, now: Instant, reason: String) -> Option<Report> {
        let outcome = self.state.finish(ok, now, &self.config)?;
        Some(Report { outcome, reason })
    }
}

enum Started {
    Done,
    Pending(Attempt),
}

fn start(target: &Target) -> io::Result<Started> {
    match target {
        Target::Tcp(addr) => match start_connect(addr)? {
            (_, true) => Ok(Started::Done),
            (sock, false) => Ok(Started::Pending(Attempt::Tcp(sock))),
        },
        Target::Http(h) => {
            let (sock, _) = start_connect(&h.addr)?;
            Ok(Started::Pending(Attempt::Http {
                sock: std::net::TcpStream::from(sock),
                sent: 0,
                response: Vec::new(),
            }))
        }
        Target::Curl(argv) => {
            let mut cmd = std::process::Command::new(&argv[0]);
            cmd.args(&argv[1..]);
            spawn_quiet(cmd).map(|pid| Started::Pending(Attempt::Child(pid)))
        }
        Target::Command(c) => {
            spawn_quiet(shell(c)).map(|pid| Started::Pending(Attempt::Child(pid)))
        }
    }
}

/// `/bin/sh -c command`.
pub fn shell(command: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new("/bin/sh");
    cmd.arg("-c").arg(command);
    cmd
}

/// Spawns `cmd` with no stdin and its output discarded; the loop reaps it.
pub fn spawn_quiet(mut cmd: std::process::Command) -> io::Result<i32> {
    use std::process::Stdio;
    // Only when the loop runs boosted: a pre_exec hook makes std fork instead of using
    // posix_spawn.
    if let Some(nice) = crate::nice::child_nice() {
        // SAFETY: the hook only makes one syscall (see nice::restore_in_child).
        unsafe {
            cmd.pre_exec(move || {
                crate::nice::restore_in_child(Some(nice));
                Ok(())
            });
        }
    }
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    Ok(child.id() as i32)
}

/// One non-blocking step of an HTTP check: `Some(Ok)` alive, `Some(Err)` not, `None`
/// while undecided.
fn http_step(
    sock: &mut std::net::TcpStream,
    sent: &mut usize,
    response: &mut Vec<u8>,
    request: &[u8],
) -> Option<Result<(), String>> {
    if *sent < request.len() {
        match sock.write(&request[*sent..]) {
            Ok(n) => *sent += n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return Some(Err(e.to_string())),
        }
        return None;
    }
    let mut buf = [0u8; 1024];
    let verdict = match sock.read(&mut buf) {
        Ok(0) => Some(http_alive(response).unwrap_or(false)),
        Ok(n) => {
            response.extend_from_slice(&buf[..n]);
            http_alive(response).or((response.len() > MAX_RESPONSE).then_some(false))
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => None,
        Err(e) => return Some(Err(e.to_string())),
    }?;
    if verdict {
        Some(Ok(()))
    } else {
        let line = response.split(|&b| b == b'\n').next().unwrap_or_default();
        let line = String::from_utf8_lossy(line);
        Some(Err(format!("answered '{}'", line.trim_end())))
    }
}

impl Drop for Checker {
    /// A check's child dies with the checker (the program left RUNNING, or a reload).
    fn drop(&mut self) {
        if let Some(pid) = self.child_pid() {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
    }
}
