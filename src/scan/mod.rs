//! Content scanning: every file version's bytes, and the members of archives inside them, run
//! through the YARA rules, the secret detectors and the indicator lists (one pass: every engine
//! sees each blob the reader hands over) within per-file bounds (bytes, time, nesting). What a file held is
//! kept by (layer digest, entry index), for the report to attach to every version and image
//! that shows those bytes. Each entry is scanned where it is: the rules may test its path, so
//! equal bytes are not assumed to give equal results (and hashing every file again to find
//! equal ones would cost more than the duplicates it saves). Once an image is built, a second
//! pass ([`per_image`]) scans what only the image shows: hardlinks under their own names, the
//! config's text, the versions' metadata and hashes.

pub mod ioc;
pub mod keywords;
mod literals;
pub mod meta;
pub mod nested;
pub mod per_image;
mod queue;
pub mod secrets;
mod spill;
pub mod stored;
pub mod yara;

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::layers::layer::{ContentSink, NoSink};
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::limits::Limits;
use ioc::{IocHit, IocList, IocSet};
use keywords::KeywordPass;
use meta::MetaChecks;
pub use nested::{Gap, GapKind};
use secrets::{DetectorInfo, DetectorSet, SecretMatch};
use stored::StoredOutcome;
use yara::{BlobScanError, BlobScanner, MatchInfo, RuleInfo, RuleSet};

/// A rule that matched one blob: the file itself (`chain` empty) or a member inside it. `R`
/// is how the rule is held: loaded, or by name in the layer cache (see [`stored`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit<R = Arc<RuleInfo>> {
    pub chain: Vec<String>,
    pub blob_sha256: Sha256Sum,
    pub blob_size: u64,
    pub rule: R,
    pub matches: Vec<MatchInfo>,
    /// Every match is on a commented-out line (see [`yara::RuleHit::commented_out`]).
    pub commented_out: bool,
    /// The blob starts with `#!`: a script, wherever it sits and whatever its name.
    pub shebang: bool,
}

/// A secret found in one blob: the file itself (`chain` empty) or a member inside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretHit<D = Arc<DetectorInfo>> {
    pub chain: Vec<String>,
    pub blob_sha256: Sha256Sum,
    pub found: SecretMatch<D>,
}

/// A listed indicator found in one blob: the file itself (`chain` empty) or a member inside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IocMatch<L = Arc<IocList>> {
    pub chain: Vec<String>,
    pub blob_sha256: Sha256Sum,
    pub hit: IocHit<L>,
}

/// Everything scanning one file's bytes produced: matches, and what was not (fully) scanned.
/// The rules, detectors and lists that found them are loaded ones, or in the layer cache their
/// names ([`stored::StoredOutcome`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileOutcome<R = Arc<RuleInfo>, D = Arc<DetectorInfo>, L = Arc<IocList>> {
    pub hits: Vec<Hit<R>>,
    pub secrets: Vec<SecretHit<D>>,
    pub iocs: Vec<IocMatch<L>>,
    pub gaps: Vec<Gap>,
}

impl Default for FileOutcome {
    fn default() -> Self {
        FileOutcome { hits: Vec::new(), secrets: Vec::new(), iocs: Vec::new(), gaps: Vec::new() }
    }
}

impl FileOutcome {
    fn is_empty(&self) -> bool {
        self.hits.is_empty() && self.secrets.is_empty() && self.iocs.is_empty() && self.gaps.is_empty()
    }
}

/// How file contents were scanned in this run; absent when they were not scanned at all.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ContentScanInfo {
    pub engine: &'static str,
    pub rules: usize,
    pub builtin_pack: bool,
    pub rule_files: Vec<String>,
    /// Rule files left out because they did not compile (`--skip-broken-rules`).
    pub rule_errors: Vec<String>,
    pub max_scan_bytes: u64,
    pub scan_timeout_secs: f64,
    pub max_nested_depth: usize,
    pub max_nested_bytes: u64,
    pub max_nested_members: usize,
    /// Secret detectors run (0: secrets were not scanned for).
    pub secret_detectors: usize,
    pub builtin_detectors: bool,
    /// The analyst's detector files, as given.
    pub detector_files: Vec<String>,
    /// Each gitleaks or Nosey Parker file among them: rules loaded of how many, those left out
    /// (`--skip-broken-rules`; also listed in the report's errors), those failing their own examples.
    pub detector_packs: Vec<crate::scan::secrets::PackLoad>,
    /// Whether findings hold whole secret values (`--show-secrets`) or only a redacted prefix.
    pub secrets_shown: bool,
    /// Indicators (domains, addresses, URLs, file hashes) matched, and the analyst's lists.
    pub ioc_indicators: usize,
    pub ioc_files: Vec<String>,
}

