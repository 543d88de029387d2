//! Shared by the integration tests: where the real fixtures are, and opening an image tarball
//! through the same library calls the CLI makes.
#![allow(dead_code)]

pub mod build;
pub mod store;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use layerhound::analysis::{Analysis, ImageView};
use layerhound::entry_table::EntryTable;
use layerhound::input::{self, Evidence};
use layerhound::layer::{self, LayerData, NoSink};
use layerhound::limits::Limits;
use layerhound::overlay::{self, Overlay};

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures")
}

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn open(path: &Path) -> Evidence {
    input::open(path, None, &Limits::default()).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

pub fn analyse(evidence: &Evidence) -> Analysis<'_> {
    Analysis::run(evidence, &Limits::default(), &NoSink).unwrap_or_else(|failed| panic!("{}: {}", evidence.path.display(), failed.error))
}

/// The merged filesystem of layer tars stacked in order; every layer must read cleanly.
pub fn stack(layers: &[Vec<u8>]) -> Overlay {
    let read: Vec<LayerData> = layers.iter().map(|bytes| layer::read("layer", bytes, &Limits::default(), &NoSink)).collect();
    for data in &read {
        assert!(data.error.is_none(), "{:?}", data.error);
    }
    let entries: Vec<Option<&EntryTable>> = read.iter().map(|d| Some(&d.entries)).collect();
    overlay::build(&entries, Limits::default().max_link_hops)
}

/// Every image's view (filesystem built), in archive order.
pub fn views(analysis: &Analysis) -> Vec<ImageView> {
    (0..analysis.image_count()).filter_map(|index| analysis.view(index)).collect()
}

/// The merged tree of image `index` in the umoci tree format, one line per path.
pub fn tree_lines(analysis: &Analysis, index: usize) -> Vec<String> {
    analysis.view(index).expect("image").overlay.present().map(|v| v.tree_line()).collect()
}

pub fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display())).lines().map(String::from).collect()
}

/// Asserts two trees are equal, showing the first lines that differ.
pub fn assert_same_tree(ours: &[String], expected: &[String], what: &str) {
    if ours == expected {
        return;
    }
    let only_ours: Vec<&String> = ours.iter().filter(|l| !expected.contains(l)).take(10).collect();
    let only_expected: Vec<&String> = expected.iter().filter(|l| !ours.contains(l)).take(10).collect();
    panic!(
        "{what}: trees differ ({} vs {} lines)\nonly in layerhound:\n{}\nonly in the reference:\n{}",
        ours.len(),
        expected.len(),
        only_ours.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
        only_expected.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
    );
}

/// An image tests/benign/ built from real packages: where it is, the packages' list
/// (`packages.tsv`), their file count, and the planted (detector, path) pairs (`planted.tsv`).
pub struct BenignImage {
    pub dir: tempfile::TempDir,
    pub packages: String,
    pub package_files: u64,
    pub planted: std::collections::BTreeSet<(String, String)>,
}

