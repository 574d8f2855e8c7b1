//! The main log as JSON lines (`[supervisord] logformat = json`, or `LOG_FORMAT=json` as in
//! the Go port): one object per record, on one line,
//! `{"time":"2026-12-03T16:55:42.123Z","level":"info","msg":"spawned: 'web' with pid 4711","program":"web","pid":4711}`.
//!
//! - `time`: RFC 3339 in UTC with milliseconds; `level`: `critical`, `error`, `warning`,
//!   `info`, `debug`, `trace`, `blather` (logrus's names where both have the level);
//!   `msg`: the text line, verbatim (a multi-line message stays one object, `\n` escaped).
//! - Structured fields come from the message itself: the daemon's process messages have
//!   Python's fixed shapes (`spawned: 'web' with pid 4711`, `exited: web (exit status 1;
//!   not expected)` …), so [`fields`] reads `program`, `pid`, `state`, `exitstatus`,
//!   `expected` and `channel` back from them; every other message has just the three keys.
//!   The state machines log plain strings (they are pure and unit-tested on their text), so
//!   the fields are derived here rather than passed through every call site.

use super::timefmt::push_rfc3339_utc;
use crate::config::model::LogLevel;
use std::time::SystemTime;

/// The value of one structured field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field<'a> {
    Str(&'a str),
    Int(i64),
    Bool(bool),
}

/// The `level` value of a record.
pub fn level_name(level: LogLevel) -> &'static str {
    match level {
        LogLevel::Critical => "critical",
        LogLevel::Error => "error",
        LogLevel::Warn => "warning",
        LogLevel::Info => "info",
        LogLevel::Debug => "debug",
        LogLevel::Trace => "trace",
        LogLevel::Blather => "blather",
    }
}

/// The leading decimal number of `s`.
fn number(s: &str) -> Option<i64> {
    let end = s
        .find(|c: char| !c.is_ascii_digit() && c != '-')
        .unwrap_or(s.len());
    s[..end].parse().ok()
}

/// `program` up to `until` (non-empty), and what follows it.
fn name_until<'a>(s: &'a str, until: &str) -> Option<(&'a str, &'a str)> {
    let i = s.find(until)?;
    (i > 0).then(|| (&s[..i], &s[i + until.len()..]))
}

/// The structured fields of a main-log message of a known shape (empty for others).
pub fn fields(msg: &str) -> Vec<(&'static str, Field<'_>)> {
    let mut out = Vec::new();
    let first = msg.lines().next().unwrap_or("");
    if let Some(rest) = first.strip_prefix("spawned: '") {
        if let Some((name, rest)) = name_until(rest, "' with pid ") {
            out.push(("program", Field::Str(name)));
            out.extend(number(rest).map(|p| ("pid", Field::Int(p))));
        }
    } else if let Some(rest) = first
        .strip_prefix("success: ")
        .or_else(|| first.strip_prefix("gave up: "))
    {
        if let Some((name, rest)) = name_until(rest, " entered ") {
            out.push(("program", Field::Str(name)));
            if let Some((state, _)) = name_until(rest, " state") {
                out.push(("state", Field::Str(state)));
            }
        }
    } else if let Some(rest) = first.strip_prefix("exited: ") {
        if let Some((name, rest)) = name_until(rest, " (") {
            out.push(("program", Field::Str(name)));
            if let Some(code) = rest.strip_prefix("exit status ").and_then(number) {
                out.push(("exitstatus", Field::Int(code)));
            }
            out.push(("expected", Field::Bool(rest.ends_with("; expected)"))));
        }
    } else if let Some(rest) = first
        .strip_prefix("stopped: ")
        .or_else(|| first.strip_prefix("waiting for "))
    {
        let end = rest.find([' ', ',']).unwrap_or(rest.len());
        if end > 0 && (rest[end..].starts_with(" (") || rest[end..].starts_with(" to stop")) {
            out.push(("program", Field::Str(&rest[..end])));
        }
    } else if let Some(rest) = first.strip_prefix("killing ") {
        let rest = rest.strip_prefix('\'').unwrap_or(rest);
        let end = rest.find(['\'', ' ']).unwrap_or(rest.len());
        if end > 0 {
            out.push(("program", Field::Str(&rest[..end])));
            let after = rest[end..].trim_start_matches('\'').trim_start();
            let after = after.strip_prefix("(pid ").or(after.strip_prefix('('));
            out.extend(after.and_then(number).map(|p| ("pid", Field::Int(p))));
        }
    } else if let Some(rest) = first.strip_prefix('\'') {
        for channel in ["stdout", "stderr"] {
            let tail = format!("' {channel} output:");
            if let Some(name) = rest.strip_suffix(tail.as_str()).filter(|n| !n.is_empty()) {
                out.push(("program", Field::Str(name)));
                out.push(("channel", Field::Str(channel)));
            }
        }
    } else if let Some(rest) = first
        .strip_prefix("supervisord started with pid ")
        .or_else(|| first.strip_prefix("reaped unknown pid "))
    {
        out.extend(number(rest).map(|p| ("pid", Field::Int(p))));
    }
    out
}

