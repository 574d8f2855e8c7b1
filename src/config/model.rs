//! The validated configuration: what supervisord runs, after INI parsing, `%(name)s`
//! expansion, defaulting, numprocs fan-out and cross-option checks.
//!
//! This is the contract between the config reader (`config::load`) and everything else
//! (engine, control plane, `check`). Values are stored the way the engine needs them;
//! `check --json` renders them in the shape Python supervisor's own reading is compared in.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// A whole configuration file (with its includes) as supervisord would run it.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The main config file, as given or found by the search order.
    pub path: PathBuf,
    /// Every file read, main file first, then includes in the order read.
    pub files: Vec<PathBuf>,
    pub supervisord: SupervisordConfig,
    /// Groups sorted by (priority, name) — supervisor's own order.
    pub groups: Vec<GroupConfig>,
    pub unix_http_server: Option<UnixHttpServer>,
    pub inet_http_server: Option<InetHttpServer>,
    pub supervisorctl: CtlConfig,
    /// Non-fatal remarks to log at WARN once the logger is open (Python logs these too).
    pub warnings: Vec<String>,
    /// INFO remarks (e.g. `Included extra file "x" during parsing`).
    pub infos: Vec<String>,
}

/// Descriptors counted for each HTTP server: its connections (each a socket, plus a file
/// while a log is streamed). The daemon caps a server's connections to what the raised
/// limit leaves it, never below this share (`daemon::http_connection_cap`); beyond the cap
/// the oldest idle connection makes room, as at the fixed cap of `http::limits`.
pub const HTTP_DESCRIPTORS: u64 = 128;

impl Config {
    /// About how many descriptors the daemon needs at most for this config: its own (logs,
    /// signal and wake pipes, listeners, the child's ends of the pipes during one spawn),
    /// each process's descriptors while it runs (`ProcessConfig::descriptors_running`:
    /// an idle program holds none, its logs open when it starts), and each HTTP server's
    /// share ([`HTTP_DESCRIPTORS`]).
    pub fn descriptors_needed(&self) -> u64 {
        self.descriptors_for_processes() + HTTP_DESCRIPTORS * self.http_servers()
    }

    /// [`Config::descriptors_needed`] without the HTTP servers' share.
    pub fn descriptors_for_processes(&self) -> u64 {
        const OWN: u64 = 64;
        let processes: u64 = self
            .groups
            .iter()
            .flat_map(|g| &g.processes)
            .map(|pc| pc.descriptors_running())
            .sum();
        OWN + processes
    }

    /// How many HTTP servers are configured (0, 1 or 2).
    pub fn http_servers(&self) -> u64 {
        u64::from(self.unix_http_server.is_some()) + u64::from(self.inet_http_server.is_some())
    }
}

impl ProcessConfig {
    /// Descriptors the daemon holds for this process while it runs: the write end of its
    /// stdin, the read ends of the output pipes someone reads
    /// ([`ProcessConfig::output_pipes`]: none for a stream given `/dev/null`), and each
    /// stream's files and sockets ([`StreamLog::descriptors`]).
    pub fn descriptors_running(&self) -> u64 {
        let stderr_files = (!self.redirect_stderr).then(|| self.stderr.descriptors());
        1 + self.output_pipes() + self.stdout.descriptors() + stderr_files.unwrap_or(0)
    }
}

impl StreamLog {
    /// Descriptors this stream's sinks hold while open: one per log file (not for `NONE`
    /// or the daemon's own stdout/stderr) and one per remote syslog sink.
    pub fn descriptors(&self) -> u64 {
        let stdio = |p: &PathBuf| {
            matches!(
                p.to_str(),
                Some(
                    "/dev/stdout"
                        | "/dev/fd/1"
                        | "/proc/self/fd/1"
                        | "/dev/stderr"
                        | "/dev/fd/2"
                        | "/proc/self/fd/2"
                )
            )
        };
        let files = match &self.logfile {
            ChildLog::None => 0,
            ChildLog::Auto => 1,
            ChildLog::Paths(paths) => paths.iter().filter(|p| !stdio(p)).count(),
        };
        let remote = self
            .syslog_sinks
            .iter()
            .filter(|s| matches!(s, super::syslog::SyslogSink::Remote(_)))
            .count();
        (files + remote) as u64
    }
}

