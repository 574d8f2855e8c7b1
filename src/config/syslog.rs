//! Syslog sinks of a child's log, as the config says them (Go port): `syslog` and
//! `syslog @[tcp|udp:]host[:port]` items of a sink list, and the keys `syslog_facility`,
//! `syslog_tag`, `syslog_stdout_priority`, `syslog_stderr_priority`, `syslog_format`.
//! Defaults are the Go port's: facility `local0`, priority `notice`, the program name as
//! tag, UDP port 514, TCP port 6514. The messages themselves: `logging::syslog_frame`.

/// Facility names (`syslog_facility`, case-insensitive, optional `LOG_` prefix) and codes.
const FACILITIES: &[(&str, u8)] = &[
    ("kern", 0),
    ("kernel", 0),
    ("user", 1),
    ("mail", 2),
    ("daemon", 3),
    ("auth", 4),
    ("syslog", 5),
    ("lpr", 6),
    ("news", 7),
    ("uucp", 8),
    ("cron", 9),
    ("authpriv", 10),
    ("ftp", 11),
    ("local0", 16),
    ("local1", 17),
    ("local2", 18),
    ("local3", 19),
    ("local4", 20),
    ("local5", 21),
    ("local6", 22),
    ("local7", 23),
];

/// Severity names (`syslog_*_priority`) and codes.
const SEVERITIES: &[(&str, u8)] = &[
    ("emerg", 0),
    ("alert", 1),
    ("crit", 2),
    ("err", 3),
    ("error", 3),
    ("warn", 4),
    ("warning", 4),
    ("notice", 5),
    ("info", 6),
    ("debug", 7),
];

fn lookup(table: &[(&str, u8)], what: &str, text: &str) -> Result<u8, String> {
    let t = text.trim().to_ascii_lowercase();
    let t = t.strip_prefix("log_").unwrap_or(&t);
    table
        .iter()
        .find(|(n, _)| *n == t)
        .map(|&(_, c)| c)
        .ok_or_else(|| {
            let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
            format!(
                "unknown syslog {what} {text:?} (one of {})",
                names.join(", ")
            )
        })
}

/// The name of a facility code (`local0` …).
pub fn facility_name(code: u8) -> &'static str {
    FACILITIES
        .iter()
        .find(|(_, c)| *c == code)
        .map_or("?", |(n, _)| n)
}

/// The name of a severity code (`notice` …).
pub fn severity_name(code: u8) -> &'static str {
    SEVERITIES
        .iter()
        .find(|(_, c)| *c == code)
        .map_or("?", |(n, _)| n)
}

/// A facility code from its name (`local0`, `LOG_DAEMON` …).
pub fn facility(text: &str) -> Result<u8, String> {
    lookup(FACILITIES, "facility", text)
}

/// A severity code from its name (`info`, `ERR`, `warning` …).
pub fn severity(text: &str) -> Result<u8, String> {
    lookup(SEVERITIES, "priority", text)
}

/// The wire format of remote messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Rfc3164,
    Rfc5424,
}

impl Format {
    /// `rfc3164` / `rfc5424`.
    pub fn parse(text: &str) -> Result<Format, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "rfc3164" => Ok(Format::Rfc3164),
            "rfc5424" => Ok(Format::Rfc5424),
            _ => Err(format!("unknown syslog format {text:?} (rfc3164, rfc5424)")),
        }
    }

    /// The config spelling.
    pub fn name(self) -> &'static str {
        match self {
            Format::Rfc3164 => "rfc3164",
            Format::Rfc5424 => "rfc5424",
        }
    }
}

/// UDP or TCP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Udp,
    Tcp,
}

/// One remote syslog server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub transport: Transport,
    pub host: String,
    pub port: u16,
}

