//! Config methods: `reloadConfig` (re-read and diff, apply
//! nothing), `addProcessGroup` / `removeProcessGroup`, `getAllConfigInfo`.
//!
//! Like Python, `reloadConfig` only replaces the *stored* group configs
//! (`Supervisor::stored_groups`, Python's `options.process_group_configs`); the client then
//! stops/removes/adds groups. The diff compares the stored new configs against the
//! running groups, ignoring AUTO values on either side (Python's `ProcessConfig.__eq__`).

use super::{fault, Params};
use crate::config::{ChildLog, GroupConfig, ProcessConfig, StreamLog};
use crate::control::Reply;
use std::path::Path;

use crate::daemon::supervisor::{AddGroupError, RemoveGroupError, StoredGroup, Supervisor};
use crate::events::types::{group_payload, EventType};
use crate::logging::Channel;
use crate::rpc::{faults, Fields, Value};

/// `(added, changed, removed)` group names.
pub type Diff = (Vec<String>, Vec<String>, Vec<String>);

/// Python's ProcessConfig equality (`config::diff::changed_keys`: AUTO on either side is
/// not compared, nor where the section stands in the file).
fn same_process(a: &ProcessConfig, b: &ProcessConfig) -> bool {
    crate::config::diff::changed_keys(a, b).is_empty()
}

fn same_group(a: &GroupConfig, b: &GroupConfig) -> bool {
    a.name == b.name
        && a.priority == b.priority
        && a.kind == b.kind
        && a.processes.len() == b.processes.len()
        && a.processes
            .iter()
            .zip(&b.processes)
            .all(|(x, y)| same_process(x, y))
}

/// `diff_to_active`: added and changed in the new config's order, removed in the running
/// order.
pub fn diff(new: &[GroupConfig], running: &[GroupConfig]) -> Diff {
    let find = |list: &[GroupConfig], name: &str| list.iter().position(|g| g.name == name);
    let added = new
        .iter()
        .filter(|g| find(running, &g.name).is_none())
        .map(|g| g.name.clone())
        .collect();
    let changed = new
        .iter()
        .filter(|g| find(running, &g.name).is_some_and(|i| !same_group(g, &running[i])))
        .map(|g| g.name.clone())
        .collect();
    let removed = running
        .iter()
        .filter(|g| find(new, &g.name).is_none())
        .map(|g| g.name.clone())
        .collect();
    (added, changed, removed)
}

fn names(v: Vec<String>) -> Value {
    Value::Array(v.into_iter().map(Value::Str).collect())
}

/// `reloadConfig()` → `[[added, changed, removed]]`; CANT_REREAD with the error text.
pub(super) fn reload_config(sup: &mut Supervisor) -> Reply {
    let mut config = sup.reread().map_err(|e| fault(faults::CANT_REREAD, &e))?;
    config
        .groups
        .sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
    let (added, changed, removed) = diff(&config.groups, &sup.config().groups);
    sup.store_groups(config.groups);
    Ok(Value::Array(vec![Value::Array(vec![
        names(added),
        names(changed),
        names(removed),
    ])]))
}

/// `addProcessGroup(name)`: a group of the stored config; ALREADY_ADDED / BAD_NAME.
pub(super) fn add_process_group(sup: &mut Supervisor, p: &Params) -> Reply {
    let name = p.string(0)?;
    match sup.add_stored_group(&name) {
        Err(AddGroupError::NotStored) => return Err(fault(faults::BAD_NAME, &name)),
        Err(AddGroupError::AlreadyAdded) => return Err(fault(faults::ALREADY_ADDED, &name)),
        Ok(()) => {}
    }
    sup.emit_event(EventType::ProcessGroupAdded, group_payload(&name));
    Ok(Value::Bool(true))
}

/// `removeProcessGroup(name)`: BAD_NAME / STILL_RUNNING.
pub(super) fn remove_process_group(sup: &mut Supervisor, p: &Params) -> Reply {
    let name = p.string(0)?;
    match sup.remove_group(&name) {
        Ok(()) => {
            sup.emit_event(EventType::ProcessGroupRemoved, group_payload(&name));
            Ok(Value::Bool(true))
        }
        Err(RemoveGroupError::StillRunning) => Err(fault(faults::STILL_RUNNING, &name)),
        Err(RemoveGroupError::NoSuchGroup) => Err(fault(faults::BAD_NAME, &name)),
    }
}

fn none_or(v: Option<Value>) -> Value {
    v.unwrap_or_else(|| Value::Str("none".into()))
}

/// The `*_logfile` value: the file an AUTO log was resolved to once its group ran, else
/// `auto` (a stored config not added since it was read), `none`, or the (first) path.
fn logfile(s: &StreamLog, resolved: Option<&Path>) -> Value {
    if let Some(file) = resolved {
        return Value::Str(file.display().to_string());
    }
    match &s.logfile {
        ChildLog::None => Value::Str("none".into()),
        ChildLog::Paths(p) => none_or(p.first().map(|p| Value::Str(p.display().to_string()))),
        ChildLog::Auto => Value::Str("auto".into()),
    }
}

