//! `[program:x]` options: everything that makes a section's processes. The same reader
//! serves `[eventlistener:x]` and `[fcgi-program:x]`, whose group-level options are read
//! by their own modules.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::error::ConfigError;
use crate::config::expand::{expand, ExpVal, Expansions};
use crate::config::ini::py_strip;
use crate::config::model::{
    AutoRestart, ChildLog, LogFormat, ProcessConfig, ProcessExt, Signal, StreamLog,
};
use crate::config::reader::{s, SectionReader, Source, Val};
use crate::config::syslog::{self, Format, SyslogSettings, SyslogSink};
use crate::config::values::{
    auto_restart, boolean, byte_size, byte_size_signed, env_dict, exit_codes, expand_user, integer,
    list_of_strings, octal, process_or_group_name, py_int, signal_number, unsigned,
};
use crate::states as state;

/// `exit_policy=` values.
pub const EXIT_POLICIES: &[&str] = &["none", "shutdown-on-fatal", "shutdown-on-exit"];

/// Upper bound on `numprocs` (a typo such as `numprocs=1000000000` must not eat the machine).
pub const MAX_NUMPROCS: i64 = 100_000;

/// Options of a section that are the same for each of its `numprocs` processes.
struct Shared {
    priority: i64,
    autostart: bool,
    autorestart: AutoRestart,
    startsecs: u64,
    startretries: u64,
    stopsignals: Vec<Signal>,
    stopwaitsecs: u64,
    stopasgroup: bool,
    killasgroup: bool,
    exitcodes: Vec<i32>,
    redirect_stderr: bool,
    numprocs: i64,
    numprocs_start: i64,
    /// `environment`, expanded per process.
    environment: Val,
    /// `(capture_maxbytes, events_enabled)` of stdout and stderr.
    capture: [(u64, bool); 2],
    /// `None` = AUTO; an empty value stays empty, as in supervisor.
    serverurl: Option<String>,
    user: Option<String>,
    umask: Option<u32>,
    /// `process_name`, checked but not expanded yet.
    process_name: String,
    process_name_val: Val,
    /// Negative values of unsigned options (see [`ProcessExt::raw_negatives`]).
    negatives: BTreeMap<String, i64>,
    ext: ProcessExt,
}

/// The processes of a program-like `section` in group `group_name`, sorted by
/// (priority, name). Warnings about logging go to `warnings`.
pub fn processes(
    src: &Source,
    warnings: &mut Vec<String>,
    section: &str,
    group_name: &str,
) -> Result<Vec<ProcessConfig>, ConfigError> {
    let kind = section.split(':').next().unwrap_or("program").to_string();
    let program_name = src.reader(section, Expansions::new()).name()?;
    let mut common = src.here_exp();
    common.insert("program_name".into(), s(&program_name));
    common.insert("host_node_name".into(), s(&src.host));
    common.insert("group_name".into(), s(group_name));
    // supervisor mutates one expansions dict across the numprocs loop (process env ENV_*
    // names persist into later processes); the reader's `exp` is that dict.
    let mut r = src.reader(section, common);
    let sh = read_shared(&r)?;
    let mut out = Vec::new();
    let mut ext = None;
    let mut n = sh.numprocs_start;
    while n < sh.numprocs_start.saturating_add(sh.numprocs) {
        r.exp.insert("process_num".into(), ExpVal::Int(n));
        r.exp.insert("numprocs".into(), ExpVal::Int(sh.numprocs));
        for (k, v) in &src.env {
            r.exp.insert(k.clone(), v.clone());
        }
        let env_text = expand(&sh.environment.text, &r.exp, "environment")
            .map_err(|m| r.err(Some(&sh.environment), m))?;
        let environment = r.parse(
            &Val {
                text: env_text,
                ..sh.environment.clone()
            },
            env_dict,
        )?;
        for (k, v) in &environment {
            r.exp.insert(format!("ENV_{}", k), s(v));
        }
        let directory = r.opt_string("directory")?;
        let mut negatives = sh.negatives.clone();
        let stdout = stream(&r, warnings, "stdout", sh.capture[0], &mut negatives)?;
        let mut stderr = stream(&r, warnings, "stderr", sh.capture[1], &mut negatives)?;
        if sh.redirect_stderr {
            if matches!(stderr.logfile, ChildLog::Paths(_)) {
                warnings.push(format!(
                    "For [{}], redirect_stderr=true but stderr_logfile has also been set to a filename, the filename has been ignored",
                    section
                ));
            }
            stderr.logfile = ChildLog::None;
        }
        let Some(cmd) = r.get("command")? else {
            return Err(r.err(
                None,
                format!("program section {} does not specify a command", section),
            ));
        };
        let name = expand(&sh.process_name, &r.exp, "process_name")
            .map_err(|m| r.err(Some(&sh.process_name_val), m))?;
        out.push(ProcessConfig {
            name,
            group: group_name.to_string(),
            program: program_name.clone(),
            section_kind: kind.clone(),
            process_num: n,
            command: cmd.text,
            priority: sh.priority,
            autostart: sh.autostart,
            autorestart: sh.autorestart,
            startsecs: sh.startsecs,
            startretries: sh.startretries,
            exitcodes: sh.exitcodes.clone(),
            stopsignals: sh.stopsignals.clone(),
            stopwaitsecs: sh.stopwaitsecs,
            stopasgroup: sh.stopasgroup,
            killasgroup: sh.killasgroup,
            user: sh.user.clone(),
            directory,
            umask: sh.umask,
            environment,
            redirect_stderr: sh.redirect_stderr,
            stdout,
            stderr,
            serverurl: sh.serverurl.clone(),
            ext: shared_ext(&mut ext, &sh.ext, negatives),
        });
        n += 1;
    }
    out.sort_by(|a, b| (a.priority, &a.name).cmp(&(b.priority, &b.name)));
    Ok(out)
}

