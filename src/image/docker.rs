//! docker-archive: `manifest.json` (Docker, podman/skopeo, kaniko, go-containerregistry) and the
//! pre-1.10 `repositories` + `<id>/json` layout.

use serde_json::Value;

use super::{digest_from_member_name, load_config, read_json, Discovery, Image, ImageError, LayerRef};
use crate::evidence::archive::{normalize_member_name, Archive};
use crate::shared::anomaly::Anomaly;
use crate::shared::limits::Limits;

pub(super) fn discover(archive: &Archive, limits: &Limits, found: &mut Discovery) -> Result<(), ImageError> {
    let (value, _) = read_json(archive, "manifest.json", limits, &mut found.anomalies)?;
    let invalid = |reason: &str| ImageError::Invalid { member: "manifest.json".into(), reason: reason.into() };
    let entries = match &value {
        Value::Array(entries) => entries,
        Value::Null => return Err(invalid("is null, not a list of images")),
        _ => return Err(invalid("is not a list of images")),
    };
    for (n, entry) in entries.iter().enumerate() {
        let at = format!("manifest.json[{n}]");
        let Some(config_name) = entry.get("Config").and_then(Value::as_str) else {
            found.anomalies.push(Anomaly::error("manifest-invalid", format!("{at}: no Config string; image skipped")));
            continue;
        };
        let tags: Vec<String> = match entry.get("RepoTags") {
            Some(Value::Array(tags)) => tags.iter().filter_map(Value::as_str).map(String::from).collect(),
            _ => Vec::new(),
        };
        let Some(config_member) = normalize_member_name(config_name) else {
            found.anomalies.push(Anomaly::error(
                "manifest-path-traversal",
                format!("{at}: Config {config_name:?} climbs out of the archive; image skipped"),
            ));
            continue;
        };
        // An OCI image already found with this config: manifest.json only adds its tags.
        let oci_twin = found
            .images
            .iter_mut()
            .find(|image| image.format == "oci-layout" && image.config_member.as_deref() == Some(config_member.as_str()));
        if let Some(image) = oci_twin {
            for tag in tags {
                if !image.refs.contains(&tag) {
                    image.refs.push(tag);
                }
            }
            continue;
        }
        let mut image = Image { format: "docker-archive".into(), refs: tags, ..Image::default() };
        let expected = digest_from_member_name(&config_member);
        load_config(archive, &config_member, expected.as_deref().map(|d| (d, "member-name")), limits, &mut image);
        let layer_names = match entry.get("Layers") {
            Some(Value::Array(layers)) => layers,
            _ => {
                found.anomalies.push(Anomaly::error("manifest-invalid", format!("{at}: Layers is not a list; image skipped")));
                continue;
            }
        };
        for (i, layer) in layer_names.iter().enumerate() {
            // LayerSources, when present, describes the registry blob (often compressed), not
            // the bytes in this archive, so it is not used for verification.
            let mut layer_ref = LayerRef::default();
            match layer.as_str().map(|name| (name, normalize_member_name(name))) {
                Some((_, Some(member))) => {
                    if let Some(digest) = digest_from_member_name(&member) {
                        layer_ref.expected_digest = Some(digest);
                        layer_ref.expected_digest_source = Some("member-name");
                    }
                    layer_ref.member = Some(member);
                }
                Some((name, None)) => image
                    .anomalies
                    .push(Anomaly::error("manifest-path-traversal", format!("{at}: layer {name:?} climbs out of the archive")).at_layer(i)),
                None => image.anomalies.push(Anomaly::error("manifest-invalid", format!("{at}: layer {i} is not a string")).at_layer(i)),
            }
            image.layers.push(layer_ref);
        }
        found.images.push(image);
    }
    Ok(())
}

/// Docker < 1.10: `repositories` maps tags to the top layer id; each `<id>/json` names its parent.
pub(super) fn discover_v1(archive: &Archive, limits: &Limits, found: &mut Discovery) -> Result<(), ImageError> {
    let (value, _) = read_json(archive, "repositories", limits, &mut found.anomalies)?;
    let Some(repos) = value.as_object() else {
        return Err(ImageError::Invalid { member: "repositories".into(), reason: "is not an object".into() });
    };
    let mut tops: Vec<(String, Vec<String>)> = Vec::new();
    for (repo, tags) in repos {
        for (tag, id) in tags.as_object().into_iter().flatten() {
            let Some(id) = id.as_str() else { continue };
            let reference = format!("{repo}:{tag}");
            match tops.iter_mut().find(|(top, _)| top == id) {
                Some((_, refs)) => refs.push(reference),
                None => tops.push((id.to_string(), vec![reference])),
            }
        }
    }
    for (top, refs) in tops {
        let mut image = Image { format: "docker-v1".into(), refs, ..Image::default() };
        let mut chain = Vec::new();
        let mut next = Some(top.clone());
        while let Some(id) = next.take() {
            if !is_v1_id(&id) || chain.contains(&id) || chain.len() > 4096 {
                image.anomalies.push(Anomaly::error("v1-chain-invalid", format!("layer id {id:?} is not valid or loops; chain cut")));
                break;
            }
            let json_member = format!("{id}/json");
            if chain.is_empty() {
                load_config(archive, &json_member, None, limits, &mut image);
            }
            // Only the parent is wanted here; the top layer's notes came with its config above.
            next = match read_json(archive, &json_member, limits, &mut Vec::new()) {
                Ok((json, _)) => json.get("parent").and_then(Value::as_str).map(String::from),
                Err(err) => {
                    image.anomalies.push(Anomaly::error("v1-chain-invalid", err.to_string()));
                    None
                }
            };
            chain.push(id);
        }
        image
            .anomalies
            .push(Anomaly::info("v1-no-diff-ids", "Docker v1 layout: the image names no diff_ids, so layer content cannot be verified"));
        for id in chain.into_iter().rev() {
            image.layers.push(LayerRef { member: Some(format!("{id}/layer.tar")), ..LayerRef::default() });
        }
        found.images.push(image);
    }
    Ok(())
}

fn is_v1_id(id: &str) -> bool {
    crate::shared::digest::is_sha256_hex(id)
}
