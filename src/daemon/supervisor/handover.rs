//! The supervisor's side of an in-place upgrade (`ours.upgrade`): whether one may happen
//! now, the process records and descriptors handed to the new binary, and taking them
//! over in the new daemon process (`crate::upgrade::state` is the document).

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::Instant;

use super::{Mood, Supervisor};
use crate::config::LogLevel;
use crate::daemon::remembered::RememberedStops;
use crate::logging::emit;
use crate::upgrade::state::ProcRecord;

/// The descriptor of a handed-over record, owned again (close-on-exec set back).
pub(super) fn adopt_fd(fd: Option<i32>) -> Option<OwnedFd> {
    let fd = fd.filter(|&fd| fd > 2)?;
    if crate::upgrade::handover::set_cloexec(fd, true).is_err() {
        return None; // not open: nothing to own
    }
    // SAFETY: the previous daemon process handed this descriptor over for this process
    // only; nothing else in this process owns it.
    Some(unsafe { OwnedFd::from_raw_fd(fd) })
}

impl Supervisor {
    /// `ours.upgrade`: the loop drains the HTTP side, then hands over (see `daemon::upgrade`).
    pub fn request_upgrade(&mut self) {
        self.upgrade_requested = true;
    }

    /// Whether an upgrade was asked for and not carried out (or given up) yet.
    pub fn upgrade_requested(&self) -> bool {
        self.upgrade_requested
    }

    /// The upgrade was given up, for `why` (logged by the caller).
    pub fn upgrade_failed(&mut self, why: &str) {
        self.upgrade_requested = false;
        self.last_upgrade_error = why.to_string();
    }

    /// Why the last upgrade was given up (empty: none was).
    pub fn last_upgrade_error(&self) -> &str {
        &self.last_upgrade_error
    }

    /// How many in-place upgrades this daemon (pid) has been through.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Sets the generation read from a handed-over state.
    pub fn set_generation(&mut self, generation: u64) {
        self.generation = generation;
    }

    /// Why an upgrade cannot start now (`None`: it can).
    pub fn upgrade_blocker(&self) -> Option<String> {
        if self.mood != Mood::Running {
            return Some(format!("supervisord is {}", self.mood.name()));
        }
        // Action commands are refused rather than handed over: short-lived children whose
        // end decides nothing the new program would have to do (ask again a moment later).
        if !self.watcher.commands.is_empty() {
            return Some("a change-triggered action command is running".into());
        }
        if !self.actions.is_empty() {
            return Some("a liveness action command is running".into());
        }
        if !self.pending_updates.is_empty() {
            return Some("an update is in progress".into());
        }
        None
    }

    /// One record per process, and every descriptor the records name.
    pub fn handover_records(&self) -> (Vec<ProcRecord>, Vec<RawFd>) {
        let mut fds = Vec::new();
        let records = self
            .procs
            .iter()
            .map(|p| {
                let raw = |f: &Option<OwnedFd>| f.as_ref().map(|f| f.as_raw_fd());
                let (stdin, stdout, stderr) = (raw(&p.stdin), raw(&p.stdout), raw(&p.stderr));
                fds.extend([stdin, stdout, stderr].into_iter().flatten());
                ProcRecord {
                    group: p.config.group.clone(),
                    name: p.config.name.clone(),
                    machine: p.machine.snapshot(),
                    restart_pending: p.restart_pending,
                    restarts: self
                        .metrics
                        .procs
                        .get(&(p.config.group.clone(), p.config.name.clone()))
                        .map(|c| c.restarts)
                        .unwrap_or_default(),
                    memory_due: p.memory_due,
                    stdin,
                    stdout,
                    stderr,
                }
            })
            .collect();
        (records, fds)
    }

    /// Takes over the processes a previous daemon process handed over; returns how many.
    /// The caller reaps next (a child that exited during the swap is a zombie of this
    /// process now) once everything else handed over is back. A record naming no configured process has its descriptors closed and, if its child
    /// lives, is logged (the child is reaped, unsupervised, when it exits).
    pub fn adopt(
        &mut self,
        records: Vec<ProcRecord>,
        remembered: &[(String, String)],
        now: Instant,
    ) -> usize {
        let mut adopted = 0;
        for r in records {
            let (stdin, stdout, stderr) =
                (adopt_fd(r.stdin), adopt_fd(r.stdout), adopt_fd(r.stderr));
            let Some(idx) = self.find(&r.group, &r.name) else {
                if let Some(pid) = r.machine.state.pid() {
                    emit(
                        LogLevel::Error,
                        &format!(
                            "upgrade: '{}:{}' (pid {pid}) is not in the config any more: not supervised",
                            r.group, r.name
                        ),
                    );
                }
                continue;
            };
            let p = self.procs.get_mut(idx);
            p.machine.restore(r.machine);
            p.restart_pending = r.restart_pending;
            p.stdin = stdin;
            p.stdout = stdout;
            p.stderr = stderr;
            p.pipes_serial = crate::process::next_pipes_serial();
            let state = p.machine.state;
            // A RUNNING process's liveness checks start again from now.
            self.liveness_on_state(idx, &state, now);
            // Its memory checks keep their grid.
            self.procs.get_mut(idx).memory_due = r.memory_due;
            self.memory_on_state(idx, &state, now);
            let key = (r.group.clone(), r.name.clone());
            self.metrics.procs.entry(key).or_default().restarts = r.restarts;
            adopted += 1;
        }
        let mut set = RememberedStops::default();
        for (g, n) in remembered {
            set.record(g, n);
        }
        self.restore_remembered(set);
        adopted
    }
}
