//! Where a child's stdout/stderr bytes go: one `logging::StreamCapture` per stream
//! (files with rotation, syslog, capture mode, PROCESS_LOG events). AUTO log files are
//! created when the process is created (Python's `create_autochildlogs`). The captures
//! (the open files) are held only while they can be written to, as Python holds its
//! dispatchers: opened at spawn and closed once the process has stopped for good, so an
//! idle program holds no descriptor. A program about to start (autostart, a chain member)
//! has them opened when it is built, so no start waits for a file creation. Opening is
//! all or nothing; a failure is the spawn error `unknown error making dispatchers for
//! 'x': ENOENT` (`too many open files to spawn 'x'` for EMFILE), as in Python.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::syslog::SyslogSink;
use crate::config::{ChildLog, ProcessConfig};
use crate::logging::readlog::{self, ReadError, Tail};
use crate::logging::syslog_frame::Header;
use crate::logging::syslog_net::SyslogSinks;
use crate::logging::{
    autolog, CaptureOutput, Channel, LogError, StreamCapture, StreamCaptureConfig,
};

/// Both output streams of one process.
#[derive(Debug)]
pub struct Outputs {
    /// The process's config (shared): the capture configs are built from it at each open.
    config: Arc<ProcessConfig>,
    /// The AUTO files created for stdout and stderr (shared with the stored config's view,
    /// `StoredGroup`).
    auto: [Option<Arc<Path>>; 2],
    /// `[supervisord] strip_ansi`.
    strip_ansi: bool,
    stdout: Option<StreamCapture>,
    stderr: Option<StreamCapture>,
    /// The `syslog` items of each stream's sink list and their message headers (None when
    /// neither stream has such items).
    syslog: Option<Box<[StreamSyslog; 2]>>,
    /// Bytes received per stream (stdout, stderr) by captures closed since: the metrics
    /// counters stay monotonic across closing and reopening.
    closed_bytes_in: [u64; 2],
    /// Bytes dropped for write failures by captures closed since.
    closed_dropped: u64,
    /// Syslog messages dropped by captures closed since.
    closed_syslog_dropped: u64,
    /// Whether a stream has files or syslog sinks: without, nothing is ever retried or
    /// queued, and the loop's scans of every process skip this one at once.
    has_sinks: bool,
    /// Whether a stream has syslog sinks (only those get [`SyslogSinks`] attached): the
    /// loop asks every process for its syslog sockets on every pass.
    has_syslog: bool,
    /// [`Outputs::next_retry`] as last computed, `None` when unknown: the loop asks every
    /// process for it on every pass, and it changes only through `&mut self` methods,
    /// each of which forgets it.
    deadline: Cell<Option<Option<Instant>>>,
}

/// The `syslog` items of one stream's sink list and their message header (built only for
/// a stream that has such items).
type StreamSyslog = (Vec<SyslogSink>, Option<Header>);

/// The syslog message header of one stream of `cfg` (Go port: tag = program name).
fn syslog_header(cfg: &ProcessConfig, channel: Channel) -> Header {
    let st = &cfg.ext.syslog;
    Header {
        facility: st.facility,
        severity: match channel {
            Channel::Stdout => st.stdout_priority,
            Channel::Stderr => st.stderr_priority,
        },
        tag: st.tag.clone().unwrap_or_else(|| cfg.program.clone()),
        hostname: nix::unistd::gethostname()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_default(),
        pid: std::process::id(),
        format: st.format,
    }
}

/// The spawnerr text for a log that cannot be opened.
fn open_error(name: &str, e: &LogError) -> String {
    let code = match e {
        LogError::Open { source, .. }
        | LogError::Write { source, .. }
        | LogError::Rotate { source, .. } => source.raw_os_error().unwrap_or(0),
        LogError::AlreadyInitialised => 0,
    };
    if code == nix::libc::EMFILE {
        return format!("too many open files to spawn '{name}'");
    }
    format!(
        "unknown error making dispatchers for '{name}': {}",
        super::errno_name::name(code)
    )
}

