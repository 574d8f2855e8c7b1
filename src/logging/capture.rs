//! Child output capture: one [`StreamCapture`] per stream (stdout or stderr) of a process.
//!
//! The event loop hands every chunk read from the pipe to [`StreamCapture::write`]; it is
//! written verbatim (Python writes chunks, no prefixes) to every sink of the stream's
//! `*_logfile` (a list: e.g. a file and `/dev/stdout`), optionally with ANSI escapes
//! removed (`strip_ansi`, Python's `stripEscapes`, applied per chunk as Python does) and
//! a timestamp before each line (extension `log_timestamps`), or as JSON lines (extension
//! `*_logfile_format = json`, [`super::jsonlines`]); the files are [`super::filesinks`].
//! Rotation never splits a line (see [`super::rotate`]); nothing is buffered for plain
//! files, so the fast path is a plain `write(2)` per sink and chunk.
//!
//! Capture mode (`*_capture_maxbytes > 0`, Python's `POutputDispatcher.record_output`):
//! `<!--XSUPERVISOR:BEGIN-->` switches to an in-memory buffer bounded like Python's
//! `BoundIO`, `<!--XSUPERVISOR:END-->` ends it and yields
//! [`CaptureEvent::Communication`]. Tokens are removed; captured data does not reach the
//! log files. As in Python's code, PROCESS_LOG events ([`CaptureEvent::Log`], when
//! `*_events_enabled`) are produced per chunk in both modes. Difference: Python holds
//! back any pending data of at most token length until more arrives (and loses it at
//! EOF); we hold back only a trailing partial token and [`StreamCapture::finish`]
//! flushes it.
//!
//! `*_syslog`: each complete line goes to syslog as `<procname> <line>` (a partial line
//! is kept up to 64 KiB, flushed by `finish`). If the main log is at DEBG or chattier,
//! each chunk is also logged there as `'<name>' stdout output:\n<data>`.
//!
//! RPC reads go to the log FILE ([`StreamCapture::read`], [`StreamCapture::tail`]), as in
//! Python; a NONE log has no file (NO_FILE / empty tail).

use super::filesinks::{FileSinks, LineStyle};
use super::jsonlines::JsonLines;
use super::readlog::{ReadError, Tail};
use super::syslog_net::SyslogSinks;
use super::{memchr, syslog, LogError};
use crate::config::model::{ChildLog, LogFormat, ProcessConfig, StreamLog};
use crate::events::types::{communication_payload, log_payload, EventType};
use std::path::{Path, PathBuf};

#[path = "capture_carry.rs"]
mod carry;
pub use carry::CaptureCarry;

/// Start token of capture mode.
pub const BEGIN_TOKEN: &[u8] = b"<!--XSUPERVISOR:BEGIN-->";
/// End token of capture mode.
pub const END_TOKEN: &[u8] = b"<!--XSUPERVISOR:END-->";
/// A partial line kept for syslog is sent anyway beyond this size.
pub const SYSLOG_LINE_LIMIT: usize = 64 * 1024;

/// Which stream of the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Stdout,
    Stderr,
}

impl Channel {
    /// `stdout` / `stderr`, as in messages, AUTO names and event names.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Stdout => "stdout",
            Channel::Stderr => "stderr",
        }
    }
}

/// An event payload produced by a write; the event-listener code wraps it with the
/// process name, group, pid and channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureEvent {
    /// PROCESS_LOG_STDOUT / PROCESS_LOG_STDERR: the chunk (after strip_ansi).
    Log(Vec<u8>),
    /// PROCESS_COMMUNICATION_STDOUT / _STDERR: data between the capture tokens.
    Communication(Vec<u8>),
}

impl CaptureEvent {
    /// The event type for a stream (`PROCESS_LOG_STDOUT`, `PROCESS_COMMUNICATION_STDERR`, ...).
    pub fn event_type(&self, channel: Channel) -> EventType {
        match (self, channel) {
            (CaptureEvent::Log(_), Channel::Stdout) => EventType::ProcessLogStdout,
            (CaptureEvent::Log(_), Channel::Stderr) => EventType::ProcessLogStderr,
            (CaptureEvent::Communication(_), Channel::Stdout) => {
                EventType::ProcessCommunicationStdout
            }
            (CaptureEvent::Communication(_), Channel::Stderr) => {
                EventType::ProcessCommunicationStderr
            }
        }
    }

