//! The secret detectors are data with their own examples (signatures/secrets/*.toml): every
//! detector must find each of its examples (at the confidence the example names) and none of
//! its negative examples.

use layerhound::scan::secrets::DetectorSet;

#[test]
fn every_builtin_detector_finds_its_examples_and_not_its_counter_examples() {
    let detectors = DetectorSet::compile(&[], true).expect("the built-in detectors compile");
    let failures: Vec<String> =
        detectors.check_examples().expect("the keyword search builds").into_iter().map(|(_, failure)| failure).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

mod common;

use std::collections::BTreeSet;
use std::io::{Cursor, Write};
use std::sync::OnceLock;

use common::build::{gzip, layer_tar, oci_archive_with, raw_tar, write_temp, zip};
use layerhound::limits::Limits;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::{json, Value};
use tar::EntryType::Regular;

fn scan(archive: &[u8], detectors: &DetectorSet) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "image.tar", archive);
    // Compiled once: the every-detector test scans an image per detector (500 of them).
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    let rules = RULES.get_or_init(|| RuleSet::compile(&[], true).unwrap());
    let limits = Limits::default();
    let scanner = ContentScanner::new(Engines::new(rules, Some(detectors)), &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

/// (place, state) of every location of `rule`'s findings.
fn places(report: &Value, rule: &str) -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    for finding in report["inputs"][0]["images"][0]["findings"].as_array().unwrap() {
        if finding["detector"]["rule"] != rule {
            continue;
        }
        for location in finding["locations"].as_array().unwrap() {
            let place = common::place(location);
            all.insert((place, location["state"].as_str().unwrap().to_string()));
        }
    }
    all
}

