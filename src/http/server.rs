//! Listener lifecycle: one accept thread per server drains tiny_http's queue and hands each
//! request to its own worker thread; a dead accept thread (tiny_http stops on any accept
//! error) is replaced by a server built on a fresh listener.

use std::net::{SocketAddr, TcpListener};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, Once, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tiny_http::{Response, Server};

use super::auth::Credentials;
use super::coalesce::Coalesce;
use super::listen::{bind_inet, bind_unix};
use super::{HttpError, HttpOptions, HttpServers};
use crate::config::model::{InetHttpServer, UnixHttpServer};
use crate::control::{ControlHandle, Reply};

/// What a request handler needs.
pub(super) struct Ctx {
    pub handle: ControlHandle,
    pub creds: Option<Credentials>,
    pub options: HttpOptions,
    /// Requests being served.
    active: Arc<Slots>,
    /// Live tails being streamed.
    pub tails: Arc<Slots>,
    /// `/metrics` snapshots shared by concurrent scrapers (of every server).
    pub metrics: Arc<Coalesce<[Reply; 2]>>,
}

#[derive(Clone)]
enum Kind {
    Unix(UnixHttpServer),
    Inet(InetHttpServer, SocketAddr),
}

struct Slot {
    kind: Kind,
    server: Mutex<Option<Arc<Server>>>,
    /// How many times the server was rebuilt after its accept thread died.
    rebuilds: AtomicUsize,
}

/// Running HTTP servers; stop them with [`HttpThreads::shutdown`] (also done on drop).
pub struct HttpThreads {
    stop: Arc<AtomicBool>,
    slots: Vec<Arc<Slot>>,
    threads: Vec<JoinHandle<()>>,
    /// Each server's request workers, waited for at shutdown.
    workers: Vec<Arc<Slots>>,
}

fn credentials(user: &Option<String>, pass: &Option<String>) -> Option<Credentials> {
    user.as_ref().map(|u| Credentials {
        username: u.clone(),
        password: pass.clone().unwrap_or_default(),
    })
}

/// A bound listening socket, not yet served.
enum Opened {
    Unix(UnixListener),
    Tcp(TcpListener),
}

fn open(kind: &Kind) -> Result<Opened, HttpError> {
    Ok(match kind {
        Kind::Unix(cfg) => Opened::Unix(bind_unix(cfg)?),
        Kind::Inet(cfg, addr) => {
            let mut cfg = cfg.clone();
            cfg.host = addr.ip().to_string();
            cfg.port = addr.port();
            Opened::Tcp(bind_inet(&cfg)?)
        }
    })
}

fn serve(opened: Opened) -> Result<Server, HttpError> {
    let server = match opened {
        Opened::Unix(l) => Server::from_listener(l, None),
        Opened::Tcp(l) => Server::from_listener(l, None),
    };
    server.map_err(|e| HttpError::Server(e.to_string()))
}

fn build(kind: &Kind) -> Result<Server, HttpError> {
    serve(open(kind)?)
}

/// Listening sockets that are bound (and chmod/chown-ed) but not served yet: open them
/// before daemonizing so errors reach the terminal, then [`BoundServers::start`] them in
/// the process that runs the event loop (threads do not survive `fork`). Dropping an
/// unstarted value removes the unix socket file.
pub struct BoundServers {
    items: Vec<(Kind, Opened, Option<Credentials>)>,
}

impl Drop for BoundServers {
    fn drop(&mut self) {
        for (kind, _, _) in &self.items {
            if let Kind::Unix(u) = kind {
                let _ = std::fs::remove_file(&u.file);
            }
        }
    }
}

