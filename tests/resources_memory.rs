//! `memory_limit` on real process trees: a pipeline whose `tail` holds ~40 MB (a child of
//! the program's shell, so only the tree sum sees it) goes over a 30 MB limit and the
//! checks every 0.5 s catch it on their grid. Restart: the reason is in the description,
//! the main log, a PROCESS_MEMORY event and `/metrics`; stop: the program stays STOPPED;
//! a signal: the program gets it and keeps running.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;
use supervisord::rpc::Value;
use support::*;

/// A shell whose child `tail` reads 40 MB without a newline and keeps it, then waits; the
/// writer says `filled` on stderr once the 40 MB are in the pipe (tail has all but the
/// pipe's buffer of it then).
const HOG: &str =
    "/bin/sh -c \"{ head -c 40000000 /dev/zero; echo filled >&2; exec sleep 1000; } | tail\"";

fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

fn description(d: &Daemon, name: &str) -> String {
    d.rpc("supervisor.getProcessInfo", &[Value::Str(name.into())])
        .ok()
        .and_then(|i| {
            field(&i, "description")
                .and_then(Value::as_str)
                .map(String::from)
        })
        .unwrap_or_default()
}

#[test]
fn a_tree_over_its_limit_is_restarted_on_the_check_grid_with_the_reason_everywhere() {
    let d = start(
        "mem_restart",
        &format!(
            "[program:hog]\ncommand={HOG}\nstartsecs=0\nstopasgroup=true\n\
             stderr_logfile=%(here)s/hog.err\nlog_timestamps=true\n\
             memory_limit=30MB\nMemory_Check_Interval=0.5\n\n\
             [eventlistener:rec]\ncommand=bash -c 'while :; do echo READY; read h || exit; \
             n=${{h##*len:}}; dd bs=1 count=$n 2>/dev/null >> %(here)s/events; echo >> %(here)s/events; \
             printf \"RESULT 2\\nOK\"; done'\nevents=PROCESS_MEMORY\n"
        ),
    );
    d.assert_log("restarted: RSS ", Duration::from_secs(15));
    assert!(
        d.wait_log_count("spawned: 'hog'", 2, Duration::from_secs(10)),
        "{}",
        d.log()
    );
    let log = d.log();
    let spawned = log_times(&log, "spawned: 'hog'")[0];
    let acted = log_times(&log, "restarted: RSS ")[0];
    let filled = log_times(&d.read("hog.err"), "filled")[0];
    // The checks run at spawn + k × 0.5 s: the first one after the tree went over acts.
    let k = ((acted - spawned) / 0.5).round();
    figure(&format!(
        "memory_limit: over the limit {:.3} s, restarted {:.3} s after the spawn \
         (check {k} of the 0.5 s grid)",
        filled - spawned,
        acted - spawned
    ));
    assert!(
        k >= 1.0 && (acted - spawned - k * 0.5).abs() <= 0.1,
        "action at {:.3} s after the spawn, off the 0.5 s grid:\n{log}",
        acted - spawned
    );
    assert!(
        acted > filled - 0.02 && acted - filled <= 0.5 + 0.1,
        "over at {filled:.3}, action at {acted:.3}: not within one interval:\n{log}"
    );
    let line = log.lines().find(|l| l.contains("restarted: RSS ")).unwrap();
    assert!(line.contains("WARN hog (pid "), "{line}");
    assert!(line.contains(" MB over memory_limit 30 MB"), "{line}");
    assert!(
        wait_for(Duration::from_secs(5), || description(&d, "hog")
            .contains("; restarted: RSS ")),
        "{}",
        description(&d, "hog")
    );
    assert!(
        wait_for(Duration::from_secs(10), || {
            let events = std::fs::read_to_string(d.path("events")).unwrap_or_default();
            events.contains("processname:hog groupname:hog pid:")
                && events.contains(" limit:31457280 action:restart\nrestarted: RSS ")
        }),
        "{:?}",
        std::fs::read_to_string(d.path("events"))
    );
    // A scrape while the hog has a pid (it restarts every check or two).
    let labels = "{group=\"hog\",name=\"hog\"";
    let series = [
        format!("supervisord_process_restarts_total{labels},reason=\"memory\"}} "),
        format!("supervisord_process_restarts_total{labels},reason=\"exit\"}} 0\n"),
        format!("supervisord_process_memory_limit_exceeded_total{labels}}} "),
        format!("supervisord_process_resident_memory_bytes{labels}}} "),
        format!("supervisord_process_cpu_seconds_total{labels}}} "),
    ];
    let mut metrics = String::new();
    assert!(
        wait_for(Duration::from_secs(10), || {
            metrics = fetch(&d.target, "GET", "/metrics", &[], b"").body;
            series.iter().all(|s| metrics.contains(s.as_str()))
                && !metrics.contains(&format!("{}0\n", series[0]))
        }),
        "{metrics}"
    );
}

