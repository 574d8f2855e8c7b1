//! `sendProcessStdin` and `sendRemoteCommEvent`.
//!
//! stdin: the child's stdin pipe is non-blocking (`process::spawn`); the supervisor writes
//! what the pipe takes at once and, like Python, keeps the rest in a per-process buffer
//! that the loop writes when the pipe becomes writable (POLLOUT). The buffer is bounded;
//! beyond it a call faults FAILED instead of growing memory.

use super::{fault, process_index, Params};
use crate::config::LogLevel;
use crate::control::Reply;
use crate::daemon::supervisor::{StdinError, Supervisor};
use crate::events::types::{remote_payload, EventType};
use crate::rpc::{faults, Value};

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
    let chars = match p.get(1)? {
        Value::Str(s) => s.clone().into_bytes(),
        other => return Err(fault(faults::INCORRECT_PARAMETERS, &py_str(other))),
    };
    let name = p.string(0)?;
    let idx = process_index(sup, &name)?;
    match sup.send_stdin(idx, &chars) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(StdinError::NotRunning) => Err(fault(faults::NOT_RUNNING, &name)),
        Err(StdinError::Closed) => Err(fault(faults::NO_FILE, &name)),
        Err(StdinError::Full) => Err(fault(faults::FAILED, &format!("{name}: stdin buffer full"))),
        Err(StdinError::Dropped(n)) => {
            crate::logging::emit_counted(
                LogLevel::Warn,
                &format!("stdin of {name} is full"),
                &format!("stdin of {name} is full: dropped {n} bytes of sendProcessStdin"),
            );
            Err(fault(faults::FAILED, &format!("{name}: stdin buffer full")))
        }
        Err(StdinError::Failed(e)) => Err(fault(faults::FAILED, &format!("{name}: {}", e.desc()))),
    }
}

/// `sendRemoteCommEvent(type, data)`: a REMOTE_COMMUNICATION event.
pub(super) fn send_remote_comm_event(sup: &mut Supervisor, p: &Params) -> Reply {
    let ty = p.string(0)?;
    let data = p.string(1)?;
    sup.emit_event(EventType::RemoteCommunication, remote_payload(&ty, &data));
    Ok(Value::Bool(true))
}
