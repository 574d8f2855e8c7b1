//! `stdout_logfile_format = json` / `stderr_logfile_format = json`: a child's output written
//! to its log files as JSON lines, one object per line of output:
//! `{"ts":"2026-12-03T21:10:00.123+01:00","program":"web","process":"web_0","stream":"stdout","line":"GET / 200"}`.
//!
//! - `ts`: when the daemon read the chunk that completed the line, RFC 3339 in local time
//!   with milliseconds and the UTC offset; `program`: the program (group) name; `process`:
//!   the process name; `stream`: `stdout` or `stderr`; `line`: the line without its `\n`.
//! - A line written in several pieces is joined: the tail of a chunk without a newline
//!   waits for the rest. That wait is bounded by [`JsonLines::cap`] (64 KiB, or the log's
//!   `maxbytes` when that is smaller): a longer line is written in pieces of at most that
//!   many bytes, every piece but the last with `"partial":true`; joining the `line`s of a
//!   run of partial objects and the object after them gives the line back. A line still
//!   waiting when the stream ends (the process exited) or the log is closed is written then,
//!   with `"partial":true` as it had no newline.
//! - Bytes: valid UTF-8 passes through (JSON-escaped: `"`, `\`, control characters); each
//!   byte of an invalid sequence becomes `\u00XX`, the code point of the byte's value (as
//!   Latin-1 reads it), so every line is valid JSON and every byte is kept. A reader cannot
//!   tell such a byte from a valid U+0080–U+00FF character.

use super::timefmt::local_time;
use std::time::{SystemTime, UNIX_EPOCH};

/// The longest piece of a line one object holds when the log's `maxbytes` is larger or 0.
pub const MAX_LINE: usize = 64 * 1024;

/// Formats one stream's output as JSON lines (see the module docs).
#[derive(Debug)]
pub struct JsonLines {
    /// `","program":…,"stream":"stdout","line":"`: what follows the timestamp.
    head: Vec<u8>,
    cap: usize,
    /// The unterminated tail of the output so far (at most `cap` bytes).
    partial: Vec<u8>,
    clock: LocalStamp,
}

impl JsonLines {
    /// A formatter for `stream` (`stdout`/`stderr`) of `process` of `program`, whose log
    /// rotates at `maxbytes` (0 = never).
    pub fn new(program: &str, process: &str, stream: &str, maxbytes: u64) -> JsonLines {
        let mut head = String::from("\",\"program\":");
        crate::json::write_string(program, &mut head);
        head.push_str(",\"process\":");
        crate::json::write_string(process, &mut head);
        head.push_str(",\"stream\":");
        crate::json::write_string(stream, &mut head);
        head.push_str(",\"line\":\"");
        let cap = match usize::try_from(maxbytes) {
            Ok(0) | Err(_) => MAX_LINE,
            Ok(m) => m.min(MAX_LINE),
        };
        JsonLines {
            head: head.into_bytes(),
            cap,
            partial: Vec::new(),
            clock: LocalStamp::default(),
        }
    }

    /// The longest piece of a line one object holds.
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// Appends to `out` one object per line `data` completes; keeps the unterminated rest.
    pub fn push(&mut self, data: &[u8], now: SystemTime, out: &mut Vec<u8>) {
        let ts = self.clock.stamp(now);
        let mut rest = data;
        while let Some(i) = find_byte(b'\n', rest) {
            if self.partial.is_empty() {
                self.line(&rest[..i], &ts, out);
            } else {
                let mut joined = std::mem::take(&mut self.partial);
                joined.extend_from_slice(&rest[..i]);
                self.line(&joined, &ts, out);
                joined.clear();
                self.partial = joined;
            }
            rest = &rest[i + 1..];
        }
        if rest.is_empty() {
            return;
        }
        self.partial.extend_from_slice(rest);
        if self.partial.len() > self.cap {
            let held = std::mem::take(&mut self.partial);
            let mut left = &held[..];
            while left.len() > self.cap {
                let cut = char_cut(left, self.cap);
                self.object(&left[..cut], true, &ts, out);
                left = &left[cut..];
            }
            self.partial = left.to_vec();
        }
    }

    /// Writes a line still waiting for its newline (end of stream, log closed).
    pub fn flush(&mut self, now: SystemTime, out: &mut Vec<u8>) {
        if !self.partial.is_empty() {
            let held = std::mem::take(&mut self.partial);
            let ts = self.clock.stamp(now);
            self.object(&held, true, &ts, out);
        }
    }

