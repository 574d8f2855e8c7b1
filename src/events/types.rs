//! Event types, their abstract parents, and payload rendering.

/// Every concrete event type supervisor emits, plus the abstract subscribe-only parents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    ProcessStateStopped,
    ProcessStateStarting,
    ProcessStateRunning,
    ProcessStateBackoff,
    ProcessStateStopping,
    ProcessStateExited,
    ProcessStateFatal,
    ProcessStateUnknown,
    ProcessLogStdout,
    ProcessLogStderr,
    ProcessCommunicationStdout,
    ProcessCommunicationStderr,
    RemoteCommunication,
    SupervisorStateChangeRunning,
    SupervisorStateChangeStopping,
    Tick5,
    Tick60,
    Tick3600,
    ProcessGroupAdded,
    ProcessGroupRemoved,
    /// A liveness check failed, ran its action, or passed again (ours; see
    /// [`liveness_payload`]).
    ProcessLiveness,
    /// A process tree went over its `memory_limit` and its `memory_action` ran (ours; see
    /// [`memory_payload`]).
    ProcessMemory,
    // Abstract parents (subscription only).
    Event,
    ProcessState,
    ProcessLog,
    ProcessCommunication,
    SupervisorStateChange,
    Tick,
    ProcessGroup,
}

const ALL: [(EventType, &str); 29] = [
    (EventType::ProcessStateStopped, "PROCESS_STATE_STOPPED"),
    (EventType::ProcessStateStarting, "PROCESS_STATE_STARTING"),
    (EventType::ProcessStateRunning, "PROCESS_STATE_RUNNING"),
    (EventType::ProcessStateBackoff, "PROCESS_STATE_BACKOFF"),
    (EventType::ProcessStateStopping, "PROCESS_STATE_STOPPING"),
    (EventType::ProcessStateExited, "PROCESS_STATE_EXITED"),
    (EventType::ProcessStateFatal, "PROCESS_STATE_FATAL"),
    (EventType::ProcessStateUnknown, "PROCESS_STATE_UNKNOWN"),
    (EventType::ProcessLogStdout, "PROCESS_LOG_STDOUT"),
    (EventType::ProcessLogStderr, "PROCESS_LOG_STDERR"),
    (
        EventType::ProcessCommunicationStdout,
        "PROCESS_COMMUNICATION_STDOUT",
    ),
    (
        EventType::ProcessCommunicationStderr,
        "PROCESS_COMMUNICATION_STDERR",
    ),
    (EventType::RemoteCommunication, "REMOTE_COMMUNICATION"),
    (
        EventType::SupervisorStateChangeRunning,
        "SUPERVISOR_STATE_CHANGE_RUNNING",
    ),
    (
        EventType::SupervisorStateChangeStopping,
        "SUPERVISOR_STATE_CHANGE_STOPPING",
    ),
    (EventType::Tick5, "TICK_5"),
    (EventType::Tick60, "TICK_60"),
    (EventType::Tick3600, "TICK_3600"),
    (EventType::ProcessGroupAdded, "PROCESS_GROUP_ADDED"),
    (EventType::ProcessGroupRemoved, "PROCESS_GROUP_REMOVED"),
    (EventType::ProcessLiveness, "PROCESS_LIVENESS"),
    (EventType::ProcessMemory, "PROCESS_MEMORY"),
    (EventType::Event, "EVENT"),
    (EventType::ProcessState, "PROCESS_STATE"),
    (EventType::ProcessLog, "PROCESS_LOG"),
    (EventType::ProcessCommunication, "PROCESS_COMMUNICATION"),
    (EventType::SupervisorStateChange, "SUPERVISOR_STATE_CHANGE"),
    (EventType::Tick, "TICK"),
    (EventType::ProcessGroup, "PROCESS_GROUP"),
];

