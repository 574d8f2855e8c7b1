//! Helpers for the `logs_*` and `logging_*` tests: a daemon started on a whole config of
//! the test's own (its `[supervisord]` section included, e.g. loglevel info so floods do not
//! copy every chunk into the main log), optionally with its stdout captured; listings of
//! log files, rotated contents, main-log error lines.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::daemon::{temp_dir, Captured, Daemon};
use super::wait::wait_for;

/// The `[supervisord]` section most tests use: files in the temp dir, loglevel info.
pub const SUPERVISORD: &str = "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=info\n";

/// Writes `conf` (a whole config file) into `dir/supervisord.conf`, starts the daemon and
/// waits for its start line; with `capture_stdout` its stdout is collected.
pub fn start_conf(dir: PathBuf, conf: &str, capture_stdout: bool) -> (Daemon, Captured) {
    let (d, out, _) = Daemon::spawn_captured(dir, conf, capture_stdout, false);
    d.assert_started(Duration::from_secs(20));
    (d, out)
}

/// `SUPERVISORD` + `programs` in a fresh temp dir.
pub fn start(name: &str, programs: &str) -> Daemon {
    start_conf(temp_dir(name), &format!("{SUPERVISORD}\n{programs}"), false).0
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
