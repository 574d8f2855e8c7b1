//! Fuzz target bodies, shared by the cargo-fuzz binaries in `fuzz/` (nightly, libFuzzer)
//! and the corpus replay test `tests/fuzz_replay.rs` (stable `cargo test`), so both run
//! exactly the same code on the same inputs.
//!
//! Each target takes arbitrary bytes, must never panic, must finish quickly and must keep
//! its output bounded by its input. Besides "no panic", targets assert cheap oracles
//! (e.g. a literal pattern matches exactly like `str::contains`; capture without options
//! writes the input verbatim). A failed assertion is a bug found by the fuzzer.
//!
//! Run them with `make fuzz`; replay the committed corpora with `cargo test --test
//! fuzz_replay`.

use crate::config::expand::{format_mapping, ExpVal, Expansions};
use crate::config::ini::IniDoc;
use crate::config::{values, Overrides};
use crate::events::protocol::{Listener, ListenerState, Outcome};
use crate::events::types::{Event, EventType};
use crate::http::auth::{self, AuthResult, Credentials};
use crate::http::request::{Event as HttpEvent, Reader as HttpReader};
use crate::http::{json, limits, sha1};
use crate::logging::capture::{
    strip_ansi_into, CaptureEvent, Channel, StreamCapture, StreamCaptureConfig,
};
use crate::process::{command, envfile};
use crate::readiness::pattern::Pattern;
use crate::readiness::{self as ready, LineSplitter, ReadyCheck, ReadySpec};
use crate::rpc::{base64, xml, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A target: one function over one input.
pub type Target = fn(&[u8]);

/// Every target by name (the name is the cargo-fuzz binary and the corpus directory).
pub const TARGETS: &[(&str, Target)] = &[
    ("pattern", pattern),
    ("ready_spec", ready_spec),
    ("listener_protocol", listener_protocol),
    ("capture", capture),
    ("ini", ini),
    ("config_load", config_load),
    ("xmlrpc", xmlrpc),
    ("http_auth", http_auth),
    ("json_body", json_body),
    ("env_dict", env_dict),
    ("command_split", command_split),
    ("http_request", http_request),
];

/// Looks a target up by name.
pub fn by_name(name: &str) -> Option<Target> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Splits at the first NUL: (head, rest); no NUL → (all, empty).
fn split_nul(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// True when `p` has no pattern metacharacters, so it must behave like `str::contains`.
fn is_literal(p: &str) -> bool {
    !p.chars().any(|c| ".[]\\*+?()|^$".contains(c))
}

/// `pattern`: input = `PATTERN \0 LINE \0 LINE …`. Compiles the pattern and matches every
/// line; a literal pattern must agree with `str::contains`.
pub fn pattern(data: &[u8]) {
    let (pat, lines) = split_nul(data);
    let pat = String::from_utf8_lossy(pat);
    let Ok(p) = Pattern::new(&pat) else {
        return;
    };
    assert_eq!(p.as_str(), pat);
    for line in lines.split(|&b| b == 0) {
        let line = String::from_utf8_lossy(line);
        let hit = p.is_match(&line);
        if is_literal(&pat) {
            assert_eq!(hit, line.contains(&*pat), "literal {pat:?} on {line:?}");
        }
    }
}

/// `ready_spec`: input = `READY \0 TIMEOUT \0 INTERVAL \0 OUTPUT`. Parses the `ready=`
/// options; a `log:` check is fed OUTPUT (in chunks split at `\x01`) through a
/// [`LineSplitter`]; the raw input also goes through the notify/HTTP answer parsers.
pub fn ready_spec(data: &[u8]) {
    let mut parts = data.splitn(4, |&b| b == 0);
    let spec = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let timeout = parts.next().map(String::from_utf8_lossy);
    let interval = parts.next().map(String::from_utf8_lossy);
    let output = parts.next().unwrap_or_default();

    let _ = ready::notify_says_ready(data);
    let _ = ready::http_status_ok(data);
    if let Ok(check) = ReadyCheck::parse(&spec, timeout.as_deref(), interval.as_deref()) {
        assert!(!check.timeout.is_zero() && !check.interval.is_zero());
    }
    match ReadySpec::parse(&spec) {
        Ok(ReadySpec::Fd(n)) => assert!((3..=1023).contains(&n)),
        Ok(ReadySpec::Tcp { host, port }) => {
            assert!(port > 0);
            assert!(ready::socket_addr(&host, port).is_some(), "{host:?}");
        }
        Ok(ReadySpec::Http { host, port, path }) => {
            assert!(port > 0 && path.starts_with('/'));
            assert!(ready::socket_addr(&host, port).is_some(), "{host:?}");
            let req = ready::http_request(&host, port, &path);
            assert!(req.ends_with(b"\r\n\r\n"));
        }
        Ok(ReadySpec::Log(p)) => {
            let mut splitter = LineSplitter::default();
            for chunk in output.split(|&b| b == 1) {
                if splitter.feed(chunk, &p) {
                    break;
                }
            }
        }
        Ok(ReadySpec::Command(c)) => assert!(!c.trim().is_empty()),
        Ok(ReadySpec::Notify) | Err(_) => {}
    }
}

/// `listener_protocol`: the input is a program for one [`Listener`]. Each op byte `b`:
/// `b % 4 == 0` → `sent(event)`, `1` → `reset()`, `2`/`3` → `feed` the next `b >> 2`
/// bytes. Checks the state machine: events come back exactly once, as sent.
pub fn listener_protocol(data: &[u8]) {
    let mut l = Listener::new();
    let mut in_flight: Option<(Event, u64)> = None;
    let mut serial = 0u64;
    let mut i = 0;
    while i < data.len() {
        let op = data[i];
        i += 1;
        match op % 4 {
            0 => {
                serial += 1;
                let ev = Event {
                    ty: EventType::Tick5,
                    serial,
                    payload: format!("when:{serial}").into_bytes(),
                };
                let was_ready = l.state == ListenerState::Ready;
                let ok = l.sent(ev.clone(), serial);
                assert_eq!(ok, was_ready);
                if ok {
                    assert_eq!(l.state.code(), 20);
                    in_flight = Some((ev, serial));
                }
            }
            1 => {
                assert_eq!(l.reset(), in_flight.take());
                assert_eq!(l.state, ListenerState::Acknowledged);
            }
            _ => {
                let n = usize::from(op >> 2).min(data.len() - i);
                let chunk = &data[i..i + n];
                i += n;
                let was_unknown = l.state == ListenerState::Unknown;
                let out = l.feed(chunk);
                if was_unknown {
                    assert!(out.is_empty());
                }
                assert!(out.len() <= chunk.len() + 1, "{} outcomes", out.len());
                for o in out {
                    match o {
                        Outcome::Ready => {}
                        Outcome::Result {
                            event, pool_serial, ..
                        } => {
                            assert_eq!(Some((event, pool_serial)), in_flight.take());
                        }
                        Outcome::Violation { rebuffer, .. } => {
                            assert_eq!(rebuffer, in_flight.take());
                            assert_eq!(l.state, ListenerState::Unknown);
                        }
                    }
                }
                if l.state.code() != 20 {
                    assert!(in_flight.is_none());
                }
            }
        }
        let _ = l.state.name();
    }
}

/// A per-process scratch directory for targets that need files.
fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("supervisord-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// `capture`: input = `FLAGS CHUNK \xff CHUNK \xff …`. FLAGS bits: 0 strip_ansi,
/// 1 timestamps, 2 events, 3 capture mode, 4 file sink (else NONE), 5 rotate at 64 bytes,
/// 6–7 capture_maxbytes (1, 16, 100, 1 MiB). Writes each chunk, then finishes; checks that
/// events stay bounded by the input and, without capture mode or timestamps, that the file
/// holds exactly the (ANSI-stripped, per chunk) input.
pub fn capture(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let strip_ansi = flags & 1 != 0;
    let timestamps = flags & 2 != 0;
    let events_enabled = flags & 4 != 0;
    let capture_mode = flags & 8 != 0;
    let file = flags & 16 != 0;
    let rotate = flags & 32 != 0;
    let capture_maxbytes = [1, 16, 100, 1 << 20][usize::from(flags >> 6)];

    let dir = scratch_dir();
    let path = dir.join(format!("capture-{:?}.log", std::thread::current().id()));
    let backups = [path.with_extension("log.1"), path.with_extension("log.2")];
    for p in std::iter::once(&path).chain(&backups) {
        let _ = std::fs::remove_file(p);
    }
    let cfg = StreamCaptureConfig {
        process_name: "fuzz".into(),
        program: "fuzz".into(),
        channel: Channel::Stdout,
        paths: if file { vec![path.clone()] } else { Vec::new() },
        maxbytes: if rotate { 64 } else { 0 },
        backups: 2,
        pipe: Default::default(),
        syslog: false,
        capture_maxbytes: if capture_mode { capture_maxbytes } else { 0 },
        events_enabled,
        strip_ansi,
        timestamps,
        format: crate::config::model::LogFormat::Text,
    };
    let Ok(mut cap) = StreamCapture::new(&cfg) else {
        return;
    };
    let mut expected = Vec::new();
    // Captured data yields both PROCESS_LOG and PROCESS_COMMUNICATION events (as Python).
    let (mut log_bytes, mut comm_bytes) = (0usize, 0usize);
    let mut count_events = |events: &[CaptureEvent]| {
        for e in events {
            match e {
                CaptureEvent::Log(d) => log_bytes += d.len(),
                CaptureEvent::Communication(d) => comm_bytes += d.len(),
            }
        }
    };
    for chunk in rest.split(|&b| b == 0xff) {
        let out = cap.write(chunk);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        count_events(&out.events);
        if strip_ansi {
            strip_ansi_into(chunk, &mut expected);
        } else {
            expected.extend_from_slice(chunk);
        }
    }
    let out = cap.finish();
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    count_events(&out.events);
    assert!(log_bytes <= rest.len(), "{log_bytes} log event bytes");
    assert!(
        comm_bytes <= rest.len(),
        "{comm_bytes} communication event bytes"
    );
    assert!(cap.bytes_in() <= rest.len() as u64);
    if file {
        let written = std::fs::read(&path).unwrap_or_default();
        if !capture_mode && !timestamps && !rotate {
            assert_eq!(written, expected);
        }
        if !timestamps {
            assert!(written.len() <= rest.len());
        }
    }
    drop(cap);
    for p in std::iter::once(&path).chain(&backups) {
        let _ = std::fs::remove_file(p);
    }
    let _ = std::fs::remove_dir(dir);
}

/// `ini`: the INI reader on the input as a file, then `%(here)s` and `%(name)s` expansion
/// and the option-value parsers on every value.
pub fn ini(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut doc = IniDoc::new();
    if doc
        .read_str(&text, Path::new("/fuzz/supervisord.conf"))
        .is_err()
    {
        return;
    }
    doc.expand_here("/fuzz");
    let mut exp = Expansions::new();
    exp.insert("here".into(), ExpVal::Str("/fuzz".into()));
    exp.insert("program_name".into(), ExpVal::Str("p".into()));
    exp.insert("process_num".into(), ExpVal::Int(3));
    exp.insert("numprocs".into(), ExpVal::Int(10));
    exp.insert("ENV_HOME".into(), ExpVal::Str("/root".into()));
    let names = doc.section_names();
    assert_eq!(names.len(), doc.sections.len());
    for section in &doc.sections {
        assert!(doc.section(&section.name).is_some());
        for (key, entry) in &section.entries {
            assert_eq!(*key, key.to_lowercase(), "keys are lower-cased");
            let _ = doc.file_of(entry);
            let v = &entry.value;
            let _ = crate::config::expand::expand(v, &exp, key);
            if let Ok(out) = format_mapping(v, &exp) {
                // `%(numprocs)099999999d` would be a huge width: must stay bounded.
                assert!(out.len() <= v.len() * 64 + 4096, "expansion of {v:?}");
            }
            let _ = values::py_int(v);
            let _ = values::byte_size(v);
            let _ = values::boolean(v);
            let _ = values::octal(v);
            let _ = values::log_level(v);
            let _ = values::auto_restart(v);
            let _ = values::signal_number(v);
            let _ = values::exit_codes(v);
            let _ = values::list_of_strings(v);
            let _ = values::process_or_group_name(v);
            let _ = values::inet_address(v);
            let _ = values::user_group(v);
            let _ = values::normpath(v);
            let _ = values::normalize_path(v);
            let _ = crate::config::load::split_log_paths(v);
        }
    }
}

/// `config_load`: the full `config::load` on the input written as a config file (with a
/// fixed environment). Inputs mentioning `include` are skipped: an `[include]` glob could
/// read anything on the machine (e.g. `/dev/zero`), which is the user's own choice.
pub fn config_load(data: &[u8]) {
    if data.windows(7).any(|w| w.eq_ignore_ascii_case(b"include")) {
        return;
    }
    let dir = scratch_dir();
    let path = dir.join(format!("load-{:?}.conf", std::thread::current().id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let env: BTreeMap<String, String> = [("HOME", "/root"), ("USER", "fuzz")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let r = crate::config::load_with_env(&path, &Overrides::default(), &env);
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_dir(&dir);
    if let Err(e) = r {
        let _ = e.to_string();
    }
}

/// `xmlrpc`: decodes the input as a `methodCall` and as a `methodResponse`; a decoded call
/// re-encodes to a document that decodes to the same call.
pub fn xmlrpc(data: &[u8]) {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let _ = xml::decode_response(body);
    let Ok(call) = xml::decode_call(body) else {
        return;
    };
    let again = xml::encode_call(&call.method, &call.params);
    let back = xml::decode_call(&again).expect("re-encoded call decodes");
    assert_eq!(back.method, call.method);
    assert_eq!(format!("{:?}", back.params), format!("{:?}", call.params));
    for p in &call.params {
        let _ = xml::encode_response(p);
    }
}

/// `http_auth`: the input as an `Authorization` header against fixed clear and `{SHA}`
/// credentials, plus base64 round trips. Only the right password may be allowed.
pub fn http_auth(data: &[u8]) {
    let header = String::from_utf8_lossy(data);
    let clear = Credentials {
        username: "user".into(),
        password: "123".into(),
    };
    let sha = Credentials {
        username: "user".into(),
        password: format!("{{SHA}}{}", sha1::hex_digest(b"123")),
    };
    for creds in [&clear, &sha] {
        let r = auth::check(Some(creds), Some(&header));
        if r == AuthResult::Allowed {
            let payload = header.trim().split_once(' ').map(|(_, p)| p.trim());
            let decoded = payload.and_then(base64::decode).unwrap_or_default();
            assert_eq!(decoded, b"user:123", "allowed {header:?}");
        }
    }
    assert_eq!(auth::check(None, Some(&header)), AuthResult::Allowed);
    assert!(auth::password_matches(&sha.password, "123"));
    let enc = base64::encode(data);
    assert_eq!(base64::decode(&enc).as_deref(), Some(data));
    if let Some(dec) = base64::decode(&header) {
        assert!(dec.len() <= header.len());
    }
    assert_eq!(sha1::hex_digest(data).len(), 40);
}

/// `json_body`: the JSON API's request-body parser; what parses re-encodes to JSON that
/// parses to the same value.
pub fn json_body(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(v) = json::parse(text) else {
        return;
    };
    let again = json::to_json(&v);
    let back = json::parse(&again).expect("re-encoded JSON parses");
    assert_eq!(json_norm(&back), json_norm(&v), "{again}");
}

/// What survives a JSON round trip by design: non-finite doubles become `null`, integral
/// doubles may come back as integers (so numbers compare as f64, and -0.0 as 0.0).
fn json_norm(v: &Value) -> String {
    match v {
        Value::Double(d) if !d.is_finite() => "null".into(),
        Value::Double(d) if *d == 0.0 => "0.0".into(),
        Value::Double(d) => format!("{d:?}"),
        Value::Int(i) => format!("{:?}", *i as f64),
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(json_norm).collect::<Vec<_>>().join(",")
        ),
        Value::Struct(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{k:?}:{}", json_norm(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Value::Nil => "null".into(),
        other => format!("{other:?}"),
    }
}

/// `env_dict`: `environment=` (supervisor's `dict_of_key_value_pairs`) and dotenv
/// (`env_files=`) parsing; output is bounded by the input.
pub fn env_dict(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(map) = values::env_dict(&text) {
        let total: usize = map.iter().map(|(k, v)| k.len() + v.len()).sum();
        assert!(total <= text.len());
    }
    let pairs = envfile::parse(&text);
    let total: usize = pairs.iter().map(|(k, v)| k.len() + v.len()).sum();
    assert!(total <= text.len());
}

/// `command_split`: `command=` splitting (POSIX `shlex.split`). Words, re-quoted, split back
/// to the same words.
pub fn command_split(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(words) = command::shlex_split(&text) else {
        return;
    };
    let total: usize = words.iter().map(String::len).sum();
    assert!(total <= text.len());
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r#"'"'"'"#)))
        .collect();
    let back = command::shlex_split(&quoted.join(" ")).expect("re-quoted command splits");
    assert_eq!(back, words);
}

/// Every event an HTTP request reader gives for `data` fed in the pieces `sizes` cycles
/// through, up to the first refusal. `Continue` is left out: whether it is owed depends on
/// whether body bytes came with the head.
fn http_events(data: &[u8], sizes: &[usize]) -> Vec<HttpEvent> {
    let mut reader = HttpReader::default();
    let mut out = Vec::new();
    let mut at = 0;
    let mut i = 0;
    while at < data.len() {
        let n = sizes[i % sizes.len()].clamp(1, data.len() - at);
        i += 1;
        reader.feed(&data[at..at + n]);
        at += n;
        assert!(reader.buffered() <= limits::MAX_HEAD + limits::MAX_BODY + data.len().min(n));
        loop {
            match reader.next_event() {
                HttpEvent::NeedMore => break,
                HttpEvent::Continue => {}
                HttpEvent::Refuse(status) => {
                    assert!(matches!(status, 400 | 413 | 431 | 501), "{status}");
                    out.push(HttpEvent::Refuse(status));
                    return out;
                }
                HttpEvent::Request(rq) => {
                    assert!(rq.body.len() <= limits::MAX_BODY);
                    assert!(rq.headers.len() <= limits::MAX_HEADERS);
                    out.push(HttpEvent::Request(rq));
                }
            }
        }
    }
    out
}

/// `http_request`: input = `SEED SEED BYTES…`. The bytes go through the request reader
/// (the connection's parsing state machine: heads, bodies, chunked bodies, pipelining,
/// limits) whole, a byte at a time, and in pieces drawn from the seed; every way of
/// splitting must give the same requests and refusals, each within the limits.
pub fn http_request(data: &[u8]) {
    let (seed, stream) = match data {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]), rest),
        _ => return,
    };
    let whole = http_events(stream, &[stream.len().max(1)]);
    assert_eq!(http_events(stream, &[1]), whole, "byte by byte");
    let mut x = u32::from(seed) | 1;
    let sizes: Vec<usize> = (0..16)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            1 + (x % 97) as usize
        })
        .collect();
    assert_eq!(
        http_events(stream, &sizes),
        whole,
        "random splits {sizes:?}"
    );
}
