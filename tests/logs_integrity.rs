//! Never lose a byte (issue 6), at daemon level with real children: every line a child
//! wrote is in its log, in order and unsplit, across 100 rotations and 50 restarts, and
//! already there when the exit is reported; SIGUSR2 after an external rename (logrotate
//! with `create`) under load loses and duplicates nothing, for the main log too.

#[allow(dead_code, unused_imports)]
mod support;

use std::collections::BTreeSet;
use std::time::Duration;
use support::*;

/// Each run writes 200 numbered lines, 10 per write(2), and exits 0; run 51 sleeps
/// instead, so exactly 50 runs write. After each write it waits until the log file changed
/// (the daemon read that chunk), so chunks stay small and rotations many whatever the load;
/// the last 30 lines are written just before the exit without waiting.
const RUNS_SCRIPT: &str = r#"
import os, sys, time
d, log = sys.argv[1], sys.argv[2]
try:
    n = int(open(d + "/count").read())
except OSError:
    n = 0
n += 1
open(d + "/count", "w").write("%d" % n)
if n > 50:
    os.execvp("sleep", ["sleep", "1000"])
def sig():
    try:
        st = os.stat(log)
        return (st.st_ino, st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return None
for b in range(20):
    chunk = "".join("run %d line %d abcdefghijklmnopqrstuvwxyz\n" % (n, i) for i in range(b * 10, b * 10 + 10))
    before = sig()
    os.write(1, chunk.encode())
    t0 = time.time()
    # The last three chunks are not waited for: they are in the pipe at exit.
    while b < 17 and sig() == before and time.time() - t0 < 10:
        time.sleep(0.0005)
"#;

#[test]
fn every_line_survives_100_rotations_and_50_restarts_and_is_logged_before_the_exit() {
    let dir = temp_dir("logs-runs");
    std::fs::write(dir.join("runs.py"), RUNS_SCRIPT).unwrap();
    let conf = format!(
        "{}\n[program:w]\ncommand={} %(here)s/runs.py %(here)s %(here)s/w.log\nstartsecs=0\nautorestart=true\n\
         stdout_logfile=%(here)s/w.log\nstdout_logfile_maxbytes=1000\nstdout_logfile_backups=500\n",
        support::logs::SUPERVISORD,
        support::python::python3().display()
    );
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    let exited = "exited: w (exit status 0; expected)";
    assert!(
        d.wait_log_count(exited, 50, Duration::from_secs(240)),
        "{}",
        d.log()
    );
    // Read right after the 50th exit was reported: drain-on-exit means it is all there.
    let all = support::logs::rotated_contents(&d.path("w.log"));
    let text = String::from_utf8(all).expect("utf-8 log");
    let mut want = Vec::new();
    for run in 1..=50 {
        for line in 0..200 {
            want.push(format!("run {run} line {line} abcdefghijklmnopqrstuvwxyz"));
        }
    }
    let got: Vec<&str> = text.lines().collect();
    assert_eq!(got.len(), want.len(), "line count");
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "line {i} differs");
    }
    assert!(text.ends_with('\n'));
    let files = support::logs::listing(&d.dir, "w.log");
    assert!(
        files.len() > 100,
        "expected over 100 rotations, got {} files",
        files.len()
    );
    // Rotation happens at line boundaries: no file starts or ends mid-line.
    for (name, _) in &files {
        let body = std::fs::read_to_string(d.path(name)).unwrap();
        assert!(
            body.is_empty() || (body.starts_with("run ") && body.ends_with('\n')),
            "{name} splits a line: {:?}…{:?}",
            &body[..body.len().min(20)],
            &body[body.len().saturating_sub(20)..]
        );
    }
    assert!(support::logs::errors(&d.log()).is_empty(), "{}", d.log());
}

/// Writes `count` numbered lines, 50 per write(2), pausing 1 ms every 20 writes.
const FLOOD_SCRIPT: &str = r#"
import os, sys, time
count = int(sys.argv[1])
i = 0
w = 0
while i < count:
    chunk = "".join("line %07d\n" % j for j in range(i, min(i + 50, count)))
    os.write(1, chunk.encode())
    i += 50
    w += 1
    if w % 20 == 0:
        time.sleep(0.001)
"#;

