//! Child output under adverse conditions (issue 6), with the real binary: a grandchild
//! holding the pipe after the child exited (daemon idle, exit reported), a child writing
//! as fast as it can (another program's startsecs timer stays on time, a third one's
//! output keeps flowing), a deleted log directory and a full disk (one error, supervision
//! continues, writing resumes).

#[allow(dead_code, unused_imports)]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};
use support::*;

#[test]
fn grandchild_holding_the_pipe_leaves_the_daemon_idle() {
    let d = support::logs::start(
        "logs-grandchild",
        "[program:g]\ncommand=sh -c 'sleep 60 & echo $! > %(here)s/gc.pid; echo parent-done; exit 0'\n\
         startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/g.log\n",
    );
    let reported = d.wait_log(
        "exited: g (exit status 0; expected)",
        Duration::from_secs(20),
    );
    let gc: i32 = std::fs::read_to_string(d.path("gc.pid"))
        .unwrap_or_default()
        .trim()
        .parse()
        .unwrap_or(0);
    let _kill = KillOnDrop(gc);
    assert!(reported, "exit not reported:\n{}", d.log());
    assert!(
        gc > 0 && alive(gc),
        "the grandchild should still hold the pipe"
    );
    assert_eq!(
        std::fs::read_to_string(d.path("g.log")).unwrap(),
        "parent-done\n"
    );
    // A measurement window, not a wait for a condition: a spinning loop burns ~200 ticks.
    let before = support::procfs::cpu_ticks(d.pid());
    std::thread::sleep(Duration::from_secs(2));
    let used = support::procfs::cpu_ticks(d.pid()) - before;
    assert!(
        used <= 10,
        "daemon used {used} ticks of CPU in 2 s while idle"
    );
}

/// SIGKILLs a pid when dropped (the grandchild of the test above).
struct KillOnDrop(i32);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if self.0 > 0 {
            // SAFETY: kill(2) on a process this test caused to exist.
            unsafe { nix::libc::kill(self.0, nix::libc::SIGKILL) };
        }
    }
}

#[test]
fn a_flooding_child_delays_neither_timers_nor_other_output() {
    let d = support::logs::start(
        "logs-flood",
        "[program:flood]\ncommand=yes 0123456789012345678901234567890123456789012345678901234567890123456789\n\
         stdout_logfile=%(here)s/flood.log\nstdout_logfile_maxbytes=4MB\nstdout_logfile_backups=1\n\n\
         [program:flood2]\ncommand=yes 0123456789012345678901234567890123456789012345678901234567890123456789\n\
         stdout_logfile=%(here)s/flood2.log\nstdout_logfile_maxbytes=4MB\nstdout_logfile_backups=1\n\n\
         [program:timed]\ncommand=sh -c 'sleep 1.4; exit 1'\nstartsecs=1\nautorestart=true\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n\
         [program:ticker]\ncommand=sh -c 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.05; done'\n\
         stdout_logfile=%(here)s/ticker.log\n",
    );
    let success = "success: timed entered RUNNING state";
    assert!(
        d.wait_log_count(success, 4, Duration::from_secs(60)),
        "{}",
        d.log()
    );
    assert!(
        support::logs::wait_file(&d.path("ticker.log"), "tick 20\n", Duration::from_secs(30)),
        "ticker output starved: {:?}",
        std::fs::read_to_string(d.path("ticker.log"))
    );
    let flooded = support::logs::listing(&d.dir, "flood.log")
        .iter()
        .map(|(_, n)| n)
        .sum::<u64>();
    assert!(
        flooded > 1_000_000,
        "the flood did not flood: {flooded} bytes"
    );
    let spawned = d.log_times("spawned: 'timed' with pid");
    let ran = d.log_times(success);
    assert!(spawned.len() >= ran.len() && ran.len() >= 4);
    for (s, r) in spawned.iter().zip(&ran) {
        // The deadline runs from the loop iteration that spawned, before the forks, so
        // the promotion may log a few ms "early" relative to the `spawned:` line.
        let late = r - s - 1.0;
        assert!(
            (-0.05..=0.05).contains(&late),
            "startsecs promotion {:.3} s late (spawned {s}, running {r}):\n{}",
            late,
            d.log()
        );
    }
}

