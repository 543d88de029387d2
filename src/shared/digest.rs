//! sha256 helpers shared by every stage: a hashing reader and digest-string validation.

use std::io::{self, Read};

use sha2::{Digest, Sha256};

/// sha256 of a sequence of texts, each length-prefixed so that no two sequences collide: what
/// identifies a rule, detector or indicator pack by the sources it was built from.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a str>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

/// Passes bytes through while hashing and counting them.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader { inner, hasher: Sha256::new(), count: 0 }
    }

    /// Hex sha256 and byte count of everything read so far.
    pub fn finish(self) -> (String, u64) {
        (hex::encode(self.hasher.finalize()), self.count)
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// The lowercase hex of a `sha256:<64 hex>` digest, or None for anything else (other
/// algorithms, uppercase, short, path characters): a digest is only used as a name once valid.
pub fn sha256_hex(digest: &str) -> Option<&str> {
    let hex = digest.strip_prefix("sha256:")?;
    is_sha256_hex(hex).then_some(hex)
}

pub fn is_sha256_hex(hex: &str) -> bool {
    hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_validation_rejects_hostile_forms() {
        let good = format!("sha256:{}", "a".repeat(64));
        assert_eq!(sha256_hex(&good), Some("a".repeat(64).as_str()));
        assert_eq!(sha256_hex("sha256:../../etc/passwd"), None);
        assert_eq!(sha256_hex(&format!("sha256:{}", "A".repeat(64))), None);
        assert_eq!(sha256_hex(&format!("sha256:{}", "a".repeat(63))), None);
        assert_eq!(sha256_hex(&format!("sha512:{}", "a".repeat(64))), None);
    }
}
