//! Ctrl-C while streaming (`tail -f`, `maintail -f`): Python catches KeyboardInterrupt,
//! prints an empty line and returns to the shell. We install one SIGINT handler (once per
//! process) that only records the signal while a stream is armed, and otherwise performs
//! the default action (terminate), so Ctrl-C anywhere else behaves as before.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

/// True while no stream is armed: SIGINT then takes its default action.
static NOT_STREAMING: AtomicBool = AtomicBool::new(true);
/// Set by SIGINT while a stream is armed.
static FIRED: AtomicBool = AtomicBool::new(false);

fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::SIGINT;
        // Registration order matters: the conditional default runs first.
        let _ = signal_hook::flag::register_conditional_default(SIGINT, &NOT_STREAMING);
        let _ = signal_hook::flag::register(SIGINT, &FIRED);
    });
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
