//! Daemon and configuration commands: shutdown, reload, avail, reread, update, add,
//! remove, open, version.

use super::super::client::ClientError;
use super::super::names::{int, pad, spec_of};
use super::{exit, parse_changes, CmdError, CmdResult, Controller};
use crate::rpc::{faults, Value};

impl Controller<'_> {
    pub(super) fn no_args(&mut self, cmd: &str, arg: &str) -> bool {
        if arg.trim().is_empty() {
            return true;
        }
        self.output(&format!("Error: {cmd} accepts no arguments"));
        self.exitstatus = exit::GENERIC;
        self.help_of(cmd);
        false
    }

    pub(super) fn confirm(&mut self, question: &str) -> bool {
        if !self.interactive {
            return true;
        }
        let _ = write!(self.out, "{question}");
        let _ = self.out.flush();
        let mut answer = String::new();
        let _ = self.input.read_line(&mut answer);
        answer.trim_start().to_lowercase().starts_with('y')
    }

    pub(super) fn do_shutdown(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("shutdown", arg)
            || !self.confirm("Really shut the remote supervisord process down y/N? ")
        {
            return Ok(());
        }
        let url = self.client.url.clone();
        match self.client.call("supervisor.shutdown", &[]) {
            Ok(Ok(_)) => self.output("Shut down"),
            Ok(Err(f)) if f.code == faults::SHUTDOWN_STATE => {
                self.output("ERROR: already shutting down")
            }
            Ok(Err(f)) => {
                self.exitstatus = exit::GENERIC;
                return Err(CmdError::Fault(f));
            }
            Err(ClientError::Refused) => {
                self.exitstatus = exit::GENERIC;
                self.output(&format!(
                    "ERROR: {url} refused connection (already shut down?)"
                ));
            }
            Err(ClientError::NoSuchFile) => {
                self.exitstatus = exit::GENERIC;
                self.output(&format!("ERROR: {url} no such file (already shut down?)"));
            }
            Err(ClientError::Unauthorized) => return Err(CmdError::Auth),
            Err(e) => {
                self.exitstatus = exit::GENERIC;
                return Err(CmdError::Transport(e));
            }
        }
        Ok(())
    }

    pub(super) fn do_reload(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("reload", arg)
            || !self.confirm("Really restart the remote supervisord process y/N? ")
        {
            return Ok(());
        }
        match self.rpc("supervisor.restart", vec![])? {
            Ok(_) => self.output("Restarted supervisord"),
            Err(f) => {
                self.exitstatus = exit::GENERIC;
                if f.code != faults::SHUTDOWN_STATE {
                    return Err(CmdError::Fault(f));
                }
                self.output("ERROR: already shutting down");
            }
        }
        Ok(())
    }

    pub(super) fn do_avail(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("avail", arg) {
            return Ok(());
        }
        match self.rpc("supervisor.getAllConfigInfo", vec![])? {
            Ok(Value::Array(infos)) => {
                for c in infos {
                    let inuse = if int(&c, "inuse") != 0 {
                        "in use"
                    } else {
                        "avail"
                    };
                    let auto = if int(&c, "autostart") != 0 {
                        "auto"
                    } else {
                        "manual"
                    };
                    let prio = format!("{}:{}", int(&c, "group_prio"), int(&c, "process_prio"));
                    let line = format!(
                        "{} {} {} {prio}",
                        pad(&spec_of(&c), 32),
                        pad(inuse, 9),
                        pad(auto, 9)
                    );
                    self.output(&line);
                }
            }
            Ok(_) => {}
            Err(f) => {
                self.exitstatus = exit::GENERIC;
                if f.code != faults::SHUTDOWN_STATE {
                    return Err(CmdError::Fault(f));
                }
                self.output("ERROR: supervisor shutting down");
            }
        }
        Ok(())
    }

    /// `reloadConfig` → `(added, changed, removed)`.
    pub(super) fn reload_config(
        &mut self,
        shutdown_msg: &str,
    ) -> Result<Option<[Vec<String>; 3]>, CmdError> {
        match self.rpc("supervisor.reloadConfig", vec![])? {
            Ok(v) => Ok(Some(parse_changes(&v))),
            Err(f) => {
                self.exitstatus = exit::GENERIC;
                if f.code == faults::SHUTDOWN_STATE {
                    self.output(shutdown_msg);
                    Ok(None)
                } else if f.code == faults::CANT_REREAD
                    && shutdown_msg.contains("supervisor shutting")
                {
                    self.output(&format!("ERROR: {}", f.message));
                    Ok(None)
                } else {
                    Err(CmdError::Fault(f))
                }
            }
        }
    }

    pub(super) fn do_reread(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("reread", arg) {
            return Ok(());
        }
        let Some([added, changed, removed]) =
            self.reload_config("ERROR: supervisor shutting down")?
        else {
            return Ok(());
        };
        let mut lines: Vec<(String, &str)> = Vec::new();
        for (names, what) in [
            (added, "available"),
            (changed, "changed"),
            (removed, "disappeared"),
        ] {
            for n in names {
                lines.retain(|(m, _)| *m != n);
                lines.push((n, what));
            }
        }
        if lines.is_empty() {
            self.output("No config updates to processes");
        }
        lines.sort();
        for (n, what) in lines {
            self.output(&format!("{n}: {what}"));
        }
        Ok(())
    }

    pub(super) fn do_add(&mut self, arg: &str) -> CmdResult {
        for name in arg.split_whitespace() {
            match self.rpc("supervisor.addProcessGroup", vec![Value::Str(name.into())])? {
                Ok(_) => self.output(&format!("{name}: added process group")),
                Err(f) => match f.code {
                    faults::SHUTDOWN_STATE => {
                        self.output("ERROR: shutting down");
                        self.exitstatus = exit::GENERIC;
                    }
                    faults::ALREADY_ADDED => self.output("ERROR: process group already active"),
                    faults::BAD_NAME => {
                        self.output(&format!("ERROR: no such process/group: {name}"));
                        self.exitstatus = exit::GENERIC;
                    }
                    _ => {
                        self.exitstatus = exit::GENERIC;
                        return Err(CmdError::Fault(f));
                    }
                },
            }
        }
        Ok(())
    }

    pub(super) fn do_remove(&mut self, arg: &str) -> CmdResult {
        for name in arg.split_whitespace() {
            match self.rpc(
                "supervisor.removeProcessGroup",
                vec![Value::Str(name.into())],
            )? {
                Ok(_) => self.output(&format!("{name}: removed process group")),
                Err(f) => {
                    self.exitstatus = exit::GENERIC;
                    match f.code {
                        faults::STILL_RUNNING => {
                            self.output(&format!("ERROR: process/group still running: {name}"))
                        }
                        faults::BAD_NAME => {
                            self.output(&format!("ERROR: no such process/group: {name}"))
                        }
                        _ => return Err(CmdError::Fault(f)),
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn do_open(&mut self, arg: &str) -> CmdResult {
        let url = arg.trim();
        let scheme_ok = url.starts_with("unix:") || url.starts_with("http:");
        if !scheme_ok {
            self.output("ERROR: url must be http:// or unix://");
            self.exitstatus = exit::GENERIC;
            return Ok(());
        }
        self.client.url = url.to_string();
        let old = self.exitstatus;
        let r = self.do_status("");
        self.exitstatus = old;
        r
    }

    pub(super) fn do_version(&mut self, arg: &str) -> CmdResult {
        if !self.no_args("version", arg) || !self.upcheck()? {
            return Ok(());
        }
        let v = self.rpc_ok("supervisor.getSupervisorVersion", vec![])?;
        self.output(v.as_str().unwrap_or(""));
        Ok(())
    }
}
