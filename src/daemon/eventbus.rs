//! The event bus: `[eventlistener:x]` pools wired into the running daemon (behaviour §8).
//!
//! [`Bus`] is the pure part (pools, global serial, listener protocol states, tick clock):
//! `publish` numbers an event and buffers it in every subscribed pool, `next_dispatch`
//! picks a READY listener of a RUNNING process for a pool's oldest event. The
//! `impl Supervisor` block below glues it to the process table: PROCESS_STATE_* on every
//! state change, capture events, a listener's stdout fed to its protocol state, envelopes
//! written to listeners' stdin without ever blocking (a per-listener pending buffer,
//! flushed on POLLOUT), ticks as loop deadlines (only when a pool subscribes to a TICK).
//!
//! Python-isms kept on purpose: the global serial is taken when the first pool accepts an
//! event (events nobody subscribes to consume none) and continues across reloads; a pool
//! only exists from its own PROCESS_GROUP_ADDED on (so it sees its own and later groups'
//! ADDED events); a pool subscribed to a type and its parent gets such events twice; a
//! rejected or orphaned event goes back to the head of its pool's buffer.

use std::collections::HashMap;
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant, SystemTime};

use nix::errno::Errno;

use super::supervisor::{Mood, Supervisor};
use crate::config::{GroupConfig, GroupKind, LogLevel};
use crate::events::protocol::Outcome;
use crate::events::types::{self, Event, EventType};
use crate::events::{Listener, ListenerState, Pool};
use crate::logging::emit;
use crate::logging::{CaptureEvent, CaptureOutput, Channel};
use crate::process::State;

/// Tick periods (seconds) and their event types.
const TICKS: [(u64, EventType); 3] = [
    (5, EventType::Tick5),
    (60, EventType::Tick60),
    (3600, EventType::Tick3600),
];

/// Longest a shutdown or reload waits for listeners to take their buffered events before
/// stopping them (a hung listener must not hold the daemon up for long).
const DRAIN_GRACE: Duration = Duration::from_secs(3);

/// One listener process's protocol state and unwritten envelope bytes.
#[derive(Debug, Default)]
pub struct Slot {
    pub proto: Listener,
    /// Envelope bytes the stdin pipe did not take yet (≤ one envelope: a listener gets
    /// one event at a time).
    pub pending: Vec<u8>,
}

/// Every pool, the listener states and the event clock.
#[derive(Debug, Default)]
pub struct Bus {
    /// Last global serial handed out (`None` before the first: serials start at 0).
    serial: Option<u64>,
    /// Pools in the order their groups were added.
    pub pools: Vec<Pool>,
    /// Listener slots by (pool, process name).
    pub slots: HashMap<(String, String), Slot>,
    /// Python's backoff counter as seen by events, by (group, process): the `tries` of
    /// STARTING/BACKOFF events.
    tries: HashMap<(String, String), u64>,
    /// Last time slice of each tick period (epoch seconds); reset at every boot.
    tick_slices: [u64; 3],
    /// SUPERVISOR_STATE_CHANGE_STOPPING was sent for this run.
    stopping: bool,
    /// End of the drain grace of this shutdown (set when a stop was first held).
    drain_until: Option<Instant>,
    /// A stop is being held for listeners to drain: the loop wakes at `drain_until`.
    holding: bool,
}

/// Epoch seconds now (fractional).
fn epoch_now() -> f64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Python's `timeslice(period, when)`.
fn timeslice(period: u64, now: f64) -> u64 {
    let now = now.max(0.0) as u64;
    now - now % period
}

impl Bus {
    /// Numbers `ty`/`payload` and buffers it in every subscribed pool; nothing happens
    /// (and no serial is used) when no pool subscribes. Logs overflow discards.
    pub fn publish(&mut self, ty: EventType, payload: Vec<u8>) {
        if !self.wants(ty) {
            return;
        }
        let serial = self.serial.map_or(0, |s| s.wrapping_add(1));
        self.serial = Some(serial);
        let event = Event {
            ty,
            serial,
            payload,
        };
        for pool in &mut self.pools {
            let copies = pool.copies(ty);
            let mut pool_serial = None;
            for _ in 0..copies {
                let dropped = match pool_serial {
                    None => {
                        let d = pool.push(event.clone());
                        pool_serial = Some(());
                        d
                    }
                    Some(()) => {
                        emit(
                            LogLevel::Debug,
                            &format!(
                                "rebuffering event {serial} for pool {} (buf size={}, max={})",
                                pool.name,
                                pool.len(),
                                pool.capacity()
                            ),
                        );
                        let ps = pool.last_serial();
                        pool.push_again(event.clone(), ps)
                    }
                };
                log_overflow(&pool.name, dropped);
            }
        }
    }

