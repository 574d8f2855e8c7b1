//! BACKOFF timing with exact timers: a program that exits at once with startretries=2 is
//! spawned at ≈0 s, 1 s and 3 s and is FATAL right after the third failure.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

#[test]
fn fast_exit_backs_off_1s_2s_then_fatal() {
    let d = Daemon::start(
        "backoff",
        "[program:flap]\ncommand=sh -c 'date +%%s.%%N >> %(here)s/starts; exit 1'\nstartretries=2\nstartsecs=1\n",
    );
    d.assert_log("gave up: flap entered FATAL state", Duration::from_secs(10));
    let t = read_times(&d.path("starts"));
    assert_eq!(t.len(), 3, "three attempts: {t:?}");
    // As the children saw it (loose: a loaded machine delays a child's `date`).
    let (g1, g2) = (t[1] - t[0], t[2] - t[0]);
    assert!((g1 - 1.0).abs() < 0.15, "second spawn at {g1:.3}s");
    assert!((g2 - 3.0).abs() < 0.15, "third spawn at {g2:.3}s");
    // As the daemon did it (its own log timestamps): exact waits after each exit.
    let exits = d.log_times("exited: flap");
    let spawns = d.log_times("spawned: 'flap'");
    let fatal = d.log_times("gave up: flap");
    assert_eq!((exits.len(), spawns.len(), fatal.len()), (3, 3, 1));
    // A log line is stamped when it is written, and the `exited:` line is written a little
    // after the loop took the time the backoff counts from: on a loaded CI host up to ~10 ms
    // later (a clean-clone run measured 1.990 s for the second wait), so the lower bounds
    // allow 20 ms. The exact deadline (exit time + 1 s, + 2 s) is pinned by the state
    // machine's unit tests (`process::state`).
    let w1 = spawns[1] - exits[0];
    let w2 = spawns[2] - exits[1];
    assert!((0.98..1.15).contains(&w1), "first backoff {w1:.3}s");
    assert!((1.98..2.15).contains(&w2), "second backoff {w2:.3}s");
    // The backoff doubles: a measured ratio, independent of how late both lines were
    // written (±10 %, several times the noise seen on a loaded host).
    assert!(
        (1.8..2.2).contains(&(w2 / w1)),
        "backoffs {w1:.3}s then {w2:.3}s: not doubling"
    );
    // FATAL comes with the third exit, with no wait: the two lines are written by the same
    // loop iteration, but a loaded 2-core host can preempt it between them for tens of ms
    // (the old 10 ms bound was one scheduling slice). A third backoff would be ≥ 3 s.
    assert!(
        fatal[0] - exits[2] < 0.1,
        "FATAL {:.3}s after the last exit",
        fatal[0] - exits[2]
    );
    let log = d.log();
    assert_eq!(
        log.matches("exited: flap (exit status 1; not expected)")
            .count(),
        3
    );
    assert_eq!(log.matches("spawned: 'flap' with pid").count(), 3);
}

#[test]
fn missing_command_goes_fatal_and_others_keep_running() {
    let d = Daemon::start(
        "spawnerr",
        "[program:ghost]\ncommand=/nonexistent/ghost\nstartretries=0\n\n[program:live]\ncommand=sh -c 'echo up > %(here)s/live; exec sleep 100'\nstartsecs=0\n",
    );
    d.assert_log(
        "spawnerr: can't find command '/nonexistent/ghost'",
        Duration::from_secs(5),
    );
    d.assert_log("gave up: ghost entered FATAL state", Duration::from_secs(5));
    d.assert_log(
        "success: live entered RUNNING state",
        Duration::from_secs(5),
    );
}

#[test]
fn bad_directory_fails_in_the_child_with_message() {
    let d = Daemon::start(
        "chdir",
        "[program:nodir]\ncommand=sh -c 'exit 0'\ndirectory=/nonexistent/dir\nstartretries=0\nstderr_logfile=%(here)s/err.log\n",
    );
    d.assert_log("gave up: nodir entered FATAL state", Duration::from_secs(5));
    // The exec-status pipe tells a child-side failure from a program that exited.
    assert!(
        d.log()
            .contains("'nodir' was not spawned: a child-side step failed with ENOENT"),
        "{}",
        d.log()
    );
    let err = std::fs::read_to_string(d.path("err.log")).unwrap_or_default();
    assert_eq!(
        err,
        "supervisor: couldn't chdir to /nonexistent/dir: ENOENT\nsupervisor: child process was not spawned\n"
    );
}

#[test]
fn emfile_is_a_spawn_error_and_the_daemon_survives() {
    let dir = temp_dir("emfile");
    let mut programs = String::from(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/sd.pid\nminfds=10\n\n",
    );
    for i in 0..10 {
        programs += &format!(
            "[program:p{i}]\ncommand=sleep 100\nstartsecs=0\nstartretries=0\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n"
        );
    }
    std::fs::write(dir.join("supervisord.conf"), programs).unwrap();
    let mut child = daemon_command(
        &["sh", "-c", "ulimit -n 24; exec \"$0\" \"$@\""],
        &dir.join("supervisord.conf"),
    )
    .stdout(std::process::Stdio::null())
    .spawn()
    .unwrap();
    let log = || std::fs::read_to_string(dir.join("main.log")).unwrap_or_default();
    let ok = wait_for(Duration::from_secs(5), || {
        log().contains("gave up: p9 entered FATAL state")
    });
    let text = log();
    // SAFETY: kill(2) on our own child.
    unsafe { nix::libc::kill(child.id() as i32, SIGTERM) };
    let status = child.wait().unwrap();
    assert!(ok, "{text}");
    assert!(
        text.contains("spawnerr: too many open files to spawn 'p9'"),
        "{text}"
    );
    assert!(text.contains("success: p0 entered RUNNING state"), "{text}");
    assert_eq!(status.code(), Some(0), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
