//! The listener side of the event protocol: what a listener's stdout bytes
//! mean in each listener state. Pure: the loop feeds bytes and acts on the outcomes.

use super::types::Event;

/// Listener states as supervisor numbers them (`READY 10, BUSY 20, ACKNOWLEDGED 30, UNKNOWN 40`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListenerState {
    /// Spawned or just answered; must say `READY\n` next.
    Acknowledged,
    /// Waiting for an event.
    Ready,
    /// An event was sent; waiting for `RESULT <len>\n<data>`.
    Busy { event: Event, pool_serial: u64 },
    /// Violated the protocol; gets no events until it restarts.
    Unknown,
}

impl ListenerState {
    /// Supervisor's numeric code.
    pub fn code(&self) -> i32 {
        match self {
            ListenerState::Ready => 10,
            ListenerState::Busy { .. } => 20,
            ListenerState::Acknowledged => 30,
            ListenerState::Unknown => 40,
        }
    }
    /// Supervisor's name.
    pub fn name(&self) -> &'static str {
        match self {
            ListenerState::Ready => "READY",
            ListenerState::Busy { .. } => "BUSY",
            ListenerState::Acknowledged => "ACKNOWLEDGED",
            ListenerState::Unknown => "UNKNOWN",
        }
    }
}

/// What the loop must do after feeding bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The listener can take an event now.
    Ready,
    /// The listener answered the event: the pool's result handler decides whether that
    /// accepts it or puts it back at the head of the buffer (with its pool serial).
    Result {
        event: Event,
        pool_serial: u64,
        body: Vec<u8>,
    },
    /// Protocol violation: state is now UNKNOWN; re-buffer the in-flight event if any.
    /// `reason` is `bad result line: '<line>'` for an unparsable result line.
    Violation {
        reason: String,
        rebuffer: Option<(Event, u64)>,
    },
}

const READY: &[u8] = b"READY\n";
/// Longest result line we wait for before calling it a violation.
const MAX_RESULT_LINE: usize = 64;
/// Largest result body accepted (a handler that echoes the event needs its payload).
const MAX_RESULT_LEN: usize = 1 << 20;

/// One listener process's protocol state and unread stdout bytes.
#[derive(Debug)]
pub struct Listener {
    pub state: ListenerState,
    buf: Vec<u8>,
}

impl Default for Listener {
    fn default() -> Self {
        Listener::new()
    }
}

impl Listener {
    /// A freshly spawned listener (ACKNOWLEDGED).
    pub fn new() -> Listener {
        Listener {
            state: ListenerState::Acknowledged,
            buf: Vec::new(),
        }
    }

    /// A listener handed over by an in-place upgrade, in `state` with `unread` stdout bytes.
    pub fn restored(state: ListenerState, unread: Vec<u8>) -> Listener {
        Listener { state, buf: unread }
    }

    /// Stdout bytes not decided on yet.
    pub fn unread(&self) -> &[u8] {
        &self.buf
    }

    /// Marks an event as sent: READY → BUSY. Returns false (and changes nothing) otherwise.
    pub fn sent(&mut self, event: Event, pool_serial: u64) -> bool {
        if self.state != ListenerState::Ready {
            return false;
        }
        self.state = ListenerState::Busy { event, pool_serial };
        true
    }

    /// The listener process exited or is restarting: returns the in-flight event to re-buffer.
    pub fn reset(&mut self) -> Option<(Event, u64)> {
        self.buf.clear();
        match std::mem::replace(&mut self.state, ListenerState::Acknowledged) {
            ListenerState::Busy { event, pool_serial } => Some((event, pool_serial)),
            _ => None,
        }
    }

    /// Feeds bytes read from the listener's stdout.
    pub fn feed(&mut self, data: &[u8]) -> Vec<Outcome> {
        let mut out = Vec::new();
        if self.state == ListenerState::Unknown {
            return out;
        }
        self.buf.extend_from_slice(data);
        loop {
            match &self.state {
                ListenerState::Unknown => {
                    self.buf.clear();
                    break;
                }
                ListenerState::Acknowledged => {
                    // Like supervisor: no decision before READY's length has arrived.
                    if self.buf.len() < READY.len() {
                        break;
                    }
                    if self.buf.starts_with(READY) {
                        self.buf.drain(..READY.len());
                        self.state = ListenerState::Ready;
                        out.push(Outcome::Ready);
                    } else {
                        out.push(self.violate("unexpected data while ACKNOWLEDGED"));
                    }
                }
                ListenerState::Ready => {
                    if !self.buf.is_empty() {
                        out.push(self.violate("data written while READY"));
                    }
                    break;
                }
                ListenerState::Busy { .. } => match self.take_result() {
                    Ok(Some(body)) => {
                        let ListenerState::Busy { event, pool_serial } =
                            std::mem::replace(&mut self.state, ListenerState::Acknowledged)
                        else {
                            break;
                        };
                        out.push(Outcome::Result {
                            event,
                            pool_serial,
                            body,
                        });
                    }
                    Ok(None) => break,
                    Err(reason) => out.push(self.violate(&reason)),
                },
            }
        }
        out
    }

