//! The Go port's multi-node keys of `[inet_http_server]`: `nodename`, `remotes =
//! node:ip:port, …`, and ours: `remote_<node>_username` / `remote_<node>_password` (the
//! credentials this daemon sends to that node) and `remotes_timeout` (seconds per request
//! to a remote node).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use crate::config::error::ConfigError;
use crate::config::model::{Nodes, RemoteNode};
use crate::config::reader::{SectionReader, Source};

/// Seconds a request to a remote node may take when `remotes_timeout` is not set.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3);
/// Longest `remotes_timeout`.
const MAX_TIMEOUT_SECS: f64 = 60.0;

/// Reads the node keys of `section` (an `[inet_http_server*]`).
pub fn read(src: &Source, r: &SectionReader, section: &str) -> Result<Nodes, ConfigError> {
    let nodename = r
        .opt_string("nodename")?
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| src.host.clone());
    let mut remotes = Vec::new();
    if let Some(v) = r.get("remotes")? {
        for item in v.text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let remote = r.parse(&v, |_| remote(item))?;
            if remote.name == nodename || remotes.iter().any(|x: &RemoteNode| x.name == remote.name)
            {
                return Err(r.err(
                    Some(&v),
                    format!("remotes: node {:?} named twice", remote.name),
                ));
            }
            remotes.push(remote);
        }
    }
    credentials(src, r, section, &mut remotes)?;
    let timeout = r
        .opt("remotes_timeout", |t| {
            let secs: f64 = t
                .trim()
                .parse()
                .map_err(|_| format!("not a number of seconds: {t:?}"))?;
            if !(secs > 0.0 && secs <= MAX_TIMEOUT_SECS) {
                return Err(format!(
                    "remotes_timeout must be in (0, {MAX_TIMEOUT_SECS}] seconds"
                ));
            }
            Ok(Duration::from_secs_f64(secs))
        })?
        .unwrap_or(DEFAULT_TIMEOUT);
    Ok(Nodes {
        nodename,
        remotes,
        timeout,
    })
}

/// One `node:ip:port` (or `node:[v6]:port`, `node:localhost:port`).
fn remote(item: &str) -> Result<RemoteNode, String> {
    let Some((name, addr)) = item.split_once(':') else {
        return Err(format!("remotes: {item:?} is not node:ip:port"));
    };
    let name = name.trim();
    if name.is_empty() || name.contains(['/', '?', '#', '%', ' ']) {
        return Err(format!("remotes: bad node name {name:?}"));
    }
    let addr = addr.trim();
    let parsed = match addr.strip_prefix("localhost:") {
        Some(port) => port
            .parse::<u16>()
            .ok()
            .map(|p| SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), p)),
        None => addr.parse::<SocketAddr>().ok(),
    };
    match parsed {
        Some(a) if a.port() != 0 => Ok(RemoteNode {
            name: name.to_string(),
            addr: a,
            username: None,
            password: None,
        }),
        _ => Err(format!(
            "remotes: {addr:?} of node {name:?} is not ip:port (numeric addresses and localhost only)"
        )),
    }
}

/// `remote_<node>_username` / `remote_<node>_password` of the section, both or neither,
/// for a node that `remotes` names (compared case-insensitively: keys are lower-cased).
fn credentials(
    src: &Source,
    r: &SectionReader,
    section: &str,
    remotes: &mut [RemoteNode],
) -> Result<(), ConfigError> {
    let keys: Vec<String> = src
        .doc
        .section(section)
        .map(|s| s.entries.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    for key in keys {
        let Some(rest) = key.strip_prefix("remote_") else {
            continue;
        };
        let (node, field) = match (
            rest.strip_suffix("_username"),
            rest.strip_suffix("_password"),
        ) {
            (Some(n), _) => (n, "username"),
            (_, Some(n)) => (n, "password"),
            _ => continue,
        };
        let value = r.opt_string(&key)?;
        let Some(remote) = remotes
            .iter_mut()
            .find(|x| x.name.eq_ignore_ascii_case(node))
        else {
            let v = r.get(&key)?;
            return Err(r.err(v.as_ref(), format!("{key}: no node {node:?} in remotes")));
        };
        if field == "username" {
            remote.username = value;
        } else {
            remote.password = value;
        }
    }
    if let Some(x) = remotes
        .iter()
        .find(|x| x.username.is_some() != x.password.is_some())
    {
        return Err(r.err(
            None,
            format!(
                "Section [{section}] gives only one of remote_{0}_username and remote_{0}_password",
                x.name.to_lowercase()
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_items() {
        let r = remote("node-2:10.0.0.2:9001").expect("ok");
        assert_eq!(
            (r.name.as_str(), r.addr),
            ("node-2", "10.0.0.2:9001".parse().expect("a"))
        );
        assert_eq!(
            remote("n:localhost:9").expect("ok").addr.to_string(),
            "127.0.0.1:9"
        );
        assert_eq!(remote("n:[::1]:9").expect("ok").addr.to_string(), "[::1]:9");
        assert!(remote("n:example.com:9").is_err());
        assert!(remote("n:10.0.0.1").is_err());
        assert!(remote(":10.0.0.1:9").is_err());
        assert!(remote("n/x:10.0.0.1:9").is_err());
        assert!(remote("nocolon").is_err());
    }
}
