//! The log pipeline with real processes: a numbered writer (`seq`) at full speed through
//! more than 100 size rotations with gzip and retention, for index and date naming — what
//! is kept, decompressed and concatenated, is a contiguous run of whole lines ending at
//! the last one; and `max_age` / `max_total` removing exactly the right files.

#[allow(dead_code, unused_imports)]
mod support;

use std::fs::{self, File, FileTimes};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use flate2::read::GzDecoder;
use supervisord::rpc::Value;
use support::daemon::Scratch;
use support::logs::errors;
use support::*;

/// Lines `seq` writes: about 6.9 MB, 140 rotations of 48 KiB.
const LINES: u64 = 1_000_000;

fn names(dir: &Path, prefix: &str) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix))
        .collect();
    v.sort();
    v
}

fn gunzip(p: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    GzDecoder::new(File::open(p).unwrap())
        .read_to_end(&mut out)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    out
}

/// The rotated `.gz` files of `x.log` oldest first, for either naming.
fn oldest_first(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<(i64, u64, String)> = names(dir, "x.log.")
        .into_iter()
        .map(|n| {
            let core = n
                .strip_prefix("x.log.")
                .and_then(|s| s.strip_suffix(".gz"))
                .unwrap_or_else(|| panic!("unexpected file {n}"));
            match core.parse::<i64>() {
                Ok(i) => (-i, 0, n),
                Err(_) => {
                    let seq = core.split('.').nth(1).map_or(0, |s| s.parse().unwrap());
                    (0, seq, n)
                }
            }
        })
        .collect();
    files.sort();
    files.into_iter().map(|(_, _, n)| dir.join(n)).collect()
}

fn numbered_writer(naming: &str) {
    let s = Scratch::new(&format!("logpipe-seq-{naming}"));
    let dir = s.0.clone();
    let conf = format!(
        "{}[program:seq]\ncommand=seq {LINES}\nautorestart=false\nstartsecs=0\n\
         stdout_logfile=%(here)s/x.log\nstdout_logfile_maxbytes=48KB\n\
         stdout_logfile_backups=40\nstdout_logfile_compress=gzip\n\
         stdout_logfile_rotate_naming={naming}\nstdout_logfile_max_total=200KB\n",
        preamble(&dir, "")
    );
    let d = Daemon::start_conf(dir.clone(), &conf);
    assert!(
        wait_for(Duration::from_secs(120), || {
            d.infos()
                .iter()
                .any(|(n, st, _)| n == "seq" && st == "EXITED")
        }),
        "seq did not finish: {:?}",
        d.infos()
    );
    // The worker is done when nothing waits for it and the newest rotation is compressed.
    let settled = wait_for(Duration::from_secs(120), || {
        let all = names(&dir, "x.log.");
        let total: u64 = all
            .iter()
            .filter_map(|n| fs::metadata(dir.join(n)).ok())
            .map(|m| m.len())
            .sum();
        !all.is_empty() && all.iter().all(|n| n.ends_with(".gz")) && total <= 200 * 1024
    });
    assert!(
        settled,
        "compression did not finish: {:?}",
        names(&dir, "x.log.")
    );
    // readLog reads the live file, whatever the pipeline does with rotated ones.
    let live = fs::read_to_string(dir.join("x.log")).unwrap();
    let read = d.rpc(
        "supervisor.readProcessStdoutLog",
        &[Value::Str("seq".into()), Value::Int(0), Value::Int(0)],
    );
    assert_eq!(read, Ok(Value::Str(live)));
    let kept = oldest_first(&dir);
    let mut total = 0u64;
    let mut text = Vec::new();
    for f in &kept {
        let data = gunzip(f);
        assert!(data.ends_with(b"\n"), "{} ends mid-line", f.display());
        total += fs::metadata(f).unwrap().len();
        text.extend_from_slice(&data);
    }
    text.extend_from_slice(&fs::read(dir.join("x.log")).unwrap());
    let numbers: Vec<u64> = String::from_utf8(text)
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("split line {l:?}")))
        .collect();
    let first = numbers[0];
    for (i, n) in numbers.iter().enumerate() {
        assert_eq!(*n, first + i as u64, "gap or repeat at {i}");
    }
    assert_eq!(numbers.last(), Some(&LINES));
    assert!(
        first > 1,
        "retention removed nothing: {:?}",
        names(&dir, "x.log")
    );
    assert!(total <= 200 * 1024, "max_total exceeded: {total}");
    // Every rotation kept whole: at least the files max_total allows, each a 48 KiB file.
    assert!(kept.len() >= 5, "kept {:?}", kept);
    // Each rotation closes a file at the first line end at or past 48 KiB, so the lines
    // before the live file took at least this many rotations.
    let live_first = numbers.len()
        - String::from_utf8_lossy(&fs::read(dir.join("x.log")).unwrap())
            .lines()
            .count();
    let live_start = numbers.get(live_first).copied().unwrap_or(LINES + 1);
    let before: u64 = (1..live_start)
        .map(|n| n.to_string().len() as u64 + 1)
        .sum();
    let rotations = before / (48 * 1024 + 8);
    figure(&format!(
        "logpipe {naming}: kept {} files ({total} bytes gz), lines {first}..={LINES}, {rotations}+ rotations",
        kept.len()
    ));
    assert!(rotations >= 100, "only {rotations} rotations");
    assert!(
        errors(&d.log()).is_empty(),
        "errors: {:?}",
        errors(&d.log())
    );
}

