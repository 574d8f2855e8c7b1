//! The real Python supervisor 4.3 to compare against: finding its venv (`.venv` under
//! `$CARGO_MANIFEST_DIR`, which `.ci/run` creates, else `$SUPERVISOR_VENV`, else a
//! `supervisord` + `supervisorctl` pair on `$PATH`), the Python interpreter, starting
//! Python's or our supervisord on the same config, running Python's or our supervisorctl,
//! and normalising outputs (pids, uptimes, dates, temp dirs).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::skip::skip_missing;
use super::wait;

/// Whether `v` is a venv (or prefix) with both supervisor scripts in `bin/`.
fn has_supervisor(v: &Path) -> bool {
    v.join("bin/supervisord").is_file() && v.join("bin/supervisorctl").is_file()
}

/// The Python venv (or prefix) with supervisor 4.3, if any.
pub fn venv() -> Option<PathBuf> {
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv");
    let env = std::env::var_os("SUPERVISOR_VENV").map(PathBuf::from);
    let path = std::env::var_os("PATH").unwrap_or_default();
    let on_path = std::env::split_paths(&path).filter_map(|d| d.parent().map(Path::to_path_buf));
    std::iter::once(local)
        .chain(env)
        .chain(on_path)
        .find(|v| has_supervisor(v))
}

/// The venv, or `None` after recording a skip of `test` (a failure under `CI=true`).
pub fn venv_or_skip(test: &str) -> Option<PathBuf> {
    let v = venv();
    if v.is_none() {
        skip_missing(
            test,
            "no Python supervisor 4.3 (.venv: python3 -m venv .venv && \
             .venv/bin/pip install supervisor==4.3.0 superlance)",
        );
    }
    v
}

/// The venv if it also has superlance (`crashmail`), else `None` after recording a skip.
pub fn superlance_or_skip(test: &str) -> Option<PathBuf> {
    let v = venv_or_skip(test)?;
    if !v.join("bin/crashmail").is_file() {
        skip_missing(test, &format!("no superlance in {}", v.display()));
        return None;
    }
    Some(v)
}

/// The real Python interpreter (not a pyenv shim, whose bash start-up is slow): the venv's,
/// else `python3` on `$PATH` resolved through `sys.executable`.
pub fn python3() -> PathBuf {
    if let Some(p) = venv().map(|v| v.join("bin/python3")).filter(|p| p.exists()) {
        return p;
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 is needed by this test");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
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
        let dir = super::daemon::temp_dir(&format!("compat-{tag}-{which:?}"));
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
        // The daemon's own stdout/stderr (appended across restarts) go to a file for
        // `diagnosis`.
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("daemon.out"))
            .expect("open daemon.out");
        let err = out.try_clone().expect("dup daemon.out");
        let child = Command::new(bin)
            .args(["-n", "-c"])
            .arg(&self.conf)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start supervisord");
        self.child = Some(child);
    }

    /// What a failing test shows about this daemon: whether it still runs, its own
    /// stdout/stderr and the last lines of its log (`logfile=%(here)s/sd.log`).
    pub fn diagnosis(&self) -> String {
        // Read from /proc rather than reaped: the caller may hold the daemon shared.
        let state = match &self.child {
            Some(c) => match std::fs::read_to_string(format!("/proc/{}/stat", c.id())) {
                Ok(stat)
                    if stat
                        .rsplit(')')
                        .next()
                        .is_some_and(|r| r.trim_start().starts_with('Z')) =>
                {
                    "exited (not yet reaped)"
                }
                Ok(_) => "running",
                Err(_) => "gone",
            },
            None => "not started",
        };
        let tail = |name: &str| {
            let text = std::fs::read_to_string(self.dir.join(name)).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(30)..].join("\n")
        };
        format!(
            "{:?} daemon {state}\n--- its output:\n{}\n--- sd.log (last 30 lines):\n{}",
            self.which,
            tail("daemon.out"),
            tail("sd.log")
        )
    }

    /// Waits for the daemon to exit; its exit status.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        wait::wait_exit(&mut self.child, timeout).and_then(|s| s.code())
    }
}

impl Drop for Supd {
    fn drop(&mut self) {
        wait::terminate(&mut self.child, Duration::from_secs(15));
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
pub fn strip_dates(line: &str) -> String {
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
