//! Requests the HTTP thread makes to other supervisord nodes (the Go port's multi-node
//! view): each is a small state machine over a non-blocking socket in the HTTP thread's own
//! `poll()` set — connecting → sending → reading until the peer closes — with a deadline
//! and a bounded answer. Nothing here blocks; the poll loop (`poll_loop/remote.rs`) drives
//! it.
//!
//! Requests are HTTP/1.0 with `Connection: close`, so every answer ends at EOF (no chunked
//! decoding). The outcome is a `control::Reply`, so a route continues with it like with the
//! event loop's replies: `Ok({status: Int, content_type: Str, body: Str})`, or a FAILED
//! fault saying why (refused, timed out, too large, not HTTP).

use std::net::SocketAddr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

use nix::libc;

use super::limits::MAX_REMOTE_RESPONSE;
use crate::control::Reply;
use crate::rpc::{faults, Fault, Value};

/// Marks a request one node sent another: it is answered there, never sent on, so nodes
/// that list each other cannot pass a request around in a circle.
pub const HOP_HEADER: &str = "X-Supervisord-Forwarded";

/// One request to a remote node.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub addr: SocketAddr,
    /// `user:password` for Basic auth.
    pub auth: Option<(String, String)>,
    pub method: &'static str,
    /// Path and query, already percent-encoded.
    pub path: String,
    pub timeout: Duration,
}

impl Outgoing {
    fn bytes(&self) -> Vec<u8> {
        let mut head = format!(
            "{} {} HTTP/1.0\r\nHost: {}\r\nUser-Agent: supervisord-rs\r\nConnection: close\r\n\
             Accept: application/json, text/plain\r\nContent-Length: 0\r\n{HOP_HEADER}: 1\r\n",
            self.method, self.path, self.addr
        );
        if let Some((user, pass)) = &self.auth {
            head.push_str(&format!(
                "Authorization: {}\r\n",
                super::auth::basic_header(user, pass)
            ));
        }
        head.push_str("\r\n");
        head.into_bytes()
    }
}

/// Where a request is.
#[derive(Debug, PartialEq, Eq)]
enum State {
    Connecting,
    Sending,
    Reading,
}

/// A request in flight.
pub struct Client {
    fd: OwnedFd,
    state: State,
    out: Vec<u8>,
    sent: usize,
    input: Vec<u8>,
    pub deadline: Instant,
    what: String,
}

/// What a turn of I/O brought.
pub enum Progress {
    Pending,
    Done(Reply),
}

fn failed(message: String) -> Reply {
    Err(Fault::new(faults::FAILED, format!("FAILED: {message}")))
}