/// The extensions of the next process of a program: the previous process's, shared, when
/// its negatives are the same (they almost always are: every process of a `numprocs`
/// program then holds one copy, not one each).
fn shared_ext(
    last: &mut Option<Arc<ProcessExt>>,
    common: &ProcessExt,
    negatives: BTreeMap<String, i64>,
) -> Arc<ProcessExt> {
    match last {
        Some(prev) if prev.raw_negatives == negatives => Arc::clone(prev),
        _ => {
            let ext = Arc::new(ProcessExt {
                raw_negatives: negatives,
                ..common.clone()
            });
            *last = Some(Arc::clone(&ext));
            ext
        }
    }
}

/// Reads `key` (or `default`) with `parse`, noting in `negatives` a negative value that
/// `signed` reads from the same text.
fn noting_negative<T>(
    r: &SectionReader,
    negatives: &mut BTreeMap<String, i64>,
    key: &str,
    default: &str,
    parse: fn(&str) -> Result<T, String>,
    signed: fn(&str) -> Result<i64, String>,
) -> Result<T, ConfigError> {
    let v = r.get_or(key, default)?;
    let out = r.parse(&v, parse)?;
    if let Ok(n) = signed(&v.text) {
        if n < 0 {
            negatives.insert(key.to_string(), n);
        }
    }
    Ok(out)
}

/// The options of [`Shared`], in supervisor's reading order (the first bad one is the
/// error).
fn read_shared(r: &SectionReader) -> Result<Shared, ConfigError> {
    let mut neg = BTreeMap::new();
    let priority = r.int("priority", "999")?;
    let autostart = r.boolean("autostart", "true")?;
    let autorestart = r.typed("autorestart", "unexpected", auto_restart)?;
    let startsecs = noting_negative(r, &mut neg, "startsecs", "1", unsigned::<u64>, py_int)?;
    let startretries = noting_negative(r, &mut neg, "startretries", "3", unsigned::<u64>, py_int)?;
    // A comma-separated list tried in turn (supervisor accepts one signal).
    let stopsignals = r.typed("stopsignal", "TERM", |t| {
        t.split(',')
            .map(|p| signal_number(p).map(Signal))
            .collect::<Result<Vec<_>, _>>()
    })?;
    let stopwaitsecs = noting_negative(r, &mut neg, "stopwaitsecs", "10", unsigned::<u64>, py_int)?;
    let stopasgroup = r.boolean("stopasgroup", "false")?;
    let killasgroup = r.boolean("killasgroup", if stopasgroup { "true" } else { "false" })?;
    let mut exitcodes = r.typed("exitcodes", "0", exit_codes)?;
    exitcodes.sort();
    let redirect_stderr = r.boolean("redirect_stderr", "false")?;
    let numprocs_v = r.get_or("numprocs", "1")?;
    let numprocs = r.parse(&numprocs_v, integer)?;
    if numprocs > MAX_NUMPROCS {
        return Err(r.err(
            Some(&numprocs_v),
            format!(
                "numprocs {} is larger than the supported maximum {}",
                numprocs, MAX_NUMPROCS
            ),
        ));
    }
    let numprocs_start = r.int("numprocs_start", "0")?;
    let environment = r.raw_or("environment", "");
    let mut capture = [(0, false); 2];
    for (i, k) in ["stdout", "stderr"].into_iter().enumerate() {
        let key = format!("{}_capture_maxbytes", k);
        capture[i].0 = noting_negative(r, &mut neg, &key, "0", byte_size, byte_size_signed)?;
        capture[i].1 = r.boolean(&format!("{}_events_enabled", k), "false")?;
    }
    let serverurl = r
        .opt_string("serverurl")?
        .filter(|u| py_strip(u).to_uppercase() != "AUTO");
    let user = r.user()?.map(|v| v.text);
    let umask = r.opt("umask", octal)?;
    let process_name_val = r.raw_or("process_name", "%(program_name)s");
    let process_name = r.parse(&process_name_val, process_or_group_name)?;
    if numprocs > 1 && !process_name.contains("%(process_num)") {
        return Err(r.err(
            Some(&process_name_val),
            "%(process_num) must be present within process_name when numprocs > 1".into(),
        ));
    }
    if stopasgroup && !killasgroup {
        return Err(r.err(
            None,
            "Cannot set stopasgroup=true and killasgroup=false".into(),
        ));
    }
    Ok(Shared {
        priority,
        autostart,
        autorestart,
        startsecs,
        startretries,
        stopsignals,
        stopwaitsecs,
        stopasgroup,
        killasgroup,
        exitcodes,
        redirect_stderr,
        numprocs,
        numprocs_start,
        environment,
        capture,
        serverurl,
        user,
        umask,
        process_name,
        process_name_val,
        negatives: neg,
        ext: read_ext(r)?,
    })
}

