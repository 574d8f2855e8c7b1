//! The parked reply of `ours.updateGroup`: answered once every process the update
//! stopped is replaced or dropped and every process it (re)started has settled, with one
//! result per process — so the client can say which change failed to start.
//!
//! A started process has settled when it is RUNNING, or has exited expectedly, or has
//! failed (BACKOFF, FATAL, an unexpected exit: status SPAWN_ERROR with the spawn error or
//! the state as description). One that does not start on its own (`autostart=false`,
//! remembered as stopped, held by a dependency) settles at once.

use super::supervisor::Supervisor;
use crate::config::diff::{Change, GroupDiff};
use crate::control::Reply;
use crate::process::State;
use crate::rpc::{faults, Fields, Value};

/// A parked `ours.updateGroup`.
#[derive(Debug)]
pub struct UpdateWait {
    pub diff: GroupDiff,
}

/// One process's result: `None` while it has not settled.
fn process_result(
    sup: &Supervisor,
    group: &str,
    name: &str,
    change: &Change,
) -> Option<(i32, String)> {
    if sup.update_pending(group, name) {
        return None;
    }
    let Some(idx) = sup.find(group, name) else {
        return Some((faults::SUCCESS, "removed".into()));
    };
    if *change == Change::Unchanged {
        return Some((faults::SUCCESS, "unchanged".into()));
    }
    let p = &sup.procs()[idx];
    let m = &p.machine;
    let failed = |m: &crate::process::Machine| {
        let why = if m.spawnerr.is_empty() {
            m.state.name().to_string()
        } else {
            m.spawnerr.clone()
        };
        Some((faults::SPAWN_ERROR, why))
    };
    match m.state {
        State::Running { .. } => Some((faults::SUCCESS, "started".into())),
        State::Exited { expected: true } => Some((faults::SUCCESS, "exited".into())),
        State::Starting { .. } | State::Stopping { .. } => None,
        State::Stopped if m.laststart == 0 => {
            let waits = (p.policy.autostart || p.restart_pending) && p.held.is_none();
            if waits {
                None
            } else {
                Some((faults::SUCCESS, "not started".into()))
            }
        }
        State::Stopped => Some((faults::SUCCESS, "stopped".into())),
        State::Backoff { .. } | State::Fatal | State::Exited { .. } | State::Unknown => failed(m),
    }
}

fn keys(k: &[String]) -> Value {
    Value::Array(k.iter().cloned().map(Value::Str).collect())
}

/// The reply shape of `ours.updateGroup` and one group of `ours.diffConfig`: `{group,
/// change, keys, whole_group, processes: [{name, change, keys, status?, description?}]}`.
pub fn encode(diff: &GroupDiff, results: Option<Vec<(i32, String)>>) -> Value {
    let mut procs = Vec::new();
    for (i, p) in diff.processes.iter().enumerate() {
        let mut f = Fields::new();
        f.insert("name", Value::Str(p.name.clone()));
        f.insert("change", Value::Str(p.change.word().into()));
        f.insert("keys", keys(p.change.keys()));
        if let Some((status, description)) = results.as_ref().and_then(|r| r.get(i)) {
            f.insert("status", Value::Int(i64::from(*status)));
            f.insert("description", Value::Str(description.clone()));
        }
        procs.push(Value::Struct(f));
    }
    let mut f = Fields::new();
    f.insert("group", Value::Str(diff.name.clone()));
    f.insert("change", Value::Str(diff.change.word().into()));
    f.insert("keys", keys(diff.change.keys()));
    f.insert("whole_group", Value::Bool(diff.whole_group));
    f.insert("processes", Value::Array(procs));
    Value::Struct(f)
}

impl UpdateWait {
    /// The reply once every process settled; `None` keeps the call parked.
    pub fn settle(&self, sup: &Supervisor) -> Option<Reply> {
        let mut results = Vec::new();
        for p in &self.diff.processes {
            results.push(process_result(sup, &self.diff.name, &p.name, &p.change)?);
        }
        Some(Ok(encode(&self.diff, Some(results))))
    }
}