impl EventType {
    /// The name as supervisor spells it (`PROCESS_STATE_RUNNING`).
    pub fn name(self) -> &'static str {
        ALL.iter()
            .find(|(t, _)| *t == self)
            .map(|(_, n)| *n)
            .unwrap_or("EVENT")
    }

    /// Looks a name up (input is upper-cased, as supervisor does).
    pub fn from_name(name: &str) -> Option<EventType> {
        let upper = name.trim().to_ascii_uppercase();
        ALL.iter().find(|(_, n)| *n == upper).map(|(t, _)| *t)
    }

    /// The abstract parent of a concrete type (`EVENT` for the parents themselves).
    pub fn parent(self) -> EventType {
        use EventType::*;
        match self {
            ProcessStateStopped | ProcessStateStarting | ProcessStateRunning
            | ProcessStateBackoff | ProcessStateStopping | ProcessStateExited
            | ProcessStateFatal | ProcessStateUnknown => ProcessState,
            ProcessLogStdout | ProcessLogStderr => ProcessLog,
            ProcessCommunicationStdout | ProcessCommunicationStderr => ProcessCommunication,
            SupervisorStateChangeRunning | SupervisorStateChangeStopping => SupervisorStateChange,
            Tick5 | Tick60 | Tick3600 => Tick,
            ProcessGroupAdded | ProcessGroupRemoved => ProcessGroup,
            _ => Event,
        }
    }

    /// Whether a subscription to `self` receives events of type `ty` (itself or a subtype).
    pub fn covers(self, ty: EventType) -> bool {
        self == EventType::Event || self == ty || ty.parent() == self
    }

    /// The PROCESS_STATE_* type for a state code (`20` → RUNNING).
    pub fn for_state(code: i32) -> EventType {
        use crate::states as state;
        match code {
            state::STOPPED => EventType::ProcessStateStopped,
            state::STARTING => EventType::ProcessStateStarting,
            state::RUNNING => EventType::ProcessStateRunning,
            state::BACKOFF => EventType::ProcessStateBackoff,
            state::STOPPING => EventType::ProcessStateStopping,
            state::EXITED => EventType::ProcessStateExited,
            state::FATAL => EventType::ProcessStateFatal,
            _ => EventType::ProcessStateUnknown,
        }
    }
}

/// One event, rendered at creation as supervisor does (pid etc. captured then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ty: EventType,
    /// Global serial (per daemon process, continues across reloads).
    pub serial: u64,
    pub payload: Vec<u8>,
}

/// Payload of a PROCESS_STATE_* event (`processname:N groupname:G from_state:S` + extras).
pub fn state_payload(
    process: &str,
    group: &str,
    from_state: i32,
    extra: &[(&str, String)],
) -> Vec<u8> {
    let mut s = format!(
        "processname:{process} groupname:{group} from_state:{}",
        crate::states::name(from_state)
    );
    for (k, v) in extra {
        s.push_str(&format!(" {k}:{v}"));
    }
    s.into_bytes()
}

/// Payload of PROCESS_LIVENESS: `processname:N groupname:G pid:P result:R failures:F
/// threshold:T`, then ` action:A` when `R` is `action`, then a newline and the reason of a
/// failure. `R` is `failed` (below the threshold), `action` (the failure action runs:
/// `restart`, `stop` or `command`) or `recovered` (passed after failures).
pub fn liveness_payload(
    process: &str,
    group: &str,
    pid: i32,
    result: &str,
    counts: (u32, u32),
    action: Option<&str>,
    reason: &str,
) -> Vec<u8> {
    let mut s = format!(
        "processname:{process} groupname:{group} pid:{pid} result:{result} failures:{} threshold:{}",
        counts.0, counts.1
    );
    if let Some(a) = action {
        s.push_str(&format!(" action:{a}"));
    }
    s.push('\n');
    s.push_str(reason);
    s.into_bytes()
}

/// Payload of PROCESS_MEMORY: `processname:N groupname:G pid:P rss:BYTES limit:BYTES
/// action:A` (`restart`, `stop` or a signal name), a newline, then the description's words
/// (`restarted: RSS 530 MB over memory_limit 512 MB`).
pub fn memory_payload(
    process: &str,
    group: &str,
    pid: i32,
    (rss, limit): (u64, u64),
    action: &str,
    note: &str,
) -> Vec<u8> {
    format!(
        "processname:{process} groupname:{group} pid:{pid} rss:{rss} limit:{limit} action:{action}\n{note}"
    )
    .into_bytes()
}

/// Payload of PROCESS_LOG_* (`… pid:P channel:stdout\n<data>`).
pub fn log_payload(process: &str, group: &str, pid: i32, channel: &str, data: &[u8]) -> Vec<u8> {
    let mut p = format!("processname:{process} groupname:{group} pid:{pid} channel:{channel}\n")
        .into_bytes();
    push_data(&mut p, data);
    p
}

/// Payload of PROCESS_COMMUNICATION_* (`… pid:P\n<data>`).
pub fn communication_payload(process: &str, group: &str, pid: i32, data: &[u8]) -> Vec<u8> {
    let mut p = format!("processname:{process} groupname:{group} pid:{pid}\n").into_bytes();
    push_data(&mut p, data);
    p
}

/// Output data as supervisor puts it in a payload: UTF-8 as is, anything else as
/// `Undecodable: b'...'` (Python's `%r` of the bytes).
fn push_data(p: &mut Vec<u8>, data: &[u8]) {
    if std::str::from_utf8(data).is_ok() {
        p.extend_from_slice(data);
    } else {
        p.extend_from_slice(b"Undecodable: ");
        p.extend_from_slice(py_bytes_repr(data).as_bytes());
    }
}

