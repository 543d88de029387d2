//! Layers read in earlier runs (`--cache DIR`): a layer's entries, digests and anomalies and
//! what scanning each of its files found, so that a base layer under hundreds of images is
//! decompressed and scanned once across runs as well as within one.
//!
//! An entry is found by the digest of the blob in hand, recomputed from its bytes (never the
//! manifest's claim or the file's name), and by the scan's key (packs, bounds, tool version:
//! [`crate::scan::ContentScanner::cache_key`]). A file that is cut, corrupt or written for other
//! bytes or packs is ignored with a warning naming it; the layer is then read as usual and
//! the entry written again. Entries are written to a temp file in the directory, synced and
//! renamed, so several runs may share a directory. Only layers read whole and cleanly, whose
//! every outcome is final (no timeout, no scanner failure), are written.

use std::borrow::Cow;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::evidence::input::Compression;
use crate::layers::entry::{Entry, EntryKind};
use crate::layers::entry_table::EntryTable;
use crate::layers::layer::LayerData;
use crate::scan::stored::StoredOutcome;
use crate::scan::ContentScanner;
use crate::shared::anomaly::{Anomaly, AnomalyLevel};
use crate::shared::cache_file::{self, CacheFileError};
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::pathbytes::PathRepr;

/// What every cache file starts with (the format's version is in it).
const MAGIC: &[u8; 8] = b"LHLAYER6";
/// Largest entry decoded (a layer of a million entries takes about 200 MiB).
const MAX_DECODED_BYTES: u64 = 1 << 30;
const ZSTD_LEVEL: i32 = 3;

