//! What a [`StreamCapture`] holds between two chunks of output — the capture-mode buffer
//! and its unexamined bytes, a partial syslog line, whether the next byte starts a line —
//! taken out and put back by an in-place upgrade (`crate::upgrade::carry`).

use super::{CaptureMode, StreamCapture, SYSLOG_LINE_LIMIT};

/// The carried buffers of one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureCarry {
    /// Inside `<!--XSUPERVISOR:BEGIN-->` … `END`.
    pub capturing: bool,
    /// The captured bytes so far (at most `capture_maxbytes`).
    pub captured: Vec<u8>,
    /// Bytes not examined for tokens yet (a trailing partial token).
    pub pending: Vec<u8>,
    /// A line started but not ended, for syslog.
    pub syslog_partial: Vec<u8>,
    /// Whether the next byte starts a line (timestamps).
    pub at_line_start: bool,
}

impl Default for CaptureCarry {
    fn default() -> Self {
        CaptureCarry {
            capturing: false,
            captured: Vec::new(),
            pending: Vec::new(),
            syslog_partial: Vec::new(),
            at_line_start: true,
        }
    }
}

impl CaptureCarry {
    /// Whether there is nothing to carry (a fresh stream looks like this).
    pub fn is_empty(&self) -> bool {
        *self == CaptureCarry::default()
    }
}

impl StreamCapture {
    /// The buffers to carry over an upgrade.
    pub fn carry(&self) -> CaptureCarry {
        let (capturing, captured, pending) = match &self.capture {
            Some(c) => (c.active, c.buf.clone(), c.pending.clone()),
            None => (false, Vec::new(), Vec::new()),
        };
        CaptureCarry {
            capturing,
            captured,
            pending,
            syslog_partial: self.syslog_partial.clone(),
            at_line_start: self.files.at_line_start(),
        }
    }

    /// Puts carried buffers back, bounded by this stream's config (capture mode only
    /// when configured here too; the oldest bytes dropped beyond a bound).
    pub fn restore_carry(&mut self, carry: CaptureCarry) {
        fn keep_tail(mut v: Vec<u8>, max: usize) -> Vec<u8> {
            if v.len() > max {
                v.drain(..v.len() - max);
            }
            v
        }
        if let Some(CaptureMode {
            maxbytes,
            active,
            buf,
            pending,
        }) = self.capture.as_mut()
        {
            *active = carry.capturing;
            *buf = keep_tail(carry.captured, *maxbytes);
            *pending = keep_tail(carry.pending, super::BEGIN_TOKEN.len().max(*maxbytes));
        }
        self.syslog_partial = keep_tail(carry.syslog_partial, SYSLOG_LINE_LIMIT);
        self.files.set_at_line_start(carry.at_line_start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::capture::{Channel, StreamCaptureConfig};

    fn capture(maxbytes: u64) -> StreamCapture {
        let cfg = StreamCaptureConfig {
            process_name: "p".into(),
            program: "p".into(),
            channel: Channel::Stdout,
            paths: Vec::new(),
            maxbytes: 0,
            backups: 0,
            pipe: Default::default(),
            syslog: false,
            capture_maxbytes: maxbytes,
            events_enabled: false,
            strip_ansi: false,
            timestamps: false,
            format: crate::config::model::LogFormat::Text,
        };
        StreamCapture::new(&cfg).expect("capture")
    }

    #[test]
    fn a_capture_started_before_the_swap_ends_after_it() {
        let mut old = capture(1000);
        let out = old.write(b"hello <!--XSUPERVISOR:BEGIN-->first half <!--XSUPER");
        assert!(out.events.is_empty());
        let carry = old.carry();
        assert!(carry.capturing && !carry.is_empty());
        let mut new = capture(1000);
        new.restore_carry(carry);
        let out = new.write(b"VISOR:END--> after");
        assert_eq!(out.events.len(), 1, "{:?}", out.events);
        match &out.events[0] {
            crate::logging::capture::CaptureEvent::Communication(d) => {
                assert_eq!(d, b"first half ")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_fresh_stream_carries_nothing_and_bounds_hold() {
        assert!(capture(10).carry().is_empty());
        let mut c = capture(10);
        c.restore_carry(CaptureCarry {
            capturing: true,
            captured: vec![b'x'; 100],
            ..Default::default()
        });
        assert_eq!(c.carry().captured.len(), 10);
    }
}
