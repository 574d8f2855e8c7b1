//! The interactive shell on a terminal, as Python's supervisorctl gets it from `readline`:
//! line editing (rustyline, Emacs keys), a history (Up/Down, Ctrl-R) kept in `history_file`
//! (or `-r FILE`), and Tab completion of commands and of process and group names fetched
//! from the daemon (Python's `Controller.complete`).
//!
//! Used only when stdin and stdout are both terminals (Python's `input()` uses readline only
//! then); otherwise the shell reads plain lines as before.

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};

use rustyline::completion::Completer;
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{History, MemHistory, SearchDirection};
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use super::client::Client;
use super::names::text;
use crate::rpc::Value;

/// Python's `Controller.vocab`: `help` and the `do_*` methods of the default plugin, plus
/// our `wait` and `upgrade`.
const VOCAB: &[&str] = &[
    "help", "EOF", "add", "avail", "clear", "exit", "fg", "maintail", "open", "pid", "quit",
    "reload", "remove", "reread", "restart", "shutdown", "signal", "start", "status", "stop",
    "tail", "update", "upgrade", "version", "wait",
];

/// Readline's default word delimiters without `:`, `*` and `-` (Python removes them so that
/// `group:name`, `group:*` and names with dashes complete as one word).
const DELIMS: &str = " \t\n\"\\'`@$><=;|&{(";

/// What a read at the prompt gave.
pub enum Read {
    Line(String),
    /// Ctrl-D on an empty line or Ctrl-C: the editor has ended the line already.
    End,
    /// The terminal went away (or another error): the line is not ended.
    Failed,
}

/// The line editor of one interactive session.
pub struct LineEditor {
    editor: Editor<Completion, MemHistory>,
    history_file: Option<PathBuf>,
}

impl LineEditor {
    /// An editor completing through `client`, with the history of `history_file` (a missing
    /// or unreadable file gives an empty history, as Python ignores the IOError).
    pub fn new(client: &Client, history_file: Option<PathBuf>) -> Option<LineEditor> {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            // GNU readline keeps an unlimited history unless told otherwise.
            .max_history_size(usize::MAX)
            .ok()?
            .auto_add_history(false)
            .build();
        let history = MemHistory::with_config(&config);
        let mut editor = Editor::with_history(config, history).ok()?;
        editor.set_helper(Some(Completion {
            client: client.clone(),
            info: RefCell::new(None),
        }));
        if let Some(path) = &history_file {
            for line in read_history(path) {
                let _ = editor.history_mut().add_owned(line);
            }
        }
        Some(LineEditor {
            editor,
            history_file,
        })
    }

    /// Shows `prompt` and reads one edited line; `client` is the controller's current one
    /// (its credentials may have changed). Non-empty lines go into the history, which is
    /// written to the history file at once, so that a Ctrl-C during the command (which
    /// ends the process from its signal handler) loses nothing.
    pub fn read(&mut self, prompt: &str, client: &Client) -> Read {
        if let Some(h) = self.editor.helper_mut() {
            h.client = client.clone();
            // Python drops its cache in `onecmd`: names are fetched again for each line.
            h.info.replace(None);
        }
        let _ = std::io::stdout().flush();
        match self.editor.readline(prompt) {
            Ok(line) => {
                if matches!(self.editor.add_history_entry(line.as_str()), Ok(true)) {
                    self.save();
                }
                Read::Line(line)
            }
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Read::End,
            Err(_) => Read::Failed,
        }
    }

    /// Writes the whole history to the history file (Python's `write_history_file` at exit):
    /// one entry a line, mode 0600 when created; errors are ignored.
    pub fn save(&self) {
        let Some(path) = &self.history_file else {
            return;
        };
        let history = self.editor.history();
        let mut text = String::new();
        for i in 0..history.len() {
            if let Ok(Some(entry)) = history.get(i, SearchDirection::Forward) {
                text.push_str(&entry.entry);
                text.push('\n');
            }
        }
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(path);
        if let Ok(mut f) = file {
            let _ = f.write_all(text.as_bytes());
        }
    }
}

