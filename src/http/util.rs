//! Small request/response helpers shared by the routes.

use std::io::Read;

use tiny_http::{Header, Request, Response};

use crate::rpc::Value;

/// Sends a body with a status and content type (errors writing to a gone client are ignored).
pub fn respond(rq: Request, status: u16, content_type: &str, body: impl Into<Vec<u8>>) {
    let mut resp = Response::from_data(body.into()).with_status_code(status);
    if let Ok(h) = Header::from_bytes("Content-Type", content_type) {
        resp.add_header(h);
    }
    let _ = rq.respond(resp);
}

/// Sends a JSON value.
pub fn respond_json(rq: Request, status: u16, v: &Value) {
    let mut body = super::json::to_json(v);
    body.push('\n');
    respond(rq, status, "application/json", body);
}

/// Sends a plain-text error.
pub fn respond_text(rq: Request, status: u16, text: &str) {
    respond(rq, status, "text/plain; charset=utf-8", format!("{text}\n"));
}

/// Reads the body, at most `limit` bytes; `Err(413)` beyond, `Err(400)` on read errors.
pub fn read_body(rq: &mut Request, limit: usize) -> Result<Vec<u8>, u16> {
    if rq.body_length().is_some_and(|n| n > limit) {
        return Err(413);
    }
    let mut body = Vec::new();
    rq.as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|_| 400u16)?;
    if body.len() > limit {
        return Err(413);
    }
    Ok(body)
}

/// Splits a request target into its path and query string.
pub fn split_url(url: &str) -> (&str, &str) {
    match url.split_once('?') {
        Some((p, q)) => (p, q),
        None => (url, ""),
    }
}

/// Decodes `%XX` escapes (and `+` as space when `plus` is set); bad escapes stay literal.
pub fn percent_decode(s: &str, plus: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1..i + 3].iter().all(u8::is_ascii_hexdigit) =>
            {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' if plus => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of `key` in a query string, decoded.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k, true) == key).then(|| percent_decode(v, true))
    })
}

/// A header's value, if present.
pub fn header<'a>(rq: &'a Request, name: &str) -> Option<&'a str> {
    rq.headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("g%3A%2A", false), "g:*");
        assert_eq!(percent_decode("a+b%", true), "a b%");
        assert_eq!(percent_decode("%zz%4", false), "%zz%4");
        // Only two hex digits form an escape (from_str_radix alone accepts "+1").
        assert_eq!(percent_decode("%+1%-1", false), "%+1%-1");
        assert_eq!(
            query_param("stream=stderr&offset=-5", "offset").as_deref(),
            Some("-5")
        );
        assert_eq!(query_param("a", "a").as_deref(), Some(""));
        assert_eq!(query_param("", "a"), None);
        assert_eq!(split_url("/x?y=1"), ("/x", "y=1"));
    }
}
