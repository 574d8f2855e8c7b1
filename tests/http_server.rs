//! End-to-end tests of the HTTP side over a real unix socket and a loopback TCP port,
//! with a fake event loop answering the calls.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;

use supervisord::config::model::{InetHttpServer, UnixHttpServer};
use supervisord::ctl::client::Client;
use supervisord::http::{
    self, auth::basic_header, HttpError, HttpOptions, HttpServers, HttpThreads,
};
use supervisord::rpc::{faults, xml, Value};
use support::fake_loop::fake_loop;
use support::{fetch as request, temp_dir as scratch, wait_for, Target};

fn unix_cfg(dir: &std::path::Path) -> UnixHttpServer {
    UnixHttpServer {
        file: dir.join("s.sock"),
        chmod: 0o700,
        chown: None,
        username: None,
        password: None,
    }
}

fn inet_cfg(user: Option<&str>, pass: Option<&str>) -> InetHttpServer {
    InetHttpServer {
        host: "127.0.0.1".into(),
        port: 0,
        username: user.map(str::to_string),
        password: pass.map(str::to_string),
        nodes: Default::default(),
    }
}

struct Setup {
    threads: HttpThreads,
    model: std::sync::Arc<support::fake_loop::Model>,
    unix: Target,
    tcp: Target,
}

fn setup(tag: &str, inet: InetHttpServer) -> Setup {
    let dir = scratch(tag);
    let (handle, model) = fake_loop();
    let servers = HttpServers {
        unix: Some(unix_cfg(&dir)),
        inet: Some(inet),
    };
    let threads = http::spawn(&servers, handle, HttpOptions::default()).expect("spawn");
    let unix = Target::Unix(threads.unix_path().expect("unix path"));
    let tcp = Target::Tcp(threads.inet_addr().expect("inet addr").to_string());
    Setup {
        threads,
        model,
        unix,
        tcp,
    }
}

fn rpc(t: &Target, method: &str, params: &[Value]) -> support::Resp {
    let body = xml::encode_call(method, params);
    request(
        t,
        "POST",
        "/RPC2",
        &[("Content-Type", "text/xml")],
        body.as_bytes(),
    )
}

fn rpc_value(t: &Target, method: &str, params: &[Value]) -> Result<Value, supervisord::rpc::Fault> {
    let r = rpc(t, method, params);
    assert_eq!(r.status, 200, "{method}: {}", r.body);
    xml::decode_response(&r.body).expect("decodes")
}

#[test]
fn rpc2_over_unix_socket_and_tcp() {
    let s = setup("rpc2", inet_cfg(None, None));
    for t in [&s.unix, &s.tcp] {
        assert_eq!(
            rpc_value(t, "supervisor.getVersion", &[]),
            Ok(Value::Str("3.0".into()))
        );
        let Ok(Value::Array(methods)) = rpc_value(t, "system.listMethods", &[]) else {
            panic!("listMethods")
        };
        assert_eq!(methods.len(), 41);
        let sig = rpc_value(
            t,
            "system.methodSignature",
            &[Value::Str("supervisor.startProcess".into())],
        );
        assert_eq!(
            sig,
            Ok(Value::Array(vec![
                Value::Str("boolean".into()),
                Value::Str("string".into()),
                Value::Str("boolean".into())
            ]))
        );
        let help = rpc_value(
            t,
            "system.methodHelp",
            &[Value::Str("supervisor.getPID".into())],
        );
        assert!(matches!(help, Ok(Value::Str(h)) if h.contains("@return int PID")));
        assert_eq!(
            rpc_value(t, "supervisor.nope", &[]).map_err(|f| f.code),
            Err(faults::UNKNOWN_METHOD)
        );
        assert_eq!(
            rpc_value(t, "supervisor.getPID", &[Value::Int(1)]).map_err(|f| f.code),
            Err(faults::INCORRECT_PARAMETERS)
        );
        let err = rpc_value(t, "supervisor.getProcessInfo", &[Value::Str("zzz".into())]);
        assert_eq!(
            err.map_err(|f| (f.code, f.message)),
            Err((faults::BAD_NAME, "BAD_NAME: zzz".into()))
        );
    }
    // The loop sees canonical names with `wait` filled in.
    let calls = s.model.calls.lock().expect("lock").clone();
    assert!(
        calls.contains(&"supervisor.getAPIVersion".to_string()),
        "{calls:?}"
    );
    assert!(!calls.iter().any(|c| c.starts_with("system.")));
    s.threads.shutdown();
}

