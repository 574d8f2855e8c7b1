//! Every `curl` example in docs/HTTP.md runs, in document order, against a live daemon
//! whose configuration is the document's own `ini` block, and answers 2xx — or the status
//! a preceding `# expect NNN` comment documents. The socket path `/tmp/supervisor.sock` and
//! port `127.0.0.1:9001` of the document are replaced by the test's own. A shutdown example
//! is followed by a fresh daemon, a reload example by waiting for the daemon to be back.
//! Skips (see `support::skip`) when curl is not installed.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;

use support::{free_port, json as request, Target};
use support::{wait_for, Daemon};

const DOC: &str = include_str!("../docs/HTTP.md");
const DOC_SOCKET: &str = "/tmp/supervisor.sock";
const DOC_ADDR: &str = "127.0.0.1:9001";

/// One example: the shell command and the status it must answer (`None`: any 2xx).
#[derive(Debug)]
struct Example {
    command: String,
    status: Option<u16>,
}

/// The contents of every fenced block whose info string is `lang`, in order.
fn blocks(doc: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match (&mut current, line.trim_end()) {
            (None, l) if l.starts_with("```") && l[3..].trim() == lang => {
                current = Some(String::new());
            }
            (Some(_), "```") => out.extend(current.take()),
            (Some(text), l) => {
                text.push_str(l);
                text.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// The curl examples of the `sh` blocks (backslash continuations joined).
fn examples(doc: &str) -> Vec<Example> {
    let mut out = Vec::new();
    for block in blocks(doc, "sh") {
        let mut status = None;
        let mut pending = String::new();
        for line in block.lines() {
            let line = line.trim();
            if let Some(code) = line.strip_prefix("# expect ") {
                status = Some(code.trim().parse().expect("# expect NNN"));
                continue;
            }
            if let Some(cont) = line.strip_suffix('\\') {
                pending.push_str(cont);
                continue;
            }
            pending.push_str(line);
            let command = std::mem::take(&mut pending);
            if command.starts_with("curl ") {
                out.push(Example {
                    command,
                    status: status.take(),
                });
            }
        }
    }
    out
}

/// Starts a daemon on the document's configuration (socket and port replaced).
fn start(config: &str, port: u16) -> Daemon {
    let config = config
        .replace(DOC_SOCKET, "%(here)s/supervisor.sock")
        .replace(DOC_ADDR, &format!("127.0.0.1:{port}"));
    let daemon = Daemon::start("readme", &config);
    let sock = Target::Unix(daemon.path("supervisor.sock"));
    assert!(
        wait_for(Duration::from_secs(15), || request(
            &sock, "GET", "/readyz", ""
        )
        .is_some_and(|r| r.status == 200)),
        "daemon never ready:\n{}",
        daemon.log()
    );
    daemon
}

/// The pid of a process from the JSON API.
fn pid_of(t: &Target, name: &str) -> Option<i64> {
    let r = request(t, "GET", &format!("/api/v1/processes/{name}"), "")?;
    match supervisord::http::json::parse(&r.body).ok()? {
        supervisord::rpc::Value::Struct(m) => m.get("pid")?.as_int(),
        _ => None,
    }
}

/// Runs one example; `(status, curl exit code, stdout+stderr)`.
fn run(example: &Example, daemon: &Daemon, port: u16) -> (Option<u16>, i32, String) {
    let socket = daemon.path("supervisor.sock");
    let command = example
        .command
        .replace(DOC_SOCKET, &socket.display().to_string())
        .replace(DOC_ADDR, &format!("127.0.0.1:{port}"));
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{command} -s -w '%{{stderr}}@@STATUS %{{http_code}}@@'"
        ))
        .env("NO_PROXY", "*")
        .env("no_proxy", "*")
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("all_proxy")
        .env_remove("ALL_PROXY")
        .output()
        .expect("run sh");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let status = stderr
        .split("@@STATUS ")
        .nth(1)
        .and_then(|s| s.split("@@").next())
        .and_then(|s| s.trim().parse().ok());
    let text = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
    (status, out.status.code().unwrap_or(-1), text)
}

#[test]
fn every_curl_example_in_the_http_doc_works() {
    if support::ci_tool("every_curl_example_in_the_http_doc_works", &["curl"]).is_none() {
        return;
    }
    let config = blocks(DOC, "ini")
        .into_iter()
        .next()
        .expect("docs/HTTP.md has an ini block");
    let all = examples(DOC);
    assert!(all.len() >= 30, "only {} examples found", all.len());
    for e in &all {
        assert!(
            !e.command.contains(" | ") && !e.command.contains(" -w "),
            "examples must be single curl commands without -w: {}",
            e.command
        );
    }
    let unix_examples = all
        .iter()
        .filter(|e| e.command.contains("--unix-socket"))
        .count();
    assert!(unix_examples >= 5 && unix_examples < all.len());

    let port = free_port();
    let mut daemon = start(&config, port);
    for (i, example) in all.iter().enumerate() {
        let sock = Target::Unix(daemon.path("supervisor.sock"));
        let web_pid = pid_of(&sock, "web");
        let (status, exit, output) = run(example, &daemon, port);
        let streaming = example.command.contains("--max-time");
        // curl exits 28 when --max-time ends a (live) tail.
        let exit_ok = exit == 0 || (streaming && exit == 28);
        let status_ok = match (example.status, status) {
            (Some(want), Some(got)) => want == got,
            (None, Some(got)) => (200..300).contains(&got),
            (_, None) => false,
        };
        assert!(
            exit_ok && status_ok,
            "example {i} `{}`: want {:?}, got status {status:?} (curl exit {exit}):\n{output}\n\
             --- main log ---\n{}",
            example.command,
            example.status.unwrap_or(200),
            daemon.log()
        );
        if example.command.contains("shutdown") {
            assert_eq!(
                daemon.wait_exit(Duration::from_secs(20)),
                Some(0),
                "shutdown example did not stop the daemon"
            );
            if i + 1 < all.len() {
                daemon = start(&config, port);
            }
        } else if example.command.contains("reload") {
            // A reload restarts every process: wait for a new `web` and readiness.
            assert!(
                wait_for(Duration::from_secs(20), || {
                    pid_of(&sock, "web").is_some_and(|p| Some(p) != web_pid && p > 0)
                }) && wait_for(Duration::from_secs(15), || request(
                    &sock, "GET", "/readyz", ""
                )
                .is_some_and(|r| r.status == 200)),
                "daemon not back after `{}`:\n{}",
                example.command,
                daemon.log()
            );
        }
    }
}

#[test]
fn every_route_has_an_example() {
    let all = examples(DOC);
    let routes = [
        "/RPC2",
        "/api/v1/processes ",
        "/api/v1/processes/web ",
        "/api/v1/processes/web/start",
        "/api/v1/processes/web/stop",
        "/api/v1/processes/web/restart",
        "/api/v1/processes/web/clear",
        "/api/v1/processes/web/signal/",
        "/api/v1/processes/web/log?",
        "/api/v1/processes/all/",
        "/api/v1/reload",
        "/api/v1/shutdown",
        "/program/list",
        "/program/info/",
        "/program/start/",
        "/program/stop/",
        "/program/restart/",
        "/program/log/",
        "/program/startPrograms",
        "/program/stopPrograms",
        "/supervisor/reload",
        "/supervisor/shutdown",
        "/ping",
        "/logtail/web ",
        "/logtail/web/stderr",
        "/mainlogtail",
        "/healthz",
        "/readyz",
        "/metrics",
        ":9001/ ",
    ];
    for route in routes {
        assert!(
            all.iter()
                .any(|e| format!("{} ", e.command.trim_end_matches('\'')).contains(route)),
            "no curl example for {route:?} in docs/HTTP.md"
        );
    }
    for mode in [
        "--unix-socket /tmp/supervisor.sock",
        "-u admin:secret http://127.0.0.1:9001",
    ] {
        assert!(
            all.iter().any(|e| e.command.contains(mode)),
            "no example with {mode}"
        );
    }
}

#[test]
fn examples_parser_joins_continuations_and_reads_expectations() {
    let doc = "```sh\n# expect 404\ncurl a \\\n  b\ncurl c\n```\n```ini\n[x]\n```\ncurl outside\n";
    let ex = examples(doc);
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].command, "curl a b");
    assert_eq!(ex[0].status, Some(404));
    assert_eq!(ex[1].command, "curl c");
    assert_eq!(ex[1].status, None);
    assert_eq!(blocks(doc, "ini"), vec!["[x]\n".to_string()]);
}
