//! `supervisord service install|uninstall|start|stop` (Go port): runs this binary as a
//! system service. The init system is systemd when `/run/systemd/system` exists, else
//! OpenRC when `/sbin/openrc-run` exists, else SysV init; `--init` chooses. `--root DIR`
//! writes under DIR (packaging, tests) and then calls no service manager for
//! install/uninstall.
//!
//! | init | file | install / uninstall | start / stop |
//! |---|---|---|---|
//! | systemd | `/etc/systemd/system/NAME.service` | `systemctl daemon-reload`, `enable`/`disable` | `systemctl start/stop NAME` |
//! | openrc | `/etc/init.d/NAME` | `rc-update add/del NAME default` | `rc-service NAME start/stop` |
//! | sysv | `/etc/init.d/NAME` | `update-rc.d NAME defaults` / `remove` | `/etc/init.d/NAME start/stop` |

use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str = "usage: supervisord service install|uninstall|start|stop [-c FILE] \
[--env-file FILE] [--root DIR] [--init systemd|openrc|sysv] [--name NAME]";

/// The init systems a service file can be written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Init {
    Systemd,
    OpenRc,
    SysV,
}

impl Init {
    fn parse(s: &str) -> Result<Init, String> {
        match s {
            "systemd" => Ok(Init::Systemd),
            "openrc" => Ok(Init::OpenRc),
            "sysv" => Ok(Init::SysV),
            _ => Err(format!("unknown init system {s:?} (systemd, openrc, sysv)")),
        }
    }

    /// The init system of this machine.
    pub fn detect() -> Init {
        if Path::new("/run/systemd/system").is_dir() {
            Init::Systemd
        } else if Path::new("/sbin/openrc-run").exists() {
            Init::OpenRc
        } else {
            Init::SysV
        }
    }
}

/// The parsed `service` command line.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceArgs {
    pub action: String,
    pub config: Option<PathBuf>,
    pub env_file: Option<PathBuf>,
    pub root: Option<PathBuf>,
    pub init: Option<Init>,
    pub name: String,
}

/// Parses the arguments after the word `service`.
pub fn parse_args(args: &[String]) -> Result<ServiceArgs, String> {
    let mut out = ServiceArgs {
        action: String::new(),
        config: None,
        env_file: None,
        root: None,
        init: None,
        name: "supervisord".into(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a, None),
        };
        let takes = [
            "-c",
            "--configuration",
            "--env-file",
            "--root",
            "--init",
            "--name",
        ];
        if !takes.contains(&flag) {
            match a {
                "install" | "uninstall" | "start" | "stop" if out.action.is_empty() => {
                    out.action = a.to_string();
                    continue;
                }
                _ => return Err(format!("unexpected argument {a:?} ({USAGE})")),
            }
        }
        let v = match inline {
            Some(v) => v,
            None => {
                i += 1;
                args.get(i - 1)
                    .cloned()
                    .ok_or(format!("option {flag} requires argument"))?
            }
        };
        match flag {
            "-c" | "--configuration" => out.config = Some(PathBuf::from(v)),
            "--env-file" => out.env_file = Some(PathBuf::from(v)),
            "--root" => out.root = Some(PathBuf::from(v)),
            "--init" => out.init = Some(Init::parse(&v)?),
            _ => out.name = v,
        }
    }
    if out.action.is_empty() {
        return Err(USAGE.into());
    }
    if out.name.is_empty() || out.name.contains('/') {
        return Err(format!("invalid service name {:?}", out.name));
    }
    Ok(out)
}

