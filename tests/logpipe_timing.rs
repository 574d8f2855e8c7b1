//! The log pipeline's timing with real processes: an hourly rotation at the boundary
//! (a test-only clock offset, `SUPERVISORD_TEST_CLOCK_OFFSET`, honoured by debug builds
//! only, puts the boundary two seconds away), and an idle daemon with the whole pipeline
//! configured making no wake-ups.

#[allow(dead_code, unused_imports)]
mod support;

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

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
