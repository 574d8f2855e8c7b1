//! What one process's first start since the daemon's boot (or reload) waited for and how
//! long it took: the chain link and the dependencies that held it, its spawn, readiness,
//! RUNNING, and where that start settled (RUNNING, EXITED for a one-shot, FATAL …).
//! The supervisor records it; `ours.getStartup` turns it into the startup timeline.
//! Bounded: one record per process, at most [`MAX_WAITS`] waits each.

use std::time::Instant;

use super::State;

/// Waits kept per record (a program waits at most once per dependency plus its chain link).
pub const MAX_WAITS: usize = 8;

/// What held a start back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitKind {
    /// The predecessor in a `startinorder` chain.
    Chain,
    /// A `depends_on` dependency.
    Dependency,
}

impl WaitKind {
    /// The name the JSON route uses.
    pub fn name(self) -> &'static str {
        match self {
            WaitKind::Chain => "chain",
            WaitKind::Dependency => "depends_on",
        }
    }
}

/// One wait: on which program, from when (`None`: since boot) until when (`None`: still).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wait {
    pub kind: WaitKind,
    pub on: String,
    pub since: Option<Instant>,
    pub until: Option<Instant>,
}

/// The record of the first start since boot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartRecord {
    /// The first spawn.
    pub spawned: Option<Instant>,
    /// The readiness check passed.
    pub ready: Option<Instant>,
    /// Entered RUNNING.
    pub running: Option<Instant>,
    /// Where the start ended, and when: RUNNING, or EXITED for a one-shot, FATAL, STOPPED.
    pub settled: Option<(Instant, &'static str)>,
    /// Spawns until it settled (retries after BACKOFF included).
    pub spawns: u32,
    pub waits: Vec<Wait>,
}

impl StartRecord {
    /// A dependency holds the start back (before the first spawn only).
    pub fn held_by(&mut self, program: &str, now: Instant) {
        if self.spawned.is_some() {
            return;
        }
        let open = self.waits.last().filter(|w| w.until.is_none());
        if open.is_some_and(|w| w.kind == WaitKind::Dependency && w.on == program) {
            return;
        }
        self.released(now);
        if self.waits.len() < MAX_WAITS {
            self.waits.push(Wait {
                kind: WaitKind::Dependency,
                on: program.to_string(),
                since: Some(now),
                until: None,
            });
        }
    }

    /// Nothing holds the start back any more: closes the open wait.
    pub fn released(&mut self, now: Instant) {
        if let Some(w) = self.waits.last_mut().filter(|w| w.until.is_none()) {
            w.until = Some(now);
        }
    }

    /// The chain link from `after` fired: the start waited for it since boot.
    pub fn chain_fired(&mut self, after: &str, now: Instant) {
        if self.spawned.is_some() || self.waits.len() >= MAX_WAITS {
            return;
        }
        self.waits.push(Wait {
            kind: WaitKind::Chain,
            on: after.to_string(),
            since: None,
            until: Some(now),
        });
    }

    /// The readiness check passed.
    pub fn ready_at(&mut self, now: Instant) {
        if self.settled.is_none() && self.ready.is_none() {
            self.ready = Some(now);
        }
    }

    /// The process entered `to`; `one_shot` (autorestart=false) settles at EXITED.
    pub fn on_change(&mut self, to: &State, one_shot: bool, now: Instant) {
        if self.settled.is_some() {
            return;
        }
        match to {
            State::Starting { since, .. } => {
                // The spawn's own start time (taken before the clone, like startsecs).
                self.released(*since);
                self.spawned.get_or_insert(*since);
                self.spawns = self.spawns.saturating_add(1);
            }
            State::Running { .. } => {
                self.running = Some(now);
                if !one_shot {
                    self.settled = Some((now, "RUNNING"));
                }
            }
            State::Exited { .. } | State::Fatal | State::Stopped | State::Unknown => {
                if self.spawned.is_some() {
                    self.settled = Some((now, to.name()));
                }
            }
            State::Backoff { .. } | State::Stopping { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn starting(now: Instant) -> State {
        State::Starting {
            pid: 1,
            since: now,
            running_at: now,
            ready: true,
            ready_by: None,
        }
    }

    #[test]
    fn a_dependency_wait_opens_switches_and_closes_at_the_spawn() {
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        let mut r = StartRecord::default();
        r.held_by("db", at(1));
        r.held_by("db", at(2));
        r.held_by("cache", at(5));
        r.on_change(&starting(at(9)), false, at(9));
        r.held_by("db", at(10));
        assert_eq!(r.waits.len(), 2);
        assert_eq!(
            (r.waits[0].since, r.waits[0].until),
            (Some(at(1)), Some(at(5)))
        );
        assert_eq!(
            (r.waits[1].on.as_str(), r.waits[1].until),
            ("cache", Some(at(9)))
        );
        assert_eq!(r.spawned, Some(at(9)));
    }

    #[test]
    fn a_one_shot_settles_at_exited_and_later_runs_change_nothing() {
        let t0 = Instant::now();
        let mut r = StartRecord::default();
        r.chain_fired("init", t0);
        r.on_change(&starting(t0), true, t0);
        let running = State::Running { pid: 1, since: t0 };
        r.on_change(&running, true, t0);
        assert_eq!(r.settled, None);
        let later = t0 + Duration::from_millis(30);
        r.on_change(&State::Exited { expected: true }, true, later);
        assert_eq!(r.settled, Some((later, "EXITED")));
        r.on_change(&starting(later), true, later);
        assert_eq!(r.spawns, 1);
        assert_eq!(r.waits[0].kind, WaitKind::Chain);
    }

    #[test]
    fn waits_are_bounded() {
        let t0 = Instant::now();
        let mut r = StartRecord::default();
        for i in 0..MAX_WAITS * 2 {
            r.held_by(&format!("p{i}"), t0);
        }
        assert_eq!(r.waits.len(), MAX_WAITS);
    }
}
