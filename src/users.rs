//! `/etc/passwd` and `/etc/group` read by hand: the binary is static, and glibc's NSS
//! lookups in a static binary can crash (see dependencies.md §7), so `user=` is resolved
//! here, in the parent, before any fork. Users known only to LDAP/SSSD are not supported.

use std::fmt;

/// A resolved account: what the child needs for setgroups/setgid/setuid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: String,
    /// Primary gid first, then every group listing the user as a member.
    pub groups: Vec<u32>,
}

/// Why a user could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserError {
    /// Name (or numeric uid) not present in the passwd file.
    Unknown(String),
    /// The passwd file could not be read.
    Unreadable(String),
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserError::Unknown(u) => write!(f, "Invalid user name {u}"),
            UserError::Unreadable(e) => write!(f, "cannot read /etc/passwd: {e}"),
        }
    }
}

/// Resolves a user name or numeric uid against the system's `/etc/passwd` and `/etc/group`.
pub fn lookup(user: &str) -> Result<Account, UserError> {
    let passwd =
        std::fs::read_to_string("/etc/passwd").map_err(|e| UserError::Unreadable(e.to_string()))?;
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    lookup_in(user, &passwd, &group)
}

/// Resolves `user` against the given file contents (pure; used by `lookup` and tests).
pub fn lookup_in(user: &str, passwd: &str, group: &str) -> Result<Account, UserError> {
    let numeric: Option<u32> = user.parse().ok();
    for line in passwd.lines() {
        if line.is_empty()
            || line.starts_with('#')
            || line.starts_with('+')
            || line.starts_with('-')
        {
            continue;
        }
        let f: Vec<&str> = line.split(':').collect();
        if f.len() < 7 {
            continue;
        }
        let (Ok(uid), Ok(gid)) = (f[2].parse::<u32>(), f[3].parse::<u32>()) else {
            continue;
        };
        if f[0] == user || numeric == Some(uid) {
            let mut groups = vec![gid];
            groups.extend(member_groups(f[0], group).filter(|g| *g != gid));
            return Ok(Account {
                name: f[0].to_string(),
                uid,
                gid,
                home: f[5].to_string(),
                groups,
            });
        }
    }
    Err(UserError::Unknown(user.to_string()))
}

/// The gids of every group in `group` (file text) that lists `name` as a member.
fn member_groups<'a>(name: &'a str, group: &'a str) -> impl Iterator<Item = u32> + 'a {
    group.lines().filter_map(move |line| {
        let f: Vec<&str> = line.split(':').collect();
        if f.len() < 4 || line.starts_with('#') {
            return None;
        }
        let gid = f[2].parse::<u32>().ok()?;
        f[3].split(',').any(|m| m.trim() == name).then_some(gid)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n# comment\n+nis\nalice:x:1000:1000:Alice:/home/alice:/bin/sh\n";
    const GROUP: &str = "root:x:0:\nalice:x:1000:\nwheel:x:10:bob,alice\naudio:x:29:alice\n";

    #[test]
    fn finds_by_name_with_supplementary_groups() {
        let a = lookup_in("alice", PASSWD, GROUP).unwrap();
        assert_eq!((a.uid, a.gid), (1000, 1000));
        assert_eq!(a.groups, vec![1000, 10, 29]);
        assert_eq!(a.home, "/home/alice");
    }

    #[test]
    fn finds_by_uid_and_rejects_unknown() {
        assert_eq!(lookup_in("0", PASSWD, GROUP).unwrap().name, "root");
        assert_eq!(
            lookup_in("nobody", PASSWD, GROUP),
            Err(UserError::Unknown("nobody".into()))
        );
        assert!(lookup_in("nis", PASSWD, GROUP).is_err());
    }
}
