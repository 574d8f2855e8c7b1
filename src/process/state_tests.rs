//! Tests of the pure process state machine (`state.rs`): transitions without forking.

use super::*;
use crate::config::AutoRestart;
use crate::process::describe::uptime;

fn policy() -> Policy {
    Policy {
        autostart: true,
        autorestart: AutoRestart::Unexpected,
        startsecs: 1,
        startretries: 2,
        exitcodes: vec![0],
        stopsignals: vec![15],
        stopwaitsecs: 10,
        stopasgroup: false,
        killasgroup: false,
        ready_timeout: None,
        restartpause: Duration::ZERO,
        killwaitsecs: None,
    }
}

#[test]
fn restartpause_delays_the_restart_after_an_exit() {
    let p = Policy {
        autorestart: AutoRestart::Always,
        startsecs: 0,
        restartpause: Duration::from_secs(2),
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("x");
    m.spawned(1, t0, 1, &p);
    m.on_timer(secs(t0, 1.0), &p);
    let acts = m.exited(Exit::Code(0), secs(t0, 5.0), 5, &p);
    assert!(logs(&acts).iter().any(|l| l.contains("restartpause")));
    assert_eq!(m.deadline(), Some(secs(t0, 7.0)));
    assert!(!m.wants_spawn(secs(t0, 6.9), &p));
    m.on_timer(secs(t0, 7.0), &p);
    assert!(m.wants_spawn(secs(t0, 7.0), &p));
    // A quick exit waits for the longer of the pause and the respawn gap.
    m.spawned(2, secs(t0, 7.0), 7, &p);
    m.exited(Exit::Code(1), secs(t0, 7.1), 7, &p);
    assert_eq!(m.deadline(), Some(secs(t0, 7.1 + 2.0)));
}

#[test]
fn an_exit_during_a_requested_stop_is_not_restarted() {
    let p = Policy {
        autorestart: AutoRestart::Always,
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("x");
    m.spawned(1, t0, 1, &p);
    m.on_timer(secs(t0, 1.0), &p);
    m.exited(Exit::Code(1), secs(t0, 5.0), 5, &p);
    assert!(m.wants_spawn(secs(t0, 5.0), &p));
    m.hold_restart();
    assert!(!m.wants_spawn(secs(t0, 5.0), &p));
    m.spawned(2, secs(t0, 6.0), 6, &p);
    m.hold_restart();
    assert_eq!(m.state.name(), "STARTING", "only an EXITED process is held");
}

#[test]
fn killwaitsecs_sets_the_sigkill_resend_interval() {
    let p = Policy {
        stopwaitsecs: 10,
        killwaitsecs: Some(Duration::from_millis(500)),
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("x");
    m.spawned(1, t0, 1, &p);
    m.stop(t0, &p);
    m.on_timer(secs(t0, 10.0), &p);
    assert_eq!(m.deadline(), Some(secs(t0, 10.5)));
    let acts = m.on_timer(secs(t0, 10.5), &p);
    assert!(logs(&acts)
        .iter()
        .any(|l| l.contains("still running 0.5 s after SIGKILL")));
    assert_eq!(m.deadline(), Some(secs(t0, 11.0)));
}

fn secs(t0: Instant, s: f64) -> Instant {
    t0 + Duration::from_secs_f64(s)
}

fn logs(actions: &[Action]) -> Vec<String> {
    actions
        .iter()
        .filter_map(|a| match a {
            Action::Log(_, m) => Some(m.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn starting_becomes_running_at_the_startsecs_deadline() {
    let p = policy();
    let t0 = Instant::now();
    let mut m = Machine::new("web");
    assert!(m.wants_spawn(t0, &p));
    let a = m.spawned(42, t0, 1000, &p);
    assert_eq!(logs(&a), vec!["spawned: 'web' with pid 42"]);
    assert_eq!(m.deadline(), Some(secs(t0, 1.0)));
    assert!(m.on_timer(secs(t0, 0.999), &p).is_empty());
    let a = m.on_timer(secs(t0, 1.0), &p);
    assert_eq!(m.state.name(), "RUNNING");
    assert_eq!(
        logs(&a),
        vec!["success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"]
    );
    assert_eq!(m.deadline(), None);
}

#[test]
fn startsecs_zero_is_running_at_once() {
    let p = Policy {
        startsecs: 0,
        ..policy()
    };
    let mut m = Machine::new("a");
    m.spawned(7, Instant::now(), 5, &p);
    assert_eq!(m.state.name(), "RUNNING");
}

#[test]
fn early_exits_back_off_linearly_then_go_fatal() {
    let p = policy();
    let t0 = Instant::now();
    let mut m = Machine::new("x");
    m.spawned(1, t0, 1, &p);
    // Exit code 0 inside startsecs is still a failure.
    let a = m.exited(Exit::Code(0), secs(t0, 0.01), 1, &p);
    assert_eq!(logs(&a), vec!["exited: x (exit status 0; not expected)"]);
    assert_eq!(
        m.state,
        State::Backoff {
            retry_at: secs(t0, 1.01)
        }
    );
    assert_eq!(
        m.description(t0, |_| String::new()),
        "Exited too quickly (process log may have details)"
    );
    assert!(!m.wants_spawn(secs(t0, 1.0), &p));
    assert!(m.wants_spawn(secs(t0, 1.01), &p));
    m.spawned(2, secs(t0, 1.01), 2, &p);
    m.exited(Exit::Code(1), secs(t0, 1.02), 2, &p);
    assert_eq!(
        m.state,
        State::Backoff {
            retry_at: secs(t0, 3.02)
        }
    );
    m.spawned(3, secs(t0, 3.02), 3, &p);
    let a = m.exited(Exit::Code(1), secs(t0, 3.03), 3, &p);
    assert_eq!(m.state, State::Fatal);
    assert_eq!(m.backoff, 0);
    assert_eq!(
        logs(&a)[1],
        "gave up: x entered FATAL state, too many start retries too quickly"
    );
    assert!(!m.wants_spawn(secs(t0, 100.0), &p));
    assert!(m.can_start());
}

#[test]
fn startretries_zero_means_one_attempt() {
    let p = Policy {
        startretries: 0,
        ..policy()
    };
    let mut m = Machine::new("x");
    m.spawn_failed("can't find command 'nope'", Instant::now(), 1, &p);
    assert_eq!(m.state, State::Fatal);
    assert_eq!(
        m.description(Instant::now(), |_| String::new()),
        "can't find command 'nope'"
    );
}

#[test]
fn autorestart_rules_on_exit_from_running() {
    let t0 = Instant::now();
    for (rule, code, restart) in [
        (AutoRestart::Unexpected, 0, false),
        (AutoRestart::Unexpected, 3, true),
        (AutoRestart::Always, 0, true),
        (AutoRestart::Never, 3, false),
    ] {
        let p = Policy {
            autorestart: rule,
            ..policy()
        };
        let mut m = Machine::new("r");
        m.spawned(9, t0, 1, &p);
        m.on_timer(secs(t0, 1.0), &p);
        let a = m.exited(Exit::Code(code), secs(t0, 5.0), 6, &p);
        let expected = code == 0;
        assert_eq!(m.state, State::Exited { expected });
        assert_eq!(m.exitstatus, code);
        assert_eq!(m.wants_spawn(secs(t0, 5.0), &p), restart, "{rule:?} {code}");
        let word = if expected { "expected" } else { "not expected" };
        assert_eq!(
            logs(&a),
            vec![format!("exited: r (exit status {code}; {word})")]
        );
        if !expected {
            assert_eq!(m.spawnerr, "Bad exit code 3");
        }
    }
}

#[test]
fn exit_after_startsecs_before_the_timer_is_promoted() {
    let p = policy();
    let t0 = Instant::now();
    let mut m = Machine::new("r");
    m.spawned(9, t0, 1, &p);
    m.exited(Exit::Code(0), secs(t0, 1.5), 2, &p);
    assert_eq!(m.state, State::Exited { expected: true });
}

#[test]
fn a_quick_exit_delays_the_restart_to_a_second_after_the_spawn_logged_once_per_burst() {
    let p = Policy {
        startsecs: 0,
        autorestart: AutoRestart::Always,
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("q");
    let mut lines = Vec::new();
    let mut spawns = 0;
    let mut now = t0;
    // Ten runs that each die 8 ms after their spawn.
    for _ in 0..10 {
        m.spawned(1, now, 1, &p);
        spawns += 1;
        let exit = Exit::Code(1);
        lines.extend(logs(&m.exited(exit, now + Duration::from_millis(8), 1, &p)));
        assert!(!m.wants_spawn(now + Duration::from_millis(999), &p));
        let due = m.deadline().expect("a respawn deadline");
        assert_eq!(due, now + RESPAWN_GAP);
        assert!(m.on_timer(due, &p).is_empty());
        assert!(m.wants_spawn(due, &p));
        assert_eq!(m.deadline(), None, "the deadline is consumed");
        now = due;
    }
    assert_eq!(spawns, 10);
    let delayed: Vec<_> = lines
        .iter()
        .filter(|l| l.starts_with("respawn of"))
        .collect();
    assert_eq!(
        delayed,
        vec!["respawn of 'q' delayed 0.99 s (exited 8 ms after start)"]
    );
    // A run of a second or more restarts at once, and ends the burst.
    m.spawned(1, now, 1, &p);
    let a = m.exited(Exit::Code(1), now + Duration::from_secs(2), 1, &p);
    assert!(logs(&a).iter().all(|l| !l.starts_with("respawn of")));
    assert!(m.wants_spawn(now + Duration::from_secs(2), &p));
    assert_eq!(m.deadline(), None);
    // Without an automatic restart nothing is delayed or logged.
    let never = Policy {
        autorestart: AutoRestart::Never,
        ..p.clone()
    };
    let mut m = Machine::new("n");
    m.spawned(1, t0, 1, &never);
    let a = m.exited(Exit::Code(1), t0 + Duration::from_millis(5), 1, &never);
    assert!(logs(&a).iter().all(|l| !l.starts_with("respawn of")));
    assert_eq!(m.deadline(), None);
    // An operator's stop while the restart waits cancels it, until the next start.
    let mut m = Machine::new("s");
    m.spawned(1, t0, 1, &p);
    m.exited(Exit::Code(1), t0 + Duration::from_millis(5), 1, &p);
    m.cancel_respawn();
    assert_eq!(m.deadline(), None);
    assert!(!m.wants_spawn(t0 + Duration::from_secs(5), &p));
    m.spawned(2, t0 + Duration::from_secs(5), 1, &p);
    m.exited(Exit::Code(1), t0 + Duration::from_secs(7), 1, &p);
    assert!(m.wants_spawn(t0 + Duration::from_secs(7), &p));
}

#[test]
fn sigkill_is_repeated_at_most_once_a_second_even_with_stopwaitsecs_zero() {
    let p = Policy {
        stopwaitsecs: 0,
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("k");
    m.spawned(7, t0, 1, &p);
    m.stop(t0, &p);
    let a = m.on_timer(t0, &p);
    assert!(a.contains(&Action::Signal {
        pid: 7,
        sig: 9,
        group: false
    }));
    assert_eq!(m.deadline(), Some(t0 + Duration::from_secs(1)));
    assert!(m.on_timer(t0 + Duration::from_millis(500), &p).is_empty());
}

#[test]
fn stop_escalates_through_signals_then_sigkill_rearmed() {
    let p = Policy {
        stopsignals: vec![2, 15],
        stopwaitsecs: 1,
        stopasgroup: true,
        killasgroup: true,
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("s");
    m.spawned(50, t0, 1, &p);
    let a = m.stop(secs(t0, 0.5), &p);
    assert_eq!(
        a,
        vec![
            Action::Log(
                LogLevel::Debug,
                "killing s (pid 50) process group with signal SIGINT".into()
            ),
            Action::Signal {
                pid: 50,
                sig: 2,
                group: true
            }
        ]
    );
    assert_eq!(m.deadline(), Some(secs(t0, 1.5)));
    let a = m.on_timer(secs(t0, 1.5), &p);
    assert!(a.contains(&Action::Signal {
        pid: 50,
        sig: 15,
        group: true
    }));
    let a = m.on_timer(secs(t0, 2.5), &p);
    assert_eq!(
        logs(&a),
        vec![
            "killing 's' (50) with SIGKILL",
            "killing s (pid 50) process group with signal SIGKILL"
        ]
    );
    assert!(a.contains(&Action::Signal {
        pid: 50,
        sig: 9,
        group: true
    }));
    // Re-armed: SIGKILL again one stopwaitsecs later.
    let a = m.on_timer(secs(t0, 3.5), &p);
    assert!(a.contains(&Action::Signal {
        pid: 50,
        sig: 9,
        group: true
    }));
    let a = m.exited(
        Exit::Signal {
            sig: 9,
            core: false,
        },
        secs(t0, 3.6),
        9,
        &p,
    );
    assert_eq!(
        a,
        vec![Action::Log(
            LogLevel::Warn,
            "stopped: s (terminated by SIGKILL)".into()
        )]
    );
    assert_eq!(m.state, State::Stopped);
    assert_eq!(m.exitstatus, -1);
    assert!(!m.wants_spawn(secs(t0, 4.0), &p));
    assert_eq!(m.description(t0, |t| format!("at {t}")), "at 9");
}

#[test]
fn stop_in_backoff_is_stopped_without_signal() {
    let p = policy();
    let t0 = Instant::now();
    let mut m = Machine::new("b");
    m.spawn_failed("boom", t0, 1, &p);
    assert!(m.stop(t0, &p).is_empty());
    assert_eq!(m.state, State::Stopped);
    let mut m = Machine::new("b");
    m.spawn_failed("boom", t0, 1, &p);
    m.give_up();
    assert_eq!(m.state, State::Fatal);
}

#[test]
fn descriptions_and_uptime() {
    let p = policy();
    let t0 = Instant::now();
    let mut m = Machine::new("d");
    assert_eq!(m.description(t0, |_| String::new()), "Not started");
    m.spawned(77, t0, 1, &p);
    assert_eq!(m.description(t0, |_| String::new()), "");
    m.on_timer(secs(t0, 1.0), &p);
    assert_eq!(
        m.description(secs(t0, 3723.5), |_| String::new()),
        "pid 77, uptime 1:02:03"
    );
    assert_eq!(uptime(Duration::from_secs(86400 + 5)), "1 day, 0:00:05");
    assert_eq!(uptime(Duration::from_secs(2 * 86400)), "2 days, 0:00:00");
    assert_eq!(
        uptime(Duration::from_secs(100 * 3600 + 59)),
        "4 days, 4:00:59"
    );
    assert_eq!(uptime(Duration::from_secs(86399)), "23:59:59");
}

#[test]
fn exit_descriptions() {
    assert_eq!(Exit::Code(3).describe(), "exit status 3");
    assert_eq!(
        Exit::Signal { sig: 9, core: true }.describe(),
        "terminated by SIGKILL (core dumped)"
    );
}

#[test]
fn every_intermediate_state_change_is_recorded() {
    let p = Policy {
        startsecs: 0,
        startretries: 0,
        ..policy()
    };
    let t0 = Instant::now();
    let mut m = Machine::new("c");
    m.spawned(1, t0, 1, &p);
    m.exited(Exit::Code(0), t0, 1, &p);
    let names: Vec<(&str, &str)> = m
        .take_changes()
        .iter()
        .map(|(a, b)| (a.name(), b.name()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("STOPPED", "STARTING"),
            ("STARTING", "RUNNING"),
            ("RUNNING", "EXITED")
        ]
    );
    let p = Policy {
        startretries: 0,
        ..policy()
    };
    m.spawned(2, t0, 2, &p);
    m.exited(Exit::Code(1), t0, 2, &p);
    let names: Vec<&str> = m.take_changes().iter().map(|(_, b)| b.name()).collect();
    assert_eq!(names, vec!["STARTING", "BACKOFF", "FATAL"]);
    assert!(m.take_changes().is_empty());
}

#[test]
fn readiness_gates_running_and_a_timeout_is_a_failed_start() {
    let mut p = policy();
    p.ready_timeout = Some(Duration::from_secs(5));
    let t0 = Instant::now();
    let mut m = Machine::new("x");
    m.spawned(7, t0, 1, &p);
    assert_eq!(m.deadline(), Some(secs(t0, 5.0)));
    assert!(m.on_timer(secs(t0, 2.0), &p).is_empty());
    assert_eq!(m.state.name(), "STARTING");
    m.mark_ready(secs(t0, 2.5), &p);
    assert_eq!(m.state.name(), "RUNNING");

    let mut m = Machine::new("y");
    m.spawned(8, t0, 1, &p);
    m.mark_ready(secs(t0, 0.5), &p);
    assert_eq!(
        m.state.name(),
        "STARTING",
        "ready before startsecs waits for them"
    );
    assert_eq!(m.deadline(), Some(secs(t0, 1.0)));
    m.on_timer(secs(t0, 1.0), &p);
    assert_eq!(m.state.name(), "RUNNING");

    let mut m = Machine::new("z");
    m.spawned(9, t0, 1, &p);
    let actions = m.on_timer(secs(t0, 5.0), &p);
    assert_eq!(m.state.name(), "STOPPING");
    assert_eq!(m.spawnerr, "not ready after 5 s");
    assert!(actions.contains(&Action::Signal {
        pid: 9,
        sig: 15,
        group: false
    }));
    m.exited(
        Exit::Signal {
            sig: 15,
            core: false,
        },
        secs(t0, 5.1),
        2,
        &p,
    );
    assert_eq!(m.state.name(), "BACKOFF");
    assert_eq!(m.backoff, 1);
}
