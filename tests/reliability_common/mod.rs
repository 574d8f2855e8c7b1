//! Shared fixture for the reliability, load and security tests: a real `supervisord -n`
//! on a config given in full (so tests choose the HTTP servers and auth), a tiny raw HTTP
//! client over the unix socket or loopback TCP, XML-RPC calls, and /proc readers (fds, RSS,
//! zombies, uid/gid). Everything waits for conditions with a timeout; nothing sleeps a
//! fixed time to "let things settle".

#![allow(dead_code)]

#[path = "../support/fixture.rs"]
mod fixture;
#[path = "../support/wrapped.rs"]
mod wrapped;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use supervisord::rpc::{xml, Fault, Value};

/// A unique empty temp dir for one test (mode 0755 so `nobody` can traverse it).
pub fn temp_dir(name: &str) -> PathBuf {
    fixture::temp_dir("svr", name)
}

pub use fixture::wait_for;

/// Whether we run as root (privilege tests skip visibly otherwise).
pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Prints a visible skip line (captured output shows with `--nocapture`; also on stderr).
pub fn skip(test: &str, why: &str) {
    eprintln!("SKIPPED {test}: {why}");
}

/// Where a request goes.
#[derive(Clone, Debug)]
pub enum Target {
    Unix(PathBuf),
    Tcp(String),
}

/// A raw HTTP response.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Resp {
    /// The body as (lossy) text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A connected stream to `t`.
pub fn connect(t: &Target) -> std::io::Result<Box<dyn RW>> {
    Ok(match t {
        Target::Unix(p) => {
            let s = UnixStream::connect(p)?;
            s.set_read_timeout(Some(Duration::from_secs(20)))?;
            Box::new(s)
        }
        Target::Tcp(a) => {
            let s = TcpStream::connect(a)?;
            s.set_read_timeout(Some(Duration::from_secs(20)))?;
            Box::new(s)
        }
    })
}

/// Read + Write.
pub trait RW: Read + Write + Send {}
impl<T: Read + Write + Send> RW for T {}

/// Sends one HTTP/1.0 request (connection closes after it) and reads the whole answer.
pub fn request(
    t: &Target,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Resp> {
    let mut s = connect(t)?;
    let mut head = format!(
        "{method} {path} HTTP/1.0\r\nHost: localhost\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes())?;
    s.write_all(body)?;
    s.flush()?;
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    parse(&raw).ok_or_else(|| std::io::Error::other(format!("bad response: {raw:?}")))
}

/// Parses a raw HTTP response.
pub fn parse(raw: &[u8]) -> Option<Resp> {
    let pos = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..pos]).into_owned();
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some(Resp {
        status,
        head,
        body: raw[pos + 4..].to_vec(),
    })
}

/// One XML-RPC call; `auth` is `(user, password)`.
pub fn rpc(
    t: &Target,
    auth: Option<(&str, &str)>,
    method: &str,
    params: &[Value],
) -> Result<Value, String> {
    let body = xml::encode_call(method, params);
    let hdr = auth.map(|(u, p)| supervisord::http::auth::basic_header(u, p));
    let mut headers = vec![("Content-Type", "text/xml")];
    if let Some(h) = &hdr {
        headers.push(("Authorization", h.as_str()));
    }
    let r = request(t, "POST", "/RPC2", &headers, body.as_bytes()).map_err(|e| e.to_string())?;
    if r.status != 200 {
        return Err(format!("HTTP {}: {}", r.status, r.text()));
    }
    match xml::decode_response(&r.text()) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(Fault { code, message })) => Err(format!("fault {code}: {message}")),
        Err(e) => Err(format!("decode: {e:?}")),
    }
}

/// A struct field.
pub fn field<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(k),
        _ => None,
    }
}

/// A running daemon under test.
pub struct Daemon {
    pub dir: PathBuf,
    pub child: Option<Child>,
    pub target: Target,
}

/// The `[supervisord]` + `[unix_http_server]` + `[supervisorctl]` + rpcinterface preamble,
/// everything inside `dir`.
pub fn preamble(dir: &Path, extra_supervisord: &str) -> String {
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\
         loglevel=info\nlogfile_maxbytes=0\n{extra_supervisord}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [supervisorctl]\nserverurl=unix://{d}/s.sock\n\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n"
    )
}

