//! The hostile corpus: every input is generated here, deterministically, and each test states
//! the exact outcome: contained (an anomaly, nothing resolved outside the image root) or
//! rejected with a clear error for that entry, layer or image while everything else goes on.

mod common;

use std::io::Write;
use std::process::Command;

use common::build::{gzip, layer_tar, oci_archive, outer_tar, pax, raw_header, raw_tar, sha, write_temp, zstd};
use common::stack;
use layerhound::entry::EntryKind;
use layerhound::layer::{self, LayerData, NoSink};
use layerhound::limits::Limits;
use layerhound::overlay::{self, Overlay};
use layerhound::report::Report;
use layerhound::ScanOptions;
use serde_json::json;

fn read(bytes: &[u8]) -> LayerData {
    layer::read("layer", bytes, &Limits::default(), &NoSink)
}

fn read_with(bytes: &[u8], limits: &Limits) -> LayerData {
    layer::read("layer", bytes, limits, &NoSink)
}

fn present(overlay: &Overlay) -> Vec<String> {
    overlay.present().map(|v| v.path_repr().display()).collect()
}

fn anomaly_kinds(overlay: &Overlay) -> Vec<&str> {
    overlay.anomalies.iter().map(|a| &*a.kind).collect()
}

use tar::EntryType::{Directory as D, Link as H, Regular as F, Symlink as L};

fn scan_bytes(name: &str, bytes: &[u8], limits: Limits) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, name, bytes);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    let report = layerhound::scan(&[path], &options, &NoSink, &mut |_| {});
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 1, "only the input remains in the temp dir: {left:?}");
    report
}

// ---------------------------------------------------------------- entry names

#[test]
fn traversal_names_are_clamped_inside_the_root_and_reported() {
    let overlay = stack(&[raw_tar(&[
        (b"../x", F, b"1", b""),
        (b"/../y", F, b"2", b""),
        (b"..", D, b"", b""),
        (b"/etc/abs", F, b"3", b""),
        (b"//double//slash", F, b"4", b""),
        (b"./a/../b", F, b"5", b""),
    ])]);
    assert_eq!(present(&overlay), ["/b", "/double", "/double/slash", "/etc", "/etc/abs", "/x", "/y"]);
    assert_eq!(anomaly_kinds(&overlay).iter().filter(|k| **k == "path-traversal").count(), 4, "{:?}", anomaly_kinds(&overlay));
}

#[test]
fn invalid_utf8_names_are_kept_losslessly() {
    let overlay = stack(&[raw_tar(&[(b"bin/\xff\xfe-evil", F, b"x", b"")])]);
    let version = overlay.present().find(|v| v.meta.kind == EntryKind::File).unwrap();
    assert_eq!(*version.path, *b"/bin/\xff\xfe-evil");
    let json = serde_json::to_value(version.path_repr()).unwrap();
    assert_eq!(json, json!({"text": "/bin/\\xff\\xfe-evil", "hex": hex::encode(b"/bin/\xff\xfe-evil")}));
}

#[test]
fn a_64_kib_name_is_skipped_and_a_4096_deep_path_is_read() {
    let long = "n".repeat(64 << 10);
    let deep = vec!["d"; 4096].join("/") + "/leaf";
    let mut builder = tar::Builder::new(Vec::new());
    for (name, body) in [(long.as_str(), b"long".as_slice()), (deep.as_str(), b"deep".as_slice())] {
        let mut header = tar::Header::new_gnu();
        header.set_size(body.len() as u64);
        header.set_mode(0o644);
        builder.append_data(&mut header, name, body).unwrap();
    }
    let data = read(&builder.into_inner().unwrap());
    assert!(data.error.is_none(), "{:?}", data.error);
    assert_eq!(data.entries.len(), 1);
    assert!(data.anomalies.iter().any(|a| a.kind == "path-too-long"));
    assert_eq!(data.not_scanned.len(), 1);
    let overlay = overlay::build(&[Some(&data.entries)], 40);
    assert_eq!(overlay.present().count(), 4097, "4096 implied directories and the leaf");
}

// ---------------------------------------------------------------- links

#[test]
fn links_out_of_the_root_resolve_inside_it() {
    let overlay = stack(&[
        raw_tar(&[(b"abs", L, b"", b"/../../../etc"), (b"rel", L, b"", b"../../.."), (b"dir", D, b"", b"")]),
        raw_tar(&[(b"abs/via-abs", F, b"1", b""), (b"rel/etc/via-rel", F, b"2", b""), (b"rel/x/y", F, b"3", b"")]),
    ]);
    assert_eq!(present(&overlay), ["/abs", "/dir", "/etc", "/etc/via-abs", "/etc/via-rel", "/rel", "/x", "/x/y"]);
    assert!(anomaly_kinds(&overlay).contains(&"written-through-symlink"));
}

#[test]
fn a_symlink_replaced_by_a_file_is_overwritten_not_followed() {
    let overlay = stack(&[raw_tar(&[(b"link", L, b"", b"/etc/passwd")]), raw_tar(&[(b"link", F, b"plain", b"")])]);
    let link = overlay.versions().find(|v| v.meta.kind == EntryKind::Symlink).unwrap();
    assert_eq!(link.state, overlay::State::Overwritten);
    assert_eq!(present(&overlay), ["/link"]);
}

#[test]
fn hardlinks_to_symlinks_missing_targets_and_directories() {
    let overlay = stack(&[raw_tar(&[
        (b"target", L, b"", b"/etc/shadow"),
        (b"to-symlink", H, b"", b"target"),
        (b"to-missing", H, b"", b"nowhere"),
        (b"d", D, b"", b""),
        (b"to-dir", H, b"", b"d"),
        (b"climb", H, b"", b"../../target"),
    ])]);
    let find = |p: &[u8]| overlay.versions().find(|v| *v.path == *p).unwrap();
    assert_eq!(find(b"/to-symlink").meta.kind, EntryKind::Symlink);
    assert_eq!(find(b"/to-symlink").link.as_deref(), Some(b"/etc/shadow".as_slice()));
    assert_eq!(find(b"/climb").meta.kind, EntryKind::Symlink, "a climbing target is clamped to /target");
    assert!(find(b"/to-missing").content.is_none());
    assert!(!present(&overlay).contains(&"/to-dir".to_string()));
    let kinds = anomaly_kinds(&overlay);
    for kind in ["hardlink-dangling", "hardlink-to-directory", "path-traversal"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn a_symlink_named_dot_or_slash_cannot_replace_the_root() {
    let overlay = stack(&[raw_tar(&[(b".", L, b"", b"/etc"), (b"/", L, b"", b"/tmp"), (b"f", F, b"1", b"")])]);
    assert_eq!(present(&overlay), ["/f"]);
    assert_eq!(anomaly_kinds(&overlay).iter().filter(|k| **k == "root-not-directory").count(), 2);
}

// ---------------------------------------------------------------- whiteouts

#[test]
fn whiteout_prefixed_directories_are_directories_with_content() {
    let overlay =
        stack(&[layer_tar(&[("dir/", b""), ("dir/f", b"1")]), raw_tar(&[(b".wh.dir/", D, b"", b""), (b".wh.dir/inside", F, b"2", b"")])]);
    // `.wh.dir` deletes `dir`; `.wh.dir/inside` is a file in a directory named `.wh.dir`.
    assert_eq!(present(&overlay), ["/.wh.dir", "/.wh.dir/inside"]);
}

#[test]
fn opaque_marker_at_the_root_and_after_its_siblings() {
    let overlay = stack(&[
        layer_tar(&[("etc/", b""), ("etc/passwd", b"root"), ("bin/", b""), ("bin/sh", b"sh")]),
        raw_tar(&[(b"new", F, b"n", b""), (b".wh..wh..opq", F, b"", b"")]),
    ]);
    assert_eq!(present(&overlay), ["/new"]);
    assert_eq!(overlay.versions().filter(|v| v.state == overlay::State::Deleted).count(), 4);
}

#[test]
fn invalid_whiteout_names_are_anomalies() {
    let overlay =
        stack(&[layer_tar(&[("f", b"1")]), raw_tar(&[(b".wh.", F, b"", b""), (b".wh..", F, b"", b""), (b".wh...", F, b"", b"")])]);
    assert_eq!(present(&overlay), ["/f"]);
    assert_eq!(anomaly_kinds(&overlay).iter().filter(|k| **k == "whiteout-invalid").count(), 3);
}

// ---------------------------------------------------------------- archive structure

fn image_with_manifest(manifest: serde_json::Value) -> Vec<u8> {
    let tar = layer_tar(&[("f", b"1")]);
    let config = serde_json::to_vec(&common::build::config(&[sha(&tar)])).unwrap();
    common::build::docker_archive(&manifest, vec![("config.json".into(), config), ("layer.tar".into(), tar)])
}

#[test]
fn manifest_json_of_the_wrong_shape_is_a_clear_error() {
    for (manifest, expected) in [(json!(null), "is null"), (json!({"Config": "config.json"}), "not a list"), (json!("text"), "not a list")]
    {
        let report = scan_bytes("bad.tar", &image_with_manifest(manifest.clone()), Limits::default());
        assert!(!report.complete);
        let errors = &report.inputs[0].errors;
        assert!(errors.iter().any(|e| e.contains("manifest.json") && e.contains(expected)), "{manifest}: {errors:?}");
    }
    let empty = scan_bytes("empty.tar", &image_with_manifest(json!([])), Limits::default());
    assert!(empty.inputs[0].errors[0].contains("names no image"), "{:?}", empty.inputs[0].errors);
    let wrong =
        scan_bytes("wrong.tar", &image_with_manifest(json!([5, {"Config": "config.json", "Layers": "layer.tar"}])), Limits::default());
    let kinds: Vec<&str> = wrong.inputs[0].anomalies.iter().map(|a| &*a.kind).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "manifest-invalid").count(), 2, "{kinds:?}");
}

