//! What every engine's reader shares: the store's root, the tar being written, what was found,
//! and the two ways a layer directory becomes a member: as the layer was pulled (its tar-split
//! record reassembled with the files, when the directory still agrees with it) or as it is on
//! disk.

use std::io::{self, BufRead, Read};
use std::sync::Arc;

use serde_json::{json, Value};

use super::fsread::Root;
use super::tarsplit::{Bodies, Divergence, SplitReader};
use super::{integrity, tree, vfs, ContainerFacts, LogSummary, NotRead, Outer, StoreError, StoreFacts};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::limits::Limits;

/// A container log read for scanning: the first bytes of it.
const LOG_BYTES: u64 = 16 << 20;

/// Problems listed per layer directory; the rest are counted.
const LISTED_PROBLEMS: usize = 16;

pub struct Writer<'r, 'o, 'f> {
    pub root: &'r Root,
    pub out: &'o mut Outer<'f>,
    pub limits: &'r Limits,
    pub facts: StoreFacts,
}

impl Writer<'_, '_, '_> {
    pub fn anomaly(&mut self, anomaly: Anomaly) {
        self.facts.anomalies.push(anomaly);
    }

    /// A container whose image the store no longer holds: `container` names it as its engine
    /// does, `image` is the image it names (if any), `fallback` what is read instead.
    pub fn image_missing(&mut self, container: &str, image: Option<&str>, fallback: &str) {
        let image = image.unwrap_or("(none named)");
        self.anomaly(Anomaly::error(
            "store-image-missing",
            format!("container {container}: its image {image} is not in the store{fallback}"),
        ));
    }

    pub fn not_read(&mut self, what: String, reason: String) {
        self.facts.not_read.push(NotRead { what, reason });
    }

    /// Writes the archive's `manifest.json` (images, then containers) last, and hands over
    /// what the store gave beside the tar.
    pub fn finish(self, manifest: &[Value]) -> Result<StoreFacts, StoreError> {
        let text = serde_json::to_vec(manifest).map_err(|err| StoreError::Io { path: self.root.path.clone(), source: err.into() })?;
        self.out.bytes("manifest.json", &text)?;
        Ok(self.facts)
    }

    /// A path of the store as the analyst knows it.
    pub fn shown(&self, relative: &str) -> String {
        self.root.path.join(relative).display().to_string()
    }

    /// A JSON file of the store, bounded; a problem is an anomaly naming the file.
    pub fn json(&mut self, relative: &str) -> Option<Value> {
        let parsed =
            self.root.read_small(relative.as_bytes(), self.limits.max_json_bytes).map_err(|err| err.to_string()).and_then(|bytes| {
                crate::shared::json::parse(&bytes, self.limits).map(|(value, _, _)| value).map_err(|err| format!("invalid JSON: {err}"))
            });
        match parsed {
            Ok(value) => Some(value),
            Err(reason) => {
                let file = self.shown(relative);
                self.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: {reason}")));
                None
            }
        }
    }

    /// A container's log (`relative` in the store), the first [`LOG_BYTES`] of it: each line's
    /// text as `text_of` takes it out of the engine's format (a line it cannot read is kept
    /// whole); what is left is recorded as not read.
    pub fn log(&mut self, relative: &str, name: &str, text_of: impl Fn(&[u8]) -> Option<String>) -> (Option<LogSummary>, Option<String>) {
        let Ok((file, stat)) = self.root.open_file(relative.as_bytes()) else { return (None, None) };
        let size = stat.st_size as u64;
        let mut text = String::new();
        let mut read = 0u64;
        for line in io::BufReader::new(file.take(LOG_BYTES)).split(b'\n') {
            let Ok(line) = line else { break };
            read += line.len() as u64 + 1;
            match text_of(&line) {
                Some(said) => text.push_str(&said),
                None => text.push_str(&String::from_utf8_lossy(&line)),
            }
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        let read = read.min(size);
        if read < size {
            self.not_read(
                format!("container {name} log {relative}: {} bytes after the first {read}", size - read),
                format!("over the log bound of {LOG_BYTES} bytes"),
            );
        }
        (Some(LogSummary { file: relative.to_string(), size, read }), Some(text))
    }

    /// Writes a container's config (`config`) and registers its facts; the manifest entry that
    /// makes it an image of `layers` named `container/NAME` and `container/ID`.
    pub fn container_image(&mut self, facts: ContainerFacts, config: &Value, layers: Vec<String>) -> Result<Value, StoreError> {
        let member = format!("{}/config.json", container_members(&facts.name, &facts.id));
        let text = serde_json::to_vec(config).map_err(|err| StoreError::Io { path: self.root.path.clone(), source: err.into() })?;
        self.out.bytes(&member, &text)?;
        let mut refs = vec![format!("container/{}", facts.name)];
        if facts.name != facts.id {
            refs.push(format!("container/{}", facts.id));
        }
        self.facts.containers.insert(member.clone(), Arc::new(facts));
        Ok(json!({"Config": member, "RepoTags": refs, "Layers": layers}))
    }

    /// Writes the image layer in `layer` as member `member`: as it was pulled when the
    /// directory agrees with its tar-split record (`split`: the directory and name of the
    /// record) and the reassembled tar hashes to `diff_id`, otherwise as it is on disk with an
    /// anomaly naming the first difference. `what` names the layer in messages.
    pub fn pulled_layer(
        &mut self,
        member: &str,
        layer: &LayerDir,
        split: (&Root, &[u8]),
        diff_id: &str,
        what: &str,
    ) -> Result<(), StoreError> {
        let Some(read) = self.read_layer(layer, what) else { return Ok(()) };
        match self.check_layer(split, &read, what) {
            Ok(()) => {
                let cap = self.split_cap();
                let written = split.0.open_file(split.1).and_then(|(file, _)| {
                    let mut reader = SplitReader::new(file, cap, Bodies::Disk(&read.files));
                    let result = self.out.member(member, |w| io::copy(&mut reader, w));
                    result.map_err(|err| match reader.divergence.take() {
                        Some(divergence) => io::Error::other(Diverged(divergence)),
                        None => err,
                    })
                });
                match written {
                    Ok((_, written)) if written.sha256.digest().is_claimed_by(diff_id) => return Ok(()),
                    Ok((_, written)) => {
                        // The member goes; the directory is written in its place below.
                        self.out.retract(member);
                        self.changed(what, None, format!("the record reassembles to {}, not the diff_id", written.sha256.digest()));
                    }
                    Err(err) if super::is_too_large(&err) => return Err(self.out.error(err)),
                    Err(err) => match err.get_ref().and_then(|inner| inner.downcast_ref::<Diverged>()) {
                        Some(Diverged(divergence)) => self.changed(what, Some(divergence.clone()), String::new()),
                        None => {
                            self.anomaly(Anomaly::error("store-layer-unverified", format!("{what}: reassembling its tar failed: {err}")))
                        }
                    },
                }
            }
            Err(Some(divergence)) => self.changed(what, Some(divergence), String::new()),
            Err(None) => {}
        }
        self.directory_member(member, &read.files, &read.changes)?;
        Ok(())
    }

    /// Writes a layer directory with no record to check it against (a container's) as it is on
    /// disk; the member's sha256, or None when the directory is not in the store.
    pub fn directory_layer(&mut self, member: &str, layer: &LayerDir, what: &str) -> Result<Option<OciDigest>, StoreError> {
        let Some(read) = self.read_layer(layer, what) else { return Ok(None) };
        self.directory_member(member, &read.files, &read.changes).map(Some)
    }

    /// Opens and walks a layer directory (and, for a copy, the copy below, to tell the layer's
    /// changes); None, with an anomaly, when it is not in the store.
    fn read_layer(&mut self, layer: &LayerDir, what: &str) -> Option<LayerRead> {
        let dir = match layer {
            LayerDir::Changes(dir) | LayerDir::Copy { dir, .. } => dir,
        };
        let Ok(files) = self.root.dir(dir.as_bytes()) else {
            self.anomaly(Anomaly::error("store-layer-missing", format!("{what}: {dir} is not in the store")));
            return None;
        };
        let LayerDir::Copy { below, .. } = layer else {
            let walk = tree::walk(&files, self.limits.max_entries);
            self.walk_problems(&walk, dir);
            return Some(LayerRead { files, changes: walk, copy: None });
        };
        let copy = vfs::walk(&files, self.limits.max_entries);
        self.walk_problems(&copy, dir);
        // The copy below was walked as its own layer, which reported what it could not read.
        let below = below.as_deref().and_then(|below| match self.root.dir(below.as_bytes()) {
            Ok(root) => {
                let walk = vfs::walk(&root, self.limits.max_entries);
                Some((root, walk))
            }
            Err(err) => {
                self.anomaly(Anomaly::error(
                    "store-layer-missing",
                    format!("{what}: the layer below, {below}, cannot be read ({err}): every file of {dir} is taken as the layer's"),
                ));
                None
            }
        });
        let changes = vfs::changes(below.as_ref().map(|(root, walk)| (root, walk)), (&files, &copy));
        self.problems(&changes.problems, dir);
        Some(LayerRead { files, changes, copy: Some(copy) })
    }

    /// Whether the directory is the layer as pulled (its record and the walk agree); `Err(None)`
    /// when that cannot be told (no record), with the reason recorded.
    fn check_layer(&mut self, split: (&Root, &[u8]), read: &LayerRead, what: &str) -> Result<(), Option<Divergence>> {
        let record = String::from_utf8_lossy(split.1).into_owned();
        let file = match split.0.open_file(split.1) {
            Ok((file, _)) => file,
            Err(err) => {
                self.anomaly(Anomaly::new(
                    "store-layer-unverified",
                    format!("{what}: no readable {record} ({err}): its files are read as they are on disk, unverified"),
                ));
                return Err(None);
            }
        };
        let pulled = match integrity::pulled_entries(SplitReader::new(file, self.split_cap(), Bodies::Zeros)) {
            Ok(pulled) => pulled,
            Err(err) => {
                self.anomaly(Anomaly::error(
                    "store-layer-unverified",
                    format!("{what}: its {record} cannot be read ({err}): its files are read as they are on disk, unverified"),
                ));
                return Err(None);
            }
        };
        let difference = match &read.copy {
            None => integrity::first_difference(&pulled, &read.changes),
            Some(copy) => integrity::first_difference_in_copy(&pulled, copy, &read.changes),
        };
        match difference {
            Some(divergence) => Err(Some(divergence)),
            None if read.changes.truncated => Err(None),
            None => Ok(()),
        }
    }

    fn split_cap(&self) -> u64 {
        // A record holds 1 KiB or so per entry; the bound is that of any metadata we read.
        self.limits.max_json_bytes.saturating_mul(16)
    }

    fn changed(&mut self, what: &str, divergence: Option<Divergence>, detail: String) {
        let message = match divergence {
            Some(Divergence { path, reason }) => {
                format!("{what}: the directory on disk is not the layer that was pulled; first difference at /{path}: {reason}")
            }
            None => format!("{what}: the directory on disk is not the layer that was pulled: {detail}"),
        };
        self.anomaly(Anomaly::error("store-layer-changed", format!("{message}; its files are read as they are on disk")));
    }

    fn walk_problems(&mut self, walk: &tree::Walk, dir: &str) {
        self.problems(&walk.problems, dir);
        if walk.truncated {
            self.not_read(dir.to_string(), format!("over the limit of {} entries per layer directory", self.limits.max_entries));
        }
    }

    fn problems(&mut self, problems: &[String], dir: &str) {
        for problem in problems.iter().take(LISTED_PROBLEMS) {
            self.anomaly(Anomaly::error("store-file-unreadable", problem.clone()));
        }
        if problems.len() > LISTED_PROBLEMS {
            let more = problems.len() - LISTED_PROBLEMS;
            self.anomaly(Anomaly::error("store-file-unreadable", format!("{dir}: {more} more unreadable entries")));
        }
    }

    /// Writes a layer directory as it is on disk; its member's sha256 is that tar's.
    fn directory_member(&mut self, member: &str, files: &Root, walk: &tree::Walk) -> Result<OciDigest, StoreError> {
        let (written, tar) = self.out.member(member, |w| tree::write_tar(files, walk, w)).map_err(|err| self.out.error(err))?;
        for problem in written.problems.iter().take(LISTED_PROBLEMS) {
            self.anomaly(Anomaly::new("store-file-unreadable", format!("{}: {problem}", files.path.display())));
        }
        Ok(tar.sha256.digest())
    }
}