#[test]
fn multicall_expands_and_reports_faults_inline() {
    let s = setup("multicall", inet_cfg(None, None));
    let call = |name: &str, params: Vec<Value>| {
        Value::strukt([
            ("methodName", Value::Str(name.into())),
            ("params", Value::Array(params)),
        ])
    };
    let calls = Value::Array(vec![
        call("supervisor.getPID", vec![]),
        call("supervisor.getProcessInfo", vec![Value::Str("nope".into())]),
        call("system.multicall", vec![Value::Array(vec![])]),
        Value::strukt([("params", Value::Array(vec![]))]),
        call("system.listMethods", vec![]),
    ]);
    let Ok(Value::Array(results)) = rpc_value(&s.unix, "system.multicall", &[calls]) else {
        panic!("multicall")
    };
    assert_eq!(results.len(), 5);
    assert_eq!(results[0], Value::Int(42));
    let code = |v: &Value| match v {
        Value::Struct(m) => m.get("faultCode").and_then(Value::as_int),
        _ => None,
    };
    assert_eq!(code(&results[1]), Some(i64::from(faults::BAD_NAME)));
    assert_eq!(
        code(&results[2]),
        Some(i64::from(faults::INCORRECT_PARAMETERS))
    );
    assert_eq!(
        code(&results[3]),
        Some(i64::from(faults::INCORRECT_PARAMETERS))
    );
    assert!(matches!(&results[4], Value::Array(a) if a.len() == 41));
}

#[test]
fn python_xmlrpc_client_understands_our_replies() {
    let s = setup("pyclient", inet_cfg(None, None));
    let Target::Tcp(addr) = s.tcp else {
        panic!("tcp")
    };
    let script = format!(
        "import xmlrpc.client as x\n\
         p = x.ServerProxy('http://{addr}/RPC2')\n\
         print(p.supervisor.getAPIVersion())\n\
         print(len(p.system.listMethods()))\n\
         print(sorted(p.supervisor.getProcessInfo('web').keys())[0])\n\
         try:\n    p.supervisor.startProcess('web')\nexcept x.Fault as f:\n    print(f.faultCode, f.faultString)\n\
         print(p.system.multicall([{{'methodName': 'supervisor.getPID', 'params': []}}]))\n"
    );
    let out = match std::process::Command::new("python3")
        .arg("-c")
        .arg(&script)
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            support::skip(
                "python_xmlrpc_client_understands_our_replies",
                "python3 not available",
            );
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "3.0\n41\nautostart\n60 ALREADY_STARTED: web\n[42]\n"
    );
}

