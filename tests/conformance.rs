//! The configuration conformance corpus: real-world `supervisord.conf` files
//! (`tests/conformance/configs/`) and what Python Supervisor 4.3.0 reads from each
//! (`tests/conformance/expected/`, the contract in `tests/conformance/SCHEMA.md`).
//!
//! For every config this runs the real binary as `supervisord check --json -c <dir>/NNN.conf`
//! under the harness rules the expectations were produced with, and compares its JSON with
//! the expectation field by field — the same rules and normalisations as the corpus'
//! `compare.py` (full mode, not `--core`):
//!
//! * the config is copied alone, under its corpus name, into a fresh `/tmp/supconf-here-*`
//!   directory, and the binary runs with its working directory a second fresh, empty
//!   `/tmp/supconf-cwd-*` directory;
//! * the environment is exactly `HOME=/home/conformance`, `TMPDIR=/tmp`, plus `NAME=env-NAME`
//!   for every `%(ENV_NAME)` in the file's text (comments included);
//! * in the binary's output every occurrence of those two directories (in keys and string
//!   values) becomes `{HERE}` / `{CWD}`; in the expectation `{HOST}` becomes this machine's
//!   host name;
//! * `ok` must match; when both are ok every field is compared: groups matched by
//!   (name, type), processes by name, the order of both checked, other lists compared
//!   whole, `1` is not `true` and `1` is not `1.0`; error messages and the exit status are
//!   never compared;
//! * a config whose absolute `[include]` pattern matches files on this machine is skipped
//!   (the expectation was produced where it matched nothing).
//!
//! On failure the test lists every failing file with its differences.

#[allow(dead_code, unused_imports)]
mod support;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use supervisord::http::json::{parse, to_json, write_string};
use supervisord::rpc::Value;

const HOME_VALUE: &str = "/home/conformance";
const HERE_TOKEN: &str = "{HERE}";
const CWD_TOKEN: &str = "{CWD}";
const HOST_TOKEN: &str = "{HOST}";
const TIMEOUT: Duration = Duration::from_secs(30);

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

/// `%\(ENV_([^)]*)\)` over the raw text: the names, sorted and deduplicated.
fn referenced_env_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("%(ENV_") {
        let after = &rest[i + "%(ENV_".len()..];
        match after.find(')') {
            Some(j) => {
                names.push(after[..j].to_string());
                rest = &after[j + 1..];
            }
            None => break,
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The harness environment (the ENV rule).
fn harness_environment(text: &str) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    env.insert("HOME".to_string(), HOME_VALUE.to_string());
    env.insert("TMPDIR".to_string(), "/tmp".to_string());
    for name in referenced_env_names(text) {
        if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
            env.insert(name.clone(), format!("env-{name}"));
        }
    }
    env
}

/// A fresh directory directly under /tmp, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(prefix: &str) -> TempDir {
        let path = nix::unistd::mkdtemp(format!("/tmp/{prefix}XXXXXX").as_str())
            .unwrap_or_else(|e| panic!("mkdtemp /tmp/{prefix}XXXXXX: {e}"));
        TempDir(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn as_str(&self) -> &str {
        self.0.to_str().expect("temp dir path is UTF-8")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Replaces `old` by `new` in every string and object key of `v`.
fn replace_strings(v: Value, old: &str, new: &str) -> Value {
    if old.is_empty() {
        return v;
    }
    match v {
        Value::Str(s) => Value::Str(s.replace(old, new)),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|x| replace_strings(x, old, new))
                .collect(),
        ),
        Value::Struct(map) => Value::Struct(
            map.into_iter()
                .map(|(k, x)| (k.replace(old, new), replace_strings(x, old, new)))
                .collect(),
        ),
        other => other,
    }
}

