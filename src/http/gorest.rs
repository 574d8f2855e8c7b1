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

use super::logfile::LogFile;
use super::request::Request;
use super::response::{Body, Response};
use super::rpc2::dispatch;
use super::step::Step;
use super::util::percent_decode;
use crate::rpc::{faults, Value};

fn success(ok: bool, status: u16) -> Response {
    Response::json(status, &Value::strukt([("success", Value::Bool(ok))]))
}

fn error(message: String) -> Response {
    Response::json(500, &Value::strukt([("error", Value::Str(message))]))
}

/// Serves `/program/...` and `/supervisor/...`.
pub(super) fn serve(rq: &Request) -> Step<Response> {
    let parts: Vec<String> = rq
        .path()
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let write = rq.method == "POST" || rq.method == "PUT";
    let get = rq.method == "GET" || rq.method == "HEAD";
    let name_of = |v: &[&str]| Value::Str(v.last().copied().unwrap_or("").to_string());
    match parts.as_slice() {
        ["program", "list"] if get => {
            dispatch("supervisor.getAllProcessInfo", vec![]).map(|r| match r {
                Ok(v) => Response::json(200, &v),
                Err(f) => error(f.message),
            })
        }
        ["program", "info", rest @ ..] if get && (1..=2).contains(&rest.len()) => {
            dispatch("supervisor.getProcessInfo", vec![name_of(rest)]).map(|r| match r {
                Ok(v) => Response::json(200, &v),
                Err(f) => error(f.message),
            })
        }
        ["program", action @ ("start" | "stop" | "restart"), rest @ ..]
            if write && (1..=2).contains(&rest.len()) =>
        {
            let name = name_of(rest);
            let stop = {
                let name = name.clone();
                move || dispatch("supervisor.stopProcess", vec![name, Value::Bool(true)])
            };
            let start = move || dispatch("supervisor.startProcess", vec![name, Value::Bool(true)]);
            match *action {
                "start" => start().map(|r| success(r.is_ok(), 200)),
                "stop" => stop().map(|r| success(r.is_ok(), 200)),
                _ => stop().and_then(move |r| {
                    if matches!(r, Err(f) if f.code != faults::NOT_RUNNING) {
                        return Step::Done(success(false, 500));
                    }
                    start().map(|r| match r {
                        Ok(_) => success(true, 200),
                        Err(_) => success(false, 500),
                    })
                }),
            }
        }
        ["program", "log", rest @ .., stream @ ("stdout" | "stderr")]
            if get && (1..=2).contains(&rest.len()) =>
        {
            whole_log(name_of(rest), stream)
        }
        ["program", batch @ ("startPrograms" | "stopPrograms")] if write => batch_programs(
            if *batch == "startPrograms" {
                "supervisor.startProcess"
            } else {
                "supervisor.stopProcess"
            },
            &rq.body,
        ),
        ["supervisor", rest @ .., action @ ("shutdown" | "reload")] if write && rest.len() <= 1 => {
            let method = if *action == "shutdown" {
                "supervisor.shutdown"
            } else {
                "supervisor.restart"
            };
            dispatch(method, vec![]).map(|r| success(r.is_ok(), 200))
        }
        ["supervisor", _node, "ping"] if get => Step::Done(success(true, 200)),
        _ => Step::Done(Response::text(404, "Not Found")),
    }
}

/// The whole log as text, read from its file in bounded chunks as the client takes them.
fn whole_log(name: Value, stream: &str) -> Step<Response> {
    let params = vec![name, Value::Str(stream.into())];
    dispatch("ours.logPath", params).map(|r| match r {
        Ok(Value::Str(path)) => match LogFile::open(&path, 0) {
            Some(file) => Response {
                status: 200,
                headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
                body: Body::Stream(Box::new(file)),
                close: true,
            },
            // Python answers NO_FILE for a log that was never written.
            None => Response::text(500, &format!("NO_FILE: {path}")),
        },
        Ok(_) => Response::text(500, "unexpected reply"),
        Err(f) => Response::text(
            if f.code == faults::BAD_NAME { 404 } else { 500 },
            &f.message,
        ),
    })
}

/// `startPrograms` / `stopPrograms`: body `[{"node", "program"}]`, one line per program.
fn batch_programs(method: &'static str, body: &[u8]) -> Step<Response> {
    let body = std::str::from_utf8(body)
        .ok()
        .and_then(|t| super::json::parse(t).ok());
    let Some(Value::Array(items)) = body else {
        return Step::Done(Response::text(400, "not a valid request"));
    };
    let Some(programs) = items.iter().map(item_program).collect::<Option<Vec<_>>>() else {
        return Step::Done(Response::text(400, "not a valid request"));
    };
    run_batch(method, programs.into_iter(), String::new())
}

fn run_batch(
    method: &'static str,
    mut rest: std::vec::IntoIter<String>,
    mut out: String,
) -> Step<Response> {
    let Some(program) = rest.next() else {
        return Step::Done(Response::new(200, "text/plain; charset=utf-8", out));
    };
    let params = vec![Value::Str(program.clone()), Value::Bool(true)];
    dispatch(method, params).and_then(move |r| {
        out.push_str(&match r {
            Ok(_) => format!("{program}: OK\n"),
            Err(f) => format!("{program}: {}\n", f.message),
        });
        run_batch(method, rest, out)
    })
}

fn item_program(item: &Value) -> Option<String> {
    match item {
        Value::Struct(m) => m.get("program").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}
