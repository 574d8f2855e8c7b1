//! The per-process state machine of supervisord (states, transitions, backoff and stop
//! escalation as supervisor 4.3 has them) as pure functions.
//!
//! `Machine` owns everything a process's lifecycle depends on (state with its per-state
//! data, backoff counter, spawn error, last exit status, start/stop times). Every input
//! is a method taking `now`; outputs are the new state plus a list of `Action`s the
//! event loop executes (log lines, signals to send). Nothing here forks, sleeps or reads
//! the clock, so every transition is unit-tested below.
//!
//! Timing differs from Python on purpose: instead of checking on a 1 s tick, each state
//! exposes its deadline (`Machine::deadline`) and the loop wakes exactly then.

use std::time::{Duration, Instant};

use crate::config::LogLevel;
use crate::states as codes;

use super::backoff::restarts;
pub use super::backoff::RESPAWN_GAP;
pub use super::describe::Exit;
pub use super::policy::Policy;

pub(super) mod libc_sig {
    pub const TERM: i32 = 15;
    pub const KILL: i32 = 9;
}

/// A process state with the data valid only in that state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not running; never started, stopped on request, or stopped from BACKOFF.
    Stopped,
    /// Spawned; becomes RUNNING at `running_at` (= spawn + startsecs) once `ready`
    /// (always true without a readiness check). Not ready by `ready_by`: a failed start.
    Starting {
        pid: i32,
        since: Instant,
        running_at: Instant,
        ready: bool,
        ready_by: Option<Instant>,
    },
    /// Up for longer than startsecs.
    Running { pid: i32, since: Instant },
    /// Failed to start; the next attempt is due at `retry_at`.
    Backoff { retry_at: Instant },
    /// A stop signal was sent; `signal_index` is the index into the stop-signal list of
    /// the last signal sent (== its length once SIGKILL was sent). Escalates at `kill_at`.
    Stopping {
        pid: i32,
        since: Instant,
        kill_at: Instant,
        signal_index: usize,
    },
    /// Exited on its own after reaching RUNNING.
    Exited { expected: bool },
    /// Gave up after too many start retries.
    Fatal,
    /// Could not be signalled for an unexpected reason.
    Unknown,
}

impl State {
    /// supervisord's numeric state code.
    pub fn code(&self) -> i64 {
        i64::from(self.state_code())
    }
    /// supervisord's state name (`RUNNING`, ...).
    pub fn name(&self) -> &'static str {
        codes::name(self.state_code())
    }
    fn state_code(&self) -> i32 {
        match self {
            State::Stopped => codes::STOPPED,
            State::Starting { .. } => codes::STARTING,
            State::Running { .. } => codes::RUNNING,
            State::Backoff { .. } => codes::BACKOFF,
            State::Stopping { .. } => codes::STOPPING,
            State::Exited { .. } => codes::EXITED,
            State::Fatal => codes::FATAL,
            State::Unknown => codes::UNKNOWN,
        }
    }
    /// The pid of the live child, in the states that have one.
    pub fn pid(&self) -> Option<i32> {
        match *self {
            State::Starting { pid, .. }
            | State::Running { pid, .. }
            | State::Stopping { pid, .. } => Some(pid),
            _ => None,
        }
    }
    /// supervisord's "stopped" class: STOPPED, EXITED, FATAL, UNKNOWN.
    pub fn is_stopped(&self) -> bool {
        matches!(
            self,
            State::Stopped | State::Exited { .. } | State::Fatal | State::Unknown
        )
    }
    /// supervisord's "running" class: RUNNING, BACKOFF, STARTING.
    pub fn is_running(&self) -> bool {
        matches!(
            self,
            State::Running { .. } | State::Backoff { .. } | State::Starting { .. }
        )
    }
}

/// Something the event loop must do after a transition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Write a main-log line.
    Log(LogLevel, String),
    /// Send `sig` to `pid`, or to its process group when `group`.
    Signal { pid: i32, sig: i32, group: bool },
}

/// The lifecycle facts of one process.
#[derive(Debug, Clone, PartialEq)]
pub struct Machine {
    /// Process name used in log lines.
    pub name: String,
    pub state: State,
    /// supervisord's backoff counter (also the `tries` of events).
    pub backoff: u64,
    /// Last spawn error (empty when none).
    pub spawnerr: String,
    /// Last exit status (0 when none, -1 after a signal).
    pub exitstatus: i32,
    /// Epoch seconds of the last spawn (0 = never started).
    pub laststart: i64,
    /// Epoch seconds of the last exit (0 = never).
    pub laststop: i64,
    /// State changes `(from, to)` not yet taken by the owner (`take_changes`): every
    /// intermediate state counts (STARTING→RUNNING→EXITED is two changes), as supervisord
    /// emits one PROCESS_STATE event per change.
    pub changes: Vec<(State, State)>,
    /// Being stopped because it was not ready in time: its exit is a failed start.
    pub start_failed: bool,
    /// When the current (or last) run was spawned.
    pub(super) spawned_at: Option<Instant>,
    /// An automatic restart after an exit within [`RESPAWN_GAP`] of the spawn waits for this.
    pub(super) respawn_at: Option<Instant>,
    /// The last exits were all that quick: the delay was logged once for the burst.
    pub(super) quick_exits: bool,
    /// An operator's stop cancelled the pending automatic restart: none until a start.
    pub(super) held: bool,
}

