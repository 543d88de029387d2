//! `layerhound diff`: what image B holds that image A does not ("what did the attacker add to
//! the official image"). Both come from one scan report (the same engines as `scan`, each image
//! with its file inventory, a layer blob they share read and scanned once); their final trees
//! are compared path by path and their findings by id.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::overlay::State;
use crate::report::{FileVersion, Finding, ImageReport, InputReport, Report, RuntimeChange, Tool};
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::pathbytes::PathRepr;

/// Bumped on any change a consumer of the diff JSON could notice.
pub const DIFF_SCHEMA_VERSION: &str = "1.1.0";

/// Which image of which scanned tarball one side is.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The tarball's path as the report names it (as given on the command line).
    pub input: &'a str,
    /// `--image`: an index, a reference or a reference's tail; None: the first image.
    pub image: Option<&'a str>,
}

#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("{0}: not in the scan (it could not be read)")]
    NotScanned(String),
    #[error("{path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path}: {reason}")]
    NoSuchImage { path: String, reason: String },
    #[error("{path}: image {index} has no file inventory (the scan was not asked for one)")]
    NoInventory { path: String, index: usize },
    #[error("both sides are image {index} of {path}; name the other image with --image-b")]
    SameImage { path: String, index: usize },
}

#[derive(Debug, Serialize)]
pub struct Diff {
    pub schema_version: &'static str,
    pub tool: Tool,
    pub a: ImageSide,
    pub b: ImageSide,
    /// Leading layers whose diff_id is the same in both images (B built on A's base).
    pub shared_layers: usize,
    pub summary: DiffSummary,
    /// Paths in B's final filesystem that A's does not have.
    pub added: Vec<Added>,
    /// Paths in both whose type, content, mode, owner or link target differ.
    pub changed: Vec<Changed>,
    /// Paths in A's final filesystem that B's does not have.
    pub deleted: Vec<Deleted>,
    /// B's findings whose id none of A's findings has.
    pub new_findings: Vec<Finding>,
    /// False when anything in either image could not be read or scanned: what is listed stands,
    /// but a difference may be missing.
    pub complete: bool,
    pub errors: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct DiffSummary {
    pub added: usize,
    pub changed: usize,
    pub deleted: usize,
    pub unchanged: usize,
    pub findings_a: usize,
    pub findings_b: usize,
    pub new_findings: usize,
}

impl Diff {
    /// Whether B differs from A at all (files or new findings).
    pub fn differs(&self) -> bool {
        !(self.added.is_empty() && self.changed.is_empty() && self.deleted.is_empty() && self.new_findings.is_empty())
    }
}

#[derive(Debug, Serialize)]
pub struct ImageSide {
    pub input: String,
    pub sha256: Option<Sha256Sum>,
    pub image: usize,
    pub refs: Vec<String>,
    pub config_digest: Option<OciDigest>,
    pub layers: Vec<LayerInfo>,
}

/// The layer that made a file version what it is.
#[derive(Debug, Clone, Serialize)]
pub struct LayerInfo {
    pub index: usize,
    /// sha256 of the blob as stored.
    pub digest: Option<OciDigest>,
    pub diff_id: Option<OciDigest>,
    pub created_by: Option<String>,
}

/// A path's version in one image's final filesystem.
#[derive(Debug, Clone, Serialize)]
pub struct FileInfo {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub mode: String,
    pub uid: u64,
    pub gid: u64,
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<Sha256Sum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_target: Option<PathRepr>,
    pub layer: LayerInfo,
    /// In an engine store's container: what the container (or the engine making it) did to
    /// the path, so a container diffed with its image tells its own changes from the engine's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<RuntimeChange>,
}

#[derive(Debug, Serialize)]
pub struct Added {
    pub path: PathRepr,
    pub b: FileInfo,
}

#[derive(Debug, Serialize)]
pub struct Changed {
    pub path: PathRepr,
    /// What differs: `type`, `content`, `mode`, `owner`, `link_target`.
    pub changes: Vec<&'static str>,
    pub a: FileInfo,
    pub b: FileInfo,
}

#[derive(Debug, Serialize)]
pub struct Deleted {
    pub path: PathRepr,
    pub a: FileInfo,
    /// The layer of B that removed the path (whiteout, opaque directory, replaced parent), when
    /// B holds the version it hid: B was built on A's layers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<LayerInfo>,
}

/// Compares image `b` with image `a`, both in `report` (scanned with a file inventory). Takes
/// the report: B's new findings move into the diff.
pub fn compare(mut report: Report, a: Side, b: Side) -> Result<Diff, DiffError> {
    let (a_input, a_index) = locate(&report, a)?;
    let (b_input, b_index) = locate(&report, b)?;
    if a_input == b_input && a_index == b_index {
        return Err(DiffError::SameImage { path: a.input.to_string(), index: a_index });
    }
    let mut errors = report.errors.clone();
    for input in dedup([a_input, b_input]).map(|i| &report.inputs[i]) {
        errors.extend(input.errors.iter().cloned());
    }
    let complete = report.complete;
    let image_a = &report.inputs[a_input].images[a_index];
    let image_b = &report.inputs[b_input].images[b_index];
    let files_a = inventory(image_a, &report.inputs[a_input])?;
    let files_b = inventory(image_b, &report.inputs[b_input])?;
    let layers_a = layer_infos(image_a);
    let layers_b = layer_infos(image_b);

    let FileChanges { added, changed, deleted, unchanged } = file_changes(files_a, files_b, &layers_a, &layers_b);
    let mut summary = DiffSummary { unchanged, ..DiffSummary::default() };

    let known: HashSet<&str> = image_a.findings.iter().map(|f| f.id.as_str()).collect();
    let new_ids: HashSet<String> = image_b.findings.iter().filter(|f| !known.contains(f.id.as_str())).map(|f| f.id.clone()).collect();
    summary.findings_a = image_a.findings.len();
    summary.findings_b = image_b.findings.len();
    let shared_layers = layers_a.iter().zip(&layers_b).take_while(|(x, y)| x.diff_id.is_some() && x.diff_id == y.diff_id).count();
    let side = |input: &InputReport, image: &ImageReport, layers: Vec<LayerInfo>| ImageSide {
        input: input.path.clone(),
        sha256: input.sha256,
        image: image.index,
        refs: image.refs.clone(),
        config_digest: image.config_digest,
        layers,
    };
    let side_a = side(&report.inputs[a_input], image_a, layers_a);
    let side_b = side(&report.inputs[b_input], image_b, layers_b);
    let new_findings: Vec<Finding> =
        std::mem::take(&mut report.inputs[b_input].images[b_index].findings).into_iter().filter(|f| new_ids.contains(&f.id)).collect();
    summary.added = added.len();
    summary.changed = changed.len();
    summary.deleted = deleted.len();
    summary.new_findings = new_findings.len();
    Ok(Diff {
        schema_version: DIFF_SCHEMA_VERSION,
        tool: report.tool,
        a: side_a,
        b: side_b,
        shared_layers,
        summary,
        added,
        changed,
        deleted,
        new_findings,
        complete,
        errors,
    })
}

/// The final filesystems of two images, path by path.
struct FileChanges {
    added: Vec<Added>,
    changed: Vec<Changed>,
    deleted: Vec<Deleted>,
    unchanged: usize,
}

/// What B's final filesystem adds, changes and deletes against A's; a deletion names the layer
/// of B that made it when B was built on A's layers.
fn file_changes(files_a: &[FileVersion], files_b: &[FileVersion], layers_a: &[LayerInfo], layers_b: &[LayerInfo]) -> FileChanges {
    let present = |files: &'_ [FileVersion]| -> BTreeMap<Vec<u8>, usize> {
        files.iter().enumerate().filter(|(_, v)| v.state == State::Present).map(|(i, v)| (v.path.0.clone(), i)).collect()
    };
    let (live_a, live_b) = (present(files_a), present(files_b));
    let mut unchanged = 0;
    let (mut added, mut changed, mut deleted) = (Vec::new(), Vec::new(), Vec::new());
    for (path, &ib) in &live_b {
        let version_b = &files_b[ib];
        match live_a.get(path) {
            None => added.push(Added { path: version_b.path.clone(), b: file_info(version_b, layers_b) }),
            Some(&ia) => {
                let version_a = &files_a[ia];
                let changes = differences(version_a, version_b);
                if changes.is_empty() {
                    unchanged += 1;
                } else {
                    changed.push(Changed {
                        path: version_b.path.clone(),
                        changes,
                        a: file_info(version_a, layers_a),
                        b: file_info(version_b, layers_b),
                    });
                }
            }
        }
    }
    for (path, &ia) in live_a.iter().filter(|(path, _)| !live_b.contains_key(*path)) {
        let version_a = &files_a[ia];
        // The version B hid is A's own when B was built on A's layers: same path, same layer
        // index, same layer content.
        let same_layer =
            |l: usize| layers_a.get(l).zip(layers_b.get(l)).is_some_and(|(x, y)| x.diff_id.is_some() && x.diff_id == y.diff_id);
        let deleted_by = files_b
            .iter()
            .filter(|v| v.path.0 == *path && v.state == State::Deleted && v.layer == version_a.layer && same_layer(v.layer))
            .find_map(|v| v.by_layer)
            .and_then(|layer| layers_b.get(layer).cloned());
        deleted.push(Deleted { path: version_a.path.clone(), a: file_info(version_a, layers_a), deleted_by });
    }
    FileChanges { added, changed, deleted, unchanged }
}

