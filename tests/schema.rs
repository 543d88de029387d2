//! The report schema (`docs/report.schema.json`) against real reports: every report the
//! library produces must validate, and the schema must reject reports that break its rules.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let path = manifest_dir().join("docs/report.schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("parsing {}: {err}", path.display()))
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema is a valid draft 2020-12 schema")
}

fn scan(paths: &[PathBuf]) -> Value {
    let options = layerhound::ScanOptions::default();
    let rules = layerhound::scan::yara::RuleSet::compile(&[], true).expect("the built-in rules compile");
    let detectors = layerhound::scan::secrets::DetectorSet::compile(&[], true).expect("the built-in detectors compile");
    let meta = layerhound::scan::meta::MetaChecks::builtin().expect("the built-in lists parse");
    let iocs = layerhound::scan::ioc::IocSet::compile(&[], true).expect("the built-in indicator lists compile");
    let engines =
        layerhound::scan::Engines { meta: Some(&meta), ioc: Some(&iocs), ..layerhound::scan::Engines::new(&rules, Some(&detectors)) };
    let scanner = layerhound::scan::ContentScanner::new(engines, &options.limits);
    let report = layerhound::scan(paths, &options, &scanner, &mut |_| {});
    serde_json::to_value(&report).expect("the report serialises")
}

/// A report over the shared fixtures and the repository's samples.
fn fixtures_report() -> Value {
    let fixtures = manifest_dir().join("../shared/fixtures");
    let samples = manifest_dir().join("samples");
    for dir in [&fixtures, &samples] {
        assert!(dir.is_dir(), "{} is missing", dir.display());
    }
    scan(&[fixtures, samples])
}

/// Every schema error, one line each, with where in the report it is.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|err| format!("at {:?}: {err} (schema: {})", err.instance_path().to_string(), err.schema_path()))
        .collect()
}

fn assert_valid(validator: &jsonschema::Validator, report: &Value) {
    let errors = schema_errors(validator, report);
    assert!(errors.is_empty(), "the report does not match docs/report.schema.json ({} errors):\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn schema_version_matches_the_code() {
    assert_eq!(
        schema()["properties"]["schema_version"]["const"],
        layerhound::report::SCHEMA_VERSION,
        "bump the schema's schema_version const together with SCHEMA_VERSION"
    );
}

#[test]
fn fixture_reports_match_the_schema() {
    let report = fixtures_report();
    // The report must exercise the schema, not just pass it empty.
    let images: Vec<&Value> =
        report["inputs"].as_array().expect("inputs").iter().flat_map(|input| input["images"].as_array().expect("images")).collect();
    assert!(!images.is_empty(), "no images scanned");
    assert!(images.iter().any(|image| !image["hidden_versions"].as_array().unwrap().is_empty()), "no hidden versions in the fixtures");
    assert_valid(&validator(), &report);
}

/// Inputs the fixtures do not cover: a path that does not exist, an evidence file that cannot be
/// decompressed, and an image whose paths are not UTF-8 (serialised as `{"text", "hex"}`).
#[test]
fn edge_case_reports_match_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    // A gzip header followed by bytes that are no deflate stream.
    let corrupt = dir.path().join("corrupt.tar.gz");
    let mut bytes = vec![0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff];
    bytes.extend(std::iter::repeat_n(0xee, 600));
    std::fs::write(&corrupt, bytes).unwrap();
    let image = dir.path().join("non-utf8.tar");
    std::fs::write(&image, non_utf8_image()).unwrap();

    let missing = dir.path().join("no-such-file.tar");

    let report = scan(&[missing, corrupt, image]);
    assert!(!report["errors"].as_array().unwrap().is_empty(), "the missing path should be a report error: {:#}", report["errors"]);
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2, "{report:#}");
    assert!(!inputs[0]["errors"].as_array().unwrap().is_empty(), "the corrupt gzip should be an input with errors: {:#}", inputs[0]);
    let hidden = &inputs[1]["images"][0]["hidden_versions"];
    assert!(
        hidden.as_array().is_some_and(|versions| versions.iter().any(|v| v["path"]["hex"].is_string())),
        "expected a hidden version with a non-UTF-8 path: {hidden:#}"
    );
    assert_valid(&validator(), &report);
}

