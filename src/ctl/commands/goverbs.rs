//! Verbs of the Go port's `supervisord ctl` (ochinchina/supervisord) that Python's
//! supervisorctl lacks: `start-group`, `stop-group` and `logtail`. Their output lines are
//! Python's (`name: started`), not the Go port's coloured status table.

use super::{exit, CmdError, CmdResult, Controller};
use crate::rpc::{faults, Value};

/// Bytes `logtail` shows: the Go port asks `tailProcess*Log(name, 0, 10240)`.
const LOGTAIL_BYTES: i64 = 10240;

impl Controller<'_> {
    /// `start-group G…` / `stop-group G…`: `startProcessGroup` / `stopProcessGroup` per group.
    pub(super) fn do_group(&mut self, action: &str, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let groups: Vec<&str> = arg.split_whitespace().collect();
        let usage_status = if action == "start" {
            exit::INVALID_ARGS
        } else {
            exit::GENERIC
        };
        if groups.is_empty() {
            self.output(&format!("Error: {action}-group requires a group name"));
            self.exitstatus = usage_status;
            self.help_of(&format!("{action}-group"));
            return Ok(());
        }
        let (method, ignored, fmt): (_, _, fn(&Self, &Value) -> String) = if action == "start" {
            (
                "supervisor.startProcessGroup",
                faults::ALREADY_STARTED,
                Self::start_result,
            )
        } else {
            (
                "supervisor.stopProcessGroup",
                faults::NOT_RUNNING,
                |s, r| s.signal_result(r, "stopped"),
            )
        };
        for group in groups {
            // `g:*` and `g` name the same group.
            let group = group.split(':').next().unwrap_or(group);
            match self.rpc(method, vec![Value::Str(group.into())])? {
                Ok(r) => self.results(r, Some(ignored), fmt),
                Err(f) if f.code == faults::BAD_NAME => {
                    self.output(&format!("{group}: ERROR (no such group)"));
                    self.exitstatus = usage_status;
                }
                Err(f) => {
                    self.exitstatus = exit::GENERIC;
                    return Err(CmdError::Fault(f));
                }
            }
        }
        Ok(())
    }

    /// `logtail [-t stdout|stderr] NAME`: the last 10240 bytes of a log, written as they are.
    pub(super) fn do_logtail(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let mut stream = "stdout".to_string();
        let mut name = None;
        let mut words = arg.split_whitespace();
        while let Some(w) = words.next() {
            if !w.starts_with('-') {
                name = Some(w.to_string());
                continue;
            }
            let value = match w {
                "-t" | "--type" => words.next(),
                _ => w.strip_prefix("--type=").or_else(|| w.strip_prefix("-t")),
            };
            match value {
                Some(v) => stream = v.to_lowercase(),
                None => {
                    self.output(&format!("Error: bad argument {w}"));
                    self.exitstatus = exit::GENERIC;
                    return Ok(());
                }
            }
        }
        if stream != "stdout" && stream != "stderr" {
            self.output(&format!("Error: bad channel '{stream}'"));
            self.exitstatus = exit::GENERIC;
            return Ok(());
        }
        let Some(name) = name else {
            self.output("Error: logtail requires a process name");
            self.exitstatus = exit::GENERIC;
            self.help_of("logtail");
            return Ok(());
        };
        let method = if stream == "stdout" {
            "supervisor.tailProcessStdoutLog"
        } else {
            "supervisor.tailProcessStderrLog"
        };
        let params = vec![
            Value::Str(name.clone()),
            Value::Int(0),
            Value::Int(LOGTAIL_BYTES),
        ];
        match self.rpc(method, params)? {
            Ok(Value::Array(v)) => {
                let data = v.first().and_then(Value::as_str).unwrap_or("");
                let _ = self.out.write_all(data.as_bytes());
                let _ = self.out.flush();
            }
            Ok(_) => self.output(""),
            Err(f) => self.tail_error(&name, f)?,
        }
        Ok(())
    }
}
