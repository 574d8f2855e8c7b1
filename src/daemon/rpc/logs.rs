//! Log methods of the loop: the main log (`readLog`, `clearLog`),
//! child logs (`readProcess*Log`, `tailProcess*Log`, `clearProcessLogs`,
//! `clearAllProcessLogs`), `ours.logPath`, and `ours.waitLog`, whose waiting is in
//! `daemon::logwait`.
//!
//! Reads go to the log FILES, as Python's `readFile`/`tailFile` do. Log bytes are sent as
//! XML-RPC strings; Python fails the whole call on non-UTF-8 data (HTTP 500), we replace
//! such bytes with U+FFFD instead.

use std::path::PathBuf;
use std::time::Instant;

use super::{fault, process_index, Outcome, Params};
use crate::config::LogLevel;
use crate::control::Reply;
use crate::daemon::logwait::{self, main_log_path, target_path, text, LogTarget};
use crate::daemon::replies::process_result;
use crate::daemon::supervisor::Supervisor;
use crate::daemon::waiters::WaitKind;
use crate::logging::{emit, readlog, Channel, ReadError};
use crate::rpc::{faults, Fault, Value};

/// An integer parameter the way Python's `int(x)` takes it (ints, numeric strings, floats
/// truncated). Python answers HTTP 500 for anything else; we fault INCORRECT_PARAMETERS.
pub(super) fn int_param(v: &Value) -> Result<i64, Fault> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Str(s) => s
            .trim()
            .parse()
            .map_err(|_| fault(faults::INCORRECT_PARAMETERS, "")),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Double(d) if d.is_finite() => Ok(d.trunc() as i64),
        _ => Err(fault(faults::INCORRECT_PARAMETERS, "")),
    }
}

fn read_fault(e: ReadError, path: Option<&PathBuf>) -> Fault {
    match e {
        ReadError::NoFile => match path {
            Some(p) => fault(faults::NO_FILE, &p.display().to_string()),
            None => fault(faults::NO_FILE, ""),
        },
        ReadError::BadArguments => fault(faults::BAD_ARGUMENTS, ""),
        ReadError::Failed => fault(faults::FAILED, ""),
        ReadError::TooLarge(n) => fault(
            faults::FAILED,
            &format!(
                "{n} bytes asked for, over the {} MiB one read returns: read the log in parts",
                readlog::READ_MAX >> 20
            ),
        ),
    }
}

/// `readLog(offset, length)` (alias readMainLog).
pub(super) fn read_main_log(sup: &Supervisor, p: &Params) -> Reply {
    let (offset, length) = (p.int(0)?, p.int(1)?);
    let path = main_log_path(sup);
    readlog::read_file(path.as_deref(), offset, length)
        .map(text)
        .map_err(|e| read_fault(e, path.as_ref()))
}

/// `clearLog()`: logs `reopening log file` (into the old file, as Python), then removes
/// the main log and opens it again empty.
pub(super) fn clear_main_log(sup: &Supervisor) -> Reply {
    let (Some(handle), Some(path)) = (sup.mainlog(), main_log_path(sup)) else {
        return Err(fault(faults::NO_FILE, ""));
    };
    if !path.exists() {
        return Err(fault(faults::NO_FILE, ""));
    }
    emit(LogLevel::Info, "reopening log file");
    handle
        .clear()
        .map(|_| Value::Bool(true))
        .map_err(|_| fault(faults::FAILED, ""))
}

/// `readProcessStdoutLog` / `readProcessStderrLog(name, offset, length)`.
pub(super) fn read_process_log(sup: &Supervisor, p: &Params, channel: Channel) -> Reply {
    let name = p.string(0)?;
    let (offset, length) = (p.int(1)?, p.int(2)?);
    let idx = process_index(sup, &name)?;
    let outputs = &sup.procs()[idx].outputs;
    let path = outputs.logfile(channel);
    let read = outputs.read(channel, offset, length);
    read.map(text).map_err(|e| read_fault(e, path.as_ref()))
}

