//! Opening the listening sockets the way supervisord does: a unix socket is bound under a
//! temporary name, chmod-ed, then hard-linked to its configured path (a live socket there is
//! an error, a dead one is replaced), then chown-ed; an inet socket binds `host:port`
//! without DNS (numeric hosts and `localhost` only).

use std::io::{self};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

use super::HttpError;
use crate::config::model::{InetHttpServer, UnixHttpServer};

/// Binds the unix socket for `[unix_http_server]`.
pub fn bind_unix(cfg: &UnixHttpServer) -> Result<UnixListener, HttpError> {
    let path = &cfg.file;
    let tmp = PathBuf::from(format!("{}.{}", path.display(), std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let listener = UnixListener::bind(&tmp).map_err(|e| HttpError::Bind {
        what: format!("unix socket {}", tmp.display()),
        source: e,
    })?;
    let result = link_into_place(&tmp, path, cfg);
    let _ = std::fs::remove_file(&tmp);
    result.map(|()| listener)
}

fn link_into_place(tmp: &Path, path: &Path, cfg: &UnixHttpServer) -> Result<(), HttpError> {
    std::fs::set_permissions(tmp, std::fs::Permissions::from_mode(cfg.chmod)).map_err(|e| {
        HttpError::Bind {
            what: format!("chmod {:o} on {}", cfg.chmod, tmp.display()),
            source: e,
        }
    })?;
    for _attempt in 0..2 {
        match std::fs::hard_link(tmp, path) {
            Ok(()) => {
                let owned = chown(path, cfg);
                if owned.is_err() {
                    let _ = std::fs::remove_file(path);
                }
                return owned;
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                if socket_is_alive(path) {
                    return Err(HttpError::AddrInUse(format!(
                        "the unix socket {} answers",
                        path.display()
                    )));
                }
                // A stale socket left by a dead supervisord: replace it (Python says so on
                // stderr too).
                eprintln!("Unlinking stale socket {}", path.display());
                let _ = std::fs::remove_file(path);
            }
            Err(e) => {
                return Err(HttpError::Bind {
                    what: format!("unix socket {}", path.display()),
                    source: e,
                })
            }
        }
    }
    Err(HttpError::AddrInUse(format!(
        "the unix socket {} is in use",
        path.display()
    )))
}

/// True when something accepts connections on the socket at `path`.
pub fn socket_is_alive(path: &Path) -> bool {
    UnixStream::connect(path).is_ok()
}

fn chown(path: &Path, cfg: &UnixHttpServer) -> Result<(), HttpError> {
    let Some(spec) = &cfg.chown else {
        return Ok(());
    };
    let (uid, gid) = super::owner::resolve_owner(spec).map_err(|m| HttpError::Chown {
        path: path.to_path_buf(),
        message: m,
    })?;
    std::os::unix::fs::chown(path, Some(uid), Some(gid)).map_err(|e| {
        let message = if e.raw_os_error() == Some(nix::libc::EPERM) {
            let me = super::owner::user_name(nix::unistd::geteuid().as_raw());
            format!(
                "Not permitted to chown {} to uid/gid ({uid}, {gid}); adjust \"sockchown\" value in \
                 config file or on command line to values that the current user ({me}) can \
                 successfully chown",
                path.display()
            )
        } else {
            format!("Cannot chown {} to uid/gid ({uid}, {gid}): {e}", path.display())
        };
        HttpError::Chown {
            path: path.to_path_buf(),
            message,
        }
    })
}

/// The address `[inet_http_server] port=` means (no DNS: numeric hosts and `localhost`).
pub fn inet_addr(cfg: &InetHttpServer) -> Result<SocketAddr, HttpError> {
    let host = cfg.host.trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = match host {
        "" | "*" => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        "localhost" => IpAddr::V4(Ipv4Addr::LOCALHOST),
        "::" => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        other => other
            .parse()
            .map_err(|_| HttpError::BadHost(other.to_string()))?,
    };
    Ok(SocketAddr::new(ip, cfg.port))
}

/// Binds the TCP socket for `[inet_http_server]` (std sets SO_REUSEADDR on unix).
pub fn bind_inet(cfg: &InetHttpServer) -> Result<TcpListener, HttpError> {
    let addr = inet_addr(cfg)?;
    TcpListener::bind(addr).map_err(|e| {
        if e.kind() == io::ErrorKind::AddrInUse {
            HttpError::AddrInUse(format!(
                "{addr} is in use; set another port= in [inet_http_server]"
            ))
        } else {
            HttpError::Bind {
                what: format!("TCP port {addr}"),
                source: e,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inet(host: &str) -> InetHttpServer {
        InetHttpServer {
            host: host.into(),
            port: 9001,
            username: None,
            password: None,
            nodes: Default::default(),
        }
    }

    #[test]
    fn inet_hosts() {
        assert_eq!(
            inet_addr(&inet("")).ok(),
            Some("0.0.0.0:9001".parse().expect("addr"))
        );
        assert_eq!(
            inet_addr(&inet("*")).ok(),
            Some("0.0.0.0:9001".parse().expect("addr"))
        );
        assert_eq!(
            inet_addr(&inet("localhost")).ok(),
            Some("127.0.0.1:9001".parse().expect("addr"))
        );
        assert_eq!(
            inet_addr(&inet("::1")).ok(),
            Some("[::1]:9001".parse().expect("addr"))
        );
        assert!(matches!(
            inet_addr(&inet("example.com")),
            Err(HttpError::BadHost(_))
        ));
    }
}
