//! One loop round trip for many concurrent identical reads (`/metrics`).
//!
//! Two hundred clients scraping `/metrics` at once would each cost the event loop a full
//! snapshot of every process; on a small machine that work alone pushes the loop to its
//! fair share of the CPU, and supervision timers then wait behind the clients. Here a
//! request that arrives while a snapshot is being taken waits for the *next* one, which
//! starts as soon as the current one ends and answers every request that waited. So every
//! answer is taken after its request arrived (never stale), a request waits at most two
//! round trips, and the loop takes one snapshot per round trip instead of one per client.

use std::sync::{Arc, Condvar, Mutex};

/// Shares the answers of a read-only round trip between concurrent callers.
pub struct Coalesce<T> {
    state: Mutex<Flights<T>>,
    done: Condvar,
}

struct Flights<T> {
    /// Round trips started, and whether the last one is still under way.
    started: u64,
    running: bool,
    /// The answer of round trip number `started` once it is no longer running.
    latest: Option<Arc<T>>,
}

impl<T> Default for Coalesce<T> {
    fn default() -> Self {
        Coalesce {
            state: Mutex::new(Flights {
                started: 0,
                running: false,
                latest: None,
            }),
            done: Condvar::new(),
        }
    }
}

impl<T> Coalesce<T> {
    /// An answer of `fetch` run after this call began: this caller's own round trip, or
    /// one started after it arrived by another caller.
    pub fn get(&self, fetch: impl FnOnce() -> T) -> Arc<T> {
        let Ok(mut s) = self.state.lock() else {
            // A panic while holding the lock (never in this module): no sharing then.
            return Arc::new(fetch());
        };
        // The first round trip to start from now on; it or any later one will do.
        let want = s.started + 1;
        loop {
            if s.started >= want && !s.running {
                if let Some(answer) = &s.latest {
                    return answer.clone();
                }
            }
            if !s.running {
                s.started += 1;
                s.running = true;
                drop(s);
                let answer = Arc::new(fetch());
                let Ok(mut s) = self.state.lock() else {
                    return answer;
                };
                s.running = false;
                s.latest = Some(answer.clone());
                self.done.notify_all();
                return answer;
            }
            s = match self.done.wait(s) {
                Ok(s) => s,
                Err(_) => return Arc::new(fetch()),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Barrier;
    use std::time::Duration;

    #[test]
    fn a_lone_caller_runs_its_own_round_trip_each_time() {
        let c = Coalesce::default();
        let n = AtomicU64::new(0);
        let a = c.get(|| n.fetch_add(1, Ordering::SeqCst));
        let b = c.get(|| n.fetch_add(1, Ordering::SeqCst));
        assert_eq!((*a, *b), (0, 1));
    }

    #[test]
    fn callers_during_a_round_trip_share_the_next_one_and_never_an_older_answer() {
        let c = Arc::new(Coalesce::default());
        let n = Arc::new(AtomicU64::new(0));
        let gate = Arc::new(Barrier::new(2));
        // The first round trip is held open until every other caller has arrived.
        let first = {
            let (c, n, gate) = (c.clone(), n.clone(), gate.clone());
            std::thread::spawn(move || {
                *c.get(|| {
                    gate.wait();
                    std::thread::sleep(Duration::from_millis(200));
                    n.fetch_add(1, Ordering::SeqCst)
                })
            })
        };
        gate.wait();
        let late: Vec<_> = (0..8)
            .map(|_| {
                let (c, n) = (c.clone(), n.clone());
                std::thread::spawn(move || *c.get(|| n.fetch_add(1, Ordering::SeqCst)))
            })
            .collect();
        assert_eq!(first.join().ok(), Some(0));
        let answers: Vec<u64> = late.into_iter().filter_map(|t| t.join().ok()).collect();
        assert_eq!(answers.len(), 8);
        // Each arrived while round trip 0 was under way: none may get its answer.
        assert!(answers.iter().all(|&a| a >= 1), "{answers:?}");
        // They arrived within the 200 ms the first one was held: far fewer round trips
        // than callers (one, unless a caller was slow to reach `get`).
        assert!(
            n.load(Ordering::SeqCst) <= 3,
            "{} round trips",
            n.load(Ordering::SeqCst)
        );
    }
}
