//! Community YARA packs load unchanged: signature-base files that import `pe` and test the
//! LOKI/THOR external variables compile, and their rules fire on image contents; a pack with a
//! broken file either stops (the default) or, with `--skip-broken-rules`, loads the rest and
//! names the broken file as an error in the report. Their meaning is kept: a THOR `score` (and
//! YARA-Forge's `quality`) gives severity and confidence by the bands their authors document,
//! a level that is not one is refused with file and rule, and the compiler's warnings are one
//! line on stderr.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::build::{layer_tar, oci_archive, write_temp};
use layerhound::level::{Confidence, Severity};
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
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
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

/// A copy of the vendored subset plus `extra` files (name, text), in a temp directory.
fn pack_with(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(vendored()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    for (name, text) in extra {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn a_score_gives_severity_and_confidence_by_the_bands_thor_and_loki_document() {
    let rules = RuleSet::compile(&[vendored()], false).unwrap();
    let levels = |namespace: &str, id: &str| rules.rule(namespace, id).map(|r| (r.severity, r.confidence));
    use Confidence as C;
    use Severity as S;
    // score = 100: an alert on its own.
    assert_eq!(levels("apt_onhat_proxy", "ONHAT_Proxy_Hacktool"), Some((S::Critical, C::High)));
    assert_eq!(levels("yara_mixed_ext_vars", "OpCloudHopper_Cloaked_PSCP"), Some((S::High, C::High)), "score 90");
    assert_eq!(levels("yara_mixed_ext_vars", "Malware_QA_update_test"), Some((S::High, C::High)), "score 80");
    assert_eq!(levels("yara_mixed_ext_vars", "Acrotray_Anomaly"), Some((S::Medium, C::Medium)), "score 75");
    assert_eq!(levels("yara_mixed_ext_vars", "GIFCloaked_Webshell_A"), Some((S::Medium, C::Medium)), "score 60");
    assert_eq!(
        levels("yara_mixed_ext_vars", "SUSP_EXPL_Confluence_RCE_CVE_2021_26084_Indicators_Sep21"),
        Some((S::Low, C::Low)),
        "score 55"
    );
    assert_eq!(levels("yara_mixed_ext_vars", "HackTool_Producers"), Some((S::Low, C::Low)), "score 50");
    // No score: LOKI counts 70, a warning.
    assert_eq!(levels("yara_mixed_ext_vars", "COZY_FANCY_BEAR_modified_VmUpgradeHelper"), Some((S::Medium, C::Medium)));

    // The match is reported at the rule's severity.
    let tool: &[u8] =
        b"usage: onhat.exe\n[ONHAT] LISTENS (S, %d.%d.%d.%d, %d) ERROR.\n[ONHAT] CONNECTS (T, %d.%d.%d.%d, %d.%d.%d.%d, %d) ERROR.\n";
    let report = scan(&rules, &[("usr/local/bin/onhat", tool)]);
    let findings = report["inputs"][0]["images"][0]["findings"].as_array().unwrap();
    let onhat = findings.iter().find(|f| f["detector"]["rule"] == "ONHAT_Proxy_Hacktool").expect("the planted tool is found");
    assert_eq!((onhat["severity"].as_str(), onhat["confidence"].as_str()), (Some("critical"), Some("high")));
}

#[test]
fn explicit_levels_win_and_yara_forge_quality_caps_the_confidence() {
    let rule = |name: &str, meta: &str| format!("rule {name} {{ meta: {meta} strings: $a = \"x\" condition: $a }}\n");
    let text = [
        rule("forge_core", "score = 85 quality = 80"),
        rule("forge_extended", "score = 85 quality = 60"),
        rule("forge_full", "score = 100 quality = 30"),
        rule("ours", "score = 40 severity = \"high\" confidence = \"medium\""),
        // Carbon Black TAU's release stage (apt_winnti.yar in signature-base) is no confidence.
        rule("tau", "score = 80 confidence = \"Prod\""),
    ]
    .concat();
    let dir = pack_with(&[("forge.yar", &text)]);
    let rules = RuleSet::compile(&[dir.path().to_path_buf()], false).unwrap();
    let levels = |id: &str| rules.rule("forge", id).map(|r| (r.severity, r.confidence));
    assert_eq!(levels("forge_core"), Some((Severity::High, Confidence::High)));
    assert_eq!(levels("forge_extended"), Some((Severity::High, Confidence::Medium)));
    assert_eq!(levels("forge_full"), Some((Severity::Critical, Confidence::Low)));
    assert_eq!(levels("ours"), Some((Severity::High, Confidence::Medium)));
    assert_eq!(levels("tau"), Some((Severity::High, Confidence::High)));
}

#[test]
fn a_level_that_is_none_refuses_the_pack_naming_file_and_rule_or_leaves_the_file_out_when_skipping() {
    let bad = "rule fine { meta: score = 70 strings: $a = \"fine\" condition: $a }\n\
               rule misspelt { meta: severity = \"crit\" strings: $a = \"crit\" condition: $a }\n";
    let dir = pack_with(&[("typo.yar", bad)]);
    let err = RuleSet::compile(&[dir.path().to_path_buf()], true).err().expect("an unknown severity is refused").to_string();
    assert!(err.contains("typo.yar") && err.contains("rule misspelt") && err.contains("unknown severity \"crit\""), "{err}");

    let rules = RuleSet::compile_tolerant(&[dir.path().to_path_buf()], true).expect("the rest loads");
    assert_eq!(rules.broken.len(), 1, "{:?}", rules.broken);
    assert!(rules.broken[0].contains("typo.yar") && rules.broken[0].contains("misspelt"), "{:?}", rules.broken);
    assert!(rules.rule("typo", "fine").is_none(), "the file is left out whole");
    assert!(rules.rule("apt_onhat_proxy", "ONHAT_Proxy_Hacktool").is_some());

    for meta in ["score = \"high\"", "quality = \"good\"", "confidence = 3"] {
        let dir = pack_with(&[("odd.yar", &format!("rule odd {{ meta: {meta} condition: false }}\n"))]);
        let err = RuleSet::compile(&[dir.path().to_path_buf()], false).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("odd.yar") && err.contains("rule odd"), "{meta}: {err:?}");
    }
}

/// The binary's stderr for `scan` of a small image (in `dir`) with `args` added.
fn scan_stderr(dir: &tempfile::TempDir, args: &[&str]) -> String {
    let layer = layer_tar(&[("etc/motd", b"hello\n")]);
    let image = write_temp(dir, "image.tar", &oci_archive(&[(layer.clone(), layer)]));
    let report = dir.path().join("report.json");
    let out = Command::new(env!("CARGO_BIN_EXE_layerhound"))
        .args(["scan", image.to_str().unwrap(), "-o", report.to_str().unwrap()])
        .args(args)
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn compiler_warnings_are_one_line_listed_on_request_and_silent_under_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let pack = vendored();
    let rules = RuleSet::compile(std::slice::from_ref(&pack), false).unwrap();
    // yara-x warns about duplicate patterns and slow ones: 9 warnings (about 90 lines) in 2 files
    // here, 285 in 105 files (2,777 lines) for the whole of signature-base.
    assert!(rules.warnings.len() > 2 && rules.warned_files == 2, "{} warnings in {} files", rules.warnings.len(), rules.warned_files);
    let rules_arg = pack.to_str().unwrap();

    let told = scan_stderr(&dir, &["--rules", rules_arg]);
    let about: Vec<&str> = told.lines().filter(|line| line.contains("rules:")).collect();
    assert_eq!(
        about,
        [format!("layerhound: rules: {} warnings in {} files; --rule-warnings lists them", rules.warnings.len(), rules.warned_files)],
        "{told}"
    );

    let listed = scan_stderr(&dir, &["--rules", rules_arg, "--rule-warnings"]);
    assert_eq!(listed.matches("layerhound: rules: warning:").count(), rules.warnings.len(), "{listed}");
    assert!(!listed.contains("--rule-warnings lists them"));

    assert_eq!(scan_stderr(&dir, &["--rules", rules_arg, "-q"]), "", "-q: nothing on stderr");
}
