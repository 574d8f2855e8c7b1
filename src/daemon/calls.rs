//! The loop side of the control bridge: `handle_call` answers one `supervisor.*` call
//! (behaviour §6) against the `Supervisor`, at once or — for `wait=true` — later: the
//! reply sender is parked in a `Waiter` that `check_waiters` re-examines after every
//! loop iteration.
//!
//! To add a method: add an arm to the `match` in `dispatch` calling a function
//! `fn(&mut Supervisor, &[Value]) -> Outcome`. `Outcome::Now` replies at once;
//! `Outcome::Later(kind)` parks the reply until `kind` is settled.
//!
//! Process control and info live here; the other methods in `calls_logs` (main/child
//! logs, `ours.waitLog`), `calls_config` (reloadConfig, add/removeProcessGroup,
//! getAllConfigInfo), `calls_io` (sendProcessStdin, sendRemoteCommEvent) and
//! `calls_metrics` (`ours.getMetrics`).

use std::time::{Duration, Instant};

use super::supervisor::{send_signal, Mood, Supervisor};
use super::{calls_config, calls_io, calls_logs, calls_metrics};
use crate::control::{Call, Reply, ReplyTo};
use crate::logging::Channel;
use crate::process::{stop_time_text, State};
use crate::rpc::{faults, Fault, Value};

/// supervisord's version string reported by getSupervisorVersion.
pub const SUPERVISOR_VERSION: &str = "4.3.0";
/// XML-RPC API version (getAPIVersion).
pub const API_VERSION: &str = "3.0";

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
    Log(super::calls_logs::LogWait),
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
        let c = &sup.procs[idx].config;
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
pub struct Waiter {
    pub reply: ReplyTo,
    pub kind: WaitKind,
    /// Next `waiting for x to stop` log line (stops only, every 2 s).
    pub next_log: Option<Instant>,
}

impl Waiter {
    /// When this waiter wants the loop to wake even if nothing else happens.
    pub fn deadline(&self) -> Option<Instant> {
        self.next_log
    }
}

/// The result of a method.
pub enum Outcome {
    Now(Reply),
    Later(WaitKind),
}

/// A supervisor fault: `NAME` or `NAME: detail`.
pub(super) fn fault(code: i32, detail: &str) -> Fault {
    let name = match code {
        faults::UNKNOWN_METHOD => "UNKNOWN_METHOD",
        faults::INCORRECT_PARAMETERS => "INCORRECT_PARAMETERS",
        faults::BAD_ARGUMENTS => "BAD_ARGUMENTS",
        faults::SHUTDOWN_STATE => "SHUTDOWN_STATE",
        faults::BAD_NAME => "BAD_NAME",
        faults::BAD_SIGNAL => "BAD_SIGNAL",
        faults::NO_FILE => "NO_FILE",
        faults::NOT_EXECUTABLE => "NOT_EXECUTABLE",
        faults::FAILED => "FAILED",
        faults::ABNORMAL_TERMINATION => "ABNORMAL_TERMINATION",
        faults::SPAWN_ERROR => "SPAWN_ERROR",
        faults::ALREADY_STARTED => "ALREADY_STARTED",
        faults::NOT_RUNNING => "NOT_RUNNING",
        faults::SUCCESS => "SUCCESS",
        faults::ALREADY_ADDED => "ALREADY_ADDED",
        faults::STILL_RUNNING => "STILL_RUNNING",
        faults::CANT_REREAD => "CANT_REREAD",
        _ => "FAULT",
    };
    if detail.is_empty() {
        Fault::new(code, name)
    } else {
        Fault::new(code, format!("{name}: {detail}"))
    }
}

/// Answers (or parks) one call.
pub fn handle_call(sup: &mut Supervisor, call: Call) {
    let outcome = if sup.mood != Mood::Running
        && call.method.starts_with("supervisor.")
        && call.method != "supervisor.sendRemoteCommEvent"
    {
        Outcome::Now(Err(fault(faults::SHUTDOWN_STATE, "")))
    } else {
        dispatch(sup, &call.method, &call.params)
    };
    match outcome {
        Outcome::Now(reply) => {
            call.reply.send(reply);
        }
        Outcome::Later(kind) => {
            let next_log = match kind {
                // Python's stop_report: logged at the first check, then every 2 s.
                WaitKind::Stop { .. } | WaitKind::StopMany(..) => Some(Instant::now()),
                WaitKind::Log(ref l) => Some(l.deadline),
                _ => None,
            };
            sup.waiters.push(Waiter {
                reply: call.reply,
                kind,
                next_log,
            });
            check_waiters(sup, Instant::now());
        }
    }
}