/// A docker-archive image: layer 0 writes a file whose name is not UTF-8, layer 1 whites it out.
fn non_utf8_image() -> Vec<u8> {
    let name: &[u8] = b"bad-\xff-name";
    let mut whiteout = b".wh.".to_vec();
    whiteout.extend_from_slice(name);
    let layer0 = tar_of(&[(name, b"secret".as_slice())]);
    let layer1 = tar_of(&[(whiteout.as_slice(), b"".as_slice())]);
    let config = json!({"architecture": "amd64", "os": "linux", "config": {}});
    let manifest = json!([{
        "Config": "config.json",
        "RepoTags": ["edge:latest"],
        "Layers": ["0/layer.tar", "1/layer.tar"],
    }]);
    let config = serde_json::to_vec(&config).unwrap();
    let manifest = serde_json::to_vec(&manifest).unwrap();
    tar_of(&[
        (b"manifest.json", manifest.as_slice()),
        (b"config.json", config.as_slice()),
        (b"0/layer.tar", layer0.as_slice()),
        (b"1/layer.tar", layer1.as_slice()),
    ])
}

/// A tar of regular files, names given as raw bytes.
fn tar_of(files: &[(&[u8], &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in files {
        let mut header = tar::Header::new_ustar();
        header.as_old_mut().name[..name.len()].copy_from_slice(name);
        header.set_mode(0o644);
        header.set_size(data.len() as u64);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        builder.append(&header, *data).unwrap();
    }
    builder.into_inner().unwrap()
}

/// Replaces the value at a JSON pointer, which must exist.
fn set(report: &mut Value, pointer: &str, value: Value) {
    *report.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is not in the report")) = value;
}

fn remove(report: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let removed = report.pointer_mut(parent).and_then(Value::as_object_mut).and_then(|object| object.remove(key));
    assert!(removed.is_some(), "{pointer} is not in the report");
}

#[test]
fn schema_rejects_broken_reports() {
    let validator = validator();
    let report = fixtures_report();
    assert_valid(&validator, &report);

    let first_layer = "/inputs/0/images/0/layers/0";
    let hidden = report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .find_map(|(i, input)| {
            input["images"]
                .as_array()
                .unwrap()
                .iter()
                .position(|image| !image["hidden_versions"].as_array().unwrap().is_empty())
                .map(|j| format!("/inputs/{i}/images/{j}/hidden_versions/0"))
        })
        .expect("a hidden version in the fixtures");

    type Mutation = Box<dyn Fn(&mut Value)>;
    let mutations: Vec<(String, Mutation)> = vec![
        ("layer verified is a string".into(), Box::new(move |r| set(r, &format!("{first_layer}/verified"), json!("yes")))),
        (
            "unknown top-level key".into(),
            Box::new(|r| {
                r.as_object_mut().unwrap().insert("surprise".into(), json!(1));
            }),
        ),
        ("hidden version state \"gone\"".into(), {
            let hidden = hidden.clone();
            Box::new(move |r| set(r, &format!("{hidden}/state"), json!("gone")))
        }),
        ("hidden_by cause not kebab-case".into(), {
            let hidden = hidden.clone();
            Box::new(move |r| set(r, &format!("{hidden}/hidden_by"), json!({"layer": 1, "cause": "ParentReplaced"})))
        }),
        ("wrong schema_version".into(), Box::new(|r| set(r, "/schema_version", json!("0.0.0")))),
        ("required field missing".into(), Box::new(|r| remove(r, "/summary/errors"))),
        ("non-nullable field null".into(), Box::new(|r| set(r, "/inputs/0/images/0/verified", Value::Null))),
        ("negative count".into(), Box::new(|r| set(r, "/summary/layers", json!(-1)))),
        ("input sha256 not hex".into(), Box::new(|r| set(r, "/inputs/0/sha256", json!("Z".repeat(64))))),
        ("layer digest without its algorithm".into(), Box::new(move |r| set(r, &format!("{first_layer}/digest"), json!("a".repeat(64))))),
        ("unknown compression".into(), Box::new(|r| set(r, "/inputs/0/compression", json!("lz4")))),
        (
            "unknown key in a layer".into(),
            Box::new(move |r| {
                r.pointer_mut(first_layer).and_then(Value::as_object_mut).unwrap().insert("extra".into(), json!(true));
            }),
        ),
        (
            "anomaly severity unknown".into(),
            Box::new(|r| {
                r["inputs"][0]["anomalies"] = json!([
                    {"kind": "x", "severity": "fatal", "message": "m"}
                ])
            }),
        ),
        ("label value not a string".into(), Box::new(|r| set(r, "/inputs/0/images/0/config/labels", json!({"a": 1})))),
        ("finding not an object".into(), Box::new(|r| set(r, "/inputs/0/images/0/findings", json!(["text"])))),
    ];

    let mut accepted = Vec::new();
    for (name, mutate) in &mutations {
        let mut broken = report.clone();
        mutate(&mut broken);
        if validator.is_valid(&broken) {
            accepted.push(name.as_str());
        }
    }
    assert!(accepted.is_empty(), "the schema accepted broken reports: {accepted:?}");
}
