//! Syslog sinks of a child's log (Go port): what `stdout_logfile = …, syslog @tcp:host:port`
//! means, the names of facilities and severities, and the bytes of one message.
//!
//! - `syslog` in a sink list is the local syslog (`/dev/log`); `syslog @[tcp|udp:]host[:port]`
//!   a remote one: UDP unless `tcp:`, port 514 for UDP and 6514 for TCP (the Go port's
//!   defaults), host numeric, `localhost` or from `/etc/hosts` (no DNS: static binary).
//! - A message is one line of output: `<PRI>` = facility × 8 + severity, then
//!   RFC 3164 `Mmm dd hh:mm:ss HOST TAG[PID]: MSG` (the default, what the Go port and most
//!   relays expect) or RFC 5424 `1 2026-12-03T16:55:42.123Z HOST TAG PID - - MSG`
//!   (`syslog_format = rfc5424`). PID is the daemon's, as glibc's and Go's clients send;
//!   the local socket gets glibc's form without HOST.
//! - Over TCP an RFC 3164 message ends with a newline (non-transparent framing, RFC 6587
//!   3.4.2), an RFC 5424 one is preceded by its length (octet counting, RFC 6587 3.4.1);
//!   over UDP each message is one datagram, cut at [`MAX_DATAGRAM`] bytes.

use super::timefmt::{push_rfc3339_utc, push_syslog_timestamp};
pub use crate::config::syslog::Format;
use std::time::SystemTime;

/// The largest UDP message sent (the IPv4 UDP payload limit); longer ones are cut.
pub const MAX_DATAGRAM: usize = 65_507;

/// What every message of one stream carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub facility: u8,
    pub severity: u8,
    pub tag: String,
    pub hostname: String,
    pub pid: u32,
    pub format: Format,
}

impl Header {
    fn pri(&self) -> u16 {
        u16::from(self.facility) * 8 + u16::from(self.severity & 7)
    }
}

/// RFC 5424 fields are printable ASCII without spaces; anything else becomes `_`.
fn push_token(out: &mut Vec<u8>, s: &str, max: usize) {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        out.push(b'-');
        return;
    }
    out.extend(
        bytes
            .iter()
            .take(max)
            .map(|&b| if (33..127).contains(&b) { b } else { b'_' }),
    );
}

/// Appends one message (no transport framing) for `line` at `now`.
pub fn push_message(out: &mut Vec<u8>, h: &Header, now: SystemTime, line: &[u8]) {
    out.push(b'<');
    out.extend_from_slice(h.pri().to_string().as_bytes());
    out.push(b'>');
    match h.format {
        Format::Rfc3164 => {
            push_syslog_timestamp(out, now);
            out.push(b' ');
            push_token(out, &h.hostname, 255);
            out.push(b' ');
            out.extend_from_slice(h.tag.as_bytes());
            out.extend_from_slice(format!("[{}]: ", h.pid).as_bytes());
        }
        Format::Rfc5424 => {
            out.extend_from_slice(b"1 ");
            push_rfc3339_utc(out, now);
            out.push(b' ');
            push_token(out, &h.hostname, 255);
            out.push(b' ');
            push_token(out, &h.tag, 48);
            out.extend_from_slice(format!(" {} - - ", h.pid).as_bytes());
        }
    }
    out.extend_from_slice(line);
}

/// Appends one message framed for a TCP stream (see the module docs).
pub fn push_tcp_frame(out: &mut Vec<u8>, h: &Header, now: SystemTime, line: &[u8]) {
    match h.format {
        Format::Rfc3164 => {
            push_message(out, h, now, line);
            out.push(b'\n');
        }
        Format::Rfc5424 => {
            let mut msg = Vec::with_capacity(line.len() + 96);
            push_message(&mut msg, h, now, line);
            out.extend_from_slice(format!("{} ", msg.len()).as_bytes());
            out.extend_from_slice(&msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn header(format: Format) -> Header {
        Header {
            facility: 16,
            severity: 5,
            tag: "web app".into(),
            hostname: "box".into(),
            pid: 42,
            format,
        }
    }

    #[test]
    fn rfc5424_frame_is_octet_counted() {
        let t = UNIX_EPOCH + Duration::from_millis(1_795_000_000_127);
        let mut v = Vec::new();
        push_tcp_frame(&mut v, &header(Format::Rfc5424), t, b"hello");
        let msg = "<133>1 2026-11-18T11:06:40.127Z box web_app 42 - - hello";
        assert_eq!(
            String::from_utf8(v).unwrap(),
            format!("{} {msg}", msg.len())
        );
    }

    #[test]
    fn rfc3164_frame_ends_with_a_newline() {
        let t = UNIX_EPOCH + Duration::from_millis(1_795_000_000_127);
        let mut v = Vec::new();
        push_tcp_frame(&mut v, &header(Format::Rfc3164), t, b"hello");
        let s = String::from_utf8(v).unwrap();
        // "<133>Mmm dd hh:mm:ss " in local time: 15 characters after the PRI.
        assert!(s.starts_with("<133>"), "{s}");
        assert_eq!(&s[5 + 15..], " box web app[42]: hello\n", "{s}");
    }
}
