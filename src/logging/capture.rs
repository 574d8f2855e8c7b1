//! Child output capture: one [`StreamCapture`] per stream (stdout or stderr) of a process.
//!
//! The event loop hands every chunk read from the pipe to [`StreamCapture::write`]; it is
//! written verbatim (Python writes chunks, no prefixes) to every sink of the stream's
//! `*_logfile` (a list: e.g. a file and `/dev/stdout`), optionally with ANSI escapes
//! removed (`strip_ansi`, Python's `stripEscapes`, applied per chunk as Python does) and
//! a timestamp before each line (extension `log_timestamps`). Rotation never splits a
//! line (see [`super::rotate`]); nothing is buffered for the files, so the fast path is a
//! plain `write(2)` per sink and chunk.
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

use super::readlog::{read_file, tail_file, ReadError, Tail};
use super::rotate::RotatingFile;
use super::syslog_net::SyslogSinks;
use super::timefmt::TimestampCache;
use super::{memchr, syslog, LogError};
use crate::config::model::{ChildLog, ProcessConfig, StreamLog};
use crate::events::types::{communication_payload, log_payload, EventType};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

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
        }
    }
}

impl StreamCaptureConfig {
    /// The config of one stream of `p`: picks `p.stdout`/`p.stderr`, the AUTO path made by
    /// [`super::autolog::create_auto_logs`], and `log_timestamps` from the extensions.
    /// `strip_ansi` is `[supervisord] strip_ansi`.
    pub fn for_process(
        p: &ProcessConfig,
        channel: Channel,
        auto_path: Option<&Path>,
        strip_ansi: bool,
    ) -> StreamCaptureConfig {
        let log = match channel {
            Channel::Stdout => &p.stdout,
            Channel::Stderr => &p.stderr,
        };
        StreamCaptureConfig::from_stream_log(
            &p.name,
            channel,
            log,
            auto_path,
            strip_ansi,
            p.ext.log_timestamps,
        )
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
    sinks: Vec<RotatingFile>,
    syslog: bool,
    syslog_prefix: Vec<u8>,
    syslog_partial: Vec<u8>,
    /// `syslog` / `syslog @host` items of the sink list ([`super::syslog_net`]).
    net: Option<SyslogSinks>,
    events_enabled: bool,
    strip_ansi: bool,
    timestamps: bool,
    ts_cache: TimestampCache,
    at_line_start: bool,
    capture: Option<CaptureMode>,
    scratch: Vec<u8>,
    stamped: Vec<u8>,
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
        let mut sinks = Vec::with_capacity(cfg.paths.len());
        for p in &cfg.paths {
            sinks.push(RotatingFile::open_with(
                p,
                cfg.maxbytes,
                cfg.backups,
                cfg.pipe,
            )?);
        }
        let capture = (cfg.capture_maxbytes > 0).then(|| CaptureMode {
            maxbytes: usize::try_from(cfg.capture_maxbytes).unwrap_or(usize::MAX),
            active: false,
            buf: Vec::new(),
            pending: Vec::new(),
        });
        Ok(StreamCapture {
            name: cfg.process_name.clone(),
            channel: cfg.channel,
            sinks,
            syslog: cfg.syslog,
            syslog_prefix: format!("{} ", cfg.process_name).into_bytes(),
            syslog_partial: Vec::new(),
            net: None,
            events_enabled: cfg.events_enabled,
            strip_ansi: cfg.strip_ansi,
            timestamps: cfg.timestamps,
            ts_cache: TimestampCache::default(),
            at_line_start: true,
            capture,
            scratch: Vec::new(),
            stamped: Vec::new(),
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

    /// Writes to every sink (with timestamps if asked) and syslog.
    fn write_normal(&mut self, data: &[u8], out: &mut CaptureOutput) {
        let mut stamped = std::mem::take(&mut self.stamped);
        let bytes: &[u8] = if self.timestamps {
            stamped.clear();
            let now = SystemTime::now();
            let mut rest = data;
            while !rest.is_empty() {
                if self.at_line_start {
                    self.ts_cache.push_prefix(&mut stamped, now);
                    self.at_line_start = false;
                }
                match memchr(b'\n', rest) {
                    Some(i) => {
                        stamped.extend_from_slice(&rest[..=i]);
                        rest = &rest[i + 1..];
                        self.at_line_start = true;
                    }
                    None => {
                        stamped.extend_from_slice(rest);
                        break;
                    }
                }
            }
            &stamped
        } else {
            data
        };
        for sink in &mut self.sinks {
            if let Err(e) = sink.write(bytes) {
                out.errors.push(e);
            }
        }
        if self.syslog || self.net.is_some() {
            self.syslog_lines(data);
        }
        self.stamped = stamped;
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
        self.net = Some(sinks);
    }

    /// The syslog sinks of the list (their queue, descriptors and drops).
    pub fn syslog_sinks(&self) -> Option<&SyslogSinks> {
        self.net.as_ref()
    }

    /// Mutable access to the syslog sinks of the list (flushing them).
    pub fn syslog_sinks_mut(&mut self) -> Option<&mut SyslogSinks> {
        self.net.as_mut()
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
        self.at_line_start = true;
        for sink in &mut self.sinks {
            if let Err(e) = sink.end_of_stream() {
                out.errors.push(e);
            }
        }
        out
    }

    /// SIGUSR2 / logrotate: close and re-open every sink.
    pub fn reopen(&mut self) -> Vec<LogError> {
        self.sinks
            .iter_mut()
            .filter_map(|s| s.reopen().err())
            .collect()
    }

    /// `clearProcessLogs`: remove and re-open each log file (backups untouched, as Python)
    /// and empty the capture buffer.
    pub fn clear(&mut self) -> Vec<LogError> {
        if let Some(c) = self.capture.as_mut() {
            c.buf.clear();
        }
        self.sinks
            .iter_mut()
            .filter_map(|s| s.clear().err())
            .collect()
    }

    /// Retries failed sinks whose retry deadline has passed (writes also retry by themselves).
    pub fn retry_due(&mut self, now: std::time::Instant) {
        for s in &mut self.sinks {
            s.on_timer(now);
        }
    }

    /// The earliest deadline of a sink: a retry after a failure or a time rotation.
    pub fn next_retry(&self) -> Option<std::time::Instant> {
        self.sinks.iter().filter_map(|s| s.next_deadline()).min()
    }

    /// The file RPC reads (`readProcess*Log`, `tailProcess*Log`): the first regular-file sink.
    pub fn logfile(&self) -> Option<&Path> {
        self.sinks.iter().find(|s| s.is_regular()).map(|s| s.path())
    }

    /// `readProcess*Log(offset, length)` on [`StreamCapture::logfile`]. NONE → NO_FILE;
    /// only special sinks (`/dev/stdout`) → FAILED (Python's seek on them fails).
    pub fn read(&self, offset: i64, length: i64) -> Result<Vec<u8>, ReadError> {
        if self.logfile().is_none() && !self.sinks.is_empty() {
            return Err(ReadError::Failed);
        }
        read_file(self.logfile(), offset, length)
    }

    /// `tailProcess*Log(offset, length)` on [`StreamCapture::logfile`]. NONE → `("", 0,
    /// false)`; only special sinks → `("", offset, false)` (Python's failed seek).
    pub fn tail(&self, offset: i64, length: i64) -> Tail {
        if self.logfile().is_none() && !self.sinks.is_empty() {
            return Tail {
                data: Vec::new(),
                offset,
                overflow: false,
            };
        }
        tail_file(self.logfile(), offset, length)
    }

    /// Bytes received from the child.
    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    /// Bytes written to the first sink (0 without sinks).
    pub fn bytes_written(&self) -> u64 {
        self.sinks.first().map_or(0, |s| s.written_bytes())
    }

    /// Bytes dropped by all sinks because of write failures.
    pub fn dropped_bytes(&self) -> u64 {
        self.sinks.iter().map(|s| s.dropped_bytes()).sum()
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
mod tests {
    use super::*;
    use crate::logging::test_dir;
    use std::fs;

    fn cfg(paths: Vec<PathBuf>) -> StreamCaptureConfig {
        StreamCaptureConfig {
            process_name: "web".into(),
            channel: Channel::Stdout,
            paths,
            maxbytes: 0,
            backups: 0,
            pipe: Default::default(),
            syslog: false,
            capture_maxbytes: 0,
            events_enabled: false,
            strip_ansi: false,
            timestamps: false,
        }
    }

    fn strip(s: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        strip_ansi_into(s, &mut v);
        v
    }

    /// Expected values measured with Python supervisor 4.3.0's `dispatchers.stripEscapes`.
    #[test]
    fn strip_ansi_matches_python() {
        assert_eq!(strip(b"\x1b[34mHello\x1b[0m world"), b"Hello world");
        assert_eq!(strip(b"a\x1b[1;31mb\x1b[Kc"), b"abc");
        assert_eq!(strip(b"tail\x1b[12"), b"tail");
        assert_eq!(strip(b"x\x1b]0;title\x07y"), b"x\x1b]0;title\x07y");
        assert_eq!(strip(b"\x1b[\x1b[mz"), b"z");
        assert_eq!(strip(b"plain"), b"plain");
    }

    #[test]
    fn token_helpers() {
        assert_eq!(find(b"abcabd", b"abd"), Some(3));
        assert_eq!(find(b"ab", b"abd"), None);
        assert_eq!(prefix_at_end(b"xx<!--XSUP", BEGIN_TOKEN), 8);
        assert_eq!(prefix_at_end(b"xx", BEGIN_TOKEN), 0);
        let mut b = b"abcdef".to_vec();
        bound_write(&mut b, 8, b"xyz");
        assert_eq!(b, b"defxyz");
    }

    #[test]
    fn writes_every_sink_and_strips_ansi() {
        let d = test_dir("cap-sinks");
        let (a, b) = (d.join("a.log"), d.join("b.log"));
        let mut c = cfg(vec![a.clone(), b.clone()]);
        c.strip_ansi = true;
        c.events_enabled = true;
        let mut cap = StreamCapture::new(&c).unwrap();
        let out = cap.write(b"\x1b[31mred\x1b[0m line\n");
        assert_eq!(out.events, vec![CaptureEvent::Log(b"red line\n".to_vec())]);
        assert!(out.errors.is_empty());
        assert_eq!(fs::read(&a).unwrap(), b"red line\n");
        assert_eq!(fs::read(&b).unwrap(), b"red line\n");
        assert_eq!(cap.bytes_in(), 18);
        assert_eq!(cap.bytes_written(), 9);
        assert_eq!(cap.logfile(), Some(a.as_path()));
    }

    #[test]
    fn timestamps_prefix_each_line_across_chunks() {
        let d = test_dir("cap-ts");
        let a = d.join("a.log");
        let mut c = cfg(vec![a.clone()]);
        c.timestamps = true;
        let mut cap = StreamCapture::new(&c).unwrap();
        cap.write(b"one\ntw");
        cap.write(b"o\nthree\n");
        let s = fs::read_to_string(&a).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3, "{s}");
        for (l, want) in lines.iter().zip(["one", "two", "three"]) {
            assert_eq!(l.len(), 24 + want.len(), "{l}");
            assert_eq!(&l[19..20], ",");
            assert!(l.ends_with(&format!(" {want}")), "{l}");
        }
    }

    #[test]
    fn capture_mode_emits_communication_event() {
        let d = test_dir("cap-mode");
        let a = d.join("a.log");
        let mut c = cfg(vec![a.clone()]);
        c.capture_maxbytes = 1024;
        let mut cap = StreamCapture::new(&c).unwrap();
        let mut events = Vec::new();
        // Tokens split across chunks on purpose.
        for chunk in [
            &b"before\n<!--XSUPER"[..],
            b"VISOR:BEGIN-->secret pay",
            b"load<!--XSUPERVISOR:E",
            b"ND-->after\n",
        ] {
            events.extend(cap.write(chunk).events);
        }
        assert_eq!(
            events,
            vec![CaptureEvent::Communication(b"secret payload".to_vec())]
        );
        assert_eq!(fs::read(&a).unwrap(), b"before\nafter\n");
        assert!(!cap.in_capture_mode());
    }

    #[test]
    fn capture_buffer_is_bounded_like_boundio_and_log_events_continue() {
        let mut c = cfg(vec![]);
        c.capture_maxbytes = 10;
        c.events_enabled = true;
        let mut cap = StreamCapture::new(&c).unwrap();
        let mut out = cap.write(b"<!--XSUPERVISOR:BEGIN-->0123456789");
        assert!(cap.in_capture_mode());
        out.events
            .extend(cap.write(b"abcd<!--XSUPERVISOR:END-->").events);
        assert_eq!(
            out.events,
            vec![
                CaptureEvent::Log(b"0123456789".to_vec()),
                CaptureEvent::Log(b"abcd".to_vec()),
                CaptureEvent::Communication(b"456789abcd".to_vec()),
            ]
        );
    }

    #[test]
    fn finish_flushes_held_back_partial_token() {
        let d = test_dir("cap-finish");
        let a = d.join("a.log");
        let mut c = cfg(vec![a.clone()]);
        c.capture_maxbytes = 100;
        let mut cap = StreamCapture::new(&c).unwrap();
        cap.write(b"hi <!--XSUP");
        assert_eq!(fs::read(&a).unwrap(), b"hi ");
        cap.finish();
        assert_eq!(fs::read(&a).unwrap(), b"hi <!--XSUP");
    }

    #[test]
    fn none_logfile_reads_fault_no_file_and_tail_is_empty() {
        let mut cap = StreamCapture::new(&cfg(vec![])).unwrap();
        cap.write(b"dropped\n");
        assert_eq!(cap.read(0, 0), Err(ReadError::NoFile));
        assert_eq!(
            cap.tail(0, 100),
            Tail {
                data: vec![],
                offset: 0,
                overflow: false
            }
        );
    }

    #[test]
    fn tail_offsets_follow_the_file() {
        let d = test_dir("cap-tail");
        let a = d.join("a.log");
        let mut cap = StreamCapture::new(&cfg(vec![a])).unwrap();
        cap.write(b"0123456789");
        let t = cap.tail(0, 4);
        assert_eq!(
            (t.data.as_slice(), t.offset, t.overflow),
            (&b"6789"[..], 10, true)
        );
        cap.write(b"ab");
        let t = cap.tail(t.offset, 4);
        assert_eq!(
            (t.data.as_slice(), t.offset, t.overflow),
            (&b"89ab"[..], 12, false)
        );
        assert_eq!(cap.read(-2, 0).unwrap(), b"ab");
        assert_eq!(cap.read(10, 1).unwrap(), b"a");
    }

    #[test]
    fn clear_and_reopen() {
        let d = test_dir("cap-clear");
        let a = d.join("a.log");
        let mut cap = StreamCapture::new(&cfg(vec![a.clone()])).unwrap();
        cap.write(b"old\n");
        assert!(cap.clear().is_empty());
        cap.write(b"new\n");
        assert_eq!(fs::read(&a).unwrap(), b"new\n");
        fs::rename(&a, d.join("rotated")).unwrap();
        assert!(cap.reopen().is_empty());
        cap.write(b"newer\n");
        assert_eq!(fs::read(&a).unwrap(), b"newer\n");
    }

    #[test]
    fn from_stream_log_resolves_auto_and_none() {
        let sl = StreamLog {
            logfile: ChildLog::Auto,
            maxbytes: 5,
            backups: 2,
            capture_maxbytes: 0,
            events_enabled: true,
            syslog: false,
            syslog_sinks: Vec::new(),
            pipe: Default::default(),
        };
        let c = StreamCaptureConfig::from_stream_log(
            "web",
            Channel::Stderr,
            &sl,
            Some(Path::new("/tmp/x.log")),
            false,
            false,
        );
        assert_eq!(c.paths, vec![PathBuf::from("/tmp/x.log")]);
        let none = StreamLog {
            logfile: ChildLog::None,
            ..sl
        };
        let c =
            StreamCaptureConfig::from_stream_log("web", Channel::Stderr, &none, None, false, false);
        assert!(c.paths.is_empty());
    }

    #[test]
    fn python_repr_of_bytes() {
        assert_eq!(
            crate::events::types::py_bytes_repr(b"a\xff\n'"),
            "b\"a\\xff\\n'\""
        );
        assert_eq!(crate::events::types::py_bytes_repr(b"ab"), "b'ab'");
    }

    #[test]
    fn event_types_and_payloads() {
        let e = CaptureEvent::Log(b"hi\n".to_vec());
        assert_eq!(e.event_type(Channel::Stderr), EventType::ProcessLogStderr);
        assert_eq!(
            e.payload("web", "grp", 42, Channel::Stderr),
            b"processname:web groupname:grp pid:42 channel:stderr\nhi\n"
        );
        let c = CaptureEvent::Communication(b"x".to_vec());
        assert_eq!(
            c.event_type(Channel::Stdout),
            EventType::ProcessCommunicationStdout
        );
        assert_eq!(
            c.payload("web", "grp", 42, Channel::Stdout),
            b"processname:web groupname:grp pid:42\nx"
        );
    }

    #[test]
    fn special_only_sinks_read_failed_like_python() {
        let cap = StreamCapture::new(&cfg(vec![PathBuf::from("/dev/null")])).unwrap();
        assert_eq!(cap.read(0, 0), Err(ReadError::Failed));
        assert_eq!(
            cap.tail(7, 10),
            Tail {
                data: vec![],
                offset: 7,
                overflow: false
            }
        );
    }
}
