//! The HTTP loop's side of requests to remote nodes (`http::remote`): each request's
//! socket joins the loop's `poll()` set, its deadline the loop's deadlines, and its outcome
//! resumes the waiting connection like an event-loop reply does.

use std::time::Instant;

use super::calls::Owner;
use super::PollLoop;
use crate::http::conn::{Output, Pending, Phase};
use crate::http::limits::MAX_REMOTE_REQUESTS;
use crate::http::remote::{Client, Progress};
use crate::http::step::Fetch;
use crate::rpc::{faults, Fault};

impl PollLoop {
    /// Starts a step's requests; the connection waits for their outcomes.
    pub(super) fn send_fetch(&mut self, s: usize, fetch: Fetch<Output>, now: Instant) {
        let Some(conn) = self.conns[s].as_ref() else {
            return;
        };
        let generation = conn.generation;
        let n = fetch.requests.len();
        let mut pending = Pending::new(fetch.then, n, None);
        for (index, req) in fetch.requests.iter().enumerate() {
            let started = if self.remotes.len() >= MAX_REMOTE_REQUESTS {
                Err(Err(Fault::new(
                    faults::FAILED,
                    "FAILED: too many requests to remote nodes in flight",
                )))
            } else {
                Client::start(req, now)
            };
            match started {
                Ok(client) => {
                    let token = self.token();
                    self.remotes.insert(token, client);
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
                Err(reply) => {
                    pending.replies[index] = Some(reply);
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

    /// A request's socket is ready.
    pub(super) fn on_remote_io(&mut self, token: u64, revents: i16, now: Instant) {
        let Some(client) = self.remotes.get_mut(&token) else {
            return;
        };
        if let Progress::Done(reply) = client.on_io(revents) {
            self.remotes.remove(&token);
            self.remote_outcome(token, reply, now);
        }
    }

    fn remote_outcome(&mut self, token: u64, reply: crate::control::Reply, now: Instant) {
        if let Some(Owner::Conn {
            slot,
            generation,
            index,
        }) = self.owners.remove(&token)
        {
            self.conn_answer(slot, generation, index, reply, now);
        }
    }

    /// Requests whose deadline passed end as timed out.
    pub(super) fn expire_remotes(&mut self, now: Instant) {
        let due: Vec<u64> = self
            .remotes
            .iter()
            .filter(|(_, c)| c.deadline <= now)
            .map(|(t, _)| *t)
            .collect();
        for token in due {
            if let Some(client) = self.remotes.remove(&token) {
                let reply = client.timed_out();
                self.remote_outcome(token, reply, now);
            }
        }
    }

    /// The nearest deadline of a request in flight.
    pub(super) fn remote_deadline(&self) -> Option<Instant> {
        self.remotes.values().map(|c| c.deadline).min()
    }
}
