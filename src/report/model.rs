use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::evidence::input::{Compression, Skipped};
use crate::image::config::{ConfigSummary, HistoryEntry};
use crate::overlay::{Cause, State, Version};
use crate::scan::yara::MatchInfo;
use crate::scan::ContentScanInfo;
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::pathbytes::PathRepr;

pub use crate::analysis::{LayerReport, NotScanned};
pub use crate::evidence::store::ContainerFacts;
pub use crate::image::MissingBlob;
pub use crate::overlay::LayerFilesystem;
pub use crate::shared::anomaly::{Anomaly, AnomalyLevel};
pub use crate::shared::level::{Confidence, Severity};

/// Bumped on any change a consumer of the JSON could notice.
pub const SCHEMA_VERSION: &str = "1.6.0";

/// A detector's finding: a YARA rule that matched the bytes of one blob (a file, or a member of
/// an archive inside one), or a secret value; with every place in the image that holds it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Stable across runs and images: the detector and the matched blob's hash (YARA) or the
    /// secret value's hash (secrets).
    pub id: String,
    /// `yara` or `secret`.
    pub kind: &'static str,
    pub detector: Detector,
    pub severity: Severity,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// YARA: sha256 of the bytes the rule matched (the file, or the nested member). A secret's
    /// blobs are named per location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_sha256: Option<Sha256Sum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_size: Option<u64>,
    /// The secret, redacted unless `--show-secrets`, and what the offline checks concluded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretEvidence>,
    pub locations: Vec<FindingLocation>,
    /// The first matched strings (offsets within the blob; data capped, escaped, secrets redacted).
    pub matches: Vec<MatchInfo>,
    pub match_count: usize,
    /// With `--baseline`: whether the earlier report already held this finding's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineState>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BaselineState {
    /// Not in the baseline report.
    New,
    /// In the baseline report: left out of the exit status.
    Known,
}

#[derive(Debug, Clone, Serialize)]
pub struct SecretEvidence {
    /// A short prefix (at most a quarter of the value) and the length.
    pub redacted: String,
    /// sha256 of the value: the same secret correlates across images and reports.
    pub sha256: Sha256Sum,
    pub length: usize,
    /// The whole value, only with `--show-secrets`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Why the confidence is what it is (checksums, decoding, documentation values, pairing).
    pub validation: Vec<String>,
    /// The partner found beside it (an AWS key id for a secret key), redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paired_with: Option<String>,
    /// For a catch-all's value, the service its key or the name beside it names
    /// (`SIMVOLY_TOKEN`: simvoly); a provider's own detector names it in the description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Detector {
    pub namespace: String,
    pub rule: String,
    pub tags: Vec<String>,
}

/// Where a finding's bytes are: a file version (`path`, with `nested` members), or a field of
/// the image config (`field`, e.g. `config.env[3]` or `history[5].created_by`).
#[derive(Debug, Clone, Serialize)]
pub struct FindingLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRepr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Archive members from the file inwards to the matching blob (empty: the file itself).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<String>,
    /// A config field is `present`: every container of the image carries it.
    pub state: State,
    /// The layer of the file version, or the layer a history step made (None for other config
    /// fields and history steps that made no layer).
    pub layer: Option<usize>,
    /// The layer whose entry holds the bytes, when not `layer` (a hardlink's target).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_layer: Option<usize>,
    pub layer_digest: Option<OciDigest>,
    pub diff_id: Option<OciDigest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// sha256 of the whole file (absent when it could not be read whole).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_sha256: Option<Sha256Sum>,
    /// Secrets: sha256 of the blob (file or member) holding the value, and where in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_sha256: Option<Sha256Sum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// Set when the bytes are in no filesystem view at all (`state` is then `deleted`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    /// A hidden file version: what first hid it, in which layer (`state` says how it ends).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden_by: Option<HiddenBy>,
    /// A file of the final tree that the image's start command runs, and how it reaches it
    /// (`the image's Cmd via /opt/run.sh`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// In an engine store's container: what the container did to this path at runtime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<RuntimeChange>,
}

/// A container's change to a path of its image, made while it ran (or, `engine`, made for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuntimeChange {
    /// The image has no such path.
    Added,
    /// The image's version is replaced.
    Changed,
    /// The image's version is removed.
    Deleted,
    /// Written by the engine when it made the container, not by the container (Docker's init
    /// layer: `/etc/hosts`, `/etc/hostname`, `/etc/resolv.conf`, `/.dockerenv`, `/dev/console`,
    /// mount points), or the image's version hidden by such a one.
    Engine,
}

