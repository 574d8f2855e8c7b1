//! Reply values the call handlers and the parked calls share: supervisor faults named
//! like Python's (`NAME` or `NAME: detail`) and the per-process result structs of the
//! group and all-process methods.

use super::supervisor::Supervisor;
use crate::rpc::{faults, Fault, Value};

/// A supervisor fault: `NAME` or `NAME: detail`.
pub fn fault(code: i32, detail: &str) -> Fault {
    let name = match code {
        faults::UNKNOWN_METHOD => "UNKNOWN_METHOD",
        faults::INCORRECT_PARAMETERS => "INCORRECT_PARAMETERS",
        faults::BAD_ARGUMENTS => "BAD_ARGUMENTS",
        faults::SHUTDOWN_STATE => "SHUTDOWN_STATE",
        faults::BAD_NAME => "BAD_NAME",
        faults::BAD_SIGNAL => "BAD_SIGNAL",
        faults::NO_FILE => "NO_FILE",
        faults::NOT_EXECUTABLE => "NOT_EXECUTABLE",
        faults::FAILED => "FAILED",
        faults::ABNORMAL_TERMINATION => "ABNORMAL_TERMINATION",
        faults::SPAWN_ERROR => "SPAWN_ERROR",
        faults::ALREADY_STARTED => "ALREADY_STARTED",
        faults::NOT_RUNNING => "NOT_RUNNING",
        faults::SUCCESS => "SUCCESS",
        faults::ALREADY_ADDED => "ALREADY_ADDED",
        faults::STILL_RUNNING => "STILL_RUNNING",
        faults::CANT_REREAD => "CANT_REREAD",
        _ => "FAULT",
    };
    if detail.is_empty() {
        Fault::new(code, name)
    } else {
        Fault::new(code, format!("{name}: {detail}"))
    }
}

/// `{name, group, status, description}`: one process's result in a group call.
pub fn result(name: &str, group: &str, status: i32, description: &str) -> Value {
    Value::strukt([
        ("name", Value::Str(name.into())),
        ("group", Value::Str(group.into())),
        ("status", Value::Int(status as i64)),
        ("description", Value::Str(description.into())),
    ])
}

/// The result struct of process `idx`.
pub fn process_result(sup: &Supervisor, idx: usize, status: i32, description: &str) -> Value {
    let c = &sup.procs()[idx].config;
    result(&c.name, &c.group, status, description)
}
