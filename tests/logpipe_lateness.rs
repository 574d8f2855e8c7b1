//! The loop's timers stay on time while a 200 MB rotated file is compressed: process
//! timers of flapping programs (startsecs) fire meanwhile, their lateness read from the
//! main log and compared with control windows before and after; `/metrics`
//! (`supervisord_timer_lateness_max_seconds`) is printed too. Its own test binary, so no
//! other test of ours loads the machine meanwhile.

#[allow(dead_code, unused_imports)]
mod support;

use std::fs;
use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use supervisord::rpc::Value;
use support::daemon::Scratch;
use support::*;

/// `(timers fired, worst lateness s)` from `/metrics`.
fn timers(target: &Target) -> (f64, f64) {
    let text = request(target, "GET", "/metrics", &[], b"")
        .map(|r| r.text())
        .unwrap_or_default();
    let value = |name: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name} missing from /metrics:\n{text}"))
    };
    (
        value("supervisord_timers_fired_total"),
        value("supervisord_timer_lateness_max_seconds"),
    )
}

#[test]
fn loop_timers_stay_on_time_while_200mb_compress() {
    let s = Scratch::new("logpipe-lateness");
    let dir = s.0.clone();
    let big = dir.join("big.log");
    let mut w = BufWriter::new(fs::File::create(&big).unwrap());
    let mut n: u64 = 0;
    while n < 200 * 1024 * 1024 {
        let line = format!(
            "2026-12-03 12:{:02}:{:02},{:03} INFO request id={} path=/api/v1/items/{} status=200 bytes={}\n",
            (n / 7) % 60,
            (n / 3) % 60,
            n % 1000,
            n * 7919 % 1_000_003,
            n % 997,
            n * 31 % 65_536
        );
        w.write_all(line.as_bytes()).unwrap();
        n += line.len() as u64;
    }
    // On disk before the daemon starts: its writes are not held up by writeback of ours.
    w.into_inner().unwrap().sync_all().unwrap();
    let mut conf = format!(
        "{}[program:big]\ncommand=sh -c 'echo go; exec sleep 1000'\nautostart=false\n\
         startsecs=0\nstdout_logfile=%(here)s/big.log\nstdout_logfile_maxbytes=100MB\n\
         stdout_logfile_compress=gzip\n",
        preamble(&dir, "")
    );
    for i in 0..4 {
        conf.push_str(&format!(
            "[program:flap{i}]\ncommand=sleep 1.{i}5\nstartsecs=1\nautorestart=true\n\
             stdout_logfile=NONE\n"
        ));
    }
    let d = Daemon::start_conf(dir.clone(), &conf);
    // A control window of flapping without compression: the host's own lateness.
    let control_from = d.log().lines().count();
    assert!(wait_for(Duration::from_secs(30), || {
        lateness(&d.log(), control_from, usize::MAX).len() >= 12
    }));
    let mut control = lateness(&d.log(), control_from, usize::MAX);
    let (fired0, _) = timers(&d.target);
    let from = d.log().lines().count();
    let started = Instant::now();
    d.rpc("supervisor.startProcess", &[Value::Str("big".into())])
        .expect("start big");
    let gz = dir.join("big.log.1.gz");
    assert!(
        wait_for(Duration::from_secs(300), || gz.exists()),
        "no big.log.1.gz: {:?}",
        fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect::<Vec<_>>()
    );
    let took = started.elapsed();
    let until = d.log().lines().count();
    let (fired, worst_since_start) = timers(&d.target);
    let during = lateness(&d.log(), from, until);
    // A second control window after the compression.
    assert!(wait_for(Duration::from_secs(30), || {
        lateness(&d.log(), until, usize::MAX).len() >= 12
    }));
    control.extend(lateness(&d.log(), until, usize::MAX));
    let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    figure(&format!(
        "logpipe: 200 MB compressed in {:.1} s; {} process timers fired, startsecs lateness max {:.0} ms \
         ({} samples; control windows without compression: max {:.0} ms of {}); /metrics worst since start {:.1} ms",
        took.as_secs_f64(),
        fired - fired0,
        max(&during),
        during.len(),
        max(&control),
        control.len(),
        worst_since_start * 1000.0
    ));
    assert!(
        during.len() >= 4,
        "too few timers during compression: {during:?}"
    );
    assert!(!dir.join("big.log.1").exists());
    assert!(fs::metadata(&gz).unwrap().len() > 0);
    // 10 ms, unless the host alone (the control window) is already later than that.
    let bound = 10.0f64.max(max(&control) + 5.0);
    assert!(
        max(&during) <= bound,
        "timers late by up to {} ms during compression (bound {bound} ms): {during:?}",
        max(&during)
    );
}

/// Lateness (ms) of each startsecs promotion spawned and promoted within main-log lines
/// `from..until`: `success:` time − `spawned:` time − 1 s (millisecond stamps).
fn lateness(log: &str, from: usize, until: usize) -> Vec<f64> {
    promotion_lateness(log.lines().take(until).skip(from))
}