fn inventory<'r>(image: &'r ImageReport, input: &InputReport) -> Result<&'r [FileVersion], DiffError> {
    image.files.as_deref().ok_or_else(|| DiffError::NoInventory { path: input.path.clone(), index: image.index })
}

fn dedup(indexes: [usize; 2]) -> impl Iterator<Item = usize> {
    let [first, second] = indexes;
    std::iter::once(first).chain((second != first).then_some(second))
}

/// The input and image index a side names.
fn locate(report: &Report, side: Side) -> Result<(usize, usize), DiffError> {
    let input_index =
        report.inputs.iter().position(|input| input.path == side.input).ok_or_else(|| DiffError::NotScanned(side.input.to_string()))?;
    let input = &report.inputs[input_index];
    if input.images.is_empty() {
        let reason = if input.errors.is_empty() { "the archive holds no readable image".to_string() } else { input.errors.join("; ") };
        return Err(DiffError::Unreadable { path: input.path.clone(), reason });
    }
    let image = match side.image {
        None => 0,
        Some(wanted) => {
            let refs: Vec<&[String]> = input.images.iter().map(|image| image.refs.as_slice()).collect();
            crate::image::select(&refs, wanted).map_err(|reason| DiffError::NoSuchImage { path: input.path.clone(), reason })?
        }
    };
    Ok((input_index, image))
}