/// Every detector's first example, planted in one image five ways: deleted by a whiteout,
/// overwritten by a later layer, hidden by an opaque directory, inside a jar inside a tar.gz,
/// and (for detectors not tied to a file name) in ENV and in a RUN line of the history.
#[test]
fn every_detector_finds_its_example_in_every_state_nested_and_in_the_config() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let mut failures = Vec::new();
    for (info, path_conditioned, examples) in detectors.examples() {
        let example = &examples[0];
        let text = example.text().as_bytes();
        let relative = example.path().trim_start_matches('/');
        let name = relative.rsplit('/').next().unwrap();
        let parent = relative.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
        let jar = zip(&[("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"), (relative, text)]);
        let bundle = gzip(&layer_tar(&[("lib/x.jar", &jar)]));
        let (deleted, overwritten, opaque) = (format!("a/{relative}"), format!("b/{relative}"), format!("c/d/{relative}"));
        let lower = layer_tar(&[(&deleted, text), (&overwritten, text), (&opaque, text), ("opt/bundle.tgz", &bundle)]);
        let whiteout = format!("a/{parent}.wh.{name}");
        let upper = raw_tar(&[
            (whiteout.as_bytes(), Regular, b"", b""),
            (overwritten.as_bytes(), Regular, b"nothing to see\n", b""),
            (b"c/d/.wh..wh..opq", Regular, b"", b""),
        ]);
        // Detectors of the image config alone (its ENV) are checked there and nowhere else.
        let config_only = example.path().starts_with("config.");
        let in_config = !path_conditioned || config_only;
        let archive = oci_archive_with(&[(lower.clone(), lower), (upper.clone(), upper)], |config| {
            if in_config {
                config["config"]["Env"] = json!([String::from_utf8_lossy(text)]);
                config["history"][1]["created_by"] = json!(format!("/bin/sh -c echo '{}' > /tmp/x", String::from_utf8_lossy(text)));
            }
        });
        let report = scan(&archive, &detectors);
        let in_files = [
            (format!("/{deleted}"), "deleted"),
            (format!("/{overwritten}"), "overwritten"),
            (format!("/{opaque}"), "deleted"),
            (format!("/opt/bundle.tgz!/bundle.tar!/lib/x.jar!/{relative}"), "present"),
        ];
        let in_config_fields = [("config.env[0]".to_string(), "present"), ("history[1].created_by".to_string(), "present")];
        let want: BTreeSet<(String, String)> = match (config_only, in_config) {
            (true, _) => in_config_fields[..1].to_vec(),
            (false, true) => [in_files.to_vec(), in_config_fields.to_vec()].concat(),
            (false, false) => in_files.to_vec(),
        }
        .into_iter()
        .map(|(place, state)| (place, state.to_string()))
        .collect();
        let got = places(&report, &info.id);
        if !want.is_subset(&got) {
            failures.push(format!("{}: missing {:?}", info.id, want.difference(&got).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn scan_with(archive: &[u8], detectors: &DetectorSet, show_secrets: bool) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "image.tar", archive);
    let rules = RuleSet::compile(&[], true).unwrap();
    let limits = Limits::default();
    let engines = Engines { show_secrets, ..Engines::new(&rules, Some(detectors)) };
    let scanner = ContentScanner::new(engines, &limits);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    serde_json::to_value(layerhound::scan(&[path], &options, &scanner, &mut |_| {})).unwrap()
}

const KEY_ID: &str = "AKIA4QH7XMRZ3FJ6KD2P";
const SECRET_KEY: &str = "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";

fn secret_findings(report: &Value) -> Vec<&Value> {
    report["inputs"][0]["images"][0]["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == "secret").collect()
}

#[test]
fn secrets_are_redacted_unless_asked_and_pair_across_config_fields() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let layer = layer_tar(&[("app/run.sh", b"#!/bin/sh\nexec /app/server\n")]);
    let archive = oci_archive_with(&[(layer.clone(), layer)], |config| {
        config["config"]["Env"] = json!([format!("AWS_ACCESS_KEY_ID={KEY_ID}"), format!("AWS_SECRET_ACCESS_KEY={SECRET_KEY}")]);
    });
    let report = scan_with(&archive, &detectors, false);
    let text = report.to_string();
    assert!(!text.contains(SECRET_KEY), "the secret key appears whole in the report");
    let findings = secret_findings(&report);
    let secret = findings.iter().find(|f| f["detector"]["rule"] == "aws-secret-access-key").expect("the secret key is found");
    assert_eq!(secret["confidence"], "high", "paired with the key id in another ENV entry: {secret}");
    assert_eq!(secret["secret"]["redacted"], "w8BYy87d…[40 chars]");
    assert_eq!(secret["secret"]["sha256"], common::build::sha(SECRET_KEY.as_bytes()));
    assert_eq!(secret["locations"][0]["field"], "config.env[1]");
    assert!(secret["secret"].get("value").is_none());
    assert!(secret["matches"][0]["data"].as_str().unwrap().contains("w8BYy87d…[40 chars]"));

    let shown = scan_with(&archive, &detectors, true);
    let secret = secret_findings(&shown).into_iter().find(|f| f["detector"]["rule"] == "aws-secret-access-key").unwrap().clone();
    assert_eq!(secret["secret"]["value"], SECRET_KEY);
    assert_eq!(shown["content_scan"]["secrets_shown"], true);
}

#[test]
fn random_binary_bytes_and_hashes_give_no_secret_findings() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    // A deterministic pseudo-random "binary" of 4 MiB, plus text full of hex digests and base64
    // (lock files, checksums) with keywords nearby: nothing here is a credential.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let binary: Vec<u8> = (0..4 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let mut lock = String::new();
    for i in 0..2000 {
        lock.push_str(&format!("  \"integrity\": \"sha512-{}\", \"token\": \"{}\",\n", common::build::sha(&[i as u8; 3]), i));
    }
    let layer = layer_tar(&[("usr/lib/libnoise.so", &binary), ("app/package-lock.json", lock.as_bytes())]);
    let report = scan(&oci_archive_with(&[(layer.clone(), layer)], |_| {}), &detectors);
    let findings = secret_findings(&report);
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn an_analysts_detector_file_runs_beside_the_builtin_ones_and_must_pass_its_examples() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("acme.toml");
    std::fs::write(
        &good,
        r#"
[[detector]]
id = "acme-internal-token"
name = "ACME internal API token"
category = "credential"
severity = "high"
keywords = ["acme_tok_"]
regex = '''\b(?P<secret>acme_tok_[a-z0-9]{24})\b'''
examples = ["ACME_TOKEN=acme_tok_0e50454f31af3176813e02ea"]
negative_examples = ["acme_tok_ is our prefix"]
"#,
    )
    .unwrap();
    let detectors = DetectorSet::compile(std::slice::from_ref(&good), true).unwrap();
    let ids: Vec<(String, String)> = detectors.detectors().iter().map(|d| (d.namespace.clone(), d.id.clone())).collect();
    assert!(ids.contains(&("acme".into(), "acme-internal-token".into())));
    assert!(ids.contains(&("secrets".into(), "github-token".into())));

    let bad = dir.path().join("broken.toml");
    std::fs::write(&bad, std::fs::read_to_string(&good).unwrap().replace("acme_tok_ is our prefix", "acme_tok_0e50454f31af3176813e02ea"))
        .unwrap();
    let err =
        DetectorSet::compile(std::slice::from_ref(&bad), false).err().expect("a failing negative example refuses the file").to_string();
    assert!(err.contains("acme-internal-token") && err.contains("negative example"), "{err}");

    let unparsable = dir.path().join("typo.toml");
    std::fs::write(&unparsable, "[[detector]]\nid = \"x\"\nregex = \"(\"\n").unwrap();
    let err = DetectorSet::compile(std::slice::from_ref(&unparsable), false).err().expect("an invalid file is refused").to_string();
    assert!(err.contains("typo.toml"), "{err}");

    // A level is one of the known names, refused with the file and line where it is misspelt.
    let misspelt = dir.path().join("levels.toml");
    std::fs::write(&misspelt, std::fs::read_to_string(&good).unwrap().replace("severity = \"high\"", "severity = \"crit\"")).unwrap();
    let err = DetectorSet::compile(std::slice::from_ref(&misspelt), false).err().expect("an unknown severity is refused").to_string();
    assert!(err.contains("levels.toml") && err.contains("line 6") && err.contains("unknown severity \"crit\""), "{err}");
}

#[test]
fn a_secret_in_a_stored_member_is_located_in_the_member_not_in_every_container() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("BOOT-INF/classes/application.properties", stored).unwrap();
    writer.write_all(format!("aws.secret-access-key={SECRET_KEY}\naws.access-key-id={KEY_ID}\n").as_bytes()).unwrap();
    let jar = writer.finish().unwrap().into_inner();
    // Stored, twice over: the tar holds the jar's bytes, the jar holds the file's.
    let layer = layer_tar(&[("opt/app.tar", &layer_tar(&[("app.jar", &jar)]))]);
    let report = scan(&oci_archive_with(&[(layer.clone(), layer)], |_| {}), &detectors);
    let expected: BTreeSet<(String, String)> =
        [("/opt/app.tar!/app.jar!/BOOT-INF/classes/application.properties".to_string(), "present".to_string())].into();
    assert_eq!(places(&report, "aws-secret-access-key"), expected);
    assert_eq!(places(&report, "aws-access-key-id"), expected);
}

