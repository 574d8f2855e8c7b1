//! What differs between two configs, per group and per process, with the option names
//! that changed: what `update` applies process by process, `update --dry-run` prints and
//! `reloadConfig`'s Python-shaped `changed` list is derived from.
//!
//! Two process configs are equal the way Python's `ProcessConfig.__eq__` compares them: a
//! child log that is AUTO on either side is not compared (the running side holds the file
//! it created), nor a `serverurl` that is AUTO on either side. Where a section stands in
//! the file (`section_index`) is not an option and never counts.

use std::collections::BTreeSet;

use super::syslog::SyslogSettings;
use super::{
    ChangeAction, ChildLog, FileWatch, GroupConfig, GroupKind, ProcessConfig, ProcessExt, StreamLog,
};

/// How one group or process differs between the new config and the running one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only in the new config.
    Added,
    /// Only in the running config.
    Removed,
    /// In both, with these options different (for a group: its own options, which may be
    /// none when only its processes changed).
    Changed(Vec<String>),
    /// In both, equal.
    Unchanged,
}

impl Change {
    /// `added`, `removed`, `changed` or `unchanged`.
    pub fn word(&self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed(_) => "changed",
            Change::Unchanged => "unchanged",
        }
    }

    /// The options that changed (empty unless `Changed`).
    pub fn keys(&self) -> &[String] {
        match self {
            Change::Changed(k) => k,
            _ => &[],
        }
    }
}

/// One process of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessDiff {
    pub name: String,
    pub change: Change,
}

/// One group: its own change and each of its processes', sorted by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDiff {
    pub name: String,
    pub change: Change,
    pub processes: Vec<ProcessDiff>,
    /// The group can only be updated as a whole (an event listener pool or FastCGI
    /// group that changed, or a group that changed kind): its processes share the pool
    /// or socket the group owns.
    pub whole_group: bool,
}

impl GroupDiff {
    /// Whether anything in the group differs.
    pub fn is_change(&self) -> bool {
        self.change != Change::Unchanged
    }
}

/// Every group of either side, sorted by name.
pub fn diff_groups(new: &[GroupConfig], running: &[GroupConfig]) -> Vec<GroupDiff> {
    let names: BTreeSet<&str> = new.iter().chain(running).map(|g| g.name.as_str()).collect();
    names
        .into_iter()
        .map(|name| {
            let n = new.iter().find(|g| g.name == name);
            let r = running.iter().find(|g| g.name == name);
            diff_group(name, n, r)
        })
        .collect()
}