    /// Whether some pool subscribes to `ty` (lets callers skip rendering a payload).
    pub fn wants(&self, ty: EventType) -> bool {
        self.pools.iter().any(|p| p.subscribes(ty))
    }

    /// Puts an event back at the head of pool `pool` (rejected, or its listener died).
    pub fn rebuffer(&mut self, pool: &str, event: Event, pool_serial: u64) {
        if let Some(p) = self.pools.iter_mut().find(|p| p.name == pool) {
            emit(
                LogLevel::Debug,
                &format!(
                    "rebuffering event {} for pool {pool} (buf size={}, max={})",
                    event.serial,
                    p.len(),
                    p.capacity()
                ),
            );
            let dropped = p.push_front(event, pool_serial);
            log_overflow(pool, dropped);
        }
    }

    /// Whether a pool of that name exists.
    pub fn is_pool(&self, name: &str) -> bool {
        self.pools.iter().any(|p| p.name == name)
    }

    /// Creates the pool of a listener group (no-op for other groups or an existing pool).
    pub fn add_pool(&mut self, group: &GroupConfig) {
        let GroupKind::EventListener {
            events,
            buffer_size,
            ..
        } = &group.kind
        else {
            return;
        };
        if self.is_pool(&group.name) {
            return;
        }
        let subs = events
            .iter()
            .filter_map(|n| EventType::from_name(n))
            .collect();
        self.pools
            .push(Pool::new(&group.name, subs, *buffer_size as usize));
    }

    /// Drops a pool (its group was removed); its buffered events are lost, as in Python.
    pub fn remove_pool(&mut self, name: &str) {
        self.pools.retain(|p| p.name != name);
        self.slots.retain(|(pool, _), _| pool != name);
    }

    /// Forgets every pool and listener (a reload builds them again); serials continue.
    pub fn reset(&mut self) {
        self.pools.clear();
        self.slots.clear();
        self.tries.clear();
        self.stopping = false;
        self.drain_until = None;
        self.holding = false;
        let now = epoch_now();
        for (i, (period, _)) in TICKS.iter().enumerate() {
            self.tick_slices[i] = timeslice(*period, now);
        }
    }

    /// TICK_* events for every period whose time slice rolled over by `now` (epoch s).
    pub fn fire_ticks(&mut self, now: f64) {
        for (i, (period, ty)) in TICKS.iter().enumerate() {
            let slice = timeslice(*period, now);
            if slice != self.tick_slices[i] {
                self.tick_slices[i] = slice;
                self.publish(*ty, types::tick_payload(slice));
            }
        }
    }

    /// Epoch second of the next tick some pool subscribes to (None: nobody listens, so an
    /// idle daemon never wakes for ticks).
    pub fn next_tick(&self) -> Option<u64> {
        self.next_tick_after(None)
    }

    /// Like `next_tick`, also bounded by the next boundary after `now` (a wall clock set
    /// back must not postpone ticks by the size of the jump).
    fn next_tick_after(&self, now: Option<f64>) -> Option<u64> {
        TICKS
            .iter()
            .enumerate()
            .filter(|(_, (_, ty))| self.pools.iter().any(|p| p.subscribes(*ty)))
            .map(|(i, (period, _))| {
                let next = self.tick_slices[i] + period;
                now.map_or(next, |n| next.min(timeslice(*period, n) + period))
            })
            .min()
    }

    /// The `tries` of a state event, following Python's backoff counter through the
    /// change: +1 entering BACKOFF, 0 on RUNNING/FATAL.
    fn tries(&mut self, key: (String, String), to: &State) -> u64 {
        let b = self.tries.entry(key).or_insert(0);
        match to {
            State::Backoff { .. } => *b += 1,
            State::Running { .. } | State::Fatal => {
                let t = *b;
                *b = 0;
                return t;
            }
            _ => {}
        }
        *b
    }
}

fn log_overflow(pool: &str, dropped: Option<u64>) {
    if let Some(serial) = dropped {
        emit(
            LogLevel::Error,
            &format!("pool {pool} event buffer overflowed, discarding event {serial}"),
        );
    }
}

