//! Prometheus `/metrics`: the Go port's four `node_supervisord_*` series from
//! getAllProcessInfo, plus whatever `ours.getMetrics` returns: `{processes: [{group, name,
//! K: number…}], supervisor: {K: number…}}` rendered as `supervisord_process_K{group,name}`
//! and `supervisord_K` (type counter when K ends in `_total`, else gauge), each with HELP
//! and TYPE lines. `node_supervisord_start_time_seconds` is a gauge (the Go port calls it a
//! counter, which `promtool check metrics` rejects: counters must end in `_total`). The
//! output passes `promtool check metrics` (tests/http_metrics_promtool.rs).
//!
//! Concurrent scrapers share one loop round trip that started after they arrived (the
//! HTTP loop's shared calls), so a scrape storm costs the loop one snapshot per round trip.

use super::health::field;
use super::response::Response;
use super::step::{self, Step};
use crate::rpc::Value;
use std::fmt::Write as _;

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
        (true, "restarts_total") => {
            "Spawns after the first one, by reason (exit, memory, liveness, binary, operator)"
        }
        (true, "resident_memory_bytes") => {
            "Resident set size of the live process and all its descendants"
        }
        (true, "memory_limit_exceeded_total") => {
            "Checks that found the process tree over memory_limit"
        }
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
        (true, "syslog_dropped_total") => {
            "Log lines the syslog sinks of the sink list dropped (queue full, send refused)"
        }
        (true, "cpu_seconds_total") => "CPU seconds (user+system) of the live process",
        (true, "rss_bytes") => "Resident set size of the live process",
        (true, "liveness_failures_total") => "Failed liveness checks of the process",
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
        if LABELLED.iter().any(|(_, series, _)| k == series) {
            continue; // the same series, rendered with its label from the struct
        }
        let labelled = LABELLED.iter().find(|(key, _, _)| k == key);
        let key = labelled.map_or(k.as_str(), |(_, series, _)| series);
        let name = process_series(key);
        let _ = writeln!(
            out,
            "# HELP {name} {}\n# TYPE {name} {}",
            help(key, true),
            kind(key)
        );
        for p in procs {
            match (labelled, field(p, k)) {
                (Some((_, _, label)), Some(Value::Struct(parts))) => {
                    for (part, v) in parts.iter().filter(|(part, _)| is_metric_name(part)) {
                        if let Some(n) = number(v) {
                            let _ = writeln!(out, "{name}{{{},{label}=\"{part}\"}} {n}", labels(p));
                        }
                    }
                }
                (_, v) => {
                    if let Some(n) = v.and_then(number) {
                        let _ = writeln!(out, "{name}{{{}}} {n}", labels(p));
                    }
                }
            }
        }
    }
}

/// Per-process keys whose value is a struct of numbers, rendered as one series with a
/// label: `(key, series key, label)`. The series key's own plain value (its sum) is left
/// out, so the series has one set of labels.
const LABELLED: [(&str, &str, &str); 1] = [("restarts_by_reason", "restarts_total", "reason")];

/// The series of a per-process key: `supervisord_process_K`, except the liveness counters,
/// named `supervisord_liveness_…`: they count checks, not lifecycle events.
fn process_series(key: &str) -> String {
    if key.starts_with("liveness_") {
        format!("supervisord_{key}")
    } else {
        format!("supervisord_process_{key}")
    }
}

/// Serves `/metrics`.
pub(super) fn serve() -> Step<Response> {
    let calls = ["supervisor.getAllProcessInfo", "ours.getMetrics"]
        .map(|m| (m.to_string(), vec![]))
        .to_vec();
    // The replies come straight from the loop (one round trip for both), so the /proc part
    // of getMetrics is added here, once per shared answer.
    step::calls(calls, |replies| {
        let mut replies = replies.into_iter();
        let (infos, extra) = (replies.next(), replies.next());
        Step::Done(match infos {
            Some(Ok(infos)) => {
                let mut extra = extra.and_then(Result::ok);
                if let Some(v) = &mut extra {
                    crate::usage::fill(v);
                }
                Response::new(
                    200,
                    "text/plain; version=0.0.4; charset=utf-8",
                    render_metrics(&infos, extra.as_ref()),
                )
            }
            Some(Err(f)) => Response::text(503, &f.message),
            None => Response::text(503, "no answer"),
        })
    })
    .shared()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::health::tests::info;

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
                    ("restarts_total", Value::Int(3)),
                    (
                        "restarts_by_reason",
                        Value::strukt([("exit", Value::Int(1)), ("memory", Value::Int(2))]),
                    ),
                ])]),
            ),
            (
                "supervisor",
                Value::strukt([("uptime_seconds", Value::Int(9))]),
            ),
        ]);
        let text = render_metrics(&infos, Some(&extra));
        assert!(text.contains("node_supervisord_up{group=\"g\",name=\"a\\\"b\"} 1\n"));
        assert!(text.contains(
            "supervisord_process_restarts_total{group=\"g\",name=\"c\",reason=\"memory\"} 2\n"
        ));
        assert_eq!(
            text.matches("# TYPE supervisord_process_restarts_total counter")
                .count(),
            1
        );
        assert!(!text.contains("restarts_by_reason"));
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
        assert_eq!(helps, 7);
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
