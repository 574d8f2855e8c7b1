//! Broken programs and configs must not flood the daemon, its CPU or its main log, and
//! config mistakes are refused the way Python refuses them.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::{preamble, temp_dir, wait_for, Daemon};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_supervisord")
}

fn count(log: &str, needle: &str) -> usize {
    log.lines().filter(|l| l.contains(needle)).count()
}

#[test]
fn a_program_that_exits_at_once_is_respawned_once_a_second() {
    let dir = temp_dir("throttle");
    let mut conf = preamble(&dir, "");
    // `false` exits at once; a command that does not exist fails in its exec.
    conf.push_str(
        "[program:quick]\ncommand=false\nstartsecs=0\nautorestart=true\n\n\
         [program:noexec]\ncommand=/bin/sh -c 'exec /nonexistent/binary'\nstartsecs=0\nautorestart=true\n",
    );
    let t0 = Instant::now();
    let d = Daemon::start_conf(dir, &conf);
    // Four spawns each: at least three seconds apart in all when each waits a second.
    for name in ["quick", "noexec"] {
        let needle = format!("spawned: '{name}'");
        assert!(
            wait_for(Duration::from_secs(15), || count(&d.log(), &needle) >= 4),
            "{}",
            d.log()
        );
    }
    let elapsed = t0.elapsed().as_secs_f64();
    let log = d.log();
    for name in ["quick", "noexec"] {
        let spawns = count(&log, &format!("spawned: '{name}'"));
        assert!(
            elapsed >= 2.5 && (spawns as f64) <= elapsed + 2.0,
            "{name}: {spawns} spawns in {elapsed:.1} s\n{log}"
        );
        // One line per burst, not per spawn.
        assert_eq!(
            count(&log, &format!("respawn of '{name}' delayed")),
            1,
            "{log}"
        );
    }
    assert!(
        log.len() < 64 * 1024,
        "main log grew to {} bytes",
        log.len()
    );
}

#[test]
fn stopwaitsecs_zero_sends_one_sigkill() {
    let dir = temp_dir("stopzero");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:stubborn]\ncommand=/bin/sh -c 'trap \"\" TERM; while :; do sleep 1; done'\n\
         startsecs=0\nstopwaitsecs=0\n\n\
         [program:negative]\ncommand=/bin/sh -c 'trap \"\" TERM; while :; do sleep 1; done'\n\
         startsecs=0\nstopwaitsecs=-5\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(d.wait_all("RUNNING", Duration::from_secs(10)));
    for name in ["stubborn", "negative"] {
        d.rpc(
            "supervisor.stopProcess",
            &[supervisord::rpc::Value::Str(name.into())],
        )
        .expect("stop");
        let log = d.log();
        assert_eq!(
            count(&log, &format!("killing '{name}'")),
            1,
            "{name}: SIGKILL lines\n{log}"
        );
    }
}

