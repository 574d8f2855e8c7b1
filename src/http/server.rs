//! The servers' lifecycle: bind the listening sockets (before daemonizing, so errors reach
//! the terminal), start the one HTTP thread that serves them all (after the fork), and stop
//! it (removing the unix socket file).

use std::net::SocketAddr;
use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;

use super::auth::Credentials;
use super::listen::{bind_inet, bind_unix, inet_addr};
use super::poll_loop::{Listener, PollLoop, Stats};
use super::router::Ctx;
use super::{HttpError, HttpOptions, HttpServers};
use crate::control::{wake_pipe, ControlHandle, Waker};

/// A bound listening socket, not served yet.
struct Bound {
    fd: OwnedFd,
    creds: Option<Credentials>,
    /// For a TCP server: its address (the port the kernel chose, for port 0).
    inet: Option<SocketAddr>,
    /// For a unix server: its socket file.
    unix: Option<PathBuf>,
}

/// Listening sockets that are bound (and chmod/chown-ed) but not served yet: open them
/// before daemonizing so errors reach the terminal, then [`BoundServers::start`] them in
/// the process that runs the event loop (threads do not survive `fork`). Dropping an
/// unstarted value removes the unix socket file.
pub struct BoundServers {
    items: Vec<Bound>,
    /// `[inet_http_server]`'s node keys, served on every server (as the Go port does).
    nodes: crate::config::model::Nodes,
}