/// `[supervisord]`.
#[derive(Debug, Clone, PartialEq)]
pub struct SupervisordConfig {
    pub nodaemon: bool,
    pub silent: bool,
    /// Absolute normalised path, or `LogTarget::Syslog`.
    pub logfile: LogTarget,
    pub logfile_maxbytes: u64,
    pub logfile_backups: u32,
    /// `logfile_rotate`, `logfile_compress`, … (`config::logpipe`).
    pub logfile_pipe: super::logpipe::LogPipe,
    pub loglevel: LogLevel,
    pub pidfile: PathBuf,
    pub umask: u32,
    pub minfds: u64,
    pub minprocs: u64,
    pub nocleanup: bool,
    /// `kill_children_on_exit` (ours, default false): every child gets
    /// `PR_SET_PDEATHSIG(SIGKILL)`, so it dies with the daemon even when the daemon is
    /// SIGKILLed or crashes (by default children survive as orphans, as in Python).
    pub kill_children_on_exit: bool,
    /// `precise_startup` (ours, default false): while an ordered start is under way the
    /// daemon holds Linux's CPU wake-up latency request (`/dev/cpu_dma_latency`) at 0 µs,
    /// so idle CPUs poll instead of halting and no hop waits for a CPU to wake up
    /// (see `daemon::cpu_latency`).
    pub precise_startup: bool,
    /// `remember_stopped` (ours, default false): a program an operator stopped stays
    /// stopped across reload, SIGHUP and `update` until an operator starts it again
    /// (see `daemon::remembered`).
    pub remember_stopped: bool,
    pub childlogdir: PathBuf,
    /// Configured text (a name or a numeric uid); resolved at start by `users`.
    pub user: Option<String>,
    pub directory: Option<PathBuf>,
    pub strip_ansi: bool,
    pub identifier: String,
    /// `[supervisord] environment`, merged into every program's environment already.
    pub environment: BTreeMap<String, String>,
    pub profile_options: Option<String>,
    /// `logformat` (ours; the Go port reads `LOG_FORMAT=json` from the environment):
    /// `None` when not set, then `LOG_FORMAT` decides (see `logging::jsonlog`).
    pub logformat: Option<LogFormat>,
}

/// The main log's line format (`[supervisord] logformat`), and a child log's
/// (`stdout_logfile_format`, `stderr_logfile_format`: see `crate::logging::jsonlines`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// supervisord's `2026-11-22 18:02:58,127 INFO msg` lines (the default); a child's
    /// output as written.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

impl LogFormat {
    /// The accepted values, as written in the config.
    pub const NAMES: &'static [&'static str] = &["text", "json"];

    /// The value as written in the config.
    pub fn name(self) -> &'static str {
        match self {
            LogFormat::Text => "text",
            LogFormat::Json => "json",
        }
    }
}

/// Main log levels, most to least severe (`blather` is the chattiest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogLevel {
    Critical,
    Error,
    Warn,
    Info,
    Debug,
    Trace,
    Blather,
}

impl LogLevel {
    /// The spelling used in config files and `check --json`.
    pub fn name(self) -> &'static str {
        match self {
            LogLevel::Critical => "critical",
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
            LogLevel::Trace => "trace",
            LogLevel::Blather => "blather",
        }
    }
    /// The four-letter tag supervisord writes in its main log (`INFO`, `WARN`, `CRIT`, ...).
    pub fn tag(self) -> &'static str {
        match self {
            LogLevel::Critical => "CRIT",
            LogLevel::Error => "ERRO",
            LogLevel::Warn => "WARN",
            LogLevel::Info => "INFO",
            LogLevel::Debug => "DEBG",
            LogLevel::Trace => "TRAC",
            LogLevel::Blather => "BLAT",
        }
    }
}

/// The main log's destination.
#[derive(Debug, Clone, PartialEq)]
pub enum LogTarget {
    File(PathBuf),
    Syslog,
}

/// A child stream's log file setting (`stdout_logfile` / `stderr_logfile`).
#[derive(Debug, Clone, PartialEq)]
pub enum ChildLog {
    /// Supervisor creates a file in `childlogdir` at start-up.
    Auto,
    /// No file.
    None,
    /// One or more sinks (our extension: a comma-separated list, e.g. `a.log, /dev/stdout`).
    /// A single path is the common case. Paths are after expansion and `~` expansion.
    Paths(Vec<PathBuf>),
}

