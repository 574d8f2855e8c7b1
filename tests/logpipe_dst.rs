//! Time-rotation boundaries across daylight-saving changes (Europe/Berlin, 2026): a day
//! of 23 and one of 25 hours, and a daily time that does not exist on the spring day.
//! Its own test binary: `TZ` is set before anything reads the zone.

#[allow(dead_code, unused_imports)]
mod support;

use supervisord::config::logpipe::RotateWhen;
use supervisord::logging::rotate_schedule::{next_boundary, period_start, stamp};

/// 2026-03-28 12:00 UTC (13:00 CET), the day before clocks go forward.
const SPRING: i64 = 1_774_699_200;
/// 2026-10-24 12:00 UTC (14:00 CEST), the day before clocks go back.
const AUTUMN: i64 = 1_792_850_400;

#[test]
fn daily_and_hourly_boundaries_follow_local_time_across_dst() {
    if !std::path::Path::new("/usr/share/zoneinfo/Europe/Berlin").exists() {
        support::skip::skip("logpipe_dst", "no tzdata for Europe/Berlin");
        return;
    }
    std::env::set_var("TZ", "Europe/Berlin");
    let midnight = RotateWhen::Daily { hour: 0, minute: 0 };
    // Midnight 2026-03-29 CET is 23:00 UTC the day before; the next is 22:00 UTC.
    let a = next_boundary(midnight, SPRING).unwrap();
    assert_eq!(a, 1_774_738_800);
    let b = next_boundary(midnight, a).unwrap();
    assert_eq!(b - a, 23 * 3600, "the spring day has 23 hours");
    assert_eq!(stamp(midnight, period_start(midnight, b - 1)), "2026-03-29");
    let c = next_boundary(midnight, AUTUMN).unwrap();
    let d = next_boundary(midnight, c).unwrap();
    assert_eq!(d - c, 25 * 3600, "the autumn day has 25 hours");
    // 02:30 does not exist on 2026-03-29: the boundary is still on that day, once.
    let half_two = RotateWhen::Daily {
        hour: 2,
        minute: 30,
    };
    let e = next_boundary(half_two, a).unwrap();
    assert!(e > a && e < b, "{e}");
    let f = next_boundary(half_two, e).unwrap();
    assert!(f > b, "{f}");
    // Hourly: the hour after 01:00 CET on the spring day is 03:00 CEST, one hour later.
    let one = a + 3600;
    assert_eq!(next_boundary(RotateWhen::Hourly, one).unwrap() - one, 3600);
    assert_eq!(stamp(RotateWhen::Hourly, one + 3600), "2026-03-29T03");
    // Autumn: 02:30 CEST is followed by 02:00 CET half an hour later (02:00 twice).
    let twice = 1_792_888_200; // 2026-10-25 00:30 UTC = 02:30 CEST
    assert_eq!(
        next_boundary(RotateWhen::Hourly, twice).unwrap() - twice,
        1800
    );
    assert_eq!(period_start(RotateWhen::Hourly, twice), twice - 1800);
}
