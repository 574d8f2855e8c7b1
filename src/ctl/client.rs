//! A small blocking HTTP/1.1 client over a unix socket or TCP: XML-RPC calls for the
//! commands, and streaming GETs (chunked or not) for `tail -f`, `maintail -f` and `fg`.
//! One connection per request, so there is no pooling to get wrong.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use super::body::read_body;
pub use super::error::ClientError;
use crate::http::auth::basic_header;
use crate::rpc::{xml, Fault, Value};

/// Where the server listens, parsed from `serverurl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// `unix:///path/to.sock`
    Unix(PathBuf),
    /// `http://host[:port]`
    Tcp(String, u16),
}

/// Parses `unix:///abs/path` or `http://host[:port][/...]`.
pub fn parse_url(url: &str) -> Option<Endpoint> {
    if let Some(path) = url.strip_prefix("unix://") {
        return (!path.is_empty()).then(|| Endpoint::Unix(PathBuf::from(path)));
    }
    let rest = url.strip_prefix("http://")?;
    let hostport = rest.split('/').next().unwrap_or("");
    let hostport = hostport.rsplit('@').next().unwrap_or(hostport);
    if hostport.is_empty() {
        return None;
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => match p.parse() {
            Ok(port) => (h, port),
            Err(_) if p.is_empty() => (h, 80),
            Err(_) => return None,
        },
        _ => (hostport, 80),
    };
    Some(Endpoint::Tcp(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_string(),
        port,
    ))
}

/// A parsed HTTP response head.
#[derive(Debug)]
struct Head {
    status: u16,
    reason: String,
    chunked: bool,
    length: Option<usize>,
}

/// A connection target plus credentials.
#[derive(Debug, Clone)]
pub struct Client {
    pub url: String,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `-v`/`--verbose` (Go port): each XML-RPC request and response body goes to stderr.
    pub verbose: bool,
}

trait Stream: Read + Write {
    fn set_timeout(&self, timeout: Option<Duration>) -> io::Result<()>;
}

impl Stream for UnixStream {
    fn set_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        self.set_read_timeout(timeout)
    }
}

impl Stream for TcpStream {
    fn set_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        self.set_read_timeout(timeout)
    }
}

impl Client {
    /// A client for `url` with optional credentials.
    pub fn new(url: &str, username: Option<String>, password: Option<String>) -> Client {
        Client {
            url: url.to_string(),
            username,
            password,
            verbose: false,
        }
    }

    fn connect(&self) -> Result<Box<dyn Stream>, ClientError> {
        let map = |e: io::Error| match e.kind() {
            io::ErrorKind::ConnectionRefused => ClientError::Refused,
            io::ErrorKind::NotFound => ClientError::NoSuchFile,
            _ => ClientError::Io(e),
        };
        match parse_url(&self.url) {
            Some(Endpoint::Unix(path)) => Ok(Box::new(UnixStream::connect(path).map_err(map)?)),
            Some(Endpoint::Tcp(host, port)) => {
                // No getaddrinfo (NSS) in a static binary: numeric, localhost, /etc/hosts.
                let addrs: Vec<std::net::SocketAddr> = crate::hosts::resolve_host(&host)
                    .into_iter()
                    .map(|ip| std::net::SocketAddr::new(ip, port))
                    .collect();
                if addrs.is_empty() {
                    return Err(map(io::Error::new(
                        io::ErrorKind::NotFound,
                        format!("cannot resolve {host} (numeric addresses, localhost and /etc/hosts only)"),
                    )));
                }
                let mut last = ClientError::Refused;
                for a in addrs {
                    match TcpStream::connect_timeout(&a, Duration::from_secs(10)) {
                        Ok(s) => return Ok(Box::new(s)),
                        Err(e) => last = map(e),
                    }
                }
                Err(last)
            }
            None => Err(ClientError::BadUrl(self.url.clone())),
        }
    }

