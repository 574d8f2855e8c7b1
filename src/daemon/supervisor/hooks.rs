//! `pre_start_hook` and `pre_stop_hook` wired to the process table (see
//! `crate::process::hook`). A spawn with a pre_start_hook first runs the hook and spawns
//! when it exits 0 (a failure is a spawn error: BACKOFF, then FATAL); a stop with a
//! pre_stop_hook sends the first stop signal once the hook has ended, whatever its status.
//! While a hook runs the process keeps its state; `start_deferred` tells waiting calls
//! that a start is under way.

use std::time::Instant;

use super::{epoch, Mood, Supervisor};
use crate::config::LogLevel;
use crate::logging::emit;
use crate::process::hook::{Finished, Hook, HookKind, DEFAULT_TIMEOUT};
use crate::process::{Exit, State};

impl Supervisor {
    /// Before a spawn of process `idx`: true when the spawn must not happen now (its
    /// pre_start_hook was started, is running, or could not start).
    pub(super) fn pre_start_hook(&mut self, idx: usize, now: Instant) -> bool {
        let p = self.procs.get_mut(idx);
        if p.hook.is_some() {
            return true;
        }
        if std::mem::take(&mut p.hook_passed) {
            return false;
        }
        let Some(cmd) = p.config.ext.pre_start_hook.clone() else {
            return false;
        };
        self.start_hook(idx, HookKind::PreStart, &cmd, now);
        true
    }

    /// Before the first stop signal to process `idx`: true when the stop waits for its
    /// pre_stop_hook (started now, or already running).
    pub(super) fn pre_stop_hook(&mut self, idx: usize, now: Instant) -> bool {
        let p = &self.procs[idx];
        if let Some(h) = &p.hook {
            return h.kind == HookKind::PreStop;
        }
        let live = matches!(
            p.machine.state,
            State::Running { .. } | State::Starting { pid: 1.., .. }
        );
        let Some(cmd) = p.config.ext.pre_stop_hook.clone().filter(|_| live) else {
            return false;
        };
        self.start_hook(idx, HookKind::PreStop, &cmd, now)
    }

    /// Starts a hook; true when it runs. A pre_start_hook that cannot start fails the start.
    fn start_hook(&mut self, idx: usize, kind: HookKind, cmd: &str, now: Instant) -> bool {
        let p = self.procs.get_mut(idx);
        let timeout = p.config.ext.hook_timeout.unwrap_or(DEFAULT_TIMEOUT);
        match Hook::start(kind, cmd, timeout, now) {
            Ok(h) => {
                emit(
                    LogLevel::Info,
                    &format!(
                        "running {} of {} (pid {})",
                        kind.key(),
                        p.config.name,
                        h.pid()
                    ),
                );
                p.hook = Some(Box::new(h));
                true
            }
            Err(e) => {
                let msg = format!("{} of {} could not start: {e}", kind.key(), p.config.name);
                if kind == HookKind::PreStart {
                    let actions = p.machine.spawn_failed(&msg, now, epoch(), &p.policy);
                    self.apply(idx, actions);
                } else {
                    emit(LogLevel::Warn, &msg);
                }
                false
            }
        }
    }

    /// A hook ended: logs it, then spawns, fails the start, or sends the stop signal.
    fn hook_finished(&mut self, idx: usize, f: Finished, now: Instant) {
        let p = self.procs.get_mut(idx);
        let level = if f.ok { LogLevel::Info } else { LogLevel::Warn };
        emit(level, &f.log_line(&p.config.name));
        match f.kind {
            HookKind::PreStart if self.mood != Mood::Running || p.machine.state.pid().is_some() => {
            }
            HookKind::PreStart if f.ok => {
                p.hook_passed = true;
                self.spawn(idx);
            }
            HookKind::PreStart => {
                let msg = format!("pre_start_hook failed ({})", f.how);
                let actions = p.machine.spawn_failed(&msg, now, epoch(), &p.policy);
                self.apply(idx, actions);
            }
            HookKind::PreStop if p.machine.state.pid().is_none() => p.machine.hold_restart(),
            HookKind::PreStop => {
                let actions = p.machine.stop(now, &p.policy);
                self.apply(idx, actions);
            }
        }
    }

    /// Kills the hooks of the processes `due` whose timeout passed.
    pub(super) fn hook_timers(&mut self, due: &[usize], now: Instant) {
        for &idx in due {
            let p = self.procs.get_mut(idx);
            if p.hook.as_ref().is_some_and(|h| h.deadline() <= now) {
                let timeout = p.config.ext.hook_timeout.unwrap_or(DEFAULT_TIMEOUT);
                if let Some(h) = p.hook.take() {
                    self.hook_finished(idx, h.time_out(timeout), now);
                }
            }
        }
    }

    /// A reaped child that was a hook; false when it was not.
    pub(super) fn hook_reaped(&mut self, pid: i32, exit: Exit, now: Instant) -> bool {
        let Some(idx) = self
            .procs
            .iter()
            .position(|p| p.hook.as_ref().is_some_and(|h| h.pid() == pid))
        else {
            return false;
        };
        if let Some(h) = self.procs.get_mut(idx).hook.take() {
            self.hook_finished(idx, h.exited(exit.status(), exit.describe()), now);
        }
        true
    }

    /// A hook's output pipe is readable.
    pub(super) fn hook_readable(&mut self, idx: usize) {
        if let Some(h) = self.procs.get_mut(idx).hook.as_mut() {
            h.on_readable();
        }
    }

    /// An operator's stop while a pre_start_hook runs: the hook is killed, nothing starts.
    pub(super) fn cancel_pre_start_hook(&mut self, idx: usize) {
        let p = self.procs.get_mut(idx);
        if p.hook
            .as_ref()
            .is_some_and(|h| h.kind == HookKind::PreStart)
        {
            if let Some(h) = p.hook.take() {
                h.kill();
                emit(
                    LogLevel::Info,
                    &format!(
                        "pre_start_hook of {} killed: the start was cancelled",
                        p.config.name
                    ),
                );
            }
        }
    }

    /// Whether a pre_start_hook of process `idx` runs (a start is under way).
    pub fn pre_start_hook_running(&self, idx: usize) -> bool {
        self.procs[idx]
            .hook
            .as_ref()
            .is_some_and(|h| h.kind == HookKind::PreStart)
    }
}
