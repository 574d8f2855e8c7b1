//! Hostile clients against the real daemon's HTTP control plane (issue 19). Every test
//! starts `supervisord -n` with BOTH `[unix_http_server]` and `[inet_http_server]`
//! (127.0.0.1, a free port), some with `username/password`, and plays one attack: huge
//! `Content-Length` on every route family, stalled bodies, a 64 MiB header line, 200
//! headers, 500 parked `startProcess(wait=true)` calls, 500 idle connections, a half-sent
//! head, cross-site (CSRF) requests, DNS rebinding (`Host:`), and a program named `all`.
//! Each test ends by checking that the daemon is alive and answers `getState`. Checks that
//! are independent of each other are collected and reported together, so one run shows
//! every way the server misbehaves. Figures are printed as `FIGURE …` lines.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use supervisord::rpc::{xml, Fault, Value};
use support::http::{find, read_response, Sock};
use support::*;

const USER: &str = "admin";
const PASS: &str = "hostile-pass";
/// One program with a stdout log, so `/logtail/x` names something real.
const PROG_X: &str = "[program:x]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n";

/// The tests that measure latency, memory or threads run one at a time: on two cores,
/// another test's flood would be measured too.
fn measuring() -> MutexGuard<'static, ()> {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// Raises this process's RLIMIT_NOFILE soft limit to the hard limit (500 sockets at once).
fn raise_nofile() {
    use nix::sys::resource::{getrlimit, setrlimit, Resource};
    if let Ok((_, hard)) = getrlimit(Resource::RLIMIT_NOFILE) {
        let _ = setrlimit(Resource::RLIMIT_NOFILE, hard, hard);
    }
}

/// How a connection ended up when we waited for a response head.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// A status line arrived.
    Status(u16),
    /// EOF or a reset before any status line.
    Closed(String),
    /// Nothing arrived before the read timeout and the connection is still open.
    Silent,
}

/// Reads until a response head is complete, the connection closes, or the socket's read
/// timeout passes.
fn read_head(s: &mut Sock) -> Outcome {
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        if let Some(pos) = find(&raw, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..pos]).into_owned();
            return match head.split(' ').nth(1).and_then(|c| c.parse().ok()) {
                Some(code) => Outcome::Status(code),
                None => Outcome::Closed(format!("garbage head {head:?}")),
            };
        }
        match s.read(&mut buf) {
            Ok(0) => return Outcome::Closed(format!("EOF after {} bytes", raw.len())),
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Outcome::Silent
            }
            Err(e) => return Outcome::Closed(format!("{:?}", e.kind())),
        }
    }
}

/// Sends one HTTP/1.1 request (`Connection: close`) with the given `Host` and reads the
/// answer; `timeout` bounds each read and write.
fn send(
    t: &Target,
    host: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    timeout: Duration,
) -> std::io::Result<Resp> {
    let mut s = Sock::open(t, timeout)?;
    let head = support::http::request_head(method, path, host, headers, body.len());
    s.write_all(head.as_bytes())?;
    s.write_all(body)?;
    read_response(&mut s)
}

/// Independent checks of one test, reported together at the end.
#[derive(Default)]
struct Checks(Vec<String>);

impl Checks {
    fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            let w = what();
            eprintln!("CHECK FAILED: {w}");
            self.0.push(w);
        }
    }
    fn finish(self, test: &str) {
        assert!(
            self.0.is_empty(),
            "{test}: {} check(s) failed:\n  {}",
            self.0.len(),
            self.0.join("\n  ")
        );
    }
}

/// A daemon with both HTTP servers.
struct Host {
    d: Daemon,
    port: u16,
    tcp: Target,
    auth: bool,
}

impl Host {
    /// Starts a daemon with `[unix_http_server]` and `[inet_http_server]` on 127.0.0.1,
    /// both with `USER`/`PASS` when `auth`; waits until both answer `getPID`.
    fn start(tag: &str, auth: bool, supervisord_extra: &str, programs: &str) -> Host {
        let dir = temp_dir(tag);
        let port = free_port();
        let d = dir.display();
        let creds = if auth {
            format!("username={USER}\npassword={PASS}\n")
        } else {
            String::new()
        };
        let conf = format!(
            "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\
             loglevel=info\nlogfile_maxbytes=0\nkill_children_on_exit=true\n{supervisord_extra}\n\n\
             [unix_http_server]\nfile={d}/s.sock\n{creds}\n\
             [inet_http_server]\nport=127.0.0.1:{port}\n{creds}\n\
             [supervisorctl]\nserverurl=unix://{d}/s.sock\n\n\
             [rpcinterface:supervisor]\n\
             supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
             {programs}"
        );
        // Daemon::start waits with an unauthenticated call; wait here with ours instead.
        let daemon = Daemon::spawn_wrapped(dir, &conf, &[]);
        let h = Host {
            d: daemon,
            port,
            tcp: Target::Tcp(format!("127.0.0.1:{port}")),
            auth,
        };
        let up = wait_for(Duration::from_secs(30), || {
            !alive(h.d.pid())
                || (h.call(&h.tcp, "supervisor.getPID", &[]).is_ok()
                    && h.call(&h.d.target, "supervisor.getPID", &[]).is_ok())
        }) && alive(h.d.pid());
        assert!(up, "daemon did not answer on both servers:\n{}", h.tail());
        h
    }

