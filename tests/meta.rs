//! Checks on what an image is rather than what its files hold: setuid and setgid programs,
//! file capabilities, world-writable system paths (with the layer that made them), and image
//! names that look like official ones (the name list is data with its own examples).

mod common;

use common::build::{manifest_with, outer_tar, pax, write_temp, Blobs};
use layerhound::limits::Limits;
use layerhound::scan::meta::MetaChecks;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::{json, Value};

#[test]
fn typosquat_examples_are_found_and_official_names_are_not() {
    let meta = MetaChecks::builtin().expect("the built-in lists parse");
    for name in &meta.typosquat_examples {
        assert!(meta.typosquat(name).is_some(), "{name} should look like an official image");
    }
    for name in &meta.typosquat_negative_examples {
        let hit = meta.typosquat(name);
        assert!(hit.is_none(), "{name} is not a typosquat: {hit:?}");
    }
}

/// A file entry with mode, owner and optional PAX xattrs.
fn add(builder: &mut tar::Builder<Vec<u8>>, path: &str, mode: u32, body: &[u8], xattrs: &[(&str, &[u8])]) {
    if !xattrs.is_empty() {
        pax(builder, xattrs);
    }
    let mut header = tar::Header::new_ustar();
    header.set_mode(mode);
    header.set_size(body.len() as u64);
    header.set_entry_type(if path.ends_with('/') { tar::EntryType::Directory } else { tar::EntryType::Regular });
    builder.append_data(&mut header, path, body).unwrap();
}

fn scan_tagged(layers: &[Vec<u8>], tags: &[&str]) -> Value {
    let mut blobs = Blobs(Vec::new());
    let typed: Vec<(&str, Vec<u8>, Vec<u8>)> =
        layers.iter().map(|tar| ("application/vnd.oci.image.layer.v1.tar", tar.clone(), tar.clone())).collect();
    let (desc, _) = manifest_with(&mut blobs, &typed, |_| {});
    let tagged: Vec<Value> = tags
        .iter()
        .map(|tag| {
            let mut desc = desc.clone();
            desc["annotations"] = json!({"org.opencontainers.image.ref.name": tag});
            desc
        })
        .collect();
    let mut members = blobs.0;
    members.push(("oci-layout".into(), br#"{"imageLayoutVersion": "1.0.0"}"#.to_vec()));
    members.push(("index.json".into(), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": tagged})).unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "image.tar", &outer_tar(&members));
    let rules = RuleSet::compile(&[], true).unwrap();
    let meta = MetaChecks::builtin().unwrap();
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines { meta: Some(&meta), ..Engines::new(&rules, None) }, &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

/// (rule, severity, place, state, layer) of every heuristic finding location.
fn heuristics(report: &Value) -> Vec<(String, String, String, String, Option<u64>)> {
    let mut all = Vec::new();
    for finding in report["inputs"][0]["images"][0]["findings"].as_array().unwrap() {
        if finding["kind"] != "heuristic" {
            continue;
        }
        for location in finding["locations"].as_array().unwrap() {
            all.push((
                finding["detector"]["rule"].as_str().unwrap().to_string(),
                finding["severity"].as_str().unwrap().to_string(),
                location["path"].as_str().or(location["field"].as_str()).unwrap().to_string(),
                location["state"].as_str().unwrap().to_string(),
                location["layer"].as_u64(),
            ));
        }
    }
    all.sort();
    all
}

#[test]
fn setuid_capabilities_world_writable_and_typosquats_with_their_layer() {
    let shell = b"\x7fELF\x02\x01\x01\x00 pretend this is dash".as_slice();
    let mut base = tar::Builder::new(Vec::new());
    add(&mut base, "bin/", 0o755, b"", &[]);
    add(&mut base, "bin/sh", 0o755, shell, &[]);
    add(&mut base, "usr/bin/passwd", 0o4755, b"\x7fELF passwd", &[]);
    add(&mut base, "usr/bin/ping", 0o755, b"\x7fELF ping", &[("SCHILY.xattr.security.capability", &cap(13))]);
    let base = base.into_inner().unwrap();
    let mut upper = tar::Builder::new(Vec::new());
    // A setuid copy of the shell under an innocent name, then deleted by nothing: present.
    add(&mut upper, "usr/lib/.cache/update", 0o4755, shell, &[]);
    add(&mut upper, "usr/bin/sudo", 0o4755, b"\x7fELF sudo", &[]);
    add(&mut upper, "usr/local/bin/helper", 0o2755, b"\x7fELF helper", &[]);
    add(&mut upper, "usr/bin/python3.11", 0o755, b"\x7fELF python", &[("SCHILY.xattr.security.capability", &cap(7))]);
    add(&mut upper, "etc/cron.d/", 0o777, b"", &[]);
    add(&mut upper, "etc/profile.d/env.sh", 0o666, b"export A=1\n", &[]);
    add(&mut upper, "tmp/", 0o1777, b"", &[]);
    let upper = upper.into_inner().unwrap();

    // Two tags of one image (docker.io/… and localhost/…, as buildah pushes it): one finding.
    let report = scan_tagged(&[base.clone(), upper.clone()], &["docker.io/library/ubunto:22.04", "localhost/library/ubunto:latest"]);
    assert_eq!(report["inputs"][0]["images"].as_array().map(Vec::len), Some(1), "one image, two tags");
    let findings = report["inputs"][0]["images"][0]["findings"].as_array().unwrap();
    let squats = findings.iter().filter(|f| f["detector"]["rule"] == "typosquatted-image-name").count();
    assert_eq!(squats, 1, "one typosquat finding for both tags");
    let found = heuristics(&report);
    let expected: Vec<(String, String, String, String, Option<u64>)> = [
        ("file-capability", "high", "/usr/bin/python3.11", "present", Some(1)),
        ("setuid-program", "critical", "/usr/lib/.cache/update", "present", Some(1)),
        ("setuid-program", "high", "/usr/local/bin/helper", "present", Some(1)),
        ("setuid-program", "low", "/usr/bin/sudo", "present", Some(1)),
        ("typosquatted-image-name", "high", "refs[0]", "present", None),
        ("typosquatted-image-name", "high", "refs[1]", "present", None),
        ("world-writable-system-path", "medium", "/etc/cron.d", "present", Some(1)),
        ("world-writable-system-path", "medium", "/etc/profile.d/env.sh", "present", Some(1)),
    ]
    .iter()
    .map(|(r, s, p, st, l)| (r.to_string(), s.to_string(), p.to_string(), st.to_string(), *l))
    .collect::<std::collections::BTreeSet<_>>()
    .into_iter()
    .collect();
    assert_eq!(found, expected);

    // The official name, the distribution's own setuid passwd and ping's cap_net_raw: nothing.
    let clean = scan_tagged(&[base], &["docker.io/library/ubuntu:22.04"]);
    assert_eq!(heuristics(&clean), Vec::new());
}

/// A v2 `security.capability` value permitting one capability.
fn cap(bit: u32) -> Vec<u8> {
    let mut value = 0x0200_0001u32.to_le_bytes().to_vec();
    value.extend((1u32 << bit).to_le_bytes());
    value.extend([0u8; 12]);
    value
}
