//! Ordered startup with real children: priority chains (`startinorder`/`startnextafter`,
//! the ordered-startup-supervisord keys) and `depends_on`, measured by the children's own
//! start timestamps (bash's `$EPOCHREALTIME`, so no extra fork skews them).

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use support::*;

/// Per-hop delay beyond the wait itself, from child-written timestamps.
fn extra_delays(times: &[f64], wait: f64) -> Vec<f64> {
    times.windows(2).map(|w| w[1] - w[0] - wait).collect()
}

/// Seconds of the day of a main-log line (`2026-11-23 03:49:28,134 INFO ...`).
fn log_time(line: &str) -> Option<f64> {
    let t = line.get(11..23)?;
    let (hms, ms) = t.split_once(',')?;
    let mut parts = hms.split(':').map(|x| x.parse::<f64>().ok());
    let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
    Some(h * 3600.0 + m * 60.0 + sec + ms.parse::<f64>().ok()? / 1000.0)
}

/// Daemon-side delay per hop: from the line where program i reached its trigger to the
/// line where program i+1 was spawned (both written by the loop in the same iteration).
fn log_gaps(
    log: &str,
    trigger: impl Fn(usize) -> String,
    spawned: impl Fn(usize) -> String,
) -> Vec<f64> {
    let find = |needle: &str| {
        log.lines()
            .find(|l| l.contains(needle))
            .and_then(log_time)
            .unwrap_or_else(|| panic!("no line with {needle:?} in\n{log}"))
    };
    (0..9)
        .map(|i| find(&spawned(i + 1)) - find(&trigger(i)))
        .collect()
}

