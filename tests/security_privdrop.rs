//! Privilege drop: a program with `user=nobody` runs with nobody's uid (real, effective,
//! saved, fs), nobody's primary gid and exactly nobody's supplementary groups — none of
//! root's. Read from /proc/<pid>/status. Needs root; skips visibly otherwise.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use support::*;

fn ids(line: &str) -> Vec<u32> {
    line.split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect()
}

#[test]
fn user_nobody_gets_exactly_nobodys_ids_and_groups() {
    if !root_or_skip("user_nobody_gets_exactly_nobodys_ids_and_groups") {
        return;
    }
    let Ok(Some(nobody)) = nix::unistd::User::from_name("nobody") else {
        return skip(
            "user_nobody_gets_exactly_nobodys_ids_and_groups",
            "no user nobody",
        );
    };
    // nobody's supplementary groups as the system lists them (getgrouplist).
    let name = std::ffi::CString::new("nobody").expect("cstr");
    let mut want: Vec<u32> = nix::unistd::getgrouplist(&name, nobody.gid)
        .map(|g| g.iter().map(|g| g.as_raw()).collect())
        .unwrap_or_else(|_| vec![nobody.gid.as_raw()]);
    want.sort_unstable();
    want.dedup();

    let dir = temp_dir("privdrop");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:low]\ncommand=/bin/sleep 1000\nuser=nobody\nstartsecs=0\n\
         stdout_logfile=NONE\nstderr_logfile=NONE\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(20)),
        "{}",
        d.log()
    );
    let pid = d.infos()[0].2 as i32;
    assert!(wait_for(Duration::from_secs(10), || {
        status_field(pid, "Name:").is_some_and(|n| n == "sleep")
    }));
    let uid = nobody.uid.as_raw();
    let gid = nobody.gid.as_raw();
    let uids = ids(&status_field(pid, "Uid:").expect("Uid"));
    let gids = ids(&status_field(pid, "Gid:").expect("Gid"));
    let mut groups = ids(&status_field(pid, "Groups:").unwrap_or_default());
    groups.sort_unstable();
    assert_eq!(uids, vec![uid; 4], "real/effective/saved/fs uid");
    assert_eq!(gids, vec![gid; 4], "real/effective/saved/fs gid");
    assert!(!groups.contains(&0), "root's group 0 kept: {groups:?}");
    // Linux may list the primary group in Groups: or not, depending on initgroups.
    let mut with_primary = groups.clone();
    with_primary.push(gid);
    with_primary.sort_unstable();
    with_primary.dedup();
    assert_eq!(with_primary, want, "supplementary groups");
    let caps = status_field(pid, "CapEff:").unwrap_or_default();
    assert!(
        caps.chars().all(|c| c == '0'),
        "effective capabilities kept: {caps}"
    );
    figure(&format!(
        "security_privdrop: user=nobody → Uid {uids:?} Gid {gids:?} Groups {groups:?} CapEff {caps}"
    ));
}
