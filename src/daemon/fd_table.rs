//! Grows the daemon's descriptor table at start, while the daemon is single-threaded.
//!
//! Linux grows a process's descriptor table by doubling (64, 128, 256, …) as descriptors are
//! opened. When the table is shared by several threads (ours is: the HTTP thread), each
//! growth waits for an RCU grace period (`synchronize_rcu()` in `expand_fdtable`), and the
//! thread that opens descriptors is the event loop: a spawn burst would stall at each
//! doubling (figures in docs/ARCHITECTURE.md). Grown before the threads start, the table holds what
//! the configured programs need and the burst never waits for it. A reload or
//! `addProcessGroup` that brings more programs grows it again at once, with threads by then:
//! one grace period at most, instead of one per doubling in the next burst.

use nix::libc;
use nix::sys::resource::{getrlimit, Resource};

use crate::config::Config;

/// Descriptors the daemon itself holds (main log, sockets, pipes of the loop and threads).
const BASE: usize = 64;
/// Per process: two log files, four pipe ends (stdin, stdout, stderr, exec status), and the
/// child's ends of them for the length of a spawn.
const PER_PROCESS: usize = 8;

/// The table size to reserve for `processes` configured processes.
fn wanted(processes: usize) -> usize {
    BASE.saturating_add(PER_PROCESS.saturating_mul(processes))
}

/// Grows the table for every process of `config`. Call it before the processes are built:
/// building them opens their log files.
pub fn reserve_for(config: &Config) {
    reserve_for_processes(config.groups.iter().map(|g| g.processes.len()).sum());
}

/// Grows the table for `processes` processes in all.
pub fn reserve_for_processes(processes: usize) {
    reserve(wanted(processes));
}

/// Grows the table to hold `n` descriptors (at most the RLIMIT_NOFILE soft limit): one
/// descriptor is duplicated to `n - 1` and closed again; the table does not shrink.
/// Best effort: on failure the kernel grows the table later, as it always did.
fn reserve(n: usize) {
    let limit = getrlimit(Resource::RLIMIT_NOFILE).map_or(0, |(soft, _)| soft);
    let top = n.min(usize::try_from(limit).unwrap_or(usize::MAX));
    let Ok(top) = libc::c_int::try_from(top.saturating_sub(1)) else {
        return;
    };
    if top < BASE as libc::c_int {
        return;
    }
    // SAFETY: plain descriptor syscalls on descriptors this function owns.
    unsafe {
        let fd = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC);
        if fd < 0 {
            return;
        }
        let high = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, top);
        if high >= 0 {
            libc::close(high);
        }
        libc::close(fd);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table size of this process, from /proc (the `FDSize` line).
    fn table_size() -> usize {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("FDSize:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    #[test]
    fn reserve_grows_the_table_and_closes_what_it_opened() {
        let want = wanted(200); // 1664: beyond what a test process has
        let limit = getrlimit(Resource::RLIMIT_NOFILE).map_or(0, |(soft, _)| soft) as usize;
        reserve(want);
        let top = want.min(limit) - 1;
        assert!(table_size() > top, "FDSize {}", table_size());
        // The descriptor that grew the table is closed again. (Counting the process's open
        // descriptors would race with the other tests of this binary.)
        // SAFETY: F_GETFD only queries a descriptor number.
        let open = unsafe { libc::fcntl(top as libc::c_int, libc::F_GETFD) } >= 0;
        assert!(!open, "descriptor {top} left open");
    }
}
