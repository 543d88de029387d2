//! Community secret-rule packs load unchanged with `--secrets`: gitleaks' default config (TOML,
//! Go RE2 syntax) and Nosey Parker's default rules (YAML, vendored in tests/data with their
//! licences). Their rules find tokens planted in an image; a rule the regex crate cannot compile
//! is named with its file and id and stops the load, unless `--skip-broken-rules` leaves it out
//! and the report lists it; the report says how many of a pack's rules loaded.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::build::{layer_tar, oci_archive, raw_tar, write_temp};
use layerhound::limits::Limits;
use layerhound::scan::secrets::DetectorSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;
use tar::EntryType::Regular;

fn gitleaks() -> PathBuf {
    common::repo_path("tests/data/gitleaks/gitleaks.toml")
}

fn noseyparker() -> PathBuf {
    common::repo_path("tests/data/noseyparker/rules")
}

fn scan(detectors: &DetectorSet, archive: &[u8]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "image.tar", archive);
    let rules = RuleSet::compile(&[], false).unwrap();
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(&rules, Some(detectors)), &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

/// (namespace:rule, place, state, confidence) of every secret finding's location.
fn found(report: &Value) -> Vec<(String, String, String, String)> {
    let mut all = Vec::new();
    for finding in report["inputs"][0]["images"][0]["findings"].as_array().unwrap() {
        let rule = format!("{}:{}", finding["detector"]["namespace"].as_str().unwrap(), finding["detector"]["rule"].as_str().unwrap());
        for location in finding["locations"].as_array().unwrap() {
            all.push((
                rule.clone(),
                common::place(location),
                location["state"].as_str().unwrap().to_string(),
                finding["confidence"].as_str().unwrap().to_string(),
            ));
        }
    }
    all
}

#[test]
fn gitleaks_default_config_and_noseyparker_default_rules_load_unchanged() {
    let set = DetectorSet::compile(&[gitleaks(), noseyparker()], false).expect("both packs load without leaving a rule out");
    assert_eq!(set.packs.len(), 1 + std::fs::read_dir(noseyparker()).unwrap().count(), "one load record per pack file");
    let gitleaks = set.packs.iter().find(|p| p.format == "gitleaks").unwrap();
    assert!(gitleaks.rules >= 200, "gitleaks' default config has ~220 rules: {}", gitleaks.rules);
    let np_rules: usize = set.packs.iter().filter(|p| p.format == "noseyparker").map(|p| p.rules).sum();
    assert!(np_rules >= 150, "Nosey Parker's default rules: {np_rules}");
    for pack in &set.packs {
        assert_eq!(pack.loaded, pack.rules, "{}: {:?}", pack.file, pack.broken);
        assert!(pack.broken.is_empty());
    }
    assert_eq!(set.len(), gitleaks.rules + np_rules);
    // Nosey Parker's examples are checked like ours; its rules pass nearly all of them (the
    // failures are recorded, not fatal: bench/RESULTS.md lists them).
    let failing: usize = set.packs.iter().map(|p| p.example_failures.len()).sum();
    assert!(
        failing * 10 < np_rules,
        "{failing} rules fail their own examples: {:?}",
        set.packs.iter().flat_map(|p| &p.example_failures).collect::<Vec<_>>()
    );
}

#[test]
fn a_gitleaks_rule_and_a_noseyparker_rule_find_their_tokens_in_an_image() {
    // Random-looking values in the providers' shapes (not anyone's): a GitHub token in a deleted
    // .env, a Slack bot token in a present config. Each pack alone: two rules claiming one
    // value give one finding.
    let github = b"GITHUB_TOKEN=ghp_R7x2Lq9VmT4kZp8Wc3Nd6Hs1Jf5Gb0Ya2Ke9\n";
    let slack = b"slack:\n  bot_token: xoxb-4820193756-5829301746283-Qm8xZpL2vRt7Xk9WcN4dHs1J\n";
    let lower = layer_tar(&[("app/.env", github), ("etc/app/slack.yml", slack)]);
    let upper = raw_tar(&[(b"app/.wh..env", Regular, b"", b"")]);
    let archive = oci_archive(&[(lower.clone(), lower), (upper.clone(), upper)]);
    let expected =
        [(gitleaks(), "gitleaks:github-pat", "gitleaks:slack-bot-token"), (noseyparker(), "github:np.github.1", "slack:np.slack.2")];
    for (pack, github_rule, slack_rule) in expected {
        let set = DetectorSet::compile(std::slice::from_ref(&pack), false).unwrap();
        let report = scan(&set, &archive);
        assert_eq!(report["complete"], true, "{:#}", report["errors"]);
        let all = found(&report);
        let has = |rule: &str, place: &str, state: &str| all.iter().any(|(r, p, s, _)| r == rule && p == place && s == state);
        assert!(has(github_rule, "/app/.env", "deleted"), "{all:#?}");
        assert!(has(slack_rule, "/etc/app/slack.yml", "present"), "{all:#?}");
        // The report records what each pack file gave.
        let packs = report["content_scan"]["detector_packs"].as_array().unwrap();
        assert!(!packs.is_empty());
        assert!(packs.iter().all(|p| p["loaded"] == p["rules"] && p["broken"].as_array().unwrap().is_empty()), "{packs:#?}");
    }
}

