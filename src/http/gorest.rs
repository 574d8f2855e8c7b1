//! REST routes of the Go port (ochinchina/supervisord) for tools written against it.
//! A `{node}` that names one of `[inet_http_server] remotes` sends the request on to that
//! node (`nodes.rs`); any other `{node}` means this node.
//!
//! | Route | Reply |
//! |---|---|
//! | `GET /program/list` | getAllProcessInfo as JSON |
//! | `GET /program/info/[{node}/]{name}` | getProcessInfo (500 `{"error": ..}` on fault) |
//! | `POST\|PUT /program/{start,stop,restart}/[{node}/]{name}` | `{"success": bool}` |
//! | `GET /program/log/[{node}/]{name}/{stdout,stderr}` | the whole log as text |
//! | `POST\|PUT /program/{startPrograms,stopPrograms}` | body `[{"node","program"}]`; text |
//! | `POST\|PUT /supervisor/[{node}/]{shutdown,reload}` | `{"success": bool}` |
//! | `GET /supervisor/{node}/ping` | `{"success": bool}` |
//! | `GET /supervisor/listNodes` | this node and the remote ones (`nodes.rs`) |

use std::rc::Rc;

use super::logfile::LogFile;
use super::nodes;
use super::request::Request;
use super::response::{Body, Response};
use super::rpc2::dispatch;
use super::step::Step;
use super::util::percent_decode;
use crate::config::model::Nodes;
use crate::rpc::{faults, Value};

fn success(ok: bool, status: u16) -> Response {
    Response::json(status, &Value::strukt([("success", Value::Bool(ok))]))
}

fn error(message: String) -> Response {
    Response::json(500, &Value::strukt([("error", Value::Str(message))]))
}

/// Serves `/program/...` and `/supervisor/...`.
pub(super) fn serve(rq: &Request, nodes: &Rc<Nodes>) -> Step<Response> {
    match remote_route(rq, nodes) {
        Some(step) => step,
        None => serve_local(rq, nodes),
    }
}

/// A route whose `{node}` is a remote one: forwarded (ping: asked) there.
fn remote_route(rq: &Request, nodes: &Nodes) -> Option<Step<Response>> {
    if rq.header(super::remote::HOP_HEADER).is_some() {
        return None;
    }
    let parts: Vec<&str> = rq.path().split('/').filter(|s| !s.is_empty()).collect();
    let write = rq.method == "POST" || rq.method == "PUT";
    let get = rq.method == "GET" || rq.method == "HEAD";
    let (node, method) = match parts.as_slice() {
        ["program", "info", node, _] if get => (node, "GET"),
        ["program", "start" | "stop" | "restart", node, _] if write => (node, "POST"),
        ["program", "log", node, _, "stdout" | "stderr"] if get => (node, "GET"),
        ["supervisor", node, "shutdown" | "reload"] if write => (node, "POST"),
        ["supervisor", node, "ping"] if get => {
            let r = nodes::remote(nodes, &percent_decode(node, false))?;
            return Some(nodes::ping(nodes, r, rq.path()));
        }
        _ => return None,
    };
    let r = nodes::remote(nodes, &percent_decode(node, false))?;
    Some(nodes::forward(nodes, r, method, rq.path()))
}

fn serve_local(rq: &Request, nodes: &Rc<Nodes>) -> Step<Response> {
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
        ["program", "list"] if get => nodes::program_list(nodes, rq.query()),
        ["supervisor", "listNodes"] if get => nodes::list_nodes(nodes, rq.query()),
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
        ["program", batch @ ("startPrograms" | "stopPrograms")] if write => {
            batch_programs(*batch == "startPrograms", &rq.body, nodes.clone())
        }
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

/// `startPrograms` / `stopPrograms`: body `[{"node", "program"}]`, one line per program;
/// an item whose `node` is a remote one is started or stopped there.
fn batch_programs(start: bool, body: &[u8], nodes: Rc<Nodes>) -> Step<Response> {
    let body = std::str::from_utf8(body)
        .ok()
        .and_then(|t| super::json::parse(t).ok());
    let Some(Value::Array(items)) = body else {
        return Step::Done(Response::text(400, "not a valid request"));
    };
    let Some(programs) = items.iter().map(item_program).collect::<Option<Vec<_>>>() else {
        return Step::Done(Response::text(400, "not a valid request"));
    };
    run_batch(start, programs.into_iter(), String::new(), nodes)
}

fn run_batch(
    start: bool,
    mut rest: std::vec::IntoIter<(String, String)>,
    mut out: String,
    nodes: Rc<Nodes>,
) -> Step<Response> {
    let Some((node, program)) = rest.next() else {
        return Step::Done(Response::new(200, "text/plain; charset=utf-8", out));
    };
    let one = match nodes::remote(&nodes, &node) {
        Some(r) => {
            let action = if start { "start" } else { "stop" };
            let path = format!(
                "/program/{action}/{}/{}",
                nodes::encode_segment(&node),
                nodes::encode_segment(&program)
            );
            let failed = format!("failed on node {node}");
            nodes::forward(&nodes, r, "POST", &path).map(move |resp| {
                let ok = super::json::parse(resp.body_text().trim())
                    .ok()
                    .and_then(|v| match v {
                        Value::Struct(m) => m.get("success").and_then(Value::as_bool),
                        _ => None,
                    })
                    .unwrap_or(false);
                if ok {
                    Ok(())
                } else {
                    Err(failed)
                }
            })
        }
        None => {
            let method = if start {
                "supervisor.startProcess"
            } else {
                "supervisor.stopProcess"
            };
            let params = vec![Value::Str(program.clone()), Value::Bool(true)];
            dispatch(method, params).map(|r| r.map(|_| ()).map_err(|f| f.message))
        }
    };
    one.and_then(move |r| {
        out.push_str(&match r {
            Ok(()) => format!("{program}: OK\n"),
            Err(m) => format!("{program}: {m}\n"),
        });
        run_batch(start, rest, out, nodes)
    })
}

/// `(node, program)` of a body item; `node` may be missing (this node).
fn item_program(item: &Value) -> Option<(String, String)> {
    match item {
        Value::Struct(m) => {
            let program = m.get("program").and_then(Value::as_str)?.to_string();
            let node = m.get("node").and_then(Value::as_str).unwrap_or("");
            Some((node.to_string(), program))
        }
        _ => None,
    }
}
