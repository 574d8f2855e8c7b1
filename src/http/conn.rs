//! One client connection of the HTTP loop: a non-blocking socket, the request reader, the
//! bytes still to send, and where the connection is in its life:
//!
//! reading a request → waiting for the event loop → writing the answer → reading the next
//! request (keep-alive) or closing; a streamed answer goes writing → waiting for its next
//! piece → writing … until it ends or the client goes away.
//!
//! Every state has a deadline (limits.rs), so no client can hold a connection without
//! making progress.

use std::os::fd::{AsRawFd, OwnedFd};
use std::time::Instant;

use super::limits::{
    BODY_TIMEOUT, HEAD_TIMEOUT, IDLE_TIMEOUT, LINGER, LINGER_BYTES, READ_CHUNK, WRITE_TIMEOUT,
};
use super::request::Reader;
use super::response::{frame, Body, Chunk, Response, Source, LAST_CHUNK};
use super::step::Then;
use crate::control::Reply;

/// What a step of a connection's work yields: its answer, or the next piece of a stream.
pub(super) enum Output {
    Response(Response),
    Chunk(Chunk),
}

/// Calls sent to the event loop for this connection, and the rest of its work.
pub(super) struct Pending {
    pub then: Then<Output>,
    /// Replies by call index; empty for a shared round trip (the flight holds them).
    pub replies: Vec<Option<Reply>>,
    pub left: usize,
    /// Tokens of the calls, to forget them if the connection goes first.
    pub tokens: Vec<u64>,
    pub deadline: Option<Instant>,
}

impl Pending {
    /// Waiting for `n` replies (calls to the loop or requests to remote nodes).
    pub fn new(then: Then<Output>, n: usize, deadline: Option<Instant>) -> Pending {
        Pending {
            then,
            replies: (0..n).map(|_| None).collect(),
            left: n,
            tokens: Vec::with_capacity(n),
            deadline,
        }
    }
}

/// Where a connection is.
pub(super) enum Phase {
    /// Reading a request (or idle between requests).
    Read,
    /// Waiting for the event loop's replies.
    Wait(Pending),
    /// Sending `out`; then the next request, the next piece of a stream, or close.
    Write,
    /// A refusal was sent and our side shut: the rest of the request is read and dropped
    /// (bytes so far), so the client reads the refusal rather than a reset.
    Linger(usize),
}

/// What a deadline that passed means.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Expiry {
    /// Close without a word (idle, or a client that takes no bytes).
    Close,
    /// Answer `408` and close.
    RequestTimeout,
    /// The pending calls' time is up.
    Calls,
}

/// A streamed body being sent.
pub(super) struct Streaming {
    pub source: Box<dyn Source>,
    pub chunked: bool,
}

pub(super) struct Conn {
    pub fd: OwnedFd,
    /// Index of the server (listener) it came in on.
    pub server: usize,
    pub generation: u64,
    pub reader: Reader,
    /// Bytes to send: a head, chunks of a stream, `100 Continue`; then `body`.
    out: Vec<u8>,
    /// A full answer's body, sent after `out` as its own buffer (no copy of a large
    /// answer into `out`).
    body: Vec<u8>,
    /// Bytes of `out` then `body` sent so far.
    sent: usize,
    pub phase: Phase,
    /// Start of the current wait for the client (see `deadline`).
    pub since: Instant,
    /// Requests answered on this connection.
    pub served: u64,
    /// Whether the connection stays open after the current answer.
    pub keep_alive: bool,
    /// The current request's HTTP minor version, and whether it was a HEAD.
    pub minor: u8,
    pub head_only: bool,
    pub streaming: Option<Streaming>,
    /// The client shut its sending side: nothing more to read or watch for.
    pub peer_closed: bool,
    /// The answer is a refusal: linger after it instead of closing at once.
    pub refused: bool,
}

/// What reading from or writing to the socket found.
pub(super) enum ReadOutcome {
    /// Bytes moved (or none were ready).
    Open,
    /// The client shut its sending side (it may still read the answer).
    Eof,
    /// The socket failed.
    Gone,
}

impl Conn {
    pub fn new(fd: OwnedFd, server: usize, generation: u64, now: Instant) -> Conn {
        Conn {
            fd,
            server,
            generation,
            reader: Reader::default(),
            out: Vec::new(),
            body: Vec::new(),
            sent: 0,
            phase: Phase::Read,
            since: now,
            served: 0,
            keep_alive: false,
            minor: 1,
            head_only: false,
            streaming: None,
            peer_closed: false,
            refused: false,
        }
    }

    /// True when nothing is in progress: no request begun, nothing to send or wait for.
    pub fn is_idle(&self) -> bool {
        matches!(self.phase, Phase::Read) && self.reader.is_idle() && self.unsent() == 0
    }

    pub fn unsent(&self) -> usize {
        self.out.len() + self.body.len() - self.sent
    }

    /// Queues `bytes` after everything queued so far.
    pub fn queue(&mut self, bytes: &[u8]) {
        self.tail().extend_from_slice(bytes);
    }

