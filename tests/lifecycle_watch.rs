//! The Go port's `cron=` and change-triggered actions with real processes: a cron match
//! starts a stopped program on the second, in local time; a burst of file changes restarts
//! once, the file pattern filters, a changed binary sends the configured signal, an action
//! command runs with its output in the main log, watches survive a reload, and an idle
//! daemon with watches never wakes.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

const T: Duration = Duration::from_secs(10);

/// Touches `path` (creates or rewrites it).
fn touch(path: &std::path::Path) {
    std::fs::write(path, b"x").unwrap();
}

#[test]
fn cron_every_two_seconds_starts_a_stopped_program_on_the_second() {
    let d = Daemon::start(
        "cron2s",
        "[program:job]\ncommand=sh -c 'exit 0'\nautostart=false\nautorestart=false\n\
         startsecs=0\ncron=*/2 * * * * *\n",
    );
    assert!(d.wait_log_count("spawned: 'job'", 3, T), "{}", d.log());
    let spawns = d.log_times("spawned: 'job'");
    // Seconds after a whole even second (the log has local time; zone offsets are whole
    // minutes, so parity and fraction are the UTC ones). An early spawn would read ~1.99.
    // Each within 150 ms (a loaded 2-core host can preempt the loop for tens of ms, as in
    // lifecycle_backoff), the best within 50 ms; the exact deadline is pinned by the unit
    // tests of `cron::Timer`.
    let late: Vec<f64> = spawns.iter().map(|t| t.rem_euclid(2.0)).collect();
    assert!(
        late.iter().all(|&l| l < 0.15),
        "spawns {late:?} s after an even second:\n{}",
        d.log()
    );
    assert!(
        late.iter().any(|&l| l < 0.05),
        "spawns {late:?} s after an even second:\n{}",
        d.log()
    );
    for w in spawns.windows(2) {
        assert!((w[1] - w[0] - 2.0).abs() < 0.15, "{spawns:?}");
    }
    let ms: Vec<String> = late.iter().map(|l| format!("{:.0}", l * 1000.0)).collect();
    figure(&format!(
        "cron */2 s: spawns {} ms after the even second",
        ms.join(", ")
    ));
    assert!(d.log().contains("cron: starting job"));
}

#[test]
fn cron_every_descriptor_does_not_start_a_running_program() {
    let d = Daemon::start(
        "cronevery",
        "[program:svc]\ncommand=sleep 100\nstartsecs=0\ncron=@every 1s\n\n\
         [program:tick]\ncommand=true\nautostart=false\nautorestart=false\nstartsecs=0\n\
         cron=@every 1s\n",
    );
    assert!(d.wait_log("spawned: 'svc'", T), "{}", d.log());
    // `tick`, stopped, is started at every match: two matches pass while `svc` runs.
    assert!(d.wait_log_count("cron: starting tick", 2, T), "{}", d.log());
    assert_eq!(d.log().matches("spawned: 'svc'").count(), 1, "{}", d.log());
    assert!(!d.log().contains("cron: starting svc"), "{}", d.log());
}

#[test]
fn a_burst_of_file_changes_restarts_once_and_the_pattern_filters() {
    let dir = temp_dir("filewatch");
    std::fs::create_dir_all(dir.join("conf/sub")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:web]\ncommand=sleep 100\nstartsecs=0\n\
         restart_directory_monitor=%(here)s/conf\nrestart_file_pattern=*.conf\n",
    );
    assert!(d.wait_log("spawned: 'web'", T), "{}", d.log());
    // A file the pattern rejects first, then a burst of matching changes in a subdirectory.
    touch(&d.path("conf/notes.txt"));
    for _ in 0..5 {
        touch(&d.path("conf/sub/app.conf"));
    }
    assert!(d.wait_log_count("spawned: 'web'", 2, T), "{}", d.log());
    let log = d.log();
    assert!(
        log.contains("conf/sub/app.conf changed, restarting web"),
        "the burst is named by its first matching file:\n{log}"
    );
    assert!(!log.contains("notes.txt"), "{log}");
    // A second burst restarts again: had the first restarted twice, there would be 4.
    touch(&d.path("conf/other.conf"));
    assert!(d.wait_log_count("spawned: 'web'", 3, T), "{}", d.log());
    assert!(d.wait_log_count("entered RUNNING", 3, T), "{}", d.log());
    assert_eq!(
        d.log().matches("changed, restarting web").count(),
        2,
        "{}",
        d.log()
    );
}

