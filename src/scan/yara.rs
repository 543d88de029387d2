//! YARA rules: our built-in pack (embedded, so the binary works offline and alone) plus the
//! analyst's own source files, compiled once per run. Compiled rule files are never loaded:
//! evidence could carry them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::pathbytes::display_bytes;

/// The built-in pack, by file name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("cryptominer.yar", include_str!("../../signatures/yara/cryptominer.yar")),
    ("reverse_shell.yar", include_str!("../../signatures/yara/reverse_shell.yar")),
    ("persistence.yar", include_str!("../../signatures/yara/persistence.yar")),
    ("container_escape.yar", include_str!("../../signatures/yara/container_escape.yar")),
    ("image_config.yar", include_str!("../../signatures/yara/image_config.yar")),
    ("webshell.yar", include_str!("../../signatures/yara/webshell.yar")),
    ("container_malware.yar", include_str!("../../signatures/yara/container_malware.yar")),
    ("tunnel.yar", include_str!("../../signatures/yara/tunnel.yar")),
    ("hijack.yar", include_str!("../../signatures/yara/hijack.yar")),
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
}

/// What a rule says about itself, from its `meta:` section.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    pub namespace: String,
    pub id: String,
    pub tags: Vec<String>,
    pub description: Option<String>,
    pub severity: String,
    pub confidence: String,
    pub category: Option<String>,
    pub reference: Option<String>,
}

pub struct RuleSet {
    rules: yara_x::Rules,
    info: HashMap<(String, String), Arc<RuleInfo>>,
    pub warnings: Vec<String>,
    pub builtin: bool,
    /// The analyst's rule files, as given.
    pub sources: Vec<String>,
    /// Rule files left out because they did not compile (only with [`RuleSet::compile_tolerant`]).
    pub broken: Vec<String>,
    /// Hash of every source compiled (namespace, origin, text): what the rules are.
    pub fingerprint: [u8; 32],
}

impl RuleSet {
    /// Compiles the built-in pack (unless `builtin` is false) and every `.yar`/`.yara` file
    /// under `paths`, each file in its own namespace (its stem), so rule names never collide.
    pub fn compile(paths: &[PathBuf], builtin: bool) -> Result<RuleSet, RulesError> {
        Self::build(paths, builtin, false)
    }

    /// [`RuleSet::compile`], but an analyst's file that does not compile is left out and named
    /// in `broken` (a community pack with a few files for modules or externals we lack).
    pub fn compile_tolerant(paths: &[PathBuf], builtin: bool) -> Result<RuleSet, RulesError> {
        Self::build(paths, builtin, true)
    }

    fn build(paths: &[PathBuf], builtin: bool, tolerant: bool) -> Result<RuleSet, RulesError> {
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
        let mut compiler = yara_x::Compiler::new();
        for (name, value) in [("filepath", ""), ("filename", ""), ("extension", ""), ("filetype", ""), ("owner", "")] {
            compiler.define_global(name, value).map_err(|err| RulesError::Compile(err.to_string()))?;
        }
        let mut broken = Vec::new();
        for (namespace, origin, text) in &sources {
            compiler.new_namespace(namespace);
            if let Err(err) = compiler.add_source(yara_x::SourceCode::from(text.as_str()).with_origin(origin.as_str())) {
                if !tolerant || namespace == BUILTIN_NAMESPACE {
                    return Err(RulesError::Compile(err.to_string()));
                }
                // The compiler keeps what compiled before; this file's rules are left out.
                broken.push(format!("{origin}: left out, does not compile: {}", err.to_string().lines().next().unwrap_or_default()));
            }
        }
        let warnings = compiler.warnings().iter().map(|w| w.to_string()).collect();
        let fingerprint = crate::digest::fingerprint(
            sources
                .iter()
                .flat_map(|(namespace, origin, text)| [namespace.as_str(), origin.as_str(), text.as_str()])
                .chain(broken.iter().map(String::as_str)),
        );
        let rules = compiler.build();
        let info: HashMap<_, _> =
            rules.iter().map(|rule| ((rule.namespace().to_string(), rule.identifier().to_string()), Arc::new(rule_info(&rule)))).collect();
        let sources = sources.into_iter().filter(|(namespace, _, _)| namespace != BUILTIN_NAMESPACE).map(|(_, origin, _)| origin).collect();
        Ok(RuleSet { rules, info, warnings, builtin, sources, broken, fingerprint })
    }

    pub fn len(&self) -> usize {
        self.info.len()
    }

    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
    }

    /// Every rule, sorted by namespace and id.
    pub fn rules(&self) -> Vec<Arc<RuleInfo>> {
        let mut all: Vec<_> = self.info.values().cloned().collect();
        all.sort_by(|a, b| (&a.namespace, &a.id).cmp(&(&b.namespace, &b.id)));
        all
    }

    /// A scanner for one thread (a `yara_x::Scanner` cannot move between threads).
    /// The rule `namespace`.`id` of this set, if it has one.
    pub fn rule(&self, namespace: &str, id: &str) -> Option<Arc<RuleInfo>> {
        self.info.get(&(namespace.to_string(), id.to_string())).cloned()
    }

    pub fn scanner(&self) -> BlobScanner<'_> {
        let mut scanner = yara_x::Scanner::new(&self.rules);
        scanner.max_matches_per_pattern(MAX_MATCHES_PER_PATTERN);
        BlobScanner { scanner, set: self }
    }
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