    /// The buffer whose end is the end of what is queued.
    fn tail(&mut self) -> &mut Vec<u8> {
        if self.body.is_empty() {
            &mut self.out
        } else {
            &mut self.body
        }
    }

    /// The poll events this connection waits for.
    pub fn interest(&self) -> i16 {
        use nix::libc::{POLLIN, POLLOUT, POLLRDHUP};
        let mut ev = 0;
        if self.unsent() > 0 {
            ev |= POLLOUT;
        }
        if self.peer_closed {
            return ev;
        }
        match self.phase {
            Phase::Read if self.reader.wants_input() => ev |= POLLIN,
            Phase::Linger(_) => ev |= POLLIN,
            // Only a hang-up matters while the loop works (pipelined bytes wait in the socket).
            Phase::Wait(_) | Phase::Read => ev |= POLLRDHUP,
            Phase::Write => {}
        }
        ev
    }

    /// When this connection must be looked at again, and what it means then.
    pub fn deadline(&self) -> Option<(Instant, Expiry)> {
        if self.unsent() > 0 {
            return Some((self.since + WRITE_TIMEOUT, Expiry::Close));
        }
        match &self.phase {
            Phase::Wait(p) => p.deadline.map(|d| (d, Expiry::Calls)),
            Phase::Write => None,
            Phase::Linger(_) => Some((self.since + LINGER, Expiry::Close)),
            Phase::Read if self.reader.in_body() => {
                Some((self.since + BODY_TIMEOUT, Expiry::RequestTimeout))
            }
            Phase::Read if self.reader.is_idle() => {
                let wait = if self.served == 0 {
                    HEAD_TIMEOUT
                } else {
                    IDLE_TIMEOUT
                };
                Some((self.since + wait, Expiry::Close))
            }
            Phase::Read => Some((self.since + HEAD_TIMEOUT, Expiry::RequestTimeout)),
        }
    }

    /// One non-blocking `recv` into `buf`: the byte count, 0 at EOF, negative on error.
    fn recv(&self, buf: &mut [u8]) -> isize {
        // SAFETY: reads at most `buf.len()` bytes into `buf` from our own socket.
        unsafe {
            nix::libc::recv(
                self.fd.as_raw_fd(),
                buf.as_mut_ptr().cast(),
                buf.len(),
                nix::libc::MSG_DONTWAIT,
            )
        }
    }

    /// Reads what the socket has (a bounded amount per call, for fairness).
    pub fn read(&mut self, now: Instant) -> ReadOutcome {
        let mut buf = [0u8; READ_CHUNK];
        for _ in 0..4 {
            if !self.reader.wants_input() {
                break;
            }
            let n = self.recv(&mut buf);
            match n {
                0 => return ReadOutcome::Eof,
                n if n > 0 => {
                    let was_idle = self.reader.is_idle();
                    self.reader.feed(&buf[..n as usize]);
                    // A kept-alive connection's next head gets its own time from its first
                    // byte; a body's time counts from its last progress.
                    if (was_idle && self.served > 0) || self.reader.in_body() {
                        self.since = now;
                    }
                }
                _ => {
                    let e = std::io::Error::last_os_error();
                    return match e.kind() {
                        std::io::ErrorKind::WouldBlock => ReadOutcome::Open,
                        std::io::ErrorKind::Interrupted => continue,
                        _ => ReadOutcome::Gone,
                    };
                }
            }
        }
        ReadOutcome::Open
    }

    /// Shuts our sending side after a refusal and starts dropping what the client sends.
    pub fn linger(&mut self, now: Instant) {
        // SAFETY: shutdown of our own socket's sending side.
        unsafe { nix::libc::shutdown(self.fd.as_raw_fd(), nix::libc::SHUT_WR) };
        self.phase = Phase::Linger(0);
        self.since = now;
    }

    /// Reads and drops what a refused client still sends; `Gone` once it is done (or has
    /// sent more than it may).
    pub fn discard(&mut self) -> ReadOutcome {
        let Phase::Linger(mut total) = self.phase else {
            return ReadOutcome::Gone;
        };
        let mut buf = [0u8; READ_CHUNK];
        let mut outcome = ReadOutcome::Open;
        for _ in 0..4 {
            let n = self.recv(&mut buf);
            if n <= 0 {
                let e = std::io::Error::last_os_error();
                if n == 0 || e.kind() != std::io::ErrorKind::WouldBlock {
                    outcome = ReadOutcome::Gone;
                }
                break;
            }
            total += n as usize;
            if total > LINGER_BYTES {
                outcome = ReadOutcome::Gone;
                break;
            }
        }
        self.phase = Phase::Linger(total);
        outcome
    }