/// jwt.io's debugger samples: the older HS256 token, the newer one (with `"admin": true`), and
/// the newer claims signed RS256 (another header, another signature, the same published claims).
const JWT_IO_TOKENS: [&str; 3] = [
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30",
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.NHVaYe26MbtOYhSKkoKYdFVomg4i8ZJd8_-RU8VNbftc4TSMb4bXP3l3YlNWACwyXPGffz5aXHc6lty1Y2t4SWRqGteragsVdZufDn5BlnJl9pdR_kdVFUsra2rWKEofkZeIC4yWytE58sMIihvo9H1ScmmVwBcQP6XETqYd0aSHp1gOa9RdUPDvoXQ5oqygTqVtxaDr6wUFKrKItgBMzWIdNZ6y7O9E0DhEPTbE9rfBo6KTFsHAZnMg4k68CDp2woYI",
];

#[test]
fn documentation_values_in_a_readme_are_low_whatever_detector_finds_them() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let mut readme = String::from("# Quick start\n\n");
    for token in JWT_IO_TOKENS {
        readme.push_str(&format!("curl -H 'Authorization: Bearer {token}' https://api.local/me\n\ntoken: {token}\n\n"));
    }
    readme.push_str(concat!(
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;\n",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"\n",
    ));
    let found = detectors.scan(readme.as_bytes(), "/app/README.md").unwrap();
    for token in JWT_IO_TOKENS {
        assert!(found.iter().any(|m| m.value.contains(token)), "the jwt.io token is still reported (low): {token}\n{found:#?}");
    }
    assert!(found.iter().any(|m| m.value == "sk_test_4eC39HqLyjWDarjtT1zdp7dc"), "{found:#?}");
    for secret in &found {
        assert_eq!((secret.severity.name(), secret.confidence.name()), ("low", "low"), "{secret:#?}");
        assert!(secret.reasons.iter().any(|r| r.contains("published as an example") || r.contains("placeholder")), "{secret:#?}");
    }
    // The same claims under a token nobody published are no example.
    let other = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyNDI0MjQyIiwibmFtZSI6IkphbmUgUm9lIiwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLW9mLWEtcmVhbC10b2tlbi0xMjM0";
    let found = detectors.scan(format!("token: {other}\n").as_bytes(), "/app/README.md").unwrap();
    assert!(found.iter().any(|m| m.value == other && m.confidence != layerhound::level::Confidence::Low), "{found:#?}");
}

