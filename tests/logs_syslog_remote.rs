//! Syslog sinks in a child's sink list (issue 24, Go port): `stdout_logfile = FILE, syslog
//! @udp:127.0.0.1:PORT` and `syslog @tcp:…` with the Go port's keys. A UDP and a TCP
//! listener in the test receive byte-exact messages (timestamps matched by shape); a
//! restarted TCP listener gets the next line over a new connection; a listener that never
//! reads leaves the daemon answering and the drops counted in `/metrics`.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Read;
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::time::{Duration, Instant};
use supervisord::rpc::Value;
use support::*;

fn hostname() -> String {
    nix::unistd::gethostname()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// `Mmm dd hh:mm:ss` (day space-padded).
fn is_rfc3164_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 15
        && b[..3].iter().all(u8::is_ascii_alphabetic)
        && b[3] == b' '
        && (b[4] == b' ' || b[4].is_ascii_digit())
        && b[5].is_ascii_digit()
        && b[6] == b' '
        && b[9] == b':'
        && b[12] == b':'
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
fn is_rfc3339_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 24
        && b[4] == b'-'
        && b[10] == b'T'
        && b[19] == b'.'
        && b[23] == b'Z'
        && t.chars().filter(char::is_ascii_digit).count() == 17
}

/// An RFC 3164 message `<PRI>TIME REST`: PRI and REST exact, TIME by shape.
fn assert_rfc3164(msg: &str, pri: u32, rest: &str) {
    let head = format!("<{pri}>");
    assert!(msg.starts_with(&head), "{msg:?} does not start with {head}");
    let time = &msg[head.len()..head.len() + 15];
    assert!(is_rfc3164_time(time), "{msg:?}");
    assert_eq!(&msg[head.len() + 15..], format!(" {rest}"), "{msg:?}");
}

fn recv_text(sock: &UdpSocket) -> String {
    let mut buf = [0u8; 2048];
    let n = sock.recv(&mut buf).expect("a datagram within the timeout");
    String::from_utf8_lossy(&buf[..n]).into_owned()
}

#[test]
fn udp_listener_gets_rfc3164_messages_per_stream() {
    let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
    udp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let port = udp.local_addr().unwrap().port();
    let s = daemon::Scratch::new("syslog-udp");
    let conf = format!(
        "{}[program:web]\ncommand=sh -c 'echo line-one; sleep 0.2; echo line-two >&2; exec sleep 60'\n\
         stdout_logfile=%(here)s/web.out, syslog @udp:127.0.0.1:{port}\n\
         stderr_logfile=syslog @127.0.0.1:{port}\n\
         syslog_facility=local3\nsyslog_tag=myapp\n\
         syslog_stdout_priority=info\nsyslog_stderr_priority=err\n",
        preamble(&s.0, "")
    );
    let d = Daemon::start_conf(s.0.clone(), &conf);
    let host = hostname();
    // local3 = 19: stdout 19*8+6, stderr 19*8+3.
    assert_rfc3164(
        &recv_text(&udp),
        158,
        &format!("{host} myapp[{}]: line-one", d.pid()),
    );
    assert_rfc3164(
        &recv_text(&udp),
        155,
        &format!("{host} myapp[{}]: line-two", d.pid()),
    );
    // The file of the same list has the line too.
    assert_eq!(d.read("web.out"), "line-one\n");
}

/// Reads one octet-counted frame (`LEN SP MSG`).
fn read_frame(conn: &mut TcpStream) -> String {
    let mut len = Vec::new();
    let mut b = [0u8; 1];
    loop {
        conn.read_exact(&mut b).expect("a frame within the timeout");
        if b[0] == b' ' {
            break;
        }
        len.push(b[0]);
    }
    let n: usize = String::from_utf8(len).unwrap().parse().unwrap();
    let mut msg = vec![0u8; n];
    conn.read_exact(&mut msg).unwrap();
    String::from_utf8(msg).unwrap()
}

fn accept(l: &TcpListener) -> TcpStream {
    l.set_nonblocking(true).unwrap();
    let conn = wait::wait_some(Duration::from_secs(10), || l.accept().ok())
        .expect("the daemon connects")
        .0;
    conn.set_nonblocking(false).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    conn
}

fn assert_rfc5424(msg: &str, pri: u32, rest: &str) {
    let head = format!("<{pri}>1 ");
    assert!(msg.starts_with(&head), "{msg:?}");
    assert!(
        is_rfc3339_time(&msg[head.len()..head.len() + 24]),
        "{msg:?}"
    );
    assert_eq!(&msg[head.len() + 24..], format!(" {rest}"), "{msg:?}");
}

fn send_stdin(d: &Daemon, text: &str) {
    d.rpc(
        "supervisor.sendProcessStdin",
        &[Value::Str("echo".into()), Value::Str(text.into())],
    )
    .unwrap();
}

