//! The secret detectors are data with their own examples (signatures/secrets/*.toml): every
//! detector must find each of its examples (at the confidence the example names) and none of
//! its negative examples.

use layerhound::scan::secrets::DetectorSet;

#[test]
fn every_builtin_detector_finds_its_examples_and_not_its_counter_examples() {
    let detectors = DetectorSet::compile(&[], true).expect("the built-in detectors compile");
    let failures: Vec<String> = detectors.check_examples().into_iter().map(|(_, failure)| failure).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

mod common;

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use common::build::{gzip, layer_tar, oci_archive_with, raw_tar, write_temp};
use layerhound::limits::Limits;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::{json, Value};
use tar::EntryType::Regular;

fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in members {
        writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(body).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn scan(archive: &[u8], detectors: &DetectorSet) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "image.tar", archive);
    let rules = RuleSet::compile(&[], true).unwrap();
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(&rules, Some(detectors)), &limits);
    let options = ScanOptions { limits, tmpdir: Some(dir.path().to_path_buf()) };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

/// (place, state) of every location of `rule`'s findings.
fn places(report: &Value, rule: &str) -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    for finding in report["inputs"][0]["images"][0]["findings"].as_array().unwrap() {
        if finding["detector"]["rule"] != rule {
            continue;
        }
        for location in finding["locations"].as_array().unwrap() {
            let mut place = location["path"].as_str().or(location["field"].as_str()).unwrap().to_string();
            for member in location["nested"].as_array().into_iter().flatten() {
                place.push_str("!/");
                place.push_str(member.as_str().unwrap());
            }
            all.insert((place, location["state"].as_str().unwrap().to_string()));
        }
    }
    all
}

/// Every detector's first example, planted in one image five ways: deleted by a whiteout,
/// overwritten by a later layer, hidden by an opaque directory, inside a jar inside a tar.gz,
/// and (for detectors not tied to a file name) in ENV and in a RUN line of the history.
#[test]
fn every_detector_finds_its_example_in_every_state_nested_and_in_the_config() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let mut failures = Vec::new();
    for (info, path_conditioned, examples) in detectors.examples() {
        let example = &examples[0];
        let text = example.text().as_bytes();
        let relative = example.path().trim_start_matches('/');
        let name = relative.rsplit('/').next().unwrap();
        let parent = relative.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
        let jar = zip(&[("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"), (relative, text)]);
        let bundle = gzip(&layer_tar(&[("lib/x.jar", &jar)]));
        let (deleted, overwritten, opaque) = (format!("a/{relative}"), format!("b/{relative}"), format!("c/d/{relative}"));
        let lower = layer_tar(&[(&deleted, text), (&overwritten, text), (&opaque, text), ("opt/bundle.tgz", &bundle)]);
        let whiteout = format!("a/{parent}.wh.{name}");
        let upper = raw_tar(&[
            (whiteout.as_bytes(), Regular, b"", b""),
            (overwritten.as_bytes(), Regular, b"nothing to see\n", b""),
            (b"c/d/.wh..wh..opq", Regular, b"", b""),
        ]);
        let in_config = !path_conditioned;
        let archive = oci_archive_with(&[(lower.clone(), lower), (upper.clone(), upper)], |config| {
            if in_config {
                config["config"]["Env"] = json!([String::from_utf8_lossy(text)]);
                config["history"][1]["created_by"] = json!(format!("/bin/sh -c echo '{}' > /tmp/x", String::from_utf8_lossy(text)));
            }
        });
        let report = scan(&archive, &detectors);
        let mut want: BTreeSet<(String, String)> = [
            (format!("/{deleted}"), "deleted"),
            (format!("/{overwritten}"), "overwritten"),
            (format!("/{opaque}"), "deleted"),
            (format!("/opt/bundle.tgz!/bundle.tar!/lib/x.jar!/{relative}"), "present"),
        ]
        .into_iter()
        .map(|(place, state)| (place, state.to_string()))
        .collect();
        if in_config {
            want.insert(("config.env[0]".into(), "present".into()));
            want.insert(("history[1].created_by".into(), "present".into()));
        }
        let got = places(&report, &info.id);
        if !want.is_subset(&got) {
            failures.push(format!("{}: missing {:?}", info.id, want.difference(&got).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
