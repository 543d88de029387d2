//! Whole estates: outer archives in every compression `docker save | …` pipelines make, named
//! paths that are not images, directories of good, corrupt and other files scanned with inputs
//! in parallel and shared layers read once.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn layerhound(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `scan ARGS -o DIR/NAME` and returns the exit code, the report and stderr.
fn scan(dir: &Path, name: &str, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = dir.join(name);
    let mut all = vec!["scan"];
    all.extend_from_slice(args);
    all.extend(["-o", out.to_str().unwrap()]);
    let run = layerhound(&all);
    let report = serde_json::from_slice(&std::fs::read(&out).unwrap_or_else(|err| panic!("no report ({err}): {}", stderr(&run))))
        .expect("the report is JSON");
    (run.status.code(), report, stderr(&run))
}

/// `tool -c < input > output`, as `docker save | xz > image.tar.xz` makes it.
fn compress_with(tool: &str, input: &Path, output: &Path) {
    let status = Command::new(tool)
        .arg("-c")
        .stdin(std::fs::File::open(input).unwrap())
        .stdout(std::fs::File::create(output).unwrap())
        .stderr(Stdio::inherit())
        .status()
        .unwrap_or_else(|err| panic!("{tool} runs (apt-get install -y xz-utils bzip2): {err}"));
    assert!(status.success(), "{tool} failed");
}

/// (rule, path, state) of every finding location of the first image, sorted.
fn findings_of(input: &Value) -> Vec<(String, String, String)> {
    let mut found: Vec<(String, String, String)> = input["images"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["locations"].as_array().unwrap().iter().map(move |l| {
                let place = l["path"].as_str().or(l["field"].as_str()).unwrap_or("?").to_string();
                (f["detector"]["rule"].as_str().unwrap().to_string(), place, l["state"].as_str().unwrap().to_string())
            })
        })
        .collect();
    found.sort();
    found
}

#[test]
fn docker_save_piped_through_xz_or_bzip2_scans_like_the_plain_tar() {
    let dir = tempfile::tempdir().unwrap();
    let plain = common::repo_path("samples/webapp.docker.tar");
    let xz = dir.path().join("webapp.docker.tar.xz");
    let bz2 = dir.path().join("webapp.docker.tar.bz2");
    compress_with("xz", &plain, &xz);
    compress_with("bzip2", &plain, &bz2);
    let (code, report, told) = scan(dir.path(), "report.json", &[plain.to_str().unwrap(), xz.to_str().unwrap(), bz2.to_str().unwrap()]);
    assert_eq!(code, Some(1), "complete, with the planted findings: {told}");
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3);
    let plain_input = inputs.iter().find(|i| i["compression"] == "none").unwrap();
    let expected = findings_of(plain_input);
    assert!(expected.iter().any(|(rule, _, _)| rule.contains("xmrig")), "{expected:?}");
    for (compression, path) in [("xz", &xz), ("bzip2", &bz2)] {
        let input = inputs.iter().find(|i| i["compression"] == compression).unwrap_or_else(|| panic!("{compression}: {report}"));
        assert_eq!(input["sha256"], common::build::sha(&std::fs::read(path).unwrap()));
        assert_eq!(input["tar_sha256"], plain_input["sha256"], "{compression}: the decompressed tar is the plain file");
        assert_eq!(input["images"][0]["verified"], true);
        assert_eq!(findings_of(input), expected, "{compression}");
    }
}

#[test]
fn an_xz_or_bzip2_outer_archive_is_bounded_like_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let plain = common::repo_path("samples/webapp.docker.tar");
    let plain_size = std::fs::metadata(&plain).unwrap().len();
    for (tool, name) in [("xz", "cut.tar.xz"), ("bzip2", "cut.tar.bz2")] {
        let packed = dir.path().join(name);
        compress_with(tool, &plain, &packed);
        let cap = (plain_size / 2).to_string();
        let (code, report, _) = scan(dir.path(), "report.json", &["--max-tar-bytes", &cap, packed.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{tool}: a cut outer archive is an error");
        assert_eq!(report["complete"], false);
        let errors = report["inputs"][0]["errors"].to_string();
        assert!(errors.contains(&format!("limit of {cap} bytes")), "{tool}: {errors}");
    }
}
