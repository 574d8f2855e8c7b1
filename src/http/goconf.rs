//! The Go port's config and log routes:
//!
//! | Route | Reply |
//! |---|---|
//! | `GET /conf/{name}` | the process's effective config as JSON (404 for an unknown name) |
//! | `GET /confFile` | the main configuration file as text |
//! | `GET /log` | `[{name, group, stdout_logfile, stderr_logfile, url}]`, one per process |
//! | `GET /log/{name}/` | `[{name, stream, size, mtime}]`: the process's log files and their rotated backups |
//! | `GET /log/{name}/{file}` | one of those files as text |
//!
//! Only the process's own log files (`<log>` and `<log>.N`) are listed or served, never
//! the rest of their directory: a file name is one path segment after decoding (no `/`,
//! `.` or `..`), must be in the listing, and is opened without following a symlink.

use std::fs::File;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::limits::{MAX_DIR_SCAN, MAX_LISTED};
use super::logfile::LogFile;
use super::request::Request;
use super::response::{Body, Response};
use super::rpc2::dispatch;
use super::step::Step;
use super::util::percent_decode;
use crate::rpc::{faults, Fault, Value};

fn not_found() -> Step<Response> {
    Step::Done(Response::text(404, "Not Found"))
}

fn fault_response(f: &Fault) -> Response {
    let status = if f.code == faults::BAD_NAME { 404 } else { 500 };
    Response::json(
        status,
        &Value::strukt([("error", Value::Str(f.message.clone()))]),
    )
}

/// Serves `/conf/…`, `/confFile`, `/log` and `/log/…` (GET and HEAD only).
pub(super) fn serve(rq: &Request) -> Step<Response> {
    if rq.method != "GET" && rq.method != "HEAD" {
        return Step::Done(Response::text(405, "Method Not Allowed"));
    }
    let path = rq.path();
    if path == "/confFile" {
        return config_file();
    }
    if path == "/log" || path == "/log/" {
        return log_index();
    }
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    match segments.as_slice() {
        ["conf", name] if !name.is_empty() => program_config(&percent_decode(name, false)),
        ["log", name, ""] if !name.is_empty() => log_files(&percent_decode(name, false), None),
        ["log", name, file] if !name.is_empty() => log_files(
            &percent_decode(name, false),
            Some(percent_decode(file, false)),
        ),
        _ => not_found(),
    }
}

fn program_config(name: &str) -> Step<Response> {
    dispatch("ours.programConfig", vec![Value::Str(name.into())]).map(|r| match r {
        Ok(Value::Str(json)) => Response::new(200, "application/json", format!("{json}\n")),
        Ok(_) => Response::text(500, "unexpected reply"),
        Err(f) => fault_response(&f),
    })
}

fn config_file() -> Step<Response> {
    dispatch("ours.configFile", vec![]).map(|r| match r {
        Ok(Value::Str(path)) => match LogFile::open(&path, 0) {
            Some(file) => stream(file),
            None => Response::text(500, &format!("cannot read {path}")),
        },
        Ok(_) => Response::text(500, "unexpected reply"),
        Err(f) => fault_response(&f),
    })
}

fn stream(file: LogFile) -> Response {
    Response {
        status: 200,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
        body: Body::Stream(Box::new(file)),
        close: true,
    }
}

fn log_index() -> Step<Response> {
    dispatch("supervisor.getAllProcessInfo", vec![]).map(|r| match r {
        Ok(Value::Array(infos)) => {
            let items = infos.iter().map(index_entry).collect();
            Response::json(200, &Value::Array(items))
        }
        Ok(_) => Response::text(500, "unexpected reply"),
        Err(f) => fault_response(&f),
    })
}

