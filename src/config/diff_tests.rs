//! Unit tests of the config diff (which programs and groups a reload changes).

use super::*;
use std::sync::Arc;

fn process(name: &str, command: &str) -> ProcessConfig {
    let stream = StreamLog {
        logfile: ChildLog::Auto,
        maxbytes: 0,
        backups: 0,
        capture_maxbytes: 0,
        events_enabled: false,
        syslog: false,
        syslog_sinks: Vec::new(),
        pipe: Default::default(),
    };
    ProcessConfig {
        name: name.into(),
        group: "g".into(),
        program: name.into(),
        section_kind: "program".into(),
        process_num: 0,
        command: command.into(),
        priority: 999,
        autostart: true,
        autorestart: crate::config::AutoRestart::Unexpected,
        startsecs: 1,
        startretries: 3,
        exitcodes: vec![0],
        stopsignals: vec![crate::config::Signal(15)],
        stopwaitsecs: 10,
        stopasgroup: false,
        killasgroup: false,
        user: None,
        directory: None,
        umask: None,
        environment: Default::default(),
        redirect_stderr: false,
        stdout: stream.clone(),
        stderr: stream,
        serverurl: None,
        ext: Default::default(),
    }
}

fn group(name: &str, procs: Vec<ProcessConfig>) -> GroupConfig {
    GroupConfig::programs(name.into(), 999, procs)
}

#[test]
fn changed_keys_name_the_options_and_ignore_auto_and_position() {
    let a = process("a", "sleep 1");
    let mut b = a.clone();
    assert!(changed_keys(&a, &b).is_empty());
    b.command = "sleep 2".into();
    b.environment.insert("X".into(), "1".into());
    b.stdout.logfile = ChildLog::Paths(vec!["/tmp/x.log".into()]);
    b.stderr.logfile = ChildLog::Paths(vec!["/tmp/y.log".into()]);
    b.stderr.maxbytes = 5;
    Arc::make_mut(&mut b.ext).section_index = 7;
    assert_eq!(
        changed_keys(&a, &b),
        ["command", "environment", "stderr_logfile_maxbytes"]
    );
    let mut c = b.clone();
    c.stderr.logfile = ChildLog::None;
    c.stopsignals.push(crate::config::Signal(9));
    Arc::make_mut(&mut c.ext).ready = Some("tcp:80".into());
    Arc::make_mut(&mut c.ext).syslog.tag = Some("web".into());
    assert_eq!(
        changed_keys(&b, &c),
        ["stopsignal", "stderr_logfile", "ready", "syslog_tag"]
    );
    let mut d = c.clone();
    d.stdout.pipe.compress = crate::config::logpipe::Compress::Gzip;
    assert_eq!(changed_keys(&c, &d), ["stdout_logfile_compress"]);
}

#[test]
fn cron_and_watch_keys_are_named() {
    let a = process("a", "sleep 1");
    let mut b = a.clone();
    Arc::make_mut(&mut b.ext).cron = Some("@hourly".into());
    Arc::make_mut(&mut b.ext).binary_change = ChangeAction::Signal(1);
    Arc::make_mut(&mut b.ext).file_watch = Some(FileWatch {
        dir: "/etc/app".into(),
        pattern: "*".into(),
        action: ChangeAction::Restart,
    });
    assert_eq!(
        changed_keys(&a, &b),
        [
            "cron",
            "restart_signal_when_binary_changed",
            "restart_directory_monitor"
        ]
    );
    let mut c = b.clone();
    if let Some(w) = Arc::make_mut(&mut c.ext).file_watch.as_mut() {
        w.pattern = "*.conf".into();
        w.action = ChangeAction::Command("reload".into());
    }
    assert_eq!(
        changed_keys(&b, &c),
        ["restart_file_pattern", "restart_cmd_when_file_changed"]
    );
}

#[test]
fn log_formats_are_named() {
    let a = process("a", "sleep 1");
    let mut b = a.clone();
    Arc::make_mut(&mut b.ext).stderr_logfile_format = crate::config::model::LogFormat::Json;
    assert_eq!(changed_keys(&a, &b), ["stderr_logfile_format"]);
    Arc::make_mut(&mut b.ext).stdout_logfile_format = crate::config::model::LogFormat::Json;
    assert_eq!(
        changed_keys(&a, &b),
        ["stdout_logfile_format", "stderr_logfile_format"]
    );
}

#[test]
fn groups_and_processes_are_matched_by_name() {
    let running = vec![
        group(
            "web",
            vec![process("w0", "a"), process("w1", "a"), process("w2", "a")],
        ),
        group("gone", vec![process("gone", "x")]),
        group("same", vec![process("same", "x")]),
    ];
    let mut web = running[0].clone();
    Arc::make_mut(&mut web.processes[1]).command = "b".into();
    web.processes.remove(2);
    web.processes.push(process("w3", "a").into());
    let new = vec![
        web,
        group("new", vec![process("new", "y")]),
        running[2].clone(),
    ];
    let d = diff_groups(&new, &running);
    let summary: Vec<String> = d
        .iter()
        .map(|g| {
            let procs: Vec<String> = g
                .processes
                .iter()
                .map(|p| format!("{} {}", p.name, p.change.word()))
                .collect();
            format!("{} {}: {}", g.name, g.change.word(), procs.join(", "))
        })
        .collect();
    assert_eq!(
        summary,
        [
            "gone removed: gone removed",
            "new added: new added",
            "same unchanged: same unchanged",
            "web changed: w0 unchanged, w1 changed, w2 removed, w3 added",
        ]
    );
    assert_eq!(d[3].processes[1].change.keys(), ["command"]);
    assert!(!d[3].whole_group);
}

#[test]
fn group_priority_alone_is_a_group_key_and_pools_change_whole() {
    let a = group("g", vec![process("p", "x")]);
    let mut b = a.clone();
    b.priority = 5;
    let d = diff_group("g", Some(&b), Some(&a));
    assert_eq!(d.change, Change::Changed(vec!["priority".into()]));
    assert_eq!(d.processes[0].change, Change::Unchanged);
    let mut pool = a.clone();
    pool.kind = GroupKind::EventListener {
        events: vec!["TICK_5".into()],
        buffer_size: 10,
        result_handler: String::new(),
    };
    let d = diff_group("g", Some(&pool), Some(&a));
    assert_eq!(d.change.keys(), ["type"]);
    assert!(d.whole_group);
    assert!(!diff_group("g", Some(&pool), Some(&pool)).whole_group);
}
