//! Community YARA packs load unchanged: signature-base files that import `pe` and test the
//! LOKI/THOR external variables compile, and their rules fire on image contents; a pack with a
//! broken file either stops (the default) or, with `--skip-broken-rules`, loads the rest and
//! names the broken file as an error in the report.

mod common;

use std::path::PathBuf;

use common::build::{layer_tar, oci_archive, write_temp};
use layerhound::limits::Limits;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;

fn vendored() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/signature-base")
}

fn scan(rules: &RuleSet, files: &[(&str, &[u8])]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let layer = layer_tar(files);
    let path = write_temp(&dir, "image.tar", &oci_archive(&[(layer.clone(), layer)]));
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(rules, None), &limits);
    let options = ScanOptions { limits, tmpdir: Some(dir.path().to_path_buf()), ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

#[test]
fn signature_base_files_compile_unchanged_and_fire_on_image_contents() {
    let rules = RuleSet::compile(&[vendored()], true).expect("pe, the LOKI externals and the rest compile");
    let namespaces: std::collections::BTreeSet<String> = rules.rules().iter().map(|r| r.namespace.clone()).collect();
    for file in ["yara_mixed_ext_vars", "apt_apt10", "crime_crypto_miner"] {
        assert!(namespaces.contains(file), "{file}: {namespaces:?}");
    }
    let script: &[u8] = b"#!/bin/sh\nnohup ./kworker --donate-level 1 -o pool.example.net:3333 &\necho miner running\n";
    let report = scan(&rules, &[("tmp/.x/run.sh", script)]);
    let fired: Vec<(String, String)> = report["inputs"][0]["images"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["detector"]["namespace"].as_str().unwrap().to_string(), f["detector"]["rule"].as_str().unwrap().to_string()))
        .collect();
    assert!(fired.contains(&("crime_crypto_miner".to_string(), "SUSP_LNX_SH_CryptoMiner_Indicators_Dec20_1".to_string())), "{fired:?}");
}

#[test]
fn a_broken_file_stops_the_pack_unless_skipped_and_is_then_an_error_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(vendored()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let broken = dir.path().join("needs_cuckoo.yar");
    std::fs::write(&broken, "import \"cuckoo\"\nrule sandbox { condition: cuckoo.network.host(/evil/) }\n").unwrap();
    let err = RuleSet::compile(&[dir.path().to_path_buf()], true).err().expect("strict by default").to_string();
    assert!(err.contains("needs_cuckoo.yar"), "{err}");

    let rules = RuleSet::compile_tolerant(&[dir.path().to_path_buf()], true).expect("the rest loads");
    assert_eq!(rules.broken.len(), 1, "{:?}", rules.broken);
    assert!(rules.broken[0].contains("needs_cuckoo.yar"));
    assert!(rules.rules().iter().any(|r| r.namespace == "apt_apt10"));
    let report = scan(&rules, &[("etc/motd", b"hello\n")]);
    assert_eq!(report["complete"], false, "rules left out: the scan is not complete");
    let errors = report["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e.as_str().unwrap().contains("needs_cuckoo.yar")), "{errors:?}");
    assert_eq!(report["content_scan"]["rule_errors"].as_array().unwrap().len(), 1);
}
