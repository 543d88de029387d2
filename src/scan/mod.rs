//! Content scanning: every file version's bytes, and the members of archives inside them, run
//! through the YARA rules, the secret detectors and the indicator lists (one pass: every engine
//! sees each blob the reader hands over) within per-file bounds (bytes, time, nesting). What a file held is
//! kept by (layer digest, entry index), for the report to attach to every version and image
//! that shows those bytes. Each entry is scanned where it is: the rules may test its path, so
//! equal bytes are not assumed to give equal results (and hashing every file again to find
//! equal ones would cost more than the duplicates it saves).

pub mod ioc;
mod literals;
pub mod meta;
pub mod nested;
pub mod secrets;
pub mod stored;
pub mod yara;

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::layer::{ContentSink, EntryLocation, LayerSink, LayerSinks, NoSink};
use crate::limits::Limits;
use crate::overlay;
use crate::pathbytes::display_bytes;
use ioc::{IocHit, IocSet};
use meta::MetaChecks;
pub use nested::{Gap, GapKind};
use secrets::{DetectorSet, SecretMatch};
use stored::StoredOutcome;
use yara::{BlobScanError, BlobScanner, MatchInfo, RuleInfo, RuleSet};

/// A rule that matched one blob: the file itself (`chain` empty) or a member inside it.
#[derive(Debug, Clone)]
pub struct Hit {
    pub chain: Vec<String>,
    pub blob_sha256: [u8; 32],
    pub blob_size: u64,
    pub rule: Arc<RuleInfo>,
    pub matches: Vec<MatchInfo>,
    /// Every match is on a commented-out line (see [`yara::RuleHit::commented_out`]).
    pub commented_out: bool,
    /// The blob starts with `#!`: a script, wherever it sits and whatever its name.
    pub shebang: bool,
}

/// A secret found in one blob: the file itself (`chain` empty) or a member inside it.
#[derive(Debug, Clone)]
pub struct SecretHit {
    pub chain: Vec<String>,
    pub blob_sha256: [u8; 32],
    pub found: SecretMatch,
}

/// A listed indicator found in one blob: the file itself (`chain` empty) or a member inside it.
#[derive(Debug, Clone)]
pub struct IocMatch {
    pub chain: Vec<String>,
    pub blob_sha256: [u8; 32],
    pub hit: IocHit,
}

/// Everything scanning one file's bytes produced: matches, and what was not (fully) scanned.
#[derive(Debug, Default)]
pub struct FileOutcome {
    pub hits: Vec<Hit>,
    pub secrets: Vec<SecretHit>,
    pub iocs: Vec<IocMatch>,
    pub gaps: Vec<Gap>,
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

/// A sink whose results the report attaches to file versions.
pub trait ContentScan: ContentSink {
    /// What the report says about how contents were scanned (None: they were not).
    fn describe(&self) -> Option<ContentScanInfo>;

    /// What scanning entry `entry` of the layer blob `layer_digest` found; None for a file
    /// scanned in full with no match (or not handed to the scanner: the layer says why).
    fn outcome(&self, layer_digest: &str, entry: u32) -> Option<Arc<FileOutcome>>;

