//! autorestart respawns at once (no 1 s tick), and exit policies stop the daemon.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

#[test]
fn autorestart_respawns_within_20ms() {
    let d = Daemon::start(
        "autorestart",
        // Runs of a little over a second: a restart after a run that long is immediate
        // (a quicker exit waits out the restart throttle, tested in reliability_floods).
        "[program:bouncer]\ncommand=sh -c 'date +%%s.%%N >> %(here)s/starts; sleep 1.05; exit 0'\nstartsecs=0\nautorestart=true\n",
    );
    assert!(wait_for(Duration::from_secs(20), || read_times(
        &d.path("starts")
    )
    .len()
        >= 4));
    let exits = d.log_times("exited: bouncer");
    let spawns = d.log_times("spawned: 'bouncer'");
    let mut gaps: Vec<f64> = exits
        .iter()
        .zip(spawns.iter().skip(1))
        .map(|(e, s)| s - e)
        .collect();
    gaps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = gaps[gaps.len() / 2];
    assert!(median < 0.020, "restart gaps {gaps:?}");
    assert!(d
        .log()
        .contains("exited: bouncer (exit status 0; expected)"));
}

#[test]
fn autorestart_unexpected_keeps_expected_exit_down() {
    let d = Daemon::start(
        "unexpected",
        "[program:once]\ncommand=sh -c 'echo x >> %(here)s/runs; exit 0'\nstartsecs=0\n\n[program:twice]\ncommand=sh -c 'echo x >> %(here)s/runs2; [ $(wc -l < %(here)s/runs2) -ge 2 ] && exit 0; exit 5'\nstartsecs=0\n",
    );
    d.assert_log(
        "exited: twice (exit status 0; expected)",
        Duration::from_secs(5),
    );
    assert!(d
        .log()
        .contains("exited: twice (exit status 5; not expected)"));
    assert!(d.log().contains("exited: once (exit status 0; expected)"));
    assert_eq!(std::fs::read_to_string(d.path("runs")).unwrap(), "x\n");
}

#[test]
fn exit_policy_shutdown_on_fatal_exits_with_3() {
    let mut d = Daemon::start(
        "exitpolicy",
        "[program:bad]\ncommand=/nonexistent/bad\nstartretries=0\nexit_policy=shutdown-on-fatal\n\n[program:other]\ncommand=sleep 100\nstartsecs=0\npriority=1\n",
    );
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(3), "{}", d.log());
    assert!(
        d.log().contains("stopped: other (terminated by SIGTERM)"),
        "{}",
        d.log()
    );
}

#[test]
fn running_exactly_startsecs_after_spawn() {
    let d = Daemon::start(
        "startsecs",
        "[program:steady]\ncommand=sh -c 'date +%%s.%%N > %(here)s/started; exec sleep 100'\nstartsecs=2\n",
    );
    d.assert_log("success: steady entered RUNNING state, process has stayed up for > than 2 seconds (startsecs)", Duration::from_secs(5));
    let spawned = d.log_times("spawned: 'steady'");
    let running = d.log_times("success: steady");
    let took = running[0] - spawned[0];
    assert!((1.99..2.2).contains(&took), "RUNNING after {took:.3}s");
}

#[test]
fn crash_looping_programs_do_not_starve_the_later_ones() {
    // 20 programs that exit at once and restart at once: the loop spawns at most a few per
    // iteration, and every one of them must get its turn (the first ones in the table used
    // to take the whole budget every iteration, and the last eight never started).
    let programs: String = (0..20)
        .map(|i| format!("[program:c{i:02}]\ncommand=false\nstartsecs=0\nautorestart=true\n\n"))
        .collect();
    let d = Daemon::start("starve", &programs);
    let behind = || -> Vec<String> {
        let log = d.log();
        (0..20)
            .map(|i| format!("spawned: 'c{i:02}'"))
            .filter(|needle| log.matches(needle.as_str()).count() < 3)
            .collect()
    };
    assert!(
        wait_for(Duration::from_secs(10), || behind().is_empty()),
        "spawned fewer than 3 times: {:?}",
        behind()
    );
}
