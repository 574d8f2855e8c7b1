//! A process's lifecycle facts as plain data, for handing them to another daemon process
//! (an in-place upgrade): [`Machine::snapshot`] takes them, [`Machine::restore`] puts them
//! back. Nothing here reads the clock; the deadlines stay `Instant`s (CLOCK_MONOTONIC,
//! which survives `execve`).

use std::time::Instant;

use super::state::{Machine, State};

/// Everything of a [`Machine`] except its name and the state changes not yet delivered.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineSnapshot {
    pub state: State,
    pub backoff: u64,
    pub spawnerr: String,
    pub exitstatus: i32,
    pub laststart: i64,
    pub laststop: i64,
    pub start_failed: bool,
    pub spawned_at: Option<Instant>,
    pub respawn_at: Option<Instant>,
    pub quick_exits: bool,
    pub held: bool,
}

impl Machine {
    /// The facts another daemon process needs to go on where this one stands.
    pub fn snapshot(&self) -> MachineSnapshot {
        MachineSnapshot {
            state: self.state,
            backoff: self.backoff,
            spawnerr: self.spawnerr.clone(),
            exitstatus: self.exitstatus,
            laststart: self.laststart,
            laststop: self.laststop,
            start_failed: self.start_failed,
            spawned_at: self.spawned_at,
            respawn_at: self.respawn_at,
            quick_exits: self.quick_exits,
            held: self.held,
        }
    }

    /// Takes over the facts of a snapshot (no state change is recorded: nothing changed).
    pub fn restore(&mut self, s: MachineSnapshot) {
        self.state = s.state;
        self.backoff = s.backoff;
        self.spawnerr = s.spawnerr;
        self.exitstatus = s.exitstatus;
        self.laststart = s.laststart;
        self.laststop = s.laststop;
        self.start_failed = s.start_failed;
        self.spawned_at = s.spawned_at;
        self.respawn_at = s.respawn_at;
        self.quick_exits = s.quick_exits;
        self.held = s.held;
        self.changes.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn snapshot_round_trip() {
        let now = Instant::now();
        let mut m = Machine::new("a");
        m.state = State::Backoff {
            retry_at: now + Duration::from_secs(2),
        };
        m.backoff = 2;
        m.spawnerr = "x".into();
        m.laststart = 5;
        m.respawn_at = Some(now);
        let mut n = Machine::new("a");
        n.restore(m.snapshot());
        assert_eq!(m, n);
    }
}