    /// `127.0.0.1:PORT`, the Host a client of the inet server sends.
    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// The Host header for a target: `127.0.0.1:PORT` on TCP, `localhost` on the socket.
    fn host_for(&self, t: &Target) -> String {
        match t {
            Target::Tcp(_) => self.host(),
            Target::Unix(_) => "localhost".into(),
        }
    }

    /// The Authorization header value when the daemon has auth.
    fn auth_header(&self) -> Option<String> {
        self.auth
            .then(|| supervisord::http::auth::basic_header(USER, PASS))
    }

    /// `send` with the right Host and (if configured) credentials added.
    fn send(
        &self,
        t: &Target,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Resp> {
        let auth = self.auth_header();
        let mut hs: Vec<(&str, &str)> = headers.to_vec();
        if let Some(a) = &auth {
            hs.push(("Authorization", a));
        }
        send(
            t,
            &self.host_for(t),
            method,
            path,
            &hs,
            body,
            Duration::from_secs(10),
        )
    }

    /// One XML-RPC call (with credentials when configured).
    fn call(&self, t: &Target, method: &str, params: &[Value]) -> Result<Value, String> {
        let body = xml::encode_call(method, params);
        let r = self
            .send(
                t,
                "POST",
                "/RPC2",
                &[("Content-Type", "text/xml")],
                body.as_bytes(),
            )
            .map_err(|e| e.to_string())?;
        decode_rpc(&r)
    }

    /// A process's statename (over the unix socket).
    fn state(&self, namespec: &str) -> String {
        self.call(
            &self.d.target,
            "supervisor.getProcessInfo",
            &[Value::Str(namespec.into())],
        )
        .ok()
        .and_then(|v| {
            field(&v, "statename")
                .and_then(Value::as_str)
                .map(String::from)
        })
        .unwrap_or_else(|| "?".into())
    }

    /// Waits up to `secs` for `namespec` to be in `state`.
    fn wait_state(&self, namespec: &str, state: &str, secs: u64) -> bool {
        wait_for(Duration::from_secs(secs), || self.state(namespec) == state)
    }

    /// Starts `namespec` again if something stopped it (so later checks start clean).
    fn restore(&self, namespec: &str) {
        if self.state(namespec) != "RUNNING" {
            let _ = self.call(
                &self.d.target,
                "supervisor.startProcess",
                &[Value::Str(namespec.into()), Value::Bool(true)],
            );
        }
    }

    /// The daemon's state name from getState over `t`.
    fn daemon_state(&self, t: &Target) -> Result<String, String> {
        let v = self.call(t, "supervisor.getState", &[])?;
        field(&v, "statename")
            .and_then(Value::as_str)
            .map(String::from)
            .ok_or_else(|| format!("getState gave {v:?}"))
    }

    /// The daemon's pid is alive and it answers getState (RUNNING) on both servers.
    fn assert_alive(&self, after: &str) {
        assert!(
            alive(self.d.pid()),
            "the daemon died after {after}:\n{}",
            self.tail()
        );
        for t in [&self.d.target, &self.tcp] {
            let st = self.daemon_state(t);
            assert_eq!(
                st.as_deref(),
                Ok("RUNNING"),
                "getState over {t:?} after {after}:\n{}",
                self.tail()
            );
        }
    }

    /// The start of the daemon's stderr (where a panic or abort says why) and the end of its
    /// main log, for failure messages.
    fn tail(&self) -> String {
        let stderr: String = self.d.read("stderr.txt").chars().take(1200).collect();
        let log = self.d.log();
        let skip = log.chars().count().saturating_sub(1500);
        let log: String = log.chars().skip(skip).collect();
        format!("--- stderr (start) ---\n{stderr}\n--- main.log (end) ---\n{log}")
    }
}

fn decode_rpc(r: &Resp) -> Result<Value, String> {
    if r.status != 200 {
        return Err(format!("HTTP {}: {}", r.status, r.text()));
    }
    match xml::decode_response(&r.text()) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(Fault { code, message })) => Err(format!("fault {code}: {message}")),
        Err(e) => Err(format!("decode: {e:?}")),
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

// ---------------------------------------------------------------------------------------
// 1. Content-Length: 100000000000000 with no body, every route family, both servers.
// ---------------------------------------------------------------------------------------

const HUGE_CL: &str = "100000000000000";
const FAMILIES: &[(&str, &str)] = &[
    ("POST", "/RPC2"),
    ("GET", "/api/v1/processes"),
    ("POST", "/api/v1/processes/x/stop"),
    ("GET", "/program/list"),
    ("GET", "/"),
    ("GET", "/metrics"),
    ("GET", "/logtail/x"),
];

fn huge_content_length(tag: &str, auth: bool) {
    let h = Host::start(tag, auth, "", PROG_X);
    assert!(h.wait_state("x", "RUNNING", 20), "x did not start");
    let x_pid = h.call(
        &h.d.target,
        "supervisor.getProcessInfo",
        &[Value::Str("x".into())],
    );
    let good = supervisord::http::auth::basic_header(USER, PASS);
    let mut checks = Checks::default();
    let t0 = Instant::now();
    let mut sent = 0;
    'all: for target in [h.tcp.clone(), h.d.target.clone()] {
        for (method, path) in FAMILIES {
            for creds in [true, false] {
                if t0.elapsed() > Duration::from_secs(35) {
                    checks.check(false, || {
                        format!("time budget (35 s) spent after {sent} requests: answers too slow")
                    });
                    break 'all;
                }
                let what = format!(
                    "{method} {path} over {target:?} {} credentials",
                    if creds { "with" } else { "without" }
                );
                let mut head = format!(
                    "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: text/xml\r\n\
                     Content-Length: {HUGE_CL}\r\n",
                    h.host_for(&target)
                );
                if creds {
                    head.push_str(&format!("Authorization: {good}\r\n"));
                }
                head.push_str("\r\n");
                let outcome = match Sock::open(&target, Duration::from_millis(2000)) {
                    Ok(mut s) => match s.write_all(head.as_bytes()) {
                        Ok(()) => read_head(&mut s),
                        Err(e) => Outcome::Closed(format!("write: {e}")),
                    },
                    Err(e) => Outcome::Closed(format!("connect: {e}")),
                };
                sent += 1;
                // Survival first: a dead daemon ends the test here, naming the request.
                assert!(
                    !wait_for(Duration::from_millis(300), || !alive(h.d.pid())),
                    "the daemon died on {what} (Content-Length {HUGE_CL}), outcome {outcome:?}:\n{}",
                    h.tail()
                );
                let st = h.daemon_state(&h.d.target);
                assert_eq!(
                    st.as_deref(),
                    Ok("RUNNING"),
                    "getState after {what}:\n{}",
                    h.tail()
                );
                let authenticated = creds || !auth;
                if authenticated {
                    checks.check(outcome == Outcome::Status(413), || {
                        format!("{what}: expected 413, got {outcome:?}")
                    });
                } else {
                    checks.check(
                        matches!(outcome, Outcome::Status(401) | Outcome::Status(413)),
                        || format!("{what}: expected 401 or 413, got {outcome:?}"),
                    );
                }
            }
        }
    }
    // The stop route never acted: x still runs under the same pid.
    let x_now = h.call(
        &h.d.target,
        "supervisor.getProcessInfo",
        &[Value::Str("x".into())],
    );
    let pid_of = |v: &Result<Value, String>| {
        v.as_ref()
            .ok()
            .and_then(|v| field(v, "pid").and_then(Value::as_int))
    };
    checks.check(
        pid_of(&x_pid) == pid_of(&x_now) && h.state("x") == "RUNNING",
        || {
            format!(
                "x was acted on by a POST /api/v1/processes/x/stop whose body never came: {}",
                h.state("x")
            )
        },
    );
    h.assert_alive("the huge Content-Length requests");
    figure(&format!(
        "http_hostile {tag}: {sent} requests with Content-Length {HUGE_CL} and no body over 7 route families x 2 servers x (with/without credentials), auth={auth}; daemon alive, {} unexpected answers",
        checks.0.len()
    ));
    checks.finish(tag);
}