    /// Parses `RESULT <len>\n<body>` from the buffer: `Ok(None)` while incomplete.
    fn take_result(&mut self) -> Result<Option<Vec<u8>>, String> {
        let Some(nl) = self.buf.iter().position(|&b| b == b'\n') else {
            if self.buf.len() > MAX_RESULT_LINE {
                return Err(bad_line(&self.buf[..MAX_RESULT_LINE]));
            }
            return Ok(None);
        };
        // Like supervisor, only the number after the first 7 bytes is checked.
        let line = &self.buf[..nl];
        let len = line
            .get(7..)
            .and_then(|n| std::str::from_utf8(n).ok())
            .and_then(|n| n.trim().parse::<usize>().ok())
            .filter(|&n| n <= MAX_RESULT_LEN)
            .ok_or_else(|| bad_line(line))?;
        if self.buf.len() < nl + 1 + len {
            return Ok(None);
        }
        let body = self.buf[nl + 1..nl + 1 + len].to_vec();
        self.buf.drain(..nl + 1 + len);
        Ok(Some(body))
    }

    fn violate(&mut self, reason: &str) -> Outcome {
        self.buf.clear();
        let rebuffer = match std::mem::replace(&mut self.state, ListenerState::Unknown) {
            ListenerState::Busy { event, pool_serial } => Some((event, pool_serial)),
            _ => None,
        };
        Outcome::Violation {
            reason: reason.to_string(),
            rebuffer,
        }
    }
}

/// `bad result line: '<line>'` as supervisor words it (undecodable bytes shown as
/// `Undecodable: b'...'`).
fn bad_line(line: &[u8]) -> String {
    match std::str::from_utf8(line) {
        Ok(text) => format!("bad result line: '{text}'"),
        Err(_) => format!(
            "bad result line: 'Undecodable: {}'",
            super::types::py_bytes_repr(line)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::types::EventType;

    fn ev(serial: u64) -> Event {
        Event {
            ty: EventType::Tick5,
            serial,
            payload: b"when:5".to_vec(),
        }
    }

    #[test]
    fn handshake_and_results() {
        let mut l = Listener::new();
        assert_eq!(l.feed(b"REA"), vec![]);
        assert_eq!(l.feed(b"DY\n"), vec![Outcome::Ready]);
        assert!(l.sent(ev(1), 0));
        assert!(!l.sent(ev(2), 1));
        assert_eq!(l.feed(b"RESULT 2\nO"), vec![]);
        assert_eq!(
            l.feed(b"KREADY\n"),
            vec![
                Outcome::Result {
                    event: ev(1),
                    pool_serial: 0,
                    body: b"OK".to_vec()
                },
                Outcome::Ready
            ]
        );
        assert!(l.sent(ev(3), 1));
        assert_eq!(
            l.feed(b"RESULT 4\nFAIL"),
            vec![Outcome::Result {
                event: ev(3),
                pool_serial: 1,
                body: b"FAIL".to_vec()
            }]
        );
        assert_eq!(l.state, ListenerState::Acknowledged);
    }

    #[test]
    fn violations_go_unknown_and_rebuffer() {
        let mut l = Listener::new();
        // Fewer bytes than `READY\n`: no decision yet (as supervisor).
        assert_eq!(l.feed(b"HELLO"), vec![]);
        assert!(matches!(l.feed(b"!\n")[0], Outcome::Violation { .. }));
        assert_eq!(l.state, ListenerState::Unknown);
        assert_eq!(l.feed(b"READY\n"), vec![]);

        let mut l = Listener::new();
        l.feed(b"READY\n");
        assert!(matches!(
            &l.feed(b"x")[0],
            Outcome::Violation { rebuffer: None, .. }
        ));

        let mut l = Listener::new();
        l.feed(b"READY\n");
        l.sent(ev(9), 0);
        match &l.feed(b"RESULT x\n")[0] {
            Outcome::Violation { reason, rebuffer } => {
                assert_eq!(reason, "bad result line: 'RESULT x'");
                assert_eq!(rebuffer, &Some((ev(9), 0)));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn death_while_busy_returns_event() {
        let mut l = Listener::new();
        l.feed(b"READY\n");
        l.sent(ev(4), 0);
        assert_eq!(l.reset(), Some((ev(4), 0)));
        assert_eq!(l.state, ListenerState::Acknowledged);
        assert_eq!(l.reset(), None);
    }

    #[test]
    fn endless_garbage_is_bounded() {
        let mut l = Listener::new();
        l.feed(b"READY\n");
        l.sent(ev(1), 0);
        let out = l.feed(&[b'x'; 1000]);
        assert!(matches!(out[0], Outcome::Violation { .. }));
        assert!(l.buf.is_empty());
    }
}
