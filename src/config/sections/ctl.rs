//! `[supervisorctl]`: where and how the control client connects.

use std::path::PathBuf;

use crate::config::error::ConfigError;
use crate::config::model::CtlConfig;
use crate::config::reader::Source;
use crate::config::values::normalize_path;

const SECTION: &str = "supervisorctl";

/// `[supervisorctl]` for the daemon's `Config`: read leniently (the daemon itself never
/// uses it, and supervisord does not validate it).
pub fn lenient(src: &Source) -> CtlConfig {
    if !src.doc.has_section(SECTION) {
        return CtlConfig::default();
    }
    strict(src).unwrap_or(CtlConfig {
        present: true,
        ..CtlConfig::default()
    })
}

/// `[supervisorctl]` as supervisorctl reads it (expansion errors are errors).
pub fn strict(src: &Source) -> Result<CtlConfig, ConfigError> {
    let here = src.reader(SECTION, src.here_exp());
    let plain = src.reader(SECTION, Default::default());
    let serverurl = here
        .opt_string("serverurl")?
        .map(|u| match u.strip_prefix("unix://") {
            Some(p) => format!("unix://{}", normalize_path(p)),
            None => u,
        });
    Ok(CtlConfig {
        present: src.doc.has_section(SECTION),
        serverurl,
        username: plain.opt_string("username")?,
        password: plain.opt_string("password")?,
        prompt: plain.opt_string("prompt")?,
        history_file: here
            .opt_string("history_file")?
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(normalize_path(&h))),
    })
}
