//! Per-program resources: limits set in the child before exec (`rlimit_*`, see
//! [`rlimit`](crate::resources::rlimit)) and the memory watch (`memory_limit`,
//! `memory_check_interval`, `memory_action`, see [`memory`](crate::resources::memory))
//! over the RSS of a process tree ([`proctree`](crate::resources::proctree)).
//!
//! | key | default | meaning |
//! |---|---|---|
//! | `rlimit_nofile`, `rlimit_nproc`, `rlimit_cpu` | — | `soft[:hard]`: counts, seconds; `unlimited` |
//! | `rlimit_as`, `rlimit_core`, `rlimit_memlock`, `rlimit_stack` | — | `soft[:hard]` in bytes (`512MB`); `unlimited` |
//! | `memory_limit` | — | RSS of the process and its descendants allowed (`512MB`) |
//! | `memory_check_interval` | 5 | seconds between checks (at least 0.1) |
//! | `memory_action` | `restart` | `restart`, `stop` or a signal name |

pub mod memory;
pub mod proctree;
pub mod rlimit;

use memory::{MemoryKeys, MemoryWatch};
use rlimit::{Rlimit, RESOURCES};

/// A program's resource settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceConfig {
    /// The configured limits, in [`RESOURCES`] order.
    pub rlimits: Vec<Rlimit>,
    pub memory: Option<MemoryWatch>,
}

/// The memory watch's keys.
pub const MEMORY_KEYS: [&str; 3] = ["memory_limit", "memory_check_interval", "memory_action"];

/// Why a resource key does not parse (the caller adds file, section and line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceError {
    pub key: &'static str,
    pub message: String,
}

impl ResourceConfig {
    /// Reads every key through `get` (a raw value, or `None` when unset).
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> Result<ResourceConfig, ResourceError> {
        let mut rlimits = Vec::new();
        for r in RESOURCES {
            if let Some(text) = get(r.key()).filter(|t| !t.trim().is_empty()) {
                rlimits.push(rlimit::parse(r, &text).map_err(|m| ResourceError {
                    key: r.key(),
                    message: m,
                })?);
            }
        }
        let [l, i, a] = MEMORY_KEYS.map(&get);
        let memory = memory::parse(MemoryKeys {
            limit: l.as_deref(),
            interval: i.as_deref(),
            action: a.as_deref(),
        })
        .map_err(|(key, message)| ResourceError { key, message })?;
        Ok(ResourceConfig { rlimits, memory })
    }

    /// The limit set for `r`, if any.
    pub fn rlimit(&self, r: rlimit::Resource) -> Option<&Rlimit> {
        self.rlimits.iter().find(|l| l.resource == r)
    }

    /// The `check --json --extensions` fields: every key, as text (bytes, seconds), or null.
    pub fn json_fields(&self) -> Vec<(String, crate::json::JsonValue)> {
        use crate::json::JsonValue as J;
        let mut out: Vec<(String, J)> = RESOURCES
            .iter()
            .map(|&r| {
                let v = self.rlimit(r).map_or(J::Null, |l| J::str(l.to_string()));
                (r.key().to_string(), v)
            })
            .collect();
        let m = self.memory.as_ref();
        out.push((
            MEMORY_KEYS[0].into(),
            m.map_or(J::Null, |m| J::str(m.limit.to_string())),
        ));
        out.push((
            MEMORY_KEYS[1].into(),
            m.map_or(J::Null, |m| J::str(m.interval.as_secs_f64().to_string())),
        ));
        out.push((
            MEMORY_KEYS[2].into(),
            m.map_or(J::Null, |m| J::str(m.action.name())),
        ));
        out
    }

    /// One line for `check`'s summary (`rlimit_nofile=64:128 memory_limit=536870912 (512
    /// MB) every 5 s: restart`), `None` when nothing is set.
    pub fn summary(&self) -> Option<String> {
        let mut parts: Vec<String> = self
            .rlimits
            .iter()
            .map(|l| format!("{}={l}", l.resource.key()))
            .collect();
        if let Some(m) = &self.memory {
            parts.push(format!(
                "memory_limit={} ({}) every {} s: {}",
                m.limit,
                memory::megabytes(m.limit),
                m.interval.as_secs_f64(),
                m.action.name()
            ));
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// The keys whose values differ between `self` and `other` (the config diff).
    pub fn changed_keys(&self, other: &ResourceConfig) -> Vec<&'static str> {
        let mut keys: Vec<&'static str> = RESOURCES
            .iter()
            .filter(|&&r| self.rlimit(r) != other.rlimit(r))
            .map(|r| r.key())
            .collect();
        match (self.memory, other.memory) {
            (Some(a), Some(b)) => {
                for (key, differs) in [
                    (MEMORY_KEYS[0], a.limit != b.limit),
                    (MEMORY_KEYS[1], a.interval != b.interval),
                    (MEMORY_KEYS[2], a.action != b.action),
                ] {
                    if differs {
                        keys.push(key);
                    }
                }
            }
            // Without a limit the interval and action do nothing: the limit is the change.
            (a, b) if a != b => keys.push(MEMORY_KEYS[0]),
            _ => {}
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> Result<ResourceConfig, ResourceError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ResourceConfig::parse(|k| map.get(k).cloned())
    }

    #[test]
    fn keys_read_show_and_diff() {
        let a = parse(&[("rlimit_nofile", "64:128"), ("memory_limit", "1MB")]).unwrap();
        assert_eq!(a.rlimits.len(), 1);
        let json = crate::json::to_json(&crate::json::JsonValue::Object(a.json_fields()));
        assert!(json.contains("\"rlimit_nofile\":\"64:128\""), "{json}");
        assert!(json.contains("\"memory_limit\":\"1048576\""), "{json}");
        assert!(json.contains("\"memory_action\":\"restart\""), "{json}");
        assert!(json.contains("\"rlimit_core\":null"), "{json}");
        let b = parse(&[("rlimit_nofile", "64:128"), ("memory_limit", "1MB")]).unwrap();
        assert!(a.changed_keys(&b).is_empty());
        assert_eq!(
            a.summary().as_deref(),
            Some("rlimit_nofile=64:128 memory_limit=1048576 (1 MB) every 5 s: restart")
        );
        assert_eq!(ResourceConfig::default().summary(), None);
        let c = parse(&[
            ("rlimit_core", "0"),
            ("memory_limit", "1MB"),
            ("memory_action", "stop"),
        ])
        .unwrap();
        assert_eq!(
            a.changed_keys(&c),
            ["rlimit_nofile", "rlimit_core", "memory_action"]
        );
        let none = parse(&[("rlimit_core", "0"), ("memory_action", "stop")]).unwrap();
        assert_eq!(c.changed_keys(&none), ["memory_limit"]);
        assert_eq!(
            parse(&[("rlimit_stack", "9:8")]).unwrap_err().key,
            "rlimit_stack"
        );
    }
}
