//! Log methods of the loop (behaviour §6.2, §6.4): the main log (`readLog`, `clearLog`),
//! child logs (`readProcess*Log`, `tailProcess*Log`, `clearProcessLogs`,
//! `clearAllProcessLogs`) and our `ours.waitLog`, the parked "tell me when this log
//! grows" call behind `/logtail` and `/mainlogtail`.
//!
//! Reads go to the log FILES, as Python's `readFile`/`tailFile` do. Log bytes are sent as
//! XML-RPC strings; Python fails the whole call on non-UTF-8 data (HTTP 500), we replace
//! such bytes with U+FFFD instead.

use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::calls::{fault, process_index, result, Outcome, Params, WaitKind};
use super::supervisor::Supervisor;
use crate::control::Reply;
use crate::logging::{readlog, Channel, ReadError};
use crate::rpc::{faults, Fault, Value};

/// Most bytes one `ours.waitLog` answer carries.
const WAIT_CHUNK: u64 = 64 * 1024;
/// Longest a `ours.waitLog` may park.
const WAIT_MAX: Duration = Duration::from_secs(3600);

/// An integer parameter the way Python's `int(x)` takes it (ints, numeric strings, floats
/// truncated). Python answers HTTP 500 for anything else; we fault INCORRECT_PARAMETERS.
pub(super) fn int_param(v: &Value) -> Result<i64, Fault> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Str(s) => s
            .trim()
            .parse()
            .map_err(|_| fault(faults::INCORRECT_PARAMETERS, "")),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Double(d) if d.is_finite() => Ok(d.trunc() as i64),
        _ => Err(fault(faults::INCORRECT_PARAMETERS, "")),
    }
}

fn read_fault(e: ReadError, path: Option<&PathBuf>) -> Fault {
    match e {
        ReadError::NoFile => match path {
            Some(p) => fault(faults::NO_FILE, &p.display().to_string()),
            None => fault(faults::NO_FILE, ""),
        },
        ReadError::BadArguments => fault(faults::BAD_ARGUMENTS, ""),
        ReadError::Failed => fault(faults::FAILED, ""),
    }
}

