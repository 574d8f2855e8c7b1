//! The value model shared by XML-RPC, the JSON API and the event loop: what a call takes
//! and returns, independent of its wire encoding.

use super::Fields;

/// An XML-RPC value (also rendered as JSON by the JSON API).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    Bool(bool),
    Str(String),
    Double(f64),
    Array(Vec<Value>),
    /// Members in insertion order (XML-RPC keeps it; JSON sorts by key).
    Struct(Fields),
    Base64(Vec<u8>),
    /// ISO 8601 text as XML-RPC's dateTime.iso8601 carries it (`20261122T18:02:58`).
    DateTime(String),
    Nil,
}

/// An XML-RPC fault: supervisor's numeric code and `NAME` or `NAME: detail` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub code: i32,
    pub message: String,
}

/// Supervisor's fault codes (supervisor/xmlrpc.py `Faults`).
pub mod faults {
    pub const UNKNOWN_METHOD: i32 = 1;
    pub const INCORRECT_PARAMETERS: i32 = 2;
    pub const BAD_ARGUMENTS: i32 = 3;
    pub const SIGNATURE_UNSUPPORTED: i32 = 4;
    pub const SHUTDOWN_STATE: i32 = 6;
    pub const BAD_NAME: i32 = 10;
    pub const BAD_SIGNAL: i32 = 11;
    pub const NO_FILE: i32 = 20;
    pub const NOT_EXECUTABLE: i32 = 21;
    pub const FAILED: i32 = 30;
    pub const ABNORMAL_TERMINATION: i32 = 40;
    pub const SPAWN_ERROR: i32 = 50;
    pub const ALREADY_STARTED: i32 = 60;
    pub const NOT_RUNNING: i32 = 70;
    pub const SUCCESS: i32 = 80;
    pub const ALREADY_ADDED: i32 = 90;
    pub const STILL_RUNNING: i32 = 91;
    pub const CANT_REREAD: i32 = 92;
}

impl Fault {
    /// A fault with a code and message.
    pub fn new(code: i32, message: impl Into<String>) -> Fault {
        Fault {
            code,
            message: message.into(),
        }
    }
}

impl Value {
    /// Builds a struct value from `(key, value)` pairs.
    pub fn strukt<I, K>(pairs: I) -> Value
    where
        I: IntoIterator<Item = (K, Value)>,
        K: Into<String>,
    {
        Value::Struct(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
    /// The string inside, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// The integer inside, if this is an int.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
    /// The boolean inside (ints 0/1 count too, as Python's xmlrpc is lenient there).
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::Int(0) => Some(false),
            Value::Int(1) => Some(true),
            _ => None,
        }
    }
}
