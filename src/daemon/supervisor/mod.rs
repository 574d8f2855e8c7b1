//! The supervisor: every process of the running config and the daemon's mood, with the
//! operations the event loop and the call handlers perform on them. The process table is
//! private; callers go through methods, and this module depends on neither the loop nor
//! the handlers.
//!
//! The methods are grouped by concern, one `impl Supervisor` block per file:
//! - `start`: autostart, autorestart and backoff retries (the start pass), spawning,
//!   readiness probes and a start asked for by a call;
//! - `output`: child output pipes, stdin writes, log clearing;
//! - `reap`: child exits and state changes;
//! - `shutdown`: stopping, signals, the ordered shutdown;
//! - `reload`: config changes (restart, added/removed groups, reopened logs);
//! - `update`: a changed group updated process by process (`ours.updateGroup`);
//! - `remember`: `remember_stopped`, operators' stops kept across reloads;
//! - `events`: the event listener pools wired to the process table;
//! - `watch`: `cron=` starts and change-triggered actions (inotify, action commands).
//!
//! Autostart, autorestart and backoff retries all go through `start_eligible`, the single
//! place where an ordered-startup gate (priority chains, `depends_on`) plugs in: see
//! `Supervisor::may_autostart`.

mod carry;
mod events;
mod handover;
mod hooks;
mod info_order;
mod liveness;
mod memory;
mod ordering;
mod output;
mod reap;
mod reload;
mod remember;
mod shutdown;
mod start;
mod stored;
mod table;
mod update;
mod watch;

use std::time::{Duration, Instant, SystemTime};

use reload::build_procs;
use start::spawn_context;
pub use stored::StoredGroup;

use super::eventbus::Bus;
use super::metrics::Metrics;
use crate::config::Config;
use crate::logging::{emit, MainLogHandle};

use crate::process::spawn::SpawnContext;
use crate::process::{Action, Process};

pub use output::StdinError;
pub use reload::{AddGroupError, RemoveGroupError};
pub use shutdown::{send_signal, SignalError};
pub use start::{ProbeSource, StartRefusal, SPAWN_BUDGET};
pub use update::UpdateRefusal;

/// supervisord's mood (`getState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    Running,
    /// Stopping everything, then re-reading the config and starting again.
    Restarting,
    /// Stopping everything, then exiting.
    Shutdown,
}

impl Mood {
    /// `getState` code.
    pub fn code(self) -> i64 {
        match self {
            Mood::Running => 1,
            Mood::Restarting => 0,
            Mood::Shutdown => -1,
        }
    }
    /// `getState` name.
    pub fn name(self) -> &'static str {
        match self {
            Mood::Running => "RUNNING",
            Mood::Restarting => "RESTARTING",
            Mood::Shutdown => "SHUTDOWN",
        }
    }
}

/// Exit status of the daemon when a program's `exit_policy` triggered the shutdown.
pub const EXIT_POLICY_CODE: i32 = 3;

/// Every process and the daemon's state.
pub struct Supervisor {
    config: Config,
    /// In start order: group (priority, name), then process (priority, name).
    procs: table::Table,
    mood: Mood,
    ctx: SpawnContext,
    /// The exit status `run` returns once shut down.
    exit_code: i32,
    /// A validated config to switch to once everything stopped (RESTARTING).
    next_config: Option<Config>,
    /// Re-reads the config (SIGHUP / restart()); `None` disables reloading. The one public
    /// field: whoever runs the loop (the daemon, tests) installs it.
    pub loader: Option<Loader>,
    /// The installed main log (None in tests that do not install one).
    mainlog: Option<MainLogHandle>,
    /// The group configs of the last config read (start-up, restart or `reloadConfig`):
    /// what addProcessGroup / getAllConfigInfo use (Python's `process_group_configs`).
    stored_groups: Vec<StoredGroup>,
    /// Counters for `ours.getMetrics`.
    metrics: Metrics,
    /// Ordered startup: priority chains and `depends_on` (see `crate::ordering`).
    plan: crate::ordering::Plan,
    /// The buffer child output is read into (reused across reads).
    read_buf: Vec<u8>,
    /// pid → table index of the children spawned, so a reaped pid finds its process
    /// without a scan of the table (O(processes²) when thousands stop at once). A cache:
    /// each hit is checked against the table, a miss falls back to the scan.
    pid_index: std::collections::HashMap<i32, usize>,
    /// inotify watches and action commands (`crate::watch`).
    watcher: crate::watch::Watcher,
    last_die_log: Option<Instant>,
    /// `start_eligible` stopped at its per-iteration spawn budget: more processes want to
    /// start, so the next poll must not block.
    spawn_backlog: bool,
    /// Where the next `start_pass` begins: at the process the spawn budget last turned
    /// away, so that crash-looping processes early in the table cannot take the whole
    /// budget on every iteration and keep later ones from ever starting.
    spawn_cursor: usize,
    /// The start pass's list of candidates (reused across passes).
    start_scratch: Vec<usize>,
    /// `fire_timers`' list of the processes due (reused across passes).
    due_scratch: Vec<usize>,
    /// Event listener pools and the event clock (`eventbus`).
    bus: Bus,
    /// `precise_startup`'s CPU latency request (see `cpu_latency`); the daemon replaces it
    /// with one opened before privileges were dropped.
    cpu_latency: super::cpu_latency::CpuLatencyHold,
    /// `remember_stopped`: the processes an operator stopped (`remember`).
    remembered: super::remembered::RememberedStops,
    /// Processes `ours.updateGroup` replaces or drops once they stopped (`update`).
    pending_updates: Vec<update::PendingUpdate>,
    /// When the process table was last built (daemon start or reload), monotonic and
    /// wall-clock: the origin of the startup timeline.
    booted: (Instant, SystemTime),
    /// Liveness action commands under way (`liveness`).
    actions: Vec<liveness::ActionChild>,
    /// `ours.upgrade` asked for an in-place upgrade (`handover`); the loop carries it out.
    upgrade_requested: bool,
    /// How many in-place upgrades this daemon (pid) has been through.
    generation: u64,
    /// Why the last upgrade was given up (empty: none was).
    last_upgrade_error: String,
}

