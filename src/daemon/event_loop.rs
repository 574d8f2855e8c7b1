//! The single-threaded event loop: blocks only in `epoll_wait()` (its poll; see
//! `poll_set.rs`) on the signal self-pipe, the control wake pipe, every child's output
//! pipes, the watcher's descriptors (inotify, action commands; see `crate::watch`) and the
//! wake timer, a timerfd armed to the nearest deadline (none → disarmed, so an idle daemon
//! never wakes). See `wake_timer.rs` for why deadlines are not poll timeouts.
//!
//! One iteration: fire due timers and start what wants to start; take a shutdown or
//! restart one step further; settle parked calls; deliver events; poll; then serve what
//! became ready (child stdin, output pipes, readiness probes, signals, control calls) and
//! reap exited children (after a SIGCHLD).

use std::collections::VecDeque;
use std::os::fd::{AsFd, BorrowedFd, RawFd};
use std::time::{Duration, Instant};

use nix::libc;
use nix::poll::PollFlags;

use super::poll_set::PollSet;
use super::proc_fds::ProcFds;
use super::rpc::handle_call;
use super::sig::Signals;
use super::supervisor::{Mood, ProbeSource, Supervisor};
use super::waiters::Waiters;
use super::wake_timer::{Wait, WakeTimer};
use crate::config::LogLevel;
use crate::control::{Call, ControlReceiver};
use crate::logging::{emit, Channel};

/// How a loop run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Everything stopped after a shutdown request; the daemon exits with this status.
    Exit(i32),
    /// `ours.upgrade` was asked for and the HTTP side has drained (every control handle
    /// is gone): the caller hands the daemon over to its new binary, or resumes the loop
    /// with [`resume`] if that fails.
    Upgrade,
}

/// What the daemon around the loop does for it.
pub trait Hooks {
    /// An upgrade was asked for: stop accepting HTTP connections, finish those in
    /// progress and then drop the control handle, so the loop sees every handle gone.
    fn begin_http_drain(&mut self) {}
    /// A descriptor the loop polls for the daemon until a deadline (an upgrade's check
    /// of the new binary).
    fn extra_fd(&self) -> Option<(RawFd, Instant)> {
        None
    }
    /// The extra descriptor is readable or its deadline passed: true ends the loop
    /// with [`Ending::Upgrade`].
    fn on_extra(&mut self, _now: Instant) -> bool {
        false
    }
}

/// No hooks (tests, a loop without HTTP servers).
pub struct NoHooks;
impl Hooks for NoHooks {}

/// Runs until shutdown. Restarts (SIGHUP) happen inside the loop.
pub fn run(sup: &mut Supervisor, signals: &Signals, control: Option<&ControlReceiver>) -> Ending {
    sup.events_boot(); // events: GROUP_ADDED per group, SUPERVISOR_STATE_CHANGE_RUNNING
    resume(sup, signals, control, &mut NoHooks)
}

/// Runs until shutdown or until an upgrade is ready to hand over, without announcing the
/// start (`run` does that first; a loop resumed after a failed upgrade does not).
pub fn resume(
    sup: &mut Supervisor,
    signals: &Signals,
    control: Option<&ControlReceiver>,
    hooks: &mut dyn Hooks,
) -> Ending {
    let set = match PollSet::new() {
        Ok(set) => set,
        Err(e) => {
            emit(LogLevel::Critical, &format!("epoll_create failed: {e}"));
            return Ending::Exit(2);
        }
    };
    let mut lp = Loop {
        control,
        set,
        timer: WakeTimer::new(),
        calls_left: false,
        writes: VecDeque::new(),
        waiters: Waiters::default(),
        fds: ProcFds::default(),
    };
    let mut draining = false;
    loop {
        if sup.upgrade_requested() {
            if !draining {
                draining = true;
                hooks.begin_http_drain();
            }
            // Parked calls get a clear fault now rather than a closed connection later.
            lp.waiters.abandon_for_upgrade();
            if lp.control.is_none() && lp.writes.is_empty() && hooks.extra_fd().is_none() {
                return Ending::Upgrade;
            }
        }
        let now = Instant::now();
        advance(sup, now);
        match lp.stop_step(sup, now) {
            Stopped::No => {}
            Stopped::Restarted => continue,
            Stopped::Exit(code) => return Ending::Exit(code),
        }
        lp.waiters.check(sup, now);
        sup.events_step(); // events: STOPPING, ticks, delivery (eventbus.rs)
        sup.hold_cpu_latency();
        let extra = hooks.extra_fd();
        let ready = match lp.poll(sup, signals, extra) {
            Ok(ready) => ready,
            Err(e) => {
                emit(LogLevel::Critical, &format!("poll failed: {e}"));
                return Ending::Exit(2);
            }
        };
        let now = Instant::now();
        if extra.is_some_and(|(_, until)| ready.extra || now >= until) && hooks.on_extra(now) {
            return Ending::Upgrade;
        }
        serve_io(sup, &ready, now);
        let mut child_exited = false;
        if ready.signals {
            for s in signals.take() {
                child_exited |= s == libc::SIGCHLD;
                handle_signal(sup, s);
            }
        }
        // Calls before reaping, as Python's loop does: a process reaped here is EXITED
        // until the next pass restarts it, and a stopAllProcesses answered in that window
        // would skip it.
        lp.take_calls(sup, ready.control);
        // Only after a SIGCHLD (every exit sends one, orphans' included): `waitpid(-1)`
        // walks all of the daemon's children, a cost every other wake-up need not pay.
        if child_exited {
            sup.reap(now);
        }
    }
}

