//! What a child gets (environment, signal dispositions, fds, user, env files), how its
//! end is reaped, and what happens to its output (nothing lost at exit; a grandchild
//! holding the pipe neither blocks nor spins the loop).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::{Duration, Instant};
use support::*;

fn read(d: &Daemon, name: &str) -> String {
    std::fs::read_to_string(d.path(name)).unwrap_or_default()
}

#[test]
fn child_environment_signals_and_fds() {
    let d = Daemon::start(
        "childenv",
        "[program:probe]\ncommand=sh -c 'env | grep -E \"^(SUPERVISOR_|FOO=)\" | sort; grep -E \"^Sig(Ign|Blk)\" /proc/self/status; ls /proc/self/fd | wc -l; exit 0'\n\
         startsecs=0\nautorestart=false\nenvironment=FOO=bar\nstdout_logfile=%(here)s/out.log\n",
    );
    d.assert_log(
        "exited: probe (exit status 0; expected)",
        Duration::from_secs(5),
    );
    let out = read(&d, "out.log");
    assert!(out.contains("FOO=bar\n"), "{out}");
    assert!(out.contains("SUPERVISOR_ENABLED=1\n"), "{out}");
    assert!(out.contains("SUPERVISOR_GROUP_NAME=probe\n"), "{out}");
    assert!(out.contains("SUPERVISOR_PROCESS_NAME=probe\n"), "{out}");
    assert!(
        out.contains("SigIgn:\t0000000000000000\n"),
        "SIGPIPE must not stay ignored: {out}"
    );
    assert!(out.contains("SigBlk:\t0000000000000000\n"), "{out}");
    // ls sees 0, 1, 2 and the directory it is reading: nothing leaked from the daemon.
    assert!(out.ends_with("4\n"), "{out}");
}

#[test]
fn env_files_are_merged_and_a_missing_one_is_a_spawn_error() {
    let dir = temp_dir("envfile");
    std::fs::write(
        dir.join("app.env"),
        "# comment\nexport GREETING=\"hello there\"\n",
    )
    .unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:greet]\ncommand=sh -c 'echo $GREETING'\nenvfiles=%(here)s/app.env\nstartsecs=0\nautorestart=false\nstdout_logfile=%(here)s/out.log\n\n\
         [program:noenv]\ncommand=sh -c 'exit 0'\nenvfiles=%(here)s/missing.env\nstartretries=0\n",
    );
    d.assert_log("exited: greet", Duration::from_secs(5));
    assert_eq!(read(&d, "out.log"), "hello there\n");
    d.assert_log("gave up: noenv entered FATAL state", Duration::from_secs(5));
    assert!(
        d.log().contains("spawnerr: can't read env file '"),
        "{}",
        d.log()
    );
}

