//! `stdout_logfile_format = json` / `stderr_logfile_format = json` (issue 26): a child's log
//! file holds one JSON object per line (parsed by Python's `json` module), partial writes are
//! joined, invalid UTF-8 is escaped, a long line is split at the cap, rotation keeps whole
//! objects, and readLog / tail / `tail -f` / `/logtail` read the JSON file.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use supervisord::rpc::Value;
use support::*;

const BIN: &str = env!("CARGO_BIN_EXE_supervisord");

/// One parsed object: `[program, process, stream, partial, ts-epoch, line]`.
type Row = Vec<String>;

/// Every line of `path` through `json.loads`; panics when one is not an object with the
/// keys and an RFC 3339 `ts` with an offset.
fn parse(path: &Path) -> Vec<Row> {
    parse_many(&[path.to_path_buf()])
}

fn parse_many(paths: &[std::path::PathBuf]) -> Vec<Row> {
    let script = "import json, sys, datetime\n\
        for path in sys.argv[1:]:\n\
        \x20 data = open(path, 'rb').read()\n\
        \x20 assert data == b'' or data.endswith(b'\\n'), (path, data[-80:])\n\
        \x20 for n, raw in enumerate(data.split(b'\\n')[:-1]):\n\
        \x20   o = json.loads(raw)\n\
        \x20   assert set(o) - {'partial'} == {'ts', 'program', 'process', 'stream', 'line'}, (n, raw)\n\
        \x20   assert o.get('partial', True) is True, raw\n\
        \x20   ts = datetime.datetime.fromisoformat(o['ts'])\n\
        \x20   assert ts.utcoffset() is not None and len(o['ts']) == 29, o['ts']\n\
        \x20   print('\\t'.join([o['program'], o['process'], o['stream'], str(o.get('partial', False)),\n\
        \x20     repr(ts.timestamp()), o['line'].encode('utf-8', 'surrogatepass').hex()]))\n";
    let out = Command::new(python::python3())
        .arg("-c")
        .arg(script)
        .args(paths)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "not JSON lines: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let mut r: Row = l.split('\t').map(str::to_string).collect();
            let hex = r.pop().unwrap();
            let bytes: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            r.push(String::from_utf8(bytes).unwrap());
            r
        })
        .collect()
}

/// A config built on the preamble (unix socket, ctl section) with `programs`.
fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

fn state(d: &Daemon, name: &str) -> Option<String> {
    state_of(&d.target, name)
}

#[test]
fn json_lines_join_partial_writes_escape_bytes_and_split_long_lines() {
    let s = daemon::Scratch::new("jsonl-script");
    let script = s.write(
        "child.py",
        "import os, time\n\
         w = lambda b: os.write(1, b)\n\
         w(b'one '); time.sleep(0.2); w(b'two '); time.sleep(0.2); w(b'three\\n')\n\
         w(b'caf\\xc3\\xa9 \\xff\\xfe bad\\n')\n\
         w(b'x' * 150000 + b'\\n')\n\
         w(b'quote \" back \\\\ tab \\t bell \\x07\\n')\n\
         os.write(2, b'err line\\n')\n\
         w(b'no newline at exit')\n",
    );
    let programs = format!(
        "[program:jl]\ncommand={} {}\nstartsecs=0\nautorestart=false\n\
         stdout_logfile=%(here)s/jl.out\nstderr_logfile=%(here)s/jl.err\n\
         stdout_logfile_format=json\nSTDERR_LOGFILE_FORMAT=JSON\n",
        python::python3().display(),
        script.display()
    );
    let before = now_epoch();
    let d = start("jsonl-basic", &programs);
    assert!(
        wait_for(Duration::from_secs(20), || state(&d, "jl").as_deref()
            == Some("EXITED")),
        "{}",
        d.log()
    );
    let rows = parse(&d.path("jl.out"));
    let lines: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[3].as_str(), r[5].as_str()))
        .collect();
    let x = "x".repeat(65536);
    let tail = "x".repeat(150000 - 2 * 65536);
    assert_eq!(
        lines,
        vec![
            ("False", "one two three"),
            ("False", "caf\u{e9} \u{ff}\u{fe} bad"),
            ("True", x.as_str()),
            ("True", x.as_str()),
            ("False", tail.as_str()),
            ("False", "quote \" back \\ tab \t bell \u{7}"),
            ("True", "no newline at exit"),
        ]
    );
    let after = now_epoch();
    for r in &rows {
        assert_eq!(
            (r[0].as_str(), r[1].as_str(), r[2].as_str()),
            ("jl", "jl", "stdout")
        );
        let ts: f64 = r[4].parse().unwrap();
        assert!(ts >= before - 1.0 && ts <= after + 1.0, "{r:?}");
    }
    // The two pauses: the joined line is stamped when its newline arrived.
    let raw = std::fs::read_to_string(d.path("jl.out")).unwrap();
    assert!(
        raw.contains("\"line\":\"caf\u{e9} \\u00ff\\u00fe bad\""),
        "{raw}"
    );
    let err = parse(&d.path("jl.err"));
    assert_eq!(err.len(), 1);
    assert_eq!(
        (err[0][2].as_str(), err[0][5].as_str()),
        ("stderr", "err line")
    );
}

