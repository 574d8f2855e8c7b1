//! CPU seconds and RSS of live processes (and of supervisord itself) from `/proc/<pid>/stat`,
//! added to an `ours.getMetrics` answer in the thread that asked for it.
//!
//! Why not in the loop: reading `/proc` costs time per process, and a `/metrics` scraped
//! hundreds of times a second would make it the loop's biggest cost and delay its timers. The loop answers with each live process's pid under
//! [`PID_KEY`](crate::usage::PID_KEY); [`fill`](crate::usage::fill) replaces it with `cpu_seconds_total` and `rss_bytes`.

use crate::rpc::Value;

/// Key of the pid the loop leaves in each process struct for [`fill`] (removed there).
pub const PID_KEY: &str = "_pid";

/// `(utime + stime ticks, resident pages)` from a `/proc/<pid>/stat` line.
pub fn parse_stat(stat: &str) -> Option<(u64, u64)> {
    let rest = stat.rsplit_once(") ")?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    // After "(comm) ": state is field 3 → index 0; utime 14 → 11; stime 15 → 12; rss 24 → 21.
    let utime: u64 = f.get(11)?.parse().ok()?;
    let stime: u64 = f.get(12)?.parse().ok()?;
    let rss: u64 = f.get(21)?.parse().ok()?;
    Some((utime + stime, rss))
}

/// Bytes per page (`sysconf(_SC_PAGESIZE)`, 4096 if it does not say).
pub fn page_size() -> u64 {
    // SAFETY: sysconf with a constant name.
    let page = unsafe { nix::libc::sysconf(nix::libc::_SC_PAGESIZE) };
    u64::try_from(page).ok().filter(|&p| p > 0).unwrap_or(4096)
}

/// `(cpu seconds, rss bytes)` of a live pid (or "self").
pub fn read(pid: &str) -> Option<(f64, u64)> {
    // SAFETY: sysconf with constant names.
    let (tick, page) = unsafe {
        (
            nix::libc::sysconf(nix::libc::_SC_CLK_TCK),
            nix::libc::sysconf(nix::libc::_SC_PAGESIZE),
        )
    };
    if tick <= 0 || page <= 0 {
        return None;
    }
    let (ticks, pages) = parse_stat(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)?;
    Some((ticks as f64 / tick as f64, pages * page as u64))
}

fn insert(m: &mut crate::rpc::Fields, usage: Option<(f64, u64)>) {
    if let Some((cpu, rss)) = usage {
        m.insert("cpu_seconds_total", Value::Double(cpu));
        m.insert("rss_bytes", Value::Int(rss.min(i64::MAX as u64) as i64));
    }
}

/// Usage of the live process `pid` from one read of its tree: its own CPU seconds and RSS
/// (`cpu_seconds_total`, `rss_bytes`) and `resident_memory_bytes`, the RSS of the process
/// and all its descendants (what `memory_limit` compares; bounded, see
/// `resources::proctree`).
fn insert_tree(m: &mut crate::rpc::Fields, pid: i32) {
    let tree = crate::resources::proctree::read_tree(pid);
    let Some(root) = tree.get(&pid) else {
        return;
    };
    // SAFETY: sysconf with a constant name.
    let tick = unsafe { nix::libc::sysconf(nix::libc::_SC_CLK_TCK) };
    if tick > 0 {
        insert(m, Some((root.cpu_ticks as f64 / tick as f64, root.rss)));
    }
    let rss = crate::resources::proctree::tree_rss(pid, &tree);
    m.insert(
        "resident_memory_bytes",
        Value::Int(rss.min(i64::MAX as u64) as i64),
    );
}

/// Completes an `ours.getMetrics` answer: usage of every process that left a pid, and of
/// supervisord itself.
pub fn fill(answer: &mut Value) {
    let Value::Struct(top) = answer else {
        return;
    };
    if let Some(Value::Array(procs)) = top.get_mut("processes") {
        for p in procs {
            if let Value::Struct(m) = p {
                if let Some(Value::Int(pid)) = m.remove(PID_KEY) {
                    insert_tree(m, pid as i32);
                }
            }
        }
    }
    if let Some(Value::Struct(m)) = top.get_mut("supervisor") {
        insert(m, read("self"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_parse_even_with_odd_names() {
        let stat = "1234 (my (odd) name) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 5 1000 200 18446744073709551615";
        assert_eq!(parse_stat(stat), Some((300, 200)));
        assert_eq!(parse_stat("garbage"), None);
        assert_eq!(parse_stat("1 (x) S 1 2"), None);
    }

    #[test]
    fn fill_replaces_pids_with_usage_and_adds_our_own() {
        let me = std::process::id() as i64;
        let mut v = Value::strukt([
            (
                "processes",
                Value::Array(vec![
                    Value::strukt([("name", Value::Str("a".into())), (PID_KEY, Value::Int(me))]),
                    Value::strukt([("name", Value::Str("b".into()))]),
                ]),
            ),
            ("supervisor", Value::strukt([("processes", Value::Int(2))])),
        ]);
        fill(&mut v);
        let Value::Struct(top) = &v else { panic!() };
        let Some(Value::Array(procs)) = top.get("processes") else {
            panic!()
        };
        let Value::Struct(a) = &procs[0] else {
            panic!()
        };
        assert!(!a.contains_key(PID_KEY));
        assert!(matches!(a.get("rss_bytes"), Some(Value::Int(n)) if *n > 0));
        assert!(matches!(a.get("resident_memory_bytes"), Some(Value::Int(n)) if *n > 0));
        assert!(matches!(a.get("cpu_seconds_total"), Some(Value::Double(_))));
        let Value::Struct(b) = &procs[1] else {
            panic!()
        };
        assert!(!b.contains_key("rss_bytes"));
        let Some(Value::Struct(s)) = top.get("supervisor") else {
            panic!()
        };
        assert!(matches!(s.get("rss_bytes"), Some(Value::Int(n)) if *n > 0));
    }
}
