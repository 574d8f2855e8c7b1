//! The loop-side methods added by the calls branch, over the real unix socket against the
//! real daemon with real children: log reads/tails/clears (child and main log), stdin,
//! remote events, reloadConfig/addProcessGroup/removeProcessGroup/getAllConfigInfo, and
//! our `ours.waitLog` / `ours.getMetrics`. Each method's happy path and its faults.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::{Duration, Instant};

use supervisord::ctl::client::Client;
use supervisord::rpc::{Fault, Value};
use support::{wait_for, Daemon};

fn client(d: &Daemon) -> Client {
    Client::new(
        &format!("unix://{}", d.path("s.sock").display()),
        None,
        None,
    )
}

fn call(c: &Client, method: &str, params: &[Value]) -> Result<Value, Fault> {
    c.call(method, params).expect("transport")
}

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

fn i(n: i64) -> Value {
    Value::Int(n)
}

fn text(v: Result<Value, Fault>) -> String {
    match v {
        Ok(Value::Str(s)) => s,
        other => panic!("not a string: {other:?}"),
    }
}

fn fault(code: i32, msg: &str) -> Result<Value, Fault> {
    Err(Fault::new(code, msg))
}

fn field(v: &Value, k: &str) -> Value {
    match v {
        Value::Struct(m) => m.get(k).cloned().unwrap_or(Value::Nil),
        other => panic!("not a struct: {other:?}"),
    }
}

const SOCKET: &str = "[unix_http_server]\nfile=%(here)s/s.sock\n\n";

