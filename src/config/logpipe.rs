//! The log-pipeline keys of one log file (ours): `X_rotate`, `X_rotate_naming`,
//! `X_compress`, `X_max_age`, `X_max_total`, where `X` is `stdout_logfile`,
//! `stderr_logfile` (programs, event listeners) or `logfile` (`[supervisord]`).

use crate::config::error::ConfigError;
use crate::config::reader::SectionReader;
use crate::config::values::byte_size;
use crate::json::JsonValue as J;

/// `X_rotate`: when the live file is rotated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RotateWhen {
    /// At `X_maxbytes` only (Python's behaviour).
    #[default]
    Size,
    /// At every local full hour (and at `X_maxbytes`).
    Hourly,
    /// Every day at this local time (and at `X_maxbytes`); `daily` is `daily@00:00`.
    Daily { hour: u8, minute: u8 },
}

/// `X_rotate_naming`: what a rotated file is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Naming {
    /// `x.log.1` (newest) … `x.log.N`, shifted at each rotation.
    #[default]
    Index,
    /// `x.log.2026-12-03` (`x.log.2026-12-03T14` hourly), `.1`, `.2` … for more in a period.
    Date,
}

/// `X_compress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compress {
    #[default]
    None,
    /// Rotated files become `….gz`, written by a low-priority worker thread.
    Gzip,
}

/// The pipeline settings of one log file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LogPipe {
    pub rotate: RotateWhen,
    pub naming: Naming,
    pub compress: Compress,
    /// Rotated files last modified longer ago than this many seconds are removed.
    pub max_age: Option<u64>,
    /// Rotated files beyond this many bytes in total (newest first) are removed.
    pub max_total: Option<u64>,
}

impl RotateWhen {
    /// The config spelling.
    pub fn name(self) -> String {
        match self {
            RotateWhen::Size => "size".into(),
            RotateWhen::Hourly => "hourly".into(),
            RotateWhen::Daily { hour, minute } => format!("daily@{hour:02}:{minute:02}"),
        }
    }
}

/// Parses `size`, `hourly`, `daily`, `daily@HH:MM`.
pub fn rotate_when(s: &str) -> Result<RotateWhen, String> {
    let t = s.trim().to_lowercase();
    let bad = || format!("must be size, hourly, daily or daily@HH:MM, not {s:?}");
    match t.as_str() {
        "size" => return Ok(RotateWhen::Size),
        "hourly" => return Ok(RotateWhen::Hourly),
        "daily" => return Ok(RotateWhen::Daily { hour: 0, minute: 0 }),
        _ => {}
    }
    let (h, m) = t
        .strip_prefix("daily@")
        .and_then(|hm| hm.split_once(':'))
        .ok_or_else(bad)?;
    let hour: u8 = h.parse().map_err(|_| bad())?;
    let minute: u8 = m.parse().map_err(|_| bad())?;
    if hour > 23 || minute > 59 || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    Ok(RotateWhen::Daily { hour, minute })
}

/// Parses a duration `7d`, `12h`, `30m`, `45s` or plain seconds; `0` is `None` (no limit).
pub fn age(s: &str) -> Result<Option<u64>, String> {
    let t = s.trim().to_lowercase();
    let (num, unit) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&t[..i], c),
        _ => (t.as_str(), 's'),
    };
    let mult = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86400,
        _ => {
            return Err(format!(
                "{s:?} is not a duration (a number with s, m, h or d)"
            ))
        }
    };
    let n: u64 = num
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (a number with s, m, h or d)"))?;
    Ok((n > 0).then_some(n.saturating_mul(mult)))
}

