//! Answers that would be large are bounded: one log read returns at most 32 MiB (a tail,
//! its last 32 MiB), one multicall gathers at most about 64 MiB, and full answers waiting
//! for clients that do not read them come to at most 256 MiB, all connections together
//! (a larger one is refused with 503). Python builds whatever is asked for; a few small
//! requests then had the daemon hold gigabytes.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Write;
use std::time::Duration;

use supervisord::rpc::{xml, Value};
use support::http::{read_response, Sock, Target};
use support::*;

const MIB: usize = 1024 * 1024;

/// A daemon whose program `big` has a 40 MiB stdout log (written before it starts; the
/// daemon appends to it and never rotates it).
fn daemon_with_big_log(name: &str) -> Daemon {
    let dir = temp_dir(name);
    let line = format!("{}\n", "x".repeat(1023));
    let mut f = std::fs::File::create(dir.join("big.log")).unwrap();
    for _ in 0..40 * 1024 {
        f.write_all(line.as_bytes()).unwrap();
    }
    let conf = format!(
        "{}[program:big]\ncommand=/bin/sleep 1000\nstartsecs=0\n\
         stdout_logfile=%(here)s/big.log\nstdout_logfile_maxbytes=0\n",
        preamble(&dir, "")
    );
    Daemon::start_conf(dir, &conf)
}

fn target(d: &Daemon) -> Target {
    Target::Unix(d.path("s.sock"))
}

fn call(method: &str, params: &[Value]) -> Value {
    Value::strukt([
        ("methodName", Value::Str(method.into())),
        ("params", Value::Array(params.to_vec())),
    ])
}

fn int(n: usize) -> Value {
    Value::Int(n as i64)
}

fn big() -> Value {
    Value::Str("big".into())
}

#[test]
fn one_log_read_returns_at_most_32_mib() {
    let d = daemon_with_big_log("bigread");
    let whole = d.rpc("supervisor.readProcessStdoutLog", &[big(), int(0), int(0)]);
    let err = whole.expect_err("a 40 MiB read is refused");
    assert!(
        err.contains("FAILED") && err.contains("read the log in parts"),
        "{err}"
    );
    // In parts it works.
    let part = d.rpc(
        "supervisor.readProcessStdoutLog",
        &[big(), int(0), int(30 * MIB)],
    );
    assert!(matches!(&part, Ok(Value::Str(s)) if s.len() == 30 * MIB));
    // A tail longer than that is the log's last 32 MiB, with overflow set.
    let tail = d
        .rpc(
            "supervisor.tailProcessStdoutLog",
            &[big(), int(0), int(100 * MIB)],
        )
        .unwrap();
    let Value::Array(items) = tail else {
        panic!("{tail:?}")
    };
    assert!(matches!(&items[0], Value::Str(s) if s.len() == 32 * MIB));
    assert_eq!(items[1], int(40 * MIB));
    assert_eq!(items[2], Value::Bool(true));
}

#[test]
fn a_multicall_stops_running_calls_past_64_mib_of_answer() {
    let d = daemon_with_big_log("bigmulti");
    let read = call(
        "supervisor.readProcessStdoutLog",
        &[big(), int(0), int(30 * MIB)],
    );
    let calls = Value::Array(vec![read.clone(), read.clone(), read.clone(), read]);
    let body = xml::encode_call("system.multicall", &[calls]);
    let r = support::http::fetch(
        &target(&d),
        "POST",
        "/RPC2",
        &[("Content-Type", "text/xml")],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200);
    // Three reads ran (90 MiB, the third starting below the bound); the fourth did not.
    let faults = r.body.matches("<name>faultCode</name>").count();
    assert_eq!(faults, 1, "{}", &r.body[r.body.len().saturating_sub(600)..]);
    assert!(r
        .body
        .contains("answer is over 64 MiB; this call did not run"));
    assert!(r.bytes.len() > 90 * MIB);
}

#[test]
fn answers_left_unread_are_bounded_and_the_daemon_keeps_answering() {
    let d = daemon_with_big_log("bigunread");
    let body = xml::encode_call(
        "supervisor.readProcessStdoutLog",
        &[big(), int(0), int(31 * MIB)],
    );
    let head = support::http::request_head(
        "POST",
        "/RPC2",
        "localhost",
        &[("Content-Type", "text/xml")],
        body.len(),
    );
    // Eight 31 MiB answers wait for clients that read nothing (248 MiB); the ninth would
    // pass 256 MiB.
    let mut held = Vec::new();
    for _ in 0..8 {
        let mut s = Sock::open(&target(&d), Duration::from_secs(20)).unwrap();
        s.write_all(head.as_bytes()).unwrap();
        s.write_all(body.as_bytes()).unwrap();
        held.push(s);
        // Each answer is built before the next request goes out.
        assert!(d.rpc("supervisor.getState", &[]).is_ok());
    }
    let mut s = Sock::open(&target(&d), Duration::from_secs(20)).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body.as_bytes()).unwrap();
    let r = read_response(&mut s).unwrap();
    assert_eq!(r.status, 503, "{}", r.head);
    assert!(d.rpc("supervisor.getState", &[]).is_ok());
    let rss_mib = d.rss_kb() / 1024;
    assert!(rss_mib < 400, "daemon RSS {rss_mib} MiB");
    // Once the readers go, a big answer is given again.
    drop(held);
    let ok = wait_for(Duration::from_secs(10), || {
        d.rpc(
            "supervisor.readProcessStdoutLog",
            &[big(), int(0), int(31 * MIB)],
        )
        .is_ok()
    });
    assert!(ok, "a big read is still refused after the readers left");
}
