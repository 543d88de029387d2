//! Podman's and CRI-O's store (containers/storage, overlay driver; `/var/lib/containers/storage`):
//!
//! - `overlay-images/images.json`: images (id = the config's sha256, names = tags, `layer` = the
//!   top layer); each config is the image's "big data" `overlay-images/<id>/=<base64 of
//!   "sha256:<id>">`;
//! - `overlay-layers/layers.json` (and `volatile-layers.json`): layers (id, parent,
//!   `diff-digest`), each with `overlay-layers/<id>.tar-split.gz` and its files in
//!   `overlay/<id>/diff`;
//! - `overlay-containers/containers.json`: containers (id, names, image, `layer` = its writable
//!   layer); `overlay-containers/<id>/userdata/config.json`, the OCI runtime config podman ran
//!   it with (env, args, mounts, namespaces, capabilities), and `ctr.log` (k8s-file log);
//! - `libpod/bolt_state.db`: libpod's own database (bbolt; Podman 5's is SQLite, `db.sql`, not
//!   read): bucket `ctr`, a bucket per container id with its `config` and `state` JSON, where
//!   its create, start and finish times and whether it runs are.

use std::collections::HashMap;

use base64::Engine as _;
use serde_json::{json, Value};

use super::bolt::{Db, Value as BoltValue, MAX_DB_BYTES};
use super::fsread::Root;
use super::writer::{container_config, LayerDir, Writer};
use super::{is_hex_id, ContainerFacts, HostMount, HostSettings, Outer, SettingsOrigin, StoreError, StoreFacts};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::Sha256Sum;
use crate::shared::limits::Limits;

/// The longest layer chain followed (a loop in `parent` is cut there).
const MAX_CHAIN: usize = 1000;

/// The capabilities podman gives a container by default (containers.conf): any other is added.
const DEFAULT_CAPABILITIES: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_NET_BIND_SERVICE",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_CHROOT",
];

pub fn looks_like(root: &Root) -> bool {
    root.is_dir(b"overlay-images") && root.is_dir(b"overlay-layers")
}

struct Layer {
    parent: Option<String>,
    diff_digest: Option<String>,
}

struct StoreImage {
    id: String,
    refs: Vec<String>,
    config: Option<Value>,
    layers: Vec<String>,
    diff_ids: Vec<String>,
    top: Option<String>,
}

struct Reader<'r, 'o, 'f> {
    w: Writer<'r, 'o, 'f>,
    layers: HashMap<String, Layer>,
    /// Layers written, by id.
    written: HashMap<String, String>,
    /// What libpod's database says of each container, by id.
    runs: HashMap<String, RunState>,
}

const LIBPOD_DB: &str = "libpod/bolt_state.db";

/// A container's times and state as libpod records them (containers/storage keeps none).
#[derive(Debug, Default)]
struct RunState {
    created: Option<String>,
    started: Option<String>,
    finished: Option<String>,
    running: bool,
}

/// libpod's `ContainerStateRunning`.
const STATE_RUNNING: i64 = 3;

/// Every container's [`RunState`] in libpod's database; what cannot be read is noted.
fn run_states(w: &mut Writer) -> HashMap<String, RunState> {
    let mut runs = HashMap::new();
    if !w.root.exists(LIBPOD_DB.as_bytes()) {
        let reason = if w.root.exists(b"libpod/db.sql") {
            "libpod's database is SQLite (libpod/db.sql, Podman 5), which is not read"
        } else {
            "no libpod/bolt_state.db in the store"
        };
        w.not_read("containers' start and finish times".into(), format!("{reason}: only their creation times are known"));
        return runs;
    }
    let opened = w.root.read_small(LIBPOD_DB.as_bytes(), MAX_DB_BYTES).map_err(|err| err.to_string()).and_then(|bytes| {
        let db = Db::open(&bytes).map_err(|err| err.to_string())?;
        let containers = db.bucket(db.root(), &[b"ctr"]).map_err(|err| err.to_string())?;
        let Some(containers) = containers else { return Ok(()) };
        for (id, value) in db.entries(containers).map_err(|err| err.to_string())? {
            let (Ok(id), BoltValue::Bucket(bucket)) = (std::str::from_utf8(id), value) else { continue };
            if !is_hex_id(id) {
                continue;
            }
            let json = |key: &[u8]| {
                let bytes = db.bytes(bucket, key).ok().flatten()?;
                crate::shared::json::parse(bytes, w.limits).ok().map(|(value, _, _)| value)
            };
            let (config, state) = (json(b"config"), json(b"state"));
            let time =
                |value: &Option<Value>, key: &str| value.as_ref().and_then(|v| v.get(key)).and_then(Value::as_str).and_then(timestamp);
            runs.insert(
                id.to_string(),
                RunState {
                    created: time(&config, "createdTime"),
                    started: time(&state, "startedTime"),
                    finished: time(&state, "finishedTime"),
                    running: state.as_ref().and_then(|s| s.get("state")).and_then(Value::as_i64) == Some(STATE_RUNNING),
                },
            );
        }
        Ok(())
    });
    if let Err(err) = opened {
        let file = w.shown(LIBPOD_DB);
        w.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: {err}: containers' start and finish times are unknown")));
    }
    runs
}