/// Prints `line N` (plus `argv[2]` bytes of padding) every 20 ms and writes N to
/// `progress` after each line.
const COUNTER: &str = r#"
import os, sys, time
progress = sys.argv[1]
pad = b" " + b"p" * int(sys.argv[2]) if len(sys.argv) > 2 else b""
i = 0
while True:
    os.write(1, b"line %d%s\n" % (i, pad))
    with open(progress + ".tmp", "w") as f:
        f.write("%d" % i)
    os.rename(progress + ".tmp", progress)
    i += 1
    time.sleep(0.02)
"#;

fn progress(d: &Daemon) -> u64 {
    std::fs::read_to_string(d.path("progress"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// Waits until the counter child got `n` lines further.
fn advance(d: &Daemon, n: u64) {
    let target = progress(d) + n;
    assert!(
        wait_for(Duration::from_secs(60), || progress(d) >= target),
        "the counter child stopped:\n{}",
        d.log()
    );
}

/// The numbers of the `line N` lines of a file.
fn numbers(path: &Path) -> Vec<u64> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.strip_prefix("line ")?.split(' ').next()?.parse().ok())
        .collect()
}

fn counter_conf(name: &str, log: &str, extra: &str) -> Daemon {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("logs")).unwrap();
    std::fs::write(dir.join("counter.py"), COUNTER).unwrap();
    let conf = format!(
        "{}\n[program:c]\ncommand={} %(here)s/counter.py %(here)s/progress\nstdout_logfile={log}\n{extra}\n",
        support::logs::SUPERVISORD,
        support::python::python3().display()
    );
    support::logs::start_conf(dir, &conf, false).0
}

#[test]
fn deleted_log_directory_one_error_supervision_continues_writing_resumes() {
    let d = counter_conf(
        "logs-deldir",
        "%(here)s/logs/c.log",
        "stdout_logfile_maxbytes=200\nstdout_logfile_backups=2\n",
    );
    let log = d.path("logs/c.log");
    d.assert_log("success: c entered RUNNING state", Duration::from_secs(20));
    // Phase 1: the directory disappears; the next rotation cannot re-create the file.
    assert!(wait_for(Duration::from_secs(20), || !numbers(&log).is_empty()));
    std::fs::remove_dir_all(d.path("logs")).unwrap();
    assert!(
        wait_for(Duration::from_secs(30), || !support::logs::errors(&d.log())
            .is_empty()),
        "no error logged:\n{}",
        d.log()
    );
    advance(&d, 100); // 2 s of output with no directory
    let errs = support::logs::errors(&d.log());
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].contains("c.log"), "{errs:?}");
    assert!(!d.log().contains("exited: c"), "{}", d.log());
    // The directory comes back: the retry (backoff ≤ 4 s by now) resumes writing.
    std::fs::create_dir_all(d.path("logs")).unwrap();
    let resumed_from = progress(&d);
    assert!(
        wait_for(Duration::from_secs(60), || numbers(&log)
            .iter()
            .any(|&n| n > resumed_from)),
        "writing did not resume:\n{}",
        d.log()
    );
    // Phase 2: gone again; this time SIGUSR2 brings it back at once.
    std::fs::remove_dir_all(d.path("logs")).unwrap();
    assert!(wait_for(Duration::from_secs(30), || support::logs::errors(
        &d.log()
    )
    .len()
        >= 2));
    std::fs::create_dir_all(d.path("logs")).unwrap();
    let before = progress(&d);
    d.signal(12);
    assert!(
        wait_for(Duration::from_secs(10), || numbers(&log)
            .iter()
            .any(|&n| n > before)),
        "SIGUSR2 did not resume writing:\n{}",
        d.log()
    );
    assert_eq!(support::logs::errors(&d.log()).len(), 2, "{}", d.log());
    assert!(!d.log().contains("exited: c"), "{}", d.log());
}

