//! `update [all | <gname> ...]` and `update --dry-run [<gname> ...]`.
//!
//! Python's flow is kept (reloadConfig, then removed, changed and added groups in that
//! order, with Python's lines and exit statuses). Against this project's daemon a changed
//! or added group goes through `ours.updateGroup` instead of stopProcessGroup /
//! removeProcessGroup / addProcessGroup: only the processes whose config changed restart,
//! and a process that failed to start is named (`g:p: ERROR (…)`, exit status 1). A group
//! that can only change as a whole, and every group against Python's daemon (which has no
//! `ours.*` methods), takes Python's way.
//!
//! `--dry-run` prints `ours.diffConfig`: one line per group, then one indented line per
//! process, each `name: added | removed | changed (keys) | unchanged`, sorted by name.

use super::super::names::{int, make_namespec, text};
use super::{exit, CmdError, CmdResult, Controller};
use crate::rpc::{faults, Fault, Value};

/// The items of an array field (none if absent).
fn items<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    match v {
        Value::Struct(m) => match m.get(key) {
            Some(Value::Array(a)) => a,
            _ => &[],
        },
        _ => &[],
    }
}

/// `change`, with ` (k1, k2)` when options changed.
fn change_text(v: &Value) -> String {
    let keys: Vec<String> = items(v, "keys")
        .iter()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    let change = text(v, "change");
    if keys.is_empty() {
        change
    } else {
        format!("{change} ({})", keys.join(", "))
    }
}

/// The `update --dry-run` lines of an `ours.diffConfig` answer, for the groups `wanted`
/// (all when empty).
pub fn dry_run_lines(diffs: &[Value], wanted: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    for g in diffs {
        let name = text(g, "group");
        if !wanted.is_empty() && !wanted.contains(&name.as_str()) {
            continue;
        }
        let whole = int(g, "whole_group") != 0;
        let suffix = if whole { ", whole group restarts" } else { "" };
        lines.push(format!("{name}: {}{suffix}", change_text(g)));
        for p in items(g, "processes") {
            lines.push(format!("  {}: {}", text(p, "name"), change_text(p)));
        }
    }
    lines
}

/// The lines of an `ours.updateGroup` answer for a group that was `verb`ed (`updated` or
/// `added`), and whether every process settled well.
pub fn update_lines(result: &Value, verb: &str) -> (Vec<String>, bool) {
    let group = text(result, "group");
    let procs = items(result, "processes");
    let touched: Vec<&Value> = procs
        .iter()
        .filter(|p| text(p, "change") != "unchanged")
        .collect();
    let mut lines = Vec::new();
    let partial = verb == "updated" && touched.len() < procs.len();
    if verb == "updated" && !partial {
        // Every process restarted: what Python's update prints.
        lines.push(format!("{group}: stopped"));
    }
    if partial {
        for p in &touched {
            let spec = make_namespec(&group, &text(p, "name"));
            let what = match text(p, "change").as_str() {
                "changed" => format!("updated{}", change_text(p).trim_start_matches("changed")),
                other => other.to_string(),
            };
            lines.push(format!("{spec}: {what}"));
        }
    }
    lines.push(format!("{group}: {verb} process group"));
    let mut ok = true;
    for p in procs {
        if int(p, "status") != i64::from(faults::SUCCESS) {
            ok = false;
            let spec = make_namespec(&group, &text(p, "name"));
            lines.push(format!("{spec}: ERROR ({})", text(p, "description")));
        }
    }
    (lines, ok)
}