fn dispatch(sup: &mut Supervisor, method: &str, params: &[Value]) -> Outcome {
    let now = Instant::now();
    let p = Params(params);
    let r = match method {
        "supervisor.getAPIVersion" | "supervisor.getVersion" => {
            p.count(0).map(|_| Value::Str(API_VERSION.into()))
        }
        "supervisor.getSupervisorVersion" => {
            p.count(0).map(|_| Value::Str(SUPERVISOR_VERSION.into()))
        }
        "supervisor.getIdentification" => p
            .count(0)
            .map(|_| Value::Str(sup.config.supervisord.identifier.clone())),
        "supervisor.getState" => p.count(0).map(|_| {
            Value::strukt([
                ("statecode", Value::Int(sup.mood.code())),
                ("statename", Value::Str(sup.mood.name().into())),
            ])
        }),
        "supervisor.getPID" => p.count(0).map(|_| Value::Int(std::process::id() as i64)),
        "supervisor.getProcessInfo" => p
            .string(0, 1)
            .and_then(|name| process_index(sup, &name))
            .map(|idx| process_info(sup, idx, now)),
        "supervisor.getAllProcessInfo" => p.count(0).map(|_| all_info(sup, now)),
        "supervisor.startProcess" => return start_process(sup, &p, now),
        "supervisor.startProcessGroup" => return start_group(sup, &p, now),
        "supervisor.startAllProcesses" => return start_all(sup, &p, now),
        "supervisor.stopProcess" => return stop_process(sup, &p, now),
        "supervisor.stopProcessGroup" => return stop_group(sup, &p, now),
        "supervisor.stopAllProcesses" => return stop_all(sup, &p, now),
        "supervisor.signalProcess" => signal_process(sup, &p),
        "supervisor.signalProcessGroup" => signal_group(sup, &p),
        "supervisor.signalAllProcesses" => signal_all(sup, &p),
        "supervisor.shutdown" => p.count(0).map(|_| {
            sup.set_mood(Mood::Shutdown);
            Value::Bool(true)
        }),
        "supervisor.restart" => p.count(0).map(|_| {
            sup.request_restart();
            Value::Bool(true)
        }),
        "supervisor.readLog" | "supervisor.readMainLog" => calls_logs::read_main_log(sup, &p),
        "supervisor.clearLog" => calls_logs::clear_main_log(sup, &p),
        "supervisor.readProcessStdoutLog" | "supervisor.readProcessLog" => {
            calls_logs::read_process_log(sup, &p, Channel::Stdout)
        }
        "supervisor.readProcessStderrLog" => calls_logs::read_process_log(sup, &p, Channel::Stderr),
        "supervisor.tailProcessStdoutLog" | "supervisor.tailProcessLog" => {
            calls_logs::tail_process_log(sup, &p, Channel::Stdout)
        }
        "supervisor.tailProcessStderrLog" => calls_logs::tail_process_log(sup, &p, Channel::Stderr),
        "supervisor.clearProcessLogs" | "supervisor.clearProcessLog" => {
            calls_logs::clear_process_logs(sup, &p)
        }
        "supervisor.clearAllProcessLogs" => calls_logs::clear_all_process_logs(sup, &p),
        "ours.waitLog" => return calls_logs::wait_log(sup, &p, now),
        "supervisor.sendProcessStdin" => calls_io::send_process_stdin(sup, &p),
        "supervisor.sendRemoteCommEvent" => calls_io::send_remote_comm_event(sup, &p),
        "supervisor.reloadConfig" => calls_config::reload_config(sup, &p),
        "supervisor.addProcessGroup" => calls_config::add_process_group(sup, &p),
        "supervisor.removeProcessGroup" => calls_config::remove_process_group(sup, &p),
        "supervisor.getAllConfigInfo" => calls_config::all_config_info(sup, &p),
        "ours.getMetrics" => calls_metrics::get_metrics(sup, &p),
        "ours.logPath" => calls_logs::log_path(sup, &p),
        _ => Err(fault(faults::UNKNOWN_METHOD, "")),
    };
    Outcome::Now(r)
}

/// Positional parameters with Python's arity rules.
pub(super) struct Params<'a>(pub(super) &'a [Value]);

