//! The four-way compatibility matrix (issues 7/8): Python's stock supervisorctl AND our
//! `supervisord ctl`, each against OUR daemon and against a real Python supervisord 4.3
//! on the same config. For every script step the normalised stdout, stderr and exit code
//! must be identical across the four combinations (reference: Python ctl → Python daemon).
//! Covers status, start, stop, restart, signal, tail, tail -f (bounded), maintail, pid,
//! clear, reread, update, avail, add, remove, reload, shutdown, version.
//! Skips (see `support::skip`) when no Python supervisor venv is found.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::python::{ctl, ctl_command, normalise, Impl, Supd};
use support::wait_for as wait_until;

const PROGRAMS: &str =
    "[program:sleeper]\ncommand=sh -c \"trap '' HUP USR1; exec sleep 1000\"\nstartsecs=0\n\n\
[program:stopped]\ncommand=sleep 1000\nautostart=false\nstartsecs=0\n\n\
[program:echoer]\ncommand=sh -c \"echo hello; echo err >&2; exec sleep 1000\"\nstartsecs=0\n\n\
[program:g1]\ncommand=sleep 1000\nstartsecs=0\n\n\
[program:g2]\ncommand=sleep 1000\nstartsecs=0\n\n\
[group:grp]\nprograms=g1,g2\n";

/// The second config: `stopped` gone, `echoer` changed, `extra` new.
const PROGRAMS_V2: &str =
    "[program:sleeper]\ncommand=sh -c \"trap '' HUP USR1; exec sleep 1000\"\nstartsecs=0\n\n\
[program:echoer]\ncommand=sh -c \"echo hello; echo err >&2; exec sleep 1001\"\nstartsecs=0\n\n\
[program:extra]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n\n\
[program:g1]\ncommand=sleep 1000\nstartsecs=0\n\n\
[program:g2]\ncommand=sleep 1000\nstartsecs=0\n\n\
[group:grp]\nprograms=g1,g2\n";

fn conf_text(programs: &str) -> String {
    format!(
        "[supervisord]\nlogfile=%(here)s/sd.log\npidfile=%(here)s/sd.pid\nchildlogdir=%(here)s\n\n\
         [unix_http_server]\nfile=%(here)s/s.sock\n\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
         [supervisorctl]\nserverurl=unix://%(here)s/s.sock\n\n{programs}"
    )
}

/// The four combinations: (ctl, daemon).
const COMBOS: [(Impl, Impl); 4] = [
    (Impl::Python, Impl::Python),
    (Impl::Ours, Impl::Python),
    (Impl::Python, Impl::Ours),
    (Impl::Ours, Impl::Ours),
];

struct Matrix {
    venv: std::path::PathBuf,
    py: Supd,
    rs: Supd,
    /// Every difference found: (step, combo, ours, reference).
    diffs: Vec<String>,
}

fn running_count(venv: &Path, d: &Supd) -> usize {
    let (out, _, _) = ctl(Impl::Python, venv, &d.conf, &["status"]);
    out.lines().filter(|l| l.contains("RUNNING")).count()
}

fn wait_up(venv: &Path, d: &Supd, running: usize) {
    assert!(
        wait_until(Duration::from_secs(20), || running_count(venv, d)
            == running),
        "{:?} supervisord did not come up with {running} running\n{}",
        d.which,
        d.diagnosis()
    );
}

impl Matrix {
    fn daemon(&self, which: Impl) -> &Supd {
        match which {
            Impl::Python => &self.py,
            Impl::Ours => &self.rs,
        }
    }

    fn run(&self, c: Impl, d: Impl, args: &[&str]) -> (String, String, i32) {
        let daemon = self.daemon(d);
        let (out, err, code) = ctl(c, &self.venv, &daemon.conf, args);
        // Group/all results come in completion order, which varies between runs of
        // Python's daemon itself: compare those line sets sorted.
        let sort = args.iter().any(|a| *a == "all" || a.ends_with(":*"))
            || matches!(args.first(), Some(&"update" | &"reread" | &"avail"));
        let norm = |t: &str| {
            let n = normalise(t, &daemon.dir);
            if sort {
                let mut lines: Vec<&str> = n.lines().collect();
                lines.sort_unstable();
                lines.join("\n")
            } else {
                n
            }
        };
        (norm(&out), norm(&err), code)
    }

