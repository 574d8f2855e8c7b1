//! The JSON API under `/api/v1/`, a thin mapping onto `supervisor.*` calls:
//!
//! | Route | Call |
//! |---|---|
//! | `GET /api/v1/processes` | getAllProcessInfo |
//! | `GET /api/v1/processes/{ns}` | getProcessInfo |
//! | `POST /api/v1/processes/{ns}/start\|stop\|restart[?wait=false]` | start/stopProcess (`all` → *AllProcesses) |
//! | `POST /api/v1/processes/{ns}/signal/{SIG}` | signalProcess (`all` → signalAllProcesses) |
//! | `POST /api/v1/processes/{ns}/clear` | clearProcessLogs (`all` → clearAllProcessLogs) |
//! | `GET /api/v1/processes/{ns}/log?stream=stdout&offset=-1600&length=0` | readProcessStdout/StderrLog |
//! | `GET /api/v1/processes/{ns}/detail` | ours.getProcessDetail (state history, effective config) |
//! | `GET /api/v1/startup` | ours.getStartup (the startup timeline) |
//! | `GET /api/v1/metrics` | ours.getMetrics (with CPU and RSS) |
//! | `GET /api/v1/supervisor` | ours.getSupervisorInfo (plus the daemon's RSS and CPU) |
//! | `POST /api/v1/reload`, `POST /api/v1/shutdown` | restart, shutdown |
//!
//! Errors: `{"error":{"code":10,"name":"BAD_NAME","message":"BAD_NAME: x"}}` with 404 for
//! BAD_NAME, 409 for ALREADY_STARTED/NOT_RUNNING, 400 for bad arguments, 500 otherwise.
//! `{ns}` = `all` means every process; a program that is itself named `all` is addressed by
//! its full namespec `all:all`.

use super::request::Request;
use super::response::Response;
use super::rpc2::dispatch;
use super::step::Step;
use super::util::{percent_decode, query_param};
use crate::control::Reply;
use crate::rpc::{faults, Fault, Value};

/// The HTTP status for a fault.
pub fn fault_status(f: &Fault) -> u16 {
    match f.code {
        faults::BAD_NAME => 404,
        faults::ALREADY_STARTED | faults::NOT_RUNNING => 409,
        faults::BAD_ARGUMENTS | faults::INCORRECT_PARAMETERS | faults::BAD_SIGNAL => 400,
        faults::UNKNOWN_METHOD => 404,
        _ => 500,
    }
}

/// The JSON error body for a fault.
pub fn fault_json(f: &Fault) -> Value {
    let name = f.message.split(':').next().unwrap_or("").to_string();
    error_json(i64::from(f.code), &name, &f.message)
}

fn error_json(code: i64, name: &str, message: &str) -> Value {
    Value::strukt([(
        "error",
        Value::strukt([
            ("code", Value::Int(code)),
            ("name", Value::Str(name.into())),
            ("message", Value::Str(message.into())),
        ]),
    )])
}

fn reply(result: Reply) -> Response {
    match result {
        Ok(v) => Response::json(200, &v),
        Err(f) => Response::json(fault_status(&f), &fault_json(&f)),
    }
}

fn answer(step: Step<Reply>) -> Step<Response> {
    step.map(reply)
}

fn bad_request(msg: &str) -> Step<Response> {
    Step::Done(reply(Err(Fault::new(
        faults::BAD_ARGUMENTS,
        format!("BAD_ARGUMENTS: {msg}"),
    ))))
}

fn not_found() -> Step<Response> {
    Step::Done(Response::json(
        404,
        &error_json(0, "NOT_FOUND", "no such route"),
    ))
}

fn method_not_allowed() -> Step<Response> {
    Step::Done(Response::json(
        405,
        &error_json(0, "METHOD_NOT_ALLOWED", "wrong HTTP method for this route"),
    ))
}