#[test]
fn a_database_client_password_without_a_digit_is_found_and_redacted_in_the_config() {
    // Issue 21, item 7: `-p` glued to a mysql client's password is one whatever its characters;
    // the report repeated the Cmd with it in clear.
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let password = "QwErTyUiOpAsDfGhJk";
    let layer = layer_tar(&[("app/run.sh", b"#!/bin/sh\nexec /app/server\n")]);
    let archive = oci_archive_with(&[(layer.clone(), layer)], |config| {
        config["config"]["Cmd"] = json!(["sh", "-c", format!("mysql -h db -u app -p{password} appdb")]);
        config["config"]["Env"] = json!(["PGPASSWORD=hVqKsTrwLmzPe"]);
    });
    let report = scan(&archive, &detectors);
    let text = report.to_string();
    assert!(!text.contains(password), "the password appears whole in the report");
    assert!(!text.contains("hVqKsTrwLmzPe"), "PGPASSWORD's value appears whole in the report");
    let findings = secret_findings(&report);
    let found = findings.iter().find(|f| f["detector"]["rule"] == "command-line-password").expect("the mysql password is found");
    assert_eq!(found["locations"][0]["field"], "config.cmd", "{found:#}");
}

#[test]
fn a_match_its_own_checks_refuse_does_not_hide_a_catch_alls_match_of_the_same_value() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(
        &file,
        r#"
[[detector]]
id = "acme-token"
name = "ACME token (random letters and digits)"
category = "credential"
severity = "high"
keywords = ["acme_token"]
regex = '''acme_token\s*=\s*"(?P<secret>[A-Za-z0-9]{16,})"'''
entropy = 4.0
examples = ['acme_token = "Qm8xZpL2vRt7XkW9aB3c"']
negative_examples = ['acme_token = "aaaaaaaaaaaaaaaaaaaa"']

[[detector]]
id = "any-token"
generic = true
name = "Any token assignment"
category = "credential"
severity = "medium"
keywords = ["token"]
regex = '''token\s*=\s*"(?P<secret>[^"]{8,})"'''
examples = ['token = "Qm8xZpL2vRt7XkW9"']
negative_examples = ['token = ""']
"#,
    )
    .unwrap();
    let detectors = DetectorSet::compile(std::slice::from_ref(&file), false).unwrap();
    // All digits: the specific detector's entropy floor refuses it; the catch-all still reports it.
    let found = detectors.scan(br#"acme_token = "97399730403677114040808555400856""#, "/app/settings.cfg").unwrap();
    let ids: Vec<&str> = found.iter().map(|m| m.detector.id.as_str()).collect();
    assert_eq!(ids, ["any-token"]);
}

