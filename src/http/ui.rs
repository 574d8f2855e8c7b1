//! The web UI: one self-contained page (inline CSS and JS, no external assets) that polls
//! the JSON API for a live status table with per-process and global actions. It is served
//! with a Content-Security-Policy that lets only its own inline script and style run (by a
//! nonce fresh for each answer) and talk only to its own origin, and it may not be framed.

use super::response::Response;
use crate::rpc::base64;

const PAGE: &str = include_str!("index.html");

/// Serves `/` and `/index.html`.
pub(super) fn serve() -> Response {
    let nonce = base64::encode(&random_bytes());
    // Every inline block of the page carries the nonce (blocks added to the page, such as
    // a header section with its own script, run too).
    let page = PAGE
        .replace("<script>", &format!("<script nonce=\"{nonce}\">"))
        .replace("<style>", &format!("<style nonce=\"{nonce}\">"));
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; \
         connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; \
         frame-ancestors 'none'"
    );
    Response::new(200, "text/html; charset=utf-8", page)
        .with("Content-Security-Policy", &csp)
        .with("X-Frame-Options", "DENY")
        .with("X-Content-Type-Options", "nosniff")
        .with("Cache-Control", "no-store")
}

/// 16 bytes from the kernel's random source (a clock-derived value if that fails, which
/// still differs per answer).
fn random_bytes() -> [u8; 16] {
    let mut buf = [0u8; 16];
    // SAFETY: getrandom writes at most `buf.len()` bytes into `buf`.
    let n = unsafe { nix::libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    if n != buf.len() as isize {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        buf = t.to_le_bytes();
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_carries_a_fresh_nonce_that_its_policy_names() {
        let a = serve();
        let b = serve();
        let csp = |r: &Response| {
            r.headers
                .iter()
                .find(|(k, _)| *k == "Content-Security-Policy")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_ne!(csp(&a), csp(&b));
        let super::super::response::Body::Full(body) = &a.body else {
            panic!("a full body");
        };
        let body = String::from_utf8_lossy(body);
        let nonce = csp(&a)
            .split("'nonce-")
            .nth(1)
            .and_then(|s| s.split('\'').next())
            .map(str::to_string)
            .unwrap_or_default();
        assert!(body.contains(&format!("<script nonce=\"{nonce}\">")));
        assert!(body.contains(&format!("<style nonce=\"{nonce}\">")));
    }
}
