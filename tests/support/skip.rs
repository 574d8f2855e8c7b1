//! Skipping, visibly and honestly, and finding the external tools that decide it.
//!
//! Every skip goes through [`skip`]: it prints `SKIPPED test: why` and appends the same line
//! to `test-skips.txt` in the target directory (`$CARGO_TARGET_DIR`, else
//! `$CARGO_MANIFEST_DIR/target`), because `cargo test` hides the output of passing tests.
//! `make test` clears that file first and prints it last.
//!
//! A skip for something `.ci/run` installs (the `.venv` with supervisor 4.3 and superlance,
//! the ordered-startup listener, Chromium + chromedriver, promtool, running as root) goes
//! through [`skip_missing`] instead: the same skip on a developer's machine, a failure under
//! `CI=true`, where its absence means the CI setup broke. Other reasons (no network
//! namespaces, one CPU, a syslog owning /dev/log) stay plain skips everywhere.
//!
//! A failure is never a skip: a test that cannot start what it tests panics.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether this run is CI (`CI=true`, set by the CI runner): missing CI tools then fail.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Where skips are recorded: `<target dir>/test-skips.txt`.
pub fn skips_file() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let target = if target.is_relative() {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(target)
    } else {
        target
    };
    target.join("test-skips.txt")
}

/// Records that `test` skipped (all or part of its checks) because of `why`.
pub fn skip(test: &str, why: &str) {
    let line = format!("SKIPPED {test}: {why}");
    eprintln!("{line}");
    let path = skips_file();
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    // One write(2) of a whole line in append mode: concurrent tests do not interleave.
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
    {
        let _ = f.write_all(format!("{line}\n").as_bytes());
    }
}

/// A skip because something `.ci/run` installs is missing: a failure under `CI=true`.
pub fn skip_missing(test: &str, what: &str) {
    assert!(
        !ci(),
        "{test}: {what}, but .ci/run installs it (CI=true makes this a failure, not a skip)"
    );
    skip(test, &format!("{what} (.ci/run installs it)"));
}

/// Whether we run as root.
pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// True when running as root; otherwise records a skip of `test` (a failure in CI, which
/// runs as root) and returns false.
pub fn root_or_skip(test: &str) -> bool {
    if !is_root() {
        skip_missing(test, "not running as root");
    }
    is_root()
}

/// The first of `names` found, each looked up the same way: an absolute path as is, else
/// `.venv/bin/<name>` under `$CARGO_MANIFEST_DIR`, else `$PATH`.
pub fn tool(names: &[&str]) -> Option<PathBuf> {
    let venv_bin = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin");
    let path = std::env::var_os("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        let p = Path::new(name);
        if p.is_absolute() {
            return p.is_file().then(|| p.to_path_buf());
        }
        std::iter::once(venv_bin.clone())
            .chain(std::env::split_paths(&path))
            .map(|dir| dir.join(name))
            .find(|c| c.is_file())
    })
}

/// Like [`tool`]; when none of `names` is found, records a skip of `test` (a failure in CI:
/// use it only for tools `.ci/run` installs) and returns `None`.
pub fn ci_tool(test: &str, names: &[&str]) -> Option<PathBuf> {
    let found = tool(names);
    if found.is_none() {
        skip_missing(test, &format!("{} not found", names.join(" / ")));
    }
    found
}
