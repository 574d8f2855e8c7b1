//! Signal names ↔ numbers (Linux numbering), as supervisord spells them: `TERM` in the
//! config (`stopsignal=TERM` or `SIGTERM`), `SIGTERM` in log lines (`terminated by SIGTERM`).
//! `PYTHON_NAMES` is what the config reader accepts: Python's `signal` module's names,
//! aliases and handler constants included.

/// The signals the daemon catches (`src/daemon/sig.rs`), in the order its loop takes them
/// (SIGCHLD first). A child resets them before exec (`src/process/child_signals.rs`).
pub const DAEMON_CAUGHT: [i32; 7] = [
    nix::libc::SIGCHLD,
    nix::libc::SIGTERM,
    nix::libc::SIGINT,
    nix::libc::SIGQUIT,
    nix::libc::SIGHUP,
    nix::libc::SIGUSR2,
    nix::libc::SIGUSR1,
];

/// (number, name without the `SIG` prefix) as Python's `signame` prints them in log lines
/// (`SIGPOLL` for 29, the two real-time bounds named), Linux x86-64 numbering.
const TABLE: &[(i32, &str)] = &[
    (1, "HUP"),
    (2, "INT"),
    (3, "QUIT"),
    (4, "ILL"),
    (5, "TRAP"),
    (6, "ABRT"),
    (7, "BUS"),
    (8, "FPE"),
    (9, "KILL"),
    (10, "USR1"),
    (11, "SEGV"),
    (12, "USR2"),
    (13, "PIPE"),
    (14, "ALRM"),
    (15, "TERM"),
    (16, "STKFLT"),
    (17, "CHLD"),
    (18, "CONT"),
    (19, "STOP"),
    (20, "TSTP"),
    (21, "TTIN"),
    (22, "TTOU"),
    (23, "URG"),
    (24, "XCPU"),
    (25, "XFSZ"),
    (26, "VTALRM"),
    (27, "PROF"),
    (28, "WINCH"),
    (29, "POLL"),
    (30, "PWR"),
    (31, "SYS"),
    (34, "RTMIN"),
    (64, "RTMAX"),
];

/// The short name of a signal number (`15` → `TERM`), if Python's `signame` has one.
pub fn short_name(sig: i32) -> Option<&'static str> {
    TABLE.iter().find(|(n, _)| *n == sig).map(|(_, s)| *s)
}

/// The name used in log lines and messages: `SIGTERM`, or `signal 40` for unnamed ones.
pub fn display_name(sig: i32) -> String {
    match short_name(sig) {
        Some(s) => format!("SIG{s}"),
        None => format!("signal {sig}"),
    }
}

/// Parses `TERM`, `SIGTERM`, `term`, an alias (`IOT`, `CLD`, `RTMIN`) or a number (`15`)
/// into a signal number, as Python's `signal_number` does for signalProcess.
pub fn parse(text: &str) -> Option<i32> {
    let t = text.trim();
    if let Ok(n) = t.parse::<i32>() {
        return (1..=64).contains(&n).then_some(n);
    }
    let upper = t.to_ascii_uppercase();
    let bare = upper.strip_prefix("SIG").unwrap_or(&upper);
    PYTHON_NAMES
        .iter()
        .find(|(s, _)| !s.starts_with('_') && *s == bare)
        .map(|(_, n)| *n)
}

/// Linux signal names as Python's `signal` module has them (aliases included).
pub(crate) const PYTHON_NAMES: &[(&str, i32)] = &[
    ("HUP", 1),
    ("INT", 2),
    ("QUIT", 3),
    ("ILL", 4),
    ("TRAP", 5),
    ("ABRT", 6),
    ("IOT", 6),
    ("BUS", 7),
    ("FPE", 8),
    ("KILL", 9),
    ("USR1", 10),
    ("SEGV", 11),
    ("USR2", 12),
    ("PIPE", 13),
    ("ALRM", 14),
    ("TERM", 15),
    ("STKFLT", 16),
    ("CHLD", 17),
    ("CLD", 17),
    ("CONT", 18),
    ("STOP", 19),
    ("TSTP", 20),
    ("TTIN", 21),
    ("TTOU", 22),
    ("URG", 23),
    ("XCPU", 24),
    ("XFSZ", 25),
    ("VTALRM", 26),
    ("PROF", 27),
    ("WINCH", 28),
    ("IO", 29),
    ("POLL", 29),
    ("PWR", 30),
    ("SYS", 31),
    ("RTMIN", 34),
    ("RTMAX", 64),
    // Python's signal module also has these SIG-prefixed handler constants.
    ("_DFL", 0),
    ("_IGN", 1),
    ("_BLOCK", 0),
    ("_UNBLOCK", 1),
    ("_SETMASK", 2),
];

/// Canonical name of a signal number (`ABRT` for 6, `CHLD` for 17); the number as text
/// when Python has no name for it (0).
pub fn signal_name(num: i32) -> String {
    PYTHON_NAMES
        .iter()
        .find(|(n, v)| *v == num && !n.starts_with('_') && !matches!(*n, "IOT" | "CLD" | "POLL"))
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| num.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        assert_eq!(parse("TERM"), Some(15));
        assert_eq!(parse("sigkill"), Some(9));
        assert_eq!(parse("12"), Some(12));
        assert_eq!(parse("NOPE"), None);
        assert_eq!(parse("0"), None);
        assert_eq!(parse("rtmin"), Some(34));
        assert_eq!(parse("SIGIOT"), Some(6));
        assert_eq!(parse("_DFL"), None);
        assert_eq!(display_name(15), "SIGTERM");
        assert_eq!(display_name(40), "signal 40");
        // Python's signame: the last of a number's names in its signal module.
        assert_eq!(display_name(29), "SIGPOLL");
        assert_eq!(display_name(34), "SIGRTMIN");
        assert_eq!(display_name(64), "SIGRTMAX");
    }
}
