//! Image layouts built in code, for the writers the shared fixtures do not cover: containerd's
//! `docker save` (nested index, absent platforms and attestations), zstd:chunked-style layers
//! (many frames, skippable frames), unsupported layer compression, tampered layers, compressed
//! outer archives.

mod common;

use std::io::Write;

use layerhound::input::Compression;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A layer tar from (path, content) pairs; paths ending in '/' are directories.
fn layer_tar(files: &[(&str, &[u8])]) -> Vec<u8> {
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

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// zstd:chunked-like: each piece its own frame, with a skippable frame between them.
fn zstd_frames(pieces: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in pieces {
        out.extend(zstd::encode_all(*piece, 3).unwrap());
        out.extend([0x50, 0x2a, 0x4d, 0x18, 4, 0, 0, 0, b't', b'o', b'c', b'!']);
    }
    out
}

/// An outer tar from (member name, bytes) pairs.
fn outer_tar(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, body) in members {
        let mut header = tar::Header::new_ustar();
        header.set_mode(0o644);
        header.set_size(body.len() as u64);
        builder.append_data(&mut header, name, body.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

struct Blobs(Vec<(String, Vec<u8>)>);

impl Blobs {
    /// Adds a blob under blobs/sha256/ and returns its descriptor.
    fn add(&mut self, media_type: &str, bytes: Vec<u8>) -> Value {
        let digest = sha(&bytes);
        let descriptor = json!({"mediaType": media_type, "digest": format!("sha256:{digest}"), "size": bytes.len()});
        self.0.push((format!("blobs/sha256/{digest}"), bytes));
        descriptor
    }

    fn add_json(&mut self, media_type: &str, value: &Value) -> Value {
        self.add(media_type, serde_json::to_vec(value).unwrap())
    }
}

fn config(diff_ids: &[String]) -> Value {
    json!({
        "architecture": "amd64", "os": "linux",
        "config": {"Env": ["PATH=/bin"], "Cmd": ["sh"]},
        "rootfs": {"type": "layers", "diff_ids": diff_ids.iter().map(|d| format!("sha256:{d}")).collect::<Vec<_>>()},
        "history": diff_ids.iter().map(|_| json!({"created_by": "COPY . /"})).collect::<Vec<_>>()
    })
}

/// An OCI image manifest over the given (media type, stored blob, uncompressed tar) layers.
fn manifest(blobs: &mut Blobs, layers: &[(&str, Vec<u8>, Vec<u8>)]) -> (Value, Value) {
    let diff_ids: Vec<String> = layers.iter().map(|(_, _, tar)| sha(tar)).collect();
    let config = blobs.add_json("application/vnd.oci.image.config.v1+json", &config(&diff_ids));
    let layer_descs: Vec<Value> = layers.iter().map(|(media, blob, _)| blobs.add(media, blob.clone())).collect();
    let manifest =
        json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": config, "layers": layer_descs});
    (blobs.add_json("application/vnd.oci.image.manifest.v1+json", &manifest), config)
}

fn write_temp(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn containerd_docker_save_reports_absent_platforms_and_attestations() {
    let base = layer_tar(&[("etc/", b""), ("etc/os-release", b"ID=demo\n")]);
    let mut blobs = Blobs(Vec::new());
    let (amd64, config) = manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar+gzip", gzip(&base), base.clone())]);
    let mut amd64 = amd64;
    amd64["platform"] = json!({"architecture": "amd64", "os": "linux"});
    let absent = |platform: Value, annotations: Value| json!({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": format!("sha256:{}", "ab".repeat(32)), "size": 500, "platform": platform, "annotations": annotations});
    let nested = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
        amd64,
        absent(json!({"architecture": "arm64", "os": "linux"}), json!({})),
        absent(json!({"architecture": "unknown", "os": "unknown"}), json!({"vnd.docker.reference.type": "attestation-manifest"})),
    ]});
    let mut nested_desc = blobs.add_json("application/vnd.oci.image.index.v1+json", &nested);
    nested_desc["annotations"] =
        json!({"io.containerd.image.name": "docker.io/library/demo:latest", "org.opencontainers.image.ref.name": "latest"});
    let index = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [nested_desc]});
    let layer_member = format!("blobs/sha256/{}", sha(&gzip(&base)));
    let manifest_json = json!([{"Config": format!("blobs/sha256/{}", &config["digest"].as_str().unwrap()[7..]), "RepoTags": ["demo:latest"], "Layers": [layer_member]}]);
    let mut members = blobs.0;
    members.push(("oci-layout".into(), br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec()));
    members.push(("index.json".into(), serde_json::to_vec(&index).unwrap()));
    members.push(("manifest.json".into(), serde_json::to_vec(&manifest_json).unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "containerd.tar", &outer_tar(&members));

    let evidence = common::open(&path);
    let analysis = common::analyse(&evidence);
    assert_eq!(analysis.images.len(), 1, "index.json and manifest.json name the same image once");
    let view = &analysis.images[0];
    assert!(view.verified);
    assert_eq!(view.image.platform.as_deref(), Some("linux/amd64"));
    for wanted in ["docker.io/library/demo:latest", "latest", "demo:latest"] {
        assert!(view.image.refs.iter().any(|r| r == wanted), "{wanted} in {:?}", view.image.refs);
    }
    let missing = &analysis.discovery.missing;
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert_eq!(missing[0].platform.as_deref(), Some("linux/arm64"));
    assert!(missing[1].reason.contains("attestation"), "{:?}", missing[1]);
    assert_eq!(common::tree_lines(&analysis, 0).len(), 2);
}

#[test]
fn zstd_layers_with_many_frames_and_skippable_frames_are_read_whole() {
    let tar = layer_tar(&[("a/", b""), ("a/one", b"first frame"), ("a/two", b"second frame")]);
    let (head, tail) = tar.split_at(1024);
    let mut blobs = Blobs(Vec::new());
    let (desc, _) = manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar+zstd", zstd_frames(&[head, tail]), tar.clone())]);
    let index = json!({"schemaVersion": 2, "manifests": [desc]});
    let mut members = blobs.0;
    members.push(("index.json".into(), serde_json::to_vec(&index).unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "chunked.tar", &outer_tar(&members));
    let evidence = common::open(&path);
    let analysis = common::analyse(&evidence);
    let view = &analysis.images[0];
    assert!(view.verified, "{:?}", view.layer_reports);
    assert_eq!(view.layer_reports[0].compression, Some(Compression::Zstd));
    assert_eq!(view.overlay.present().count(), 3);
}

#[test]
fn unsupported_and_tampered_layers_are_recorded_and_the_rest_goes_on() {
    let good = layer_tar(&[("ok", b"fine")]);
    let tampered = layer_tar(&[("evil", b"changed after the config was written")]);
    let bzip = b"BZh91AY&SY\x00\x00\x00\x00".to_vec();
    let mut blobs = Blobs(Vec::new());
    let (desc, _) = manifest(
        &mut blobs,
        &[
            ("application/vnd.oci.image.layer.v1.tar", good.clone(), good.clone()),
            ("application/vnd.oci.image.layer.v1.tar", tampered.clone(), layer_tar(&[("evil", b"original")])),
            ("application/vnd.oci.image.layer.v1.tar", bzip.clone(), bzip.clone()),
        ],
    );
    let index = json!({"schemaVersion": 2, "manifests": [desc]});
    let mut members = blobs.0;
    members.push(("index.json".into(), serde_json::to_vec(&index).unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "tampered.tar", &outer_tar(&members));

    let report = layerhound::scan(&[path], &layerhound::ScanOptions::default(), &layerhound::layer::NoSink, &mut |_| {});
    assert!(!report.complete);
    let image = &report.inputs[0].images[0];
    assert!(!image.verified);
    let layers = &image.layers;
    assert!(layers[0].verified);
    assert!(!layers[1].verified && layers[1].error.is_none(), "tampered but readable: {:?}", layers[1]);
    assert!(layers[2].error.as_deref().unwrap_or_default().contains("bzip2"), "{:?}", layers[2]);
    let kinds: Vec<&str> = image.anomalies.iter().map(|a| a.kind).collect();
    assert!(kinds.contains(&"diff-id-mismatch"), "{kinds:?}");
    assert!(image.not_scanned.iter().any(|n| n.layer == Some(2)), "{:?}", image.not_scanned);
    assert_eq!(image.filesystem.present, 2, "files of the readable layers are still there");
}

#[test]
fn zstd_and_multi_member_gzip_outer_archives_are_hashed_both_ways() {
    let plain = std::fs::read(common::repo_path("samples/webapp.docker.tar")).unwrap();
    let (first, second) = plain.split_at(plain.len() / 2);
    let mut multi_member = gzip(first);
    multi_member.extend(gzip(second));
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, compression) in [
        ("image.tar.zst", zstd::encode_all(plain.as_slice(), 3).unwrap(), Compression::Zstd),
        ("image.tgz", multi_member, Compression::Gzip),
    ] {
        let path = write_temp(&dir, name, &bytes);
        let evidence = common::open(&path);
        assert_eq!(evidence.compression, compression);
        assert_eq!(evidence.sha256, sha(&bytes), "{name}: hash as received");
        assert_eq!(evidence.tar_sha256.as_deref(), Some(sha(&plain).as_str()), "{name}: hash of the tar inside");
        assert!(common::analyse(&evidence).images[0].verified, "{name}");
    }
}
