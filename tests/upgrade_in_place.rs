//! `supervisorctl upgrade` / `ours.upgrade`: the daemon re-executes the binary at its own
//! path (a copy in the temp dir, replaced by another file between start and upgrade) and
//! keeps its pid, its children, their pipes, timers and the HTTP sockets.

#[allow(dead_code, unused_imports)]
mod support;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use supervisord::rpc::Value;
use support::{field, free_port, request, skip, temp_dir, wait_for, Daemon, Target};

const BIN: &str = env!("CARGO_BIN_EXE_supervisord");
const LONG: Duration = Duration::from_secs(20);

/// Copies the test binary to `dir/bin/supervisord` (the daemon's own path).
fn install_binary(dir: &Path) -> PathBuf {
    let bin_dir = dir.join("bin");
    std::fs::create_dir_all(&bin_dir).expect("bin dir");
    let path = bin_dir.join("supervisord");
    std::fs::copy(BIN, &path).expect("copy binary");
    path
}

/// A test's directory (named after `name`) with the binary installed, and a free port.
fn setup(name: &str) -> (PathBuf, PathBuf, u16) {
    let dir = temp_dir(name);
    let exe = install_binary(&dir);
    (dir, exe, free_port())
}

/// What an operator does: copy a new file beside the binary and rename it over it.
fn replace_binary(path: &Path) {
    let tmp = path.with_extension("new");
    std::fs::copy(BIN, &tmp).expect("copy new binary");
    std::fs::rename(&tmp, path).expect("rename over");
}

/// The inode `/proc/PID/exe` points at.
fn exe_inode(pid: i32) -> u64 {
    std::fs::metadata(format!("/proc/{pid}/exe"))
        .expect("exe")
        .ino()
}

/// A config: unix socket + TCP server, `remember_stopped`, and `programs`.
fn config(dir: &Path, port: u16, programs: &str) -> String {
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\
         loglevel=info\nlogfile_maxbytes=0\nremember_stopped=true\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\n\n\
         [supervisorctl]\nserverurl=unix://{d}/s.sock\n\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
         {programs}"
    )
}

/// Starts `exe -n -c dir/supervisord.conf` (through `wrapper`, if any) with `env`.
fn start(dir: &Path, exe: &Path, conf: &str, wrapper: &[&str], env: &[(&str, &str)]) -> Daemon {
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).expect("conf");
    let mut cmd = match wrapper.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(exe);
            c
        }
        None => Command::new(exe),
    };
    cmd.arg("-n").arg("-c").arg(&path);
    cmd.envs(env.iter().copied());
    cmd.stdin(Stdio::null()).stdout(Stdio::null());
    cmd.stderr(Stdio::from(
        std::fs::File::create(dir.join("stderr.txt")).expect("stderr"),
    ));
    let mut d = Daemon::adopt(dir.to_path_buf(), spawn_copied(&mut cmd));
    assert!(
        d.wait_answering(LONG),
        "daemon did not answer:\n{}\n{}",
        d.log(),
        d.read("stderr.txt")
    );
    d
}

/// `cmd.spawn()` of a binary this test binary copied: retried while it is "text file busy"
/// (another test thread's child, between its fork and exec, can still hold the copy's
/// write descriptor for a moment).
fn spawn_copied(cmd: &mut Command) -> std::process::Child {
    let mut result = None;
    wait_for(LONG, || match cmd.spawn() {
        Err(e) if e.raw_os_error() == Some(nix::libc::ETXTBSY) => false,
        other => {
            result = Some(other);
            true
        }
    });
    match result {
        Some(r) => r.expect("spawn"),
        None => panic!("spawn: text file busy for {LONG:?}"),
    }
}

