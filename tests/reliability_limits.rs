//! Resource exhaustion against a real daemon, each time followed by recovery:
//! - fd limit (RLIMIT_NOFILE lowered on the running daemon with `prlimit`): spawns fail
//!   with a clear spawnerr, HTTP accepts fail; after the limit is raised every program
//!   gets RUNNING and the control socket answers again;
//! - fork failing with EAGAIN (RLIMIT_NPROC, daemon run as `nobody` via `setpriv`):
//!   spawnerr "Too many processes…", BACKOFF retries, all RUNNING once the limit is raised;
//! - disk full for child logs (a 256 KiB tmpfs): the daemon reports the write error and
//!   keeps supervising; once space is freed, logging resumes.
//!
//! Each skips visibly when the tool or privilege it needs is missing.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use supervisord::rpc::Value;
use support::*;

fn prlimit(pid: i32, arg: &str) -> bool {
    Command::new("prlimit")
        .arg(format!("--pid={pid}"))
        .arg(arg)
        .status()
        .is_ok_and(|s| s.success())
}

/// The soft limit named `what` in /proc/<pid>/limits ("unlimited" kept as is).
fn status_limit(pid: i32, what: &str) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/limits"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(what))
        .and_then(|l| {
            l[what.len()..]
                .split_whitespace()
                .next()
                .map(str::to_string)
        })
        .unwrap_or_else(|| "unlimited".into())
}

/// Whether a util-linux tool is installed (found like every tool: .venv/bin, then PATH).
fn have(name: &str) -> bool {
    tool(&[name]).is_some()
}

fn programs(n: usize, prefix: &str, extra: &str) -> String {
    let mut out = String::new();
    for i in 0..n {
        out.push_str(&format!(
            "[program:{prefix}{i}]\ncommand=/bin/sleep 1000\nstartsecs=0\nstartretries=100\n\
             stdout_logfile=%(here)s/{prefix}{i}.out\nstderr_logfile=%(here)s/{prefix}{i}.err\n{extra}\n"
        ));
    }
    out
}

#[test]
fn fd_exhaustion_while_spawning_and_accepting_recovers() {
    if !have("prlimit") {
        return skip(
            "fd_exhaustion_while_spawning_and_accepting_recovers",
            "prlimit not installed",
        );
    }
    let dir = temp_dir("emfile");
    let mut conf = preamble(&dir, "");
    conf.push_str(&programs(10, "f", "autostart=false\n"));
    let d = Daemon::start_conf(dir, &conf);
    // The programs have not started: their logs are not open, `base` is the daemon's own.
    let base = d.fd_count();
    // A spawn needs 10 more (2 log files, 4 pipes); 4 let its logs open and its pipes fail,
    // and leave room for a request's socket between spawn attempts.
    // Soft limit only: raising a hard limit needs CAP_SYS_RESOURCE, which containers drop.
    let soft = status_limit(d.pid(), "Max open files");
    assert!(prlimit(d.pid(), &format!("--nofile={}:", base + 4)));
    let _ = d.rpc("supervisor.startAllProcesses", &[Value::Bool(false)]);
    let limited_at = Instant::now();
    assert!(
        d.wait_log("too many open files", Duration::from_secs(30)),
        "no EMFILE spawnerr: {}",
        d.log()
    );
    // A failed spawn keeps none of its log files open (opening them is all or nothing, and
    // a spawn that fails closes them): the programs do not eat up the room between them.
    let log_fds = || {
        d.fd_list()
            .into_iter()
            .filter(|f| f.ends_with(".out") || f.ends_with(".err"))
            .collect::<Vec<_>>()
    };
    assert!(
        wait_for(Duration::from_secs(5), || log_fds().is_empty()),
        "log files held by programs that cannot start: {:?}",
        log_fds()
    );
    // While limited, hold connections open until accepts fail, then hammer the socket.
    let mut held = Vec::new();
    for _ in 0..20 {
        if let Ok(c) = connect(&d.target) {
            held.push(c);
        }
    }
    let mut refused = 0;
    for _ in 0..50 {
        if d.rpc("supervisor.getPID", &[]).is_err() {
            refused += 1;
        }
    }
    let held_open = held.len();
    drop(held);
    assert!(alive(d.pid()), "daemon died under EMFILE");
    // Out of descriptors, accepting closes the oldest idle connection (ours, held above) and
    // carries on after a pause (docs/HTTP.md, limits): every request is answered, late at
    // worst, none refused.
    assert_eq!(
        refused,
        0,
        "requests refused with {held_open} idle connections held and nofile=base+4\n{}",
        d.log()
    );
    assert!(prlimit(d.pid(), &format!("--nofile={soft}:")));
    let all_running = d.wait_all("RUNNING", Duration::from_secs(60));
    let recovered = limited_at.elapsed().as_secs_f64();
    let log = d.log();
    let spawn_errors = log.matches("too many open files").count();
    let http_errors = log.matches("HTTP server stopped accepting").count();
    assert!(all_running, "not recovered: {:?}\n{log}", d.infos());
    assert!(d.rpc("supervisor.getPID", &[]).is_ok());
    figure(&format!(
        "limits_emfile: nofile=base+4 ({}), {spawn_errors} spawnerr lines (\"too many open files to spawn…\"), \
         {refused}/50 requests refused while limited, {http_errors} accept-failure rebuilds; all 10 RUNNING {recovered:.1} s after the limit was set",
        base + 4
    ));
}

