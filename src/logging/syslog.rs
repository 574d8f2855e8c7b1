//! A minimal syslog client: RFC 3164 datagrams `<PRI>Mmm dd hh:mm:ss ident[pid]: msg`
//! to the local `/dev/log` unix datagram socket (what glibc's syslog(3) sends). No
//! network. Failures are silent but counted ([`failures`]); the socket is re-connected
//! once per failed send (syslogd restarted).

use super::timefmt::push_syslog_timestamp;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

/// Facility LOG_USER (Python's `syslog.syslog` default).
pub const FACILITY_USER: u8 = 1;
/// Severity LOG_INFO (Python sends everything, main log included, at LOG_INFO).
pub const SEVERITY_INFO: u8 = 6;

static FAILURES: AtomicU64 = AtomicU64::new(0);
static GLOBAL: Mutex<Option<Syslog>> = Mutex::new(None);

/// Number of messages that could not be delivered (process-wide).
pub fn failures() -> u64 {
    FAILURES.load(Ordering::Relaxed)
}

/// A connection to a syslog datagram socket.
#[derive(Debug)]
pub struct Syslog {
    socket_path: PathBuf,
    sock: Option<UnixDatagram>,
    ident: String,
    pid: u32,
    buf: Vec<u8>,
}

impl Syslog {
    /// A client for `socket_path` (normally `/dev/log`); connects lazily.
    pub fn new(socket_path: &Path, ident: &str) -> Syslog {
        Syslog {
            socket_path: socket_path.to_path_buf(),
            sock: None,
            ident: ident.to_string(),
            pid: std::process::id(),
            buf: Vec::new(),
        }
    }

    fn connect(&mut self) -> bool {
        match UnixDatagram::unbound().and_then(|s| {
            s.connect(&self.socket_path)?;
            s.set_nonblocking(true)?;
            Ok(s)
        }) {
            Ok(s) => {
                self.sock = Some(s);
                true
            }
            Err(_) => {
                self.sock = None;
                false
            }
        }
    }

    /// Sends one message (one line; trailing newlines are trimmed). Never blocks or fails
    /// loudly; returns whether it was delivered.
    pub fn send(&mut self, facility: u8, severity: u8, msg: &[u8]) -> bool {
        let mut msg = msg;
        while let [rest @ .., b'\n'] = msg {
            msg = rest;
        }
        self.buf.clear();
        let pri = u16::from(facility) * 8 + u16::from(severity & 7);
        self.buf.push(b'<');
        self.buf.extend_from_slice(pri.to_string().as_bytes());
        self.buf.push(b'>');
        push_syslog_timestamp(&mut self.buf, SystemTime::now());
        self.buf.push(b' ');
        self.buf.extend_from_slice(self.ident.as_bytes());
        self.buf
            .extend_from_slice(format!("[{}]: ", self.pid).as_bytes());
        self.buf.extend_from_slice(msg);
        for _ in 0..2 {
            if self.sock.is_none() && !self.connect() {
                break;
            }
            if let Some(s) = &self.sock {
                if s.send(&self.buf).is_ok() {
                    return true;
                }
            }
            self.sock = None;
        }
        FAILURES.fetch_add(1, Ordering::Relaxed);
        false
    }
}

/// Sends `msg` through the process-wide `/dev/log` client (ident `supervisord`), at
/// LOG_USER|LOG_INFO like Python's `syslog.syslog(msg)`.
pub fn send(msg: &[u8]) -> bool {
    let mut g = match GLOBAL.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let client = g.get_or_insert_with(|| Syslog::new(Path::new("/dev/log"), "supervisord"));
    client.send(FACILITY_USER, SEVERITY_INFO, msg)
}

/// Sends each line of `data` (after trimming trailing newlines) prefixed with `prefix`
/// (Python's SyslogHandler: `message.rstrip('\n').split('\n')`).
pub fn send_lines(prefix: &[u8], data: &[u8]) {
    let mut end = data.len();
    while end > 0 && data[end - 1] == b'\n' {
        end -= 1;
    }
    let mut line = Vec::with_capacity(prefix.len() + 128);
    for l in data[..end].split(|&b| b == b'\n') {
        line.clear();
        line.extend_from_slice(prefix);
        line.extend_from_slice(l);
        send(&line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    #[test]
    fn sends_rfc3164_datagram() {
        let d = test_dir("syslog");
        let sock_path = d.join("log.sock");
        let server = UnixDatagram::bind(&sock_path).unwrap();
        let mut c = Syslog::new(&sock_path, "supervisord");
        assert!(c.send(FACILITY_USER, SEVERITY_INFO, b"web hello\n"));
        let mut buf = [0u8; 512];
        let n = server.recv(&mut buf).unwrap();
        let s = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(s.starts_with("<14>"), "{s}");
        assert!(
            s.ends_with(&format!(" supervisord[{}]: web hello", std::process::id())),
            "{s}"
        );
        // "<14>Mmm dd hh:mm:ss " — the timestamp is 15 chars.
        assert_eq!(&s[4 + 15..4 + 16], " ");
    }

    #[test]
    fn missing_socket_counts_failure() {
        let before = failures();
        let mut c = Syslog::new(Path::new("/nonexistent/dev/log"), "x");
        assert!(!c.send(FACILITY_USER, SEVERITY_INFO, b"lost"));
        assert!(failures() > before);
    }
}
