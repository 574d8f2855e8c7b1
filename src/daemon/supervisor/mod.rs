//! The supervisor: every process of the running config, the daemon's mood, and the
//! operations the event loop and the call dispatcher perform on them (spawn, stop,
//! reap, read output, ordered shutdown, autostart). The event listener pools are wired to
//! the process table in `events`.
//!
//! Autostart, autorestart and backoff retries all go through `start_eligible`, the single
//! place where an ordered-startup gate (priority chains, `depends_on`) plugs in: see
//! `Supervisor::may_autostart`.

mod events;

use std::os::fd::AsRawFd;
use std::time::{Duration, Instant, SystemTime};

use nix::errno::Errno;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use super::calls::Waiter;
use super::ordering;
use crate::config::{Config, GroupConfig, LogLevel};
use crate::logging::emit;
use crate::logging::{CaptureOutput, Channel};
use crate::process::spawn::{self, SpawnContext};
use crate::process::{Action, Exit, Process, State};

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

/// Most bytes read from one child pipe per loop wake-up (fairness between children).
const READ_BUDGET: usize = 128 * 1024;
/// Size of one read from a child pipe.
const READ_CHUNK: usize = 64 * 1024;
/// Most bytes drained from a dead child's pipes before its exit is reported.
const DRAIN_LIMIT: usize = 4 * 1024 * 1024;
/// Period of the `restart_when_binary_changed` check.
const BINARY_CHECK: Duration = Duration::from_secs(1);

/// Spawns per event-loop iteration (see [`Supervisor::start_eligible`]).
pub const SPAWN_BUDGET: usize = 4;

