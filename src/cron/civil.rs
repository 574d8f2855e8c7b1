//! Calendar arithmetic on "wall-clock seconds" (seconds since 1970-01-01 00:00:00 of a
//! clock that reads local time, no leap seconds), and the local UTC offset from libc's
//! `localtime_r` (which reads `TZ` or `/etc/localtime`).

/// A broken-down wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    /// 1..=12
    pub month: u32,
    /// 1..=31
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// 0 = Sunday.
    pub weekday: u32,
}

const DAY: i64 = 86_400;

/// Days since 1970-01-01 of a date (proleptic Gregorian; Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// Breaks wall-clock seconds down.
pub fn civil(wall: i64) -> Civil {
    let days = wall.div_euclid(DAY);
    let secs = wall.rem_euclid(DAY) as u32;
    let (year, month, day) = civil_from_days(days);
    Civil {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs / 60 % 60,
        second: secs % 60,
        // 1970-01-01 was a Thursday.
        weekday: (days + 4).rem_euclid(7) as u32,
    }
}

/// Wall-clock seconds of a date and time.
pub fn wall(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> i64 {
    days_from_civil(year, month, day) * DAY + (hour * 3600 + minute * 60 + second) as i64
}

/// The local UTC offset in seconds at `epoch` (0 when libc cannot tell).
pub fn local_offset(epoch: i64) -> i64 {
    use nix::libc;
    let t = epoch as libc::time_t;
    // SAFETY: localtime_r writes only into `tm`.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        // 2000-02-29 was a Tuesday; 2026-12-03 a Thursday.
        let w = wall(2000, 2, 29, 13, 14, 15);
        let c = civil(w);
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute, c.second, c.weekday),
            (2000, 2, 29, 13, 14, 15, 2)
        );
        assert_eq!(civil(wall(2026, 12, 3, 0, 0, 0)).weekday, 4);
        assert_eq!(civil(-1).year, 1969);
        for d in [-800_000, -1, 0, 59, 60, 365, 10_000, 1_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }
}
