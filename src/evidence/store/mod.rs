//! Engine stores on a seized host's disk (Docker's `/var/lib/docker`, Podman's and containerd's): every image and every
//! container read from the store's own files, with no engine and no mount, and written as one
//! docker-archive tar (a temp file) that the rest of the pipeline reads like any other: each
//! image with its layers, each container as an image of its image's layers plus its init and
//! writable layers, so a runtime change is a file version of the container's top layer.
//!
//! What the tar cannot say travels beside it in [`StoreFacts`]: the container's host settings
//! and log, the integrity checks of each layer directory against the record of the layer as
//! pulled (`tar-split`), and what could not be read.
//!
//! The store is evidence: nothing is written into it, no symlink in it is followed
//! ([`fsread`]), every id and name taken from its JSON is checked before it names a file.

mod bolt;
pub mod containerd;
pub mod docker;
pub mod fsread;
mod integrity;
pub mod podman;
pub mod tarsplit;
pub mod tree;
mod vfs;
mod writer;

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::shared::anomaly::Anomaly;
use crate::shared::digest::{Hasher, Sha256Sum};
use crate::shared::limits::Limits;
use fsread::Root;

/// Which engine wrote a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    Docker,
    Podman,
    Containerd,
}

impl StoreKind {
    pub fn name(self) -> &'static str {
        match self {
            StoreKind::Docker => "docker",
            StoreKind::Podman => "podman",
            StoreKind::Containerd => "containerd",
        }
    }
}

impl std::str::FromStr for StoreKind {
    type Err = String;