/// Out of descriptors, with spawns retrying beside it, a burst of clients that connect at
/// once are all answered: a connection whose request is still unread is not closed to make
/// room (that resets the client), only one idle for `EVICT_AFTER`.
#[test]
fn concurrent_clients_out_of_descriptors_are_all_answered() {
    let test = "concurrent_clients_out_of_descriptors_are_all_answered";
    if !have("prlimit") {
        return skip(test, "prlimit not installed");
    }
    let dir = temp_dir("emfile-burst");
    let mut conf = preamble(&dir, "");
    conf.push_str(&programs(10, "f", "autostart=false\nstartretries=100\n"));
    let d = Daemon::start_conf(dir, &conf);
    let base = d.fd_count();
    let soft = status_limit(d.pid(), "Max open files");
    assert!(prlimit(d.pid(), &format!("--nofile={}:", base + 4)));
    let _ = d.rpc("supervisor.startAllProcesses", &[Value::Bool(false)]);
    assert!(
        d.wait_log("too many open files", Duration::from_secs(30)),
        "no EMFILE spawnerr: {}",
        d.log()
    );
    let mut failed = Vec::new();
    for _ in 0..3 {
        let burst: Vec<_> = (0..40)
            .map(|_| {
                let target = d.target.clone();
                std::thread::spawn(move || rpc(&target, None, "supervisor.getPID", &[]))
            })
            .collect();
        for t in burst {
            if let Err(e) = t.join().unwrap_or_else(|_| Err("panicked".into())) {
                failed.push(e);
            }
        }
    }
    assert!(alive(d.pid()), "daemon died under EMFILE");
    assert!(prlimit(d.pid(), &format!("--nofile={soft}:")));
    assert!(
        failed.is_empty(),
        "{} of 120 requests failed out of descriptors: {:?}",
        failed.len(),
        &failed[..failed.len().min(5)]
    );
}

#[test]
fn fork_failing_with_eagain_recovers() {
    let test = "fork_failing_with_eagain_recovers";
    if !root_or_skip(test) {
        return;
    }
    if !have("setpriv") || !have("prlimit") {
        return skip(test, "needs setpriv and prlimit");
    }
    let Ok(Some(nobody)) = nix::unistd::User::from_name("nobody") else {
        return skip(test, "no user nobody");
    };
    // Tasks nobody already has (RLIMIT_NPROC counts all of them).
    let count_nobody = || {
        std::fs::read_dir("/proc")
            .map(|dir| {
                dir.flatten()
                    .filter_map(|e| e.file_name().to_string_lossy().parse::<i32>().ok())
                    .map(|p| {
                        let uid = status_field(p, "Uid:").unwrap_or_default();
                        let threads: usize = status_field(p, "Threads:")
                            .and_then(|t| t.parse().ok())
                            .unwrap_or(1);
                        if uid.split_whitespace().next() == Some(&nobody.uid.to_string()) {
                            threads
                        } else {
                            0
                        }
                    })
                    .sum::<usize>()
            })
            .unwrap_or(0)
    };
    let dir = temp_dir("eagain");
    nix::unistd::chown(&dir, Some(nobody.uid), Some(nobody.gid)).expect("chown dir");
    let mut conf = preamble(&dir, "minprocs=1");
    conf.push_str(&programs(12, "n", ""));
    // prlimit(2) on another user's process needs CAP_SYS_RESOURCE (containers drop it), so
    // the quota is used up by filler processes of nobody's, and freed by killing them.
    let mut fillers = Fillers(Vec::new());
    for _ in 0..12 {
        if let Ok(c) = Command::new("setpriv")
            .args([
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                "sleep",
                "1000",
            ])
            .spawn()
        {
            fillers.0.push(c);
        }
    }
    assert!(wait_for(Duration::from_secs(10), || count_nobody()
        >= fillers.0.len()));
    let others = count_nobody();
    // The daemon's own two threads (the event loop and the HTTP thread) plus three children.
    let limit = others + 2 + 3;
    let d = Daemon::spawn_wrapped(
        dir.clone(),
        &conf,
        &[
            "prlimit",
            &format!("--nproc={limit}:"),
            "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
        ],
    );
    let saw = d.wait_log("Too many processes", Duration::from_secs(30));
    let log = d.log();
    // A daemon that never comes up under the quota is the very failure this tests.
    assert!(
        saw || log.contains("spawned:"),
        "daemon did not start as nobody under nproc={limit}:\n{log}\n{}",
        d.read("stderr.txt")
    );
    assert!(saw, "no EAGAIN spawnerr:\n{log}");
    // A request while threads cannot be created gets a 503 or an answer, never a hang.
    let during = d.rpc("supervisor.getPID", &[]);
    drop(fillers);
    let t0 = Instant::now();
    let ok = d.wait_all("RUNNING", Duration::from_secs(90));
    let recovered = t0.elapsed().as_secs_f64();
    let log = d.log();
    assert!(ok, "not recovered: {:?}\n{log}", d.infos());
    for (_, _, pid) in d.infos() {
        let uid = status_field(pid as i32, "Uid:").unwrap_or_default();
        assert!(uid.starts_with(&nobody.uid.to_string()), "child uid {uid}");
    }
    figure(&format!(
        "limits_eagain: nproc={limit} as nobody, {} \"Too many processes\" spawnerr lines, request while limited: {}, \
         all 12 RUNNING {recovered:.1} s after 12 filler processes freed the quota",
        log.matches("Too many processes").count(),
        match &during {
            Ok(_) => "answered".to_string(),
            Err(e) => e.trim().chars().take(60).collect(),
        }
    ));
}

