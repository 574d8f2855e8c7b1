//! The log files of one stream of a process: every file of its `*_logfile` list (a file,
//! `/dev/stdout` …), each a [`RotatingFile`], and how a chunk of output is written to them:
//! as read (the fast path, one `write(2)` per file and chunk), with a timestamp before each
//! line (`log_timestamps`), or as JSON lines (`*_logfile_format = json`, see
//! [`super::jsonlines`]). RPC reads and tails go to the first regular file.
//!
//! JSON lines rotate exactly: a chunk's objects are handed to each file up to the first
//! one that reaches `maxbytes`, so every rotated file ends with the object that crossed
//! the limit (Python rotates, and text logs here, after the whole chunk the pipe gave).

use super::jsonlines::JsonLines;
use super::readlog::{read_file, tail_file, ReadError, Tail};
use super::rotate::RotatingFile;
use super::timefmt::TimestampCache;
use super::{memchr, LogError};
use crate::config::logpipe::LogPipe;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

/// How output is written to the files.
#[derive(Debug)]
pub enum LineStyle {
    /// As read.
    Plain,
    /// `YYYY-MM-DD HH:MM:SS,mmm ` before each line.
    Timestamps,
    /// One JSON object per line.
    Json(Box<JsonLines>),
}

/// The files of one stream (see the module docs).
#[derive(Debug)]
pub struct FileSinks {
    files: Vec<RotatingFile>,
    maxbytes: u64,
    style: LineStyle,
    ts_cache: TimestampCache,
    at_line_start: bool,
    /// The formatted bytes of the current chunk (timestamps, JSON).
    buf: Vec<u8>,
}

impl FileSinks {
    /// Opens every file of `paths` (rotated at `maxbytes`, `backups` kept, and as `pipe`
    /// says: time rotation, naming, compression, retention).
    pub fn open(
        paths: &[PathBuf],
        maxbytes: u64,
        backups: u32,
        pipe: LogPipe,
        style: LineStyle,
    ) -> Result<FileSinks, LogError> {
        let mut files = Vec::with_capacity(paths.len());
        for p in paths {
            files.push(RotatingFile::open_with(p, maxbytes, backups, pipe)?);
        }
        Ok(FileSinks {
            files,
            maxbytes,
            style,
            ts_cache: TimestampCache::default(),
            at_line_start: true,
            buf: Vec::new(),
        })
    }

    /// Whether the next byte starts a line (timestamps; carried over an upgrade).
    pub fn at_line_start(&self) -> bool {
        self.at_line_start
    }

    /// Sets where the next byte falls (a carried state put back).
    pub fn set_at_line_start(&mut self, at: bool) {
        self.at_line_start = at;
    }

