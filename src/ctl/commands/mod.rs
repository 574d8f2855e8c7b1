//! The commands of supervisorctl 4.3, one method each, with Python's output lines and
//! exit statuses (`LSBInitExitStatuses` / `LSBStatusExitStatuses`).

use std::io::{BufRead, Write};

use super::client::{Client, ClientError};
use super::help;
use super::names::int;

mod admin;
mod goverbs;
mod logs;
mod process;
mod update;
mod upgrade;
mod wait;
use crate::rpc::{faults, Fault, Value};

/// Exit statuses (Python's LSB constants).
pub mod exit {
    pub const SUCCESS: i32 = 0;
    pub const GENERIC: i32 = 1;
    pub const INVALID_ARGS: i32 = 2;
    pub const UNIMPLEMENTED_FEATURE: i32 = 3;
    pub const INSUFFICIENT_PRIVILEGES: i32 = 4;
    pub const NOT_INSTALLED: i32 = 5;
    pub const NOT_RUNNING: i32 = 7;
    /// `status`: a listed process is not running.
    pub const STATUS_NOT_RUNNING: i32 = 3;
    /// `status`: unknown name or daemon unreachable.
    pub const STATUS_UNKNOWN: i32 = 4;
}

/// Why a command stopped early (Python lets these exceptions reach `onecmd`).
#[derive(Debug)]
pub enum CmdError {
    /// HTTP 401.
    Auth,
    /// Connection or protocol trouble.
    Transport(ClientError),
    /// A fault the command does not handle itself.
    Fault(Fault),
}

/// What a command returns.
type CmdResult = Result<(), CmdError>;

/// The interactive/one-shot command interpreter (Python's `Controller`).
pub struct Controller<'a> {
    pub client: Client,
    pub out: &'a mut dyn Write,
    pub input: &'a mut dyn BufRead,
    pub exitstatus: i32,
    pub interactive: bool,
}

const STOPPED_STATES: [i64; 4] = [0, 100, 200, 1000];
const RUNNING: i64 = 20;

