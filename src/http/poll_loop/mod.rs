//! The HTTP thread: one `poll()` loop over both servers' listening sockets, every
//! connection, and a wake pipe for the event loop's replies. Nothing here blocks but
//! `poll()`; a request that needs the event loop sends its calls and waits as a connection
//! state (conn.rs), so one thread serves any number of parked `wait=true` calls, live tails
//! and scrapes.

use std::collections::HashMap;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use nix::libc;

mod accept;
mod calls;
mod remote;

use calls::{Flight, Owner};

use super::conn::{Conn, Expiry, Output, Phase, ReadOutcome};
use super::limits::{self, DRAIN};
use super::request::Event;
use super::response::{Body, Response};
use super::router::{self, Ctx};
use super::step::Step;
use crate::control::{Answer, ControlHandle, WakeFd, Waker};

/// A listening socket and what routing needs to know about it.
pub(super) struct Listener {
    pub fd: OwnedFd,
    pub ctx: Ctx,
    /// Connections of this server now open.
    pub open: usize,
}

/// Shared counters the HTTP thread's owner can read.
#[derive(Default)]
pub struct Stats {
    /// Accepts that failed for want of descriptors or memory.
    pub accept_errors: AtomicUsize,
    /// The drain that `stop` asks for is an upgrade's: connections already accepted are
    /// answered (the listening sockets stay open elsewhere), not closed.
    pub keep_accepted: AtomicBool,
}

pub(super) struct PollLoop {
    pub listeners: Vec<Option<Listener>>,
    pub max_connections: usize,
    pub handle: ControlHandle,
    pub answers: Receiver<Answer>,
    pub answer_tx: Sender<Answer>,
    pub waker: Waker,
    pub wake_fd: WakeFd,
    pub stop: Arc<AtomicBool>,
    pub stats: Arc<Stats>,
    conns: Vec<Option<Conn>>,
    free: Vec<usize>,
    generation: u64,
    owners: HashMap<u64, Owner>,
    next_token: u64,
    flights: HashMap<String, Flight>,
    /// Requests to remote nodes in flight, by token.
    remotes: HashMap<u64, crate::http::remote::Client>,
    accept_paused_until: Option<Instant>,
    accept_error_logged: bool,
    /// Something was served since memory was last given back to the kernel.
    trim_due: bool,
}