impl Outputs {
    /// Creates the AUTO files and, with `open`, opens both captures. Problems are returned
    /// as log lines (the captures are opened again at spawn).
    pub fn new(
        cfg: &Arc<ProcessConfig>,
        childlogdir: &Path,
        identifier: &str,
        strip_ansi: bool,
        open: bool,
    ) -> (Outputs, Vec<String>) {
        let mut problems = Vec::new();
        let auto = match autolog::create_auto_logs(cfg, childlogdir, identifier) {
            Ok((out, err)) => [out, err].map(|p| p.map(Arc::from)),
            Err(e) => {
                problems.push(format!(
                    "could not create AUTO log for {} in {}: {e}",
                    cfg.name,
                    childlogdir.display()
                ));
                [None, None]
            }
        };
        let stderr_sinks = if cfg.redirect_stderr {
            Vec::new()
        } else {
            cfg.stderr.syslog_sinks.clone()
        };
        let syslog = (!cfg.stdout.syslog_sinks.is_empty() || !stderr_sinks.is_empty()).then(|| {
            Box::new(
                [
                    (cfg.stdout.syslog_sinks.clone(), Channel::Stdout),
                    (stderr_sinks, Channel::Stderr),
                ]
                .map(|(sinks, ch)| {
                    let header = (!sinks.is_empty()).then(|| syslog_header(cfg, ch));
                    (sinks, header)
                }),
            )
        });
        let mut outputs = Outputs {
            config: Arc::clone(cfg),
            auto,
            strip_ansi,
            stdout: None,
            stderr: None,
            syslog,
            closed_bytes_in: [0; 2],
            closed_dropped: 0,
            closed_syslog_dropped: 0,
            has_sinks: false,
            has_syslog: false,
            deadline: Cell::new(None),
        };
        outputs.has_syslog = outputs.syslog.is_some();
        outputs.has_sinks = [Channel::Stdout, Channel::Stderr]
            .iter()
            .any(|&c| outputs.paths(c).next().is_some())
            || outputs.has_syslog;
        if open {
            if let Err(e) = outputs.ensure() {
                problems.push(e);
            }
        }
        (outputs, problems)
    }

    /// The capture config of one stream, built from the process's config.
    fn capture_config(&self, channel: Channel) -> StreamCaptureConfig {
        let cfg = &*self.config;
        let auto = self.auto[usize::from(channel == Channel::Stderr)].as_deref();
        let mut c = StreamCaptureConfig::for_process(cfg, channel, auto, self.strip_ansi);
        match channel {
            // events: a listener's stdout is the protocol channel, only copied to its log
            // (no capture mode, no PROCESS_LOG events), as in Python.
            Channel::Stdout if cfg.section_kind == "eventlistener" => {
                c.capture_maxbytes = 0;
                c.events_enabled = false;
            }
            Channel::Stderr if cfg.redirect_stderr => c.paths = Vec::new(),
            _ => {}
        }
        c
    }

    /// Opens both captures unless they are open; `Err` is the spawnerr text. All or
    /// nothing: when one cannot be opened, neither is left open (a half-opened pair would
    /// hold a descriptor for a process that cannot start).
    pub fn ensure(&mut self) -> Result<(), String> {
        self.deadline.set(None);
        if self.stdout.is_some() && self.stderr.is_some() {
            return Ok(());
        }
        self.close();
        let stdout = self.open_capture(Channel::Stdout)?;
        // On failure `stdout` is dropped here, closing its files.
        let stderr = self.open_capture(Channel::Stderr)?;
        self.stdout = Some(stdout);
        self.stderr = Some(stderr);
        Ok(())
    }

    /// Opens one stream's capture with its syslog sinks; `Err` is the spawnerr text.
    fn open_capture(&self, channel: Channel) -> Result<StreamCapture, String> {
        let cfg = self.capture_config(channel);
        let mut c = StreamCapture::new(&cfg).map_err(|e| open_error(&self.config.name, &e))?;
        let syslog = self.syslog.as_deref();
        if let Some((sinks, Some(header))) =
            syslog.map(|s| &s[usize::from(channel == Channel::Stderr)])
        {
            if !sinks.is_empty() {
                c.attach_syslog(SyslogSinks::new(sinks, header.clone()));
            }
        }
        Ok(c)
    }