    /// Scans a file's first bytes again under another of its names (a hardlink's path: rules
    /// may test the path). `size` is the whole file's. None when contents are not scanned.
    fn rescan_as(&self, file: &FileInfo<'_>, bytes: &[u8]) -> Option<FileOutcome>;

    /// Scans an image config's text fields, by (field name, text): the YARA rules see each
    /// field's name as `filepath` (`config.entrypoint`, `history[5].created_by`); secret pairing
    /// spans all the fields. One outcome per field, in order.
    fn scan_fields(&self, fields: &[(String, String)]) -> Vec<FileOutcome>;

    /// Whether findings may hold whole secret values.
    fn show_secrets(&self) -> bool;

    /// The metadata and name checks to run on each image (None: not run).
    fn meta(&self) -> Option<&MetaChecks>;

    /// The indicator lists, for file hashes (None: not matched).
    fn ioc(&self) -> Option<&IocSet>;

    /// What a layer's outcomes depend on besides its bytes, for the layer cache: the rule,
    /// detector and indicator packs loaded, the bounds that change what a file's scan finds,
    /// and the tool's version. None (the default): no layer is cached.
    fn cache_key(&self) -> Option<[u8; 32]> {
        None
    }

    /// Every outcome of the blob `layer_digest`'s entries, to cache; None when one of them is
    /// not to be kept (a timeout, a scanner failure).
    fn stored_outcomes(&self, _layer_digest: &str) -> Option<Vec<(u32, StoredOutcome)>> {
        None
    }

    /// Takes `outcomes` as what scanning the first `entries` entries of the blob `layer_digest`
    /// found, as if they had been scanned now. False, and nothing taken, when one names a rule,
    /// detector or list this scan has not loaded.
    fn adopt(&self, _layer_digest: &str, _entries: u32, _outcomes: Vec<(u32, StoredOutcome)>) -> bool {
        false
    }
}

impl ContentScan for NoSink {
    fn describe(&self) -> Option<ContentScanInfo> {
        None
    }

    fn outcome(&self, _: &str, _: u32) -> Option<Arc<FileOutcome>> {
        None
    }

    fn rescan_as(&self, _: &FileInfo<'_>, _: &[u8]) -> Option<FileOutcome> {
        None
    }

    fn scan_fields(&self, _: &[(String, String)]) -> Vec<FileOutcome> {
        Vec::new()
    }

    fn show_secrets(&self) -> bool {
        false
    }

    fn meta(&self) -> Option<&MetaChecks> {
        None
    }

    fn ioc(&self) -> Option<&IocSet> {
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
}

impl<'r> Engines<'r> {
    /// YARA rules and, optionally, secret detectors, with secrets redacted in findings.
    pub fn new(rules: &'r RuleSet, secrets: Option<&'r DetectorSet>) -> Self {
        Engines { rules, secrets, show_secrets: false, meta: None, ioc: None }
    }
}

/// Scans every file version handed over by the layer reader.
pub struct ContentScanner<'r> {
    engines: Engines<'r>,
    limits: Limits,
    by_entry: Mutex<HashMap<(String, u32), Arc<FileOutcome>>>,
    /// Per layer blob digest, how many of its leading entries were scanned. A blob read again
    /// (held by another tarball of the run, or re-read when an entry budget ran out) has the
    /// same bytes, so its outcomes stand and only what was not reached yet is scanned.
    scanned_entries: Mutex<HashMap<String, u32>>,
    files_scanned: AtomicU64,
    /// Where large decompressed files wait for a scan worker (None: the system temp dir).
    spill_dir: Option<PathBuf>,
}

impl<'r> ContentScanner<'r> {
    pub fn new(engines: Engines<'r>, limits: &Limits) -> Self {
        ContentScanner {
            engines,
            limits: limits.clone(),
            by_entry: Mutex::default(),
            scanned_entries: Mutex::default(),
            files_scanned: AtomicU64::new(0),
            spill_dir: None,
        }
    }

    /// Large decompressed files wait for a scan worker in unlinked temp files under `dir`
    /// (`--tmpdir`) rather than the system temp dir.
    pub fn spilling_to(self, dir: Option<PathBuf>) -> Self {
        ContentScanner { spill_dir: dir, ..self }
    }

    /// Files handed to the rules so far. Not in the report: when an entry budget runs out, how
    /// many files the first, parallel read reached depends on thread timing.
    pub fn files_scanned(&self) -> u64 {
        self.files_scanned.load(Ordering::Relaxed)
    }
}

impl ContentSink for ContentScanner<'_> {
    /// The layers' readers hand each file's bytes to scan workers, one per thread of the pool
    /// (`--jobs`), through a queue bounded by bytes: decompressing, walking and hashing a layer
    /// runs beside the scanning of its files, so one big layer keeps every core busy.
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn LayerSinks<'b>)) {
        let workers = rayon::current_num_threads().max(1);
        let queue = Queue::new(self.limits.scan_queue_bytes, workers);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| self.work(&queue));
            }
            let _close = CloseOnDrop(&queue);
            read(&Feeders { shared: self, queue: &queue });
        });
    }
}

