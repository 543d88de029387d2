//! YARA rules: our built-in pack (embedded, so the binary works offline and alone) plus the
//! analyst's own source files, compiled once per run, or read back from the user's cache of
//! what this build compiled before (`cache.rs`). Compiled rule files are never loaded from
//! anywhere else: evidence could carry them.

mod cache;
mod classes;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Confidence, Severity};
use crate::shared::pathbytes::display_bytes;
pub use cache::RulesCache;
use classes::{Chosen, Compile, FileClass, Gates, Split};

/// The built-in pack, by file name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("cryptominer.yar", include_str!("../../../signatures/yara/cryptominer.yar")),
    ("reverse_shell.yar", include_str!("../../../signatures/yara/reverse_shell.yar")),
    ("persistence.yar", include_str!("../../../signatures/yara/persistence.yar")),
    ("container_escape.yar", include_str!("../../../signatures/yara/container_escape.yar")),
    ("image_config.yar", include_str!("../../../signatures/yara/image_config.yar")),
    ("webshell.yar", include_str!("../../../signatures/yara/webshell.yar")),
    ("webshell_stats.yar", include_str!("../../../signatures/yara/webshell_stats.yar")),
    ("container_malware.yar", include_str!("../../../signatures/yara/container_malware.yar")),
    ("tunnel.yar", include_str!("../../../signatures/yara/tunnel.yar")),
    ("hijack.yar", include_str!("../../../signatures/yara/hijack.yar")),
    ("class_evidence.yar", include_str!("../../../signatures/yara/class_evidence.yar")),
    ("behaviour_chain.yar", include_str!("../../../signatures/yara/behaviour_chain.yar")),
];

pub const BUILTIN_NAMESPACE: &str = "layerhound";

/// Matches kept per pattern: enough to show where, bounded for a file full of them.
const MAX_MATCHES_PER_PATTERN: usize = 64;
/// Matched bytes shown per match.
const MAX_MATCH_BYTES: usize = 96;
/// Bytes looked at for a NUL to tell a text file from a binary one.
const TEXT_PROBE: usize = 8192;

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("{path}: cannot read: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: no .yar or .yara files")]
    NoRuleFiles { path: PathBuf },
    #[error("{0}")]
    Compile(String),
    #[error("{origin}: rule {rule}: {message}")]
    Meta { origin: String, rule: String, message: String },
}

/// What a rule says about itself, from its `meta:` section.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    pub namespace: String,
    pub id: String,
    pub tags: Vec<String>,
    pub description: Option<String>,
    pub severity: Severity,
    pub confidence: Confidence,
    pub category: Option<String>,
    pub reference: Option<String>,
}

pub struct RuleSet {
    rules: yara_x::Rules,
    /// The rules in pieces by the file class they require (None: no rule requires one).
    split: Option<Arc<Split>>,
    /// Each rule's place in `rules` (hits are listed in that order, whichever piece found
    /// them) and what it says about itself.
    info: HashMap<(String, String), (usize, Arc<RuleInfo>)>,
    /// The compiler's warnings (each several lines, as yara-x prints them), and how many files
    /// gave them: a community pack gives hundreds, so they are counted unless asked for.
    pub warnings: Vec<String>,
    pub warned_files: usize,
    pub builtin: bool,
    /// The analyst's rule files, as given.
    pub sources: Vec<String>,
    /// Rule files left out because they did not compile or a rule's meta was refused (only with
    /// [`RuleSet::compile_tolerant`]).
    pub broken: Vec<String>,
    /// Hash of every source compiled (namespace, origin, text): what the rules are.
    pub fingerprint: Sha256Sum,
}

impl RuleSet {
    /// Compiles the built-in pack (unless `builtin` is false) and every `.yar`/`.yara` file
    /// under `paths`, each file in its own namespace (its stem), so rule names never collide.
    pub fn compile(paths: &[PathBuf], builtin: bool) -> Result<RuleSet, RulesError> {
        Self::build(paths, builtin, false, None)
    }

    /// [`RuleSet::compile`], but an analyst's file that does not compile is left out and named
    /// in `broken` (a community pack with a few files for modules or externals we lack).
    pub fn compile_tolerant(paths: &[PathBuf], builtin: bool) -> Result<RuleSet, RulesError> {
        Self::build(paths, builtin, true, None)
    }

    /// [`RuleSet::compile_tolerant`] if `tolerant`, else [`RuleSet::compile`], with the pack,
    /// its gates and its pieces read from `cache` when compiled before, and kept there when not.
    pub fn compile_cached(paths: &[PathBuf], builtin: bool, tolerant: bool, cache: Option<RulesCache>) -> Result<RuleSet, RulesError> {
        Self::build(paths, builtin, tolerant, cache.map(Arc::new))
    }

