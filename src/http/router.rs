//! Checks a request (cross-site guard, authentication, body type) and routes it by path.

use std::cell::Cell;
use std::rc::Rc;

use super::auth::{self, AuthResult, Credentials};
use super::logtail::TailSlot;
use super::request::Request;
use super::response::{reason, Response};
use super::step::Step;

/// What routing needs to know about the server a request came in on.
pub(super) struct Ctx {
    pub creds: Option<Credentials>,
    /// A TCP server bound to a loopback address: other `Host`s are refused (DNS rebinding).
    pub loopback_only: bool,
    /// Live tails of this server, and how many it allows.
    pub tails: Rc<Cell<usize>>,
    pub max_tails: usize,
    /// This node and the remote ones (`[inet_http_server]` `nodename`, `remotes`).
    pub nodes: Rc<crate::config::model::Nodes>,
}

fn refuse(status: u16) -> Step<Response> {
    Step::Done(Response::text(status, reason(status)))
}

/// Serves one request.
pub(super) fn route(rq: Request, ctx: &Ctx) -> Step<Response> {
    if let Some(status) = super::guard::check(&rq, ctx.loopback_only) {
        return refuse(status);
    }
    match auth::check(ctx.creds.as_ref(), rq.header("Authorization")) {
        AuthResult::Allowed => {}
        AuthResult::Malformed => return refuse(400),
        AuthResult::Denied => return Step::Done(unauthorized()),
    }
    let path = rq.path();
    if path.starts_with("/RPC2") {
        super::rpc2::serve(rq)
    } else if path == "/mainlogtail" || path.starts_with("/logtail/") {
        match TailSlot::take(&ctx.tails, ctx.max_tails) {
            Some(slot) => super::logtail::serve(path, slot),
            None => Step::Done(Response::text(503, "too many tails")),
        }
    } else if path.starts_with("/api/v1/") {
        if !json_or_empty(&rq) {
            return refuse(415);
        }
        super::api::serve(&rq)
    } else if path.starts_with("/program/") || path.starts_with("/supervisor/") {
        super::gorest::serve(&rq, &ctx.nodes)
    } else if path == "/confFile"
        || path == "/log"
        || path.starts_with("/conf/")
        || path.starts_with("/log/")
    {
        super::goconf::serve(&rq)
    } else {
        match path {
            "/healthz" => super::health::healthz(),
            "/readyz" => super::health::readyz(),
            "/metrics" => super::metrics::serve(),
            "/" | "/index.html" => Step::Done(super::ui::serve()),
            _ => refuse(404),
        }
    }
}

/// The JSON API's actions take no body, or a JSON one: a form or text body is what a
/// cross-site page can send without asking the browser first. (The Go port's routes keep
/// taking what its clients send, e.g. curl's `-d` form type; the Origin check covers them.)
fn json_or_empty(rq: &Request) -> bool {
    rq.body.is_empty()
        || rq.header("Content-Type").is_some_and(|t| {
            t.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        })
}

/// Python's (medusa's) answer without valid credentials, byte for byte: an HTML error
/// page, and the connection closed.
fn unauthorized() -> Response {
    const PAGE: &str = "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n\
                        <h1>Error response</h1>\r\n<p>Error code 401.\r\n\
                        <p>Message: Unauthorized.\r\n</body>\r\n";
    let mut r =
        Response::new(401, "text/html", PAGE).with("WWW-Authenticate", "Basic realm=\"default\"");
    r.close = true;
    r
}
