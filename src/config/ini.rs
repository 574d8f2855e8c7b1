//! supervisor's INI dialect: Python 3.11 `configparser.RawConfigParser` with
//! `inline_comment_prefixes=(';', '#')` and `strict=False`, re-implemented line by line so
//! that every value keeps the file and line it came from (for error messages).
//!
//! Rules: keys are lower-cased, section names are kept as
//! written (case-sensitive); `=` or `:` separates key and value; a `;`/`#` starts an inline
//! comment only when preceded by whitespace; lines indented deeper than the key line continue
//! the value; duplicate sections merge and duplicate keys replace (last wins); `[DEFAULT]`
//! values are inherited by every section.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Longest line we accept (a config line this long is a mistake, not a setting).
pub const MAX_LINE: usize = 1024 * 1024;

/// One option value with its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The joined, stripped value.
    pub value: String,
    /// Index into [`IniDoc::files`].
    pub file: usize,
    /// 1-based line of the `key = value` line.
    pub line: usize,
}

/// One section: its keys in first-assignment order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// The header text between the brackets, as written.
    pub name: String,
    /// Keys (lower-cased) and values in insertion order.
    pub entries: Vec<(String, Entry)>,
}

impl Section {
    fn index(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|(k, _)| k == key)
    }
    /// Sets `key`, keeping the position of an existing key (like a Python dict).
    pub fn set(&mut self, key: String, entry: Entry) {
        match self.index(&key) {
            Some(i) => self.entries[i].1 = entry,
            None => self.entries.push((key, entry)),
        }
    }
    /// The entry for `key` in this section only.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.index(key).map(|i| &self.entries[i].1)
    }
}

/// Every section read so far (main file plus includes merged into one namespace).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IniDoc {
    /// Files read, in order; entries refer to them by index.
    pub files: Vec<PathBuf>,
    /// Sections in order of first appearance (without `[DEFAULT]`).
    pub sections: Vec<Section>,
    /// `[DEFAULT]`.
    pub defaults: Section,
    /// Section name → index of the included file that first created it (main file sections
    /// are absent, like supervisor's `section_to_file`).
    pub section_file: HashMap<String, usize>,
    /// Section name → index into `sections` (files with thousands of sections stay fast).
    index: HashMap<String, usize>,
}

/// A syntax error with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct IniError {
    /// What is wrong.
    pub message: String,
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
}

/// Python's `str.isspace()` (Rust's `is_whitespace` plus the four ASCII separators).
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Python's `str.strip()`.
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(py_space)
}

/// Splits text into lines like Python's universal-newline mode (`\n`, `\r\n`, `\r`).
fn split_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' {
            out.push(&text[start..i]);
            start = i + 1;
        } else if b[i] == b'\r' {
            out.push(&text[start..i]);
            if i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < b.len() {
        out.push(&text[start..]);
    }
    out
}

/// Byte index where an inline comment starts, replicating CPython 3.11's round-based search.
fn inline_comment_start(line: &str) -> Option<usize> {
    let prefixes = [';', '#'];
    let mut positions: Vec<(char, Option<usize>)> = prefixes.iter().map(|&p| (p, None)).collect();
    let mut found: Option<usize> = None;
    while found.is_none() && !positions.is_empty() {
        let mut next = Vec::new();
        for (p, last) in &positions {
            let from = match last {
                None => 0,
                Some(i) => i + p.len_utf8(),
            };
            let Some(rel) = line.get(from..).and_then(|s| s.find(*p)) else {
                continue;
            };
            let idx = from + rel;
            next.push((*p, Some(idx)));
            let prev_space = idx == 0 || line[..idx].chars().next_back().is_some_and(py_space);
            if prev_space {
                found = Some(found.map_or(idx, |f: usize| f.min(idx)));
            }
        }
        positions = next;
    }
    found
}

impl IniDoc {
    /// An empty document.
    pub fn new() -> IniDoc {
        IniDoc::default()
    }