/// `supervisorctl -c conf upgrade`: (exit status, output).
fn ctl_upgrade(dir: &Path) -> (i32, String) {
    let out = Command::new(BIN)
        .arg("ctl")
        .arg("-c")
        .arg(dir.join("supervisord.conf"))
        .arg("upgrade")
        .output()
        .expect("ctl");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// Waits until every process is RUNNING; then `(namespec, statename, pid, start)` of each.
fn all_running(d: &Daemon) -> Vec<(String, String, i64, i64)> {
    assert!(wait_for(LONG, || d
        .infos_started()
        .iter()
        .all(|p| p.1 == "RUNNING")));
    d.infos_started()
}

/// Replaces the binary and upgrades to it through `ctl`, which must succeed.
fn upgrade_ok(dir: &Path, exe: &Path, daemon: &Daemon) {
    replace_binary(exe);
    let (status, out) = ctl_upgrade(dir);
    assert_eq!(status, 0, "{out}\n{}", daemon.log());
}

/// The TCP server answers `GET /api/v1/processes` with 200.
fn assert_tcp_serves(port: u16, what: &str) {
    let r = request(
        &Target::Tcp(format!("127.0.0.1:{port}")),
        "GET",
        "/api/v1/processes",
        &[],
        b"",
    )
    .expect(what);
    assert_eq!(r.status, 200);
}

/// A thread asking `GET /api/v1/processes` on a new connection each time until stopped;
/// counts answers and failures (refused, reset, non-200).
struct Hammer {
    stop: Arc<AtomicBool>,
    ok: Arc<AtomicUsize>,
    errors: Arc<std::sync::Mutex<Vec<String>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Hammer {
    fn start(t: Target) -> Hammer {
        let stop = Arc::new(AtomicBool::new(false));
        let ok = Arc::new(AtomicUsize::new(0));
        let errors = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (s, o, e) = (stop.clone(), ok.clone(), errors.clone());
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::SeqCst) {
                match request(&t, "GET", "/api/v1/processes", &[], b"") {
                    Ok(r) if r.status == 200 && r.body.starts_with('[') => {
                        o.fetch_add(1, Ordering::SeqCst);
                    }
                    Ok(r) => e.lock().unwrap().push(format!("status {}", r.status)),
                    Err(err) => e.lock().unwrap().push(err.to_string()),
                }
            }
        });
        Hammer {
            stop,
            ok,
            errors,
            thread: Some(thread),
        }
    }

    fn finish(mut self) -> (usize, Vec<String>) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            t.join().expect("hammer");
        }
        let errors = self.errors.lock().unwrap().clone();
        (self.ok.load(Ordering::SeqCst), errors)
    }
}

/// The numbers a writer logged: every line must be the previous one plus one.
fn assert_contiguous(text: &str) -> usize {
    let mut expect = 0u64;
    for line in text.lines() {
        let n: u64 = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("line {line:?}"));
        assert_eq!(n, expect, "a line is missing or repeated before {n}");
        expect += 1;
    }
    expect as usize
}