impl ContentScan for ContentScanner<'_> {
    fn describe(&self) -> Option<ContentScanInfo> {
        let limits = &self.limits;
        let Engines { rules, secrets, show_secrets, ioc, .. } = self.engines;
        Some(ContentScanInfo {
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
        })
    }

    fn outcome(&self, layer_digest: &str, entry: u32) -> Option<Arc<FileOutcome>> {
        self.by_entry.lock().unwrap_or_else(PoisonError::into_inner).get(&(layer_digest.to_string(), entry)).cloned()
    }

    fn rescan_as(&self, file: &FileInfo<'_>, bytes: &[u8]) -> Option<FileOutcome> {
        let mut scanner = self.engines.rules.scanner();
        Some(guarded_scan(&mut scanner, &self.engines, bytes, file, &self.limits).unwrap_or_else(scanner_failed))
    }

    fn scan_fields(&self, fields: &[(String, String)]) -> Vec<FileOutcome> {
        let mut scanner = self.engines.rules.scanner();
        let mut outcomes: Vec<FileOutcome> = fields
            .iter()
            .map(|(name, text)| {
                let size = text.len() as u64;
                // Pairing below spans the fields, so each field is scanned for secrets unpaired.
                let unpaired = Engines { secrets: None, ..self.engines };
                let field = FileInfo { path: name, owner: "", size };
                let mut outcome = guarded_scan(&mut scanner, &unpaired, text.as_bytes(), &field, &self.limits).unwrap_or_else(|| {
                    scanner = self.engines.rules.scanner();
                    scanner_failed()
                });
                if let Some(secrets) = self.engines.secrets {
                    let blob_sha256: [u8; 32] = Sha256::digest(text.as_bytes()).into();
                    outcome.secrets = secrets
                        .scan_unpaired(text.as_bytes(), name)
                        .into_iter()
                        .map(|found| SecretHit { chain: Vec::new(), blob_sha256, found })
                        .collect();
                }
                outcome
            })
            .collect();
        if let Some(secrets) = self.engines.secrets {
            let mut all: Vec<SecretMatch> = outcomes.iter().flat_map(|o| o.secrets.iter().map(|hit| hit.found.clone())).collect();
            secrets.pair(&mut all);
            for (hit, paired) in outcomes.iter_mut().flat_map(|o| o.secrets.iter_mut()).zip(all) {
                hit.found = paired;
            }
        }
        outcomes
    }

    fn show_secrets(&self) -> bool {
        self.engines.show_secrets
    }

    fn meta(&self) -> Option<&MetaChecks> {
        self.engines.meta
    }

    fn ioc(&self) -> Option<&IocSet> {
        self.engines.ioc
    }

    fn cache_key(&self) -> Option<[u8; 32]> {
        let Engines { rules, secrets, ioc, .. } = self.engines;
        let limits = &self.limits;
        let pack = |fingerprint: Option<[u8; 32]>| fingerprint.map_or_else(|| "none".to_string(), hex::encode);
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
        Some(crate::digest::fingerprint(parts.iter().map(String::as_str)))
    }

    fn stored_outcomes(&self, layer_digest: &str) -> Option<Vec<(u32, StoredOutcome)>> {
        let by_entry = self.by_entry.lock().unwrap_or_else(PoisonError::into_inner);
        let mut kept = by_entry
            .iter()
            .filter(|((digest, _), _)| digest == layer_digest)
            .map(|((_, entry), outcome)| Some((*entry, StoredOutcome::keep(outcome, &self.engines)?)))
            .collect::<Option<Vec<_>>>()?;
        kept.sort_by_key(|(entry, _)| *entry);
        Some(kept)
    }

    fn adopt(&self, layer_digest: &str, entries: u32, outcomes: Vec<(u32, StoredOutcome)>) -> bool {
        let Some(restored) =
            outcomes.into_iter().map(|(entry, stored)| Some((entry, stored.restore(&self.engines)?))).collect::<Option<Vec<_>>>()
        else {
            return false;
        };
        let mut by_entry = self.by_entry.lock().unwrap_or_else(PoisonError::into_inner);
        for (entry, outcome) in restored {
            by_entry.insert((layer_digest.to_string(), entry), Arc::new(outcome));
        }
        drop(by_entry);
        let mut scanned = self.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner);
        let before = scanned.entry(layer_digest.to_string()).or_insert(0);
        *before = (*before).max(entries);
        true
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

