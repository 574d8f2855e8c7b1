//! `depends_on`: whether a program's dependencies are up, what holds it back, which
//! dependencies a start must start first, the reverse order of stopping, and cycles.

use super::{state, Blocker, Condition, Plan, ProcView, Views};

impl Plan {
    /// The programs program `p` depends on, each with the condition it must reach.
    pub fn dependencies(&self, p: usize) -> &[(usize, Condition)] {
        &self.deps[p]
    }

    /// Whether every process of program `p` has reached `cond` (see `condition`).
    pub fn is_up<V: Views + ?Sized>(&self, p: usize, cond: Condition, views: &V) -> bool {
        let spec = &self.programs[p];
        spec.processes.iter().all(|&q| match views.view(q) {
            Some(v) => reached(&v, cond, spec.one_shot),
            None => false,
        })
    }

    /// The first dependency of program `p` that is not up, or `None` when `p` may start now.
    pub fn blocker<V: Views + ?Sized>(&self, p: usize, views: &V) -> Option<Blocker> {
        for &(d, cond) in &self.deps[p] {
            if self.is_up(d, cond, views) {
                continue;
            }
            let spec = &self.programs[d];
            let worst = spec
                .processes
                .iter()
                .filter_map(|&q| views.view(q))
                .find(|v| !reached(v, cond, spec.one_shot))
                .unwrap_or(ProcView {
                    state: state::UNKNOWN,
                    exit_expected: false,
                    held: false,
                });
            let awaits_exit = spec.one_shot || cond == Condition::Exited;
            let failed = worst.state == state::FATAL
                || (awaits_exit && worst.state == state::EXITED && !worst.exit_expected);
            let program = spec.name.clone();
            return Some(if failed {
                Blocker::Failed {
                    program,
                    state: worst.state,
                }
            } else {
                Blocker::Waiting {
                    program,
                    state: worst.state,
                }
            });
        }
        None
    }

    /// Dependencies of `p` that are not up and not on their way (to start before `p` when an
    /// operator starts `p`), transitively, dependencies first.
    pub fn missing_dependencies<V: Views + ?Sized>(&self, p: usize, views: &V) -> Vec<usize> {
        let mut out = Vec::new();
        let mut seen = vec![false; self.programs.len()];
        self.collect_missing(p, views, &mut seen, &mut out);
        out
    }

    fn collect_missing<V: Views + ?Sized>(
        &self,
        p: usize,
        views: &V,
        seen: &mut [bool],
        out: &mut Vec<usize>,
    ) {
        for &(d, cond) in &self.deps[p] {
            if seen[d] {
                continue;
            }
            seen[d] = true;
            self.collect_missing(d, views, seen, out);
            let idle = self.programs[d]
                .processes
                .iter()
                .any(|&q| views.view(q).is_some_and(|v| state::is_stopped(v.state)));
            if idle && !self.is_up(d, cond, views) {
                out.push(d);
            }
        }
    }

    /// Shutdown ranks of the processes: rank 0 stops first, each rank only after every lower
    /// rank is fully stopped. `base[q]` is process `q`'s rank without dependencies (its
    /// group's place in reverse priority order); a process that others depend on is ranked
    /// after all of its dependents' processes.
    pub fn stop_ranks(&self, base: &[usize]) -> Vec<usize> {
        let mut rank: Vec<Option<usize>> = vec![None; base.len()];
        (0..base.len())
            .map(|q| self.stop_rank(q, base, &mut rank, 0))
            .collect()
    }

    fn stop_rank(
        &self,
        q: usize,
        base: &[usize],
        rank: &mut [Option<usize>],
        depth: usize,
    ) -> usize {
        if let Some(r) = rank[q] {
            return r;
        }
        let mut r = base[q];
        // The reader rejects cycles; the depth bound only keeps a bad plan from recursing forever.
        if depth < 1024 {
            if let Some(p) = self.owner_of(q) {
                for &d in &self.dependents[p] {
                    for &dq in &self.programs[d].processes {
                        if dq < base.len() {
                            r = r.max(self.stop_rank(dq, base, rank, depth + 1) + 1);
                        }
                    }
                }
            }
        }
        rank[q] = Some(r);
        r
    }

    /// Whether an ordered start is under way: a chain link that has not fired, or a
    /// dependency of a held process, waits for a process that is on its way there
    /// (STARTING, BACKOFF, or RUNNING towards an awaited EXITED). What `precise_startup`
    /// keeps the CPUs awake for; a member that went FATAL or was never started ends it.
    pub fn under_way<V: Views + ?Sized>(&self, views: &V) -> bool {
        let on_its_way = |q: usize, target: i32| {
            views.view(q).is_some_and(|v| {
                v.state != target
                    && matches!(v.state, state::STARTING | state::BACKOFF | state::RUNNING)
            })
        };
        let link = self.programs.iter().enumerate().any(|(p, spec)| {
            self.next_in_chain[p].is_some()
                && !self.fired[p]
                && spec
                    .processes
                    .iter()
                    .any(|&q| on_its_way(q, spec.startnextafter))
        });
        link || self.programs.iter().enumerate().any(|(p, spec)| {
            spec.processes
                .iter()
                .any(|&q| views.view(q).is_some_and(|v| v.held))
                && self.deps[p].iter().any(|&(d, cond)| {
                    let target = match cond {
                        Condition::Exited => state::EXITED,
                        _ => state::RUNNING,
                    };
                    !self.is_up(d, cond, views)
                        && self.programs[d]
                            .processes
                            .iter()
                            .any(|&q| on_its_way(q, target))
                })
        })
    }

    /// Whether any program declares `depends_on` (shutdown keeps its group ranks otherwise).
    pub fn has_dependencies(&self) -> bool {
        self.deps.iter().any(|d| !d.is_empty())
    }
}

/// EXITED with an expected code.
fn is_done(v: &ProcView) -> bool {
    v.state == state::EXITED && v.exit_expected
}

/// Whether one process of a dependency has reached `cond`.
fn reached(v: &ProcView, cond: Condition, one_shot: bool) -> bool {
    match cond {
        Condition::Running | Condition::Ready => {
            v.state == state::RUNNING || (one_shot && is_done(v))
        }
        Condition::Exited => is_done(v),
    }
}

/// Finds one cycle in a dependency graph (adjacency lists), returned as a closed path
/// `a -> b -> a` of indices. Nodes are tried in index order and edges in list order, so
/// the cycle reported is the first a depth-first walk in that order meets.
pub fn find_cycle(deps: &[Vec<usize>]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        n: usize,
        deps: &[Vec<usize>],
        mark: &mut [Mark],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        mark[n] = Mark::Open;
        path.push(n);
        for &d in &deps[n] {
            match mark[d] {
                Mark::Open => {
                    let start = path.iter().position(|&x| x == d).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(d);
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(d, deps, mark, path) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        mark[n] = Mark::Done;
        None
    }
    let mut mark = vec![Mark::New; deps.len()];
    for n in 0..deps.len() {
        if mark[n] == Mark::New {
            let mut path = Vec::new();
            if let Some(c) = visit(n, deps, &mut mark, &mut path) {
                return Some(c);
            }
        }
    }
    None
}
