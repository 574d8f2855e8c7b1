//! `supervisord check [--json] [--extensions] [-c FILE]`: load the configuration without
//! starting anything, then print either a readable summary (exit 0) or `Error: …` on stderr
//! (exit 2). Like the daemon at load, it refuses users with no account here and log,
//! pid and child-log directories that do not exist. `--json` prints exactly the document of
//! `tests/conformance/SCHEMA.md` instead, without those machine checks (the portable reading
//! the conformance corpus compares); `--extensions` adds our extension keys under `"ext"`.

use std::path::PathBuf;

use crate::config::document::{child_log_str, document, octal, path_str};
use crate::config::values::normpath;
use crate::config::{self, Config, GroupKind, LogTarget, Overrides};
use crate::json::{to_json_pretty, JsonValue as J};

/// Options of the `check` sub-command.
#[derive(Debug, Default, PartialEq)]
struct CheckArgs {
    json: bool,
    extensions: bool,
    config: Option<PathBuf>,
    /// `--env-file FILE`, as the daemon reads it.
    env_file: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<CheckArgs, String> {
    let mut out = CheckArgs::default();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        match a {
            "--json" => out.json = true,
            "--extensions" => out.extensions = true,
            "-c" | "--configuration" | "--env-file" => {
                let Some(v) = args.get(i) else {
                    return Err(format!("option {} requires argument", a));
                };
                i += 1;
                match a {
                    "--env-file" => out.env_file = Some(PathBuf::from(v)),
                    _ => out.config = Some(PathBuf::from(v)),
                }
            }
            _ => {
                if let Some(v) = a.strip_prefix("--env-file=") {
                    out.env_file = Some(PathBuf::from(v));
                } else if let Some(v) = a.strip_prefix("--configuration=") {
                    out.config = Some(PathBuf::from(v));
                } else if let Some(v) = a.strip_prefix("-c").filter(|v| !v.is_empty()) {
                    out.config = Some(PathBuf::from(v));
                } else {
                    return Err(format!("unknown argument {:?} (usage: supervisord check [--json] [--extensions] [--env-file FILE] [-c FILE])", a));
                }
            }
        }
    }
    Ok(out)
}

/// Runs `check` with the arguments after the word `check`; returns the exit status.
pub fn run(args: &[String]) -> i32 {
    let parsed = match parse_args(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("Error: {}", e);
            return 2;
        }
    };
    if let Some(file) = &parsed.env_file {
        // One thread: setting the environment races with nothing.
        match crate::process::envfile::load(file) {
            Ok(pairs) => pairs.into_iter().for_each(|(k, v)| std::env::set_var(k, v)),
            Err(e) => {
                eprintln!("Error: {e}");
                return 2;
            }
        }
    }
    let json = parsed.json;
    let overrides = Overrides {
        portable: json,
        ..Overrides::default()
    };
    let result = match parsed.config.clone() {
        Some(p) => config::load(&p, &overrides),
        None => {
            let argv0 = std::env::args_os()
                .next()
                .map(PathBuf::from)
                .unwrap_or_default();
            config::find_config_file(&argv0).and_then(|p| config::load(&p, &overrides))
        }
    };
    match result {
        Ok(cfg) => {
            if json {
                out(&format!(
                    "{}\n",
                    to_json_pretty(&document(&cfg, parsed.extensions), 2)
                ));
            } else {
                out(&summary(&cfg));
                if let Some(warning) = descriptor_warning(&cfg) {
                    eprintln!("Warning: {warning}");
                }
            }
            0
        }
        Err(e) => {
            if json {
                let doc = J::Object(vec![
                    ("ok".into(), J::Bool(false)),
                    ("error".into(), J::str(e.to_string())),
                ]);
                out(&format!("{}\n", to_json_pretty(&doc, 2)));
            } else {
                eprintln!("Error: {}", e);
            }
            2
        }
    }
}

/// Writes to stdout; a reader that went away (`check | head`) is not an error.
fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

/// A warning when the config needs more descriptors than this machine's hard limit lets
/// the daemon open (it raises its soft limit up to that at start).
fn descriptor_warning(cfg: &Config) -> Option<String> {
    let (_, hard) =
        nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE).ok()?;
    let need = cfg.descriptors_needed();
    (need > hard).then(|| {
        format!(
            "the config needs about {need} open files, but the hard limit here is {hard}: \
             spawns may fail with EMFILE (raise it, e.g. LimitNOFILE= in a systemd unit)"
        )
    })
}

