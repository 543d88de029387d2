//! Image layouts built in code, for the writers the shared fixtures do not cover: containerd's
//! `docker save` (nested index, absent platforms and attestations), zstd:chunked-style layers
//! (many frames, skippable frames), unsupported layer compression, tampered layers, compressed
//! outer archives.

mod common;

use common::build::{gzip, layer_tar, manifest, outer_tar, sha, write_temp, zstd_frames, Blobs};
use layerhound::input::Compression;
use serde_json::{json, Value};

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
    assert_eq!(analysis.image_count(), 1, "index.json and manifest.json name the same image once");
    let view = &analysis.view(0).unwrap();
    assert!(view.verified);
    assert_eq!(view.image.platform.as_deref(), Some("linux/amd64"));
    // The bare tag in ref.name is not a reference of its own when the full name is there.
    assert_eq!(view.image.refs, ["docker.io/library/demo:latest", "demo:latest"]);
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
    let view = &analysis.view(0).unwrap();
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
    let kinds: Vec<&str> = image.anomalies.iter().map(|a| &*a.kind).collect();
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
        assert_eq!(evidence.sha256().to_string(), sha(&bytes), "{name}: hash as received");
        assert_eq!(evidence.tar_sha256.map(|s| s.to_string()), Some(sha(&plain)), "{name}: hash of the tar inside");
        assert!(common::analyse(&evidence).view(0).unwrap().verified, "{name}");
    }
}

#[test]
fn one_image_saved_under_two_tags_is_one_image_with_both_names() {
    let tar = layer_tar(&[("f", b"1")]);
    let mut blobs = Blobs(Vec::new());
    let (desc, config) = manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar", tar.clone(), tar.clone())]);
    let named = |full: &str, tag: &str| {
        let mut d = desc.clone();
        d["annotations"] = json!({"io.containerd.image.name": full, "org.opencontainers.image.ref.name": tag});
        d
    };
    // A cosign-style signature next to the image: an artifact, not a second image.
    let empty = blobs.add("application/vnd.oci.empty.v1+json", b"{}".to_vec());
    let payload = blobs.add("application/vnd.dev.cosign.simplesigning.v1+json", b"{\"critical\":{}}".to_vec());
    let signature = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "artifactType": "application/vnd.dev.cosign.artifact.sig.v1+json", "config": empty, "layers": [payload], "subject": desc.clone()});
    let signature = blobs.add_json("application/vnd.oci.image.manifest.v1+json", &signature);
    let index = json!({"schemaVersion": 2, "manifests": [named("docker.io/library/app:1", "1"), named("docker.io/library/app:latest", "latest"), signature]});
    let config_member = format!("blobs/sha256/{}", &config["digest"].as_str().unwrap()[7..]);
    let manifest_json =
        json!([{"Config": config_member, "RepoTags": ["app:1", "app:latest"], "Layers": [format!("blobs/sha256/{}", sha(&tar))]}]);
    let mut members = blobs.0;
    members.push(("index.json".into(), serde_json::to_vec(&index).unwrap()));
    members.push(("manifest.json".into(), serde_json::to_vec(&manifest_json).unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let evidence = common::open(&write_temp(&dir, "tags.tar", &outer_tar(&members)));
    let analysis = common::analyse(&evidence);
    assert_eq!(analysis.image_count(), 1);
    let view = analysis.view(0).unwrap();
    assert_eq!(view.image.refs, ["docker.io/library/app:1", "docker.io/library/app:latest", "app:1", "app:latest"]);
    assert!(view.verified);
    assert!(analysis.discovery.anomalies.iter().any(|a| a.kind == "artifact-skipped"));
}
