//! Child exits (`waitpid`, draining what a dead child left in its pipes) and the state
//! changes they and every other transition cause.

use std::time::Instant;

use nix::errno::Errno;
use nix::libc;

use super::{epoch, ordering, Mood, Supervisor, EXIT_POLICY_CODE};
use crate::config::LogLevel;
use crate::logging::{emit, Channel};
use crate::process::{Exit, State};

/// Most bytes drained from a dead child's pipes before its exit is reported.
const DRAIN_LIMIT: usize = 4 * 1024 * 1024;

/// Exits reaped by `waitpid(-1)` in one wake-up before `reap` asks each process's pid.
const SCAN_REAPS: usize = 4;

/// `waitpid(pid, WNOHANG)` (`-1`: any child): the child that exited and how, or `None`
/// when none has (or there is no such child).
///
/// The status is decoded here rather than by nix: nix's `WaitStatus` has no room for a
/// real-time signal (34–64) and reports such an exit as an error, after the kernel has
/// already reaped the child, so the exit would be lost and its process stay RUNNING.
fn wait(pid: i32) -> Option<(i32, Exit)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: waitpid with a pointer to a local int.
        let got = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if got < 0 && Errno::last() == Errno::EINTR {
            continue;
        }
        if got <= 0 {
            return None;
        }
        if libc::WIFEXITED(status) {
            return Some((got, Exit::Code(libc::WEXITSTATUS(status))));
        }
        if libc::WIFSIGNALED(status) {
            let (sig, core) = (libc::WTERMSIG(status), libc::WCOREDUMP(status));
            return Some((got, Exit::Signal { sig, core }));
        }
        // A stop or continue report (not asked for): the child is still there.
    }
}

impl Supervisor {
    /// Reaps every exited child (`waitpid(-1, WNOHANG)` until nothing is left).
    ///
    /// Each `waitpid(-1)` walks the daemon's whole list of children in the kernel, so
    /// reaping a fleet that stops at once that way costs O(children²). After
    /// `SCAN_REAPS` exits in one wake-up, the processes' own pids are asked instead
    /// (`waitpid(pid)` looks at that child only); the last `waitpid(-1)` then finds what
    /// remains: readiness `cmd:` checks, liveness checks, hooks, watch action commands
    /// and orphans.
    pub fn reap(&mut self, now: Instant) {
        let mut reaped = 0;
        while let Some((pid, exit)) = wait(-1) {
            self.reaped(pid, exit, now);
            reaped += 1;
            if reaped == SCAN_REAPS {
                self.reap_processes(now);
            }
        }
    }

    /// `waitpid(pid, WNOHANG)` for every process that has a pid.
    fn reap_processes(&mut self, now: Instant) {
        for idx in 0..self.procs.len() {
            let Some(pid) = self.procs[idx].machine.state.pid() else {
                continue;
            };
            if let Some((_, exit)) = wait(pid) {
                self.child_exited(idx, exit, now);
            }
        }
    }

    /// Hands one reaped child to a watch action command, its process, its process's
    /// readiness, liveness check or hook, or the log.
    fn reaped(&mut self, pid: i32, exit: Exit, now: Instant) {
        if self.reap_watch_command(pid, &exit) {
            return;
        }
        // A process's own child (`pid_index`), else one scan for both: a process, or its
        // readiness `cmd:` check's child.
        let indexed = self.pid_index.get(&pid).copied().filter(|&i| {
            self.procs
                .get(i)
                .is_some_and(|p| p.machine.state.pid() == Some(pid))
        });
        let owner = indexed.map(|i| (i, false)).or_else(|| {
            self.procs.iter().enumerate().find_map(|(i, p)| {
                if p.machine.state.pid() == Some(pid) {
                    Some((i, false))
                } else if p.probe.as_ref().and_then(|pr| pr.command_pid()) == Some(pid) {
                    Some((i, true))
                } else {
                    None
                }
            })
        });
        match owner {
            Some((idx, true)) => {
                let verdict = self
                    .procs
                    .get_mut(idx)
                    .probe
                    .as_mut()
                    .map(|pr| pr.command_exited(exit.status()));
                self.probe_verdict(idx, verdict, now);
            }
            Some((idx, false)) => self.child_exited(idx, exit, now),
            // A liveness check's or a hook's child.
            None if self.liveness_reaped(pid, exit, now) || self.hook_reaped(pid, exit, now) => {}
            // Orphans of programs (the daemon is their subreaper): one line each at
            // DEBUG, so a program that leaves thousands does not flood the log.
            None => emit(
                LogLevel::Debug,
                &format!("reaped unknown pid {pid} ({})", exit.describe()),
            ),
        }
    }

