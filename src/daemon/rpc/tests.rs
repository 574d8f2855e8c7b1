//! The dispatcher against a supervisor whose processes never spawn.

use std::time::Instant;

use super::*;
use crate::config::*;
use crate::control::ReplyTo;
use crate::daemon::supervisor::RemoveGroupError;
use crate::process::State;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn stream(logfile: ChildLog) -> StreamLog {
    StreamLog {
        logfile,
        maxbytes: 0,
        backups: 0,
        capture_maxbytes: 0,
        events_enabled: false,
        syslog: false,
        syslog_sinks: Vec::new(),
        pipe: Default::default(),
    }
}

fn process(group: &str, name: &str) -> ProcessConfig {
    process_with(group, name, "/bin/true", ChildLog::None)
}

/// A program section's config with the given command and log setting for both streams.
pub(super) fn process_with(group: &str, name: &str, command: &str, log: ChildLog) -> ProcessConfig {
    ProcessConfig {
        name: name.into(),
        group: group.into(),
        program: name.into(),
        section_kind: "program".into(),
        process_num: 0,
        command: command.into(),
        priority: 999,
        autostart: false,
        autorestart: AutoRestart::Unexpected,
        startsecs: 1,
        startretries: 3,
        exitcodes: vec![0],
        stopsignals: vec![Signal(15)],
        stopwaitsecs: 10,
        stopasgroup: false,
        killasgroup: false,
        user: None,
        directory: None,
        umask: None,
        environment: BTreeMap::new(),
        redirect_stderr: false,
        stdout: stream(log.clone()),
        stderr: stream(log),
        serverurl: None,
        ext: Default::default(),
    }
}

fn supervisor() -> Supervisor {
    let group = |name: &str, procs| GroupConfig::programs(name.into(), 999, procs);
    let config = Config {
        path: PathBuf::from("/x.conf"),
        files: vec![],
        supervisord: SupervisordConfig {
            nodaemon: true,
            silent: true,
            logfile: LogTarget::Syslog,
            logfile_maxbytes: 0,
            logfile_backups: 0,
            logfile_pipe: Default::default(),
            loglevel: LogLevel::Info,
            pidfile: PathBuf::from("/tmp/x.pid"),
            umask: 0o22,
            minfds: 1024,
            minprocs: 200,
            nocleanup: true,
            kill_children_on_exit: false,
            precise_startup: false,
            remember_stopped: false,
            childlogdir: std::env::temp_dir(),
            user: None,
            directory: None,
            strip_ansi: false,
            identifier: "ident".into(),
            environment: BTreeMap::new(),
            profile_options: None,
            logformat: None,
        },
        groups: vec![
            group("web", vec![process("web", "web")]),
            group("pool", vec![process("pool", "b"), process("pool", "a")]),
        ],
        unix_http_server: None,
        inet_http_server: None,
        supervisorctl: CtlConfig::default(),
        warnings: vec![],
        infos: vec![],
    };
    Supervisor::new(config)
}

/// One call the way the HTTP side makes it: checked and completed by
/// `rpc::methods::prepare` first, then handed to the loop.
fn call(sup: &mut Supervisor, method: &str, params: Vec<Value>) -> Reply {
    let (method, params) = crate::rpc::methods::prepare(method, params)?;
    let (reply, rx) = ReplyTo::channel();
    handle_call(
        sup,
        &mut Waiters::default(),
        Call {
            method: method.into(),
            params,
            reply,
        },
    );
    rx.try_recv().expect("answered at once").reply
}

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