#[test]
fn basic_auth_plain_and_sha() {
    let s = setup(
        "auth",
        inet_cfg(
            Some("user"),
            Some("{SHA}82ab876d1387bfafe46cc1c8a2ef074eae50cb1d"),
        ),
    );
    let body = xml::encode_call("supervisor.getPID", &[]);
    let r = request(&s.tcp, "POST", "/RPC2", &[], body.as_bytes());
    assert_eq!(r.status, 401);
    assert_eq!(
        r.header("WWW-Authenticate"),
        Some("Basic realm=\"default\"")
    );
    let wrong = basic_header("user", "nope");
    let r = request(
        &s.tcp,
        "POST",
        "/RPC2",
        &[("Authorization", &wrong)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 401);
    let r = request(
        &s.tcp,
        "GET",
        "/api/v1/processes",
        &[("Authorization", "Basic !!")],
        b"",
    );
    assert_eq!(r.status, 400);
    let good = basic_header("user", "thepassword");
    let r = request(
        &s.tcp,
        "POST",
        "/RPC2",
        &[("Authorization", &good)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200);
    // The unix server has no auth configured.
    let r = request(&s.unix, "POST", "/RPC2", &[], body.as_bytes());
    assert_eq!(r.status, 200);
    // Our ctl client sends the credentials.
    let Target::Tcp(addr) = s.tcp else { panic!() };
    let c = Client::new(
        &format!("http://{addr}"),
        Some("user".into()),
        Some("thepassword".into()),
    );
    assert_eq!(
        c.call("supervisor.getPID", &[]).expect("call"),
        Ok(Value::Int(42))
    );
}

#[test]
fn bad_requests_get_4xx_and_server_keeps_serving() {
    let s = setup("bad", inet_cfg(None, None));
    assert_eq!(request(&s.unix, "GET", "/RPC2", &[], b"").status, 400);
    assert_eq!(
        request(&s.unix, "POST", "/RPC2", &[], b"<methodCall><oops>").status,
        400
    );
    assert_eq!(
        request(&s.unix, "POST", "/RPC2", &[], b"<methodCall></methodCall>").status,
        400
    );
    assert_eq!(
        request(&s.unix, "POST", "/RPC2", &[], &[0xff, 0xfe]).status,
        400
    );
    let big = vec![b'a'; 2 * 1024 * 1024];
    assert_eq!(request(&s.unix, "POST", "/RPC2", &[], &big).status, 413);
    assert_eq!(request(&s.unix, "GET", "/nope", &[], b"").status, 404);
    let deep = "<methodCall><methodName>a.b</methodName><params><param>".to_string()
        + &"<value><array><data>".repeat(200)
        + &"</data></array></value>".repeat(200)
        + "</param></params></methodCall>";
    assert_eq!(
        request(&s.unix, "POST", "/RPC2", &[], deep.as_bytes()).status,
        400
    );
    assert_eq!(
        rpc_value(&s.unix, "supervisor.getPID", &[]),
        Ok(Value::Int(42))
    );
}

#[test]
fn json_api_routes() {
    let s = setup("json", inet_cfg(None, None));
    let t = &s.tcp;
    let r = request(t, "GET", "/api/v1/processes", &[], b"");
    assert_eq!(r.status, 200);
    assert!(
        r.body.starts_with('[') && r.body.contains("\"name\":\"web\""),
        "{}",
        r.body
    );
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    let r = request(t, "GET", "/api/v1/processes/grp%3Aw1", &[], b"");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"statename\":\"RUNNING\""));
    let r = request(t, "GET", "/api/v1/processes/nope", &[], b"");
    assert_eq!(r.status, 404);
    assert_eq!(
        r.body.trim(),
        r#"{"error":{"code":10,"message":"BAD_NAME: nope","name":"BAD_NAME"}}"#
    );
    assert_eq!(
        request(t, "POST", "/api/v1/processes/db/start", &[], b"").status,
        200
    );
    let r = request(t, "POST", "/api/v1/processes/db/start", &[], b"");
    assert_eq!(r.status, 409);
    assert!(r.body.contains("ALREADY_STARTED"));
    for (method, path, status) in [
        ("POST", "/api/v1/processes/db/stop", 200),
        ("POST", "/api/v1/processes/db/stop", 409),
        ("POST", "/api/v1/processes/db/restart", 200),
        ("POST", "/api/v1/processes/web/signal/HUP", 200),
        ("POST", "/api/v1/processes/web/signal/BOGUS", 400),
        ("POST", "/api/v1/processes/web/clear", 200),
        ("POST", "/api/v1/processes/all/stop", 200),
        ("POST", "/api/v1/processes/all/start", 200),
    ] {
        let r = request(t, method, path, &[], b"");
        assert_eq!(r.status, status, "{method} {path}: {}", r.body);
    }
    s.model.append_log("web/stdout", "hello world\n");
    let r = request(
        t,
        "GET",
        "/api/v1/processes/web/log?stream=stdout&offset=-6&length=0",
        &[],
        b"",
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("\"data\":\"world\\n\""), "{}", r.body);
    assert_eq!(
        request(t, "GET", "/api/v1/processes/web/log?stream=nope", &[], b"").status,
        400
    );
    assert_eq!(
        request(t, "GET", "/api/v1/processes/web/log?offset=x", &[], b"").status,
        400
    );
    assert_eq!(request(t, "POST", "/api/v1/reload", &[], b"").status, 200);
    assert_eq!(request(t, "POST", "/api/v1/shutdown", &[], b"").status, 200);
    assert_eq!(request(t, "GET", "/api/v1/shutdown", &[], b"").status, 405);
    assert_eq!(request(t, "GET", "/api/v1/bogus", &[], b"").status, 404);
}

