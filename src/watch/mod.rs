//! File watching for the Go port's change-triggered actions: `restart_directory_monitor`
//! trees (recursive, filtered by `restart_file_pattern`) and the executables of programs
//! with `restart_when_binary_changed`. One inotify descriptor in the loop's poll set,
//! created only when some program watches something; each watch's changes are debounced
//! (`debounce`) so a burst acts once. Action commands are in `command`.

pub mod command;
pub mod debounce;
pub mod route;

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::os::fd::{AsFd, AsRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use nix::errno::Errno;
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify, WatchDescriptor};

use debounce::Debounce;
use route::TreeEvent;

/// Most directories watched under one `restart_directory_monitor`.
pub const MAX_TREE_DIRS: usize = 4096;
/// Most `read`s of the inotify descriptor per wake-up (4 KiB each).
const READS_PER_WAKEUP: usize = 64;

/// What a watch is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `restart_when_binary_changed`.
    Binary,
    /// `restart_directory_monitor`.
    Files,
}

/// Why a watch could not be set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchError(pub String);

impl std::fmt::Display for WatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One process's watch.
#[derive(Debug)]
struct Sub {
    proc: usize,
    kind: Kind,
    /// The tree's root, or the binary's path.
    path: PathBuf,
    pattern: String,
    debounce: Debounce,
    /// The first file that changed in the burst under way (what the log line names).
    first: Option<PathBuf>,
}

/// Every watch of the process table, and the running action commands.
#[derive(Debug)]
pub struct Watcher {
    /// Most directories per tree ([`MAX_TREE_DIRS`]; smaller in tests).
    max_tree_dirs: usize,
    ino: Option<Inotify>,
    /// Watch descriptor → (directory, the subs using it).
    dirs: HashMap<WatchDescriptor, (PathBuf, Vec<usize>)>,
    subs: Vec<Sub>,
    /// Running action commands.
    pub commands: Vec<command::Running>,
}

impl Default for Watcher {
    fn default() -> Watcher {
        Watcher {
            max_tree_dirs: MAX_TREE_DIRS,
            ino: None,
            dirs: HashMap::new(),
            subs: Vec::new(),
            commands: Vec::new(),
        }
    }
}

impl Watcher {
    /// Drops every watch (the process table changed); running commands are kept.
    pub fn clear(&mut self) {
        self.ino = None;
        self.dirs.clear();
        self.subs.clear();
    }

    fn inotify(&mut self) -> Result<&Inotify, WatchError> {
        if self.ino.is_none() {
            let ino =
                Inotify::init(InitFlags::IN_NONBLOCK | InitFlags::IN_CLOEXEC).map_err(|e| {
                    WatchError(match e {
                        Errno::EMFILE => "cannot create an inotify instance: the per-user limit \
                                      (fs.inotify.max_user_instances) is reached"
                            .into(),
                        e => format!("cannot create an inotify instance: {}", e.desc()),
                    })
                })?;
            self.ino = Some(ino);
        }
        self.ino
            .as_ref()
            .ok_or_else(|| WatchError("no inotify".into()))
    }

    /// Watches `dir` for `sub`; its descriptor if `sub` did not watch it yet.
    fn add_dir(
        &mut self,
        dir: &Path,
        mask: AddWatchFlags,
        sub: usize,
    ) -> Result<Option<WatchDescriptor>, WatchError> {
        let wd = self.inotify()?.add_watch(dir, mask).map_err(|e| {
            WatchError(match e {
                Errno::ENOSPC => format!(
                    "cannot watch {}: the inotify watch limit (fs.inotify.max_user_watches) is reached",
                    dir.display()
                ),
                e => format!("cannot watch {}: {}", dir.display(), e.desc()),
            })
        })?;
        let entry = self
            .dirs
            .entry(wd)
            .or_insert_with(|| (dir.to_path_buf(), Vec::new()));
        if entry.1.contains(&sub) {
            return Ok(None);
        }
        entry.1.push(sub);
        Ok(Some(wd))
    }