#[test]
fn huge_content_length_is_refused_on_every_route_without_auth() {
    huge_content_length("hugecl-noauth", false);
}

#[test]
fn huge_content_length_is_refused_on_every_route_with_auth() {
    huge_content_length("hugecl-auth", true);
}

// ---------------------------------------------------------------------------------------
// 2. 150 stalled bodies held open; status calls still answer fast.
// ---------------------------------------------------------------------------------------

#[test]
fn stalled_bodies_do_not_delay_status_calls() {
    let _one = measuring();
    raise_nofile();
    let h = Host::start("stalled", true, "minfds=4096", PROG_X);
    let good = supervisord::http::auth::basic_header(USER, PASS);
    let base_fds = h.d.fd_count();
    let mut stalled = Vec::new();
    for _ in 0..150 {
        let mut s = TcpStream::connect(format!("127.0.0.1:{}", h.port)).expect("connect");
        let head = format!(
            "POST /RPC2 HTTP/1.1\r\nHost: {}\r\nAuthorization: {good}\r\n\
             Content-Type: text/xml\r\nContent-Length: 100000\r\n\r\n",
            h.host()
        );
        s.write_all(head.as_bytes()).expect("send stalled head");
        stalled.push(s);
    }
    // Let the heads land: the daemon holds the 150 connections (then a moment to parse).
    // A few descriptors of slack: the base may count a connection closing as it was read.
    let held = wait_for(Duration::from_secs(10), || h.d.fd_count() >= base_fds + 145);
    std::thread::sleep(Duration::from_millis(300));
    let mut checks = Checks::default();
    checks.check(held, || {
        format!(
            "the daemon did not hold the 150 stalled connections (fds {} vs base {base_fds})",
            h.d.fd_count()
        )
    });

    // Stock-style XML-RPC (as Python's supervisorctl sends it) on the unix socket: HTTP/1.1
    // keep-alive, the answer read by its Content-Length.
    let body = xml::encode_call("supervisor.getState", &[]);
    let mut s = Sock::open(&h.d.target, Duration::from_secs(10)).expect("unix connect");
    let head = format!(
        "POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\
         Content-Type: text/xml\r\nUser-Agent: Python-xmlrpc/3.11\r\n\
         Authorization: {good}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let t = Instant::now();
    s.write_all(head.as_bytes()).expect("unix send");
    let unix = read_response(&mut s).map_err(|e| e.to_string());
    let unix_ms = ms(t);
    let unix_state = unix.and_then(|r| decode_rpc(&r));
    checks.check(unix_state.is_ok(), || {
        format!("stock XML-RPC getState on the unix socket: {unix_state:?}")
    });

    let mut rpc_ms = Vec::new();
    let mut api_ms = Vec::new();
    for i in 0..5 {
        let t = Instant::now();
        let st = h.daemon_state(&h.tcp);
        let l = ms(t);
        if st.as_deref() != Ok("RUNNING") {
            checks.check(false, || {
                format!("getState over TCP #{i} with 150 stalled bodies ({l:.0} ms): {st:?}")
            });
            break;
        }
        rpc_ms.push(l);
        let t = Instant::now();
        let r = h.send(&h.tcp, "GET", "/api/v1/processes", &[], b"");
        let l = ms(t);
        if !r.as_ref().is_ok_and(|r| r.status == 200) {
            checks.check(false, || {
                format!(
                    "GET /api/v1/processes #{i} with 150 stalled bodies ({l:.0} ms): {:?}",
                    r.map(|r| (r.status, r.text()))
                )
            });
            break;
        }
        api_ms.push(l);
    }
    let rpc_med = percentile(&mut rpc_ms, 50.0);
    let api_med = percentile(&mut api_ms, 50.0);
    let rpc_max = percentile(&mut rpc_ms, 100.0);
    let api_max = percentile(&mut api_ms, 100.0);
    figure(&format!(
        "http_hostile stalled: 150 stalled bodies (Content-Length 100000, nothing sent) held; TCP getState ms median {rpc_med:.1} max {rpc_max:.1}, GET /api/v1/processes ms median {api_med:.1} max {api_max:.1}, unix stock XML-RPC {unix_ms:.1} ms"
    ));
    checks.check(rpc_ms.len() == 5 && api_ms.len() == 5, || {
        format!(
            "only {} getState and {} /api/v1/processes samples answered 200",
            rpc_ms.len(),
            api_ms.len()
        )
    });
    checks.check(rpc_med < 100.0, || {
        format!("getState over TCP took {rpc_med:.1} ms (median of 5), bound 100 ms")
    });
    checks.check(api_med < 100.0, || {
        format!("GET /api/v1/processes took {api_med:.1} ms (median of 5), bound 100 ms")
    });
    drop(stalled);
    h.assert_alive("150 stalled bodies");
    checks.finish("stalled_bodies_do_not_delay_status_calls");
}

// ---------------------------------------------------------------------------------------
// 3. A 64 MiB header line and 200 small headers → 431, no memory kept.
// ---------------------------------------------------------------------------------------

#[test]
fn oversized_heads_get_431_and_cost_no_memory() {
    let _one = measuring();
    let h = Host::start("bighead", false, "", PROG_X);
    let mut checks = Checks::default();

    // 200 small headers → 431, on both servers. (Also warms the refusal path before the
    // RSS baseline.)
    let names: Vec<String> = (0..200).map(|i| format!("X-Filler-{i}")).collect();
    let many: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "v")).collect();
    for t in [&h.tcp, &h.d.target] {
        let r = h.send(t, "GET", "/api/v1/processes", &many, b"");
        checks.check(r.as_ref().is_ok_and(|r| r.status == 431), || {
            format!(
                "200 headers over {t:?}: expected 431, got {:?}",
                r.as_ref().map(|r| r.status)
            )
        });
    }
    for _ in 0..3 {
        let _ = h.send(&h.tcp, "GET", "/api/v1/processes", &[], b"");
    }
    let pid = h.d.pid();
    let base = h.d.rss_kb();
    let peak = Arc::new(AtomicU64::new(base));
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, stop) = (peak.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                peak.fetch_max(rss_kb(pid), Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };

    // 64 MiB of one header line, no CRLF, in 64 KiB pieces; stop when the server closes,
    // errs, or stops reading for 2 s.
    const TOTAL: usize = 64 * 1024 * 1024;
    let mut s = Sock::open(&h.tcp, Duration::from_secs(2)).expect("connect");
    let t0 = Instant::now();
    let mut sent = 0usize;
    let mut stopped = String::from("all sent");
    let start = format!(
        "GET /api/v1/processes HTTP/1.1\r\nHost: {}\r\nX-Long: ",
        h.host()
    );
    if let Err(e) = s.write_all(start.as_bytes()) {
        stopped = format!("{:?}", e.kind());
    } else {
        let chunk = vec![b'a'; 64 * 1024];
        while sent < TOTAL && t0.elapsed() < Duration::from_secs(20) {
            match s.write(&chunk) {
                Ok(n) => sent += n,
                Err(e) => {
                    stopped = format!("{:?}", e.kind());
                    break;
                }
            }
        }
    }
    let write_s = t0.elapsed().as_secs_f64();
    s.timeouts(Duration::from_secs(5)).ok();
    let outcome = read_head(&mut s);
    drop(s);
    checks.check(
        matches!(outcome, Outcome::Status(431) | Outcome::Closed(_)),
        || format!("64 MiB header line: expected 431 or a closed connection within 5 s, got {outcome:?} after {sent} bytes sent ({stopped})"),
    );
    h.assert_alive("a 64 MiB header line");
    stop.store(true, Ordering::SeqCst);
    sampler.join().expect("sampler");
    let after = h.d.rss_kb();
    let peak = peak.load(Ordering::SeqCst);
    figure(&format!(
        "http_hostile bighead: 64 MiB header line: {sent} bytes accepted in {write_s:.2} s, writing stopped by {stopped}, then {outcome:?}; RSS KiB before {base} peak {peak} after {after} (growth {} KiB)",
        after as i64 - base as i64
    ));
    checks.check(after < base + 1024, || {
        format!(
            "RSS grew {} KiB (before {base}, after {after}), bound 1 MiB",
            after as i64 - base as i64
        )
    });
    checks.check(peak < base + 8 * 1024, || {
        format!("RSS peaked {} KiB above the baseline while the header streamed (the head is buffered), bound 8 MiB", peak - base)
    });
    checks.finish("oversized_heads_get_431_and_cost_no_memory");
}

