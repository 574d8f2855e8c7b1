//! Logging from the engine: supervisord's levels onto the `log` facade, whose logger is
//! the main log installed by `logging::init` (CRIT = `error!` with target `crit`,
//! BLAT = `trace!` with target `blather`, as `logging::mainlog` documents).

use crate::config::LogLevel;

/// Logs `msg` at a supervisord level through the `log` facade.
pub fn emit(level: LogLevel, msg: &str) {
    match level {
        LogLevel::Critical => log::error!(target: "crit", "{msg}"),
        LogLevel::Error => log::error!("{msg}"),
        LogLevel::Warn => log::warn!("{msg}"),
        LogLevel::Info => log::info!("{msg}"),
        LogLevel::Debug => log::debug!("{msg}"),
        LogLevel::Trace => log::trace!("{msg}"),
        LogLevel::Blather => log::trace!(target: "blather", "{msg}"),
    }
}