/// Per-stream log options of a process.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamLog {
    pub logfile: ChildLog,
    pub maxbytes: u64,
    pub backups: u32,
    pub capture_maxbytes: u64,
    pub events_enabled: bool,
    pub syslog: bool,
    /// `syslog` / `syslog @host` items of the sink list (Go port), in order.
    pub syslog_sinks: Vec<super::syslog::SyslogSink>,
    /// Time rotation, naming, compression, retention (`config::logpipe`).
    pub pipe: super::logpipe::LogPipe,
}

/// `autorestart=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoRestart {
    Never,
    Always,
    Unexpected,
}

impl AutoRestart {
    /// The `check --json` spelling.
    pub fn name(self) -> &'static str {
        match self {
            AutoRestart::Never => "false",
            AutoRestart::Always => "true",
            AutoRestart::Unexpected => "unexpected",
        }
    }
}

/// A Linux signal number with its canonical name (`TERM`, `HUP`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signal(pub i32);

impl Signal {
    /// Canonical name without `SIG` (`TERM`, `ABRT` for 6, `CHLD` for 17), as `check --json`
    /// and supervisor spell it; the number as text when Linux has no name for it.
    pub fn name(self) -> String {
        crate::signals::signal_name(self.0)
    }
}

/// What a group is.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupKind {
    /// `[program:x]` (homogeneous) or `[group:x]` (heterogeneous).
    Process,
    /// `[eventlistener:x]` pool.
    EventListener {
        /// Event type names as supervisor spells them, sorted.
        events: Vec<String>,
        buffer_size: u32,
        result_handler: String,
    },
    /// `[fcgi-program:x]` not named by a `[group:]`.
    Fcgi(FcgiSocket),
}

/// `[fcgi-program:x] socket=` and friends.
#[derive(Debug, Clone, PartialEq)]
pub struct FcgiSocket {
    /// `unix://<abs path>` or `tcp://<host>:<port>` (host lower-cased).
    pub url: String,
    pub backlog: Option<u32>,
    /// Unix sockets only.
    pub mode: Option<u32>,
    /// Unix sockets only: `user[:group]` text.
    pub owner: Option<String>,
}

/// A group of processes.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupConfig {
    pub name: String,
    pub kind: GroupKind,
    pub priority: i64,
    /// Sorted by (priority, name). Shared: the running config, the process table and the
    /// stored config hold the same one while it is unchanged.
    pub processes: Vec<std::sync::Arc<ProcessConfig>>,
}

impl GroupConfig {
    /// A group of programs (`[program:x]` or `[group:x]`) holding `processes`.
    pub fn programs(name: String, priority: i64, processes: Vec<ProcessConfig>) -> Self {
        GroupConfig {
            name,
            kind: GroupKind::Process,
            priority,
            processes: shared(processes),
        }
    }
}

/// `processes` as a group holds them. Not `into_iter().map(Arc::new).collect()`: that
/// collects in place and keeps the whole `ProcessConfig` buffer as the new vector's capacity.
pub fn shared(processes: Vec<ProcessConfig>) -> Vec<std::sync::Arc<ProcessConfig>> {
    let mut out = Vec::with_capacity(processes.len());
    out.extend(processes.into_iter().map(std::sync::Arc::new));
    out
}

/// One process (one of `numprocs` of a program section).
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessConfig {
    /// `process_name` after expansion.
    pub name: String,
    /// The group it belongs to (`[group:g]` name or the program name).
    pub group: String,
    /// The section name after the colon (`program:x` → `x`).
    pub program: String,
    /// `program`, `eventlistener` or `fcgi-program`.
    pub section_kind: String,
    pub process_num: i64,
    /// After expansion; split into argv at spawn time (an unparsable command is a spawn error).
    pub command: String,
    pub priority: i64,
    pub autostart: bool,
    pub autorestart: AutoRestart,
    pub startsecs: u64,
    pub startretries: u64,
    /// Sorted ascending, duplicates kept.
    pub exitcodes: Vec<i32>,
    /// First element is `stopsignal`; more elements = our extension (Go port: a list tried in turn).
    pub stopsignals: Vec<Signal>,
    pub stopwaitsecs: u64,
    pub stopasgroup: bool,
    pub killasgroup: bool,
    pub user: Option<String>,
    pub directory: Option<String>,
    pub umask: Option<u32>,
    /// `[supervisord] environment` merged with the section's (section wins).
    pub environment: BTreeMap<String, String>,
    pub redirect_stderr: bool,
    pub stdout: StreamLog,
    pub stderr: StreamLog,
    /// `None` = AUTO.
    pub serverurl: Option<String>,
    /// Our extensions and the Go port's keys (ignored by Python; not in `check --json` core).
    pub ext: std::sync::Arc<ProcessExt>,
}

