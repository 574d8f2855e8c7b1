//! The daemon itself dies: SIGKILL it with a child running. By default (as Python's
//! supervisord) the child survives as an orphan, re-parented to init or the nearest
//! subreaper; the next start finds the stale unix socket and pidfile left behind and starts
//! normally (nobody answers on the socket, so it is replaced; the pidfile is rewritten).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use support::*;

#[test]
fn sigkilled_daemon_leaves_orphans_and_next_start_handles_stale_files() {
    let dir = temp_dir("sigkill");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:orphan]\ncommand=/bin/sleep 1000\nstartsecs=0\nstdout_logfile=NONE\nstderr_logfile=NONE\n",
    );
    let mut d = Daemon::start_conf(dir.clone(), &conf);
    assert!(d.wait_all("RUNNING", Duration::from_secs(20)));
    let child = d.infos()[0].2 as i32;
    let first_pid = d.pid();
    d.signal(9);
    assert!(d.wait_exit(Duration::from_secs(10)).is_some());
    // Stale files are left behind.
    assert!(dir.join("s.sock").exists(), "socket file gone");
    assert_eq!(
        d.read("supervisord.pid").trim(),
        first_pid.to_string(),
        "pidfile"
    );
    // Documented default: the orphan keeps running.
    assert!(
        alive(child),
        "child died with the daemon (default keeps it)"
    );
    let ppid = status_field(child, "PPid:").unwrap_or_default();
    assert_ne!(ppid, first_pid.to_string());

    // Next start on the same config: stale socket replaced, pidfile rewritten, and the
    // program started again (the orphan is not adopted: a second copy runs).
    std::mem::forget(d);
    let d2 = Daemon::start_conf(dir.clone(), &conf);
    assert!(d2.wait_all("RUNNING", Duration::from_secs(20)));
    assert_eq!(d2.read("supervisord.pid").trim(), d2.pid().to_string());
    let second = d2.infos()[0].2 as i32;
    assert_ne!(second, child);
    assert!(alive(child), "the old orphan is left alone");
    kill9(child);
    figure("daemon_sigkill: orphan survived (reparented), stale socket + pidfile handled at next start, program started afresh");
}

#[test]
fn a_live_daemon_on_the_socket_is_not_replaced() {
    let dir = temp_dir("twice");
    let conf = preamble(&dir, "");
    let d = Daemon::start_conf(dir.clone(), &conf);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["-n", "-c"])
        .arg(dir.join("supervisord.conf"))
        .output()
        .expect("second daemon");
    assert_eq!(
        out.status.code(),
        Some(2),
        "second daemon must refuse to start"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("already listening"), "{err}");
    assert!(
        d.rpc("supervisor.getPID", &[]).is_ok(),
        "first daemon lost its socket"
    );
}

#[test]
fn kill_children_on_exit_takes_children_down_with_a_sigkilled_daemon() {
    let dir = temp_dir("pdeath");
    let mut conf = preamble(&dir, "kill_children_on_exit=true");
    conf.push_str(
        "[program:plain]\ncommand=/bin/sleep 1000\nstartsecs=0\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n",
    );
    if is_root() {
        // The uid switch happens before PR_SET_PDEATHSIG (a credential change clears it).
        conf.push_str(
            "[program:dropped]\ncommand=/bin/sleep 1000\nuser=nobody\nstartsecs=0\n\
             stdout_logfile=NONE\nstderr_logfile=NONE\n",
        );
    }
    let mut d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(20)),
        "{:?}",
        d.infos()
    );
    let pids: Vec<i32> = d.infos().iter().map(|(_, _, p)| *p as i32).collect();
    for p in &pids {
        assert_eq!(
            status_field(*p, "Name:").as_deref(),
            Some("sleep"),
            "child {p} not exec'd"
        );
    }
    d.signal(9);
    assert!(d.wait_exit(Duration::from_secs(10)).is_some());
    let gone = wait_for(Duration::from_secs(10), || pids.iter().all(|p| !alive(*p)));
    for p in &pids {
        kill9(*p);
    }
    assert!(
        gone,
        "children outlived the daemon despite kill_children_on_exit"
    );
    figure(&format!(
        "daemon_sigkill_pdeathsig: kill_children_on_exit=true → {} children (incl. user=nobody when root) died with the SIGKILLed daemon",
        pids.len()
    ));
}