#[test]
fn tcp_listener_gets_octet_counted_rfc5424_and_a_restarted_one_gets_the_next_line() {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let s = daemon::Scratch::new("syslog-tcp");
    let conf = format!(
        "{}[program:echo]\ncommand=sh -c 'while read l; do echo \"$l\"; done'\n\
         stdout_logfile=syslog @tcp:127.0.0.1:{port}\nsyslog_format=rfc5424\n",
        preamble(&s.0, "")
    );
    let d = Daemon::start_conf(s.0.clone(), &conf);
    assert!(d.wait_all("RUNNING", Duration::from_secs(10)));
    let host = hostname();
    send_stdin(&d, "first line\n");
    let mut conn = accept(&l);
    // Defaults: local0 (16) and notice (5); the tag is the program name.
    let want = |line: &str| format!("{host} echo {} - - {line}", d.pid());
    assert_rfc5424(&read_frame(&mut conn), 16 * 8 + 5, &want("first line"));
    // The server restarts: the next line goes over a new connection.
    drop(conn);
    drop(l);
    let l = TcpListener::bind(("127.0.0.1", port)).unwrap();
    send_stdin(&d, "after restart\n");
    let mut conn = accept(&l);
    assert_rfc5424(&read_frame(&mut conn), 16 * 8 + 5, &want("after restart"));
    // Nothing was dropped.
    let metrics = fetch(&d.target, "GET", "/metrics", &[], b"").text();
    assert!(
        metrics
            .contains("supervisord_process_syslog_dropped_total{group=\"echo\",name=\"echo\"} 0"),
        "{metrics}"
    );
}

fn dropped(d: &Daemon) -> u64 {
    let metrics = fetch(&d.target, "GET", "/metrics", &[], b"").text();
    metrics
        .lines()
        .find(|l| l.starts_with("supervisord_process_syslog_dropped_total{group=\"flood\""))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_listener_that_never_reads_costs_drops_not_the_daemon() {
    // Listening, never accepting or reading: the kernel takes what its buffers hold.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let s = daemon::Scratch::new("syslog-stuck");
    let conf = format!(
        "{}[program:flood]\ncommand=sh -c 'yes $(printf %%0999d 0) | head -n 20000; exec sleep 60'\n\
         stdout_logfile=%(here)s/flood.log, syslog @tcp:127.0.0.1:{port}\nstdout_logfile_maxbytes=0\n",
        preamble(&s.0, "")
    );
    let d = Daemon::start_conf(s.0.clone(), &conf);
    let path = d.path("flood.log");
    let whole = 20_000 * 1000;
    assert!(
        wait_for(Duration::from_secs(60), || {
            std::fs::metadata(&path).is_ok_and(|m| m.len() >= whole as u64)
        }),
        "the file sink did not get all the output: {:?}",
        std::fs::metadata(&path).map(|m| m.len())
    );
    // The daemon answers at once, and counted what the syslog server did not take.
    let t = Instant::now();
    assert!(d.rpc("supervisor.getState", &[]).is_ok());
    assert!(t.elapsed() < Duration::from_secs(1), "{:?}", t.elapsed());
    let n = dropped(&d);
    assert!(n > 10_000, "dropped {n}");
    // Messages still wait for the server: its socket is polled for POLLOUT, so the loop
    // (the main thread) does not wake while it stays stuck. A measuring window, not a wait.
    let switches = || {
        status_field(d.pid(), "voluntary_ctxt_switches:")
            .and_then(|v| v.parse::<u64>().ok())
            .expect("voluntary_ctxt_switches")
    };
    let before = switches();
    std::thread::sleep(Duration::from_millis(2000));
    let woke = switches() - before;
    assert!(woke <= 2, "the loop woke {woke} times");
    drop(l);
}

#[test]
fn bad_syslog_values_are_config_errors_naming_option_and_line() {
    let s = daemon::Scratch::new("syslog-bad");
    for (line, want) in [
        (
            "stdout_logfile=/tmp/a.log, syslog @tcp:h:99999",
            "bad syslog port \"99999\"",
        ),
        ("stderr_logfile=syslog @", "bad syslog host"),
        (
            "syslog_facility=local9",
            "unknown syslog facility \"local9\"",
        ),
        ("syslog_stdout_priority=loud", "(syslog_stdout_priority)"),
        ("syslog_format=rfc9999", "(syslog_format)"),
    ] {
        let conf = s.write(
            "s.conf",
            format!(
                "[supervisord]\nlogfile=%(here)s/m.log\n[program:x]\ncommand=/bin/true\n{line}\n"
            ),
        );
        let out = support::check_conf(&[], &conf);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{line}: {err}");
        assert!(err.contains(want), "{line}: {err}");
        assert!(
            err.contains("in section 'program:x'") && err.contains("line: 5)"),
            "{err}"
        );
    }
}
