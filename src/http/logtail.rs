//! `/logtail/<namespec>[/stdout|/stderr]` and `/mainlogtail`: a live tail that starts with
//! the last 1024 bytes and then follows the log, each piece sent as soon as it is written.
//!
//! The tail never polls: each piece is an `ours.waitLog` call that the event loop answers
//! when the log grows (or shrinks: rotation, truncation) or after the timeout we pass. While
//! it waits, the connection is a state of the HTTP loop, which closes it when the client
//! goes away.

use std::cell::Cell;
use std::rc::Rc;

use super::response::{Body, Chunk, Response, Source};
use super::rpc2::dispatch;
use super::step::Step;
use super::util::percent_decode;
use crate::control::Reply;
use crate::rpc::Value;

/// How long one `ours.waitLog` may park before we ask again.
const WAIT_MS: i64 = 30_000;
/// Bytes shown when a tail starts (Python's logtail handler does the same).
const INITIAL: i64 = 1024;

/// Parses the tail target: `(namespec, stream)`; stream is `stdout`, `stderr` or `main`.
pub fn target(path: &str) -> Option<(String, &'static str)> {
    if path == "/mainlogtail" {
        return Some((String::new(), "main"));
    }
    let rest = path.strip_prefix("/logtail/")?;
    let (name, stream) = match rest.rsplit_once('/') {
        Some((n, "stdout")) => (n, "stdout"),
        Some((n, "stderr")) => (n, "stderr"),
        Some(_) => return None,
        None => (rest, "stdout"),
    };
    let name = percent_decode(name, false);
    (!name.is_empty()).then_some((name, stream))
}

/// `(data, next offset, truncated)` of a waitLog answer.
fn piece(r: Reply) -> Option<(String, i64, bool)> {
    match r {
        Ok(Value::Array(v)) => match v.as_slice() {
            [Value::Str(d), Value::Int(o), b] => {
                Some((d.clone(), *o, b.as_bool().unwrap_or(false)))
            }
            _ => None,
        },
        _ => None,
    }
}

fn wait_log(name: &str, stream: &str, offset: i64, timeout: i64) -> Step<Reply> {
    let params = vec![
        Value::Str(name.into()),
        Value::Str(stream.into()),
        Value::Int(offset),
        Value::Int(timeout),
    ];
    dispatch("ours.waitLog", params)
}

/// A followed log: each piece is the next growth of the log.
struct Tail {
    name: String,
    stream: &'static str,
    /// Shared with the pending call's continuation, which moves it on.
    offset: Rc<Cell<i64>>,
    /// The tail's first piece, sent before any waiting.
    first: Option<Vec<u8>>,
    /// Counts live tails; released when the tail ends.
    _slot: TailSlot,
}

impl Source for Tail {
    fn next(&mut self) -> Step<Chunk> {
        if let Some(first) = self.first.take() {
            return Step::Done(Chunk::Data(first));
        }
        let offset = self.offset.clone();
        wait_log(&self.name, self.stream, offset.get(), WAIT_MS).map(move |r| match piece(r) {
            None => Chunk::End,
            Some((data, next, truncated)) => {
                offset.set(next);
                let mut out = Vec::new();
                if truncated {
                    out.extend_from_slice(b"\n==> File truncated <==\n");
                }
                out.extend(data.into_bytes());
                Chunk::Data(out)
            }
        })
    }
}

/// One unit of a server's live-tail budget, given back on drop.
pub(super) struct TailSlot(Rc<Cell<usize>>);

impl TailSlot {
    /// Takes a unit if fewer than `limit` are in use.
    pub(super) fn take(count: &Rc<Cell<usize>>, limit: usize) -> Option<TailSlot> {
        (count.get() < limit).then(|| {
            count.set(count.get() + 1);
            TailSlot(count.clone())
        })
    }
}

impl Drop for TailSlot {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

/// Serves a tail request: 404 for an unknown log, else the stream.
pub(super) fn serve(path: &str, slot: TailSlot) -> Step<Response> {
    let Some((name, stream)) = target(path) else {
        return Step::Done(Response::text(404, "Not Found"));
    };
    wait_log(&name, stream, -INITIAL, 0).map(move |r| {
        let Some((first, offset, _)) = piece(r) else {
            return Response::text(404, "Not Found");
        };
        let tail = Tail {
            name,
            stream,
            offset: Rc::new(Cell::new(offset)),
            first: Some(first.into_bytes()),
            _slot: slot,
        };
        Response {
            status: 200,
            headers: vec![
                ("Content-Type", "text/plain;charset=utf-8".into()),
                ("X-Accel-Buffering", "no".into()),
                ("Cache-Control", "no-cache".into()),
            ],
            body: Body::Stream(Box::new(tail)),
            close: true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(target("/mainlogtail"), Some((String::new(), "main")));
        assert_eq!(target("/logtail/web"), Some(("web".into(), "stdout")));
        assert_eq!(
            target("/logtail/g%3Aweb/stderr"),
            Some(("g:web".into(), "stderr"))
        );
        assert_eq!(
            target("/logtail/g:web/stdout"),
            Some(("g:web".into(), "stdout"))
        );
        assert_eq!(target("/logtail/web/other"), None);
        assert_eq!(target("/logtail/"), None);
    }
}
