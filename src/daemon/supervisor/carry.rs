//! What an in-place upgrade carries besides the process records: queued stdin bytes and
//! capture buffers of the processes, and the event pools with their listeners' protocol
//! states and serials; taken out for the state document, put back in the new process.

use super::Supervisor;
use crate::logging::capture::Channel;
use crate::events::carry::BusCarry;
use crate::upgrade::carry::CarryRecord;

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
            let p = &mut self.procs[idx];
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
}