impl Params<'_> {
    pub(super) fn count(&self, n: usize) -> Result<(), Fault> {
        self.range(n, n)
    }
    fn range(&self, min: usize, max: usize) -> Result<(), Fault> {
        if (min..=max).contains(&self.0.len()) {
            Ok(())
        } else {
            Err(fault(faults::INCORRECT_PARAMETERS, ""))
        }
    }
    /// Parameter `i` as a string, checking the total count is `total`.
    pub(super) fn string(&self, i: usize, total: usize) -> Result<String, Fault> {
        self.count(total)?;
        match &self.0[i] {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(n) => Ok(n.to_string()),
            _ => Err(fault(faults::INCORRECT_PARAMETERS, "")),
        }
    }
    /// Optional boolean `wait` at position `i` (default true).
    fn wait(&self, i: usize) -> Result<bool, Fault> {
        match self.0.get(i) {
            None => Ok(true),
            Some(v) => v
                .as_bool()
                .ok_or_else(|| fault(faults::INCORRECT_PARAMETERS, "")),
        }
    }
}

/// A namespec resolved: a group (`g:*`, `g:`) or one process.
pub(super) enum Target {
    Group(String),
    Process(usize),
}

pub(super) fn resolve(sup: &Supervisor, spec: &str) -> Result<Target, Fault> {
    let (group, name) = match spec.split_once(':') {
        Some((g, n)) => (g, (n != "*" && !n.is_empty()).then_some(n)),
        None => (spec, Some(spec)),
    };
    if !sup.has_group(group) {
        return Err(fault(faults::BAD_NAME, spec));
    }
    match name {
        None => Ok(Target::Group(group.to_string())),
        Some(n) => sup
            .find(group, n)
            .map(Target::Process)
            .ok_or_else(|| fault(faults::BAD_NAME, spec)),
    }
}

pub(super) fn process_index(sup: &Supervisor, spec: &str) -> Result<usize, Fault> {
    match resolve(sup, spec)? {
        Target::Process(i) => Ok(i),
        Target::Group(_) => Err(fault(faults::BAD_NAME, spec)),
    }
}

fn members(sup: &Supervisor, group: &str) -> Vec<usize> {
    (0..sup.procs.len())
        .filter(|&i| sup.procs[i].config.group == group)
        .collect()
}

/// The getProcessInfo struct (behaviour §6.3).
pub fn process_info(sup: &Supervisor, idx: usize, now: Instant) -> Value {
    let p = &sup.procs[idx];
    let m = &p.machine;
    let path = |c: Channel| {
        Value::Str(
            p.outputs
                .logfile(c)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        )
    };
    let cap = |t: i64| Value::Int(t.min(i32::MAX as i64));
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Value::strukt([
        ("name", Value::Str(p.config.name.clone())),
        ("group", Value::Str(p.config.group.clone())),
        ("start", cap(m.laststart)),
        ("stop", cap(m.laststop)),
        ("now", cap(wall)),
        ("state", Value::Int(m.state.code())),
        ("statename", Value::Str(m.state.name().into())),
        ("spawnerr", Value::Str(m.spawnerr.clone())),
        ("exitstatus", Value::Int(m.exitstatus as i64)),
        ("logfile", path(Channel::Stdout)),
        ("stdout_logfile", path(Channel::Stdout)),
        ("stderr_logfile", path(Channel::Stderr)),
        ("pid", Value::Int(m.state.pid().unwrap_or(0) as i64)),
        (
            "description",
            Value::Str(match (&p.held, &m.state) {
                (Some(why), State::Stopped) if m.laststart == 0 => format!("Not started: {why}"),
                _ => m.description(now, stop_time_text),
            }),
        ),
        // Ours (rpc::methods contract): read by /readyz.
        ("autostart", Value::Bool(p.config.autostart)),
        (
            "exit_expected",
            Value::Bool(matches!(m.state, State::Exited { expected: true })),
        ),
    ])
}

fn all_info(sup: &Supervisor, now: Instant) -> Value {
    let mut idxs: Vec<usize> = (0..sup.procs.len()).collect();
    idxs.sort_by(|&a, &b| {
        let (pa, pb) = (&sup.procs[a].config, &sup.procs[b].config);
        (&pa.group, &pa.name).cmp(&(&pb.group, &pb.name))
    });
    Value::Array(
        idxs.into_iter()
            .map(|i| process_info(sup, i, now))
            .collect(),
    )
}

pub(super) fn result(sup: &Supervisor, idx: usize, status: i32, description: &str) -> Value {
    let c = &sup.procs[idx].config;
    Value::strukt([
        ("name", Value::Str(c.name.clone())),
        ("group", Value::Str(c.group.clone())),
        ("status", Value::Int(status as i64)),
        ("description", Value::Str(description.into())),
    ])
}

