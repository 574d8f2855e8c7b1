//! `config::load`: reads the main file and its includes, then builds the validated
//! [`Config`] exactly like supervisor 4.3's `ServerOptions.read_config` + `realize`, with
//! user lookups and directory checks left to the daemon (SCHEMA.md "Neutralised checks").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::cli::Overrides;
use super::error::ConfigError;
use super::expand::{expand, expand_layered, ExpVal, Expansions};
use super::glob::glob;
use super::ini::{py_space, py_strip, Entry, IniDoc};
use super::model::*;
use super::values::{self, *};

/// Process state names `startnextafter=` may name.
pub const STATE_NAMES: &[&str] = &[
    "STOPPED", "STARTING", "RUNNING", "BACKOFF", "STOPPING", "EXITED", "FATAL",
];

/// `exit_policy=` values.
pub const EXIT_POLICIES: &[&str] = &["none", "shutdown-on-fatal", "shutdown-on-exit"];

/// Event type names an `[eventlistener:x] events=` line may use.
pub const EVENT_NAMES: &[&str] = &[
    "EVENT",
    "PROCESS_STATE",
    "PROCESS_STATE_STOPPED",
    "PROCESS_STATE_EXITED",
    "PROCESS_STATE_STARTING",
    "PROCESS_STATE_STOPPING",
    "PROCESS_STATE_BACKOFF",
    "PROCESS_STATE_FATAL",
    "PROCESS_STATE_RUNNING",
    "PROCESS_STATE_UNKNOWN",
    "PROCESS_COMMUNICATION",
    "PROCESS_COMMUNICATION_STDOUT",
    "PROCESS_COMMUNICATION_STDERR",
    "PROCESS_LOG",
    "PROCESS_LOG_STDOUT",
    "PROCESS_LOG_STDERR",
    "REMOTE_COMMUNICATION",
    "SUPERVISOR_STATE_CHANGE",
    "SUPERVISOR_STATE_CHANGE_RUNNING",
    "SUPERVISOR_STATE_CHANGE_STOPPING",
    "TICK",
    "TICK_5",
    "TICK_60",
    "TICK_3600",
    "PROCESS_GROUP",
    "PROCESS_GROUP_ADDED",
    "PROCESS_GROUP_REMOVED",
];

/// Upper bound on `numprocs` (a typo such as `numprocs=1000000000` must not eat the machine).
pub const MAX_NUMPROCS: i64 = 100_000;

/// Reads and validates `path` (and its `[include]`s). Starts nothing, resolves no users.
pub fn load(path: &Path, overrides: &Overrides) -> Result<Config, ConfigError> {
    let env: BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    load_with_env(path, overrides, &env)
}

/// [`load`] with an explicit process environment (for `%(ENV_X)s`); used by tests.
pub fn load_with_env(
    path: &Path,
    overrides: &Overrides,
    env: &BTreeMap<String, String>,
) -> Result<Config, ConfigError> {
    let host = nix::unistd::gethostname()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut l = Loader {
        doc: IniDoc::new(),
        here: abs_dir_of(path),
        host,
        env: env
            .iter()
            .map(|(k, v)| (format!("ENV_{}", k), ExpVal::Str(v.clone())))
            .collect(),
        main: path.to_path_buf(),
        warnings: Vec::new(),
        infos: Vec::new(),
    };
    l.read_all()?;
    l.build(overrides)
}

