//! The JSON members of an image (manifest.json, index.json, manifests, configs, `repositories`)
//! read into `serde_json::Value` with the bounds applied while parsing: an array or object past
//! its bound is skipped and counted, not built; a string past its bound is cut. So a config of
//! a million history entries costs what ten thousand do. Keys that appear twice in one object
//! are noted: the last value is kept, as Go's encoding/json (Docker, containerd) keeps it.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::shared::anomaly::Anomaly;
use crate::shared::limits::Limits;

/// Where a value sits in the document, built on the stack as the parser descends.
#[derive(Clone, Copy)]
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn key(&self) -> Option<&str> {
        match self {
            Path::Key(_, key) => Some(key),
            _ => None,
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("(top)"),
            Path::Key(Path::Root, key) => write!(f, "{key}"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(Path::Root, index) => write!(f, "[{index}]"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Which bound a list or string met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    History,
    Layers,
    Items,
    ValueBytes,
}

impl Bound {
    fn kind(self) -> &'static str {
        match self {
            Bound::History => "too-many-history-entries",
            Bound::Layers => "too-many-layers",
            Bound::Items => "too-many-json-items",
            Bound::ValueBytes => "json-value-too-long",
        }
    }

    fn flag(self) -> &'static str {
        match self {
            Bound::History => "--max-history",
            Bound::Layers => "--max-layers",
            Bound::Items => "--max-json-items",
            Bound::ValueBytes => "--max-json-value-bytes",
        }
    }
}

/// Something the reader noticed in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// `path` (an object's key) appears more than once; the last value was kept.
    DuplicateKey { path: String, values_differ: bool },
    /// `path` holds `total` items (or bytes, for a string); the first `kept` were kept.
    Cut { path: String, bound: Bound, total: u64, kept: u64 },
}

/// Notes kept per document; the rest are counted.
const NOTES_KEPT: usize = 32;

struct Reader<'l> {
    limits: &'l Limits,
    notes: Vec<Note>,
    more_notes: u64,
}

impl Reader<'_> {
    fn note(&mut self, note: Note) {
        if self.notes.len() < NOTES_KEPT {
            self.notes.push(note);
        } else {
            self.more_notes += 1;
        }
    }

    /// The bound on the items of the list or object at `path`, by the key that names it.
    fn items_bound(&self, path: &Path) -> (Bound, usize) {
        match path.key() {
            Some("history") => (Bound::History, self.limits.max_history),
            Some("Layers" | "layers" | "diff_ids") => (Bound::Layers, self.limits.max_layers),
            _ => (Bound::Items, self.limits.max_json_items),
        }
    }
}