#[test]
fn a_catch_alls_finding_names_the_service_its_context_names() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let provider = |text: &str| -> Vec<(String, Option<String>)> {
        detectors.scan(text.as_bytes(), "/srv/app/settings.cfg").unwrap().into_iter().map(|m| (m.detector.id.clone(), m.provider)).collect()
    };
    // The key names it.
    let found = provider("simvoly_token: \"k8s2m9q4w7e1r5t3y6u0i8o2p4a6s9d3\"\n");
    assert_eq!(found.first().and_then(|(_, p)| p.as_deref()), Some("simvoly"), "{found:?}");
    // A log line before the value names it, the key does not.
    let found = provider("[INFO] Sending request to the Appointedd API\n[DEBUG] Using Key=k8s2m9q4w7e1r5t3y6u0i8o2p4a6s9d1\n");
    assert_eq!(found.first().and_then(|(_, p)| p.as_deref()), Some("appointedd"), "{found:?}");
    // A provider name the detectors know, on the line before.
    let found = provider("[abuseipdb]\napi_key = \"k8s2m9q4w7e1r5t3y6u0i8o2p4a6s9d2\"\n");
    assert_eq!(found.first().and_then(|(_, p)| p.as_deref()), Some("abuseipdb"), "{found:?}");
    // A provider a built-in detector is written for, named on the line before (its id's first word).
    let found = provider("const client = new OpenAI({\n  apiKey: \"k8s2m9q4w7e1r5t3y6u0i8o2p4a6s9d5\",\n});\n");
    assert_eq!(found.first().and_then(|(_, p)| p.as_deref()), Some("openai"), "{found:?}");
    // Nothing names a service: none is made up.
    let found = provider("api_key = \"k8s2m9q4w7e1r5t3y6u0i8o2p4a6s9d4\"\n");
    assert!(!found.is_empty() && found.iter().all(|(_, p)| p.is_none()), "{found:?}");
    // A provider's own detector names it itself.
    let found = provider("GITHUB_TOKEN=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\n");
    assert!(!found.is_empty() && found.iter().all(|(id, p)| id.starts_with("github") && p.is_none()), "{found:?}");
}

const EC_KEY: &str = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIL2D5GtTRSjgPPynk6SE+2As1OgCKAgOu9idTkr95/c+oAoGCCqGSM49\nAwEHoUQDQgAEO4OqzHTYekfZiYF9rAcCPDEuVdCRQTyCbmh38ZEbIdLsVaAryTS+\nT//dE0HoVjWInwWY4NDglbQCHjbLduPJug==\n-----END EC PRIVATE KEY-----\n";

