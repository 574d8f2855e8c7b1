//! `supervisord ctl` / `supervisorctl`: a drop-in for Python's supervisorctl 4.3 — same
//! options, config lookup, commands, output lines and exit statuses — plus `status --json`
//! and `wait NAME… [--timeout N]`.

mod body;
pub mod client;
mod commands;
pub mod config;
mod editor;
mod error;
mod help;
mod interrupt;
mod names;

use std::io::{BufRead, Write};
use std::path::PathBuf;

pub use commands::exit;

use client::Client;
use commands::Controller;

/// Command-line options after parsing.
#[derive(Debug, Default, Clone, PartialEq)]
struct Options {
    configfile: Option<PathBuf>,
    interactive: bool,
    serverurl: Option<String>,
    /// How `serverurl` was given (`-s` or `--serverurl`), for error messages.
    serverurl_flag: &'static str,
    username: Option<String>,
    password: Option<String>,
    history: Option<String>,
    help: bool,
    /// `-v`/`--verbose` (Go port; Python has no `-v`).
    verbose: bool,
    args: Vec<String>,
}

const LONG: &[(&str, bool)] = &[
    ("help", false),
    ("configuration", true),
    ("interactive", false),
    ("serverurl", true),
    ("username", true),
    ("password", true),
    ("history_file", true),
    ("verbose", false),
];

/// Python `getopt.getopt` semantics: options stop at the first non-option argument.
fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let matches: Vec<_> = LONG.iter().filter(|(l, _)| l.starts_with(name)).collect();
            let exact = LONG.iter().find(|(l, _)| *l == name);
            let (full, takes) = match (exact, matches.as_slice()) {
                (Some(e), _) => *e,
                (None, [one]) => **one,
                (None, []) => return Err(format!("option --{name} not recognized")),
                (None, _) => return Err(format!("option --{name} not a unique prefix")),
            };
            let value = if takes {
                match inline {
                    Some(v) => Some(v),
                    None => {
                        i += 1;
                        Some(
                            args.get(i)
                                .cloned()
                                .ok_or(format!("option --{full} requires argument"))?,
                        )
                    }
                }
            } else if inline.is_some() {
                return Err(format!("option --{full} must not have an argument"));
            } else {
                None
            };
            o.set(full, value);
            if full == "serverurl" {
                o.serverurl_flag = "--serverurl";
            }
            i += 1;
            continue;
        }
        if a.len() < 2 || !a.starts_with('-') {
            break;
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            let full = match c {
                'h' | '?' => "help",
                'c' => "configuration",
                'i' => "interactive",
                's' => "serverurl",
                'u' => "username",
                // `-P` is the Go port's password flag; Python has only `-p`.
                'p' | 'P' => "password",
                'v' => "verbose",
                'r' => "history_file",
                _ => return Err(format!("option -{c} not recognized")),
            };
            let takes = LONG.iter().any(|(l, t)| *l == full && *t);
            if takes {
                let rest: String = chars[j + 1..].iter().collect();
                let value = if rest.is_empty() {
                    i += 1;
                    args.get(i)
                        .cloned()
                        .ok_or(format!("option -{c} requires argument"))?
                } else {
                    rest
                };
                o.set(full, Some(value));
                if full == "serverurl" {
                    o.serverurl_flag = "-s";
                }
                break;
            }
            o.set(full, None);
            j += 1;
        }
        i += 1;
    }
    o.args = args[i.min(args.len())..].to_vec();
    Ok(o)
}

impl Options {
    fn set(&mut self, name: &str, value: Option<String>) {
        match name {
            "help" => self.help = true,
            "configuration" => self.configfile = value.map(PathBuf::from),
            "interactive" => self.interactive = true,
            "serverurl" => self.serverurl = value,
            "username" => self.username = value,
            "password" => self.password = value,
            "verbose" => self.verbose = true,
            _ => self.history = value,
        }
    }
}

/// Runs supervisorctl with `args` (without the program name) on the process's stdio;
/// returns the exit status.
pub fn run(args: &[String], argv0: &str) -> i32 {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    // Python's `input()` edits with readline only when stdin and stdout are terminals.
    let terminal = nix::unistd::isatty(std::io::stdin()).unwrap_or(false)
        && nix::unistd::isatty(std::io::stdout()).unwrap_or(false);
    run_streams(args, argv0, &mut input, &mut out, &mut err, terminal)
}

/// [`run`] with explicit streams (for tests and embedding).
pub fn run_with(
    args: &[String],
    argv0: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_streams(args, argv0, input, out, err, false)
}