/// Every process and the daemon's state.
pub struct Supervisor {
    pub config: Config,
    /// In start order: group (priority, name), then process (priority, name).
    pub procs: Vec<Process>,
    pub mood: Mood,
    pub ctx: SpawnContext,
    /// Deferred replies (`wait=true` calls).
    pub waiters: Vec<Waiter>,
    /// The exit status `run` returns once shut down.
    pub exit_code: i32,
    /// A validated config to switch to once everything stopped (RESTARTING).
    pub next_config: Option<Config>,
    /// Re-reads the config (SIGHUP / restart()); `None` disables reloading.
    pub loader: Option<Loader>,
    /// The installed main log (None in tests that do not install one).
    pub mainlog: Option<crate::logging::MainLogHandle>,
    /// The group configs of the last config read (start-up, restart or `reloadConfig`):
    /// what addProcessGroup / getAllConfigInfo use (Python's `process_group_configs`).
    pub stored_groups: Vec<GroupConfig>,
    /// Counters for `ours.getMetrics`.
    pub metrics: super::metrics::Metrics,
    /// Ordered startup: priority chains and `depends_on` (see `crate::order`).
    pub plan: crate::order::Plan,
    /// The buffer child output is read into (reused across reads).
    read_buf: Vec<u8>,
    next_binary_check: Option<Instant>,
    last_die_log: Option<Instant>,
    /// `start_eligible` stopped at its per-iteration spawn budget: more processes want to
    /// start, so the next poll must not block.
    spawn_backlog: bool,
    /// Where the next `start_pass` begins: at the process the spawn budget last turned away.
    /// Starting every pass at the top let crash-looping processes early in the table take
    /// the whole budget every iteration, and the later ones never started.
    spawn_cursor: usize,
    /// Event listener pools and the event clock (`eventbus`).
    pub bus: super::eventbus::Bus,
    /// `precise_startup`'s CPU latency request (see `cpu_latency`); the daemon replaces it
    /// with one opened before privileges were dropped.
    pub cpu_latency: super::cpu_latency::CpuLatencyHold,
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
        let ctx = spawn_context(&config);
        let stored_groups = super::calls_config::resolve_auto_logs(&config.groups, &procs);
        let mut sup = Supervisor {
            stored_groups,
            metrics: Default::default(),
            plan,
            read_buf: Vec::new(),
            config,
            procs,
            mood: Mood::Running,
            ctx,
            waiters: Vec::new(),
            exit_code: 0,
            next_config: None,
            loader: None,
            mainlog: None,
            next_binary_check: None,
            last_die_log: None,
            spawn_backlog: false,
            spawn_cursor: 0,
            cpu_latency: Default::default(),
            bus: Default::default(),
        };
        sup.arm_binary_check(Instant::now());
        sup
    }

    /// Replaces the config after a restart (everything is stopped by then).
    pub fn replace_config(&mut self, config: Config) {
        if let Some(h) = &self.mainlog {
            let cfg = crate::logging::MainLogConfig::from_supervisord(&config.supervisord);
            if let Err(e) = h.reconfigure(&cfg) {
                emit(LogLevel::Error, &format!("main log: {e}"));
            }
        }
        // Before the new processes open their log files. Threads exist now: one RCU grace
        // period here at most, not one per doubling (fd_table.rs).
        super::fd_table::reserve_for(&config);
        self.procs = build_procs(&config);
        self.plan = ordering::build_plan(&self.procs);
        ordering::apply_boot(&mut self.plan, &mut self.procs);
        self.ctx = spawn_context(&config);
        self.stored_groups = super::calls_config::resolve_auto_logs(&config.groups, &self.procs);
        self.config = config;
        self.mood = Mood::Running;
        self.arm_binary_check(Instant::now());
    }

    fn arm_binary_check(&mut self, now: Instant) {
        let used = self
            .procs
            .iter()
            .any(|p| p.config.ext.restart_when_binary_changed);
        self.next_binary_check = used.then(|| now + BINARY_CHECK);
    }

    /// addProcessGroup: adds a group of the (re-read) config; its processes autostart on
    /// the next loop iteration. `false` if a group of that name exists already.
    pub fn add_group(&mut self, group: &GroupConfig) -> bool {
        if self.has_group(&group.name) {
            return false;
        }
        // Before the group's processes open their log files (fd_table.rs).
        super::fd_table::reserve_for_processes(self.procs.len() + group.processes.len());
        let sd = &self.config.supervisord;
        for pc in &group.processes {
            let (p, problems) =
                Process::new(pc.clone(), &sd.childlogdir, &sd.identifier, sd.strip_ansi);
            for msg in problems {
                emit(LogLevel::Error, &msg);
            }
            self.procs.push(p);
        }
        self.config.groups.push(group.clone());
        self.events_group_added(group); // events: the pool exists before GROUP_ADDED
        self.config
            .groups
            .sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        let order: Vec<String> = group_order(&self.config);
        self.procs.sort_by_key(|p| {
            let g = order.iter().position(|n| *n == p.config.group);
            (g, p.config.priority, p.config.name.clone())
        });
        self.rebuild_plan();
        self.arm_binary_check(Instant::now());
        true
    }

    /// Rebuilds the ordering plan after the process table changed at run time.
    fn rebuild_plan(&mut self) {
        let mut plan = ordering::build_plan(&self.procs);
        plan.inherit_fired(&self.plan);
        self.plan = plan;
    }

    /// removeProcessGroup: removes a group whose processes are all stopped. `Err(true)` if
    /// some process still runs (STILL_RUNNING), `Err(false)` if there is no such group.
    pub fn remove_group(&mut self, name: &str) -> Result<(), bool> {
        if !self.has_group(name) {
            return Err(false);
        }
        let running = self
            .procs
            .iter()
            .any(|p| p.config.group == name && !p.machine.state.is_stopped());
        if running {
            return Err(true);
        }
        self.procs.retain(|p| p.config.group != name);
        self.config.groups.retain(|g| g.name != name);
        self.events_group_removed(name); // events: the pool goes before GROUP_REMOVED
        self.rebuild_plan();
        Ok(())
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

    /// The earliest deadline anything has (process timers, binary check, shutdown logs).
    pub fn next_deadline(&self) -> Option<Instant> {
        // A BACKOFF retry is only due while running: during shutdown it would be a
        // deadline in the past that nothing consumes (a busy loop). A future ordered-start
        // gate must likewise not report deadlines of processes it holds back.
        let running = self.mood == Mood::Running;
        let procs = self
            .procs
            .iter()
            .flat_map(move |p| {
                let timer = match p.machine.state {
                    State::Backoff { .. } if !running => None,
                    _ => p.machine.deadline(),
                };
                [
                    timer,
                    p.outputs.next_retry(),
                    p.probe.as_ref().and_then(|pr| pr.deadline()),
                ]
            })
            .flatten();
        let die_log = match (self.mood, self.last_die_log) {
            (Mood::Running, _) | (_, None) => None,
            (_, Some(t)) => Some(t + Duration::from_secs(3)),
        };
        procs
            .chain(self.next_binary_check)
            .chain(die_log)
            .chain((self.spawn_backlog && running).then(Instant::now))
            .chain(self.waiters.iter().filter_map(|w| w.deadline()))
            .chain(self.events_deadline()) // events: TICK_* (eventbus.rs)
            .min()
    }

    /// Runs the lifecycle actions of a transition.
    /// Also delivers the state changes the transition recorded (`on_state_change`).
    pub fn apply(&mut self, idx: usize, actions: Vec<Action>) {
        self.run_actions(idx, actions);
        self.flush_changes(idx);
    }

    fn run_actions(&mut self, idx: usize, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Log(level, msg) => emit(level, &msg),
                Action::Signal { pid, sig, group } => {
                    if let Err(e) = send_signal(pid, sig, group) {
                        let acts = self.procs[idx].machine.signal_failed(e.desc());
                        self.run_actions(idx, acts);
                    }
                }
            }
        }
    }

    /// Forks process `idx` (already checked to be startable).
    ///
    /// Its start time is taken here, first thing, as Python takes `laststart` at the top of
    /// its `spawn()`: startsecs, the readiness timeout and every chain hop count from before
    /// the logs, the pipes, the clone and the exec, each spawn from its own moment (not the
    /// loop pass's `now`, which can precede a burst of spawns). A chain hop then pays no
    /// clone+exec time of its own: the predecessor's is inside both ends of the hop.
    pub fn spawn(&mut self, idx: usize) {
        let now = Instant::now();
        let p = &mut self.procs[idx];
        p.restart_pending = false;
        p.probe = None;
        let mut extras = crate::process::probe::SpawnExtras::default();
        if let Some(check) = &p.ready {
            match crate::process::probe::Probe::prepare(check, now) {
                Ok((probe, x)) => {
                    p.probe = Some(probe);
                    extras = x;
                }
                Err(e) => {
                    let msg = format!(
                        "couldn't set up the readiness check of '{}': {e}",
                        p.config.name
                    );
                    let actions = p.machine.spawn_failed(&msg, now, epoch(), &p.policy);
                    self.apply(idx, actions);
                    return;
                }
            }
        }
        let spawned = p
            .outputs
            .ensure()
            .and_then(|()| spawn::spawn_with(&p.config, &self.ctx, extras));
        let actions = match spawned {
            Ok(child) => {
                p.stdin = Some(child.stdin);
                p.stdin_pending.clear();
                p.stdout = Some(child.stdout);
                p.stderr = child.stderr;
                p.exec_status = Some(child.exec_status);
                p.binary = Some((child.path.clone(), binary_stamp(&child.path)));
                p.machine.spawned(child.pid, now, epoch(), &p.policy)
            }
            Err(msg) => p.machine.spawn_failed(&msg, now, epoch(), &p.policy),
        };
        self.apply(idx, actions);
    }

    /// A stop request for process `idx` (no-op unless RUNNING/STARTING/BACKOFF).
    pub fn stop(&mut self, idx: usize, now: Instant) {
        let p = &mut self.procs[idx];
        let actions = p.machine.stop(now, &p.policy);
        self.apply(idx, actions);
    }

    /// Fires every due process deadline.
    pub fn fire_timers(&mut self, now: Instant) {
        for idx in 0..self.procs.len() {
            if let Some(due) = self.procs[idx].machine.deadline().filter(|d| *d <= now) {
                self.metrics.timer_fired(now.saturating_duration_since(due));
                let p = &mut self.procs[idx];
                let actions = p.machine.on_timer(now, &p.policy);
                self.apply(idx, actions);
            }
        }
        if let Some(h) = &self.mainlog {
            h.retry_due(now);
        }
        for p in &mut self.procs {
            if p.outputs.next_retry().is_some_and(|d| d <= now) {
                p.outputs.retry_due(now);
            }
        }
        if self.next_binary_check.is_some_and(|d| d <= now) {
            self.check_binaries(now);
        }
        for idx in 0..self.procs.len() {
            let due = self.procs[idx]
                .probe
                .as_ref()
                .and_then(|pr| pr.deadline())
                .is_some_and(|d| d <= now);
            if due {
                let verdict = self.procs[idx].probe.as_mut().map(|pr| pr.on_timer(now));
                self.probe_verdict(idx, verdict, now);
            }
        }
    }

    /// Pipes with bytes waiting to be written (listener envelopes, `sendProcessStdin`):
    /// `(process index, fd)` to poll for POLLOUT.
    pub fn write_fds(&self) -> Vec<(usize, i32)> {
        let mut v = self.events_write_fds();
        for (i, p) in self.procs.iter().enumerate() {
            if let (false, Some(fd)) = (p.stdin_pending.is_empty(), &p.stdin) {
                if !v.iter().any(|&(j, _)| j == i) {
                    v.push((i, fd.as_raw_fd()));
                }
            }
        }
        v
    }

    /// A child's stdin became writable: write more of what waits for it.
    pub fn on_writable(&mut self, idx: usize) {
        self.events_writable(idx);
        let p = &mut self.procs[idx];
        if !p.stdin_pending.is_empty() {
            let fd = p.stdin.as_ref().map(|f| f.as_raw_fd());
            if super::eventbus::flush(fd, &mut p.stdin_pending).is_err() {
                p.stdin_pending.clear();
            }
        }
    }

    /// Descriptors readiness probes wait on: `(process index, fd, events)`.
    pub fn probe_fds(&self) -> Vec<(usize, i32, nix::poll::PollFlags)> {
        self.procs
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.probe.as_ref()?.poll_fd().map(|(fd, ev)| (i, fd, ev)))
            .collect()
    }

    /// A probe's descriptor is ready.
    pub fn on_probe_event(&mut self, idx: usize, now: Instant) {
        let verdict = self.procs[idx].probe.as_mut().map(|pr| pr.on_event(now));
        self.probe_verdict(idx, verdict, now);
    }

    /// Acts on a probe verdict: a ready program becomes RUNNING (once startsecs passed).
    fn probe_verdict(
        &mut self,
        idx: usize,
        verdict: Option<crate::process::probe::Verdict>,
        now: Instant,
    ) {
        if verdict == Some(crate::process::probe::Verdict::Ready) {
            let p = &mut self.procs[idx];
            p.probe = None;
            let actions = p.machine.mark_ready(now, &p.policy);
            self.apply(idx, actions);
        }
    }

    /// The gate of ordered startup: whether process `idx` may be started automatically
    /// now — every `depends_on` dependency is up. (Priority chains gate by not starting
    /// chained programs until their link fires; see `ordering`.) Records why a process is
    /// held, logging once when a dependency has failed.
    pub fn may_autostart(&mut self, idx: usize) -> bool {
        let Some(b) = ordering::blocker(&self.plan, &self.procs, idx) else {
            self.procs[idx].held = None;
            return true;
        };
        let p = &mut self.procs[idx];
        if p.held.as_ref() != Some(&b) {
            if matches!(b, crate::order::Blocker::Failed { .. }) {
                emit(
                    LogLevel::Warn,
                    &format!("not starting {}: {b}", p.config.name),
                );
            }
            p.held = Some(b);
        }
        false
    }

    /// `precise_startup`: holds the CPU latency request exactly while an ordered start is
    /// under way (checked before each poll; nothing to do when the option is off).
    pub fn hold_cpu_latency(&mut self) {
        let wanted = self.config.supervisord.precise_startup
            && self.mood == Mood::Running
            && self.plan.under_way(&ordering::Live(&self.procs));
        self.cpu_latency.set(wanted);
    }

    /// Autostart, autorestart and backoff retries: spawns every process that wants to.
    ///
    /// A spawn can settle at once (a spawn error, `startsecs=0`) and so unblock or fail a
    /// dependent or fire a chain link earlier in the table: passes repeat until one spawns
    /// nothing (bounded by the table size, since each pass that continues spawned one).
    ///
    /// At most [`SPAWN_BUDGET`] spawns per call: each costs a fork and a few files, and a
    /// crash-looping fleet could otherwise keep the loop away from poll (control calls,
    /// output, timers) for seconds (tests/reliability_crash_storm.rs measured 1-2 s for
    /// getPID with 100 programs). The rest start on the next iteration, which polls
    /// without blocking while `spawn_backlog` is set.
    pub fn start_eligible(&mut self, now: Instant) {
        self.start_with_budget(now, SPAWN_BUDGET);
    }

    /// Spawns everything `start_eligible` left for later. Called before a control call
    /// that acts on processes, so that (as in Python, where every restart happens before
    /// RPCs are read) no autorestart is pending while e.g. stopAllProcesses runs: a
    /// pending one would be skipped as not running, then restarted.
    pub fn finish_spawn_backlog(&mut self, now: Instant) {
        if self.spawn_backlog && self.mood == Mood::Running {
            self.start_with_budget(now, usize::MAX);
        }
    }

    fn start_with_budget(&mut self, now: Instant, mut budget: usize) {
        self.spawn_backlog = false;
        for _ in 0..=self.procs.len() {
            if !self.start_pass(now, &mut budget) {
                return;
            }
        }
    }

    /// One pass of `start_eligible`; true when it spawned something (and budget is left).
    /// The pass goes round the table once in priority order, from `spawn_cursor`: when the
    /// budget runs out, the process it turned away is first in line on the next iteration,
    /// so every process that wants to start does within ⌈n / SPAWN_BUDGET⌉ iterations.
    fn start_pass(&mut self, now: Instant, budget: &mut usize) -> bool {
        let mut spawned = false;
        for idx in round_from(self.spawn_cursor, self.procs.len()) {
            if self.mood != Mood::Running {
                return false;
            }
            let p = &self.procs[idx];
            let wants = p.machine.wants_spawn(now, &p.policy)
                || (p.restart_pending && p.machine.state.is_stopped());
            if wants && self.may_autostart(idx) {
                if *budget == 0 {
                    self.spawn_backlog = true;
                    self.spawn_cursor = idx;
                    return false;
                }
                *budget -= 1;
                self.spawn(idx);
                spawned = true;
            }
        }
        self.spawn_cursor = 0;
        spawned
    }

    /// Reaps every exited child (`waitpid(-1, WNOHANG)` until nothing is left).
    pub fn reap(&mut self, now: Instant) {
        loop {
            let (pid, exit) = match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::Exited(pid, code)) => (pid.as_raw(), Exit::Code(code)),
                Ok(WaitStatus::Signaled(pid, sig, core)) => (
                    pid.as_raw(),
                    Exit::Signal {
                        sig: sig as i32,
                        core,
                    },
                ),
                Ok(WaitStatus::StillAlive) | Err(Errno::ECHILD) => return,
                Err(Errno::EINTR) => continue,
                Ok(_) => continue,
                Err(_) => return,
            };
            let probe_of = self
                .procs
                .iter()
                .position(|p| p.probe.as_ref().and_then(|pr| pr.command_pid()) == Some(pid));
            if let Some(idx) = probe_of {
                let verdict = self.procs[idx]
                    .probe
                    .as_mut()
                    .map(|pr| pr.command_exited(exit.status()));
                self.probe_verdict(idx, verdict, now);
                continue;
            }
            match self
                .procs
                .iter()
                .position(|p| p.machine.state.pid() == Some(pid))
            {
                Some(idx) => self.child_exited(idx, exit, now),
                None => emit(
                    LogLevel::Info,
                    &format!("reaped unknown pid {pid} ({})", exit.describe()),
                ),
            }
        }
    }

    fn child_exited(&mut self, idx: usize, exit: Exit, now: Instant) {
        // Everything the child wrote is in the pipes now: drain it, then close our ends
        // (a grandchild still holding them must not keep us polling).
        self.drain(idx, Channel::Stdout, DRAIN_LIMIT);
        self.drain(idx, Channel::Stderr, DRAIN_LIMIT);
        for channel in [Channel::Stdout, Channel::Stderr] {
            let p = &mut self.procs[idx];
            let open = match channel {
                Channel::Stdout => p.stdout.take(),
                Channel::Stderr => p.stderr.take(),
            };
            if open.is_some() {
                let out = p.outputs.finish(channel);
                self.capture_output(idx, channel, out);
            }
        }
        let p = &mut self.procs[idx];
        p.stdin = None;
        p.stdin_pending.clear();
        if let Some(e) = p.exec_status.take().and_then(|fd| spawn::exec_status(&fd)) {
            emit(
                LogLevel::Debug,
                &format!(
                    "'{}' was not spawned: a child-side step failed with {}",
                    p.config.name,
                    crate::process::errno_name::name(e)
                ),
            );
        }
        let actions = p.machine.exited(exit, now, epoch(), &p.policy);
        self.apply(idx, actions);
    }

    /// Delivers the state changes process `idx` recorded to `on_state_change`.
    pub fn flush_changes(&mut self, idx: usize) {
        for (from, to) in self.procs[idx].machine.take_changes() {
            self.on_state_change(idx, from, to);
        }
    }

    /// Called once per process state change, in order (every intermediate state).
    /// PROCESS_STATE_* events (`eventbus`), ordered startup's
    /// `order::Plan::on_transition`. Today: the container exit policies.
    fn on_state_change(&mut self, idx: usize, from: State, to: State) {
        self.events_state_change(idx, &from, &to); // events: PROCESS_STATE_* (eventbus.rs)
        if !matches!(to, State::Starting { .. }) {
            // Readiness is only checked while STARTING.
            self.procs[idx].probe = None;
        }
        self.metrics
            .observe(&self.procs[idx], from, to, Instant::now());
        if self.mood != Mood::Running {
            return;
        }
        ordering::on_state_change(&mut self.plan, &mut self.procs, idx, &to);
        let p = &self.procs[idx];
        let trigger = match p.config.ext.exit_policy.as_deref() {
            Some("shutdown-on-fatal") => to == State::Fatal,
            Some("shutdown-on-exit") => matches!(to, State::Fatal | State::Exited { .. }),
            _ => false,
        };
        if trigger {
            emit(
                LogLevel::Warn,
                &format!(
                    "{} is {} and has exit_policy={}: shutting down",
                    p.config.name,
                    to.name(),
                    p.config.ext.exit_policy.as_deref().unwrap_or("")
                ),
            );
            self.exit_code = EXIT_POLICY_CODE;
            self.mood = Mood::Shutdown;
        }
    }

    /// Emits an event to the listener pools (sendRemoteCommEvent, group added/removed).
    pub fn emit_event(&mut self, ty: crate::events::types::EventType, payload: Vec<u8>) {
        self.events_publish(ty, payload);
    }

    /// Reads up to `budget` bytes from one output pipe into its capture; on EOF closes the
    /// pipe and finishes the capture.
    pub fn drain(&mut self, idx: usize, channel: Channel, budget: usize) {
        // One buffer for every read (zeroing 64 KiB per call showed in restart profiles).
        let mut buf = std::mem::take(&mut self.read_buf);
        if buf.len() < READ_CHUNK {
            buf = vec![0u8; READ_CHUNK];
        }
        self.drain_with(idx, channel, budget, &mut buf);
        self.read_buf = buf;
    }

    fn drain_with(&mut self, idx: usize, channel: Channel, budget: usize, buf: &mut [u8]) {
        let mut total = 0;
        while total < budget {
            let p = &mut self.procs[idx];
            let slot = match channel {
                Channel::Stdout => &mut p.stdout,
                Channel::Stderr => &mut p.stderr,
            };
            let Some(fd) = slot.as_ref() else {
                return;
            };
            let got = match nix::unistd::read(fd, buf) {
                Ok(0) => None,
                Ok(n) => Some(n),
                Err(Errno::EINTR) => continue,
                Err(Errno::EAGAIN) => return,
                Err(_) => None,
            };
            match got {
                Some(n) => {
                    total += n;
                    let verdict = p.probe.as_mut().map(|pr| pr.feed_output(&buf[..n]));
                    // events: a listener's stdout is the protocol channel (eventbus.rs)
                    let out = if channel == Channel::Stdout && self.is_listener(idx) {
                        self.events_listener_output(idx, &buf[..n])
                    } else {
                        self.procs[idx].outputs.write(channel, &buf[..n])
                    };
                    self.capture_output(idx, channel, out);
                    self.probe_verdict(idx, verdict, Instant::now());
                }
                None => {
                    *slot = None;
                    let out = p.outputs.finish(channel);
                    self.capture_output(idx, channel, out);
                    return;
                }
            }
        }
    }

    /// What a capture produced: log-file errors are logged; events (PROCESS_LOG_*,
    /// PROCESS_COMMUNICATION_*) go to the listener pools (`eventbus`).
    fn capture_output(&mut self, idx: usize, channel: Channel, out: CaptureOutput) {
        for e in out.errors {
            emit(
                LogLevel::Error,
                &format!("{}: {e}", self.procs[idx].config.name),
            );
        }
        self.events_capture(idx, channel, out.events); // events (eventbus.rs)
    }

    /// Reads a readable pipe with the per-wake budget.
    pub fn on_readable(&mut self, idx: usize, channel: Channel) {
        self.drain(idx, channel, READ_BUDGET);
    }

    /// The open output pipes to poll: (process index, stream, raw fd).
    pub fn pipes(&self) -> Vec<(usize, Channel, i32)> {
        let mut v = Vec::new();
        for (i, p) in self.procs.iter().enumerate() {
            if let Some(fd) = &p.stdout {
                v.push((i, Channel::Stdout, fd.as_raw_fd()));
            }
            if let Some(fd) = &p.stderr {
                v.push((i, Channel::Stderr, fd.as_raw_fd()));
            }
        }
        v
    }

    /// One step of the ordered shutdown (behaviour §3.2): the groups of the highest
    /// priority that still have unstopped processes get their stop signals (BACKOFF ones
    /// give up); lower ones wait until those are fully stopped, and `depends_on`
    /// dependents stop before their dependencies. Returns true when everything is stopped.
    pub fn shutdown_step(&mut self, now: Instant) -> bool {
        // Groups stop in reverse priority order; groups of equal priority stop together
        // (Python stops them one after another in reverse name order, which nothing
        // depends on and which costs a full stop round trip per group).
        let mut prios: Vec<i64> = self.config.groups.iter().map(|g| g.priority).collect();
        prios.sort_unstable_by(|a, b| b.cmp(a));
        prios.dedup();
        let rank_of: std::collections::HashMap<&str, usize> = self
            .config
            .groups
            .iter()
            .map(|g| {
                let rank = prios.iter().position(|&p| p == g.priority).unwrap_or(0);
                (g.name.as_str(), rank)
            })
            .collect();
        let ranks = ordering::stop_ranks(&self.plan, &self.procs, |g| {
            rank_of.get(g).copied().unwrap_or(0)
        });
        let mut levels = ranks.clone();
        levels.sort_unstable();
        levels.dedup();
        for level in levels {
            let members: Vec<usize> = (0..self.procs.len())
                .filter(|&i| ranks[i] == level)
                .collect();
            if members
                .iter()
                .all(|&i| self.procs[i].machine.state.is_stopped())
            {
                continue;
            }
            if self.events_hold_stop(&members, now) {
                return false; // events: listeners first take their buffered events
            }
            for &i in members.iter().rev() {
                match self.procs[i].machine.state {
                    State::Running { .. } | State::Starting { .. } => self.stop(i, now),
                    State::Backoff { .. } => {
                        self.procs[i].machine.give_up();
                        self.flush_changes(i);
                    }
                    _ => {}
                }
            }
            if members
                .iter()
                .all(|&i| self.procs[i].machine.state.is_stopped())
            {
                continue;
            }
            self.log_waiting_to_die(now);
            return false;
        }
        true
    }

    /// `waiting for a, b to die`: at once, then every 3 s while anything is unstopped.
    fn log_waiting_to_die(&mut self, now: Instant) {
        if self
            .last_die_log
            .is_some_and(|t| now < t + Duration::from_secs(3))
        {
            return;
        }
        self.last_die_log = Some(now);
        let unstopped: Vec<&Process> = self
            .procs
            .iter()
            .filter(|p| !p.machine.state.is_stopped())
            .collect();
        let names: Vec<&str> = unstopped.iter().map(|p| p.config.name.as_str()).collect();
        emit(
            LogLevel::Info,
            &format!("waiting for {} to die", names.join(", ")),
        );
        for p in unstopped {
            emit(
                LogLevel::Blather,
                &format!("{} state: {}", p.config.name, p.machine.state.name()),
            );
        }
    }

    /// Enters SHUTDOWN (or RESTARTING) mood; the loop then runs `shutdown_step`.
    pub fn set_mood(&mut self, mood: Mood) {
        self.mood = mood;
        self.last_die_log = None;
    }

    /// SIGHUP / restart(): validates the new config first; only a valid one leads to
    /// RESTARTING (stop everything, then start the new config). An invalid one is logged
    /// and the daemon keeps running the old one untouched.
    pub fn request_restart(&mut self) {
        if self.mood != Mood::Running {
            emit(
                LogLevel::Warn,
                "ignoring restart request: already shutting down",
            );
            return;
        }
        let loaded = match &self.loader {
            Some(load) => load(),
            None => Ok(self.config.clone()),
        };
        match loaded {
            Ok(config) => {
                self.next_config = Some(config);
                self.set_mood(Mood::Restarting);
            }
            Err(e) => emit(
                LogLevel::Error,
                &format!("restart aborted, keeping the running configuration: {e}"),
            ),
        }
    }

    /// SIGUSR2: reopen every child log.
    pub fn reopen_logs(&mut self) {
        if let Some(h) = &self.mainlog {
            if let Err(e) = h.reopen() {
                emit(LogLevel::Error, &format!("main log: {e}"));
            }
        }
        for p in &mut self.procs {
            for e in p.outputs.reopen() {
                emit(LogLevel::Error, &format!("{}: {e}", p.config.name));
            }
        }
    }

    /// restart_when_binary_changed: a RUNNING process whose executable changed (mtime or
    /// inode) is stopped and restarted.
    fn check_binaries(&mut self, now: Instant) {
        for idx in 0..self.procs.len() {
            let p = &self.procs[idx];
            if !p.config.ext.restart_when_binary_changed
                || !matches!(p.machine.state, State::Running { .. })
            {
                continue;
            }
            let Some((path, stamp)) = &p.binary else {
                continue;
            };
            let current = binary_stamp(path);
            if current.is_some() && current != *stamp {
                emit(
                    LogLevel::Info,
                    &format!("{} changed, restarting {}", path.display(), p.config.name),
                );
                self.procs[idx].restart_pending = true;
                self.stop(idx, now);
            }
        }
        self.arm_binary_check(now);
    }

    /// Whether every process is in a stopped state.
    pub fn all_stopped(&self) -> bool {
        self.procs.iter().all(|p| p.machine.state.is_stopped())
    }
}

