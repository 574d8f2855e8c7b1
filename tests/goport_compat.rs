//! Configs and deployments taken from the Go port (ochinchina/supervisord) and from
//! Python's behaviour that clients depend on: empty credentials mean no authentication, a
//! relative command is found in the program's `directory`, the daemon stays up as PID 1,
//! the 401 answer is Python's HTML page, and a group starts its members in `programs=`
//! order.

#[allow(dead_code, unused_imports)]
mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use supervisord::rpc::Value;
use support::python::venv_or_skip;
use support::{
    free_port, preamble, request, root_or_skip, rpc, temp_dir, wait_for, Daemon, Target,
};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_supervisord")
}

/// The Go port's example: `port = :PORT`, empty `username=`/`password=`, and a program
/// run as `./bin/agent` from its `directory`.
fn go_example(dir: &Path, port: u16) -> String {
    let agent_dir = dir.join("tip/agent");
    std::fs::create_dir_all(agent_dir.join("bin")).expect("mkdir");
    let agent = agent_dir.join("bin/agent");
    std::fs::write(&agent, "#!/bin/sh\necho agent up\nexec sleep 1000\n").expect("agent");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&agent, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport = :{port}\nusername=\npassword=\n\n\
         [supervisorctl]\nserverurl=http://127.0.0.1:{port}\n\n\
         [program:agent]\ncommand = ./bin/agent\ndirectory = {}\nstartsecs=1\n",
        agent_dir.display()
    )
}

#[test]
fn the_go_ports_example_runs_and_serves_every_route_without_credentials() {
    let dir = temp_dir("goexample");
    let port = free_port();
    let d = Daemon::start_conf(dir.clone(), &go_example(&dir, port));
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(15)),
        "{:?}\n{}",
        d.infos(),
        d.log()
    );
    let tcp = Target::Tcp(format!("127.0.0.1:{port}"));
    for path in [
        "/",
        "/metrics",
        "/healthz",
        "/api/v1/processes",
        "/program/list",
    ] {
        let r = request(&tcp, "GET", path, &[], b"").expect(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
    }
    assert_eq!(
        rpc(&tcp, None, "supervisor.getState", &[]).map(|_| ()),
        Ok(())
    );
    assert!(
        d.log()
            .contains("Server 'inet_http_server' running without any HTTP authentication checking"),
        "{}",
        d.log()
    );
    // `check` says so too.
    let out = Command::new(bin())
        .args(["check", "-c"])
        .arg(dir.join("supervisord.conf"))
        .output()
        .expect("check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("no authentication (empty username)"),
        "{text}"
    );
    // Our supervisorctl drives it over TCP.
    let url = format!("http://127.0.0.1:{port}");
    let out = Command::new(bin())
        .args(["ctl", "-s", &url, "status"])
        .output()
        .expect("ctl");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("agent") && text.contains("RUNNING"), "{text}");
    // Python's stock supervisorctl drives it too, down to shutdown.
    let Some(venv) = venv_or_skip("go_example stock supervisorctl") else {
        return;
    };
    let ctl = |args: &[&str]| {
        let out = Command::new(venv.join("bin/supervisorctl"))
            .args(["-s", &url])
            .args(args)
            .output()
            .expect("supervisorctl");
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let status = ctl(&["status"]);
    assert!(
        status.contains("agent") && status.contains("RUNNING"),
        "{status}"
    );
    let down = ctl(&["shutdown"]);
    assert!(down.contains("Shut down"), "{down}");
    let mut d = d;
    assert!(
        d.wait_exit(Duration::from_secs(15)).is_some(),
        "still running"
    );
}

#[test]
fn as_pid_1_without_flags_the_daemon_stays_in_the_foreground() {
    if !root_or_skip("as_pid_1") {
        return;
    }
    let dir = temp_dir("pid1");
    let d = dir.display();
    // No nodaemon: outside a container this config would daemonize.
    let conf = format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [program:sleeper]\ncommand=sleep 1000\nstartsecs=0\n"
    );
    let path = dir.join("supervisord.conf");
    std::fs::write(&path, conf).expect("conf");
    let mut ns = Command::new("unshare")
        .args(["--pid", "--fork", "--kill-child", bin(), "-c"])
        .arg(&path)
        .spawn()
        .expect("unshare");
    let target = Target::Unix(dir.join("s.sock"));
    let up = wait_for(Duration::from_secs(15), || {
        rpc(&target, None, "supervisor.getPID", &[]) == Ok(Value::Int(1))
    });
    if !up && matches!(ns.try_wait(), Ok(Some(_))) && !dir.join("main.log").exists() {
        return support::skip("as_pid_1", "unshare --pid is not permitted here");
    }
    assert!(up, "no daemon as PID 1 answered");
    // The namespace's init is still there, in the foreground, and says why.
    assert!(matches!(ns.try_wait(), Ok(None)), "PID 1 exited");
    let log = std::fs::read_to_string(dir.join("main.log")).unwrap_or_default();
    assert!(
        log.contains("running as PID 1: staying in the foreground"),
        "{log}"
    );
    let _ = rpc(&target, None, "supervisor.shutdown", &[]);
    let gone = wait_for(Duration::from_secs(15), || {
        matches!(ns.try_wait(), Ok(Some(_)))
    });
    if !gone {
        let _ = ns.kill();
    }
    assert!(gone, "the namespace did not end after shutdown");
}

/// Python's 401 page, byte for byte.
const PY_401: &str = "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n\
                      <h1>Error response</h1>\r\n<p>Error code 401.\r\n\
                      <p>Message: Unauthorized.\r\n</body>\r\n";

#[test]
fn the_401_answer_is_pythons_html_page() {
    let dir = temp_dir("auth401");
    let port = free_port();
    let d = dir.display();
    let conf = format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\nusername=u\npassword=p\n\n\
         [program:p]\ncommand=sleep 1000\n"
    );
    let _d = Daemon::start_conf(dir, &conf);
    let tcp = Target::Tcp(format!("127.0.0.1:{port}"));
    for path in ["/", "/RPC2"] {
        let r = request(&tcp, "GET", path, &[], b"").expect(path);
        assert_eq!(r.status, 401, "{path}");
        assert_eq!(r.text(), PY_401, "{path}");
        assert!(
            r.head.contains("\r\nContent-Type: text/html\r\n"),
            "{path}: {}",
            r.head
        );
    }
}

#[test]
fn equal_priorities_start_in_the_order_programs_lists_them() {
    let dir = temp_dir("grouporder");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:q2]\ncommand=sleep 1000\nstartsecs=0\n\n\
         [program:q1]\ncommand=sleep 1000\nstartsecs=0\n\n\
         [program:q10]\ncommand=sleep 1000\nstartsecs=0\n\n\
         [group:g]\nprograms=q2,q10,q1\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(d.wait_all("RUNNING", Duration::from_secs(10)));
    let log = d.log();
    let spawned: Vec<&str> = log
        .lines()
        .filter_map(|l| l.split("spawned: '").nth(1))
        .filter_map(|l| l.split('\'').next())
        .collect();
    assert_eq!(spawned, vec!["q2", "q10", "q1"], "{log}");
    // getAllProcessInfo lists them by name all the same, as Python's (lexical=True) does.
    let names: Vec<String> = d.infos().into_iter().map(|(n, _, _)| n).collect();
    assert_eq!(names, vec!["g:q1", "g:q10", "g:q2"]);
}