/// Runs `script` (under tests/benign/), or None when LAYERHOUND_OFFLINE=1 says the package
/// registries are out of reach. A failed download or build fails the test with its output.
pub fn benign_image(script: &str) -> Option<BenignImage> {
    if std::env::var("LAYERHOUND_OFFLINE").as_deref() == Ok("1") {
        eprintln!("skipped: LAYERHOUND_OFFLINE=1 (this test downloads Debian, PyPI and npm packages)");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let script = repo_path(script);
    let run = std::process::Command::new("bash").arg(&script).arg(dir.path()).output().expect("bash runs");
    assert!(
        run.status.success(),
        "{} failed ({}): it downloads packages with apt-get download, pip download and npm pack, and \
         builds the image with umoci; on a machine that cannot reach the registries set \
         LAYERHOUND_OFFLINE=1 to skip this test.\nstdout:\n{}\nstderr:\n{}",
        script.display(),
        run.status,
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    eprint!("{}", String::from_utf8_lossy(&run.stdout));
    let packages = std::fs::read_to_string(dir.path().join("packages.tsv")).expect("packages.tsv");
    let package_files = packages.lines().filter_map(|l| l.split('\t').nth(3)?.parse::<u64>().ok()).sum();
    let planted = std::fs::read_to_string(dir.path().join("planted.tsv"))
        .expect("planted.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(detector, path)| (detector.to_string(), path.to_string()))
        .collect();
    Some(BenignImage { dir, packages, package_files, planted })
}

/// Where a report location points, as one string: the path or config field, then each nested
/// archive member after `!/` (`/opt/app.jar!/config.properties`).
pub fn place(location: &serde_json::Value) -> String {
    let mut place = location["path"].as_str().or(location["field"].as_str()).expect("a location has a path or a field").to_string();
    for member in location["nested"].as_array().into_iter().flatten() {
        place.push_str("!/");
        place.push_str(member.as_str().expect("nested members are strings"));
    }
    place
}

/// A scan of `inputs` with every built-in pack (rules, detectors, indicators, image checks), as
/// the report's JSON; temp files under `tmpdir`.
pub fn scan_with_builtin_packs(inputs: &[PathBuf], tmpdir: &Path) -> serde_json::Value {
    scan_with_packs(inputs, tmpdir, false)
}

/// The same, with every image's `files` inventory.
pub fn scan_with_inventory(inputs: &[PathBuf], tmpdir: &Path) -> serde_json::Value {
    scan_with_packs(inputs, tmpdir, true)
}

fn scan_with_packs(inputs: &[PathBuf], tmpdir: &Path, inventory: bool) -> serde_json::Value {
    use layerhound::scan::{
        ioc::IocSet, keywords::KeywordPass, meta::MetaChecks, secrets::DetectorSet, yara::RuleSet, ContentScanner, Engines,
    };
    let rules = RuleSet::compile(&[], true).unwrap();
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let iocs = IocSet::compile(&[], true).unwrap();
    let keywords = KeywordPass::new(Some(&detectors), &iocs).unwrap();
    let meta = MetaChecks::builtin().unwrap();
    let limits = Limits::default();
    let engines = Engines { meta: Some(&meta), ioc: Some(&iocs), keywords: Some(&keywords), ..Engines::new(&rules, Some(&detectors)) };
    let scanner = ContentScanner::new(engines, &limits);
    let options = layerhound::ScanOptions {
        limits: Limits { spill_dir: Some(tmpdir.to_path_buf()), ..limits },
        inventory,
        ..layerhound::ScanOptions::default()
    };
    serde_json::to_value(layerhound::scan(inputs, &options, &scanner, &mut |_| {})).unwrap()
}

/// (detector, path or config field, layer, state) of one finding's location.
pub type Sighting = (String, String, Option<u64>, String);

/// Every finding of every image, by the image's first reference: its severity and sightings.
pub fn findings(report: &serde_json::Value) -> BTreeMap<String, Vec<(String, Vec<Sighting>)>> {
    let mut out = BTreeMap::new();
    for input in report["inputs"].as_array().unwrap() {
        for image in input["images"].as_array().unwrap() {
            let name = format!("{}:{}", input["path"].as_str().unwrap().rsplit('/').next().unwrap(), image["refs"][0].as_str().unwrap());
            let list: &mut Vec<_> = out.entry(name).or_default();
            for finding in image["findings"].as_array().unwrap() {
                let detector =
                    format!("{}:{}", finding["detector"]["namespace"].as_str().unwrap(), finding["detector"]["rule"].as_str().unwrap());
                let sightings = finding["locations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|at| {
                        let place = at["path"].as_str().or(at["field"].as_str()).unwrap().to_string();
                        (detector.clone(), place, at["layer"].as_u64(), at["state"].as_str().unwrap().to_string())
                    })
                    .collect();
                list.push((finding["severity"].as_str().unwrap().to_string(), sightings));
            }
        }
    }
    out
}

/// Each expected (detector, place, layer, state) is a sighting of exactly one of `image`'s findings.
pub fn assert_each_found_once(image: &str, found: &[(String, Vec<Sighting>)], expected: &[(&str, &str, Option<u64>, &str)]) {
    for (detector, place, layer, state) in expected {
        let wanted: Sighting = (detector.to_string(), place.to_string(), *layer, state.to_string());
        let holding = found.iter().filter(|(_, sightings)| sightings.contains(&wanted)).count();
        assert_eq!(holding, 1, "{image}: {wanted:?} in exactly one finding; findings: {found:#?}");
    }
}
