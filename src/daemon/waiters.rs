//! Parked calls: a `wait=true` start or stop, or an `ours.waitLog`, answered later. The
//! event loop owns the [`Waiters`] and re-examines them after every iteration; a parked
//! reply is sent once its process settled, its log changed or its deadline came.

use std::time::{Duration, Instant};

use super::logwait::{self, LogWait};
use super::replies::{fault, process_result, result};
use super::supervisor::Supervisor;
use super::updatewait::UpdateWait;
use crate::config::LogLevel;
use crate::control::{Reply, ReplyTo};
use crate::logging::emit;
use crate::process::State;
use crate::rpc::{faults, Value};

/// What a parked call is waiting for.
#[derive(Debug)]
pub enum WaitKind {
    /// startProcess: RUNNING → true; left STARTING/RUNNING → ABNORMAL_TERMINATION.
    Start { key: ProcKey, spec: String },
    /// stopProcess: true once in a stopped state.
    Stop { key: ProcKey },
    /// start*Group/All: per process the result once settled (`None` = still starting).
    StartMany(Vec<(ProcKey, Option<Value>)>),
    /// stop*Group/All: the results, answered once every listed process stopped.
    StopMany(Vec<ProcKey>, Vec<Value>),
    /// ours.waitLog: answered when the log changes or at its deadline (`next_log`).
    Log(LogWait),
    /// ours.updateGroup: answered once every process it touched settled.
    Update(UpdateWait),
}

/// A process named by (group, name): stable while groups are added or removed, unlike an
/// index into `Supervisor::procs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcKey {
    pub group: String,
    pub name: String,
}

impl ProcKey {
    /// The key of process `idx`.
    pub fn of(sup: &Supervisor, idx: usize) -> ProcKey {
        let c = &sup.procs()[idx].config;
        ProcKey {
            group: c.group.clone(),
            name: c.name.clone(),
        }
    }
    /// The current index of the process, if it still exists.
    pub fn find(&self, sup: &Supervisor) -> Option<usize> {
        sup.find(&self.group, &self.name)
    }
}

/// A deferred reply.
#[derive(Debug)]
struct Waiter {
    reply: ReplyTo,
    kind: WaitKind,
    /// Next `waiting for x to stop` log line (stops only, every 2 s), or a waitLog's
    /// deadline.
    next_log: Option<Instant>,
}

/// Every parked call.
#[derive(Debug, Default)]
pub struct Waiters {
    parked: Vec<Waiter>,
}

impl Waiters {
    /// Parks `reply` until `kind` is settled.
    pub fn park(&mut self, reply: ReplyTo, kind: WaitKind) {
        let next_log = match kind {
            // Python's stop_report: logged at the first check, then every 2 s.
            WaitKind::Stop { .. } | WaitKind::StopMany(..) => Some(Instant::now()),
            WaitKind::Log(ref l) => Some(l.deadline),
            _ => None,
        };
        self.parked.push(Waiter {
            reply,
            kind,
            next_log,
        });
    }

    /// Re-examines every parked call; answers and drops the settled ones.
    pub fn check(&mut self, sup: &Supervisor, now: Instant) {
        let parked = std::mem::take(&mut self.parked);
        for mut w in parked {
            match settle(sup, &mut w, now) {
                Some(reply) => {
                    w.reply.send(reply);
                }
                None => self.parked.push(w),
            }
        }
    }

    /// Answers every parked call with SHUTDOWN_STATE (the process table is being replaced).
    pub fn abandon(&mut self) {
        for w in self.parked.drain(..) {
            w.reply.send(Err(fault(faults::SHUTDOWN_STATE, "")));
        }
    }

    /// Answers every parked call with a fault saying the daemon is being upgraded in place.
    pub fn abandon_for_upgrade(&mut self) {
        for w in self.parked.drain(..) {
            w.reply.send(Err(fault(
                faults::SHUTDOWN_STATE,
                "supervisord is upgrading in place: call again",
            )));
        }
    }

    /// When a parked call wants the loop to wake even if nothing else happens.
    pub fn deadline(&self) -> Option<Instant> {
        self.parked.iter().filter_map(|w| w.next_log).min()
    }

    /// How many calls are parked.
    pub fn len(&self) -> usize {
        self.parked.len()
    }

    /// Whether no call is parked.
    pub fn is_empty(&self) -> bool {
        self.parked.is_empty()
    }
}

/// A start deferred until its dependencies are up, whose dependencies have not failed.
fn start_deferred(sup: &Supervisor, key: &ProcKey) -> bool {
    key.find(sup).is_some_and(|idx| sup.start_deferred(idx))
}

/// The reply of a parked call once it is settled; `None` keeps it parked.
fn settle(sup: &Supervisor, w: &mut Waiter, now: Instant) -> Option<Reply> {
    // A process that disappeared (group removed) counts as stopped.
    let state = |k: &ProcKey| k.find(sup).map(|i| sup.procs()[i].machine.state);
    match &mut w.kind {
        WaitKind::Start { key, spec } => match state(key) {
            Some(State::Running { .. }) => Some(Ok(Value::Bool(true))),
            Some(State::Starting { .. }) => None,
            // Still waiting for its dependencies (depends_on) unless one has failed.
            Some(s) if s.is_stopped() && start_deferred(sup, key) => None,
            _ => Some(Err(fault(faults::ABNORMAL_TERMINATION, spec))),
        },
        WaitKind::Stop { key } => {
            if state(key).is_none_or(|s| s.is_stopped()) {
                return Some(Ok(Value::Bool(true)));
            }
            if w.next_log.is_some_and(|t| now >= t) {
                emit(LogLevel::Info, &format!("waiting for {} to stop", key.name));
                w.next_log = Some(now + Duration::from_secs(2));
            }
            None
        }
        WaitKind::StartMany(items) => {
            for (key, settled) in items.iter_mut() {
                if settled.is_some() {
                    continue;
                }
                let Some(idx) = key.find(sup) else {
                    *settled = Some(result(
                        &key.name,
                        &key.group,
                        faults::ABNORMAL_TERMINATION,
                        "ABNORMAL_TERMINATION",
                    ));
                    continue;
                };
                let spec = sup.procs()[idx].namespec();
                *settled = match sup.procs()[idx].machine.state {
                    State::Running { .. } => Some(process_result(sup, idx, faults::SUCCESS, "OK")),
                    State::Starting { .. } => None,
                    s if s.is_stopped() && start_deferred(sup, key) => None,
                    _ => Some(process_result(
                        sup,
                        idx,
                        faults::ABNORMAL_TERMINATION,
                        &format!("ABNORMAL_TERMINATION: {spec}"),
                    )),
                };
            }
            if items.iter().all(|(_, s)| s.is_some()) {
                let v = items.iter_mut().filter_map(|(_, s)| s.take()).collect();
                Some(Ok(Value::Array(v)))
            } else {
                None
            }
        }
        WaitKind::Log(l) => logwait::settle(sup, l, now),
        WaitKind::Update(u) => u.settle(sup),
        WaitKind::StopMany(keys, results) => {
            if keys.iter().all(|k| state(k).is_none_or(|s| s.is_stopped())) {
                return Some(Ok(Value::Array(std::mem::take(results))));
            }
            if w.next_log.is_some_and(|t| now >= t) {
                for k in keys.iter() {
                    if matches!(state(k), Some(State::Stopping { .. })) {
                        emit(LogLevel::Info, &format!("waiting for {} to stop", k.name));
                    }
                }
                w.next_log = Some(now + Duration::from_secs(2));
            }
            None
        }
    }
}
