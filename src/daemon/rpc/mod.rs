//! The loop side of the control bridge: [`handle_call`] answers one call from
//! `control::ControlReceiver` against the [`Supervisor`], at once or — for `wait=true`
//! and `ours.waitLog` — later, through the loop's [`Waiters`].
//!
//! Calls arrive prepared by `rpc::methods::prepare` on the HTTP side: canonical names
//! (aliases resolved) and a full parameter list (arity checked, `wait` filled in). The
//! handlers check parameter types only; a missing parameter counts as a wrong type.
//!
//! To add a method: add an arm to the `match` in `dispatch` calling a function of the
//! method family's file: `process` (process control and info), `logs` (main and child
//! logs, `ours.waitLog`), `config` (reloadConfig, add/removeProcessGroup,
//! getAllConfigInfo), `update` (`ours.diffConfig`, `ours.updateGroup`), `io`
//! (sendProcessStdin, sendRemoteCommEvent), `metrics` (`ours.getMetrics`), `goconf` (the
//! Go port's config and log routes), `startup` (`ours.getStartup`) and `detail`
//! (`ours.getProcessDetail`, `ours.getSupervisorInfo`). `Outcome::Now` replies at once;
//! `Outcome::Later(kind)` parks the reply until `kind` is settled.

mod config;
mod detail;
mod goconf;
mod io;
mod logs;
mod metrics;
mod process;
mod startup;
#[cfg(test)]
mod tests;
mod update;

use std::time::Instant;

use super::replies::fault;
use super::supervisor::{Mood, Supervisor};
use super::waiters::{WaitKind, Waiters};
use crate::control::{Call, Reply};
use crate::logging::Channel;
use crate::rpc::{faults, Fault, Value};

/// supervisord's version string reported by getSupervisorVersion.
pub const SUPERVISOR_VERSION: &str = "4.3.0";
/// XML-RPC API version (getAPIVersion).
pub const API_VERSION: &str = "3.0";

/// The result of a method.
pub enum Outcome {
    Now(Reply),
    Later(WaitKind),
}

/// Answers (or parks) one call.
pub fn handle_call(sup: &mut Supervisor, waiters: &mut Waiters, call: Call) {
    let outcome = if sup.mood() != Mood::Running
        && call.method.starts_with("supervisor.")
        && call.method != "supervisor.sendRemoteCommEvent"
    {
        Outcome::Now(Err(fault(faults::SHUTDOWN_STATE, "")))
    } else {
        dispatch(sup, waiters.len(), &call.method, &call.params)
    };
    match outcome {
        Outcome::Now(reply) => {
            call.reply.send(reply);
        }
        Outcome::Later(kind) => {
            waiters.park(call.reply, kind);
            waiters.check(sup, Instant::now());
        }
    }
}