    fn build(paths: &[PathBuf], builtin: bool, tolerant: bool, cache: Option<Arc<RulesCache>>) -> Result<RuleSet, RulesError> {
        let mut sources: Vec<(String, String, String)> = Vec::new();
        if builtin {
            for (name, text) in BUILTIN {
                sources.push((BUILTIN_NAMESPACE.to_string(), format!("builtin:{name}"), text.to_string()));
            }
        }
        for path in paths {
            for file in rule_files(path)? {
                let text = std::fs::read_to_string(&file).map_err(|source| RulesError::Read { path: file.clone(), source })?;
                let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let namespace = unique_namespace(&stem, &sources);
                sources.push((namespace, file.display().to_string(), text));
            }
        }
        // Meta is only readable from compiled rules: a tolerant build that meets rules whose
        // meta is refused compiles once more without their files (origin, why).
        let mut refused: Vec<(String, String)> = Vec::new();
        let (compiled, info) = loop {
            let compiled = compile_sources(&sources, &refused, tolerant, cache.as_deref())?;
            let skipped = refused.len();
            let mut info = HashMap::new();
            for (rank, rule) in compiled.rules.iter().enumerate() {
                let (namespace, id) = (rule.namespace().to_string(), rule.identifier().to_string());
                match rule_info(&rule) {
                    Ok(found) => {
                        info.insert((namespace, id), (rank, Arc::new(found)));
                    }
                    Err(message) => {
                        let origin = sources.iter().find(|(ns, _, _)| *ns == namespace).map(|s| s.1.clone()).unwrap_or_default();
                        // A file left out before cannot be met again: the loop ends.
                        if !tolerant || namespace == BUILTIN_NAMESPACE || refused[..skipped].iter().any(|(file, _)| *file == origin) {
                            return Err(RulesError::Meta { origin, rule: id, message });
                        }
                        if !refused[skipped..].iter().any(|(file, _)| *file == origin) {
                            refused.push((origin, format!("rule {id}: {message}")));
                        }
                    }
                }
            }
            if refused.len() == skipped {
                break (compiled, info);
            }
        };
        let compiled_sources: Vec<(&str, &str)> =
            compiled.kept.iter().map(|&index| (sources[index].0.as_str(), sources[index].2.as_str())).collect();
        let split = Split::new(&compiled_sources, piece_compiler(cache)).map(Arc::new);
        let mut broken = compiled.broken;
        broken.extend(refused.into_iter().map(|(origin, why)| format!("{origin}: left out, {why}")));
        let fingerprint = crate::shared::digest::fingerprint(
            sources
                .iter()
                .flat_map(|(namespace, origin, text)| [namespace.as_str(), origin.as_str(), text.as_str()])
                .chain(broken.iter().map(String::as_str)),
        );
        let sources = sources.into_iter().filter(|(namespace, _, _)| namespace != BUILTIN_NAMESPACE).map(|(_, origin, _)| origin).collect();
        Ok(RuleSet {
            rules: compiled.rules,
            split,
            info,
            warnings: compiled.warnings,
            warned_files: compiled.warned_files,
            builtin,
            sources,
            broken,
            fingerprint,
        })
    }

    pub fn len(&self) -> usize {
        self.info.len()
    }

    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
    }

    /// Every rule, sorted by namespace and id.
    pub fn rules(&self) -> Vec<Arc<RuleInfo>> {
        let mut all: Vec<_> = self.info.values().map(|(_, info)| info.clone()).collect();
        all.sort_by(|a, b| (&a.namespace, &a.id).cmp(&(&b.namespace, &b.id)));
        all
    }

    /// The rule `namespace`.`id` of this set, if it has one.
    pub fn rule(&self, namespace: &str, id: &str) -> Option<Arc<RuleInfo>> {
        self.info.get(&(namespace.to_string(), id.to_string())).map(|(_, info)| info.clone())
    }

    /// A scanner for one thread (a `yara_x::Scanner` cannot move between threads).
    pub fn scanner(&self) -> BlobScanner<'_> {
        BlobScanner { set: self, whole: None, gates: None, pieces: Vec::new() }
    }

    /// How many rules run on any file, and on PE, ELF and Mach-O files only (None: the pack is
    /// not split, every rule runs on every file).
    pub fn class_counts(&self) -> Option<[usize; 4]> {
        self.split.as_deref().filter(|split| split.has_classes()).map(Split::counts)
    }
}

