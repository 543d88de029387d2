//! Every real third-party tarball in ../shared/fixtures opens as its facts.json says: hashes,
//! formats, tags, configs, layer digests and diff_ids, the merged tree (as `umoci unpack` sees
//! it) and every hidden (deleted / overwritten) file version.

mod common;

use std::collections::BTreeSet;

use layerhound::analysis::Analysis;
use layerhound::entry::EntryKind;
use layerhound::image::ImageError;
use layerhound::layer::NoSink;
use layerhound::limits::Limits;
use layerhound::overlay::State;
use serde_json::Value;

fn facts() -> Vec<Value> {
    let text = std::fs::read_to_string(common::fixtures_dir().join("facts.json")).expect("facts.json");
    serde_json::from_str::<Value>(&text).expect("facts.json parses").as_array().expect("a list").clone()
}

fn fact_str<'v>(value: &'v Value, key: &str) -> &'v str {
    value[key].as_str().unwrap_or_else(|| panic!("facts: {key} missing in {value}"))
}

#[test]
fn every_fixture_matches_its_facts() {
    let facts = facts();
    assert!(facts.len() >= 20, "facts.json lists {} files", facts.len());
    for fact in &facts {
        let file = fact_str(fact, "file");
        let path = common::fixtures_dir().join(file);
        let evidence = common::open(&path);
        assert_eq!(evidence.sha256().to_string(), fact_str(fact, "sha256"), "{file}: sha256 as received");
        assert_eq!(evidence.compression.name(), fact_str(fact, "outer_compression"), "{file}: outer compression");
        let images = fact["images"].as_array().expect("images");
        if images.is_empty() {
            let failed = Analysis::run(&evidence, &Limits::default(), &NoSink)
                .err()
                .unwrap_or_else(|| panic!("{file}: should not open as an image"));
            let message = failed.error.to_string();
            assert!(!message.is_empty(), "{file}: the error names a reason");
            if file.ends_with("null_manifest.tar") {
                assert!(matches!(failed.error, ImageError::Invalid { .. }), "{file}: {message}");
                assert!(message.contains("manifest.json") && message.contains("null"), "{file}: {message}");
            } else {
                assert!(matches!(failed.error, ImageError::NotAnImage), "{file}: {message}");
            }
            continue;
        }
        let analysis = common::analyse(&evidence);
        assert_eq!(analysis.image_count(), images.len(), "{file}: image count");
        for (index, expected) in images.iter().enumerate() {
            check_image(file, index, &analysis, expected);
        }
    }
}

