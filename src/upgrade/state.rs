//! The versioned document an upgrading daemon hands to the binary that replaces it: one
//! record per line, tab-separated fields, values escaped (`\\`, `\t`, `\n`), deadlines as
//! absolute CLOCK_MONOTONIC nanoseconds (the clock survives `execve`), and a final
//! `end N` line counting the process records, so a truncated document is refused.
//!
//! ```text
//! (fields separated by one tab each, shown here as two spaces)
//! supervisord-upgrade-state  1
//! generation  2
//! argv  supervisord  -c  /etc/supervisord.conf
//! listener  unix  5  /run/supervisor.sock
//! listener  inet  6
//! remembered  web  web_0
//! proc  group=web  name=web_0  state=RUNNING  pid=412  since=…  stdout=9 …
//! end  1
//! ```
//!
//! [`UpgradeState::parse`] refuses any other version, unknown state names, malformed
//! numbers and documents over [`MAX_BYTES`].
//!
//! Log pipelines need no record: the new daemon re-opens every log file, computes the next
//! time-rotation boundary from the clock, rotates a file last written before the current
//! period, and redoes a compression the old daemon left unfinished (`logging::compress`).

use std::fmt;
use std::time::{Duration, Instant};

use super::carry::CarryRecord;
use super::inflight::InflightRecord;
use crate::events::carry::BusCarry;
use crate::process::snapshot::MachineSnapshot;
use crate::process::State;

/// The version [`UpgradeState::to_text`] writes and [`UpgradeState::parse`] reads.
pub const VERSION: u32 = 2;
const MAGIC: &str = "supervisord-upgrade-state";
/// Largest document read (bytes).
pub const MAX_BYTES: usize = 64 << 20;

/// One handed-over listening socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenerRecord {
    /// `unix` or `inet`.
    pub kind: String,
    pub fd: i32,
    /// The socket file of a unix server.
    pub path: Option<String>,
}

/// One process of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcRecord {
    pub group: String,
    pub name: String,
    pub machine: MachineSnapshot,
    pub restart_pending: bool,
    /// Restarts counted by reason (`supervisord_process_restarts_total{reason}`).
    pub restarts: crate::process::restarts::RestartCounts,
    /// The next `memory_limit` check.
    pub memory_due: Option<Instant>,
    pub stdin: Option<i32>,
    pub stdout: Option<i32>,
    pub stderr: Option<i32>,
}

/// Everything the new daemon process takes over.
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeState {
    /// How many in-place upgrades this daemon (pid) has been through, this one included.
    pub generation: u64,
    /// The daemon's command line (the new process reads the same config).
    pub argv: Vec<String>,
    pub listeners: Vec<ListenerRecord>,
    pub remembered: Vec<(String, String)>,
    pub procs: Vec<ProcRecord>,
    /// CLOCK_MONOTONIC nanoseconds when the document was written (set by the writer).
    pub written: i128,
    /// The descriptor of the old daemon's binary, for a rollback (`crate::upgrade::rollback`).
    pub rollback_exe: Option<i32>,
    /// Buffered bytes of the processes that hold any (`crate::upgrade::carry`).
    pub carries: Vec<CarryRecord>,
    /// The event pools, listeners and serials (`crate::upgrade::events`).
    pub events: BusCarry,
    /// Readiness-check descriptors and running hooks (`crate::upgrade::inflight`).
    pub inflight: Vec<InflightRecord>,
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// Not an upgrade document at all.
    NotAState,
    /// A version this build does not know.
    UnknownVersion(String),
    /// Line `n` (1-based) is malformed.
    BadLine(usize, &'static str),
    /// The `end` line is missing or counts other than the records.
    Truncated,
    /// Larger than [`MAX_BYTES`].
    TooLarge,
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::NotAState => write!(f, "not an upgrade state document"),
            StateError::UnknownVersion(v) => write!(
                f,
                "upgrade state version {v} is unknown (this build reads {VERSION})"
            ),
            StateError::BadLine(n, why) => write!(f, "upgrade state line {n}: {why}"),
            StateError::Truncated => write!(f, "upgrade state is truncated"),
            StateError::TooLarge => write!(f, "upgrade state is larger than {MAX_BYTES} bytes"),
        }
    }
}

