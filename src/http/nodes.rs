//! The Go port's multi-node routes: this node and the `remotes` of `[inet_http_server]`.
//!
//! | Route | Reply |
//! |---|---|
//! | `GET /supervisor/listNodes` | `[{name, status: ONLINE\|OFFLINE, cpu_percent, mem_total, mem_used, mem_used_percent, address, local, error?}]` |
//! | `GET /program/list[?node=N\|?self=1]` | every node's processes, each with `node` (`self=1`: this node's only) |
//! | a Go route with a `{node}` that names a remote | forwarded to that node as it came, with its credentials |
//!
//! Every remote request runs in the HTTP thread's poll loop with the `remotes_timeout`
//! deadline (`remote.rs`); the requests of one answer run at once, so an unreachable node
//! costs at most one timeout and never holds up other requests.

use std::rc::Rc;

use super::remote::Outgoing;
use super::response::Response;
use super::rpc2::dispatch;
use super::step::{fetch, Step};
use super::util::query_param;
use crate::config::model::{Nodes, RemoteNode};
use crate::control::Reply;
use crate::rpc::{Fault, Value};

/// The remote named `node`, if it is one (another `{node}` means this node).
pub(super) fn remote<'a>(nodes: &'a Nodes, node: &str) -> Option<&'a RemoteNode> {
    nodes.remotes.iter().find(|r| r.name == node)
}

/// A path segment percent-encoded (all but unreserved characters and `:`).
pub(super) fn encode_segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn outgoing(nodes: &Nodes, r: &RemoteNode, method: &'static str, path: String) -> Outgoing {
    Outgoing {
        addr: r.addr,
        auth: r.username.clone().zip(r.password.clone()),
        method,
        path,
        timeout: nodes.timeout,
    }
}

/// The body of a remote's 2xx answer, or why there is none.
fn ok_body(reply: Reply) -> Result<String, String> {
    let v = reply.map_err(|f: Fault| f.message)?;
    let status = field(&v, "status").and_then(Value::as_int).unwrap_or(0);
    let body = field(&v, "body")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if (200..300).contains(&status) {
        Ok(body)
    } else {
        Err(format!("answered {status}"))
    }
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(key),
        _ => None,
    }
}

fn parse_json(body: &str) -> Option<Value> {
    super::json::parse(body.trim()).ok()
}

/// A request with a remote `{node}`, passed on as it came; the remote's answer, or `502`.
pub(super) fn forward(
    nodes: &Nodes,
    r: &RemoteNode,
    method: &'static str,
    path: &str,
) -> Step<Response> {
    fetch(
        vec![outgoing(nodes, r, method, path.to_string())],
        |mut replies| {
            Step::Done(match replies.pop() {
                Some(Ok(v)) => {
                    let status = field(&v, "status").and_then(Value::as_int).unwrap_or(502);
                    if status == 401 {
                        // Not the browser's to answer: the node refused our credentials.
                        return Step::Done(unreachable_node(
                            "the node refused the configured credentials (401)",
                        ));
                    }
                    let ct = field(&v, "content_type")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    let body = field(&v, "body").and_then(Value::as_str).unwrap_or("");
                    let ct = if ct.is_empty() {
                        "text/plain; charset=utf-8"
                    } else {
                        ct
                    };
                    Response::new(status as u16, ct, body.to_string())
                }
                Some(Err(f)) => unreachable_node(&f.message),
                None => unreachable_node("no answer"),
            })
        },
    )
}

fn unreachable_node(why: &str) -> Response {
    Response::json(
        502,
        &Value::strukt([
            ("success", Value::Bool(false)),
            ("error", Value::Str(why.to_string())),
        ]),
    )
}

