//! Child output pipes (read under a per-wake budget into the captures), stdin writes
//! (`sendProcessStdin`, listener envelopes) and log clearing.

use std::os::fd::AsRawFd;
use std::time::Instant;

use nix::errno::Errno;

use super::Supervisor;
use crate::config::LogLevel;
use crate::logging::{emit_counted, CaptureOutput, Channel};
use crate::process::State;

/// Most bytes read from one child pipe per loop wake-up (fairness between children).
const READ_BUDGET: usize = 128 * 1024;
/// Size of one read from a child pipe.
const READ_CHUNK: usize = 64 * 1024;
/// Most `sendProcessStdin` bytes kept for a child that does not read its stdin.
const STDIN_PENDING_MAX: usize = 16 * 1024 * 1024;

/// Why bytes for a child's stdin were not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinError {
    /// The process is neither STARTING nor RUNNING.
    NotRunning,
    /// Its stdin is closed (or the child closed its end).
    Closed,
    /// More than the pending-bytes bound would wait for the child.
    Full,
    /// The pipe is full and more than the bound is left over: that many bytes dropped.
    Dropped(usize),
    /// The write failed otherwise.
    Failed(Errno),
}

impl Supervisor {
    /// Reads up to `budget` bytes (in a bounded number of reads) from one output pipe into
    /// its capture; on EOF closes the pipe and finishes the capture.
    pub fn drain(&mut self, idx: usize, channel: Channel, budget: usize) {
        // One buffer for every read: a fresh zeroed chunk per call is not free.
        let mut buf = std::mem::take(&mut self.read_buf);
        if buf.len() < READ_CHUNK {
            buf = vec![0u8; READ_CHUNK];
        }
        self.drain_with(idx, channel, budget, &mut buf);
        self.read_buf = buf;
    }

    pub(super) fn drain_with(
        &mut self,
        idx: usize,
        channel: Channel,
        budget: usize,
        buf: &mut [u8],
    ) {
        // Reads are counted too: a child that trickles a line at a time into a capture that
        // is slow per write (a rotation at every write, with many backups to shift) would
        // otherwise keep the loop here, one short read after another, up to the byte budget.
        let max_reads = budget.div_ceil(READ_CHUNK) * 2 + 2;
        let mut total = 0;
        let mut reads = 0;
        while total < budget && reads < max_reads {
            reads += 1;
            let p = self.procs.get_mut(idx);
            let slot = match channel {
                Channel::Stdout => &mut p.stdout,
                Channel::Stderr => &mut p.stderr,
            };
            let Some(fd) = slot.as_ref() else {
                return;
            };
            let got = match nix::unistd::read(fd, buf) {
                Ok(0) => None,
                Ok(n) => Some(n),
                Err(Errno::EINTR) => continue,
                Err(Errno::EAGAIN) => return,
                Err(_) => None,
            };
            match got {
                Some(n) => {
                    total += n;
                    let verdict = p.probe.as_mut().map(|pr| pr.feed_output(&buf[..n]));
                    // events: a listener's stdout is the protocol channel (eventbus.rs)
                    let out = if channel == Channel::Stdout && self.is_listener(idx) {
                        self.events_listener_output(idx, &buf[..n])
                    } else {
                        self.procs.get_mut(idx).outputs.write(channel, &buf[..n])
                    };
                    self.capture_output(idx, channel, out);
                    self.probe_verdict(idx, verdict, Instant::now());
                }
                None => {
                    *slot = None;
                    let out = p.outputs.finish(channel);
                    self.capture_output(idx, channel, out);
                    return;
                }
            }
        }
    }

    /// What a capture produced: log-file errors are logged; events (PROCESS_LOG_*,
    /// PROCESS_COMMUNICATION_*) go to the listener pools (`eventbus`).
    pub(super) fn capture_output(&mut self, idx: usize, channel: Channel, out: CaptureOutput) {
        for e in out.errors {
            let msg = format!("{}: {e}", self.procs[idx].config.name);
            emit_counted(LogLevel::Error, &msg, &msg);
        }
        self.events_capture(idx, channel, out.events); // events (eventbus.rs)
    }

    /// Reads a readable pipe with the per-wake budget.
    pub fn on_readable(&mut self, idx: usize, channel: Channel) {
        self.drain(idx, channel, READ_BUDGET);
    }

    /// The output pipes of process `idx` to poll: (stream, raw fd, key), stdout first.
    /// The key names the open file (the spawn's serial and the stream), so a respawn's
    /// pipe that got a closed pipe's fd number is told apart from it.
    pub fn pipes_of(&self, idx: usize) -> [Option<(Channel, i32, u64)>; 2] {
        let p = &self.procs[idx];
        let key = |bit: u64| p.pipes_serial << 1 | bit;
        [
            p.stdout
                .as_ref()
                .map(|fd| (Channel::Stdout, fd.as_raw_fd(), key(0))),
            p.stderr
                .as_ref()
                .map(|fd| (Channel::Stderr, fd.as_raw_fd(), key(1))),
        ]
    }