fn config_info(g: &StoredGroup, i: usize, inuse: bool) -> Value {
    let pc = &g.config().processes[i];
    let uid = pc
        .user
        .as_deref()
        .and_then(|u| crate::users::lookup(u).ok())
        .map(|a| Value::Int(i64::from(a.uid)));
    // Python's key order (its dict literal), which XML-RPC answers keep.
    let mut m = Fields::new();
    m.insert("autostart", Value::Bool(pc.autostart));
    m.insert("directory", none_or(pc.directory.clone().map(Value::Str)));
    m.insert("uid", none_or(uid));
    m.insert("command", Value::Str(pc.command.clone()));
    let codes = pc.exitcodes.iter().map(|&c| Value::Int(c.into())).collect();
    m.insert("exitcodes", Value::Array(codes));
    m.insert("group", Value::Str(g.name().to_string()));
    m.insert("group_prio", Value::Int(g.config().priority));
    m.insert("inuse", Value::Bool(inuse));
    m.insert("killasgroup", Value::Bool(pc.killasgroup));
    m.insert("name", Value::Str(pc.name.clone()));
    m.insert("process_prio", Value::Int(pc.priority));
    m.insert("redirect_stderr", Value::Bool(pc.redirect_stderr));
    m.insert("startretries", int(pc.startretries));
    m.insert("startsecs", int(pc.startsecs));
    let stdout = g.resolved_log(i, Channel::Stdout);
    stream_info(&mut m, "stdout", &pc.stdout, stdout);
    let stopsignal = pc.stopsignals.first().map_or(15, |s| s.0);
    m.insert("stopsignal", Value::Int(stopsignal.into()));
    m.insert("stopwaitsecs", int(pc.stopwaitsecs));
    let stderr = g.resolved_log(i, Channel::Stderr);
    stream_info(&mut m, "stderr", &pc.stderr, stderr);
    // Python's default is None (`none`); our model folds AUTO into None too.
    m.insert("serverurl", none_or(pc.serverurl.clone().map(Value::Str)));
    Value::Struct(m)
}

fn int(n: u64) -> Value {
    Value::Int(n.min(i64::MAX as u64) as i64)
}

/// The six keys of one stream's log settings.
fn stream_info(m: &mut Fields, prefix: &str, s: &StreamLog, resolved: Option<&Path>) {
    m.insert(
        format!("{prefix}_capture_maxbytes"),
        int(s.capture_maxbytes),
    );
    m.insert(
        format!("{prefix}_events_enabled"),
        Value::Bool(s.events_enabled),
    );
    m.insert(format!("{prefix}_logfile"), logfile(s, resolved));
    m.insert(
        format!("{prefix}_logfile_backups"),
        Value::Int(s.backups.into()),
    );
    m.insert(format!("{prefix}_logfile_maxbytes"), int(s.maxbytes));
    m.insert(format!("{prefix}_syslog"), Value::Bool(s.syslog));
}

/// `getAllConfigInfo()`: one struct per process of the stored config, sorted by name.
pub(super) fn all_config_info(sup: &Supervisor) -> Value {
    let mut items: Vec<(String, Value)> = Vec::new();
    for g in sup.stored_groups() {
        let inuse = sup.config().groups.iter().any(|r| r.name == g.name());
        for (i, pc) in g.config().processes.iter().enumerate() {
            items.push((pc.name.clone(), config_info(g, i, inuse)));
        }
    }
    items.sort_by(|a, b| a.0.cmp(&b.0));
    Value::Array(items.into_iter().map(|(_, v)| v).collect())
}

#[cfg(test)]
mod tests {
    use super::super::tests::process_with as process;
    use super::*;
    use crate::config::*;

    fn group(name: &str, procs: Vec<ProcessConfig>) -> GroupConfig {
        GroupConfig::programs(name.into(), 999, procs)
    }

    #[test]
    fn diff_like_python_diff_to_active() {
        let auto = ChildLog::Auto;
        let file = ChildLog::Paths(vec!["/tmp/a.log".into()]);
        let running = vec![
            group("a", vec![process("a", "a", "sleep 1", file.clone())]),
            group("b", vec![process("b", "b", "sleep 1", auto.clone())]),
            group("gone", vec![process("gone", "gone", "x", auto.clone())]),
        ];
        let new = vec![
            // AUTO on one side is not a change.
            group("a", vec![process("a", "a", "sleep 1", auto.clone())]),
            group("b", vec![process("b", "b", "sleep 2", auto.clone())]),
            group("new", vec![process("new", "new", "x", auto)]),
        ];
        assert_eq!(
            diff(&new, &running),
            (
                vec!["new".to_string()],
                vec!["b".to_string()],
                vec!["gone".to_string()]
            )
        );
        let mut prio = running.clone();
        prio[0].priority = 1;
        assert_eq!(diff(&prio, &running).1, vec!["a".to_string()]);
    }
}