#[test]
fn oversized_manifest_is_refused_by_size() {
    let limits = Limits { max_json_bytes: 64, ..Limits::default() };
    let report = scan_bytes(
        "huge.tar",
        &image_with_manifest(json!([{"Config": "config.json", "Layers": ["layer.tar"], "RepoTags": ["x"]}])),
        limits,
    );
    assert!(report.inputs[0].errors[0].contains("over the limit"), "{:?}", report.inputs[0].errors);
}

#[test]
fn hostile_paths_and_digests_in_manifests_are_never_followed() {
    let tar = layer_tar(&[("f", b"1")]);
    let config = serde_json::to_vec(&common::build::config(&[sha(&tar)])).unwrap();
    let manifest = json!([{"Config": "../../etc/passwd", "Layers": ["layer.tar"]}, {"Config": "config.json", "Layers": ["../layer.tar", "link/layer.tar"]}]);
    let bytes = common::build::docker_archive(&manifest, vec![("config.json".into(), config), ("layer.tar".into(), tar.clone())]);
    let report = scan_bytes("paths.tar", &bytes, Limits::default());
    let input = &report.inputs[0];
    assert_eq!(input.images.len(), 1);
    assert!(input.anomalies.iter().any(|a| a.kind == "manifest-path-traversal"));
    assert!(input.images[0].anomalies.iter().any(|a| a.kind == "manifest-path-traversal"));
    assert!(input.images[0].anomalies.iter().any(|a| a.kind == "layer-count-mismatch"));

    for digest in ["sha256:../../etc/passwd", &format!("sha256:{}", "A".repeat(64)), "sha256:abc", &format!("sha512:{}", "a".repeat(128))] {
        let index = json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest, "size": 1}]});
        let bytes = outer_tar(&[("index.json".into(), serde_json::to_vec(&index).unwrap())]);
        let report = scan_bytes("digest.tar", &bytes, Limits::default());
        let input = &report.inputs[0];
        assert!(input.anomalies.iter().any(|a| a.kind == "digest-invalid"), "{digest}: {:?}", input.anomalies);
        assert!(input.errors[0].contains("names no image"));
    }
}

#[test]
fn config_and_layers_through_in_archive_symlinks_resolve_inside_the_archive() {
    let tar = layer_tar(&[("f", b"1")]);
    let config = serde_json::to_vec(&common::build::config(&[sha(&tar)])).unwrap();
    let mut builder = tar::Builder::new(Vec::new());
    for (name, body) in [("real/config.json", config.as_slice()), ("real/layer.tar", tar.as_slice())] {
        let mut header = tar::Header::new_gnu();
        header.set_size(body.len() as u64);
        builder.append_data(&mut header, name, body).unwrap();
    }
    builder.append(&raw_header(b"c.json", L, 0, b"real/config.json"), &[][..]).unwrap();
    builder.append(&raw_header(b"l.tar", L, 0, b"../../real/layer.tar"), &[][..]).unwrap();
    builder.append(&raw_header(b"loop.tar", L, 0, b"loop.tar"), &[][..]).unwrap();
    let manifest =
        serde_json::to_vec(&json!([{"Config": "c.json", "Layers": ["l.tar"]}, {"Config": "c.json", "Layers": ["loop.tar"]}])).unwrap();
    let mut header = tar::Header::new_gnu();
    header.set_size(manifest.len() as u64);
    builder.append_data(&mut header, "manifest.json", manifest.as_slice()).unwrap();
    let report = scan_bytes("links.tar", &builder.into_inner().unwrap(), Limits::default());
    let images = &report.inputs[0].images;
    assert!(images[0].verified, "{:?}", images[0].layers);
    assert!(images[0].layers[0].via_link);
    assert!(images[1].layers[0].error.as_deref().unwrap().contains("loop"), "{:?}", images[1].layers[0]);
}

#[test]
fn duplicate_blob_names_and_lying_descriptors_are_reported() {
    let tar = layer_tar(&[("f", b"1")]);
    let gz = gzip(&tar);
    let mut blobs = common::build::Blobs(Vec::new());
    // Declared plain and 5 bytes long; stored gzip and longer.
    let (desc, _) = common::build::manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar", gz.clone(), tar.clone())]);
    let manifest_member = format!("blobs/sha256/{}", &desc["digest"].as_str().unwrap()[7..]);
    let mut manifest: serde_json::Value = serde_json::from_slice(&blobs.0.iter().find(|(n, _)| *n == manifest_member).unwrap().1).unwrap();
    manifest["layers"][0]["size"] = json!(5);
    let manifest_bytes = serde_json::to_vec(&manifest).unwrap();
    let manifest_digest = sha(&manifest_bytes);
    let mut members: Vec<(String, Vec<u8>)> = blobs.0.into_iter().filter(|(n, _)| *n != manifest_member).collect();
    members.push((format!("blobs/sha256/{manifest_digest}"), manifest_bytes));
    members.push(("blobs/sha256/dup".into(), b"one".to_vec()));
    members.push(("blobs/sha256/dup".into(), b"two".to_vec()));
    let index = json!({"schemaVersion": 2, "manifests": [{"digest": format!("sha256:{manifest_digest}"), "mediaType": "application/vnd.oci.image.manifest.v1+json"}]});
    members.push(("index.json".into(), serde_json::to_vec(&index).unwrap()));
    let report = scan_bytes("lies.tar", &outer_tar(&members), Limits::default());
    let input = &report.inputs[0];
    let image = &input.images[0];
    let kinds: Vec<&str> = image.anomalies.iter().map(|a| &*a.kind).collect();
    assert!(kinds.contains(&"blob-size-mismatch") && kinds.contains(&"media-type-mismatch"), "{kinds:?}");
    assert!(!image.verified);
    assert_eq!(image.filesystem.present, 1, "the layer is still read");
    assert!(input.anomalies.iter().any(|a| a.kind == "archive-duplicate-member"));
}

#[test]
fn missing_foreign_layers_are_named_and_the_rest_is_read() {
    let base = layer_tar(&[("f", b"1")]);
    let foreign = layer_tar(&[("windows", b"w")]);
    let mut blobs = common::build::Blobs(Vec::new());
    let (desc, _) = common::build::manifest(
        &mut blobs,
        &[
            ("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip", gzip(&foreign), foreign.clone()),
            ("application/vnd.oci.image.layer.v1.tar", base.clone(), base.clone()),
        ],
    );
    let foreign_member = format!("blobs/sha256/{}", sha(&gzip(&foreign)));
    let mut members: Vec<(String, Vec<u8>)> = blobs.0.into_iter().filter(|(n, _)| *n != foreign_member).collect();
    members.push(("index.json".into(), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [desc]})).unwrap()));
    let report = scan_bytes("foreign.tar", &outer_tar(&members), Limits::default());
    let image = &report.inputs[0].images[0];
    assert!(image.layers[0].error.as_deref().unwrap().contains("foreign"), "{:?}", image.layers[0].error);
    assert!(image.layers[1].verified);
    assert_eq!(image.filesystem.present, 1);
    assert!(!report.complete);
}

// ---------------------------------------------------------------- compression and tar

/// A tar holding one file of `size` zero bytes, compressed as it streams (never in memory).
fn zero_bomb(size: u64, compress: impl FnOnce(&mut dyn FnMut(&mut dyn Write))) {
    compress(&mut |out: &mut dyn Write| {
        let mut header = tar::Header::new_gnu();
        header.set_path("zeros").unwrap();
        header.set_size(size);
        header.set_mode(0o644);
        header.set_cksum();
        out.write_all(header.as_bytes()).unwrap();
        let chunk = vec![0u8; 1 << 20];
        let mut left = size;
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            out.write_all(&chunk[..n]).unwrap();
            left -= n as u64;
        }
        out.write_all(&[0u8; 1024]).unwrap();
    });
}

#[test]
fn gzip_bomb_is_cut_at_the_layer_limit() {
    let mut compressed = Vec::new();
    zero_bomb(256 << 20, |write| {
        let mut encoder = flate2::write::GzEncoder::new(&mut compressed, flate2::Compression::best());
        write(&mut encoder);
        encoder.finish().unwrap();
    });
    assert!(compressed.len() < 2 << 20);
    let limits = Limits { max_layer_bytes: 32 << 20, ..Limits::default() };
    let whole = read(&compressed);
    assert!(whole.error.is_none() && whole.anomalies.is_empty(), "256 MiB is under the 1 GiB floor: {:?}", whole.anomalies);
    let data = read_with(&compressed, &limits);
    assert!(data.error.as_deref().unwrap().contains("exceeds the limit of 33554432 bytes"), "{:?}", data.error);
    assert!(data.diff_id.is_none());
    assert!(data.uncompressed_size <= (32 << 20) + 512);
}

