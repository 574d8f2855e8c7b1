//! supervisor's `%(name)s` expansion: Python's `str % dict` formatting, including printf
//! forms such as `%(process_num)02d`, `%%`, and the two error messages supervisor gives
//! (unknown names; badly formatted strings).

use std::collections::BTreeMap;

use super::ini::py_repr;

/// A value that can be substituted: most are strings, `process_num`/`numprocs` are integers.
#[derive(Debug, Clone, PartialEq)]
pub enum ExpVal {
    /// A string value.
    Str(String),
    /// An integer value.
    Int(i64),
}

/// The names available to one option.
pub type Expansions = BTreeMap<String, ExpVal>;

/// Why a format string failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ExpandError {
    /// A `%(name)` that is not available.
    UnknownName(String),
    /// Anything else Python's `%` operator rejects.
    BadFormat(String),
}

/// Expands `s` like supervisor's `expand(s, expansions, name)`, with its error messages.
pub fn expand(s: &str, exp: &Expansions, name: &str) -> Result<String, String> {
    expand_layered(s, &[exp], name)
}

/// [`expand`] against several maps, later ones winning (like Python's
/// `dict(list(a.items()) + list(b.items()))`, without building the merged map).
pub fn expand_layered(s: &str, layers: &[&Expansions], name: &str) -> Result<String, String> {
    if !s.contains('%') {
        return Ok(s.to_string());
    }
    let lookup = |k: &str| layers.iter().rev().find_map(|m| m.get(k));
    match format_with(s, &lookup) {
        Ok(v) => Ok(v),
        Err(ExpandError::UnknownName(k)) => {
            let all: std::collections::BTreeSet<&str> = layers
                .iter()
                .flat_map(|m| m.keys().map(|k| k.as_str()))
                .collect();
            let names: Vec<&str> = all.into_iter().collect();
            Err(format!(
                "Format string {} for {} contains names ({}) which cannot be expanded. Available names: {}",
                py_repr(s),
                py_repr(name),
                py_repr(&k),
                names.join(", ")
            ))
        }
        Err(ExpandError::BadFormat(why)) => Err(format!(
            "Format string {} for {} is badly formatted: {}",
            py_repr(s),
            py_repr(name),
            why
        )),
    }
}

/// Python `s % mapping`.
pub fn format_mapping(s: &str, exp: &Expansions) -> Result<String, ExpandError> {
    format_with(s, &|k: &str| exp.get(k))
}

/// Python `s % mapping` with the mapping given as a lookup function.
pub fn format_with<'a>(
    s: &str,
    lookup: &dyn Fn(&str) -> Option<&'a ExpVal>,
) -> Result<String, ExpandError> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(ExpandError::BadFormat("incomplete format".into()));
        }
        // Mapping key with balanced parentheses.
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(ExpandError::BadFormat("incomplete format key".into()));
            }
            key = Some(chars[start..i - 1].iter().collect());
        }
        // Flags.
        let (mut left, mut zero, mut plus, mut space, mut alt) =
            (false, false, false, false, false);
        while i < chars.len() {
            match chars[i] {
                '-' => left = true,
                '0' => zero = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if i < chars.len() && chars[i] == '*' {
            return Err(ExpandError::BadFormat("* wants int".into()));
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = width
                .saturating_mul(10)
                .saturating_add(chars[i] as usize - '0' as usize);
            i += 1;
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                return Err(ExpandError::BadFormat("* wants int".into()));
            }
            let mut p = 0usize;
            while i < chars.len() && chars[i].is_ascii_digit() {
                p = p
                    .saturating_mul(10)
                    .saturating_add(chars[i] as usize - '0' as usize);
                i += 1;
            }
            prec = Some(p);
        }
        if width > 100_000 || prec.is_some_and(|p| p > 100_000) {
            return Err(ExpandError::BadFormat("width too big".into()));
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(ExpandError::BadFormat("incomplete format".into()));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' && key.is_none() {
            out.push('%');
            continue;
        }
        if conv != '%' && !"diouxXeEfFgGcrsa".contains(conv) {
            return Err(ExpandError::BadFormat(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                conv,
                conv as u32,
                i - 1
            )));
        }
        let Some(key) = key else {
            // `%s` with a mapping argument: Python formats the whole dict; nobody wants that.
            return Err(ExpandError::BadFormat("format requires a mapping".into()));
        };
        let Some(v) = lookup(&key) else {
            return Err(ExpandError::UnknownName(key));
        };
        if conv == '%' {
            // Python 3.11 looks the key up, then emits a plain `%`.
            out.push('%');
            continue;
        }
        let body = convert(v, conv, prec, alt, plus, space)?;
        out.push_str(&pad(
            body,
            width,
            left,
            zero && !matches!(conv, 's' | 'r' | 'a' | 'c'),
        ));
    }
    Ok(out)
}

