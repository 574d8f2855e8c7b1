//! Children and descriptors of a process that belong to something under way, handed over
//! by an in-place upgrade: the descriptor a `notify` / `fd:N` readiness check listens on,
//! a running `pre_start_hook` / `pre_stop_hook` (its pid, output pipe, timeout and the
//! output kept so far), and a RUNNING process's liveness schedule (when the next check is
//! due, or the one under way was, and its counters). One `inflight` line per process that
//! has any:
//!
//! ```text
//! inflight  group=web  name=web_0  probe_fd=12  hook=pre_start_hook  hook_pid=77  hook_fd=13  hook_deadline=<mono ns>  hook_dropped=0  hook_kept=<base64>  live_at=<mono ns>  live_tally=0,2,1
//! ```

use std::collections::HashMap;
use std::time::Instant;

use super::state::{escape, from_mono, to_mono, unescape};
use crate::liveness::state::Tally;
use crate::process::hook::{HookCarry, HookKind};
use crate::rpc::base64;

/// What one process has under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InflightRecord {
    pub group: String,
    pub name: String,
    pub probe_fd: Option<i32>,
    pub hook: Option<HookCarry>,
    /// The liveness check: next due (or under way since), successes, failures, failing.
    pub liveness: Option<(Instant, Tally)>,
}

impl InflightRecord {
    /// The descriptors the record names.
    pub fn fds(&self) -> impl Iterator<Item = i32> + '_ {
        self.probe_fd
            .into_iter()
            .chain(self.hook.as_ref().and_then(|h| h.output))
    }

    /// The `inflight` line (with its newline).
    pub fn line(&self, now: Instant, mono: i128) -> String {
        let mut s = format!(
            "inflight\tgroup={}\tname={}",
            escape(&self.group),
            escape(&self.name)
        );
        if let Some(fd) = self.probe_fd {
            s.push_str(&format!("\tprobe_fd={fd}"));
        }
        if let Some(h) = &self.hook {
            s.push_str(&format!(
                "\thook={}\thook_pid={}\thook_deadline={}\thook_dropped={}\thook_kept={}",
                h.kind.key(),
                h.pid,
                to_mono(h.deadline, now, mono),
                h.dropped,
                base64::encode(&h.kept)
            ));
            if let Some(fd) = h.output {
                s.push_str(&format!("\thook_fd={fd}"));
            }
        }
        if let Some((at, t)) = &self.liveness {
            s.push_str(&format!(
                "\tlive_at={}\tlive_tally={},{},{}",
                to_mono(*at, now, mono),
                t.successes,
                t.failures,
                u8::from(t.failing)
            ));
        }
        s.push('\n');
        s
    }

    /// Reads the fields after `inflight`.
    pub fn parse(fields: &[&str], now: Instant, mono: i128) -> Result<Self, &'static str> {
        let m: HashMap<&str, &str> = fields
            .iter()
            .map(|kv| kv.split_once('=').ok_or("a field is not key=value"))
            .collect::<Result<_, _>>()?;
        fn num<T: std::str::FromStr>(
            m: &HashMap<&str, &str>,
            k: &str,
        ) -> Result<Option<T>, &'static str> {
            m.get(k)
                .map(|v| v.parse().map_err(|_| "a number is malformed"))
                .transpose()
        }
        let text = |k: &str| -> Result<String, &'static str> {
            unescape(m.get(k).ok_or("group or name missing")?).ok_or("bad escape")
        };
        let hook = match m.get("hook") {
            None => None,
            Some(k) => Some(HookCarry {
                kind: HookKind::from_key(k).ok_or("unknown hook kind")?,
                pid: num(&m, "hook_pid")?.ok_or("hook_pid missing")?,
                output: num(&m, "hook_fd")?,
                deadline: from_mono(
                    num(&m, "hook_deadline")?.ok_or("hook_deadline missing")?,
                    now,
                    mono,
                ),
                dropped: num(&m, "hook_dropped")?.unwrap_or(0),
                kept: base64::decode(m.get("hook_kept").copied().unwrap_or(""))
                    .ok_or("bad base64")?,
            }),
        };
        let liveness = match num::<i128>(&m, "live_at")? {
            None => None,
            Some(at) => {
                let t: Vec<u32> = m
                    .get("live_tally")
                    .ok_or("live_tally missing")?
                    .split(',')
                    .map(|n| n.parse().map_err(|_| "a number is malformed"))
                    .collect::<Result<_, _>>()?;
                let [successes, failures, failing] = t[..] else {
                    return Err("live_tally is malformed");
                };
                let tally = Tally {
                    successes,
                    failures,
                    failing: failing != 0,
                };
                Some((from_mono(at, now, mono), tally))
            }
        };
        Ok(InflightRecord {
            group: text("group")?,
            name: text("name")?,
            probe_fd: num(&m, "probe_fd")?,
            hook,
            liveness,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let now = Instant::now();
        let mono = super::super::state::mono_now();
        let r = InflightRecord {
            group: "g".into(),
            name: "a b".into(),
            probe_fd: Some(12),
            hook: Some(HookCarry {
                kind: HookKind::PreStop,
                pid: 77,
                output: Some(13),
                deadline: now,
                kept: b"partial output".to_vec(),
                dropped: 5,
            }),
            liveness: Some((
                now,
                Tally {
                    successes: 0,
                    failures: 2,
                    failing: true,
                },
            )),
        };
        let line = r.line(now, mono);
        let f: Vec<&str> = line.trim_end().split('\t').collect();
        assert_eq!(f[0], "inflight");
        let back = InflightRecord::parse(&f[1..], now, mono).expect("parse");
        assert_eq!(back.hook, r.hook);
        let (at, tally) = back.liveness.expect("liveness");
        assert_eq!(tally, r.liveness.expect("liveness").1);
        assert!(at.max(now) - at.min(now) < std::time::Duration::from_millis(5));
        assert_eq!(back.fds().collect::<Vec<_>>(), vec![12, 13]);
        assert!(InflightRecord::parse(&["group=g", "name=n", "hook=nope"], now, mono).is_err());
    }
}
