//! A layer's entries as the run keeps them: encoded one after another as the reader walks
//! the layer, with their offsets, in an unlinked temp file that is mapped (on the heap when
//! small). They are what grows with the image (a few hundred bytes a file, every layer alive
//! until the report is written); kept in a file on disk they cost no anonymous memory and the
//! kernel can drop their pages under pressure (a `--tmpdir` on tmpfs holds them in memory).

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::entry::Entry;
use crate::shared::limits::temp_file;

/// Encoded bytes held on the heap before they go to the temp file: small tables never leave
/// it (a temp file costs more than it saves), larger ones are written in chunks of this size.
const HEAP_MAX_BYTES: usize = 64 << 10;
const OFFSET_BYTES: usize = size_of::<u64>();

/// Entries in index order (the reader appends them so); each is decoded when asked for.
#[derive(Clone, Default)]
pub struct EntryTable {
    /// The encoded entries, then one little-endian u64 offset per entry.
    bytes: Arc<Held>,
    len: usize,
    /// Entries read from the layer whose records could not be kept (their temp file failed).
    lost: usize,
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

/// Builds a table as entries come: only their offsets (8 bytes each) and the last chunk of
/// encoded bytes stay on the heap, so even a layer of a million entries never holds them all.
/// When the temp file cannot be made or written, what it held is read back and the table is
/// built on the heap: nothing is lost, only memory.
pub struct EntryTableWriter {
    spill_dir: Option<PathBuf>,
    chunk: Vec<u8>,
    sink: Sink,
    offsets: Vec<u64>,
    /// Entries whose bytes were in a temp file that failed and could not be read back.
    lost: usize,
}

/// Where full chunks go.
enum Sink {
    /// Nowhere yet: the table is still small.
    Unopened,
    /// The temp file, and how many bytes reached it.
    File(File, u64),
    /// The heap, for good: the temp file could not be made or written.
    Heap,
}

impl EntryTableWriter {
    /// A writer whose temp file goes under `spill_dir` (`Limits::spill_dir`).
    pub fn new(spill_dir: Option<&Path>) -> Self {
        EntryTableWriter {
            spill_dir: spill_dir.map(Path::to_path_buf),
            chunk: Vec::new(),
            sink: Sink::Unopened,
            offsets: Vec::new(),
            lost: 0,
        }
    }

    pub fn push(&mut self, entry: &Entry) {
        let written = if let Sink::File(_, written) = &self.sink { *written } else { 0 };
        let start = self.chunk.len();
        // Writing into a Vec fails only on a type serde cannot encode, and Entry has none.
        match postcard::to_io(entry, &mut self.chunk) {
            Ok(_) => self.offsets.push(written + start as u64),
            Err(_) => self.chunk.truncate(start),
        }
        if self.chunk.len() >= HEAP_MAX_BYTES {
            self.flush();
        }
    }

    /// Moves the chunk to the temp file, made on first use.
    fn flush(&mut self) {
        if matches!(self.sink, Sink::Unopened) {
            self.sink = temp_file(self.spill_dir.as_deref()).map_or(Sink::Heap, |file| Sink::File(file, 0));
        }
        let Sink::File(file, written) = &mut self.sink else { return };
        match file.write_all(&self.chunk) {
            Ok(()) => {
                *written += self.chunk.len() as u64;
                self.chunk.clear();
            }
            Err(_) => self.back_to_heap(),
        }
    }

    /// Reads back what reached the temp file, before the chunk, and stops using the file; the
    /// entries it cannot read back are counted as lost.
    fn back_to_heap(&mut self) {
        let Sink::File(mut file, written) = std::mem::replace(&mut self.sink, Sink::Heap) else { return };
        let mut earlier = Vec::new();
        let read = file.rewind().and_then(|()| (&mut file).take(written).read_to_end(&mut earlier));
        if read.is_ok() && earlier.len() as u64 == written {
            earlier.append(&mut self.chunk);
            self.chunk = earlier;
        } else {
            let in_file = self.offsets.partition_point(|offset| *offset < written);
            self.offsets.drain(..in_file);
            self.offsets.iter_mut().for_each(|offset| *offset -= written);
            self.lost += in_file;
        }
    }

    pub fn finish(mut self) -> EntryTable {
        let offsets = |offsets: &[u64]| -> Vec<u8> { offsets.iter().flat_map(|offset| offset.to_le_bytes()).collect() };
        let mapped = match &mut self.sink {
            Sink::File(file, _) => {
                Some(file.write_all(&self.chunk).and_then(|()| file.write_all(&offsets(&self.offsets))).and_then(|()| {
                    // SAFETY: a private, unlinked temp file this process just wrote and nothing else touches.
                    unsafe { memmap2::Mmap::map(&*file) }
                }))
            }
            _ => None,
        };
        let held = match mapped {
            Some(Ok(map)) => Held::Mapped(map),
            failed => {
                if failed.is_some() {
                    self.back_to_heap();
                }
                let mut bytes = std::mem::take(&mut self.chunk);
                bytes.extend(offsets(&self.offsets));
                if bytes.is_empty() {
                    Held::Empty
                } else {
                    Held::Heap(bytes.into_boxed_slice())
                }
            }
        };
        EntryTable { bytes: Arc::new(held), len: self.offsets.len(), lost: self.lost }
    }
}

impl EntryTable {
    /// `entries` as a table; see [`EntryTableWriter`].
    pub fn new(entries: &[Entry], spill_dir: Option<&Path>) -> EntryTable {
        let mut writer = EntryTableWriter::new(spill_dir);
        for entry in entries {
            writer.push(entry);
        }
        writer.finish()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries read whose records could not be kept: the reader reports them.
    pub fn lost(&self) -> usize {
        self.lost
    }

    /// The entry at position `at` (not its tar index).
    pub fn get(&self, at: usize) -> Option<Entry> {
        if at >= self.len {
            return None;
        }
        let bytes = self.bytes.bytes();
        let table = bytes.len().checked_sub(self.len * OFFSET_BYTES)?;
        let offset = |i: usize| -> Option<usize> {
            let start = table + i * OFFSET_BYTES;
            let raw: [u8; OFFSET_BYTES] = bytes.get(start..start + OFFSET_BYTES)?.try_into().ok()?;
            usize::try_from(u64::from_le_bytes(raw)).ok()
        };
        let start = offset(at)?;
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

impl std::fmt::Debug for EntryTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::entry::{EntryKind, FileMeta};

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
    fn without_a_usable_temp_dir_the_table_stays_whole_on_the_heap() {
        let many: Vec<Entry> = (0..5000).map(|i| entry(i, &format!("srv/{i}"), 1)).collect();
        let table = EntryTable::new(&many, Some(Path::new("/nonexistent/layerhound-test")));
        assert!(matches!(*table.bytes, Held::Heap(_)));
        assert_eq!(table.lost(), 0);
        same(&table, &many);
    }

    #[test]
    fn an_empty_table() {
        let empty = EntryTable::new(&[], None);
        assert!(empty.is_empty() && empty.get(0).is_none() && empty.last().is_none() && empty.find(0).is_none());
        same(&empty, &[]);
    }
}
