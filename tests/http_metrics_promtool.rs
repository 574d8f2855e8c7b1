//! `/metrics` of a live daemon with programs in several states (RUNNING, STOPPED, EXITED,
//! FATAL, BACKOFF, one in a group) passes `promtool check metrics` with no errors and no
//! lint warnings, the restarts by reason and the memory series included. Skips (see
//! `support::skip`) when promtool is not installed (Debian: `apt-get install -y prometheus`).

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use support::{free_port, json as request, state_of, Target};
use support::{wait_for, Daemon};

#[test]
fn metrics_pass_promtool_check() {
    let Some(promtool) = support::ci_tool("metrics_pass_promtool_check", &["promtool"]) else {
        return;
    };
    let port = free_port();
    let daemon = Daemon::start(
        "promtool",
        &format!(
            "[inet_http_server]\nport=127.0.0.1:{port}\n\n\
             [program:run]\ncommand=sh -c \"echo hello; exec sleep 1000\"\nstartsecs=0\n\
             liveness_check_script=exit 1\nliveness_check_initial_delay=0\n\
             liveness_check_period=0.5\nliveness_check_failure_threshold=1000\n\
             memory_limit=1GB\n\n\
             [program:idle]\ncommand=sleep 1000\nautostart=false\n\n\
             [program:done]\ncommand=true\nstartsecs=0\nautorestart=false\n\n\
             [program:fatal]\ncommand=/nonexistent/prog\nstartretries=0\n\n\
             [program:flappy]\ncommand=false\nstartsecs=5\nstartretries=1000\n\n\
             [program:member]\ncommand=sleep 1000\nstartsecs=0\n\n\
             [group:grp]\nprograms=member\n"
        ),
    );
    let api = Target::port(port);
    let want = [
        ("run", "RUNNING"),
        ("idle", "STOPPED"),
        ("done", "EXITED"),
        ("fatal", "FATAL"),
        ("grp:member", "RUNNING"),
    ];
    for (name, state) in want {
        assert!(
            wait_for(Duration::from_secs(15), || state_of(&api, name).as_deref()
                == Some(state)),
            "{name} never {state} (is {:?}):\n{}",
            state_of(&api, name),
            daemon.log()
        );
    }
    assert!(
        wait_for(Duration::from_secs(15), || {
            matches!(state_of(&api, "flappy").as_deref(), Some("BACKOFF"))
        }),
        "flappy never BACKOFF:\n{}",
        daemon.log()
    );

    let resp = request(&api, "GET", "/metrics", "").expect("GET /metrics");
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert!(
        resp.header("Content-Type")
            .is_some_and(|c| c.starts_with("text/plain; version=0.0.4")),
        "{:?}",
        resp.headers
    );
    let text = resp.body;
    for series in [
        "node_supervisord_state{group=\"run\",name=\"run\"} 20\n",
        "node_supervisord_state{group=\"idle\",name=\"idle\"} 0\n",
        "node_supervisord_state{group=\"done\",name=\"done\"} 100\n",
        "node_supervisord_state{group=\"fatal\",name=\"fatal\"} 200\n",
        "node_supervisord_up{group=\"grp\",name=\"member\"} 1\n",
        "supervisord_process_spawns_total{group=\"done\",name=\"done\"} 1\n",
        "supervisord_process_stdout_bytes_total{group=\"run\",name=\"run\"} 6\n",
        "supervisord_processes 6\n",
        "# TYPE supervisord_liveness_failures_total counter\n",
        "supervisord_liveness_failures_total{group=\"run\",name=\"run\"} ",
        "supervisord_process_restarts_total{group=\"flappy\",name=\"flappy\",reason=\"exit\"} ",
        "supervisord_process_restarts_total{group=\"run\",name=\"run\",reason=\"memory\"} 0\n",
        "supervisord_process_memory_limit_exceeded_total{group=\"run\",name=\"run\"} 0\n",
        "supervisord_process_resident_memory_bytes{group=\"run\",name=\"run\"} ",
        "supervisord_process_cpu_seconds_total{group=\"run\",name=\"run\"} ",
    ] {
        assert!(text.contains(series), "missing {series:?} in:\n{text}");
    }

    let mut child = Command::new(&promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run promtool");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("feed promtool");
    let out = child.wait_with_output().expect("promtool output");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && report.trim().is_empty(),
        "promtool check metrics: {:?}\n{report}\n--- metrics ---\n{text}",
        out.status
    );
}