/// A command found only on the PATH an env file sets: startProcess's check (and
/// restart_when_binary_changed's lookup) search the PATH the spawn searches, so the
/// start is not refused as "no such file".
#[test]
fn a_command_on_an_env_file_path_starts_by_call() {
    let dir = temp_dir("envfile-path");
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let tool = bin.join("only-here-tool");
    std::fs::write(&tool, "#!/bin/sh\necho ran from env path\n").unwrap();
    std::fs::set_permissions(&tool, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::write(
        dir.join("app.env"),
        format!("PATH={}:/usr/bin:/bin\n", bin.display()),
    )
    .unwrap();
    let conf = format!(
        "{}{}",
        preamble(&dir, ""),
        "[program:tool]\ncommand=only-here-tool\nenvfiles=%(here)s/app.env\nautostart=false\nstartsecs=0\nautorestart=false\nstdout_logfile=%(here)s/out.log\n"
    );
    let d = Daemon::start_conf(dir, &conf);
    let started = d.rpc(
        "supervisor.startProcess",
        &[supervisord::rpc::Value::Str("tool".into())],
    );
    assert!(started.is_ok(), "{started:?}");
    d.assert_log(
        "exited: tool (exit status 0; expected)",
        Duration::from_secs(5),
    );
    assert_eq!(read(&d, "out.log"), "ran from env path\n");
}

/// A child ended by a real-time signal is reaped like any other (it used to stay RUNNING
/// with a dead pid: the status was decoded by a type with no room for signals 34–64), and
/// one stopped by signalProcess with such a signal can be started again.
#[test]
fn a_child_killed_by_a_realtime_signal_is_reaped() {
    let dir = temp_dir("rtsignal");
    let conf = format!(
        "{}{}",
        preamble(&dir, ""),
        "[program:selfkill]\ncommand=sh -c 'kill -35 $$; sleep 30'\nstartsecs=0\nautorestart=false\n\n\
         [program:victim]\ncommand=sleep 30\nstartsecs=0\nautorestart=false\n"
    );
    let d = Daemon::start_conf(dir, &conf);
    d.assert_log(
        "exited: selfkill (terminated by signal 35; not expected)",
        Duration::from_secs(5),
    );
    d.assert_log("success: victim", Duration::from_secs(5));
    let name = || supervisord::rpc::Value::Str("victim".into());
    let sent = d.rpc(
        "supervisor.signalProcess",
        &[name(), supervisord::rpc::Value::Str("RTMIN".into())],
    );
    assert!(sent.is_ok(), "{sent:?}");
    d.assert_log(
        "exited: victim (terminated by SIGRTMIN; not expected)",
        Duration::from_secs(5),
    );
    let started = d.rpc("supervisor.startProcess", &[name()]);
    assert!(started.is_ok(), "{started:?}");
}

#[test]
fn child_runs_as_configured_user() {
    if !support::root_or_skip("child_runs_as_configured_user") {
        return;
    }
    let d = Daemon::start(
        "user",
        "[program:who]\ncommand=sh -c 'id -u; id -g'\nuser=nobody\nstartsecs=0\nautorestart=false\nstdout_logfile=%(here)s/out.log\n",
    );
    d.assert_log("exited: who", Duration::from_secs(5));
    let nobody = supervisord::users::lookup("nobody").unwrap();
    assert_eq!(
        read(&d, "out.log"),
        format!("{}\n{}\n", nobody.uid, nobody.gid)
    );
}

#[test]
fn output_written_just_before_exit_is_not_lost() {
    let d = Daemon::start(
        "drain",
        "[program:burst]\ncommand=sh -c 'head -c 1000000 /dev/zero | tr \"\\\\0\" x; exit 0'\nstartsecs=0\nautorestart=false\nstdout_logfile=%(here)s/out.log\n",
    );
    d.assert_log("exited: burst", Duration::from_secs(10));
    let out = read(&d, "out.log");
    assert_eq!(out.len(), 1_000_000);
    assert!(out.bytes().all(|b| b == b'x'));
}

#[test]
fn grandchild_holding_the_pipe_does_not_delay_the_exit() {
    let d = Daemon::start(
        "grandpipe",
        "[program:parent]\ncommand=sh -c 'sleep 30 & echo $! > %(here)s/gc; exit 0'\nstartsecs=0\nautorestart=false\n",
    );
    d.assert_log(
        "exited: parent (exit status 0; expected)",
        Duration::from_secs(2),
    );
    let gc: i32 = read(&d, "gc").trim().parse().unwrap();
    assert!(alive(gc), "the grandchild should still hold the pipe");
    // The loop must be idle, not spinning on the pipe's hang-up.
    let cpu = |pid: i32| {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let rest = stat.rsplit_once(") ").unwrap().1.to_string();
        let f: Vec<u64> = rest
            .split_whitespace()
            .skip(11)
            .take(2)
            .map(|x| x.parse().unwrap())
            .collect();
        f[0] + f[1]
    };
    let before = cpu(d.pid());
    let t = Instant::now();
    while t.elapsed() < Duration::from_millis(500) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(cpu(d.pid()) - before <= 2, "the daemon is spinning");
    // SAFETY: kill(2) on a process this test caused to exist.
    unsafe { nix::libc::kill(gc, SIGKILL) };
}

/// The loop thread runs 5 nice levels above the daemon when it may (root), but children —
/// programs and readiness commands — run at the daemon's own nice, as under Python.
#[test]
fn children_run_at_the_daemons_nice_while_the_loop_is_boosted() {
    let dir = temp_dir("nice");
    let d = Daemon::start_via(
        dir,
        "[program:n]\ncommand=sh -c 'nice; exec sleep 1000'\nstartsecs=0\nstdout_logfile=%(here)s/out.log\n\
         ready=cmd:nice > %(here)s/probe.txt\nready_interval=0.05\n",
        &["nice", "-n", "3"],
    );
    // The daemon runs at the test's own nice (e.g. `nice make test`) plus 3.
    // SAFETY: getpriority(2) on this process; -1 is a valid nice, errno is not needed here.
    let own = unsafe { nix::libc::getpriority(nix::libc::PRIO_PROCESS, 0) };
    let want = format!("{}\n", (own + 3).min(19));
    assert!(
        wait_for(Duration::from_secs(10), || read(&d, "out.log") == want
            && read(&d, "probe.txt") == want),
        "program printed {:?}, readiness command {:?}",
        read(&d, "out.log"),
        read(&d, "probe.txt")
    );
    // Field 19 of /proc/PID/task/TID/stat is the nice value; the main thread's tid is the pid.
    let stat = std::fs::read_to_string(format!("/proc/{0}/task/{0}/stat", d.pid())).unwrap();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let loop_nice: i32 = fields[16].parse().unwrap();
    let expect = if may_raise_priority() {
        own + 3 - 5
    } else {
        (own + 3).min(19)
    };
    assert_eq!(loop_nice, expect, "event loop thread nice");
}

/// Whether this process may lower nice values: CAP_SYS_NICE (bit 23) in its effective set
/// (root in a container may lack it).
fn may_raise_priority() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status_field(&status, "CapEff:")
        .and_then(|hex| u64::from_str_radix(hex, 16).ok())
        .is_some_and(|caps| caps & (1 << 23) != 0)
}

