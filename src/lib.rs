//! supervisord in Rust: the library half of the one binary (`main.rs` only dispatches).

/// `supervisord check`: validate a config and print a summary or the JSON document of `tests/conformance/SCHEMA.md`.
pub mod check;
/// Reading and validating supervisord.conf.
pub mod config;
/// The bridge between the HTTP thread and the event loop.
pub mod control;
/// `cron=`: the Go port's cron expressions and their next match.
pub mod cron;
/// supervisorctl: the command-line client (`supervisord ctl`).
pub mod ctl;
/// The daemon: start-up, event loop, call dispatcher.
pub mod daemon;
/// Event listener pools: event types, payloads, protocol, buffers.
pub mod events;
/// Fuzz target bodies shared by `fuzz/` and `tests/fuzz_replay.rs` (not an API).
#[doc(hidden)]
pub mod fuzz_targets;
/// Host names without DNS: numeric, `localhost`, `/etc/hosts`.
pub mod hosts;
/// The HTTP servers: XML-RPC, JSON API, tails, probes, metrics, web UI.
pub mod http;
/// `supervisord init` / `echo_supervisord_conf`: the commented sample config.
pub mod init;
/// JSON: the writer for documents and the API, and the parser for request bodies.
pub mod json;
/// Liveness checks of RUNNING programs (Go port's `liveness_check_*`): spec, counters, probes.
pub mod liveness;
/// Main log, child output capture, rotation, syslog, AUTO logs.
pub mod logging;
/// The scheduling priority of the loop thread and of children.
pub mod nice;
/// Ordered startup: priority chains and depends_on (pure plan, and its glue to the live
/// process table).
pub mod ordering;
/// One supervised process: lifecycle state machine, spawning, output sinks.
pub mod process;
/// Readiness checks (`ready=`): the spec, the log-line pattern, and the live probes.
pub mod readiness;
/// Per-program resource limits (`rlimit_*`) and the memory watch (`memory_limit`).
pub mod resources;
/// RPC value model, XML-RPC codec and method table.
pub mod rpc;
/// `supervisord service install|uninstall|start|stop`: a systemd unit or init script.
pub mod service;
/// Signal names and numbers.
pub mod signals;
/// Process state codes and names.
pub mod states;
/// In-place upgrade: the handed-over state, descriptors and the new binary's dry run.
pub mod upgrade;
/// CPU seconds and RSS of processes from `/proc`.
pub mod usage;
/// `/etc/passwd` and `/etc/group` lookups without NSS.
pub mod users;
/// inotify watches for change-triggered restarts (files, binaries) and their actions.
pub mod watch;
