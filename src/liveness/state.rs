//! The pure side of a liveness check: when the next check is due, and what a result
//! means (the Go port's counters: successes and failures in a row, each capped at its
//! threshold, each reset by the other).
//!
//! Checks start on a fixed grid: the first `initial_delay` after RUNNING, then every
//! `period` from the start of the previous one (the Go port counts the period from the end
//! of the previous check, so its checks drift by their own duration). A check that takes
//! longer than `period` is followed by the next one at once.

use std::time::{Duration, Instant};

use super::LivenessConfig;

/// Successes and failures in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub successes: u32,
    pub failures: u32,
    /// The last check failed (kept across the reset after a failure action, so the next
    /// pass is a recovery).
    pub failing: bool,
}

/// Where a process's liveness check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Liveness {
    /// The next check starts at `at`.
    Waiting { at: Instant, tally: Tally },
    /// A check due at `started` is under way; not done by `deadline`, it failed.
    Checking {
        started: Instant,
        deadline: Instant,
        tally: Tally,
    },
}

/// What a finished check means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Passed. `recovered`: after one or more failures; `alive`: the successes just
    /// reached `success_threshold` (the success action runs).
    Passed { recovered: bool, alive: bool },
    /// Failed, `failures` in a row, below the threshold.
    Failed { failures: u32 },
    /// Failed `failure_threshold` times in a row: the failure action runs, the counters
    /// start again and the next check waits `initial_delay`.
    Act { failures: u32 },
}

impl Liveness {
    /// A program just became RUNNING.
    pub fn new(now: Instant, c: &LivenessConfig) -> Liveness {
        Liveness::Waiting {
            at: after(now, c.initial_delay),
            tally: Tally::default(),
        }
    }

    /// When the check under way was due, or the next one is, and the counters (what an
    /// in-place upgrade hands over: the check under way is started again).
    pub fn carry(&self) -> (Instant, Tally) {
        match *self {
            Liveness::Waiting { at, tally } => (at, tally),
            Liveness::Checking { started, tally, .. } => (started, tally),
        }
    }

    /// A check handed over by an in-place upgrade: the next one due at `at`.
    pub fn resumed(at: Instant, tally: Tally) -> Liveness {
        Liveness::Waiting { at, tally }
    }

    /// When the loop must call [`Liveness::begin`] or time the check out.
    pub fn deadline(&self) -> Instant {
        match *self {
            Liveness::Waiting { at, .. } => at,
            Liveness::Checking { deadline, .. } => deadline,
        }
    }

    /// Starts a check when one is due; true when the caller must start the probe.
    pub fn begin(&mut self, now: Instant, c: &LivenessConfig) -> bool {
        match *self {
            Liveness::Waiting { at, tally } if now >= at => {
                // The grid counts from when the check was due, not from a late wake-up.
                *self = Liveness::Checking {
                    started: at,
                    deadline: after(now, c.timeout),
                    tally,
                };
                true
            }
            _ => false,
        }
    }

    /// Whether a check under way has run out of time.
    pub fn timed_out(&self, now: Instant) -> bool {
        matches!(*self, Liveness::Checking { deadline, .. } if now >= deadline)
    }

    /// A check finished (`ok`: it passed). `None` when no check was under way.
    pub fn finish(&mut self, ok: bool, now: Instant, c: &LivenessConfig) -> Option<Outcome> {
        let Liveness::Checking { started, tally, .. } = *self else {
            return None;
        };
        let mut t = tally;
        let outcome = if ok {
            t.successes = (t.successes + 1).min(c.success_threshold);
            t.failures = 0;
            t.failing = false;
            Outcome::Passed {
                recovered: tally.failing,
                alive: tally.successes < c.success_threshold && t.successes >= c.success_threshold,
            }
        } else {
            t.failures = (t.failures + 1).min(c.failure_threshold);
            t.successes = 0;
            t.failing = true;
            if t.failures >= c.failure_threshold {
                *self = Liveness::Waiting {
                    at: after(now, c.initial_delay),
                    tally: Tally {
                        failing: true,
                        ..Tally::default()
                    },
                };
                return Some(Outcome::Act {
                    failures: t.failures,
                });
            }
            Outcome::Failed {
                failures: t.failures,
            }
        };
        *self = Liveness::Waiting {
            at: after(started, c.period).max(now),
            tally: t,
        };
        Some(outcome)
    }
}