/// The PROCESS_STATE_* payload of a change, as Python renders it.
pub fn state_event(
    process: &str,
    group: &str,
    from: &State,
    to: &State,
    tries: u64,
) -> (EventType, Vec<u8>) {
    let ty = EventType::for_state(to.code() as i32);
    let pid = to.pid().or(from.pid()).unwrap_or(0);
    let extra: Vec<(&str, String)> = match to {
        State::Starting { .. } | State::Backoff { .. } => vec![("tries", tries.to_string())],
        State::Running { .. } | State::Stopping { .. } | State::Stopped => {
            vec![("pid", pid.to_string())]
        }
        State::Exited { expected } => vec![
            ("expected", u8::from(*expected).to_string()),
            ("pid", pid.to_string()),
        ],
        State::Fatal | State::Unknown => Vec::new(),
    };
    let payload = types::state_payload(process, group, from.code() as i32, &extra);
    (ty, payload)
}

impl Supervisor {
    /// Boot of a run (loop start, after every reload): pools are created group by group in
    /// start order, each group announced with PROCESS_GROUP_ADDED, then
    /// SUPERVISOR_STATE_CHANGE_RUNNING.
    pub fn events_boot(&mut self) {
        self.bus.reset();
        let mut groups: Vec<GroupConfig> = self.config.groups.clone();
        groups.sort_by_key(|g| g.priority);
        for g in &groups {
            self.bus.add_pool(g);
            self.bus
                .publish(EventType::ProcessGroupAdded, types::group_payload(&g.name));
        }
        self.bus
            .publish(EventType::SupervisorStateChangeRunning, Vec::new());
    }

    /// SUPERVISOR_STATE_CHANGE_STOPPING once the mood left RUNNING (checked by the loop
    /// before each shutdown step, so it precedes the processes' STOPPING events, as in
    /// Python).
    pub fn events_mood(&mut self) {
        if self.mood != Mood::Running && !self.bus.stopping {
            self.bus.stopping = true;
            self.bus
                .publish(EventType::SupervisorStateChangeStopping, Vec::new());
        }
    }

    /// Once per loop iteration before poll: STOPPING if not yet sent, due ticks, then
    /// delivery of everything deliverable.
    pub fn events_step(&mut self) {
        self.events_mood();
        // Always kept current (as Python's `tick()`), so a TICK pool added at run time
        // does not get a stale boundary; without subscribers nothing is published.
        self.bus.fire_ticks(epoch_now());
        self.events_dispatch();
    }

    /// Shutdown/reload: whether to hold back stopping `members` (one stop level) because
    /// some of them are listeners that can still take buffered events (RUNNING, not
    /// UNKNOWN, with events waiting or one in flight). Bounded by `DRAIN_GRACE` per
    /// shutdown. Python stops group by group, which in practice gives listeners that time;
    /// we stop equal priorities together, so listeners would otherwise lose the events of
    /// the programs just stopped.
    pub fn events_hold_stop(&mut self, members: &[usize], now: Instant) -> bool {
        let busy = members.iter().any(|&i| self.listener_has_work(i));
        if !busy {
            self.bus.holding = false;
            return false;
        }
        let until = *self.bus.drain_until.get_or_insert(now + DRAIN_GRACE);
        self.bus.holding = now < until;
        self.bus.holding
    }

    fn listener_has_work(&self, idx: usize) -> bool {
        let p = &self.procs[idx];
        if !matches!(p.machine.state, State::Running { .. }) {
            return false;
        }
        let Some(pool) = self.bus.pools.iter().find(|x| x.name == p.config.group) else {
            return false;
        };
        let key = (p.config.group.clone(), p.config.name.clone());
        match self.bus.slots.get(&key).map(|s| &s.proto.state) {
            Some(ListenerState::Unknown) => false,
            Some(ListenerState::Busy { .. }) => true,
            _ => !pool.is_empty(),
        }
    }

    /// The next tick (or drain-grace) deadline as an `Instant` (the loop's poll timeout).
    pub fn events_deadline(&self) -> Option<Instant> {
        let grace = self.bus.drain_until.filter(|_| self.bus.holding);
        let tick = self.tick_deadline();
        match (grace, tick) {
            (Some(g), Some(t)) => Some(g.min(t)),
            (g, t) => g.or(t),
        }
    }