#[test]
fn upgrade_keeps_pids_start_times_output_sockets_and_backoff() {
    let (dir, exe, port) = setup("upgrade_keeps");
    let d = dir.display();
    let mut programs = String::new();
    for i in 0..20 {
        programs.push_str(&format!(
            "[program:sleeper{i}]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n"
        ));
    }
    programs.push_str(&format!(
        "[program:writer]\ncommand=sh -c 'i=0; while :; do echo $i; i=$((i+1)); done'\n\
         startsecs=0\nstdout_logfile={d}/writer.log\nstdout_logfile_maxbytes=0\n\n\
         [program:flaky]\ncommand=sh -c 'date +%%s.%%N >> {d}/flaky.times; exit 1'\n\
         startsecs=1\nstartretries=4\nstdout_logfile=NONE\n\n\
         [program:parked]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n"
    ));
    let conf = config(&dir, port, &programs);
    let daemon = start(&dir, &exe, &conf, &[], &[]);
    let pid = daemon.pid();
    assert!(wait_for(LONG, || {
        daemon
            .infos_started()
            .iter()
            .filter(|p| p.0 != "flaky")
            .all(|p| p.1 == "RUNNING")
    }));
    // An operator's stop, remembered across the upgrade.
    assert_eq!(
        daemon.rpc("supervisor.stopProcess", &[Value::Str("parked".into())]),
        Ok(Value::Bool(true))
    );
    // The flaky program has failed twice and waits for its 2 s retry.
    assert!(wait_for(LONG, || {
        let n = std::fs::read_to_string(dir.join("flaky.times")).map_or(0, |t| t.lines().count());
        n == 2
            && daemon
                .infos_started()
                .iter()
                .any(|p| p.0 == "flaky" && p.1 == "BACKOFF")
    }));
    let before: Vec<_> = daemon
        .infos_started()
        .into_iter()
        .filter(|p| p.0 != "flaky")
        .collect();
    let inode = exe_inode(pid);
    replace_binary(&exe);
    let hammer = Hammer::start(Target::Tcp(format!("127.0.0.1:{port}")));
    assert!(wait_for(LONG, || hammer.ok.load(Ordering::SeqCst) > 20));
    let (status, out) = ctl_upgrade(&dir);
    assert_eq!(status, 0, "upgrade: {out}\n{}", daemon.log());
    assert!(
        out.contains("Upgraded supervisord in place (generation 1)"),
        "{out}"
    );
    let served_before = hammer.ok.load(Ordering::SeqCst);
    assert!(wait_for(LONG, || hammer.ok.load(Ordering::SeqCst)
        > served_before + 20));
    let (served, errors) = hammer.finish();
    assert!(
        errors.is_empty(),
        "{} failed requests: {errors:?}",
        errors.len()
    );
    assert!(served > 40);

    assert_eq!(daemon.pid(), pid);
    assert_ne!(
        exe_inode(pid),
        inode,
        "the daemon still runs the old binary"
    );
    assert!(
        daemon.log().contains("upgraded in place (generation 1)"),
        "{}",
        daemon.log()
    );
    let after: Vec<_> = daemon
        .infos_started()
        .into_iter()
        .filter(|p| p.0 != "flaky")
        .collect();
    assert_eq!(after, before, "pids, states or start times changed");

    // The retry after the second failure comes 2 s after it, the upgrade in between.
    assert!(wait_for(LONG, || {
        std::fs::read_to_string(dir.join("flaky.times")).map_or(0, |t| t.lines().count()) >= 3
    }));
    let times: Vec<f64> = std::fs::read_to_string(dir.join("flaky.times"))
        .expect("times")
        .lines()
        .map(|l| l.parse().expect("time"))
        .collect();
    let gap = times[2] - times[1];
    assert!(
        (1.95..2.4).contains(&gap),
        "retry came {gap:.3}s after the failure"
    );

    // The writer lost no line: stop it and read its whole log.
    let lines_at_upgrade = std::fs::read_to_string(dir.join("writer.log")).map_or(0, |t| t.len());
    assert!(wait_for(LONG, || {
        std::fs::metadata(dir.join("writer.log")).map_or(0, |m| m.len() as usize)
            > lines_at_upgrade + 10_000
    }));
    assert_eq!(
        daemon.rpc("supervisor.stopProcess", &[Value::Str("writer".into())]),
        Ok(Value::Bool(true))
    );
    let text = std::fs::read_to_string(dir.join("writer.log")).expect("writer log");
    let text = &text[..text.rfind('\n').map_or(0, |i| i + 1)];
    let n = assert_contiguous(text);
    assert!(n > 1000, "only {n} lines");

    // remember_stopped survived: a reload keeps `parked` stopped.
    assert!(daemon.rpc("supervisor.restart", &[]).is_ok());
    assert!(daemon.wait_log("not starting 'parked': stopped by an operator", LONG));
}

#[test]
fn unknown_state_version_is_refused_and_the_old_daemon_carries_on() {
    let (dir, exe, port) = setup("upgrade_refused");
    let programs = "[program:a]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n";
    let conf = config(&dir, port, programs);
    let daemon = start(
        &dir,
        &exe,
        &conf,
        &[],
        &[(supervisord::upgrade::TEST_VERSION_ENV, "999")],
    );
    let pid = daemon.pid();
    let before = all_running(&daemon);
    let inode = exe_inode(pid);
    replace_binary(&exe);
    let (status, out) = ctl_upgrade(&dir);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("upgrade state version 999 is unknown"),
        "{out}"
    );
    assert!(
        daemon.wait_log("upgrade given up, carrying on", LONG),
        "{}",
        daemon.log()
    );
    assert_eq!(exe_inode(pid), inode, "the daemon exec'd anyway");
    assert_eq!(daemon.infos_started(), before);
    // Both servers serve again.
    assert_tcp_serves(port, "tcp after a failed upgrade");
    assert_eq!(
        daemon
            .rpc("ours.getUpgradeStatus", &[])
            .ok()
            .and_then(|v| field(&v, "generation").and_then(Value::as_int)),
        Some(0)
    );
}

