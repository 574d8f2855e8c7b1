//! The command that starts our daemon, optionally through a wrapper that execs its
//! arguments (`nice -n 3`, `setpriv …`, `sh -c …`): shared by the test fixtures.

use std::process::Command;

/// `[wrapper…] supervisord -n -c conf`, nothing else set.
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
    cmd
}
