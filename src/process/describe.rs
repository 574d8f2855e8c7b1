//! How a process is described to clients, worded as supervisor's: the `description`
//! field of getProcessInfo, uptimes, and how a child ended.

use std::time::{Duration, Instant};

use super::state::{Machine, State};

impl Machine {
    /// The `description` field of getProcessInfo, worded as supervisor's. `stop_text` formats
    /// the stop time (local `%b %d %I:%M %p`), injected to keep this pure.
    pub fn description(&self, now: Instant, stop_text: impl Fn(i64) -> String) -> String {
        match self.state {
            State::Running { pid, since } => {
                format!(
                    "pid {pid}, uptime {}",
                    uptime(now.saturating_duration_since(since))
                )
            }
            State::Backoff { .. } | State::Fatal => {
                if self.spawnerr.is_empty() {
                    format!("unknown error (try \"tail {}\")", self.name)
                } else {
                    self.spawnerr.clone()
                }
            }
            State::Stopped | State::Exited { .. } => {
                if self.laststart != 0 {
                    stop_text(self.laststop)
                } else {
                    "Not started".into()
                }
            }
            _ => String::new(),
        }
    }
}

/// Python's `str(timedelta)` for whole seconds: `1:02:03`, `2 days, 0:00:05`.
pub fn uptime(d: Duration) -> String {
    let s = d.as_secs();
    let (days, rem) = (s / 86400, s % 86400);
    let hms = format!("{}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60);
    match days {
        0 => hms,
        1 => format!("1 day, {hms}"),
        n => format!("{n} days, {hms}"),
    }
}

/// How a child ended, from `waitpid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal { sig: i32, core: bool },
}

impl Exit {
    /// supervisord's exit status: the code, or -1 after a signal.
    pub fn status(self) -> i32 {
        match self {
            Exit::Code(c) => c,
            Exit::Signal { .. } => -1,
        }
    }
    /// `exit status 3` / `terminated by SIGTERM` / `terminated by SIGKILL (core dumped)`.
    pub fn describe(self) -> String {
        match self {
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal { sig, core } => format!(
                "terminated by {}{}",
                crate::signals::display_name(sig),
                if core { " (core dumped)" } else { "" }
            ),
        }
    }
}