/// Reads a config file as UTF-8 text with a clear error for every failure.
pub fn read_text(path: &Path) -> Result<String, ConfigError> {
    if !path.exists() {
        return Err(ConfigError::new(format!(
            "could not find config file {}",
            path.display()
        )));
    }
    if path.is_dir() {
        return Err(ConfigError::new(format!(
            "could not read config file {}: is a directory",
            path.display()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        ConfigError::new(format!(
            "could not read config file {}: {}",
            path.display(),
            e
        ))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let off = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..off].iter().filter(|&&b| b == b'\n').count() + 1;
        ConfigError {
            message: format!("file is not valid UTF-8 (byte offset {})", off),
            section: None,
            file: Some(path.to_path_buf()),
            line: Some(line),
        }
    })
}

/// A looked-up option value with its origin.
#[derive(Debug, Clone)]
struct Val {
    text: String,
    file: Option<usize>,
    line: Option<usize>,
}

struct Loader {
    doc: IniDoc,
    here: String,
    host: String,
    /// `ENV_*` names (process environment, then `[supervisord] environment`).
    env: Expansions,
    main: PathBuf,
    warnings: Vec<String>,
    infos: Vec<String>,
}

fn s(v: &str) -> ExpVal {
    ExpVal::Str(v.to_string())
}

fn is_program_like(section: &str) -> bool {
    section.starts_with("program:")
        || section.starts_with("eventlistener:")
        || section.starts_with("fcgi-program:")
}

impl Loader {
    fn ini_err(e: super::ini::IniError) -> ConfigError {
        ConfigError {
            message: e.message,
            section: None,
            file: Some(e.file),
            line: Some(e.line),
        }
    }

    fn read_all(&mut self) -> Result<(), ConfigError> {
        let text = read_text(&self.main)?;
        let main = self.main.clone();
        self.doc.read_str(&text, &main).map_err(Self::ini_err)?;
        if !self.doc.has_section("include") {
            return Ok(());
        }
        let here = self.here.clone();
        self.doc.expand_here(&here);
        let Some(files) = self.doc.get("include", "files").cloned() else {
            return Err(ConfigError {
                message: ".ini file has [include] section, but no files setting".into(),
                section: Some("include".into()),
                file: Some(main),
                line: None,
            });
        };
        let mut exp = self.env.clone();
        exp.insert("here".into(), s(&self.here));
        exp.insert("host_node_name".into(), s(&self.host));
        let v = Val {
            text: files.value.clone(),
            file: Some(files.file),
            line: Some(files.line),
        };
        let files_text = expand(&files.value, &exp, "include.files")
            .map_err(|m| self.err("include", Some(&v), m))?;
        let base = self.here.clone();
        for pattern in files_text.split(py_space).filter(|p| !p.is_empty()) {
            let full = path_join(&base, pattern);
            let full_s = full.to_string_lossy().into_owned();
            let mut found = glob(&full_s);
            if found.is_empty() {
                self.warnings
                    .push(format!("No file matches via include \"{}\"", full_s));
                continue;
            }
            // Python sorts the path strings (not components: "a-1/x" < "a/x").
            found.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
            for f in found {
                self.infos.push(format!(
                    "Included extra file \"{}\" during parsing",
                    f.display()
                ));
                if f.is_dir() {
                    // Python's RawConfigParser.read silently skips what it cannot open.
                    continue;
                }
                let bytes = match std::fs::read(&f) {
                    Ok(b) => b,
                    Err(e) => {
                        self.warnings.push(format!(
                            "Could not read included file \"{}\": {}",
                            f.display(),
                            e
                        ));
                        continue;
                    }
                };
                let text = String::from_utf8(bytes).map_err(|e| ConfigError {
                    message: format!(
                        "file is not valid UTF-8 (byte offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                    section: None,
                    file: Some(f.clone()),
                    line: None,
                })?;
                self.doc.read_str(&text, &f).map_err(Self::ini_err)?;
                let dir = abs_dir_of(&f);
                self.doc.expand_here(&dir);
            }
        }
        Ok(())
    }

    /// The entry for `key`: the section's own, then `[program-default]` (program-like
    /// sections only), then `[DEFAULT]`.
    fn entry(&self, section: &str, key: &str) -> Option<&Entry> {
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

    fn file_name(&self, section: &str, v: Option<&Val>) -> PathBuf {
        if let Some(f) = v.and_then(|v| v.file) {
            return self.doc.files[f].clone();
        }
        match self.doc.section_file.get(section) {
            Some(&f) => self.doc.files[f].clone(),
            None => self.main.clone(),
        }
    }

    fn err(&self, section: &str, v: Option<&Val>, message: String) -> ConfigError {
        ConfigError {
            message,
            section: Some(section.to_string()),
            file: Some(self.file_name(section, v)),
            line: v.and_then(|v| v.line),
        }
    }

    /// supervisor's `saneget`: the value (or `default`), %-expanded against the `ENV_*` names
    /// plus `extra` (which wins) unless `do_expand` is false.
    fn get(
        &self,
        section: &str,
        key: &str,
        default: Option<&str>,
        extra: &Expansions,
        do_expand: bool,
    ) -> Result<Option<Val>, ConfigError> {
        let v = match self.entry(section, key) {
            Some(e) => Val {
                text: e.value.clone(),
                file: Some(e.file),
                line: Some(e.line),
            },
            None => match default {
                Some(d) => Val {
                    text: d.to_string(),
                    file: None,
                    line: None,
                },
                None => return Ok(None),
            },
        };
        if !do_expand {
            return Ok(Some(v));
        }
        let text = expand_layered(
            &v.text,
            &[&self.env, extra],
            &format!("{}.{}", section, key),
        )
        .map_err(|m| self.err(section, Some(&v), m))?;
        Ok(Some(Val { text, ..v }))
    }

    /// `get` that must produce a value (a default is given).
    fn get_d(
        &self,
        section: &str,
        key: &str,
        default: &str,
        extra: &Expansions,
    ) -> Result<Val, ConfigError> {
        Ok(self
            .get(section, key, Some(default), extra, true)?
            .unwrap_or(Val {
                text: default.into(),
                file: None,
                line: None,
            }))
    }

    /// Converts a value, attaching the section/file/line to a conversion error.
    /// `value` (already normalised) if it is one of `allowed`, else the error
    /// "`key` must be one of A B C, not 'raw'" (list joined with `sep`).
    fn one_of(
        &self,
        section: &str,
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
            super::ini::py_repr(&v.text)
        );
        Err(self.err(section, Some(v), message))
    }

    fn conv<T>(
        &self,
        section: &str,
        v: &Val,
        f: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        f(&v.text).map_err(|m| self.err(section, Some(v), m))
    }

    fn here_exp(&self) -> Expansions {
        let mut e = Expansions::new();
        e.insert("here".into(), s(&self.here));
        e
    }

    fn build(mut self, ov: &Overrides) -> Result<Config, ConfigError> {
        if !self.doc.has_section("supervisord") {
            return Err(ConfigError {
                message: ".ini file does not include supervisord section".into(),
                section: None,
                file: Some(self.main.clone()),
                line: None,
            });
        }
        let sup = self.supervisord(ov)?;
        self.rpcinterfaces()?;
        let mut groups = self.groups()?;
        for g in &mut groups {
            for p in &mut g.processes {
                let mut env = sup.environment.clone();
                env.extend(std::mem::take(&mut p.environment));
                p.environment = env;
            }
        }
        self.check_depends_on(&groups)?;
        let (inet, unix) = self.servers()?;
        let ctl = self.ctl();
        Ok(Config {
            path: self.main.clone(),
            files: self.doc.files.clone(),
            supervisord: sup,
            groups,
            unix_http_server: unix,
            inet_http_server: inet,
            supervisorctl: ctl,
            warnings: self.warnings,
            infos: self.infos,
        })
    }

    fn supervisord(&mut self, ov: &Overrides) -> Result<SupervisordConfig, ConfigError> {
        let sec = "supervisord";
        let e = self.here_exp();
        let minfds = self.conv(
            sec,
            &self.get_d(sec, "minfds", "1024", &e)?,
            unsigned::<u64>,
        )?;
        let minprocs = self.conv(
            sec,
            &self.get_d(sec, "minprocs", "200", &e)?,
            unsigned::<u64>,
        )?;
        let directory = self
            .get(sec, "directory", None, &e, true)?
            .map(|v| PathBuf::from(expand_user(&v.text)));
        let user_v = self.get(sec, "user", None, &e, true)?;
        let umask = self.conv(sec, &self.get_d(sec, "umask", "022", &e)?, octal)?;
        let logfile = expand_user(&self.get_d(sec, "logfile", "supervisord.log", &e)?.text);
        let logfile_maxbytes = self.conv(
            sec,
            &self.get_d(sec, "logfile_maxbytes", "50MB", &e)?,
            byte_size,
        )?;
        let logfile_backups = self.conv(
            sec,
            &self.get_d(sec, "logfile_backups", "10", &e)?,
            unsigned::<u32>,
        )?;
        let loglevel = self.conv(sec, &self.get_d(sec, "loglevel", "info", &e)?, log_level)?;
        let pidfile = expand_user(&self.get_d(sec, "pidfile", "supervisord.pid", &e)?.text);
        let identifier = self.get_d(sec, "identifier", "supervisor", &e)?.text;
        let nodaemon = self.conv(sec, &self.get_d(sec, "nodaemon", "false", &e)?, boolean)?;
        let silent = self.conv(sec, &self.get_d(sec, "silent", "false", &e)?, boolean)?;
        let tmp = default_tempdir();
        let childlogdir =
            PathBuf::from(expand_user(&self.get_d(sec, "childlogdir", &tmp, &e)?.text));
        let nocleanup = self.conv(sec, &self.get_d(sec, "nocleanup", "false", &e)?, boolean)?;
        let strip_ansi = self.conv(sec, &self.get_d(sec, "strip_ansi", "false", &e)?, boolean)?;
        let kill_children_on_exit = self.conv(
            sec,
            &self.get_d(sec, "kill_children_on_exit", "false", &e)?,
            boolean,
        )?;
        let precise_startup = self.conv(
            sec,
            &self.get_d(sec, "precise_startup", "false", &e)?,
            boolean,
        )?;
        // 4.3 expands `environment` twice: once by get() (here + ENV), once more with
        // host_node_name added.
        let env_v = self.get_d(sec, "environment", "", &e)?;
        let mut e2 = e.clone();
        e2.insert("host_node_name".into(), s(&self.host));
        let mut comb = self.env.clone();
        comb.extend(e2);
        let env_text = expand(&env_v.text, &comb, "environment")
            .map_err(|m| self.err(sec, Some(&env_v), m))?;
        let environment = self.conv(
            sec,
            &Val {
                text: env_text,
                ..env_v
            },
            env_dict,
        )?;
        for (k, v) in &environment {
            self.env.insert(format!("ENV_{}", k), s(v));
        }
        let user = match ov.user.clone() {
            Some(u) => Some(u),
            None => user_v.as_ref().map(|v| v.text.clone()),
        };
        if let Some(u) = &user {
            if u.is_empty() {
                return Err(self.err(sec, user_v.as_ref(), "Invalid user name ".into()));
            }
        }
        let logfile = ov.logfile.clone().unwrap_or(logfile);
        let logfile = if logfile == "syslog" {
            LogTarget::Syslog
        } else {
            LogTarget::File(PathBuf::from(normalize_path(&logfile)))
        };
        let pidfile = PathBuf::from(normalize_path(&ov.pidfile.clone().unwrap_or(pidfile)));
        Ok(SupervisordConfig {
            nodaemon: ov.nodaemon.unwrap_or(nodaemon),
            silent: ov.silent.unwrap_or(silent),
            logfile,
            logfile_maxbytes: ov.logfile_maxbytes.unwrap_or(logfile_maxbytes),
            logfile_backups: ov.logfile_backups.unwrap_or(logfile_backups),
            loglevel: ov.loglevel.unwrap_or(loglevel),
            pidfile,
            umask: ov.umask.unwrap_or(umask),
            minfds: ov.minfds.unwrap_or(minfds),
            minprocs: ov.minprocs.unwrap_or(minprocs),
            nocleanup: ov.nocleanup.unwrap_or(nocleanup),
            kill_children_on_exit,
            precise_startup,
            childlogdir: ov.childlogdir.clone().unwrap_or(childlogdir),
            user,
            directory: ov.directory.clone().or(directory),
            strip_ansi: ov.strip_ansi.unwrap_or(strip_ansi),
            identifier: ov.identifier.clone().unwrap_or(identifier),
            environment,
            profile_options: ov.profile_options.clone(),
        })
    }

    fn rpcinterfaces(&self) -> Result<(), ConfigError> {
        let none = Expansions::new();
        for name in self.doc.section_names() {
            if !name.starts_with("rpcinterface:") {
                continue;
            }
            let key = "supervisor.rpcinterface_factory";
            if self.get(&name, key, None, &none, true)?.is_none() {
                return Err(self.err(
                    &name,
                    None,
                    format!("section [{}] does not specify a {}", name, key),
                ));
            }
            let mut keys: Vec<String> = self
                .doc
                .section(&name)
                .map(|s| s.entries.iter().map(|(k, _)| k.clone()).collect())
                .unwrap_or_default();
            keys.extend(self.doc.defaults.entries.iter().map(|(k, _)| k.clone()));
            for k in keys {
                self.get(&name, &k, None, &none, true)?;
            }
        }
        Ok(())
    }

    fn groups(&mut self) -> Result<Vec<GroupConfig>, ConfigError> {
        let all = self.doc.section_names();
        let mut groups = Vec::new();
        let mut exclude: std::collections::HashSet<String> = std::collections::HashSet::new();
        let here = self.here_exp();
        for section in &all {
            let Some(rest) = section.strip_prefix("group:") else {
                continue;
            };
            let name = process_or_group_name(rest).map_err(|m| self.err(section, None, m))?;
            let programs = self.get(section, "programs", None, &here, true)?;
            let programs_list = programs
                .as_ref()
                .map(|v| list_of_strings(&v.text))
                .unwrap_or_default();
            let pv = self.get_d(section, "priority", "999", &here)?;
            let priority = self.conv(section, &pv, integer)?;
            let mut procs = Vec::new();
            for program in programs_list {
                let ps = format!("program:{}", program);
                let fs = format!("fcgi-program:{}", program);
                let (hp, hf) = (self.doc.has_section(&ps), self.doc.has_section(&fs));
                if !hp && !hf {
                    return Err(self.err(
                        section,
                        programs.as_ref(),
                        format!(
                            "[{}] names unknown program or fcgi-program {}",
                            section, program
                        ),
                    ));
                }
                if hp && hf {
                    return Err(self.err(
                        section,
                        programs.as_ref(),
                        format!(
                            "[{}] name {} is ambiguous (exists as program and fcgi-program)",
                            section, program
                        ),
                    ));
                }
                let target = if hp { ps } else { fs };
                exclude.insert(target.clone());
                procs.extend(self.processes_from_section(&target, &name)?);
            }
            procs.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
            groups.push(GroupConfig {
                name,
                kind: GroupKind::Process,
                priority,
                processes: procs,
            });
        }
        for section in &all {
            let Some(rest) = section.strip_prefix("program:") else {
                continue;
            };
            if exclude.contains(section) {
                continue;
            }
            let name = process_or_group_name(rest).map_err(|m| self.err(section, None, m))?;
            let priority = self.conv(
                section,
                &self.get_d(section, "priority", "999", &here)?,
                integer,
            )?;
            let processes = self.processes_from_section(section, &name)?;
            groups.push(GroupConfig {
                name,
                kind: GroupKind::Process,
                priority,
                processes,
            });
        }
        for section in &all {
            let Some(pool) = section.strip_prefix("eventlistener:") else {
                continue;
            };
            let priority = self.conv(
                section,
                &self.get_d(section, "priority", "-1", &here)?,
                integer,
            )?;
            let bv = self.get_d(section, "buffer_size", "10", &here)?;
            let buffer_size = self.conv(section, &bv, integer)?;
            if buffer_size < 1 {
                return Err(self.err(
                    section,
                    Some(&bv),
                    format!(
                        "[{}] section sets invalid buffer_size ({})",
                        section, buffer_size
                    ),
                ));
            }
            let buffer_size = u32::try_from(buffer_size)
                .map_err(|_| self.err(section, Some(&bv), "buffer_size is too large".into()))?;
            let result_handler = self
                .get_d(
                    section,
                    "result_handler",
                    "supervisor.dispatchers:default_handler",
                    &here,
                )?
                .text;
            let ev = self.get_d(section, "events", "", &here)?;
            let names: BTreeSet<String> = list_of_strings(&ev.text)
                .into_iter()
                .map(|x| x.to_uppercase())
                .collect();
            if names.is_empty() {
                return Err(self.err(
                    section,
                    Some(&ev),
                    format!("[{}] section requires an \"events\" line", section),
                ));
            }
            for n in &names {
                if !EVENT_NAMES.contains(&n.as_str()) {
                    return Err(self.err(
                        section,
                        Some(&ev),
                        format!("Unknown event type {} in [{}] events", n, section),
                    ));
                }
            }
            let rv = self.get_d(section, "redirect_stderr", "false", &here)?;
            if self.conv(section, &rv, boolean)? {
                return Err(self.err(
                    section,
                    Some(&rv),
                    format!("[{}] section sets redirect_stderr=true but this is not allowed because it will interfere with the eventlistener protocol", section),
                ));
            }
            let processes = self.processes_from_section(section, pool)?;
            groups.push(GroupConfig {
                name: pool.to_string(),
                kind: GroupKind::EventListener {
                    events: names.into_iter().collect(),
                    buffer_size,
                    result_handler,
                },
                priority,
                processes,
            });
        }
        for section in &all {
            let Some(rest) = section.strip_prefix("fcgi-program:") else {
                continue;
            };
            if exclude.contains(section) {
                continue;
            }
            let name = process_or_group_name(rest).map_err(|m| self.err(section, None, m))?;
            let priority = self.conv(
                section,
                &self.get_d(section, "priority", "999", &here)?,
                integer,
            )?;
            if let Some(u) = self.get(section, "user", None, &here, true)? {
                if u.text.is_empty() {
                    return Err(self.err(section, Some(&u), "Invalid user name ".into()));
                }
            }
            let backlog = match self.get(section, "socket_backlog", None, &here, true)? {
                None => None,
                Some(v) => {
                    let b = self.conv(section, &v, integer)?;
                    if !(1..=65535).contains(&b) {
                        return Err(self.err(
                            section,
                            Some(&v),
                            format!("Invalid socket_backlog value {}", b),
                        ));
                    }
                    Some(b as u32)
                }
            };
            let owner = match self.get(section, "socket_owner", None, &here, true)? {
                None => None,
                Some(v) => Some(self.conv(section, &v, |t| {
                    user_group(t).map_err(|_| format!("Invalid socket_owner value {}", t))
                })?),
            };
            let mode = match self.get(section, "socket_mode", None, &here, true)? {
                None => None,
                Some(v) => Some(self.conv(section, &v, |t| {
                    octal(t).map_err(|_| format!("Invalid socket_mode value {}", t))
                })?),
            };
            let mut fe = here.clone();
            fe.insert("program_name".into(), s(&name));
            let sv = self.get(section, "socket", None, &fe, true)?;
            let Some(sv) = sv.filter(|v| !v.text.is_empty()) else {
                return Err(self.err(
                    section,
                    None,
                    format!("[{}] section requires a \"socket\" line", section),
                ));
            };
            let socket = self.conv(section, &sv, |t| {
                parse_fcgi_socket(t, owner, mode, backlog)
                    .map_err(|m| format!("{} in [{}] socket", m, section))
            })?;
            let processes = self.processes_from_section(section, &name)?;
            groups.push(GroupConfig {
                name,
                kind: GroupKind::Fcgi(socket),
                priority,
                processes,
            });
        }
        groups.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        Ok(groups)
    }

    fn processes_from_section(
        &mut self,
        section: &str,
        group_name: &str,
    ) -> Result<Vec<ProcessConfig>, ConfigError> {
        let kind = section.split(':').next().unwrap_or("program").to_string();
        let rest = section.split_once(':').map(|x| x.1).unwrap_or("");
        let program_name = process_or_group_name(rest).map_err(|m| self.err(section, None, m))?;
        let mut common = self.here_exp();
        common.insert("program_name".into(), s(&program_name));
        common.insert("host_node_name".into(), s(&self.host));
        common.insert("group_name".into(), s(group_name));
        let sec = section;
        macro_rules! g {
            ($key:expr, $def:expr, $f:expr) => {{
                let v = self.get_d(sec, $key, $def, &common)?;
                self.conv(sec, &v, $f)?
            }};
        }
        let priority = g!("priority", "999", integer);
        let autostart = g!("autostart", "true", boolean);
        let autorestart = g!("autorestart", "unexpected", auto_restart);
        let mut negatives: BTreeMap<String, i64> = BTreeMap::new();
        macro_rules! gn {
            ($key:expr, $def:expr, $f:expr, $signed:expr) => {{
                let v = self.get_d(sec, $key, $def, &common)?;
                let out = self.conv(sec, &v, $f)?;
                if let Ok(r) = $signed(&v.text) {
                    if r < 0 {
                        negatives.insert($key.to_string(), r);
                    }
                }
                out
            }};
        }
        let startsecs = gn!("startsecs", "1", unsigned::<u64>, py_int);
        let startretries = gn!("startretries", "3", unsigned::<u64>, py_int);
        let stopsignals = g!(
            "stopsignal",
            "TERM",
            |t: &str| -> Result<Vec<Signal>, String> {
                // Our extension: a comma-separated list tried in turn (Python accepts one).
                t.split(',').map(|p| signal_number(p).map(Signal)).collect()
            }
        );
        let stopwaitsecs = gn!("stopwaitsecs", "10", unsigned::<u64>, py_int);
        let stopasgroup = g!("stopasgroup", "false", boolean);
        let killasgroup = g!(
            "killasgroup",
            if stopasgroup { "true" } else { "false" },
            boolean
        );
        let mut exitcodes = g!("exitcodes", "0", exit_codes);
        exitcodes.sort();
        let redirect_stderr = g!("redirect_stderr", "false", boolean);
        let numprocs_v = self.get_d(sec, "numprocs", "1", &common)?;
        let numprocs = self.conv(sec, &numprocs_v, integer)?;
        if numprocs > MAX_NUMPROCS {
            return Err(self.err(
                sec,
                Some(&numprocs_v),
                format!(
                    "numprocs {} is larger than the supported maximum {}",
                    numprocs, MAX_NUMPROCS
                ),
            ));
        }
        let numprocs_start = g!("numprocs_start", "0", integer);
        let environment_v = self
            .get(sec, "environment", Some(""), &common, false)?
            .unwrap_or(Val {
                text: String::new(),
                file: None,
                line: None,
            });
        let stdout_cmax = gn!("stdout_capture_maxbytes", "0", byte_size, byte_size_signed);
        let stdout_events = g!("stdout_events_enabled", "false", boolean);
        let stderr_cmax = gn!("stderr_capture_maxbytes", "0", byte_size, byte_size_signed);
        let stderr_events = g!("stderr_events_enabled", "false", boolean);
        // `None` = AUTO; an empty value stays empty, as in supervisor.
        let serverurl = self
            .get(sec, "serverurl", None, &common, true)?
            .map(|v| v.text);
        let serverurl = serverurl.filter(|u| py_strip(u).to_uppercase() != "AUTO");
        let user_v = self.get(sec, "user", None, &common, true)?;
        if let Some(u) = &user_v {
            if u.text.is_empty() {
                return Err(self.err(sec, Some(u), "Invalid user name ".into()));
            }
        }
        let user = user_v.map(|v| v.text);
        let umask = match self.get(sec, "umask", None, &common, true)? {
            Some(v) => Some(self.conv(sec, &v, octal)?),
            None => None,
        };
        let pn_v = self.get(
            sec,
            "process_name",
            Some("%(program_name)s"),
            &common,
            false,
        )?;
        let pn_v = pn_v.unwrap_or(Val {
            text: "%(program_name)s".into(),
            file: None,
            line: None,
        });
        let process_name = self.conv(sec, &pn_v, process_or_group_name)?;
        if numprocs > 1 && !process_name.contains("%(process_num)") {
            return Err(self.err(
                sec,
                Some(&pn_v),
                "%(process_num) must be present within process_name when numprocs > 1".into(),
            ));
        }
        if stopasgroup && !killasgroup {
            return Err(self.err(
                sec,
                None,
                "Cannot set stopasgroup=true and killasgroup=false".into(),
            ));
        }
        // Extension keys (read once, expanded with the section-level names).
        let ext_base = self.ext(sec, &common)?;

        let mut out = Vec::new();
        // supervisor mutates one expansions dict across the numprocs loop (process env
        // ENV_* names persist into later processes); we do the same.
        let mut exp = common.clone();
        let mut n = numprocs_start;
        while n < numprocs_start.saturating_add(numprocs) {
            exp.insert("process_num".into(), ExpVal::Int(n));
            exp.insert("numprocs".into(), ExpVal::Int(numprocs));
            for (k, v) in &self.env {
                exp.insert(k.clone(), v.clone());
            }
            let env_text = expand(&environment_v.text, &exp, "environment")
                .map_err(|m| self.err(sec, Some(&environment_v), m))?;
            let environment = self.conv(
                sec,
                &Val {
                    text: env_text,
                    ..environment_v.clone()
                },
                env_dict,
            )?;
            for (k, v) in &environment {
                exp.insert(format!("ENV_{}", k), s(v));
            }
            let directory = self
                .get(sec, "directory", None, &exp, true)?
                .map(|v| v.text);
            let mut streams = Vec::new();
            let mut pneg = negatives.clone();
            for k in ["stdout", "stderr"] {
                let lf_key = format!("{}_logfile", k);
                let lf = self.get(sec, &lf_key, None, &exp, true)?;
                let (logfile, deprecated_syslog) = match lf {
                    None => (ChildLog::Auto, false),
                    Some(v) => {
                        let t = expand(&v.text, &exp, &lf_key)
                            .map_err(|m| self.err(sec, Some(&v), m))?;
                        match t.to_lowercase().as_str() {
                            "none" | "off" => (ChildLog::None, false),
                            "auto" => (ChildLog::Auto, false),
                            "syslog" => {
                                self.warnings.push(format!(
                                    "For [{}], {}=syslog but this is deprecated and will be removed.  Use {}_syslog=true to enable syslog instead.",
                                    sec, lf_key, k
                                ));
                                (ChildLog::None, true)
                            }
                            _ => (ChildLog::Paths(split_log_paths(&t)), false),
                        }
                    }
                };
                let backups = {
                    let key = format!("{}_logfile_backups", k);
                    let v = self.get_d(sec, &key, "10", &exp)?;
                    if let Ok(r) = py_int(&v.text) {
                        if r < 0 {
                            pneg.insert(key, r);
                        }
                    }
                    self.conv(sec, &v, unsigned::<u32>)?
                };
                let maxbytes = {
                    let key = format!("{}_logfile_maxbytes", k);
                    let v = self.get_d(sec, &key, "50MB", &exp)?;
                    if let Ok(r) = byte_size_signed(&v.text) {
                        if r < 0 {
                            pneg.insert(key, r);
                        }
                    }
                    self.conv(sec, &v, byte_size)?
                };
                let syslog = {
                    let v = self.get_d(sec, &format!("{}_syslog", k), "false", &exp)?;
                    self.conv(sec, &v, boolean)?
                };
                if logfile == ChildLog::Auto && maxbytes == 0 {
                    self.warnings.push(format!(
                        "For [{}], AUTO logging used for {} without rollover, set maxbytes > 0 to avoid filling up filesystem unintentionally",
                        sec, lf_key
                    ));
                }
                let (cmax, events) = if k == "stdout" {
                    (stdout_cmax, stdout_events)
                } else {
                    (stderr_cmax, stderr_events)
                };
                streams.push(StreamLog {
                    logfile,
                    maxbytes,
                    backups,
                    capture_maxbytes: cmax,
                    events_enabled: events,
                    syslog: syslog || deprecated_syslog,
                });
            }
            let (Some(mut stderr), Some(stdout)) = (streams.pop(), streams.pop()) else {
                return Err(self.err(sec, None, "internal error: missing stream settings".into()));
            };
            if redirect_stderr {
                if matches!(stderr.logfile, ChildLog::Paths(_)) {
                    self.warnings.push(format!(
                        "For [{}], redirect_stderr=true but stderr_logfile has also been set to a filename, the filename has been ignored",
                        sec
                    ));
                }
                stderr.logfile = ChildLog::None;
            }
            let Some(cmd) = self.get(sec, "command", None, &exp, true)? else {
                return Err(self.err(
                    sec,
                    None,
                    format!("program section {} does not specify a command", sec),
                ));
            };
            let name = expand(&process_name, &exp, "process_name")
                .map_err(|m| self.err(sec, Some(&pn_v), m))?;
            out.push(ProcessConfig {
                name,
                group: group_name.to_string(),
                program: program_name.clone(),
                section_kind: kind.clone(),
                process_num: n,
                command: cmd.text,
                priority,
                autostart,
                autorestart,
                startsecs,
                startretries,
                exitcodes: exitcodes.clone(),
                stopsignals: stopsignals.clone(),
                stopwaitsecs,
                stopasgroup,
                killasgroup,
                user: user.clone(),
                directory,
                umask,
                environment,
                redirect_stderr,
                stdout,
                stderr,
                serverurl: serverurl.clone(),
                ext: ProcessExt {
                    raw_negatives: pneg,
                    ..ext_base.clone()
                },
            });
            n += 1;
        }
        out.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        Ok(out)
    }

    /// Our extension keys of a program-like section (Python ignores them).
    fn ext(&self, sec: &str, e: &Expansions) -> Result<ProcessExt, ConfigError> {
        let mut x = ProcessExt {
            section_index: self.doc.section_position(sec).unwrap_or(usize::MAX),
            priority_given: self.entry(sec, "priority").is_some(),
            ..ProcessExt::default()
        };
        if let Some(v) = self.get(sec, "startinorder", None, e, true)? {
            x.startinorder = self.conv(sec, &v, boolean)?;
        }
        x.startnextafter = Some("RUNNING".into());
        if let Some(v) = self.get(sec, "startnextafter", None, e, true)? {
            let up = py_strip(&v.text).to_uppercase();
            x.startnextafter =
                Some(self.one_of(sec, &v, "startnextafter", up, STATE_NAMES, " ")?);
        }
        if let Some(v) = self.get(sec, "depends_on", None, e, true)? {
            x.depends_on = list_of_strings(&v.text)
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
        }
        if let Some(v) = self.get(sec, "ready", None, e, true)? {
            if let Err(err) = crate::ready::ReadySpec::parse(&v.text) {
                return Err(self.err(sec, Some(&v), err.0));
            }
            x.ready = Some(v.text);
        }
        for (key, slot) in [
            ("ready_timeout", &mut x.ready_timeout),
            ("ready_interval", &mut x.ready_interval),
        ] {
            if let Some(v) = self.get(sec, key, None, e, true)? {
                if let Err(err) = crate::ready::parse_seconds(key, &v.text) {
                    return Err(self.err(sec, Some(&v), err.0));
                }
                *slot = Some(v.text);
            }
        }
        if let Some(v) = self.get(sec, "envfiles", None, e, true)? {
            x.env_files = list_of_strings(&v.text)
                .into_iter()
                .filter(|p| !p.is_empty())
                .map(|p| PathBuf::from(expand_user(&p)))
                .collect();
        }
        if let Some(v) = self.get(sec, "restart_when_binary_changed", None, e, true)? {
            x.restart_when_binary_changed = self.conv(sec, &v, boolean)?;
        }
        if let Some(v) = self.get(sec, "log_timestamps", None, e, true)? {
            x.log_timestamps = self.conv(sec, &v, boolean)?;
        }
        if let Some(v) = self.get(sec, "exit_policy", None, e, true)? {
            let t = py_strip(&v.text).to_lowercase();
            x.exit_policy = Some(self.one_of(sec, &v, "exit_policy", t, EXIT_POLICIES, ", ")?);
        }
        Ok(x)
    }

    /// `depends_on`: every name must be a program (program, fcgi-program or eventlistener
    /// section name) and the graph must be acyclic.
    fn check_depends_on(&self, groups: &[GroupConfig]) -> Result<(), ConfigError> {
        let mut deps: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
        for g in groups {
            for p in &g.processes {
                let section = format!("{}:{}", p.section_kind, p.program);
                deps.entry(p.program.clone())
                    .or_insert((section, p.ext.depends_on.clone()));
            }
        }
        let programs: BTreeSet<String> = self
            .doc
            .section_names()
            .iter()
            .filter(|s| is_program_like(s))
            .filter_map(|s| s.split_once(':').map(|x| py_strip(x.1).to_string()))
            .collect();
        for (name, (section, ds)) in &deps {
            for d in ds {
                if !programs.contains(d) {
                    let v = self.entry(section, "depends_on").map(|e| Val {
                        text: e.value.clone(),
                        file: Some(e.file),
                        line: Some(e.line),
                    });
                    return Err(self.err(
                        section,
                        v.as_ref(),
                        format!(
                            "depends_on names unknown program {} (in program {})",
                            d, name
                        ),
                    ));
                }
            }
        }
        // Depth-first search with colours; report the first cycle found in name order.
        let mut state: BTreeMap<&str, u8> = BTreeMap::new();
        fn visit<'a>(
            n: &'a str,
            deps: &'a BTreeMap<String, (String, Vec<String>)>,
            state: &mut BTreeMap<&'a str, u8>,
            stack: &mut Vec<&'a str>,
        ) -> Option<Vec<String>> {
            match state.get(n) {
                Some(2) => return None,
                Some(1) => {
                    let start = stack.iter().position(|s| *s == n).unwrap_or(0);
                    let mut cyc: Vec<String> =
                        stack[start..].iter().map(|s| s.to_string()).collect();
                    cyc.push(n.to_string());
                    return Some(cyc);
                }
                _ => {}
            }
            state.insert(n, 1);
            stack.push(n);
            if let Some((_, ds)) = deps.get(n) {
                for d in ds {
                    if let Some(c) = visit(d, deps, state, stack) {
                        return Some(c);
                    }
                }
            }
            stack.pop();
            state.insert(n, 2);
            None
        }
        for name in deps.keys() {
            let mut stack = Vec::new();
            if let Some(cycle) = visit(name, &deps, &mut state, &mut stack) {
                let section = deps.get(&cycle[0]).map(|x| x.0.clone()).unwrap_or_default();
                let v = self.entry(&section, "depends_on").map(|e| Val {
                    text: e.value.clone(),
                    file: Some(e.file),
                    line: Some(e.line),
                });
                return Err(self.err(
                    &section,
                    v.as_ref(),
                    format!("depends_on cycle: {}", cycle.join(" -> ")),
                ));
            }
        }
        Ok(())
    }

    fn auth(&self, section: &str) -> Result<(Option<String>, Option<String>), ConfigError> {
        let none = Expansions::new();
        let u = self
            .get(section, "username", None, &none, true)?
            .map(|v| v.text);
        let p = self
            .get(section, "password", None, &none, true)?
            .map(|v| v.text);
        if u.is_some() != p.is_some() {
            return Err(self.err(
                section,
                None,
                format!("Section [{}] contains incomplete authentication: If a username or a password is specified, both the username and password must be specified", section),
            ));
        }
        Ok((u, p))
    }

    fn servers(&self) -> Result<(Option<InetHttpServer>, Option<UnixHttpServer>), ConfigError> {
        let none = Expansions::new();
        let mut inet = None;
        let mut unix = None;
        for section in self.doc.section_names() {
            if !section.starts_with("inet_http_server") {
                continue;
            }
            let (username, password) = self.auth(&section)?;
            let Some(pv) = self.get(&section, "port", None, &none, true)? else {
                return Err(self.err(
                    &section,
                    None,
                    format!("section [{}] has no port value", section),
                ));
            };
            let (host, port) = self.conv(&section, &pv, inet_address)?;
            if inet.is_none() {
                inet = Some(InetHttpServer {
                    host,
                    port,
                    username,
                    password,
                });
            }
        }
        for section in self.doc.section_names() {
            if !section.starts_with("unix_http_server") {
                continue;
            }
            let Some(fv) = self.get(&section, "file", None, &self.here_exp(), true)? else {
                return Err(self.err(
                    &section,
                    None,
                    format!("section [{}] has no file value", section),
                ));
            };
            let file = PathBuf::from(normalize_path(py_strip(&fv.text)));
            let (username, password) = self.auth(&section)?;
            let chown = match self.get(&section, "chown", None, &none, true)? {
                Some(v) => Some(self.conv(&section, &v, |t| {
                    user_group(t).map_err(|_| format!("Invalid sockchown value {}", t))
                })?),
                None => None,
            };
            let chmod = match self.get(&section, "chmod", None, &none, true)? {
                Some(v) => self.conv(&section, &v, |t| {
                    octal(t).map_err(|_| format!("Invalid chmod value {}", t))
                })?,
                None => 0o700,
            };
            if unix.is_none() {
                unix = Some(UnixHttpServer {
                    file,
                    chmod,
                    chown,
                    username,
                    password,
                });
            }
        }
        Ok((inet, unix))
    }

    /// `[supervisorctl]` for the daemon's `Config`: read leniently (the daemon itself never
    /// uses it, and supervisord does not validate it).
    fn ctl(&self) -> CtlConfig {
        if !self.doc.has_section("supervisorctl") {
            return CtlConfig::default();
        }
        self.ctl_strict().unwrap_or(CtlConfig {
            present: true,
            ..CtlConfig::default()
        })
    }

    /// `[supervisorctl]` as supervisorctl reads it (expansion errors are errors).
    fn ctl_strict(&self) -> Result<CtlConfig, ConfigError> {
        let sec = "supervisorctl";
        let here = self.here_exp();
        let none = Expansions::new();
        let get = |k: &str, e: &Expansions| -> Result<Option<String>, ConfigError> {
            Ok(self.get(sec, k, None, e, true)?.map(|v| v.text))
        };
        let serverurl = get("serverurl", &here)?.map(|u| match u.strip_prefix("unix://") {
            Some(p) => format!("unix://{}", normalize_path(p)),
            None => u,
        });
        Ok(CtlConfig {
            present: self.doc.has_section(sec),
            serverurl,
            username: get("username", &none)?,
            password: get("password", &none)?,
            prompt: get("prompt", &none)?,
            history_file: get("history_file", &here)?
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(normalize_path(&h))),
        })
    }
}