    /// Closes both captures (their counters are kept for the metrics); a JSON line still
    /// waiting for its newline is written first.
    pub fn close(&mut self) {
        self.deadline.set(None);
        for (i, slot) in [&mut self.stdout, &mut self.stderr].into_iter().enumerate() {
            if let Some(mut c) = slot.take() {
                for e in c.flush_partial() {
                    log::error!("{}: {e}", self.config.name);
                }
                self.closed_bytes_in[i] += c.bytes_in();
                self.closed_dropped += c.dropped_bytes();
                self.closed_syslog_dropped += c.syslog_sinks().map_or(0, SyslogSinks::dropped);
            }
        }
    }

    /// Writes the JSON lines still waiting for their newline (see
    /// `StreamCapture::flush_partial`); the errors to report.
    pub fn flush_partial(&mut self) -> Vec<LogError> {
        self.deadline.set(None);
        [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
            .flat_map(StreamCapture::flush_partial)
            .collect()
    }

    /// Whether a capture is open.
    pub fn is_open(&self) -> bool {
        self.stdout.is_some() || self.stderr.is_some()
    }

    /// Bytes received from the child on `channel`, over every spawn.
    pub fn bytes_in(&self, channel: Channel) -> u64 {
        let closed = self.closed_bytes_in[usize::from(channel == Channel::Stderr)];
        closed + self.capture(channel).map_or(0, StreamCapture::bytes_in)
    }

    /// Bytes dropped for write failures, both streams, over every spawn.
    pub fn dropped_bytes(&self) -> u64 {
        let open: u64 = [self.stdout.as_ref(), self.stderr.as_ref()]
            .into_iter()
            .flatten()
            .map(StreamCapture::dropped_bytes)
            .sum();
        self.closed_dropped + open
    }

    /// The capture of one stream (None while closed).
    pub fn capture(&self, channel: Channel) -> Option<&StreamCapture> {
        match channel {
            Channel::Stdout => self.stdout.as_ref(),
            Channel::Stderr => self.stderr.as_ref(),
        }
    }

    /// Mutable access to one stream's capture (clearProcessLogs, ...).
    pub fn capture_mut(&mut self, channel: Channel) -> Option<&mut StreamCapture> {
        self.deadline.set(None);
        match channel {
            Channel::Stdout => self.stdout.as_mut(),
            Channel::Stderr => self.stderr.as_mut(),
        }
    }

    /// Hands a chunk read from the child's pipe to the stream's capture.
    pub fn write(&mut self, channel: Channel, data: &[u8]) -> CaptureOutput {
        self.capture_mut(channel)
            .map(|c| c.write(data))
            .unwrap_or_default()
    }

    /// The stream reached EOF / the child is gone.
    pub fn finish(&mut self, channel: Channel) -> CaptureOutput {
        self.capture_mut(channel)
            .map(|c| c.finish())
            .unwrap_or_default()
    }

    /// SIGUSR2: reopen every sink.
    pub fn reopen(&mut self) -> Vec<LogError> {
        self.deadline.set(None);
        let mut errs = Vec::new();
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            errs.extend(c.reopen());
        }
        errs
    }

    /// The AUTO file created for a stream, if any.
    pub fn auto_file(&self, channel: Channel) -> Option<&Arc<Path>> {
        self.auto[usize::from(channel == Channel::Stderr)].as_ref()
    }

    /// The configured files of a stream (as `capture_config` has them, without building
    /// it: status calls ask for every process).
    fn paths(&self, channel: Channel) -> impl Iterator<Item = &Path> {
        let log = match channel {
            Channel::Stderr if self.config.redirect_stderr => None,
            Channel::Stdout => Some(&self.config.stdout.logfile),
            Channel::Stderr => Some(&self.config.stderr.logfile),
        };
        let (auto, list): (Option<&Path>, &[PathBuf]) = match log {
            Some(ChildLog::Auto) => (
                self.auto[usize::from(channel == Channel::Stderr)].as_deref(),
                &[],
            ),
            Some(ChildLog::Paths(p)) => (None, p),
            Some(ChildLog::None) | None => (None, &[]),
        };
        auto.into_iter().chain(list.iter().map(PathBuf::as_path))
    }

    /// The file getProcessInfo reports and RPC reads for a stream (`''` when none): the
    /// first regular file, whether the capture is open or not (closed, the first path that
    /// is not the daemon's own stdout/stderr: no syscall, status calls ask for every
    /// process).
    pub fn logfile(&self, channel: Channel) -> Option<PathBuf> {
        self.logfile_path(channel).map(Path::to_path_buf)
    }