#[test]
fn a_log_in_a_missing_directory_is_a_config_error() {
    let dir = temp_dir("logdir");
    let conf = format!(
        "{}[program:a]\ncommand=sleep 100\nstdout_logfile={}/no/such/dir/a.log\n",
        preamble(&dir, ""),
        dir.display()
    );
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).expect("write conf");
    let wanted = format!("{}/no/such/dir/a.log", dir.display());
    for args in [vec!["check", "-c"], vec!["-n", "-c"]] {
        let out = Command::new(bin())
            .args(&args)
            .arg(&path)
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {text}");
        for part in [
            wanted.as_str(),
            "does not exist",
            "stdout_logfile",
            "'program:a'",
            "line: ",
        ] {
            assert!(text.contains(part), "{args:?}: {part:?} missing in {text}");
        }
    }
    // The machine-independent reading (the conformance contract) does not check it.
    let out = Command::new(bin())
        .args(["check", "--json", "-c"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn integers_take_pythons_range() {
    let dir = temp_dir("ints");
    let conf = format!(
        "{}[program:a]\ncommand=sleep 100\nautostart=false\nstartsecs=-9223372036854775808\n\
         stopwaitsecs=99999999999999999999999\npriority=9223372036854775807\n",
        preamble(&dir, "")
    );
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).expect("write conf");
    let out = Command::new(bin())
        .args(["check", "-c"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_listener_that_rejects_everything_gets_one_offer_a_second_and_holds_no_other_pool() {
    let dir = temp_dir("rejects");
    let mut conf = preamble(&dir, "");
    let listener = |name: &str, result: &str| {
        format!(
            "[eventlistener:{name}]\ncommand=sh -c 'while :; do echo READY; read h || exit; \
             n=${{h##*len:}}; dd bs=1 count=$n of=/dev/null 2>/dev/null; \
             echo \"$h\" >> %(here)s/{name}.txt; printf \"{result}\"; done'\n\
             events=PROCESS_STATE\n\n"
        )
    };
    conf.push_str(&listener("bad", "RESULT 4\\nFAIL"));
    conf.push_str(&listener("good", "RESULT 2\\nOK"));
    conf.push_str("[program:p]\ncommand=sleep 1000\nstartsecs=0\n");
    let d = Daemon::start_conf(dir, &conf);
    let t0 = Instant::now();
    assert!(
        d.wait_log("bad: event was rejected", Duration::from_secs(15)),
        "{}",
        d.log()
    );
    // Three seconds of rejections: one offer a second, not a hot loop.
    wait_for(Duration::from_secs(10), || {
        t0.elapsed() >= Duration::from_secs(4)
    });
    let elapsed = t0.elapsed().as_secs_f64();
    let rejected = count(&d.log(), "bad: event was rejected");
    assert!(
        rejected >= 2 && rejected as f64 <= elapsed + 2.0,
        "{rejected} rejections in {elapsed:.1} s"
    );
    // The other pool got every event, and keeps getting new ones.
    let good = |d: &Daemon| count(&d.read("good.txt"), "eventname:PROCESS_STATE");
    let before = good(&d);
    assert!(before >= 2, "good pool got {before} events");
    d.rpc(
        "supervisor.stopProcess",
        &[supervisord::rpc::Value::Str("p".into())],
    )
    .expect("stop");
    assert!(
        wait_for(Duration::from_secs(5), || good(&d) > before),
        "the good pool was held up"
    );
}

#[test]
fn orphaned_grandchildren_are_reaped_without_flooding_the_log() {
    let dir = temp_dir("orphans");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:parent]\ncommand=sh -c 'for i in $(seq 300); do (sleep 0.2 &); done; \
         touch %(here)s/forked; exec sleep 1000'\nstartsecs=0\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(wait_for(Duration::from_secs(20), || d
        .dir
        .join("forked")
        .exists()));
    // Every orphan (a child of the daemon, its subreaper) dies and is reaped: only the
    // program itself is left; none of them is an INFO line.
    let only_the_program = wait_for(Duration::from_secs(20), || {
        support::children_of(d.pid()).len() == 1
    });
    assert!(only_the_program, "{:?}", support::children_of(d.pid()));
    d.assert_zombies_reaped();
    let log = d.log();
    assert_eq!(count(&log, "reaped unknown pid"), 0, "{log}");
}

#[test]
fn six_hundred_programs_run_under_a_soft_limit_of_1024_open_files() {
    let dir = temp_dir("nofile");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:p]\ncommand=sleep 1000\nnumprocs=600\nprocess_name=%(program_name)s_%(process_num)d\n\
         autostart=false\nstartsecs=0\n",
    );
    let d = Daemon::start_conf_with(dir, &conf, soft_limit_1024);
    d.assert_log(
        "raised the open files limit from 1024",
        Duration::from_secs(5),
    );
    d.rpc(
        "supervisor.startAllProcesses",
        &[supervisord::rpc::Value::Bool(true)],
    )
    .expect("start all");
    let infos = d.infos();
    let running = infos.iter().filter(|(_, s, _)| s == "RUNNING").count();
    assert_eq!(
        running,
        600,
        "{:?}",
        infos.iter().find(|(_, s, _)| s != "RUNNING")
    );
    assert!(!d.log().contains("Too many open files"), "{}", d.log());
}

/// Starts the daemon with an open-files soft limit of 1024 (systemd's default).
fn soft_limit_1024(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: setrlimit only, in the child before exec.
    unsafe {
        cmd.pre_exec(|| {
            let (_, hard) =
                nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE)?;
            nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE, 1024, hard)?;
            Ok(())
        });
    }
}