/// What the loop keeps across iterations.
struct Loop<'a> {
    /// `None` once every control handle is gone.
    control: Option<&'a ControlReceiver>,
    timer: WakeTimer,
    /// Control calls still queued after a batch was cut short for a due timer.
    calls_left: bool,
    /// Calls that change state, taken from the channel and not answered yet.
    writes: VecDeque<Call>,
    /// Parked calls (`wait=true`, `ours.waitLog`).
    waiters: Waiters,
    /// The descriptors the loop waits on.
    set: PollSet<Source>,
    /// The processes' descriptors: pipes held in `set`, the others listed each wait.
    fds: ProcFds,
}

/// What a ready descriptor is to the loop.
#[derive(Debug, Clone, Copy)]
enum Source {
    Signals,
    Control,
    Timer,
    /// An output pipe: process index and stream.
    Pipe(usize, Channel),
    Probe(usize, ProbeSource),
    Watch,
    /// A pipe or socket with bytes waiting to be written, of that process.
    Out(usize),
    Extra,
}

/// Keys of the loop's own descriptors in the interest set (pipe keys are spawn serials
/// times two, far below these).
const KEY_SIGNALS: u64 = u64::MAX;
const KEY_CONTROL: u64 = u64::MAX - 1;
const KEY_TIMER: u64 = u64::MAX - 2;

/// Where the ordered stop of a shutdown or restart stands after one step.
enum Stopped {
    /// Running, or still stopping: the iteration goes on.
    No,
    /// A restart finished: the next iteration starts the new config.
    Restarted,
    /// A shutdown finished: the daemon exits with this status.
    Exit(i32),
}

/// What one poll found ready.
struct Ready {
    signals: bool,
    control: bool,
    readable: Vec<(usize, Channel)>,
    probed: Vec<(usize, ProbeSource)>,
    writable: Vec<usize>,
    /// Some watcher descriptor (inotify, an action command's output) is readable.
    watched: bool,
    /// The hooks' extra descriptor (an upgrade's check) is readable.
    extra: bool,
}

/// Due timers, then (while running) every process that wants to start.
fn advance(sup: &mut Supervisor, now: Instant) {
    sup.fire_timers(now);
    // Counted warnings whose second is over: written at whatever woke the loop (no timer).
    crate::logging::repeats::flush();
    if sup.mood() == Mood::Running {
        sup.apply_pending_updates(); // update: processes stopped to be replaced
        sup.start_eligible(now);
    }
    sup.events_mood(); // events: SUPERVISOR_STATE_CHANGE_STOPPING before any stop
}

/// The earliest deadline of the supervisor and the parked calls.
fn deadline(sup: &mut Supervisor, waiters: &Waiters) -> Option<Instant> {
    sup.next_deadline()
        .into_iter()
        .chain(waiters.deadline())
        .min()
}

