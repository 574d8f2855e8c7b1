//! The process table with an index of its deadlines, so that a loop pass costs
//! O(processes changed + timers due) instead of a scan of every process.
//!
//! Reading goes through `Deref` to `[Process]`. Every mutable access marks what it touches:
//! [`Table::get_mut`] one process, [`Table::all_mut`] all of them, [`Table::vec_mut`] the
//! table's shape (indices move, so the whole index is rebuilt). The loop reads a second
//! set of marks (`take_io_changes`) to update only the changed processes' descriptors. Before deadlines are read,
//! the marked processes' earliest deadlines are recomputed and pushed into a min-heap of
//! (deadline, index); an entry whose deadline is no longer its process's is stale and
//! dropped when it reaches the top. Debug builds compare the index with a full scan on
//! every refresh and panic on a difference: a mutation that bypassed the marks.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};
use std::ops::Deref;
use std::time::Instant;

use crate::process::{Process, State};

/// The process table and its deadline index.
pub(super) struct Table {
    procs: Vec<Process>,
    /// Processes whose deadlines are to be recomputed.
    stale: Marks,
    /// Processes whose descriptors the loop is to look at again (`take_io_changes`).
    io: Marks,
    /// Processes whose start candidacy is to be looked at again.
    starts: Marks,
    /// Processes that want to start now or once their BACKOFF delay is over
    /// ([`may_want_start`]): the start pass looks at these only.
    candidates: BTreeSet<usize>,
    /// Scratch list of the indices a refresh recomputes.
    scratch: Vec<usize>,
    /// Per index: the deadline the heap holds for it (`None`: no entry counts).
    queued: Vec<Option<Instant>>,
    heap: BinaryHeap<Reverse<(Instant, usize)>>,
    /// The mood the index was computed for: BACKOFF retries only count while running.
    running: bool,
    /// getAllProcessInfo's order of the table, once asked for (`info_order.rs`); forgotten
    /// with every change of the table's shape.
    pub(super) info_order: std::cell::OnceCell<Vec<u32>>,
}

/// The processes changed since a reader last looked: each listed once, or all of them.
#[derive(Default)]
struct Marks {
    list: Vec<usize>,
    marked: Vec<bool>,
    all: bool,
}

impl Marks {
    fn everything() -> Marks {
        Marks {
            all: true,
            ..Default::default()
        }
    }

    fn mark(&mut self, idx: usize) {
        if self.all {
            return;
        }
        if let Some(m) = self.marked.get_mut(idx).filter(|m| !**m) {
            *m = true;
            self.list.push(idx);
        }
    }

    /// Hands the marked indices to `out` (replacing its contents) and clears the marks of
    /// a table of `n` processes; true: all of them changed (`out` is then empty).
    fn take(&mut self, n: usize, out: &mut Vec<usize>) -> bool {
        out.clear();
        if std::mem::take(&mut self.all) {
            self.list.clear();
            self.marked.clear();
            self.marked.resize(n, false);
            return true;
        }
        for &idx in &self.list {
            self.marked[idx] = false;
        }
        std::mem::swap(&mut self.list, out);
        false
    }
}

impl Deref for Table {
    type Target = [Process];
    fn deref(&self) -> &[Process] {
        &self.procs
    }
}