/// Binds every configured server (nothing is served yet).
pub(super) fn bind(servers: &HttpServers) -> Result<BoundServers, HttpError> {
    let mut bound = BoundServers { items: Vec::new() };
    if let Some(u) = &servers.unix {
        let kind = Kind::Unix(u.clone());
        let opened = open(&kind)?;
        bound
            .items
            .push((kind, opened, credentials(&u.username, &u.password)));
    }
    if let Some(i) = &servers.inet {
        let kind = Kind::Inet(i.clone(), super::listen::inet_addr(i)?);
        let opened = open(&kind)?;
        // Port 0 (tests): keep the port the kernel chose so a rebuild reuses it.
        let kind = match &opened {
            Opened::Tcp(l) => Kind::Inet(
                i.clone(),
                l.local_addr().map_err(|e| HttpError::Bind {
                    what: "TCP listener address".into(),
                    source: e,
                })?,
            ),
            Opened::Unix(_) => kind,
        };
        bound
            .items
            .push((kind, opened, credentials(&i.username, &i.password)));
    }
    Ok(bound)
}

impl BoundServers {
    /// Starts serving: one accept thread per server, requests answered through `handle`.
    pub fn start(
        mut self,
        handle: ControlHandle,
        options: HttpOptions,
    ) -> Result<HttpThreads, HttpError> {
        install_panic_hook();
        let stop = Arc::new(AtomicBool::new(false));
        let mut started = HttpThreads {
            stop: stop.clone(),
            slots: Vec::new(),
            threads: Vec::new(),
            workers: Vec::new(),
        };
        let metrics = Arc::new(Coalesce::default());
        for (kind, opened, creds) in std::mem::take(&mut self.items) {
            let slot = Arc::new(Slot {
                kind,
                server: Mutex::new(None),
                rebuilds: AtomicUsize::new(0),
            });
            // Registered first so a failure below still cleans the socket up on drop.
            started.slots.push(slot.clone());
            // Built on a thread of lower priority, so tiny_http's accept and connection
            // threads (created from it) inherit that priority.
            let server = std::thread::Builder::new()
                .name("http-setup".into())
                .spawn(move || {
                    lower_priority();
                    serve(opened)
                })
                .map_err(|e| HttpError::Server(e.to_string()))?
                .join()
                .map_err(|_| HttpError::Server("server setup panicked".into()))??;
            if let Ok(mut g) = slot.server.lock() {
                *g = Some(Arc::new(server));
            }
            let ctx = Arc::new(Ctx {
                handle: handle.clone(),
                creds,
                options: options.clone(),
                active: Arc::new(Slots::default()),
                tails: Arc::new(Slots::default()),
                metrics: metrics.clone(),
            });
            started.workers.push(ctx.active.clone());
            if let Ok(mut all) = SLOTS.lock() {
                all.retain(|w| w.strong_count() > 0);
                all.push(Arc::downgrade(&slot));
            }
            let (slot2, stop2) = (slot.clone(), stop.clone());
            let thread = std::thread::Builder::new()
                .name("http-accept".into())
                .spawn(move || accept_loop(&slot2, &ctx, &stop2))
                .map_err(|e| HttpError::Server(e.to_string()))?;
            started.threads.push(thread);
        }
        Ok(started)
    }
}

fn current(slot: &Slot) -> Option<Arc<Server>> {
    slot.server.lock().ok().and_then(|g| g.clone())
}

/// Niceness of every HTTP thread: under CPU contention (a request flood, hundreds of
/// connections) the event loop, at the daemon's own priority, runs first, so clients can
/// never delay supervision timers. Threads inherit it from the thread that creates them.
const HTTP_NICE: i32 = 10;

/// Lowers the calling thread's scheduling priority to `HTTP_NICE` (Linux: per thread).
fn lower_priority() {
    // SAFETY: plain syscalls on the calling thread's own id.
    unsafe {
        let tid = nix::libc::syscall(nix::libc::SYS_gettid) as nix::libc::id_t;
        nix::libc::setpriority(nix::libc::PRIO_PROCESS, tid, HTTP_NICE);
    }
}

