//! `ours.waitLog`, the parked "tell me when this log grows" call behind `/logtail` and
//! `/mainlogtail`: which log it follows, what it answers now, and how a parked one is
//! settled. Reads go to the log FILES; a chunk never ends inside a UTF-8 character.

use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::replies::fault;
use super::supervisor::Supervisor;
use crate::control::Reply;
use crate::logging::Channel;
use crate::rpc::{faults, Fault, Value};

/// Most bytes one `ours.waitLog` answer carries.
const WAIT_CHUNK: u64 = 64 * 1024;
/// Longest a `ours.waitLog` may park.
const WAIT_MAX: Duration = Duration::from_secs(3600);

/// Log bytes as an XML-RPC string: invalid UTF-8 becomes U+FFFD.
pub fn text(data: Vec<u8>) -> Value {
    Value::Str(match String::from_utf8(data) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

pub fn main_log_path(sup: &Supervisor) -> Option<PathBuf> {
    sup.mainlog().and_then(|h| h.path())
}

/// Which log a `ours.waitLog` follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogTarget {
    Main,
    Process {
        group: String,
        name: String,
        spec: String,
        channel: Channel,
    },
}

/// A parked `ours.waitLog`.
#[derive(Debug)]
pub struct LogWait {
    pub target: LogTarget,
    pub offset: i64,
    /// Inode of the file when parked: a different one means it was rotated/recreated.
    pub inode: Option<u64>,
    pub deadline: Instant,
}

pub fn target_path(sup: &Supervisor, t: &LogTarget) -> Result<PathBuf, Fault> {
    match t {
        LogTarget::Main => main_log_path(sup).ok_or_else(|| fault(faults::NO_FILE, "")),
        LogTarget::Process {
            group,
            name,
            spec,
            channel,
        } => {
            let idx = sup
                .find(group, name)
                .ok_or_else(|| fault(faults::BAD_NAME, spec))?;
            sup.procs()[idx]
                .outputs
                .logfile(*channel)
                .ok_or_else(|| fault(faults::NO_FILE, spec))
        }
    }
}

/// Reads `[from, from+max)` of `path`, cutting a trailing partial UTF-8 character.
fn chunk(path: &std::path::Path, from: u64, max: u64) -> (Vec<u8>, u64) {
    use std::io::{Read, Seek, SeekFrom};
    let mut data = Vec::new();
    if let Ok(mut f) = std::fs::File::open(path) {
        if f.seek(SeekFrom::Start(from)).is_ok() {
            let _ = f.take(max).read_to_end(&mut data);
        }
    }
    if let Err(e) = std::str::from_utf8(&data) {
        if e.error_len().is_none() && e.valid_up_to() > 0 {
            data.truncate(e.valid_up_to());
        }
    }
    let n = data.len() as u64;
    (data, n)
}

fn answer(data: Vec<u8>, offset: i64, truncated: bool) -> Value {
    Value::Array(vec![text(data), Value::Int(offset), Value::Bool(truncated)])
}

/// What a waitLog would answer now; `None` = nothing new yet (keep waiting).
fn poll_log(path: &std::path::Path, offset: i64, inode: Option<u64>) -> Option<Value> {
    let meta = std::fs::metadata(path).ok()?;
    let size = meta.len() as i64;
    let rotated = inode.is_some_and(|i| i != meta.ino());
    if rotated || size < offset {
        let (data, n) = chunk(path, 0, WAIT_CHUNK);
        return Some(answer(data, n as i64, true));
    }
    if size == offset {
        return None;
    }
    let (data, n) = chunk(path, offset as u64, WAIT_CHUNK);
    Some(answer(data, offset + n as i64, false))
}

/// A new waitLog on `target`: the answer now (`Ok(Ok)`), or the wait to park (`Ok(Err)`).
pub fn start(
    sup: &Supervisor,
    target: LogTarget,
    offset: i64,
    timeout_ms: u64,
    now: Instant,
) -> Result<Result<Value, LogWait>, Fault> {
    let path = target_path(sup, &target)?;
    if offset < 0 {
        let size = std::fs::metadata(&path)
            .map_err(|_| fault(faults::NO_FILE, &path.display().to_string()))?
            .len() as i64;
        let from = size.saturating_add(offset).max(0);
        let (data, n) = chunk(&path, from as u64, offset.unsigned_abs());
        return Ok(Ok(answer(data, from + n as i64, false)));
    }
    if let Some(v) = poll_log(&path, offset, None) {
        return Ok(Ok(v));
    }
    let wait = Duration::from_millis(timeout_ms).min(WAIT_MAX);
    Ok(Err(LogWait {
        target,
        offset,
        inode: std::fs::metadata(&path).ok().map(|m| m.ino()),
        deadline: now + wait,
    }))
}

/// Re-examines a parked waitLog: the new bytes, a fault if its log went away, the empty
/// answer at the deadline, or `None` to keep waiting.
pub fn settle(sup: &Supervisor, w: &LogWait, now: Instant) -> Option<Reply> {
    let path = match target_path(sup, &w.target) {
        Ok(p) => p,
        Err(f) => return Some(Err(f)),
    };
    if let Some(v) = poll_log(&path, w.offset, w.inode) {
        return Some(Ok(v));
    }
    (now >= w.deadline).then(|| Ok(answer(Vec::new(), w.offset, false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(content: &[u8]) -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "sv-logwait-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&d).unwrap();
        let p = d.join("x.log");
        std::fs::write(&p, content).unwrap();
        p
    }

    #[test]
    fn poll_log_reports_growth_truncation_and_rotation() {
        let p = file(b"hello");
        assert_eq!(poll_log(&p, 5, None), None);
        assert_eq!(
            poll_log(&p, 2, None),
            Some(answer(b"llo".to_vec(), 5, false))
        );
        assert_eq!(
            poll_log(&p, 9, None),
            Some(answer(b"hello".to_vec(), 5, true))
        );
        let ino = std::fs::metadata(&p).unwrap().ino();
        assert_eq!(poll_log(&p, 5, Some(ino)), None);
        assert_eq!(
            poll_log(&p, 5, Some(ino + 1)),
            Some(answer(b"hello".to_vec(), 5, true))
        );
    }

    #[test]
    fn chunks_never_split_a_character() {
        let p = file("aé".as_bytes());
        assert_eq!(chunk(&p, 0, 2), (b"a".to_vec(), 1));
        assert_eq!(chunk(&p, 0, 3), ("aé".as_bytes().to_vec(), 3));
    }
}
