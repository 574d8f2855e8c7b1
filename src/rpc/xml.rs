//! The XML-RPC codec: server side (read a `methodCall`, write a `methodResponse` or fault
//! byte-compatible with Python's `xmlrpc.client.dumps`) and client side (write a
//! `methodCall`, read a response) for `supervisord ctl`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::base64;
use super::xmltree::{self, Element, XmlError};
use super::{Fault, Value};

/// A decoded `methodCall`.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodCall {
    pub method: String,
    pub params: Vec<Value>,
}

/// A document that is well-formed XML but not valid XML-RPC, or not XML at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not well-formed XML.
    Xml(XmlError),
    /// Well-formed, but not the XML-RPC shape expected (message says what).
    Shape(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Xml(e) => e.fmt(f),
            DecodeError::Shape(m) => write!(f, "invalid XML-RPC: {m}"),
        }
    }
}

impl std::error::Error for DecodeError {}

fn shape(msg: impl Into<String>) -> DecodeError {
    DecodeError::Shape(msg.into())
}

/// Reads a `methodCall` document.
pub fn decode_call(body: &str) -> Result<MethodCall, DecodeError> {
    let root = xmltree::parse(body).map_err(DecodeError::Xml)?;
    if root.name != "methodCall" {
        return Err(shape(format!("root is <{}>, not <methodCall>", root.name)));
    }
    let method = root
        .child("methodName")
        .ok_or_else(|| shape("missing <methodName>"))?
        .text
        .trim()
        .to_string();
    if method.is_empty() {
        return Err(shape("empty <methodName>"));
    }
    let params = match root.child("params") {
        Some(p) => decode_params(p)?,
        None => Vec::new(),
    };
    Ok(MethodCall { method, params })
}

fn decode_params(params: &Element) -> Result<Vec<Value>, DecodeError> {
    params
        .children
        .iter()
        .filter(|c| c.name == "param")
        .map(|p| {
            let v = p
                .child("value")
                .ok_or_else(|| shape("<param> without <value>"))?;
            decode_value(v)
        })
        .collect()
}

/// Converts a `<value>` element.
pub fn decode_value(v: &Element) -> Result<Value, DecodeError> {
    if v.name != "value" {
        return Err(shape(format!("expected <value>, got <{}>", v.name)));
    }
    let Some(inner) = v.children.first() else {
        return Ok(Value::Str(v.text.clone()));
    };
    if v.children.len() > 1 {
        return Err(shape("<value> with several children"));
    }
    let text = inner.text.as_str();
    Ok(match inner.name.as_str() {
        "int" | "i4" | "i8" | "i1" | "i2" => Value::Int(
            text.trim()
                .parse()
                .map_err(|_| shape(format!("bad integer {text:?}")))?,
        ),
        "boolean" => match text.trim() {
            "0" => Value::Bool(false),
            "1" => Value::Bool(true),
            other => return Err(shape(format!("bad boolean {other:?}"))),
        },
        "string" => Value::Str(text.to_string()),
        "double" | "float" => Value::Double(
            text.trim()
                .parse()
                .map_err(|_| shape(format!("bad double {text:?}")))?,
        ),
        "base64" => Value::Base64(base64::decode(text).ok_or_else(|| shape("bad base64"))?),
        "dateTime.iso8601" => Value::DateTime(text.trim().to_string()),
        "nil" => Value::Nil,
        "array" => {
            let data = inner
                .child("data")
                .ok_or_else(|| shape("<array> without <data>"))?;
            Value::Array(
                data.children
                    .iter()
                    .map(decode_value)
                    .collect::<Result<_, _>>()?,
            )
        }
        "struct" => {
            let mut map = BTreeMap::new(); // deduplicated in one pass, then in key order
            for m in inner.children.iter().filter(|c| c.name == "member") {
                let name = m
                    .child("name")
                    .ok_or_else(|| shape("<member> without <name>"))?;
                let value = m
                    .child("value")
                    .ok_or_else(|| shape("<member> without <value>"))?;
                map.insert(name.text.clone(), decode_value(value)?);
            }
            Value::Struct(map.into())
        }
        other => return Err(shape(format!("unknown value type <{other}>"))),
    })
}

