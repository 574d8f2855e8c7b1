//! The daemon's main (activity) log as a `log::Log` implementation.
//!
//! Lines look like supervisord's: `2026-11-22 18:02:58,127 INFO spawned: 'web' with pid 4711`
//! (local time, see [`super::timefmt`]; a `TZ` change needs a restart). A multi-line
//! message is written verbatim after one prefix, as Python does; with `logfile=syslog`
//! each line is sent separately with its own prefix (Python's SyslogHandler).
//!
//! Levels: supervisord's seven map onto the `log` crate as
//! critical → `error!(target: "crit", ..)` (or [`crate::crit!`]), error → `error!`,
//! warn → `warn!`, info → `info!`, debug → `debug!`, trace → `trace!`,
//! blather → `trace!(target: "blather", ..)` (or [`crate::blather!`]).
//! Records from tiny_http below WARN are dropped.
//!
//! RPC reads (`readLog`, `/mainlogtail`) read the FILE, like Python: use
//! [`MainLogHandle::path`] with [`super::readlog`]. Writes happen on the calling thread
//! under a mutex (the event loop and HTTP threads both log).

use super::rotate::RotatingFile;
use super::timefmt::push_timestamp;
use super::{jsonlog, syslog, LogError};
use crate::config::model::{LogFormat, LogLevel, LogTarget, SupervisordConfig};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

/// Everything the main log needs from `[supervisord]`.
#[derive(Debug, Clone, PartialEq)]
pub struct MainLogConfig {
    pub target: LogTarget,
    pub maxbytes: u64,
    pub backups: u32,
    /// `logfile_rotate`, `logfile_compress`, … of `[supervisord]`.
    pub pipe: crate::config::logpipe::LogPipe,
    pub level: LogLevel,
    /// `nodaemon && !silent`: also echo every line to stdout.
    pub echo_stdout: bool,
    /// One JSON object per line ([`super::jsonlog`]) in the file and on stdout; syslog
    /// always gets text.
    pub json: bool,
}

impl MainLogConfig {
    /// The main-log settings of a `[supervisord]` section.
    pub fn from_supervisord(c: &SupervisordConfig) -> MainLogConfig {
        MainLogConfig {
            target: c.logfile.clone(),
            maxbytes: c.logfile_maxbytes,
            backups: c.logfile_backups,
            pipe: c.logfile_pipe,
            level: c.loglevel,
            echo_stdout: c.nodaemon && !c.silent,
            json: match c.logformat {
                Some(f) => f == LogFormat::Json,
                None => std::env::var("LOG_FORMAT").is_ok_and(|v| v == "json"),
            },
        }
    }
}

/// The supervisord level of a `log` record (see the module docs for the mapping).
pub fn record_level(level: log::Level, target: &str) -> LogLevel {
    match level {
        log::Level::Error if target == "crit" => LogLevel::Critical,
        log::Level::Error => LogLevel::Error,
        log::Level::Warn => LogLevel::Warn,
        log::Level::Info => LogLevel::Info,
        log::Level::Debug => LogLevel::Debug,
        log::Level::Trace if target == "blather" => LogLevel::Blather,
        log::Level::Trace => LogLevel::Trace,
    }
}

/// Logs `msg` at a supervisord level through the `log` facade: the inverse of
/// [`record_level`], and how the daemon writes to its main log.
pub fn emit(level: LogLevel, msg: &str) {
    match level {
        LogLevel::Critical => log::error!(target: "crit", "{msg}"),
        LogLevel::Error => log::error!("{msg}"),
        LogLevel::Warn => log::warn!("{msg}"),
        LogLevel::Info => log::info!("{msg}"),
        LogLevel::Debug => log::debug!("{msg}"),
        LogLevel::Trace => log::trace!("{msg}"),
        LogLevel::Blather => log::trace!(target: "blather", "{msg}"),
    }
}

/// The `log` crate filter that lets through at least everything `level` allows.
fn level_filter(level: LogLevel) -> log::LevelFilter {
    match level {
        LogLevel::Critical | LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace | LogLevel::Blather => log::LevelFilter::Trace,
    }
}

