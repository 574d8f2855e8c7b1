//! The processes' descriptors in the loop's interest set, updated only for the processes
//! that changed since the last pass (the table marks them, see `supervisor/table.rs`), so
//! a pass costs O(processes changed + descriptors polled), not O(processes):
//! - output pipes are held in the set across passes (`PollSet::hold`);
//! - the processes with other descriptors to poll (probes, liveness checks, hooks, bytes
//!   waiting for a stdin or a syslog server) are kept in a set; their descriptors are
//!   listed for each wait.
//!
//! Debug builds compare both with a full scan on each pass and panic on a difference (a
//! process changed without being marked).

use std::collections::BTreeSet;
use std::os::fd::{BorrowedFd, RawFd};

use nix::poll::PollFlags;

use super::poll_set::PollSet;
use super::supervisor::{ProbeSource, Supervisor};
use crate::logging::Channel;

/// One held pipe: raw fd and key (the open file it names).
type Held = Option<(RawFd, u64)>;

/// A probe descriptor to poll: process index, source, fd, events.
pub type ProbeFd = (usize, ProbeSource, i32, PollFlags);

/// What the loop holds for the processes' descriptors.
#[derive(Default)]
pub struct ProcFds {
    /// Per process: its stdout and stderr pipes held in the set.
    held: Vec<[Held; 2]>,
    /// The processes with descriptors to poll besides their pipes.
    polled: BTreeSet<usize>,
    /// Processes to look at in this pass (scratch).
    changed: Vec<usize>,
    /// Set once the first pass looked at every process (a new set starts empty).
    synced: bool,
    probes: Vec<ProbeFd>,
    writes: Vec<(usize, i32)>,
}

impl ProcFds {
    /// Brings `set` in step with the pipes of the processes that changed, and the set of
    /// processes with other descriptors; `token` names what a ready pipe is reported as.
    pub fn sync<T: Copy>(
        &mut self,
        sup: &mut Supervisor,
        set: &mut PollSet<T>,
        token: impl Fn(usize, Channel) -> T,
    ) {
        let all = sup.take_io_changes(&mut self.changed) || !self.synced;
        if all {
            self.synced = true;
            for &(raw, key) in self.held.iter().flatten().flatten() {
                set.release(raw, key);
            }
            self.held.clear();
            self.held.resize(sup.procs().len(), [None, None]);
            self.polled.clear();
            self.changed.clear();
            self.changed.extend(0..sup.procs().len());
        }
        for &idx in &self.changed {
            if sup.polls_fds(idx) {
                self.polled.insert(idx);
            } else {
                self.polled.remove(&idx);
            }
            let now = sup.pipes_of(idx);
            for (slot, pipe) in now.into_iter().enumerate() {
                let want = pipe.map(|(_, raw, key)| (raw, key));
                if self.held[idx][slot] == want {
                    continue;
                }
                if let Some((raw, key)) = self.held[idx][slot] {
                    set.release(raw, key);
                }
                if let Some((ch, raw, key)) = pipe {
                    // SAFETY: the fd is a process's open output pipe; a closed one is
                    // released (the process is marked when it closes it) before the next
                    // wait.
                    let fd = unsafe { BorrowedFd::borrow_raw(raw) };
                    set.hold(fd, key, PollFlags::POLLIN, token(idx, ch));
                }
                self.held[idx][slot] = want;
            }
        }
        #[cfg(debug_assertions)]
        self.check(sup);
    }

    /// The probe descriptors to poll, in process order (within one: readiness probe,
    /// liveness check, hook).
    pub fn probe_fds(&mut self, sup: &Supervisor) -> &[ProbeFd] {
        self.probes.clear();
        for &idx in &self.polled {
            sup.probe_fds_of(idx, &mut self.probes);
        }
        &self.probes
    }

    /// The descriptors with bytes waiting to be written: listener envelopes first, then
    /// each process's stdin and syslog servers, as `(process index, fd)`. A listener's
    /// stdin may be listed twice: the set registers an fd once, the loop serves a process
    /// once.
    pub fn write_fds(&mut self, sup: &Supervisor) -> &[(usize, i32)] {
        self.writes.clear();
        self.writes.extend(sup.events_write_fds());
        for &idx in &self.polled {
            sup.write_fds_of(idx, &mut self.writes);
        }
        &self.writes
    }

    /// Panics if what is held or listed differs from the processes' descriptors.
    #[cfg(debug_assertions)]
    fn check(&self, sup: &Supervisor) {
        assert_eq!(self.held.len(), sup.procs().len(), "pipe registrations");
        for idx in 0..sup.procs().len() {
            let now = sup.pipes_of(idx).map(|p| p.map(|(_, raw, key)| (raw, key)));
            assert_eq!(
                self.held[idx],
                now,
                "pipes of process {idx} ({}) changed without a mark",
                sup.procs()[idx].config.name
            );
            assert_eq!(
                sup.polls_fds(idx),
                self.polled.contains(&idx),
                "descriptors of process {idx} ({}) changed without a mark",
                sup.procs()[idx].config.name
            );
        }
    }
}
