//! Safe export of file versions for manual analysis. Every write goes through a capability
//! handle on the output directory (cap-std: resolution never leaves it, whatever symlinks the
//! image planted), files are created exclusively (never through an existing link), modes lose
//! setuid/setgid/sticky bits, ownership is never changed, and device nodes are not created.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use cap_std::fs::{Dir, OpenOptions, OpenOptionsExt, Permissions, PermissionsExt};
use serde::Serialize;

use crate::analysis::{Analysis, ImageView};
use crate::layers::entry::EntryKind;
use crate::layers::layer::{self};
use crate::overlay::{Brief, State, Version};
use crate::shared::digest::Sha256Sum;
use crate::shared::limits::Limits;
use crate::shared::pathbytes::PathRepr;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0}: not empty (use --force to export into it anyway)")]
    NotEmpty(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// Which versions to export.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only versions from this layer (any state).
    pub layer: Option<usize>,
    /// Only this path and what is under it.
    pub path: Option<Vec<u8>>,
    /// Deleted and overwritten versions too, into `hidden/`.
    pub all_versions: bool,
}

#[derive(Debug, Serialize)]
pub struct Exported {
    /// Where the copy is, relative to the output directory.
    pub written_to: PathRepr,
    pub path: PathRepr,
    pub kind: &'static str,
    pub layer: usize,
    pub state: State,
    pub sha256: Option<Sha256Sum>,
    pub mode: String,
    pub uid: u64,
    pub gid: u64,
    pub mtime: u64,
}

#[derive(Debug, Serialize)]
pub struct NotExported {
    pub path: PathRepr,
    pub layer: usize,
    pub reason: String,
}

/// Written next to the export as `layerhound-export.json`: what each copy is and where from.
#[derive(Debug, Serialize)]
pub struct ExportManifest {
    pub tarball: String,
    /// Filled in by the caller, which holds the evidence (always set when written).
    pub tarball_sha256: Option<Sha256Sum>,
    pub image_refs: Vec<String>,
    pub exported: Vec<Exported>,
    pub not_exported: Vec<NotExported>,
}

pub const MANIFEST_NAME: &str = "layerhound-export.json";

/// The versions sharing one entry's bytes, and where each is written.
type Targets<'v> = Vec<(&'v Version, PathBuf)>;

/// Where a version goes under the output directory: the final view in `rootfs/`, hidden
/// versions in `hidden/layer-N-STATE/`.
fn destination(version: &Version) -> PathBuf {
    let tree = match version.state {
        State::Present => "rootfs".to_string(),
        state => format!("hidden/layer-{}-{}", version.layer, state.name()),
    };
    let relative = OsStr::from_bytes(version.path.strip_prefix(b"/").unwrap_or(&version.path));
    Path::new(&tree).join(relative)
}

fn selected(version: &Brief<'_>, selection: &Selection) -> bool {
    let by_layer = selection.layer.is_none_or(|layer| version.layer == layer);
    let by_state = selection.all_versions || selection.layer.is_some() || version.state == State::Present;
    let by_path = selection.path.as_ref().is_none_or(|prefix| {
        **version.path == **prefix || (version.path.starts_with(prefix) && version.path.get(prefix.len()) == Some(&b'/')) || prefix == b"/"
    });
    by_layer && by_state && by_path && version.entry.is_some()
}

pub fn export(
    analysis: &Analysis,
    view: &ImageView,
    selection: &Selection,
    out: &Path,
    force: bool,
    limits: &Limits,
) -> Result<ExportManifest, ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    if out.exists() && std::fs::read_dir(out).map_err(io_err(out))?.next().is_some() && !force {
        return Err(ExportError::NotEmpty(out.to_path_buf()));
    }
    std::fs::create_dir_all(out).map_err(io_err(out))?;
    let root = Dir::open_ambient_dir(out, cap_std::ambient_authority()).map_err(io_err(out))?;

    let mut manifest = ExportManifest {
        tarball: String::new(),
        tarball_sha256: None,
        image_refs: view.image.refs.clone(),
        exported: Vec::new(),
        not_exported: Vec::new(),
    };
    let mut versions: Vec<Version> = view.overlay.sorted_where(|v| selected(v, selection)).collect();
    // Directories first so their children land inside them; same-path duplicates keep the last.
    versions.sort_by_key(|v| (v.meta.kind != EntryKind::Dir, v.path.len()));
    let mut files: BTreeMap<(usize, u32), Targets<'_>> = BTreeMap::new();
    for version in &versions {
        let target = destination(version);
        let skip = |reason: &str| NotExported { path: version.path_repr(), layer: version.layer, reason: reason.to_string() };
        let written = match version.file_type() {
            EntryKind::Dir => root
                .create_dir_all(&target)
                .and_then(|()| root.set_permissions(&target, Permissions::from_mode((version.meta.mode & 0o777) | 0o700))),
            EntryKind::Symlink => {
                let link_target = OsStr::from_bytes(version.link.as_deref().unwrap_or_default());
                make_parent(&root, &target).and_then(|()| root.symlink_contents(link_target, &target))
            }
            EntryKind::File => {
                match version.content {
                    None => manifest.not_exported.push(skip("hardlink whose target no layer holds")),
                    Some(_) if version.meta.sha256.is_none() => {
                        manifest.not_exported.push(skip("not read in full (over a limit or cut off)"))
                    }
                    Some(content) => files.entry(content).or_default().push((version, target)),
                }
                continue;
            }
            other => {
                manifest.not_exported.push(skip(&format!("{} entries are never created on the host", other.name())));
                continue;
            }
        };
        match written {
            Ok(()) => manifest.exported.push(record(version, &target)),
            Err(err) => manifest.not_exported.push(skip(&err.to_string())),
        }
    }
    write_files(analysis, view, &root, files, limits, &mut manifest);
    Ok(manifest)
}

