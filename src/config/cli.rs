//! supervisord's command line: getopt-style short and long options, each
//! option at most once, no positional arguments; values given here beat the config file.

use std::path::{Path, PathBuf};

use super::error::ConfigError;
use super::model::LogLevel;
use super::values;

/// Command-line values that override `[supervisord]` settings (`None` = not given).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Overrides {
    /// `-n/--nodaemon`.
    pub nodaemon: Option<bool>,
    /// `-s/--silent`.
    pub silent: Option<bool>,
    /// `-u/--user`.
    pub user: Option<String>,
    /// `-m/--umask` (octal).
    pub umask: Option<u32>,
    /// `-d/--directory`.
    pub directory: Option<PathBuf>,
    /// `-l/--logfile` (`syslog` or a path).
    pub logfile: Option<String>,
    /// `-y/--logfile_maxbytes`.
    pub logfile_maxbytes: Option<u64>,
    /// `-z/--logfile_backups`.
    pub logfile_backups: Option<u32>,
    /// `-e/--loglevel`.
    pub loglevel: Option<LogLevel>,
    /// `-j/--pidfile`.
    pub pidfile: Option<String>,
    /// `-i/--identifier`.
    pub identifier: Option<String>,
    /// `-q/--childlogdir`.
    pub childlogdir: Option<PathBuf>,
    /// `-k/--nocleanup`.
    pub nocleanup: Option<bool>,
    /// `-a/--minfds`.
    pub minfds: Option<u64>,
    /// `--minprocs`.
    pub minprocs: Option<u64>,
    /// `-t/--strip_ansi`.
    pub strip_ansi: Option<bool>,
    /// `--profile_options`.
    pub profile_options: Option<String>,
    /// Not a flag: `check --json` reads the config without the checks that depend on this
    /// machine (log directories exist), so its reading is the same everywhere.
    pub portable: bool,
}

/// The parsed daemon command line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DaemonArgs {
    /// `-c/--configuration FILE`.
    pub configuration: Option<PathBuf>,
    /// `-h/--help` (or `-?`).
    pub help: bool,
    /// `-v/--version`.
    pub version: bool,
    /// `--env-file FILE` (Go port): dotenv lines put into the daemon's environment before
    /// the config is read, so `%(ENV_X)s` and the children see them.
    pub env_file: Option<PathBuf>,
    /// Everything that overrides the config file.
    pub overrides: Overrides,
}