// ---------------------------------------------------------------------------------------
// 4. 500 parked startProcess(wait=true) calls; getState stays fast.
// ---------------------------------------------------------------------------------------

#[test]
fn five_hundred_parked_start_calls_all_succeed_and_get_state_stays_fast() {
    let _one = measuring();
    raise_nofile();
    const N: usize = 500;
    let progs = format!(
        "[program:p]\nnumprocs={N}\nprocess_name=%(program_name)s_%(process_num)d\n\
         command=/bin/sleep 1000\nstartsecs=3\nautostart=false\n\
         stdout_logfile=NONE\nstderr_logfile=NONE\n\n"
    );
    let h = Host::start("parked", true, "minfds=4096", &progs);
    let sent = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let mut clients = Vec::new();
    for i in 0..N {
        // The threads get copies, not the Host: a failing test drops (and stops) the daemon
        // at once, and the clients then fail fast.
        let (tcp, host, sent, done) = (h.tcp.clone(), h.host(), sent.clone(), done.clone());
        let body = xml::encode_call(
            "supervisor.startProcess",
            &[Value::Str(format!("p:p_{i}")), Value::Bool(true)],
        );
        clients.push(
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    // Counted as sent once the write was attempted, whatever its fate.
                    let opened = Sock::open(&tcp, Duration::from_secs(30)).and_then(|mut s| {
                        let head = format!(
                            "POST /RPC2 HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
                             Content-Type: text/xml\r\nAuthorization: {}\r\n\
                             Content-Length: {}\r\n\r\n{body}",
                            host,
                            supervisord::http::auth::basic_header(USER, PASS),
                            body.len()
                        );
                        s.write_all(head.as_bytes()).map(|()| s)
                    });
                    sent.fetch_add(1, Ordering::SeqCst);
                    let r = opened.and_then(|mut s| read_response(&mut s));
                    done.fetch_add(1, Ordering::SeqCst);
                    decode_rpc(&r.map_err(|e| e.to_string())?)
                })
                .expect("client thread"),
        );
    }
    let all_sent = wait_for(Duration::from_secs(20), || sent.load(Ordering::SeqCst) >= N);
    // Time getState (new connection, TCP, authenticated) while the calls are parked: a
    // sample counts only if no start call had returned when it finished.
    let mut lat = Vec::new();
    let mut late = 0;
    let mut state_error = None;
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_millis(2500) && done.load(Ordering::SeqCst) == 0 {
        let t = Instant::now();
        let st = h.daemon_state(&h.tcp);
        let l = ms(t);
        if st.as_deref() != Ok("RUNNING") {
            state_error = Some(format!(
                "getState with {} parked start calls failed after {l:.0} ms: {st:?}",
                sent.load(Ordering::SeqCst)
            ));
            break;
        }
        if done.load(Ordering::SeqCst) == 0 {
            lat.push(l);
        } else {
            late += 1;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let results: Vec<Result<Value, String>> = clients
        .into_iter()
        .map(|c| c.join().unwrap_or_else(|_| Err("client panicked".into())))
        .collect();
    let ok = results
        .iter()
        .filter(|r| matches!(r, Ok(Value::Bool(true))))
        .count();
    let errors: Vec<String> = results
        .iter()
        .enumerate()
        .filter(|(_, r)| !matches!(r, Ok(Value::Bool(true))))
        .take(5)
        .map(|(i, r)| format!("p_{i}: {r:?}"))
        .collect();
    let samples = lat.len();
    let med = percentile(&mut lat, 50.0);
    let max = percentile(&mut lat, 100.0);
    let running = match h.call(&h.d.target, "supervisor.getAllProcessInfo", &[]) {
        Ok(Value::Array(a)) => a
            .iter()
            .filter(|i| field(i, "statename").and_then(Value::as_str) == Some("RUNNING"))
            .count()
            .to_string(),
        other => format!("? ({other:?})"),
    };
    figure(&format!(
        "http_hostile parked: {N} concurrent startProcess(wait=true) (startsecs=3): all sent {all_sent}, {ok} returned true, {running} RUNNING; getState while parked: {samples} samples ({late} discarded), ms median {med:.1} max {max:.1}"
    ));
    let mut checks = Checks::default();
    if let Some(e) = state_error {
        checks.check(false, || e);
    }
    checks.check(all_sent, || {
        format!(
            "only {} of {N} start calls were sent within 20 s",
            sent.load(Ordering::SeqCst)
        )
    });
    checks.check(ok == N, || {
        format!("{ok} of {N} startProcess(wait=true) returned true; first failures: {errors:?}")
    });
    checks.check(samples >= 3, || {
        format!("only {samples} getState samples taken while the calls were parked")
    });
    checks.check(samples == 0 || med < 50.0, || {
        format!(
            "getState took {med:.1} ms (median of {samples}) with {N} parked calls, bound 50 ms"
        )
    });
    h.assert_alive("500 parked start calls");
    checks.finish("five_hundred_parked_start_calls_all_succeed_and_get_state_stays_fast");
}

// ---------------------------------------------------------------------------------------
// 5. 500 idle connections: no thread per connection, little memory, closed after 10 s.
// ---------------------------------------------------------------------------------------

/// Whether the server has closed `s` (EOF, reset, or an answer followed by EOF); data it
/// sent (a 408) is read and dropped.
fn closed_by_server(mut s: &TcpStream) -> bool {
    let mut buf = [0u8; 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == ErrorKind::WouldBlock => return false,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return true,
        }
    }
}

