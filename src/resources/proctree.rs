//! The resident memory of a process and all its descendants, from `/proc`: the children
//! of each of its threads (`/proc/PID/task/TID/children`) and each member's RSS
//! (`/proc/PID/stat`). The walk is bounded by [`MAX_TREE`] processes; the sum over a
//! given tree is pure.

use std::collections::{BTreeMap, BTreeSet};

/// Most processes of one tree read per check: the check runs in the event loop, and each
/// process costs it two small `/proc` reads (see docs/EXTENSIONS.md for the figure).
pub const MAX_TREE: usize = 256;

/// One member of a tree: its RSS in bytes, its CPU time in clock ticks (user + system)
/// and its children's pids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Member {
    pub rss: u64,
    pub cpu_ticks: u64,
    pub children: Vec<i32>,
}

/// The RSS of `root` and everything below it in `tree` (members missing from the map
/// count 0; a pid seen twice counts once; at most [`MAX_TREE`] members are counted).
pub fn tree_rss(root: i32, tree: &BTreeMap<i32, Member>) -> u64 {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    let mut sum = 0u64;
    while let Some(pid) = todo.pop() {
        if seen.len() >= MAX_TREE || !seen.insert(pid) {
            continue;
        }
        if let Some(m) = tree.get(&pid) {
            sum = sum.saturating_add(m.rss);
            todo.extend(&m.children);
        }
    }
    sum
}

/// `(resident pages, threads, utime + stime ticks)` from a `/proc/PID/stat` line.
fn stat_fields(stat: &str) -> Option<(u64, u64, u64)> {
    let f: Vec<&str> = stat.rsplit_once(") ")?.1.split_whitespace().collect();
    // After "(comm) ": utime is field 14 → index 11, stime 15 → 12, num_threads 20 → 17,
    // rss 24 → 21.
    let n = |i: usize| -> Option<u64> { f.get(i)?.parse().ok() };
    Some((n(21)?, n(17)?, n(11)?.saturating_add(n(12)?)))
}

/// The children of every thread of `pid` (empty when it is gone). A process with one
/// thread has one children file, read without listing its tasks.
fn children(pid: i32, threads: u64) -> Vec<i32> {
    let parse = |text: String| -> Vec<i32> {
        text.split_whitespace()
            .filter_map(|p| p.parse::<i32>().ok())
            .collect()
    };
    if threads <= 1 {
        let path = format!("/proc/{pid}/task/{pid}/children");
        return std::fs::read_to_string(path).map(parse).unwrap_or_default();
    }
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for task in tasks.flatten().take(MAX_TREE) {
        let mut path = task.path();
        path.push("children");
        if let Ok(text) = std::fs::read_to_string(&path) {
            out.extend(parse(text));
        }
    }
    out
}

/// Reads the tree under `root` from `/proc` (at most [`MAX_TREE`] members).
pub fn read_tree(root: i32) -> BTreeMap<i32, Member> {
    let page = crate::usage::page_size();
    let mut tree = BTreeMap::new();
    let mut todo = vec![root];
    while let Some(pid) = todo.pop() {
        if tree.len() >= MAX_TREE || tree.contains_key(&pid) {
            continue;
        }
        let Some((rss_pages, threads, cpu_ticks)) =
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|s| stat_fields(&s))
        else {
            continue;
        };
        let kids = children(pid, threads);
        todo.extend(&kids);
        tree.insert(
            pid,
            Member {
                rss: rss_pages.saturating_mul(page),
                cpu_ticks,
                children: kids,
            },
        );
    }
    tree
}

/// The RSS in bytes of the live process `root` and its descendants.
pub fn read_tree_rss(root: i32) -> u64 {
    tree_rss(root, &read_tree(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rss: u64, children: &[i32]) -> Member {
        Member {
            rss,
            cpu_ticks: 0,
            children: children.to_vec(),
        }
    }

    #[test]
    fn a_tree_sums_its_root_and_every_descendant_once() {
        let tree: BTreeMap<i32, Member> = [
            (10, m(100, &[11, 12])),
            (11, m(20, &[13])),
            (12, m(5, &[])),
            (13, m(1, &[10])),  // a cycle (pid reuse mid-read) counts nobody twice
            (99, m(1000, &[])), // not below the root
        ]
        .into_iter()
        .collect();
        assert_eq!(tree_rss(10, &tree), 126);
        assert_eq!(tree_rss(11, &tree), 126);
        assert_eq!(tree_rss(12, &tree), 5);
        assert_eq!(tree_rss(7, &tree), 0);
    }

    #[test]
    fn stat_lines_give_rss_and_threads() {
        let stat = "1234 (my (odd) name) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 3 0 5 1000 200 18446744073709551615";
        assert_eq!(stat_fields(stat), Some((200, 3, 300)));
        assert_eq!(stat_fields("1 (x) S 1 2"), None);
    }

    #[test]
    fn a_huge_tree_is_cut_at_the_bound() {
        let tree: BTreeMap<i32, Member> = (0..(MAX_TREE as i32 + 100))
            .map(|i| (i, m(1, &[i + 1])))
            .collect();
        assert_eq!(tree_rss(0, &tree), MAX_TREE as u64);
    }

    #[test]
    fn this_test_process_has_a_tree_with_its_child_in_it() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let me = std::process::id() as i32;
        let tree = read_tree(me);
        let _ = child.kill();
        let _ = child.wait();
        assert!(tree[&me].rss > 0);
        assert!(tree.contains_key(&(child.id() as i32)), "{tree:?}");
    }
}
