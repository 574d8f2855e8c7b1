//! Liveness checks wired to the process table (see `crate::liveness`): a checker exists
//! while its process is RUNNING; each failure, action and recovery is a main-log line, a
//! PROCESS_LIVENESS event and (failures) a count in `supervisord_liveness_failures_total`.
//! Action commands (`liveness_check_success_action`, a command as failure action) are
//! children reaped by the loop, killed after [`ACTION_TIMEOUT`] like the Go port's.

use std::time::{Duration, Instant};

use super::Supervisor;
use crate::config::LogLevel;
use crate::events::types::{liveness_payload, EventType};
use crate::liveness::probe::{shell, spawn_quiet, Checker, Report};
use crate::liveness::state::Outcome;
use crate::liveness::FailureAction;
use crate::logging::emit;
use crate::process::{Exit, State};

/// How long an action command may run (the Go port's script timeout).
pub const ACTION_TIMEOUT: Duration = Duration::from_secs(60);

/// An action command under way.
#[derive(Debug)]
pub struct ActionChild {
    pid: i32,
    /// `liveness_check_failure_action of app`, for the log line of its exit.
    what: String,
    deadline: Instant,
}

impl Supervisor {
    /// A state change of process `idx`: RUNNING starts its checker, any other state ends it.
    pub(super) fn liveness_on_state(&mut self, idx: usize, to: &State, now: Instant) {
        let p = self.procs.get_mut(idx);
        match (to, &p.config.ext.liveness) {
            (State::Running { .. }, Some(c)) => p.liveness = Some(Box::new(Checker::new(c, now))),
            _ => p.liveness = None,
        }
    }

    /// The deadline of the action commands (the checks' are in the table's index).
    pub(super) fn liveness_deadline(&self) -> Option<Instant> {
        self.actions.iter().map(|a| a.deadline).min()
    }

    /// Due checks of the processes `due` start (or time out); overdue action commands
    /// are killed.
    pub(super) fn liveness_timers(&mut self, due: &[usize], now: Instant) {
        for &idx in due {
            let due = self.procs[idx]
                .liveness
                .as_ref()
                .is_some_and(|c| c.deadline() <= now);
            if due {
                let report = self
                    .procs
                    .get_mut(idx)
                    .liveness
                    .as_mut()
                    .and_then(|c| c.on_timer(now));
                self.liveness_report(idx, report, now);
            }
        }
        for a in self.actions.iter_mut().filter(|a| a.deadline <= now) {
            emit(
                LogLevel::Warn,
                &format!(
                    "{} still running after {} s: killed",
                    a.what,
                    ACTION_TIMEOUT.as_secs()
                ),
            );
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(a.pid),
                nix::sys::signal::Signal::SIGKILL,
            );
            // Reaped later as an unknown pid; no second kill.
            a.deadline = now + Duration::from_secs(100 * 365 * 86400);
        }
    }

    /// A check's socket is ready.
    pub(super) fn liveness_event(&mut self, idx: usize, now: Instant) {
        let report = self
            .procs
            .get_mut(idx)
            .liveness
            .as_mut()
            .and_then(|c| c.on_event(now));
        self.liveness_report(idx, report, now);
    }

    /// A reaped child that was a check or an action command; false when it was neither.
    pub(super) fn liveness_reaped(&mut self, pid: i32, exit: Exit, now: Instant) -> bool {
        if let Some(i) = self.actions.iter().position(|a| a.pid == pid) {
            let a = self.actions.swap_remove(i);
            let level = if exit.status() == 0 {
                LogLevel::Info
            } else {
                LogLevel::Warn
            };
            emit(level, &format!("{} ended ({})", a.what, exit.describe()));
            return true;
        }
        let Some(idx) = self
            .procs
            .iter()
            .position(|p| p.liveness.as_deref().and_then(Checker::child_pid) == Some(pid))
        else {
            return false;
        };
        let report = self
            .procs
            .get_mut(idx)
            .liveness
            .as_mut()
            .and_then(|c| c.child_exited(exit.status(), now));
        self.liveness_report(idx, report, now);
        true
    }

    fn liveness_report(&mut self, idx: usize, report: Option<Report>, now: Instant) {
        let Some(Report { outcome, reason }) = report else {
            return;
        };
        let p = &self.procs[idx];
        let Some(c) = p.liveness.as_ref().map(|c| c.config().clone()) else {
            return;
        };
        let (name, group) = (p.config.name.clone(), p.config.group.clone());
        let pid = p.machine.state.pid().unwrap_or(0);
        let threshold = c.failure_threshold;
        let event = |result: &str, failures: u32, action: Option<&str>, reason: &str| {
            liveness_payload(
                &name,
                &group,
                pid,
                result,
                (failures, threshold),
                action,
                reason,
            )
        };
        match outcome {
            Outcome::Failed { failures } => {
                self.metrics.liveness_failed(&self.procs[idx]);
                emit(
                    LogLevel::Warn,
                    &format!("liveness check of {name} failed ({failures}/{threshold}): {reason}"),
                );
                self.events_publish(
                    EventType::ProcessLiveness,
                    event("failed", failures, None, &reason),
                );
            }
            Outcome::Act { failures } => {
                self.metrics.liveness_failed(&self.procs[idx]);
                let action = match &c.failure_action {
                    FailureAction::Restart => "restart",
                    FailureAction::Stop => "stop",
                    FailureAction::Command(_) => "command",
                };
                emit(
                    LogLevel::Warn,
                    &format!(
                        "liveness check of {name} failed ({failures}/{threshold}): {reason}; failure action: {action}"
                    ),
                );
                self.events_publish(
                    EventType::ProcessLiveness,
                    event("action", failures, Some(action), &reason),
                );
                match c.failure_action {
                    FailureAction::Restart => {
                        self.procs.get_mut(idx).restart_reason =
                            Some(crate::process::restarts::RestartReason::Liveness);
                        self.procs.get_mut(idx).restart_pending = true;
                        self.stop(idx, now);
                    }
                    FailureAction::Stop => self.stop(idx, now),
                    FailureAction::Command(cmd) => self.run_action(
                        &cmd,
                        format!("liveness_check_failure_action of {name}"),
                        now,
                    ),
                }
            }
            Outcome::Passed { recovered, alive } => {
                if recovered {
                    emit(
                        LogLevel::Info,
                        &format!("liveness check of {name} passed again"),
                    );
                    self.events_publish(
                        EventType::ProcessLiveness,
                        event("recovered", 0, None, ""),
                    );
                }
                if let Some(cmd) = c.success_action.filter(|_| alive) {
                    self.run_action(
                        &cmd,
                        format!("liveness_check_success_action of {name}"),
                        now,
                    );
                }
            }
        }
    }

    fn run_action(&mut self, command: &str, what: String, now: Instant) {
        match spawn_quiet(shell(command)) {
            Ok(pid) => {
                emit(LogLevel::Info, &format!("{what} started (pid {pid})"));
                self.actions.push(ActionChild {
                    pid,
                    what,
                    deadline: now + ACTION_TIMEOUT,
                });
            }
            Err(e) => emit(LogLevel::Error, &format!("{what} could not start: {e}")),
        }
    }
}
