//! Reading requests off a connection: a reader that takes bytes as they arrive (one at a time
//! or many) and yields complete requests, within the limits of `limits.rs`. It does no I/O,
//! so the fuzz target and the unit tests drive it exactly as the server does.

use super::limits::{MAX_BODY, MAX_CHUNK_LINE, MAX_HEAD, MAX_HEADERS};

/// One complete request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The request target as sent (`/path?query`).
    pub target: String,
    /// The minor HTTP version: 0 or 1.
    pub minor: u8,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of a header (names compare case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The path part of the target.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(&self.target, |(p, _)| p)
    }

    /// The query string (without `?`), empty when there is none.
    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// Whether the client wants the connection kept open after the answer.
    pub fn keep_alive(&self) -> bool {
        let tokens = self.header("Connection").unwrap_or("").to_ascii_lowercase();
        let has = |t: &str| tokens.split(',').any(|x| x.trim() == t);
        if self.minor >= 1 {
            !has("close")
        } else {
            has("keep-alive")
        }
    }

    /// True for `GET` and `HEAD`: requests that change nothing.
    pub fn is_safe(&self) -> bool {
        self.method == "GET" || self.method == "HEAD"
    }
}

/// What the reader has for the connection.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// Nothing complete yet.
    NeedMore,
    /// A head announcing a body arrived with `Expect: 100-continue`: the client waits for
    /// `100 Continue` before it sends the body.
    Continue,
    /// A complete request.
    Request(Request),
    /// The request cannot be served: answer with this status and close the connection.
    Refuse(u16),
}

/// Where the reader is within the current request.
#[derive(Debug, Default)]
enum Stage {
    /// Reading a head; `scanned` bytes of the buffer hold no end of head.
    #[default]
    Head,
    /// Reading a body of a known length.
    Sized { request: Request, left: usize },
    /// Reading a chunked body.
    Chunked { request: Request, chunk: ChunkStage },
    /// Refused: nothing more is read.
    Done,
}

#[derive(Debug)]
enum ChunkStage {
    /// A chunk-size line.
    Size,
    /// Data of the current chunk, then its CRLF.
    Data(usize),
    /// The CRLF after a chunk's data.
    DataEnd,
    /// Trailer lines after the last chunk, up to an empty line.
    Trailers,
}

/// Turns a connection's bytes into requests.
#[derive(Debug, Default)]
pub struct Reader {
    buf: Vec<u8>,
    /// Bytes of `buf` already searched for the end of a head.
    scanned: usize,
    stage: Stage,
}

impl Reader {
    /// Adds bytes read from the connection.
    pub fn feed(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// Bytes received and not yet part of a complete request.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// True while nothing of a next request has arrived.
    pub fn is_idle(&self) -> bool {
        self.buf.is_empty() && matches!(self.stage, Stage::Head)
    }

    /// True while a head is complete and its body is being read.
    pub fn in_body(&self) -> bool {
        matches!(self.stage, Stage::Sized { .. } | Stage::Chunked { .. })
    }

    /// Whether reading more from the socket is useful now: a body is being read, or the
    /// buffer does not hold a complete or over-long head yet.
    pub fn wants_input(&self) -> bool {
        match self.stage {
            Stage::Head => self.buf.len() <= MAX_HEAD,
            Stage::Sized { .. } | Stage::Chunked { .. } => true,
            Stage::Done => false,
        }
    }

    /// The next event from the bytes fed so far.
    pub fn next_event(&mut self) -> Event {
        let event = match std::mem::take(&mut self.stage) {
            Stage::Head => self.head(),
            Stage::Sized { request, left } => self.sized(request, left),
            Stage::Chunked { request, chunk } => self.chunked(request, chunk),
            Stage::Done => Event::NeedMore,
        };
        if let Event::Refuse(_) = event {
            self.stage = Stage::Done;
            self.buf.clear();
        }
        event
    }

    fn head(&mut self) -> Event {
        // A head ends at an empty line; search only the bytes not searched before, so a
        // head that arrives a byte at a time costs linear time.
        let from = self.scanned.saturating_sub(3);
        let end = find_head_end(&self.buf[from..]).map(|e| from + e);
        let Some(end) = end else {
            self.scanned = self.buf.len();
            if self.buf.len() > MAX_HEAD {
                return Event::Refuse(431);
            }
            return Event::NeedMore;
        };
        if end > MAX_HEAD {
            return Event::Refuse(431);
        }
        let request = match parse_head(&self.buf[..end]) {
            Ok(r) => r,
            Err(status) => return Event::Refuse(status),
        };
        self.buf.drain(..end);
        self.scanned = 0;
        self.body_stage(request)
    }

    fn body_stage(&mut self, request: Request) -> Event {
        // Every Transfer-Encoding field counts (a second one naming another coding is a
        // framing a proxy may read differently): only a lone `chunked` is served.
        let mut codings = request
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("Transfer-Encoding"));
        let chunked = match (codings.next(), codings.next()) {
            (None, _) => false,
            (Some((_, te)), None) if te.trim().eq_ignore_ascii_case("chunked") => true,
            _ => return Event::Refuse(501),
        };
        let length = match request.header("Content-Length") {
            None => 0,
            // Both framings at once is how requests are smuggled past proxies.
            Some(_) if chunked => return Event::Refuse(400),
            Some(v) => match content_length(&request, v) {
                Some(n) => n,
                None => return Event::Refuse(400),
            },
        };
        if length > MAX_BODY as u64 {
            return Event::Refuse(413);
        }
        let expects = request.minor >= 1
            && request
                .header("Expect")
                .is_some_and(|e| e.trim().eq_ignore_ascii_case("100-continue"));
        if chunked {
            self.stage = Stage::Chunked {
                request,
                chunk: ChunkStage::Size,
            };
        } else if length == 0 {
            return Event::Request(request);
        } else {
            self.stage = Stage::Sized {
                request,
                left: length as usize,
            };
        }
        // A client that sent body bytes already is not waiting to be told to.
        if expects && self.buf.is_empty() {
            return Event::Continue;
        }
        self.next_event()
    }

