//! Where child output goes (issue 6), with the real binary: `/dev/stdout` under `-n`
//! (rotation settings ignored, no seek errors) in a comma list of sinks next to a rotated
//! file, the main log echoed to stdout unless `silent`, the `log_timestamps` prefix
//! (off by default), `strip_ansi`, `redirect_stderr`, AUTO log names and their cleanup
//! at start (or not, with `nocleanup`).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

fn read(d: &Daemon, name: &str) -> String {
    std::fs::read_to_string(d.path(name)).unwrap_or_default()
}

fn wait_exit_line(d: &Daemon, name: &str) {
    assert!(
        d.wait_log(
            &format!("exited: {name} (exit status 0; expected)"),
            Duration::from_secs(20)
        ),
        "{}",
        d.log()
    );
}

const MARKERS: &str = "[program:o]\ncommand=sh -c 'i=0; while [ $i -lt 100 ]; do echo \"marker-$i 0123456789012345678901234567890123456789\"; i=$((i+1)); done'\n\
     startsecs=0\nautorestart=false\n\
     stdout_logfile=%(here)s/app.log, /dev/stdout\nstdout_logfile_maxbytes=1KB\nstdout_logfile_backups=20\n";

fn markers() -> Vec<String> {
    (0..100)
        .map(|i| format!("marker-{i} 0123456789012345678901234567890123456789"))
        .collect()
}

#[test]
fn dev_stdout_in_a_comma_list_under_nodaemon_gets_every_line_without_seek_errors() {
    let dir = temp_dir("logs-devstdout");
    let conf = format!("{}\n{MARKERS}", support::logs::SUPERVISORD);
    let (d, out) = support::logs::start_conf(dir, &conf, true);
    wait_exit_line(&d, "o");
    let want = markers();
    // The daemon's stdout: every child line, in order, between main-log echo lines. The
    // stdout reader thread may lag the main log file: wait for the exit line there too.
    assert!(
        wait_for(Duration::from_secs(10), || {
            let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
            text.contains("marker-99 ") && text.contains("exited: o (exit status 0; expected)")
        }),
        "stdout: {}",
        String::from_utf8_lossy(&out.lock().unwrap())
    );
    let stdout = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    let got: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("marker-"))
        .collect();
    assert_eq!(got, want);
    // nodaemon and not silent: the main log is echoed to stdout too.
    assert!(stdout.contains("supervisord started with pid"), "{stdout}");
    assert!(stdout.contains("exited: o (exit status 0; expected)"));
    // The file sink of the same list was rotated (5 KB at 1 KB, at least once: rotation
    // happens after a chunk) and has every line too.
    let file = String::from_utf8(support::logs::rotated_contents(&d.path("app.log"))).unwrap();
    assert_eq!(file.lines().collect::<Vec<_>>(), want);
    assert!(!support::logs::listing(&d.dir, "app.log.").is_empty());
    let log = d.log();
    assert!(support::logs::errors(&log).is_empty(), "{log}");
    assert!(!log.contains("Illegal seek"), "{log}");
}

#[test]
fn dev_stderr_sink_writes_the_daemons_stderr_with_maxbytes_set() {
    let dir = temp_dir("logs-devstderr");
    let conf = format!(
        "{}\n[program:e]\ncommand=sh -c 'echo to-err-1 >&2; echo to-out; echo to-err-2 >&2'\n\
         startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/e.out\n\
         stderr_logfile=/dev/stderr\nstderr_logfile_maxbytes=1KB\n",
        support::logs::SUPERVISORD
    );
    let (d, _, err) = Daemon::spawn_captured(dir, &conf, false, true);
    wait_exit_line(&d, "e");
    assert!(wait_for(Duration::from_secs(10), || {
        String::from_utf8_lossy(&err.lock().unwrap()).contains("to-err-2\n")
    }));
    assert_eq!(
        String::from_utf8_lossy(&err.lock().unwrap()),
        "to-err-1\nto-err-2\n"
    );
    assert_eq!(read(&d, "e.out"), "to-out\n");
    assert!(support::logs::errors(&d.log()).is_empty(), "{}", d.log());
}