/// ssl-cert's snakeoil key is real key material made at install: medium with that reason, not
/// critical. One value found at several paths is one finding that keeps the severity of its
/// most confident, most severe location, whatever order the files are scanned in: neither a
/// copy under /usr/share/doc nor the same key at the snakeoil path lowers a key an operator put
/// in /etc/app.
#[test]
fn a_per_host_generated_key_is_medium_and_does_not_lower_the_same_key_elsewhere() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let alone = layer_tar(&[("etc/ssl/private/ssl-cert-snakeoil.key", EC_KEY.as_bytes())]);
    let report = scan(&oci_archive_with(&[(alone.clone(), alone)], |_| {}), &detectors);
    let found = secret_findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0]["severity"].as_str(), found[0]["confidence"].as_str()), (Some("medium"), Some("high")), "{:#}", found[0]);
    let reasons = found[0]["secret"]["validation"].to_string();
    assert!(reasons.contains("generated at install by ssl-cert"), "{reasons}");

    for order in [
        ["usr/share/doc/app/examples/server.key", "etc/ssl/private/ssl-cert-snakeoil.key", "etc/app/tls/server.key"],
        ["etc/app/tls/server.key", "etc/ssl/private/ssl-cert-snakeoil.key", "usr/share/doc/app/examples/server.key"],
    ] {
        let files: Vec<(&str, &[u8])> = order.iter().map(|path| (*path, EC_KEY.as_bytes())).collect();
        let layer = layer_tar(&files);
        let report = scan(&oci_archive_with(&[(layer.clone(), layer)], |_| {}), &detectors);
        let found = secret_findings(&report);
        assert_eq!(found.len(), 1, "one value, one finding: {found:#?}");
        assert_eq!(found[0]["locations"].as_array().unwrap().len(), 3, "{:#}", found[0]);
        assert_eq!(
            (found[0]["severity"].as_str(), found[0]["confidence"].as_str()),
            (Some("critical"), Some("high")),
            "{order:?}: {:#}",
            found[0]
        );
    }
    // a doc copy alone stays low
    let doc = layer_tar(&[("usr/share/doc/app/examples/server.key", EC_KEY.as_bytes())]);
    let report = scan(&oci_archive_with(&[(doc.clone(), doc)], |_| {}), &detectors);
    assert_eq!(secret_findings(&report)[0]["confidence"], "low");
}

/// One password, as people write them (punctuation included), in the places configuration keeps
/// one: every file must give a finding holding the whole value. Found on 2026-12-07 with a
/// probe of these formats: a `#`, `!`, `&` or `;` inside the value hid it from the unquoted,
/// XML, .env and mount forms, and Ansible, keytool and PowerShell had no form at all.
#[test]
fn a_password_with_punctuation_is_found_whole_in_every_common_config_format() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let formats: &[(&str, &str)] = &[
        ("etc/app/app.ini", "[database]\nuser = admin\npassword = {P}\n"),
        ("etc/app/app.yml", "database:\n  user: admin\n  password: {P}\n"),
        ("app/application.properties", "spring.datasource.username=admin\nspring.datasource.password={P}\n"),
        ("etc/mysql/my.cnf", "[client]\nuser=root\npassword={P}\n"),
        ("etc/ansible/group_vars/all.yml", "ansible_become_pass: {P}\n"),
        ("opt/app/conf/db.xml", "<datasource><username>admin</username><password>{P}</password></datasource>\n"),
        ("app/WEB-INF/classes/hibernate.cfg.xml", "<property name=\"hibernate.connection.password\">{P}</property>\n"),
        ("app/.env", "DB_PASSWORD={P}\n"),
        ("etc/fstab", "//fs01/share /mnt/share cifs username=svc,password={P},vers=3.0 0 0\n"),
        ("build/sign.sh", "keytool -genkeypair -alias app -keystore app.jks -storepass {P}\n"),
        ("opt/deploy/setup.ps1", "$password = ConvertTo-SecureString \"{P}\" -AsPlainText -Force\n"),
        ("src/main/java/app/Db.java", "    private static final String DB_PASSWORD = \"{P}\";\n"),
    ];
    for password in ["Xq7#mP2vR9kLw4Zt", "Xq7mP2vR9kLw4Zt!", "K9vL2qR7&wZ4x8Tm"] {
        let files: Vec<(String, String)> = formats.iter().map(|(path, text)| (path.to_string(), text.replace("{P}", password))).collect();
        let entries: Vec<(&str, &[u8])> = files.iter().map(|(path, text)| (path.as_str(), text.as_bytes())).collect();
        let layer = layer_tar(&entries);
        let report = scan_with(&oci_archive_with(&[(layer.clone(), layer)], |_| {}), &detectors, true);
        let found: BTreeSet<String> = secret_findings(&report)
            .into_iter()
            .filter(|finding| finding.to_string().contains(&password.replace('"', "\\\"")))
            .flat_map(|finding| finding["locations"].as_array().unwrap().iter().map(common::place).collect::<Vec<_>>())
            .collect();
        let missed: Vec<&str> = formats
            .iter()
            .map(|(path, _)| *path)
            .filter(|path| !found.iter().any(|place| place.trim_start_matches('/') == *path))
            .collect();
        assert!(missed.is_empty(), "{password}: not found whole in {missed:?}");
    }
}

