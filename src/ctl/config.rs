//! Reading `[supervisorctl]` for the client: the same search order as Python's
//! `ClientOptions`, and a deliberately small INI reader for that one section (behind
//! [`read_ctl_section`] so it can be swapped for the full config reader later).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::model::CtlConfig;

/// Default server URL when neither `-s` nor `serverurl=` gives one.
pub const DEFAULT_URL: &str = "http://localhost:9001";

/// Python's `Options.searchpaths`, relative to the binary's parent directory (`here`).
pub fn search_paths(argv0: &str) -> Vec<PathBuf> {
    let here = Path::new(argv0)
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    vec![
        here.join("etc").join("supervisord.conf"),
        here.join("supervisord.conf"),
        PathBuf::from("supervisord.conf"),
        PathBuf::from("etc/supervisord.conf"),
        PathBuf::from("/etc/supervisord.conf"),
        PathBuf::from("/etc/supervisor/supervisord.conf"),
    ]
}

/// The first existing file among the search paths.
pub fn find_config(argv0: &str) -> Option<PathBuf> {
    search_paths(argv0).into_iter().find(|p| p.exists())
}

fn absolute(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    // normpath: drop `.` and fold `..` lexically, as os.path.normpath does.
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Python's `normalize_path` (`~` / `~user` expanded, absolute, normalised).
pub fn normalize_path(p: &str) -> PathBuf {
    PathBuf::from(crate::config::values::normalize_path(p))
}

/// Reads the `[supervisorctl]` section of `path` (error texts as Python's).
pub fn read_ctl_section(path: &Path) -> Result<CtlConfig, String> {
    if !path.exists() {
        return Err(format!("could not find config file {}", path.display()));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|_| format!("could not read config file {}", path.display()))?;
    let here = absolute(path)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let Some(section) = ini_section(&text, "supervisorctl") else {
        return Err(".ini file does not include supervisorctl section".into());
    };
    let get = |k: &str| section.get(k).map(|v| expand(v, &here));
    let mut cfg = CtlConfig {
        present: true,
        ..CtlConfig::default()
    };
    if let Some(url) = get("serverurl") {
        let url = url?;
        cfg.serverurl = Some(match url.strip_prefix("unix://") {
            Some(p) => format!("unix://{}", absolute(Path::new(p)).display()),
            None => url,
        });
    }
    cfg.username = get("username").transpose()?;
    cfg.password = get("password").transpose()?;
    cfg.prompt = get("prompt").transpose()?;
    cfg.history_file = get("history_file")
        .transpose()?
        .filter(|h| !h.is_empty())
        .map(|h| normalize_path(&h));
    Ok(cfg)
}

/// `%(here)s`, `%(ENV_X)s` and `%%` expansion.
fn expand(value: &str, here: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(r) = after.strip_prefix('%') {
            out.push('%');
            rest = r;
        } else if let Some(r) = after.strip_prefix('(') {
            let end = r
                .find(")s")
                .ok_or_else(|| format!("bad format in {value:?}"))?;
            let name = &r[..end];
            let v = if name == "here" {
                here.to_string()
            } else if let Some(env) = name.strip_prefix("ENV_") {
                std::env::var(env).map_err(|_| format!("cannot expand %({name})s in {value:?}"))?
            } else {
                return Err(format!("cannot expand %({name})s in {value:?}"));
            };
            out.push_str(&v);
            rest = &r[end + 2..];
        } else {
            return Err(format!("bad format in {value:?}"));
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The options of one section (keys lower-cased; later duplicates win; inline `;`/`#`
/// comments after whitespace removed; indented lines continue a value).
fn ini_section(text: &str, want: &str) -> Option<BTreeMap<String, String>> {
    let mut found: Option<BTreeMap<String, String>> = None;
    let mut in_section = false;
    let mut last_key: Option<String> = None;
    for raw in text.lines() {
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with(';') || trimmed.starts_with('#') {
            continue;
        }
        if raw.starts_with([' ', '\t']) && in_section {
            if let (Some(k), Some(map)) = (&last_key, found.as_mut()) {
                if let Some(v) = map.get_mut(k) {
                    v.push('\n');
                    v.push_str(strip_inline_comment(trimmed));
                }
            }
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            in_section = name.trim() == want;
            if in_section {
                found.get_or_insert_with(BTreeMap::new);
            }
            last_key = None;
            continue;
        }
        if !in_section {
            continue;
        }
        let split = trimmed.find(['=', ':']);
        if let (Some(i), Some(map)) = (split, found.as_mut()) {
            let key = trimmed[..i].trim().to_lowercase();
            let value = strip_inline_comment(trimmed[i + 1..].trim()).to_string();
            map.insert(key.clone(), value);
            last_key = Some(key);
        }
    }
    found
}

fn strip_inline_comment(v: &str) -> &str {
    let bytes = v.as_bytes();
    for i in 1..bytes.len() {
        if (bytes[i] == b';' || bytes[i] == b'#') && bytes[i - 1].is_ascii_whitespace() {
            return v[..i].trim_end();
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_section_with_expansion() {
        let dir = std::env::temp_dir().join(format!("ctlcfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join("s.conf");
        std::fs::write(
            &path,
            "[supervisord]\nlogfile=x\n[supervisorctl]\nserverurl = unix://%(here)s/s.sock ; comment\n\
             USERNAME: bob\npassword=p#w\nprompt=hi\n",
        )
        .expect("write");
        let cfg = read_ctl_section(&path).expect("read");
        assert_eq!(
            cfg.serverurl,
            Some(format!("unix://{}/s.sock", dir.display()))
        );
        assert_eq!(cfg.username.as_deref(), Some("bob"));
        assert_eq!(cfg.password.as_deref(), Some("p#w"));
        assert_eq!(cfg.prompt.as_deref(), Some("hi"));
        std::fs::write(&path, "[supervisord]\n").expect("write");
        assert_eq!(
            read_ctl_section(&path),
            Err(".ini file does not include supervisorctl section".into())
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