fn check_image(file: &str, index: usize, analysis: &Analysis, expected: &Value) {
    let view = &analysis.view(index).unwrap();
    let what = format!("{file} image {index}");
    let tags: Vec<&str> = expected["tags"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    for tag in &tags {
        assert!(view.image.refs.iter().any(|r| r == tag), "{what}: tag {tag} not in {:?}", view.image.refs);
    }
    if let Some(config_sha) = expected.get("config_sha256").and_then(Value::as_str) {
        assert_eq!(view.image.config_digest.map(|d| d.to_string()), Some(format!("sha256:{config_sha}")), "{what}: config digest");
        assert_eq!(view.image.config_member.as_deref(), Some(fact_str(expected, "config")), "{what}: config member");
    }
    if let Some(history) = expected.get("history").and_then(Value::as_u64) {
        assert_eq!(view.image.config.history.len() as u64, history, "{what}: history entries");
        let empty = view.image.config.history.iter().filter(|h| h.empty_layer).count() as u64;
        assert_eq!(Some(empty), expected["empty_layer_history"].as_u64(), "{what}: empty_layer history entries");
    }
    let layers = expected["layers"].as_array().unwrap();
    assert_eq!(view.layer_reports.len(), layers.len(), "{what}: layer count");
    for (layer, (report, fact)) in view.layer_reports.iter().zip(layers).enumerate() {
        let at = format!("{what} layer {layer}");
        assert_eq!(report.member.as_deref(), Some(fact_str(fact, "path")), "{at}: member");
        if let Some(symlinked) = fact.get("symlinked").and_then(Value::as_bool) {
            assert_eq!(report.via_link, symlinked, "{at}: reached through an in-archive link");
        }
        if let Some(blob) = fact.get("blob_sha256").and_then(Value::as_str) {
            assert_eq!(report.digest.map(|d| d.to_string()), Some(format!("sha256:{blob}")), "{at}: blob digest");
            assert_eq!(report.compression.map(|c| c.name()), Some(fact_str(fact, "compression")), "{at}: compression");
        }
        assert_eq!(report.diff_id.map(|d| d.to_string()), Some(format!("sha256:{}", fact_str(fact, "diff_id"))), "{at}: diff_id");
        if let Some(matches) = fact.get("diff_id_matches_config").and_then(Value::as_bool) {
            assert_eq!(report.verified, matches, "{at}: verified ({:?})", report.error);
        }
        let data = &analysis.layers[view.layer_members[layer].as_ref().unwrap()];
        let count = |kind: EntryKind| data.entries.iter().filter(|e| e.meta.kind == kind).count() as u64;
        assert_eq!(Some(count(EntryKind::Hardlink)), fact["hardlinks"].as_u64(), "{at}: hardlinks");
        assert_eq!(Some(count(EntryKind::Symlink)), fact["symlinks"].as_u64(), "{at}: symlinks");
        let stats = &view.overlay.per_layer[layer];
        assert_eq!(Some(stats.whiteouts as u64), fact["whiteouts"].as_u64(), "{at}: whiteouts");
        assert_eq!(Some(stats.opaque_dirs as u64), fact["opaque"].as_u64(), "{at}: opaque markers");
    }
    if expected.get("all_diff_ids_verified").and_then(Value::as_bool) == Some(true) {
        assert!(view.verified, "{what}: every layer verified: {:?}", view.layer_reports);
    }
    assert_eq!(view.overlay.present().count() as u64, expected["merged_paths"].as_u64().unwrap(), "{what}: merged paths");

    let ours: BTreeSet<(String, usize, &str, Option<usize>)> = view
        .overlay
        .versions()
        .filter(|v| v.state != State::Present && v.meta.kind != EntryKind::Dir)
        .map(|v| (v.path_repr().display(), v.layer, v.state.name(), (v.state == State::Overwritten).then_some(v.by_layer).flatten()))
        .collect();
    let theirs: BTreeSet<(String, usize, &str, Option<usize>)> = expected["hidden_versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let state = fact_str(h, "state");
            (fact_str(h, "path").to_string(), h["layer"].as_u64().unwrap() as usize, state, h["by_layer"].as_u64().map(|l| l as usize))
        })
        .collect();
    assert_eq!(ours, theirs, "{what}: hidden versions");

    let suffix = if index == 0 { String::new() } else { format!(".{index}") };
    let tree_file = common::fixtures_dir().join(format!("{file}.tree{suffix}.tsv"));
    if tree_file.exists() {
        common::assert_same_tree(&common::tree_lines(analysis, index), &common::read_lines(&tree_file), &what);
    }
}

#[test]
fn docker_25_index_without_manifests_falls_back_to_manifest_json() {
    let evidence = common::open(&common::fixtures_dir().join("google-go-containerregistry/hello-world-v25.tar"));
    let analysis = common::analyse(&evidence);
    assert_eq!(analysis.discovery.formats, ["oci-layout", "docker-archive"]);
    assert!(analysis.discovery.anomalies.iter().any(|a| a.kind == "index-empty"));
    assert_eq!(analysis.image_count(), 1);
    assert!(analysis.view(0).unwrap().verified);
}

#[test]
fn estargz_index_after_end_of_archive_is_not_a_file_but_is_hashed() {
    let evidence = common::open(&common::fixtures_dir().join("wagoodman-dive/test-oci-estargz-image.tar"));
    let analysis = common::analyse(&evidence);
    let view = analysis.view(0).unwrap();
    let report = &view.layer_reports[0];
    assert!(report.verified, "the diff_id covers the bytes after end-of-archive");
    assert!(report.trailing_bytes > 0);
    assert!(analysis.view(0).unwrap().overlay.present().all(|v| !v.path.ends_with(b"stargz.index.json")));
}

#[test]
fn docker_v1_layout_opens_with_its_parent_chain_unverified() {
    let evidence = common::open(&common::fixtures_dir().join("google-go-containerregistry/no_manifest.tar"));
    let analysis = common::analyse(&evidence);
    let view = &analysis.view(0).unwrap();
    assert_eq!(view.image.format, "docker-v1");
    assert!(!view.verified, "no diff_ids: nothing to verify against");
    assert!(view.image.anomalies.iter().any(|a| a.kind == "v1-no-diff-ids"));
}

#[test]
fn shared_layers_are_read_once_in_multi_image_archives() {
    let evidence = common::open(&common::fixtures_dir().join("google-go-containerregistry/test_link.tar"));
    let analysis = common::analyse(&evidence);
    let views = common::views(&analysis);
    let members: BTreeSet<&String> = views.iter().flat_map(|v| v.layer_members.iter().flatten()).collect();
    assert_eq!(analysis.layers.len(), members.len());
    assert!(analysis.layers.len() < views.iter().map(|v| v.layer_members.len()).sum::<usize>());
}
