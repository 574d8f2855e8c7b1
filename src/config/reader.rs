//! What the section readers share: the parsed files ([`Source`]) and [`SectionReader`],
//! which looks an option up (the section, then `[program-default]` for program-like
//! sections, then `[DEFAULT]`), %-expands it and converts it, so that every error names
//! the file, section, option value and line.

use std::path::PathBuf;

use super::error::ConfigError;
use super::expand::{expand_layered, ExpVal, Expansions};
use super::ini::{py_repr, py_strip, Entry, IniDoc, IniError};
use super::values::{self, process_or_group_name};

/// A looked-up option value with its origin.
#[derive(Debug, Clone)]
pub struct Val {
    pub text: String,
    /// Index into [`IniDoc::files`]; `None` for a default.
    pub file: Option<usize>,
    /// 1-based line; `None` for a default.
    pub line: Option<usize>,
}

impl Val {
    /// A value the file does not contain (a default).
    pub fn default(text: &str) -> Val {
        Val {
            text: text.to_string(),
            file: None,
            line: None,
        }
    }

    fn of(e: &Entry) -> Val {
        Val {
            text: e.value.clone(),
            file: Some(e.file),
            line: Some(e.line),
        }
    }
}

/// The configuration as read: every section of the main file and its includes, plus the
/// names expansion offers everywhere.
pub struct Source {
    pub doc: IniDoc,
    /// `%(here)s`: the directory of the main file.
    pub here: String,
    /// `%(host_node_name)s`.
    pub host: String,
    /// `ENV_*` names (process environment, then `[supervisord] environment`).
    pub env: Expansions,
    /// The main file.
    pub main: PathBuf,
    /// Whether checks that depend on this machine run (log directories exist); off for
    /// `check --json`, whose reading is the same on every machine.
    pub machine_checks: bool,
}

/// An expansion value from a string.
pub fn s(v: &str) -> ExpVal {
    ExpVal::Str(v.to_string())
}

/// Sections that define processes (and read `[program-default]`).
pub fn is_program_like(section: &str) -> bool {
    section.starts_with("program:")
        || section.starts_with("eventlistener:")
        || section.starts_with("fcgi-program:")
}

impl Source {
    /// An empty source for `main` with the process environment `env` as `ENV_*` names.
    pub fn new<'a>(
        main: PathBuf,
        host: String,
        env: impl IntoIterator<Item = (&'a String, &'a String)>,
    ) -> Source {
        Source {
            doc: IniDoc::new(),
            here: values::abs_dir_of(&main),
            host,
            env: env
                .into_iter()
                .map(|(k, v)| (format!("ENV_{}", k), s(v)))
                .collect(),
            main,
            machine_checks: true,
        }
    }

    /// A syntax error of the INI reader as a config error.
    pub fn ini_err(e: IniError) -> ConfigError {
        ConfigError {
            message: e.message,
            section: None,
            file: Some(e.file),
            line: Some(e.line),
        }
    }

    /// The entry for `key`: the section's own, then `[program-default]` (program-like
    /// sections only), then `[DEFAULT]`.
    pub fn entry(&self, section: &str, key: &str) -> Option<&Entry> {
        let own = self.doc.section(section).and_then(|s| s.get(key));
        if own.is_some() {
            return own;
        }
        if is_program_like(section) {
            if let Some(e) = self.doc.section("program-default").and_then(|s| s.get(key)) {
                return Some(e);
            }
        }
        self.doc.defaults.get(key)
    }

    /// The entry for `key` as a value, unexpanded.
    pub fn raw(&self, section: &str, key: &str) -> Option<Val> {
        self.entry(section, key).map(Val::of)
    }

    fn file_name(&self, section: &str, v: Option<&Val>) -> PathBuf {
        if let Some(f) = v.and_then(|v| v.file) {
            return self.doc.files[f].clone();
        }
        match self.doc.section_file.get(section) {
            Some(&f) => self.doc.files[f].clone(),
            None => self.main.clone(),
        }
    }

    /// An error in `section`, located at `v` when given (else at the section's file).
    pub fn err(&self, section: &str, v: Option<&Val>, message: String) -> ConfigError {
        ConfigError {
            message,
            section: Some(section.to_string()),
            file: Some(self.file_name(section, v)),
            line: v.and_then(|v| v.line),
        }
    }

    /// An error about the whole main file (no section).
    pub fn file_err(&self, message: &str) -> ConfigError {
        ConfigError {
            message: message.into(),
            section: None,
            file: Some(self.main.clone()),
            line: None,
        }
    }

    /// `%(here)s` alone.
    pub fn here_exp(&self) -> Expansions {
        let mut e = Expansions::new();
        e.insert("here".into(), s(&self.here));
        e
    }

    /// A reader of `section` expanding with the `ENV_*` names plus `exp`.
    pub fn reader<'a>(&'a self, section: &'a str, exp: Expansions) -> SectionReader<'a> {
        SectionReader {
            src: self,
            section,
            exp,
        }
    }
}

/// Reads the options of one section.
pub struct SectionReader<'a> {
    pub src: &'a Source,
    pub section: &'a str,
    /// Names `%(name)s` may use besides the `ENV_*` names (these win).
    pub exp: Expansions,
}

