//! The Go port's lifecycle keys on real programs: `pre_start_hook` and `pre_stop_hook` run
//! in order with their exits logged, a failing pre_start_hook fails the start,
//! `restartpause` delays an automatic restart, `killwaitsecs` is read (case-insensitively).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use supervisord::rpc::Value;
use support::*;

fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

fn state(d: &Daemon, name: &str) -> String {
    d.infos()
        .into_iter()
        .find(|(n, ..)| n == name)
        .map(|(_, s, _)| s)
        .unwrap_or_default()
}

#[test]
fn hooks_run_in_order_and_their_exits_are_logged() {
    let d = start(
        "hooks_order",
        "[program:app]\n\
         command=bash -c 'echo app >> %(here)s/order; trap \"echo term >> %(here)s/order; exit 0\" TERM; sleep 100 & wait'\n\
         startsecs=0\n\
         pre_start_hook=bash -c 'sleep 0.2; echo pre_start >> %(here)s/order; echo hello from the hook'\n\
         pre_stop_hook=bash -c 'sleep 0.2; echo pre_stop >> %(here)s/order; echo bye >&2; exit 2'\n",
    );
    assert!(
        wait_for(Duration::from_secs(10), || state(&d, "app") == "RUNNING"),
        "{}",
        d.log()
    );
    d.assert_log(
        "pre_start_hook of app succeeded (exit status 0): hello from the hook",
        Duration::from_secs(1),
    );
    // stopProcess waits for the hook, then for the exit.
    d.rpc("supervisor.stopProcess", &[Value::Str("app".into())])
        .unwrap();
    assert_eq!(state(&d, "app"), "STOPPED");
    let order = d.read("order");
    assert_eq!(order, "pre_start\napp\npre_stop\nterm\n", "{}", d.log());
    let log = d.log();
    assert!(
        log.contains("pre_stop_hook of app failed (exit status 2): bye"),
        "{log}"
    );
    let hook = log_times(&log, "pre_stop_hook of app failed")[0];
    let stopped = log_times(&log, "stopped: app")[0];
    assert!(stopped >= hook, "{log}");
}

#[test]
fn a_failing_pre_start_hook_fails_the_start() {
    let d = start(
        "hooks_fail",
        "[program:app]\ncommand=bash -c 'echo ran >> %(here)s/ran; exec sleep 100'\n\
         startsecs=0\nstartretries=1\npre_start_hook=bash -c 'echo not today; exit 7'\n",
    );
    assert!(
        wait_for(Duration::from_secs(10), || state(&d, "app") == "FATAL"),
        "{}",
        d.log()
    );
    let log = d.log();
    assert_eq!(
        log.matches("pre_start_hook of app failed (exit status 7): not today")
            .count(),
        2,
        "one try and one retry:\n{log}"
    );
    assert!(!log.contains("spawned: 'app'"), "{log}");
    assert!(!d.path("ran").exists());
    let info = d
        .rpc("supervisor.getProcessInfo", &[Value::Str("app".into())])
        .unwrap();
    let desc = match field(&info, "description") {
        Some(Value::Str(s)) => s.clone(),
        other => panic!("{other:?}"),
    };
    assert!(
        desc.contains("pre_start_hook failed (exit status 7)"),
        "{desc}"
    );
}

#[test]
fn restartpause_delays_the_restart_after_an_exit() {
    let d = start(
        "restartpause",
        "[program:app]\ncommand=bash -c 'sleep 0.2; exit 0'\nstartsecs=0\n\
         autorestart=true\nrestartPause=2\n",
    );
    assert!(
        d.wait_log_count("spawned: 'app'", 2, Duration::from_secs(10)),
        "{}",
        d.log()
    );
    let log = d.log();
    let exited = log_times(&log, "exited: app")[0];
    let respawned = log_times(&log, "spawned: 'app'")[1];
    let pause = respawned - exited;
    figure(&format!(
        "restartpause=2: restart {pause:.3} s after the exit"
    ));
    assert!((pause - 2.0).abs() <= 0.05, "{pause:.3} s:\n{log}");
    assert!(
        log.contains("restart of 'app' in 2 s (restartpause)"),
        "{log}"
    );
}

#[test]
fn killwaitsecs_is_read_and_sigkill_still_ends_a_stubborn_program() {
    let d = start(
        "killwaitsecs",
        "[program:stubborn]\ncommand=bash -c 'trap \"\" TERM; sleep 100 & wait; sleep 100'\n\
         startsecs=0\nstopwaitsecs=0\nKillWaitSecs=0.5\n",
    );
    assert!(
        wait_for(Duration::from_secs(10), || state(&d, "stubborn")
            == "RUNNING"),
        "{}",
        d.log()
    );
    d.rpc("supervisor.stopProcess", &[Value::Str("stubborn".into())])
        .unwrap();
    assert_eq!(state(&d, "stubborn"), "STOPPED");
    assert!(
        d.wait_log("killing 'stubborn'", Duration::from_secs(5)),
        "{}",
        d.log()
    );
    let json = std::process::Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["check", "--json", "--extensions", "-c"])
        .arg(d.dir.join("supervisord.conf"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&json.stdout);
    assert!(text.contains("\"killwaitsecs\": \"0.5\""), "{text}");
}

#[test]
fn a_pre_start_hook_past_hook_timeout_is_killed_and_fails_the_start() {
    let d = start(
        "hooks_timeout",
        "[program:app]\ncommand=sleep 100\nstartsecs=0\nstartretries=0\n\
         pre_start_hook=bash -c 'echo started; exec sleep 30'\nhook_timeout=0.3\n",
    );
    assert!(
        wait_for(Duration::from_secs(10), || state(&d, "app") == "FATAL"),
        "{}",
        d.log()
    );
    let log = d.log();
    assert!(
        log.contains("pre_start_hook of app failed (timed out after 0.3 s): started"),
        "{log}"
    );
    let took = log_times(&log, "pre_start_hook of app failed")[0]
        - log_times(&log, "running pre_start_hook of app")[0];
    // Killed at its timeout, not at the end of its 30 s sleep.
    assert!((0.25..1.0).contains(&took), "{took:.3} s:\n{log}");
    assert!(!log.contains("spawned: 'app'"), "{log}");
    // The killed hook is reaped: no zombie stays behind.
    assert!(wait_for(Duration::from_secs(5), || d.zombies().is_empty()));
}

#[test]
fn start_process_waits_through_the_pre_start_hook() {
    let d = start(
        "hooks_rpc_start",
        "[program:app]\ncommand=sleep 100\nstartsecs=1\nautostart=false\n\
         pre_start_hook=sleep 0.3\n",
    );
    assert_eq!(state(&d, "app"), "STOPPED");
    let t0 = std::time::Instant::now();
    let r = d.rpc("supervisor.startProcess", &[Value::Str("app".into())]);
    assert_eq!(r, Ok(Value::Bool(true)), "{}", d.log());
    // The hook's 0.3 s, then startsecs.
    assert!(
        t0.elapsed() >= Duration::from_millis(1300),
        "{:?}",
        t0.elapsed()
    );
    assert_eq!(state(&d, "app"), "RUNNING");
    d.assert_log(
        "pre_start_hook of app succeeded (exit status 0)",
        Duration::from_secs(1),
    );
}