const LEVELS: [LogLevel; 7] = [
    LogLevel::Critical,
    LogLevel::Error,
    LogLevel::Warn,
    LogLevel::Info,
    LogLevel::Debug,
    LogLevel::Trace,
    LogLevel::Blather,
];

fn level_index(l: LogLevel) -> u8 {
    LEVELS.iter().position(|x| *x == l).unwrap_or(3) as u8
}

/// The writer behind the logger (also usable without installing it globally).
#[derive(Debug)]
pub struct MainLog {
    file: Option<RotatingFile>,
    path: Option<PathBuf>,
    syslog: bool,
    echo: Option<RotatingFile>,
    json: bool,
    buf: Vec<u8>,
}

impl MainLog {
    /// Opens the destinations of `cfg`.
    pub fn open(cfg: &MainLogConfig) -> Result<MainLog, LogError> {
        let (file, path, syslog) = match &cfg.target {
            LogTarget::File(p) => (
                Some(RotatingFile::open_with(
                    p,
                    cfg.maxbytes,
                    cfg.backups,
                    cfg.pipe,
                )?),
                Some(p.clone()),
                false,
            ),
            LogTarget::Syslog => (None, None, true),
        };
        let echo = if cfg.echo_stdout {
            Some(RotatingFile::open(Path::new("/dev/stdout"), 0, 0)?)
        } else {
            None
        };
        Ok(MainLog {
            file,
            path,
            syslog,
            echo,
            json: cfg.json,
            buf: Vec::with_capacity(256),
        })
    }

    /// Writes one record. Errors of the file are returned once per failure episode.
    pub fn write_record(
        &mut self,
        level: LogLevel,
        args: &std::fmt::Arguments<'_>,
    ) -> Result<(), LogError> {
        self.buf.clear();
        push_timestamp(&mut self.buf, SystemTime::now());
        self.buf.push(b' ');
        self.buf.extend_from_slice(level.tag().as_bytes());
        self.buf.push(b' ');
        let prefix_len = self.buf.len();
        let _ = write!(self.buf, "{args}");
        self.buf.push(b'\n');
        if self.syslog {
            let prefix = self.buf[..prefix_len].to_vec();
            syslog::send_lines(&prefix, &self.buf[prefix_len..]);
        }
        if self.json {
            let msg = String::from_utf8_lossy(&self.buf[prefix_len..self.buf.len() - 1]);
            let mut line = Vec::with_capacity(msg.len() + 96);
            jsonlog::push_line(&mut line, SystemTime::now(), level, &msg);
            self.buf = line;
        }
        if let Some(echo) = &mut self.echo {
            let _ = echo.write(&self.buf);
        }
        match &mut self.file {
            Some(f) => f.write(&self.buf),
            None => Ok(()),
        }
    }
}

struct Shared {
    level: AtomicU8,
    log: Mutex<Option<MainLog>>,
}

struct MainLogger(&'static Shared);

impl MainLogger {
    fn wanted(&self, level: log::Level, target: &str) -> bool {
        if target.starts_with("tiny_http") && level > log::Level::Warn {
            return false;
        }
        level_index(record_level(level, target)) <= self.0.level.load(Ordering::Relaxed)
    }
}

impl log::Log for MainLogger {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        self.wanted(m.level(), m.target())
    }

    fn log(&self, r: &log::Record<'_>) {
        if !self.wanted(r.level(), r.target()) {
            return;
        }
        let level = record_level(r.level(), r.target());
        let mut g = match self.0.log.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if let Some(log) = g.as_mut() {
            if let Err(e) = log.write_record(level, r.args()) {
                // The main log cannot log its own failure; stderr is all that is left.
                eprintln!("supervisord: main log: {e}");
            }
        }
    }

    fn flush(&self) {}
}

/// Control of the installed main log: reopen (SIGUSR2), level, path, reconfigure (reload).
#[derive(Clone, Copy)]
pub struct MainLogHandle {
    shared: &'static Shared,
}

