//! Ordered shutdown and resource hygiene: reverse priority, each priority level fully
//! stopped before the next (groups of equal priority together); no zombie and no leaked
//! fd after a crash loop.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

#[test]
fn shutdown_follows_reverse_priority_group_by_group() {
    let mut prog = String::new();
    for (name, prio) in [("first", 100), ("second", 200), ("third", 300)] {
        prog += &format!(
            "[program:{name}]\ncommand=sh -c 'trap \"sleep 0.2; exit 0\" TERM; while :; do sleep 0.02; done'\nstartsecs=0\npriority={prio}\n\n"
        );
    }
    let mut d = Daemon::start("order", &prog);
    assert!(
        d.wait_log_count("success:", 3, Duration::from_secs(5)),
        "{}",
        d.log()
    );
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(10)), Some(0), "{}", d.log());
    let log = d.log();
    let at = |s: &str| log.find(s).unwrap_or_else(|| panic!("{s} missing:\n{log}"));
    assert!(at("killing third") < at("stopped: third"));
    assert!(at("stopped: third") < at("killing second"), "{log}");
    assert!(at("stopped: second") < at("killing first"), "{log}");
    assert!(at("stopped: first") > at("killing first"));
}

#[test]
fn groups_of_equal_priority_stop_together() {
    let mut prog = String::new();
    for name in ["a", "b", "c"] {
        prog += &format!(
            "[program:{name}]\ncommand=sh -c 'trap \"sleep 0.3; exit 0\" TERM; while :; do sleep 0.02; done'\nstartsecs=0\n\n"
        );
    }
    let mut d = Daemon::start("equalprio", &prog);
    assert!(
        d.wait_log_count("success:", 3, Duration::from_secs(5)),
        "{}",
        d.log()
    );
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(10)), Some(0), "{}", d.log());
    let log = d.log();
    let first_stopped = log.find("stopped: ").expect("a stopped line");
    for name in ["a", "b", "c"] {
        let killing = log
            .find(&format!("killing {name} "))
            .unwrap_or_else(|| panic!("no stop signal for {name}:\n{log}"));
        assert!(
            killing < first_stopped,
            "{name} was signalled only after another stopped:\n{log}"
        );
    }
}

#[test]
fn crash_loop_leaves_no_zombie_and_no_fd() {
    let (baseline, baseline_fds) = {
        let d = Daemon::start("fd-baseline", "");
        // The loop opens its timerfd just after "supervisord started" is logged.
        wait_for(Duration::from_secs(2), || {
            d.fd_list().iter().any(|f| f.contains("timerfd"))
        });
        (d.fd_count(), d.fd_list())
    };
    assert!(baseline > 3, "could not count the daemon's fds");
    // The figure: a 30 s crash loop of 20 programs.
    let until = (now_epoch() + 30.0) as u64;
    let mut prog = String::new();
    for i in 0..20 {
        prog += &format!(
            "[program:crash{i}]\ncommand=sh -c 'echo out; echo err >&2; sleep 0.05; [ $(date +%%s) -lt {until} ] && exit 1; exit 0'\nstartsecs=0\nautorestart=unexpected\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n"
        );
    }
    let d = Daemon::start("crashloop", &prog);
    assert!(
        d.wait_log_count("; expected)", 20, Duration::from_secs(60)),
        "{}",
        d.log()
    );
    assert!(
        d.log().matches("spawned:").count() > 100,
        "not much of a crash loop"
    );
    assert!(
        wait_for(Duration::from_secs(2), || d.zombies().is_empty()),
        "zombies: {:?}",
        d.zombies()
    );
    // A pipe of the last exits may reach EOF a pass after its process was reaped.
    assert!(
        wait_for(Duration::from_secs(2), || d.fd_count() == baseline),
        "fds leaked: {:?} vs baseline {baseline_fds:?}",
        d.fd_list()
    );
}