fn new_scanner(rules: &yara_x::Rules) -> yara_x::Scanner<'_> {
    let mut scanner = yara_x::Scanner::new(rules);
    scanner.max_matches_per_pattern(MAX_MATCHES_PER_PATTERN);
    scanner
}

/// The LOKI/THOR externals the packs test, in the order a scan sets them (see `Blob`).
const EXTERNALS: [&str; 5] = ["filepath", "filename", "extension", "filetype", "owner"];

/// A compiler with the externals, empty until a scan sets them.
fn new_compiler<'a>() -> Result<yara_x::Compiler<'a>, RulesError> {
    let mut compiler = yara_x::Compiler::new();
    for name in EXTERNALS {
        compiler.define_global(name, "").map_err(|err| RulesError::Compile(err.to_string()))?;
    }
    Ok(compiler)
}

/// Compiles pieces of a pack that compiled whole (see `classes.rs`), through `cache` if there
/// is one.
fn piece_compiler(cache: Option<Arc<RulesCache>>) -> Compile {
    Arc::new(move |sources: &[(String, String)]| {
        let Some(cache) = cache.as_deref() else { return compile_piece(sources) };
        let key = cache.key(&["piece"], sources.iter().map(|(namespace, text)| [namespace.as_str(), "", text.as_str()]));
        let compiled = cache.load_or_compile(key, |()| true, || compile_piece(sources).map(|rules| (rules, ())).ok_or(()));
        compiled.ok().map(|(rules, ())| rules)
    })
}

/// Compiles a piece of a pack that compiled whole; None if it does not (the whole pack is
/// used then).
fn compile_piece(sources: &[(String, String)]) -> Option<yara_x::Rules> {
    let mut compiler = new_compiler().ok()?;
    for (namespace, text) in sources {
        compiler.new_namespace(namespace);
        compiler.add_source(text.as_str()).ok()?;
    }
    Some(compiler.build())
}

/// What one compiler run gave.
struct CompilerRun {
    rules: yara_x::Rules,
    /// The sources compiled, by index.
    kept: Vec<usize>,
    warnings: Vec<String>,
    warned_files: usize,
    broken: Vec<String>,
}

/// What a [`CompilerRun`] gave besides the rules, as the cache keeps it: kept, warnings,
/// warned_files, broken.
type RunFacts = (Vec<usize>, Vec<String>, usize, Vec<String>);

/// Compiles every source but those of the files in `skip` (origin, why), each in its
/// namespace, or reads what that gave from `cache`. Tolerant: an analyst's file that does not
/// compile is left out and named.
fn compile_sources(
    sources: &[(String, String, String)],
    skip: &[(String, String)],
    tolerant: bool,
    cache: Option<&RulesCache>,
) -> Result<CompilerRun, RulesError> {
    let Some(cache) = cache else { return compile_sources_now(sources, skip, tolerant) };
    let what: Vec<&str> =
        [if tolerant { "pack, tolerant" } else { "pack" }].into_iter().chain(skip.iter().map(|(origin, _)| origin.as_str())).collect();
    let key = cache.key(&what, sources.iter().map(|(namespace, origin, text)| [namespace.as_str(), origin.as_str(), text.as_str()]));
    let (rules, (kept, warnings, warned_files, broken)) = cache.load_or_compile(
        key,
        |(kept, ..): &RunFacts| kept.iter().all(|&index| index < sources.len()),
        || compile_sources_now(sources, skip, tolerant).map(|run| (run.rules, (run.kept, run.warnings, run.warned_files, run.broken))),
    )?;
    Ok(CompilerRun { rules, kept, warnings, warned_files, broken })
}

fn compile_sources_now(sources: &[(String, String, String)], skip: &[(String, String)], tolerant: bool) -> Result<CompilerRun, RulesError> {
    let mut compiler = new_compiler()?;
    let mut broken = Vec::new();
    let mut kept = Vec::new();
    let (mut warned_files, mut warnings_before) = (0, 0);
    for (index, (namespace, origin, text)) in
        sources.iter().enumerate().filter(|(_, (_, origin, _))| !skip.iter().any(|(file, _)| file == origin))
    {
        compiler.new_namespace(namespace);
        match compiler.add_source(yara_x::SourceCode::from(text.as_str()).with_origin(origin.as_str())) {
            Ok(_) => kept.push(index),
            Err(err) if !tolerant || namespace == BUILTIN_NAMESPACE => return Err(RulesError::Compile(err.to_string())),
            // The compiler keeps what compiled before; this file's rules are left out.
            Err(err) => {
                broken.push(format!("{origin}: left out, does not compile: {}", err.to_string().lines().next().unwrap_or_default()))
            }
        }
        let warnings = compiler.warnings().len();
        if warnings > warnings_before {
            warned_files += 1;
            warnings_before = warnings;
        }
    }
    let warnings = compiler.warnings().iter().map(|w| w.to_string()).collect();
    Ok(CompilerRun { rules: compiler.build(), kept, warnings, warned_files, broken })
}