#[test]
fn log_stdin_event_and_metric_methods() {
    let programs = format!(
        "{SOCKET}[program:echoer]\ncommand=sh -c 'echo hello; echo oops >&2; exec cat'\nstartsecs=0\n\n\
         [program:quiet]\ncommand=sleep 100\nstartsecs=0\nstdout_logfile=NONE\n\n\
         [program:deaf]\ncommand=sh -c 'exec 0<&-; exec sleep 100'\nstartsecs=1\n\n\
         [program:idle]\ncommand=sleep 100\nautostart=false\n"
    );
    let d = Daemon::start("rpc-logs", &programs);
    let c = client(&d);
    let out = |c: &Client| {
        text(call(
            c,
            "supervisor.readProcessStdoutLog",
            &[s("echoer"), i(0), i(0)],
        ))
    };
    let err = |c: &Client| {
        text(call(
            c,
            "supervisor.readProcessStderrLog",
            &[s("echoer"), i(0), i(0)],
        ))
    };
    assert!(wait_for(Duration::from_secs(10), || out(&c)
        .contains("hello")
        && err(&c).contains("oops")));

    // read*: windows, aliases, faults.
    assert_eq!(
        text(call(
            &c,
            "supervisor.readProcessStderrLog",
            &[s("echoer"), i(0), i(0)]
        )),
        "oops\n"
    );
    assert_eq!(
        text(call(
            &c,
            "supervisor.readProcessLog",
            &[s("echoer"), i(1), i(3)]
        )),
        "ell"
    );
    assert_eq!(
        text(call(
            &c,
            "supervisor.readProcessStdoutLog",
            &[s("echoer"), i(-3), i(0)]
        )),
        "lo\n"
    );
    assert_eq!(
        call(
            &c,
            "supervisor.readProcessStdoutLog",
            &[s("echoer"), i(-3), i(1)]
        ),
        fault(3, "BAD_ARGUMENTS")
    );
    assert_eq!(
        call(
            &c,
            "supervisor.readProcessStdoutLog",
            &[s("echoer"), i(0), i(-1)]
        ),
        fault(3, "BAD_ARGUMENTS")
    );
    assert_eq!(
        call(
            &c,
            "supervisor.readProcessStdoutLog",
            &[s("nosuch"), i(0), i(0)]
        ),
        fault(10, "BAD_NAME: nosuch")
    );
    assert_eq!(
        call(
            &c,
            "supervisor.readProcessStdoutLog",
            &[s("quiet"), i(0), i(0)]
        ),
        fault(20, "NO_FILE")
    );

    // tail*: overflow window, NONE log, BAD_NAME.
    let size = out(&c).len() as i64;
    assert_eq!(
        call(
            &c,
            "supervisor.tailProcessStdoutLog",
            &[s("echoer"), i(0), i(3)]
        ),
        Ok(Value::Array(vec![s("lo\n"), i(size), Value::Bool(true)]))
    );
    assert_eq!(
        call(
            &c,
            "supervisor.tailProcessLog",
            &[s("echoer"), i(size), i(100)]
        ),
        Ok(Value::Array(vec![s(""), i(size), Value::Bool(false)]))
    );
    assert_eq!(
        call(
            &c,
            "supervisor.tailProcessStderrLog",
            &[s("echoer"), i(0), i(100)]
        ),
        Ok(Value::Array(vec![s("oops\n"), i(5), Value::Bool(false)]))
    );
    assert_eq!(
        call(
            &c,
            "supervisor.tailProcessStdoutLog",
            &[s("quiet"), i(0), i(100)]
        ),
        Ok(Value::Array(vec![s(""), i(0), Value::Bool(false)]))
    );
    assert_eq!(
        call(
            &c,
            "supervisor.tailProcessStdoutLog",
            &[s("echoer:*"), i(0), i(1)]
        ),
        fault(10, "BAD_NAME: echoer:*")
    );

    // waitLog: parked until the child writes (stdin → cat → stdout), never a sleep.
    let c2 = c.clone();
    let waiter = std::thread::spawn(move || {
        let t0 = Instant::now();
        let r = call(
            &c2,
            "ours.waitLog",
            &[s("echoer"), s("stdout"), i(size), i(10_000)],
        );
        (r, t0.elapsed())
    });
    assert!(wait_for(Duration::from_secs(5), || {
        let m = call(&c, "ours.getMetrics", &[]).unwrap();
        field(&field(&m, "supervisor"), "parked_calls") == i(1)
    }));
    assert_eq!(
        call(
            &c,
            "supervisor.sendProcessStdin",
            &[s("echoer"), s("ping\n")]
        ),
        Ok(Value::Bool(true))
    );
    let (r, took) = waiter.join().unwrap();
    assert_eq!(
        r,
        Ok(Value::Array(vec![
            s("ping\n"),
            i(size + 5),
            Value::Bool(false)
        ]))
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
    // Timeout: the empty answer after ~timeout_ms.
    let t0 = Instant::now();
    assert_eq!(
        call(
            &c,
            "ours.waitLog",
            &[s("echoer"), s("stdout"), i(size + 5), i(300)]
        ),
        Ok(Value::Array(vec![s(""), i(size + 5), Value::Bool(false)]))
    );
    let took = t0.elapsed();
    assert!(
        took >= Duration::from_millis(290) && took < Duration::from_secs(3),
        "{took:?}"
    );
    // Negative offset: the last bytes at once; the main log; faults.
    assert_eq!(
        call(&c, "ours.waitLog", &[s("echoer"), s("stdout"), i(-5), i(0)]),
        Ok(Value::Array(vec![
            s("ping\n"),
            i(size + 5),
            Value::Bool(false)
        ]))
    );
    let main = call(&c, "ours.waitLog", &[s(""), s("main"), i(-100_000), i(0)]).unwrap();
    let Value::Array(parts) = main else { panic!() };
    assert!(parts[0]
        .as_str()
        .unwrap()
        .contains("supervisord started with pid"));
    assert_eq!(
        call(&c, "ours.waitLog", &[s("nosuch"), s("stdout"), i(0), i(0)]),
        fault(10, "BAD_NAME: nosuch")
    );
    assert_eq!(
        call(&c, "ours.waitLog", &[s("quiet"), s("stdout"), i(0), i(0)]),
        fault(20, "NO_FILE: quiet")
    );

    // sendProcessStdin faults.
    assert_eq!(
        call(&c, "supervisor.sendProcessStdin", &[s("idle"), s("x")]),
        fault(70, "NOT_RUNNING: idle")
    );
    assert_eq!(
        call(&c, "supervisor.sendProcessStdin", &[s("nosuch"), s("x")]),
        fault(10, "BAD_NAME: nosuch")
    );
    assert_eq!(
        call(&c, "supervisor.sendProcessStdin", &[s("echoer"), i(5)]),
        fault(2, "INCORRECT_PARAMETERS: 5")
    );
    assert!(wait_for(Duration::from_secs(5), || {
        call(&c, "supervisor.getProcessInfo", &[s("deaf")])
            .is_ok_and(|v| field(&v, "statename") == s("RUNNING"))
    }));
    assert_eq!(
        call(&c, "supervisor.sendProcessStdin", &[s("deaf"), s("x")]),
        fault(20, "NO_FILE: deaf")
    );
    assert_eq!(
        call(
            &c,
            "supervisor.sendRemoteCommEvent",
            &[s("type"), s("data")]
        ),
        Ok(Value::Bool(true))
    );

    // Metrics.
    let m = call(&c, "ours.getMetrics", &[]).unwrap();
    let Value::Array(procs) = field(&m, "processes") else {
        panic!()
    };
    let echoer = procs
        .iter()
        .find(|p| field(p, "name") == s("echoer"))
        .unwrap();
    assert_eq!(field(echoer, "spawns_total"), i(1));
    assert_eq!(field(echoer, "restarts_total"), i(0));
    assert_eq!(field(echoer, "stdout_bytes_total"), i(size + 5));
    assert_eq!(field(echoer, "stderr_bytes_total"), i(5));
    assert!(matches!(field(echoer, "rss_bytes"), Value::Int(n) if n > 0));
    assert!(matches!(
        field(echoer, "cpu_seconds_total"),
        Value::Double(_)
    ));
    assert!(matches!(field(echoer, "last_start_to_running_seconds"), Value::Double(x) if x < 1.0));
    let idle = procs
        .iter()
        .find(|p| field(p, "name") == s("idle"))
        .unwrap();
    assert_eq!(field(idle, "spawns_total"), i(0));
    assert_eq!(field(idle, "rss_bytes"), Value::Nil);
    let top = field(&m, "supervisor");
    assert_eq!(field(&top, "processes"), i(4));
    assert!(matches!(field(&top, "rss_bytes"), Value::Int(n) if n > 0));

    // The HTTP side renders them; /readyz ignores autostart=false processes.
    let get = |path: &str| {
        let mut body = Vec::new();
        let status = c
            .stream(
                path,
                |b| {
                    body.extend_from_slice(b);
                    true
                },
                &|| false,
            )
            .expect("GET");
        (status, String::from_utf8_lossy(&body).into_owned())
    };
    let (status, body) = get("/metrics");
    assert_eq!(status, 200);
    assert!(
        body.contains("supervisord_process_spawns_total{group=\"echoer\",name=\"echoer\"} 1\n"),
        "{body}"
    );
    assert!(body.contains("\nsupervisord_processes 4\n"), "{body}");
    assert_eq!(get("/readyz").0, 200);

    // clearProcessLogs / clearAllProcessLogs.
    assert_eq!(
        call(&c, "supervisor.clearProcessLogs", &[s("echoer")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(out(&c), "");
    assert_eq!(
        call(&c, "supervisor.clearProcessLog", &[s("nosuch")]),
        fault(10, "BAD_NAME: nosuch")
    );
    let Ok(Value::Array(all)) = call(&c, "supervisor.clearAllProcessLogs", &[]) else {
        panic!()
    };
    assert_eq!(all.len(), 4);
    assert!(all
        .iter()
        .all(|r| field(r, "status") == i(80) && field(r, "description") == s("OK")));
    assert_eq!(
        text(call(
            &c,
            "supervisor.readProcessStderrLog",
            &[s("echoer"), i(0), i(0)]
        )),
        ""
    );
    // Output after a clear lands in the new file.
    call(
        &c,
        "supervisor.sendProcessStdin",
        &[s("echoer"), s("again\n")],
    )
    .unwrap();
    assert!(wait_for(Duration::from_secs(5), || out(&c) == "again\n"));

    // Main log.
    let log = text(call(&c, "supervisor.readLog", &[i(0), i(0)]));
    assert!(log.contains("supervisord started with pid"), "{log}");
    assert_eq!(
        text(call(&c, "supervisor.readMainLog", &[i(0), i(10)])),
        log[..10]
    );
    assert_eq!(
        call(&c, "supervisor.readLog", &[i(-1), i(1)]),
        fault(3, "BAD_ARGUMENTS")
    );
    assert_eq!(call(&c, "supervisor.clearLog", &[]), Ok(Value::Bool(true)));
    let after = text(call(&c, "supervisor.readLog", &[i(0), i(0)]));
    assert!(!after.contains("supervisord started"), "{after}");
    std::fs::remove_file(d.path("main.log")).unwrap();
    assert_eq!(
        call(&c, "supervisor.readLog", &[i(0), i(0)]),
        Err(Fault::new(
            20,
            format!("NO_FILE: {}", d.path("main.log").display())
        ))
    );
    assert_eq!(call(&c, "supervisor.clearLog", &[]), fault(20, "NO_FILE"));
}

fn conf(programs: &str) -> String {
    format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=debug\n\n{SOCKET}{programs}\n"
    )
}

#[test]
fn reload_add_remove_and_config_info() {
    let first = "[program:a]\ncommand=sleep 100\nstartsecs=0\n\n\
                 [program:b]\ncommand=sleep 100\nstartsecs=0\n\n\
                 [program:same]\ncommand=sleep 100\nautostart=false\n";
    let d = Daemon::start("rpc-config", &format!("{SOCKET}{first}"));
    let c = client(&d);
    assert!(wait_for(Duration::from_secs(10), || {
        call(&c, "supervisor.getProcessInfo", &[s("a")])
            .is_ok_and(|v| field(&v, "statename") == s("RUNNING"))
    }));
    let Ok(Value::Array(infos)) = call(&c, "supervisor.getAllConfigInfo", &[]) else {
        panic!()
    };
    let names: Vec<Value> = infos.iter().map(|v| field(v, "name")).collect();
    assert_eq!(names, vec![s("a"), s("b"), s("same")]);
    let Value::Struct(a) = &infos[0] else {
        panic!()
    };
    let keys: Vec<&str> = a.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "autostart",
            "command",
            "directory",
            "exitcodes",
            "group",
            "group_prio",
            "inuse",
            "killasgroup",
            "name",
            "process_prio",
            "redirect_stderr",
            "serverurl",
            "startretries",
            "startsecs",
            "stderr_capture_maxbytes",
            "stderr_events_enabled",
            "stderr_logfile",
            "stderr_logfile_backups",
            "stderr_logfile_maxbytes",
            "stderr_syslog",
            "stdout_capture_maxbytes",
            "stdout_events_enabled",
            "stdout_logfile",
            "stdout_logfile_backups",
            "stdout_logfile_maxbytes",
            "stdout_syslog",
            "stopsignal",
            "stopwaitsecs",
            "uid"
        ]
    );
    assert_eq!(a["directory"], s("none"));
    assert_eq!(a["uid"], s("none"));
    assert_eq!(a["serverurl"], s("none"));
    assert_eq!(a["stopsignal"], i(15));
    assert_eq!(a["exitcodes"], Value::Array(vec![i(0)]));
    assert_eq!(a["inuse"], Value::Bool(true));
    assert_eq!(a["stdout_logfile_maxbytes"], i(52428800));
    let logfile = a["stdout_logfile"].as_str().unwrap().to_string();
    assert!(
        logfile.starts_with(&d.dir.display().to_string()),
        "{logfile}"
    );

    // Nothing changed yet; like Python, AUTO logs now show `auto` (fresh configs).
    let empty = Value::Array(vec![]);
    assert_eq!(
        call(&c, "supervisor.reloadConfig", &[]),
        Ok(Value::Array(vec![Value::Array(vec![
            empty.clone(),
            empty.clone(),
            empty.clone()
        ])]))
    );
    let Ok(Value::Array(infos)) = call(&c, "supervisor.getAllConfigInfo", &[]) else {
        panic!()
    };
    assert_eq!(field(&infos[0], "stdout_logfile"), s("auto"));

    // b removed, a changed, c added, same unchanged.
    let second = "[program:a]\ncommand=sleep 200\nstartsecs=0\n\n\
                  [program:c]\ncommand=sleep 100\nstartsecs=0\n\n\
                  [program:same]\ncommand=sleep 100\nautostart=false\n";
    std::fs::write(d.path("supervisord.conf"), conf(second)).unwrap();
    assert_eq!(
        call(&c, "supervisor.reloadConfig", &[]),
        Ok(Value::Array(vec![Value::Array(vec![
            Value::Array(vec![s("c")]),
            Value::Array(vec![s("a")]),
            Value::Array(vec![s("b")]),
        ])]))
    );
    // Nothing applied: b still runs, c is not there.
    assert!(call(&c, "supervisor.getProcessInfo", &[s("b")]).is_ok());
    assert_eq!(
        call(&c, "supervisor.getProcessInfo", &[s("c")]),
        fault(10, "BAD_NAME: c")
    );
    let Ok(Value::Array(infos)) = call(&c, "supervisor.getAllConfigInfo", &[]) else {
        panic!()
    };
    let summary: Vec<(Value, Value)> = infos
        .iter()
        .map(|v| (field(v, "name"), field(v, "inuse")))
        .collect();
    assert_eq!(
        summary,
        vec![
            (s("a"), Value::Bool(true)),
            (s("c"), Value::Bool(false)),
            (s("same"), Value::Bool(true))
        ]
    );
    // Like Python: a re-read config shows `auto` until its group is added again.
    assert_eq!(field(&infos[1], "stdout_logfile"), s("auto"));
    assert_eq!(field(&infos[2], "stdout_logfile"), s("auto"));

    // add: from the stored config only.
    assert_eq!(
        call(&c, "supervisor.addProcessGroup", &[s("c")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(&c, "supervisor.addProcessGroup", &[s("c")]),
        fault(90, "ALREADY_ADDED: c")
    );
    assert_eq!(
        call(&c, "supervisor.addProcessGroup", &[s("b")]),
        fault(10, "BAD_NAME: b")
    );
    assert!(wait_for(Duration::from_secs(10), || {
        call(&c, "supervisor.getProcessInfo", &[s("c")])
            .is_ok_and(|v| field(&v, "statename") == s("RUNNING"))
    }));

    let Ok(Value::Array(infos)) = call(&c, "supervisor.getAllConfigInfo", &[]) else {
        panic!()
    };
    let added = field(&infos[1], "stdout_logfile");
    assert!(
        added
            .as_str()
            .unwrap()
            .starts_with(&d.dir.display().to_string()),
        "{added:?}"
    );

    // remove: only stopped groups.
    assert_eq!(
        call(&c, "supervisor.removeProcessGroup", &[s("b")]),
        fault(91, "STILL_RUNNING: b")
    );
    assert_eq!(
        call(&c, "supervisor.removeProcessGroup", &[s("nosuch")]),
        fault(10, "BAD_NAME: nosuch")
    );
    call(&c, "supervisor.stopProcess", &[s("b")]).unwrap();
    assert_eq!(
        call(&c, "supervisor.removeProcessGroup", &[s("b")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        call(&c, "supervisor.getProcessInfo", &[s("b")]),
        fault(10, "BAD_NAME: b")
    );
    // A removed group of the stored config can be added back.
    call(&c, "supervisor.stopProcess", &[s("a")]).unwrap();
    call(&c, "supervisor.removeProcessGroup", &[s("a")]).unwrap();
    assert_eq!(
        call(&c, "supervisor.addProcessGroup", &[s("a")]),
        Ok(Value::Bool(true))
    );
    assert!(wait_for(Duration::from_secs(10), || {
        call(&c, "supervisor.getProcessInfo", &[s("a")])
            .is_ok_and(|v| field(&v, "statename") == s("RUNNING"))
    }));

    // A bad config: CANT_REREAD with the reader's error; the stored config stays.
    std::fs::write(
        d.path("supervisord.conf"),
        conf("[program:bad]\ncommand=sleep 1\nstartsecs=notanumber\n"),
    )
    .unwrap();
    let r = call(&c, "supervisor.reloadConfig", &[]);
    let Err(f) = r else { panic!("{r:?}") };
    assert_eq!(f.code, 92);
    assert!(f.message.starts_with("CANT_REREAD: "), "{}", f.message);
    assert!(
        f.message.contains("'notanumber' in section 'program:bad'"),
        "{}",
        f.message
    );
    assert_eq!(
        call(&c, "supervisor.addProcessGroup", &[s("bad")]),
        fault(10, "BAD_NAME: bad")
    );
    let Ok(Value::Array(infos)) = call(&c, "supervisor.getAllConfigInfo", &[]) else {
        panic!()
    };
    assert_eq!(infos.len(), 3);
}
