//! The one sha256 type every stage uses, and the hashing that makes it: 32 bytes inside,
//! lowercase hex (a file's, a blob's or the evidence's sha256) or an OCI digest (`sha256:` +
//! hex: a layer's digest and diff_id, as the image spec writes them) only where it is written
//! out or read in.

use std::fmt;
use std::io::{self, Read};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

/// A sha256 value. Shown, serialised and parsed as 64 lowercase hex digits; the binary formats
/// (the layer cache's postcard) hold the 32 bytes as they always did.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sha256Sum([u8; 32]);

/// The same value as an OCI digest: `sha256:<64 lowercase hex>` wherever it is written or read
/// (in every serde format: the layer cache kept these as strings).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OciDigest(Sha256Sum);

/// Text that is not a sha256 in the form asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestError {
    #[error("{0:?} is not 64 lowercase hex digits")]
    NotHex(String),
    #[error("{0:?} is not a sha256:<64 lowercase hex> digest")]
    NotDigest(String),
}

impl Sha256Sum {
    /// sha256 of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Sha256Sum(Sha256::digest(bytes).into())
    }

    /// Only the lowercase form: a hex string is used as a file or member name once it parses,
    /// so no second spelling of one value may pass.
    pub fn from_hex(hex: &str) -> Result<Self, DigestError> {
        let mut bytes = [0u8; 32];
        if !is_sha256_hex(hex) || hex::decode_to_slice(hex, &mut bytes).is_err() {
            return Err(DigestError::NotHex(hex.chars().take(80).collect()));
        }
        Ok(Sha256Sum(bytes))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub fn digest(self) -> OciDigest {
        OciDigest(self)
    }
}

impl OciDigest {
    /// sha256 of `bytes`, as a digest.
    pub fn of(bytes: &[u8]) -> Self {
        OciDigest(Sha256Sum::of(bytes))
    }

    pub fn sum(self) -> Sha256Sum {
        self.0
    }

    /// Whether a digest as the input wrote it (a descriptor, a name, `rootfs.diff_ids`: text
    /// that may be anything) names this one.
    pub fn is_claimed_by(self, claim: &str) -> bool {
        claim.parse() == Ok(self)
    }
}

impl FromStr for Sha256Sum {
    type Err = DigestError;

    fn from_str(hex: &str) -> Result<Self, DigestError> {
        Sha256Sum::from_hex(hex)
    }
}

impl FromStr for OciDigest {
    type Err = DigestError;

    /// Other algorithms, uppercase, short or path-like text are refused: a digest names a blob
    /// only once valid.
    fn from_str(digest: &str) -> Result<Self, DigestError> {
        let sum = digest.strip_prefix("sha256:").and_then(|hex| Sha256Sum::from_hex(hex).ok());
        sum.map(OciDigest).ok_or_else(|| DigestError::NotDigest(digest.chars().take(80).collect()))
    }
}

impl fmt::Display for Sha256Sum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut hex = [0u8; 64];
        // Cannot fail: the buffer is twice the bytes.
        hex::encode_to_slice(self.0, &mut hex).map_err(|_| fmt::Error)?;
        f.pad(std::str::from_utf8(&hex).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Display for OciDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("sha256:{}", self.0))
    }
}

impl fmt::Debug for Sha256Sum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256Sum({self})")
    }
}

impl fmt::Debug for OciDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OciDigest({self})")
    }
}

impl Serialize for Sha256Sum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            self.0.serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for Sha256Sum {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            Sha256Sum::from_hex(&text).map_err(serde::de::Error::custom)
        } else {
            <[u8; 32]>::deserialize(deserializer).map(Sha256Sum)
        }
    }
}

impl Serialize for OciDigest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OciDigest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

/// sha256 of a sequence of texts, each length-prefixed so that no two sequences collide: what
/// identifies a rule, detector or indicator pack by the sources it was built from.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a str>) -> Sha256Sum {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    Sha256Sum(hasher.finalize().into())
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

    /// sha256 and byte count of everything read so far.
    pub fn finish(self) -> (Sha256Sum, u64) {
        (Sha256Sum(self.hasher.finalize().into()), self.count)
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

/// Writes through while hashing: the sha256 of what was written, once `finish`ed.
pub struct Hasher(Sha256);

impl Hasher {
    pub fn new() -> Self {
        Hasher(Sha256::new())
    }

    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub fn finish(self) -> Sha256Sum {
        Sha256Sum(self.0.finalize().into())
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Hasher::new()
    }
}

/// 64 lowercase hex digits: the shape of a sha256, and of the ids engines name files by.
pub fn is_sha256_hex(hex: &str) -> bool {
    hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_validation_rejects_hostile_forms() {
        let good = format!("sha256:{}", "a".repeat(64));
        assert_eq!(good.parse::<OciDigest>().map(|d| d.to_string()), Ok(good.clone()));
        assert!("sha256:../../etc/passwd".parse::<OciDigest>().is_err());
        assert!(format!("sha256:{}", "A".repeat(64)).parse::<OciDigest>().is_err());
        assert!(format!("sha256:{}", "a".repeat(63)).parse::<OciDigest>().is_err());
        assert!(format!("sha512:{}", "a".repeat(64)).parse::<OciDigest>().is_err());
        assert!("a".repeat(64).parse::<OciDigest>().is_err(), "a digest needs its algorithm");
        assert!(good.parse::<Sha256Sum>().is_err(), "hex has none");
        assert_eq!(Sha256Sum::from_hex(&"A".repeat(64)), Err(DigestError::NotHex("A".repeat(64))));
    }

    #[test]
    fn the_wire_forms_are_hex_and_the_oci_digest() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let sum = Sha256Sum::of(b"");
        assert_eq!(sum.to_string(), empty);
        assert_eq!(sum.digest().to_string(), format!("sha256:{empty}"));
        assert_eq!(serde_json::to_string(&sum).ok(), Some(format!("\"{empty}\"")));
        assert_eq!(serde_json::to_string(&sum.digest()).ok(), Some(format!("\"sha256:{empty}\"")));
        assert_eq!(serde_json::from_str::<Sha256Sum>(&format!("\"{empty}\"")).ok(), Some(sum));
        assert_eq!(serde_json::from_str::<OciDigest>(&format!("\"sha256:{empty}\"")).ok(), Some(sum.digest()));
        assert!(serde_json::from_str::<Sha256Sum>("\"sha256:00\"").is_err());
        assert_eq!(format!("{:.12}", sum.to_string()), &empty[..12]);
    }

    #[test]
    fn binary_formats_keep_the_bytes() {
        // The layer cache's format: the 32 bytes as an array, the digest as its string.
        let sum = Sha256Sum::of(b"x");
        assert_eq!(postcard::to_stdvec(&sum).ok(), postcard::to_stdvec(sum.as_bytes()).ok());
        assert_eq!(postcard::to_stdvec(&sum.digest()).ok(), postcard::to_stdvec(&format!("sha256:{sum}")).ok());
        let back: Option<Sha256Sum> = postcard::to_stdvec(&sum).ok().and_then(|bytes| postcard::from_bytes(&bytes).ok());
        assert_eq!(back, Some(sum));
    }
}
