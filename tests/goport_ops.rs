//! The Go port's operations commands (issue 24), with the real binary: `--env-file` read
//! before the config (`%(ENV_X)s` and the children see it), `supervisord init -o FILE` and
//! `echo_supervisord_conf` (the sample loads with `check` and with Python 4.3), and
//! `supervisord service install|uninstall|start|stop` into a temp root (checked with
//! `systemd-analyze verify`) with a fake `systemctl` recording its arguments.

#[allow(dead_code, unused_imports)]
mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;
use support::*;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_supervisord")
}

#[test]
fn env_file_is_read_before_the_config_and_reaches_children() {
    let s = daemon::Scratch::new("ops-envfile");
    let env = s.write(
        "daemon.env",
        "# comment\nexport GREETING=hello-from-env-file\nCHILD_ONLY='seen by child'\n",
    );
    let conf = format!(
        "{}[program:e]\ncommand=sh -c 'echo \"%(ENV_GREETING)s $CHILD_ONLY\" > {}/out; sleep 60'\n",
        preamble(&s.0, ""),
        s.0.display()
    );
    let d = Daemon::start_conf_with(s.0.clone(), &conf, |c| {
        c.arg("--env-file").arg(&env);
    });
    let out = s.0.join("out");
    assert!(
        wait_for(Duration::from_secs(10), || std::fs::read_to_string(&out)
            .is_ok_and(|t| t.ends_with('\n'))),
        "{}",
        d.log()
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "hello-from-env-file seen by child\n"
    );
}

#[test]
fn check_reads_the_env_file_too() {
    let s = daemon::Scratch::new("ops-envfile-check");
    let env = s.write("x.env", "PROG_CMD=/bin/true-from-env\n");
    let conf = s.write(
        "supervisord.conf",
        format!(
            "{}[program:x]\ncommand=%(ENV_PROG_CMD)s\n",
            preamble(&s.0, "")
        ),
    );
    let out = Command::new(bin())
        .args(["check", "--json", "--env-file"])
        .arg(&env)
        .arg("-c")
        .arg(&conf)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("/bin/true-from-env"), "{text}");
}

