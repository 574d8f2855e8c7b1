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
//!
//! Beyond Python ([`RotatingFile::open_with`]): time rotation, date names, gzip, retention.

use super::log_path::{blocking_again, open_append, stdio_fd, write_all_fd};
use super::rotate_names::{date_name, pending_name, remove_and_rename, shift_index};
use super::rotate_schedule::{period_start, stamp, wall_now};
use super::{memchr, memrchr, LogError};
use crate::config::logpipe::{Compress, LogPipe, Naming};
use std::fs::{self, File};
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
    /// Time rotation, naming, compression, retention (`config::logpipe`).
    pipe: LogPipe,
    /// The next time-rotation boundary (wall-clock seconds) and its loop deadline.
    time: Option<(i64, Instant)>,
    /// A time rotation is due and waits for the current line to end.
    forced: bool,
    /// The start of the period a pending time rotation closes (for date names).
    ended_period: Option<i64>,
    /// An error of a timer-driven rotation, returned by the next `write`.
    /// Boxed: rare, and every capture holds one file per sink.
    deferred: Option<Box<LogError>>,
}

/// `path` with `.n` appended (`x.log` → `x.log.3`).
pub fn backup_path(path: &Path, n: u32) -> PathBuf {
    super::rotate_names::with_suffix(path, &n.to_string())
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
            pipe: LogPipe::default(),
            time: None,
            forced: false,
            ended_period: None,
            deferred: None,
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
            blocking_again(&file, truncate)?;
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
        (self.at_line_start, self.forced) = (true, false);
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
        let res = self.write_rotating(data);
        match self.deferred.take() {
            Some(e) if res.is_ok() => Err(*e),
            _ => res,
        }
    }

    fn write_rotating(&mut self, data: &[u8]) -> Result<(), LogError> {
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
        let rotating = (self.maxbytes > 0 || self.forced)
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
            if self.forced {
                // A time rotation waits for the end of the line in progress only.
                let Some(i) = memchr(b'\n', rest) else {
                    return self.write_or_fail(rest);
                };
                self.write_or_fail(&rest[..=i])?;
                self.rotate_checked()?;
                rest = &rest[i + 1..];
                continue;
            }
            if !self.forced
                && (self.maxbytes == 0 || self.size + (rest.len() as u64) < self.maxbytes)
            {
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
                    if self.maxbytes > 0
                        && self.size >= self.maxbytes.saturating_add(LONG_LINE_LIMIT)
                    {
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
        if self.is_failed() || (!self.forced && self.size < self.maxbytes) {
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

    /// The rotation itself (Python's `doRollover` once the size check passed): the live
    /// file moves to its rotated name (or is truncated with `backups = 0`) and is
    /// re-created; then retention runs, or the compression worker is asked to.
    fn rotate(&mut self) -> Result<(), LogError> {
        self.target = Target::Closed;
        self.forced = false;
        let ended = self.ended_period.take();
        let renamed = if self.backups > 0 {
            self.move_live(ended)
        } else {
            Ok(())
        };
        match renamed {
            Ok(()) => {
                self.size = 0;
                self.open_target(true).map_err(|source| LogError::Open {
                    path: self.path.clone(),
                    source,
                })?;
                self.after_rotation()
            }
            Err((path, source)) => {
                // Keep logging into the unrotated file; rotation pauses until the retry.
                let _ = self.open_target(false);
                Err(LogError::Rotate { path, source })
            }
        }
    }

    /// Renames the live file to its rotated name (see `rotate_names`).
    fn move_live(&self, ended: Option<i64>) -> Result<(), (PathBuf, io::Error)> {
        let dst = match self.pipe.naming {
            Naming::Index if self.pipe.compress == Compress::Gzip => pending_name(&self.path),
            Naming::Index => {
                shift_index(&self.path, self.backups)?;
                backup_path(&self.path, 1)
            }
            Naming::Date => {
                let start =
                    ended.unwrap_or_else(|| period_start(self.pipe.rotate, wall_now() as i64));
                date_name(&self.path, &stamp(self.pipe.rotate, start))
            }
        };
        remove_and_rename(&self.path, &dst).map_err(|e| (self.path.clone(), e))
    }

    /// The stream ended (child exited): a pending rotation deferred to the end of an
    /// unterminated line happens now.
    pub fn end_of_stream(&mut self) -> Result<(), LogError> {
        self.at_line_start = true;
        if (self.maxbytes > 0 || self.forced)
            && matches!(self.target, Target::Regular(_))
            && self.failure.is_none()
        {
            return self.rotate_checked();
        }
        Ok(())
    }
}

#[path = "rotate_pipe.rs"]
mod pipe;
#[cfg(test)]
#[path = "rotate_tests.rs"]
mod tests;