#[test]
fn zstd_bomb_is_cut_by_the_compression_ratio() {
    let mut compressed = Vec::new();
    zero_bomb(256 << 20, |write| {
        let mut encoder = zstd::Encoder::new(&mut compressed, 3).unwrap();
        write(&mut encoder);
        encoder.finish().unwrap();
    });
    let limits = Limits { ratio_floor_bytes: 1 << 20, max_compression_ratio: 100, ..Limits::default() };
    let data = read_with(&compressed, &limits);
    let cap = (compressed.len() as u64 * 100).max(1 << 20);
    assert!(data.error.as_deref().unwrap().contains(&format!("limit of {cap} bytes")), "{:?}", data.error);
}

#[test]
fn zstd_frame_with_a_huge_window_is_refused() {
    // Frame header: no checksum, no content size, window descriptor exponent 21 (2 GiB window),
    // then one raw last block of 4 bytes.
    let mut frame = vec![0x28, 0xb5, 0x2f, 0xfd, 0x00, 21 << 3];
    let block_header: u32 = 1 | (4 << 3);
    frame.extend(&block_header.to_le_bytes()[..3]);
    frame.extend(b"abcd");
    let data = read(&frame);
    assert!(data.error.is_some(), "a 2 GiB window is over the 128 MiB cap");
    assert!(data.entries.is_empty());
}

#[test]
fn truncated_streams_keep_what_was_read() {
    // Incompressible bytes, so the compressed streams hold several blocks and the cut
    // falls inside the second entry.
    let noise: Vec<u8> = (0..400_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let tar = layer_tar(&[("first", b"complete"), ("second", &noise)]);
    let cut_tar = &tar[..512 + 512 + 512 + 1000];
    let gz = gzip(&tar);
    let cut_gz = &gz[..gz.len() - 20];
    let zs = zstd(&tar);
    let cut_zs = &zs[..zs.len() - 10];
    for (what, bytes) in [("tar", cut_tar), ("gzip", cut_gz), ("zstd", cut_zs)] {
        let data = read(bytes);
        assert!(data.error.is_some(), "{what}: truncation is an error");
        assert!(data.diff_id.is_none(), "{what}");
        assert_eq!(data.entries.get(0).unwrap().raw_path, b"first", "{what}: the entry before the cut is kept");
    }
}

#[test]
fn trailing_garbage_after_gzip_and_missing_end_blocks() {
    let tar = layer_tar(&[("f", b"1")]);
    let mut garbage = gzip(&tar);
    garbage.extend(b"not gzip at all");
    let data = read(&garbage);
    assert_eq!(data.entries.len(), 1);
    assert!(data.error.as_deref().unwrap().contains("after the last entry"), "{:?}", data.error);

    let no_end = &tar[..1024];
    let data = read(no_end);
    assert!(data.error.is_none(), "{:?}", data.error);
    assert!(data.anomalies.iter().any(|a| a.kind == "tar-no-end-marker"));
    assert_eq!(data.diff_id.map(|d| d.to_string()), Some(format!("sha256:{}", sha(no_end))));
}

#[test]
fn bad_checksums_and_impossible_sizes_stop_the_layer_with_an_error() {
    let mut bad_sum = layer_tar(&[("ok", b"1"), ("bad", b"2")]);
    bad_sum[1024 + 148] ^= 1;
    let data = read(&bad_sum);
    assert_eq!(data.entries.len(), 1);
    assert!(data.error.as_deref().unwrap().contains("entry 1"), "{:?}", data.error);

    // base-256 size far past the end of the stream
    let mut beyond = raw_header(b"big", F, 0, b"");
    beyond.as_gnu_mut().unwrap().size = [0x80, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0];
    beyond.set_cksum();
    let mut bytes = beyond.as_bytes().to_vec();
    bytes.extend([0u8; 2048]);
    let data = read(&bytes);
    assert!(data.error.is_some() || data.anomalies.iter().any(|a| a.kind == "file-too-large"), "{:?}", data);

    // negative base-256 size
    let mut negative = raw_header(b"neg", F, 0, b"");
    negative.as_gnu_mut().unwrap().size = [0xff; 12];
    negative.set_cksum();
    let mut bytes = negative.as_bytes().to_vec();
    bytes.extend([0u8; 1024]);
    let data = read(&bytes);
    assert!(data.entries.is_empty());
    assert!(data.error.is_some(), "a negative size is refused: {:?}", data);
}

#[test]
fn pax_size_overrides_ustar_size_like_gnu_tar() {
    for (pax_size, ustar_size) in [(5u64, 1000u64), (1000, 5)] {
        let mut builder = tar::Builder::new(Vec::new());
        pax(&mut builder, &[("size", pax_size.to_string().as_bytes())]);
        let mut header = raw_header(b"sized", F, ustar_size, b"");
        header.set_cksum();
        let body = vec![b'x'; pax_size as usize];
        builder.append(&header, body.as_slice()).unwrap();
        builder.append(&raw_header(b"after", F, 3, b""), &b"end"[..]).unwrap();
        let bytes = builder.into_inner().unwrap();
        let data = read(&bytes);
        let ours: Vec<String> = data.entries.iter().map(|e| format!("{} {}", String::from_utf8_lossy(&e.raw_path), e.meta.size)).collect();

        let dir = tempfile::tempdir().unwrap();
        let path = write_temp(&dir, "pax.tar", &bytes);
        let listing = Command::new("tar").arg("--list").arg("--verbose").arg("--file").arg(&path).output().expect("GNU tar runs");
        let gnu: Vec<String> = String::from_utf8_lossy(&listing.stdout)
            .lines()
            .map(|line| {
                let fields: Vec<&str> = line.split_whitespace().collect();
                format!("{} {}", fields[5], fields[2])
            })
            .collect();
        assert_eq!(ours, gnu, "PAX size {pax_size}, ustar size {ustar_size}: layerhound and GNU tar agree");
        assert_eq!(ours[0], format!("sized {pax_size}"));
        // A reader that ignores PAX would see other entries: flagged with the entry's path.
        let flagged: Vec<_> = data.anomalies.iter().filter(|a| a.kind == "pax-size-disagrees").collect();
        assert_eq!(flagged.len(), 1, "{:?}", data.anomalies);
        assert_eq!(flagged[0].path.as_ref().map(|p| p.display()), Some("sized".to_string()));
    }
    // A PAX size that agrees with the header (or a header size of zero, as writers leave for
    // files over 8 GiB) is no disagreement.
    for ustar_size in [5u64, 0] {
        let mut builder = tar::Builder::new(Vec::new());
        pax(&mut builder, &[("size", b"5")]);
        let mut header = raw_header(b"sized", F, ustar_size, b"");
        header.set_cksum();
        builder.append(&header, &b"xxxxx"[..]).unwrap();
        let data = read(&builder.into_inner().unwrap());
        assert!(data.anomalies.iter().all(|a| a.kind != "pax-size-disagrees"), "{:?}", data.anomalies);
    }
}

#[test]
fn huge_pax_records_long_names_and_xattrs_hit_the_header_budget() {
    for (key, value) in [("path", vec![b'p'; 2 << 20]), ("SCHILY.xattr.user.big", vec![b'x'; 2 << 20])] {
        let mut builder = tar::Builder::new(Vec::new());
        builder.append(&raw_header(b"before", F, 1, b""), &b"1"[..]).unwrap();
        pax(&mut builder, &[(key, value.as_slice())]);
        builder.append(&raw_header(b"victim", F, 1, b""), &b"2"[..]).unwrap();
        let data = read(&builder.into_inner().unwrap());
        assert_eq!(data.entries.len(), 1, "{key}: the entry before is kept");
        assert!(data.error.as_deref().unwrap().contains("tar headers"), "{key}: {:?}", data.error);
    }
    // A GNU long name record of 2 MiB.
    let mut builder = tar::Builder::new(Vec::new());
    let mut header = raw_header(b"././@LongLink", tar::EntryType::GNULongName, 2 << 20, b"");
    header.set_cksum();
    builder.append(&header, vec![b'n'; 2 << 20].as_slice()).unwrap();
    builder.append(&raw_header(b"short", F, 1, b""), &b"1"[..]).unwrap();
    let data = read(&builder.into_inner().unwrap());
    assert!(data.error.as_deref().unwrap().contains("tar headers"), "{:?}", data.error);
}

fn sparse_header(real_size: u64, extended: bool) -> tar::Header {
    let mut header = raw_header(b"sparse", tar::EntryType::GNUSparse, 512, b"");
    let gnu = header.as_gnu_mut().unwrap();
    gnu.sparse[0].offset.copy_from_slice(b"00000000000\0");
    gnu.sparse[0].numbytes.copy_from_slice(b"00000001000\0");
    gnu.realsize.copy_from_slice(format!("{real_size:011o}\0").as_bytes());
    gnu.isextended[0] = u8::from(extended);
    header.set_cksum();
    header
}

#[test]
fn gnu_sparse_with_a_huge_map_or_real_size_is_bounded() {
    // An extension map that never ends: 4 MiB of extension blocks all flagged "more follow".
    let mut bytes = sparse_header(512, true).as_bytes().to_vec();
    let mut ext = [0u8; 512];
    ext[504] = 1;
    for _ in 0..(8 << 10) {
        bytes.extend(ext);
    }
    let data = read(&bytes);
    assert!(data.error.as_deref().unwrap().contains("tar headers"), "{:?}", data.error);

    // A real size of 4 GiB described by a 1 KiB body: over the file limit, never expanded.
    let mut huge = sparse_header(4 << 30, false);
    huge.set_size(1024);
    let gnu = huge.as_gnu_mut().unwrap();
    gnu.sparse[1].offset.copy_from_slice(format!("{:011o}\0", (4u64 << 30) - 512).as_bytes());
    gnu.sparse[1].numbytes.copy_from_slice(b"00000001000\0");
    huge.set_cksum();
    let mut bytes = huge.as_bytes().to_vec();
    bytes.extend([b's'; 1024]);
    bytes.extend([0u8; 1024]);
    let data = read_with(&bytes, &Limits { max_file_bytes: 1 << 30, ..Limits::default() });
    assert!(data.error.is_none(), "{:?}", data.error);
    assert!(data.anomalies.iter().any(|a| a.kind == "file-too-large"), "{:?}", data.anomalies);
    assert_eq!((data.entries.get(0).unwrap().meta.size, data.entries.get(0).unwrap().meta.sha256), (4 << 30, None));
}

#[test]
fn global_headers_devices_fifos_and_setuid_bits_are_recorded() {
    let mut builder = tar::Builder::new(Vec::new());
    let mut global = raw_header(b"pax_global_header", tar::EntryType::XGlobalHeader, 0, b"");
    let record = b"18 comment=global\n";
    global.set_size(record.len() as u64);
    global.set_cksum();
    builder.append(&global, &record[..]).unwrap();
    for (name, kind, mode) in [
        (b"dev/sda".as_slice(), tar::EntryType::Block, 0o660),
        (b"dev/null", tar::EntryType::Char, 0o666),
        (b"run/fifo", tar::EntryType::Fifo, 0o644),
        (b"bin/suid", F, 0o4755),
    ] {
        let mut header = raw_header(name, kind, 0, b"");
        header.set_mode(mode);
        header.set_cksum();
        builder.append(&header, &[][..]).unwrap();
    }
    let data = read(&builder.into_inner().unwrap());
    assert!(data.anomalies.iter().any(|a| a.kind == "tar-metadata-entry"));
    let kinds: Vec<EntryKind> = data.entries.iter().map(|e| e.meta.kind).collect();
    assert_eq!(kinds, [EntryKind::BlockDevice, EntryKind::CharDevice, EntryKind::Fifo, EntryKind::File]);
    assert_eq!(data.entries.get(3).unwrap().meta.mode & 0o7777, 0o4755);
}

#[test]
fn many_tiny_entries_stop_at_the_entry_limit_but_the_layer_still_verifies() {
    let mut builder = tar::Builder::new(Vec::new());
    for i in 0..1500 {
        builder.append(&raw_header(format!("f{i}").as_bytes(), F, 0, b""), &[][..]).unwrap();
    }
    let tar = builder.into_inner().unwrap();
    let limits = Limits { max_entries: 1000, ..Limits::default() };
    let report = scan_bytes("many.tar", &oci_archive(&[(tar.clone(), tar)]), limits);
    let image = &report.inputs[0].images[0];
    assert_eq!(image.layers[0].entries, 1000);
    assert!(image.layers[0].verified, "the rest of the stream is still hashed");
    assert!(!report.complete);
    assert!(image.not_scanned[0].what.contains("entries from 1000 on: the tarball's budget of 1000"), "{:?}", image.not_scanned);
}

#[test]
fn a_cut_off_archive_still_reports_what_comes_before_the_cut() {
    let noise: Vec<u8> = (0..300_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let tar = layer_tar(&[("early", b"kept"), ("late", &noise)]);
    let mut blobs = common::build::Blobs(Vec::new());
    let (desc, _) = common::build::manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar", tar.clone(), tar.clone())]);
    // Descriptions first, the layer last, as a reader of a cut file would hope.
    let mut members: Vec<(String, Vec<u8>)> =
        vec![("index.json".into(), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [desc]})).unwrap())];
    let layer_member = format!("blobs/sha256/{}", sha(&tar));
    members.extend(blobs.0.iter().filter(|(n, _)| *n != layer_member).cloned());
    members.extend(blobs.0.into_iter().filter(|(n, _)| *n == layer_member));
    let whole = outer_tar(&members);
    let cut = &whole[..whole.len() - 200_000];
    let report = scan_bytes("cut.tar", cut, Limits::default());
    assert!(!report.complete);
    let input = &report.inputs[0];
    assert!(input.errors[0].contains("cut off"), "{:?}", input.errors);
    let image = &input.images[0];
    assert!(!image.verified);
    assert!(image.layers[0].error.is_some());
    assert_eq!(image.filesystem.present, 2, "the entry before the cut, and the cut one listed without a hash");
    assert!(image.not_scanned.iter().any(|n| n.what.contains("late") && n.what.contains("bytes read")), "{:?}", image.not_scanned);

    // A docker-archive's manifest.json comes last: a cut one is a clear error, not a skip.
    let sample = std::fs::read(common::repo_path("samples/webapp.docker.tar")).unwrap();
    let report = scan_bytes("cut-docker.tar", &sample[..sample.len() / 2], Limits::default());
    assert!(report.inputs[0].errors[0].contains("cut off"), "{:?}", report.inputs[0].errors);
    assert!(report.skipped.is_empty());
}

