//! `[eventlistener:x] result_handler`: what supervisord does with a listener's `RESULT`
//! body. Python imports the named function; a static binary cannot, so the handlers that
//! exist in the wild are built in, each writing exactly what the Python function writes:
//!
//! | spec | what it does |
//! |---|---|
//! | `supervisor.dispatchers:default_handler` (the default) | `OK` accepts, anything else rejects |
//! | `supervisor_stdout:event_handler` (supervisor-stdout) | prints `<process> <channel> \| <data>` |
//! | `supervisor_stdlog:log_handler` (supervisor-stdlog) | prints each line coloured and padded, `<name>\| <line>`, to stdout or stderr by channel |
//! | `supervisor_console.events:event_handler` (supervisor-console) | prints `<process> \| <UTC time> \| <line>` per line, to stdout (its channel lookup compares bytes with text, so stderr lines go to stdout too) |
//!
//! These listeners echo a `PROCESS_LOG` event's payload (`processname:… channel:…\n<data>`)
//! as their result. Any other spec is a config error, as Python's failed import is.

use std::collections::HashMap;

/// A built-in result handler (see the module table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultHandler {
    #[default]
    Default,
    SupervisorStdout,
    SupervisorStdlog,
    SupervisorConsole,
}

/// What handling a result gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// Processed; these bytes go to supervisord's stdout and stderr.
    Accepted { stdout: Vec<u8>, stderr: Vec<u8> },
    /// The default handler's refusal: the event goes back to the pool.
    Rejected,
}

/// The state supervisor-stdlog keeps in its module: the colour of each process and the
/// width the names are padded to.
#[derive(Debug, Default)]
pub struct StdlogState {
    colours: HashMap<String, u8>,
    next: usize,
    pad: usize,
}

/// supervisor-stdlog's colour cycle (docker compose's).
const RAINBOW: [u8; 5] = [36, 33, 32, 35, 34];

impl ResultHandler {
    /// The handler a spec names; `None` for one that is not built in.
    pub fn from_spec(spec: &str) -> Option<ResultHandler> {
        Some(match spec.trim() {
            "supervisor.dispatchers:default_handler" => ResultHandler::Default,
            "supervisor_stdout:event_handler" => ResultHandler::SupervisorStdout,
            "supervisor_stdlog:log_handler" => ResultHandler::SupervisorStdlog,
            "supervisor_console.events:event_handler" => ResultHandler::SupervisorConsole,
            _ => return None,
        })
    }

    /// Handles one result body; `utc_now` is `YYYY-MM-DD HH:MM:SS` (supervisor-console).
    pub fn handle(&self, body: &[u8], state: &mut StdlogState, utc_now: &str) -> Handled {
        let (headers, data) = split_payload(body);
        let header = |k: &str| {
            headers
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
        };
        let name = header("processname").unwrap_or("");
        let channel = header("channel").unwrap_or("");
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let out = |channel: &str| -> bool { channel == "stderr" };
        match self {
            ResultHandler::Default if body == b"OK" => {}
            ResultHandler::Default => return Handled::Rejected,
            ResultHandler::SupervisorStdout => {
                stdout.extend(format!("{name} {channel} | ").bytes());
                stdout.extend_from_slice(data);
            }
            ResultHandler::SupervisorStdlog => {
                state.pad = state.pad.max(name.chars().count() + 1);
                let colour = *state.colours.entry(name.to_string()).or_insert_with(|| {
                    let c = RAINBOW[state.next % RAINBOW.len()];
                    state.next += 1;
                    c
                });
                let log_colour = match channel {
                    "stderr" => 31,
                    "stdout" => 37,
                    _ => 34,
                };
                let text = String::from_utf8_lossy(data);
                let text = text.strip_suffix('\n').unwrap_or(&text);
                let sink = if out(channel) {
                    &mut stderr
                } else {
                    &mut stdout
                };
                for line in text.split('\n') {
                    sink.extend(
                        format!(
                            "\x1b[{colour}m{name:<pad$}| \x1b[{log_colour}m{line}\x1b[m\n",
                            pad = state.pad
                        )
                        .bytes(),
                    );
                }
            }
            ResultHandler::SupervisorConsole => {
                let text = String::from_utf8_lossy(data);
                let lines: Vec<String> = py_splitlines(&text)
                    .into_iter()
                    .map(|line| format!("{name} | {utc_now} | {line}"))
                    .collect();
                stdout.extend(lines.join("\n").bytes());
                stdout.push(b'\n');
            }
        }
        Handled::Accepted { stdout, stderr }
    }
}

/// `childutils.eventdata`: the header line's `key:value` pairs, and the data after it.
fn split_payload(body: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let nl = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
    let line = String::from_utf8_lossy(&body[..nl]);
    let headers = line
        .split_whitespace()
        .filter_map(|kv| kv.split_once(':'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    (headers, body.get(nl + 1..).unwrap_or(&[]))
}

/// Python's `splitlines()` for the line breaks a program's output has (`\n`, `\r\n`, `\r`).
fn py_splitlines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            None => {
                out.push(rest);
                break;
            }
            Some(i) => {
                out.push(&rest[..i]);
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENT: &[u8] =
        b"processname:talker groupname:talker pid:42 channel:stdout\nout line 0\nout line 1\n";

    fn handle(h: ResultHandler, body: &[u8], st: &mut StdlogState) -> Handled {
        h.handle(body, st, "2026-12-03 10:00:00")
    }

    #[test]
    fn the_default_handler_accepts_ok_only() {
        let st = &mut StdlogState::default();
        let ok = Handled::Accepted {
            stdout: vec![],
            stderr: vec![],
        };
        assert_eq!(handle(ResultHandler::Default, b"OK", st), ok);
        assert_eq!(
            handle(ResultHandler::Default, b"FAIL", st),
            Handled::Rejected
        );
        assert_eq!(
            ResultHandler::from_spec("no_such_module:event_handler"),
            None
        );
    }

    #[test]
    fn supervisor_stdout_prefixes_the_data_once() {
        let st = &mut StdlogState::default();
        let Handled::Accepted { stdout, .. } = handle(ResultHandler::SupervisorStdout, EVENT, st)
        else {
            panic!()
        };
        assert_eq!(stdout, b"talker stdout | out line 0\nout line 1\n");
    }

    #[test]
    fn supervisor_stdlog_colours_and_pads_each_line() {
        let st = &mut StdlogState::default();
        let Handled::Accepted { stdout, .. } = handle(ResultHandler::SupervisorStdlog, EVENT, st)
        else {
            panic!()
        };
        assert_eq!(
            String::from_utf8_lossy(&stdout),
            "\x1b[36mtalker | \x1b[37mout line 0\x1b[m\n\x1b[36mtalker | \x1b[37mout line 1\x1b[m\n"
        );
        let err = b"processname:ab groupname:ab pid:1 channel:stderr\nboom\n";
        let Handled::Accepted { stderr, .. } = handle(ResultHandler::SupervisorStdlog, err, st)
        else {
            panic!()
        };
        assert_eq!(
            String::from_utf8_lossy(&stderr),
            "\x1b[33mab     | \x1b[31mboom\x1b[m\n"
        );
    }

    #[test]
    fn supervisor_console_stamps_each_line() {
        let st = &mut StdlogState::default();
        let Handled::Accepted { stdout, .. } = handle(ResultHandler::SupervisorConsole, EVENT, st)
        else {
            panic!()
        };
        assert_eq!(
            String::from_utf8_lossy(&stdout),
            "talker | 2026-12-03 10:00:00 | out line 0\ntalker | 2026-12-03 10:00:00 | out line 1\n"
        );
    }
}
