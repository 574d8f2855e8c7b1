//! Readiness checks: what makes a STARTING program RUNNING beyond `startsecs`.
//!
//! Extension keys of `[program:x]` (Python ignores them):
//!
//! | key | meaning |
//! |---|---|
//! | `ready = notify` | systemd's protocol: the child gets `NOTIFY_SOCKET` (an abstract unix datagram socket we own) and is ready when it sends `READY=1` |
//! | `ready = fd:N` | s6 style: the child inherits a pipe as fd N and is ready when it writes a newline to it |
//! | `ready = tcp:HOST:PORT` | a non-blocking connect to HOST:PORT succeeds (numeric host or `localhost`; `tcp:PORT` = 127.0.0.1) |
//! | `ready = http://HOST:PORT/PATH` | a plain HTTP GET answers 2xx |
//! | `ready = log:PATTERN` | a stdout/stderr line matches PATTERN (see [`pattern`](crate::readiness::pattern)) |
//! | `ready = cmd:COMMAND` | COMMAND (run by `/bin/sh -c`) exits 0 |
//! | `ready_timeout = SECS` | give up after this long (default 60): the start failed, description `not ready after N s` |
//! | `ready_interval = SECS` | how often tcp/http/cmd probes are retried (default 1, fractions allowed) |
//!
//! With readiness set a program stays STARTING until it is ready *and* `startsecs` have
//! passed, so chains, `depends_on`, `start` with wait and `/readyz` all wait for real
//! readiness with no extra logic. Everything here is pure parsing and protocol text; the
//! event loop owns the sockets and timers.

pub mod pattern;
pub mod probe;

use std::fmt;
use std::time::Duration;

use crate::readiness::pattern::Pattern;

/// Default `ready_timeout`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default `ready_interval`.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(1);

/// One readiness check kind.
#[derive(Debug, Clone)]
pub enum ReadySpec {
    /// `NOTIFY_SOCKET` / `READY=1`.
    Notify,
    /// A notification pipe inherited as this fd number (3..=1023).
    Fd(i32),
    /// TCP connect.
    Tcp { host: String, port: u16 },
    /// HTTP GET expecting 2xx.
    Http {
        host: String,
        port: u16,
        path: String,
    },
    /// A matching output line.
    Log(Pattern),
    /// A command exiting 0.
    Command(String),
}

/// A readiness check with its timing.
#[derive(Debug, Clone)]
pub struct ReadyCheck {
    pub spec: ReadySpec,
    pub timeout: Duration,
    pub interval: Duration,
}

/// Why a readiness option does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyError(pub String);

impl fmt::Display for ReadyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ReadySpec {
    /// Parses the value of `ready=`.
    pub fn parse(value: &str) -> Result<ReadySpec, ReadyError> {
        let v = value.trim();
        let err = |why: &str| Err(ReadyError(format!("invalid ready value '{v}': {why}")));
        if v.eq_ignore_ascii_case("notify") {
            return Ok(ReadySpec::Notify);
        }
        if let Some(rest) = v.strip_prefix("fd:") {
            return match rest.trim().parse::<i32>() {
                Ok(n) if (3..=1023).contains(&n) => Ok(ReadySpec::Fd(n)),
                _ => err("fd must be a number from 3 to 1023"),
            };
        }
        if let Some(rest) = v.strip_prefix("tcp:") {
            let (host, port) = match split_host_port(rest) {
                Ok(hp) => hp,
                Err(why) => return err(&why),
            };
            return Ok(ReadySpec::Tcp { host, port });
        }
        if let Some(rest) = v.strip_prefix("http://") {
            let (authority, path) = match rest.find('/') {
                Some(i) => (&rest[..i], &rest[i..]),
                None => (rest, "/"),
            };
            let (host, port) = if authority.contains(':') {
                match split_host_port(authority) {
                    Ok(hp) => hp,
                    Err(why) => return err(&why),
                }
            } else if authority.is_empty() {
                return err("missing host");
            } else {
                // Same host rules as with a port (found by fuzzing: any name was accepted).
                match split_host_port(&format!("{authority}:80")) {
                    Ok(hp) => hp,
                    Err(why) => return err(&why),
                }
            };
            if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return err("path must not contain spaces or control characters");
            }
            return Ok(ReadySpec::Http {
                host,
                port,
                path: path.to_string(),
            });
        }
        if v.starts_with("https://") {
            return err("https is not supported (plain HTTP on loopback only)");
        }
        if let Some(rest) = v.strip_prefix("log:") {
            return Pattern::new(rest)
                .map(ReadySpec::Log)
                .map_err(|e| ReadyError(format!("invalid ready value '{v}': {e}")));
        }
        if let Some(rest) = v.strip_prefix("cmd:") {
            if rest.trim().is_empty() {
                return err("empty command");
            }
            return Ok(ReadySpec::Command(rest.trim().to_string()));
        }
        err("expected notify, fd:N, tcp:HOST:PORT, http://HOST:PORT/PATH, log:PATTERN or cmd:COMMAND")
    }
}

