//! How a process is stopped: its stop signals in turn, each waited `stopwaitsecs`, then
//! SIGKILL, repeated at most once a second until the child is gone.

use std::time::{Duration, Instant};

use super::state::{after, libc_sig, Action, Machine, State};
use super::Policy;
use crate::config::LogLevel;

impl Machine {
    /// A stop request: RUNNING/STARTING → STOPPING (first stop signal), BACKOFF → STOPPED.
    /// Other states are left alone (the caller decides whether that is a NOT_RUNNING fault).
    pub fn stop(&mut self, now: Instant, p: &Policy) -> Vec<Action> {
        match self.state {
            State::Running { pid, since } | State::Starting { pid, since, .. } => {
                self.enter(State::Stopping {
                    pid,
                    since,
                    kill_at: after(now, Duration::from_secs(p.stopwaitsecs)),
                    signal_index: 0,
                });
                self.signal_actions(pid, p.stopsignals[0], p.stopasgroup)
            }
            State::Backoff { .. } => {
                self.enter(State::Stopped);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// Shutdown: a process waiting in BACKOFF gives up (FATAL, no log line).
    pub fn give_up(&mut self) {
        if let State::Backoff { .. } = self.state {
            self.backoff = 0;
            self.enter(State::Fatal);
        }
    }

    pub(super) fn signal_actions(&self, pid: i32, sig: i32, group: bool) -> Vec<Action> {
        vec![
            Action::Log(
                LogLevel::Debug,
                format!(
                    "killing {} (pid {pid}) {}with signal {}",
                    self.name,
                    if group { "process group " } else { "" },
                    crate::signals::display_name(sig)
                ),
            ),
            Action::Signal { pid, sig, group },
        ]
    }

    /// Sending a signal failed for a reason other than ESRCH.
    pub fn signal_failed(&mut self, err: &str) -> Vec<Action> {
        let pid = self.state.pid().unwrap_or(0);
        self.enter(State::Unknown);
        vec![Action::Log(
            LogLevel::Critical,
            format!("unknown problem killing {} ({pid}):{err}", self.name),
        )]
    }

    /// A stop signal's time is up: the next signal of the list, then SIGKILL (repeated).
    pub(super) fn escalate(
        &mut self,
        pid: i32,
        since: Instant,
        signal_index: usize,
        now: Instant,
        p: &Policy,
    ) -> Vec<Action> {
        let next = (signal_index + 1).min(p.stopsignals.len());
        // SIGKILL is repeated no more than once a second, whatever stopwaitsecs
        // (0 included) says: a child that takes time to die is not flooded.
        // `killwaitsecs` replaces that wait when set (at least 0.1 s).
        let wait = if next == p.stopsignals.len() {
            p.killwaitsecs
                .map_or(Duration::from_secs(p.stopwaitsecs.max(1)), |k| {
                    k.max(Duration::from_millis(100))
                })
        } else {
            Duration::from_secs(p.stopwaitsecs)
        };
        let mut actions = Vec::new();
        if signal_index == p.stopsignals.len() {
            if let Some(k) = p.killwaitsecs {
                actions.push(Action::Log(
                    LogLevel::Warn,
                    format!(
                        "'{}' ({pid}) still running {} s after SIGKILL (killwaitsecs)",
                        self.name,
                        k.as_secs_f64()
                    ),
                ));
            }
        }
        self.enter(State::Stopping {
            pid,
            since,
            kill_at: after(now, wait),
            signal_index: next,
        });
        match p.stopsignals.get(next) {
            Some(&sig) => actions.extend(self.signal_actions(pid, sig, p.stopasgroup)),
            None => {
                actions.push(Action::Log(
                    LogLevel::Warn,
                    format!("killing '{}' ({pid}) with SIGKILL", self.name),
                ));
                actions.extend(self.signal_actions(pid, libc_sig::KILL, p.killasgroup));
            }
        }
        actions
    }
}