#[test]
fn gitleaks_allowlists_and_entropy_hold() {
    let set = DetectorSet::compile(&[gitleaks()], false).unwrap();
    let rules =
        |text: &[u8], path: &str| -> Vec<String> { set.scan(text, path).unwrap().into_iter().map(|m| m.detector.id.clone()).collect() };
    // aws-access-token's own allowlist (`.+EXAMPLE$`) and the global one (node_modules).
    assert!(rules(b"key = AKIAZ7VRSQ5TDQJ3KXWM\n", "/app/config.ini").contains(&"aws-access-token".to_string()));
    assert!(!rules(b"key = AKIAIOSFODNN7EXAMPLE\n", "/app/config.ini").contains(&"aws-access-token".to_string()));
    assert!(!rules(b"key = AKIAZ7VRSQ5TDQJ3KXWM\n", "/usr/lib/node_modules/x/config.ini").contains(&"aws-access-token".to_string()));
    // The entropy floor: a run of one letter is no token.
    assert!(!rules(b"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "/app/x").contains(&"github-pat".to_string()));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const BROKEN_GITLEAKS: &str = r#"
[[rules]]
id = "acme-token"
description = "Acme token"
regex = '''acme_[a-z0-9]{24}'''
keywords = ["acme_"]

[[rules]]
id = "acme-lookahead"
description = "Acme token not followed by a dot"
regex = '''acme_(?=[a-z0-9]{24})[a-z0-9]{24}'''
keywords = ["acme_"]
"#;

const BROKEN_NOSEYPARKER: &str = r#"
rules:
- name: Repeated pair
  id: test.backref.1
  pattern: '(ab)\1'
  examples: ['abab']
"#;

#[test]
fn a_broken_rule_is_named_with_file_and_id_and_skipped_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let toml = write(dir.path(), "acme.toml", BROKEN_GITLEAKS);
    let err = DetectorSet::compile(std::slice::from_ref(&toml), false).err().expect("strict by default").to_string();
    assert!(err.contains("acme.toml") && err.contains("acme-lookahead") && err.contains("look-around"), "{err}");
    assert!(!err.contains("rule acme-token:"), "the good rule is not named: {err}");
    let yml = write(dir.path(), "pairs.yml", BROKEN_NOSEYPARKER);
    let err = DetectorSet::compile(std::slice::from_ref(&yml), false).err().expect("strict by default").to_string();
    assert!(err.contains("pairs.yml") && err.contains("test.backref.1") && err.contains("backreferences"), "{err}");

    let set = DetectorSet::compile_tolerant(&[toml, yml], false).expect("the rest loads");
    let acme = set.packs.iter().find(|p| p.file.ends_with("acme.toml")).unwrap();
    assert_eq!((acme.loaded, acme.rules), (1, 2));
    assert_eq!(acme.broken.len(), 1);
    assert!(set.scan(b"token: acme_0123456789abcdefghijklmn\n", "/x").unwrap().iter().any(|m| m.detector.id == "acme-token"));
    let layer = layer_tar(&[("etc/motd", b"hello\n")]);
    let report = scan(&set, &oci_archive(&[(layer.clone(), layer)]));
    assert_eq!(report["complete"], false, "rules left out: the scan is not complete");
    let errors: Vec<&str> = report["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert!(errors.iter().any(|e| e.contains("acme.toml") && e.contains("acme-lookahead")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("pairs.yml") && e.contains("test.backref.1")), "{errors:?}");
    let packs = report["content_scan"]["detector_packs"].as_array().unwrap();
    assert!(packs.iter().any(|p| p["file"].as_str().unwrap().ends_with("acme.toml") && p["loaded"] == 1 && p["rules"] == 2), "{packs:#?}");
}

#[test]
fn the_cli_stops_on_a_broken_pack_rule_and_skips_it_with_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let toml = write(dir.path(), "acme.toml", BROKEN_GITLEAKS);
    let secret = b"ACME=acme_0123456789abcdefghijklmn\n";
    let layer = layer_tar(&[("app/.env", secret)]);
    let image = write_temp(&dir, "image.tar", &oci_archive(&[(layer.clone(), layer)]));
    let out = dir.path().join("report.json");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_layerhound"))
            .args(["scan", "--no-builtin", "--format", "json", "-o"])
            .arg(&out)
            .arg("--secrets")
            .arg(&toml)
            .args(extra)
            .arg(&image)
            .output()
            .unwrap()
    };
    let strict = run(&[]);
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert_eq!(strict.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("acme.toml") && stderr.contains("acme-lookahead"), "{stderr}");
    let skipped = run(&["--skip-broken-rules"]);
    let stderr = String::from_utf8_lossy(&skipped.stderr);
    assert_eq!(skipped.status.code(), Some(2), "a rule left out is an error in the report: {stderr}");
    assert!(stderr.contains("1 of 2 rules loaded"), "{stderr}");
    let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(found(&report).iter().any(|(rule, place, _, _)| rule == "acme:acme-token" && place == "/app/.env"), "{report:#}");
}