/// `/supervisor/{node}/ping` for a remote node: `{"success": bool}`.
pub(super) fn ping(nodes: &Nodes, r: &RemoteNode, path: &str) -> Step<Response> {
    fetch(
        vec![outgoing(nodes, r, "GET", path.to_string())],
        |mut replies| {
            let up = replies
                .pop()
                .ok_or_else(String::new)
                .and_then(ok_body)
                .ok()
                .and_then(|b| parse_json(&b))
                .and_then(|v| field(&v, "success").and_then(Value::as_bool))
                .unwrap_or(false);
            Step::Done(Response::json(
                200,
                &Value::strukt([("success", Value::Bool(up))]),
            ))
        },
    )
}

/// `/supervisor/listNodes`: this node, then every remote as it reports itself (`OFFLINE`
/// when it does not answer in time).
pub(super) fn list_nodes(nodes: &Rc<Nodes>, query: &str) -> Step<Response> {
    let local = local_node(&nodes.nodename);
    if query_param(query, "self").is_some() || nodes.remotes.is_empty() {
        return Step::Done(Response::json(200, &Value::Array(vec![local])));
    }
    let requests = nodes
        .remotes
        .iter()
        .map(|r| outgoing(nodes, r, "GET", "/supervisor/listNodes?self=1".into()))
        .collect();
    let nodes = nodes.clone();
    fetch(requests, move |replies| {
        let mut all = vec![local];
        for (r, reply) in nodes.remotes.iter().zip(replies) {
            all.push(remote_node(r, reply));
        }
        all.sort_by(|a, b| name_of(a).cmp(name_of(b)));
        Step::Done(Response::json(200, &Value::Array(all)))
    })
}

fn name_of(v: &Value) -> &str {
    field(v, "name").and_then(Value::as_str).unwrap_or("")
}

fn node_entry(
    name: &str,
    online: bool,
    address: String,
    local: bool,
) -> Vec<(&'static str, Value)> {
    vec![
        ("name", Value::Str(name.to_string())),
        (
            "status",
            Value::Str(if online { "ONLINE" } else { "OFFLINE" }.into()),
        ),
        ("cpu_percent", Value::Double(0.0)),
        ("mem_total", Value::Int(0)),
        ("mem_used", Value::Double(0.0)),
        ("mem_used_percent", Value::Double(0.0)),
        ("address", Value::Str(address)),
        ("local", Value::Bool(local)),
    ]
}

/// This node, with the machine's memory from `/proc/meminfo`.
fn local_node(name: &str) -> Value {
    let mut e = node_entry(name, true, String::new(), true);
    if let Some((total, available)) = meminfo() {
        let used = total.saturating_sub(available);
        e[3].1 = Value::Int(total as i64);
        e[4].1 = Value::Double(used as f64);
        e[5].1 = Value::Double(if total > 0 {
            used as f64 * 100.0 / total as f64
        } else {
            0.0
        });
    }
    Value::strukt(e)
}

/// `(MemTotal, MemAvailable)` in bytes.
fn meminfo() -> Option<(u64, u64)> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kb = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .map(|k| k * 1024)
    };
    Some((kb("MemTotal:")?, kb("MemAvailable:")?))
}

/// A remote's entry from its own `listNodes` answer (named as `remotes` names it).
fn remote_node(r: &RemoteNode, reply: Reply) -> Value {
    let address = r.addr.to_string();
    let reported = ok_body(reply).and_then(|b| {
        let list = match parse_json(&b) {
            Some(Value::Array(items)) => items,
            _ => return Err("not a node list".to_string()),
        };
        let mine = list.iter().position(|v| name_of(v) == r.name).unwrap_or(0);
        list.into_iter()
            .nth(mine)
            .ok_or_else(|| "empty node list".to_string())
    });
    match reported {
        Ok(Value::Struct(mut m)) => {
            m.insert("name", Value::Str(r.name.clone()));
            m.insert("status", Value::Str("ONLINE".into()));
            m.insert("address", Value::Str(address));
            m.insert("local", Value::Bool(false));
            Value::Struct(m)
        }
        Ok(_) => Value::strukt(node_entry(&r.name, false, address, false)),
        Err(why) => {
            let mut e = node_entry(&r.name, false, address, false);
            e.push(("error", Value::Str(why)));
            Value::strukt(e)
        }
    }
}

