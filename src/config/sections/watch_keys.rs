//! The Go port's change-watching and scheduling keys of a program-like section: `cron`,
//! `restart_{cmd,signal}_when_binary_changed`, `restart_directory_monitor`,
//! `restart_file_pattern`, `restart_{cmd,signal}_when_file_changed`.

use std::path::Path;

use crate::config::error::ConfigError;
use crate::config::model::{ChangeAction, FileWatch, ProcessExt};
use crate::config::reader::SectionReader;
use crate::config::values::{expand_user, signal_number};

/// Reads the keys into `x`.
pub fn read(r: &SectionReader, x: &mut ProcessExt) -> Result<(), ConfigError> {
    if let Some(v) = r.get("cron")? {
        crate::cron::Schedule::parse(&v.text).map_err(|e| r.err(Some(&v), format!("cron: {e}")))?;
        x.cron = Some(v.text);
    }
    x.binary_change = action(r, "binary")?;
    let file_action = action(r, "file")?;
    if let Some(v) = r.get("restart_directory_monitor")? {
        let text = expand_user(v.text.trim());
        if text.is_empty() {
            return Err(r.err(Some(&v), "restart_directory_monitor: empty".into()));
        }
        let pattern = r
            .get("restart_file_pattern")?
            .map(|p| p.text.trim().to_string())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "*".into());
        x.file_watch = Some(FileWatch {
            dir: Path::new(&r.src.here).join(text),
            pattern,
            action: file_action,
        });
    }
    Ok(())
}

/// `restart_cmd_when_WHAT_changed` (wins) or `restart_signal_when_WHAT_changed`.
fn action(r: &SectionReader, what: &str) -> Result<ChangeAction, ConfigError> {
    if let Some(v) = r.get(&format!("restart_cmd_when_{what}_changed"))? {
        let cmd = v.text.trim();
        if !cmd.is_empty() {
            return Ok(ChangeAction::Command(cmd.to_string()));
        }
    }
    let key = format!("restart_signal_when_{what}_changed");
    let Some(v) = r.get(&key)? else {
        return Ok(ChangeAction::Restart);
    };
    // The Go port splits the value into a list of signals; one is what a reload needs.
    let names: Vec<&str> = v
        .text
        .split([' ', '\t', ','])
        .filter(|s| !s.is_empty())
        .collect();
    match names[..] {
        [] => Ok(ChangeAction::Restart),
        [one] => Ok(ChangeAction::Signal(
            signal_number(one).map_err(|e| r.err(Some(&v), format!("{key}: {e}")))?,
        )),
        _ => Err(r.err(Some(&v), format!("{key}: takes one signal"))),
    }
}
