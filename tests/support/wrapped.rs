//! The command that starts our daemon, optionally through a wrapper that execs its
//! arguments (`nice -n 3`, `setpriv …`, `sh -c …`): shared by the test fixtures.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// `[wrapper…] supervisord -n -c conf`, starting with no descriptor but 0, 1 and 2: what
/// the test runner inherited from its own parent (a CI harness may pass several) is closed
/// at exec, so tests that count or exhaust the daemon's descriptors see only its own.
pub fn daemon_command(wrapper: &[&str], conf: &std::path::Path) -> Command {
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
