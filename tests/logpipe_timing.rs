//! The log pipeline's timing with real processes: an hourly rotation at the boundary
//! (a test-only clock offset, `SUPERVISORD_TEST_CLOCK_OFFSET`, honoured by debug builds
//! only, puts the boundary two seconds away), and the loop's timers staying on time
//! while a 200 MB rotated file is compressed (`supervisord_timer_lateness_max_seconds`
//! from `/metrics`, process timers of flapping programs firing meanwhile).

#[allow(dead_code, unused_imports)]
mod support;

use std::collections::HashMap;
use std::fs;
use std::io::{BufWriter, Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use supervisord::rpc::Value;
use support::daemon::Scratch;
use support::*;

fn times(p: &Path) -> Vec<f64> {
    fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("bad line {l:?}")))
        .collect()
}

#[test]
fn hourly_rotation_happens_at_the_boundary() {
    let s = Scratch::new("logpipe-hourly");
    let dir = s.0.clone();
    let now = now_epoch();
    // The daemon's clock reads two seconds before a full (UTC) hour.
    let boundary = ((now / 3600.0).ceil() + 1.0) * 3600.0;
    let offset = boundary - 2.0 - now;
    let out = Command::new("date")
        .args([
            "-u",
            "-d",
            &format!("@{}", boundary as i64 - 3600),
            "+%Y-%m-%dT%H",
        ])
        .output()
        .expect("date");
    let stamp = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let conf = format!(
        "{}[program:clock]\ncommand=sh -c 'while :; do date +%%s.%%N; sleep 0.02; done'\n\
         startsecs=0\nstdout_logfile=%(here)s/x.log\nstdout_logfile_maxbytes=0\n\
         stdout_logfile_rotate=hourly\nstdout_logfile_rotate_naming=date\n\
         [program:zipped]\ncommand=sh -c 'while :; do date +%%s.%%N; sleep 0.1; done'\n\
         startsecs=0\nstdout_logfile=%(here)s/z.log\nstdout_logfile_maxbytes=0\n\
         stdout_logfile_rotate=hourly\nstdout_logfile_compress=gzip\n",
        preamble(&dir, "")
    );
    let _d = Daemon::start_conf_with(dir.clone(), &conf, |c| {
        c.env("TZ", "UTC")
            .env("SUPERVISORD_TEST_CLOCK_OFFSET", format!("{offset:.6}"));
    });
    let rotated = dir.join(format!("x.log.{stamp}"));
    assert!(
        wait_for(Duration::from_secs(20), || rotated.exists()
            && times(&dir.join("x.log")).len() >= 10),
        "no rotation to {}: {:?}",
        rotated.display(),
        fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect::<Vec<_>>()
    );
    let old = times(&rotated);
    let new = times(&dir.join("x.log"));
    assert!(!old.is_empty());
    let last_old = old.last().unwrap() + offset - boundary;
    let first_new = new[0] + offset - boundary;
    figure(&format!(
        "logpipe hourly: last line in the rotated file {:+.1} ms, first in the new one {:+.1} ms from the boundary",
        last_old * 1000.0,
        first_new * 1000.0
    ));
    // A line made after the boundary in the old file means the rotation was late (by
    // more than the loop's own lateness on a loaded host, a few ms when quiet).
    assert!(last_old <= 0.100, "rotation late: {last_old}");
    // Nothing lost around the swap (lines come every ~20 ms).
    assert!(first_new - last_old < 0.5, "gap {last_old} .. {first_new}");
    assert!(first_new > -0.5, "new file starts early: {first_new}");
    // The same boundary with index naming and gzip: z.log.1.gz holds the lines before it.
    let gz = dir.join("z.log.1.gz");
    assert!(wait_for(Duration::from_secs(20), || gz.exists()));
    let mut text = String::new();
    flate2::read::GzDecoder::new(fs::File::open(&gz).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let last = text.lines().last().unwrap().parse::<f64>().unwrap() + offset - boundary;
    assert!(last <= 0.100, "z.log rotated late: {last}");
}

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
    let control = lateness(&d.log(), control_from, usize::MAX);
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
    let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    figure(&format!(
        "logpipe: 200 MB compressed in {:.1} s; {} process timers fired, startsecs lateness max {:.0} ms \
         ({} samples; control window without compression: max {:.0} ms of {}); /metrics worst since start {:.1} ms",
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
    let mut spawned: HashMap<String, f64> = HashMap::new();
    let mut out = Vec::new();
    for line in log.lines().take(until).skip(from) {
        let Some(t) = log_times(line, "").first().copied() else {
            continue;
        };
        if let Some(rest) = line.split("spawned: '").nth(1) {
            if let Some(name) = rest.split('\'').next() {
                spawned.insert(name.to_string(), t);
            }
        } else if let Some(rest) = line.split("success: ").nth(1) {
            if let Some(name) = rest.split(' ').next() {
                if let Some(s) = spawned.remove(name) {
                    out.push((t - s - 1.0) * 1000.0);
                }
            }
        }
    }
    out
}

/// Voluntary context switches of the daemon's main thread and of its log-compress thread.
fn switches(pid: i32) -> (u64, u64) {
    let of = |task: &str| -> u64 {
        fs::read_to_string(format!("/proc/{pid}/task/{task}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(u64::MAX)
    };
    let worker = fs::read_dir(format!("/proc/{pid}/task"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|t| {
            fs::read_to_string(format!("/proc/{pid}/task/{t}/comm"))
                .is_ok_and(|c| c.trim() == "log-compress")
        })
        .expect("no log-compress thread");
    (of(&pid.to_string()), of(&worker))
}

#[test]
fn an_idle_daemon_with_the_whole_pipeline_configured_does_not_wake() {
    let s = Scratch::new("logpipe-idle");
    let dir = s.0.clone();
    // A daily boundary twelve hours away.
    let hour = ((now_epoch() as u64 / 3600) + 12) % 24;
    let conf = format!(
        "{}[program:quiet]\ncommand=sleep 100\nstartsecs=0\nstdout_logfile=%(here)s/x.log\n\
         stdout_logfile_rotate=daily@{hour:02}:00\nstdout_logfile_rotate_naming=date\n\
         stdout_logfile_compress=gzip\nstdout_logfile_max_age=7d\n\
         stdout_logfile_max_total=1GB\n",
        preamble(&dir, "")
    );
    let d = Daemon::start_conf_with(dir.clone(), &conf, |c| {
        c.env("TZ", "UTC");
    });
    assert!(d.wait_log("entered RUNNING", Duration::from_secs(10)));
    // The compression thread started (a tidy at open) and went idle.
    assert!(wait_for(Duration::from_secs(10), || {
        let a = switches(d.pid());
        std::thread::sleep(Duration::from_millis(200));
        a == switches(d.pid())
    }));
    let before = switches(d.pid());
    std::thread::sleep(Duration::from_millis(2500));
    let after = switches(d.pid());
    figure(&format!(
        "idle daemon with time rotation, gzip and retention: {} loop and {} worker wake-ups in 2.5 s",
        after.0 - before.0,
        after.1 - before.1
    ));
    assert!(
        after.0 - before.0 <= 2,
        "the loop woke {} times",
        after.0 - before.0
    );
    assert_eq!(after.1, before.1, "the compression thread woke");
}