/// The log options of stream `k` (`stdout` or `stderr`) of one process.
fn stream(
    r: &SectionReader,
    warnings: &mut Vec<String>,
    k: &str,
    (capture_maxbytes, events_enabled): (u64, bool),
    negatives: &mut BTreeMap<String, i64>,
) -> Result<StreamLog, ConfigError> {
    let lf_key = format!("{}_logfile", k);
    let mut syslog_sinks = Vec::new();
    let (logfile, deprecated_syslog) = match r.get(&lf_key)? {
        None => (ChildLog::Auto, false),
        Some(v) => {
            // supervisor expands the logfile a second time with the process's names.
            let t = expand(&v.text, &r.exp, &lf_key).map_err(|m| r.err(Some(&v), m))?;
            match t.to_lowercase().as_str() {
                "none" | "off" => (ChildLog::None, false),
                "auto" => (ChildLog::Auto, false),
                "syslog" => {
                    warnings.push(format!(
                        "For [{}], {}=syslog but this is deprecated and will be removed.  Use {}_syslog=true to enable syslog instead.",
                        r.section, lf_key, k
                    ));
                    (ChildLog::None, true)
                }
                _ => {
                    let mut paths = Vec::new();
                    for piece in split_log_paths(&t) {
                        match SyslogSink::parse_item(&piece.to_string_lossy()) {
                            Some(sink) => syslog_sinks.push(
                                sink.map_err(|m| r.err(Some(&v), format!("{m} ({lf_key})")))?,
                            ),
                            None => paths.push(piece),
                        }
                    }
                    let missing = paths.iter().find(|p| !super::parent_dir_exists(p));
                    if let Some(missing) = missing.filter(|_| r.src.machine_checks) {
                        return Err(r.err(
                            Some(&v),
                            format!(
                                "The directory named as part of the path {} does not exist ({lf_key})",
                                missing.display()
                            ),
                        ));
                    }
                    if paths.is_empty() {
                        (ChildLog::None, false)
                    } else {
                        (ChildLog::Paths(paths), false)
                    }
                }
            }
        }
    };
    let backups_key = format!("{}_logfile_backups", k);
    let backups = noting_negative(r, negatives, &backups_key, "10", unsigned::<u32>, py_int)?;
    let maxbytes_key = format!("{}_logfile_maxbytes", k);
    let maxbytes = noting_negative(
        r,
        negatives,
        &maxbytes_key,
        "50MB",
        byte_size,
        byte_size_signed,
    )?;
    let syslog = r.boolean(&format!("{}_syslog", k), "false")?;
    if logfile == ChildLog::Auto && maxbytes == 0 {
        warnings.push(format!(
            "For [{}], AUTO logging used for {} without rollover, set maxbytes > 0 to avoid filling up filesystem unintentionally",
            r.section, lf_key
        ));
    }
    Ok(StreamLog {
        logfile,
        maxbytes,
        backups,
        capture_maxbytes,
        events_enabled,
        syslog: syslog || deprecated_syslog,
        syslog_sinks,
        pipe: crate::config::logpipe::read(r, &format!("{k}_logfile"))?,
    })
}

