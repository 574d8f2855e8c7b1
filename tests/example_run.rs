//! `examples/supervisord.conf`, what `make run` starts, run from a temp copy: the startup
//! it brings up as the daemon records it (`/api/v1/startup`, a process's detail, the
//! daemon's info), every command `make run` prints (`make run-hint`) run as printed, and the
//! message when the example's port is taken.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;

use supervisord::http::json;
use supervisord::rpc::Value;
use support::{field, start_example, state_of, wait_for, Target};

fn get(t: &Target, path: &str) -> Value {
    let r = support::json(t, "GET", path, "").expect("answered");
    assert_eq!(r.status, 200, "{path}: {}", r.text());
    json::parse(&r.body).expect("json")
}

fn num(v: &Value, key: &str) -> f64 {
    match field(v, key) {
        Some(Value::Double(d)) => *d,
        Some(Value::Int(i)) => *i as f64,
        other => panic!("{key} is not a number: {other:?} in {v:?}"),
    }
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    field(v, key).and_then(Value::as_str).unwrap_or("")
}

fn list(v: &Value, key: &str) -> Vec<Value> {
    match field(v, key) {
        Some(Value::Array(a)) => a.clone(),
        other => panic!("{key} is not an array: {other:?}"),
    }
}

/// Waits until every process of the example has left STARTING/BACKOFF: the chain ran to
/// its end and the crasher is FATAL.
fn wait_settled(t: &Target) {
    let done = wait_for(Duration::from_secs(40), || {
        state_of(t, "worker:worker-1").as_deref() == Some("RUNNING")
            && state_of(t, "crasher").as_deref() == Some("FATAL")
    });
    assert!(
        done,
        "the example never settled: {:?}",
        get(t, "/api/v1/processes")
    );
}

#[test]
fn the_startup_route_records_the_chain_the_waits_and_the_readiness_checks() {
    let (daemon, _port) = start_example("example-startup");
    let t = daemon.target.clone();
    wait_settled(&t);
    let startup = get(&t, "/api/v1/startup");
    let procs = list(&startup, "processes");
    let by = |name: &str| {
        procs
            .iter()
            .find(|p| text(p, "name") == name)
            .unwrap_or_else(|| panic!("{name} missing from {startup:?}"))
            .clone()
    };
    let (init, db, cache, web) = (by("init"), by("db"), by("cache"), by("web"));
    let (worker, crasher) = (by("worker-0"), by("crasher"));
    // The init script settles at EXITED; db waited for it through the chain, then for
    // its log line; cache after db was RUNNING.
    assert_eq!(text(&init, "settled_state"), "EXITED");
    assert_eq!(text(&db, "chain_after"), "init");
    assert_eq!(text(&db, "chain_state"), "EXITED");
    let wait = &list(&db, "waits")[0];
    assert_eq!((text(wait, "kind"), text(wait, "on")), ("chain", "init"));
    assert!((num(wait, "to_ms") - num(&init, "settled_ms")).abs() < 1.0);
    assert!(num(&db, "spawn_ms") >= num(&init, "settled_ms"));
    assert_eq!(text(&db, "ready"), "log:ready to accept connections");
    assert!(
        num(&db, "ready_ms") >= num(&db, "spawn_ms") + 700.0,
        "{db:?}"
    );
    assert!(num(&db, "running_ms") >= num(&db, "ready_ms"));
    assert_eq!(text(&cache, "chain_after"), "db");
    assert!(num(&cache, "spawn_ms") >= num(&db, "running_ms"));
    // Spawn times are the spawns' own (as startsecs counts them): RUNNING startsecs later.
    let up = num(&cache, "running_ms") - num(&cache, "spawn_ms");
    assert!((999.9..1500.0).contains(&up), "{cache:?}");
    // web waited (depends_on) for both, and ran its own readiness check.
    let deps: Vec<String> = list(&web, "depends_on")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    assert_eq!(deps, ["db", "cache"]);
    assert!(num(&web, "spawn_ms") >= num(&cache, "running_ms"));
    assert!(num(&web, "spawn_ms") >= num(&db, "running_ms"));
    let waits = list(&web, "waits");
    assert!(
        waits
            .iter()
            .all(|w| text(w, "kind") == "depends_on" && num(w, "to_ms") <= num(&web, "spawn_ms")),
        "{waits:?}"
    );
    assert!(waits.iter().any(|w| text(w, "on") == "cache"), "{waits:?}");
    assert!(num(&web, "ready_ms") > num(&web, "spawn_ms"));
    assert!(num(&worker, "spawn_ms") >= num(&web, "running_ms"));
    // The crasher went through its retries to FATAL: 1 + startretries spawns.
    assert_eq!(text(&crasher, "settled_state"), "FATAL");
    assert_eq!(num(&crasher, "spawns"), 4.0);

    detail_and_info(&t, daemon.pid());
}

