//! A fake event loop answering `control::Call`s from a small in-memory model, so the HTTP
//! side can be exercised end to end without the real engine.

use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use supervisord::control::{self, Call, ControlHandle};
use supervisord::rpc::xmlrecord::Recording;
use supervisord::rpc::xmlwrite::Member;
use supervisord::rpc::{faults, methods, xml, Fault, Value};

/// One fake process.
#[derive(Clone, Debug)]
pub struct Proc {
    pub group: String,
    pub name: String,
    pub state: i64,
    pub autostart: bool,
}

/// The shared model plus log buffers (a condvar signals log growth).
pub struct Model {
    pub procs: Mutex<Vec<Proc>>,
    pub logs: Mutex<BTreeMap<String, String>>,
    pub grew: Condvar,
    pub calls: Mutex<Vec<String>>,
    pub slow_release: Mutex<bool>,
    pub slow_cv: Condvar,
}

impl Model {
    /// Appends to a log ("name/stream" or "main") and wakes waiters.
    pub fn append_log(&self, key: &str, data: &str) {
        if let Ok(mut logs) = self.logs.lock() {
            logs.entry(key.to_string()).or_default().push_str(data);
        }
        self.grew.notify_all();
    }

    /// Lets parked `startProcess("slow")` calls answer.
    pub fn release_slow(&self) {
        if let Ok(mut r) = self.slow_release.lock() {
            *r = true;
        }
        self.slow_cv.notify_all();
    }
}

fn state_name(s: i64) -> &'static str {
    match s {
        0 => "STOPPED",
        10 => "STARTING",
        20 => "RUNNING",
        30 => "BACKOFF",
        40 => "STOPPING",
        100 => "EXITED",
        200 => "FATAL",
        _ => "UNKNOWN",
    }
}

fn info(p: &Proc) -> Value {
    let running = p.state == 20;
    Value::strukt([
        ("name", Value::Str(p.name.clone())),
        ("group", Value::Str(p.group.clone())),
        ("state", Value::Int(p.state)),
        ("statename", Value::Str(state_name(p.state).into())),
        ("pid", Value::Int(if running { 1000 } else { 0 })),
        ("start", Value::Int(if running { 1_700_000_000 } else { 0 })),
        ("stop", Value::Int(0)),
        ("now", Value::Int(1_700_000_100)),
        ("exitstatus", Value::Int(0)),
        ("spawnerr", Value::Str(String::new())),
        ("logfile", Value::Str(String::new())),
        ("stdout_logfile", Value::Str(String::new())),
        ("stderr_logfile", Value::Str(String::new())),
        (
            "description",
            Value::Str(if running {
                "pid 1000, uptime 0:01:40".into()
            } else {
                "Not started".into()
            }),
        ),
        ("autostart", Value::Bool(p.autostart)),
    ])
}

fn bad_name(n: &str) -> Fault {
    Fault::new(faults::BAD_NAME, format!("BAD_NAME: {n}"))
}

fn spec(p: &Proc) -> String {
    if p.group == p.name {
        p.name.clone()
    } else {
        format!("{}:{}", p.group, p.name)
    }
}

fn find(procs: &[Proc], name: &str) -> Option<usize> {
    procs.iter().position(|p| spec(p) == name)
}

fn result(p: &Proc, code: i32, desc: &str) -> Value {
    Value::strukt([
        ("name", Value::Str(p.name.clone())),
        ("group", Value::Str(p.group.clone())),
        ("status", Value::Int(i64::from(code))),
        ("description", Value::Str(desc.into())),
    ])
}

fn tail_window(log: &str, offset: i64, length: i64) -> Value {
    let sz = log.len() as i64;
    let (mut off, mut len, mut overflow) = (offset, length, false);
    if sz > off + len {
        overflow = true;
        off = sz - len;
    }
    if off + len > sz {
        off = off.max(0).min(sz);
        len = sz - off;
    }
    let data = log
        .get(off as usize..(off + len) as usize)
        .unwrap_or("")
        .to_string();
    Value::Array(vec![
        Value::Str(data),
        Value::Int(sz),
        Value::Bool(overflow),
    ])
}

/// An array of structs as `xmlrecord` records it (what the real loop answers
/// `ALL_PROCESS_INFO_XML` with).
fn recorded(v: &Value) -> Value {
    // A recording takes its keys as literals: each key text, kept once.
    static KEYS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let key = |k: &str| -> &'static str {
        let mut keys = KEYS.lock().expect("keys");
        match keys.iter().find(|s| **s == k) {
            Some(s) => s,
            None => {
                let s: &'static str = Box::leak(k.to_string().into_boxed_str());
                keys.push(s);
                s
            }
        }
    };
    let mut r = Recording::new(0);
    let Value::Array(items) = v else {
        panic!("not an array: {v:?}")
    };
    for item in items {
        let Value::Struct(fields) = item else {
            panic!("not a struct: {item:?}")
        };
        r.open_struct();
        for (k, v) in fields.iter() {
            let member = match v {
                Value::Str(s) => Member::Str(s.as_str().into()),
                Value::Int(i) => Member::Int(*i),
                Value::Bool(b) => Member::Bool(*b),
                other => panic!("not a member's value: {other:?}"),
            };
            r.member(key(k), member);
        }
        r.close_struct();
    }
    Value::Base64(r.finish())
}

