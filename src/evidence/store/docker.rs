//! Docker's data root (`/var/lib/docker`), overlay2 or vfs storage driver (`DRIVER` below):
//!
//! - `image/DRIVER/imagedb/content/sha256/<id>`: image configs (their sha256 is the id);
//!   `image/DRIVER/repositories.json`: tags → image ids;
//! - `image/DRIVER/layerdb/sha256/<chain-id>/`: `diff` (the diff_id), `parent`, `cache-id` (the
//!   directory holding the files: `overlay2/<cache-id>/diff`, the layer's changes, or
//!   `vfs/dir/<cache-id>`, a whole copy of the filesystem as of the layer), `tar-split.json.gz`;
//! - `image/DRIVER/layerdb/mounts/<container-id>/`: `mount-id` and `init-id` (the container's
//!   writable and init layers), `parent` (the image's top chain id);
//! - `containers/<id>/`: `config.v2.json`, `hostconfig.json`, `<id>-json.log`.
//!
//! Each image layer is written as the tar `docker save` would give (tar-split reassembled with
//! the files on disk) when the directory is still that layer; otherwise as it is on disk, with an
//! anomaly naming the first path that differs.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::fsread::Root;
use super::writer::{container_config, LayerDir, Writer};
use super::{is_hex_id, ContainerFacts, HostMount, HostSettings, Outer, Shape, StoreError, StoreFacts};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::limits::Limits;

/// What Docker writes in a container's init layer (moby's daemon/initlayer): the empty files it
/// bind-mounts over, the mount points, `/etc/mtab`, and the directories above them. Anything
/// else in an init layer (a `/etc/hosts` with content) was put there some other way.
pub const INIT_LAYER: &[(&str, Shape)] = &[
    ("/.dockerenv", Shape::File { size: 0 }),
    ("/dev", Shape::Dir),
    ("/dev/console", Shape::File { size: 0 }),
    ("/dev/pts", Shape::Dir),
    ("/dev/shm", Shape::Dir),
    ("/etc", Shape::Dir),
    ("/etc/hostname", Shape::File { size: 0 }),
    ("/etc/hosts", Shape::File { size: 0 }),
    ("/etc/mtab", Shape::Symlink(b"/proc/mounts")),
    ("/etc/resolv.conf", Shape::File { size: 0 }),
    ("/proc", Shape::Dir),
    ("/sys", Shape::Dir),
];

/// The longest layer chain followed from a container's parent (Docker allows 125 layers).
const MAX_CHAIN: usize = 1000;

pub fn looks_like(root: &Root) -> bool {
    Driver::found(root).is_some()
}

/// The storage drivers whose layers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Driver {
    /// Each layer's changes in `overlay2/<cache-id>/diff`, with overlayfs's markers.
    Overlay2,
    /// Each layer a whole copy of the filesystem in `vfs/dir/<cache-id>`.
    Vfs,
}

impl Driver {
    const ALL: [Driver; 2] = [Driver::Overlay2, Driver::Vfs];

    fn name(self) -> &'static str {
        match self {
            Driver::Overlay2 => "overlay2",
            Driver::Vfs => "vfs",
        }
    }

    /// The drivers whose image database and layer directories are both in the store.
    fn found(root: &Root) -> Option<Vec<Driver>> {
        let found: Vec<Driver> = Driver::ALL
            .into_iter()
            .filter(|driver| root.is_dir(format!("image/{}/imagedb", driver.name()).as_bytes()) && root.is_dir(driver.name().as_bytes()))
            .collect();
        (!found.is_empty()).then_some(found)
    }

    fn image_dir(self) -> String {
        format!("image/{}", self.name())
    }

    fn layerdb(self) -> String {
        format!("image/{}/layerdb", self.name())
    }

    /// The directory of the layer Docker calls `cache_id` (a checked name).
    fn layer_dir(self, cache_id: &str) -> String {
        match self {
            Driver::Overlay2 => format!("overlay2/{cache_id}/diff"),
            Driver::Vfs => format!("vfs/dir/{cache_id}"),
        }
    }
}

/// A parsed image of the store.
struct StoreImage {
    id: String,
    refs: Vec<String>,
    config: Value,
    /// Member names of its layers, bottom first.
    layers: Vec<String>,
    top_chain: Option<String>,
}

