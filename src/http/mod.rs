//! The HTTP side of the control plane: supervisord's `[unix_http_server]` and
//! `[inet_http_server]`, served by one thread running its own `poll()` loop
//! (`poll_loop.rs`) over both listeners and every connection. Every route ends in calls sent
//! to the event loop through [`crate::control::ControlHandle`]; nothing here touches
//! process state directly, and nothing here blocks on the loop: a route is a [`Step`](crate::http::step::Step)
//! that names its calls, and the connection waits as a state until the replies arrive.
//!
//! Routes (all behind the server's Basic auth when configured, and the cross-site guard):
//! - `POST /RPC2` — XML-RPC; `system.*` (incl. `multicall`, run as a chain of steps) is
//!   answered on this side from [`crate::rpc::methods`].
//! - `/api/v1/...` — JSON API; `/program/...`, `/supervisor/...` — Go-port REST routes.
//! - `/logtail/<name>[/stdout|/stderr]`, `/mainlogtail` — chunked live tails.
//! - `/healthz`, `/readyz`, `/metrics` — probes and Prometheus text.
//! - `/` — the single-page web UI.
//!
//! Limits on every input are in [`limits`](crate::http::limits) (docs/HTTP.md lists them).
//!
//! # Starting it from the daemon
//!
//! ```ignore
//! let (handle, receiver) = control::channel()?;
//! // Before daemonizing: bind (chmod/chown, stale-socket check); errors are startup errors
//! // printed as `Error: <HttpError>` with exit 2, like Python's.
//! let bound = http::bind(&http::HttpServers::from_config(&config))?;
//! // ... daemonize (fork) ...
//! // In the process that runs the loop (threads do not survive fork):
//! let http = bound.start(handle, http::HttpOptions::default())?;
//! // Event loop: poll `receiver.wake_fd` readable → drain the pipe → answer every
//! // `receiver.rx.try_recv()` Call through `call.reply` (now, or later for wait=true).
//! // On exit: `http.shutdown()` (also on drop) removes the unix socket file.
//! ```

mod api;
pub mod auth;
mod conn;
mod goconf;
mod gorest;
mod guard;
mod health;
pub mod json;
pub mod limits;
mod listen;
mod logfile;
mod logtail;
mod metrics;
mod nodes;
mod owner;
mod poll_loop;
pub mod remote;
pub mod request;
pub mod response;
mod router;
pub mod rpc2;
mod server;
pub mod sha1;
pub mod step;
mod ui;
mod util;

use std::fmt;
use std::path::PathBuf;

pub use listen::socket_is_alive;
pub use owner::resolve_owner;
pub use server::{BoundServers, HandedListener, HttpThreads};

use crate::config::model::{Config, InetHttpServer, UnixHttpServer};
use crate::control::ControlHandle;

/// The HTTP servers to run (either, both or none).
#[derive(Debug, Clone, Default)]
pub struct HttpServers {
    pub unix: Option<UnixHttpServer>,
    pub inet: Option<InetHttpServer>,
}

impl HttpServers {
    /// The servers a validated config asks for.
    pub fn from_config(config: &Config) -> HttpServers {
        HttpServers {
            unix: config.unix_http_server.clone(),
            inet: config.inet_http_server.clone(),
        }
    }
}

/// Settings of the HTTP side.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Connections per server; at the limit the oldest idle one is closed to make room.
    pub max_connections: usize,
    /// Live tails per server (each parks a call in the event loop); more get `503`.
    pub max_tails: usize,
}

impl Default for HttpOptions {
    fn default() -> HttpOptions {
        HttpOptions {
            max_connections: limits::MAX_CONNECTIONS,
            max_tails: limits::MAX_TAILS,
        }
    }
}

/// Why the HTTP servers could not start.
#[derive(Debug)]
pub enum HttpError {
    /// Someone else answers on the socket or port (supervisord's startup error); which one.
    AddrInUse(String),
    /// bind/chmod/link failed.
    Bind {
        what: String,
        source: std::io::Error,
    },
    /// chown of the unix socket failed.
    Chown { path: PathBuf, message: String },
    /// `[inet_http_server] port=` names a host we cannot use without DNS.
    BadHost(String),
    /// The HTTP thread could not be started.
    Server(String),
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::AddrInUse(which) => write!(
                f,
                "Another program is already listening on a port that one of our HTTP servers is \
                 configured to use.  Shut this program down first before starting supervisord. \
                 ({which})"
            ),
            HttpError::Bind { what, source } => {
                write!(f, "Cannot open an HTTP server: {what}: {source}")
            }
            HttpError::Chown { message, .. } => f.write_str(message),
            HttpError::BadHost(h) => write!(
                f,
                "Cannot open an HTTP server: host {h:?} is not a numeric address or localhost"
            ),
            HttpError::Server(m) => write!(f, "Cannot open an HTTP server: {m}"),
        }
    }
}

impl std::error::Error for HttpError {}

/// Binds the configured servers without serving them yet (see [`BoundServers`]): call this
/// before daemonizing so "Another program is already listening…" reaches the terminal.
pub fn bind(servers: &HttpServers) -> Result<BoundServers, HttpError> {
    server::bind(servers)
}

/// Binds and starts serving in one step; dropping the result or calling
/// [`HttpThreads::shutdown`] stops the servers and removes the unix socket file.
pub fn spawn(
    servers: &HttpServers,
    handle: ControlHandle,
    options: HttpOptions,
) -> Result<HttpThreads, HttpError> {
    server::bind(servers)?.start(handle, options)
}