    /// The full event payload (header fields + data), via `events::types`.
    pub fn payload(&self, process: &str, group: &str, pid: i32, channel: Channel) -> Vec<u8> {
        match self {
            CaptureEvent::Log(d) => log_payload(process, group, pid, channel.name(), d),
            CaptureEvent::Communication(d) => communication_payload(process, group, pid, d),
        }
    }
}

/// What one call produced: events to deliver and log-file errors to report (each error
/// is reported once per failure episode; the caller logs it, e.g. at ERRO).
#[derive(Debug, Default)]
pub struct CaptureOutput {
    pub events: Vec<CaptureEvent>,
    pub errors: Vec<LogError>,
}

/// Everything a [`StreamCapture`] needs, with AUTO already resolved to a path.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamCaptureConfig {
    pub process_name: String,
    /// The program (group) name, for JSON lines.
    pub program: String,
    pub channel: Channel,
    /// The sinks; empty = NONE. The first regular file is the one RPC reads.
    pub paths: Vec<PathBuf>,
    pub maxbytes: u64,
    pub backups: u32,
    /// Time rotation, naming, compression, retention.
    pub pipe: crate::config::logpipe::LogPipe,
    pub syslog: bool,
    pub capture_maxbytes: u64,
    pub events_enabled: bool,
    pub strip_ansi: bool,
    pub timestamps: bool,
    /// `*_logfile_format`: text (as read, or with `timestamps`) or JSON lines.
    pub format: LogFormat,
}

impl StreamCaptureConfig {
    /// Builds the config from a process's `StreamLog`; `auto_path` is the AUTO file created
    /// by [`super::autolog::create_auto_log`] (ignored unless the logfile is AUTO).
    pub fn from_stream_log(
        process_name: &str,
        channel: Channel,
        log: &StreamLog,
        auto_path: Option<&Path>,
        strip_ansi: bool,
        timestamps: bool,
    ) -> StreamCaptureConfig {
        let paths = match &log.logfile {
            ChildLog::Auto => auto_path.map(|p| vec![p.to_path_buf()]).unwrap_or_default(),
            ChildLog::None => Vec::new(),
            ChildLog::Paths(p) => p.clone(),
        };
        StreamCaptureConfig {
            process_name: process_name.to_string(),
            program: process_name.to_string(),
            channel,
            paths,
            maxbytes: log.maxbytes,
            backups: log.backups,
            pipe: log.pipe,
            syslog: log.syslog,
            capture_maxbytes: log.capture_maxbytes,
            events_enabled: log.events_enabled,
            strip_ansi,
            timestamps,
            format: LogFormat::Text,
        }
    }

    /// How the files are written: JSON lines win over timestamps.
    fn line_style(&self) -> LineStyle {
        match self.format {
            LogFormat::Json => LineStyle::Json(Box::new(JsonLines::new(
                &self.program,
                &self.process_name,
                self.channel.name(),
                self.maxbytes,
            ))),
            LogFormat::Text if self.timestamps => LineStyle::Timestamps,
            LogFormat::Text => LineStyle::Plain,
        }
    }
}

impl StreamCaptureConfig {
    /// The config of one stream of `p`: picks `p.stdout`/`p.stderr`, the AUTO path made by
    /// [`super::autolog::create_auto_logs`], and `log_timestamps` from the extensions.
    /// `strip_ansi` is `[supervisord] strip_ansi`; the format is `*_logfile_format`.
    pub fn for_process(
        p: &ProcessConfig,
        channel: Channel,
        auto_path: Option<&Path>,
        strip_ansi: bool,
    ) -> StreamCaptureConfig {
        let (log, format) = match channel {
            Channel::Stdout => (&p.stdout, p.ext.stdout_logfile_format),
            Channel::Stderr => (&p.stderr, p.ext.stderr_logfile_format),
        };
        let mut c = StreamCaptureConfig::from_stream_log(
            &p.name,
            channel,
            log,
            auto_path,
            strip_ansi,
            p.ext.log_timestamps,
        );
        c.program.clone_from(&p.program);
        c.format = format;
        c
    }
}