#[test]
fn idle_connections_cost_no_threads_and_are_closed_after_the_head_timeout() {
    let _one = measuring();
    raise_nofile();
    const N: usize = 500;
    let h = Host::start("idle", false, "minfds=4096", PROG_X);
    for _ in 0..3 {
        let _ = h.send(&h.tcp, "GET", "/api/v1/processes", &[], b"");
    }
    std::thread::sleep(Duration::from_millis(200));
    let base_threads = h.d.threads();
    let base_rss = h.d.rss_kb();
    let base_fds = h.d.fd_count();

    let t_open = Instant::now();
    let conns: Vec<TcpStream> = (0..N)
        .map(|_| {
            let s = TcpStream::connect(format!("127.0.0.1:{}", h.port)).expect("idle connect");
            s.set_nonblocking(true).expect("nonblocking");
            s
        })
        .collect();
    let accepted = wait_for(Duration::from_secs(5), || h.d.fd_count() >= base_fds + N);
    std::thread::sleep(Duration::from_millis(300));
    let held_threads = h.d.threads();
    let held_rss = h.d.rss_kb();
    let held_fds = h.d.fd_count();
    let open_at_measure = conns.iter().filter(|s| !closed_by_server(s)).count();
    let measured_at = t_open.elapsed().as_secs_f64();

    // The head timeout (10 s for a connection that sent nothing) closes them all.
    let mut closed_at: Vec<Option<f64>> = vec![None; N];
    // Polled every 50 ms (not the fixture's 2 ms: 500 reads per look would load the machine).
    while t_open.elapsed() < Duration::from_secs(16) {
        for (i, s) in conns.iter().enumerate() {
            if closed_at[i].is_none() && closed_by_server(s) {
                closed_at[i] = Some(t_open.elapsed().as_secs_f64());
            }
        }
        if closed_at.iter().all(Option::is_some) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let closed = closed_at.iter().filter(|c| c.is_some()).count();
    let mut times: Vec<f64> = closed_at.iter().flatten().copied().collect();
    let first = percentile(&mut times, 0.0);
    let last = percentile(&mut times, 100.0);
    drop(conns);
    figure(&format!(
        "http_hostile idle: {N} idle TCP connections (accepted {accepted}, {open_at_measure} open at {measured_at:.1} s): daemon threads base {base_threads} held {held_threads}, RSS KiB base {base_rss} held {held_rss} (+{}), fds base {base_fds} held {held_fds}; {closed}/{N} closed by the server within 16 s (first {first:.1} s, last {last:.1} s)",
        held_rss as i64 - base_rss as i64
    ));
    let mut checks = Checks::default();
    checks.check(open_at_measure >= N * 9 / 10, || {
        format!("only {open_at_measure}/{N} idle connections were still open {measured_at:.1} s after connecting (closed too early to measure)")
    });
    checks.check(held_threads <= base_threads + 2, || {
        format!(
            "daemon threads {base_threads} → {held_threads} with {N} idle connections, bound +2"
        )
    });
    checks.check(held_rss < base_rss + 8 * 1024, || {
        format!("daemon RSS {base_rss} → {held_rss} KiB with {N} idle connections, bound +8 MiB")
    });
    checks.check(closed == N, || {
        format!("{closed}/{N} idle connections closed by the server within 16 s of connecting (head timeout 10 s)")
    });
    h.assert_alive("500 idle connections");
    checks.finish("idle_connections_cost_no_threads_and_are_closed_after_the_head_timeout");
}

// ---------------------------------------------------------------------------------------
// 6. Cross-site requests (CSRF): refused, and they act on nothing.
// ---------------------------------------------------------------------------------------

const PROGS_AB: &str = "[program:a]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n\
                        [program:b]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n";

type Headers<'a> = Vec<(&'a str, &'a str)>;

/// One cross-site request and the program it must leave RUNNING.
struct Attack<'a> {
    method: &'a str,
    path: &'a str,
    headers: Headers<'a>,
    body: &'a [u8],
    prog: &'a str,
    what: &'a str,
}

