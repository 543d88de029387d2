//! `scan --cache DIR`: a layer read in an earlier run is taken from the cache (not decompressed
//! or scanned), and the report is the same, byte for byte apart from its timestamps, with no
//! cache, a cold one and a warm one; a damaged cache file is a warning and the layer is read
//! again; a changed rule file misses. The compiled rules kept in the user's cache directory:
//! the same report cold, warm, damaged and with `--no-cache`, which reads and writes nothing; a
//! rules directory or entry others could write to is not read.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use layerhound::limits::Limits;
use layerhound::scan::ioc::IocSet;
use layerhound::scan::meta::MetaChecks;
use layerhound::scan::secrets::DetectorSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use serde_json::Value;

fn inputs() -> Vec<PathBuf> {
    vec![
        common::repo_path("samples"),
        common::fixtures_dir().join("wagoodman-dive/test-docker-image.tar"),
        common::fixtures_dir().join("aquasecurity-trivy/alpine-310.tar.gz"),
    ]
}

/// The report (timestamps removed) of a scan with every engine and `rules` beside the
/// built-in ones, and how many files were handed to the rules.
fn scan(paths: &[PathBuf], cache: Option<&Path>, rules: &[PathBuf]) -> (Value, u64) {
    let rules = RuleSet::compile(rules, true).unwrap();
    let secrets = DetectorSet::compile(&[], true).unwrap();
    let iocs = IocSet::compile(&[], true).unwrap();
    let meta = MetaChecks::builtin().unwrap();
    let engines =
        Engines { rules: &rules, secrets: Some(&secrets), show_secrets: false, meta: Some(&meta), ioc: Some(&iocs), keywords: None };
    let limits = Limits::default();
    let scanner = ContentScanner::new(engines, &limits);
    let options = ScanOptions { limits, cache: cache.map(Path::to_path_buf), ..ScanOptions::default() };
    let report = layerhound::scan(paths, &options, &scanner, &mut |_| {});
    let mut value = serde_json::to_value(report).unwrap();
    for key in ["started_at", "finished_at"] {
        value.as_object_mut().unwrap().remove(key);
    }
    (value, scanner.files_scanned())
}

/// Every file and directory under `dir`, by path.
fn everything_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(everything_under(&path));
        }
        found.push(path);
    }
    found.sort();
    found
}

fn cache_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn no_cache_a_cold_cache_and_a_warm_cache_give_the_same_report() {
    let cache = tempfile::tempdir().unwrap();
    let (none, scanned) = scan(&inputs(), None, &[]);
    assert!(none["summary"]["findings"].as_u64().unwrap() > 0 && scanned > 0);
    let (cold, cold_scanned) = scan(&inputs(), Some(cache.path()), &[]);
    assert!(cold == none, "a cold cache changed the report");
    assert_eq!(cold_scanned, scanned);
    assert!(cache_files(cache.path()).len() >= 10, "every layer read whole is cached: {:?}", cache_files(cache.path()));
    let (warm, warm_scanned) = scan(&inputs(), Some(cache.path()), &[]);
    assert!(warm == none, "a warm cache changed the report");
    assert_eq!(warm_scanned, 0, "a warm cache scans nothing again");
}

#[test]
fn a_damaged_or_foreign_cache_file_is_named_ignored_and_rewritten() {
    let cache = tempfile::tempdir().unwrap();
    let rules_home = tempfile::tempdir().unwrap();
    let samples = common::repo_path("samples");
    let layer_cache = cache.path().to_str().unwrap().to_owned();
    let run = || scan_with_home(rules_home.path(), &["--cache", &layer_cache]);
    let (cold, _) = run();
    let files = cache_files(cache.path());
    let (cut, corrupt, foreign) = (&files[0], &files[1], &files[2]);
    let bytes = std::fs::read(cut).unwrap();
    std::fs::write(cut, &bytes[..bytes.len() / 2]).unwrap();
    let mut bytes = std::fs::read(corrupt).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(corrupt, &bytes).unwrap();
    // Another layer's entry under this layer's name: whole and checksummed, but not for these bytes.
    std::fs::copy(&files[3], foreign).unwrap();
    let (warm, stderr) = run();
    assert!(warm == cold, "a damaged cache changed the report");
    for (file, reason) in [(cut, "checksum"), (corrupt, "checksum"), (foreign, "another layer blob")] {
        let warning = stderr.lines().find(|line| line.contains(&format!("cache file {} ignored", file.display())));
        assert!(warning.is_some_and(|w| w.contains(reason)), "no warning naming {} ({reason}):\n{stderr}", file.display());
    }
    // Rewritten: the next run uses every entry.
    let (again, stderr) = run();
    assert!(again == cold);
    assert!(!stderr.contains("ignored"), "{stderr}");
    let (_, scanned) = scan(&[samples], Some(cache.path()), &[]);
    assert_eq!(scanned, 0);
}

