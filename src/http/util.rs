//! Small helpers shared by the routes: request targets and query strings.

/// Decodes `%XX` escapes (and `+` as space when `plus` is set); bad escapes stay literal.
pub fn percent_decode(s: &str, plus: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1..i + 3].iter().all(u8::is_ascii_hexdigit) =>
            {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' if plus => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of `key` in a query string, decoded.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k, true) == key).then(|| percent_decode(v, true))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("g%3A%2A", false), "g:*");
        assert_eq!(percent_decode("a+b%", true), "a b%");
        assert_eq!(percent_decode("%zz%4", false), "%zz%4");
        // Only two hex digits form an escape (from_str_radix alone accepts "+1").
        assert_eq!(percent_decode("%+1%-1", false), "%+1%-1");
        assert_eq!(
            query_param("stream=stderr&offset=-5", "offset").as_deref(),
            Some("-5")
        );
        assert_eq!(query_param("a", "a").as_deref(), Some(""));
        assert_eq!(query_param("", "a"), None);
    }
}