    fn tick_deadline(&self) -> Option<Instant> {
        let now = epoch_now();
        let at = self.bus.next_tick_after(Some(now))? as f64;
        let left = (at - now).max(0.0);
        Some(Instant::now() + Duration::from_secs_f64(left))
    }

    /// Publishes an event (sendRemoteCommEvent, group added/removed, ...).
    pub fn events_publish(&mut self, ty: EventType, payload: Vec<u8>) {
        self.bus.publish(ty, payload);
    }

    /// A group was added at run time: its pool (if a listener group) exists from now on.
    pub fn events_group_added(&mut self, group: &GroupConfig) {
        self.bus.add_pool(group);
    }

    /// A group was removed: its pool goes before PROCESS_GROUP_REMOVED is published.
    pub fn events_group_removed(&mut self, name: &str) {
        self.bus.remove_pool(name);
    }

    /// Whether process `idx` is a listener (its stdout is the protocol channel).
    pub fn is_listener(&self, idx: usize) -> bool {
        self.bus.is_pool(&self.procs[idx].config.group)
    }

    /// A state change of process `idx`: the PROCESS_STATE_* event; for a listener, a new
    /// protocol state at spawn and its in-flight event re-buffered when its process ends.
    pub fn events_state_change(&mut self, idx: usize, from: &State, to: &State) {
        let p = &self.procs[idx];
        let key = (p.config.group.clone(), p.config.name.clone());
        let tries = self.bus.tries(key.clone(), to);
        let (ty, payload) = state_event(&p.config.name, &p.config.group, from, to, tries);
        self.bus.publish(ty, payload);
        if !self.bus.is_pool(&key.0) {
            return;
        }
        let ended = from.pid().is_some() && to.pid().is_none() && *to != State::Unknown;
        if matches!(to, State::Starting { .. }) || ended {
            let slot = self.bus.slots.entry(key.clone()).or_default();
            slot.pending.clear();
            if let Some((event, pool_serial)) = slot.proto.reset() {
                self.bus.rebuffer(&key.0, event, pool_serial);
            }
        }
    }

    /// Capture events of a normal output stream: PROCESS_LOG_* / PROCESS_COMMUNICATION_*.
    pub fn events_capture(&mut self, idx: usize, channel: Channel, events: Vec<CaptureEvent>) {
        let p = &self.procs[idx];
        let pid = p.machine.state.pid().unwrap_or(0);
        let rendered: Vec<(EventType, Vec<u8>)> = events
            .iter()
            .filter(|e| self.bus.wants(e.event_type(channel)))
            .map(|e| {
                (
                    e.event_type(channel),
                    e.payload(&p.config.name, &p.config.group, pid, channel),
                )
            })
            .collect();
        for (ty, payload) in rendered {
            self.bus.publish(ty, payload);
        }
    }

    /// Bytes from a listener's stdout: copied to its stdout log (no capture mode, no
    /// events), then fed to its protocol state.
    pub fn events_listener_output(&mut self, idx: usize, data: &[u8]) -> CaptureOutput {
        let p = &mut self.procs[idx];
        let mut out = p.outputs.write(Channel::Stdout, data);
        out.events.clear();
        let name = p.config.name.clone();
        let key = (p.config.group.clone(), name.clone());
        let slot = self.bus.slots.entry(key.clone()).or_default();
        let before = slot.proto.state.name();
        let outcomes = slot.proto.feed(data);
        let mut state = before;
        for o in outcomes {
            match o {
                Outcome::Ready => {
                    emit(LogLevel::Debug, &format!("{name}: {state} -> READY"));
                    state = "READY";
                }
                Outcome::Accepted(_) => {
                    emit(LogLevel::Debug, &format!("{name}: event was processed"));
                    emit(LogLevel::Debug, &format!("{name}: BUSY -> ACKNOWLEDGED"));
                    state = "ACKNOWLEDGED";
                }
                Outcome::Rejected(event, pool_serial) => {
                    emit(LogLevel::Warn, &format!("{name}: event was rejected"));
                    emit(LogLevel::Debug, &format!("{name}: BUSY -> ACKNOWLEDGED"));
                    state = "ACKNOWLEDGED";
                    self.bus.rebuffer(&key.0, event, pool_serial);
                }
                Outcome::Violation { reason, rebuffer } => {
                    if reason.starts_with("bad result line") {
                        emit(LogLevel::Warn, &format!("{name}: {reason}"));
                    }
                    emit(LogLevel::Debug, &format!("{name}: {state} -> UNKNOWN"));
                    emit(
                        LogLevel::Warn,
                        &format!(
                            "{name}: has entered the UNKNOWN state and will no longer receive events, this usually indicates the process violated the eventlistener protocol"
                        ),
                    );
                    state = "UNKNOWN";
                    if let Some((event, pool_serial)) = rebuffer {
                        self.bus.rebuffer(&key.0, event, pool_serial);
                    }
                }
            }
        }
        out
    }