fn convert(
    v: &ExpVal,
    conv: char,
    prec: Option<usize>,
    alt: bool,
    plus: bool,
    space: bool,
) -> Result<String, ExpandError> {
    let sign = |n: i64, digits: String| -> String {
        if n < 0 {
            format!("-{}", digits)
        } else if plus {
            format!("+{}", digits)
        } else if space {
            format!(" {}", digits)
        } else {
            digits
        }
    };
    match conv {
        's' | 'r' | 'a' => {
            let s = match (v, conv) {
                (ExpVal::Str(s), 's') => s.clone(),
                (ExpVal::Str(s), _) => py_repr(s),
                (ExpVal::Int(n), _) => n.to_string(),
            };
            Ok(match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'c' => match v {
            ExpVal::Int(n) => char::from_u32(*n as u32)
                .filter(|_| *n >= 0)
                .map(|c| c.to_string())
                .ok_or_else(|| ExpandError::BadFormat("%c arg not in range(0x110000)".into())),
            ExpVal::Str(s) if s.chars().count() == 1 => Ok(s.clone()),
            ExpVal::Str(_) => Err(ExpandError::BadFormat("%c requires int or char".into())),
        },
        _ => {
            let ExpVal::Int(n) = v else {
                let what = if matches!(conv, 'd' | 'i' | 'u') {
                    format!("%{} format: a real number is required, not str", conv)
                } else if matches!(conv, 'o' | 'x' | 'X') {
                    format!("%{} format: an integer is required, not str", conv)
                } else {
                    "must be real number, not str".to_string()
                };
                return Err(ExpandError::BadFormat(what));
            };
            let n = *n;
            let a = n.unsigned_abs();
            let digits = match conv {
                'd' | 'i' | 'u' => a.to_string(),
                'o' => format!("{}{:o}", if alt { "0o" } else { "" }, a),
                'x' => format!("{}{:x}", if alt { "0x" } else { "" }, a),
                'X' => format!("{}{:X}", if alt { "0X" } else { "" }, a),
                'e' | 'E' => {
                    let s = format!("{:.*e}", prec.unwrap_or(6), a as f64);
                    // Rust prints `1e3`; Python prints `1e+03`.
                    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                    let e: i32 = e.parse().unwrap_or(0);
                    let t = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
                    if conv == 'E' {
                        t.to_uppercase()
                    } else {
                        t
                    }
                }
                'f' | 'F' => format!("{:.*}", prec.unwrap_or(6), a as f64),
                _ => {
                    // %g: integers print without a fraction when they fit the precision.
                    let p = prec.unwrap_or(6).max(1);
                    let s = a.to_string();
                    if s.len() <= p {
                        s
                    } else {
                        let t = format!("{:.*e}", p - 1, a as f64);
                        let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
                        let m = if m.contains('.') {
                            m.trim_end_matches('0').trim_end_matches('.')
                        } else {
                            m
                        };
                        let e: i32 = e.parse().unwrap_or(0);
                        let r = format!("{}e+{:02}", m, e);
                        if conv == 'G' {
                            r.to_uppercase()
                        } else {
                            r
                        }
                    }
                }
            };
            let digits = match (conv, prec) {
                ('d' | 'i' | 'u', Some(p)) if digits.len() < p => {
                    format!("{}{}", "0".repeat(p - digits.len()), digits)
                }
                _ => digits,
            };
            Ok(sign(n, digits))
        }
    }
}

fn pad(body: String, width: usize, left: bool, zero: bool) -> String {
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = width - len;
    if left {
        return format!("{}{}", body, " ".repeat(fill));
    }
    if zero {
        // Zeros go after the sign / radix prefix.
        let mut prefix_len = 0;
        let b = body.as_bytes();
        if !b.is_empty() && matches!(b[0], b'-' | b'+' | b' ') {
            prefix_len = 1;
        }
        if b.len() >= prefix_len + 2
            && b[prefix_len] == b'0'
            && matches!(b[prefix_len + 1], b'x' | b'X' | b'o')
        {
            prefix_len += 2;
        }
        return format!(
            "{}{}{}",
            &body[..prefix_len],
            "0".repeat(fill),
            &body[prefix_len..]
        );
    }
    format!("{}{}", " ".repeat(fill), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp() -> Expansions {
        let mut e = Expansions::new();
        e.insert("program_name".into(), ExpVal::Str("web".into()));
        e.insert("process_num".into(), ExpVal::Int(5));
        e.insert("here".into(), ExpVal::Str("/etc".into()));
        e
    }

    #[test]
    fn plain_and_percent() {
        assert_eq!(format_mapping("a %% b", &exp()).unwrap(), "a % b");
        assert_eq!(
            format_mapping("%(program_name)s-%(process_num)s", &exp()).unwrap(),
            "web-5"
        );
    }

    #[test]
    fn printf_forms() {
        assert_eq!(format_mapping("%(process_num)02d", &exp()).unwrap(), "05");
        assert_eq!(format_mapping("%(process_num)03d", &exp()).unwrap(), "005");
        assert_eq!(
            format_mapping("%(process_num)-3d|", &exp()).unwrap(),
            "5  |"
        );
        assert_eq!(format_mapping("%(process_num)x", &exp()).unwrap(), "5");
        assert_eq!(format_mapping("%(process_num).2f", &exp()).unwrap(), "5.00");
        assert_eq!(
            format_mapping("%(program_name)5s", &exp()).unwrap(),
            "  web"
        );
        assert_eq!(format_mapping("%(program_name)r", &exp()).unwrap(), "'web'");
    }

    #[test]
    fn errors() {
        assert_eq!(
            format_mapping("%(nope)s", &exp()),
            Err(ExpandError::UnknownName("nope".into()))
        );
        assert!(matches!(
            format_mapping("date +%Y", &exp()),
            Err(ExpandError::BadFormat(_))
        ));
        assert!(matches!(
            format_mapping("100%", &exp()),
            Err(ExpandError::BadFormat(_))
        ));
        assert!(matches!(
            format_mapping("%(here", &exp()),
            Err(ExpandError::BadFormat(_))
        ));
        assert!(matches!(
            format_mapping("%(here)d", &exp()),
            Err(ExpandError::BadFormat(_))
        ));
        let msg = expand("%(ENV_NOPE)s", &exp(), "program:x.command").unwrap_err();
        assert!(msg.contains("contains names ('ENV_NOPE') which cannot be expanded. Available names: here, process_num, program_name"), "{}", msg);
        let msg = expand("date +%Y", &exp(), "program:x.command").unwrap_err();
        assert!(msg.starts_with("Format string 'date +%Y' for 'program:x.command' is badly formatted: unsupported format character 'Y'"), "{}", msg);
    }
}