/// Capture-mode state (only when `capture_maxbytes > 0`).
#[derive(Debug)]
struct CaptureMode {
    maxbytes: usize,
    active: bool,
    /// Python's capturelog `BoundIO` buffer.
    buf: Vec<u8>,
    /// Python's `output_buffer`: data not yet examined for tokens.
    pending: Vec<u8>,
}

/// One stream of one process: sinks, capture mode, events and counters.
#[derive(Debug)]
pub struct StreamCapture {
    name: String,
    channel: Channel,
    files: FileSinks,
    syslog: bool,
    syslog_prefix: Vec<u8>,
    syslog_partial: Vec<u8>,
    /// `syslog` / `syslog @host` items of the sink list ([`super::syslog_net`]).
    /// Boxed: most processes have none, and the table holds thousands of captures.
    net: Option<Box<SyslogSinks>>,
    events_enabled: bool,
    strip_ansi: bool,
    capture: Option<CaptureMode>,
    scratch: Vec<u8>,
    bytes_in: u64,
}

/// Python's `stripEscapes`: drop `ESC [` up to and including the next terminator letter
/// (`HfABCDRsuJKhlpm`); an unterminated sequence swallows the rest of the chunk.
pub fn strip_ansi_into(s: &[u8], out: &mut Vec<u8>) {
    const TERMINATORS: &[u8] = b"HfABCDRsuJKhlpm";
    let mut i = 0;
    while i < s.len() {
        let Some(n) = find(&s[i..], b"\x1b[") else {
            out.extend_from_slice(&s[i..]);
            return;
        };
        out.extend_from_slice(&s[i..i + n]);
        // Python skips the ESC, then looks for a terminator from the '[' on.
        let mut j = i + n + 1;
        while j < s.len() && !TERMINATORS.contains(&s[j]) {
            j += 1;
        }
        i = j + 1;
    }
}