#[test]
fn bare_tokens_on_consecutive_lines_are_each_found() {
    // A detector's match ends with the character after the value (here the line feed), and the
    // next token's match needs one before it: the search resumes at the value's end, so a list
    // of bare tokens, one a line, loses none of them.
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let tokens = [
        "cfut_38AibNyyurlGFb0EkjKWREhbiGjlvhkTp3SKQOo6Cd6rvau5",
        "cfat_kHvRwMzzuVtYkwMJFrCfZ4U2EqkNk6sEr6f4gUy0BQ8DEoFo",
        "phr_IKCzi2Eg3h0p54qGzTYdXt5yN84Bl3WWWqWibY6PFcv7DJzk3i8j",
        "pha_u6BRoQowFgsH9R1YpX4nVrRtdVlC1fDBUiTue7fiPgpoiN4au9KWLFbAzjQ0",
    ];
    let text = tokens.join("\n") + "\n";
    let layer = layer_tar(&[("app/tokens.txt", text.as_bytes())]);
    let archive = oci_archive_with(&[(layer.clone(), layer)], |_| {});
    let report = scan_with(&archive, &detectors, true);
    let shown = secret_findings(&report).iter().map(|finding| finding.to_string()).collect::<Vec<_>>().join("\n");
    for token in tokens {
        assert!(shown.contains(token), "{token} is not found:\n{shown}");
    }
}

/// Whether a finding was read from a base64-decoded value (its reason says so).
fn from_decoded(m: &layerhound::scan::secrets::SecretMatch) -> bool {
    m.reasons.iter().any(|r| r.starts_with("base64-decoded"))
}

/// Values base64-wrapped once more (a Kubernetes Secret's `data:`, a `KEY=<base64>` line) are
/// decoded and scanned; the finding points at the encoded run and says it was decoded.
#[test]
fn base64_wrapped_credentials_are_decoded_and_scanned() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ntype: Opaque\ndata:\n  \
        AWS_ACCESS_KEY_ID: QUtJQVE3UlpLMk1XWDROUEw1VEI=\n  \
        AWS_SECRET_ACCESS_KEY: Sng4dlEybVQ3a0xwNFJ6OVduM0JjNllmMUhkNUdzMEFlMlZ1OEtxdw==\n";
    let found = detectors.scan(manifest.as_bytes(), "/deploy/aws-secret.yaml").unwrap();
    let decoded = |id: &str| found.iter().find(|m| m.detector.id == id && from_decoded(m)).unwrap_or_else(|| panic!("{id}: {found:#?}"));
    let key_id = decoded("aws-access-key-id");
    assert_eq!(key_id.value, "AKIAQ7RZK2MWX4NPL5TB");
    assert_eq!(&manifest[key_id.offset as usize..][..4], "QUtJ", "the offset points at the encoded run");
    let secret = decoded("aws-secret-access-key");
    assert_eq!(secret.value, "Jx8vQ2mT7kLp4Rz9Wn3Bc6Yf1Hd5Gs0Ae2Vu8Kqw");
    assert!(secret.paired_with.is_some(), "{secret:#?}");

    // the same pair as one `KEY=<base64>` per line of an env file
    let env = "AWS_ACCESS_KEY_ID=QUtJQVE3UlpLMk1XWDROUEw1VEI=\nAWS_SECRET_ACCESS_KEY=\"Sng4dlEybVQ3a0xwNFJ6OVduM0JjNllmMUhkNUdzMEFlMlZ1OEtxdw==\"\n";
    let found = detectors.scan(env.as_bytes(), "/app/.env").unwrap();
    assert!(found.iter().any(|m| m.value == "AKIAQ7RZK2MWX4NPL5TB"), "{found:#?}");
    assert!(found.iter().any(|m| m.value == "Jx8vQ2mT7kLp4Rz9Wn3Bc6Yf1Hd5Gs0Ae2Vu8Kqw"), "{found:#?}");

    // a Docker config's `auth`: the password, for the registry the object names
    let config = "{\"auths\": {\"registry.acme.internal\": {\"auth\": \"ZGVwbG95OlRyMHViNGRvci14OVE=\"}}}";
    let found = detectors.scan(config.as_bytes(), "/root/.docker/config.json").unwrap();
    let password = found.iter().find(|m| m.detector.id == "docker-registry-password").unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(password.value, "Tr0ub4dor-x9Q");
    assert_eq!(password.provider.as_deref(), Some("registry.acme.internal"));
    assert_eq!(&config[password.offset as usize..][..4], "ZGVw");

    // a JSON Secret: a pull secret's `.dockerconfigjson` and a database URL, each base64
    let secret = r#"{"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/dockerconfigjson", "data": {
      ".dockerconfigjson": "eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLmludGVybmFsIjp7ImF1dGgiOiJaR1Z3Ykc5NU9sUnlNSFZpTkdSdmNpMTRPVkU9In19fQ==",
      "DATABASE_URL": "cG9zdGdyZXM6Ly9hcHA6VnE3ckxtMnhLOXBUNHdac0BkYi5hY21lLmludGVybmFsOjU0MzIvYXBw"}}"#;
    let found = detectors.scan(secret.as_bytes(), "/deploy/pull-secret.json").unwrap();
    let auth = found.iter().find(|m| m.detector.id == "docker-registry-auth").unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(&secret[auth.offset as usize..][..4], "eyJh", "the offset points at the outer run");
    assert!(found.iter().any(|m| m.value == "Vq7rLm2xK9pT4wZs"), "{found:#?}");
}

