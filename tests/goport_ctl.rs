//! The Go port's `supervisord ctl` verbs and flags on our ctl: `start-group`, `stop-group`,
//! `logtail [-t stdout|stderr]`, `-s URL -u USER -P PASSWORD -v`, beside Python's syntax.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::{Command, Output};
use std::time::Duration;

use support::{free_port, temp_dir, Daemon};

fn ctl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .arg("ctl")
        .args(args)
        .output()
        .expect("run ctl")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn conf(dir: &std::path::Path, port: u16) -> String {
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\nusername=admin\npassword=secret\n\n\
         [program:a]\ncommand=sh -c 'echo out-of-a; echo err-of-a >&2; exec sleep 1000'\n\
         startsecs=0\nstdout_logfile={d}/a.out\nstderr_logfile={d}/a.err\n\n\
         [program:b]\ncommand=sleep 1000\nstartsecs=0\n\n\
         [group:g]\nprograms=a,b\n"
    )
}

#[test]
fn go_verbs_and_flags_drive_the_daemon() {
    let dir = temp_dir("goctl");
    let port = free_port();
    let d = Daemon::start_conf(dir.clone(), &conf(&dir, port));
    let url = format!("http://127.0.0.1:{port}");
    let go = |args: &[&str]| {
        let mut all = vec!["-s", url.as_str(), "-u", "admin", "-P", "secret"];
        all.extend_from_slice(args);
        ctl(&all)
    };

    let o = go(&["stop-group", "g"]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(
        t.contains("g:a: stopped") && t.contains("g:b: stopped"),
        "{t}"
    );
    assert!(
        d.wait_all("STOPPED", Duration::from_secs(10)),
        "{:?}",
        d.infos()
    );

    let o = go(&["start-group", "g"]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(
        t.contains("g:a: started") && t.contains("g:b: started"),
        "{t}"
    );
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        d.infos()
    );

    let o = go(&["stop-group", "nosuch"]);
    assert!(
        text(&o).contains("nosuch: ERROR (no such group)"),
        "{}",
        text(&o)
    );
    assert_eq!(o.status.code(), Some(1));

    support::wait_for(Duration::from_secs(10), || {
        text(&go(&["logtail", "g:a"])).matches("out-of-a").count() == 2
    });
    // The log's bytes as they are (the program ran twice: two lines).
    let o = go(&["logtail", "g:a"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "out-of-a\nout-of-a\n");
    let o = go(&["logtail", "-t", "stderr", "g:a"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "err-of-a\nerr-of-a\n");
    let o = go(&["logtail", "--type=stderr", "g:a"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "err-of-a\nerr-of-a\n");
    let o = go(&["logtail", "nosuch"]);
    assert!(
        text(&o).contains("nosuch: ERROR (no such process name)"),
        "{}",
        text(&o)
    );

    // -v shows the XML-RPC exchange on stderr; stdout is unchanged.
    let o = go(&["-v", "status"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("request: ") && err.contains("getAllProcessInfo"),
        "{err}"
    );
    assert!(err.contains("response: "), "{err}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("RUNNING"));

    // Python's syntax still works: -p password, --username, and `start -group` is Python's
    // (an unknown process named "-group").
    let o = ctl(&[
        "-s",
        &url,
        "--username",
        "admin",
        "-p",
        "secret",
        "stop",
        "g:*",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let o = ctl(&[
        "-s", &url, "-u", "admin", "-p", "secret", "start", "-group", "g",
    ]);
    assert!(
        text(&o).contains("-group: ERROR (no such process)"),
        "{}",
        text(&o)
    );
    // Wrong password with -P: refused like with -p.
    let o = ctl(&["-s", &url, "-u", "admin", "-P", "wrong", "status"]);
    assert!(
        text(&o).contains("Server requires authentication"),
        "{}",
        text(&o)
    );
}
