//! The syslog sinks of one output stream (`stdout_logfile = …, syslog, syslog @tcp:h:p`):
//! each complete line becomes one message ([`super::syslog_frame`]) sent to every sink,
//! never blocking the event loop.
//!
//! - Local (`syslog`): a datagram to `/dev/log` (non-blocking); not taken = dropped.
//! - UDP: one non-blocking datagram per line; a send that fails (no route, a refusal
//!   reported by ICMP, a full socket buffer) drops that message.
//! - TCP: messages wait in a bounded queue ([`TCP_QUEUE_BYTES`] per sink; a message that
//!   does not fit is dropped) and are written with non-blocking writes as they come. The
//!   connection is made with a non-blocking connect when there is something to send; a
//!   server that closed it (seen before each write by a zero-length peek: a syslog server
//!   never sends) or a write error closes it and the queue waits for a new connection.
//!   While messages wait and a socket exists (connecting, or a server not reading), the
//!   socket is in the event loop's poll set for POLLOUT ([`SyslogSinks::write_fds`]);
//!   while messages wait and there is none (server down), the sink asks the loop for a
//!   reconnect deadline ([`SyslogSinks::next_retry`]), backing off from [`BACKOFF_MIN`] to
//!   [`BACKOFF_MAX`]. With nothing queued it asks for neither, so an idle daemon makes no
//!   wake-ups for it.
//!
//! Every dropped message is counted ([`SyslogSinks::dropped`]; `/metrics`:
//! `supervisord_process_syslog_dropped_total`).

use super::syslog::Syslog;
use super::syslog_frame::{push_message, push_tcp_frame, Header, MAX_DATAGRAM};
use crate::config::syslog::{Endpoint, SyslogSink, Transport};
use std::collections::VecDeque;
use std::io::{ErrorKind, Write as _};
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::os::fd::AsRawFd as _;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

/// The bytes a TCP sink queues while its server is slow or away.
pub const TCP_QUEUE_BYTES: usize = 256 * 1024;
/// The first retry delay of a TCP sink that could not write.
pub const BACKOFF_MIN: Duration = Duration::from_millis(50);
/// The longest retry delay.
pub const BACKOFF_MAX: Duration = Duration::from_secs(5);

/// The first address of `e` (numeric, `localhost` or `/etc/hosts`; no DNS).
fn address(e: &Endpoint) -> Option<SocketAddr> {
    crate::hosts::resolve_host(&e.host)
        .first()
        .map(|ip| SocketAddr::new(*ip, e.port))
}

/// Whether the server closed (or reset) an established connection: a syslog server never
/// sends, so a readable socket with nothing to read is a closed one.
fn peer_closed(s: &TcpStream) -> bool {
    let mut b = [0u8; 1];
    // SAFETY: a non-blocking peek into our own one-byte buffer on our own socket.
    let n = unsafe {
        nix::libc::recv(
            s.as_raw_fd(),
            b.as_mut_ptr().cast(),
            1,
            nix::libc::MSG_PEEK | nix::libc::MSG_DONTWAIT,
        )
    };
    match n {
        0 => true,
        n if n > 0 => false,
        _ => std::io::Error::last_os_error().kind() != ErrorKind::WouldBlock,
    }
}

/// One TCP server: its connection, queue and retry schedule.
#[derive(Debug)]
struct TcpSink {
    endpoint: Endpoint,
    conn: Option<TcpStream>,
    queue: VecDeque<Vec<u8>>,
    queued: usize,
    /// Bytes of the front message already written on this connection.
    sent: usize,
    retry_at: Option<Instant>,
    backoff: Duration,
}

impl TcpSink {
    fn new(endpoint: Endpoint) -> TcpSink {
        TcpSink {
            endpoint,
            conn: None,
            queue: VecDeque::new(),
            queued: 0,
            sent: 0,
            retry_at: None,
            backoff: BACKOFF_MIN,
        }
    }

    /// Queues a framed message; false when it did not fit (dropped).
    fn push(&mut self, frame: Vec<u8>) -> bool {
        if self.queued + frame.len() > TCP_QUEUE_BYTES {
            return false;
        }
        self.queued += frame.len();
        self.queue.push_back(frame);
        true
    }

