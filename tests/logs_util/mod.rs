//! Helpers shared by the `logs_*` integration tests (issue 6): a daemon started on a
//! whole config of the test's own (its `[supervisord]` section included, e.g. loglevel
//! info so floods do not copy every chunk into the main log), optionally with its stdout
//! captured; the real Python interpreter for child scripts; file listings and CPU times.

#![allow(dead_code)]

use crate::common::{wait_for, Daemon};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The `[supervisord]` section most tests use: files in the temp dir, loglevel info.
pub const SUPERVISORD: &str = "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=info\n";

/// The daemon's stdout as collected by a reader thread.
pub type Captured = Arc<Mutex<Vec<u8>>>;

/// Writes `conf` (a whole config file) into `dir/supervisord.conf` and starts the real
/// binary with `-n`; with `capture_stdout` its stdout is collected into the returned buffer.
pub fn start_conf(dir: PathBuf, conf: &str, capture_stdout: bool) -> (Daemon, Captured) {
    let (d, captured) = spawn_conf(dir, conf, capture_stdout);
    assert!(
        d.wait_log("supervisord started with pid", Duration::from_secs(20)),
        "daemon did not start:\n{}",
        d.log()
    );
    (d, captured)
}

/// Like [`start_conf`] without waiting for the main log (e.g. `logfile=syslog`).
pub fn spawn_conf(dir: PathBuf, conf: &str, capture_stdout: bool) -> (Daemon, Captured) {
    let (d, out, _) = spawn_stdio(dir, conf, capture_stdout, false);
    (d, out)
}

/// Collects everything `r` yields into the returned buffer, on a thread.
fn collect(mut r: impl Read + Send + 'static) -> Captured {
    let captured: Captured = Arc::default();
    let sink = captured.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    captured
}

/// Starts the daemon on `conf` with its stdout and/or stderr collected (no wait).
pub fn spawn_stdio(
    dir: PathBuf,
    conf: &str,
    capture_stdout: bool,
    capture_stderr: bool,
) -> (Daemon, Captured, Captured) {
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("-n")
        .arg("-c")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(if capture_stdout {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stderr(if capture_stderr {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .spawn()
        .expect("start supervisord");
    let out = child.stdout.take().map(collect).unwrap_or_default();
    let err = child.stderr.take().map(collect).unwrap_or_default();
    let d = Daemon {
        dir,
        child: Some(child),
    };
    (d, out, err)
}

/// `SUPERVISORD` + `programs` in a fresh temp dir.
pub fn start(name: &str, programs: &str) -> Daemon {
    let dir = crate::common::temp_dir(name);
    start_conf(dir, &format!("{SUPERVISORD}\n{programs}"), false).0
}

/// The real Python interpreter (not a pyenv shim, whose bash start-up is slow).
pub fn python() -> PathBuf {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 is needed by this test");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// Files in `dir` whose names start with `prefix`, sorted, with their sizes.
pub fn listing(dir: &Path, prefix: &str) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let len = e.metadata().ok()?.len();
            name.starts_with(prefix).then_some((name, len))
        })
        .collect();
    v.sort();
    v
}

/// The concatenation of `base.K` … `base.1`, `base`: a rotated log in write order.
pub fn rotated_contents(base: &Path) -> Vec<u8> {
    let mut n = 0;
    while backup(base, n + 1).exists() {
        n += 1;
    }
    let mut all = Vec::new();
    for i in (1..=n).rev() {
        all.extend(std::fs::read(backup(base, i)).unwrap());
    }
    all.extend(std::fs::read(base).unwrap_or_default());
    all
}

/// `base.n`.
pub fn backup(base: &Path, n: u32) -> PathBuf {
    let mut s = base.as_os_str().to_owned();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

/// utime + stime of a process, in clock ticks.
pub fn cpu_ticks(pid: i32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let Some((_, rest)) = stat.rsplit_once(") ") else {
        return 0;
    };
    let f: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state): utime is field 14, stime 15.
    let utime: u64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0);
    let stime: u64 = f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0);
    utime + stime
}

/// Waits until `path` contains `needle`.
pub fn wait_file(path: &Path, needle: &str, timeout: Duration) -> bool {
    wait_for(timeout, || {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .contains(needle)
    })
}

/// Main-log lines at ERRO or CRIT.
pub fn errors(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| l.contains(" ERRO ") || l.contains(" CRIT "))
        .filter(|l| !l.contains("running as root") && !l.contains("without any HTTP"))
        .map(str::to_string)
        .collect()
}
