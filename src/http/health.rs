//! `/healthz` and `/readyz`.
//!
//! - `/healthz`: 200 `ok` if the loop answers `supervisor.getState` within 1 s, else 503.
//! - `/readyz`: 200 when every autostart process is RUNNING, or EXITED with an expected exit.
//!   Reads the info keys `autostart` (bool; missing → true) and `exit_expected` (bool;
//!   missing → `exitstatus == 0`); when the loop's info structs lack them (they are
//!   Python's exact structs), [`enrich`] takes them from `supervisor.getAllConfigInfo`
//!   and `ours.getMetrics`' `last_exit_expected`.

use super::limits::HEALTH_TIMEOUT;
use super::response::Response;
use super::step::{self, Step};
use crate::rpc::Value;

/// Serves `/healthz`.
pub(super) fn healthz() -> Step<Response> {
    step::call("supervisor.getState", vec![])
        .with_timeout(HEALTH_TIMEOUT)
        .map(|r| match r {
            Ok(_) => Response::text(200, "ok"),
            Err(_) => Response::text(503, "event loop not answering"),
        })
}

pub(super) fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(key),
        _ => None,
    }
}

fn namespec(info: &Value) -> String {
    let name = field(info, "name").and_then(Value::as_str).unwrap_or("");
    let group = field(info, "group").and_then(Value::as_str).unwrap_or("");
    if group == name {
        name.to_string()
    } else {
        format!("{group}:{name}")
    }
}

/// The namespecs of autostart processes that are not ready.
pub fn not_ready(infos: &Value) -> Vec<String> {
    let Value::Array(items) = infos else {
        return vec!["<no process list>".into()];
    };
    items
        .iter()
        .filter(|i| {
            field(i, "autostart")
                .and_then(Value::as_bool)
                .unwrap_or(true)
        })
        .filter(|i| {
            let state = field(i, "state").and_then(Value::as_int).unwrap_or(-1);
            let expected = field(i, "exit_expected")
                .and_then(Value::as_bool)
                .unwrap_or_else(|| field(i, "exitstatus").and_then(Value::as_int) == Some(0));
            !(state == 20 || (state == 100 && expected))
        })
        .map(namespec)
        .collect()
}

fn key_of(v: &Value) -> Option<(String, String)> {
    let get = |k| field(v, k).and_then(Value::as_str).map(str::to_string);
    Some((get("group")?, get("name")?))
}

/// Adds `autostart` (from `getAllConfigInfo` structs) and `exit_expected` (from
/// `ours.getMetrics`' `last_exit_expected`, for EXITED processes) to info structs that
/// lack them, so `getProcessInfo` itself can stay exactly Python's struct.
pub fn enrich(infos: Value, configs: Option<&Value>, metrics: Option<&Value>) -> Value {
    let Value::Array(items) = infos else {
        return infos;
    };
    let lookup = |list: Option<&Value>, key: &str| -> Vec<((String, String), Value)> {
        match list {
            Some(Value::Array(entries)) => entries
                .iter()
                .filter_map(|e| Some((key_of(e)?, field(e, key)?.clone())))
                .collect(),
            _ => Vec::new(),
        }
    };
    let autostart = lookup(configs, "autostart");
    let expected = lookup(
        metrics.and_then(|m| field(m, "processes")),
        "last_exit_expected",
    );
    let find = |table: &[((String, String), Value)], k: &(String, String)| {
        table.iter().find(|(tk, _)| tk == k).map(|(_, v)| v.clone())
    };
    let items = items
        .into_iter()
        .map(|info| {
            let (Some(k), Value::Struct(mut m)) = (key_of(&info), info.clone()) else {
                return info;
            };
            if !m.contains_key("autostart") {
                if let Some(Value::Bool(b)) = find(&autostart, &k) {
                    m.insert("autostart", Value::Bool(b));
                }
            }
            let exited = m.get("state").and_then(Value::as_int) == Some(100);
            if exited && !m.contains_key("exit_expected") {
                let flag = match find(&expected, &k) {
                    Some(Value::Bool(b)) => Some(b),
                    Some(Value::Int(i)) => Some(i != 0),
                    _ => None,
                };
                if let Some(b) = flag {
                    m.insert("exit_expected", Value::Bool(b));
                }
            }
            Value::Struct(m)
        })
        .collect();
    Value::Array(items)
}

