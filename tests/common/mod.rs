//! Shared fixture for lifecycle tests: a `Daemon` running the real binary with `-n` on a
//! config written into a fresh temp dir, plus wait-for-condition helpers (no fixed sleeps).
//! Dropping the fixture sends SIGTERM, waits for the exit, then SIGKILLs if needed.

#![allow(dead_code)]

#[path = "../support/fixture.rs"]
mod fixture;
#[path = "../support/wrapped.rs"]
mod wrapped;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, SystemTime};

/// A running daemon under test.
pub struct Daemon {
    pub dir: PathBuf,
    pub child: Option<Child>,
}

/// A unique empty temp dir for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    fixture::temp_dir("sv", name)
}

#[allow(unused_imports)] // wait_child_exit serves compat.rs, which not every test includes
pub use fixture::{terminate, wait_exit as wait_child_exit, wait_for};
#[allow(unused_imports)] // for tests that start the daemon through their own wrapper
pub use wrapped::daemon_command;

/// Seconds since the epoch as f64 (what `date +%s.%N` writes).
pub fn now_epoch() -> f64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// Reads a file of one float per line (missing file = empty).
pub fn read_times(path: &Path) -> Vec<f64> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

impl Daemon {
    /// Writes `[supervisord]` (logs and pidfile in the temp dir, loglevel debug) plus
    /// `programs` into `dir/supervisord.conf` and starts the daemon in the foreground.
    /// `%(here)s` in `programs` is the temp dir.
    pub fn start(name: &str, programs: &str) -> Daemon {
        let dir = temp_dir(name);
        Daemon::start_in(dir, programs)
    }

    /// Like `start`, in a given directory.
    pub fn start_in(dir: PathBuf, programs: &str) -> Daemon {
        Daemon::start_via(dir, programs, &[])
    }

    /// Like `start_in`, the daemon run through `wrapper` (e.g. `["nice", "-n", "3"]`, a
    /// command that execs its arguments, so the pid stays the daemon's).
    pub fn start_via(dir: PathBuf, programs: &str, wrapper: &[&str]) -> Daemon {
        Daemon::launch(dir, "", programs, wrapper)
    }

    /// Like `start_in`, with extra `[supervisord]` lines (`key=value\n`…).
    pub fn start_with(dir: PathBuf, supervisord: &str, programs: &str) -> Daemon {
        Daemon::launch(dir, supervisord, programs, &[])
    }

    fn launch(dir: PathBuf, supervisord: &str, programs: &str, wrapper: &[&str]) -> Daemon {
        let conf = format!(
            "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=debug\n{supervisord}\n{programs}\n"
        );
        let path = dir.join("supervisord.conf");
        std::fs::write(&path, conf).unwrap();
        let child = wrapped::daemon_command(wrapper, &path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start supervisord");
        let d = Daemon {
            dir,
            child: Some(child),
        };
        assert!(
            d.wait_log("supervisord started with pid", Duration::from_secs(10)),
            "daemon did not start:\n{}",
            d.log()
        );
        d
    }

    /// The daemon's pid.
    pub fn pid(&self) -> i32 {
        self.child.as_ref().map(|c| c.id() as i32).unwrap_or(0)
    }

    /// A path inside the temp dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The main log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("main.log")).unwrap_or_default()
    }

    /// The daemon's own timestamps (seconds since midnight, ms precision) of every main-log
    /// line containing `needle`, in order. Timing assertions use these: they measure the
    /// daemon, not how late a loaded machine scheduled the test or a child.
    pub fn log_times(&self, needle: &str) -> Vec<f64> {
        self.log()
            .lines()
            .filter(|l| l.contains(needle))
            .filter_map(|l| {
                // "2026-11-23 03:02:23,123 INFO ..."
                let time = l.split(' ').nth(1)?;
                let (hms, ms) = time.split_once(',')?;
                let mut parts = hms.split(':').map(|x| x.parse::<f64>().ok());
                let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
                Some(h * 3600.0 + m * 60.0 + s + ms.parse::<f64>().ok()? / 1000.0)
            })
            .collect()
    }

    /// Waits until the main log contains `needle`.
    pub fn wait_log(&self, needle: &str, timeout: Duration) -> bool {
        wait_for(timeout, || self.log().contains(needle))
    }

    /// Waits until the main log contains `needle` at least `n` times.
    pub fn wait_log_count(&self, needle: &str, n: usize, timeout: Duration) -> bool {
        wait_for(timeout, || self.log().matches(needle).count() >= n)
    }

    /// Sends a signal to the daemon.
    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child.
        unsafe {
            nix::libc::kill(self.pid(), sig);
        }
    }

    /// Waits for the daemon to exit; returns its exit code.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        fixture::wait_exit(&mut self.child, timeout).and_then(|s| s.code())
    }

    /// Number of open fds of the daemon.
    pub fn fd_count(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.pid()))
            .map(|d| d.count())
            .unwrap_or(0)
    }

    /// Size of the daemon's descriptor table (`FDSize` in /proc/PID/status), 0 if unreadable.
    #[allow(dead_code)] // not every test binary that includes this module uses it
    pub fn fd_table_size(&self) -> usize {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()));
        status
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("FDSize:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    /// What each of the daemon's fds refers to (for failure messages).
    pub fn fd_list(&self) -> Vec<String> {
        let Ok(dir) = std::fs::read_dir(format!("/proc/{}/fd", self.pid())) else {
            return Vec::new();
        };
        dir.flatten()
            .map(|e| match std::fs::read_link(e.path()) {
                Ok(to) => format!("{} -> {}", e.file_name().to_string_lossy(), to.display()),
                Err(_) => e.file_name().to_string_lossy().into_owned(),
            })
            .collect()
    }

    /// Zombie children of the daemon.
    pub fn zombies(&self) -> Vec<i32> {
        let me = self.pid().to_string();
        let mut out = Vec::new();
        for e in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // pid (comm) state ppid ...
            let Some(rest) = stat.rsplit_once(") ").map(|(_, r)| r) else {
                continue;
            };
            let f: Vec<&str> = rest.split_whitespace().collect();
            if f.len() > 1 && f[0] == "Z" && f[1] == me {
                out.push(pid);
            }
        }
        out
    }
}

/// Whether a process exists and is not a zombie.
pub fn alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(") ")
            .is_some_and(|(_, r)| r.starts_with('Z') || r.starts_with('X')),
        Err(_) => false,
    }
}

/// SIGTERM / SIGKILL numbers (Linux).
pub const SIGTERM: i32 = 15;
pub const SIGKILL: i32 = 9;
pub const SIGHUP: i32 = 1;

impl Drop for Daemon {
    fn drop(&mut self) {
        fixture::terminate(&mut self.child, Duration::from_secs(15));
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