impl Daemon {
    /// Writes `conf` to `dir/supervisord.conf` and starts `supervisord -n` on it, waiting
    /// for the socket to answer.
    pub fn start(dir: PathBuf, conf: &str) -> Daemon {
        Daemon::start_with(dir, conf, |_| {})
    }

    /// Like `start`, letting the caller adjust the command (e.g. `ulimit` wrappers).
    pub fn start_with(dir: PathBuf, conf: &str, adjust: impl FnOnce(&mut Command)) -> Daemon {
        let mut cmd = daemon_command(&dir, conf, &[]);
        adjust(&mut cmd);
        let child = cmd.spawn().expect("start supervisord");
        let mut d = Daemon {
            target: Target::Unix(dir.join("s.sock")),
            dir,
            child: Some(child),
        };
        let up = wait_for(Duration::from_secs(30), || {
            let exited = d
                .child
                .as_mut()
                .is_none_or(|c| matches!(c.try_wait(), Ok(Some(_))));
            exited || d.rpc("supervisor.getPID", &[]).is_ok()
        }) && d.rpc("supervisor.getPID", &[]).is_ok();
        assert!(
            up,
            "daemon did not answer:\n{}\n{}",
            d.log(),
            d.read("stderr.txt")
        );
        d
    }

    /// Starts a daemon whose command line is `program args…` (e.g. setpriv/sh wrappers)
    /// followed by `supervisord -n -c conf`; does not wait.
    pub fn spawn_wrapped(dir: PathBuf, conf: &str, wrapper: &[&str]) -> Daemon {
        let child = daemon_command(&dir, conf, wrapper)
            .spawn()
            .expect("start wrapped supervisord");
        Daemon {
            target: Target::Unix(dir.join("s.sock")),
            dir,
            child: Some(child),
        }
    }

    /// The daemon's pid (the child we started; wrappers must `exec`).
    pub fn pid(&self) -> i32 {
        self.child.as_ref().map(|c| c.id() as i32).unwrap_or(0)
    }

    /// An XML-RPC call over the unix socket.
    pub fn rpc(&self, method: &str, params: &[Value]) -> Result<Value, String> {
        rpc(&self.target, None, method, params)
    }

