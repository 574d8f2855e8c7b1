//! An array of structs recorded where its data lives and written as XML-RPC elsewhere:
//! the event loop copies each member's value into one compact buffer (no escaping, no
//! number formatting, no UTF-8 checks), and the HTTP thread's [`render`] writes the
//! document [`ArrayOfStructs`] writes for the same calls. getAllProcessInfo of thousands
//! of processes costs the loop a copy of the table's fields instead of the whole answer.
//!
//! The recording is a sequence of items:
//! - `{` opens a struct, `}` closes it;
//! - a member: its key (a byte: the index of a key met before, or `0xff` and the
//!   key's text, which takes the next index), a value tag and the value: `i` and the
//!   number (zigzag, seven bits a byte), `t` / `f`, `s` (text) or `p` (path bytes) and a
//!   length-prefixed run of bytes, or `=`: the same text or path as the member before
//!   (getAllProcessInfo's `logfile` and `stdout_logfile`).

use std::borrow::Cow;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use super::xmlwrite::{ArrayOfStructs, Member};

const OPEN: u8 = b'{';
const CLOSE: u8 = b'}';
const INT: u8 = b'i';
const TRUE: u8 = b't';
const FALSE: u8 = b'f';
const STR: u8 = b's';
const PATH: u8 = b'p';
const AGAIN: u8 = b'=';
/// A key not met before follows (length-prefixed text).
const KEY_NEW: u8 = 0xff;
/// Keys remembered by index; later new keys are written out each time.
const MAX_KEYS: usize = 64;

/// An array of structs being recorded (see the module comment).
pub struct Recording {
    tape: Vec<u8>,
    /// Keys met so far, by index (compared by address: a method's keys are literals).
    keys: Vec<&'static str>,
    /// Where in `keys` to look first for the next key.
    next_key: usize,
    /// The tag and the bytes' place in `tape` of the last text or path written out.
    last: Option<(u8, std::ops::Range<usize>)>,
}

impl Recording {
    /// An empty recording; `capacity` is the expected size in bytes.
    pub fn new(capacity: usize) -> Recording {
        Recording {
            tape: Vec::with_capacity(capacity),
            keys: Vec::new(),
            next_key: 0,
            last: None,
        }
    }

    /// Opens the next struct.
    pub fn open_struct(&mut self) {
        self.tape.push(OPEN);
    }

    /// Closes the open struct.
    pub fn close_struct(&mut self) {
        self.tape.push(CLOSE);
    }

    /// One member of the open struct; `name` is markup-free (a method's own key).
    pub fn member(&mut self, name: &'static str, value: Member<'_>) {
        self.key(name);
        match value {
            Member::Str(s) => self.text(STR, s.as_bytes()),
            Member::Path(p) => self.text(PATH, p.as_os_str().as_bytes()),
            Member::Int(i) => {
                self.tape.push(INT);
                // Zigzag: small magnitudes of either sign take few bytes.
                let mut n = ((i << 1) ^ (i >> 63)) as u64;
                while n >= 0x80 {
                    self.tape.push(n as u8 | 0x80);
                    n >>= 7;
                }
                self.tape.push(n as u8);
                self.last = None;
            }
            Member::Bool(b) => {
                self.tape.push(if b { TRUE } else { FALSE });
                self.last = None;
            }
        }
    }

    /// A text or path value (`tag`), or [`AGAIN`] when it repeats the last one.
    fn text(&mut self, tag: u8, bytes: &[u8]) {
        if let Some((last, at)) = &self.last {
            if *last == tag && self.tape.get(at.clone()) == Some(bytes) {
                self.tape.push(AGAIN);
                return;
            }
        }
        self.tape.push(tag);
        let at = self.bytes(bytes);
        self.last = Some((tag, at));
    }

    /// The recording, for [`render`].
    pub fn finish(self) -> Vec<u8> {
        self.tape
    }

    fn key(&mut self, name: &'static str) {
        // Every struct has the same keys in the same order: the one after the last key
        // is almost always the one.
        let next = self.next_key % self.keys.len().max(1);
        let found = match self.keys.get(next) {
            Some(k) if std::ptr::eq(*k, name) => Some(next),
            _ => self.keys.iter().position(|k| std::ptr::eq(*k, name)),
        };
        match found {
            Some(i) => {
                self.tape.push(i as u8);
                self.next_key = i + 1;
            }
            None => {
                if self.keys.len() < MAX_KEYS {
                    self.keys.push(name);
                }
                self.next_key = self.keys.len();
                self.tape.push(KEY_NEW);
                self.bytes(name.as_bytes());
            }
        }
    }

    /// `bytes`, after its length (four bytes, little-endian; a longer run is cut there);
    /// where they are in `tape`.
    fn bytes(&mut self, bytes: &[u8]) -> std::ops::Range<usize> {
        let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
        self.tape.extend_from_slice(&len.to_le_bytes());
        let from = self.tape.len();
        self.tape.extend_from_slice(&bytes[..len as usize]);
        from..self.tape.len()
    }
}

