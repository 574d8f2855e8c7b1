//! REST routes of the Go port (ochinchina/supervisord) for tools written against it.
//! `{node}` segments are accepted and ignored (we have only the local node).
//!
//! | Route | Reply |
//! |---|---|
//! | `GET /program/list` | getAllProcessInfo as JSON |
//! | `GET /program/info/[{node}/]{name}` | getProcessInfo (500 `{"error": ..}` on fault) |
//! | `POST\|PUT /program/{start,stop,restart}/[{node}/]{name}` | `{"success": bool}` |
//! | `GET /program/log/[{node}/]{name}/{stdout,stderr}` | the whole log as text |
//! | `POST\|PUT /program/{startPrograms,stopPrograms}` | body `[{"node","program"}]`; text |
//! | `POST\|PUT /supervisor/[{node}/]{shutdown,reload}` | `{"success": bool}` |
//! | `GET /supervisor/{node}/ping` | `{"success": true}` |

use tiny_http::{Method, Request};

use super::rpc2::dispatch;
use super::server::Ctx;
use super::util::{percent_decode, read_body, respond, respond_json, respond_text};
use crate::rpc::{faults, Value};

fn success(rq: Request, ok: bool, status: u16) {
    respond_json(rq, status, &Value::strukt([("success", Value::Bool(ok))]));
}

/// Serves `/program/...` and `/supervisor/...`.
pub(super) fn serve(mut rq: Request, ctx: &Ctx, path: &str) {
    let parts: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let write = matches!(rq.method(), Method::Post | Method::Put);
    let get = rq.method() == &Method::Get;
    let h = &ctx.handle;
    let name_of = |v: &[&str]| Value::Str(v.last().copied().unwrap_or("").to_string());
    match parts.as_slice() {
        ["program", "list"] if get => match dispatch(h, "supervisor.getAllProcessInfo", vec![]) {
            Ok(v) => respond_json(rq, 200, &v),
            Err(f) => respond_json(rq, 500, &Value::strukt([("error", Value::Str(f.message))])),
        },
        ["program", "info", rest @ ..] if get && (1..=2).contains(&rest.len()) => {
            match dispatch(h, "supervisor.getProcessInfo", vec![name_of(rest)]) {
                Ok(v) => respond_json(rq, 200, &v),
                Err(f) => respond_json(rq, 500, &Value::strukt([("error", Value::Str(f.message))])),
            }
        }
        ["program", action @ ("start" | "stop" | "restart"), rest @ ..]
            if write && (1..=2).contains(&rest.len()) =>
        {
            let name = name_of(rest);
            let stop = || {
                dispatch(
                    h,
                    "supervisor.stopProcess",
                    vec![name.clone(), Value::Bool(true)],
                )
            };
            let start = || {
                dispatch(
                    h,
                    "supervisor.startProcess",
                    vec![name.clone(), Value::Bool(true)],
                )
            };
            match *action {
                "start" => success(rq, start().is_ok(), 200),
                "stop" => success(rq, stop().is_ok(), 200),
                _ => {
                    let stopped = !matches!(stop(), Err(f) if f.code != faults::NOT_RUNNING);
                    let ok = stopped && start().is_ok();
                    success(rq, ok, if ok { 200 } else { 500 })
                }
            }
        }
        ["program", "log", rest @ .., stream @ ("stdout" | "stderr")]
            if get && (1..=2).contains(&rest.len()) =>
        {
            let method = if *stream == "stdout" {
                "supervisor.readProcessStdoutLog"
            } else {
                "supervisor.readProcessStderrLog"
            };
            match dispatch(h, method, vec![name_of(rest), Value::Int(0), Value::Int(0)]) {
                Ok(Value::Str(s)) => respond(rq, 200, "text/plain; charset=utf-8", s),
                Ok(_) => respond_text(rq, 500, "unexpected reply"),
                Err(f) => respond_text(
                    rq,
                    if f.code == faults::BAD_NAME { 404 } else { 500 },
                    &f.message,
                ),
            }
        }
        ["program", batch @ ("startPrograms" | "stopPrograms")] if write => {
            let method = if *batch == "startPrograms" {
                "supervisor.startProcess"
            } else {
                "supervisor.stopProcess"
            };
            let body = match read_body(&mut rq, ctx.options.max_body) {
                Ok(b) => b,
                Err(status) => return respond_text(rq, status, "request body refused"),
            };
            let body = String::from_utf8(body)
                .ok()
                .and_then(|t| super::json::parse(&t).ok());
            let Some(Value::Array(items)) = body else {
                return respond_text(rq, 400, "not a valid request");
            };
            let mut out = String::new();
            for item in &items {
                let Some(program) = item_program(item) else {
                    return respond_text(rq, 400, "not a valid request");
                };
                let r = dispatch(
                    h,
                    method,
                    vec![Value::Str(program.clone()), Value::Bool(true)],
                );
                out.push_str(&match r {
                    Ok(_) => format!("{program}: OK\n"),
                    Err(f) => format!("{program}: {}\n", f.message),
                });
            }
            respond(rq, 200, "text/plain; charset=utf-8", out)
        }
        ["supervisor", rest @ .., action @ ("shutdown" | "reload")] if write && rest.len() <= 1 => {
            let method = if *action == "shutdown" {
                "supervisor.shutdown"
            } else {
                "supervisor.restart"
            };
            success(rq, dispatch(h, method, vec![]).is_ok(), 200)
        }
        ["supervisor", _node, "ping"] if get => success(rq, true, 200),
        _ => respond_text(rq, 404, "Not Found"),
    }
}

fn item_program(item: &Value) -> Option<String> {
    match item {
        Value::Struct(m) => m.get("program").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}