fn index_entry(info: &Value) -> Value {
    let field = |k: &str| match info {
        Value::Struct(m) => m.get(k).and_then(Value::as_str).unwrap_or("").to_string(),
        _ => String::new(),
    };
    let (group, name) = (field("group"), field("name"));
    let spec = if group == name {
        name.clone()
    } else {
        format!("{group}:{name}")
    };
    Value::strukt([
        ("name", Value::Str(spec.clone())),
        ("group", Value::Str(group)),
        ("stdout_logfile", Value::Str(field("stdout_logfile"))),
        ("stderr_logfile", Value::Str(field("stderr_logfile"))),
        ("url", Value::Str(format!("/log/{spec}/"))),
    ])
}

/// A listed log file: where it is and what it is.
struct Listed {
    path: PathBuf,
    name: String,
    stream: &'static str,
    size: u64,
    mtime: i64,
}

fn log_files(name: &str, file: Option<String>) -> Step<Response> {
    dispatch("ours.logFiles", vec![Value::Str(name.into())]).map(move |r| {
        let logs = match r {
            Ok(Value::Struct(m)) => m,
            Ok(_) => return Response::text(500, "unexpected reply"),
            Err(f) => return fault_response(&f),
        };
        let path_of = |k: &str| {
            logs.get(k)
                .and_then(Value::as_str)
                .filter(|p| !p.is_empty())
                .map(PathBuf::from)
        };
        let listed = listing(&[("stdout", path_of("stdout")), ("stderr", path_of("stderr"))]);
        match file {
            None => Response::json(200, &Value::Array(listed.iter().map(entry).collect())),
            Some(f) => serve_file(&listed, &f),
        }
    })
}

fn entry(l: &Listed) -> Value {
    Value::strukt([
        ("name", Value::Str(l.name.clone())),
        ("stream", Value::Str(l.stream.into())),
        ("size", Value::Int(l.size as i64)),
        ("mtime", Value::Int(l.mtime)),
    ])
}

/// Whether `candidate` is the log `base` or one of its rotated backups (`base.N`).
fn is_log_of(candidate: &str, base: &str) -> bool {
    match candidate.strip_prefix(base) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}

/// The regular files (not symlinks) that are the given logs or their backups, by name.
fn listing(logs: &[(&'static str, Option<PathBuf>)]) -> Vec<Listed> {
    let mut out: Vec<Listed> = Vec::new();
    for (stream, path) in logs {
        let Some(path) = path else { continue };
        let (Some(dir), Some(base)) = (path.parent(), path.file_name().and_then(|b| b.to_str()))
        else {
            continue;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.take(MAX_DIR_SCAN).flatten() {
            let Some(name) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if !is_log_of(&name, base) || out.iter().any(|l| l.path == e.path()) {
                continue;
            }
            // DirEntry::metadata does not follow symlinks.
            let Ok(meta) = e.metadata() else { continue };
            if !meta.file_type().is_file() || out.len() >= MAX_LISTED {
                continue;
            }
            out.push(Listed {
                path: e.path(),
                name,
                stream,
                size: meta.len(),
                mtime: meta.mtime(),
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// One listed file, opened without following a symlink put there since the listing.
fn serve_file(listed: &[Listed], file: &str) -> Response {
    if file.contains('/') || file == "." || file == ".." {
        return Response::text(404, "Not Found");
    }
    let Some(l) = listed.iter().find(|l| l.name == file) else {
        return Response::text(404, "Not Found");
    };
    match open_plain(&l.path) {
        Some(f) => stream(LogFile::from_file(f)),
        None => Response::text(404, "Not Found"),
    }
}

fn open_plain(path: &Path) -> Option<File> {
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK)
        .open(path)
        .ok()?;
    f.metadata().ok()?.file_type().is_file().then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_log_and_its_numbered_backups_count() {
        assert!(is_log_of("a.log", "a.log"));
        assert!(is_log_of("a.log.1", "a.log"));
        assert!(is_log_of("a.log.10", "a.log"));
        assert!(!is_log_of("a.log.", "a.log"));
        assert!(!is_log_of("a.log.1x", "a.log"));
        assert!(!is_log_of("a.logx", "a.log"));
        assert!(!is_log_of("b.log", "a.log"));
        assert!(!is_log_of("..", "a.log"));
    }
}
