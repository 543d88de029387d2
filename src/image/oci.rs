//! OCI image layout: `index.json`, nested indexes, manifests and configs under `blobs/sha256/`.

use serde_json::Value;

use super::MissingBlob;
use super::{load_config, platform_string, read_json, Discovery, Image, ImageError, LayerRef};
use crate::evidence::archive::Archive;
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::OciDigest;
use crate::shared::limits::Limits;

const REF_NAME: &str = "org.opencontainers.image.ref.name";
const CONTAINERD_NAME: &str = "io.containerd.image.name";
const REFERENCE_TYPE: &str = "vnd.docker.reference.type";

struct Descriptor<'v> {
    media_type: Option<&'v str>,
    digest: &'v str,
    size: Option<u64>,
    platform: Option<String>,
    annotations: Option<&'v Value>,
    has_urls: bool,
}

fn descriptor(value: &Value) -> Option<Descriptor<'_>> {
    Some(Descriptor {
        media_type: value.get("mediaType").and_then(Value::as_str),
        digest: value.get("digest")?.as_str()?,
        size: value.get("size").and_then(Value::as_u64),
        platform: platform_string(value.get("platform")),
        annotations: value.get("annotations"),
        has_urls: value.get("urls").is_some(),
    })
}

impl Descriptor<'_> {
    fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations?.get(key)?.as_str()
    }
}

pub(super) fn discover(archive: &Archive, limits: &Limits, found: &mut Discovery) -> Result<(), ImageError> {
    let (index, _) = read_json(archive, "index.json", limits, &mut found.anomalies)?;
    match index.get("manifests") {
        Some(Value::Array(_)) => walk_index(archive, limits, &index, "index.json", &[], 0, found),
        // Docker 25+ writes `"manifests": null` when manifest.json carries the images.
        _ if archive.contains("manifest.json") => {
            found.anomalies.push(Anomaly::info("index-empty", "index.json lists no manifests; manifest.json is used"));
        }
        _ => {
            return Err(ImageError::Invalid { member: "index.json".into(), reason: "has no list of manifests".into() });
        }
    }
    Ok(())
}

fn walk_index(archive: &Archive, limits: &Limits, index: &Value, at: &str, refs: &[String], depth: usize, found: &mut Discovery) {
    let Some(manifests) = index.get("manifests").and_then(Value::as_array) else {
        found.anomalies.push(Anomaly::error("index-invalid", format!("{at}: manifests is not a list")));
        return;
    };
    for (n, entry) in manifests.iter().enumerate() {
        let Some(desc) = descriptor(entry) else {
            found.anomalies.push(Anomaly::error("index-invalid", format!("{at}: manifests[{n}] has no digest")));
            continue;
        };
        let mut refs = refs.to_vec();
        // Docker 25+ and containerd put the full name in their own annotation and only the tag
        // in ref.name; podman and skopeo put the full name in ref.name.
        let name = desc.annotation(CONTAINERD_NAME).or_else(|| desc.annotation(REF_NAME));
        if let Some(name) = name.filter(|name| !refs.iter().any(|r| r == name)) {
            refs.push(name.to_string());
        }
        // One image named by several descriptors (`docker save` of two tags): one image, all names.
        if let Some(image) =
            found.images.iter_mut().find(|image| image.manifest_digest.is_some_and(|digest| digest.is_claimed_by(desc.digest)))
        {
            for name in refs {
                if !image.refs.contains(&name) {
                    image.refs.push(name);
                }
            }
            continue;
        }
        let Ok(digest) = desc.digest.parse::<OciDigest>() else {
            found.anomalies.push(Anomaly::error(
                "digest-invalid",
                format!("{at}: manifests[{n}] digest {:?} is not sha256:<64 lowercase hex>; not followed", desc.digest),
            ));
            continue;
        };
        let member = format!("blobs/sha256/{}", digest.sum());
        if !archive.contains(&member) {
            let attestation = desc.annotation(REFERENCE_TYPE) == Some("attestation-manifest");
            found.missing.push(MissingBlob {
                digest: desc.digest.to_string(),
                media_type: desc.media_type.map(String::from),
                platform: desc.platform.clone(),
                reason: if attestation {
                    "attestation manifest not exported with the image".into()
                } else {
                    "manifest blob not in the archive (exports keep only the platforms that were pulled)".into()
                },
            });
            continue;
        }
        let (value, sha) = match read_json(archive, &member, limits, &mut found.anomalies) {
            Ok(parsed) => parsed,
            Err(err) => {
                found.anomalies.push(Anomaly::error("manifest-unreadable", err.to_string()));
                continue;
            }
        };
        if sha != digest.sum() {
            found.anomalies.push(Anomaly::error("blob-digest-mismatch", format!("{member}: content hashes to {}", sha.digest())));
        }
        if let Some(size) = desc.size.filter(|size| Some(*size) != archive.blob(&member).ok().map(|b| b.bytes.len() as u64)) {
            found.anomalies.push(Anomaly::error("blob-size-mismatch", format!("{member}: descriptor says {size} bytes")));
        }
        let is_index = value.get("manifests").is_some()
            || desc.media_type.is_some_and(|m| m.ends_with("image.index.v1+json") || m.ends_with("manifest.list.v2+json"));
        if is_index {
            if depth >= limits.max_index_depth {
                found.anomalies.push(Anomaly::error(
                    "index-too-deep",
                    format!("{member}: nested indexes deeper than {}; not followed", limits.max_index_depth),
                ));
            } else {
                walk_index(archive, limits, &value, &member, &refs, depth + 1, found);
            }
            continue;
        }
        if desc.annotation(REFERENCE_TYPE) == Some("attestation-manifest") {
            found
                .anomalies
                .push(Anomaly::info("attestation-skipped", format!("{member}: attestation manifest (build provenance), not an image")));
            continue;
        }
        if let Some(kind) = artifact_kind(&value) {
            found.anomalies.push(Anomaly::info("artifact-skipped", format!("{member}: an OCI artifact ({kind}), not an image")));
            continue;
        }
        found.images.push(image_from_manifest(archive, limits, &value, &member, desc, refs));
    }
}