/// Default `serverurl` of supervisorctl when neither the file nor `-s` gives one.
pub const CTL_DEFAULT_SERVERURL: &str = "http://localhost:9001";

/// supervisorctl's config file: `-c` if given, else the first existing search path, else
/// none (supervisorctl then runs with built-in defaults).
pub fn find_ctl_config_file(argv0: &Path) -> Option<PathBuf> {
    super::cli::search_paths(argv0)
        .into_iter()
        .find(|p| p.exists())
}

/// Reads `[supervisorctl]` the way supervisorctl does: only this file (no `[include]`), the
/// section must exist (`.ini file does not include supervisorctl section`), values are
/// %-expanded with `ENV_*` (and `here` for `serverurl`/`history_file`). Unset values stay
/// `None`; the caller applies defaults ([`CTL_DEFAULT_SERVERURL`], prompt `supervisor`).
pub fn load_ctl(path: &Path) -> Result<CtlConfig, ConfigError> {
    let env: BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let mut l = Loader {
        doc: IniDoc::new(),
        here: abs_dir_of(path),
        host: String::new(),
        env: env
            .iter()
            .map(|(k, v)| (format!("ENV_{}", k), ExpVal::Str(v.clone())))
            .collect(),
        main: path.to_path_buf(),
        warnings: Vec::new(),
        infos: Vec::new(),
    };
    let text = read_text(path)?;
    l.doc.read_str(&text, path).map_err(Loader::ini_err)?;
    if !l.doc.has_section("supervisorctl") {
        return Err(ConfigError {
            message: ".ini file does not include supervisorctl section".into(),
            section: None,
            file: Some(path.to_path_buf()),
            line: None,
        });
    }
    l.ctl_strict()
}

