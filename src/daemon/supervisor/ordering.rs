//! Glue between the `Supervisor` and `order::Plan`: builds the plan from the config's
//! program sections, answers the autostart gate, fires chain links on state changes, and
//! ranks processes for shutdown so that dependents stop before what they depend on.
//! The rules themselves (and their rationale) are documented in `crate::ordering`.

use std::collections::BTreeMap;

use super::table::Table;
use crate::config::{AutoRestart, LogLevel};
use crate::ordering::{state, Blocker, Plan, ProcView, ProgramSpec, Views};
use crate::process::{Process, State};

use crate::logging::emit;

/// The priority ordered-startup-supervisord gives a program without `priority` (supervisord's
/// own default is 999): a listener config then chains in the same order here, e.g. a program
/// with `priority=999` starts before one that sets none.
const LISTENER_DEFAULT_PRIORITY: i64 = 1000;

/// Builds the ordering plan for `procs` (in the Supervisor's order). A plan error cannot
/// happen for a validated config (the reader rejects unknown names and cycles); should
/// it, ordering is disabled with an error in the main log rather than a crash.
pub fn build_plan(procs: &[Process]) -> Plan {
    let mut programs: BTreeMap<String, ProgramSpec> = BTreeMap::new();
    for (idx, p) in procs.iter().enumerate() {
        let c = &p.config;
        let spec = programs
            .entry(c.program.clone())
            .or_insert_with(|| ProgramSpec {
                name: c.program.clone(),
                in_chain_order: c.section_kind == "program",
                priority: if c.ext.priority_given {
                    c.priority
                } else {
                    LISTENER_DEFAULT_PRIORITY
                },
                file_index: c.ext.section_index,
                autostart: c.autostart,
                startinorder: c.ext.startinorder,
                startnextafter: c
                    .ext
                    .startnextafter
                    .as_deref()
                    .and_then(state::from_name)
                    .unwrap_or(state::RUNNING),
                depends_on: c.ext.depends_on.clone(),
                one_shot: c.autorestart == AutoRestart::Never,
                processes: Vec::new(),
            });
        spec.processes.push(idx);
    }
    match Plan::build(programs.into_values().collect()) {
        Ok(plan) => plan,
        Err(e) => {
            emit(LogLevel::Error, &format!("ordered startup disabled: {e}"));
            Plan::empty()
        }
    }
}

/// Applies the plan's boot decisions to freshly built processes: chained programs do not
/// autostart on their own (their predecessor starts them); the head of a chain starts
/// even with `autostart=false`, as ordered-startup-supervisord does. (Log files need
/// nothing here: autostart programs and chain members open theirs when they are built,
/// `process::Process::new`, so neither the autostart burst nor a chain hop waits for a
/// file creation.)
pub fn apply_boot(plan: &mut Plan, procs: &mut [Process]) {
    let boot = plan.boot_programs();
    for (pi, spec) in plan.programs().iter().enumerate() {
        for &q in &spec.processes {
            if plan.is_chained(pi) {
                procs[q].policy.autostart = false;
            }
            if boot.contains(&pi) && !procs[q].config.autostart {
                procs[q].restart_pending = true;
            }
        }
    }
}

/// The plan's view of the live processes, read in place (no pass collects a `Vec`).
pub struct Live<'a>(pub &'a [Process]);

impl Views for Live<'_> {
    fn view(&self, q: usize) -> Option<ProcView> {
        self.0.get(q).map(|p| ProcView {
            state: p.machine.state.code() as i32,
            exit_expected: matches!(p.machine.state, State::Exited { expected: true }),
            held: p.held.is_some(),
        })
    }
}

/// The dependency that holds process `idx` back, if any (O(1) for a program without
/// `depends_on`: the plan walks only its own dependencies).
pub fn blocker(plan: &Plan, procs: &[Process], idx: usize) -> Option<Blocker> {
    let p = plan.owner_of(idx)?;
    plan.blocker(p, &Live(procs))
}

/// Marks every stopped dependency of process `idx` (transitively) to be started, for a
/// `start` request on a program whose dependencies are down. Returns their names.
pub fn start_dependencies(plan: &Plan, procs: &mut Table, idx: usize) -> Vec<String> {
    let Some(p) = plan.owner_of(idx) else {
        return Vec::new();
    };
    let missing = plan.missing_dependencies(p, &Live(&procs[..]));
    let mut names = Vec::new();
    for d in missing {
        let spec = &plan.programs()[d];
        names.push(spec.name.clone());
        for &q in &spec.processes {
            if procs[q].machine.can_start() {
                procs.get_mut(q).restart_pending = true;
            }
        }
    }
    names
}

/// After process `idx` entered `to`: fires chain links (the next program's processes are
/// marked to start) and logs a chain that stalls on a FATAL member.
pub fn on_state_change(plan: &mut Plan, procs: &mut Table, idx: usize, to: &State) {
    let code = to.code() as i32;
    if let Some((next, why)) = plan.chain_stalled(idx, code) {
        emit(
            LogLevel::Warn,
            &format!("startup chain stopped before {next}: {why}"),
        );
    }
    let fired = plan.on_transition(idx, code, &Live(&procs[..]));
    for p in fired {
        let spec = &plan.programs()[p];
        emit(
            LogLevel::Info,
            &format!(
                "starting {} after {} entered {} (startinorder)",
                spec.name,
                procs[idx].config.program,
                to.name()
            ),
        );
        let now = std::time::Instant::now();
        let after = procs[idx].config.program.clone();
        for &q in &spec.processes {
            procs.get_mut(q).startup.chain_fired(&after, now);
            if procs[q].machine.can_start() {
                procs.get_mut(q).restart_pending = true;
            }
        }
    }
}

/// Shutdown ranks: processes of rank 0 stop first, each rank only after every lower rank
/// is fully stopped. Without `depends_on` the rank is the group's position in reverse
/// priority order (Python's group-by-group shutdown); a process that others depend on is
/// ranked after all of its dependents.
pub fn stop_ranks(
    plan: &Plan,
    procs: &[Process],
    group_rank: impl Fn(&str) -> usize,
) -> Vec<usize> {
    let base: Vec<usize> = procs.iter().map(|p| group_rank(&p.config.group)).collect();
    if !plan.has_dependencies() {
        return base;
    }
    plan.stop_ranks(&base)
}