/// Appends one JSON line (newline included) for a record.
pub fn push_line(out: &mut Vec<u8>, now: SystemTime, level: LogLevel, msg: &str) {
    out.extend_from_slice(b"{\"time\":\"");
    push_rfc3339_utc(out, now);
    let mut s = String::with_capacity(msg.len() + 96);
    s.push_str("\",\"level\":\"");
    s.push_str(level_name(level));
    s.push_str("\",\"msg\":");
    crate::json::write_string(msg, &mut s);
    for (key, value) in fields(msg) {
        s.push_str(",\"");
        s.push_str(key);
        s.push_str("\":");
        match value {
            Field::Str(v) => crate::json::write_string(v, &mut s),
            Field::Int(n) => s.push_str(&n.to_string()),
            Field::Bool(b) => s.push_str(if b { "true" } else { "false" }),
        }
    }
    s.push_str("}\n");
    out.extend_from_slice(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn f(msg: &str) -> Vec<(&'static str, Field<'_>)> {
        fields(msg)
    }

    #[test]
    fn process_messages_give_their_fields() {
        use Field::*;
        assert_eq!(
            f("spawned: 'web' with pid 4711"),
            vec![("program", Str("web")), ("pid", Int(4711))]
        );
        assert_eq!(
            f("success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"),
            vec![("program", Str("web")), ("state", Str("RUNNING"))]
        );
        assert_eq!(
            f("gave up: x entered FATAL state, too many start retries too quickly"),
            vec![("program", Str("x")), ("state", Str("FATAL"))]
        );
        assert_eq!(
            f("exited: x (exit status 3; not expected)"),
            vec![
                ("program", Str("x")),
                ("exitstatus", Int(3)),
                ("expected", Bool(false))
            ]
        );
        assert_eq!(
            f("exited: x (terminated by SIGKILL; expected)"),
            vec![("program", Str("x")), ("expected", Bool(true))]
        );
        assert_eq!(
            f("stopped: s (terminated by SIGTERM)"),
            vec![("program", Str("s"))]
        );
        assert_eq!(f("waiting for s to stop"), vec![("program", Str("s"))]);
        assert_eq!(f("waiting for a, b to die"), vec![]);
        assert_eq!(
            f("killing 's' (50) with SIGKILL"),
            vec![("program", Str("s")), ("pid", Int(50))]
        );
        assert_eq!(
            f("killing s (pid 50) process group with signal SIGINT"),
            vec![("program", Str("s")), ("pid", Int(50))]
        );
        assert_eq!(
            f("'web' stderr output:\nboom"),
            vec![("program", Str("web")), ("channel", Str("stderr"))]
        );
        assert_eq!(f("supervisord started with pid 9"), vec![("pid", Int(9))]);
        assert_eq!(f("spawnerr: can't find command 'x'"), vec![]);
        assert_eq!(f("exited: "), vec![]);
    }

    #[test]
    fn a_line_is_one_json_object() {
        let mut v = Vec::new();
        let t = UNIX_EPOCH + Duration::from_millis(1_795_000_000_127);
        push_line(
            &mut v,
            t,
            LogLevel::Warn,
            "exited: a\"b (exit status 1; expected)\nmore",
        );
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "{\"time\":\"2026-11-18T11:06:40.127Z\",\"level\":\"warning\",\
             \"msg\":\"exited: a\\\"b (exit status 1; expected)\\nmore\",\
             \"program\":\"a\\\"b\",\"exitstatus\":1,\"expected\":true}\n"
        );
    }
}
