//! Logging building blocks: the daemon's main (activity) log, child output capture,
//! size-based rotation, a minimal syslog client, AUTO child-log naming and the
//! file-based log read/tail used by the RPC layer.
//!
//! Everything here is single-threaded and non-blocking apart from plain file writes:
//! no threads, no sleeps. Failures are typed ([`LogError`](crate::logging::LogError)) and reported once; writers
//! then drop output (counted) and retry on a rate-limited schedule driven by their callers.
//!
//! How the daemon uses it:
//! - Start-up, right after the config is loaded: `let h = logging::init(&MainLogConfig::
//!   from_supervisord(&cfg.supervisord))?` (then log the config's warnings/infos), then
//!   unless `nocleanup` `autolog::cleanup_auto_logs(childlogdir, identifier)` (log a WARN for
//!   each failure), then per process `autolog::create_auto_logs(p, childlogdir, identifier)`
//!   (keep the paths with the process for the life of this config: they change on reload).
//! - At each spawn, per pipe: `StreamCapture::new(&StreamCaptureConfig::for_process(p,
//!   channel, auto_path, strip_ansi))`; an error is a spawn error (Python: "unknown error
//!   making dispatchers for 'x': ..."). For every chunk read: `cap.write(&buf[..n])` →
//!   deliver `events`, log each of `errors` at ERRO. On EOF (read returned 0): `cap.finish()`.
//! - SIGUSR2: `h.reopen()` and `cap.reopen()` on every live capture.
//! - `clearLog`: `h.clear()`; `clearProcessLogs`: `cap.clear()` on both streams.
//! - RPC reads: `read_file(h.path().as_deref(), off, len)`, `cap.read(off, len)`,
//!   `cap.tail(off, len)` (for a process that is not running, call `read_file`/`tail_file`
//!   on the configured path: Python reads the file by name).
//! - Retries need no timer: writes retry by themselves once the backoff passed; a loop
//!   may call `cap.retry_due(now)` / `h.retry_due(now)` from its timer pass if it wants
//!   an idle log to recover without waiting for the next write.

pub mod autolog;
pub mod capture;
pub mod compress;
pub mod filesinks;
pub mod jsonlines;
pub mod jsonlog;
pub mod log_path;
pub mod mainlog;
pub mod readlog;
pub mod repeats;
pub mod retention;
pub mod rotate;
pub mod rotate_names;
pub mod rotate_schedule;
pub mod syslog;
pub mod syslog_frame;
pub mod syslog_net;
pub mod timefmt;

pub use capture::{CaptureEvent, CaptureOutput, Channel, StreamCapture, StreamCaptureConfig};
pub use mainlog::{emit, init, MainLogConfig, MainLogHandle};
pub use readlog::{read_file, tail_file, ReadError, Tail};
pub use repeats::emit_counted;
pub use rotate::RotatingFile;

use std::fmt;
use std::io;
use std::path::PathBuf;

/// A logging failure, naming the file and the operation that failed.
#[derive(Debug)]
pub enum LogError {
    /// Opening (or re-opening) a log file failed.
    Open { path: PathBuf, source: io::Error },
    /// Writing to a log file failed (e.g. ENOSPC); output is dropped until a retry succeeds.
    Write { path: PathBuf, source: io::Error },
    /// Renaming/removing files during rotation or clearing failed.
    Rotate { path: PathBuf, source: io::Error },
    /// The main logger was already installed (`log::set_logger` refused).
    AlreadyInitialised,
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogError::Open { path, source } => {
                write!(f, "cannot open log file {}: {}", path.display(), source)
            }
            LogError::Write { path, source } => {
                write!(f, "cannot write log file {}: {}", path.display(), source)
            }
            LogError::Rotate { path, source } => {
                write!(f, "cannot rotate log file {}: {}", path.display(), source)
            }
            LogError::AlreadyInitialised => write!(f, "the main logger is already installed"),
        }
    }
}

impl std::error::Error for LogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LogError::Open { source, .. }
            | LogError::Write { source, .. }
            | LogError::Rotate { source, .. } => Some(source),
            LogError::AlreadyInitialised => None,
        }
    }
}

/// Log at supervisord's CRIT level: `logging::crit!("Supervisor is running as root")`.
///
/// CRIT has no `log::Level` of its own; it is an `error!` record with target `"crit"`,
/// which the main log writes with the `CRIT` tag.
#[macro_export]
macro_rules! crit {
    ($($arg:tt)+) => { ::log::error!(target: "crit", $($arg)+) };
}

/// Log at supervisord's BLAT (blather) level: a `trace!` record with target `"blather"`.
#[macro_export]
macro_rules! blather {
    ($($arg:tt)+) => { ::log::trace!(target: "blather", $($arg)+) };
}

/// Position of the last `needle` byte in `hay` (word-at-a-time would be faster; the
/// std iterator already compiles to a tight loop and is only used on rotation boundaries).
pub(crate) fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|&b| b == needle)
}

/// Position of the first `needle` byte in `hay`.
pub(crate) fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// A fresh, unique, empty directory under the system temp dir for unit tests.
#[cfg(test)]
pub(crate) fn test_dir(tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let d = std::env::temp_dir().join(format!(
        "sv-logging-{}-{}-{}",
        tag,
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create test dir");
    d
}
