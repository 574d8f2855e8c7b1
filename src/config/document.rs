//! The JSON document of a loaded config: what `supervisord check --json` prints (the shape
//! of `tests/conformance/SCHEMA.md`), with our extension keys under `"ext"` when asked;
//! also one process's part of it (the Go port's `/conf/{program}`, the web UI's detail).

use std::path::Path;

use crate::config::syslog;
use crate::config::values::signal_name;
use crate::config::{ChildLog, Config, GroupKind, LogTarget, ProcessConfig, StreamLog};
use crate::json::{to_json_pretty, JsonValue as J};

pub fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

pub fn octal(v: u32) -> String {
    format!("{:03o}", v)
}

/// The `tests/conformance/SCHEMA.md` rendering of a child log setting.
pub fn child_log_str(l: &ChildLog) -> String {
    match l {
        ChildLog::Auto => "AUTO".into(),
        ChildLog::None => "NONE".into(),
        ChildLog::Paths(p) => p.iter().map(|x| path_str(x)).collect::<Vec<_>>().join(", "),
    }
}

fn stream(prefix: &str, s: &StreamLog, raw: &dyn Fn(&str, i64) -> J, out: &mut Vec<(String, J)>) {
    out.push((
        format!("{}_logfile", prefix),
        J::str(child_log_str(&s.logfile)),
    ));
    let k = format!("{}_logfile_maxbytes", prefix);
    out.push((k.clone(), raw(&k, s.maxbytes as i64)));
    let k = format!("{}_logfile_backups", prefix);
    out.push((k.clone(), raw(&k, s.backups as i64)));
}

/// The log-pipeline keys of both streams (`check --json --extensions`).
fn pipe_fields(p: &ProcessConfig) -> Vec<(String, J)> {
    let mut v = p.stdout.pipe.json_fields("stdout_logfile");
    v.extend(p.stderr.pipe.json_fields("stderr_logfile"));
    v
}

/// A process's config as `check --json --extensions` shows it, as JSON text (the Go port's
/// `/conf/{program}` route).
pub fn process_json(p: &ProcessConfig) -> String {
    to_json_pretty(&process_doc(p, true), 2)
}

/// One process section as `check --json` shows it (with `ext`: its extension keys).
pub fn process_doc(p: &ProcessConfig, ext: bool) -> J {
    // Python keeps negative counts/sizes that our unsigned fields hold as 0.
    let raw = |key: &str, v: i64| J::Int(p.ext.raw_negatives.get(key).copied().unwrap_or(v));
    let mut o: Vec<(String, J)> = vec![
        ("name".into(), J::str(&p.name)),
        ("command".into(), J::str(&p.command)),
        ("priority".into(), J::Int(p.priority)),
        ("autostart".into(), J::Bool(p.autostart)),
        ("autorestart".into(), J::str(p.autorestart.name())),
        ("startsecs".into(), raw("startsecs", p.startsecs as i64)),
        (
            "startretries".into(),
            raw("startretries", p.startretries as i64),
        ),
        (
            "exitcodes".into(),
            J::Array(p.exitcodes.iter().map(|c| J::Int(*c as i64)).collect()),
        ),
        (
            "stopsignal".into(),
            J::str(
                p.stopsignals
                    .first()
                    .map_or("TERM".to_string(), |s| signal_name(s.0)),
            ),
        ),
        (
            "stopwaitsecs".into(),
            raw("stopwaitsecs", p.stopwaitsecs as i64),
        ),
        ("stopasgroup".into(), J::Bool(p.stopasgroup)),
        ("killasgroup".into(), J::Bool(p.killasgroup)),
        ("user".into(), J::opt_str(p.user.clone())),
        ("directory".into(), J::opt_str(p.directory.clone())),
        ("umask".into(), J::opt_str(p.umask.map(octal))),
        (
            "environment".into(),
            J::Object(
                p.environment
                    .iter()
                    .map(|(k, v)| (k.clone(), J::str(v)))
                    .collect(),
            ),
        ),
        ("redirect_stderr".into(), J::Bool(p.redirect_stderr)),
    ];
    stream("stdout", &p.stdout, &raw, &mut o);
    stream("stderr", &p.stderr, &raw, &mut o);
    o.push((
        "serverurl".into(),
        J::str(p.serverurl.clone().unwrap_or_else(|| "AUTO".into())),
    ));
    o.push(("stdout_syslog".into(), J::Bool(p.stdout.syslog)));
    o.push(("stderr_syslog".into(), J::Bool(p.stderr.syslog)));
    o.push((
        "stdout_capture_maxbytes".into(),
        raw("stdout_capture_maxbytes", p.stdout.capture_maxbytes as i64),
    ));
    o.push((
        "stderr_capture_maxbytes".into(),
        raw("stderr_capture_maxbytes", p.stderr.capture_maxbytes as i64),
    ));
    o.push((
        "stdout_events_enabled".into(),
        J::Bool(p.stdout.events_enabled),
    ));
    o.push((
        "stderr_events_enabled".into(),
        J::Bool(p.stderr.events_enabled),
    ));
    if ext {
        o.push(("ext".into(), extensions_doc(p)));
    }
    J::Object(o)
}

