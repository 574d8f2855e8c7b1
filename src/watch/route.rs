//! Which inotify events count as a change, for each kind of watch (pure).

use nix::sys::inotify::AddWatchFlags as F;

/// Events watched on every directory (one inotify watch per directory serves both kinds;
/// re-adding a directory replaces its mask, so both use the same one): files written,
/// created, deleted, moved in or out, attributes changed, and the directory's removal.
pub fn mask() -> F {
    F::IN_CLOSE_WRITE
        | F::IN_MOVED_TO
        | F::IN_MOVED_FROM
        | F::IN_CREATE
        | F::IN_DELETE
        | F::IN_ATTRIB
        | F::IN_DELETE_SELF
        | F::IN_ONLYDIR
}

/// Whether an event on the binary's directory about file `name` changes `binary_name`.
pub fn binary_changed(mask: F, name: Option<&[u8]>, binary_name: &[u8]) -> bool {
    name == Some(binary_name)
        && !mask.contains(F::IN_ISDIR)
        && mask.intersects(F::IN_CLOSE_WRITE | F::IN_MOVED_TO | F::IN_CREATE | F::IN_ATTRIB)
}

/// What an event in a monitored tree means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeEvent {
    /// Nothing to act on.
    None,
    /// A matching file changed.
    Changed,
    /// A directory appeared: watch it (its matching files count as changes).
    NewDir,
}

/// Classifies an event of a tree watch whose file-name pattern is `pattern`.
pub fn tree_event(mask: F, name: Option<&[u8]>, pattern: &str) -> TreeEvent {
    let Some(name) = name else {
        return TreeEvent::None;
    };
    if mask.contains(F::IN_ISDIR) {
        return if mask.intersects(F::IN_CREATE | F::IN_MOVED_TO) {
            TreeEvent::NewDir
        } else {
            TreeEvent::None
        };
    }
    let changed =
        F::IN_CLOSE_WRITE | F::IN_MOVED_TO | F::IN_MOVED_FROM | F::IN_CREATE | F::IN_DELETE;
    if mask.intersects(changed) && matches(pattern, name) {
        TreeEvent::Changed
    } else {
        TreeEvent::None
    }
}

/// `restart_file_pattern` against a file name (Go's `filepath.Match` on the base name).
pub fn matches(pattern: &str, name: &[u8]) -> bool {
    crate::config::glob::fnmatch(pattern, &String::from_utf8_lossy(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_events() {
        for m in [
            F::IN_CLOSE_WRITE,
            F::IN_MOVED_TO,
            F::IN_CREATE,
            F::IN_ATTRIB,
        ] {
            assert!(binary_changed(m, Some(b"app"), b"app"), "{m:?}");
        }
        assert!(!binary_changed(F::IN_CLOSE_WRITE, Some(b"other"), b"app"));
        assert!(!binary_changed(F::IN_DELETE, Some(b"app"), b"app"));
        assert!(!binary_changed(
            F::IN_CREATE | F::IN_ISDIR,
            Some(b"app"),
            b"app"
        ));
        assert!(!binary_changed(F::IN_CLOSE_WRITE, None, b"app"));
    }

    #[test]
    fn tree_events_filter_by_pattern_and_kind() {
        let w = F::IN_CLOSE_WRITE;
        assert_eq!(tree_event(w, Some(b"a.conf"), "*.conf"), TreeEvent::Changed);
        assert_eq!(tree_event(w, Some(b"a.txt"), "*.conf"), TreeEvent::None);
        assert_eq!(
            tree_event(F::IN_DELETE, Some(b"x"), "*"),
            TreeEvent::Changed
        );
        assert_eq!(
            tree_event(F::IN_MOVED_FROM, Some(b"x"), "*"),
            TreeEvent::Changed
        );
        assert_eq!(tree_event(F::IN_ATTRIB, Some(b"x"), "*"), TreeEvent::None);
        assert_eq!(
            tree_event(F::IN_CREATE | F::IN_ISDIR, Some(b"sub"), "*.conf"),
            TreeEvent::NewDir
        );
        assert_eq!(
            tree_event(F::IN_DELETE | F::IN_ISDIR, Some(b"sub"), "*"),
            TreeEvent::None
        );
        assert_eq!(tree_event(F::IN_DELETE_SELF, None, "*"), TreeEvent::None);
        assert!(matches("app-?.[ch]", b"app-1.c"));
        assert!(!matches("app-?.[ch]", b"app-12.c"));
    }
}