/// Escapes text the way Python's `xmlrpc.client.escape` does (`&`, `<`, `>`).
/// Text without markup characters (the usual case) is copied whole.
pub(crate) fn escape(s: &str, out: &mut String) {
    if !has_markup(s.as_bytes()) {
        out.push_str(s);
        return;
    }
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => continue,
        };
        // `i` is at an ASCII byte: a char boundary.
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Whether `bytes` holds `&`, `<` or `>`; eight bytes at a time (status answers escape
/// every path and name of every process).
fn has_markup(bytes: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Some byte of `w` is zero (the classic word-at-a-time test).
    let has_zero = |w: u64| w.wrapping_sub(LO) & !w & HI != 0;
    let mut words = bytes.chunks_exact(8);
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if has_zero(w ^ (LO * 0x26)) || has_zero(w ^ (LO * 0x3c)) || has_zero(w ^ (LO * 0x3e)) {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|b| matches!(b, b'&' | b'<' | b'>'))
}

/// Python's `repr(float)`: shortest round-trip digits, `.0` on integral values, and
/// exponent form (`1e+20`, `1.5e-05`) outside 1e-4 ≤ |d| < 1e16.
fn format_double(d: f64) -> String {
    if d.is_nan() {
        return "nan".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = d.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let text = format!("{d:e}");
        let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
        let (sign, digits) = match exp.strip_prefix('-') {
            Some(rest) => ('-', rest),
            None => ('+', exp),
        };
        return format!("{mantissa}e{sign}{digits:0>2}");
    }
    if d.fract() == 0.0 {
        format!("{d:.1}")
    } else {
        format!("{d}")
    }
}

/// `base64.encodebytes` layout: lines of 76 characters, each ending in a newline.
fn base64_lines(bytes: &[u8]) -> String {
    let flat = base64::encode(bytes);
    let mut out = String::with_capacity(flat.len() + flat.len() / 76 + 1);
    for line in flat.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(line).unwrap_or(""));
        out.push('\n');
    }
    out
}

/// About how many bytes `encode_value` writes for `v` (markup per value plus the text;
/// escapes and number digits make the real size differ a little either way).
pub fn encoded_size_estimate(v: &Value) -> usize {
    match v {
        Value::Str(s) | Value::DateTime(s) => 40 + s.len(),
        Value::Base64(b) => 40 + b.len() * 4 / 3 + b.len() / 57,
        Value::Array(items) => 48 + items.iter().map(encoded_size_estimate).sum::<usize>(),
        Value::Struct(map) => {
            40 + map
                .iter()
                .map(|(k, item)| 32 + k.len() + encoded_size_estimate(item))
                .sum::<usize>()
        }
        Value::Int(_) | Value::Bool(_) | Value::Double(_) | Value::Nil => 48,
    }
}

/// Appends one `<value>` in `xmlrpc.client.Marshaller` layout.
pub fn encode_value(v: &Value, out: &mut String) {
    match v {
        Value::Int(i) => {
            let _ = writeln!(out, "<value><int>{i}</int></value>");
        }
        Value::Bool(b) => {
            let _ = writeln!(out, "<value><boolean>{}</boolean></value>", u8::from(*b));
        }
        Value::Str(s) => {
            out.push_str("<value><string>");
            escape(s, out);
            out.push_str("</string></value>\n");
        }
        Value::Double(d) => {
            let _ = writeln!(out, "<value><double>{}</double></value>", format_double(*d));
        }
        Value::Array(items) => {
            out.push_str("<value><array><data>\n");
            for item in items {
                encode_value(item, out);
            }
            out.push_str("</data></array></value>\n");
        }
        Value::Struct(map) => {
            out.push_str("<value><struct>\n");
            for (k, item) in map.iter() {
                out.push_str("<member>\n<name>");
                escape(k, out);
                out.push_str("</name>\n");
                encode_value(item, out);
                out.push_str("</member>\n");
            }
            out.push_str("</struct></value>\n");
        }
        Value::Base64(bytes) => {
            out.push_str("<value><base64>\n");
            out.push_str(&base64_lines(bytes));
            out.push_str("</base64></value>\n");
        }
        Value::DateTime(s) => {
            out.push_str("<value><dateTime.iso8601>");
            escape(s, out);
            out.push_str("</dateTime.iso8601></value>\n");
        }
        Value::Nil => out.push_str("<value><nil/></value>"),
    }
}

pub(crate) const PROLOG: &str = "<?xml version='1.0'?>\n";