/// Single-quotes `s` for a shell script or a systemd command line when it needs it.
fn quote(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:,@%=".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The daemon's command line: `BINARY -n -c CONFIG [--env-file FILE]`, quoted.
fn command_line(bin: &Path, config: &Path, env_file: Option<&Path>, nodaemon: bool) -> String {
    let args = daemon_args(config, env_file, nodaemon);
    format!("{} {args}", quote(&bin.to_string_lossy()))
}

/// The daemon's arguments: `[-n] -c CONFIG [--env-file FILE]`, quoted.
fn daemon_args(config: &Path, env_file: Option<&Path>, nodaemon: bool) -> String {
    let mut parts = Vec::new();
    if nodaemon {
        parts.push("-n".into());
    }
    parts.push("-c".into());
    parts.push(quote(&config.to_string_lossy()));
    if let Some(e) = env_file {
        parts.push("--env-file".into());
        parts.push(quote(&e.to_string_lossy()));
    }
    parts.join(" ")
}

/// A systemd unit (the content of `examples/supervisord.service`) for `cmd`.
pub fn systemd_unit(cmd: &str) -> String {
    format!(
        "# Written by `supervisord service install`.\n\
         [Unit]\n\
         Description=supervisord process control system (Rust)\n\
         Documentation=https://supervisord.org\n\
         After=network.target\n\n\
         [Service]\n\
         Type=simple\n\
         ExecStart={cmd}\n\
         ExecReload=/bin/kill -HUP $MAINPID\n\
         # SIGTERM stops every program in reverse priority order before the daemon exits.\n\
         KillMode=process\n\
         KillSignal=SIGTERM\n\
         TimeoutStopSec=120\n\
         Restart=on-failure\n\
         RestartSec=2\n\n\
         [Install]\n\
         WantedBy=multi-user.target\n"
    )
}

/// An OpenRC script: `bin` run with `args` in the foreground, backgrounded by OpenRC.
pub fn openrc_script(name: &str, bin: &str, args: &str) -> String {
    format!(
        "#!/sbin/openrc-run\n\
         # Written by `supervisord service install`.\n\
         description=\"supervisord process control system (Rust)\"\n\
         command={bin}\n\
         command_args=\"{args}\"\n\
         command_background=true\n\
         pidfile=\"/run/{name}.pid\"\n\
         retry=\"TERM/120/KILL/5\"\n\n\
         depend() {{\n\
         \tneed net\n\
         }}\n"
    )
}

/// A SysV init script for `cmd` (the daemon daemonizes itself; `pidfile` is its pidfile).
pub fn sysv_script(name: &str, cmd: &str) -> String {
    format!(
        "#!/bin/sh\n\
         # Written by `supervisord service install`.\n\
         ### BEGIN INIT INFO\n\
         # Provides:          {name}\n\
         # Required-Start:    $remote_fs $network\n\
         # Required-Stop:     $remote_fs $network\n\
         # Default-Start:     2 3 4 5\n\
         # Default-Stop:      0 1 6\n\
         # Short-Description: supervisord process control system (Rust)\n\
         ### END INIT INFO\n\n\
         PIDFILE=/run/{name}.pid\n\n\
         case \"$1\" in\n\
         start)\n\
         \t{cmd} --pidfile \"$PIDFILE\"\n\
         \t;;\n\
         stop)\n\
         \t[ -f \"$PIDFILE\" ] && kill -TERM \"$(cat \"$PIDFILE\")\"\n\
         \t;;\n\
         restart)\n\
         \t\"$0\" stop\n\
         \twhile [ -f \"$PIDFILE\" ] && kill -0 \"$(cat \"$PIDFILE\")\" 2>/dev/null; do sleep 1; done\n\
         \t\"$0\" start\n\
         \t;;\n\
         reload)\n\
         \t[ -f \"$PIDFILE\" ] && kill -HUP \"$(cat \"$PIDFILE\")\"\n\
         \t;;\n\
         *)\n\
         \techo \"Usage: $0 {{start|stop|restart|reload}}\" >&2\n\
         \texit 3\n\
         \t;;\n\
         esac\n"
    )
}

/// Where the service file of `init` goes, under `root`.
pub fn service_path(root: &Path, init: Init, name: &str) -> PathBuf {
    match init {
        Init::Systemd => root.join(format!("etc/systemd/system/{name}.service")),
        Init::OpenRc | Init::SysV => root.join(format!("etc/init.d/{name}")),
    }
}

/// The service manager commands for `action` (none for install/uninstall under `--root`).
fn manager_commands(a: &ServiceArgs, init: Init, script: &Path) -> Vec<Vec<String>> {
    let n = a.name.clone();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let installing = a.action == "install" || a.action == "uninstall";
    if installing && a.root.is_some() {
        return Vec::new();
    }
    let script = script.to_string_lossy().into_owned();
    match (init, a.action.as_str()) {
        (Init::Systemd, "install") => vec![
            s(&["systemctl", "daemon-reload"]),
            s(&["systemctl", "enable", &n]),
        ],
        (Init::Systemd, "uninstall") => vec![
            s(&["systemctl", "disable", "--now", &n]),
            s(&["systemctl", "daemon-reload"]),
        ],
        (Init::Systemd, act) => vec![s(&["systemctl", act, &n])],
        (Init::OpenRc, "install") => vec![s(&["rc-update", "add", &n, "default"])],
        (Init::OpenRc, "uninstall") => vec![s(&["rc-update", "del", &n, "default"])],
        (Init::OpenRc, act) => vec![s(&["rc-service", &n, act])],
        (Init::SysV, "install") => vec![s(&["update-rc.d", &n, "defaults"])],
        (Init::SysV, "uninstall") => vec![s(&["update-rc.d", &n, "remove"])],
        (Init::SysV, act) => vec![s(&[&script, act])],
    }
}

fn run_command(cmd: &[String]) -> Result<(), String> {
    let Some((prog, rest)) = cmd.split_first() else {
        return Ok(());
    };
    let status = Command::new(prog)
        .args(rest)
        .status()
        .map_err(|e| format!("cannot run {prog}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", cmd.join(" ")))
    }
}

