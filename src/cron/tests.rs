use super::civil::wall;
use super::*;

fn next(spec: &str, after: i64) -> i64 {
    let s = Schedule::parse(&format!("TZ=UTC {spec}")).unwrap();
    s.next_after(after).unwrap()
}

#[test]
fn seconds_field_every_two_seconds() {
    let t = wall(2026, 12, 3, 10, 0, 1);
    assert_eq!(next("*/2 * * * * *", t), t + 1);
    assert_eq!(next("*/2 * * * * *", t + 1), t + 3);
}

#[test]
fn fixed_times_roll_over_minutes_hours_days_months_years() {
    let t = wall(2026, 12, 31, 23, 59, 59);
    assert_eq!(next("0 0 0 * * *", t), wall(2027, 1, 1, 0, 0, 0));
    assert_eq!(
        next("30 15 10 * * *", wall(2026, 3, 1, 10, 15, 30)),
        wall(2026, 3, 2, 10, 15, 30)
    );
    assert_eq!(next("0 0 12 1 JUN ?", t), wall(2027, 6, 1, 12, 0, 0));
    assert_eq!(
        next("0 5-10/5 * * * *", wall(2026, 1, 1, 0, 5, 0)),
        wall(2026, 1, 1, 0, 10, 0)
    );
    assert_eq!(
        next("0 5-10/5 * * * *", wall(2026, 1, 1, 0, 10, 0)),
        wall(2026, 1, 1, 1, 5, 0)
    );
    assert_eq!(
        next("0 0 0 29 2 *", wall(2026, 1, 1, 0, 0, 0)),
        wall(2028, 2, 29, 0, 0, 0)
    );
}

#[test]
fn lists_and_names() {
    // Mondays and Fridays at 09:00; 2026-12-03 is a Thursday.
    let t = wall(2026, 12, 3, 12, 0, 0);
    assert_eq!(next("0 0 9 * * MON,fri", t), wall(2026, 12, 4, 9, 0, 0));
    assert_eq!(next("0 0 9 * * 1", t), wall(2026, 12, 7, 9, 0, 0));
    assert_eq!(next("0 0 0 1 jan-feb *", t), wall(2027, 1, 1, 0, 0, 0));
}

#[test]
fn day_of_month_and_week_combine_as_robfig_cron() {
    let t = wall(2026, 12, 3, 12, 0, 0); // Thursday
                                         // Both restricted: either matches (Friday the 4th comes before the 15th).
    assert_eq!(next("0 0 0 15 * FRI", t), wall(2026, 12, 4, 0, 0, 0));
    // One a star (`?`): both must match — a 15th that is a Friday.
    assert_eq!(next("0 0 0 15 * ?", t), wall(2026, 12, 15, 0, 0, 0));
    assert_eq!(next("0 0 0 * * FRI", t), wall(2026, 12, 4, 0, 0, 0));
}

#[test]
fn five_fields_are_standard_cron_at_second_zero() {
    let t = wall(2026, 12, 3, 12, 0, 0);
    assert_eq!(next("*/5 * * * *", t), wall(2026, 12, 3, 12, 5, 0));
}

#[test]
fn descriptors() {
    let t = wall(2026, 12, 3, 12, 30, 0);
    assert_eq!(next("@hourly", t), wall(2026, 12, 3, 13, 0, 0));
    assert_eq!(next("@daily", t), wall(2026, 12, 4, 0, 0, 0));
    assert_eq!(next("@midnight", t), wall(2026, 12, 4, 0, 0, 0));
    assert_eq!(next("@weekly", t), wall(2026, 12, 6, 0, 0, 0));
    assert_eq!(next("@monthly", t), wall(2027, 1, 1, 0, 0, 0));
    assert_eq!(next("@yearly", t), wall(2027, 1, 1, 0, 0, 0));
    assert_eq!(next("@annually", t), wall(2027, 1, 1, 0, 0, 0));
    assert_eq!(Schedule::parse("@every 2s").unwrap(), Schedule::Every(2));
    assert_eq!(
        Schedule::parse("@every 1h30m").unwrap(),
        Schedule::Every(5400)
    );
    assert_eq!(Schedule::parse("@every 1.5m").unwrap(), Schedule::Every(90));
    // Under a second rounds up to one, as robfig/cron's Every does.
    assert_eq!(Schedule::parse("@every 500ms").unwrap(), Schedule::Every(1));
    assert_eq!(
        Schedule::parse("@every 2s").unwrap().next_after(100),
        Some(102)
    );
}