/// The loop narrows itself to one CPU around each clone (src/process/affinity.rs); every
/// child must still get the daemon's whole mask, a restarted one and a readiness command too.
#[test]
fn children_keep_the_daemons_cpu_affinity() {
    let mine = cpus_allowed(&std::fs::read_to_string("/proc/self/status").unwrap());
    if !mine.contains([',', '-']) {
        support::skip(
            "children_keep_the_daemons_cpu_affinity",
            &format!("one CPU allowed ({mine})"),
        );
        return;
    }
    let d = Daemon::start(
        "affinity",
        "[program:a]\ncommand=sh -c 'grep Cpus_allowed_list /proc/self/status >> %(here)s/out.txt; sleep 0.2'\n\
         startsecs=0\nautorestart=true\n\
         ready=cmd:grep Cpus_allowed_list /proc/self/status > %(here)s/probe.txt\nready_interval=0.05\n",
    );
    assert!(
        wait_for(Duration::from_secs(10), || read(&d, "out.txt")
            .lines()
            .count()
            >= 3
            && !read(&d, "probe.txt").is_empty()),
        "{}",
        d.log()
    );
    for line in read(&d, "out.txt")
        .lines()
        .chain(read(&d, "probe.txt").lines())
    {
        assert_eq!(cpus_allowed(line), mine, "a child's CPUs");
    }
}

fn cpus_allowed(status: &str) -> String {
    status_field(status, "Cpus_allowed_list:")
        .unwrap_or("")
        .to_string()
}

/// The value of `key` (with its colon) in /proc/PID/status text, trimmed.
fn status_field<'a>(status: &'a str, key: &str) -> Option<&'a str> {
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .map(str::trim)
}