/// The `methodResponse` document of a recording; `None` if `tape` is not one (cut short,
/// an unknown tag, text that is not UTF-8).
pub fn render(tape: &[u8]) -> Option<String> {
    // The XML is six to twelve times the recording's size (more where paths are empty);
    // capacity costs nothing until it is written.
    let mut w = ArrayOfStructs::new(512 + tape.len() * 12);
    let mut keys: Vec<&str> = Vec::new();
    let mut r = Reader { tape, last: None };
    while let Some(tag) = r.take(1) {
        match tag[0] {
            OPEN => w.open_struct(),
            CLOSE => w.close_struct(),
            KEY_NEW => {
                let name = std::str::from_utf8(r.bytes()?).ok()?;
                if keys.len() < MAX_KEYS {
                    keys.push(name);
                }
                w.member(name, r.value()?);
            }
            i => {
                let name = *keys.get(usize::from(i))?;
                w.member(name, r.value()?);
            }
        }
    }
    Some(w.finish())
}

/// Reads a recording front to back.
struct Reader<'a> {
    tape: &'a [u8],
    /// The last text or path read (what [`AGAIN`] repeats).
    last: Option<Member<'a>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.tape.split_at_checked(n)?;
        self.tape = rest;
        Some(head)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = u32::from_le_bytes(self.take(4)?.try_into().ok()?);
        self.take(usize::try_from(len).ok()?)
    }

    fn value(&mut self) -> Option<Member<'a>> {
        let text = match self.take(1)?[0] {
            INT => return Some(Member::Int(self.int()?)),
            TRUE => return Some(Member::Bool(true)),
            FALSE => return Some(Member::Bool(false)),
            STR => Member::Str(Cow::Borrowed(std::str::from_utf8(self.bytes()?).ok()?)),
            PATH => Member::Path(Path::new(OsStr::from_bytes(self.bytes()?))),
            AGAIN => return self.last.clone(),
            _ => return None,
        };
        self.last = Some(text.clone());
        Some(text)
    }

    /// A zigzag number, seven bits a byte (at most ten bytes).
    fn int(&mut self) -> Option<i64> {
        let mut n: u64 = 0;
        for shift in (0..70).step_by(7) {
            let b = self.take(1)?[0];
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some((n >> 1) as i64 ^ -((n & 1) as i64));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{render, Recording};
    use crate::rpc::xmlwrite::{ArrayOfStructs, Member};
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    /// A call: a member, or `None` to open (then close) a struct.
    type Put<'a> = dyn FnMut(Option<(&'static str, Member<'_>)>) + 'a;

    /// Makes the same calls on a writer and a recording.
    fn both(calls: &dyn Fn(&mut Put<'_>)) -> (String, String) {
        let mut w = ArrayOfStructs::new(0);
        let mut r = Recording::new(0);
        let mut open = true;
        calls(&mut |call| match call {
            Some((k, v)) => {
                let copy = match &v {
                    Member::Str(s) => Member::Str(s.clone()),
                    Member::Path(p) => Member::Path(p),
                    Member::Int(i) => Member::Int(*i),
                    Member::Bool(b) => Member::Bool(*b),
                };
                w.member(k, v);
                r.member(k, copy);
            }
            None if open => {
                w.open_struct();
                r.open_struct();
                open = false;
            }
            None => {
                w.close_struct();
                r.close_struct();
                open = true;
            }
        });
        let tape = r.finish();
        (w.finish(), render(&tape).expect("a recording renders"))
    }

    #[test]
    fn renders_what_the_writer_writes() {
        let bad = Path::new(OsStr::from_bytes(b"/tmp/a\xff<b>&.log"));
        let (written, rendered) = both(&|put| {
            for (name, n) in [("a<&>b", 1), ("", -7), ("é&", i64::MIN), ("x", i64::MAX)] {
                put(None);
                put(Some(("name", Member::Str(name.into()))));
                put(Some(("pid", Member::Int(n))));
                put(Some(("ok", Member::Bool(n > 0))));
                put(Some(("logfile", Member::Path(bad))));
                put(Some(("stdout_logfile", Member::Path(bad))));
                put(Some(("text", Member::Str("/tmp/a".into()))));
                put(Some(("path", Member::Path(Path::new("/tmp/a")))));
                put(Some(("again", Member::Path(Path::new("/tmp/a")))));
                put(None);
            }
        });
        assert!(
            written.contains("/tmp/a\u{fffd}&lt;b&gt;&amp;.log"),
            "{written}"
        );
        assert_eq!(written.matches("<string>/tmp/a</string>").count(), 12);
        assert_eq!(written, rendered);
        let (written, rendered) = both(&|_| {});
        assert_eq!(written, rendered);
    }

    #[test]
    fn more_keys_than_it_remembers_are_written_out() {
        // Literals' addresses are what a recording compares: leaked texts stand in.
        let names: Vec<&'static str> = (0..70)
            .map(|i| &*Box::leak(format!("k{i}").into_boxed_str()))
            .collect();
        let (written, rendered) = both(&|put| {
            for _ in 0..2 {
                put(None);
                for (i, k) in names.iter().enumerate() {
                    put(Some((k, Member::Int(i as i64))));
                }
                put(None);
            }
        });
        assert_eq!(written, rendered);
        assert!(written.contains("<name>k69</name>"), "{written}");
    }

    #[test]
    fn a_damaged_recording_renders_nothing() {
        let mut r = Recording::new(0);
        r.open_struct();
        r.member("name", Member::Str("abc".into()));
        r.close_struct();
        let tape = r.finish();
        for cut in 2..tape.len() - 1 {
            assert_eq!(render(&tape[..cut]), None, "cut at {cut}");
        }
        assert_eq!(render(&[b'{', 7]), None);
        assert!(render(&tape).is_some());
    }
}