/// Python's `repr()` of a bytes object (`b'a\\xff'`; double quotes when the data holds a
/// single quote and no double quote).
pub fn py_bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            _ if b as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(quote);
    s
}

/// Payload of REMOTE_COMMUNICATION (`type:<type>\n<data>`).
pub fn remote_payload(ty: &str, data: &str) -> Vec<u8> {
    format!("type:{ty}\n{data}").into_bytes()
}

/// Payload of TICK_* (`when:<epoch>`).
pub fn tick_payload(when: u64) -> Vec<u8> {
    format!("when:{when}").into_bytes()
}

/// Payload of PROCESS_GROUP_* (`groupname:G\n`, with the trailing newline).
pub fn group_payload(group: &str) -> Vec<u8> {
    format!("groupname:{group}\n").into_bytes()
}

/// The header line + payload written to a listener's stdin.
///
/// `len` is the number of *characters* of the payload decoded as UTF-8, as supervisor
/// computes it (so it is smaller than the byte count for non-ASCII data — a Python quirk
/// that listeners written against Python expect).
pub fn envelope(identifier: &str, pool: &str, pool_serial: u64, event: &Event) -> Vec<u8> {
    let text = String::from_utf8_lossy(&event.payload);
    let len = text.chars().count();
    let mut out = format!(
        "ver:3.0 server:{identifier} serial:{} pool:{pool} poolserial:{pool_serial} eventname:{} len:{len}\n",
        event.serial,
        event.ty.name()
    )
    .into_bytes();
    out.extend_from_slice(text.as_bytes());
    out
}

/// The next epoch-aligned boundary strictly after `now` for a tick period (5, 60, 3600).
pub fn next_tick(now: u64, period: u64) -> u64 {
    (now / period + 1) * period
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_hierarchy() {
        for (t, n) in ALL {
            assert_eq!(EventType::from_name(n), Some(t));
            assert_eq!(t.name(), n);
        }
        assert_eq!(
            EventType::from_name("process_state"),
            Some(EventType::ProcessState)
        );
        assert_eq!(EventType::from_name("NOPE"), None);
        assert!(EventType::ProcessState.covers(EventType::ProcessStateFatal));
        assert!(EventType::Event.covers(EventType::Tick60));
        assert!(!EventType::ProcessLog.covers(EventType::ProcessStateFatal));
        assert!(EventType::Tick60.covers(EventType::Tick60));
        assert!(!EventType::Tick60.covers(EventType::Tick5));
    }

    #[test]
    fn header_and_len_quirk() {
        let ev = Event {
            ty: EventType::ProcessLogStdout,
            serial: 7,
            payload: log_payload("web", "web", 42, "stdout", "héllo\n".as_bytes()),
        };
        let out = envelope("supervisor", "mon", 3, &ev);
        let text = String::from_utf8(out.clone()).unwrap();
        let (header, body) = text.split_once('\n').unwrap();
        assert_eq!(
            header,
            format!(
                "ver:3.0 server:supervisor serial:7 pool:mon poolserial:3 eventname:PROCESS_LOG_STDOUT len:{}",
                body.chars().count()
            )
        );
        assert_eq!(body.len(), body.chars().count() + 1);
    }

    #[test]
    fn payload_shapes() {
        let p = state_payload("a", "g", crate::states::STARTING, &[("pid", "9".into())]);
        assert_eq!(p, b"processname:a groupname:g from_state:STARTING pid:9");
        assert_eq!(group_payload("g"), b"groupname:g\n");
        assert_eq!(
            liveness_payload("web", "g", 7, "action", (3, 3), Some("restart"), "refused"),
            b"processname:web groupname:g pid:7 result:action failures:3 threshold:3 action:restart\nrefused"
        );
        assert_eq!(
            EventType::from_name("process_liveness"),
            Some(EventType::ProcessLiveness)
        );
        assert!(EventType::Event.covers(EventType::ProcessLiveness));
        assert_eq!(
            EventType::from_name("PROCESS_MEMORY"),
            Some(EventType::ProcessMemory)
        );
        assert_eq!(
            memory_payload("web", "g", 7, (9, 8), "stop", "stopped: x"),
            b"processname:web groupname:g pid:7 rss:9 limit:8 action:stop\nstopped: x"
        );
        assert_eq!(
            communication_payload("a", "g", 1, b"it's \xff\n"),
            b"processname:a groupname:g pid:1\nUndecodable: b\"it's \\xff\\n\""
        );
        assert_eq!(py_bytes_repr(b"a'\"\\"), "b'a\\'\"\\\\'");
        assert_eq!(tick_payload(60), b"when:60");
        assert_eq!(next_tick(61, 60), 120);
        assert_eq!(next_tick(60, 60), 120);
        assert_eq!(next_tick(4, 5), 5);
    }
}
