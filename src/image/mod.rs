//! From the outer archive to images: manifest.json (docker-archive), index.json (OCI layout,
//! nested indexes), `repositories` (Docker v1), and each image's configuration.

pub mod config;
mod docker;
mod oci;

use serde::Serialize;
use serde_json::Value;

use crate::evidence::archive::Archive;
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::{is_sha256_hex, OciDigest, Sha256Sum};
use crate::shared::limits::Limits;
use config::ParsedConfig;

#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("not an image archive: no manifest.json, index.json or repositories")]
    NotAnImage,
    #[error("{member}: {reason}")]
    Invalid { member: String, reason: String },
}

/// One layer as the manifest names it, before its bytes are read.
#[derive(Debug, Clone, Default)]
pub struct LayerRef {
    /// The archive member holding the blob (None when the blob is absent).
    pub member: Option<String>,
    pub expected_digest: Option<String>,
    pub expected_digest_source: Option<&'static str>,
    pub expected_size: Option<u64>,
    pub media_type: Option<String>,
    /// A foreign (non-distributable) layer: exports leave it out by design.
    pub foreign: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Image {
    pub format: String,
    pub refs: Vec<String>,
    pub manifest_digest: Option<OciDigest>,
    pub platform: Option<String>,
    pub config_member: Option<String>,
    pub config_digest: Option<OciDigest>,
    pub config: ParsedConfig,
    pub layers: Vec<LayerRef>,
    pub anomalies: Vec<Anomaly>,
    /// A container of an engine store: this image is its image's layers and its own.
    pub container: Option<std::sync::Arc<crate::evidence::store::ContainerFacts>>,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub formats: Vec<String>,
    pub images: Vec<Image>,
    pub missing: Vec<MissingBlob>,
    pub anomalies: Vec<Anomaly>,
    /// Images named past `max_images`, not analysed.
    pub images_over_limit: usize,
}

/// The image a `--image` value names among images with these references: its index, an exact
/// reference, or a reference's tail (`webapp:1.0`, `1.0`). The error lists the images.
pub fn select(refs: &[&[String]], wanted: &str) -> Result<usize, String> {
    if let Some(index) = wanted.parse::<usize>().ok().filter(|index| *index < refs.len()) {
        return Ok(index);
    }
    let known = || refs.iter().enumerate().map(|(i, refs)| format!("{i}: {}", refs.join(", "))).collect::<Vec<_>>().join("; ");
    if let Some(index) = refs.iter().position(|refs| refs.iter().any(|r| r == wanted)) {
        return Ok(index);
    }
    let tail = |r: &String| r.ends_with(&format!("/{wanted}")) || r.ends_with(&format!(":{wanted}"));
    let matches: Vec<usize> = (0..refs.len()).filter(|i| refs[*i].iter().any(tail)).collect();
    match matches.as_slice() {
        [index] => Ok(*index),
        [] => Err(format!("no image {wanted:?} in the archive; images: {}", known())),
        _ => Err(format!("{wanted:?} names several images; use a full reference or an index: {}", known())),
    }
}

pub fn discover(archive: &Archive, limits: &Limits) -> Result<Discovery, ImageError> {
    let mut found = Discovery::default();
    let has_index = archive.contains("index.json");
    let has_manifest = archive.contains("manifest.json");
    if has_index {
        found.formats.push("oci-layout".into());
        oci::discover(archive, limits, &mut found)?;
    }
    if has_manifest {
        found.formats.push("docker-archive".into());
        // Docker 25+ writes both; manifest.json then adds tags to the OCI images it names.
        docker::discover(archive, limits, &mut found)?;
    }
    if !has_index && !has_manifest {
        if archive.contains("repositories") {
            found.formats.push("docker-v1".into());
            docker::discover_v1(archive, limits, &mut found)?;
        } else {
            return Err(ImageError::NotAnImage);
        }
    }
    if found.images.len() > limits.max_images {
        found.images_over_limit = found.images.len() - limits.max_images;
        found.images.truncate(limits.max_images);
        found.anomalies.push(Anomaly::error(
            "too-many-images",
            format!(
                "the archive names {} more images than the limit of {}; they are not analysed",
                found.images_over_limit, limits.max_images
            ),
        ));
    }
    for image in &mut found.images {
        if image.format.is_empty() {
            image.format = found.formats.join("+");
        }
    }
    found.anomalies.extend(shared_tags(&found.images));
    Ok(found)
}

/// A tag that names two different images (by config digest) of one archive: which one a tool
/// shows for it depends on the order it reads them.
fn shared_tags(images: &[Image]) -> Vec<Anomaly> {
    let mut by_tag: std::collections::BTreeMap<&str, Vec<usize>> = std::collections::BTreeMap::new();
    for (index, image) in images.iter().enumerate() {
        for tag in &image.refs {
            by_tag.entry(tag.as_str()).or_default().push(index);
        }
    }
    let mut anomalies = Vec::new();
    for (tag, named) in by_tag {
        let mut configs: Vec<String> =
            named.iter().map(|i| images[*i].config_digest.map_or_else(|| "(none)".into(), |digest| digest.to_string())).collect();
        configs.sort_unstable();
        configs.dedup();
        if configs.len() < 2 {
            continue;
        }
        let (first, last) = (named[0], named[named.len() - 1]);
        anomalies.push(Anomaly::new(
            "tag-on-several-images",
            format!(
                "{tag} names {} different images (configs {}): `docker load` gives the tag to the last one it loads (image {last}), \
                 a tool that takes the first match shows image {first}; layerhound reports each image under it",
                named.len(),
                configs.join(", ")
            ),
        ));
        if anomalies.len() >= 16 {
            break;
        }
    }
    anomalies
}

/// Reads a JSON member under the bounds (see [`json`]); what was cut or ambiguous goes to
/// `anomalies`.
pub(crate) fn read_json(
    archive: &Archive,
    member: &str,
    limits: &Limits,
    anomalies: &mut Vec<Anomaly>,
) -> Result<(Value, Sha256Sum), ImageError> {
    let invalid = |reason: String| ImageError::Invalid { member: member.to_string(), reason };
    let bytes = archive.read_small(member, limits.max_json_bytes).map_err(|e| invalid(e.to_string()))?;
    let (value, notes, more) = crate::shared::json::parse(bytes, limits).map_err(|e| invalid(format!("invalid JSON: {e}")))?;
    anomalies.extend(crate::shared::json::anomalies(member, &notes, more, limits));
    Ok((value, Sha256Sum::of(bytes)))
}

/// The digest a member name encodes, as writers name blobs: `blobs/sha256/<hex>`,
/// `<hex>.tar[.gz|.zst]`, `<hex>.json`, `sha256:<hex>` at the archive root. `<id>/layer.tar`
/// names encode a v1 id, not a digest, and give nothing.
pub(crate) fn digest_from_member_name(name: &str) -> Option<String> {
    let (dir, base) = name.rsplit_once('/').unwrap_or(("", name));
    if dir == "blobs/sha256" && is_sha256_hex(base) {
        return Some(format!("sha256:{base}"));
    }
    if !dir.is_empty() {
        return None;
    }
    let base = base.strip_prefix("sha256:").unwrap_or(base);
    let stem = [".tar.gz", ".tar.zst", ".tgz", ".tar", ".json"].iter().find_map(|ext| base.strip_suffix(ext)).unwrap_or(base);
    is_sha256_hex(stem).then(|| format!("sha256:{stem}"))
}

/// Reads and parses a config member, checking its content against `expected` (a descriptor
/// digest or one its name encodes).
pub(crate) fn load_config(archive: &Archive, member: &str, expected: Option<(&str, &'static str)>, limits: &Limits, image: &mut Image) {
    image.config_member = Some(member.to_string());
    match read_json(archive, member, limits, &mut image.anomalies) {
        Ok((value, sha)) => {
            let digest = sha.digest();
            if let Some((want, source)) = expected {
                if !digest.is_claimed_by(want) {
                    let message = format!("config {member}: content is {digest}, {source} says {want}");
                    // A name that disagrees is a writer quirk; a descriptor that disagrees is tampering.
                    image.anomalies.push(if source == "descriptor" {
                        Anomaly::error("config-digest-mismatch", message)
                    } else {
                        Anomaly::info("config-name-mismatch", message)
                    });
                }
            }
            image.config_digest = Some(digest);
            if !value.is_object() {
                image.anomalies.push(Anomaly::error("config-invalid", format!("config {member} is not a JSON object")));
            }
            image.config = config::parse(&value);
            for problem in std::mem::take(&mut image.config.problems) {
                image.anomalies.push(Anomaly::new("config-field-type", format!("config {member}: {problem}")));
            }
        }
        Err(err) => image.anomalies.push(Anomaly::error("config-unreadable", err.to_string())),
    }
}

pub(crate) fn platform_string(value: Option<&Value>) -> Option<String> {
    let value = value?;
    let os = value.get("os")?.as_str()?;
    let arch = value.get("architecture")?.as_str()?;
    Some(match value.get("variant").and_then(Value::as_str) {
        Some(variant) => format!("{os}/{arch}/{variant}"),
        None => format!("{os}/{arch}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_yield_digests_only_where_writers_put_them() {
        let hex = "a".repeat(64);
        assert_eq!(digest_from_member_name(&format!("blobs/sha256/{hex}")), Some(format!("sha256:{hex}")));
        assert_eq!(digest_from_member_name(&format!("{hex}.tar.gz")), Some(format!("sha256:{hex}")));
        assert_eq!(digest_from_member_name(&format!("sha256:{hex}")), Some(format!("sha256:{hex}")));
        assert_eq!(digest_from_member_name(&format!("{hex}/layer.tar")), None);
        assert_eq!(digest_from_member_name("blobs/sha256/../../etc"), None);
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MissingBlob {
    pub digest: String,
    pub media_type: Option<String>,
    pub platform: Option<String>,
    pub reason: String,
}
