//! Throughput of child output capture versus a plain file copy (ignored by default; run
//! with `cargo test --release --test logging_throughput -- --ignored --nocapture`).

#[allow(dead_code, unused_imports)]
mod support;

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::time::Instant;
use supervisord::config::model::LogFormat;
use supervisord::logging::capture::{Channel, StreamCapture, StreamCaptureConfig};

#[test]
#[ignore]
fn capture_throughput_close_to_plain_copy() {
    let d = support::temp_dir("tp");
    let mut chunk = Vec::new();
    while chunk.len() < 64 * 1024 {
        chunk.extend_from_slice(b"2026-11-22 18:02:58 some typical log line of a child process\n");
    }
    chunk.truncate(64 * 1024);
    let rounds = 4096; // 256 MiB
    let plain_path = d.join("plain.log");
    let t = Instant::now();
    {
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&plain_path)
            .unwrap();
        for _ in 0..rounds {
            f.write_all(&chunk).unwrap();
        }
    }
    let plain = t.elapsed();
    let _ = fs::remove_file(&plain_path);
    let cfg = StreamCaptureConfig {
        process_name: "w".into(),
        program: "w".into(),
        channel: Channel::Stdout,
        paths: vec![d.join("cap.log")],
        // Rotation is on (size checks on every write) but not reached: an actual rotation
        // costs the kernel's unlink of the oldest backup (~10 ms per 50 MB in page cache),
        // the same for Python and for `logrotate`, and is not what this measures.
        maxbytes: 1 << 30,
        backups: 2,
        pipe: Default::default(),
        syslog: false,
        capture_maxbytes: 0,
        events_enabled: false,
        strip_ansi: false,
        timestamps: false,
        format: LogFormat::Text,
    };
    let mut cap = StreamCapture::new(&cfg).unwrap();
    let t = Instant::now();
    for _ in 0..rounds {
        let out = cap.write(&chunk);
        assert!(out.errors.is_empty());
    }
    let ours = t.elapsed();
    let ratio = plain.as_secs_f64() / ours.as_secs_f64();
    eprintln!("plain {plain:?}, capture {ours:?}, ratio {ratio:.2}");
    drop(cap);
    let _ = fs::remove_file(d.join("cap.log"));
    // `stdout_logfile_format = json`: reported, no target (each line becomes an object
    // about twice its size).
    let json_cfg = StreamCaptureConfig {
        paths: vec![d.join("json.log")],
        format: LogFormat::Json,
        ..cfg
    };
    let mut cap = StreamCapture::new(&json_cfg).unwrap();
    let t = Instant::now();
    for _ in 0..rounds {
        let out = cap.write(&chunk);
        assert!(out.errors.is_empty());
    }
    let json = t.elapsed();
    eprintln!(
        "json capture {json:?}, ratio {:.2} of the plain copy of the raw bytes",
        plain.as_secs_f64() / json.as_secs_f64()
    );
    let _ = fs::remove_dir_all(&d);
    assert!(ratio > 0.85, "capture is {ratio:.2}x of a plain copy");
}