fn rule_info(rule: &yara_x::Rule<'_, '_>) -> RuleInfo {
    let mut info = RuleInfo {
        namespace: rule.namespace().to_string(),
        id: rule.identifier().to_string(),
        tags: rule.tags().map(|t| t.identifier().to_string()).collect(),
        description: None,
        severity: "medium".to_string(),
        confidence: "medium".to_string(),
        category: None,
        reference: None,
    };
    for (key, value) in rule.metadata() {
        let text = match value {
            yara_x::MetaValue::String(s) => s.to_string(),
            yara_x::MetaValue::Bytes(b) => display_bytes(b),
            yara_x::MetaValue::Integer(i) => i.to_string(),
            yara_x::MetaValue::Float(f) => f.to_string(),
            yara_x::MetaValue::Bool(b) => b.to_string(),
        };
        match key {
            "description" => info.description = Some(text),
            "severity" => info.severity = text.to_ascii_lowercase(),
            "confidence" => info.confidence = text.to_ascii_lowercase(),
            "category" => info.category = Some(text),
            "reference" => info.reference = Some(text),
            _ => {}
        }
    }
    info
}

/// The LOKI/THOR `filetype` external: what the first bytes say the file is.
fn filetype(bytes: &[u8]) -> &'static str {
    const MAGIC: &[(&[u8], &str)] = &[
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
    MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)).map_or("UNKNOWN", |(_, name)| name)
}

/// Script languages in which a line may start with `;`: a statement (an injection appended to
/// minified JavaScript begins `;if(`), not a comment as in INI files.
const SEMICOLON_STATEMENTS: &[&str] = &["js", "mjs", "cjs", "ts", "php", "phtml", "inc", "html", "htm", "jsp", "asp", "aspx"];

/// Whether the line holding `at` starts (after blanks) with a comment marker of shells,
/// crontabs, configuration files, PHP, JavaScript or C (`#`, `//`, and `;` where
/// `semicolon_comments`).
fn on_comment_line(bytes: &[u8], at: usize, semicolon_comments: bool) -> bool {
    let Some(before) = bytes.get(..at) else { return false };
    let line = super::line_leading_to(before);
    line.starts_with(b"#") || line.starts_with(b"//") || (semicolon_comments && line.starts_with(b";"))
}

/// One matched string: where it is in the scanned blob and what it was (capped, escaped).
#[derive(Debug, Clone, Serialize)]
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
    scanner: yara_x::Scanner<'r>,
    set: &'r RuleSet,
}

impl BlobScanner<'_> {
    /// Scans one blob; `path` is what the rules see as `filepath` (a nested member's is
    /// `outer!/member`).
    pub fn scan(&mut self, bytes: &[u8], path: &str, owner: &str, timeout: Duration) -> Result<Vec<RuleHit>, BlobScanError> {
        let name = path.rsplit(['/', '!']).next().unwrap_or(path);
        let extension = name.rsplit_once('.').map(|(_, ext)| ext).unwrap_or("");
        let globals = [("filepath", path), ("filename", name), ("extension", extension), ("filetype", filetype(bytes)), ("owner", owner)];
        for (global, value) in globals {
            self.scanner.set_global(global, value).map_err(|err| BlobScanError::Failed(err.to_string()))?;
        }
        // yara-x stops at a heartbeat that ticks once a second, so a timeout of n seconds can
        // end after n - 1: ask for a second more than is left (the caller keeps the deadline).
        self.scanner.set_timeout(Duration::from_secs(timeout.as_secs_f64().ceil() as u64 + 1));
        let results = match self.scanner.scan(bytes) {
            Ok(results) => results,
            Err(yara_x::errors::ScanError::Timeout) => return Err(BlobScanError::Timeout),
            Err(err) => return Err(BlobScanError::Failed(err.to_string())),
        };
        // Only looked at when a rule matched, which most blobs never see.
        let text = || memchr::memchr(0, &bytes[..bytes.len().min(TEXT_PROBE)]).is_none();
        let hits = results
            .matching_rules()
            .filter_map(|rule| {
                let info = self.set.info.get(&(rule.namespace().to_string(), rule.identifier().to_string()))?.clone();
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
                let semicolon_comments = !SEMICOLON_STATEMENTS.iter().any(|ext| extension.eq_ignore_ascii_case(ext));
                let commented_out = !matches.is_empty()
                    && text()
                    && matches.iter().all(|m| usize::try_from(m.offset).is_ok_and(|at| on_comment_line(bytes, at, semicolon_comments)));
                Some(RuleHit { rule: info, matches, commented_out })
            })
            .collect();
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::on_comment_line;

    #[test]
    fn a_semicolon_line_is_a_comment_in_configuration_files_and_a_statement_in_scripts() {
        let ini = b"[PHP]\n;disable_functions = exec\n";
        assert!(on_comment_line(ini, 8, true));
        let js = b"x();\n;if(ndsw===undefined){var ndsw=true}";
        assert!(!on_comment_line(js, 10, false));
        assert!(on_comment_line(b"  # eval(x)", 4, false));
        assert!(on_comment_line(b"// eval(x)", 3, false));
    }
}
