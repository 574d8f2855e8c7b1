//! Answers: a status, headers and a body that is either complete or streamed from a
//! [`Source`] (a live log tail, a log file read in bounded chunks).

use super::step::Step;
use crate::rpc::Value;

/// An answer to one request.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
    /// Close the connection after this answer.
    pub close: bool,
}

/// A response body.
pub enum Body {
    Full(Vec<u8>),
    /// Sent as it comes (chunked on HTTP/1.1, until close on HTTP/1.0); the connection is
    /// closed after it.
    Stream(Box<dyn Source>),
}

/// The next piece of a streamed body.
pub enum Chunk {
    Data(Vec<u8>),
    End,
}

/// Produces a streamed body one piece at a time; a piece may need calls to the loop.
pub trait Source {
    fn next(&mut self) -> Step<Chunk>;
}

impl Response {
    /// A complete body with a content type.
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body: Body::Full(body.into()),
            close: false,
        }
    }

    /// A plain-text message (a newline is added).
    pub fn text(status: u16, text: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", format!("{text}\n"))
    }

    /// A JSON document.
    pub fn json(status: u16, v: &Value) -> Response {
        let mut body = super::json::to_json(v);
        body.push('\n');
        Response::new(status, "application/json", body)
    }

    /// A copy, when the body is complete (a stream cannot be copied).
    /// A complete body as text (empty for a stream).
    pub fn body_text(&self) -> String {
        match &self.body {
            Body::Full(b) => String::from_utf8_lossy(b).into_owned(),
            Body::Stream(_) => String::new(),
        }
    }

    pub fn try_clone(&self) -> Option<Response> {
        match &self.body {
            Body::Full(b) => Some(Response {
                status: self.status,
                headers: self.headers.clone(),
                body: Body::Full(b.clone()),
                close: self.close,
            }),
            Body::Stream(_) => None,
        }
    }

    /// Adds a header.
    pub fn with(mut self, name: &'static str, value: &str) -> Response {
        self.headers.push((name, value.to_string()));
        self
    }

    /// The status line and headers for a client speaking HTTP/1.`minor`; `keep_alive` is
    /// whether the connection stays open after a complete body.
    pub fn head(&self, minor: u8, keep_alive: bool) -> Vec<u8> {
        let mut h = format!("HTTP/1.{minor} {} {}\r\n", self.status, reason(self.status));
        for (k, v) in &self.headers {
            h.push_str(&format!("{k}: {v}\r\n"));
        }
        match &self.body {
            Body::Full(b) => {
                h.push_str(&format!("Content-Length: {}\r\n", b.len()));
                let c = if keep_alive && !self.close {
                    "keep-alive"
                } else {
                    "close"
                };
                h.push_str(&format!("Connection: {c}\r\n"));
            }
            Body::Stream(_) => {
                if minor >= 1 {
                    h.push_str("Transfer-Encoding: chunked\r\n");
                }
                h.push_str("Connection: close\r\n");
            }
        }
        h.push_str("\r\n");
        h.into_bytes()
    }
}

/// The reason phrase of a status.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

/// Frames a piece of a streamed body.
pub fn frame(chunked: bool, data: &[u8], out: &mut Vec<u8>) {
    if data.is_empty() {
        return;
    }
    if chunked {
        out.extend(format!("{:x}\r\n", data.len()).bytes());
        out.extend_from_slice(data);
        out.extend_from_slice(b"\r\n");
    } else {
        out.extend_from_slice(data);
    }
}

/// The end of a chunked body.
pub const LAST_CHUNK: &[u8] = b"0\r\n\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_carry_length_and_connection() {
        let r = Response::text(404, "Not Found").with("X-A", "b");
        let head = String::from_utf8(r.head(1, true)).expect("utf8");
        assert!(head.starts_with("HTTP/1.1 404 Not Found\r\n"), "{head}");
        assert!(head.contains("Content-Length: 10\r\n"));
        assert!(head.contains("Connection: keep-alive\r\n"));
        assert!(head.contains("X-A: b\r\n"));
        assert!(head.ends_with("\r\n\r\n"));
        let mut out = Vec::new();
        frame(true, b"abc", &mut out);
        frame(true, b"", &mut out);
        assert_eq!(out, b"3\r\nabc\r\n");
    }
}
