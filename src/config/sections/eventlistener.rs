//! `[eventlistener:x]`: a pool of listener processes and the events it subscribes to.

use std::collections::BTreeSet;

use crate::config::error::ConfigError;
use crate::config::model::{GroupConfig, GroupKind};
use crate::config::reader::Source;
use crate::config::values::{boolean, integer, list_of_strings};

use super::program;

/// Event type names an `[eventlistener:x] events=` line may use.
pub const EVENT_NAMES: &[&str] = &[
    "EVENT",
    "PROCESS_STATE",
    "PROCESS_STATE_STOPPED",
    "PROCESS_STATE_EXITED",
    "PROCESS_STATE_STARTING",
    "PROCESS_STATE_STOPPING",
    "PROCESS_STATE_BACKOFF",
    "PROCESS_STATE_FATAL",
    "PROCESS_STATE_RUNNING",
    "PROCESS_STATE_UNKNOWN",
    "PROCESS_COMMUNICATION",
    "PROCESS_COMMUNICATION_STDOUT",
    "PROCESS_COMMUNICATION_STDERR",
    "PROCESS_LOG",
    "PROCESS_LOG_STDOUT",
    "PROCESS_LOG_STDERR",
    "REMOTE_COMMUNICATION",
    "SUPERVISOR_STATE_CHANGE",
    "SUPERVISOR_STATE_CHANGE_RUNNING",
    "SUPERVISOR_STATE_CHANGE_STOPPING",
    "TICK",
    "TICK_5",
    "TICK_60",
    "TICK_3600",
    "PROCESS_GROUP",
    "PROCESS_GROUP_ADDED",
    "PROCESS_GROUP_REMOVED",
];

/// A group for each `[eventlistener:x]`.
pub fn groups(src: &Source, warnings: &mut Vec<String>) -> Result<Vec<GroupConfig>, ConfigError> {
    let mut groups = Vec::new();
    for section in src.doc.section_names() {
        let Some(pool) = section.strip_prefix("eventlistener:") else {
            continue;
        };
        let r = src.reader(&section, src.here_exp());
        let priority = r.int("priority", "-1")?;
        let bv = r.get_or("buffer_size", "10")?;
        let buffer_size = r.parse(&bv, integer)?;
        if buffer_size < 1 {
            return Err(r.err(
                Some(&bv),
                format!(
                    "[{}] section sets invalid buffer_size ({})",
                    section, buffer_size
                ),
            ));
        }
        let buffer_size = u32::try_from(buffer_size)
            .map_err(|_| r.err(Some(&bv), "buffer_size is too large".into()))?;
        let result_handler =
            r.string("result_handler", "supervisor.dispatchers:default_handler")?;
        let ev = r.get_or("events", "")?;
        let names: BTreeSet<String> = list_of_strings(&ev.text)
            .into_iter()
            .map(|x| x.to_uppercase())
            .collect();
        if names.is_empty() {
            return Err(r.err(
                Some(&ev),
                format!("[{}] section requires an \"events\" line", section),
            ));
        }
        if let Some(n) = names.iter().find(|n| !EVENT_NAMES.contains(&n.as_str())) {
            return Err(r.err(
                Some(&ev),
                format!("Unknown event type {} in [{}] events", n, section),
            ));
        }
        let rv = r.get_or("redirect_stderr", "false")?;
        if r.parse(&rv, boolean)? {
            return Err(r.err(
                Some(&rv),
                format!("[{}] section sets redirect_stderr=true but this is not allowed because it will interfere with the eventlistener protocol", section),
            ));
        }
        let processes = program::processes(src, warnings, &section, pool)?;
        groups.push(GroupConfig {
            name: pool.to_string(),
            kind: GroupKind::EventListener {
                events: names.into_iter().collect(),
                buffer_size,
                result_handler,
            },
            priority,
            processes,
        });
    }
    Ok(groups)
}
