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
//! | `POST /api/v1/reload`, `POST /api/v1/shutdown` | restart, shutdown |
//!
//! Errors: `{"error":{"code":10,"name":"BAD_NAME","message":"BAD_NAME: x"}}` with 404 for
//! BAD_NAME, 409 for ALREADY_STARTED/NOT_RUNNING, 400 for bad arguments, 500 otherwise.

use tiny_http::{Method, Request};

use super::rpc2::dispatch;
use super::server::Ctx;
use super::util::{percent_decode, query_param, respond_json};
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
    Value::strukt([(
        "error",
        Value::strukt([
            ("code", Value::Int(i64::from(f.code))),
            ("name", Value::Str(name)),
            ("message", Value::Str(f.message.clone())),
        ]),
    )])
}

fn reply(rq: Request, result: Result<Value, Fault>) {
    match result {
        Ok(v) => respond_json(rq, 200, &v),
        Err(f) => respond_json(rq, fault_status(&f), &fault_json(&f)),
    }
}

fn bad_request(rq: Request, msg: &str) {
    reply(
        rq,
        Err(Fault::new(
            faults::BAD_ARGUMENTS,
            format!("BAD_ARGUMENTS: {msg}"),
        )),
    );
}

fn not_found(rq: Request) {
    let body = Value::strukt([(
        "error",
        Value::strukt([
            ("code", Value::Int(0)),
            ("name", Value::Str("NOT_FOUND".into())),
            ("message", Value::Str("no such route".into())),
        ]),
    )]);
    respond_json(rq, 404, &body);
}

fn method_not_allowed(rq: Request) {
    let body = Value::strukt([(
        "error",
        Value::strukt([
            ("code", Value::Int(0)),
            ("name", Value::Str("METHOD_NOT_ALLOWED".into())),
            (
                "message",
                Value::Str("wrong HTTP method for this route".into()),
            ),
        ]),
    )]);
    respond_json(rq, 405, &body);
}

/// Serves `/api/v1/...`.
pub(super) fn serve(rq: Request, ctx: &Ctx, path: &str, query: &str) {
    let rest = path.trim_start_matches("/api/v1/");
    let parts: Vec<String> = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let post = rq.method() == &Method::Post;
    let get = rq.method() == &Method::Get;
    let h = &ctx.handle;
    let wait = query_param(query, "wait").is_none_or(|w| w != "false" && w != "0");
    match parts.as_slice() {
        ["processes"] if get => reply(rq, dispatch(h, "supervisor.getAllProcessInfo", vec![])),
        ["processes", ns] if get => reply(
            rq,
            dispatch(
                h,
                "supervisor.getProcessInfo",
                vec![Value::Str((*ns).into())],
            ),
        ),
        ["processes", ns, action] if post => {
            let result = process_action(ctx, ns, action, wait);
            match result {
                Some(r) => reply(rq, r),
                None => not_found(rq),
            }
        }
        ["processes", ns, "signal", sig] if post => {
            let result = if *ns == "all" {
                dispatch(
                    h,
                    "supervisor.signalAllProcesses",
                    vec![Value::Str((*sig).into())],
                )
            } else {
                dispatch(
                    h,
                    "supervisor.signalProcess",
                    vec![Value::Str((*ns).into()), Value::Str((*sig).into())],
                )
            };
            reply(rq, result)
        }
        ["processes", ns, "log"] if get => read_log(rq, ctx, ns, query),
        ["reload"] if post => reply(rq, dispatch(h, "supervisor.restart", vec![])),
        ["shutdown"] if post => reply(rq, dispatch(h, "supervisor.shutdown", vec![])),
        ["processes"]
        | ["processes", _]
        | ["processes", _, _]
        | ["processes", _, "signal", _]
        | ["reload"]
        | ["shutdown"] => method_not_allowed(rq),
        _ => not_found(rq),
    }
}

fn process_action(ctx: &Ctx, ns: &str, action: &str, wait: bool) -> Option<Result<Value, Fault>> {
    let h = &ctx.handle;
    let name = Value::Str(ns.into());
    let all = ns == "all";
    let w = Value::Bool(wait);
    Some(match action {
        "start" if all => dispatch(h, "supervisor.startAllProcesses", vec![w]),
        "start" => dispatch(h, "supervisor.startProcess", vec![name, w]),
        "stop" if all => dispatch(h, "supervisor.stopAllProcesses", vec![w]),
        "stop" => dispatch(h, "supervisor.stopProcess", vec![name, w]),
        "clear" if all => dispatch(h, "supervisor.clearAllProcessLogs", vec![]),
        "clear" => dispatch(h, "supervisor.clearProcessLogs", vec![name]),
        "restart" => {
            let stopped = if all {
                dispatch(h, "supervisor.stopAllProcesses", vec![Value::Bool(true)])
            } else {
                dispatch(
                    h,
                    "supervisor.stopProcess",
                    vec![name.clone(), Value::Bool(true)],
                )
            };
            match stopped {
                Err(f) if f.code != faults::NOT_RUNNING => Err(f),
                _ if all => dispatch(h, "supervisor.startAllProcesses", vec![w]),
                _ => dispatch(h, "supervisor.startProcess", vec![name, w]),
            }
        }
        _ => return None,
    })
}

fn read_log(rq: Request, ctx: &Ctx, ns: &str, query: &str) {
    let stream = query_param(query, "stream").unwrap_or_else(|| "stdout".into());
    let method = match stream.as_str() {
        "stdout" => "supervisor.readProcessStdoutLog",
        "stderr" => "supervisor.readProcessStderrLog",
        _ => return bad_request(rq, "stream must be stdout or stderr"),
    };
    let num = |key: &str, default: i64| match query_param(query, key) {
        None => Some(default),
        Some(v) if v.is_empty() => Some(default),
        Some(v) => v.parse::<i64>().ok(),
    };
    let (Some(offset), Some(length)) = (num("offset", -1600), num("length", 0)) else {
        return bad_request(rq, "offset and length must be integers");
    };
    let result = dispatch(
        &ctx.handle,
        method,
        vec![
            Value::Str(ns.into()),
            Value::Int(offset),
            Value::Int(length),
        ],
    )
    .map(|data| {
        Value::strukt([
            ("name", Value::Str(ns.into())),
            ("stream", Value::Str(stream.clone())),
            ("data", data),
        ])
    });
    reply(rq, result)
}