#[test]
fn missing_env_file_is_a_start_error() {
    let s = daemon::Scratch::new("ops-envfile-missing");
    let conf = s.write("supervisord.conf", preamble(&s.0, ""));
    let out = Command::new(bin())
        .args(["-n", "-c"])
        .arg(&conf)
        .args(["--env-file", "/nonexistent/x.env"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Error: can't read env file '/nonexistent/x.env'"),
        "{err}"
    );
}

/// `supervisord check -c FILE` on `path`: (exit status, stdout + stderr).
fn check(path: &Path) -> (i32, String) {
    status_and_text(&support::check_conf(&[], path))
}

/// A finished command's (exit status, stdout + stderr).
fn status_and_text(out: &std::process::Output) -> (i32, String) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// The sample with every `;key=value` and `;[section]` line uncommented, except the
/// alternatives that cannot stand together (left as comments).
fn uncommented(sample: &str) -> String {
    sample
        .lines()
        .map(|l| match l.strip_prefix(';') {
            Some(rest) if rest.starts_with('[') || rest.contains('=') && !rest.starts_with(' ') => {
                rest
            }
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn init_writes_the_sample_and_echo_supervisord_conf_prints_it() {
    let s = daemon::Scratch::new("ops-init");
    let file = s.0.join("sample.conf");
    let st = Command::new(bin())
        .args(["init", "-o"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(st.success());
    let sample = std::fs::read_to_string(&file).unwrap();
    // The same text through argv[0] = echo_supervisord_conf.
    let link = s.0.join("echo_supervisord_conf");
    std::os::unix::fs::symlink(bin(), &link).unwrap();
    let out = Command::new(&link).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), sample);
    // It loads as is, and with every key uncommented.
    let (code, text) = check(&file);
    assert_eq!(code, 0, "{text}");
    let all = s.write("all.conf", uncommented(&sample));
    let (code, text) = check(&all);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("theprogramname"), "{text}");
    assert!(text.contains("thefcgiprogramname"), "{text}");
    // Every extension key `check --json --extensions` reports is in the sample.
    let out = support::check_conf(&["--json", "--extensions"], &all);
    let json = String::from_utf8_lossy(&out.stdout);
    let objects: Vec<&str> = json.split("\"ext\"").skip(1).collect();
    assert_eq!(
        objects.len(),
        5,
        "supervisord + inet_http_server + 3 processes: {json}"
    );
    let keys: Vec<&str> = objects
        .iter()
        .flat_map(|o| {
            let o = &o[..o.find('}').unwrap()];
            let n = o.matches("\":").count();
            o.split("\":").filter_map(|p| p.rsplit('"').next()).take(n)
        })
        .collect();
    assert!(keys.len() >= 13, "{keys:?}");
    for key in keys {
        let key = match key {
            "envfiles" => "envFiles",
            "stopsignals" => "stopsignal",
            "stdout_logfiles" | "stdout_syslog_sinks" => "stdout_logfile",
            "stderr_syslog_sinks" => "stderr_logfile",
            "remotes_timeout_ms" => "remotes_timeout",
            "name" | "address" => "remotes",
            "restart_on_binary_change" => "restart_signal_when_binary_changed",
            "dir" => "restart_directory_monitor",
            "pattern" => "restart_file_pattern",
            "action" => "restart_signal_when_file_changed",
            k => k,
        };
        assert!(
            sample.contains(&format!(";{key}=")),
            "{key} not in the sample"
        );
    }
}

#[test]
fn python_supervisord_reads_the_sample() {
    let Some(venv) = python::venv_or_skip("python_supervisord_reads_the_sample") else {
        return;
    };
    let s = daemon::Scratch::new("ops-init-py");
    let sample = supervisord_sample();
    let plain = s.write("sample.conf", &sample);
    let all = s.write("all.conf", uncommented(&sample));
    // realize() is what `supervisord -c FILE` runs before it starts anything; it exits
    // with status 2 and a message on a config it refuses.
    let script = "import sys\nfrom supervisor.options import ServerOptions\n\
                  o = ServerOptions()\no.realize(['-c', sys.argv[1]])\n\
                  print(sorted(g.name for g in o.process_group_configs))\n";
    for (path, want) in [
        (&plain, "[]"),
        (
            &all,
            "['theeventlistenername', 'thefcgiprogramname', 'thegroupname']",
        ),
    ] {
        let out = Command::new(venv.join("bin/python3"))
            .args(["-c", script])
            .arg(path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}: {text}{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(text.trim(), want);
    }
}

fn supervisord_sample() -> String {
    let out = Command::new(bin()).arg("init").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// A directory with an executable `systemctl` (and the others) that appends its
/// arguments to `calls.txt` and succeeds.
fn fake_tools(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let bin_dir = dir.join("fakebin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    for tool in ["systemctl", "rc-update", "rc-service", "update-rc.d"] {
        let p = bin_dir.join(tool);
        std::fs::write(
            &p,
            format!(
                "#!/bin/sh\necho \"{tool} $*\" >> {}/calls.txt\n",
                dir.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    bin_dir
}

fn service(dir: &Path, fake: &Path, args: &[&str]) -> (i32, String) {
    let path = format!(
        "{}:{}",
        fake.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new(bin())
        .arg("service")
        .args(args)
        .env("PATH", path)
        .current_dir(dir)
        .output()
        .unwrap();
    status_and_text(&out)
}

#[test]
fn service_install_writes_a_unit_that_systemd_accepts_and_uninstall_removes_it() {
    let s = daemon::Scratch::new("ops-service");
    let conf = s.write("supervisord.conf", preamble(&s.0, ""));
    let fake = fake_tools(&s.0);
    let root = s.0.join("root");
    let root_s = root.to_string_lossy().into_owned();
    let conf_s = conf.to_string_lossy().into_owned();
    let (code, text) = service(
        &s.0,
        &fake,
        &[
            "install", "--root", &root_s, "--init", "systemd", "-c", &conf_s,
        ],
    );
    assert_eq!(code, 0, "{text}");
    let unit = root.join("etc/systemd/system/supervisord.service");
    let body = std::fs::read_to_string(&unit).unwrap();
    assert!(
        body.contains(&format!("\nExecStart={} -n -c {conf_s}\n", bin())),
        "{body}"
    );
    // The content of examples/supervisord.service, ExecStart aside.
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/supervisord.service"),
    )
    .unwrap();
    for line in example
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("ExecStart="))
    {
        assert!(body.contains(line), "{line:?} missing from\n{body}");
    }
    // Under --root no service manager is called for install/uninstall.
    assert!(!s.0.join("calls.txt").exists());
    match tool(&["systemd-analyze"]) {
        Some(sa) => {
            let out = Command::new(sa).arg("verify").arg(&unit).output().unwrap();
            assert!(
                out.status.success(),
                "systemd-analyze verify: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        None => skip(
            "service_install_writes_a_unit_that_systemd_accepts_and_uninstall_removes_it",
            "systemd-analyze not found: the unit was not verified",
        ),
    }
    let (code, text) = service(
        &s.0,
        &fake,
        &["uninstall", "--root", &root_s, "--init", "systemd"],
    );
    assert_eq!(code, 0, "{text}");
    assert!(!unit.exists());
    // Uninstalling what is not there fails.
    let (code, _) = service(
        &s.0,
        &fake,
        &["uninstall", "--root", &root_s, "--init", "systemd"],
    );
    assert_eq!(code, 2);
}

#[test]
fn service_start_and_stop_call_the_service_manager() {
    let s = daemon::Scratch::new("ops-service-ctl");
    let fake = fake_tools(&s.0);
    for (init, act) in [
        ("systemd", "start"),
        ("systemd", "stop"),
        ("openrc", "start"),
    ] {
        let (code, text) = service(&s.0, &fake, &[act, "--init", init, "--name", "svd"]);
        assert_eq!(code, 0, "{text}");
    }
    assert_eq!(
        std::fs::read_to_string(s.0.join("calls.txt")).unwrap(),
        "systemctl start svd\nsystemctl stop svd\nrc-service svd start\n"
    );
}

#[test]
fn service_scripts_for_openrc_and_sysv_are_valid_shell() {
    let s = daemon::Scratch::new("ops-service-sh");
    let conf = s.write("supervisord.conf", preamble(&s.0, ""));
    let fake = fake_tools(&s.0);
    for init in ["openrc", "sysv"] {
        let root = s.0.join(init);
        let (code, text) = service(
            &s.0,
            &fake,
            &[
                "install",
                "--root",
                &root.to_string_lossy(),
                "--init",
                init,
                "-c",
                &conf.to_string_lossy(),
            ],
        );
        assert_eq!(code, 0, "{text}");
        let script = root.join("etc/init.d/supervisord");
        let body = std::fs::read_to_string(&script).unwrap();
        assert!(
            body.contains(&conf.to_string_lossy().into_owned()),
            "{body}"
        );
        let st = Command::new("sh").arg("-n").arg(&script).status().unwrap();
        assert!(st.success(), "{init}: sh -n failed on\n{body}");
    }
}