/// A time as libpod writes it (RFC 3339), not Go's zero time; anything else is no time.
fn timestamp(text: &str) -> Option<String> {
    let plausible = text.len() <= 40 && text.bytes().all(|b| b.is_ascii_digit() || b"-:.TZ+".contains(&b));
    (plausible && !text.starts_with("0001-")).then(|| text.to_string())
}

pub fn read(root: &Root, out: &mut Outer, limits: &Limits) -> Result<StoreFacts, StoreError> {
    let mut w = Writer { root, out, limits, facts: StoreFacts { kind: "podman", ..StoreFacts::default() } };
    let runs = run_states(&mut w);
    let mut reader = Reader { w, layers: HashMap::new(), written: HashMap::new(), runs };
    reader.layer_list("overlay-layers/layers.json");
    // Layers made to be thrown away (a `--rm` container's) may be listed apart.
    if reader.w.root.exists(b"overlay-layers/volatile-layers.json") {
        reader.layer_list("overlay-layers/volatile-layers.json");
    }
    let images = reader.images()?;
    let mut manifest: Vec<Value> = Vec::new();
    for image in &images {
        let config = format!("images/{}.json", image.id);
        manifest.push(json!({"Config": config, "RepoTags": image.refs, "Layers": image.layers}));
    }
    reader.w.facts.images = images.len();
    manifest.extend(reader.containers(&images)?);
    reader.w.finish(&manifest)
}

