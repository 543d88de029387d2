//! containerd's root (`/var/lib/containerd`):
//!
//! - `io.containerd.metadata.v1.bolt/meta.db` (bbolt): per namespace, `images/<name>/target`
//!   (the manifest or index digest), `containers/<id>` (`image`, `snapshotKey`, `snapshotter`,
//!   `spec`: the OCI runtime config in a protobuf Any) and `snapshots/<snapshotter>/<key>/name`
//!   (the snapshotter's own key);
//! - `io.containerd.content.v1.content/blobs/sha256/<hex>`: the blobs as pulled (manifests,
//!   configs, compressed layers): read as they are, so every digest is checked downstream;
//! - `io.containerd.snapshotter.v1.overlayfs/metadata.db` (bbolt: `v1/snapshots/<key>/id`) and
//!   `snapshots/<id>/fs`: a container's writable layer.

use std::collections::HashMap;
use std::io;

use serde_json::{json, Value};

use super::bolt::{Bucket, Db, MAX_DB_BYTES};
use super::fsread::Root;
use super::podman::{docker_shaped, oci_host_settings, spec_args};
use super::writer::{container_config, container_members, LayerDir, Writer};
use super::{ContainerFacts, Outer, SettingsOrigin, StoreError, StoreFacts};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::OciDigest;
use crate::shared::limits::Limits;

const META_DB: &str = "io.containerd.metadata.v1.bolt/meta.db";
const SNAPSHOTTER: &str = "io.containerd.snapshotter.v1.overlayfs";
const BLOBS: &str = "io.containerd.content.v1.content/blobs/sha256";

/// The capabilities containerd's default spec gives (oci.WithDefaultSpec): any other is added;
/// all of them is `--privileged`.
const DEFAULT_CAPABILITIES: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FSETID",
    "CAP_FOWNER",
    "CAP_MKNOD",
    "CAP_NET_RAW",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETFCAP",
    "CAP_SETPCAP",
    "CAP_NET_BIND_SERVICE",
    "CAP_SYS_CHROOT",
    "CAP_KILL",
    "CAP_AUDIT_WRITE",
];

pub fn looks_like(root: &Root) -> bool {
    root.exists(META_DB.as_bytes())
}

struct StoreImage {
    name: String,
    /// The config's member, when its blob is in the store.
    config_member: Option<String>,
    config: Option<Value>,
    layers: Vec<String>,
}

struct Reader<'r, 'o, 'f, 'd> {
    w: Writer<'r, 'o, 'f>,
    db: &'d Db<'d>,
    snapshots: Option<&'d Db<'d>>,
    /// Blobs copied into the tar, by digest: whether the store held them.
    blobs: HashMap<String, bool>,
}

pub fn read(root: &Root, out: &mut Outer, limits: &Limits) -> Result<StoreFacts, StoreError> {
    let io_err = |source: io::Error| StoreError::Io { path: root.path.join(META_DB), source };
    let meta = root.read_small(META_DB.as_bytes(), MAX_DB_BYTES).map_err(io_err)?;
    let db = Db::open(&meta).map_err(|err| io_err(io::Error::other(err)))?;
    let snapshots_bytes = root.read_small(format!("{SNAPSHOTTER}/metadata.db").as_bytes(), MAX_DB_BYTES).ok();
    let mut w = Writer { root, out, limits, facts: StoreFacts { kind: "containerd", ..StoreFacts::default() } };
    let snapshot_db = match snapshots_bytes.as_deref().map(Db::open) {
        Some(Ok(db)) => Some(db),
        Some(Err(err)) => {
            w.anomaly(Anomaly::error(
                "store-file-unreadable",
                format!("{SNAPSHOTTER}/metadata.db: {err}: containers' writable layers are not found"),
            ));
            None
        }
        None => None,
    };
    let mut reader = Reader { w, db: &db, snapshots: snapshot_db.as_ref(), blobs: HashMap::new() };
    let mut manifest = Vec::new();
    for (namespace, bucket) in reader.buckets(db.root(), &[b"v1"]) {
        let images = reader.images(&namespace, bucket)?;
        reader.w.facts.images += images.len();
        for image in &images {
            if let Some(config) = &image.config_member {
                manifest.push(json!({"Config": config, "RepoTags": [image.name.clone()], "Layers": image.layers}));
            }
        }
        manifest.extend(reader.containers(&namespace, bucket, &images)?);
    }
    reader.w.finish(&manifest)
}

