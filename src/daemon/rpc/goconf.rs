//! What the Go port's config and log routes (`/conf/{program}`, `/confFile`, `/log/…`)
//! need from the loop: a program's effective config, the main config file's path, and a
//! program's log files. The HTTP thread reads the files itself.

use super::{process_index, Params};
use crate::control::Reply;
use crate::daemon::supervisor::Supervisor;
use crate::logging::Channel;
use crate::rpc::Value;

/// `ours.programConfig(name)`: the process's config as `check --json --extensions` shows
/// it, as JSON text.
pub(super) fn program_config(sup: &Supervisor, p: &Params) -> Reply {
    let idx = process_index(sup, &p.string(0)?)?;
    Ok(Value::Str(crate::config::document::process_json(
        &sup.procs()[idx].config,
    )))
}

/// `ours.configFile()`: the main configuration file.
pub(super) fn config_file(sup: &Supervisor) -> Reply {
    Ok(Value::Str(sup.config().path.display().to_string()))
}

/// `ours.logFiles(name)`: `{stdout, stderr}`, the files the process's logs are written to
/// (empty when a stream has none).
pub(super) fn log_files(sup: &Supervisor, p: &Params) -> Reply {
    let idx = process_index(sup, &p.string(0)?)?;
    let outputs = &sup.procs()[idx].outputs;
    let path = |c| {
        Value::Str(
            outputs
                .logfile(c)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        )
    };
    Ok(Value::strukt([
        ("stdout", path(Channel::Stdout)),
        ("stderr", path(Channel::Stderr)),
    ]))
}
