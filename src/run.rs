//! One run of `scan` over every input: evidence found and sharded, each input taken through
//! the stages (analysis) on its own thread budget, layers shared between inputs (the layer
//! store) and across runs (the cache), and the report assembled as inputs finish.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use crate::analysis::Analysis;
use crate::evidence::input::{self, Candidate, InputError, Shard, Skipped};
use crate::image::ImageError;
use crate::kept::layer_cache::LayerCache;
use crate::kept::layer_store::LayerStore;
use crate::report::{self, Report, Summary, Tool};
use crate::scan::{ContentScan, ContentScanner};
use crate::shared::interrupt::interrupted;
use crate::shared::limits::Limits;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub limits: Limits,
    /// List every file version of every image in the report (`ImageReport::files`).
    pub inventory: bool,
    /// Keep per-layer results here across runs (`--cache`; the directory must exist).
    pub cache: Option<PathBuf>,
    /// Read the directories named as engine stores of this kind (`--store`).
    pub store: Option<crate::evidence::store::StoreKind>,
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

enum Outcome {
    // Boxed: an input's report is large, a skipped input's record small.
    Scanned(Box<report::InputReport>),
    Skipped(Skipped),
}

/// Scans every image tarball under `paths`, streaming file contents to `scanner`; `progress`
/// hears how far it got.
///
/// Tarballs are read in parallel, as many at once as there are worker threads (each open one
/// holds its entries and, if compressed, a temp copy); a layer blob several of them hold is
/// read once (see [`layer_store`]). The report lists inputs, skips and errors in path order,
/// whatever finished first, so that the shards of a run merge into the run itself.
pub fn scan(paths: &[PathBuf], options: &ScanOptions, scanner: &dyn ContentScan, progress: &mut (dyn FnMut(Progress) + Send)) -> Report {
    scan_shard(paths, None, options, scanner, progress)
}

/// [`scan`] of one `shard` of the files found (all of them if None).
pub fn scan_shard(
    paths: &[PathBuf],
    shard: Option<Shard>,
    options: &ScanOptions,
    scanner: &dyn ContentScan,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> Report {
    let started_at = now_utc();
    let input::Discovered { mut files, mut skipped, mut errors } = input::discover_as(paths, options.store);
    if let Some(shard) = shard {
        files = shard.select(files);
    }
    // Rules left out of the pack, and secret pack rules left out, are part of what was not
    // scanned for.
    if let Some(info) = scanner.scanner().map(ContentScanner::describe) {
        errors.extend(info.rule_errors);
        errors.extend(info.detector_packs.into_iter().flat_map(|pack| pack.broken));
    }
    let bytes = files.iter().filter_map(|candidate| std::fs::metadata(&candidate.path).ok()).map(|meta| meta.len()).sum();
    progress(Progress::Started { inputs: files.len(), bytes });
    let (mut inputs, skips) = scan_all(&files, options, scanner, progress);
    skipped.extend(skips);
    inputs.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
    skipped.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
    errors.sort();
    errors.dedup();
    let all_findings = || inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings);
    let mut findings_by_kind = std::collections::BTreeMap::new();
    let mut findings_by_severity = std::collections::BTreeMap::new();
    for finding in all_findings() {
        *findings_by_kind.entry(finding.kind.to_string()).or_insert(0) += 1;
        *findings_by_severity.entry(finding.severity.name().to_string()).or_insert(0) += 1;
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
        low_confidence_findings: all_findings().filter(|f| f.confidence == report::Confidence::Low).count(),
        allowed_findings: inputs.iter().flat_map(|i| &i.images).map(|im| im.allowed_findings).sum(),
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
        content_scan: scanner.scanner().map(ContentScanner::describe),
        summary,
    }
}

/// What is not an image is skipped where a directory walk found it, and an error where the
/// analyst named it.
fn not_an_image(candidate: &Candidate, reason: &str, report: Option<report::InputReport>) -> Outcome {
    let path = candidate.path.display().to_string();
    if !candidate.named {
        return Outcome::Skipped(Skipped { path, reason: reason.into() });
    }
    let mut failed = report.unwrap_or_else(|| report::InputReport::unreadable(&candidate.path));
    failed.errors.push(format!("{path}: not an image: {reason}"));
    Outcome::Scanned(Box::new(failed))
}