fn answer(model: &Arc<Model>, mut call: Call) {
    // `/RPC2`'s getAllProcessInfo asks the loop for the answer recorded for the HTTP
    // thread to write: the same answer, recorded here (the real loop records it straight
    // from its table).
    let as_document = call.method == methods::ALL_PROCESS_INFO_XML;
    if as_document {
        call.method = "supervisor.getAllProcessInfo".into();
    }
    let p = &call.params;
    let s = |i: usize| p.get(i).and_then(Value::as_str).unwrap_or("").to_string();
    let n = |i: usize| p.get(i).and_then(Value::as_int).unwrap_or(0);
    if let Ok(mut c) = model.calls.lock() {
        c.push(call.method.clone());
    }
    let reply: Result<Value, Fault> = match call.method.as_str() {
        "supervisor.getAPIVersion" => Ok(Value::Str("3.0".into())),
        "supervisor.getSupervisorVersion" => Ok(Value::Str("4.3.0".into())),
        "supervisor.getState" => Ok(Value::strukt([
            ("statecode", Value::Int(1)),
            ("statename", Value::Str("RUNNING".into())),
        ])),
        "supervisor.getPID" => Ok(Value::Int(42)),
        "supervisor.restart" | "supervisor.shutdown" => Ok(Value::Bool(true)),
        "supervisor.getAllProcessInfo" | "ours.getAllProcessInfo" => {
            let procs = model.procs.lock().expect("lock");
            Ok(Value::Array(procs.iter().map(info).collect()))
        }
        "supervisor.getProcessInfo" | "ours.getProcessInfo" => {
            let procs = model.procs.lock().expect("lock");
            find(&procs, &s(0))
                .map(|i| info(&procs[i]))
                .ok_or_else(|| bad_name(&s(0)))
        }
        "supervisor.startProcess" if s(0) == "slow" => {
            let (m, reply) = (model.clone(), call.reply);
            std::thread::spawn(move || {
                let mut released = m.slow_release.lock().expect("lock");
                while !*released {
                    released = m.slow_cv.wait(released).expect("wait");
                }
                reply.send(Ok(Value::Bool(true)));
            });
            return;
        }
        "supervisor.startProcess" | "supervisor.stopProcess" => {
            let start = call.method.ends_with("startProcess");
            let mut procs = model.procs.lock().expect("lock");
            match find(&procs, &s(0)) {
                None => Err(bad_name(&s(0))),
                Some(i) if start && procs[i].state == 20 => Err(Fault::new(
                    faults::ALREADY_STARTED,
                    format!("ALREADY_STARTED: {}", s(0)),
                )),
                Some(i) if !start && procs[i].state != 20 => Err(Fault::new(
                    faults::NOT_RUNNING,
                    format!("NOT_RUNNING: {}", s(0)),
                )),
                Some(i) => {
                    procs[i].state = if start { 20 } else { 0 };
                    Ok(Value::Bool(true))
                }
            }
        }
        "supervisor.startAllProcesses" | "supervisor.stopAllProcesses" => {
            let start = call.method.contains("start");
            let mut procs = model.procs.lock().expect("lock");
            let mut out = Vec::new();
            for pr in procs.iter_mut().filter(|pr| (pr.state == 20) != start) {
                pr.state = if start { 20 } else { 0 };
                out.push(result(pr, faults::SUCCESS, "OK"));
            }
            Ok(Value::Array(out))
        }
        "supervisor.signalProcess" => {
            let procs = model.procs.lock().expect("lock");
            match find(&procs, &s(0)) {
                None => Err(bad_name(&s(0))),
                Some(_) if s(1) != "HUP" && s(1) != "USR1" => Err(Fault::new(
                    faults::BAD_SIGNAL,
                    format!("BAD_SIGNAL: {}", s(1)),
                )),
                Some(i) if procs[i].state != 20 => Err(Fault::new(
                    faults::NOT_RUNNING,
                    format!("NOT_RUNNING: {}", s(0)),
                )),
                Some(_) => Ok(Value::Bool(true)),
            }
        }
        "supervisor.readProcessStdoutLog" | "supervisor.readProcessStderrLog" => {
            let stream = if call.method.contains("Stdout") {
                "stdout"
            } else {
                "stderr"
            };
            let procs = model.procs.lock().expect("lock");
            match find(&procs, &s(0)) {
                None => Err(bad_name(&s(0))),
                Some(_) => {
                    let logs = model.logs.lock().expect("lock");
                    let log = logs
                        .get(&format!("{}/{stream}", s(0)))
                        .cloned()
                        .unwrap_or_default();
                    let (off, len) = (n(1), n(2));
                    let start = if off < 0 {
                        (log.len() as i64 + off).max(0)
                    } else {
                        off.min(log.len() as i64)
                    };
                    let end = if len == 0 {
                        log.len() as i64
                    } else {
                        (start + len).min(log.len() as i64)
                    };
                    Ok(Value::Str(
                        log.get(start as usize..end as usize)
                            .unwrap_or("")
                            .to_string(),
                    ))
                }
            }
        }
        "supervisor.clearProcessLogs" => {
            let procs = model.procs.lock().expect("lock");
            find(&procs, &s(0))
                .map(|_| Value::Bool(true))
                .ok_or_else(|| bad_name(&s(0)))
        }
        "ours.getMetrics" => Ok(Value::strukt([(
            "processes",
            Value::Array(vec![Value::strukt([
                ("group", Value::Str("web".into())),
                ("name", Value::Str("web".into())),
                ("spawns_total", Value::Int(3)),
            ])]),
        )])),
        "ours.logPath" => {
            if find(&model.procs.lock().expect("lock"), &s(0)).is_none() {
                Err(bad_name(&s(0)))
            } else {
                // The HTTP side reads the file itself: write the model's log to one.
                let key = format!("{}/{}", s(0), s(1));
                let log = model.logs.lock().expect("lock").get(&key).cloned();
                let path = std::env::temp_dir().join(format!(
                    "fake-loop-{}-{}",
                    std::process::id(),
                    key.replace(['/', ':'], "_")
                ));
                match log {
                    Some(text) => std::fs::write(&path, text)
                        .map(|()| Value::Str(path.display().to_string()))
                        .map_err(|e| Fault::new(faults::FAILED, e.to_string())),
                    None => Err(Fault::new(faults::NO_FILE, format!("NO_FILE: {key}"))),
                }
            }
        }
        "ours.waitLog" => {
            let key = if s(1) == "main" {
                "main".to_string()
            } else {
                format!("{}/{}", s(0), s(1))
            };
            if s(1) != "main" && find(&model.procs.lock().expect("lock"), &s(0)).is_none() {
                Err(bad_name(&s(0)))
            } else {
                let (m, reply, offset, timeout) = (model.clone(), call.reply, n(2), n(3));
                std::thread::spawn(move || {
                    let deadline = Instant::now() + Duration::from_millis(timeout.max(0) as u64);
                    let mut logs = m.logs.lock().expect("lock");
                    loop {
                        let log = logs.get(&key).cloned().unwrap_or_default();
                        if offset < 0 {
                            reply.send(Ok(tail_window(&log, 0, -offset)));
                            return;
                        }
                        if log.len() as i64 != offset || Instant::now() >= deadline {
                            let truncated = (log.len() as i64) < offset;
                            let from = if truncated { 0 } else { offset as usize };
                            let data = log.get(from..).unwrap_or("").to_string();
                            reply.send(Ok(Value::Array(vec![
                                Value::Str(data),
                                Value::Int(log.len() as i64),
                                Value::Bool(truncated),
                            ])));
                            return;
                        }
                        let left = deadline.saturating_duration_since(Instant::now());
                        logs = m.grew.wait_timeout(logs, left).expect("wait").0;
                    }
                });
                return;
            }
        }
        other => Err(Fault::new(
            faults::UNKNOWN_METHOD,
            format!("UNKNOWN_METHOD: {other}"),
        )),
    };
    let reply = match reply {
        Ok(v) if as_document => Ok(recorded(&v)),
        other => other,
    };
    call.reply.send(reply);
}

