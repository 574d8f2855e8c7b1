//! A small regular-expression matcher for readiness log lines (`ready = log:<pattern>`).
//!
//! We have no regex crate (the design card keeps dependencies to six), and readiness only
//! needs to find a line like `listening on port \d+`. Supported: literals, `.`, classes
//! `[a-z0-9_]` / `[^...]`, escapes `\d \w \s \D \W \S \. \\ …`, quantifiers `* + ?` (greedy),
//! groups `( … )` with alternation `|`, anchors `^` and `$`. The search is unanchored unless
//! `^` is used. Matching is backtracking with a step budget, so a pathological pattern
//! cannot hang the event loop: when the budget runs out the line counts as not matching.
//! Recursion is bounded too (fuzzing found stack overflows on long lines): a repeated
//! single-character atom (`.*`, `\d+`, `[a-z]?`) is a loop, groups nest at most
//! `MAX_NESTING` (32) deep, and a path deeper than `MAX_DEPTH` (e.g. a repeated group
//! iterating over ~1000 times) also counts as not matching.

use std::fmt;

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    alt: Vec<Vec<Node>>,
    source: String,
}

/// Why a pattern does not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub pattern: String,
    pub reason: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid pattern '{}': {}", self.pattern, self.reason)
    }
}

#[derive(Debug, Clone)]
enum Atom {
    Char(char),
    Any,
    Class {
        ranges: Vec<(char, char)>,
        negated: bool,
    },
    Group(Vec<Vec<Node>>),
    Start,
    End,
}

#[derive(Debug, Clone)]
struct Node {
    atom: Atom,
    min: u32,
    max: u32,
}

/// Work budget per line: enough for any sane pattern, small enough to never stall the loop.
const STEP_BUDGET: u32 = 200_000;
/// Deepest group nesting accepted (the parser recurses per level).
const MAX_NESTING: usize = 32;
/// Deepest matcher recursion (one level per node or group repetition on the current path):
/// beyond it the line counts as not matching, so a long line cannot overflow the stack.
const MAX_DEPTH: u32 = 1_000;

impl Pattern {
    /// Compiles `source`.
    pub fn new(source: &str) -> Result<Pattern, PatternError> {
        let chars: Vec<char> = source.chars().collect();
        let mut p = Parser {
            chars: &chars,
            pos: 0,
            nesting: 0,
        };
        let alt = p.alternation().map_err(|reason| PatternError {
            pattern: source.to_string(),
            reason,
        })?;
        if p.pos != chars.len() {
            return Err(PatternError {
                pattern: source.to_string(),
                reason: format!("unbalanced ')' at position {}", p.pos),
            });
        }
        Ok(Pattern {
            alt,
            source: source.to_string(),
        })
    }