impl<'d> Reader<'_, '_, '_, 'd> {
    fn bolt_problem(&mut self, err: super::bolt::BoltError) {
        self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{META_DB}: {err}")));
    }

    /// The sub-buckets of the bucket at `path`, by name.
    fn buckets(&mut self, from: Bucket<'d>, path: &[&[u8]]) -> Vec<(String, Bucket<'d>)> {
        let db = self.db;
        let listed = db.bucket(from, path).and_then(|bucket| match bucket {
            Some(bucket) => db.entries(bucket),
            None => Ok(Vec::new()),
        });
        match listed {
            Ok(entries) => entries
                .into_iter()
                .filter_map(|(key, value)| match value {
                    super::bolt::Value::Bucket(bucket) => Some((String::from_utf8_lossy(key).into_owned(), bucket)),
                    super::bolt::Value::Bytes(_) => None,
                })
                .collect(),
            Err(err) => {
                self.bolt_problem(err);
                Vec::new()
            }
        }
    }

    fn text(&mut self, bucket: Bucket<'d>, key: &[u8]) -> Option<String> {
        match self.db.bytes(bucket, key) {
            Ok(value) => value.map(|v| String::from_utf8_lossy(v).into_owned()),
            Err(err) => {
                self.bolt_problem(err);
                None
            }
        }
    }

    /// Copies blob `digest` from the content store into the tar (once); its member, or None
    /// when the store lacks it (the member is still named: the image then reports it missing).
    fn blob(&mut self, digest: &str) -> Result<String, StoreError> {
        let hex = digest.parse::<OciDigest>().map(|digest| digest.sum().to_string()).unwrap_or_default();
        let member = format!("blobs/sha256/{hex}");
        if hex.is_empty() || self.blobs.contains_key(&hex) {
            return Ok(member);
        }
        let relative = format!("{BLOBS}/{hex}");
        let present = match self.w.root.open_file(relative.as_bytes()) {
            Ok((mut file, _)) => match self.w.out.member(&member, |w| io::copy(&mut file, w)) {
                Ok(_) => true,
                Err(err) if super::is_too_large(&err) => return Err(self.w.out.error(err)),
                Err(err) => {
                    self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{relative}: {err}")));
                    false
                }
            },
            Err(_) => {
                self.w.anomaly(Anomaly::error("store-layer-missing", format!("blob {digest} is not in the content store ({relative})")));
                false
            }
        };
        self.blobs.insert(hex, present);
        Ok(member)
    }

    /// A JSON blob of the content store (a manifest, an index, a config).
    fn json_blob(&mut self, digest: &str) -> Option<Value> {
        let digest = digest.parse::<OciDigest>().ok()?;
        self.w.json(&format!("{BLOBS}/{}", digest.sum()))
    }

    fn images(&mut self, namespace: &str, bucket: Bucket<'d>) -> Result<Vec<StoreImage>, StoreError> {
        let mut images = Vec::new();
        for (name, image) in self.buckets(bucket, &[b"images"]) {
            let target = self.db.bucket(image, &[b"target"]).ok().flatten();
            let Some(digest) = target.and_then(|target| self.text(target, b"digest")) else {
                self.w.anomaly(Anomaly::error(
                    "store-file-unreadable",
                    format!("{META_DB}: image {namespace}/{name} names no target digest"),
                ));
                continue;
            };
            let Some(mut manifest) = self.json_blob(&digest) else {
                self.w.not_read(format!("image {name}"), format!("its manifest {digest} is not in the content store"));
                continue;
            };
            // An index: the linux/amd64 manifest, else the first the store holds.
            if let Some(list) = manifest.get("manifests").and_then(Value::as_array).cloned() {
                let platform = |m: &Value| {
                    m.pointer("/platform/os").and_then(Value::as_str) == Some("linux")
                        && m.pointer("/platform/architecture").and_then(Value::as_str) == Some("amd64")
                };
                let wanted = list
                    .iter()
                    .filter(|m| platform(m))
                    .chain(list.iter())
                    .filter_map(|m| m.get("digest").and_then(Value::as_str))
                    .find_map(|d| self.json_blob(d));
                match wanted {
                    Some(chosen) => manifest = chosen,
                    None => {
                        self.w.not_read(format!("image {name}"), "none of its index's manifests is in the content store".into());
                        continue;
                    }
                }
            }
            let config_digest = manifest.pointer("/config/digest").and_then(Value::as_str).map(String::from);
            let Some(config_digest) = config_digest else {
                self.w.anomaly(Anomaly::error("store-file-unreadable", format!("image {name}: its manifest names no config")));
                continue;
            };
            let config = self.json_blob(&config_digest);
            let config_member = Some(self.blob(&config_digest)?);
            let mut layers = Vec::new();
            for layer in manifest.get("layers").and_then(Value::as_array).into_iter().flatten() {
                if let Some(digest) = layer.get("digest").and_then(Value::as_str) {
                    layers.push(self.blob(digest)?);
                }
            }
            images.push(StoreImage { name, config_member, config, layers });
        }
        Ok(images)
    }

    fn containers(&mut self, namespace: &str, bucket: Bucket<'d>, images: &[StoreImage]) -> Result<Vec<Value>, StoreError> {
        let mut manifest = Vec::new();
        for (id, container) in self.buckets(bucket, &[b"containers"]) {
            self.w.facts.containers_found += 1;
            if id.is_empty() || id.len() > 128 || id.contains('/') || id.starts_with('.') {
                self.w.anomaly(Anomaly::new("store-id-invalid", format!("{META_DB}: container id {id:?} passed over")));
                continue;
            }
            // The default namespace's containers by their id, others' prefixed by theirs.
            let name = if namespace == "default" { id.clone() } else { format!("{namespace}/{id}") };
            let image_name = self.text(container, b"image");
            let image = image_name.as_deref().and_then(|wanted| images.iter().find(|image| image.name == wanted));
            let mut layers = image.map(|image| image.layers.clone()).unwrap_or_default();
            let mut diff_ids: Vec<Value> = image
                .and_then(|i| i.config.as_ref())
                .and_then(|c| c.pointer("/rootfs/diff_ids"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let mut history: Vec<Value> =
                image.and_then(|i| i.config.as_ref()).and_then(|c| c.get("history")).and_then(Value::as_array).cloned().unwrap_or_default();
            if image.is_none() {
                self.w.image_missing(&format!("{namespace}/{id}"), image_name.as_deref(), "");
            }
            let own_layers_from = layers.len();
            let mut writable_layer = None;
            match self.snapshot_dir(namespace, container) {
                Some(dir) => {
                    let member = format!("{}/writable.tar", container_members(&name, &id));
                    let what = format!("container {namespace}/{id}: its writable layer");
                    if let Some(digest) = self.w.directory_layer(&member, &LayerDir::Changes(dir), &what)? {
                        writable_layer = Some(layers.len());
                        layers.push(member);
                        diff_ids.push(Value::String(digest.to_string()));
                        history.push(json!({"created_by": format!("container {id}: writable layer: what changed at runtime, as on disk (no recorded digest)")}));
                    }
                }
                None => self.w.not_read(
                    format!("container {namespace}/{id} writable layer"),
                    "its snapshot cannot be found in the snapshotter's metadata".into(),
                ),
            }
            let spec = self.spec(container);
            if spec.is_none() {
                self.w.not_read(format!("container {namespace}/{id} settings"), "its spec cannot be read from the metadata".into());
            }
            let caps = |spec: &Value| spec.pointer("/process/capabilities/bounding").and_then(Value::as_array).map_or(0, Vec::len);
            // containerd records no flag: `--privileged` is every capability with nothing masked.
            let privileged = spec.as_ref().is_some_and(|spec| {
                caps(spec) >= 38 && spec.pointer("/linux/maskedPaths").and_then(Value::as_array).is_none_or(Vec::is_empty)
            });
            // ctr and the CRI run without seccomp unless asked: its absence says nothing here.
            let origin = SettingsOrigin::OciRuntimeConfig("spec");
            let host =
                spec.as_ref().map(|spec| oci_host_settings(spec, privileged, DEFAULT_CAPABILITIES, "", origin, false)).unwrap_or_default();
            let settings = spec.as_ref().map(|spec| docker_shaped(spec, image.and_then(|i| i.config.as_ref())));
            let command = spec.as_ref().map(spec_args).unwrap_or_default();
            let facts = ContainerFacts {
                id: id.clone(),
                name,
                image_id: None,
                image_refs: image_name.into_iter().collect(),
                created: None,
                started_at: None,
                finished_at: None,
                running: false,
                command,
                host,
                own_layers_from,
                init_layer: None,
                writable_layer,
                log: None,
                log_text: None,
            };
            let config = container_config(image.and_then(|i| i.config.as_ref()), settings, diff_ids, history);
            manifest.push(self.w.container_image(facts, &config, layers)?);
        }
        Ok(manifest)
    }

    /// The container's OCI runtime config: the JSON inside the protobuf Any stored as `spec`.
    fn spec(&mut self, container: Bucket<'d>) -> Option<Value> {
        let any = self.db.bytes(container, b"spec").ok().flatten()?;
        let json = any_value(any)?;
        crate::shared::json::parse(json, self.w.limits).ok().map(|(value, _, _)| value)
    }

    /// `snapshots/<id>/fs` of the container's snapshot: its key in the metadata, the
    /// snapshotter's own key for it, that key's numeric id.
    fn snapshot_dir(&mut self, namespace: &str, container: Bucket<'d>) -> Option<String> {
        let key = self.text(container, b"snapshotKey")?;
        let snapshotter = self.text(container, b"snapshotter").unwrap_or_else(|| "overlayfs".into());
        if snapshotter != "overlayfs" {
            self.w.anomaly(Anomaly::new(
                "store-unexpected-entry",
                format!("a container on the {snapshotter:?} snapshotter: only overlayfs is read"),
            ));
            return None;
        }
        let entry =
            self.db.bucket(self.db.root(), &[b"v1", namespace.as_bytes(), b"snapshots", b"overlayfs", key.as_bytes()]).ok().flatten()?;
        let name = self.text(entry, b"name")?;
        let snapshots = self.snapshots?;
        let bucket = snapshots.bucket(snapshots.root(), &[b"v1", b"snapshots", name.as_bytes()]).ok().flatten()?;
        let id = uvarint(snapshots.bytes(bucket, b"id").ok().flatten()?)?;
        Some(format!("{SNAPSHOTTER}/snapshots/{id}/fs"))
    }
}

/// The `value` (field 2) of a protobuf `google.protobuf.Any`.
fn any_value(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    while at < bytes.len() {
        let (tag, used) = uvarint_at(&bytes[at..])?;
        at += used;
        match tag & 7 {
            2 => {
                let (len, used) = uvarint_at(&bytes[at..])?;
                at += used;
                let end = at.checked_add(usize::try_from(len).ok()?)?;
                let field = bytes.get(at..end)?;
                if tag >> 3 == 2 {
                    return Some(field);
                }
                at = end;
            }
            0 => at += uvarint_at(&bytes[at..])?.1,
            _ => return None,
        }
    }
    None
}

fn uvarint(bytes: &[u8]) -> Option<u64> {
    uvarint_at(bytes).map(|(value, _)| value)
}

/// A base-128 varint and how many bytes it took.
fn uvarint_at(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for (index, byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 == 0 {
            return Some((value, index + 1));
        }
    }
    None
}
