//! Log commands: tail, maintail (with `-f` streaming) and fg.

use std::io::Write;

use super::super::client::ClientError;
use super::super::interrupt;
use super::super::names::int;
use super::{exit, CmdError, CmdResult, Controller, RUNNING};
use crate::rpc::{faults, Fault, Value};

impl Controller<'_> {
    pub(super) fn tail_error(&mut self, name: &str, f: Fault) -> CmdResult {
        self.exitstatus = exit::GENERIC;
        let why = match f.code {
            faults::NO_FILE => "no log file",
            faults::FAILED => "unknown error reading log",
            faults::BAD_NAME if name != "supervisord" => "no such process name",
            _ => return Err(CmdError::Fault(f)),
        };
        self.output(&format!("{name}: ERROR ({why})"));
        Ok(())
    }

    pub(super) fn do_tail(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let mut args: Vec<&str> = arg.split_whitespace().collect();
        if args.is_empty() || args.len() > 3 {
            let what = if args.is_empty() { "few" } else { "many" };
            self.output(&format!("Error: too {what} arguments"));
            self.exitstatus = exit::GENERIC;
            self.help_of("tail");
            return Ok(());
        }
        let modifier = if args[0].starts_with('-') {
            Some(args.remove(0))
        } else {
            None
        };
        let (name, channel) = match args.as_slice() {
            [] => {
                self.output("Error: tail requires process name");
                self.exitstatus = exit::GENERIC;
                return Ok(());
            }
            [name] => (name.to_string(), "stdout".to_string()),
            [name, .., ch] => {
                let ch = ch.to_lowercase();
                if ch != "stdout" && ch != "stderr" {
                    self.output(&format!("Error: bad channel '{ch}'"));
                    self.exitstatus = exit::GENERIC;
                    return Ok(());
                }
                (name.to_string(), ch)
            }
        };
        let bytes = match modifier.map(|m| &m[1..]) {
            None => 1600,
            Some("f") => return self.tailf(&format!("/logtail/{name}/{channel}")),
            Some(n) => match n.parse::<i64>() {
                Ok(n) => n,
                Err(_) => {
                    self.output(&format!("Error: bad argument {}", modifier.unwrap_or("")));
                    self.exitstatus = exit::GENERIC;
                    return Ok(());
                }
            },
        };
        let method = if channel == "stdout" {
            "supervisor.readProcessStdoutLog"
        } else {
            "supervisor.readProcessStderrLog"
        };
        let params = vec![Value::Str(name.clone()), Value::Int(-bytes), Value::Int(0)];
        match self.rpc(method, params)? {
            Ok(v) => self.output(v.as_str().unwrap_or("")),
            Err(f) => self.tail_error(&name, f)?,
        }
        Ok(())
    }

    /// Streams a tail until the server ends it or Ctrl-C; like Python, Ctrl-C prints an
    /// empty line and returns to the shell (exit status unchanged).
    pub(super) fn tailf(&mut self, path: &str) -> CmdResult {
        self.output("==> Press Ctrl-C to exit <==");
        let client = self.client.clone();
        let out = &mut *self.out;
        let sigint = interrupt::Armed::new();
        let status = client.stream(
            path,
            |data| out.write_all(data).and_then(|()| out.flush()).is_ok(),
            &|| sigint.fired(),
        );
        let fired = sigint.fired();
        drop(sigint);
        if fired {
            self.output("");
        }
        match status {
            Ok(_) => Ok(()),
            Err(ClientError::Unauthorized) => Err(CmdError::Auth),
            Err(e) => Err(CmdError::Transport(e)),
        }
    }

    pub(super) fn do_maintail(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let args: Vec<&str> = arg.split_whitespace().collect();
        let bytes = match args.as_slice() {
            [] => 1600,
            [a] if a.starts_with('-') => {
                if &a[1..] == "f" {
                    return self.tailf("/mainlogtail");
                }
                match a[1..].parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        self.output(&format!("Error: bad argument {a}"));
                        self.exitstatus = exit::GENERIC;
                        return Ok(());
                    }
                }
            }
            [a] => {
                self.output(&format!("Error: bad argument {a}"));
                self.exitstatus = exit::GENERIC;
                return Ok(());
            }
            _ => {
                self.output("Error: too many arguments");
                self.exitstatus = exit::GENERIC;
                self.help_of("maintail");
                return Ok(());
            }
        };
        match self.rpc(
            "supervisor.readLog",
            vec![Value::Int(-bytes), Value::Int(0)],
        )? {
            Ok(v) => self.output(v.as_str().unwrap_or("")),
            Err(f) => self.tail_error("supervisord", f)?,
        }
        Ok(())
    }

    pub(super) fn do_fg(&mut self, arg: &str) -> CmdResult {
        if !self.upcheck()? {
            return Ok(());
        }
        let names: Vec<&str> = arg.split_whitespace().collect();
        let name = match names.as_slice() {
            [] => {
                self.output("ERROR: no process name supplied");
                self.exitstatus = exit::GENERIC;
                self.help_of("fg");
                return Ok(());
            }
            [n] => n.to_string(),
            _ => {
                self.output("ERROR: too many process names supplied");
                self.exitstatus = exit::GENERIC;
                return Ok(());
            }
        };
        let info = match self.rpc("supervisor.getProcessInfo", vec![Value::Str(name.clone())])? {
            Ok(i) => i,
            Err(f) if f.code == faults::BAD_NAME => {
                self.output("ERROR: bad process name supplied");
                self.exitstatus = exit::GENERIC;
                return Ok(());
            }
            Err(f) => {
                self.output(&format!("ERROR: <Fault {}: '{}'>", f.code, f.message));
                return Ok(());
            }
        };
        if int(&info, "state") != RUNNING {
            self.output("ERROR: process not running");
            self.exitstatus = exit::GENERIC;
            return Ok(());
        }
        self.output("==> Press Ctrl-C to exit <==");
        for channel in ["stdout", "stderr"] {
            let client = self.client.clone();
            let path = format!("/logtail/{name}/{channel}");
            std::thread::spawn(move || {
                let sink = |d: &[u8]| {
                    let mut o = std::io::stdout();
                    o.write_all(d).and_then(|()| o.flush()).is_ok()
                };
                let _ = client.stream(&path, sink, &|| false);
            });
        }
        loop {
            let mut line = String::new();
            if self.input.read_line(&mut line).unwrap_or(0) == 0 {
                self.output("Exiting foreground");
                return Ok(());
            }
            let sent = self.rpc(
                "supervisor.sendProcessStdin",
                vec![Value::Str(name.clone()), Value::Str(line)],
            )?;
            if let Err(f) = sent {
                if f.code == faults::NOT_RUNNING {
                    self.output("Process got killed");
                } else {
                    self.output(&format!("ERROR: <Fault {}: '{}'>", f.code, f.message));
                }
                self.output("Exiting foreground");
                return Ok(());
            }
            let info = self.rpc_ok("supervisor.getProcessInfo", vec![Value::Str(name.clone())])?;
            if int(&info, "state") != RUNNING {
                self.output("Process got killed");
                self.output("Exiting foreground");
                return Ok(());
            }
        }
    }
}
