//! Every bound layerhound applies to hostile input, in one place, and the reader that enforces
//! the decompression bounds.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Bounds on what a single image may make layerhound read or hold.
/// Each hit is recorded in the report; nothing is dropped silently.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest JSON member (manifest, index, config) parsed, in bytes.
    pub max_json_bytes: u64,
    /// History entries kept per config (Docker's own images hold tens); the rest are counted
    /// while parsing, never built.
    pub max_history: usize,
    /// Layers kept per manifest and diff_ids per config (Docker refuses more than 127).
    pub max_layers: usize,
    /// Items kept in any other JSON list or object of a manifest, index or config (Env
    /// entries, labels, ports, volumes, descriptors).
    pub max_json_items: usize,
    /// Longest JSON string kept (an Env entry, a label); longer ones are cut.
    pub max_json_value_bytes: usize,
    /// Extended attributes kept per tar entry (PAX `SCHILY.xattr.*`).
    pub max_xattrs: usize,
    /// Bytes of extended attribute names and values kept per tar entry (Linux allows 64 KiB
    /// per value).
    pub max_xattr_bytes: usize,
    /// Tar entries held for one evidence file, across all its layers; entries past it are not
    /// read (their layers are still hashed). Each costs about 0.2 KiB of heap in the overlay of
    /// the image being built, and its record in a mapped temp file (see `EntryTable`).
    pub max_entries: u64,
    /// Decompressed bytes read from one layer before it is cut short.
    pub max_layer_bytes: u64,
    /// Decompressed bytes of a compressed outer archive written to the temp file.
    pub max_tar_bytes: u64,
    /// Tar entries of layers kept after their tarball is done, so that a layer another tarball of
    /// the run also holds is not read again (the least recently used go first).
    pub max_kept_entries: u64,
    /// Decompressed bytes allowed per compressed byte, above `ratio_floor_bytes`: a bomb is cut
    /// short long before `max_layer_bytes`.
    pub max_compression_ratio: u64,
    /// Output below this size is never cut for its ratio.
    pub ratio_floor_bytes: u64,
    /// Largest file (as its header says) that is hashed and handed to scanners.
    pub max_file_bytes: u64,
    /// Bytes of tar metadata (PAX records, GNU long names, sparse maps) before one entry.
    pub max_header_bytes: u64,
    /// Hidden (deleted/overwritten) versions listed per image in the report; the rest are
    /// counted (`ls --all-versions --json` lists them all).
    pub max_listed_versions: usize,
    /// Longest entry path kept, in bytes.
    pub max_path_bytes: usize,
    /// Symlink hops followed when resolving a path inside an archive or image root.
    pub max_link_hops: usize,
    /// Images analysed per tarball (manifest.json entries and index descriptors).
    pub max_images: usize,
    /// Nested OCI indexes followed.
    pub max_index_depth: usize,
    /// zstd window accepted, as log2 of bytes (27 = 128 MiB, zstd's own default cap).
    pub zstd_window_log_max: u32,
    /// Bytes of one file (or archive member) held and scanned; the rest is recorded as not
    /// scanned. Plus the nested members below, per scan worker.
    pub max_scan_bytes: u64,
    /// Heap bytes of decompressed files held between the layer readers and the scan workers
    /// (queued or being scanned); a file over half of it is held in a mapped temp file instead,
    /// and so is a nested archive member past its first half of it.
    pub scan_queue_bytes: u64,
    /// Time the rules may spend on one file, its nested members included.
    pub scan_timeout: Duration,
    /// Archives inside archives opened, counting the file itself as depth 0.
    pub max_nested_depth: usize,
    /// Decompressed bytes of archive members read for one file, all depths together.
    pub max_nested_bytes: u64,
    /// Archive members read for one file, all depths together.
    pub max_nested_members: usize,
    /// Where what would not fit these bounds on the heap goes, in unlinked temp files (`--tmpdir`;
    /// None: the system temp dir): a compressed outer archive decompressed, large files waiting
    /// for a scan worker, nested members, each layer's entries.
    pub spill_dir: Option<PathBuf>,
}

/// An unlinked temp file under `dir` (a [`Limits::spill_dir`]; None: the system temp dir).
pub fn temp_file(dir: Option<&Path>) -> io::Result<File> {
    match dir {
        Some(dir) => tempfile::tempfile_in(dir),
        None => tempfile::tempfile(),
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_json_bytes: 64 << 20,
            max_history: 10_000,
            max_layers: 1_000,
            max_json_items: 10_000,
            max_json_value_bytes: 1 << 20,
            max_xattrs: 128,
            max_xattr_bytes: 256 << 10,
            max_entries: 1_000_000,
            max_layer_bytes: 64 << 30,
            max_tar_bytes: 256 << 30,
            max_kept_entries: 250_000,
            max_compression_ratio: 2_000,
            ratio_floor_bytes: 1 << 30,
            max_file_bytes: 16 << 30,
            max_header_bytes: 1 << 20,
            max_listed_versions: 100_000,
            max_path_bytes: 16 << 10,
            max_link_hops: 40,
            max_images: 1_000,
            max_index_depth: 8,
            zstd_window_log_max: 27,
            max_scan_bytes: 128 << 20,
            scan_queue_bytes: 8 << 20,
            scan_timeout: Duration::from_secs(10),
            max_nested_depth: 3,
            max_nested_bytes: 128 << 20,
            max_nested_members: 10_000,
            spill_dir: None,
        }
    }
}

impl Limits {
    /// The most decompressed bytes `compressed` input bytes may yield: the absolute cap, or
    /// the ratio cap when that is lower (never below the floor).
    pub fn decompressed_cap(&self, absolute: u64, compressed: u64) -> u64 {
        let by_ratio = compressed.saturating_mul(self.max_compression_ratio).max(self.ratio_floor_bytes);
        absolute.min(by_ratio)
    }
}

/// Errors once `limit` bytes have passed, so a bomb is cut short rather than read to the end.
pub struct Capped<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Capped<R> {
    pub fn new(inner: R, limit: u64) -> Self {
        Capped { inner, left: limit, limit }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            // One probe byte tells a stream that ends exactly at the limit from one that goes on.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(io::Error::other(format!("decompressed size exceeds the limit of {} bytes", self.limit))),
            };
        }
        let want = buf.len().min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_reader_stops_a_stream_that_goes_past_the_limit() {
        let mut exact = Capped::new(&[1u8; 10][..], 10);
        assert_eq!(io::copy(&mut exact, &mut io::sink()).unwrap(), 10);
        let mut over = Capped::new(&[1u8; 11][..], 10);
        assert!(io::copy(&mut over, &mut io::sink()).unwrap_err().to_string().contains("limit of 10"));
    }

    #[test]
    fn ratio_cap_applies_above_the_floor_only() {
        let limits = Limits { max_compression_ratio: 100, ratio_floor_bytes: 1000, ..Limits::default() };
        assert_eq!(limits.decompressed_cap(u64::MAX, 1), 1000);
        assert_eq!(limits.decompressed_cap(u64::MAX, 50), 5000);
        assert_eq!(limits.decompressed_cap(4000, 50), 4000);
    }
}