fn make_parent(root: &Dir, target: &Path) -> io::Result<()> {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => root.create_dir_all(parent),
        _ => Ok(()),
    }
}

fn record(version: &Version, target: &Path) -> Exported {
    Exported {
        written_to: PathRepr(target.as_os_str().as_bytes().to_vec()),
        path: version.path_repr(),
        kind: version.meta.kind.name(),
        layer: version.layer,
        state: version.state,
        sha256: version.meta.sha256,
        mode: format!("{:04o}", version.meta.mode),
        uid: version.meta.uid,
        gid: version.meta.gid,
        mtime: version.meta.mtime,
    }
}

/// Streams each layer once, writing every wanted entry to all its destinations.
fn write_files(
    analysis: &Analysis,
    view: &ImageView,
    root: &Dir,
    files: BTreeMap<(usize, u32), Targets<'_>>,
    limits: &Limits,
    manifest: &mut ExportManifest,
) {
    let mut by_layer: BTreeMap<usize, BTreeMap<u32, Targets<'_>>> = BTreeMap::new();
    for ((layer, entry), targets) in files {
        by_layer.entry(layer).or_default().insert(entry, targets);
    }
    for (layer, entries) in by_layer {
        let blob = view.layer_members.get(layer).cloned().flatten().and_then(|member| analysis.archive.blob(&member).ok());
        let Some(blob) = blob else {
            for (version, _) in entries.values().flatten() {
                manifest.not_exported.push(NotExported {
                    path: version.path_repr(),
                    layer: version.layer,
                    reason: format!("layer {layer} is not readable"),
                });
            }
            continue;
        };
        let wanted: BTreeSet<u32> = entries.keys().copied().collect();
        let mut done: BTreeSet<u32> = BTreeSet::new();
        let visited = layer::visit_entries(blob.bytes, &wanted, limits, &mut |entry, content| {
            done.insert(entry);
            let targets = &entries[&entry];
            let mut first: Option<&Path> = None;
            for (version, target) in targets {
                let outcome = match first {
                    // Later names of the same bytes are copied from the first written copy.
                    Some(source) => root.open(source).and_then(|mut copy| write_one(root, target, &mut copy)),
                    None => write_one(root, target, content),
                }
                .and_then(|()| root.set_permissions(target, Permissions::from_mode(version.meta.mode & 0o777)));
                match outcome {
                    Ok(()) => {
                        first.get_or_insert(target);
                        manifest.exported.push(record(version, target));
                    }
                    Err(err) => {
                        manifest.not_exported.push(NotExported { path: version.path_repr(), layer: version.layer, reason: err.to_string() })
                    }
                }
            }
            Ok(())
        });
        for (entry, targets) in &entries {
            if !done.contains(entry) {
                let reason = match &visited {
                    Err(err) => format!("layer {layer}: {err}"),
                    Ok(()) => format!("layer {layer}: entry {entry} not found"),
                };
                for (version, _) in targets {
                    manifest.not_exported.push(NotExported { path: version.path_repr(), layer: version.layer, reason: reason.clone() });
                }
            }
        }
    }
}

fn write_one(root: &Dir, target: &Path, content: &mut dyn io::Read) -> io::Result<()> {
    make_parent(root, target)?;
    // create_new: never through a link or over something already there.
    let mut file = root.open_with(target, OpenOptions::new().write(true).create_new(true).mode(0o600))?;
    io::copy(content, &mut file)?;
    Ok(())
}
