//! How a process is described to clients, worded as supervisor's: the `description`
//! field of getProcessInfo, uptimes, and how a child ended.

use std::time::{Duration, Instant};

use super::state::{Machine, State};
use crate::rpc::xmlwrite::push_int;

impl Machine {
    /// The `description` field of getProcessInfo, worded as supervisor's. `stop_text` formats
    /// the stop time (local `%b %d %I:%M %p`), injected to keep this pure.
    pub fn description(&self, now: Instant, stop_text: impl Fn(i64) -> String) -> String {
        match self.state {
            State::Running { pid, since } => {
                // Written piece by piece: status answers describe every process.
                let mut text = String::with_capacity(32);
                text.push_str("pid ");
                push_int(&mut text, i64::from(pid));
                text.push_str(", uptime ");
                push_uptime(&mut text, now.saturating_duration_since(since));
                text
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
    let mut text = String::new();
    push_uptime(&mut text, d);
    text
}

/// Appends `uptime(d)`.
fn push_uptime(out: &mut String, d: Duration) {
    let s = d.as_secs();
    let (days, rem) = (s / 86400, s % 86400);
    let int = |n: u64| n.min(i64::MAX as u64) as i64;
    match days {
        0 => {}
        1 => out.push_str("1 day, "),
        n => {
            push_int(out, int(n));
            out.push_str(" days, ");
        }
    }
    push_int(out, int(rem / 3600));
    for part in [rem % 3600 / 60, rem % 60] {
        out.push(':');
        out.push(char::from(b'0' + (part / 10) as u8));
        out.push(char::from(b'0' + (part % 10) as u8));
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