/// The daemon's descriptors on log files of process `name` (`name-stdout…`, `name.out`).
fn log_fds(d: &Daemon, name: &str) -> Vec<String> {
    d.fd_list()
        .into_iter()
        .filter(|f| f.contains(&format!("/{name}-")) || f.contains(&format!("/{name}.")))
        .collect()
}

#[test]
fn idle_programs_hold_no_descriptors_and_a_started_one_opens_its_logs() {
    use supervisord::rpc::Value;
    let dir = temp_dir("idlefds");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:idle]\ncommand=/bin/sh -c 'echo hello-$SUPERVISOR_PROCESS_NAME; exec sleep 1000'\n\
         numprocs=200\nprocess_name=%(program_name)s_%(process_num)d\nautostart=false\nstartsecs=0\n\n\
         [program:named]\ncommand=sleep 1000\nautostart=false\nstdout_logfile=%(here)s/named.out\n\
         stderr_logfile=%(here)s/named.err\n\n\
         [program:up]\ncommand=sleep 1000\nstartsecs=0\n",
    );
    let d = Daemon::start_conf_with(dir, &conf, soft_limit_1024);
    d.assert_log("success: up", Duration::from_secs(10));
    // 201 idle programs: none holds a descriptor (their AUTO logs exist, closed).
    let idle_fds = d.fd_count();
    let held: Vec<String> = d
        .fd_list()
        .into_iter()
        .filter(|f| f.contains("/idle_") || f.contains("/named."))
        .collect();
    assert!(held.is_empty(), "idle programs hold {held:?}");
    assert!(
        idle_fds < 40,
        "{idle_fds} descriptors with 201 idle programs: {:?}",
        d.fd_list()
    );
    // Clearing the logs of a never-started program opens nothing for good.
    d.rpc("supervisor.clearProcessLogs", &[Value::Str("named".into())])
        .expect("clear a never-opened log");
    assert!(log_fds(&d, "named").is_empty(), "{:?}", d.fd_list());
    // Started, a program opens both its logs; stopped for good, it closes them, and its log
    // is still read and tailed by path.
    d.rpc(
        "supervisor.startProcess",
        &[Value::Str("idle:idle_3".into())],
    )
    .expect("start");
    assert_eq!(log_fds(&d, "idle_3").len(), 2, "{:?}", d.fd_list());
    assert!(wait_for(Duration::from_secs(10), || {
        d.rpc(
            "supervisor.readProcessStdoutLog",
            &[
                Value::Str("idle:idle_3".into()),
                Value::Int(0),
                Value::Int(0),
            ],
        )
        .is_ok_and(|v| format!("{v:?}").contains("hello-idle_3"))
    }));
    d.rpc(
        "supervisor.stopProcess",
        &[Value::Str("idle:idle_3".into())],
    )
    .expect("stop");
    assert!(log_fds(&d, "idle_3").is_empty(), "{:?}", d.fd_list());
    let read = d
        .rpc(
            "supervisor.readProcessStdoutLog",
            &[
                Value::Str("idle:idle_3".into()),
                Value::Int(0),
                Value::Int(0),
            ],
        )
        .expect("read a stopped program's log");
    assert!(format!("{read:?}").contains("hello-idle_3"), "{read:?}");
    let tail = d
        .rpc(
            "supervisor.tailProcessStdoutLog",
            &[
                Value::Str("idle:idle_3".into()),
                Value::Int(0),
                Value::Int(100),
            ],
        )
        .expect("tail a stopped program's log");
    assert!(format!("{tail:?}").contains("hello-idle_3"), "{tail:?}");
    // Back to where it was (a request's connection may take a moment to close).
    assert!(
        wait_for(Duration::from_secs(5), || d.fd_count() <= idle_fds),
        "{:?}",
        d.fd_list()
    );
    support::figure(&format!(
        "idle_fds: 201 programs never started + 1 running, soft limit 1024: the daemon holds \
         {idle_fds} descriptors, none on an idle program's log"
    ));
}