/// Serves `/readyz`.
pub(super) fn readyz() -> Step<Response> {
    let calls = [
        "supervisor.getAllProcessInfo",
        "supervisor.getAllConfigInfo",
        "ours.getMetrics",
    ]
    .map(|m| (m.to_string(), vec![]))
    .to_vec();
    step::calls(calls, |replies| {
        let mut replies = replies.into_iter();
        let (infos, configs, metrics) = (replies.next(), replies.next(), replies.next());
        let (configs, metrics) = (configs.and_then(Result::ok), metrics.and_then(Result::ok));
        Step::Done(match infos {
            Some(Ok(infos)) => {
                let infos = enrich(infos, configs.as_ref(), metrics.as_ref());
                let waiting = not_ready(&infos);
                let status = if waiting.is_empty() { 200 } else { 503 };
                let body = Value::strukt([
                    ("ready", Value::Bool(waiting.is_empty())),
                    (
                        "not_ready",
                        Value::Array(waiting.into_iter().map(Value::Str).collect()),
                    ),
                ]);
                Response::json(status, &body)
            }
            Some(Err(f)) => Response::text(503, &f.message),
            None => Response::text(503, "no answer"),
        })
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A process info struct (shared with the metrics tests).
    pub(in crate::http) fn info(
        group: &str,
        name: &str,
        state: i64,
        exitstatus: i64,
        autostart: bool,
    ) -> Value {
        Value::strukt([
            ("group", Value::Str(group.into())),
            ("name", Value::Str(name.into())),
            ("state", Value::Int(state)),
            ("exitstatus", Value::Int(exitstatus)),
            ("start", Value::Int(1700000000)),
            ("autostart", Value::Bool(autostart)),
        ])
    }

    #[test]
    fn readiness() {
        let infos = Value::Array(vec![
            info("a", "a", 20, 0, true),
            info("b", "b", 100, 0, true),
            info("g", "c", 100, 1, true),
            info("d", "d", 0, 0, false),
            info("e", "e", 10, 0, true),
        ]);
        assert_eq!(not_ready(&infos), vec!["g:c".to_string(), "e".to_string()]);
    }

    #[test]
    fn readiness_from_config_and_metrics() {
        let bare = |group: &str, name: &str, state: i64, exitstatus: i64| {
            Value::strukt([
                ("group", Value::Str(group.into())),
                ("name", Value::Str(name.into())),
                ("state", Value::Int(state)),
                ("exitstatus", Value::Int(exitstatus)),
            ])
        };
        let infos = Value::Array(vec![
            bare("idle", "idle", 0, 0),
            bare("g", "job", 100, 3),
            bare("g", "bad", 100, 0),
            bare("run", "run", 20, 0),
        ]);
        let cfg = |group: &str, name: &str, autostart: bool| {
            Value::strukt([
                ("group", Value::Str(group.into())),
                ("name", Value::Str(name.into())),
                ("autostart", Value::Bool(autostart)),
            ])
        };
        let configs = Value::Array(vec![
            cfg("idle", "idle", false),
            cfg("g", "job", true),
            cfg("g", "bad", true),
            cfg("run", "run", true),
        ]);
        let metric = |name: &str, expected: bool| {
            Value::strukt([
                ("group", Value::Str("g".into())),
                ("name", Value::Str(name.into())),
                ("last_exit_expected", Value::Bool(expected)),
            ])
        };
        let metrics = Value::strukt([(
            "processes",
            Value::Array(vec![metric("job", true), metric("bad", false)]),
        )]);
        assert_eq!(
            not_ready(&infos),
            vec!["idle".to_string(), "g:job".to_string()]
        );
        let enriched = enrich(infos, Some(&configs), Some(&metrics));
        assert_eq!(not_ready(&enriched), vec!["g:bad".to_string()]);
    }
}