fn cross_site(tag: &str, auth: bool) {
    let h = Host::start(tag, auth, "", PROGS_AB);
    assert!(
        h.wait_state("a", "RUNNING", 20) && h.wait_state("b", "RUNNING", 20),
        "a and b did not start"
    );
    let evil = "http://evil.example";
    let same = format!("http://{}", h.host());
    let stop_a = xml::encode_call("supervisor.stopProcess", &[Value::Str("a".into())]);
    let mut checks = Checks::default();
    let mut refused = 0;

    // (method, path, headers, body, program that must stay RUNNING, what)
    let attack = |method, path, headers, body, prog, what| Attack {
        method,
        path,
        headers,
        body,
        prog,
        what,
    };
    let attacks = [
        attack(
            "POST",
            "/api/v1/processes/a/stop",
            vec![("Content-Type", "text/plain"), ("Origin", evil)],
            b"",
            "a",
            "REST stop, text/plain, Origin evil",
        ),
        attack(
            "POST",
            "/program/stop/b",
            vec![("Content-Type", "text/plain"), ("Origin", evil)],
            b"",
            "b",
            "Go-port stop, Origin evil",
        ),
        attack(
            "POST",
            "/RPC2",
            vec![("Content-Type", "text/xml"), ("Origin", evil)],
            stop_a.as_bytes(),
            "a",
            "XML-RPC stopProcess, Origin evil",
        ),
        attack(
            "POST",
            "/api/v1/processes/a/stop",
            vec![("Sec-Fetch-Site", "cross-site")],
            b"",
            "a",
            "REST stop, Sec-Fetch-Site: cross-site, no Origin",
        ),
    ];
    for Attack {
        method,
        path,
        headers,
        body,
        prog,
        what,
    } in &attacks
    {
        let r = h.send(&h.tcp, method, path, headers, body);
        let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
        checks.check(status == Ok(403), || {
            format!("{what} ({method} {path}): expected 403, got {status:?}")
        });
        refused += usize::from(status == Ok(403));
        // Give an accepted stop time to act before looking.
        let stopped = wait_for(Duration::from_millis(500), || h.state(prog) != "RUNNING");
        checks.check(!stopped, || {
            format!("{what}: {prog} was stopped ({})", h.state(prog))
        });
        h.restore(prog);
        assert!(h.wait_state(prog, "RUNNING", 10), "{prog} did not restart");
    }

    // A form post (a browser sends it cross-site without a preflight) on a JSON route.
    let r = h.send(
        &h.tcp,
        "POST",
        "/api/v1/processes/a/stop",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"name=a&x=1",
    );
    let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
    checks.check(
        status
            .as_ref()
            .is_ok_and(|s| (400..500).contains(s) && *s != 404),
        || format!("form-encoded POST /api/v1/processes/a/stop: expected 403/415 (4xx, not 404), got {status:?}"),
    );
    let stopped = wait_for(Duration::from_millis(500), || h.state("a") != "RUNNING");
    checks.check(!stopped, || "form-encoded POST stopped a".to_string());
    h.restore("a");
    assert!(h.wait_state("a", "RUNNING", 10), "a did not restart");

    // Allowed: same-origin Origin, no body, application/json.
    let same_hdr = vec![("Origin", same.as_str())];
    let allowed: [(Headers, &[u8], &str); 3] = [
        (same_hdr, b"", "same-origin Origin"),
        (vec![], b"", "no body, no Content-Type"),
        (
            vec![("Content-Type", "application/json")],
            b"{}",
            "application/json body",
        ),
    ];
    for (headers, body, what) in &allowed {
        let r = h.send(&h.tcp, "POST", "/api/v1/processes/a/stop", headers, body);
        let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
        checks.check(status == Ok(200), || {
            format!(
                "{what}: POST /api/v1/processes/a/stop expected 200, got {status:?} {:?}",
                r.as_ref().map(|r| r.text())
            )
        });
        let stopped = h.wait_state("a", "STOPPED", 10);
        checks.check(stopped, || {
            format!("{what}: a not STOPPED ({})", h.state("a"))
        });
        h.restore("a");
        assert!(h.wait_state("a", "RUNNING", 10), "a did not restart");
    }

    // Last (if it is obeyed, the daemon goes): a cross-site shutdown.
    let r = h.send(
        &h.tcp,
        "POST",
        "/api/v1/shutdown",
        &[("Content-Type", "text/plain"), ("Origin", evil)],
        b"",
    );
    let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
    checks.check(status == Ok(403), || {
        format!("POST /api/v1/shutdown with Origin evil: expected 403, got {status:?}")
    });
    refused += usize::from(status == Ok(403));
    let went = wait_for(Duration::from_secs(1), || {
        !alive(h.d.pid()) || h.daemon_state(&h.d.target).as_deref() != Ok("RUNNING")
    });
    checks.check(!went, || {
        "a cross-site POST /api/v1/shutdown shut the daemon down".into()
    });
    checks.check(h.state("b") == "RUNNING", || {
        format!("b is {} at the end", h.state("b"))
    });
    figure(&format!(
        "http_hostile {tag}: auth={auth}: {refused}/5 cross-site requests refused with 403; {} failed checks",
        checks.0.len()
    ));
    if !went {
        h.assert_alive("cross-site requests");
    }
    checks.finish(tag);
}

