//! JSON for the whole crate: a writer for two value trees and a bounded reader.
//!
//! - [`crate::rpc::Value`] (the RPC value tree) is what the HTTP JSON API sends and
//!   [`crate::json::parse`] reads: compact output, strings kept as UTF-8 with `<` escaped
//!   (a JSON body can never close a `<script>` block); base64 values become base64
//!   strings, nil and non-finite doubles `null`.
//! - [`crate::json::JsonValue`] (objects in insertion order) is what
//!   `supervisord check --json` prints, compact or indented, as plain ASCII: control
//!   characters, DEL and every non-ASCII character are written as `\uXXXX` (with
//!   surrogate pairs).
//!
//! Both go through one string escaper (`Escape` says which of the two flavours).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::rpc::{base64, Value};

/// Deepest nesting the reader accepts.
const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep insertion order.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object, keys in insertion order.
    Object(Vec<(String, JsonValue)>),
}

impl JsonValue {
    /// A string value.
    pub fn str(s: impl Into<String>) -> JsonValue {
        JsonValue::Str(s.into())
    }
    /// A string or null.
    pub fn opt_str(s: Option<impl Into<String>>) -> JsonValue {
        s.map_or(JsonValue::Null, |s| JsonValue::Str(s.into()))
    }
}

/// Which characters a string literal escapes beyond `"`, `\\` and control characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    /// Also `<`; everything else stays UTF-8.
    Web,
    /// Also DEL and every non-ASCII character (`\b`/`\f` in their short forms): ASCII out.
    Ascii,
}

/// Writes `s` as a JSON string literal (with quotes).
fn escape(out: &mut String, s: &str, mode: Escape) {
    out.push('"');
    for c in s.chars() {
        match (c, mode) {
            ('"', _) => out.push_str("\\\""),
            ('\\', _) => out.push_str("\\\\"),
            ('\n', _) => out.push_str("\\n"),
            ('\r', _) => out.push_str("\\r"),
            ('\t', _) => out.push_str("\\t"),
            ('\u{8}', Escape::Ascii) => out.push_str("\\b"),
            ('\u{c}', Escape::Ascii) => out.push_str("\\f"),
            (c, Escape::Ascii) if (c as u32) >= 0x7f => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            (c, _) if (c as u32) < 0x20 || (c == '<' && mode == Escape::Web) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            (c, _) => out.push(c),
        }
    }
    out.push('"');
}

/// Writes a JSON string literal the way the HTTP JSON API does.
pub fn write_string(s: &str, out: &mut String) {
    escape(out, s, Escape::Web);
}

/// A tree the writer serialises.
pub trait ToJson {
    /// Writes `self`; `indent` is `Some(spaces per level)` for indented output.
    fn write_json(&self, out: &mut String, indent: Option<usize>, level: usize);
}

/// Line break and indentation before an item at `level` (nothing when compact).
fn newline(out: &mut String, indent: Option<usize>, level: usize) {
    if let Some(n) = indent {
        out.push('\n');
        out.push_str(&" ".repeat(n * level));
    }
}

fn write_array<T: ToJson>(out: &mut String, items: &[T], indent: Option<usize>, level: usize) {
    if items.is_empty() {
        out.push_str("[]");
        return;
    }
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, indent, level + 1);
        item.write_json(out, indent, level + 1);
    }
    newline(out, indent, level);
    out.push(']');
}

fn write_object<'a, T: ToJson + 'a>(
    out: &mut String,
    items: impl ExactSizeIterator<Item = (&'a String, &'a T)>,
    mode: Escape,
    indent: Option<usize>,
    level: usize,
) {
    if items.len() == 0 {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, item)) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, indent, level + 1);
        escape(out, k, mode);
        out.push(':');
        if indent.is_some() {
            out.push(' ');
        }
        item.write_json(out, indent, level + 1);
    }
    newline(out, indent, level);
    out.push('}');
}

impl ToJson for JsonValue {
    fn write_json(&self, out: &mut String, indent: Option<usize>, level: usize) {
        match self {
            JsonValue::Null => out.push_str("null"),
            JsonValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            JsonValue::Int(i) => {
                let _ = write!(out, "{i}");
            }
            JsonValue::Str(s) => escape(out, s, Escape::Ascii),
            JsonValue::Array(items) => write_array(out, items, indent, level),
            JsonValue::Object(items) => write_object(
                out,
                items.iter().map(|(k, v)| (k, v)),
                Escape::Ascii,
                indent,
                level,
            ),
        }
    }
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String, indent: Option<usize>, level: usize) {
        match self {
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Str(s) | Value::DateTime(s) => escape(out, s, Escape::Web),
            Value::Double(d) if d.is_finite() => {
                let _ = write!(out, "{d}");
            }
            Value::Double(_) | Value::Nil => out.push_str("null"),
            Value::Base64(b) => escape(out, &base64::encode(b), Escape::Web),
            Value::Array(items) => write_array(out, items, indent, level),
            Value::Struct(map) => {
                write_object(out, map.sorted().into_iter(), Escape::Web, indent, level)
            }
        }
    }
}

