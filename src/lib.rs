//! layerhound: offline forensics for container image tarballs.
//!
//! The data flows one way: [`input`] (find and hash evidence) → [`archive`] (index the outer
//! tar) → [`image`] (manifests, configs) → [`layer`] (decompress, verify, stream entries to a
//! [`layer::ContentSink`]: [`scan`] runs the rules over every file and the archives inside it)
//! → [`overlay`] (merged view and hidden versions) → [`report`] (findings joined to every
//! version that holds the bytes).

pub mod analysis;
pub mod anomaly;
pub mod archive;
pub mod cli;
pub mod commands;
pub mod digest;
pub mod export;
pub mod image;
pub mod input;
pub mod layer;
pub mod limits;
pub mod output;
pub mod overlay;
pub mod pathbytes;
pub mod report;
pub mod scan;
pub mod tarstream;
#[cfg(test)]
mod testutil;
pub mod triage;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use analysis::Analysis;
use image::ImageError;
use input::{InputError, Skipped};
use limits::Limits;
use report::{Report, Summary, Tool};
use scan::ContentScan;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub limits: Limits,
    /// Where compressed outer archives are decompressed to (the system temp dir by default).
    pub tmpdir: Option<PathBuf>,
    /// List every file version of every image in the report (`ImageReport::files`).
    pub inventory: bool,
}

/// What [`scan`] tells its caller while it runs.
pub enum Progress<'a> {
    /// The inputs found, and their total size in bytes.
    Started { inputs: usize, bytes: u64 },
    /// A line for the analyst: an input begins, or could not be read.
    Note(&'a str),
    /// An input is done; the caller may trim, mark or stream it before it joins the report.
    Finished(&'a mut report::InputReport),
}

pub fn now_utc() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// Set by a Ctrl-C handler: every read of decompressed bytes then fails, the scan unwinds
/// normally (temp files dropped) and the report says it was interrupted.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

enum Outcome {
    Scanned(report::InputReport),
    Skipped(Skipped),
}

/// Scans every image tarball under `paths`, streaming file contents to `scanner`; `progress`
/// hears how far it got.
pub fn scan(paths: &[PathBuf], options: &ScanOptions, scanner: &dyn ContentScan, progress: &mut dyn FnMut(Progress)) -> Report {
    let started_at = now_utc();
    let input::Discovered { files, mut skipped, mut errors } = input::discover(paths);
    // Rules left out of the pack are part of what was not scanned for.
    errors.extend(scanner.describe().into_iter().flat_map(|info| info.rule_errors));
    let bytes = files.iter().filter_map(|path| std::fs::metadata(path).ok()).map(|meta| meta.len()).sum();
    progress(Progress::Started { inputs: files.len(), bytes });
    let mut inputs = Vec::new();
    for path in files {
        if interrupted() {
            skipped.push(Skipped { path: path.display().to_string(), reason: "not read: the scan was interrupted".into() });
            continue;
        }
        // A bug tripped by one hostile input must not lose the report of the others.
        let mut input = match panic::catch_unwind(AssertUnwindSafe(|| scan_one(&path, options, scanner, progress))) {
            Ok(Outcome::Scanned(input)) => input,
            Ok(Outcome::Skipped(skip)) => {
                skipped.push(skip);
                continue;
            }
            Err(_) => {
                let mut failed = report::InputReport::unreadable(&path);
                failed
                    .errors
                    .push(format!("{}: internal error while reading this input (a layerhound bug); the scan went on", path.display()));
                failed
            }
        };
        progress(Progress::Finished(&mut input));
        inputs.push(input);
    }
    let all_findings = || inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings);
    let mut findings_by_kind = std::collections::BTreeMap::new();
    let mut findings_by_severity = std::collections::BTreeMap::new();
    for finding in all_findings() {
        *findings_by_kind.entry(finding.kind).or_insert(0) += 1;
        *findings_by_severity.entry(finding.severity.clone()).or_insert(0) += 1;
    }
    let summary = Summary {
        inputs: inputs.len(),
        images: inputs.iter().map(|i| i.images.len()).sum(),
        layers: inputs.iter().flat_map(|i| &i.images).map(|im| im.layers.len()).sum(),
        file_versions: inputs
            .iter()
            .flat_map(|i| &i.images)
            .map(|im| im.filesystem.present + im.filesystem.deleted + im.filesystem.overwritten)
            .sum(),
        findings: all_findings().count(),
        findings_by_kind,
        findings_by_severity,
        low_confidence_findings: all_findings().filter(|f| f.confidence == "low").count(),
        anomalies: inputs.iter().map(|i| i.anomalies.len() + i.images.iter().map(|im| im.anomalies.len()).sum::<usize>()).sum(),
        errors: errors.len()
            + inputs.iter().map(|i| i.errors.len()).sum::<usize>()
            + inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.layers).filter(|l| l.error.is_some()).count(),
    };
    let interrupted = interrupted();
    let complete = !interrupted
        && errors.is_empty()
        && inputs.iter().all(|i| i.errors.is_empty() && i.not_scanned.is_empty() && i.images.iter().all(|im| im.not_scanned.is_empty()));
    Report {
        schema_version: report::SCHEMA_VERSION,
        tool: Tool { name: "layerhound", version: env!("CARGO_PKG_VERSION") },
        started_at,
        finished_at: now_utc(),
        complete,
        interrupted,
        inputs,
        skipped,
        errors,
        content_scan: scanner.describe(),
        summary,
    }
}

fn scan_one(path: &Path, options: &ScanOptions, scanner: &dyn ContentScan, progress: &mut dyn FnMut(Progress)) -> Outcome {
    let evidence = match input::open(path, options.tmpdir.as_deref(), &options.limits) {
        Ok(evidence) => evidence,
        Err(InputError::NotTar { .. }) => {
            return Outcome::Skipped(Skipped {
                path: path.display().to_string(),
                reason: "not a tar archive (recognised by content)".into(),
            });
        }
        Err(err) => {
            progress(Progress::Note(&format!("error: {err}")));
            let mut failed = report::InputReport::unreadable(path);
            failed.errors.push(err.to_string());
            return Outcome::Scanned(failed);
        }
    };
    progress(Progress::Note(&format!("scanning {}", path.display())));
    let mut input_report = report::input_report(&evidence);
    match Analysis::run(&evidence, &options.limits, scanner) {
        Ok(analysis) => {
            report::add_analysis(&mut input_report, &analysis, scanner, options.inventory);
            if analysis.image_count() == 0 {
                input_report.errors.push(format!("{}: the archive names no image whose blobs it holds", path.display()));
            }
        }
        Err(failed) if matches!(failed.error, ImageError::NotAnImage) && failed.archive.error.is_none() => {
            return Outcome::Skipped(Skipped {
                path: path.display().to_string(),
                reason: "tar archive but not an image: no manifest.json, index.json or repositories (a bare layer or filesystem tar?)"
                    .into(),
            });
        }
        Err(failed) => {
            let mut message = format!("{}: {}", path.display(), failed.error);
            if let Some(broken) = &failed.archive.error {
                message = format!(
                    "{}: the tar is broken after {} members ({}), and no readable image description comes before the fault",
                    path.display(),
                    broken.after_members,
                    broken.message
                );
            }
            progress(Progress::Note(&format!("error: {message}")));
            input_report.errors.push(message);
            input_report.anomalies.extend(failed.archive.anomalies);
        }
    }
    Outcome::Scanned(input_report)
}