/// The current CLOCK_MONOTONIC reading in nanoseconds.
pub fn mono_now() -> i128 {
    let mut ts = nix::libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only into `ts`.
    unsafe { nix::libc::clock_gettime(nix::libc::CLOCK_MONOTONIC, &mut ts) };
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

/// An `Instant` as absolute CLOCK_MONOTONIC nanoseconds (`Instant` is that clock on Linux).
pub(super) fn to_mono(at: Instant, now: Instant, mono: i128) -> i128 {
    if at >= now {
        mono + (at - now).as_nanos() as i128
    } else {
        mono - (now - at).as_nanos() as i128
    }
}

pub(super) fn from_mono(ns: i128, now: Instant, mono: i128) -> Instant {
    let d = ns - mono;
    let abs = Duration::from_nanos(d.unsigned_abs().min(u64::MAX as u128) as u64);
    if d >= 0 {
        now.checked_add(abs).unwrap_or(now)
    } else {
        now.checked_sub(abs).unwrap_or(now)
    }
}

pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match it.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

/// The `key=value` fields of a process record, written in this order.
struct Fields(Vec<(&'static str, String)>);

impl Fields {
    fn put(&mut self, k: &'static str, v: impl ToString) {
        self.0.push((k, v.to_string()));
    }
    fn opt(&mut self, k: &'static str, v: Option<impl ToString>) {
        if let Some(v) = v {
            self.put(k, v);
        }
    }
}

impl ProcRecord {
    fn write(&self, out: &mut String, now: Instant, mono: i128) {
        let t = |i: Instant| to_mono(i, now, mono);
        let m = &self.machine;
        let mut f = Fields(Vec::new());
        f.put("group", escape(&self.group));
        f.put("name", escape(&self.name));
        f.put("state", m.state.name());
        match m.state {
            State::Starting {
                pid,
                since,
                running_at,
                ready,
                ready_by,
            } => {
                f.put("pid", pid);
                f.put("since", t(since));
                f.put("running_at", t(running_at));
                f.put("ready", u8::from(ready));
                f.opt("ready_by", ready_by.map(t));
            }
            State::Running { pid, since } => {
                f.put("pid", pid);
                f.put("since", t(since));
            }
            State::Backoff { retry_at } => f.put("retry_at", t(retry_at)),
            State::Stopping {
                pid,
                since,
                kill_at,
                signal_index,
            } => {
                f.put("pid", pid);
                f.put("since", t(since));
                f.put("kill_at", t(kill_at));
                f.put("signal_index", signal_index);
            }
            State::Exited { expected } => f.put("expected", u8::from(expected)),
            State::Stopped | State::Fatal | State::Unknown => {}
        }
        f.put("backoff", m.backoff);
        f.put("spawnerr", escape(&m.spawnerr));
        f.put("exitstatus", m.exitstatus);
        f.put("laststart", m.laststart);
        f.put("laststop", m.laststop);
        f.put("start_failed", u8::from(m.start_failed));
        f.opt("spawned_at", m.spawned_at.map(t));
        f.opt("respawn_at", m.respawn_at.map(t));
        f.put("quick_exits", u8::from(m.quick_exits));
        f.put("held", u8::from(m.held));
        f.put("restart_pending", u8::from(self.restart_pending));
        f.put("restarts", self.restarts.to_text());
        f.opt("memory_due", self.memory_due.map(t));
        f.opt("stdin", self.stdin);
        f.opt("stdout", self.stdout);
        f.opt("stderr", self.stderr);
        out.push_str("proc");
        for (k, v) in f.0 {
            out.push('\t');
            out.push_str(k);
            out.push('=');
            out.push_str(&v);
        }
        out.push('\n');
    }

    fn read(fields: &[&str], now: Instant, mono: i128) -> Result<ProcRecord, &'static str> {
        let mut map = std::collections::HashMap::new();
        for f in fields {
            let (k, v) = f.split_once('=').ok_or("a field is not key=value")?;
            map.insert(k, v);
        }
        let text = |k: &str| -> Result<String, &'static str> {
            unescape(map.get(k).copied().unwrap_or("")).ok_or("bad escape")
        };
        fn num<T: std::str::FromStr>(
            map: &std::collections::HashMap<&str, &str>,
            k: &str,
        ) -> Result<Option<T>, &'static str> {
            match map.get(k) {
                None => Ok(None),
                Some(v) => v.parse().map(Some).map_err(|_| "a number is malformed"),
            }
        }
        let need = |k: &str| -> Result<i128, &'static str> {
            num::<i128>(&map, k)?.ok_or("a field is missing")
        };
        let at = |k: &str| -> Result<Instant, &'static str> { Ok(from_mono(need(k)?, now, mono)) };
        let opt_at = |k: &str| -> Result<Option<Instant>, &'static str> {
            Ok(num::<i128>(&map, k)?.map(|ns| from_mono(ns, now, mono)))
        };
        let flag = |k: &str| -> Result<bool, &'static str> { Ok(need(k)? != 0) };
        let pid = || -> Result<i32, &'static str> { num::<i32>(&map, "pid")?.ok_or("pid missing") };
        let state = match map.get("state").copied().ok_or("state missing")? {
            "STOPPED" => State::Stopped,
            "STARTING" => State::Starting {
                pid: pid()?,
                since: at("since")?,
                running_at: at("running_at")?,
                ready: flag("ready")?,
                ready_by: opt_at("ready_by")?,
            },
            "RUNNING" => State::Running {
                pid: pid()?,
                since: at("since")?,
            },
            "BACKOFF" => State::Backoff {
                retry_at: at("retry_at")?,
            },
            "STOPPING" => State::Stopping {
                pid: pid()?,
                since: at("since")?,
                kill_at: at("kill_at")?,
                signal_index: num(&map, "signal_index")?.ok_or("signal_index missing")?,
            },
            "EXITED" => State::Exited {
                expected: flag("expected")?,
            },
            "FATAL" => State::Fatal,
            "UNKNOWN" => State::Unknown,
            _ => return Err("unknown state name"),
        };
        let group = text("group")?;
        let name = text("name")?;
        if group.is_empty() || name.is_empty() {
            return Err("group or name missing");
        }
        Ok(ProcRecord {
            group,
            name,
            machine: MachineSnapshot {
                state,
                backoff: num(&map, "backoff")?.unwrap_or(0),
                spawnerr: text("spawnerr")?,
                exitstatus: num(&map, "exitstatus")?.unwrap_or(0),
                laststart: num(&map, "laststart")?.unwrap_or(0),
                laststop: num(&map, "laststop")?.unwrap_or(0),
                start_failed: flag("start_failed")?,
                spawned_at: opt_at("spawned_at")?,
                respawn_at: opt_at("respawn_at")?,
                quick_exits: flag("quick_exits")?,
                held: flag("held")?,
            },
            restart_pending: flag("restart_pending")?,
            restarts: match map.get("restarts") {
                None => Default::default(),
                Some(v) => crate::process::restarts::RestartCounts::parse(v)
                    .ok_or("restarts is malformed")?,
            },
            memory_due: opt_at("memory_due")?,
            stdin: num(&map, "stdin")?,
            stdout: num(&map, "stdout")?,
            stderr: num(&map, "stderr")?,
        })
    }
}

