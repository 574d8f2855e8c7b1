//! `supervisord` the daemon: start-up (privileges, rlimits, main log, daemonizing,
//! pidfile), the event loop, restarts and shutdown.
//!
//! Exit statuses: 0 after a normal shutdown (SIGTERM/SIGINT/SIGQUIT, `shutdown()`);
//! 2 for start-up errors; 3 (`supervisor::EXIT_POLICY_CODE`) when a program's
//! `exit_policy` (`shutdown-on-fatal` / `shutdown-on-exit`, container mode) triggered the
//! shutdown, so an orchestrator sees the failure.
//!
//! Where things plug in:
//! - RPC: `rpc::handle_call` dispatches `Call`s from `control::ControlReceiver`; calls
//!   answered later wait in `waiters`, which the loop owns. `start_servers` is where the
//!   HTTP server thread gets its `ControlHandle`.
//! - Ordered startup: `Supervisor::may_autostart`.
//! - Child output: `process::output::Outputs` (logging's StreamCapture per stream);
//!   capture events surface in `Supervisor::capture_output`.
//! - Events: `eventbus` (listener pools, ticks) and the supervisor's `events` methods
//!   (PROCESS_STATE_* from `on_state_change`, delivery to listeners' stdin); the loop
//!   calls `events_boot`/`events_mood`/`events_step`.

pub mod cpu_latency;
pub mod event_loop;
pub mod eventbus;
pub mod fd_table;
pub mod logwait;
pub mod malloc_tune;
pub mod metrics;
pub mod poll_set;
pub mod proc_fds;
pub mod remembered;
pub mod replies;
pub mod rpc;
pub mod sig;
pub mod supervisor;
pub mod updatewait;
pub mod upgrade;
pub mod waiters;
pub mod wake_timer;

use std::path::{Path, PathBuf};

use crate::config::model::auth_user;
use crate::config::{Config, LogLevel};
use crate::control::{self, ControlHandle};
use crate::logging::emit;
use crate::logging::{MainLogConfig, MainLogHandle};
use supervisor::{Loader, Supervisor};

/// A start-up failure: printed once by `main` as `Error: …`, exit status 2.
#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs the daemon with the config `load` returns (called again on every SIGHUP).
/// Returns the process exit status. Started by an upgrading daemon process (its state
/// descriptor in the environment), it takes over that process's children and sockets.
pub fn run(load: Loader) -> Result<i32, StartError> {
    malloc_tune::tune();
    let Some(inherited) = upgrade::inherited() else {
        return start_and_serve(load, None);
    };
    let rollback = inherited.rollback;
    let state = match inherited.state {
        Ok(state) => state,
        Err(e) => {
            let why = format!("cannot take over from the daemon that upgraded: {e}");
            return Err(upgrade::give_up(rollback.as_ref(), why));
        }
    };
    // From here a panic or an error starts the previous binary again with the same state.
    if let Some(rb) = &rollback {
        rb.arm();
    }
    let adoption = Adoption {
        state,
        rollback,
        rolled_back: inherited.rolled_back,
        fail_adopt: inherited.fail_adopt,
    };
    start_and_serve(load, Some(adoption))
}

/// A handed-over state on its way into the new daemon process.
struct Adoption {
    state: crate::upgrade::state::UpgradeState,
    rollback: Option<crate::upgrade::rollback::Rollback>,
    rolled_back: Option<String>,
    fail_adopt: Option<String>,
}

/// Starts the daemon (taking `adoption` over, if any) and runs the loop until shutdown.
fn start_and_serve(load: Loader, adoption: Option<Adoption>) -> Result<i32, StartError> {
    let rollback = adoption.as_ref().and_then(|a| a.rollback.clone());
    let started = match start_up(load, adoption) {
        Ok(s) => s,
        Err(e) => return Err(upgrade::give_up(rollback.as_ref(), e.0)),
    };
    if let Some(rb) = rollback {
        rb.disarm();
    }
    let Started {
        mut sup,
        adopted,
        signals,
        receiver,
        servers,
        kept,
        pidfile,
    } = started;
    // After the HTTP threads exist (they set their own, lower, priority).
    crate::nice::boost_loop_thread();
    if !adopted {
        // Events: GROUP_ADDED per group, SUPERVISOR_STATE_CHANGE_RUNNING (an upgraded
        // daemon did not start again: its pools were handed over).
        sup.events_boot();
    }
    let code = serve(&mut sup, &signals, receiver, servers, kept);
    let _ = std::fs::remove_file(&pidfile);
    Ok(code)
}