impl Controller<'_> {
    /// Writes one line of output.
    pub fn output(&mut self, line: &str) {
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
    }

    pub(super) fn rpc(
        &mut self,
        method: &str,
        params: Vec<Value>,
    ) -> Result<Result<Value, Fault>, CmdError> {
        match self.client.call(method, &params) {
            Ok(r) => Ok(r),
            Err(ClientError::Unauthorized) => Err(CmdError::Auth),
            Err(e) => Err(CmdError::Transport(e)),
        }
    }

    pub(super) fn rpc_ok(&mut self, method: &str, params: Vec<Value>) -> Result<Value, CmdError> {
        self.rpc(method, params)?.map_err(CmdError::Fault)
    }

    /// Runs one command line; returns true when the shell should exit.
    pub fn onecmd(&mut self, line: &str) -> bool {
        let line = line.trim();
        if line.is_empty() {
            return false;
        }
        let (cmd, arg) = go_verb(line).unwrap_or_else(|| parse_line(line));
        if cmd.is_empty() {
            self.unknown(line);
            return false;
        }
        let result = self.dispatch(&cmd, &arg, line);
        match result {
            Ok(Some(stop)) => return stop,
            Ok(None) => self.unknown(line),
            Err(CmdError::Auth) => {
                self.output("Server requires authentication");
                if self.interactive {
                    if self.ask_credentials() {
                        return self.onecmd(line);
                    }
                } else {
                    // Python retries the command outside its handler, so the same 401
                    // then surfaces as a generic error line too.
                    self.output(&format!("error: {}", ClientError::Unauthorized));
                    self.exitstatus = exit::GENERIC;
                }
            }
            Err(CmdError::Transport(e)) => {
                self.output(&format!("error: {e}"));
                self.exitstatus = exit::GENERIC;
            }
            Err(CmdError::Fault(f)) => {
                self.output(&format!(
                    "error: <class 'xmlrpc.client.Fault'>, <Fault {}: '{}'>",
                    f.code, f.message
                ));
                self.exitstatus = exit::GENERIC;
            }
        }
        false
    }

    pub(super) fn unknown(&mut self, line: &str) {
        self.output(&format!("*** Unknown syntax: {line}"));
        self.exitstatus = exit::GENERIC;
    }

    pub(super) fn ask_credentials(&mut self) -> bool {
        let _ = write!(self.out, "Username:");
        let _ = self.out.flush();
        let mut user = String::new();
        if self.input.read_line(&mut user).unwrap_or(0) == 0 {
            return false;
        }
        let _ = write!(self.out, "Password:");
        let _ = self.out.flush();
        let mut pass = String::new();
        if self.input.read_line(&mut pass).unwrap_or(0) == 0 {
            return false;
        }
        self.output("");
        self.client.username = Some(user.trim_end_matches(['\r', '\n']).to_string());
        self.client.password = Some(pass.trim_end_matches(['\r', '\n']).to_string());
        true
    }

    /// `Ok(None)`: no such command; `Ok(Some(true))`: leave the shell.
    pub(super) fn dispatch(
        &mut self,
        cmd: &str,
        arg: &str,
        line: &str,
    ) -> Result<Option<bool>, CmdError> {
        let _ = line;
        match cmd {
            "help" => self.do_help(arg),
            "EOF" | "quit" | "exit" => {
                self.output("");
                return Ok(Some(true));
            }
            "status" => self.do_status(arg)?,
            "start" => self.do_start(arg)?,
            "stop" => self.do_stop(arg)?,
            "restart" => self.do_restart(arg)?,
            "signal" => self.do_signal(arg)?,
            "tail" => self.do_tail(arg)?,
            "maintail" => self.do_maintail(arg)?,
            "pid" => self.do_pid(arg)?,
            "clear" => self.do_clear(arg)?,
            "reread" => self.do_reread(arg)?,
            "update" => self.do_update(arg)?,
            "avail" => self.do_avail(arg)?,
            "add" => self.do_add(arg)?,
            "remove" => self.do_remove(arg)?,
            "reload" => self.do_reload(arg)?,
            "shutdown" => self.do_shutdown(arg)?,
            "version" => self.do_version(arg)?,
            "open" => self.do_open(arg)?,
            "fg" => self.do_fg(arg)?,
            "wait" => self.do_wait(arg)?,
            "start-group" => self.do_group("start", arg)?,
            "stop-group" => self.do_group("stop", arg)?,
            "logtail" => self.do_logtail(arg)?,
            "upgrade" => self.do_upgrade(arg)?,
            _ => return Ok(None),
        }
        Ok(Some(false))
    }

    pub(super) fn help_of(&mut self, topic: &str) {
        if let Some(t) = help::topic(topic) {
            self.output(t);
        }
    }

    pub(super) fn do_help(&mut self, arg: &str) {
        let arg = arg.trim();
        if arg.is_empty() {
            self.output(help::TOPICS);
        } else {
            match help::topic(arg) {
                Some(t) => self.output(t),
                None => self.output(&format!("*** No help on {arg}")),
            }
        }
    }

    /// Python's `upcheck`: `getVersion` must answer "3.0".
    pub(super) fn upcheck(&mut self) -> Result<bool, CmdError> {
        let url = self.client.url.clone();
        match self.client.call("supervisor.getVersion", &[]) {
            Ok(Ok(v)) if v.as_str() == Some("3.0") => Ok(true),
            Ok(Ok(v)) => {
                let shown = v.as_str().map_or_else(|| format!("{v:?}"), str::to_string);
                self.output(&format!(
                    "Sorry, this version of supervisorctl expects to talk to a server with API \
                     version 3.0, but the remote version is {shown}."
                ));
                self.exitstatus = exit::NOT_INSTALLED;
                Ok(false)
            }
            Ok(Err(f)) if f.code == faults::UNKNOWN_METHOD => {
                self.output(
                    "Sorry, supervisord responded but did not recognize the supervisor namespace \
                     commands that supervisorctl uses to control it.  Please check that the \
                     [rpcinterface:supervisor] section is enabled in the configuration file \
                     (see sample.conf).",
                );
                self.exitstatus = exit::UNIMPLEMENTED_FEATURE;
                Ok(false)
            }
            Ok(Err(f)) => {
                self.exitstatus = exit::GENERIC;
                Err(CmdError::Fault(f))
            }
            Err(ClientError::Refused) => {
                self.output(&format!("{url} refused connection"));
                self.exitstatus = exit::INSUFFICIENT_PRIVILEGES;
                Ok(false)
            }
            Err(ClientError::NoSuchFile) => {
                self.output(&format!("{url} no such file"));
                self.exitstatus = exit::NOT_RUNNING;
                Ok(false)
            }
            Err(ClientError::Unauthorized) => Err(CmdError::Auth),
            Err(e) => {
                self.exitstatus = exit::GENERIC;
                Err(CmdError::Transport(e))
            }
        }
    }

    pub(super) fn set_exit_from_fault(&mut self, code: i64, ignored: Option<i32>) {
        let code = code as i32;
        if Some(code) == ignored || code == faults::SUCCESS {
            return;
        }
        self.exitstatus = if matches!(
            code,
            faults::SPAWN_ERROR | faults::ABNORMAL_TERMINATION | faults::NOT_RUNNING
        ) {
            exit::NOT_RUNNING
        } else {
            exit::GENERIC
        };
    }

    pub(super) fn fault_result(f: &Fault, group: &str, process: &str) -> Value {
        Value::strukt([
            ("status", Value::Int(i64::from(f.code))),
            ("group", Value::Str(group.into())),
            ("name", Value::Str(process.into())),
            ("description", Value::Str(f.message.clone())),
        ])
    }

    /// Prints group/all results with `fmt` and sets the exit status.
    pub(super) fn results(
        &mut self,
        results: Value,
        ignored: Option<i32>,
        fmt: fn(&Self, &Value) -> String,
    ) {
        if let Value::Array(items) = results {
            for r in items {
                let line = fmt(self, &r);
                self.output(&line);
                self.set_exit_from_fault(int(&r, "status"), ignored);
            }
        }
    }
}