/// How a server authenticates, for the summary.
fn auth_text(username: &Option<String>) -> String {
    match (crate::config::model::auth_user(username), username) {
        (Some(u), _) => format!("auth user {u}"),
        (None, Some(_)) => "no authentication (empty username)".into(),
        (None, None) => "no authentication".into(),
    }
}

/// The start order `depends_on` makes, in layers (empty when no program uses it): the
/// group list above is in priority order, which `depends_on` overrides.
fn depends_layers(cfg: &Config) -> String {
    let programs = cfg
        .groups
        .iter()
        .flat_map(|g| &g.processes)
        .map(|p| (p.program.clone(), p.ext.depends_on.clone()))
        .collect();
    crate::ordering::layers::render(&programs)
}

/// The readable summary printed by `check` without `--json`.
pub fn summary(cfg: &Config) -> String {
    let mut out = String::new();
    let s = &cfg.supervisord;
    out.push_str(&format!(
        "Configuration {} is valid.\n",
        path_str(&cfg.path)
    ));
    for f in cfg.files.iter().skip(1) {
        out.push_str(&format!("  included: {}\n", path_str(f)));
    }
    let logfile = match &s.logfile {
        LogTarget::Syslog => "syslog".to_string(),
        LogTarget::File(p) => path_str(p),
    };
    out.push_str(&format!(
        "supervisord: logfile={} loglevel={} pidfile={} nodaemon={} user={}\n",
        logfile,
        s.loglevel.name(),
        path_str(&s.pidfile),
        s.nodaemon,
        s.user.as_deref().unwrap_or("-")
    ));
    if let Some(u) = &cfg.unix_http_server {
        out.push_str(&format!(
            "unix_http_server: {} (chmod {}) {}\n",
            path_str(&u.file),
            octal(u.chmod),
            auth_text(&u.username)
        ));
    }
    if let Some(i) = &cfg.inet_http_server {
        out.push_str(&format!(
            "inet_http_server: {}:{} {}\n",
            if i.host.is_empty() { "*" } else { &i.host },
            i.port,
            auth_text(&i.username)
        ));
    }
    let layers = depends_layers(cfg);
    out.push_str(&format!(
        "{} group(s), in {} order (priority, name):\n",
        cfg.groups.len(),
        if layers.is_empty() {
            "start"
        } else {
            "priority"
        }
    ));
    for g in &cfg.groups {
        let kind = match &g.kind {
            GroupKind::Process => "process".to_string(),
            GroupKind::EventListener { events, .. } => {
                format!("eventlistener events={}", events.join(","))
            }
            GroupKind::Fcgi(sock) => format!("fcgi socket={}", sock.url),
        };
        out.push_str(&format!(
            "  [{}] priority={} {}\n",
            g.name, g.priority, kind
        ));
        for p in &g.processes {
            out.push_str(&format!(
                "    {} (priority {}): {}\n      user={} autostart={} autorestart={} stdout={} stderr={}\n",
                p.name,
                p.priority,
                p.command.replace('\n', " "),
                p.user.as_deref().unwrap_or("-"),
                p.autostart,
                p.autorestart.name(),
                child_log_str(&p.stdout.logfile),
                if p.redirect_stderr { "(redirected to stdout)".to_string() } else { child_log_str(&p.stderr.logfile) }
            ));
            if let Some(r) = p.ext.resources.summary() {
                out.push_str(&format!("      {r}\n"));
            }
        }
    }
    out.push_str(&layers);
    for w in &cfg.warnings {
        out.push_str(&format!("warning: {}\n", w));
    }
    let _ = normpath;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(v: &[&str]) -> Result<CheckArgs, String> {
        parse_args(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn args() {
        assert_eq!(
            a(&["--json", "-c", "/x"]).unwrap(),
            CheckArgs {
                json: true,
                extensions: false,
                config: Some("/x".into()),
                env_file: None,
            }
        );
        assert_eq!(
            a(&["--env-file", "/e"]).unwrap().env_file,
            Some(PathBuf::from("/e"))
        );
        assert_eq!(a(&["-c/y"]).unwrap().config, Some(PathBuf::from("/y")));
        assert_eq!(
            a(&["--configuration=/z", "--extensions"]).unwrap().config,
            Some(PathBuf::from("/z"))
        );
        assert!(a(&["-c"]).is_err());
        assert!(a(&["bogus"]).is_err());
    }
}
