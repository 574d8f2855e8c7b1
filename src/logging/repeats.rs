//! Counted warnings: a warning that can repeat once per event (an event listener rejecting
//! every event, a pool's buffer overflowing, a log file that keeps failing) is written at
//! most once per [`WINDOW`] for the same key; the occurrences in between are counted and
//! reported with the next line: `… (repeated 312 times in the last 1.0 s)`.
//!
//! There is no timer: a count is written with the next occurrence after its window, or by
//! [`flush`] at the event loop's next wake-up after the window, whatever woke it. An idle
//! daemon never wakes up for a count; one left pending after a flood is written when the
//! loop next wakes (any timer, call, child output or signal).
//!
//! [`Repeats`] is the pure part (the clock is an argument); [`emit_counted`] and [`flush`]
//! drive one shared instance with `Instant::now()` and write to the main log.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::LogLevel;

/// At most one line per key per window.
pub const WINDOW: Duration = Duration::from_secs(1);
/// Keys tracked at once; past that, a new key's lines are written uncounted (a bound on
/// memory, not a case that happens: keys are per listener, pool or log file).
const MAX_KEYS: usize = 4096;

/// One key's window.
#[derive(Debug)]
struct Window {
    /// When the last line was written (the window's start).
    since: Instant,
    /// Occurrences not written since.
    suppressed: u64,
    /// The latest of them, written with the count.
    level: LogLevel,
    msg: String,
}

/// The counting state of every key.
#[derive(Debug, Default)]
pub struct Repeats {
    windows: HashMap<String, Window>,
}

/// `msg` with the count of the occurrences it stands for.
fn counted(msg: &str, n: u64, over: Duration) -> String {
    let times = if n == 1 { "time" } else { "times" };
    format!(
        "{msg} (repeated {n} {times} in the last {:.1} s)",
        over.as_secs_f64()
    )
}

impl Repeats {
    /// An occurrence of the warning `key` (what makes two warnings the same) with the text
    /// `msg`, at `now`: the line to write now, if any.
    pub fn occur(
        &mut self,
        key: &str,
        level: LogLevel,
        msg: &str,
        now: Instant,
    ) -> Option<(LogLevel, String)> {
        let Some(w) = self.windows.get_mut(key) else {
            if self.windows.len() >= MAX_KEYS {
                self.expire(now);
            }
            if self.windows.len() < MAX_KEYS {
                let w = Window {
                    since: now,
                    suppressed: 0,
                    level,
                    msg: String::new(),
                };
                self.windows.insert(key.to_string(), w);
            }
            return Some((level, msg.to_string()));
        };
        let elapsed = now.saturating_duration_since(w.since);
        if elapsed < WINDOW {
            w.suppressed += 1;
            w.level = level;
            msg.clone_into(&mut w.msg);
            return None;
        }
        let line = match std::mem::take(&mut w.suppressed) {
            0 => msg.to_string(),
            n => counted(msg, n + 1, elapsed),
        };
        w.since = now;
        w.msg.clear();
        Some((level, line))
    }

    /// The counts of windows that ended by `now` (each written as its latest warning with
    /// the count); keys whose window ended with nothing to report are forgotten.
    pub fn due(&mut self, now: Instant) -> Vec<(LogLevel, String)> {
        let mut lines = Vec::new();
        self.windows.retain(|_, w| {
            let elapsed = now.saturating_duration_since(w.since);
            if elapsed < WINDOW {
                return true;
            }
            if w.suppressed > 0 {
                lines.push((w.level, counted(&w.msg, w.suppressed, elapsed)));
            }
            false
        });
        lines
    }

    /// Every count still waiting, window ended or not (the daemon is exiting).
    pub fn drain(&mut self, now: Instant) -> Vec<(LogLevel, String)> {
        self.windows
            .drain()
            .filter(|(_, w)| w.suppressed > 0)
            .map(|(_, w)| {
                let over = now.saturating_duration_since(w.since);
                (w.level, counted(&w.msg, w.suppressed, over))
            })
            .collect()
    }

    /// Forgets windows that ended with nothing to report.
    fn expire(&mut self, now: Instant) {
        self.windows
            .retain(|_, w| w.suppressed > 0 || now.saturating_duration_since(w.since) < WINDOW);
    }

    /// Whether a count waits to be written.
    pub fn pending(&self) -> bool {
        self.windows.values().any(|w| w.suppressed > 0)
    }
}

