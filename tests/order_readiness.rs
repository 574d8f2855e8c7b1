//! Readiness checks gate RUNNING: each kind holds a dependent back until its dependency is
//! really ready, and a never-ready program fails its start like an early exit would.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

/// A dependency `dep` with the given readiness settings and a dependent `app` that records
/// when it started; returns (dependency ready marker time, app start time).
fn gated(name: &str, dep_command: &str, ready: &str) -> (Daemon, f64, f64) {
    let conf = format!(
        "[program:dep]\ncommand={dep_command}\nstartsecs=0\n{ready}\n\n\
         [program:app]\ncommand=bash -c 'echo $EPOCHREALTIME >> %(here)s/app; exec sleep 100'\nstartsecs=0\ndepends_on=dep\n"
    );
    let d = Daemon::start(name, &conf);
    d.assert_log(
        "success: app entered RUNNING state",
        Duration::from_secs(10),
    );
    wait_for(Duration::from_secs(5), || {
        read_times(&d.path("app")).len() == 1
    });
    let marker = read_times(&d.path("marker"));
    let app = read_times(&d.path("app"));
    assert_eq!(marker.len(), 1, "{}", d.log());
    assert_eq!(app.len(), 1, "{}", d.log());
    (d, marker[0], app[0])
}

/// The dependency sleeps 0.5 s, writes the marker time, then becomes ready by `signal`.
fn dep_script(signal: &str) -> String {
    format!("bash -c 'sleep 0.5; echo $EPOCHREALTIME >> %(here)s/marker; {signal}; exec sleep 100'")
}

fn assert_after(marker: f64, app: f64, what: &str) {
    assert!(
        app >= marker,
        "{what}: app started {:.3}s before the dependency was ready",
        marker - app
    );
    assert!(
        app - marker < 0.5,
        "{what}: app started {:.3}s after readiness",
        app - marker
    );
}

#[test]
fn notify_socket_gates_dependents() {
    let which = std::process::Command::new("sh")
        .args(["-c", "command -v python3"])
        .output();
    if !which.is_ok_and(|o| o.status.success()) {
        support::skip(
            "notify_socket_gates_dependents",
            "python3 not found (used as an sd_notify client)",
        );
        return;
    }
    let notify = "python3 -c \"import os,socket; a=os.environ[\\\"NOTIFY_SOCKET\\\"]; a=\\\"\\\\0\\\"+a[1:] if a[0]==\\\"@\\\" else a; s=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM); s.sendto(b\\\"READY=1\\\",a)\"";
    let (d, marker, app) = gated("ready-notify", &dep_script(notify), "ready=notify");
    // The notify client is a Python interpreter, whose start-up (a pyenv shim here) can
    // take most of a second between the marker and READY=1: only the order is checked.
    assert!(
        app >= marker,
        "notify: app started before the dependency was ready"
    );
    assert!(d.log().contains("ready: dep passed its readiness check"));
}

#[test]
fn notification_fd_gates_dependents() {
    let (_d, marker, app) = gated("ready-fd", &dep_script("echo >&3"), "ready=fd:3");
    assert_after(marker, app, "fd");
}

#[test]
fn tcp_check_gates_dependents() {
    let port = free_port();
    let serve = format!("exec python3 -m http.server --bind 127.0.0.1 {port}");
    let (_d, marker, app) = gated(
        "ready-tcp",
        &dep_script(&serve),
        &format!("ready=tcp:127.0.0.1:{port}\nready_interval=0.05"),
    );
    assert!(app >= marker, "tcp: app before the server could listen");
}

#[test]
fn http_check_gates_dependents() {
    let port = free_port();
    let serve = format!("exec python3 -m http.server --bind 127.0.0.1 {port}");
    let (_d, marker, app) = gated(
        "ready-http",
        &dep_script(&serve),
        &format!("ready=http://127.0.0.1:{port}/\nready_interval=0.05"),
    );
    assert!(app >= marker, "http: app before the server answered");
}

#[test]
fn log_line_gates_dependents() {
    let (_d, marker, app) = gated(
        "ready-log",
        &dep_script("echo \"listening on port 8080\""),
        "ready=log:listening on port \\d+",
    );
    assert_after(marker, app, "log");
}

#[test]
fn command_check_gates_dependents() {
    let (_d, marker, app) = gated(
        "ready-cmd",
        &dep_script("touch %(here)s/flag"),
        "ready=cmd:test -f %(here)s/flag\nready_interval=0.05",
    );
    assert_after(marker, app, "cmd");
}

#[test]
fn never_ready_fails_the_start_with_a_description() {
    let conf = "[program:mute]\ncommand=sleep 100\nstartsecs=0\nstartretries=1\nready=fd:3\nready_timeout=0.3\nstopwaitsecs=1\n";
    let d = Daemon::start("ready-never", conf);
    d.assert_log("gave up: mute entered FATAL state", Duration::from_secs(10));
    let log = d.log();
    assert_eq!(
        log.matches("mute: not ready after 0.3 s, stopping it")
            .count(),
        2,
        "{log}"
    );
    assert!(
        log.contains("stopped: mute (terminated by SIGTERM; not ready)"),
        "{log}"
    );
    assert!(!log.contains("success: mute"), "{log}");
}