/// `tailProcessStdoutLog` / `tailProcessStderrLog(name, offset, length)` →
/// `[bytes, offset, overflow]`.
pub(super) fn tail_process_log(sup: &Supervisor, p: &Params, channel: Channel) -> Reply {
    let name = p.string(0)?;
    let (offset, length) = (p.int(1)?, p.int(2)?);
    let idx = process_index(sup, &name)?;
    let outputs = &sup.procs()[idx].outputs;
    let tail = outputs.tail(channel, offset, length);
    Ok(Value::Array(vec![
        text(tail.data),
        Value::Int(tail.offset),
        Value::Bool(tail.overflow),
    ]))
}

/// `clearProcessLogs(name)` (alias clearProcessLog): truncates both logs (remove + reopen).
pub(super) fn clear_process_logs(sup: &mut Supervisor, p: &Params) -> Reply {
    let name = p.string(0)?;
    let idx = process_index(sup, &name)?;
    if !sup.clear_logs(idx) {
        return Err(fault(faults::FAILED, &name));
    }
    Ok(Value::Bool(true))
}

/// `clearAllProcessLogs()`: a result struct per process, in start (priority) order.
pub(super) fn clear_all_process_logs(sup: &mut Supervisor) -> Value {
    let mut results = Vec::new();
    for idx in 0..sup.procs().len() {
        results.push(if sup.clear_logs(idx) {
            process_result(sup, idx, faults::SUCCESS, "OK")
        } else {
            let name = sup.procs()[idx].namespec();
            let f = fault(faults::FAILED, &name);
            process_result(sup, idx, f.code, &f.message)
        });
    }
    Value::Array(results)
}

/// `ours.waitLog(name, stream, offset, timeout_ms)` (contract in `rpc::methods`).
pub(super) fn wait_log(sup: &Supervisor, p: &Params, now: Instant) -> Outcome {
    match start_wait(sup, p, now) {
        Ok(Ok(v)) => Outcome::Now(Ok(v)),
        Ok(Err(w)) => Outcome::Later(WaitKind::Log(w)),
        Err(f) => Outcome::Now(Err(f)),
    }
}

/// The parameters of a waitLog checked, then its answer now or the wait to park.
fn start_wait(
    sup: &Supervisor,
    p: &Params,
    now: Instant,
) -> Result<Result<Value, logwait::LogWait>, Fault> {
    let name = p.string(0)?;
    let stream = p.string(1)?;
    let offset = p.int(2)?;
    let timeout = p.int(3)?.max(0) as u64;
    let target = log_target(sup, &name, &stream)?;
    logwait::start(sup, target, offset, timeout, now)
}

/// What `stream` (`stdout`, `stderr` or `main`) of `name` refers to.
fn log_target(sup: &Supervisor, name: &str, stream: &str) -> Result<LogTarget, Fault> {
    Ok(match stream {
        "main" => LogTarget::Main,
        "stdout" | "stderr" => {
            let idx = process_index(sup, name)?;
            let c = &sup.procs()[idx].config;
            LogTarget::Process {
                group: c.group.clone(),
                name: c.name.clone(),
                spec: name.to_string(),
                channel: if stream == "stdout" {
                    Channel::Stdout
                } else {
                    Channel::Stderr
                },
            }
        }
        _ => return Err(fault(faults::BAD_ARGUMENTS, stream)),
    })
}

/// `ours.logPath(name, stream)`: the file a log stream is written to, so that the HTTP
/// thread can stream a whole log in bounded chunks without the loop reading it.
pub(super) fn log_path(sup: &Supervisor, p: &Params) -> Reply {
    let name = p.string(0)?;
    let stream = p.string(1)?;
    let target = log_target(sup, &name, &stream)?;
    Ok(Value::Str(target_path(sup, &target)?.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_params_like_python_int() {
        assert_eq!(int_param(&Value::Int(-3)), Ok(-3));
        assert_eq!(int_param(&Value::Str("12".into())), Ok(12));
        assert_eq!(int_param(&Value::Double(1.9)), Ok(1));
        assert_eq!(int_param(&Value::Str("x".into())).unwrap_err().code, 2);
    }
}
