//! `/logtail/<namespec>[/stdout|/stderr]` and `/mainlogtail`: a live tail that starts with
//! the last 1024 bytes and then follows the log, each chunk flushed as soon as it is
//! written. tiny_http's own chunked encoder buffers 8 KiB, so we write the status line,
//! headers and chunk framing ourselves on the raw connection writer.
//!
//! The follow loop never sleeps: it blocks in `ours.waitLog`, which the event loop answers
//! when the log grows (or shrinks: rotation/truncation) or after the timeout we pass.
//! Limitation: a client that disconnects is only noticed at the next write.

use std::io::Write;

use tiny_http::{HTTPVersion, Request};

use super::server::Ctx;
use super::util::{percent_decode, respond_text};
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

fn wait_log(
    ctx: &Ctx,
    name: &str,
    stream: &str,
    offset: i64,
    timeout: i64,
) -> Option<(String, i64, bool)> {
    let params = vec![
        Value::Str(name.into()),
        Value::Str(stream.into()),
        Value::Int(offset),
        Value::Int(timeout),
    ];
    match super::rpc2::dispatch(&ctx.handle, "ours.waitLog", params) {
        Ok(Value::Array(v)) => match v.as_slice() {
            [Value::Str(d), Value::Int(o), b] => {
                Some((d.clone(), *o, b.as_bool().unwrap_or(false)))
            }
            _ => None,
        },
        _ => None,
    }
}

fn chunk(w: &mut dyn Write, chunked: bool, data: &[u8]) -> std::io::Result<()> {
    if data.is_empty() {
        return Ok(());
    }
    if chunked {
        write!(w, "{:x}\r\n", data.len())?;
        w.write_all(data)?;
        w.write_all(b"\r\n")?;
    } else {
        w.write_all(data)?;
    }
    w.flush()
}

/// Serves a tail request until the client goes away or the log becomes unavailable.
pub(super) fn serve(rq: Request, ctx: &Ctx, path: &str) {
    let Some((name, stream)) = target(path) else {
        return respond_text(rq, 404, "Not Found");
    };
    let Some((first, mut offset, _)) = wait_log(ctx, &name, stream, -INITIAL, 0) else {
        return respond_text(rq, 404, "Not Found");
    };
    let chunked = rq.http_version() >= &HTTPVersion(1, 1);
    let mut w = rq.into_writer();
    let head =
        format!(
        "HTTP/1.{} 200 OK\r\nContent-Type: text/plain;charset=utf-8\r\nX-Accel-Buffering: no\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n{}\r\n",
        u8::from(chunked),
        if chunked { "Transfer-Encoding: chunked\r\n" } else { "" }
    );
    if w.write_all(head.as_bytes()).is_err() || chunk(&mut *w, chunked, first.as_bytes()).is_err() {
        return;
    }
    let _ = w.flush();
    while let Some((data, next, truncated)) = wait_log(ctx, &name, stream, offset, WAIT_MS) {
        if truncated && chunk(&mut *w, chunked, b"\n==> File truncated <==\n").is_err() {
            return;
        }
        if chunk(&mut *w, chunked, data.as_bytes()).is_err() {
            return;
        }
        offset = next;
    }
    if chunked {
        let _ = w.write_all(b"0\r\n\r\n");
    }
    let _ = w.flush();
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
