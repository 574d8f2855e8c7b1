//! A tiny JSON writer (no parser): a value tree and its serialisation. Strings are escaped
//! per RFC 8259; control characters and all non-ASCII characters are written as `\uXXXX`
//! (with surrogate pairs), so the output is plain ASCII whatever the input.

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

/// Writes `s` as a JSON string literal (with quotes) to `out`.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) >= 0x7f => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write(out: &mut String, v: &JsonValue, indent: Option<usize>, level: usize) {
    let nl = |out: &mut String, level: usize| {
        if let Some(n) = indent {
            out.push('\n');
            out.push_str(&" ".repeat(n * level));
        }
    };
    match v {
        JsonValue::Null => out.push_str("null"),
        JsonValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        JsonValue::Int(i) => out.push_str(&i.to_string()),
        JsonValue::Str(s) => write_str(out, s),
        JsonValue::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                write(out, item, indent, level + 1);
            }
            nl(out, level);
            out.push(']');
        }
        JsonValue::Object(items) => {
            if items.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (k, item)) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                write_str(out, k);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write(out, item, indent, level + 1);
            }
            nl(out, level);
            out.push('}');
        }
    }
}

/// Compact serialisation.
pub fn to_json(v: &JsonValue) -> String {
    let mut out = String::new();
    write(&mut out, v, None, 0);
    out
}

/// Indented serialisation (`indent` spaces per level).
pub fn to_json_pretty(v: &JsonValue, indent: usize) -> String {
    let mut out = String::new();
    write(&mut out, v, Some(indent), 0);
    out
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
}
