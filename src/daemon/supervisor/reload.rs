//! Config changes: a restart with a re-read config, groups added and removed at run time
//! (addProcessGroup / removeProcessGroup), the stored config `reloadConfig` replaces,
//! and reopened logs.

use super::start::spawn_context;
use super::{ordering, Mood, StoredGroup, Supervisor};
use crate::config::{Config, GroupConfig, LogLevel};
use crate::logging::emit;
use crate::process::Process;

/// Why addProcessGroup did not add a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddGroupError {
    /// The stored config has no group of that name.
    NotStored,
    /// A group of that name runs already.
    AlreadyAdded,
}

/// Why removeProcessGroup did not remove a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveGroupError {
    /// No group of that name runs.
    NoSuchGroup,
    /// Some of its processes are not stopped.
    StillRunning,
}

impl Supervisor {
    /// Replaces the config after a restart (everything is stopped by then).
    pub fn replace_config(&mut self, config: Config) {
        if let Some(h) = &self.mainlog {
            let cfg = crate::logging::MainLogConfig::from_supervisord(&config.supervisord);
            if let Err(e) = h.reconfigure(&cfg) {
                emit(LogLevel::Error, &format!("main log: {e}"));
            }
        }
        // Before the new processes open their log files: threads exist now, so the table
        // grows once here rather than once per doubling (fd_table.rs).
        crate::daemon::fd_table::reserve_for(&config);
        let mut procs = build_procs(&config);
        self.booted = (std::time::Instant::now(), std::time::SystemTime::now());
        self.plan = ordering::build_plan(&procs);
        ordering::apply_boot(&mut self.plan, &mut procs);
        self.procs = super::table::Table::new(procs);
        self.ctx = spawn_context(&config);
        self.stored_groups = super::stored::resolved_groups(&config.groups, &self.procs);
        self.config = config;
        self.drop_pending_updates();
        self.remembered_after_reload();
        self.mood = Mood::Running;
        self.arm_watches();
    }

    /// addProcessGroup: adds a group of the (re-read) config; its processes autostart on
    /// the next loop iteration. `false` if a group of that name exists already.
    pub fn add_group(&mut self, group: &GroupConfig) -> bool {
        if self.has_group(&group.name) {
            return false;
        }
        // Before the group's processes open their log files (fd_table.rs).
        crate::daemon::fd_table::reserve_for_processes(self.procs.len() + group.processes.len());
        let sd = &self.config.supervisord;
        for pc in &group.processes {
            let (p, problems) =
                Process::new(pc.clone(), &sd.childlogdir, &sd.identifier, sd.strip_ansi);
            for msg in problems {
                emit(LogLevel::Error, &msg);
            }
            self.procs.vec_mut().push(p);
        }
        self.config.groups.push(group.clone());
        self.events_group_added(group); // events: the pool exists before GROUP_ADDED
        self.sort_table();
        self.rebuild_plan();
        self.arm_watches();
        true
    }

    /// Puts groups and processes back in start order after the table changed at run time.
    pub(super) fn sort_table(&mut self) {
        self.config
            .groups
            .sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        let order: Vec<String> = group_order(&self.config);
        // Stable: equal priorities keep their order within the group.
        self.procs.vec_mut().sort_by_key(|p| {
            let g = order.iter().position(|n| *n == p.config.group);
            (g, p.config.priority)
        });
    }

    /// Rebuilds the ordering plan after the process table changed at run time.
    pub(super) fn rebuild_plan(&mut self) {
        let mut plan = ordering::build_plan(&self.procs);
        plan.inherit_fired(&self.plan);
        self.plan = plan;
    }

    /// removeProcessGroup: removes a group whose processes are all stopped.
    pub fn remove_group(&mut self, name: &str) -> Result<(), RemoveGroupError> {
        if !self.has_group(name) {
            return Err(RemoveGroupError::NoSuchGroup);
        }
        let running = self
            .procs
            .iter()
            .any(|p| p.config.group == name && !p.machine.state.is_stopped());
        if running {
            return Err(RemoveGroupError::StillRunning);
        }
        self.procs.vec_mut().retain(|p| p.config.group != name);
        self.config.groups.retain(|g| g.name != name);
        self.remembered.forget_group(name);
        self.pending_updates.retain(|u| u.group() != name);
        self.events_group_removed(name); // events: the pool goes before GROUP_REMOVED
        self.rebuild_plan();
        self.arm_watches();
        Ok(())
    }