/// Compact JSON for messages; doubles keep their `.0` so `1.0` never reads as `1`.
fn fmt(v: &Value) -> String {
    match v {
        Value::Double(d) => format!("{d:?}"),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(fmt).collect();
            format!("[{}]", items.join(","))
        }
        Value::Struct(map) => {
            let items: Vec<String> = map
                .iter()
                .map(|(k, x)| {
                    let mut key = String::new();
                    write_string(k, &mut key);
                    format!("{key}:{}", fmt(x))
                })
                .collect();
            format!("{{{}}}", items.join(","))
        }
        other => to_json(other),
    }
}

/// Scalars are equal only with the same JSON type (`true` is not `1`, `1` is not `1.0`).
fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Double(x), Value::Double(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Nil, Value::Nil) => true,
        _ => false,
    }
}

fn deep_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Struct(x), Value::Struct(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| deep_equal(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| deep_equal(v, w))
        }
        _ => same_scalar(a, b),
    }
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(key),
        _ => None,
    }
}

/// The key a group (name, type) or a process (name) is matched by, as display text.
fn group_key(g: &Value) -> String {
    let name = field(g, "name").map_or("null".to_string(), fmt);
    let ty = field(g, "type").map_or("null".to_string(), fmt);
    format!("[{name}, {ty}]")
}

fn group_label(path: &str, g: &Value) -> String {
    let show = |k| match field(g, k) {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => fmt(v),
        None => "None".to_string(),
    };
    format!("{path}[name={},type={}]", show("name"), show("type"))
}

fn process_key(p: &Value) -> String {
    field(p, "name").map_or("null".to_string(), fmt)
}

fn process_label(path: &str, p: &Value) -> String {
    match field(p, "name") {
        Some(Value::Str(s)) => format!("{path}[name={s}]"),
        Some(v) => format!("{path}[name={}]", fmt(v)),
        None => format!("{path}[name=None]"),
    }
}

fn diff(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Struct(e), Value::Struct(a)) => {
            let mut keys: Vec<&String> = e.keys().chain(a.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match (e.get(k), a.get(k)) {
                    (Some(ev), None) => out.push(format!("{p}: missing (expected {})", fmt(ev))),
                    (None, Some(av)) => {
                        out.push(format!("{p}: unexpected field (got {})", fmt(av)))
                    }
                    (Some(ev), Some(av)) if k == "groups" && path.is_empty() => {
                        diff_keyed(ev, av, &p, out, group_key, group_label)
                    }
                    (Some(ev), Some(av)) if k == "processes" => {
                        diff_keyed(ev, av, &p, out, process_key, process_label)
                    }
                    (Some(ev), Some(av)) => diff(ev, av, &p, out),
                    (None, None) => unreachable!(),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() || e.iter().zip(a).any(|(x, y)| !deep_equal(x, y)) {
                out.push(format!(
                    "{path}: expected {}, got {}",
                    fmt(expected),
                    fmt(actual)
                ));
            }
        }
        _ => {
            if !same_scalar(expected, actual) {
                out.push(format!(
                    "{path}: expected {}, got {}",
                    fmt(expected),
                    fmt(actual)
                ));
            }
        }
    }
}

