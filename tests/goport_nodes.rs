//! The Go port's multi-node view: `[inet_http_server] nodename`, `remotes`, our
//! `remote_<node>_username/password` and `remotes_timeout`; `/supervisor/listNodes` and the
//! `{node}` routes forwarded to the remote daemon. Two daemons on loopback ports, plus a
//! node that accepts connections and never answers: it shows as OFFLINE within its
//! timeout while the other node and the local routes answer at once.

#[allow(dead_code, unused_imports)]
mod support;

use std::net::TcpListener;
use std::process::Command;
use std::time::{Duration, Instant};

use supervisord::http::json;
use supervisord::rpc::Value;
use support::webdriver::Driver;
use support::{fetch, free_port, temp_dir, wait_for, Daemon, Target};

const A_AUTH: (&str, &str) = ("Authorization", "Basic YWRtaW46c2VjcmV0"); // admin:secret

fn daemon_conf(dir: &std::path::Path, port: u16, extra: &str, program: &str) -> String {
    let d = dir.display();
    format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\n{extra}\n\n\
         [program:{program}]\ncommand=sh -c 'echo hello from {program}; exec sleep 1000'\n\
         startsecs=0\nstdout_logfile={d}/{program}.out\n"
    )
}

fn parse(body: &str) -> Value {
    json::parse(body.trim()).unwrap_or_else(|e| panic!("not JSON ({e:?}): {body}"))
}

fn get<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(k),
        _ => None,
    }
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    get(v, k).and_then(Value::as_str).unwrap_or("")
}

fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        _ => panic!("not an array: {v:?}"),
    }
}

struct Fleet {
    a: Daemon,
    b: Daemon,
    a_tcp: Target,
    a_conf: std::path::PathBuf,
    silent: TcpListener,
}

/// Node A (admin:secret) with remotes node-b (a daemon wanting bob:pw) and node-c (a
/// socket that never answers), node-w (node B again, without credentials),
/// `remotes_timeout = 1`.
fn fleet(name: &str) -> Fleet {
    let (pa, pb) = (free_port(), free_port());
    let silent = TcpListener::bind("127.0.0.1:0").expect("bind silent");
    let pc = silent.local_addr().expect("addr").port();
    let dir_b = temp_dir(&format!("{name}-b"));
    let b = Daemon::start_conf(
        dir_b.clone(),
        &daemon_conf(
            &dir_b,
            pb,
            "username=bob\npassword=pw\nnodename=node-b",
            "bprog",
        ),
    );
    let dir_a = temp_dir(&format!("{name}-a"));
    let extra = format!(
        "username=admin\npassword=secret\nnodename=node-a\n\
         remotes = node-b:127.0.0.1:{pb}, node-c:127.0.0.1:{pc}, node-w:127.0.0.1:{pb}\n\
         remote_node-b_username=bob\nremote_node-b_password=pw\nremotes_timeout=1"
    );
    let a = Daemon::start_conf(dir_a.clone(), &daemon_conf(&dir_a, pa, &extra, "aprog"));
    assert!(
        a.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        a.infos()
    );
    assert!(
        b.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        b.infos()
    );
    Fleet {
        a,
        b,
        a_tcp: Target::port(pa),
        a_conf: dir_a.join("supervisord.conf"),
        silent,
    }
}

fn timed(t: &Target, method: &str, path: &str, body: &[u8]) -> (support::Resp, Duration) {
    let start = Instant::now();
    let r = fetch(t, method, path, &[A_AUTH], body);
    (r, start.elapsed())
}