/// A daemon started and ready to serve.
struct Started {
    sup: Supervisor,
    /// The process table and event pools were handed over by an upgrade.
    adopted: bool,
    signals: sig::Signals,
    receiver: control::ControlReceiver,
    servers: crate::http::HttpThreads,
    kept: Vec<crate::http::HandedListener>,
    pidfile: PathBuf,
}

/// Everything before the loop: config, privileges, logs, sockets, daemonizing, the HTTP
/// thread and the process table (the handed-over one after an upgrade).
fn start_up(load: Loader, adoption: Option<Adoption>) -> Result<Started, StartError> {
    let inherited = adoption.as_ref().map(|a| &a.state);
    let adopted = adoption.is_some();
    let config = load().map_err(StartError)?;
    // Opened while still root: a daemon running as `user=` can take the request later.
    let cpu_latency = config
        .supervisord
        .precise_startup
        .then(cpu_latency::CpuLatencyHold::open_device);
    drop_privileges(&config)?;
    let limit_notes = set_rlimits(&config)?;
    let mainlog = open_main_log(&config)?;
    for w in &config.warnings {
        emit(LogLevel::Warn, w);
    }
    for (level, note) in &limit_notes {
        emit(*level, note);
    }
    for i in &config.infos {
        emit(LogLevel::Info, i);
    }
    // SAFETY: geteuid never fails.
    if unsafe { nix::libc::geteuid() } == 0 && config.supervisord.user.is_none() {
        emit(
            LogLevel::Critical,
            "Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.  If you intend to run as root, you can set user=root in the config file to avoid this message.",
        );
    }
    let servers_cfg = crate::http::HttpServers::from_config(&config);
    // Bind before daemonizing (so "Another program is already listening…" reaches the
    // terminal); the server threads start after the fork. After an upgrade the sockets
    // are the previous process's, still listening.
    let bound = match &inherited {
        Some(state) => {
            crate::http::BoundServers::adopt(&servers_cfg, upgrade::adopt_listeners(state))
        }
        None => crate::http::bind(&servers_cfg),
    }
    .map_err(|e| StartError(e.to_string()))?;
    // As PID 1 (a container's init) daemonizing would end the container: stay.
    if inherited.is_some() {
        // Daemonized (or not) already, by the process this one replaced.
    } else if !config.supervisord.nodaemon && std::process::id() == 1 {
        emit(
            LogLevel::Info,
            "running as PID 1: staying in the foreground (as with nodaemon=true)",
        );
    } else if !config.supervisord.nodaemon {
        daemonize(&config)?;
    }
    // Before any thread exists, and after the fork (a child's table is sized to what is open).
    fd_table::reserve_for(&config);
    crate::process::fd_slots::reserve(); // low numbers for a spawn's child ends
    let signals = sig::Signals::install().map_err(|e| StartError(format!("signals: {e}")))?;
    let (handle, receiver) =
        control::channel().map_err(|e| StartError(format!("control pipe: {e}")))?;
    // Kept open by the daemon while the HTTP thread is gone during an upgrade.
    let kept = bound
        .duplicates()
        .map_err(|e| StartError(format!("listening sockets: {e}")))?;
    announce_servers(&config);
    write_pidfile(&config.supervisord.pidfile);
    if std::process::id() != 1 {
        let _ = nix::sys::prctl::set_child_subreaper(true);
    }
    emit(
        LogLevel::Info,
        &format!("supervisord started with pid {}", std::process::id()),
    );
    let pidfile = config.supervisord.pidfile.clone();
    let mut sup = Supervisor::new(config);
    if let Some(hold) = cpu_latency {
        sup.set_cpu_latency(hold);
    }
    sup.loader = Some(load);
    sup.set_mainlog(mainlog);
    if let Some(a) = adoption {
        // Given up here, while the handed-over sockets are still open.
        if let Err(e) = upgrade::take_over(&mut sup, a.state, a.rolled_back, a.fail_adopt) {
            return Err(upgrade::give_up(a.rollback.as_ref(), e));
        }
    }
    // After a take-over: a new binary that failed to adopt has accepted no connection
    // (they wait in the backlog for the program that goes on).
    let servers = start_servers(sup.config(), bound, handle)?;
    Ok(Started {
        sup,
        adopted,
        signals,
        receiver,
        servers,
        kept,
        pidfile,
    })
}

