//! What an in-place upgrade carries besides the process records: queued stdin bytes and
//! capture buffers of the processes, and the event pools with their listeners' protocol
//! states and serials, running hooks and readiness-check descriptors; taken out for the state document, put back in the new process.

use super::Supervisor;
use crate::logging::capture::Channel;
use std::os::fd::RawFd;
use std::time::Instant;

use super::handover::adopt_fd;
use crate::config::LogLevel;
use crate::events::carry::BusCarry;
use crate::liveness::probe::Checker;
use crate::logging::emit;
use crate::process::hook::Hook;
use crate::process::State;
use crate::readiness::probe::Probe;
use crate::upgrade::carry::CarryRecord;
use crate::upgrade::inflight::InflightRecord;

impl Supervisor {
    /// One record per process holding buffered bytes.
    pub fn carry_records(&self) -> Vec<CarryRecord> {
        self.procs
            .iter()
            .map(|p| CarryRecord {
                group: p.config.group.clone(),
                name: p.config.name.clone(),
                stdin_pending: p.stdin_pending.clone(),
                stdout: p.outputs.capture(Channel::Stdout).map(|c| c.carry()),
                stderr: p.outputs.capture(Channel::Stderr).map(|c| c.carry()),
            })
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// Puts carried bytes back (after `adopt`): the stdin queue only with a stdin pipe,
    /// capture buffers into the process's captures (opened if they are not yet).
    pub fn adopt_carries(&mut self, records: Vec<CarryRecord>) {
        for r in records {
            let Some(idx) = self.find(&r.group, &r.name) else {
                continue;
            };
            let p = self.procs.get_mut(idx);
            if p.stdin.is_some() {
                p.stdin_pending = r.stdin_pending;
            }
            if (r.stdout.is_some() || r.stderr.is_some()) && p.outputs.ensure().is_err() {
                continue;
            }
            for (channel, carry) in [(Channel::Stdout, r.stdout), (Channel::Stderr, r.stderr)] {
                if let (Some(carry), Some(c)) = (carry, p.outputs.capture_mut(channel)) {
                    c.restore_carry(carry);
                }
            }
        }
    }

    /// The event pools, listener states and serials.
    pub fn events_carry(&self) -> BusCarry {
        self.bus.carry()
    }

    /// Builds the pools of the config (as `events_boot` does, without its events: the
    /// daemon did not start again) and puts the handed-over state back into them.
    pub fn events_adopt(&mut self, carry: BusCarry) {
        self.bus.reset();
        let mut groups = self.config.groups.clone();
        groups.sort_by_key(|g| g.priority);
        for g in &groups {
            self.bus.add_pool(g);
        }
        self.bus.restore(carry);
    }

    /// One record per process with a hook running or a readiness check listening on a
    /// descriptor, and those descriptors.
    pub fn inflight_records(&self) -> (Vec<InflightRecord>, Vec<RawFd>) {
        let records: Vec<InflightRecord> = self
            .procs
            .iter()
            .map(|p| InflightRecord {
                group: p.config.group.clone(),
                name: p.config.name.clone(),
                probe_fd: p.probe.as_deref().and_then(Probe::handover_fd),
                hook: p.hook.as_deref().map(Hook::carry),
                liveness: p.liveness.as_deref().map(Checker::carry),
            })
            .filter(|r| r.probe_fd.is_some() || r.hook.is_some() || r.liveness.is_some())
            .collect();
        let fds = records.iter().flat_map(InflightRecord::fds).collect();
        (records, fds)
    }

    /// Takes over running hooks (their exit then leads to the spawn or the stop signal,
    /// as before the swap) and liveness schedules (a check under way starts again at
    /// once; its counters go on), and gives every STARTING process that is not ready yet its
    /// readiness probe again: on the handed-over descriptor, or started afresh; its
    /// readiness deadline is the handed-over one (part of its state).
    pub fn adopt_inflight(&mut self, records: Vec<InflightRecord>, now: Instant) {
        let mut probe_fds = std::collections::HashMap::new();
        for r in records {
            let probe_fd = adopt_fd(r.probe_fd);
            let hook_fd = r.hook.as_ref().and_then(|h| adopt_fd(h.output));
            let Some(idx) = self.find(&r.group, &r.name) else {
                continue;
            };
            if let Some(h) = r.hook {
                self.procs.get_mut(idx).hook = Some(Box::new(Hook::adopted(h, hook_fd)));
            }
            if let Some(fd) = probe_fd {
                probe_fds.insert(idx, fd);
            }
            let p = self.procs.get_mut(idx);
            if let (Some((at, tally)), Some(c), true) = (
                r.liveness,
                &p.config.ext.liveness,
                matches!(p.machine.state, State::Running { .. }),
            ) {
                p.liveness = Some(Box::new(Checker::resumed(c, at, tally)));
            }
        }
        for idx in 0..self.procs.len() {
            let p = self.procs.get_mut(idx);
            let Some(check) = p.ready.as_ref() else {
                continue;
            };
            if !matches!(p.machine.state, State::Starting { ready: false, .. }) {
                continue;
            }
            match Probe::adopt(check, probe_fds.remove(&idx), now) {
                Ok(probe) => p.probe = Some(Box::new(probe)),
                Err(e) => emit(
                    LogLevel::Warn,
                    &format!(
                        "upgrade: the readiness check of '{}' cannot go on ({e}); it waits for its timeout",
                        p.namespec()
                    ),
                ),
            }
        }
    }
}