#[test]
fn the_entry_budget_is_shared_by_the_layers_of_a_tarball_deterministically() {
    let layer = |prefix: &str, count: usize| {
        let mut builder = tar::Builder::new(Vec::new());
        for i in 0..count {
            builder.append(&raw_header(format!("{prefix}{i}").as_bytes(), F, 0, b""), &[][..]).unwrap();
        }
        builder.into_inner().unwrap()
    };
    let (a, b, c) = (layer("a", 700), layer("b", 600), layer("c", 500));
    let bytes = oci_archive(&[(a.clone(), a), (b.clone(), b), (c.clone(), c)]);
    let scan = || scan_bytes("budget.tar", &bytes, Limits { max_entries: 1000, ..Limits::default() });
    let report = scan();
    let image = &report.inputs[0].images[0];
    let entries: Vec<u64> = image.layers.iter().map(|l| l.entries).collect();
    // Top layers first: the last layer is read whole, the next takes what is left, the base
    // gets nothing; the same whatever the number of workers.
    assert_eq!(entries, [0, 500, 500], "{entries:?}");
    assert!(image.layers.iter().all(|l| l.verified), "every layer is still hashed whole");
    assert!(!report.complete);
    for _ in 0..5 {
        let again: Vec<u64> = scan().inputs[0].images[0].layers.iter().map(|l| l.entries).collect();
        assert_eq!(again, entries, "the same tarball gives the same report");
    }
    let one_worker = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap().install(scan);
    let alone: Vec<u64> = one_worker.inputs[0].images[0].layers.iter().map(|l| l.entries).collect();
    assert_eq!(alone, entries, "and the same with --jobs 1");
}

#[test]
fn hidden_versions_past_the_listing_limit_are_counted() {
    let lower = layer_tar(&[("a", b"1"), ("b", b"2"), ("c", b"3")]);
    let upper = layer_tar(&[("a", b"x"), ("b", b"y"), ("c", b"z")]);
    let limits = Limits { max_listed_versions: 2, ..Limits::default() };
    let report = scan_bytes("listed.tar", &oci_archive(&[(lower.clone(), lower), (upper.clone(), upper)]), limits);
    let image = &report.inputs[0].images[0];
    assert_eq!((image.hidden_versions.len(), image.hidden_versions_omitted), (2, 1));
    assert_eq!(image.filesystem.overwritten, 3);
}

#[test]
fn images_past_the_limit_are_reported_not_analysed() {
    let entries: Vec<serde_json::Value> = (0..5).map(|_| json!({"Config": "config.json", "Layers": ["layer.tar"]})).collect();
    let report = scan_bytes("many.tar", &image_with_manifest(json!(entries)), Limits { max_images: 2, ..Limits::default() });
    let input = &report.inputs[0];
    assert_eq!(input.images.len(), 2);
    assert!(input.anomalies.iter().any(|a| a.kind == "too-many-images"));
    assert_eq!(input.not_scanned[0].what, "3 images");
    assert!(!report.complete);
}

#[test]
fn compressed_files_that_are_not_tars_are_turned_away_after_one_block() {
    for (name, bytes) in [("log.gz", gzip(&b"not a tar, just text\n".repeat(10_000))), ("data.zst", zstd(&[7u8; 100_000]))] {
        // Named on the command line, a file that is not an image is an error (in a directory
        // walk it is a skip: tests/batch.rs).
        let report = scan_bytes(name, &bytes, Limits::default());
        assert!(report.skipped.is_empty(), "{name}");
        assert!(report.inputs[0].errors[0].contains("not an image: not a tar"), "{name}: {:?}", report.inputs[0].errors);
        assert!(!report.complete);
    }
}

#[test]
fn a_layer_inflating_a_thousandfold_past_a_gib_is_flagged() {
    // 1 GiB of zeros as sixteen identical gzip members: cheap to build, about 1 MiB stored.
    let chunk = 64usize << 20;
    let mut header = tar::Header::new_gnu();
    header.set_path("zeros").unwrap();
    header.set_size(16 * chunk as u64);
    header.set_cksum();
    let zeros = common::build::gzip_best(&vec![0u8; chunk]);
    let mut layer = gzip(header.as_bytes());
    for _ in 0..16 {
        layer.extend(&zeros);
    }
    layer.extend(gzip(&[0u8; 1024]));
    let data = read(&layer);
    assert!(data.error.is_none(), "{:?}", data.error);
    assert!(data.anomalies.iter().any(|a| a.kind == "high-compression-ratio"), "{:?}", data.anomalies);
}

