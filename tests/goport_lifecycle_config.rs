//! A config written from the Go port's README and `config_template.go`, with every key of
//! its lifecycle extras (issue 23's table): `check` reads it (ours are shown by
//! `--extensions`), the daemon runs it, and wrong values are errors naming file, section,
//! option and line.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::{Command, Output};
use std::time::Duration;

use support::daemon::Scratch;
use support::Daemon;

fn check(args: &[&str], cwd: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("check")
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

/// Every key of the table, spelled as the Go port's README spells it (`restartPause`).
const PROGRAMS: &str = "\
[program:web]
command=sleep 1000
startsecs=0
restartPause=2
killwaitsecs=2
pre_start_hook = echo \"this is start hook\"
pre_stop_hook = echo \"this is stop hook\"
liveness_check_script=tcp://127.0.0.1:1
liveness_check_initial_delay=60
liveness_check_period=60
liveness_check_timeout=30
liveness_check_success_threshold=1
liveness_check_failure_threshold=3
liveness_check_success_action=echo recovered
liveness_check_failure_action=restart
restart_when_binary_changed=true
restart_cmd_when_binary_changed=echo binary changed
restart_signal_when_binary_changed=SIGHUP
restart_directory_monitor=%(here)s/conf
restart_file_pattern=*.conf
restart_cmd_when_file_changed=echo config changed
restart_signal_when_file_changed=HUP
depends_on=db

[program:db]
command=sleep 1000
startsecs=0
restart_directory_monitor=%(here)s/conf
restart_signal_when_file_changed=SIGHUP

[program:report]
command=true
autostart=false
autorestart=false
startsecs=0
cron=0 */5 * * * *
";

#[test]
fn every_lifecycle_key_of_the_go_port_loads_with_check() {
    let d = Scratch::new("golife");
    std::fs::create_dir_all(d.0.join("conf")).unwrap();
    let p = d.write("s.conf", format!("[supervisord]\n{PROGRAMS}"));
    let out = check(&["--json", "--extensions", "-c", p.to_str().unwrap()], &d.0);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conf = d.0.join("conf");
    for want in [
        "\"cron\": \"0 */5 * * * *\"".to_string(),
        // A command wins over a signal, as in the Go port.
        "\"restart_on_binary_change\": \"command echo binary changed\"".into(),
        format!("\"dir\": \"{}\"", conf.display()),
        "\"pattern\": \"*.conf\"".into(),
        "\"action\": \"command echo config changed\"".into(),
        "\"action\": \"signal HUP\"".into(),
        "\"pattern\": \"*\"".into(),
    ] {
        assert!(text.contains(&want), "no {want} in:\n{text}");
    }
}

#[test]
fn the_go_port_lifecycle_config_runs() {
    let dir = support::temp_dir("goliferun");
    std::fs::create_dir_all(dir.join("conf")).unwrap();
    let d = Daemon::start_in(dir, PROGRAMS);
    d.assert_log("spawned: 'db'", Duration::from_secs(10));
    d.assert_log("spawned: 'web'", Duration::from_secs(10));
}

#[test]
fn wrong_values_name_file_section_option_and_line() {
    for (key, value, needle) in [
        ("cron", "* * *", "expected 6 fields"),
        ("cron", "@fortnightly", "unknown descriptor"),
        (
            "restart_signal_when_file_changed",
            "NOPE",
            "not a valid signal",
        ),
        (
            "restart_signal_when_binary_changed",
            "HUP TERM",
            "takes one signal",
        ),
    ] {
        let d = Scratch::new("golifebad");
        let p = d.write(
            "s.conf",
            format!("[supervisord]\n[program:x]\ncommand=c\n{key}={value}\n"),
        );
        let out = check(&["-c", p.to_str().unwrap()], &d.0);
        assert_eq!(out.status.code(), Some(2), "{key}={value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{key}={value}: {err}");
        assert!(err.contains(&format!("Error: {key}: ")), "{err}");
        assert!(
            err.contains(&format!(
                "in section 'program:x' (file: '{}', line: 4)",
                p.display()
            )),
            "{err}"
        );
    }
}