#[test]
fn list_nodes_shows_the_silent_node_offline_within_its_timeout() {
    let f = fleet("nodes-list");
    // Meanwhile the HTTP thread answers local and node-b routes at once.
    let tcp = f.a_tcp.clone();
    let slow = std::thread::spawn(move || timed(&tcp, "GET", "/supervisor/listNodes", b""));
    // listNodes is in flight once node A has connected to the silent node.
    f.silent.set_nonblocking(true).expect("nonblocking");
    let held = support::wait_some(Duration::from_secs(5), || f.silent.accept().ok());
    assert!(held.is_some(), "node A never connected to node-c");
    let (r, took) = timed(&f.a_tcp, "GET", "/program/info/node-a/aprog", b"");
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        took < Duration::from_millis(500),
        "local route took {took:?}"
    );
    let (r, took) = timed(&f.a_tcp, "GET", "/program/info/node-b/bprog", b"");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(s(&parse(&r.text()), "name"), "bprog");
    assert!(
        took < Duration::from_millis(500),
        "node-b route took {took:?}"
    );

    let (r, took) = slow.join().expect("listNodes");
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_millis(2500),
        "listNodes took {took:?}"
    );
    let nodes = items(&parse(&r.text()));
    let summary: Vec<(String, String)> = nodes
        .iter()
        .map(|n| (s(n, "name").to_string(), s(n, "status").to_string()))
        .collect();
    assert_eq!(
        summary,
        [
            ("node-a".to_string(), "ONLINE".to_string()),
            ("node-b".into(), "ONLINE".into()),
            ("node-c".into(), "OFFLINE".into()),
            ("node-w".into(), "OFFLINE".into()),
        ]
    );
    assert!(s(&nodes[3], "error").contains("401"), "{:?}", nodes[3]);
    // Without credentials node B refuses: a 502 saying so, not B's 401.
    let (r, _) = timed(&f.a_tcp, "GET", "/program/info/node-w/bprog", b"");
    assert_eq!(r.status, 502, "{}", r.text());
    assert!(
        r.text().contains("refused the configured credentials"),
        "{}",
        r.text()
    );
    // A request another node sent on is answered here, never sent further.
    let hop = [A_AUTH, ("X-Supervisord-Forwarded", "1")];
    let r = fetch(&f.a_tcp, "GET", "/program/info/node-b/aprog", &hop, b"");
    assert_eq!(
        (r.status, s(&parse(&r.text()), "name")),
        (200, "aprog"),
        "{}",
        r.text()
    );
    assert!(s(&nodes[2], "error").contains("in time"), "{:?}", nodes[2]);
    assert_eq!(get(&nodes[0], "local"), Some(&Value::Bool(true)));

    // A request to the silent node alone fails within its timeout, as 502.
    let (r, took) = timed(&f.a_tcp, "GET", "/program/info/node-c/x", b"");
    assert_eq!(r.status, 502, "{}", r.text());
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_millis(2500),
        "{took:?}"
    );
    // Ping: node-b up, node-c down; an unknown node is this one.
    let ping = |node: &str| timed(&f.a_tcp, "GET", &format!("/supervisor/{node}/ping"), b"").0;
    assert_eq!(ping("node-b").text().trim(), r#"{"success":true}"#);
    assert_eq!(ping("node-c").text().trim(), r#"{"success":false}"#);
    assert_eq!(ping("node-a").text().trim(), r#"{"success":true}"#);
    // Every route wants A's credentials, remote or not.
    let r = fetch(&f.a_tcp, "GET", "/supervisor/listNodes", &[], b"");
    assert_eq!(r.status, 401);
    let r = fetch(&f.a_tcp, "POST", "/program/stop/node-b/bprog", &[], b"");
    assert_eq!(r.status, 401);
    assert!(f.b.wait_all("RUNNING", Duration::from_secs(1)));
}

#[test]
fn remote_programs_are_listed_and_driven_through_one_daemon() {
    let f = fleet("nodes-drive");
    // node-b's programs alone, fast.
    let (r, took) = timed(&f.a_tcp, "GET", "/program/list?node=node-b", b"");
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(took < Duration::from_millis(500), "{took:?}");
    let list = items(&parse(&r.text()));
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(
        (s(&list[0], "node"), s(&list[0], "name")),
        ("node-b", "bprog")
    );
    // Every node's, node-c missing (it never answers).
    let (r, _) = timed(&f.a_tcp, "GET", "/program/list", b"");
    let all: Vec<(String, String)> = items(&parse(&r.text()))
        .iter()
        .map(|p| (s(p, "node").to_string(), s(p, "name").to_string()))
        .collect();
    assert_eq!(
        all,
        [
            ("node-a".to_string(), "aprog".to_string()),
            ("node-b".into(), "bprog".into())
        ]
    );

    // Stop and start node-b's program through node A.
    let (r, _) = timed(&f.a_tcp, "POST", "/program/stop/node-b/bprog", b"");
    assert_eq!(r.text().trim(), r#"{"success":true}"#);
    assert!(
        f.b.wait_all("STOPPED", Duration::from_secs(10)),
        "{:?}",
        f.b.infos()
    );
    assert!(
        f.a.wait_all("RUNNING", Duration::from_secs(1)),
        "A's own program untouched"
    );
    let (r, _) = timed(&f.a_tcp, "POST", "/program/start/node-b/bprog", b"");
    assert_eq!(r.text().trim(), r#"{"success":true}"#);
    assert!(
        f.b.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        f.b.infos()
    );
    let batch = br#"[{"node": "node-b", "program": "bprog"}, {"program": "aprog"}]"#;
    let (r, _) = timed(&f.a_tcp, "POST", "/program/stopPrograms", batch);
    assert_eq!(r.text(), "bprog: OK\naprog: OK\n");
    assert!(
        f.b.wait_all("STOPPED", Duration::from_secs(10)),
        "{:?}",
        f.b.infos()
    );
    assert!(
        f.a.wait_all("STOPPED", Duration::from_secs(10)),
        "{:?}",
        f.a.infos()
    );
    let (r, _) = timed(&f.a_tcp, "POST", "/program/startPrograms", batch);
    assert_eq!(r.text(), "bprog: OK\naprog: OK\n");
    assert!(
        f.b.wait_all("RUNNING", Duration::from_secs(10)),
        "{:?}",
        f.b.infos()
    );

    // node-b's log, read through A.
    assert!(wait_for(Duration::from_secs(10), || {
        timed(&f.a_tcp, "GET", "/program/log/node-b/bprog/stdout", b"")
            .0
            .text()
            .contains("hello from bprog")
    }));

    // `check --json --extensions` shows the keys; a credential for an unknown node is an
    // error naming it.
    let out = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["check", "--json", "--extensions", "-c"])
        .arg(&f.a_conf)
        .output()
        .expect("check");
    let doc = String::from_utf8_lossy(&out.stdout);
    assert!(
        doc.contains("\"nodename\": \"node-a\"") && doc.contains("\"node-c\""),
        "{doc}"
    );
    let bad = f.a_conf.with_file_name("bad.conf");
    let text = std::fs::read_to_string(&f.a_conf).expect("conf");
    std::fs::write(
        &bad,
        text.replace("remote_node-b_username", "remote_node-x_username"),
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["check", "-c"])
        .arg(&bad)
        .output()
        .expect("check");
    let err =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        !out.status.success() && err.contains("no node \"node-x\" in remotes"),
        "{err}"
    );
}

/// The web UI of node A in headless Chromium: the "all nodes" table shows node-b ONLINE and
/// node-c OFFLINE; switching to node-b lists its program, and its "stop" button stops it
/// on node-b. Skips when chromium or chromedriver is missing.
#[test]
fn the_node_switcher_drives_a_remote_node_in_headless_chromium() {
    let test = "the_node_switcher_drives_a_remote_node_in_headless_chromium";
    let (Some(chromium), Some(chromedriver)) = (
        support::ci_tool(test, &["chromium", "chromium-browser", "google-chrome"]),
        support::ci_tool(test, &["chromedriver"]),
    ) else {
        return;
    };
    let f = fleet("nodes-ui");
    let Target::Tcp(addr) = &f.a_tcp else {
        unreachable!()
    };
    let profile = f.a.path("chromium-profile");
    std::fs::create_dir_all(&profile).expect("mkdir profile");
    let mut driver = Driver::start(&chromedriver, &f.a.path("chromedriver.log"));
    driver.new_session(&chromium, &profile);
    let url = format!("http://admin:secret@{addr}/");
    driver.session_call(
        "POST",
        "/url",
        &json::to_json(&Value::strukt([("url", Value::Str(url))])),
    );
    let node_row = |node: &str, status: &str| {
        format!("//tbody[@id='nodes-all']/tr[@data-node='{node}']/td[2]/span[text()='{status}']")
    };
    for (node, status) in [
        ("node-a", "ONLINE"),
        ("node-b", "ONLINE"),
        ("node-c", "OFFLINE"),
    ] {
        assert!(
            driver
                .wait_element(&node_row(node, status), Duration::from_secs(30))
                .is_some(),
            "page never showed {node} {status}:\n{}",
            driver.body()
        );
    }
    assert!(
        driver
            .wait_element(
                "//tbody[@id='nodes-all']/tr[@data-node='node-b']/td[4][text()='1 running of 1']",
                Duration::from_secs(30)
            )
            .is_some(),
        "{}",
        driver.body()
    );

    driver.click("//select[@id='nodes-switch']/option[@value='node-b']");
    let badge = |state: &str| {
        format!("//tbody[@id='nodes-rows']/tr[@data-name='bprog']/td[2]/span[text()='{state}']")
    };
    assert!(
        driver
            .wait_element(&badge("RUNNING"), Duration::from_secs(30))
            .is_some(),
        "node-b's program never listed:\n{}",
        driver.body()
    );
    driver.click("//tbody[@id='nodes-rows']/tr[@data-name='bprog']//button[text()='stop']");
    assert!(
        driver
            .wait_element(&badge("STOPPED"), Duration::from_secs(30))
            .is_some(),
        "page never showed bprog STOPPED:\n{}",
        driver.body()
    );
    assert!(
        f.b.wait_all("STOPPED", Duration::from_secs(5)),
        "{:?}",
        f.b.infos()
    );
    assert!(
        f.a.wait_all("RUNNING", Duration::from_secs(1)),
        "{:?}",
        f.a.infos()
    );
    if let Ok(path) = std::env::var("SV_UI_SCREENSHOT") {
        let png = driver.session_call("GET", "/screenshot", "");
        let bytes = png
            .as_str()
            .and_then(supervisord::rpc::base64::decode)
            .expect("png");
        std::fs::write(format!("{path}.nodes.png"), bytes).expect("write screenshot");
    }
}