struct Reader<'r, 'o, 'f> {
    w: Writer<'r, 'o, 'f>,
    driver: Driver,
    /// Image layers written (or found missing), by chain id: the member that stands for it.
    layers: HashMap<String, String>,
}

pub fn read(root: &Root, out: &mut Outer, limits: &Limits) -> Result<StoreFacts, StoreError> {
    let w = Writer { root, out, limits, facts: StoreFacts { kind: "docker", ..StoreFacts::default() } };
    let drivers = Driver::found(root).unwrap_or_default();
    let mut reader = Reader { w, driver: drivers.first().copied().unwrap_or(Driver::Overlay2), layers: HashMap::new() };
    // Docker runs one driver; another's data is what an earlier daemon left.
    for other in drivers.iter().skip(1) {
        reader.w.not_read(
            format!("{} and {}", other.image_dir(), other.name()),
            format!("the images and layers of a second storage driver ({}); only {}'s are read", other.name(), reader.driver.name()),
        );
    }
    let tags = reader.tags();
    let images = reader.images(&tags)?;
    let mut manifest: Vec<Value> = images
        .iter()
        .map(|image| json!({"Config": format!("images/{}.json", image.id), "RepoTags": image.refs, "Layers": image.layers}))
        .collect();
    reader.w.facts.images = images.len();
    manifest.extend(reader.containers(&images)?);
    reader.w.finish(&manifest)
}

