//! Event notification (`[eventlistener:x]` pools): event types, payloads, the listener
//! protocol and the per-pool buffer, as pure logic. The event loop owns the listener
//! processes and their pipes; it feeds their stdout bytes to [`protocol::Listener`](crate::events::protocol::Listener) and
//! writes what [`pool::Pool`](crate::events::pool::Pool) hands out to their stdin.

pub mod carry;
pub mod pool;
pub mod protocol;
pub mod result_handler;
pub mod types;

pub use pool::Pool;
pub use protocol::{Listener, ListenerState};
pub use result_handler::ResultHandler;
pub use types::{Event, EventType};
