//! One reader per section kind. Each reads its options through
//! [`crate::config::reader::SectionReader`] and returns its part of the model;
//! `config::load` calls them in supervisor's order.

pub mod ctl;
pub mod eventlistener;
pub mod fcgi;
pub mod group;
pub mod lifecycle;
pub mod nodes;
pub mod program;
pub mod resource_keys;
pub mod server;
pub mod supervisord;
pub mod watch_keys;

/// Python's `existing_dirpath`: a path's directory must exist when the config is read (a
/// bare file name, relative to the working directory, has none to check).
fn parent_dir_exists(path: &std::path::Path) -> bool {
    match path.parent() {
        None => true,
        Some(dir) if dir.as_os_str().is_empty() => true,
        Some(dir) => dir.is_dir(),
    }
}
