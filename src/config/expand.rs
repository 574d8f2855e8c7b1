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
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let spec = Spec::parse(&chars, &mut i)?;
        if spec.conv == '%' && spec.key.is_none() {
            out.push('%');
            continue;
        }
        let Some(key) = &spec.key else {
            // `%s` with a mapping argument: Python formats the whole dict; nobody wants that.
            return Err(ExpandError::BadFormat("format requires a mapping".into()));
        };
        let Some(v) = lookup(key) else {
            return Err(ExpandError::UnknownName(key.clone()));
        };
        if spec.conv == '%' {
            // Python 3.11 looks the key up, then emits a plain `%`.
            out.push('%');
            continue;
        }
        let body = spec.convert(v)?;
        out.push_str(&pad(
            body,
            spec.width,
            spec.left,
            spec.zero && !matches!(spec.conv, 's' | 'r' | 'a' | 'c'),
        ));
    }
    Ok(out)
}

/// One conversion specifier: `%(key)` flags, width, precision, length modifier, type.
struct Spec {
    key: Option<String>,
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alt: bool,
    width: usize,
    prec: Option<usize>,
    conv: char,
}

/// Reads decimal digits at `chars[*i..]` (saturating).
fn digits_at(chars: &[char], i: &mut usize) -> usize {
    let mut n = 0usize;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add(chars[*i] as usize - '0' as usize);
        *i += 1;
    }
    n
}

impl Spec {
    /// Parses the specifier after a `%` at `chars[*i..]`, leaving `*i` after its type.
    fn parse(chars: &[char], i: &mut usize) -> Result<Spec, ExpandError> {
        let bad = |why: &str| Err(ExpandError::BadFormat(why.into()));
        if *i >= chars.len() {
            return bad("incomplete format");
        }
        // Mapping key with balanced parentheses.
        let mut key = None;
        if chars[*i] == '(' {
            let mut depth = 1;
            let start = *i + 1;
            *i += 1;
            while *i < chars.len() && depth > 0 {
                match chars[*i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                *i += 1;
            }
            if depth > 0 {
                return bad("incomplete format key");
            }
            key = Some(chars[start..*i - 1].iter().collect());
        }
        let mut spec = Spec {
            key,
            left: false,
            zero: false,
            plus: false,
            space: false,
            alt: false,
            width: 0,
            prec: None,
            conv: '%',
        };
        while *i < chars.len() {
            match chars[*i] {
                '-' => spec.left = true,
                '0' => spec.zero = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                _ => break,
            }
            *i += 1;
        }
        if *i < chars.len() && chars[*i] == '*' {
            return bad("* wants int");
        }
        spec.width = digits_at(chars, i);
        if *i < chars.len() && chars[*i] == '.' {
            *i += 1;
            if *i < chars.len() && chars[*i] == '*' {
                return bad("* wants int");
            }
            spec.prec = Some(digits_at(chars, i));
        }
        if spec.width > 100_000 || spec.prec.is_some_and(|p| p > 100_000) {
            return bad("width too big");
        }
        while *i < chars.len() && matches!(chars[*i], 'h' | 'l' | 'L') {
            *i += 1;
        }
        if *i >= chars.len() {
            return bad("incomplete format");
        }
        spec.conv = chars[*i];
        *i += 1;
        if spec.conv != '%' && !"diouxXeEfFgGcrsa".contains(spec.conv) {
            return Err(ExpandError::BadFormat(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                spec.conv,
                spec.conv as u32,
                *i - 1
            )));
        }
        Ok(spec)
    }

    /// The converted value before padding.
    fn convert(&self, v: &ExpVal) -> Result<String, ExpandError> {
        let conv = self.conv;
        match conv {
            's' | 'r' | 'a' => {
                let s = match (v, conv) {
                    (ExpVal::Str(s), 's') => s.clone(),
                    (ExpVal::Str(s), _) => py_repr(s),
                    (ExpVal::Int(n), _) => n.to_string(),
                };
                Ok(match self.prec {
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
                Ok(self.signed(*n, self.number(n.unsigned_abs())))
            }
        }
    }

    /// The digits of the magnitude `a` for a numeric conversion.
    fn number(&self, a: u64) -> String {
        let (conv, alt, prec) = (self.conv, self.alt, self.prec);
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
            _ => general(a, prec, conv == 'G'),
        };
        match (conv, prec) {
            ('d' | 'i' | 'u', Some(p)) if digits.len() < p => {
                format!("{}{}", "0".repeat(p - digits.len()), digits)
            }
            _ => digits,
        }
    }

    /// `digits` with the sign of `n` (or the `+`/space flag).
    fn signed(&self, n: i64, digits: String) -> String {
        if n < 0 {
            format!("-{}", digits)
        } else if self.plus {
            format!("+{}", digits)
        } else if self.space {
            format!(" {}", digits)
        } else {
            digits
        }
    }
}

/// `%g`/`%G` of a magnitude: integers print without a fraction when they fit the
/// precision.
fn general(a: u64, prec: Option<usize>, upper: bool) -> String {
    let p = prec.unwrap_or(6).max(1);
    let s = a.to_string();
    if s.len() <= p {
        return s;
    }
    let t = format!("{:.*e}", p - 1, a as f64);
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let m = if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    };
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{}e+{:02}", m, e);
    if upper {
        r.to_uppercase()
    } else {
        r
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
