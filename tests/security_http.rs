//! Security of the HTTP side against a real daemon: every route refuses a request without
//! (or with wrong) credentials when auth is configured, `{SHA}` passwords work, the unix
//! socket is 0700 by default and `chmod`/`chown` are honoured, oversized requests are
//! refused, and no route that maps a name to a file can be walked out of the configured
//! log files (`..`, percent-encoded and double-encoded variants).

#[allow(dead_code, unused_imports)]
mod support;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::time::Duration;

use support::*;

const USER: &str = "admin";
/// SHA-1 of "s3cret-pass".
fn sha_of_pass() -> String {
    format!(
        "{{SHA}}{}",
        supervisord::http::sha1::hex_digest(b"s3cret-pass")
    )
}

/// A daemon with auth on both servers and one program `echo` with a stdout log.
fn secured(tag: &str) -> (Daemon, Target) {
    let dir = temp_dir(tag);
    let port = free_port();
    let d = dir.display();
    let sha = sha_of_pass();
    let conf = format!(
        "[supervisord]\nlogfile={d}/main.log\npidfile={d}/supervisord.pid\nchildlogdir={d}\n\n\
         [unix_http_server]\nfile={d}/s.sock\nusername={USER}\npassword={sha}\n\n\
         [inet_http_server]\nport=127.0.0.1:{port}\nusername={USER}\npassword={sha}\n\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
         [program:echo]\ncommand=/bin/sh -c 'echo visible-line; exec sleep 1000'\n\
         stdout_logfile={d}/echo.out\nstderr_logfile={d}/echo.err\nstartsecs=0\n"
    );
    std::fs::write(dir.join("supervisord.conf"), &conf).expect("conf");
    // Daemon::start waits with an unauthenticated call, which must fail here: start it by
    // hand and wait for an authenticated answer.
    let mut d = Daemon::spawn_wrapped(dir.clone(), &conf, &["/usr/bin/env"]);
    d.target = Target::Unix(dir.join("s.sock"));
    let tcp = Target::port(port);
    let up = wait_for(Duration::from_secs(30), || {
        rpc(&tcp, Some((USER, "s3cret-pass")), "supervisor.getPID", &[]).is_ok()
    });
    assert!(up, "secured daemon did not answer: {}", d.log());
    (d, tcp)
}