#[test]
fn sigusr2_after_an_external_rename_under_load_loses_nothing() {
    let dir = temp_dir("logs-usr2");
    std::fs::write(dir.join("flood.py"), FLOOD_SCRIPT).unwrap();
    const N: usize = 400_000;
    let conf = format!(
        "{}\n[program:f]\ncommand={} %(here)s/flood.py {N}\nstartsecs=0\nautorestart=false\n\
         stdout_logfile=%(here)s/f.log\nstdout_logfile_maxbytes=0\n",
        support::logs::SUPERVISORD,
        support::python::python3().display()
    );
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    let log = d.path("f.log");
    let mut renamed = Vec::new();
    for k in 0..5 {
        let grew = wait_for(Duration::from_secs(60), || {
            std::fs::metadata(&log).is_ok_and(|m| m.len() > 20_000)
        });
        if !grew {
            break; // the writer finished early on a fast machine
        }
        let to = d.path(&format!("f.log.rotated{k}"));
        std::fs::rename(&log, &to).unwrap();
        renamed.push(to);
        if k == 0 {
            // The main log is rotated away too, once.
            std::fs::rename(d.path("main.log"), d.path("main.log.rotated")).unwrap();
        }
        d.signal(12); // SIGUSR2
        assert!(
            wait_for(Duration::from_secs(20), || log.exists()),
            "SIGUSR2 did not re-create the log:\n{}",
            d.log()
        );
    }
    assert!(renamed.len() >= 2, "the writer finished before two renames");
    d.assert_log(
        "exited: f (exit status 0; expected)",
        Duration::from_secs(120),
    );
    let mut seen = BTreeSet::new();
    let mut total = 0;
    for path in renamed.iter().chain([&log]) {
        let text = std::fs::read_to_string(path).unwrap();
        let mut last = None;
        for l in text.lines() {
            let n: usize = l
                .strip_prefix("line ")
                .and_then(|x| x.parse().ok())
                .unwrap_or_else(|| panic!("bad line {l:?} in {}", path.display()));
            assert!(last < Some(n), "out of order in {}", path.display());
            last = Some(n);
            seen.insert(n);
            total += 1;
        }
    }
    assert_eq!(total, N, "lines written twice or lost");
    assert_eq!(seen.len(), N);
    assert_eq!(seen.iter().next_back(), Some(&(N - 1)));
    // The main log was re-opened too: the old file got the lines up to the first
    // SIGUSR2, the new one the rest (the exit line above was read from it).
    let old_main = std::fs::read_to_string(d.path("main.log.rotated")).unwrap();
    let main = format!("{old_main}{}", d.log());
    assert!(old_main.contains("supervisord started with pid"));
    assert!(!old_main.contains("exited: f"));
    assert_eq!(
        main.matches("received SIGUSR2 indicating log reopen request")
            .count(),
        renamed.len()
    );
    assert!(support::logs::errors(&main).is_empty(), "{main}");
}

#[test]
fn output_written_while_stopping_reaches_the_log_before_the_daemon_exits() {
    let dir = temp_dir("logs-stopping");
    let conf = format!(
        "{}\n[program:t]\ncommand=sh -c 'trap \"i=0; while [ \\$i -lt 2000 ]; do echo bye-\\$i; i=\\$((i+1)); done; exit 0\" TERM; echo ready; while true; do sleep 0.05; done'\n\
         stdout_logfile=%(here)s/t.log\nstdout_logfile_maxbytes=0\n",
        support::logs::SUPERVISORD
    );
    let (mut d, _) = support::logs::start_conf(dir, &conf, false);
    assert!(support::logs::wait_file(
        &d.path("t.log"),
        "ready\n",
        Duration::from_secs(20)
    ));
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(30)), Some(0), "{}", d.log());
    let text = std::fs::read_to_string(d.path("t.log")).unwrap();
    let want: String = std::iter::once("ready\n".to_string())
        .chain((0..2000).map(|i| format!("bye-{i}\n")))
        .collect();
    assert!(
        text == want,
        "{} of {} bytes logged:\n{}",
        text.len(),
        want.len(),
        d.log()
    );
    assert!(
        d.log().contains("stopped: t (exit status 0)"),
        "{}",
        d.log()
    );
}
