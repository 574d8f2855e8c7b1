//! `supervisord init [-o FILE]` (Go port) and the binary invoked as `echo_supervisord_conf`
//! (Python's tool): a commented sample config covering every section and key, Python's and
//! ours. Without `-o` (and as `echo_supervisord_conf`) it is printed on stdout.

use std::io::Write as _;
use std::path::PathBuf;

/// The sample config text (`src/init/sample.conf`).
pub const SAMPLE: &str = include_str!("sample.conf");

const USAGE: &str = "usage: supervisord init [-o FILE | --output FILE]";

fn parse_args(args: &[String]) -> Result<Option<PathBuf>, String> {
    let mut out = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        let value = match a {
            "-o" | "--output" => {
                i += 1;
                args.get(i - 1)
                    .cloned()
                    .ok_or(format!("option {a} requires argument ({USAGE})"))?
            }
            _ => match a.strip_prefix("--output=").or(a.strip_prefix("-o")) {
                Some(v) if !v.is_empty() => v.to_string(),
                _ => return Err(format!("unknown argument {a:?} ({USAGE})")),
            },
        };
        if out.replace(PathBuf::from(value)).is_some() {
            return Err(format!("the output file is given twice ({USAGE})"));
        }
    }
    Ok(out)
}

/// Runs `init` with the arguments after the word `init`; returns the exit status.
pub fn run(args: &[String]) -> i32 {
    let result = parse_args(args).and_then(|out| match out {
        Some(path) => std::fs::write(&path, SAMPLE)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => print_sample(),
    });
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Error: {e}");
            2
        }
    }
}

/// `echo_supervisord_conf`: the sample on stdout.
pub fn print_sample() -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    out.write_all(SAMPLE.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write to stdout: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> Result<Option<PathBuf>, String> {
        parse_args(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn output_flag_forms() {
        assert_eq!(p(&[]).unwrap(), None);
        assert_eq!(p(&["-o", "/a"]).unwrap(), Some(PathBuf::from("/a")));
        assert_eq!(p(&["-o/b"]).unwrap(), Some(PathBuf::from("/b")));
        assert_eq!(p(&["--output=/c"]).unwrap(), Some(PathBuf::from("/c")));
        assert!(p(&["-o"]).is_err());
        assert!(p(&["-o", "/a", "-o", "/b"]).is_err());
        assert!(p(&["x"]).is_err());
    }

    #[test]
    fn sample_has_every_section() {
        for s in [
            "[unix_http_server]",
            "[inet_http_server]",
            "[supervisord]",
            "[rpcinterface:supervisor]",
            "[supervisorctl]",
            "[program-default]",
            "[program:",
            "[eventlistener:",
            "[fcgi-program:",
            "[group:",
            "[include]",
        ] {
            assert!(SAMPLE.contains(s), "{s} missing");
        }
    }
}