fn unique_namespace(stem: &str, taken: &[(String, String, String)]) -> String {
    let clean: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let mut namespace = if clean.is_empty() { "rules".to_string() } else { clean };
    let base = namespace.clone();
    let mut n = 1;
    while taken.iter().any(|(ns, _, _)| *ns == namespace) || namespace == BUILTIN_NAMESPACE {
        n += 1;
        namespace = format!("{base}_{n}");
    }
    namespace
}

fn rule_files(path: &Path) -> Result<Vec<PathBuf>, RulesError> {
    let meta = std::fs::metadata(path).map_err(|source| RulesError::Read { path: path.to_path_buf(), source })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| RulesError::Read { path: dir.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| RulesError::Read { path: dir.clone(), source })?;
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "yar" || e == "yara") {
                found.push(path);
            }
        }
    }
    if found.is_empty() {
        return Err(RulesError::NoRuleFiles { path: path.to_path_buf() });
    }
    found.sort();
    Ok(found)
}

/// What a rule's meta says. `severity` and `confidence` name levels (in any case); where they
/// are absent, a THOR/LOKI `score` and YARA-Forge's `quality` give them ([`score_levels`]),
/// else both are medium. A value that names no level, or a score that is no number, is refused:
/// the message says which.
fn rule_info(rule: &yara_x::Rule<'_, '_>) -> Result<RuleInfo, String> {
    let mut info = RuleInfo {
        namespace: rule.namespace().to_string(),
        id: rule.identifier().to_string(),
        tags: rule.tags().map(|t| t.identifier().to_string()).collect(),
        description: None,
        severity: Severity::Medium,
        confidence: Confidence::Medium,
        category: None,
        reference: None,
    };
    let (mut severity, mut confidence, mut score, mut quality) = (None, None, None, None);
    for (key, value) in rule.metadata() {
        let text = match value {
            yara_x::MetaValue::String(s) => s.to_string(),
            yara_x::MetaValue::Bytes(b) => display_bytes(b),
            yara_x::MetaValue::Integer(i) => i.to_string(),
            yara_x::MetaValue::Float(f) => f.to_string(),
            yara_x::MetaValue::Bool(b) => b.to_string(),
        };
        let number = |text: &str| text.trim().parse::<i64>().map_err(|_| format!("{key} {text:?} is not a whole number"));
        match key {
            "description" => info.description = Some(text),
            "severity" => severity = Some(text.parse::<Severity>().map_err(|err| err.to_string())?),
            // Carbon Black TAU rules (some ship in signature-base) write their release stage
            // here, `Prod`: it says the rule is published, not how sure a match is.
            "confidence" if text.eq_ignore_ascii_case("prod") => {}
            "confidence" => confidence = Some(text.parse::<Confidence>().map_err(|err| err.to_string())?),
            "score" => score = Some(number(&text)?),
            "quality" => quality = Some(number(&text)?),
            "category" => info.category = Some(text),
            "reference" => info.reference = Some(text),
            _ => {}
        }
    }
    let (from_score, sure_from_score) = score.map_or((Severity::Medium, Confidence::Medium), score_levels);
    info.severity = severity.unwrap_or(from_score);
    info.confidence = confidence.unwrap_or_else(|| quality.map_or(sure_from_score, |quality| sure_from_score.min(quality_cap(quality))));
    Ok(info)
}

/// A THOR/LOKI `score` (0-100, signature-base and YARA-Forge) as severity and confidence, by
/// the bands its authors document:
/// - LOKI (loki.py): a file's score at 100 or more is an ALERT, at 60 a WARNING, at 40 a NOTICE
///   (`-a`, `-w`, `-n`); a rule without a score counts 70;
/// - the THOR manual ("Scoring System"): a score "expresses a combination of confidence and
///   severity"; levels Notice from 40, Warning from 60, Alert from 81;
/// - Neo23x0's YARA style guide ("Score"): 0-39 very low significance (capabilities, packers),
///   40-59 noteworthy, 60-79 suspicious (heuristics, obfuscation, generic rules), 80-100 high
///   (direct matches on malware and hack tools, "identified with high accuracy").
///
/// So one rule's score of 100 (an alert on its own) is critical, 80-99 high, 60-79 medium
/// (LOKI's unscored 70 and YARA-Forge's default 75 land here, as an unscored rule does), 40-59
/// low and below that info; the confidence follows the style guide's accuracy: high from 80,
/// medium from 60, low below.
fn score_levels(score: i64) -> (Severity, Confidence) {
    let severity = match score {
        100.. => Severity::Critical,
        80..=99 => Severity::High,
        60..=79 => Severity::Medium,
        40..=59 => Severity::Low,
        _ => Severity::Info,
    };
    let confidence = match score {
        80.. => Confidence::High,
        60..=79 => Confidence::Medium,
        _ => Confidence::Low,
    };
    (severity, confidence)
}