/// (short, long, takes a value).
/// One option: (short letter or NUL, long name, takes a value).
type Opt = (char, &'static str, bool);

const OPTS: &[Opt] = &[
    ('c', "configuration", true),
    ('h', "help", false),
    ('?', "", false),
    ('v', "version", false),
    ('n', "nodaemon", false),
    ('s', "silent", false),
    ('u', "user", true),
    ('m', "umask", true),
    ('d', "directory", true),
    ('l', "logfile", true),
    ('y', "logfile_maxbytes", true),
    ('z', "logfile_backups", true),
    ('e', "loglevel", true),
    ('j', "pidfile", true),
    ('i', "identifier", true),
    ('q', "childlogdir", true),
    ('k', "nocleanup", false),
    ('a', "minfds", true),
    ('\0', "minprocs", true),
    ('t', "strip_ansi", false),
    ('\0', "profile_options", true),
    ('\0', "env-file", true),
];

/// Parses supervisord's arguments (without the program name).
pub fn parse_daemon_args(args: &[String]) -> Result<DaemonArgs, String> {
    let mut out = DaemonArgs::default();
    let mut seen: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            if i < args.len() {
                return Err(format!(
                    "positional arguments are not supported: {:?}",
                    &args[i..]
                ));
            }
            break;
        }
        let (opt, value): (&Opt, Option<String>) = if let Some(long) = a.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            // getopt accepts unique prefixes of long options.
            let exact = OPTS.iter().find(|o| !o.1.is_empty() && o.1 == name);
            let matches: Vec<_> = OPTS
                .iter()
                .filter(|o| !o.1.is_empty() && o.1.starts_with(name))
                .collect();
            let o = match (exact, matches.len()) {
                (Some(o), _) => o,
                (None, 1) => matches[0],
                (None, 0) => return Err(format!("option --{} not recognized", name)),
                _ => return Err(format!("option --{} not a unique prefix", name)),
            };
            let value = if o.2 {
                match inline {
                    Some(v) => Some(v),
                    None if i < args.len() => {
                        i += 1;
                        Some(args[i - 1].clone())
                    }
                    None => return Err(format!("option --{} requires argument", o.1)),
                }
            } else {
                if inline.is_some() {
                    return Err(format!("option --{} must not have an argument", o.1));
                }
                None
            };
            (o, value)
        } else if a.len() > 1 && a.starts_with('-') {
            // A cluster of short flags, the last may take a value (`-cFILE` or `-c FILE`).
            let chars: Vec<char> = a[1..].chars().collect();
            let mut k = 0;
            let mut last: Option<(&Opt, Option<String>)> = None;
            while k < chars.len() {
                let c = chars[k];
                let Some(o) = OPTS.iter().find(|o| o.0 == c && c != '\0') else {
                    return Err(format!("option -{} not recognized", c));
                };
                if o.2 {
                    let rest: String = chars[k + 1..].iter().collect();
                    let v = if !rest.is_empty() {
                        rest
                    } else if i < args.len() {
                        i += 1;
                        args[i - 1].clone()
                    } else {
                        return Err(format!("option -{} requires argument", c));
                    };
                    last = Some((o, Some(v)));
                    break;
                }
                if k + 1 < chars.len() {
                    apply(&mut out, &mut seen, o, None)?;
                } else {
                    last = Some((o, None));
                }
                k += 1;
            }
            match last {
                Some(l) => l,
                None => continue,
            }
        } else {
            return Err(format!(
                "positional arguments are not supported: {:?}",
                &args[i - 1..]
            ));
        };
        apply(&mut out, &mut seen, opt, value)?;
    }
    Ok(out)
}

fn apply<'a>(
    out: &mut DaemonArgs,
    seen: &mut Vec<&'a str>,
    o: &'a (char, &'a str, bool),
    v: Option<String>,
) -> Result<(), String> {
    let key = if o.1.is_empty() { "help" } else { o.1 };
    let flag = if o.0 != '\0' {
        format!("-{}", o.0)
    } else {
        format!("--{}", o.1)
    };
    if key != "help" && key != "version" {
        if seen.contains(&key) {
            return Err(format!(
                "conflicting command line option {}",
                values_repr(&flag)
            ));
        }
        seen.push(key);
    }
    let v = v.unwrap_or_default();
    let bad = |e: String| format!("invalid value for {} {}: {}", flag, values_repr(&v), e);
    let ov = &mut out.overrides;
    match key {
        "configuration" => out.configuration = Some(PathBuf::from(&v)),
        "env-file" => out.env_file = Some(PathBuf::from(values::expand_user(&v))),
        "help" => out.help = true,
        "version" => out.version = true,
        "nodaemon" => ov.nodaemon = Some(true),
        "silent" => ov.silent = Some(true),
        "nocleanup" => ov.nocleanup = Some(true),
        "strip_ansi" => ov.strip_ansi = Some(true),
        "user" => ov.user = Some(v),
        "umask" => ov.umask = Some(values::octal(&v).map_err(bad)?),
        "directory" => ov.directory = Some(PathBuf::from(values::expand_user(&v))),
        "logfile" => ov.logfile = Some(values::expand_user(&v)),
        "logfile_maxbytes" => ov.logfile_maxbytes = Some(values::byte_size(&v).map_err(bad)?),
        "logfile_backups" => ov.logfile_backups = Some(values::unsigned(&v).map_err(bad)?),
        "loglevel" => ov.loglevel = Some(values::log_level(&v).map_err(bad)?),
        "pidfile" => ov.pidfile = Some(values::expand_user(&v)),
        "identifier" => ov.identifier = Some(v),
        "childlogdir" => ov.childlogdir = Some(PathBuf::from(values::expand_user(&v))),
        "minfds" => ov.minfds = Some(values::unsigned(&v).map_err(bad)?),
        "minprocs" => ov.minprocs = Some(values::unsigned(&v).map_err(bad)?),
        "profile_options" => ov.profile_options = Some(v),
        _ => {}
    }
    Ok(())
}