    /// Looks a section up by exact name.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.index.get(name).map(|&i| &self.sections[i])
    }

    /// Position of a section in file order (first appearance), without `[DEFAULT]`.
    pub fn section_position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Whether a section exists.
    pub fn has_section(&self, name: &str) -> bool {
        self.section(name).is_some()
    }

    /// `key` in `section`, falling back to `[DEFAULT]`.
    pub fn get(&self, section: &str, key: &str) -> Option<&Entry> {
        self.section(section)
            .and_then(|s| s.get(key))
            .or_else(|| self.defaults.get(key))
    }

    /// Section names in order.
    pub fn section_names(&self) -> Vec<String> {
        self.sections.iter().map(|s| s.name.clone()).collect()
    }

    /// The file name of an entry.
    pub fn file_of(&self, entry: &Entry) -> &Path {
        &self.files[entry.file]
    }

    /// Parses `text` (the contents of `path`) into this document, like `RawConfigParser.read`.
    pub fn read_str(&mut self, text: &str, path: &Path) -> Result<(), IniError> {
        let file = self.files.len();
        self.files.push(path.to_path_buf());
        let before = self.sections.len();
        // Current section: None, Some(None) = DEFAULT, Some(Some(i)) = sections[i].
        let mut cursect: Option<Option<usize>> = None;
        let mut optname: Option<String> = None;
        // Pieces of multi-line values, keyed by (section, key), joined at the end.
        let mut pending: Vec<(Option<usize>, String, Vec<String>)> = Vec::new();
        let mut cur_pending: Option<usize> = None;
        let mut indent_level = 0usize;
        let mut errors: Vec<(usize, String)> = Vec::new();
        for (lineno0, line) in split_lines(text).into_iter().enumerate() {
            let lineno = lineno0 + 1;
            if line.len() > MAX_LINE {
                return Err(IniError {
                    message: format!("line is longer than {} bytes", MAX_LINE),
                    file: path.to_path_buf(),
                    line: lineno,
                });
            }
            let mut comment_start = inline_comment_start(line);
            let stripped_line = py_strip(line);
            if stripped_line.starts_with(';') || stripped_line.starts_with('#') {
                comment_start = Some(0);
            }
            let value = py_strip(&line[..comment_start.unwrap_or(line.len())]);
            if value.is_empty() {
                if comment_start.is_none() && cursect.is_some() && optname.is_some() {
                    if let Some(p) = cur_pending {
                        pending[p].2.push(String::new());
                    }
                }
                continue;
            }
            let cur_indent = line
                .char_indices()
                .find(|(_, c)| !py_space(*c))
                .map_or(0, |(i, _)| i);
            if cursect.is_some() && optname.is_some() && cur_indent > indent_level {
                if let Some(p) = cur_pending {
                    pending[p].2.push(value.to_string());
                }
                continue;
            }
            indent_level = cur_indent;
            if let Some(header) = section_header(value) {
                cursect = Some(self.open_section(header));
                optname = None;
                cur_pending = None;
                continue;
            }
            let Some(sect) = cursect else {
                return Err(IniError {
                    message: format!("File contains no section headers: {}", py_repr(line)),
                    file: path.to_path_buf(),
                    line: lineno,
                });
            };
            match line_option(value) {
                Some((name, val)) => {
                    if name.is_empty() {
                        errors.push((lineno, line.to_string()));
                    }
                    let key = name.to_lowercase();
                    let entry = Entry {
                        value: String::new(),
                        file,
                        line: lineno,
                    };
                    match sect {
                        None => self.defaults.set(key.clone(), entry),
                        Some(i) => self.sections[i].set(key.clone(), entry),
                    }
                    pending.push((sect, key.clone(), vec![val.to_string()]));
                    cur_pending = Some(pending.len() - 1);
                    optname = Some(key);
                }
                None => errors.push((lineno, line.to_string())),
            }
        }
        self.join_pending(pending);
        if file > 0 {
            for s in &self.sections[before..] {
                self.section_file.insert(s.name.clone(), file);
            }
        }
        if let Some((line, text)) = errors.first() {
            return Err(IniError {
                message: format!("Source contains parsing errors: {}", py_repr(text)),
                file: path.to_path_buf(),
                line: *line,
            });
        }
        Ok(())
    }

    /// The section named by a header line: `None` for `[DEFAULT]`, else its index (a new
    /// section when the name is new; a repeated header continues the earlier one).
    fn open_section(&mut self, header: &str) -> Option<usize> {
        if header == "DEFAULT" {
            return None;
        }
        if let Some(&i) = self.index.get(header) {
            return Some(i);
        }
        self.sections.push(Section {
            name: header.to_string(),
            entries: Vec::new(),
        });
        self.index
            .insert(header.to_string(), self.sections.len() - 1);
        Some(self.sections.len() - 1)
    }

    /// Joins the pieces of multi-line values (section, key, pieces) into their entries; a
    /// later assignment of the same key supersedes earlier ones.
    fn join_pending(&mut self, pending: Vec<(Option<usize>, String, Vec<String>)>) {
        for (sect, key, pieces) in pending {
            let joined = pieces.join("\n");
            let joined = joined.trim_end_matches(py_space).to_string();
            let target = match sect {
                None => &mut self.defaults,
                Some(i) => &mut self.sections[i],
            };
            if let Some(i) = target.index(&key) {
                // Only the last assignment (the one whose line is recorded) keeps its pieces.
                target.entries[i].1.value = joined;
            }
        }
    }

    /// supervisor's `expand_here`: textually replaces `%(here)s` in every value of every
    /// section (including inherited `[DEFAULT]` values, which are copied into the section).
    pub fn expand_here(&mut self, here: &str) {
        const HERE: &str = "%(here)s";
        let defaults = self.defaults.clone();
        for s in &mut self.sections {
            for (k, e) in &defaults.entries {
                if s.get(k).is_none() && e.value.contains(HERE) {
                    let mut e = e.clone();
                    e.value = e.value.replace(HERE, here);
                    s.entries.push((k.clone(), e));
                }
            }
            for (_, e) in &mut s.entries {
                if e.value.contains(HERE) {
                    e.value = e.value.replace(HERE, here);
                }
            }
        }
    }
}