/// The HTTP thread and an upgrade's check, as the loop's hooks see them.
struct Http {
    threads: Option<crate::http::HttpThreads>,
    check: Option<crate::upgrade::handover::Check>,
}

impl event_loop::Hooks for Http {
    fn begin_http_drain(&mut self) {
        if let Some(t) = &self.threads {
            t.begin_drain();
        }
    }
    fn extra_fd(&self) -> Option<(std::os::fd::RawFd, std::time::Instant)> {
        self.check.as_ref().map(|c| (c.fd(), c.deadline))
    }
    fn on_extra(&mut self, now: std::time::Instant) -> bool {
        self.check.as_mut().is_none_or(|c| c.read_some(now))
    }
}

/// Runs the loop until shutdown. An upgrade ends it twice: once the HTTP side drained
/// (the new binary's check starts, the loop goes on), then once the check finished (the
/// daemon execs); if it fails on the way the loop resumes with a new HTTP thread over the
/// same listening sockets.
fn serve(
    sup: &mut Supervisor,
    signals: &sig::Signals,
    receiver: control::ControlReceiver,
    servers: crate::http::HttpThreads,
    kept: Vec<crate::http::HandedListener>,
) -> i32 {
    let mut receiver = Some(receiver);
    let mut http = Http {
        threads: Some(servers),
        check: None,
    };
    loop {
        match event_loop::resume(sup, signals, receiver.as_ref(), &mut http) {
            event_loop::Ending::Exit(code) => {
                crate::logging::repeats::flush_all();
                if let Some(t) = http.threads.take() {
                    t.shutdown();
                }
                return code;
            }
            event_loop::Ending::Upgrade => {
                let failed = match http.check.take() {
                    None => {
                        if let Some(t) = http.threads.take() {
                            t.end_keeping_socket();
                        }
                        receiver = None;
                        upgrade::start_check(sup, &kept)
                            .map(|c| http.check = Some(c))
                            .err()
                    }
                    Some(check) => {
                        // A JSON log line waiting for its newline would be lost with this
                        // program's memory.
                        sup.flush_partial_logs();
                        let why = upgrade::swap_checked(sup, &kept, check);
                        Some(why)
                    }
                };
                if let Some(why) = failed {
                    emit(
                        LogLevel::Error,
                        &format!("upgrade given up, carrying on: {why}"),
                    );
                    sup.upgrade_failed(&why);
                    match restart_servers(sup.config(), &kept) {
                        Ok((t, r)) => {
                            http.threads = Some(t);
                            receiver = Some(r);
                        }
                        Err(e) => emit(LogLevel::Critical, &format!("HTTP servers: {e}")),
                    }
                }
            }
        }
    }
}

/// A new HTTP thread over the kept listening sockets (after a failed upgrade).
fn restart_servers(
    config: &Config,
    kept: &[crate::http::HandedListener],
) -> Result<(crate::http::HttpThreads, control::ControlReceiver), String> {
    let dups = kept
        .iter()
        .map(|l| {
            Ok(crate::http::HandedListener {
                kind: l.kind,
                fd: l.fd.try_clone()?,
                path: l.path.clone(),
            })
        })
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(|e| e.to_string())?;
    let bound =
        crate::http::BoundServers::adopt(&crate::http::HttpServers::from_config(config), dups)
            .map_err(|e| e.to_string())?;
    let (handle, receiver) = control::channel().map_err(|e| e.to_string())?;
    let servers = bound
        .start(handle, http_options(config))
        .map_err(|e| e.to_string())?;
    Ok((servers, receiver))
}

