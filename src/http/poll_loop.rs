//! The HTTP thread: one `poll()` loop over both servers' listening sockets, every
//! connection, and a wake pipe for the event loop's replies. Nothing here blocks but
//! `poll()`; a request that needs the event loop sends its calls and waits as a connection
//! state (conn.rs), so one thread serves any number of parked `wait=true` calls, live tails
//! and scrapes.

use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use nix::libc;

use super::conn::{Conn, Expiry, Output, Pending, Phase, ReadOutcome};
use super::limits::{ACCEPT_BACKOFF, ACCEPT_BATCH, DRAIN};
use super::request::Event;
use super::router::{self, Ctx};
use super::step::{Calls, Step};
use crate::control::{loop_gone, Answer, ControlHandle, Reply, ReplyTo, WakeFd, Waker};
use crate::rpc::{faults, Fault};

/// A listening socket and what routing needs to know about it.
pub(super) struct Listener {
    pub fd: OwnedFd,
    pub ctx: Ctx,
    /// Connections of this server now open.
    pub open: usize,
}

/// Who a call's reply is for.
enum Owner {
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
struct Flight {
    calls: Vec<(String, Vec<crate::rpc::Value>)>,
    replies: Vec<Option<Reply>>,
    left: usize,
    /// Connections this round trip answers.
    members: Vec<(usize, u64)>,
    /// Connections that arrived while it ran: they get the next one.
    next: Vec<(usize, u64)>,
}

/// Shared counters the HTTP thread's owner can read.
#[derive(Default)]
pub struct Stats {
    /// Accepts that failed for want of descriptors or memory.
    pub accept_errors: AtomicUsize,
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
    accept_paused_until: Option<Instant>,
    accept_error_logged: bool,
    /// Something was served since memory was last given back to the kernel.
    trim_due: bool,
}

/// The fault a call gets when its time is up.
fn timed_out() -> Fault {
    Fault::new(
        faults::FAILED,
        "FAILED: the event loop did not answer in time",
    )
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
                }
            }
            self.expire(now);
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
        (fds, slots)
    }

    fn next_deadline(&self, drain_until: Option<Instant>) -> Option<Instant> {
        let conns = self
            .conns
            .iter()
            .flatten()
            .filter_map(|c| c.deadline().map(|(d, _)| d));
        conns
            .chain(self.accept_paused_until)
            .chain(drain_until)
            .min()
    }

    /// Stops accepting; closes what has nothing owed (idle, half-read, streams).
    fn begin_drain(&mut self) {
        for l in &mut self.listeners {
            *l = None;
        }
        for s in 0..self.conns.len() {
            let owed = self.conns[s].as_ref().is_some_and(|c| {
                c.streaming.is_none() && matches!(c.phase, Phase::Wait(_) | Phase::Write)
            });
            if !owed {
                self.close(s);
            }
        }
    }

    fn accept(&mut self, i: usize, now: Instant) {
        for _ in 0..ACCEPT_BATCH {
            let Some(l) = &self.listeners[i] else {
                return;
            };
            // SAFETY: accept4 on our own listening socket; the new descriptor is ours.
            let fd = unsafe {
                libc::accept4(
                    l.fd.as_raw_fd(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
                )
            };
            if fd < 0 {
                let e = std::io::Error::last_os_error();
                match e.raw_os_error() {
                    Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM) => {
                        self.accept_failed(&e, now);
                        return;
                    }
                    Some(libc::EINTR | libc::ECONNABORTED | libc::EPROTO) => continue,
                    _ => return,
                }
            }
            // SAFETY: accept4 returned a new descriptor that nothing else owns.
            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
            self.accept_error_logged = false;
            let _ = nix::sys::socket::setsockopt(&fd, nix::sys::socket::sockopt::TcpNoDelay, &true);
            if l.open >= self.max_connections && !self.evict_idle(Some(i)) {
                // Every connection is busy: this one is closed at once; accepting goes on.
                continue;
            }
            self.insert(fd, i, now);
        }
    }

    /// Accepting failed for want of resources: make room, pause briefly, say so once.
    fn accept_failed(&mut self, e: &std::io::Error, now: Instant) {
        self.stats.accept_errors.fetch_add(1, Ordering::SeqCst);
        if !self.accept_error_logged {
            log::warn!(
                "HTTP: cannot accept a connection ({e}); closing the oldest idle one and \
                 pausing accepts for {} ms",
                ACCEPT_BACKOFF.as_millis()
            );
            self.accept_error_logged = true;
        }
        self.evict_idle(None);
        self.accept_paused_until = Some(now + ACCEPT_BACKOFF);
    }

    /// Closes the connection idle the longest (of one server, or of any); false if none is.
    fn evict_idle(&mut self, server: Option<usize>) -> bool {
        let oldest = self
            .conns
            .iter()
            .enumerate()
            .filter_map(|(s, c)| c.as_ref().map(|c| (s, c)))
            .filter(|(_, c)| c.is_idle() && server.is_none_or(|i| c.server == i))
            .min_by_key(|(_, c)| c.since)
            .map(|(s, _)| s);
        match oldest {
            Some(s) => {
                self.close(s);
                true
            }
            None => false,
        }
    }

    fn insert(&mut self, fd: OwnedFd, server: usize, now: Instant) {
        self.generation += 1;
        let conn = Conn::new(fd, server, self.generation, now);
        if let Some(Some(l)) = self.listeners.get_mut(server) {
            l.open += 1;
        }
        match self.free.pop() {
            Some(s) => self.conns[s] = Some(conn),
            None => self.conns.push(Some(conn)),
        }
    }

    fn close(&mut self, s: usize) {
        let Some(conn) = self.conns.get_mut(s).and_then(Option::take) else {
            return;
        };
        if let Phase::Wait(p) = &conn.phase {
            for t in &p.tokens {
                self.owners.remove(t);
            }
        }
        if let Some(Some(l)) = self.listeners.get_mut(conn.server) {
            l.open = l.open.saturating_sub(1);
        }
        self.free.push(s);
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
                    conn.out.extend_from_slice(b"HTTP/1.1 100 Continue\r\n\r\n");
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
                    conn.keep_alive = rq.keep_alive();
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
                let Some(conn) = self.conns[s].as_mut() else {
                    return;
                };
                match out {
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
        }
    }

    fn send_calls(&mut self, s: usize, calls: Calls<Output>, now: Instant) {
        let Some(conn) = self.conns[s].as_ref() else {
            return;
        };
        let generation = conn.generation;
        let n = calls.calls.len();
        let mut pending = Pending {
            then: calls.then,
            replies: (0..n).map(|_| None).collect(),
            left: n,
            tokens: Vec::with_capacity(n),
            deadline: calls.timeout.map(|t| now + t),
        };
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

    fn token(&mut self) -> u64 {
        self.next_token += 1;
        self.next_token
    }

    /// Joins the round trip for identical calls that starts next (or starts it now).
    fn join_flight(&mut self, s: usize, calls: Calls<Output>) {
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

    fn start_flight(
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
    fn land_flight(&mut self, key: &str, now: Instant) {
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
        let mut answer: Option<super::response::Response> = None;
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
    fn take_waiting(&mut self, s: usize, generation: u64) -> Option<Pending> {
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

    fn take_answers(&mut self, now: Instant) {
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

    fn conn_answer(&mut self, s: usize, generation: u64, index: usize, reply: Reply, now: Instant) {
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

    fn finish_pending(&mut self, s: usize, p: Pending, now: Instant) {
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
}
