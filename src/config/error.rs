//! The one error type of config loading: a message plus where it came from.

use std::fmt;
use std::path::PathBuf;

/// A rejected configuration. `Display` gives the full message, e.g.
/// `not a valid boolean value: 'maybe' in section 'program:x' (file: '/etc/s.conf', line: 12)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// What is wrong (supervisor's wording where it has one).
    pub message: String,
    /// The section, when the error belongs to one.
    pub section: Option<String>,
    /// The file, when known.
    pub file: Option<PathBuf>,
    /// The 1-based line, when known.
    pub line: Option<usize>,
}

impl ConfigError {
    /// An error without location.
    pub fn new(message: impl Into<String>) -> ConfigError {
        ConfigError {
            message: message.into(),
            section: None,
            file: None,
            line: None,
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(s) = &self.section {
            write!(f, " in section '{}'", s)?;
        }
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, " (file: '{}', line: {})", file.display(), line),
            (Some(file), None) => write!(f, " (file: '{}')", file.display()),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for ConfigError {}