    /// Delivers buffered events: per pool, oldest first, each to the first READY listener
    /// whose process is RUNNING; stops at the first event nobody can take.
    pub fn events_dispatch(&mut self) {
        for pi in 0..self.bus.pools.len() {
            while let Some((event, pool_serial)) = self.bus.pools[pi].pop() {
                if !self.deliver(pi, &event, pool_serial) {
                    self.bus.pools[pi].push_front(event, pool_serial);
                    break;
                }
            }
        }
    }

    /// Writes one event to a READY listener of pool `pi`; false when none could take it.
    fn deliver(&mut self, pi: usize, event: &Event, pool_serial: u64) -> bool {
        let pool = self.bus.pools[pi].name.clone();
        for idx in 0..self.procs.len() {
            let p = &self.procs[idx];
            if p.config.group != pool || !matches!(p.machine.state, State::Running { .. }) {
                continue;
            }
            let key = (pool.clone(), p.config.name.clone());
            let ready = self
                .bus
                .slots
                .get(&key)
                .is_some_and(|s| s.proto.state == ListenerState::Ready);
            if !ready {
                continue;
            }
            let envelope = types::envelope(
                &self.config.supervisord.identifier,
                &pool,
                pool_serial,
                event,
            );
            let Some(slot) = self.bus.slots.get_mut(&key) else {
                continue;
            };
            slot.pending.extend_from_slice(&envelope);
            if flush(p.stdin.as_ref().map(|f| f.as_raw_fd()), &mut slot.pending).is_err() {
                slot.pending.clear();
                emit(
                    LogLevel::Debug,
                    &format!(
                        "epipe occurred while sending event {} to listener {}, listener state unchanged",
                        event.serial, p.config.name
                    ),
                );
                continue;
            }
            slot.proto.sent(event.clone(), pool_serial);
            emit(
                LogLevel::Debug,
                &format!("event {} sent to listener {}", event.serial, p.config.name),
            );
            return true;
        }
        false
    }

    /// Listener stdin pipes with unwritten envelope bytes: (process index, fd) for POLLOUT.
    pub fn events_write_fds(&self) -> Vec<(usize, i32)> {
        if self.bus.slots.values().all(|s| s.pending.is_empty()) {
            return Vec::new();
        }
        let mut v = Vec::new();
        for (idx, p) in self.procs.iter().enumerate() {
            let key = (p.config.group.clone(), p.config.name.clone());
            let pending = self
                .bus
                .slots
                .get(&key)
                .is_some_and(|s| !s.pending.is_empty());
            if let (true, Some(fd)) = (pending, &p.stdin) {
                v.push((idx, fd.as_raw_fd()));
            }
        }
        v
    }

    /// A listener's stdin became writable: write more of its pending envelope.
    pub fn events_writable(&mut self, idx: usize) {
        let p = &self.procs[idx];
        let key = (p.config.group.clone(), p.config.name.clone());
        let fd = p.stdin.as_ref().map(|f| f.as_raw_fd());
        if let Some(slot) = self.bus.slots.get_mut(&key) {
            if flush(fd, &mut slot.pending).is_err() {
                // The listener is going away; its exit re-buffers the event.
                slot.pending.clear();
            }
        }
    }
}