#[test]
fn bad_expressions_are_errors() {
    for t in [
        "",
        "* * * *",
        "* * * * * * *",
        "61 * * * * *",
        "@fortnightly",
        "@every",
        "@every 5",
        "@every -5s",
        "@every 5x",
        "@every 100000h",
        "TZ=Europe/Paris * * * * * *",
        "* * * 0 * *",
    ] {
        assert!(Schedule::parse(t).is_err(), "{t:?}");
    }
    assert!(Schedule::parse("CRON_TZ=UTC @hourly").is_ok());
}

#[test]
fn never_matching_schedules_have_no_next() {
    let s = Schedule::parse("TZ=UTC 0 0 0 30 2 *").unwrap();
    assert_eq!(s.next_after(wall(2026, 1, 1, 0, 0, 0)), None);
}

#[test]
fn local_time_follows_the_offset_across_dst_changes() {
    let Schedule::Spec { fields, .. } = Schedule::parse("0 30 * * * *").unwrap() else {
        panic!()
    };
    // A zone at +1h that moves to +2h at epoch `jump` (01:00 UTC): wall 02:00 → 03:00.
    let jump = wall(2026, 3, 29, 1, 0, 0);
    let off = move |e: i64| if e < jump { 3600 } else { 7200 };
    // 01:30 local before the jump is 00:30 UTC.
    let before = wall(2026, 3, 29, 0, 0, 0);
    assert_eq!(
        next_epoch(&fields, before, off),
        Some(wall(2026, 3, 29, 0, 30, 0))
    );
    // 02:30 local does not exist: the next is 03:30 local = 01:30 UTC.
    let after = wall(2026, 3, 29, 0, 30, 0);
    assert_eq!(
        next_epoch(&fields, after, off),
        Some(wall(2026, 3, 29, 1, 30, 0))
    );
    // Going back (+2h → +1h at `jump`): 02:30 local repeats, and fires once.
    let back = move |e: i64| if e < jump { 7200 } else { 3600 };
    let first = next_epoch(&fields, wall(2026, 3, 29, 0, 0, 0), back).unwrap();
    assert_eq!(first, wall(2026, 3, 29, 0, 30, 0));
    let second = next_epoch(&fields, first, back).unwrap();
    assert_eq!(second, wall(2026, 3, 29, 2, 30, 0));
}

#[test]
fn timer_arms_the_next_whole_second_and_never_fires_twice_for_one_match() {
    use std::time::{Duration, Instant, SystemTime};
    let mut t = Timer::new(Schedule::Every(2));
    let now = Instant::now();
    let wall = SystemTime::UNIX_EPOCH + Duration::from_millis(100_250);
    t.arm(now, wall);
    // 100.25 s → the match at 102 s is 1.75 s away.
    assert_eq!(t.deadline(), Some(now + Duration::from_millis(1750)));
    assert!(!t.take_due(now));
    let fired = now + Duration::from_millis(1750);
    assert!(t.take_due(fired));
    assert_eq!(t.deadline(), None);
    // The wall clock read a little behind the match: the next is still 104 s.
    t.arm(
        fired,
        SystemTime::UNIX_EPOCH + Duration::from_millis(101_999),
    );
    assert_eq!(t.deadline(), Some(fired + Duration::from_millis(2001)));
}

#[test]
fn arbitrary_text_never_panics() {
    // A fixed pseudo-random walk over the characters expressions are made of.
    let alphabet: Vec<char> = "0123456789*/-,? @everyhmsTZ=UTCjanMONfri\t"
        .chars()
        .collect();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let mut text = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        for i in 0..(x % 24) {
            text.push(alphabet[((x >> (i % 50)) as usize + i as usize * 7) % alphabet.len()]);
        }
        if let Ok(s) = Schedule::parse(&text) {
            let _ = s.next_after(wall(2026, 12, 3, 12, 0, 0));
            let _ = s.next_after(i64::MAX - 10);
        }
    }
}

#[test]
fn far_times_do_not_overflow() {
    for spec in ["* * * * * *", "0 0 0 1 1 *", "@every 2s", "0 0 0 29 2 *"] {
        let s = Schedule::parse(&format!("TZ=UTC {spec}")).unwrap();
        for t in [i64::MAX - 10, i64::MIN + 10, -1] {
            let _ = s.next_after(t);
        }
        let local = Schedule::parse(spec).unwrap();
        for t in [i64::MAX - 10, i64::MIN + 10, -1] {
            let _ = local.next_after(t);
        }
    }
}
