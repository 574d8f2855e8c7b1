//! Process control and info: getProcessInfo / getAllProcessInfo, start*, stop* and
//! signal* for one process, a group or everything.

use std::borrow::Cow;
use std::time::Instant;

use super::{fault, resolve, Outcome, Params, Target};
use crate::control::Reply;
use crate::daemon::replies::process_result;
use crate::daemon::supervisor::{SignalError, StartRefusal, Supervisor};
use crate::daemon::waiters::{ProcKey, WaitKind};
use crate::logging::Channel;
use crate::process::{command::CommandError, stop_time_text, State};
use crate::rpc::xmlrecord::Recording;
use crate::rpc::xmlwrite::Member;
use crate::rpc::{faults, Fault, Fields, Value};

/// The getProcessInfo members of process `idx`, handed to `put` in order: exactly Python's
/// 14 keys, in Python's order, or with `extras` (the JSON API's `ours.*ProcessInfo`) also
/// `autostart` and `exit_expected`. `wall` is the epoch second of `now`.
fn members(
    sup: &Supervisor,
    idx: usize,
    (now, wall): (Instant, i64),
    extras: bool,
    put: &mut dyn FnMut(&'static str, Member<'_>),
) {
    let p = &sup.procs()[idx];
    let m = &p.machine;
    let path = |c: Channel| {
        p.outputs
            .logfile_path(c)
            .map_or(Member::Str(Cow::Borrowed("")), Member::Path)
    };
    let cap = |t: i64| Member::Int(t.min(i32::MAX as i64));
    put("name", Member::Str(Cow::Borrowed(&p.config.name)));
    put("group", Member::Str(Cow::Borrowed(&p.config.group)));
    put("start", cap(m.laststart));
    put("stop", cap(m.laststop));
    put("now", cap(wall));
    put("state", Member::Int(m.state.code()));
    put("statename", Member::Str(Cow::Borrowed(m.state.name())));
    put("spawnerr", Member::Str(Cow::Borrowed(&m.spawnerr)));
    put("exitstatus", Member::Int(m.exitstatus as i64));
    let stdout = path(Channel::Stdout);
    put("logfile", stdout.clone());
    put("stdout_logfile", stdout);
    put("stderr_logfile", path(Channel::Stderr));
    put("pid", Member::Int(m.state.pid().unwrap_or(0) as i64));
    let description = match (&p.held, &m.state, &p.memory_note) {
        (Some(why), State::Stopped, _) if m.laststart == 0 => format!("Not started: {why}"),
        // The last memory_action's words follow the usual text (memory.rs).
        (_, _, Some(note)) => match m.description(now, stop_time_text) {
            d if d.is_empty() => note.clone(),
            d => format!("{d}; {note}"),
        },
        _ => m.description(now, stop_time_text),
    };
    put("description", Member::Str(Cow::Owned(description)));
    if extras {
        put("autostart", Member::Bool(p.config.autostart));
        let expected = matches!(m.state, State::Exited { expected: true });
        put("exit_expected", Member::Bool(expected));
    }
}

/// The current epoch second (the `now` member).
fn wall_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The getProcessInfo struct (see `members`).
pub fn info(sup: &Supervisor, idx: usize, now: Instant, extras: bool) -> Value {
    let mut fields = Fields::new();
    members(sup, idx, (now, wall_now()), extras, &mut |k, v| {
        fields.insert(k, v.into_value());
    });
    Value::Struct(fields)
}

pub(super) fn all_info(sup: &Supervisor, now: Instant, extras: bool) -> Value {
    let wall = wall_now();
    let order = sup.info_order();
    let items = order.iter().map(|&i| {
        let i = i as usize;
        let mut fields = Fields::new();
        members(sup, i, (now, wall), extras, &mut |k, v| {
            fields.insert(k, v.into_value());
        });
        Value::Struct(fields)
    });
    Value::Array(items.collect())
}

