//! Ordered startup: which programs may be started now, and in which order they stop.
//! The plan's types and how it is built are here; the chains in `chain.rs`, `depends_on`
//! in `depends.rs`; the daemon applies it to its process table in
//! `daemon/supervisor/ordering.rs`.
//!
//! Stock supervisord spawns every autostart program in the same instant whatever its
//! priority. We honour two kinds of ordering natively, as pure logic the event loop consults:
//!
//! * **Priority chains** — the keys of the ordered-startup-supervisord listener.
//!   `[program:*]` sections are sorted by priority (ties keep file order, and no
//!   `priority` counts as 1000, as the listener does). When a program with
//!   `startinorder=true` reaches its `startnextafter` state (default RUNNING), the *next*
//!   program of that order is started — whatever that next
//!   program's own `autostart` says, because listener configs mark chained programs
//!   `autostart=false` precisely so that only the chain starts them. The head of the order is
//!   started at daemon start (the listener starts it too) when any program has
//!   `startinorder=true`. Each link fires once per daemon run (or reload): a predecessor that
//!   restarts later does not restart its successor. A program with `numprocs > 1` has
//!   reached a state when all of its processes are in it.
//! * **`depends_on`** (Go port key) — a program starts only when every process of each
//!   dependency is *up*: RUNNING, or EXITED with an expected exit code when the dependency is
//!   a one-shot (`autorestart=false`). Independent programs start in parallel. This gate
//!   applies to every automatic start (autostart, chains) and to `start` requests, which
//!   first start the missing dependencies. Stopping runs in reverse: a process stops only
//!   after every process that depends on it has stopped.
//!
//! Both gates combine with AND: a chained program that also has `depends_on` waits for both.
//! Priority alone (without `startinorder`) still only orders spawns within one instant, as
//! in Python.

mod chain;
mod condition;
mod depends;
pub mod layers;

use std::collections::HashMap;

pub use crate::states as state;
pub use condition::{Condition, Dependency};
pub use depends::find_cycle;

/// What the plan needs to know of one program section.
#[derive(Debug, Clone)]
pub struct ProgramSpec {
    /// Section name after the colon.
    pub name: String,
    /// `true` for `[program:x]` (only those form the priority chain, as in the listener).
    pub in_chain_order: bool,
    pub priority: i64,
    /// Position of the section in the configuration (ties in priority keep file order).
    pub file_index: usize,
    pub autostart: bool,
    pub startinorder: bool,
    /// State code that triggers the next program (default RUNNING).
    pub startnextafter: i32,
    /// The programs this one depends on, each with the state it must reach.
    pub depends_on: Vec<Dependency>,
    /// `autorestart=false`: an expected EXITED counts as up.
    pub one_shot: bool,
    /// Indices of this program's processes in the caller's process table.
    pub processes: Vec<usize>,
}

/// The live facts of one process the plan looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProcView {
    /// Supervisor state code.
    pub state: i32,
    /// Whether the last exit status was in `exitcodes`.
    pub exit_expected: bool,
    /// Whether the process wants to start but a dependency holds it back.
    pub held: bool,
}

/// Where the plan reads the live facts of process `q` (`None`: no such process). The loop
/// implements it over its processes, so no pass collects a `Vec` of views; tests use a slice.
pub trait Views {
    fn view(&self, q: usize) -> Option<ProcView>;
}

impl Views for [ProcView] {
    fn view(&self, q: usize) -> Option<ProcView> {
        self.get(q).copied()
    }
}

/// Why a start has to wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// A dependency is not up yet (it may get there).
    Waiting { program: String, state: i32 },
    /// A dependency is FATAL (or exited unexpectedly as a one-shot): it will not get there
    /// without an operator.
    Failed { program: String, state: i32 },
}