/// `\[(?P<header>.+)\]` matched at the start of the (stripped) line: greedy, so the header
/// runs to the last `]`; text after it is ignored.
fn section_header(value: &str) -> Option<&str> {
    let rest = value.strip_prefix('[')?;
    let end = rest.rfind(']')?;
    if end == 0 {
        return None;
    }
    Some(&rest[..end])
}

/// `(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$`: splits at the first `=` or `:`.
fn line_option(value: &str) -> Option<(&str, &str)> {
    let pos = value.find(['=', ':'])?;
    let name = value[..pos].trim_end_matches(py_space);
    let val = py_strip(&value[pos + 1..]);
    Some((name, val))
}

/// Python's `repr()` of a string (used in error messages, like supervisor's `%r`).
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<IniDoc, IniError> {
        let mut d = IniDoc::new();
        d.read_str(text, Path::new("/t.conf"))?;
        Ok(d)
    }
    fn val(d: &IniDoc, s: &str, k: &str) -> Option<String> {
        d.get(s, k).map(|e| e.value.clone())
    }

    #[test]
    fn inline_comments_need_whitespace() {
        let d = parse("[a]\nx=b;c\ny=b ;c\nz=100% #note\nw=b\t#c\nv=a;b #c ;d\n").unwrap();
        assert_eq!(val(&d, "a", "x").unwrap(), "b;c");
        assert_eq!(val(&d, "a", "y").unwrap(), "b");
        assert_eq!(val(&d, "a", "z").unwrap(), "100%");
        assert_eq!(val(&d, "a", "w").unwrap(), "b");
        assert_eq!(val(&d, "a", "v").unwrap(), "a;b");
    }

    #[test]
    fn inline_comment_search_is_round_based_like_cpython() {
        // CPython finds the first occurrence of each prefix per round; a qualifying `#` in
        // round one wins over a later qualifying `;` (and vice versa).
        let d = parse("[a]\nv=a;b ;c #d\nw=a#b #c ;d\n").unwrap();
        assert_eq!(val(&d, "a", "v").unwrap(), "a;b ;c");
        assert_eq!(val(&d, "a", "w").unwrap(), "a#b #c");
    }

    #[test]
    fn quotes_do_not_protect_comments() {
        let d = parse("[a]\ncommand=bash -c 'foo ; bar'\n").unwrap();
        assert_eq!(val(&d, "a", "command").unwrap(), "bash -c 'foo");
    }

    #[test]
    fn keys_lowercased_sections_case_sensitive() {
        let d = parse("[Prog]\nCommand : x\n").unwrap();
        assert_eq!(val(&d, "Prog", "command").unwrap(), "x");
        assert!(d.section("prog").is_none());
    }

    #[test]
    fn continuation_lines() {
        let d = parse("[a]\nenvironment=\n  A=1,\n\n  # comment\n  B=2\nnext=3\n").unwrap();
        assert_eq!(val(&d, "a", "environment").unwrap(), "\nA=1,\n\nB=2");
        assert_eq!(val(&d, "a", "next").unwrap(), "3");
    }

    #[test]
    fn duplicates_merge_last_wins() {
        let d = parse("[a]\nx=1\n[b]\n[a]\nx=2\ny=3\n").unwrap();
        assert_eq!(val(&d, "a", "x").unwrap(), "2");
        assert_eq!(d.get("a", "x").unwrap().line, 5);
        assert_eq!(d.sections.len(), 2);
    }

    #[test]
    fn default_section_inherited() {
        let d = parse("[DEFAULT]\nstartsecs=7\n[a]\n").unwrap();
        assert_eq!(val(&d, "a", "startsecs").unwrap(), "7");
        assert!(!d.has_section("DEFAULT"));
    }

    #[test]
    fn crlf_tabs_and_header_blanks() {
        let d = parse("[program:x] \r\ncommand\t= a\r\n").unwrap();
        assert_eq!(val(&d, "program:x", "command").unwrap(), "a");
        let d = parse("[a] trailing\nx=1\n").unwrap();
        assert!(d.has_section("a"));
    }

    #[test]
    fn errors() {
        let e = parse("x=1\n[a]\n").unwrap_err();
        assert!(e.message.contains("no section headers"));
        assert_eq!(e.line, 1);
        let e = parse("[a]\nnovalue\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("[a]\n=v\n").unwrap_err();
        assert_eq!(e.line, 2);
        let long = format!("[a]\nx={}\n", "y".repeat(MAX_LINE + 1));
        assert!(parse(&long).is_err());
    }

    #[test]
    fn separator_colon_first_wins() {
        let d = parse("[a]\nport=127.0.0.1:9001\nurl: http://x:1\n").unwrap();
        assert_eq!(val(&d, "a", "port").unwrap(), "127.0.0.1:9001");
        assert_eq!(val(&d, "a", "url").unwrap(), "http://x:1");
    }

    #[test]
    fn here_expansion_textual() {
        let mut d = parse("[DEFAULT]\nd=%(here)s/x\n[a]\nf=%(here)s/y\n").unwrap();
        d.expand_here("/h");
        assert_eq!(val(&d, "a", "f").unwrap(), "/h/y");
        assert_eq!(val(&d, "a", "d").unwrap(), "/h/x");
    }
}
