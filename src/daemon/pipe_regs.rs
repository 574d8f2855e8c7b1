//! The children's output pipes held in the loop's interest set, updated only for the
//! processes that changed since the last pass (the table marks them, see
//! `supervisor/table.rs`): a pass costs O(processes changed), not O(open pipes).
//!
//! Debug builds compare what is held with every process's pipes on each pass and panic on a
//! difference (a process changed without being marked).

use std::os::fd::{BorrowedFd, RawFd};

use nix::poll::PollFlags;

use super::poll_set::PollSet;
use super::supervisor::Supervisor;
use crate::logging::Channel;

/// One held pipe: raw fd and key (the open file it names).
type Held = Option<(RawFd, u64)>;

/// What the loop holds in its interest set for each process: stdout, stderr.
#[derive(Default)]
pub struct PipeRegs {
    held: Vec<[Held; 2]>,
    /// Processes to look at in this pass (scratch).
    changed: Vec<usize>,
    /// Set once the first pass registered every pipe (a new set starts empty).
    synced: bool,
}

impl PipeRegs {
    /// Brings `set` in step with the pipes of the processes that changed; `token` names
    /// what a ready pipe is reported as.
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
            self.changed.clear();
            self.changed.extend(0..sup.procs().len());
        }
        for &idx in &self.changed {
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

    /// Panics if what is held differs from the processes' pipes.
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
        }
    }
}