#[test]
fn silent_keeps_the_main_log_off_stdout_but_not_the_dev_stdout_sink() {
    let dir = temp_dir("logs-silent");
    let conf = format!("{}silent=true\n\n{MARKERS}", support::logs::SUPERVISORD);
    let (d, out) = support::logs::start_conf(dir, &conf, true);
    wait_exit_line(&d, "o");
    assert!(wait_for(Duration::from_secs(10), || {
        String::from_utf8_lossy(&out.lock().unwrap()).contains("marker-99 ")
    }));
    let stdout = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert_eq!(stdout.lines().collect::<Vec<_>>(), markers(), "{stdout}");
    assert!(d.log().contains("supervisord started with pid"));
}

#[test]
fn log_timestamps_prefix_each_line_and_are_off_by_default() {
    let prog = |name: &str, extra: &str| {
        format!(
            "[program:{name}]\ncommand=sh -c 'printf \"one\\ntwo\\n\"; sleep 0.2; printf thr; sleep 0.2; printf \"ee\\n\"'\n\
             startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/{name}.log\n{extra}\n"
        )
    };
    let d = support::logs::start(
        "logs-ts",
        &format!(
            "{}{}",
            prog("stamped", "log_timestamps=true"),
            prog("plain", "")
        ),
    );
    wait_exit_line(&d, "stamped");
    wait_exit_line(&d, "plain");
    assert_eq!(read(&d, "plain.log"), "one\ntwo\nthree\n");
    let stamped = read(&d, "stamped.log");
    let lines: Vec<&str> = stamped.lines().collect();
    assert_eq!(lines.len(), 3, "{stamped:?}");
    for (line, text) in lines.iter().zip(["one", "two", "three"]) {
        // "2026-11-23 04:05:06,789 one": the main log's time format.
        let (stamp, rest) = line.split_at(24.min(line.len()));
        assert_eq!(rest, text, "{line:?}");
        let b = stamp.as_bytes();
        let shape = b.len() == 24
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b' '
            && b[13] == b':'
            && b[16] == b':'
            && b[19] == b','
            && b[23] == b' '
            && [0..4, 5..7, 8..10, 11..13, 14..16, 17..19, 20..23]
                .iter()
                .all(|r| b[r.clone()].iter().all(u8::is_ascii_digit));
        assert!(shape, "bad prefix {stamp:?}");
    }
}

const ANSI: &str =
    "[program:a]\ncommand=printf '\\033[31mred\\033[0m plain\\033[1;32mgreen\\033[K\\n'\n\
     startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/a.log\n";

#[test]
fn strip_ansi_removes_escapes_and_is_off_by_default() {
    let dir = temp_dir("logs-ansi");
    let conf = format!("{}strip_ansi=true\n\n{ANSI}", support::logs::SUPERVISORD);
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    wait_exit_line(&d, "a");
    assert_eq!(read(&d, "a.log"), "red plaingreen\n");
    drop(d);

    let d = support::logs::start("logs-noansi", ANSI);
    wait_exit_line(&d, "a");
    assert_eq!(
        read(&d, "a.log"),
        "\x1b[31mred\x1b[0m plain\x1b[1;32mgreen\x1b[K\n"
    );
}

#[test]
fn redirect_stderr_merges_into_the_stdout_log_and_creates_no_stderr_log() {
    let d = support::logs::start(
        "logs-redirect",
        "[program:r]\ncommand=sh -c 'echo out1; echo err1 >&2; echo out2; echo err2 >&2'\n\
         startsecs=0\nautorestart=false\nredirect_stderr=true\nstdout_logfile=%(here)s/r.log\n\n\
         [program:s]\ncommand=sh -c 'echo out1; echo err1 >&2'\n\
         startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/s.out\nstderr_logfile=%(here)s/s.err\n",
    );
    wait_exit_line(&d, "r");
    wait_exit_line(&d, "s");
    assert_eq!(read(&d, "r.log"), "out1\nerr1\nout2\nerr2\n");
    assert!(support::logs::listing(&d.dir, "r-stderr---").is_empty());
    assert_eq!(read(&d, "s.out"), "out1\n");
    assert_eq!(read(&d, "s.err"), "err1\n");
}