#[test]
fn index_naming_gzip_and_max_total_keep_a_contiguous_run() {
    numbered_writer("index");
}

#[test]
fn date_naming_gzip_and_max_total_keep_a_contiguous_run() {
    numbered_writer("date");
}

fn set_age(p: &Path, secs: u64) {
    let f = File::options().write(true).open(p).unwrap();
    f.set_times(FileTimes::new().set_modified(SystemTime::now() - Duration::from_secs(secs)))
        .unwrap();
}

#[test]
fn max_age_and_max_total_remove_exactly_the_older_files() {
    let s = Scratch::new("logpipe-retention");
    let dir = s.0.clone();
    for prog in ["age", "total"] {
        // A live file one byte short of maxbytes: the program's first line rotates it.
        fs::write(dir.join(format!("{prog}.log")), vec![b'x'; 999]).unwrap();
        let ages = [600, 1200, 1800, 7200, 10800, 14400];
        for (i, age) in ages.iter().enumerate() {
            let p = dir.join(format!("{prog}.log.{}", i + 1));
            fs::write(&p, vec![b'y'; 1000]).unwrap();
            set_age(&p, *age);
        }
    }
    let prog = |name: &str, key: &str| {
        format!(
            "[program:{name}]\ncommand=sh -c 'echo x; exec sleep 1000'\nstartsecs=0\n\
             stdout_logfile=%(here)s/{name}.log\nstdout_logfile_maxbytes=1000\n\
             stdout_logfile_backups=10\n{key}\n"
        )
    };
    let conf = format!(
        "{}{}{}",
        preamble(&dir, ""),
        prog("age", "stdout_logfile_max_age=1h"),
        prog("total", "stdout_logfile_max_total=3500")
    );
    let d = Daemon::start_conf(dir.clone(), &conf);
    let rotated = |p: &str| names(&dir, &format!("{p}.log."));
    assert!(
        wait_for(Duration::from_secs(20), || rotated("age").len() == 4
            && rotated("total").len() == 3),
        "age: {:?} total: {:?}\n{}",
        rotated("age"),
        rotated("total"),
        d.log()
    );
    // age: the fresh .1 and the 10, 20, 30 minute old files; 2 h and older are gone.
    assert_eq!(
        rotated("age"),
        ["age.log.1", "age.log.2", "age.log.3", "age.log.4"]
    );
    // total: 1001 + 1000 + 1000 bytes fit in 3500; the fourth file would not.
    assert_eq!(
        rotated("total"),
        ["total.log.1", "total.log.2", "total.log.3"]
    );
    assert_eq!(fs::metadata(dir.join("total.log.1")).unwrap().len(), 1001);
    assert_eq!(fs::read(dir.join("age.log")).unwrap(), b"");
}