/// YARA-Forge's `quality` (0-100, "rule reliability": the source repository's rating less
/// penalties for the issues its checks found) as the most confidence a rule can have: its
/// packages take rules from 70 into "core", from 50 into "extended", from 20 into "full".
fn quality_cap(quality: i64) -> Confidence {
    match quality {
        70.. => Confidence::High,
        50..=69 => Confidence::Medium,
        _ => Confidence::Low,
    }
}

/// The LOKI/THOR `filetype` external: what the first bytes say the file is (the first of
/// [`FILETYPES`] they start with).
fn filetype(bytes: &[u8]) -> &'static str {
    FILETYPES.iter().find(|(magic, _)| bytes.starts_with(magic)).map_or("UNKNOWN", |(_, name)| name)
}

/// The `filetype` values by first bytes.
const FILETYPES: &[(&[u8], &str)] = &[
    (b"MZ", "EXE"),
    (b"\x7fELF", "ELF"),
    (b"\xfe\xed\xfa\xce", "MACH-O"),
    (b"\xfe\xed\xfa\xcf", "MACH-O"),
    (b"\xce\xfa\xed\xfe", "MACH-O"),
    (b"\xcf\xfa\xed\xfe", "MACH-O"),
    (b"\xca\xfe\xba\xbe", "MACH-O"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"%PDF", "PDF"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
    (b"#!", "SCRIPT"),
    (b"<?php", "PHP"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "LNK"),
];

/// Script languages in which a line may start with `;`: a statement (an injection appended to
/// minified JavaScript begins `;if(`), not a comment as in INI files.
const SEMICOLON_STATEMENTS: &[&str] = &["js", "mjs", "cjs", "ts", "php", "phtml", "inc", "html", "htm", "jsp", "asp", "aspx"];

/// Whether the line holding `at` starts (after blanks) with a comment marker of shells,
/// crontabs, configuration files, PHP, JavaScript or C (`#`, `//`, and `;` where
/// `semicolon_comments`), or with a shell prompt (`$ `): a terminal transcript that a manual,
/// a help text or a scanner's description quotes (nmap's NSE scripts), which no shell runs.
fn on_comment_line(bytes: &[u8], at: usize, semicolon_comments: bool) -> bool {
    let Some(before) = bytes.get(..at) else { return false };
    let line = super::line_leading_to(before);
    line.starts_with(b"#") || line.starts_with(b"//") || line.starts_with(b"$ ") || (semicolon_comments && line.starts_with(b";"))
}

/// One matched string: where it is in the scanned blob and what it was (capped, escaped).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MatchInfo {
    pub pattern: String,
    pub offset: u64,
    pub length: u64,
    pub data: String,
}

#[derive(Debug, Clone)]
pub struct RuleHit {
    pub rule: Arc<RuleInfo>,
    pub matches: Vec<MatchInfo>,
    /// Every matched string sits on a commented-out line of a text file: the file names the
    /// thing but does not run it (`# * * * * * bash -i >& /dev/tcp/…` in a crontab).
    pub commented_out: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BlobScanError {
    #[error("timed out")]
    Timeout,
    #[error("{0}")]
    Failed(String),
}

pub struct BlobScanner<'r> {
    set: &'r RuleSet,
    /// The whole pack's scanner, made at first use.
    whole: Option<yara_x::Scanner<'r>>,
    /// The gates' scanner (see `classes.rs`), made at first use.
    gates: Option<yara_x::Scanner<'r>>,
    /// The split pack's, by slot: any file's piece, each class's, each variant's; made at
    /// first use.
    pieces: Vec<Option<yara_x::Scanner<'r>>>,
}

