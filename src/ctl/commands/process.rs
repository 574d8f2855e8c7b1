//! Process commands: status, pid, start, stop, restart, signal, clear.

use std::io::Write;

use super::super::names::{int, make_namespec, pad, spec_of, split_namespec, text};
use super::{exit, CmdError, CmdResult, Controller, STOPPED_STATES};
use crate::rpc::{faults, Value};

impl Controller<'_> {
    pub(super) fn show_statuses(&mut self, infos: &[Value]) {
        let specs: Vec<String> = infos.iter().map(spec_of).collect();
        let maxlen = specs.iter().map(|s| s.chars().count()).fold(30, usize::max);
        for (spec, info) in specs.iter().zip(infos) {
            let line = format!(
                "{}{}{}",
                pad(spec, maxlen + 3),
                pad(&text(info, "statename"), 10),
                text(info, "description")
            );
            self.output(&line);
        }
    }

    pub(super) fn do_status(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            self.exitstatus = exit::STATUS_UNKNOWN;
            return Ok(());
        }
        let mut names: Vec<&str> = arg.split_whitespace().collect();
        let json = names.contains(&"--json");
        names.retain(|n| *n != "--json");
        let all = match self.rpc_ok("supervisor.getAllProcessInfo", vec![])? {
            Value::Array(a) => a,
            _ => Vec::new(),
        };
        let matching: Vec<Value> = if names.is_empty() || names.contains(&"all") {
            all
        } else {
            let mut matching = Vec::new();
            for name in names {
                let (group, process) = split_namespec(name);
                let found: Vec<&Value> = all
                    .iter()
                    .filter(|i| {
                        text(i, "group") == group
                            && process.as_ref().is_none_or(|p| text(i, "name") == *p)
                    })
                    .collect();
                if found.is_empty() {
                    let msg = match process {
                        None => format!("{group}: ERROR (no such group)"),
                        Some(_) => format!("{name}: ERROR (no such process)"),
                    };
                    if json {
                        let _ = writeln!(std::io::stderr(), "{msg}");
                    } else {
                        self.output(&msg);
                    }
                    self.exitstatus = exit::STATUS_UNKNOWN;
                }
                matching.extend(found.into_iter().cloned());
            }
            matching
        };
        if json {
            let doc = crate::http::json::to_json(&Value::Array(matching.clone()));
            self.output(&doc);
        } else {
            self.show_statuses(&matching);
        }
        if matching
            .iter()
            .any(|i| STOPPED_STATES.contains(&int(i, "state")))
        {
            self.exitstatus = exit::STATUS_NOT_RUNNING;
        }
        Ok(())
    }

    pub(super) fn do_pid(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let names: Vec<&str> = arg.split_whitespace().collect();
        if names.is_empty() {
            let pid = self.rpc_ok("supervisor.getPID", vec![])?;
            self.output(&pid.as_int().unwrap_or(0).to_string());
        } else if names.contains(&"all") {
            if let Value::Array(infos) = self.rpc_ok("supervisor.getAllProcessInfo", vec![])? {
                for info in infos {
                    self.output(&int(&info, "pid").to_string());
                }
            }
        } else {
            for name in names {
                match self.rpc("supervisor.getProcessInfo", vec![Value::Str(name.into())])? {
                    Ok(info) => {
                        let pid = int(&info, "pid");
                        self.output(&pid.to_string());
                        if pid == 0 {
                            self.exitstatus = exit::NOT_RUNNING;
                        }
                    }
                    Err(f) if f.code == faults::BAD_NAME => {
                        self.exitstatus = exit::GENERIC;
                        self.output(&format!("No such process {name}"));
                    }
                    Err(f) => {
                        self.exitstatus = exit::GENERIC;
                        return Err(CmdError::Fault(f));
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn start_result(&self, r: &Value) -> String {
        let name = spec_of(r);
        let err = |why: &str| format!("{name}: ERROR ({why})");
        match int(r, "status") as i32 {
            faults::BAD_NAME => err("no such process"),
            faults::NO_FILE => err("no such file"),
            faults::NOT_EXECUTABLE => err("file is not executable"),
            faults::ALREADY_STARTED => err("already started"),
            faults::SPAWN_ERROR => err("spawn error"),
            faults::ABNORMAL_TERMINATION => err("abnormal termination"),
            faults::SUCCESS => format!("{name}: started"),
            _ => text(r, "description"),
        }
    }

    pub(super) fn signal_result(&self, r: &Value, success: &str) -> String {
        let name = spec_of(r);
        let err = |why: &str| format!("{name}: ERROR ({why})");
        match int(r, "status") as i32 {
            faults::BAD_NAME => err("no such process"),
            faults::BAD_SIGNAL => err("bad signal name"),
            faults::NOT_RUNNING => err("not running"),
            faults::SUCCESS => format!("{name}: {success}"),
            _ => text(r, "description"),
        }
    }

    pub(super) fn clear_result(&self, r: &Value) -> String {
        let name = spec_of(r);
        match int(r, "status") as i32 {
            faults::BAD_NAME => format!("{name}: ERROR (no such process)"),
            faults::SUCCESS => format!("{name}: cleared"),
            _ => format!("{name}: ERROR (failed)"),
        }
    }

    /// The process names a command was given, once the daemon is up; `None` when it is
    /// not, or when none was given (then the usage error is printed, with `status`).
    fn process_names<'a>(
        &mut self,
        arg: &'a str,
        command: &str,
        status: i32,
    ) -> Result<Option<Vec<&'a str>>, CmdError> {
        if !self.upcheck()? {
            return Ok(None);
        }
        let names: Vec<&str> = arg.split_whitespace().collect();
        if names.is_empty() {
            self.output(&format!("Error: {command} requires a process name"));
            self.exitstatus = status;
            self.help_of(command);
            return Ok(None);
        }
        Ok(Some(names))
    }

    pub(super) fn do_start(&mut self, arg: &str) -> CmdResult {
        let Some(names) = self.process_names(arg, "start", exit::INVALID_ARGS)? else {
            return Ok(());
        };
        let ignored = Some(faults::ALREADY_STARTED);
        if names.contains(&"all") {
            let r = self.rpc_ok("supervisor.startAllProcesses", vec![])?;
            self.results(r, ignored, Self::start_result);
            return Ok(());
        }
        for name in names {
            let (group, process) = split_namespec(name);
            match process {
                None => match self.rpc(
                    "supervisor.startProcessGroup",
                    vec![Value::Str(group.clone())],
                )? {
                    Ok(r) => self.results(r, ignored, Self::start_result),
                    Err(f) if f.code == faults::BAD_NAME => {
                        self.output(&format!("{group}: ERROR (no such group)"));
                        self.exitstatus = exit::INVALID_ARGS;
                    }
                    Err(f) => {
                        self.exitstatus = exit::GENERIC;
                        return Err(CmdError::Fault(f));
                    }
                },
                Some(process) => match self
                    .rpc("supervisor.startProcess", vec![Value::Str(name.into())])?
                {
                    Ok(_) => self.output(&format!("{}: started", make_namespec(&group, &process))),
                    Err(f) => {
                        let r = Self::fault_result(&f, &group, &process);
                        let line = self.start_result(&r);
                        self.output(&line);
                        self.set_exit_from_fault(i64::from(f.code), ignored);
                    }
                },
            }
        }
        Ok(())
    }

    pub(super) fn do_stop(&mut self, arg: &str) -> CmdResult {
        let Some(names) = self.process_names(arg, "stop", exit::GENERIC)? else {
            return Ok(());
        };
        let ignored = Some(faults::NOT_RUNNING);
        let stopped = |s: &Self, r: &Value| s.signal_result(r, "stopped");
        if names.contains(&"all") {
            let r = self.rpc_ok("supervisor.stopAllProcesses", vec![])?;
            self.results(r, ignored, stopped);
            return Ok(());
        }
        for name in names {
            let (group, process) = split_namespec(name);
            match process {
                None => match self.rpc(
                    "supervisor.stopProcessGroup",
                    vec![Value::Str(group.clone())],
                )? {
                    Ok(r) => self.results(r, ignored, stopped),
                    Err(f) => {
                        self.exitstatus = exit::GENERIC;
                        if f.code != faults::BAD_NAME {
                            return Err(CmdError::Fault(f));
                        }
                        self.output(&format!("{group}: ERROR (no such group)"));
                    }
                },
                Some(process) => match self
                    .rpc("supervisor.stopProcess", vec![Value::Str(name.into())])?
                {
                    Ok(_) => self.output(&format!("{}: stopped", make_namespec(&group, &process))),
                    Err(f) => {
                        let r = Self::fault_result(&f, &group, &process);
                        let line = self.signal_result(&r, "stopped");
                        self.output(&line);
                        self.set_exit_from_fault(i64::from(f.code), ignored);
                    }
                },
            }
        }
        Ok(())
    }

    pub(super) fn do_restart(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        if arg.split_whitespace().next().is_none() {
            self.output("Error: restart requires a process name");
            self.exitstatus = exit::GENERIC;
            self.help_of("restart");
            return Ok(());
        }
        self.do_stop(arg)?;
        self.do_start(arg)
    }

    pub(super) fn do_signal(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let args: Vec<&str> = arg.split_whitespace().collect();
        if args.len() < 2 {
            self.output("Error: signal requires a signal name and a process name");
            self.help_of("signal");
            self.exitstatus = exit::GENERIC;
            return Ok(());
        }
        let sig = Value::Str(args[0].into());
        let names = &args[1..];
        let signalled = |s: &Self, r: &Value| s.signal_result(r, "signalled");
        if names.contains(&"all") {
            let r = self.rpc_ok("supervisor.signalAllProcesses", vec![sig])?;
            self.results(r, None, signalled);
            return Ok(());
        }
        for name in names {
            let (group, process) = split_namespec(name);
            match process {
                None => {
                    let params = vec![Value::Str(group.clone()), sig.clone()];
                    match self.rpc("supervisor.signalProcessGroup", params)? {
                        Ok(r) => self.results(r, None, signalled),
                        Err(f) if f.code == faults::BAD_NAME => {
                            self.output(&format!("{group}: ERROR (no such group)"));
                            self.exitstatus = exit::GENERIC;
                        }
                        Err(f) => return Err(CmdError::Fault(f)),
                    }
                }
                Some(process) => {
                    let params = vec![Value::Str((*name).into()), sig.clone()];
                    match self.rpc("supervisor.signalProcess", params)? {
                        Ok(_) => {
                            self.output(&format!("{}: signalled", make_namespec(&group, &process)))
                        }
                        Err(f) => {
                            let r = Self::fault_result(&f, &group, &process);
                            let line = self.signal_result(&r, "signalled");
                            self.output(&line);
                            self.set_exit_from_fault(i64::from(f.code), None);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn do_clear(&mut self, arg: &str) -> CmdResult {
        let Some(names) = self.process_names(arg, "clear", exit::GENERIC)? else {
            return Ok(());
        };
        if names.contains(&"all") {
            let r = self.rpc_ok("supervisor.clearAllProcessLogs", vec![])?;
            self.results(r, None, Self::clear_result);
            return Ok(());
        }
        for name in names {
            let (group, process) = split_namespec(name);
            let process = process.unwrap_or_default();
            match self.rpc("supervisor.clearProcessLogs", vec![Value::Str(name.into())])? {
                Ok(_) => self.output(&format!("{}: cleared", make_namespec(&group, &process))),
                Err(f) => {
                    let r = Self::fault_result(&f, &group, &process);
                    let line = self.clear_result(&r);
                    self.output(&line);
                    self.set_exit_from_fault(i64::from(f.code), None);
                }
            }
        }
        Ok(())
    }
}
