//! The rotated files of a log and which of them to remove (`X_logfile_backups`,
//! `X_logfile_max_age`, `X_logfile_max_total`).
//!
//! Rotated files of `x.log` are `x.log.N` (index naming, 1 newest) and
//! `x.log.2026-12-03[T14][.n]` (date naming, the largest newest), each possibly `.gz`.
//! They are ordered newest first by name, not by mtime (a fast writer rotates several
//! times within one mtime tick). Retention keeps a newest-first run and removes the first
//! file that breaks a limit together with every older one, so what is kept is always
//! a contiguous stretch of the log ending at the live file.
//! `x.log.pending.N` (waiting for compression) and `….gz.tmp` (being written) are not
//! rotated files yet and are never touched here.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Where a rotated file sits in the newest-first order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Age {
    /// `x.log.N`: smaller is newer.
    Index(u64),
    /// `x.log.STAMP[.n]`: (stamp, n); larger is newer.
    Date(String, u64),
}

/// One rotated file.
#[derive(Debug, Clone)]
pub struct Rotated {
    pub path: PathBuf,
    pub age: Age,
    pub gz: bool,
    pub mtime: SystemTime,
    pub size: u64,
}

/// Limits applied to the rotated files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Keep at most this many (0 = no count limit here; index shifting drops the rest).
    pub count: u32,
    pub max_age: Option<u64>,
    pub max_total: Option<u64>,
}

fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        13 => is_stamp(&s[..10]) && b[10] == b'T' && digits(11..13),
        _ => false,
    }
}

/// Parses the part after `x.log.`: `3`, `3.gz`, `2026-12-03.1.gz`, …
pub fn parse_suffix(suffix: &str) -> Option<(Age, bool)> {
    let (rest, gz) = match suffix.strip_suffix(".gz") {
        Some(r) => (r, true),
        None => (suffix, false),
    };
    if !rest.is_empty() && rest.bytes().all(|c| c.is_ascii_digit()) {
        return Some((Age::Index(rest.parse().ok()?), gz));
    }
    let (stamp, n) = match rest.find('.') {
        Some(i) => (&rest[..i], rest[i + 1..].parse().ok()?),
        None => (rest, 0),
    };
    is_stamp(stamp).then(|| (Age::Date(stamp.to_string(), n), gz))
}

/// The entries of `base`'s directory whose names start with `x.log.`, as
/// (path, suffix after the dot).
pub fn siblings(base: &Path) -> io::Result<Vec<(PathBuf, String)>> {
    let dir = match base.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Some(name) = base.file_name().and_then(|n| n.to_str()) else {
        return Ok(Vec::new());
    };
    let prefix = format!("{name}.");
    let mut out = Vec::new();
    for e in fs::read_dir(dir)? {
        let e = e?;
        if let Some(suffix) = e.file_name().to_str().and_then(|n| n.strip_prefix(&prefix)) {
            out.push((e.path(), suffix.to_string()));
        }
    }
    Ok(out)
}

/// The rotated files of `base`, newest first.
pub fn list(base: &Path) -> io::Result<Vec<Rotated>> {
    let mut out = Vec::new();
    for (path, suffix) in siblings(base)? {
        let Some((age, gz)) = parse_suffix(&suffix) else {
            continue;
        };
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        out.push(Rotated {
            path,
            age,
            gz,
            mtime: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            size: meta.len(),
        });
    }
    out.sort_by(|a, b| match (&a.age, &b.age) {
        (Age::Index(x), Age::Index(y)) => x.cmp(y),
        (Age::Date(..), Age::Date(..)) => b.age.cmp(&a.age),
        // Index names come from the newer setting only if the naming changed; keep
        // every index file ahead of date files.
        (Age::Index(_), Age::Date(..)) => std::cmp::Ordering::Less,
        (Age::Date(..), Age::Index(_)) => std::cmp::Ordering::Greater,
    });
    Ok(out)
}

/// How many of `files` (newest first) to keep under `limits` at time `now`; the rest
/// are removed.
pub fn keep_count(files: &[Rotated], limits: Limits, now: SystemTime) -> usize {
    let mut total: u64 = 0;
    for (i, f) in files.iter().enumerate() {
        if limits.count > 0 && i >= limits.count as usize {
            return i;
        }
        total = total.saturating_add(f.size);
        if limits.max_total.is_some_and(|m| total > m) {
            return i;
        }
        let age = now.duration_since(f.mtime).unwrap_or_default().as_secs();
        if limits.max_age.is_some_and(|m| age > m) {
            return i;
        }
    }
    files.len()
}

/// Removes the rotated files of `base` beyond `limits`; returns the paths removed.
pub fn apply(base: &Path, limits: Limits) -> io::Result<Vec<PathBuf>> {
    if limits.count == 0 && limits.max_age.is_none() && limits.max_total.is_none() {
        return Ok(Vec::new());
    }
    let files = list(base)?;
    let keep = keep_count(&files, limits, SystemTime::now());
    let mut removed = Vec::new();
    for f in &files[keep..] {
        match fs::remove_file(&f.path) {
            Ok(()) => removed.push(f.path.clone()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn suffixes() {
        assert_eq!(parse_suffix("3"), Some((Age::Index(3), false)));
        assert_eq!(parse_suffix("12.gz"), Some((Age::Index(12), true)));
        assert_eq!(
            parse_suffix("2026-12-03"),
            Some((Age::Date("2026-12-03".into(), 0), false))
        );
        assert_eq!(
            parse_suffix("2026-12-03T14.2.gz"),
            Some((Age::Date("2026-12-03T14".into(), 2), true))
        );
        for other in [
            "pending.17",
            "1.gz.tmp",
            "gz",
            "",
            "2026-12-3",
            "old",
            "2026-12-03.x",
        ] {
            assert_eq!(parse_suffix(other), None, "{other}");
        }
    }

    fn file(age: Age, secs_old: u64, size: u64, now: SystemTime) -> Rotated {
        Rotated {
            path: PathBuf::from("x"),
            age,
            gz: false,
            mtime: now - Duration::from_secs(secs_old),
            size,
        }
    }

    #[test]
    fn limits_cut_a_newest_first_run() {
        let now = SystemTime::now();
        let files: Vec<Rotated> = (1..=5)
            .map(|i| file(Age::Index(i), i * 100, 10, now))
            .collect();
        let none = Limits {
            count: 0,
            max_age: None,
            max_total: None,
        };
        assert_eq!(keep_count(&files, none, now), 5);
        assert_eq!(keep_count(&files, Limits { count: 3, ..none }, now), 3);
        let total = Limits {
            max_total: Some(25),
            ..none
        };
        assert_eq!(keep_count(&files, total, now), 2);
        let age = Limits {
            max_age: Some(250),
            ..none
        };
        assert_eq!(keep_count(&files, age, now), 2);
        // An old file ends the run even if an older-named one is fresher.
        let mut odd = files.clone();
        odd[1].mtime = now - Duration::from_secs(1000);
        assert_eq!(keep_count(&odd, age, now), 1);
    }
}