impl RuntimeChange {
    /// As the text report and the bodyfile say it.
    pub fn phrase(self) -> &'static str {
        match self {
            RuntimeChange::Added => "added at runtime",
            RuntimeChange::Changed => "changed at runtime",
            RuntimeChange::Deleted => "deleted at runtime",
            RuntimeChange::Engine => "written by the engine for the container",
        }
    }
}

impl FindingLocation {
    /// What the analyst reads first: the path (with its members) or the config field.
    pub fn place(&self) -> String {
        let mut place = match (&self.path, &self.field) {
            (Some(path), _) => path.display(),
            (None, Some(field)) => field.clone(),
            (None, None) => String::from("?"),
        };
        for member in &self.nested {
            place.push_str("!/");
            place.push_str(member);
        }
        place
    }
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

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Summary {
    pub inputs: usize,
    pub images: usize,
    pub layers: usize,
    pub file_versions: usize,
    pub findings: usize,
    /// Findings per kind (`yara`, `secret`) and per severity.
    pub findings_by_kind: BTreeMap<String, usize>,
    pub findings_by_severity: BTreeMap<String, usize>,
    /// Findings at confidence low: documentation values, placeholders, failed checksums.
    pub low_confidence_findings: usize,
    /// Findings the config file's allow-list left out.
    #[serde(default)]
    pub allowed_findings: usize,
    pub anomalies: usize,
    pub errors: usize,
}

#[derive(Debug, Serialize)]
pub struct InputReport {
    pub path: String,
    pub size: u64,
    /// None only when the file could not be read at all.
    pub sha256: Option<Sha256Sum>,
    pub compression: Option<Compression>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tar_sha256: Option<Sha256Sum>,
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
    pub fn new(path: String, size: u64, sha256: Option<Sha256Sum>, compression: Option<Compression>) -> Self {
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
        let fingerprint = crate::evidence::input::fingerprint(path);
        InputReport::new(
            path.display().to_string(),
            std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
            fingerprint.map(|(sha, _)| sha),
            fingerprint.map(|(_, compression)| compression),
        )
    }
}

#[derive(Debug, Serialize)]
pub struct ImageReport {
    pub index: usize,
    pub refs: Vec<String>,
    pub format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest_digest: Option<OciDigest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_member: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_digest: Option<OciDigest>,
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
    /// Findings the config file's allow-list left out of `findings`.
    pub allowed_findings: usize,
    pub anomalies: Vec<Anomaly>,
    pub not_scanned: Vec<NotScanned>,
    /// Every file version in every state (directories included), only when a format that lists
    /// them all was asked for (`bodyfile`, `files-csv`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<FileVersion>>,
    /// An engine store's container: this image is its image's layers with its own on top.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<ContainerFacts>,
}

/// One file version of the inventory: what a timeline or a spreadsheet needs.
#[derive(Debug, Clone, Serialize)]
pub struct FileVersion {
    pub path: PathRepr,
    pub kind: &'static str,
    /// Permission and special bits, octal.
    pub mode: String,
    pub uid: u64,
    pub gid: u64,
    pub size: u64,
    /// Modification time from the tar header, seconds since the epoch.
    pub mtime: u64,
    /// Access and change times, when the layer's tar held them (PAX `atime`, `ctime`): a
    /// container's layers read from an engine store carry the times on disk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub atime: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ctime: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<Sha256Sum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_target: Option<PathRepr>,
    pub layer: usize,
    pub state: State,
    pub by_layer: Option<usize>,
    /// In an engine store's container: what the container did to this path at runtime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<RuntimeChange>,
}

impl From<&Version> for FileVersion {
    fn from(version: &Version) -> Self {
        FileVersion {
            path: version.path_repr(),
            kind: version.meta.kind.name(),
            mode: format!("{:04o}", version.meta.mode),
            uid: version.meta.uid,
            gid: version.meta.gid,
            size: version.meta.size,
            mtime: version.meta.mtime,
            atime: version.meta.times.as_ref().and_then(|t| t.atime),
            ctime: version.meta.times.as_ref().and_then(|t| t.ctime),
            sha256: version.meta.sha256,
            link_target: version.link.clone().map(PathRepr),
            layer: version.layer,
            state: version.state,
            by_layer: version.by_layer,
            runtime: None,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct FilesystemSummary {
    pub present: usize,
    pub deleted: usize,
    pub overwritten: usize,
    pub per_layer: Vec<LayerFilesystem>,
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
    pub sha256: Option<Sha256Sum>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct HiddenBy {
    pub layer: usize,
    pub cause: Cause,
}
