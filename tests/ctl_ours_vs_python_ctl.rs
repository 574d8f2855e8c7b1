//! Our supervisorctl against a REAL Python supervisord 4.3: every command of a matrix is run
//! through Python's supervisorctl and through ours, and stdout, stderr and exit codes must
//! match (pids and uptimes normalised). Skips (see `support::skip`)
//! when no Python supervisor is found (`support::python::venv`).

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::wait_for;

/// Shared normalisation (pids, uptimes, stop dates, Python source locations).
fn normalise(text: &str) -> String {
    support::python::normalise(text, Path::new("/nonexistent-dir"))
}

struct Daemon {
    child: Option<Child>,
    dir: PathBuf,
    conf: PathBuf,
    venv: PathBuf,
    port: u16,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        support::wait::terminate(&mut self.child, Duration::from_secs(15));
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn start_daemon(tag: &str) -> Option<Daemon> {
    let venv = support::python::venv_or_skip(&format!("ctl_ours_vs_python_ctl ({tag})"))?;
    let dir = support::temp_dir(&format!("ctl-{tag}"));
    let port = support::free_port();
    let conf = dir.join("supervisord.conf");
    let text = format!(
        "[supervisord]\nlogfile=%(here)s/sd.log\npidfile=%(here)s/sd.pid\nchildlogdir=%(here)s\n\
         [unix_http_server]\nfile=%(here)s/s.sock\n\
         [inet_http_server]\nport=127.0.0.1:{port}\nusername=user\npassword=secret\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\
         [supervisorctl]\nserverurl=unix://%(here)s/s.sock\n\
         [program:sleeper]\ncommand=sh -c \"trap '' HUP USR1; exec sleep 1000\"\nstartsecs=0\n\
         [program:stopped]\ncommand=sleep 1000\nautostart=false\nstartsecs=0\n\
         [program:missing]\ncommand=/nonexistent/bin/prog\nautostart=false\n\
         [program:echoer]\ncommand=sh -c \"echo hello; echo err >&2; exec sleep 1000\"\nstartsecs=0\n\
         [program:g1]\ncommand=sleep 1000\nstartsecs=0\n\
         [program:g2]\ncommand=sleep 1000\nstartsecs=0\n\
         [group:grp]\nprograms=g1,g2\n"
    );
    std::fs::write(&conf, text).expect("write conf");
    let child = Command::new(venv.join("bin/supervisord"))
        .args(["-n", "-c"])
        .arg(&conf)
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start python supervisord");
    let d = Daemon {
        child: Some(child),
        dir,
        conf,
        venv,
        port,
    };
    let mut out = String::new();
    let up = wait_for(Duration::from_secs(20), || {
        out = python(&d, &["status"]).0;
        let running = out.lines().filter(|l| l.contains("RUNNING")).count();
        running == 4 && d.dir.join("sd.log").exists()
    });
    assert!(up, "python supervisord did not come up: {out}");
    // echoer's output must be in its logs before tails are compared.
    assert!(
        wait_for(Duration::from_secs(10), || python(&d, &["tail", "echoer"])
            .0
            .contains("hello")),
        "echoer log never appeared"
    );
    Some(d)
}

fn python(d: &Daemon, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(d.venv.join("bin/supervisorctl"))
        .arg("-c")
        .arg(&d.conf)
        .args(args)
        .current_dir(&d.dir)
        .stdin(Stdio::null())
        .output()
        .expect("run python supervisorctl");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn ours(d: &Daemon, args: &[&str]) -> (String, String, i32) {
    let mut all = vec!["-c".to_string(), d.conf.display().to_string()];
    all.extend(args.iter().map(|s| s.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut input = std::io::empty();
    // Python prints its argv[0] in usage errors; pass the same one.
    let argv0 = d.venv.join("bin/supervisorctl").display().to_string();
    let code = supervisord::ctl::run_with(&all, &argv0, &mut input, &mut out, &mut err);
    (
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
        code,
    )
}

fn compare_script(d: &Daemon, script: &[&[&str]]) {
    let py: Vec<_> = script.iter().map(|args| python(d, args)).collect();
    let rs: Vec<_> = script.iter().map(|args| ours(d, args)).collect();
    // Group and "all" results come in the daemon's internal order, which differs between
    // two runs of the same command; compare those line sets sorted.
    let norm = |text: &str, args: &[&str]| {
        let n = normalise(text);
        if args.iter().any(|a| *a == "all" || a.ends_with(":*")) {
            let mut lines: Vec<&str> = n.lines().collect();
            lines.sort_unstable();
            lines.join("\n")
        } else {
            n
        }
    };
    for ((args, p), r) in script.iter().zip(&py).zip(&rs) {
        assert_eq!(
            (norm(&r.0, args), norm(&r.1, args), r.2),
            (norm(&p.0, args), norm(&p.1, args), p.2),
            "supervisorctl {args:?}: ours (left) vs Python (right)"
        );
    }
}

#[test]
fn command_matrix_matches_python_supervisorctl() {
    let Some(d) = start_daemon("matrix") else {
        return;
    };
    let single: &[&[&str]] = &[
        &["status"],
        &["status", "sleeper"],
        &["status", "nosuch"],
        &["status", "grp:*"],
        &["status", "grp:g1", "nogrp:*"],
        &["status", "sleeper", "nosuch"],
        &["status", "all"],
        &["pid"],
        &["pid", "sleeper"],
        &["pid", "stopped"],
        &["pid", "nosuch"],
        &["pid", "all"],
        &["version"],
        &["version", "x"],
        &["avail"],
        &["avail", "x"],
        &["tail", "echoer"],
        &["tail", "-3", "echoer"],
        &["tail", "echoer", "stderr"],
        &["tail", "nosuch"],
        &["tail", "echoer", "badch"],
        &["tail", "-x", "echoer"],
        &["tail"],
        &["tail", "a", "b", "c", "d"],
        &["maintail", "x"],
        &["maintail", "-x"],
        &["maintail", "-1", "-2"],
        &["reread"],
        &["reread", "x"],
        &["help"],
        &["help", "status"],
        &["help", "tail"],
        &["help", "nope"],
        &["foo", "bar"],
        &["start"],
        &["start", "nosuch"],
        &["start", "nogrp:*"],
        &["start", "sleeper"],
        &["start", "grp:*"],
        &["start", "missing"],
        &["stop"],
        &["stop", "nosuch"],
        &["stop", "nogrp:*"],
        &["stop", "stopped"],
        &["restart"],
        &["signal"],
        &["signal", "HUP"],
        &["signal", "BOGUS", "sleeper"],
        &["signal", "HUP", "stopped"],
        &["signal", "HUP", "nosuch"],
        &["signal", "HUP", "nogrp:*"],
        &["signal", "HUP", "sleeper"],
        &["signal", "USR1", "grp:*"],
        &["clear"],
        &["clear", "nosuch"],
        &["add", "nosuch"],
        &["add", "sleeper"],
        &["remove", "nosuch"],
        &["remove", "sleeper"],
        &["update", "nosuch"],
        &["shutdown", "x"],
        &["reload", "x"],
        &["open", "ftp://x"],
        &["fg"],
        &["fg", "a", "b"],
        &["fg", "nosuch"],
        &["fg", "stopped"],
    ];
    for cmd in single {
        compare_script(&d, &[cmd]);
    }
    // Scripts that change state and put it back.
    compare_script(
        &d,
        &[
            &["start", "stopped"],
            &["status", "stopped"],
            &["stop", "stopped"],
        ],
    );
    compare_script(&d, &[&["stop", "grp:*"], &["status"], &["start", "grp:*"]]);
    compare_script(
        &d,
        &[
            &["stop", "grp:g1", "sleeper"],
            &["start", "grp:g1", "sleeper"],
        ],
    );
    compare_script(&d, &[&["restart", "sleeper"], &["restart", "grp:*"]]);
    compare_script(
        &d,
        &[&["stop", "all"], &["start", "all"], &["stop", "stopped"]],
    );
    compare_script(&d, &[&["clear", "echoer"], &["tail", "echoer"]]);
}

#[test]
fn connection_and_auth_errors_match() {
    let Some(d) = start_daemon("conn") else {
        return;
    };
    let port = d.port.to_string();
    let url = format!("http://127.0.0.1:{port}");
    let refused = format!("http://127.0.0.1:{}", support::free_port());
    let nofile = format!("unix://{}/nope.sock", d.dir.display());
    let sock = format!("unix://{}/s.sock", d.dir.display());
    let cases: Vec<Vec<&str>> = vec![
        vec!["open", &sock],
        vec!["open", &nofile],
        vec!["-s", &nofile, "status"],
        vec!["-s", &nofile, "start", "x"],
        vec!["-s", &nofile, "version"],
        vec!["-s", &refused, "status"],
        vec!["-s", &refused, "stop", "x"],
        vec!["-s", &nofile, "shutdown"],
        vec!["-s", &url, "status"],
        vec!["-s", &url, "-u", "user", "-p", "wrong", "pid"],
        vec![
            "-s", &url, "-u", "user", "-p", "secret", "status", "sleeper",
        ],
        vec![
            "-s",
            &url,
            "--username=user",
            "--password=secret",
            "version",
        ],
        vec!["-z"],
        vec!["-c"],
        vec!["-s", "nonsense", "status"],
    ];
    for args in &cases {
        compare_script(&d, &[args.as_slice()]);
    }
    compare_script(&d, &[&["-h"]]);
}

#[test]
fn json_status_wait_and_tail_follow() {
    let Some(d) = start_daemon("extras") else {
        return;
    };
    let (out, _, code) = ours(&d, &["status", "--json", "sleeper", "stopped"]);
    assert_eq!(code, 3, "{out}");
    let parsed = supervisord::http::json::parse(out.trim()).expect("valid JSON");
    let supervisord::rpc::Value::Array(items) = parsed else {
        panic!("array")
    };
    assert_eq!(items.len(), 2);
    assert!(out.contains("\"statename\":\"RUNNING\"") && out.contains("\"statename\":\"STOPPED\""));
    assert_eq!(
        ours(&d, &["wait", "sleeper", "grp:*", "--timeout", "5"]).2,
        0
    );
    let (out, _, code) = ours(&d, &["wait", "stopped", "--timeout=0.3"]);
    assert_eq!(
        (code, out.as_str()),
        (1, "stopped: ERROR (timed out in state STOPPED)\n")
    );
    let (out, _, code) = ours(&d, &["wait", "nosuch", "--timeout", "1"]);
    assert_eq!(
        (code, out.as_str()),
        (1, "nosuch: ERROR (no such process)\n")
    );
    assert_eq!(ours(&d, &["wait"]).2, 1);

    // tail -f against Python's streaming /logtail: stop once "hello" has arrived.
    struct UntilHello(Vec<u8>);
    impl Write for UntilHello {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.extend_from_slice(b);
            if String::from_utf8_lossy(&self.0).contains("hello") {
                return Err(std::io::Error::other("enough"));
            }
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let args: Vec<String> = ["-c", &d.conf.display().to_string(), "tail", "-f", "echoer"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let handle = std::thread::spawn(move || {
        let mut out = UntilHello(Vec::new());
        let mut err = Vec::new();
        let mut input = std::io::empty();
        supervisord::ctl::run_with(&args, "supervisorctl", &mut input, &mut out, &mut err);
        String::from_utf8_lossy(&out.0).into_owned()
    });
    assert!(
        wait_for(Duration::from_secs(10), || handle.is_finished()),
        "tail -f never delivered the log"
    );
    let out = handle.join().expect("join");
    assert!(
        out.starts_with("==> Press Ctrl-C to exit <==\nhello"),
        "{out}"
    );
}

#[test]
fn interactive_shell_runs_status_then_commands() {
    let Some(d) = start_daemon("shell") else {
        return;
    };
    let args = vec!["-c".to_string(), d.conf.display().to_string()];
    let mut input = std::io::Cursor::new(b"pid stopped\nbogus\nquit\n".to_vec());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = supervisord::ctl::run_with(&args, "supervisorctl", &mut input, &mut out, &mut err);
    let text = normalise(&String::from_utf8_lossy(&out));
    assert_eq!(code, 0);
    assert!(text.starts_with("echoer "), "{text}");
    assert!(
        text.ends_with("\nsupervisor> 0\nsupervisor> *** Unknown syntax: bogus\nsupervisor> "),
        "{text:?}"
    );
}

fn wait_status_running(d: &Daemon, expected: usize) {
    let mut out = String::new();
    let back = wait_for(Duration::from_secs(20), || {
        out = python(d, &["status"]).0;
        out.lines().filter(|l| l.contains("RUNNING")).count() == expected
    });
    assert!(back, "daemon not back: {out}");
}

fn set_new_program(d: &Daemon, present: bool) {
    let text = std::fs::read_to_string(&d.conf).expect("read conf");
    let section = "\n[program:new]\ncommand=sleep 1000\nstartsecs=0\n";
    let text = text.replace(section, "");
    let text = if present { text + section } else { text };
    std::fs::write(&d.conf, text).expect("write conf");
}

#[test]
fn reread_update_add_remove_match_python() {
    let Some(d) = start_daemon("update") else {
        return;
    };
    set_new_program(&d, true);
    compare_script(&d, &[&["reread"], &["avail"]]);
    // update adds "new": Python first, then undo it and let ours do the same.
    let py = python(&d, &["update"]);
    assert_eq!(py.0, "new: added process group\n");
    ours(&d, &["stop", "new"]);
    assert_eq!(
        ours(&d, &["remove", "new"]).0,
        "new: removed process group\n"
    );
    assert_eq!(ours(&d, &["update", "new"]), py);
    compare_script(&d, &[&["add", "new"], &["remove", "new"]]);
    // Now "new" disappears from the config: update stops and removes it.
    set_new_program(&d, false);
    compare_script(&d, &[&["reread"]]);
    let py = python(&d, &["update", "all"]);
    assert_eq!(py.0, "new: stopped\nnew: removed process group\n");
    set_new_program(&d, true);
    python(&d, &["update"]);
    set_new_program(&d, false);
    assert_eq!(ours(&d, &["update", "all"]), py);
    compare_script(&d, &[&["reread"], &["update"], &["add", "new"]]);
}

#[test]
fn reload_and_shutdown_match_python() {
    let Some(d) = start_daemon("reload") else {
        return;
    };
    let py = python(&d, &["reload"]);
    assert_eq!(
        py,
        ("Restarted supervisord\n".to_string(), String::new(), 0)
    );
    wait_status_running(&d, 4);
    assert_eq!(ours(&d, &["reload"]), py);
    wait_status_running(&d, 4);
    assert_eq!(
        ours(&d, &["shutdown"]),
        ("Shut down\n".to_string(), String::new(), 0)
    );
    assert!(
        wait_for(Duration::from_secs(20), || !d.dir.join("s.sock").exists()),
        "daemon did not shut down"
    );
    compare_script(
        &d,
        &[&["shutdown"], &["status"], &["start", "x"], &["reread"]],
    );
}