    fn from_str(text: &str) -> Result<StoreKind, String> {
        match text {
            "docker" => Ok(StoreKind::Docker),
            "podman" => Ok(StoreKind::Podman),
            "containerd" => Ok(StoreKind::Containerd),
            _ => Err(format!("{text:?}: expected docker, podman or containerd")),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot read the store: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: not a {kind} store: {reason}")]
    NotThisKind { path: PathBuf, kind: &'static str, reason: String },
    #[error("{path}: a {kind} store, which layerhound does not read yet")]
    Unsupported { path: PathBuf, kind: &'static str },
    #[error("{path}: the store's layers come to more than --max-tar-bytes ({limit} bytes)")]
    TooLarge { path: PathBuf, limit: u64 },
}

/// The engine whose store `dir` is, by its content: Docker's `image/overlay2/imagedb` beside
/// `overlay2/` (or `image/vfs/imagedb` beside `vfs/`), containers/storage's `overlay-images/` beside `overlay-layers/`, containerd's
/// bolt metadata database.
pub fn detect(dir: &Path) -> Option<StoreKind> {
    let root = Root::open(dir).ok()?;
    if docker::looks_like(&root) {
        Some(StoreKind::Docker)
    } else if podman::looks_like(&root) {
        Some(StoreKind::Podman)
    } else if containerd::looks_like(&root) {
        Some(StoreKind::Containerd)
    } else {
        None
    }
}

/// The bytes of the regular files under a store, counted through O_NOATIME opens (a
/// directory listed the ordinary way gets a new access time): its share of the work.
pub fn bytes_on_disk(dir: &Path) -> u64 {
    let Ok(root) = Root::open(dir) else { return 0 };
    let mut total = 0u64;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for name in dir.names().unwrap_or_default() {
            let Ok(stat) = dir.stat_child(&name) else { continue };
            match fsread::node_type(&stat) {
                fsread::NodeType::File => total = total.saturating_add(stat.st_size as u64),
                fsread::NodeType::Dir => stack.extend(dir.child_dir(&name).ok()),
                _ => {}
            }
        }
    }
    total
}

/// A container, as its store describes it; joined to the image the container is in the tar.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ContainerFacts {
    pub id: String,
    /// As the engine names it, without Docker's leading `/`.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The tags of the image the container was made from.
    pub image_refs: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    pub running: bool,
    /// What the engine ran (Path and Args).
    pub command: Vec<String>,
    pub host: HostSettings,
    /// The first layer (index) that is the container's own: its init layer, then its writable
    /// layer (what changed at runtime). Those have no recorded digest to verify against.
    pub own_layers_from: usize,
    /// Docker's init layer's index, when the store holds it: what the engine wrote when it made
    /// the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub init_layer: Option<usize>,
    /// The writable layer's index, when the store holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub writable_layer: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<LogSummary>,
    /// The log's text (the `log` field of each JSON line), scanned like a config field.
    #[serde(skip)]
    pub log_text: Option<String>,
}

impl ContainerFacts {
    /// Whether the version of `path` in `layer` is one the engine wrote when it made the
    /// container (what Docker writes in its init layer, as Docker writes it), not the
    /// container's doing.
    pub fn engine_made(&self, layer: usize, path: &[u8], shape: Shape) -> bool {
        self.init_layer == Some(layer) && docker::INIT_LAYER.iter().any(|(engine, made)| engine.as_bytes() == path && *made == shape)
    }
}

/// What a file version is, as far as telling the engine's own files from others needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape<'a> {
    Dir,
    File { size: u64 },
    Symlink(&'a [u8]),
    Other,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LogSummary {
    pub file: String,
    pub size: u64,
    /// Bytes of the file read (the first ones); the rest is in `not_scanned`.
    pub read: u64,
}

/// The settings of a container that reach the host (`hostconfig.json`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct HostSettings {
    pub privileged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub userns_mode: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cap_add: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_opt: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<String>,
    /// Host paths (and named volumes) mounted into the container.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mounts: Vec<HostMount>,
    /// The file the settings were read from, which names where a finding points.
    #[serde(skip)]
    pub origin: SettingsOrigin,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SettingsOrigin {
    /// Docker's `hostconfig.json`.
    #[default]
    DockerHostConfig,
    /// The OCI runtime config a container was run with, by the name of where it is kept
    /// (Podman's `config.json` in the container's userdata, containerd's `spec` in meta.db).
    OciRuntimeConfig(&'static str),
}

impl SettingsOrigin {
    /// Where the `index`th mount of an OCI runtime config is.
    pub fn mount_field(self, index: usize) -> String {
        match self {
            SettingsOrigin::DockerHostConfig => format!("hostconfig.Mounts[{index}]"),
            SettingsOrigin::OciRuntimeConfig(file) => format!("{file} mounts[{index}]"),
        }
    }
}

impl HostSettings {
    /// Where the setting Docker calls `key` (`Privileged`, `PidMode`, `CapAdd[0]`, …) is in the
    /// file the settings came from.
    pub fn field(&self, key: &str) -> String {
        match self.origin {
            SettingsOrigin::DockerHostConfig => format!("hostconfig.{key}"),
            SettingsOrigin::OciRuntimeConfig(file) => {
                let place = match key.split('[').next().unwrap_or(key) {
                    "Privileged" => "annotations.io.podman.annotations.privileged",
                    "PidMode" | "NetworkMode" | "IpcMode" | "UsernsMode" => "linux.namespaces",
                    "CapAdd" => "process.capabilities.bounding",
                    "SecurityOpt" => "linux.seccomp",
                    other => other,
                };
                format!("{file} {place}")
            }
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct HostMount {
    /// Where the setting came from: `Binds[0]`, `Mounts[1]`.
    pub field: String,
    /// `bind`, `volume`, `tmpfs`, `npipe`.
    pub kind: String,
    pub source: String,
    pub target: String,
    pub read_only: bool,
}

/// A part of the store that could not be read, and why (the report lists it as not scanned).
#[derive(Debug, Clone)]
pub struct NotRead {
    pub what: String,
    pub reason: String,
}

/// What a store gave beyond the tar.
#[derive(Debug, Default)]
pub struct StoreFacts {
    pub kind: &'static str,
    pub images: usize,
    pub containers_found: usize,
    /// Integrity results and gaps of the store as a whole.
    pub anomalies: Vec<Anomaly>,
    pub not_read: Vec<NotRead>,
    /// By the config member that stands for the container in the tar.
    pub containers: HashMap<String, Arc<ContainerFacts>>,
}

/// Reads the store at `dir` (of `kind`, or whatever its content says) into a docker-archive tar
/// written to `spill`.
pub fn build(dir: &Path, kind: Option<StoreKind>, spill: &File, limits: &Limits) -> Result<StoreFacts, StoreError> {
    let root = Root::open(dir).map_err(|source| StoreError::Io { path: dir.to_path_buf(), source })?;
    let kind = match kind {
        Some(kind) => kind,
        None => detect(dir).ok_or_else(|| StoreError::NotThisKind {
            path: dir.to_path_buf(),
            kind: "container engine",
            reason: "no image/overlay2/imagedb or image/vfs/imagedb (Docker), overlay-images (Podman) or meta.db (containerd)".into(),
        })?,
    };
    let mut out = Outer { file: spill, at: 0, last: None, budget: limits.max_tar_bytes, path: dir.to_path_buf() };
    let facts = match kind {
        StoreKind::Docker => docker::read(&root, &mut out, limits)?,
        StoreKind::Podman => podman::read(&root, &mut out, limits)?,
        StoreKind::Containerd => containerd::read(&root, &mut out, limits)?,
    };
    out.finish()?;
    Ok(facts)
}

/// The docker-archive tar being written: members appended one by one, each of which can be
/// taken back whole when what was written turns out not to be what should stand (a layer
/// directory that disagrees with its record is written again as it is on disk).
pub struct Outer<'f> {
    file: &'f File,
    at: u64,
    /// Where the last member began, and its name.
    last: Option<(String, u64)>,
    budget: u64,
    path: PathBuf,
}

/// A member as written: its size and sha256.
#[derive(Debug, Clone)]
pub struct Member {
    pub size: u64,
    pub sha256: Sha256Sum,
}

/// Writes at an offset of the spill file, hashing and counting on the way.
struct AtWriter<'f> {
    file: &'f File,
    at: u64,
    written: u64,
    limit: u64,
    hash: Hasher,
}

impl Write for AtWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written + buf.len() as u64 > self.limit {
            return Err(io::Error::other(TooLargeMarker));
        }
        self.file.write_all_at(buf, self.at + self.written)?;
        self.written += buf.len() as u64;
        self.hash.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The error an [`AtWriter`] gives past the budget (told apart from a failing read).
#[derive(Debug)]
struct TooLargeMarker;

impl std::fmt::Display for TooLargeMarker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("over --max-tar-bytes")
    }
}

impl std::error::Error for TooLargeMarker {}

/// Whether an error came from the tar's budget rather than from the evidence.
pub fn is_too_large(err: &io::Error) -> bool {
    err.get_ref().is_some_and(|inner| inner.is::<TooLargeMarker>())
}

impl Outer<'_> {
    /// Appends member `name` with what `body` writes. On an error nothing of it stays.
    pub fn member<T>(&mut self, name: &str, body: impl FnOnce(&mut dyn Write) -> io::Result<T>) -> io::Result<(T, Member)> {
        let start = self.at;
        let limit = self.budget.saturating_sub(start + 512);
        let mut writer =
            BufWriter::with_capacity(1 << 20, AtWriter { file: self.file, at: start + 512, written: 0, limit, hash: Hasher::new() });
        let result = body(&mut writer).and_then(|value| writer.flush().map(|()| value));
        let inner = writer.into_inner().map_err(|err| err.into_error());
        let (value, inner) = match (result, inner) {
            (Ok(value), Ok(inner)) => (value, inner),
            (Err(err), _) | (_, Err(err)) => {
                self.file.set_len(start)?;
                return Err(err);
            }
        };
        let size = inner.written;
        let mut header = tar::Header::new_gnu();
        header.set_path(name)?;
        header.set_size(size);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        self.file.write_all_at(header.as_bytes(), start)?;
        let padded = size.div_ceil(512) * 512;
        if padded > size {
            self.file.write_all_at(&vec![0u8; (padded - size) as usize], start + 512 + size)?;
        }
        self.at = start + 512 + padded;
        self.file.set_len(self.at)?;
        self.last = Some((name.to_string(), start));
        Ok((value, Member { size, sha256: inner.hash.finish() }))
    }

    /// Takes back member `name` if it is the last one written.
    pub fn retract(&mut self, name: &str) {
        if let Some((last, start)) = self.last.take() {
            if last == name && self.file.set_len(start).is_ok() {
                self.at = start;
            }
        }
    }

    /// Appends `bytes` as member `name`.
    pub fn bytes(&mut self, name: &str, bytes: &[u8]) -> Result<Member, StoreError> {
        self.member(name, |w| w.write_all(bytes)).map(|(_, member)| member).map_err(|err| self.error(err))
    }

    /// The error of a failed write: the budget, or the disk the temp file is on.
    pub fn error(&self, err: io::Error) -> StoreError {
        if is_too_large(&err) {
            StoreError::TooLarge { path: self.path.clone(), limit: self.budget }
        } else {
            StoreError::Io { path: self.path.clone(), source: err }
        }
    }

    fn finish(&mut self) -> Result<(), StoreError> {
        self.file.write_all_at(&[0u8; 1024], self.at).map_err(|err| self.error(err))?;
        self.at += 1024;
        Ok(())
    }
}

/// A hex id as engines write them (64 lowercase hex digits): anything else is refused before it
/// names a file.
pub fn is_hex_id(id: &str) -> bool {
    crate::shared::digest::is_sha256_hex(id)
}