/// Seconds as text (`"0.2"`), or null.
fn opt_secs(d: Option<std::time::Duration>) -> J {
    d.map_or(J::Null, |d| J::str(d.as_secs_f64().to_string()))
}

/// The extension keys of a process (`check --json --extensions`).
fn extensions_doc(p: &ProcessConfig) -> J {
    let x = &p.ext;
    let mut doc = ext_fields(p);
    doc.extend(pipe_fields(p));
    doc.extend(crate::liveness::json_fields(x.liveness.as_ref()));
    doc.extend(x.resources.json_fields());
    J::Object(doc)
}

fn ext_fields(p: &ProcessConfig) -> Vec<(String, J)> {
    let x = &p.ext;
    vec![
        ("startinorder".into(), J::Bool(x.startinorder)),
        (
            "startnextafter".into(),
            J::opt_str(x.startnextafter.clone()),
        ),
        (
            "depends_on".into(),
            J::Array(x.depends_on.iter().map(|d| J::str(d.to_string())).collect()),
        ),
        ("ready".into(), J::opt_str(x.ready.clone())),
        (
            "envfiles".into(),
            J::Array(x.env_files.iter().map(|p| J::str(path_str(p))).collect()),
        ),
        (
            "restart_when_binary_changed".into(),
            J::Bool(x.restart_when_binary_changed),
        ),
        (
            "restart_on_binary_change".into(),
            action_doc(&x.binary_change),
        ),
        ("cron".into(), J::opt_str(x.cron.clone())),
        (
            "restart_directory_monitor".into(),
            match &x.file_watch {
                None => J::Null,
                Some(w) => J::Object(vec![
                    ("dir".into(), J::str(path_str(&w.dir))),
                    ("pattern".into(), J::str(&w.pattern)),
                    ("action".into(), action_doc(&w.action)),
                ]),
            },
        ),
        ("log_timestamps".into(), J::Bool(x.log_timestamps)),
        (
            "stdout_logfile_format".into(),
            J::str(x.stdout_logfile_format.name()),
        ),
        (
            "stderr_logfile_format".into(),
            J::str(x.stderr_logfile_format.name()),
        ),
        ("exit_policy".into(), J::opt_str(x.exit_policy.clone())),
        (
            "pre_start_hook".into(),
            J::opt_str(x.pre_start_hook.clone()),
        ),
        ("pre_stop_hook".into(), J::opt_str(x.pre_stop_hook.clone())),
        ("hook_timeout".into(), opt_secs(x.hook_timeout)),
        ("restartpause".into(), opt_secs(x.restartpause)),
        ("killwaitsecs".into(), opt_secs(x.killwaitsecs)),
        (
            "stopsignals".into(),
            J::Array(
                p.stopsignals
                    .iter()
                    .map(|s| J::str(signal_name(s.0)))
                    .collect(),
            ),
        ),
        (
            "syslog_facility".into(),
            J::str(syslog::facility_name(x.syslog.facility)),
        ),
        ("syslog_tag".into(), J::opt_str(x.syslog.tag.clone())),
        (
            "syslog_stdout_priority".into(),
            J::str(syslog::severity_name(x.syslog.stdout_priority)),
        ),
        (
            "syslog_stderr_priority".into(),
            J::str(syslog::severity_name(x.syslog.stderr_priority)),
        ),
        ("syslog_format".into(), J::str(x.syslog.format.name())),
        (
            "stdout_syslog_sinks".into(),
            J::Array(
                p.stdout
                    .syslog_sinks
                    .iter()
                    .map(|s| J::str(s.label()))
                    .collect(),
            ),
        ),
        (
            "stderr_syslog_sinks".into(),
            J::Array(
                p.stderr
                    .syslog_sinks
                    .iter()
                    .map(|s| J::str(s.label()))
                    .collect(),
            ),
        ),
        (
            "stdout_logfiles".into(),
            J::Array(match &p.stdout.logfile {
                ChildLog::Paths(v) => v.iter().map(|x| J::str(path_str(x))).collect(),
                _ => Vec::new(),
            }),
        ),
    ]
}

