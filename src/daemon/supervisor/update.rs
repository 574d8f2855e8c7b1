//! `ours.updateGroup`: a changed group brought to its stored config (the one the last
//! `reloadConfig` read) process by process. A process whose config changed is stopped,
//! replaced and started again (if it autostarts); a removed one is stopped and dropped;
//! an added one is added; the others keep running untouched. A change of the group's own
//! priority only re-orders it. A group that can only change as a whole (see
//! `config::diff::GroupDiff::whole_group`) is left to the caller.
//!
//! Stops take time: a process to replace or drop waits in `pending_updates` until it is
//! stopped, and [`Supervisor::apply_pending_updates`] (run by the loop before every start
//! pass, a no-op when nothing waits) then swaps it.

use std::time::Instant;

use super::{Mood, StoredGroup, Supervisor};
use crate::config::diff::{diff_group, Change, GroupDiff};
use crate::config::{GroupConfig, LogLevel, ProcessConfig};
use crate::logging::emit;
use crate::process::Process;

/// Why a group was not updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateRefusal {
    /// Neither running nor in the stored config.
    NoSuchGroup,
    /// Running but gone from the stored config: removing is removeProcessGroup's job.
    Removed,
}

/// A process waiting to be stopped before it is replaced (`next`) or dropped (`None`).
#[derive(Debug)]
pub(super) struct PendingUpdate {
    group: String,
    name: String,
    next: Option<std::sync::Arc<ProcessConfig>>,
}

impl PendingUpdate {
    /// The group of the queued process.
    pub(super) fn group(&self) -> &str {
        &self.group
    }
}

/// `group:name`, or `name` when both are equal.
fn namespec(group: &str, name: &str) -> String {
    if group == name {
        name.to_string()
    } else {
        format!("{group}:{name}")
    }
}

impl Supervisor {
    /// The stored config against the running one, re-read first (nothing is stored or
    /// changed): what `update --dry-run` shows.
    pub fn diff_config(&self) -> Result<Vec<GroupDiff>, String> {
        let config = self.reread()?;
        Ok(crate::config::diff::diff_groups(
            &config.groups,
            &self.config.groups,
        ))
    }

    /// Updates group `name` to its stored config (see the module comment). An added group
    /// is added (the caller announces it); a group that must change as a whole is
    /// returned untouched with `whole_group` set.
    pub fn update_group(&mut self, name: &str, now: Instant) -> Result<GroupDiff, UpdateRefusal> {
        let new = self
            .stored_groups
            .iter()
            .find(|g| g.name() == name)
            .map(StoredGroup::materialize);
        let running = self.config.groups.iter().find(|g| g.name == name);
        let diff = diff_group(name, new.as_ref(), running);
        match (new, running.is_some()) {
            (None, false) => Err(UpdateRefusal::NoSuchGroup),
            (None, true) => Err(UpdateRefusal::Removed),
            (Some(_), false) => {
                self.add_stored_group(name)
                    .map_err(|_| UpdateRefusal::NoSuchGroup)?;
                for p in &diff.processes {
                    emit(
                        LogLevel::Info,
                        &format!("added '{}'", namespec(name, &p.name)),
                    );
                }
                Ok(diff)
            }
            (Some(new), true) => {
                if diff.is_change() && !diff.whole_group {
                    self.apply_group_diff(&new, &diff, now);
                }
                Ok(diff)
            }
        }
    }

