//! A read-only reader of bbolt database files (go.etcd.io/bbolt: containerd's metadata, libpod's
//! state), from
//! the file's bytes alone: the newer of the two meta pages whose checksum holds, then buckets as
//! B+trees of branch and leaf pages (inline buckets inside their parent's value): only what
//! containerd's stores need, nested buckets and their key/values (see ARCHITECTURE.md for why
//! not the bbolt-rs crate).
//! Every page number, offset and length is checked against the file; a loop or a depth past
//! [`MAX_DEPTH`] is an error, never a hang.

use std::collections::HashSet;

const MAGIC: u32 = 0xED0C_DAED;
const BRANCH: u16 = 0x01;
const LEAF: u16 = 0x02;
const META: u16 = 0x04;
/// A leaf element whose value is a bucket.
const BUCKET_LEAF: u32 = 0x01;
const PAGE_HEADER: usize = 16;
const ELEMENT: usize = 16;
/// Deeper than any real tree (bbolt's pages hold dozens of keys each).
const MAX_DEPTH: usize = 64;
/// A database read whole: larger than any engine writes for a host's images and containers.
pub const MAX_DB_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("bbolt: {0}")]
pub struct BoltError(String);

fn bad(message: impl Into<String>) -> BoltError {
    BoltError(message.into())
}

pub struct Db<'b> {
    bytes: &'b [u8],
    page_size: usize,
    root: u64,
}

/// A bucket: its root page, or its own inline page.
#[derive(Clone, Copy)]
pub enum Bucket<'b> {
    Page(u64),
    Inline(&'b [u8]),
}

