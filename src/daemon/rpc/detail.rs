//! `ours.getProcessDetail` (one process's state history and effective configuration) and
//! `ours.getSupervisorInfo` (the daemon's identification, versions, pid, state, uptime):
//! what the web UI's detail panel and header show.

use std::time::Instant;

use super::{process_index, Params};
use crate::control::Reply;
use crate::daemon::supervisor::Supervisor;
use crate::json::JsonValue as J;
use crate::rpc::Value;

/// A `check --json` value as an RPC value (`null` becomes nil).
fn value(j: J) -> Value {
    match j {
        J::Null => Value::Nil,
        J::Bool(b) => Value::Bool(b),
        J::Int(i) => Value::Int(i),
        J::Str(s) => Value::Str(s),
        J::Array(a) => Value::Array(a.into_iter().map(value).collect()),
        J::Object(o) => Value::strukt(o.into_iter().map(|(k, v)| (k, value(v)))),
    }
}

/// The effective configuration of a process, its environment's values hidden (they may
/// hold secrets; the names are shown).
fn config(p: &crate::config::ProcessConfig) -> Value {
    let J::Object(fields) = crate::config::document::process_doc(p, true) else {
        return Value::Nil;
    };
    Value::strukt(fields.into_iter().map(|(k, v)| {
        let v = match (k.as_str(), v) {
            ("environment", J::Object(env)) => {
                J::Object(env.into_iter().map(|(k, _)| (k, J::str("…"))).collect())
            }
            (_, v) => v,
        };
        (k, value(v))
    }))
}

/// `ours.getProcessDetail(name)`.
pub(super) fn process_detail(sup: &Supervisor, p: &Params) -> Reply {
    let idx = p.string(0).and_then(|name| process_index(sup, &name))?;
    let proc = &sup.procs()[idx];
    let history = proc
        .history
        .entries()
        .map(|t| {
            Value::strukt([
                ("at", Value::Double(t.at)),
                ("from", Value::Str(t.from().into())),
                ("to", Value::Str(t.to().into())),
                ("reason", Value::Str(t.reason())),
            ])
        })
        .collect();
    Ok(Value::strukt([
        ("name", Value::Str(proc.config.name.clone())),
        ("group", Value::Str(proc.config.group.clone())),
        ("history", Value::Array(history)),
        ("config", config(&proc.config)),
    ]))
}

/// `ours.getSupervisorInfo()`; the HTTP side adds the daemon's RSS and CPU (`usage.rs`).
pub(super) fn supervisor_info(sup: &Supervisor) -> Value {
    let (_, boot_wall) = sup.booted();
    let now = Instant::now();
    let uptime = now
        .saturating_duration_since(sup.metrics().started)
        .as_secs_f64();
    let wall = |t: std::time::SystemTime| {
        t.duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    };
    Value::strukt([
        (
            "identification",
            Value::Str(sup.config().supervisord.identifier.clone()),
        ),
        ("version", Value::Str(env!("CARGO_PKG_VERSION").into())),
        (
            "supervisor_version",
            Value::Str(super::SUPERVISOR_VERSION.into()),
        ),
        ("api_version", Value::Str(super::API_VERSION.into())),
        ("pid", Value::Int(i64::from(std::process::id()))),
        ("statename", Value::Str(sup.mood().name().into())),
        ("uptime_seconds", Value::Double(uptime)),
        ("boot_time", Value::Double(wall(boot_wall))),
        ("processes", Value::Int(sup.procs().len() as i64)),
    ])
}