impl<'r> BlobScanner<'r> {
    /// Scans one blob; `path` is what the rules see as `filepath` (a nested member's is
    /// `outer!/member`).
    pub fn scan(&mut self, bytes: &[u8], path: &str, owner: &str, timeout: Duration) -> Result<Vec<RuleHit>, BlobScanError> {
        let name = path.rsplit(['/', '!']).next().unwrap_or(path);
        let extension = name.rsplit_once('.').map(|(_, ext)| ext).unwrap_or("");
        let blob = Blob { bytes, globals: [path, name, extension, filetype(bytes), owner], extension, deadline: Instant::now() + timeout };
        let set: &'r RuleSet = self.set;
        let chosen = match set.split.as_ref() {
            None => Chosen::Whole,
            Some(split) => {
                let holding = match split.gates() {
                    Some(gates) => Some(blob.gates(self.gates.get_or_insert_with(|| yara_x::Scanner::new(&gates.rules)))?),
                    None => None,
                };
                split.choose(FileClass::of(bytes), holding, bytes.len())
            }
        };
        let mut hits = Vec::new();
        match chosen {
            Chosen::Whole => blob.scan(self.whole.get_or_insert_with(|| new_scanner(&set.rules)), set, &mut hits)?,
            Chosen::Pieces(pieces) => {
                for (slot, rules) in pieces {
                    if self.pieces.len() <= slot {
                        self.pieces.resize_with(slot + 1, || None);
                    }
                    blob.scan(self.pieces[slot].get_or_insert_with(|| new_scanner(rules)), set, &mut hits)?;
                }
            }
        }
        hits.sort_by_key(|(rank, _)| *rank);
        Ok(hits.into_iter().map(|(_, hit)| hit).collect())
    }
}

/// One blob as the rules see it.
struct Blob<'b> {
    bytes: &'b [u8],
    /// The values of [`EXTERNALS`], in order.
    globals: [&'b str; 5],
    extension: &'b str,
    deadline: Instant,
}

impl Blob<'_> {
    /// The file's path, name, extension, type and owner, as the rules' globals.
    fn set_globals(&self, scanner: &mut yara_x::Scanner<'_>) -> Result<(), BlobScanError> {
        for (global, value) in EXTERNALS.into_iter().zip(self.globals) {
            scanner.set_global(global, value).map_err(|err| BlobScanError::Failed(err.to_string()))?;
        }
        Ok(())
    }

    /// Which gates hold for this blob (their rules search no pattern: no byte is read past the
    /// header reads).
    fn gates(&self, scanner: &mut yara_x::Scanner<'_>) -> Result<u128, BlobScanError> {
        self.set_globals(scanner)?;
        let results = scanner.scan(self.bytes).map_err(|err| BlobScanError::Failed(err.to_string()))?;
        Ok(Gates::holding(results.matching_rules().map(|rule| rule.identifier())))
    }

    /// Adds what `scanner` finds to `hits`, by each rule's place in the whole pack.
    fn scan(&self, scanner: &mut yara_x::Scanner<'_>, set: &RuleSet, hits: &mut Vec<(usize, RuleHit)>) -> Result<(), BlobScanError> {
        let bytes = self.bytes;
        self.set_globals(scanner)?;
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(BlobScanError::Timeout);
        }
        // yara-x stops at a heartbeat that ticks once a second, so a timeout of n seconds can
        // end after n - 1: ask for a second more than is left (the caller keeps the deadline).
        scanner.set_timeout(Duration::from_secs(left.as_secs_f64().ceil() as u64 + 1));
        let results = match scanner.scan(bytes) {
            Ok(results) => results,
            Err(yara_x::errors::ScanError::Timeout) => return Err(BlobScanError::Timeout),
            Err(err) => return Err(BlobScanError::Failed(err.to_string())),
        };
        // Only looked at when a rule matched, which most blobs never see.
        let text = || memchr::memchr(0, &bytes[..bytes.len().min(TEXT_PROBE)]).is_none();
        let semicolon_comments = !SEMICOLON_STATEMENTS.iter().any(|ext| self.extension.eq_ignore_ascii_case(ext));
        for rule in results.matching_rules() {
            let Some((rank, info)) = set.info.get(&(rule.namespace().to_string(), rule.identifier().to_string())) else { continue };
            let matches = rule
                .patterns()
                .flat_map(|pattern| {
                    let id = pattern.identifier().to_string();
                    pattern.matches().map(move |m| {
                        let range = m.range();
                        let data = m.data();
                        MatchInfo {
                            pattern: id.clone(),
                            offset: range.start as u64,
                            length: range.len() as u64,
                            data: display_bytes(&data[..data.len().min(MAX_MATCH_BYTES)]),
                        }
                    })
                })
                .collect::<Vec<MatchInfo>>();
            let commented_out = !matches.is_empty()
                && text()
                && matches.iter().all(|m| usize::try_from(m.offset).is_ok_and(|at| on_comment_line(bytes, at, semicolon_comments)));
            hits.push((*rank, RuleHit { rule: info.clone(), matches, commented_out }));
        }
        Ok(())
    }
}

