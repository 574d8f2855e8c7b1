//! The installed main log in a fresh process: file + stdout echo, levels, CRIT macro.

#[allow(dead_code, unused_imports)]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use supervisord::config::model::{LogLevel, LogTarget};
use supervisord::logging::{init, read_file, MainLogConfig};

/// Checks one main-log line: `YYYY-MM-DD HH:MM:SS,mmm TAG message`.
fn assert_line(line: &str, tag: &str, msg: &str) {
    let b = line.as_bytes();
    assert!(b.len() > 24, "{line}");
    for (i, c) in [
        (4, b'-'),
        (7, b'-'),
        (10, b' '),
        (13, b':'),
        (16, b':'),
        (19, b','),
        (23, b' '),
    ] {
        assert_eq!(b[i], c, "position {i} of {line:?}");
    }
    assert_eq!(&line[24..], format!("{tag} {msg}"), "{line}");
}

#[test]
fn main_log_echoes_to_stdout_and_writes_file() {
    if let Some(path) = std::env::var_os("SV_MAINLOG_CHILD") {
        let h = init(&MainLogConfig {
            target: LogTarget::File(PathBuf::from(path)),
            maxbytes: 0,
            backups: 0,
            pipe: Default::default(),
            level: LogLevel::Info,
            echo_stdout: true,
            json: false,
        })
        .expect("init");
        supervisord::crit!("Supervisor is running as root");
        log::info!("spawned: 'web' with pid 4711");
        log::debug!("not shown");
        log::warn!("two\nlines");
        assert!(h.path().is_some());
        return;
    }
    let d = support::temp_dir("echo");
    let logfile = d.join("supervisord.log");
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "main_log_echoes_to_stdout_and_writes_file",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SV_MAINLOG_CHILD", &logfile)
        .output()
        .expect("run child");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = String::from_utf8(read_file(Some(Path::new(&logfile)), 0, 0).unwrap()).unwrap();
    let lines: Vec<&str> = file.lines().collect();
    assert_eq!(lines.len(), 4, "{file}");
    assert_line(lines[0], "CRIT", "Supervisor is running as root");
    assert_line(lines[1], "INFO", "spawned: 'web' with pid 4711");
    assert_line(lines[2], "WARN", "two");
    assert_eq!(lines[3], "lines");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&file),
        "stdout lacks the log lines: {stdout}"
    );
}
