//! The HTTP side's JSON: the crate's one JSON module ([`crate::json`]), under the path the
//! HTTP code and its tests use.

pub use crate::json::{parse, to_json, write_string};