/// The daemon's instance (the event loop and the HTTP thread both log).
static SHARED: Mutex<Option<Repeats>> = Mutex::new(None);

/// Logs `msg` at `level` unless the warning `key` was already written within the last
/// [`WINDOW`]; then it is counted, and the count written with a later line.
pub fn emit_counted(level: LogLevel, key: &str, msg: &str) {
    let line = match SHARED.lock() {
        Ok(mut shared) => {
            shared
                .get_or_insert_with(Repeats::default)
                .occur(key, level, msg, Instant::now())
        }
        Err(_) => Some((level, msg.to_string())),
    };
    if let Some((level, line)) = line {
        super::emit(level, &line);
    }
}

/// Writes the counts whose window has ended. The event loop calls it on every wake-up.
pub fn flush() {
    write_with(Repeats::due);
}

/// Writes every count still waiting (at exit, so none is lost).
pub fn flush_all() {
    write_with(Repeats::drain);
}

fn write_with(take: fn(&mut Repeats, Instant) -> Vec<(LogLevel, String)>) {
    let lines = match SHARED.lock() {
        Ok(mut shared) => match shared.as_mut() {
            Some(r) if !r.windows.is_empty() => take(r, Instant::now()),
            _ => return,
        },
        Err(_) => return,
    };
    for (level, line) in lines {
        super::emit(level, &line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: LogLevel = LogLevel::Warn;

    fn at(t0: Instant, ms: u64) -> Instant {
        t0 + Duration::from_millis(ms)
    }

    #[test]
    fn the_first_occurrence_is_written_the_rest_of_the_window_counted() {
        let t0 = Instant::now();
        let mut r = Repeats::default();
        assert_eq!(
            r.occur("k", W, "rejected", t0),
            Some((W, "rejected".into()))
        );
        for ms in 1..=311 {
            assert_eq!(r.occur("k", W, "rejected", at(t0, ms)), None);
        }
        assert!(r.pending());
        // The next occurrence after the window carries the count, itself included.
        assert_eq!(
            r.occur("k", W, "rejected", at(t0, 1000)),
            Some((W, "rejected (repeated 312 times in the last 1.0 s)".into()))
        );
        assert!(!r.pending());
        // Then a new window: the next occurrence within it is counted again.
        assert_eq!(r.occur("k", W, "rejected", at(t0, 1500)), None);
    }

    #[test]
    fn keys_are_counted_apart_and_the_latest_text_is_kept() {
        let t0 = Instant::now();
        let mut r = Repeats::default();
        assert!(r.occur("a", W, "a 1", t0).is_some());
        assert!(r.occur("b", W, "b 1", t0).is_some());
        assert!(r.occur("a", W, "a 2", at(t0, 10)).is_none());
        assert!(r.occur("a", W, "a 3", at(t0, 20)).is_none());
        assert_eq!(r.due(at(t0, 999)), Vec::new());
        // At a wake-up after the window: a's count (with its latest text); b had none.
        assert_eq!(
            r.due(at(t0, 1200)),
            vec![(W, "a 3 (repeated 2 times in the last 1.2 s)".into())]
        );
        assert!(r.windows.is_empty(), "ended windows are forgotten");
        // A later occurrence is written at once again.
        assert!(r.occur("a", W, "a 4", at(t0, 1300)).is_some());
        // At exit every waiting count is written, window ended or not.
        assert!(r.occur("a", W, "a 5", at(t0, 1400)).is_none());
        assert_eq!(
            r.drain(at(t0, 1800)),
            vec![(W, "a 5 (repeated 1 time in the last 0.5 s)".into())]
        );
        assert!(!r.pending());
    }

    #[test]
    fn a_quiet_key_is_written_each_time() {
        let t0 = Instant::now();
        let mut r = Repeats::default();
        for s in 0..5 {
            assert_eq!(
                r.occur("k", W, "x", at(t0, s * 2000)),
                Some((W, "x".into()))
            );
        }
    }

    #[test]
    fn the_number_of_keys_is_bounded() {
        let t0 = Instant::now();
        let mut r = Repeats::default();
        for i in 0..MAX_KEYS + 10 {
            assert!(r.occur(&i.to_string(), W, "x", t0).is_some());
        }
        assert_eq!(r.windows.len(), MAX_KEYS);
        // Ended windows make room.
        assert!(r.occur("new", W, "x", at(t0, 1000)).is_some());
        assert_eq!(r.windows.len(), 1);
    }
}
