//! `cron=` (Go port): when to start a program that is not running. The syntax is that of
//! robfig/cron v3 as the Go port configures it (`cron.WithSeconds()`): six fields —
//! seconds, minutes, hours, day of month, month, day of week — or a descriptor
//! (`@yearly`/`@annually`, `@monthly`, `@weekly`, `@daily`/`@midnight`, `@hourly`,
//! `@every <Go duration>`). Ours also takes five fields (standard cron, second 0).
//!
//! Times are local (`TZ`, else `/etc/localtime`, through libc); a `TZ=`/`CRON_TZ=`
//! prefix may name UTC only. `Schedule::next_after` is pure given an offset function,
//! so the loop arms one exact deadline per program and never polls.

mod civil;
mod field;

use std::time::{Duration, Instant, SystemTime};

use field::{Bounds, Field};

/// A parsed `cron=` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Field sets, in wall-clock time (local or UTC).
    Spec { fields: [Field; 6], utc: bool },
    /// `@every`: whole seconds (at least one) after each whole second it fires at.
    Every(u64),
}

const BOUNDS: [Bounds; 6] = [
    field::SECONDS,
    field::MINUTES,
    field::HOURS,
    field::DOM,
    field::MONTHS,
    field::DOW,
];

/// How many years ahead a schedule is searched (robfig/cron's limit too): `30 2 *` (Feb
/// 30th) never matches.
const SEARCH_YEARS: i64 = 5;

impl Schedule {
    /// Parses a `cron=` value.
    pub fn parse(text: &str) -> Result<Schedule, String> {
        let mut spec = text.trim();
        let mut utc = false;
        if let Some(rest) = spec.strip_prefix("TZ=").or(spec.strip_prefix("CRON_TZ=")) {
            let (zone, rest) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            if !matches!(zone, "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT" | "UTC0") {
                return Err(format!(
                    "time zone {zone:?} is not supported (only UTC; without a prefix, local time)"
                ));
            }
            utc = true;
            spec = rest.trim();
        }
        if let Some(d) = spec.strip_prefix('@') {
            return descriptor(d, utc);
        }
        let parts: Vec<&str> = spec.split_whitespace().collect();
        let parts: Vec<&str> = match parts.len() {
            6 => parts,
            5 => std::iter::once("0").chain(parts).collect(),
            n => {
                return Err(format!(
                    "expected 6 fields (seconds minutes hours day-of-month month day-of-week) \
                     or a descriptor such as @hourly, found {n}"
                ))
            }
        };
        let mut fields = [Field::all(field::SECONDS); 6];
        for (i, (p, b)) in parts.iter().zip(BOUNDS).enumerate() {
            fields[i] = field::parse(p, b)?;
        }
        Ok(Schedule::Spec { fields, utc })
    }

    /// The first instant (epoch seconds) strictly after `after` (epoch seconds) that the
    /// schedule matches, or `None` when there is none within five years.
    pub fn next_after(&self, after: i64) -> Option<i64> {
        // Years 1 to 9999: the calendar arithmetic stays far from overflowing.
        if !(-62_135_596_800..=253_402_300_799).contains(&after) {
            return None;
        }
        match self {
            Schedule::Every(d) => after.checked_add(*d as i64),
            Schedule::Spec { fields, utc: true } => next_wall(fields, after),
            Schedule::Spec { fields, utc: false } => next_epoch(fields, after, civil::local_offset),
        }
    }
}

/// A program's schedule and its next match as a loop deadline.
#[derive(Debug, Clone)]
pub struct Timer {
    schedule: Schedule,
    /// The armed match: (loop deadline, epoch second).
    due: Option<(Instant, i64)>,
    /// The epoch second of the last match fired (the next one is after it, whatever the
    /// clocks did meanwhile).
    last: i64,
}

impl Timer {
    pub fn new(schedule: Schedule) -> Timer {
        Timer {
            schedule,
            due: None,
            last: i64::MIN,
        }
    }

    /// The armed deadline.
    pub fn deadline(&self) -> Option<Instant> {
        self.due.map(|(d, _)| d)
    }

    /// Arms the first match after `wall` (the system time at `now`) and after the last
    /// one fired; nothing when the schedule has none.
    pub fn arm(&mut self, now: Instant, wall: SystemTime) {
        let since = wall
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or(Duration::ZERO);
        let after = (since.as_secs() as i64).max(self.last);
        self.due = self.schedule.next_after(after).and_then(|next| {
            let whole = u64::try_from(next - since.as_secs() as i64).ok()?;
            let ahead = Duration::from_secs(whole)
                .saturating_sub(Duration::from_nanos(since.subsec_nanos() as u64));
            Some((now.checked_add(ahead)?, next))
        });
    }