/// Starts one process; `Err` is the fault startProcess would raise.
fn start_one(sup: &mut Supervisor, idx: usize, spec: &str) -> Result<(), Fault> {
    let m = &sup.procs[idx].machine;
    match m.state {
        State::Running { .. } | State::Starting { .. } | State::Backoff { .. } => {
            return Err(fault(faults::ALREADY_STARTED, spec))
        }
        State::Unknown => return Err(fault(faults::FAILED, spec)),
        State::Stopping { .. } => return Err(fault(faults::ALREADY_STARTED, spec)),
        _ => {}
    }
    if let Err(e) = crate::process::spawn::precheck(&sup.procs[idx].config) {
        use crate::process::command::CommandError as E;
        let code = match e {
            E::NotExecutable(_) | E::NoPermission(_) => faults::NOT_EXECUTABLE,
            _ => faults::NO_FILE,
        };
        return Err(fault(code, &e.to_string()));
    }
    if super::ordering::blocker(&sup.plan, &sup.procs, idx).is_some() {
        // depends_on: start what is missing first; this one follows once they are up.
        let started = super::ordering::start_dependencies(&sup.plan, &mut sup.procs, idx);
        if !started.is_empty() {
            crate::logging::emit(
                crate::config::LogLevel::Info,
                &format!(
                    "starting {} first: {} depends on it",
                    started.join(", "),
                    sup.procs[idx].config.name
                ),
            );
        }
        sup.procs[idx].restart_pending = true;
        return Ok(());
    }
    sup.spawn(idx);
    if !sup.procs[idx].machine.spawnerr.is_empty()
        && !matches!(
            sup.procs[idx].machine.state,
            State::Starting { .. } | State::Running { .. }
        )
    {
        return Err(fault(faults::SPAWN_ERROR, spec));
    }
    Ok(())
}

/// A `start` deferred until its dependencies are up, whose dependencies have not failed.
fn deferred_start_pending(sup: &Supervisor, key: &ProcKey) -> bool {
    let Some(idx) = key.find(sup) else {
        return false;
    };
    sup.procs[idx].restart_pending
        && !matches!(
            super::ordering::blocker(&sup.plan, &sup.procs, idx),
            Some(crate::order::Blocker::Failed { .. })
        )
}

fn start_process(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    let parsed = p
        .range(1, 2)
        .and_then(|_| Ok((p.string(0, p.0.len())?, p.wait(1)?)));
    let (spec, wait) = match parsed {
        Ok(v) => v,
        Err(f) => return Outcome::Now(Err(f)),
    };
    let idx = match resolve(sup, &spec) {
        Ok(Target::Process(i)) => i,
        Ok(Target::Group(g)) => return start_members(sup, members(sup, &g), wait, now),
        Err(f) => return Outcome::Now(Err(f)),
    };
    if let Err(f) = start_one(sup, idx, &spec) {
        return Outcome::Now(Err(f));
    }
    if !wait || sup.procs[idx].policy.startsecs == 0 {
        return Outcome::Now(Ok(Value::Bool(true)));
    }
    Outcome::Later(WaitKind::Start {
        key: ProcKey::of(sup, idx),
        spec,
    })
}

/// (`_now`: the shape `on_group`/`on_all` call; each spawn takes its own start time.)
fn start_members(sup: &mut Supervisor, idxs: Vec<usize>, wait: bool, _now: Instant) -> Outcome {
    let mut results = Vec::new();
    for idx in idxs {
        if sup.procs[idx].machine.state.is_running() {
            continue;
        }
        let spec = sup.procs[idx].namespec();
        let settled = match start_one(sup, idx, &spec) {
            Err(f) => Some(result(sup, idx, f.code, &f.message)),
            Ok(()) if !wait || sup.procs[idx].policy.startsecs == 0 => {
                Some(result(sup, idx, faults::SUCCESS, "OK"))
            }
            Ok(()) => None,
        };
        results.push((ProcKey::of(sup, idx), settled));
    }
    Outcome::Later(WaitKind::StartMany(results))
}

fn start_group(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_group(sup, p, now, start_members)
}

fn start_all(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_all(sup, p, now, start_members)
}

fn stop_process(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    let parsed = p
        .range(1, 2)
        .and_then(|_| Ok((p.string(0, p.0.len())?, p.wait(1)?)));
    let (spec, wait) = match parsed {
        Ok(v) => v,
        Err(f) => return Outcome::Now(Err(f)),
    };
    let idx = match resolve(sup, &spec) {
        Ok(Target::Process(i)) => i,
        Ok(Target::Group(g)) => return stop_members(sup, members(sup, &g), wait, now),
        Err(f) => return Outcome::Now(Err(f)),
    };
    if !sup.procs[idx].machine.state.is_running() {
        return Outcome::Now(Err(fault(faults::NOT_RUNNING, &spec)));
    }
    sup.stop(idx, now);
    sup.reap(now);
    if !wait {
        return Outcome::Now(Ok(Value::Bool(true)));
    }
    Outcome::Later(WaitKind::Stop {
        key: ProcKey::of(sup, idx),
    })
}