/// The indices `0..len` once round, from `start` (taken modulo `len`, since the table may
/// have shrunk at a reload since `start` was stored).
fn round_from(start: usize, len: usize) -> impl Iterator<Item = usize> {
    let start = start.checked_rem(len).unwrap_or(0);
    (start..len).chain(0..start)
}

/// Group names in start order (priority, name), as the config lists them.
fn group_order(config: &Config) -> Vec<String> {
    let mut v: Vec<(i64, String)> = config
        .groups
        .iter()
        .map(|g| (g.priority, g.name.clone()))
        .collect();
    v.sort();
    v.into_iter().map(|(_, n)| n).collect()
}

fn build_procs(config: &Config) -> Vec<Process> {
    let sd = &config.supervisord;
    if !sd.nocleanup {
        let report = crate::logging::autolog::cleanup_auto_logs(&sd.childlogdir, &sd.identifier);
        for (path, e) in report.failed {
            emit(
                LogLevel::Warn,
                &format!("Failed to clean up {}: {e}", path.display()),
            );
        }
    }
    let mut groups: Vec<_> = config.groups.iter().collect();
    groups.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
    let mut procs = Vec::new();
    for g in groups {
        let mut members: Vec<_> = g.processes.iter().collect();
        members.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        for pc in members {
            let (p, problems) =
                Process::new(pc.clone(), &sd.childlogdir, &sd.identifier, sd.strip_ansi);
            for msg in problems {
                emit(LogLevel::Error, &msg);
            }
            procs.push(p);
        }
    }
    procs
}