/// Every route the server knows, with the method it takes.
const ROUTES: &[(&str, &str)] = &[
    ("POST", "/RPC2"),
    ("GET", "/RPC2"),
    ("GET", "/"),
    ("GET", "/index.html"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/mainlogtail"),
    ("GET", "/logtail/echo"),
    ("GET", "/logtail/echo/stderr"),
    ("GET", "/api/v1/processes"),
    ("GET", "/api/v1/processes/echo"),
    ("GET", "/api/v1/processes/echo/log"),
    ("POST", "/api/v1/processes/echo/stop"),
    ("POST", "/api/v1/processes/all/signal/KILL"),
    ("POST", "/api/v1/processes/echo/clear"),
    ("POST", "/api/v1/reload"),
    ("POST", "/api/v1/shutdown"),
    ("GET", "/program/list"),
    ("GET", "/program/info/echo"),
    ("GET", "/program/log/echo/stdout"),
    ("POST", "/program/stop/echo"),
    ("PUT", "/program/stopPrograms"),
    ("POST", "/supervisor/shutdown"),
    ("PUT", "/supervisor/reload"),
    ("GET", "/supervisor/node/ping"),
    ("GET", "/no/such/route"),
];

#[test]
fn no_route_bypasses_auth() {
    let (d, tcp) = secured("auth");
    let good = supervisord::http::auth::basic_header(USER, "s3cret-pass");
    let wrong_pass = supervisord::http::auth::basic_header(USER, "s3cret-pasS");
    let wrong_user = supervisord::http::auth::basic_header("Admin", "s3cret-pass");
    let sha_literal = supervisord::http::auth::basic_header(USER, &sha_of_pass());
    let echo_pid = |t: &Target| -> i64 {
        let v = rpc(
            t,
            Some((USER, "s3cret-pass")),
            "supervisor.getProcessInfo",
            &[supervisord::rpc::Value::Str("echo".into())],
        )
        .expect("info");
        field(&v, "pid").and_then(|p| p.as_int()).unwrap_or(0)
    };
    assert!(wait_for(Duration::from_secs(20), || echo_pid(&tcp) > 0));
    let pid_before = echo_pid(&tcp);
    let mut checked = 0;
    for target in [&tcp, &d.target] {
        for (method, path) in ROUTES {
            for auth in [
                None,
                Some(wrong_pass.as_str()),
                Some(wrong_user.as_str()),
                Some(sha_literal.as_str()),
                Some("Bearer abc"),
                Some("Basic"),
            ] {
                let mut headers = vec![("Content-Type", "text/xml")];
                if let Some(a) = auth {
                    headers.push(("Authorization", a));
                }
                let r = request(target, method, path, &headers, b"[]")
                    .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
                assert!(
                    r.status == 401 || (r.status == 400 && auth == Some("Basic")),
                    "{method} {path} with {auth:?} over {target:?} gave {}: {}",
                    r.status,
                    r.text()
                );
                assert!(!r.text().contains("visible-line"), "{path} leaked log data");
                checked += 1;
            }
        }
    }
    // Nothing above reached the loop: the program still runs under the same pid and the
    // daemon did not shut down or reload.
    assert_eq!(
        echo_pid(&tcp),
        pid_before,
        "an unauthenticated request acted"
    );
    // Positive control: the same routes answer with the right credentials.
    for path in [
        "/metrics",
        "/healthz",
        "/api/v1/processes",
        "/program/list",
        "/",
    ] {
        let r = request(&tcp, "GET", path, &[("Authorization", &good)], b"").expect(path);
        assert_eq!(r.status, 200, "{path} with good credentials: {}", r.text());
    }
    figure(&format!(
        "security_auth: {} routes x 2 servers x 6 bad credentials = {checked} requests, all 401 (400 for a bare `Basic`)",
        ROUTES.len()
    ));
}

#[test]
fn log_routes_cannot_escape_configured_logs() {
    let (d, tcp) = secured("traversal");
    std::fs::write(d.dir.join("secret.txt"), "TOP-SECRET-CONTENT\n").expect("secret");
    let good = supervisord::http::auth::basic_header(USER, "s3cret-pass");
    let secret = d.dir.join("secret.txt");
    let abs = secret.display().to_string();
    let enc_abs = abs.replace('/', "%2F");
    let names = [
        "../../../../etc/passwd".to_string(),
        "..%2F..%2F..%2F..%2Fetc%2Fpasswd".into(),
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd".into(),
        "%252e%252e%252fetc%252fpasswd".into(),
        "....//....//etc/passwd".into(),
        "..".into(),
        "%2e%2e".into(),
        enc_abs.clone(),
        "secret.txt".into(),
        "..%2Fsecret.txt".into(),
        "echo%2F..%2F..%2Fsecret.txt".into(),
        "echo%00".into(),
    ];
    let mut paths = Vec::new();
    for n in &names {
        paths.push(format!("/logtail/{n}"));
        paths.push(format!("/logtail/{n}/stdout"));
        paths.push(format!("/logtail/{n}/stderr"));
        paths.push(format!("/api/v1/processes/{n}/log"));
        paths.push(format!("/api/v1/processes/{n}/log?stream=stderr"));
        paths.push(format!("/program/log/{n}/stdout"));
        paths.push(format!("/program/log/node/{n}/stderr"));
        paths.push(format!("/program/info/{n}"));
    }
    paths.push("/mainlogtail/../../etc/passwd".into());
    paths.push("/logtail/echo/../../../etc/passwd".into());
    paths.push(format!("/logtail/echo/..%2F..%2F{enc_abs}"));
    paths.push("/../../etc/passwd".into());
    paths.push("/%2e%2e/%2e%2e/etc/passwd".into());
    paths.push("/index.html/../../etc/passwd".into());
    for p in &paths {
        for target in [&tcp, &d.target] {
            let r = request(target, "GET", p, &[("Authorization", &good)], b"").expect(p);
            let body = r.text();
            assert!(
                !body.contains("root:") && !body.contains("TOP-SECRET"),
                "{p} served a file outside the configured logs: {}",
                r.status
            );
            assert!(
                r.status >= 400,
                "{p} answered {} (expected an error): {body}",
                r.status
            );
        }
    }
    // Positive control: the configured log is served.
    let r = request(
        &tcp,
        "GET",
        "/program/log/echo/stdout",
        &[("Authorization", &good)],
        b"",
    )
    .expect("log");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("visible-line"), "{}", r.text());
    figure(&format!(
        "security_traversal: {} crafted paths x 2 servers, none served a file outside the configured logs",
        paths.len()
    ));
}

