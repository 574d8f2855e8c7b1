//! When a process is started again on its own: BACKOFF after a failed start (1 s, 2 s,
//! 3 s …, then FATAL after `startretries`), and the restart throttle after a run shorter
//! than [`RESPAWN_GAP`].

use std::time::{Duration, Instant};

use super::state::{after, Action, Machine, State};
use super::Policy;
use crate::config::{AutoRestart, LogLevel};

/// A process that exits within this time of its spawn is not restarted on its own before
/// this time after that spawn: a program that dies at once costs one spawn a second, as
/// under Python (its 1 s tick) and s6-supervise, not a CPU.
pub const RESPAWN_GAP: Duration = Duration::from_secs(1);

impl Machine {
    /// BACKOFF, and at once FATAL when the retries are used up (Python passes through
    /// BACKOFF too and gives up on its next tick; we do not wait for a tick).
    pub(super) fn enter_backoff(&mut self, now: Instant, p: &Policy) -> Vec<Action> {
        self.backoff += 1;
        if self.backoff > p.startretries {
            self.backoff = 0;
            self.enter(State::Backoff { retry_at: now });
            self.enter(State::Fatal);
            return vec![Action::Log(
                LogLevel::Info,
                format!(
                    "gave up: {} entered FATAL state, too many start retries too quickly",
                    self.name
                ),
            )];
        }
        self.enter(State::Backoff {
            retry_at: after(now, Duration::from_secs(self.backoff)),
        });
        Vec::new()
    }

    /// After an exit: a run shorter than [`RESPAWN_GAP`] delays its automatic restart until
    /// that long after its spawn; the delay is logged once per burst of quick exits.
    pub(super) fn delay_quick_respawn(
        &mut self,
        now: Instant,
        p: &Policy,
        expected: bool,
    ) -> Vec<Action> {
        let ran = self
            .spawned_at
            .map_or(RESPAWN_GAP, |t| now.saturating_duration_since(t));
        if !restarts(p, expected) {
            self.quick_exits = false;
            return Vec::new();
        }
        let mut actions = Vec::new();
        if !p.restartpause.is_zero() {
            self.respawn_at = Some(after(now, p.restartpause));
            actions.push(Action::Log(
                LogLevel::Info,
                format!(
                    "restart of '{}' in {} s (restartpause)",
                    self.name,
                    p.restartpause.as_secs_f64()
                ),
            ));
        }
        if ran >= RESPAWN_GAP {
            self.quick_exits = false;
            return actions;
        }
        let gap_end = self.spawned_at.map(|t| t + RESPAWN_GAP);
        self.respawn_at = self.respawn_at.max(gap_end);
        if std::mem::replace(&mut self.quick_exits, true) || !p.restartpause.is_zero() {
            return actions;
        }
        let delay = RESPAWN_GAP - ran;
        vec![Action::Log(
            LogLevel::Info,
            format!(
                "respawn of '{}' delayed {:.2} s (exited {} ms after start)",
                self.name,
                delay.as_secs_f64(),
                ran.as_millis()
            ),
        )]
    }

    /// An operator stopped the process: an automatic restart it waits for (after a quick
    /// exit) does not happen.
    pub fn cancel_respawn(&mut self) {
        if self.respawn_at.take().is_some() {
            self.quick_exits = false;
            self.held = true;
        }
    }

    /// A stop was asked for but the process exited on its own first (during its
    /// `pre_stop_hook`): no automatic restart until the next start.
    pub fn hold_restart(&mut self) {
        if matches!(self.state, State::Exited { .. }) {
            self.respawn_at = None;
            self.quick_exits = false;
            self.held = true;
        }
    }
}

/// Whether an exit (expected or not) is followed by an automatic restart.
pub(super) fn restarts(p: &Policy, expected: bool) -> bool {
    match p.autorestart {
        AutoRestart::Always => true,
        AutoRestart::Never => false,
        AutoRestart::Unexpected => !expected,
    }
}