impl UpgradeState {
    /// The document, written with version `version` (always [`VERSION`] except when a
    /// test asks for another to see it refused).
    pub fn to_text_version(&self, version: u32) -> String {
        let (now, mono) = (Instant::now(), mono_now());
        let mut s = format!(
            "{MAGIC}\t{version}\ngeneration\t{}\nwritten\t{mono}\nargv",
            self.generation
        );
        for a in &self.argv {
            s.push('\t');
            s.push_str(&escape(a));
        }
        s.push('\n');
        for l in &self.listeners {
            s.push_str(&format!("listener\t{}\t{}", l.kind, l.fd));
            if let Some(p) = &l.path {
                s.push('\t');
                s.push_str(&escape(p));
            }
            s.push('\n');
        }
        for (g, n) in &self.remembered {
            s.push_str(&format!("remembered\t{}\t{}\n", escape(g), escape(n)));
        }
        if let Some(fd) = self.rollback_exe {
            s.push_str(&format!("rollback\t{fd}\n"));
        }
        for c in &self.carries {
            s.push_str(&c.line());
        }
        super::events::write(&self.events, &mut s, now, mono);
        for r in &self.inflight {
            s.push_str(&r.line(now, mono));
        }
        for p in &self.procs {
            p.write(&mut s, now, mono);
        }
        s.push_str(&format!("end\t{}\n", self.procs.len()));
        s
    }