/// Runs one method. Calls arrive with canonical names and a full parameter list
/// (`rpc::methods::prepare` checked them on the HTTP side); only parameter types are
/// checked here. `parked` is the number of parked calls (for `ours.getMetrics`).
fn dispatch(sup: &mut Supervisor, parked: usize, method: &str, params: &[Value]) -> Outcome {
    let now = Instant::now();
    let p = Params(params);
    let r = match method {
        "supervisor.getAPIVersion" => Ok(Value::Str(API_VERSION.into())),
        "supervisor.getSupervisorVersion" => Ok(Value::Str(SUPERVISOR_VERSION.into())),
        "supervisor.getIdentification" => {
            Ok(Value::Str(sup.config().supervisord.identifier.clone()))
        }
        "supervisor.getState" => Ok(Value::strukt([
            ("statecode", Value::Int(sup.mood().code())),
            ("statename", Value::Str(sup.mood().name().into())),
        ])),
        "supervisor.getPID" => Ok(Value::Int(std::process::id() as i64)),
        "supervisor.getProcessInfo" | "ours.getProcessInfo" => p
            .string(0)
            .and_then(|name| process_index(sup, &name))
            .map(|idx| process::info(sup, idx, now, method.starts_with("ours."))),
        "supervisor.getAllProcessInfo" => Ok(process::all_info(sup, now, false)),
        "ours.getAllProcessInfo" => Ok(process::all_info(sup, now, true)),
        // Internal (not in the method table, so no client names it): `/RPC2`'s
        // getAllProcessInfo recorded for the HTTP thread to write as XML.
        crate::rpc::methods::ALL_PROCESS_INFO_XML => {
            Ok(Value::Base64(process::all_info_recorded(sup, now)))
        }
        "supervisor.startProcess" => return process::start_process(sup, &p, now),
        "supervisor.startProcessGroup" => return process::start_group(sup, &p, now),
        "supervisor.startAllProcesses" => return process::start_all(sup, &p, now),
        "supervisor.stopProcess" => return process::stop_process(sup, &p, now),
        "supervisor.stopProcessGroup" => return process::stop_group(sup, &p, now),
        "supervisor.stopAllProcesses" => return process::stop_all(sup, &p, now),
        "supervisor.signalProcess" => process::signal_process(sup, &p),
        "supervisor.signalProcessGroup" => process::signal_group(sup, &p),
        "supervisor.signalAllProcesses" => process::signal_all(sup, &p),
        "supervisor.shutdown" => {
            sup.set_mood(Mood::Shutdown);
            Ok(Value::Bool(true))
        }
        "supervisor.restart" => {
            sup.request_restart();
            Ok(Value::Bool(true))
        }
        "supervisor.readLog" => logs::read_main_log(sup, &p),
        "supervisor.clearLog" => logs::clear_main_log(sup),
        "supervisor.readProcessStdoutLog" => logs::read_process_log(sup, &p, Channel::Stdout),
        "supervisor.readProcessStderrLog" => logs::read_process_log(sup, &p, Channel::Stderr),
        "supervisor.tailProcessStdoutLog" => logs::tail_process_log(sup, &p, Channel::Stdout),
        "supervisor.tailProcessStderrLog" => logs::tail_process_log(sup, &p, Channel::Stderr),
        "supervisor.clearProcessLogs" => logs::clear_process_logs(sup, &p),
        "supervisor.clearAllProcessLogs" => Ok(logs::clear_all_process_logs(sup)),
        "ours.waitLog" => return logs::wait_log(sup, &p, now),
        "supervisor.sendProcessStdin" => io::send_process_stdin(sup, &p),
        "supervisor.sendRemoteCommEvent" => io::send_remote_comm_event(sup, &p),
        "supervisor.reloadConfig" => config::reload_config(sup),
        "supervisor.addProcessGroup" => config::add_process_group(sup, &p),
        "supervisor.removeProcessGroup" => config::remove_process_group(sup, &p),
        "supervisor.getAllConfigInfo" => Ok(config::all_config_info(sup)),
        "ours.diffConfig" => update::diff_config(sup),
        "ours.updateGroup" => return update::update_group(sup, &p, now),
        "ours.getMetrics" => metrics::get_metrics(sup, parked),
        "ours.logPath" => logs::log_path(sup, &p),
        "ours.programConfig" => goconf::program_config(sup, &p),
        "ours.configFile" => goconf::config_file(sup),
        "ours.logFiles" => goconf::log_files(sup, &p),
        "ours.getStartup" => Ok(startup::get_startup(sup)),
        "ours.getProcessDetail" => detail::process_detail(sup, &p),
        "ours.getSupervisorInfo" => Ok(detail::supervisor_info(sup)),
        "ours.upgrade" => match sup.upgrade_blocker() {
            Some(why) => Err(fault(faults::FAILED, &format!("cannot upgrade now: {why}"))),
            None => {
                sup.request_upgrade();
                Ok(Value::Int(sup.generation() as i64 + 1))
            }
        },
        "ours.getUpgradeStatus" => Ok(Value::strukt([
            ("generation", Value::Int(sup.generation() as i64)),
            ("upgrading", Value::Bool(sup.upgrade_requested())),
            ("last_error", Value::Str(sup.last_upgrade_error().into())),
        ])),
        _ => Err(fault(faults::UNKNOWN_METHOD, "")),
    };
    Outcome::Now(r)
}

/// Positional parameters, checked for their types.
pub(super) struct Params<'a>(pub(super) &'a [Value]);

impl Params<'_> {
    /// Parameter `i`; INCORRECT_PARAMETERS when missing.
    pub(super) fn get(&self, i: usize) -> Result<&Value, Fault> {
        self.0
            .get(i)
            .ok_or_else(|| fault(faults::INCORRECT_PARAMETERS, ""))
    }
    /// Parameter `i` as a string (an int is taken as its digits).
    pub(super) fn string(&self, i: usize) -> Result<String, Fault> {
        match self.get(i)? {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(n) => Ok(n.to_string()),
            _ => Err(fault(faults::INCORRECT_PARAMETERS, "")),
        }
    }
    /// Parameter `i` as an integer, the way Python's `int(x)` takes it.
    pub(super) fn int(&self, i: usize) -> Result<i64, Fault> {
        logs::int_param(self.get(i)?)
    }
    /// Optional boolean `wait` at position `i` (default true).
    pub(super) fn wait(&self, i: usize) -> Result<bool, Fault> {
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

/// Resolves a namespec: BAD_NAME for an unknown group or process.
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

/// A namespec that must name one process.
pub(super) fn process_index(sup: &Supervisor, spec: &str) -> Result<usize, Fault> {
    match resolve(sup, spec)? {
        Target::Process(i) => Ok(i),
        Target::Group(_) => Err(fault(faults::BAD_NAME, spec)),
    }
}
