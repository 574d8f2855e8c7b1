//! The start order `depends_on` makes, in layers: a program's layer is one more than the
//! highest layer of what it depends on, so every program of a layer can start once the
//! layers before it reached what it waits for (`supervisord check` prints them).

use std::collections::BTreeMap;

use super::Dependency;

/// One layer: `(program, its dependencies)`, by name.
pub type Layer = Vec<(String, Vec<Dependency>)>;

/// The layers of `programs` (name → dependencies), first layer first. Names a program
/// depends on that are not in `programs` count as layer 0; a cycle (rejected by the config
/// reader) is cut where it closes.
pub fn layers(programs: &BTreeMap<String, Vec<Dependency>>) -> Vec<Layer> {
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    for name in programs.keys() {
        layer_of(name, programs, &mut depth, 0);
    }
    let mut out: Vec<Layer> = Vec::new();
    for (name, deps) in programs {
        let d = depth.get(name.as_str()).copied().unwrap_or(0);
        if out.len() <= d {
            out.resize_with(d + 1, Vec::new);
        }
        out[d].push((name.clone(), deps.clone()));
    }
    out
}

/// The layers as `check` prints them (empty when no program has dependencies).
pub fn render(programs: &BTreeMap<String, Vec<Dependency>>) -> String {
    if programs.values().all(Vec::is_empty) {
        return String::new();
    }
    let mut out = String::from(
        "start order with depends_on, in layers (a layer starts once what it waits for is reached):\n",
    );
    for (i, layer) in layers(programs).iter().enumerate() {
        let items: Vec<String> = layer
            .iter()
            .map(|(name, deps)| {
                if deps.is_empty() {
                    name.clone()
                } else {
                    let after: Vec<String> = deps.iter().map(|d| d.to_string()).collect();
                    format!("{name} (after {})", after.join(", "))
                }
            })
            .collect();
        out.push_str(&format!("  {}: {}\n", i + 1, items.join(", ")));
    }
    out
}

fn layer_of<'a>(
    name: &'a str,
    programs: &'a BTreeMap<String, Vec<Dependency>>,
    depth: &mut BTreeMap<&'a str, usize>,
    guard: usize,
) -> usize {
    if let Some(&d) = depth.get(name) {
        return d;
    }
    let Some((key, deps)) = programs.get_key_value(name) else {
        return 0;
    };
    let mut d = 0;
    if guard < programs.len() {
        for dep in deps {
            if programs.contains_key(&dep.program) {
                d = d.max(layer_of(&dep.program, programs, depth, guard + 1) + 1);
            }
        }
    }
    depth.insert(key.as_str(), d);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_come_in_earlier_layers() {
        let mut p: BTreeMap<String, Vec<Dependency>> = BTreeMap::new();
        p.insert(
            "app".into(),
            vec!["db:ready".into(), "migrate:exited".into()],
        );
        p.insert("db".into(), vec![]);
        p.insert("migrate".into(), vec!["db".into()]);
        p.insert("cache".into(), vec![]);
        let l = layers(&p);
        let names: Vec<Vec<&str>> = l
            .iter()
            .map(|layer| layer.iter().map(|(n, _)| n.as_str()).collect())
            .collect();
        assert_eq!(names, [vec!["cache", "db"], vec!["migrate"], vec!["app"]]);
        assert_eq!(l[2][0].1[1].to_string(), "migrate:exited");
    }
}