    /// Bytes waiting for their newline.
    pub fn pending(&self) -> usize {
        self.partial.len()
    }

    /// One complete line: pieces of at most `cap` bytes, the last one not partial.
    fn line(&self, mut line: &[u8], ts: &Stamp, out: &mut Vec<u8>) {
        while line.len() > self.cap {
            let cut = char_cut(line, self.cap);
            self.object(&line[..cut], true, ts, out);
            line = &line[cut..];
        }
        self.object(line, false, ts, out);
    }

    fn object(&self, line: &[u8], partial: bool, ts: &Stamp, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"ts\":\"");
        out.extend_from_slice(&ts.0[..ts.1]);
        out.extend_from_slice(&self.head);
        push_escaped(out, line);
        if partial {
            out.extend_from_slice(b"\",\"partial\":true}\n");
        } else {
            out.extend_from_slice(b"\"}\n");
        }
    }
}

/// Where to cut `s` (longer than `cap`) near `cap` bytes without splitting a UTF-8
/// character: up to 3 bytes earlier when `cap` falls on a continuation byte.
fn char_cut(s: &[u8], cap: usize) -> usize {
    let mut cut = cap;
    while cut > 0 && cap - cut < 3 && s[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    if cut == 0 {
        cap
    } else {
        cut
    }
}

/// Appends `s` as the inside of a JSON string: valid UTF-8 escaped as JSON needs, each byte
/// of an invalid sequence as `\u00XX`.
pub fn push_escaped(out: &mut Vec<u8>, mut s: &[u8]) {
    loop {
        match std::str::from_utf8(s) {
            Ok(_) => return push_escaped_valid(out, s),
            Err(e) => {
                let (good, bad) = s.split_at(e.valid_up_to());
                push_escaped_valid(out, good);
                let n = e.error_len().unwrap_or(bad.len());
                for &b in &bad[..n] {
                    push_u00(out, b);
                }
                s = &bad[n..];
            }
        }
    }
}

/// Escapes valid UTF-8: `"`, `\` and the control characters; the rest is copied.
fn push_escaped_valid(out: &mut Vec<u8>, s: &[u8]) {
    let mut start = 0;
    while let Some(k) = find_escape(&s[start..]) {
        let i = start + k;
        out.extend_from_slice(&s[start..i]);
        match s[i] {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b => push_u00(out, b),
        }
        start = i + 1;
    }
    out.extend_from_slice(&s[start..]);
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` below `n` (n ≤ 128); the lowest such bit is exact (a
/// borrow can only mark bytes above a true one).
fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS
}

/// Position of the first byte of `s` for which `hit` marks a byte of an 8-byte word (see
/// [`below`]), else of the first byte `slow` accepts in the tail.
fn find_word(s: &[u8], hit: impl Fn(u64) -> u64, slow: impl Fn(u8) -> bool) -> Option<usize> {
    let mut words = s.chunks_exact(8);
    let mut at = 0;
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        let m = hit(x);
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| slow(b))
        .map(|i| at + i)
}

/// Position of the first `b` in `s`, a word at a time.
fn find_byte(b: u8, s: &[u8]) -> Option<usize> {
    find_word(s, |x| below(x ^ (ONES * u64::from(b)), 1), |c| c == b)
}

/// Position of the first byte that needs an escape: a control character, `"` or `\`.
fn find_escape(s: &[u8]) -> Option<usize> {
    find_word(
        s,
        |x| below(x, 0x20) | below(x ^ (ONES * 0x22), 1) | below(x ^ (ONES * 0x5c), 1),
        |c| c < 0x20 || c == b'"' || c == b'\\',
    )
}

fn push_u00(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(b"\\u00");
    out.push(HEX[usize::from(b >> 4)]);
    out.push(HEX[usize::from(b & 0xf)]);
}

/// The RFC 3339 local timestamp, its second and UTC offset formatted once per second.
#[derive(Debug, Default)]
struct LocalStamp {
    secs: i64,
    /// `YYYY-MM-DDTHH:MM:SS.`
    date: Vec<u8>,
    /// `+HH:MM`, `-HH:MM` (`Z` is not used, so every stamp has the same width).
    offset: Vec<u8>,
}

/// One formatted timestamp (bytes, length): at most 20 + 3 + 6 bytes for years up to 9999.
struct Stamp([u8; 40], usize);

impl LocalStamp {
    fn stamp(&mut self, now: SystemTime) -> Stamp {
        let d = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        let secs = i64::try_from(d.as_secs()).unwrap_or(0);
        if self.date.is_empty() || secs != self.secs {
            self.format_second(secs);
        }
        let ms = d.subsec_millis();
        let millis = [
            b'0' + (ms / 100) as u8,
            b'0' + (ms / 10 % 10) as u8,
            b'0' + (ms % 10) as u8,
        ];
        let mut st = Stamp([0; 40], 0);
        for part in [&self.date[..], &millis, &self.offset] {
            let end = (st.1 + part.len()).min(st.0.len());
            st.0[st.1..end].copy_from_slice(&part[..end - st.1]);
            st.1 = end;
        }
        st
    }

    fn format_second(&mut self, secs: i64) {
        let lt = local_time(secs);
        self.secs = secs;
        self.date = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.",
            lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second
        )
        .into_bytes();
        let local = days_from_civil(i64::from(lt.year), lt.month, lt.day) * 86_400
            + i64::from(lt.hour * 3600 + lt.minute * 60 + lt.second);
        let off = local - secs;
        let sign = if off < 0 { '-' } else { '+' };
        let off = off.unsigned_abs() / 60;
        self.offset = format!("{sign}{:02}:{:02}", off / 60, off % 60).into_bytes();
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn t() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(1_795_000_000_127)
    }

    fn lines(j: &mut JsonLines, chunks: &[&[u8]]) -> Vec<String> {
        let mut out = Vec::new();
        for c in chunks {
            j.push(c, t(), &mut out);
        }
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// The `line` value and partial flag of an object (the formatter's own output shape).
    fn line_of(o: &str) -> (String, bool) {
        let start = o.find("\"line\":\"").unwrap() + 8;
        let partial = o.ends_with(",\"partial\":true}");
        let end = if partial {
            o.len() - ",\"partial\":true}".len() - 1
        } else {
            o.len() - 2
        };
        (o[start..end].to_string(), partial)
    }

    #[test]
    fn one_object_per_line_with_every_key() {
        let mut j = JsonLines::new("web", "web_0", "stdout", 0);
        let l = lines(&mut j, &[b"GET / 200\nsecond \"q\" \\ \t\n"]);
        assert_eq!(l.len(), 2);
        let ts = &l[0][7..36];
        assert_eq!(&ts[10..11], "T");
        assert_eq!(&ts[19..23], ".127");
        assert!(
            ts[23..].starts_with('+') || ts[23..].starts_with('-'),
            "{ts}"
        );
        assert_eq!(
            &l[0][36..],
            "\",\"program\":\"web\",\"process\":\"web_0\",\"stream\":\"stdout\",\"line\":\"GET / 200\"}"
        );
        assert_eq!(line_of(&l[1]).0, "second \\\"q\\\" \\\\ \\t");
    }

    #[test]
    fn the_offset_matches_the_local_time() {
        let mut s = LocalStamp::default();
        let st = s.stamp(t());
        let text = String::from_utf8(st.0[..st.1].to_vec()).unwrap();
        assert_eq!(text.len(), 29, "{text}");
        let lt = local_time(1_795_000_000);
        assert!(
            text.starts_with(&format!(
                "{:04}-{:02}-{:02}T{:02}",
                lt.year, lt.month, lt.day, lt.hour
            )),
            "{text}"
        );
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2026, 11, 22), 20_779);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn partial_writes_are_joined_and_flushed_at_the_end() {
        let mut j = JsonLines::new("p", "p", "stderr", 0);
        let l = lines(&mut j, &[b"hel", b"lo wo", b"rld\nnext", b" one\ntail"]);
        let got: Vec<_> = l.iter().map(|o| line_of(o)).collect();
        assert_eq!(
            got,
            vec![("hello world".into(), false), ("next one".into(), false)]
        );
        assert_eq!(j.pending(), 4);
        let mut out = Vec::new();
        j.flush(t(), &mut out);
        let s = String::from_utf8(out).unwrap();
        assert_eq!(line_of(s.trim_end()), ("tail".into(), true));
        assert_eq!(j.pending(), 0);
        let mut out = Vec::new();
        j.flush(t(), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn invalid_utf8_bytes_become_u00_escapes_and_valid_text_passes() {
        let mut j = JsonLines::new("p", "p", "stdout", 0);
        let l = lines(&mut j, &[b"caf\xc3\xa9 \xff\xfe ok \xe2\x82 \x01\x1b[0m\n"]);
        assert_eq!(
            line_of(&l[0]).0,
            "caf\u{e9} \\u00ff\\u00fe ok \\u00e2\\u0082 \\u0001\\u001b[0m"
        );
    }

    #[test]
    fn a_long_line_is_split_at_the_cap_without_splitting_a_character() {
        let mut j = JsonLines::new("p", "p", "stdout", 10);
        assert_eq!(j.cap(), 10);
        // 9 ASCII bytes, then a 2-byte character across the cap.
        let l = lines(&mut j, &[b"123456789\xc3\xa9abcdefghijklmn\n"]);
        let got: Vec<_> = l.iter().map(|o| line_of(o)).collect();
        assert_eq!(
            got,
            vec![
                ("123456789".into(), true),
                ("\u{e9}abcdefgh".into(), true),
                ("ijklmn".into(), false)
            ]
        );
        // Without a newline, the pending tail never exceeds the cap.
        let l = lines(&mut j, &[b"0123456", b"789abcdefghij", b"klmnopqrstuvwxyz"]);
        let got: Vec<_> = l.iter().map(|o| line_of(o)).collect();
        assert_eq!(
            got,
            vec![
                ("0123456789".into(), true),
                ("abcdefghij".into(), true),
                ("klmnopqrst".into(), true)
            ]
        );
        assert_eq!(j.pending(), 6);
        assert_eq!(JsonLines::new("p", "p", "stdout", 0).cap(), MAX_LINE);
        assert_eq!(JsonLines::new("p", "p", "stdout", 1 << 30).cap(), MAX_LINE);
    }

    /// The bytes a `line` value stands for: JSON escapes undone, `\u00XX` as byte XX.
    fn unescape(v: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < v.len() {
            if v[i] != b'\\' {
                out.push(v[i]);
                i += 1;
                continue;
            }
            match v[i + 1] {
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'u' => {
                    let hex = std::str::from_utf8(&v[i + 2..i + 6]).unwrap();
                    out.push(u8::try_from(u32::from_str_radix(hex, 16).unwrap()).unwrap());
                    i += 4;
                }
                c => out.push(c),
            }
            i += 2;
        }
        out
    }

    /// Random chunks of random bytes (newlines, quotes, invalid UTF-8, long runs): the
    /// objects give back exactly the input, no piece is over the cap, nothing waits over it.
    #[test]
    fn any_output_round_trips_through_the_objects() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..200 {
            let cap = [3usize, 7, 64, 1000][round % 4];
            let mut j = JsonLines::new("p", "q", "stdout", cap as u64);
            let (mut input, mut out) = (Vec::new(), Vec::new());
            for _ in 0..(next() % 20) {
                let len = (next() % 300) as usize;
                let chunk: Vec<u8> = (0..len)
                    .map(|_| match next() % 10 {
                        0 => b'\n',
                        1 => [b'"', b'\\', 0x01, 0x7f][(next() % 4) as usize],
                        2 => 0x80 | (next() % 0x80) as u8,
                        3 => 0xc3,
                        4 => 0xe2,
                        _ => b'a' + (next() % 26) as u8,
                    })
                    .collect();
                j.push(&chunk, t(), &mut out);
                assert!(j.pending() <= cap);
                input.extend(chunk);
            }
            j.flush(t(), &mut out);
            let mut back = Vec::new();
            for obj in out.split(|&b| b == b'\n').filter(|o| !o.is_empty()) {
                let text = std::str::from_utf8(obj).expect("objects are UTF-8");
                let (value, partial) = line_of(text);
                let bytes = unescape(value.as_bytes());
                assert!(bytes.len() <= cap, "{} > {cap}", bytes.len());
                back.extend(bytes);
                if !partial {
                    back.push(b'\n');
                }
            }
            assert_eq!(back, input, "round {round}");
        }
    }

    #[test]
    fn word_scans_find_the_first_byte() {
        let s = b"abcdefgh\x7fijk\"lmnop\\q\nrs\xff\x1ftuvwxyz\"";
        for i in 0..s.len() {
            let t = &s[i..];
            let want = t.iter().position(|&c| c < 0x20 || c == b'"' || c == b'\\');
            assert_eq!(find_escape(t), want, "from {i}");
            for b in [b'\n', b'"', b'z', 0xff, 0] {
                assert_eq!(
                    find_byte(b, t),
                    t.iter().position(|&c| c == b),
                    "{b} from {i}"
                );
            }
        }
    }

    #[test]
    fn names_are_json_escaped() {
        let j = JsonLines::new("a\"b", "c\\d", "stdout", 0);
        assert_eq!(
            String::from_utf8(j.head).unwrap(),
            "\",\"program\":\"a\\\"b\",\"process\":\"c\\\\d\",\"stream\":\"stdout\",\"line\":\""
        );
    }
}