    /// The processes whose descriptors may have changed since the last call, into `out`;
    /// true: all of them (the table may have changed shape: indices moved).
    pub fn take_io_changes(&mut self, out: &mut Vec<usize>) -> bool {
        self.procs.take_io_changes(out)
    }

    /// Descriptors of process `idx` with bytes waiting to be written (`sendProcessStdin`,
    /// syslog servers with messages queued for them: logging::syslog_net), added to `fds`
    /// as `(process index, fd)` to poll for POLLOUT. Listener envelopes are the event
    /// bus's (`events_write_fds`).
    pub fn write_fds_of(&self, idx: usize, fds: &mut Vec<(usize, i32)>) {
        let p = &self.procs[idx];
        if let (false, Some(fd)) = (p.stdin_pending.is_empty(), &p.stdin) {
            fds.push((idx, fd.as_raw_fd()));
        }
        fds.extend(p.outputs.syslog_write_fds().into_iter().map(|fd| (idx, fd)));
    }

    /// Whether process `idx` has descriptors to poll besides its output pipes (probes,
    /// bytes waiting to be written).
    pub fn polls_fds(&self, idx: usize) -> bool {
        let p = &self.procs[idx];
        p.probe.as_ref().is_some_and(|pr| pr.poll_fd().is_some())
            || p.liveness.as_ref().is_some_and(|c| c.poll_fd().is_some())
            || p.hook.as_ref().is_some_and(|h| h.poll_fd().is_some())
            || (!p.stdin_pending.is_empty() && p.stdin.is_some())
            || !p.outputs.syslog_write_fds().is_empty()
    }

    /// A child's stdin (or a syslog server's socket) became writable: write more of what
    /// waits for it.
    pub fn on_writable(&mut self, idx: usize) {
        self.events_writable(idx);
        let p = self.procs.get_mut(idx);
        p.outputs.flush_syslog(std::time::Instant::now());
        if !p.stdin_pending.is_empty() {
            let fd = p.stdin.as_ref().map(|f| f.as_raw_fd());
            if crate::daemon::eventbus::flush(fd, &mut p.stdin_pending).is_err() {
                p.stdin_pending.clear();
            }
        }
        // A stopped process kept its logs open for queued syslog messages.
        self.release_logs(idx);
    }

    /// Writes `chars` to the stdin of process `idx`: what the non-blocking pipe takes at
    /// once, the rest kept (bounded) and written when the pipe becomes writable, in order.
    pub fn send_stdin(&mut self, idx: usize, chars: &[u8]) -> Result<(), StdinError> {
        let p = self.procs.get_mut(idx);
        if !matches!(
            p.machine.state,
            State::Starting { .. } | State::Running { .. }
        ) {
            return Err(StdinError::NotRunning);
        }
        let Some(fd) = p.stdin.as_ref() else {
            return Err(StdinError::Closed);
        };
        if !p.stdin_pending.is_empty() {
            // Earlier bytes still wait: keep the order.
            if p.stdin_pending.len() + chars.len() > STDIN_PENDING_MAX {
                return Err(StdinError::Full);
            }
            p.stdin_pending.extend_from_slice(chars);
            return Ok(());
        }
        let mut rest = chars;
        while !rest.is_empty() {
            match nix::unistd::write(fd, rest) {
                Ok(n) => rest = &rest[n..],
                Err(Errno::EINTR) => continue,
                Err(Errno::EAGAIN) => {
                    if rest.len() > STDIN_PENDING_MAX {
                        return Err(StdinError::Dropped(rest.len()));
                    }
                    p.stdin_pending.extend_from_slice(rest);
                    break;
                }
                Err(Errno::EPIPE) => {
                    p.stdin = None;
                    return Err(StdinError::Closed);
                }
                Err(e) => return Err(StdinError::Failed(e)),
            }
        }
        Ok(())
    }

    /// Writes every JSON log line still waiting for its newline (before an in-place
    /// upgrade; the rest of the line follows in an object of its own).
    pub fn flush_partial_logs(&mut self) {
        for p in self.procs.all_mut() {
            for e in p.outputs.flush_partial() {
                let msg = format!("{}: {e}", p.config.name);
                emit_counted(LogLevel::Error, &msg, &msg);
            }
        }
    }

    /// Closes the log files of process `idx` unless it still needs them
    /// (`Process::logs_needed`): a process that stopped for good holds no descriptor.
    pub fn release_logs(&mut self, idx: usize) {
        let p = self.procs.get_mut(idx);
        if p.outputs.is_open() && !p.logs_needed() {
            p.outputs.close();
        }
    }

    /// Truncates both logs of process `idx` (remove and reopen); false if one failed. The
    /// logs of a process that holds none open are opened for this and closed again.
    pub fn clear_logs(&mut self, idx: usize) -> bool {
        let p = self.procs.get_mut(idx);
        let mut failed = p.outputs.ensure().is_err();
        for channel in [Channel::Stdout, Channel::Stderr] {
            if let Some(c) = p.outputs.capture_mut(channel) {
                failed |= !c.clear().is_empty();
            }
        }
        self.release_logs(idx);
        !failed
    }
}
