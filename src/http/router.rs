//! Authenticates a request and routes it by path.

use std::time::Duration;

use tiny_http::{Header, Request, Response};

use super::auth::{self, AuthResult};
use super::server::{Ctx, Held};
use super::util::{header, respond_text, split_url};

/// Serves one request (on its own worker thread).
pub(super) fn handle(rq: Request, ctx: &Ctx) {
    match auth::check(ctx.creds.as_ref(), header(&rq, "Authorization")) {
        AuthResult::Allowed => {}
        AuthResult::Malformed => return respond_text(rq, 400, "Bad Request"),
        AuthResult::Denied => return unauthorized(rq),
    }
    let url = rq.url().to_string();
    let (path, query) = split_url(&url);
    if path.starts_with("/RPC2") {
        super::rpc2::serve(rq, ctx)
    } else if path == "/mainlogtail" || path.starts_with("/logtail/") {
        match Held::take(&ctx.tails, ctx.options.max_tails, Duration::ZERO) {
            Some(_held) => super::logtail::serve(rq, ctx, path),
            None => respond_text(rq, 503, "too many tails"),
        }
    } else if path.starts_with("/api/v1/") {
        super::api::serve(rq, ctx, path, query)
    } else if path.starts_with("/program/") || path.starts_with("/supervisor/") {
        super::gorest::serve(rq, ctx, path)
    } else {
        match path {
            "/healthz" => super::probes::healthz(rq, ctx),
            "/readyz" => super::probes::readyz(rq, ctx),
            "/metrics" => super::probes::metrics(rq, ctx),
            "/" | "/index.html" => super::ui::serve(rq),
            _ => respond_text(rq, 404, "Not Found"),
        }
    }
}

fn unauthorized(rq: Request) {
    let mut resp = Response::from_string("Unauthorized\n").with_status_code(401);
    for (k, v) in [
        ("WWW-Authenticate", "Basic realm=\"default\""),
        ("Connection", "close"),
        ("Content-Type", "text/plain"),
    ] {
        if let Ok(h) = Header::from_bytes(k, v) {
            resp.add_header(h);
        }
    }
    let _ = rq.respond(resp);
}