#[test]
fn the_stop_action_stops_and_the_program_stays_stopped() {
    let d = start(
        "mem_stop",
        &format!(
            "[program:hog]\ncommand={HOG}\nstartsecs=0\nstopasgroup=true\n\
             memory_limit=30MB\nmemory_check_interval=0.5\nmemory_action=stop\n\n\
             [program:later]\ncommand=sleep 1.2\nstartsecs=0\nautorestart=false\nautostart=false\n"
        ),
    );
    d.assert_log("stopped: RSS ", Duration::from_secs(15));
    assert!(
        d.wait_all("STOPPED", Duration::from_secs(10)),
        "{}",
        d.log()
    );
    let desc = description(&d, "hog");
    assert!(desc.contains("; stopped: RSS "), "{desc}");
    assert!(desc.contains(" MB over memory_limit 30 MB"), "{desc}");
    // Two more check intervals (a 1.2 s program's life): nothing restarts it.
    d.rpc("supervisor.startProcess", &[Value::Str("later".into())])
        .unwrap();
    assert!(
        wait_for(Duration::from_secs(10), || d
            .infos()
            .iter()
            .any(|(n, s, _)| n == "later" && s == "EXITED")),
        "{}",
        d.log()
    );
    assert_eq!(d.log().matches("spawned: 'hog'").count(), 1, "{}", d.log());
    // An operator's start clears the words.
    d.rpc("supervisor.startProcess", &[Value::Str("hog".into())])
        .unwrap();
    assert!(!description(&d, "hog").contains("RSS"));
}

#[test]
fn a_signal_action_signals_the_program_which_keeps_running() {
    let d = start(
        "mem_signal",
        "[program:hog]\ncommand=/bin/sh -c \"trap 'echo got-usr1' USR1; \
         { head -c 40000000 /dev/zero; exec sleep 1000; } | tail & \
         while :; do sleep 0.1; done\"\n\
         startsecs=0\nstopasgroup=true\nstdout_logfile=%(here)s/hog.out\n\
         memory_limit=30MB\nmemory_check_interval=0.5\nmemory_action=SIGUSR1\n",
    );
    d.assert_log("signalled USR1: RSS ", Duration::from_secs(15));
    assert!(
        wait_for(Duration::from_secs(5), || d
            .read("hog.out")
            .contains("got-usr1")),
        "{}",
        d.log()
    );
    assert!(description(&d, "hog").contains("; signalled USR1: RSS "));
    assert_eq!(d.infos()[0].1, "RUNNING", "{}", d.log());
    assert_eq!(d.log().matches("spawned: 'hog'").count(), 1, "{}", d.log());
}

/// Every restart counts once under its reason: autorestart after an exit, a liveness
/// failure action, a changed binary and an operator's stop and start.
#[test]
fn restarts_are_counted_by_reason() {
    let dir = temp_dir("restart_reasons");
    let sleeper = dir.join("sleeper");
    std::fs::copy("/bin/sleep", &sleeper).unwrap();
    let conf = format!(
        "{}[program:exits]\ncommand=sleep 0.2\nstartsecs=0\nautorestart=true\n\n\
         [program:dead]\ncommand=sleep 100\nstartsecs=0\n\
         liveness_check_script=exit 1\nliveness_check_initial_delay=0.1\n\
         liveness_check_period=0.1\nliveness_check_failure_threshold=1\n\n\
         [program:bin]\ncommand={} 100\nstartsecs=0\nrestart_when_binary_changed=true\n\n\
         [program:op]\ncommand=sleep 100\nstartsecs=0\n",
        preamble(&dir, ""),
        sleeper.display()
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        wait_for(Duration::from_secs(10), || d
            .infos()
            .iter()
            .filter(|(_, s, _)| s == "RUNNING")
            .count()
            >= 3),
        "{}",
        d.log()
    );
    d.rpc("supervisor.stopProcess", &[Value::Str("op".into())])
        .unwrap();
    d.rpc("supervisor.startProcess", &[Value::Str("op".into())])
        .unwrap();
    // A chmod of the executable counts as a change.
    let _ = Command::new("chmod").arg("755").arg(&sleeper).status();
    let series = |name: &str, reason: &str| {
        format!(
            "supervisord_process_restarts_total{{group=\"{name}\",name=\"{name}\",reason=\"{reason}\"}} "
        )
    };
    let value = |text: &str, s: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(s))
            .and_then(|n| n.parse().ok())
            .unwrap_or(-1.0)
    };
    let mut metrics = String::new();
    assert!(
        wait_for(Duration::from_secs(15), || {
            metrics = fetch(&d.target, "GET", "/metrics", &[], b"").body;
            value(&metrics, &series("exits", "exit")) >= 2.0
                && value(&metrics, &series("dead", "liveness")) >= 1.0
                && value(&metrics, &series("bin", "binary")) >= 1.0
                && value(&metrics, &series("op", "operator")) == 1.0
        }),
        "{metrics}\n{}",
        d.log()
    );
    for (name, wrong) in [
        ("exits", ["memory", "liveness", "binary", "operator"]),
        ("dead", ["memory", "exit", "binary", "operator"]),
        ("bin", ["memory", "exit", "liveness", "operator"]),
        ("op", ["memory", "exit", "liveness", "binary"]),
    ] {
        for reason in wrong {
            assert_eq!(
                value(&metrics, &series(name, reason)),
                0.0,
                "{name} {reason}\n{metrics}"
            );
        }
    }
}

