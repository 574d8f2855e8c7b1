//! Value parsers for supervisor's option types (`supervisor/datatypes.py`), with the same
//! accepted syntax and error texts. Each returns `Err(message)`; the loader adds the
//! section/file/line context.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::ini::{py_repr, py_space, py_strip};
use super::model::{AutoRestart, LogLevel};
pub use crate::signals::signal_name;
use crate::signals::PYTHON_NAMES as SIGNALS;

/// Python `int(s)` for base 10: surrounding whitespace, a sign, digits with single `_`
/// between digits.
pub fn py_int(s: &str) -> Result<i64, String> {
    py_int_base(s, 10)
        .ok_or_else(|| format!("invalid literal for int() with base 10: {}", py_repr(s)))
}

fn py_int_base(s: &str, base: u32) -> Option<i64> {
    let t = py_strip(s);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let digits = if base == 8 {
        digits
            .strip_prefix("0o")
            .or_else(|| digits.strip_prefix("0O"))
            .map(|d| d.strip_prefix('_').unwrap_or(d))
            .unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    // Python's integers have no bounds: a value beyond i64 saturates (to a time or count
    // nothing reaches), and i64::MIN is accumulated on the negative side to fit.
    let mut v: i64 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = i64::from(c.to_digit(base)?);
        v = v.saturating_mul(i64::from(base));
        v = if neg {
            v.saturating_sub(d)
        } else {
            v.saturating_add(d)
        };
    }
    Some(v)
}

/// `integer()`.
pub fn integer(s: &str) -> Result<i64, String> {
    py_int(s)
}

/// An integer for an unsigned model field. Python accepts negative values for counts and
/// durations (`startsecs=-1`) and then behaves exactly as with 0, so negatives become 0;
/// values too large for `T` are an error.
pub fn unsigned<T: TryFrom<i64>>(s: &str) -> Result<T, String> {
    let v = py_int(s)?.max(0);
    T::try_from(v).map_err(|_| format!("value {} is out of range", py_repr(s)))
}

/// `boolean()`: `true yes on 1` / `false no off 0`, case-insensitive.
pub fn boolean(s: &str) -> Result<bool, String> {
    match s.to_lowercase().as_str() {
        "yes" | "true" | "on" | "1" => Ok(true),
        "no" | "false" | "off" | "0" => Ok(false),
        _ => Err(format!("not a valid boolean value: {}", py_repr(s))),
    }
}

/// `byte_size()`: an integer with an optional `KB`/`MB`/`GB` suffix (1024-based).
pub fn byte_size(s: &str) -> Result<u64, String> {
    // Negative sizes behave like 0 (no rotation / no capture) in supervisor.
    Ok(byte_size_signed(s)?.max(0) as u64)
}

/// `byte_size()` with Python's sign kept (`-1KB` = -1024).
pub fn byte_size_signed(s: &str) -> Result<i64, String> {
    let lower = s.to_lowercase();
    let (num, mult) = if let Some(n) = lower.strip_suffix("kb") {
        (n, 1024i64)
    } else if let Some(n) = lower.strip_suffix("mb") {
        (n, 1024 * 1024)
    } else if let Some(n) = lower.strip_suffix("gb") {
        (n, 1024 * 1024 * 1024)
    } else {
        (lower.as_str(), 1)
    };
    let v = py_int(num)?;
    v.checked_mul(mult)
        .ok_or_else(|| format!("value {} is too large", py_repr(s)))
}

/// `octal_type()`: base-8 integer (`022`, `22`, `0o22`).
pub fn octal(s: &str) -> Result<u32, String> {
    py_int_base(s, 8)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| format!("{} can not be converted to an octal type", s))
}

/// `logging_level()`.
pub fn log_level(s: &str) -> Result<LogLevel, String> {
    Ok(match s.to_lowercase().as_str() {
        "critical" => LogLevel::Critical,
        "error" => LogLevel::Error,
        "warn" => LogLevel::Warn,
        "info" => LogLevel::Info,
        "debug" => LogLevel::Debug,
        "trace" => LogLevel::Trace,
        "blather" => LogLevel::Blather,
        _ => return Err(format!("bad logging level name {}", py_repr(s))),
    })
}

/// `auto_restart()`.
pub fn auto_restart(s: &str) -> Result<AutoRestart, String> {
    let v = s.to_lowercase();
    match v.as_str() {
        "yes" | "true" | "on" | "1" => Ok(AutoRestart::Always),
        "no" | "false" | "off" | "0" => Ok(AutoRestart::Never),
        "unexpected" => Ok(AutoRestart::Unexpected),
        _ => Err(format!("invalid 'autorestart' value {}", py_repr(&v))),
    }
}