#[test]
fn a_listener_that_fails_every_event_makes_at_most_two_log_lines_a_second() {
    let dir = temp_dir("failflood");
    let mut conf = preamble(&dir, "");
    // Every event is rejected; meanwhile a chatty program's PROCESS_LOG events overflow the
    // small buffer, one dropped event per chunk of output.
    conf.push_str(
        "[eventlistener:bad]\ncommand=sh -c 'while :; do echo READY; read h || exit; \
         n=${h##*len:}; dd bs=1 count=$n of=/dev/null 2>/dev/null; printf \"RESULT 4\\nFAIL\"; done'\n\
         events=PROCESS_LOG\nbuffer_size=5\n\n\
         [program:chatty]\ncommand=sh -c 'while :; do echo line; sleep 0.01; done'\nstartsecs=0\n\
         stdout_events_enabled=true\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_log("event buffer overflowed", Duration::from_secs(15)),
        "{}",
        d.log()
    );
    let lines = |d: &Daemon| d.log().lines().count();
    let (t0, before) = (Instant::now(), lines(&d));
    wait_for(Duration::from_secs(10), || {
        t0.elapsed() >= Duration::from_secs(4)
    });
    let (elapsed, after) = (t0.elapsed().as_secs_f64(), lines(&d));
    let log = d.log();
    let overflows = count(&log, "event buffer overflowed");
    let rate = (after - before) as f64 / elapsed;
    assert!(
        rate <= 2.5,
        "{rate:.1} main log lines/s ({overflows} overflow lines):\n{log}"
    );
    // The dropped events are counted, not silently lost from the log.
    assert!(
        log.contains("event buffer overflowed, discarding event")
            && log.contains("times in the last"),
        "{log}"
    );
}

/// A child that trickles short lines into a log that rotates at every write, with 1,000
/// backups to shift each time: the loop stays at it (as Python's does) but still answers
/// calls and SIGTERM at once. It used to keep reading that one pipe, one line and one
/// rotation after another, for tens of seconds per wake-up.
#[test]
fn a_log_rotating_at_every_write_does_not_hold_the_loop() {
    let dir = temp_dir("rotstorm");
    // The backups already exist: every rotation shifts all 1,000 from the first one on.
    for i in 1..=1000 {
        std::fs::write(dir.join(format!("trickle.log.{i}")), "x\n").unwrap();
    }
    let conf = format!(
        "{}[program:trickle]\ncommand=sh -c 'while :; do echo a line of output; sleep 0.005; done'\n\
         stdout_logfile=%(here)s/trickle.log\nstdout_logfile_maxbytes=1\nstdout_logfile_backups=1000\n",
        preamble(&dir, "")
    );
    let mut d = Daemon::start_conf(dir, &conf);
    d.assert_log("success: trickle", Duration::from_secs(10));
    let mut worst = Duration::ZERO;
    for _ in 0..5 {
        let t = Instant::now();
        let state = d.rpc("supervisor.getState", &[]);
        assert!(state.is_ok(), "{state:?}");
        worst = worst.max(t.elapsed());
    }
    assert!(worst < Duration::from_secs(2), "getState took {worst:?}");
    let t = Instant::now();
    d.signal(nix::libc::SIGTERM);
    assert!(d.wait_exit(Duration::from_secs(10)).is_some(), "no exit");
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "SIGTERM took {:?}",
        t.elapsed()
    );
}
