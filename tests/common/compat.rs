//! Helpers for comparing against a real Python Supervisor 4.3: finding the venv, starting
//! Python's or our supervisord on the same config, running Python's or our supervisorctl,
//! and normalising outputs (pids, uptimes, dates, temp dirs). Same rules as the rpc
//! helper's tests/ctl_compat.rs (venv lookup order, `normalise`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The Python venv with supervisor 4.3: `$CARGO_MANIFEST_DIR/.venv`, `$SUPERVISOR_VENV`,
/// `/work/venv`.
pub fn venv() -> Option<PathBuf> {
    let mut candidates = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv")];
    if let Ok(v) = std::env::var("SUPERVISOR_VENV") {
        candidates.push(PathBuf::from(v));
    }
    candidates.push(PathBuf::from("/work/venv"));
    candidates
        .into_iter()
        .find(|v| v.join("bin/supervisord").exists() && v.join("bin/supervisorctl").exists())
}

/// Which implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Impl {
    Python,
    Ours,
}

/// A supervisord (Python's or ours) running `-n` on `dir/supervisord.conf`.
pub struct Supd {
    pub which: Impl,
    pub dir: PathBuf,
    pub conf: PathBuf,
    pub child: Option<Child>,
}

impl Supd {
    /// Writes `conf_text` into a fresh dir and starts the daemon.
    pub fn start(which: Impl, venv: &Path, tag: &str, conf_text: &str) -> Supd {
        let dir = crate::common::temp_dir(&format!("compat-{tag}-{which:?}"));
        let conf = dir.join("supervisord.conf");
        std::fs::write(&conf, conf_text).expect("write conf");
        let mut d = Supd {
            which,
            dir,
            conf,
            child: None,
        };
        d.spawn(venv);
        d
    }

    /// (Re)starts the daemon process on the existing config.
    pub fn spawn(&mut self, venv: &Path) {
        let bin = match self.which {
            Impl::Python => venv.join("bin/supervisord"),
            Impl::Ours => PathBuf::from(env!("CARGO_BIN_EXE_supervisord")),
        };
        let child = Command::new(bin)
            .args(["-n", "-c"])
            .arg(&self.conf)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start supervisord");
        self.child = Some(child);
    }

    /// Waits for the daemon to exit; its exit status.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        crate::common::wait_child_exit(&mut self.child, timeout).and_then(|s| s.code())
    }
}

impl Drop for Supd {
    fn drop(&mut self) {
        crate::common::terminate(&mut self.child, Duration::from_secs(15));
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The command line of a supervisorctl: Python's, or our binary's `ctl`.
pub fn ctl_command(which: Impl, venv: &Path, conf: &Path, args: &[&str]) -> Command {
    let mut cmd = match which {
        Impl::Python => Command::new(venv.join("bin/supervisorctl")),
        Impl::Ours => {
            let mut c = Command::new(env!("CARGO_BIN_EXE_supervisord"));
            c.arg("ctl");
            c
        }
    };
    cmd.arg("-c").arg(conf).args(args);
    if let Some(dir) = conf.parent() {
        cmd.current_dir(dir);
    }
    cmd
}

/// Runs a supervisorctl to completion: (stdout, stderr, exit status).
pub fn ctl(which: Impl, venv: &Path, conf: &Path, args: &[&str]) -> (String, String, i32) {
    let out = ctl_command(which, venv, conf, args)
        .stdin(Stdio::null())
        .output()
        .expect("run supervisorctl");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Replaces `Mon DD HH:MM AM` stop dates with `DATE`.
fn strip_dates(line: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let b = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        let shape = |s: &[u8]| {
            s.len() >= 15
                && s[3] == b' '
                && s[4..6].iter().all(u8::is_ascii_digit)
                && s[6] == b' '
                && s[7..9].iter().all(u8::is_ascii_digit)
                && s[9] == b':'
                && s[10..12].iter().all(u8::is_ascii_digit)
                && s[12] == b' '
                && (s[13] == b'A' || s[13] == b'P')
                && s[14] == b'M'
        };
        if MONTHS.iter().any(|m| rest.starts_with(m)) && shape(&b[i..]) {
            out.push_str("DATE");
            i += 15;
            continue;
        }
        let ch = rest.chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// Normalises supervisorctl output: temp dirs → `DIR`, pids/uptimes → `pid N, uptime T`,
/// bare numbers (the `pid` command) → `N`, stop dates → `DATE`, Python source locations of
/// `error:` lines dropped.
pub fn normalise(text: &str, dir: &Path) -> String {
    let text = text.replace(&dir.display().to_string(), "DIR");
    text.lines()
        .map(|line| {
            let line = match line.find(": file: ") {
                Some(i) if line.starts_with("error: ") => &line[..i],
                _ => line,
            };
            if !line.is_empty() && line.chars().all(|c| c.is_ascii_digit()) {
                return "N".to_string();
            }
            let line = match line.find("pid ") {
                Some(i) if line[i..].contains(", uptime ") => {
                    format!("{}pid N, uptime T", &line[..i])
                }
                _ => line.to_string(),
            };
            strip_dates(&line)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[allow(unused_imports)] // not every test including this module waits
pub use crate::common::wait_for as wait_until;

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_replaced() {
        assert_eq!(
            super::strip_dates("x   STOPPED   Nov 23 03:40 AM"),
            "x   STOPPED   DATE"
        );
        assert_eq!(super::strip_dates("Nov 2"), "Nov 2");
    }
}