/// `signal_number()`: a name with or without `SIG`, any case, or a number.
pub fn signal_number(s: &str) -> Result<i32, String> {
    let num = match py_int(s) {
        Ok(n) => n,
        Err(_) => {
            let upper = py_strip(s).to_uppercase();
            let name = upper.strip_prefix("SIG").unwrap_or(&upper);
            match SIGNALS.iter().find(|(n, _)| *n == name) {
                Some((_, v)) => *v as i64,
                None => return Err(format!("value {} is not a valid signal name", py_repr(s))),
            }
        }
    };
    if SIGNALS.iter().any(|(_, v)| *v as i64 == num) {
        Ok(num as i32)
    } else {
        Err(format!("value {} is not a valid signal number", py_repr(s)))
    }
}

/// `list_of_exitcodes()`: comma-separated integers 0..=255.
pub fn exit_codes(s: &str) -> Result<Vec<i32>, String> {
    let bad = || format!("not a valid list of exit codes: {}", py_repr(s));
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for piece in s.split(',') {
        let v = py_int(piece).map_err(|_| bad())?;
        if !(0..=255).contains(&v) {
            return Err(bad());
        }
        out.push(v as i32);
    }
    Ok(out)
}

/// `list_of_strings()`: comma-separated, each piece stripped; empty text is an empty list.
pub fn list_of_strings(s: &str) -> Vec<String> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',').map(|x| py_strip(x).to_string()).collect()
}

/// `process_or_group_name()`: stripped; must not contain space, `:` or `/`.
pub fn process_or_group_name(s: &str) -> Result<String, String> {
    let t = py_strip(s);
    for ch in [' ', ':', '/'] {
        if t.contains(ch) {
            return Err(format!(
                "Invalid name: {} because of character: {}",
                py_repr(s),
                py_repr(&ch.to_string())
            ));
        }
    }
    Ok(t.to_string())
}

/// `inet_address()`: `host:port`, `:port`, `*:port` or `port` → (lower-cased host, port).
pub fn inet_address(s: &str) -> Result<(String, u16), String> {
    let port_number = |p: &str| -> Result<u16, String> {
        let v = py_int(p)?;
        if !(1..=65535).contains(&v) {
            return Err(format!("{} is not a valid port number (1-65535)", v));
        }
        Ok(v as u16)
    };
    let mut host = String::new();
    let port;
    if let Some((h, p)) = s.rsplit_once(':') {
        if p.is_empty() {
            return Err(format!("no port number specified in {}", py_repr(s)));
        }
        port = port_number(p)?;
        host = h.to_lowercase();
    } else {
        port = port_number(s).map_err(|_| format!("not a valid port number: {} ", py_repr(s)))?;
    }
    if host == "*" {
        host.clear();
    }
    Ok((host, port))
}

/// `colon_separated_user_group()` shape check without lookups: `user` or `user:group`,
/// neither part empty.
pub fn user_group(s: &str) -> Result<String, String> {
    let (u, g) = match s.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (s, None),
    };
    if u.is_empty() || g.is_some_and(|g| g.is_empty()) {
        return Err(format!("Invalid user:group definition {}", s));
    }
    Ok(s.to_string())
}

/// `os.path.expanduser`: a leading `~` or `~user`.
pub fn expand_user(s: &str) -> String {
    if !s.starts_with('~') {
        return s.to_string();
    }
    let end = s.find('/').unwrap_or(s.len());
    let user = &s[1..end];
    // No NSS (the binary is static): our own /etc/passwd reader, like `users::lookup`.
    let home = if user.is_empty() {
        match std::env::var("HOME") {
            Ok(h) => Some(h),
            // SAFETY: getuid never fails.
            Err(_) => crate::users::lookup(&unsafe { nix::libc::getuid() }.to_string())
                .ok()
                .map(|a| a.home),
        }
    } else {
        crate::users::lookup(user).ok().map(|a| a.home)
    };
    match home {
        Some(h) => {
            let h = if h == "/" {
                String::new()
            } else {
                h.trim_end_matches('/').to_string()
            };
            let rest = &s[end..];
            let r = format!("{}{}", h, rest);
            if r.is_empty() {
                "/".to_string()
            } else {
                r
            }
        }
        None => s.to_string(),
    }
}

