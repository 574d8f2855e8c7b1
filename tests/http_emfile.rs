//! Under EMFILE accepting fails; the HTTP loop must say so, make room (close the oldest idle
//! connection), pause accepting briefly and serve again once descriptors are available —
//! never panic, never stop for good. Its own test binary, because it lowers RLIMIT_NOFILE
//! for the whole process.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::ErrorKind;
use std::os::unix::net::UnixStream;
use std::time::Duration;

use nix::sys::resource::{getrlimit, setrlimit, Resource};
use supervisord::http::{self, HttpOptions};
use supervisord::rpc::{xml, Value};
use support::fake_loop::fake_loop;
use support::{temp_dir as scratch, wait_for, Target};

fn open_fds() -> u64 {
    std::fs::read_dir("/proc/self/fd")
        .map(|d| d.count() as u64)
        .unwrap_or(0)
}

#[test]
fn accepting_recovers_after_it_fails_with_emfile() {
    let dir = scratch("emfile");
    let (handle, _model) = fake_loop();
    let servers = support::fake_loop::unix_only(&dir);
    let threads = http::spawn(&servers, handle, HttpOptions::default()).expect("spawn");
    let path = threads.unix_path().expect("path");
    let (soft, hard) = getrlimit(Resource::RLIMIT_NOFILE).expect("getrlimit");
    // Spare descriptors: when only our side runs out, closing one frees exactly one slot,
    // so our next connect takes it and the server's accept hits the limit. (Dropping a
    // connection would free three — ours and the server's two — and with a free budget
    // divisible by three the server would never run out.)
    let mut spares: Vec<std::fs::File> = (0..4)
        .filter_map(|_| std::fs::File::open("/dev/null").ok())
        .collect();
    setrlimit(Resource::RLIMIT_NOFILE, open_fds() + 6, hard).expect("lower limit");
    // Fill the descriptor table with connections. Once the server cannot accept any more
    // its accept fails (counted), or connects are refused (or it recovers before we look, when
    // the descriptor its listener freed is enough to open the next one).
    let mut held = Vec::new();
    let mut accept_failed = false;
    for _ in 0..400 {
        if threads.accept_errors() > 0 {
            accept_failed = true;
            break;
        }
        match UnixStream::connect(&path) {
            Ok(c) => held.push(c),
            Err(e) if e.kind() == ErrorKind::ConnectionRefused => {
                accept_failed = true;
                break;
            }
            Err(_) => {
                if spares.pop().is_none() {
                    held.pop();
                }
            }
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(held);
    drop(spares);
    setrlimit(Resource::RLIMIT_NOFILE, soft, hard).expect("restore limit");
    assert!(
        accept_failed,
        "the server's accept never failed; the test did not exercise the recovery"
    );
    assert!(
        wait_for(std::time::Duration::from_secs(10), || threads
            .accept_errors()
            > 0),
        "no accept failure was counted"
    );
    // Accepting resumes after its short pause: wait for a successful call.
    let body = xml::encode_call("supervisor.getPID", &[]);
    let answered = wait_for(std::time::Duration::from_secs(10), || {
        if UnixStream::connect(&path).is_err() {
            return false;
        }
        let r = support::fetch(
            &Target::Unix(path.clone()),
            "POST",
            "/RPC2",
            &[],
            body.as_bytes(),
        );
        r.status == 200 && xml::decode_response(&r.body) == Ok(Ok(Value::Int(42)))
    });
    assert!(
        answered,
        "the server does not answer after running out of descriptors"
    );
}
