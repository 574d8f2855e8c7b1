//! Round trip and refusals of the upgrade state document.

use super::*;

fn sample() -> UpgradeState {
    let now = Instant::now();
    let snap = |state| MachineSnapshot {
        state,
        backoff: 3,
        spawnerr: "can't\tfind\ncommand \\x".into(),
        exitstatus: -1,
        laststart: 1_700_000_000,
        laststop: 1_700_000_001,
        start_failed: false,
        spawned_at: Some(now),
        respawn_at: None,
        quick_exits: true,
        held: false,
    };
    let rec = |name: &str, state, out: Option<i32>| ProcRecord {
        group: "g".into(),
        name: name.into(),
        machine: snap(state),
        restart_pending: false,
        restarts: crate::process::restarts::RestartCounts([3, 1, 0, 2, 5]),
        memory_due: out.map(|_| now + Duration::from_millis(700)),
        stdin: out,
        stdout: out.map(|f| f + 1),
        stderr: None,
    };
    UpgradeState {
        generation: 4,
        argv: vec!["supervisord".into(), "-c".into(), "/a b/c.conf".into()],
        listeners: vec![
            ListenerRecord {
                kind: "unix".into(),
                fd: 5,
                path: Some("/run/s.sock".into()),
            },
            ListenerRecord {
                kind: "inet".into(),
                fd: 6,
                path: None,
            },
        ],
        remembered: vec![("g".into(), "b".into())],
        procs: vec![
            rec(
                "a",
                State::Running {
                    pid: 42,
                    since: now - Duration::from_secs(5),
                },
                Some(9),
            ),
            rec(
                "b",
                State::Backoff {
                    retry_at: now + Duration::from_millis(1500),
                },
                None,
            ),
            rec(
                "c",
                State::Starting {
                    pid: 43,
                    since: now,
                    running_at: now + Duration::from_secs(1),
                    ready: false,
                    ready_by: Some(now + Duration::from_secs(3)),
                },
                Some(11),
            ),
            rec(
                "d",
                State::Stopping {
                    pid: 44,
                    since: now,
                    kill_at: now + Duration::from_secs(10),
                    signal_index: 1,
                },
                None,
            ),
            rec("e", State::Exited { expected: true }, None),
            rec("f", State::Fatal, None),
        ],
        written: 0,
        rollback_exe: Some(9),
        carries: vec![super::super::carry::CarryRecord {
            group: "g".into(),
            name: "a".into(),
            stdin_pending: b"queued".to_vec(),
            stdout: None,
            stderr: None,
        }],
        events: Default::default(),
        inflight: Vec::new(),
    }
}

/// Instants survive the trip to within a few microseconds (two clock readings).
fn close(a: Option<Instant>, b: Option<Instant>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let d = if a > b { a - b } else { b - a };
            d < Duration::from_millis(5)
        }
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn round_trip() {
    let st = sample();
    let back = UpgradeState::parse(&st.to_text()).expect("parse");
    assert_eq!(back.generation, 4);
    assert_eq!(back.argv, st.argv);
    assert_eq!(back.listeners, st.listeners);
    assert_eq!(back.remembered, st.remembered);
    assert_eq!(back.rollback_exe, Some(9));
    assert_eq!(back.carries, st.carries);
    assert_eq!(back.procs.len(), st.procs.len());
    for (a, b) in st.procs.iter().zip(&back.procs) {
        assert_eq!(a.name, b.name);
        assert_eq!(a.machine.state.name(), b.machine.state.name());
        assert_eq!(a.machine.state.pid(), b.machine.state.pid());
        assert_eq!(a.machine.spawnerr, b.machine.spawnerr);
        assert_eq!(a.machine.backoff, b.machine.backoff);
        assert_eq!((a.stdin, a.stdout, a.stderr), (b.stdin, b.stdout, b.stderr));
        assert!(close(a.machine.spawned_at, b.machine.spawned_at));
        assert_eq!(a.restarts, b.restarts);
        assert!(close(a.memory_due, b.memory_due));
    }
    let deadline = |p: &ProcRecord| match p.machine.state {
        State::Backoff { retry_at } => Some(retry_at),
        State::Stopping { kill_at, .. } => Some(kill_at),
        _ => None,
    };
    assert!(close(deadline(&st.procs[1]), deadline(&back.procs[1])));
    assert!(close(deadline(&st.procs[3]), deadline(&back.procs[3])));
}

#[test]
fn refuses_unknown_versions_and_damage() {
    let st = sample();
    for v in [VERSION - 1, VERSION + 1] {
        assert_eq!(
            UpgradeState::parse(&st.to_text_version(v)),
            Err(StateError::UnknownVersion(v.to_string()))
        );
    }
    assert_eq!(UpgradeState::parse("hello\n"), Err(StateError::NotAState));
    let text = st.to_text();
    let cut = &text[..text.len() / 2];
    let cut = &cut[..cut.rfind('\n').map_or(0, |i| i + 1)];
    assert!(UpgradeState::parse(cut).is_err());
    let no_end = text.replace("end\t6\n", "");
    assert_eq!(UpgradeState::parse(&no_end), Err(StateError::Truncated));
    let bad_state = text.replace("state=FATAL", "state=ASLEEP");
    assert!(matches!(
        UpgradeState::parse(&bad_state),
        Err(StateError::BadLine(_, "unknown state name"))
    ));
    let bad_pid = text.replace("pid=42", "pid=x");
    assert!(UpgradeState::parse(&bad_pid).is_err());
}
