//! The last state changes of one process, each with its wall-clock time and the reason:
//! a ring of at most [`HISTORY_LEN`] entries that the supervisor fills on every change and
//! `ours.getProcessDetail` reports (the web UI's per-process detail).

use std::collections::VecDeque;

use super::describe::Exit;
use super::State;

/// Transitions kept per process (older ones are dropped).
pub const HISTORY_LEN: usize = 32;
/// Longest reason kept (a spawn error can quote a long path).
const REASON_MAX: usize = 200;

/// One state change. Compact (the table holds one ring per process): the states as their
/// codes, the usual reasons without a string of their own.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    /// Seconds since the epoch.
    pub at: f64,
    from: u16,
    to: u16,
    reason: Reason,
}

/// Why a state changed, formatted when read.
#[derive(Debug, Clone, PartialEq)]
enum Reason {
    /// A spawn; `retry` when from BACKOFF.
    Spawned {
        pid: i32,
        retry: bool,
    },
    Fixed(&'static str),
    Text(Box<str>),
}

impl Transition {
    /// The state left (`RUNNING`, ...).
    pub fn from(&self) -> &'static str {
        crate::states::name(i32::from(self.from))
    }

    /// The state entered.
    pub fn to(&self) -> &'static str {
        crate::states::name(i32::from(self.to))
    }

    /// Why, in a few words.
    pub fn reason(&self) -> String {
        match &self.reason {
            Reason::Spawned { pid, retry: true } => format!("retry: spawned pid {pid}"),
            Reason::Spawned { pid, retry: false } => format!("spawned pid {pid}"),
            Reason::Fixed(r) => (*r).to_string(),
            Reason::Text(r) => r.to_string(),
        }
    }
}

/// A state's code as kept in a transition.
fn code(state: &State) -> u16 {
    u16::try_from(state.code()).unwrap_or(u16::MAX)
}

/// A bounded ring of transitions, plus the last exit not yet told.
#[derive(Debug, Clone, Default)]
pub struct History {
    entries: VecDeque<Transition>,
    /// How the child just ended (set when it is reaped, taken by the next change).
    exit: Option<Exit>,
}

impl History {
    /// Notes how the child ended; the transition it causes names it.
    pub fn note_exit(&mut self, exit: Exit) {
        self.exit = Some(exit);
    }

    /// Records the change `from` → `to` at `at` (epoch seconds). `spawnerr` is the
    /// process's last spawn error, `ready` its readiness check as written.
    pub fn push(&mut self, at: f64, from: &State, to: &State, spawnerr: &str, ready: Option<&str>) {
        let exit = match to {
            State::Starting { .. } | State::Running { .. } | State::Stopping { .. } => None,
            _ => self.exit.take(),
        };
        let mut reason = reason(from, to, exit, spawnerr, ready);
        if let Reason::Text(text) = &mut reason {
            if text.len() > REASON_MAX {
                let mut cut = REASON_MAX;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                *text = text[..cut].into();
            }
        }
        if self.entries.len() == HISTORY_LEN {
            self.entries.pop_front();
        }
        self.entries.push_back(Transition {
            at,
            from: code(from),
            to: code(to),
            reason,
        });
    }

    /// The transitions, oldest first.
    pub fn entries(&self) -> impl Iterator<Item = &Transition> {
        self.entries.iter()
    }
}

/// Why a process went from `from` to `to`, in a few words.
fn reason(
    from: &State,
    to: &State,
    exit: Option<Exit>,
    spawnerr: &str,
    ready: Option<&str>,
) -> Reason {
    let how = || exit.map_or_else(String::new, |e| e.describe());
    let text = |s: String| Reason::Text(s.into_boxed_str());
    match (from, to) {
        (State::Backoff { .. }, State::Starting { pid, .. }) => Reason::Spawned {
            pid: *pid,
            retry: true,
        },
        (_, State::Starting { pid, .. }) if *pid > 0 => Reason::Spawned {
            pid: *pid,
            retry: false,
        },
        (_, State::Starting { .. }) => Reason::Fixed("spawn attempt"),
        (_, State::Running { .. }) => match ready {
            Some(r) => text(format!("readiness check {r} passed and startsecs elapsed")),
            None => Reason::Fixed("stayed up for startsecs"),
        },
        (_, State::Backoff { .. }) => match exit {
            Some(e) => text(format!("exited before startsecs ({})", e.describe())),
            None if !spawnerr.is_empty() => text(spawnerr.to_string()),
            None => Reason::Fixed("not ready in time"),
        },
        (_, State::Fatal) if !spawnerr.is_empty() => {
            text(format!("gave up after too many start retries: {spawnerr}"))
        }
        (_, State::Fatal) => Reason::Fixed("gave up after too many start retries"),
        (_, State::Exited { expected: true }) => text(format!("{} (expected)", how())),
        (_, State::Exited { expected: false }) => text(format!("{} (not expected)", how())),
        (_, State::Stopping { .. }) => Reason::Fixed("stop signal sent"),
        (State::Stopping { .. }, State::Stopped) => text(format!("stopped: {}", how())),
        (_, State::Stopped) => Reason::Fixed("stopped"),
        (_, State::Unknown) => text(format!("could not be signalled: {spawnerr}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn starting(pid: i32) -> State {
        let now = Instant::now();
        State::Starting {
            pid,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        }
    }

    #[test]
    fn reasons_name_the_exit_and_the_readiness_check() {
        let mut h = History::default();
        h.push(1.0, &State::Stopped, &starting(42), "", None);
        let running = State::Running {
            pid: 42,
            since: Instant::now(),
        };
        h.push(2.0, &starting(42), &running, "", Some("tcp:8080"));
        h.note_exit(Exit::Code(3));
        h.push(3.0, &running, &State::Exited { expected: false }, "", None);
        let r: Vec<String> = h.entries().map(Transition::reason).collect();
        assert_eq!(
            r,
            [
                "spawned pid 42",
                "readiness check tcp:8080 passed and startsecs elapsed",
                "exit status 3 (not expected)"
            ]
        );
        assert_eq!(
            h.entries().nth(2).map(|t| (t.from(), t.to())),
            Some(("RUNNING", "EXITED"))
        );
    }

    #[test]
    fn the_ring_keeps_the_last_entries_and_short_reasons() {
        let mut h = History::default();
        let long = "x".repeat(1000);
        for i in 0..HISTORY_LEN + 5 {
            h.push(i as f64, &State::Stopped, &State::Fatal, &long, None);
        }
        assert_eq!(h.entries().count(), HISTORY_LEN);
        assert_eq!(h.entries().next().map(|t| t.at), Some(5.0));
        assert!(h.entries().all(|t| t.reason().len() <= REASON_MAX));
    }
}
