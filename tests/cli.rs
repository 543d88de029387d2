//! The binary as an analyst uses it, on the bundled samples and the shared fixtures: exit
//! codes, the report file, `ls`, `cat` of deleted and overwritten versions, `history`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn layerhound(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const MULTI: &str = "samples/webapp-multi.oci.tar";

#[test]
fn scan_of_the_samples_writes_a_complete_verified_report_with_the_planted_findings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let run = layerhound(&["scan", "samples/", "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1), "complete, with findings: {}", stderr(&run));
    let told = stderr(&run);
    assert!(
        told.contains("    critical layerhound:reverse_shell_dev_tcp /etc/cron.d/backup (layer 4, present, confidence high)\n"),
        "{told}"
    );
    // The planted credentials, redacted, with layer and state: the AWS documentation key in the
    // deleted .env (confidence low: a published example). None is shown whole.
    assert!(told.contains("    low secrets:aws-access-key-id AKIAI…[20 chars] /app/.env (layer 1, deleted, confidence low)\n"), "{told}");
    assert!(!told.contains("wJalrXUtnFEMI") && !told.contains("ghp_FAKEexample"), "secrets are redacted on the terminal: {told}");
    let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(report["complete"], true);
    assert_eq!(report["schema_version"], layerhound::report::SCHEMA_VERSION);
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3, "three tarballs; README and script skipped");
    assert_eq!(report["skipped"].as_array().unwrap().len(), 2);
    let multi = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("webapp-multi.oci.tar")).unwrap();
    let images = multi["images"].as_array().unwrap();
    assert_eq!(images.len(), 2);
    for image in images {
        assert_eq!(image["verified"], true);
        let hidden = image["hidden_versions"].as_array().unwrap();
        let env = hidden.iter().find(|h| h["path"] == "/app/.env").expect("the deleted .env is kept");
        assert_eq!((env["state"].as_str(), env["layer"].as_u64(), env["by_layer"].as_u64()), (Some("deleted"), Some(1), Some(2)));
        assert_eq!(env["hidden_by"]["cause"], "whiteout");
        // The `app:app` database password is too short to redact from the config it repeats.
        assert!(image["config"]["entrypoint"][2].as_str().unwrap().ends_with("exec /app/server.sh \"$@\""), "{}", image["config"]);
        for layer in image["layers"].as_array().unwrap() {
            assert_eq!(layer["compression"], "gzip");
            assert_eq!(layer["digest"], layer["expected_digest"]);
            assert_eq!(layer["diff_id"], layer["expected_diff_id"]);
        }
    }
    let rules_at = |image: &Value| -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = image["findings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| {
                f["locations"].as_array().unwrap().iter().map(move |l| {
                    let place = l["path"].as_str().or(l["field"].as_str()).unwrap();
                    (f["detector"]["rule"].as_str().unwrap().to_string(), place.to_string())
                })
            })
            .collect();
        found.sort();
        found
    };
    let miner: Vec<(String, String)> = [
        ("aws-access-key-id", "/app/.env"),
        ("aws-secret-access-key", "/app/.env"),
        ("config_build_step_pipes_download_to_shell", "history[4].created_by"),
        ("config_fetch_from_bare_ip", "history[4].created_by"),
        ("config_start_runs_hidden_path", "config.entrypoint"),
        ("config_starts_miner", "config.entrypoint"),
        ("config_starts_miner", "history[9].created_by"),
        ("database-url-password", "/app/.env"),
        ("github-token", "config.env[1]"),
        ("github-token", "history[5].created_by"),
        // start.sh fetches xmrig from a bare IP and runs it.
        ("malware_download_exec_bare_ip", "/opt/.cache/xmrig/start.sh"),
        ("miner_monero_wallet", "/opt/.cache/xmrig/config.json"),
        ("mining-pool", "/opt/.cache/xmrig/config.json"),
        ("miner_xmrig_config", "/opt/.cache/xmrig/config.json"),
    ]
    .iter()
    .map(|(rule, place)| (rule.to_string(), place.to_string()))
    .collect();
    let miner = {
        let mut sorted = miner;
        sorted.sort();
        sorted
    };
    assert_eq!(rules_at(&images[0]), miner);
    let mut debug = miner.clone();
    debug.extend([
        ("persistence_authorized_key_in_image".to_string(), "/root/.ssh/authorized_keys".to_string()),
        // the build step that appended the key (issue 22's round-4 rule)
        ("persistence_authorized_keys_append".to_string(), "history[11].created_by".to_string()),
        ("persistence_cron_network".to_string(), "/etc/cron.d/backup".to_string()),
        ("reverse_shell_dev_tcp".to_string(), "/etc/cron.d/backup".to_string()),
        ("reverse_shell_netcat_exec".to_string(), "/usr/local/bin/debug-shell".to_string()),
        ("setuid-program".to_string(), "/usr/local/bin/debug-shell".to_string()),
    ]);
    debug.sort();
    assert_eq!(rules_at(&images[1]), debug);
    let gz = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with(".tar.gz")).unwrap();
    assert_eq!(gz["compression"], "gzip");
    let plain = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("webapp.docker.tar")).unwrap();
    assert_eq!(gz["tar_sha256"], plain["sha256"], "gzip of the same tar: the inner hash matches the plain file");
    assert_eq!(gz["images"][0]["refs"][0], "docker.io/library/webapp:1.0");
}

