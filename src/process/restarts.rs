//! Why a process was started again (`supervisord_process_restarts_total{reason}`): every
//! spawn after a process's first counts once, under the reason that led to it.

/// What led to a restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestartReason {
    /// Autorestart after an exit, or a BACKOFF retry.
    Exit,
    /// `memory_limit` exceeded with `memory_action = restart`.
    Memory,
    /// A liveness check's failure action.
    Liveness,
    /// `restart_when_binary_changed` (or a watched file) restarted it.
    Binary,
    /// A start asked for by a call (`restart`, `start`, `update`).
    Operator,
}

/// Every reason, in the order counts are kept and shown.
pub const REASONS: [RestartReason; 5] = [
    RestartReason::Exit,
    RestartReason::Memory,
    RestartReason::Liveness,
    RestartReason::Binary,
    RestartReason::Operator,
];

impl RestartReason {
    /// The label value (`exit`, `memory` …).
    pub fn name(self) -> &'static str {
        match self {
            RestartReason::Exit => "exit",
            RestartReason::Memory => "memory",
            RestartReason::Liveness => "liveness",
            RestartReason::Binary => "binary",
            RestartReason::Operator => "operator",
        }
    }

    fn index(self) -> usize {
        REASONS.iter().position(|&r| r == self).unwrap_or(0)
    }
}

/// The reason a spawn of a process that ran before counts under: the one its restart
/// was asked with, else an exit when it leaves EXITED or BACKOFF (autorestart, a retry),
/// else an operator's start.
pub fn reason_for(asked: Option<RestartReason>, from: &super::State) -> RestartReason {
    asked.unwrap_or(match from {
        super::State::Exited { .. } | super::State::Backoff { .. } => RestartReason::Exit,
        _ => RestartReason::Operator,
    })
}

/// Restarts counted by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RestartCounts(pub [u64; 5]);

impl RestartCounts {
    /// Counts one restart.
    pub fn add(&mut self, r: RestartReason) {
        let n = &mut self.0[r.index()];
        *n = n.saturating_add(1);
    }

    /// The count of one reason.
    pub fn get(&self, r: RestartReason) -> u64 {
        self.0[r.index()]
    }

    /// Every restart.
    pub fn total(&self) -> u64 {
        self.0.iter().fold(0u64, |a, &n| a.saturating_add(n))
    }

    /// `exit,memory,liveness,binary,operator` counts as text (`3,1,0,0,2`).
    pub fn to_text(&self) -> String {
        self.0.map(|n| n.to_string()).join(",")
    }

    /// Reads [`RestartCounts::to_text`]'s form.
    pub fn parse(text: &str) -> Option<RestartCounts> {
        let mut out = [0u64; 5];
        let mut parts = text.split(',');
        for slot in &mut out {
            *slot = parts.next()?.parse().ok()?;
        }
        parts.next().is_none().then_some(RestartCounts(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_and_survive_their_text_form() {
        let mut c = RestartCounts::default();
        c.add(RestartReason::Exit);
        c.add(RestartReason::Exit);
        c.add(RestartReason::Operator);
        c.add(RestartReason::Memory);
        assert_eq!(c.get(RestartReason::Exit), 2);
        assert_eq!(c.total(), 4);
        assert_eq!(c.to_text(), "2,1,0,0,1");
        assert_eq!(RestartCounts::parse("2,1,0,0,1"), Some(c));
        assert_eq!(RestartCounts::parse("2,1,0,0"), None);
        assert_eq!(RestartCounts::parse("2,1,0,0,1,9"), None);
        assert_eq!(RestartCounts::parse("x,1,0,0,1"), None);
        let names: Vec<_> = REASONS.iter().map(|r| r.name()).collect();
        assert_eq!(names, ["exit", "memory", "liveness", "binary", "operator"]);
    }

    #[test]
    fn a_spawn_counts_under_the_reason_asked_else_by_the_state_it_leaves() {
        use crate::process::State;
        let now = std::time::Instant::now();
        let backoff = State::Backoff { retry_at: now };
        let exited = State::Exited { expected: true };
        assert_eq!(reason_for(None, &exited), RestartReason::Exit);
        assert_eq!(reason_for(None, &backoff), RestartReason::Exit);
        assert_eq!(reason_for(None, &State::Stopped), RestartReason::Operator);
        assert_eq!(reason_for(None, &State::Fatal), RestartReason::Operator);
        let memory = Some(RestartReason::Memory);
        assert_eq!(reason_for(memory, &State::Stopped), RestartReason::Memory);
        let op = Some(RestartReason::Operator);
        assert_eq!(reason_for(op, &exited), RestartReason::Operator);
    }
}