/// Reads and validates the config again (the error is logged and the old one kept).
pub type Loader = Box<dyn Fn() -> Result<Config, String>>;

fn epoch() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Supervisor {
    /// Builds the process table of `config` (nothing is spawned yet).
    pub fn new(config: Config) -> Supervisor {
        let mut procs = build_procs(&config);
        let mut plan = ordering::build_plan(&procs);
        ordering::apply_boot(&mut plan, &mut procs);
        let procs = table::Table::new(procs);
        let ctx = spawn_context(&config);
        let stored_groups = stored::resolved_groups(&config.groups, &procs);
        let mut sup = Supervisor {
            stored_groups,
            metrics: Default::default(),
            plan,
            read_buf: Vec::new(),
            pid_index: Default::default(),
            config,
            procs,
            mood: Mood::Running,
            ctx,
            exit_code: 0,
            next_config: None,
            loader: None,
            mainlog: None,
            watcher: Default::default(),
            last_die_log: None,
            spawn_backlog: false,
            spawn_cursor: 0,
            start_scratch: Vec::new(),
            due_scratch: Vec::new(),
            cpu_latency: Default::default(),
            bus: Default::default(),
            remembered: Default::default(),
            pending_updates: Vec::new(),
            booted: (Instant::now(), SystemTime::now()),
            actions: Vec::new(),
            upgrade_requested: false,
            generation: 0,
            last_upgrade_error: String::new(),
        };
        sup.arm_watches();
        sup
    }

    /// The running config.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// An operator's stop: an automatic restart the process waits for does not happen.
    pub fn cancel_respawn(&mut self, idx: usize) {
        self.procs.get_mut(idx).machine.cancel_respawn();
        self.procs.get_mut(idx).memory_note = None;
        self.procs.get_mut(idx).restart_reason = None;
        self.release_logs(idx);
        self.cancel_pre_start_hook(idx);
    }

    /// Every process, in start order.
    pub fn procs(&self) -> &[Process] {
        &self.procs
    }

    /// Process `idx` for a test to put into a given state.
    #[cfg(test)]
    pub(crate) fn process_mut(&mut self, idx: usize) -> &mut Process {
        self.procs.get_mut(idx)
    }

    /// supervisord's mood.
    pub fn mood(&self) -> Mood {
        self.mood
    }

    /// The exit status once shut down (0, or [`EXIT_POLICY_CODE`]).
    pub fn exit_code(&self) -> i32 {
        self.exit_code
    }

    /// The installed main log, if any.
    pub fn mainlog(&self) -> Option<&MainLogHandle> {
        self.mainlog.as_ref()
    }

    /// Installs the main log handle (reconfigured at restarts, reopened on SIGUSR2).
    pub fn set_mainlog(&mut self, handle: MainLogHandle) {
        self.mainlog = Some(handle);
    }

    /// Replaces the CPU latency hold with one opened while the daemon was still root.
    pub fn set_cpu_latency(&mut self, hold: super::cpu_latency::CpuLatencyHold) {
        self.cpu_latency = hold;
    }

    /// When the process table was last built (the origin of the startup timeline).
    pub fn booted(&self) -> (Instant, SystemTime) {
        self.booted
    }

    /// The ordering plan (chains and `depends_on`).
    pub fn plan(&self) -> &crate::ordering::Plan {
        &self.plan
    }

    /// The counters `ours.getMetrics` reports.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Finds a process by namespec (`name`, `group:name`).
    pub fn find(&self, group: &str, name: &str) -> Option<usize> {
        self.procs
            .iter()
            .position(|p| p.config.group == group && p.config.name == name)
    }

    /// Whether a group of that name exists.
    pub fn has_group(&self, group: &str) -> bool {
        self.procs.iter().any(|p| p.config.group == group)
    }

    /// Indices of the processes of `group`.
    pub fn members(&self, group: &str) -> Vec<usize> {
        (0..self.procs.len())
            .filter(|&i| self.procs[i].config.group == group)
            .collect()
    }

    /// The earliest deadline anything has (process timers, cron matches, bursts of watched
    /// changes, shutdown logs, event ticks); parked calls keep their own (`waiters`).
    /// Process deadlines come from the table's index (`table`): O(processes changed).
    pub fn next_deadline(&mut self) -> Option<Instant> {
        // A BACKOFF retry is only due while running: during shutdown it would be a
        // deadline in the past that nothing consumes (a busy loop).
        let running = self.mood == Mood::Running;
        let procs = self.procs.next_deadline(running);
        let die_log = match (self.mood, self.last_die_log) {
            (Mood::Running, _) | (_, None) => None,
            (_, Some(t)) => Some(t + Duration::from_secs(3)),
        };
        procs
            .into_iter()
            .chain(self.watcher.deadline())
            .chain(die_log)
            .chain((self.spawn_backlog && running).then(Instant::now))
            .chain(self.events_deadline()) // events: TICK_* (eventbus.rs)
            .chain(self.liveness_deadline()) // liveness action commands (liveness.rs)
            .chain(self.mainlog.as_ref().and_then(|h| h.next_deadline())) // retry, rotation
            .min()
    }

    /// Runs the lifecycle actions of a transition.
    /// Also delivers the state changes the transition recorded (`on_state_change`).
    /// A process that has then stopped for good closes its log files.
    pub fn apply(&mut self, idx: usize, actions: Vec<Action>) {
        self.run_actions(idx, actions);
        self.flush_changes(idx);
        self.release_logs(idx);
    }

    pub(super) fn run_actions(&mut self, idx: usize, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Log(level, msg) => emit(level, &msg),
                Action::Signal { pid, sig, group } => {
                    let acts = self.send_or_fail(idx, pid, sig, group);
                    self.run_actions(idx, acts);
                }
            }
        }
    }

    /// Sends a signal of process `idx`'s machine; when that fails, what the failure changes.
    pub(super) fn send_or_fail(
        &mut self,
        idx: usize,
        pid: i32,
        sig: i32,
        group: bool,
    ) -> Vec<Action> {
        match send_signal(pid, sig, group) {
            Ok(()) => Vec::new(),
            Err(e) => self.procs.get_mut(idx).machine.signal_failed(e.desc()),
        }
    }

    /// Fires every due process deadline: only the processes the table's index has due,
    /// each timer kind in its turn, in table order.
    pub fn fire_timers(&mut self, now: Instant) {
        let mut due = std::mem::take(&mut self.due_scratch);
        self.procs
            .take_due(now, self.mood == Mood::Running, &mut due);
        for &idx in &due {
            if let Some(at) = self.procs[idx].machine.deadline().filter(|d| *d <= now) {
                self.metrics.timer_fired(now.saturating_duration_since(at));
                let p = self.procs.get_mut(idx);
                let actions = p.machine.on_timer(now, &p.policy);
                self.apply(idx, actions);
            }
        }
        if let Some(h) = &self.mainlog {
            h.retry_due(now);
        }
        for &idx in &due {
            if self.procs[idx]
                .outputs
                .next_retry()
                .is_some_and(|d| d <= now)
            {
                self.procs.get_mut(idx).outputs.retry_due(now);
            }
        }
        self.fire_watches(&due, now); // watch.rs: cron matches, ended bursts of changes
        self.liveness_timers(&due, now);
        self.hook_timers(&due, now);
        self.memory_timers(&due, now);
        for &idx in &due {
            let due = self.procs[idx]
                .probe
                .as_ref()
                .and_then(|pr| pr.deadline())
                .is_some_and(|d| d <= now);
            if due {
                let verdict = self
                    .procs
                    .get_mut(idx)
                    .probe
                    .as_mut()
                    .map(|pr| pr.on_timer(now));
                self.probe_verdict(idx, verdict, now);
            }
        }
        self.due_scratch = due;
    }

    /// Emits an event to the listener pools (sendRemoteCommEvent, group added/removed).
    pub fn emit_event(&mut self, ty: crate::events::types::EventType, payload: Vec<u8>) {
        self.events_publish(ty, payload);
    }

    /// Whether every process is in a stopped state.
    pub fn all_stopped(&self) -> bool {
        self.procs.iter().all(|p| p.machine.state.is_stopped())
    }
}