/// Processes of nobody's that use up its RLIMIT_NPROC quota; killed on drop.
struct Fillers(Vec<std::process::Child>);

impl Drop for Fillers {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A tmpfs mounted for the test; lazily unmounted on drop.
struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn disk_full_for_logs_keeps_supervising_and_resumes() {
    if !root_or_skip("disk_full_for_logs_keeps_supervising_and_resumes") {
        return;
    }
    let dir = temp_dir("diskfull");
    let full = dir.join("full");
    std::fs::create_dir_all(&full).expect("mountpoint");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
        .arg(&full)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        return skip(
            "disk_full_for_logs_keeps_supervising_and_resumes",
            "mount -t tmpfs failed",
        );
    }
    let _mount = Mount(full.clone());
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:chatty]\ncommand=/bin/sh -c 'i=0; while :; do i=$((i+1)); echo line-$i-padding-padding-padding; sleep 0.002; done'\n\
         startsecs=0\nstdout_logfile=%(here)s/full/chatty.out\nstdout_logfile_maxbytes=0\n\n\
         [program:other]\ncommand=/bin/sleep 1000\nstartsecs=0\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(d.wait_all("RUNNING", Duration::from_secs(30)));
    // Fill the rest of the filesystem.
    let filler = full.join("filler");
    let _ = Command::new("dd")
        .args(["if=/dev/zero", "bs=4k", "count=1000"])
        .arg(format!("of={}", filler.display()))
        .stderr(std::process::Stdio::null())
        .status();
    assert!(
        d.wait_log("No space left", Duration::from_secs(60)),
        "no disk-full error logged:\n{}",
        d.log()
    );
    // Supervision carries on: status answers, the other program can be restarted.
    d.rpc(
        "supervisor.stopProcess",
        &[Value::Str("other".into()), Value::Bool(true)],
    )
    .expect("stop other");
    d.rpc(
        "supervisor.startProcess",
        &[Value::Str("other".into()), Value::Bool(true)],
    )
    .expect("start other");
    assert_eq!(
        d.infos().iter().filter(|(_, s, _)| s == "RUNNING").count(),
        2
    );
    let errors_while_full = d.log().matches("No space left").count();
    // Free the space: logging resumes (the file grows again).
    let size = || {
        std::fs::metadata(full.join("chatty.out"))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    std::fs::remove_file(&filler).expect("rm filler");
    let before = size();
    let resumed = wait_for(Duration::from_secs(30), || size() > before + 1000);
    assert!(resumed, "logging did not resume: {}", d.log());
    figure(&format!(
        "limits_diskfull: 256 KiB tmpfs filled; {errors_while_full} \"No space left\" log lines while full; \
         stop/start of another program worked; child log grew again after space was freed"
    ));
}
