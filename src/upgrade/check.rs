//! `supervisord upgrade-check --state-fd N`: the new binary reads the state an upgrading
//! daemon wrote and the config its command line names, and exits 0 only if it could take
//! both over (every process with a live child is still configured), saying so with the
//! line `upgrade-check: ok`. Run by the old daemon before it `execve`s; without that line
//! it logs what this program printed and carries on.

use std::path::Path;

use super::handover::{read_fd, CHECK_OK};
use super::state::UpgradeState;
use crate::config;

/// Runs the check; the process exit status.
pub fn run(args: &[String]) -> i32 {
    match check(args) {
        Ok(n) => {
            println!("{CHECK_OK} ({n} processes)");
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

fn check(args: &[String]) -> Result<usize, String> {
    let fd = match args {
        [flag, n] if flag == "--state-fd" => n
            .parse::<i32>()
            .map_err(|_| format!("--state-fd {n:?} is not a descriptor number"))?,
        _ => return Err("usage: supervisord upgrade-check --state-fd N".into()),
    };
    let text = read_fd(fd)?;
    let state = UpgradeState::parse(&text).map_err(|e| e.to_string())?;
    let config = load_config(&state.argv)?;
    for p in state
        .procs
        .iter()
        .filter(|p| p.machine.state.pid().is_some())
    {
        let known = config
            .groups
            .iter()
            .any(|g| g.name == p.group && g.processes.iter().any(|c| c.name == p.name));
        if !known {
            return Err(format!(
                "'{}:{}' runs but the config does not name it any more",
                p.group, p.name
            ));
        }
    }
    Ok(state.procs.len())
}

/// The config the daemon with command line `argv` reads (as `main` finds it).
pub fn load_config(argv: &[String]) -> Result<config::Config, String> {
    let argv0 = argv.first().map(String::as_str).unwrap_or("supervisord");
    let parsed = config::parse_daemon_args(argv.get(1..).unwrap_or_default())?;
    let path = match parsed.configuration {
        Some(p) => p,
        None => config::find_config_file(Path::new(argv0)).map_err(|e| e.to_string())?,
    };
    config::load(&path, &parsed.overrides).map_err(|e| e.to_string())
}
