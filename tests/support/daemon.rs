//! The `Daemon` fixture: our real binary running `supervisord -n` on a config written into a
//! fresh temp dir, with its stderr in `dir/stderr.txt` (or captured). Dropping the fixture
//! sends SIGTERM, waits for the exit, then SIGKILLs if needed.
//!
//! Two ways to give the config: `start*` take only the programs (and extra `[supervisord]`
//! lines) and add a preamble with everything in the temp dir at loglevel debug, then wait
//! for the main log's start line; `start_conf*` take a whole config (e.g. built on
//! [`preamble`], which adds the unix socket) and wait until it answers XML-RPC.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use supervisord::rpc::Value;

use super::http::{field, rpc, Target};
use super::procfs;
use super::wait::{self, wait_for};

/// SIGTERM / SIGKILL / SIGHUP numbers (Linux).
pub const SIGTERM: i32 = 15;
pub const SIGKILL: i32 = 9;
pub const SIGHUP: i32 = 1;

/// The main log line that says the daemon is up.
pub const STARTED: &str = "supervisord started with pid";

/// A new empty directory under the system temp dir, named `sv-{name}-{pid}-{n}` (default
/// mode, so `nobody` can traverse it in the privilege tests).
pub fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("sv-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A [`temp_dir`] removed again on drop, with a helper to write files into it.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        Scratch(temp_dir(name))
    }

    /// Writes `data` to `name` (parent directories created); its path.
    pub fn write(&self, name: &str, data: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, data).expect("write");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Seconds since the epoch as f64 (what `date +%s.%N` writes).
pub fn now_epoch() -> f64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// Reads a file of one float per line (missing file = empty).
pub fn read_times(path: &Path) -> Vec<f64> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

/// The daemon's own timestamps (seconds since midnight, ms precision) of every main-log
/// line containing `needle`, in order. Timing assertions use these: they measure the
/// daemon, not how late a loaded machine scheduled the test or a child.
pub fn log_times(log: &str, needle: &str) -> Vec<f64> {
    log.lines()
        .filter(|l| l.contains(needle))
        .filter_map(|l| {
            // "2026-11-23 03:02:23,123 INFO ..."
            let time = l.split(' ').nth(1)?;
            let (hms, ms) = time.split_once(',')?;
            let mut parts = hms.split(':').map(|x| x.parse::<f64>().ok());
            let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
            Some(h * 3600.0 + m * 60.0 + s + ms.parse::<f64>().ok()? / 1000.0)
        })
        .collect()
}

/// Timer lateness (ms) of each startsecs=1 promotion among main-log `lines`: the
/// `success:` time − the `spawned:` time − 1 s (millisecond stamps).
pub fn promotion_lateness<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<f64> {
    let mut spawned: std::collections::HashMap<String, f64> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for line in lines {
        let Some(t) = log_times(line, "").first().copied() else {
            continue;
        };
        if let Some(rest) = line.split("spawned: '").nth(1) {
            if let Some(name) = rest.split('\'').next() {
                spawned.insert(name.to_string(), t);
            }
        } else if let Some(rest) = line.split("success: ").nth(1) {
            if let Some(name) = rest.split(' ').next() {
                if let Some(s) = spawned.remove(name) {
                    out.push((t - s - 1.0) * 1000.0);
                }
            }
        }
    }
    out
}

/// The `[supervisord]` + `[unix_http_server]` + `[supervisorctl]` + rpcinterface preamble
/// of a whole config, everything inside `dir` (socket `dir/s.sock`), loglevel info.
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

/// `supervisord check ARGS -c CONF`, run to the end.
pub fn check_conf(args: &[&str], conf: impl AsRef<std::ffi::OsStr>) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("check")
        .args(args)
        .arg("-c")
        .arg(conf)
        .output()
        .expect("supervisord check")
}