/// One group; `None` where the side has no such group.
pub fn diff_group(
    name: &str,
    new: Option<&GroupConfig>,
    running: Option<&GroupConfig>,
) -> GroupDiff {
    let all = |g: &GroupConfig, change: Change| {
        let mut v: Vec<ProcessDiff> = g
            .processes
            .iter()
            .map(|p| ProcessDiff {
                name: p.name.clone(),
                change: change.clone(),
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    };
    let (change, processes, whole_group) = match (new, running) {
        (Some(n), None) => (Change::Added, all(n, Change::Added), false),
        (None, Some(r)) => (Change::Removed, all(r, Change::Removed), false),
        (None, None) => (Change::Unchanged, Vec::new(), false),
        (Some(n), Some(r)) => {
            let keys = group_keys(n, r);
            let processes = diff_processes(n, r);
            let any = !keys.is_empty() || processes.iter().any(|p| p.change != Change::Unchanged);
            let kind_bound =
                !matches!((&n.kind, &r.kind), (GroupKind::Process, GroupKind::Process));
            let change = if any {
                Change::Changed(keys)
            } else {
                Change::Unchanged
            };
            (change, processes, any && kind_bound)
        }
    };
    GroupDiff {
        name: name.to_string(),
        change,
        processes,
        whole_group,
    }
}

/// Processes of two versions of a group, matched by name, sorted by name.
fn diff_processes(new: &GroupConfig, running: &GroupConfig) -> Vec<ProcessDiff> {
    let names: BTreeSet<&str> = new
        .processes
        .iter()
        .chain(&running.processes)
        .map(|p| p.name.as_str())
        .collect();
    names
        .into_iter()
        .map(|name| {
            let n = new.processes.iter().find(|p| p.name == name);
            let r = running.processes.iter().find(|p| p.name == name);
            let change = match (n, r) {
                (Some(_), None) => Change::Added,
                (None, Some(_)) => Change::Removed,
                (Some(a), Some(b)) => {
                    let keys = changed_keys(a, b);
                    if keys.is_empty() {
                        Change::Unchanged
                    } else {
                        Change::Changed(keys)
                    }
                }
                (None, None) => Change::Unchanged,
            };
            ProcessDiff {
                name: name.to_string(),
                change,
            }
        })
        .collect()
}

/// The group's own options that differ (not its processes').
pub fn group_keys(a: &GroupConfig, b: &GroupConfig) -> Vec<String> {
    let mut keys = Vec::new();
    if a.priority != b.priority {
        keys.push("priority".to_string());
    }
    match (&a.kind, &b.kind) {
        (GroupKind::Process, GroupKind::Process) => {}
        (
            GroupKind::EventListener {
                events: e1,
                buffer_size: s1,
                result_handler: h1,
            },
            GroupKind::EventListener {
                events: e2,
                buffer_size: s2,
                result_handler: h2,
            },
        ) => {
            for (key, differs) in [
                ("events", e1 != e2),
                ("buffer_size", s1 != s2),
                ("result_handler", h1 != h2),
            ] {
                if differs {
                    keys.push(key.to_string());
                }
            }
        }
        (GroupKind::Fcgi(s1), GroupKind::Fcgi(s2)) => {
            for (key, differs) in [
                ("socket", s1.url != s2.url),
                ("socket_backlog", s1.backlog != s2.backlog),
                ("socket_mode", s1.mode != s2.mode),
                ("socket_owner", s1.owner != s2.owner),
            ] {
                if differs {
                    keys.push(key.to_string());
                }
            }
        }
        _ => keys.push("type".to_string()),
    }
    keys
}

/// The options of two configs of one process that differ, by their config names, in a
/// fixed order. Empty when Python would call them equal.
pub fn changed_keys(a: &ProcessConfig, b: &ProcessConfig) -> Vec<String> {
    // Destructured without `..`: a new field must be added here to compile.
    let ProcessConfig {
        name,
        group,
        program,
        section_kind,
        process_num,
        command,
        priority,
        autostart,
        autorestart,
        startsecs,
        startretries,
        exitcodes,
        stopsignals,
        stopwaitsecs,
        stopasgroup,
        killasgroup,
        user,
        directory,
        umask,
        environment,
        redirect_stderr,
        stdout,
        stderr,
        serverurl,
        ext,
    } = a;
    let mut keys: Vec<String> = Vec::new();
    let mut check = |key: &str, differs: bool| {
        if differs {
            keys.push(key.to_string());
        }
    };
    check("process_name", *name != b.name);
    check("group", *group != b.group);
    check("program", *program != b.program);
    check("type", *section_kind != b.section_kind);
    check("process_num", *process_num != b.process_num);
    check("command", *command != b.command);
    check("priority", *priority != b.priority);
    check("autostart", *autostart != b.autostart);
    check("autorestart", *autorestart != b.autorestart);
    check("startsecs", *startsecs != b.startsecs);
    check("startretries", *startretries != b.startretries);
    check("exitcodes", *exitcodes != b.exitcodes);
    check("stopsignal", *stopsignals != b.stopsignals);
    check("stopwaitsecs", *stopwaitsecs != b.stopwaitsecs);
    check("stopasgroup", *stopasgroup != b.stopasgroup);
    check("killasgroup", *killasgroup != b.killasgroup);
    check("user", *user != b.user);
    check("directory", *directory != b.directory);
    check("umask", *umask != b.umask);
    check("environment", *environment != b.environment);
    check("redirect_stderr", *redirect_stderr != b.redirect_stderr);
    let auto_url = serverurl.is_none() || b.serverurl.is_none();
    check("serverurl", !auto_url && *serverurl != b.serverurl);
    stream_keys("stdout", stdout, &b.stdout, &mut keys);
    stream_keys("stderr", stderr, &b.stderr, &mut keys);
    ext_keys(ext, &b.ext, &mut keys);
    keys
}

fn stream_keys(prefix: &str, a: &StreamLog, b: &StreamLog, keys: &mut Vec<String>) {
    let StreamLog {
        logfile,
        maxbytes,
        backups,
        capture_maxbytes,
        events_enabled,
        syslog,
        syslog_sinks,
        pipe,
    } = a;
    keys.extend(pipe.changed_keys(&b.pipe, &format!("{prefix}_logfile")));
    let auto = *logfile == ChildLog::Auto || b.logfile == ChildLog::Auto;
    let sinks = *syslog_sinks != b.syslog_sinks;
    for (key, differs) in [
        ("logfile", (!auto && *logfile != b.logfile) || sinks),
        ("logfile_maxbytes", *maxbytes != b.maxbytes),
        ("logfile_backups", *backups != b.backups),
        ("capture_maxbytes", *capture_maxbytes != b.capture_maxbytes),
        ("events_enabled", *events_enabled != b.events_enabled),
        ("syslog", *syslog != b.syslog),
    ] {
        if differs {
            keys.push(format!("{prefix}_{key}"));
        }
    }
}

fn ext_keys(a: &ProcessExt, b: &ProcessExt, keys: &mut Vec<String>) {
    let ProcessExt {
        startinorder,
        startnextafter,
        depends_on,
        ready,
        ready_timeout,
        ready_interval,
        env_files,
        restart_when_binary_changed,
        binary_change,
        file_watch,
        cron,
        log_timestamps,
        stdout_logfile_format,
        stderr_logfile_format,
        exit_policy,
        syslog,
        liveness,
        pre_start_hook,
        pre_stop_hook,
        hook_timeout,
        restartpause,
        killwaitsecs,
        resources,
        raw_negatives,
        section_index: _,
        priority_given,
    } = a;
    for (key, differs) in [
        ("startinorder", *startinorder != b.startinorder),
        ("startnextafter", *startnextafter != b.startnextafter),
        ("depends_on", *depends_on != b.depends_on),
        ("ready", *ready != b.ready),
        ("ready_timeout", *ready_timeout != b.ready_timeout),
        ("ready_interval", *ready_interval != b.ready_interval),
        ("envFiles", *env_files != b.env_files),
        (
            "restart_when_binary_changed",
            *restart_when_binary_changed != b.restart_when_binary_changed,
        ),
        ("cron", *cron != b.cron),
        ("log_timestamps", *log_timestamps != b.log_timestamps),
        (
            "stdout_logfile_format",
            *stdout_logfile_format != b.stdout_logfile_format,
        ),
        (
            "stderr_logfile_format",
            *stderr_logfile_format != b.stderr_logfile_format,
        ),
        ("exit_policy", *exit_policy != b.exit_policy),
        ("liveness_check_*", *liveness != b.liveness),
        ("pre_start_hook", *pre_start_hook != b.pre_start_hook),
        ("pre_stop_hook", *pre_stop_hook != b.pre_stop_hook),
        ("hook_timeout", *hook_timeout != b.hook_timeout),
        ("restartpause", *restartpause != b.restartpause),
        ("killwaitsecs", *killwaitsecs != b.killwaitsecs),
    ] {
        if differs {
            keys.push(key.to_string());
        }
    }
    keys.extend(
        resources
            .changed_keys(&b.resources)
            .iter()
            .map(|k| k.to_string()),
    );
    action_keys(binary_change, &b.binary_change, "binary", keys);
    watch_keys(file_watch.as_ref(), b.file_watch.as_ref(), keys);
    syslog_keys(syslog, &b.syslog, keys);
    if *priority_given != b.priority_given && !keys.iter().any(|k| k == "priority") {
        keys.push("priority".to_string());
    }
    // Negative values Python keeps (`startsecs=-1`): the option whose value differs.
    let raw: BTreeSet<&String> = raw_negatives.keys().chain(b.raw_negatives.keys()).collect();
    for key in raw {
        if raw_negatives.get(key) != b.raw_negatives.get(key) && !keys.contains(key) {
            keys.push(key.clone());
        }
    }
}

/// `restart_cmd_when_WHAT_changed` / `restart_signal_when_WHAT_changed`, whichever differs.
fn action_keys(a: &ChangeAction, b: &ChangeAction, what: &str, keys: &mut Vec<String>) {
    let cmd = |x: &ChangeAction| match x {
        ChangeAction::Command(c) => Some(c.clone()),
        _ => None,
    };
    let sig = |x: &ChangeAction| match x {
        ChangeAction::Signal(n) => Some(*n),
        _ => None,
    };
    if cmd(a) != cmd(b) {
        keys.push(format!("restart_cmd_when_{what}_changed"));
    }
    if sig(a) != sig(b) {
        keys.push(format!("restart_signal_when_{what}_changed"));
    }
}

/// `restart_directory_monitor`, `restart_file_pattern` and the file change action.
fn watch_keys(a: Option<&FileWatch>, b: Option<&FileWatch>, keys: &mut Vec<String>) {
    match (a, b) {
        (None, None) => {}
        (Some(a), Some(b)) => {
            if a.dir != b.dir {
                keys.push("restart_directory_monitor".into());
            }
            if a.pattern != b.pattern {
                keys.push("restart_file_pattern".into());
            }
            action_keys(&a.action, &b.action, "file", keys);
        }
        _ => keys.push("restart_directory_monitor".into()),
    }
}

fn syslog_keys(a: &SyslogSettings, b: &SyslogSettings, keys: &mut Vec<String>) {
    let SyslogSettings {
        facility,
        tag,
        stdout_priority,
        stderr_priority,
        format,
    } = a;
    for (key, differs) in [
        ("syslog_facility", *facility != b.facility),
        ("syslog_tag", *tag != b.tag),
        (
            "syslog_stdout_priority",
            *stdout_priority != b.stdout_priority,
        ),
        (
            "syslog_stderr_priority",
            *stderr_priority != b.stderr_priority,
        ),
        ("syslog_format", *format != b.format),
    ] {
        if differs {
            keys.push(key.to_string());
        }
    }
}

#[cfg(test)]
#[path = "diff_tests.rs"]
mod tests;