/// First position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut from = 0;
    while from + needle.len() <= hay.len() {
        let i = from + memchr(first, &hay[from..hay.len() - needle.len() + 1])?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Python's `find_prefix_at_end`: length of the longest proper prefix of `needle` that
/// `hay` ends with.
fn prefix_at_end(hay: &[u8], needle: &[u8]) -> usize {
    let mut l = needle.len().saturating_sub(1);
    while l > 0 && !hay.ends_with(&needle[..l]) {
        l -= 1;
    }
    l
}

/// Python's `BoundIO.write`: if the new data would exceed the bound, drop as many bytes
/// from the front as are being added.
fn bound_write(buf: &mut Vec<u8>, maxbytes: usize, data: &[u8]) {
    if buf.len() + data.len() > maxbytes {
        let cut = data.len().min(buf.len());
        buf.drain(..cut);
    }
    buf.extend_from_slice(data);
}

impl StreamCapture {
    /// Opens every sink (a failure is a spawn error in Python: "unknown error making
    /// dispatchers for 'x': ...").
    pub fn new(cfg: &StreamCaptureConfig) -> Result<StreamCapture, LogError> {
        let files = FileSinks::open(
            &cfg.paths,
            cfg.maxbytes,
            cfg.backups,
            cfg.pipe,
            cfg.line_style(),
        )?;
        let capture = (cfg.capture_maxbytes > 0).then(|| CaptureMode {
            maxbytes: usize::try_from(cfg.capture_maxbytes).unwrap_or(usize::MAX),
            active: false,
            buf: Vec::new(),
            pending: Vec::new(),
        });
        Ok(StreamCapture {
            name: cfg.process_name.clone(),
            channel: cfg.channel,
            files,
            syslog: cfg.syslog,
            // Only `syslog` sends it.
            syslog_prefix: if cfg.syslog {
                format!("{} ", cfg.process_name).into_bytes()
            } else {
                Vec::new()
            },
            syslog_partial: Vec::new(),
            net: None,
            events_enabled: cfg.events_enabled,
            strip_ansi: cfg.strip_ansi,
            capture,
            scratch: Vec::new(),
            bytes_in: 0,
        })
    }

    /// Handles one chunk read from the child's pipe.
    pub fn write(&mut self, data: &[u8]) -> CaptureOutput {
        let mut out = CaptureOutput::default();
        self.bytes_in += data.len() as u64;
        if self.capture.is_none() {
            self.log_chunk(data, &mut out);
            return out;
        }
        if let Some(c) = self.capture.as_mut() {
            c.pending.extend_from_slice(data);
        }
        self.record_output(&mut out, false);
        out
    }

    /// Python's `record_output` loop over the pending buffer.
    fn record_output(&mut self, out: &mut CaptureOutput, at_eof: bool) {
        loop {
            let Some(c) = self.capture.as_mut() else {
                return;
            };
            let token = if c.active { END_TOKEN } else { BEGIN_TOKEN };
            let data = std::mem::take(&mut c.pending);
            if data.is_empty() {
                return;
            }
            match find(&data, token) {
                Some(pos) => {
                    self.log_chunk(&data[..pos], out);
                    self.toggle_capture(out);
                    if let Some(c) = self.capture.as_mut() {
                        c.pending = data[pos + token.len()..].to_vec();
                    }
                }
                None => {
                    let keep = if at_eof {
                        0
                    } else {
                        prefix_at_end(&data, token)
                    };
                    self.log_chunk(&data[..data.len() - keep], out);
                    if let Some(c) = self.capture.as_mut() {
                        c.pending = data[data.len() - keep..].to_vec();
                    }
                    return;
                }
            }
        }
    }

    fn toggle_capture(&mut self, out: &mut CaptureOutput) {
        let Some(c) = self.capture.as_mut() else {
            return;
        };
        c.active = !c.active;
        if !c.active {
            let data = std::mem::take(&mut c.buf);
            out.events.push(CaptureEvent::Communication(data));
            log::debug!(
                "'{}' {} emitted a comm event",
                self.name,
                self.channel.name()
            );
        }
    }

    /// Python's `_log`: one piece of output to the current destination, main log, events.
    fn log_chunk(&mut self, data: &[u8], out: &mut CaptureOutput) {
        if data.is_empty() {
            return;
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        let data: &[u8] = if self.strip_ansi && memchr(0x1b, data).is_some() {
            scratch.clear();
            strip_ansi_into(data, &mut scratch);
            &scratch
        } else {
            data
        };
        if data.is_empty() {
            self.scratch = scratch;
            return;
        }
        match self.capture.as_mut() {
            Some(c) if c.active => bound_write(&mut c.buf, c.maxbytes, data),
            _ => self.write_normal(data, out),
        }
        if log::log_enabled!(log::Level::Debug) {
            let text = match std::str::from_utf8(data) {
                Ok(t) => t.to_string(),
                Err(_) => format!("Undecodable: {}", crate::events::types::py_bytes_repr(data)),
            };
            log::debug!("'{}' {} output:\n{}", self.name, self.channel.name(), text);
        }
        if self.events_enabled {
            out.events.push(CaptureEvent::Log(data.to_vec()));
        }
        self.scratch = scratch;
    }

    /// Writes to every file and syslog.
    fn write_normal(&mut self, data: &[u8], out: &mut CaptureOutput) {
        self.files.write(data, &mut out.errors);
        if self.syslog || self.net.is_some() {
            self.syslog_lines(data);
        }
    }

    fn syslog_lines(&mut self, data: &[u8]) {
        let mut rest = data;
        while let Some(i) = memchr(b'\n', rest) {
            let mut line = std::mem::take(&mut self.syslog_partial);
            line.extend_from_slice(&rest[..i]);
            self.send_syslog(&line);
            line.clear();
            self.syslog_partial = line;
            rest = &rest[i + 1..];
        }
        self.syslog_partial.extend_from_slice(rest);
        if self.syslog_partial.len() >= SYSLOG_LINE_LIMIT {
            let line = std::mem::take(&mut self.syslog_partial);
            self.send_syslog(&line);
        }
    }

    fn send_syslog(&mut self, line: &[u8]) {
        if let Some(net) = &mut self.net {
            net.send_line(line);
        }
        if !self.syslog {
            return;
        }
        let mut msg = Vec::with_capacity(self.syslog_prefix.len() + line.len());
        msg.extend_from_slice(&self.syslog_prefix);
        msg.extend_from_slice(line);
        syslog::send(&msg);
    }

    /// Sends every complete line to these syslog sinks too (`syslog` items of the list).
    pub fn attach_syslog(&mut self, sinks: SyslogSinks) {
        self.net = Some(Box::new(sinks));
    }

    /// The syslog sinks of the list (their queue, descriptors and drops).
    pub fn syslog_sinks(&self) -> Option<&SyslogSinks> {
        self.net.as_deref()
    }

    /// Mutable access to the syslog sinks of the list (flushing them).
    pub fn syslog_sinks_mut(&mut self) -> Option<&mut SyslogSinks> {
        self.net.as_deref_mut()
    }

    /// The child's pipe reached EOF (or the process is gone): log data held back for token
    /// matching, send a partial syslog line, perform a rotation deferred to the end of a line.
    pub fn finish(&mut self) -> CaptureOutput {
        let mut out = CaptureOutput::default();
        self.record_output(&mut out, true);
        if let Some(c) = self.capture.as_mut() {
            // Python drops an unterminated capture at exit (no event); so do we.
            c.active = false;
            c.buf.clear();
        }
        if !self.syslog_partial.is_empty() {
            let line = std::mem::take(&mut self.syslog_partial);
            self.send_syslog(&line);
        }
        self.files.end_of_stream(&mut out.errors);
        out
    }

    /// The log is being closed: a JSON line still waiting for its newline is written.
    pub fn flush_partial(&mut self) -> Vec<LogError> {
        let mut errors = Vec::new();
        self.files.flush_partial(&mut errors);
        errors
    }

    /// SIGUSR2 / logrotate: close and re-open every sink.
    pub fn reopen(&mut self) -> Vec<LogError> {
        self.files.reopen()
    }

    /// `clearProcessLogs`: remove and re-open each log file (backups untouched, as Python)
    /// and empty the capture buffer.
    pub fn clear(&mut self) -> Vec<LogError> {
        if let Some(c) = self.capture.as_mut() {
            c.buf.clear();
        }
        self.files.clear()
    }

    /// Retries failed sinks whose retry deadline has passed (writes also retry by themselves).
    pub fn retry_due(&mut self, now: std::time::Instant) {
        self.files.retry_due(now);
    }

    /// The earliest deadline of a sink: a retry after a failure or a time rotation.
    pub fn next_retry(&self) -> Option<std::time::Instant> {
        self.files.next_retry()
    }

    /// The file RPC reads (`readProcess*Log`, `tailProcess*Log`): the first regular-file sink.
    pub fn logfile(&self) -> Option<&Path> {
        self.files.logfile()
    }

    /// `readProcess*Log(offset, length)` on [`StreamCapture::logfile`]. NONE → NO_FILE;
    /// only special sinks (`/dev/stdout`) → FAILED (Python's seek on them fails).
    pub fn read(&self, offset: i64, length: i64) -> Result<Vec<u8>, ReadError> {
        self.files.read(offset, length)
    }

    /// `tailProcess*Log(offset, length)` on [`StreamCapture::logfile`]. NONE → `("", 0,
    /// false)`; only special sinks → `("", offset, false)` (Python's failed seek).
    pub fn tail(&self, offset: i64, length: i64) -> Tail {
        self.files.tail(offset, length)
    }

    /// Bytes received from the child.
    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    /// Bytes written to the first sink (0 without sinks).
    pub fn bytes_written(&self) -> u64 {
        self.files.bytes_written()
    }

    /// Bytes dropped by all sinks because of write failures.
    pub fn dropped_bytes(&self) -> u64 {
        self.files.dropped_bytes()
    }

    /// The channel.
    pub fn channel(&self) -> Channel {
        self.channel
    }

    /// True while inside `<!--XSUPERVISOR:BEGIN-->` … `END`.
    pub fn in_capture_mode(&self) -> bool {
        self.capture.as_ref().is_some_and(|c| c.active)
    }
}

#[cfg(test)]
#[path = "capture_tests.rs"]
mod tests;