/// What a panic (a bug) while scanning a file leaves: a gap, and the scan goes on.
/// The line `before` ends in, from its first non-blank byte: what a line-oriented file (a
/// crontab, a hosts file, a script) says before a match that starts where `before` ends.
fn line_leading_to(before: &[u8]) -> &[u8] {
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |newline| newline + 1);
    before[line_start..].trim_ascii_start()
}

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

/// One layer's hand-over: on the thread that reads the layer, each file's bytes go to the
/// session's scan workers.
struct LayerFeeder<'s, 'b> {
    shared: &'s ContentScanner<'s>,
    queue: &'s Queue<'b>,
    /// Known at the first file: the layer's digest, the entries scanned before (skipped), and
    /// the entries handed over so far.
    progress: Option<Progress>,
}

struct Progress {
    digest: Arc<str>,
    scanned_before: u32,
    scanned: u32,
}

impl Drop for LayerFeeder<'_, '_> {
    fn drop(&mut self) {
        if let Some(progress) = self.progress.take() {
            let mut scanned = self.shared.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner);
            let entry = scanned.entry(progress.digest.to_string()).or_insert(0);
            *entry = (*entry).max(progress.scanned);
        }
    }
}

/// What a queued file costs besides its bytes (its names, the job): bounds the queue of files
/// scanned in place, whose bytes cost nothing.
const JOB_COST: u64 = 4 << 10;

impl<'b> LayerSink<'b> for LayerFeeder<'_, 'b> {
    fn file(&mut self, location: &EntryLocation<'_>, content: &mut dyn Read, in_place: Option<&'b [u8]>) {
        let shared = self.shared;
        let progress = self.progress.get_or_insert_with(|| {
            let scanned_before =
                shared.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner).get(location.layer_digest).copied().unwrap_or(0);
            Progress { digest: location.layer_digest.into(), scanned_before, scanned: 0 }
        });
        if location.entry_index < progress.scanned_before {
            return;
        }
        progress.scanned = location.entry_index.saturating_add(1);
        shared.files_scanned.fetch_add(1, Ordering::Relaxed);
        let limits = &shared.limits;
        // The header's size is only a hint, and capped: what is read is what counts, never
        // more than the hint. A read error (a layer cut short) is the layer's to report; what
        // was read is scanned.
        let hint = location.size.min(limits.max_scan_bytes);
        let body = match in_place {
            Some(bytes) => {
                self.queue.reserve(JOB_COST, false);
                Body::InPlace(&bytes[..bytes.len().min(usize::try_from(hint).unwrap_or(usize::MAX))])
            }
            // A decompressed file over half the queue's budget is held in an unlinked temp
            // file, mapped, rather than on the heap: memory stays bounded by the queue whatever
            // the files' sizes.
            None if hint > limits.scan_queue_bytes / 2 => {
                self.queue.reserve(JOB_COST, true);
                match spill(content, hint, shared.spill_dir.as_deref()) {
                    Ok(map) => Body::Spilled(map),
                    Err(err) => {
                        self.queue.release(Body::Spilled(None));
                        let gap = Gap {
                            chain: Vec::new(),
                            kind: GapKind::ScannerError,
                            reason: format!("not scanned: no temp file to hold its {hint} bytes ({err})"),
                        };
                        let outcome = FileOutcome { gaps: vec![gap], ..FileOutcome::default() };
                        shared.record(&progress.digest, location.entry_index, outcome);
                        return;
                    }
                }
            }
            None => {
                self.queue.reserve(JOB_COST + hint, false);
                let mut buffer = self.queue.spare_buffer();
                buffer.reserve(usize::try_from(hint).unwrap_or(0));
                let _ = content.take(hint).read_to_end(&mut buffer);
                Body::Read(buffer)
            }
        };
        self.queue.push(Job {
            digest: Arc::clone(&progress.digest),
            entry_index: location.entry_index,
            path: display_bytes(&overlay::normalize(location.path).0),
            owner: location.owner.to_string(),
            size: location.size,
            body,
        });
    }
}

