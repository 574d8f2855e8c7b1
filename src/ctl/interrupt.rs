//! Ctrl-C in supervisorctl, as Python's KeyboardInterrupt:
//! - while streaming (`tail -f`, `maintail -f`): an empty line, back to the caller;
//! - anywhere else in the interactive shell (at the prompt, or during a command): an empty
//!   line on stdout and exit 0 (Python's `exec_cmdloop` catches it; interactive mode always
//!   exits 0);
//! - anywhere else in a one-shot command: the default action (terminate by SIGINT; Python's
//!   uncaught KeyboardInterrupt ends it the same way).
//!
//! One SIGINT handler (installed once per process) records the signal while a stream is
//! armed, and otherwise does one of the other two.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

/// True while no stream is armed: SIGINT then takes its default action.
static NOT_STREAMING: AtomicBool = AtomicBool::new(true);
/// Set by SIGINT while a stream is armed.
static FIRED: AtomicBool = AtomicBool::new(false);
/// The interactive shell runs: SIGINT outside a stream ends it with exit status 0.
static INTERACTIVE: AtomicBool = AtomicBool::new(false);

fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::SIGINT;
        let outside_a_stream = || {
            if !NOT_STREAMING.load(Ordering::SeqCst) {
                return;
            }
            if INTERACTIVE.load(Ordering::SeqCst) {
                // SAFETY: write and _exit are async-signal-safe; the shell's prompt and
                // answers were flushed to fd 1 before it read the next line.
                unsafe {
                    nix::libc::write(1, b"\n".as_ptr().cast(), 1);
                    nix::libc::_exit(0);
                }
            }
            let _ = signal_hook::low_level::emulate_default_handler(SIGINT);
        };
        // Registration order matters: the action outside a stream runs first.
        // SAFETY: the action only loads atomics and makes async-signal-safe calls.
        let _ = unsafe { signal_hook::low_level::register(SIGINT, outside_a_stream) };
        let _ = signal_hook::flag::register(SIGINT, &FIRED);
    });
}

/// From now on Ctrl-C outside a stream ends the process like Python's interactive shell: an
/// empty line on the process's stdout (where [`super::run`] writes) and exit status 0.
pub fn interactive_shell() {
    INTERACTIVE.store(true, Ordering::SeqCst);
    install();
}

/// While alive, SIGINT is recorded instead of terminating the process.
pub struct Armed(());

impl Armed {
    /// Arms the handler (installing it on first use).
    pub fn new() -> Armed {
        install();
        FIRED.store(false, Ordering::SeqCst);
        NOT_STREAMING.store(false, Ordering::SeqCst);
        Armed(())
    }

    /// True once Ctrl-C was pressed while armed.
    pub fn fired(&self) -> bool {
        FIRED.load(Ordering::SeqCst)
    }
}

impl Drop for Armed {
    fn drop(&mut self) {
        NOT_STREAMING.store(true, Ordering::SeqCst);
    }
}