#[cfg(test)]
impl RuleSet {
    /// The same rules, every file scanned with the whole pack.
    fn unsplit(self) -> RuleSet {
        RuleSet { split: None, ..self }
    }

    /// Compiles every piece now (the variants made so far too).
    fn pieces_now(&self) {
        if let Some(split) = &self.split {
            split.compile_all();
        }
    }

    /// Every piece made as soon as one file needs it.
    fn eager(mut self) -> RuleSet {
        if let Some(split) = self.split.as_mut().and_then(Arc::get_mut) {
            split.eager();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semicolon_line_is_a_comment_in_configuration_files_and_a_statement_in_scripts() {
        let ini = b"[PHP]\n;disable_functions = exec\n";
        assert!(on_comment_line(ini, 8, true));
        let js = b"x();\n;if(ndsw===undefined){var ndsw=true}";
        assert!(!on_comment_line(js, 10, false));
        assert!(on_comment_line(b"  # eval(x)", 4, false));
        assert!(on_comment_line(b"// eval(x)", 3, false));
        assert!(on_comment_line(b"  $ nmap --script-args=x.command='nc -l -p 4444 -e /bin/sh'", 40, false), "a prompt");
        assert!(!on_comment_line(b"$x = eval($_POST['a']);", 5, false), "a PHP variable is no prompt");
    }

    /// Rules of every kind the split reads: header tests of each class, a module's, LOKI's
    /// `filetype`, a pattern at 0, a private rule named by another, a global rule.
    const CLASS_RULES: &str = r#"
import "pe"
rule t_pe { strings: $a = "evil-pe-marker" condition: uint16(0) == 0x5a4d and $a }
rule t_pe_module { strings: $a = "evil-pe-marker" condition: pe.is_pe or $a }
rule t_pe_small { strings: $a = "evil-pe-marker" condition: filesize < 200 and pe.is_pe and $a }
rule t_elf { strings: $a = "evil-elf-marker" condition: uint32(0) == 0x464c457f and $a }
rule t_macho { strings: $a = "evil-macho-marker" condition: (uint32(0) == 0xfeedfacf or uint32(0) == 0xbebafeca) and $a }
rule t_exe { strings: $a = "evil-pe-marker" condition: filetype == "EXE" and $a }
rule t_mz { strings: $mz = "MZ" $a = "evil-pe-marker" condition: $mz at 0 and $a }
private rule t_is_elf { condition: uint16(0) == 0x457f }
rule t_uses { strings: $a = "evil-elf-marker" condition: t_is_elf and $a }
rule t_any { strings: $a = "evil" condition: $a }
rule t_not_doc { strings: $a = "evil" condition: $a and not filepath matches /\/(doc|man)\// }
rule t_php { strings: $a = "evil" condition: (extension matches /^php$/i or uint16(0) == 0x3f3c) and $a }
rule t_not_exe { strings: $a = "evil" condition: $a and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d) and filesize < 1MB }
rule t_config { strings: $a = "evil" condition: filepath matches /^config\./ and $a }
rule t_hosts { strings: $a = "evil" condition: $a and filename == "hosts" and uint8(0) != 0x23 }
rule t_typed { strings: $a = "evil" condition: $a and not (filetype == "SCRIPT") and owner != "nobody" }
"#;
    const GLOBAL_RULES: &str = r#"
global rule t_small { condition: filesize < 100000 }
rule t_g_pe { strings: $a = "evil-pe-marker" condition: uint16(0) == 0x5a4d and $a }
"#;

    /// Every text pattern of the rule files under `dir` (and the built-in pack), by rule.
    fn strings_by_rule(dir: &Path) -> Vec<Vec<u8>> {
        let mut texts: Vec<String> = BUILTIN.iter().map(|(_, text)| text.to_string()).collect();
        for file in rule_files(dir).unwrap() {
            texts.push(std::fs::read_to_string(file).unwrap());
        }
        let mut by_rule = Vec::new();
        for text in &texts {
            for rule in yara_x_parser::ast::AST::from(text.as_str()).rules() {
                let mut strings = Vec::new();
                for pattern in rule.patterns.iter().flatten() {
                    if let yara_x_parser::ast::Pattern::Text(text) = pattern {
                        strings.extend_from_slice(&text.text.value);
                        strings.push(b'\n');
                    }
                }
                by_rule.push(strings);
            }
        }
        by_rule
    }

    #[test]
    fn the_pieces_find_what_the_whole_pack_finds_on_pe_elf_macho_and_text() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("classes.yar"), CLASS_RULES).unwrap();
        std::fs::write(dir.path().join("global.yar"), GLOBAL_RULES).unwrap();
        let vendored = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/signature-base");
        for entry in std::fs::read_dir(&vendored).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yar") {
                std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
            }
        }
        let paths = [dir.path().to_path_buf()];
        let split = RuleSet::compile_tolerant(&paths, true).unwrap().eager();
        split.pieces_now();
        let [any, pe, elf, macho] = split.class_counts().expect("the pack splits");
        assert!(pe >= 5 && elf >= 1 && macho >= 1 && any > 100, "{any} {pe} {elf} {macho}");
        let whole = RuleSet::compile_tolerant(&paths, true).unwrap().unsplit();

        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let markers = b"evil-pe-marker evil-elf-marker evil-macho-marker\n";
        for (index, strings) in strings_by_rule(dir.path()).into_iter().enumerate() {
            for magic in [&b"MZ\x90\x00"[..], b"\x7fELF\x02\x01", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!/bin/sh\n", b"", b"M"] {
                let mut bytes = magic.to_vec();
                bytes.extend_from_slice(markers);
                bytes.extend_from_slice(&strings);
                files.push((format!("/rule{index}/file.exe"), bytes));
            }
            // Names and bytes that the gates leave rules out for.
            for (path, magic) in [
                (format!("/usr/share/doc/rule{index}/README"), &b""[..]),
                (format!("/var/www/rule{index}.PHP"), b"<?php "),
                (format!("/etc/rule{index}/hosts"), b"# hosts\n"),
                (format!("/etc/rule{index}/hosts"), b"127.0.0.1 "),
                ("config.entrypoint".to_string(), b"sh -c "),
                (format!("/usr/lib/rule{index}.so"), b"\x7fELF\x02\x01"),
            ] {
                let mut bytes = magic.to_vec();
                bytes.extend_from_slice(markers);
                bytes.extend_from_slice(&strings);
                files.push((path, bytes));
            }
        }
        let examples: serde_json::Value = serde_json::from_str(include_str!("../../../signatures/yara/examples.json")).unwrap();
        for case in examples["examples"].as_array().unwrap().iter().flat_map(|e| ["match", "no_match"].map(|key| &e[key])) {
            for case in case.as_array().unwrap() {
                files.push((case["path"].as_str().unwrap().to_string(), case["text"].as_str().unwrap().as_bytes().to_vec()));
            }
        }
        for real in ["/bin/ls", "/bin/sh", "/etc/passwd"] {
            if let Ok(bytes) = std::fs::read(real) {
                files.push((real.to_string(), bytes));
            }
        }

        let found = |set: &RuleSet, path: &str, bytes: &[u8]| -> Vec<String> {
            let hits = set.scanner().scan(bytes, path, "root", Duration::from_secs(30)).unwrap();
            hits.iter().map(|hit| format!("{}.{} {:?} {}", hit.rule.namespace, hit.rule.id, hit.matches, hit.commented_out)).collect()
        };
        // A first pass makes the variants for the sets of rules the files' gates leave out;
        // compiled, they serve the second.
        for (path, bytes) in &files {
            found(&split, path, bytes);
        }
        split.pieces_now();
        assert!(split.split.as_ref().is_some_and(|split| split.variants() >= 2), "variants made");
        let (mut split_scanner, mut whole_scanner) = (split.scanner(), whole.scanner());
        let mut class_hits = 0;
        let mut gated_hits = 0;
        for (path, bytes) in &files {
            let hits = |scanner: &mut BlobScanner<'_>| -> Vec<String> {
                let hits = scanner.scan(bytes, path, "root", Duration::from_secs(30)).unwrap();
                hits.iter().map(|hit| format!("{}.{} {:?} {}", hit.rule.namespace, hit.rule.id, hit.matches, hit.commented_out)).collect()
            };
            let by_pieces = hits(&mut split_scanner);
            assert_eq!(by_pieces, hits(&mut whole_scanner), "{path}: {:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(40)]));
            // A fresh scanner (as config fields get) finds the same.
            assert_eq!(by_pieces, found(&split, path, bytes));
            class_hits += by_pieces
                .iter()
                .filter(|hit| ["t_pe ", "t_elf ", "t_macho ", "t_exe ", "t_mz ", "t_g_pe "].iter().any(|id| hit.contains(id)))
                .count();
            gated_hits += by_pieces
                .iter()
                .filter(|hit| ["t_not_doc ", "t_php ", "t_not_exe ", "t_config ", "t_hosts ", "t_typed "].iter().any(|id| hit.contains(id)))
                .count();
        }
        assert!(class_hits >= 6, "the class rules matched {class_hits} times");
        assert!(gated_hits >= 6, "the gated rules matched {gated_hits} times");
    }
}