/// A key and what it holds.
pub enum Value<'b> {
    Bytes(&'b [u8]),
    Bucket(Bucket<'b>),
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, BoltError> {
    bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or_else(|| bad(format!("offset {at} past the end")))
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, BoltError> {
    let b = bytes.get(at..at + 4).ok_or_else(|| bad(format!("offset {at} past the end")))?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u64_at(bytes: &[u8], at: usize) -> Result<u64, BoltError> {
    let b = bytes.get(at..at + 8).ok_or_else(|| bad(format!("offset {at} past the end")))?;
    let mut word = [0u8; 8];
    word.copy_from_slice(b);
    Ok(u64::from_le_bytes(word))
}

/// FNV-1a 64, bbolt's meta checksum.
fn fnv64a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

impl<'b> Db<'b> {
    pub fn open(bytes: &'b [u8]) -> Result<Db<'b>, BoltError> {
        // The first meta page tells the page size; the second sits one page further.
        let meta = |offset: usize| -> Result<(u64, usize, u64), BoltError> {
            let flags = u16_at(bytes, offset + 8)?;
            let data = offset + PAGE_HEADER;
            if flags & META == 0 || u32_at(bytes, data)? != MAGIC {
                return Err(bad("no meta page (not a bbolt file)"));
            }
            let page_size = u32_at(bytes, data + 8)? as usize;
            let root = u64_at(bytes, data + 16)?;
            let txid = u64_at(bytes, data + 48)?;
            let sum = u64_at(bytes, data + 56)?;
            let covered = bytes.get(data..data + 56).ok_or_else(|| bad("meta page cut short"))?;
            if fnv64a(covered) != sum {
                return Err(bad("meta page checksum mismatch"));
            }
            Ok((txid, page_size, root))
        };
        let first = meta(0);
        let size = match &first {
            Ok((_, size, _)) => *size,
            Err(_) => u32_at(bytes, PAGE_HEADER + 8)? as usize,
        };
        if !(512..=1 << 20).contains(&size) || !size.is_power_of_two() {
            return Err(bad(format!("page size {size} is not one bbolt writes")));
        }
        let second = meta(size);
        let (_, page_size, root) = match (first, second) {
            (Ok(a), Ok(b)) => {
                if b.0 > a.0 {
                    b
                } else {
                    a
                }
            }
            (Ok(a), Err(_)) | (Err(_), Ok(a)) => a,
            (Err(err), Err(_)) => return Err(err),
        };
        Ok(Db { bytes, page_size, root })
    }

    pub fn root(&self) -> Bucket<'b> {
        Bucket::Page(self.root)
    }

    /// The bytes of page `id` (with its overflow pages).
    fn page(&self, id: u64) -> Result<&'b [u8], BoltError> {
        let start =
            usize::try_from(id).ok().and_then(|id| id.checked_mul(self.page_size)).ok_or_else(|| bad(format!("page {id} out of range")))?;
        let overflow = u32_at(self.bytes, start + 12)? as usize;
        let end = overflow.checked_add(1).and_then(|n| n.checked_mul(self.page_size)).and_then(|len| start.checked_add(len));
        let end = end.filter(|end| *end <= self.bytes.len()).ok_or_else(|| bad(format!("page {id} runs past the end of the file")))?;
        Ok(&self.bytes[start..end])
    }

    /// Every key of `bucket` with its value, in key order.
    pub fn entries(&self, bucket: Bucket<'b>) -> Result<Vec<(&'b [u8], Value<'b>)>, BoltError> {
        let mut found = Vec::new();
        let mut seen = HashSet::new();
        match bucket {
            Bucket::Page(id) => self.walk(self.page(id)?, Some(id), 0, &mut seen, &mut found)?,
            Bucket::Inline(page) => self.walk(page, None, 0, &mut seen, &mut found)?,
        }
        Ok(found)
    }

    fn walk(
        &self,
        page: &'b [u8],
        id: Option<u64>,
        depth: usize,
        seen: &mut HashSet<u64>,
        found: &mut Vec<(&'b [u8], Value<'b>)>,
    ) -> Result<(), BoltError> {
        if depth > MAX_DEPTH || id.is_some_and(|id| !seen.insert(id)) {
            return Err(bad("a page loop or a tree deeper than any bbolt writes"));
        }
        let flags = u16_at(page, 8)?;
        let count = u16_at(page, 10)? as usize;
        for index in 0..count {
            let element = PAGE_HEADER + index * ELEMENT;
            if flags & BRANCH != 0 {
                let child = u64_at(page, element + 8)?;
                self.walk(self.page(child)?, Some(child), depth + 1, seen, found)?;
            } else if flags & LEAF != 0 {
                let leaf_flags = u32_at(page, element)?;
                let pos = u32_at(page, element + 4)? as usize;
                let key_size = u32_at(page, element + 8)? as usize;
                let value_size = u32_at(page, element + 12)? as usize;
                let key_at = element.checked_add(pos).ok_or_else(|| bad("element offset overflows"))?;
                let value_at = key_at + key_size;
                let key = page.get(key_at..value_at).ok_or_else(|| bad("a key runs past its page"))?;
                let value = page.get(value_at..value_at + value_size).ok_or_else(|| bad("a value runs past its page"))?;
                if leaf_flags & BUCKET_LEAF != 0 {
                    let root = u64_at(value, 0)?;
                    let bucket = if root == 0 {
                        Bucket::Inline(value.get(16..).ok_or_else(|| bad("an inline bucket cut short"))?)
                    } else {
                        Bucket::Page(root)
                    };
                    found.push((key, Value::Bucket(bucket)));
                } else {
                    found.push((key, Value::Bytes(value)));
                }
            } else {
                return Err(bad(format!(
                    "page {} is neither a branch nor a leaf (flags {flags:#x})",
                    id.map_or("inline".into(), |id| id.to_string())
                )));
            }
        }
        Ok(())
    }

    /// The value of `key` in `bucket`.
    pub fn get(&self, bucket: Bucket<'b>, key: &[u8]) -> Result<Option<Value<'b>>, BoltError> {
        Ok(self.entries(bucket)?.into_iter().find(|(k, _)| *k == key).map(|(_, v)| v))
    }

    /// The bucket at `path` below `bucket`, if every step is a bucket.
    pub fn bucket(&self, mut bucket: Bucket<'b>, path: &[&[u8]]) -> Result<Option<Bucket<'b>>, BoltError> {
        for step in path {
            match self.get(bucket, step)? {
                Some(Value::Bucket(next)) => bucket = next,
                _ => return Ok(None),
            }
        }
        Ok(Some(bucket))
    }

    /// The bytes of `key` in `bucket`, if it holds bytes.
    pub fn bytes(&self, bucket: Bucket<'b>, key: &[u8]) -> Result<Option<&'b [u8]>, BoltError> {
        Ok(match self.get(bucket, key)? {
            Some(Value::Bytes(bytes)) => Some(bytes),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bbolt file of 4 KiB pages: two meta pages naming root page 3, a freelist page, and
    /// `root` as page 3.
    fn file(root: &[u8]) -> Vec<u8> {
        let size = 4096;
        let mut bytes = vec![0u8; size * 4];
        for (page, txid) in [(0usize, 1u64), (1, 2)] {
            let at = page * size;
            bytes[at..at + 8].copy_from_slice(&(page as u64).to_le_bytes());
            bytes[at + 8..at + 10].copy_from_slice(&META.to_le_bytes());
            let data = at + PAGE_HEADER;
            bytes[data..data + 4].copy_from_slice(&MAGIC.to_le_bytes());
            bytes[data + 4..data + 8].copy_from_slice(&2u32.to_le_bytes());
            bytes[data + 8..data + 12].copy_from_slice(&(size as u32).to_le_bytes());
            bytes[data + 16..data + 24].copy_from_slice(&3u64.to_le_bytes());
            bytes[data + 48..data + 56].copy_from_slice(&txid.to_le_bytes());
            let sum = fnv64a(&bytes[data..data + 56]);
            bytes[data + 56..data + 64].copy_from_slice(&sum.to_le_bytes());
        }
        bytes[3 * size..3 * size + root.len()].copy_from_slice(root);
        bytes
    }

    /// A leaf page of `entries` (key, value, is a bucket).
    fn leaf(id: u64, entries: &[(&[u8], &[u8], bool)]) -> Vec<u8> {
        let mut page = vec![0u8; PAGE_HEADER + entries.len() * ELEMENT];
        page[..8].copy_from_slice(&id.to_le_bytes());
        page[8..10].copy_from_slice(&LEAF.to_le_bytes());
        page[10..12].copy_from_slice(&(entries.len() as u16).to_le_bytes());
        for (index, (key, value, bucket)) in entries.iter().enumerate() {
            let element = PAGE_HEADER + index * ELEMENT;
            let pos = page.len() - element;
            page[element..element + 4].copy_from_slice(&u32::from(*bucket).to_le_bytes());
            page[element + 4..element + 8].copy_from_slice(&(pos as u32).to_le_bytes());
            page[element + 8..element + 12].copy_from_slice(&(key.len() as u32).to_le_bytes());
            page[element + 12..element + 16].copy_from_slice(&(value.len() as u32).to_le_bytes());
            page.extend_from_slice(key);
            page.extend_from_slice(value);
        }
        page
    }

    #[test]
    fn nested_inline_buckets_are_read() {
        let inner = leaf(0, &[(b"digest", b"sha256:abc", false)]);
        let mut inline = vec![0u8; 16];
        inline.extend_from_slice(&inner);
        let bytes = file(&leaf(3, &[(b"target", &inline, true), (b"zz", b"1", false)]));
        let db = Db::open(&bytes).unwrap();
        let target = db.bucket(db.root(), &[b"target"]).unwrap().expect("a bucket");
        assert_eq!(db.bytes(target, b"digest").unwrap(), Some(&b"sha256:abc"[..]));
        assert_eq!(db.bytes(db.root(), b"zz").unwrap(), Some(&b"1"[..]));
        assert!(db.bucket(db.root(), &[b"zz"]).unwrap().is_none(), "bytes are no bucket");
    }

    #[test]
    fn hostile_files_are_errors_never_panics_or_hangs() {
        assert!(Db::open(&[]).is_err());
        assert!(Db::open(&[0u8; 8192]).is_err());
        // A root page that is its own child.
        let mut branch = vec![0u8; PAGE_HEADER + ELEMENT];
        branch[8..10].copy_from_slice(&BRANCH.to_le_bytes());
        branch[10..12].copy_from_slice(&1u16.to_le_bytes());
        branch[PAGE_HEADER + 8..PAGE_HEADER + 16].copy_from_slice(&3u64.to_le_bytes());
        let bytes = file(&branch);
        let db = Db::open(&bytes).unwrap();
        assert!(db.entries(db.root()).is_err());
        // Keys and values that run past their page, pages past the file, every truncation.
        let mut long = leaf(3, &[(b"k", b"v", false)]);
        long[PAGE_HEADER + 12..PAGE_HEADER + 16].copy_from_slice(&u32::MAX.to_le_bytes());
        let bytes = file(&long);
        assert!(Db::open(&bytes).unwrap().entries(Bucket::Page(3)).is_err());
        assert!(Db::open(&bytes).unwrap().entries(Bucket::Page(1 << 40)).is_err());
        let good = file(&leaf(3, &[(b"k", b"v", false)]));
        for cut in (0..good.len()).step_by(509) {
            if let Ok(db) = Db::open(&good[..cut]) {
                let _ = db.entries(db.root());
            }
        }
    }
}