#[test]
fn oversized_requests_are_refused_and_the_daemon_carries_on() {
    let (d, tcp) = secured("size");
    let good = supervisord::http::auth::basic_header(USER, "s3cret-pass");
    // A 2 MiB XML-RPC body (limit 1 MiB): 413, without the loop ever seeing it.
    let big = vec![b'a'; 2 * 1024 * 1024];
    // The server refuses on the head's Content-Length and may close before the body is
    // all sent: the body write may fail, the 413 must still arrive.
    let r = request_refusable(
        &tcp,
        "POST",
        "/RPC2",
        &[("Authorization", &good), ("Content-Type", "text/xml")],
        &big,
    )
    .expect("an answer to a 2 MiB /RPC2 body");
    assert_eq!(r.status, 413, "{}", r.text());
    // Same on a JSON route that reads a body.
    let r = request_refusable(
        &tcp,
        "PUT",
        "/program/stopPrograms",
        &[("Authorization", &good)],
        &big,
    )
    .expect("an answer to a 2 MiB /program/stopPrograms body");
    assert_eq!(r.status, 413, "{}", r.text());
    // A huge header (heads are limited to 64 KiB): refused with 431 or closed, never served,
    // never fatal.
    let long = "x".repeat(256 * 1024);
    if let Ok(r) = request_refusable(
        &tcp,
        "GET",
        "/healthz",
        &[("Authorization", &good), ("X-Long", &long)],
        b"",
    ) {
        assert_eq!(r.status, 431, "{}", r.text());
    }
    // A lying Content-Length (claims 100 MiB, sends little, closes): no crash.
    if let Ok(mut s) = connect(&tcp) {
        use std::io::Write;
        let _ = s.write_all(
            format!(
                "POST /RPC2 HTTP/1.0\r\nAuthorization: {good}\r\nContent-Length: 104857600\r\n\r\nabc"
            )
            .as_bytes(),
        );
    }
    assert!(
        rpc(&tcp, Some((USER, "s3cret-pass")), "supervisor.getPID", &[]).is_ok(),
        "daemon stopped answering after oversized requests"
    );
    assert!(d.child.is_some());
    figure("security_size: 2 MiB bodies → 413 on /RPC2 and /program/stopPrograms; 256 KiB header refused or closed; lying Content-Length survived");
}

#[test]
fn unix_socket_is_private_by_default_and_chmod_chown_are_honoured() {
    let dir = temp_dir("sockmode");
    let conf = preamble(&dir, "");
    let d = Daemon::start_conf(dir, &conf);
    let meta = std::fs::metadata(d.dir.join("s.sock")).expect("socket");
    assert_eq!(meta.permissions().mode() & 0o777, 0o700, "default mode");
    drop(d);

    if !root_or_skip("unix_socket_chown (to nobody)") {
        return;
    }
    let Ok(Some(nobody)) = nix::unistd::User::from_name("nobody") else {
        return skip("unix_socket_chown (to nobody)", "no user nobody");
    };
    let dir = temp_dir("sockchown");
    let conf = preamble(&dir, "").replace(
        "[unix_http_server]\n",
        "[unix_http_server]\nchmod=0770\nchown=nobody\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    let meta = std::fs::metadata(d.dir.join("s.sock")).expect("socket");
    assert_eq!(meta.permissions().mode() & 0o777, 0o770, "chmod=0770");
    assert_eq!(meta.uid(), nobody.uid.as_raw(), "chown=nobody");
    assert_eq!(
        meta.gid(),
        nobody.gid.as_raw(),
        "chown=nobody → nobody's group"
    );
    figure("security_socket: default mode 0700; chmod=0770 + chown=nobody honoured");
}
