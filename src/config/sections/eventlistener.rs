//! `[eventlistener:x]`: a pool of listener processes and the events it subscribes to.

use std::collections::BTreeSet;

use crate::config::error::ConfigError;
use crate::config::model::{GroupConfig, GroupKind};
use crate::config::reader::Source;
use crate::config::values::{boolean, integer, list_of_strings};
use crate::events::types::EventType;
use crate::events::ResultHandler;

use super::program;

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
        let hv = r.get_or("result_handler", "supervisor.dispatchers:default_handler")?;
        let result_handler = hv.text.trim().to_string();
        // Python imports the function; the handlers found in the wild are built in
        // (events::result_handler). The machine-independent reading accepts any, as the
        // conformance contract asks.
        if r.src.machine_checks && ResultHandler::from_spec(&result_handler).is_none() {
            return Err(r.err(
                Some(&hv),
                format!("{result_handler} cannot be resolved within [{section}]"),
            ));
        }
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
        // Names are matched exactly against the event types the daemon knows.
        let known = |n: &str| EventType::from_name(n).is_some_and(|t| t.name() == n);
        if let Some(n) = names.iter().find(|n| !known(n)) {
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
            processes: crate::config::model::shared(processes),
        });
    }
    Ok(groups)
}