#[test]
fn a_hardlink_that_sets_setuid_on_its_inode_is_shown_and_flagged() {
    let mut lower = raw_header(b"bin/bash", F, 4, b"");
    lower.set_mode(0o755);
    lower.set_cksum();
    let mut builder = tar::Builder::new(Vec::new());
    builder.append(&lower, &b"bash"[..]).unwrap();
    let lower = builder.into_inner().unwrap();
    let mut link = raw_header(b"tmp/x", H, 0, b"bin/bash");
    link.set_mode(0o4755);
    link.set_cksum();
    let mut device = raw_header(b"dev/null", tar::EntryType::Char, 0, b"");
    device.set_cksum();
    let mut builder = tar::Builder::new(Vec::new());
    builder.append(&link, &[][..]).unwrap();
    builder.append(&device, &[][..]).unwrap();
    builder.append(&raw_header(b"null2", H, 0, b"dev/null"), &[][..]).unwrap();
    let overlay = stack(&[lower, builder.into_inner().unwrap()]);
    let find = |p: &[u8]| overlay.versions().find(|v| *v.path == *p).unwrap();
    assert_eq!(find(b"/tmp/x").meta.mode, 0o4755, "the setuid bit the container would see");
    assert_eq!(find(b"/tmp/x").meta.sha256, find(b"/bin/bash").meta.sha256);
    assert!(anomaly_kinds(&overlay).contains(&"hardlink-changes-inode"));
    assert_eq!(find(b"/null2").meta.kind, EntryKind::CharDevice, "a link to a device is that device");
}

#[test]
fn a_v7_entry_named_with_a_slash_is_a_directory() {
    let mut v7 = raw_header(b"etc/", F, 0, b"");
    v7.as_gnu_mut().unwrap().typeflag = [0];
    v7.set_cksum();
    let mut builder = tar::Builder::new(Vec::new());
    builder.append(&v7, &[][..]).unwrap();
    builder.append(&raw_header(b"etc/hosts", F, 1, b""), &b"h"[..]).unwrap();
    let overlay = stack(&[layer_tar(&[("etc/", b""), ("etc/passwd", b"root")]), builder.into_inner().unwrap()]);
    assert_eq!(present(&overlay), ["/etc", "/etc/hosts", "/etc/passwd"], "the lower /etc/passwd survives");
}

#[test]
fn entries_smuggled_in_a_directory_body_are_seen_as_a_container_runtime_sees_them() {
    let mut hidden = raw_header(b"etc/cron.d/backdoor", F, 3, b"").as_bytes().to_vec();
    hidden.extend(b"pwn");
    hidden.resize(1024, 0);
    let mut bytes = raw_header(b"etc/cron.d/", D, hidden.len() as u64, b"").as_bytes().to_vec();
    bytes.extend(&hidden);
    bytes.extend(raw_header(b"etc/hostname", F, 0, b"").as_bytes());
    bytes.extend([0u8; 1024]);
    let data = read(&bytes);
    assert!(data.error.is_none(), "{:?}", data.error);
    let paths: Vec<Vec<u8>> = data.entries.iter().map(|e| e.raw_path).collect();
    assert_eq!(paths, [b"etc/cron.d/".to_vec(), b"etc/cron.d/backdoor".to_vec(), b"etc/hostname".to_vec()]);
    assert!(data.anomalies.iter().any(|a| a.kind == "tar-read-as-go-does"));
    assert_eq!(data.diff_id.map(|d| d.to_string()), Some(format!("sha256:{}", sha(&bytes))), "the bytes hashed are the bytes stored");
}

/// `tar --list` (GNU tar) over a file, with extra arguments; one name per line.
fn gnu_tar_names(bytes: &[u8], args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "layer.tar", bytes);
    let listing = Command::new("tar").args(args).arg("--list").arg("--file").arg(&path).output().expect("GNU tar runs");
    String::from_utf8_lossy(&listing.stdout).lines().map(str::to_string).collect()
}

#[test]
fn members_after_the_end_marker_are_flagged_by_name_like_tar_ignore_zeros_lists_them() {
    let visible = layer_tar(&[("etc/motd", b"hello\n")]);
    let smuggled = layer_tar(&[("root/.ssh/authorized_keys", b"ssh-ed25519 AAAA attacker\n"), ("usr/bin/xmrig", b"\x7fELF")]);
    // After the full two-block marker (runtimes stop cleanly), and after a single zero block
    // (Go refuses the layer). `layer_tar` ends with the two-block marker.
    let full_marker = [visible.clone(), smuggled.clone()].concat();
    let lone_zero = [visible[..visible.len() - 512].to_vec(), smuggled.clone()].concat();
    for (bytes, lone) in [(&full_marker, false), (&lone_zero, true)] {
        let data = read(bytes);
        let ours: Vec<String> = data.entries.iter().map(|e| String::from_utf8_lossy(&e.raw_path).into_owned()).collect();
        assert_eq!(ours, gnu_tar_names(bytes, &[]), "layerhound lists what GNU tar lists");
        assert_eq!(ours, ["etc/motd"]);
        let flagged: Vec<_> = data.anomalies.iter().filter(|a| a.kind == "tar-members-after-end-marker").collect();
        assert_eq!(flagged.len(), 1, "{:?}", data.anomalies);
        let all = gnu_tar_names(bytes, &["--ignore-zeros"]);
        assert_eq!(all, ["etc/motd", "root/.ssh/authorized_keys", "usr/bin/xmrig"]);
        for hidden in &all[1..] {
            assert!(flagged[0].message.contains(hidden.as_str()), "{} names {hidden}", flagged[0].message);
        }
        assert_eq!(flagged[0].message.contains("single zero block"), lone, "{}", flagged[0].message);
        assert!(data.diff_id.is_some(), "the layer is still read and hashed whole");
    }
    // Zero padding or non-tar bytes after the marker are no hidden members.
    for tail in [vec![0u8; 10240], b"not a tar header at all".repeat(40)] {
        let data = read(&[visible.clone(), tail].concat());
        assert!(!data.anomalies.iter().any(|a| a.kind == "tar-members-after-end-marker"), "{:?}", data.anomalies);
    }
}

#[test]
fn a_checksum_summed_over_signed_bytes_reads_as_gnu_tar_and_go_read_it() {
    // Old tar writers summed the header as signed chars; GNU tar, Go and Python accept either
    // sum. A non-ASCII name makes the two differ.
    let name = "opt/caf\u{e9}/.hidden".as_bytes();
    let mut header = raw_header(name, F, 4, b"");
    let signed: i64 =
        header.as_bytes().iter().enumerate().map(|(i, b)| if (148..156).contains(&i) { 32 } else { i64::from(*b as i8) }).sum();
    header.as_old_mut().cksum.copy_from_slice(format!("{signed:06o}\0 ").as_bytes());
    let mut builder = tar::Builder::new(Vec::new());
    builder.append(&header, &b"evil"[..]).unwrap();
    builder.append(&raw_header(b"after", F, 3, b""), &b"end"[..]).unwrap();
    let bytes = builder.into_inner().unwrap();
    let gnu = gnu_tar_names(&bytes, &[]);
    assert_eq!(gnu, ["opt/caf\u{e9}/.hidden", "after"], "GNU tar accepts the signed sum");
    let data = read(&bytes);
    let ours: Vec<String> = data.entries.iter().map(|e| String::from_utf8_lossy(&e.raw_path).into_owned()).collect();
    assert_eq!(ours, gnu, "{:?}", data.error);
}

// ---------------------------------------------------------------- second round (issue 26)

/// A PAX record `"<len> key=value\n"` with its length right.
fn pax_record(key: &str, value: &[u8]) -> Vec<u8> {
    let body = [format!(" {key}=").into_bytes(), value.to_vec(), b"\n".to_vec()].concat();
    let mut length = body.len() + 1;
    while length.to_string().len() + body.len() != length {
        length += 1;
    }
    [length.to_string().into_bytes(), body].concat()
}

/// A header of `kind` (any typeflag byte) and its body, padded to whole blocks.
fn raw_entry(name: &[u8], typeflag: u8, body: &[u8]) -> Vec<u8> {
    let mut header = raw_header(name, F, body.len() as u64, b"");
    header.as_mut_bytes()[156] = typeflag;
    header.set_cksum();
    let mut bytes = header.as_bytes().to_vec();
    bytes.extend(body);
    bytes.resize(bytes.len().div_ceil(512) * 512, 0);
    bytes
}

fn paths(data: &LayerData) -> Vec<String> {
    data.entries.iter().map(|e| String::from_utf8_lossy(&e.raw_path).into_owned()).collect()
}

fn with_kind<'a>(data: &'a LayerData, kind: &str) -> Vec<&'a layerhound::anomaly::Anomaly> {
    data.anomalies.iter().filter(|a| a.kind == kind).collect()
}

