//! Event listener pools end to end (issue 9), each scenario run against OUR daemon and
//! against a real Python supervisord 4.3 (proving the test itself): superlance crashmail
//! and memmon unchanged, and a `supervisor.childutils` listener that records every event
//! it gets (headers and payload) for exact assertions.
//! Needs the Python venv with supervisor (and superlance for crashmail/memmon):
//! `support::python::venv`. Skips (see `support::skip`) without.

#[allow(dead_code, unused_imports)]
mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use support::python::{ctl, Impl, Supd};
use support::wait_for as wait_until;

/// The venv (with superlance when asked), or None after recording a skip of `test`.
fn venv_with(test: &str, superlance: bool) -> Option<PathBuf> {
    if superlance {
        support::python::superlance_or_skip(test)
    } else {
        support::python::venv_or_skip(test)
    }
}

/// `[supervisord]` + unix server + rpcinterface + ctl sections, then `body`.
/// `{venv}` and `{dir}` in `body` are replaced.
fn conf(venv: &Path, dir: &Path, body: &str) -> String {
    let body = body
        .replace("{venv}", &venv.display().to_string())
        .replace("{dir}", &dir.display().to_string());
    format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\n\
childlogdir=%(here)s\nloglevel=debug\nidentifier=evtest\n\n\
[unix_http_server]\nfile=%(here)s/s.sock\n\n\
[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
[supervisorctl]\nserverurl=unix://%(here)s/s.sock\n\n{body}\n"
    )
}

/// Starts `which` on `body`, written into a fresh dir (files from `files` written first).
fn start(which: Impl, venv: &Path, tag: &str, body: &str, files: &[(&str, &str)]) -> Supd {
    let dir = support::temp_dir(&format!("events-{tag}-{which:?}"));
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let conf_path = dir.join("supervisord.conf");
    std::fs::write(&conf_path, conf(venv, &dir, body)).unwrap();
    let mut d = Supd {
        which,
        dir,
        conf: conf_path,
        child: None,
    };
    d.spawn(venv);
    let sock = d.dir.join("s.sock");
    assert!(
        wait_until(Duration::from_secs(15), || sock.exists()),
        "{which:?} daemon did not start:\n{}",
        main_log(&d)
    );
    d
}

