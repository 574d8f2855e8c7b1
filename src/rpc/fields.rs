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
    /// Collects members; a repeated key keeps its first place and its last value.
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(iter: I) -> Fields {
        let mut out: Vec<(String, Value)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for (k, v) in iter {
            let k = k.into();
            match at.get(&k) {
                Some(&i) => out[i].1 = v,
                None => {
                    at.insert(k.clone(), out.len());
                    out.push((k, v));
                }
            }
        }
        Fields(out)
    }
}

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
}
