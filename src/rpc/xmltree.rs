//! A minimal, bounded XML reader producing an element tree: enough for XML-RPC documents
//! (prolog, comments, CDATA, attributes ignored, predefined and numeric entities).
//! Never panics on malformed input; depth and size are bounded so a hostile body cannot
//! exhaust the stack or memory.

use std::fmt;

/// Deepest element nesting accepted.
pub const MAX_DEPTH: usize = 64;
/// Largest document accepted by [`parse`], in bytes (a request to the daemon).
pub const MAX_SIZE: usize = 8 * 1024 * 1024;

/// An XML element: its name, children elements and concatenated text.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub children: Vec<Element>,
    /// All character data directly inside this element, entities decoded.
    pub text: String,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    /// Byte offset where the problem was found.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed XML at byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for XmlError {}

struct Reader<'a> {
    src: &'a str,
    pos: usize,
}

impl Element {
    /// The first child with this name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
}

/// Parses a whole document of at most [`MAX_SIZE`] bytes and returns its root element.
pub fn parse(src: &str) -> Result<Element, XmlError> {
    parse_at_most(src, MAX_SIZE)
}

/// Parses a whole document of at most `max` bytes and returns its root element.
pub fn parse_at_most(src: &str, max: usize) -> Result<Element, XmlError> {
    if src.len() > max {
        return Err(XmlError {
            offset: 0,
            message: "document too large".into(),
        });
    }
    let mut r = Reader { src, pos: 0 };
    r.skip_misc()?;
    if !r.rest().starts_with('<') {
        return Err(r.err("expected root element"));
    }
    let root = r.element(0)?;
    r.skip_misc()?;
    if r.pos != src.len() {
        return Err(r.err("content after root element"));
    }
    Ok(root)
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn err(&self, message: &str) -> XmlError {
        XmlError {
            offset: self.pos,
            message: message.to_string(),
        }
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start_matches([' ', '\t', '\r', '\n']);
        self.pos = self.src.len() - trimmed.len();
    }

    /// Skips until after `end`, or fails.
    fn skip_past(&mut self, end: &str) -> Result<&'a str, XmlError> {
        match self.rest().find(end) {
            Some(i) => {
                let inner = &self.rest()[..i];
                self.pos += i + end.len();
                Ok(inner)
            }
            None => Err(self.err(&format!("missing '{end}'"))),
        }
    }

    /// Whitespace, `<?...?>`, comments and a DOCTYPE outside the root.
    fn skip_misc(&mut self) -> Result<(), XmlError> {
        loop {
            self.skip_ws();
            let rest = self.rest();
            if rest.starts_with("<?") {
                self.skip_past("?>")?;
            } else if rest.starts_with("<!--") {
                self.skip_past("-->")?;
            } else if rest.starts_with("<!DOCTYPE") {
                return Err(self.err("DOCTYPE not allowed"));
            } else {
                return Ok(());
            }
        }
    }

    fn name(&mut self) -> Result<String, XmlError> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/' || c == '=')
            .unwrap_or(rest.len());
        if len == 0 {
            return Err(self.err("expected a name"));
        }
        self.pos += len;
        Ok(rest[..len].to_string())
    }

    /// Reads `<name attrs...>` … `</name>` starting at `<`.
    fn element(&mut self, depth: usize) -> Result<Element, XmlError> {
        if depth >= MAX_DEPTH {
            return Err(self.err("nesting too deep"));
        }
        self.pos += 1; // '<'
        let name = self.name()?;
        let self_closing = self.attributes()?;
        let mut el = Element {
            name,
            children: Vec::new(),
            text: String::new(),
        };
        if self_closing {
            return Ok(el);
        }
        self.content(&mut el, depth)?;
        Ok(el)
    }

    /// Skips attributes; returns true for `/>`.
    fn attributes(&mut self) -> Result<bool, XmlError> {
        loop {
            self.skip_ws();
            let rest = self.rest();
            if rest.starts_with("/>") {
                self.pos += 2;
                return Ok(true);
            }
            if rest.starts_with('>') {
                self.pos += 1;
                return Ok(false);
            }
            if rest.is_empty() {
                return Err(self.err("unterminated tag"));
            }
            self.name()?;
            self.skip_ws();
            if !self.rest().starts_with('=') {
                return Err(self.err("expected '=' in attribute"));
            }
            self.pos += 1;
            self.skip_ws();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return Err(self.err("expected quoted attribute value")),
            };
            self.pos += 1;
            let q = quote.to_string();
            self.skip_past(&q)?;
        }
    }

    fn content(&mut self, el: &mut Element, depth: usize) -> Result<(), XmlError> {
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return Err(self.err(&format!("unclosed element <{}>", el.name)));
            }
            if let Some(after) = rest.strip_prefix("</") {
                let len = after
                    .find('>')
                    .ok_or_else(|| self.err("unterminated end tag"))?;
                if after[..len].trim_end() != el.name {
                    return Err(self.err(&format!("mismatched end tag for <{}>", el.name)));
                }
                self.pos += 2 + len + 1;
                return Ok(());
            }
            if rest.starts_with("<!--") {
                self.skip_past("-->")?;
            } else if rest.starts_with("<![CDATA[") {
                self.pos += 9;
                let data = self.skip_past("]]>")?;
                el.text.push_str(data);
            } else if rest.starts_with("<?") {
                self.skip_past("?>")?;
            } else if rest.starts_with('<') {
                let child = self.element(depth + 1)?;
                el.children.push(child);
            } else {
                let len = rest.find('<').unwrap_or(rest.len());
                let raw = &rest[..len];
                decode_entities(raw, &mut el.text).map_err(|m| self.err(m))?;
                self.pos += len;
            }
        }
    }
}

/// Appends `raw` to `out` with `&amp;`-style and `&#NN;`/`&#xHH;` references decoded.
fn decode_entities(raw: &str, out: &mut String) -> Result<(), &'static str> {
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').ok_or("unterminated entity")?;
        let ent = &after[..end];
        let ch = match ent {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = ent.strip_prefix("#x").or(ent.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).map_err(|_| "bad character reference")?
                } else if let Some(dec) = ent.strip_prefix('#') {
                    dec.parse::<u32>().map_err(|_| "bad character reference")?
                } else {
                    return Err("unknown entity");
                };
                char::from_u32(code).ok_or("invalid character reference")?
            }
        };
        out.push(ch);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nested_elements_and_text() {
        let doc = "<?xml version='1.0'?>\n<!-- c --><a x=\"1\"><b>t&amp;&#65;&#x42;</b><c/>\
                   <![CDATA[<raw>]]></a>\n";
        let root = parse(doc).expect("parse");
        assert_eq!(root.name, "a");
        assert_eq!(root.children.len(), 2);
        assert_eq!(root.children[0].text, "t&AB");
        assert_eq!(root.text, "<raw>");
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "<a>",
            "<a></b>",
            "<a>&bogus;</a>",
            "<a>&#xZZ;</a>",
            "<a x=1></a>",
            "<a></a><b></b>",
            "<a>&#1114112;</a>",
            "<!DOCTYPE a><a/>",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let ok = "<a>".repeat(MAX_DEPTH - 1) + &"</a>".repeat(MAX_DEPTH - 1);
        assert!(parse(&ok).is_ok());
    }
}