/// `<name>-<channel>---supervisor-<8 of [a-z0-9_]>.log`.
fn is_auto_name(file: &str, name: &str, channel: &str) -> bool {
    let Some(rest) = file.strip_prefix(&format!("{name}-{channel}---supervisor-")) else {
        return false;
    };
    let Some(random) = rest.strip_suffix(".log") else {
        return false;
    };
    random.len() == 8
        && random
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

fn auto_setup(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    for f in [
        "old-stdout---supervisor-abcdefgh.log",
        "old-stdout---supervisor-abcdefgh.log.3",
        "old-stderr---other-abcdefgh.log",
        "keep.log",
    ] {
        std::fs::write(dir.join(f), "old\n").unwrap();
    }
    dir
}

const AUTO_PROG: &str = "[program:p]\ncommand=sh -c 'echo auto-out; echo auto-err >&2'\nstartsecs=0\nautorestart=false\n";

#[test]
fn auto_logs_are_named_like_python_and_old_ones_removed_at_start() {
    let dir = auto_setup("logs-auto");
    let conf = format!("{}\n{AUTO_PROG}", support::logs::SUPERVISORD);
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    wait_exit_line(&d, "p");
    let out = support::logs::listing(&d.dir, "p-stdout---");
    let err = support::logs::listing(&d.dir, "p-stderr---");
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(is_auto_name(&out[0].0, "p", "stdout"), "{out:?}");
    assert!(is_auto_name(&err[0].0, "p", "stderr"), "{err:?}");
    assert_eq!(read(&d, &out[0].0), "auto-out\n");
    assert_eq!(read(&d, &err[0].0), "auto-err\n");
    // Old AUTO logs of this identifier (and their backups) are gone; others stay.
    assert!(support::logs::listing(&d.dir, "old-stdout---").is_empty());
    assert!(d.path("old-stderr---other-abcdefgh.log").exists());
    assert!(d.path("keep.log").exists());
    // A reload (SIGHUP) cleans up again and picks new names.
    d.signal(SIGHUP);
    assert!(
        d.wait_log_count(
            "exited: p (exit status 0; expected)",
            2,
            Duration::from_secs(30)
        ),
        "{}",
        d.log()
    );
    let out2 = support::logs::listing(&d.dir, "p-stdout---");
    assert_eq!(out2.len(), 1, "{out2:?}");
    assert!(is_auto_name(&out2[0].0, "p", "stdout"), "{out2:?}");
    assert_ne!(out2[0].0, out[0].0, "AUTO names must change on reload");
    assert_eq!(read(&d, &out2[0].0), "auto-out\n");
    assert_eq!(support::logs::listing(&d.dir, "p-stderr---").len(), 1);
}

#[test]
fn nocleanup_keeps_old_auto_logs() {
    let dir = auto_setup("logs-nocleanup");
    let conf = format!(
        "{}nocleanup=true\n\n{AUTO_PROG}",
        support::logs::SUPERVISORD
    );
    let (d, _) = support::logs::start_conf(dir, &conf, false);
    wait_exit_line(&d, "p");
    assert_eq!(support::logs::listing(&d.dir, "old-stdout---").len(), 2);
    let out = support::logs::listing(&d.dir, "p-stdout---");
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(read(&d, &out[0].0), "auto-out\n");
}

/// Removes the `/dev/log` socket this test bound.
struct Unlink(&'static str);

impl Drop for Unlink {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.0);
    }
}

#[test]
fn syslog_main_log_and_stdout_syslog_reach_dev_log() {
    use std::os::unix::net::UnixDatagram;
    use std::sync::{Arc, Mutex};
    if std::path::Path::new("/dev/log").exists() {
        support::skip(
            "syslog_main_log_and_stdout_syslog_reach_dev_log",
            "/dev/log belongs to a running syslog",
        );
        return;
    }
    let Ok(sock) = UnixDatagram::bind("/dev/log") else {
        support::skip(
            "syslog_main_log_and_stdout_syslog_reach_dev_log",
            "cannot bind /dev/log",
        );
        return;
    };
    let _unlink = Unlink("/dev/log");
    sock.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let got: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = std::thread::spawn({
        let got = got.clone();
        let stop = stop.clone();
        move || {
            let mut buf = [0u8; 65536];
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if let Ok(n) = sock.recv(&mut buf) {
                    got.lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&buf[..n]).into_owned());
                }
            }
        }
    });
    let dir = temp_dir("logs-syslog");
    let conf = "[supervisord]\nlogfile=syslog\npidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=info\n\n\
         [program:s]\ncommand=sh -c 'echo hello-syslog; echo second-line'\nstartsecs=0\nautorestart=false\n\
         stdout_logfile=%(here)s/s.log\nstdout_syslog=true\n";
    let d = Daemon::spawn_captured(dir, conf, false, false).0;
    let has = |needle: &str| got.lock().unwrap().iter().any(|m| m.contains(needle));
    let done = wait_for(Duration::from_secs(20), || {
        has("exited: s (exit status 0; expected)")
    });
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = reader.join();
    let msgs = got.lock().unwrap().clone();
    assert!(done, "{msgs:#?}");
    assert!(has("supervisord started with pid"), "{msgs:#?}");
    // Each child line on its own, prefixed with the process name; the file still written.
    assert!(
        msgs.iter().any(|m| m.ends_with("s hello-syslog")),
        "{msgs:#?}"
    );
    assert!(
        msgs.iter().any(|m| m.ends_with("s second-line")),
        "{msgs:#?}"
    );
    assert!(msgs.iter().all(|m| m.starts_with("<14>")), "{msgs:#?}");
    assert_eq!(read(&d, "s.log"), "hello-syslog\nsecond-line\n");
    assert!(!d.path("main.log").exists());
}