fn text(data: Vec<u8>) -> Value {
    Value::Str(match String::from_utf8(data) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn main_log_path(sup: &Supervisor) -> Option<PathBuf> {
    sup.mainlog.as_ref().and_then(|h| h.path())
}

/// `readLog(offset, length)` (alias readMainLog).
pub(super) fn read_main_log(sup: &Supervisor, p: &Params) -> Reply {
    p.count(2)?;
    let (offset, length) = (int_param(&p.0[0])?, int_param(&p.0[1])?);
    let path = main_log_path(sup);
    readlog::read_file(path.as_deref(), offset, length)
        .map(text)
        .map_err(|e| read_fault(e, path.as_ref()))
}

/// `clearLog()`: logs `reopening log file` (into the old file, as Python), then removes
/// the main log and opens it again empty.
pub(super) fn clear_main_log(sup: &Supervisor, p: &Params) -> Reply {
    p.count(0)?;
    let (Some(handle), Some(path)) = (sup.mainlog.as_ref(), main_log_path(sup)) else {
        return Err(fault(faults::NO_FILE, ""));
    };
    if !path.exists() {
        return Err(fault(faults::NO_FILE, ""));
    }
    crate::logging::emit(crate::config::LogLevel::Info, "reopening log file");
    handle
        .clear()
        .map(|_| Value::Bool(true))
        .map_err(|_| fault(faults::FAILED, ""))
}

/// `readProcessStdoutLog` / `readProcessStderrLog(name, offset, length)`.
pub(super) fn read_process_log(sup: &Supervisor, p: &Params, channel: Channel) -> Reply {
    p.count(3)?;
    let name = p.string(0, 3)?;
    let (offset, length) = (int_param(&p.0[1])?, int_param(&p.0[2])?);
    let idx = process_index(sup, &name)?;
    let outputs = &sup.procs[idx].outputs;
    let path = outputs.logfile(channel);
    let read = match outputs.capture(channel) {
        Some(c) => c.read(offset, length),
        None => readlog::read_file(path.as_deref(), offset, length),
    };
    read.map(text).map_err(|e| read_fault(e, path.as_ref()))
}

/// `tailProcessStdoutLog` / `tailProcessStderrLog(name, offset, length)` →
/// `[bytes, offset, overflow]`.
pub(super) fn tail_process_log(sup: &Supervisor, p: &Params, channel: Channel) -> Reply {
    p.count(3)?;
    let name = p.string(0, 3)?;
    let (offset, length) = (int_param(&p.0[1])?, int_param(&p.0[2])?);
    let idx = process_index(sup, &name)?;
    let outputs = &sup.procs[idx].outputs;
    let tail = match outputs.capture(channel) {
        Some(c) => c.tail(offset, length),
        None => readlog::tail_file(outputs.logfile(channel).as_deref(), offset, length),
    };
    Ok(Value::Array(vec![
        text(tail.data),
        Value::Int(tail.offset),
        Value::Bool(tail.overflow),
    ]))
}

fn clear_one(sup: &mut Supervisor, idx: usize, name: &str) -> Result<(), Fault> {
    let mut failed = false;
    for channel in [Channel::Stdout, Channel::Stderr] {
        if let Some(c) = sup.procs[idx].outputs.capture_mut(channel) {
            failed |= !c.clear().is_empty();
        }
    }
    if failed {
        return Err(fault(faults::FAILED, name));
    }
    Ok(())
}

/// `clearProcessLogs(name)` (alias clearProcessLog): truncates both logs (remove + reopen).
pub(super) fn clear_process_logs(sup: &mut Supervisor, p: &Params) -> Reply {
    let name = p.string(0, 1)?;
    let idx = process_index(sup, &name)?;
    clear_one(sup, idx, &name).map(|_| Value::Bool(true))
}

/// `clearAllProcessLogs()`: a result struct per process, in start (priority) order.
pub(super) fn clear_all_process_logs(sup: &mut Supervisor, p: &Params) -> Reply {
    p.count(0)?;
    let mut results = Vec::new();
    for idx in 0..sup.procs.len() {
        let name = sup.procs[idx].namespec();
        results.push(match clear_one(sup, idx, &name) {
            Ok(()) => result(sup, idx, faults::SUCCESS, "OK"),
            Err(f) => result(sup, idx, f.code, &f.message),
        });
    }
    Ok(Value::Array(results))
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

fn target_path(sup: &Supervisor, t: &LogTarget) -> Result<PathBuf, Fault> {
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
            sup.procs[idx]
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

/// `ours.waitLog(name, stream, offset, timeout_ms)` (contract in `rpc::methods`).
pub(super) fn wait_log(sup: &Supervisor, p: &Params, now: Instant) -> Outcome {
    match start_wait(sup, p, now) {
        Ok(Ok(v)) => Outcome::Now(Ok(v)),
        Ok(Err(w)) => Outcome::Later(WaitKind::Log(w)),
        Err(f) => Outcome::Now(Err(f)),
    }
}

fn start_wait(sup: &Supervisor, p: &Params, now: Instant) -> Result<Result<Value, LogWait>, Fault> {
    p.count(4)?;
    let name = p.string(0, 4)?;
    let stream = p.string(1, 4)?;
    let offset = int_param(&p.0[2])?;
    let timeout = int_param(&p.0[3])?.max(0) as u64;
    let target = log_target(sup, &name, &stream)?;
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
    let wait = Duration::from_millis(timeout).min(WAIT_MAX);
    Ok(Err(LogWait {
        target,
        offset,
        inode: std::fs::metadata(&path).ok().map(|m| m.ino()),
        deadline: now + wait,
    }))
}

/// What `stream` (`stdout`, `stderr` or `main`) of `name` refers to.
fn log_target(sup: &Supervisor, name: &str, stream: &str) -> Result<LogTarget, Fault> {
    Ok(match stream {
        "main" => LogTarget::Main,
        "stdout" | "stderr" => {
            let idx = process_index(sup, name)?;
            let c = &sup.procs[idx].config;
            LogTarget::Process {
                group: c.group.clone(),
                name: c.name.clone(),
                spec: name.to_string(),
                channel: if stream == "stdout" {
                    Channel::Stdout
                } else {
                    Channel::Stderr
                },
            }
        }
        _ => return Err(fault(faults::BAD_ARGUMENTS, stream)),
    })
}

/// `ours.logPath(name, stream)`: the file a log stream is written to, so that the HTTP
/// thread can stream a whole log in bounded chunks without the loop reading it.
pub(super) fn log_path(sup: &Supervisor, p: &Params) -> Reply {
    p.count(2)?;
    let name = p.string(0, 2)?;
    let stream = p.string(1, 2)?;
    let target = log_target(sup, &name, &stream)?;
    Ok(Value::Str(target_path(sup, &target)?.display().to_string()))
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
            "sv-calls-logs-{}-{:?}",
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

    #[test]
    fn int_params_like_python_int() {
        assert_eq!(int_param(&Value::Int(-3)), Ok(-3));
        assert_eq!(int_param(&Value::Str("12".into())), Ok(12));
        assert_eq!(int_param(&Value::Double(1.9)), Ok(1));
        assert_eq!(int_param(&Value::Str("x".into())).unwrap_err().code, 2);
    }
}