/// getAllProcessInfo recorded straight from the process table, for the HTTP thread to
/// write as its `methodResponse` document (`xmlrecord::render`: byte for byte what
/// encoding `all_info` gives). The loop only copies the members' values: the XML, a
/// thousand bytes and more a process, is written outside it.
pub(super) fn all_info_recorded(sup: &Supervisor, now: Instant) -> Vec<u8> {
    let wall = wall_now();
    let order = sup.info_order();
    let mut w = Recording::new(256 + order.len() * RECORDED_PER_PROCESS);
    for &i in order.iter() {
        w.open_struct();
        members(sup, i as usize, (now, wall), false, &mut |k, v| {
            w.member(k, v)
        });
        w.close_struct();
    }
    w.finish()
}

/// About how many bytes one process's members take in a recording.
const RECORDED_PER_PROCESS: usize = 320;

/// Starts one process; `Err` is the fault startProcess would raise.
fn start_one(sup: &mut Supervisor, idx: usize, spec: &str) -> Result<(), Fault> {
    sup.forget_stop(idx);
    sup.start_requested(idx).map_err(|refusal| match refusal {
        StartRefusal::AlreadyStarted => fault(faults::ALREADY_STARTED, spec),
        StartRefusal::Unknown => fault(faults::FAILED, spec),
        StartRefusal::Command(e) => {
            let code = match e {
                CommandError::NotExecutable(_) | CommandError::NoPermission(_) => {
                    faults::NOT_EXECUTABLE
                }
                _ => faults::NO_FILE,
            };
            fault(code, &e.to_string())
        }
        StartRefusal::SpawnFailed => fault(faults::SPAWN_ERROR, spec),
    })
}

/// Sends `sig` to one process; `Err` is the fault signalProcess would raise.
fn signal_one(sup: &mut Supervisor, idx: usize, sig: i32, spec: &str) -> Result<(), Fault> {
    sup.signal(idx, sig).map_err(|e| match e {
        SignalError::NotRunning => fault(faults::NOT_RUNNING, spec),
        SignalError::Failed(errno) => fault(faults::FAILED, &format!("{spec}: {}", errno.desc())),
    })
}

/// What the `(name, wait)` of start/stopProcess names.
enum Named {
    /// One process: its index, the name as given, `wait`.
    Process(usize, String, bool),
    /// A group (`g:*`) that was acted on, or a fault: the answer.
    Answered(Outcome),
}

/// Resolves the `(name, wait)` of start/stopProcess; for a group runs `act` on its members.
fn named(sup: &mut Supervisor, p: &Params, now: Instant, act: MembersAction) -> Named {
    let parsed = p.string(0).and_then(|spec| Ok((spec, p.wait(1)?)));
    let (spec, wait) = match parsed {
        Ok(v) => v,
        Err(f) => return Named::Answered(Outcome::Now(Err(f))),
    };
    match resolve(sup, &spec) {
        Ok(Target::Process(i)) => Named::Process(i, spec, wait),
        Ok(Target::Group(g)) => {
            let members = sup.members(&g);
            Named::Answered(act(sup, members, wait, now))
        }
        Err(f) => Named::Answered(Outcome::Now(Err(f))),
    }
}

pub(super) fn start_process(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    let (idx, spec, wait) = match named(sup, p, now, start_members) {
        Named::Process(idx, spec, wait) => (idx, spec, wait),
        Named::Answered(outcome) => return outcome,
    };
    if let Err(f) = start_one(sup, idx, &spec) {
        return Outcome::Now(Err(f));
    }
    if !wait || sup.procs()[idx].policy.startsecs == 0 {
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
        if sup.procs()[idx].machine.state.is_running() {
            sup.forget_stop(idx);
            continue;
        }
        let spec = sup.procs()[idx].namespec();
        let settled = match start_one(sup, idx, &spec) {
            Err(f) => Some(process_result(sup, idx, f.code, &f.message)),
            Ok(()) if !wait || sup.procs()[idx].policy.startsecs == 0 => {
                Some(process_result(sup, idx, faults::SUCCESS, "OK"))
            }
            Ok(()) => None,
        };
        results.push((ProcKey::of(sup, idx), settled));
    }
    Outcome::Later(WaitKind::StartMany(results))
}