impl Reader<'_, '_, '_> {
    /// `repositories.json`: image id → its tags (and digests, `name@sha256:…`).
    fn tags(&mut self) -> HashMap<String, Vec<String>> {
        let mut tags: HashMap<String, Vec<String>> = HashMap::new();
        let file = format!("{}/repositories.json", self.driver.image_dir());
        if !self.w.root.exists(file.as_bytes()) {
            self.w.anomaly(Anomaly::new("store-file-missing", format!("{file} is missing: images are shown without tags")));
            return tags;
        }
        let Some(value) = self.w.json(&file) else { return tags };
        for repo in value.get("Repositories").and_then(Value::as_object).into_iter().flat_map(|r| r.values()) {
            for (reference, id) in repo.as_object().into_iter().flatten() {
                if let Some(id) = id.as_str().and_then(|id| id.strip_prefix("sha256:")).filter(|id| is_hex_id(id)) {
                    // A digest reference names what was pulled; the tag is what an analyst knows.
                    if !reference.contains('@') {
                        tags.entry(id.to_string()).or_default().push(reference.clone());
                    }
                }
            }
        }
        for refs in tags.values_mut() {
            refs.sort();
        }
        tags
    }

    fn images(&mut self, tags: &HashMap<String, Vec<String>>) -> Result<Vec<StoreImage>, StoreError> {
        let imagedb = format!("{}/imagedb/content/sha256", self.driver.image_dir());
        let names = match self.w.root.dir(imagedb.as_bytes()).and_then(|dir| dir.names()) {
            Ok(names) => names,
            Err(err) => {
                let dir = self.w.shown(&imagedb);
                self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{dir}: {err}: no image configs")));
                return Ok(Vec::new());
            }
        };
        let mut images = Vec::new();
        for name in names {
            let id = String::from_utf8_lossy(&name).into_owned();
            if !is_hex_id(&id) {
                self.w.anomaly(Anomaly::new("store-unexpected-entry", format!("imagedb: {id:?} is not an image id; passed over")));
                continue;
            }
            if images.len() >= self.w.limits.max_images {
                self.w.not_read(format!("image {id}"), format!("over the limit of {} images", self.w.limits.max_images));
                continue;
            }
            let relative = format!("{imagedb}/{id}");
            let bytes = match self.w.root.read_small(relative.as_bytes(), self.w.limits.max_json_bytes) {
                Ok(bytes) => bytes,
                Err(err) => {
                    let file = self.w.shown(&relative);
                    self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: {err}; image not read")));
                    continue;
                }
            };
            let actual = Sha256Sum::of(&bytes);
            if id.parse() != Ok(actual) {
                self.w.anomaly(Anomaly::error(
                    "store-config-digest-mismatch",
                    format!("image {id}: its config's sha256 is {actual}: the config was changed after the image was stored"),
                ));
            }
            let config = match crate::shared::json::parse(&bytes, self.w.limits) {
                Ok((value, _, _)) => value,
                Err(err) => {
                    let file = self.w.shown(&relative);
                    self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: invalid JSON: {err}; image not read")));
                    continue;
                }
            };
            let diff_ids: Vec<String> = config
                .pointer("/rootfs/diff_ids")
                .and_then(Value::as_array)
                .map(|ids| ids.iter().filter_map(Value::as_str).map(String::from).collect())
                .unwrap_or_default();
            let mut layers = Vec::new();
            let mut chain: Option<String> = None;
            for (index, diff_id) in diff_ids.iter().enumerate() {
                if diff_id.parse::<OciDigest>().is_err() {
                    self.w.anomaly(Anomaly::error(
                        "store-id-invalid",
                        format!("image {id}: diff_id {index} {diff_id:?} is not a sha256 digest"),
                    ));
                    break;
                }
                let next = match &chain {
                    None => diff_id.clone(),
                    Some(parent) => OciDigest::of(format!("{parent} {diff_id}").as_bytes()).to_string(),
                };
                layers.push(self.image_layer(&next, diff_id, chain.as_deref())?);
                chain = Some(next);
            }
            self.w.out.bytes(&format!("images/{id}.json"), &bytes)?;
            images.push(StoreImage { refs: tags.get(&id).cloned().unwrap_or_default(), id, config, layers, top_chain: chain });
        }
        Ok(images)
    }

    /// Writes the layer of `chain` (once for every image that holds it) and names its member.
    /// A layer the store lacks keeps its member name, so the image reports it missing.
    fn image_layer(&mut self, chain: &str, diff_id: &str, parent: Option<&str>) -> Result<String, StoreError> {
        let hex = chain.trim_start_matches("sha256:").to_string();
        let member = format!("layers/{hex}.tar");
        if self.layers.contains_key(chain) {
            return Ok(member);
        }
        self.layers.insert(chain.to_string(), member.clone());
        let layerdb = format!("{}/sha256/{hex}", self.driver.layerdb());
        let Ok(dir) = self.w.root.dir(layerdb.as_bytes()) else {
            self.w.anomaly(Anomaly::error("store-layer-missing", format!("layer {chain} (diff_id {diff_id}): no {layerdb} in the store")));
            return Ok(member);
        };
        match dir.read_line(b"diff") {
            Ok(recorded) if recorded == diff_id => {}
            Ok(recorded) => self.w.anomaly(Anomaly::error(
                "store-layerdb-mismatch",
                format!("layer {chain}: {layerdb}/diff says {recorded:?}, the image's config {diff_id}"),
            )),
            Err(err) => self.w.anomaly(Anomaly::new("store-file-unreadable", format!("{layerdb}/diff: {err}"))),
        }
        if let Some(parent) = parent {
            match dir.read_line(b"parent") {
                Ok(recorded) if recorded == parent => {}
                Ok(recorded) => self.w.anomaly(Anomaly::error(
                    "store-layerdb-mismatch",
                    format!("layer {chain}: {layerdb}/parent says {recorded:?}, the chain {parent}"),
                )),
                Err(err) => self.w.anomaly(Anomaly::new("store-file-unreadable", format!("{layerdb}/parent: {err}"))),
            }
        }
        let cache_id = match dir.read_line(b"cache-id") {
            Ok(id) if is_cache_id(&id) => id,
            Ok(id) => {
                self.w.anomaly(Anomaly::error("store-id-invalid", format!("{layerdb}/cache-id: {id:?} is not a layer directory name")));
                return Ok(member);
            }
            Err(err) => {
                self.w.anomaly(Anomaly::error("store-layer-missing", format!("{layerdb}/cache-id: {err}; layer {chain} not read")));
                return Ok(member);
            }
        };
        let diff_dir = self.driver.layer_dir(&cache_id);
        let what = format!("layer {chain} (diff_id {diff_id}, {diff_dir})");
        let layer =
            self.layer(diff_dir, |r| parent.map(|chain| r.chain_dir(chain).ok_or_else(|| format!("the layer below ({chain})"))), &what);
        self.w.pulled_layer(&member, &layer, (&dir, b"tar-split.json.gz"), diff_id, &what)?;
        Ok(member)
    }

    /// The layer in `dir`; for vfs, what its copy changed in the copy below, which `below` finds
    /// (None: the bottom layer; `Err(name)`: the copy below, `name`, cannot be found).
    fn layer(&mut self, dir: String, below: impl FnOnce(&Self) -> Option<Result<String, String>>, what: &str) -> LayerDir {
        if self.driver == Driver::Overlay2 {
            return LayerDir::Changes(dir);
        }
        let below = match below(self) {
            Some(Err(name)) => {
                self.w.anomaly(Anomaly::error(
                    "store-layer-missing",
                    format!("{what}: the directory of {name} is unknown: every file of {dir} is taken as the layer's"),
                ));
                None
            }
            found => found.and_then(Result::ok),
        };
        LayerDir::Copy { dir, below }
    }

    /// The directory of the image layer `chain` (a chain id), by its `cache-id`.
    fn chain_dir(&self, chain: &str) -> Option<String> {
        let hex = chain.strip_prefix("sha256:").filter(|hex| is_hex_id(hex))?;
        let cache_id = self.w.root.read_line(format!("{}/sha256/{hex}/cache-id", self.driver.layerdb()).as_bytes()).ok()?;
        is_cache_id(&cache_id).then(|| self.driver.layer_dir(&cache_id))
    }

    fn containers(&mut self, images: &[StoreImage]) -> Result<Vec<Value>, StoreError> {
        let mut manifest = Vec::new();
        let names = match self.w.root.dir(b"containers").and_then(|dir| dir.names()) {
            Ok(names) => names,
            Err(err) => {
                if self.w.root.exists(b"containers") {
                    let dir = self.w.shown("containers");
                    self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{dir}: {err}: no containers read")));
                }
                return Ok(manifest);
            }
        };
        for name in names {
            let id = String::from_utf8_lossy(&name).into_owned();
            if !is_hex_id(&id) {
                self.w.anomaly(Anomaly::new("store-unexpected-entry", format!("containers/{id:?} is not a container id; passed over")));
                continue;
            }
            if let Some(entry) = self.container(&id, images)? {
                manifest.push(entry);
            }
        }
        Ok(manifest)
    }

    fn container(&mut self, id: &str, images: &[StoreImage]) -> Result<Option<Value>, StoreError> {
        self.w.facts.containers_found += 1;
        let Some(config) = self.w.json(&format!("containers/{id}/config.v2.json")) else {
            self.w.not_read(format!("container {id}"), "its config.v2.json cannot be read".into());
            return Ok(None);
        };
        let short = &id[..12];
        if config.get("ID").and_then(Value::as_str) != Some(id) {
            self.w.anomaly(Anomaly::error(
                "store-id-invalid",
                format!("containers/{id}/config.v2.json names another ID: {:?}", config.get("ID")),
            ));
        }
        let name = config.get("Name").and_then(Value::as_str).map(|n| n.trim_start_matches('/').to_string()).filter(|n| !n.is_empty());
        let name = name.unwrap_or_else(|| short.to_string());
        let image_id =
            config.get("Image").and_then(Value::as_str).and_then(|i| i.strip_prefix("sha256:")).filter(|i| is_hex_id(i)).map(String::from);
        let image = image_id.as_deref().and_then(|wanted| images.iter().find(|image| image.id == wanted));
        if image.is_none() {
            self.w.image_missing(&format!("{name} ({short})"), image_id.as_deref(), ": its layers are followed from the layer store");
        }
        let host = match self.w.json(&format!("containers/{id}/hostconfig.json")) {
            Some(host) => host_settings(&host),
            None => {
                self.w.not_read(
                    format!("container {name} ({short}) hostconfig.json"),
                    "unreadable: its host settings are not checked".into(),
                );
                HostSettings::default()
            }
        };
        // The layers under the container: its image's, or the chain its mount names.
        let mounts = format!("{}/mounts/{id}", self.driver.layerdb());
        let mount_dir = self.w.root.dir(mounts.as_bytes()).ok();
        let parent = mount_dir.as_ref().and_then(|dir| dir.read_line(b"parent").ok()).filter(|p| !p.is_empty());
        let mut layers: Vec<String> = match (image, &parent) {
            (Some(image), Some(parent)) if image.top_chain.as_deref() != Some(parent.as_str()) => {
                self.w.anomaly(Anomaly::error(
                    "store-layerdb-mismatch",
                    format!("container {name} ({short}): its mount's parent {parent} is not the top layer of its image {}", image.id),
                ));
                self.chain_layers(parent)?
            }
            (Some(image), _) => image.layers.clone(),
            (None, Some(parent)) => self.chain_layers(parent)?,
            (None, None) => Vec::new(),
        };
        let mut diff_ids: Vec<Value> = match image {
            Some(image) if layers == image.layers => {
                image.config.pointer("/rootfs/diff_ids").cloned().and_then(|v| v.as_array().cloned()).unwrap_or_default()
            }
            _ => self.chain_diff_ids(parent.as_deref()).into_iter().map(Value::String).collect(),
        };
        let own_layers_from = layers.len();
        let mut history: Vec<Value> = match image {
            Some(image) if layers == image.layers => image.config.get("history").and_then(Value::as_array).cloned().unwrap_or_default(),
            _ => Vec::new(),
        };
        let created = config.get("Created").and_then(Value::as_str).map(String::from);
        let state = config.get("State");
        let state_time =
            |key: &str| state.and_then(|s| s.get(key)).and_then(Value::as_str).filter(|t| !t.starts_with("0001-")).map(String::from);
        let (mut init_layer, mut writable_layer) = (None, None);
        // For vfs, each of the container's layers is told from the copy below it.
        let mut below_dir = parent.as_deref().and_then(|parent| self.chain_dir(parent));
        for (role, file) in [("init", "init-id"), ("writable", "mount-id")] {
            let Some(mount_dir) = &mount_dir else { break };
            let layer_id = match mount_dir.read_line(file.as_bytes()) {
                Ok(layer_id) if is_cache_id(&layer_id) => layer_id,
                Ok(layer_id) => {
                    self.w.anomaly(Anomaly::error(
                        "store-id-invalid",
                        format!("{mounts}/{file}: {layer_id:?} is not a layer directory name"),
                    ));
                    continue;
                }
                Err(err) => {
                    self.w.anomaly(Anomaly::error("store-layer-missing", format!("container {name} ({short}): {mounts}/{file}: {err}")));
                    continue;
                }
            };
            let dir = self.driver.layer_dir(&layer_id);
            let member = format!("containers/{id}/{role}.tar");
            let what = format!("container {name} ({short}): its {role} layer");
            let layer = self.layer(dir.clone(), |_| Some(below_dir.clone().ok_or_else(|| "its image's top layer".into())), &what);
            let Some(digest) = self.w.directory_layer(&member, &layer, &what)? else { continue };
            below_dir = Some(dir);
            match role {
                "init" => init_layer = Some(layers.len()),
                _ => writable_layer = Some(layers.len()),
            }
            layers.push(member);
            diff_ids.push(Value::String(digest.to_string()));
            let created_by = match role {
                "init" => format!(
                    "container {name} ({short}): init layer (the engine's /etc/hosts, /etc/resolv.conf, /etc/hostname, /.dockerenv)"
                ),
                _ => format!("container {name} ({short}): writable layer: what changed at runtime, as on disk (no recorded digest)"),
            };
            let when = if role == "init" { created.clone() } else { state_time("FinishedAt").or_else(|| state_time("StartedAt")) };
            history.push(json!({"created": when, "created_by": created_by}));
        }
        if mount_dir.is_none() {
            self.w.anomaly(Anomaly::error(
                "store-layer-missing",
                format!(
                    "container {name} ({short}): no {mounts}: its init and writable layers cannot be found; runtime changes are not read"
                ),
            ));
            self.w.not_read(format!("container {name} ({short}) writable layer"), format!("no {mounts} in the store"));
        }
        // The container's config is the image's with the container's own settings (which hold
        // the image's, merged at creation, plus `-e`, the command and labels given to it).
        // json-file: one JSON object a line, the text in `log`.
        let (log, log_text) = self.w.log(&format!("containers/{id}/{id}-json.log"), &name, |line| {
            serde_json::from_slice::<Value>(line).ok()?.get("log")?.as_str().map(String::from)
        });
        let command = std::iter::once(config.get("Path"))
            .chain(config.get("Args").and_then(Value::as_array).into_iter().flatten().map(Some))
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
        let facts = ContainerFacts {
            id: id.to_string(),
            name: name.clone(),
            image_id: image_id.clone(),
            image_refs: image.map(|image| image.refs.clone()).unwrap_or_default(),
            created,
            started_at: state_time("StartedAt"),
            finished_at: state_time("FinishedAt"),
            running: state.and_then(|s| s.get("Running")).and_then(Value::as_bool).unwrap_or(false),
            command,
            host,
            own_layers_from,
            init_layer,
            writable_layer,
            log,
            log_text,
        };
        let synthetic = container_config(image.map(|image| &image.config), config.get("Config").cloned(), diff_ids, history);
        self.w.container_image(facts, &synthetic, layers).map(Some)
    }

    /// The image layers under a chain id, bottom first, followed through each layer's `parent`
    /// (a container whose image config is gone still has them).
    fn chain_layers(&mut self, top: &str) -> Result<Vec<String>, StoreError> {
        let chain = self.chain(top);
        let mut members = Vec::new();
        for (index, (chain_id, diff_id)) in chain.iter().enumerate() {
            let parent = index.checked_sub(1).map(|p| chain[p].0.clone());
            members.push(self.image_layer(chain_id, diff_id, parent.as_deref())?);
        }
        Ok(members)
    }

    fn chain_diff_ids(&mut self, top: Option<&str>) -> Vec<String> {
        top.map(|top| self.chain(top).into_iter().map(|(_, diff_id)| diff_id).collect()).unwrap_or_default()
    }

    /// (chain id, diff_id) from the bottom layer to `top`.
    fn chain(&mut self, top: &str) -> Vec<(String, String)> {
        let mut chain = Vec::new();
        let mut next = Some(top.to_string());
        while let Some(chain_id) = next.take() {
            let hex = chain_id.strip_prefix("sha256:").filter(|hex| is_hex_id(hex));
            let Some(hex) = hex else {
                self.w
                    .anomaly(Anomaly::error("store-id-invalid", format!("layer chain id {chain_id:?} is not a sha256 digest; chain cut")));
                break;
            };
            if chain.len() >= MAX_CHAIN || chain.iter().any(|(seen, _)| *seen == chain_id) {
                self.w.anomaly(Anomaly::error(
                    "store-id-invalid",
                    format!("layer chain through {chain_id} loops or is over {MAX_CHAIN} long; cut"),
                ));
                break;
            }
            let dir = format!("{}/sha256/{hex}", self.driver.layerdb());
            let diff = self.w.root.dir(dir.as_bytes()).and_then(|d| d.read_line(b"diff"));
            let Ok(diff) = diff else {
                self.w.anomaly(Anomaly::error(
                    "store-layer-missing",
                    format!("{dir}/diff cannot be read: the layers below {chain_id} are unknown"),
                ));
                break;
            };
            next = self.w.root.dir(dir.as_bytes()).and_then(|d| d.read_line(b"parent")).ok().filter(|p| !p.is_empty());
            chain.push((chain_id, diff));
        }
        chain.reverse();
        chain
    }
}

