//! The single-threaded event loop: blocks only in `ppoll()` on the signal self-pipe, the
//! control wake pipe, every child's output pipes and the wake timer, a timerfd armed to
//! the nearest deadline (none → disarmed, so an idle daemon never wakes). See
//! `wake_timer.rs` for why deadlines are not ppoll timeouts.

use std::os::fd::{AsFd, BorrowedFd};
use std::time::Instant;

use nix::errno::Errno;
use nix::libc;
use nix::poll::{ppoll, PollFd, PollFlags};

use super::calls::{abandon_waiters, check_waiters, handle_call};
use super::sig::Signals;
use super::supervisor::{Mood, Supervisor};
use super::wake_timer::{Wait, WakeTimer};
use crate::config::LogLevel;
use crate::control::ControlReceiver;
use crate::logging::emit;
use crate::logging::Channel;

/// How a loop run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Everything stopped after a shutdown request; the daemon exits with this status.
    Exit(i32),
}

/// Runs until shutdown. Restarts (SIGHUP) happen inside the loop.
pub fn run(sup: &mut Supervisor, signals: &Signals, control: Option<&ControlReceiver>) -> Ending {
    let mut control = control;
    let mut timer = WakeTimer::new();
    // Control calls still queued after a batch was cut short for a due timer.
    let mut calls_left = false;
    sup.events_boot(); // events: GROUP_ADDED per group, SUPERVISOR_STATE_CHANGE_RUNNING
    loop {
        let now = Instant::now();
        sup.fire_timers(now);
        if sup.mood == Mood::Running {
            sup.start_eligible(now);
        }
        sup.events_mood(); // events: SUPERVISOR_STATE_CHANGE_STOPPING before any stop
                           // Not `else`: a spawn above may have triggered an exit policy.
        if sup.mood != Mood::Running && sup.shutdown_step(now) {
            // Settled stop waits get their `true` before the rest is abandoned.
            check_waiters(sup, now);
            match sup.mood {
                Mood::Shutdown => {
                    abandon_waiters(sup);
                    return Ending::Exit(sup.exit_code);
                }
                _ => {
                    abandon_waiters(sup);
                    if let Some(config) = sup.next_config.take() {
                        sup.replace_config(config);
                    } else {
                        sup.set_mood(Mood::Running);
                    }
                    // Python runs its start-up again after a restart and says so.
                    emit(
                        LogLevel::Info,
                        &format!("supervisord started with pid {}", std::process::id()),
                    );
                    sup.events_boot(); // events: a reload announces every group again
                    continue;
                }
            }
        }
        check_waiters(sup, now);

        sup.events_step(); // events: STOPPING, ticks, delivery (eventbus.rs)
        sup.hold_cpu_latency();
        let mut wait = timer.prepare(sup.next_deadline());
        if calls_left {
            wait = Wait::Now;
        }
        let pipes = sup.pipes();
        let outs = sup.write_fds();
        let mut fds: Vec<PollFd> = Vec::with_capacity(pipes.len() + outs.len() + 2);
        fds.push(PollFd::new(signals.fd(), PollFlags::POLLIN));
        if let Some(c) = control {
            fds.push(PollFd::new(c.wake_fd.as_fd(), PollFlags::POLLIN));
        }
        let timer_at = fds.len();
        if let Some(fd) = timer.fd() {
            fds.push(PollFd::new(fd, PollFlags::POLLIN));
        }
        let base = fds.len();
        for &(_, _, raw) in &pipes {
            // SAFETY: the fd is owned by `sup.procs` and stays open during this poll.
            let fd = unsafe { BorrowedFd::borrow_raw(raw) };
            fds.push(PollFd::new(fd, PollFlags::POLLIN));
        }
        let probes = sup.probe_fds();
        let probe_base = fds.len();
        for &(_, raw, events) in &probes {
            // SAFETY: the fd is owned by a probe in `sup.procs`, open during this poll.
            let fd = unsafe { BorrowedFd::borrow_raw(raw) };
            fds.push(PollFd::new(fd, events));
        }
        let out_base = fds.len();
        for &(_, raw) in &outs {
            // SAFETY: a listener's stdin fd, owned by `sup.procs`, open during this poll.
            let fd = unsafe { BorrowedFd::borrow_raw(raw) };
            fds.push(PollFd::new(fd, PollFlags::POLLOUT));
        }
        match ppoll(&mut fds, wait.timeout(), None) {
            Ok(_) | Err(Errno::EINTR) => {}
            Err(e) => {
                emit(LogLevel::Critical, &format!("poll failed: {e}"));
                return Ending::Exit(2);
            }
        }
        let ready = |i: usize| fds[i].revents().is_some_and(|r| !r.is_empty());
        let sig_ready = ready(0);
        let control_ready = control.is_some() && (ready(1) || calls_left);
        let timer_fired = timer_at < base && ready(timer_at);
        let readable: Vec<(usize, Channel)> = pipes
            .iter()
            .enumerate()
            .filter(|(i, _)| ready(base + i))
            .map(|(_, &(idx, stream, _))| (idx, stream))
            .collect();
        let probed: Vec<usize> = probes
            .iter()
            .enumerate()
            .filter(|(i, _)| ready(probe_base + i))
            .map(|(_, &(idx, _, _))| idx)
            .collect();
        let writable: Vec<usize> = outs
            .iter()
            .enumerate()
            .filter(|(i, _)| ready(out_base + i))
            .map(|(_, &(idx, _))| idx)
            .collect();
        drop(fds);
        if timer_fired {
            timer.fired();
        }

        let now = Instant::now();
        for idx in writable {
            sup.on_writable(idx);
        }
        for (idx, stream) in readable {
            sup.on_readable(idx, stream);
        }
        for idx in probed {
            sup.on_probe_event(idx, now);
        }
        if sig_ready {
            for s in signals.take() {
                handle_signal(sup, s);
            }
        }
        // Calls before reaping, as Python's loop does: a process reaped here is EXITED until
        // the next pass restarts it, and a stopAllProcesses answered in that window would
        // skip it (found by tests/reliability_crash_storm.rs: a third of a crash-looping
        // fleet kept running after stopAllProcesses returned).
        calls_left = false;
        if let (true, Some(c)) = (control_ready, control) {
            if !drain_wake(c) {
                // Every handle is gone: the pipe would report POLLHUP forever.
                control = None;
            }
            // Timers first: once the nearest deadline (as of the batch's start; scanning
            // every process after each call would cost O(processes) per call) is due, the
            // batch ends and the calls still queued are taken on the next pass, which does
            // not block (`calls_left`).
            let due = sup.next_deadline();
            while let Ok(call) = c.rx.try_recv() {
                if !reads_only(&call.method) {
                    sup.finish_spawn_backlog(Instant::now());
                }
                handle_call(sup, call);
                if due.is_some_and(|d| d <= Instant::now()) {
                    calls_left = true;
                    break;
                }
            }
        }
        sup.reap(now);
    }
}

