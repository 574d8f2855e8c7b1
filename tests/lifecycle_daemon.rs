//! The daemon as a whole: daemonizing with a pidfile, a second SIGTERM while stopping,
//! SIGUSR2 log reopening, restart_when_binary_changed, the descriptor table sized at start.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;
use support::*;

#[test]
fn daemonizes_writes_and_removes_the_pidfile() {
    let dir = temp_dir("daemonize");
    std::fs::write(
        dir.join("supervisord.conf"),
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/sd.pid\n\n[program:s]\ncommand=sleep 100\nstartsecs=0\n",
    )
    .unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("-c")
        .arg(dir.join("supervisord.conf"))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0), "the foreground parent exits 0");
    let pidfile = dir.join("sd.pid");
    let pid = read_number(&pidfile);
    assert!(alive(pid));
    let log = || std::fs::read_to_string(dir.join("main.log")).unwrap_or_default();
    assert!(
        wait_for(Duration::from_secs(5), || log()
            .contains("success: s entered RUNNING")),
        "{}",
        log()
    );
    // SAFETY: kill(2) on the daemon this test started.
    unsafe { nix::libc::kill(pid, SIGTERM) };
    assert!(
        wait_for(Duration::from_secs(5), || !alive(pid)),
        "{}",
        log()
    );
    assert!(!pidfile.exists(), "pidfile removed on exit");
    assert!(log().contains("stopped: s (terminated by SIGTERM)"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn second_sigterm_while_stopping_loses_no_child() {
    let mut d = Daemon::start(
        "twice",
        "[program:stubborn]\ncommand=sh -c 'trap \"\" TERM; echo $$ > %(here)s/pid; while :; do sleep 0.05; done'\nstartsecs=0\nstopwaitsecs=1\n",
    );
    let child = read_number(&d.path("pid"));
    d.signal(SIGTERM);
    assert!(d.wait_log("killing stubborn", Duration::from_secs(2)));
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(0), "{}", d.log());
    assert!(!alive(child), "child {child} survived");
    assert!(d
        .log()
        .contains("stopped: stubborn (terminated by SIGKILL)"));
}

#[test]
fn sigusr2_reopens_child_logs() {
    let d = Daemon::start(
        "usr2",
        "[program:talker]\ncommand=sh -c 'while :; do echo line; sleep 0.02; done'\nstartsecs=0\nstdout_logfile=%(here)s/out.log\n",
    );
    assert!(wait_for(Duration::from_secs(5), || d
        .path("out.log")
        .metadata()
        .is_ok_and(|m| m.len() > 0)));
    std::fs::rename(d.path("out.log"), d.path("out.log.1")).unwrap();
    d.signal(12);
    assert!(d.wait_log(
        "received SIGUSR2 indicating log reopen request",
        Duration::from_secs(2)
    ));
    assert!(wait_for(Duration::from_secs(5), || d
        .path("out.log")
        .metadata()
        .is_ok_and(|m| m.len() > 0)));
}

#[test]
fn restart_when_binary_changed_restarts_the_program() {
    let dir = temp_dir("binchange");
    let bin = dir.join("mysleep");
    std::fs::copy("/bin/sleep", &bin).unwrap();
    let d = Daemon::start_in(
        dir,
        "[program:watched]\ncommand=%(here)s/mysleep 100\nstartsecs=0\nrestart_when_binary_changed=true\n",
    );
    assert!(d.wait_log("spawned: 'watched'", Duration::from_secs(5)));
    // Replace the binary (new inode), as a deploy would.
    let tmp = d.path("mysleep.new");
    std::fs::copy("/bin/sleep", &tmp).unwrap();
    std::fs::rename(&tmp, &bin).unwrap();
    assert!(
        d.wait_log_count("spawned: 'watched'", 2, Duration::from_secs(5)),
        "{}",
        d.log()
    );
    assert!(d.log().contains("stopped: watched (terminated by SIGTERM)"));
}

#[test]
fn signals_blocked_by_the_parent_still_reach_the_daemon() {
    let dir = temp_dir("sigmask");
    let conf = dir.join("supervisord.conf");
    std::fs::write(
        &conf,
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/sd.pid\n\n\
         [program:once]\ncommand=sh -c 'exit 3'\nstartsecs=0\nautorestart=false\n\n\
         [program:s]\ncommand=sleep 100\nstartsecs=0\n",
    )
    .unwrap();
    let mut cmd = daemon_command(&[], &conf);
    cmd.stdout(std::process::Stdio::null());
    // A parent (a shell, a harness, an init) may hand down a mask that blocks the very
    // signals the daemon lives on.
    // SAFETY: sigset calls and pthread_sigmask only, between fork and exec.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(|| {
            use nix::libc::{SIGCHLD, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR2};
            let mut set = std::mem::zeroed::<nix::libc::sigset_t>();
            nix::libc::sigemptyset(&mut set);
            for sig in [SIGCHLD, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR2] {
                nix::libc::sigaddset(&mut set, sig);
            }
            nix::libc::pthread_sigmask(nix::libc::SIG_BLOCK, &set, std::ptr::null_mut());
            Ok(())
        });
    }
    let mut d = Daemon::adopt(dir, cmd.spawn().unwrap());
    assert!(
        d.wait_log("exited: once (exit status 3", Duration::from_secs(5)),
        "the child's exit was never noticed (SIGCHLD blocked?):\n{}",
        d.log()
    );
    assert!(d.wait_log("success: s entered RUNNING", Duration::from_secs(5)));
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(5)), Some(0), "{}", d.log());
}

/// The descriptor table is grown for the configured programs at start, before any thread
/// exists (`daemon/fd_table.rs`): growing it later, with threads, waits for an RCU grace
/// period in the middle of a spawn burst. 100 programs that do not autostart leave the
/// daemon with about 220 descriptors open (their log files; a table of 256 without the
/// reservation), yet the table holds 64 + 8 × 100.
#[test]
fn descriptor_table_is_sized_for_the_programs_at_start() {
    let programs: String = (0..100)
        .map(|i| format!("[program:p{i}]\ncommand=sleep 100\nautostart=false\n\n"))
        .collect();
    let d = Daemon::start("fdtable", &programs);
    let size = d.fd_table_size();
    assert!(
        size >= 64 + 8 * 100,
        "descriptor table of {size} with {} open",
        d.fd_count()
    );
}