fn stop_members(sup: &mut Supervisor, idxs: Vec<usize>, wait: bool, now: Instant) -> Outcome {
    let mut stopped = Vec::new();
    let mut results = Vec::new();
    // Ascending order like Python's make_allfunc (only shutdown stops in reverse).
    for idx in idxs {
        if !sup.procs[idx].machine.state.is_running() {
            continue;
        }
        sup.stop(idx, now);
        stopped.push(ProcKey::of(sup, idx));
        results.push(result(sup, idx, faults::SUCCESS, "OK"));
    }
    if !wait {
        return Outcome::Now(Ok(Value::Array(results)));
    }
    Outcome::Later(WaitKind::StopMany(stopped, results))
}

fn stop_group(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_group(sup, p, now, stop_members)
}

fn stop_all(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_all(sup, p, now, stop_members)
}

/// Acts on the members of a process group (`start/stopProcessGroup(name, wait)`).
type MembersAction = fn(&mut Supervisor, Vec<usize>, bool, Instant) -> Outcome;

/// `*ProcessGroup(name, wait)`: BAD_NAME for an unknown group, else `act` on its members.
fn on_group(sup: &mut Supervisor, p: &Params, now: Instant, act: MembersAction) -> Outcome {
    let parsed = p
        .range(1, 2)
        .and_then(|_| Ok((p.string(0, p.0.len())?, p.wait(1)?)));
    match parsed {
        Ok((g, wait)) if sup.has_group(&g) => act(sup, members(sup, &g), wait, now),
        Ok((g, _)) => Outcome::Now(Err(fault(faults::BAD_NAME, &g))),
        Err(f) => Outcome::Now(Err(f)),
    }
}

/// `*AllProcesses(wait)`: `act` on every process.
fn on_all(sup: &mut Supervisor, p: &Params, now: Instant, act: MembersAction) -> Outcome {
    match p.range(0, 1).and_then(|_| p.wait(0)) {
        Ok(wait) => act(sup, (0..sup.procs.len()).collect(), wait, now),
        Err(f) => Outcome::Now(Err(f)),
    }
}

fn parse_signal(v: &Value) -> Result<i32, Fault> {
    let text = match v {
        Value::Int(n) => n.to_string(),
        Value::Str(s) => s.clone(),
        _ => return Err(fault(faults::BAD_SIGNAL, "")),
    };
    crate::signals::parse(&text).ok_or_else(|| fault(faults::BAD_SIGNAL, &text))
}

fn signal_one(sup: &mut Supervisor, idx: usize, sig: i32, spec: &str) -> Result<(), Fault> {
    let state = sup.procs[idx].machine.state;
    let pid = match state {
        State::Running { pid, .. } | State::Starting { pid, .. } | State::Stopping { pid, .. } => {
            pid
        }
        _ => return Err(fault(faults::NOT_RUNNING, spec)),
    };
    send_signal(pid, sig, false)
        .map_err(|e| fault(faults::FAILED, &format!("{spec}: {}", e.desc())))
}

fn signal_process(sup: &mut Supervisor, p: &Params) -> Reply {
    p.count(2)?;
    let spec = p.string(0, 2)?;
    let sig = parse_signal(&p.0[1])?;
    match resolve(sup, &spec)? {
        Target::Process(idx) => signal_one(sup, idx, sig, &spec).map(|_| Value::Bool(true)),
        Target::Group(g) => Ok(signal_members(sup, members(sup, &g), sig)),
    }
}

fn signal_members(sup: &mut Supervisor, idxs: Vec<usize>, sig: i32) -> Value {
    let mut results = Vec::new();
    for idx in idxs {
        if !matches!(
            sup.procs[idx].machine.state,
            State::Running { .. } | State::Starting { .. } | State::Stopping { .. }
        ) {
            continue;
        }
        let spec = sup.procs[idx].namespec();
        let r = match signal_one(sup, idx, sig, &spec) {
            Ok(()) => result(sup, idx, faults::SUCCESS, "OK"),
            Err(f) => result(sup, idx, f.code, &f.message),
        };
        results.push(r);
    }
    Value::Array(results)
}