#[test]
fn pax_records_with_lengths_out_of_range_are_anomalies_naming_layer_entry_and_field() {
    for length in ["99999999999999999999999", "-5", "0", "2", "500", "+"] {
        let body = format!("{length} size=5\n");
        let bytes = [
            raw_entry(b"first", b'0', b""),
            raw_entry(b"PaxHeaders/second", b'x', body.as_bytes()),
            raw_entry(b"second", b'0', b""),
            raw_entry(b"third", b'0', b"3"),
            vec![0; 1024],
        ]
        .concat();
        let data = read(&bytes);
        assert_eq!(paths(&data), ["first", "second", "third"], "{length}: {:?}", data.error);
        let invalid = with_kind(&data, "tar-header-invalid");
        assert_eq!(invalid.len(), 1, "{length}: {:?}", data.anomalies);
        assert!(
            invalid[0].message.contains("entry 1: PAX extended header") && invalid[0].message.contains("Docker"),
            "{}",
            invalid[0].message
        );
        // Through the whole scan the anomaly names the layer too.
        let report = scan_bytes("pax.tar", &oci_archive(&[(bytes.clone(), bytes)]), Limits::default());
        let image = &report.inputs[0].images[0];
        assert!(image.anomalies.iter().any(|a| a.kind == "tar-header-invalid" && a.layer == Some(0)), "{:?}", image.anomalies);
    }
}

#[test]
fn non_file_typeflags_say_how_gnu_tar_and_go_treat_them() {
    let mut bytes = Vec::new();
    for typeflag in *b"VMNDAEIZ" {
        bytes.extend(raw_entry(format!("odd-{}", char::from(typeflag)).as_bytes(), typeflag, b"body"));
    }
    // A Solaris extended header: GNU tar renames the next entry with it; Go and tar-rs do not.
    bytes.extend(raw_entry(b"SolarisHeaders/innocent", b'X', &pax_record("path", b"etc/shadow")));
    bytes.extend(raw_entry(b"innocent", b'0', b"data"));
    bytes.extend([0; 1024]);
    let gnu = gnu_tar_names(&bytes, &[]);
    assert_eq!(gnu.last().map(String::as_str), Some("etc/shadow"), "{gnu:?}");
    let data = read(&bytes);
    assert!(data.error.is_none(), "{:?}", data.error);
    assert_eq!(paths(&data).last().map(String::as_str), Some("innocent"));
    let unusual = with_kind(&data, "tar-typeflag-unusual");
    assert_eq!(unusual.len(), 9, "{:?}", data.anomalies);
    assert!(unusual[0].message.contains("volume label") && unusual[0].message.contains("Docker"), "{}", unusual[0].message);
    assert!(unusual[3].message.contains("directory"), "{}", unusual[3].message);
    assert!(unusual[8].message.contains("\"etc/shadow\"") && unusual[8].message.contains("next entry"), "{}", unusual[8].message);
    assert!(unusual.iter().all(|a| a.path.is_some()));
    assert_eq!(data.not_scanned.len(), 9, "each body is named as not scanned: {:?}", data.not_scanned);
}

#[test]
fn a_global_pax_header_that_gnu_tar_applies_to_every_entry_is_a_warning() {
    let global = [pax_record("path", b"etc/cron.d/evil"), pax_record("uid", b"0")].concat();
    let bytes =
        [raw_entry(b"pax_global_header", b'g', &global), raw_entry(b"a", b'0', b"1"), raw_entry(b"b", b'0', b"2"), vec![0; 1024]].concat();
    assert_eq!(gnu_tar_names(&bytes, &[]), ["etc/cron.d/evil", "etc/cron.d/evil"], "GNU tar applies the global path to each");
    let data = read(&bytes);
    assert_eq!(paths(&data), ["a", "b"], "as Go reads it");
    let global = with_kind(&data, "tar-metadata-entry");
    assert_eq!(global.len(), 1);
    assert_eq!(global[0].severity, layerhound::anomaly::AnomalyLevel::Warning);
    assert!(global[0].message.contains("path, uid") && global[0].message.contains("GNU tar"), "{}", global[0].message);
}

#[test]
fn numbers_out_of_range_are_flagged_with_what_go_and_tar_rs_read() {
    let base256 = |field: &mut [u8], magnitude: &[u8], negative: bool| {
        field.fill(if negative { 0xff } else { 0 });
        let start = field.len() - magnitude.len();
        for (slot, byte) in field[start..].iter_mut().zip(magnitude) {
            *slot = if negative { !byte } else { *byte };
        }
        field[0] |= 0x80;
    };
    let mut entries = Vec::new();
    let mut header = |name: &[u8], edit: &dyn Fn(&mut [u8])| {
        let mut header = raw_header(name, F, 0, b"");
        edit(header.as_mut_bytes());
        header.set_cksum();
        entries.extend(header.as_bytes());
    };
    header(b"mtime-2^88", &|h| base256(&mut h[136..148], &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], false));
    header(b"mtime+2^63", &|h| base256(&mut h[136..148], &[0x80, 0, 0, 0, 0, 0, 0, 0], false));
    header(b"mtime-2^63", &|h| base256(&mut h[136..148], &[0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], true));
    header(b"uid-2^56", &|h| base256(&mut h[108..116], &[1, 0, 0, 0, 0, 0, 0, 0], false));
    let mut bytes = entries;
    for value in [b"nan".as_slice(), b"1e400"] {
        bytes.extend(raw_entry(b"PaxHeaders/f", b'x', &pax_record("mtime", value)));
        bytes.extend(raw_entry(format!("mtime-{}", String::from_utf8_lossy(value)).as_bytes(), b'0', b""));
    }
    bytes.extend([0; 1024]);
    let data = read(&bytes);
    assert!(data.error.is_none(), "{:?}", data.error);
    let flagged = with_kind(&data, "tar-number-out-of-range");
    let messages: Vec<&str> = flagged.iter().map(|a| a.message.as_str()).collect();
    assert_eq!(flagged.len(), 6, "{messages:#?}");
    assert!(messages[0].contains("past 63 bits") && messages[0].contains("refuses"), "{}", messages[0]);
    assert!(messages[2].contains("negative (-9223372036854775808)"), "{}", messages[2]);
    assert!(messages[3].contains("uid 72057594037927936") && messages[3].contains("low 32 bits"), "{}", messages[3]);
    assert!(messages[4].contains("\"nan\"") && messages[5].contains("\"1e400\""), "{messages:#?}");
    let mtimes: Vec<u64> = data.entries.iter().map(|e| e.meta.mtime).collect();
    assert_eq!(mtimes, [0, 0, 0, 0, 0, 0]);
    assert_eq!(data.entries.get(3).unwrap().meta.uid, 1 << 56, "kept as read, and flagged");
}

/// An OCI image whose config is `config` verbatim (its text is the test's subject).
fn oci_archive_with_config_text(layer: &[u8], config: Vec<u8>) -> Vec<u8> {
    let mut blobs = common::build::Blobs(Vec::new());
    let config = blobs.add("application/vnd.oci.image.config.v1+json", config);
    let layer = blobs.add("application/vnd.oci.image.layer.v1.tar", layer.to_vec());
    let manifest =
        json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": config, "layers": [layer]});
    let manifest = blobs.add_json("application/vnd.oci.image.manifest.v1+json", &manifest);
    let mut members = blobs.0;
    members.push(("index.json".into(), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [manifest]})).unwrap()));
    outer_tar(&members)
}

fn input_and_image_kinds(report: &Report) -> Vec<String> {
    let input = &report.inputs[0];
    input.anomalies.iter().chain(input.images.iter().flat_map(|i| i.anomalies.iter())).map(|a| a.kind.to_string()).collect()
}

