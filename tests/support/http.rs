//! A raw HTTP/1.1 client over a unix socket or loopback TCP (one request per connection,
//! `Connection: close`), XML-RPC calls on top of it, and `free_port`.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use supervisord::rpc::{xml, Fault, Value};

/// A port nobody listens on right now (the kernel's pick).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Where a request goes.
#[derive(Clone, Debug)]
pub enum Target {
    Unix(PathBuf),
    /// `host:port`.
    Tcp(String),
}

impl Target {
    /// `127.0.0.1:port`.
    pub fn port(port: u16) -> Target {
        Target::Tcp(format!("127.0.0.1:{port}"))
    }
}

/// A complete HTTP response (chunked bodies de-chunked).
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    /// The status line and headers as received.
    pub head: String,
    pub headers: Vec<(String, String)>,
    /// The body as (lossy) text.
    pub body: String,
    /// The body as bytes.
    pub bytes: Vec<u8>,
}

impl Resp {
    /// A header value (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        self.body.clone()
    }
}

/// A TCP or unix stream with read and write timeouts.
pub enum Sock {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Sock {
    /// Connects to `t` with `timeout` for every read and write.
    pub fn open(t: &Target, timeout: Duration) -> std::io::Result<Sock> {
        let s = match t {
            Target::Tcp(a) => Sock::Tcp(TcpStream::connect(a)?),
            Target::Unix(p) => Sock::Unix(UnixStream::connect(p)?),
        };
        s.timeouts(timeout)?;
        Ok(s)
    }

    /// Sets the read and write timeouts.
    pub fn timeouts(&self, d: Duration) -> std::io::Result<()> {
        match self {
            Sock::Tcp(s) => {
                s.set_read_timeout(Some(d))?;
                s.set_write_timeout(Some(d))
            }
            Sock::Unix(s) => {
                s.set_read_timeout(Some(d))?;
                s.set_write_timeout(Some(d))
            }
        }
    }
}

impl Read for Sock {
    fn read(&mut self, b: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.read(b),
            Sock::Unix(s) => s.read(b),
        }
    }
}

impl Write for Sock {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.write(b),
            Sock::Unix(s) => s.write(b),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sock::Tcp(s) => s.flush(),
            Sock::Unix(s) => s.flush(),
        }
    }
}

/// A connection to `t` with 20 s timeouts (only a failing test waits that long).
pub fn connect(t: &Target) -> std::io::Result<Sock> {
    Sock::open(t, Duration::from_secs(20))
}

/// Sends one request (`Connection: close`, a Content-Length) and reads the whole response:
/// up to EOF or the end its Content-Length or last chunk marks (some servers, chromedriver,
/// keep the connection open anyway).
pub fn request(
    t: &Target,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Resp> {
    send(connect(t)?, method, path, headers, body)
}

/// [`request`] on an open connection.
pub fn send(
    s: Sock,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Resp> {
    exchange(s, method, path, headers, body, true)
}

/// Like [`request`] for a body the server may refuse before reading it (413 on the head's
/// Content-Length, then close): a failed body write is no error, the answer is read anyway.
pub fn request_refusable(
    t: &Target,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Resp> {
    exchange(connect(t)?, method, path, headers, body, false)
}

/// The head of a request with `Connection: close` and a Content-Length.
pub fn request_head(
    method: &str,
    path: &str,
    host: &str,
    headers: &[(&str, &str)],
    body_len: usize,
) -> String {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {body_len}\r\n"
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    head
}

fn exchange(
    mut s: Sock,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    body_must_go: bool,
) -> std::io::Result<Resp> {
    let head = request_head(method, path, "localhost", headers, body.len());
    s.write_all(head.as_bytes())?;
    match s.write_all(body).and_then(|()| s.flush()) {
        Err(e) if body_must_go => return Err(e),
        _ => {}
    }
    read_response(&mut s)
}

/// [`request`], panicking when the connection or the response fails.
pub fn fetch(t: &Target, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    request(t, method, path, headers, body)
        .unwrap_or_else(|e| panic!("{method} {path} on {t:?}: {e}"))
}

/// A JSON request (`Content-Type: application/json`, 60 s timeouts: chromedriver can be
/// slow to open a session); `None` when the connection fails (the caller decides whether
/// that is an error or "not up yet").
pub fn json(t: &Target, method: &str, path: &str, body: &str) -> Option<Resp> {
    let headers = [("Content-Type", "application/json")];
    let s = Sock::open(t, Duration::from_secs(60)).ok()?;
    send(s, method, path, &headers, body.as_bytes()).ok()
}

/// Reads one response: the head, then `Content-Length` bytes, a chunked body up to its last
/// chunk, or up to EOF without either. An error before the head is an error; after it, the
/// end of what arrived.
pub fn read_response(s: &mut impl Read) -> std::io::Result<Resp> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    // (end of head, body length if known, chunked)
    let mut framing: Option<(usize, Option<usize>, bool)> = None;
    loop {
        if framing.is_none() {
            if let Some(pos) = find(&raw, b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&raw[..pos]).into_owned();
                let len = head_value(&head, "content-length").and_then(|v| v.parse().ok());
                let chunked = head_value(&head, "transfer-encoding")
                    .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
                framing = Some((pos + 4, len, chunked));
            }
        }
        match framing {
            Some((start, _, true)) if dechunk(&raw[start..]).1 => break,
            Some((start, Some(len), false)) if raw.len() >= start + len => break,
            _ => {}
        }
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) if framing.is_none() => return Err(e),
            Err(_) => break,
        }
    }
    parse_response(&raw).ok_or_else(|| {
        std::io::Error::other(format!(
            "bad response: {:?}",
            String::from_utf8_lossy(&raw[..raw.len().min(300)])
        ))
    })
}

