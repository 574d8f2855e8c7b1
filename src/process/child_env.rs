//! A child's environment: the daemon's own (read once), SUPERVISOR_*, env files, the
//! program's `environment` and a readiness probe's variables, as `execve` takes it.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use nix::libc;

use super::envfile;
use super::spawn::SpawnContext;
use crate::config::ProcessConfig;

/// `(name, value)` byte pairs in order.
pub type EnvList = Vec<(Vec<u8>, Vec<u8>)>;

/// One variable of the daemon's own environment: its name and `NAME=value`.
type BaseVar = (Vec<u8>, CString);

/// The daemon's own environment, read at the first spawn. The daemon changes its
/// environment only while it starts (`--env-file`, the upgrade variables), with one
/// thread; every child then points at these strings instead of copying them per spawn.
fn base_env() -> &'static [BaseVar] {
    static BASE: std::sync::OnceLock<Vec<BaseVar>> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        std::env::vars_os()
            .filter_map(|(k, v)| {
                let kv = [k.as_bytes(), b"=", v.as_bytes()].concat();
                Some((k.as_bytes().to_vec(), CString::new(kv).ok()?))
            })
            .collect()
    })
}

/// What a program's environment sets over the daemon's, in order: SUPERVISOR_*, env
/// files, the program's `environment`, then `extra` (a name set twice keeps the later
/// value, placed where it was set last).
pub fn overrides(
    cfg: &ProcessConfig,
    ctx: &SpawnContext,
    extra: &[(String, String)],
) -> Result<EnvList, String> {
    let mut env: EnvList = Vec::new();
    let mut set = |k: &str, v: &str| {
        env.retain(|(ek, _)| ek.as_slice() != k.as_bytes());
        env.push((k.as_bytes().to_vec(), v.as_bytes().to_vec()));
    };
    set("SUPERVISOR_ENABLED", "1");
    if let Some(url) = cfg.serverurl.as_ref().or(ctx.server_url.as_ref()) {
        set("SUPERVISOR_SERVER_URL", url);
    }
    set("SUPERVISOR_PROCESS_NAME", &cfg.name);
    set("SUPERVISOR_GROUP_NAME", &cfg.group);
    for file in &cfg.ext.env_files {
        for (k, v) in envfile::load(file)? {
            set(&k, &v);
        }
    }
    for (k, v) in &cfg.environment {
        set(k, v);
    }
    for (k, v) in extra {
        set(k, v);
    }
    Ok(env)
}

/// A child's environment as `execve` takes it.
pub struct ChildEnv {
    /// The variables made for this program (`ptrs` points into them and into
    /// [`base_env`]).
    pub own: Vec<CString>,
    /// NULL-terminated.
    pub ptrs: Vec<*const libc::c_char>,
    /// The value of PATH, to find the command in.
    pub path: Option<String>,
}

/// The child's environment: the daemon's variables that `overrides` does not set, in
/// their order, then `overrides`.
pub fn build(overrides: &EnvList) -> Result<ChildEnv, String> {
    let base = base_env();
    let own: Vec<CString> = overrides
        .iter()
        .map(|(k, v)| {
            CString::new([k.as_slice(), b"=", v.as_slice()].concat())
                .map_err(|_| "environment contains a NUL byte".to_string())
        })
        .collect::<Result<_, _>>()?;
    let overridden = |k: &[u8]| overrides.iter().any(|(ok, _)| ok.as_slice() == k);
    let mut ptrs = Vec::with_capacity(base.len() + own.len() + 1);
    ptrs.extend(
        base.iter()
            .filter(|(k, _)| !overridden(k))
            .map(|(_, kv)| kv.as_ptr()),
    );
    ptrs.extend(own.iter().map(|c| c.as_ptr()));
    ptrs.push(std::ptr::null());
    let path = path_of(overrides);
    Ok(ChildEnv { own, ptrs, path })
}

/// The PATH a child with these overrides sees: theirs, else the daemon's.
fn path_of(overrides: &EnvList) -> Option<String> {
    overrides
        .iter()
        .rev()
        .find(|(k, _)| k.as_slice() == b"PATH")
        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        .or_else(base_path)
}

/// The daemon's own PATH (as the children see it).
fn base_path() -> Option<String> {
    base_env()
        .iter()
        .rev()
        .find(|(k, _)| k.as_slice() == b"PATH")
        .map(|(k, kv)| String::from_utf8_lossy(&kv.as_bytes()[k.len() + 1..]).into_owned())
}

/// The PATH a spawn of `cfg` searches for its command, without making its environment
/// (the same overrides, so the same precedence). `Err`: an env file cannot be read, which
/// the spawn reports.
pub fn search_path(cfg: &ProcessConfig) -> Result<Option<String>, String> {
    Ok(path_of(&overrides(cfg, &SpawnContext::default(), &[])?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(env: &ChildEnv) -> Vec<String> {
        env.ptrs
            .iter()
            .take_while(|p| !p.is_null())
            // SAFETY: every pointer before the NULL is a C string of `env` or `base_env()`.
            .map(|&p| unsafe { std::ffi::CStr::from_ptr(p) })
            .map(|c| c.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn an_override_replaces_the_daemons_variable_and_comes_last() {
        let overrides: EnvList = vec![
            (b"PATH".to_vec(), b"/only/here".to_vec()),
            (b"SV_CHILD_ENV_TEST".to_vec(), b"1".to_vec()),
        ];
        let env = build(&overrides).unwrap();
        let texts = texts(&env);
        let kept = base_env().iter().filter(|(k, _)| k != b"PATH").count();
        assert_eq!(texts.len(), kept + 2);
        assert_eq!(
            texts[kept..],
            ["PATH=/only/here".to_string(), "SV_CHILD_ENV_TEST=1".into()]
        );
        assert_eq!(env.path.as_deref(), Some("/only/here"));
    }

    #[test]
    fn without_an_override_path_is_the_daemons() {
        let env = build(&Vec::new()).unwrap();
        assert_eq!(env.path, std::env::var("PATH").ok());
        assert_eq!(texts(&env).len(), base_env().len());
    }

    #[test]
    fn a_nul_byte_is_refused() {
        assert!(build(&vec![(b"A".to_vec(), b"x\0y".to_vec())]).is_err());
    }
}