    /// `logfile`, borrowed.
    pub fn logfile_path(&self, channel: Channel) -> Option<&Path> {
        match self.capture(channel) {
            Some(c) => c.logfile(),
            None => self
                .paths(channel)
                .find(|p| !crate::logging::log_path::is_stdio(p)),
        }
    }

    /// Whether a closed stream has files but none RPC can read: only `/dev/stdout` and the
    /// like, or a special file (reading a FIFO could block).
    fn special_only(&self, channel: Channel) -> bool {
        if self.paths(channel).next().is_none() {
            return false;
        }
        self.logfile(channel)
            .is_none_or(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_file()))
    }

    /// `readProcess*Log`: from the file by its path, so it works on a stopped process.
    pub fn read(&self, channel: Channel, offset: i64, length: i64) -> Result<Vec<u8>, ReadError> {
        match self.capture(channel) {
            Some(c) => c.read(offset, length),
            None if self.special_only(channel) => Err(ReadError::Failed),
            None => readlog::read_file(self.logfile(channel).as_deref(), offset, length),
        }
    }

    /// `tailProcess*Log`: from the file by its path, so it works on a stopped process.
    pub fn tail(&self, channel: Channel, offset: i64, length: i64) -> Tail {
        match self.capture(channel) {
            Some(c) => c.tail(offset, length),
            None if self.special_only(channel) => Tail {
                data: Vec::new(),
                offset,
                overflow: false,
            },
            None => readlog::tail_file(self.logfile(channel).as_deref(), offset, length),
        }
    }

    /// Earliest deadline of a sink: a file to retry or to rotate by time, a syslog server
    /// to connect to again.
    pub fn next_retry(&self) -> Option<Instant> {
        if !self.has_sinks {
            return None;
        }
        if let Some(known) = self.deadline.get() {
            return known;
        }
        let d = self.compute_next_retry();
        self.deadline.set(Some(d));
        d
    }

    fn compute_next_retry(&self) -> Option<Instant> {
        let captures = || {
            [self.stdout.as_ref(), self.stderr.as_ref()]
                .into_iter()
                .flatten()
        };
        let net = captures().filter_map(|c| c.syslog_sinks().and_then(SyslogSinks::next_retry));
        captures().filter_map(|c| c.next_retry()).chain(net).min()
    }

    /// The sockets of syslog sinks waiting to be writable (messages queued).
    pub fn syslog_write_fds(&self) -> Vec<i32> {
        if !self.has_syslog {
            return Vec::new();
        }
        [self.stdout.as_ref(), self.stderr.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|c| c.syslog_sinks())
            .flat_map(SyslogSinks::write_fds)
            .collect()
    }

    /// Writes what the syslog sinks queued, as far as their sockets take it.
    pub fn flush_syslog(&mut self, now: Instant) {
        self.deadline.set(None);
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            if let Some(net) = c.syslog_sinks_mut() {
                net.retry_due(now);
            }
        }
    }

    /// Messages the syslog sinks of both streams dropped, over every spawn.
    pub fn syslog_dropped(&self) -> u64 {
        let open: u64 = [self.stdout.as_ref(), self.stderr.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|c| c.syslog_sinks())
            .map(SyslogSinks::dropped)
            .sum();
        self.closed_syslog_dropped + open
    }

    /// Whether syslog messages wait to be sent (the captures are then kept open).
    pub fn syslog_pending(&self) -> bool {
        !self.syslog_write_fds().is_empty()
    }

    /// Retries failed sinks that are due.
    pub fn retry_due(&mut self, now: Instant) {
        self.deadline.set(None);
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            c.retry_due(now);
        }
        self.flush_syslog(now);
    }
}

#[cfg(test)]
mod tests {
    use super::Outputs;
    use crate::logging::Channel;
    use std::path::Path;

    /// The process configs of `programs` (program sections), read from `dir/s.conf`.
    fn configs(dir: &Path, programs: &str) -> Vec<std::sync::Arc<crate::config::ProcessConfig>> {
        std::fs::create_dir_all(dir).expect("mkdir");
        let conf = dir.join("s.conf");
        std::fs::write(&conf, format!("[supervisord]\n{programs}")).expect("write conf");
        let cfg = crate::config::load(&conf, &Default::default()).expect("config");
        cfg.groups.into_iter().flat_map(|g| g.processes).collect()
    }

