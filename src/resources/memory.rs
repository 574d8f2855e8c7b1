//! `memory_limit`: the resident memory of a program's process and all its descendants,
//! checked every `memory_check_interval`; over the limit, `memory_action` runs. The pure
//! parts: the keys, the decision and the words used for it.

use std::time::{Duration, Instant};

/// Default `memory_check_interval`.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
/// Shortest `memory_check_interval` (each check reads `/proc` for the whole tree).
pub const MIN_INTERVAL: Duration = Duration::from_millis(100);

/// What happens to a program over its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryAction {
    /// Stop it, then start it again (the default).
    Restart,
    /// Stop it.
    Stop,
    /// Send it this signal (again at each check while it stays over).
    Signal(i32),
}

impl MemoryAction {
    /// The config spelling (`restart`, `stop`, `HUP`).
    pub fn name(self) -> String {
        match self {
            MemoryAction::Restart => "restart".into(),
            MemoryAction::Stop => "stop".into(),
            MemoryAction::Signal(s) => crate::signals::signal_name(s),
        }
    }

    /// The verb of the description and log line (`restarted`, `stopped`, `signalled HUP`).
    pub fn done(self) -> String {
        match self {
            MemoryAction::Restart => "restarted".into(),
            MemoryAction::Stop => "stopped".into(),
            MemoryAction::Signal(s) => {
                format!("signalled {}", crate::signals::signal_name(s))
            }
        }
    }
}

/// A program's memory watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryWatch {
    /// Bytes of RSS (process and descendants) allowed.
    pub limit: u64,
    pub interval: Duration,
    pub action: MemoryAction,
}

/// The three keys' raw values (`None` when unset).
#[derive(Debug, Default)]
pub struct MemoryKeys<'a> {
    pub limit: Option<&'a str>,
    pub interval: Option<&'a str>,
    pub action: Option<&'a str>,
}

/// Builds the watch: `Ok(None)` without `memory_limit`; `Err((key, message))` for a bad
/// value (the interval and action are checked even without a limit).
pub fn parse(keys: MemoryKeys) -> Result<Option<MemoryWatch>, (&'static str, String)> {
    let interval = match keys.interval.map(str::trim).filter(|t| !t.is_empty()) {
        None => DEFAULT_INTERVAL,
        Some(t) => match t.parse::<f64>() {
            Ok(s) if s.is_finite() && s >= MIN_INTERVAL.as_secs_f64() && s <= 86_400.0 => {
                Duration::from_secs_f64(s)
            }
            _ => {
                return Err((
                    "memory_check_interval",
                    format!("invalid value '{t}': expected seconds between 0.1 and 86400"),
                ))
            }
        },
    };
    let action = match keys.action.map(str::trim).filter(|t| !t.is_empty()) {
        None => MemoryAction::Restart,
        Some(t) if t.eq_ignore_ascii_case("restart") => MemoryAction::Restart,
        Some(t) if t.eq_ignore_ascii_case("stop") => MemoryAction::Stop,
        Some(t) => MemoryAction::Signal(crate::config::values::signal_number(t).map_err(|_| {
            (
                "memory_action",
                format!("invalid value '{t}': expected restart, stop or a signal name"),
            )
        })?),
    };
    let Some(t) = keys.limit.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let limit = crate::config::values::byte_size_signed(t)
        .ok()
        .and_then(|v| u64::try_from(v).ok())
        .filter(|&v| v > 0)
        .ok_or((
            "memory_limit",
            format!("invalid value '{t}': expected a size above 0 such as 512MB"),
        ))?;
    Ok(Some(MemoryWatch {
        limit,
        interval,
        action,
    }))
}

/// Whether a tree's RSS breaks the limit (strictly above it).
pub fn over(w: &MemoryWatch, rss: u64) -> bool {
    rss > w.limit
}

/// Bytes as whole MiB, as the description says them (`530 MB`).
pub fn megabytes(bytes: u64) -> String {
    format!("{} MB", (bytes + (1 << 19)) >> 20)
}

/// The description and log text of an action: `restarted: RSS 530 MB over memory_limit
/// 512 MB`.
pub fn note(w: &MemoryWatch, rss: u64) -> String {
    format!(
        "{}: RSS {} over memory_limit {}",
        w.action.done(),
        megabytes(rss),
        megabytes(w.limit)
    )
}

/// The next check after one due at `due` and done at `now`: on the grid `due + k ×
/// interval`, the first point after `now` (checks missed while the loop was busy are
/// not made up).
pub fn next_due(due: Instant, now: Instant, interval: Duration) -> Instant {
    let mut next = due + interval;
    if next <= now {
        let behind = now.saturating_duration_since(next).as_nanos();
        let steps = behind / interval.as_nanos().max(1) + 1;
        next += interval.saturating_mul(u32::try_from(steps).unwrap_or(u32::MAX));
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<'a>(l: &'a str, i: &'a str, a: &'a str) -> MemoryKeys<'a> {
        let opt = |s: &'a str| (!s.is_empty()).then_some(s);
        MemoryKeys {
            limit: opt(l),
            interval: opt(i),
            action: opt(a),
        }
    }

    #[test]
    fn the_keys_parse_with_their_defaults() {
        let w = parse(keys("512MB", "", "")).unwrap().unwrap();
        assert_eq!(w.limit, 512 << 20);
        assert_eq!(w.interval, Duration::from_secs(5));
        assert_eq!(w.action, MemoryAction::Restart);
        let w = parse(keys("1000000", "0.5", "SIGUSR1")).unwrap().unwrap();
        assert_eq!(w.interval, Duration::from_millis(500));
        assert_eq!(w.action, MemoryAction::Signal(10));
        assert_eq!(w.action.done(), "signalled USR1");
        let w = parse(keys("1GB", "60", "Stop")).unwrap().unwrap();
        assert_eq!(w.action, MemoryAction::Stop);
        assert_eq!(parse(keys("", "2", "stop")), Ok(None));
    }

    #[test]
    fn bad_values_name_their_key() {
        for (k, key) in [
            (keys("0", "", ""), "memory_limit"),
            (keys("-5MB", "", ""), "memory_limit"),
            (keys("lots", "", ""), "memory_limit"),
            (keys("1MB", "0.01", ""), "memory_check_interval"),
            (keys("1MB", "x", ""), "memory_check_interval"),
            (keys("1MB", "", "explode"), "memory_action"),
            (keys("", "", "explode"), "memory_action"),
        ] {
            assert_eq!(parse(k).unwrap_err().0, key);
        }
    }

    #[test]
    fn the_decision_and_its_words() {
        let w = parse(keys("512MB", "", "")).unwrap().unwrap();
        assert!(!over(&w, 512 << 20));
        assert!(over(&w, (512 << 20) + 1));
        assert_eq!(
            note(&w, 530 << 20),
            "restarted: RSS 530 MB over memory_limit 512 MB"
        );
        let stop = MemoryWatch {
            action: MemoryAction::Stop,
            ..w
        };
        assert_eq!(
            note(&stop, (600 << 20) + 1),
            "stopped: RSS 600 MB over memory_limit 512 MB"
        );
    }

    #[test]
    fn checks_stay_on_their_grid() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        assert_eq!(next_due(t0, t0 + Duration::from_millis(3), s), t0 + s);
        assert_eq!(
            next_due(t0, t0 + Duration::from_millis(2500), s),
            t0 + 3 * s
        );
        assert_eq!(next_due(t0, t0 + s, s), t0 + 2 * s);
    }
}