impl ReadyCheck {
    /// Builds a check from the raw `ready`, `ready_timeout` and `ready_interval` values.
    pub fn parse(
        ready: &str,
        timeout: Option<&str>,
        interval: Option<&str>,
    ) -> Result<ReadyCheck, ReadyError> {
        Ok(ReadyCheck {
            spec: ReadySpec::parse(ready)?,
            timeout: match timeout {
                Some(t) => parse_seconds("ready_timeout", t)?,
                None => DEFAULT_TIMEOUT,
            },
            interval: match interval {
                Some(t) => parse_seconds("ready_interval", t)?,
                None => DEFAULT_INTERVAL,
            },
        })
    }
}

/// Parses a positive number of seconds (fractions allowed, e.g. `0.25`).
pub fn parse_seconds(option: &str, value: &str) -> Result<Duration, ReadyError> {
    let v = value.trim();
    match v.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(ReadyError(format!(
            "invalid {option} value '{v}': expected seconds between 0 and 86400"
        ))),
    }
}

/// Splits `HOST:PORT` (host numeric or `localhost`; `[::1]:80` for IPv6; a bare `PORT`
/// means 127.0.0.1).
pub(crate) fn split_host_port(text: &str) -> Result<(String, u16), String> {
    let text = text.trim();
    let (host, port) = if let Some(rest) = text.strip_prefix('[') {
        let end = rest.find(']').ok_or("missing ']' in IPv6 address")?;
        let port = rest[end + 1..].strip_prefix(':').ok_or("missing port")?;
        (&rest[..end], port)
    } else if let Some(hp) = text.rsplit_once(':') {
        hp
    } else {
        // `tcp:8080`: a bare port means the local host.
        ("", text)
    };
    let port: u16 = port
        .parse()
        .ok()
        .filter(|&p| p > 0)
        .ok_or_else(|| format!("invalid port '{port}'"))?;
    let host = if host.is_empty() { "127.0.0.1" } else { host };
    let host = host.to_ascii_lowercase();
    if host != "localhost" && host.parse::<std::net::IpAddr>().is_err() {
        return Err(format!(
            "host '{host}' must be a numeric address or localhost (no DNS in a static binary)"
        ));
    }
    Ok((host, port))
}

/// The socket address of a tcp/http check (`localhost` means 127.0.0.1).
pub fn socket_addr(host: &str, port: u16) -> Option<std::net::SocketAddr> {
    let ip: std::net::IpAddr = if host == "localhost" {
        std::net::Ipv4Addr::LOCALHOST.into()
    } else {
        host.parse().ok()?
    };
    Some(std::net::SocketAddr::new(ip, port))
}

/// Whether an sd_notify datagram says the service is ready (`READY=1` on one of its lines).
pub fn notify_says_ready(datagram: &[u8]) -> bool {
    datagram
        .split(|&b| b == b'\n')
        .any(|line| line == b"READY=1")
}

/// The request an HTTP check sends (HTTP/1.0, so the server closes the connection).
pub fn http_request(host: &str, port: u16, path: &str) -> Vec<u8> {
    format!(
        "GET {path} HTTP/1.0\r\nHost: {host}:{port}\r\nUser-Agent: supervisord-ready\r\nConnection: close\r\n\r\n"
    )
    .into_bytes()
}

/// The verdict on the bytes an HTTP check has read so far: `Some(true)` for a 2xx status
/// line, `Some(false)` for any other complete status line, `None` while incomplete.
pub fn http_status_ok(response: &[u8]) -> Option<bool> {
    let end = response.iter().position(|&b| b == b'\n')?;
    let line = String::from_utf8_lossy(&response[..end]);
    let mut parts = line.split_whitespace();
    let proto = parts.next().unwrap_or("");
    let code = parts.next().and_then(|c| c.parse::<u16>().ok());
    Some(proto.starts_with("HTTP/") && matches!(code, Some(200..=299)))
}

/// Splits output chunks into lines for `log:` checks, bounding the partial line it keeps.
#[derive(Debug, Default)]
pub struct LineSplitter {
    partial: Vec<u8>,
}

/// Longest line a `log:` check looks at; longer lines are checked by their first 8 KiB.
const MAX_LINE: usize = 8192;