/// An absolute form of `p` (relative to the current directory).
fn absolute(p: &Path) -> PathBuf {
    std::env::current_dir()
        .map(|d| d.join(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

fn install_file(a: &ServiceArgs, init: Init, path: &Path, argv0: &str) -> Result<(), String> {
    let config = match &a.config {
        Some(c) => absolute(c),
        None => {
            absolute(&crate::config::find_config_file(Path::new(argv0)).map_err(|e| e.to_string())?)
        }
    };
    let bin = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
    let env = a.env_file.as_deref().map(absolute);
    let (text, mode) = match init {
        Init::Systemd => (
            systemd_unit(&command_line(&bin, &config, env.as_deref(), true)),
            0o644,
        ),
        Init::OpenRc => (
            openrc_script(
                &a.name,
                &quote(&bin.to_string_lossy()),
                &daemon_args(&config, env.as_deref(), true),
            ),
            0o755,
        ),
        Init::SysV => (
            sysv_script(&a.name, &command_line(&bin, &config, env.as_deref(), false)),
            0o755,
        ),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("cannot chmod {}: {e}", path.display()))
}

fn execute(a: &ServiceArgs, argv0: &str) -> Result<String, String> {
    let init = a.init.unwrap_or_else(Init::detect);
    let root = a.root.clone().unwrap_or_else(|| PathBuf::from("/"));
    let path = service_path(&root, init, &a.name);
    match a.action.as_str() {
        "install" => install_file(a, init, &path, argv0)?,
        "uninstall" => {
            // Disabling a running service may fail; the file is removed anyway.
            for cmd in manager_commands(a, init, &path) {
                if let Err(e) = run_command(&cmd) {
                    eprintln!("Warning: {e}");
                }
            }
            return match std::fs::remove_file(&path) {
                Ok(()) => Ok(format!("removed {}", path.display())),
                Err(e) => Err(format!("cannot remove {}: {e}", path.display())),
            };
        }
        _ => {}
    }
    for cmd in manager_commands(a, init, &path) {
        run_command(&cmd)?;
    }
    Ok(match a.action.as_str() {
        "install" => format!("installed {}", path.display()),
        act => format!("{act}: {} done", a.name),
    })
}

/// Runs `service` with the arguments after the word `service`; returns the exit status.
pub fn run(args: &[String], argv0: &str) -> i32 {
    match parse_args(args).and_then(|a| execute(&a, argv0)) {
        Ok(msg) => {
            println!("{msg}");
            0
        }
        Err(e) => {
            eprintln!("Error: {e}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> Result<ServiceArgs, String> {
        parse_args(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_actions_and_flags() {
        let a = p(&["install", "--root", "/r", "--init=openrc", "-c", "/e.conf"]).unwrap();
        assert_eq!(a.action, "install");
        assert_eq!(a.root, Some(PathBuf::from("/r")));
        assert_eq!(a.init, Some(Init::OpenRc));
        assert_eq!(a.config, Some(PathBuf::from("/e.conf")));
        assert_eq!(a.name, "supervisord");
        assert!(p(&[]).is_err());
        assert!(p(&["restart"]).is_err());
        assert!(p(&["start", "stop"]).is_err());
        assert!(p(&["start", "--init", "upstart"]).is_err());
        assert!(p(&["start", "--name", "a/b"]).is_err());
        assert!(p(&["start", "--root"]).is_err());
    }

    #[test]
    fn command_line_is_quoted() {
        let c = command_line(
            Path::new("/usr/bin/supervisord"),
            Path::new("/etc/my conf.conf"),
            Some(Path::new("/etc/x.env")),
            true,
        );
        assert_eq!(
            c,
            "/usr/bin/supervisord -n -c '/etc/my conf.conf' --env-file /etc/x.env"
        );
    }

    #[test]
    fn manager_commands_per_init() {
        let mut a = p(&["start"]).unwrap();
        let path = Path::new("/etc/init.d/supervisord");
        assert_eq!(
            manager_commands(&a, Init::Systemd, path),
            vec![vec!["systemctl", "start", "supervisord"]]
        );
        assert_eq!(
            manager_commands(&a, Init::SysV, path),
            vec![vec!["/etc/init.d/supervisord", "start"]]
        );
        a.action = "install".into();
        a.root = Some(PathBuf::from("/r"));
        assert!(manager_commands(&a, Init::Systemd, path).is_empty());
    }
}