/// The sink the layer reader streams to, and what it found there.
pub trait ContentScan: ContentSink {
    /// What scanning entry `entry` of the layer blob `layer_digest` found; None for a file
    /// scanned in full with no match (or not handed to the scanner: the layer says why).
    fn outcome(&self, layer_digest: OciDigest, entry: u32) -> Option<Arc<FileOutcome>>;

    /// The engines behind the sink, for what needs more than its outcomes: the report's account
    /// of the scan, the layer cache, the pass over each image. None: contents are not scanned.
    fn scanner(&self) -> Option<&ContentScanner<'_>> {
        None
    }
}

impl ContentScan for NoSink {
    fn outcome(&self, _: OciDigest, _: u32) -> Option<Arc<FileOutcome>> {
        None
    }
}

/// The engines a scan runs over every blob.
#[derive(Clone, Copy)]
pub struct Engines<'r> {
    pub rules: &'r RuleSet,
    /// None: secrets are not scanned for (`--no-secrets`).
    pub secrets: Option<&'r DetectorSet>,
    pub show_secrets: bool,
    /// File metadata and image-name checks (None: not run).
    pub meta: Option<&'r MetaChecks>,
    /// Indicator lists matched in every blob and config field (None: not matched).
    pub ioc: Option<&'r IocSet>,
    /// One literal pass for `secrets`' keywords and `ioc`'s names, built from these two (None:
    /// each set searches with its own, built at first use).
    pub keywords: Option<&'r KeywordPass>,
}

impl<'r> Engines<'r> {
    /// YARA rules and, optionally, secret detectors, with secrets redacted in findings.
    pub fn new(rules: &'r RuleSet, secrets: Option<&'r DetectorSet>) -> Self {
        Engines { rules, secrets, show_secrets: false, meta: None, ioc: None, keywords: None }
    }
}

/// Scans every file version handed over by the layer reader.
pub struct ContentScanner<'r> {
    engines: Engines<'r>,
    limits: Limits,
    by_entry: Mutex<HashMap<(OciDigest, u32), Arc<FileOutcome>>>,
    /// Per layer blob digest, how many of its leading entries were scanned. A blob read again
    /// (held by another tarball of the run, or re-read when an entry budget ran out) has the
    /// same bytes, so its outcomes stand and only what was not reached yet is scanned.
    scanned_entries: Mutex<HashMap<OciDigest, u32>>,
    files_scanned: AtomicU64,
}

impl<'r> ContentScanner<'r> {
    pub fn new(engines: Engines<'r>, limits: &Limits) -> Self {
        ContentScanner {
            engines,
            limits: limits.clone(),
            by_entry: Mutex::default(),
            scanned_entries: Mutex::default(),
            files_scanned: AtomicU64::new(0),
        }
    }

    /// Files handed to the rules so far. Not in the report: when an entry budget runs out, how
    /// many files the first, parallel read reached depends on thread timing.
    pub fn files_scanned(&self) -> u64 {
        self.files_scanned.load(Ordering::Relaxed)
    }

