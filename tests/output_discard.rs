//! Output nobody reads gets no pipe: a stream with `*_logfile = NONE` (or stderr with
//! `redirect_stderr`), no capture mode, no events, no syslog and no `ready = log:` check goes
//! to `/dev/null` in the child, so the daemon holds only its stdin pipe; every reader keeps
//! its pipe; and 600 such processes run under a hard open-files limit of 1024.

#[allow(dead_code, unused_imports)]
mod support;

use std::os::unix::process::CommandExt;
use std::time::Duration;

use supervisord::rpc::Value;
use support::*;

/// A child that writes a line on each stream, then sleeps.
const CHATTY: &str = "command=/bin/sh -c 'echo out; echo err >&2; exec sleep 1000'\nstartsecs=0\n";
/// Both streams of a process going nowhere.
const SILENT: &str = "stdout_logfile=NONE\nredirect_stderr=true\n";

/// How many of the daemon's descriptors are pipes (neither sockets nor files: HTTP
/// connections coming and going do not count).
fn pipes(d: &Daemon) -> usize {
    d.fd_list().iter().filter(|f| f.contains("pipe:")).count()
}

/// How many of the daemon's descriptors are not sockets.
fn not_sockets(d: &Daemon) -> usize {
    d.fd_list()
        .iter()
        .filter(|f| !f.contains("socket:"))
        .count()
}

/// Waits until the daemon holds `want` pipes; panics with its descriptors otherwise.
fn expect_pipes(d: &Daemon, want: usize, what: &str) {
    let ok = wait_for(Duration::from_secs(10), || pipes(d) == want);
    assert!(
        ok,
        "{what}: {} pipes, expected {want}\n{:#?}",
        pipes(d),
        d.fd_list()
    );
}

/// What the child's descriptor `fd` refers to (`/dev/null`, `pipe:[…]`).
fn child_fd(pid: i64, fd: i32) -> String {
    std::fs::read_link(format!("/proc/{pid}/fd/{fd}"))
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// The pid of `name` from getAllProcessInfo.
fn pid_of(d: &Daemon, name: &str) -> i64 {
    d.infos()
        .into_iter()
        .find(|(n, _, _)| n == name)
        .map_or(0, |(_, _, p)| p)
}

fn start(d: &Daemon, name: &str) {
    let r = d.rpc(
        "supervisor.startProcess",
        &[Value::Str(name.into()), Value::Bool(true)],
    );
    assert_eq!(r, Ok(Value::Bool(true)), "start {name}\n{}", d.log());
}

#[test]
fn output_nobody_reads_costs_no_pipe_and_a_log_file_still_logs() {
    let dir = temp_dir("discard-pipes");
    let mut conf = preamble(&dir, "");
    for name in ["silent_a", "silent_b"] {
        conf.push_str(&format!(
            "[program:{name}]\n{CHATTY}{SILENT}autostart=false\n\n"
        ));
    }
    conf.push_str(&format!("[program:logged]\n{CHATTY}autostart=false\n\n"));
    let d = Daemon::start_conf(dir, &conf);
    let base = pipes(&d);

    // The first silent process: its stdin pipe only (/dev/null is the daemon's, shared).
    start(&d, "silent_a");
    expect_pipes(&d, base + 1, "silent_a running");
    let pid = pid_of(&d, "silent_a");
    assert_eq!(child_fd(pid, 1), "/dev/null");
    assert_eq!(child_fd(pid, 2), "/dev/null");
    assert!(
        child_fd(pid, 0).starts_with("pipe:"),
        "{}",
        child_fd(pid, 0)
    );
    let fds = not_sockets(&d);
    start(&d, "silent_b");
    expect_pipes(&d, base + 2, "silent_b running");
    assert!(
        wait_for(Duration::from_secs(10), || not_sockets(&d) == fds + 1),
        "a second silent process holds more than its stdin pipe: {:#?}",
        d.fd_list()
    );
    // Python's answers for a stream without a file are kept: NO_FILE, an empty tail.
    let name = || Value::Str("silent_a".into());
    let read = d.rpc(
        "supervisor.readProcessStdoutLog",
        &[name(), Value::Int(0), Value::Int(100)],
    );
    assert!(
        read.as_ref().is_err_and(|e| e.contains("NO_FILE")),
        "{read:?}"
    );
    let tail = d.rpc(
        "supervisor.tailProcessStdoutLog",
        &[name(), Value::Int(0), Value::Int(100)],
    );
    let empty = Value::Array(vec![
        Value::Str(String::new()),
        Value::Int(0),
        Value::Bool(false),
    ]);
    assert_eq!(tail, Ok(empty));

    // A program with log files: stdin, stdout and stderr pipes, and both files written.
    start(&d, "logged");
    expect_pipes(&d, base + 5, "logged running");
    let read = |method: &str| {
        let v = d.rpc(
            method,
            &[Value::Str("logged".into()), Value::Int(0), Value::Int(0)],
        );
        v.ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    assert!(
        wait_for(Duration::from_secs(10), || {
            read("supervisor.readProcessStdoutLog") == "out\n"
                && read("supervisor.readProcessStderrLog") == "err\n"
        }),
        "stdout {:?}, stderr {:?}",
        read("supervisor.readProcessStdoutLog"),
        read("supervisor.readProcessStderrLog")
    );
}

#[test]
fn every_reader_of_a_stream_keeps_its_pipe() {
    let dir = temp_dir("discard-readers");
    let mut conf = preamble(&dir, "");
    let none = "stdout_logfile=NONE\nstderr_logfile=NONE\n";
    for (name, extra) in [
        ("capture", "stdout_capture_maxbytes=1KB\n"),
        ("events", "stdout_events_enabled=true\n"),
        ("syslog", "stdout_syslog=true\n"),
        ("ready", "ready=log:out\n"),
        ("stderr_events", "stderr_events_enabled=true\n"),
        ("silent", ""),
    ] {
        conf.push_str(&format!("[program:{name}]\n{CHATTY}{none}{extra}\n"));
    }
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(20)),
        "{:?}\n{}",
        d.infos(),
        d.log()
    );
    let kinds: Vec<(String, String, String)> = ["capture", "events", "syslog", "ready"]
        .into_iter()
        .chain(["stderr_events", "silent"])
        .map(|n| {
            let pid = pid_of(&d, n);
            let kind = |fd| {
                let to = child_fd(pid, fd);
                if to.starts_with("pipe:") {
                    "pipe".to_string()
                } else {
                    to
                }
            };
            (n.to_string(), kind(1), kind(2))
        })
        .collect();
    let want = |n: &str, o: &str, e: &str| (n.to_string(), o.to_string(), e.to_string());
    assert_eq!(
        kinds,
        [
            want("capture", "pipe", "/dev/null"),
            want("events", "pipe", "/dev/null"),
            want("syslog", "pipe", "/dev/null"),
            // A `log:` check reads both streams (and saw the line: it is RUNNING).
            want("ready", "pipe", "pipe"),
            want("stderr_events", "/dev/null", "pipe"),
            want("silent", "/dev/null", "/dev/null"),
        ]
    );
}

