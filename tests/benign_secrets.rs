//! The secret detectors on real packages that ship example keys, test keys and documentation
//! credentials (tests/benign/make-benign-images.sh builds the image from Debian, PyPI and npm
//! packages; tests/benign/README.md lists them and every finding that remains, with why it is
//! acceptable): none of their files may give a high-confidence secret finding, and the real-format
//! secrets the script generates and plants in the same image must all be found at confidence
//! high, so the test cannot pass by finding nothing.
//!
//! It downloads the packages (a few minutes, an image under 100 MB). A failed download or build
//! fails the test; LAYERHOUND_OFFLINE=1 skips it on a machine without the registries.

mod common;

use std::path::Path;

use layerhound::limits::Limits;
use layerhound::scan::secrets::DetectorSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;

fn scan(image: &Path, tmpdir: &Path) -> Value {
    let rules = RuleSet::compile(&[], true).expect("the built-in rules compile");
    let detectors = DetectorSet::compile(&[], true).expect("the built-in detectors compile");
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(&rules, Some(&detectors)), &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(tmpdir.to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[image.to_path_buf()], &options, &scanner, &mut |_| {})).unwrap()
}

/// One secret finding, flattened: detector, confidence, every location's path, the validation.
struct Secret {
    detector: String,
    confidence: String,
    paths: Vec<String>,
    reasons: String,
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let more = if self.paths.len() > 1 { format!(" (+{} more)", self.paths.len() - 1) } else { String::new() };
        write!(f, "{} {} at {}{more}: {}", self.confidence, self.detector, self.paths[0], self.reasons)
    }
}

fn secrets(report: &Value) -> Vec<Secret> {
    let mut found = Vec::new();
    for image in report["inputs"][0]["images"].as_array().expect("images") {
        for finding in image["findings"].as_array().expect("findings") {
            if finding["kind"] != "secret" {
                continue;
            }
            let paths = finding["locations"].as_array().unwrap().iter().map(common::place).collect();
            let reasons: Vec<&str> = finding["secret"]["validation"].as_array().into_iter().flatten().filter_map(|r| r.as_str()).collect();
            found.push(Secret {
                detector: finding["detector"]["rule"].as_str().unwrap().to_string(),
                confidence: finding["confidence"].as_str().unwrap().to_string(),
                paths,
                reasons: reasons.join("; "),
            });
        }
    }
    found
}

#[test]
fn real_packages_give_no_high_confidence_secret_and_planted_secrets_are_found_high() {
    let Some(common::BenignImage { dir: out, packages, package_files, planted }) =
        common::benign_image("tests/benign/make-benign-images.sh")
    else {
        return;
    };
    assert!(packages.lines().count() >= 30 && package_files >= 15_000, "too few packages or files:\n{packages}");
    assert!(planted.len() >= 4, "planted: {planted:?}");

    let report = scan(&out.path().join("benign.oci.tar"), out.path());
    let image = &report["inputs"][0]["images"][0];
    assert_eq!(report["inputs"][0]["images"].as_array().map(Vec::len), Some(1), "one image");
    assert_eq!(image["verified"], true, "the image's layers verify");
    let present = image["filesystem"]["present"].as_u64().unwrap_or(0);
    assert!(present >= package_files, "{present} files present in the image, {package_files} in the packages");

    let found = secrets(&report);
    let is_planted = |s: &Secret| s.paths.iter().any(|p| planted.iter().any(|(_, path)| path == p));
    for secret in &found {
        eprintln!("{secret}");
    }

    // Every planted secret: found, by its detector, at its path, at confidence high.
    let mut missing = Vec::new();
    for (detector, path) in &planted {
        let hit = found.iter().find(|s| &s.detector == detector && s.paths.contains(path));
        match hit {
            Some(s) if s.confidence == "high" => {}
            Some(s) => missing.push(format!("{detector} at {path}: confidence {} ({})", s.confidence, s.reasons)),
            None => missing.push(format!("{detector} at {path}: not found")),
        }
    }
    assert!(missing.is_empty(), "planted secrets not found at confidence high:\n{}", missing.join("\n"));

    // Nothing from the packages at confidence high.
    let high: Vec<String> = found.iter().filter(|s| s.confidence == "high" && !is_planted(s)).map(|s| s.to_string()).collect();
    assert!(
        high.is_empty(),
        "high-confidence secret findings in real packages' files (fix the detector data in \
         signatures/secrets/, see tests/benign/README.md):\n{}",
        high.join("\n")
    );
    // apt's package index names tens of thousands of packages beside their digests: no digest
    // and no package name is a provider's key, not even at medium confidence.
    let in_index: Vec<String> = found
        .iter()
        .filter(|s| s.confidence != "low" && s.paths.iter().any(|p| p.starts_with("/var/lib/apt/lists/")))
        .map(|s| s.to_string())
        .collect();
    assert!(in_index.is_empty(), "secret findings above confidence low in apt's package index:\n{}", in_index.join("\n"));
    let medium: Vec<String> = found.iter().filter(|s| s.confidence == "medium" && !is_planted(s)).map(|s| s.to_string()).collect();
    if !medium.is_empty() {
        eprintln!("warning: medium-confidence findings in real packages' files (tests/benign/README.md lists the accepted ones):");
        for line in &medium {
            eprintln!("  {line}");
        }
    }

    // The packages' own example keys are still found, at confidence low: the detectors ran over
    // the package files and the decoy data lowered them, it did not hide them.
    let low_at = |detector: &str, path: &str| {
        found.iter().any(|s| s.detector == detector && s.confidence == "low" && s.paths.iter().any(|p| p == path))
    };
    for (detector, path) in [
        ("pem-private-key", "/usr/lib/python3.11/test/keycert.pem"),
        ("pem-private-key", "/srv/app/node_modules/browser-sync/certs/server.key"),
        ("pem-private-key", "/usr/local/lib/python3.11/site-packages/moto/moto_proxy/ca.key"),
        ("jwt", "/usr/local/lib/python3.11/site-packages/pyjwt-2.15.1.dist-info/METADATA"),
        ("aws-access-key-id", "/srv/app/node_modules/aws-sdk/apis/iam-2010-05-08.examples.json"),
    ] {
        assert!(low_at(detector, path), "expected a low-confidence {detector} finding at {path}");
    }
    assert!(
        found.iter().any(|s| s.detector == "pem-private-key" && s.confidence == "low" && s.paths.iter().any(|p| p.ends_with("_test.go"))),
        "expected the Go test files' keys at confidence low"
    );
}