/// Reads up to `limit` bytes of `content` into an unlinked temp file and maps it (None: nothing
/// was read). Fails only on the temp file.
fn spill(content: &mut dyn Read, limit: u64, dir: Option<&Path>) -> std::io::Result<Option<memmap2::Mmap>> {
    let mut file = match dir {
        Some(dir) => tempfile::tempfile_in(dir)?,
        None => tempfile::tempfile()?,
    };
    let mut chunk = vec![0u8; 1 << 20];
    let mut content = content.take(limit);
    let mut written = 0;
    loop {
        let n = match content.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        file.write_all(&chunk[..n])?;
        written += n;
    }
    if written == 0 {
        return Ok(None);
    }
    // SAFETY: a private, unlinked temp file this process just wrote and nothing else touches.
    unsafe { memmap2::Mmap::map(&file) }.map(Some)
}

/// A file's bytes as a scan worker gets them.
enum Body<'b> {
    /// Read from a decompressed layer into a buffer of the queue's.
    Read(Vec<u8>),
    /// A large decompressed file, in a mapped temp file (None: empty).
    Spilled(Option<memmap2::Mmap>),
    /// Where they lie in a plain layer's (mapped) blob.
    InPlace(&'b [u8]),
}

impl Body<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Body::Read(buffer) => buffer,
            Body::Spilled(map) => map.as_deref().unwrap_or_default(),
            Body::InPlace(bytes) => bytes,
        }
    }

    /// What holding these bytes costs the queue's memory budget.
    fn cost(&self) -> u64 {
        JOB_COST + if let Body::Read(buffer) = self { buffer.len() as u64 } else { 0 }
    }
}

/// Queued work at which a sleeping worker is woken.
const WAKE_WORK: u64 = 256 << 10;

struct Job<'b> {
    digest: Arc<str>,
    entry_index: u32,
    path: String,
    owner: String,
    size: u64,
    body: Body<'b>,
}

impl Job<'_> {
    fn work(&self) -> u64 {
        JOB_COST + self.body.bytes().len() as u64
    }
}

/// Files between the layer readers and the scan workers, bounded by the bytes they hold
/// (queued or being scanned), not by their number.
struct Queue<'b> {
    state: Mutex<QueueState<'b>>,
    /// Spilled files held at once (each up to `--max-scan-bytes` of temp file).
    spill_slots: usize,
    /// Signalled when a job is queued or the queue closes.
    queued: Condvar,
    /// Signalled when a scan ends and gives its bytes back.
    released: Condvar,
    budget: u64,
}

struct QueueState<'b> {
    jobs: VecDeque<Job<'b>>,
    /// Bytes to scan in the queued jobs, plus [`JOB_COST`] each: what a woken worker finds.
    queued_work: u64,
    /// Workers asleep for want of jobs, and readers waiting for budget: nobody is woken (a
    /// system call, often a context switch) unless someone waits.
    idle_workers: usize,
    waiting_readers: usize,
    /// Budget taken by files reserved, queued or being scanned.
    held: u64,
    spilled: usize,
    /// Buffers of files scanned, for the readers to fill again, and their total capacity.
    spare: Vec<Vec<u8>>,
    spare_bytes: usize,
    closed: bool,
}

