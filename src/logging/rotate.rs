//! `RotatingFile`: an append-mode log file with Python supervisor's size-based rotation.
//!
//! Rotation (same as `supervisor.loggers.RotatingFileHandler`): when the file has reached
//! `maxbytes` after a write, it is closed; for i = backups-1 … 1 `f.i` is renamed to
//! `f.(i+1)` (an existing target is removed first), `f` is renamed to `f.1`, and `f` is
//! re-created empty. `backups == 0` just truncates `f`; `maxbytes == 0` never rotates.
//!
//! Difference from Python, on purpose: Python rotates after whatever chunk the pipe
//! delivered, so a line can be split between `f.1` and `f`. We rotate only at a line
//! boundary: when a write crosses `maxbytes`, the bytes up to and including its last
//! newline finish the old file and the rest starts the new one; a write without any
//! newline that crosses the limit defers the rotation to the next newline (or to the end
//! of the stream, [`RotatingFile::end_of_stream`]). A single line longer than
//! [`LONG_LINE_LIMIT`] past `maxbytes` is split anyway, so a child that never writes a
//! newline still gets its log rotated. For writes that end with a newline (every
//! main-log record, and line-buffered children) file names and sizes are identical to
//! Python's. Nothing is buffered in memory: every byte is written when `write` is called.
//!
//! Special paths: `/dev/stdout` and `/dev/stderr` write to our own fd 1 / 2; those and any
//! other non-regular file (a FIFO, `/dev/null`, `/proc/self/fd/N`) are never seeked,
//! sized or rotated, so `maxbytes > 0` on them is harmless (Python fails with "Illegal seek").
//!
//! A written file that was deleted (by hand, or with its directory) is noticed within a
//! second (`LINK_CHECK`) and re-created; Python would keep writing into the orphaned
//! inode until the next rotation.
//!
//! Failures (ENOSPC, a deleted log directory, EIO): the first failure is returned as a
//! [`LogError`]; afterwards output is dropped and counted ([`RotatingFile::dropped_bytes`])
//! and the file is re-opened on the first write after the retry deadline (backoff 1 s
//! doubling to 60 s), or earlier on [`RotatingFile::reopen`]. The episode lasts until a
//! write succeeds: a re-open that works on a disk that is still full is not a new error.
//! No threads, no sleeps.

use super::{memrchr, LogError};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A single line may overrun `maxbytes` by this much before the file is rotated mid-line.
pub const LONG_LINE_LIMIT: u64 = 64 * 1024;

const FIRST_BACKOFF: Duration = Duration::from_secs(1);
/// How often a written regular file is checked for having been deleted.
const LINK_CHECK: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Where the bytes go.
#[derive(Debug)]
enum Target {
    /// A regular file we opened; sized and rotated.
    Regular(File),
    /// A non-regular file opened by path: written as is, never rotated.
    Special(File),
    /// Our own stdout (1) or stderr (2).
    Stdio(i32),
    /// Nothing open (after a failure).
    Closed,
}

/// What is currently wrong, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FailureKind {
    /// The file is not open/writable: output is dropped until a reopen works.
    Write,
    /// Rotation failed: output still goes to the (append-mode) file, rotation is paused.
    Rotate,
}

#[derive(Debug, Clone, Copy)]
struct Failure {
    kind: FailureKind,
    next_retry: Instant,
    backoff: Duration,
}

/// An append-mode log file with size-based rotation (see the module docs).
#[derive(Debug)]
pub struct RotatingFile {
    path: PathBuf,
    target: Target,
    size: u64,
    maxbytes: u64,
    backups: u32,
    at_line_start: bool,
    failure: Option<Failure>,
    /// A failure was reported and no write has succeeded since: a re-open that works
    /// followed by a write that fails again (a disk still full) is the same episode.
    /// Holds the episode's last backoff, so retries keep slowing down.
    episode: Option<Duration>,
    dropped: u64,
    written: u64,
    /// When a write next checks whether the open file was deleted (see `check_deleted`).
    next_link_check: Instant,
    /// The path named a regular file when it was last opened.
    regular: bool,
}

/// Whether `path` names the daemon's own stdout or stderr (written to fd 1 or 2, never
/// opened).
pub fn is_stdio(path: &Path) -> bool {
    stdio_fd(path).is_some()
}