/// Reads `files` on a few threads of their own (layers go to the rayon pool), so that at most
/// that many inputs are open at once.
fn scan_all(
    files: &[Candidate],
    options: &ScanOptions,
    scanner: &dyn ContentScan,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> (Vec<report::InputReport>, Vec<Skipped>) {
    let cache = options
        .cache
        .clone()
        .zip(scanner.scanner().map(ContentScanner::cache_key))
        .map(|(dir, key)| LayerCache::new(dir, key, options.limits.spill_dir.clone()));
    let store = LayerStore::new(options.limits.max_kept_entries).with_cache(cache);
    let next = AtomicUsize::new(0);
    let progress = Mutex::new(progress);
    let done = Mutex::new((Vec::new(), Vec::new()));
    let worker = || {
        let tell = |event: Progress| (progress.lock().unwrap_or_else(PoisonError::into_inner))(event);
        while let Some(candidate) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
            let path = &candidate.path;
            let outcome = if interrupted() {
                Outcome::Skipped(Skipped { path: path.display().to_string(), reason: "not read: the scan was interrupted".into() })
            } else {
                // A bug tripped by one hostile input must not lose the report of the others.
                panic::catch_unwind(AssertUnwindSafe(|| scan_one(candidate, options, scanner, &store, &tell))).unwrap_or_else(|_| {
                    let mut failed = report::InputReport::unreadable(path);
                    failed
                        .errors
                        .push(format!("{}: internal error while reading this input (a layerhound bug); the scan went on", path.display()));
                    Outcome::Scanned(Box::new(failed))
                })
            };
            for warning in store.cache().map(LayerCache::take_warnings).unwrap_or_default() {
                tell(Progress::Note(&format!("warning: {warning}")));
            }
            let outcome = match outcome {
                Outcome::Scanned(mut input) => {
                    tell(Progress::Finished(&mut input));
                    Outcome::Scanned(input)
                }
                skipped => skipped,
            };
            let mut done = done.lock().unwrap_or_else(PoisonError::into_inner);
            match outcome {
                Outcome::Scanned(input) => done.0.push(*input),
                Outcome::Skipped(skip) => done.1.push(skip),
            }
        }
    };
    let workers = rayon::current_num_threads().clamp(1, files.len().max(1));
    std::thread::scope(|scope| {
        for _ in 1..workers {
            scope.spawn(worker);
        }
        worker();
    });
    done.into_inner().unwrap_or_else(PoisonError::into_inner)
}

fn scan_one(
    candidate: &Candidate,
    options: &ScanOptions,
    scanner: &dyn ContentScan,
    store: &LayerStore,
    progress: &dyn Fn(Progress),
) -> Outcome {
    let path = candidate.path.as_path();
    let evidence = match input::open_as(path, options.limits.spill_dir.as_deref(), &options.limits, options.store) {
        Ok(evidence) => evidence,
        Err(InputError::NotTar { .. }) => return not_an_image(candidate, "not a tar archive (recognised by content)", None),
        Err(err) => {
            progress(Progress::Note(&format!("error: {err}")));
            let mut failed = report::InputReport::unreadable(path);
            failed.errors.push(err.to_string());
            return Outcome::Scanned(Box::new(failed));
        }
    };
    progress(Progress::Note(&format!("scanning {}", path.display())));
    let analysis = Analysis::run_in(&evidence, &options.limits, scanner, store);
    // After the analysis: the file's hash is computed beside it.
    let mut input_report = report::input_report(&evidence);
    match analysis {
        Ok(analysis) => {
            report::add_analysis(&mut input_report, &analysis, scanner, options.inventory);
            if analysis.image_count() == 0 {
                input_report.errors.push(format!("{}: the archive names no image whose blobs it holds", path.display()));
            }
        }
        Err(failed) if matches!(failed.error, ImageError::NotAnImage) && failed.archive.error.is_none() => {
            let reason = "tar archive but not an image: no manifest.json, index.json or repositories (a bare layer or filesystem tar?)";
            return not_an_image(candidate, reason, Some(input_report));
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
    Outcome::Scanned(Box::new(input_report))
}
