//! The loop's alarm clock: a `timerfd` armed to the nearest deadline and polled with the
//! other fds, so the poll (`epoll_wait`) itself waits with no timeout.
//!
//! Why not the poll's own timeout: the kernel gives poll/select/epoll timeouts a slack of 0.1 % of
//! their length (`select_estimate_accuracy`, 20 % more for niced tasks, capped at 100 ms), so
//! the longer the wait, the later the wake-up. A timerfd only gets the thread's timer slack
//! (50 µs by default), whatever the distance.
//! Should the timerfd be unavailable, the loop falls back to the poll's timeout (whole
//! milliseconds, rounded up).

use std::os::fd::{AsFd, BorrowedFd};
use std::time::{Duration, Instant};

use nix::sys::time::TimeSpec;
use nix::sys::timerfd::{ClockId, Expiration, TimerFd, TimerFlags, TimerSetTimeFlags};

/// How the loop's poll waits once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Do not block: a deadline is already due.
    Now,
    /// Block until an fd is ready (the timerfd included, when armed).
    Forever,
    /// Block at most this long (fallback when there is no timerfd).
    For(Duration),
}

impl Wait {
    /// The poll's timeout for this wait (None: no timeout).
    pub fn timeout(self) -> Option<Duration> {
        match self {
            Wait::Now => Some(Duration::ZERO),
            Wait::Forever => None,
            Wait::For(d) => Some(d),
        }
    }
}

/// How to wait for `deadline` at `now`: pure, so the rules are unit-tested.
/// `timer` says whether a timerfd can carry the deadline.
pub fn plan(deadline: Option<Instant>, now: Instant, timer: bool) -> Wait {
    match deadline {
        None => Wait::Forever,
        Some(d) if d <= now => Wait::Now,
        Some(_) if timer => Wait::Forever,
        Some(d) => Wait::For(d - now),
    }
}

/// A monotonic timerfd remembering the deadline it is armed for (re-arming for the same
/// deadline is skipped: most loop passes keep the same nearest deadline).
pub struct WakeTimer {
    fd: Option<TimerFd>,
    armed: Option<Instant>,
}

impl Default for WakeTimer {
    fn default() -> Self {
        Self::new()
    }
}

impl WakeTimer {
    pub fn new() -> WakeTimer {
        let flags = TimerFlags::TFD_NONBLOCK | TimerFlags::TFD_CLOEXEC;
        WakeTimer {
            fd: TimerFd::new(ClockId::CLOCK_MONOTONIC, flags).ok(),
            armed: None,
        }
    }

    /// The fd to poll for POLLIN, if there is a timerfd.
    pub fn fd(&self) -> Option<BorrowedFd<'_>> {
        self.fd.as_ref().map(|t| t.as_fd())
    }

    /// Arms (or disarms) the timer for `deadline` and says how the poll should wait.
    pub fn prepare(&mut self, deadline: Option<Instant>) -> Wait {
        let now = Instant::now();
        let wait = plan(deadline, now, self.fd.is_some());
        let Some(fd) = &self.fd else {
            return wait;
        };
        let want = match wait {
            Wait::Forever => deadline,
            _ => None,
        };
        if want == self.armed {
            return wait;
        }
        let armed = match want {
            // A zero it_value would disarm the timer: the deadline is in the future here.
            Some(d) => fd.set(
                Expiration::OneShot(TimeSpec::from(d.saturating_duration_since(now))),
                TimerSetTimeFlags::empty(),
            ),
            None => fd.unset(),
        };
        match armed {
            Ok(()) => {
                self.armed = want;
                wait
            }
            // Cannot happen with a valid fd and value; never lose a deadline over it.
            Err(_) => {
                self.armed = None;
                plan(deadline, now, false)
            }
        }
    }

    /// After the poll: the timer fired, so it is no longer armed; its count is drained so
    /// the fd stops being readable.
    pub fn fired(&mut self) {
        if let Some(fd) = &self.fd {
            let mut buf = [0u8; 8];
            let _ = nix::unistd::read(fd.as_fd(), &mut buf);
        }
        self.armed = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_blocks_on_the_timerfd_and_falls_back_to_an_exact_timeout() {
        let now = Instant::now();
        let later = now + Duration::from_micros(1500);
        assert_eq!(plan(None, now, true), Wait::Forever);
        assert_eq!(plan(None, now, false), Wait::Forever);
        assert_eq!(plan(Some(now), now, true), Wait::Now);
        assert_eq!(plan(Some(now), later, false), Wait::Now);
        assert_eq!(plan(Some(later), now, true), Wait::Forever);
        assert_eq!(
            plan(Some(later), now, false),
            Wait::For(Duration::from_micros(1500))
        );
        assert_eq!(Wait::Forever.timeout(), None);
        assert_eq!(
            Wait::For(Duration::from_micros(1500)).timeout(),
            Some(Duration::from_micros(1500))
        );
    }

    #[test]
    fn the_timerfd_becomes_readable_at_the_deadline() {
        let mut t = WakeTimer::new();
        assert!(t.fd().is_some(), "timerfd available on Linux");
        let deadline = Instant::now() + Duration::from_millis(20);
        assert_eq!(t.prepare(Some(deadline)), Wait::Forever);
        let fd = t.fd().unwrap();
        let mut fds = [nix::poll::PollFd::new(fd, nix::poll::PollFlags::POLLIN)];
        let n = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(5000u16)).unwrap();
        assert_eq!(n, 1);
        assert!(Instant::now() >= deadline, "fired before its deadline");
        t.fired();
        let mut fds = [nix::poll::PollFd::new(
            t.fd().unwrap(),
            nix::poll::PollFlags::POLLIN,
        )];
        assert_eq!(
            nix::poll::poll(&mut fds, nix::poll::PollTimeout::ZERO).unwrap(),
            0,
            "drained after firing"
        );
        // Disarmed when nothing is due.
        assert_eq!(t.prepare(None), Wait::Forever);
    }
}
