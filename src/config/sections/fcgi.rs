//! `[fcgi-program:x]`: a program group sharing one FastCGI socket the daemon owns.

use std::collections::HashSet;

use crate::config::error::ConfigError;
use crate::config::ini::py_space;
use crate::config::model::{FcgiSocket, GroupConfig, GroupKind};
use crate::config::reader::{s, Source};
use crate::config::values::{integer, normalize_path, octal, user_group};

use super::program;

/// A group for each `[fcgi-program:x]` not in `claimed`.
pub fn groups(
    src: &Source,
    warnings: &mut Vec<String>,
    claimed: &HashSet<String>,
) -> Result<Vec<GroupConfig>, ConfigError> {
    let mut groups = Vec::new();
    for section in src.doc.section_names() {
        if !section.starts_with("fcgi-program:") || claimed.contains(&section) {
            continue;
        }
        let mut r = src.reader(&section, src.here_exp());
        let name = r.name()?;
        let priority = r.int("priority", "999")?;
        r.user()?;
        let backlog = match r.get("socket_backlog")? {
            None => None,
            Some(v) => {
                let b = r.parse(&v, integer)?;
                if !(1..=65535).contains(&b) {
                    return Err(r.err(Some(&v), format!("Invalid socket_backlog value {}", b)));
                }
                Some(b as u32)
            }
        };
        let owner = r.opt("socket_owner", |t| {
            user_group(t).map_err(|_| format!("Invalid socket_owner value {}", t))
        })?;
        let mode = r.opt("socket_mode", |t| {
            octal(t).map_err(|_| format!("Invalid socket_mode value {}", t))
        })?;
        r.exp.insert("program_name".into(), s(&name));
        let Some(sv) = r.get("socket")?.filter(|v| !v.text.is_empty()) else {
            return Err(r.err(
                None,
                format!("[{}] section requires a \"socket\" line", section),
            ));
        };
        let socket = r.parse(&sv, |t| {
            parse_socket(t, owner, mode, backlog)
                .map_err(|e| format!("{} in [{}] socket", e, section))
        })?;
        let processes = program::processes(src, warnings, &section, &name)?;
        groups.push(GroupConfig {
            name,
            kind: GroupKind::Fcgi(socket),
            priority,
            processes: crate::config::model::shared(processes),
        });
    }
    Ok(groups)
}

/// Why a `socket=` value is rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SocketError {
    /// `unix://` with a relative path.
    RelativePath(String),
    /// `socket_owner`/`socket_mode` given for a TCP socket.
    OwnerOrModeOnTcp,
    /// A port outside 1..=65535.
    BadPort(i64),
    /// Neither `unix://PATH` nor `tcp://HOST:PORT`.
    BadFormat(String),
}

impl std::fmt::Display for SocketError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SocketError::RelativePath(p) => {
                write!(f, "Unix socket path {} is not an absolute path", p)
            }
            SocketError::OwnerOrModeOnTcp => f.write_str(
                "socket_owner and socket_mode params should only be used with a Unix domain socket",
            ),
            SocketError::BadPort(p) => write!(f, "{} is not a valid port number", p),
            SocketError::BadFormat(s) => write!(f, "Bad socket format {}", s),
        }
    }
}

/// supervisor's socket URL check: `unix://ABSPATH` (mode defaults to 0700) or
/// `tcp://HOST:PORT` (host lower-cased).
fn parse_socket(
    sock: &str,
    owner: Option<String>,
    mode: Option<u32>,
    backlog: Option<u32>,
) -> Result<FcgiSocket, SocketError> {
    if let Some(path) = sock.strip_prefix("unix://") {
        if !path.starts_with('/') {
            return Err(SocketError::RelativePath(path.into()));
        }
        return Ok(FcgiSocket {
            url: format!("unix://{}", normalize_path(path)),
            backlog,
            mode: Some(mode.unwrap_or(0o700)),
            owner,
        });
    }
    if owner.is_some() || mode.is_some() {
        return Err(SocketError::OwnerOrModeOnTcp);
    }
    if let Some((host, port)) = sock.strip_prefix("tcp://").and_then(|r| r.rsplit_once(':')) {
        let host_ok = !host.is_empty() && !host.contains(':') && !host.chars().any(py_space);
        let port_ok = !port.is_empty() && port.chars().all(|c| c.is_ascii_digit());
        if host_ok && port_ok {
            let p: i64 = port.parse().unwrap_or(0);
            if !(1..=65535).contains(&p) {
                return Err(SocketError::BadPort(p));
            }
            return Ok(FcgiSocket {
                url: format!("tcp://{}:{}", host.to_lowercase(), p),
                backlog,
                mode: None,
                owner: None,
            });
        }
    }
    Err(SocketError::BadFormat(sock.into()))
}