impl Endpoint {
    /// Parses `[tcp:|udp:]host[:port]` (IPv6 hosts in brackets).
    pub fn parse(text: &str) -> Result<Endpoint, String> {
        let t = text.trim();
        let (transport, rest) = match t.split_once(':') {
            Some((p, rest)) if p.eq_ignore_ascii_case("tcp") => (Transport::Tcp, rest),
            Some((p, rest)) if p.eq_ignore_ascii_case("udp") => (Transport::Udp, rest),
            _ => (Transport::Udp, t),
        };
        let default_port = match transport {
            Transport::Udp => 514,
            Transport::Tcp => 6514,
        };
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (h, after) = v6
                .split_once(']')
                .ok_or_else(|| format!("bad syslog address {t:?}"))?;
            (h, after.strip_prefix(':'))
        } else {
            match rest.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (rest, None),
            }
        };
        let port = match port {
            Some(p) => p
                .parse::<u16>()
                .ok()
                .filter(|&p| p > 0)
                .ok_or_else(|| format!("bad syslog port {p:?} in {t:?}"))?,
            None => default_port,
        };
        if host.is_empty() || host.contains(char::is_whitespace) {
            return Err(format!("bad syslog host in {t:?}"));
        }
        Ok(Endpoint {
            transport,
            host: host.to_string(),
            port,
        })
    }

    /// `udp:host:port` / `tcp:host:port` (how metrics and errors name it).
    pub fn label(&self) -> String {
        let proto = match self.transport {
            Transport::Udp => "udp",
            Transport::Tcp => "tcp",
        };
        if self.host.contains(':') {
            format!("{proto}:[{}]:{}", self.host, self.port)
        } else {
            format!("{proto}:{}:{}", self.host, self.port)
        }
    }
}

/// One item of a sink list that is a syslog sink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyslogSink {
    /// `syslog`: the local `/dev/log`.
    Local,
    /// `syslog @…`.
    Remote(Endpoint),
}

impl SyslogSink {
    /// `syslog` or `syslog @udp:host:port` (as `check --extensions` shows it).
    pub fn label(&self) -> String {
        match self {
            SyslogSink::Local => "syslog".into(),
            SyslogSink::Remote(e) => format!("syslog @{}", e.label()),
        }
    }

    /// `Some` when a sink-list item names syslog: `syslog`, `syslog @udp:h:514` …
    pub fn parse_item(item: &str) -> Option<Result<SyslogSink, String>> {
        let t = item.trim();
        let head = t.get(..6)?;
        if !head.eq_ignore_ascii_case("syslog") {
            return None;
        }
        let rest = t[6..].trim_start();
        if rest.is_empty() {
            return Some(Ok(SyslogSink::Local));
        }
        let addr = rest.strip_prefix('@')?;
        Some(Endpoint::parse(addr).map(SyslogSink::Remote))
    }
}

/// The syslog keys of a program-like section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyslogSettings {
    pub facility: u8,
    /// `None`: the program name.
    pub tag: Option<String>,
    pub stdout_priority: u8,
    pub stderr_priority: u8,
    pub format: Format,
}

impl Default for SyslogSettings {
    fn default() -> SyslogSettings {
        SyslogSettings {
            facility: 16,
            tag: None,
            stdout_priority: 5,
            stderr_priority: 5,
            format: Format::Rfc3164,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_defaults() {
        let e = |s| Endpoint::parse(s).unwrap();
        assert_eq!(
            e("10.0.0.1"),
            Endpoint {
                transport: Transport::Udp,
                host: "10.0.0.1".into(),
                port: 514
            }
        );
        assert_eq!(e("tcp:h").port, 6514);
        assert_eq!(e("tcp:h").transport, Transport::Tcp);
        assert_eq!(e("udp:h:99").port, 99);
        assert_eq!(e("h:99").transport, Transport::Udp);
        assert_eq!(e("tcp:[::1]:7").host, "::1");
        assert_eq!(e("tcp:[::1]:7").label(), "tcp:[::1]:7");
        assert!(Endpoint::parse("h:0").is_err());
        assert!(Endpoint::parse("h:x").is_err());
        assert!(Endpoint::parse("tcp:").is_err());
    }

    #[test]
    fn sink_items() {
        assert_eq!(SyslogSink::parse_item("/a.log"), None);
        assert_eq!(SyslogSink::parse_item("syslogd.log"), None);
        assert_eq!(
            SyslogSink::parse_item("SYSLOG"),
            Some(Ok(SyslogSink::Local))
        );
        assert!(matches!(
            SyslogSink::parse_item("syslog @tcp:127.0.0.1:5"),
            Some(Ok(SyslogSink::Remote(_)))
        ));
        assert!(matches!(SyslogSink::parse_item("syslog @"), Some(Err(_))));
    }

    #[test]
    fn names() {
        assert_eq!(facility("LOCAL0"), Ok(16));
        assert_eq!(facility("log_daemon"), Ok(3));
        assert_eq!(severity("ERR"), Ok(3));
        assert_eq!(severity("warn"), Ok(4));
        assert!(facility("local8").is_err());
        assert!(severity("loud").is_err());
    }
}