/// Extension keys of a program section: ordered startup, readiness, Go-port extras.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProcessExt {
    /// ordered-startup-supervisord `startinorder`.
    pub startinorder: bool,
    /// ordered-startup-supervisord `startnextafter` (a state name, default RUNNING).
    pub startnextafter: Option<String>,
    /// Go port `depends_on`: program names, each with the state it must reach.
    pub depends_on: Vec<crate::ordering::Dependency>,
    /// Readiness check spec (`ready=`, see `crate::readiness`), validated by the reader.
    pub ready: Option<String>,
    /// `ready_timeout=` seconds (validated; default `ready::DEFAULT_TIMEOUT`).
    pub ready_timeout: Option<String>,
    /// `ready_interval=` seconds (validated; default `ready::DEFAULT_INTERVAL`).
    pub ready_interval: Option<String>,
    /// Go port `envFiles` (dotenv files), merged at spawn.
    pub env_files: Vec<PathBuf>,
    /// Go port `restart_when_binary_changed`.
    pub restart_when_binary_changed: bool,
    /// Go port `restart_cmd_when_binary_changed` / `restart_signal_when_binary_changed`.
    pub binary_change: ChangeAction,
    /// Go port `restart_directory_monitor` and its pattern and action.
    pub file_watch: Option<FileWatch>,
    /// Go port `cron` (validated; see `crate::cron`).
    pub cron: Option<String>,
    /// Prefix each child log line with a timestamp (supervisor has no such option).
    pub log_timestamps: bool,
    /// `stdout_logfile_format`: how stdout is written to its log files.
    pub stdout_logfile_format: LogFormat,
    /// `stderr_logfile_format`: how stderr is written to its log files.
    pub stderr_logfile_format: LogFormat,
    /// Container exit policy: shut the daemon down when this program goes FATAL / exits.
    pub exit_policy: Option<String>,
    /// Go port `syslog_facility`, `syslog_tag`, `syslog_*_priority`; ours `syslog_format`.
    pub syslog: super::syslog::SyslogSettings,
    /// Go port `liveness_check_*` (see `crate::liveness`).
    pub liveness: Option<crate::liveness::LivenessConfig>,
    /// Go port `pre_start_hook`: a command that must succeed before each spawn.
    pub pre_start_hook: Option<String>,
    /// Go port `pre_stop_hook`: a command run before each stop signal.
    pub pre_stop_hook: Option<String>,
    /// How long a hook may run (`hook_timeout`, default 60 s as the Go port's).
    pub hook_timeout: Option<std::time::Duration>,
    /// Go port `restartpause`: wait this long after an exit before an automatic restart.
    pub restartpause: Option<std::time::Duration>,
    /// Go port `killwaitsecs`: the wait after each SIGKILL (default: `stopwaitsecs`, at
    /// least 1 s, as Python re-sends it).
    pub killwaitsecs: Option<std::time::Duration>,
    /// `rlimit_*` and `memory_limit` with its interval and action (see `crate::resources`).
    pub resources: crate::resources::ResourceConfig,
    /// Negative values supervisor accepts (and keeps) for options whose typed field here is
    /// unsigned (`startsecs=-1`, `stdout_logfile_maxbytes=-1`): the field holds 0, which
    /// behaves the same; this map (option name → value) lets `check --json` show Python's value.
    pub raw_negatives: BTreeMap<String, i64>,
    /// Position of the section among all sections of the configuration (ties in
    /// priority keep file order in priority chains, as ordered-startup-supervisord does).
    pub section_index: usize,
    /// Whether `priority` is set (in the section or `[program-default]`): chain order counts
    /// a program without it as 1000, the listener's default, not supervisord's 999.
    pub priority_given: bool,
}

