//! Writing an XML-RPC answer piece by piece, straight into its output buffer, in the same
//! layout as `xml::encode_response` of the equivalent value: for large answers built from
//! live state (getAllProcessInfo of thousands of processes) without a value tree between.

use super::xml::{escape, PROLOG};

/// One struct member's value.
#[derive(Clone)]
pub enum Member<'a> {
    Str(std::borrow::Cow<'a, str>),
    /// A file path: its text, with U+FFFD for bytes that are not UTF-8 (what `display`
    /// writes).
    Path(&'a std::path::Path),
    Int(i64),
    Bool(bool),
}

/// A `methodResponse` whose one value is an array of structs, written as it goes.
pub struct ArrayOfStructs {
    out: String,
}

impl ArrayOfStructs {
    /// Opens the response and its array; `capacity` is the expected size in bytes.
    pub fn new(capacity: usize) -> ArrayOfStructs {
        let mut out = String::with_capacity(capacity);
        out.push_str(PROLOG);
        out.push_str("<methodResponse>\n<params>\n<param>\n<value><array><data>\n");
        ArrayOfStructs { out }
    }

    /// Opens the next struct.
    pub fn open_struct(&mut self) {
        self.out.push_str("<value><struct>\n");
    }

    /// One member of the open struct; `name` is markup-free (a method's own key).
    pub fn member(&mut self, name: &str, value: Member<'_>) {
        let out = &mut self.out;
        out.push_str("<member>\n<name>");
        out.push_str(name);
        out.push_str("</name>\n");
        match value {
            Member::Str(s) => {
                out.push_str("<value><string>");
                escape(&s, out);
                out.push_str("</string></value>\n");
            }
            Member::Path(p) => {
                out.push_str("<value><string>");
                match p.to_str() {
                    Some(text) => escape(text, out),
                    None => escape(&p.to_string_lossy(), out),
                }
                out.push_str("</string></value>\n");
            }
            Member::Int(i) => {
                out.push_str("<value><int>");
                push_int(out, i);
                out.push_str("</int></value>\n");
            }
            Member::Bool(b) => out.push_str(if b {
                "<value><boolean>1</boolean></value>\n"
            } else {
                "<value><boolean>0</boolean></value>\n"
            }),
        }
        out.push_str("</member>\n");
    }

    /// Closes the open struct.
    pub fn close_struct(&mut self) {
        self.out.push_str("</struct></value>\n");
    }

    /// Closes the array and the response: the whole document.
    pub fn finish(mut self) -> String {
        self.out
            .push_str("</data></array></value>\n</param>\n</params>\n</methodResponse>\n");
        self.out
    }
}

/// Appends `i` in decimal (what `{i}` writes, without the formatting machinery).
pub fn push_int(out: &mut String, i: i64) {
    if i < 0 {
        out.push('-');
    }
    let mut n = i.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits: always UTF-8.
    if let Ok(text) = std::str::from_utf8(&digits[at..]) {
        out.push_str(text);
    }
}

impl Member<'_> {
    /// The same member as a value of the value model.
    pub fn into_value(self) -> super::Value {
        match self {
            Member::Str(s) => super::Value::Str(s.into_owned()),
            Member::Path(p) => super::Value::Str(p.to_string_lossy().into_owned()),
            Member::Int(i) => super::Value::Int(i),
            Member::Bool(b) => super::Value::Bool(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ArrayOfStructs, Member};
    use crate::rpc::{xml, Value};

    #[test]
    fn writes_what_encode_response_writes_for_the_same_value() {
        let mut w = ArrayOfStructs::new(0);
        let mut items = Vec::new();
        for (name, n) in [("a<&>b", 1), ("", -7), ("é&", i64::MIN)] {
            w.open_struct();
            w.member("name", Member::Str(name.into()));
            w.member("pid", Member::Int(n));
            w.member("ok", Member::Bool(n > 0));
            w.close_struct();
            items.push(Value::strukt([
                ("name", Value::Str(name.into())),
                ("pid", Value::Int(n)),
                ("ok", Value::Bool(n > 0)),
            ]));
        }
        assert_eq!(w.finish(), xml::encode_response(&Value::Array(items)));
        // Markup anywhere in a long text (the word-at-a-time test) or in its tail.
        for at in 0..20 {
            for c in ['&', '<', '>'] {
                let mut text: String = "x".repeat(19);
                text.insert(at, c);
                let mut out = String::new();
                xml::escape(&text, &mut out);
                assert!(
                    !out.contains(c) || c == '&' && out.contains("&amp;"),
                    "{out}"
                );
                assert_eq!(out.len(), 19 + if c == '&' { 5 } else { 4 });
            }
        }
        for i in [0, 7, -7, 10, i64::MAX, i64::MIN] {
            let mut out = String::new();
            super::push_int(&mut out, i);
            assert_eq!(out, i.to_string());
        }
        let empty = ArrayOfStructs::new(0).finish();
        assert_eq!(empty, xml::encode_response(&Value::Array(vec![])));
    }
}