/// The lines of a history file (GNU readline's plain format: one entry a line).
fn read_history(path: &Path) -> Vec<String> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Tab completion (Python's `Controller.complete`).
struct Completion {
    client: Client,
    /// `(group, name)` of every process, fetched once per line on the first Tab that needs it
    /// (Python's `_complete_info`); a failed fetch is not cached.
    info: RefCell<Option<Vec<(String, String)>>>,
}

impl Completion {
    fn info(&self) -> Vec<(String, String)> {
        if let Some(info) = self.info.borrow().as_ref() {
            return info.clone();
        }
        let fetched = match self.client.call("supervisor.getAllProcessInfo", &[]) {
            Ok(Ok(Value::Array(infos))) => infos
                .iter()
                .map(|i| (text(i, "group"), text(i, "name")))
                .collect::<Vec<_>>(),
            // Python's completer raises; readline then offers nothing.
            _ => return Vec::new(),
        };
        self.info.replace(Some(fetched.clone()));
        fetched
    }
}

/// The start of the word ending at `pos` (readline's `rl_completer_word_break_characters`).
fn word_start(line: &str, pos: usize) -> usize {
    line[..pos]
        .rfind(|c| DELIMS.contains(c))
        .map(|i| i + 1)
        .unwrap_or(0)
}

/// The completions of `text` (the word under the cursor) on `line` (the whole buffer), each
/// with a trailing space, sorted and without duplicates as readline lists them. `info`
/// gives the `(group, name)` pairs when a name is wanted.
fn candidates(line: &str, text: &str, info: impl FnOnce() -> Vec<(String, String)>) -> Vec<String> {
    let actions = || -> Vec<String> {
        VOCAB
            .iter()
            .filter(|a| a.starts_with(text))
            .map(|a| format!("{a} "))
            .collect()
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut matches = match words.first() {
        None => actions(),
        Some(_) if words.len() == 1 && !line.ends_with(char::is_whitespace) => actions(),
        Some(&"help") => actions(),
        Some(&("add" | "remove" | "update")) => {
            let mut groups: Vec<String> = Vec::new();
            for (group, _) in info() {
                if !groups.contains(&group) {
                    groups.push(group);
                }
            }
            groups
                .into_iter()
                .filter(|g| g.starts_with(text))
                .map(|g| format!("{g} "))
                .collect()
        }
        Some(
            &("clear" | "fg" | "pid" | "restart" | "signal" | "start" | "status" | "stop" | "tail"),
        ) => {
            let mut procs: Vec<String> = Vec::new();
            for (group, name) in info() {
                if text.contains(':') || name != group {
                    procs.push(format!("{group}:{name}"));
                    let all = format!("{group}:*");
                    if !procs.contains(&all) {
                        procs.push(all);
                    }
                } else {
                    procs.push(name);
                }
            }
            procs
                .into_iter()
                .filter(|p| p.starts_with(text))
                .map(|p| format!("{p} "))
                .collect()
        }
        Some(_) => Vec::new(),
    };
    matches.sort();
    matches.dedup();
    matches
}

impl Completer for Completion {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let start = word_start(line, pos);
        Ok((start, candidates(line, &line[start..pos], || self.info())))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> Vec<(String, String)> {
        [("web", "web"), ("workers", "w-0"), ("workers", "w-1")]
            .iter()
            .map(|(g, n)| (g.to_string(), n.to_string()))
            .collect()
    }

    fn complete(line: &str) -> Vec<String> {
        let start = word_start(line, line.len());
        candidates(line, &line[start..], info)
    }

    #[test]
    fn commands_complete_first() {
        assert_eq!(complete("st"), ["start ", "status ", "stop "]);
        assert_eq!(complete("").len(), VOCAB.len());
        assert_eq!(
            complete("help re"),
            ["reload ", "remove ", "reread ", "restart "]
        );
        assert!(complete("version ").is_empty());
        assert!(complete("bogus x").is_empty());
    }

    #[test]
    fn process_names_as_python_offers_them() {
        // A process alone in its group completes by name; others as group:name and group:*.
        assert_eq!(
            complete("start "),
            ["web ", "workers:* ", "workers:w-0 ", "workers:w-1 "]
        );
        assert_eq!(complete("status we"), ["web "]);
        assert_eq!(
            complete("stop workers:w-"),
            ["workers:w-0 ", "workers:w-1 "]
        );
        // With a ':' typed, every process is offered as group:name.
        assert_eq!(complete("tail web:"), ["web:* ", "web:web "]);
        assert_eq!(complete("restart web w"), complete("restart w"));
    }

    #[test]
    fn group_names_for_add_remove_update() {
        assert_eq!(complete("update "), ["web ", "workers "]);
        assert_eq!(complete("remove wo"), ["workers "]);
    }

    #[test]
    fn words_break_as_readline_with_python_delims() {
        assert_eq!(word_start("stop grp:na", 11), 5);
        assert_eq!(word_start("stop a-b", 8), 5);
        assert_eq!(word_start("st", 2), 0);
    }

    #[test]
    fn every_word_of_the_vocabulary_has_help_or_is_an_alias() {
        for w in VOCAB {
            assert!(
                super::super::help::topic(w).is_some() || ["EOF", "exit"].contains(w),
                "{w}"
            );
        }
    }
}
