//! `config::load`: reads the main file and its includes, then builds the validated
//! [`Config`] the way supervisor 4.3's `ServerOptions.read_config` and `realize` do. User
//! lookups and directory checks are left to the daemon, which does them when it starts.
//!
//! This module only orchestrates: the sections are read by `config::sections`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::cli::Overrides;
use super::error::ConfigError;
use super::expand::expand;
use super::glob::glob;
use super::ini::{py_space, py_strip};
use super::model::*;
use super::reader::{is_program_like, s, Source, Val};
use super::sections::{ctl, eventlistener, fcgi, group, server, supervisord};
use super::values::{abs_dir_of, path_join};

pub use super::sections::program::{split_log_paths, EXIT_POLICIES, MAX_NUMPROCS};

/// Reads and validates `path` (and its `[include]`s). Starts nothing, resolves no users.
pub fn load(path: &Path, overrides: &Overrides) -> Result<Config, ConfigError> {
    load_with_env(path, overrides, &process_env())
}

/// The process environment (entries that are not UTF-8 are left out).
fn process_env() -> BTreeMap<String, String> {
    std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect()
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
    let mut src = Source::new(path.to_path_buf(), host, env);
    src.machine_checks = !overrides.portable;
    let mut l = Loader {
        src,
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

struct Loader {
    src: Source,
    warnings: Vec<String>,
    infos: Vec<String>,
}

impl Loader {
    fn read_all(&mut self) -> Result<(), ConfigError> {
        let main = self.src.main.clone();
        let text = read_text(&main)?;
        self.src
            .doc
            .read_str(&text, &main)
            .map_err(Source::ini_err)?;
        if !self.src.doc.has_section("include") {
            return Ok(());
        }
        let here = self.src.here.clone();
        self.src.doc.expand_here(&here);
        let Some(files) = self.src.doc.get("include", "files").cloned() else {
            return Err(ConfigError {
                message: ".ini file has [include] section, but no files setting".into(),
                section: Some("include".into()),
                file: Some(main),
                line: None,
            });
        };
        let mut exp = self.src.env.clone();
        exp.insert("here".into(), s(&here));
        exp.insert("host_node_name".into(), s(&self.src.host));
        let v = Val {
            text: files.value.clone(),
            file: Some(files.file),
            line: Some(files.line),
        };
        let files_text = expand(&files.value, &exp, "include.files")
            .map_err(|m| self.src.err("include", Some(&v), m))?;
        for pattern in files_text.split(py_space).filter(|p| !p.is_empty()) {
            let full = path_join(&here, pattern);
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
                self.read_include(&f)?;
            }
        }
        Ok(())
    }

    /// Adds the sections of included file `f`.
    fn read_include(&mut self, f: &Path) -> Result<(), ConfigError> {
        self.infos.push(format!(
            "Included extra file \"{}\" during parsing",
            f.display()
        ));
        if f.is_dir() {
            // Python's RawConfigParser.read silently skips what it cannot open.
            return Ok(());
        }
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                self.warnings.push(format!(
                    "Could not read included file \"{}\": {}",
                    f.display(),
                    e
                ));
                return Ok(());
            }
        };
        let text = String::from_utf8(bytes).map_err(|e| ConfigError {
            message: format!(
                "file is not valid UTF-8 (byte offset {})",
                e.utf8_error().valid_up_to()
            ),
            section: None,
            file: Some(f.to_path_buf()),
            line: None,
        })?;
        self.src.doc.read_str(&text, f).map_err(Source::ini_err)?;
        self.src.doc.expand_here(&abs_dir_of(f));
        Ok(())
    }

    fn build(mut self, ov: &Overrides) -> Result<Config, ConfigError> {
        if !self.src.doc.has_section("supervisord") {
            return Err(self
                .src
                .file_err(".ini file does not include supervisord section"));
        }
        let sup = supervisord::read(&self.src, ov)?;
        for (k, v) in &sup.environment {
            self.src.env.insert(format!("ENV_{}", k), s(v));
        }
        supervisord::check_rpcinterfaces(&self.src)?;
        let mut groups = self.groups()?;
        for g in &mut groups {
            for p in &mut g.processes {
                // Not shared yet: `make_mut` copies nothing.
                let p = std::sync::Arc::make_mut(p);
                let mut env = sup.environment.clone();
                env.extend(std::mem::take(&mut p.environment));
                p.environment = env;
            }
        }
        check_depends_on(&self.src, &groups)?;
        let inet = server::inet(&self.src)?;
        let unix = server::unix(&self.src)?;
        Ok(Config {
            path: self.src.main.clone(),
            files: self.src.doc.files.clone(),
            supervisord: sup,
            groups,
            unix_http_server: unix,
            inet_http_server: inet,
            supervisorctl: ctl::lenient(&self.src),
            warnings: self.warnings,
            infos: self.infos,
        })
    }

    /// Every group in supervisor's order of reading (`[group:x]`, then programs, event
    /// listeners, FastCGI programs; the first error wins), sorted by (priority, name).
    fn groups(&mut self) -> Result<Vec<GroupConfig>, ConfigError> {
        let (src, warnings) = (&self.src, &mut self.warnings);
        let (mut groups, claimed) = group::groups(src, warnings)?;
        groups.extend(group::program_groups(src, warnings, &claimed)?);
        groups.extend(eventlistener::groups(src, warnings)?);
        groups.extend(fcgi::groups(src, warnings, &claimed)?);
        groups.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
        Ok(groups)
    }
}