    pub(super) fn child_exited(&mut self, idx: usize, exit: Exit, now: Instant) {
        if let Some(pid) = self.procs[idx].machine.state.pid() {
            self.pid_index.remove(&pid);
        }
        // Everything the child wrote is in the pipes now: drain it, then close our ends
        // (a grandchild still holding them must not keep us polling).
        self.drain(idx, Channel::Stdout, DRAIN_LIMIT);
        self.drain(idx, Channel::Stderr, DRAIN_LIMIT);
        for channel in [Channel::Stdout, Channel::Stderr] {
            let p = self.procs.get_mut(idx);
            let open = match channel {
                Channel::Stdout => p.stdout.take(),
                Channel::Stderr => p.stderr.take(),
            };
            if open.is_some() {
                let out = p.outputs.finish(channel);
                self.capture_output(idx, channel, out);
            }
        }
        let p = self.procs.get_mut(idx);
        p.stdin = None;
        p.stdin_pending.clear();
        if let Some(e) = p.exec_error.take() {
            emit(
                LogLevel::Debug,
                &format!(
                    "'{}' was not spawned: a child-side step failed with {}",
                    p.config.name,
                    crate::process::errno_name::name(e)
                ),
            );
        }
        p.history.note_exit(exit);
        let actions = p.machine.exited(exit, now, epoch(), &p.policy);
        self.apply(idx, actions);
    }

    /// Delivers the state changes process `idx` recorded to `on_state_change`.
    pub fn flush_changes(&mut self, idx: usize) {
        for (from, to) in self.procs.get_mut(idx).machine.take_changes() {
            self.on_state_change(idx, from, to);
        }
    }

    /// Records a state change in the process's history and its start record (the web UI).
    fn record_change(&mut self, idx: usize, from: &State, to: &State) {
        let now = Instant::now();
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let p = self.procs.get_mut(idx);
        let ready = p.config.ext.ready.as_deref();
        p.history.push(wall, from, to, &p.machine.spawnerr, ready);
        let one_shot = p.config.autorestart == crate::config::AutoRestart::Never;
        p.startup.on_change(to, one_shot, now);
    }

    /// Called once per process state change, in order (every intermediate state):
    /// PROCESS_STATE_* events (`eventbus`), metrics, ordered startup's
    /// `order::Plan::on_transition` and the container exit policies.
    pub(super) fn on_state_change(&mut self, idx: usize, from: State, to: State) {
        self.events_state_change(idx, &from, &to); // events: PROCESS_STATE_* (eventbus.rs)
        self.record_change(idx, &from, &to);
        if !matches!(to, State::Starting { .. }) {
            // Readiness is only checked while STARTING.
            self.procs.get_mut(idx).probe = None;
        }
        self.liveness_on_state(idx, &to, Instant::now());
        self.memory_on_state(idx, &to, Instant::now());
        self.metrics
            .observe(&self.procs[idx], from, to, Instant::now());
        if self.mood != Mood::Running {
            return;
        }
        ordering::on_state_change(&mut self.plan, &mut self.procs, idx, &to);
        let p = &self.procs[idx];
        let trigger = match p.config.ext.exit_policy.as_deref() {
            Some("shutdown-on-fatal") => to == State::Fatal,
            Some("shutdown-on-exit") => matches!(to, State::Fatal | State::Exited { .. }),
            _ => false,
        };
        if trigger {
            emit(
                LogLevel::Warn,
                &format!(
                    "{} is {} and has exit_policy={}: shutting down",
                    p.config.name,
                    to.name(),
                    p.config.ext.exit_policy.as_deref().unwrap_or("")
                ),
            );
            self.exit_code = EXIT_POLICY_CODE;
            self.mood = Mood::Shutdown;
        }
    }
}
