//! The main log as JSON lines (issue 24): `[supervisord] logformat = json` and the Go
//! port's `LOG_FORMAT=json`; every line of the file is one JSON object (parsed by Python's
//! `json` module) with `time`, `level`, `msg`, and `program`/`pid` on process lines.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;
use support::*;

const PROGRAMS: &str = "[program:quick]\ncommand=sh -c 'echo out-line; exit 3'\nstartsecs=0\n\
                        autorestart=false\nexitcodes=0\n";

/// Every line of `path` through `json.loads`: one `level|msg first line|program|pid|time`
/// row per line; panics when a line is not a JSON object.
fn parse_lines(path: &std::path::Path) -> Vec<Vec<String>> {
    let script = "import json, sys\n\
        for n, line in enumerate(open(sys.argv[1], encoding='utf-8')):\n\
        \x20   o = json.loads(line)\n\
        \x20   assert isinstance(o, dict), (n, line)\n\
        \x20   assert set(['time', 'level', 'msg']) <= set(o), (n, line)\n\
        \x20   print('|'.join(str(o.get(k, '')) for k in ['level', 'program', 'pid', 'time']) + '|' + o['msg'].split('\\n')[0])\n";
    let out = Command::new(python::python3())
        .args(["-c", script])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "not JSON lines: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(path).unwrap_or_default()
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.splitn(5, '|').map(str::to_string).collect())
        .collect()
}

fn run_quick(d: &Daemon) -> Vec<Vec<String>> {
    assert!(
        d.wait_log(
            "quick (exit status 3; not expected)",
            Duration::from_secs(20)
        ),
        "{}",
        d.log()
    );
    parse_lines(&d.path("main.log"))
}

fn assert_json_log(rows: &[Vec<String>], pid: i32) {
    let find = |msg: &str| {
        rows.iter()
            .find(|r| r[4].starts_with(msg))
            .unwrap_or_else(|| panic!("no {msg:?} in {rows:?}"))
    };
    let started = find("supervisord started with pid");
    assert_eq!(started[0], "info");
    assert_eq!(started[2], pid.to_string());
    let spawned = find("spawned: 'quick' with pid ");
    assert_eq!(spawned[1], "quick");
    assert!(
        spawned[4].ends_with(&format!(" {}", spawned[2])),
        "{spawned:?}"
    );
    let exited = find("exited: quick (exit status 3; not expected)");
    assert_eq!(exited[0], "warning");
    assert_eq!(exited[1], "quick");
    let output = find("'quick' stdout output:");
    assert_eq!((output[0].as_str(), output[1].as_str()), ("debug", "quick"));
    // RFC 3339 UTC with milliseconds.
    for r in rows {
        let t = r[3].as_bytes();
        assert!(
            t.len() == 24 && t[10] == b'T' && t[19] == b'.' && t[23] == b'Z',
            "{r:?}"
        );
    }
}

#[test]
fn logformat_json_writes_one_object_per_line() {
    let d = Daemon::start_with(temp_dir("logs-json"), "logformat=json\n", PROGRAMS);
    let rows = run_quick(&d);
    assert_json_log(&rows, d.pid());
}

#[test]
fn log_format_env_as_in_the_go_port_and_the_key_beats_it() {
    let dir = temp_dir("logs-json-env");
    let conf = format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\n\
         childlogdir=%(here)s\nloglevel=debug\n\n{PROGRAMS}"
    );
    let d = Daemon::spawn_conf(dir, &conf, |c| {
        c.env("LOG_FORMAT", "json");
    });
    d.assert_started(Duration::from_secs(20));
    let rows = run_quick(&d);
    assert_json_log(&rows, d.pid());
    drop(d);
    let dir = temp_dir("logs-json-env-text");
    let conf = conf.replace("loglevel=debug\n", "loglevel=debug\nlogformat=text\n");
    let d = Daemon::spawn_conf(dir, &conf, |c| {
        c.env("LOG_FORMAT", "json");
    });
    d.assert_started(Duration::from_secs(20));
    assert!(
        d.log().contains(" INFO supervisord started with pid"),
        "{}",
        d.log()
    );
}

#[test]
fn bad_logformat_is_a_config_error() {
    let s = daemon::Scratch::new("logs-json-bad");
    let conf = s.write(
        "supervisord.conf",
        "[supervisord]\nlogfile=%(here)s/main.log\nlogformat=yaml\n",
    );
    let out = support::check_conf(&[], &conf);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("logformat"), "{err}");
}

#[test]
fn json_lines_are_echoed_to_stdout_under_nodaemon() {
    let dir = temp_dir("logs-json-stdout");
    let conf = format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\n\
         childlogdir=%(here)s\nloglevel=info\nlogformat=json\n\n{PROGRAMS}"
    );
    let (d, out) = support::logs::start_conf(dir, &conf, true);
    assert!(
        d.wait_log(
            "quick (exit status 3; not expected)",
            Duration::from_secs(20)
        ),
        "{}",
        d.log()
    );
    let text = || String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert!(
        wait_for(Duration::from_secs(10), || text()
            .contains("\"expected\":false}\n")),
        "{}",
        text()
    );
    let stdout = d.path("stdout.jsonl");
    let all = text();
    // Whole lines only: the reader thread may hold part of a later one.
    std::fs::write(&stdout, &all[..all.rfind('\n').map_or(0, |i| i + 1)]).unwrap();
    let rows = parse_lines(&stdout);
    assert!(
        rows.iter().any(|r| r[4].starts_with("spawned: 'quick'")),
        "{rows:?}"
    );
}

#[test]
fn a_reload_switches_the_format() {
    let d = Daemon::start_with(temp_dir("logs-json-reload"), "", PROGRAMS);
    assert!(d.log().contains(" INFO supervisord started with pid"));
    let conf = d.path("supervisord.conf");
    let text = std::fs::read_to_string(&conf).unwrap();
    let text = text.replacen("loglevel=debug\n", "loglevel=debug\nlogformat=json\n", 1);
    std::fs::write(&conf, text).unwrap();
    d.signal(SIGHUP);
    assert!(
        d.wait_log(
            "\"msg\":\"supervisord started with pid",
            Duration::from_secs(20)
        ),
        "{}",
        d.log()
    );
    // Text lines before the reload, JSON lines after it.
    let log = d.log();
    let first_json = log.lines().position(|l| l.starts_with('{')).unwrap();
    assert!(log.lines().take(first_json).all(|l| !l.starts_with('{')));
    let tail: String = log
        .lines()
        .skip(first_json)
        .map(|l| format!("{l}\n"))
        .collect();
    let tail_path = d.path("after-reload.jsonl");
    std::fs::write(&tail_path, tail).unwrap();
    let rows = parse_lines(&tail_path);
    assert!(rows
        .iter()
        .any(|r| r[4].starts_with("supervisord started with pid")));
}
