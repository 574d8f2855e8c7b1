//! One action per burst of changes: a burst ends after [`QUIET`] without a change, or at
//! the latest [`MAX_WAIT`] after its first change (a file rewritten without pause still
//! acts). Pure: the caller passes the time.

use std::time::{Duration, Instant};

/// The quiet time that ends a burst.
pub const QUIET: Duration = Duration::from_millis(250);
/// The longest a burst delays its action.
pub const MAX_WAIT: Duration = Duration::from_secs(5);

/// The burst under way, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Debounce {
    /// (first change, last change) of the burst.
    burst: Option<(Instant, Instant)>,
}

impl Debounce {
    /// A change happened at `now`.
    pub fn change(&mut self, now: Instant) {
        let first = self.burst.map_or(now, |(f, _)| f);
        self.burst = Some((first, now));
    }

    /// When the burst ends (its action is due), if one is under way.
    pub fn deadline(&self) -> Option<Instant> {
        self.burst.map(|(f, l)| (l + QUIET).min(f + MAX_WAIT))
    }

    /// Whether the burst ended by `now`; if so it is over (the caller acts once).
    pub fn take_due(&mut self, now: Instant) -> bool {
        let due = self.deadline().is_some_and(|d| d <= now);
        if due {
            self.burst = None;
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_acts_once_after_its_quiet_time() {
        let t = Instant::now();
        let mut d = Debounce::default();
        assert_eq!(d.deadline(), None);
        assert!(!d.take_due(t));
        for i in 0..5 {
            d.change(t + Duration::from_millis(i * 50));
        }
        let end = t + Duration::from_millis(200) + QUIET;
        assert_eq!(d.deadline(), Some(end));
        assert!(!d.take_due(end - Duration::from_millis(1)));
        assert!(d.take_due(end));
        assert!(!d.take_due(end + QUIET));
        assert_eq!(d.deadline(), None);
    }

    #[test]
    fn an_endless_burst_acts_after_max_wait() {
        let t = Instant::now();
        let mut d = Debounce::default();
        let mut now = t;
        while now < t + MAX_WAIT {
            d.change(now);
            now += Duration::from_millis(100);
        }
        assert_eq!(d.deadline(), Some(t + MAX_WAIT));
        assert!(d.take_due(t + MAX_WAIT));
    }
}