/// Reads the pipeline keys of the log file whose keys start with `x` (`stdout_logfile`).
pub fn read(r: &SectionReader, x: &str) -> Result<LogPipe, ConfigError> {
    let named = |key: &str, m: String| format!("{key}: {m}");
    let key = format!("{x}_rotate");
    let rotate = r
        .opt(&key, |s| rotate_when(s).map_err(|m| named(&key, m)))?
        .unwrap_or_default();
    let naming = match r.choice(
        &format!("{x}_rotate_naming"),
        false,
        &["index", "date"],
        ", ",
    )? {
        Some(n) if n == "date" => Naming::Date,
        _ => Naming::Index,
    };
    let compress = match r.choice(&format!("{x}_compress"), false, &["none", "gzip"], ", ")? {
        Some(c) if c == "gzip" => Compress::Gzip,
        _ => Compress::None,
    };
    let key = format!("{x}_max_age");
    let max_age = r
        .opt(&key, |s| age(s).map_err(|m| named(&key, m)))?
        .flatten();
    let key = format!("{x}_max_total");
    let max_total = r
        .opt(&key, |s| byte_size(s).map_err(|m| named(&key, m)))?
        .filter(|&n| n > 0);
    Ok(LogPipe {
        rotate,
        naming,
        compress,
        max_age,
        max_total,
    })
}

impl LogPipe {
    /// The keys as `check --json --extensions` shows them.
    pub fn json_fields(&self, x: &str) -> Vec<(String, J)> {
        let naming = match self.naming {
            Naming::Index => "index",
            Naming::Date => "date",
        };
        let compress = match self.compress {
            Compress::None => "none",
            Compress::Gzip => "gzip",
        };
        let num = |n: Option<u64>| n.map_or(J::Null, |n| J::Int(n.min(i64::MAX as u64) as i64));
        vec![
            (format!("{x}_rotate"), J::str(self.rotate.name())),
            (format!("{x}_rotate_naming"), J::str(naming)),
            (format!("{x}_compress"), J::str(compress)),
            (format!("{x}_max_age"), num(self.max_age)),
            (format!("{x}_max_total"), num(self.max_total)),
        ]
    }

    /// The names of the keys that differ between `self` and `b` (config diff).
    pub fn changed_keys(&self, b: &LogPipe, x: &str) -> Vec<String> {
        [
            ("rotate", self.rotate != b.rotate),
            ("rotate_naming", self.naming != b.naming),
            ("compress", self.compress != b.compress),
            ("max_age", self.max_age != b.max_age),
            ("max_total", self.max_total != b.max_total),
        ]
        .into_iter()
        .filter(|(_, d)| *d)
        .map(|(k, _)| format!("{x}_{k}"))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotate_values() {
        assert_eq!(rotate_when("size"), Ok(RotateWhen::Size));
        assert_eq!(rotate_when(" Hourly "), Ok(RotateWhen::Hourly));
        assert_eq!(
            rotate_when("daily"),
            Ok(RotateWhen::Daily { hour: 0, minute: 0 })
        );
        assert_eq!(
            rotate_when("daily@03:00"),
            Ok(RotateWhen::Daily { hour: 3, minute: 0 })
        );
        for bad in [
            "weekly",
            "daily@24:00",
            "daily@3",
            "daily@03:60",
            "daily@03:5",
            "",
        ] {
            assert!(rotate_when(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ages() {
        assert_eq!(age("7d"), Ok(Some(7 * 86400)));
        assert_eq!(age("12h"), Ok(Some(12 * 3600)));
        assert_eq!(age("30m"), Ok(Some(1800)));
        assert_eq!(age("45s"), Ok(Some(45)));
        assert_eq!(age("90"), Ok(Some(90)));
        assert_eq!(age("0"), Ok(None));
        assert!(age("7w").is_err());
        assert!(age("d").is_err());
    }

    #[test]
    fn changed_keys_name_the_option() {
        let a = LogPipe::default();
        let b = LogPipe {
            compress: Compress::Gzip,
            ..a
        };
        assert_eq!(
            a.changed_keys(&b, "stdout_logfile"),
            vec!["stdout_logfile_compress"]
        );
    }
}
