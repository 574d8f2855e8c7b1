//! Misbehaving event listeners (issue 9), against OUR daemon and a real Python
//! supervisord 4.3: a listener sending garbage goes UNKNOWN (Python's WARN line), one that
//! never reads its stdin (a full pipe) and never answers overflows its pool buffer (ERRO
//! line) without blocking the daemon, a listener dying mid-event gets the event again once
//! restarted, a rejected event is re-sent; meanwhile a well-behaved listener keeps getting
//! events at once. Skips loudly without the Python venv (the listeners use childutils).

#[allow(dead_code, unused_imports)]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::python::{ctl, Impl, Supd};
use support::wait_for as wait_until;

/// One listener script, behaviour by mode: `record` (write `eventname serial` lines, OK),
/// `garbage` (no READY, just junk), `mute` (READY, then never reads stdin), `dieonce`
/// (record, and the first instance dies without answering), `rejectonce` (record; FAIL the
/// first delivery of each serial, OK the second), `badresult` (answers `RESULT abc`).
const LISTENER: &str = r#"import os, sys, time
from supervisor import childutils
mode, out = sys.argv[1], sys.argv[2]
if mode == 'garbage':
    sys.stdout.write('HELLO!\n'); sys.stdout.flush()
    while True:
        time.sleep(1)
if mode == 'mute':
    sys.stdout.write('READY\n'); sys.stdout.flush()
    while True:
        time.sleep(1)
if mode == 'badresult':
    childutils.listener.wait(sys.stdin, sys.stdout)
    sys.stdout.write('RESULT abc\n'); sys.stdout.flush()
    while True:
        time.sleep(1)
seen = set()
while True:
    headers, payload = childutils.listener.wait(sys.stdin, sys.stdout)
    serial = headers['serial']
    with open(out, 'a') as f:
        f.write('%s %s\n' % (headers['eventname'], serial))
    if mode == 'dieonce' and not os.path.exists(out + '.died'):
        open(out + '.died', 'w').close()
        os._exit(1)
    if mode == 'rejectonce' and serial not in seen:
        seen.add(serial)
        childutils.listener.fail(sys.stdout)
        continue
    childutils.listener.ok(sys.stdout)
"#;

const REMOTE: &str = r#"import sys, xmlrpc.client
from supervisor.xmlrpc import SupervisorTransport
t = SupervisorTransport(None, None, 'unix://' + sys.argv[1])
s = xmlrpc.client.ServerProxy('http://127.0.0.1', transport=t)
s.supervisor.sendRemoteCommEvent(sys.argv[2], 'data')
"#;

fn start(which: Impl, venv: &Path, tag: &str, body: &str) -> Supd {
    let dir = support::temp_dir(&format!("evbad-{tag}-{which:?}"));
    std::fs::write(dir.join("listener.py"), LISTENER).unwrap();
    std::fs::write(dir.join("remote.py"), REMOTE).unwrap();
    let py = venv.join("bin/python");
    let body = body
        .replace(
            "{py}",
            &format!("{} -u {}/listener.py", py.display(), dir.display()),
        )
        .replace("{dir}", &dir.display().to_string());
    let text = format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\n\
childlogdir=%(here)s\nloglevel=info\n\n\
[unix_http_server]\nfile=%(here)s/s.sock\n\n\
[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
[supervisorctl]\nserverurl=unix://%(here)s/s.sock\n\n{body}\n"
    );
    let conf = dir.join("supervisord.conf");
    std::fs::write(&conf, text).unwrap();
    let mut d = Supd {
        which,
        dir,
        conf,
        child: None,
    };
    d.spawn(venv);
    let sock = d.dir.join("s.sock");
    assert!(wait_until(Duration::from_secs(15), || sock.exists()));
    d
}

