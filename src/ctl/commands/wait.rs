//! `wait NAME… [--timeout N]` (ours): block until processes are RUNNING.

use std::time::{Duration, Instant};

use super::super::names::{int, spec_of, split_namespec, text};
use super::{exit, CmdResult, Controller, RUNNING};
use crate::rpc::Value;

impl Controller<'_> {
    /// `wait NAME… [--timeout N]` (ours): waits until every named process is RUNNING.
    /// Exit 0 when all are; 1 on unknown names or timeout; 7 when one ends FATAL.
    pub(super) fn do_wait(&mut self, arg: &str) -> CmdResult {
        let mut timeout = 60.0f64;
        let mut names = Vec::new();
        let mut words = arg.split_whitespace();
        while let Some(w) = words.next() {
            if let Some(v) = w.strip_prefix("--timeout=") {
                timeout = v.parse().unwrap_or(-1.0);
            } else if w == "--timeout" {
                timeout = words.next().and_then(|v| v.parse().ok()).unwrap_or(-1.0);
            } else {
                names.push(w.to_string());
            }
        }
        if names.is_empty() || timeout.is_nan() || timeout < 0.0 {
            self.output("Error: wait requires process names and a numeric --timeout");
            self.exitstatus = exit::GENERIC;
            self.help_of("wait");
            return Ok(());
        }
        if !self.upcheck()? {
            return Ok(());
        }
        let deadline = Instant::now() + Duration::from_secs_f64(timeout);
        loop {
            let all = match self.rpc_ok("supervisor.getAllProcessInfo", vec![])? {
                Value::Array(a) => a,
                _ => Vec::new(),
            };
            let mut pending = Vec::new();
            for name in &names {
                let (group, process) = split_namespec(name);
                let found: Vec<&Value> = all
                    .iter()
                    .filter(|i| {
                        name == "all"
                            || (text(i, "group") == group
                                && process.as_ref().is_none_or(|p| text(i, "name") == *p))
                    })
                    .collect();
                if found.is_empty() {
                    self.output(&format!("{name}: ERROR (no such process)"));
                    self.exitstatus = exit::GENERIC;
                    return Ok(());
                }
                for info in found {
                    match int(info, "state") {
                        RUNNING => {}
                        200 => {
                            self.output(&format!("{}: ERROR (FATAL)", spec_of(info)));
                            self.exitstatus = exit::NOT_RUNNING;
                            return Ok(());
                        }
                        _ => pending.push(info.clone()),
                    }
                }
            }
            if pending.is_empty() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                for info in pending {
                    let line = format!(
                        "{}: ERROR (timed out in state {})",
                        spec_of(&info),
                        text(&info, "statename")
                    );
                    self.output(&line);
                }
                self.exitstatus = exit::GENERIC;
                return Ok(());
            }
            // A client-side poll: this is the ctl process, not the daemon's loop.
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}