impl std::fmt::Debug for MainLogHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MainLogHandle")
            .field("path", &self.path())
            .finish()
    }
}

fn lock(s: &'static Shared) -> std::sync::MutexGuard<'static, Option<MainLog>> {
    match s.log.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Opens the main log and installs it as the process's `log` logger (once per process).
pub fn init(cfg: &MainLogConfig) -> Result<MainLogHandle, LogError> {
    let log = MainLog::open(cfg)?;
    let shared: &'static Shared = Box::leak(Box::new(Shared {
        level: AtomicU8::new(level_index(cfg.level)),
        log: Mutex::new(Some(log)),
    }));
    log::set_logger(Box::leak(Box::new(MainLogger(shared))))
        .map_err(|_| LogError::AlreadyInitialised)?;
    log::set_max_level(level_filter(cfg.level));
    Ok(MainLogHandle { shared })
}

impl MainLogHandle {
    /// Close and re-open the log file (SIGUSR2 / logrotate). No-op for syslog.
    pub fn reopen(&self) -> Result<(), LogError> {
        match lock(self.shared).as_mut().and_then(|l| l.file.as_mut()) {
            Some(f) => f.reopen(),
            None => Ok(()),
        }
    }

    /// `clearLog`: remove the file and re-open it empty.
    pub fn clear(&self) -> Result<(), LogError> {
        match lock(self.shared).as_mut().and_then(|l| l.file.as_mut()) {
            Some(f) => f.clear(),
            None => Ok(()),
        }
    }

    /// Changes the level at run time.
    pub fn set_level(&self, level: LogLevel) {
        self.shared
            .level
            .store(level_index(level), Ordering::Relaxed);
        log::set_max_level(level_filter(level));
    }

    /// The current level.
    pub fn level(&self) -> LogLevel {
        LEVELS[usize::from(self.shared.level.load(Ordering::Relaxed)).min(6)]
    }

    /// The log file (None for syslog: `readLog` then faults NO_FILE).
    pub fn path(&self) -> Option<PathBuf> {
        lock(self.shared).as_ref().and_then(|l| l.path.clone())
    }

    /// Replaces destinations and level (config reload). On error the old log stays.
    pub fn reconfigure(&self, cfg: &MainLogConfig) -> Result<(), LogError> {
        let new = MainLog::open(cfg)?;
        *lock(self.shared) = Some(new);
        self.set_level(cfg.level);
        Ok(())
    }

    /// Retries a failed log file if its retry deadline has passed (call from the loop's
    /// timer handling; writes also retry by themselves).
    pub fn retry_due(&self, now: std::time::Instant) {
        if let Some(f) = lock(self.shared).as_mut().and_then(|l| l.file.as_mut()) {
            f.on_timer(now);
        }
    }

    /// The main log file's next deadline (a retry or a time rotation).
    pub fn next_deadline(&self) -> Option<std::time::Instant> {
        lock(self.shared)
            .as_ref()
            .and_then(|l| l.file.as_ref())
            .and_then(|f| f.next_deadline())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    fn cfg(p: &Path, level: LogLevel) -> MainLogConfig {
        MainLogConfig {
            target: LogTarget::File(p.to_path_buf()),
            maxbytes: 0,
            backups: 0,
            pipe: Default::default(),
            level,
            echo_stdout: false,
            json: false,
        }
    }

    #[test]
    fn level_mapping() {
        assert_eq!(record_level(log::Level::Error, "crit"), LogLevel::Critical);
        assert_eq!(record_level(log::Level::Error, "x"), LogLevel::Error);
        assert_eq!(
            record_level(log::Level::Trace, "blather"),
            LogLevel::Blather
        );
        assert_eq!(record_level(log::Level::Trace, "x"), LogLevel::Trace);
        assert_eq!(level_filter(LogLevel::Blather), log::LevelFilter::Trace);
        assert_eq!(level_filter(LogLevel::Critical), log::LevelFilter::Error);
    }

    #[test]
    fn record_format_and_multiline() {
        let d = test_dir("mainlog-fmt");
        let p = d.join("main.log");
        let mut m = MainLog::open(&cfg(&p, LogLevel::Info)).unwrap();
        m.write_record(
            LogLevel::Info,
            &format_args!("spawned: '{}' with pid {}", "web", 4711),
        )
        .unwrap();
        m.write_record(
            LogLevel::Debug,
            &format_args!("'web' stdout output:\nhello\nworld"),
        )
        .unwrap();
        let s = std::fs::read_to_string(&p).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4, "{s}");
        assert!(
            lines[0].ends_with(" INFO spawned: 'web' with pid 4711"),
            "{s}"
        );
        assert_eq!(lines[0].as_bytes()[19], b',');
        assert!(lines[1].ends_with(" DEBG 'web' stdout output:"));
        assert_eq!(lines[2], "hello");
        assert_eq!(lines[3], "world");
    }