    /// No connection: connect again after the backoff, which grows.
    fn wait(&mut self, now: Instant) {
        self.retry_at = Some(now + self.backoff);
        self.backoff = (self.backoff * 2).min(BACKOFF_MAX);
    }

    fn disconnect(&mut self) {
        self.conn = None;
        self.sent = 0;
    }

    fn connect(&mut self) -> bool {
        let Some(addr) = address(&self.endpoint) else {
            return false;
        };
        match crate::readiness::probe::start_connect(&addr) {
            Ok((fd, _)) => {
                self.conn = Some(TcpStream::from(fd));
                true
            }
            Err(_) => false,
        }
    }

    /// Writes what the connection takes without blocking.
    fn flush(&mut self, now: Instant) {
        let reconnect_later = self.conn.is_none() && self.retry_at.is_some_and(|t| t > now);
        if self.queue.is_empty() || reconnect_later {
            return;
        }
        if self.conn.as_ref().is_some_and(peer_closed) {
            self.disconnect();
        }
        if self.conn.is_none() && !self.connect() {
            return self.wait(now);
        }
        while let (Some(front), Some(conn)) = (self.queue.front(), self.conn.as_mut()) {
            match conn.write(&front[self.sent..]) {
                Ok(0) => {
                    self.disconnect();
                    return self.wait(now);
                }
                Ok(n) => {
                    self.retry_at = None;
                    self.backoff = BACKOFF_MIN;
                    self.sent += n;
                    if self.sent == front.len() {
                        self.queued -= front.len();
                        self.queue.pop_front();
                        self.sent = 0;
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                // Still connecting, or the server's window is full: POLLOUT says when.
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(_) => {
                    self.disconnect();
                    return self.wait(now);
                }
            }
        }
    }

    fn next_retry(&self) -> Option<Instant> {
        (!self.queue.is_empty() && self.conn.is_none())
            .then_some(self.retry_at)
            .flatten()
    }

    fn write_fd(&self) -> Option<i32> {
        (!self.queue.is_empty())
            .then(|| self.conn.as_ref().map(|c| c.as_raw_fd()))
            .flatten()
    }
}

/// One UDP server: a connected non-blocking socket, made on first use.
#[derive(Debug)]
struct UdpSink {
    endpoint: Endpoint,
    sock: Option<UdpSocket>,
}

impl UdpSink {
    fn open(&self) -> Option<UdpSocket> {
        let addr = address(&self.endpoint)?;
        let local: SocketAddr = if addr.is_ipv4() {
            ([0u8; 4], 0).into()
        } else {
            ([0u16; 8], 0).into()
        };
        let s = UdpSocket::bind(local).ok()?;
        s.set_nonblocking(true).ok()?;
        s.connect(addr).ok()?;
        Some(s)
    }

    /// Sends one datagram; false when it was not taken (dropped).
    fn send(&mut self, msg: &[u8]) -> bool {
        if self.sock.is_none() {
            self.sock = self.open();
        }
        let Some(s) = &self.sock else {
            return false;
        };
        match s.send(&msg[..msg.len().min(MAX_DATAGRAM)]) {
            Ok(_) => true,
            Err(e) => {
                // A refusal (ICMP) or a full buffer loses this message only; any other
                // error gets a fresh socket next time.
                if !matches!(
                    e.kind(),
                    ErrorKind::WouldBlock | ErrorKind::ConnectionRefused
                ) {
                    self.sock = None;
                }
                false
            }
        }
    }
}

/// Every syslog sink of one output stream.
#[derive(Debug)]
pub struct SyslogSinks {
    header: Header,
    local: Vec<Syslog>,
    udp: Vec<UdpSink>,
    tcp: Vec<TcpSink>,
    dropped: u64,
    buf: Vec<u8>,
}

impl SyslogSinks {
    /// The sinks of `list`, each message carrying `header`.
    pub fn new(list: &[SyslogSink], header: Header) -> SyslogSinks {
        let mut s = SyslogSinks {
            header,
            local: Vec::new(),
            udp: Vec::new(),
            tcp: Vec::new(),
            dropped: 0,
            buf: Vec::new(),
        };
        for sink in list {
            match sink {
                SyslogSink::Local => s
                    .local
                    .push(Syslog::new(Path::new("/dev/log"), &s.header.tag)),
                SyslogSink::Remote(e) if e.transport == Transport::Udp => s.udp.push(UdpSink {
                    endpoint: e.clone(),
                    sock: None,
                }),
                SyslogSink::Remote(e) => s.tcp.push(TcpSink::new(e.clone())),
            }
        }
        s
    }

    /// Sends one line (without its newline) to every sink.
    pub fn send_line(&mut self, line: &[u8]) {
        let now = SystemTime::now();
        let (facility, severity) = (self.header.facility, self.header.severity);
        for l in &mut self.local {
            if !l.send(facility, severity, line) {
                self.dropped += 1;
            }
        }
        if !self.udp.is_empty() {
            self.buf.clear();
            push_message(&mut self.buf, &self.header, now, line);
            for u in &mut self.udp {
                if !u.send(&self.buf) {
                    self.dropped += 1;
                }
            }
        }
        if !self.tcp.is_empty() {
            let mut frame = Vec::with_capacity(line.len() + 96);
            push_tcp_frame(&mut frame, &self.header, now, line);
            let at = Instant::now();
            for t in &mut self.tcp {
                if !t.push(frame.clone()) {
                    self.dropped += 1;
                }
                t.flush(at);
            }
        }
    }

    /// The sockets of TCP sinks with queued messages: poll them for POLLOUT, then call
    /// [`SyslogSinks::retry_due`].
    pub fn write_fds(&self) -> Vec<i32> {
        self.tcp.iter().filter_map(TcpSink::write_fd).collect()
    }

    /// When a TCP sink with queued messages and no connection wants to connect again.
    pub fn next_retry(&self) -> Option<Instant> {
        self.tcp.iter().filter_map(TcpSink::next_retry).min()
    }

    /// Writes what the TCP sinks queued, connecting those whose retry time has come.
    pub fn retry_due(&mut self, now: Instant) {
        for t in &mut self.tcp {
            t.flush(now);
        }
    }

    /// Messages dropped so far.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::syslog::Format;
    use std::io::Read as _;
    use std::net::TcpListener;

    fn header() -> Header {
        Header {
            facility: 16,
            severity: 6,
            tag: "t".into(),
            hostname: "h".into(),
            pid: 1,
            format: Format::Rfc5424,
        }
    }

    fn tcp_sinks(port: u16) -> SyslogSinks {
        let e = Endpoint {
            transport: Transport::Tcp,
            host: "127.0.0.1".into(),
            port,
        };
        SyslogSinks::new(&[SyslogSink::Remote(e)], header())
    }

    #[test]
    fn tcp_queue_is_bounded_and_waits_for_a_server() {
        // A port with no listener: connecting fails, messages wait, then overflow.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut s = tcp_sinks(port);
        let line = vec![b'x'; 1000];
        for _ in 0..300 {
            s.send_line(&line);
        }
        assert!(s.next_retry().is_some() || !s.write_fds().is_empty());
        assert!(s.dropped() > 0 && s.dropped() < 300, "{}", s.dropped());
        assert!(s.tcp[0].queued <= TCP_QUEUE_BYTES);
    }

    #[test]
    fn tcp_sends_once_connected() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let mut s = tcp_sinks(l.local_addr().unwrap().port());
        s.send_line(b"one");
        let (mut conn, _) = l.accept().unwrap();
        // What the loop does: poll the socket for POLLOUT, then flush.
        while let Some(&fd) = s.write_fds().first() {
            // SAFETY: the sink owns this socket and keeps it open during the poll.
            let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            let mut set = [nix::poll::PollFd::new(fd, nix::poll::PollFlags::POLLOUT)];
            nix::poll::poll(&mut set, nix::poll::PollTimeout::from(5000u16)).unwrap();
            s.retry_due(Instant::now());
        }
        assert_eq!(s.next_retry(), None);
        conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut got = vec![0u8; 200];
        let n = conn.read(&mut got).unwrap();
        let text = String::from_utf8_lossy(&got[..n]).into_owned();
        assert!(text.ends_with(" h t 1 - - one"), "{text}");
        assert_eq!(s.dropped(), 0);
    }
}