#[test]
fn ls_all_versions_shows_hidden_versions_with_layer_and_state() {
    let run = layerhound(&["ls", "--all-versions", MULTI, "--image", "webapp-debug"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = stdout(&run);
    assert!(text.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["deleted", "1", "/app/.env"]), "{text}");
    assert!(text.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["overwritten", "1", "/app/server.sh"]), "{text}");
    assert!(text.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["present", "4", "/etc/cron.d/backup"]), "{text}");

    let removed = stdout(&layerhound(&["ls", MULTI, "--layer", "2"]));
    assert!(removed.contains("removes       2 /app/.env (the version of layer 1, by a whiteout)"), "{removed}");

    let first = layerhound(&["ls", MULTI]);
    assert!(stderr(&first).contains("2 images"), "the choice of image is said: {}", stderr(&first));
    assert!(!stdout(&first).contains("/etc/cron.d/backup"), "image 0 (webapp-1.0) has no cron backdoor");
}

#[test]
fn ls_json_gives_one_record_per_version_with_provenance() {
    let run = layerhound(&["ls", "--json", "--layer", "1", MULTI, "--image", "webapp-1.0"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let records: Vec<Value> = stdout(&run).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!records.is_empty());
    assert!(records.iter().all(|r| r["layer"] == 1 && r["diff_id"].as_str().unwrap().starts_with("sha256:")));
    assert!(records.iter().all(|r| r["image"] == 0 && r["refs"][0] == "webapp-1.0"));
    let env = records.iter().find(|r| r["path"] == "/app/.env").unwrap();
    assert_eq!((env["kind"].as_str(), env["state"].as_str(), env["mode"].as_str()), (Some("file"), Some("deleted"), Some("0600")));
    assert_eq!(env["sha256"].as_str().unwrap().len(), 64);
    // The report's record of a hidden version says what hid it the same way.
    assert_eq!(env["hidden_by"], serde_json::json!({"layer": 2, "cause": "whiteout"}));
    assert!(records.iter().filter(|r| r["kind"] == "dir").all(|r| r.get("sha256").is_none()), "absent, as in the report");
}

#[test]
fn cat_reads_deleted_and_overwritten_versions() {
    let deleted = layerhound(&["cat", MULTI, "/app/.env"]);
    assert_eq!(deleted.status.code(), Some(0), "{}", stderr(&deleted));
    assert!(stdout(&deleted).contains("AKIAIOSFODNN7EXAMPLE"));
    assert!(stderr(&deleted).contains("deleted"), "the state is said: {}", stderr(&deleted));

    let old = layerhound(&["cat", MULTI, "app/server.sh", "--layer", "1"]);
    let new = layerhound(&["cat", MULTI, "/app/server.sh"]);
    assert!(stdout(&old).contains(".env"), "version 1 sourced .env: {}", stdout(&old));
    assert_ne!(stdout(&old), stdout(&new));

    let missing = layerhound(&["cat", MULTI, "/no/such/file"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/no/such/file"), "{}", stderr(&missing));
}

#[test]
fn cat_of_a_hardlink_gives_its_target_content() {
    let dir = common::fixtures_dir();
    let tarball = dir.join("wagoodman-dive/test-docker-image.tar");
    let tarball = tarball.to_str().unwrap();
    let busybox = layerhound(&["cat", tarball, "/bin/busybox"]);
    let link = layerhound(&["cat", tarball, "/bin/ls"]);
    assert_eq!(link.status.code(), Some(0), "{}", stderr(&link));
    assert_eq!(busybox.stdout.len(), 1_075_464);
    assert_eq!(link.stdout, busybox.stdout);
}

#[test]
fn history_reads_like_a_dockerfile_for_every_image() {
    let run = layerhound(&["history", MULTI]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = stdout(&run);
    assert_eq!(text.matches("# image: ").count(), 2);
    assert!(text.contains("RUN rm -f /app/.env"), "{text}");
    assert!(text.contains("ENV GITHUB_TOKEN="), "{text}");
    assert!(text.contains("# layer 4: sha256:"), "{text}");
}

#[test]
fn exit_code_two_and_a_report_when_an_input_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let broken = common::fixtures_dir().join("google-go-containerregistry/null_manifest.tar");
    let run =
        layerhound(&["scan", broken.to_str().unwrap(), "samples/webapp.docker.tar", "/definitely/missing", "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(report["complete"], false);
    assert_eq!(report["inputs"].as_array().unwrap().len(), 2, "the good input is still scanned");
    assert!(report["inputs"][0]["errors"][0].as_str().unwrap().contains("null"));
    assert!(report["errors"][0].as_str().unwrap().contains("/definitely/missing"));
    assert!(stderr(&run).contains("null_manifest.tar"), "{}", stderr(&run));
}

#[test]
fn help_documents_exit_codes() {
    let run = layerhound(&["scan", "--help"]);
    assert!(stdout(&run).contains("Exit codes: 0"), "{}", stdout(&run));
    assert!(Path::new(env!("CARGO_BIN_EXE_layerhound")).exists());
}

#[test]
fn cat_follows_symlinks_of_the_final_filesystem_inside_the_root() {
    let through_link = layerhound(&["cat", "samples/webapp.docker.tar", "/usr/bin/env"]);
    let target = layerhound(&["cat", "samples/webapp.docker.tar", "/bin/busybox"]);
    assert_eq!(through_link.status.code(), Some(0), "{}", stderr(&through_link));
    assert!(stderr(&through_link).contains("/usr/bin/env leads to /bin/busybox"), "{}", stderr(&through_link));
    assert_eq!(through_link.stdout, target.stdout);
    assert!(target.stdout.starts_with(b"\x7fELF"));
}

#[test]
fn rules_lists_the_pack_and_a_broken_rule_file_stops_the_scan_naming_file_and_line() {
    let run = layerhound(&["rules"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let listed = stdout(&run);
    assert!(listed.lines().any(|l| l.starts_with("layerhound:reverse_shell_dev_tcp\tcritical\treverse-shell\t")), "{listed}");

    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.yar");
    std::fs::write(&broken, "rule broken {\n  condition: $nope\n}\n").unwrap();
    let run = layerhound(&["scan", "samples/webapp.docker.tar", "--rules", broken.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let message = stderr(&run);
    assert!(message.contains("broken.yar:2:"), "{message}");
    assert!(!message.contains("scanning samples"), "nothing is scanned with rules that do not compile: {message}");
}
