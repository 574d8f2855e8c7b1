//! `/healthz`, `/readyz` and Prometheus `/metrics`.
//!
//! - `/healthz`: 200 `ok` if the loop answers `supervisor.getState` within 1 s, else 503.
//! - `/readyz`: 200 when every autostart process is RUNNING, or EXITED with an expected exit.
//!   Reads the info keys `autostart` (bool; missing → true) and `exit_expected` (bool;
//!   missing → `exitstatus == 0`); when the loop's info structs lack them (they are
//!   Python's exact structs), [`enrich`] takes them from `supervisor.getAllConfigInfo`
//!   and `ours.getMetrics`' `last_exit_expected`.
//! - `/metrics`: the Go port's four `node_supervisord_*` series from getAllProcessInfo, plus
//!   whatever `ours.getMetrics` returns: `{processes: [{group, name, K: number…}],
//!   supervisor: {K: number…}}` rendered as `supervisord_process_K{group,name}` and
//!   `supervisord_K` (type counter when K ends in `_total`, else gauge), each with HELP
//!   and TYPE lines. `node_supervisord_start_time_seconds` is a gauge (the Go port calls it
//!   a counter, which `promtool check metrics` rejects: counters must end in `_total`).
//!   The output passes `promtool check metrics` (tests/http_metrics_promtool.rs).

use std::fmt::Write as _;
use std::time::Duration;

use tiny_http::Request;

use super::server::Ctx;
use super::util::{respond, respond_json, respond_text};
use crate::rpc::Value;

/// Serves `/healthz`.
pub(super) fn healthz(rq: Request, ctx: &Ctx) {
    let answered = ctx
        .handle
        .send("supervisor.getState", vec![])
        .ok()
        .and_then(|rx| rx.recv_timeout(Duration::from_secs(1)).ok());
    match answered {
        Some(Ok(_)) => respond_text(rq, 200, "ok"),
        _ => respond_text(rq, 503, "event loop not answering"),
    }
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
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
                    m.insert("autostart".into(), Value::Bool(b));
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
                    m.insert("exit_expected".into(), Value::Bool(b));
                }
            }
            Value::Struct(m)
        })
        .collect();
    Value::Array(items)
}

/// Serves `/readyz`.
pub(super) fn readyz(rq: Request, ctx: &Ctx) {
    let [infos, configs, metrics] = ctx.handle.call_many([
        ("supervisor.getAllProcessInfo", vec![]),
        ("supervisor.getAllConfigInfo", vec![]),
        ("ours.getMetrics", vec![]),
    ]);
    let (configs, metrics) = (configs.ok(), metrics.ok());
    match infos {
        Ok(infos) => {
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
            respond_json(rq, status, &body)
        }
        Err(f) => respond_text(rq, 503, &f.message),
    }
}

fn escape_label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn number(v: &Value) -> Option<String> {
    match v {
        Value::Int(i) => Some(i.to_string()),
        Value::Double(d) if d.is_nan() => Some("NaN".into()),
        Value::Double(d) if d.is_infinite() => Some(if *d > 0.0 { "+Inf" } else { "-Inf" }.into()),
        Value::Double(d) => Some(format!("{d}")),
        Value::Bool(b) => Some(u8::from(*b).to_string()),
        _ => None,
    }
}

fn labels(info: &Value) -> String {
    let get = |k| field(info, k).and_then(Value::as_str).unwrap_or("");
    format!(
        "group=\"{}\",name=\"{}\"",
        escape_label(get("group")),
        escape_label(get("name"))
    )
}

fn is_metric_name(k: &str) -> bool {
    !k.is_empty()
        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !k.starts_with(|c: char| c.is_ascii_digit())
}

