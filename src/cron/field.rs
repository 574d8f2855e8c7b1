//! One field of a cron expression as robfig/cron v3 (the Go port's parser) reads it: a
//! comma-separated list of `*`, `?`, `a`, `a-b`, each with an optional `/step`; `a/step`
//! means `a-max/step`. Names (`JAN`, `mon`) in the month and day-of-week fields.

/// The bounds and names of one field.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub name: &'static str,
    pub min: u32,
    pub max: u32,
    pub names: &'static [&'static str],
}

pub const SECONDS: Bounds = Bounds {
    name: "seconds",
    min: 0,
    max: 59,
    names: &[],
};
pub const MINUTES: Bounds = Bounds {
    name: "minutes",
    min: 0,
    max: 59,
    names: &[],
};
pub const HOURS: Bounds = Bounds {
    name: "hours",
    min: 0,
    max: 23,
    names: &[],
};
pub const DOM: Bounds = Bounds {
    name: "day of month",
    min: 1,
    max: 31,
    names: &[],
};
/// Names start at `min`: `jan` is 1.
pub const MONTHS: Bounds = Bounds {
    name: "month",
    min: 1,
    max: 12,
    names: &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ],
};
/// Sunday is 0, as in robfig/cron (7 is out of range there too).
pub const DOW: Bounds = Bounds {
    name: "day of week",
    min: 0,
    max: 6,
    names: &["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
};

/// The values a field allows (bit `n` = value `n`) and whether it was written as a plain
/// `*`/`?` (robfig's star bit: it decides how day of month and day of week combine).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub bits: u64,
    pub star: bool,
}

impl Field {
    /// Every value within `b`, as a star.
    pub fn all(b: Bounds) -> Field {
        Field {
            bits: range_bits(b.min, b.max, 1),
            star: true,
        }
    }

    /// Just `v`.
    pub fn one(v: u32) -> Field {
        Field {
            bits: 1 << v,
            star: false,
        }
    }

    pub fn has(&self, v: u32) -> bool {
        v < 64 && self.bits & (1 << v) != 0
    }
}

/// Parses `text` for a field with bounds `b`.
pub fn parse(text: &str, b: Bounds) -> Result<Field, String> {
    let mut out = Field {
        bits: 0,
        star: false,
    };
    let mut any = false;
    for part in text.split(',').filter(|p| !p.is_empty()) {
        let (bits, star) = range(part, b)?;
        out.bits |= bits;
        out.star |= star;
        any = true;
    }
    if !any {
        return Err(format!("empty {} field", b.name));
    }
    Ok(out)
}

/// One `a`, `a-b`, `*`, `?`, each with an optional `/step`.
fn range(expr: &str, b: Bounds) -> Result<(u64, bool), String> {
    let (span, step) = match expr.split_once('/') {
        None => (expr, None),
        Some((span, step)) => {
            if step.contains('/') {
                return Err(format!("too many slashes in {} field: {expr}", b.name));
            }
            (span, Some(step_number(step, b)?))
        }
    };
    let (start, end, mut star) = if span == "*" || span == "?" {
        (b.min, b.max, true)
    } else {
        match span.split_once('-') {
            None => {
                let v = value(span, b)?;
                // `a/step` runs to the end of the field.
                (v, if step.is_some() { b.max } else { v }, false)
            }
            Some((lo, hi)) => {
                if hi.contains('-') {
                    return Err(format!("too many hyphens in {} field: {expr}", b.name));
                }
                (value(lo, b)?, value(hi, b)?, false)
            }
        }
    };
    let step = step.unwrap_or(1);
    if step > 1 {
        star = false;
    }
    if start < b.min {
        return Err(format!(
            "{} field: {start} is below the minimum {} in {expr}",
            b.name, b.min
        ));
    }
    if end > b.max {
        return Err(format!(
            "{} field: {end} is above the maximum {} in {expr}",
            b.name, b.max
        ));
    }
    if start > end {
        return Err(format!(
            "{} field: the range {start}-{end} is backwards in {expr}",
            b.name
        ));
    }
    if step == 0 {
        return Err(format!("{} field: a step must be positive: {expr}", b.name));
    }
    Ok((range_bits(start, end, step), star))
}

