//! Images handed over as directories: an OCI layout (what `skopeo copy … oci:DIR` and `buildah
//! push … oci:DIR` write) and an unpacked `docker save`. Each is one input, read like the tarball
//! it was unpacked from; a directory that merely holds a web app's manifest.json is walked.

mod common;

use std::path::Path;

use serde_json::Value;

fn unpack(tarball: &str, into: &Path) {
    let file = std::fs::File::open(common::repo_path(tarball)).unwrap();
    tar::Archive::new(file).unpack(into).unwrap();
}

/// Per image: (refs, filesystem summary, findings) of the one input at `path` in `report`.
fn images<'r>(report: &'r Value, path: &Path) -> Vec<(&'r Value, &'r Value, &'r Value)> {
    let input = report["inputs"].as_array().unwrap().iter().find(|input| input["path"] == path.display().to_string()).unwrap();
    input["images"].as_array().unwrap().iter().map(|image| (&image["refs"], &image["filesystem"], &image["findings"])).collect()
}

#[test]
fn layout_and_docker_save_directories_read_like_their_tarballs() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    let (oci, docker) = (evidence.join("webapp-layout"), evidence.join("webapp-save"));
    unpack("samples/webapp-multi.oci.tar", &oci);
    unpack("samples/webapp.docker.tar", &docker);
    // A project directory with a web manifest is no image: its files are walked and skipped.
    let web = evidence.join("site");
    std::fs::create_dir_all(&web).unwrap();
    std::fs::write(web.join("manifest.json"), r#"{"name": "site", "icons": []}"#).unwrap();
    std::fs::write(web.join("index.html"), "<html></html>").unwrap();

    let report = common::scan_with_builtin_packs(
        &[evidence.clone(), common::repo_path("samples/webapp-multi.oci.tar"), common::repo_path("samples/webapp.docker.tar")],
        dir.path(),
    );
    assert_eq!(report["complete"], true, "{:#}", report["errors"]);
    let paths: Vec<&str> = report["inputs"].as_array().unwrap().iter().map(|input| input["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 4, "two directories and two tarballs: {paths:?}");
    let skipped: Vec<&str> = report["skipped"].as_array().unwrap().iter().map(|s| s["path"].as_str().unwrap()).collect();
    assert!(skipped.iter().any(|path| path.ends_with("site/manifest.json")), "{skipped:?}");

    for (directory, tarball) in [(&oci, "samples/webapp-multi.oci.tar"), (&docker, "samples/webapp.docker.tar")] {
        let from_directory = images(&report, directory);
        assert!(!from_directory.is_empty(), "{}: no image", directory.display());
        assert_eq!(from_directory, images(&report, &common::repo_path(tarball)), "{} against {tarball}", directory.display());
        let input = report["inputs"].as_array().unwrap().iter().find(|i| i["path"] == directory.display().to_string()).unwrap();
        assert!(input["anomalies"].as_array().unwrap().iter().any(|a| a["kind"] == "directory-input"), "{input:#}");
    }
}

#[test]
fn the_same_files_give_the_same_directory_hash_wherever_they_lie() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    unpack("samples/webapp.docker.tar", &first);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    unpack("samples/webapp.docker.tar", &second);
    let limits = layerhound::limits::Limits::default();
    let hash = |path: &Path| layerhound::input::open(path, Some(dir.path()), &limits).unwrap().sha256().to_string();
    assert_eq!(hash(&first), hash(&second));
    std::fs::write(second.join("repositories"), "{}").unwrap();
    assert_ne!(hash(&first), hash(&second), "a changed file changes the hash");
}

#[test]
fn a_directory_too_deep_or_too_full_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let layout = dir.path().join("layout");
    std::fs::create_dir_all(&layout).unwrap();
    std::fs::write(layout.join("oci-layout"), r#"{"imageLayoutVersion": "1.0.0"}"#).unwrap();
    std::fs::write(layout.join("index.json"), r#"{"schemaVersion": 2, "manifests": []}"#).unwrap();
    let deep = (0..70).fold(layout.join("blobs"), |path, level| path.join(format!("d{level}")));
    std::fs::create_dir_all(&deep).unwrap();
    let limits = layerhound::limits::Limits::default();
    let err = layerhound::input::open(&layout, Some(dir.path()), &limits).unwrap_err().to_string();
    assert!(err.contains("nested deeper than") && err.contains("layout/blobs/d0"), "{err}");

    let save = dir.path().join("save");
    unpack("samples/webapp.docker.tar", &save);
    let few = layerhound::limits::Limits { max_entries: 5, ..layerhound::limits::Limits::default() };
    let err = layerhound::input::open(&save, Some(dir.path()), &few).unwrap_err().to_string();
    assert!(err.contains("--max-entries") && err.contains("save"), "{err}");
}
