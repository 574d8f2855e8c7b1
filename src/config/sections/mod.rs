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