    #[test]
    fn json_records_are_one_object_per_line() {
        let d = test_dir("mainlog-json");
        let p = d.join("main.log");
        let mut c = cfg(&p, LogLevel::Info);
        c.json = true;
        let mut m = MainLog::open(&c).unwrap();
        m.write_record(LogLevel::Info, &format_args!("spawned: 'web' with pid 7"))
            .unwrap();
        m.write_record(LogLevel::Debug, &format_args!("'web' stdout output:\na\nb"))
            .unwrap();
        let s = std::fs::read_to_string(&p).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 2, "{s}");
        assert!(lines[0].starts_with("{\"time\":\""), "{s}");
        assert!(
            lines[0].ends_with("\"level\":\"info\",\"msg\":\"spawned: 'web' with pid 7\",\"program\":\"web\",\"pid\":7}"),
            "{s}"
        );
        assert!(
            lines[1].contains("\"msg\":\"'web' stdout output:\\na\\nb\""),
            "{s}"
        );
    }

    #[test]
    fn main_log_rotates() {
        let d = test_dir("mainlog-rot");
        let p = d.join("main.log");
        let mut c = cfg(&p, LogLevel::Info);
        c.maxbytes = 100;
        c.backups = 2;
        let mut m = MainLog::open(&c).unwrap();
        for i in 0..20 {
            m.write_record(LogLevel::Info, &format_args!("line {i}"))
                .unwrap();
        }
        assert!(super::super::rotate::backup_path(&p, 2).exists());
        assert!(!super::super::rotate::backup_path(&p, 3).exists());
    }

    /// The only test that installs the global logger (a process can install one).
    #[test]
    fn installed_logger_filters_levels_and_tiny_http() {
        let d = test_dir("mainlog-global");
        let p = d.join("main.log");
        let h = init(&cfg(&p, LogLevel::Info)).unwrap();
        assert_eq!(h.path(), Some(p.clone()));
        crate::crit!("running as root");
        log::info!("hello");
        log::debug!("hidden");
        log::info!(target: "tiny_http", "noise");
        log::warn!(target: "tiny_http::server", "http warn");
        h.set_level(LogLevel::Blather);
        crate::blather!("blat");
        log::trace!("trac");
        assert_eq!(h.level(), LogLevel::Blather);
        let moved = d.join("main.log.old");
        std::fs::rename(&p, &moved).unwrap();
        h.reopen().unwrap();
        log::warn!("after reopen");
        let s = std::fs::read_to_string(&moved).unwrap();
        assert!(s.contains(" CRIT running as root\n"), "{s}");
        assert!(s.contains(" INFO hello\n"));
        assert!(!s.contains("hidden"));
        assert!(!s.contains("noise"));
        assert!(s.contains(" WARN http warn\n"));
        assert!(s.contains(" BLAT blat\n"));
        assert!(s.contains(" TRAC trac\n"));
        assert!(std::fs::read_to_string(&p)
            .unwrap()
            .contains(" WARN after reopen\n"));
        assert!(matches!(
            init(&cfg(&p, LogLevel::Info)),
            Err(LogError::AlreadyInitialised)
        ));
    }
}
