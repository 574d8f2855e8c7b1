//! Time rotation boundaries (`X_rotate = hourly / daily / daily@HH:MM`) and the date stamps
//! of `X_rotate_naming = date`, in local time.
//!
//! Boundaries come from the broken-down local time (DST-safe): a daily boundary is the
//! next local HH:MM through `mktime(3)`, whatever the length of the day (a time that does
//! not exist on a DST day is normalised by the C library); an hourly one is the next
//! local full hour, counted in elapsed seconds, so a repeated hour is rotated twice. The loop turns the wall
//! clock boundary into an `Instant` deadline and re-checks the wall clock when it fires.
//!
//! Tests only (debug builds): `SUPERVISORD_TEST_CLOCK_OFFSET=SECONDS` shifts the wall
//! clock this module sees, so a test can put a boundary a second away.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use nix::libc;

use super::timefmt::local_time;
use crate::config::logpipe::RotateWhen;

/// The wall clock as this module sees it, in seconds since the epoch (fractional).
pub fn wall_now() -> f64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    now + test_offset()
}

#[cfg(debug_assertions)]
fn test_offset() -> f64 {
    static OFFSET: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| {
        std::env::var("SUPERVISORD_TEST_CLOCK_OFFSET")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0)
    })
}

#[cfg(not(debug_assertions))]
fn test_offset() -> f64 {
    0.0
}

/// Local `year-month-day hour:minute:00` as epoch seconds (`mktime`, DST chosen by the
/// C library). Day overflow (day 32) is normalised.
fn local_epoch(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> Option<i64> {
    let _ = local_time(0); // makes sure tzset ran
                           // SAFETY: tm is plain old data; mktime reads and normalises it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = year - 1900;
    tm.tm_mon = month as i32 - 1;
    tm.tm_mday = day as i32;
    tm.tm_hour = hour as i32;
    tm.tm_min = minute as i32;
    tm.tm_isdst = -1;
    // SAFETY: tm is a valid, initialised struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    (t != -1).then_some(t as i64)
}

/// The start of the rotation period containing `secs` (`Size` counts calendar days, for
/// date names).
pub fn period_start(when: RotateWhen, secs: i64) -> i64 {
    let lt = local_time(secs);
    let (hour, minute) = match when {
        RotateWhen::Hourly => return secs - i64::from(lt.minute * 60 + lt.second),
        RotateWhen::Daily { hour, minute } => (u32::from(hour), u32::from(minute)),
        RotateWhen::Size => (0, 0),
    };
    let today = local_epoch(lt.year, lt.month, lt.day, hour, minute).unwrap_or(secs);
    if today <= secs {
        return today;
    }
    // Today's boundary is still ahead: the period began yesterday.
    local_epoch(lt.year, lt.month, lt.day - 1, hour, minute).unwrap_or(secs - 86_400)
}

/// The first boundary strictly after `secs`; `None` for size rotation.
pub fn next_boundary(when: RotateWhen, secs: i64) -> Option<i64> {
    let lt = local_time(secs);
    let next = match when {
        RotateWhen::Size => return None,
        // Elapsed time to the next full local hour: exact also when a DST change repeats
        // or skips an hour (zones shift by whole hours; :30 and :45 zones keep their minutes).
        RotateWhen::Hourly => Some(secs - i64::from(lt.minute * 60 + lt.second) + 3600),
        RotateWhen::Daily { hour, minute } => {
            let (h, m) = (u32::from(hour), u32::from(minute));
            match local_epoch(lt.year, lt.month, lt.day, h, m) {
                Some(t) if t > secs => Some(t),
                _ => local_epoch(lt.year, lt.month, lt.day + 1, h, m),
            }
        }
    };
    // A clock library that misbehaves still yields a boundary in the future.
    Some(next.filter(|&t| t > secs).unwrap_or(secs + 3600))
}

/// The loop deadline of a wall-clock boundary.
pub fn deadline_of(boundary: i64) -> Instant {
    let ahead = (boundary as f64 - wall_now()).max(0.0);
    Instant::now() + Duration::from_secs_f64(ahead)
}

/// The date stamp of the period starting at `start`: `2026-12-03`, or `2026-12-03T14`
/// for hourly rotation.
pub fn stamp(when: RotateWhen, start: i64) -> String {
    let lt = local_time(start);
    let day = format!("{:04}-{:02}-{:02}", lt.year, lt.month, lt.day);
    match when {
        RotateWhen::Hourly => format!("{day}T{:02}", lt.hour),
        _ => day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The unit tests run in whatever zone the machine has; they check relations that
    // hold in every zone.

    #[test]
    fn hourly_boundary_is_the_next_full_local_hour() {
        let now = 1_796_300_000; // 2026-12-03 around 12:53 UTC
        let b = next_boundary(RotateWhen::Hourly, now).unwrap();
        assert!(b > now && b - now <= 3600);
        assert_eq!(local_time(b).minute, 0);
        assert_eq!(local_time(b).second, 0);
        assert_eq!(period_start(RotateWhen::Hourly, b), b);
        assert_eq!(period_start(RotateWhen::Hourly, b - 1), b - 3600);
    }

    #[test]
    fn daily_boundary_is_the_next_local_hh_mm() {
        let when = RotateWhen::Daily { hour: 3, minute: 0 };
        let now = 1_796_300_000;
        let b = next_boundary(when, now).unwrap();
        assert!(b > now && b - now <= 90_000);
        let lt = local_time(b);
        assert_eq!((lt.hour, lt.minute, lt.second), (3, 0, 0));
        assert_eq!(next_boundary(when, b).map(|n| n > b), Some(true));
        assert_eq!(period_start(when, b), b);
        assert!(period_start(when, b - 1) < b);
        assert_eq!(next_boundary(RotateWhen::Size, now), None);
    }

    #[test]
    fn stamps() {
        let t = period_start(RotateWhen::Hourly, 1_796_300_000);
        let s = stamp(RotateWhen::Hourly, t);
        assert_eq!(s.len(), "2026-12-03T12".len());
        assert_eq!(&s[10..11], "T");
        assert_eq!(stamp(RotateWhen::Size, t).len(), "2026-12-03".len());
    }
}