#[derive(Debug, thiserror::Error)]
enum CacheError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("{0}")]
    File(#[from] CacheFileError),
    #[error("cannot decode it: {0}")]
    Decode(String),
    #[error("it was written {0}")]
    Foreign(&'static str),
    #[error("it contradicts itself: {0}")]
    Inconsistent(&'static str),
}

#[derive(Serialize, Deserialize)]
struct CacheEntry {
    /// [`crate::scan::ContentScanner::cache_key`] of the scan that wrote it.
    key: Sha256Sum,
    blob_digest: OciDigest,
    layer: StoredLayer,
    /// Per entry index, what its scan found (entries with nothing found are absent).
    outcomes: Vec<(u32, StoredOutcome)>,
}

/// A [`LayerData`] read whole and cleanly (no error, nothing cut), without its member name:
/// the same blob may sit under another name in another tarball.
#[derive(Serialize, Deserialize)]
struct StoredLayer {
    size: u64,
    compression: Option<Compression>,
    diff_id: OciDigest,
    uncompressed_size: u64,
    entries: Vec<Entry>,
    trailing_bytes: u64,
    anomalies: Vec<StoredAnomaly>,
}

#[derive(Serialize, Deserialize)]
struct StoredAnomaly {
    kind: String,
    severity: AnomalyLevel,
    message: String,
    layer: Option<usize>,
    path: Option<Vec<u8>>,
}

pub struct LayerCache {
    dir: PathBuf,
    key: Sha256Sum,
    /// Where a loaded layer's entries are kept (`--tmpdir`).
    spill_dir: Option<PathBuf>,
    /// Cache files ignored or not written, for the analyst (not the report: a run with a
    /// broken cache reports what a run without one does).
    warnings: Mutex<Vec<String>>,
}

impl LayerCache {
    /// A cache in `dir` (which must exist) for a scan whose results depend on `key`.
    pub fn new(dir: PathBuf, key: Sha256Sum, spill_dir: Option<PathBuf>) -> Self {
        LayerCache { dir, key, spill_dir, warnings: Mutex::default() }
    }

    /// The warnings since the last call.
    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn warn(&self, message: String) {
        self.warnings.lock().unwrap_or_else(PoisonError::into_inner).push(message);
    }

    /// One file per blob and key: entries of other packs or versions sit beside it.
    fn path(&self, digest: OciDigest) -> PathBuf {
        self.dir.join(format!("{}-{}.layer", digest.sum(), hex::encode(&self.key.as_bytes()[..16])))
    }

    /// The layer `blob` (named `member` here) as an earlier run read it, its outcomes handed
    /// to `scanner`; None when there is no usable entry (a bad one is warned about).
    pub fn load(&self, member: &str, blob: &[u8], scanner: &ContentScanner) -> Option<LayerData> {
        let digest = OciDigest::of(blob);
        let path = self.path(digest);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return None,
            Err(err) => {
                self.ignored(&path, &CacheError::Io(err));
                return None;
            }
        };
        let entry = match decode(&bytes).and_then(|entry| self.check(entry, digest, blob)) {
            Ok(entry) => entry,
            Err(err) => {
                self.ignored(&path, &err);
                return None;
            }
        };
        let entries = entry.layer.entries.last().map_or(0, |last| last.index.saturating_add(1));
        if !scanner.adopt(entry.blob_digest, entries, entry.outcomes) {
            self.ignored(&path, &CacheError::Foreign("with rules, detectors or indicator lists this scan has not loaded"));
            return None;
        }
        let layer = entry.layer;
        Some(LayerData {
            member: member.to_string(),
            digest: entry.blob_digest,
            size: layer.size,
            compression: layer.compression,
            diff_id: Some(layer.diff_id),
            uncompressed_size: layer.uncompressed_size,
            entries: EntryTable::new(&layer.entries, self.spill_dir.as_deref()),
            trailing_bytes: layer.trailing_bytes,
            error: None,
            anomalies: layer
                .anomalies
                .into_iter()
                .map(|a| Anomaly {
                    kind: Cow::Owned(a.kind),
                    severity: a.severity,
                    message: a.message,
                    layer: a.layer,
                    path: a.path.map(PathRepr),
                })
                .collect(),
            not_scanned: Vec::new(),
        })
    }

    fn ignored(&self, path: &Path, err: &CacheError) {
        self.warn(format!("cache file {} ignored: {err}; the layer is read again and its entry rewritten", path.display()));
    }

    /// Verifies what a decoded entry says about itself against the blob in hand and this scan.
    fn check(&self, entry: CacheEntry, digest: OciDigest, blob: &[u8]) -> Result<CacheEntry, CacheError> {
        if entry.key != self.key {
            return Err(CacheError::Foreign("for other rules, detectors, indicator lists, scan bounds or layerhound version"));
        }
        if entry.blob_digest != digest || entry.layer.size != blob.len() as u64 {
            return Err(CacheError::Foreign("for another layer blob"));
        }
        if entry.layer.compression != Some(Compression::sniff(blob).unwrap_or(Compression::None)) {
            return Err(CacheError::Inconsistent("its compression is not the blob's"));
        }
        if !entry.layer.entries.windows(2).all(|pair| pair[0].index < pair[1].index) {
            return Err(CacheError::Inconsistent("entries out of order"));
        }
        let is_file = |index: u32| {
            entry
                .layer
                .entries
                .binary_search_by_key(&index, |e| e.index)
                .is_ok_and(|at| entry.layer.entries[at].meta.kind == EntryKind::File)
        };
        if !entry.outcomes.iter().all(|(index, _)| is_file(*index)) {
            return Err(CacheError::Inconsistent("an outcome for an entry that is no file"));
        }
        Ok(entry)
    }

    /// Writes `data` and its outcomes if it was read whole and cleanly and every outcome is
    /// final; a failure to write is a warning, the scan goes on.
    pub fn save(&self, data: &LayerData, scanner: &ContentScanner) {
        let (Some(diff_id), None, true) = (&data.diff_id, &data.error, data.not_scanned.is_empty()) else { return };
        let Some(outcomes) = scanner.stored_outcomes(data.digest) else { return };
        let entry = CacheEntry {
            key: self.key,
            blob_digest: data.digest,
            layer: StoredLayer {
                size: data.size,
                compression: data.compression,
                diff_id: *diff_id,
                uncompressed_size: data.uncompressed_size,
                entries: data.entries.iter().collect(),
                trailing_bytes: data.trailing_bytes,
                anomalies: data
                    .anomalies
                    .iter()
                    .map(|a| StoredAnomaly {
                        kind: a.kind.to_string(),
                        severity: a.severity,
                        message: a.message.clone(),
                        layer: a.layer,
                        path: a.path.as_ref().map(|p| p.0.clone()),
                    })
                    .collect(),
            },
            outcomes,
        };
        let path = self.path(data.digest);
        if let Err(err) = self.write(&path, &entry) {
            self.warn(format!("cache file {} not written: {err}", path.display()));
        }
    }

    /// Written whole or not at all ([`cache_file::write`]): a reader sees the old file or the
    /// new one, never half of one, whatever other writers do.
    fn write(&self, path: &Path, entry: &CacheEntry) -> io::Result<()> {
        let encoded = postcard::to_stdvec(entry).map_err(io::Error::other)?;
        let compressed = zstd::bulk::compress(&encoded, ZSTD_LEVEL)?;
        cache_file::write(&self.dir, path, MAGIC, &[&compressed])
    }
}

fn decode(bytes: &[u8]) -> Result<CacheEntry, CacheError> {
    let compressed = cache_file::contents(bytes, MAGIC)?;
    let mut decoded = Vec::new();
    zstd::stream::read::Decoder::new(compressed)?.take(MAX_DECODED_BYTES).read_to_end(&mut decoded)?;
    postcard::from_bytes(&decoded).map_err(|err| CacheError::Decode(err.to_string()))
}
