//! Every bound the HTTP side puts on its clients, in one place (docs/HTTP.md lists them).

use std::time::Duration;

/// Longest request head (request line and headers); longer gets `431`.
pub const MAX_HEAD: usize = 64 * 1024;
/// Most header fields in a request; more gets `431`.
pub const MAX_HEADERS: usize = 100;
/// Largest request body; larger gets `413`, decided from `Content-Length` before reading.
pub const MAX_BODY: usize = 1024 * 1024;
/// Longest chunk-size line of a chunked body (with extensions); longer gets `400`.
pub const MAX_CHUNK_LINE: usize = 1024;
/// Time for a request head to arrive once its first byte has (and for a fresh connection's
/// first request); then `408` and close.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Time a body may go without progress; then `408` and close.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// Time a kept-alive connection may sit between requests.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Time a client may take no bytes of an answer before the connection is closed.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(60);
/// After a refusal, how long the rest of the request is read and discarded (so the client
/// gets to read the refusal instead of a reset), and at most how many bytes of it.
pub const LINGER: Duration = Duration::from_secs(2);
pub const LINGER_BYTES: usize = 16 * 1024 * 1024;
/// Bytes of full answers waiting for their clients to read them, all connections together;
/// an answer of over [`LARGE_ANSWER`] bytes that would go past this is refused (`503`)
/// instead (clients that ask for big logs and never read would otherwise pile them up).
pub const UNSENT_MAX: usize = 256 * 1024 * 1024;
/// Answers larger than this count against [`UNSENT_MAX`].
pub const LARGE_ANSWER: usize = 1024 * 1024;
/// Most bytes of results one `system.multicall` gathers (about, as encoded); the entries
/// after that get a fault instead of running: forty whole-log reads in one small request
/// would otherwise have the daemon build gigabytes.
pub const MULTICALL_ANSWER_MAX: usize = 64 * 1024 * 1024;
/// Connections per server; at the limit the oldest idle one is closed to make room.
pub const MAX_CONNECTIONS: usize = 1024;
/// A connection that has not finished a request counts as idle (may be closed to make
/// room) only after this long: its request may be in the socket, unread, and closing it
/// would reset a client that did nothing wrong.
pub const EVICT_AFTER: Duration = Duration::from_secs(1);
/// Live tails per server: each parks a call in the event loop.
pub const MAX_TAILS: usize = 64;
/// Connections accepted per listener per turn of the HTTP loop.
pub const ACCEPT_BATCH: usize = 64;
/// How long accepting pauses after it failed for want of descriptors.
pub const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);
/// Bytes read from a socket at a time.
pub const READ_CHUNK: usize = 16 * 1024;
/// Bytes of a log file read for a client per step.
pub const FILE_CHUNK: usize = 256 * 1024;
/// How long `/healthz` waits for the event loop.
pub const HEALTH_TIMEOUT: Duration = Duration::from_secs(1);
/// How long shutdown gives answers in progress to be written.
pub const DRAIN: Duration = Duration::from_secs(2);
/// Largest answer taken from a remote node (`remotes=`); a larger one is an error (`502`).
pub const MAX_REMOTE_RESPONSE: usize = 4 * 1024 * 1024;
/// Requests to remote nodes in flight at once, all connections together; more fail at once.
pub const MAX_REMOTE_REQUESTS: usize = 256;
/// Directory entries looked at per `/log/<name>/` listing (a log directory may be shared).
pub const MAX_DIR_SCAN: usize = 10_000;
/// Log files listed per process at most.
pub const MAX_LISTED: usize = 1000;