/// Where `needle` first occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A header's value (case-insensitive name) in a raw response head.
pub fn head_value<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().skip(1).find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// Parses a response (head + body, de-chunking a chunked body); `None` without a full head.
pub fn parse_response(raw: &[u8]) -> Option<Resp> {
    let pos = find(raw, b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..pos]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = head_value(&head, "transfer-encoding").is_some_and(|v| v.contains("chunked"));
    let body = &raw[pos + 4..];
    let bytes = if chunked {
        dechunk(body).0
    } else {
        body.to_vec()
    };
    Some(Resp {
        status,
        head,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    })
}

/// A chunked body decoded (a partial last chunk included), and whether its last (empty)
/// chunk has arrived.
pub fn dechunk(mut data: &[u8]) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    loop {
        let Some(eol) = find(data, b"\r\n") else {
            return (out, false);
        };
        let size = std::str::from_utf8(&data[..eol])
            .ok()
            .and_then(|l| usize::from_str_radix(l.split(';').next()?.trim(), 16).ok());
        let Some(size) = size else {
            return (out, false);
        };
        if size == 0 {
            return (out, true);
        }
        let chunk = &data[eol + 2..];
        if chunk.len() < size + 2 {
            out.extend_from_slice(&chunk[..size.min(chunk.len())]);
            return (out, false);
        }
        out.extend_from_slice(&chunk[..size]);
        data = &chunk[size + 2..];
    }
}

/// One XML-RPC call; `auth` is `(user, password)`.
pub fn rpc(
    t: &Target,
    auth: Option<(&str, &str)>,
    method: &str,
    params: &[Value],
) -> Result<Value, String> {
    let body = xml::encode_call(method, params);
    let hdr = auth.map(|(u, p)| supervisord::http::auth::basic_header(u, p));
    let mut headers = vec![("Content-Type", "text/xml")];
    if let Some(h) = &hdr {
        headers.push(("Authorization", h.as_str()));
    }
    let r = request(t, "POST", "/RPC2", &headers, body.as_bytes()).map_err(|e| e.to_string())?;
    if r.status != 200 {
        return Err(format!("HTTP {}: {}", r.status, r.body));
    }
    match xml::decode_response(&r.body) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(Fault { code, message })) => Err(format!("fault {code}: {message}")),
        Err(e) => Err(format!("decode: {e:?}")),
    }
}

/// A struct field.
pub fn field<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(k),
        _ => None,
    }
}

/// The `statename` of `name` from `GET /api/v1/processes/<name>` (None on any failure).
pub fn state_of(t: &Target, name: &str) -> Option<String> {
    let r = json(t, "GET", &format!("/api/v1/processes/{name}"), "")?;
    if r.status != 200 {
        return None;
    }
    let v = supervisord::http::json::parse(&r.body).ok()?;
    field(&v, "statename")
        .and_then(Value::as_str)
        .map(str::to_string)
}
