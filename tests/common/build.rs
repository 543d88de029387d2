//! Images built in code: layer tars with raw names, compression, outer archives, OCI blobs and
//! docker-archive manifests, so each test states exactly the bytes it feeds in.

use std::io::Write;
use std::path::PathBuf;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A layer tar from (path, content) pairs; paths ending in '/' are directories.
pub fn layer_tar(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, body) in files {
        let mut header = tar::Header::new_ustar();
        if path.ends_with('/') {
            header.set_entry_type(tar::EntryType::Directory);
            header.set_mode(0o755);
        } else {
            header.set_mode(0o644);
        }
        header.set_size(body.len() as u64);
        builder.append_data(&mut header, path, *body).unwrap();
    }
    builder.into_inner().unwrap()
}

/// A GNU header with a name written byte for byte (no sanitising), for hostile names.
pub fn raw_header(name: &[u8], kind: tar::EntryType, size: u64, link: &[u8]) -> tar::Header {
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(kind);
    header.set_size(size);
    header.set_mode(0o644);
    let gnu = header.as_gnu_mut().unwrap();
    gnu.name[..name.len()].copy_from_slice(name);
    gnu.linkname[..link.len()].copy_from_slice(link);
    header.set_cksum();
    header
}

/// Name, type, body, link target.
pub type RawEntry<'a> = (&'a [u8], tar::EntryType, &'a [u8], &'a [u8]);

/// A tar of raw GNU headers, nothing sanitised.
pub fn raw_tar(entries: &[RawEntry]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, kind, body, link) in entries {
        builder.append(&raw_header(name, *kind, body.len() as u64, link), *body).unwrap();
    }
    builder.into_inner().unwrap()
}

/// Appends a PAX extended header carrying `records` before the next entry.
pub fn pax(builder: &mut tar::Builder<Vec<u8>>, records: &[(&str, &[u8])]) {
    builder.append_pax_extensions(records.iter().map(|(k, v)| (*k, *v))).unwrap();
}

/// A zip (deflated members) from (name, content) pairs.
pub fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in members {
        writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(body).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

pub fn gzip_best(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

pub fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

/// zstd:chunked-like: each piece its own frame, with a skippable frame after each.
pub fn zstd_frames(pieces: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in pieces {
        out.extend(zstd(piece));
        out.extend([0x50, 0x2a, 0x4d, 0x18, 4, 0, 0, 0, b't', b'o', b'c', b'!']);
    }
    out
}

/// An outer tar from (member name, bytes) pairs.
pub fn outer_tar(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, body) in members {
        let mut header = tar::Header::new_gnu();
        header.set_mode(0o644);
        header.set_size(body.len() as u64);
        builder.append_data(&mut header, name, body.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

pub struct Blobs(pub Vec<(String, Vec<u8>)>);

impl Blobs {
    /// Adds a blob under blobs/sha256/ and returns its descriptor.
    pub fn add(&mut self, media_type: &str, bytes: Vec<u8>) -> Value {
        let digest = sha(&bytes);
        let descriptor = json!({"mediaType": media_type, "digest": format!("sha256:{digest}"), "size": bytes.len()});
        self.0.push((format!("blobs/sha256/{digest}"), bytes));
        descriptor
    }

    pub fn add_json(&mut self, media_type: &str, value: &Value) -> Value {
        self.add(media_type, serde_json::to_vec(value).unwrap())
    }
}

pub fn config(diff_ids: &[String]) -> Value {
    json!({
        "architecture": "amd64", "os": "linux",
        "config": {"Env": ["PATH=/bin"], "Cmd": ["sh"]},
        "rootfs": {"type": "layers", "diff_ids": diff_ids.iter().map(|d| format!("sha256:{d}")).collect::<Vec<_>>()},
        "history": diff_ids.iter().map(|_| json!({"created_by": "COPY . /"})).collect::<Vec<_>>()
    })
}

/// An OCI image manifest over (media type, stored blob, uncompressed tar) layers; returns the
/// manifest descriptor and the config descriptor.
pub fn manifest(blobs: &mut Blobs, layers: &[(&str, Vec<u8>, Vec<u8>)]) -> (Value, Value) {
    manifest_with(blobs, layers, |_| {})
}

/// [`manifest`], with the config edited first (its env, history, labels).
pub fn manifest_with(blobs: &mut Blobs, layers: &[(&str, Vec<u8>, Vec<u8>)], edit: impl FnOnce(&mut Value)) -> (Value, Value) {
    let diff_ids: Vec<String> = layers.iter().map(|(_, _, tar)| sha(tar)).collect();
    let mut config = config(&diff_ids);
    edit(&mut config);
    let config = blobs.add_json("application/vnd.oci.image.config.v1+json", &config);
    let layer_descs: Vec<Value> = layers.iter().map(|(media, blob, _)| blobs.add(media, blob.clone())).collect();
    let manifest =
        json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": config, "layers": layer_descs});
    (blobs.add_json("application/vnd.oci.image.manifest.v1+json", &manifest), config)
}

/// A one-image OCI archive over (stored blob, uncompressed tar) layers.
pub fn oci_archive(layers: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    oci_archive_with(layers, |_| {})
}

/// [`oci_archive`], with the image config edited first.
pub fn oci_archive_with(layers: &[(Vec<u8>, Vec<u8>)], edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut blobs = Blobs(Vec::new());
    let typed: Vec<(&str, Vec<u8>, Vec<u8>)> =
        layers.iter().map(|(blob, tar)| ("application/vnd.oci.image.layer.v1.tar", blob.clone(), tar.clone())).collect();
    let (desc, _) = manifest_with(&mut blobs, &typed, edit);
    let mut members = blobs.0;
    members.push(("index.json".into(), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [desc]})).unwrap()));
    outer_tar(&members)
}

/// A legacy docker-archive: `manifest.json` (given verbatim) plus the named members.
pub fn docker_archive(manifest: &Value, members: Vec<(String, Vec<u8>)>) -> Vec<u8> {
    let mut all = members;
    all.push(("manifest.json".into(), serde_json::to_vec(manifest).unwrap()));
    outer_tar(&all)
}

pub fn write_temp(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}
