//! Test support shared by every integration test: `mod support;` at the top of a test file.
//!
//! - [`daemon`]: the `Daemon` fixture (our real binary, `-n`, in a fresh temp dir; stopped
//!   with SIGTERM, then SIGKILL, when dropped);
//! - [`http`]: a raw HTTP/1.1 client over the unix socket or loopback TCP, XML-RPC calls,
//!   `free_port`;
//! - [`procfs`]: /proc readers (fds, RSS, threads, children, zombies, CPU time);
//! - [`python`]: the Python supervisor 4.3 venv, its tools and the Python-vs-ours fixture;
//! - [`wait`]: `wait_for` (poll a condition with a deadline) and `wait_exit`;
//! - [`skip`]: `skip(test, why)`, the one way a test skips (recorded in
//!   `target/test-skips.txt`, which `make test` prints at the end), and tool lookup;
//! - [`fake_loop`]: an in-memory event loop answering control calls, for HTTP-only tests;
//! - [`logs`]: log-file helpers (rotated files, listings, error lines);
//! - [`webdriver`]: a chromedriver client for headless Chromium tests.
//!
//! Every test binary compiles this whole module and uses only part of it, so the helpers
//! it leaves unused would warn. Rather than an allow on each helper (or a crate-wide
//! `#![allow(dead_code)]` that would hide a test's own dead code too), each test file says
//! `#[allow(dead_code, unused_imports)] mod support;`: the allowance covers exactly this
//! module, and only where it is included.

pub mod daemon;
pub mod fake_loop;
pub mod http;
pub mod logs;
pub mod procfs;
pub mod python;
pub mod skip;
pub mod wait;
pub mod webdriver;

pub use daemon::{check_conf, daemon_command};
pub use daemon::{
    figure, log_times, now_epoch, percentile, preamble, promotion_lateness, read_times, soak,
    start_example, temp_dir, Daemon, EXAMPLE_PORT, SIGHUP, SIGKILL, SIGTERM,
};
pub use http::{
    connect, fetch, field, free_port, json, request, request_refusable, rpc, state_of, Resp, Target,
};
pub use procfs::{alive, children_of, fd_count, kill9, loop_switches, rss_kb, status_field};
pub use skip::{ci_tool, is_root, root_or_skip, skip, skip_missing, tool};
pub use wait::{read_number, wait_exit, wait_for, wait_some};
