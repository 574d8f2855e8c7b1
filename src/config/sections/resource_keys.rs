//! The resource keys of a program-like section: `rlimit_*` and `memory_limit`,
//! `memory_check_interval`, `memory_action` (see `crate::resources`). Python ignores them.

use std::collections::HashMap;

use crate::config::error::ConfigError;
use crate::config::model::ProcessExt;
use crate::config::reader::{SectionReader, Val};
use crate::resources::rlimit::RESOURCES;
use crate::resources::{ResourceConfig, MEMORY_KEYS};

/// Reads the keys into `x`; a wrong value is an error at its line.
pub fn read(r: &SectionReader, x: &mut ProcessExt) -> Result<(), ConfigError> {
    let mut vals: HashMap<&str, Val> = HashMap::new();
    for key in RESOURCES.iter().map(|r| r.key()).chain(MEMORY_KEYS) {
        if let Some(v) = r.get(key)? {
            vals.insert(key, v);
        }
    }
    x.resources = ResourceConfig::parse(|k| vals.get(k).map(|v| v.text.clone()))
        .map_err(|e| r.err(vals.get(e.key), format!("{}: {}", e.key, e.message)))?;
    Ok(())
}
