//! The web UI: one self-contained page (inline CSS and JS, no external assets) that polls
//! the JSON API for a live status table with per-process and global actions.

use tiny_http::Request;

use super::util::respond;

const PAGE: &str = include_str!("index.html");

/// Serves `/` and `/index.html`.
pub(super) fn serve(rq: Request) {
    respond(rq, 200, "text/html; charset=utf-8", PAGE)
}
