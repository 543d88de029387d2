//! Shared by the integration tests: where the real fixtures are, and opening an image tarball
//! through the same library calls the CLI makes.
#![allow(dead_code)]

pub mod build;

use std::path::{Path, PathBuf};

use layerhound::analysis::{Analysis, ImageView};
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
    let entries: Vec<Option<&[layer::Entry]>> = read.iter().map(|d| Some(d.entries.as_slice())).collect();
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
