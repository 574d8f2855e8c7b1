//! Namespec helpers as in Python's `supervisor.options` and the info accessors.

use crate::rpc::Value;

/// `group:name`, or `name` when both are equal (`make_namespec`).
pub fn make_namespec(group: &str, name: &str) -> String {
    if group == name {
        name.to_string()
    } else {
        format!("{group}:{name}")
    }
}

/// `(group, Some(process))`, or `(group, None)` for `group:` / `group:*` (`split_namespec`).
pub fn split_namespec(spec: &str) -> (String, Option<String>) {
    match spec.split_once(':') {
        Some((g, p)) if p.is_empty() || p == "*" => (g.to_string(), None),
        Some((g, p)) => (g.to_string(), Some(p.to_string())),
        None => (spec.to_string(), Some(spec.to_string())),
    }
}

/// A string field of a struct (`""` if absent).
pub fn text(v: &Value, key: &str) -> String {
    match v {
        Value::Struct(m) => match m.get(key) {
            Some(Value::Str(s)) => s.clone(),
            Some(Value::Int(i)) => i.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

/// An int field of a struct (0 if absent; booleans count as 0/1).
pub fn int(v: &Value, key: &str) -> i64 {
    match v {
        Value::Struct(m) => match m.get(key) {
            Some(Value::Int(i)) => *i,
            Some(Value::Bool(b)) => i64::from(*b),
            _ => 0,
        },
        _ => 0,
    }
}

/// The namespec of a process info / result struct.
pub fn spec_of(v: &Value) -> String {
    make_namespec(&text(v, "group"), &text(v, "name"))
}

/// Pads like Python's `'%-Ns'` (by characters).
pub fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespecs() {
        assert_eq!(split_namespec("a"), ("a".into(), Some("a".into())));
        assert_eq!(split_namespec("g:*"), ("g".into(), None));
        assert_eq!(split_namespec("g:"), ("g".into(), None));
        assert_eq!(split_namespec("g:p:q"), ("g".into(), Some("p:q".into())));
        assert_eq!(make_namespec("g", "g"), "g");
        assert_eq!(make_namespec("g", "p"), "g:p");
        assert_eq!(pad("é", 3), "é  ");
    }
}