#[test]
fn a_config_of_a_million_history_entries_keeps_the_bound_and_counts_the_rest() {
    // 33 MB of JSON; built as text so the test itself never holds it as a JSON tree. Peak RSS
    // of `layerhound scan` on it, measured by hand: see bench/RESULTS.md.
    let tar = layer_tar(&[("f", b"1")]);
    let mut config =
        format!(r#"{{"architecture":"amd64","os":"linux","rootfs":{{"type":"layers","diff_ids":["sha256:{}"]}},"history":["#, sha(&tar));
    for i in 0..1_000_000 {
        if i > 0 {
            config.push(',');
        }
        config.push_str(r#"{"created_by":"RUN echo history entry","empty_layer":true}"#);
    }
    config.push_str("]}");
    assert!(config.len() > 33_000_000);
    let report = scan_bytes("history.tar", &oci_archive_with_config_text(&tar, config.into_bytes()), Limits::default());
    let image = &report.inputs[0].images[0];
    assert_eq!(image.history.len(), Limits::default().max_history);
    let cut = image.anomalies.iter().find(|a| a.kind == "too-many-history-entries").expect("the bound is reported");
    assert!(cut.message.contains("1000000 items") && cut.message.contains("--max-history"), "{}", cut.message);
    assert!(image.verified, "the layers are still read and verified");
}

#[test]
fn a_50_mb_env_value_is_cut_at_the_bound_and_reported() {
    let tar = layer_tar(&[("f", b"1")]);
    let huge = format!("LOREM={}", "A".repeat(50 << 20));
    let config = json!({"architecture": "amd64", "os": "linux", "config": {"Env": ["PATH=/bin", huge]},
        "rootfs": {"type": "layers", "diff_ids": [format!("sha256:{}", sha(&tar))]}});
    let report = scan_bytes("env.tar", &oci_archive_with_config_text(&tar, serde_json::to_vec(&config).unwrap()), Limits::default());
    let image = &report.inputs[0].images[0];
    let env = &image.config.env;
    assert_eq!(env.len(), 2);
    assert_eq!(env[1].len(), Limits::default().max_json_value_bytes);
    let cut = image.anomalies.iter().find(|a| a.kind == "json-value-too-long").expect("the cut is reported");
    assert!(cut.message.contains("config.Env[1]") && cut.message.contains("52428806 bytes"), "{}", cut.message);
}

#[test]
fn a_manifest_of_20000_layers_is_read_to_the_bound() {
    let layers: Vec<&str> = vec!["layer.tar"; 20_000];
    let report = scan_bytes("layers.tar", &image_with_manifest(json!([{"Config": "config.json", "Layers": layers}])), Limits::default());
    let input = &report.inputs[0];
    let image = &input.images[0];
    assert_eq!(image.layers.len(), Limits::default().max_layers);
    assert!(input.anomalies.iter().any(|a| a.kind == "too-many-layers" && a.message.contains("20000 items")), "{:?}", input.anomalies);
}

#[test]
fn ten_thousand_xattrs_on_one_entry_are_kept_to_the_bound() {
    let records: Vec<u8> = (0..10_000).flat_map(|i| pax_record(&format!("SCHILY.xattr.user.attr{i}"), b"value")).collect();
    let bytes = [raw_entry(b"PaxHeaders/f", b'x', &records), raw_entry(b"f", b'0', b"x"), vec![0; 1024]].concat();
    let data = read(&bytes);
    assert!(data.error.is_none(), "{:?}", data.error);
    assert_eq!(data.entries.get(0).unwrap().meta.xattrs.as_ref().map(|x| x.len()), Some(Limits::default().max_xattrs));
    let cut = with_kind(&data, "too-many-xattrs");
    assert!(cut.len() == 1 && cut[0].message.contains("10000 extended attributes"), "{:?}", data.anomalies);
    let tight = read_with(&bytes, &Limits { max_xattr_bytes: 100, ..Limits::default() });
    assert_eq!(tight.entries.get(0).unwrap().meta.xattrs.as_ref().map(|x| x.len()), Some(100 / "user.attr0value".len()));
}

#[test]
fn duplicate_json_keys_take_the_last_value_as_go_does_and_say_so() {
    let tar = layer_tar(&[("f", b"1")]);
    let decoy = layer_tar(&[("decoy", b"0")]);
    let config = format!(
        r#"{{"architecture":"amd64","os":"linux","config":{{"Env":["A=first"],"Env":["A=last"]}},"rootfs":{{"type":"layers","diff_ids":["sha256:{}"]}}}}"#,
        sha(&tar)
    );
    let manifest = r#"[{"Config":"config.json","Layers":["decoy.tar"],"Layers":["layer.tar"],"RepoTags":["app:1"]}]"#;
    let members = vec![
        ("config.json".to_string(), config.into_bytes()),
        ("layer.tar".to_string(), tar),
        ("decoy.tar".to_string(), decoy),
        ("manifest.json".to_string(), manifest.as_bytes().to_vec()),
    ];
    let report = scan_bytes("dup.tar", &outer_tar(&members), Limits::default());
    let input = &report.inputs[0];
    let image = &input.images[0];
    assert_eq!(image.layers[0].member.as_deref(), Some("layer.tar"), "the last Layers, as Go reads it");
    assert_eq!(image.config.env, ["A=last"]);
    let duplicates: Vec<&str> =
        input.anomalies.iter().chain(&image.anomalies).filter(|a| a.kind == "json-duplicate-key").map(|a| a.message.as_str()).collect();
    assert_eq!(duplicates.len(), 2, "{duplicates:#?}");
    assert!(duplicates.iter().any(|m| m.contains("manifest.json: key [0].Layers") && m.contains("different image")), "{duplicates:#?}");
    assert!(duplicates.iter().any(|m| m.contains("config.json: key config.Env")), "{duplicates:#?}");
    // index.json too: an empty list of manifests, then the real one.
    let layer = layer_tar(&[("f", b"1")]);
    let mut blobs = common::build::Blobs(Vec::new());
    let (desc, _) = common::build::manifest(&mut blobs, &[("application/vnd.oci.image.layer.v1.tar", layer.clone(), layer)]);
    let mut members = blobs.0;
    members.push(("index.json".into(), format!(r#"{{"schemaVersion":2,"manifests":[],"manifests":[{desc}]}}"#).into_bytes()));
    let report = scan_bytes("index.tar", &outer_tar(&members), Limits::default());
    assert_eq!(report.inputs[0].images.len(), 1);
    assert!(report.inputs[0].anomalies.iter().any(|a| a.kind == "json-duplicate-key" && a.message.contains("index.json: key manifests")));
}

#[test]
fn one_tag_on_two_different_images_is_flagged() {
    let tar = layer_tar(&[("f", b"1")]);
    let config = |user: &str| {
        let mut config = common::build::config(&[sha(&tar)]);
        config["config"]["User"] = json!(user);
        serde_json::to_vec(&config).unwrap()
    };
    let manifest = json!([
        {"Config": "one.json", "Layers": ["layer.tar"], "RepoTags": ["app:latest"]},
        {"Config": "two.json", "Layers": ["layer.tar"], "RepoTags": ["app:latest", "app:2"]}
    ]);
    let bytes = common::build::docker_archive(
        &manifest,
        vec![("one.json".into(), config("nobody")), ("two.json".into(), config("root")), ("layer.tar".into(), tar.clone())],
    );
    let report = scan_bytes("tags.tar", &bytes, Limits::default());
    let kinds = input_and_image_kinds(&report);
    let tagged: Vec<_> = report.inputs[0].anomalies.iter().filter(|a| a.kind == "tag-on-several-images").collect();
    assert_eq!(tagged.len(), 1, "{kinds:?}");
    assert!(
        tagged[0].message.contains("app:latest names 2 different images") && tagged[0].message.contains("image 1"),
        "{}",
        tagged[0].message
    );
}

#[test]
fn a_pax_key_given_twice_is_read_as_go_reads_it_the_last_value_and_flagged() {
    // tar-rs would take the first path and the first size; Docker and containerd take the last.
    let header =
        [pax_record("path", b"innocent.txt"), pax_record("size", b"3"), pax_record("path", b"etc/cron.d/evil"), pax_record("size", b"5")]
            .concat();
    let bytes = [
        raw_entry(b"PaxHeaders/x", b'x', &header),
        raw_entry(b"placeholder", b'0', b"* * *"),
        raw_entry(b"after", b'0', b"ok"),
        vec![0; 1024],
    ]
    .concat();
    let data = read(&bytes);
    assert!(data.error.is_none(), "{:?}", data.error);
    assert_eq!(paths(&data), ["etc/cron.d/evil", "after"]);
    assert_eq!(data.entries.get(0).unwrap().meta.size, 5, "the last size, as Go reads it");
    let repeated = with_kind(&data, "tar-pax-duplicate-key");
    assert_eq!(repeated.len(), 1, "{:?}", data.anomalies);
    assert!(repeated[0].message.contains("path, size") && repeated[0].message.contains("last value"), "{}", repeated[0].message);
}

#[test]
fn a_malformed_global_pax_header_is_a_header_go_refuses() {
    let bytes = [raw_entry(b"pax_global_header", b'g', b"99 comment=cut short\n"), raw_entry(b"a", b'0', b"1"), vec![0; 1024]].concat();
    let data = read(&bytes);
    assert_eq!(paths(&data), ["a"], "read on, as GNU tar does");
    let invalid = with_kind(&data, "tar-header-invalid");
    assert_eq!(invalid.len(), 1, "{:?}", data.anomalies);
    assert!(invalid[0].message.contains("global PAX header") && invalid[0].message.contains("refuses"), "{}", invalid[0].message);
}

// ---------------------------------------------------------------- engine stores

/// A Docker data root built in code, scanned as a store; the report as JSON.
fn scan_store(root: &std::path::Path) -> serde_json::Value {
    let scratch = tempfile::tempdir().unwrap();
    let options =
        ScanOptions { limits: Limits { spill_dir: Some(scratch.path().to_path_buf()), ..Limits::default() }, ..ScanOptions::default() };
    let report = layerhound::scan(&[root.to_path_buf()], &options, &NoSink, &mut |_| {});
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0, "the store's temp tar is gone after the scan");
    serde_json::to_value(report).unwrap()
}

fn store_anomalies(report: &serde_json::Value) -> Vec<(String, String)> {
    report["inputs"][0]["anomalies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["kind"].as_str().unwrap().to_string(), a["message"].as_str().unwrap().to_string()))
        .collect()
}

fn store_image<'r>(report: &'r serde_json::Value, reference: &str) -> Option<&'r serde_json::Value> {
    report["inputs"][0]["images"].as_array().unwrap().iter().find(|image| image["refs"].as_array().unwrap().iter().any(|r| r == reference))
}

#[test]
fn store_symlinks_are_entries_never_followed_out_of_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let docker = common::store::FakeDocker::new(dir.path());
    let image = docker.image("app:1", &[layer_tar(&[("etc/", b""), ("etc/app.conf", b"port=80\n")])]);
    // Planted after the pull: links out of the store, and a directory link a reader could
    // walk through (`escape/shadow` would be the host's /etc/shadow).
    let layer = docker.layer_dir(&image, 0);
    std::os::unix::fs::symlink("/etc/shadow", layer.join("etc/leak")).unwrap();
    std::os::unix::fs::symlink("/etc", layer.join("escape")).unwrap();
    let report = scan_store(dir.path());
    let app = store_image(&report, "app:1").expect("the image is reported");
    let changed: Vec<_> = store_anomalies(&report).into_iter().filter(|(k, _)| k == "store-layer-changed").collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].1.contains("/escape") && changed[0].1.contains("added after the pull"), "{}", changed[0].1);
    assert_eq!(app["verified"], false);
    // The links are read as links: nothing of the host's /etc came in.
    let inventory = serde_json::to_string(&report).unwrap();
    assert!(!inventory.contains("root:"), "no byte of the host's files is in the report");
    assert_eq!(
        app["filesystem"]["present"], 4,
        "/etc, /etc/app.conf, /etc/leak, /escape and nothing through them: {:#}",
        app["filesystem"]
    );
}

