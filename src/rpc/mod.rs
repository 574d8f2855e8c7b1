//! Remote procedure calls: the value model, the XML-RPC codec, and the static table of
//! `supervisor.*` / `system.*` methods (names, signatures, help) the HTTP side answers from.

pub mod base64;
pub mod fields;
pub mod methods;
pub mod value;
pub mod xml;
pub mod xmlrecord;
pub mod xmltree;
pub mod xmlwrite;

pub use fields::Fields;
pub use value::{faults, Fault, Value};