    /// A file in the temp dir as text ("" if missing).
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }

    /// The main log.
    pub fn log(&self) -> String {
        self.read("main.log")
    }

    /// Waits for `needle` in the main log.
    pub fn wait_log(&self, needle: &str, secs: u64) -> bool {
        wait_for(Duration::from_secs(secs), || self.log().contains(needle))
    }

    /// getAllProcessInfo as `(namespec, statename, pid)`.
    pub fn infos(&self) -> Vec<(String, String, i64)> {
        let Ok(Value::Array(items)) = self.rpc("supervisor.getAllProcessInfo", &[]) else {
            return Vec::new();
        };
        items
            .iter()
            .map(|i| {
                let s = |k: &str| {
                    field(i, k)
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string()
                };
                let (g, n) = (s("group"), s("name"));
                let ns = if g == n { n } else { format!("{g}:{n}") };
                let pid = field(i, "pid").and_then(Value::as_int).unwrap_or(0);
                (ns, s("statename"), pid)
            })
            .collect()
    }

    /// Waits until every process is in `state`.
    pub fn wait_all(&self, state: &str, secs: u64) -> bool {
        wait_for(Duration::from_secs(secs), || {
            let i = self.infos();
            !i.is_empty() && i.iter().all(|(_, s, _)| s == state)
        })
    }

    /// Sends a signal to the daemon.
    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child.
        unsafe {
            nix::libc::kill(self.pid(), sig);
        }
    }

    /// Waits for the daemon to exit; returns its exit code (None = still running).
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        fixture::wait_exit(&mut self.child, timeout).map(|s| s.code().unwrap_or(-1))
    }

    /// Open fds of the daemon.
    pub fn fd_count(&self) -> usize {
        fd_count(self.pid())
    }

    /// Resident set size of the daemon in KiB.
    pub fn rss_kb(&self) -> u64 {
        rss_kb(self.pid())
    }

    /// Threads of the daemon.
    pub fn threads(&self) -> u64 {
        status_field(self.pid(), "Threads:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    }

    /// Zombie children of the daemon.
    pub fn zombies(&self) -> Vec<i32> {
        children_of(self.pid())
            .into_iter()
            .filter(|(_, st)| st == "Z")
            .map(|(p, _)| p)
            .collect()
    }

    /// Asserts that the daemon reaps every zombie child within 10 s. It reaps on its own
    /// SIGCHLD, so a child (or an orphan it adopted as subreaper) that has just died may be a
    /// zombie for a moment; a leaked one stays one for good.
    pub fn assert_zombies_reaped(&self) {
        let reaped = wait_for(Duration::from_secs(10), || self.zombies().is_empty());
        assert!(reaped, "zombies left: {:?}", self.zombies());
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        fixture::terminate(&mut self.child, Duration::from_secs(30));
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Open fds of `pid`.
pub fn fd_count(pid: i32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// A `/proc/<pid>/status` field's value (trimmed).
pub fn status_field(pid: i32, key: &str) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with(key))
        .map(|l| l[key.len()..].trim().to_string())
}

/// VmRSS of `pid` in KiB.
pub fn rss_kb(pid: i32) -> u64 {
    status_field(pid, "VmRSS:")
        .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

/// `(pid, state letter)` of every process whose parent is `ppid`.
pub fn children_of(ppid: i32) -> Vec<(i32, String)> {
    let me = ppid.to_string();
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for e in dir.flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let Some((_, rest)) = stat.rsplit_once(") ") else {
            continue;
        };
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f.len() > 1 && f[1] == me {
            out.push((pid, f[0].to_string()));
        }
    }
    out
}

/// Whether `pid` exists and is not a zombie.
pub fn alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit_once(") ")
            .is_some_and(|(_, r)| r.starts_with('Z') || r.starts_with('X')),
        Err(_) => false,
    }
}

/// Kills `pid` with SIGKILL (cleanup of processes a test left on purpose).
pub fn kill9(pid: i32) {
    // SAFETY: kill(2) on a pid this test started (directly or via the daemon).
    unsafe {
        nix::libc::kill(pid, 9);
    }
}

/// The p-th percentile (0..=100) of `v` (sorted in place).
pub fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let idx = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
    v[idx.min(v.len() - 1)]
}

/// Seconds since midnight of every main-log line containing `needle` (the daemon's own
/// timestamps, ms precision).
pub fn log_times(log: &str, needle: &str) -> Vec<f64> {
    log.lines()
        .filter(|l| l.contains(needle))
        .filter_map(|l| {
            let time = l.split(' ').nth(1)?;
            let (hms, ms) = time.split_once(',')?;
            let mut parts = hms.split(':').map(|x| x.parse::<f64>().ok());
            let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
            Some(h * 3600.0 + m * 60.0 + s + ms.parse::<f64>().ok()? / 1000.0)
        })
        .collect()
}

/// Appends one line to `$RELIAB_FIGURES` (if set), so `make soak`/docs can collect them;
/// always prints it too.
pub fn figure(line: &str) {
    eprintln!("FIGURE {line}");
    if let Ok(p) = std::env::var("RELIAB_FIGURES") {
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(p)
        {
            let _ = writeln!(f, "{line}");
        }
    }
}

/// Whether the long (soak) variants run: `SOAK=1`.
pub fn soak() -> bool {
    std::env::var("SOAK").is_ok_and(|v| v == "1")
}

/// Writes `conf` to `dir/supervisord.conf` and builds `[wrapper…] supervisord -n -c conf`
/// with stdin/stdout null and stderr to `dir/stderr.txt`.
fn daemon_command(dir: &Path, conf: &str, wrapper: &[&str]) -> Command {
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).expect("write conf");
    let mut cmd = wrapped::daemon_command(wrapper, &path);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(
            std::fs::File::create(dir.join("stderr.txt")).expect("stderr file"),
        ));
    cmd
}
