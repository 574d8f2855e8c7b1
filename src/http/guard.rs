//! Cross-site safety checks that run before authentication:
//! - a state-changing request (anything but GET/HEAD) whose `Origin` names another origin
//!   than its `Host`, or that says `Sec-Fetch-Site: cross-site`, is refused (`403`): a web
//!   page elsewhere cannot make a browser act on the daemon with its cached credentials;
//! - on a TCP server bound to a loopback address, a `Host` that is not a loopback name or
//!   address is refused (`421`): a DNS-rebinding page cannot read answers.
//!
//! Clients that send no `Origin` (supervisorctl, xmlrpc.client, curl) pass.

use super::request::Request;

/// The status a request is refused with, if it is.
pub fn check(rq: &Request, loopback_only: bool) -> Option<u16> {
    let host = rq.header("Host");
    if loopback_only && host.is_some_and(|h| !is_loopback_host(h)) {
        return Some(421);
    }
    if rq.is_safe() {
        return None;
    }
    if rq
        .header("Sec-Fetch-Site")
        .is_some_and(|s| s.trim().eq_ignore_ascii_case("cross-site"))
    {
        return Some(403);
    }
    match rq.header("Origin") {
        None => None,
        Some(origin) => (!same_origin(origin, host)).then_some(403),
    }
}

/// True when `origin` (`scheme://host[:port]`) names the authority in `host`.
fn same_origin(origin: &str, host: Option<&str>) -> bool {
    let Some(host) = host else {
        return false;
    };
    let Some((scheme, authority)) = origin.trim().split_once("://") else {
        return false;
    };
    let default_port = match scheme.to_ascii_lowercase().as_str() {
        "http" => "80",
        "https" => "443",
        _ => return false,
    };
    let norm = |a: &str| {
        let a = a.trim().trim_end_matches('/').to_ascii_lowercase();
        match split_port(&a) {
            (h, None) => format!("{h}:{default_port}"),
            (h, Some(p)) => format!("{h}:{p}"),
        }
    };
    norm(authority) == norm(host)
}

/// Splits `host[:port]` (IPv6 in brackets) into host and port.
fn split_port(a: &str) -> (&str, Option<&str>) {
    if let Some(rest) = a.strip_prefix('[') {
        return match rest.split_once(']') {
            Some((h, tail)) => (h, tail.strip_prefix(':')),
            None => (a, None),
        };
    }
    match a.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') => (h, Some(p)),
        _ => (a, None),
    }
}

/// True for `localhost`, `*.localhost`, and loopback addresses, with or without a port.
pub fn is_loopback_host(host: &str) -> bool {
    let lower = host.trim().to_ascii_lowercase();
    let (name, _) = split_port(&lower);
    let name = name.trim_end_matches('.');
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rq(method: &str, headers: &[(&str, &str)]) -> Request {
        Request {
            method: method.into(),
            target: "/".into(),
            minor: 1,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: vec![],
        }
    }

    #[test]
    fn cross_origin_writes_are_refused_and_same_origin_ones_pass() {
        let host = ("Host", "127.0.0.1:9001");
        assert_eq!(check(&rq("POST", &[host]), true), None);
        let evil = ("Origin", "http://evil.example");
        assert_eq!(check(&rq("POST", &[host, evil]), false), Some(403));
        assert_eq!(check(&rq("GET", &[host, evil]), false), None);
        let same = ("Origin", "http://127.0.0.1:9001");
        assert_eq!(check(&rq("POST", &[host, same]), true), None);
        let other_port = ("Origin", "http://127.0.0.1:9002");
        assert_eq!(check(&rq("POST", &[host, other_port]), true), Some(403));
        let null = ("Origin", "null");
        assert_eq!(check(&rq("POST", &[host, null]), true), Some(403));
        let site = ("Sec-Fetch-Site", "cross-site");
        assert_eq!(check(&rq("PUT", &[host, site]), true), Some(403));
        let default_port = [("Host", "localhost"), ("Origin", "http://LOCALHOST:80")];
        assert_eq!(check(&rq("POST", &default_port), true), None);
    }

    #[test]
    fn rebinding_hosts_are_refused_on_loopback_servers_only() {
        for ok in [
            "localhost",
            "localhost:9001",
            "127.0.0.1:1",
            "[::1]:9001",
            "::1",
            "a.localhost",
        ] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:9001",
            "10.0.0.1",
            "localhost.evil.example",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
        let evil = [("Host", "evil.example:9001")];
        assert_eq!(check(&rq("GET", &evil), true), Some(421));
        assert_eq!(check(&rq("GET", &evil), false), None);
    }
}
