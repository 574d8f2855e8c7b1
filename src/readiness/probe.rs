//! The live side of a readiness check (`ready=`, see `crate::readiness`): the sockets, pipes
//! and helper processes that tell whether a STARTING program is ready. The event loop
//! polls [`Probe::poll_fd`], calls [`Probe::on_event`] when it is ready, wakes at
//! [`Probe::deadline`] to call [`Probe::on_timer`], and feeds child output to
//! [`Probe::feed_output`]. Nothing here blocks: connects are non-blocking, commands are
//! reaped by the loop's `waitpid(-1)`.

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::time::Instant;

use nix::libc;
use nix::poll::PollFlags;
use nix::sys::socket::{
    connect, getsockopt, recv, socket, sockopt, AddressFamily, MsgFlags, SockFlag, SockType,
    SockaddrIn, SockaddrIn6, UnixAddr,
};

use crate::readiness::pattern::Pattern;
use crate::readiness::{self as ready, LineSplitter, ReadyCheck, ReadySpec};

/// What a child needs from its probe at spawn time.
#[derive(Debug, Default)]
pub struct SpawnExtras {
    /// Extra environment variables (e.g. `NOTIFY_SOCKET`).
    pub env: Vec<(String, String)>,
    /// A descriptor to install at a given fd number in the child (`(source, target)`).
    pub fd: Option<(OwnedFd, RawFd)>,
}

/// What an event or timer concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The program is ready.
    Ready,
    /// Not yet; keep waiting.
    Pending,
}

#[derive(Debug)]
enum Kind {
    Notify {
        sock: OwnedFd,
    },
    Pipe {
        read: OwnedFd,
    },
    Tcp {
        addr: SocketAddr,
        conn: Option<OwnedFd>,
    },
    Http {
        addr: SocketAddr,
        request: Vec<u8>,
        conn: Option<HttpConn>,
    },
    Log {
        pattern: Pattern,
        lines: LineSplitter,
    },
    Cmd {
        command: String,
        pid: Option<i32>,
    },
}

#[derive(Debug)]
struct HttpConn {
    sock: std::net::TcpStream,
    sent: usize,
    response: Vec<u8>,
}

/// One process's readiness probe, alive while it is STARTING.
#[derive(Debug)]
pub struct Probe {
    kind: Kind,
    interval: std::time::Duration,
    next_try: Option<Instant>,
}

