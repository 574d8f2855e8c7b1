//! `cron=` starts and the Go port's change-triggered actions: the watches of the process
//! table (`crate::watch::Watcher`, rebuilt whenever the table changes), what a burst of
//! changes does to its program (restart, a signal, or a command), and the action commands
//! the loop reaps.

use std::os::fd::RawFd;
use std::path::Path;
use std::time::{Instant, SystemTime};

use super::{Mood, Supervisor};
use crate::config::{ChangeAction, LogLevel};
use crate::logging::emit;
use crate::process::{Exit, State};
use crate::watch::Kind;

impl Supervisor {
    /// Sets the watches up for the current process table and arms every unarmed `cron=`.
    /// Nothing is created when no program uses these keys.
    pub(super) fn arm_watches(&mut self) {
        self.watcher.clear();
        for idx in 0..self.procs.len() {
            if let Some(w) = self.procs[idx].config.ext.file_watch.clone() {
                if let Err(e) = self.watcher.watch_tree(idx, &w.dir, &w.pattern) {
                    let name = &self.procs[idx].config.name;
                    emit(
                        LogLevel::Error,
                        &format!("{name}: restart_directory_monitor: {e}"),
                    );
                }
            }
            self.watch_binary(idx);
        }
        let (mono, wall) = (Instant::now(), SystemTime::now());
        for p in self.procs.all_mut() {
            if let Some(c) = p.cron.as_mut().filter(|c| c.deadline().is_none()) {
                c.arm(mono, wall);
                if c.deadline().is_none() {
                    let name = &p.config.name;
                    emit(LogLevel::Warn, &format!("{name}: cron never matches"));
                }
            }
        }
    }

    /// Watches the executable of process `idx` if it asks for that: the one its last spawn
    /// ran, or before its first spawn the one it would run (so a replacement in the instant
    /// between its exec and the watch is not missed).
    pub(super) fn watch_binary(&mut self, idx: usize) {
        let p = &self.procs[idx];
        if !p.config.ext.restart_when_binary_changed {
            return;
        }
        let found = p
            .binary
            .clone()
            .or_else(|| crate::process::spawn::executable(&p.config));
        let Some(path) = found else {
            return;
        };
        // A relative path is the daemon's working directory's (see `command::resolve_in`).
        let path = std::path::absolute(&path).unwrap_or(path);
        if let Err(e) = self.watcher.watch_binary(idx, &path) {
            let name = &self.procs[idx].config.name;
            emit(
                LogLevel::Error,
                &format!("{name}: restart_when_binary_changed: {e}"),
            );
        }
    }

    /// Descriptors the loop polls for the watcher (inotify, action command output).
    pub fn watch_fds(&self) -> Vec<RawFd> {
        self.watcher.poll_fds()
    }

    /// One of [`Supervisor::watch_fds`] is readable.
    pub fn on_watch_readable(&mut self, now: Instant) {
        for line in self.watcher.on_readable(now) {
            emit(LogLevel::Info, &line);
        }
    }

    /// Fires due `cron=` matches and acts on bursts of changes that ended.
    /// `due`: the processes with a deadline due (cron's among them).
    pub(super) fn fire_watches(&mut self, due: &[usize], now: Instant) {
        for &idx in due {
            let due = self
                .procs
                .get_mut(idx)
                .cron
                .as_mut()
                .is_some_and(|c| c.take_due(now));
            if due {
                self.cron_match(idx);
                // Both clocks read together: the start above took time.
                let (mono, wall) = (Instant::now(), SystemTime::now());
                if let Some(c) = self.procs.get_mut(idx).cron.as_mut() {
                    c.arm(mono, wall);
                }
            }
        }
        for (idx, kind, path) in self.watcher.take_due(now) {
            if idx < self.procs.len() {
                self.changed(idx, kind, &path, now);
            }
        }
    }

    /// A `cron=` match: starts the program unless it is running (or starting, stopping, in
    /// backoff), as the Go port does.
    fn cron_match(&mut self, idx: usize) {
        let p = &self.procs[idx];
        if self.mood != Mood::Running || !cron_starts(&p.machine.state) {
            return;
        }
        emit(LogLevel::Info, &format!("cron: starting {}", p.config.name));
        if let Err(e) = self.start_requested(idx) {
            let name = &self.procs[idx].config.name;
            emit(
                LogLevel::Warn,
                &format!("cron: {name} did not start: {e:?}"),
            );
        }
    }