#[test]
fn deleted_log_file_or_directory_is_noticed_without_rotation() {
    let d = counter_conf(
        "logs-unlinked",
        "%(here)s/logs/c.log",
        "stdout_logfile_maxbytes=0\n",
    );
    let log = d.path("logs/c.log");
    assert!(wait_for(Duration::from_secs(20), || !numbers(&log).is_empty()));
    // The file alone: re-created within about a second, no error.
    std::fs::remove_file(&log).unwrap();
    let gone_at = progress(&d);
    assert!(
        wait_for(Duration::from_secs(20), || numbers(&log)
            .iter()
            .any(|&n| n > gone_at)),
        "the deleted log was not re-created:\n{}",
        d.log()
    );
    assert!(support::logs::errors(&d.log()).is_empty(), "{}", d.log());
    // The directory: one error, then writing resumes once it is back.
    std::fs::remove_dir_all(d.path("logs")).unwrap();
    assert!(
        wait_for(Duration::from_secs(20), || !support::logs::errors(&d.log())
            .is_empty()),
        "no error logged:\n{}",
        d.log()
    );
    advance(&d, 100);
    assert_eq!(support::logs::errors(&d.log()).len(), 1, "{}", d.log());
    std::fs::create_dir_all(d.path("logs")).unwrap();
    let back_at = progress(&d);
    assert!(
        wait_for(Duration::from_secs(60), || numbers(&log)
            .iter()
            .any(|&n| n > back_at)),
        "writing did not resume:\n{}",
        d.log()
    );
    assert!(!d.log().contains("exited: c"), "{}", d.log());
}

/// Unmounts a tmpfs when dropped (after the daemon: declared before it), then removes
/// the test dir the daemon fixture could not remove while the mount was there.
struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
        if let (false, Some(dir)) = (std::thread::panicking(), self.0.parent()) {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[test]
fn disk_full_one_error_supervision_continues_writing_resumes() {
    let dir = temp_dir("logs-full");
    let full = dir.join("full");
    std::fs::create_dir_all(&full).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&full)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        support::skip(
            "disk_full_one_error_supervision_continues_writing_resumes",
            "cannot mount a tmpfs here",
        );
        return;
    }
    let _mount = Mount(full.clone());
    std::fs::write(full.join("filler"), vec![b'x'; 40 * 1024]).unwrap();
    std::fs::write(dir.join("counter.py"), COUNTER).unwrap();
    let conf = format!(
        "{}\n[program:c]\ncommand={} %(here)s/counter.py %(here)s/progress 300\nstdout_logfile=%(here)s/full/c.log\nstdout_logfile_maxbytes=0\n",
        support::logs::SUPERVISORD,
        support::python::python3().display()
    );
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    let log = d.path("full/c.log");
    let filled = wait_for(Duration::from_secs(120), || {
        !support::logs::errors(&d.log()).is_empty()
    });
    assert!(filled, "no error while filling the disk:\n{}", d.log());
    advance(&d, 100);
    let errs = support::logs::errors(&d.log());
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].contains("c.log"), "{errs:?}");
    assert!(errs[0].contains("No space left on device"), "{errs:?}");
    assert!(!d.log().contains("exited: c"), "{}", d.log());
    let t0 = Instant::now();
    std::fs::remove_file(d.path("full/filler")).unwrap();
    let freed_at = progress(&d);
    assert!(
        wait_for(Duration::from_secs(90), || numbers(&log)
            .iter()
            .any(|&n| n > freed_at)),
        "writing did not resume {:?} after space was freed:\n{}",
        t0.elapsed(),
        d.log()
    );
    assert_eq!(support::logs::errors(&d.log()).len(), 1, "{}", d.log());
}