    /// Sends what it can of `out` and `body`; `Gone` when the client went away.
    pub fn write(&mut self, now: Instant) -> ReadOutcome {
        while self.unsent() > 0 {
            let n = self.send_some();
            if n > 0 {
                self.sent += n as usize;
                self.since = now;
                continue;
            }
            let e = std::io::Error::last_os_error();
            match e.kind() {
                std::io::ErrorKind::WouldBlock => return ReadOutcome::Open,
                std::io::ErrorKind::Interrupted => continue,
                _ => return ReadOutcome::Gone,
            }
        }
        self.out.clear();
        self.body = Vec::new();
        self.sent = 0;
        ReadOutcome::Open
    }

    /// One non-blocking `sendmsg` of the unsent rest of `out` and `body` (both in one
    /// call: a head and its body leave together); the byte count, or negative on error.
    fn send_some(&self) -> isize {
        let (head, body) = match self.sent.checked_sub(self.out.len()) {
            None => (&self.out[self.sent..], &self.body[..]),
            Some(into_body) => (&[][..], &self.body[into_body..]),
        };
        let mut iov = [head, body].map(|b| nix::libc::iovec {
            iov_base: b.as_ptr() as *mut nix::libc::c_void,
            iov_len: b.len(),
        });
        let skip = usize::from(head.is_empty());
        // SAFETY: an all-zero msghdr is valid (no address, no control data).
        let mut msg: nix::libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_iov = iov[skip..].as_mut_ptr();
        msg.msg_iovlen = (iov.len() - skip) as _;
        // SAFETY: sends bytes of our own buffers, which outlive the call, on our own
        // socket; the kernel only reads through `iov`. MSG_NOSIGNAL turns a closed peer
        // into EPIPE instead of SIGPIPE.
        unsafe {
            nix::libc::sendmsg(
                self.fd.as_raw_fd(),
                &msg,
                nix::libc::MSG_DONTWAIT | nix::libc::MSG_NOSIGNAL,
            )
        }
    }

    /// Queues an answer; a streamed body becomes this connection's stream.
    pub fn respond(&mut self, response: Response, now: Instant) {
        if matches!(response.body, Body::Stream(_)) || response.close {
            self.keep_alive = false;
        }
        let head = response.head(self.minor, self.keep_alive);
        self.queue(&head);
        match response.body {
            Body::Full(body) if !self.head_only && self.body.is_empty() => self.body = body,
            Body::Full(body) if !self.head_only => self.body.extend(body),
            Body::Full(_) => {}
            Body::Stream(source) if !self.head_only => {
                self.streaming = Some(Streaming {
                    source,
                    chunked: self.minor >= 1,
                })
            }
            Body::Stream(_) => {}
        }
        self.served += 1;
        self.since = now;
        self.phase = Phase::Write;
    }

    /// Queues the next piece of the stream (or its end).
    pub fn stream_piece(&mut self, chunk: Chunk, now: Instant) {
        let chunked = self.streaming.as_ref().is_some_and(|s| s.chunked);
        match chunk {
            Chunk::Data(data) => frame(chunked, &data, self.tail()),
            Chunk::End => {
                if chunked {
                    self.queue(LAST_CHUNK);
                }
                self.streaming = None;
            }
        }
        self.since = now;
        self.phase = Phase::Write;
    }

    /// Queues a refusal (`status`) and closes after it.
    pub fn refuse(&mut self, status: u16, now: Instant) {
        self.keep_alive = false;
        self.refused = true;
        self.respond(Response::text(status, super::response::reason(status)), now);
    }
}

#[cfg(test)]
mod tests {
    use super::{Conn, ReadOutcome};
    use crate::http::response::Response;
    use std::io::Read;
    use std::os::unix::net::UnixStream;
    use std::time::Instant;

    #[test]
    fn a_full_answer_leaves_as_head_then_body_whatever_the_socket_takes() {
        let (ours, mut client) = UnixStream::pair().expect("socketpair");
        let now = Instant::now();
        let mut conn = Conn::new(ours.into(), 0, 0, now);
        // Larger than the socket buffer: sends stop part way, in the head's wake or the
        // body's, and resume where they stopped.
        let body: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        let response = Response::new(200, "text/xml", body.clone());
        let mut expected = response.head(1, false);
        expected.extend_from_slice(&body);
        conn.respond(response, now);
        // Queued while the body waits: goes after it.
        conn.queue(b"tail");
        expected.extend_from_slice(b"tail");
        assert_eq!(conn.unsent(), expected.len());
        client.set_nonblocking(true).expect("nonblocking");
        let mut got = Vec::new();
        let mut buf = vec![0u8; 100_000];
        while conn.unsent() > 0 {
            assert!(matches!(conn.write(now), ReadOutcome::Open));
            loop {
                match client.read(&mut buf) {
                    Ok(n) if n > 0 => got.extend_from_slice(&buf[..n]),
                    _ => break,
                }
            }
        }
        while let Ok(n) = client.read(&mut buf) {
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
        }
        assert_eq!(got.len(), expected.len());
        assert!(got == expected, "the bytes differ");
        assert!(
            conn.out.is_empty() && conn.body.capacity() == 0,
            "the answer is let go"
        );
    }
}