    /// What the report says about how contents were scanned.
    pub fn describe(&self) -> ContentScanInfo {
        let limits = &self.limits;
        let Engines { rules, secrets, show_secrets, ioc, .. } = self.engines;
        ContentScanInfo {
            engine: "yara-x",
            rules: rules.len(),
            builtin_pack: rules.builtin,
            rule_files: rules.sources.clone(),
            rule_errors: rules.broken.clone(),
            max_scan_bytes: limits.max_scan_bytes,
            scan_timeout_secs: limits.scan_timeout.as_secs_f64(),
            max_nested_depth: limits.max_nested_depth,
            max_nested_bytes: limits.max_nested_bytes,
            max_nested_members: limits.max_nested_members,
            secret_detectors: secrets.map_or(0, DetectorSet::len),
            builtin_detectors: secrets.is_some_and(|s| s.builtin),
            detector_files: secrets.map(|s| s.sources.clone()).unwrap_or_default(),
            detector_packs: secrets.map(|s| s.packs.clone()).unwrap_or_default(),
            secrets_shown: show_secrets,
            ioc_indicators: ioc.map_or(0, IocSet::indicators),
            ioc_files: ioc.map(|i| i.sources.clone()).unwrap_or_default(),
        }
    }

    /// What a layer's outcomes depend on besides its bytes, for the layer cache: the rule,
    /// detector and indicator packs loaded, the bounds that change what a file's scan finds,
    /// and the tool's version.
    pub fn cache_key(&self) -> Sha256Sum {
        let Engines { rules, secrets, ioc, .. } = self.engines;
        let limits = &self.limits;
        let pack = |fingerprint: Option<Sha256Sum>| fingerprint.map_or_else(|| "none".to_string(), |f| f.to_string());
        let bounds = format!(
            "max_scan_bytes={} max_nested_depth={} max_nested_bytes={} max_nested_members={}",
            limits.max_scan_bytes, limits.max_nested_depth, limits.max_nested_bytes, limits.max_nested_members
        );
        let parts = [
            "layerhound layer cache".to_string(),
            env!("CARGO_PKG_VERSION").to_string(),
            pack(Some(rules.fingerprint)),
            pack(secrets.map(|set| set.fingerprint)),
            pack(ioc.map(|set| set.fingerprint)),
            bounds,
        ];
        crate::shared::digest::fingerprint(parts.iter().map(String::as_str))
    }

    /// Every outcome of the blob `layer_digest`'s entries, to cache; None when one of them is
    /// not to be kept (a timeout, a scanner failure).
    pub fn stored_outcomes(&self, layer_digest: OciDigest) -> Option<Vec<(u32, StoredOutcome)>> {
        let by_entry = self.by_entry.lock().unwrap_or_else(PoisonError::into_inner);
        let mut kept = by_entry
            .iter()
            .filter(|((digest, _), _)| *digest == layer_digest)
            .map(|((_, entry), outcome)| Some((*entry, StoredOutcome::keep(outcome, &self.engines)?)))
            .collect::<Option<Vec<_>>>()?;
        kept.sort_by_key(|(entry, _)| *entry);
        Some(kept)
    }

    /// Takes `outcomes` as what scanning the first `entries` entries of the blob `layer_digest`
    /// found, as if they had been scanned now. False, and nothing taken, when one names a rule,
    /// detector or list this scan has not loaded.
    pub fn adopt(&self, layer_digest: OciDigest, entries: u32, outcomes: Vec<(u32, StoredOutcome)>) -> bool {
        let Some(restored) =
            outcomes.into_iter().map(|(entry, stored)| Some((entry, stored.restore(&self.engines)?))).collect::<Option<Vec<_>>>()
        else {
            return false;
        };
        let mut by_entry = self.by_entry.lock().unwrap_or_else(PoisonError::into_inner);
        for (entry, outcome) in restored {
            by_entry.insert((layer_digest, entry), Arc::new(outcome));
        }
        drop(by_entry);
        let mut scanned = self.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner);
        let before = scanned.entry(layer_digest).or_insert(0);
        *before = (*before).max(entries);
        true
    }
}

impl ContentScan for ContentScanner<'_> {
    fn outcome(&self, layer_digest: OciDigest, entry: u32) -> Option<Arc<FileOutcome>> {
        self.by_entry.lock().unwrap_or_else(PoisonError::into_inner).get(&(layer_digest, entry)).cloned()
    }

    fn scanner(&self) -> Option<&ContentScanner<'_>> {
        Some(self)
    }
}

