//! The JSON readers, each fed the input as one member of an otherwise valid image: the first
//! byte picks manifest.json, index.json, an OCI manifest blob, a config, or `repositories`.
#![no_main]

#[path = "common.rs"]
mod common;

use layerhound::archive::Archive;
use layerhound::image;
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn tar(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, body) in members {
        let mut header = tar::Header::new_gnu();
        header.set_mode(0o644);
        header.set_size(body.len() as u64);
        builder.append_data(&mut header, name, body.as_slice()).expect("building in memory");
    }
    builder.into_inner().expect("building in memory")
}

fuzz_target!(|data: &[u8]| {
    let Some((&role, json)) = data.split_first() else { return };
    let layer = tar(&[("etc/hostname".into(), b"fuzz\n".to_vec())]);
    let layer_sha = sha(&layer);
    let config = format!(
        r#"{{"architecture":"amd64","os":"linux","config":{{"Env":["PATH=/bin"]}},"rootfs":{{"type":"layers","diff_ids":["sha256:{layer_sha}"]}},"history":[{{"created_by":"COPY"}}]}}"#
    )
    .into_bytes();
    let config = if role % 5 == 3 { json.to_vec() } else { config };
    let config_sha = sha(&config);
    let manifest = format!(
        r#"{{"schemaVersion":2,"config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:{config_sha}","size":{}}},"layers":[{{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:{layer_sha}","size":{}}}]}}"#,
        config.len(),
        layer.len()
    )
    .into_bytes();
    let manifest = if role % 5 == 2 { json.to_vec() } else { manifest };
    let manifest_sha = sha(&manifest);
    let index = format!(
        r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:{manifest_sha}","size":{},"annotations":{{"org.opencontainers.image.ref.name":"fuzz:1"}}}}]}}"#,
        manifest.len()
    )
    .into_bytes();
    let mut members = vec![
        (format!("blobs/sha256/{layer_sha}"), layer),
        (format!("blobs/sha256/{config_sha}"), config),
        (format!("blobs/sha256/{manifest_sha}"), manifest),
    ];
    match role % 5 {
        0 => members.push(("manifest.json".into(), json.to_vec())),
        1 => members.push(("index.json".into(), json.to_vec())),
        4 => members.push(("repositories".into(), json.to_vec())),
        _ => {
            members.push(("index.json".into(), index));
            let docker =
                format!(r#"[{{"Config":"blobs/sha256/{config_sha}","RepoTags":["fuzz:1"],"Layers":["blobs/sha256/{layer_sha}"]}}]"#);
            members.push(("manifest.json".into(), docker.into_bytes()));
        }
    }
    let bytes = tar(&members);
    let limits = common::limits();
    let archive = Archive::index(&bytes, limits.max_link_hops);
    if let Ok(mut found) = image::discover(&archive, &limits) {
        for image in &mut found.images {
            let layers = image.layers.len();
            image::config::align_history(&mut image.config.history, layers);
        }
    }
});