/// Unique abstract socket names within this daemon.
static NOTIFY_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Probe {
    /// Prepares the probe before the spawn: creates the notify socket or pipe and says
    /// what the child must get. `now` schedules the first tcp/http/cmd attempt.
    pub fn prepare(check: &ReadyCheck, now: Instant) -> io::Result<(Probe, SpawnExtras)> {
        let mut extras = SpawnExtras::default();
        let mut next_try = None;
        let kind = match &check.spec {
            ReadySpec::Notify => {
                let seq = NOTIFY_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let name = format!("supervisord/{}/notify/{seq}", std::process::id());
                let sock = socket(
                    AddressFamily::Unix,
                    SockType::Datagram,
                    SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
                    None,
                )?;
                let addr = UnixAddr::new_abstract(name.as_bytes())?;
                nix::sys::socket::bind(sock.as_raw_fd(), &addr)?;
                extras
                    .env
                    .push(("NOTIFY_SOCKET".into(), format!("@{name}")));
                Kind::Notify { sock }
            }
            ReadySpec::Fd(n) => {
                let (read, write) = nix::unistd::pipe2(
                    nix::fcntl::OFlag::O_CLOEXEC | nix::fcntl::OFlag::O_NONBLOCK,
                )?;
                // The child's end must block normally once installed.
                clear_nonblocking(&write);
                extras.fd = Some((write, *n));
                Kind::Pipe { read }
            }
            ReadySpec::Tcp { host, port } => {
                next_try = Some(now);
                Kind::Tcp {
                    addr: addr_of(host, *port)?,
                    conn: None,
                }
            }
            ReadySpec::Http { host, port, path } => {
                next_try = Some(now);
                Kind::Http {
                    addr: addr_of(host, *port)?,
                    request: ready::http_request(host, *port, path),
                    conn: None,
                }
            }
            ReadySpec::Log(p) => Kind::Log {
                pattern: p.clone(),
                lines: LineSplitter::default(),
            },
            ReadySpec::Command(c) => {
                next_try = Some(now);
                Kind::Cmd {
                    command: c.clone(),
                    pid: None,
                }
            }
        };
        Ok((
            Probe {
                kind,
                interval: check.interval,
                next_try,
            },
            extras,
        ))
    }

    /// The descriptor a `notify` or `fd:N` check listens on, which an in-place upgrade
    /// hands over (the other kinds start afresh in the new program).
    pub fn handover_fd(&self) -> Option<RawFd> {
        match &self.kind {
            Kind::Notify { sock } => Some(sock.as_raw_fd()),
            Kind::Pipe { read } => Some(read.as_raw_fd()),
            _ => None,
        }
    }

    /// The probe of a STARTING process taken over by an in-place upgrade: a `notify` or
    /// `fd:N` check on its handed-over descriptor (`fd`), any other kind started again now
    /// (a connect, a command and a log pattern hold nothing the new attempt needs).
    pub fn adopt(check: &ReadyCheck, fd: Option<OwnedFd>, now: Instant) -> io::Result<Probe> {
        let kind = match (&check.spec, fd) {
            (ReadySpec::Notify, Some(sock)) => Kind::Notify { sock },
            (ReadySpec::Fd(_), Some(read)) => Kind::Pipe { read },
            (ReadySpec::Notify | ReadySpec::Fd(_), None) => {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    "its descriptor was not handed over",
                ))
            }
            _ => return Probe::prepare(check, now).map(|(p, _)| p),
        };
        Ok(Probe {
            kind,
            interval: check.interval,
            next_try: None,
        })
    }

    /// The descriptor to poll and for what, if any.
    pub fn poll_fd(&self) -> Option<(RawFd, PollFlags)> {
        match &self.kind {
            Kind::Notify { sock } => Some((sock.as_raw_fd(), PollFlags::POLLIN)),
            Kind::Pipe { read } => Some((read.as_raw_fd(), PollFlags::POLLIN)),
            Kind::Tcp { conn: Some(c), .. } => Some((c.as_raw_fd(), PollFlags::POLLOUT)),
            Kind::Http {
                conn: Some(c),
                request,
                ..
            } => {
                let flags = if c.sent < request.len() {
                    PollFlags::POLLOUT
                } else {
                    PollFlags::POLLIN
                };
                Some((c.sock.as_raw_fd(), flags))
            }
            _ => None,
        }
    }

    /// When the loop must call `on_timer` (the next tcp/http/cmd attempt).
    pub fn deadline(&self) -> Option<Instant> {
        match &self.kind {
            Kind::Tcp { conn: None, .. } | Kind::Http { conn: None, .. } => self.next_try,
            Kind::Cmd { pid: None, .. } => self.next_try,
            _ => None,
        }
    }

    /// The pid of a running `cmd:` check, so the reaper can hand its exit back.
    pub fn command_pid(&self) -> Option<i32> {
        match &self.kind {
            Kind::Cmd { pid, .. } => *pid,
            _ => None,
        }
    }

    /// A due attempt: starts a connect or a command.
    pub fn on_timer(&mut self, now: Instant) -> Verdict {
        if self.next_try.is_none_or(|t| t > now) {
            return Verdict::Pending;
        }
        self.next_try = Some(now + self.interval);
        match &mut self.kind {
            Kind::Tcp { addr, conn } => match start_connect(addr) {
                Ok((sock, true)) => {
                    drop(sock);
                    return Verdict::Ready;
                }
                Ok((sock, false)) => *conn = Some(sock),
                Err(_) => {}
            },
            Kind::Http { addr, conn, .. } => {
                if let Ok((sock, _)) = start_connect(addr) {
                    *conn = Some(HttpConn {
                        sock: std::net::TcpStream::from(sock),
                        sent: 0,
                        response: Vec::new(),
                    });
                }
            }
            Kind::Cmd { command, pid } => {
                let mut cmd = std::process::Command::new("/bin/sh");
                // Only when the loop runs boosted: a pre_exec hook makes std fork instead of
                // using posix_spawn.
                if let Some(nice) = crate::nice::child_nice() {
                    // SAFETY: the hook only makes one syscall (see nice::restore_in_child).
                    unsafe {
                        cmd.pre_exec(move || {
                            crate::nice::restore_in_child(Some(nice));
                            Ok(())
                        });
                    }
                }
                let child = cmd
                    .arg("-c")
                    .arg(command.as_str())
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn();
                if let Ok(c) = child {
                    *pid = Some(c.id() as i32);
                }
            }
            _ => {}
        }
        Verdict::Pending
    }

    /// The polled descriptor is ready.
    pub fn on_event(&mut self, now: Instant) -> Verdict {
        match &mut self.kind {
            Kind::Notify { sock } => {
                let mut buf = [0u8; 4096];
                while let Ok(n) = recv(sock.as_raw_fd(), &mut buf, MsgFlags::MSG_DONTWAIT) {
                    if ready::notify_says_ready(&buf[..n]) {
                        return Verdict::Ready;
                    }
                }
                Verdict::Pending
            }
            Kind::Pipe { read } => {
                let mut buf = [0u8; 512];
                loop {
                    match nix::unistd::read(&*read, &mut buf) {
                        Ok(0) => {
                            // The child closed it without a newline: never ready this way.
                            // Swap in a descriptor that is never readable, since a closed
                            // pipe would report POLLHUP on every poll.
                            if let Some(q) = quiet_fd() {
                                *read = q;
                            }
                            return Verdict::Pending;
                        }
                        Ok(n) if buf[..n].contains(&b'\n') => return Verdict::Ready,
                        Ok(_) => continue,
                        Err(_) => return Verdict::Pending,
                    }
                }
            }
            Kind::Tcp { conn, .. } => {
                let ok = conn
                    .as_ref()
                    .is_some_and(|c| getsockopt(c, sockopt::SocketError).is_ok_and(|e| e == 0));
                *conn = None;
                if ok {
                    Verdict::Ready
                } else {
                    self.next_try = Some(self.next_try.unwrap_or(now).max(now));
                    Verdict::Pending
                }
            }
            Kind::Http { conn, request, .. } => {
                let Some(c) = conn else {
                    return Verdict::Pending;
                };
                let verdict = http_step(c, request);
                match verdict {
                    Some(true) => Verdict::Ready,
                    Some(false) => {
                        *conn = None;
                        Verdict::Pending
                    }
                    None => Verdict::Pending,
                }
            }
            _ => Verdict::Pending,
        }
    }

    /// Child output for `log:` checks.
    pub fn feed_output(&mut self, data: &[u8]) -> Verdict {
        match &mut self.kind {
            Kind::Log { pattern, lines } => {
                if lines.feed(data, pattern) {
                    Verdict::Ready
                } else {
                    Verdict::Pending
                }
            }
            _ => Verdict::Pending,
        }
    }

    /// A `cmd:` check exited (reaped by the loop) with `status`.
    pub fn command_exited(&mut self, status: i32) -> Verdict {
        if let Kind::Cmd { pid, .. } = &mut self.kind {
            *pid = None;
            if status == 0 {
                return Verdict::Ready;
            }
        }
        Verdict::Pending
    }
}

