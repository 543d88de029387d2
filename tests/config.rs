//! `layerhound.toml`: read from the current directory or `--config`, merged into the command
//! line (flags given win), unknown keys refused with the file and key named, allow-lists leave
//! findings out and count them.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn layerhound(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).current_dir(dir).args(args).output().expect("layerhound runs")
}

fn sample() -> String {
    common::repo_path("samples/webapp.docker.tar").display().to_string()
}

fn report(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|err| panic!("not JSON ({err}): {}", String::from_utf8_lossy(&out.stderr)))
}

fn findings(report: &Value) -> Vec<(String, String)> {
    report["inputs"][0]["images"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["id"].as_str().unwrap().to_string(), f["detector"]["rule"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn allow_lists_leave_findings_out_and_count_them() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample();
    let all = findings(&report(&layerhound(dir.path(), &["scan", "-q", "--format", "json", &sample])));
    assert!(all.iter().any(|(_, rule)| rule == "database-url-password"));
    let password = all.iter().find(|(_, rule)| rule == "database-url-password").unwrap().0.clone();
    // The miner's config, its start script and everything else under /opt/.cache, and one finding by id.
    std::fs::write(dir.path().join("layerhound.toml"), format!("[allow]\nids = [\"{password}\"]\npaths = [\"/opt/.cache\"]\n")).unwrap();
    let out = layerhound(dir.path(), &["scan", "-q", "--format", "json", &sample]);
    assert_eq!(out.status.code(), Some(1), "the other findings still count");
    let kept = report(&out);
    let rules: Vec<String> = findings(&kept).into_iter().map(|(_, rule)| rule).collect();
    for gone in ["database-url-password", "mining-pool", "miner_xmrig_config", "miner_monero_wallet", "malware_download_exec_bare_ip"] {
        assert!(!rules.iter().any(|rule| rule == gone), "{gone} not allowed: {rules:?}");
    }
    assert!(rules.iter().any(|rule| rule == "aws-secret-access-key"), "same file, not allowed: {rules:?}");
    assert!(rules.iter().any(|rule| rule == "github-token"), "{rules:?}");
    assert_eq!(rules.len(), all.len() - 5);
    assert_eq!(kept["summary"]["allowed_findings"], 5);
    assert_eq!(kept["inputs"][0]["images"][0]["allowed_findings"], 5);
    assert_eq!(kept["summary"]["findings"], all.len() - 5);
    let text = layerhound(dir.path(), &["scan", "-q", "--format", "text", &sample]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("(5 allowed by the config)"));
}

#[test]
fn flags_given_win_over_the_file_and_the_rest_is_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::write(dir.path().join("rules/mine.yar"), "rule server_script { strings: $a = \"server.sh\" condition: $a }\n").unwrap();
    std::fs::write(dir.path().join("other.yar"), "rule never_matches { strings: $a = \"no such bytes anywhere 7f3a\" condition: $a }\n")
        .unwrap();
    std::fs::write(
        dir.path().join("case.toml"),
        "rules = [\"rules/mine.yar\"]\nformat = [\"text\"]\n[limits]\nmax_scan_bytes = 4096\nscan_timeout = \"30s\"\nmax_nested_members = 7\n",
    )
    .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let config = dir.path().join("case.toml");
    let config = config.to_str().unwrap();
    let sample = sample();

    // The file's format (text) although stdout is a pipe; its rules, relative to the file.
    let text = layerhound(elsewhere.path(), &["scan", "-q", "--config", config, &sample]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("image 0: docker.io/library/webapp:1.0"), "{text}");
    assert!(text.contains("mine:server_script"), "{text}");

    let json =
        report(&layerhound(elsewhere.path(), &["scan", "-q", "--config", config, "--format", "json", "--max-scan-bytes", "2048", &sample]));
    let scan = &json["content_scan"];
    assert_eq!(scan["max_scan_bytes"], 2048, "the flag wins");
    assert_eq!(scan["max_nested_members"], 7, "the file fills in");
    assert_eq!(scan["scan_timeout_secs"], 30.0);
    assert!(scan["rule_files"].as_array().unwrap().iter().any(|f| f.as_str().unwrap().ends_with("rules/mine.yar")), "{scan}");

    let other = dir.path().join("other.yar");
    let json = report(&layerhound(
        elsewhere.path(),
        &["scan", "-q", "--config", config, "-f", "json", "--rules", other.to_str().unwrap(), &sample],
    ));
    let files: Vec<&str> = json["content_scan"]["rule_files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(
        files.iter().all(|f| !f.ends_with("mine.yar")) && files.iter().any(|f| f.ends_with("other.yar")),
        "--rules replaces: {files:?}"
    );
}

#[test]
fn unknown_keys_and_bad_files_are_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("layerhound.toml"), "[limits]\nmax_entires = 10\n").unwrap();
    let out = layerhound(dir.path(), &["scan", "-q", &sample()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("layerhound.toml") && stderr.contains("max_entires"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing scanned");

    let out = layerhound(dir.path(), &["scan", "-q", "--config", "/nonexistent/case.toml", &sample()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/case.toml"));

    std::fs::write(dir.path().join("layerhound.toml"), "format = [\"pdf\"]\n").unwrap();
    let out = layerhound(dir.path(), &["ls", &sample()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pdf"));

    // Commands that use no config do not read it.
    assert_eq!(layerhound(dir.path(), &["completions", "bash"]).status.code(), Some(0));
}