impl Machine {
    /// A never-started process.
    pub fn new(name: &str) -> Machine {
        Machine {
            name: name.to_string(),
            state: State::Stopped,
            backoff: 0,
            spawnerr: String::new(),
            exitstatus: 0,
            laststart: 0,
            laststop: 0,
            changes: Vec::new(),
            start_failed: false,
            spawned_at: None,
            respawn_at: None,
            quick_exits: false,
            held: false,
        }
    }

    /// Moves to `next`, recording the change when the state (code) differs.
    pub(super) fn enter(&mut self, next: State) {
        if next.code() != self.state.code() {
            self.changes.push((self.state, next));
        }
        self.state = next;
    }

    /// Takes the recorded state changes, oldest first.
    pub fn take_changes(&mut self) -> Vec<(State, State)> {
        std::mem::take(&mut self.changes)
    }

    /// The next instant at which `on_timer` (or a backoff retry) has something to do.
    pub fn deadline(&self) -> Option<Instant> {
        match self.state {
            State::Starting {
                running_at,
                ready,
                ready_by,
                ..
            } => {
                if ready {
                    Some(running_at)
                } else {
                    ready_by
                }
            }
            State::Stopping { kill_at, .. } => Some(kill_at),
            State::Backoff { retry_at } => Some(retry_at),
            State::Exited { .. } => self.respawn_at,
            _ => None,
        }
    }

    /// Whether the process should be spawned now on its own (autostart, autorestart,
    /// backoff retry). The loop asks this only while the daemon is running.
    pub fn wants_spawn(&self, now: Instant, p: &Policy) -> bool {
        match self.state {
            State::Stopped => self.laststart == 0 && p.autostart,
            State::Exited { expected } => {
                self.respawn_at.is_none() && !self.held && restarts(p, expected)
            }
            State::Backoff { retry_at } => now >= retry_at && self.backoff <= p.startretries,
            _ => false,
        }
    }

    /// Whether a start request may spawn now (STOPPED, EXITED, FATAL).
    pub fn can_start(&self) -> bool {
        matches!(
            self.state,
            State::Stopped | State::Exited { .. } | State::Fatal
        )
    }

    /// A fork succeeded: STARTING, or RUNNING at once when startsecs is 0.
    pub fn spawned(&mut self, pid: i32, now: Instant, epoch: i64, p: &Policy) -> Vec<Action> {
        self.spawnerr.clear();
        self.exitstatus = 0;
        self.laststart = epoch.max(1);
        self.spawned_at = Some(now);
        self.respawn_at = None;
        self.held = false;
        let mut actions = vec![Action::Log(
            LogLevel::Info,
            format!("spawned: '{}' with pid {pid}", self.name),
        )];
        self.enter(State::Starting {
            pid,
            since: now,
            running_at: after(now, Duration::from_secs(p.startsecs)),
            ready: p.ready_timeout.is_none(),
            ready_by: p.ready_timeout.map(|t| after(now, t)),
        });
        if p.startsecs == 0 {
            actions.extend(self.on_timer(now, p));
        }
        actions
    }

    /// The spawn failed in the parent (bad command, EMFILE, EAGAIN, ...): like Python,
    /// STARTING (no pid) then BACKOFF, or FATAL once the retries are used up.
    pub fn spawn_failed(&mut self, err: &str, now: Instant, epoch: i64, p: &Policy) -> Vec<Action> {
        self.spawnerr = err.to_string();
        self.exitstatus = 0;
        self.laststart = epoch.max(1);
        self.enter(State::Starting {
            pid: 0,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        });
        let mut actions = vec![Action::Log(LogLevel::Info, format!("spawnerr: {err}"))];
        actions.extend(self.enter_backoff(now, p));
        actions
    }