    /// The rollback descriptor a document names, read without parsing the rest (for a
    /// document this build refuses).
    pub fn rollback_exe_of(text: &str) -> Option<i32> {
        text.lines()
            .find_map(|l| l.strip_prefix("rollback\t"))
            .and_then(|v| v.parse().ok())
    }

    /// Every descriptor the document hands over (listeners, process pipes).
    pub fn handed_fds(&self) -> Vec<i32> {
        let pipes = self
            .procs
            .iter()
            .flat_map(|p| [p.stdin, p.stdout, p.stderr]);
        self.listeners
            .iter()
            .map(|l| l.fd)
            .chain(pipes.flatten())
            .chain(self.inflight.iter().flat_map(InflightRecord::fds))
            .collect()
    }

    /// The document at [`VERSION`].
    pub fn to_text(&self) -> String {
        self.to_text_version(VERSION)
    }

    /// Reads a document; refuses an unknown version and anything malformed or truncated.
    pub fn parse(text: &str) -> Result<UpgradeState, StateError> {
        if text.len() > MAX_BYTES {
            return Err(StateError::TooLarge);
        }
        let (now, mono) = (Instant::now(), mono_now());
        let mut lines = text.lines();
        let header = lines.next().ok_or(StateError::NotAState)?;
        let version = header
            .strip_prefix(MAGIC)
            .and_then(|v| v.strip_prefix('\t'))
            .ok_or(StateError::NotAState)?;
        if version != VERSION.to_string() {
            return Err(StateError::UnknownVersion(
                version.chars().take(32).collect(),
            ));
        }
        let mut st = UpgradeState {
            generation: 0,
            argv: Vec::new(),
            listeners: Vec::new(),
            remembered: Vec::new(),
            procs: Vec::new(),
            written: 0,
            rollback_exe: None,
            carries: Vec::new(),
            events: BusCarry::default(),
            inflight: Vec::new(),
        };
        let mut ended = false;
        for (i, line) in lines.enumerate() {
            let n = i + 2;
            let bad = |why| StateError::BadLine(n, why);
            if ended {
                return Err(bad("text after the end line"));
            }
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "generation" => {
                    st.generation = f
                        .get(1)
                        .and_then(|v| v.parse().ok())
                        .ok_or(bad("generation"))?
                }
                "written" => {
                    st.written = f
                        .get(1)
                        .and_then(|v| v.parse().ok())
                        .ok_or(bad("written"))?
                }
                "argv" => {
                    st.argv = f[1..]
                        .iter()
                        .map(|a| unescape(a))
                        .collect::<Option<_>>()
                        .ok_or(bad("bad escape"))?
                }
                "listener" => {
                    let kind = f.get(1).filter(|k| matches!(**k, "unix" | "inet"));
                    let fd = f.get(2).and_then(|v| v.parse().ok());
                    let (Some(kind), Some(fd)) = (kind, fd) else {
                        return Err(bad("listener"));
                    };
                    let path = match f.get(3) {
                        Some(p) => Some(unescape(p).ok_or(bad("bad escape"))?),
                        None => None,
                    };
                    st.listeners.push(ListenerRecord {
                        kind: kind.to_string(),
                        fd,
                        path,
                    });
                }
                "remembered" if f.len() == 3 => {
                    let g = unescape(f[1]).ok_or(bad("bad escape"))?;
                    let p = unescape(f[2]).ok_or(bad("bad escape"))?;
                    st.remembered.push((g, p));
                }
                "rollback" => {
                    st.rollback_exe = Some(
                        f.get(1)
                            .and_then(|v| v.parse().ok())
                            .ok_or(bad("rollback"))?,
                    )
                }
                "inflight" => st
                    .inflight
                    .push(InflightRecord::parse(&f[1..], now, mono).map_err(bad)?),
                "carry" => st.carries.push(CarryRecord::parse(&f[1..]).map_err(bad)?),
                "proc" => st
                    .procs
                    .push(ProcRecord::read(&f[1..], now, mono).map_err(bad)?),
                "end" => {
                    if f.get(1) != Some(&st.procs.len().to_string().as_str()) {
                        return Err(StateError::Truncated);
                    }
                    ended = true;
                }
                kind => {
                    if !super::events::read(kind, &f[1..], &mut st.events, now, mono)
                        .map_err(bad)?
                    {
                        return Err(bad("unknown record"));
                    }
                }
            }
        }
        if !ended {
            return Err(StateError::Truncated);
        }
        Ok(st)
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