impl Controller<'_> {
    pub(super) fn do_update(&mut self, arg: &str) -> CmdResult {
        let mut words: Vec<&str> = arg.split_whitespace().collect();
        if let Some(i) = words.iter().position(|w| *w == "--dry-run") {
            words.remove(i);
            return self.update_dry_run(&words);
        }
        let Some([added, changed, removed]) = self.reload_config("ERROR: already shutting down")?
        else {
            return Ok(());
        };
        let mut wanted = words;
        if wanted.contains(&"all") {
            wanted.clear();
        }
        wanted.sort_unstable();
        wanted.dedup();
        if !wanted.is_empty() {
            let mut groups: Vec<String> =
                match self.rpc_ok("supervisor.getAllProcessInfo", vec![])? {
                    Value::Array(infos) => infos.iter().map(|i| text(i, "group")).collect(),
                    _ => Vec::new(),
                };
            groups.extend(added.iter().cloned());
            for g in &wanted {
                if !groups.iter().any(|x| x == g) {
                    self.output(&format!("ERROR: no such group: {g}"));
                    self.exitstatus = exit::GENERIC;
                }
            }
        }
        let selected = |g: &String| wanted.is_empty() || wanted.contains(&g.as_str());
        for g in removed.iter().filter(|g| selected(g)) {
            let results =
                self.rpc_ok("supervisor.stopProcessGroup", vec![Value::Str(g.clone())])?;
            self.output(&format!("{g}: stopped"));
            let failed = matches!(&results, Value::Array(r) if r.iter().any(|x| int(x, "status") == i64::from(faults::FAILED)));
            if failed {
                self.output(&format!("{g}: has problems; not removing"));
                self.exitstatus = exit::GENERIC;
                continue;
            }
            self.rpc_ok("supervisor.removeProcessGroup", vec![Value::Str(g.clone())])?;
            self.output(&format!("{g}: removed process group"));
        }
        // `None` until the daemon answered an `ours.updateGroup` (or refused it).
        let mut ours: Option<bool> = None;
        for g in changed.iter().filter(|g| selected(g)) {
            if !self.update_ours(g, "updated", &mut ours)? {
                self.rpc_ok("supervisor.stopProcessGroup", vec![Value::Str(g.clone())])?;
                self.output(&format!("{g}: stopped"));
                self.rpc_ok("supervisor.removeProcessGroup", vec![Value::Str(g.clone())])?;
                self.rpc_ok("supervisor.addProcessGroup", vec![Value::Str(g.clone())])?;
                self.output(&format!("{g}: updated process group"));
            }
        }
        for g in added.iter().filter(|g| selected(g)) {
            if !self.update_ours(g, "added", &mut ours)? {
                self.rpc_ok("supervisor.addProcessGroup", vec![Value::Str(g.clone())])?;
                self.output(&format!("{g}: added process group"));
            }
        }
        Ok(())
    }

    /// Updates group `g` with `ours.updateGroup` and prints the outcome; false when the
    /// daemon has no such method or the group must change as a whole (the caller then
    /// takes Python's way).
    fn update_ours(
        &mut self,
        g: &str,
        verb: &str,
        ours: &mut Option<bool>,
    ) -> Result<bool, CmdError> {
        if *ours == Some(false) {
            return Ok(false);
        }
        let result = match self.rpc("ours.updateGroup", vec![Value::Str(g.to_string())])? {
            Err(Fault { code, .. }) if code == faults::UNKNOWN_METHOD => {
                *ours = Some(false);
                return Ok(false);
            }
            Err(f) => return Err(CmdError::Fault(f)),
            Ok(v) => v,
        };
        *ours = Some(true);
        if int(&result, "whole_group") != 0 {
            return Ok(false);
        }
        let (lines, ok) = update_lines(&result, verb);
        for line in lines {
            self.output(&line);
        }
        if !ok {
            self.exitstatus = exit::GENERIC;
        }
        Ok(true)
    }

    fn update_dry_run(&mut self, wanted: &[&str]) -> CmdResult {
        let diffs = match self.rpc("ours.diffConfig", vec![])? {
            Ok(Value::Array(d)) => d,
            Ok(_) => Vec::new(),
            Err(f) => {
                self.exitstatus = exit::GENERIC;
                match f.code {
                    faults::UNKNOWN_METHOD => self.output(
                        "ERROR: update --dry-run needs this project's supervisord (ours.diffConfig)",
                    ),
                    faults::SHUTDOWN_STATE => self.output("ERROR: already shutting down"),
                    faults::CANT_REREAD => self.output(&format!("ERROR: {}", f.message)),
                    _ => return Err(CmdError::Fault(f)),
                }
                return Ok(());
            }
        };
        let all = wanted.is_empty() || wanted.contains(&"all");
        let wanted: Vec<&str> = if all { Vec::new() } else { wanted.to_vec() };
        for g in &wanted {
            if !diffs.iter().any(|d| text(d, "group") == *g) {
                self.output(&format!("ERROR: no such group: {g}"));
                self.exitstatus = exit::GENERIC;
            }
        }
        for line in dry_run_lines(&diffs, &wanted) {
            self.output(&line);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, change: &str, keys: &[&str], status: i32, desc: &str) -> Value {
        Value::strukt([
            ("name", Value::Str(name.into())),
            ("change", Value::Str(change.into())),
            (
                "keys",
                Value::Array(keys.iter().map(|k| Value::Str((*k).into())).collect()),
            ),
            ("status", Value::Int(status.into())),
            ("description", Value::Str(desc.into())),
        ])
    }

    fn group(name: &str, change: &str, keys: &[&str], procs: Vec<Value>) -> Value {
        Value::strukt([
            ("group", Value::Str(name.into())),
            ("change", Value::Str(change.into())),
            (
                "keys",
                Value::Array(keys.iter().map(|k| Value::Str((*k).into())).collect()),
            ),
            ("whole_group", Value::Bool(false)),
            ("processes", Value::Array(procs)),
        ])
    }

    const OK: i32 = faults::SUCCESS;

    #[test]
    fn dry_run_lists_groups_then_processes() {
        let diffs = vec![
            group(
                "new",
                "added",
                &[],
                vec![entry("new", "added", &[], OK, "")],
            ),
            group(
                "web",
                "changed",
                &["priority"],
                vec![
                    entry("web_0", "changed", &["command", "environment"], OK, ""),
                    entry("web_1", "unchanged", &[], OK, ""),
                ],
            ),
        ];
        assert_eq!(
            dry_run_lines(&diffs, &[]),
            [
                "new: added",
                "  new: added",
                "web: changed (priority)",
                "  web_0: changed (command, environment)",
                "  web_1: unchanged",
            ]
        );
        assert_eq!(dry_run_lines(&diffs, &["new"]).len(), 2);
    }

    #[test]
    fn a_partial_update_names_each_process_and_failures() {
        let r = group(
            "web",
            "changed",
            &[],
            vec![
                entry("web_0", "changed", &["command"], OK, "started"),
                entry("web_1", "unchanged", &[], OK, "unchanged"),
                entry(
                    "web_3",
                    "added",
                    &[],
                    faults::SPAWN_ERROR,
                    "can't find command 'nope'",
                ),
            ],
        );
        let (lines, ok) = update_lines(&r, "updated");
        assert!(!ok);
        assert_eq!(
            lines,
            [
                "web:web_0: updated (command)",
                "web:web_3: added",
                "web: updated process group",
                "web:web_3: ERROR (can't find command 'nope')",
            ]
        );
    }

    #[test]
    fn a_whole_restart_prints_pythons_lines() {
        let r = group(
            "echoer",
            "changed",
            &[],
            vec![entry("echoer", "changed", &["command"], OK, "started")],
        );
        assert_eq!(
            update_lines(&r, "updated"),
            (
                vec![
                    "echoer: stopped".to_string(),
                    "echoer: updated process group".to_string()
                ],
                true
            )
        );
        let r = group(
            "new",
            "added",
            &[],
            vec![entry("new", "added", &[], OK, "started")],
        );
        assert_eq!(update_lines(&r, "added").0, ["new: added process group"]);
    }
}