    /// Deadlines: STARTING→RUNNING, stop-signal escalation and SIGKILL re-arming, the end
    /// of a quick exit's restart delay.
    pub fn on_timer(&mut self, now: Instant, p: &Policy) -> Vec<Action> {
        match self.state {
            State::Exited { .. } if self.respawn_at.is_some_and(|t| now >= t) => {
                self.respawn_at = None;
                Vec::new()
            }
            State::Starting {
                pid,
                since,
                ready: false,
                ready_by: Some(ready_by),
                ..
            } if now >= ready_by => {
                let waited = p.ready_timeout.unwrap_or_default().as_secs_f64();
                self.spawnerr = format!("not ready after {} s", trim_secs(waited));
                self.start_failed = true;
                let mut actions = vec![Action::Log(
                    LogLevel::Warn,
                    format!("{}: {}, stopping it", self.name, self.spawnerr),
                )];
                self.enter(State::Stopping {
                    pid,
                    since,
                    kill_at: after(now, Duration::from_secs(p.stopwaitsecs)),
                    signal_index: 0,
                });
                actions.extend(self.signal_actions(pid, p.stopsignals[0], p.stopasgroup));
                actions
            }
            State::Starting {
                pid,
                since,
                running_at,
                ready: true,
                ..
            } if now >= running_at => {
                self.backoff = 0;
                self.enter(State::Running { pid, since });
                vec![Action::Log(
                    LogLevel::Info,
                    format!(
                        "success: {} entered RUNNING state, process has stayed up for > than {} seconds (startsecs)",
                        self.name, p.startsecs
                    ),
                )]
            }
            State::Stopping {
                pid,
                since,
                kill_at,
                signal_index,
            } if now >= kill_at => self.escalate(pid, since, signal_index, now, p),
            _ => Vec::new(),
        }
    }

    /// The readiness check passed: RUNNING now if startsecs have passed too, else at
    /// the startsecs deadline. No-op in any other state.
    pub fn mark_ready(&mut self, now: Instant, p: &Policy) -> Vec<Action> {
        if let State::Starting {
            pid,
            since,
            running_at,
            ready: false,
            ..
        } = self.state
        {
            self.state = State::Starting {
                pid,
                since,
                running_at,
                ready: true,
                ready_by: None,
            };
            let mut actions = vec![Action::Log(
                LogLevel::Info,
                format!("ready: {} passed its readiness check", self.name),
            )];
            actions.extend(self.on_timer(now, p));
            return actions;
        }
        Vec::new()
    }

    /// The child was reaped.
    pub fn exited(&mut self, exit: Exit, now: Instant, epoch: i64, p: &Policy) -> Vec<Action> {
        self.laststop = epoch;
        let es = exit.status();
        let expected = p.exitcodes.contains(&es);
        let how = exit.describe();
        if std::mem::take(&mut self.start_failed) {
            // Stopped because it never became ready: a failed start, retried as usual.
            self.exitstatus = es;
            let mut actions = vec![Action::Log(
                LogLevel::Warn,
                format!("stopped: {} ({how}; not ready)", self.name),
            )];
            actions.extend(self.enter_backoff(now, p));
            return actions;
        }
        match self.state {
            State::Stopping { .. } => {
                self.exitstatus = es;
                self.enter(State::Stopped);
                let level = if expected {
                    LogLevel::Info
                } else {
                    LogLevel::Warn
                };
                vec![Action::Log(
                    level,
                    format!("stopped: {} ({how})", self.name),
                )]
            }
            State::Starting {
                running_at, ready, ..
            } if now < running_at || !ready => {
                self.exitstatus = 0;
                self.spawnerr = "Exited too quickly (process log may have details)".into();
                let mut actions = vec![Action::Log(
                    LogLevel::Warn,
                    format!("exited: {} ({how}; not expected)", self.name),
                )];
                actions.extend(self.enter_backoff(now, p));
                actions
            }
            State::Starting { .. } | State::Running { .. } => {
                self.backoff = 0;
                self.exitstatus = es;
                self.enter(State::Exited { expected });
                let mut actions = if expected {
                    vec![Action::Log(
                        LogLevel::Info,
                        format!("exited: {} ({how}; expected)", self.name),
                    )]
                } else {
                    self.spawnerr = format!("Bad exit code {es}");
                    vec![Action::Log(
                        LogLevel::Warn,
                        format!("exited: {} ({how}; not expected)", self.name),
                    )]
                };
                actions.extend(self.delay_quick_respawn(now, p, expected));
                actions
            }
            _ => Vec::new(),
        }
    }
}

/// `wait` after `now`; a wait past what the clock can hold (a config may say
/// `startsecs=9223372036854775807`) is a century instead of an overflow.
pub(super) fn after(now: Instant, wait: Duration) -> Instant {
    let century = Duration::from_secs(100 * 365 * 86400);
    now.checked_add(wait.min(century)).unwrap_or(now)
}

/// Seconds without a needless fraction (`60`, `2.5`).
fn trim_secs(s: f64) -> String {
    if s.fract() == 0.0 {
        format!("{}", s as u64)
    } else {
        format!("{s}")
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
