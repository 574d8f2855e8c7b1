//! The listeners that forward program output to supervisord's stdout (supervisor-stdlog,
//! supervisor-console, supervisor-stdout from PyPI) work as under Python 4.3: the real
//! listener runs under Python's supervisord and ours with the same config, and what each
//! daemon prints is compared. An unknown `result_handler` is refused by both.

#[allow(dead_code, unused_imports)]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::python::venv_or_skip;
use support::{temp_dir, wait_exit, wait_for};

/// A daemon with stdout and stderr captured to files in its directory.
struct Captured {
    dir: PathBuf,
    child: Option<Child>,
}

impl Captured {
    fn start(bin: &Path, dir: PathBuf, conf: &str) -> Captured {
        let path = dir.join("supervisord.conf");
        std::fs::write(&path, conf).expect("conf");
        let out = std::fs::File::create(dir.join("out.txt")).expect("out");
        let err = std::fs::File::create(dir.join("err.txt")).expect("err");
        let child = Command::new(bin)
            .args(["-n", "-c"])
            .arg(&path)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start supervisord");
        Captured {
            dir,
            child: Some(child),
        }
    }

    /// The lines of `file` that carry the talker's output.
    fn talk(&self, file: &str) -> Vec<String> {
        std::fs::read_to_string(self.dir.join(file))
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains("line "))
            .map(normalise)
            .collect()
    }
}

impl Drop for Captured {
    fn drop(&mut self) {
        support::wait::terminate(&mut self.child, Duration::from_secs(10));
    }
}

/// Digits of a timestamp (`2026-12-03 10:00:00`) as `#`.
fn normalise(line: &str) -> String {
    let mut out = String::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let stamp = b.len() >= i + 19
            && b[i..i + 19].iter().enumerate().all(|(k, c)| match k {
                4 | 7 => *c == b'-',
                10 => *c == b' ',
                13 | 16 => *c == b':',
                _ => c.is_ascii_digit(),
            });
        if stamp {
            out.push_str("<time>");
            i += 19;
        } else {
            let ch = line[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn conf(listener: &Path, handler: &str) -> String {
    format!(
        "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/sd.pid\nchildlogdir=%(here)s\n\
         silent=true\n\n\
         [program:talker]\ncommand=sh -c 'for i in 0 1 2; do echo out line $i; sleep 0.3; done; \
         echo err line 0 >&2; exec sleep 1000'\nstartsecs=0\nstdout_events_enabled=true\n\
         stderr_events_enabled=true\n\n\
         [eventlistener:out]\ncommand={}\nevents=PROCESS_LOG\nresult_handler={handler}\n",
        listener.display()
    )
}

/// Runs the config under both daemons; the talker lines each printed (stdout, stderr).
fn both(venv: &Path, listener: &str, handler: &str, tag: &str) -> [(Vec<String>, Vec<String>); 2] {
    let listener = venv.join("bin").join(listener);
    let conf = conf(&listener, handler);
    let bins = [
        venv.join("bin/supervisord"),
        PathBuf::from(env!("CARGO_BIN_EXE_supervisord")),
    ];
    bins.map(|bin| {
        let d = Captured::start(&bin, temp_dir(tag), &conf);
        let complete = wait_for(Duration::from_secs(20), || {
            d.talk("out.txt").len() >= 3 && d.talk("err.txt").len() + d.talk("out.txt").len() >= 4
        });
        assert!(
            complete,
            "{}: {:?} {:?}",
            bin.display(),
            d.talk("out.txt"),
            d.talk("err.txt")
        );
        (d.talk("out.txt"), d.talk("err.txt"))
    })
}

#[test]
fn supervisor_stdlog_prints_as_under_python() {
    let Some(venv) = venv_or_skip("supervisor_stdlog") else {
        return;
    };
    if !venv.join("bin/supervisor-stdlog").exists() {
        return support::skip_missing("supervisor_stdlog", "supervisor-stdlog in .venv");
    }
    let [py, ours] = both(
        &venv,
        "supervisor-stdlog",
        "supervisor_stdlog:log_handler",
        "stdlog",
    );
    assert_eq!(ours, py);
    assert!(
        ours.0[0].contains("talker | \x1b[37mout line 0"),
        "{:?}",
        ours.0
    );
}

#[test]
fn supervisor_console_prints_as_under_python() {
    let Some(venv) = venv_or_skip("supervisor_console") else {
        return;
    };
    if !venv.join("bin/supervisor-console").exists() {
        return support::skip_missing("supervisor_console", "supervisor-console in .venv");
    }
    let [py, ours] = both(
        &venv,
        "supervisor-console",
        "supervisor_console.events:event_handler",
        "console",
    );
    assert_eq!(ours, py);
    assert_eq!(ours.0[0], "talker | <time> | out line 0");
}

#[test]
fn supervisor_stdout_prints_each_chunk_prefixed() {
    // supervisor-stdout is Python 2 code: under Python 3 neither its listener runs nor can
    // supervisord import its handler. Its listener echoes each event's payload as the
    // result (a shell stand-in does the same here), and ours prints what the handler
    // prints: `print '%s %s | %s' % (processname, channel, data),`.
    let listener = "sh -c 'while :; do echo READY; read h || exit; n=${h##*len:}; \
                    printf \"RESULT %%s\\n\" $n; dd bs=1 count=$n 2>/dev/null; done'";
    let conf = conf(Path::new(listener), "supervisor_stdout:event_handler");
    let d = Captured::start(
        Path::new(env!("CARGO_BIN_EXE_supervisord")),
        temp_dir("stdout"),
        &conf,
    );
    assert!(
        wait_for(Duration::from_secs(20), || d.talk("out.txt").len() >= 4),
        "{:?}",
        std::fs::read_to_string(d.dir.join("out.txt"))
    );
    let mut lines = d.talk("out.txt");
    lines.sort();
    assert_eq!(
        lines,
        [
            "talker stderr | err line 0",
            "talker stdout | out line 0",
            "talker stdout | out line 1",
            "talker stdout | out line 2"
        ]
    );
}

#[test]
fn an_unknown_result_handler_is_refused_by_both() {
    let Some(venv) = venv_or_skip("unknown_result_handler") else {
        return;
    };
    let conf = conf(Path::new("/bin/cat"), "no_such_module:event_handler");
    for bin in [
        venv.join("bin/supervisord"),
        PathBuf::from(env!("CARGO_BIN_EXE_supervisord")),
    ] {
        let mut d = Captured::start(&bin, temp_dir("badhandler"), &conf);
        let status = wait_exit(&mut d.child, Duration::from_secs(15)).and_then(|s| s.code());
        let err = std::fs::read_to_string(d.dir.join("err.txt")).unwrap_or_default();
        assert_eq!(status, Some(2), "{}: {err}", bin.display());
        assert!(
            err.contains(
                "no_such_module:event_handler cannot be resolved within [eventlistener:out]"
            ),
            "{}: {err}",
            bin.display()
        );
    }
    // `check` refuses it too.
    let dir = temp_dir("badhandler-check");
    std::fs::write(dir.join("c.conf"), &conf).expect("conf");
    let out = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["check", "-c"])
        .arg(dir.join("c.conf"))
        .output()
        .expect("check");
    assert_eq!(out.status.code(), Some(2));
}