/// [`run_with`]; `terminal`: stdin and stdout are the process's terminal, so the shell
/// reads through the line editor.
fn run_streams(
    args: &[String],
    argv0: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: bool,
) -> i32 {
    let usage = |err: &mut dyn Write, msg: &str| {
        let _ = writeln!(err, "Error: {msg}");
        let _ = writeln!(err, "For help, use {argv0} -h");
        2
    };
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(m) => return usage(err, &m),
    };
    if opts.help {
        let _ = writeln!(out, "{}", help::USAGE.replace("%s", argv0));
        return 0;
    }
    if let Some(url) = &opts.serverurl {
        if !looks_like_url(url) {
            let flag = opts.serverurl_flag;
            return usage(
                err,
                &format!("invalid value for {flag} '{url}': value '{url}' is not a URL"),
            );
        }
    }
    let path = opts
        .configfile
        .clone()
        .or_else(|| config::find_config(argv0));
    let section = match &path {
        Some(p) => match config::read_ctl_section(p) {
            Ok(c) => c,
            Err(m) => return usage(err, &m),
        },
        None => Default::default(),
    };
    let url = opts
        .serverurl
        .clone()
        .or(section.serverurl)
        .unwrap_or_else(|| config::DEFAULT_URL.to_string());
    let mut client = Client::new(
        &url,
        opts.username.clone().or(section.username),
        opts.password.clone().or(section.password),
    );
    client.verbose = opts.verbose;
    let prompt = section.prompt.unwrap_or_else(|| "supervisor".into());
    // `-r FILE` wins over `history_file=` (Python 4.3 reads only the latter: its `-r` sets
    // an option nothing uses).
    let history_file = match opts.history.as_deref() {
        Some("") => None,
        Some(h) => Some(config::normalize_path(h)),
        None => section.history_file,
    };
    let interactive = opts.interactive || opts.args.is_empty();
    let mut ctl = Controller {
        client,
        out,
        input,
        exitstatus: exit::SUCCESS,
        interactive,
    };
    if !opts.args.is_empty() {
        ctl.onecmd(&opts.args.join(" "));
        return ctl.exitstatus;
    }
    let editor = if terminal {
        editor::LineEditor::new(&ctl.client, history_file)
    } else {
        None
    };
    shell(&mut ctl, &format!("{prompt}> "), editor);
    0
}

/// Python's `datatypes.url`: a scheme plus a non-empty netloc or path.
fn looks_like_url(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    scheme_ok && !rest.is_empty()
}

/// The interactive shell: `status` first, then one command per line until EOF, quit or
/// Ctrl-C (see `interrupt`); on a terminal lines come from the line `editor`.
fn shell(ctl: &mut Controller<'_>, prompt: &str, mut editor: Option<editor::LineEditor>) {
    interrupt::interactive_shell();
    if !ctl.onecmd("status") {
        match editor.as_mut() {
            Some(e) => edited_lines(ctl, prompt, e),
            None => plain_lines(ctl, prompt),
        }
    }
    if let Some(e) = &editor {
        e.save();
    }
}

/// The shell's loop on a terminal. Ctrl-D on an empty line (EOF) and Ctrl-C at the prompt
/// (a key here, not a signal: the editor holds the terminal in raw mode) end the shell; the
/// editor's line end is the one empty line Python prints (`do_EOF`, KeyboardInterrupt).
fn edited_lines(ctl: &mut Controller<'_>, prompt: &str, editor: &mut editor::LineEditor) {
    loop {
        let _ = ctl.out.flush();
        match editor.read(prompt, &ctl.client) {
            editor::Read::Line(line) => {
                if ctl.onecmd(&line) {
                    return;
                }
            }
            editor::Read::End => return,
            editor::Read::Failed => {
                ctl.output("");
                return;
            }
        }
    }
}

/// The shell's loop on anything else: the prompt, then one plain line.
fn plain_lines(ctl: &mut Controller<'_>, prompt: &str) {
    loop {
        let _ = write!(ctl.out, "{prompt}");
        let _ = ctl.out.flush();
        let mut line = String::new();
        match ctl.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                ctl.output("");
                return;
            }
            Ok(_) => {}
        }
        if ctl.onecmd(line.trim_end_matches(['\r', '\n'])) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn getopt_like_parsing() {
        let o = parse_args(&strs(&[
            "-c", "f.conf", "-iu", "bob", "--pass=x", "status", "-x",
        ]))
        .expect("ok");
        assert_eq!(o.configfile, Some(PathBuf::from("f.conf")));
        assert!(o.interactive);
        assert_eq!(o.username.as_deref(), Some("bob"));
        assert_eq!(o.password.as_deref(), Some("x"));
        assert_eq!(o.args, strs(&["status", "-x"]));
        let o = parse_args(&strs(&["--serverurl", "unix:///x", "--config=y"])).expect("ok");
        assert_eq!(o.serverurl.as_deref(), Some("unix:///x"));
        assert_eq!(o.configfile, Some(PathBuf::from("y")));
        assert!(parse_args(&strs(&["-z"])).is_err());
        assert!(parse_args(&strs(&["-c"])).is_err());
        assert!(parse_args(&strs(&["--bogus"])).is_err());
        assert!(looks_like_url("unix:///x") && looks_like_url("http://h:1"));
        // The Go port's flags: -P password, -v/--verbose, --user (a prefix of --username).
        let o = parse_args(&strs(&["-v", "-P", "pw", "--user", "u", "status"])).expect("ok");
        assert!(o.verbose);
        assert_eq!(o.password.as_deref(), Some("pw"));
        assert_eq!(o.username.as_deref(), Some("u"));
        assert!(parse_args(&strs(&["--verbose"])).expect("ok").verbose);
        assert!(
            !looks_like_url("nonsense") && !looks_like_url("http://") && !looks_like_url("1x:y")
        );
    }

    #[test]
    fn usage_errors_exit_2() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut input = std::io::empty();
        let code = run_with(
            &strs(&["-z"]),
            "supervisorctl",
            &mut input,
            &mut out,
            &mut err,
        );
        assert_eq!(code, 2);
        assert_eq!(
            String::from_utf8_lossy(&err),
            "Error: option -z not recognized\nFor help, use supervisorctl -h\n"
        );
    }
}