#[test]
fn cross_site_requests_are_refused_and_act_on_nothing_without_auth() {
    cross_site("csrf-noauth", false);
}

#[test]
fn cross_site_requests_are_refused_and_act_on_nothing_with_credentials() {
    cross_site("csrf-auth", true);
}

// ---------------------------------------------------------------------------------------
// 7. DNS rebinding: a foreign Host gets 421.
// ---------------------------------------------------------------------------------------

#[test]
fn foreign_host_header_gets_421() {
    let h = Host::start("rebind", false, "", PROG_X);
    let port = h.port;
    let mut checks = Checks::default();
    let cases = [
        ("evil.example".to_string(), 421),
        (format!("evil.example:{port}"), 421),
        (format!("localhost:{port}"), 200),
        (format!("127.0.0.1:{port}"), 200),
        (format!("[::1]:{port}"), 200),
    ];
    for (host, want) in &cases {
        let r = send(
            &h.tcp,
            host,
            "GET",
            "/api/v1/processes",
            &[],
            b"",
            Duration::from_secs(10),
        );
        let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
        checks.check(status == Ok(*want), || {
            format!("GET /api/v1/processes with Host: {host}: expected {want}, got {status:?}")
        });
    }
    figure(&format!(
        "http_hostile rebind: Host evil.example(:{port}) → 421 expected, localhost/127.0.0.1/[::1]:{port} → 200 expected; {} failed checks",
        checks.0.len()
    ));
    h.assert_alive("foreign Host headers");
    checks.finish("foreign_host_header_gets_421");
}