/// Compact serialisation.
pub fn to_json(v: &impl ToJson) -> String {
    let mut out = String::new();
    v.write_json(&mut out, None, 0);
    out
}

/// Indented serialisation (`indent` spaces per level).
pub fn to_json_pretty(v: &impl ToJson, indent: usize) -> String {
    let mut out = String::new();
    v.write_json(&mut out, Some(indent), 0);
    out
}

/// Parses a JSON document into a [`Value`] (objects → structs, numbers → int or double).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        pos: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.pos != p.s.len() {
        return Err(format!("trailing data at byte {}", p.pos));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && matches!(self.s[self.pos], b' ' | b'\t' | b'\r' | b'\n') {
            self.pos += 1;
        }
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at byte {}", self.pos))
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.pos..].starts_with(lit.as_bytes()) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return self.err("nesting too deep");
        }
        self.ws();
        match self.s.get(self.pos) {
            None => self.err("unexpected end"),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') if self.eat("true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Value::Nil),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.err("unexpected character"),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut map = BTreeMap::new();
        self.ws();
        if self.eat("}") {
            return Ok(Value::Struct(map.into()));
        }
        loop {
            self.ws();
            if self.s.get(self.pos) != Some(&b'"') {
                return self.err("expected a key");
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(":") {
                return self.err("expected ':'");
            }
            let v = self.value(depth + 1)?;
            map.insert(key, v);
            self.ws();
            if self.eat("}") {
                return Ok(Value::Struct(map.into()));
            }
            if !self.eat(",") {
                return self.err("expected ',' or '}'");
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.ws();
            if self.eat("]") {
                return Ok(Value::Array(items));
            }
            if !self.eat(",") {
                return self.err("expected ',' or ']'");
            }
        }
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.pos;
        while self.pos < self.s.len()
            && matches!(
                self.s[self.pos],
                b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
            )
        {
            self.pos += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).unwrap_or("");
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        match text.parse::<f64>() {
            Ok(d) => Ok(Value::Double(d)),
            Err(_) => self.err("bad number"),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .s
            .get(self.pos..self.pos + 4)
            .ok_or("truncated \\u escape")?;
        let text = std::str::from_utf8(digits).map_err(|_| "bad \\u escape")?;
        let v = u32::from_str_radix(text, 16).map_err(|_| "bad \\u escape")?;
        self.pos += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.s.get(self.pos) else {
                return self.err("unterminated string");
            };
            self.pos += 1;
            match c {
                b'"' => return String::from_utf8(out).map_err(|_| "invalid UTF-8".to_string()),
                b'\\' => {
                    let Some(&e) = self.s.get(self.pos) else {
                        return self.err("unterminated escape");
                    };
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) && self.eat("\\u") {
                                let low = self.hex4()?;
                                code = 0x10000
                                    + ((code - 0xD800) << 10)
                                    + (low.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return self.err("bad escape"),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            to_json(&JsonValue::str("a\"b\\c\n\t\u{1}")),
            r#""a\"b\\c\n\t\u0001""#
        );
        assert_eq!(to_json(&JsonValue::str("é😀")), r#""\u00e9\ud83d\ude00""#);
        assert_eq!(to_json(&JsonValue::str("\u{7f}")), r#""\u007f""#);
    }

    #[test]
    fn structures() {
        let v = JsonValue::Object(vec![
            (
                "a".into(),
                JsonValue::Array(vec![
                    JsonValue::Int(-1),
                    JsonValue::Bool(true),
                    JsonValue::Null,
                ]),
            ),
            ("b".into(), JsonValue::Object(vec![])),
            ("c".into(), JsonValue::Array(vec![])),
        ]);
        assert_eq!(to_json(&v), r#"{"a":[-1,true,null],"b":{},"c":[]}"#);
        assert_eq!(
            to_json_pretty(&v, 1),
            "{\n \"a\": [\n  -1,\n  true,\n  null\n ],\n \"b\": {},\n \"c\": []\n}"
        );
    }

    #[test]
    fn round_trip() {
        let v = Value::strukt([
            (
                "a",
                Value::Array(vec![Value::Int(-1), Value::Bool(true), Value::Nil]),
            ),
            ("s", Value::Str("q\"\\\n\u{1}é😀".into())),
            ("d", Value::Double(1.5)),
        ]);
        assert_eq!(parse(&to_json(&v)), Ok(v));
    }

    #[test]
    fn parses_escapes_and_rejects_garbage() {
        assert_eq!(
            parse(r#""\ud83d\ude00\u00e9""#),
            Ok(Value::Str("😀é".into()))
        );
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\" 1}",
            "tru",
            "\"abc",
            "[1] x",
            "{1:2}",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err());
        for cut in 0..20 {
            let _ = parse(&r#"{"a":[1,2,{"b":"\u12"}]}"#[..cut]);
        }
    }
}
