//! One supervised process: its config, lifecycle `Machine`, live pipes and output sinks.
//! The pure lifecycle is in `state`; fork/exec in `spawn`; this module glues them.

pub mod affinity;
mod backoff;
mod child_env;
mod child_signals;
pub mod command;
pub mod describe;
mod devnull;
pub mod envfile;
pub mod errno_name;
pub mod fd_slots;
pub mod history;
pub mod hook;
pub mod output;
pub mod policy;
pub mod restarts;
pub mod snapshot;
pub mod spawn;
pub mod startup;
pub mod state;
mod stop;

use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::ProcessConfig;
pub use state::{Action, Exit, Machine, Policy, State};

/// A new value for [`Process::pipes_serial`], never handed out before in this daemon.
pub fn next_pipes_serial() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A supervised process as the event loop holds it. What most processes never use (checks,
/// hooks, `cron=`) is boxed: the table holds thousands of these.
#[derive(Debug)]
pub struct Process {
    /// Shared with the config it came from.
    pub config: Arc<ProcessConfig>,
    pub policy: Policy,
    pub machine: Machine,
    /// Write end of the child's stdin while it lives.
    pub stdin: Option<OwnedFd>,
    /// `sendProcessStdin` bytes the pipe did not take yet (written on POLLOUT).
    pub stdin_pending: Vec<u8>,
    /// Read end of the child's stdout until EOF.
    pub stdout: Option<OwnedFd>,
    /// Read end of the child's stderr until EOF (None with redirect_stderr).
    pub stderr: Option<OwnedFd>,
    /// Names the pipes of one spawn (see [`next_pipes_serial`]): the loop's interest set
    /// tells a respawn's new pipe from the old one at the same fd number by it.
    pub pipes_serial: u64,
    /// The errno the running child's failed exec step reported (see `spawn::Child`),
    /// logged once it is reaped.
    pub exec_error: Option<i32>,
    /// Output captures of both streams (log files, capture mode, events).
    pub outputs: output::Outputs,
    /// Start once stopped and allowed (restart_when_binary_changed, startup chains,
    /// `start` requests waiting for dependencies).
    pub restart_pending: bool,
    /// The readiness check (`ready=`), if configured.
    pub ready: Option<Box<crate::readiness::ReadyCheck>>,
    /// The live readiness probe while STARTING.
    pub probe: Option<Box<crate::readiness::probe::Probe>>,
    /// Why an automatic start is held back (a dependency not up): shown as the
    /// description of a never-started process instead of `Not started`.
    pub held: Option<crate::ordering::Blocker>,
    /// The executable of the last spawn (watched with `restart_when_binary_changed`).
    pub binary: Option<PathBuf>,
    /// `cron=`: the schedule and its armed match.
    pub cron: Option<Box<crate::cron::Timer>>,
    /// The last state changes with their reasons (the web UI's detail).
    pub history: history::History,
    /// The first start since boot (the web UI's startup timeline).
    pub startup: startup::StartRecord,
    /// The liveness check while RUNNING (`liveness_check_script`).
    pub liveness: Option<Box<crate::liveness::probe::Checker>>,
    /// A `pre_start_hook` or `pre_stop_hook` under way.
    pub hook: Option<Box<hook::Hook>>,
    /// The pre_start_hook passed: the next spawn runs the program itself.
    pub hook_passed: bool,
    /// Why the next spawn happens, when something other than an exit asked for it.
    pub restart_reason: Option<restarts::RestartReason>,
    /// The next `memory_limit` check, while the process has a pid and a limit.
    pub memory_due: Option<std::time::Instant>,
    /// The last `memory_action`'s words (`restarted: RSS 530 MB over memory_limit
    /// 512 MB`), shown in the description until an operator starts or stops it.
    pub memory_note: Option<String>,
}

impl Process {
    /// A never-started process for `config`, its AUTO logs created. Its captures are opened
    /// now when it is about to start (autostart, a chain member: no start waits for a file),
    /// else at its first spawn. The second value lists problems to log.
    pub fn new(
        config: Arc<ProcessConfig>,
        childlogdir: &Path,
        identifier: &str,
        strip_ansi: bool,
    ) -> (Process, Vec<String>) {
        let about_to_start = config.autostart || config.ext.startinorder;
        let (outputs, problems) =
            output::Outputs::new(&config, childlogdir, identifier, strip_ansi, about_to_start);
        let ready = config.ext.ready.as_deref().and_then(|r| {
            crate::readiness::ReadyCheck::parse(
                r,
                config.ext.ready_timeout.as_deref(),
                config.ext.ready_interval.as_deref(),
            )
            .ok()
            .map(Box::new)
        });
        let process = Process {
            policy: Policy::from_config(&config, ready.as_deref()),
            machine: Machine::new(&config.name),
            stdin: None,
            stdin_pending: Vec::new(),
            stdout: None,
            stderr: None,
            pipes_serial: 0,
            exec_error: None,
            outputs,
            restart_pending: false,
            ready,
            probe: None,
            held: None,
            binary: None,
            cron: config
                .ext
                .cron
                .as_deref()
                .and_then(|c| crate::cron::Schedule::parse(c).ok())
                .map(|s| Box::new(crate::cron::Timer::new(s))),
            history: Default::default(),
            startup: Default::default(),
            liveness: None,
            hook: None,
            hook_passed: false,
            restart_reason: None,
            memory_due: None,
            memory_note: None,
            config,
        };
        (process, problems)
    }

    /// `group:name`, or `name` when both are equal (supervisord's namespec).
    pub fn namespec(&self) -> String {
        if self.config.group == self.config.name {
            self.config.name.clone()
        } else {
            format!("{}:{}", self.config.group, self.config.name)
        }
    }

    /// Whether any output pipe is still open.
    pub fn pipes_open(&self) -> bool {
        self.stdout.is_some() || self.stderr.is_some()
    }

    /// Whether the log captures must stay open: while a child or its pipes live, while a
    /// start is coming (a backoff retry, an autorestart, a pending start), and while syslog
    /// messages wait for their server. A process that stopped for good (STOPPED, EXITED
    /// without restart, FATAL) needs none: Python drops its dispatchers, and so its log
    /// files, when the child is gone.
    pub fn logs_needed(&self) -> bool {
        if self.pipes_open() || self.restart_pending || self.outputs.syslog_pending() {
            return true;
        }
        match self.machine.state {
            State::Starting { .. }
            | State::Running { .. }
            | State::Stopping { .. }
            | State::Backoff { .. } => true,
            State::Exited { .. } | State::Stopped => {
                self.machine.deadline().is_some()
                    || self
                        .machine
                        .wants_spawn(std::time::Instant::now(), &self.policy)
            }
            State::Fatal | State::Unknown => false,
        }
    }
}

/// Local time formatted like supervisord's stop-time description (`Nov 22 07:03 PM`).
pub fn stop_time_text(epoch: i64) -> String {
    strftime(epoch, c"%b %d %I:%M %p")
}

/// `strftime` of a local time (libc; reads /etc/localtime, no NSS).
pub fn strftime(epoch: i64, fmt: &std::ffi::CStr) -> String {
    use nix::libc;
    let t: libc::time_t = epoch as libc::time_t;
    // SAFETY: localtime_r/strftime write only into the local buffers given.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return String::new();
        }
        let mut buf = [0u8; 64];
        let n = libc::strftime(buf.as_mut_ptr().cast(), buf.len(), fmt.as_ptr(), &tm);
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }
}

