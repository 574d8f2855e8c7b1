//! Liveness checks (`liveness_check_*`, the Go port's keys) on real programs: a TCP check
//! whose listener closes restarts the program exactly `failure_threshold × period` after
//! the last passed check; an HTTP check sends its header and its `stop` action stops the
//! program; a command check runs its success and failure commands and logs the recovery.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::*;

fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

#[test]
fn tcp_check_restarts_failure_threshold_periods_after_the_last_pass() {
    // The listener takes two checks, then closes. Checks at RUNNING + 0.5 and + 0.8 pass,
    // + 1.1, + 1.4 and + 1.7 fail: the restart comes 3 × 0.3 s after the last pass.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || for _ in l.incoming().take(2) {});
    let d = start(
        "liveness_tcp",
        &format!(
            "[program:web]\ncommand=sleep 100\nstartsecs=0\n\
             liveness_check_script=tcp://127.0.0.1:{port}\n\
             Liveness_Check_Initial_Delay=0.5\nliveness_check_period=0.3\n\
             liveness_check_timeout=0.2\n"
        ),
    );
    d.assert_log("failure action: restart", Duration::from_secs(10));
    assert!(
        wait_for(Duration::from_secs(5), || d
            .log()
            .matches("spawned: 'web'")
            .count()
            >= 2),
        "{}",
        d.log()
    );
    let log = d.log();
    let at = |needle: &str| log_times(&log, needle).first().copied().unwrap_or(-1.0);
    let running = at("success: web entered RUNNING");
    let fails: Vec<f64> = (1..=3)
        .map(|n| at(&format!("liveness check of web failed ({n}/3)")) - running)
        .collect();
    let action = at("failure action: restart") - running;
    figure(&format!(
        "liveness tcp: failures at {fails:.3?} s, restart at {action:.3} s after RUNNING (expected 1.1, 1.4, 1.7)"
    ));
    for (got, want) in fails.iter().zip([1.1, 1.4, 1.7]) {
        assert!(
            (got - want).abs() <= 0.05,
            "failure at {got:.3} s, not {want}:\n{log}"
        );
    }
    assert!(
        (action - 1.7).abs() <= 0.05,
        "restart at {action:.3} s, not 1.7:\n{log}"
    );
    let metrics = fetch(&d.target, "GET", "/metrics", &[], b"").body;
    assert!(
        metrics.contains("supervisord_liveness_failures_total{group=\"web\",name=\"web\"} "),
        "{metrics}"
    );
    assert!(metrics.contains("# TYPE supervisord_liveness_failures_total counter\n"));
}

/// A one-thread HTTP server: records each request head, answers 200 `ok` times, then 503.
fn http_server(ok: usize) -> (u16, Arc<Mutex<Vec<String>>>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let heads = Arc::new(Mutex::new(Vec::new()));
    let seen = heads.clone();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut c) = conn else { continue };
            let _ = c.set_read_timeout(Some(Duration::from_secs(2)));
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match c.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let n = {
                let mut h = seen.lock().unwrap();
                h.push(String::from_utf8_lossy(&head).into_owned());
                h.len()
            };
            let status = if n <= ok { "200 OK" } else { "503 Busy" };
            let _ = c.write_all(format!("HTTP/1.0 {status}\r\n\r\n").as_bytes());
        }
    });
    (port, heads)
}

#[test]
fn http_check_sends_its_header_and_the_stop_action_stops() {
    let (port, heads) = http_server(2);
    let d = start(
        "liveness_http",
        &format!(
            "[program:api]\ncommand=sleep 100\nstartsecs=0\n\
             liveness_check_script=http://127.0.0.1:{port}/health -H 'X-Probe: secret token'\n\
             liveness_check_initial_delay=0.1\nliveness_check_period=0.1\n\
             liveness_check_failure_threshold=2\nliveness_check_failure_action=stop\n"
        ),
    );
    d.assert_log("failure action: stop", Duration::from_secs(10));
    assert!(
        wait_for(Duration::from_secs(5), || d
            .infos()
            .iter()
            .any(|(n, s, _)| n == "api" && s == "STOPPED")),
        "{:?}\n{}",
        d.infos(),
        d.log()
    );
    let heads = heads.lock().unwrap().clone();
    assert_eq!(heads.len(), 4, "{heads:?}");
    for h in &heads {
        assert!(h.starts_with("GET /health HTTP/1.0\r\n"), "{h}");
        assert!(h.contains("\r\nX-Probe: secret token\r\n"), "{h}");
    }
    assert!(d
        .log()
        .contains("liveness check of api failed (1/2): answered 'HTTP/1.0 503 Busy'"));
    // Stopped, not restarted: no check afterwards.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(d.log().matches("spawned: 'api'").count(), 1);
}

