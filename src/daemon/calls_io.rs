//! `sendProcessStdin` and `sendRemoteCommEvent` (behaviour §6.2).
//!
//! stdin: the child's stdin pipe is non-blocking (`process::spawn`); we write what the
//! pipe takes at once and, like Python, keep the rest in a per-process buffer that the
//! loop writes when the pipe becomes writable (POLLOUT). The buffer is bounded
//! (`STDIN_PENDING_MAX`); beyond it a call faults FAILED instead of growing memory.

use nix::errno::Errno;

use super::calls::{fault, process_index, Params};
use super::supervisor::Supervisor;
use crate::config::LogLevel;
use crate::control::Reply;
use crate::events::types::{remote_payload, EventType};
use crate::logging::emit;
use crate::process::State;
use crate::rpc::{faults, Value};

/// Most `sendProcessStdin` bytes kept for a child that does not read its stdin.
const STDIN_PENDING_MAX: usize = 16 * 1024 * 1024;

/// Python's `str()` of a non-string parameter, for the INCORRECT_PARAMETERS detail.
fn py_str(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Double(d) => format!("{d:?}"),
        _ => String::new(),
    }
}

/// `sendProcessStdin(name, chars)`.
pub(super) fn send_process_stdin(sup: &mut Supervisor, p: &Params) -> Reply {
    p.count(2)?;
    let chars = match &p.0[1] {
        Value::Str(s) => s.clone().into_bytes(),
        other => return Err(fault(faults::INCORRECT_PARAMETERS, &py_str(other))),
    };
    let name = p.string(0, 2)?;
    let idx = process_index(sup, &name)?;
    let proc = &mut sup.procs[idx];
    let live = matches!(
        proc.machine.state,
        State::Starting { .. } | State::Running { .. }
    );
    if !live {
        return Err(fault(faults::NOT_RUNNING, &name));
    }
    let Some(fd) = proc.stdin.as_ref() else {
        return Err(fault(faults::NO_FILE, &name));
    };
    if !proc.stdin_pending.is_empty() {
        // Earlier bytes still wait: keep the order.
        if proc.stdin_pending.len() + chars.len() > STDIN_PENDING_MAX {
            return Err(fault(faults::FAILED, &format!("{name}: stdin buffer full")));
        }
        proc.stdin_pending.extend_from_slice(&chars);
        return Ok(Value::Bool(true));
    }
    let mut rest: &[u8] = &chars;
    while !rest.is_empty() {
        match nix::unistd::write(fd, rest) {
            Ok(n) => rest = &rest[n..],
            Err(Errno::EINTR) => continue,
            Err(Errno::EAGAIN) => {
                if rest.len() > STDIN_PENDING_MAX {
                    emit(
                        LogLevel::Warn,
                        &format!(
                            "stdin of {name} is full: dropped {} bytes of sendProcessStdin",
                            rest.len()
                        ),
                    );
                    return Err(fault(faults::FAILED, &format!("{name}: stdin buffer full")));
                }
                proc.stdin_pending.extend_from_slice(rest);
                break;
            }
            Err(Errno::EPIPE) => {
                proc.stdin = None;
                return Err(fault(faults::NO_FILE, &name));
            }
            Err(e) => return Err(fault(faults::FAILED, &format!("{name}: {}", e.desc()))),
        }
    }
    Ok(Value::Bool(true))
}

/// `sendRemoteCommEvent(type, data)`: a REMOTE_COMMUNICATION event.
pub(super) fn send_remote_comm_event(sup: &mut Supervisor, p: &Params) -> Reply {
    let ty = p.string(0, 2)?;
    let data = p.string(1, 2)?;
    sup.emit_event(EventType::RemoteCommunication, remote_payload(&ty, &data));
    Ok(Value::Bool(true))
}