#[test]
fn a_changed_binary_sends_the_configured_signal_instead_of_restarting() {
    let dir = temp_dir("binsignal");
    // A short foreground sleep: the shell runs the trap when it ends (a `wait` may miss a
    // signal caught just before it starts waiting).
    let script = "#!/bin/sh\ntrap 'echo got-hup >> \"$0.hup\"' HUP\necho ready > \"$0.ready\"\n\
                  while true; do sleep 0.1; done\n";
    let app = dir.join("app.sh");
    std::fs::write(&app, script).unwrap();
    std::fs::set_permissions(&app, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:app]\ncommand=%(here)s/app.sh\nstartsecs=0\nstopasgroup=true\n\
         restart_when_binary_changed=true\nrestart_signal_when_binary_changed=SIGHUP\n",
    );
    assert!(
        wait_for(T, || d.path("app.sh.ready").exists()),
        "{}",
        d.log()
    );
    // A deploy: the new file is written aside and renamed over the old one.
    let new = d.path("app.sh.new");
    std::fs::write(&new, script).unwrap();
    std::fs::set_permissions(&new, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::rename(&new, &app).unwrap();
    assert!(
        wait_for(T, || d.read("app.sh.hup").contains("got-hup")),
        "{}",
        d.log()
    );
    assert!(
        d.log().contains("changed, sending SIGHUP to app"),
        "{}",
        d.log()
    );
    assert_eq!(d.log().matches("spawned: 'app'").count(), 1, "{}", d.log());
    assert_eq!(d.read("app.sh.hup").lines().count(), 1);
}

#[test]
fn restart_cmd_runs_the_command_with_its_output_in_the_main_log() {
    let dir = temp_dir("filecmd");
    std::fs::create_dir_all(dir.join("watched")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:svc]\ncommand=sleep 100\nstartsecs=0\n\
         restart_directory_monitor=%(here)s/watched\n\
         restart_cmd_when_file_changed=sh -c 'echo reloaded-by-cmd; exit 3'\n",
    );
    assert!(d.wait_log("spawned: 'svc'", T), "{}", d.log());
    touch(&d.path("watched/a"));
    d.assert_log(
        "svc: restart_cmd_when_file_changed output: reloaded-by-cmd",
        T,
    );
    d.assert_log("svc: restart_cmd_when_file_changed exit status 3", T);
    assert_eq!(d.log().matches("spawned: 'svc'").count(), 1, "{}", d.log());
    d.assert_zombies_reaped();
}

#[test]
fn an_idle_daemon_with_watches_never_wakes() {
    let dir = temp_dir("watchidle");
    std::fs::create_dir_all(dir.join("conf")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:plain]\ncommand=sleep 100\nstartsecs=0\n\n\
         [program:watched]\ncommand=sleep 100\nstartsecs=0\n\
         restart_directory_monitor=%(here)s/conf\nrestart_when_binary_changed=true\n",
    );
    assert!(d.wait_log_count("entered RUNNING", 2, T), "{}", d.log());
    let before = loop_switches(d.pid());
    std::thread::sleep(Duration::from_millis(2500));
    let after = loop_switches(d.pid());
    figure(&format!(
        "idle daemon with a tree and a binary watched: {} loop wake-ups in 2.5 s",
        after - before
    ));
    assert!(
        after - before <= 2,
        "the loop woke {} times",
        after - before
    );
}