/// `[wrapper…] supervisord -n -c conf`, starting with no descriptor but 0, 1 and 2: what
/// the test runner inherited from its own parent (a CI harness may pass several) is closed
/// at exec, so tests that count or exhaust the daemon's descriptors see only its own.
pub fn daemon_command(wrapper: &[&str], conf: &Path) -> Command {
    let bin = env!("CARGO_BIN_EXE_supervisord");
    let mut cmd = match wrapper.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(bin);
            c
        }
        None => Command::new(bin),
    };
    cmd.arg("-n").arg("-c").arg(conf);
    // SAFETY: one async-signal-safe syscall between fork and exec. CLOEXEC rather than
    // close, so std's own exec-error pipe still reports a failed exec.
    unsafe {
        cmd.pre_exec(|| {
            nix::libc::close_range(
                3,
                nix::libc::c_uint::MAX,
                nix::libc::CLOSE_RANGE_CLOEXEC as i32,
            );
            Ok(())
        });
    }
    cmd
}

/// The daemon's stdout or stderr as collected by a reader thread.
pub type Captured = Arc<Mutex<Vec<u8>>>;

/// Collects everything `r` yields into the returned buffer, on a thread.
fn collect(mut r: impl Read + Send + 'static) -> Captured {
    let captured: Captured = Arc::default();
    let sink = captured.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    captured
}

/// A running daemon under test.
pub struct Daemon {
    pub dir: PathBuf,
    pub child: Option<Child>,
    /// Its unix socket, `dir/s.sock` (configs built on [`preamble`] have it).
    pub target: Target,
}

impl Daemon {
    /// Writes `[supervisord]` (logs and pidfile in a fresh temp dir, loglevel debug) plus
    /// `programs` into `dir/supervisord.conf`, starts the daemon and waits for its start
    /// line. `%(here)s` in `programs` is the temp dir.
    pub fn start(name: &str, programs: &str) -> Daemon {
        Daemon::start_in(temp_dir(name), programs)
    }

    /// Like `start`, in a given directory.
    pub fn start_in(dir: PathBuf, programs: &str) -> Daemon {
        Daemon::start_via(dir, programs, &[])
    }

    /// Like `start_in`, the daemon run through `wrapper` (e.g. `["nice", "-n", "3"]`, a
    /// command that execs its arguments, so the pid stays the daemon's).
    pub fn start_via(dir: PathBuf, programs: &str, wrapper: &[&str]) -> Daemon {
        Daemon::launch(dir, "", programs, wrapper)
    }

    /// Like `start_in`, with extra `[supervisord]` lines (`key=value\n`…).
    pub fn start_with(dir: PathBuf, supervisord: &str, programs: &str) -> Daemon {
        Daemon::launch(dir, supervisord, programs, &[])
    }

    fn launch(dir: PathBuf, supervisord: &str, programs: &str, wrapper: &[&str]) -> Daemon {
        let conf = format!(
            "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=debug\n{supervisord}\n{programs}\n"
        );
        let d = Daemon::spawn_wrapped(dir, &conf, wrapper);
        d.assert_started(Duration::from_secs(10));
        d
    }

    /// Panics unless the main log shows the start line within `timeout`.
    pub fn assert_started(&self, timeout: Duration) {
        assert!(
            self.wait_log(STARTED, timeout),
            "daemon did not start:\n{}\n{}",
            self.log(),
            self.read("stderr.txt")
        );
    }

    /// Writes `conf` (a whole config) to `dir/supervisord.conf`, starts the daemon and waits
    /// until its unix socket answers XML-RPC.
    pub fn start_conf(dir: PathBuf, conf: &str) -> Daemon {
        Daemon::start_conf_with(dir, conf, |_| {})
    }

    /// Like `start_conf`, letting the caller adjust the command (e.g. `ulimit` wrappers).
    pub fn start_conf_with(dir: PathBuf, conf: &str, adjust: impl FnOnce(&mut Command)) -> Daemon {
        let mut d = Daemon::spawn_conf(dir, conf, adjust);
        if !d.wait_answering(Duration::from_secs(30)) {
            // How it ended tells a crash (a signal) from an exit or a hang.
            let status = d.child.as_mut().map(|c| c.try_wait());
            panic!(
                "daemon did not answer (status {status:?}):\n{}\n{}",
                d.log(),
                d.read("stderr.txt")
            );
        }
        d
    }