/// The loop's own delay per hop (see `log_gaps`), asserted: a median within the log's
/// millisecond resolution, and no hop over 50 ms (a regression to a polling tick or a
/// blocking call would show; a host that steals a vCPU for a few ms must not fail it).
/// Returns (median, max) in seconds.
fn assert_loop_gaps(
    log: &str,
    trigger: impl Fn(usize) -> String,
    spawned: impl Fn(usize) -> String,
) -> (f64, f64) {
    let mut gaps = log_gaps(log, trigger, spawned);
    let gmax = gaps.iter().cloned().fold(0.0, f64::max);
    let gmed = median(&mut gaps);
    assert!(
        gmed <= 0.005 && gmax <= 0.05,
        "loop delay per hop: median {gmed:.3}s max {gmax:.3}s"
    );
    (gmed, gmax)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[test]
fn chain_of_ten_waits_for_running() {
    let mut conf = String::new();
    for i in 0..10 {
        conf.push_str(&format!(
            "[program:c{i}]\ncommand=bash -c 'echo $EPOCHREALTIME >> %(here)s/starts; echo {i} >> %(here)s/order; exec sleep 100'\npriority={}\nstartsecs=1\nstartinorder=true\nautostart={}\n\n",
            10 + i,
            if i == 0 { "true" } else { "false" }
        ));
    }
    let d = Daemon::start("chain10", &conf);
    d.assert_log("success: c9 entered RUNNING state", Duration::from_secs(20));
    let order = std::fs::read_to_string(d.path("order")).unwrap();
    let expected: String = (0..10).map(|i| format!("{i}\n")).collect();
    assert_eq!(order, expected);
    let times = read_times(&d.path("starts"));
    let mut extra = extra_delays(&times, 1.0);
    // Each timestamp carries the child's exec latency (a few ms, more on a loaded machine),
    // so a hop can look slightly early; the precise figure is `make bench`'s.
    assert!(
        extra.iter().all(|&e| e >= -0.03),
        "a hop started early: {extra:?}"
    );
    let max = extra.iter().cloned().fold(0.0, f64::max);
    let med = median(&mut extra);
    // Child-side figures include exec latency and scheduling of a loaded test machine;
    // the loop's own delay is asserted below, precise figures come from `make bench`.
    assert!(max < 0.5, "max extra delay per hop {max:.4}s");
    let (gmed, gmax) = assert_loop_gaps(
        &d.log(),
        |i| format!("success: c{i} entered RUNNING state"),
        |i| format!("spawned: 'c{i}' with pid"),
    );
    eprintln!(
        "chain of 10 (RUNNING): extra delay per hop by the children's clocks median {:.2} ms, max {:.2} ms; in the loop median {:.1} ms, max {:.1} ms",
        med * 1e3,
        max * 1e3,
        gmed * 1e3,
        gmax * 1e3
    );
}

#[test]
fn chain_of_init_scripts_waits_for_exited() {
    let mut conf = String::new();
    for i in 0..10 {
        conf.push_str(&format!(
            "[program:init{i}]\ncommand=bash -c 'echo $EPOCHREALTIME >> %(here)s/starts; sleep 0.2'\npriority={}\nstartsecs=0\nautorestart=false\nstartinorder=true\nstartnextafter=EXITED\nautostart=false\n\n",
            i + 1
        ));
    }
    let d = Daemon::start("chaininit", &conf);
    d.assert_log(
        "exited: init9 (exit status 0; expected)",
        Duration::from_secs(20),
    );
    let times = read_times(&d.path("starts"));
    assert_eq!(times.len(), 10);
    let mut extra = extra_delays(&times, 0.2);
    let max = extra.iter().cloned().fold(0.0, f64::max);
    assert!(
        extra.iter().all(|&e| e >= -0.001),
        "started before the previous exited: {extra:?}"
    );
    assert!(max < 0.5, "max extra delay per hop {max:.4}s");
    let (gmed, gmax) = assert_loop_gaps(
        &d.log(),
        |i| format!("exited: init{i} (exit status 0; expected)"),
        |i| format!("spawned: 'init{i}' with pid"),
    );
    eprintln!(
        "chain of 10 init scripts: extra delay per hop by the children's clocks median {:.2} ms, max {:.2} ms; in the loop median {:.1} ms, max {:.1} ms",
        median(&mut extra) * 1e3,
        max * 1e3,
        gmed * 1e3,
        gmax * 1e3
    );
}

#[test]
fn diamond_starts_in_order_parallel_branches_and_stops_in_reverse() {
    let prog = |name: &str, deps: &str| {
        format!(
            "[program:{name}]\ncommand=bash -c 'echo {name} $EPOCHREALTIME >> %(here)s/starts; trap \"echo {name} \\$EPOCHREALTIME >> %(here)s/stops; exit 0\" TERM; while :; do sleep 0.05; done'\nstartsecs=1\n{deps}\n"
        )
    };
    let conf = [
        prog("top", "depends_on=left, right"),
        prog("left", "depends_on=base"),
        prog("right", "depends_on=base"),
        prog("base", ""),
    ]
    .join("\n");
    let mut d = Daemon::start("diamond", &conf);
    d.assert_log(
        "success: top entered RUNNING state",
        Duration::from_secs(10),
    );
    let starts = std::fs::read_to_string(d.path("starts")).unwrap();
    let at = |name: &str| -> f64 {
        starts
            .lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| panic!("{name} not started: {starts}"))
    };
    let (base, left, right, top) = (at("base"), at("left"), at("right"), at("top"));
    // startsecs is 1 s; each timestamp carries a few ms of exec latency.
    assert!(
        left - base >= 0.9 && right - base >= 0.9,
        "branches before base was up"
    );
    assert!(
        (left - right).abs() < 0.05,
        "branches not in parallel: {left} {right}"
    );
    assert!(
        top - left.max(right) >= 0.9,
        "top before both branches were up: {base} {left} {right} {top}"
    );
    d.signal(15);
    assert_eq!(d.wait_exit(Duration::from_secs(10)), Some(0), "{}", d.log());
    let stops = std::fs::read_to_string(d.path("stops")).unwrap();
    let order: Vec<&str> = stops
        .lines()
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(order.first(), Some(&"top"), "{stops}");
    assert_eq!(order.last(), Some(&"base"), "{stops}");
}

