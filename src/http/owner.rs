//! Resolving `[unix_http_server] chown=user[:group]` to ids without NSS (static binary):
//! the user through [`crate::users`], the group from /etc/group (name or number).

use std::path::Path;

/// Resolves `user` or `user:group` (names or numbers) to `(uid, gid)`; without a group the
/// user's primary group is used.
pub fn resolve_owner(spec: &str) -> Result<(u32, u32), String> {
    resolve_with(spec, Path::new("/etc/passwd"), Path::new("/etc/group"))
}

fn resolve_with(spec: &str, passwd: &Path, group: &Path) -> Result<(u32, u32), String> {
    let (user, grp) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let passwd_text = std::fs::read_to_string(passwd).unwrap_or_default();
    let group_text = std::fs::read_to_string(group).unwrap_or_default();
    let account =
        crate::users::lookup_in(user, &passwd_text, &group_text).map_err(|e| e.to_string())?;
    let gid = match grp {
        Some(g) => find_entry(&group_text, g)
            .and_then(|f| f.get(2).and_then(|s| s.parse().ok()))
            .or_else(|| g.parse().ok())
            .ok_or_else(|| format!("Invalid group name {g}"))?,
        None => account.gid,
    };
    Ok((account.uid, gid))
}

/// The login name of `uid` from /etc/passwd, or the number itself.
pub fn user_name(uid: u32) -> String {
    let text = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    text.lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.get(2).and_then(|s| s.parse::<u32>().ok()) == Some(uid))
        .and_then(|f| f.first().map(|s| s.to_string()))
        .unwrap_or_else(|| uid.to_string())
}

fn find_entry<'a>(text: &'a str, name: &str) -> Option<Vec<&'a str>> {
    text.lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.first() == Some(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_names_and_numbers() {
        let dir = std::env::temp_dir().join(format!("owner-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let (p, g) = (dir.join("passwd"), dir.join("group"));
        std::fs::write(
            &p,
            "root:x:0:0::/root:/bin/sh\nweb:x:1000:1001::/h:/bin/sh\n",
        )
        .expect("w");
        std::fs::write(&g, "root:x:0:\nstaff:x:50:\n").expect("w");
        assert_eq!(resolve_with("web", &p, &g), Ok((1000, 1001)));
        assert_eq!(resolve_with("web:staff", &p, &g), Ok((1000, 50)));
        assert_eq!(resolve_with("1000:7", &p, &g), Ok((1000, 7)));
        assert!(resolve_with("4242", &p, &g).is_err());
        assert_eq!(resolve_with("0", &p, &g), Ok((0, 0)));
        assert!(resolve_with("nobody2", &p, &g).is_err());
        assert!(resolve_with("web:nogroup", &p, &g).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