impl Loop<'_> {
    /// While shutting down or restarting: one step of the ordered stop. Once everything
    /// stopped, a shutdown ends the loop; a restart switches to the new config.
    fn stop_step(&mut self, sup: &mut Supervisor, now: Instant) -> Stopped {
        // Checked after the start pass: a spawn may have triggered an exit policy.
        if sup.mood() == Mood::Running || !sup.shutdown_step(now) {
            return Stopped::No;
        }
        // Settled stop waits get their `true` before the rest is abandoned.
        self.waiters.check(sup, now);
        self.waiters.abandon();
        if sup.mood() == Mood::Shutdown {
            return Stopped::Exit(sup.exit_code());
        }
        sup.finish_restart();
        // Python runs its start-up again after a restart and says so.
        emit(
            LogLevel::Info,
            &format!("supervisord started with pid {}", std::process::id()),
        );
        sup.events_boot(); // events: a reload announces every group again
        Stopped::Restarted
    }

    /// Waits until a descriptor is ready or the nearest deadline passed. The interest set
    /// keeps the long-lived descriptors registered (see `poll_set.rs`); the short-lived
    /// ones are watched for this wait only.
    fn poll(
        &mut self,
        sup: &mut Supervisor,
        signals: &Signals,
        extra: Option<(RawFd, Instant)>,
    ) -> nix::Result<Ready> {
        let due = deadline(sup, &self.waiters)
            .into_iter()
            .chain(extra.map(|(_, until)| until))
            .min();
        let mut wait = self.timer.prepare(due);
        if self.calls_left {
            wait = Wait::Now;
        }
        let set = &mut self.set;
        set.keep(
            signals.fd(),
            KEY_SIGNALS,
            PollFlags::POLLIN,
            Source::Signals,
        );
        if let Some(c) = self.control {
            set.keep(
                c.wake_fd.as_fd(),
                KEY_CONTROL,
                PollFlags::POLLIN,
                Source::Control,
            );
        }
        if let Some(fd) = self.timer.fd() {
            set.keep(fd, KEY_TIMER, PollFlags::POLLIN, Source::Timer);
        }
        // Held across passes, updated for the processes that changed.
        self.fds.sync(sup, set, Source::Pipe);
        // SAFETY (all three): the fds are owned by `sup`'s processes (readiness probes,
        // stdin) or its watcher, and stay open during this poll.
        let borrow = |raw: i32| unsafe { BorrowedFd::borrow_raw(raw) };
        for &(idx, source, raw, events) in self.fds.probe_fds(sup) {
            set.once(borrow(raw), events, Source::Probe(idx, source));
        }
        for raw in sup.watch_fds() {
            set.once(borrow(raw), PollFlags::POLLIN, Source::Watch);
        }
        for &(idx, raw) in self.fds.write_fds(sup) {
            set.once(borrow(raw), PollFlags::POLLOUT, Source::Out(idx));
        }
        // The hooks own the extra descriptor for the duration of this poll.
        if let Some((raw, _)) = extra {
            set.once(borrow(raw), PollFlags::POLLIN, Source::Extra);
        }
        let mut found = Ready {
            signals: false,
            control: self.control.is_some() && self.calls_left,
            readable: Vec::new(),
            probed: Vec::new(),
            writable: Vec::new(),
            watched: false,
            extra: false,
        };
        let mut timer_fired = false;
        set.wait(wait.timeout(), |source| match source {
            Source::Signals => found.signals = true,
            Source::Control => found.control = true,
            Source::Timer => timer_fired = true,
            Source::Pipe(idx, ch) => found.readable.push((idx, ch)),
            Source::Probe(idx, src) => found.probed.push((idx, src)),
            Source::Watch => found.watched = true,
            Source::Out(idx) => found.writable.push(idx),
            Source::Extra => found.extra = true,
        })?;
        // Served in process order, as the lists are built (epoll reports in its own order).
        found
            .readable
            .sort_unstable_by_key(|&(idx, ch)| (idx, ch == Channel::Stderr));
        // Within a process: readiness probe, liveness check, hook (the order probe_fds lists).
        found
            .probed
            .sort_unstable_by_key(|&(idx, src)| (idx, src as u8));
        found.writable.sort_unstable();
        found.writable.dedup();
        if timer_fired {
            self.timer.fired();
        }
        Ok(found)
    }

    /// Answers the queued control calls. Reads first: a status call never waits behind a
    /// burst of starts (each of which may spawn). Then the calls that change state, in the
    /// order they came, until the nearest deadline (as of the batch's start; scanning every
    /// process after each call would cost O(processes) per call) is due or the batch has
    /// taken [`CALL_SLICE`]; the rest are taken on the next pass, which does not block
    /// (`calls_left`), after the reads that arrived meanwhile.
    fn take_calls(&mut self, sup: &mut Supervisor, ready: bool) {
        self.calls_left = false;
        let Some(c) = self.control.filter(|_| ready || !self.writes.is_empty()) else {
            return;
        };
        if !c.wake_fd.drain() {
            // Every handle is gone: the pipe would report POLLHUP forever.
            self.control = None;
        }
        let start = Instant::now();
        while let Ok(call) = c.rx.try_recv() {
            if reads_only(&call.method) {
                handle_call(sup, &mut self.waiters, call);
            } else {
                self.writes.push_back(call);
            }
        }
        // Only calls that change state are cut short by a deadline: reads alone do not pay
        // for the scan of every process.
        let due = match self.writes.is_empty() {
            true => None,
            false => deadline(sup, &self.waiters),
        };
        while let Some(call) = self.writes.pop_front() {
            sup.finish_spawn_backlog(Instant::now());
            handle_call(sup, &mut self.waiters, call);
            let now = Instant::now();
            if due.is_some_and(|d| d <= now) || now.duration_since(start) >= CALL_SLICE {
                break;
            }
        }
        self.calls_left = !self.writes.is_empty();
    }
}