    /// Runs `script` once per combination (ctl A on a daemon, then ctl B on it; scripts
    /// restore the state they change) and records every step that differs from the
    /// reference.
    fn script(&mut self, name: &str, script: &[&[&str]], between: &dyn Fn(&Matrix, Impl)) {
        let mut results: Vec<Vec<(String, String, i32)>> = Vec::new();
        for (c, d) in COMBOS {
            let mut steps = Vec::new();
            for args in script {
                if args.first() == Some(&"@wait") {
                    between(self, d);
                    continue;
                }
                steps.push(self.run(c, d, args));
            }
            results.push(steps);
        }
        let steps: Vec<&&[&str]> = script
            .iter()
            .filter(|a| a.first() != Some(&"@wait"))
            .collect();
        for (k, (c, d)) in COMBOS.iter().enumerate().skip(1) {
            for (i, args) in steps.iter().enumerate() {
                if results[k][i] != results[0][i] {
                    self.diffs.push(format!(
                        "[{name}] supervisorctl {args:?} with {c:?} ctl → {d:?} daemon:\n  got      {:?}\n  expected {:?}",
                        results[k][i], results[0][i]
                    ));
                }
            }
        }
    }
}

/// `tail -f` until `needle` and a newline after it arrived (bounded: killed then, or
/// after 10 s).
fn tail_follow(venv: &Path, c: Impl, d: &Supd, args: &[&str], needle: &str) -> String {
    let mut child = ctl_command(c, venv, &d.conf, args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("tail -f");
    let mut stdout = child.stdout.take().expect("stdout");
    let got = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&got);
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let text = || String::from_utf8_lossy(&got.lock().unwrap()).into_owned();
    let arrived = wait_until(Duration::from_secs(10), || {
        let t = text();
        t.find(needle).is_some_and(|i| t[i..].contains('\n'))
    });
    let _ = child.kill();
    let _ = child.wait();
    let _ = reader.join();
    let text = text();
    assert!(arrived, "{c:?} tail -f on {:?}: {text:?}", d.which);
    normalise(&text, &d.dir)
}