#[test]
fn a_bad_pipeline_value_names_file_section_option_and_line() {
    let s = Scratch::new("logpipe-check");
    for (section, line, want) in [
        (
            "[program:web]\ncommand=cat",
            "stderr_logfile_rotate=weekly",
            "stderr_logfile_rotate: must be size, hourly",
        ),
        (
            "[program:web]\ncommand=cat",
            "STDOUT_LOGFILE_MAX_AGE=7w",
            "stdout_logfile_max_age",
        ),
        (
            "[supervisord]",
            "logfile_compress=zip",
            "logfile_compress must be one of none, gzip",
        ),
        (
            "[program:web]\ncommand=cat",
            "stdout_logfile_max_total=lots",
            "stdout_logfile_max_total",
        ),
    ] {
        let sup = if section == "[supervisord]" {
            ""
        } else {
            "[supervisord]\n"
        };
        let conf = s.write("bad.conf", format!("{sup}{section}\n{line}\n"));
        let out = support::check_conf(&[], &conf);
        let text = String::from_utf8_lossy(&out.stderr).to_string()
            + &String::from_utf8_lossy(&out.stdout);
        let n = format!("{sup}{section}\n").lines().count() + 1;
        assert!(!out.status.success(), "{line}: accepted");
        assert!(text.contains(want), "{line}: {text}");
        assert!(text.contains(&format!("line: {n})")), "{line}: {text}");
        assert!(text.contains("bad.conf"), "{line}: {text}");
        assert!(text.contains("in section '"), "{line}: {text}");
    }
}

#[test]
fn the_main_log_rotates_into_gzip_files_with_its_own_keys() {
    let s = Scratch::new("logpipe-mainlog");
    let dir = s.0.clone();
    // Twenty bursts of ~4 KB with pauses between: each burst is at least one read, one
    // debug line over logfile_maxbytes and so one rotation, however the reads are chunked
    // (one 100 KB burst could be read in two chunks under load: two rotations only).
    let conf = format!(
        "{}[program:talk]\ncommand=sh -c 'for i in $(seq 20); do seq 1 1000; sleep 0.1; done; \
         exec sleep 100'\nstartsecs=0\n",
        preamble(
            &dir,
            "logfile_backups=3\nlogfile_compress=gzip\nlogfile_rotate_naming=index"
        )
        .replace("loglevel=info", "loglevel=debug")
        .replace("logfile_maxbytes=0", "logfile_maxbytes=2KB")
    );
    let d = Daemon::start_conf(dir.clone(), &conf);
    let gz = |n: u32| dir.join(format!("main.log.{n}.gz"));
    assert!(
        wait_for(Duration::from_secs(30), || gz(3).exists()),
        "{:?}",
        names(&dir, "main.log")
    );
    let text = String::from_utf8(gunzip(&gz(3))).unwrap();
    assert!(
        text.ends_with('\n') && text.contains("'talk' stdout output"),
        "{text}"
    );
    assert!(!gz(4).exists());
    drop(d);
}

#[test]
fn a_compression_cut_short_is_redone_by_the_next_daemon() {
    // What a daemon stopped (or upgraded) mid-compression leaves: the renamed live file
    // and a partial temp file.
    let s = Scratch::new("logpipe-redo");
    let dir = s.0.clone();
    fs::write(dir.join("x.log.pending.00000000000000000001"), "1\n2\n").unwrap();
    fs::write(dir.join("x.log.1.gz.tmp"), "partial").unwrap();
    fs::write(dir.join("x.log.1.gz"), "stale, to be shifted").unwrap();
    let conf = format!(
        "{}[program:idle]\ncommand=sleep 100\nstartsecs=0\nstdout_logfile=%(here)s/x.log\n\
         stdout_logfile_compress=gzip\nstdout_logfile_backups=2\n",
        preamble(&dir, "")
    );
    let _d = Daemon::start_conf(dir.clone(), &conf);
    assert!(
        wait_for(Duration::from_secs(20), || names(&dir, "x.log.")
            == ["x.log.1.gz", "x.log.2.gz"]),
        "{:?}",
        names(&dir, "x.log.")
    );
    assert_eq!(gunzip(&dir.join("x.log.1.gz")), b"1\n2\n");
    assert_eq!(
        fs::read(dir.join("x.log.2.gz")).unwrap(),
        b"stale, to be shifted"
    );
}
