//! `memory_limit` wired to the process table (see `crate::resources`): a process with a
//! limit has a check deadline while it has a pid (STARTING, RUNNING); each check reads the
//! RSS of its tree from `/proc` and, over the limit, runs `memory_action` with a main-log
//! line, a PROCESS_MEMORY event, a count in `supervisord_process_memory_limit_exceeded_total`
//! and the words in the process's description. No program with a limit, no deadline.
//! Also where restarts are counted by reason (`supervisord_process_restarts_total`).

use std::time::Instant;

use super::{send_signal, Supervisor};
use crate::config::LogLevel;
use crate::events::types::{memory_payload, EventType};
use crate::logging::emit;
use crate::process::restarts::{reason_for, RestartReason};
use crate::process::State;
use crate::resources::memory::{self, MemoryAction};

impl Supervisor {
    /// A state change of process `idx`: a pid starts the checks (first one an interval
    /// from now), no pid ends them.
    pub(super) fn memory_on_state(&mut self, idx: usize, to: &State, now: Instant) {
        let p = self.procs.get_mut(idx);
        match (to, &p.config.ext.resources.memory) {
            (State::Starting { .. } | State::Running { .. }, Some(w)) => {
                if p.memory_due.is_none() {
                    p.memory_due = Some(now + w.interval);
                }
            }
            _ => p.memory_due = None,
        }
    }

    /// Runs the due memory checks of the processes `due`.
    pub(super) fn memory_timers(&mut self, due: &[usize], now: Instant) {
        for &idx in due {
            let p = self.procs.get_mut(idx);
            let (Some(due), Some(w), Some(pid)) = (
                p.memory_due.filter(|d| *d <= now),
                p.config.ext.resources.memory,
                p.machine.state.pid(),
            ) else {
                continue;
            };
            p.memory_due = Some(memory::next_due(due, now, w.interval));
            let rss = crate::resources::proctree::read_tree_rss(pid);
            if memory::over(&w, rss) {
                self.memory_act(idx, pid, rss, now);
            }
        }
    }

    /// Process `idx` (pid `pid`) is over its limit with `rss` bytes: its action runs.
    fn memory_act(&mut self, idx: usize, pid: i32, rss: u64, now: Instant) {
        let p = self.procs.get_mut(idx);
        let Some(w) = p.config.ext.resources.memory else {
            return;
        };
        let note = memory::note(&w, rss);
        let (name, group) = (p.config.name.clone(), p.config.group.clone());
        p.memory_note = Some(note.clone());
        self.metrics.memory_exceeded(&self.procs[idx]);
        emit(LogLevel::Warn, &format!("{name} (pid {pid}) {note}"));
        self.events_publish(
            EventType::ProcessMemory,
            memory_payload(&name, &group, pid, (rss, w.limit), &w.action.name(), &note),
        );
        match w.action {
            MemoryAction::Restart => {
                let p = self.procs.get_mut(idx);
                p.restart_reason = Some(RestartReason::Memory);
                p.restart_pending = true;
                self.stop(idx, now);
            }
            MemoryAction::Stop => self.stop(idx, now),
            MemoryAction::Signal(sig) => {
                if let Err(e) = send_signal(pid, sig, false) {
                    emit(
                        LogLevel::Error,
                        &format!("could not signal {name} (pid {pid}): {}", e.desc()),
                    );
                }
            }
        }
    }

    /// Counts a spawn of process `idx` that is a restart (it ran before) under its reason
    /// (`restarts::reason_for`).
    pub(super) fn count_restart(&mut self, idx: usize) {
        let p = self.procs.get_mut(idx);
        let asked = p.restart_reason.take();
        if p.machine.laststart != 0 || self.metrics.spawned_before(p) {
            let reason = reason_for(asked, &p.machine.state);
            self.metrics.restarted(&self.procs[idx], reason);
        }
    }
}