impl<'b> Queue<'b> {
    fn new(budget: u64, spill_slots: usize) -> Self {
        Queue {
            state: Mutex::new(QueueState {
                jobs: VecDeque::new(),
                queued_work: 0,
                idle_workers: 0,
                waiting_readers: 0,
                held: 0,
                spilled: 0,
                spare: Vec::new(),
                spare_bytes: 0,
                closed: false,
            }),
            spill_slots,
            queued: Condvar::new(),
            released: Condvar::new(),
            budget,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, QueueState<'b>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until `cost` fits in the budget (and, for a file to spill, a spill slot is free).
    /// A file larger than the whole budget waits until nothing else is held, then goes alone.
    fn reserve(&self, cost: u64, spill: bool) {
        let mut state = self.lock();
        while (state.held > 0 && state.held + cost > self.budget) || (spill && state.spilled >= self.spill_slots) {
            // What is queued must be scanned for budget to come back: no worker may sleep on it.
            if state.idle_workers > 0 && !state.jobs.is_empty() {
                self.queued.notify_all();
            }
            state.waiting_readers += 1;
            state = self.released.wait(state).unwrap_or_else(PoisonError::into_inner);
            state.waiting_readers -= 1;
        }
        state.held += cost;
        state.spilled += usize::from(spill);
    }

    fn spare_buffer(&self) -> Vec<u8> {
        let mut state = self.lock();
        let buffer = state.spare.pop().unwrap_or_default();
        state.spare_bytes -= buffer.capacity();
        buffer
    }

    fn push(&self, job: Job<'b>) {
        let mut state = self.lock();
        state.queued_work += job.work();
        state.jobs.push_back(job);
        // A sleeping worker is woken for a batch of small files, not for each (900,000 empty
        // files cost a third less CPU than with one wake-up per file), or when a reader waits
        // for budget this file holds (this reader may have no more files to push).
        let wake = state.idle_workers > 0 && (state.queued_work >= WAKE_WORK || state.waiting_readers > 0);
        drop(state);
        if wake {
            self.queued.notify_one();
        }
    }

    /// The next file to scan; None once the queue is closed and empty.
    fn next(&self) -> Option<Job<'b>> {
        let mut state = self.lock();
        loop {
            if let Some(job) = state.jobs.pop_front() {
                state.queued_work -= job.work();
                return Some(job);
            }
            if state.closed {
                return None;
            }
            state.idle_workers += 1;
            state = self.queued.wait(state).unwrap_or_else(PoisonError::into_inner);
            state.idle_workers -= 1;
        }
    }

    /// Gives back what a scanned file held; its buffer is kept for reuse unless large.
    fn release(&self, body: Body<'b>) {
        let cost = body.cost();
        let mut state = self.lock();
        state.held = state.held.saturating_sub(cost);
        match body {
            Body::Read(mut buffer) if state.spare_bytes + buffer.capacity() <= self.budget as usize / 2 => {
                buffer.clear();
                state.spare_bytes += buffer.capacity();
                state.spare.push(buffer);
            }
            Body::Spilled(_) => state.spilled -= 1,
            _ => {}
        }
        let wake = state.waiting_readers > 0;
        drop(state);
        if wake {
            self.released.notify_all();
        }
    }

    fn close(&self) {
        self.lock().closed = true;
        self.queued.notify_all();
    }
}

/// Closes the queue however the readers end (a panic included), so the workers stop.
struct CloseOnDrop<'q, 'b>(&'q Queue<'b>);

impl Drop for CloseOnDrop<'_, '_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The layer sinks of one session, all feeding one queue.
struct Feeders<'s, 'b> {
    shared: &'s ContentScanner<'s>,
    queue: &'s Queue<'b>,
}

impl<'b> LayerSinks<'b> for Feeders<'_, 'b> {
    fn layer(&self) -> Box<dyn LayerSink<'b> + '_> {
        Box::new(LayerFeeder { shared: self.shared, queue: self.queue, progress: None })
    }
}

impl ContentScanner<'_> {
    /// One scan worker: its own yara-x scanner, files from the queue until it closes.
    fn work(&self, queue: &Queue<'_>) {
        let mut scanner = self.engines.rules.scanner();
        while let Some(job) = queue.next() {
            let file = FileInfo { path: &job.path, owner: &job.owner, size: job.size };
            let outcome = guarded_scan(&mut scanner, &self.engines, job.body.bytes(), &file, &self.limits).unwrap_or_else(|| {
                // The scanner's state is unknown after a panic: start a fresh one.
                scanner = self.engines.rules.scanner();
                scanner_failed()
            });
            self.record(&job.digest, job.entry_index, outcome);
            queue.release(job.body);
        }
    }