#[test]
fn rotation_keeps_whole_objects_in_order() {
    let s = daemon::Scratch::new("jsonl-rotate-script");
    let script = s.write(
        "num.py",
        "import sys\nfor i in range(6000): sys.stdout.write('line %d\\n' % i)\n",
    );
    let programs = format!(
        "[program:num]\ncommand={} {}\n\
         startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/num.log\n\
         stdout_logfile_maxbytes=8KB\nstdout_logfile_backups=200\nstdout_logfile_format=json\n",
        python::python3().display(),
        script.display()
    );
    let d = start("jsonl-rotate", &programs);
    assert!(
        wait_for(Duration::from_secs(30), || state(&d, "num").as_deref()
            == Some("EXITED")),
        "{}",
        d.log()
    );
    let base = d.path("num.log");
    let mut files = Vec::new();
    let mut n = 1;
    while logs::backup(&base, n).exists() {
        files.push(logs::backup(&base, n));
        n += 1;
    }
    assert!(files.len() >= 50, "{} rotations", files.len());
    for f in &files {
        let len = std::fs::metadata(f).unwrap().len();
        assert!((8192..8192 + 120).contains(&len), "{}: {len}", f.display());
    }
    files.reverse();
    files.push(base);
    let rows = parse_many(&files);
    let got: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    let want: Vec<String> = (0..6000).map(|i| format!("line {i}")).collect();
    assert_eq!(got, want);
    assert!(rows.iter().all(|r| r[3] == "False"));
}

/// A child echoing its stdin, with a ready line first (the script in `s`).
fn echoer(s: &daemon::Scratch) -> String {
    let script = s.write(
        "echo.py",
        "import sys\nprint('ready')\nfor l in sys.stdin: print('got', l.strip())\n",
    );
    format!(
        "[program:echo]\ncommand={} -u {}\n\
         startsecs=0\nstdout_logfile=%(here)s/echo.log\nstdout_logfile_format=json\n",
        python::python3().display(),
        script.display()
    )
}

fn read_until(r: &mut impl Read, got: &mut Vec<u8>, needle: &str) {
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(got).contains(needle) {
        let n = r.read(&mut buf).expect("read before timeout");
        assert!(n > 0, "closed early: {}", String::from_utf8_lossy(got));
        got.extend_from_slice(&buf[..n]);
    }
}