/// Starts serving the bound HTTP servers with the loop's control handle. The servers live
/// across SIGHUP reloads (Python closes and reopens them; the sockets would be the same
/// unless the reload changed them, which then needs a restart).
fn start_servers(
    config: &Config,
    bound: crate::http::BoundServers,
    handle: ControlHandle,
) -> Result<crate::http::HttpThreads, StartError> {
    bound
        .start(handle, http_options(config))
        .map_err(|e| StartError(e.to_string()))
}

/// Logs what Python logs for each HTTP server as it starts (`RPC interface 'supervisor'
/// initialized`, the CRIT line without auth).
fn announce_servers(config: &Config) {
    let servers = [
        config
            .unix_http_server
            .as_ref()
            .map(|u| ("unix_http_server", auth_user(&u.username).is_some())),
        config
            .inet_http_server
            .as_ref()
            .map(|i| ("inet_http_server", auth_user(&i.username).is_some())),
    ];
    for (name, has_auth) in servers.into_iter().flatten() {
        emit(LogLevel::Info, "RPC interface 'supervisor' initialized");
        if !has_auth {
            emit(
                LogLevel::Critical,
                &format!("Server '{name}' running without any HTTP authentication checking"),
            );
        }
    }
}

/// The HTTP side's settings for `config` (connections capped by the open-files limit).
fn http_options(config: &Config) -> crate::http::HttpOptions {
    let soft = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE)
        .map_or(u64::MAX, |(soft, _)| soft);
    crate::http::HttpOptions {
        max_connections: http_connection_cap(
            soft,
            config.descriptors_for_processes(),
            config.http_servers(),
        ),
        ..crate::http::HttpOptions::default()
    }
}

/// Connections per HTTP server: what the open-files soft limit leaves once the processes
/// have theirs (`need` of them), shared by the `servers`; at least the config's share
/// (`config::HTTP_DESCRIPTORS`), at most `http::limits::MAX_CONNECTIONS`. The descriptors
/// counted for the servers are then the ones they may use.
fn http_connection_cap(soft: u64, need: u64, servers: u64) -> usize {
    let left = soft.saturating_sub(need) / servers.max(1);
    let cap = left.max(crate::config::HTTP_DESCRIPTORS);
    usize::try_from(cap).map_or(crate::http::limits::MAX_CONNECTIONS, |c| {
        c.min(crate::http::limits::MAX_CONNECTIONS)
    })
}

fn open_main_log(config: &Config) -> Result<MainLogHandle, StartError> {
    let cfg = MainLogConfig::from_supervisord(&config.supervisord);
    crate::logging::init(&cfg).map_err(|e| StartError(e.to_string()))
}

/// `[supervisord] user=`: switch to that user (root only; same uid is a no-op).
fn drop_privileges(config: &Config) -> Result<(), StartError> {
    let Some(user) = &config.supervisord.user else {
        return Ok(());
    };
    let acct = crate::users::lookup(user).map_err(|e| StartError(e.to_string()))?;
    // SAFETY: plain id syscalls.
    unsafe {
        use nix::libc;
        if libc::geteuid() == acct.uid {
            return Ok(());
        }
        if libc::geteuid() != 0 {
            return Err(StartError("Can't drop privilege as nonroot user".into()));
        }
        if libc::setgroups(acct.groups.len(), acct.groups.as_ptr()) != 0
            || libc::setgid(acct.gid) != 0
            || libc::setuid(acct.uid) != 0
        {
            return Err(StartError(format!(
                "Could not switch to user {user}: {}",
                nix::errno::Errno::last().desc()
            )));
        }
    }
    Ok(())
}

