//! A layer's entries as the run keeps them: encoded one after another, with their offsets, in
//! an unlinked temp file that is mapped (on the heap when small). They are what grows with the
//! image (a few hundred bytes a file, every layer alive until the report is written); in the
//! page cache they cost no anonymous memory, and the kernel can drop them under pressure.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

use super::layer::Entry;

/// Encoded tables up to this size stay on the heap: a temp file costs more than it saves.
const HEAP_MAX_BYTES: usize = 64 << 10;
const OFFSET_BYTES: usize = size_of::<u64>();

/// Entries in index order (the reader appends them so); each is decoded when asked for.
#[derive(Clone, Default)]
pub struct EntryTable {
    /// The encoded entries, then one little-endian u64 offset per entry.
    bytes: Arc<Held>,
    len: usize,
}

#[derive(Default)]
enum Held {
    #[default]
    Empty,
    Heap(Box<[u8]>),
    Mapped(memmap2::Mmap),
}

impl Held {
    fn bytes(&self) -> &[u8] {
        match self {
            Held::Empty => &[],
            Held::Heap(bytes) => bytes,
            Held::Mapped(map) => map,
        }
    }
}

impl EntryTable {
    /// Encodes `entries`; past [`HEAP_MAX_BYTES`] they go to a temp file under `dir` (None: the
    /// system temp dir), or stay on the heap when the file cannot be written.
    pub fn new(entries: &[Entry], dir: Option<&Path>) -> EntryTable {
        let mut encoded = Vec::new();
        let mut offsets = Vec::with_capacity(entries.len());
        for entry in entries {
            let start = encoded.len();
            // Writing into a Vec fails only on a type serde cannot encode, and Entry has none.
            match postcard::to_io(entry, &mut encoded) {
                Ok(_) => offsets.push(start as u64),
                Err(_) => encoded.truncate(start),
            }
        }
        for offset in &offsets {
            encoded.extend_from_slice(&offset.to_le_bytes());
        }
        let held = match encoded.len() {
            0 => Held::Empty,
            n if n <= HEAP_MAX_BYTES => Held::Heap(encoded.into_boxed_slice()),
            _ => match mapped(&encoded, dir) {
                Ok(map) => Held::Mapped(map),
                Err(_) => Held::Heap(encoded.into_boxed_slice()),
            },
        };
        EntryTable { bytes: Arc::new(held), len: offsets.len() }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry at position `at` (not its tar index).
    pub fn get(&self, at: usize) -> Option<Entry> {
        let bytes = self.bytes.bytes();
        let table = bytes.len().checked_sub(self.len * OFFSET_BYTES)?;
        let offset = |i: usize| -> Option<usize> {
            let start = table + i * OFFSET_BYTES;
            let raw: [u8; OFFSET_BYTES] = bytes.get(start..start + OFFSET_BYTES)?.try_into().ok()?;
            usize::try_from(u64::from_le_bytes(raw)).ok()
        };
        let start = offset(at).filter(|_| at < self.len)?;
        let end = if at + 1 < self.len { offset(at + 1)? } else { table };
        postcard::from_bytes(bytes.get(start..end)?).ok()
    }

    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.len).filter_map(|at| self.get(at))
    }

    pub fn last(&self) -> Option<Entry> {
        self.len.checked_sub(1).and_then(|at| self.get(at))
    }

    /// The entry with tar index `index`.
    pub fn find(&self, index: u32) -> Option<Entry> {
        let (mut low, mut high) = (0, self.len);
        while low < high {
            let middle = low + (high - low) / 2;
            let entry = self.get(middle)?;
            match entry.index.cmp(&index) {
                std::cmp::Ordering::Equal => return Some(entry),
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
            }
        }
        None
    }
}

fn mapped(encoded: &[u8], dir: Option<&Path>) -> io::Result<memmap2::Mmap> {
    let file = match dir {
        Some(dir) => tempfile::tempfile_in(dir),
        None => tempfile::tempfile(),
    }?;
    let mut writer = BufWriter::new(file);
    writer.write_all(encoded)?;
    let file: File = writer.into_inner().map_err(|err| err.into_error())?;
    // SAFETY: a private, unlinked temp file this process just wrote and nothing else touches.
    unsafe { memmap2::Mmap::map(&file) }
}

impl std::fmt::Debug for EntryTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::layer::{EntryKind, FileMeta};

    fn entry(index: u32, path: &str, size: u64) -> Entry {
        Entry {
            index,
            raw_path: path.as_bytes().to_vec(),
            link: index.is_multiple_of(3).then(|| b"target".to_vec()),
            meta: FileMeta {
                kind: EntryKind::File,
                mode: 0o644,
                uid: u64::from(index),
                gid: 0,
                mtime: 1_700_000_000,
                times: None,
                size,
                sha256: None,
                xattrs: index.is_multiple_of(5).then(|| vec![("user.k".to_string(), vec![0, 255])].into_boxed_slice()),
            },
        }
    }

    fn same(table: &EntryTable, entries: &[Entry]) {
        assert_eq!(table.len(), entries.len());
        assert_eq!(format!("{:?}", table.iter().collect::<Vec<_>>()), format!("{entries:?}"));
    }

    #[test]
    fn small_tables_stay_on_the_heap_and_large_ones_go_to_a_mapped_file() {
        let few: Vec<Entry> = (0..10).map(|i| entry(i * 2, "etc/passwd", u64::from(i))).collect();
        let table = EntryTable::new(&few, None);
        assert!(matches!(*table.bytes, Held::Heap(_)));
        same(&table, &few);

        let dir = tempfile::tempdir().unwrap();
        let many: Vec<Entry> = (0..5000).map(|i| entry(i * 2, &format!("usr/lib/{i}/file.so"), u64::from(i) << 20)).collect();
        let table = EntryTable::new(&many, Some(dir.path()));
        assert!(matches!(*table.bytes, Held::Mapped(_)));
        same(&table, &many);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "the temp file is unlinked");
        assert_eq!(table.find(4000).map(|e| e.raw_path), Some(b"usr/lib/2000/file.so".to_vec()));
        assert!(table.find(4001).is_none() && table.find(20_000).is_none());
        assert_eq!(table.last().map(|e| e.index), Some(9998));
        assert!(table.get(5000).is_none());
    }

    #[test]
    fn an_empty_table() {
        let empty = EntryTable::new(&[], None);
        assert!(empty.is_empty() && empty.get(0).is_none() && empty.last().is_none() && empty.find(0).is_none());
        same(&empty, &[]);
    }
}