#[test]
fn command_check_runs_its_actions_and_logs_recovery() {
    let dir = temp_dir("liveness_cmd");
    std::fs::write(dir.join("healthy"), "").unwrap();
    let conf = format!(
        "{}[program:worker]\ncommand=sleep 100\nstartsecs=0\n\
         liveness_check_script=test -f %(here)s/healthy\n\
         liveness_check_initial_delay=0\nliveness_check_period=0.1\n\
         liveness_check_failure_threshold=2\n\
         liveness_check_success_action=echo up >> %(here)s/alive\n\
         liveness_check_failure_action=echo down >> %(here)s/acted\n",
        preamble(&dir, "")
    );
    let d = Daemon::start_conf(dir.clone(), &conf);
    let pid = || {
        d.infos()
            .into_iter()
            .find(|(n, ..)| n == "worker")
            .map(|(.., p)| p)
    };
    assert!(
        wait_for(Duration::from_secs(5), || dir.join("alive").exists()),
        "{}",
        d.log()
    );
    let first_pid = pid();
    std::fs::remove_file(dir.join("healthy")).unwrap();
    assert!(
        wait_for(Duration::from_secs(5), || dir.join("acted").exists()),
        "{}",
        d.log()
    );
    d.assert_log(
        "liveness_check_failure_action of worker ended (exit status 0)",
        Duration::from_secs(5),
    );
    std::fs::write(dir.join("healthy"), "").unwrap();
    d.assert_log(
        "liveness check of worker passed again",
        Duration::from_secs(5),
    );
    // A command action leaves the program alone; the success action ran again once the
    // counters started over after the failure action.
    assert_eq!(pid(), first_pid);
    assert!(
        wait_for(Duration::from_secs(5), || {
            std::fs::read_to_string(dir.join("alive"))
                .unwrap_or_default()
                .lines()
                .count()
                == 2
        }),
        "{}",
        d.log()
    );
    assert!(d
        .log()
        .contains("liveness check of worker failed (1/2): exit status 1"));
}

/// The Go port README's lifecycle keys, as written there, load with `check`.
#[test]
fn go_port_readme_keys_load_with_check() {
    let dir = temp_dir("liveness_goreadme");
    let conf = dir.join("s.conf");
    std::fs::write(
        &conf,
        format!(
            "[supervisord]\nlogfile={}/main.log\n\n\
             [program:A]\ncommand=sleep 100\nrestartPause=2\nkillwaitsecs=2\ndepends_on = B, C\n\
             pre_start_hook = echo \"this is start hook\"\npre_stop_hook = echo \"this is stop hook\"\n\
             liveness_check_script = http://127.0.0.1:8080/liveness -H \"Content-Type: application/json\" -d \"this is data\" --key-file /k.pem --cert-file /c.pem --ca-file /ca.pem\n\
             liveness_check_initial_delay = 60\nliveness_check_period = 60\nliveness_check_timeout = 30\n\
             liveness_check_success_threshold = 1\nliveness_check_success_action = /bin/true\n\
             liveness_check_failure_threshold = 3\nliveness_check_failure_action = restart\n\n\
             [program:B]\ncommand=sleep 100\nliveness_check_script = tcp://127.0.0.1:8080\n\n\
             [program:C]\ncommand=sleep 100\nliveness_check_script = /your/liveness/script.sh\n",
            dir.display()
        ),
    )
    .unwrap();
    let out = support::check_conf(&["--json", "--extensions"], &conf);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for want in [
        "\"restartpause\": \"2\"",
        "\"liveness_check_failure_action\": \"restart\"",
        "\"liveness_check_script\": \"tcp://127.0.0.1:8080\"",
        "\"pre_stop_hook\": \"echo \\\"this is stop hook\\\"\"",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    // A wrong value names its key and line.
    let bad = std::fs::read_to_string(&conf)
        .unwrap()
        .replace("liveness_check_period = 60", "liveness_check_period = soon");
    std::fs::write(&conf, bad).unwrap();
    let out = support::check_conf(&[], &conf);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("liveness_check_period: invalid value 'soon'") && err.contains("line: 13"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Each failure and the action reach a PROCESS_LIVENESS listener with the documented payload.
#[test]
fn failures_and_the_action_are_process_liveness_events() {
    let d = start(
        "liveness_events",
        "[program:svc]\ncommand=sleep 100\nstartsecs=0\n\
         liveness_check_script=exit 1\nliveness_check_initial_delay=0.3\n\
         liveness_check_period=0.1\nliveness_check_failure_threshold=2\n\
         liveness_check_failure_action=stop\n\n\
         [eventlistener:rec]\ncommand=bash -c 'while :; do echo READY; read h || exit; \
         n=${h##*len:}; dd bs=1 count=$n 2>/dev/null >> %(here)s/events; echo >> %(here)s/events; \
         printf \"RESULT 2\\nOK\"; done'\nevents=PROCESS_LIVENESS\n",
    );
    let want = [
        "processname:svc groupname:svc pid:",
        " result:failed failures:1 threshold:2\nexit status 1\n",
        " result:action failures:2 threshold:2 action:stop\nexit status 1\n",
    ];
    assert!(
        wait_for(Duration::from_secs(10), || {
            let events = std::fs::read_to_string(d.path("events")).unwrap_or_default();
            want.iter().all(|w| events.contains(w))
        }),
        "{:?}\n{}",
        std::fs::read_to_string(d.path("events")),
        d.log()
    );
}

/// An HTTP check with TLS options runs `curl` with the same method, header and body.
#[test]
fn a_check_with_tls_options_goes_through_curl() {
    if tool(&["curl"]).is_none() {
        skip(
            "a_check_with_tls_options_goes_through_curl",
            "curl not found",
        );
        return;
    }
    let (port, heads) = http_server(1);
    let d = start(
        "liveness_curl",
        &format!(
            "[program:api]\ncommand=sleep 100\nstartsecs=0\n\
             liveness_check_script=http://127.0.0.1:{port}/up -H 'X-Probe: via curl' -d ping --ca-file /dev/null\n\
             liveness_check_initial_delay=0\nliveness_check_period=0.1\n\
             liveness_check_failure_threshold=1\nliveness_check_failure_action=stop\n"
        ),
    );
    d.assert_log("failure action: stop", Duration::from_secs(10));
    assert!(
        d.log().contains("failed (1/1): curl exit status 22"),
        "{}",
        d.log()
    );
    let heads = heads.lock().unwrap().clone();
    assert!(heads[0].starts_with("POST /up HTTP/1.1\r\n"), "{heads:?}");
    assert!(heads[0].contains("\r\nX-Probe: via curl\r\n"), "{heads:?}");
}