/// One non-blocking step of an HTTP check: `Some(verdict)` once decided.
fn http_step(c: &mut HttpConn, request: &[u8]) -> Option<bool> {
    if c.sent < request.len() {
        match c.sock.write(&request[c.sent..]) {
            Ok(n) => c.sent += n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(_) => return Some(false),
        }
        return None;
    }
    let mut buf = [0u8; 1024];
    match c.sock.read(&mut buf) {
        Ok(0) => Some(ready::http_status_ok(&c.response).unwrap_or(false)),
        Ok(n) => {
            c.response.extend_from_slice(&buf[..n]);
            let v = ready::http_status_ok(&c.response);
            if v.is_none() && c.response.len() > 8192 {
                return Some(false);
            }
            v
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => None,
        Err(_) => Some(false),
    }
}

fn addr_of(host: &str, port: u16) -> io::Result<SocketAddr> {
    ready::socket_addr(host, port)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "bad readiness address"))
}

/// Starts a non-blocking TCP connect: `(socket, connected_already)`.
pub(crate) fn start_connect(addr: &SocketAddr) -> io::Result<(OwnedFd, bool)> {
    let family = if addr.is_ipv4() {
        AddressFamily::Inet
    } else {
        AddressFamily::Inet6
    };
    let sock = socket(
        family,
        SockType::Stream,
        SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
        None,
    )?;
    let res = match addr {
        SocketAddr::V4(a) => connect(sock.as_raw_fd(), &SockaddrIn::from(*a)),
        SocketAddr::V6(a) => connect(sock.as_raw_fd(), &SockaddrIn6::from(*a)),
    };
    match res {
        Ok(()) => Ok((sock, true)),
        Err(nix::errno::Errno::EINPROGRESS) => Ok((sock, false)),
        Err(e) => Err(e.into()),
    }
}

