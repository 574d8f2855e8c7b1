use super::*;

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("sv-watch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// inotify queues an event within the syscall that caused it: one read sees it.
fn settle(w: &mut Watcher, now: Instant) -> Vec<String> {
    w.on_readable(now)
}

#[test]
fn tree_watch_matches_the_pattern_recursively_and_debounces() {
    let d = temp("tree");
    std::fs::create_dir(d.join("sub")).unwrap();
    let mut w = Watcher::default();
    w.watch_tree(7, &d, "*.conf").unwrap();
    assert_eq!(w.poll_fds().len(), 1);
    let now = Instant::now();
    std::fs::write(d.join("notes.txt"), "x").unwrap();
    w.on_readable(now);
    assert_eq!(
        w.deadline(),
        None,
        "a file not matching the pattern does not count"
    );
    std::fs::write(d.join("sub/a.conf"), "x").unwrap();
    std::fs::write(d.join("sub/a.conf"), "y").unwrap();
    settle(&mut w, now);
    assert_eq!(w.deadline(), Some(now + debounce::QUIET));
    assert!(w.take_due(now).is_empty());
    let due = w.take_due(now + debounce::QUIET);
    assert_eq!(due, vec![(7, Kind::Files, d.join("sub/a.conf"))]);
    // A directory made later is watched too, and a matching file in it counts.
    std::fs::create_dir(d.join("new")).unwrap();
    w.on_readable(now);
    std::fs::write(d.join("new/b.conf"), "x").unwrap();
    settle(&mut w, now);
    assert!(w.deadline().is_some());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn binary_watch_sees_a_replaced_file_only() {
    let d = temp("bin");
    let bin = d.join("app");
    std::fs::write(&bin, "v1").unwrap();
    let mut w = Watcher::default();
    w.watch_binary(3, &bin).unwrap();
    // Watching the same path again adds nothing.
    w.watch_binary(3, &bin).unwrap();
    assert_eq!(w.subs.len(), 1);
    let now = Instant::now();
    std::fs::write(d.join("other"), "x").unwrap();
    w.on_readable(now);
    assert_eq!(w.deadline(), None);
    std::fs::write(d.join("app.new"), "v2").unwrap();
    w.on_readable(now);
    std::fs::rename(d.join("app.new"), &bin).unwrap();
    settle(&mut w, now);
    assert_eq!(
        w.take_due(now + debounce::QUIET),
        vec![(3, Kind::Binary, bin.clone())]
    );
    // A new path (a changed `command=`) replaces the watch of the old directory.
    let other = temp("bin2");
    w.watch_binary(3, &other.join("app")).unwrap();
    assert_eq!(w.subs.len(), 1);
    assert_eq!(w.dirs.len(), 1);
    assert!(w.dirs.values().all(|(p, _)| *p == other));
    let _ = std::fs::remove_dir_all(&other);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_missing_directory_is_a_clear_error() {
    let mut w = Watcher::default();
    let e = w
        .watch_tree(0, Path::new("/nonexistent/sv-watch"), "*")
        .unwrap_err();
    assert!(e.0.contains("cannot watch /nonexistent/sv-watch"), "{e}");
}

#[test]
fn a_tree_has_a_bounded_number_of_watches() {
    let d = temp("bound");
    for i in 0..5 {
        std::fs::create_dir(d.join(format!("d{i}"))).unwrap();
    }
    let mut w = Watcher {
        max_tree_dirs: 4,
        ..Watcher::default()
    };
    let e = w.watch_tree(0, &d, "*").unwrap_err();
    assert!(e.0.contains("has more than 4 directories"), "{e}");
    assert_eq!(w.dirs.len(), 4);
    // Watching again (an overflow's rescan) adds nothing and counts nothing twice.
    let mut w = Watcher {
        max_tree_dirs: 6,
        ..Watcher::default()
    };
    w.watch_tree(0, &d, "*").unwrap();
    let root = d.clone();
    assert!(!w.add_tree(0, &root).unwrap());
    assert_eq!(w.dirs.len(), 6);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_queue_overflow_counts_as_a_change_of_every_watch() {
    let d = temp("overflow");
    let mut w = Watcher::default();
    w.watch_tree(1, &d, "*.conf").unwrap();
    w.watch_binary(2, &d.join("app")).unwrap();
    // A directory made while events were lost is picked up by the rescan.
    std::fs::create_dir(d.join("lost")).unwrap();
    let mut log = Vec::new();
    let now = Instant::now();
    // The kernel reports an overflow with wd -1; which one it carries does not matter.
    let overflow = *w.dirs.keys().next().unwrap();
    w.event(overflow, AddWatchFlags::IN_Q_OVERFLOW, None, now, &mut log);
    assert!(log[0].contains("overflowed"), "{log:?}");
    let mut due = w.take_due(now + debounce::QUIET);
    due.sort_by_key(|x| x.0);
    assert_eq!(due.iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2]);
    assert!(w.dirs.values().any(|(p, _)| *p == d.join("lost")));
    let _ = std::fs::remove_dir_all(&d);
}
