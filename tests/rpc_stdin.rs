//! `sendProcessStdin` beyond a full pipe: like Python, what the pipe does not take at once
//! is kept and written when the child reads again — nothing is dropped, order is kept.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use supervisord::ctl::client::Client;
use supervisord::rpc::Value;
use support::{wait_for, Daemon};

#[test]
fn stdin_beyond_a_full_pipe_is_kept_and_delivered_in_order() {
    // The child sleeps before reading, so the pipe (64 KiB) fills up first.
    let d = Daemon::start(
        "stdin-pending",
        "[unix_http_server]\nfile=%(here)s/s.sock\n\n\
         [program:reader]\ncommand=sh -c 'sleep 1; exec cat'\nstartsecs=0\nstdout_logfile=%(here)s/out.log\nstdout_logfile_maxbytes=0\n",
    );
    d.assert_log("success: reader entered RUNNING", Duration::from_secs(5));
    let c = Client::new(
        &format!("unix://{}", d.path("s.sock").display()),
        None,
        None,
    );
    let mut expected = String::new();
    for chunk in 0..40 {
        // 40 × 5 KiB = 200 KiB, three times the pipe's capacity.
        let line: String = format!("{chunk:04} {}\n", "x".repeat(5 * 1024 - 6));
        expected.push_str(&line);
        let r = c
            .call(
                "supervisor.sendProcessStdin",
                &[Value::Str("reader".into()), Value::Str(line)],
            )
            .expect("transport");
        assert_eq!(r, Ok(Value::Bool(true)));
    }
    let log = d.path("out.log");
    assert!(
        wait_for(Duration::from_secs(10), || std::fs::read_to_string(&log)
            .is_ok_and(|t| t.len() == expected.len())),
        "got {} of {} bytes",
        std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0),
        expected.len()
    );
    assert!(
        std::fs::read_to_string(&log).unwrap() == expected,
        "bytes differ or out of order"
    );
    assert!(
        !d.log().contains("bytes of sendProcessStdin"),
        "stdin bytes were dropped"
    );
}
