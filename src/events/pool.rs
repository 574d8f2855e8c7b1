//! A listener pool's event buffer: FIFO of `buffer_size`, the oldest event
//! dropped on overflow, rejected events put back at the head, per-pool serials.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use super::types::{Event, EventType};

/// One `[eventlistener:x]` pool's subscription and buffer.
#[derive(Debug)]
pub struct Pool {
    pub name: String,
    pub subscriptions: Vec<EventType>,
    capacity: usize,
    buffer: VecDeque<(Event, u64)>,
    next_serial: u64,
    /// After a rejection nothing is offered before this.
    held_until: Option<Instant>,
    /// What a listener's result means (`result_handler=`), and its handler's state.
    pub handler: super::ResultHandler,
    pub handler_state: super::result_handler::StdlogState,
}

/// How long a pool waits after a listener rejected an event before it offers it again
/// (Python's 1 s tick): a listener that rejects everything costs one exchange a second,
/// not a hot loop, and other pools are not held up.
pub const REJECT_RETRY: Duration = Duration::from_secs(1);

impl Pool {
    /// A pool subscribed to `subscriptions` with room for `buffer_size` events (≥ 1).
    pub fn new(name: &str, subscriptions: Vec<EventType>, buffer_size: usize) -> Pool {
        Pool {
            name: name.to_string(),
            subscriptions,
            capacity: buffer_size.max(1),
            buffer: VecDeque::new(),
            next_serial: 0,
            held_until: None,
            handler: super::ResultHandler::Default,
            handler_state: Default::default(),
        }
    }

    /// A listener rejected an event at `now`: offer nothing before [`REJECT_RETRY`] later.
    pub fn hold_after_rejection(&mut self, now: Instant) {
        self.held_until = Some(now + REJECT_RETRY);
    }

    /// Whether the pool waits after a rejection at `now`.
    pub fn held(&self, now: Instant) -> bool {
        self.held_until.is_some_and(|t| now < t)
    }

    /// When a waiting pool may offer again (the loop wakes then), if it waits at `now`.
    pub fn held_until(&self, now: Instant) -> Option<Instant> {
        self.held_until.filter(|&t| now < t)
    }

    /// Whether this pool wants events of type `ty`.
    pub fn subscribes(&self, ty: EventType) -> bool {
        self.subscriptions.iter().any(|s| s.covers(ty))
    }

    /// Accepts an event at the tail; returns the serial of the event dropped to make room
    /// (for the `pool <name> event buffer overflowed, discarding event <serial>` error).
    pub fn push(&mut self, event: Event) -> Option<u64> {
        let serial = self.next_serial;
        self.next_serial += 1;
        let dropped = self.make_room();
        self.buffer.push_back((event, serial));
        dropped
    }

    /// Puts a rejected or re-buffered event back at the head (keeping its pool serial).
    /// A full buffer drops its oldest event first, as supervisor does (`pop(0)`).
    pub fn push_front(&mut self, event: Event, pool_serial: u64) -> Option<u64> {
        let dropped = self.make_room();
        self.buffer.push_front((event, pool_serial));
        dropped
    }

    /// Appends an event this pool has already numbered (supervisor's "rebuffering": a pool
    /// whose `events=` names both a type and its parent gets such events twice).
    pub fn push_again(&mut self, event: Event, pool_serial: u64) -> Option<u64> {
        let dropped = self.make_room();
        self.buffer.push_back((event, pool_serial));
        dropped
    }

    /// How many of this pool's subscriptions cover `ty` (each one delivers a copy).
    pub fn copies(&self, ty: EventType) -> usize {
        self.subscriptions.iter().filter(|s| s.covers(ty)).count()
    }

    fn make_room(&mut self) -> Option<u64> {
        if self.buffer.len() >= self.capacity {
            self.buffer.pop_front().map(|(e, _)| e.serial)
        } else {
            None
        }
    }

    /// Takes the next event to send, with its pool serial.
    pub fn pop(&mut self) -> Option<(Event, u64)> {
        self.buffer.pop_front()
    }

    /// The pool serial given to the last event `push` accepted.
    pub fn last_serial(&self) -> u64 {
        self.next_serial.saturating_sub(1)
    }

    /// `buffer_size`.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Events waiting.
    pub fn len(&self) -> usize {
        self.buffer.len()
    }

    /// Whether no event waits.
    pub fn is_empty(&self) -> bool {
        self.buffer.is_empty()
    }

    /// The buffer and serials, for an in-place upgrade.
    pub fn carry(&self) -> super::carry::PoolCarry {
        super::carry::PoolCarry {
            name: self.name.clone(),
            next_serial: self.next_serial,
            held_until: self.held_until,
            buffer: self.buffer.iter().cloned().collect(),
        }
    }

    /// Puts a carried buffer back (the newest `buffer_size` events if it shrank).
    pub fn restore(&mut self, carry: super::carry::PoolCarry) {
        let skip = carry.buffer.len().saturating_sub(self.capacity);
        self.buffer = carry.buffer.into_iter().skip(skip).collect();
        self.next_serial = carry.next_serial;
        self.held_until = carry.held_until;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(serial: u64) -> Event {
        Event {
            ty: EventType::ProcessStateRunning,
            serial,
            payload: Vec::new(),
        }
    }

    #[test]
    fn overflow_drops_oldest_and_serials_count() {
        let mut p = Pool::new("p", vec![EventType::ProcessState], 2);
        assert!(p.subscribes(EventType::ProcessStateRunning));
        assert!(!p.subscribes(EventType::Tick5));
        assert_eq!(p.push(ev(10)), None);
        assert_eq!(p.push(ev(11)), None);
        assert_eq!(p.push(ev(12)), Some(10));
        assert_eq!(p.pop(), Some((ev(11), 1)));
        p.push_front(ev(11), 1);
        assert_eq!(p.len(), 2);
        // Full: re-buffering at the head still drops the oldest (the head) first.
        assert_eq!(p.push_front(ev(13), 5), Some(11));
        assert_eq!(p.pop(), Some((ev(13), 5)));
        assert_eq!(p.pop(), Some((ev(12), 2)));
        assert!(p.is_empty());
        assert_eq!(p.push_again(ev(12), 2), None);
        assert_eq!(p.pop(), Some((ev(12), 2)));
    }

    #[test]
    fn overlapping_subscriptions_count_copies() {
        let p = Pool::new("p", vec![EventType::Event, EventType::ProcessState], 2);
        assert_eq!(p.copies(EventType::ProcessStateRunning), 2);
        assert_eq!(p.copies(EventType::Tick5), 1);
    }
}