pub(super) fn start_group(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_group(sup, p, now, start_members)
}

pub(super) fn start_all(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_all(sup, p, now, start_members)
}

pub(super) fn stop_process(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    let (idx, spec, wait) = match named(sup, p, now, stop_members) {
        Named::Process(idx, spec, wait) => (idx, spec, wait),
        Named::Answered(outcome) => return outcome,
    };
    // An operator's stop also cancels an automatic restart that waits out the throttle.
    sup.cancel_respawn(idx);
    sup.remember_stop(idx);
    if !sup.procs()[idx].machine.state.is_running() {
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
        sup.cancel_respawn(idx);
        sup.remember_stop(idx);
        if !sup.procs()[idx].machine.state.is_running() {
            continue;
        }
        sup.stop(idx, now);
        stopped.push(ProcKey::of(sup, idx));
        results.push(process_result(sup, idx, faults::SUCCESS, "OK"));
    }
    if !wait {
        return Outcome::Now(Ok(Value::Array(results)));
    }
    Outcome::Later(WaitKind::StopMany(stopped, results))
}

pub(super) fn stop_group(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_group(sup, p, now, stop_members)
}

pub(super) fn stop_all(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    on_all(sup, p, now, stop_members)
}

/// Acts on the members of a process group (`start/stopProcessGroup(name, wait)`).
type MembersAction = fn(&mut Supervisor, Vec<usize>, bool, Instant) -> Outcome;

/// `*ProcessGroup(name, wait)`: BAD_NAME for an unknown group, else `act` on its members.
fn on_group(sup: &mut Supervisor, p: &Params, now: Instant, act: MembersAction) -> Outcome {
    let parsed = p.string(0).and_then(|spec| Ok((spec, p.wait(1)?)));
    match parsed {
        Ok((g, wait)) if sup.has_group(&g) => act(sup, sup.members(&g), wait, now),
        Ok((g, _)) => Outcome::Now(Err(fault(faults::BAD_NAME, &g))),
        Err(f) => Outcome::Now(Err(f)),
    }
}

/// `*AllProcesses(wait)`: `act` on every process.
fn on_all(sup: &mut Supervisor, p: &Params, now: Instant, act: MembersAction) -> Outcome {
    match p.wait(0) {
        Ok(wait) => act(sup, (0..sup.procs().len()).collect(), wait, now),
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

pub(super) fn signal_process(sup: &mut Supervisor, p: &Params) -> Reply {
    let spec = p.string(0)?;
    let sig = parse_signal(p.get(1)?)?;
    match resolve(sup, &spec)? {
        Target::Process(idx) => signal_one(sup, idx, sig, &spec).map(|_| Value::Bool(true)),
        Target::Group(g) => Ok(signal_members(sup, sup.members(&g), sig)),
    }
}

fn signal_members(sup: &mut Supervisor, idxs: Vec<usize>, sig: i32) -> Value {
    let mut results = Vec::new();
    for idx in idxs {
        if !matches!(
            sup.procs()[idx].machine.state,
            State::Running { .. } | State::Starting { .. } | State::Stopping { .. }
        ) {
            continue;
        }
        let spec = sup.procs()[idx].namespec();
        let r = match signal_one(sup, idx, sig, &spec) {
            Ok(()) => process_result(sup, idx, faults::SUCCESS, "OK"),
            Err(f) => process_result(sup, idx, f.code, &f.message),
        };
        results.push(r);
    }
    Value::Array(results)
}

pub(super) fn signal_group(sup: &mut Supervisor, p: &Params) -> Reply {
    let g = p.string(0)?;
    let sig = parse_signal(p.get(1)?)?;
    if !sup.has_group(&g) {
        return Err(fault(faults::BAD_NAME, &g));
    }
    Ok(signal_members(sup, sup.members(&g), sig))
}

pub(super) fn signal_all(sup: &mut Supervisor, p: &Params) -> Reply {
    let sig = parse_signal(p.get(0)?)?;
    Ok(signal_members(sup, (0..sup.procs().len()).collect(), sig))
}