#[test]
fn upgrade_as_pid_1_keeps_the_namespace() {
    let probe = Command::new("unshare")
        .args(["-Urpf", "--mount-proc", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        skip(
            "upgrade_as_pid_1_keeps_the_namespace",
            "`unshare -Urpf --mount-proc` is not available here",
        );
        return;
    }
    let (dir, exe, port) = setup("upgrade_pid1");
    let programs = "[program:a]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n";
    let conf = config(&dir, port, programs);
    let daemon = start(
        &dir,
        &exe,
        &conf,
        &["unshare", "-Urpf", "--mount-proc"],
        &[],
    );
    assert_eq!(daemon.rpc("supervisor.getPID", &[]), Ok(Value::Int(1)));
    let before = all_running(&daemon);
    upgrade_ok(&dir, &exe, &daemon);
    assert_eq!(daemon.rpc("supervisor.getPID", &[]), Ok(Value::Int(1)));
    assert_eq!(daemon.infos_started(), before);
    // The namespace's init is still there: unshare has not exited.
    let mut daemon = daemon;
    assert!(daemon
        .child
        .as_mut()
        .is_some_and(|c| c.try_wait().ok().flatten().is_none()));
    // unshare does not pass SIGTERM on: shut the namespace's init down by a call.
    assert!(daemon.rpc("supervisor.shutdown", &[]).is_ok());
    assert!(daemon.wait_exit(LONG).is_some(), "{}", daemon.log());
}

/// The swap as the event loop sees it (from the state written by the old process until
/// the new one took every process over) with 100 running programs.
#[test]
fn swap_time_with_100_programs() {
    let (dir, exe, port) = setup("upgrade_swap_time");
    let mut programs = String::new();
    for i in 0..100 {
        programs.push_str(&format!(
            "[program:p{i}]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=AUTO\n\n"
        ));
    }
    let conf = config(&dir, port, &programs);
    let daemon = start(&dir, &exe, &conf, &[], &[]);
    assert!(wait_for(LONG, || {
        let t = daemon.infos_started();
        t.len() == 100 && t.iter().all(|p| p.1 == "RUNNING")
    }));
    let before = daemon.infos_started();
    upgrade_ok(&dir, &exe, &daemon);
    assert_eq!(daemon.infos_started(), before);
    let log = daemon.log();
    let number_before = |line: &str, unit: &str| -> f64 {
        let end = line.find(unit).expect("unit");
        let start = line[..end].rfind(' ').map_or(0, |i| i + 1);
        line[start..end].parse().expect("number")
    };
    let written = log
        .lines()
        .find(|l| l.contains("upgrading in place"))
        .expect("upgrading line");
    let adopted = log
        .lines()
        .find(|l| l.contains("upgraded in place"))
        .expect("upgraded line");
    let write_ms = number_before(written.split("written in").nth(1).expect("written"), " ms");
    let swap_ms = number_before(adopted, " ms since");
    support::figure(&format!(
        "upgrade_swap_100_programs: state written in {write_ms:.1} ms, written→taken over {swap_ms:.1} ms (exec, start-up, adoption)"
    ));
    assert!(
        adopted.contains("took over 100 of 100 processes"),
        "{adopted}"
    );
    assert!(swap_ms < 2000.0, "{swap_ms} ms");
}

#[test]
fn sigusr1_upgrades_too() {
    let (dir, exe, port) = setup("upgrade_sigusr1");
    let programs = "[program:a]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n";
    let daemon = start(&dir, &exe, &config(&dir, port, programs), &[], &[]);
    let before = all_running(&daemon);
    let inode = exe_inode(daemon.pid());
    replace_binary(&exe);
    daemon.signal(nix::libc::SIGUSR1);
    assert!(
        daemon.wait_log("upgraded in place (generation 1)", LONG),
        "{}",
        daemon.log()
    );
    assert_ne!(exe_inode(daemon.pid()), inode);
    assert!(wait_for(LONG, || daemon.infos_started() == before));
}

/// `[supervisord] user=nobody`: the daemon dropped root before binding, and can still
/// exec itself; the sockets are inherited, not bound again.
#[test]
fn upgrade_after_dropping_privileges() {
    if !support::root_or_skip("upgrade_after_dropping_privileges") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let (dir, exe, port) = setup("upgrade_user");
    for p in [&dir, &dir.join("bin")] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    }
    let programs = "[program:a]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=AUTO\n\n";
    let conf = config(&dir, port, programs).replace(
        "remember_stopped=true\n",
        "remember_stopped=true\nuser=nobody\n",
    );
    let daemon = start(&dir, &exe, &conf, &[], &[]);
    let before = all_running(&daemon);
    let inode = exe_inode(daemon.pid());
    upgrade_ok(&dir, &exe, &daemon);
    assert_ne!(exe_inode(daemon.pid()), inode);
    assert_eq!(daemon.infos_started(), before);
    let uid = support::status_field(daemon.pid(), "Uid:").unwrap_or_default();
    assert!(uid.starts_with("65534"), "Uid: {uid}");
    assert_tcp_serves(port, "tcp after the upgrade");
}