#[test]
fn go_port_rest_routes() {
    let s = setup("gorest", inet_cfg(None, None));
    let t = &s.tcp;
    let r = request(t, "GET", "/program/list", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("\"name\":\"db\""));
    assert_eq!(request(t, "GET", "/program/info/web", &[], b"").status, 200);
    assert_eq!(
        request(t, "GET", "/program/info/node1/nope", &[], b"").status,
        500
    );
    let r = request(t, "POST", "/program/start/db", &[], b"");
    assert_eq!((r.status, r.body.trim()), (200, "{\"success\":true}"));
    let r = request(t, "PUT", "/program/start/node1/db", &[], b"");
    assert_eq!((r.status, r.body.trim()), (200, "{\"success\":false}"));
    assert_eq!(
        request(t, "POST", "/program/restart/db", &[], b"").status,
        200
    );
    let r = request(t, "POST", "/program/stop/db", &[], b"");
    assert_eq!(r.body.trim(), "{\"success\":true}");
    s.model.append_log("web/stderr", "oops\n");
    let r = request(t, "GET", "/program/log/web/stderr", &[], b"");
    assert_eq!((r.status, r.body.as_str()), (200, "oops\n"));
    let r = request(
        t,
        "POST",
        "/program/startPrograms",
        &[],
        br#"[{"node":"x","program":"db"}]"#,
    );
    assert_eq!((r.status, r.body.as_str()), (200, "db: OK\n"));
    assert_eq!(
        request(t, "POST", "/program/stopPrograms", &[], b"{").status,
        400
    );
    let r = request(t, "POST", "/supervisor/reload", &[], b"");
    assert_eq!(r.body.trim(), "{\"success\":true}");
    assert_eq!(
        request(t, "GET", "/supervisor/n/ping", &[], b"").status,
        200
    );
}

#[test]
fn probes_and_metrics() {
    let s = setup("probes", inet_cfg(None, None));
    let t = &s.tcp;
    let r = request(t, "GET", "/healthz", &[], b"");
    assert_eq!((r.status, r.body.as_str()), (200, "ok\n"));
    // db is STOPPED but not autostart, so the daemon is ready.
    let r = request(t, "GET", "/readyz", &[], b"");
    assert_eq!(r.status, 200, "{}", r.body);
    request(t, "POST", "/api/v1/processes/web/stop", &[], b"");
    let r = request(t, "GET", "/readyz", &[], b"");
    assert_eq!(r.status, 503);
    assert!(r.body.contains("\"not_ready\":[\"web\"]"), "{}", r.body);
    let r = request(t, "GET", "/metrics", &[], b"");
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains("node_supervisord_up{group=\"grp\",name=\"w1\"} 1\n"),
        "{}",
        r.body
    );
    assert!(r
        .body
        .contains("node_supervisord_up{group=\"web\",name=\"web\"} 0\n"));
    assert!(r
        .body
        .contains("node_supervisord_state{group=\"db\",name=\"db\"} 0\n"));
    assert!(r
        .body
        .contains("supervisord_process_spawns_total{group=\"web\",name=\"web\"} 3\n"));
}

