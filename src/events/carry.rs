//! The state of the event pools handed over by an in-place upgrade, as plain data: the
//! global serial, each pool's buffer and serial, each listener's protocol state with the
//! event it is busy with and the unread bytes of its reply, and the envelope bytes its
//! stdin did not take yet. Taken by `Bus::carry`, put back by `Bus::restore`.

use std::time::Instant;

use super::protocol::ListenerState;
use super::types::Event;

/// One pool's buffer and serials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolCarry {
    pub name: String,
    /// The pool serial the next accepted event gets.
    pub next_serial: u64,
    /// After a rejection nothing is offered before this.
    pub held_until: Option<Instant>,
    /// Waiting events, oldest first, with their pool serials.
    pub buffer: Vec<(Event, u64)>,
}

/// One listener process's protocol state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotCarry {
    pub pool: String,
    pub name: String,
    pub state: ListenerState,
    /// Bytes of its stdout not decided on yet (a partial `READY` or result).
    pub unread: Vec<u8>,
    /// Envelope bytes its stdin did not take yet.
    pub pending: Vec<u8>,
}

/// Everything of the event bus that outlives a swap.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BusCarry {
    /// Last global serial handed out.
    pub serial: Option<u64>,
    /// Python's backoff counter as seen by events: (group, process, tries), non-zero only.
    pub tries: Vec<(String, String, u64)>,
    pub pools: Vec<PoolCarry>,
    pub slots: Vec<SlotCarry>,
    /// The last time slice of each TICK period (5 s, 60 s, 3600 s) already announced, so
    /// that a boundary passed during the swap is announced by the new program.
    pub tick_slices: [u64; 3],
}

impl BusCarry {
    /// Whether there is nothing to hand over (no pool, no event ever numbered).
    pub fn is_empty(&self) -> bool {
        self.serial.is_none() && self.pools.is_empty() && self.tries.is_empty()
    }
}