/// Lists of objects matched by a key: each entry compared with its counterpart, then the
/// order checked.
fn diff_keyed(
    expected: &Value,
    actual: &Value,
    path: &str,
    out: &mut Vec<String>,
    key: fn(&Value) -> String,
    label: fn(&str, &Value) -> String,
) {
    let (Value::Array(exp), Value::Array(act)) = (expected, actual) else {
        diff(expected, actual, path, out);
        return;
    };
    let mut emap: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    let mut amap: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for e in exp {
        emap.entry(key(e)).or_default().push(e);
    }
    for a in act {
        if matches!(a, Value::Struct(_)) {
            amap.entry(key(a)).or_default().push(a);
        } else {
            out.push(format!("{path}: non-object entry {}", fmt(a)));
        }
    }
    let mut keys: Vec<&String> = emap.keys().chain(amap.keys()).collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        let el = emap.get(k).map(Vec::as_slice).unwrap_or_default();
        let al = amap.get(k).map(Vec::as_slice).unwrap_or_default();
        match (el.first(), al.first()) {
            (Some(e), None) => out.push(format!("{}: missing", label(path, e))),
            (None, Some(a)) => out.push(format!("{}: unexpected entry", label(path, a))),
            (Some(e), Some(_)) => {
                let lbl = label(path, e);
                if el.len() != al.len() {
                    out.push(format!(
                        "{lbl}: expected {} entries, got {}",
                        el.len(),
                        al.len()
                    ));
                }
                for (e, a) in el.iter().zip(al) {
                    diff(e, a, &lbl, out);
                }
            }
            (None, None) => {}
        }
    }
    // Order matters too (both sides must sort by name).
    let ekeys: Vec<String> = exp.iter().map(key).collect();
    let akeys: Vec<String> = act
        .iter()
        .filter(|a| matches!(a, Value::Struct(_)))
        .map(key)
        .collect();
    if ekeys == akeys {
        return;
    }
    let mut es = ekeys.clone();
    let mut as_ = akeys;
    es.sort();
    es.dedup();
    as_.sort();
    as_.dedup();
    if es == as_ {
        out.push(format!(
            "{path}: entries not sorted as required (expected order {})",
            ekeys.join(", ")
        ));
    }
}