impl LineSplitter {
    /// Feeds a chunk; returns true as soon as a complete line matches.
    pub fn feed(&mut self, chunk: &[u8], pattern: &Pattern) -> bool {
        let mut rest = chunk;
        while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            let take = nl.min(MAX_LINE.saturating_sub(self.partial.len()));
            self.partial.extend_from_slice(&rest[..take]);
            let line = String::from_utf8_lossy(&self.partial);
            let line = line.strip_suffix('\r').unwrap_or(&line);
            let hit = pattern.is_match(line);
            self.partial.clear();
            if hit {
                return true;
            }
            rest = &rest[nl + 1..];
        }
        let room = MAX_LINE.saturating_sub(self.partial.len());
        self.partial
            .extend_from_slice(&rest[..rest.len().min(room)]);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind() {
        assert!(matches!(ReadySpec::parse("notify"), Ok(ReadySpec::Notify)));
        assert!(matches!(ReadySpec::parse("fd:3"), Ok(ReadySpec::Fd(3))));
        match ReadySpec::parse("tcp:127.0.0.1:8080").unwrap() {
            ReadySpec::Tcp { host, port } => assert_eq!((host.as_str(), port), ("127.0.0.1", 8080)),
            other => panic!("{other:?}"),
        }
        match ReadySpec::parse("http://localhost:9000/health?x=1").unwrap() {
            ReadySpec::Http { host, port, path } => {
                assert_eq!(
                    (host.as_str(), port, path.as_str()),
                    ("localhost", 9000, "/health?x=1")
                )
            }
            other => panic!("{other:?}"),
        }
        match ReadySpec::parse("http://[::1]:81").unwrap() {
            ReadySpec::Http { host, port, path } => {
                assert_eq!((host.as_str(), port, path.as_str()), ("::1", 81, "/"))
            }
            other => panic!("{other:?}"),
        }
        match ReadySpec::parse("http://LOCALHOST/up").unwrap() {
            ReadySpec::Http { host, port, path } => {
                assert_eq!(
                    (host.as_str(), port, path.as_str()),
                    ("localhost", 80, "/up")
                )
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            ReadySpec::parse(r"log:port \d+"),
            Ok(ReadySpec::Log(_))
        ));
        assert!(matches!(
            ReadySpec::parse("cmd:test -f /tmp/x"),
            Ok(ReadySpec::Command(_))
        ));
    }

    #[test]
    fn rejects_malformed_specs() {
        for bad in [
            "",
            "fd:1",
            "fd:x",
            "tcp:127.0.0.1",
            "tcp:",
            "tcp:127.0.0.1:0",
            "tcp:example.com:80",
            "http://example.com/health",
            "https://127.0.0.1/",
            "log:(",
            "cmd:  ",
            "sometimes",
        ] {
            let e = ReadySpec::parse(bad).unwrap_err();
            assert!(e.0.starts_with("invalid ready value"), "{bad}: {e}");
        }
        assert!(ReadyCheck::parse("notify", Some("0"), None).is_err());
        assert!(ReadyCheck::parse("notify", Some("abc"), None).is_err());
        let c = ReadyCheck::parse("notify", Some("2.5"), Some("0.1")).unwrap();
        assert_eq!(c.timeout, Duration::from_millis(2500));
        assert_eq!(c.interval, Duration::from_millis(100));
    }

    #[test]
    fn notify_and_http_verdicts() {
        assert!(notify_says_ready(b"STATUS=up\nREADY=1\n"));
        assert!(!notify_says_ready(b"READY=0\nSTATUS=READY=1x"));
        assert_eq!(http_status_ok(b"HTTP/1.1 204 No Content\r\n"), Some(true));
        assert_eq!(http_status_ok(b"HTTP/1.0 503 Busy\r\n"), Some(false));
        assert_eq!(http_status_ok(b"HTTP/1.1 200"), None);
        assert_eq!(http_status_ok(b"garbage\n"), Some(false));
        let req = String::from_utf8(http_request("127.0.0.1", 80, "/h")).unwrap();
        assert!(req.starts_with("GET /h HTTP/1.0\r\n"));
    }

    #[test]
    fn line_splitter_matches_across_chunks() {
        let p = Pattern::new(r"^listening on \d+$").unwrap();
        let mut s = LineSplitter::default();
        assert!(!s.feed(b"boot\nlisten", &p));
        assert!(!s.feed(b"ing on 80", &p));
        assert!(s.feed(b"80\r\nmore", &p));
        let mut s = LineSplitter::default();
        let long = vec![b'x'; 100_000];
        assert!(!s.feed(&long, &p));
        assert!(s.partial.len() <= MAX_LINE);
    }
}
