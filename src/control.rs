//! The only bridge between the HTTP thread(s) and the event loop: calls go over an mpsc
//! channel and a byte on a wake pipe makes the loop's `poll()` return. The loop answers
//! each call on the reply channel it carries — at once, or later for `wait=true` calls.

use std::fs::File;
use std::io::Write;
use std::os::fd::OwnedFd;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

use crate::rpc::{Fault, Value};

/// The answer to a call.
pub type Reply = Result<Value, Fault>;

/// One method call handed to the loop, e.g. `supervisor.startProcess("web", true)`.
#[derive(Debug)]
pub struct Call {
    pub method: String,
    pub params: Vec<Value>,
    pub reply: Sender<Reply>,
}

/// The HTTP side's handle: cloneable, sends calls and wakes the loop.
#[derive(Clone)]
pub struct ControlHandle {
    tx: Sender<Call>,
    wake: Arc<File>,
}

/// The loop side: drain `rx` whenever `wake_fd` is readable (after draining the pipe).
pub struct ControlReceiver {
    pub rx: Receiver<Call>,
    pub wake_fd: OwnedFd,
}

/// Creates a connected handle/receiver pair (the wake pipe is non-blocking and CLOEXEC).
pub fn channel() -> std::io::Result<(ControlHandle, ControlReceiver)> {
    use nix::fcntl::OFlag;
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC | OFlag::O_NONBLOCK)?;
    let (tx, rx) = mpsc::channel();
    Ok((
        ControlHandle {
            tx,
            wake: Arc::new(File::from(w)),
        },
        ControlReceiver { rx, wake_fd: r },
    ))
}

impl ControlHandle {
    /// Sends a call and returns the receiver its reply will arrive on.
    pub fn send(&self, method: &str, params: Vec<Value>) -> Result<Receiver<Reply>, Fault> {
        let (reply, rx) = mpsc::channel();
        let call = Call {
            method: method.to_string(),
            params,
            reply,
        };
        self.tx
            .send(call)
            .map_err(|_| Fault::new(crate::rpc::faults::SHUTDOWN_STATE, "SHUTDOWN_STATE"))?;
        // A full pipe is fine: the loop is already due to wake.
        let _ = (&*self.wake).write(&[1]);
        Ok(rx)
    }

    /// Sends a call and blocks until the loop answers it. Parts of an answer that need no
    /// loop state but are slow to get (reading `/proc`) are added here, in the caller's
    /// thread, so the loop stays free for its timers.
    pub fn call(&self, method: &str, params: Vec<Value>) -> Reply {
        let rx = self.send(method, params)?;
        finish(method, receive(&rx))
    }

    /// Several calls sent at once, so the loop answers them in one pass (one wake-up);
    /// the replies in the same order.
    pub fn call_many<const N: usize>(&self, calls: [(&str, Vec<Value>); N]) -> [Reply; N] {
        let sent = calls.map(|(method, params)| (method, self.send(method, params)));
        sent.map(|(method, rx)| finish(method, rx.and_then(|rx| receive(&rx))))
    }
}

fn receive(rx: &Receiver<Reply>) -> Reply {
    rx.recv().unwrap_or_else(|_| {
        Err(Fault::new(
            crate::rpc::faults::SHUTDOWN_STATE,
            "SHUTDOWN_STATE",
        ))
    })
}

/// The caller-thread part of an answer (see `call`).
fn finish(method: &str, mut reply: Reply) -> Reply {
    if method == "ours.getMetrics" {
        if let Ok(v) = &mut reply {
            crate::daemon::usage::fill(v);
        }
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_many_sends_every_call_before_waiting_and_keeps_the_order() {
        let (handle, receiver) = channel().expect("channel");
        let fake_loop = std::thread::spawn(move || {
            // The first call is answered only once the second is queued too: with calls
            // sent one by one this would wait forever (the test would hang, then fail).
            let first = receiver.rx.recv().expect("first");
            let second = receiver.rx.recv().expect("second");
            for call in [first, second] {
                let _ = call.reply.send(Ok(Value::Str(call.method.clone())));
            }
        });
        let replies = handle.call_many([("a.one", vec![]), ("a.two", vec![])]);
        assert_eq!(
            Vec::from(replies),
            vec![
                Ok(Value::Str("a.one".into())),
                Ok(Value::Str("a.two".into()))
            ]
        );
        fake_loop.join().expect("fake loop");
    }

    #[test]
    fn a_loop_that_is_gone_answers_shutdown_state() {
        let (handle, receiver) = channel().expect("channel");
        drop(receiver);
        let replies = handle.call_many([("a.one", vec![])]);
        assert!(matches!(&replies[0], Err(f) if f.message == "SHUTDOWN_STATE"));
    }
}
