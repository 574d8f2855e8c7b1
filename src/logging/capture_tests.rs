//! Unit tests of `capture.rs` (capture mode, sinks, events, reads).

use super::*;
use crate::logging::test_dir;
use std::fs;

fn cfg(paths: Vec<PathBuf>) -> StreamCaptureConfig {
    StreamCaptureConfig {
        process_name: "web".into(),
        program: "web".into(),
        channel: Channel::Stdout,
        paths,
        maxbytes: 0,
        backups: 0,
        pipe: Default::default(),
        syslog: false,
        capture_maxbytes: 0,
        events_enabled: false,
        strip_ansi: false,
        timestamps: false,
        format: LogFormat::Text,
    }
}

fn strip(s: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    strip_ansi_into(s, &mut v);
    v
}

/// Expected values measured with Python supervisor 4.3.0's `dispatchers.stripEscapes`.
#[test]
fn strip_ansi_matches_python() {
    assert_eq!(strip(b"\x1b[34mHello\x1b[0m world"), b"Hello world");
    assert_eq!(strip(b"a\x1b[1;31mb\x1b[Kc"), b"abc");
    assert_eq!(strip(b"tail\x1b[12"), b"tail");
    assert_eq!(strip(b"x\x1b]0;title\x07y"), b"x\x1b]0;title\x07y");
    assert_eq!(strip(b"\x1b[\x1b[mz"), b"z");
    assert_eq!(strip(b"plain"), b"plain");
}

#[test]
fn token_helpers() {
    assert_eq!(find(b"abcabd", b"abd"), Some(3));
    assert_eq!(find(b"ab", b"abd"), None);
    assert_eq!(prefix_at_end(b"xx<!--XSUP", BEGIN_TOKEN), 8);
    assert_eq!(prefix_at_end(b"xx", BEGIN_TOKEN), 0);
    let mut b = b"abcdef".to_vec();
    bound_write(&mut b, 8, b"xyz");
    assert_eq!(b, b"defxyz");
}

#[test]
fn writes_every_sink_and_strips_ansi() {
    let d = test_dir("cap-sinks");
    let (a, b) = (d.join("a.log"), d.join("b.log"));
    let mut c = cfg(vec![a.clone(), b.clone()]);
    c.strip_ansi = true;
    c.events_enabled = true;
    let mut cap = StreamCapture::new(&c).unwrap();
    let out = cap.write(b"\x1b[31mred\x1b[0m line\n");
    assert_eq!(out.events, vec![CaptureEvent::Log(b"red line\n".to_vec())]);
    assert!(out.errors.is_empty());
    assert_eq!(fs::read(&a).unwrap(), b"red line\n");
    assert_eq!(fs::read(&b).unwrap(), b"red line\n");
    assert_eq!(cap.bytes_in(), 18);
    assert_eq!(cap.bytes_written(), 9);
    assert_eq!(cap.logfile(), Some(a.as_path()));
}

#[test]
fn timestamps_prefix_each_line_across_chunks() {
    let d = test_dir("cap-ts");
    let a = d.join("a.log");
    let mut c = cfg(vec![a.clone()]);
    c.timestamps = true;
    let mut cap = StreamCapture::new(&c).unwrap();
    cap.write(b"one\ntw");
    cap.write(b"o\nthree\n");
    let s = fs::read_to_string(&a).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 3, "{s}");
    for (l, want) in lines.iter().zip(["one", "two", "three"]) {
        assert_eq!(l.len(), 24 + want.len(), "{l}");
        assert_eq!(&l[19..20], ",");
        assert!(l.ends_with(&format!(" {want}")), "{l}");
    }
}

#[test]
fn capture_mode_emits_communication_event() {
    let d = test_dir("cap-mode");
    let a = d.join("a.log");
    let mut c = cfg(vec![a.clone()]);
    c.capture_maxbytes = 1024;
    let mut cap = StreamCapture::new(&c).unwrap();
    let mut events = Vec::new();
    // Tokens split across chunks on purpose.
    for chunk in [
        &b"before\n<!--XSUPER"[..],
        b"VISOR:BEGIN-->secret pay",
        b"load<!--XSUPERVISOR:E",
        b"ND-->after\n",
    ] {
        events.extend(cap.write(chunk).events);
    }
    assert_eq!(
        events,
        vec![CaptureEvent::Communication(b"secret payload".to_vec())]
    );
    assert_eq!(fs::read(&a).unwrap(), b"before\nafter\n");
    assert!(!cap.in_capture_mode());
}

