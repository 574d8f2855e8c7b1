//! Liveness checks (the Go port's `liveness_check_*` keys): a RUNNING program is checked
//! periodically, and after `failure_threshold` failures in a row its failure action runs.
//!
//! Readiness (`crate::readiness`) gates STARTING → RUNNING; liveness acts on a RUNNING
//! program only: its checker exists from the moment the program is RUNNING and goes when
//! it leaves that state, so a program without the keys costs nothing.
//!
//! | key | default | meaning |
//! |---|---|---|
//! | `liveness_check_script` | — | `http://…`/`https://…` with curl-like `-H 'K: V'` and `-d DATA` (POST) options, `tcp://HOST:PORT`, or a command (run by `/bin/sh -c`; a `script://` prefix is dropped) |
//! | `liveness_check_initial_delay` | 60 | seconds from RUNNING to the first check (and after an action) |
//! | `liveness_check_period` | 60 | seconds between the starts of two checks |
//! | `liveness_check_timeout` | 30 | a check not done by then failed |
//! | `liveness_check_success_threshold` | 1 | successes in a row that make the program alive again |
//! | `liveness_check_failure_threshold` | 3 | failures in a row that run the failure action |
//! | `liveness_check_success_action` | — | a command run when the program becomes alive |
//! | `liveness_check_failure_action` | `restart` | `restart`, `stop`, or a command |
//!
//! The pure parts are here and in `state`; the sockets and child processes in `probe`.

pub mod probe;
pub mod state;

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

/// What a check does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A non-blocking connect.
    Tcp(SocketAddr),
    /// A plain HTTP request made by the daemon (numeric host or `localhost`).
    Http(HttpCheck),
    /// `curl` run as a child (HTTPS, or a host name that needs DNS): its argv.
    Curl(Vec<String>),
    /// A command run by `/bin/sh -c`, healthy when it exits 0.
    Command(String),
}

/// A plain HTTP check: 2xx and 3xx answers are a success, as in the Go port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpCheck {
    pub addr: SocketAddr,
    /// The request bytes (GET, or POST with the `-d` body).
    pub request: Vec<u8>,
}

/// What runs after `failure_threshold` failures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureAction {
    Restart,
    Stop,
    /// A command run by `/bin/sh -c`.
    Command(String),
}

/// A parsed liveness check.
#[derive(Debug, Clone, PartialEq)]
pub struct LivenessConfig {
    /// The `liveness_check_script` text as written.
    pub script: String,
    pub target: Target,
    pub initial_delay: Duration,
    pub period: Duration,
    pub timeout: Duration,
    pub success_threshold: u32,
    pub failure_threshold: u32,
    pub success_action: Option<String>,
    pub failure_action: FailureAction,
}

/// Why a liveness option does not parse (the caller adds file, section and line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LivenessError {
    /// The key the error is about.
    pub key: &'static str,
    pub message: String,
}

impl fmt::Display for LivenessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every key this module reads, in the order they are checked.
pub const KEYS: [&str; 8] = [
    "liveness_check_script",
    "liveness_check_initial_delay",
    "liveness_check_period",
    "liveness_check_timeout",
    "liveness_check_success_threshold",
    "liveness_check_failure_threshold",
    "liveness_check_success_action",
    "liveness_check_failure_action",
];

/// Longest request body or header set an HTTP check may send.
const MAX_REQUEST: usize = 16 * 1024;