/// Serves `/api/v1/...`.
pub(super) fn serve(rq: &Request) -> Step<Response> {
    let (path, query) = (rq.path(), rq.query());
    let rest = path.trim_start_matches("/api/v1/");
    let parts: Vec<String> = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let post = rq.method == "POST";
    let get = rq.method == "GET" || rq.method == "HEAD";
    let wait = query_param(query, "wait").is_none_or(|w| w != "false" && w != "0");
    let s = |v: &str| Value::Str(v.into());
    match parts.as_slice() {
        ["processes"] if get => answer(dispatch("ours.getAllProcessInfo", vec![])),
        ["processes", ns] if get => answer(dispatch("ours.getProcessInfo", vec![s(ns)])),
        ["processes", ns, action] if post => match process_action(ns, action, wait) {
            Some(step) => answer(step),
            None => not_found(),
        },
        ["processes", "all", "signal", sig] if post => {
            answer(dispatch("supervisor.signalAllProcesses", vec![s(sig)]))
        }
        ["processes", ns, "signal", sig] if post => {
            answer(dispatch("supervisor.signalProcess", vec![s(ns), s(sig)]))
        }
        ["processes", ns, "log"] if get => read_log(ns, query),
        ["processes", ns, "detail"] if get => {
            answer(dispatch("ours.getProcessDetail", vec![s(ns)]))
        }
        ["startup"] if get => answer(dispatch("ours.getStartup", vec![])),
        ["metrics"] if get => answer(dispatch("ours.getMetrics", vec![])),
        ["supervisor"] if get => answer(dispatch("ours.getSupervisorInfo", vec![]).map(|mut r| {
            // The daemon's own RSS and CPU, read here off the loop (usage.rs).
            if let (Ok(Value::Struct(m)), Some((cpu, rss))) = (&mut r, crate::usage::read("self")) {
                m.insert("cpu_seconds_total", Value::Double(cpu));
                m.insert("rss_bytes", Value::Int(rss.min(i64::MAX as u64) as i64));
            }
            r
        })),
        ["reload"] if post => answer(dispatch("supervisor.restart", vec![])),
        ["shutdown"] if post => answer(dispatch("supervisor.shutdown", vec![])),
        ["processes"]
        | ["processes", _]
        | ["processes", _, _]
        | ["processes", _, "signal", _]
        | ["reload"]
        | ["shutdown"]
        | ["startup"]
        | ["metrics"]
        | ["supervisor"] => method_not_allowed(),
        _ => not_found(),
    }
}

/// `start`, `stop`, `restart` or `clear` of one process, or of every process for `all`.
pub(super) fn process_action(ns: &str, action: &str, wait: bool) -> Option<Step<Reply>> {
    let name = Value::Str(ns.into());
    let all = ns == "all";
    let w = Value::Bool(wait);
    Some(match action {
        "start" if all => dispatch("supervisor.startAllProcesses", vec![w]),
        "start" => dispatch("supervisor.startProcess", vec![name, w]),
        "stop" if all => dispatch("supervisor.stopAllProcesses", vec![w]),
        "stop" => dispatch("supervisor.stopProcess", vec![name, w]),
        "clear" if all => dispatch("supervisor.clearAllProcessLogs", vec![]),
        "clear" => dispatch("supervisor.clearProcessLogs", vec![name]),
        "restart" => {
            let stopped = if all {
                dispatch("supervisor.stopAllProcesses", vec![Value::Bool(true)])
            } else {
                dispatch(
                    "supervisor.stopProcess",
                    vec![name.clone(), Value::Bool(true)],
                )
            };
            stopped.and_then(move |r| match r {
                Err(f) if f.code != faults::NOT_RUNNING => Step::Done(Err(f)),
                _ if all => dispatch("supervisor.startAllProcesses", vec![w]),
                _ => dispatch("supervisor.startProcess", vec![name, w]),
            })
        }
        _ => return None,
    })
}

fn read_log(ns: &str, query: &str) -> Step<Response> {
    let stream = query_param(query, "stream").unwrap_or_else(|| "stdout".into());
    let method = match stream.as_str() {
        "stdout" => "supervisor.readProcessStdoutLog",
        "stderr" => "supervisor.readProcessStderrLog",
        _ => return bad_request("stream must be stdout or stderr"),
    };
    let num = |key: &str, default: i64| match query_param(query, key) {
        None => Some(default),
        Some(v) if v.is_empty() => Some(default),
        Some(v) => v.parse::<i64>().ok(),
    };
    let (Some(offset), Some(length)) = (num("offset", -1600), num("length", 0)) else {
        return bad_request("offset and length must be integers");
    };
    let ns = ns.to_string();
    let params = vec![
        Value::Str(ns.clone()),
        Value::Int(offset),
        Value::Int(length),
    ];
    answer(dispatch(method, params).map(move |r| {
        r.map(|data| {
            Value::strukt([
                ("name", Value::Str(ns)),
                ("stream", Value::Str(stream)),
                ("data", data),
            ])
        })
    }))
}
