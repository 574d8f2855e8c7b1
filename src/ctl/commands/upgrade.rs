//! `upgrade` (ours): the daemon re-executes the binary at its own path in place, keeping
//! every child (`ours.upgrade`), and this command waits until the new program answers.

use std::time::{Duration, Instant};

use super::{exit, CmdResult, Controller};
use crate::rpc::Value;

/// How long `upgrade` waits for the new daemon program to answer.
const UPGRADE_WAIT: Duration = Duration::from_secs(30);
/// Pause between two status calls while waiting.
const POLL_GAP: Duration = Duration::from_millis(20);

impl Controller<'_> {
    /// `upgrade`: exit 0 once the daemon runs the new binary (same pid, same children);
    /// 1 when it refused or the new binary refused the handed-over state.
    pub(super) fn do_upgrade(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("upgrade", arg) {
            return Ok(());
        }
        let target = match self.rpc("ours.upgrade", vec![])? {
            Ok(v) => v.as_int().unwrap_or(0),
            Err(f) => {
                self.exitstatus = exit::GENERIC;
                self.output(&format!("ERROR: {}", f.message));
                return Ok(());
            }
        };
        let deadline = Instant::now() + UPGRADE_WAIT;
        while Instant::now() < deadline {
            // The call fails while the daemon has no HTTP thread (the swap): ask again.
            if let Ok(Ok(Value::Struct(f))) = self.rpc("ours.getUpgradeStatus", vec![]) {
                let int = |k: &str| f.get(k).and_then(Value::as_int).unwrap_or(0);
                let upgrading = f.get("upgrading").and_then(Value::as_bool).unwrap_or(false);
                if int("generation") >= target {
                    self.output(&format!(
                        "Upgraded supervisord in place (generation {target})"
                    ));
                    return Ok(());
                }
                if !upgrading {
                    let why = f.get("last_error").and_then(Value::as_str).unwrap_or("");
                    self.exitstatus = exit::GENERIC;
                    self.output(&format!("ERROR: upgrade failed: {why}"));
                    return Ok(());
                }
            }
            std::thread::sleep(POLL_GAP);
        }
        self.exitstatus = exit::GENERIC;
        self.output("ERROR: the daemon did not finish the upgrade in time");
        Ok(())
    }
}
