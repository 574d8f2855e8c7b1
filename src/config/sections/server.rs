//! `[inet_http_server]` and `[unix_http_server]`: the daemon's HTTP listeners.
//!
//! Every section whose name starts with the kind is validated (as supervisor does); the
//! first one is the listener.

use std::path::PathBuf;

use crate::config::error::ConfigError;
use crate::config::ini::py_strip;
use crate::config::model::{InetHttpServer, UnixHttpServer};
use crate::config::reader::{SectionReader, Source};
use crate::config::values::{inet_address, normalize_path, octal, user_group};

/// The first `[inet_http_server*]`, if any.
pub fn inet(src: &Source) -> Result<Option<InetHttpServer>, ConfigError> {
    let mut first = None;
    for section in src.doc.section_names() {
        if !section.starts_with("inet_http_server") {
            continue;
        }
        let r = src.reader(&section, Default::default());
        let (username, password) = auth(&r)?;
        let Some(pv) = r.get("port")? else {
            return Err(r.err(None, format!("section [{}] has no port value", section)));
        };
        let (host, port) = r.parse(&pv, inet_address)?;
        let nodes = super::nodes::read(src, &r, &section)?;
        first.get_or_insert(InetHttpServer {
            host,
            port,
            username,
            password,
            nodes,
        });
    }
    Ok(first)
}

/// The first `[unix_http_server*]`, if any.
pub fn unix(src: &Source) -> Result<Option<UnixHttpServer>, ConfigError> {
    let mut first = None;
    for section in src.doc.section_names() {
        if !section.starts_with("unix_http_server") {
            continue;
        }
        let r = src.reader(&section, Default::default());
        let Some(fv) = src.reader(&section, src.here_exp()).get("file")? else {
            return Err(r.err(None, format!("section [{}] has no file value", section)));
        };
        let file = PathBuf::from(normalize_path(py_strip(&fv.text)));
        let (username, password) = auth(&r)?;
        let chown = r.opt("chown", |t| {
            user_group(t).map_err(|_| format!("Invalid sockchown value {}", t))
        })?;
        let chmod = r
            .opt("chmod", |t| {
                octal(t).map_err(|_| format!("Invalid chmod value {}", t))
            })?
            .unwrap_or(0o700);
        first.get_or_insert(UnixHttpServer {
            file,
            chmod,
            chown,
            username,
            password,
        });
    }
    Ok(first)
}

/// `username` and `password`: both or neither.
fn auth(r: &SectionReader) -> Result<(Option<String>, Option<String>), ConfigError> {
    let u = r.opt_string("username")?;
    let p = r.opt_string("password")?;
    if u.is_some() != p.is_some() {
        return Err(r.err(
            None,
            format!("Section [{}] contains incomplete authentication: If a username or a password is specified, both the username and password must be specified", r.section),
        ));
    }
    Ok((u, p))
}