    /// Writes `conf` and spawns the daemon (stderr to `dir/stderr.txt`) after `adjust` saw
    /// the command; does not wait.
    pub fn spawn_conf(dir: PathBuf, conf: &str, adjust: impl FnOnce(&mut Command)) -> Daemon {
        let mut cmd = Daemon::command(&dir, conf, &[]);
        cmd.stderr(Stdio::from(
            std::fs::File::create(dir.join("stderr.txt")).expect("stderr file"),
        ));
        adjust(&mut cmd);
        Daemon::spawn(dir, cmd)
    }

    /// Starts a daemon whose command line is `program args…` (e.g. setpriv/sh wrappers)
    /// followed by `supervisord -n -c conf`; does not wait.
    pub fn spawn_wrapped(dir: PathBuf, conf: &str, wrapper: &[&str]) -> Daemon {
        let mut cmd = Daemon::command(&dir, conf, wrapper);
        cmd.stderr(Stdio::from(
            std::fs::File::create(dir.join("stderr.txt")).expect("stderr file"),
        ));
        Daemon::spawn(dir, cmd)
    }

    /// Starts the daemon on a whole `conf` with its stdout and/or stderr collected (no
    /// wait); an uncollected stream goes nowhere.
    pub fn spawn_captured(
        dir: PathBuf,
        conf: &str,
        stdout: bool,
        stderr: bool,
    ) -> (Daemon, Captured, Captured) {
        let pipe_or_null = |on: bool| if on { Stdio::piped() } else { Stdio::null() };
        let mut cmd = Daemon::command(&dir, conf, &[]);
        cmd.stdout(pipe_or_null(stdout))
            .stderr(pipe_or_null(stderr));
        let mut d = Daemon::spawn(dir, cmd);
        let child = d.child.as_mut().expect("child");
        let out = child.stdout.take().map(collect).unwrap_or_default();
        let err = child.stderr.take().map(collect).unwrap_or_default();
        (d, out, err)
    }

    /// Writes `conf` to `dir/supervisord.conf`; the command with stdin and stdout null.
    fn command(dir: &Path, conf: &str, wrapper: &[&str]) -> Command {
        let path = dir.join("supervisord.conf");
        std::fs::write(&path, conf).expect("write conf");
        let mut cmd = daemon_command(wrapper, &path);
        cmd.stdin(Stdio::null()).stdout(Stdio::null());
        cmd
    }

    fn spawn(dir: PathBuf, mut cmd: Command) -> Daemon {
        Daemon::adopt(dir, cmd.spawn().expect("start supervisord"))
    }

    /// The fixture for a daemon the test started itself (its own command line) in `dir`.
    pub fn adopt(dir: PathBuf, child: Child) -> Daemon {
        Daemon {
            target: Target::Unix(dir.join("s.sock")),
            dir,
            child: Some(child),
        }
    }

    /// Waits until the daemon answers XML-RPC on its socket (false at once if it exited).
    pub fn wait_answering(&mut self, timeout: Duration) -> bool {
        wait_for(timeout, || {
            let exited = self
                .child
                .as_mut()
                .is_none_or(|c| matches!(c.try_wait(), Ok(Some(_))));
            exited || self.rpc("supervisor.getPID", &[]).is_ok()
        }) && self.rpc("supervisor.getPID", &[]).is_ok()
    }

    /// The daemon's pid (the child we started; wrappers must `exec`).
    pub fn pid(&self) -> i32 {
        self.child.as_ref().map(|c| c.id() as i32).unwrap_or(0)
    }