impl LivenessConfig {
    /// Builds the check from the raw values of [`KEYS`] (`get(key)` gives a value or
    /// `None`); `Ok(None)` when `liveness_check_script` is unset or empty.
    pub fn parse(
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<LivenessConfig>, LivenessError> {
        let Some(script) = get(KEYS[0]).map(|s| s.trim().to_string()) else {
            return Ok(None);
        };
        if script.is_empty() {
            return Ok(None);
        }
        let target = parse_target(&script).map_err(|m| err(KEYS[0], m))?;
        // An empty value is the default, as the Go port reads it.
        let get = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        let secs = |i: usize, default: u64| -> Result<Duration, LivenessError> {
            match get(KEYS[i]) {
                None => Ok(Duration::from_secs(default)),
                Some(v) => parse_seconds(&v, i == 1).map_err(|m| err(KEYS[i], m)),
            }
        };
        let count = |i: usize, default: u32| -> Result<u32, LivenessError> {
            match get(KEYS[i]) {
                None => Ok(default),
                Some(v) => match v.trim().parse::<u32>() {
                    Ok(n) if (1..=1000).contains(&n) => Ok(n),
                    _ => Err(err(
                        KEYS[i],
                        format!(
                            "invalid value '{}': expected a count from 1 to 1000",
                            v.trim()
                        ),
                    )),
                },
            }
        };
        let success_action = get(KEYS[6])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let failure_action = match get(KEYS[7]).map(|s| s.trim().to_string()) {
            None => FailureAction::Restart,
            Some(s) if s.is_empty() || s.eq_ignore_ascii_case("restart") => FailureAction::Restart,
            Some(s) if s.eq_ignore_ascii_case("stop") => FailureAction::Stop,
            Some(s) => FailureAction::Command(s),
        };
        Ok(Some(LivenessConfig {
            script,
            target,
            initial_delay: secs(1, 60)?,
            period: secs(2, 60)?,
            timeout: secs(3, 30)?,
            success_threshold: count(4, 1)?,
            failure_threshold: count(5, 3)?,
            success_action,
            failure_action,
        }))
    }
}

fn err(key: &'static str, message: String) -> LivenessError {
    LivenessError { key, message }
}

/// Seconds, fractions allowed (`0.2`); 0 only where `zero_ok` (the initial delay).
fn parse_seconds(v: &str, zero_ok: bool) -> Result<Duration, String> {
    let v = v.trim();
    match v.parse::<f64>() {
        Ok(s) if s.is_finite() && (s > 0.0 || (zero_ok && s == 0.0)) && s <= 86_400.0 => {
            Ok(Duration::from_secs_f64(s))
        }
        _ => Err(format!(
            "invalid value '{v}': expected seconds between 0 and 86400"
        )),
    }
}

/// Parses `liveness_check_script` (see the module table).
pub fn parse_target(script: &str) -> Result<Target, String> {
    let lower = script.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("tcp://") {
        let (host, port) = crate::readiness::split_host_port(rest.trim_end_matches('/'))?;
        let addr = crate::readiness::socket_addr(&host, port).ok_or("bad address")?;
        return Ok(Target::Tcp(addr));
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let words = crate::process::command::shlex_split(script)?;
        return parse_http(&words);
    }
    let command = script.strip_prefix("script://").unwrap_or(script).trim();
    if command.is_empty() {
        return Err("empty command".into());
    }
    Ok(Target::Command(command.to_string()))
}

/// `URL [-H 'K: V']… [-d DATA | --data DATA]`: a plain request when the URL is `http://`
/// with a numeric host or `localhost`, else `curl` with the same options.
fn parse_http(words: &[String]) -> Result<Target, String> {
    let url = &words[0];
    let mut headers = Vec::new();
    let mut body: Option<String> = None;
    let mut curl_extra = Vec::new();
    let mut i = 1;
    while i < words.len() {
        let opt = words[i].as_str();
        let val = words
            .get(i + 1)
            .ok_or_else(|| format!("option {opt} needs a value"))?;
        match opt {
            "-H" | "--header" => {
                let (k, v) = val
                    .split_once(':')
                    .ok_or_else(|| format!("header '{val}' has no ':'"))?;
                if k.trim().is_empty() || val.contains(['\r', '\n']) {
                    return Err(format!("invalid header '{val}'"));
                }
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
            "-d" | "--data" => body = Some(val.clone()),
            "--key-file" | "--cert-file" | "--ca-file" => {
                let flag = match opt {
                    "--key-file" => "--key",
                    "--cert-file" => "--cert",
                    _ => "--cacert",
                };
                curl_extra.extend([flag.to_string(), val.clone()]);
            }
            _ => {
                return Err(format!(
                    "unknown option {opt} (known: -H, -d, --key-file, --cert-file, --ca-file)"
                ))
            }
        }
        i += 2;
    }
    if let Some(b) = body.as_ref().and_then(|b| b.strip_prefix('@')) {
        // The Go port reads the file at each check; a missing file is an empty body there.
        body = Some(std::fs::read_to_string(b).unwrap_or_default());
    }
    let size = headers
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum::<usize>()
        + body.as_ref().map_or(0, String::len);
    if size > MAX_REQUEST {
        return Err(format!("headers and body exceed {MAX_REQUEST} bytes"));
    }
    if let Some(plain) =
        plain_http(url, &headers, body.as_deref()).filter(|_| curl_extra.is_empty())
    {
        return Ok(Target::Http(plain));
    }
    let mut argv: Vec<String> = ["curl", "-s", "-o", "/dev/null", "-f"]
        .map(String::from)
        .into();
    for (k, v) in &headers {
        argv.extend(["-H".into(), format!("{k}: {v}")]);
    }
    if let Some(b) = &body {
        argv.extend(["--data-binary".into(), b.clone()]);
    }
    argv.extend(curl_extra);
    argv.extend(["--".into(), url.clone()]);
    Ok(Target::Curl(argv))
}

/// The plain HTTP check for an `http://` URL whose host needs no DNS.
fn plain_http(url: &str, headers: &[(String, String)], body: Option<&str>) -> Option<HttpCheck> {
    let rest = url
        .get(7..)
        .filter(|_| url[..7].eq_ignore_ascii_case("http://"))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let with_port = if authority.contains(':') && !authority.ends_with(']') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let (host, port) = crate::readiness::split_host_port(&with_port).ok()?;
    let addr = crate::readiness::socket_addr(&host, port)?;
    let method = if body.is_some() { "POST" } else { "GET" };
    let mut req = format!(
        "{method} {path} HTTP/1.0\r\nHost: {authority}\r\nUser-Agent: supervisord-liveness\r\nConnection: close\r\n"
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    let mut request = req.into_bytes();
    request.extend_from_slice(body.unwrap_or("").as_bytes());
    Some(HttpCheck { addr, request })
}

/// The keys as read, for `check --json --extensions` (nulls without `liveness_check_script`).
pub fn json_fields(l: Option<&LivenessConfig>) -> Vec<(String, crate::json::JsonValue)> {
    use crate::json::JsonValue as J;
    let values = match l {
        None => vec![J::Null; KEYS.len()],
        Some(l) => vec![
            J::str(l.script.clone()),
            secs_text(l.initial_delay),
            secs_text(l.period),
            secs_text(l.timeout),
            J::Int(l.success_threshold.into()),
            J::Int(l.failure_threshold.into()),
            J::opt_str(l.success_action.clone()),
            J::str(match &l.failure_action {
                FailureAction::Restart => "restart".to_string(),
                FailureAction::Stop => "stop".to_string(),
                FailureAction::Command(c) => c.clone(),
            }),
        ],
    };
    KEYS.iter().map(|k| k.to_string()).zip(values).collect()
}

/// Seconds as text (`"0.2"`).
fn secs_text(d: Duration) -> crate::json::JsonValue {
    crate::json::JsonValue::str(d.as_secs_f64().to_string())
}

/// The verdict on an HTTP answer's first bytes: `Some(true)` for a 2xx or 3xx status
/// line, `Some(false)` for any other complete line, `None` while incomplete.
pub fn http_alive(response: &[u8]) -> Option<bool> {
    let end = response.iter().position(|&b| b == b'\n')?;
    let line = String::from_utf8_lossy(&response[..end]);
    let mut parts = line.split_whitespace();
    let proto = parts.next().unwrap_or("");
    let code = parts.next().and_then(|c| c.parse::<u16>().ok());
    Some(proto.starts_with("HTTP/") && matches!(code, Some(200..=399)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> Result<Option<LivenessConfig>, LivenessError> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        LivenessConfig::parse(|k| m.get(k).cloned())
    }

    #[test]
    fn defaults_are_the_go_ports() {
        let c = parse(&[("liveness_check_script", "tcp://127.0.0.1:80")])
            .unwrap()
            .unwrap();
        assert_eq!(c.initial_delay, Duration::from_secs(60));
        assert_eq!(c.period, Duration::from_secs(60));
        assert_eq!(c.timeout, Duration::from_secs(30));
        assert_eq!((c.success_threshold, c.failure_threshold), (1, 3));
        assert_eq!(c.failure_action, FailureAction::Restart);
        assert_eq!(c.success_action, None);
        assert!(parse(&[]).unwrap().is_none());
        assert!(parse(&[("liveness_check_script", " ")]).unwrap().is_none());
    }

    #[test]
    fn targets() {
        assert_eq!(
            parse_target("tcp://localhost:8080").unwrap(),
            Target::Tcp("127.0.0.1:8080".parse().unwrap())
        );
        assert!(parse_target("tcp://db.example:5432").is_err());
        assert_eq!(
            parse_target("script:///bin/check --x").unwrap(),
            Target::Command("/bin/check --x".into())
        );
        let Target::Http(h) =
            parse_target("http://127.0.0.1:9/h -H 'X-Token: a b' -d x=1").unwrap()
        else {
            panic!()
        };
        let req = String::from_utf8(h.request).unwrap();
        assert!(
            req.starts_with("POST /h HTTP/1.0\r\nHost: 127.0.0.1:9\r\n"),
            "{req}"
        );
        assert!(req.contains("\r\nX-Token: a b\r\n"));
        assert!(req.ends_with("Content-Length: 3\r\n\r\nx=1"));
        let Target::Curl(argv) = parse_target("https://svc/health -H 'A: 1'").unwrap() else {
            panic!()
        };
        assert_eq!(argv.last().unwrap(), "https://svc/health");
        assert!(argv.windows(2).any(|w| w == ["-H", "A: 1"]));
        assert!(matches!(
            parse_target("http://svc.local/health").unwrap(),
            Target::Curl(_)
        ));
        for bad in [
            "http://x -H",
            "http://x -H novalue",
            "http://x --bogus 1",
            "script://",
        ] {
            assert!(parse_target(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_values_name_their_key() {
        let e = parse(&[
            ("liveness_check_script", "tcp://127.0.0.1:1"),
            ("liveness_check_period", "0"),
        ])
        .unwrap_err();
        assert_eq!(e.key, "liveness_check_period");
        let e = parse(&[
            ("liveness_check_script", "tcp://127.0.0.1:1"),
            ("liveness_check_failure_threshold", "0"),
        ])
        .unwrap_err();
        assert_eq!(e.key, "liveness_check_failure_threshold");
        let c = parse(&[
            ("liveness_check_script", "exit 0"),
            ("liveness_check_initial_delay", "0"),
            ("liveness_check_period", "0.2"),
            ("liveness_check_failure_action", "STOP"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(c.initial_delay, Duration::ZERO);
        assert_eq!(c.period, Duration::from_millis(200));
        assert_eq!(c.failure_action, FailureAction::Stop);
    }

    #[test]
    fn http_verdicts() {
        assert_eq!(http_alive(b"HTTP/1.1 302 Found\r\n"), Some(true));
        assert_eq!(http_alive(b"HTTP/1.1 404 Nope\r\n"), Some(false));
        assert_eq!(http_alive(b"HTTP/1.1 200"), None);
    }
}