/// A layer directory's name as Docker makes them: hex ids, `-init` for init layers.
fn is_cache_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 128 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The host-facing settings of `hostconfig.json`.
fn host_settings(host: &Value) -> HostSettings {
    let text = |key: &str| host.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).map(String::from);
    let list = |key: &str| -> Vec<String> {
        host.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(String::from).collect()
    };
    let mut mounts = Vec::new();
    for (index, bind) in list("Binds").iter().enumerate() {
        // SOURCE:TARGET[:OPTIONS]; a source without a leading / is a named volume.
        let mut parts = bind.splitn(3, ':');
        let source = parts.next().unwrap_or_default().to_string();
        let target = parts.next().unwrap_or_default().to_string();
        let options = parts.next().unwrap_or_default();
        mounts.push(HostMount {
            field: format!("hostconfig.Binds[{index}]"),
            kind: if source.starts_with('/') { "bind".into() } else { "volume".into() },
            source,
            target,
            read_only: options.split(',').any(|o| o == "ro"),
        });
    }
    for (index, mount) in host.get("Mounts").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let field = |key: &str| mount.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
        mounts.push(HostMount {
            field: super::SettingsOrigin::DockerHostConfig.mount_field(index),
            kind: field("Type"),
            source: field("Source"),
            target: field("Target"),
            read_only: mount.get("ReadOnly").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    let devices = host
        .get("Devices")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| d.get("PathOnHost").and_then(Value::as_str))
        .map(String::from)
        .collect();
    HostSettings {
        privileged: host.get("Privileged").and_then(Value::as_bool).unwrap_or(false),
        pid_mode: text("PidMode"),
        network_mode: text("NetworkMode"),
        ipc_mode: text("IpcMode"),
        userns_mode: text("UsernsMode"),
        cap_add: list("CapAdd"),
        security_opt: list("SecurityOpt"),
        devices,
        mounts,
        origin: super::SettingsOrigin::DockerHostConfig,
    }
}