/// A child that exits during the swap (after the old program wrote its final state, before
/// the new one runs) is reaped by the new program and restarted as usual. The "new binary"
/// is a script: run as the daemon (same pid, after the exec) it kills the child and waits
/// until it is a zombie, then execs the real binary.
#[test]
fn child_exiting_during_the_swap_is_reaped_by_the_new_program() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, exe, port) = setup("upgrade_exit_during");
    let d = dir.display();
    let programs = format!(
        "[program:victim]\ncommand=sh -c 'echo $$ > {d}/victim.pid; exec sleep 1000'\n\
         startsecs=0\nautorestart=true\nstdout_logfile=NONE\n\n"
    );
    let daemon = start(&dir, &exe, &config(&dir, port, &programs), &[], &[]);
    let old_pid = all_running(&daemon)[0].2;
    let real = dir.join("bin/real-supervisord");
    std::fs::copy(BIN, &real).expect("copy real");
    // Python, not a shell: a shell reaps any child of its own (waitpid(-1) on SIGCHLD).
    let Some(python) = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        skip(
            "child_exiting_during_the_swap_is_reaped_by_the_new_program",
            "no python3 in /usr/bin or /usr/local/bin",
        );
        return;
    };
    let script = format!(
        "#!{python}\nimport os, sys\n\
         if sys.argv[1:2] != ['upgrade-check']:\n\
         \x20   os.kill({old_pid}, 9)\n\
         \x20   while open('/proc/{old_pid}/stat').read().split(') ')[1][0] != 'Z':\n\
         \x20       pass\n\
         os.execv('{real}', ['{real}'] + sys.argv[1:])\n",
        real = real.display()
    );
    let tmp = exe.with_extension("new");
    std::fs::write(&tmp, script).expect("script");
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::rename(&tmp, &exe).expect("rename");
    let (status, out) = ctl_upgrade(&dir);
    assert_eq!(status, 0, "{out}\n{}", daemon.log());
    assert!(
        daemon.wait_log("exited: victim (terminated by SIGKILL", LONG),
        "{}",
        daemon.log()
    );
    let log = daemon.log();
    // The old program logs nothing after this line (it execs next).
    let handed = log.find("upgrading in place").expect("upgrading line");
    let exited = log.find("exited: victim").expect("exit line");
    assert!(exited > handed, "the old program saw the exit:\n{log}");
    assert!(
        log.contains("upgraded in place (generation 1): took over 1 of 1"),
        "{log}"
    );
    assert!(wait_for(LONG, || {
        daemon
            .infos_started()
            .iter()
            .any(|p| p.1 == "RUNNING" && p.2 != old_pid && p.2 != 0)
    }));
}

/// A new binary that passes `upgrade-check` but fails to adopt the state (a panic midway
/// through adoption, or an error before it): it starts the old binary again through the
/// descriptor the old process kept, with the same state. The children keep their PIDs,
/// the daemon answers and runs the old binary's file, and `upgrade` reports the failure.
#[test]
fn failed_adoption_rolls_back_to_the_old_binary() {
    // The failure is injected only into builds with debug assertions
    // (`rollback::test_fail_adopt`), as `make test` makes them.
    if !cfg!(debug_assertions) {
        skip(
            "failed_adoption_rolls_back_to_the_old_binary",
            "a release build has no adoption failure to inject",
        );
        return;
    }
    for mode in ["panic", "error"] {
        let (dir, exe, port) = setup(&format!("upgrade_rollback_{mode}"));
        let programs = "[program:a]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\n\
                        [program:b]\ncommand=sh -c 'while :; do echo x; sleep 0.2; done'\n\
                        startsecs=0\n\n";
        let daemon = start(
            &dir,
            &exe,
            &config(&dir, port, programs),
            &[],
            &[(supervisord::upgrade::rollback::TEST_FAIL_ADOPT_ENV, mode)],
        );
        let before = all_running(&daemon);
        let inode = exe_inode(daemon.pid());
        replace_binary(&exe);
        let (status, out) = ctl_upgrade(&dir);
        assert_eq!(status, 1, "{mode}: {out}\n{}", daemon.log());
        assert!(out.contains("the new binary failed to take over"), "{out}");
        assert!(
            daemon.wait_log(
                "upgrade rolled back: the previous binary took over 2 of 2",
                LONG
            ),
            "{mode}: {}",
            daemon.log()
        );
        assert_eq!(exe_inode(daemon.pid()), inode, "{mode}: not the old binary");
        assert_eq!(daemon.infos_started(), before, "{mode}");
        // Its output pipe came back too: new lines still reach the log.
        let info = daemon
            .rpc("supervisor.getProcessInfo", &[Value::Str("b".into())])
            .expect("info");
        let log = PathBuf::from(
            field(&info, "stdout_logfile")
                .and_then(Value::as_str)
                .expect("logfile"),
        );
        let size = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
        assert!(wait_for(LONG, || std::fs::metadata(&log)
            .map(|m| m.len())
            .unwrap_or(0)
            > size + 4));
        assert_tcp_serves(port, "tcp after a rollback");
    }
}

