//! Accepting connections within the limits: at most `max_connections` per server (the
//! oldest idle one makes room; with none idle the newcomer gets `503`), and a short pause
//! with one log line when descriptors run out.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::Ordering;
use std::time::Instant;

use nix::libc;

use super::PollLoop;
use crate::http::conn::{Conn, Phase};
use crate::http::limits::{ACCEPT_BACKOFF, ACCEPT_BATCH, EVICT_AFTER};

impl PollLoop {
    pub(super) fn accept(&mut self, i: usize, now: Instant) {
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
            if l.open >= self.max_connections && !self.evict_idle(Some(i), now) {
                // Every connection is busy: this one gets a 503 and is closed; accepting
                // goes on.
                refuse_busy(fd);
                continue;
            }
            self.insert(fd, i, now);
        }
    }

    /// Accepting failed for want of resources: make room, pause briefly, say so once.
    pub(super) fn accept_failed(&mut self, e: &std::io::Error, now: Instant) {
        self.stats.accept_errors.fetch_add(1, Ordering::SeqCst);
        if !self.accept_error_logged {
            log::warn!(
                "HTTP: cannot accept a connection ({e}); closing the oldest idle one and \
                 pausing accepts for {} ms",
                ACCEPT_BACKOFF.as_millis()
            );
            self.accept_error_logged = true;
        }
        self.evict_idle(None, now);
        self.accept_paused_until = Some(now + ACCEPT_BACKOFF);
    }

    /// Closes the connection idle the longest (of one server, or of any); false if none is.
    /// A connection that has answered nothing yet is idle only after `EVICT_AFTER`.
    pub(super) fn evict_idle(&mut self, server: Option<usize>, now: Instant) -> bool {
        let oldest = self
            .conns
            .iter()
            .enumerate()
            .filter_map(|(s, c)| c.as_ref().map(|c| (s, c)))
            .filter(|(_, c)| c.is_idle() && server.is_none_or(|i| c.server == i))
            .filter(|(_, c)| c.served > 0 || now.saturating_duration_since(c.since) >= EVICT_AFTER)
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

    pub(super) fn insert(&mut self, fd: OwnedFd, server: usize, now: Instant) {
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

    pub(super) fn close(&mut self, s: usize) {
        let Some(conn) = self.conns.get_mut(s).and_then(Option::take) else {
            return;
        };
        if let Phase::Wait(p) = &conn.phase {
            for t in &p.tokens {
                self.owners.remove(t);
                self.remotes.remove(t);
            }
        }
        if let Some(Some(l)) = self.listeners.get_mut(conn.server) {
            l.open = l.open.saturating_sub(1);
        }
        self.free.push(s);
    }
}

/// The answer to a connection over the per-server cap when none can make room.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n\
Content-Length: 43\r\nRetry-After: 1\r\nConnection: close\r\n\r\n\
too many connections to this server, retry\n";

/// Answers `503` without waiting and closes. What the client sent so far is drained first
/// (never blocking, bounded), so the close sends a FIN rather than a reset that could
/// discard the answer before the client reads it.
fn refuse_busy(fd: OwnedFd) {
    let mut sink = [0u8; 4096];
    for _ in 0..16 {
        // SAFETY: recv into our own buffer on our own non-blocking socket.
        let n = unsafe {
            libc::recv(
                fd.as_raw_fd(),
                sink.as_mut_ptr().cast(),
                sink.len(),
                libc::MSG_DONTWAIT,
            )
        };
        if n <= 0 {
            break;
        }
    }
    // SAFETY: send from a static buffer on our own socket; a short or failed write only
    // means the client does not get the explanation.
    unsafe {
        libc::send(
            fd.as_raw_fd(),
            BUSY.as_ptr().cast(),
            BUSY.len(),
            libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL,
        );
        libc::shutdown(fd.as_raw_fd(), libc::SHUT_WR);
    }
}