/// Whether a path names our own stdout/stderr (`/dev/stdout`, `/dev/fd/1`, ...).
fn stdio_fd(path: &Path) -> Option<i32> {
    match path.to_str()? {
        "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1" => Some(1),
        "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2" => Some(2),
        _ => None,
    }
}

/// Writes all of `data` to `fd`, retrying on EINTR and short writes.
fn write_all_fd(fd: BorrowedFd<'_>, mut data: &[u8]) -> io::Result<()> {
    while !data.is_empty() {
        match nix::unistd::write(fd, data) {
            Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero)),
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(io::Error::from(e)),
        }
    }
    Ok(())
}

fn open_append(path: &Path, truncate: bool) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.create(true);
    if truncate {
        o.write(true).truncate(true);
    } else {
        o.append(true);
    }
    o.open(path)
}

/// Python's `removeAndRename`: remove `dst` if present, rename `src` → `dst`; ENOENT is fine.
fn remove_and_rename(src: &Path, dst: &Path) -> io::Result<()> {
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

/// `path` with `.n` appended (`x.log` → `x.log.3`).
pub fn backup_path(path: &Path, n: u32) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

impl RotatingFile {
    /// Opens `path` for appending (creating it), rotating at `maxbytes` (0 = never) and
    /// keeping `backups` old files (0 = truncate on rotation).
    pub fn open(path: &Path, maxbytes: u64, backups: u32) -> Result<RotatingFile, LogError> {
        let mut f = RotatingFile {
            path: path.to_path_buf(),
            target: Target::Closed,
            size: 0,
            maxbytes,
            backups,
            at_line_start: true,
            failure: None,
            episode: None,
            dropped: 0,
            written: 0,
            next_link_check: Instant::now() + LINK_CHECK,
            regular: false,
        };
        f.open_target(false).map_err(|source| LogError::Open {
            path: f.path.clone(),
            source,
        })?;
        Ok(f)
    }

    fn open_target(&mut self, truncate: bool) -> io::Result<()> {
        self.target = Target::Closed;
        if let Some(fd) = stdio_fd(&self.path) {
            self.regular = false;
            self.target = Target::Stdio(fd);
            return Ok(());
        }
        let file = open_append(&self.path, truncate)?;
        let meta = file.metadata()?;
        self.regular = meta.is_file();
        if meta.is_file() {
            self.size = meta.len();
            self.target = Target::Regular(file);
        } else {
            self.target = Target::Special(file);
        }
        Ok(())
    }

    /// The configured path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True for a regular file (the only kind that is rotated, cleared and readable by RPC).
    pub fn is_regular(&self) -> bool {
        matches!(self.target, Target::Regular(_))
            || (self.is_failed() && stdio_fd(&self.path).is_none())
    }

    /// Current size of a regular file as we track it (0 for special files).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Bytes successfully written since open.
    pub fn written_bytes(&self) -> u64 {
        self.written
    }

    /// Bytes dropped because the file could not be written.
    pub fn dropped_bytes(&self) -> u64 {
        self.dropped
    }

    /// True while writes are being dropped (the file could not be opened or written).
    pub fn is_failed(&self) -> bool {
        matches!(
            self.failure,
            Some(Failure {
                kind: FailureKind::Write,
                ..
            })
        )
    }

    /// When the next automatic retry may happen, if something failed.
    pub fn next_retry(&self) -> Option<Instant> {
        self.failure.map(|f| f.next_retry)
    }

    /// True if a failed file should be retried now (callers may then call [`RotatingFile::retry`]).
    pub fn retry_due(&self, now: Instant) -> bool {
        self.failure.is_some_and(|f| now >= f.next_retry)
    }

    /// Retries a failed open/rotation now; true when the file is healthy again.
    /// Errors during a failure episode are not reported again.
    pub fn retry(&mut self) -> bool {
        match self.failure {
            None => true,
            Some(f) if f.kind == FailureKind::Write => match self.open_target(false) {
                Ok(()) => {
                    self.failure = None;
                    true
                }
                Err(_) => {
                    self.schedule_retry(FailureKind::Write);
                    false
                }
            },
            Some(_) => {
                // Rotation was paused: allow it again; the next write tries.
                self.failure = None;
                true
            }
        }
    }

    fn schedule_retry(&mut self, kind: FailureKind) {
        let backoff = match self.failure.map(|f| f.backoff).or(self.episode) {
            Some(b) => (b * 2).min(MAX_BACKOFF),
            None => FIRST_BACKOFF,
        };
        self.episode = Some(backoff);
        self.failure = Some(Failure {
            kind,
            next_retry: Instant::now() + backoff,
            backoff,
        });
    }

    /// Enters a failure state; returns the error only if this starts a new episode.
    fn fail(&mut self, kind: FailureKind, err: LogError) -> Result<(), LogError> {
        let new_episode = self.failure.is_none() && self.episode.is_none();
        if kind == FailureKind::Write {
            self.target = Target::Closed;
        }
        self.schedule_retry(kind);
        if new_episode {
            Err(err)
        } else {
            Ok(())
        }
    }

    /// Close and re-open the same path in append mode (SIGUSR2, external logrotate with
    /// `create`). Also ends a failure state.
    pub fn reopen(&mut self) -> Result<(), LogError> {
        match self.open_target(false) {
            Ok(()) => {
                self.failure = None;
                Ok(())
            }
            Err(source) => {
                self.target = Target::Closed;
                self.failure = None;
                self.schedule_retry(FailureKind::Write);
                Err(LogError::Open {
                    path: self.path.clone(),
                    source,
                })
            }
        }
    }

    /// `clearProcessLogs` / `clearLog`: remove the current file and re-open it empty
    /// (backups are left alone, as Python does). Special files are left alone.
    pub fn clear(&mut self) -> Result<(), LogError> {
        if matches!(self.target, Target::Stdio(_) | Target::Special(_)) {
            return Ok(());
        }
        self.target = Target::Closed;
        if let Err(source) = fs::remove_file(&self.path) {
            if source.kind() != io::ErrorKind::NotFound {
                let _ = self.reopen();
                return Err(LogError::Rotate {
                    path: self.path.clone(),
                    source,
                });
            }
        }
        self.size = 0;
        self.at_line_start = true;
        self.reopen()
    }

    fn raw_write(&mut self, data: &[u8]) -> io::Result<()> {
        let res = match &self.target {
            Target::Regular(f) | Target::Special(f) => write_all_fd(f.as_fd(), data),
            Target::Stdio(fd) => {
                // SAFETY: fd 1 and 2 stay open for the life of the daemon (stdio is
                // redirected to /dev/null when daemonizing, never closed).
                let bfd = unsafe { BorrowedFd::borrow_raw(*fd) };
                write_all_fd(bfd, data)
            }
            Target::Closed => Err(io::Error::new(
                io::ErrorKind::NotConnected,
                "log file is closed",
            )),
        };
        if res.is_ok() {
            self.episode = None;
            self.written += data.len() as u64;
            if matches!(self.target, Target::Regular(_)) {
                self.size += data.len() as u64;
            }
            if let Some(&last) = data.last() {
                self.at_line_start = last == b'\n';
            }
        }
        res
    }

    /// Writes `data` and rotates at line boundaries as described in the module docs.
    /// Returns an error only when a failure starts; while failed, data is dropped.
    pub fn write(&mut self, data: &[u8]) -> Result<(), LogError> {
        if data.is_empty() {
            return Ok(());
        }
        if self.is_failed() && (!self.retry_due(Instant::now()) || !self.retry()) {
            self.dropped += data.len() as u64;
            return Ok(());
        }
        if let Err(e) = self.check_deleted() {
            self.dropped += data.len() as u64;
            return Err(e);
        }
        if self.is_failed() {
            self.dropped += data.len() as u64;
            return Ok(());
        }
        if matches!(self.failure, Some(f) if f.kind == FailureKind::Rotate && Instant::now() >= f.next_retry)
        {
            self.retry();
        }
        let rotating = self.maxbytes > 0
            && matches!(self.target, Target::Regular(_))
            && !matches!(
                self.failure,
                Some(Failure {
                    kind: FailureKind::Rotate,
                    ..
                })
            );
        if !rotating {
            return self.write_or_fail(data);
        }
        let mut rest = data;
        while !rest.is_empty() {
            if self.size + (rest.len() as u64) < self.maxbytes {
                return self.write_or_fail(rest);
            }
            if rest.last() == Some(&b'\n') {
                self.write_or_fail(rest)?;
                return self.rotate_checked();
            }
            match memrchr(b'\n', rest) {
                Some(i) => {
                    self.write_or_fail(&rest[..=i])?;
                    self.rotate_checked()?;
                    rest = &rest[i + 1..];
                    if self.is_failed() {
                        self.dropped += rest.len() as u64;
                        return Ok(());
                    }
                }
                None => {
                    self.write_or_fail(rest)?;
                    if self.size >= self.maxbytes.saturating_add(LONG_LINE_LIMIT) {
                        return self.rotate_checked();
                    }
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// At most once per [`LINK_CHECK`]: if the open regular file has no name left (it or
    /// its directory was deleted), writes would vanish into an orphaned inode until the
    /// next rotation or SIGUSR2, so re-create it now; if that fails (the directory is
    /// gone) this is a failure episode: one error, then retries with backoff.
    fn check_deleted(&mut self) -> Result<(), LogError> {
        let now = Instant::now();
        if now < self.next_link_check {
            return Ok(());
        }
        self.next_link_check = now + LINK_CHECK;
        let Target::Regular(f) = &self.target else {
            return Ok(());
        };
        use std::os::unix::fs::MetadataExt;
        if !f.metadata().is_ok_and(|m| m.nlink() == 0) {
            return Ok(());
        }
        match self.open_target(false) {
            Ok(()) => Ok(()),
            Err(source) => {
                let err = LogError::Open {
                    path: self.path.clone(),
                    source,
                };
                self.fail(FailureKind::Write, err)
            }
        }
    }

    fn write_or_fail(&mut self, data: &[u8]) -> Result<(), LogError> {
        if self.is_failed() {
            self.dropped += data.len() as u64;
            return Ok(());
        }
        match self.raw_write(data) {
            Ok(()) => Ok(()),
            Err(source) => {
                self.dropped += data.len() as u64;
                let err = LogError::Write {
                    path: self.path.clone(),
                    source,
                };
                self.fail(FailureKind::Write, err)
            }
        }
    }

    fn rotate_checked(&mut self) -> Result<(), LogError> {
        if self.is_failed() || self.size < self.maxbytes {
            return Ok(());
        }
        match self.rotate() {
            Ok(()) => {
                if matches!(
                    self.failure,
                    Some(Failure {
                        kind: FailureKind::Rotate,
                        ..
                    })
                ) {
                    self.failure = None;
                }
                Ok(())
            }
            Err(e) => {
                let kind = if matches!(self.target, Target::Regular(_)) {
                    FailureKind::Rotate
                } else {
                    FailureKind::Write
                };
                self.fail(kind, e)
            }
        }
    }

    /// The rotation itself (Python's `doRollover` once the size check passed).
    fn rotate(&mut self) -> Result<(), LogError> {
        self.target = Target::Closed;
        let mut renamed = Ok(());
        if self.backups > 0 {
            for i in (1..self.backups).rev() {
                let src = backup_path(&self.path, i);
                if src.exists() {
                    if let Err(e) = remove_and_rename(&src, &backup_path(&self.path, i + 1)) {
                        renamed = Err((src, e));
                        break;
                    }
                }
            }
            if renamed.is_ok() {
                if let Err(e) = remove_and_rename(&self.path, &backup_path(&self.path, 1)) {
                    renamed = Err((self.path.clone(), e));
                }
            }
        }
        match renamed {
            Ok(()) => {
                self.size = 0;
                self.open_target(true).map_err(|source| LogError::Open {
                    path: self.path.clone(),
                    source,
                })
            }
            Err((path, source)) => {
                // Keep logging into the unrotated file; rotation pauses until the retry.
                let _ = self.open_target(false);
                Err(LogError::Rotate { path, source })
            }
        }
    }

    /// The stream ended (child exited): a pending rotation deferred to the end of an
    /// unterminated line happens now.
    pub fn end_of_stream(&mut self) -> Result<(), LogError> {
        self.at_line_start = true;
        if self.maxbytes > 0 && matches!(self.target, Target::Regular(_)) && self.failure.is_none()
        {
            return self.rotate_checked();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    #[test]
    fn backup_names() {
        assert_eq!(
            backup_path(Path::new("/x/a.log"), 3),
            PathBuf::from("/x/a.log.3")
        );
    }

    #[test]
    fn rotation_shifts_backups_like_python() {
        let d = test_dir("rot-shift");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 10, 2).unwrap();
        for line in [b"11111111\n", b"22222222\n", b"33333333\n", b"44444444\n"] {
            f.write(line).unwrap();
            f.write(line).unwrap();
        }
        // The first 9-byte write leaves 9 < 10; the second reaches 18 >= 10 → rotate.
        assert_eq!(fs::read(&p).unwrap(), b"");
        assert_eq!(
            fs::read(backup_path(&p, 1)).unwrap(),
            b"44444444\n44444444\n"
        );
        assert_eq!(
            fs::read(backup_path(&p, 2)).unwrap(),
            b"33333333\n33333333\n"
        );
        assert!(!backup_path(&p, 3).exists());
    }

    #[test]
    fn zero_backups_truncates_and_zero_maxbytes_never_rotates() {
        let d = test_dir("rot-zero");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 5, 0).unwrap();
        f.write(b"abcdef\n").unwrap();
        f.write(b"xy\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"xy\n");
        assert!(!backup_path(&p, 1).exists());
        let q = d.join("b.log");
        let mut g = RotatingFile::open(&q, 0, 3).unwrap();
        for _ in 0..100 {
            g.write(b"0123456789\n").unwrap();
        }
        assert_eq!(fs::metadata(&q).unwrap().len(), 1100);
        assert!(!backup_path(&q, 1).exists());
    }

    #[test]
    fn crossing_write_splits_at_last_newline() {
        let d = test_dir("rot-split");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 10, 3).unwrap();
        f.write(b"aaaa\nbbbb\ncc").unwrap();
        assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"aaaa\nbbbb\n");
        assert_eq!(fs::read(&p).unwrap(), b"cc");
        // A crossing write without newline defers; the next newline completes and rotates.
        f.write(b"cccccccccc").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"cccccccccccc");
        f.write(b"c\nd").unwrap();
        assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"ccccccccccccc\n");
        assert_eq!(fs::read(&p).unwrap(), b"d");
    }

    #[test]
    fn end_of_stream_performs_deferred_rotation() {
        let d = test_dir("rot-eos");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 4, 1).unwrap();
        f.write(b"no newline here").unwrap();
        assert!(!backup_path(&p, 1).exists());
        f.end_of_stream().unwrap();
        assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"no newline here");
        assert_eq!(fs::read(&p).unwrap(), b"");
    }

    #[test]
    fn very_long_line_is_split_after_limit() {
        let d = test_dir("rot-long");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 100, 1).unwrap();
        let chunk = vec![b'x'; 32 * 1024];
        for _ in 0..3 {
            f.write(&chunk).unwrap();
        }
        assert_eq!(fs::metadata(backup_path(&p, 1)).unwrap().len(), 96 * 1024);
        assert_eq!(fs::metadata(&p).unwrap().len(), 0);
    }

    #[test]
    fn reopen_after_move_writes_new_file() {
        let d = test_dir("rot-reopen");
        let p = d.join("a.log");
        let moved = d.join("a.log.moved");
        let mut f = RotatingFile::open(&p, 0, 0).unwrap();
        f.write(b"one\n").unwrap();
        fs::rename(&p, &moved).unwrap();
        f.write(b"two\n").unwrap();
        f.reopen().unwrap();
        f.write(b"three\n").unwrap();
        assert_eq!(fs::read(&moved).unwrap(), b"one\ntwo\n");
        assert_eq!(fs::read(&p).unwrap(), b"three\n");
    }

    #[test]
    fn deleted_directory_fails_once_then_recovers_on_reopen() {
        let d = test_dir("rot-deldir");
        let sub = d.join("logs");
        fs::create_dir(&sub).unwrap();
        let p = sub.join("a.log");
        let mut f = RotatingFile::open(&p, 10, 1).unwrap();
        fs::remove_file(&p).unwrap();
        fs::remove_dir(&sub).unwrap();
        // The open fd still works; the rotation's re-open fails → error once.
        let first = f.write(b"0123456789\n");
        assert!(matches!(first, Err(LogError::Open { .. })), "{first:?}");
        assert!(f.is_failed());
        assert!(f.write(b"lost\n").is_ok());
        assert_eq!(f.dropped_bytes(), 5);
        assert!(f.reopen().is_err());
        fs::create_dir(&sub).unwrap();
        f.reopen().unwrap();
        f.write(b"back\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"back\n");
    }

    #[test]
    fn failed_writer_retries_after_deadline() {
        let d = test_dir("rot-retry");
        let sub = d.join("logs");
        let p = sub.join("a.log");
        assert!(RotatingFile::open(&p, 0, 0).is_err());
        fs::create_dir(&sub).unwrap();
        let mut f = RotatingFile::open(&p, 0, 0).unwrap();
        f.target = Target::Closed;
        f.failure = Some(Failure {
            kind: FailureKind::Write,
            next_retry: Instant::now(),
            backoff: FIRST_BACKOFF,
        });
        assert!(f.retry_due(Instant::now()));
        f.write(b"again\n").unwrap();
        assert!(!f.is_failed());
        assert_eq!(fs::read(&p).unwrap(), b"again\n");
    }

    #[test]
    fn a_reopen_that_works_on_a_still_full_disk_is_the_same_episode() {
        // /dev/full: every open works, every write fails with ENOSPC.
        let mut f = RotatingFile::open(Path::new("/dev/full"), 0, 0).unwrap();
        assert!(matches!(f.write(b"a\n"), Err(LogError::Write { .. })));
        let first_backoff = f.failure.map(|x| x.backoff);
        for _ in 0..3 {
            f.failure = f.failure.map(|x| Failure {
                next_retry: Instant::now(),
                ..x
            });
            assert!(f.write(b"b\n").is_ok(), "reported again");
        }
        assert_eq!(f.dropped_bytes(), 8);
        assert!(
            f.failure.map(|x| x.backoff) > first_backoff,
            "backoff grows"
        );
        // A successful write ends the episode: the next failure is reported.
        f.episode = None;
        f.failure = None;
        f.target = Target::Closed;
        assert!(f.write(b"c\n").is_err());
    }

    #[test]
    fn a_deleted_file_is_recreated_and_a_deleted_directory_is_one_error() {
        let d = test_dir("rot-unlinked");
        let sub = d.join("logs");
        fs::create_dir(&sub).unwrap();
        let p = sub.join("a.log");
        let mut f = RotatingFile::open(&p, 0, 0).unwrap();
        f.write(b"one\n").unwrap();
        fs::remove_file(&p).unwrap();
        f.next_link_check = Instant::now();
        f.write(b"two\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two\n");
        fs::remove_dir_all(&sub).unwrap();
        f.next_link_check = Instant::now();
        assert!(matches!(f.write(b"three\n"), Err(LogError::Open { .. })));
        assert!(f.is_failed());
        assert!(f.write(b"four\n").is_ok());
        assert_eq!(f.dropped_bytes(), 11);
        fs::create_dir(&sub).unwrap();
        f.failure = f.failure.map(|x| Failure {
            next_retry: Instant::now(),
            ..x
        });
        f.write(b"five\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"five\n");
    }

    #[test]
    fn dev_null_is_special_and_never_rotates() {
        let mut f = RotatingFile::open(Path::new("/dev/null"), 1, 1).unwrap();
        for _ in 0..10 {
            f.write(b"hello\n").unwrap();
        }
        assert!(!f.is_regular());
        assert_eq!(f.size(), 0);
        assert_eq!(f.written_bytes(), 60);
        assert!(f.clear().is_ok());
    }

    #[test]
    fn clear_removes_current_file_only() {
        let d = test_dir("rot-clear");
        let p = d.join("a.log");
        let mut f = RotatingFile::open(&p, 6, 2).unwrap();
        f.write(b"first\n").unwrap();
        f.write(b"second\n").unwrap();
        f.clear().unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"");
        assert!(backup_path(&p, 1).exists());
        f.write(b"x\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"x\n");
        assert_eq!(f.size(), 2);
    }

    #[test]
    fn rotation_failure_is_reported_once_and_logging_continues() {
        let d = test_dir("rot-fail");
        let p = d.join("a.log");
        // A directory where the backup should go makes the rename fail.
        fs::create_dir(backup_path(&p, 1)).unwrap();
        fs::write(backup_path(&p, 1).join("x"), b"x").unwrap();
        let mut f = RotatingFile::open(&p, 5, 1).unwrap();
        let first = f.write(b"123456\n");
        assert!(matches!(first, Err(LogError::Rotate { .. })), "{first:?}");
        f.write(b"more\n").unwrap();
        f.write(b"again\n").unwrap();
        assert!(!f.is_failed());
        assert_eq!(fs::read(&p).unwrap(), b"123456\nmore\nagain\n");
        assert!(f.next_retry().is_some());
    }
}