/// Starts the fake loop with processes `web` (RUNNING), `db` (STOPPED) and `grp:w1` (RUNNING).
pub fn fake_loop() -> (ControlHandle, Arc<Model>) {
    let (handle, receiver) = control::channel().expect("control channel");
    let model = Arc::new(Model {
        procs: Mutex::new(vec![
            Proc {
                group: "db".into(),
                name: "db".into(),
                state: 0,
                autostart: false,
            },
            Proc {
                group: "grp".into(),
                name: "w1".into(),
                state: 20,
                autostart: true,
            },
            Proc {
                group: "web".into(),
                name: "web".into(),
                state: 20,
                autostart: true,
            },
        ]),
        logs: Mutex::new(BTreeMap::new()),
        grew: Condvar::new(),
        calls: Mutex::new(Vec::new()),
        slow_release: Mutex::new(false),
        slow_cv: Condvar::new(),
    });
    let m = model.clone();
    std::thread::spawn(move || {
        let wake = receiver.wake_fd;
        for call in receiver.rx.iter() {
            answer(&m, call);
        }
        drop(wake);
    });
    (handle, model)
}

/// HTTP servers config with only a unix socket, `dir/s.sock`, mode 0700, no auth.
pub fn unix_only(dir: &std::path::Path) -> supervisord::http::HttpServers {
    supervisord::http::HttpServers {
        unix: Some(supervisord::config::model::UnixHttpServer {
            file: dir.join("s.sock"),
            chmod: 0o700,
            chown: None,
            username: None,
            password: None,
        }),
        inet: None,
    }
}