/// `depends_on`: every name must be a program (program, fcgi-program or eventlistener
/// section name) and the graph must be acyclic. Errors point at the `depends_on` line.
fn check_depends_on(src: &Source, groups: &[GroupConfig]) -> Result<(), ConfigError> {
    // Program name → (section, depends_on), in name order.
    let mut deps: BTreeMap<&str, (String, &[crate::ordering::Dependency])> = BTreeMap::new();
    for p in groups.iter().flat_map(|g| &g.processes) {
        let section = format!("{}:{}", p.section_kind, p.program);
        deps.entry(&p.program)
            .or_insert((section, &p.ext.depends_on));
    }
    let programs: BTreeSet<String> = src
        .doc
        .section_names()
        .iter()
        .filter(|s| is_program_like(s))
        .filter_map(|s| s.split_once(':').map(|x| py_strip(x.1).to_string()))
        .collect();
    let at_depends_on = |section: &str, message: String| {
        src.err(section, src.raw(section, "depends_on").as_ref(), message)
    };
    for (name, (section, ds)) in &deps {
        if let Some(d) = ds.iter().find(|d| !programs.contains(&d.program)) {
            return Err(at_depends_on(
                section,
                format!(
                    "depends_on names unknown program {} (in program {})",
                    d.program, name
                ),
            ));
        }
    }
    // Names without a section of their own (a group member's program) have no edges.
    let names: Vec<&str> = deps.keys().copied().collect();
    let edges: Vec<Vec<usize>> = deps
        .values()
        .map(|(_, ds)| {
            ds.iter()
                .filter_map(|d| names.binary_search(&d.program.as_str()).ok())
                .collect()
        })
        .collect();
    if let Some(cycle) = crate::ordering::find_cycle(&edges) {
        let path: Vec<&str> = cycle.iter().map(|&i| names[i]).collect();
        let section = deps.get(names[cycle[0]]).map_or("", |d| d.0.as_str());
        return Err(at_depends_on(
            section,
            format!("depends_on cycle: {}", path.join(" -> ")),
        ));
    }
    Ok(())
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
    let mut src = Source::new(path.to_path_buf(), String::new(), &process_env());
    let text = read_text(path)?;
    src.doc.read_str(&text, path).map_err(Source::ini_err)?;
    if !src.doc.has_section("supervisorctl") {
        return Err(src.file_err(".ini file does not include supervisorctl section"));
    }
    ctl::strict(&src)
}
