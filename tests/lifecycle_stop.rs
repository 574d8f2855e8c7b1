//! Stopping: SIGKILL exactly stopwaitsecs after the stop signal; stopasgroup reaches the
//! child's own children; the stop-signal list is tried in turn.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::{Duration, Instant};
use support::*;

#[test]
fn sigkill_follows_ignored_sigterm_after_stopwaitsecs() {
    let mut d = Daemon::start(
        "stopwait",
        "[program:stubborn]\ncommand=sh -c 'trap \"\" TERM; echo ready > %(here)s/ready; while :; do sleep 0.05; done'\nstartsecs=0\nstopwaitsecs=1\n",
    );
    assert!(wait_for(Duration::from_secs(5), || d
        .path("ready")
        .exists()));
    let sent = Instant::now();
    d.signal(SIGTERM);
    d.assert_log(
        "stopped: stubborn (terminated by SIGKILL)",
        Duration::from_secs(5),
    );
    let took = sent.elapsed().as_secs_f64();
    assert!((took - 1.0).abs() < 0.15, "SIGKILL seen after {took:.3}s");
    // The daemon's own timestamps: SIGKILL stopwaitsecs after SIGTERM. The `killing` line
    // is stamped when written, a little after the loop took the time the wait counts from:
    // on a loaded 2-core host that is up to ~10 ms, so the lower bound allows 20 ms (it was
    // 2 ms, less than one scheduling slice). A timer that fired early by a whole tick or
    // late by a loop iteration still fails. The exact deadline is pinned by the state
    // machine's unit tests.
    let term = d.log_times("killing stubborn (pid");
    let kill = d.log_times("killing 'stubborn' (");
    let gap = kill[0] - term[0];
    assert!(
        (0.98..1.15).contains(&gap),
        "SIGKILL {gap:.3}s after SIGTERM"
    );
    assert!(d.log().contains("killing 'stubborn' ("));
    assert!(d.log().contains(") with SIGKILL"));
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(0));
}

#[test]
fn stopasgroup_kills_grandchildren() {
    let mut d = Daemon::start(
        "group",
        "[program:tree]\ncommand=sh -c 'sleep 300 & echo $! > %(here)s/grandchild; wait'\nstartsecs=0\nstopasgroup=true\nstopwaitsecs=2\n",
    );
    let gc = read_number(&d.path("grandchild"));
    assert!(alive(gc));
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(0), "{}", d.log());
    assert!(
        wait_for(Duration::from_secs(2), || !alive(gc)),
        "grandchild {gc} survived"
    );
    assert!(d.log().contains("killing tree (pid"), "{}", d.log());
    assert!(
        d.log().contains("process group with signal SIGTERM"),
        "{}",
        d.log()
    );
}

#[test]
fn stop_signal_list_is_tried_in_turn() {
    let d = Daemon::start(
        "siglist",
        "[program:picky]\ncommand=sh -c 'trap \"\" TERM; trap \"echo int >> %(here)s/got; exit 0\" INT; echo ready > %(here)s/ready; while :; do sleep 0.05; done'\nstartsecs=0\nstopsignal=TERM,INT\nstopwaitsecs=1\n",
    );
    assert!(wait_for(Duration::from_secs(5), || d
        .path("ready")
        .exists()));
    let sent = Instant::now();
    d.signal(SIGTERM);
    d.assert_log("stopped: picky (exit status 0)", Duration::from_secs(5));
    let took = sent.elapsed().as_secs_f64();
    assert!((0.95..1.3).contains(&took), "INT after {took:.3}s");
    assert!(d.log().contains("killing picky (pid"), "{}", d.log());
    assert!(d.log().contains("with signal SIGINT"), "{}", d.log());
    assert!(!d.log().contains("with SIGKILL"));
}

#[test]
fn a_sigstopped_child_is_still_killed_after_stopwaitsecs() {
    let mut d = Daemon::start(
        "sigstop",
        "[program:frozen]\ncommand=sh -c 'echo $$ > %(here)s/pid; while :; do sleep 0.05; done'\nstartsecs=0\nstopwaitsecs=1\n",
    );
    let pid = read_number(&d.path("pid"));
    // SAFETY: kill(2) on the test's own grandchild.
    unsafe { nix::libc::kill(pid, nix::libc::SIGSTOP) };
    // Wait until it is really stopped: a pending SIGTERM would be delivered first.
    let stopped = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|s| s.rsplit_once(") ").is_some_and(|(_, r)| r.starts_with('T')))
    };
    assert!(wait_for(Duration::from_secs(5), stopped));
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(0), "{}", d.log());
    assert!(
        d.log().contains("stopped: frozen (terminated by SIGKILL)"),
        "{}",
        d.log()
    );
    assert!(!alive(pid));
}

#[test]
fn death_by_signal_is_an_unexpected_exit() {
    let d = Daemon::start(
        "selfkill",
        "[program:suicide]\ncommand=sh -c 'sleep 0.2; kill -KILL $$'\nstartsecs=0\nautorestart=false\n",
    );
    d.assert_log(
        "exited: suicide (terminated by SIGKILL; not expected)",
        Duration::from_secs(5),
    );
}

/// A fleet that stops at once is reaped through each process's own pid after the first
/// few exits of a wake-up (`Supervisor::reap`): every process ends STOPPED with its own
/// exit, and no zombie is left.
#[test]
fn a_fleet_stopped_at_once_is_reaped_whole() {
    let dir = temp_dir("fleetstop");
    let conf = preamble(&dir, "")
        + "[program:f]\ncommand=sleep 1000\nprocess_name=%(program_name)s%(process_num)02d\n\
           numprocs=40\nstartsecs=0\nstdout_logfile=NONE\nstderr_logfile=NONE\n";
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(20)),
        "{:?}",
        d.infos()
    );
    d.rpc("supervisor.stopAllProcesses", &[]).unwrap();
    assert!(
        d.wait_all("STOPPED", Duration::from_secs(10)),
        "{:?}",
        d.infos()
    );
    assert!(d.wait_log_count("(terminated by SIGTERM)", 40, Duration::from_secs(5)));
    d.assert_zombies_reaped();
}