/// `sendProcessStdin` bytes the child's stdin pipe did not take before the swap are
/// written by the new program: the child, once it reads, gets every byte.
#[test]
fn queued_stdin_bytes_survive_the_swap() {
    let (dir, exe, port) = setup("upgrade_stdin");
    let fifo = dir.join("go");
    self::fifo(&fifo);
    let count = dir.join("count");
    let programs = format!(
        "[program:reader]\ncommand=sh -c 'cat {} >/dev/null; head -c 300000 | wc -c > {}.tmp; mv {}.tmp {}; sleep 1000'\n\
         startsecs=0\nstdout_logfile=NONE\n\n",
        fifo.display(),
        count.display(),
        count.display(),
        count.display()
    );
    let daemon = start(&dir, &exe, &config(&dir, port, &programs), &[], &[]);
    all_running(&daemon);
    let total = 300_000;
    let chunk = "y".repeat(total / 3);
    for _ in 0..3 {
        daemon
            .rpc(
                "supervisor.sendProcessStdin",
                &[Value::Str("reader".into()), Value::Str(chunk.clone())],
            )
            .expect("sendProcessStdin");
    }
    upgrade_ok(&dir, &exe, &daemon);
    // Releases the child: it reads its whole stdin now.
    drop(
        std::fs::OpenOptions::new()
            .write(true)
            .open(&fifo)
            .expect("fifo"),
    );
    assert!(
        wait_for(LONG, || std::fs::read_to_string(&count)
            .is_ok_and(|c| c.trim() == total.to_string())),
        "count: {:?}\n{}",
        std::fs::read_to_string(&count),
        daemon.log()
    );
}

/// Records every event as `serial poolserial eventname data-lines` (a `childutils`
/// listener taking 30 ms per event, slower than the events come, so events wait in the
/// pool's buffer when the swap comes).
const RECORDER: &str = r#"import sys, time
from supervisor import childutils
out = open(sys.argv[1], 'a', buffering=1)
while True:
    headers, payload = childutils.listener.wait(sys.stdin, sys.stdout)
    data = payload.split('\n', 1)[1] if '\n' in payload else ''
    out.write('%s %s %s %s\n' % (headers['serial'], headers['poolserial'],
              headers['eventname'], data.strip().replace('\n', ',')))
    time.sleep(0.03)
    childutils.listener.ok(sys.stdout)
"#;