fn main_log(d: &Supd) -> String {
    std::fs::read_to_string(d.dir.join("main.log")).unwrap_or_default()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// crashmail

const FAKE_SENDMAIL: &str = "#!/bin/sh\ncat >> \"$(dirname \"$0\")/mail.txt\"\n";

fn crashmail(which: Impl) {
    let Some(venv) = venv_with("crashmail", true) else {
        return;
    };
    let body = "[eventlistener:crashmail]\n\
command={venv}/bin/crashmail -p dier -m ops@example.com -s {dir}/sendmail.sh\n\
events=PROCESS_STATE_EXITED\n\n\
[program:dier]\ncommand=sh -c \"sleep 1.5; exit 3\"\nstartsecs=1\nautorestart=false\n";
    let d = start(
        which,
        &venv,
        "crashmail",
        body,
        &[("sendmail.sh", FAKE_SENDMAIL)],
    );
    let mail = d.dir.join("mail.txt");
    assert!(
        wait_until(Duration::from_secs(20), || read(&mail)
            .contains("exited unexpectedly")),
        "{which:?}: no crash mail; main log:\n{}",
        main_log(&d)
    );
    let text = read(&mail);
    assert!(text.contains("To: ops@example.com\n"), "{text}");
    assert!(text.contains("Subject:  dier crashed at "), "{text}");
    assert!(
        text.contains("Process dier in group dier exited unexpectedly (pid "),
        "{text}"
    );
    assert!(text.ends_with("from state RUNNING"), "{text}");
}

#[test]
fn crashmail_ours() {
    crashmail(Impl::Ours);
}

#[test]
fn crashmail_python() {
    crashmail(Impl::Python);
}

// ---------------------------------------------------------------------------------------
// memmon

fn memmon(which: Impl) {
    let Some(venv) = venv_with("memmon", true) else {
        return;
    };
    let body = "[eventlistener:memmon]\ncommand={venv}/bin/memmon -p hog=20MB\nevents=TICK_5\n\n\
[program:hog]\ncommand=python3 -c \"import time; b = b'x' * (64 << 20); time.sleep(1000)\"\n\
startsecs=0\n";
    let d = start(which, &venv, "memmon", body, &[]);
    assert!(
        wait_until(Duration::from_secs(25), || {
            let log = main_log(&d);
            log.contains("stopped: hog") && log.matches("spawned: 'hog'").count() >= 2
        }),
        "{which:?}: memmon did not restart hog; main log:\n{}",
        main_log(&d)
    );
    let (out, _, _) = ctl(which, &venv, &d.conf, &["status", "hog"]);
    assert!(out.contains("RUNNING"), "{out}");
}

#[test]
fn memmon_ours() {
    memmon(Impl::Ours);
}

#[test]
fn memmon_python() {
    memmon(Impl::Python);
}

// ---------------------------------------------------------------------------------------
// a childutils recorder: every event type

/// Records every event as `H <header line>` / `P <payload, \ and newlines escaped>`;
/// on SIGTERM exits only once it has seen SUPERVISOR_STATE_CHANGE_STOPPING (so that
/// event's delivery is asserted, not raced).
const RECORDER: &str = r#"import os, signal, sys
from supervisor import childutils
out = sys.argv[1]
state = {'term': False, 'stopping': False}
def on_term(sig, frame):
    state['term'] = True
    if state['stopping']:
        os._exit(0)
signal.signal(signal.SIGTERM, on_term)
while True:
    headers, payload = childutils.listener.wait(sys.stdin, sys.stdout)
    line = ' '.join('%s:%s' % kv for kv in headers.items())
    esc = payload.replace('\\', '\\\\').replace('\n', '\\n')
    with open(out, 'a', encoding='utf-8') as f:
        f.write('H %s\nP %s\n' % (line, esc))
    if headers['eventname'] == 'SUPERVISOR_STATE_CHANGE_STOPPING':
        state['stopping'] = True
    childutils.listener.ok(sys.stdout)
    if state['term'] and state['stopping']:
        os._exit(0)
"#;

/// Sends REMOTE_COMMUNICATION through XML-RPC over the unix socket (Python's client).
const REMOTE: &str = r#"import sys, xmlrpc.client
from supervisor.xmlrpc import SupervisorTransport
t = SupervisorTransport(None, None, 'unix://' + sys.argv[1])
s = xmlrpc.client.ServerProxy('http://127.0.0.1', transport=t)
s.supervisor.sendRemoteCommEvent('mytype', 'my data')
"#;

/// One recorded event.
#[derive(Debug, Clone)]
struct Rec {
    headers: HashMap<String, String>,
    order: Vec<String>,
    payload: String,
}

impl Rec {
    fn h(&self, k: &str) -> &str {
        self.headers.get(k).map(String::as_str).unwrap_or("")
    }
    fn name(&self) -> &str {
        self.h("eventname")
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn records(path: &Path) -> Vec<Rec> {
    let text = read(path);
    let mut v = Vec::new();
    let mut lines = text.lines();
    while let (Some(h), Some(p)) = (lines.next(), lines.next()) {
        let (Some(h), Some(p)) = (h.strip_prefix("H "), p.strip_prefix("P ")) else {
            break;
        };
        let mut headers = HashMap::new();
        let mut order = Vec::new();
        for tok in h.split(' ') {
            if let Some((k, val)) = tok.split_once(':') {
                headers.insert(k.to_string(), val.to_string());
                order.push(k.to_string());
            }
        }
        v.push(Rec {
            headers,
            order,
            payload: unescape(p),
        });
    }
    v
}

fn has(recs: &[Rec], name: &str, payload_prefix: &str) -> bool {
    recs.iter()
        .any(|r| r.name() == name && r.payload.starts_with(payload_prefix))
}

const RECORDER_CONF: &str = "[eventlistener:rec]\n\
command={venv}/bin/python -u {dir}/recorder.py {dir}/events.txt\n\
events=EVENT\nbuffer_size=200\nstartsecs=1\nstopwaitsecs=5\n\
stdout_events_enabled=true\nstdout_capture_maxbytes=1MB\n\n\
[program:talker]\ncommand=sh -c \"printf 'h\\303\\251llo\\n'; sleep 0.3; echo err >&2; exec sleep 1000\"\n\
stdout_events_enabled=true\nstderr_events_enabled=true\nstartsecs=0\n\n\
[program:capper]\ncommand=sh -c \"printf '<!--XSUPERVISOR:BEGIN-->captured data<!--XSUPERVISOR:END-->'; exec sleep 1000\"\n\
stdout_capture_maxbytes=1MB\nstartsecs=0\n\n\
[program:crasher]\ncommand=sh -c \"exit 3\"\nstartretries=1\nstartsecs=1\nautorestart=false\n";

fn all_events(which: Impl) {
    let Some(venv) = venv_with("all_events", false) else {
        return;
    };
    let mut d = start(
        which,
        &venv,
        "recorder",
        RECORDER_CONF,
        &[("recorder.py", RECORDER), ("remote.py", REMOTE)],
    );
    let file = d.dir.join("events.txt");
    let got = |name: &str, prefix: &str| has(&records(&file), name, prefix);
    let ok = wait_until(Duration::from_secs(20), || {
        got("PROCESS_STATE_FATAL", "processname:crasher")
            && got("PROCESS_LOG_STDERR", "processname:talker")
            && got("PROCESS_COMMUNICATION_STDOUT", "processname:capper")
            && got("TICK_5", "when:")
    });
    assert!(
        ok,
        "{which:?}: events missing: {:#?}\nmain log:\n{}",
        records(&file),
        main_log(&d)
    );
    let py = venv.join("bin/python");
    let st = std::process::Command::new(&py)
        .arg(d.dir.join("remote.py"))
        .arg(d.dir.join("s.sock"))
        .status()
        .unwrap();
    assert!(st.success());
    for args in [
        &["stop", "talker"][..],
        &["remove", "talker"],
        &["add", "talker"],
    ] {
        let (out, err, _) = ctl(which, &venv, &d.conf, args);
        assert!(!out.contains("ERROR"), "{args:?}: {out}{err}");
    }
    assert!(
        wait_until(Duration::from_secs(10), || got(
            "PROCESS_GROUP_ADDED",
            "groupname:talker\n"
        ) && records(&file)
            .iter()
            .filter(|r| r.name() == "PROCESS_GROUP_ADDED" && r.payload == "groupname:talker\n")
            .count()
            == 2
            && got("REMOTE_COMMUNICATION", "type:mytype")),
        "{which:?}: {:#?}",
        records(&file)
    );
    let _ = ctl(which, &venv, &d.conf, &["shutdown"]);
    assert!(d.wait_exit(Duration::from_secs(20)).is_some());
    let recs = records(&file);
    let dump = format!("{which:?}: {recs:#?}\nmain log:\n{}", main_log(&d));

    // Headers: fixed order and values; serials increase by one (nothing overflowed).
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(
            r.order,
            [
                "ver",
                "server",
                "serial",
                "pool",
                "poolserial",
                "eventname",
                "len"
            ],
            "{dump}"
        );
        assert_eq!(r.h("ver"), "3.0");
        assert_eq!(r.h("server"), "evtest");
        assert_eq!(r.h("pool"), "rec");
        assert_eq!(r.h("poolserial"), i.to_string(), "{dump}");
        assert_eq!(r.h("len"), r.payload.chars().count().to_string(), "{dump}");
        if i > 0 {
            let a: u64 = recs[i - 1].h("serial").parse().unwrap();
            let b: u64 = r.h("serial").parse().unwrap();
            assert_eq!(b, a + 1, "{dump}");
        }
    }
    // Boot: every group announced (the pool sees its own ADDED and later groups'), then
    // SUPERVISOR_STATE_CHANGE_RUNNING.
    let names: Vec<&str> = recs.iter().map(|r| r.name()).collect();
    assert_eq!(names[0], "PROCESS_GROUP_ADDED", "{dump}");
    assert_eq!(recs[0].payload, "groupname:rec\n", "{dump}");
    let running = names
        .iter()
        .position(|n| *n == "SUPERVISOR_STATE_CHANGE_RUNNING")
        .expect("RUNNING event");
    let mut boot: Vec<&str> = recs[..running].iter().map(|r| r.payload.as_str()).collect();
    boot.sort();
    assert_eq!(
        boot,
        [
            "groupname:capper\n",
            "groupname:crasher\n",
            "groupname:rec\n",
            "groupname:talker\n"
        ],
        "{dump}"
    );
    assert_eq!(recs[running].payload, "");
    assert_eq!(recs[running].h("len"), "0");

    // Process states, with tries/pid/expected as Python renders them.
    let rec_events: Vec<&str> = recs
        .iter()
        .filter(|r| r.payload.starts_with("processname:rec "))
        .map(|r| r.payload.as_str())
        .collect();
    assert!(
        rec_events[0] == "processname:rec groupname:rec from_state:STOPPED tries:0",
        "{dump}"
    );
    assert!(
        rec_events[1].starts_with("processname:rec groupname:rec from_state:STARTING pid:"),
        "{dump}"
    );
    let crasher: Vec<(&str, &str)> = recs
        .iter()
        .filter(|r| r.payload.starts_with("processname:crasher "))
        .map(|r| (r.name(), r.payload.as_str()))
        .collect();
    let p = "processname:crasher groupname:crasher from_state:";
    assert_eq!(
        crasher,
        [
            ("PROCESS_STATE_STARTING", &*format!("{p}STOPPED tries:0")),
            ("PROCESS_STATE_BACKOFF", &*format!("{p}STARTING tries:1")),
            ("PROCESS_STATE_STARTING", &*format!("{p}BACKOFF tries:1")),
            ("PROCESS_STATE_BACKOFF", &*format!("{p}STARTING tries:2")),
            ("PROCESS_STATE_FATAL", &*format!("{p}BACKOFF")),
        ],
        "{dump}"
    );
    let talker: Vec<&str> = recs
        .iter()
        .filter(|r| r.name().starts_with("PROCESS_STATE") && r.payload.contains("talker "))
        .map(|r| r.name())
        .collect();
    // Python may lose the shutdown's STOPPING/STOPPED: it stops the listener as soon as
    // the other groups are down. Ours lets listeners take their buffered events first.
    assert!(talker.len() >= 6, "{dump}");
    if which == Impl::Ours {
        assert_eq!(talker.len(), 8, "{dump}");
        assert_eq!(
            talker[6..],
            ["PROCESS_STATE_STOPPING", "PROCESS_STATE_STOPPED"]
        );
    }
    assert_eq!(
        talker[..6],
        [
            "PROCESS_STATE_STARTING",
            "PROCESS_STATE_RUNNING",
            "PROCESS_STATE_STOPPING",
            "PROCESS_STATE_STOPPED",
            "PROCESS_STATE_STARTING",
            "PROCESS_STATE_RUNNING",
        ],
        "{dump}"
    );
    let stopped = recs
        .iter()
        .find(|r| r.name() == "PROCESS_STATE_STOPPED" && r.payload.contains("talker "))
        .unwrap();
    assert!(
        stopped
            .payload
            .starts_with("processname:talker groupname:talker from_state:STOPPING pid:"),
        "{dump}"
    );
    assert_ne!(stopped.payload.rsplit(':').next(), Some("0"), "{dump}");

    // Output events: PROCESS_LOG_* per chunk (non-ASCII: len counts characters),
    // PROCESS_COMMUNICATION_* between the capture tokens.
    let log = recs
        .iter()
        .find(|r| r.name() == "PROCESS_LOG_STDOUT")
        .expect("PROCESS_LOG_STDOUT");
    assert!(
        log.payload
            .starts_with("processname:talker groupname:talker pid:"),
        "{dump}"
    );
    assert!(log.payload.ends_with(" channel:stdout\nhéllo\n"), "{dump}");
    assert!(has(
        &recs,
        "PROCESS_LOG_STDERR",
        "processname:talker groupname:talker pid:"
    ));
    assert!(
        recs.iter()
            .any(|r| r.name() == "PROCESS_LOG_STDERR"
                && r.payload.ends_with(" channel:stderr\nerr\n"))
    );
    // A listener's stdout is the protocol channel: never PROCESS_LOG / capture events.
    assert!(
        !recs
            .iter()
            .any(|r| r.name().starts_with("PROCESS_LOG") && r.payload.contains("processname:rec ")),
        "{dump}"
    );
    let rec_log = std::fs::read_dir(&d.dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with("rec-stdout---"))
        .map(|e| read(&e.path()))
        .unwrap_or_default();
    assert!(
        rec_log.starts_with("READY\nRESULT 2\nOK"),
        "{which:?}: {rec_log:?}"
    );
    let comm = recs
        .iter()
        .find(|r| r.name() == "PROCESS_COMMUNICATION_STDOUT")
        .unwrap();
    assert!(
        comm.payload
            .starts_with("processname:capper groupname:capper pid:"),
        "{dump}"
    );
    assert!(comm.payload.ends_with("\ncaptured data"), "{dump}");

    // Remote, ticks, group removal, shutdown.
    assert!(recs
        .iter()
        .any(|r| r.name() == "REMOTE_COMMUNICATION" && r.payload == "type:mytype\nmy data"));
    let tick = recs.iter().find(|r| r.name() == "TICK_5").unwrap();
    let when: u64 = tick.payload["when:".len()..].parse().unwrap();
    assert_eq!(when % 5, 0, "{dump}");
    assert!(recs
        .iter()
        .any(|r| r.name() == "PROCESS_GROUP_REMOVED" && r.payload == "groupname:talker\n"));
    assert!(
        names.contains(&"SUPERVISOR_STATE_CHANGE_STOPPING"),
        "{dump}"
    );
}

#[test]
fn childutils_all_events_ours() {
    all_events(Impl::Ours);
}

#[test]
fn childutils_all_events_python() {
    all_events(Impl::Python);
}

// ---------------------------------------------------------------------------------------
// reload: the global serial continues, pool serials restart

fn reload_serials(which: Impl) {
    let Some(venv) = venv_with("reload_serials", false) else {
        return;
    };
    let body = "[eventlistener:rec]\n\
command={venv}/bin/python -u {dir}/recorder.py {dir}/events.txt\n\
events=SUPERVISOR_STATE_CHANGE_RUNNING\nstartsecs=0\nstopwaitsecs=1\n";
    let d = start(which, &venv, "reload", body, &[("recorder.py", RECORDER)]);
    let file = d.dir.join("events.txt");
    assert!(wait_until(Duration::from_secs(10), || records(&file).len() == 1));
    let pid = d.child.as_ref().map(|c| c.id() as i32).unwrap_or(0);
    // SAFETY: kill(2) on our own child.
    unsafe { nix::libc::kill(pid, nix::libc::SIGHUP) };
    assert!(
        wait_until(Duration::from_secs(15), || records(&file).len() == 2),
        "{which:?}: {:#?}\n{}",
        records(&file),
        main_log(&d)
    );
    let recs = records(&file);
    assert_eq!(
        (recs[0].h("serial"), recs[0].h("poolserial")),
        ("0", "0"),
        "{which:?}"
    );
    // Only RUNNING is subscribed: the serial moved on by one, the new pool starts at 0.
    assert_eq!(
        (recs[1].h("serial"), recs[1].h("poolserial")),
        ("1", "0"),
        "{which:?}"
    );
}

#[test]
fn reload_serials_ours() {
    reload_serials(Impl::Ours);
}

#[test]
fn reload_serials_python() {
    reload_serials(Impl::Python);
}