/// `tempfile.gettempdir()` as far as config parsing needs it: `$TMPDIR` when it names a
/// directory, else `/tmp`.
fn default_tempdir() -> String {
    for var in ["TMPDIR", "TEMP", "TMP"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() && Path::new(&v).is_dir() {
                return v;
            }
        }
    }
    "/tmp".into()
}

/// Splits a `stdout_logfile`/`stderr_logfile` value into sinks (Go-port extension).
///
/// Rule: the text is split at commas only when it contains `", "` (comma + blank) or when
/// every comma-separated piece is an absolute path (e.g. `/var/log/a.log,/dev/stdout`);
/// otherwise the whole text is one path, so `my,file.log` stays a single file name as in
/// Python. Empty pieces disable the split. Each sink gets `~` expansion.
pub fn split_log_paths(text: &str) -> Vec<PathBuf> {
    let pieces: Vec<&str> = text.split(',').map(py_strip).collect();
    let split = pieces.len() > 1
        && pieces.iter().all(|p| !p.is_empty())
        && (text.contains(", ") || pieces.iter().all(|p| p.starts_with('/')));
    if split {
        pieces
            .into_iter()
            .map(|p| PathBuf::from(expand_user(p)))
            .collect()
    } else {
        vec![PathBuf::from(expand_user(text))]
    }
}