fn accept_loop(slot: &Slot, ctx: &Arc<Ctx>, stop: &AtomicBool) {
    lower_priority();
    while !stop.load(Ordering::SeqCst) {
        let Some(server) = current(slot) else {
            return;
        };
        let got = server.recv();
        // Never hold the old server across a rebuild: its Drop must run first.
        drop(server);
        match got {
            Ok(rq) => dispatch(rq, ctx),
            Err(e) => {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                log::error!("HTTP server stopped accepting ({e}); reopening it");
                rebuild(slot, stop);
            }
        }
    }
}

/// Replaces a dead server; retries once a second while the cause (e.g. EMFILE) persists.
/// This runs on the HTTP accept thread, never in the event loop.
fn rebuild(slot: &Slot, stop: &AtomicBool) {
    let old = slot.server.lock().ok().and_then(|mut g| g.take());
    drop(old);
    // If the old accept thread is in fact alive, this connection lets it see its close flag
    // (tiny_http pokes the temporary name it was bound to, which no longer exists).
    if let Kind::Unix(u) = &slot.kind {
        let _ = UnixStream::connect(&u.file);
    }
    while !stop.load(Ordering::SeqCst) {
        match build(&slot.kind) {
            Ok(server) => {
                if let Ok(mut g) = slot.server.lock() {
                    *g = Some(Arc::new(server));
                }
                slot.rebuilds.fetch_add(1, Ordering::SeqCst);
                return;
            }
            Err(e) => {
                log::error!("cannot reopen HTTP server: {e}");
                std::thread::sleep(Duration::from_secs(1));
            }
        }
    }
}

/// Every live slot, for the panic hook.
static SLOTS: Mutex<Vec<Weak<Slot>>> = Mutex::new(Vec::new());

/// tiny_http 0.12 `unwrap()`s `try_clone()` on each accepted socket (refined_tcp_stream.rs),
/// so under EMFILE its accept thread dies by panic instead of reporting an error, and
/// `recv()` would block forever. This hook (installed once, chaining the previous one)
/// notices that panic and unblocks every server's `recv()`, which triggers a rebuild.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let accept_died = info.location().is_some_and(|l| {
                l.file().contains("tiny_http") && l.file().contains("refined_tcp_stream")
            });
            if accept_died {
                let slots: Vec<Arc<Slot>> = SLOTS
                    .lock()
                    .map(|v| v.iter().filter_map(Weak::upgrade).collect())
                    .unwrap_or_default();
                for slot in slots {
                    if let Some(server) = current(&slot) {
                        server.unblock();
                    }
                }
            }
            previous(info);
        }));
    });
}

/// A bounded count of units in use (request workers, live tails); a released unit wakes
/// one waiter.
#[derive(Default)]
pub(super) struct Slots {
    used: Mutex<usize>,
    freed: Condvar,
}

/// One unit of [`Slots`]; released on drop, so a panicking handler cannot leak capacity.
pub(super) struct Held(Arc<Slots>);

impl Held {
    /// Takes one unit of `slots` if fewer than `limit` are in use, waiting up to `wait` for
    /// one to be released.
    pub(super) fn take(slots: &Arc<Slots>, limit: usize, wait: Duration) -> Option<Held> {
        let deadline = Instant::now() + wait;
        let mut used = slots.used.lock().ok()?;
        while *used >= limit {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            used = slots.freed.wait_timeout(used, left).ok()?.0;
        }
        *used += 1;
        Some(Held(slots.clone()))
    }
}

impl Slots {
    /// Waits until no unit is in use, or until `until`.
    fn wait_idle(&self, until: Instant) {
        let Ok(mut used) = self.used.lock() else {
            return;
        };
        while *used > 0 {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.freed.wait_timeout(used, left) {
                Ok((g, _)) => used = g,
                Err(_) => return,
            }
        }
    }
}

/// How long shutdown waits for requests in progress (a live tail never ends by itself).
const DRAIN: Duration = Duration::from_secs(2);

impl Drop for Held {
    fn drop(&mut self) {
        let last = match self.0.used.lock() {
            Ok(mut used) => {
                *used = used.saturating_sub(1);
                *used == 0
            }
            Err(_) => false,
        };
        // Both a request waiting for a worker and a draining shutdown may be waiting.
        self.0.freed.notify_all();
        // After the slot is free and its waiters are woken: the trim takes up to ~0.1 ms.
        if last {
            release_free_memory();
        }
    }
}