fn clear_nonblocking(fd: &OwnedFd) {
    use nix::fcntl::{fcntl, FcntlArg, OFlag};
    if let Ok(flags) = fcntl(fd, FcntlArg::F_GETFL) {
        let flags = OFlag::from_bits_truncate(flags) & !OFlag::O_NONBLOCK;
        let _ = fcntl(fd, FcntlArg::F_SETFL(flags));
    }
}

/// An fd that is never readable and never hangs up (for a pipe whose writer closed).
fn quiet_fd() -> Option<OwnedFd> {
    // SAFETY: eventfd returns a fresh descriptor we own.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    // SAFETY: `fd` was just returned by eventfd and is owned by nobody else.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn check(spec: &str) -> ReadyCheck {
        ReadyCheck::parse(spec, None, Some("0.05")).unwrap()
    }

    #[test]
    fn notify_socket_receives_ready() {
        let (mut p, extras) = Probe::prepare(&check("notify"), Instant::now()).unwrap();
        let (k, v) = &extras.env[0];
        assert_eq!(k, "NOTIFY_SOCKET");
        let name = v.strip_prefix('@').unwrap();
        let client = std::os::unix::net::UnixDatagram::unbound().unwrap();
        use std::os::linux::net::SocketAddrExt;
        let addr = std::os::unix::net::SocketAddr::from_abstract_name(name).unwrap();
        client.send_to_addr(b"STATUS=starting\n", &addr).unwrap();
        assert_eq!(p.on_event(Instant::now()), Verdict::Pending);
        client.send_to_addr(b"READY=1\n", &addr).unwrap();
        assert_eq!(p.on_event(Instant::now()), Verdict::Ready);
    }

    #[test]
    fn fd_pipe_needs_a_newline() {
        let (mut p, mut extras) = Probe::prepare(&check("fd:3"), Instant::now()).unwrap();
        let (w, n) = extras.fd.take().unwrap();
        assert_eq!(n, 3);
        let mut w = std::fs::File::from(w);
        w.write_all(b"x").unwrap();
        assert_eq!(p.on_event(Instant::now()), Verdict::Pending);
        w.write_all(b"\n").unwrap();
        assert_eq!(p.on_event(Instant::now()), Verdict::Ready);
    }

    #[test]
    fn tcp_connect_succeeds_against_a_listener() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let t0 = Instant::now();
        let (mut p, _) = Probe::prepare(&check(&format!("tcp:127.0.0.1:{port}")), t0).unwrap();
        assert_eq!(p.deadline(), Some(t0));
        let mut v = p.on_timer(t0);
        let until = Instant::now() + Duration::from_secs(2);
        while v != Verdict::Ready && Instant::now() < until {
            if let Some((fd, flags)) = p.poll_fd() {
                let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
                let mut fds = [nix::poll::PollFd::new(fd, flags)];
                let _ = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(100u16));
                v = p.on_event(Instant::now());
            } else {
                v = p.on_timer(Instant::now() + Duration::from_secs(1));
            }
        }
        assert_eq!(v, Verdict::Ready);
    }

    #[test]
    fn log_and_command_verdicts() {
        let (mut p, _) = Probe::prepare(&check(r"log:listening on \d+"), Instant::now()).unwrap();
        assert_eq!(p.feed_output(b"booting\nlistening on "), Verdict::Pending);
        assert_eq!(p.feed_output(b"8080\n"), Verdict::Ready);
        let (mut p, _) = Probe::prepare(&check("cmd:exit 1"), Instant::now()).unwrap();
        assert_eq!(p.command_exited(1), Verdict::Pending);
        assert_eq!(p.command_exited(0), Verdict::Ready);
    }
}