/// The extension keys of `[supervisord]` (`check --json --extensions`).
fn supervisord_ext(s: &crate::config::SupervisordConfig) -> J {
    let format = s.logformat.map(|f| match f {
        crate::config::LogFormat::Json => "json",
        crate::config::LogFormat::Text => "text",
    });
    let mut doc = vec![
        (
            "kill_children_on_exit".into(),
            J::Bool(s.kill_children_on_exit),
        ),
        ("precise_startup".into(), J::Bool(s.precise_startup)),
        ("remember_stopped".into(), J::Bool(s.remember_stopped)),
        ("logformat".into(), J::opt_str(format)),
    ];
    doc.extend(s.logfile_pipe.json_fields("logfile"));
    J::Object(doc)
}

/// A watched change's action: `"restart"`, `"signal HUP"` or `"command CMD"`.
fn action_doc(a: &crate::config::ChangeAction) -> J {
    use crate::config::ChangeAction as A;
    J::str(match a {
        A::Restart => "restart".to_string(),
        A::Signal(n) => format!("signal {}", signal_name(*n)),
        A::Command(c) => format!("command {c}"),
    })
}

/// The `tests/conformance/SCHEMA.md` document for an accepted configuration.
pub fn document(cfg: &Config, ext: bool) -> J {
    let s = &cfg.supervisord;
    let sup = J::Object(vec![
        ("nodaemon".into(), J::Bool(s.nodaemon)),
        (
            "logfile".into(),
            J::str(match &s.logfile {
                LogTarget::Syslog => "syslog".to_string(),
                LogTarget::File(p) => path_str(p),
            }),
        ),
        ("logfile_maxbytes".into(), J::Int(s.logfile_maxbytes as i64)),
        ("logfile_backups".into(), J::Int(s.logfile_backups as i64)),
        ("loglevel".into(), J::str(s.loglevel.name())),
        ("pidfile".into(), J::str(path_str(&s.pidfile))),
        ("minfds".into(), J::Int(s.minfds as i64)),
        ("minprocs".into(), J::Int(s.minprocs as i64)),
        ("umask".into(), J::str(octal(s.umask))),
        ("user".into(), J::opt_str(s.user.clone())),
        (
            "directory".into(),
            J::opt_str(s.directory.as_ref().map(|d| path_str(d))),
        ),
        ("childlogdir".into(), J::str(path_str(&s.childlogdir))),
        ("identifier".into(), J::str(&s.identifier)),
        ("nocleanup".into(), J::Bool(s.nocleanup)),
        ("strip_ansi".into(), J::Bool(s.strip_ansi)),
    ]);
    let sup = match (sup, ext) {
        (J::Object(mut o), true) => {
            o.push(("ext".into(), supervisord_ext(s)));
            J::Object(o)
        }
        (sup, _) => sup,
    };
    let mut groups: Vec<_> = cfg.groups.iter().collect();
    let type_name = |k: &GroupKind| match k {
        GroupKind::Process => "process",
        GroupKind::EventListener { .. } => "eventlistener",
        GroupKind::Fcgi(_) => "fcgi",
    };
    groups.sort_by(|a, b| {
        (&a.name, type_name(&a.kind), a.priority).cmp(&(&b.name, type_name(&b.kind), b.priority))
    });
    let groups = groups
        .into_iter()
        .map(|g| {
            let mut procs: Vec<_> = g.processes.iter().collect();
            procs.sort_by(|a, b| a.name.cmp(&b.name));
            let mut o = vec![
                ("name".into(), J::str(&g.name)),
                ("type".into(), J::str(type_name(&g.kind))),
                ("priority".into(), J::Int(g.priority)),
                (
                    "processes".into(),
                    J::Array(procs.into_iter().map(|p| process_doc(p, ext)).collect()),
                ),
            ];
            match &g.kind {
                GroupKind::Process => {}
                GroupKind::EventListener {
                    events,
                    buffer_size,
                    ..
                } => {
                    o.push((
                        "events".into(),
                        J::Array(events.iter().map(J::str).collect()),
                    ));
                    o.push(("buffer_size".into(), J::Int(*buffer_size as i64)));
                }
                GroupKind::Fcgi(sock) => {
                    o.push(("socket".into(), J::str(&sock.url)));
                    o.push((
                        "socket_backlog".into(),
                        sock.backlog.map_or(J::Null, |b| J::Int(b as i64)),
                    ));
                    o.push(("socket_mode".into(), J::opt_str(sock.mode.map(octal))));
                }
            }
            J::Object(o)
        })
        .collect();
    let inet = cfg.inet_http_server.as_ref().map_or(J::Null, |i| {
        let mut o = vec![
            ("host".into(), J::str(&i.host)),
            ("port".into(), J::Int(i.port as i64)),
            ("username".into(), J::opt_str(i.username.clone())),
            ("password".into(), J::opt_str(i.password.clone())),
        ];
        if ext {
            o.push(("ext".into(), nodes_doc(&i.nodes)));
        }
        J::Object(o)
    });
    let unix = cfg.unix_http_server.as_ref().map_or(J::Null, |u| {
        J::Object(vec![
            ("file".into(), J::str(path_str(&u.file))),
            ("chmod".into(), J::str(octal(u.chmod))),
            ("chown".into(), J::opt_str(u.chown.clone())),
            ("username".into(), J::opt_str(u.username.clone())),
            ("password".into(), J::opt_str(u.password.clone())),
        ])
    });
    J::Object(vec![
        ("ok".into(), J::Bool(true)),
        ("supervisord".into(), sup),
        ("groups".into(), J::Array(groups)),
        ("inet_http_server".into(), inet),
        ("unix_http_server".into(), unix),
    ])
}

/// The multi-node keys of `[inet_http_server]` (`check --json --extensions`).
fn nodes_doc(n: &crate::config::model::Nodes) -> J {
    let remotes = n
        .remotes
        .iter()
        .map(|r| {
            J::Object(vec![
                ("name".into(), J::str(&r.name)),
                ("address".into(), J::str(r.addr.to_string())),
                ("username".into(), J::opt_str(r.username.clone())),
                ("password".into(), J::opt_str(r.password.clone())),
            ])
        })
        .collect();
    J::Object(vec![
        ("nodename".into(), J::str(&n.nodename)),
        ("remotes".into(), J::Array(remotes)),
        (
            "remotes_timeout_ms".into(),
            J::Int(n.timeout.as_millis() as i64),
        ),
    ])
}