impl std::fmt::Display for Blocker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Blocker::Waiting { program, state } => {
                write!(f, "waiting for {program} ({})", state::name(*state))
            }
            Blocker::Failed { program, state } if *state == state::EXITED => {
                write!(f, "dependency {program} exited unexpectedly")
            }
            Blocker::Failed { program, state } => {
                write!(f, "dependency {program} is {}", state::name(*state))
            }
        }
    }
}

/// The ordering plan of one configuration: chains, dependencies, reverse dependencies.
#[derive(Debug, Clone)]
pub struct Plan {
    programs: Vec<ProgramSpec>,
    /// program index → the programs it depends on (indices) and what each must reach.
    deps: Vec<Vec<(usize, Condition)>>,
    /// program index → indices of the programs that depend on it.
    dependents: Vec<Vec<usize>>,
    /// program index → (successor program index) when it has `startinorder`.
    next_in_chain: Vec<Option<usize>>,
    /// program index → whether its predecessor gates it (started by the chain).
    chained: Vec<bool>,
    /// program index → the program whose chain link starts it.
    prev_in_chain: Vec<Option<usize>>,
    /// The head of the chain order, if any program uses `startinorder`.
    head: Option<usize>,
    /// Links that already fired in this run.
    fired: Vec<bool>,
    /// process index → program index.
    owner: HashMap<usize, usize>,
}

