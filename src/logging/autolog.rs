//! AUTO child log files: naming (`<name>-<channel>---<identifier>-<random>.log` in
//! `childlogdir`, created exclusively with mode 0600 like Python's `tempfile.mkstemp`,
//! 8 random characters from `[a-z0-9_]`) and the start-up cleanup of old AUTO logs
//! (Python's regex `.+?---<identifier>-\S+\.log\.{0,1}\d{0,4}`, matched at the start).

use crate::config::model::{ChildLog, ProcessConfig};
use nix::libc;
use std::fs::OpenOptions;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";

fn random_bytes(buf: &mut [u8]) {
    // SAFETY: getrandom writes at most buf.len() bytes into buf.
    let n = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    if n != buf.len() as isize {
        // Fallback: time and pid mixed with xorshift; names only need to be unlikely to clash.
        let mut x = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1)
            ^ (u64::from(std::process::id()) << 32)
            | 1;
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}

/// Creates a new empty AUTO log file for process `name`, `channel` ("stdout"/"stderr")
/// and returns its path.
pub fn create_auto_log(
    childlogdir: &Path,
    name: &str,
    channel: &str,
    identifier: &str,
) -> io::Result<PathBuf> {
    let mut last_err = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..100 {
        let mut rnd = [0u8; 8];
        random_bytes(&mut rnd);
        let suffix: String = rnd
            .iter()
            .map(|b| CHARS[*b as usize % CHARS.len()] as char)
            .collect();
        let path = childlogdir.join(format!("{name}-{channel}---{identifier}-{suffix}.log"));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_err = e,
            Err(e) => return Err(e),
        }
    }
    Err(last_err)
}

/// The AUTO files of one process, created at group creation like Python's
/// `create_autochildlogs`: `(stdout, stderr)`, each `Some` only when that stream's logfile
/// is AUTO (stderr never with `redirect_stderr`).
pub fn create_auto_logs(
    p: &ProcessConfig,
    childlogdir: &Path,
    identifier: &str,
) -> io::Result<(Option<PathBuf>, Option<PathBuf>)> {
    let stdout = match p.stdout.logfile {
        ChildLog::Auto => Some(create_auto_log(childlogdir, &p.name, "stdout", identifier)?),
        _ => None,
    };
    let stderr = match p.stderr.logfile {
        ChildLog::Auto if !p.redirect_stderr => {
            Some(create_auto_log(childlogdir, &p.name, "stderr", identifier)?)
        }
        _ => None,
    };
    Ok((stdout, stderr))
}

/// Whether `filename` is an AUTO log of `identifier` (Python's `clear_autochildlogdir`).
pub fn is_auto_log_name(filename: &str, identifier: &str) -> bool {
    let marker = format!("---{identifier}-");
    // `.+?` needs at least one character before the marker; try every occurrence.
    let mut from = filename.chars().next().map_or(1, char::len_utf8);
    while from <= filename.len() {
        let Some(pos) = filename.get(from..).and_then(|s| s.find(&marker)) else {
            return false;
        };
        let start = from + pos + marker.len();
        let tail = &filename[start..];
        // `\S+\.log`: one or more non-space characters, then `.log`.
        let nonspace = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let word = &tail[..nonspace];
        if word
            .char_indices()
            .any(|(i, _)| i >= 1 && word[i..].starts_with(".log"))
        {
            return true;
        }
        from = from + pos + 1;
    }
    false
}

/// What the start-up cleanup did; the caller logs `WARN Could not clear childlog dir`
/// for `unreadable_dir` and `WARN Failed to clean up '<path>'` per `failed` entry.
#[derive(Debug, Default)]
pub struct CleanupReport {
    pub removed: Vec<PathBuf>,
    pub failed: Vec<(PathBuf, io::Error)>,
    pub unreadable_dir: Option<io::Error>,
}

/// Deletes old AUTO logs (and their backups) of `identifier` in `childlogdir`.
/// Call at start-up unless `nocleanup`.
pub fn cleanup_auto_logs(childlogdir: &Path, identifier: &str) -> CleanupReport {
    let mut report = CleanupReport::default();
    let entries = match std::fs::read_dir(childlogdir) {
        Ok(e) => e,
        Err(e) => {
            report.unreadable_dir = Some(e);
            return report;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_auto_log_name(name, identifier) {
            continue;
        }
        let path = entry.path();
        match std::fs::remove_file(&path) {
            Ok(()) => report.removed.push(path),
            Err(e) => report.failed.push((path, e)),
        }
    }
    report.removed.sort();
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    #[test]
    fn names_match_python_pattern() {
        assert!(is_auto_log_name(
            "web-stdout---supervisor-imnsnsux.log",
            "supervisor"
        ));
        assert!(is_auto_log_name(
            "web-stdout---supervisor-imnsnsux.log.3",
            "supervisor"
        ));
        assert!(!is_auto_log_name(
            "web-stdout---other-imnsnsux.log",
            "supervisor"
        ));
        assert!(!is_auto_log_name("---supervisor-abc.log", "supervisor"));
        assert!(!is_auto_log_name(
            "web-stdout---supervisor-.log",
            "supervisor"
        ));
        assert!(!is_auto_log_name("web.log", "supervisor"));
        assert!(is_auto_log_name(
            "é-stdout---supervisor-x.log",
            "supervisor"
        ));
        assert!(!is_auto_log_name(
            "web-stdout---supervisor-ab cd.log",
            "supervisor"
        ));
    }

    #[test]
    fn create_then_cleanup() {
        let d = test_dir("autolog");
        let a = create_auto_log(&d, "web", "stdout", "supervisor").unwrap();
        let b = create_auto_log(&d, "web", "stderr", "supervisor").unwrap();
        assert_ne!(a, b);
        let fname = a.file_name().unwrap().to_str().unwrap().to_string();
        assert!(fname.starts_with("web-stdout---supervisor-"), "{fname}");
        assert_eq!(fname.len(), "web-stdout---supervisor-".len() + 8 + 4);
        std::fs::write(format!("{}.1", a.display()), b"old").unwrap();
        std::fs::write(d.join("keep.log"), b"x").unwrap();
        let other = create_auto_log(&d, "web", "stdout", "otherid").unwrap();
        let rep = cleanup_auto_logs(&d, "supervisor");
        assert_eq!(rep.removed.len(), 3, "{rep:?}");
        assert!(rep.failed.is_empty());
        assert!(d.join("keep.log").exists());
        assert!(other.exists());
        assert!(!a.exists());
        let rep = cleanup_auto_logs(&d.join("missing"), "supervisor");
        assert!(rep.unreadable_dir.is_some());
    }
}