/// The groups of `programs` (program sections) and their processes, built as the daemon
/// builds them, AUTO logs in a fresh directory (returned; the caller removes it).
#[cfg(test)]
pub(crate) fn test_table(
    prefix: &str,
    name: &str,
    programs: &str,
) -> (Vec<crate::config::GroupConfig>, Vec<Process>, PathBuf) {
    let dir = std::env::temp_dir().join(format!("{prefix}-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let conf = dir.join("s.conf");
    std::fs::write(&conf, format!("[supervisord]\n{programs}")).expect("write conf");
    let cfg = crate::config::load(&conf, &Default::default()).expect("config");
    let procs = cfg
        .groups
        .iter()
        .flat_map(|g| &g.processes)
        .map(|pc| Process::new(pc.clone(), &dir, "test", false).0)
        .collect();
    (cfg.groups, procs, dir)
}

#[cfg(test)]
mod tests {
    use super::{Exit, Process, State};
    use std::time::{Duration, Instant};

    /// The processes of `programs` (program sections), built as the daemon builds them.
    fn processes(name: &str, programs: &str) -> Vec<Process> {
        let (_, procs, dir) = super::test_table("logs-needed", name, programs);
        let _ = std::fs::remove_dir_all(&dir);
        procs
    }

    #[test]
    fn logs_open_for_a_coming_start_and_are_not_needed_once_stopped_for_good() {
        let procs = processes(
            "a",
            "[program:idle]\ncommand=/bin/true\nautostart=false\nstdout_logfile=NONE\n\
             stderr_logfile=NONE\n\
             [program:auto]\ncommand=/bin/true\nstdout_logfile=NONE\nstderr_logfile=NONE\n\
             [program:once]\ncommand=/bin/true\nautorestart=false\nstartsecs=0\n\
             stdout_logfile=NONE\nstderr_logfile=NONE\n\
             [program:always]\ncommand=/bin/true\nautorestart=true\nstartsecs=0\n\
             stdout_logfile=NONE\nstderr_logfile=NONE\n\
             [program:quick]\ncommand=/bin/true\nautorestart=true\nstartsecs=0\n\
             stdout_logfile=NONE\nstderr_logfile=NONE\n",
        );
        let [always, auto, idle, once, quick] = <[Process; 5]>::try_from(procs).expect("five");
        // Built: only a process about to start has its logs open.
        assert!(!idle.outputs.is_open() && !idle.logs_needed());
        assert!(auto.outputs.is_open() && auto.logs_needed());
        let now = Instant::now();
        let run = |mut p: Process, ran: Duration| {
            let _ = p.machine.spawned(42, now, 1, &p.policy);
            assert!(p.logs_needed(), "while the child lives");
            let _ = p.machine.exited(Exit::Code(0), now + ran, 2, &p.policy);
            p
        };
        // Exited and not restarted: not needed; restarted at once or after the throttle:
        // needed.
        let once = run(once, Duration::from_secs(5));
        assert!(matches!(once.machine.state, State::Exited { .. }));
        assert!(!once.logs_needed());
        let always = run(always, Duration::from_secs(5));
        assert!(always.logs_needed(), "autorestart at once");
        let mut quick = run(quick, Duration::from_millis(5));
        assert!(quick.logs_needed(), "a restart delayed by the throttle");
        quick.machine.cancel_respawn();
        assert!(!quick.logs_needed(), "an operator's stop cancelled it");
        quick.restart_pending = true;
        assert!(quick.logs_needed(), "a start is pending");
        // A start that failed (startsecs not reached) is retried: needed in BACKOFF.
        let failed = run(auto, Duration::from_millis(5));
        assert!(matches!(failed.machine.state, State::Backoff { .. }));
        assert!(failed.logs_needed());
    }
}
