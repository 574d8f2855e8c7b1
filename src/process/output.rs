//! Where a child's stdout/stderr bytes go: one `logging::StreamCapture` per stream
//! (files with rotation, syslog, capture mode, PROCESS_LOG events). AUTO log files are
//! created when the process is created (Python's `create_autochildlogs`); the captures
//! are opened then too, and re-tried at spawn if that failed — a failure there is the
//! spawn error `unknown error making dispatchers for 'x': ENOENT`, as in Python.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::syslog::SyslogSink;
use crate::config::ProcessConfig;
use crate::logging::syslog_frame::Header;
use crate::logging::syslog_net::SyslogSinks;
use crate::logging::{
    autolog, CaptureOutput, Channel, LogError, StreamCapture, StreamCaptureConfig,
};

/// Both output streams of one process.
#[derive(Debug)]
pub struct Outputs {
    name: String,
    stdout_cfg: StreamCaptureConfig,
    stderr_cfg: StreamCaptureConfig,
    stdout: Option<StreamCapture>,
    stderr: Option<StreamCapture>,
    /// The `syslog` items of each stream's sink list and their message headers.
    syslog: [(Vec<SyslogSink>, Header); 2],
}

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
    /// Creates the AUTO files and opens both captures. Problems are returned as log lines
    /// (the captures are retried at spawn).
    pub fn new(
        cfg: &ProcessConfig,
        childlogdir: &Path,
        identifier: &str,
        strip_ansi: bool,
    ) -> (Outputs, Vec<String>) {
        let mut problems = Vec::new();
        let (auto_out, auto_err) = match autolog::create_auto_logs(cfg, childlogdir, identifier) {
            Ok(pair) => pair,
            Err(e) => {
                problems.push(format!(
                    "could not create AUTO log for {} in {}: {e}",
                    cfg.name,
                    childlogdir.display()
                ));
                (None, None)
            }
        };
        let mut stdout_cfg =
            StreamCaptureConfig::for_process(cfg, Channel::Stdout, auto_out.as_deref(), strip_ansi);
        if cfg.section_kind == "eventlistener" {
            // events: a listener's stdout is the protocol channel, only copied to its log
            // (no capture mode, no PROCESS_LOG events), as in Python.
            stdout_cfg.capture_maxbytes = 0;
            stdout_cfg.events_enabled = false;
        }
        let mut stderr_cfg =
            StreamCaptureConfig::for_process(cfg, Channel::Stderr, auto_err.as_deref(), strip_ansi);
        if cfg.redirect_stderr {
            stderr_cfg.paths = Vec::new();
        }
        let stderr_sinks = if cfg.redirect_stderr {
            Vec::new()
        } else {
            cfg.stderr.syslog_sinks.clone()
        };
        let mut outputs = Outputs {
            name: cfg.name.clone(),
            stdout_cfg,
            stderr_cfg,
            stdout: None,
            stderr: None,
            syslog: [
                (
                    cfg.stdout.syslog_sinks.clone(),
                    syslog_header(cfg, Channel::Stdout),
                ),
                (stderr_sinks, syslog_header(cfg, Channel::Stderr)),
            ],
        };
        if let Err(e) = outputs.ensure() {
            problems.push(e);
        }
        (outputs, problems)
    }

    /// Opens whichever capture is not open yet; `Err` is the spawnerr text.
    pub fn ensure(&mut self) -> Result<(), String> {
        for (i, channel) in [Channel::Stdout, Channel::Stderr].into_iter().enumerate() {
            let (slot, cfg) = match channel {
                Channel::Stdout => (&mut self.stdout, &self.stdout_cfg),
                Channel::Stderr => (&mut self.stderr, &self.stderr_cfg),
            };
            if slot.is_none() {
                let mut c = StreamCapture::new(cfg).map_err(|e| open_error(&self.name, &e))?;
                let (sinks, header) = &self.syslog[i];
                if !sinks.is_empty() {
                    c.attach_syslog(SyslogSinks::new(sinks, header.clone()));
                }
                *slot = Some(c);
            }
        }
        Ok(())
    }

    /// The capture of one stream (None only if it could not be opened).
    pub fn capture(&self, channel: Channel) -> Option<&StreamCapture> {
        match channel {
            Channel::Stdout => self.stdout.as_ref(),
            Channel::Stderr => self.stderr.as_ref(),
        }
    }

    /// Mutable access to one stream's capture (clearProcessLogs, ...).
    pub fn capture_mut(&mut self, channel: Channel) -> Option<&mut StreamCapture> {
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
        let mut errs = Vec::new();
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            errs.extend(c.reopen());
        }
        errs
    }

    /// The file getProcessInfo reports for a stream (`''` when none).
    pub fn logfile(&self, channel: Channel) -> Option<PathBuf> {
        match self.capture(channel) {
            Some(c) => c.logfile().map(Path::to_path_buf),
            None => match channel {
                Channel::Stdout => self.stdout_cfg.paths.first().cloned(),
                Channel::Stderr => self.stderr_cfg.paths.first().cloned(),
            },
        }
    }

    /// Earliest retry deadline of a failed sink (a file to retry, a syslog server to
    /// connect to again).
    pub fn next_retry(&self) -> Option<Instant> {
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
        [self.stdout.as_ref(), self.stderr.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|c| c.syslog_sinks())
            .flat_map(SyslogSinks::write_fds)
            .collect()
    }

    /// Writes what the syslog sinks queued, as far as their sockets take it.
    pub fn flush_syslog(&mut self, now: Instant) {
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            if let Some(net) = c.syslog_sinks_mut() {
                net.retry_due(now);
            }
        }
    }

    /// Messages the syslog sinks of both streams dropped.
    pub fn syslog_dropped(&self) -> u64 {
        [self.stdout.as_ref(), self.stderr.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|c| c.syslog_sinks())
            .map(SyslogSinks::dropped)
            .sum()
    }

    /// Retries failed sinks that are due.
    pub fn retry_due(&mut self, now: Instant) {
        for c in [self.stdout.as_mut(), self.stderr.as_mut()]
            .into_iter()
            .flatten()
        {
            c.retry_due(now);
        }
        self.flush_syslog(now);
    }
}
