use serde::Serialize;

use crate::image::config::{ConfigSummary, HistoryEntry};
use crate::input::{Compression, Skipped};
use crate::overlay::{Cause, State};
use crate::pathbytes::PathRepr;
use crate::scan::yara::MatchInfo;
use crate::scan::{ContentScanInfo, GapKind};

/// Bumped on any change a consumer of the JSON could notice.
pub const SCHEMA_VERSION: &str = "1.0.0";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Something odd about the input that is not a finding but an analyst should see.
#[derive(Debug, Clone, Serialize)]
pub struct Anomaly {
    pub kind: &'static str,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRepr>,
}

impl Anomaly {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { kind, severity: Severity::Warning, message: message.into(), layer: None, path: None }
    }

    pub fn info(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { severity: Severity::Info, ..Anomaly::new(kind, message) }
    }

    pub fn error(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { severity: Severity::Error, ..Anomaly::new(kind, message) }
    }

    pub fn at_layer(mut self, layer: usize) -> Self {
        self.layer = Some(layer);
        self
    }

    pub fn at_path(mut self, path: PathRepr) -> Self {
        self.path = Some(path);
        self
    }
}

/// Bytes that were not (fully) read, and why: the report never implies "clean" for them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NotScanned {
    pub what: String,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<usize>,
    /// For one file version: its path, state, and the archive members leading to the part
    /// that was not scanned (empty for the file itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRepr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<String>,
    /// Which bound or failure: `truncated`, `timeout`, `nested-depth`, `nested-bytes`,
    /// `nested-members`, `unreadable`, `scanner-error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<GapKind>,
}

/// A rule that matched the bytes of one blob (a file, or a member of an archive inside one),
/// with every place in the image that holds those bytes.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Stable across runs: the detector and the matched blob's hash.
    pub id: String,
    pub kind: &'static str,
    pub detector: Detector,
    pub severity: String,
    pub confidence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// sha256 of the bytes the rule matched: the file, or the nested member.
    pub blob_sha256: String,
    pub blob_size: u64,
    pub locations: Vec<FindingLocation>,
    /// The first matched strings (offsets within the blob; data capped and escaped).
    pub matches: Vec<MatchInfo>,
    pub match_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Detector {
    pub namespace: String,
    pub rule: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingLocation {
    pub path: PathRepr,
    /// Archive members from the file inwards to the matching blob (empty: the file itself).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<String>,
    pub state: State,
    pub layer: usize,
    /// The layer whose entry holds the bytes, when not `layer` (a hardlink's target).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_layer: Option<usize>,
    pub layer_digest: Option<String>,
    pub diff_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// sha256 of the whole file (absent when it could not be read whole).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_sha256: Option<String>,
    /// Set when the bytes are in no filesystem view at all (`state` is then `deleted`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub schema_version: &'static str,
    pub tool: Tool,
    pub started_at: String,
    pub finished_at: String,
    /// False when anything could not be read; `errors` and `not_scanned` say what.
    pub complete: bool,
    /// True when Ctrl-C stopped the scan: what was finished is here, the rest is not.
    pub interrupted: bool,
    pub inputs: Vec<InputReport>,
    pub skipped: Vec<Skipped>,
    /// Paths given that could not be read at all.
    pub errors: Vec<String>,
    /// How file contents were scanned (absent: they were not).
    pub content_scan: Option<ContentScanInfo>,
    pub summary: Summary,
}

#[derive(Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub inputs: usize,
    pub images: usize,
    pub layers: usize,
    pub file_versions: usize,
    pub findings: usize,
    pub anomalies: usize,
    pub errors: usize,
}

