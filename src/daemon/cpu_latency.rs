//! `[supervisord] precise_startup`: holds Linux's CPU wake-up latency request at 0 µs while
//! an ordered start is under way.
//!
//! Why: a chain hop is a timer (startsecs) or a child's exit waking the loop, then a fork
//! whose child runs on some CPU. On a virtual machine an idle vCPU halts, and the host can
//! take milliseconds to wake it. Holding `/dev/cpu_dma_latency` at 0 makes the cpuidle
//! governor poll instead of halting (figures in docs/ARCHITECTURE.md). The request is
//! machine-wide (every idle CPU polls, spending power) and needs root, so it is opt-in and
//! held only while a chain link or a `depends_on` gate is waiting
//! (`ordering::Plan::under_way`).
//!
//! The loop blocks in its poll as always: the kernel, not the daemon, does the polling.
//!
//! The device is opened once, before the daemon drops privileges (`[supervisord] user=`),
//! with the kernel's "no constraint" value; taking and dropping the request are then writes
//! to that open file (the kernel updates a request on every write).

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use crate::config::LogLevel;

use crate::logging::emit;

/// The PM QoS device: a request lives while its file is open (the kernel drops it on close
/// or exit) and holds the value last written.
const DEVICE: &str = "/dev/cpu_dma_latency";

/// The request that constrains nothing (`PM_QOS_CPU_LATENCY_DEFAULT_VALUE`, 2000 s in µs).
const NO_CONSTRAINT_US: i32 = 2_000_000_000;

/// Where the request stands; each state owns what it needs.
enum Request {
    /// The device is not open yet (opened on first want).
    Closed,
    /// Open, constraining nothing.
    Idle(File),
    /// Open, 0 µs in force.
    Held(File),
    /// The device cannot be opened or written (not root, no such device): not retried;
    /// `why` is logged once, when the request is first wanted.
    Unavailable { why: String, warned: bool },
}

/// The latency request on one device.
pub struct CpuLatencyHold {
    path: PathBuf,
    request: Request,
}

impl Default for CpuLatencyHold {
    fn default() -> Self {
        Self::at(DEVICE)
    }
}

impl CpuLatencyHold {
    /// A request on the device at `path` (tests use a plain file); nothing opened yet.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        CpuLatencyHold {
            path: path.into(),
            request: Request::Closed,
        }
    }

    /// Opens the device now, constraining nothing yet: called before privileges are
    /// dropped, so that a daemon running as `user=` can still take the request later.
    pub fn opened(path: impl Into<PathBuf>) -> Self {
        let mut hold = Self::at(path);
        hold.request = hold.open();
        hold
    }

    /// [`CpuLatencyHold::opened`] on the real device.
    pub fn open_device() -> Self {
        Self::opened(DEVICE)
    }

    /// Whether the 0 µs request is in force.
    pub fn is_held(&self) -> bool {
        matches!(self.request, Request::Held(_))
    }

    /// Takes or drops the request. Cheap when nothing changes (every loop pass calls it).
    pub fn set(&mut self, wanted: bool) {
        let request = std::mem::replace(&mut self.request, Request::Closed);
        self.request = match (request, wanted) {
            (Request::Closed, true) => {
                let opened = match self.open() {
                    Request::Idle(f) => self.write(f, true),
                    other => other,
                };
                self.warn_unavailable(opened)
            }
            (Request::Idle(f), true) => {
                let written = self.write(f, true);
                self.warn_unavailable(written)
            }
            (Request::Held(f), false) => self.write(f, false),
            (r @ Request::Unavailable { warned: false, .. }, true) => self.warn_unavailable(r),
            (unchanged, _) => unchanged,
        };
    }

    /// Writes 0 µs (`hold`) or "no constraint" to the open device.
    fn write(&self, mut file: File, hold: bool) -> Request {
        let value = if hold { 0 } else { NO_CONSTRAINT_US };
        if let Err(e) = file.write_all(&value.to_ne_bytes()) {
            return Request::Unavailable {
                why: e.to_string(),
                warned: false,
            };
        }
        let what = if hold {
            "holding CPU wake-up latency at 0 us for the ordered start"
        } else {
            "CPU latency request dropped"
        };
        emit(LogLevel::Debug, &format!("precise_startup: {what}"));
        if hold {
            Request::Held(file)
        } else {
            Request::Idle(file)
        }
    }

    /// Called where the request is wanted: an unavailable device is warned about once.
    fn warn_unavailable(&self, request: Request) -> Request {
        match request {
            Request::Unavailable { why, warned: false } => {
                emit(
                    LogLevel::Warn,
                    &format!(
                        "precise_startup: cannot request CPU latency 0 via {}: {why} (needs root on Linux); ordered starts run without it",
                        self.path.display()
                    ),
                );
                Request::Unavailable { why, warned: true }
            }
            other => other,
        }
    }

    /// Opens the device (close-on-exec, so children never inherit the request) with the
    /// value that constrains nothing, as the binary s32 the kernel reads.
    fn open(&self) -> Request {
        let opened = OpenOptions::new()
            .write(true)
            .open(&self.path)
            .and_then(|mut f| f.write_all(&NO_CONSTRAINT_US.to_ne_bytes()).map(|()| f));
        match opened {
            Ok(f) => Request::Idle(f),
            Err(e) => Request::Unavailable {
                why: e.to_string(),
                warned: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last_value(path: &std::path::Path) -> i32 {
        let bytes = std::fs::read(path).unwrap();
        let tail: [u8; 4] = bytes[bytes.len() - 4..].try_into().unwrap();
        i32::from_ne_bytes(tail)
    }

    #[test]
    fn opens_unconstrained_then_writes_zero_and_back() {
        let dir = std::env::temp_dir().join(format!("cpulat-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dev = dir.join("dev");
        std::fs::write(&dev, b"").unwrap();
        let mut hold = CpuLatencyHold::opened(&dev);
        assert!(!hold.is_held());
        assert_eq!(last_value(&dev), NO_CONSTRAINT_US);
        hold.set(true);
        assert!(hold.is_held());
        assert_eq!(last_value(&dev), 0);
        hold.set(true); // no second write
        assert_eq!(std::fs::read(&dev).unwrap().len(), 8);
        hold.set(false);
        assert!(!hold.is_held());
        assert_eq!(last_value(&dev), NO_CONSTRAINT_US);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_open_is_not_retried() {
        let mut hold = CpuLatencyHold::at("/nonexistent/cpu_dma_latency");
        hold.set(true);
        assert!(!hold.is_held());
        assert!(matches!(
            hold.request,
            Request::Unavailable { warned: true, .. }
        ));
        hold.set(false);
        hold.set(true);
        assert!(!hold.is_held());
    }
}
