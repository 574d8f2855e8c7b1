//! `ours.getMetrics`: counters the `/metrics` endpoint renders (see `http::probes`):
//! `{processes: [{group, name, K: number…}], supervisor: {K: number…}}`.
//!
//! Per process: spawns, restarts (spawns after the first; also by reason, see
//! `process::restarts`), checks over `memory_limit`, unexpected exits, last exit
//! status and whether it was expected, time from spawn to RUNNING, uptime, bytes received
//! per stream, bytes the log sinks dropped and messages the syslog sinks dropped, and — while a child lives — its CPU seconds
//! and RSS (added outside the loop, see `usage.rs`). For the daemon itself: uptime,
//! CPU, RSS (usage.rs too), process count, parked calls, syslog failures, and how late the loop fired
//! the process timers (startsecs, backoff, stopwaitsecs): count, summed and worst lateness,
//! measured at the loop's wake-up, so load on the host shows as a number.
//!
//! The counters are kept by [`crate::daemon::metrics::Metrics`].

use std::collections::BTreeMap;
use std::time::Instant;

use crate::control::Reply;
use crate::daemon::supervisor::Supervisor;
use crate::logging::Channel;
use crate::process::{Process, State};
use crate::rpc::Value;

fn int(n: u64) -> Value {
    Value::Int(n.min(i64::MAX as u64) as i64)
}

fn process_metrics(sup: &Supervisor, p: &Process, now: Instant) -> Value {
    let key = (p.config.group.clone(), p.config.name.clone());
    let c = sup.metrics().procs.get(&key).cloned().unwrap_or_default();
    let mut m: BTreeMap<String, Value> = BTreeMap::new();
    m.insert("group".into(), Value::Str(p.config.group.clone()));
    m.insert("name".into(), Value::Str(p.config.name.clone()));
    m.insert("spawns_total".into(), int(c.spawns));
    m.insert("restarts_total".into(), int(c.restarts.total()));
    let by_reason = crate::process::restarts::REASONS
        .iter()
        .map(|&r| (r.name(), int(c.restarts.get(r))));
    m.insert("restarts_by_reason".into(), Value::strukt(by_reason));
    if p.config.ext.resources.memory.is_some() {
        m.insert("memory_limit_exceeded_total".into(), int(c.memory_exceeded));
    }
    m.insert("unexpected_exits_total".into(), int(c.unexpected_exits));
    if p.config.ext.liveness.is_some() {
        m.insert("liveness_failures_total".into(), int(c.liveness_failures));
    }
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
        m.insert(key.into(), int(p.outputs.bytes_in(channel)));
    }
    m.insert(
        "log_dropped_bytes_total".into(),
        int(p.outputs.dropped_bytes()),
    );
    m.insert(
        "syslog_dropped_total".into(),
        int(p.outputs.syslog_dropped()),
    );
    if let Some(pid) = p.machine.state.pid() {
        // CPU and RSS are read from /proc by the caller's thread (usage.rs).
        m.insert(crate::usage::PID_KEY.into(), Value::Int(i64::from(pid)));
    }
    Value::Struct(m.into())
}

/// `ours.getMetrics()`; `parked` is the number of parked calls.
pub(super) fn get_metrics(sup: &Supervisor, parked: usize) -> Reply {
    let now = Instant::now();
    let procs = sup
        .procs()
        .iter()
        .map(|pr| process_metrics(sup, pr, now))
        .collect();
    let mut top: BTreeMap<String, Value> = BTreeMap::new();
    top.insert(
        "uptime_seconds".into(),
        Value::Double(
            now.saturating_duration_since(sup.metrics().started)
                .as_secs_f64(),
        ),
    );
    top.insert("processes".into(), int(sup.procs().len() as u64));
    let m = sup.metrics();
    top.insert("timers_fired_total".into(), int(m.timers_fired));
    top.insert(
        "timer_lateness_seconds_total".into(),
        Value::Double(m.timer_late_sum.as_secs_f64()),
    );
    top.insert(
        "timer_lateness_max_seconds".into(),
        Value::Double(m.timer_late_max.as_secs_f64()),
    );
    top.insert("parked_calls".into(), int(parked as u64));
    top.insert(
        "syslog_failures_total".into(),
        int(crate::logging::syslog::failures()),
    );
    Ok(Value::strukt([
        ("processes", Value::Array(procs)),
        ("supervisor", Value::Struct(top.into())),
    ]))
}