    /// The text the pattern was compiled from.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern occurs anywhere in `line`.
    pub fn is_match(&self, line: &str) -> bool {
        let text: Vec<char> = line.chars().collect();
        let mut steps = 0u32;
        for start in 0..=text.len() {
            let mut m = Matcher {
                text: &text,
                steps: &mut steps,
                depth: 0,
            };
            if m.alt(&self.alt, start, &mut |_, _| true) {
                return true;
            }
            if steps > STEP_BUDGET {
                return false;
            }
        }
        false
    }
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
    /// Current group nesting.
    nesting: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn alternation(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.sequence()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            alts.push(self.sequence()?);
        }
        Ok(alts)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            let (min, max) = match self.peek() {
                Some('*') => (0, u32::MAX),
                Some('+') => (1, u32::MAX),
                Some('?') => (0, 1),
                _ => (1, 1),
            };
            if (min, max) != (1, 1) {
                if matches!(atom, Atom::Start | Atom::End) {
                    return Err(format!("nothing to repeat at position {}", self.pos));
                }
                self.pos += 1;
            }
            seq.push(Node { atom, min, max });
        }
        Ok(seq)
    }

    fn atom(&mut self) -> Result<Atom, String> {
        let at = self.pos;
        let c = self.peek().ok_or("unexpected end")?;
        self.pos += 1;
        Ok(match c {
            '.' => Atom::Any,
            '^' => Atom::Start,
            '$' => Atom::End,
            '*' | '+' | '?' => return Err(format!("nothing to repeat at position {at}")),
            '(' => {
                if self.nesting >= MAX_NESTING {
                    return Err(format!(
                        "groups nested deeper than {MAX_NESTING} at position {at}"
                    ));
                }
                self.nesting += 1;
                let inner = self.alternation()?;
                self.nesting -= 1;
                if self.peek() != Some(')') {
                    return Err(format!("missing ')' for '(' at position {at}"));
                }
                self.pos += 1;
                Atom::Group(inner)
            }
            '[' => self.class(at)?,
            '\\' => self.escape()?,
            c => Atom::Char(c),
        })
    }

    fn escape(&mut self) -> Result<Atom, String> {
        let c = self.peek().ok_or("trailing backslash")?;
        self.pos += 1;
        let class = |ranges: Vec<(char, char)>, negated| Atom::Class { ranges, negated };
        Ok(match c {
            'd' => class(digit(), false),
            'D' => class(digit(), true),
            'w' => class(word(), false),
            'W' => class(word(), true),
            's' => class(space(), false),
            'S' => class(space(), true),
            't' => Atom::Char('\t'),
            'n' => Atom::Char('\n'),
            c if c.is_ascii_alphanumeric() => return Err(format!("unknown escape '\\{c}'")),
            c => Atom::Char(c),
        })
    }

    fn class(&mut self, at: usize) -> Result<Atom, String> {
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self
                .peek()
                .ok_or_else(|| format!("missing ']' for '[' at position {at}"))?;
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let e = self.peek().ok_or("trailing backslash")?;
                self.pos += 1;
                match e {
                    'd' => {
                        ranges.extend(digit());
                        continue;
                    }
                    'w' => {
                        ranges.extend(word());
                        continue;
                    }
                    's' => {
                        ranges.extend(space());
                        continue;
                    }
                    e => e,
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                let hi = self.chars[self.pos + 1];
                self.pos += 2;
                if hi < lo {
                    return Err(format!("bad range {lo}-{hi}"));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Atom::Class { ranges, negated })
    }
}

fn digit() -> Vec<(char, char)> {
    vec![('0', '9')]
}
fn word() -> Vec<(char, char)> {
    vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')]
}
fn space() -> Vec<(char, char)> {
    vec![(' ', ' '), ('\t', '\r')]
}

struct Matcher<'a> {
    text: &'a [char],
    steps: &'a mut u32,
    /// Current recursion depth of `repeat` (bounded by `MAX_DEPTH`).
    depth: u32,
}

impl Matcher<'_> {
    /// Tries each alternative at `pos`; `k` continues with the rest of the enclosing pattern.
    fn alt(
        &mut self,
        alts: &[Vec<Node>],
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        alts.iter().any(|seq| self.seq(seq, pos, k))
    }

    fn seq(
        &mut self,
        seq: &[Node],
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        *self.steps += 1;
        if *self.steps > STEP_BUDGET {
            return false;
        }
        let Some((node, rest)) = seq.split_first() else {
            return k(self, pos);
        };
        self.repeat(node, 0, pos, &mut |m, p| m.seq(rest, p, k))
    }

    /// Matches `node` greedily from `count` repetitions so far, then continues with `k`.
    /// Bounded recursion: past `MAX_DEPTH` the budget is spent and the line does not match.
    fn repeat(
        &mut self,
        node: &Node,
        count: u32,
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        if self.depth >= MAX_DEPTH {
            *self.steps = STEP_BUDGET + 1;
            return false;
        }
        self.depth += 1;
        let hit = if is_single_char(&node.atom) {
            self.repeat_chars(node, count, pos, k)
        } else {
            self.repeat_nested(node, count, pos, k)
        };
        self.depth -= 1;
        hit
    }

    /// `repeat` for an atom matching exactly one character: a loop, not one level per char.
    fn repeat_chars(
        &mut self,
        node: &Node,
        count: u32,
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        let room = node.max.saturating_sub(count) as usize;
        let run = self.text[pos.min(self.text.len())..]
            .iter()
            .take(room)
            .take_while(|&&c| char_matches(&node.atom, c))
            .count();
        let min = node.min.saturating_sub(count) as usize;
        if run < min {
            return false;
        }
        for n in (min..=run).rev() {
            *self.steps += 1;
            if *self.steps > STEP_BUDGET {
                return false;
            }
            if k(self, pos + n) {
                return true;
            }
        }
        false
    }

    /// `repeat` for groups and anchors: one recursion level per repetition.
    fn repeat_nested(
        &mut self,
        node: &Node,
        count: u32,
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        *self.steps += 1;
        if *self.steps > STEP_BUDGET {
            return false;
        }
        if count < node.max {
            let more = self.one(&node.atom, pos, &mut |m, p| {
                // An empty repetition beyond the minimum makes no progress: stop it there.
                (p != pos || count < node.min) && m.repeat(node, count + 1, p, k)
            });
            if more {
                return true;
            }
        }
        count >= node.min && k(self, pos)
    }

    fn one(
        &mut self,
        atom: &Atom,
        pos: usize,
        k: &mut dyn FnMut(&mut Self, usize) -> bool,
    ) -> bool {
        match atom {
            Atom::Start => pos == 0 && k(self, pos),
            Atom::End => pos == self.text.len() && k(self, pos),
            Atom::Group(alts) => self.alt(alts, pos, k),
            _ => match self.text.get(pos) {
                Some(&c) if char_matches(atom, c) => k(self, pos + 1),
                _ => false,
            },
        }
    }
}

