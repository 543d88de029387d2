//! The layer readers hand file bytes to scan workers through a bounded queue: however many
//! workers, however small the queue (every file then spilled to a temp file and scanned alone),
//! and whether a file is scanned in place in a plain layer's blob or from a decompressed copy,
//! the report is the same, byte for byte apart from its timestamps.

mod common;

use std::path::{Path, PathBuf};

use layerhound::limits::Limits;
use layerhound::scan::secrets::DetectorSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;

/// The report of one scan with `workers` threads (readers and scan workers alike) and a queue
/// of `queue_bytes`, timestamps removed.
fn report(path: &Path, workers: usize, queue_bytes: u64) -> Value {
    let rules = RuleSet::compile(&[], true).unwrap();
    let secrets = DetectorSet::compile(&[], true).unwrap();
    let limits = Limits { scan_queue_bytes: queue_bytes, ..Limits::default() };
    let scanner = ContentScanner::new(Engines::new(&rules, Some(&secrets)), &limits);
    let options = ScanOptions { limits, ..ScanOptions::default() };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(workers).build().unwrap();
    let report = pool.install(|| layerhound::scan(&[path.to_path_buf()], &options, &scanner, &mut |_| {}));
    let mut value = serde_json::to_value(report).unwrap();
    for key in ["started_at", "finished_at"] {
        value.as_object_mut().unwrap().remove(key);
    }
    value
}

fn images() -> Vec<PathBuf> {
    vec![
        // gzip layers: files read into the queue's buffers
        common::repo_path("samples/webapp-multi.oci.tar"),
        // plain layers: files scanned in place
        common::repo_path("samples/webapp.docker.tar"),
        common::fixtures_dir().join("aquasecurity-trivy/alpine-310.tar.gz"),
        common::fixtures_dir().join("google-go-containerregistry/test_bundle.tar"),
    ]
}

#[test]
fn any_number_of_workers_and_any_queue_give_the_same_report() {
    for path in images() {
        let serial = report(&path, 1, 64);
        assert!(serial["summary"]["file_versions"].as_u64().unwrap() > 0, "{}: nothing read", path.display());
        for (workers, queue_bytes) in [(1, Limits::default().scan_queue_bytes), (3, 64), (4, Limits::default().scan_queue_bytes)] {
            let other = report(&path, workers, queue_bytes);
            assert!(other == serial, "{}: {workers} workers, a queue of {queue_bytes} bytes: the report differs", path.display());
        }
    }
}

/// (detector, path, state, layer, offset) of every finding location of the image tagged `tag`.
fn locations(report: &Value, tag: &str) -> Vec<String> {
    let images = report["inputs"][0]["images"].as_array().unwrap();
    let image = images.iter().find(|image| image["refs"].as_array().unwrap().iter().any(|r| r.as_str().unwrap().contains(tag))).unwrap();
    let mut all = Vec::new();
    for finding in image["findings"].as_array().unwrap() {
        for location in finding["locations"].as_array().unwrap() {
            let at = [&location["path"], &location["state"], &location["layer"], &location["offset"], &location["file_sha256"]];
            all.push(format!("{} {at:?}", finding["detector"]));
        }
    }
    all.sort();
    all
}

#[test]
fn files_scanned_in_place_find_what_decompressed_copies_find() {
    let queue = Limits::default().scan_queue_bytes;
    // The same image as a docker-archive of plain layers and in an OCI archive of gzip layers.
    let in_place = locations(&report(&common::repo_path("samples/webapp.docker.tar"), 2, queue), "1.0");
    let decompressed = locations(&report(&common::repo_path("samples/webapp-multi.oci.tar"), 2, queue), "webapp-1.0");
    assert!(in_place.len() >= 5, "{in_place:#?}");
    assert_eq!(in_place, decompressed);
}
