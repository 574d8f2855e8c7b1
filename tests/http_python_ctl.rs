//! Python's own supervisorctl 4.3 against OUR HTTP server (fed by a fake event loop):
//! XML-RPC framing, status formatting inputs, and the chunked `/logtail` stream must be
//! understood by the real client. Also our ctl against our server. Skips (see
//! `support::skip`) when no Python supervisor venv is found.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use supervisord::http::{self, HttpOptions};
use support::fake_loop::fake_loop;
use support::temp_dir as scratch;

fn serve(
    tag: &str,
) -> (
    http::HttpThreads,
    std::sync::Arc<support::fake_loop::Model>,
    String,
) {
    let dir = scratch(tag);
    let (handle, model) = fake_loop();
    let servers = support::fake_loop::unix_only(&dir);
    let threads = http::spawn(&servers, handle, HttpOptions::default()).expect("spawn");
    let url = format!("unix://{}", dir.join("s.sock").display());
    (threads, model, url)
}

fn python_ctl(venv: &Path, url: &str, args: &[&str]) -> (String, i32) {
    let out = Command::new(venv.join("bin/supervisorctl"))
        .args(["-s", url])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run supervisorctl");
    (
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1),
    )
}

fn our_ctl(url: &str, args: &[&str]) -> (String, i32) {
    let mut all = vec!["-s".to_string(), url.to_string()];
    all.extend(args.iter().map(|s| s.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut input = std::io::empty();
    let code = supervisord::ctl::run_with(&all, "supervisorctl", &mut input, &mut out, &mut err);
    (
        String::from_utf8_lossy(&out).into_owned() + &String::from_utf8_lossy(&err),
        code,
    )
}

const STATUS: &str = "db                               STOPPED   Not started\n\
                      grp:w1                           RUNNING   pid 1000, uptime 0:01:40\n\
                      web                              RUNNING   pid 1000, uptime 0:01:40\n";

#[test]
fn python_supervisorctl_drives_our_server() {
    let Some(venv) = support::python::venv_or_skip("python_supervisorctl_drives_our_server") else {
        return;
    };
    let (_threads, model, url) = serve("pyctl");
    assert_eq!(
        python_ctl(&venv, &url, &["status"]),
        (STATUS.to_string(), 3)
    );
    assert_eq!(python_ctl(&venv, &url, &["pid"]), ("42\n".to_string(), 0));
    assert_eq!(
        python_ctl(&venv, &url, &["start", "db", "nope"]),
        (
            "db: started\nnope: ERROR (no such process)\n".to_string(),
            1
        )
    );
    assert_eq!(
        python_ctl(&venv, &url, &["signal", "BOGUS", "web"]),
        ("web: ERROR (bad signal name)\n".to_string(), 1)
    );
    model.append_log("web/stdout", "line one\n");
    assert_eq!(
        python_ctl(&venv, &url, &["tail", "web"]),
        ("line one\n\n".to_string(), 0)
    );

    // tail -f through Python's asyncore HTTP client and our chunked /logtail.
    let mut child = Command::new(venv.join("bin/supervisorctl"))
        .args(["-s", &url, "tail", "-f", "web"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("tail -f");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 1024];
        while !String::from_utf8_lossy(&seen).contains("line two") {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
        String::from_utf8_lossy(&seen).into_owned()
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    // Keep appending until the streaming client has shown the new line.
    while !reader.is_finished() && Instant::now() < deadline {
        model.append_log("web/stdout", "line two\n");
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = child.kill();
    let _ = child.wait();
    let seen = reader.join().expect("join");
    assert!(
        seen.contains("line one\n") && seen.contains("line two\n"),
        "{seen:?}"
    );
}

#[test]
fn our_ctl_drives_our_server_including_tail_follow() {
    let (_threads, model, url) = serve("ourctl");
    assert_eq!(our_ctl(&url, &["status"]), (STATUS.to_string(), 3));
    assert_eq!(
        our_ctl(&url, &["stop", "web", "db"]),
        ("web: stopped\ndb: ERROR (not running)\n".to_string(), 0)
    );
    assert_eq!(our_ctl(&url, &["version"]), ("4.3.0\n".to_string(), 0));
    model.append_log("grp:w1/stderr", "to stderr\n");
    assert_eq!(
        our_ctl(&url, &["tail", "grp:w1", "stderr"]),
        ("to stderr\n\n".to_string(), 0)
    );
    assert_eq!(
        our_ctl(&url, &["tail", "nope"]),
        ("nope: ERROR (no such process name)\n".to_string(), 1)
    );
    // tail -f over our own streaming endpoint, stopped by the sink once the text arrived.
    struct Until(Vec<u8>);
    impl std::io::Write for Until {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.extend_from_slice(b);
            if String::from_utf8_lossy(&self.0).contains("later\n") {
                return Err(std::io::Error::other("enough"));
            }
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let args: Vec<String> = ["-s", &url, "tail", "-f", "grp:w1", "stderr"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let t = std::thread::spawn(move || {
        let mut out = Until(Vec::new());
        let (mut err, mut input) = (Vec::new(), std::io::empty());
        supervisord::ctl::run_with(&args, "supervisorctl", &mut input, &mut out, &mut err);
        String::from_utf8_lossy(&out.0).into_owned()
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    while !t.is_finished() {
        assert!(Instant::now() < deadline, "tail -f did not deliver");
        model.append_log("grp:w1/stderr", "later\n");
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = t.join().expect("join");
    assert!(
        out.starts_with("==> Press Ctrl-C to exit <==\nto stderr\nlater\n"),
        "{out:?}"
    );
}