impl SectionReader<'_> {
    /// supervisor's `saneget`: the value, %-expanded; `None` when unset.
    pub fn get(&self, key: &str) -> Result<Option<Val>, ConfigError> {
        match self.src.raw(self.section, key) {
            Some(v) => self.expanded(key, v).map(Some),
            None => Ok(None),
        }
    }

    /// The value or `default`, %-expanded.
    pub fn get_or(&self, key: &str, default: &str) -> Result<Val, ConfigError> {
        let v = self
            .src
            .raw(self.section, key)
            .unwrap_or_else(|| Val::default(default));
        self.expanded(key, v)
    }

    /// The value or `default`, not expanded (the caller expands it later).
    pub fn raw_or(&self, key: &str, default: &str) -> Val {
        self.src
            .raw(self.section, key)
            .unwrap_or_else(|| Val::default(default))
    }

    fn expanded(&self, key: &str, v: Val) -> Result<Val, ConfigError> {
        let name = format!("{}.{}", self.section, key);
        let text = expand_layered(&v.text, &[&self.src.env, &self.exp], &name)
            .map_err(|m| self.err(Some(&v), m))?;
        Ok(Val { text, ..v })
    }

    /// An error in this section, located at `v` when given.
    pub fn err(&self, v: Option<&Val>, message: String) -> ConfigError {
        self.src.err(self.section, v, message)
    }

    /// Converts `v` with `f`, locating a conversion error at `v`.
    pub fn parse<T>(
        &self,
        v: &Val,
        f: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        f(&v.text).map_err(|m| self.err(Some(v), m))
    }

    /// The value (or `default`) converted with `f`.
    pub fn typed<T>(
        &self,
        key: &str,
        default: &str,
        f: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        self.parse(&self.get_or(key, default)?, f)
    }

    /// The value converted with `f`; `None` when unset.
    pub fn opt<T>(
        &self,
        key: &str,
        f: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        match self.get(key)? {
            Some(v) => self.parse(&v, f).map(Some),
            None => Ok(None),
        }
    }

    /// The expanded text or `default`.
    pub fn string(&self, key: &str, default: &str) -> Result<String, ConfigError> {
        Ok(self.get_or(key, default)?.text)
    }

    /// The expanded text; `None` when unset.
    pub fn opt_string(&self, key: &str) -> Result<Option<String>, ConfigError> {
        Ok(self.get(key)?.map(|v| v.text))
    }

    /// supervisor's `integer`.
    pub fn int(&self, key: &str, default: &str) -> Result<i64, ConfigError> {
        self.typed(key, default, values::integer)
    }

    /// supervisor's `boolean`.
    pub fn boolean(&self, key: &str, default: &str) -> Result<bool, ConfigError> {
        self.typed(key, default, values::boolean)
    }

    /// An integer for an unsigned field (negatives read as 0).
    pub fn unsigned<T: TryFrom<i64>>(&self, key: &str, default: &str) -> Result<T, ConfigError> {
        self.typed(key, default, values::unsigned::<T>)
    }

    /// supervisor's `byte_size` (`50MB`).
    pub fn bytes(&self, key: &str, default: &str) -> Result<u64, ConfigError> {
        self.typed(key, default, values::byte_size)
    }

    /// A path with `~` expanded.
    pub fn path(&self, key: &str, default: &str) -> Result<String, ConfigError> {
        Ok(values::expand_user(&self.string(key, default)?))
    }

    /// `user=`: unset is `None`; set but empty, or (with machine checks) naming no account
    /// of this machine, is supervisor's `Invalid user name` / `Invalid user id` error.
    pub fn user(&self) -> Result<Option<Val>, ConfigError> {
        let v = self.get("user")?;
        if let Some(u) = &v {
            if let Some(m) = user_error(&u.text, self.src.machine_checks) {
                return Err(self.err(Some(u), m));
            }
        }
        Ok(v)
    }

    /// The name after the colon of a `kind:name` section, checked like supervisor's
    /// `process_or_group_name`.
    pub fn name(&self) -> Result<String, ConfigError> {
        let rest = self.section.split_once(':').map(|x| x.1).unwrap_or("");
        process_or_group_name(rest).map_err(|m| self.err(None, m))
    }

    /// `value` (already normalised) if it is one of `allowed`, else the error
    /// "`key` must be one of A B C, not 'raw'" (list joined with `sep`).
    pub fn one_of(
        &self,
        v: &Val,
        key: &str,
        value: String,
        allowed: &[&str],
        sep: &str,
    ) -> Result<String, ConfigError> {
        if allowed.contains(&value.as_str()) {
            return Ok(value);
        }
        let message = format!(
            "{key} must be one of {}, not {}",
            allowed.join(sep),
            py_repr(&v.text)
        );
        Err(self.err(Some(v), message))
    }

    /// `one_of` on the stripped, case-folded (`upper`) value of `key`; `None` when unset.
    pub fn choice(
        &self,
        key: &str,
        upper: bool,
        allowed: &[&str],
        sep: &str,
    ) -> Result<Option<String>, ConfigError> {
        let Some(v) = self.get(key)? else {
            return Ok(None);
        };
        let t = py_strip(&v.text);
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_lowercase()
        };
        self.one_of(&v, key, t, allowed, sep).map(Some)
    }
}

/// Why `user` names no account, as supervisor says it (`Invalid user name x`, `Invalid user
/// id 1234`); an empty name always, an unknown one only with `machine_checks`. A passwd file
/// that cannot be read is left to the spawn to report.
pub fn user_error(user: &str, machine_checks: bool) -> Option<String> {
    if user.is_empty() {
        return Some("Invalid user name ".into());
    }
    if !machine_checks {
        return None;
    }
    match crate::users::lookup(user) {
        Err(crate::users::UserError::Unknown(_)) if user.parse::<u32>().is_ok() => {
            Some(format!("Invalid user id {user}"))
        }
        Err(crate::users::UserError::Unknown(_)) => Some(format!("Invalid user name {user}")),
        _ => None,
    }
}