    /// Whether the armed match is due at `now`; if so it is consumed (call `arm` again).
    pub fn take_due(&mut self, now: Instant) -> bool {
        match self.due {
            Some((d, next)) if d <= now => {
                self.last = next;
                self.due = None;
                true
            }
            _ => false,
        }
    }
}

/// `@name` descriptors.
fn descriptor(d: &str, utc: bool) -> Result<Schedule, String> {
    let lower = d.to_ascii_lowercase();
    if let Some(dur) = lower.strip_prefix("every") {
        let secs = go_duration(dur.trim())?;
        if secs > (SEARCH_YEARS * 366 * 86_400) as f64 {
            return Err(format!(
                "@every {}: longer than {SEARCH_YEARS} years",
                dur.trim()
            ));
        }
        return Ok(Schedule::Every((secs.floor() as u64).max(1)));
    }
    let text = match lower.as_str() {
        "yearly" | "annually" => "0 0 0 1 1 *",
        "monthly" => "0 0 0 1 * *",
        "weekly" => "0 0 0 * * 0",
        "daily" | "midnight" => "0 0 0 * * *",
        "hourly" => "0 0 * * * *",
        _ => return Err(format!("unknown descriptor @{d}")),
    };
    match Schedule::parse(text)? {
        Schedule::Spec { fields, .. } => Ok(Schedule::Spec { fields, utc }),
        other => Ok(other),
    }
}

/// A Go `time.ParseDuration` text (`1h30m`, `2s`, `1.5m`, `500ms`) in seconds.
fn go_duration(text: &str) -> Result<f64, String> {
    let bad = || format!("{text:?} is not a duration such as 2s, 1m30s or 1h");
    let mut rest = text.strip_prefix('+').unwrap_or(text);
    if rest == "0" {
        return Ok(0.0);
    }
    if rest.is_empty() || rest.starts_with('-') {
        return Err(bad());
    }
    let mut total = 0.0;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        let n: f64 = rest[..num_len].parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad()),
        };
        total += n * scale;
        rest = &rest[unit_len..];
    }
    if total.is_finite() && total < 1e12 {
        Ok(total)
    } else {
        Err(bad())
    }
}

/// Whether the day of `c` matches: robfig/cron's rule — when either day field is a star,
/// both must match; otherwise either may.
fn day_matches(f: &[Field; 6], c: &civil::Civil) -> bool {
    let (dom, dow) = (f[3].has(c.day), f[5].has(c.weekday));
    if f[3].star || f[5].star {
        dom && dow
    } else {
        dom || dow
    }
}

/// The first wall-clock second after `after` that the fields match.
fn next_wall(f: &[Field; 6], after: i64) -> Option<i64> {
    let mut t = after.checked_add(1)?;
    let limit = civil::civil(t).year + SEARCH_YEARS;
    loop {
        let c = civil::civil(t);
        if c.year > limit {
            return None;
        }
        if !f[4].has(c.month) {
            let (y, m) = if c.month == 12 {
                (c.year + 1, 1)
            } else {
                (c.year, c.month + 1)
            };
            t = civil::wall(y, m, 1, 0, 0, 0);
        } else if !day_matches(f, &c) {
            t = civil::wall(c.year, c.month, c.day, 0, 0, 0) + 86_400;
        } else if !f[2].has(c.hour) {
            t = t - (c.minute * 60 + c.second) as i64 + 3600;
        } else if !f[1].has(c.minute) {
            t = t - c.second as i64 + 60;
        } else if !f[0].has(c.second) {
            t += 1;
        } else {
            return Some(t);
        }
    }
}

/// The first epoch second after `after` whose local wall-clock time (`offset` gives the
/// UTC offset at an epoch second) the fields match. A wall time skipped by a DST change is
/// skipped; one repeated by it fires once.
fn next_epoch(f: &[Field; 6], after: i64, offset: impl Fn(i64) -> i64) -> Option<i64> {
    let mut w = after + offset(after);
    // Each round skips one nonexistent wall time; DST gaps are rare.
    for _ in 0..16 {
        let nw = next_wall(f, w)?;
        let guess = nw - offset(after);
        let candidates = [guess, nw - offset(guess), nw - offset(nw - offset(guess))];
        let found = candidates
            .into_iter()
            .filter(|&e| e > after && e + offset(e) == nw)
            .min();
        if found.is_some() {
            return found;
        }
        w = nw;
    }
    None
}

#[cfg(test)]
mod tests;