/// A successful `methodResponse` carrying one value.
pub fn encode_response(v: &Value) -> String {
    // Sized up front: a large answer (getAllProcessInfo of thousands of processes) would
    // otherwise be copied over and over as the string doubles.
    let mut out = String::with_capacity(PROLOG.len() + 128 + encoded_size_estimate(v));
    out.push_str(PROLOG);
    out.push_str("<methodResponse>\n<params>\n<param>\n");
    encode_value(v, &mut out);
    out.push_str("</param>\n</params>\n</methodResponse>\n");
    out
}

/// A fault `methodResponse`.
pub fn encode_fault(f: &Fault) -> String {
    let mut out = String::from(PROLOG);
    out.push_str("<methodResponse>\n<fault>\n");
    let v = Value::strukt([
        ("faultCode", Value::Int(i64::from(f.code))),
        ("faultString", Value::Str(f.message.clone())),
    ]);
    encode_value(&v, &mut out);
    out.push_str("</fault>\n</methodResponse>\n");
    out
}

/// A `methodCall` document (client side).
pub fn encode_call(method: &str, params: &[Value]) -> String {
    let mut out = String::from(PROLOG);
    out.push_str("<methodCall>\n<methodName>");
    escape(method, &mut out);
    out.push_str("</methodName>\n<params>\n");
    for p in params {
        out.push_str("<param>\n");
        encode_value(p, &mut out);
        out.push_str("</param>\n");
    }
    out.push_str("</params>\n</methodCall>\n");
    out
}

/// Largest `methodResponse` a client reads, in bytes: a getAllProcessInfo answer is about
/// 1.3 KB per process, so this holds some 200,000 processes.
pub const MAX_RESPONSE: usize = 256 * 1024 * 1024;