/// Calls that only read state or logs: answered even while spawns are deferred to the next
/// iteration (see `Supervisor::finish_spawn_backlog`).
fn reads_only(method: &str) -> bool {
    let name = method.rsplit('.').next().unwrap_or(method);
    method.starts_with("system.")
        || name.starts_with("get")
        || name.starts_with("read")
        || name.starts_with("tail")
        || name == "waitLog"
        || name == "logPath"
}

/// Empties the wake pipe; false once its write end is closed (EOF).
fn drain_wake(c: &ControlReceiver) -> bool {
    c.wake_fd.drain()
}

fn handle_signal(sup: &mut Supervisor, sig: i32) {
    let name = crate::signals::display_name(sig);
    match sig {
        libc::SIGCHLD => emit(LogLevel::Debug, "received SIGCHLD indicating a child quit"),
        libc::SIGTERM | libc::SIGINT | libc::SIGQUIT => {
            emit(
                LogLevel::Warn,
                &format!("received {name} indicating exit request"),
            );
            sup.set_mood(Mood::Shutdown);
        }
        libc::SIGHUP => {
            if sup.mood == Mood::Shutdown {
                emit(
                    LogLevel::Warn,
                    "ignored SIGHUP indicating restart request (shutdown in progress)",
                );
            } else {
                emit(LogLevel::Warn, "received SIGHUP indicating restart request");
                sup.request_restart();
            }
        }
        libc::SIGUSR2 => {
            emit(
                LogLevel::Info,
                "received SIGUSR2 indicating log reopen request",
            );
            sup.reopen_logs();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_calls_do_not_flush_the_spawn_backlog() {
        for m in [
            "supervisor.getAllProcessInfo",
            "supervisor.getPID",
            "supervisor.readProcessStdoutLog",
            "supervisor.tailProcessStderrLog",
            "ours.waitLog",
            "system.listMethods",
        ] {
            assert!(reads_only(m), "{m}");
        }
        for m in [
            "supervisor.stopAllProcesses",
            "supervisor.startProcess",
            "supervisor.signalAllProcesses",
            "supervisor.reloadConfig",
            "supervisor.shutdown",
        ] {
            assert!(!reads_only(m), "{m}");
        }
    }
}