    /// A process whose stdout and stderr logs are in two directories of `dir`.
    fn outputs(dir: &std::path::Path) -> Outputs {
        for sub in ["a", "b"] {
            std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
        }
        let pcs = configs(
            dir,
            "[program:p]\ncommand=/bin/true\n\
             stdout_logfile=%(here)s/a/out.log\nstderr_logfile=%(here)s/b/err.log\n",
        );
        Outputs::new(&pcs[0], dir, "test", false, false).0
    }

    #[test]
    fn the_known_deadline_is_forgotten_by_every_change() {
        let dir = std::env::temp_dir().join(format!("outputs-dl-{}", std::process::id()));
        let pcs = configs(
            &dir,
            "[program:p]\ncommand=/bin/true\n\
             stdout_logfile=%(here)s/out.log\nstdout_logfile_rotate=hourly\n",
        );
        let mut o = Outputs::new(&pcs[0], &dir, "test", false, false).0;
        // Closed: nothing to rotate (and that is remembered).
        assert_eq!(o.next_retry(), None);
        assert_eq!(o.next_retry(), None);
        // Opened: the hourly boundary is a deadline, though `None` was known before.
        o.ensure().expect("open");
        let at = o.next_retry().expect("rotation deadline");
        assert!(at <= std::time::Instant::now() + std::time::Duration::from_secs(3601));
        o.close();
        assert_eq!(o.next_retry(), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn opening_is_all_or_nothing_and_closing_keeps_the_counters() {
        let dir = std::env::temp_dir().join(format!("outputs-{}", std::process::id()));
        let mut o = outputs(&dir);
        assert!(!o.is_open(), "not opened when not asked to");
        // The stderr file cannot be created: the stdout one is not left open either.
        std::fs::remove_dir_all(dir.join("b")).expect("rm b");
        let err = o.ensure().expect_err("stderr log cannot open");
        assert!(err.contains("ENOENT"), "{err}");
        assert!(!o.is_open());
        std::fs::create_dir_all(dir.join("b")).expect("mkdir b");
        o.ensure().expect("both open");
        assert!(o.is_open());
        o.write(Channel::Stdout, b"hello\n");
        o.close();
        assert!(!o.is_open());
        // Counters and reads survive the close; reads go by path.
        assert_eq!(o.bytes_in(Channel::Stdout), 6);
        assert_eq!(o.read(Channel::Stdout, 0, 0).expect("read"), b"hello\n");
        assert_eq!(o.tail(Channel::Stdout, 0, 3).data, b"lo\n");
        o.ensure().expect("reopen");
        o.write(Channel::Stdout, b"again\n");
        assert_eq!(o.bytes_in(Channel::Stdout), 12);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn paths_without_building_match_the_capture_configs() {
        let dir = std::env::temp_dir().join(format!("outputs-paths-{}", std::process::id()));
        let pcs = configs(
            &dir,
            "[program:auto]\ncommand=/bin/true\n\
             [program:none]\ncommand=/bin/true\nstdout_logfile=NONE\nstderr_logfile=NONE\n\
             [program:redir]\ncommand=/bin/true\nredirect_stderr=true\n\
             stdout_logfile=%(here)s/r.log\nstderr_logfile=%(here)s/e.log\n\
             [program:list]\ncommand=/bin/true\nstdout_logfile=%(here)s/a.log, /dev/stdout\n",
        );
        let mut seen = 0;
        for pc in &pcs {
            let o = Outputs::new(pc, &dir, "test", false, false).0;
            for c in [Channel::Stdout, Channel::Stderr] {
                let built = o.capture_config(c).paths;
                let paths: Vec<&Path> = o.paths(c).collect();
                assert_eq!(paths, built, "{} {c:?}", pc.name);
                seen += paths.len();
            }
            match pc.name.as_str() {
                "auto" => assert!(o.auto.iter().all(Option::is_some) && o.has_sinks),
                "none" => assert!(!o.has_sinks),
                "redir" => assert!(o.paths(Channel::Stderr).next().is_none()),
                _ => assert_eq!(o.paths(Channel::Stdout).count(), 2),
            }
        }
        assert_eq!(
            seen,
            2 + 1 + 3,
            "AUTO pair, redirected stdout, the list and AUTO stderr"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
