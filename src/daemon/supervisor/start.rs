//! The start pass (autostart, autorestart, backoff retries under a per-iteration spawn
//! budget), spawning one process, readiness probes, and a start asked for by a call.

use std::time::{Duration, Instant};

use super::{epoch, ordering, Mood, Supervisor};
use crate::config::{Config, LogLevel};
use crate::logging::emit;
use crate::process::command::CommandError;
use crate::process::spawn::{self, SpawnContext};
use crate::process::State;

/// Spawns an event-loop iteration makes at least, when that many want to start (see
/// [`Supervisor::start_eligible`]).
pub const SPAWN_BUDGET: usize = 4;

/// What a polled descriptor of a process belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeSource {
    /// The readiness probe (`ready=`).
    Ready,
    /// The liveness check under way.
    Liveness,
    /// The output pipe of a hook.
    Hook,
}

/// Processes per guaranteed spawn beyond [`SPAWN_BUDGET`]: an iteration scans the whole
/// table several times (deadlines, pipes, the start pass), so with thousands of processes
/// it makes at least one spawn per this many, or a launch would cost O(processes²) in
/// scans (at 10,000, one iteration per 4 spawns and per RUNNING deadline).
pub const SPAWNS_PER_PROCESSES: usize = 500;

/// Spawns an iteration makes at least with `processes` in the table.
pub(super) fn spawn_count(processes: usize) -> usize {
    SPAWN_BUDGET.max(processes / SPAWNS_PER_PROCESSES)
}

/// How long one iteration may go on spawning beyond [`SPAWN_BUDGET`] before it looks at
/// calls, output and timers again (as long as no deadline comes due meanwhile).
pub const SPAWN_SLICE: Duration = Duration::from_millis(10);

/// How many spawns a start pass may still make.
#[derive(Debug, Clone, Copy)]
pub(super) struct Budget {
    /// Spawns left before the slice's clock counts.
    count: usize,
    /// After the first `count` spawns, spawning goes on until this moment.
    until: Option<Instant>,
}

impl Budget {
    /// No limit (the backlog is finished before a control call).
    pub(super) const UNLIMITED: Budget = Budget {
        count: usize::MAX,
        until: None,
    };

    /// Takes one spawn from the budget; false when none is left.
    fn take(&mut self) -> bool {
        if self.count > 0 {
            self.count -= 1;
            return true;
        }
        self.until.is_some_and(|u| Instant::now() < u)
    }
}

/// Why a start asked for by a call did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartRefusal {
    /// Already STARTING, RUNNING, BACKOFF or STOPPING.
    AlreadyStarted,
    /// In the UNKNOWN state.
    Unknown,
    /// The command is missing, a directory or not executable (checked before spawning).
    Command(CommandError),
    /// The spawn failed (the reason is the process's `spawnerr`).
    SpawnFailed,
}