    /// SIGHUP / restart(): validates the new config first; only a valid one leads to
    /// RESTARTING (stop everything, then start the new config). An invalid one is logged
    /// and the daemon keeps running the old one untouched.
    pub fn request_restart(&mut self) {
        if self.mood != Mood::Running {
            emit(
                LogLevel::Warn,
                "ignoring restart request: already shutting down",
            );
            return;
        }
        match self.reread() {
            Ok(config) => {
                self.next_config = Some(config);
                self.set_mood(Mood::Restarting);
            }
            Err(e) => emit(
                LogLevel::Error,
                &format!("restart aborted, keeping the running configuration: {e}"),
            ),
        }
    }

    /// SIGUSR2: reopen every child log.
    pub fn reopen_logs(&mut self) {
        if let Some(h) = &self.mainlog {
            if let Err(e) = h.reopen() {
                emit(LogLevel::Error, &format!("main log: {e}"));
            }
        }
        for p in self.procs.all_mut() {
            for e in p.outputs.reopen() {
                emit(LogLevel::Error, &format!("{}: {e}", p.config.name));
            }
        }
    }

    /// Reads the config again (the running one when reloading is disabled).
    pub fn reread(&self) -> Result<Config, String> {
        match &self.loader {
            Some(load) => load(),
            None => Ok(self.config.clone()),
        }
    }

    /// The group configs addProcessGroup and getAllConfigInfo use.
    pub fn stored_groups(&self) -> &[StoredGroup] {
        &self.stored_groups
    }

    /// reloadConfig: replaces the stored group configs (nothing running changes).
    pub fn store_groups(&mut self, groups: Vec<GroupConfig>) {
        self.stored_groups = groups.into_iter().map(StoredGroup::new).collect();
    }

    /// addProcessGroup: adds the stored group `name`; its stored copy then names the log
    /// files its processes use.
    pub fn add_stored_group(&mut self, name: &str) -> Result<(), AddGroupError> {
        let Some(i) = self.stored_groups.iter().position(|g| g.name() == name) else {
            return Err(AddGroupError::NotStored);
        };
        if !self.add_group(&self.stored_groups[i].materialize()) {
            return Err(AddGroupError::AlreadyAdded);
        }
        self.stored_groups[i].resolve(&self.procs);
        Ok(())
    }

    /// Everything stopped after a restart request: switches to the new config (or just
    /// back to RUNNING when there is none).
    pub fn finish_restart(&mut self) {
        match self.next_config.take() {
            Some(config) => self.replace_config(config),
            None => self.set_mood(Mood::Running),
        }
    }
}

/// Group names in start order (priority, name), as the config lists them.
fn group_order(config: &Config) -> Vec<String> {
    let mut v: Vec<(i64, String)> = config
        .groups
        .iter()
        .map(|g| (g.priority, g.name.clone()))
        .collect();
    v.sort();
    v.into_iter().map(|(_, n)| n).collect()
}

pub(super) fn build_procs(config: &Config) -> Vec<Process> {
    let sd = &config.supervisord;
    if !sd.nocleanup {
        let report = crate::logging::autolog::cleanup_auto_logs(&sd.childlogdir, &sd.identifier);
        for (path, e) in report.failed {
            emit(
                LogLevel::Warn,
                &format!("Failed to clean up {}: {e}", path.display()),
            );
        }
    }
    let mut groups: Vec<_> = config.groups.iter().collect();
    groups.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
    let mut procs = Vec::with_capacity(groups.iter().map(|g| g.processes.len()).sum());
    for g in groups {
        // By priority; equal priorities in the group's own order (`programs=`, then
        // numprocs), as Python's stable sort leaves them.
        let mut members: Vec<_> = g.processes.iter().collect();
        members.sort_by_key(|p| p.priority);
        for pc in members {
            let (p, problems) =
                Process::new(pc.clone(), &sd.childlogdir, &sd.identifier, sd.strip_ansi);
            for msg in problems {
                emit(LogLevel::Error, &msg);
            }
            procs.push(p);
        }
    }
    procs
}