#[test]
fn six_hundred_silent_processes_run_under_a_hard_limit_of_1024() {
    let test = "six_hundred_silent_processes_run_under_a_hard_limit_of_1024";
    let dir = temp_dir("discard-many");
    let mut conf = preamble(&dir, "");
    conf.push_str(&format!(
        "[program:m]\ncommand=/bin/sleep 1000\nnumprocs=600\n\
         process_name=%(program_name)s_%(process_num)03d\nstartsecs=1\n{SILENT}\n"
    ));
    // Soft and hard 1024 (lowering needs no privilege): with two pipes per process, 600
    // processes need more than the limit allows.
    let d = Daemon::start_conf_with(dir, &conf, |cmd| {
        // SAFETY: one async-signal-safe syscall between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                let lim = nix::libc::rlimit {
                    rlim_cur: 1024,
                    rlim_max: 1024,
                };
                nix::libc::setrlimit(nix::libc::RLIMIT_NOFILE, &lim);
                Ok(())
            });
        }
    });
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", d.pid())).unwrap_or_default();
    if !limits
        .lines()
        .any(|l| l.starts_with("Max open files") && l.contains(" 1024 "))
    {
        return skip(
            test,
            "could not lower the daemon's open-files limit to 1024",
        );
    }
    let up = d.wait_all("RUNNING", Duration::from_secs(60));
    let infos = d.infos();
    let running = infos.iter().filter(|(_, s, _)| s == "RUNNING").count();
    assert!(
        up && infos.len() == 600,
        "{running} of {} RUNNING\n{}",
        infos.len(),
        d.log()
            .lines()
            .rev()
            .take(20)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let fds = d.fd_count();
    figure(&format!(
        "discard_600: 600 processes with output NONE RUNNING under nofile 1024:1024; daemon holds {fds} descriptors"
    ));
    assert!(fds < 700, "{fds} descriptors for 600 silent processes");
    assert!(!d.log().contains("too many open files"), "{}", d.log());
}