#[test]
fn web_ui_is_self_contained() {
    let s = setup("ui", inet_cfg(None, None));
    let r = request(&s.tcp, "GET", "/", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<script") && r.body.contains("/api/v1/"));
    assert!(!r.body.contains("src=") && !r.body.contains("href=\"http"));
}

#[test]
fn logtail_streams_each_write_immediately() {
    let s = setup("logtail", inet_cfg(None, None));
    s.model.append_log("web/stdout", &"x".repeat(2000));
    let mut conn = support::connect(&s.unix).expect("connect");
    conn.write_all(b"GET /logtail/web HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let read_until =
        |conn: &mut support::http::Sock, got: &mut Vec<u8>, buf: &mut [u8], needle: &str| {
            while !String::from_utf8_lossy(got).contains(needle) {
                let n = conn.read(buf).expect("read before timeout");
                assert!(n > 0, "connection closed early");
                got.extend_from_slice(&buf[..n]);
            }
        };
    // Starts with the last 1024 bytes.
    read_until(
        &mut conn,
        &mut got,
        &mut buf,
        &format!("{}\r\n", "x".repeat(1024)),
    );
    let text = String::from_utf8_lossy(&got).to_string();
    assert!(text.starts_with("HTTP/1.1 200 OK\r\n"), "{text}");
    assert!(text.contains("Transfer-Encoding: chunked"));
    assert!(text.contains("X-Accel-Buffering: no"));
    assert!(!String::from_utf8_lossy(
        &support::http::dechunk(text.split_once("\r\n\r\n").expect("head").1.as_bytes()).0
    )
    .contains(&"x".repeat(1025)));
    // A small later write arrives on its own, without buffering.
    s.model.append_log("web/stdout", "new line\n");
    read_until(&mut conn, &mut got, &mut buf, "new line\n");
    // Unknown process → 404.
    assert_eq!(
        request(&s.unix, "GET", "/logtail/nope/stdout", &[], b"").status,
        404
    );
    // The main log tail works the same way.
    s.model.append_log("main", "main log\n");
    let mut conn = support::connect(&s.tcp).expect("connect");
    conn.write_all(b"GET /mainlogtail HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .expect("write");
    let mut got = Vec::new();
    read_until(&mut conn, &mut got, &mut buf, "main log\n");
}

#[test]
fn parked_call_does_not_block_other_clients() {
    let s = setup("parked", inet_cfg(None, None));
    let unix = s.unix.clone();
    let parked = std::thread::spawn(move || {
        rpc_value(
            &unix,
            "supervisor.startProcess",
            &[Value::Str("slow".into())],
        )
    });
    assert!(wait_for(std::time::Duration::from_secs(5), || s
        .model
        .calls
        .lock()
        .expect("lock")
        .iter()
        .any(|c| c == "supervisor.startProcess")));
    // While that call waits, other clients are served.
    for _ in 0..3 {
        assert_eq!(
            rpc_value(&s.tcp, "supervisor.getPID", &[]),
            Ok(Value::Int(42))
        );
        assert_eq!(
            rpc_value(&s.unix, "supervisor.getPID", &[]),
            Ok(Value::Int(42))
        );
    }
    assert!(!parked.is_finished());
    s.model.release_slow();
    assert_eq!(parked.join().expect("join"), Ok(Value::Bool(true)));
}

#[test]
fn unix_socket_chmod_stale_and_live_detection() {
    let dir = scratch("sock");
    let mut cfg = unix_cfg(&dir);
    cfg.chmod = 0o770;
    // A stale socket file (nobody listening) is replaced.
    drop(std::os::unix::net::UnixListener::bind(&cfg.file).expect("stale bind"));
    assert!(cfg.file.exists());
    let (handle, _model) = fake_loop();
    let servers = HttpServers {
        unix: Some(cfg.clone()),
        inet: None,
    };
    let first =
        http::spawn(&servers, handle.clone(), HttpOptions::default()).expect("spawn over stale");
    let mode = std::fs::metadata(&cfg.file)
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o770);
    assert!(!dir.join(format!("s.sock.{}", std::process::id())).exists());
    // A live one is an error with supervisord's message.
    match http::spawn(&servers, handle.clone(), HttpOptions::default()) {
        Err(e @ HttpError::AddrInUse(_)) => assert!(e
            .to_string()
            .starts_with("Another program is already listening")),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("second server on a live socket"),
    }
    // The first server still answers, and shutdown removes the socket file.
    let t = Target::Unix(cfg.file.clone());
    assert_eq!(rpc_value(&t, "supervisor.getPID", &[]), Ok(Value::Int(42)));
    first.shutdown();
    assert!(!cfg.file.exists());
    // TCP port in use → the same error.
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = busy.local_addr().expect("addr").port();
    let mut inet = inet_cfg(None, None);
    inet.port = port;
    let servers = HttpServers {
        unix: None,
        inet: Some(inet),
    };
    assert!(matches!(
        http::spawn(&servers, handle, HttpOptions::default()),
        Err(HttpError::AddrInUse(_))
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fake loop served on a unix socket in a new scratch dir `name`: its model, the server
/// threads (serving while held) and the socket.
fn serve_unix(
    name: &str,
    options: HttpOptions,
) -> (
    std::sync::Arc<support::fake_loop::Model>,
    HttpThreads,
    Target,
) {
    let dir = scratch(name);
    let (handle, model) = fake_loop();
    let servers = support::fake_loop::unix_only(&dir);
    let threads = http::spawn(&servers, handle, options).expect("spawn");
    let t = Target::Unix(threads.unix_path().expect("path"));
    (model, threads, t)
}

#[test]
fn a_parked_call_holds_no_other_request_back() {
    let (model, _threads, t) = serve_unix("parked", HttpOptions::default());
    let t2 = t.clone();
    let parked = std::thread::spawn(move || {
        rpc_value(&t2, "supervisor.startProcess", &[Value::Str("slow".into())])
    });
    assert!(wait_for(std::time::Duration::from_secs(5), || model
        .calls
        .lock()
        .expect("lock")
        .iter()
        .any(|c| c == "supervisor.startProcess")));
    // The one HTTP thread answers others while the slow call waits as a connection state.
    for _ in 0..20 {
        assert_eq!(rpc_value(&t, "supervisor.getPID", &[]), Ok(Value::Int(42)));
    }
    assert!(!parked.is_finished(), "the parked call was answered early");
    model.release_slow();
    assert_eq!(parked.join().expect("join"), Ok(Value::Bool(true)));
}

#[test]
fn bind_first_then_start_and_unstarted_drop_cleans_up() {
    let dir = scratch("bindfirst");
    let servers = HttpServers {
        unix: Some(unix_cfg(&dir)),
        inet: Some(inet_cfg(None, None)),
    };
    let sock = dir.join("s.sock");
    // Bound but never started: the socket exists, nobody is served, drop removes it.
    let bound = http::bind(&servers).expect("bind");
    assert!(sock.exists());
    drop(bound);
    assert!(!sock.exists());
    // A bind failure (port taken) leaves no socket file behind either.
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let mut taken = servers.clone();
    if let Some(i) = taken.inet.as_mut() {
        i.port = busy.local_addr().expect("addr").port();
    }
    assert!(matches!(http::bind(&taken), Err(HttpError::AddrInUse(_))));
    assert!(!sock.exists());
    // Bound now, started later (as the daemon does around daemonizing).
    let bound = http::bind(&servers).expect("bind");
    let (handle, _model) = fake_loop();
    let threads = bound.start(handle, HttpOptions::default()).expect("start");
    assert_eq!(
        rpc_value(&Target::Unix(sock.clone()), "supervisor.getPID", &[]),
        Ok(Value::Int(42))
    );
    drop(threads);
    assert!(!sock.exists());
}

#[test]
fn unix_socket_chown_by_name_and_bad_owner_error() {
    use std::os::unix::fs::MetadataExt;
    let dir = scratch("chown");
    let mut cfg = unix_cfg(&dir);
    cfg.chown = Some("nosuchuser:nosuchgroup".into());
    let servers = HttpServers {
        unix: Some(cfg.clone()),
        inet: None,
    };
    match http::bind(&servers) {
        Err(HttpError::Chown { message, .. }) => {
            assert_eq!(message, "Invalid user name nosuchuser")
        }
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("chown to an unknown user succeeded"),
    }
    assert!(
        !cfg.file.exists(),
        "a failed chown left the socket file behind"
    );
    if !support::root_or_skip("unix_socket_chown (success case)") {
        return;
    }
    cfg.chown = Some("daemon:daemon".into());
    let servers = HttpServers {
        unix: Some(cfg.clone()),
        inet: None,
    };
    let bound = http::bind(&servers).expect("bind with chown");
    let meta = std::fs::metadata(&cfg.file).expect("meta");
    assert_eq!((meta.uid(), meta.gid()), (1, 1));
    drop(bound);
}

#[test]
fn tails_are_capped_separately_from_calls() {
    let options = HttpOptions {
        max_tails: 1,
        ..HttpOptions::default()
    };
    let (model, _threads, t) = serve_unix("tailcap", options);
    model.append_log("web/stdout", "x\n");
    let mut first = support::connect(&t).expect("connect");
    first
        .write_all(b"GET /logtail/web HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut buf = [0u8; 512];
    let n = first.read(&mut buf).expect("first tail answers");
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    assert_eq!(request(&t, "GET", "/logtail/web", &[], b"").status, 503);
    // Control calls still get through.
    assert_eq!(rpc_value(&t, "supervisor.getPID", &[]), Ok(Value::Int(42)));
}

#[test]
fn logtail_for_http10_clients_is_raw_and_unchunked() {
    let s = setup("tail10", inet_cfg(None, None));
    s.model.append_log("web/stdout", "one\n");
    let mut conn = support::connect(&s.tcp).expect("connect");
    conn.write_all(b"GET /logtail/web/stdout HTTP/1.0\r\n\r\n")
        .expect("write");
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    while !String::from_utf8_lossy(&got).contains("one\n") {
        let n = conn.read(&mut buf).expect("read");
        assert!(n > 0, "closed early");
        got.extend_from_slice(&buf[..n]);
    }
    s.model.append_log("web/stdout", "two\n");
    while !String::from_utf8_lossy(&got).contains("two\n") {
        let n = conn.read(&mut buf).expect("read");
        assert!(n > 0, "closed early");
        got.extend_from_slice(&buf[..n]);
    }
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.0 200 OK\r\n"), "{text}");
    assert!(!text.contains("Transfer-Encoding"));
    assert!(text.ends_with("\r\n\r\none\ntwo\n"), "{text:?}");
}

#[test]
fn at_the_connection_limit_the_oldest_idle_connection_makes_room() {
    let options = HttpOptions {
        max_connections: 4,
        ..HttpOptions::default()
    };
    let (_model, _threads, t) = serve_unix("connlimit", options);
    let mut idle: Vec<_> = (0..4)
        .map(|_| support::connect(&t).expect("connect"))
        .collect();
    let mut buf = [0u8; 512];
    // Each answers one kept-alive request before the next does: the first is idle longest.
    for c in &mut idle {
        c.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .expect("write");
        let n = c.read(&mut buf).expect("answer");
        assert!(String::from_utf8_lossy(&buf[..n]).contains("\r\n\r\nok\n"));
    }
    // A fifth client is served: the server is at its limit, so the oldest idle one goes.
    assert_eq!(rpc_value(&t, "supervisor.getPID", &[]), Ok(Value::Int(42)));
    assert_eq!(
        idle[0].read(&mut buf).ok(),
        Some(0),
        "the oldest was not closed"
    );
    // The others are still open: a request on the newest is answered.
    idle[3]
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .expect("write");
    let n = idle[3].read(&mut buf).expect("answer");
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1"));
}

#[test]
fn at_the_connection_limit_with_none_idle_a_new_client_gets_503() {
    let options = HttpOptions {
        max_connections: 4,
        ..HttpOptions::default()
    };
    let (_model, _threads, t) = serve_unix("connbusy", options);
    // Four clients that connected and have not sent a request yet: none of them is idle
    // (each is younger than the eviction age), so none can make room.
    let _busy: Vec<_> = (0..4)
        .map(|_| support::connect(&t).expect("connect"))
        .collect();
    // The fifth sends nothing: the answer does not wait for a request (a write could race
    // the close and fail with EPIPE).
    let mut fifth = support::connect(&t).expect("connect");
    let mut answer = String::new();
    fifth.read_to_string(&mut answer).expect("read the refusal");
    assert!(
        answer.starts_with("HTTP/1.1 503 "),
        "expected a 503, got {answer:?}"
    );
    assert!(answer.contains("Retry-After: 1"), "{answer:?}");
}
