//! A small `glob.glob` for `[include] files`: `*`, `?` and `[...]` (with `!`/`^` negation and
//! ranges) per path component; like Python, wildcards do not match a leading `.`, a pattern
//! without wildcards matches an existing path, and results are returned unsorted (the caller
//! sorts).

use std::path::{Path, PathBuf};

/// Whether a path component contains glob magic.
fn has_magic(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// `fnmatch` of one component (no `/` inside).
pub fn fnmatch(pat: &str, name: &str) -> bool {
    let p: Vec<char> = pat.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_from(&p, &n)
}

/// Wildcard matching with single-star backtracking: linear in practice, never exponential.
fn match_from(p: &[char], n: &[char]) -> bool {
    let (mut pi, mut ni) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        let step = if pi < p.len() {
            match p[pi] {
                '*' => {
                    star = Some((pi, ni));
                    pi += 1;
                    continue;
                }
                '?' => Some(1),
                '[' => match class(&p[pi..]) {
                    Some((len, ok)) => ok(n[ni]).then_some(len),
                    None => (n[ni] == '[').then_some(1),
                },
                c => (n[ni] == c).then_some(1),
            }
        } else {
            None
        };
        match step {
            Some(len) => {
                pi += len;
                ni += 1;
            }
            None => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

type ClassFn = Box<dyn Fn(char) -> bool>;

/// Parses a `[...]` class at the start of `p`: (chars consumed, predicate), or None when the
/// bracket is not closed (then `[` is literal, like fnmatch).
fn class(p: &[char]) -> Option<(usize, ClassFn)> {
    let mut i = 1;
    let neg = i < p.len() && (p[i] == '!' || p[i] == '^');
    if neg {
        i += 1;
    }
    let start = i;
    // A `]` right after `[` or `[!` is literal.
    if i < p.len() && p[i] == ']' {
        i += 1;
    }
    while i < p.len() && p[i] != ']' {
        i += 1;
    }
    if i >= p.len() {
        return None;
    }
    let body: Vec<char> = p[start..i].to_vec();
    let mut ranges: Vec<(char, char)> = Vec::new();
    let mut j = 0;
    while j < body.len() {
        if j + 2 < body.len() && body[j + 1] == '-' {
            ranges.push((body[j], body[j + 2]));
            j += 3;
        } else {
            ranges.push((body[j], body[j]));
            j += 1;
        }
    }
    let f = move |c: char| {
        let hit = ranges.iter().any(|(a, b)| *a <= c && c <= *b);
        hit != neg
    };
    Some((i + 1, Box::new(f)))
}

/// Expands `pattern` (an absolute or relative path pattern) to existing paths.
pub fn glob(pattern: &str) -> Vec<PathBuf> {
    if !has_magic(pattern) {
        let p = Path::new(pattern);
        return if std::fs::symlink_metadata(p).is_ok() {
            vec![p.to_path_buf()]
        } else {
            Vec::new()
        };
    }
    let (root, rest) = if let Some(r) = pattern.strip_prefix('/') {
        ("/".to_string(), r)
    } else {
        (String::new(), pattern)
    };
    let comps: Vec<&str> = rest.split('/').collect();
    let mut current: Vec<String> = vec![root];
    for (idx, comp) in comps.iter().enumerate() {
        let last = idx + 1 == comps.len();
        let mut next = Vec::new();
        for base in &current {
            let join = |name: &str| -> String {
                if base.is_empty() {
                    name.to_string()
                } else if base.ends_with('/') {
                    format!("{}{}", base, name)
                } else {
                    format!("{}/{}", base, name)
                }
            };
            if comp.is_empty() {
                // Repeated or trailing slash: keep the base (a trailing slash needs a dir).
                if last {
                    if Path::new(&join("")).is_dir() {
                        next.push(join(""));
                    }
                } else {
                    next.push(base.clone());
                }
                continue;
            }
            if !has_magic(comp) {
                let cand = join(comp);
                let ok = if last {
                    std::fs::symlink_metadata(&cand).is_ok()
                } else {
                    Path::new(&cand).is_dir()
                };
                if ok {
                    next.push(cand);
                }
                continue;
            }
            let dir = if base.is_empty() {
                ".".to_string()
            } else {
                base.clone()
            };
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            for ent in rd.flatten() {
                let name = ent.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with('.') && !comp.starts_with('.') {
                    continue;
                }
                if fnmatch(comp, name) {
                    let cand = join(name);
                    if last || Path::new(&cand).is_dir() {
                        next.push(cand);
                    }
                }
            }
        }
        current = next;
    }
    current.into_iter().map(PathBuf::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(fnmatch("*.conf", "a.conf"));
        assert!(!fnmatch("*.conf", "a.ini"));
        assert!(fnmatch("a?c", "abc"));
        assert!(fnmatch("[ab]x", "bx"));
        assert!(!fnmatch("[!ab]x", "bx"));
        assert!(fnmatch("[a-c]x", "cx"));
        assert!(fnmatch("[]]", "]"));
        assert!(fnmatch("[x", "[x"));
        assert!(fnmatch("*", ""));
        assert!(fnmatch("a*b*c", "aXbYc"));
        assert!(!fnmatch("a*b*c", "aXbY"));
        assert!(fnmatch("*.c?nf", "x.conf"));
        let long = "a".repeat(200);
        assert!(!fnmatch("*a*a*a*a*a*a*a*a*b", &long));
    }

    #[test]
    fn globbing_a_directory() {
        let dir = std::env::temp_dir().join(format!("cfg-glob-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in ["a.conf", "b.conf", ".hidden.conf", "c.ini", "sub/d.conf"] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let d = dir.to_string_lossy();
        let mut got = glob(&format!("{}/*.conf", d));
        got.sort();
        assert_eq!(got, vec![dir.join("a.conf"), dir.join("b.conf")]);
        assert_eq!(
            glob(&format!("{}/*/*.conf", d)),
            vec![dir.join("sub/d.conf")]
        );
        assert_eq!(glob(&format!("{}/c.ini", d)), vec![dir.join("c.ini")]);
        assert!(glob(&format!("{}/nope.ini", d)).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