// ---------------------------------------------------------------------------------------
// 8. A program named `all`; the UI page's framing headers.
// ---------------------------------------------------------------------------------------

#[test]
fn program_named_all_is_addressed_alone_and_ui_forbids_framing() {
    let progs = "[program:all]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n\
                 [program:b]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n";
    let h = Host::start("named-all", false, "", progs);
    assert!(
        h.wait_state("all:all", "RUNNING", 20) && h.wait_state("b", "RUNNING", 20),
        "all and b did not start"
    );
    let mut checks = Checks::default();
    let r = h.send(&h.tcp, "POST", "/api/v1/processes/all:all/stop", &[], b"");
    let status = r.as_ref().map(|r| r.status).map_err(|e| e.to_string());
    checks.check(status == Ok(200), || {
        format!("POST /api/v1/processes/all:all/stop: expected 200, got {status:?}")
    });
    let all_stopped = h.wait_state("all:all", "STOPPED", 10);
    checks.check(all_stopped, || {
        format!("program `all` is {} after all:all/stop", h.state("all:all"))
    });
    checks.check(h.state("b") == "RUNNING", || {
        format!(
            "program b is {} after all:all/stop (only `all` was named)",
            h.state("b")
        )
    });

    let r = h.send(&h.tcp, "GET", "/", &[], b"");
    match &r {
        Ok(r) => {
            checks.check(r.status == 200, || format!("GET /: {}", r.status));
            let xfo = support::http::head_value(&r.head, "x-frame-options");
            checks.check(xfo.is_some_and(|v| v.eq_ignore_ascii_case("DENY")), || {
                format!("GET /: X-Frame-Options is {xfo:?}, expected DENY")
            });
            let csp = support::http::head_value(&r.head, "content-security-policy");
            checks.check(csp.is_some_and(|v| !v.is_empty()), || {
                "GET /: no Content-Security-Policy header".into()
            });
        }
        Err(e) => checks.check(false, || format!("GET /: {e}")),
    }
    figure(&format!(
        "http_hostile named-all: all:all/stop → {status:?}, `all` stopped {all_stopped}, b {}; {} failed checks",
        h.state("b"),
        checks.0.len()
    ));
    h.assert_alive("stopping the program named all");
    checks.finish("program_named_all_is_addressed_alone_and_ui_forbids_framing");
}

// ---------------------------------------------------------------------------------------
// 10. A half-sent head gets 408 or is closed within the head timeout (+ slack).
// ---------------------------------------------------------------------------------------

#[test]
fn half_sent_head_gets_408_or_is_closed_within_15s() {
    let _one = measuring();
    let h = Host::start("halfhead", false, "", PROG_X);
    let mut waits = Vec::new();
    for t in [h.tcp.clone(), h.d.target.clone()] {
        let host = h.host_for(&t);
        waits.push(std::thread::spawn(move || {
            let mut s = Sock::open(&t, Duration::from_secs(16)).expect("connect");
            let t0 = Instant::now();
            s.write_all(
                format!("GET /api/v1/processes HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n")
                    .as_bytes(),
            )
            .expect("send half a head");
            let outcome = read_head(&mut s);
            (t, outcome, t0.elapsed().as_secs_f64())
        }));
    }
    let mut checks = Checks::default();
    let mut figs = Vec::new();
    for w in waits {
        let (t, outcome, secs) = w.join().expect("half-head thread");
        figs.push(format!("{t:?}: {outcome:?} after {secs:.1} s"));
        checks.check(
            matches!(outcome, Outcome::Status(408) | Outcome::Closed(_)),
            || format!("half-sent head over {t:?}: expected 408 or a close, got {outcome:?} after {secs:.1} s"),
        );
        checks.check(secs <= 15.0, || {
            format!("half-sent head over {t:?}: outcome only after {secs:.1} s, bound 15 s")
        });
        checks.check(secs >= 5.0, || {
            format!("half-sent head over {t:?}: dropped after {secs:.1} s, before the 10 s head timeout")
        });
    }
    figure(&format!("http_hostile halfhead: {}", figs.join("; ")));
    h.assert_alive("half-sent heads");
    checks.finish("half_sent_head_gets_408_or_is_closed_within_15s");
}
