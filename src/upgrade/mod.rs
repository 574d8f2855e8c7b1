//! In-place upgrade (`supervisorctl upgrade`, `ours.upgrade`): the daemon `execve`s the
//! binary at its own path and the new program takes over every child, its pipes, the
//! HTTP listening sockets and the process states.
//!
//! - `state`: the versioned document handed over (parse / write, refusal of unknown
//!   versions);
//! - `handover`: the memfd it travels in, close-on-exec flags, the dry-run check of the
//!   new binary and the `execve`;
//! - `carry`: buffered bytes of a process (stdin not taken yet, capture buffers);
//! - `events`: the event pools, listener protocol states and serials in the document;
//! - `inflight`: readiness-check descriptors and running hooks of the processes;
//! - `rollback`: the old binary's descriptor kept across the swap and the `fexecve` back
//!   to it when the new binary cannot take the state over;
//! - `check`: `supervisord upgrade-check --state-fd N`, the dry run itself (run by the old
//!   daemon with the new binary: exit 0 only if the state and the config are readable).
//!
//! The daemon's side (when the swap happens, adopting the state at start-up) is in
//! `daemon::upgrade` and `daemon::supervisor::handover`.

pub mod carry;
pub mod check;
pub mod events;
pub mod handover;
pub mod inflight;
pub mod rollback;
pub mod state;

/// Set (to a version number) in the daemon's environment by tests only: the old daemon
/// then writes its state with that version, so that the new binary's refusal can be seen.
pub const TEST_VERSION_ENV: &str = "SUPERVISORD_TEST_UPGRADE_VERSION";