fn parse_fcgi_socket(
    sock: &str,
    owner: Option<String>,
    mode: Option<u32>,
    backlog: Option<u32>,
) -> Result<FcgiSocket, String> {
    if let Some(path) = sock.strip_prefix("unix://") {
        if !path.starts_with('/') {
            return Err(format!("Unix socket path {} is not an absolute path", path));
        }
        let path = values::normalize_path(path);
        return Ok(FcgiSocket {
            url: format!("unix://{}", path),
            backlog,
            mode: Some(mode.unwrap_or(0o700)),
            owner,
        });
    }
    if owner.is_some() || mode.is_some() {
        return Err(
            "socket_owner and socket_mode params should only be used with a Unix domain socket"
                .into(),
        );
    }
    if let Some(rest) = sock.strip_prefix("tcp://") {
        if let Some((host, port)) = rest.rsplit_once(':') {
            let host_ok = !host.is_empty() && !host.contains(':') && !host.chars().any(py_space);
            let port_ok = !port.is_empty() && port.chars().all(|c| c.is_ascii_digit());
            if host_ok && port_ok {
                let p: i64 = port.parse().unwrap_or(0);
                if !(1..=65535).contains(&p) {
                    return Err(format!("{} is not a valid port number", p));
                }
                return Ok(FcgiSocket {
                    url: format!("tcp://{}:{}", host.to_lowercase(), p),
                    backlog,
                    mode: None,
                    owner: None,
                });
            }
        }
    }
    Err(format!("Bad socket format {}", sock))
}