/// Where a layer's files are on disk, relative to the store's root.
#[derive(Debug, Clone)]
pub enum LayerDir {
    /// The layer's changes only, deletions and opaque directories as overlayfs marks them
    /// (overlay2, containers/storage's overlay, containerd's overlayfs snapshots).
    Changes(String),
    /// A whole copy of the filesystem as of this layer (Docker's vfs), and the copy of the layer
    /// below (None: the bottom layer): the layer is what differs.
    Copy { dir: String, below: Option<String> },
}

/// A layer directory opened and walked: `changes` is the layer as a tar would hold it; `copy`
/// the whole copy it was told from, for a [`LayerDir::Copy`].
struct LayerRead {
    files: Root,
    changes: tree::Walk,
    copy: Option<tree::Walk>,
}

/// Where a container's members go in the tar: `containers/<id>/`, or, for an id that is not a
/// hex id (containerd's are free text), the hex sha256 of its name, so the member names stay
/// short and plain.
pub fn container_members(name: &str, id: &str) -> String {
    if super::is_hex_id(id) {
        format!("containers/{id}")
    } else {
        format!("containers/{}", Sha256Sum::of(name.as_bytes()))
    }
}

/// A container's image config: its image's (or a bare one when the image is gone) with the
/// container's own settings (`settings`, Docker's shape: Env, Cmd, Entrypoint, Labels, …; they
/// hold the image's, merged when the container was made, and what it was given), its layers'
/// diff_ids and their history.
pub fn container_config(image: Option<&Value>, settings: Option<Value>, diff_ids: Vec<Value>, history: Vec<Value>) -> Value {
    let mut config = image.cloned().unwrap_or_else(|| json!({"os": "linux"}));
    if let Some(object) = config.as_object_mut() {
        object.insert("config".into(), settings.unwrap_or(Value::Null));
        object.insert("rootfs".into(), json!({"type": "layers", "diff_ids": diff_ids}));
        object.insert("history".into(), Value::Array(history));
    }
    config
}

/// An error that carries where reassembly found the disk disagreeing.
#[derive(Debug)]
struct Diverged(Divergence);

impl std::fmt::Display for Diverged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.0.path, self.0.reason)
    }
}

impl std::error::Error for Diverged {}