/// An event listener pool across the swap: the listener process keeps its PID, and the
/// events of a program writing numbered lines before, during and after the upgrade all
/// reach it once each, global and pool serials strictly increasing, the pool serials
/// without a gap.
#[test]
fn event_listener_pool_survives_the_swap() {
    let Some(venv) = support::python::venv_or_skip("event_listener_pool_survives_the_swap") else {
        return;
    };
    let (dir, exe, port) = setup("upgrade_events");
    std::fs::write(dir.join("recorder.py"), RECORDER).expect("recorder");
    let record = dir.join("events.txt");
    let programs = format!(
        "[eventlistener:rec]\ncommand={}/bin/python -u {}/recorder.py {}\n\
         events=PROCESS_LOG_STDOUT\nbuffer_size=10000\nstartsecs=0\n\n\
         [program:ticker]\ncommand=sh -c 'i=0; while :; do i=$((i+1)); echo n$i; sleep 0.01; done'\n\
         stdout_events_enabled=true\nstartsecs=0\n\n",
        venv.display(),
        dir.display(),
        record.display()
    );
    let daemon = start(&dir, &exe, &config(&dir, port, &programs), &[], &[]);
    all_running(&daemon);
    let lines = || std::fs::read_to_string(&record).unwrap_or_default();
    assert!(
        wait_for(LONG, || lines().lines().count() > 20),
        "{}",
        daemon.log()
    );
    let before = daemon.infos_started();
    upgrade_ok(&dir, &exe, &daemon);
    let after_swap = lines().lines().count();
    assert!(wait_for(LONG, || lines().lines().count() > after_swap + 20));
    daemon
        .rpc("supervisor.stopProcess", &[Value::Str("ticker".into())])
        .expect("stop ticker");
    let info = daemon
        .rpc("supervisor.getProcessInfo", &[Value::Str("ticker".into())])
        .expect("info");
    let log = field(&info, "stdout_logfile")
        .and_then(Value::as_str)
        .map(PathBuf::from)
        .expect("logfile");
    let written = std::fs::read_to_string(&log).expect("ticker log");
    let last = written.lines().last().expect("a line").to_string();
    assert!(
        wait_for(LONG, || lines().lines().any(|l| l
            .ends_with(&format!(",{last}"))
            || l.ends_with(&format!(" {last}")))),
        "{last} never arrived\n{}",
        daemon.log()
    );
    let text = lines();
    let mut numbers = Vec::new();
    let (mut serial, mut pool_serial) = (None::<u64>, None::<u64>);
    for l in text.lines() {
        let f: Vec<&str> = l.splitn(4, ' ').collect();
        let s: u64 = f[0].parse().expect("serial");
        let ps: u64 = f[1].parse().expect("poolserial");
        assert!(
            serial.is_none_or(|p| s > p),
            "serial {s} after {serial:?}\n{text}"
        );
        assert!(
            pool_serial.is_none_or(|p| ps == p + 1),
            "pool serial {ps} after {pool_serial:?}\n{text}"
        );
        (serial, pool_serial) = (Some(s), Some(ps));
        assert_eq!(f[2], "PROCESS_LOG_STDOUT");
        numbers.extend(
            f.get(3)
                .unwrap_or(&"")
                .split(',')
                .filter_map(|n| n.strip_prefix('n').and_then(|n| n.parse::<u64>().ok())),
        );
    }
    let expected: Vec<u64> = (1..=numbers.len() as u64).collect();
    assert_eq!(numbers, expected, "a line lost or repeated");
    let rec_before = before.iter().find(|p| p.0 == "rec").expect("rec");
    let rec_after = daemon.infos_started();
    let rec_after = rec_after.iter().find(|p| p.0 == "rec").expect("rec");
    assert_eq!(rec_before.2, rec_after.2, "the listener was restarted");
    let log = daemon.log();
    let buffered = log
        .split("upgraded in place (generation 1): took over 2 of 2 processes (")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse::<u64>().ok());
    assert!(buffered.is_some_and(|n| n > 0), "{buffered:?}\n{log}");
}

