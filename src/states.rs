//! Process state codes and names as supervisor numbers them (`getProcessInfo` `state`):
//! the one table the process state machine, the config reader, ordering and events use.

pub const STOPPED: i32 = 0;
pub const STARTING: i32 = 10;
pub const RUNNING: i32 = 20;
pub const BACKOFF: i32 = 30;
pub const STOPPING: i32 = 40;
pub const EXITED: i32 = 100;
pub const FATAL: i32 = 200;
pub const UNKNOWN: i32 = 1000;

/// Every state code with its name, in code order: the one table of process state
/// names the daemon, the config reader and the events use.
pub const ALL: [(i32, &str); 8] = [
    (STOPPED, "STOPPED"),
    (STARTING, "STARTING"),
    (RUNNING, "RUNNING"),
    (BACKOFF, "BACKOFF"),
    (STOPPING, "STOPPING"),
    (EXITED, "EXITED"),
    (FATAL, "FATAL"),
    (UNKNOWN, "UNKNOWN"),
];

/// The code of a state name, any case, surrounding blanks ignored (`running` → 20).
pub fn from_name(name: &str) -> Option<i32> {
    let name = name.trim();
    ALL.iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(name))
        .map(|&(code, _)| code)
}

/// The upper-case name of a state code (`UNKNOWN` for a code that is none).
pub fn name(code: i32) -> &'static str {
    ALL.iter()
        .find(|&&(c, _)| c == code)
        .map_or("UNKNOWN", |&(_, n)| n)
}

/// Stopped-class states (`STOPPED EXITED FATAL UNKNOWN`).
pub fn is_stopped(code: i32) -> bool {
    matches!(code, STOPPED | EXITED | FATAL | UNKNOWN)
}
