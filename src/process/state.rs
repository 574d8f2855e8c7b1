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
mod tests {
    use super::*;
    use crate::config::AutoRestart;
    use crate::process::describe::uptime;

    fn policy() -> Policy {
        Policy {
            autostart: true,
            autorestart: AutoRestart::Unexpected,
            startsecs: 1,
            startretries: 2,
            exitcodes: vec![0],
            stopsignals: vec![15],
            stopwaitsecs: 10,
            stopasgroup: false,
            killasgroup: false,
            ready_timeout: None,
            restartpause: Duration::ZERO,
            killwaitsecs: None,
        }
    }

    #[test]
    fn restartpause_delays_the_restart_after_an_exit() {
        let p = Policy {
            autorestart: AutoRestart::Always,
            startsecs: 0,
            restartpause: Duration::from_secs(2),
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("x");
        m.spawned(1, t0, 1, &p);
        m.on_timer(secs(t0, 1.0), &p);
        let acts = m.exited(Exit::Code(0), secs(t0, 5.0), 5, &p);
        assert!(logs(&acts).iter().any(|l| l.contains("restartpause")));
        assert_eq!(m.deadline(), Some(secs(t0, 7.0)));
        assert!(!m.wants_spawn(secs(t0, 6.9), &p));
        m.on_timer(secs(t0, 7.0), &p);
        assert!(m.wants_spawn(secs(t0, 7.0), &p));
        // A quick exit waits for the longer of the pause and the respawn gap.
        m.spawned(2, secs(t0, 7.0), 7, &p);
        m.exited(Exit::Code(1), secs(t0, 7.1), 7, &p);
        assert_eq!(m.deadline(), Some(secs(t0, 7.1 + 2.0)));
    }

    #[test]
    fn an_exit_during_a_requested_stop_is_not_restarted() {
        let p = Policy {
            autorestart: AutoRestart::Always,
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("x");
        m.spawned(1, t0, 1, &p);
        m.on_timer(secs(t0, 1.0), &p);
        m.exited(Exit::Code(1), secs(t0, 5.0), 5, &p);
        assert!(m.wants_spawn(secs(t0, 5.0), &p));
        m.hold_restart();
        assert!(!m.wants_spawn(secs(t0, 5.0), &p));
        m.spawned(2, secs(t0, 6.0), 6, &p);
        m.hold_restart();
        assert_eq!(m.state.name(), "STARTING", "only an EXITED process is held");
    }

    #[test]
    fn killwaitsecs_sets_the_sigkill_resend_interval() {
        let p = Policy {
            stopwaitsecs: 10,
            killwaitsecs: Some(Duration::from_millis(500)),
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("x");
        m.spawned(1, t0, 1, &p);
        m.stop(t0, &p);
        m.on_timer(secs(t0, 10.0), &p);
        assert_eq!(m.deadline(), Some(secs(t0, 10.5)));
        let acts = m.on_timer(secs(t0, 10.5), &p);
        assert!(logs(&acts)
            .iter()
            .any(|l| l.contains("still running 0.5 s after SIGKILL")));
        assert_eq!(m.deadline(), Some(secs(t0, 11.0)));
    }

    fn secs(t0: Instant, s: f64) -> Instant {
        t0 + Duration::from_secs_f64(s)
    }

    fn logs(actions: &[Action]) -> Vec<String> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Log(_, m) => Some(m.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn starting_becomes_running_at_the_startsecs_deadline() {
        let p = policy();
        let t0 = Instant::now();
        let mut m = Machine::new("web");
        assert!(m.wants_spawn(t0, &p));
        let a = m.spawned(42, t0, 1000, &p);
        assert_eq!(logs(&a), vec!["spawned: 'web' with pid 42"]);
        assert_eq!(m.deadline(), Some(secs(t0, 1.0)));
        assert!(m.on_timer(secs(t0, 0.999), &p).is_empty());
        let a = m.on_timer(secs(t0, 1.0), &p);
        assert_eq!(m.state.name(), "RUNNING");
        assert_eq!(
            logs(&a),
            vec!["success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"]
        );
        assert_eq!(m.deadline(), None);
    }

    #[test]
    fn startsecs_zero_is_running_at_once() {
        let p = Policy {
            startsecs: 0,
            ..policy()
        };
        let mut m = Machine::new("a");
        m.spawned(7, Instant::now(), 5, &p);
        assert_eq!(m.state.name(), "RUNNING");
    }

    #[test]
    fn early_exits_back_off_linearly_then_go_fatal() {
        let p = policy();
        let t0 = Instant::now();
        let mut m = Machine::new("x");
        m.spawned(1, t0, 1, &p);
        // Exit code 0 inside startsecs is still a failure.
        let a = m.exited(Exit::Code(0), secs(t0, 0.01), 1, &p);
        assert_eq!(logs(&a), vec!["exited: x (exit status 0; not expected)"]);
        assert_eq!(
            m.state,
            State::Backoff {
                retry_at: secs(t0, 1.01)
            }
        );
        assert_eq!(
            m.description(t0, |_| String::new()),
            "Exited too quickly (process log may have details)"
        );
        assert!(!m.wants_spawn(secs(t0, 1.0), &p));
        assert!(m.wants_spawn(secs(t0, 1.01), &p));
        m.spawned(2, secs(t0, 1.01), 2, &p);
        m.exited(Exit::Code(1), secs(t0, 1.02), 2, &p);
        assert_eq!(
            m.state,
            State::Backoff {
                retry_at: secs(t0, 3.02)
            }
        );
        m.spawned(3, secs(t0, 3.02), 3, &p);
        let a = m.exited(Exit::Code(1), secs(t0, 3.03), 3, &p);
        assert_eq!(m.state, State::Fatal);
        assert_eq!(m.backoff, 0);
        assert_eq!(
            logs(&a)[1],
            "gave up: x entered FATAL state, too many start retries too quickly"
        );
        assert!(!m.wants_spawn(secs(t0, 100.0), &p));
        assert!(m.can_start());
    }

    #[test]
    fn startretries_zero_means_one_attempt() {
        let p = Policy {
            startretries: 0,
            ..policy()
        };
        let mut m = Machine::new("x");
        m.spawn_failed("can't find command 'nope'", Instant::now(), 1, &p);
        assert_eq!(m.state, State::Fatal);
        assert_eq!(
            m.description(Instant::now(), |_| String::new()),
            "can't find command 'nope'"
        );
    }

    #[test]
    fn autorestart_rules_on_exit_from_running() {
        let t0 = Instant::now();
        for (rule, code, restart) in [
            (AutoRestart::Unexpected, 0, false),
            (AutoRestart::Unexpected, 3, true),
            (AutoRestart::Always, 0, true),
            (AutoRestart::Never, 3, false),
        ] {
            let p = Policy {
                autorestart: rule,
                ..policy()
            };
            let mut m = Machine::new("r");
            m.spawned(9, t0, 1, &p);
            m.on_timer(secs(t0, 1.0), &p);
            let a = m.exited(Exit::Code(code), secs(t0, 5.0), 6, &p);
            let expected = code == 0;
            assert_eq!(m.state, State::Exited { expected });
            assert_eq!(m.exitstatus, code);
            assert_eq!(m.wants_spawn(secs(t0, 5.0), &p), restart, "{rule:?} {code}");
            let word = if expected { "expected" } else { "not expected" };
            assert_eq!(
                logs(&a),
                vec![format!("exited: r (exit status {code}; {word})")]
            );
            if !expected {
                assert_eq!(m.spawnerr, "Bad exit code 3");
            }
        }
    }

    #[test]
    fn exit_after_startsecs_before_the_timer_is_promoted() {
        let p = policy();
        let t0 = Instant::now();
        let mut m = Machine::new("r");
        m.spawned(9, t0, 1, &p);
        m.exited(Exit::Code(0), secs(t0, 1.5), 2, &p);
        assert_eq!(m.state, State::Exited { expected: true });
    }

    #[test]
    fn a_quick_exit_delays_the_restart_to_a_second_after_the_spawn_logged_once_per_burst() {
        let p = Policy {
            startsecs: 0,
            autorestart: AutoRestart::Always,
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("q");
        let mut lines = Vec::new();
        let mut spawns = 0;
        let mut now = t0;
        // Ten runs that each die 8 ms after their spawn.
        for _ in 0..10 {
            m.spawned(1, now, 1, &p);
            spawns += 1;
            let exit = Exit::Code(1);
            lines.extend(logs(&m.exited(exit, now + Duration::from_millis(8), 1, &p)));
            assert!(!m.wants_spawn(now + Duration::from_millis(999), &p));
            let due = m.deadline().expect("a respawn deadline");
            assert_eq!(due, now + RESPAWN_GAP);
            assert!(m.on_timer(due, &p).is_empty());
            assert!(m.wants_spawn(due, &p));
            assert_eq!(m.deadline(), None, "the deadline is consumed");
            now = due;
        }
        assert_eq!(spawns, 10);
        let delayed: Vec<_> = lines
            .iter()
            .filter(|l| l.starts_with("respawn of"))
            .collect();
        assert_eq!(
            delayed,
            vec!["respawn of 'q' delayed 0.99 s (exited 8 ms after start)"]
        );
        // A run of a second or more restarts at once, and ends the burst.
        m.spawned(1, now, 1, &p);
        let a = m.exited(Exit::Code(1), now + Duration::from_secs(2), 1, &p);
        assert!(logs(&a).iter().all(|l| !l.starts_with("respawn of")));
        assert!(m.wants_spawn(now + Duration::from_secs(2), &p));
        assert_eq!(m.deadline(), None);
        // Without an automatic restart nothing is delayed or logged.
        let never = Policy {
            autorestart: AutoRestart::Never,
            ..p.clone()
        };
        let mut m = Machine::new("n");
        m.spawned(1, t0, 1, &never);
        let a = m.exited(Exit::Code(1), t0 + Duration::from_millis(5), 1, &never);
        assert!(logs(&a).iter().all(|l| !l.starts_with("respawn of")));
        assert_eq!(m.deadline(), None);
        // An operator's stop while the restart waits cancels it, until the next start.
        let mut m = Machine::new("s");
        m.spawned(1, t0, 1, &p);
        m.exited(Exit::Code(1), t0 + Duration::from_millis(5), 1, &p);
        m.cancel_respawn();
        assert_eq!(m.deadline(), None);
        assert!(!m.wants_spawn(t0 + Duration::from_secs(5), &p));
        m.spawned(2, t0 + Duration::from_secs(5), 1, &p);
        m.exited(Exit::Code(1), t0 + Duration::from_secs(7), 1, &p);
        assert!(m.wants_spawn(t0 + Duration::from_secs(7), &p));
    }

    #[test]
    fn sigkill_is_repeated_at_most_once_a_second_even_with_stopwaitsecs_zero() {
        let p = Policy {
            stopwaitsecs: 0,
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("k");
        m.spawned(7, t0, 1, &p);
        m.stop(t0, &p);
        let a = m.on_timer(t0, &p);
        assert!(a.contains(&Action::Signal {
            pid: 7,
            sig: 9,
            group: false
        }));
        assert_eq!(m.deadline(), Some(t0 + Duration::from_secs(1)));
        assert!(m.on_timer(t0 + Duration::from_millis(500), &p).is_empty());
    }

    #[test]
    fn stop_escalates_through_signals_then_sigkill_rearmed() {
        let p = Policy {
            stopsignals: vec![2, 15],
            stopwaitsecs: 1,
            stopasgroup: true,
            killasgroup: true,
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("s");
        m.spawned(50, t0, 1, &p);
        let a = m.stop(secs(t0, 0.5), &p);
        assert_eq!(
            a,
            vec![
                Action::Log(
                    LogLevel::Debug,
                    "killing s (pid 50) process group with signal SIGINT".into()
                ),
                Action::Signal {
                    pid: 50,
                    sig: 2,
                    group: true
                }
            ]
        );
        assert_eq!(m.deadline(), Some(secs(t0, 1.5)));
        let a = m.on_timer(secs(t0, 1.5), &p);
        assert!(a.contains(&Action::Signal {
            pid: 50,
            sig: 15,
            group: true
        }));
        let a = m.on_timer(secs(t0, 2.5), &p);
        assert_eq!(
            logs(&a),
            vec![
                "killing 's' (50) with SIGKILL",
                "killing s (pid 50) process group with signal SIGKILL"
            ]
        );
        assert!(a.contains(&Action::Signal {
            pid: 50,
            sig: 9,
            group: true
        }));
        // Re-armed: SIGKILL again one stopwaitsecs later.
        let a = m.on_timer(secs(t0, 3.5), &p);
        assert!(a.contains(&Action::Signal {
            pid: 50,
            sig: 9,
            group: true
        }));
        let a = m.exited(
            Exit::Signal {
                sig: 9,
                core: false,
            },
            secs(t0, 3.6),
            9,
            &p,
        );
        assert_eq!(
            a,
            vec![Action::Log(
                LogLevel::Warn,
                "stopped: s (terminated by SIGKILL)".into()
            )]
        );
        assert_eq!(m.state, State::Stopped);
        assert_eq!(m.exitstatus, -1);
        assert!(!m.wants_spawn(secs(t0, 4.0), &p));
        assert_eq!(m.description(t0, |t| format!("at {t}")), "at 9");
    }

    #[test]
    fn stop_in_backoff_is_stopped_without_signal() {
        let p = policy();
        let t0 = Instant::now();
        let mut m = Machine::new("b");
        m.spawn_failed("boom", t0, 1, &p);
        assert!(m.stop(t0, &p).is_empty());
        assert_eq!(m.state, State::Stopped);
        let mut m = Machine::new("b");
        m.spawn_failed("boom", t0, 1, &p);
        m.give_up();
        assert_eq!(m.state, State::Fatal);
    }

    #[test]
    fn descriptions_and_uptime() {
        let p = policy();
        let t0 = Instant::now();
        let mut m = Machine::new("d");
        assert_eq!(m.description(t0, |_| String::new()), "Not started");
        m.spawned(77, t0, 1, &p);
        assert_eq!(m.description(t0, |_| String::new()), "");
        m.on_timer(secs(t0, 1.0), &p);
        assert_eq!(
            m.description(secs(t0, 3723.5), |_| String::new()),
            "pid 77, uptime 1:02:03"
        );
        assert_eq!(uptime(Duration::from_secs(86400 + 5)), "1 day, 0:00:05");
        assert_eq!(uptime(Duration::from_secs(2 * 86400)), "2 days, 0:00:00");
        assert_eq!(
            uptime(Duration::from_secs(100 * 3600 + 59)),
            "4 days, 4:00:59"
        );
        assert_eq!(uptime(Duration::from_secs(86399)), "23:59:59");
    }

    #[test]
    fn exit_descriptions() {
        assert_eq!(Exit::Code(3).describe(), "exit status 3");
        assert_eq!(
            Exit::Signal { sig: 9, core: true }.describe(),
            "terminated by SIGKILL (core dumped)"
        );
    }

    #[test]
    fn every_intermediate_state_change_is_recorded() {
        let p = Policy {
            startsecs: 0,
            startretries: 0,
            ..policy()
        };
        let t0 = Instant::now();
        let mut m = Machine::new("c");
        m.spawned(1, t0, 1, &p);
        m.exited(Exit::Code(0), t0, 1, &p);
        let names: Vec<(&str, &str)> = m
            .take_changes()
            .iter()
            .map(|(a, b)| (a.name(), b.name()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("STOPPED", "STARTING"),
                ("STARTING", "RUNNING"),
                ("RUNNING", "EXITED")
            ]
        );
        let p = Policy {
            startretries: 0,
            ..policy()
        };
        m.spawned(2, t0, 2, &p);
        m.exited(Exit::Code(1), t0, 2, &p);
        let names: Vec<&str> = m.take_changes().iter().map(|(_, b)| b.name()).collect();
        assert_eq!(names, vec!["STARTING", "BACKOFF", "FATAL"]);
        assert!(m.take_changes().is_empty());
    }

    #[test]
    fn readiness_gates_running_and_a_timeout_is_a_failed_start() {
        let mut p = policy();
        p.ready_timeout = Some(Duration::from_secs(5));
        let t0 = Instant::now();
        let mut m = Machine::new("x");
        m.spawned(7, t0, 1, &p);
        assert_eq!(m.deadline(), Some(secs(t0, 5.0)));
        assert!(m.on_timer(secs(t0, 2.0), &p).is_empty());
        assert_eq!(m.state.name(), "STARTING");
        m.mark_ready(secs(t0, 2.5), &p);
        assert_eq!(m.state.name(), "RUNNING");

        let mut m = Machine::new("y");
        m.spawned(8, t0, 1, &p);
        m.mark_ready(secs(t0, 0.5), &p);
        assert_eq!(
            m.state.name(),
            "STARTING",
            "ready before startsecs waits for them"
        );
        assert_eq!(m.deadline(), Some(secs(t0, 1.0)));
        m.on_timer(secs(t0, 1.0), &p);
        assert_eq!(m.state.name(), "RUNNING");

        let mut m = Machine::new("z");
        m.spawned(9, t0, 1, &p);
        let actions = m.on_timer(secs(t0, 5.0), &p);
        assert_eq!(m.state.name(), "STOPPING");
        assert_eq!(m.spawnerr, "not ready after 5 s");
        assert!(actions.contains(&Action::Signal {
            pid: 9,
            sig: 15,
            group: false
        }));
        m.exited(
            Exit::Signal {
                sig: 15,
                core: false,
            },
            secs(t0, 5.1),
            2,
            &p,
        );
        assert_eq!(m.state.name(), "BACKOFF");
        assert_eq!(m.backoff, 1);
    }
}