/// `os.path.normpath` (POSIX): collapses `.`, `..` and repeated slashes; keeps a leading `//`.
pub fn normpath(s: &str) -> String {
    if s.is_empty() {
        return ".".into();
    }
    let initial = if s.starts_with("//") && !s.starts_with("///") {
        2
    } else if s.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in s.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && parts.is_empty()) || parts.last() == Some(&"..") {
            parts.push(comp);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let joined = parts.join("/");
    let out = format!("{}{}", "/".repeat(initial), joined);
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

/// `normpath(abspath(expanduser(v)))`, relative to the current directory.
pub fn normalize_path(s: &str) -> String {
    let e = expand_user(s);
    if e.starts_with('/') {
        normpath(&e)
    } else {
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        normpath(&format!("{}/{}", cwd, e))
    }
}

/// `os.path.abspath` of a path (for `%(here)s`).
pub fn abs_dir_of(path: &Path) -> String {
    let p = path.to_string_lossy();
    let abs = normalize_abs(&p);
    match abs.rfind('/') {
        Some(0) => "/".to_string(),
        Some(i) => abs[..i].to_string(),
        None => ".".to_string(),
    }
}

fn normalize_abs(p: &str) -> String {
    if p.starts_with('/') {
        normpath(p)
    } else {
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        normpath(&format!("{}/{}", cwd, p))
    }
}

/// True when a path has no `..`/`.` components (used for tidy include names).
pub fn is_plain(p: &Path) -> bool {
    p.components()
        .all(|c| matches!(c, Component::Normal(_) | Component::RootDir))
}

/// Joins like `os.path.join(base, pattern)`: an absolute pattern replaces the base.
pub fn path_join(base: &str, p: &str) -> PathBuf {
    if p.starts_with('/') {
        PathBuf::from(p)
    } else if base.ends_with('/') {
        PathBuf::from(format!("{}{}", base, p))
    } else {
        PathBuf::from(format!("{}/{}", base, p))
    }
}

/// `dict_of_key_value_pairs()` of supervisor 4.3: Python's legacy (non-POSIX) `shlex` with
/// `/.+-():` added to the word characters; tokens `KEY = VALUE` then one separator token,
/// repeated; quote characters are stripped from both ends of each value.
pub fn env_dict(s: &str) -> Result<BTreeMap<String, String>, String> {
    let tokens = shlex_legacy(s).map_err(|e| format!("{} in value {}", e, py_repr(s)))?;
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < tokens.len() {
        if i + 2 >= tokens.len() || tokens[i + 1] != "=" {
            return Err(format!(
                "Unexpected end of key/value pairs in value '{}'",
                s
            ));
        }
        let v = tokens[i + 2].trim_matches(|c| c == '\'' || c == '"');
        out.insert(tokens[i].clone(), v.to_string());
        i += 4;
    }
    Ok(out)
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_/.+-():".contains(c)
}

/// Python `list(shlex.shlex(s))` with the extra word characters, non-POSIX mode.
fn shlex_legacy(s: &str) -> Result<Vec<String>, String> {
    #[derive(PartialEq)]
    enum St {
        Space,
        Word,
        Quote(char),
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut tok = String::new();
    let mut st = St::Space;
    let mut i = 0;
    let skip_line = |i: &mut usize| {
        while *i < chars.len() && chars[*i] != '\n' {
            *i += 1;
        }
        if *i < chars.len() {
            *i += 1;
        }
    };
    let ws = |c: char| matches!(c, ' ' | '\t' | '\r' | '\n');
    loop {
        let c = chars.get(i).copied();
        i += 1;
        match st {
            St::Space => match c {
                None => break,
                Some(c) if ws(c) => {}
                Some('#') => skip_line(&mut i),
                Some(c) if is_word_char(c) => {
                    tok.push(c);
                    st = St::Word;
                }
                Some(c) if c == '\'' || c == '"' => {
                    tok.push(c);
                    st = St::Quote(c);
                }
                Some(c) => out.push(c.to_string()),
            },
            St::Word => match c {
                None => {
                    out.push(std::mem::take(&mut tok));
                    break;
                }
                Some(c) if ws(c) => {
                    out.push(std::mem::take(&mut tok));
                    st = St::Space;
                }
                // Non-POSIX quirk: a comment inside a word skips the rest of the line and the
                // word continues on the next line.
                Some('#') => skip_line(&mut i),
                Some(c) if is_word_char(c) || c == '\'' || c == '"' => tok.push(c),
                Some(_) => {
                    i -= 1;
                    out.push(std::mem::take(&mut tok));
                    st = St::Space;
                }
            },
            St::Quote(q) => match c {
                None => return Err("No closing quotation".into()),
                Some(c) if c == q => {
                    tok.push(c);
                    out.push(std::mem::take(&mut tok));
                    st = St::Space;
                }
                Some(c) => tok.push(c),
            },
        }
    }
    // A `#` right after a quoted token behaves like whitespace-state comment; handled above.
    let _ = py_space;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(py_int(" 12 ").unwrap(), 12);
        assert_eq!(py_int("1_000").unwrap(), 1000);
        assert_eq!(py_int("-3").unwrap(), -3);
        assert!(py_int("1__0").is_err());
        assert!(py_int("").is_err());
        assert!(py_int("0x10").is_err());
        assert_eq!(py_int("-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(py_int("9223372036854775807"), Ok(i64::MAX));
        assert_eq!(py_int("99999999999999999999999"), Ok(i64::MAX));
        assert_eq!(py_int("-99999999999999999999999"), Ok(i64::MIN));
        assert_eq!(unsigned::<u64>("4294967295").unwrap(), 4294967295);
        assert_eq!(unsigned::<u32>("-1").unwrap(), 0);
        assert!(unsigned::<u32>("4294967296").is_err());
    }

    #[test]
    fn booleans() {
        for t in ["true", "YES", "On", "1"] {
            assert!(boolean(t).unwrap());
        }
        for f in ["false", "no", "OFF", "0"] {
            assert!(!boolean(f).unwrap());
        }
        assert_eq!(
            boolean("maybe").unwrap_err(),
            "not a valid boolean value: 'maybe'"
        );
    }

    #[test]
    fn byte_sizes() {
        assert_eq!(byte_size("50MB").unwrap(), 52428800);
        assert_eq!(byte_size("1500 KB").unwrap(), 1536000);
        assert_eq!(byte_size("1gb").unwrap(), 1 << 30);
        assert_eq!(byte_size("0").unwrap(), 0);
        for bad in ["50M", "1K", "1.5MB", "50B", "50m"] {
            assert!(byte_size(bad).is_err(), "{}", bad);
        }
        assert_eq!(
            byte_size("50m").unwrap_err(),
            "invalid literal for int() with base 10: '50m'"
        );
    }

    #[test]
    fn octals() {
        assert_eq!(octal("022").unwrap(), 18);
        assert_eq!(octal("22").unwrap(), 18);
        assert_eq!(octal("0o22").unwrap(), 18);
        assert!(octal("8").is_err());
    }

    #[test]
    fn signals() {
        assert_eq!(signal_number("TERM").unwrap(), 15);
        assert_eq!(signal_number("sigint").unwrap(), 2);
        assert_eq!(signal_number("9").unwrap(), 9);
        assert_eq!(signal_name(signal_number("IOT").unwrap()), "ABRT");
        assert_eq!(signal_name(signal_number("CLD").unwrap()), "CHLD");
        assert_eq!(signal_name(signal_number("POLL").unwrap()), "IO");
        assert_eq!(
            signal_number("FOO").unwrap_err(),
            "value 'FOO' is not a valid signal name"
        );
        assert!(signal_number("40").is_err());
    }

    #[test]
    fn exitcodes() {
        assert_eq!(exit_codes("0, 1").unwrap(), vec![0, 1]);
        assert_eq!(
            exit_codes("0,256").unwrap_err(),
            "not a valid list of exit codes: '0,256'"
        );
        assert!(exit_codes("a").is_err());
    }

    #[test]
    fn names() {
        assert_eq!(process_or_group_name(" x ").unwrap(), "x");
        assert_eq!(
            process_or_group_name("x y").unwrap_err(),
            "Invalid name: 'x y' because of character: ' '"
        );
        assert!(process_or_group_name("a:b").is_err());
        assert!(process_or_group_name("a/b").is_err());
    }

    #[test]
    fn inet() {
        assert_eq!(
            inet_address("127.0.0.1:9001").unwrap(),
            ("127.0.0.1".into(), 9001)
        );
        assert_eq!(inet_address("*:9001").unwrap(), ("".into(), 9001));
        assert_eq!(inet_address(":9001").unwrap(), ("".into(), 9001));
        assert_eq!(inet_address("9001").unwrap(), ("".into(), 9001));
        assert_eq!(
            inet_address("LocalHost:1").unwrap(),
            ("localhost".into(), 1)
        );
        assert!(inet_address("host:").is_err());
        assert!(inet_address("host:0").is_err());
        assert!(inet_address("127.0.0.1:__X__").is_err());
    }

    #[test]
    fn env() {
        let d = env_dict("A=1,B=\"x,y\",C='sq \"x\"'").unwrap();
        assert_eq!(d["A"], "1");
        assert_eq!(d["B"], "x,y");
        assert_eq!(d["C"], "sq \"x");
        let d = env_dict("\nA=/usr/bin:/bin,\n  B=2").unwrap();
        assert_eq!(d["A"], "/usr/bin:/bin");
        assert_eq!(d["B"], "2");
        assert_eq!(
            env_dict("A=1,B").unwrap_err(),
            "Unexpected end of key/value pairs in value 'A=1,B'"
        );
        assert!(env_dict("ENVIRONMENT").is_err());
        assert!(env_dict("A=\"x").is_err());
        assert!(env_dict("").unwrap().is_empty());
    }

    #[test]
    fn paths() {
        assert_eq!(normpath("//run/x"), "//run/x");
        assert_eq!(normpath("///run//x/./y/../z"), "/run/x/z");
        assert_eq!(normpath("/tmp/a/.."), "/tmp");
        assert_eq!(normpath("a/../.."), "..");
        assert_eq!(normpath("/.."), "/");
    }
}