fn layer_infos(image: &ImageReport) -> Vec<LayerInfo> {
    image
        .layers
        .iter()
        .map(|layer| LayerInfo { index: layer.index, digest: layer.digest, diff_id: layer.diff_id, created_by: layer.created_by.clone() })
        .collect()
}

fn file_info(version: &FileVersion, layers: &[LayerInfo]) -> FileInfo {
    FileInfo {
        kind: file_type(version),
        mode: version.mode.clone(),
        uid: version.uid,
        gid: version.gid,
        size: version.size,
        sha256: version.sha256,
        link_target: version.link_target.clone(),
        layer: layers.get(version.layer).cloned().unwrap_or(LayerInfo {
            index: version.layer,
            digest: None,
            diff_id: None,
            created_by: None,
        }),
        runtime: version.runtime,
    }
}

/// A hardlink is a regular file to whoever opens it.
fn file_type(version: &FileVersion) -> &'static str {
    match version.kind {
        "hardlink" => "file",
        kind => kind,
    }
}

/// What differs between two versions of one path, as a container would notice (mtime aside:
/// rebuilding a layer changes it without changing the file).
fn differences(a: &FileVersion, b: &FileVersion) -> Vec<&'static str> {
    let mut changes = Vec::new();
    if file_type(a) != file_type(b) {
        changes.push("type");
    }
    if file_type(a) == "file" && file_type(b) == "file" && (a.sha256 != b.sha256 || a.size != b.size) {
        changes.push("content");
    }
    if a.mode != b.mode {
        changes.push("mode");
    }
    if (a.uid, a.gid) != (b.uid, b.gid) {
        changes.push("owner");
    }
    if a.kind == "symlink" && b.kind == "symlink" && a.link_target != b.link_target {
        changes.push("link_target");
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(kind: &'static str, mode: &str, sha: Option<&[u8]>, link: Option<&[u8]>) -> FileVersion {
        FileVersion {
            path: PathRepr(b"/x".to_vec()),
            kind,
            mode: mode.into(),
            uid: 0,
            gid: 0,
            size: 3,
            mtime: 0,
            atime: None,
            ctime: None,
            sha256: sha.map(Sha256Sum::of),
            link_target: link.map(|l| PathRepr(l.to_vec())),
            layer: 0,
            state: State::Present,
            by_layer: None,
            runtime: None,
        }
    }

    #[test]
    fn differences_name_what_a_container_would_notice() {
        let file = version("file", "0644", Some(b"aa"), None);
        assert!(differences(&file, &file).is_empty());
        let mut later = file.clone();
        later.mtime = 99;
        assert!(differences(&file, &later).is_empty(), "mtime alone is no change");
        assert_eq!(differences(&file, &version("hardlink", "0644", Some(b"aa"), Some(b"/y"))), Vec::<&str>::new());
        assert_eq!(differences(&file, &version("file", "4755", Some(b"bb"), None)), ["content", "mode"]);
        let mut owned = file.clone();
        owned.uid = 1000;
        assert_eq!(differences(&file, &owned), ["owner"]);
        let link = |target: &[u8]| version("symlink", "0777", None, Some(target));
        assert_eq!(differences(&link(b"/bin/a"), &link(b"/bin/b")), ["link_target"]);
        assert_eq!(differences(&file, &link(b"/bin/a")), ["type", "mode"]);
    }
}