/// `[include] files=` patterns, best effort (only for the precondition below): the value
/// with its indented continuation lines, inline `;`/`#` comments (after whitespace) cut.
fn include_patterns(text: &str) -> Vec<String> {
    let mut in_include = false;
    let mut value: Option<String> = None;
    let mut collecting = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if line.starts_with('[') {
            collecting = false;
            in_include = trimmed.trim_end_matches(']').trim_start_matches('[') == "include"
                && trimmed.ends_with(']');
            continue;
        }
        if trimmed.starts_with(';') || trimmed.starts_with('#') {
            continue;
        }
        let strip = |s: &str| -> String {
            let b = s.as_bytes();
            let mut end = s.len();
            for i in 1..b.len() {
                if (b[i] == b';' || b[i] == b'#') && b[i - 1].is_ascii_whitespace() {
                    end = i;
                    break;
                }
            }
            s[..end].trim().to_string()
        };
        if collecting && line.starts_with([' ', '\t']) && !trimmed.is_empty() {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(&strip(trimmed));
            }
            continue;
        }
        collecting = false;
        if !in_include {
            continue;
        }
        let Some(sep) = line.find(['=', ':']) else {
            continue;
        };
        if line[..sep].trim().eq_ignore_ascii_case("files") {
            value = Some(strip(&line[sep + 1..]));
            collecting = true;
        }
    }
    value
        .map(|v| v.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Lexical `os.path.abspath(os.path.join(base, pat))`.
fn abspath_join(base: &str, pat: &str) -> String {
    let joined = if pat.starts_with('/') {
        pat.to_string()
    } else {
        format!("{base}/{pat}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in joined.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Absolute `[include]` patterns that match files on this machine: the binary would see
/// files the oracle did not.
fn environment_conflicts(text: &str, confdir: &str, env: &BTreeMap<String, String>) -> Vec<String> {
    let mut hits = Vec::new();
    for pat in include_patterns(text) {
        let mut pat = pat.replace("%(here)s", confdir);
        while let Some(i) = pat.find("%(ENV_") {
            let Some(j) = pat[i..].find(")s") else { break };
            let name = &pat[i + "%(ENV_".len()..i + j];
            let value = env.get(name).cloned().unwrap_or_default();
            pat.replace_range(i..i + j + 2, &value);
        }
        let full = abspath_join(confdir, &pat);
        if full == confdir || full.starts_with(&format!("{confdir}/")) {
            continue;
        }
        let mut found: Vec<String> = supervisord::config::glob::glob(&full)
            .into_iter()
            .map(|p| p.display().to_string())
            .collect();
        if !found.is_empty() {
            found.sort();
            found.truncate(3);
            hits.push(format!("{pat} matches {}", found.join(", ")));
        }
    }
    hits
}

enum Outcome {
    Skip(String),
    Error(String),
    Ran(Value),
}

fn run_one(binary: &str, conf: &Path) -> Outcome {
    let raw = fs::read(conf).unwrap_or_else(|e| panic!("read {}: {e}", conf.display()));
    let text = String::from_utf8_lossy(&raw);
    let env = harness_environment(&text);
    // Both directly under /tmp, so "%(here)s/.." is "/tmp" on every machine.
    let confdir = TempDir::new("supconf-here-");
    let cwd = TempDir::new("supconf-cwd-");
    let target = confdir.path().join(conf.file_name().unwrap());
    fs::copy(conf, &target).unwrap_or_else(|e| panic!("copy {}: {e}", conf.display()));
    let conflicts = environment_conflicts(&text, confdir.as_str(), &env);
    if !conflicts.is_empty() {
        return Outcome::Skip(format!("environment: {}", conflicts.join("; ")));
    }
    let mut child = match Command::new(binary)
        .args(["check", "--json", "-c"])
        .arg(&target)
        .current_dir(cwd.path())
        .env_clear()
        .envs(&env)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::Error(format!("could not run binary: {e}")),
    };
    // Drain both pipes on threads so a chatty child cannot block on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let mut running = Some(child);
    let Some(status) = support::wait_exit(&mut running, TIMEOUT) else {
        if let Some(mut child) = running {
            let _ = child.kill();
            let _ = child.wait();
        }
        return Outcome::Error(format!("timed out after {} s", TIMEOUT.as_secs()));
    };
    let out = String::from_utf8_lossy(&out_thread.join().unwrap()).into_owned();
    let err = String::from_utf8_lossy(&err_thread.join().unwrap()).into_owned();
    let doc = match parse(out.trim()) {
        Ok(doc) => doc,
        Err(e) => {
            let head: String = out.chars().take(200).collect();
            let err_head: String = err.trim().chars().take(300).collect();
            return Outcome::Error(format!(
                "{status}, stdout is not one JSON document ({e}): {head:?}{}",
                if err_head.is_empty() {
                    String::new()
                } else {
                    format!(" stderr: {err_head:?}")
                }
            ));
        }
    };
    if !matches!(field(&doc, "ok"), Some(Value::Bool(_))) {
        return Outcome::Error("JSON output lacks a boolean \"ok\"".to_string());
    }
    let doc = replace_strings(doc, confdir.as_str(), HERE_TOKEN);
    Outcome::Ran(replace_strings(doc, cwd.as_str(), CWD_TOKEN))
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .expect("gethostname")
        .into_string()
        .expect("host name is UTF-8")
}

fn error_text(doc: &Value) -> String {
    field(doc, "error").map_or("None".to_string(), |e| match e {
        Value::Str(s) => s.clone(),
        v => fmt(v),
    })
}

#[test]
fn every_corpus_config_reads_as_python_supervisor_reads_it() {
    let binary = env!("CARGO_BIN_EXE_supervisord");
    let dir = corpus();
    let mut confs: Vec<PathBuf> = fs::read_dir(dir.join("configs"))
        .expect("tests/conformance/configs")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "conf"))
        .collect();
    confs.sort();
    assert!(!confs.is_empty(), "no corpus files under {}", dir.display());
    let host = hostname();

    let (mut passed, mut skipped) = (0, 0);
    let mut failures: Vec<String> = Vec::new();
    for conf in &confs {
        let name = conf.file_name().unwrap().to_string_lossy().into_owned();
        let stem = name.trim_end_matches(".conf");
        let exp_path = dir.join("expected").join(format!("{stem}.json"));
        let Ok(exp_text) = fs::read_to_string(&exp_path) else {
            failures.push(format!("{name} FAIL (no expected/{stem}.json)"));
            continue;
        };
        let expected =
            parse(&exp_text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", exp_path.display()));
        let expected = replace_strings(expected, HOST_TOKEN, &host);
        let actual = match run_one(binary, conf) {
            Outcome::Skip(why) => {
                eprintln!("{name} SKIP ({why})");
                skipped += 1;
                continue;
            }
            Outcome::Error(why) => {
                failures.push(format!("{name} FAIL ({why})"));
                continue;
            }
            Outcome::Ran(doc) => doc,
        };
        let mut diffs = Vec::new();
        let (exp_ok, act_ok) = (field(&expected, "ok"), field(&actual, "ok"));
        let exp_ok = matches!(exp_ok, Some(Value::Bool(true)));
        let act_ok = matches!(act_ok, Some(Value::Bool(true)));
        if exp_ok != act_ok {
            if exp_ok {
                diffs.push(format!(
                    "ok: expected true, got false (error: {})",
                    error_text(&actual)
                ));
            } else {
                diffs.push(format!(
                    "ok: expected false (oracle error: {}), got true",
                    error_text(&expected)
                ));
            }
        } else if exp_ok {
            diff(&expected, &actual, "", &mut diffs);
        }
        if diffs.is_empty() {
            passed += 1;
        } else {
            let n = diffs.len();
            let mut report = format!(
                "{name} FAIL ({n} difference{})",
                if n == 1 { "" } else { "s" }
            );
            for d in diffs {
                report.push_str("\n    ");
                report.push_str(&d);
            }
            failures.push(report);
        }
    }
    eprintln!(
        "conformance: {passed} passed, {} failed, {skipped} skipped",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} corpus files differ from Python supervisor 4.3.0's reading \
         (tests/conformance/expected/, contract in tests/conformance/SCHEMA.md):\n{}",
        failures.len(),
        confs.len(),
        failures.join("\n")
    );
}

#[test]
fn the_comparison_rules_catch_differences() {
    let exp = parse(
        r#"{"ok": true, "a": 1, "b": true, "l": [1, 2],
            "groups": [{"name": "x", "type": "process", "processes": [{"name": "p", "n": 1}, {"name": "q", "n": 2}]},
                       {"name": "y", "type": "process", "processes": []}]}"#,
    )
    .unwrap();
    let mut d = Vec::new();
    diff(&exp, &exp.clone(), "", &mut d);
    assert!(d.is_empty(), "{d:?}");

    let act = parse(
        r#"{"ok": true, "a": 1.0, "b": 1, "l": [2, 1], "extra": null,
            "groups": [{"name": "y", "type": "process", "processes": []},
                       {"name": "x", "type": "process", "processes": [{"name": "q", "n": 2}, {"name": "p", "n": 3}]}]}"#,
    )
    .unwrap();
    let mut d = Vec::new();
    diff(&exp, &act, "", &mut d);
    let text = d.join("\n");
    for want in [
        "a: expected 1, got 1.0",
        "b: expected true, got 1",
        "extra: unexpected field (got null)",
        "l: expected [1,2], got [2,1]",
        "groups[name=x,type=process].processes[name=p].n: expected 1, got 3",
        "groups[name=x,type=process].processes: entries not sorted as required",
        "groups: entries not sorted as required",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }

    let v = parse(r#"{"/tmp/x/a": ["/tmp/x/b", 1]}"#).unwrap();
    assert_eq!(
        fmt(&replace_strings(v, "/tmp/x", "{HERE}")),
        r#"{"{HERE}/a":["{HERE}/b",1]}"#
    );
    assert_eq!(
        referenced_env_names("a %(ENV_X)s ; %(ENV_B)s %(ENV_X)s"),
        ["B", "X"]
    );
    assert_eq!(
        include_patterns("[include]\nfiles = /etc/a/*.conf ; c\n  /etc/b/*.conf\n[x]\nfiles=no\n"),
        ["/etc/a/*.conf", "/etc/b/*.conf"]
    );
    assert_eq!(abspath_join("/tmp/h", "../x/./y"), "/tmp/x/y");
}