/// The file whose bytes are scanned, as the rules see it.
pub struct FileInfo<'a> {
    /// `filepath` (a nested member's is `outer!/member`; a config field's is its name).
    pub path: &'a str,
    /// `owner`: the tar entry's user name, or its uid.
    pub owner: &'a str,
    /// The whole file's size (only a prefix may be scanned).
    pub size: u64,
}

/// [`scan_file`] of a file's first bytes; None if it panicked.
fn guarded_scan(
    scanner: &mut BlobScanner<'_>,
    engines: &Engines<'_>,
    bytes: &[u8],
    file: &FileInfo<'_>,
    limits: &Limits,
) -> Option<FileOutcome> {
    let truncated = bytes.len() as u64 == limits.max_scan_bytes && file.size > limits.max_scan_bytes;
    panic::catch_unwind(AssertUnwindSafe(|| scan_file(scanner, engines, bytes, file, truncated.then_some(file.size), limits))).ok()
}

/// The line `before` ends in, from its first non-blank byte: what a line-oriented file (a
/// crontab, a hosts file, a script) says before a match that starts where `before` ends.
fn line_leading_to(before: &[u8]) -> &[u8] {
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |newline| newline + 1);
    before[line_start..].trim_ascii_start()
}

/// What a panic (a bug) while scanning a file leaves: a gap, and the scan goes on.
fn scanner_failed() -> FileOutcome {
    FileOutcome {
        hits: Vec::new(),
        secrets: Vec::new(),
        iocs: Vec::new(),
        gaps: vec![Gap {
            chain: Vec::new(),
            kind: GapKind::ScannerError,
            reason: "internal error while scanning this file (a layerhound bug); the scan went on".into(),
        }],
    }
}

/// Scans a file's bytes and every archive member inside them, within the file's time budget.
/// `cut_from` is the file's full size when only a prefix was read; large members are held
/// under `limits.spill_dir`.
fn scan_file(
    scanner: &mut BlobScanner<'_>,
    engines: &Engines<'_>,
    bytes: &[u8],
    file: &FileInfo<'_>,
    cut_from: Option<u64>,
    limits: &Limits,
) -> FileOutcome {
    let path = file.path;
    let mut visitor = BlobVisitor {
        scanner,
        secrets: engines.secrets,
        ioc: engines.ioc,
        keywords: engines.keywords,
        path,
        owner: file.owner,
        deadline: Instant::now() + limits.scan_timeout,
        timeout: limits.scan_timeout,
        outcome: FileOutcome::default(),
    };
    if let Some(size) = cut_from {
        visitor.outcome.gaps.push(Gap {
            chain: Vec::new(),
            kind: GapKind::Truncated,
            reason: format!("scanned the first {} of {size} bytes (--max-scan-bytes)", bytes.len()),
        });
    }
    nested::walk(bytes, path, limits, &mut visitor);
    let mut outcome = visitor.outcome;
    drop_container_copies(&mut outcome);
    outcome
}

/// A stored (uncompressed) member's bytes are also bytes of the archive holding it, so a secret
/// or indicator in a member is found in every container up the chain too. Only the innermost
/// sighting names where it is.
fn drop_container_copies(outcome: &mut FileOutcome) {
    fn inside(chain: &[String], container: &[String]) -> bool {
        chain.len() > container.len() && chain.starts_with(container)
    }
    let mut secret_chains: HashMap<Sha256Sum, Vec<Vec<String>>> = HashMap::new();
    for secret in &outcome.secrets {
        secret_chains.entry(secret.found.value_sha256).or_default().push(secret.chain.clone());
    }
    outcome.secrets.retain(|s| !secret_chains[&s.found.value_sha256].iter().any(|chain| inside(chain, &s.chain)));
    let mut ioc_chains: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for ioc in &outcome.iocs {
        ioc_chains.entry(ioc.hit.indicator.clone()).or_default().push(ioc.chain.clone());
    }
    outcome.iocs.retain(|i| !ioc_chains[&i.hit.indicator].iter().any(|chain| inside(chain, &i.chain)));
}