/// `wait` after `now`, a century at most.
fn after(now: Instant, wait: Duration) -> Instant {
    now.checked_add(wait.min(Duration::from_secs(100 * 365 * 86400)))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::super::{FailureAction, Target};
    use super::*;

    fn config(success: u32, failure: u32) -> LivenessConfig {
        LivenessConfig {
            script: "exit 0".into(),
            target: Target::Command("exit 0".into()),
            initial_delay: Duration::from_secs(5),
            period: Duration::from_secs(2),
            timeout: Duration::from_secs(1),
            success_threshold: success,
            failure_threshold: failure,
            success_action: None,
            failure_action: FailureAction::Restart,
        }
    }

    fn at(t0: Instant, s: f64) -> Instant {
        t0 + Duration::from_secs_f64(s)
    }

    #[test]
    fn checks_run_on_a_fixed_grid_from_the_initial_delay() {
        let c = config(1, 3);
        let t0 = Instant::now();
        let mut l = Liveness::new(t0, &c);
        assert_eq!(l.deadline(), at(t0, 5.0));
        assert!(!l.begin(at(t0, 4.9), &c));
        assert!(l.begin(at(t0, 5.0), &c));
        assert_eq!(l.deadline(), at(t0, 6.0), "the timeout");
        assert!(!l.begin(at(t0, 5.1), &c), "one check at a time");
        let o = l.finish(true, at(t0, 5.3), &c);
        assert_eq!(
            o,
            Some(Outcome::Passed {
                recovered: false,
                alive: true
            })
        );
        assert_eq!(l.deadline(), at(t0, 7.0), "period counted from the start");
        // A check slower than the period: the next starts at once.
        assert!(l.begin(at(t0, 7.0), &c));
        l.finish(true, at(t0, 9.5), &c);
        assert_eq!(l.deadline(), at(t0, 9.5));
        assert_eq!(l.finish(true, at(t0, 9.5), &c), None, "nothing under way");
    }

    #[test]
    fn failures_in_a_row_act_once_then_start_again_after_the_initial_delay() {
        let c = config(1, 3);
        let t0 = Instant::now();
        let mut l = Liveness::new(t0, &c);
        let mut outcomes = Vec::new();
        for k in 0..3 {
            let t = at(t0, 5.0 + 2.0 * k as f64);
            assert!(l.begin(t, &c));
            outcomes.push(l.finish(false, t, &c).unwrap());
        }
        assert_eq!(
            outcomes,
            [
                Outcome::Failed { failures: 1 },
                Outcome::Failed { failures: 2 },
                Outcome::Act { failures: 3 }
            ]
        );
        // The action fires failure_threshold × period after the first due check.
        assert_eq!(l.deadline(), at(t0, 9.0 + 5.0));
        assert!(l.begin(at(t0, 14.0), &c));
        assert_eq!(
            l.finish(false, at(t0, 14.0), &c),
            Some(Outcome::Failed { failures: 1 })
        );
        // A pass right after an action is a recovery too.
        let c1 = config(1, 1);
        let mut l = Liveness::new(t0, &c1);
        assert!(l.begin(at(t0, 5.0), &c1));
        assert_eq!(
            l.finish(false, at(t0, 5.0), &c1),
            Some(Outcome::Act { failures: 1 })
        );
        assert!(l.begin(at(t0, 10.0), &c1));
        assert_eq!(
            l.finish(true, at(t0, 10.0), &c1),
            Some(Outcome::Passed {
                recovered: true,
                alive: true
            })
        );
    }

    #[test]
    fn a_success_resets_failures_and_reports_recovery() {
        let c = config(2, 3);
        let t0 = Instant::now();
        let mut l = Liveness::new(t0, &c);
        let mut run = |ok: bool, s: f64| {
            assert!(l.begin(at(t0, s), &c));
            l.finish(ok, at(t0, s), &c).unwrap()
        };
        assert_eq!(run(false, 5.0), Outcome::Failed { failures: 1 });
        assert_eq!(run(false, 7.0), Outcome::Failed { failures: 2 });
        assert_eq!(
            run(true, 9.0),
            Outcome::Passed {
                recovered: true,
                alive: false
            }
        );
        assert_eq!(
            run(true, 11.0),
            Outcome::Passed {
                recovered: false,
                alive: true
            }
        );
        assert_eq!(
            run(true, 13.0),
            Outcome::Passed {
                recovered: false,
                alive: false
            }
        );
        assert_eq!(run(false, 15.0), Outcome::Failed { failures: 1 });
    }

    #[test]
    fn a_timeout_is_due_at_the_deadline() {
        let c = config(1, 1);
        let t0 = Instant::now();
        let mut l = Liveness::new(t0, &c);
        assert!(l.begin(at(t0, 5.0), &c));
        assert!(!l.timed_out(at(t0, 5.9)));
        assert!(l.timed_out(at(t0, 6.0)));
        assert_eq!(
            l.finish(false, at(t0, 6.0), &c),
            Some(Outcome::Act { failures: 1 })
        );
    }
}
