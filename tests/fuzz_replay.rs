//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`) and regression inputs
//! (`fuzz/artifacts/<target>/`) through the same target bodies the cargo-fuzz binaries run
//! ([`supervisord::fuzz_targets`]), on stable and without libFuzzer. Every input must
//! finish without panicking and within a time bound; the process must stay within a
//! memory bound.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use supervisord::fuzz_targets::{by_name, Target, TARGETS};

/// Per-input time bound (debug build; libFuzzer itself runs with `-timeout=5` optimised).
const INPUT_TIMEOUT: Duration = Duration::from_secs(2);
/// Stack of the replay thread: the daemon's event loop runs on the main thread (8 MiB).
const STACK: usize = 8 << 20;
/// Peak resident memory allowed for the whole replay.
const MAX_RSS_KIB: i64 = 1 << 20;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Files directly under `dir` (missing directory → none), sorted for stable output.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Runs one input on its own thread; `Err` describes a panic or a timeout.
fn run_one(target: Target, data: Vec<u8>) -> Result<Duration, String> {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| target(&data));
            let _ = tx.send(r.is_ok());
        })
        .map_err(|e| format!("spawn: {e}"))?;
    match rx.recv_timeout(INPUT_TIMEOUT) {
        Ok(true) => Ok(start.elapsed()),
        Ok(false) => Err("panicked".into()),
        Err(_) => Err(format!("did not finish within {INPUT_TIMEOUT:?}")),
    }
}

fn replay(name: &str) {
    let target = by_name(name).expect("target registered");
    let corpus = inputs(&fuzz_dir().join("corpus").join(name));
    assert!(
        !corpus.is_empty(),
        "fuzz/corpus/{name}/ is empty: run `make fuzz` and commit the corpus"
    );
    let artifacts = inputs(&fuzz_dir().join("artifacts").join(name));
    let mut failures = Vec::new();
    let mut slowest = Duration::ZERO;
    for path in corpus.iter().chain(&artifacts) {
        let data = std::fs::read(path).expect("read corpus file");
        match run_one(target, data) {
            Ok(t) => slowest = slowest.max(t),
            Err(why) => failures.push(format!("{}: {why}", path.display())),
        }
    }
    eprintln!(
        "{name}: {} corpus + {} artifact inputs, slowest {slowest:?}",
        corpus.len(),
        artifacts.len()
    );
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    let rss = max_rss_kib();
    assert!(rss < MAX_RSS_KIB, "{name}: peak RSS {rss} KiB");
}

/// Peak resident set size of this test process.
fn max_rss_kib() -> i64 {
    nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_SELF)
        .map(|u| u.max_rss())
        .unwrap_or(0)
}

#[test]
fn every_fuzz_binary_has_a_replayed_target() {
    let bins = inputs(&fuzz_dir().join("fuzz_targets"));
    assert!(!bins.is_empty(), "no fuzz/fuzz_targets/*.rs");
    for b in &bins {
        let stem = b.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        assert!(
            by_name(stem).is_some(),
            "{stem} is not in fuzz_targets::TARGETS"
        );
    }
    assert_eq!(bins.len(), TARGETS.len(), "a target has no fuzz binary");
}

#[test]
fn replay_pattern() {
    replay("pattern");
}

#[test]
fn replay_ready_spec() {
    replay("ready_spec");
}

#[test]
fn replay_listener_protocol() {
    replay("listener_protocol");
}

#[test]
fn replay_capture() {
    replay("capture");
}

#[test]
fn replay_ini() {
    replay("ini");
}

#[test]
fn replay_config_load() {
    replay("config_load");
}

#[test]
fn replay_xmlrpc() {
    replay("xmlrpc");
}

#[test]
fn replay_http_auth() {
    replay("http_auth");
}

#[test]
fn replay_json_body() {
    replay("json_body");
}

#[test]
fn replay_http_request() {
    replay("http_request");
}

#[test]
fn replay_env_dict() {
    replay("env_dict");
}

#[test]
fn replay_command_split() {
    replay("command_split");
}