    /// A path inside the temp dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// A file in the temp dir as text ("" if missing).
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }

    /// The main log so far.
    pub fn log(&self) -> String {
        self.read("main.log")
    }

    /// [`log_times`] of the main log.
    pub fn log_times(&self, needle: &str) -> Vec<f64> {
        log_times(&self.log(), needle)
    }

    /// Waits until the main log contains `needle`.
    pub fn wait_log(&self, needle: &str, timeout: Duration) -> bool {
        wait_for(timeout, || self.log().contains(needle))
    }

    /// Panics (showing the main log) unless it contains `needle` within `timeout`.
    pub fn assert_log(&self, needle: &str, timeout: Duration) {
        assert!(
            self.wait_log(needle, timeout),
            "no {needle:?} in the main log within {timeout:?}:\n{}",
            self.log()
        );
    }

    /// Waits until the main log contains `needle` at least `n` times.
    pub fn wait_log_count(&self, needle: &str, n: usize, timeout: Duration) -> bool {
        wait_for(timeout, || self.log().matches(needle).count() >= n)
    }

    /// An XML-RPC call over the unix socket.
    pub fn rpc(&self, method: &str, params: &[Value]) -> Result<Value, String> {
        rpc(&self.target, None, method, params)
    }

    /// getAllProcessInfo as `(namespec, statename, pid)`.
    pub fn infos(&self) -> Vec<(String, String, i64)> {
        self.infos_started()
            .into_iter()
            .map(|(ns, state, pid, _)| (ns, state, pid))
            .collect()
    }

    /// getAllProcessInfo as `(namespec, statename, pid, start)`.
    pub fn infos_started(&self) -> Vec<(String, String, i64, i64)> {
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
                let n = |k: &str| field(i, k).and_then(Value::as_int).unwrap_or(0);
                let (g, name) = (s("group"), s("name"));
                let ns = if g == name {
                    name
                } else {
                    format!("{g}:{name}")
                };
                (ns, s("statename"), n("pid"), n("start"))
            })
            .collect()
    }

    /// Waits until every process is in `state`.
    pub fn wait_all(&self, state: &str, timeout: Duration) -> bool {
        wait_for(timeout, || {
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

    /// Waits for the daemon to exit; its exit code (-1 when killed by a signal, `None` while
    /// it still runs).
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        wait::wait_exit(&mut self.child, timeout).map(|s| s.code().unwrap_or(-1))
    }

    /// Number of open fds of the daemon.
    pub fn fd_count(&self) -> usize {
        procfs::fd_count(self.pid())
    }

    /// Size of the daemon's descriptor table (`FDSize`), 0 if unreadable.
    pub fn fd_table_size(&self) -> usize {
        procfs::fd_table_size(self.pid())
    }

    /// What each of the daemon's fds refers to (for failure messages).
    pub fn fd_list(&self) -> Vec<String> {
        procfs::fd_list(self.pid())
    }

    /// Resident set size of the daemon in KiB.
    pub fn rss_kb(&self) -> u64 {
        procfs::rss_kb(self.pid())
    }

    /// Threads of the daemon.
    pub fn threads(&self) -> u64 {
        procfs::threads(self.pid())
    }

    /// Zombie children of the daemon.
    pub fn zombies(&self) -> Vec<i32> {
        procfs::zombies_of(self.pid())
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
        wait::terminate(&mut self.child, Duration::from_secs(30));
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
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

/// Appends one line to `$RELIAB_FIGURES` (if set), so `make soak`/docs can collect them;
/// always prints it too.
pub fn figure(line: &str) {
    use std::io::Write;
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

/// The fixed port of `examples/supervisord.conf`'s `[inet_http_server]`.
pub const EXAMPLE_PORT: u16 = 9234;

/// `examples/supervisord.conf` (what `make run` starts) copied into a fresh temp dir with a
/// free port instead of [`EXAMPLE_PORT`], its `run/log` made, and started; waits until its
/// unix socket (`run/supervisor.sock`) answers. Returns the daemon and the port.
pub fn start_example(name: &str) -> (Daemon, u16) {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("run/log")).expect("mkdir run/log");
    let example = include_str!("../../examples/supervisord.conf");
    let needle = format!("port=127.0.0.1:{EXAMPLE_PORT}");
    assert!(example.contains(&needle), "the example's port changed");
    let port = super::http::free_port();
    let conf = example.replace(&needle, &format!("port=127.0.0.1:{port}"));
    let mut d = Daemon::spawn_conf(dir, &conf, |_| {});
    d.target = Target::Unix(d.dir.join("run/supervisor.sock"));
    assert!(
        d.wait_answering(Duration::from_secs(30)),
        "the example did not answer:\n{}\n{}",
        d.read("run/log/supervisord.log"),
        d.read("stderr.txt")
    );
    (d, port)
}
