//! Ctrl-C during a scan: the report of what was finished is still written (atomically),
//! marked interrupted and incomplete, and the temp copy of a compressed input is removed.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::build::{gzip, oci_archive, write_temp};
use serde_json::Value;

/// A layer of `members` × 64 MiB of zeros in one file, as a multi-member gzip stream that
/// costs one 64 MiB compression to build.
fn slow_layer(members: u64) -> Vec<u8> {
    let chunk = 64u64 << 20;
    let mut header = tar::Header::new_gnu();
    header.set_path("zeros").unwrap();
    header.set_size(chunk * members);
    header.set_mode(0o644);
    header.set_cksum();
    let zeros = gzip(&vec![0u8; chunk as usize]);
    let mut layer = gzip(header.as_bytes());
    for _ in 0..members {
        layer.extend(&zeros);
    }
    layer.extend(gzip(&[0u8; 1024]));
    layer
}

#[test]
fn ctrl_c_writes_an_interrupted_report_and_cleans_up() {
    let work = tempfile::tempdir().unwrap();
    let image = oci_archive(&[(slow_layer(96), b"the diff_id does not matter here".to_vec())]);
    let mut wrapped = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    wrapped.write_all(&image).unwrap();
    let input = write_temp(&work, "slow.tar.gz", &wrapped.finish().unwrap());
    let tmp = work.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let report = work.path().join("report.json");

    let child = Command::new(env!("CARGO_BIN_EXE_layerhound"))
        .args(["scan", input.to_str().unwrap(), "-o", report.to_str().unwrap(), "--tmpdir", tmp.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the outer file is decompressed (the temp copy exists and stops growing), so
    // the interrupt lands in the long layer read; a busy machine may still be slower.
    let started = Instant::now();
    let copy_size = || std::fs::read_dir(&tmp).unwrap().filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).next();
    let mut last = None;
    while started.elapsed() < Duration::from_secs(20) {
        let now = copy_size();
        if now.is_some() && now == last {
            break;
        }
        last = now;
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(200));
    let kill = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));

    let report: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(report["interrupted"], true);
    assert_eq!(report["complete"], false);
    // Wherever the interrupt landed (normally the layer read), the report says what it cut.
    let input = &report["inputs"][0];
    let said = [&input["errors"][0], &input["images"][0]["layers"][0]["error"]];
    assert!(said.iter().any(|s| s.as_str().is_some_and(|s| s.contains("interrupted"))), "{input}");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "the decompressed copy is removed");
    let leftovers: Vec<_> = std::fs::read_dir(work.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 3, "input, tmp dir and report only (no half-written report file): {leftovers:?}");
}