#[test]
fn main_log_rotates_with_logfile_maxbytes_and_backups() {
    let dir = temp_dir("logs-mainrot");
    let conf =
        "[supervisord]\nlogfile=%(here)s/main.log\nlogfile_maxbytes=2KB\nlogfile_backups=2\n\
         pidfile=%(here)s/supervisord.pid\nchildlogdir=%(here)s\nloglevel=info\n\n\
         [program:x]\ncommand=true\nstartsecs=0\nautorestart=true\nstdout_logfile=NONE\n";
    let (mut d, _) = support::logs::start_conf(dir, conf, false);
    // Each run logs two lines (~150 bytes): 2 KB fill after ~14 runs.
    assert!(
        wait_for(Duration::from_secs(60), || d.path("main.log.2").exists()
            && std::fs::metadata(d.path("main.log"))
                .is_ok_and(|m| m.len() > 0)),
        "{:?}",
        support::logs::listing(&d.dir, "main.log")
    );
    d.signal(SIGTERM);
    assert_eq!(d.wait_exit(Duration::from_secs(20)), Some(0));
    let files = support::logs::listing(&d.dir, "main.log");
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["main.log", "main.log.1", "main.log.2"]);
    for (name, size) in &files[1..] {
        // A record is one write: a rotated file ends right after the one that crossed 2 KB.
        assert!((2048..2048 + 300).contains(size), "{name}: {size}");
    }
    for (name, _) in &files {
        let text = read(&d, name);
        for line in text.lines() {
            let b = line.as_bytes();
            assert!(
                b.len() > 29 && b[4] == b'-' && b[19] == b',' && b[23] == b' ',
                "{name}: {line:?}"
            );
            let level = &line[24..28];
            assert!(
                ["CRIT", "ERRO", "WARN", "INFO", "DEBG", "TRAC", "BLAT"].contains(&level),
                "{name}: {line:?}"
            );
        }
    }
}

/// A FIFO nobody reads as a program's log: opening it does not hold the daemon (Python's
/// open blocks until a reader comes). The start fails as with any log that cannot be
/// opened (ENXIO), the daemon answers, and once a reader holds the FIFO the program starts
/// and its output reaches the reader.
#[test]
fn a_fifo_log_without_a_reader_does_not_hold_the_daemon() {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = temp_dir("fifo-log");
    let fifo = dir.join("out.fifo");
    nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
    let conf = format!(
        "{}[program:talker]\ncommand=sh -c 'while :; do echo hello fifo; sleep 0.2; done'\n\
         startsecs=0\nstartretries=0\nstdout_logfile=%(here)s/out.fifo\nstdout_logfile_maxbytes=0\n",
        preamble(&dir, "")
    );
    let d = Daemon::start_conf(dir, &conf);
    d.assert_log("ENXIO", Duration::from_secs(10));
    assert!(d.rpc("supervisor.getState", &[]).is_ok());
    // O_RDWR: a reader that does not wait for a writer to open.
    let reader = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(nix::libc::O_CLOEXEC)
        .open(&fifo)
        .unwrap();
    let name = supervisord::rpc::Value::Str("talker".into());
    let started = d.rpc("supervisor.startProcess", &[name]);
    assert!(started.is_ok(), "{started:?}");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(reader));
    let first = lines.next().expect("a line").expect("readable");
    assert_eq!(first, "hello fifo");
}
