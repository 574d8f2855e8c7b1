//! `ours.getMetrics`: counters the `/metrics` endpoint renders (see `http::probes`):
//! `{processes: [{group, name, K: number…}], supervisor: {K: number…}}`.
//!
//! Per process: spawns, restarts (spawns after the first), unexpected exits, last exit
//! status and whether it was expected, time from spawn to RUNNING, uptime, bytes received
//! per stream and bytes the log sinks dropped, and — while a child lives — its CPU seconds
//! and RSS (added outside the loop, see `usage.rs`). For the daemon itself: uptime,
//! CPU, RSS (usage.rs too), process count, parked calls, syslog failures, and how late the loop fired
//! the process timers (startsecs, backoff, stopwaitsecs): count, summed and worst lateness,
//! measured at the loop's wake-up, so load on the host shows as a number.
//!
//! The counters are fed by `Supervisor::on_state_change` through [`Metrics::observe`].

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::calls::Params;
use super::supervisor::Supervisor;
use crate::control::Reply;
use crate::logging::Channel;
use crate::process::{Process, State};
use crate::rpc::Value;

/// Counters of one process (kept across restarts of the daemon's process table).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProcessCounters {
    pub spawns: u64,
    pub unexpected_exits: u64,
    pub last_exit_status: i64,
    pub last_exit_expected: bool,
    /// Seconds from spawn to RUNNING at the last successful start.
    pub start_to_running: Option<f64>,
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

fn int(n: u64) -> Value {
    Value::Int(n.min(i64::MAX as u64) as i64)
}

fn process_metrics(sup: &Supervisor, p: &Process, now: Instant) -> Value {
    let key = (p.config.group.clone(), p.config.name.clone());
    let c = sup.metrics.procs.get(&key).cloned().unwrap_or_default();
    let mut m: BTreeMap<String, Value> = BTreeMap::new();
    m.insert("group".into(), Value::Str(p.config.group.clone()));
    m.insert("name".into(), Value::Str(p.config.name.clone()));
    m.insert("spawns_total".into(), int(c.spawns));
    m.insert("restarts_total".into(), int(c.spawns.saturating_sub(1)));
    m.insert("unexpected_exits_total".into(), int(c.unexpected_exits));
    m.insert("last_exit_status".into(), Value::Int(c.last_exit_status));
    m.insert(
        "last_exit_expected".into(),
        Value::Int(i64::from(c.last_exit_expected)),
    );
    if let Some(s) = c.start_to_running {
        m.insert("last_start_to_running_seconds".into(), Value::Double(s));
    }
    let uptime = match p.machine.state {
        State::Running { since, .. } => now.saturating_duration_since(since).as_secs_f64(),
        _ => 0.0,
    };
    m.insert("uptime_seconds".into(), Value::Double(uptime));
    for (channel, key) in [
        (Channel::Stdout, "stdout_bytes_total"),
        (Channel::Stderr, "stderr_bytes_total"),
    ] {
        let cap = p.outputs.capture(channel);
        m.insert(key.into(), int(cap.map_or(0, |c| c.bytes_in())));
    }
    let dropped: u64 = [Channel::Stdout, Channel::Stderr]
        .iter()
        .filter_map(|&ch| p.outputs.capture(ch))
        .map(|c| c.dropped_bytes())
        .sum();
    m.insert("log_dropped_bytes_total".into(), int(dropped));
    if let Some(pid) = p.machine.state.pid() {
        // CPU and RSS are read from /proc by the caller's thread (usage.rs).
        m.insert(crate::usage::PID_KEY.into(), Value::Int(i64::from(pid)));
    }
    Value::Struct(m)
}

/// `ours.getMetrics()`.
pub(super) fn get_metrics(sup: &Supervisor, p: &Params) -> Reply {
    p.count(0)?;
    let now = Instant::now();
    let procs = sup
        .procs
        .iter()
        .map(|pr| process_metrics(sup, pr, now))
        .collect();
    let mut top: BTreeMap<String, Value> = BTreeMap::new();
    top.insert(
        "uptime_seconds".into(),
        Value::Double(
            now.saturating_duration_since(sup.metrics.started)
                .as_secs_f64(),
        ),
    );
    top.insert("processes".into(), int(sup.procs.len() as u64));
    let m = &sup.metrics;
    top.insert("timers_fired_total".into(), int(m.timers_fired));
    top.insert(
        "timer_lateness_seconds_total".into(),
        Value::Double(m.timer_late_sum.as_secs_f64()),
    );
    top.insert(
        "timer_lateness_max_seconds".into(),
        Value::Double(m.timer_late_max.as_secs_f64()),
    );
    top.insert("parked_calls".into(), int(sup.waiters.len() as u64));
    top.insert(
        "syslog_failures_total".into(),
        int(crate::logging::syslog::failures()),
    );
    Ok(Value::strukt([
        ("processes", Value::Array(procs)),
        ("supervisor", Value::Struct(top)),
    ]))
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