/// An in-place upgrade keeps each process's next memory check (the action still comes on
/// the grid from its spawn, not from the swap) and the restart counts by reason.
#[test]
fn an_upgrade_keeps_the_memory_grid_and_the_restart_counts() {
    let d = start(
        "mem_upgrade",
        &format!(
            "[program:hog]\ncommand={HOG}\nstartsecs=0\nstopasgroup=true\nautostart=false\n\
             memory_limit=30MB\nmemory_check_interval=2\n\n\
             [program:op]\ncommand=sleep 1000\nstartsecs=0\n"
        ),
    );
    let op = Value::Str("op".into());
    assert!(d.wait_log("success: op entered RUNNING", Duration::from_secs(10)));
    d.rpc("supervisor.stopProcess", std::slice::from_ref(&op))
        .unwrap();
    d.rpc("supervisor.startProcess", &[op]).unwrap();
    d.rpc("supervisor.startProcess", &[Value::Str("hog".into())])
        .unwrap();
    // The swap half a second after the spawn: a check counted again from the swap would
    // come that much later than the grid's.
    let uptime = "supervisord_process_uptime_seconds{group=\"hog\",name=\"hog\"} ";
    assert!(wait_for(Duration::from_secs(10), || {
        let m = fetch(&d.target, "GET", "/metrics", &[], b"").body;
        m.lines()
            .find_map(|l| l.strip_prefix(uptime))
            .and_then(|n| n.parse::<f64>().ok())
            .is_some_and(|n| n > 0.5)
    }));
    let out = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["ctl", "-c"])
        .arg(d.path("supervisord.conf"))
        .arg("upgrade")
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}\n{}", out, d.log());
    d.assert_log("restarted: RSS ", Duration::from_secs(10));
    let log = d.log();
    let spawned = log_times(&log, "spawned: 'hog'")[0];
    let swapped = log_times(&log, "upgraded in place (generation 1)")[0];
    let acted = log_times(&log, "restarted: RSS ")[0];
    figure(&format!(
        "memory check across an upgrade: swap {:.3} s, action {:.3} s after the spawn (grid: 2 s)",
        swapped - spawned,
        acted - spawned
    ));
    assert!(
        (0.2..1.8).contains(&(swapped - spawned)),
        "the swap came too early or too late to tell:\n{log}"
    );
    assert!(
        (acted - spawned - 2.0).abs() <= 0.1,
        "action {:.3} s after the spawn, not on its 2 s grid:\n{log}",
        acted - spawned
    );
    let metrics = fetch(&d.target, "GET", "/metrics", &[], b"").body;
    assert!(
        metrics.contains(
            "supervisord_process_restarts_total{group=\"op\",name=\"op\",reason=\"operator\"} 1\n"
        ),
        "{metrics}"
    );
}

/// The checks are deadlines only while a program with a limit has a pid: with it stopped
/// the idle daemon does not wake; running, it wakes for each check.
#[test]
fn memory_checks_wake_the_loop_only_while_a_limited_program_runs() {
    let d = start(
        "mem_idle",
        "[program:small]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n\
         memory_limit=1GB\nmemory_check_interval=0.25\n\n\
         [program:plain]\ncommand=sleep 1000\nstartsecs=0\n",
    );
    assert!(d.wait_log("success: plain entered RUNNING", Duration::from_secs(10)));
    let idle = |what: &str| {
        let before = loop_switches(d.pid());
        // A measurement over a fixed span: wake-ups are what is counted.
        std::thread::sleep(Duration::from_millis(2000));
        let n = loop_switches(d.pid()) - before;
        figure(&format!("memory_limit {what}: {n} loop wake-ups in 2 s"));
        n
    };
    let stopped = idle("set on a stopped program");
    assert!(stopped <= 2, "the idle loop woke {stopped} times");
    d.rpc("supervisor.startProcess", &[Value::Str("small".into())])
        .unwrap();
    let running = idle("checked every 0.25 s");
    assert!(
        running >= 6,
        "only {running} wake-ups with checks every 0.25 s"
    );
}