/// The HELP text of an `ours.getMetrics` key (`process`: a per-process series).
fn help(key: &str, process: bool) -> String {
    let known = match (process, key) {
        (true, "spawns_total") => "Times the process was spawned",
        (true, "restarts_total") => "Spawns after the first one",
        (true, "unexpected_exits_total") => "Exits not listed in exitcodes (incl. failed starts)",
        (true, "last_exit_status") => "Exit status of the last exit",
        (true, "last_exit_expected") => "1 if the last exit was expected",
        (true, "last_start_to_running_seconds") => {
            "Seconds from spawn to RUNNING at the last successful start"
        }
        (true, "uptime_seconds") => "Seconds the process has been running (0 when not)",
        (true, "stdout_bytes_total") => "Bytes read from the process's stdout",
        (true, "stderr_bytes_total") => "Bytes read from the process's stderr",
        (true, "log_dropped_bytes_total") => "Log bytes the log sinks dropped",
        (true, "cpu_seconds_total") => "CPU seconds (user+system) of the live process",
        (true, "rss_bytes") => "Resident set size of the live process",
        (false, "uptime_seconds") => "Seconds since supervisord started",
        (false, "cpu_seconds_total") => "CPU seconds (user+system) of supervisord itself",
        (false, "rss_bytes") => "Resident set size of supervisord itself",
        (false, "processes") => "Processes supervisord manages",
        (false, "parked_calls") => "Control calls waiting for a state change (wait=true)",
        (false, "syslog_failures_total") => "Log records syslog failed to take",
        (false, "timers_fired_total") => {
            "Process timers (startsecs, backoff, stopwaitsecs) the loop fired"
        }
        (false, "timer_lateness_seconds_total") => {
            "Summed lateness of the fired process timers (wake-up time minus deadline)"
        }
        (false, "timer_lateness_max_seconds") => "Worst lateness of a fired process timer",
        _ => "",
    };
    if known.is_empty() {
        let scope = if process {
            "Per-process"
        } else {
            "Supervisord"
        };
        format!("{scope} metric {key}")
    } else {
        known.to_string()
    }
}

fn kind(key: &str) -> &'static str {
    if key.ends_with("_total") {
        "counter"
    } else {
        "gauge"
    }
}

/// Renders the Prometheus text for process infos and the optional `ours.getMetrics` struct.
pub fn render_metrics(infos: &Value, extra: Option<&Value>) -> String {
    let empty = Vec::new();
    let items = match infos {
        Value::Array(a) => a,
        _ => &empty,
    };
    let int = |i: &Value, k| field(i, k).and_then(Value::as_int).unwrap_or(0);
    let up = |i: &Value| matches!(int(i, "state"), 10 | 20 | 40);
    let mut out = String::new();
    type Series<'a> = (
        &'a str,
        &'a str,
        &'a str,
        Box<dyn Fn(&Value) -> Option<i64> + 'a>,
    );
    let series: [Series; 4] = [
        (
            "up",
            "Process Up",
            "gauge",
            Box::new(|i| Some(i64::from(up(i)))),
        ),
        (
            "state",
            "Process State",
            "gauge",
            Box::new(|i| Some(int(i, "state"))),
        ),
        (
            "exit_status",
            "Process Exit Status",
            "gauge",
            Box::new(|i| Some(int(i, "exitstatus"))),
        ),
        (
            "start_time_seconds",
            "Process start time",
            "gauge",
            Box::new(|i| up(i).then(|| int(i, "start"))),
        ),
    ];
    for (name, help, typ, value) in &series {
        let _ = writeln!(out, "# HELP node_supervisord_{name} {help}");
        let _ = writeln!(out, "# TYPE node_supervisord_{name} {typ}");
        for info in items {
            if let Some(v) = value(info) {
                let _ = writeln!(out, "node_supervisord_{name}{{{}}} {v}", labels(info));
            }
        }
    }
    if let Some(extra) = extra {
        render_extra(extra, &mut out);
    }
    out
}