    /// Sends a request. GETs (streams) must not ask for `Connection: close`: Python's
    /// medusa then buffers the whole endless tail instead of sending chunks.
    fn send(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
    ) -> Result<BufReader<Box<dyn Stream>>, ClientError> {
        let mut stream = self.connect()?;
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: supervisord-rs\r\n\
             Accept-Encoding: identity\r\n"
        );
        if method != "GET" {
            req.push_str("Connection: close\r\n");
        }
        if let Some(user) = &self.username {
            let pass = self.password.as_deref().unwrap_or("");
            req.push_str(&format!("Authorization: {}\r\n", basic_header(user, pass)));
        }
        if method == "POST" {
            req.push_str(&format!(
                "Content-Type: text/xml\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        req.push_str("\r\n");
        stream.write_all(req.as_bytes()).map_err(ClientError::Io)?;
        stream.write_all(body).map_err(ClientError::Io)?;
        stream.flush().map_err(ClientError::Io)?;
        Ok(BufReader::new(stream))
    }

    /// Performs an XML-RPC call: `Ok(Ok(value))`, `Ok(Err(fault))`, or a transport error.
    pub fn call(
        &self,
        method: &str,
        params: &[Value],
    ) -> Result<Result<Value, Fault>, ClientError> {
        let body = xml::encode_call(method, params);
        if self.verbose {
            eprintln!("request: {body}");
        }
        let mut reader = self.send("POST", "/RPC2", body.as_bytes())?;
        let head = read_head(&mut reader)?;
        if head.status == 401 {
            return Err(ClientError::Unauthorized);
        }
        if head.status != 200 {
            return Err(ClientError::Status(head.status, head.reason));
        }
        let mut data = Vec::new();
        let collect = |chunk: &[u8]| {
            data.extend_from_slice(chunk);
            data.len() <= xml::MAX_RESPONSE
        };
        read_body(&mut reader, head.chunked, head.length, collect, &|| false)?;
        if data.len() > xml::MAX_RESPONSE {
            return Err(ClientError::Decode(format!(
                "response larger than {} MiB",
                xml::MAX_RESPONSE >> 20
            )));
        }
        await_close(&mut reader);
        let text = String::from_utf8_lossy(&data);
        if self.verbose {
            eprintln!("response: {text}");
        }
        xml::decode_response(&text).map_err(|e| ClientError::Decode(e.to_string()))
    }

    /// GETs `path` and feeds body bytes to `sink` as they arrive until the server ends the
    /// response or `sink` returns false. Returns the HTTP status.
    pub fn stream(
        &self,
        path: &str,
        sink: impl FnMut(&[u8]) -> bool,
        interrupted: &dyn Fn() -> bool,
    ) -> Result<u16, ClientError> {
        let mut reader = self.send("GET", path, b"")?;
        let head = read_head(&mut reader)?;
        if head.status == 401 {
            return Err(ClientError::Unauthorized);
        }
        if head.status != 200 {
            return Ok(head.status);
        }
        // Wake up regularly so `interrupted` (Ctrl-C) is noticed on a quiet log.
        reader
            .get_ref()
            .set_timeout(Some(Duration::from_millis(200)))
            .map_err(ClientError::Io)?;
        read_body(&mut reader, head.chunked, head.length, sink, interrupted)?;
        Ok(head.status)
    }
}

/// After a `Connection: close` reply, waits (at most 250 ms) for the server to close its
/// end before the connection is dropped. The next request's connection then never reaches
/// the server in the same poll round as this one's end: Python's medusa mishandles that
/// pair (it closes the old channel twice) and its next reload fails with EBADF.
fn await_close(reader: &mut BufReader<Box<dyn Stream>>) {
    if reader
        .get_ref()
        .set_timeout(Some(Duration::from_millis(250)))
        .is_err()
    {
        return;
    }
    let mut buf = [0u8; 512];
    let mut left: usize = 64 * 1024;
    while left > 0 {
        match reader.read(&mut buf) {
            Ok(n) if n > 0 => left = left.saturating_sub(n),
            _ => return,
        }
    }
}

fn read_line(r: &mut impl BufRead) -> Result<String, ClientError> {
    let mut line = Vec::new();
    r.take(64 * 1024)
        .read_until(b'\n', &mut line)
        .map_err(ClientError::Io)?;
    if line.is_empty() {
        return Err(ClientError::Io(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "server closed the connection",
        )));
    }
    Ok(String::from_utf8_lossy(&line).trim_end().to_string())
}

fn read_head(r: &mut impl BufRead) -> Result<Head, ClientError> {
    let status_line = read_line(r)?;
    let mut parts = status_line.splitn(3, ' ');
    let _version = parts.next();
    let status = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| ClientError::Decode(format!("bad status line {status_line:?}")))?;
    let reason = parts.next().unwrap_or("").to_string();
    let mut head = Head {
        status,
        reason,
        chunked: false,
        length: None,
    };
    for _ in 0..200 {
        let line = read_line(r)?;
        if line.is_empty() {
            return Ok(head);
        }
        if let Some((k, v)) = line.split_once(':') {
            let (k, v) = (k.trim(), v.trim());
            if k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked") {
                head.chunked = true;
            } else if k.eq_ignore_ascii_case("content-length") {
                head.length = v.parse().ok();
            }
        }
    }
    Err(ClientError::Decode("too many headers".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            parse_url("unix:///tmp/s.sock"),
            Some(Endpoint::Unix("/tmp/s.sock".into()))
        );
        assert_eq!(
            parse_url("http://localhost:9001"),
            Some(Endpoint::Tcp("localhost".into(), 9001))
        );
        assert_eq!(
            parse_url("http://127.0.0.1:9001/RPC2"),
            Some(Endpoint::Tcp("127.0.0.1".into(), 9001))
        );
        assert_eq!(parse_url("http://h"), Some(Endpoint::Tcp("h".into(), 80)));
        assert_eq!(
            parse_url("http://[::1]:7"),
            Some(Endpoint::Tcp("::1".into(), 7))
        );
        assert_eq!(parse_url("ftp://x"), None);
        assert_eq!(parse_url("unix://"), None);
    }

    #[test]
    fn chunked_and_length_bodies() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        let mut r = BufReader::new(&raw[..]);
        let head = read_head(&mut r).expect("head");
        let mut got = Vec::new();
        let sink = |c: &[u8]| {
            got.extend_from_slice(c);
            true
        };
        read_body(&mut r, head.chunked, head.length, sink, &|| false).expect("body");
        assert_eq!(got, b"abcde");
        let raw = b"HTTP/1.0 404 Not Found\r\nContent-Length: 2\r\n\r\nnoEXTRA";
        let mut r = BufReader::new(&raw[..]);
        let head = read_head(&mut r).expect("head");
        assert_eq!((head.status, head.length), (404, Some(2)));
        let mut got = Vec::new();
        let sink = |c: &[u8]| {
            got.extend_from_slice(c);
            true
        };
        read_body(&mut r, head.chunked, head.length, sink, &|| false).expect("body");
        assert_eq!(got, b"no");
    }
}
