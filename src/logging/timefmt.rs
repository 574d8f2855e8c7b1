//! Local-time timestamps without a time crate: `localtime_r(3)` through `nix::libc`.
//!
//! The time zone is read once (`tzset` on first use); a change of `TZ` or
//! `/etc/localtime` takes effect only after a daemon restart.

use nix::libc;
use std::sync::Once;
use std::time::{SystemTime, UNIX_EPOCH};

static TZSET: Once = Once::new();

extern "C" {
    /// POSIX tzset(3) (not exported by the libc crate).
    fn tzset();
}

/// Broken-down local time of a Unix timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    /// 1..=12
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// Converts seconds since the epoch to local time (UTC fields if the C library fails).
pub fn local_time(secs: i64) -> LocalTime {
    TZSET.call_once(|| {
        // SAFETY: tzset only reads the environment and initialises libc's zone data.
        unsafe { tzset() }
    });
    let t: libc::time_t = secs as libc::time_t;
    // SAFETY: tm is plain old data; localtime_r writes it and returns null on failure.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if !ok {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        return LocalTime {
            year: y as i32,
            month: m,
            day: d,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
        };
    }
    LocalTime {
        year: tm.tm_year + 1900,
        month: (tm.tm_mon + 1) as u32,
        day: tm.tm_mday as u32,
        hour: tm.tm_hour as u32,
        minute: tm.tm_min as u32,
        second: tm.tm_sec as u32,
    }
}

/// `YYYY-MM-DD HH:MM:SS` in UTC for epoch seconds `secs`.
pub fn utc_seconds(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        t / 3600,
        t % 3600 / 60,
        t % 60
    )
}

/// Howard Hinnant's days-to-civil algorithm (UTC).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Formats a supervisord timestamp `YYYY-MM-DD HH:MM:SS,mmm` into `out` (appending).
pub fn push_timestamp(out: &mut Vec<u8>, now: SystemTime) {
    let (secs, millis) = match now.duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_millis()),
        Err(_) => (0, 0),
    };
    let lt = local_time(secs);
    push_num(out, lt.year.max(0) as u32, 4);
    out.push(b'-');
    push_num(out, lt.month, 2);
    out.push(b'-');
    push_num(out, lt.day, 2);
    out.push(b' ');
    push_num(out, lt.hour, 2);
    out.push(b':');
    push_num(out, lt.minute, 2);
    out.push(b':');
    push_num(out, lt.second, 2);
    out.push(b',');
    push_num(out, millis, 3);
}

/// The supervisord timestamp of `now` as a String.
pub fn timestamp(now: SystemTime) -> String {
    let mut v = Vec::with_capacity(23);
    push_timestamp(&mut v, now);
    String::from_utf8_lossy(&v).into_owned()
}

/// The RFC 3164 timestamp `Mmm dd hh:mm:ss` (day space-padded), as glibc's syslog(3) sends.
pub fn push_syslog_timestamp(out: &mut Vec<u8>, now: SystemTime) {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let lt = local_time(secs);
    let m = MONTHS[(lt.month.clamp(1, 12) - 1) as usize];
    out.extend_from_slice(m.as_bytes());
    out.push(b' ');
    if lt.day < 10 {
        out.push(b' ');
        push_num(out, lt.day, 1);
    } else {
        push_num(out, lt.day, 2);
    }
    out.push(b' ');
    push_num(out, lt.hour, 2);
    out.push(b':');
    push_num(out, lt.minute, 2);
    out.push(b':');
    push_num(out, lt.second, 2);
}

/// Appends the RFC 3339 UTC timestamp `YYYY-MM-DDTHH:MM:SS.mmmZ` of `now` (JSON main log,
/// RFC 5424 syslog).
pub fn push_rfc3339_utc(out: &mut Vec<u8>, now: SystemTime) {
    let d = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs() as i64;
    let (y, m, day) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400) as u32;
    push_num(out, y.max(0) as u32, 4);
    out.push(b'-');
    push_num(out, m, 2);
    out.push(b'-');
    push_num(out, day, 2);
    out.push(b'T');
    push_num(out, t / 3600, 2);
    out.push(b':');
    push_num(out, t % 3600 / 60, 2);
    out.push(b':');
    push_num(out, t % 60, 2);
    out.push(b'.');
    push_num(out, d.subsec_millis(), 3);
    out.push(b'Z');
}

/// Appends `n` zero-padded to `width` digits.
fn push_num(out: &mut Vec<u8>, n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = buf.len() - i;
    for _ in digits..width {
        out.push(b'0');
    }
    out.extend_from_slice(&buf[i..]);
}

/// Caches the formatted second of a timestamp, so per-line prefixes cost one copy.
#[derive(Debug, Default)]
pub struct TimestampCache {
    secs: i64,
    prefix: Vec<u8>,
}

impl TimestampCache {
    /// Appends `YYYY-MM-DD HH:MM:SS,mmm ` (with a trailing space) for `now`.
    pub fn push_prefix(&mut self, out: &mut Vec<u8>, now: SystemTime) {
        let d = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        let secs = d.as_secs() as i64;
        if self.prefix.is_empty() || secs != self.secs {
            self.prefix.clear();
            push_timestamp(
                &mut self.prefix,
                UNIX_EPOCH + std::time::Duration::from_secs(secs as u64),
            );
            self.prefix.truncate(self.prefix.len() - 3); // drop the millis, keep the comma
            self.secs = secs;
        }
        out.extend_from_slice(&self.prefix);
        push_num(out, d.subsec_millis(), 3);
        out.push(b' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamp_shape() {
        let s = timestamp(UNIX_EPOCH + Duration::from_millis(1_795_000_000_127));
        assert_eq!(s.len(), 23, "{s}");
        assert_eq!(&s[4..5], "-");
        assert_eq!(&s[10..11], " ");
        assert_eq!(&s[19..], ",127");
    }

    #[test]
    fn civil_matches_known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_779), (2026, 11, 22));
    }

    #[test]
    fn cache_prefix_equals_direct_format() {
        let mut c = TimestampCache::default();
        let t = UNIX_EPOCH + Duration::from_millis(1_795_000_000_042);
        let mut a = Vec::new();
        c.push_prefix(&mut a, t);
        c.push_prefix(&mut a, t);
        let mut b = Vec::new();
        push_timestamp(&mut b, t);
        b.push(b' ');
        let bb = b.repeat(2);
        assert_eq!(a, bb);
    }

    #[test]
    fn rfc3339_utc_shape() {
        let mut v = Vec::new();
        push_rfc3339_utc(
            &mut v,
            UNIX_EPOCH + Duration::from_millis(1_795_000_000_127),
        );
        assert_eq!(v, b"2026-11-18T11:06:40.127Z");
    }

    #[test]
    fn numbers_are_padded() {
        let mut v = Vec::new();
        push_num(&mut v, 7, 3);
        push_num(&mut v, 12345, 2);
        assert_eq!(v, b"00712345");
    }
}