    /// Whether there is no file (a NONE log).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Writes one chunk of output to every file; failures go to `errors`.
    pub fn write(&mut self, data: &[u8], errors: &mut Vec<LogError>) {
        if self.files.is_empty() {
            return;
        }
        if let LineStyle::Plain = self.style {
            return self.write_all(data, errors);
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        match &mut self.style {
            LineStyle::Plain => {}
            LineStyle::Timestamps => {
                stamp_lines(&mut self.ts_cache, &mut self.at_line_start, data, &mut buf);
                self.write_all(&buf, errors);
            }
            LineStyle::Json(j) => {
                j.push(data, SystemTime::now(), &mut buf);
                self.write_objects(&buf, errors);
            }
        }
        self.buf = buf;
    }

    fn write_all(&mut self, bytes: &[u8], errors: &mut Vec<LogError>) {
        if bytes.is_empty() {
            return;
        }
        for f in &mut self.files {
            if let Err(e) = f.write(bytes) {
                errors.push(e);
            }
        }
    }

    /// Writes whole JSON lines to every file, each file rotated after the object that
    /// reaches `maxbytes`.
    fn write_objects(&mut self, bytes: &[u8], errors: &mut Vec<LogError>) {
        for f in &mut self.files {
            let mut rest = bytes;
            while !rest.is_empty() {
                let room = match self.maxbytes {
                    0 => u64::MAX,
                    _ if !f.is_regular() => u64::MAX,
                    m => m.saturating_sub(f.size()),
                };
                // room 0: the last rotation failed (or the file is special); no splitting.
                let cut = if room == 0 || (rest.len() as u64) < room {
                    rest.len()
                } else {
                    let from = usize::try_from(room - 1).unwrap_or(usize::MAX);
                    memchr(b'\n', &rest[from..]).map_or(rest.len(), |i| from + i + 1)
                };
                if let Err(e) = f.write(&rest[..cut]) {
                    errors.push(e);
                }
                rest = &rest[cut..];
            }
        }
    }

    /// Writes a JSON line still waiting for its newline (end of stream, log closed).
    pub fn flush_partial(&mut self, errors: &mut Vec<LogError>) {
        let LineStyle::Json(j) = &mut self.style else {
            return;
        };
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        j.flush(SystemTime::now(), &mut buf);
        self.write_objects(&buf, errors);
        self.buf = buf;
    }

    /// The stream ended: a waiting JSON line is written, a rotation deferred to the end of
    /// a line happens now.
    pub fn end_of_stream(&mut self, errors: &mut Vec<LogError>) {
        self.flush_partial(errors);
        self.at_line_start = true;
        for f in &mut self.files {
            if let Err(e) = f.end_of_stream() {
                errors.push(e);
            }
        }
    }

    /// SIGUSR2 / logrotate: close and re-open every file.
    pub fn reopen(&mut self) -> Vec<LogError> {
        self.files
            .iter_mut()
            .filter_map(|s| s.reopen().err())
            .collect()
    }

    /// `clearProcessLogs`: remove and re-open each file (backups untouched, as Python).
    pub fn clear(&mut self) -> Vec<LogError> {
        self.files
            .iter_mut()
            .filter_map(|s| s.clear().err())
            .collect()
    }

    /// Retries failed files and runs time rotations whose deadline has passed.
    pub fn retry_due(&mut self, now: Instant) {
        for s in &mut self.files {
            s.on_timer(now);
        }
    }

    /// The earliest deadline of a file: a retry after a failure or a time rotation.
    pub fn next_retry(&self) -> Option<Instant> {
        self.files.iter().filter_map(|s| s.next_deadline()).min()
    }

    /// The file RPC reads: the first regular file.
    pub fn logfile(&self) -> Option<&Path> {
        self.files.iter().find(|s| s.is_regular()).map(|s| s.path())
    }

    /// `readProcess*Log` on [`FileSinks::logfile`]. None → NO_FILE; only special files
    /// (`/dev/stdout`) → FAILED (Python's seek on them fails).
    pub fn read(&self, offset: i64, length: i64) -> Result<Vec<u8>, ReadError> {
        if self.logfile().is_none() && !self.files.is_empty() {
            return Err(ReadError::Failed);
        }
        read_file(self.logfile(), offset, length)
    }

    /// `tailProcess*Log` on [`FileSinks::logfile`]. None → `("", 0, false)`; only special
    /// files → `("", offset, false)` (Python's failed seek).
    pub fn tail(&self, offset: i64, length: i64) -> Tail {
        if self.logfile().is_none() && !self.files.is_empty() {
            return Tail {
                data: Vec::new(),
                offset,
                overflow: false,
            };
        }
        tail_file(self.logfile(), offset, length)
    }

    /// Bytes written to the first file (0 without files).
    pub fn bytes_written(&self) -> u64 {
        self.files.first().map_or(0, |s| s.written_bytes())
    }

    /// Bytes dropped by all files because of write failures.
    pub fn dropped_bytes(&self) -> u64 {
        self.files.iter().map(|s| s.dropped_bytes()).sum()
    }
}

/// Appends `data` to `out` with a timestamp before each line (`at_line_start` carries
/// over from one chunk to the next).
fn stamp_lines(
    cache: &mut TimestampCache,
    at_line_start: &mut bool,
    data: &[u8],
    out: &mut Vec<u8>,
) {
    let now = SystemTime::now();
    let mut rest = data;
    while !rest.is_empty() {
        if *at_line_start {
            cache.push_prefix(out, now);
            *at_line_start = false;
        }
        match memchr(b'\n', rest) {
            Some(i) => {
                out.extend_from_slice(&rest[..=i]);
                rest = &rest[i + 1..];
                *at_line_start = true;
            }
            None => {
                out.extend_from_slice(rest);
                break;
            }
        }
    }
}