    /// Undoes an `add_dir` of `sub` (the watch goes when nobody else uses it).
    fn drop_dir(&mut self, wd: WatchDescriptor, sub: usize) {
        let Some((_, users)) = self.dirs.get_mut(&wd) else {
            return;
        };
        users.retain(|&u| u != sub);
        if users.is_empty() {
            self.dirs.remove(&wd);
            if let Some(ino) = &self.ino {
                let _ = ino.rm_watch(wd);
            }
        }
    }

    /// Watches the tree under `root` for changes of files whose names match `pattern`.
    pub fn watch_tree(
        &mut self,
        proc: usize,
        root: &Path,
        pattern: &str,
    ) -> Result<(), WatchError> {
        let sub = self.subs.len();
        self.subs.push(Sub {
            proc,
            kind: Kind::Files,
            path: root.to_path_buf(),
            pattern: pattern.to_string(),
            debounce: Debounce::default(),
            first: None,
        });
        self.add_tree(sub, root).map(|_| ())
    }

    /// Adds watches for `dir` and the directories under it (symbolic links are not
    /// followed); returns whether a file matching the sub's pattern is in there.
    fn add_tree(&mut self, sub: usize, dir: &Path) -> Result<bool, WatchError> {
        let mut pending = vec![dir.to_path_buf()];
        let mut found = false;
        let mut count = self.dirs.values().filter(|(_, s)| s.contains(&sub)).count();
        while let Some(d) = pending.pop() {
            let mask = route::mask()
                | if d == dir {
                    AddWatchFlags::empty()
                } else {
                    AddWatchFlags::IN_DONT_FOLLOW
                };
            if let Some(wd) = self.add_dir(&d, mask, sub)? {
                count += 1;
                if count > self.max_tree_dirs {
                    self.drop_dir(wd, sub);
                    return Err(WatchError(format!(
                        "{} has more than {} directories; the rest is not watched",
                        self.subs[sub].path.display(),
                        self.max_tree_dirs
                    )));
                }
            }
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                match e.file_type() {
                    Ok(t) if t.is_dir() => pending.push(e.path()),
                    Ok(_) => {
                        found |= route::matches(&self.subs[sub].pattern, e.file_name().as_bytes())
                    }
                    Err(_) => {}
                }
            }
        }
        Ok(found)
    }

    /// Watches the executable `path` (its directory, for the file being replaced or
    /// written). A process watches one binary: a new path replaces the old one.
    pub fn watch_binary(&mut self, proc: usize, path: &Path) -> Result<(), WatchError> {
        if let Some(s) = self
            .subs
            .iter()
            .find(|s| s.proc == proc && s.kind == Kind::Binary)
        {
            if s.path == path {
                return Ok(());
            }
        }
        let old = self
            .subs
            .iter()
            .position(|s| s.proc == proc && s.kind == Kind::Binary);
        let sub = match old {
            Some(i) => {
                let wds: Vec<WatchDescriptor> = self
                    .dirs
                    .iter()
                    .filter(|(_, (_, users))| users.contains(&i))
                    .map(|(wd, _)| *wd)
                    .collect();
                for wd in wds {
                    self.drop_dir(wd, i);
                }
                self.subs[i].path = path.to_path_buf();
                i
            }
            None => {
                self.subs.push(Sub {
                    proc,
                    kind: Kind::Binary,
                    path: path.to_path_buf(),
                    pattern: String::new(),
                    debounce: Debounce::default(),
                    first: None,
                });
                self.subs.len() - 1
            }
        };
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        self.add_dir(dir, route::mask(), sub).map(drop)
    }

    /// The descriptors to poll: inotify's, then the command pipes.
    pub fn poll_fds(&self) -> Vec<RawFd> {
        self.ino
            .as_ref()
            .map(|i| i.as_fd().as_raw_fd())
            .into_iter()
            .chain(self.commands.iter().filter_map(|c| c.fd()))
            .collect()
    }

    /// Reads pending events (bounded) and notes changes; returns lines to log.
    pub fn on_readable(&mut self, now: Instant) -> Vec<String> {
        let mut log = Vec::new();
        for c in &mut self.commands {
            log.extend(c.read());
        }
        for _ in 0..READS_PER_WAKEUP {
            let Some(ino) = &self.ino else { break };
            let events = match ino.read_events() {
                Ok(ev) if !ev.is_empty() => ev,
                Ok(_) | Err(Errno::EAGAIN) => break,
                Err(Errno::EINTR) => continue,
                Err(e) => {
                    log.push(format!("inotify read failed: {}", e.desc()));
                    break;
                }
            };
            for ev in events {
                self.event(ev.wd, ev.mask, ev.name.as_deref(), now, &mut log);
            }
        }
        log
    }

    fn event(
        &mut self,
        wd: WatchDescriptor,
        mask: AddWatchFlags,
        name: Option<&OsStr>,
        now: Instant,
        log: &mut Vec<String>,
    ) {
        if mask.contains(AddWatchFlags::IN_Q_OVERFLOW) {
            log.push("inotify event queue overflowed: every watch counts as changed".into());
            for i in 0..self.subs.len() {
                self.subs[i].debounce.change(now);
                if self.subs[i].kind == Kind::Files {
                    let root = self.subs[i].path.clone();
                    if let Err(e) = self.add_tree(i, &root) {
                        log.push(e.0);
                    }
                }
            }
            return;
        }
        if mask.contains(AddWatchFlags::IN_IGNORED) {
            self.dirs.remove(&wd);
            return;
        }
        let Some((dir, users)) = self.dirs.get(&wd).cloned() else {
            return;
        };
        let name_bytes = name.map(|n| n.as_bytes());
        for sub in users {
            let changed = match self.subs[sub].kind {
                Kind::Binary => {
                    let file = self.subs[sub].path.file_name().map(OsString::from);
                    file.is_some_and(|f| route::binary_changed(mask, name_bytes, f.as_bytes()))
                }
                Kind::Files => match route::tree_event(mask, name_bytes, &self.subs[sub].pattern) {
                    TreeEvent::None => false,
                    TreeEvent::Changed => true,
                    TreeEvent::NewDir => {
                        let new = dir.join(name.unwrap_or_default());
                        self.add_tree(sub, &new).unwrap_or_else(|e| {
                            log.push(e.0);
                            false
                        })
                    }
                },
            };
            if changed {
                let s = &mut self.subs[sub];
                s.debounce.change(now);
                if s.first.is_none() {
                    s.first = Some(dir.join(name.unwrap_or_default()));
                }
            }
        }
    }

    /// When the next burst ends.
    pub fn deadline(&self) -> Option<Instant> {
        self.subs.iter().filter_map(|s| s.debounce.deadline()).min()
    }

    /// The watches whose burst ended by `now`: (process index, kind, the first file that
    /// changed).
    pub fn take_due(&mut self, now: Instant) -> Vec<(usize, Kind, PathBuf)> {
        self.subs
            .iter_mut()
            .filter_map(|s| {
                if !s.debounce.take_due(now) {
                    return None;
                }
                let first = s.first.take().unwrap_or_else(|| s.path.clone());
                Some((s.proc, s.kind, first))
            })
            .collect()
    }

    /// A child was reaped: if it is an action command, its remaining output and its exit
    /// as log lines.
    pub fn command_exited(&mut self, pid: i32, how: &str) -> Option<Vec<String>> {
        let i = self.commands.iter().position(|c| c.pid == pid)?;
        let mut c = self.commands.swap_remove(i);
        let mut log = c.read();
        log.push(format!("{} {how}", c.label));
        Some(log)
    }

    /// Whether process `proc` has an action command running.
    pub fn command_running(&self, label: &str) -> bool {
        self.commands.iter().any(|c| c.label == label)
    }
}

#[cfg(test)]
mod tests;
