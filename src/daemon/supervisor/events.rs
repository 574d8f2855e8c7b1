//! The event bus glued to the process table: PROCESS_STATE_* on every state change,
//! capture events, a listener's stdout fed to its protocol state, envelopes written to
//! listeners' stdin, and a shutdown that lets listeners take their buffered events first.

use std::os::fd::AsRawFd;
use std::time::Instant;

use super::{Mood, Supervisor};
use crate::config::{GroupConfig, LogLevel};
use crate::daemon::eventbus::{flush, state_event};
use crate::events::protocol::Outcome;
use crate::events::result_handler::Handled;
use crate::events::types::{self, Event, EventType};
use crate::events::ListenerState;
use crate::logging::{emit, emit_counted, CaptureEvent, CaptureOutput, Channel};
use crate::process::State;

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
        if self.mood != Mood::Running {
            self.bus.announce_stopping();
        }
    }

    /// Once per loop iteration before poll: STOPPING if not yet sent, due ticks, then
    /// delivery of everything deliverable.
    pub fn events_step(&mut self) {
        self.events_mood();
        // Always kept current (as Python's `tick()`), so a TICK pool added at run time
        // does not get a stale boundary; without subscribers nothing is published.
        self.bus.fire_ticks_now();
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
        self.bus.hold_stop(busy, now)
    }

    pub(super) fn listener_has_work(&self, idx: usize) -> bool {
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
        self.bus.deadline()
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
        let p = self.procs.get_mut(idx);
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
                Outcome::Result {
                    event,
                    pool_serial,
                    body,
                } => match self.bus.handle_result(&key.0, &body) {
                    Handled::Accepted { stdout, stderr } => {
                        write_out(&stdout, &stderr);
                        emit(LogLevel::Debug, &format!("{name}: event was processed"));
                        emit(LogLevel::Debug, &format!("{name}: BUSY -> ACKNOWLEDGED"));
                        state = "ACKNOWLEDGED";
                    }
                    Handled::Rejected => {
                        let msg = format!("{name}: event was rejected");
                        emit_counted(LogLevel::Warn, &msg, &msg);
                        emit(LogLevel::Debug, &format!("{name}: BUSY -> ACKNOWLEDGED"));
                        state = "ACKNOWLEDGED";
                        self.bus.rebuffer(&key.0, event, pool_serial);
                        self.bus.hold_after_rejection(&key.0, Instant::now());
                    }
                },
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
        let now = Instant::now();
        for pi in 0..self.bus.pools.len() {
            if self.bus.pools[pi].held(now) {
                continue;
            }
            while let Some((event, pool_serial)) = self.bus.pools[pi].pop() {
                if !self.deliver(pi, &event, pool_serial) {
                    self.bus.pools[pi].push_front(event, pool_serial);
                    break;
                }
            }
        }
    }

    /// Writes one event to a READY listener of pool `pi`; false when none could take it.
    pub(super) fn deliver(&mut self, pi: usize, event: &Event, pool_serial: u64) -> bool {
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

/// What a result handler prints goes to supervisord's own stdout and stderr, as the
/// Python function's `print` does.
fn write_out(stdout: &[u8], stderr: &[u8]) {
    use std::io::Write;
    if !stdout.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(stdout);
        let _ = out.flush();
    }
    if !stderr.is_empty() {
        let _ = std::io::stderr().lock().write_all(stderr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::eventbus::DRAIN_GRACE;
    use crate::events::pool::REJECT_RETRY;
    use std::time::Duration;

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
        sup.procs.get_mut(l).machine.state = running;
        let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_NONBLOCK).unwrap();
        sup.procs.get_mut(l).stdin = Some(w);
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
        // Rejected: the pool waits a second (the loop wakes then), then offers the same
        // event again.
        sup.events_listener_output(l, b"RESULT 4\nFAILREADY\n");
        sup.events_dispatch();
        assert_eq!(read_pipe(&r), "");
        let due = sup.events_deadline().expect("a wake-up for the held pool");
        assert!(due > Instant::now() + Duration::from_millis(900));
        sup.bus.pools[0].hold_after_rejection(Instant::now() - REJECT_RETRY);
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
        sup.procs.get_mut(l).machine.state = exited;
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
        sup.procs.get_mut(l).machine.state = running;
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
        sup.procs.get_mut(l).machine.state = State::Running { pid: 7, since: now };
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
}