impl Drop for BoundServers {
    fn drop(&mut self) {
        for b in &self.items {
            if let Some(path) = &b.unix {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// Credentials a server requires: none when no (or an empty) username is configured.
fn credentials(user: &Option<String>, pass: &Option<String>) -> Option<Credentials> {
    crate::config::model::auth_user(user).map(|u| Credentials {
        username: u.to_string(),
        password: pass.clone().unwrap_or_default(),
    })
}

fn bind_error(what: &str, source: std::io::Error) -> HttpError {
    HttpError::Bind {
        what: what.into(),
        source,
    }
}

/// Binds every configured server (nothing is served yet).
pub(super) fn bind(servers: &HttpServers) -> Result<BoundServers, HttpError> {
    let mut bound = BoundServers::none_yet(servers);
    if let Some(u) = &servers.unix {
        let listener = bind_unix(u)?;
        listener
            .set_nonblocking(true)
            .map_err(|e| bind_error("unix socket", e))?;
        bound.items.push(Bound {
            fd: listener.into(),
            creds: credentials(&u.username, &u.password),
            inet: None,
            unix: Some(u.file.clone()),
        });
    }
    if let Some(i) = &servers.inet {
        inet_addr(i)?;
        let listener = bind_inet(i)?;
        let addr = listener
            .local_addr()
            .map_err(|e| bind_error("TCP listener address", e))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| bind_error("TCP listener", e))?;
        bound.items.push(Bound {
            fd: listener.into(),
            creds: credentials(&i.username, &i.password),
            inet: Some(addr),
            unix: None,
        });
    }
    Ok(bound)
}

/// A listening socket as handed over across an in-place upgrade: `unix` or `inet`, its
/// descriptor, and a unix server's socket file.
#[derive(Debug)]
pub struct HandedListener {
    pub kind: &'static str,
    pub fd: OwnedFd,
    pub path: Option<PathBuf>,
}

impl BoundServers {
    /// Duplicates of the bound listening sockets (close-on-exec), kept by the daemon so
    /// that the sockets stay open, and queue connections, while the HTTP thread is gone
    /// during an upgrade.
    pub fn duplicates(&self) -> std::io::Result<Vec<HandedListener>> {
        self.items
            .iter()
            .map(|b| {
                Ok(HandedListener {
                    kind: if b.unix.is_some() { "unix" } else { "inet" },
                    fd: b.fd.try_clone()?,
                    path: b.unix.clone(),
                })
            })
            .collect()
    }

    /// No socket yet; the multi-node view as `servers` configure it.
    fn none_yet(servers: &HttpServers) -> BoundServers {
        BoundServers {
            items: Vec::new(),
            nodes: servers
                .inet
                .as_ref()
                .map(|i| i.nodes.clone())
                .unwrap_or_default(),
        }
    }

    /// Servers over sockets that are already bound and listening (handed over by the
    /// daemon process this one replaced, or kept across a failed upgrade): nothing is
    /// bound, the credentials come from `servers`. A configured server without a socket
    /// is bound anew.
    pub fn adopt(
        servers: &HttpServers,
        handed: Vec<HandedListener>,
    ) -> Result<BoundServers, HttpError> {
        let mut bound = BoundServers::none_yet(servers);
        let mut unix_done = false;
        let mut inet_done = false;
        for h in handed {
            if h.kind == "unix" {
                let creds = servers
                    .unix
                    .as_ref()
                    .and_then(|u| credentials(&u.username, &u.password));
                unix_done = true;
                bound.items.push(Bound {
                    fd: h.fd,
                    creds,
                    inet: None,
                    unix: h.path,
                });
            } else {
                let listener = std::net::TcpListener::from(h.fd);
                let addr = listener
                    .local_addr()
                    .map_err(|e| bind_error("TCP listener address", e))?;
                let creds = servers
                    .inet
                    .as_ref()
                    .and_then(|i| credentials(&i.username, &i.password));
                inet_done = true;
                bound.items.push(Bound {
                    fd: listener.into(),
                    creds,
                    inet: Some(addr),
                    unix: None,
                });
            }
        }
        let rest = HttpServers {
            unix: servers.unix.clone().filter(|_| !unix_done),
            inet: servers.inet.clone().filter(|_| !inet_done),
        };
        let mut more = bind(&rest)?;
        bound.items.append(&mut more.items);
        Ok(bound)
    }
}

/// The running HTTP thread; stop it with [`HttpThreads::shutdown`] (also done on drop).
pub struct HttpThreads {
    stop: Arc<AtomicBool>,
    waker: Waker,
    thread: Option<JoinHandle<()>>,
    inet: Option<SocketAddr>,
    unix: Option<PathBuf>,
    stats: Arc<Stats>,
}

/// Niceness of the HTTP thread: under CPU contention (a request flood, hundreds of
/// connections) the event loop, at the daemon's own priority, runs first, so clients can
/// never delay supervision timers.
const HTTP_NICE: i32 = 10;

/// Lowers the calling thread's scheduling priority to `HTTP_NICE` (Linux: per thread).
fn lower_priority() {
    // SAFETY: plain syscalls on the calling thread's own id.
    unsafe {
        let tid = nix::libc::syscall(nix::libc::SYS_gettid) as nix::libc::id_t;
        nix::libc::setpriority(nix::libc::PRIO_PROCESS, tid, HTTP_NICE);
    }
}

impl BoundServers {
    /// Starts the HTTP thread serving every bound server through `handle`.
    pub fn start(
        mut self,
        handle: ControlHandle,
        options: HttpOptions,
    ) -> Result<HttpThreads, HttpError> {
        let items = std::mem::take(&mut self.items);
        let nodes = std::mem::take(&mut self.nodes);
        let inet = items.iter().find_map(|b| b.inet);
        let unix = items.iter().find_map(|b| b.unix.clone());
        let listeners = items
            .into_iter()
            .map(|b| Listener {
                fd: b.fd,
                ctx: Ctx {
                    creds: b.creds,
                    loopback_only: b.inet.is_some_and(|a| a.ip().is_loopback()),
                    tails: Default::default(),
                    max_tails: options.max_tails,
                    nodes: Default::default(),
                },
                open: 0,
            })
            .collect::<Vec<_>>();
        let (waker, wake_fd) = wake_pipe().map_err(|e| HttpError::Server(e.to_string()))?;
        let stop = Arc::new(AtomicBool::new(false));
        let stats = Arc::new(Stats::default());
        let answers = mpsc::channel();
        let (stop2, stats2, waker2) = (stop.clone(), stats.clone(), waker.clone());
        let max = options.max_connections;
        // The listeners hold `Rc`s, so the loop is built on its own thread from plain parts.
        let parts = SendParts(listeners, nodes);
        let thread = std::thread::Builder::new()
            .name("http".into())
            .spawn(move || {
                lower_priority();
                let parts = parts;
                let SendParts(mut listeners, nodes) = parts;
                // One `Rc` shared by the servers, made on this thread.
                let nodes = std::rc::Rc::new(nodes);
                for l in &mut listeners {
                    l.ctx.nodes = nodes.clone();
                }
                let mut poll_loop = PollLoop::new(
                    listeners,
                    max,
                    handle,
                    answers,
                    (waker2, wake_fd),
                    stop2,
                    stats2,
                );
                poll_loop.run();
            })
            .map_err(|e| HttpError::Server(e.to_string()))?;
        Ok(HttpThreads {
            stop,
            waker,
            thread: Some(thread),
            inet,
            unix,
            stats,
        })
    }
}

/// Listeners on their way to the HTTP thread.
struct SendParts(Vec<Listener>, crate::config::model::Nodes);

// SAFETY: the `Rc` tail counters inside are fresh (count 1, no clones exist) and move to the
// HTTP thread as a whole; only that thread ever touches them.
unsafe impl Send for SendParts {}

impl HttpThreads {
    /// The bound TCP address of the inet server, if any (useful with port 0).
    pub fn inet_addr(&self) -> Option<SocketAddr> {
        self.inet
    }

    /// The unix socket path, if any.
    pub fn unix_path(&self) -> Option<PathBuf> {
        self.unix.clone()
    }

    /// Accepts that failed for want of descriptors (each one paused accepting briefly).
    pub fn accept_errors(&self) -> usize {
        self.stats.accept_errors.load(Ordering::SeqCst)
    }

    /// Stops accepting, lets answers in progress go out (up to `limits::DRAIN`) — the
    /// answer to a `shutdown` call is written after the event loop has ended — joins the
    /// thread and removes the unix socket file.
    pub fn shutdown(mut self) {
        self.stop_all();
    }

    /// An upgrade begins: stop accepting (the sockets stay open in the daemon's
    /// duplicates, queueing new connections), finish what is in progress, then end the
    /// thread, which drops its control handle. Does not wait.
    pub fn begin_drain(&self) {
        self.stats.keep_accepted.store(true, Ordering::SeqCst);
        self.stop.store(true, Ordering::SeqCst);
        self.waker.wake();
    }

    /// Joins the thread (after [`HttpThreads::begin_drain`]) and keeps the unix socket
    /// file, which the next HTTP thread (or daemon process) serves.
    pub fn end_keeping_socket(mut self) {
        self.unix = None;
        self.stop_all();
    }

    fn stop_all(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.waker.wake();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        if let Some(path) = &self.unix {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Drop for HttpThreads {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.stop_all();
        }
    }
}