#[test]
fn capture_buffer_is_bounded_like_boundio_and_log_events_continue() {
    let mut c = cfg(vec![]);
    c.capture_maxbytes = 10;
    c.events_enabled = true;
    let mut cap = StreamCapture::new(&c).unwrap();
    let mut out = cap.write(b"<!--XSUPERVISOR:BEGIN-->0123456789");
    assert!(cap.in_capture_mode());
    out.events
        .extend(cap.write(b"abcd<!--XSUPERVISOR:END-->").events);
    assert_eq!(
        out.events,
        vec![
            CaptureEvent::Log(b"0123456789".to_vec()),
            CaptureEvent::Log(b"abcd".to_vec()),
            CaptureEvent::Communication(b"456789abcd".to_vec()),
        ]
    );
}

#[test]
fn finish_flushes_held_back_partial_token() {
    let d = test_dir("cap-finish");
    let a = d.join("a.log");
    let mut c = cfg(vec![a.clone()]);
    c.capture_maxbytes = 100;
    let mut cap = StreamCapture::new(&c).unwrap();
    cap.write(b"hi <!--XSUP");
    assert_eq!(fs::read(&a).unwrap(), b"hi ");
    cap.finish();
    assert_eq!(fs::read(&a).unwrap(), b"hi <!--XSUP");
}

#[test]
fn none_logfile_reads_fault_no_file_and_tail_is_empty() {
    let mut cap = StreamCapture::new(&cfg(vec![])).unwrap();
    cap.write(b"dropped\n");
    assert_eq!(cap.read(0, 0), Err(ReadError::NoFile));
    assert_eq!(
        cap.tail(0, 100),
        Tail {
            data: vec![],
            offset: 0,
            overflow: false
        }
    );
}

#[test]
fn tail_offsets_follow_the_file() {
    let d = test_dir("cap-tail");
    let a = d.join("a.log");
    let mut cap = StreamCapture::new(&cfg(vec![a])).unwrap();
    cap.write(b"0123456789");
    let t = cap.tail(0, 4);
    assert_eq!(
        (t.data.as_slice(), t.offset, t.overflow),
        (&b"6789"[..], 10, true)
    );
    cap.write(b"ab");
    let t = cap.tail(t.offset, 4);
    assert_eq!(
        (t.data.as_slice(), t.offset, t.overflow),
        (&b"89ab"[..], 12, false)
    );
    assert_eq!(cap.read(-2, 0).unwrap(), b"ab");
    assert_eq!(cap.read(10, 1).unwrap(), b"a");
}

#[test]
fn clear_and_reopen() {
    let d = test_dir("cap-clear");
    let a = d.join("a.log");
    let mut cap = StreamCapture::new(&cfg(vec![a.clone()])).unwrap();
    cap.write(b"old\n");
    assert!(cap.clear().is_empty());
    cap.write(b"new\n");
    assert_eq!(fs::read(&a).unwrap(), b"new\n");
    fs::rename(&a, d.join("rotated")).unwrap();
    assert!(cap.reopen().is_empty());
    cap.write(b"newer\n");
    assert_eq!(fs::read(&a).unwrap(), b"newer\n");
}

#[test]
fn from_stream_log_resolves_auto_and_none() {
    let sl = StreamLog {
        logfile: ChildLog::Auto,
        maxbytes: 5,
        backups: 2,
        capture_maxbytes: 0,
        events_enabled: true,
        syslog: false,
        syslog_sinks: Vec::new(),
        pipe: Default::default(),
    };
    let c = StreamCaptureConfig::from_stream_log(
        "web",
        Channel::Stderr,
        &sl,
        Some(Path::new("/tmp/x.log")),
        false,
        false,
    );
    assert_eq!(c.paths, vec![PathBuf::from("/tmp/x.log")]);
    let none = StreamLog {
        logfile: ChildLog::None,
        ..sl
    };
    let c = StreamCaptureConfig::from_stream_log("web", Channel::Stderr, &none, None, false, false);
    assert!(c.paths.is_empty());
}

#[test]
fn python_repr_of_bytes() {
    assert_eq!(
        crate::events::types::py_bytes_repr(b"a\xff\n'"),
        "b\"a\\xff\\n'\""
    );
    assert_eq!(crate::events::types::py_bytes_repr(b"ab"), "b'ab'");
}

