//! Waiting with a deadline: every wait in the tests polls a condition until it holds or a
//! timeout passes, never a fixed sleep "to let things settle".

use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

/// Polls `cond` every 2 ms until it holds or `timeout` passes; the last look is taken at
/// the deadline, so a condition met just in time counts.
pub fn wait_for(timeout: Duration, mut cond: impl FnMut() -> bool) -> bool {
    wait_some(timeout, || cond().then_some(())).is_some()
}

/// Polls `f` every 2 ms until it returns `Some` or `timeout` passes (last look at the
/// deadline): the first `Some`.
pub fn wait_some<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let end = Instant::now() + timeout;
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() >= end {
            return None;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Waits up to 5 s for `path` to hold a whole line (a pid a child wrote with `echo $$ >`)
/// and returns it as a number; panics when none comes.
pub fn read_number(path: &std::path::Path) -> i32 {
    let n = wait_some(Duration::from_secs(5), || {
        let text = std::fs::read_to_string(path).ok()?;
        text.ends_with('\n')
            .then(|| text.trim().parse().ok())
            .flatten()
    });
    n.unwrap_or_else(|| panic!("no number written to {}", path.display()))
}

/// Waits up to `timeout` for `child` to exit; its status, and `child` emptied (`None` while it
/// still runs or when there is no child).
pub fn wait_exit(child: &mut Option<Child>, timeout: Duration) -> Option<ExitStatus> {
    let status = wait_some(timeout, || {
        child.as_mut().and_then(|c| c.try_wait().ok().flatten())
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
