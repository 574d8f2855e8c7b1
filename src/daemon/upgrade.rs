//! The daemon's side of an in-place upgrade: [`swap`] runs in the old daemon process once
//! the loop ended with `Ending::Upgrade` (the HTTP thread has drained); [`inherited`] and
//! [`adopt_listeners`] run in the new one at start-up. The document is
//! `crate::upgrade::state`, the process records `Supervisor::handover_records`.

use std::ffi::OsString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::supervisor::Supervisor;
use crate::config::LogLevel;
use crate::http::HandedListener;
use crate::logging::emit;
use crate::upgrade::handover::{self, Check, STATE_FD_ENV};
use crate::upgrade::rollback::{self, open_own_binary, Rollback, TEST_FAIL_ADOPT_ENV};
use crate::upgrade::state::{mono_now, ListenerRecord, UpgradeState, VERSION};
use crate::upgrade::TEST_VERSION_ENV;

/// The state document of `sup` as it stands now (the version a test asked for, if any),
/// naming `rollback_exe`, the descriptor of the running binary, when there is one.
fn document(
    sup: &Supervisor,
    listeners: &[HandedListener],
    rollback_exe: Option<RawFd>,
) -> (UpgradeState, String, Vec<RawFd>) {
    let (procs, mut fds) = sup.handover_records();
    let (inflight, inflight_fds) = sup.inflight_records();
    fds.extend(inflight_fds);
    let state = UpgradeState {
        generation: sup.generation() + 1,
        argv: std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        listeners: listeners
            .iter()
            .map(|l| ListenerRecord {
                kind: l.kind.to_string(),
                fd: l.fd.as_raw_fd(),
                path: l.path.as_ref().map(|p| p.to_string_lossy().into_owned()),
            })
            .collect(),
        remembered: sup.remembered().entries().cloned().collect(),
        procs,
        written: mono_now(),
        rollback_exe,
        carries: sup.carry_records(),
        events: sup.events_carry(),
        inflight,
    };
    let version = std::env::var(TEST_VERSION_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(VERSION);
    let text = state.to_text_version(version);
    (state, text, fds)
}

/// Starts the new binary's dry run on the state as it stands (the HTTP side has drained);
/// the loop goes on while it runs and polls [`Check::fd`].
pub fn start_check(sup: &Supervisor, listeners: &[HandedListener]) -> Result<Check, String> {
    let exe = handover::own_exe().map_err(|e| format!("cannot find the daemon's binary: {e}"))?;
    let (_, text, _) = document(sup, listeners, None);
    let memfd = handover::write_memfd(&text).map_err(|e| format!("cannot write the state: {e}"))?;
    handover::spawn_check(&exe, &memfd)
}

/// After the check passed: writes the state as it stands now and `execve`s the binary at
/// the daemon's own path. Returns only if it did not, saying why; everything is as before
/// then (the caller restarts the HTTP thread).
pub fn swap(sup: &Supervisor, listeners: &[HandedListener], checked: Duration) -> String {
    let started = Instant::now();
    let exe = match handover::own_exe() {
        Ok(p) => p,
        Err(e) => return format!("cannot find the daemon's binary: {e}"),
    };
    // Kept across the exec so that a new binary failing to adopt can start this one again.
    let own = match open_own_binary() {
        Ok(fd) => Some(fd),
        Err(e) => {
            emit(
                LogLevel::Warn,
                &format!("upgrade: no rollback possible, cannot open the running binary: {e}"),
            );
            None
        }
    };
    let own_fd = own.as_ref().map(|f| f.as_raw_fd());
    let (state, text, mut fds) = document(sup, listeners, own_fd);
    fds.extend(own_fd);
    let memfd = match handover::write_memfd(&text) {
        Ok(fd) => fd,
        Err(e) => return format!("cannot write the state: {e}"),
    };
    emit(
        LogLevel::Info,
        &format!(
            "upgrading in place to {} (generation {}): checked by the new binary in {:.1} ms; state of {} processes ({} bytes) written in {:.1} ms",
            exe.display(),
            state.generation,
            checked.as_secs_f64() * 1e3,
            state.procs.len(),
            text.len(),
            started.elapsed().as_secs_f64() * 1e3,
        ),
    );
    fds.extend(listeners.iter().map(|l| l.fd.as_raw_fd()));
    // Counts of repeated log lines waiting would be lost with this program.
    crate::logging::repeats::flush_all();
    let argv: Vec<OsString> = std::env::args_os().collect();
    handover::exec(&exe, &argv, &memfd, &fds)
}

/// The check's verdict, then (if it passed) [`swap`]; returns why the daemon did not exec.
pub fn swap_checked(sup: &Supervisor, listeners: &[HandedListener], check: Check) -> String {
    let elapsed = check.elapsed();
    match check.verdict() {
        Ok(()) => swap(sup, listeners, elapsed),
        Err(why) => why,
    }
}

/// What a daemon process started by an upgrade (or by its rollback) inherited.
pub struct Inherited {
    /// The handed-over state, or why it cannot be read.
    pub state: Result<UpgradeState, String>,
    /// The way back to the previous binary until adoption finished (`None` in a daemon
    /// started by a rollback, or when the old process could not keep its binary open).
    pub rollback: Option<Rollback>,
    /// Why the new binary gave up, when this process is the old binary started again.
    pub rolled_back: Option<String>,
    /// Test-only: how this binary is to fail adopting (`rollback::test_fail_adopt`).
    pub fail_adopt: Option<String>,
}

/// The state a previous daemon process handed over, when this process is its new binary
/// (`SUPERVISORD_UPGRADE_STATE_FD` set): read and parsed, the variables removed (children
/// must not see them). The state descriptor stays open for a rollback (closed at once
/// when there can be none). Call while no other thread exists.
pub fn inherited() -> Option<Inherited> {
    let raw = std::env::var(STATE_FD_ENV).ok()?;
    std::env::remove_var(STATE_FD_ENV);
    let fail_adopt = rollback::test_fail_adopt();
    let rolled_back = rollback::rolled_back();
    let Ok(fd) = raw.parse::<RawFd>() else {
        return Some(Inherited {
            state: Err(format!("{STATE_FD_ENV}={raw:?} is not a descriptor")),
            rollback: None,
            rolled_back,
            fail_adopt,
        });
    };
    let text = handover::read_fd(fd);
    let state = text
        .as_deref()
        .map_err(Clone::clone)
        .and_then(|t| UpgradeState::parse(t).map_err(|e| e.to_string()));
    let exe = match (&state, &text) {
        (Ok(st), _) => st.rollback_exe,
        (Err(_), Ok(t)) => UpgradeState::rollback_exe_of(t),
        (Err(_), Err(_)) => None,
    };
    let fds = state
        .as_ref()
        .map(UpgradeState::handed_fds)
        .unwrap_or_default();
    let rollback = match exe.filter(|_| rolled_back.is_none()) {
        Some(exe) => Some(Rollback::new(exe, fd, fds)),
        // (A rolled-back daemon's binary descriptor was close-on-exec: gone already.)
        None => {
            // SAFETY: the descriptor was handed to this process to be read once.
            drop(unsafe { OwnedFd::from_raw_fd(fd) });
            None
        }
    };
    Some(Inherited {
        state,
        rollback,
        rolled_back,
        fail_adopt,
    })
}

/// Adoption failed for `why`: starts the previous binary when there is a way back (returns
/// only if that failed too); the start-up error to report otherwise.
pub fn give_up(rollback: Option<&Rollback>, why: String) -> super::StartError {
    let Some(rb) = rollback else {
        return super::StartError(why);
    };
    emit(
        LogLevel::Critical,
        &format!("{why}: starting the previous binary again"),
    );
    let failed = rb.exec(&why);
    super::StartError(format!("{why}; {failed}"))
}

/// The listening sockets a handed-over state names, owned again (close-on-exec).
pub fn adopt_listeners(state: &UpgradeState) -> Vec<HandedListener> {
    state
        .listeners
        .iter()
        .filter(|l| handover::set_cloexec(l.fd, true).is_ok())
        .map(|l| HandedListener {
            kind: if l.kind == "unix" { "unix" } else { "inet" },
            // SAFETY: handed over for this use only; nothing else here owns it.
            fd: unsafe { OwnedFd::from_raw_fd(l.fd) },
            path: l.path.as_ref().map(PathBuf::from),
        })
        .collect()
}

/// Milliseconds since the handed-over state was written (the swap as the loop sees it).
pub fn since_written(state: &UpgradeState) -> f64 {
    (mono_now() - state.written) as f64 / 1e6
}

/// Installs a handed-over state in the freshly built supervisor and logs the swap time.
/// `rolled_back`: why the new binary gave up, when this is the old one started again
/// (the upgrade then counts as failed). `fail_adopt`: a test's request to fail.
pub fn take_over(
    sup: &mut Supervisor,
    state: UpgradeState,
    rolled_back: Option<String>,
    fail_adopt: Option<String>,
) -> Result<(), String> {
    let t0 = Instant::now();
    let total = state.procs.len();
    if fail_adopt.as_deref().is_some_and(|f| f != "panic") {
        return Err(format!("test: {TEST_FAIL_ADOPT_ENV} is set"));
    }
    sup.set_generation(state.generation);
    let swap_ms = since_written(&state);
    let n = sup.adopt(state.procs, &state.remembered, t0);
    sup.adopt_carries(state.carries);
    let buffered: usize = state.events.pools.iter().map(|p| p.buffer.len()).sum();
    let busy = state
        .events
        .slots
        .iter()
        .filter(|s| s.state.name() == "BUSY")
        .count();
    sup.events_adopt(state.events);
    sup.adopt_inflight(state.inflight, t0);
    // A child that exited during the swap is a zombie of this process now.
    sup.reap(Instant::now());
    if fail_adopt.is_some() {
        panic!("test: {TEST_FAIL_ADOPT_ENV}=panic is set");
    }
    if let Some(why) = rolled_back {
        sup.set_generation(state.generation.saturating_sub(1));
        emit(
            LogLevel::Error,
            &format!("upgrade rolled back: the previous binary took over {n} of {total} processes again; the new binary failed: {why}"),
        );
        sup.upgrade_failed(&format!("the new binary failed to take over: {why}"));
        return Ok(());
    }
    emit(
        LogLevel::Info,
        &format!(
            "upgraded in place (generation {}): took over {n} of {total} processes ({buffered} buffered events, {busy} busy listeners); {:.1} ms since the old process wrote its state",
            sup.generation(),
            swap_ms + t0.elapsed().as_secs_f64() * 1e3,
        ),
    );
    Ok(())
}