/// `reloadConfig`'s `[[added, changed, removed]]`.
fn parse_changes(v: &Value) -> [Vec<String>; 3] {
    let strings = |v: Option<&Value>| match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    match v {
        Value::Array(outer) => match outer.first() {
            Some(Value::Array(inner)) => [
                strings(inner.first()),
                strings(inner.get(1)),
                strings(inner.get(2)),
            ],
            _ => Default::default(),
        },
        _ => Default::default(),
    }
}

/// The Go port's hyphenated verbs (`start-group`, `stop-group`), which Python's parser
/// would split into `start` and `-group …` (an unknown process for Python).
fn go_verb(line: &str) -> Option<(String, String)> {
    let (verb, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    matches!(verb, "start-group" | "stop-group").then(|| (verb.to_string(), rest.trim().into()))
}

/// Python `cmd.Cmd.parseline`: `?` means help, the command is the leading identifier.
pub fn parse_line(line: &str) -> (String, String) {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix('?') {
        return ("help".into(), rest.trim().to_string());
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(line.len());
    (line[..end].to_string(), line[end..].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parseline() {
        assert_eq!(parse_line("status  a b"), ("status".into(), "a b".into()));
        assert_eq!(parse_line("? tail"), ("help".into(), "tail".into()));
        assert_eq!(parse_line("foo-bar x"), ("foo".into(), "-bar x".into()));
        assert_eq!(parse_line("-x"), (String::new(), "-x".into()));
        assert_eq!(
            go_verb("stop-group  g1 g2"),
            Some(("stop-group".into(), "g1 g2".into()))
        );
        assert_eq!(
            go_verb("start-group"),
            Some(("start-group".into(), "".into()))
        );
        assert_eq!(go_verb("start -group x"), None);
    }

    #[test]
    fn changes() {
        let s = |x: &str| Value::Str(x.into());
        let v = Value::Array(vec![Value::Array(vec![
            Value::Array(vec![s("new")]),
            Value::Array(vec![s("c1"), s("c2")]),
            Value::Array(vec![]),
        ])]);
        assert_eq!(
            parse_changes(&v),
            [
                vec!["new".to_string()],
                vec!["c1".into(), "c2".into()],
                vec![]
            ]
        );
    }
}