    fn sized(&mut self, mut request: Request, left: usize) -> Event {
        let take = left.min(self.buf.len());
        request.body.extend(self.buf.drain(..take));
        let left = left - take;
        if left == 0 {
            return Event::Request(request);
        }
        self.stage = Stage::Sized { request, left };
        Event::NeedMore
    }

    fn chunked(&mut self, mut request: Request, mut chunk: ChunkStage) -> Event {
        loop {
            match chunk {
                ChunkStage::Size => match httparse::parse_chunk_size(&self.buf) {
                    Ok(httparse::Status::Complete((used, size))) => {
                        self.buf.drain(..used);
                        if size > (MAX_BODY - request.body.len()) as u64 {
                            return Event::Refuse(413);
                        }
                        chunk = if size == 0 {
                            ChunkStage::Trailers
                        } else {
                            ChunkStage::Data(size as usize)
                        };
                    }
                    Ok(httparse::Status::Partial) if self.buf.len() <= MAX_CHUNK_LINE => break,
                    _ => return Event::Refuse(400),
                },
                ChunkStage::Data(left) => {
                    let take = left.min(self.buf.len());
                    request.body.extend(self.buf.drain(..take));
                    if take < left {
                        chunk = ChunkStage::Data(left - take);
                        break;
                    }
                    chunk = ChunkStage::DataEnd;
                }
                ChunkStage::DataEnd => {
                    if self.buf.len() < 2 {
                        break;
                    }
                    if &self.buf[..2] != b"\r\n" {
                        return Event::Refuse(400);
                    }
                    self.buf.drain(..2);
                    chunk = ChunkStage::Size;
                }
                ChunkStage::Trailers => {
                    let Some(nl) = self.buf.iter().position(|&b| b == b'\n') else {
                        if self.buf.len() > MAX_HEAD {
                            return Event::Refuse(431);
                        }
                        break;
                    };
                    let line_empty = self.buf[..nl].iter().all(|&b| b == b'\r');
                    self.buf.drain(..=nl);
                    if line_empty {
                        return Event::Request(request);
                    }
                }
            }
        }
        self.stage = Stage::Chunked { request, chunk };
        Event::NeedMore
    }
}

/// The end (exclusive) of the first head in `buf`: after `\r\n\r\n` or `\n\n`.
fn find_head_end(buf: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < buf.len() {
        if buf[i] == b'\n' {
            if buf.get(i + 1) == Some(&b'\n') {
                return Some(i + 2);
            }
            if buf.get(i + 1) == Some(&b'\r') && buf.get(i + 2) == Some(&b'\n') {
                return Some(i + 3);
            }
        }
        i += 1;
    }
    None
}

/// Parses a complete head into a request without a body; `Err` is the status to refuse with.
fn parse_head(head: &[u8]) -> Result<Request, u16> {
    let mut fields = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut fields);
    match parsed.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(400),
        Err(httparse::Error::TooManyHeaders) => return Err(431),
        Err(_) => return Err(400),
    }
    let (Some(method), Some(target), Some(minor)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(400);
    };
    let headers = parsed
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).trim().to_string(),
            )
        })
        .collect();
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
        minor,
        headers,
        body: Vec::new(),
    })
}

