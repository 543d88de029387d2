//! Paths from tar headers are bytes, not text: keep them losslessly in every output.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// An image path as raw bytes. Serialises as a string when it is UTF-8, otherwise as
/// `{"text": <escaped>, "hex": <raw bytes>}` so nothing is lost or confused.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathRepr(pub Vec<u8>);

impl PathRepr {
    /// Human-readable form: invalid UTF-8 bytes and control characters as `\xNN`.
    pub fn display(&self) -> String {
        display_bytes(&self.0)
    }
}

pub fn display_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                out.extend(format!("\\x{:02x}", c as u32).chars());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

impl Serialize for PathRepr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(&self.0) {
            Ok(text) => serializer.serialize_str(text),
            Err(_) => {
                let mut state = serializer.serialize_struct("PathRepr", 2)?;
                state.serialize_field("text", &self.display())?;
                state.serialize_field("hex", &hex::encode(&self.0))?;
                state.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_utf8_paths_keep_their_bytes() {
        let path = PathRepr(b"/tmp/\xff\x01a".to_vec());
        let json = serde_json::to_value(&path).unwrap();
        assert_eq!(json["text"], "/tmp/\\xff\\x01a");
        assert_eq!(json["hex"], hex::encode(b"/tmp/\xff\x01a"));
        assert_eq!(serde_json::to_value(PathRepr(b"/etc/passwd".to_vec())).unwrap(), "/etc/passwd");
    }
}