/// What a watched change does to a running program (Go port: a command wins over a
/// signal, which wins over the restart).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ChangeAction {
    /// Stop it and start it again.
    #[default]
    Restart,
    /// Send it this signal.
    Signal(i32),
    /// Run this command (split like `command=`), its output to the main log.
    Command(String),
}

/// `restart_directory_monitor`: a directory tree whose matching files are watched.
#[derive(Debug, Clone, PartialEq)]
pub struct FileWatch {
    /// Absolute (a relative value is taken from the config file's directory).
    pub dir: PathBuf,
    /// `restart_file_pattern`, matched against file names (default `*`).
    pub pattern: String,
    pub action: ChangeAction,
}

/// The user a server's Basic auth requires: none when `username` is unset or empty (an
/// empty username means no authentication, as Python's `if username:` and the Go port
/// read it).
pub fn auth_user(username: &Option<String>) -> Option<&str> {
    username.as_deref().filter(|u| !u.is_empty())
}

/// `[unix_http_server]`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnixHttpServer {
    pub file: PathBuf,
    pub chmod: u32,
    pub chown: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
}

/// `[inet_http_server]`.
#[derive(Debug, Clone, PartialEq)]
pub struct InetHttpServer {
    /// Lower-cased; empty for all interfaces.
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The Go port's multi-node keys.
    pub nodes: Nodes,
}

/// This node and the remote ones the HTTP server shows (`nodename`, `remotes`, …).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Nodes {
    /// `nodename`; the host name when not set.
    pub nodename: String,
    pub remotes: Vec<RemoteNode>,
    /// `remotes_timeout`: the deadline of each request to a remote node.
    pub timeout: std::time::Duration,
}

/// One `remotes` entry and the credentials sent to it.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteNode {
    pub name: String,
    pub addr: std::net::SocketAddr,
    pub username: Option<String>,
    pub password: Option<String>,
}

/// `[supervisorctl]` (read by `ctl`; defaults when absent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CtlConfig {
    pub present: bool,
    pub serverurl: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub prompt: Option<String>,
    pub history_file: Option<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::HTTP_DESCRIPTORS;

    #[test]
    fn descriptors_needed_counts_pipes_and_log_files_of_running_processes() {
        let dir = std::env::temp_dir().join(format!("fds-needed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let conf = dir.join("s.conf");
        std::fs::write(
            &conf,
            "[supervisord]\n[unix_http_server]\nfile=%(here)s/s.sock\n\
             [program:auto]\ncommand=/bin/true\n\
             [program:merged]\ncommand=/bin/true\nredirect_stderr=true\n\
             [program:quiet]\ncommand=/bin/true\nstdout_logfile=/dev/stdout\n\
             stderr_logfile=NONE\n\
             [program:silent]\ncommand=/bin/true\nstdout_logfile=NONE\nredirect_stderr=true\n\
             [program:many]\ncommand=/bin/true\nnumprocs=10\n\
             process_name=%(program_name)s_%(process_num)d\n",
        )
        .expect("write conf");
        let cfg = crate::config::load(&conf, &Default::default()).expect("config");
        let _ = std::fs::remove_dir_all(&dir);
        let per: Vec<(String, u64)> = cfg
            .groups
            .iter()
            .flat_map(|g| &g.processes)
            .map(|p| (p.name.clone(), p.descriptors_running()))
            .collect();
        // Three pipe ends and two AUTO files; stdin, stdout's pipe and file; stdin and
        // stdout's pipe (stderr goes to /dev/null); stdin only.
        assert!(per.contains(&("auto".into(), 5)), "{per:?}");
        assert!(per.contains(&("merged".into(), 3)), "{per:?}");
        assert!(per.contains(&("quiet".into(), 2)), "{per:?}");
        assert!(per.contains(&("silent".into(), 1)), "{per:?}");
        assert_eq!(cfg.http_servers(), 1);
        assert_eq!(
            cfg.descriptors_needed(),
            64 + 5 + 3 + 2 + 1 + 10 * 5 + HTTP_DESCRIPTORS
        );
    }
}
