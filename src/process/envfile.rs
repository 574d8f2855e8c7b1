//! Go-port extension `env_files=`: dotenv files merged into a program's environment at
//! spawn time (`KEY=value`, `export KEY=value`, `#` comments, optional quotes).

use std::path::Path;

/// Parses dotenv text into `(key, value)` pairs, in file order.
pub fn parse(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let k = k.trim();
        if k.is_empty() {
            continue;
        }
        let v = v.trim();
        let v = if v.len() >= 2
            && ((v.starts_with('"') && v.ends_with('"'))
                || (v.starts_with('\'') && v.ends_with('\'')))
        {
            &v[1..v.len() - 1]
        } else {
            v
        };
        out.push((k.to_string(), v.to_string()));
    }
    out
}

/// Reads and parses one dotenv file; the error is the spawnerr text.
pub fn load(path: &Path) -> Result<Vec<(String, String)>, String> {
    std::fs::read_to_string(path)
        .map(|t| parse(&t))
        .map_err(|e| format!("can't read env file '{}': {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dotenv_lines() {
        let got = parse("# c\nA=1\nexport B = \"two words\"\nC='x=y'\nbad line\n=v\nD=\n");
        let want: Vec<(String, String)> = [("A", "1"), ("B", "two words"), ("C", "x=y"), ("D", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn missing_file_is_a_spawn_error() {
        let e = load(Path::new("/nonexistent/.env")).unwrap_err();
        assert!(
            e.starts_with("can't read env file '/nonexistent/.env'"),
            "{e}"
        );
    }
}
