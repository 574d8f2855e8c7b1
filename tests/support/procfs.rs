//! Readers of /proc: descriptors, memory, threads, children and CPU time of a process.

/// Open fds of `pid` (0 if unreadable).
pub fn fd_count(pid: i32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// What each fd of `pid` refers to (for failure messages).
pub fn fd_list(pid: i32) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return Vec::new();
    };
    dir.flatten()
        .map(|e| match std::fs::read_link(e.path()) {
            Ok(to) => format!("{} -> {}", e.file_name().to_string_lossy(), to.display()),
            Err(_) => e.file_name().to_string_lossy().into_owned(),
        })
        .collect()
}

/// A `/proc/<pid>/status` field's value (trimmed), e.g. `status_field(pid, "VmRSS:")`.
pub fn status_field(pid: i32, key: &str) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with(key))
        .map(|l| l[key.len()..].trim().to_string())
}

/// The first number of a status field (0 if missing).
fn status_number(pid: i32, key: &str) -> u64 {
    status_field(pid, key)
        .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

/// Voluntary context switches of the main thread of `pid` (for the daemon, its wake-ups
/// from `poll`); `u64::MAX` when unreadable.
pub fn loop_switches(pid: i32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(u64::MAX)
}

/// VmRSS of `pid` in KiB.
pub fn rss_kb(pid: i32) -> u64 {
    status_number(pid, "VmRSS:")
}

/// Threads of `pid`.
pub fn threads(pid: i32) -> u64 {
    status_number(pid, "Threads:")
}

/// Size of the descriptor table of `pid` (`FDSize`), 0 if unreadable.
pub fn fd_table_size(pid: i32) -> usize {
    status_number(pid, "FDSize:") as usize
}

/// The fields of `/proc/<pid>/stat` after `(comm)`: `[state, ppid, …]`.
pub fn stat_fields(pid: i32) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = stat.rsplit_once(") ")?;
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// `(pid, state letter)` of every process whose parent is `ppid`.
pub fn children_of(ppid: i32) -> Vec<(i32, String)> {
    let me = ppid.to_string();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse::<i32>().ok())
        .filter_map(|pid| {
            let f = stat_fields(pid)?;
            (f.len() > 1 && f[1] == me).then(|| (pid, f[0].clone()))
        })
        .collect()
}

/// Zombie children of `ppid`.
pub fn zombies_of(ppid: i32) -> Vec<i32> {
    children_of(ppid)
        .into_iter()
        .filter(|(_, st)| st == "Z")
        .map(|(p, _)| p)
        .collect()
}

/// Whether `pid` exists and is not a zombie.
pub fn alive(pid: i32) -> bool {
    stat_fields(pid).is_some_and(|f| f.first().is_some_and(|s| s != "Z" && s != "X"))
}

/// utime + stime of a process, in clock ticks.
pub fn cpu_ticks(pid: i32) -> u64 {
    let f = stat_fields(pid).unwrap_or_default();
    // The fields start at stat's field 3 (state): utime is field 14, stime 15.
    let at = |i: usize| f.get(i).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0);
    at(11) + at(12)
}

/// Kills `pid` with SIGKILL (cleanup of processes a test left on purpose).
pub fn kill9(pid: i32) {
    // SAFETY: kill(2) on a pid this test started (directly or via the daemon).
    unsafe {
        nix::libc::kill(pid, 9);
    }
}
