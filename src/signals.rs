//! Signal names ↔ numbers (Linux numbering), as supervisord spells them: `TERM` in the
//! config (`stopsignal=TERM` or `SIGTERM`), `SIGTERM` in log lines (`terminated by SIGTERM`).

/// (number, name without the `SIG` prefix), Linux x86-64 numbering.
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
    (29, "IO"),
    (30, "PWR"),
    (31, "SYS"),
];

/// The short name of a signal number (`15` → `TERM`), if it is a classic signal.
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

/// Parses `TERM`, `SIGTERM`, `term` or a number (`15`) into a signal number.
pub fn parse(text: &str) -> Option<i32> {
    let t = text.trim();
    if let Ok(n) = t.parse::<i32>() {
        return (1..=64).contains(&n).then_some(n);
    }
    let upper = t.to_ascii_uppercase();
    let bare = upper.strip_prefix("SIG").unwrap_or(&upper);
    TABLE.iter().find(|(_, s)| *s == bare).map(|(n, _)| *n)
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
        assert_eq!(display_name(15), "SIGTERM");
        assert_eq!(display_name(40), "signal 40");
    }
}