    /// A burst of changes ended: the configured action on a running program.
    fn changed(&mut self, idx: usize, kind: Kind, path: &Path, now: Instant) {
        let p = &self.procs[idx];
        let (action, key) = match kind {
            Kind::Binary => (p.config.ext.binary_change.clone(), "binary"),
            Kind::Files => match &p.config.ext.file_watch {
                Some(w) => (w.action.clone(), "file"),
                None => return,
            },
        };
        if self.mood != Mood::Running || !change_acts_on(&p.machine.state) {
            return;
        }
        let name = p.config.name.clone();
        let what = format!("{} changed", path.display());
        match action {
            ChangeAction::Restart => {
                emit(LogLevel::Info, &format!("{what}, restarting {name}"));
                self.procs.get_mut(idx).restart_reason =
                    Some(crate::process::restarts::RestartReason::Binary);
                self.procs.get_mut(idx).restart_pending = true;
                self.stop(idx, now);
            }
            ChangeAction::Signal(sig) => {
                let sig_name = crate::signals::signal_name(sig);
                emit(
                    LogLevel::Info,
                    &format!("{what}, sending SIG{sig_name} to {name}"),
                );
                if let Err(e) = self.signal(idx, sig) {
                    emit(LogLevel::Warn, &format!("{name}: signal failed: {e:?}"));
                }
            }
            ChangeAction::Command(cmd) => {
                let label = format!("{name}: restart_cmd_when_{key}_changed");
                self.run_command(&cmd, label, &what);
            }
        }
    }

    /// Starts an action command unless the same one still runs.
    fn run_command(&mut self, cmd: &str, label: String, what: &str) {
        if self.watcher.command_running(&label) {
            emit(
                LogLevel::Warn,
                &format!("{what}, but {label} still runs: not started again"),
            );
            return;
        }
        let argv = match crate::process::command::shlex_split(cmd) {
            Ok(a) if !a.is_empty() => a,
            Ok(_) => return,
            Err(e) => {
                emit(LogLevel::Error, &format!("{label}: {e}"));
                return;
            }
        };
        match crate::watch::command::start(&argv, label.clone()) {
            Ok(running) => {
                emit(
                    LogLevel::Info,
                    &format!("{what}, {label} started (pid {})", running.pid),
                );
                self.watcher.commands.push(running);
            }
            Err(e) => emit(
                LogLevel::Error,
                &format!("{label}: cannot run {cmd:?}: {e}"),
            ),
        }
    }

    /// A reaped child: true if it was an action command (its exit is logged).
    pub(super) fn reap_watch_command(&mut self, pid: i32, exit: &Exit) -> bool {
        match self.watcher.command_exited(pid, &exit.describe()) {
            Some(lines) => {
                for l in lines {
                    emit(LogLevel::Info, &l);
                }
                true
            }
            None => false,
        }
    }
}

/// Whether a `cron=` match starts a process in `state`: only one that is not running, as
/// the Go port's `!IsRunning()` (BACKOFF retries on its own; UNKNOWN is left alone).
fn cron_starts(state: &State) -> bool {
    matches!(state, State::Stopped | State::Exited { .. } | State::Fatal)
}

/// Whether a watched change acts on a process in `state`: one that runs (a stopped one
/// stays stopped; it will run the new binary or files when started).
fn change_acts_on(state: &State) -> bool {
    matches!(state, State::Running { .. } | State::Starting { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_starts_only_idle_processes_and_changes_act_only_on_live_ones() {
        let t = Instant::now();
        let idle = [
            State::Stopped,
            State::Exited { expected: true },
            State::Fatal,
        ];
        let live = [
            State::Running { pid: 1, since: t },
            State::Starting {
                pid: 1,
                since: t,
                running_at: t,
                ready: true,
                ready_by: None,
            },
        ];
        let neither = [
            State::Backoff { retry_at: t },
            State::Stopping {
                pid: 1,
                since: t,
                kill_at: t,
                signal_index: 0,
            },
            State::Unknown,
        ];
        for s in &idle {
            assert!(cron_starts(s) && !change_acts_on(s), "{s:?}");
        }
        for s in &live {
            assert!(!cron_starts(s) && change_acts_on(s), "{s:?}");
        }
        for s in &neither {
            assert!(!cron_starts(s) && !change_acts_on(s), "{s:?}");
        }
    }
}
