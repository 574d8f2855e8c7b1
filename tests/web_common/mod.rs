//! Shared helpers for the web acceptance tests (Chromium UI, promtool, README curl
//! examples): a free loopback port, a minimal HTTP/1.1 client over TCP or a unix socket,
//! and looking up external tools so a test can skip visibly when one is missing.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A port nobody listens on right now (the kernel's pick).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// The first of `names` found on `$PATH` (or as an absolute path).
pub fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        let p = Path::new(name);
        if p.is_absolute() && p.is_file() {
            return Some(p.to_path_buf());
        }
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Where to send a request.
#[derive(Debug, Clone)]
pub enum Target {
    Tcp(u16),
    Unix(PathBuf),
}

/// A complete HTTP response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    /// A header value (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

trait Stream: Read + Write {}
impl<T: Read + Write> Stream for T {}

/// Sends one request (`Connection: close`) and reads the whole response; `None` when the
/// connection fails (the caller decides whether that is an error or "not up yet").
pub fn request(t: &Target, method: &str, path: &str, body: &str) -> Option<Resp> {
    let timeout = Some(Duration::from_secs(60));
    let mut s: Box<dyn Stream> = match t {
        Target::Tcp(port) => {
            let s = TcpStream::connect(("127.0.0.1", *port)).ok()?;
            s.set_read_timeout(timeout).ok()?;
            Box::new(s)
        }
        Target::Unix(p) => {
            let s = UnixStream::connect(p).ok()?;
            s.set_read_timeout(timeout).ok()?;
            Box::new(s)
        }
    };
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).ok()?;
    s.write_all(body.as_bytes()).ok()?;
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    // Read until the body is complete: some servers (chromedriver) keep the connection
    // open despite `Connection: close`.
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
        if complete(&raw) {
            break;
        }
    }
    parse_response(&raw)
}

/// Whether `raw` holds a whole response (by Content-Length or the last chunk).
fn complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let body = &raw[end + 4..];
    if let Some(len) = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        return body.len() >= len;
    }
    head.contains("transfer-encoding: chunked") && body.ends_with(b"0\r\n\r\n")
}

fn parse_response(raw: &[u8]) -> Option<Resp> {
    let text = String::from_utf8_lossy(raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_string()
    };
    Some(Resp {
        status,
        headers,
        body,
    })
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].strip_prefix("\r\n").unwrap_or(&rest[n..]);
    }
    out
}

/// The `statename` of `name` from `GET /api/v1/processes/<name>` (None on any failure).
pub fn state_of(t: &Target, name: &str) -> Option<String> {
    let r = request(t, "GET", &format!("/api/v1/processes/{name}"), "")?;
    if r.status != 200 {
        return None;
    }
    let v = supervisord::http::json::parse(&r.body).ok()?;
    match v {
        supervisord::rpc::Value::Struct(m) => m
            .get("statename")
            .and_then(supervisord::rpc::Value::as_str)
            .map(str::to_string),
        _ => None,
    }
}