#[derive(Debug, Serialize)]
pub struct InputReport {
    pub path: String,
    pub size: u64,
    /// None only when the file could not be read at all.
    pub sha256: Option<String>,
    pub compression: Option<Compression>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tar_sha256: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tar_size: Option<u64>,
    /// The layouts recognised inside the tar (e.g. `docker-archive`, `oci-layout`).
    pub format: Vec<String>,
    pub images: Vec<ImageReport>,
    /// Manifests named by an index whose blobs are not in the archive (other platforms, attestations).
    pub missing_blobs: Vec<MissingBlob>,
    pub anomalies: Vec<Anomaly>,
    pub errors: Vec<String>,
    pub not_scanned: Vec<NotScanned>,
}

impl InputReport {
    /// An input known by its file alone; the stages fill in the rest.
    pub fn new(path: String, size: u64, sha256: Option<String>, compression: Option<Compression>) -> Self {
        InputReport {
            path,
            size,
            sha256,
            compression,
            tar_sha256: None,
            tar_size: None,
            format: Vec::new(),
            images: Vec::new(),
            missing_blobs: Vec::new(),
            anomalies: Vec::new(),
            errors: Vec::new(),
            not_scanned: Vec::new(),
        }
    }

    /// The record of an input that could not even be opened.
    pub fn unreadable(path: &std::path::Path) -> Self {
        let fingerprint = crate::input::fingerprint(path);
        InputReport::new(
            path.display().to_string(),
            std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
            fingerprint.as_ref().map(|(sha, _)| sha.clone()),
            fingerprint.map(|(_, compression)| compression),
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MissingBlob {
    pub digest: String,
    pub media_type: Option<String>,
    pub platform: Option<String>,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct ImageReport {
    pub index: usize,
    pub refs: Vec<String>,
    pub format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest_digest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_member: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_digest: Option<String>,
    pub platform: Option<String>,
    pub config: ConfigSummary,
    pub history: Vec<HistoryEntry>,
    pub layers: Vec<LayerReport>,
    /// True when every layer's blob and diff_id were checked and matched.
    pub verified: bool,
    pub filesystem: FilesystemSummary,
    /// Every file version the final filesystem does not show.
    pub hidden_versions: Vec<HiddenVersion>,
    /// Hidden versions past the listing limit (`--max-listed-versions`), counted but not listed.
    pub hidden_versions_omitted: usize,
    pub findings: Vec<Finding>,
    pub anomalies: Vec<Anomaly>,
    pub not_scanned: Vec<NotScanned>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LayerReport {
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// True when `member` was reached through an in-archive symlink or hardlink.
    pub via_link: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub compression: Option<Compression>,
    /// sha256 of the blob as stored.
    pub digest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_digest: Option<String>,
    /// Where `expected_digest` came from: `descriptor` or `member-name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_digest_source: Option<&'static str>,
    pub size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_size: Option<u64>,
    pub uncompressed_size: Option<u64>,
    /// sha256 of the uncompressed tar, recomputed.
    pub diff_id: Option<String>,
    /// The config's `rootfs.diff_ids` entry for this layer.
    pub expected_diff_id: Option<String>,
    pub verified: bool,
    pub entries: u64,
    /// Bytes after the tar end-of-archive marker (estargz keeps its index there).
    pub trailing_bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct FilesystemSummary {
    pub present: usize,
    pub deleted: usize,
    pub overwritten: usize,
    pub per_layer: Vec<LayerFilesystem>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct LayerFilesystem {
    pub layer: usize,
    pub entries: usize,
    pub present: usize,
    pub deleted: usize,
    pub overwritten: usize,
    pub whiteouts: usize,
    pub opaque_dirs: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct HiddenVersion {
    pub path: PathRepr,
    pub kind: &'static str,
    pub layer: usize,
    pub state: State,
    /// The layer that made `state` final: the one whose version shows (overwritten) or whose
    /// whiteout removed the path for good (deleted).
    pub by_layer: Option<usize>,
    /// What first hid this version, and in which layer.
    pub hidden_by: Option<HiddenBy>,
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct HiddenBy {
    pub layer: usize,
    pub cause: Cause,
}
