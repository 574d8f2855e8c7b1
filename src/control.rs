//! The only bridge between the HTTP thread and the event loop: calls go over an mpsc
//! channel and a byte on a wake pipe makes the loop's `poll()` return. The loop answers
//! each call through the [`ReplyTo`](crate::control::ReplyTo) it carries — at once, or later for `wait=true` calls —
//! and a reply for the HTTP thread wakes that thread's own `poll()` the same way.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

use crate::rpc::{faults, Fault, Value};

/// The answer to a call.
pub type Reply = Result<Value, Fault>;

/// One method call handed to the loop, e.g. `supervisor.startProcess("web", true)`.
#[derive(Debug)]
pub struct Call {
    pub method: String,
    pub params: Vec<Value>,
    pub reply: ReplyTo,
}

/// A reply as it arrives at the caller: `token` says which of the caller's calls it answers.
#[derive(Debug)]
pub struct Answer {
    pub token: u64,
    pub reply: Reply,
}

/// Where a call's answer goes: a channel, tagged with the caller's token, and the caller's
/// wake pipe when the caller waits in `poll()` rather than on the channel.
#[derive(Debug)]
pub struct ReplyTo {
    tx: Sender<Answer>,
    token: u64,
    wake: Option<Waker>,
}

impl ReplyTo {
    /// Replies for a caller that polls `wake`'s pipe and tells its calls apart by `token`.
    pub fn tagged(tx: Sender<Answer>, token: u64, wake: Waker) -> ReplyTo {
        ReplyTo {
            tx,
            token,
            wake: Some(wake),
        }
    }

    /// A reply slot and the receiver a blocking caller waits on.
    pub fn channel() -> (ReplyTo, Receiver<Answer>) {
        let (tx, rx) = mpsc::channel();
        (
            ReplyTo {
                tx,
                token: 0,
                wake: None,
            },
            rx,
        )
    }

    /// Delivers the answer; a caller that has gone away is ignored.
    pub fn send(&self, reply: Reply) {
        let answer = Answer {
            token: self.token,
            reply,
        };
        if self.tx.send(answer).is_ok() {
            if let Some(w) = &self.wake {
                w.wake();
            }
        }
    }
}

/// The writing end of a wake pipe: one byte makes the reader's `poll()` return.
#[derive(Debug, Clone)]
pub struct Waker(Arc<File>);

/// The reading end of a wake pipe.
#[derive(Debug)]
pub struct WakeFd(File);

/// A non-blocking, close-on-exec wake pipe.
pub fn wake_pipe() -> std::io::Result<(Waker, WakeFd)> {
    use nix::fcntl::OFlag;
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC | OFlag::O_NONBLOCK)?;
    Ok((Waker(Arc::new(File::from(w))), WakeFd(File::from(r))))
}

impl Waker {
    /// Makes the reader's `poll()` return. A full pipe is fine: the reader is due to wake.
    pub fn wake(&self) {
        let _ = (&*self.0).write(&[1]);
    }
}

impl WakeFd {
    /// Empties the pipe (call before draining whatever the wake-ups announced); false once
    /// every write end is closed.
    pub fn drain(&self) -> bool {
        let mut buf = [0u8; 256];
        loop {
            match (&self.0).read(&mut buf) {
                Ok(0) => return false,
                Ok(_) => continue,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return true,
            }
        }
    }
}

impl AsFd for WakeFd {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.0.as_fd()
    }
}

impl AsRawFd for WakeFd {
    fn as_raw_fd(&self) -> RawFd {
        self.0.as_raw_fd()
    }
}

impl From<WakeFd> for OwnedFd {
    fn from(w: WakeFd) -> OwnedFd {
        w.0.into()
    }
}

/// The HTTP side's handle: cloneable, sends calls and wakes the loop.
#[derive(Clone)]
pub struct ControlHandle {
    tx: Sender<Call>,
    wake: Waker,
}

/// The loop side: drain `rx` whenever `wake_fd` is readable (after draining the pipe).
pub struct ControlReceiver {
    pub rx: Receiver<Call>,
    pub wake_fd: WakeFd,
}

/// Creates a connected handle/receiver pair.
pub fn channel() -> std::io::Result<(ControlHandle, ControlReceiver)> {
    let (wake, wake_fd) = wake_pipe()?;
    let (tx, rx) = mpsc::channel();
    Ok((ControlHandle { tx, wake }, ControlReceiver { rx, wake_fd }))
}

/// The fault a call gets when the loop is gone.
pub fn loop_gone() -> Fault {
    Fault::new(faults::SHUTDOWN_STATE, "SHUTDOWN_STATE")
}

impl ControlHandle {
    /// Sends a call whose answer goes to `reply`; `Err` when the loop is gone.
    pub fn send(&self, method: &str, params: Vec<Value>, reply: ReplyTo) -> Result<(), Fault> {
        let call = Call {
            method: method.to_string(),
            params,
            reply,
        };
        self.tx.send(call).map_err(|_| loop_gone())?;
        self.wake.wake();
        Ok(())
    }

    /// Sends a call and blocks until the loop answers it (tools and tests; the HTTP thread
    /// never blocks on the loop).
    pub fn call(&self, method: &str, params: Vec<Value>) -> Reply {
        let (reply, rx) = ReplyTo::channel();
        self.send(method, params, reply)?;
        rx.recv().map_or_else(|_| Err(loop_gone()), |a| a.reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_replies_carry_their_token_and_wake_the_caller() {
        let (handle, receiver) = channel().expect("channel");
        let (waker, wake_fd) = wake_pipe().expect("pipe");
        let (tx, rx) = mpsc::channel();
        handle
            .send("a.one", vec![], ReplyTo::tagged(tx, 7, waker))
            .expect("sent");
        let call = receiver.rx.try_recv().expect("queued");
        call.reply.send(Ok(Value::Str(call.method.clone())));
        let answer = rx.try_recv().expect("answered");
        assert_eq!(answer.token, 7);
        assert_eq!(answer.reply, Ok(Value::Str("a.one".into())));
        let mut byte = [0u8; 1];
        assert_eq!((&wake_fd.0).read(&mut byte).ok(), Some(1));
    }

    #[test]
    fn a_loop_that_is_gone_answers_shutdown_state() {
        let (handle, receiver) = channel().expect("channel");
        drop(receiver);
        assert!(matches!(handle.call("a.one", vec![]), Err(f) if f.message == "SHUTDOWN_STATE"));
    }
}