struct Node<'r, 'l, 'p> {
    reader: &'r mut Reader<'l>,
    path: Path<'p>,
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_, '_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, '_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        let limit = self.reader.limits.max_json_value_bytes;
        if v.len() <= limit {
            return Ok(Value::String(v.to_string()));
        }
        let mut end = limit;
        while !v.is_char_boundary(end) {
            end -= 1;
        }
        self.reader.note(Note::Cut { path: self.path.to_string(), bound: Bound::ValueBytes, total: v.len() as u64, kept: end as u64 });
        Ok(Value::String(v[..end].to_string()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let (bound, limit) = self.reader.items_bound(&self.path);
        let mut items = Vec::new();
        while items.len() < limit {
            let seed = Node { reader: &mut *self.reader, path: Path::Index(&self.path, items.len()) };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
        // Past the bound: parsed (the document must still be valid JSON) but not kept.
        let mut skipped: u64 = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            skipped += 1;
        }
        if skipped > 0 {
            let kept = items.len() as u64;
            self.reader.note(Note::Cut { path: self.path.to_string(), bound, total: kept + skipped, kept });
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let (bound, limit) = self.reader.items_bound(&self.path);
        let mut object = Map::new();
        let mut skipped: u64 = 0;
        while let Some(key) = map.next_key::<String>()? {
            if object.len() >= limit && !object.contains_key(&key) {
                map.next_value::<IgnoredAny>()?;
                skipped += 1;
                continue;
            }
            let value = map.next_value_seed(Node { reader: &mut *self.reader, path: Path::Key(&self.path, &key) })?;
            if let Some(earlier) = object.insert(key.clone(), value) {
                let values_differ = object.get(&key) != Some(&earlier);
                self.reader.note(Note::DuplicateKey { path: Path::Key(&self.path, &key).to_string(), values_differ });
            }
        }
        if skipped > 0 {
            let kept = object.len() as u64;
            self.reader.note(Note::Cut { path: self.path.to_string(), bound, total: kept + skipped, kept });
        }
        Ok(Value::Object(object))
    }
}

/// Parses one JSON document under the bounds; the notes say what was cut or ambiguous.
pub fn parse(bytes: &[u8], limits: &Limits) -> Result<(Value, Vec<Note>, u64), serde_json::Error> {
    let mut reader = Reader { limits, notes: Vec::new(), more_notes: 0 };
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Node { reader: &mut reader, path: Path::Root }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok((value, reader.notes, reader.more_notes))
}

/// The report's words on the notes of `member`.
pub fn anomalies(member: &str, notes: &[Note], more: u64, limits: &Limits) -> Vec<Anomaly> {
    let mut anomalies: Vec<Anomaly> = notes
        .iter()
        .map(|note| match note {
            Note::DuplicateKey { path, values_differ } => Anomaly::new(
                "json-duplicate-key",
                format!(
                    "{member}: key {path} appears more than once{}; layerhound takes the last, as Go's encoding/json (Docker, \
                     containerd) does; a reader that takes the first (streaming look-ups such as simdjson's) or refuses \
                     duplicates (serde-derived structs) sees {}",
                    if *values_differ { " with different values" } else { " (with the same value)" },
                    if *values_differ { "a different image" } else { "the same value or nothing at all" }
                ),
            ),
            Note::Cut { path, bound: Bound::ValueBytes, total, kept } => Anomaly::new(
                Bound::ValueBytes.kind(),
                format!(
                    "{member}: {path} is {total} bytes, over the limit of {} ({}); its first {kept} bytes are kept and scanned",
                    limits.max_json_value_bytes,
                    Bound::ValueBytes.flag()
                ),
            ),
            Note::Cut { path, bound, total, kept } => Anomaly::new(
                bound.kind(),
                format!(
                    "{member}: {path} holds {total} items, over the limit of {kept} ({}); the first {kept} are kept, the rest only counted{}",
                    bound.flag(),
                    if *bound == Bound::Layers { ": the image is read from its first layers only, its top layers are missing" } else { "" }
                ),
            ),
        })
        .collect();
    if more > 0 {
        anomalies.push(Anomaly::new("too-many-json-items", format!("{member}: {more} more duplicate keys or cut values not listed")));
    }
    anomalies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_past_their_bound_are_counted_not_kept_and_duplicates_noted() {
        let limits = Limits { max_history: 2, max_json_items: 3, max_json_value_bytes: 4, ..Limits::default() };
        let text =
            br#"{"history":[{},{},{},{}],"config":{"Env":["a","b","c","d","e"],"Env":["x"],"User":"rootroot"},"rootfs":1,"rootfs":1}"#;
        let (value, notes, more) = parse(text, &limits).unwrap();
        assert_eq!(value["history"].as_array().unwrap().len(), 2);
        assert_eq!(value["config"]["Env"], serde_json::json!(["x"]));
        assert_eq!(value["config"]["User"], "root");
        assert_eq!(more, 0);
        assert_eq!(
            notes,
            [
                Note::Cut { path: "history".into(), bound: Bound::History, total: 4, kept: 2 },
                Note::Cut { path: "config.Env".into(), bound: Bound::Items, total: 5, kept: 3 },
                Note::DuplicateKey { path: "config.Env".into(), values_differ: true },
                Note::Cut { path: "config.User".into(), bound: Bound::ValueBytes, total: 8, kept: 4 },
                Note::DuplicateKey { path: "rootfs".into(), values_differ: false },
            ]
        );
    }

    #[test]
    fn invalid_json_past_a_bound_is_still_an_error() {
        let limits = Limits { max_history: 1, ..Limits::default() };
        assert!(parse(br#"{"history":[{},{},]}"#, &limits).is_err());
        assert!(parse(br#"{"a":1} trailing"#, &limits).is_err());
    }
}
