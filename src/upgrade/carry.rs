//! The buffered bytes of a process handed over by an in-place upgrade: `sendProcessStdin`
//! bytes its stdin pipe did not take yet, and each output stream's capture buffers
//! ([`CaptureCarry`]). One `carry` line per process that holds any, in the state document:
//!
//! ```text
//! carry  group=web  name=web_0  stdin=<base64>  stdout=CL,<captured>,<pending>,<syslog partial>
//! ```
//!
//! where `C` is 1 while capturing, `L` 1 when the next byte starts a line, the rest base64.
//! All are bounded already by the config (`capture_maxbytes`, the stdin queue limit).

use crate::logging::capture::CaptureCarry;
use crate::rpc::base64;

use super::state::{escape, unescape};

/// The carried bytes of one process.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarryRecord {
    pub group: String,
    pub name: String,
    pub stdin_pending: Vec<u8>,
    pub stdout: Option<CaptureCarry>,
    pub stderr: Option<CaptureCarry>,
}

fn stream_text(c: &CaptureCarry) -> String {
    format!(
        "{}{},{},{},{}",
        u8::from(c.capturing),
        u8::from(c.at_line_start),
        base64::encode(&c.captured),
        base64::encode(&c.pending),
        base64::encode(&c.syslog_partial)
    )
}

fn stream_parse(v: &str) -> Option<CaptureCarry> {
    let mut it = v.split(',');
    let flags = it.next()?.as_bytes();
    let bit = |b: u8| match b {
        b'0' => Some(false),
        b'1' => Some(true),
        _ => None,
    };
    let [c, l] = flags else { return None };
    let carry = CaptureCarry {
        capturing: bit(*c)?,
        at_line_start: bit(*l)?,
        captured: base64::decode(it.next()?)?,
        pending: base64::decode(it.next()?)?,
        syslog_partial: base64::decode(it.next()?)?,
    };
    it.next().is_none().then_some(carry)
}

impl CarryRecord {
    /// Whether there is nothing to carry.
    pub fn is_empty(&self) -> bool {
        self.stdin_pending.is_empty()
            && self.stdout.as_ref().is_none_or(CaptureCarry::is_empty)
            && self.stderr.as_ref().is_none_or(CaptureCarry::is_empty)
    }

    /// The `carry` line (with its newline).
    pub fn line(&self) -> String {
        let mut s = format!(
            "carry\tgroup={}\tname={}\tstdin={}",
            escape(&self.group),
            escape(&self.name),
            base64::encode(&self.stdin_pending)
        );
        for (k, c) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            if let Some(c) = c {
                s.push_str(&format!("\t{k}={}", stream_text(c)));
            }
        }
        s.push('\n');
        s
    }

    /// Reads the fields after `carry`.
    pub fn parse(fields: &[&str]) -> Result<CarryRecord, &'static str> {
        let mut r = CarryRecord::default();
        for f in fields {
            let (k, v) = f.split_once('=').ok_or("a field is not key=value")?;
            match k {
                "group" => r.group = unescape(v).ok_or("bad escape")?,
                "name" => r.name = unescape(v).ok_or("bad escape")?,
                "stdin" => r.stdin_pending = base64::decode(v).ok_or("bad base64")?,
                "stdout" => r.stdout = Some(stream_parse(v).ok_or("bad stream carry")?),
                "stderr" => r.stderr = Some(stream_parse(v).ok_or("bad stream carry")?),
                _ => return Err("unknown carry field"),
            }
        }
        if r.group.is_empty() || r.name.is_empty() {
            return Err("group or name missing");
        }
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let r = CarryRecord {
            group: "g\tx".into(),
            name: "n".into(),
            stdin_pending: b"\x00\xffbytes\n".to_vec(),
            stdout: Some(CaptureCarry {
                capturing: true,
                captured: b"half".to_vec(),
                pending: b"<!--XSUP".to_vec(),
                syslog_partial: Vec::new(),
                at_line_start: false,
            }),
            stderr: None,
        };
        assert!(!r.is_empty());
        let line = r.line();
        let fields: Vec<&str> = line.trim_end().split('\t').collect();
        assert_eq!(fields[0], "carry");
        assert_eq!(CarryRecord::parse(&fields[1..]), Ok(r));
        assert!(CarryRecord::parse(&["group=g", "name=n", "stdout=21,,,"]).is_err());
        assert!(CarryRecord::parse(&["group=g", "name=n", "stdin=!!"]).is_err());
        assert!(CarryRecord::parse(&["name=n"]).is_err());
    }
}