fn signal_group(sup: &mut Supervisor, p: &Params) -> Reply {
    p.count(2)?;
    let g = p.string(0, 2)?;
    let sig = parse_signal(&p.0[1])?;
    if !sup.has_group(&g) {
        return Err(fault(faults::BAD_NAME, &g));
    }
    Ok(signal_members(sup, members(sup, &g), sig))
}

fn signal_all(sup: &mut Supervisor, p: &Params) -> Reply {
    p.count(1)?;
    let sig = parse_signal(&p.0[0])?;
    Ok(signal_members(sup, (0..sup.procs.len()).collect(), sig))
}

/// Re-examines every parked call; answers and drops the settled ones.
pub fn check_waiters(sup: &mut Supervisor, now: Instant) {
    let waiters = std::mem::take(&mut sup.waiters);
    for mut w in waiters {
        match settle(sup, &mut w, now) {
            Some(reply) => {
                w.reply.send(reply);
            }
            None => sup.waiters.push(w),
        }
    }
}

fn settle(sup: &Supervisor, w: &mut Waiter, now: Instant) -> Option<Reply> {
    // A process that disappeared (group removed) counts as stopped.
    let state = |k: &ProcKey| k.find(sup).map(|i| sup.procs[i].machine.state);
    match &mut w.kind {
        WaitKind::Start { key, spec } => match state(key) {
            Some(State::Running { .. }) => Some(Ok(Value::Bool(true))),
            Some(State::Starting { .. }) => None,
            // Still waiting for its dependencies (depends_on) unless one has failed.
            Some(s) if s.is_stopped() && deferred_start_pending(sup, key) => None,
            _ => Some(Err(fault(faults::ABNORMAL_TERMINATION, spec))),
        },
        WaitKind::Stop { key } => {
            if state(key).is_none_or(|s| s.is_stopped()) {
                return Some(Ok(Value::Bool(true)));
            }
            if w.next_log.is_some_and(|t| now >= t) {
                crate::logging::emit(
                    crate::config::LogLevel::Info,
                    &format!("waiting for {} to stop", key.name),
                );
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
                    *settled = Some(Value::strukt([
                        ("name", Value::Str(key.name.clone())),
                        ("group", Value::Str(key.group.clone())),
                        ("status", Value::Int(faults::ABNORMAL_TERMINATION as i64)),
                        ("description", Value::Str("ABNORMAL_TERMINATION".into())),
                    ]));
                    continue;
                };
                let spec = sup.procs[idx].namespec();
                *settled = match sup.procs[idx].machine.state {
                    State::Running { .. } => Some(result(sup, idx, faults::SUCCESS, "OK")),
                    State::Starting { .. } => None,
                    s if s.is_stopped() && deferred_start_pending(sup, key) => None,
                    _ => Some(result(
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
        WaitKind::Log(l) => calls_logs::settle(sup, l, now),
        WaitKind::StopMany(keys, results) => {
            if keys.iter().all(|k| state(k).is_none_or(|s| s.is_stopped())) {
                return Some(Ok(Value::Array(std::mem::take(results))));
            }
            if w.next_log.is_some_and(|t| now >= t) {
                for k in keys.iter() {
                    if matches!(state(k), Some(State::Stopping { .. })) {
                        crate::logging::emit(
                            crate::config::LogLevel::Info,
                            &format!("waiting for {} to stop", k.name),
                        );
                    }
                }
                w.next_log = Some(now + Duration::from_secs(2));
            }
            None
        }
    }
}

/// Answers every parked call with SHUTDOWN_STATE (the process table is being replaced).
pub fn abandon_waiters(sup: &mut Supervisor) {
    for w in sup.waiters.drain(..) {
        w.reply.send(Err(fault(faults::SHUTDOWN_STATE, "")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn stream() -> StreamLog {
        StreamLog {
            logfile: ChildLog::None,
            maxbytes: 0,
            backups: 0,
            capture_maxbytes: 0,
            events_enabled: false,
            syslog: false,
        }
    }

    fn process(group: &str, name: &str) -> ProcessConfig {
        ProcessConfig {
            name: name.into(),
            group: group.into(),
            program: name.into(),
            section_kind: "program".into(),
            process_num: 0,
            command: "/bin/true".into(),
            priority: 999,
            autostart: false,
            autorestart: AutoRestart::Unexpected,
            startsecs: 1,
            startretries: 3,
            exitcodes: vec![0],
            stopsignals: vec![Signal(15)],
            stopwaitsecs: 10,
            stopasgroup: false,
            killasgroup: false,
            user: None,
            directory: None,
            umask: None,
            environment: BTreeMap::new(),
            redirect_stderr: false,
            stdout: stream(),
            stderr: stream(),
            serverurl: None,
            ext: ProcessExt::default(),
        }
    }

    fn supervisor() -> Supervisor {
        let group = |name: &str, procs: Vec<ProcessConfig>| GroupConfig {
            name: name.into(),
            kind: GroupKind::Process,
            priority: 999,
            processes: procs,
        };
        let config = Config {
            path: PathBuf::from("/x.conf"),
            files: vec![],
            supervisord: SupervisordConfig {
                nodaemon: true,
                silent: true,
                logfile: LogTarget::Syslog,
                logfile_maxbytes: 0,
                logfile_backups: 0,
                loglevel: LogLevel::Info,
                pidfile: PathBuf::from("/tmp/x.pid"),
                umask: 0o22,
                minfds: 1024,
                minprocs: 200,
                nocleanup: true,
                kill_children_on_exit: false,
                precise_startup: false,
                childlogdir: std::env::temp_dir(),
                user: None,
                directory: None,
                strip_ansi: false,
                identifier: "ident".into(),
                environment: BTreeMap::new(),
                profile_options: None,
            },
            groups: vec![
                group("web", vec![process("web", "web")]),
                group("pool", vec![process("pool", "b"), process("pool", "a")]),
            ],
            unix_http_server: None,
            inet_http_server: None,
            supervisorctl: CtlConfig::default(),
            warnings: vec![],
            infos: vec![],
        };
        Supervisor::new(config)
    }

    fn call(sup: &mut Supervisor, method: &str, params: Vec<Value>) -> Reply {
        let (reply, rx) = ReplyTo::channel();
        handle_call(
            sup,
            Call {
                method: method.into(),
                params,
                reply,
            },
        );
        rx.try_recv().expect("answered at once").reply
    }

    fn s(v: &str) -> Value {
        Value::Str(v.into())
    }

    #[test]
    fn simple_queries() {
        let mut sup = supervisor();
        assert_eq!(
            call(&mut sup, "supervisor.getState", vec![]),
            Ok(Value::strukt([
                ("statecode", Value::Int(1)),
                ("statename", s("RUNNING"))
            ]))
        );
        assert_eq!(
            call(&mut sup, "supervisor.getAPIVersion", vec![]),
            Ok(s("3.0"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.getIdentification", vec![]),
            Ok(s("ident"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.nope", vec![]),
            Err(Fault::new(1, "UNKNOWN_METHOD"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.getPID", vec![s("x")]),
            Err(Fault::new(2, "INCORRECT_PARAMETERS"))
        );
    }

    #[test]
    fn process_info_and_names() {
        let mut sup = supervisor();
        let info = call(&mut sup, "supervisor.getProcessInfo", vec![s("pool:a")]).unwrap();
        let Value::Struct(m) = info else { panic!() };
        assert_eq!(m["name"], s("a"));
        assert_eq!(m["group"], s("pool"));
        assert_eq!(m["statename"], s("STOPPED"));
        assert_eq!(m["description"], s("Not started"));
        assert_eq!(m["pid"], Value::Int(0));
        assert_eq!(m.len(), 16);
        assert_eq!(m["autostart"], Value::Bool(false));
        assert_eq!(
            call(&mut sup, "supervisor.getProcessInfo", vec![s("a")]),
            Err(Fault::new(10, "BAD_NAME: a"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.getProcessInfo", vec![s("pool:*")]),
            Err(Fault::new(10, "BAD_NAME: pool:*"))
        );
        let Ok(Value::Array(all)) = call(&mut sup, "supervisor.getAllProcessInfo", vec![]) else {
            panic!()
        };
        let names: Vec<_> = all
            .iter()
            .map(|v| match v {
                Value::Struct(m) => format!("{:?}:{:?}", m["group"], m["name"]),
                _ => String::new(),
            })
            .collect();
        assert_eq!(
            names,
            vec![
                r#"Str("pool"):Str("a")"#,
                r#"Str("pool"):Str("b")"#,
                r#"Str("web"):Str("web")"#
            ]
        );
    }

    #[test]
    fn stop_and_signal_need_a_running_process() {
        let mut sup = supervisor();
        assert_eq!(
            call(&mut sup, "supervisor.stopProcess", vec![s("web")]),
            Err(Fault::new(70, "NOT_RUNNING: web"))
        );
        assert_eq!(
            call(
                &mut sup,
                "supervisor.signalProcess",
                vec![s("web"), s("HUP")]
            ),
            Err(Fault::new(70, "NOT_RUNNING: web"))
        );
        assert_eq!(
            call(
                &mut sup,
                "supervisor.signalProcess",
                vec![s("web"), s("BOGUS")]
            ),
            Err(Fault::new(11, "BAD_SIGNAL: BOGUS"))
        );
        assert_eq!(
            call(
                &mut sup,
                "supervisor.stopProcessGroup",
                vec![s("pool"), Value::Bool(true)]
            ),
            Ok(Value::Array(vec![]))
        );
        assert_eq!(
            call(&mut sup, "supervisor.startProcess", vec![s("nope")]),
            Err(Fault::new(10, "BAD_NAME: nope"))
        );
    }

    #[test]
    fn everything_faults_while_shutting_down() {
        let mut sup = supervisor();
        assert_eq!(
            call(&mut sup, "supervisor.shutdown", vec![]),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call(&mut sup, "supervisor.getState", vec![]),
            Err(Fault::new(6, "SHUTDOWN_STATE"))
        );
        // The one exception (Python's sendRemoteCommEvent does not call _update).
        assert_eq!(
            call(
                &mut sup,
                "supervisor.sendRemoteCommEvent",
                vec![s("t"), s("d")]
            ),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call(
                &mut sup,
                "supervisor.readLog",
                vec![Value::Int(0), Value::Int(0)]
            ),
            Err(Fault::new(6, "SHUTDOWN_STATE"))
        );
    }

    #[test]
    fn groups_are_added_in_order_and_removed_only_when_stopped() {
        let mut sup = supervisor();
        let g = GroupConfig {
            name: "early".into(),
            kind: GroupKind::Process,
            priority: 1,
            processes: vec![process("early", "early")],
        };
        assert!(sup.add_group(&g));
        assert!(!sup.add_group(&g));
        assert_eq!(sup.procs[0].config.name, "early");
        assert_eq!(sup.remove_group("nope"), Err(false));
        let idx = sup.find("web", "web").unwrap();
        sup.procs[idx].machine.state = State::Running {
            pid: 1,
            since: Instant::now(),
        };
        assert_eq!(sup.remove_group("web"), Err(true));
        assert_eq!(sup.remove_group("pool"), Ok(()));
        assert!(sup.find("pool", "a").is_none());
        assert!(!sup.has_group("pool"));
        assert_eq!(sup.config.groups.len(), 2);
    }

    #[test]
    fn reload_config_stores_and_add_uses_the_stored_config() {
        let mut sup = supervisor();
        let mut next = sup.config.clone();
        next.groups.retain(|g| g.name != "web");
        next.groups[0].processes[0].command = "/bin/false".into();
        next.groups.push(GroupConfig {
            name: "new".into(),
            kind: GroupKind::Process,
            priority: 5,
            processes: vec![process("new", "new")],
        });
        sup.loader = Some(Box::new(move || Ok(next.clone())));
        let names = |v: &[&str]| Value::Array(v.iter().map(|n| s(n)).collect());
        assert_eq!(
            call(&mut sup, "supervisor.reloadConfig", vec![]),
            Ok(Value::Array(vec![Value::Array(vec![
                names(&["new"]),
                names(&["pool"]),
                names(&["web"])
            ])]))
        );
        // Nothing applied yet.
        assert!(sup.has_group("web") && !sup.has_group("new"));
        assert_eq!(
            call(&mut sup, "supervisor.addProcessGroup", vec![s("web")]),
            Err(Fault::new(10, "BAD_NAME: web"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.addProcessGroup", vec![s("new")]),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call(&mut sup, "supervisor.addProcessGroup", vec![s("new")]),
            Err(Fault::new(90, "ALREADY_ADDED: new"))
        );
        assert_eq!(
            call(&mut sup, "supervisor.removeProcessGroup", vec![s("web")]),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            call(&mut sup, "supervisor.removeProcessGroup", vec![s("web")]),
            Err(Fault::new(10, "BAD_NAME: web"))
        );
        sup.loader = Some(Box::new(|| Err("bad config".into())));
        assert_eq!(
            call(&mut sup, "supervisor.reloadConfig", vec![]),
            Err(Fault::new(92, "CANT_REREAD: bad config"))
        );
        // The stored config is still the last good one.
        let Ok(Value::Array(infos)) = call(&mut sup, "supervisor.getAllConfigInfo", vec![]) else {
            panic!()
        };
        assert_eq!(infos.len(), 3);
    }

    #[test]
    fn backoff_deadlines_do_not_count_while_shutting_down() {
        let mut sup = supervisor();
        let past = Instant::now();
        sup.procs[0].machine.state = State::Backoff { retry_at: past };
        assert_eq!(sup.next_deadline(), Some(past));
        sup.set_mood(Mood::Shutdown);
        assert_eq!(sup.next_deadline(), None);
    }
}
