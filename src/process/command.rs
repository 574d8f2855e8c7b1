//! Turning `command=` into an executable path and argv, before any fork: Python's
//! `shlex.split` (POSIX mode, no comments) and supervisord's `get_execv_args` PATH search
//! and checks, with its spawnerr texts.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Splits a command line like Python's `shlex.split(s)` (POSIX, no comment characters).
pub fn shlex_split(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => cur.push(ch),
                        None => return Err("No closing quotation".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(ch @ ('"' | '\\')) => cur.push(ch),
                            Some(ch) => {
                                cur.push('\\');
                                cur.push(ch);
                            }
                            None => return Err("No closing quotation".into()),
                        },
                        Some(ch) => cur.push(ch),
                        None => return Err("No closing quotation".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(ch) => {
                    in_word = true;
                    cur.push(ch);
                }
                None => return Err("No escaped character".into()),
            },
            ' ' | '\t' | '\r' | '\n' => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// The resolved executable and its argv.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub path: PathBuf,
    pub argv: Vec<String>,
}

/// Why a command cannot be run; `Display` is supervisord's spawnerr text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// The command line does not split: `can't parse command '…': <why>`.
    Unparsable { command: String, why: String },
    /// `command is empty`.
    Empty,
    /// Not on the search path, or no such file: `can't find command '…'`.
    NotFound(String),
    /// `command at '…' is a directory`.
    IsDirectory(String),
    /// No execute bit: `command at '…' is not executable`.
    NotExecutable(String),
    /// `access(X_OK)` refused: `no permission to run command '…'`.
    NoPermission(String),
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CommandError::Unparsable { command, why } => {
                write!(f, "can't parse command {}: {why}", py_repr(command))
            }
            CommandError::Empty => f.write_str("command is empty"),
            CommandError::NotFound(p) => write!(f, "can't find command '{p}'"),
            CommandError::IsDirectory(p) => write!(f, "command at '{p}' is a directory"),
            CommandError::NotExecutable(p) => write!(f, "command at '{p}' is not executable"),
            CommandError::NoPermission(p) => write!(f, "no permission to run command '{p}'"),
        }
    }
}

/// Compares the spawnerr text.
impl PartialEq<&str> for CommandError {
    fn eq(&self, other: &&str) -> bool {
        let text = self.to_string();
        text == *other
    }
}

/// Resolves `command` like supervisord: split, search `path_var` when `argv[0]` has no `/`,
/// then check it is a regular executable file.
pub fn resolve(command: &str, path_var: Option<&str>) -> Result<Resolved, CommandError> {
    resolve_in(command, path_var, None)
}

/// [`resolve`], and a relative `argv[0]` with a `/` (`./bin/agent`) that is not found from
/// the daemon's working directory is looked for in the program's `directory`, where the
/// child will run (the Go port resolves it there; a config that works under Python, where
/// it is found from the daemon's directory, works the same).
pub fn resolve_in(
    command: &str,
    path_var: Option<&str>,
    directory: Option<&str>,
) -> Result<Resolved, CommandError> {
    let argv = shlex_split(command).map_err(|why| CommandError::Unparsable {
        command: command.to_string(),
        why,
    })?;
    let Some(first) = argv.first() else {
        return Err(CommandError::Empty);
    };
    let path = if first.contains('/') {
        let own = PathBuf::from(first);
        match directory {
            Some(dir)
                if own.is_relative() && !own.exists() && Path::new(dir).join(&own).exists() =>
            {
                Path::new(dir).join(own)
            }
            _ => own,
        }
    } else {
        let search = path_var.unwrap_or("/bin:/usr/bin:/usr/local/bin");
        search
            .split(':')
            .map(|dir| Path::new(dir).join(first))
            .find(|p| p.exists())
            .ok_or_else(|| CommandError::NotFound(first.clone()))?
    };
    check_executable(&path)?;
    Ok(Resolved { path, argv })
}

/// Python's `repr()` of a str (the form spawnerr messages quote the command in).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The checks of supervisord's `check_execv_args`.
pub fn check_executable(path: &Path) -> Result<(), CommandError> {
    let shown = || path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|_| CommandError::NotFound(shown()))?;
    if meta.is_dir() {
        return Err(CommandError::IsDirectory(shown()));
    }
    if meta.permissions().mode() & 0o111 == 0 {
        return Err(CommandError::NotExecutable(shown()));
    }
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| CommandError::NotFound(shown()))?;
    // SAFETY: access() only reads the NUL-terminated path.
    if unsafe { nix::libc::access(c.as_ptr(), nix::libc::X_OK) } != 0 {
        return Err(CommandError::NoPermission(shown()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_python_shlex() {
        assert_eq!(
            shlex_split(r#"sh -c 'echo "a b"; exit 3' x\ y "q\"z" "\n""#).unwrap(),
            vec!["sh", "-c", "echo \"a b\"; exit 3", "x y", "q\"z", "\\n"]
        );
        assert_eq!(shlex_split("  a   b  ").unwrap(), vec!["a", "b"]);
        assert_eq!(shlex_split("a '' b").unwrap(), vec!["a", "", "b"]);
        assert_eq!(shlex_split("a#b").unwrap(), vec!["a#b"]);
        // Only shlex.whitespace separates words (checked against Python 3.11 while fuzzing).
        assert_eq!(
            shlex_split("a\u{a0}b\x0bc d").unwrap(),
            vec!["a\u{a0}b\x0bc", "d"]
        );
        assert_eq!(shlex_split("'abc").unwrap_err(), "No closing quotation");
        assert_eq!(shlex_split("abc\\").unwrap_err(), "No escaped character");
    }

    #[test]
    fn a_relative_command_is_found_in_the_programs_directory() {
        let dir = std::env::temp_dir().join(format!("sv-cmd-dir-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("bin")).expect("mkdir");
        let tool = dir.join("bin/agent");
        std::fs::write(&tool, "#!/bin/sh\n").expect("write");
        std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let d = dir.display().to_string();
        let r = resolve_in("./bin/agent -x", None, Some(&d)).expect("found in directory");
        assert_eq!(r.path, dir.join("./bin/agent"));
        assert_eq!(r.argv, vec!["./bin/agent", "-x"]);
        assert_eq!(
            resolve_in("./bin/agent", None, None).unwrap_err(),
            "can't find command './bin/agent'"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn resolves_and_reports_spawn_errors() {
        let r = resolve("sh -c true", Some("/nonexistent:/bin:/usr/bin")).unwrap();
        assert!(r.path.ends_with("sh"));
        assert_eq!(resolve("", None).unwrap_err(), "command is empty");
        assert_eq!(
            resolve("nosuchprog-xyz", Some("/bin")).unwrap_err(),
            "can't find command 'nosuchprog-xyz'"
        );
        assert_eq!(
            resolve("/nonexistent/x", None).unwrap_err(),
            "can't find command '/nonexistent/x'"
        );
        assert_eq!(
            resolve("/", None).unwrap_err(),
            "command at '/' is a directory"
        );
        assert_eq!(
            resolve("/etc/passwd", None).unwrap_err(),
            "command at '/etc/passwd' is not executable"
        );
        assert_eq!(
            resolve("'a", None).unwrap_err(),
            "can't parse command \"'a\": No closing quotation"
        );
    }
}
