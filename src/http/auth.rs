//! HTTP Basic authentication as supervisord's `[*_http_server] username/password` do it:
//! clear-text or `{SHA}<hex sha1>` passwords, realm `default`.

use super::sha1;
use crate::rpc::base64;

/// Credentials a server requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    /// Clear text, or `{SHA}` + lowercase hex SHA-1.
    pub password: String,
}

/// The outcome of checking a request's `Authorization` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthResult {
    /// No auth configured, or the credentials match.
    Allowed,
    /// Missing, non-Basic or wrong credentials: 401.
    Denied,
    /// A Basic header whose payload cannot be decoded: 400.
    Malformed,
}

/// Checks an `Authorization` header value against the configured credentials.
pub fn check(required: Option<&Credentials>, header: Option<&str>) -> AuthResult {
    let Some(creds) = required else {
        return AuthResult::Allowed;
    };
    let Some(value) = header else {
        return AuthResult::Denied;
    };
    let mut parts = value.trim().splitn(2, ' ');
    let scheme = parts.next().unwrap_or("");
    if !scheme.eq_ignore_ascii_case("basic") {
        return AuthResult::Denied;
    }
    let Some(decoded) = base64::decode(parts.next().unwrap_or("").trim()) else {
        return AuthResult::Malformed;
    };
    let Ok(text) = String::from_utf8(decoded) else {
        return AuthResult::Malformed;
    };
    let Some((user, pass)) = text.split_once(':') else {
        return AuthResult::Malformed;
    };
    // Both checks always run (no short-circuit), each in constant time for its length.
    let user_ok = ct_eq(user.as_bytes(), creds.username.as_bytes());
    let pass_ok = password_matches(&creds.password, pass);
    if user_ok & pass_ok {
        AuthResult::Allowed
    } else {
        AuthResult::Denied
    }
}

/// Compares a supplied password with a configured one (clear or `{SHA}`).
pub fn password_matches(configured: &str, supplied: &str) -> bool {
    match configured.strip_prefix("{SHA}") {
        Some(hex) => ct_eq(
            sha1::hex_digest(supplied.as_bytes()).as_bytes(),
            hex.to_ascii_lowercase().as_bytes(),
        ),
        None => ct_eq(configured.as_bytes(), supplied.as_bytes()),
    }
}

/// Compares two byte strings in time that depends only on their lengths, not on where they
/// first differ (so a remote client cannot find a password byte by byte by timing).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}

/// The `Authorization` header value a client sends.
pub fn basic_header(username: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::encode(format!("{username}:{password}").as_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds(p: &str) -> Credentials {
        Credentials {
            username: "user".into(),
            password: p.into(),
        }
    }

    #[test]
    fn plain_and_sha_passwords() {
        let hdr = basic_header("user", "thepassword");
        assert_eq!(
            check(Some(&creds("thepassword")), Some(&hdr)),
            AuthResult::Allowed
        );
        let sha = creds("{SHA}82ab876d1387bfafe46cc1c8a2ef074eae50cb1d");
        assert_eq!(check(Some(&sha), Some(&hdr)), AuthResult::Allowed);
        assert_eq!(
            check(Some(&sha), Some(&basic_header("user", "x"))),
            AuthResult::Denied
        );
        assert_eq!(
            check(Some(&sha), Some(&basic_header("other", "thepassword"))),
            AuthResult::Denied
        );
    }

    #[test]
    fn constant_time_compare() {
        assert!(ct_eq(b"", b""));
        assert!(ct_eq(b"secret", b"secret"));
        assert!(!ct_eq(b"secret", b"secreT"));
        assert!(!ct_eq(b"secret", b"secret1"));
        assert!(!ct_eq(b"secret1", b"secret"));
        assert!(!ct_eq(b"", b"x"));
        // Uppercase hex in a {SHA} config is accepted too.
        assert!(password_matches(
            "{SHA}82AB876D1387BFAFE46CC1C8A2EF074EAE50CB1D",
            "thepassword"
        ));
    }

    #[test]
    fn missing_malformed_and_unconfigured() {
        assert_eq!(check(None, None), AuthResult::Allowed);
        assert_eq!(check(Some(&creds("p")), None), AuthResult::Denied);
        assert_eq!(
            check(Some(&creds("p")), Some("Bearer abc")),
            AuthResult::Denied
        );
        assert_eq!(
            check(Some(&creds("p")), Some("Basic !!!")),
            AuthResult::Malformed
        );
        assert_eq!(
            check(Some(&creds("p")), Some("Basic dXNlcg==")),
            AuthResult::Malformed
        );
    }
}
