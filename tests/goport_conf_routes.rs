//! The Go port's config and log routes: `/conf/{program}`, `/confFile`, `/log`,
//! `/log/{program}/[file]` — their answers, Basic auth on each, and no way out of a
//! program's own log files (`..`, encoded slashes, symlinks, other files of the directory).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use supervisord::http::json;
use supervisord::rpc::Value;
use support::{fetch, free_port, temp_dir, wait_for, Daemon, Target};

const AUTH: (&str, &str) = ("Authorization", "Basic YWRtaW46c2VjcmV0"); // admin:secret

fn conf(dir: &std::path::Path, port: u16) -> String {
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\nusername=admin\npassword=secret\n\n\
         [program:a]\ncommand=sh -c 'echo hello-a; exec sleep 1000'\nstartsecs=0\n\
         stdout_logfile={d}/logs/a.out\nstderr_logfile={d}/logs/a.err\nenvironment=K=\"v\"\n\n\
         [program:b]\ncommand=sleep 1000\nstartsecs=0\nstdout_logfile={d}/logs/b.out\n"
    )
}

fn parse(body: &str) -> Value {
    json::parse(body.trim()).unwrap_or_else(|e| panic!("not JSON ({e:?}): {body}"))
}

fn names(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items
            .iter()
            .filter_map(|i| match i {
                Value::Struct(m) => m.get("name").and_then(Value::as_str).map(str::to_string),
                _ => None,
            })
            .collect(),
        _ => vec![],
    }
}

#[test]
fn config_and_log_routes_answer_and_never_leave_the_programs_logs() {
    let dir = temp_dir("goconf");
    std::fs::create_dir_all(dir.join("logs")).expect("mkdir");
    std::fs::write(dir.join("logs/secret.txt"), "not for you").expect("secret");
    std::fs::write(dir.join("logs/a.out.1"), "old rotated").expect("backup");
    std::fs::write(dir.join("outside.txt"), "OUTSIDE-CONTENT").expect("outside");
    std::os::unix::fs::symlink(dir.join("outside.txt"), dir.join("logs/a.out.2")).expect("ln");
    let port = free_port();
    let text = conf(&dir, port);
    let d = Daemon::start_conf(dir.clone(), &text);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        d.infos()
    );
    let tcp = Target::port(port);
    let get = |path: &str| fetch(&tcp, "GET", path, &[AUTH], b"");

    // Every route wants the credentials.
    for path in ["/conf/a", "/confFile", "/log", "/log/a/", "/log/a/a.out"] {
        assert_eq!(fetch(&tcp, "GET", path, &[], b"").status, 401, "{path}");
    }

    let r = get("/conf/a");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    let v = parse(&r.text());
    let Value::Struct(m) = &v else {
        panic!("{v:?}")
    };
    assert_eq!(m.get("name").and_then(Value::as_str), Some("a"));
    assert!(m["command"].as_str().is_some_and(|c| c.contains("hello-a")));
    assert!(m.contains_key("ext"), "extension keys included: {v:?}");
    assert_eq!(get("/conf/nosuch").status, 404);

    let r = get("/confFile");
    assert_eq!((r.status, r.text()), (200, text.clone()));

    let r = get("/log");
    assert_eq!(r.status, 200);
    let idx = parse(&r.text());
    assert_eq!(names(&idx), ["a", "b"]);
    assert!(r.text().contains("\"url\":\"/log/a/\""), "{}", r.text());

    // The listing: a's logs and its backup, not the other files, not the symlink.
    assert!(wait_for(Duration::from_secs(10), || get("/log/a/a.out")
        .text()
        .contains("hello-a")));
    let r = get("/log/a/");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(names(&parse(&r.text())), ["a.err", "a.out", "a.out.1"]);
    assert_eq!(get("/log/a/a.out.1").text(), "old rotated");
    assert_eq!(get("/log/nosuch/").status, 404);

    for escape in [
        "/log/a/secret.txt",
        "/log/a/b.out",
        "/log/a/a.out.2",
        "/log/a/..",
        "/log/a/%2e%2e",
        "/log/a/..%2Fsecret.txt",
        "/log/a/..%2F..%2Foutside.txt",
        "/log/a/%2Fetc%2Fpasswd",
        "/log/a/../../outside.txt",
        "/log/a%2F..%2F..%2Foutside.txt/a.out",
        "/log/../outside.txt",
        "/conf/..%2F..%2Fetc%2Fpasswd",
    ] {
        let r = get(escape);
        assert!(
            r.status == 404
                && !r.text().contains("OUTSIDE-CONTENT")
                && !r.text().contains("not for you"),
            "{escape}: {} {}",
            r.status,
            r.text()
        );
    }
    assert_eq!(fetch(&tcp, "POST", "/confFile", &[AUTH], b"").status, 405);
}