#[test]
fn simple_queries() {
    let mut sup = supervisor();
    assert_eq!(
        call(&mut sup, "supervisor.getState", vec![]),
        Ok(Value::strukt([
            ("statecode", Value::Int(1)),
            ("statename", s("RUNNING"))
        ]))
    );
    assert_eq!(
        call(&mut sup, "supervisor.getAPIVersion", vec![]),
        Ok(s("3.0"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.getIdentification", vec![]),
        Ok(s("ident"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.nope", vec![]),
        Err(Fault::new(1, "UNKNOWN_METHOD"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.getPID", vec![s("x")]),
        Err(Fault::new(2, "INCORRECT_PARAMETERS"))
    );
}

#[test]
fn process_info_and_names() {
    let mut sup = supervisor();
    let info = call(&mut sup, "supervisor.getProcessInfo", vec![s("pool:a")]).unwrap();
    let Value::Struct(m) = info else { panic!() };
    assert_eq!(m["name"], s("a"));
    assert_eq!(m["group"], s("pool"));
    assert_eq!(m["statename"], s("STOPPED"));
    assert_eq!(m["description"], s("Not started"));
    assert_eq!(m["pid"], Value::Int(0));
    // Exactly Python's 14 keys, in Python's order; the JSON API's call adds two.
    let keys: Vec<&str> = m.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "name",
            "group",
            "start",
            "stop",
            "now",
            "state",
            "statename",
            "spawnerr",
            "exitstatus",
            "logfile",
            "stdout_logfile",
            "stderr_logfile",
            "pid",
            "description"
        ]
    );
    let Ok(Value::Struct(x)) = call(&mut sup, "ours.getProcessInfo", vec![s("pool:a")]) else {
        panic!()
    };
    assert_eq!(x.len(), 16);
    assert_eq!(x["autostart"], Value::Bool(false));
    assert_eq!(
        call(&mut sup, "supervisor.getProcessInfo", vec![s("a")]),
        Err(Fault::new(10, "BAD_NAME: a"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.getProcessInfo", vec![s("pool:*")]),
        Err(Fault::new(10, "BAD_NAME: pool:*"))
    );
    let Ok(Value::Array(all)) = call(&mut sup, "supervisor.getAllProcessInfo", vec![]) else {
        panic!()
    };
    let names: Vec<_> = all
        .iter()
        .map(|v| match v {
            Value::Struct(m) => format!("{:?}:{:?}", m["group"], m["name"]),
            _ => String::new(),
        })
        .collect();
    assert_eq!(
        names,
        vec![
            r#"Str("pool"):Str("a")"#,
            r#"Str("pool"):Str("b")"#,
            r#"Str("web"):Str("web")"#
        ]
    );
}

#[test]
fn all_process_info_xml_is_the_encoded_value() {
    let mut sup = supervisor();
    let encoded = |sup: &mut Supervisor| match call(sup, "supervisor.getAllProcessInfo", vec![]) {
        Ok(v) => crate::rpc::xml::encode_response(&v),
        Err(f) => panic!("{f:?}"),
    };
    let direct = |sup: &mut Supervisor| {
        let (reply, rx) = ReplyTo::channel();
        let method = crate::rpc::methods::ALL_PROCESS_INFO_XML.into();
        let params = vec![];
        handle_call(
            sup,
            &mut Waiters::default(),
            Call {
                method,
                params,
                reply,
            },
        );
        match rx.try_recv().map(|r| r.reply) {
            Ok(Ok(Value::Base64(tape))) => crate::rpc::xmlrecord::render(&tape).expect("renders"),
            other => panic!("{other:?}"),
        }
    };
    // The `now` members may fall on either side of a second boundary: a few tries.
    let same = (0..3).any(|_| encoded(&mut sup) == direct(&mut sup));
    assert!(same, "{}\n---\n{}", encoded(&mut sup), direct(&mut sup));
    assert!(direct(&mut sup).contains("<name>description</name>"));
}

#[test]
fn stop_and_signal_need_a_running_process() {
    let mut sup = supervisor();
    assert_eq!(
        call(&mut sup, "supervisor.stopProcess", vec![s("web")]),
        Err(Fault::new(70, "NOT_RUNNING: web"))
    );
    assert_eq!(
        call(
            &mut sup,
            "supervisor.signalProcess",
            vec![s("web"), s("HUP")]
        ),
        Err(Fault::new(70, "NOT_RUNNING: web"))
    );
    assert_eq!(
        call(
            &mut sup,
            "supervisor.signalProcess",
            vec![s("web"), s("BOGUS")]
        ),
        Err(Fault::new(11, "BAD_SIGNAL: BOGUS"))
    );
    assert_eq!(
        call(
            &mut sup,
            "supervisor.stopProcessGroup",
            vec![s("pool"), Value::Bool(true)]
        ),
        Ok(Value::Array(vec![]))
    );
    assert_eq!(
        call(&mut sup, "supervisor.startProcess", vec![s("nope")]),
        Err(Fault::new(10, "BAD_NAME: nope"))
    );
}

#[test]
fn everything_faults_while_shutting_down() {
    let mut sup = supervisor();
    assert_eq!(
        call(&mut sup, "supervisor.shutdown", vec![]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(&mut sup, "supervisor.getState", vec![]),
        Err(Fault::new(6, "SHUTDOWN_STATE"))
    );
    // The one exception (Python's sendRemoteCommEvent does not call _update).
    assert_eq!(
        call(
            &mut sup,
            "supervisor.sendRemoteCommEvent",
            vec![s("t"), s("d")]
        ),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(
            &mut sup,
            "supervisor.readLog",
            vec![Value::Int(0), Value::Int(0)]
        ),
        Err(Fault::new(6, "SHUTDOWN_STATE"))
    );
}

#[test]
fn groups_are_added_in_order_and_removed_only_when_stopped() {
    let mut sup = supervisor();
    let g = GroupConfig::programs("early".into(), 1, vec![process("early", "early")]);
    assert!(sup.add_group(&g));
    assert!(!sup.add_group(&g));
    assert_eq!(sup.procs()[0].config.name, "early");
    assert_eq!(sup.remove_group("nope"), Err(RemoveGroupError::NoSuchGroup));
    let idx = sup.find("web", "web").unwrap();
    sup.process_mut(idx).machine.state = State::Running {
        pid: 1,
        since: Instant::now(),
    };
    assert_eq!(sup.remove_group("web"), Err(RemoveGroupError::StillRunning));
    assert_eq!(sup.remove_group("pool"), Ok(()));
    assert!(sup.find("pool", "a").is_none());
    assert!(!sup.has_group("pool"));
    assert_eq!(sup.config().groups.len(), 2);
}

#[test]
fn reload_config_stores_and_add_uses_the_stored_config() {
    let mut sup = supervisor();
    let mut next = sup.config().clone();
    next.groups.retain(|g| g.name != "web");
    std::sync::Arc::make_mut(&mut next.groups[0].processes[0]).command = "/bin/false".into();
    next.groups.push(GroupConfig::programs(
        "new".into(),
        5,
        vec![process("new", "new")],
    ));
    sup.loader = Some(Box::new(move || Ok(next.clone())));
    let names = |v: &[&str]| Value::Array(v.iter().map(|n| s(n)).collect());
    assert_eq!(
        call(&mut sup, "supervisor.reloadConfig", vec![]),
        Ok(Value::Array(vec![Value::Array(vec![
            names(&["new"]),
            names(&["pool"]),
            names(&["web"])
        ])]))
    );
    // Nothing applied yet.
    assert!(sup.has_group("web") && !sup.has_group("new"));
    assert_eq!(
        call(&mut sup, "supervisor.addProcessGroup", vec![s("web")]),
        Err(Fault::new(10, "BAD_NAME: web"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.addProcessGroup", vec![s("new")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(&mut sup, "supervisor.addProcessGroup", vec![s("new")]),
        Err(Fault::new(90, "ALREADY_ADDED: new"))
    );
    assert_eq!(
        call(&mut sup, "supervisor.removeProcessGroup", vec![s("web")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(&mut sup, "supervisor.removeProcessGroup", vec![s("web")]),
        Err(Fault::new(10, "BAD_NAME: web"))
    );
    sup.loader = Some(Box::new(|| Err("bad config".into())));
    assert_eq!(
        call(&mut sup, "supervisor.reloadConfig", vec![]),
        Err(Fault::new(92, "CANT_REREAD: bad config"))
    );
    // The stored config is still the last good one.
    let Ok(Value::Array(infos)) = call(&mut sup, "supervisor.getAllConfigInfo", vec![]) else {
        panic!()
    };
    assert_eq!(infos.len(), 3);
}

#[test]
fn backoff_deadlines_do_not_count_while_shutting_down() {
    let mut sup = supervisor();
    let past = Instant::now();
    sup.process_mut(0).machine.state = State::Backoff { retry_at: past };
    assert_eq!(sup.next_deadline(), Some(past));
    sup.set_mood(Mood::Shutdown);
    assert_eq!(sup.next_deadline(), None);
}

#[test]
fn update_group_swaps_changed_processes_and_keeps_the_others() {
    let mut sup = supervisor();
    let mut next = sup.config().clone();
    let pool = &mut next.groups[1];
    pool.processes.retain(|p| p.name != "b");
    std::sync::Arc::make_mut(&mut pool.processes[0]).command = "/bin/false".into();
    pool.processes.push(process("pool", "c").into());
    sup.loader = Some(Box::new(move || Ok(next.clone())));
    let diff = call(&mut sup, "ours.diffConfig", vec![]).expect("diff");
    let Value::Array(groups) = &diff else {
        panic!("{diff:?}")
    };
    assert_eq!(groups.len(), 2);
    call(&mut sup, "supervisor.reloadConfig", vec![]).expect("reread");
    let (reply, rx) = ReplyTo::channel();
    let params = vec![s("pool")];
    handle_call(
        &mut sup,
        &mut Waiters::default(),
        Call {
            method: "ours.updateGroup".into(),
            params,
            reply,
        },
    );
    // Nothing ran, so nothing waits: answered at once, process by process.
    let Ok(Value::Struct(r)) = rx.try_recv().expect("answered").reply else {
        panic!("not a struct")
    };
    let Some(Value::Array(procs)) = r.get("processes") else {
        panic!("{r:?}")
    };
    let changes: Vec<(String, String)> = procs
        .iter()
        .map(|p| {
            let Value::Struct(f) = p else { panic!() };
            let t = |k: &str| f.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            (t("name"), format!("{} {}", t("change"), t("description")))
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("a".to_string(), "changed not started".to_string()),
            ("b".to_string(), "removed removed".to_string()),
            ("c".to_string(), "added not started".to_string()),
        ]
    );
    let a = sup.find("pool", "a").expect("a");
    assert_eq!(sup.procs()[a].config.command, "/bin/false");
    assert!(sup.find("pool", "b").is_none() && sup.find("pool", "c").is_some());
    // Applied: nothing differs any more.
    assert_eq!(
        call(&mut sup, "supervisor.reloadConfig", vec![]),
        Ok(Value::Array(vec![Value::Array(vec![
            Value::Array(vec![]),
            Value::Array(vec![]),
            Value::Array(vec![])
        ])]))
    );
    assert_eq!(
        call(&mut sup, "ours.updateGroup", vec![s("nope")]),
        Err(Fault::new(10, "BAD_NAME: nope"))
    );
}

#[test]
fn remembered_stops_survive_a_restart_only_when_asked() {
    for remember in [false, true] {
        let mut sup = supervisor();
        let mut next = sup.config().clone();
        next.supervisord.remember_stopped = remember;
        std::sync::Arc::make_mut(&mut next.groups[0].processes[0]).autostart = true;
        // Refused before any spawn: the test forks nothing.
        std::sync::Arc::make_mut(&mut next.groups[0].processes[0]).command =
            "/nonexistent/web".into();
        sup.loader = Some(Box::new(move || Ok(next.clone())));
        sup.request_restart();
        sup.finish_restart();
        // A stop naming it (not running: NOT_RUNNING) is still the operator's word.
        assert!(call(&mut sup, "supervisor.stopProcess", vec![s("web")]).is_err());
        assert_eq!(sup.remembered().contains("web", "web"), remember);
        sup.request_restart();
        sup.finish_restart();
        let web = sup.find("web", "web").expect("web");
        assert_eq!(sup.procs()[web].policy.autostart, !remember);
        // An operator's start forgets it (even one refused, as this one is).
        let _ = call(
            &mut sup,
            "supervisor.startProcess",
            vec![s("web"), Value::Bool(false)],
        );
        assert!(sup.remembered().is_empty());
    }
}

#[test]
fn all_process_info_is_by_group_and_name_after_the_table_changes() {
    let mut sup = supervisor();
    let order = |sup: &mut Supervisor| -> Vec<String> {
        let Ok(Value::Array(all)) = call(sup, "supervisor.getAllProcessInfo", vec![]) else {
            panic!()
        };
        all.iter()
            .map(|v| match v {
                Value::Struct(m) => format!(
                    "{}:{}",
                    m["group"].as_str().unwrap_or(""),
                    m["name"].as_str().unwrap_or("")
                ),
                _ => String::new(),
            })
            .collect()
    };
    assert_eq!(order(&mut sup), ["pool:a", "pool:b", "web:web"]);
    // The same number of processes, in another start order.
    let mut next = sup.config().clone();
    for g in &mut next.groups {
        if g.name == "web" {
            g.priority = 1;
        }
    }
    sup.replace_config(next);
    assert_eq!(sup.procs()[0].config.name, "web");
    assert_eq!(order(&mut sup), ["pool:a", "pool:b", "web:web"]);
    let g = GroupConfig::programs("zed".into(), 0, vec![process("zed", "zed")]);
    assert!(sup.add_group(&g));
    assert_eq!(sup.procs()[0].config.name, "zed");
    assert_eq!(order(&mut sup), ["pool:a", "pool:b", "web:web", "zed:zed"]);
    assert_eq!(sup.remove_group("pool"), Ok(()));
    assert_eq!(order(&mut sup), ["web:web", "zed:zed"]);
}
