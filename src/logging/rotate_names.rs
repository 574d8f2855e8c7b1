//! What rotated files are called and how index names shift (`X_rotate_naming`).
//!
//! Index naming: `x.log.1` is the newest; a rotation shifts `x.log.i` to `x.log.(i+1)` for
//! i = backups-1 … 1 (both plain and `.gz`), overwriting the oldest. Date naming: the
//! period's stamp (`x.log.2026-12-03`, hourly `x.log.2026-12-03T14`); a second rotation
//! within one period gets `.1`, then `.2` …, never overwriting (also not a `.gz`).
//! A live file rotated while compression is on becomes `x.log.pending.NANOS` until the
//! compression worker gives it its final name.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// `path` with `suffix` appended after a dot (`x.log` + `3` → `x.log.3`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(suffix);
    PathBuf::from(s)
}

/// `path` with `.gz` appended.
pub fn gz_of(path: &Path) -> PathBuf {
    with_suffix(path, "gz")
}

/// Python's `removeAndRename`: remove `dst` if present, rename `src` → `dst`; ENOENT is fine.
pub fn remove_and_rename(src: &Path, dst: &Path) -> io::Result<()> {
    if dst.exists() {
        if let Err(e) = fs::remove_file(dst) {
            if e.kind() != io::ErrorKind::NotFound {
                return Err(e);
            }
        }
    }
    match fs::rename(src, dst) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Shifts `base.i[.gz]` to `base.(i+1)[.gz]` for i = backups-1 … 1; on failure returns the
/// file that could not be moved.
pub fn shift_index(base: &Path, backups: u32) -> Result<(), (PathBuf, io::Error)> {
    for i in (1..backups).rev() {
        for gz in [false, true] {
            let (mut src, mut dst) = (
                with_suffix(base, &i.to_string()),
                with_suffix(base, &(i + 1).to_string()),
            );
            if gz {
                src = gz_of(&src);
                dst = gz_of(&dst);
            }
            if src.exists() {
                remove_and_rename(&src, &dst).map_err(|e| (src.clone(), e))?;
            }
        }
    }
    Ok(())
}

/// The date name for `stamp`: `base.STAMP` if no file of that period exists, else
/// `base.STAMP.n` with n one more than the largest there (newer sorts later, even after
/// retention removed older ones).
pub fn date_name(base: &Path, stamp: &str) -> PathBuf {
    let taken = super::retention::siblings(base)
        .unwrap_or_default()
        .into_iter()
        .filter_map(
            |(_, suffix)| match super::retention::parse_suffix(&suffix) {
                Some((super::retention::Age::Date(s, n), _)) if s == stamp => Some(n),
                _ => None,
            },
        )
        .max();
    match taken {
        None => with_suffix(base, stamp),
        Some(n) => with_suffix(base, &format!("{stamp}.{}", n + 1)),
    }
}

/// A fresh `base.pending.NANOS` name (waiting for the compression worker); NANOS grows
/// with every call, so sorting by it is rotation order.
pub fn pending_name(base: &Path) -> PathBuf {
    let mut nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    loop {
        let p = with_suffix(base, &format!("pending.{nanos:020}"));
        if !p.exists() {
            return p;
        }
        nanos += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    #[test]
    fn shift_moves_plain_and_gz() {
        let d = test_dir("names-shift");
        let base = d.join("x.log");
        fs::write(with_suffix(&base, "1"), "a").unwrap();
        fs::write(gz_of(&with_suffix(&base, "2")), "b").unwrap();
        fs::write(gz_of(&with_suffix(&base, "3")), "c").unwrap();
        shift_index(&base, 3).unwrap();
        assert_eq!(fs::read_to_string(with_suffix(&base, "2")).unwrap(), "a");
        assert_eq!(fs::read_to_string(d.join("x.log.3.gz")).unwrap(), "b");
        assert!(!with_suffix(&base, "1").exists());
        assert!(!d.join("x.log.2.gz").exists());
    }

    #[test]
    fn date_names_never_clobber() {
        let d = test_dir("names-date");
        let base = d.join("x.log");
        assert_eq!(date_name(&base, "2026-12-03"), d.join("x.log.2026-12-03"));
        fs::write(d.join("x.log.2026-12-03"), "").unwrap();
        assert_eq!(date_name(&base, "2026-12-03"), d.join("x.log.2026-12-03.1"));
        fs::write(d.join("x.log.2026-12-03.1.gz"), "").unwrap();
        fs::remove_file(d.join("x.log.2026-12-03")).unwrap();
        assert_eq!(date_name(&base, "2026-12-03"), d.join("x.log.2026-12-03.2"));
    }

    #[test]
    fn pending_names_sort_in_order() {
        let d = test_dir("names-pending");
        let base = d.join("x.log");
        let a = pending_name(&base);
        fs::write(&a, "").unwrap();
        let b = pending_name(&base);
        assert!(b > a);
    }
}