/// Writes as much of `pending` as the non-blocking pipe takes. `Err` = EPIPE / no pipe.
pub(super) fn flush(fd: Option<i32>, pending: &mut Vec<u8>) -> Result<(), Errno> {
    let Some(fd) = fd else {
        return Err(Errno::EPIPE);
    };
    // SAFETY: the fd is owned by the process table and open during this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    while !pending.is_empty() {
        match nix::unistd::write(fd, pending) {
            Ok(n) => {
                pending.drain(..n);
            }
            Err(Errno::EINTR) => continue,
            Err(Errno::EAGAIN) => return Ok(()),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listener_group(name: &str, events: &[&str], size: u32) -> GroupConfig {
        GroupConfig {
            name: name.into(),
            kind: GroupKind::EventListener {
                events: events.iter().map(|s| s.to_string()).collect(),
                buffer_size: size,
                result_handler: String::new(),
            },
            priority: -1,
            processes: Vec::new(),
        }
    }

    #[test]
    fn serials_only_for_subscribed_events_and_per_pool() {
        let mut bus = Bus::default();
        bus.reset();
        bus.publish(EventType::Tick5, b"when:5".to_vec());
        assert_eq!(bus.serial, None);
        bus.add_pool(&listener_group("a", &["PROCESS_STATE"], 10));
        bus.add_pool(&listener_group("b", &["EVENT"], 10));
        bus.publish(EventType::Tick5, b"when:5".to_vec());
        bus.publish(EventType::ProcessStateFatal, Vec::new());
        let (e, ps) = bus.pools[0].pop().unwrap();
        assert_eq!((e.serial, ps), (1, 0));
        let (e, ps) = bus.pools[1].pop().unwrap();
        assert_eq!((e.serial, e.ty, ps), (0, EventType::Tick5, 0));
        let (e, ps) = bus.pools[1].pop().unwrap();
        assert_eq!((e.serial, ps), (1, 1));
        // Serials continue across a reload.
        bus.reset();
        bus.add_pool(&listener_group("a", &["EVENT"], 10));
        bus.publish(EventType::Tick60, Vec::new());
        let (e, ps) = bus.pools[0].pop().unwrap();
        assert_eq!((e.serial, ps), (2, 0));
    }

    #[test]
    fn overflow_and_rebuffer_and_duplicates() {
        let mut bus = Bus::default();
        bus.add_pool(&listener_group("a", &["EVENT", "TICK"], 3));
        bus.publish(EventType::Tick5, Vec::new());
        // Subscribed twice (EVENT and TICK): two copies, same pool serial.
        assert_eq!(bus.pools[0].len(), 2);
        bus.publish(EventType::RemoteCommunication, Vec::new());
        bus.publish(EventType::RemoteCommunication, Vec::new());
        assert_eq!(bus.pools[0].len(), 3);
        let (e, ps) = bus.pools[0].pop().unwrap();
        assert_eq!((e.serial, ps), (0, 0));
        let (e, ps) = bus.pools[0].pop().unwrap();
        assert_eq!((e.serial, ps), (1, 1));
        bus.rebuffer("a", e, 1);
        assert_eq!(bus.pools[0].pop().unwrap().0.serial, 1);
        bus.remove_pool("a");
        assert!(!bus.is_pool("a"));
    }

    #[test]
    fn ticks_only_when_subscribed_and_epoch_aligned() {
        let mut bus = Bus {
            tick_slices: [100, 60, 0],
            ..Default::default()
        };
        assert_eq!(bus.next_tick(), None);
        bus.add_pool(&listener_group("t", &["TICK_5"], 10));
        assert_eq!(bus.next_tick(), Some(105));
        bus.fire_ticks(104.9);
        assert!(bus.pools[0].is_empty());
        bus.fire_ticks(107.0);
        let (e, _) = bus.pools[0].pop().unwrap();
        assert_eq!(e.payload, b"when:105");
        assert_eq!(bus.next_tick(), Some(110));
        // A long sleep gives one event for the current slice.
        bus.fire_ticks(131.0);
        assert_eq!(bus.pools[0].pop().unwrap().0.payload, b"when:130");
        assert!(bus.pools[0].is_empty());
        // The clock set back an hour: the next wake-up is the next boundary from now.
        assert_eq!(bus.next_tick_after(Some(-3469.0 + 3600.0)), Some(135));
        assert_eq!(bus.next_tick_after(Some(20.0)), Some(25));
        bus.fire_ticks(26.0);
        assert_eq!(bus.pools[0].pop().unwrap().0.payload, b"when:25");
    }

    #[test]
    fn state_payloads_like_python() {
        let now = Instant::now();
        let starting = State::Starting {
            pid: 42,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        };
        let running = State::Running {
            pid: 42,
            since: now,
        };
        let backoff = State::Backoff { retry_at: now };
        let (ty, p) = state_event("a", "g", &State::Stopped, &starting, 0);
        assert_eq!(ty, EventType::ProcessStateStarting);
        assert_eq!(p, b"processname:a groupname:g from_state:STOPPED tries:0");
        let (_, p) = state_event("a", "g", &starting, &running, 0);
        assert_eq!(p, b"processname:a groupname:g from_state:STARTING pid:42");
        let (_, p) = state_event("a", "g", &running, &State::Exited { expected: false }, 0);
        assert_eq!(
            p,
            b"processname:a groupname:g from_state:RUNNING expected:0 pid:42"
        );
        let (_, p) = state_event("a", "g", &backoff, &State::Stopped, 0);
        assert_eq!(p, b"processname:a groupname:g from_state:BACKOFF pid:0");
        let (ty, p) = state_event("a", "g", &backoff, &State::Fatal, 0);
        assert_eq!(ty, EventType::ProcessStateFatal);
        assert_eq!(p, b"processname:a groupname:g from_state:BACKOFF");
    }

    #[test]
    fn flush_keeps_what_a_full_pipe_does_not_take() {
        use std::os::fd::AsRawFd;
        let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_NONBLOCK).unwrap();
        let mut pending = vec![b'x'; 1 << 20];
        assert!(flush(Some(w.as_raw_fd()), &mut pending).is_ok());
        let left = pending.len();
        assert!(left > 0 && left < 1 << 20, "{left}");
        let mut buf = vec![0u8; 1 << 20];
        let got = nix::unistd::read(&r, &mut buf).unwrap();
        assert!(got > 0);
        assert!(flush(Some(w.as_raw_fd()), &mut pending).is_ok());
        assert!(pending.len() < left);
        drop(r);
        assert_eq!(flush(Some(w.as_raw_fd()), &mut pending), Err(Errno::EPIPE));
        assert_eq!(flush(None, &mut pending), Err(Errno::EPIPE));
    }

    /// A supervisor (nothing spawned) with listener pool `L` and program `a`.
    fn supervisor() -> (Supervisor, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!(
            "sv-eventbus-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let conf = dir.join("s.conf");
        std::fs::write(
            &conf,
            "[supervisord]\nlogfile=%(here)s/m.log\nchildlogdir=%(here)s\nidentifier=unit\n\n\
[eventlistener:L]\ncommand=cat\nevents=PROCESS_STATE,REMOTE_COMMUNICATION\nbuffer_size=3\n\n\
[program:a]\ncommand=cat\n",
        )
        .unwrap();
        let config = crate::config::load(&conf, &Default::default()).unwrap();
        (Supervisor::new(config), dir)
    }

    fn read_pipe(fd: &std::os::fd::OwnedFd) -> String {
        let mut buf = vec![0u8; 4096];
        match nix::unistd::read(fd, &mut buf) {
            Ok(n) => String::from_utf8_lossy(&buf[..n]).into_owned(),
            Err(_) => String::new(),
        }
    }

    #[test]
    fn delivery_rejection_and_death_without_processes() {
        use crate::events::types::remote_payload;
        let (mut sup, dir) = supervisor();
        sup.events_boot();
        let l = sup.procs.iter().position(|p| p.config.name == "L").unwrap();
        let a = sup.procs.iter().position(|p| p.config.name == "a").unwrap();
        assert!(sup.is_listener(l) && !sup.is_listener(a));
        // Not subscribed to GROUP_ADDED / SUPERVISOR_STATE_CHANGE: nothing buffered.
        assert!(sup.bus.pools[0].is_empty());

        // The listener "spawns", its process is RUNNING, and it says READY.
        let now = Instant::now();
        let starting = State::Starting {
            pid: 7,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        };
        let running = State::Running { pid: 7, since: now };
        sup.events_state_change(l, &State::Stopped, &starting);
        sup.events_state_change(l, &starting, &running);
        sup.procs[l].machine.state = running;
        let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_NONBLOCK).unwrap();
        sup.procs[l].stdin = Some(w);
        sup.events_listener_output(l, b"REA");
        sup.events_dispatch();
        assert_eq!(read_pipe(&r), "");
        sup.events_listener_output(l, b"DY\n");
        sup.events_dispatch();
        let first = read_pipe(&r);
        assert_eq!(
            first,
            "ver:3.0 server:unit serial:0 pool:L poolserial:0 eventname:PROCESS_STATE_STARTING len:52\n\
processname:L groupname:L from_state:STOPPED tries:0"
        );
        // Rejected: the same event again, at once.
        sup.events_listener_output(l, b"RESULT 4\nFAILREADY\n");
        sup.events_dispatch();
        assert_eq!(read_pipe(&r), first);
        sup.events_listener_output(l, b"RESULT 2\nOKREADY\n");
        sup.events_dispatch();
        assert!(read_pipe(&r).contains("eventname:PROCESS_STATE_RUNNING"));
        // A remote event while BUSY waits; the listener dies: the event is re-buffered
        // and goes to the restarted listener.
        sup.emit_event(EventType::RemoteCommunication, remote_payload("t", "d"));
        sup.events_dispatch();
        assert_eq!(read_pipe(&r), "");
        sup.events_listener_output(l, b"RESULT 2\nOKREADY\n");
        sup.events_dispatch();
        let remote = read_pipe(&r);
        assert!(
            remote.ends_with("eventname:REMOTE_COMMUNICATION len:8\ntype:t\nd"),
            "{remote}"
        );
        let exited = State::Exited { expected: false };
        sup.events_state_change(l, &running, &exited);
        sup.procs[l].machine.state = exited;
        // Re-buffered at the head, before the EXITED event.
        let serials: Vec<u64> = {
            let p = &mut sup.bus.pools[0];
            let mut v = Vec::new();
            while let Some((e, _)) = p.pop() {
                v.push(e.serial);
                if v.len() == 1 {
                    assert_eq!(e.ty, EventType::RemoteCommunication);
                }
            }
            v
        };
        assert_eq!(serials, [2, 3]);
        // Garbage makes it UNKNOWN; nothing is delivered until it restarts.
        sup.events_state_change(l, &exited, &starting);
        sup.procs[l].machine.state = running;
        sup.events_listener_output(l, b"HELLO!\n");
        sup.emit_event(EventType::RemoteCommunication, remote_payload("t", "d"));
        sup.events_dispatch();
        assert_eq!(read_pipe(&r), "");
        // Its STARTING event and the remote one wait.
        assert_eq!(sup.bus.pools[0].len(), 2);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn shutdown_holds_listeners_with_work_for_a_bounded_grace() {
        let (mut sup, dir) = supervisor();
        sup.events_boot();
        let l = sup.procs.iter().position(|p| p.config.name == "L").unwrap();
        let a = sup.procs.iter().position(|p| p.config.name == "a").unwrap();
        let now = Instant::now();
        // Nothing buffered, or not RUNNING: no hold.
        assert!(!sup.events_hold_stop(&[l, a], now));
        sup.emit_event(
            EventType::RemoteCommunication,
            crate::events::types::remote_payload("t", "d"),
        );
        assert!(!sup.events_hold_stop(&[l], now));
        sup.procs[l].machine.state = State::Running { pid: 7, since: now };
        assert!(sup.events_hold_stop(&[l], now));
        assert_eq!(sup.events_deadline(), Some(now + DRAIN_GRACE));
        assert!(!sup.events_hold_stop(&[a], now));
        assert!(sup.events_hold_stop(&[l], now + DRAIN_GRACE / 2));
        assert!(!sup.events_hold_stop(&[l], now + DRAIN_GRACE));
        // Once released, no stale deadline remains (no busy loop).
        assert_eq!(sup.events_deadline(), None);
        // UNKNOWN listeners never hold.
        sup.bus.reset();
        sup.events_boot();
        sup.emit_event(
            EventType::RemoteCommunication,
            crate::events::types::remote_payload("t", "d"),
        );
        sup.events_listener_output(l, b"junk!!\n");
        assert!(!sup.events_hold_stop(&[l], now));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn tries_follow_pythons_backoff_counter() {
        let mut bus = Bus::default();
        let now = Instant::now();
        let k = || ("g".to_string(), "a".to_string());
        let starting = State::Starting {
            pid: 1,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        };
        let backoff = State::Backoff { retry_at: now };
        assert_eq!(bus.tries(k(), &starting), 0);
        assert_eq!(bus.tries(k(), &backoff), 1);
        assert_eq!(bus.tries(k(), &starting), 1);
        assert_eq!(bus.tries(k(), &backoff), 2);
        assert_eq!(bus.tries(k(), &State::Fatal), 2);
        assert_eq!(bus.tries(k(), &starting), 0);
        bus.tries(k(), &State::Running { pid: 1, since: now });
        assert_eq!(bus.tries(k(), &starting), 0);
    }
}