fn render_extra(extra: &Value, out: &mut String) {
    if let Some(Value::Struct(top)) = field(extra, "supervisor") {
        for (k, v) in top.iter().filter(|(k, _)| is_metric_name(k)) {
            if let Some(n) = number(v) {
                let _ = writeln!(
                    out,
                    "# HELP supervisord_{k} {}\n# TYPE supervisord_{k} {}\nsupervisord_{k} {n}",
                    help(k, false),
                    kind(k)
                );
            }
        }
    }
    let Some(Value::Array(procs)) = field(extra, "processes") else {
        return;
    };
    let mut keys: Vec<&String> = procs
        .iter()
        .filter_map(|p| match p {
            Value::Struct(m) => Some(m.keys()),
            _ => None,
        })
        .flatten()
        .filter(|k| k.as_str() != "group" && k.as_str() != "name" && is_metric_name(k))
        .collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        let _ = writeln!(
            out,
            "# HELP supervisord_process_{k} {}\n# TYPE supervisord_process_{k} {}",
            help(k, true),
            kind(k)
        );
        for p in procs {
            if let Some(n) = field(p, k).and_then(number) {
                let _ = writeln!(out, "supervisord_process_{k}{{{}}} {n}", labels(p));
            }
        }
    }
}

/// Serves `/metrics`.
pub(super) fn metrics(rq: Request, ctx: &Ctx) {
    // One loop pass answers both, for every scraper waiting at the time (coalesce.rs).
    let answer = ctx.metrics.get(|| {
        ctx.handle.call_many([
            ("supervisor.getAllProcessInfo", vec![]),
            ("ours.getMetrics", vec![]),
        ])
    });
    let [infos, extra] = &*answer;
    let infos = match infos {
        Ok(v) => v,
        Err(f) => return respond_text(rq, 503, &f.message),
    };
    respond(
        rq,
        200,
        "text/plain; version=0.0.4; charset=utf-8",
        render_metrics(infos, extra.as_ref().ok()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(group: &str, name: &str, state: i64, exitstatus: i64, autostart: bool) -> Value {
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
    fn metrics_text() {
        let infos = Value::Array(vec![
            info("g", "a\"b", 20, 0, true),
            info("g", "c", 100, 3, true),
        ]);
        let extra = Value::strukt([
            (
                "processes",
                Value::Array(vec![Value::strukt([
                    ("group", Value::Str("g".into())),
                    ("name", Value::Str("c".into())),
                    ("spawns_total", Value::Int(4)),
                ])]),
            ),
            (
                "supervisor",
                Value::strukt([("uptime_seconds", Value::Int(9))]),
            ),
        ]);
        let text = render_metrics(&infos, Some(&extra));
        assert!(text.contains("node_supervisord_up{group=\"g\",name=\"a\\\"b\"} 1\n"));
        assert!(text.contains("node_supervisord_up{group=\"g\",name=\"c\"} 0\n"));
        assert!(text.contains("node_supervisord_exit_status{group=\"g\",name=\"c\"} 3\n"));
        assert!(text.contains(
            "node_supervisord_start_time_seconds{group=\"g\",name=\"a\\\"b\"} 1700000000\n"
        ));
        assert!(!text.contains("node_supervisord_start_time_seconds{group=\"g\",name=\"c\"}"));
        assert!(text.contains("# TYPE supervisord_process_spawns_total counter\n"));
        assert!(text.contains("supervisord_process_spawns_total{group=\"g\",name=\"c\"} 4\n"));
        assert!(text.contains("supervisord_uptime_seconds 9\n"));
        assert!(text.contains("# TYPE node_supervisord_start_time_seconds gauge\n"));
        assert!(text
            .contains("# HELP supervisord_process_spawns_total Times the process was spawned\n"));
        assert!(text.contains("# HELP supervisord_uptime_seconds Seconds since"));
        // Every series has HELP and TYPE.
        let helps = text.matches("# HELP ").count();
        assert_eq!(helps, text.matches("# TYPE ").count());
        assert_eq!(helps, 6);
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

    #[test]
    fn odd_numbers_render_as_prometheus_floats() {
        assert_eq!(
            number(&Value::Double(f64::INFINITY)).as_deref(),
            Some("+Inf")
        );
        assert_eq!(
            number(&Value::Double(f64::NEG_INFINITY)).as_deref(),
            Some("-Inf")
        );
        assert_eq!(number(&Value::Double(f64::NAN)).as_deref(), Some("NaN"));
        assert_eq!(number(&Value::Double(0.5)).as_deref(), Some("0.5"));
        assert_eq!(number(&Value::Bool(true)).as_deref(), Some("1"));
        assert_eq!(help("new_thing", true), "Per-process metric new_thing");
    }
}
