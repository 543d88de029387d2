//! The built-in YARA pack is data with its own examples (signatures/yara/examples.json): every
//! rule must match each of its positive examples and none of its negative ones, and carry the
//! metadata the report relies on.

use std::collections::BTreeSet;
use std::time::Duration;

use layerhound::level::{Confidence, Severity};
use layerhound::scan::yara::{RuleSet, BUILTIN_NAMESPACE};
use serde_json::Value;

fn examples() -> Vec<Value> {
    let text = include_str!("../signatures/yara/examples.json");
    let parsed: Value = serde_json::from_str(text).expect("examples.json parses");
    parsed["examples"].as_array().expect("examples is a list").clone()
}

fn matching_rules(rules: &RuleSet, path: &str, text: &str) -> BTreeSet<String> {
    let mut scanner = rules.scanner();
    let hits = scanner.scan(text.as_bytes(), path, "root", Duration::from_secs(10)).expect("scan");
    hits.into_iter().map(|hit| hit.rule.id.clone()).collect()
}

#[test]
fn every_builtin_rule_matches_its_examples_and_not_its_counter_examples() {
    let rules = RuleSet::compile(&[], true).expect("the built-in pack compiles");
    assert!(rules.warnings.is_empty(), "compiler warnings: {:?}", rules.warnings);
    let mut failures = Vec::new();
    for example in examples() {
        let rule = example["rule"].as_str().expect("rule name");
        for (key, expected) in [("match", true), ("no_match", false)] {
            for case in example[key].as_array().expect("cases") {
                let (path, text) = (case["path"].as_str().expect("path"), case["text"].as_str().expect("text"));
                let matched = matching_rules(&rules, path, text).contains(rule);
                if matched != expected {
                    failures.push(format!("{rule}: expected {} on {path}: {text:?}", if expected { "a match" } else { "no match" }));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The built-in pack's words for what a finding is: one word per class of threat, so that a
/// report names a miner `cryptominer` whichever rule found it (and the start-command raise,
/// which goes by category, reaches every rule of a class). A new word is added here on purpose.
const CATEGORIES: &[&str] = &[
    "backdoor",
    "botnet",
    "container-escape",
    "credential-theft",
    "cryptominer",
    "downloader",
    "hijack",
    "malware",
    "obfuscation",
    "persistence",
    "remote-access",
    "reverse-shell",
    "suspicious-port",
    "tunnel",
    "webshell",
];

#[test]
fn every_builtin_rule_has_examples_both_ways_and_its_metadata() {
    let rules = RuleSet::compile(&[], true).expect("the built-in pack compiles");
    let examples = examples();
    for rule in rules.rules() {
        assert_eq!(rule.namespace, BUILTIN_NAMESPACE);
        let example = examples.iter().find(|e| e["rule"] == rule.id.as_str()).unwrap_or_else(|| panic!("{}: no examples", rule.id));
        for key in ["match", "no_match"] {
            assert!(example[key].as_array().is_some_and(|cases| !cases.is_empty()), "{}: no {key} example", rule.id);
        }
        assert!(rule.description.is_some(), "{}: no description", rule.id);
        let category = rule.category.as_deref().unwrap_or_else(|| panic!("{}: no category", rule.id));
        assert!(CATEGORIES.contains(&category), "{}: category {category:?} is not one of {CATEGORIES:?}", rule.id);
    }
    for example in &examples {
        assert!(
            rules.rules().iter().any(|r| example["rule"] == r.id.as_str()),
            "examples for a rule that does not exist: {}",
            example["rule"]
        );
    }
}

#[test]
fn user_rule_files_get_their_own_namespace_and_compile_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("mine.yar");
    std::fs::write(&good, "rule miner_stratum_pool_url { strings: $a = \"hello\" condition: $a }\n").unwrap();
    let rules = RuleSet::compile(std::slice::from_ref(&good), true).expect("same rule name in another namespace is fine");
    let names: BTreeSet<(String, String)> = rules.rules().iter().map(|r| (r.namespace.clone(), r.id.clone())).collect();
    assert!(names.contains(&("mine".to_string(), "miner_stratum_pool_url".to_string())));
    assert!(names.contains(&(BUILTIN_NAMESPACE.to_string(), "miner_stratum_pool_url".to_string())));

    let bad = dir.path().join("broken.yara");
    std::fs::write(&bad, "rule ok { condition: true }\n\nrule broken { condition: $missing }\n").unwrap();
    let err = RuleSet::compile(std::slice::from_ref(&bad), false).err().expect("a compile error").to_string();
    assert!(err.contains("broken.yara") && err.contains(":3:"), "{err}");

    let empty = tempfile::tempdir().unwrap();
    let err = RuleSet::compile(&[empty.path().to_path_buf()], false).err().expect("no rule files").to_string();
    assert!(err.contains("no .yar or .yara files"), "{err}");
}

#[test]
fn severity_and_confidence_meta_are_levels_and_an_unknown_one_is_refused_with_file_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("levels.yar");
    let rule = |name: &str, meta: &str| format!("rule {name} {{ meta: {meta} strings: $a = \"x\" condition: $a }}\n");
    std::fs::write(&file, rule("loud", "severity = \"High\" confidence = \"low\"") + &rule("plain", "author = \"me\"")).unwrap();
    let rules = RuleSet::compile(std::slice::from_ref(&file), false).expect("known levels in any case load");
    let levels = |id: &str| rules.rule("levels", id).map(|r| (r.severity, r.confidence));
    assert_eq!(levels("loud"), Some((Severity::High, Confidence::Low)));
    assert_eq!(levels("plain"), Some((Severity::Medium, Confidence::Medium)), "no meta: medium/medium");

    for (meta, word) in [("severity = \"crit\"", "severity \"crit\""), ("confidence = \"sure\"", "confidence \"sure\"")] {
        std::fs::write(&file, rule("fine", "severity = \"low\"") + &rule("typo", meta)).unwrap();
        let err = RuleSet::compile(std::slice::from_ref(&file), false).err().expect("an unknown level is refused").to_string();
        assert!(err.contains("levels.yar") && err.contains("rule typo") && err.contains(word), "{err}");
    }
}
