//! `[supervisord] remember_stopped`: the processes an operator stopped (stopProcess,
//! stopProcessGroup, stopAllProcesses), which then stay stopped across a reload, SIGHUP
//! and `update` until an operator starts them again.
//!
//! The set holds `(group, process)` names only, never more than [`MAX_ENTRIES`], and the
//! supervisor keeps it to processes that exist (`retain`), so it is bounded by the process
//! table. [`RememberedStops::to_text`] / [`RememberedStops::from_text`] are its versioned
//! form, for carrying it to another daemon process (an in-place upgrade): a reader refuses
//! a version it does not know rather than guess.

use std::collections::BTreeSet;
use std::fmt;

/// The version [`RememberedStops::to_text`] writes.
pub const VERSION: u32 = 1;
/// The first word of the serialised form.
const MAGIC: &str = "supervisord-remembered-stops";
/// Most entries kept (and read back).
pub const MAX_ENTRIES: usize = 65_536;
/// Longest group or process name read back.
const MAX_NAME: usize = 1024;

/// Processes an operator stopped, by `(group, name)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RememberedStops {
    entries: BTreeSet<(String, String)>,
}

/// Why a serialised set was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The first line is not `supervisord-remembered-stops N`.
    NotASet,
    /// A version this build does not know.
    UnknownVersion(String),
    /// Line `n` (1-based) is not `group<TAB>name` with sane names.
    BadLine(usize),
    /// More than [`MAX_ENTRIES`] entries.
    TooMany,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotASet => write!(f, "not a remembered-stops document"),
            ReadError::UnknownVersion(v) => {
                write!(
                    f,
                    "remembered-stops version {v} is unknown (this build reads {VERSION})"
                )
            }
            ReadError::BadLine(n) => write!(f, "remembered-stops line {n} is malformed"),
            ReadError::TooMany => write!(f, "more than {MAX_ENTRIES} remembered stops"),
        }
    }
}

fn sane(name: &str) -> bool {
    !name.is_empty() && name.len() <= MAX_NAME && !name.chars().any(char::is_control)
}

impl RememberedStops {
    /// Records an operator's stop (ignored once [`MAX_ENTRIES`] are held).
    pub fn record(&mut self, group: &str, name: &str) {
        if self.entries.len() < MAX_ENTRIES {
            self.entries.insert((group.to_string(), name.to_string()));
        }
    }

    /// Forgets a process (an operator started it, or it was removed).
    pub fn forget(&mut self, group: &str, name: &str) {
        if !self.entries.is_empty() {
            self.entries.remove(&(group.to_string(), name.to_string()));
        }
    }

    /// Forgets every process of a group (the group was removed).
    pub fn forget_group(&mut self, group: &str) {
        self.entries.retain(|(g, _)| g != group);
    }

    /// Whether the process is remembered as stopped.
    pub fn contains(&self, group: &str, name: &str) -> bool {
        !self.entries.is_empty()
            && self
                .entries
                .contains(&(group.to_string(), name.to_string()))
    }

    /// Keeps only the processes `exists` says are still configured.
    pub fn retain(&mut self, exists: impl Fn(&str, &str) -> bool) {
        self.entries.retain(|(g, n)| exists(g, n));
    }

    /// Forgets everything (the option was turned off).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Every remembered `(group, name)`, sorted.
    pub fn entries(&self) -> impl Iterator<Item = &(String, String)> {
        self.entries.iter()
    }

    /// How many processes are remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The versioned text form: `supervisord-remembered-stops 1`, then one
    /// `group<TAB>name` line per process, sorted.
    pub fn to_text(&self) -> String {
        let mut s = format!("{MAGIC} {VERSION}\n");
        for (g, n) in &self.entries {
            s.push_str(g);
            s.push('\t');
            s.push_str(n);
            s.push('\n');
        }
        s
    }

    /// Reads [`RememberedStops::to_text`]'s form; refuses an unknown version, a malformed
    /// line and more than [`MAX_ENTRIES`] entries.
    pub fn from_text(text: &str) -> Result<RememberedStops, ReadError> {
        let mut lines = text.lines();
        let header = lines.next().ok_or(ReadError::NotASet)?;
        let version = header
            .strip_prefix(MAGIC)
            .and_then(|v| v.strip_prefix(' '))
            .ok_or(ReadError::NotASet)?;
        if version != VERSION.to_string() {
            return Err(ReadError::UnknownVersion(
                version.chars().take(32).collect(),
            ));
        }
        let mut set = RememberedStops::default();
        for (i, line) in lines.enumerate() {
            let entry = line
                .split_once('\t')
                .filter(|(g, n)| sane(g) && sane(n) && !n.contains('\t'));
            let Some((g, n)) = entry else {
                return Err(ReadError::BadLine(i + 2));
            };
            if set.entries.len() >= MAX_ENTRIES {
                return Err(ReadError::TooMany);
            }
            set.entries.insert((g.to_string(), n.to_string()));
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_forgets_and_retains() {
        let mut s = RememberedStops::default();
        s.record("web", "web_0");
        s.record("web", "web_1");
        s.record("db", "db");
        assert!(s.contains("web", "web_0"));
        s.forget("web", "web_0");
        assert!(!s.contains("web", "web_0"));
        s.retain(|g, _| g == "web");
        assert_eq!(s.len(), 1);
        s.forget_group("web");
        assert!(s.is_empty());
    }

    #[test]
    fn text_form_round_trips_and_is_versioned() {
        let mut s = RememberedStops::default();
        s.record("web", "web_0");
        s.record("a b", "x:y");
        let text = s.to_text();
        assert_eq!(
            text,
            "supervisord-remembered-stops 1\na b\tx:y\nweb\tweb_0\n"
        );
        assert_eq!(RememberedStops::from_text(&text), Ok(s));
        assert_eq!(
            RememberedStops::from_text("supervisord-remembered-stops 2\n"),
            Err(ReadError::UnknownVersion("2".into()))
        );
        assert_eq!(
            RememberedStops::from_text("something else\n"),
            Err(ReadError::NotASet)
        );
        assert_eq!(
            RememberedStops::from_text("supervisord-remembered-stops 1\nnotab\n"),
            Err(ReadError::BadLine(2))
        );
        assert_eq!(
            RememberedStops::from_text("supervisord-remembered-stops 1\na\tb\tc\n"),
            Err(ReadError::BadLine(2))
        );
    }

    #[test]
    fn bounded() {
        let mut s = RememberedStops::default();
        for i in 0..MAX_ENTRIES + 5 {
            s.record("g", &i.to_string());
        }
        assert_eq!(s.len(), MAX_ENTRIES);
        let mut text = s.to_text();
        text.push_str("g\textra\n");
        assert_eq!(RememberedStops::from_text(&text), Err(ReadError::TooMany));
    }
}
