//! `[supervisord] remember_stopped`: the supervisor's side of `daemon::remembered`. The
//! call handlers record an operator's stop and forget it at an operator's start; a
//! reload, SIGHUP or `update` then builds the remembered processes without autostart.

use super::Supervisor;
use crate::config::LogLevel;
use crate::daemon::remembered::RememberedStops;
use crate::logging::emit;

impl Supervisor {
    /// An operator's stop request named process `idx` (stopProcess, stopProcessGroup,
    /// stopAllProcesses): remembered when `remember_stopped` is on.
    pub fn remember_stop(&mut self, idx: usize) {
        if self.config.supervisord.remember_stopped {
            let c = &self.procs[idx].config;
            self.remembered.record(&c.group, &c.name);
        }
    }

    /// An operator's start request named process `idx`: it is no longer remembered.
    pub fn forget_stop(&mut self, idx: usize) {
        let c = &self.procs[idx].config;
        self.remembered.forget(&c.group, &c.name);
    }

    /// The processes remembered as stopped.
    pub fn remembered(&self) -> &RememberedStops {
        &self.remembered
    }

    /// Installs a set read back from [`RememberedStops::from_text`] (a daemon taking over
    /// from another), kept to the processes that exist.
    pub fn restore_remembered(&mut self, mut set: RememberedStops) {
        let procs = &self.procs;
        set.retain(|g, n| {
            procs
                .iter()
                .any(|p| p.config.group == g && p.config.name == n)
        });
        self.remembered = set;
    }

    /// A freshly built process `idx` that is remembered does not start on its own.
    pub(super) fn hold_remembered(&mut self, idx: usize) {
        let p = self.procs.get_mut(idx);
        if self.remembered.contains(&p.config.group, &p.config.name) {
            p.policy.autostart = false;
            p.restart_pending = false;
            emit(
                LogLevel::Info,
                &format!(
                    "not starting '{}': stopped by an operator (remember_stopped)",
                    p.namespec()
                ),
            );
        }
    }

    /// After a reload built the new table: forgets processes that are gone (or
    /// everything, when the new config turned the option off) and holds the rest.
    pub(super) fn remembered_after_reload(&mut self) {
        if !self.config.supervisord.remember_stopped {
            self.remembered.clear();
            return;
        }
        let procs = &self.procs;
        self.remembered.retain(|g, n| {
            procs
                .iter()
                .any(|p| p.config.group == g && p.config.name == n)
        });
        for idx in 0..self.procs.len() {
            self.hold_remembered(idx);
        }
    }
}