/// A number or (in month and day-of-week fields) a name, case-insensitively.
fn value(text: &str, b: Bounds) -> Result<u32, String> {
    let lower = text.to_ascii_lowercase();
    if let Some(i) = b.names.iter().position(|n| *n == lower) {
        return Ok(b.min + i as u32);
    }
    number(text, b)
}

fn number(text: &str, b: Bounds) -> Result<u32, String> {
    if text.is_empty() || !text.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("{} field: {text:?} is not a number", b.name));
    }
    text.parse::<u32>()
        .ok()
        .filter(|&n| n < 64)
        .ok_or_else(|| format!("{} field: {text} is out of range", b.name))
}

/// A step: any positive number (one larger than the field allows just its start).
fn step_number(text: &str, b: Bounds) -> Result<u32, String> {
    if text.is_empty() || !text.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("{} field: step {text:?} is not a number", b.name));
    }
    Ok(text.parse::<u32>().unwrap_or(u32::MAX))
}

fn range_bits(start: u32, end: u32, step: u32) -> u64 {
    (start..=end)
        .step_by(step as usize)
        .fold(0, |acc, v| acc | 1 << v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(f: Field) -> Vec<u32> {
        (0..64).filter(|&v| f.has(v)).collect()
    }

    #[test]
    fn star_and_question_mark_allow_everything_and_set_the_star() {
        for t in ["*", "?"] {
            let f = parse(t, DOM).unwrap();
            assert_eq!(values(f), (1..=31).collect::<Vec<_>>());
            assert!(f.star);
        }
    }

    #[test]
    fn single_values_ranges_and_lists() {
        assert_eq!(values(parse("5", MINUTES).unwrap()), [5]);
        assert_eq!(values(parse("1-4", HOURS).unwrap()), [1, 2, 3, 4]);
        assert_eq!(values(parse("1,3,5-6", HOURS).unwrap()), [1, 3, 5, 6]);
        assert!(!parse("1-4", HOURS).unwrap().star);
    }

    #[test]
    fn steps_over_star_ranges_and_single_starts() {
        assert_eq!(values(parse("*/15", SECONDS).unwrap()), [0, 15, 30, 45]);
        assert!(!parse("*/15", SECONDS).unwrap().star);
        // `*/1` keeps the star, as in robfig/cron.
        assert!(parse("*/1", SECONDS).unwrap().star);
        assert_eq!(values(parse("10-20/5", MINUTES).unwrap()), [10, 15, 20]);
        assert_eq!(values(parse("50/4", MINUTES).unwrap()), [50, 54, 58]);
        assert_eq!(values(parse("5/100", MINUTES).unwrap()), [5]);
        assert_eq!(values(parse("*/99999999999", MINUTES).unwrap()), [0]);
    }

    #[test]
    fn month_and_weekday_names_case_insensitively() {
        assert_eq!(values(parse("JAN,mar", MONTHS).unwrap()), [1, 3]);
        assert_eq!(values(parse("jun-Aug", MONTHS).unwrap()), [6, 7, 8]);
        assert_eq!(values(parse("MON-FRI", DOW).unwrap()), [1, 2, 3, 4, 5]);
        assert_eq!(values(parse("sun", DOW).unwrap()), [0]);
        assert!(parse("mon", MONTHS).is_err());
    }

    #[test]
    fn bad_fields_are_errors() {
        for (t, b) in [
            ("60", SECONDS),
            ("0", DOM),
            ("7", DOW),
            ("13", MONTHS),
            ("5-1", HOURS),
            ("*/0", MINUTES),
            ("1-2-3", HOURS),
            ("*/2/3", HOURS),
            ("x", HOURS),
            ("-1", HOURS),
            ("", HOURS),
            (",", HOURS),
            ("99999999999", HOURS),
        ] {
            assert!(parse(t, b).is_err(), "{t}");
        }
    }
}
