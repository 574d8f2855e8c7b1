//! Reading an HTTP response body incrementally — plain, `Content-Length` or chunked —
//! from a socket that may have a read timeout, so a long `tail -f` can notice Ctrl-C
//! between reads without losing partially received chunk framing.

use std::io::{self, Read};

use super::error::ClientError;

/// Incremental decoder for `Transfer-Encoding: chunked`.
#[derive(Debug, Default)]
pub struct Dechunker {
    state: State,
    line: Vec<u8>,
}

#[derive(Debug, Default, PartialEq, Eq)]
enum State {
    /// Reading a chunk-size line.
    #[default]
    Size,
    /// This many payload bytes still to come in the current chunk.
    Data(usize),
    /// The CRLF after a chunk's payload.
    DataEnd,
    /// The terminating zero-size chunk was seen.
    Done,
}

impl Dechunker {
    /// True once the last chunk was seen.
    pub fn done(&self) -> bool {
        self.state == State::Done
    }

    /// Consumes `input`, appending payload bytes to `out`.
    pub fn feed(&mut self, mut input: &[u8], out: &mut Vec<u8>) -> Result<(), ClientError> {
        while !input.is_empty() && self.state != State::Done {
            match self.state {
                State::Size | State::DataEnd => {
                    let Some(nl) = input.iter().position(|&b| b == b'\n') else {
                        self.line.extend_from_slice(input);
                        if self.line.len() > 4096 {
                            return Err(ClientError::Decode("chunk size line too long".into()));
                        }
                        return Ok(());
                    };
                    self.line.extend_from_slice(&input[..nl]);
                    input = &input[nl + 1..];
                    let line = String::from_utf8_lossy(&self.line).trim().to_string();
                    self.line.clear();
                    if self.state == State::DataEnd {
                        self.state = State::Size;
                        continue;
                    }
                    let size_text = line.split(';').next().unwrap_or("").trim();
                    let size = usize::from_str_radix(size_text, 16)
                        .map_err(|_| ClientError::Decode(format!("bad chunk size {line:?}")))?;
                    self.state = if size == 0 {
                        State::Done
                    } else {
                        State::Data(size)
                    };
                }
                State::Data(left) => {
                    let n = left.min(input.len());
                    out.extend_from_slice(&input[..n]);
                    input = &input[n..];
                    self.state = if n == left {
                        State::DataEnd
                    } else {
                        State::Data(left - n)
                    };
                }
                State::Done => {}
            }
        }
        Ok(())
    }
}

/// Reads the body, handing payload to `sink` as it arrives, until the response ends,
/// `sink` returns false, or a read times out while `interrupted()` is true.
pub fn read_body(
    r: &mut impl Read,
    chunked: bool,
    length: Option<usize>,
    mut sink: impl FnMut(&[u8]) -> bool,
    interrupted: &dyn Fn() -> bool,
) -> Result<(), ClientError> {
    let mut buf = vec![0u8; 16 * 1024];
    let mut dechunker = Dechunker::default();
    let mut payload = Vec::new();
    let mut left = length.unwrap_or(usize::MAX);
    while left > 0 {
        let want = if chunked {
            buf.len()
        } else {
            left.min(buf.len())
        };
        let n = match r.read(&mut buf[..want]) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                if interrupted() {
                    return Ok(());
                }
                continue;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ClientError::Io(e)),
        };
        if chunked {
            payload.clear();
            dechunker.feed(&buf[..n], &mut payload)?;
            if !payload.is_empty() && !sink(&payload) {
                return Ok(());
            }
            if dechunker.done() {
                return Ok(());
            }
        } else {
            if !sink(&buf[..n]) {
                return Ok(());
            }
            left -= n;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks_across_arbitrary_splits() {
        let raw = b"3\r\nabc\r\n2;ext=1\r\nde\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n";
        for split in 1..raw.len() {
            let mut d = Dechunker::default();
            let mut out = Vec::new();
            for piece in raw.chunks(split) {
                d.feed(piece, &mut out).expect("feed");
            }
            assert_eq!(out, b"abcde0123456789abcdef", "split {split}");
            assert!(d.done());
        }
        let mut d = Dechunker::default();
        assert!(d.feed(b"zz\r\n", &mut Vec::new()).is_err());
    }

    #[test]
    fn reads_length_and_plain_bodies() {
        let mut got = Vec::new();
        read_body(
            &mut &b"hello world"[..],
            false,
            Some(5),
            |d| {
                got.extend_from_slice(d);
                true
            },
            &|| false,
        )
        .expect("read");
        assert_eq!(got, b"hello");
        got.clear();
        read_body(
            &mut &b"5\r\nhello\r\n0\r\n\r\nJUNK"[..],
            true,
            None,
            |d| {
                got.extend_from_slice(d);
                true
            },
            &|| false,
        )
        .expect("read");
        assert_eq!(got, b"hello");
    }
}
