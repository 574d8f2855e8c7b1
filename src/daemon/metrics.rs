//! Counters the daemon keeps for `ours.getMetrics`: per process spawns, unexpected exits,
//! the last exit and the time from spawn to RUNNING, fed by every state change
//! ([`Metrics::observe`]); for the daemon, its start time and how late the loop fired the
//! process timers (startsecs, backoff, stopwaitsecs), measured at the loop's wake-up so
//! that load on the host shows as a number.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::process::{Process, State};

/// Counters of one process (kept across restarts of the daemon's process table).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProcessCounters {
    pub spawns: u64,
    pub unexpected_exits: u64,
    pub last_exit_status: i64,
    pub last_exit_expected: bool,
    /// Seconds from spawn to RUNNING at the last successful start.
    pub start_to_running: Option<f64>,
    /// Failed liveness checks (`liveness_check_script`).
    pub liveness_failures: u64,
    /// Restarts (spawns after the first) by what led to them.
    pub restarts: crate::process::restarts::RestartCounts,
    /// Checks that found the process tree over its `memory_limit`.
    pub memory_exceeded: u64,
}

/// Every process's counters plus the daemon's start time.
#[derive(Debug)]
pub struct Metrics {
    pub started: Instant,
    pub procs: BTreeMap<(String, String), ProcessCounters>,
    /// Process timers fired since the daemon started.
    pub timers_fired: u64,
    /// Their lateness (wake-up time − deadline), summed and the worst.
    pub timer_late_sum: Duration,
    pub timer_late_max: Duration,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics {
            started: Instant::now(),
            procs: BTreeMap::new(),
            timers_fired: 0,
            timer_late_sum: Duration::ZERO,
            timer_late_max: Duration::ZERO,
        }
    }
}

impl Metrics {
    /// Records one process timer that fired `late` after its deadline.
    pub fn timer_fired(&mut self, late: Duration) {
        self.timers_fired += 1;
        self.timer_late_sum += late;
        self.timer_late_max = self.timer_late_max.max(late);
    }

    /// Records one failed liveness check of `p`.
    pub fn liveness_failed(&mut self, p: &Process) {
        let key = (p.config.group.clone(), p.config.name.clone());
        self.procs.entry(key).or_default().liveness_failures += 1;
    }

    /// Records one restart of `p` for `reason`.
    pub fn restarted(&mut self, p: &Process, reason: crate::process::restarts::RestartReason) {
        let key = (p.config.group.clone(), p.config.name.clone());
        self.procs.entry(key).or_default().restarts.add(reason);
    }

    /// Records one check that found `p` over its `memory_limit`.
    pub fn memory_exceeded(&mut self, p: &Process) {
        let key = (p.config.group.clone(), p.config.name.clone());
        self.procs.entry(key).or_default().memory_exceeded += 1;
    }

    /// Whether `p` was spawned before (so its next spawn is a restart).
    pub fn spawned_before(&self, p: &Process) -> bool {
        let key = (p.config.group.clone(), p.config.name.clone());
        self.procs.get(&key).is_some_and(|c| c.spawns > 0)
    }

    /// Records one state change of `p` (called for every transition, in order).
    pub fn observe(&mut self, p: &Process, from: State, to: State, now: Instant) {
        let key = (p.config.group.clone(), p.config.name.clone());
        let c = self.procs.entry(key).or_default();
        match (from, to) {
            (_, State::Starting { .. }) => c.spawns += 1,
            (State::Starting { since, .. }, State::Running { .. }) => {
                c.start_to_running = Some(now.saturating_duration_since(since).as_secs_f64());
            }
            _ => {}
        }
        let exit = match to {
            State::Exited { expected } => Some(expected),
            State::Backoff { .. } if matches!(from, State::Starting { .. }) => Some(false),
            State::Stopped if matches!(from, State::Stopping { .. }) => Some(true),
            _ => None,
        };
        if let Some(expected) = exit {
            c.last_exit_status = i64::from(p.machine.exitstatus);
            c.last_exit_expected = expected;
            if !expected {
                c.unexpected_exits += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timer_lateness_is_counted_summed_and_its_worst_kept() {
        let mut m = Metrics::default();
        for us in [300, 2000, 700] {
            m.timer_fired(Duration::from_micros(us));
        }
        assert_eq!(m.timers_fired, 3);
        assert_eq!(m.timer_late_sum, Duration::from_micros(3000));
        assert_eq!(m.timer_late_max, Duration::from_micros(2000));
    }
}