/// A process's detail, the daemon's info and the JSON metrics of the settled example.
fn detail_and_info(t: &Target, pid: i32) {
    // A process's detail: its state history with reasons, and its effective config.
    let detail = get(t, "/api/v1/processes/web/detail");
    let history = list(&detail, "history");
    let changes: Vec<String> = history
        .iter()
        .map(|h| {
            format!(
                "{}>{}: {}",
                text(h, "from"),
                text(h, "to"),
                text(h, "reason")
            )
        })
        .collect();
    assert!(
        changes[0].starts_with("STOPPED>STARTING: spawned pid "),
        "{changes:?}"
    );
    assert_eq!(
        changes[1],
        "STARTING>RUNNING: readiness check log:listening on passed and startsecs elapsed"
    );
    let cfg = field(&detail, "config").expect("config");
    assert!(text(cfg, "command").contains("web: listening on"));
    let ext = field(cfg, "ext").expect("ext");
    assert_eq!(list(ext, "depends_on").len(), 2);
    let crashes = list(&get(t, "/api/v1/processes/crasher/detail"), "history");
    let last = crashes.last().expect("a change");
    assert_eq!(text(last, "to"), "FATAL");
    assert!(crashes
        .iter()
        .any(|h| text(h, "reason") == "exited before startsecs (exit status 3)"));

    // The daemon's identification, pid and RSS; per-process usage in /api/v1/metrics.
    let info = get(t, "/api/v1/supervisor");
    assert_eq!(text(&info, "identification"), "example");
    assert_eq!(num(&info, "pid") as i32, pid);
    assert!(num(&info, "rss_bytes") > 0.0);
    let metrics = get(t, "/api/v1/metrics");
    let db_usage = list(&metrics, "processes")
        .into_iter()
        .find(|p| text(p, "name") == "db")
        .expect("db metrics");
    assert!(num(&db_usage, "rss_bytes") > 0.0);
    // Unknown process: 404; wrong method: 405.
    let r = support::json(t, "GET", "/api/v1/processes/nosuch/detail", "").expect("answer");
    assert_eq!(r.status, 404);
    let r = support::json(t, "POST", "/api/v1/startup", "").expect("answer");
    assert_eq!(r.status, 405);
}

#[test]
fn every_command_make_run_prints_works_as_printed() {
    let test = "every_command_make_run_prints_works_as_printed";
    let (Some(make), Some(_curl)) = (
        support::ci_tool(test, &["make"]),
        support::ci_tool(test, &["curl"]),
    ) else {
        return;
    };
    let (daemon, port) = start_example("example-hint");
    wait_settled(&daemon.target);
    let repo = env!("CARGO_MANIFEST_DIR");
    let conf = daemon.dir.join("supervisord.conf");
    let out = Command::new(make)
        .args(["-s", "--no-print-directory", "run-hint"])
        .arg(format!("RUN_CONF={}", conf.display()))
        .arg(format!("SUPERVISORD={}", env!("CARGO_BIN_EXE_supervisord")))
        .current_dir(repo)
        .output()
        .expect("run make");
    let hint = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{hint}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = format!("http://127.0.0.1:{port}/");
    assert!(hint.contains(&format!("web UI: {url}")), "{hint}");
    let r = support::json(&Target::port(port), "GET", "/", "").expect("the web UI answers");
    assert!(r.status == 200 && r.text().contains("<title>supervisord</title>"));
    let commands: Vec<&str> = hint
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("$ "))
        .collect();
    assert_eq!(commands.len(), 3, "{hint}");
    let mut outputs = Vec::new();
    for c in &commands {
        let o = Command::new("sh")
            .args(["-c", c])
            .current_dir(repo)
            .output()
            .expect("run a printed command");
        let stdout = String::from_utf8_lossy(&o.stdout).to_string();
        // `status` exits 3 when some process is not RUNNING (init EXITED, crasher FATAL),
        // as Python's supervisorctl does; anything else is a failure.
        assert!(
            matches!(o.status.code(), Some(0) | Some(3)),
            "{c}: {:?}\n{stdout}{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        outputs.push(stdout);
    }
    assert!(commands[0].ends_with("status"), "{commands:?}");
    assert!(
        outputs[0].contains("worker:worker-1") && outputs[0].contains("RUNNING"),
        "{}",
        outputs[0]
    );
    assert!(
        outputs[1].contains("\"not_ready\":[\"crasher\"]"),
        "{}",
        outputs[1]
    );
    assert!(
        outputs[2].contains("supervisord_process_spawns_total"),
        "{}",
        outputs[2]
    );
}

#[test]
fn a_second_daemon_on_the_examples_port_says_which_port_is_taken() {
    let (first, port) = start_example("example-first");
    // The same example, in a directory of its own, on the port the first one holds.
    let dir = support::temp_dir("example-second");
    std::fs::create_dir_all(dir.join("run/log")).expect("mkdir");
    let conf = std::fs::read_to_string(first.dir.join("supervisord.conf")).expect("conf");
    let mut second = support::Daemon::spawn_conf(dir, &conf, |_| {});
    let code = second.wait_exit(Duration::from_secs(20));
    let stderr = second.read("stderr.txt");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "(127.0.0.1:{port} is in use; set another port= in [inet_http_server])"
        )),
        "{stderr}"
    );
}