/// `SUPERVISOR_SERVER_URL` for AUTO: the unix socket, else the inet server.
fn spawn_context(config: &Config) -> SpawnContext {
    let server_url = if let Some(u) = &config.unix_http_server {
        Some(format!("unix://{}", u.file.display()))
    } else {
        config.inet_http_server.as_ref().map(|i| {
            let host = if i.host.is_empty() {
                "localhost"
            } else {
                &i.host
            };
            format!("http://{host}:{}", i.port)
        })
    };
    SpawnContext {
        server_url,
        minfds: config.supervisord.minfds,
        kill_on_parent_death: config.supervisord.kill_children_on_exit,
    }
}

fn binary_stamp(path: &std::path::Path) -> Option<(SystemTime, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.ino()))
}

/// kill/killpg; ESRCH (already gone) is not an error.
pub fn send_signal(pid: i32, sig: i32, group: bool) -> Result<(), Errno> {
    let target = if group { -pid } else { pid };
    // SAFETY: kill(2) with plain integers.
    let rc = unsafe { nix::libc::kill(target, sig) };
    match rc {
        0 => Ok(()),
        _ => match Errno::last() {
            Errno::ESRCH => Ok(()),
            e => Err(e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::round_from;

    #[test]
    fn round_from_visits_every_index_once_starting_at_the_cursor() {
        assert_eq!(round_from(0, 4).collect::<Vec<_>>(), [0, 1, 2, 3]);
        assert_eq!(round_from(2, 4).collect::<Vec<_>>(), [2, 3, 0, 1]);
        // A cursor left past the end by a reload that shrank the table wraps.
        assert_eq!(round_from(6, 4).collect::<Vec<_>>(), [2, 3, 0, 1]);
        assert_eq!(round_from(3, 0).count(), 0);
    }
}