    fn record(&self, layer_digest: &str, entry: u32, outcome: FileOutcome) {
        if !outcome.is_empty() {
            self.by_entry.lock().unwrap_or_else(PoisonError::into_inner).insert((layer_digest.to_string(), entry), Arc::new(outcome));
        }
    }
}

/// Scans a file's bytes and every archive member inside them, within the file's time budget.
/// `cut_from` is the file's full size when only a prefix was read.
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
    let mut secret_chains: HashMap<[u8; 32], Vec<Vec<String>>> = HashMap::new();
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
        let found = self.secrets.map(|secrets| secrets.scan(bytes, &filepath)).unwrap_or_default();
        let mut blob_sha256: Option<[u8; 32]> = None;
        let mut blob_hash = || *blob_sha256.get_or_insert_with(|| Sha256::digest(bytes).into());
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
        for hit in self.ioc.map(|ioc| ioc.scan(bytes, &filepath)).unwrap_or_default() {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn job(entry_index: u32, body: Body<'static>) -> Job<'static> {
        Job { digest: Arc::from("sha256:x"), entry_index, path: String::new(), owner: String::new(), size: 0, body }
    }

    /// Readers push tiny files (as many as `files` says for each) through a queue of `budget`
    /// to one worker (after `pause`); the number scanned, or None if that did not end within
    /// 30 s (a worker left asleep).
    fn scanned_through_queue(budget: u64, files: &'static [u32], pause: Duration) -> Option<u64> {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let queue = Queue::new(budget, 1);
            let scanned = AtomicU64::new(0);
            std::thread::scope(|scope| {
                scope.spawn(|| {
                    while let Some(job) = queue.next() {
                        scanned.fetch_add(1, Ordering::Relaxed);
                        queue.release(job.body);
                    }
                });
                let _close = CloseOnDrop(&queue);
                std::thread::sleep(pause);
                let queue = &queue;
                std::thread::scope(|readers| {
                    for &count in files {
                        readers.spawn(move || {
                            for index in 0..count {
                                queue.reserve(JOB_COST, false);
                                queue.push(job(index, Body::Read(vec![0; 10])));
                            }
                        });
                    }
                });
            });
            let _ = done.send(scanned.load(Ordering::Relaxed));
        });
        finished.recv_timeout(Duration::from_secs(30)).ok()
    }

    /// Workers sleep until a batch is queued; a reader short of budget, or the end of the
    /// reading, must still get every file scanned.
    #[test]
    fn files_below_the_wake_batch_are_scanned_when_the_budget_runs_out_and_at_the_end() {
        // 8 tiny files fill the budget long before the 64 a wake-up waits for.
        assert_eq!(scanned_through_queue(JOB_COST * 8, &[100], Duration::ZERO), Some(100));
        assert_eq!(
            scanned_through_queue(JOB_COST * 1000, &[3], Duration::from_millis(20)),
            Some(3),
            "the last files, below a batch, are scanned when the queue closes"
        );
        // Room for one file: a reader pushing its last file while another waits for room.
        for _ in 0..200 {
            assert_eq!(scanned_through_queue(JOB_COST, &[1, 20, 3], Duration::ZERO), Some(24));
        }
    }
}