/// Reads a `methodResponse` (client side): `Ok(Ok(value))`, `Ok(Err(fault))`, or a decode error.
pub fn decode_response(body: &str) -> Result<Result<Value, Fault>, DecodeError> {
    let root = xmltree::parse_at_most(body, MAX_RESPONSE).map_err(DecodeError::Xml)?;
    if root.name != "methodResponse" {
        return Err(shape(format!(
            "root is <{}>, not <methodResponse>",
            root.name
        )));
    }
    if let Some(fault) = root.child("fault") {
        let v = fault
            .child("value")
            .ok_or_else(|| shape("<fault> without <value>"))?;
        let Value::Struct(map) = decode_value(v)? else {
            return Err(shape("fault is not a struct"));
        };
        let code = map.get("faultCode").and_then(Value::as_int).unwrap_or(0);
        let message = map
            .get("faultString")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        return Ok(Err(Fault::new(code as i32, message)));
    }
    let params = root
        .child("params")
        .ok_or_else(|| shape("missing <params>"))?;
    let mut values = decode_params(params)?;
    if values.len() != 1 {
        return Err(shape(format!(
            "{} response params, expected 1",
            values.len()
        )));
    }
    Ok(Ok(values.remove(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Value {
        Value::strukt([
            ("i", Value::Int(-42)),
            ("b", Value::Bool(true)),
            ("s", Value::Str("a<b>&c \u{e9}".into())),
            ("d", Value::Double(1.5)),
            ("n", Value::Nil),
            ("bin", Value::Base64(vec![0, 1, 2, 255])),
            ("t", Value::DateTime("20261122T18:02:58".into())),
            (
                "arr",
                Value::Array(vec![
                    Value::Int(1),
                    Value::Array(vec![]),
                    Value::strukt::<[(&str, Value); 0], &str>([]),
                ]),
            ),
        ])
    }

    #[test]
    fn call_round_trip() {
        let doc = encode_call(
            "supervisor.startProcess",
            &[Value::Str("web".into()), sample()],
        );
        let call = decode_call(&doc).expect("decode");
        assert_eq!(call.method, "supervisor.startProcess");
        assert_eq!(call.params, vec![Value::Str("web".into()), sample()]);
    }

    #[test]
    fn response_round_trip() {
        let doc = encode_response(&sample());
        assert_eq!(decode_response(&doc), Ok(Ok(sample())));
        let f = Fault::new(10, "BAD_NAME: x");
        assert_eq!(decode_response(&encode_fault(&f)), Ok(Err(f)));
    }

    #[test]
    fn response_matches_python_layout() {
        // Exactly what xmlrpc.client.dumps(("3.0",), methodresponse=True) produces.
        assert_eq!(
            encode_response(&Value::Str("3.0".into())),
            "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n\
             <value><string>3.0</string></value>\n</param>\n</params>\n</methodResponse>\n"
        );
        assert_eq!(
            encode_fault(&Fault::new(1, "UNKNOWN_METHOD")),
            "<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n\
             <name>faultCode</name>\n<value><int>1</int></value>\n</member>\n<member>\n\
             <name>faultString</name>\n<value><string>UNKNOWN_METHOD</string></value>\n\
             </member>\n</struct></value>\n</fault>\n</methodResponse>\n"
        );
    }

    #[test]
    fn doubles_and_base64_as_python_writes_them() {
        // xmlrpc.client.dumps(([1.5, 10.0, 1e20, 1.5e-05, 0.001, 0.0],), methodresponse=True)
        let got: Vec<String> = [1.5, 10.0, 1e20, 1.5e-5, 0.001, 0.0, -2.5e300]
            .iter()
            .map(|d| format_double(*d))
            .collect();
        assert_eq!(
            got,
            [
                "1.5",
                "10.0",
                "1e+20",
                "1.5e-05",
                "0.001",
                "0.0",
                "-2.5e+300"
            ]
        );
        let mut out = String::new();
        encode_value(&Value::Base64(vec![0, 1, 255]), &mut out);
        assert_eq!(out, "<value><base64>\nAAH/\n</base64></value>\n");
        let long = base64_lines(&[7u8; 100]);
        assert_eq!(long.lines().map(str::len).collect::<Vec<_>>(), [76, 60]);
    }

    #[test]
    fn untyped_value_is_string_and_i4_int() {
        let doc = "<methodCall><methodName> x.y </methodName><params>\
                   <param><value>plain &#38; &#x3C;</value></param>\
                   <param><value><i4> 7 </i4></value></param>\
                   <param><value><boolean>0</boolean></value></param>\
                   <param><value></value></param></params></methodCall>";
        let call = decode_call(doc).expect("decode");
        assert_eq!(call.method, "x.y");
        assert_eq!(
            call.params,
            vec![
                Value::Str("plain & <".into()),
                Value::Int(7),
                Value::Bool(false),
                Value::Str(String::new())
            ]
        );
    }

    #[test]
    fn call_without_params() {
        let call =
            decode_call("<methodCall><methodName>a.b</methodName></methodCall>").expect("decode");
        assert!(call.params.is_empty());
    }

    #[test]
    fn shape_errors() {
        for bad in [
            "<methodCall></methodCall>",
            "<foo/>",
            "<methodCall><methodName>a</methodName><params><param><value><int>x</int></value></param></params></methodCall>",
            "<methodCall><methodName>a</methodName><params><param><value><boolean>2</boolean></value></param></params></methodCall>",
            "<methodCall><methodName>a</methodName><params><param><value><weird/></value></param></params></methodCall>",
            "<methodCall><methodName>a</methodName><params><param><value><base64>!!</base64></value></param></params></methodCall>",
        ] {
            assert!(decode_call(bad).is_err(), "{bad}");
        }
    }

    /// Fuzz-style: every truncation and many byte mutations of valid documents must give a
    /// result or an error, never a panic.
    #[test]
    fn truncated_and_mutated_inputs_never_panic() {
        let docs = [
            encode_call("supervisor.x", &[sample(), Value::Str("&<>".into())]),
            encode_response(&sample()),
            encode_fault(&Fault::new(2, "INCORRECT_PARAMETERS")),
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for doc in &docs {
            for cut in 0..doc.len() {
                if doc.is_char_boundary(cut) {
                    let _ = decode_call(&doc[..cut]);
                    let _ = decode_response(&doc[..cut]);
                }
            }
            for _ in 0..2000 {
                let mut bytes = doc.as_bytes().to_vec();
                for _ in 0..(next() % 4 + 1) {
                    let i = (next() as usize) % bytes.len();
                    bytes[i] = b"<>/&;#x0 a\"'=![]"[(next() % 16) as usize];
                }
                let text = String::from_utf8_lossy(&bytes);
                let _ = decode_call(&text);
                let _ = decode_response(&text);
            }
        }
    }
}