impl Reader<'_, '_, '_> {
    fn layer_list(&mut self, relative: &str) {
        let Some(list) = self.w.json(relative) else { return };
        for layer in list.as_array().into_iter().flatten() {
            let Some(id) = layer.get("id").and_then(Value::as_str) else { continue };
            if !is_hex_id(id) {
                self.w.anomaly(Anomaly::new("store-id-invalid", format!("{relative}: layer id {id:?} is not an id; passed over")));
                continue;
            }
            let text = |key: &str| layer.get(key).and_then(Value::as_str).map(String::from);
            self.layers.insert(id.to_string(), Layer { parent: text("parent"), diff_digest: text("diff-digest") });
        }
    }

    /// The layers from the bottom to `top`, by their parents.
    fn chain(&mut self, top: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::new();
        let mut next = Some(top.to_string());
        while let Some(id) = next.take() {
            if chain.len() >= MAX_CHAIN || chain.contains(&id) {
                self.w.anomaly(Anomaly::error(
                    "store-id-invalid",
                    format!("the layer chain through {id} loops or is over {MAX_CHAIN} long; cut"),
                ));
                break;
            }
            let Some(layer) = self.layers.get(&id) else {
                self.w.anomaly(Anomaly::error(
                    "store-layer-missing",
                    format!("layer {id} is not in overlay-layers/layers.json: the layers below it are unknown"),
                ));
                break;
            };
            next = layer.parent.clone().filter(|p| !p.is_empty());
            chain.push(id);
        }
        chain.reverse();
        chain
    }

    fn images(&mut self) -> Result<Vec<StoreImage>, StoreError> {
        let Some(list) = self.w.json("overlay-images/images.json") else { return Ok(Vec::new()) };
        let mut images = Vec::new();
        for entry in list.as_array().into_iter().flatten() {
            let Some(id) = entry.get("id").and_then(Value::as_str).filter(|id| is_hex_id(id)).map(String::from) else {
                self.w.anomaly(Anomaly::new(
                    "store-id-invalid",
                    format!("overlay-images/images.json: an image without a valid id: {:?}", entry.get("id")),
                ));
                continue;
            };
            if images.len() >= self.w.limits.max_images {
                self.w.not_read(format!("image {id}"), format!("over the limit of {} images", self.w.limits.max_images));
                continue;
            }
            let refs: Vec<String> =
                entry.get("names").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(String::from).collect();
            // containers/storage names a big-data file by the key, base64 when it holds more
            // than [0-9a-z.] (the config's key is its digest, "sha256:<id>").
            let key = format!("sha256:{id}");
            let relative = format!("overlay-images/{id}/={}", base64::engine::general_purpose::STANDARD.encode(key.as_bytes()));
            let config = match self.w.root.read_small(relative.as_bytes(), self.w.limits.max_json_bytes) {
                Ok(bytes) => {
                    let actual = Sha256Sum::of(&bytes);
                    if id.parse() != Ok(actual) {
                        self.w.anomaly(Anomaly::error(
                            "store-config-digest-mismatch",
                            format!("image {id}: its config's sha256 is {actual}: the config was changed after the image was stored"),
                        ));
                    }
                    self.w.out.bytes(&format!("images/{id}.json"), &bytes)?;
                    match crate::shared::json::parse(&bytes, self.w.limits) {
                        Ok((value, _, _)) => Some(value),
                        Err(err) => {
                            let file = self.w.shown(&relative);
                            self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: invalid JSON: {err}")));
                            None
                        }
                    }
                }
                Err(err) => {
                    let file = self.w.shown(&relative);
                    self.w.anomaly(Anomaly::error("store-file-unreadable", format!("{file}: {err}; the image's config is not read")));
                    None
                }
            };
            let diff_ids: Vec<String> = config
                .as_ref()
                .and_then(|c| c.pointer("/rootfs/diff_ids"))
                .and_then(Value::as_array)
                .map(|ids| ids.iter().filter_map(Value::as_str).map(String::from).collect())
                .unwrap_or_default();
            let top = entry.get("layer").and_then(Value::as_str).filter(|l| is_hex_id(l)).map(String::from);
            let chain = top.as_deref().map(|top| self.chain(top)).unwrap_or_default();
            if chain.len() != diff_ids.len() && config.is_some() {
                self.w.anomaly(Anomaly::error(
                    "store-layerdb-mismatch",
                    format!("image {id}: {} layers in the layer store, {} diff_ids in its config", chain.len(), diff_ids.len()),
                ));
            }
            let mut layers = Vec::new();
            for (index, layer) in chain.iter().enumerate() {
                layers.push(self.image_layer(layer, diff_ids.get(index).map(String::as_str))?);
            }
            images.push(StoreImage { id, refs, config, layers, diff_ids, top });
        }
        Ok(images)
    }

    fn image_layer(&mut self, id: &str, diff_id: Option<&str>) -> Result<String, StoreError> {
        let member = format!("layers/{id}.tar");
        if self.written.contains_key(id) {
            return Ok(member);
        }
        self.written.insert(id.to_string(), member.clone());
        let recorded = self.layers.get(id).and_then(|layer| layer.diff_digest.clone());
        let diff_dir = format!("overlay/{id}/diff");
        let what = format!("layer {id} (diff_id {}, {diff_dir})", diff_id.unwrap_or("unknown"));
        if let (Some(recorded), Some(diff_id)) = (&recorded, diff_id) {
            if recorded != diff_id {
                self.w.anomaly(Anomaly::error(
                    "store-layerdb-mismatch",
                    format!("layer {id}: layers.json says {recorded}, the image's config {diff_id}"),
                ));
            }
        }
        match diff_id.or(recorded.as_deref()) {
            Some(diff_id) => {
                let diff_id = diff_id.to_string();
                let layers_dir =
                    self.w.root.dir(b"overlay-layers").map_err(|source| StoreError::Io { path: self.w.root.path.clone(), source })?;
                let split = format!("{id}.tar-split.gz");
                self.w.pulled_layer(&member, &LayerDir::Changes(diff_dir), (&layers_dir, split.as_bytes()), &diff_id, &what)?;
            }
            None => {
                self.w.directory_layer(&member, &LayerDir::Changes(diff_dir), &what)?;
            }
        }
        Ok(member)
    }

    fn containers(&mut self, images: &[StoreImage]) -> Result<Vec<Value>, StoreError> {
        let mut manifest = Vec::new();
        if !self.w.root.exists(b"overlay-containers/containers.json") {
            return Ok(manifest);
        }
        let Some(list) = self.w.json("overlay-containers/containers.json") else { return Ok(manifest) };
        for entry in list.as_array().into_iter().flatten() {
            self.w.facts.containers_found += 1;
            let Some(id) = entry.get("id").and_then(Value::as_str).filter(|id| is_hex_id(id)).map(String::from) else {
                self.w.anomaly(Anomaly::new(
                    "store-id-invalid",
                    format!("overlay-containers/containers.json: a container without a valid id: {:?}", entry.get("id")),
                ));
                continue;
            };
            manifest.push(self.container(&id, entry, images)?);
        }
        Ok(manifest)
    }

    fn container(&mut self, id: &str, entry: &Value, images: &[StoreImage]) -> Result<Value, StoreError> {
        let short = &id[..12];
        let name =
            entry.get("names").and_then(Value::as_array).and_then(|n| n.first()).and_then(Value::as_str).unwrap_or(short).to_string();
        let image_id = entry.get("image").and_then(Value::as_str).filter(|i| is_hex_id(i)).map(String::from);
        let image = image_id.as_deref().and_then(|wanted| images.iter().find(|image| image.id == wanted));
        let own = entry.get("layer").and_then(Value::as_str).filter(|l| is_hex_id(l)).map(String::from);
        // The layers under it: its image's, or what its own layer's parents say.
        let parent = own.as_deref().and_then(|own| self.layers.get(own)).and_then(|layer| layer.parent.clone());
        let (mut layers, mut diff_ids): (Vec<String>, Vec<Value>) = match image {
            Some(image) if image.top == parent => (image.layers.clone(), image.diff_ids.iter().cloned().map(Value::String).collect()),
            _ => {
                if image.is_none() {
                    self.w.image_missing(
                        &format!("{name} ({short})"),
                        image_id.as_deref(),
                        ": its layers are followed from the layer store",
                    );
                }
                let chain = parent.map(|parent| self.chain(&parent)).unwrap_or_default();
                let mut members = Vec::new();
                let mut ids = Vec::new();
                for layer in &chain {
                    let recorded = self.layers.get(layer).and_then(|l| l.diff_digest.clone());
                    members.push(self.image_layer(layer, recorded.as_deref())?);
                    ids.push(recorded.map(Value::String).unwrap_or(Value::Null));
                }
                (members, ids)
            }
        };
        let own_layers_from = layers.len();
        let mut history: Vec<Value> = match image {
            Some(image) if layers == image.layers => {
                image.config.as_ref().and_then(|c| c.get("history")).and_then(Value::as_array).cloned().unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let run = self.runs.remove(id).unwrap_or_default();
        let created = entry.get("created").and_then(Value::as_str).map(String::from).or(run.created);
        let mut writable_layer = None;
        match &own {
            Some(own) => {
                let member = format!("containers/{id}/writable.tar");
                let what = format!("container {name} ({short}): its writable layer");
                if let Some(digest) = self.w.directory_layer(&member, &LayerDir::Changes(format!("overlay/{own}/diff")), &what)? {
                    writable_layer = Some(layers.len());
                    layers.push(member);
                    diff_ids.push(Value::String(digest.to_string()));
                    let when = run.finished.clone().or_else(|| run.started.clone()).or_else(|| created.clone());
                    history.push(json!({"created": when, "created_by": format!("container {name} ({short}): writable layer: what changed at runtime, as on disk (no recorded digest)")}));
                }
            }
            None => self.w.anomaly(Anomaly::error(
                "store-layer-missing",
                format!("container {name} ({short}): containers.json names no layer of its own"),
            )),
        }
        let userdata = format!("overlay-containers/{id}/userdata");
        let runtime = if self.w.root.exists(format!("{userdata}/config.json").as_bytes()) {
            self.w.json(&format!("{userdata}/config.json"))
        } else {
            None
        };
        if runtime.is_none() {
            self.w.not_read(
                format!("container {name} ({short}) settings"),
                format!("no readable {userdata}/config.json (the runtime config podman writes when it starts a container): its env, command and host settings are not known"),
            );
        }
        let settings = runtime.as_ref().map(|spec| docker_shaped(spec, image.and_then(|i| i.config.as_ref())));
        let host = runtime.as_ref().map(|spec| host_settings(spec, id)).unwrap_or_default();
        let command = runtime.as_ref().map(spec_args).unwrap_or_default();
        // k8s-file: "TIME STREAM TAG TEXT" a line.
        let (log, log_text) = self.w.log(&format!("{userdata}/ctr.log"), &name, |line| {
            let text = std::str::from_utf8(line).ok()?;
            text.splitn(4, ' ').nth(3).map(String::from)
        });
        let facts = ContainerFacts {
            id: id.to_string(),
            name,
            image_id,
            image_refs: image.map(|image| image.refs.clone()).unwrap_or_default(),
            created,
            started_at: run.started,
            finished_at: run.finished,
            running: run.running,
            command,
            host,
            own_layers_from,
            init_layer: None,
            writable_layer,
            log,
            log_text,
        };
        let config = container_config(image.and_then(|i| i.config.as_ref()), settings, diff_ids, history);
        self.w.container_image(facts, &config, layers)
    }
}

/// The argv an OCI runtime config runs.
pub(super) fn spec_args(spec: &Value) -> Vec<String> {
    spec.pointer("/process/args")
        .and_then(Value::as_array)
        .map(|args| args.iter().filter_map(Value::as_str).map(String::from).collect())
        .unwrap_or_default()
}

/// The OCI runtime config's process as Docker's container config shape (what the config
/// stage reads): Env, Cmd (the whole argv: the entrypoint was resolved into it), WorkingDir,
/// User, and the image's labels.
pub(super) fn docker_shaped(spec: &Value, image: Option<&Value>) -> Value {
    let process = spec.get("process");
    let user = process
        .and_then(|p| p.get("user"))
        .map(|u| format!("{}:{}", u.get("uid").and_then(Value::as_u64).unwrap_or(0), u.get("gid").and_then(Value::as_u64).unwrap_or(0)));
    json!({
        "Env": process.and_then(|p| p.get("env")).cloned().unwrap_or(Value::Null),
        "Cmd": process.and_then(|p| p.get("args")).cloned().unwrap_or(Value::Null),
        "WorkingDir": process.and_then(|p| p.get("cwd")).cloned().unwrap_or(Value::Null),
        "User": user,
        "Labels": image.and_then(|c| c.pointer("/config/Labels")).cloned().unwrap_or(Value::Null),
    })
}

/// A podman container's host settings: privileged by podman's annotation, its own files in
/// its userdata directory.
fn host_settings(spec: &Value, id: &str) -> HostSettings {
    let privileged = spec
        .pointer("/annotations/io.podman.annotations.privileged")
        .and_then(Value::as_str)
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let origin = SettingsOrigin::OciRuntimeConfig("config.json");
    oci_host_settings(spec, privileged, DEFAULT_CAPABILITIES, &format!("/overlay-containers/{id}/userdata"), origin, true)
}

/// The host-facing settings of an OCI runtime config: `privileged` as the engine recorded it,
/// namespaces shared with the host (absent from the list), capabilities beyond the engine's
/// `defaults`, bind mounts other than the engine's own files (sources containing `own`), and,
/// where the engine confines by default (`seccomp_by_default`), seccomp left off.
pub(super) fn oci_host_settings(
    spec: &Value,
    privileged: bool,
    defaults: &[&str],
    own: &str,
    origin: SettingsOrigin,
    seccomp_by_default: bool,
) -> HostSettings {
    let namespaces: Vec<&str> = spec
        .pointer("/linux/namespaces")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|ns| ns.get("path").is_none())
        .filter_map(|ns| ns.get("type").and_then(Value::as_str))
        .collect();
    let host_unless = |kind: &str| (!namespaces.contains(&kind)).then(|| "host".to_string());
    let cap_add = if privileged {
        Vec::new()
    } else {
        spec.pointer("/process/capabilities/bounding")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|cap| !defaults.contains(cap))
            .map(String::from)
            .collect()
    };
    // The engine binds its own files (hosts, resolv.conf, .containerenv, shm) from a directory
    // of its own.
    let mounts = spec
        .get("mounts")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, m)| {
            m.get("type").and_then(Value::as_str) == Some("bind")
                || m.get("options").and_then(Value::as_array).is_some_and(|o| o.iter().any(|o| o == "bind" || o == "rbind"))
        })
        .filter_map(|(index, m)| {
            let text = |key: &str| m.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
            let source = text("source");
            (own.is_empty() || !source.contains(own)).then(|| HostMount {
                field: origin.mount_field(index),
                kind: "bind".into(),
                target: text("destination"),
                read_only: m.get("options").and_then(Value::as_array).is_some_and(|o| o.iter().any(|o| o == "ro")),
                source,
            })
        })
        .collect();
    let mut security_opt = Vec::new();
    if seccomp_by_default && !privileged && spec.pointer("/linux/seccomp").is_none() {
        security_opt.push("seccomp=unconfined".to_string());
    }
    HostSettings {
        privileged,
        pid_mode: host_unless("pid"),
        network_mode: host_unless("network"),
        ipc_mode: host_unless("ipc"),
        userns_mode: None,
        cap_add,
        security_opt,
        devices: Vec::new(),
        mounts,
        origin,
    }
}
