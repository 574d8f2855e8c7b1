//! The Go port's lifecycle keys of a program-like section: liveness checks
//! (`liveness_check_*`), hooks (`pre_start_hook`, `pre_stop_hook`, our `hook_timeout`),
//! `restartpause` and `killwaitsecs`. Python ignores them all.

use std::collections::HashMap;
use std::time::Duration;

use crate::config::error::ConfigError;
use crate::config::model::ProcessExt;
use crate::config::reader::{SectionReader, Val};
use crate::liveness::{LivenessConfig, KEYS};

/// Reads the keys into `x`; a wrong value is an error at its line.
pub fn read(r: &SectionReader, x: &mut ProcessExt) -> Result<(), ConfigError> {
    let mut vals: HashMap<&str, Val> = HashMap::new();
    for key in KEYS {
        if let Some(v) = r.get(key)? {
            vals.insert(key, v);
        }
    }
    x.liveness = LivenessConfig::parse(|k| vals.get(k).map(|v| v.text.clone()))
        .map_err(|e| r.err(vals.get(e.key), format!("{}: {}", e.key, e.message)))?;
    for (key, slot) in [
        ("pre_start_hook", &mut x.pre_start_hook),
        ("pre_stop_hook", &mut x.pre_stop_hook),
    ] {
        *slot = r
            .get(key)?
            .map(|v| v.text.trim().to_string())
            .filter(|t| !t.is_empty());
    }
    x.hook_timeout = r
        .opt("hook_timeout", |t| seconds("hook_timeout", t, false))?
        .flatten();
    x.restartpause = r
        .opt("restartpause", |t| seconds("restartpause", t, true))?
        .flatten();
    x.killwaitsecs = r
        .opt("killwaitsecs", |t| seconds("killwaitsecs", t, false))?
        .flatten();
    Ok(())
}

/// Seconds, fractions allowed; 0 only where `zero_ok`; empty is the default (`None`).
fn seconds(key: &str, text: &str, zero_ok: bool) -> Result<Option<Duration>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<f64>() {
        Ok(s) if s.is_finite() && (s > 0.0 || (zero_ok && s == 0.0)) && s <= 86_400.0 => {
            Ok(Some(Duration::from_secs_f64(s)))
        }
        _ => Err(format!(
            "{key}: invalid value '{t}': expected seconds between {} and 86400",
            if zero_ok { "0" } else { "0 (excluded)" }
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::seconds;
    use std::time::Duration;

    #[test]
    fn seconds_take_fractions_and_refuse_nonsense() {
        assert_eq!(seconds("k", "2", true), Ok(Some(Duration::from_secs(2))));
        assert_eq!(
            seconds("k", " 0.5 ", false),
            Ok(Some(Duration::from_millis(500)))
        );
        assert_eq!(seconds("k", "0", true), Ok(Some(Duration::ZERO)));
        assert_eq!(seconds("k", " ", false), Ok(None));
        for bad in ["0", "-1", "x", "inf", "100000"] {
            assert!(seconds("k", bad, false).is_err(), "{bad}");
        }
    }
}
