//! The event bus: the `[eventlistener:x]` pools of the running daemon.
//!
//! [`Bus`] holds the pools, the global serial, the listener protocol states and the tick
//! clock: `publish` numbers an event and buffers it in every subscribed pool. The
//! supervisor's `events` methods glue it to the process table: PROCESS_STATE_* on every
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
use std::time::{Duration, Instant, SystemTime};

use nix::errno::Errno;

use crate::config::{GroupConfig, GroupKind, LogLevel};
use crate::events::result_handler::Handled;
use crate::events::types::{self, Event, EventType};
use crate::events::{Listener, Pool, ResultHandler};
use crate::logging::emit;
use crate::process::State;

/// Tick periods (seconds) and their event types.
const TICKS: [(u64, EventType); 3] = [
    (5, EventType::Tick5),
    (60, EventType::Tick60),
    (3600, EventType::Tick3600),
];

/// Longest a shutdown or reload waits for listeners to take their buffered events before
/// stopping them (a hung listener must not hold the daemon up for long).
pub const DRAIN_GRACE: Duration = Duration::from_secs(3);

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

    /// Applies pool `pool`'s result handler to a listener's result body.
    pub fn handle_result(&mut self, pool: &str, body: &[u8]) -> Handled {
        let Some(p) = self.pools.iter_mut().find(|p| p.name == pool) else {
            return ResultHandler::Default.handle(body, &mut Default::default(), "");
        };
        let now = crate::logging::timefmt::utc_seconds(epoch_now() as i64);
        p.handler.handle(body, &mut p.handler_state, &now)
    }

    /// A listener of `pool` rejected an event: the pool offers nothing for a while.
    pub fn hold_after_rejection(&mut self, pool: &str, now: Instant) {
        if let Some(p) = self.pools.iter_mut().find(|p| p.name == pool) {
            p.hold_after_rejection(now);
        }
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
            result_handler,
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
        let mut pool = Pool::new(&group.name, subs, *buffer_size as usize);
        pool.handler = ResultHandler::from_spec(result_handler).unwrap_or_default();
        self.pools.push(pool);
    }

    /// Drops a pool (its group was removed); its buffered events are lost, as in Python.
    pub fn remove_pool(&mut self, name: &str) {
        self.pools.retain(|p| p.name != name);
        self.slots.retain(|(pool, _), _| pool != name);
    }

    /// What an in-place upgrade hands over.
    pub fn carry(&self) -> crate::events::carry::BusCarry {
        let mut tries: Vec<_> = self
            .tries
            .iter()
            .filter(|(_, &n)| n > 0)
            .map(|((g, p), &n)| (g.clone(), p.clone(), n))
            .collect();
        tries.sort();
        let mut slots: Vec<_> = self
            .slots
            .iter()
            .map(|((pool, name), s)| crate::events::carry::SlotCarry {
                pool: pool.clone(),
                name: name.clone(),
                state: s.proto.state.clone(),
                unread: s.proto.unread().to_vec(),
                pending: s.pending.clone(),
            })
            .collect();
        slots.sort_by(|a, b| (&a.pool, &a.name).cmp(&(&b.pool, &b.name)));
        crate::events::carry::BusCarry {
            serial: self.serial,
            tries,
            pools: self.pools.iter().map(Pool::carry).collect(),
            slots,
            tick_slices: self.tick_slices,
        }
    }

    /// Puts handed-over state back into the pools built from the config (a pool or
    /// listener no longer configured is dropped, its events with it).
    pub fn restore(&mut self, carry: crate::events::carry::BusCarry) {
        if carry.is_empty() {
            return;
        }
        self.serial = carry.serial;
        self.tick_slices = carry.tick_slices;
        for (g, p, n) in carry.tries {
            self.tries.insert((g, p), n);
        }
        for pc in carry.pools {
            if let Some(pool) = self.pools.iter_mut().find(|p| p.name == pc.name) {
                pool.restore(pc);
            }
        }
        for s in carry.slots {
            if self.is_pool(&s.pool) {
                let slot = Slot {
                    proto: Listener::restored(s.state, s.unread),
                    pending: s.pending,
                };
                self.slots.insert((s.pool, s.name), slot);
            }
        }
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

    /// SUPERVISOR_STATE_CHANGE_STOPPING, once per run.
    pub fn announce_stopping(&mut self) {
        if !self.stopping {
            self.stopping = true;
            self.publish(EventType::SupervisorStateChangeStopping, Vec::new());
        }
    }

    /// Whether to hold back a stop because `busy` listeners can still take buffered
    /// events: true until [`DRAIN_GRACE`] after the first hold of this shutdown.
    pub fn hold_stop(&mut self, busy: bool, now: Instant) -> bool {
        if !busy {
            self.holding = false;
            return false;
        }
        let until = *self.drain_until.get_or_insert(now + DRAIN_GRACE);
        self.holding = now < until;
        self.holding
    }

    /// The next tick (or drain-grace) deadline as an `Instant` (the loop's poll timeout).
    pub fn deadline(&self) -> Option<Instant> {
        let now = Instant::now();
        let grace = self.drain_until.filter(|_| self.holding);
        let held = self.pools.iter().filter_map(|p| p.held_until(now));
        grace
            .into_iter()
            .chain(self.tick_deadline())
            .chain(held)
            .min()
    }

    fn tick_deadline(&self) -> Option<Instant> {
        let now = epoch_now();
        let at = self.next_tick_after(Some(now))? as f64;
        let left = (at - now).max(0.0);
        Some(Instant::now() + Duration::from_secs_f64(left))
    }

    /// Fires the ticks due by the wall clock now.
    pub fn fire_ticks_now(&mut self) {
        self.fire_ticks(epoch_now());
    }

    /// The `tries` of a state event, following Python's backoff counter through the
    /// change: +1 entering BACKOFF, 0 on RUNNING/FATAL. Only counters above 0 are kept
    /// (a process that never backed off holds no entry).
    pub fn tries(&mut self, key: (String, String), to: &State) -> u64 {
        match to {
            State::Backoff { .. } => {
                let b = self.tries.entry(key).or_insert(0);
                *b += 1;
                *b
            }
            State::Running { .. } | State::Fatal => self.tries.remove(&key).unwrap_or(0),
            _ => self.tries.get(&key).copied().unwrap_or(0),
        }
    }
}

fn log_overflow(pool: &str, dropped: Option<u64>) {
    if let Some(serial) = dropped {
        // One line a second per pool however many events a burst drops.
        crate::logging::emit_counted(
            LogLevel::Error,
            &format!("pool {pool} event buffer overflowed"),
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

/// Writes as much of `pending` as the non-blocking pipe takes. `Err` = EPIPE / no pipe.
pub fn flush(fd: Option<i32>, pending: &mut Vec<u8>) -> Result<(), Errno> {
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
        assert_eq!(bus.tries(k(), &backoff), 1);
        assert_eq!(bus.tries(k(), &State::Running { pid: 1, since: now }), 1);
        assert_eq!(bus.tries(k(), &starting), 0);
        assert!(bus.tries.is_empty(), "no counter kept at 0");
    }
}