/// Writes to writable child stdins, reads readable output pipes, checks ready probes.
fn serve_io(sup: &mut Supervisor, ready: &Ready, now: Instant) {
    for &idx in &ready.writable {
        sup.on_writable(idx);
    }
    for &(idx, stream) in &ready.readable {
        sup.on_readable(idx, stream);
    }
    for &(idx, source) in &ready.probed {
        sup.on_probe_event(idx, source, now);
    }
    if ready.watched {
        sup.on_watch_readable(now);
    }
}

/// How long one pass may spend on calls that change state before it looks at timers, I/O
/// and newly arrived reads again.
const CALL_SLICE: Duration = Duration::from_millis(10);

/// Calls that only read state or logs: answered even while spawns are deferred to the next
/// iteration (see `Supervisor::finish_spawn_backlog`).
fn reads_only(method: &str) -> bool {
    let name = method.rsplit('.').next().unwrap_or(method);
    method.starts_with("system.")
        || name.starts_with("get")
        || name.starts_with("read")
        || name.starts_with("tail")
        || name == "waitLog"
        || name == "logPath"
}

/// Acts on one signal the daemon received.
fn handle_signal(sup: &mut Supervisor, sig: i32) {
    let name = crate::signals::display_name(sig);
    match sig {
        libc::SIGCHLD => emit(LogLevel::Debug, "received SIGCHLD indicating a child quit"),
        libc::SIGTERM | libc::SIGINT | libc::SIGQUIT => {
            emit(
                LogLevel::Warn,
                &format!("received {name} indicating exit request"),
            );
            sup.set_mood(Mood::Shutdown);
        }
        libc::SIGHUP => {
            if sup.mood() == Mood::Shutdown {
                emit(
                    LogLevel::Warn,
                    "ignored SIGHUP indicating restart request (shutdown in progress)",
                );
            } else {
                emit(LogLevel::Warn, "received SIGHUP indicating restart request");
                sup.request_restart();
            }
        }
        libc::SIGUSR2 => {
            emit(
                LogLevel::Info,
                "received SIGUSR2 indicating log reopen request",
            );
            sup.reopen_logs();
        }
        // Ours: Python's supervisord has no SIGUSR1 handler (the signal ends it).
        libc::SIGUSR1 => match sup.upgrade_blocker() {
            None => {
                emit(
                    LogLevel::Warn,
                    "received SIGUSR1 indicating in-place upgrade request",
                );
                sup.request_upgrade();
            }
            Some(why) => emit(
                LogLevel::Warn,
                &format!("ignored SIGUSR1 indicating in-place upgrade request: {why}"),
            ),
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_calls_do_not_flush_the_spawn_backlog() {
        for m in [
            "supervisor.getAllProcessInfo",
            "supervisor.getPID",
            "supervisor.readProcessStdoutLog",
            "supervisor.tailProcessStderrLog",
            "ours.waitLog",
            "system.listMethods",
        ] {
            assert!(reads_only(m), "{m}");
        }
        for m in [
            "supervisor.stopAllProcesses",
            "supervisor.startProcess",
            "supervisor.signalAllProcesses",
            "supervisor.reloadConfig",
            "supervisor.shutdown",
        ] {
            assert!(!reads_only(m), "{m}");
        }
    }
}