/// The earliest deadline of one process: its state machine's timer (a BACKOFF retry only
/// while running: during a shutdown nothing consumes it), output retries, its readiness
/// probe, cron, liveness check, hook and memory check.
pub(super) fn deadline_of(p: &Process, running: bool) -> Option<Instant> {
    let timer = match p.machine.state {
        State::Backoff { .. } if !running => None,
        _ => p.machine.deadline(),
    };
    [
        timer,
        p.outputs.next_retry(),
        p.probe.as_ref().and_then(|pr| pr.deadline()),
        p.cron.as_ref().and_then(|c| c.deadline()),
        p.liveness.as_ref().map(|c| c.deadline()),
        p.hook.as_ref().map(|h| h.deadline()),
        p.memory_due,
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Whether process `p` wants to start now or will once its BACKOFF delay is over, with
/// nothing changing meanwhile: what the start pass looks at (ordering gates and queued
/// updates it checks itself).
pub(super) fn may_want_start(p: &Process) -> bool {
    let m = &p.machine;
    // Every other state's wish does not depend on the time.
    let at = match m.state {
        State::Backoff { retry_at } => retry_at,
        _ => Instant::now(),
    };
    (m.wants_spawn(at, &p.policy) || (p.restart_pending && m.state.is_stopped()))
        && p.hook.is_none()
}

impl Table {
    pub fn new(procs: Vec<Process>) -> Table {
        Table {
            procs,
            stale: Marks::everything(),
            io: Marks::everything(),
            starts: Marks::everything(),
            candidates: BTreeSet::new(),
            scratch: Vec::new(),
            queued: Vec::new(),
            heap: BinaryHeap::new(),
            running: true,
            info_order: std::cell::OnceCell::new(),
        }
    }

    /// Process `idx`, marked for its deadline and descriptors to be looked at again.
    pub fn get_mut(&mut self, idx: usize) -> &mut Process {
        self.mark(idx);
        &mut self.procs[idx]
    }

    /// Every process, all marked (bulk changes: O(processes)).
    pub fn all_mut(&mut self) -> &mut [Process] {
        self.mark_all();
        &mut self.procs
    }

    /// The table itself, for changes of its shape (processes added, removed, reordered).
    pub fn vec_mut(&mut self) -> &mut Vec<Process> {
        self.mark_all();
        self.info_order = std::cell::OnceCell::new();
        &mut self.procs
    }

    fn mark_all(&mut self) {
        self.stale.all = true;
        self.io.all = true;
        self.starts.all = true;
    }

    /// Marks process `idx` for its deadline and descriptors to be looked at again.
    pub fn mark(&mut self, idx: usize) {
        self.stale.mark(idx);
        self.io.mark(idx);
        self.starts.mark(idx);
    }

    /// The processes that may want to start (see [`may_want_start`]) into `out`, in table
    /// order beginning at index `from`, then from the start up to it.
    pub fn start_candidates(&mut self, from: usize, out: &mut Vec<usize>) {
        if self.starts.take(self.procs.len(), &mut self.scratch) {
            self.candidates = (0..self.procs.len())
                .filter(|&i| may_want_start(&self.procs[i]))
                .collect();
        }
        for &idx in &self.scratch {
            if may_want_start(&self.procs[idx]) {
                self.candidates.insert(idx);
            } else {
                self.candidates.remove(&idx);
            }
        }
        #[cfg(debug_assertions)]
        for (idx, p) in self.procs.iter().enumerate() {
            assert_eq!(
                may_want_start(p),
                self.candidates.contains(&idx),
                "start candidacy of process {idx} ({}) changed without a mark",
                p.config.name
            );
        }
        out.clear();
        out.extend(self.candidates.range(from..));
        out.extend(self.candidates.range(..from));
    }

    /// The processes whose descriptors may have changed since the last call, into `out`;
    /// true: all of them (the table may have changed shape).
    pub fn take_io_changes(&mut self, out: &mut Vec<usize>) -> bool {
        self.io.take(self.procs.len(), out)
    }

    /// The earliest deadline of any process.
    pub fn next_deadline(&mut self, running: bool) -> Option<Instant> {
        self.refresh(running);
        while let Some(&Reverse((d, idx))) = self.heap.peek() {
            if self.queued[idx] == Some(d) {
                return Some(d);
            }
            self.heap.pop();
        }
        None
    }

    /// The processes with a deadline at or before `now`, in table order, into `due`. Each
    /// is marked:
    /// whatever fires, its next deadline is recomputed at the next refresh.
    pub fn take_due(&mut self, now: Instant, running: bool, due: &mut Vec<usize>) {
        self.refresh(running);
        due.clear();
        while let Some(&Reverse((d, idx))) = self.heap.peek() {
            if d > now {
                break;
            }
            self.heap.pop();
            if self.queued[idx] == Some(d) {
                self.queued[idx] = None;
                due.push(idx);
            }
        }
        due.sort_unstable();
        for &idx in due.iter() {
            self.stale.mark(idx);
        }
    }

    /// Brings the index up to date with the marked processes.
    fn refresh(&mut self, running: bool) {
        if running != self.running {
            self.running = running;
            self.stale.all = true;
        }
        if self.stale.take(self.procs.len(), &mut self.scratch) {
            self.queued.clear();
            let procs = self.procs.iter();
            self.queued.extend(procs.map(|p| deadline_of(p, running)));
            self.reheap();
        }
        for &idx in &self.scratch {
            let d = deadline_of(&self.procs[idx], running);
            if d != self.queued[idx] {
                self.queued[idx] = d;
                if let Some(d) = d {
                    self.heap.push(Reverse((d, idx)));
                }
            }
        }
        // Stale entries of deadlines that moved without reaching the top.
        if self.heap.len() > 2 * self.procs.len() + 64 {
            self.reheap();
        }
        #[cfg(debug_assertions)]
        self.check(running);
    }

    /// The heap rebuilt from `queued`: one entry per process with a deadline.
    /// Its buffer is reused, sized once for the most entries it may hold (no growth by
    /// doubling during a launch, which left freed buffers behind in the daemon's heap).
    fn reheap(&mut self) {
        let mut entries = std::mem::take(&mut self.heap).into_vec();
        entries.clear();
        entries.reserve(2 * self.procs.len() + 65);
        let queued = self.queued.iter().enumerate();
        entries.extend(queued.filter_map(|(i, d)| d.map(|d| Reverse((d, i)))));
        self.heap = BinaryHeap::from(entries);
    }

    /// Panics if a process's deadline differs from the index's: a mutation that did not
    /// go through `get_mut`, `all_mut` or `vec_mut`.
    #[cfg(debug_assertions)]
    fn check(&self, running: bool) {
        assert_eq!(self.queued.len(), self.procs.len(), "deadline index size");
        for (idx, p) in self.procs.iter().enumerate() {
            let d = deadline_of(p, running);
            assert_eq!(
                d, self.queued[idx],
                "deadline index out of date for process {idx} ({}): a mutation bypassed Table::get_mut",
                p.config.name
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn table(name: &str) -> Table {
        let (_, procs, dir) = crate::process::test_table(
            "table",
            name,
            "[program:p]\ncommand=/bin/true\nnumprocs=4\nprocess_name=%(process_num)d\n",
        );
        let _ = std::fs::remove_dir_all(dir);
        Table::new(procs)
    }

    #[test]
    fn deadlines_follow_marked_changes_and_the_mood() {
        let mut t = table("deadlines");
        assert_eq!(t.next_deadline(true), None);
        let now = Instant::now();
        let (soon, later) = (now + Duration::from_secs(1), now + Duration::from_secs(2));
        t.get_mut(2).machine.state = State::Backoff { retry_at: later };
        t.get_mut(1).machine.state = State::Backoff { retry_at: soon };
        assert_eq!(t.next_deadline(true), Some(soon));
        // BACKOFF retries are not due while stopping.
        assert_eq!(t.next_deadline(false), None);
        assert_eq!(t.next_deadline(true), Some(soon));
        // A moved deadline leaves a stale entry behind, never reported.
        t.get_mut(1).machine.state = State::Backoff { retry_at: later };
        assert_eq!(t.next_deadline(true), Some(later));
        let mut due = Vec::new();
        t.take_due(soon, true, &mut due);
        assert_eq!(due, Vec::<usize>::new());
        t.take_due(later, true, &mut due);
        assert_eq!(due, vec![1, 2]);
        // Still due (nothing fired): back in the index at the next refresh.
        assert_eq!(t.next_deadline(true), Some(later));
        t.vec_mut().remove(0);
        t.take_due(later, true, &mut due);
        assert_eq!(due, vec![0, 1]);
    }

    #[test]
    fn start_candidates_go_round_from_the_cursor_and_follow_marks() {
        let mut t = table("starts");
        let mut out = Vec::new();
        t.start_candidates(2, &mut out);
        assert_eq!(out, [2, 3, 0, 1]);
        t.get_mut(3).machine.state = State::Running {
            pid: 1,
            since: Instant::now(),
        };
        t.start_candidates(0, &mut out);
        assert_eq!(out, [0, 1, 2]);
        // A cursor past the end (the table shrank) starts from the beginning.
        t.start_candidates(9, &mut out);
        assert_eq!(out, [0, 1, 2]);
    }
}
