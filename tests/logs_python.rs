//! Rotation at daemon level against a real Python supervisord (venv:
//! `$CARGO_MANIFEST_DIR/.venv`, then `$SUPERVISOR_VENV`, then `/work/venv`; the test
//! says so and passes when none exists): the same program writing the same bytes with the
//! same `*_logfile_maxbytes`/`*_logfile_backups` leaves the same file names and sizes.
//!
//! Python rotates after each chunk it read, so its sizes depend on how the pipe was
//! chunked. The writer therefore hands over one line at a time: after each line it waits
//! until the daemon has written it and done the rotation it causes (the file ends with the
//! line and is under maxbytes, or is empty and changed), before writing the next one.

#[allow(dead_code, unused_imports)]
mod support;

use std::path::Path;
use std::time::Duration;
use support::python::{Impl, Supd};

const WRITER: &str = r#"
import os, sys, time
path, count, maxlen, maxbytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def sig():
    try:
        st = os.stat(path)
        return (st.st_ino, st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return None
def handled(line, before):
    # The daemon has written the line and done any rotation it causes: the file ends with the
    # line and is under maxbytes (no rotation due), or it is empty and changed (just rotated).
    # Any change alone is not enough: a write and the rotation after it are two changes.
    now = sig()
    if now is None:
        return False
    if now[1] == 0:
        return now != before
    if now[1] >= maxbytes or now[1] < len(line):
        return False
    with open(path, "rb") as f:
        f.seek(now[1] - len(line))
        return f.read() == line
x = 12345
for i in range(count):
    x = (x * 1103515245 + 12345) % 2**31
    n = 5 + x % maxlen
    if maxlen > 200 and i % 37 == 36:
        n = 1500
    line = ("%05d " % i + "x" * n + "\n").encode()
    before = sig()
    os.write(1, line)
    t0 = time.time()
    while not handled(line, before):
        if time.time() - t0 > 30:
            sys.exit(3)
        time.sleep(0.0005)
"#;

fn conf(python: &Path) -> String {
    format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=info\n\n\
         [program:w1]\ncommand={py} %(here)s/writer.py %(here)s/w1.log 300 400 1024\nautorestart=false\nstartsecs=0\n\
         stdout_logfile=%(here)s/w1.log\nstdout_logfile_maxbytes=1KB\nstdout_logfile_backups=3\n\n\
         [program:w2]\ncommand={py} %(here)s/writer.py %(here)s/w2.log 200 150 700\nautorestart=false\nstartsecs=0\n\
         stdout_logfile=%(here)s/w2.log\nstdout_logfile_maxbytes=700\nstdout_logfile_backups=0\n",
        py = python.display()
    )
}

fn run(which: Impl, venv: &Path, conf: &str) -> Vec<(String, u64)> {
    let dir = support::temp_dir(&format!("logs-rotation-{which:?}"));
    std::fs::write(dir.join("writer.py"), WRITER).unwrap();
    let conf_path = dir.join("supervisord.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let mut d = Supd {
        which,
        dir,
        conf: conf_path,
        child: None,
    };
    d.spawn(venv);
    let log = d.dir.join("main.log");
    let done = support::wait_for(Duration::from_secs(180), || {
        let l = std::fs::read_to_string(&log).unwrap_or_default();
        l.contains("exited: w1 (exit status 0") && l.contains("exited: w2 (exit status 0")
    });
    let main_log = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(done, "{which:?}: writers did not finish:\n{main_log}");
    let mut files = support::logs::listing(&d.dir, "w1.log");
    files.extend(support::logs::listing(&d.dir, "w2.log"));
    // SAFETY: kill(2) on the daemon this test started.
    if let Some(c) = d.child.as_ref() {
        unsafe { nix::libc::kill(c.id() as i32, nix::libc::SIGTERM) };
    }
    assert!(d.wait_exit(Duration::from_secs(20)).is_some());
    files
}

#[test]
fn rotation_file_names_and_sizes_match_python_supervisord() {
    let Some(venv) =
        support::python::venv_or_skip("rotation_file_names_and_sizes_match_python_supervisord")
    else {
        return;
    };
    let conf = conf(&support::python::python3());
    let ours = std::thread::spawn({
        let conf = conf.clone();
        let venv = venv.clone();
        move || run(Impl::Ours, &venv, &conf)
    });
    let python = run(Impl::Python, &venv, &conf);
    let ours = ours.join().unwrap();
    // 300 lines of 11..1511 bytes at 1 KB: many rotations; 3 backups kept.
    assert_eq!(
        python.iter().filter(|(n, _)| n.starts_with("w1")).count(),
        4,
        "{python:?}"
    );
    assert!(python.iter().any(|(n, _)| n == "w2.log"), "{python:?}");
    assert_eq!(ours, python, "ours (left) vs Python (right)");
}
