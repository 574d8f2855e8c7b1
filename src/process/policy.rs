//! The lifecycle policy of one process: the config options the state machine reads.

use std::time::Duration;

use super::state::libc_sig;
use crate::config::{AutoRestart, ProcessConfig};
use crate::readiness::{ReadyCheck, DEFAULT_TIMEOUT};

/// The lifecycle policy of one process (the config options the machine reads).
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub autostart: bool,
    pub autorestart: AutoRestart,
    pub startsecs: u64,
    pub startretries: u64,
    pub exitcodes: Vec<i32>,
    /// Signal numbers tried in turn, each waited `stopwaitsecs`, then SIGKILL.
    pub stopsignals: Vec<i32>,
    pub stopwaitsecs: u64,
    pub stopasgroup: bool,
    pub killasgroup: bool,
    /// With a readiness check (`ready=`): how long STARTING may wait to become ready
    /// before the start counts as failed. `None`: RUNNING after startsecs alone.
    pub ready_timeout: Option<Duration>,
    /// `restartpause`: an automatic restart after an exit waits this long (0: no pause).
    pub restartpause: Duration,
    /// `killwaitsecs`: the wait after each SIGKILL before it is sent again (`None`:
    /// `stopwaitsecs`, at least 1 s).
    pub killwaitsecs: Option<Duration>,
}

impl Policy {
    /// Extracts the policy from a process config (stopsignals default to TERM) and its
    /// readiness check, parsed once by the caller from the same config.
    pub fn from_config(c: &ProcessConfig, ready: Option<&ReadyCheck>) -> Policy {
        let mut stopsignals: Vec<i32> = c.stopsignals.iter().map(|s| s.0).collect();
        if stopsignals.is_empty() {
            stopsignals.push(libc_sig::TERM);
        }
        Policy {
            autostart: c.autostart,
            autorestart: c.autorestart,
            startsecs: c.startsecs,
            startretries: c.startretries,
            exitcodes: c.exitcodes.clone(),
            stopsignals,
            stopwaitsecs: c.stopwaitsecs,
            stopasgroup: c.stopasgroup,
            killasgroup: c.killasgroup || c.stopasgroup,
            ready_timeout: c
                .ext
                .ready
                .as_ref()
                .map(|_| ready.map_or(DEFAULT_TIMEOUT, |check| check.timeout)),
            restartpause: c.ext.restartpause.unwrap_or_default(),
            killwaitsecs: c.ext.killwaitsecs,
        }
    }
}