/// The extension keys of a program-like section (supervisor ignores them).
fn read_ext(r: &SectionReader) -> Result<ProcessExt, ConfigError> {
    let names = |v: Val| -> Vec<String> {
        list_of_strings(&v.text)
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect()
    };
    let mut x = ProcessExt {
        section_index: r.src.doc.section_position(r.section).unwrap_or(usize::MAX),
        priority_given: r.src.entry(r.section, "priority").is_some(),
        ..ProcessExt::default()
    };
    x.startinorder = r.opt("startinorder", boolean)?.unwrap_or(false);
    let startable: Vec<&str> = state::ALL
        .iter()
        .filter(|&&(code, _)| code != state::UNKNOWN)
        .map(|&(_, name)| name)
        .collect();
    x.startnextafter = r
        .choice("startnextafter", true, &startable, " ")?
        .or(Some(state::name(state::RUNNING).into()));
    if let Some(v) = r.get("depends_on")? {
        x.depends_on = names(v.clone())
            .iter()
            .map(|d| crate::ordering::Dependency::parse(d))
            .collect::<Result<_, _>>()
            .map_err(|m| r.err(Some(&v), m))?;
    }
    if let Some(v) = r.get("ready")? {
        crate::readiness::ReadySpec::parse(&v.text).map_err(|e| r.err(Some(&v), e.0))?;
        x.ready = Some(v.text);
    }
    for (key, slot) in [
        ("ready_timeout", &mut x.ready_timeout),
        ("ready_interval", &mut x.ready_interval),
    ] {
        if let Some(v) = r.get(key)? {
            crate::readiness::parse_seconds(key, &v.text).map_err(|e| r.err(Some(&v), e.0))?;
            *slot = Some(v.text);
        }
    }
    x.env_files = r
        .get("envfiles")?
        .map(names)
        .unwrap_or_default()
        .into_iter()
        .map(|p| PathBuf::from(expand_user(&p)))
        .collect();
    x.restart_when_binary_changed = r
        .opt("restart_when_binary_changed", boolean)?
        .unwrap_or(false);
    super::watch_keys::read(r, &mut x)?;
    x.log_timestamps = r.opt("log_timestamps", boolean)?.unwrap_or(false);
    x.stdout_logfile_format = log_format(r, "stdout_logfile_format")?;
    x.stderr_logfile_format = log_format(r, "stderr_logfile_format")?;
    x.exit_policy = r.choice("exit_policy", false, EXIT_POLICIES, ", ")?;
    x.syslog = read_syslog(r)?;
    super::lifecycle::read(r, &mut x)?;
    super::resource_keys::read(r, &mut x)?;
    Ok(x)
}

/// `stdout_logfile_format` / `stderr_logfile_format` (default `text`).
fn log_format(r: &SectionReader, key: &str) -> Result<LogFormat, ConfigError> {
    Ok(
        match r.choice(key, false, LogFormat::NAMES, ", ")?.as_deref() {
            Some("json") => LogFormat::Json,
            _ => LogFormat::Text,
        },
    )
}

/// The syslog keys (Go port's names and defaults, see `config::syslog`).
fn read_syslog(r: &SectionReader) -> Result<SyslogSettings, ConfigError> {
    let mut st = SyslogSettings::default();
    let named =
        |key: &str, parse: fn(&str) -> Result<u8, String>| -> Result<Option<u8>, ConfigError> {
            match r.get(key)? {
                Some(v) => parse(&v.text)
                    .map(Some)
                    .map_err(|m| r.err(Some(&v), format!("{m} ({key})"))),
                None => Ok(None),
            }
        };
    if let Some(f) = named("syslog_facility", syslog::facility)? {
        st.facility = f;
    }
    if let Some(p) = named("syslog_stdout_priority", syslog::severity)? {
        st.stdout_priority = p;
    }
    if let Some(p) = named("syslog_stderr_priority", syslog::severity)? {
        st.stderr_priority = p;
    }
    st.tag = r
        .get("syslog_tag")?
        .map(|v| v.text.trim().to_string())
        .filter(|t| !t.is_empty());
    if let Some(v) = r.get("syslog_format")? {
        st.format =
            Format::parse(&v.text).map_err(|m| r.err(Some(&v), format!("{m} (syslog_format)")))?;
    }
    Ok(st)
}

/// Splits a `stdout_logfile`/`stderr_logfile` value into sinks (an extension).
///
/// Rule: the text is split at commas only when it contains `", "` (comma + blank) or when
/// every comma-separated piece is an absolute path (e.g. `/var/log/a.log,/dev/stdout`);
/// otherwise the whole text is one path, so `my,file.log` stays a single file name as in
/// supervisor. Empty pieces disable the split. Each sink gets `~` expansion.
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