#[test]
fn failed_dependency_holds_dependent_with_reason() {
    let conf = "[program:db]\ncommand=/nonexistent/db\nstartretries=0\n\n[program:app]\ncommand=sleep 100\ndepends_on=db\n";
    let d = Daemon::start("depfail", conf);
    d.assert_log(
        "not starting app: dependency db is FATAL",
        Duration::from_secs(5),
    );
    assert!(!d.log().contains("spawned: 'app'"), "{}", d.log());
}

#[test]
fn dependency_cycle_is_rejected_with_the_cycle_named() {
    let dir = temp_dir("depcycle");
    let conf = dir.join("supervisord.conf");
    std::fs::write(
        &conf,
        "[supervisord]\n[program:a]\ncommand=true\ndepends_on=b\n[program:b]\ncommand=true\ndepends_on=a\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["-n", "-c"])
        .arg(&conf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cycle") && err.contains("a") && err.contains("b"),
        "{err}"
    );
}

#[test]
fn listener_style_config_comes_up_in_order() {
    // A config written for ordered-startup-supervisord with its [eventlistener] removed:
    // the listener's defaults are autostart=false on chained programs, init script on EXITED.
    let conf = "\
[program:init]
command=sh -c 'echo init >> %(here)s/order'
priority=1
autostart=false
startsecs=0
autorestart=false
startinorder=true
startnextafter=exited

[program:db]
command=sh -c 'echo db >> %(here)s/order; exec sleep 100'
priority=2
autostart=false
startsecs=1
startinorder=true

[program:web]
command=sh -c 'echo web >> %(here)s/order; exec sleep 100'
priority=3
autostart=false
startsecs=1
";
    let d = Daemon::start("listenerstyle", conf);
    d.assert_log(
        "success: web entered RUNNING state",
        Duration::from_secs(10),
    );
    assert_eq!(
        std::fs::read_to_string(d.path("order")).unwrap(),
        "init\ndb\nweb\n"
    );
}

#[test]
fn listener_config_with_the_listener_kept_still_comes_up_in_order() {
    // The same kind of config with its [eventlistener] kept, run by the real listener
    // (ordered-startup-supervisord, installed into the venv by .ci/run): the chain starts
    // the programs; the listener's own startProcess calls find them started and it exits.
    let Some(listener) = support::ci_tool(
        "listener_config_with_the_listener_kept_still_comes_up_in_order",
        &["ordered-startup-listener"],
    ) else {
        return;
    };
    let program = |name: &str, priority: u32, chained: &str| {
        format!(
            "[program:{name}]\ncommand=sh -c 'echo {name} >> %(here)s/order; exec sleep 100'\n\
             priority={priority}\nstartsecs=1\n{chained}\n"
        )
    };
    let conf = format!(
        "[unix_http_server]\nfile=%(here)s/sock\n\n\
         [rpcinterface:supervisor]\n\
         supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
         [supervisorctl]\nserverurl=unix://%(here)s/sock\n\n\
         {}{}{}\
         [eventlistener:ordered_startup]\ncommand={} %(here)s/supervisord.conf\n\
         events=PROCESS_STATE\nbuffer_size=100\nstartsecs=0\ndirectory=%(here)s\n",
        program("a", 1, "startinorder=true\n"),
        program("b", 2, "autostart=false\nstartinorder=true\n"),
        program("c", 3, "autostart=false\n"),
        listener.display()
    );
    let d = Daemon::start("listenerkept", &conf);
    d.assert_log("success: c entered RUNNING state", Duration::from_secs(15));
    assert_eq!(
        std::fs::read_to_string(d.path("order")).unwrap(),
        "a\nb\nc\n"
    );
    // It ran, called startProcess (ALREADY_STARTED), and gave up without disturbing a thing.
    d.assert_log("exited: ordered_startup", Duration::from_secs(15));
    let log = d.log();
    assert!(!log.contains("FATAL"), "{log}");
    let listener_log = std::fs::read_to_string(d.path("ordered_startup.log")).unwrap_or_default();
    assert!(listener_log.contains("ALREADY_STARTED"), "{listener_log}");
}

#[test]
fn chain_order_counts_a_missing_priority_as_the_listeners_1000() {
    // The listener sorts by priority with 1000 for a program that sets none (supervisord's
    // default is 999), ties in file order: `unset` (first in the file) comes after `late`.
    // With startsecs=0 each link fires at the spawn, so the children run side by side: the
    // order is the loop's, read from its `spawned:` lines (children's own writes would race).
    let conf = "\
[program:unset]
command=sleep 100
startsecs=0
startinorder=true

[program:late]
command=sleep 100
priority=999
startsecs=0
startinorder=true

[program:tie]
command=sleep 100
priority=1000
startsecs=0
";
    let d = Daemon::start("listenerprio", conf);
    let spawned = || -> Vec<String> {
        d.log()
            .lines()
            .filter_map(|l| l.split("spawned: '").nth(1)?.split('\'').next())
            .map(str::to_string)
            .collect()
    };
    assert!(
        wait_for(Duration::from_secs(10), || spawned().len() == 3),
        "{}",
        d.log()
    );
    assert_eq!(spawned(), ["late", "unset", "tie"]);
}

/// Whether the daemon has `/dev/cpu_dma_latency` open.
fn has_latency_device(d: &Daemon) -> bool {
    d.fd_list()
        .iter()
        .any(|l| l.ends_with("/dev/cpu_dma_latency"))
}

/// The CPU latency limit in force machine-wide (the kernel's aggregate of all requests).
fn latency_limit() -> Option<i32> {
    let bytes = std::fs::read("/dev/cpu_dma_latency").ok()?;
    Some(i32::from_ne_bytes(bytes.get(..4)?.try_into().ok()?))
}

#[test]
fn precise_startup_requests_zero_cpu_latency_only_while_a_chain_waits() {
    let test = "precise_startup_requests_zero_cpu_latency_only_while_a_chain_waits";
    if !support::root_or_skip(test) {
        return;
    }
    if latency_limit().is_none_or(|l| l == 0) {
        support::skip(test, "needs /dev/cpu_dma_latency and no other 0 µs request");
        return;
    }
    let chain =
        "[program:first]\ncommand=sleep 100\nstartsecs=2\npriority=1\nstartinorder=true\n\n\
                 [program:second]\ncommand=sleep 100\nstartsecs=0\npriority=2\nautostart=false\n\n";
    let t = Duration::from_secs(5);
    let plain = Daemon::start("precise_off", chain);
    assert!(plain.wait_log(
        "success: second entered RUNNING state",
        Duration::from_secs(10)
    ));
    assert!(
        !has_latency_device(&plain),
        "the device opened without precise_startup"
    );
    // As root, then as `user=nobody` (the device is opened before privileges are dropped).
    for user in ["", "user=nobody\n"] {
        let dir = temp_dir("precise_on");
        std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o777))
            .unwrap();
        let d = Daemon::start_with(dir, &format!("precise_startup=true\n{user}"), chain);
        assert!(
            wait_for(t, || latency_limit() == Some(0)),
            "{}: no 0 µs request while first is STARTING: {:?}\n{}",
            user.trim(),
            d.fd_list(),
            d.log()
        );
        assert!(d.wait_log(
            "success: second entered RUNNING state",
            Duration::from_secs(10)
        ));
        assert!(
            wait_for(t, || latency_limit().is_some_and(|l| l != 0)),
            "{}: the request outlived the chain: {:?}",
            user.trim(),
            latency_limit()
        );
        assert!(
            !d.log().contains("cannot request CPU latency"),
            "{}",
            d.log()
        );
    }
}