/// Gives the memory freed by the requests just served back to the kernel. glibc keeps freed
/// chunks in its arenas (each request thread allocates in its own, and the loop's answers in
/// the main heap), so a few hundred status calls left an idle daemon ~0.6 MiB larger for
/// good; trimmed when the last request in progress ends, it goes back to its size before
/// them. Runs on the request thread after its answer was sent (40–120 µs measured). musl
/// returns freed memory by itself.
fn release_free_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only takes glibc's own arena locks; any thread may call it.
    unsafe {
        nix::libc::malloc_trim(0);
    }
}

fn dispatch(rq: tiny_http::Request, ctx: &Arc<Ctx>) {
    let Some(held) = Held::take(&ctx.active, ctx.options.max_workers, ctx.options.queue_wait)
    else {
        let _ = rq.respond(Response::from_string("too many requests\n").with_status_code(503));
        return;
    };
    let ctx2 = ctx.clone();
    // The request waits in a shared slot so that, if the thread cannot start (EAGAIN under
    // RLIMIT_NPROC), it can still be answered with 503 instead of a silent close.
    let slot = Arc::new(Mutex::new(Some(rq)));
    let slot2 = slot.clone();
    let spawned = std::thread::Builder::new()
        .name("http-request".into())
        .spawn(move || {
            let _held = held;
            let rq = slot2.lock().ok().and_then(|mut g| g.take());
            if let Some(rq) = rq {
                super::router::handle(rq, &ctx2);
            }
        });
    if let Err(e) = spawned {
        log::error!("cannot start an HTTP request thread: {e}");
        let rq = slot.lock().ok().and_then(|mut g| g.take());
        if let Some(rq) = rq {
            let _ = rq.respond(
                Response::from_string("cannot start a request thread\n").with_status_code(503),
            );
        }
    }
}

impl HttpThreads {
    /// The bound TCP address of the inet server, if any (useful with port 0).
    pub fn inet_addr(&self) -> Option<SocketAddr> {
        self.slots.iter().find_map(|s| match &s.kind {
            Kind::Inet(_, a) => Some(*a),
            Kind::Unix(_) => None,
        })
    }

    /// How many times a server had to be rebuilt after tiny_http's accept thread died.
    pub fn rebuild_count(&self) -> usize {
        self.slots
            .iter()
            .map(|s| s.rebuilds.load(Ordering::SeqCst))
            .sum()
    }

    /// The unix socket path, if any.
    pub fn unix_path(&self) -> Option<PathBuf> {
        self.slots.iter().find_map(|s| match &s.kind {
            Kind::Unix(u) => Some(u.file.clone()),
            Kind::Inet(..) => None,
        })
    }

    /// Stops accepting, joins the accept threads and removes the unix socket file, then
    /// gives requests being served up to `DRAIN` to finish — the answer to a `shutdown`
    /// call is written by its thread after the loop has already ended, and the process
    /// exits right after this returns.
    pub fn shutdown(mut self) {
        self.stop_all();
        let until = Instant::now() + DRAIN;
        for w in &self.workers {
            w.wait_idle(until);
        }
    }

    fn stop_all(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for slot in &self.slots {
            if let Some(server) = current(slot) {
                server.unblock();
            }
        }
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        for slot in &self.slots {
            let server = slot.server.lock().ok().and_then(|mut g| g.take());
            drop(server);
            // tiny_http unblocks its accept thread by connecting to the address it was bound
            // to; ours was a temporary name, so poke the real path, then remove it.
            if let Kind::Unix(u) = &slot.kind {
                let _ = UnixStream::connect(&u.file);
                let _ = std::fs::remove_file(&u.file);
            }
        }
    }
}

impl Drop for HttpThreads {
    fn drop(&mut self) {
        if !self.threads.is_empty() {
            self.stop_all();
        }
    }
}