#[test]
fn event_types_and_payloads() {
    let e = CaptureEvent::Log(b"hi\n".to_vec());
    assert_eq!(e.event_type(Channel::Stderr), EventType::ProcessLogStderr);
    assert_eq!(
        e.payload("web", "grp", 42, Channel::Stderr),
        b"processname:web groupname:grp pid:42 channel:stderr\nhi\n"
    );
    let c = CaptureEvent::Communication(b"x".to_vec());
    assert_eq!(
        c.event_type(Channel::Stdout),
        EventType::ProcessCommunicationStdout
    );
    assert_eq!(
        c.payload("web", "grp", 42, Channel::Stdout),
        b"processname:web groupname:grp pid:42\nx"
    );
}

#[test]
fn special_only_sinks_read_failed_like_python() {
    let cap = StreamCapture::new(&cfg(vec![PathBuf::from("/dev/null")])).unwrap();
    assert_eq!(cap.read(0, 0), Err(ReadError::Failed));
    assert_eq!(
        cap.tail(7, 10),
        Tail {
            data: vec![],
            offset: 7,
            overflow: false
        }
    );
}

#[test]
fn json_format_writes_objects_while_events_stay_raw() {
    let d = test_dir("cap-json");
    let a = d.join("a.log");
    let mut c = cfg(vec![a.clone()]);
    c.format = LogFormat::Json;
    c.events_enabled = true;
    c.timestamps = true; // JSON lines carry their own `ts`
    let mut cap = StreamCapture::new(&c).unwrap();
    let out = cap.write(b"one\ntw");
    assert_eq!(out.events, vec![CaptureEvent::Log(b"one\ntw".to_vec())]);
    cap.write(b"o\nend");
    let s = fs::read_to_string(&a).unwrap();
    assert_eq!(s.lines().count(), 2, "{s}");
    assert!(cap.finish().errors.is_empty());
    let s = fs::read_to_string(&a).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 3, "{s}");
    for (l, want) in lines.iter().zip([
        "\"line\":\"one\"}",
        "\"line\":\"two\"}",
        "\"line\":\"end\",\"partial\":true}",
    ]) {
        assert!(l.starts_with("{\"ts\":\""), "{l}");
        assert!(l.contains("\"program\":\"web\",\"process\":\"web\",\"stream\":\"stdout\""));
        assert!(l.ends_with(want), "{l}");
    }
    assert_eq!(cap.bytes_in(), 11);
    assert_eq!(cap.bytes_written(), s.len() as u64);
}

#[test]
fn json_format_keeps_capture_mode_and_syslog_raw() {
    use crate::config::syslog::{Endpoint, Format, SyslogSink, Transport};
    use crate::logging::syslog_frame::Header;
    let d = test_dir("cap-json-capture");
    let a = d.join("a.log");
    let mut c = cfg(vec![a.clone()]);
    c.format = LogFormat::Json;
    c.capture_maxbytes = 1024;
    let mut cap = StreamCapture::new(&c).unwrap();
    let server = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    server
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    let endpoint = Endpoint {
        transport: Transport::Udp,
        host: "127.0.0.1".into(),
        port: server.local_addr().unwrap().port(),
    };
    let header = Header {
        facility: 16,
        severity: 6,
        tag: "t".into(),
        hostname: "h".into(),
        pid: 1,
        format: Format::Rfc5424,
    };
    cap.attach_syslog(SyslogSinks::new(&[SyslogSink::Remote(endpoint)], header));
    let mut events = Vec::new();
    for chunk in [
        &b"before \"x\"\n<!--XSUPERVISOR:BEGIN-->secret"[..],
        b"<!--XSUPERVISOR:END-->after\n",
    ] {
        events.extend(cap.write(chunk).events);
    }
    assert_eq!(
        events,
        vec![CaptureEvent::Communication(b"secret".to_vec())]
    );
    let s = fs::read_to_string(&a).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 2, "{s}");
    assert!(lines[0].ends_with("\"line\":\"before \\\"x\\\"\"}"), "{s}");
    assert!(lines[1].ends_with("\"line\":\"after\"}"), "{s}");
    let mut buf = [0u8; 512];
    let n = server.recv(&mut buf).unwrap();
    assert!(buf[..n].ends_with(b" - - before \"x\""), "{:?}", &buf[..n]);
}
