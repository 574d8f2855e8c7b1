//! Host names without DNS (the binary is static, with no NSS): a numeric address,
//! `localhost`, or a line of `/etc/hosts`. Used by supervisorctl's `serverurl` and the
//! remote syslog sinks.

/// Addresses of `host` without DNS: a numeric address, `localhost`, or `/etc/hosts`.
pub fn resolve_host(host: &str) -> Vec<std::net::IpAddr> {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = host.parse() {
        return vec![ip];
    }
    if host.eq_ignore_ascii_case("localhost") {
        return vec![std::net::Ipv4Addr::LOCALHOST.into()];
    }
    let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    hosts_lookup(&hosts, host)
}

/// Looks `host` up in the text of an `/etc/hosts` file.
fn hosts_lookup(text: &str, host: &str) -> Vec<std::net::IpAddr> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let ip: std::net::IpAddr = words.next()?.parse().ok()?;
            words.any(|w| w.eq_ignore_ascii_case(host)).then_some(ip)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_file_and_literals() {
        let hosts = "127.0.0.1 localhost\n# 10.0.0.9 commented\n192.168.1.5 box box.lan # x\n";
        assert_eq!(
            hosts_lookup(hosts, "box.lan"),
            vec!["192.168.1.5".parse::<std::net::IpAddr>().unwrap()]
        );
        assert!(hosts_lookup(hosts, "commented").is_empty());
        assert_eq!(
            resolve_host("10.1.2.3"),
            vec!["10.1.2.3".parse::<std::net::IpAddr>().unwrap()]
        );
        assert_eq!(
            resolve_host("[::1]"),
            vec!["::1".parse::<std::net::IpAddr>().unwrap()]
        );
    }
}
