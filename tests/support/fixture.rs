//! What every test fixture needs: a fresh directory of its own and a way to wait for a
//! condition with a timeout (never a fixed sleep). Included by path from tests/common,
//! tests/reliability_common and tests/http_common.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Child, ExitStatus};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A new empty directory under the system temp dir, named `{prefix}-{name}-{pid}-{n}`
/// (default mode, so `nobody` can traverse it in the privilege tests).
pub fn temp_dir(prefix: &str, name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("{prefix}-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Polls `cond` every 2 ms until it holds or `timeout` passes; the last look is taken at
/// the deadline, so a condition met just in time counts.
pub fn wait_for(timeout: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + timeout;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Waits up to `timeout` for `child` to exit; its status, and `child` emptied (`None` while it
/// still runs or when there is no child).
pub fn wait_exit(child: &mut Option<Child>, timeout: Duration) -> Option<ExitStatus> {
    let mut status = None;
    wait_for(timeout, || {
        status = child.as_mut().and_then(|c| c.try_wait().ok().flatten());
        status.is_some() || child.is_none()
    });
    if status.is_some() {
        *child = None;
    }
    status
}

/// Stops a child supervisord the way an operator would: SIGTERM (so that it stops its own
/// programs; a SIGKILLed one leaves them running), up to `grace` to exit, then SIGKILL.
pub fn terminate(child: &mut Option<Child>, grace: Duration) {
    let Some(pid) = child.as_ref().map(|c| c.id() as i32) else {
        return;
    };
    // SAFETY: kill(2) on our own, not yet reaped, child.
    unsafe { nix::libc::kill(pid, nix::libc::SIGTERM) };
    if wait_exit(child, grace).is_none() {
        if let Some(c) = child.as_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}
