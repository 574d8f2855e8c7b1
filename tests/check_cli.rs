//! `supervisord check` through the real binary: exit codes, stdout/stderr, `--json`,
//! `--extensions`.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::{Command, Output};

use support::daemon::Scratch as TempDir;

fn check(args: &[&str], cwd: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("check")
        .args(args)
        .current_dir(cwd)
        .env_clear()
        .env("HOME", "/home/t")
        .output()
        .unwrap()
}

const GOOD: &str = "[supervisord]\nnodaemon=true\n[unix_http_server]\nfile=%(here)s/s.sock\n\
[program:web]\ncommand=/bin/web --port 80\nuser=nobody\nstdout_logfile=web.log\nready=tcp:80\n";

#[test]
fn summary_on_success() {
    let d = TempDir::new("ok");
    let p = d.write("s.conf", GOOD);
    let out = check(&["-c", p.to_str().unwrap()], &d.0);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[web] priority=999"), "{}", text);
    assert!(text.contains("/bin/web --port 80"), "{}", text);
    assert!(text.contains("user=nobody"), "{}", text);
    assert!(text.contains("stdout=web.log"), "{}", text);
    assert!(out.stderr.is_empty());
}

#[test]
fn error_on_stderr_exit_2() {
    let d = TempDir::new("bad");
    let p = d.write(
        "s.conf",
        "[supervisord]\n[program:x]\ncommand=c\nautostart=maybe\n",
    );
    let out = check(&[&format!("-c{}", p.display())], &d.0);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.trim_end(),
        format!("Error: not a valid boolean value: 'maybe' in section 'program:x' (file: '{}', line: 4)", p.display())
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn json_document() {
    let d = TempDir::new("json");
    let p = d.write("s.conf", GOOD);
    let out = check(&["--json", "-c", p.to_str().unwrap()], &d.0);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.trim_start().starts_with('{') && text.trim_end().ends_with('}'));
    assert!(text.contains("\"ok\": true"), "{}", text);
    assert!(
        text.contains(&format!("\"file\": \"{}/s.sock\"", d.0.display())),
        "{}",
        text
    );
    assert!(text.contains("\"stdout_logfile\": \"web.log\""), "{}", text);
    assert!(
        text.contains(&format!(
            "\"logfile\": \"{}/supervisord.log\"",
            d.0.display()
        )),
        "{}",
        text
    );
    assert!(!text.contains("\"ext\""), "{}", text);
    let out = check(&["--json", "--extensions", "-c", p.to_str().unwrap()], &d.0);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"ext\""), "{}", text);
    assert!(text.contains("\"ready\": \"tcp:80\""), "{}", text);
    assert!(text.contains("\"remember_stopped\": false"), "{}", text);
    let p = d.write(
        "r.conf",
        GOOD.replacen("[supervisord]", "[supervisord]\nRemember_Stopped = yes", 1),
    );
    let out = check(&["--json", "--extensions", "-c", p.to_str().unwrap()], &d.0);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"remember_stopped\": true"), "{}", text);
    let p = d.write(
        "bad.conf",
        GOOD.replacen(
            "[supervisord]",
            "[supervisord]\nremember_stopped = maybe",
            1,
        ),
    );
    let out = check(&["-c", p.to_str().unwrap()], &d.0);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("not a valid boolean value: 'maybe' in section 'supervisord'"),
        "{err}"
    );
}

#[test]
fn json_rejection() {
    let d = TempDir::new("jbad");
    let p = d.write("s.conf", "[program:x]\ncommand=c\n");
    let out = check(&["--json", "-c", p.to_str().unwrap()], &d.0);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"ok\": false"), "{}", text);
    assert!(
        text.contains("does not include supervisord section"),
        "{}",
        text
    );
}

#[test]
fn missing_file_and_bad_arguments() {
    let d = TempDir::new("args");
    let out = check(&["-c", "/nonexistent/x.conf"], &d.0);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("could not find config file /nonexistent/x.conf"));
    let out = check(&["--bogus"], &d.0);
    assert_eq!(out.status.code(), Some(2));
    // No -c and nothing on the search path (cwd is empty; /etc paths normally absent).
    if !std::path::Path::new("/etc/supervisord.conf").exists()
        && !std::path::Path::new("/etc/supervisor/supervisord.conf").exists()
    {
        let out = check(&[], &d.0);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8(out.stderr)
            .unwrap()
            .contains("No config file found at default paths"));
    }
    // Found in the current directory.
    d.write("supervisord.conf", GOOD);
    let out = check(&[], &d.0);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Accounts and directories of this machine are checked by `check` (as the daemon does
/// at load) but not by `check --json`, the portable reading of a config.
#[test]
fn machine_checks_apply_to_check_but_not_to_json() {
    let d = TempDir::new("machine");
    let p = d.write(
        "s.conf",
        "[supervisord]\nchildlogdir=/nonexistent-xyz\n[program:a]\ncommand=c\nuser=nosuchuserxyz\n",
    );
    let out = check(&["-c", p.to_str().unwrap()], &d.0);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent-xyz is not an existing directory"),
        "{err}"
    );
    let out = check(&["--json", "-c", p.to_str().unwrap()], &d.0);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// `check | head -1`: a reader that goes away is not a panic.
#[test]
fn output_to_a_closed_pipe_is_not_a_panic() {
    let d = TempDir::new("epipe");
    let p = d.write("s.conf", GOOD);
    let mut child = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["check", "-c", p.to_str().unwrap()])
        .current_dir(&d.0)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