/// The body length, when every `Content-Length` field agrees on one decimal number.
fn content_length(request: &Request, first: &str) -> Option<u64> {
    let parse = |v: &str| {
        let v = v.trim();
        (!v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
            .then(|| v.parse::<u64>().unwrap_or(u64::MAX))
    };
    let n = parse(first)?;
    let all_agree = request
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .all(|(_, v)| parse(v) == Some(n));
    all_agree.then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event the reader gives for `input` fed in pieces of `step` bytes.
    fn events(input: &[u8], step: usize) -> Vec<Event> {
        let mut r = Reader::default();
        let mut out = Vec::new();
        for piece in input.chunks(step.max(1)) {
            r.feed(piece);
            loop {
                match r.next_event() {
                    Event::NeedMore => break,
                    e => {
                        let stop = matches!(e, Event::Refuse(_));
                        out.push(e);
                        if stop {
                            return out;
                        }
                    }
                }
            }
        }
        out
    }

    fn only_request(input: &[u8]) -> Request {
        let all = events(input, input.len());
        for step in [1, 2, 7] {
            assert_eq!(events(input, step), all, "split every {step} bytes");
        }
        match all.as_slice() {
            [Event::Request(r)] => r.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_plain_request_with_a_body() {
        let r = only_request(
            b"POST /RPC2?x=1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello",
        );
        assert_eq!(
            (r.method.as_str(), r.path(), r.query()),
            ("POST", "/RPC2", "x=1")
        );
        assert_eq!(r.body, b"hello");
        assert_eq!(r.header("host"), Some("localhost"));
        assert!(r.keep_alive());
    }

    #[test]
    fn keep_alive_follows_the_version_and_connection_header() {
        let r = only_request(b"GET / HTTP/1.0\r\n\r\n");
        assert!(!r.keep_alive());
        let r = only_request(b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        assert!(r.keep_alive());
        let r = only_request(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        assert!(!r.keep_alive());
    }

    #[test]
    fn pipelined_requests_come_out_one_by_one() {
        let two = b"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
        for step in [1, 5, two.len()] {
            let got = events(two, step);
            assert_eq!(got.len(), 2, "step {step}");
        }
    }

    #[test]
    fn chunked_bodies_are_decoded() {
        let r = only_request(
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n",
        );
        assert_eq!(r.body, b"abcde");
    }

    #[test]
    fn limits_are_refused_with_their_status() {
        let huge = b"POST / HTTP/1.1\r\nContent-Length: 100000000000000\r\n\r\n";
        assert_eq!(events(huge, 3), vec![Event::Refuse(413)]);
        let overflow = b"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n";
        assert_eq!(events(overflow, 64), vec![Event::Refuse(413)]);
        let mut long = b"GET / HTTP/1.1\r\nX: ".to_vec();
        long.extend(std::iter::repeat_n(b'a', MAX_HEAD + 10));
        assert_eq!(events(&long, 4096), vec![Event::Refuse(431)]);
        let mut many = b"GET / HTTP/1.1\r\n".to_vec();
        for i in 0..=MAX_HEADERS {
            many.extend(format!("X-{i}: v\r\n").bytes());
        }
        many.extend(b"\r\n");
        assert_eq!(events(&many, 100), vec![Event::Refuse(431)]);
        let mut chunks = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
        chunks.extend(format!("{:x}\r\n", MAX_BODY + 1).bytes());
        assert_eq!(events(&chunks, 10), vec![Event::Refuse(413)]);
    }

    #[test]
    fn malformed_and_ambiguous_framing_is_refused() {
        for bad in [
            &b"GARBAGE\r\n\r\n"[..],
            b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
            b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        ] {
            assert_eq!(events(bad, bad.len()), vec![Event::Refuse(400)], "{bad:?}");
        }
        let gzip = b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n";
        assert_eq!(events(gzip, 9), vec![Event::Refuse(501)]);
        let two =
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n";
        assert_eq!(events(two, 9), vec![Event::Refuse(501)]);
    }

    #[test]
    fn expect_continue_is_announced_before_the_body() {
        let head = b"POST / HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n";
        let mut r = Reader::default();
        r.feed(head);
        assert_eq!(r.next_event(), Event::Continue);
        assert_eq!(r.next_event(), Event::NeedMore);
        r.feed(b"ok");
        assert!(matches!(r.next_event(), Event::Request(q) if q.body == b"ok"));
    }

    #[test]
    fn a_head_fed_a_byte_at_a_time_is_scanned_once() {
        let mut r = Reader::default();
        let mut head = b"GET / HTTP/1.1\r\nX: ".to_vec();
        head.extend(std::iter::repeat_n(b'a', 60_000));
        for b in &head {
            r.feed(std::slice::from_ref(b));
            assert_eq!(r.next_event(), Event::NeedMore);
        }
        r.feed(b"\r\n\r\n");
        assert!(matches!(r.next_event(), Event::Request(_)));
        assert!(r.is_idle());
    }
}