/// True for atoms that consume exactly one character.
fn is_single_char(atom: &Atom) -> bool {
    matches!(atom, Atom::Char(_) | Atom::Any | Atom::Class { .. })
}

fn char_matches(atom: &Atom, c: char) -> bool {
    match atom {
        Atom::Char(x) => *x == c,
        Atom::Any => true,
        Atom::Class { ranges, negated } => {
            ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> bool {
        Pattern::new(p).unwrap().is_match(s)
    }

    #[test]
    fn literals_and_search() {
        assert!(m("ready", "server is ready now"));
        assert!(!m("ready", "server is starting"));
        assert!(m("", "anything"));
    }

    #[test]
    fn classes_quantifiers_and_anchors() {
        assert!(m(r"listening on port \d+", "INFO listening on port 8080"));
        assert!(!m(r"port \d+", "port x"));
        assert!(m("^start", "start here"));
        assert!(!m("^start", "restart"));
        assert!(m("done$", "all done"));
        assert!(!m("done$", "done!"));
        assert!(m("[a-c]x[^0-9]", "zzbxq"));
        assert!(!m("[a-c]x[^0-9]", "bx1"));
        assert!(m("colou?r", "color"));
        assert!(m("a.*z", "a123z"));
        assert!(m(r"\w+@\w+\.com", "mail bob@example.com"));
    }

    #[test]
    fn groups_and_alternation() {
        assert!(m("(ready|listening)", "now listening"));
        assert!(m("^(ab)+$", "ababab"));
        assert!(!m("^(ab)+$", "ababa"));
        assert!(m("x(a|b)*y", "xababbay"));
    }

    #[test]
    fn errors_are_reported() {
        for bad in ["(", "a)", "[abc", "*a", "a\\", r"\q", "^*"] {
            assert!(Pattern::new(bad).is_err(), "{bad} should not compile");
        }
        let e = Pattern::new("(x").unwrap_err();
        assert!(e.to_string().contains("missing ')'"), "{e}");
    }

    #[test]
    fn pathological_patterns_terminate() {
        let p = Pattern::new("(a*)*b").unwrap();
        let s = "a".repeat(64);
        assert!(!p.is_match(&s));
        assert!(m("(a*)*b", "aaab"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        let e = Pattern::new(&deep).unwrap_err();
        assert!(e.reason.contains("nested deeper"), "{e}");
        let ok = format!("{}a{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert!(m(&ok, "xay"));
    }

    /// Found by the `pattern` fuzz target: recursion per character overflowed the stack.
    #[test]
    fn long_lines_do_not_overflow_the_stack() {
        let run = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| {
                let line = "a".repeat(200_000);
                let digits = "1".repeat(200_000);
                assert!(m(".*$", &line));
                assert!(m("^a+$", &line));
                assert!(!m(r"\d+x", &digits));
                // Group repetition recurses per repetition: bounded, then "no match".
                assert!(!m("(.)*$", &line));
                assert!(!m("((((((((((.))))))))))*$", &line));
                assert!(m("^(ab)*$", &"ab".repeat(100)));
            })
            .unwrap();
        run.join().unwrap();
    }
}