/// A TLS Secret's `tls.key` is base64 of a PEM block: the detector of the encoded form reports
/// it, and the decoded PEM is the same key, not a second finding.
#[test]
fn a_base64_pem_block_is_reported_once() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let manifest = "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSURLWVJCeTlFVXRSNmpFRmJHVnArdU5hVDEvVDJvT3l1QU12NXA5SjRENEUKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=\n";
    let found = detectors.scan(manifest.as_bytes(), "/deploy/tls-secret.yaml").unwrap();
    let at = manifest.find("LS0t").unwrap() as u64;
    let here: Vec<_> = found.iter().filter(|m| m.offset == at).collect();
    assert_eq!(here.len(), 1, "{here:#?}");
}

/// At most 32 values are decoded a file. Decoding runs in the windows the detectors' keywords
/// open (`API_KEY` here): a value under a key no keyword names is not decoded.
#[test]
fn base64_decoding_is_bounded_per_file() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    let text: String = (0..40).map(|n| format!("API_KEY_{n}=QUtJQVE3UlpLMk1XWDROUEw1VEI=\n")).collect();
    let found = detectors.scan(text.as_bytes(), "/app/.env").unwrap();
    let decoded = found.iter().filter(|m| from_decoded(m)).count();
    assert_eq!(decoded, 32, "{found:#?}");
}

#[test]
fn base64_of_an_image_or_of_prose_is_not_reported() {
    let detectors = DetectorSet::compile(&[], true).unwrap();
    for text in [
        // a PNG (signature, IHDR, a zlib stream)
        "apiVersion: v1\nkind: Secret\ndata:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9heJxjYKAMAAAAQAAB\n",
        // prose, under a key that names a secret
        "kind: Secret\ndata:\n  secret_notes: VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZzsgYSBzZWNyZXQgaXMgb25seSBhcyBzYWZlIGFzIHRoZSBrZXkgdGhhdCBndWFyZHMgaXQu\n",
    ] {
        let found = detectors.scan(text.as_bytes(), "/deploy/secret.yaml").unwrap();
        let decoded: Vec<_> = found.iter().filter(|m| from_decoded(m)).collect();
        assert!(decoded.is_empty(), "{decoded:#?}");
    }
}