#[test]
fn four_way_matrix_python_and_ours() {
    let Some(venv) = support::python::venv_or_skip("four_way_matrix_python_and_ours") else {
        return;
    };
    let conf1 = conf_text(PROGRAMS);
    let py = Supd::start(Impl::Python, &venv, "m", &conf1);
    let rs = Supd::start(Impl::Ours, &venv, "m", &conf1);
    wait_up(&venv, &py, 4);
    wait_up(&venv, &rs, 4);
    let mut m = Matrix {
        venv: venv.clone(),
        py,
        rs,
        diffs: Vec::new(),
    };
    let logs_ready = |m: &Matrix, d: Impl| {
        let daemon = m.daemon(d);
        assert!(wait_until(Duration::from_secs(10), || {
            ctl(Impl::Python, &m.venv, &daemon.conf, &["tail", "echoer"])
                .0
                .contains("hello")
        }));
    };
    m.script("read-only", &[&["@wait"]], &logs_ready);
    m.script(
        "read-only",
        &[
            &["status"],
            &["status", "all"],
            &["status", "grp:*"],
            &["status", "sleeper", "nosuch"],
            &["pid"],
            &["pid", "sleeper"],
            &["pid", "stopped"],
            &["pid", "all"],
            &["version"],
            &["avail"],
            &["tail", "echoer"],
            &["tail", "-3", "echoer"],
            &["tail", "echoer", "stderr"],
            &["tail", "stopped"],
            &["tail", "nosuch"],
            &["reread"],
            &["maintail", "-1"],
        ],
        &|_, _| {},
    );
    // Each run ends by killing grp:* with USR1 moments after starting it: ours holds such a
    // respawn until 1 s after the spawn (the restart throttle, a deliberate difference), so
    // the next run starts once the four are RUNNING again, or its `stop grp:*` would race it.
    m.script(
        "lifecycle",
        &[
            &["@wait"],
            &["stop", "sleeper"],
            &["status", "sleeper"],
            &["stop", "sleeper"],
            &["start", "sleeper"],
            &["start", "sleeper"],
            &["restart", "sleeper"],
            &["restart", "stopped"],
            &["stop", "stopped"],
            &["stop", "grp:*"],
            &["status"],
            &["start", "grp:*"],
            &["restart", "grp:g1"],
            &["signal", "HUP", "sleeper"],
            &["signal", "USR1", "grp:*"],
            &["signal", "HUP", "stopped"],
            &["signal", "BOGUS", "sleeper"],
            &["stop", "nosuch"],
            &["start", "nosuch"],
            &["clear", "echoer"],
            &["tail", "echoer"],
            &["clear", "nosuch"],
            &["clear", "all"],
        ],
        &|m, d| wait_up(&m.venv, m.daemon(d), 4),
    );
    // Config changes: reread/avail/update with a v2 config, then back to v1.
    let write = |m: &Matrix, text: &str| {
        std::fs::write(&m.py.conf, text).unwrap();
        std::fs::write(&m.rs.conf, text).unwrap();
    };
    write(&m, &conf_text(PROGRAMS_V2));
    let v1 = conf_text(PROGRAMS);
    let v2 = conf_text(PROGRAMS_V2);
    let set = move |m: &Matrix, d: Impl, text: &str| {
        std::fs::write(&m.daemon(d).conf, text).unwrap();
    };
    // "@wait" toggles the config of the daemon under test: v2 → v1 → v2 ...
    let toggle = {
        let v1 = v1.clone();
        let v2 = v2.clone();
        move |m: &Matrix, d: Impl| {
            let cur = std::fs::read_to_string(&m.daemon(d).conf).unwrap_or_default();
            set(m, d, if cur == v2 { &v1 } else { &v2 });
        }
    };
    m.script(
        "config",
        &[
            &["reread"],
            &["avail"],
            &["update", "nosuch"],
            &["update"],
            &["status"],
            &["avail"],
            &["add", "extra"],
            &["add", "nosuch"],
            &["remove", "extra"],
            &["add", "extra"],
            &["start", "extra"],
            &["remove", "extra"],
            &["stop", "extra"],
            &["remove", "extra"],
            &["@wait"],
            &["reread"],
            &["update", "all"],
            &["status"],
            &["@wait"],
        ],
        &toggle,
    );
    write(&m, &v1);
    // tail -f, bounded: the same first bytes from each combination.
    let mut follows = Vec::new();
    for (c, d) in COMBOS {
        let daemon = m.daemon(d);
        follows.push((
            c,
            d,
            tail_follow(
                &m.venv,
                c,
                daemon,
                &["tail", "-f", "echoer", "stderr"],
                "err",
            ),
        ));
    }
    for (c, d, text) in &follows[1..] {
        if *text != follows[0].2 {
            m.diffs.push(format!(
                "tail -f with {c:?} ctl → {d:?} daemon:\n  got      {text:?}\n  expected {:?}",
                follows[0].2
            ));
        }
    }
    // reload: both ctls on both daemons; the daemon comes back with the same programs.
    // First "@wait" records sleeper's pid, the second waits for a new one (the restart
    // happened) with everything up again.
    let before = std::cell::RefCell::new(None::<String>);
    m.script(
        "reload",
        &[&["@wait"], &["reload"], &["@wait"], &["status"]],
        &|m: &Matrix, d: Impl| {
            let daemon = m.daemon(d);
            let pid = || ctl(Impl::Python, &m.venv, &daemon.conf, &["pid", "sleeper"]).0;
            let prev = before.borrow_mut().take();
            match prev {
                None => *before.borrow_mut() = Some(pid()),
                Some(old) => {
                    assert!(
                        wait_until(Duration::from_secs(20), || {
                            let p = pid();
                            p != old && p.trim().parse::<i32>().is_ok_and(|n| n > 0)
                        }),
                        "{d:?} daemon did not restart\n{}",
                        daemon.diagnosis()
                    );
                    wait_up(&m.venv, daemon, 4);
                }
            }
        },
    );
    // shutdown: each ctl once per daemon (the daemon is started again in between).
    for (c, d) in COMBOS {
        let (out, err, code) = m.run(c, d, &["shutdown"]);
        let venv = m.venv.clone();
        let daemon = match d {
            Impl::Python => &mut m.py,
            Impl::Ours => &mut m.rs,
        };
        let status = daemon.wait_exit(Duration::from_secs(20));
        let got = (out, err, code, status);
        let expected = ("Shut down".to_string(), String::new(), 0, Some(0));
        if got != expected {
            m.diffs.push(format!(
                "shutdown with {c:?} ctl → {d:?} daemon: got {got:?}, expected {expected:?}"
            ));
        }
        daemon.spawn(&venv);
        wait_up(&venv, daemon, 4);
        let (out, _, code) = m.run(c, d, &["version"]);
        assert_eq!((out.as_str(), code), ("4.3.0", 0));
    }
    assert!(
        m.diffs.is_empty(),
        "{} differences:\n{}",
        m.diffs.len(),
        m.diffs.join("\n")
    );
}

#[test]
fn stop_dates_are_normalised() {
    use support::python::strip_dates;
    assert_eq!(
        strip_dates("x   STOPPED   Nov 23 03:40 AM"),
        "x   STOPPED   DATE"
    );
    assert_eq!(strip_dates("Nov 2"), "Nov 2");
}
