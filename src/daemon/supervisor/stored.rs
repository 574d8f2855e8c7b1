//! One group of the stored config (Python's `process_group_configs`): what addProcessGroup,
//! `update` and getAllConfigInfo read. Python's `create_autochildlogs` mutates the stored
//! config when a group is added, replacing each AUTO log by the file it created; here the
//! process configs stay shared with the running ones and only the resolved file names are
//! kept beside them, applied when the group is read.

use std::path::Path;
use std::sync::Arc;

use crate::config::{ChildLog, GroupConfig};
use crate::logging::Channel;
use crate::process::Process;

/// A stored group config and the files its AUTO logs were resolved to.
#[derive(Debug, Clone)]
pub struct StoredGroup {
    config: GroupConfig,
    /// Per process of `config`, in its order (empty while nothing is resolved): the files
    /// its AUTO stdout and stderr logs stand for.
    resolved: Vec<[Option<Arc<Path>>; 2]>,
}

impl StoredGroup {
    /// A group as read from the config: nothing resolved.
    pub fn new(config: GroupConfig) -> StoredGroup {
        StoredGroup {
            config,
            resolved: Vec::new(),
        }
    }

    /// The group's name.
    pub fn name(&self) -> &str {
        &self.config.name
    }

    /// The group as read, AUTO logs unresolved.
    pub fn config(&self) -> &GroupConfig {
        &self.config
    }

    /// The file the AUTO log of stream `channel` of process `i` stands for, once resolved.
    pub fn resolved_log(&self, i: usize, channel: Channel) -> Option<&Path> {
        let slot = self.resolved.get(i)?;
        slot[usize::from(channel == Channel::Stderr)].as_deref()
    }

    /// The group as Python holds it: AUTO logs replaced by their resolved files (only the
    /// processes that have one are copied; the others stay shared).
    pub fn materialize(&self) -> GroupConfig {
        let mut group = self.config.clone();
        for (pc, files) in group.processes.iter_mut().zip(&self.resolved) {
            for (i, file) in files.iter().enumerate() {
                let Some(file) = file else { continue };
                let pc = Arc::make_mut(pc);
                let s = if i == 0 {
                    &mut pc.stdout
                } else {
                    &mut pc.stderr
                };
                s.logfile = ChildLog::Paths(vec![file.to_path_buf()]);
            }
        }
        group
    }

    /// Resolves the AUTO logs of the processes `procs` runs (matched by group and name)
    /// to the files they use; a log resolved once keeps its file. Call after building
    /// `procs`.
    pub fn resolve(&mut self, procs: &[Process]) {
        let index: std::collections::HashMap<(&str, &str), &Process> = procs
            .iter()
            .filter(|p| p.config.group == self.config.name)
            .map(|p| ((p.config.group.as_str(), p.config.name.as_str()), p))
            .collect();
        for (i, pc) in self.config.processes.iter().enumerate() {
            let Some(p) = index.get(&(pc.group.as_str(), pc.name.as_str())) else {
                continue;
            };
            let auto = [&pc.stdout, &pc.stderr].map(|s| s.logfile == ChildLog::Auto);
            for (c, channel) in [Channel::Stdout, Channel::Stderr].into_iter().enumerate() {
                if !auto[c] || self.resolved_log(i, channel).is_some() {
                    continue;
                }
                let Some(path) = p.outputs.logfile_path(channel) else {
                    continue;
                };
                // The process's own AUTO file, shared, unless it reports another one.
                let path = match p.outputs.auto_file(channel) {
                    Some(auto) if **auto == *path => Arc::clone(auto),
                    _ => Arc::from(path),
                };
                if self.resolved.is_empty() {
                    self.resolved = vec![[None, None]; self.config.processes.len()];
                }
                self.resolved[i][c] = Some(path);
            }
        }
    }
}

/// The stored copy of `groups` with the AUTO logs of the processes in `procs` resolved.
pub fn resolved_groups(groups: &[GroupConfig], procs: &[Process]) -> Vec<StoredGroup> {
    groups
        .iter()
        .map(|g| {
            let mut s = StoredGroup::new(g.clone());
            s.resolve(procs);
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of `programs` (program sections) and their processes, built as the
    /// daemon builds them, AUTO logs in a fresh directory.
    fn load(name: &str, programs: &str) -> (Vec<GroupConfig>, Vec<Process>, std::path::PathBuf) {
        crate::process::test_table("stored", name, programs)
    }

    fn logfile(g: &GroupConfig, i: usize) -> [ChildLog; 2] {
        let pc = &g.processes[i];
        [pc.stdout.logfile.clone(), pc.stderr.logfile.clone()]
    }

    #[test]
    fn auto_logs_resolve_to_the_running_files_and_only_those_are_copied() {
        let (groups, procs, dir) = load(
            "a",
            "[program:a]\ncommand=/bin/true\nautostart=false\nstderr_logfile=NONE\n\
             [program:b]\ncommand=/bin/true\nautostart=false\nstdout_logfile=/tmp/b.log\n\
             stderr_logfile=NONE\n",
        );
        let a = groups.iter().find(|g| g.name == "a").expect("a");
        let b = groups.iter().find(|g| g.name == "b").expect("b");
        let pa = procs
            .iter()
            .find(|p| p.config.name == "a")
            .expect("process a");
        let file = pa.outputs.logfile(Channel::Stdout).expect("AUTO file");
        // Not resolved yet: read as configured.
        let fresh = StoredGroup::new(a.clone());
        assert_eq!(fresh.resolved_log(0, Channel::Stdout), None);
        assert_eq!(logfile(&fresh.materialize(), 0)[0], ChildLog::Auto);
        let stored = resolved_groups(&groups, &procs);
        let by_name = |n: &str| stored.iter().find(|s| s.name() == n).expect("stored");
        let (sa, sb) = (by_name("a"), by_name("b"));
        assert_eq!(sa.resolved_log(0, Channel::Stdout), Some(file.as_path()));
        assert_eq!(sa.resolved_log(0, Channel::Stderr), None, "NONE stays");
        let shared = sa.resolved[0][0].as_ref().expect("resolved");
        let own = pa.outputs.auto_file(Channel::Stdout).expect("AUTO");
        assert!(Arc::ptr_eq(shared, own), "the process's file name, shared");
        let m = sa.materialize();
        assert_eq!(
            logfile(&m, 0),
            [ChildLog::Paths(vec![file.clone()]), ChildLog::None]
        );
        assert!(!Arc::ptr_eq(&m.processes[0], &a.processes[0]), "copied");
        assert_eq!(
            logfile(&sa.config().clone(), 0)[0],
            ChildLog::Auto,
            "as read"
        );
        // Nothing AUTO: nothing kept, the config stays shared.
        assert!(sb.resolved.is_empty());
        assert!(Arc::ptr_eq(&sb.materialize().processes[0], &b.processes[0]));
        // A resolved log keeps its file when resolved again without its process.
        let mut again = sa.clone();
        again.resolve(&[]);
        assert_eq!(again.resolved_log(0, Channel::Stdout), Some(file.as_path()));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