impl PollLoop {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        listeners: Vec<Listener>,
        max_connections: usize,
        handle: ControlHandle,
        answers: (Sender<Answer>, Receiver<Answer>),
        wake: (Waker, WakeFd),
        stop: Arc<AtomicBool>,
        stats: Arc<Stats>,
    ) -> PollLoop {
        PollLoop {
            listeners: listeners.into_iter().map(Some).collect(),
            max_connections,
            handle,
            answer_tx: answers.0,
            answers: answers.1,
            waker: wake.0,
            wake_fd: wake.1,
            stop,
            stats,
            conns: Vec::new(),
            free: Vec::new(),
            generation: 0,
            owners: HashMap::new(),
            next_token: 1,
            flights: HashMap::new(),
            remotes: HashMap::new(),
            accept_paused_until: None,
            accept_error_logged: false,
            trim_due: false,
        }
    }

    /// Serves until asked to stop, then gives answers in progress up to `DRAIN`.
    pub fn run(&mut self) {
        let mut drain_until: Option<Instant> = None;
        loop {
            let now = Instant::now();
            if drain_until.is_none() && self.stop.load(Ordering::SeqCst) {
                drain_until = Some(now + DRAIN);
                self.begin_drain();
            }
            if let Some(until) = drain_until {
                if now >= until || self.conns.iter().all(Option::is_none) {
                    return;
                }
            }
            let (mut fds, slots) = self.poll_set(now, drain_until.is_some());
            let timeout = self.next_deadline(drain_until).map(|d| {
                let left = d.saturating_duration_since(now);
                // Round up so a wake-up is never early (poll counts whole milliseconds).
                left.as_millis().min(i32::MAX as u128 - 1) as i32 + i32::from(!left.is_zero())
            });
            // SAFETY: `fds` is a valid array of pollfd for the duration of the call.
            let n = unsafe {
                libc::poll(
                    fds.as_mut_ptr(),
                    fds.len() as libc::nfds_t,
                    timeout.unwrap_or(-1),
                )
            };
            if n < 0 {
                continue; // EINTR
            }
            let now = Instant::now();
            if fds[0].revents != 0 {
                self.wake_fd.drain();
            }
            self.take_answers(now);
            for (pfd, slot) in fds.iter().zip(&slots).skip(1) {
                if pfd.revents == 0 {
                    continue;
                }
                match slot {
                    Slot::Wake => {}
                    Slot::Listener(i) => self.accept(*i, now),
                    Slot::Conn(s) => self.on_io(*s, pfd.revents, now),
                    Slot::Remote(t) => self.on_remote_io(*t, pfd.revents, now),
                }
            }
            self.expire(now);
            self.expire_remotes(now);
            self.maybe_trim();
        }
    }

    fn poll_set(&self, now: Instant, draining: bool) -> (Vec<libc::pollfd>, Vec<Slot>) {
        let pfd = |fd: RawFd, events: i16| libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        let mut fds = vec![pfd(self.wake_fd.as_raw_fd(), libc::POLLIN)];
        let mut slots = vec![Slot::Wake];
        let paused = self.accept_paused_until.is_some_and(|t| now < t);
        if !paused && !draining {
            for (i, l) in self.listeners.iter().enumerate() {
                if let Some(l) = l {
                    fds.push(pfd(l.fd.as_raw_fd(), libc::POLLIN));
                    slots.push(Slot::Listener(i));
                }
            }
        }
        for (s, c) in self.conns.iter().enumerate() {
            if let Some(c) = c {
                fds.push(pfd(c.fd.as_raw_fd(), c.interest()));
                slots.push(Slot::Conn(s));
            }
        }
        for (token, c) in &self.remotes {
            fds.push(pfd(c.fd(), c.interest()));
            slots.push(Slot::Remote(*token));
        }
        (fds, slots)
    }

    fn next_deadline(&self, drain_until: Option<Instant>) -> Option<Instant> {
        let conns = self
            .conns
            .iter()
            .flatten()
            .filter_map(|c| c.deadline().map(|(d, _)| d));
        conns
            .chain(self.remote_deadline())
            .chain(self.accept_paused_until)
            .chain(drain_until)
            .min()
    }

    /// Stops accepting; closes what has nothing owed (idle, half-read, streams). For an
    /// upgrade (`keep_accepted`), a connection that has not been answered yet is owed its
    /// answer too, and none is kept alive after it.
    fn begin_drain(&mut self) {
        let keep_accepted = self.stats.keep_accepted.load(Ordering::SeqCst);
        // Not polled any more either way; an upgrade's answers still need their context.
        if !keep_accepted {
            for l in &mut self.listeners {
                *l = None;
            }
        }
        for s in 0..self.conns.len() {
            let owed = self.conns[s].as_mut().is_some_and(|c| {
                if keep_accepted {
                    c.keep_alive = false;
                }
                let fresh = keep_accepted && c.served == 0 && matches!(c.phase, Phase::Read);
                c.streaming.is_none() && (fresh || matches!(c.phase, Phase::Wait(_) | Phase::Write))
            });
            if !owed {
                self.close(s);
            }
        }
    }

    fn on_io(&mut self, s: usize, revents: i16, now: Instant) {
        let Some(conn) = self.conns[s].as_mut() else {
            return;
        };
        let gone_bits = libc::POLLERR | libc::POLLHUP | libc::POLLNVAL;
        if revents & libc::POLLOUT != 0 && matches!(conn.write(now), ReadOutcome::Gone) {
            return self.close(s);
        }
        if let Phase::Linger(_) = conn.phase {
            if revents & libc::POLLIN != 0 && matches!(conn.discard(), ReadOutcome::Open) {
                return;
            }
            return self.close(s);
        }
        if revents & libc::POLLIN != 0 && matches!(conn.phase, Phase::Read) {
            match conn.read(now) {
                ReadOutcome::Open => self.advance(s, now),
                ReadOutcome::Eof => {
                    // A client may send its request and shut its side: answer, then close.
                    conn.peer_closed = true;
                    conn.keep_alive = false;
                    self.advance(s, now);
                    if self.conns[s]
                        .as_ref()
                        .is_some_and(|c| matches!(c.phase, Phase::Read))
                    {
                        return self.close(s);
                    }
                }
                ReadOutcome::Gone => return self.close(s),
            }
        } else if revents & gone_bits != 0 || (revents & libc::POLLRDHUP != 0 && !conn.peer_closed)
        {
            // The client went away while its answer was being prepared or sent.
            return self.close(s);
        }
        self.after_write(s, now);
    }

    /// Turns buffered bytes into the next request, if the connection is ready for one.
    fn advance(&mut self, s: usize, now: Instant) {
        let Some(conn) = self.conns[s].as_mut() else {
            return;
        };
        if !matches!(conn.phase, Phase::Read) {
            return;
        }
        loop {
            match conn.reader.next_event() {
                Event::NeedMore => return,
                Event::Continue => {
                    conn.queue(b"HTTP/1.1 100 Continue\r\n\r\n");
                    if matches!(conn.write(now), ReadOutcome::Gone) {
                        return self.close(s);
                    }
                }
                Event::Refuse(status) => {
                    conn.minor = 1;
                    conn.head_only = false;
                    conn.refuse(status, now);
                    return;
                }
                Event::Request(rq) => {
                    conn.keep_alive =
                        rq.keep_alive() && !self.stats.keep_accepted.load(Ordering::SeqCst);
                    conn.minor = rq.minor;
                    conn.head_only = rq.method == "HEAD";
                    self.trim_due = true;
                    let ctx = match &self.listeners[conn.server] {
                        Some(l) => &l.ctx,
                        None => return self.close(s),
                    };
                    let step = router::route(rq, ctx).map(Output::Response);
                    return self.drive(s, step, now);
                }
            }
        }
    }

    /// Runs a step: applies its output, or sends its calls and waits.
    fn drive(&mut self, s: usize, step: Step<Output>, now: Instant) {
        match step {
            Step::Done(out) => {
                let refuse = matches!(&out, Output::Response(r) if self.over_unsent(r));
                let Some(conn) = self.conns[s].as_mut() else {
                    return;
                };
                match out {
                    Output::Response(_) if refuse => conn.refuse(503, now),
                    Output::Response(r) => conn.respond(r, now),
                    Output::Chunk(c) => conn.stream_piece(c, now),
                }
                if matches!(conn.write(now), ReadOutcome::Gone) {
                    return self.close(s);
                }
                self.after_write(s, now);
            }
            Step::Calls(calls) if calls.shared => self.join_flight(s, calls),
            Step::Calls(calls) => self.send_calls(s, calls, now),
            Step::Fetch(fetch) => self.send_fetch(s, fetch, now),
        }
    }

    /// Whether a large full answer would take the bytes waiting for clients past
    /// `limits::UNSENT_MAX`.
    fn over_unsent(&self, r: &Response) -> bool {
        let Body::Full(body) = &r.body else {
            return false;
        };
        if body.len() <= limits::LARGE_ANSWER {
            return false;
        }
        let waiting: usize = self.conns.iter().flatten().map(Conn::unsent).sum();
        waiting + body.len() > limits::UNSENT_MAX
    }

    /// After bytes went out: the next piece of a stream, the next request, or close.
    fn after_write(&mut self, s: usize, now: Instant) {
        let Some(conn) = self.conns[s].as_mut() else {
            return;
        };
        if !matches!(conn.phase, Phase::Write) || conn.unsent() > 0 {
            return;
        }
        if let Some(stream) = conn.streaming.as_mut() {
            let step = stream.source.next().map(Output::Chunk);
            return self.drive(s, step, now);
        }
        if conn.refused && !conn.peer_closed {
            return conn.linger(now);
        }
        if !conn.keep_alive {
            return self.close(s);
        }
        conn.phase = Phase::Read;
        conn.since = now;
        // A pipelined request may be waiting in the buffer already.
        self.advance(s, now);
    }

    fn expire(&mut self, now: Instant) {
        for s in 0..self.conns.len() {
            let Some(conn) = self.conns[s].as_mut() else {
                continue;
            };
            let Some((at, what)) = conn.deadline() else {
                continue;
            };
            if at > now {
                continue;
            }
            match what {
                Expiry::Close => self.close(s),
                Expiry::RequestTimeout => {
                    conn.refuse(408, now);
                    if matches!(conn.write(now), ReadOutcome::Gone) {
                        self.close(s);
                    } else {
                        self.after_write(s, now);
                    }
                }
                Expiry::Calls => {
                    if let Phase::Wait(p) = std::mem::replace(&mut conn.phase, Phase::Read) {
                        self.finish_pending(s, p, now);
                    }
                }
            }
        }
        if self.accept_paused_until.is_some_and(|t| now >= t) {
            self.accept_paused_until = None;
        }
    }

    /// Gives the memory freed by the requests just served back to the kernel once nothing
    /// is in progress (glibc keeps freed chunks in the thread's arena; musl returns them).
    fn maybe_trim(&mut self) {
        if !self.trim_due || self.conns.iter().flatten().any(|c| !c.is_idle()) {
            return;
        }
        self.trim_due = false;
        #[cfg(target_env = "gnu")]
        // SAFETY: malloc_trim only takes glibc's own arena locks.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// What a pollfd entry stands for.
enum Slot {
    Wake,
    Listener(usize),
    Conn(usize),
    /// A request to a remote node, by token.
    Remote(u64),
}