    fn apply_group_diff(&mut self, new: &GroupConfig, diff: &GroupDiff, now: Instant) {
        if !diff.change.keys().is_empty() {
            emit(
                LogLevel::Info,
                &format!(
                    "updated group '{}': {} changed",
                    new.name,
                    diff.change.keys().join(", ")
                ),
            );
        }
        let added = diff
            .processes
            .iter()
            .filter(|p| p.change == Change::Added)
            .count();
        crate::daemon::fd_table::reserve_for_processes(self.procs.len() + added);
        for pd in &diff.processes {
            let spec = namespec(&new.name, &pd.name);
            let config = new.processes.iter().find(|p| p.name == pd.name);
            match (&pd.change, config) {
                (Change::Added, Some(pc)) => {
                    emit(LogLevel::Info, &format!("added '{spec}'"));
                    let p = self.new_process(pc.clone());
                    self.procs.vec_mut().push(p);
                }
                (Change::Removed, _) => {
                    emit(LogLevel::Info, &format!("removing '{spec}'"));
                    self.queue_update(&new.name, &pd.name, None, now);
                }
                (Change::Changed(keys), Some(pc)) => {
                    emit(
                        LogLevel::Info,
                        &format!("updated '{spec}': {} changed", keys.join(", ")),
                    );
                    let next = Some(pc.clone());
                    self.queue_update(&new.name, &pd.name, next, now);
                }
                _ => {}
            }
        }
        if let Some(slot) = self.config.groups.iter_mut().find(|g| g.name == new.name) {
            *slot = new.clone();
        }
        self.table_changed(std::slice::from_ref(&new.name));
        self.apply_pending_updates();
    }

    /// A process built from `pc` for the running table (its logs opened).
    fn new_process(&self, pc: std::sync::Arc<ProcessConfig>) -> Process {
        let sd = &self.config.supervisord;
        let (p, problems) = Process::new(pc, &sd.childlogdir, &sd.identifier, sd.strip_ansi);
        for msg in problems {
            emit(LogLevel::Error, &msg);
        }
        p
    }

    /// Stops the process (an internal stop: not remembered as an operator's) and queues
    /// its replacement or removal.
    fn queue_update(
        &mut self,
        group: &str,
        name: &str,
        next: Option<std::sync::Arc<ProcessConfig>>,
        now: Instant,
    ) {
        let Some(idx) = self.find(group, name) else {
            return;
        };
        self.cancel_respawn(idx);
        if !self.procs[idx].machine.state.is_stopped() {
            self.stop(idx, now);
        }
        self.pending_updates
            .retain(|u| !(u.group == group && u.name == name));
        self.pending_updates.push(PendingUpdate {
            group: group.to_string(),
            name: name.to_string(),
            next,
        });
    }

    /// Whether a process still waits to be stopped and replaced or dropped.
    pub fn update_pending(&self, group: &str, name: &str) -> bool {
        self.pending_updates
            .iter()
            .any(|u| u.group == group && u.name == name)
    }

    /// Replaces or drops every queued process that has stopped.
    pub fn apply_pending_updates(&mut self) {
        if self.pending_updates.is_empty() || self.mood != Mood::Running {
            return;
        }
        let mut done: Vec<String> = Vec::new();
        for u in std::mem::take(&mut self.pending_updates) {
            let Some(idx) = self.find(&u.group, &u.name) else {
                continue;
            };
            if !self.procs[idx].machine.state.is_stopped() {
                self.pending_updates.push(u);
                continue;
            }
            match u.next {
                None => {
                    self.procs.vec_mut().remove(idx);
                    self.remembered.forget(&u.group, &u.name);
                    emit(
                        LogLevel::Info,
                        &format!("removed '{}'", namespec(&u.group, &u.name)),
                    );
                }
                Some(pc) => {
                    let p = self.new_process(pc);
                    *self.procs.get_mut(idx) = p;
                    self.hold_remembered(idx);
                }
            }
            if !done.contains(&u.group) {
                done.push(u.group.clone());
            }
        }
        if !done.is_empty() {
            self.table_changed(&done);
        }
    }

    /// After processes were added, replaced or dropped: table order, the ordering plan,
    /// the watches and the stored copies' log names follow.
    fn table_changed(&mut self, groups: &[String]) {
        self.sort_table();
        self.rebuild_plan();
        self.arm_watches();
        for name in groups {
            if let Some(g) = self.stored_groups.iter_mut().find(|g| g.name() == name) {
                g.resolve(&self.procs);
            }
        }
    }

    /// A restart replaces the whole table: nothing is pending any more.
    pub(super) fn drop_pending_updates(&mut self) {
        self.pending_updates.clear();
    }
}