impl Client {
    /// Opens a non-blocking socket and starts connecting; an error is the request's outcome.
    pub fn start(req: &Outgoing, now: Instant) -> Result<Client, Reply> {
        let what = format!("{} {}", req.addr, req.path);
        let domain = match req.addr {
            SocketAddr::V4(_) => libc::AF_INET,
            SocketAddr::V6(_) => libc::AF_INET6,
        };
        // SAFETY: plain socket(2); the descriptor is owned at once.
        let raw = unsafe {
            libc::socket(
                domain,
                libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
                0,
            )
        };
        if raw < 0 {
            return Err(failed(format!(
                "{what}: {}",
                std::io::Error::last_os_error()
            )));
        }
        // SAFETY: `raw` is a fresh descriptor nobody else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(raw) };
        let sa = nix::sys::socket::SockaddrStorage::from(req.addr);
        use nix::sys::socket::SockaddrLike;
        // SAFETY: `sa` is a valid socket address of `sa.len()` bytes.
        let rc = unsafe { libc::connect(fd.as_raw_fd(), sa.as_ptr(), sa.len()) };
        let state = if rc == 0 {
            State::Sending
        } else {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::EINPROGRESS) {
                return Err(failed(format!("{what}: {e}")));
            }
            State::Connecting
        };
        Ok(Client {
            fd,
            state,
            out: req.bytes(),
            sent: 0,
            input: Vec::new(),
            deadline: now + req.timeout,
            what,
        })
    }

    pub fn fd(&self) -> i32 {
        self.fd.as_raw_fd()
    }

    /// The poll events this request waits for.
    pub fn interest(&self) -> i16 {
        match self.state {
            State::Connecting | State::Sending => libc::POLLOUT,
            State::Reading => libc::POLLIN,
        }
    }

    /// The outcome when the deadline passed first.
    pub fn timed_out(&self) -> Reply {
        failed(format!("{}: no answer in time", self.what))
    }

    /// Moves the request on after `poll()` reported `revents`.
    pub fn on_io(&mut self, revents: i16) -> Progress {
        if self.state == State::Connecting {
            match self.socket_error() {
                0 => self.state = State::Sending,
                e => {
                    let err = std::io::Error::from_raw_os_error(e);
                    return Progress::Done(failed(format!("{}: {err}", self.what)));
                }
            }
        }
        if self.state == State::Sending {
            if let Some(done) = self.send() {
                return done;
            }
        }
        if self.state == State::Reading
            && revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0
        {
            return self.receive();
        }
        Progress::Pending
    }

    fn socket_error(&self) -> i32 {
        let mut err: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: getsockopt writes one int into `err`.
        let rc = unsafe {
            libc::getsockopt(
                self.fd.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_ERROR,
                (&mut err as *mut libc::c_int).cast(),
                &mut len,
            )
        };
        if rc < 0 {
            return std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
        }
        err
    }

    fn send(&mut self) -> Option<Progress> {
        while self.sent < self.out.len() {
            let rest = &self.out[self.sent..];
            // SAFETY: sends at most `rest.len()` bytes from `rest` on our own socket.
            let n = unsafe {
                libc::send(
                    self.fd.as_raw_fd(),
                    rest.as_ptr().cast(),
                    rest.len(),
                    libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
                )
            };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::WouldBlock {
                    return None;
                }
                return Some(Progress::Done(failed(format!("{}: {e}", self.what))));
            }
            self.sent += n as usize;
        }
        self.state = State::Reading;
        None
    }

    fn receive(&mut self) -> Progress {
        let mut buf = [0u8; 16 * 1024];
        loop {
            // SAFETY: reads at most `buf.len()` bytes into `buf` from our own socket.
            let n = unsafe {
                libc::recv(
                    self.fd.as_raw_fd(),
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                    libc::MSG_DONTWAIT,
                )
            };
            if n == 0 {
                return Progress::Done(parse(&self.input, &self.what));
            }
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::WouldBlock {
                    return Progress::Pending;
                }
                return Progress::Done(failed(format!("{}: {e}", self.what)));
            }
            if self.input.len() + n as usize > MAX_REMOTE_RESPONSE {
                return Progress::Done(failed(format!(
                    "{}: answer larger than {MAX_REMOTE_RESPONSE} bytes",
                    self.what
                )));
            }
            self.input.extend_from_slice(&buf[..n as usize]);
        }
    }
}

/// A whole HTTP/1.x answer (read to EOF) as the request's reply.
fn parse(raw: &[u8], what: &str) -> Reply {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut resp = httparse::Response::new(&mut headers);
    let head_len = match resp.parse(raw) {
        Ok(httparse::Status::Complete(n)) => n,
        _ => return failed(format!("{what}: not an HTTP answer")),
    };
    let header = |name: &str| {
        resp.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).into_owned())
    };
    let mut body = &raw[head_len..];
    if let Some(len) = header("Content-Length").and_then(|l| l.trim().parse::<usize>().ok()) {
        body = &body[..len.min(body.len())];
    }
    Ok(Value::strukt([
        ("status", Value::Int(i64::from(resp.code.unwrap_or(0)))),
        (
            "content_type",
            Value::Str(header("Content-Type").unwrap_or_default()),
        ),
        (
            "body",
            Value::Str(String::from_utf8_lossy(body).into_owned()),
        ),
    ]))
}