/// Signatures, SBOMs and other artifacts stored as manifests (cosign, oras, regctl): what they
/// are, or None for an image manifest.
fn artifact_kind(manifest: &Value) -> Option<String> {
    if let Some(kind) = manifest.get("artifactType").and_then(Value::as_str) {
        return Some(kind.to_string());
    }
    if manifest.get("subject").is_some() {
        return Some("a manifest referring to another (subject)".into());
    }
    let config_type = manifest.get("config")?.get("mediaType")?.as_str()?;
    let image_config =
        config_type == "application/vnd.oci.image.config.v1+json" || config_type == "application/vnd.docker.container.image.v1+json";
    (!image_config).then(|| format!("config {config_type}"))
}

fn image_from_manifest(archive: &Archive, limits: &Limits, manifest: &Value, member: &str, desc: Descriptor, refs: Vec<String>) -> Image {
    let mut image = Image {
        format: "oci-layout".into(),
        refs,
        manifest_digest: desc.digest.parse().ok(),
        platform: desc.platform.clone(),
        ..Image::default()
    };
    match manifest.get("config").and_then(descriptor) {
        Some(config) => match config.digest.parse::<OciDigest>() {
            Ok(digest) => {
                let config_member = format!("blobs/sha256/{}", digest.sum());
                load_config(archive, &config_member, Some((config.digest, "descriptor")), limits, &mut image);
            }
            Err(_) => {
                image.anomalies.push(Anomaly::error("digest-invalid", format!("{member}: config digest {:?} is not valid", config.digest)))
            }
        },
        None => image.anomalies.push(Anomaly::error("manifest-invalid", format!("{member}: no config descriptor"))),
    }
    let Some(layers) = manifest.get("layers").and_then(Value::as_array) else {
        image.anomalies.push(Anomaly::error("manifest-invalid", format!("{member}: layers is not a list")));
        return image;
    };
    for (i, layer) in layers.iter().enumerate() {
        let Some(layer_desc) = descriptor(layer) else {
            image.anomalies.push(Anomaly::error("manifest-invalid", format!("{member}: layer {i} has no digest")).at_layer(i));
            image.layers.push(LayerRef::default());
            continue;
        };
        let mut layer_ref = LayerRef {
            expected_digest: Some(layer_desc.digest.to_string()),
            expected_digest_source: Some("descriptor"),
            expected_size: layer_desc.size,
            media_type: layer_desc.media_type.map(String::from),
            member: None,
            foreign: layer_desc.has_urls || layer_desc.media_type.is_some_and(|m| m.contains("foreign") || m.contains("nondistributable")),
        };
        match layer_desc.digest.parse::<OciDigest>() {
            Ok(digest) => layer_ref.member = Some(format!("blobs/sha256/{}", digest.sum())),
            Err(_) => image.anomalies.push(
                Anomaly::error(
                    "digest-invalid",
                    format!("{member}: layer {i} digest {:?} is not sha256:<64 lowercase hex>", layer_desc.digest),
                )
                .at_layer(i),
            ),
        }
        image.layers.push(layer_ref);
    }
    image
}