/// An error building the plan (unknown dependency or a cycle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError(pub String);

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Plan {
    /// A plan with no programs (no ordering at all).
    pub fn empty() -> Plan {
        Plan {
            programs: Vec::new(),
            deps: Vec::new(),
            dependents: Vec::new(),
            next_in_chain: Vec::new(),
            chained: Vec::new(),
            prev_in_chain: Vec::new(),
            head: None,
            fired: Vec::new(),
            owner: HashMap::new(),
        }
    }

    /// Builds the plan; unknown `depends_on` names and cycles are errors naming them.
    pub fn build(programs: Vec<ProgramSpec>) -> Result<Plan, PlanError> {
        let index: HashMap<&str, usize> = programs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.as_str(), i))
            .collect();
        let mut deps = vec![Vec::new(); programs.len()];
        let mut dependents = vec![Vec::new(); programs.len()];
        for (i, p) in programs.iter().enumerate() {
            for d in &p.depends_on {
                let Some(&j) = index.get(d.program.as_str()) else {
                    return Err(PlanError(format!(
                        "program {} depends_on unknown program {}",
                        p.name, d.program
                    )));
                };
                if !deps[i].iter().any(|&(k, _)| k == j) {
                    deps[i].push((j, d.condition));
                    dependents[j].push(i);
                }
            }
        }
        let edges: Vec<Vec<usize>> = deps
            .iter()
            .map(|ds| ds.iter().map(|&(j, _)| j).collect())
            .collect();
        if let Some(cycle) = find_cycle(&edges) {
            let names: Vec<&str> = cycle.iter().map(|&i| programs[i].name.as_str()).collect();
            return Err(PlanError(format!(
                "depends_on cycle: {}",
                names.join(" -> ")
            )));
        }
        let mut order: Vec<usize> = (0..programs.len())
            .filter(|&i| programs[i].in_chain_order)
            .collect();
        order.sort_by_key(|&i| (programs[i].priority, programs[i].file_index));
        let mut next_in_chain = vec![None; programs.len()];
        let mut chained = vec![false; programs.len()];
        let mut prev_in_chain = vec![None; programs.len()];
        for w in order.windows(2) {
            if programs[w[0]].startinorder {
                next_in_chain[w[0]] = Some(w[1]);
                chained[w[1]] = true;
                prev_in_chain[w[1]] = Some(w[0]);
            }
        }
        let any_chain = order.iter().any(|&i| programs[i].startinorder);
        let head = if any_chain {
            order.first().copied()
        } else {
            None
        };
        let owner = programs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.processes.iter().map(move |&q| (q, i)))
            .collect();
        let fired = vec![false; programs.len()];
        Ok(Plan {
            programs,
            deps,
            dependents,
            next_in_chain,
            chained,
            prev_in_chain,
            head,
            fired,
            owner,
        })
    }

    /// Keeps which chain links already fired from the plan this one replaces (groups
    /// added or removed at run time), matching programs by name.
    pub fn inherit_fired(&mut self, old: &Plan) {
        for (i, spec) in self.programs.iter().enumerate() {
            if let Some(j) = old.program_index(&spec.name) {
                self.fired[i] = old.fired[j];
            }
        }
    }

    /// The program specs, in the order given to `build`.
    pub fn programs(&self) -> &[ProgramSpec] {
        &self.programs
    }

    /// Index of a program by name.
    pub fn program_index(&self, name: &str) -> Option<usize> {
        self.programs.iter().position(|p| p.name == name)
    }

    /// The program owning a process index.
    pub fn owner_of(&self, process: usize) -> Option<usize> {
        self.owner.get(&process).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prog(name: &str, priority: i64, idx: usize) -> ProgramSpec {
        ProgramSpec {
            name: name.into(),
            in_chain_order: true,
            priority,
            file_index: idx,
            autostart: true,
            startinorder: false,
            startnextafter: state::RUNNING,
            depends_on: vec![],
            one_shot: false,
            processes: vec![idx],
        }
    }

    fn views(states: &[i32]) -> Vec<ProcView> {
        states
            .iter()
            .map(|&s| ProcView {
                state: s,
                exit_expected: true,
                held: false,
            })
            .collect()
    }

    #[test]
    fn chain_starts_next_on_trigger_once() {
        let mut a = prog("a", 1, 0);
        a.startinorder = true;
        let mut b = prog("b", 2, 1);
        b.autostart = false;
        b.startinorder = true;
        b.startnextafter = state::EXITED;
        let mut c = prog("c", 3, 2);
        c.autostart = false;
        let mut plan = Plan::build(vec![c, a, b]).unwrap();
        // indices follow the vec: c=0 (process 2), a=1 (process 0), b=2 (process 1)
        assert_eq!(plan.boot_programs(), vec![1]);
        let v = views(&[state::RUNNING, state::STOPPED, state::STOPPED]);
        assert_eq!(
            plan.on_transition(0, state::STARTING, &v[..]),
            Vec::<usize>::new()
        );
        assert_eq!(plan.on_transition(0, state::RUNNING, &v[..]), vec![2]);
        assert_eq!(
            plan.on_transition(0, state::RUNNING, &v[..]),
            Vec::<usize>::new()
        );
        let v = views(&[state::RUNNING, state::RUNNING, state::STOPPED]);
        assert_eq!(
            plan.on_transition(1, state::RUNNING, &v[..]),
            Vec::<usize>::new()
        );
        let v = views(&[state::RUNNING, state::EXITED, state::STOPPED]);
        assert_eq!(plan.on_transition(1, state::EXITED, &v[..]), vec![0]);
    }

    #[test]
    fn head_starts_even_without_autostart_only_when_chaining() {
        let mut a = prog("a", 1, 0);
        a.autostart = false;
        let b = prog("b", 2, 1);
        let mut plan = Plan::build(vec![a.clone(), b.clone()]).unwrap();
        assert_eq!(plan.boot_programs(), vec![1]);
        a.startinorder = true;
        let mut plan = Plan::build(vec![a, b]).unwrap();
        assert_eq!(plan.boot_programs(), vec![0]);
        assert!(plan.is_chained(1));
    }

    #[test]
    fn ties_keep_file_order() {
        let mut a = prog("zeta", 5, 0);
        a.startinorder = true;
        let mut b = prog("alpha", 5, 1);
        b.startinorder = true;
        let c = prog("mid", 5, 2);
        let plan = Plan::build(vec![a, b, c]).unwrap();
        assert_eq!(plan.head, Some(0));
        assert_eq!(plan.next_in_chain[0], Some(1));
        assert_eq!(plan.next_in_chain[1], Some(2));
        assert_eq!(plan.chain_predecessor(2), Some(1));
        assert_eq!(plan.chain_predecessor(1), Some(0));
        assert_eq!(plan.chain_predecessor(0), None);
    }

    #[test]
    fn numprocs_program_triggers_when_all_processes_arrive() {
        let mut a = prog("a", 1, 0);
        a.startinorder = true;
        a.processes = vec![0, 1];
        let mut b = prog("b", 2, 2);
        b.processes = vec![2];
        let mut plan = Plan::build(vec![a, b]).unwrap();
        let v = views(&[state::RUNNING, state::STARTING, state::STOPPED]);
        assert!(plan.on_transition(0, state::RUNNING, &v[..]).is_empty());
        let v = views(&[state::RUNNING, state::RUNNING, state::STOPPED]);
        assert_eq!(plan.on_transition(1, state::RUNNING, &v[..]), vec![1]);
    }

    #[test]
    fn depends_on_gates_and_reports() {
        let a = prog("a", 1, 0);
        let mut oneshot = prog("init", 1, 1);
        oneshot.one_shot = true;
        let mut x = prog("x", 1, 2);
        x.depends_on = vec!["a".into(), "init".into()];
        assert!(!Plan::build(vec![a.clone(), oneshot.clone()])
            .unwrap()
            .has_dependencies());
        let plan = Plan::build(vec![a, oneshot, x]).unwrap();
        assert!(plan.has_dependencies());
        let v = views(&[state::STARTING, state::RUNNING, state::STOPPED]);
        assert_eq!(
            plan.blocker(2, &v[..]),
            Some(Blocker::Waiting {
                program: "a".into(),
                state: state::STARTING
            })
        );
        let v = views(&[state::RUNNING, state::EXITED, state::STOPPED]);
        assert_eq!(plan.blocker(2, &v[..]), None);
        let mut v = views(&[state::RUNNING, state::EXITED, state::STOPPED]);
        v[1].exit_expected = false;
        assert_eq!(
            plan.blocker(2, &v[..]).map(|b| b.to_string()),
            Some("dependency init exited unexpectedly".to_string())
        );
        let v = views(&[state::FATAL, state::EXITED, state::STOPPED]);
        assert!(matches!(
            plan.blocker(2, &v[..]),
            Some(Blocker::Failed { .. })
        ));
    }

    #[test]
    fn exited_condition_waits_for_a_clean_exit() {
        let db = prog("db", 1, 0);
        let migrate = prog("migrate", 1, 1);
        let mut app = prog("app", 1, 2);
        app.depends_on = vec!["db:ready".into(), "migrate:exited".into()];
        let plan = Plan::build(vec![db, migrate, app]).unwrap();
        // RUNNING is not enough for `exited`, even though it is for `running`.
        let v = views(&[state::RUNNING, state::RUNNING, state::STOPPED]);
        assert_eq!(
            plan.blocker(2, &v[..]).map(|b| b.to_string()),
            Some("waiting for migrate (RUNNING)".to_string())
        );
        assert!(plan.under_way(&held(v, 2)[..]));
        let mut v = views(&[state::RUNNING, state::EXITED, state::STOPPED]);
        v[1].exit_expected = true;
        assert_eq!(plan.blocker(2, &v[..]), None);
        // An unexpected exit fails the dependents, one-shot or not.
        v[1].exit_expected = false;
        assert_eq!(
            plan.blocker(2, &v[..]),
            Some(Blocker::Failed {
                program: "migrate".into(),
                state: state::EXITED
            })
        );
        let v = views(&[state::STOPPED, state::EXITED, state::STOPPED]);
        assert_eq!(
            plan.blocker(2, &v[..]).map(|b| b.to_string()),
            Some("waiting for db (STOPPED)".to_string())
        );
    }

    fn held(mut v: Vec<ProcView>, q: usize) -> Vec<ProcView> {
        v[q].held = true;
        v
    }

    #[test]
    fn cycles_and_unknown_names_are_errors() {
        let mut a = prog("a", 1, 0);
        a.depends_on = vec!["b".into()];
        let mut b = prog("b", 1, 1);
        b.depends_on = vec!["c".into()];
        let mut c = prog("c", 1, 2);
        c.depends_on = vec!["a".into()];
        let err = Plan::build(vec![a.clone(), b, c]).unwrap_err();
        assert_eq!(err.0, "depends_on cycle: a -> b -> c -> a");
        a.depends_on = vec!["nope".into()];
        let err = Plan::build(vec![a]).unwrap_err();
        assert!(err.0.contains("unknown program nope"), "{err}");
    }

    #[test]
    fn diamond_stop_order_is_reverse() {
        // base <- left, right <- top
        let base = prog("base", 1, 0);
        let mut left = prog("left", 1, 1);
        left.depends_on = vec!["base".into()];
        let mut right = prog("right", 1, 2);
        right.depends_on = vec!["base".into()];
        let mut top = prog("top", 1, 3);
        top.depends_on = vec!["left".into(), "right".into()];
        let plan = Plan::build(vec![base, left, right, top]).unwrap();
        // processes follow the vec: base=0, left=1, right=2, top=3; all in one group
        assert_eq!(plan.stop_ranks(&[0; 4]), vec![2, 1, 1, 0]);
        // group ranks still order what depends_on leaves free, and never lower a rank
        assert_eq!(plan.stop_ranks(&[0, 5, 0, 0]), vec![6, 5, 1, 0]);
        let stopped = views(&[state::STOPPED; 4]);
        assert_eq!(plan.missing_dependencies(3, &stopped[..]), vec![0, 1, 2]);
    }

    #[test]
    fn fatal_head_stalls_chain_with_reason() {
        let mut a = prog("a", 1, 0);
        a.startinorder = true;
        let b = prog("b", 2, 1);
        let plan = Plan::build(vec![a, b]).unwrap();
        assert_eq!(
            plan.chain_stalled(0, state::FATAL),
            Some((
                "b".to_string(),
                "a entered FATAL instead of RUNNING".to_string()
            ))
        );
        assert_eq!(plan.chain_stalled(0, state::BACKOFF), None);
    }

    #[test]
    fn under_way_while_a_link_or_a_held_dependent_waits() {
        // Chain a -> b (b waits for a to exit).
        let mut a = prog("a", 1, 0);
        a.startinorder = true;
        a.startnextafter = state::EXITED;
        let b = prog("b", 2, 1);
        let mut plan = Plan::build(vec![a, b]).unwrap();
        plan.boot_programs();
        for (s, want) in [
            (state::STOPPED, false), // not started: nothing is on its way
            (state::STARTING, true),
            (state::RUNNING, true), // running towards the awaited exit
            (state::BACKOFF, true),
            (state::FATAL, false), // the chain stopped here
        ] {
            assert_eq!(
                plan.under_way(&views(&[s, state::STOPPED])[..]),
                want,
                "{s}"
            );
        }
        let v = views(&[state::EXITED, state::STOPPED]);
        assert_eq!(plan.on_transition(0, state::EXITED, &v[..]), vec![1]);
        let v = views(&[state::EXITED, state::STARTING]);
        assert!(!plan.under_way(&v[..]), "a fired link is done");

        // top depends_on base: only while top is held and base on its way.
        let base = prog("base", 1, 0);
        let mut top = prog("top", 1, 1);
        top.depends_on = vec!["base".into()];
        let plan = Plan::build(vec![base, top]).unwrap();
        let with = |base: i32, held: bool| {
            let mut v = views(&[base, state::STOPPED]);
            v[1].held = held;
            plan.under_way(&v[..])
        };
        assert!(with(state::STARTING, true));
        assert!(with(state::BACKOFF, true));
        assert!(!with(state::STARTING, false), "nobody waits for base");
        assert!(!with(state::RUNNING, true), "base is up");
        assert!(!with(state::FATAL, true), "base will not get there");
        assert!(!with(state::STOPPED, true), "base was never started");
    }
}