/// Runs requests to their ends with a `poll()` of its own (tools and tests; the HTTP
/// thread drives clients in its own loop instead).
pub fn fetch_blocking(requests: &[Outgoing]) -> Vec<Reply> {
    let now = Instant::now();
    let mut results: Vec<Option<Reply>> = Vec::new();
    let mut clients: Vec<Option<Client>> = Vec::new();
    for r in requests {
        match Client::start(r, now) {
            Ok(c) => {
                clients.push(Some(c));
                results.push(None);
            }
            Err(reply) => {
                clients.push(None);
                results.push(Some(reply));
            }
        }
    }
    while clients.iter().any(Option::is_some) {
        let now = Instant::now();
        let mut fds: Vec<libc::pollfd> = Vec::new();
        let mut idx = Vec::new();
        let mut next = None::<Instant>;
        for (i, c) in clients.iter_mut().enumerate() {
            let Some(client) = c else { continue };
            if client.deadline <= now {
                results[i] = Some(client.timed_out());
                *c = None;
                continue;
            }
            next = Some(next.map_or(client.deadline, |n: Instant| n.min(client.deadline)));
            fds.push(libc::pollfd {
                fd: client.fd(),
                events: client.interest(),
                revents: 0,
            });
            idx.push(i);
        }
        if fds.is_empty() {
            break;
        }
        let wait = next.map_or(0, |d| {
            d.saturating_duration_since(now).as_millis() as i32 + 1
        });
        // SAFETY: `fds` is a valid pollfd array for the duration of the call.
        unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait) };
        for (pfd, i) in fds.iter().zip(idx) {
            if pfd.revents == 0 {
                continue;
            }
            if let Some(client) = clients[i].as_mut() {
                if let Progress::Done(r) = client.on_io(pfd.revents) {
                    results[i] = Some(r);
                    clients[i] = None;
                }
            }
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| failed("no answer".into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpListener;

    fn outgoing(addr: SocketAddr, timeout_ms: u64) -> Outgoing {
        Outgoing {
            addr,
            auth: Some(("u".into(), "p".into())),
            method: "GET",
            path: "/program/list".into(),
            timeout: Duration::from_millis(timeout_ms),
        }
    }

    #[test]
    fn an_answer_a_refusal_and_a_silent_peer() {
        let answering = TcpListener::bind("127.0.0.1:0").expect("bind");
        let silent = TcpListener::bind("127.0.0.1:0").expect("bind");
        let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
        let closed_addr = closed.local_addr().expect("addr");
        drop(closed);
        let addr = answering.local_addr().expect("addr");
        let server = std::thread::spawn(move || {
            let (mut s, _) = answering.accept().expect("accept");
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.ends_with(b"\r\n\r\n") {
                let n = s.read(&mut buf).expect("read");
                req.extend_from_slice(&buf[..n]);
            }
            s.write_all(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n[1]")
                .expect("write");
            String::from_utf8_lossy(&req).into_owned()
        });
        let started = Instant::now();
        let replies = fetch_blocking(&[
            outgoing(addr, 5000),
            outgoing(silent.local_addr().expect("addr"), 300),
            outgoing(closed_addr, 5000),
        ]);
        let elapsed = started.elapsed();
        let req = server.join().expect("server");
        assert!(req.starts_with("GET /program/list HTTP/1.0\r\n"), "{req}");
        assert!(req.contains("Authorization: Basic dTpw\r\n"), "{req}");
        let Ok(Value::Struct(m)) = &replies[0] else {
            panic!("{:?}", replies[0])
        };
        assert_eq!(m["status"], Value::Int(200));
        assert_eq!(m["body"], Value::Str("[1]".into()));
        assert_eq!(m["content_type"], Value::Str("application/json".into()));
        assert!(matches!(&replies[1], Err(f) if f.message.contains("no answer in time")));
        assert!(
            matches!(&replies[2], Err(f) if f.message.contains("refused")),
            "{:?}",
            replies[2]
        );
        assert!(elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(3));
    }

    #[test]
    fn parse_keeps_content_length_and_refuses_garbage() {
        let r = parse(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nab-extra",
            "x",
        );
        let Ok(Value::Struct(m)) = r else { panic!() };
        assert_eq!(m["status"], Value::Int(404));
        assert_eq!(m["body"], Value::Str("ab".into()));
        assert!(parse(b"garbage\r\n\r\n", "x").is_err());
    }
}
