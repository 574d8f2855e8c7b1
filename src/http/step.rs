//! How a route answers without a thread of its own: a [`Step`] is either done, or names the
//! calls it needs from the event loop and what to do with their replies. The HTTP loop sends
//! the calls, keeps the connection waiting (a state, not a thread), and runs the rest when
//! the replies arrive. Sequences (multicall, restart = stop then start) chain steps.

use std::time::Duration;

use super::remote::Outgoing;
use crate::control::{loop_gone, Reply};
use crate::rpc::Value;

/// The rest of a route, run with the replies to its calls (in the order of the calls).
pub type Then<T> = Box<dyn FnOnce(Vec<Reply>) -> Step<T>>;

/// A route's progress: an answer, or calls to the event loop (or requests to remote
/// nodes) and what follows them.
pub enum Step<T> {
    Done(T),
    Calls(Calls<T>),
    Fetch(Fetch<T>),
}

/// Requests to remote nodes made together (`remote.rs`), and the continuation, which gets
/// one reply per request in their order.
pub struct Fetch<T> {
    pub requests: Vec<Outgoing>,
    pub then: Then<T>,
}

/// Requests to remote nodes, in flight at once.
pub fn fetch<T>(
    requests: Vec<Outgoing>,
    then: impl FnOnce(Vec<Reply>) -> Step<T> + 'static,
) -> Step<T> {
    Step::Fetch(Fetch {
        requests,
        then: Box::new(then),
    })
}

/// Calls the loop answers together (one wake-up), and the continuation.
pub struct Calls<T> {
    pub calls: Vec<(String, Vec<Value>)>,
    /// Replies not in by then are taken as faults (e.g. `/healthz`'s 1 s).
    pub timeout: Option<Duration>,
    /// Identical read-only calls of concurrent requests of the same route may share one
    /// round trip that started after this request arrived, and its answer (`/metrics`).
    pub shared: bool,
    pub then: Then<T>,
}

/// One call whose reply is the step's result.
pub fn call(method: &str, params: Vec<Value>) -> Step<Reply> {
    calls(vec![(method.to_string(), params)], |mut replies| {
        Step::Done(replies.pop().unwrap_or_else(|| Err(loop_gone())))
    })
}

/// Several calls answered in one pass of the loop.
pub fn calls<T>(
    calls: Vec<(String, Vec<Value>)>,
    then: impl FnOnce(Vec<Reply>) -> Step<T> + 'static,
) -> Step<T> {
    Step::Calls(Calls {
        calls,
        timeout: None,
        shared: false,
        then: Box::new(then),
    })
}

impl<T: 'static> Step<T> {
    /// Runs `f` on the result once there is one.
    pub fn and_then<U: 'static>(self, f: impl FnOnce(T) -> Step<U> + 'static) -> Step<U> {
        match self {
            Step::Done(t) => f(t),
            Step::Calls(c) => Step::Calls(Calls {
                calls: c.calls,
                timeout: c.timeout,
                shared: c.shared,
                then: Box::new(move |replies| (c.then)(replies).and_then(f)),
            }),
            Step::Fetch(x) => Step::Fetch(Fetch {
                requests: x.requests,
                then: Box::new(move |replies| (x.then)(replies).and_then(f)),
            }),
        }
    }

    /// Maps the result once there is one.
    pub fn map<U: 'static>(self, f: impl FnOnce(T) -> U + 'static) -> Step<U> {
        self.and_then(|t| Step::Done(f(t)))
    }

    /// Sets how long the first pending calls may take.
    pub fn with_timeout(self, timeout: Duration) -> Step<T> {
        match self {
            Step::Calls(c) => Step::Calls(Calls {
                timeout: Some(timeout),
                ..c
            }),
            done => done,
        }
    }

    /// Lets the first pending calls share a round trip with identical calls.
    pub fn shared(self) -> Step<T> {
        match self {
            Step::Calls(c) => Step::Calls(Calls { shared: true, ..c }),
            done => done,
        }
    }

    /// Drives the step to its end with blocking calls on `handle` (tools and tests; the
    /// HTTP loop never blocks).
    pub fn run_blocking(self, handle: &crate::control::ControlHandle) -> T {
        let mut step = self;
        loop {
            match step {
                Step::Done(t) => return t,
                Step::Calls(c) => {
                    let replies = c
                        .calls
                        .into_iter()
                        .map(|(m, p)| handle.call(&m, p))
                        .collect();
                    step = (c.then)(replies);
                }
                Step::Fetch(x) => step = (x.then)(super::remote::fetch_blocking(&x.requests)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_chain_and_run_their_calls_in_order() {
        let (handle, receiver) = crate::control::channel().expect("channel");
        let fake_loop = std::thread::spawn(move || {
            for c in receiver.rx.iter() {
                c.reply.send(Ok(Value::Str(c.method.clone())));
            }
        });
        let step = call("a.one", vec![])
            .and_then(|first| call("a.two", vec![]).map(move |second| (first, second)));
        let (a, b) = step.run_blocking(&handle);
        assert_eq!(a, Ok(Value::Str("a.one".into())));
        assert_eq!(b, Ok(Value::Str("a.two".into())));
        drop(handle);
        fake_loop.join().expect("fake loop");
    }
}