#[test]
fn watches_survive_a_reload_without_leaking_descriptors() {
    let dir = temp_dir("watchreload");
    std::fs::create_dir_all(dir.join("conf")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:web]\ncommand=sleep 100\nstartsecs=0\n\
         restart_directory_monitor=%(here)s/conf\n",
    );
    assert!(d.wait_log("spawned: 'web'", T), "{}", d.log());
    let inotify = || d.fd_list().iter().filter(|l| l.contains("inotify")).count();
    assert_eq!(inotify(), 1, "{:?}", d.fd_list());
    for n in 2..=3 {
        d.signal(nix::libc::SIGHUP);
        assert!(
            d.wait_log_count("supervisord started with pid", n, T),
            "{}",
            d.log()
        );
        assert!(d.wait_log_count("spawned: 'web'", n, T), "{}", d.log());
    }
    assert_eq!(inotify(), 1, "{:?}", d.fd_list());
    touch(&d.path("conf/app.ini"));
    assert!(d.wait_log_count("spawned: 'web'", 4, T), "{}", d.log());
    assert!(d.log().contains("conf/app.ini changed, restarting web"));
}

#[test]
fn a_command_writing_more_than_a_pipe_holds_finishes_and_its_log_is_bounded() {
    let dir = temp_dir("filecmdbig");
    std::fs::create_dir_all(dir.join("watched")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:svc]\ncommand=sleep 100\nstartsecs=0\n\
         restart_directory_monitor=%(here)s/watched\n\
         restart_cmd_when_file_changed=seq 1 200000\n",
    );
    assert!(d.wait_log("spawned: 'svc'", T), "{}", d.log());
    touch(&d.path("watched/a"));
    d.assert_log("svc: restart_cmd_when_file_changed exit status 0", T);
    let log = d.log();
    assert!(
        log.contains("restart_cmd_when_file_changed output: 200\n"),
        "{log}"
    );
    assert!(log.contains("output: (more lines not logged)"), "{log}");
    assert!(!log.contains("output: 201\n"), "{log}");
}

#[test]
fn cron_hours_are_local_time() {
    let zone = "/usr/share/zoneinfo/Asia/Kolkata";
    if !std::path::Path::new(zone).exists() {
        skip("cron_hours_are_local_time", &format!("no {zone}"));
        return;
    }
    // Kolkata is UTC+5:30 all year: its hour is never the UTC hour. The hours of now and
    // of 10 s from now, so the test cannot straddle an hour's end.
    let kolkata_hour = |ahead: f64| (((now_epoch() + ahead + 19_800.0) / 3600.0) as i64) % 24;
    let (h1, h2) = (kolkata_hour(0.0), kolkata_hour(10.0));
    let dir = temp_dir("cronlocal");
    let conf = format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\n\
         childlogdir=%(here)s\nloglevel=debug\n\n\
         [program:job]\ncommand=true\nautostart=false\nautorestart=false\nstartsecs=0\n\
         cron=* * {h1},{h2} * * *\n"
    );
    let d = Daemon::spawn_conf(dir, &conf, |c| {
        c.env("TZ", "Asia/Kolkata");
    });
    d.assert_started(T);
    assert!(d.wait_log("spawned: 'job'", T), "{}", d.log());
}

#[test]
fn a_changed_config_file_sends_the_configured_signal() {
    let dir = temp_dir("filesignal");
    std::fs::create_dir_all(dir.join("conf")).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:nginx]\n\
         command=sh -c 'trap \"echo reload >> %(here)s/reloads\" USR1; touch %(here)s/ready; \
         while true; do sleep 0.1; done'\n\
         startsecs=0\nstopasgroup=true\n\
         restart_directory_monitor=%(here)s/conf\nrestart_signal_when_file_changed=USR1\n",
    );
    assert!(wait_for(T, || d.path("ready").exists()), "{}", d.log());
    for _ in 0..3 {
        touch(&d.path("conf/nginx.conf"));
    }
    assert!(
        wait_for(T, || d.read("reloads").contains("reload")),
        "{}",
        d.log()
    );
    assert!(d.log().contains("changed, sending SIGUSR1 to nginx"));
    // A second burst signals again; the first was one signal.
    touch(&d.path("conf/nginx.conf"));
    assert!(
        wait_for(T, || d.read("reloads").lines().count() == 2),
        "{}",
        d.read("reloads")
    );
    assert_eq!(d.log().matches("spawned: 'nginx'").count(), 1);
}