#[test]
fn read_log_tail_and_logtail_read_the_json_file() {
    let scripts = daemon::Scratch::new("jsonl-tail-script");
    let d = start("jsonl-tail", &echoer(&scripts));
    let log = d.path("echo.log");
    assert!(logs::wait_file(
        &log,
        "\"line\":\"ready\"",
        Duration::from_secs(20)
    ));
    let s = |t: &str| Value::Str(t.to_string());
    let whole = d
        .rpc(
            "supervisor.readProcessStdoutLog",
            &[s("echo"), Value::Int(0), Value::Int(0)],
        )
        .unwrap();
    assert_eq!(whole, s(&std::fs::read_to_string(&log).unwrap()));
    let Ok(Value::Array(t)) = d.rpc(
        "supervisor.tailProcessStdoutLog",
        &[s("echo"), Value::Int(0), Value::Int(30)],
    ) else {
        panic!("tail")
    };
    assert_eq!(t[0], s("eam\":\"stdout\",\"line\":\"ready\"}\n"));
    let conf = d.path("supervisord.conf");
    let out = Command::new(BIN)
        .args(["ctl", "-c"])
        .arg(&conf)
        .args(["tail", "echo"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"line\":\"ready\"}"),
        "{out:?}"
    );
    // tail -f and /logtail follow the file as the child writes.
    let mut follow = Command::new(BIN)
        .args(["ctl", "-c"])
        .arg(&conf)
        .args(["tail", "-f", "echo"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut f_out = follow.stdout.take().unwrap();
    let mut f_got = Vec::new();
    read_until(&mut f_out, &mut f_got, "\"line\":\"ready\"}");
    let mut conn = connect(&d.target).expect("connect");
    conn.write_all(b"GET /logtail/echo HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut h_got = Vec::new();
    read_until(&mut conn, &mut h_got, "\"line\":\"ready\"}");
    d.rpc("supervisor.sendProcessStdin", &[s("echo"), s("ping\n")])
        .unwrap();
    read_until(&mut conn, &mut h_got, "\"line\":\"got ping\"}");
    let _ = std::thread::spawn(move || {
        read_until(&mut f_out, &mut f_got, "\"line\":\"got ping\"}");
    })
    .join();
    let _ = follow.kill();
    let _ = follow.wait();
}

#[test]
fn the_keys_are_checked_and_shown() {
    let s = daemon::Scratch::new("jsonl-check");
    let good = s.write(
        "good.conf",
        "[supervisord]\n[program:a]\ncommand=/bin/true\nstdout_logfile_format=json\n\
         [eventlistener:l]\ncommand=/bin/true\nevents=TICK_60\nstderr_logfile_format=json\n",
    );
    let out = support::check_conf(&["--json", "--extensions"], &good);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert_eq!(
        text.matches("\"stdout_logfile_format\": \"json\"").count(),
        1,
        "{text}"
    );
    assert_eq!(
        text.matches("\"stderr_logfile_format\": \"json\"").count(),
        1,
        "{text}"
    );
    assert_eq!(
        text.matches("\"stderr_logfile_format\": \"text\"").count(),
        1,
        "{text}"
    );
    let bad = s.write(
        "bad.conf",
        "[supervisord]\n[program:a]\ncommand=/bin/true\nstderr_logfile_format=yaml\n",
    );
    let out = support::check_conf(&[], &bad);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stderr_logfile_format")
            && err.contains("'program:a'")
            && err.contains("bad.conf"),
        "{err}"
    );
}

#[test]
fn a_waiting_line_is_written_before_an_in_place_upgrade() {
    let dir = temp_dir("jsonl-upgrade");
    let exe = dir.join("supervisord");
    std::fs::copy(BIN, &exe).expect("copy binary");
    let script = dir.join("half.py");
    std::fs::write(
        &script,
        "import os, sys\nos.write(1, b'half')\nfor l in sys.stdin: os.write(1, b' rest\\n')\n",
    )
    .unwrap();
    let conf = format!(
        "{}[program:half]\ncommand={} -u {}\nstartsecs=0\n\
         stdout_logfile=%(here)s/half.log\nstdout_logfile_format=json\n",
        preamble(&dir, "").replace("loglevel=info", "loglevel=debug"),
        python::python3().display(),
        script.display()
    );
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).unwrap();
    let child = Command::new(&exe)
        .arg("-n")
        .arg("-c")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(
            std::fs::File::create(dir.join("stderr.txt")).unwrap(),
        ))
        .spawn()
        .expect("spawn");
    let mut d = Daemon::adopt(dir.clone(), child);
    assert!(d.wait_answering(Duration::from_secs(20)), "{}", d.log());
    // The daemon has read the unterminated "half" (its debug line) and holds it.
    d.assert_log("'half' stdout output:\nhalf", Duration::from_secs(20));
    assert_eq!(std::fs::read(d.path("half.log")).unwrap_or_default(), b"");
    d.signal(nix::libc::SIGUSR1);
    d.assert_log("upgraded in place (generation 1)", Duration::from_secs(20));
    let s = |t: &str| Value::Str(t.to_string());
    d.rpc("supervisor.sendProcessStdin", &[s("half"), s("go\n")])
        .unwrap();
    assert!(logs::wait_file(
        &d.path("half.log"),
        "\"line\":\" rest\"}",
        Duration::from_secs(20)
    ));
    let rows = parse(&d.path("half.log"));
    let lines: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[3].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(lines, vec![("True", "half"), ("False", " rest")]);
}