fn values_repr(s: &str) -> String {
    super::ini::py_repr(s)
}

/// The default search paths, in supervisor's order, for a binary invoked as `argv0`.
pub fn search_paths(argv0: &Path) -> Vec<PathBuf> {
    let s = argv0.to_string_lossy();
    let dir = |p: &str| -> String {
        match p.rfind('/') {
            Some(0) => "/".into(),
            Some(i) => p[..i].trim_end_matches('/').to_string(),
            None => String::new(),
        }
    };
    let here = dir(&dir(&s));
    let join = |a: &str, b: &str| {
        if a.is_empty() {
            PathBuf::from(b)
        } else {
            PathBuf::from(format!("{}/{}", a.trim_end_matches('/'), b))
        }
    };
    vec![
        join(&here, "etc/supervisord.conf"),
        join(&here, "supervisord.conf"),
        PathBuf::from("supervisord.conf"),
        PathBuf::from("etc/supervisord.conf"),
        PathBuf::from("/etc/supervisord.conf"),
        PathBuf::from("/etc/supervisor/supervisord.conf"),
    ]
}

/// Finds the config file when `-c` is not given: the first existing search path.
/// supervisorctl uses the same order (it treats "not found" as "use defaults").
pub fn find_config_file(argv0: &Path) -> Result<PathBuf, ConfigError> {
    let paths = search_paths(argv0);
    for p in &paths {
        if p.exists() {
            return Ok(p.clone());
        }
    }
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    Err(ConfigError::new(format!(
        "No config file found at default paths ({}); use the -c option to specify a config file at a different path",
        list.join(", ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> Result<DaemonArgs, String> {
        parse_daemon_args(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn short_and_long() {
        let a = p(&["-c", "/x.conf", "-n"]).unwrap();
        assert_eq!(a.configuration, Some(PathBuf::from("/x.conf")));
        assert_eq!(a.overrides.nodaemon, Some(true));
        let a = p(&["-c/y.conf"]).unwrap();
        assert_eq!(a.configuration, Some(PathBuf::from("/y.conf")));
        let a = p(&[
            "--configuration=/z.conf",
            "--loglevel",
            "DEBUG",
            "-m",
            "002",
            "--minprocs=5",
        ])
        .unwrap();
        assert_eq!(a.configuration, Some(PathBuf::from("/z.conf")));
        assert_eq!(a.overrides.loglevel, Some(LogLevel::Debug));
        assert_eq!(a.overrides.umask, Some(2));
        assert_eq!(a.overrides.minprocs, Some(5));
        let a = p(&["-nkc", "/a"]).unwrap();
        assert_eq!(a.overrides.nocleanup, Some(true));
        assert_eq!(a.configuration, Some(PathBuf::from("/a")));
        assert!(p(&["-v"]).unwrap().version);
        assert!(p(&["-h"]).unwrap().help);
        let a = p(&["--env-file", "/e.env", "-n"]).unwrap();
        assert_eq!(a.env_file, Some(PathBuf::from("/e.env")));
    }

    #[test]
    fn errors() {
        assert!(p(&["-n", "-n"])
            .unwrap_err()
            .contains("conflicting command line option"));
        assert!(p(&["extra"])
            .unwrap_err()
            .contains("positional arguments are not supported"));
        assert!(p(&["-x"]).is_err());
        assert!(p(&["-c"]).is_err());
        assert!(p(&["--loglevel=loud"]).is_err());
        assert!(p(&["--nodaemon=1"]).is_err());
    }

    #[test]
    fn search_order() {
        let s = search_paths(Path::new("/usr/bin/supervisord"));
        assert_eq!(s[0], PathBuf::from("/usr/etc/supervisord.conf"));
        assert_eq!(s[1], PathBuf::from("/usr/supervisord.conf"));
        assert_eq!(s[5], PathBuf::from("/etc/supervisor/supervisord.conf"));
    }
}