#[test]
fn a_changed_rule_file_misses_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let rules = tempfile::tempdir().unwrap();
    let rule_file = rules.path().join("local.yar");
    let rule = |text: &str| format!("rule local_marker {{ meta: severity = \"low\" strings: $a = \"{text}\" condition: $a }}\n");
    std::fs::write(&rule_file, rule("no such text in any sample 7f3a")).unwrap();
    let samples = vec![common::repo_path("samples")];
    let detector = |report: &Value| report.to_string().contains("local_marker");
    let (cold, _) = scan(&samples, Some(cache.path()), std::slice::from_ref(&rule_file));
    assert!(!detector(&cold));
    let (_, warm_scanned) = scan(&samples, Some(cache.path()), std::slice::from_ref(&rule_file));
    assert_eq!(warm_scanned, 0, "the same rules hit the cache");
    // Same file name, other contents: every layer is scanned again and the new rule matches.
    std::fs::write(&rule_file, rule("xmrig")).unwrap();
    let (changed, changed_scanned) = scan(&samples, Some(cache.path()), std::slice::from_ref(&rule_file));
    assert!(changed_scanned > 0, "a changed rule file must miss");
    assert!(detector(&changed), "the changed rule's finding is missing");
    let (uncached, _) = scan(&samples, None, std::slice::from_ref(&rule_file));
    assert!(changed == uncached);
}

/// A scan of the samples with `XDG_CACHE_HOME=home` and `extra` flags: the report less its
/// timestamps, and what it said on stderr, lines sorted (inputs are scanned in parallel: their
/// progress lines come in any order).
fn scan_with_home(home: &Path, extra: &[&str]) -> (Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_layerhound"))
        .env("XDG_CACHE_HOME", home)
        .args(["scan", "-f", "json"])
        .args(extra)
        .arg(common::repo_path("samples"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let mut report: Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in ["started_at", "finished_at"] {
        report.as_object_mut().unwrap().remove(key);
    }
    let mut told: Vec<&str> = std::str::from_utf8(&output.stderr).unwrap().lines().collect();
    told.sort_unstable();
    (report, told.join("\n"))
}

#[test]
fn compiled_rules_are_kept_in_the_users_cache_directory_unless_no_cache() {
    let home = tempfile::tempdir().unwrap();
    let rules = home.path().join("layerhound/rules");
    let (uncached, told_uncached) = scan_with_home(home.path(), &["--no-cache"]);
    assert!(everything_under(home.path()).is_empty(), "--no-cache wrote {:?}", everything_under(home.path()));
    let (cold, _) = scan_with_home(home.path(), &[]);
    assert!(cold == uncached, "a cold rules cache changed the report");
    let written = cache_files(&rules);
    assert!(written.len() >= 2, "the pack and its gates at least: {written:?}");
    let (warm, told) = scan_with_home(home.path(), &[]);
    assert!(warm == uncached, "a warm rules cache changed the report");
    assert_eq!(told, told_uncached);
    // A warm cache with --no-cache: not read (reading an entry sets its modification time to
    // now), not written.
    let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    let state = || {
        everything_under(home.path())
            .into_iter()
            .map(|path| (std::fs::metadata(&path).unwrap().modified().unwrap(), path))
            .collect::<Vec<_>>()
    };
    for file in &written {
        std::fs::File::options().write(true).open(file).unwrap().set_modified(long_ago).unwrap();
    }
    let before = state();
    let (again, _) = scan_with_home(home.path(), &["--no-cache"]);
    assert!(again == uncached);
    assert_eq!(state(), before, "--no-cache read or wrote the rules cache");
    // A rules directory others could write to: neither read nor written, and said why (not
    // under -q).
    std::fs::set_permissions(&rules, std::fs::Permissions::from_mode(0o777)).unwrap();
    let (open, told) = scan_with_home(home.path(), &[]);
    assert!(open == uncached, "a rules directory others can write to changed the report");
    let why = format!("layerhound: rules: compiled rules are not kept between runs: {}: ", rules.display());
    let (refused, rest): (Vec<&str>, Vec<&str>) = told.lines().partition(|line| line.starts_with(&why));
    assert!(refused.len() == 1 && refused[0].contains("writable by others"), "{told}");
    assert_eq!(rest.join("\n"), told_uncached);
    let (_, quiet) = scan_with_home(home.path(), &["-q"]);
    assert!(!quiet.contains("not kept"), "{quiet}");
    assert_eq!(state(), before, "a rules directory others can write to was read or written");
    // Nor an entry others could write to, in a private directory: compiled again and rewritten.
    std::fs::set_permissions(&rules, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(&written[0], std::fs::Permissions::from_mode(0o666)).unwrap();
    let (shared, _) = scan_with_home(home.path(), &[]);
    assert!(shared == uncached);
    assert_eq!(std::fs::metadata(&written[0]).unwrap().permissions().mode() & 0o777, 0o600, "rewritten privately");
    assert!(written[1..].iter().all(|file| std::fs::metadata(file).unwrap().modified().unwrap() > long_ago), "the others read");
    // Every entry cut short: compiled again without a word, and rewritten.
    for file in &written {
        let bytes = std::fs::read(file).unwrap();
        std::fs::write(file, &bytes[..bytes.len() / 3]).unwrap();
    }
    let (damaged, told) = scan_with_home(home.path(), &[]);
    assert!(damaged == uncached, "a damaged rules cache changed the report");
    assert_eq!(told, told_uncached);
    for file in &written {
        let bytes = std::fs::read(file).unwrap();
        assert!(layerhound::cache_file::contents(&bytes, b"LHRULES1").is_ok(), "{} rewritten whole", file.display());
    }
    let both = Command::new(env!("CARGO_BIN_EXE_layerhound"))
        .env("XDG_CACHE_HOME", home.path())
        .args(["scan", "--no-cache", "--cache"])
        .arg(home.path().join("layers"))
        .arg(common::repo_path("samples"))
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&both.stderr).contains("--no-cache"));
}
