//! The members of a struct value, in the order they were put in: XML-RPC answers list them
//! in Python's order (a `dict` keeps insertion order), which strict clients depend on. Keys
//! are unique (a later insert replaces); lookups are linear, as structs are small — parsers
//! of untrusted input collect through [`Fields::from_iter`], which deduplicates in one pass.

use std::collections::{BTreeMap, HashMap};

use super::Value;

/// A struct's members, in insertion order, keys unique.
#[derive(Debug, Clone, Default)]
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    pub fn new() -> Fields {
        Fields(Vec::new())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key`, keeping its place when it exists; the old value, if any.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        let key = key.into();
        match self.get_mut(&key) {
            Some(v) => Some(std::mem::replace(v, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    /// The members in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The members sorted by key (canonical JSON).
    pub fn sorted(&self) -> Vec<(&String, &Value)> {
        let mut v: Vec<_> = self.iter().collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Equal when they hold the same members, whatever their order.
impl PartialEq for Fields {
    fn eq(&self, other: &Fields) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Into<String>> FromIterator<(K, Value)> for Fields {
    /// Collects members; a repeated key keeps its first place and its last value. Up to
    /// `LINEAR_MEMBERS` members a repeat is found by a linear scan (no index to build:
    /// the structs the daemon answers with are that small); beyond, through a hash index,
    /// so a large untrusted struct costs O(members).
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(iter: I) -> Fields {
        let iter = iter.into_iter();
        let mut out: Vec<(String, Value)> = Vec::with_capacity(iter.size_hint().0);
        let mut at: Option<HashMap<String, usize>> = None;
        for (k, v) in iter {
            let k = k.into();
            let found = match &at {
                Some(index) => index.get(&k).copied(),
                None => out.iter().position(|(ek, _)| *ek == k),
            };
            match found {
                Some(i) => out[i].1 = v,
                None => {
                    if let Some(index) = &mut at {
                        index.insert(k.clone(), out.len());
                    } else if out.len() == LINEAR_MEMBERS {
                        let mut index: HashMap<String, usize> = out
                            .iter()
                            .enumerate()
                            .map(|(i, (ek, _))| (ek.clone(), i))
                            .collect();
                        index.insert(k.clone(), out.len());
                        at = Some(index);
                    }
                    out.push((k, v));
                }
            }
        }
        Fields(out)
    }
}

/// Members a struct collects without a hash index (see `from_iter`).
const LINEAR_MEMBERS: usize = 32;

impl From<BTreeMap<String, Value>> for Fields {
    fn from(m: BTreeMap<String, Value>) -> Fields {
        Fields(m.into_iter().collect())
    }
}

impl IntoIterator for Fields {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl std::ops::Index<&str> for Fields {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        static NIL: Value = Value::Nil;
        self.get(key).unwrap_or(&NIL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertion_order_is_kept_and_keys_stay_unique() {
        let mut f = Fields::new();
        f.insert("b", Value::Int(1));
        f.insert("a", Value::Int(2));
        f.insert("b", Value::Int(3));
        let keys: Vec<&String> = f.keys().collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(f["b"], Value::Int(3));
        let sorted: Vec<&String> = f.sorted().into_iter().map(|(k, _)| k).collect();
        assert_eq!(sorted, ["a", "b"]);
        let g: Fields = [
            ("a", Value::Int(2)),
            ("b", Value::Int(0)),
            ("b", Value::Int(3)),
        ]
        .into_iter()
        .collect();
        assert_eq!(f, g);
        assert_eq!(g.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(f.remove("b"), Some(Value::Int(3)));
        assert!(!f.contains_key("b"));
    }

    #[test]
    fn a_large_struct_deduplicates_through_its_index() {
        let n = LINEAR_MEMBERS as i64 * 3;
        let members = (0..n)
            .map(|i| (format!("k{i}"), Value::Int(i)))
            .chain((0..n).map(|i| (format!("k{i}"), Value::Int(-i))));
        let f: Fields = members.collect();
        assert_eq!(f.len() as i64, n);
        assert_eq!(f["k0"], Value::Int(0));
        assert_eq!(f[&format!("k{}", n - 1)], Value::Int(1 - n));
        assert_eq!(f.keys().next().map(String::as_str), Some("k0"));
        assert_eq!(f.keys().last(), Some(&format!("k{}", n - 1)));
    }
}