/// A fifo at `path` (a hook or program blocks reading it until [`release`]).
fn fifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().expect("path")).expect("cstr");
    // SAFETY: mkfifo of a fresh path in the test's own directory.
    assert_eq!(unsafe { nix::libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// Lets the reader of fifo `path` go on (EOF); fails at once when nobody reads it.
fn release(path: &Path) {
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(nix::libc::O_NONBLOCK)
        .open(path);
    assert!(f.is_ok(), "nobody reads {}: {f:?}", path.display());
}

/// Children under way at the swap are handed over: a running pre_start_hook still leads
/// to its spawn once it exits, a pre_stop_hook to its stop, and a STARTING program's
/// `ready=fd:3` check (its pipe) still makes it RUNNING.
#[test]
fn hooks_and_readiness_checks_under_way_survive_the_swap() {
    let (dir, exe, port) = setup("upgrade_inflight");
    let (f1, f2, f3) = (dir.join("f1"), dir.join("f2"), dir.join("f3"));
    for f in [&f1, &f2, &f3] {
        fifo(f);
    }
    let programs = format!(
        "[program:hooked]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\
         pre_start_hook=cat {} >/dev/null; echo hook done\n\n\
         [program:stopper]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\
         pre_stop_hook=cat {} >/dev/null\n\n\
         [program:readied]\ncommand=sh -c 'cat {} >/dev/null; echo >&3; exec sleep 1000'\n\
         startsecs=0\nready=fd:3\nready_timeout=60\nstdout_logfile=NONE\n\n",
        f1.display(),
        f2.display(),
        f3.display()
    );
    let daemon = start(&dir, &exe, &config(&dir, port, &programs), &[], &[]);
    let state = |name: &str| {
        daemon
            .infos_started()
            .into_iter()
            .find(|p| p.0 == name)
            .map(|p| p.1)
            .unwrap_or_default()
    };
    assert!(daemon.wait_log("running pre_start_hook of hooked", LONG));
    assert!(wait_for(LONG, || state("stopper") == "RUNNING"));
    assert!(wait_for(LONG, || state("readied") == "STARTING"));
    daemon
        .rpc(
            "supervisor.stopProcess",
            &[Value::Str("stopper".into()), Value::Bool(false)],
        )
        .expect("stop");
    assert!(daemon.wait_log("running pre_stop_hook of stopper", LONG));
    upgrade_ok(&dir, &exe, &daemon);
    assert_eq!(state("hooked"), "STOPPED");
    assert_eq!(state("stopper"), "RUNNING");
    assert_eq!(state("readied"), "STARTING");
    release(&f1);
    assert!(
        wait_for(LONG, || state("hooked") == "RUNNING"),
        "{}",
        daemon.log()
    );
    assert!(daemon.wait_log(
        "pre_start_hook of hooked succeeded (exit status 0): hook done",
        LONG
    ));
    release(&f2);
    assert!(
        wait_for(LONG, || state("stopper") == "STOPPED"),
        "{}",
        daemon.log()
    );
    release(&f3);
    assert!(
        wait_for(LONG, || state("readied") == "RUNNING"),
        "{}",
        daemon.log()
    );
}

/// A liveness check's failures in a row go on across the swap: two before it and one
/// after make three, and the failure action (`stop`) runs then, not three checks later.
#[test]
fn liveness_failure_count_survives_the_swap() {
    let (dir, exe, port) = setup("upgrade_liveness");
    let programs = "[program:sick]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile=NONE\n\
                    liveness_check_script=exit 1\nliveness_check_initial_delay=0\n\
                    liveness_check_period=1.5\nliveness_check_failure_threshold=3\n\
                    liveness_check_failure_action=stop\n\n";
    let daemon = start(&dir, &exe, &config(&dir, port, programs), &[], &[]);
    assert!(
        daemon.wait_log("liveness check of sick failed (2/3)", LONG),
        "{}",
        daemon.log()
    );
    upgrade_ok(&dir, &exe, &daemon);
    assert!(
        daemon.wait_log("liveness check of sick failed (3/3)", LONG),
        "{}",
        daemon.log()
    );
    let log = daemon.log();
    assert_eq!(
        log.matches("failed (1/3)").count(),
        1,
        "counted again:\n{log}"
    );
    assert!(wait_for(LONG, || daemon
        .infos_started()
        .iter()
        .any(|p| p.0 == "sick" && p.1 == "STOPPED")));
}

/// A capture (`<!--XSUPERVISOR:BEGIN-->` … `END`) begun before the swap ends after it:
/// the listener gets one PROCESS_COMMUNICATION event with both halves.
#[test]
fn capture_begun_before_the_swap_ends_after_it() {
    let Some(venv) = support::python::venv_or_skip("capture_begun_before_the_swap_ends_after_it")
    else {
        return;
    };
    let (dir, exe, port) = setup("upgrade_capture");
    std::fs::write(dir.join("recorder.py"), RECORDER).expect("recorder");
    let record = dir.join("events.txt");
    let go = dir.join("go");
    fifo(&go);
    let out = dir.join("capper.log");
    let programs = format!(
        "[eventlistener:rec]\ncommand={}/bin/python -u {}/recorder.py {}\n\
         events=PROCESS_COMMUNICATION\nstartsecs=0\n\n\
         [program:capper]\ncommand=sh -c \"printf 'hello\\n<!--XSUPERVISOR:BEGIN-->first '; \
         cat {} >/dev/null; printf 'second<!--XSUPERVISOR:END-->'; exec sleep 1000\"\n\
         stdout_capture_maxbytes=1MB\nstdout_logfile={}\nstartsecs=0\n\n",
        venv.display(),
        dir.display(),
        record.display(),
        go.display(),
        out.display()
    );
    let daemon = start(&dir, &exe, &config(&dir, port, &programs), &[], &[]);
    assert!(wait_for(LONG, || std::fs::read_to_string(&out)
        .is_ok_and(|t| t.contains("hello"))));
    all_running(&daemon);
    upgrade_ok(&dir, &exe, &daemon);
    release(&go);
    assert!(
        wait_for(LONG, || std::fs::read_to_string(&record).is_ok_and(
            |t| t.contains("PROCESS_COMMUNICATION_STDOUT first second")
        )),
        "{:?}\n{}",
        std::fs::read_to_string(&record),
        daemon.log()
    );
    let logged = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        !logged.contains("second"),
        "captured bytes logged: {logged}"
    );
}