/// `/program/list`: this node's processes and every remote's, each with its `node`;
/// `?self=1` this node's only, `?node=N` node N's only.
pub(super) fn program_list(nodes: &Rc<Nodes>, query: &str) -> Step<Response> {
    let only = query_param(query, "node");
    let local_only =
        query_param(query, "self").is_some() || only.as_deref() == Some(nodes.nodename.as_str());
    let remotes: Vec<RemoteNode> = if local_only {
        Vec::new()
    } else {
        nodes
            .remotes
            .iter()
            .filter(|r| only.as_deref().is_none_or(|n| n == r.name))
            .cloned()
            .collect()
    };
    if only.is_some() && !local_only && remotes.is_empty() {
        return Step::Done(Response::json(
            404,
            &Value::strukt([("error", Value::Str("no such node".into()))]),
        ));
    }
    let with_local = only.is_none() || local_only;
    let requests: Vec<Outgoing> = remotes
        .iter()
        .map(|r| outgoing(nodes, r, "GET", "/program/list?self=1".into()))
        .collect();
    let name = nodes.nodename.clone();
    let local = if with_local {
        dispatch("supervisor.getAllProcessInfo", vec![]).map(move |r| match r {
            Ok(Value::Array(items)) => Ok(tag(items, &name)),
            Ok(_) => Err("unexpected reply".to_string()),
            Err(f) => Err(f.message),
        })
    } else {
        Step::Done(Ok(Vec::new()))
    };
    local.and_then(move |local| match local {
        Err(m) => Step::Done(Response::json(
            500,
            &Value::strukt([("error", Value::Str(m))]),
        )),
        Ok(mut all) if requests.is_empty() => {
            sort_programs(&mut all);
            Step::Done(Response::json(200, &Value::Array(all)))
        }
        Ok(mut all) => fetch(requests, move |replies| {
            for (r, reply) in remotes.iter().zip(replies) {
                if let Some(Value::Array(items)) = ok_body(reply).ok().and_then(|b| parse_json(&b))
                {
                    all.extend(tag(items, &r.name));
                }
            }
            sort_programs(&mut all);
            Step::Done(Response::json(200, &Value::Array(all)))
        }),
    })
}

/// Sets every item's `node`.
fn tag(items: Vec<Value>, node: &str) -> Vec<Value> {
    items
        .into_iter()
        .map(|mut v| {
            if let Value::Struct(m) = &mut v {
                m.insert("node", Value::Str(node.to_string()));
            }
            v
        })
        .collect()
}

/// By node, then group and name (the Go port sorts by node/name).
fn sort_programs(all: &mut [Value]) {
    let key = |v: &Value| {
        let s = |k| {
            field(v, k)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        (s("node"), s("group"), s("name"))
    };
    all.sort_by_key(key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unanswering_remote_is_offline_with_its_reason() {
        let r = RemoteNode {
            name: "n2".into(),
            addr: "127.0.0.1:9".parse().expect("addr"),
            username: None,
            password: None,
        };
        let down = remote_node(&r, Err(Fault::new(2, "FAILED: no answer in time")));
        assert_eq!(field(&down, "status"), Some(&Value::Str("OFFLINE".into())));
        assert!(field(&down, "error")
            .and_then(Value::as_str)
            .is_some_and(|e| e.contains("in time")));
        let up = remote_node(
            &r,
            Ok(Value::strukt([
                ("status", Value::Int(200)),
                (
                    "body",
                    Value::Str(r#"[{"name":"other","mem_total":5}]"#.into()),
                ),
            ])),
        );
        assert_eq!(name_of(&up), "n2");
        assert_eq!(field(&up, "status"), Some(&Value::Str("ONLINE".into())));
        assert_eq!(field(&up, "mem_total"), Some(&Value::Int(5)));
    }
}