struct BlobVisitor<'a, 's> {
    scanner: &'a mut BlobScanner<'s>,
    secrets: Option<&'a DetectorSet>,
    ioc: Option<&'a IocSet>,
    keywords: Option<&'a KeywordPass>,
    path: &'a str,
    owner: &'a str,
    deadline: Instant,
    timeout: Duration,
    outcome: FileOutcome,
}

impl nested::Visitor for BlobVisitor<'_, '_> {
    fn blob(&mut self, chain: &[String], bytes: &[u8]) -> ControlFlow<()> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            self.record(
                GapKind::Timeout,
                chain,
                format!(
                    "not scanned, nor anything after it in this file: the file's scan time of {:?} ran out (--scan-timeout)",
                    self.timeout
                ),
            );
            return ControlFlow::Break(());
        }
        let filepath = chain.iter().fold(self.path.to_string(), |mut path, member| {
            path.push_str("!/");
            path.push_str(member);
            path
        });
        let (found, iocs) = match self.keywords {
            Some(pass) => {
                let (mut found, iocs) = pass.scan(self.secrets, self.ioc, bytes, &filepath);
                if let Some(secrets) = self.secrets {
                    secrets.pair(&mut found);
                }
                (found, iocs)
            }
            // Each set's own search, built at first use.
            None => {
                let found = match self.secrets.map(|secrets| secrets.scan(bytes, &filepath)).transpose() {
                    Ok(found) => found.unwrap_or_default(),
                    Err(err) => {
                        self.record(GapKind::ScannerError, chain, format!("the secret scan failed: {err}"));
                        Vec::new()
                    }
                };
                let iocs = match self.ioc.map(|ioc| ioc.scan(bytes, &filepath)).transpose() {
                    Ok(iocs) => iocs.unwrap_or_default(),
                    Err(err) => {
                        self.record(GapKind::ScannerError, chain, format!("the indicator scan failed: {err}"));
                        Vec::new()
                    }
                };
                (found, iocs)
            }
        };
        let mut blob_sha256: Option<Sha256Sum> = None;
        let mut blob_hash = || *blob_sha256.get_or_insert_with(|| Sha256Sum::of(bytes));
        if found.len() >= secrets::MAX_MATCHES_PER_BLOB {
            self.record(
                GapKind::SecretMatches,
                chain,
                format!("more than {} secrets in this blob: the first {0} are reported", secrets::MAX_MATCHES_PER_BLOB),
            );
        }
        for secret in found {
            self.outcome.secrets.push(SecretHit { chain: chain.to_vec(), blob_sha256: blob_hash(), found: secret });
        }
        for hit in iocs {
            self.outcome.iocs.push(IocMatch { chain: chain.to_vec(), blob_sha256: blob_hash(), hit });
        }
        match self.scanner.scan(bytes, &filepath, self.owner, left) {
            Ok(hits) => {
                if !hits.is_empty() {
                    let blob_sha256 = blob_hash();
                    for hit in hits {
                        self.outcome.hits.push(Hit {
                            chain: chain.to_vec(),
                            blob_sha256,
                            blob_size: bytes.len() as u64,
                            rule: hit.rule,
                            matches: hit.matches,
                            commented_out: hit.commented_out,
                            shebang: bytes.starts_with(b"#!"),
                        });
                    }
                }
                ControlFlow::Continue(())
            }
            Err(BlobScanError::Timeout) => {
                self.record(
                    GapKind::Timeout,
                    chain,
                    format!(
                        "the YARA scan timed out (the file's scan time is {:?}, --scan-timeout): its matches, and those of \
                         any archive members in it or after it in this file, are unknown",
                        self.timeout
                    ),
                );
                ControlFlow::Break(())
            }
            Err(BlobScanError::Failed(message)) => {
                self.record(GapKind::ScannerError, chain, format!("the YARA scan failed: {message}"));
                ControlFlow::Continue(())
            }
        }
    }

    fn gap(&mut self, gap: Gap) {
        self.outcome.gaps.push(gap);
    }
}

impl BlobVisitor<'_, '_> {
    fn record(&mut self, kind: GapKind, chain: &[String], reason: String) {
        self.outcome.gaps.push(Gap { chain: chain.to_vec(), kind, reason });
    }
}