fn main_log(d: &Supd) -> String {
    std::fs::read_to_string(d.dir.join("main.log")).unwrap_or_default()
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn remote(d: &Supd, venv: &Path, ty: &str) {
    let st = std::process::Command::new(venv.join("bin/python"))
        .arg(d.dir.join("remote.py"))
        .arg(d.dir.join("s.sock"))
        .arg(ty)
        .status()
        .unwrap();
    assert!(st.success());
}

const UNKNOWN_WARN: &str = "WARN bad: has entered the UNKNOWN state and will no longer receive events, this usually indicates the process violated the eventlistener protocol";

fn garbage_mute_and_full_pipe(which: Impl) {
    let Some(venv) = support::python::venv_or_skip("garbage_mute_and_full_pipe") else {
        return;
    };
    let body = "[eventlistener:good]\ncommand={py} record {dir}/good.txt\n\
events=REMOTE_COMMUNICATION\nstartsecs=1\n\n\
[eventlistener:bad]\ncommand={py} garbage {dir}/bad.txt\nevents=EVENT\nstartsecs=1\n\n\
[eventlistener:mute]\ncommand={py} mute {dir}/mute.txt\nevents=PROCESS_LOG\nbuffer_size=2\nstartsecs=1\n\n\
[program:big]\ncommand=python3 -c \"import sys, time; time.sleep(2); sys.stdout.write('x' * 300000); sys.stdout.flush(); time.sleep(1000)\"\n\
stdout_events_enabled=true\nstartsecs=0\n\n\
[program:chatty]\ncommand=sh -c \"sleep 5; while :; do echo x; sleep 0.1; done\"\n\
stdout_events_enabled=true\nstartsecs=0\n";
    let d = start(which, &venv, "garbage", body);
    assert!(
        wait_until(Duration::from_secs(15), || main_log(&d)
            .contains(UNKNOWN_WARN)),
        "{which:?}: {}",
        main_log(&d)
    );
    // mute's first event is a ≥ 64 KiB chunk of big's output: more than its stdin pipe
    // holds, so the rest of the envelope waits in the daemon (ours: POLLOUT).
    assert!(
        wait_until(Duration::from_secs(15), || main_log(&d).contains(
            "ERRO pool mute event buffer overflowed, discarding event "
        )),
        "{which:?}: {}",
        main_log(&d)
    );
    // The loop is not blocked by mute's full stdin pipe: control calls answer at once,
    // and the good listener gets events promptly.
    let t = Instant::now();
    let (out, _, _) = ctl(which, &venv, &d.conf, &["status", "big"]);
    assert!(out.contains("RUNNING"), "{out}");
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
    let good = d.dir.join("good.txt");
    for i in 0..3 {
        remote(&d, &venv, &format!("t{i}"));
    }
    assert!(
        wait_until(Duration::from_secs(5), || lines(&good).len() == 3),
        "{which:?}: {:?}\n{}",
        lines(&good),
        main_log(&d)
    );
    // bad stays UNKNOWN and running; nobody else is affected.
    let (out, _, _) = ctl(which, &venv, &d.conf, &["status", "bad"]);
    assert!(out.contains("RUNNING"), "{out}");
}

#[test]
fn garbage_mute_full_pipe_ours() {
    garbage_mute_and_full_pipe(Impl::Ours);
}

#[test]
fn garbage_mute_full_pipe_python() {
    garbage_mute_and_full_pipe(Impl::Python);
}

fn death_and_rejection(which: Impl) {
    let Some(venv) = support::python::venv_or_skip("death_and_rejection") else {
        return;
    };
    let body = "[eventlistener:dier]\ncommand={py} dieonce {dir}/dier.txt\n\
events=REMOTE_COMMUNICATION\nstartsecs=1\nautorestart=true\n\n\
[eventlistener:rejector]\ncommand={py} rejectonce {dir}/rejector.txt\n\
events=REMOTE_COMMUNICATION\nstartsecs=1\n\n\
[eventlistener:badres]\ncommand={py} badresult {dir}/badres.txt\n\
events=REMOTE_COMMUNICATION\nstartsecs=1\n";
    let d = start(which, &venv, "death", body);
    assert!(wait_until(Duration::from_secs(10), || {
        let log = main_log(&d);
        log.contains("success: dier entered RUNNING")
            && log.contains("success: rejector entered RUNNING")
    }));
    remote(&d, &venv, "once");
    let dier = d.dir.join("dier.txt");
    let rejector = d.dir.join("rejector.txt");
    assert!(
        wait_until(Duration::from_secs(15), || lines(&dier).len() >= 2
            && lines(&rejector).len() >= 2),
        "{which:?}: {:?} {:?}\n{}",
        lines(&dier),
        lines(&rejector),
        main_log(&d)
    );
    // The same event (same serial) both times.
    let l = lines(&dier);
    assert_eq!(l[0], l[1], "{which:?}");
    assert!(l[0].starts_with("REMOTE_COMMUNICATION "));
    let l = lines(&rejector);
    assert_eq!(l[0], l[1], "{which:?}");
    assert!(main_log(&d).contains("WARN rejector: event was rejected"));
    assert!(main_log(&d).contains("exited: dier (exit status 1; not expected)"));
    assert!(
        wait_until(Duration::from_secs(5), || main_log(&d)
            .contains("WARN badres: bad result line: 'RESULT abc'")
            && main_log(&d)
                .contains("WARN badres: has entered the UNKNOWN state")),
        "{which:?}: {}",
        main_log(&d)
    );
}

#[test]
fn death_and_rejection_ours() {
    death_and_rejection(Impl::Ours);
}

#[test]
fn death_and_rejection_python() {
    death_and_rejection(Impl::Python);
}

/// A listener flooding its stdout with junk goes UNKNOWN; the daemon's memory stays
/// bounded while it keeps reading (ours only: measures our process).
#[test]
fn flooding_listener_is_bounded() {
    // Our daemon does not use the venv; the listener is `yes`.
    let d = start(
        Impl::Ours,
        Path::new("/nonexistent"),
        "flood",
        "[eventlistener:flood]\ncommand=yes\nevents=EVENT\nstdout_logfile=NONE\nstartsecs=0\n",
    );
    assert!(
        wait_until(Duration::from_secs(10), || main_log(&d)
            .contains("WARN flood: has entered the UNKNOWN state")),
        "{}",
        main_log(&d)
    );
    // Keep it flooding for a while, watching our resident size.
    let pid = d.child.as_ref().map(|c| c.id()).unwrap_or(0);
    let rss = || -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    let end = Instant::now() + Duration::from_secs(2);
    let mut max = 0;
    while Instant::now() < end {
        max = max.max(rss());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(max > 0 && max < 64 * 1024, "RSS {max} kB");
}

/// With a listener subscribed to no TICK type, an idle daemon never wakes (the loop has no
/// deadline); an event is still delivered at once, not on some periodic tick (ours only).
#[test]
fn idle_without_ticks_and_immediate_delivery() {
    let Some(venv) = support::python::venv_or_skip("idle_without_ticks_and_immediate_delivery")
    else {
        return;
    };
    let d = start(
        Impl::Ours,
        &venv,
        "idle",
        "[eventlistener:good]\ncommand={py} record {dir}/good.txt\n\
events=REMOTE_COMMUNICATION,PROCESS_STATE\nstartsecs=0\n",
    );
    assert!(wait_until(Duration::from_secs(10), || main_log(&d)
        .contains("success: good entered RUNNING")));
    let good = d.dir.join("good.txt");
    // Its own STARTING and RUNNING events arrive.
    assert!(wait_until(Duration::from_secs(5), || lines(&good).len() >= 2));
    let pid = d.child.as_ref().map(|c| c.id()).unwrap_or(0);
    let switches = || -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(u64::MAX)
    };
    let before = switches();
    std::thread::sleep(Duration::from_millis(2500));
    let after = switches();
    assert!(after - before <= 2, "loop woke {} times", after - before);
    let n = lines(&good).len();
    // sendRemoteCommEvent returns once the event is queued; delivery follows at once.
    remote(&d, &venv, "now");
    let t = Instant::now();
    assert!(wait_until(Duration::from_secs(5), || lines(&good).len() > n));
    assert!(
        t.elapsed() < Duration::from_millis(900),
        "{:?}",
        t.elapsed()
    );
}