/// Raises RLIMIT_NOFILE / RLIMIT_NPROC soft limits to minfds / minprocs, then the open
/// files limit to what the config needs; the lines to log once the main log is open.
fn set_rlimits(config: &Config) -> Result<Vec<(LogLevel, String)>, StartError> {
    use nix::sys::resource::{getrlimit, setrlimit, Resource};
    let wants = [
        (Resource::RLIMIT_NOFILE, config.supervisord.minfds, "minfds"),
        (
            Resource::RLIMIT_NPROC,
            config.supervisord.minprocs,
            "minprocs",
        ),
    ];
    for (res, want, name) in wants {
        let Ok((soft, hard)) = getrlimit(res) else {
            continue;
        };
        if soft >= want {
            continue;
        }
        // SAFETY: geteuid never fails.
        let root = unsafe { nix::libc::geteuid() } == 0;
        let new_hard = if root { hard.max(want) } else { hard };
        if want > new_hard || setrlimit(res, want, new_hard).is_err() {
            return Err(StartError(format!(
                "The minimum number of {} required to run this process is {want} as per the \"{name}\" command-line argument or config file setting. The current environment will only allow you to open {hard} {}. Either raise the number of usable {} in your environment (see README.rst) or lower the {name} setting in the config file to allow the process to start.",
                if name == "minfds" { "file descriptors" } else { "processes" },
                if name == "minfds" { "file descriptors" } else { "processes" },
                if name == "minfds" { "file descriptors" } else { "processes" },
            )));
        }
    }
    Ok(raise_open_files(config))
}

/// Raises the soft open-files limit to what the config needs (up to the hard limit;
/// `minfds` stays a floor, checked above), so that a large config does not run out of
/// descriptors under the usual soft limit of 1024. Says so in one line.
fn raise_open_files(config: &Config) -> Vec<(LogLevel, String)> {
    use nix::sys::resource::{getrlimit, setrlimit, Resource};
    let mut notes = Vec::new();
    let need = config.descriptors_needed();
    let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_NOFILE) else {
        return notes;
    };
    if soft >= need {
        return notes;
    }
    let new = need.min(hard);
    if new > soft && setrlimit(Resource::RLIMIT_NOFILE, new, hard).is_ok() {
        notes.push((
            LogLevel::Info,
            format!(
                "raised the open files limit from {soft} to {new} (the config needs about {need})"
            ),
        ));
    }
    if need > hard {
        notes.push((
            LogLevel::Warn,
            format!(
                "the config needs about {need} open files, the hard limit is {hard}: spawns may \
                 fail with EMFILE"
            ),
        ));
    }
    notes
}

/// Classic daemonizing: fork (parent exits 0), setsid, stdio → /dev/null, umask, chdir.
fn daemonize(config: &Config) -> Result<(), StartError> {
    use nix::libc;
    // SAFETY: no other thread exists yet (servers start after this).
    match unsafe { libc::fork() } {
        -1 => return Err(StartError("could not fork to daemonize".into())),
        0 => {}
        _ => unsafe { libc::_exit(0) },
    }
    let _ = nix::unistd::setsid();
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        use std::os::fd::AsRawFd;
        // SAFETY: dup2 onto the standard descriptors.
        unsafe {
            for fd in 0..3 {
                libc::dup2(null.as_raw_fd(), fd);
            }
        }
    }
    // SAFETY: umask cannot fail.
    unsafe { libc::umask(config.supervisord.umask as libc::mode_t) };
    if let Some(dir) = &config.supervisord.directory {
        if let Err(e) = std::env::set_current_dir(dir) {
            emit(
                LogLevel::Critical,
                &format!("can't chdir into {:?}: {e}", dir.display().to_string()),
            );
        }
    }
    Ok(())
}

fn write_pidfile(path: &Path) {
    if let Err(e) = std::fs::write(path, format!("{}\n", std::process::id())) {
        emit(
            LogLevel::Critical,
            &format!("could not write pidfile {}: {e}", path.display()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::http_connection_cap;
    use crate::http::limits::MAX_CONNECTIONS;

    #[test]
    fn http_connections_get_what_the_processes_leave_within_bounds() {
        // 1024 open files, processes needing 664, one server: 360 connections.
        assert_eq!(http_connection_cap(1024, 664, 1), 360);
        // Two servers share it.
        assert_eq!(http_connection_cap(1024, 664, 2), 180);
        // Never below the config's share, never above the fixed cap.
        assert_eq!(http_connection_cap(1024, 1000, 1), 128);
        assert_eq!(http_connection_cap(1 << 20, 664, 1), MAX_CONNECTIONS);
        assert_eq!(http_connection_cap(u64::MAX, 0, 0), MAX_CONNECTIONS);
    }
}
