//! The HTTP loop's side of calls to the event loop: sending a step's calls with tokens,
//! matching the replies that come back, shared round trips for identical calls, and
//! resuming the connection that waited.

use std::time::Instant;

use super::PollLoop;
use crate::control::{loop_gone, Reply, ReplyTo};
use crate::http::conn::{Output, Pending, Phase};
use crate::http::step::{Calls, Step};
use crate::rpc::{faults, Fault};

/// Who a call's reply is for.
pub(super) enum Owner {
    Conn {
        slot: usize,
        generation: u64,
        index: usize,
    },
    Flight {
        key: String,
        index: usize,
    },
}

/// One round trip shared by identical calls of several connections (`/metrics`).
pub(super) struct Flight {
    calls: Vec<(String, Vec<crate::rpc::Value>)>,
    replies: Vec<Option<Reply>>,
    left: usize,
    /// Connections this round trip answers.
    members: Vec<(usize, u64)>,
    /// Connections that arrived while it ran: they get the next one.
    next: Vec<(usize, u64)>,
}

/// The fault a call gets when its time is up.
fn timed_out() -> Fault {
    Fault::new(
        faults::FAILED,
        "FAILED: the event loop did not answer in time",
    )
}

impl PollLoop {
    pub(super) fn send_calls(&mut self, s: usize, calls: Calls<Output>, now: Instant) {
        let Some(conn) = self.conns[s].as_ref() else {
            return;
        };
        let generation = conn.generation;
        let n = calls.calls.len();
        let mut pending = Pending::new(calls.then, n, calls.timeout.map(|t| now + t));
        for (index, (method, params)) in calls.calls.into_iter().enumerate() {
            let token = self.token();
            let reply = ReplyTo::tagged(self.answer_tx.clone(), token, self.waker.clone());
            match self.handle.send(&method, params, reply) {
                Ok(()) => {
                    self.owners.insert(
                        token,
                        Owner::Conn {
                            slot: s,
                            generation,
                            index,
                        },
                    );
                    pending.tokens.push(token);
                }
                Err(f) => {
                    pending.replies[index] = Some(Err(f));
                    pending.left -= 1;
                }
            }
        }
        if pending.left == 0 {
            return self.finish_pending(s, pending, now);
        }
        if let Some(conn) = self.conns[s].as_mut() {
            conn.phase = Phase::Wait(pending);
        }
    }

    pub(super) fn token(&mut self) -> u64 {
        self.next_token += 1;
        self.next_token
    }

    /// Joins the round trip for identical calls that starts next (or starts it now).
    pub(super) fn join_flight(&mut self, s: usize, calls: Calls<Output>) {
        let Some(conn) = self.conns[s].as_mut() else {
            return;
        };
        let member = (s, conn.generation);
        let key: String = calls
            .calls
            .iter()
            .map(|(m, _)| m.as_str())
            .collect::<Vec<_>>()
            .join(",");
        conn.phase = Phase::Wait(Pending {
            then: calls.then,
            replies: Vec::new(),
            left: 0,
            tokens: Vec::new(),
            deadline: None,
        });
        match self.flights.get_mut(&key) {
            Some(f) => f.next.push(member),
            None => self.start_flight(key, calls.calls, vec![member]),
        }
    }

    pub(super) fn start_flight(
        &mut self,
        key: String,
        calls: Vec<(String, Vec<crate::rpc::Value>)>,
        members: Vec<(usize, u64)>,
    ) {
        let n = calls.len();
        let mut flight = Flight {
            calls: calls.clone(),
            replies: (0..n).map(|_| None).collect(),
            left: n,
            members,
            next: Vec::new(),
        };
        for (index, (method, params)) in calls.into_iter().enumerate() {
            let token = self.token();
            let reply = ReplyTo::tagged(self.answer_tx.clone(), token, self.waker.clone());
            match self.handle.send(&method, params, reply) {
                Ok(()) => {
                    let key = key.clone();
                    self.owners.insert(token, Owner::Flight { key, index });
                }
                Err(f) => {
                    flight.replies[index] = Some(Err(f));
                    flight.left -= 1;
                }
            }
        }
        let done = flight.left == 0;
        self.flights.insert(key.clone(), flight);
        if done {
            self.land_flight(&key, Instant::now());
        }
    }

    /// A shared round trip is complete: answer its members, start the next for the rest.
    pub(super) fn land_flight(&mut self, key: &str, now: Instant) {
        let Some(flight) = self.flights.remove(key) else {
            return;
        };
        let replies: Vec<Reply> = flight
            .replies
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(loop_gone())))
            .collect();
        // Members of a round trip run the same route, so the first member's answer is every
        // member's: it is made once (rendering, /proc reads) and copied.
        let mut answer: Option<crate::http::response::Response> = None;
        for (s, generation) in flight.members {
            let Some(p) = self.take_waiting(s, generation) else {
                continue;
            };
            let step = match answer.as_ref().and_then(|a| a.try_clone()) {
                Some(copy) => Step::Done(Output::Response(copy)),
                None => (p.then)(replies.clone()),
            };
            if let Step::Done(Output::Response(r)) = &step {
                answer = r.try_clone();
            }
            self.drive(s, step, now);
        }
        if !flight.next.is_empty() {
            self.start_flight(key.to_string(), flight.calls, flight.next);
        }
    }

    /// The pending work of connection `s` if it is still the one that waited.
    pub(super) fn take_waiting(&mut self, s: usize, generation: u64) -> Option<Pending> {
        let c = self.conns.get_mut(s).and_then(Option::as_mut)?;
        if c.generation != generation {
            return None;
        }
        match std::mem::replace(&mut c.phase, Phase::Read) {
            Phase::Wait(p) => Some(p),
            other => {
                c.phase = other;
                None
            }
        }
    }

    pub(super) fn take_answers(&mut self, now: Instant) {
        while let Ok(answer) = self.answers.try_recv() {
            match self.owners.remove(&answer.token) {
                Some(Owner::Conn {
                    slot,
                    generation,
                    index,
                }) => self.conn_answer(slot, generation, index, answer.reply, now),
                Some(Owner::Flight { key, index }) => {
                    let complete = self.flights.get_mut(&key).is_some_and(|f| {
                        if f.replies[index].is_none() {
                            f.replies[index] = Some(answer.reply);
                            f.left -= 1;
                        }
                        f.left == 0
                    });
                    if complete {
                        self.land_flight(&key, now);
                    }
                }
                None => {}
            }
        }
    }

    pub(super) fn conn_answer(
        &mut self,
        s: usize,
        generation: u64,
        index: usize,
        reply: Reply,
        now: Instant,
    ) {
        let Some(conn) = self.conns.get_mut(s).and_then(Option::as_mut) else {
            return;
        };
        if conn.generation != generation {
            return;
        }
        let Phase::Wait(p) = &mut conn.phase else {
            return;
        };
        if p.replies.get(index).is_some_and(Option::is_none) {
            p.replies[index] = Some(reply);
            p.left -= 1;
        }
        if p.left > 0 {
            return;
        }
        if let Phase::Wait(p) = std::mem::replace(&mut conn.phase, Phase::Read) {
            self.finish_pending(s, p, now);
        }
    }

    pub(super) fn finish_pending(&mut self, s: usize, p: Pending, now: Instant) {
        for t in &p.tokens {
            self.owners.remove(t);
        }
        let replies = p
            .replies
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(timed_out())))
            .collect();
        self.drive(s, (p.then)(replies), now);
    }
}
