//! Stopping: one process, signals sent by calls, and the ordered shutdown (highest
//! priority first, `depends_on` dependents before their dependencies).

use std::time::{Duration, Instant};

use nix::errno::Errno;

use super::{ordering, Mood, Supervisor};
use crate::config::LogLevel;
use crate::logging::emit;
use crate::process::{Action, Process, State};

/// Why a signal asked for by a call was not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalError {
    /// The process has no pid (not STARTING, RUNNING or STOPPING).
    NotRunning,
    /// `kill` failed.
    Failed(Errno),
}

impl Supervisor {
    /// A stop request for process `idx` (no-op unless RUNNING/STARTING/BACKOFF).
    pub fn stop(&mut self, idx: usize, now: Instant) {
        if let Some(rest) = self.signal_stop(idx, now) {
            self.apply(idx, rest);
        }
    }

    /// The first half of a stop: the transition, and its signal sent now. Returns the rest
    /// (log lines, what a failed signal changes) for `apply`, or `None` when a
    /// pre_stop_hook runs first.
    fn signal_stop(&mut self, idx: usize, now: Instant) -> Option<Vec<Action>> {
        if self.pre_stop_hook(idx, now) {
            return None;
        }
        let p = self.procs.get_mut(idx);
        let mut rest = Vec::new();
        for action in p.machine.stop(now, &p.policy) {
            match action {
                Action::Signal { pid, sig, group } => {
                    rest.extend(self.send_or_fail(idx, pid, sig, group));
                }
                log @ Action::Log(..) => rest.push(log),
            }
        }
        Some(rest)
    }

    /// Sends `sig` to process `idx` (signalProcess and friends).
    pub fn signal(&mut self, idx: usize, sig: i32) -> Result<(), SignalError> {
        let pid = match self.procs[idx].machine.state {
            State::Running { pid, .. }
            | State::Starting { pid, .. }
            | State::Stopping { pid, .. } => pid,
            _ => return Err(SignalError::NotRunning),
        };
        send_signal(pid, sig, false).map_err(SignalError::Failed)
    }

    /// One step of the ordered shutdown: the groups of the highest
    /// priority that still have unstopped processes get their stop signals (BACKOFF ones
    /// give up); lower ones wait until those are fully stopped, and `depends_on`
    /// dependents stop before their dependencies. Returns true when everything is stopped.
    pub fn shutdown_step(&mut self, now: Instant) -> bool {
        // A start under way in its pre_start_hook does not happen.
        for idx in 0..self.procs.len() {
            self.cancel_pre_start_hook(idx);
        }
        // Groups stop in reverse priority order; groups of equal priority stop together
        // (Python stops them one after another in reverse name order, which nothing
        // depends on and which costs a full stop round trip per group).
        let mut prios: Vec<i64> = self.config.groups.iter().map(|g| g.priority).collect();
        prios.sort_unstable_by(|a, b| b.cmp(a));
        prios.dedup();
        let rank_of: std::collections::HashMap<&str, usize> = self
            .config
            .groups
            .iter()
            .map(|g| {
                let rank = prios.iter().position(|&p| p == g.priority).unwrap_or(0);
                (g.name.as_str(), rank)
            })
            .collect();
        let ranks = ordering::stop_ranks(&self.plan, &self.procs, |g| {
            rank_of.get(g).copied().unwrap_or(0)
        });
        let mut levels = ranks.clone();
        levels.sort_unstable();
        levels.dedup();
        for level in levels {
            let members: Vec<usize> = (0..self.procs.len())
                .filter(|&i| ranks[i] == level)
                .collect();
            if members
                .iter()
                .all(|&i| self.procs[i].machine.state.is_stopped())
            {
                continue;
            }
            if self.events_hold_stop(&members, now) {
                return false; // events: listeners first take their buffered events
            }
            self.stop_level(&members, now);
            if members
                .iter()
                .all(|&i| self.procs[i].machine.state.is_stopped())
            {
                continue;
            }
            self.log_waiting_to_die(now);
            return false;
        }
        true
    }

    /// Stops one level of the shutdown (in reverse order; BACKOFF ones give up). Every stop
    /// signal goes out first, the rest of each stop (log lines, events, deadlines) after:
    /// the children then exit on the other CPUs while the loop does that part, instead of
    /// the last child's signal waiting behind everyone's bookkeeping.
    fn stop_level(&mut self, members: &[usize], now: Instant) {
        let mut signalled: Vec<(usize, Vec<Action>)> = Vec::new();
        for &i in members.iter().rev() {
            match self.procs[i].machine.state {
                State::Running { .. } | State::Starting { .. } => {
                    if let Some(rest) = self.signal_stop(i, now) {
                        signalled.push((i, rest));
                    }
                }
                State::Backoff { .. } => {
                    self.procs.get_mut(i).machine.give_up();
                    self.flush_changes(i);
                }
                _ => {}
            }
        }
        for (i, rest) in signalled {
            self.apply(i, rest);
        }
    }

    /// `waiting for a, b to die`: at once, then every 3 s while anything is unstopped.
    pub(super) fn log_waiting_to_die(&mut self, now: Instant) {
        if self
            .last_die_log
            .is_some_and(|t| now < t + Duration::from_secs(3))
        {
            return;
        }
        self.last_die_log = Some(now);
        let unstopped: Vec<&Process> = self
            .procs
            .iter()
            .filter(|p| !p.machine.state.is_stopped())
            .collect();
        let names: Vec<&str> = unstopped.iter().map(|p| p.config.name.as_str()).collect();
        emit(
            LogLevel::Info,
            &format!("waiting for {} to die", names.join(", ")),
        );
        for p in unstopped {
            emit(
                LogLevel::Blather,
                &format!("{} state: {}", p.config.name, p.machine.state.name()),
            );
        }
    }

    /// Enters SHUTDOWN (or RESTARTING) mood; the loop then runs `shutdown_step`.
    pub fn set_mood(&mut self, mood: Mood) {
        self.mood = mood;
        self.last_die_log = None;
    }
}

/// kill/killpg; ESRCH (already gone) is not an error.
pub fn send_signal(pid: i32, sig: i32, group: bool) -> Result<(), Errno> {
    let target = if group { -pid } else { pid };
    // SAFETY: kill(2) with plain integers.
    let rc = unsafe { nix::libc::kill(target, sig) };
    match rc {
        0 => Ok(()),
        _ => match Errno::last() {
            Errno::ESRCH => Ok(()),
            e => Err(e),
        },
    }
}