#[test]
fn store_ids_and_names_from_json_never_name_a_file_outside_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let docker = common::store::FakeDocker::new(dir.path());
    let image = docker.image("app:1", &[layer_tar(&[("etc/", b""), ("etc/app.conf", b"port=80\n")])]);
    let second = docker.image("tool:2", &[layer_tar(&[("bin/", b""), ("bin/tool", b"#!/bin/sh\n")])]);
    let layerdb = |chain: &str| dir.path().join("image/overlay2/layerdb/sha256").join(chain.trim_start_matches("sha256:"));
    // A cache-id that climbs out, and a tar-split that names a host file.
    std::fs::write(layerdb(&image.chain[0]).join("cache-id"), "../../../../../../etc").unwrap();
    // The headers still say bin/tool (so the directory agrees with them); the body is to be
    // read from a name that climbs out.
    let tool_layer = layer_tar(&[("bin/", b""), ("bin/tool", b"#!/bin/sh\n")]);
    let mut split = String::new();
    let recorded = common::store::tar_split(&tool_layer);
    let mut gz = flate2::read::GzDecoder::new(&recorded[..]);
    std::io::Read::read_to_string(&mut gz, &mut split).unwrap();
    let split = split.replace("\"name\":\"bin/tool\"", "\"name\":\"../../../../../../../etc/passwd\"");
    assert!(split.contains("etc/passwd"));
    std::fs::write(layerdb(&second.chain[0]).join("tar-split.json.gz"), common::build::gzip(split.as_bytes())).unwrap();
    // A container whose directory name is no id, one whose mount names a path, one whose
    // config is not JSON.
    let container = docker.container("web", &second, &layer_tar(&[("tmp/", b"")]), json!({"Cmd": ["/bin/sh"]}), json!({}));
    std::fs::write(dir.path().join("image/overlay2/layerdb/mounts").join(&container.id).join("mount-id"), "../../../../etc").unwrap();
    std::fs::create_dir_all(dir.path().join("containers/..evil")).unwrap();
    let broken = docker.container("broken", &second, &layer_tar(&[("tmp/", b"")]), json!({}), json!({}));
    std::fs::write(dir.path().join("containers").join(&broken.id).join("config.v2.json"), b"{not json").unwrap();

    let report = scan_store(dir.path());
    let anomalies = store_anomalies(&report);
    let has = |kind: &str, text: &str| anomalies.iter().any(|(k, m)| k == kind && m.contains(text));
    assert!(has("store-id-invalid", "cache-id"), "{anomalies:#?}");
    assert!(has("store-id-invalid", "mount-id"), "{anomalies:#?}");
    assert!(has("store-unexpected-entry", "..evil"), "{anomalies:#?}");
    assert!(has("store-file-unreadable", "config.v2.json"), "{anomalies:#?}");
    assert!(has("store-layer-changed", "etc/passwd: cannot be read from the layer directory"), "{anomalies:#?}");
    // The rest is read: both images and the container with a readable config.
    assert!(store_image(&report, "app:1").is_some() && store_image(&report, "tool:2").is_some());
    let web = store_image(&report, "container/web").expect("the container is reported");
    assert_eq!(web["container"]["name"], "web");
    assert!(store_image(&report, "container/broken").is_none());
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("root:x:0:0"), "no host file was read");
}

#[test]
fn a_partial_store_is_read_for_what_is_there_with_the_gaps_named() {
    let dir = tempfile::tempdir().unwrap();
    let docker = common::store::FakeDocker::new(dir.path());
    let image = docker.image("app:1", &[layer_tar(&[("etc/", b"")]), layer_tar(&[("opt/", b""), ("opt/run.sh", b"#!/bin/sh\n")])]);
    let other = docker.image("other:1", &[layer_tar(&[("srv/", b""), ("srv/index.html", b"<html></html>\n")])]);
    std::fs::remove_dir_all(docker.layer_dir(&image, 1).parent().unwrap()).unwrap();
    std::fs::remove_file(dir.path().join("image/overlay2/repositories.json")).unwrap();
    let report = scan_store(dir.path());
    let anomalies = store_anomalies(&report);
    assert!(anomalies.iter().any(|(k, m)| k == "store-layer-missing" && m.contains(&image.cache_ids[1])), "{anomalies:#?}");
    assert!(anomalies.iter().any(|(k, _)| k == "store-file-missing"), "{anomalies:#?}");
    assert_eq!(report["complete"], false);
    let images = report["inputs"][0]["images"].as_array().unwrap();
    assert_eq!(images.len(), 2, "both images, untagged");
    let whole = images.iter().find(|i| i["config_digest"] == format!("sha256:{}", other.id)).unwrap();
    assert_eq!(whole["verified"], true);
    let cut = images.iter().find(|i| i["config_digest"] == format!("sha256:{}", image.id)).unwrap();
    assert_eq!(cut["layers"][1]["verified"], false);
    assert!(cut["anomalies"].as_array().unwrap().iter().any(|a| a["kind"] == "layer-missing"), "{:#}", cut["anomalies"]);
}

#[test]
fn a_containerd_store_whose_database_is_not_bbolt_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("io.containerd.metadata.v1.bolt");
    std::fs::create_dir_all(&db).unwrap();
    std::fs::write(db.join("meta.db"), vec![0x5a; 16384]).unwrap();
    let report = scan_store(dir.path());
    let errors = report["inputs"][0]["errors"].to_string();
    assert!(errors.contains("meta.db") && errors.contains("bbolt"), "{errors}");
    assert_eq!(report["complete"], false);
}

fn has_message(anomalies: &[(String, String)], text: &str) -> bool {
    anomalies.iter().any(|(kind, message)| kind == "store-file-unreadable" && message.contains(text))
}

#[test]
fn podman_ids_and_layer_chains_from_json_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["overlay-images", "overlay-layers", "overlay", "overlay-containers"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    let a = "a".repeat(64);
    let b = "b".repeat(64);
    // Two layers that are each other's parent, an image id that climbs, a container whose
    // layer names a path.
    let layers = json!([{"id": a, "parent": b}, {"id": b, "parent": a}, {"id": "../../../etc"}]);
    std::fs::write(dir.path().join("overlay-layers/layers.json"), layers.to_string()).unwrap();
    let images = json!([{"id": "../../../etc", "names": ["evil:1"], "layer": a}, {"id": "c".repeat(64), "names": ["loop:1"], "layer": a}]);
    std::fs::write(dir.path().join("overlay-images/images.json"), images.to_string()).unwrap();
    let containers = json!([{"id": "d".repeat(64), "names": ["web"], "image": "c".repeat(64), "layer": "../../../etc"}]);
    std::fs::write(dir.path().join("overlay-containers/containers.json"), containers.to_string()).unwrap();
    // libpod's database, garbage.
    std::fs::create_dir_all(dir.path().join("libpod")).unwrap();
    std::fs::write(dir.path().join("libpod/bolt_state.db"), vec![0x5a; 16384]).unwrap();
    let report = scan_store(dir.path());
    let anomalies = store_anomalies(&report);
    assert!(has_message(&anomalies, "bolt_state.db"), "{anomalies:#?}");
    let has = |kind: &str, text: &str| anomalies.iter().any(|(k, m)| k == kind && m.contains(text));
    assert!(has("store-id-invalid", "\"../../../etc\""), "{anomalies:#?}");
    assert!(has("store-id-invalid", "loops"), "{anomalies:#?}");
    assert!(has("store-file-unreadable", &"c".repeat(64)), "the image's config is missing: {anomalies:#?}");
    assert!(has("store-layer-missing", "names no layer of its own"), "{anomalies:#?}");
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("root:x:0:0"), "no host file was read");
}

#[test]
fn a_container_whose_image_config_is_gone_keeps_its_layers_from_the_layer_store() {
    let dir = tempfile::tempdir().unwrap();
    let docker = common::store::FakeDocker::new(dir.path());
    let image = docker.image("app:1", &[layer_tar(&[("etc/", b""), ("etc/app.conf", b"port=80\n")])]);
    let changes = layer_tar(&[("tmp/", b""), ("tmp/x.sh", b"#!/bin/sh\n")]);
    docker.container("web", &image, &changes, json!({"Cmd": ["/bin/sh"]}), json!({}));
    std::fs::remove_file(dir.path().join("image/overlay2/imagedb/content/sha256").join(&image.id)).unwrap();
    let report = scan_store(dir.path());
    let anomalies = store_anomalies(&report);
    assert!(anomalies.iter().any(|(k, m)| k == "store-image-missing" && m.contains(&image.id)), "{anomalies:#?}");
    let web = store_image(&report, "container/web").expect("the container is still reported");
    let layers = web["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 3, "its image's layer, found by its mount's parent, then init and writable");
    assert_eq!(layers[0]["verified"], true, "the layer store's diff_id verifies it: {:#}", web["anomalies"]);
    assert_eq!(web["filesystem"]["present"].as_u64().map(|n| n >= 5), Some(true), "{:#}", web["filesystem"]);
}