impl Supervisor {
    /// Forks process `idx` (already checked to be startable).
    ///
    /// Its start time is taken here, first thing, as Python takes `laststart` at the top of
    /// its `spawn()`: startsecs, the readiness timeout and every chain hop count from before
    /// the logs, the pipes, the clone and the exec, each spawn from its own moment (not the
    /// loop pass's `now`, which can precede a burst of spawns). A chain hop then pays no
    /// clone+exec time of its own: the predecessor's is inside both ends of the hop.
    pub fn spawn(&mut self, idx: usize) {
        let now = Instant::now();
        if self.pre_start_hook(idx, now) {
            return;
        }
        self.count_restart(idx); // memory.rs
        let p = self.procs.get_mut(idx);
        p.restart_pending = false;
        p.probe = None;
        let mut extras = crate::readiness::probe::SpawnExtras::default();
        if let Some(check) = &p.ready {
            match crate::readiness::probe::Probe::prepare(check, now) {
                Ok((probe, x)) => {
                    p.probe = Some(Box::new(probe));
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
                p.stdout = child.stdout;
                p.stderr = child.stderr;
                p.pipes_serial = crate::process::next_pipes_serial();
                p.exec_error = child.exec_error;
                p.binary = Some(child.path.clone());
                self.pid_index.insert(child.pid, idx);
                p.machine.spawned(child.pid, now, epoch(), &p.policy)
            }
            Err(msg) => {
                // Like Python's dispatchers of a failed spawn, the logs are not kept: a
                // program that cannot start (out of descriptors, say) holds none.
                p.outputs.close();
                p.machine.spawn_failed(&msg, now, epoch(), &p.policy)
            }
        };
        self.apply(idx, actions);
        self.watch_binary(idx);
    }

    /// The gate of ordered startup: whether process `idx` may be started automatically
    /// now — every `depends_on` dependency is up. (Priority chains gate by not starting
    /// chained programs until their link fires; see `ordering`.) Records why a process is
    /// held, logging once when a dependency has failed.
    pub fn may_autostart(&mut self, idx: usize) -> bool {
        let Some(b) = ordering::blocker(&self.plan, &self.procs, idx) else {
            self.procs.get_mut(idx).held = None;
            self.procs.get_mut(idx).startup.released(Instant::now());
            return true;
        };
        let p = self.procs.get_mut(idx);
        let (crate::ordering::Blocker::Waiting { program, .. }
        | crate::ordering::Blocker::Failed { program, .. }) = &b;
        p.startup.held_by(program, Instant::now());
        if p.held.as_ref() != Some(&b) {
            if matches!(b, crate::ordering::Blocker::Failed { .. }) {
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
    /// [`SPAWN_BUDGET`] spawns per call, then more for up to `SPAWN_SLICE` unless a
    /// deadline comes due first: each costs a fork and a few files, and a crash-looping
    /// fleet could otherwise keep the loop away from poll (control calls, output, timers)
    /// for a long time, while a large fleet starting spawns many per iteration instead of
    /// paying an iteration (a poll of every pipe, scans of the table) for every few. The
    /// rest start on the next iteration, which polls without blocking while
    /// `spawn_backlog` is set.
    pub fn start_eligible(&mut self, now: Instant) {
        self.spawn_backlog = false;
        // Spawns only add deadlines at least startsecs ahead: the nearest one now bounds
        // the slice.
        let slice_end = now + SPAWN_SLICE;
        let until = self.next_deadline().map_or(slice_end, |d| d.min(slice_end));
        let budget = Budget {
            count: spawn_count(self.procs.len()),
            until: Some(until),
        };
        self.start_with_budget(now, budget);
    }

    /// Spawns everything `start_eligible` left for later. Called before a control call
    /// that acts on processes, so that (as in Python, where every restart happens before
    /// RPCs are read) no autorestart is pending while e.g. stopAllProcesses runs: a
    /// pending one would be skipped as not running, then restarted.
    pub fn finish_spawn_backlog(&mut self, now: Instant) {
        if self.spawn_backlog && self.mood == Mood::Running {
            self.start_with_budget(now, Budget::UNLIMITED);
        }
    }

    pub(super) fn start_with_budget(&mut self, now: Instant, mut budget: Budget) {
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
    /// Only the table's start candidates are looked at (`table.rs`).
    pub(super) fn start_pass(&mut self, now: Instant, budget: &mut Budget) -> bool {
        let mut spawned = false;
        let mut candidates = std::mem::take(&mut self.start_scratch);
        self.procs
            .start_candidates(self.spawn_cursor, &mut candidates);
        for &idx in &candidates {
            if self.mood != Mood::Running {
                self.start_scratch = candidates;
                return false;
            }
            let p = &self.procs[idx];
            let wants = (p.machine.wants_spawn(now, &p.policy)
                || (p.restart_pending && p.machine.state.is_stopped()))
                && p.hook.is_none();
            // A process `update` replaces or drops once it stopped does not restart.
            let queued = || self.update_pending(&p.config.group, &p.config.name);
            if wants && !queued() && self.may_autostart(idx) {
                if !budget.take() {
                    self.spawn_backlog = true;
                    self.spawn_cursor = idx;
                    self.start_scratch = candidates;
                    return false;
                }
                self.spawn(idx);
                spawned = true;
            }
        }
        self.start_scratch = candidates;
        self.spawn_cursor = 0;
        spawned
    }

    /// Descriptors the readiness probe, liveness check and hook of process `idx` wait on,
    /// in that order, added to `fds` as `(process index, source, fd, events)`.
    pub fn probe_fds_of(
        &self,
        idx: usize,
        fds: &mut Vec<(usize, ProbeSource, i32, nix::poll::PollFlags)>,
    ) {
        use nix::poll::PollFlags;
        let p = &self.procs[idx];
        if let Some((fd, ev)) = p.probe.as_ref().and_then(|pr| pr.poll_fd()) {
            fds.push((idx, ProbeSource::Ready, fd, ev));
        }
        if let Some((fd, ev)) = p.liveness.as_ref().and_then(|c| c.poll_fd()) {
            fds.push((idx, ProbeSource::Liveness, fd, ev));
        }
        if let Some(fd) = p.hook.as_ref().and_then(|h| h.poll_fd()) {
            fds.push((idx, ProbeSource::Hook, fd, PollFlags::POLLIN));
        }
    }

    /// A probe's descriptor is ready.
    pub fn on_probe_event(&mut self, idx: usize, source: ProbeSource, now: Instant) {
        match source {
            ProbeSource::Ready => {
                let verdict = self
                    .procs
                    .get_mut(idx)
                    .probe
                    .as_mut()
                    .map(|pr| pr.on_event(now));
                self.probe_verdict(idx, verdict, now);
            }
            ProbeSource::Liveness => self.liveness_event(idx, now),
            ProbeSource::Hook => self.hook_readable(idx),
        }
    }

    /// Acts on a probe verdict: a ready program becomes RUNNING (once startsecs passed).
    pub(super) fn probe_verdict(
        &mut self,
        idx: usize,
        verdict: Option<crate::readiness::probe::Verdict>,
        now: Instant,
    ) {
        if verdict == Some(crate::readiness::probe::Verdict::Ready) {
            let p = self.procs.get_mut(idx);
            p.probe = None;
            p.startup.ready_at(now);
            let actions = p.machine.mark_ready(now, &p.policy);
            self.apply(idx, actions);
        }
    }

    /// A start asked for by a call (startProcess and friends). A process whose
    /// `depends_on` dependencies are not up has them started first and follows once they
    /// are (see [`Supervisor::start_deferred`]).
    pub fn start_requested(&mut self, idx: usize) -> Result<(), StartRefusal> {
        match self.procs[idx].machine.state {
            State::Running { .. }
            | State::Starting { .. }
            | State::Backoff { .. }
            | State::Stopping { .. } => return Err(StartRefusal::AlreadyStarted),
            State::Unknown => return Err(StartRefusal::Unknown),
            _ => {}
        }
        spawn::precheck(&self.procs[idx].config).map_err(StartRefusal::Command)?;
        let p = self.procs.get_mut(idx);
        p.restart_reason = Some(crate::process::restarts::RestartReason::Operator);
        p.memory_note = None;
        if ordering::blocker(&self.plan, &self.procs, idx).is_some() {
            let started = ordering::start_dependencies(&self.plan, &mut self.procs, idx);
            if !started.is_empty() {
                emit(
                    LogLevel::Info,
                    &format!(
                        "starting {} first: {} depends on it",
                        started.join(", "),
                        self.procs[idx].config.name
                    ),
                );
            }
            // Its logs open now, while its dependencies start, so its own start does not
            // wait for a file (a failure here is reported again at its spawn).
            let p = self.procs.get_mut(idx);
            let _ = p.outputs.ensure();
            p.restart_pending = true;
            return Ok(());
        }
        self.spawn(idx);
        if self.pre_start_hook_running(idx) {
            return Ok(());
        }
        let m = &self.procs[idx].machine;
        if !m.spawnerr.is_empty()
            && !matches!(m.state, State::Starting { .. } | State::Running { .. })
        {
            return Err(StartRefusal::SpawnFailed);
        }
        Ok(())
    }

    /// Whether a start of process `idx` waits for its dependencies, none of which failed.
    pub fn start_deferred(&self, idx: usize) -> bool {
        self.pre_start_hook_running(idx)
            || self.procs[idx].restart_pending
                && !matches!(
                    ordering::blocker(&self.plan, &self.procs, idx),
                    Some(crate::ordering::Blocker::Failed { .. })
                )
    }
}

/// `SUPERVISOR_SERVER_URL` for AUTO: the unix socket, else the inet server.
pub(super) fn spawn_context(config: &Config) -> SpawnContext {
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

#[cfg(test)]
mod tests {
    use super::{Budget, SPAWN_BUDGET};
    use std::time::{Duration, Instant};

    #[test]
    fn the_budget_gives_its_count_then_spawns_until_the_slice_ends() {
        let past = Instant::now() - Duration::from_millis(1);
        let mut spent = Budget {
            count: SPAWN_BUDGET,
            until: Some(past),
        };
        assert_eq!((0..10).filter(|_| spent.take()).count(), SPAWN_BUDGET);
        let mut open = Budget {
            count: 0,
            until: Some(Instant::now() + Duration::from_secs(60)),
        };
        assert!((0..100).all(|_| open.take()));
        let mut none = Budget {
            count: 0,
            until: None,
        };
        assert!(!none.take());
    }

    #[test]
    fn large_tables_spawn_more_per_iteration() {
        assert_eq!(super::spawn_count(100), SPAWN_BUDGET);
        assert_eq!(super::spawn_count(1000), SPAWN_BUDGET);
        assert_eq!(super::spawn_count(10_000), 20);
    }
}
