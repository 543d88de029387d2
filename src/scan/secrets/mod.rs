//! Secret detectors: data (`signatures/secrets/*.toml`, plus the analyst's own files), compiled
//! once per run. One literal pass over a blob (`literals.rs`) finds every detector's keywords; a detector's
//! regex then runs only in windows around its keyword hits (or over a file whose path it
//! names), so a large file costs one literal pass plus a little per hit. Each match is checked
//! offline (entropy, a named validator, the documentation values in `decoys.toml`) and paired
//! where a detector asks for a partner (an AWS secret key with its key id).

mod decode;
mod packs;
mod searches;
pub mod validate;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use regex::bytes::Regex;
use serde::{Deserialize, Serialize};

use super::literals::{Literals, LiteralsError};
use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Confidence, Severity};
use crate::shared::url;
pub use packs::PackLoad;
use regex_automata::Span;
use searches::{LazyRegex, Searcher};
use validate::{key_words, Validator, Verdict};

/// The built-in detector files, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("cloud.toml", include_str!("../../../signatures/secrets/cloud.toml")),
    ("code_hosting.toml", include_str!("../../../signatures/secrets/code_hosting.toml")),
    ("saas.toml", include_str!("../../../signatures/secrets/saas.toml")),
    ("keys.toml", include_str!("../../../signatures/secrets/keys.toml")),
    ("config_files.toml", include_str!("../../../signatures/secrets/config_files.toml")),
    ("app_config.toml", include_str!("../../../signatures/secrets/app_config.toml")),
    ("cloud_platforms.toml", include_str!("../../../signatures/secrets/cloud_platforms.toml")),
    ("ci_code.toml", include_str!("../../../signatures/secrets/ci_code.toml")),
    ("registries.toml", include_str!("../../../signatures/secrets/registries.toml")),
    ("payment.toml", include_str!("../../../signatures/secrets/payment.toml")),
    ("databases.toml", include_str!("../../../signatures/secrets/databases.toml")),
    ("messaging.toml", include_str!("../../../signatures/secrets/messaging.toml")),
    ("observability.toml", include_str!("../../../signatures/secrets/observability.toml")),
    ("identity.toml", include_str!("../../../signatures/secrets/identity.toml")),
    ("ai.toml", include_str!("../../../signatures/secrets/ai.toml")),
    ("mail_saas.toml", include_str!("../../../signatures/secrets/mail_saas.toml")),
    ("misc.toml", include_str!("../../../signatures/secrets/misc.toml")),
    ("api_services.toml", include_str!("../../../signatures/secrets/api_services.toml")),
];
pub const BUILTIN_DECOYS: &str = include_str!("../../../signatures/secrets/decoys.toml");
/// Which first words of a detector's id name a service (`ProviderWords`).
pub const BUILTIN_NAMES: &str = include_str!("../../../signatures/secrets/names.toml");
pub const BUILTIN_NAMESPACE: &str = "secrets";

/// Bytes before a keyword hit where a match may start (`aws_` before `secret_access_key`,
/// `"type": ` before `"service_account"`): keywords sit at or near the start of a match.
const REACH_BEFORE: usize = 64;
/// Bytes between a provider's name and a value its `near` form takes: TruffleHog's and
/// Kingfisher's rules look as far (`datadog(?:.|\n){0,40}`).
const NEAR_GAP: usize = 40;
/// Bytes after a keyword hit where a match may end, unless the detector says otherwise.
const DEFAULT_REACH: usize = 256;
/// Bytes read past a window's end for a match that runs into it: OAuth tokens and JWTs under
/// a key run to 1,000 characters, and windows that wide around every keyword cost CPU.
const READ_ON: usize = 1024;
/// Matches kept per blob: a file made of tokens must not flood memory or the report.
pub const MAX_MATCHES_PER_BLOB: usize = 1000;
/// Characters of a secret the report shows (at most a quarter of it).
const SHOWN_PREFIX: usize = 8;
/// Bytes of context shown around a match.
const CONTEXT_BYTES: usize = 96;

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("{path}: cannot read: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: no detector files (.toml, .yml, .yaml)")]
    NoDetectorFiles { path: PathBuf },
    #[error("{origin}: {message}")]
    Invalid { origin: String, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DetectorFile {
    #[serde(default)]
    detector: Vec<DetectorSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DetectorSpec {
    id: String,
    name: String,
    category: String,
    severity: Severity,
    #[serde(default = "medium")]
    confidence: Confidence,
    #[serde(default)]
    keywords: Vec<String>,
    regex: String,
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    entropy: Option<f64>,
    #[serde(default)]
    validator: Option<String>,
    #[serde(default)]
    pair: Option<String>,
    #[serde(default)]
    reach: Option<usize>,
    /// Bytes before a keyword hit where a match may start (default 64): a format whose marker
    /// sits further into the value (Microsoft's identifiable keys, 76 characters in) needs more.
    #[serde(default)]
    reach_before: Option<usize>,
    /// What must follow a keyword for its hit to open a window (a regex matched at the
    /// keyword's end): a detector woken by a word found everywhere (`https://`: 218,000 hits
    /// on the bench image) then pays one anchored match a hit, not a search of the window.
    #[serde(default)]
    after_keyword: Option<String>,
    /// A catch-all (`KEY=value`, a URL's password) that gives way to any specific detector
    /// claiming the same value.
    #[serde(default)]
    generic: bool,
    /// A specific detector that gives way to any other specific one claiming the same value: a
    /// provider's strict form as a whole ENV value under any name (`BOT=…`) reports only what the
    /// provider's own detector, woken by its keywords, did not.
    #[serde(default)]
    yields: bool,
    #[serde(default)]
    reference: Option<String>,
    /// The provider's names: the value's shape (the `secret` group) is also taken within
    /// NEAR_GAP bytes after one of them, as other scanners' rules and tests write it
    /// (`datadog token = '…'`), at medium confidence at most.
    #[serde(default)]
    near: Vec<String>,
    /// The provider's prefix and layout with a looser alphabet than it documents (a regex with a
    /// `secret` group, run where the detector's keywords are): other scanners' test values keep
    /// a format's shape but not its alphabet or checksum. What only it matches is reported low.
    #[serde(default)]
    loose: Option<String>,
    /// The service a catch-all bound to that service's own file names (Maven's settings.xml:
    /// `maven`): its findings name it, before any name the key or the context gives.
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    examples: Vec<Example>,
    #[serde(default)]
    negative_examples: Vec<Example>,
    /// Set for a rule read from a gitleaks or Nosey Parker pack (packs.rs).
    #[serde(skip)]
    pack: Option<packs::PackRule>,
}

fn medium() -> Confidence {
    Confidence::Medium
}

/// An example text, optionally with the path it sits at, the confidence it must get and the
/// value it must capture whole.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    At {
        text: String,
        #[serde(default)]
        path: Option<String>,
        #[serde(default)]
        confidence: Option<Confidence>,
        #[serde(default)]
        secret: Option<String>,
    },
}

impl Example {
    pub fn text(&self) -> &str {
        match self {
            Example::Text(text) | Example::At { text, .. } => text,
        }
    }

    pub fn path(&self) -> &str {
        match self {
            Example::At { path: Some(path), .. } => path,
            _ => "/example.txt",
        }
    }

    pub fn confidence(&self) -> Option<Confidence> {
        match self {
            Example::At { confidence, .. } => *confidence,
            Example::Text(_) => None,
        }
    }

    pub fn secret(&self) -> Option<&str> {
        match self {
            Example::At { secret, .. } => secret.as_deref(),
            Example::Text(_) => None,
        }
    }
}

/// What a detector says about itself, as the report and `layerhound rules` show it.
#[derive(Debug, Clone, Serialize)]
pub struct DetectorInfo {
    pub namespace: String,
    pub id: String,
    pub name: String,
    pub category: String,
    pub severity: Severity,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

struct CompiledDetector {
    info: Arc<DetectorInfo>,
    regex: LazyRegex,
    /// The value's shape after one of the provider's names (`near`), if the detector has any.
    near: Option<LazyRegex>,
    /// Without keywords, a detector with names takes its value only beside one of them: its
    /// own regex is the value's shape alone.
    near_only: bool,
    /// The provider's layout with a looser alphabet (`loose`), if the detector has one.
    loose: Option<LazyRegex>,
    secret_group: SecretGroup,
    /// A `(?P<user>…)` group: a password equal to its user name is a default, not a secret.
    user_group: Option<usize>,
    /// `(?P<host>…)`: the server the credential is for (a registry in a Docker config).
    host_group: Option<usize>,
    /// A catch-all's `(?P<name>…)` group, the key the value is set under: a key that names an
    /// identifier, a cache key or a page token (`public_key`, `next_page_token`) holds no secret.
    key_group: Option<usize>,
    path: Option<Regex>,
    entropy: Option<f64>,
    validator: Option<Validator>,
    pair: Option<usize>,
    reach: usize,
    generic: bool,
    yields: bool,
    /// The service a file-bound catch-all names (`provider` in the TOML).
    provider: Option<String>,
    examples: Vec<Example>,
    negative_examples: Vec<Example>,
    /// Bytes before a keyword hit where a match may start.
    reach_before: usize,
    /// `after_keyword`, anchored at the start of what it is matched against.
    after_keyword: Option<Regex>,
    /// A pack's allowlists (packs.rs): matches they allow are no findings.
    allowlists: Vec<Arc<packs::Allowlist>>,
    /// Read from a gitleaks or Nosey Parker pack: its examples are checked but not required.
    from_pack: bool,
}

/// Which of a detector's regexes took a match, from the least to the most trusted (a value two
/// forms take is the more trusted one's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    /// The provider's layout with a looser alphabet.
    Loose,
    /// The value's shape beside one of the provider's names.
    Near,
    Own,
}

/// Which group of a match is the secret.
#[derive(Debug, Clone, Copy)]
enum SecretGroup {
    Index(usize),
    /// The first group that matched, else the whole match (packs' rules without a named group).
    FirstMatched,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecoyFile {
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    placeholders: Vec<String>,
    #[serde(default)]
    doc_paths: Vec<String>,
    #[serde(default)]
    known: Vec<KnownValue>,
    #[serde(default)]
    generated: Vec<GeneratedKey>,
}

/// Which first words of a specific detector's id name the service it is written for
/// (`names.toml`), with its examples.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderWords {
    short: Vec<String>,
    not_a_name: Vec<String>,
    #[serde(default)]
    named: Vec<NamedExample>,
    #[serde(default)]
    unnamed: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamedExample {
    id: String,
    provider: String,
}

impl ProviderWords {
    /// Parsed, and held to its own examples: a word list that names what it should not (or
    /// stops naming what it should) is an error, not a quiet change of every report's providers.
    fn compile(text: &str, origin: &str) -> Result<ProviderWords, SecretsError> {
        let invalid = |message: String| SecretsError::Invalid { origin: origin.to_string(), message };
        let words: ProviderWords = toml::from_str(text).map_err(|err| invalid(err.to_string()))?;
        let mut failures = Vec::new();
        for example in &words.named {
            let got = id_provider(&example.id, &words);
            if got.as_deref() != Some(example.provider.as_str()) {
                failures.push(format!("{} names {got:?}, not {}", example.id, example.provider));
            }
        }
        for id in &words.unnamed {
            if let Some(got) = id_provider(id, &words) {
                failures.push(format!("{id} names {got}, but should name no service"));
            }
        }
        if failures.is_empty() {
            Ok(words)
        } else {
            Err(invalid(failures.join("; ")))
        }
    }
}

/// A key a package generates on each host when it is installed, at that package's path.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GeneratedKey {
    path: String,
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownValue {
    value: String,
    source: String,
}

/// Values that are not secrets: references to variables (dropped), placeholders and values
/// published in documentation and test suites (kept, at low confidence, with the reason).
struct Decoys {
    ignore: Vec<Regex>,
    placeholders: Vec<Regex>,
    doc_paths: Vec<Regex>,
    known: AhoCorasick,
    known_sources: Vec<String>,
    /// The claims of each known JWT, with its index in `known_sources`: the same claims signed
    /// again (another algorithm, another key) are the same published example.
    known_claims: Vec<(serde_json::Value, usize)>,
    /// A JWT's header and claims (its signature may follow): where a match holds a token.
    jwt_shape: Regex,
    /// Paths of keys generated per host at install, with the reason given.
    generated: Vec<(Regex, String)>,
}

impl Decoys {
    fn compile(text: &str, origin: &str) -> Result<Decoys, SecretsError> {
        let invalid = |message: String| SecretsError::Invalid { origin: origin.to_string(), message };
        let file: DecoyFile = toml::from_str(text).map_err(|err| invalid(err.to_string()))?;
        let compile_all = |patterns: &[String]| -> Result<Vec<Regex>, SecretsError> {
            patterns.iter().map(|p| Regex::new(p).map_err(|err| invalid(format!("pattern {p:?}: {err}")))).collect()
        };
        let known = AhoCorasick::new(file.known.iter().map(|k| k.value.as_bytes())).map_err(|err| invalid(err.to_string()))?;
        let known_claims = file
            .known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.value.starts_with("eyJ"))
            .filter_map(|(index, k)| validate::jwt_claims(&k.value).map(|claims| (claims, index)))
            .collect();
        Ok(Decoys {
            known_claims,
            jwt_shape: Regex::new(r"eyJ[A-Za-z0-9_-]{2,}={0,2}\.eyJ[A-Za-z0-9_-]{2,}={0,2}").map_err(|err| invalid(err.to_string()))?,
            ignore: compile_all(&file.ignore)?,
            placeholders: compile_all(&file.placeholders)?,
            doc_paths: compile_all(&file.doc_paths)?,
            known,
            known_sources: file.known.into_iter().map(|k| k.source).collect(),
            generated: file
                .generated
                .into_iter()
                .map(|g| Regex::new(&g.path).map(|re| (re, g.reason)).map_err(|err| invalid(format!("pattern {:?}: {err}", g.path))))
                .collect::<Result<_, _>>()?,
        })
    }

    fn ignored(&self, value: &[u8]) -> bool {
        self.ignore.iter().any(|re| re.is_match(value))
    }

    /// Why this value is a decoy, if it is one. `whole` is the whole match around it: a
    /// published value anywhere in it (a detector may capture only part of a token), or a JWT
    /// carrying a published token's claims, makes the match an example.
    fn decoy(&self, value: &[u8], whole: &[u8]) -> Option<String> {
        let published = |index: usize| format!("a value published as an example ({})", self.known_sources[index]);
        if let Some(found) = self.known.find(value).or_else(|| self.known.find(whole)) {
            return Some(published(found.pattern().as_usize()));
        }
        if !self.known_claims.is_empty() {
            for token in self.jwt_shape.find_iter(whole) {
                let Some(claims) = std::str::from_utf8(token.as_bytes()).ok().and_then(validate::jwt_claims) else { continue };
                if let Some((_, index)) = self.known_claims.iter().find(|(known, _)| *known == claims) {
                    return Some(published(*index));
                }
            }
        }
        // A published JWT stored base64-encoded once more (`ZXlK…`, a Kubernetes Secret's
        // `data:`): the known values and claims are checked on what it decodes to.
        if let Some(decoded) = validate::base64_encoded_jwt(value) {
            if let Some(reason) = self.decoy_jwt(&decoded) {
                return Some(format!("{reason}, base64-encoded"));
            }
        }
        if validate::made_up(value) {
            return Some("a made-up value: its letters and digits run in alphabet order".into());
        }
        // Only code's own joiners: a typed password joins words with `!`, `#` or `@` (`un!techwhooah`).
        if validate::reads_as_code(value) && value.iter().all(|b| b.is_ascii_alphanumeric() || b"_-%.,()[]".contains(b)) {
            return Some("names joined as code (`args.smtp_password,`): a reference in a program, not a value".into());
        }
        if validate::names_a_credential(value) {
            return Some("the name of a credential (`clientSecretValue`, `MAIL_SMTP_PASSWORD`), not its value".into());
        }
        if validate::charset_listing(value) {
            return Some("a character set written out: no character repeats, as a generated value's do".into());
        }
        self.placeholders.iter().find(|re| re.is_match(value)).map(|re| format!("a placeholder value (matches {:?})", re.as_str()))
    }

    /// A decoded JWT that is a published one: listed, or carrying a listed JWT's claims.
    fn decoy_jwt(&self, token: &[u8]) -> Option<String> {
        let published = |index: usize| format!("a value published as an example ({})", self.known_sources[index]);
        if let Some(found) = self.known.find(token) {
            return Some(published(found.pattern().as_usize()));
        }
        let claims = std::str::from_utf8(token).ok().and_then(validate::jwt_claims)?;
        self.known_claims.iter().find(|(known, _)| *known == claims).map(|(_, index)| published(*index))
    }

    /// Why a key at this path was made by its package at install rather than put there.
    fn generated_path(&self, path: &str) -> Option<&str> {
        self.generated.iter().find(|(re, _)| re.is_match(path.as_bytes())).map(|(_, reason)| reason.as_str())
    }

    /// Why this path holds examples rather than live secrets, if it does.
    fn doc_path(&self, path: &str) -> Option<String> {
        self.doc_paths.iter().find(|re| re.is_match(path.as_bytes())).map(|re| {
            format!("in a test, example, documentation or library path (matches {:?}): packages ship sample keys there", re.as_str())
        })
    }
}

/// One secret found in one blob.
/// `D` is how the detector is held: loaded, or by name in the layer cache.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretMatch<D = Arc<DetectorInfo>> {
    /// The detector's index in its set (the layer cache checks the name there).
    pub(crate) detector_index: usize,
    pub detector: D,
    /// The secret itself; the report shows it only with `--show-secrets`.
    pub value: String,
    pub value_sha256: Sha256Sum,
    /// Where the secret starts in the blob, and on which line (1-based).
    pub offset: u64,
    pub line: u64,
    /// The whole match, the secret in it redacted; capped and escaped.
    pub context: String,
    pub severity: Severity,
    pub confidence: Confidence,
    /// What the checks concluded, in order.
    pub reasons: Vec<String>,
    /// The partner this secret was paired with (an AWS key id for a secret key), redacted.
    pub paired_with: Option<String>,
    /// The service the context names, for a catch-all's value (see `provider_named`).
    pub provider: Option<String>,
}

/// Compiled detectors, shared by every scanning thread.
pub struct DetectorSet {
    detectors: Vec<CompiledDetector>,
    /// The file each detector came from, by index.
    origins: Vec<String>,
    /// Keywords of every detector: exact for case-sensitive detectors (token prefixes: `AKIA`,
    /// `ghp_`; `Asia/Tokyo` is no `ASIA`), caseless for those whose regex ignores case (`password`).
    keywords: Keywords,
    /// Detectors wanting each keyword (by pattern id).
    /// Detectors with no keywords: they run over every blob whose path they name.
    path_only: Vec<usize>,
    decoys: Decoys,
    /// Every provider name of every detector's `near` list, letters and digits only, lowercase:
    /// the services a catch-all's value may be named for by the text before it.
    provider_names: HashSet<String>,
    pub builtin: bool,
    /// The analyst's detector files, as given.
    pub sources: Vec<String>,
    /// What each gitleaks or Nosey Parker file gave: rules loaded, left out, failing examples.
    pub packs: Vec<PackLoad>,
    /// Hash of every detector file loaded (namespace, origin, text): what the detectors are.
    pub fingerprint: Sha256Sum,
}

impl DetectorSet {
    /// Compiles the built-in detectors (unless `builtin` is false) and every detector file under
    /// `paths`: ours (`.toml` with `[[detector]]`), gitleaks' (`.toml` with `[[rules]]`) and Nosey
    /// Parker's (`.yml`). The analyst's detectors must pass their own examples, or the set is
    /// refused; a pack's rule that does not compile refuses the set too.
    pub fn compile(paths: &[PathBuf], builtin: bool) -> Result<DetectorSet, SecretsError> {
        Self::compile_with(paths, builtin, false)
    }

    /// [`DetectorSet::compile`], leaving out the pack rules that do not compile (listed in
    /// `packs`: `--skip-broken-rules`).
    pub fn compile_tolerant(paths: &[PathBuf], builtin: bool) -> Result<DetectorSet, SecretsError> {
        Self::compile_with(paths, builtin, true)
    }

    fn compile_with(paths: &[PathBuf], builtin: bool, tolerant: bool) -> Result<DetectorSet, SecretsError> {
        let mut files: Vec<(String, String, String)> = Vec::new();
        if builtin {
            for (name, text) in BUILTIN {
                files.push((BUILTIN_NAMESPACE.to_string(), format!("builtin:{name}"), text.to_string()));
            }
        }
        for path in paths {
            for file in detector_files(path)? {
                let text = std::fs::read_to_string(&file).map_err(|source| SecretsError::Read { path: file.clone(), source })?;
                let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                files.push((stem, file.display().to_string(), text));
            }
        }
        let mut specs = Vec::new();
        let mut pack_loads = Vec::new();
        for (namespace, origin, text) in &files {
            let format = packs::PackFormat::of(Path::new(origin), text);
            let parsed = if format == packs::PackFormat::Layerhound {
                toml::from_str::<DetectorFile>(text)
                    .map_err(|err| SecretsError::Invalid { origin: origin.clone(), message: err.to_string() })?
                    .detector
            } else {
                let pack = packs::read(format, origin, text)?;
                if !tolerant && !pack.load.broken.is_empty() {
                    return Err(SecretsError::Invalid {
                        origin: origin.clone(),
                        message: format!(
                            "{} of {} rules do not compile (--skip-broken-rules leaves them out): {}",
                            pack.load.broken.len(),
                            pack.load.rules,
                            pack.load.broken.join("; ")
                        ),
                    });
                }
                pack_loads.push(pack.load);
                pack.specs
            };
            specs.extend(parsed.into_iter().map(|spec| (namespace.clone(), origin.clone(), spec)));
        }
        let fingerprint = crate::shared::digest::fingerprint(
            files
                .iter()
                .flat_map(|(namespace, origin, text)| [namespace.as_str(), origin.as_str(), text.as_str()])
                .chain([BUILTIN_DECOYS, BUILTIN_NAMES]),
        );
        let words = ProviderWords::compile(BUILTIN_NAMES, "builtin:names.toml")?;
        let mut set = Self::build(specs, Decoys::compile(BUILTIN_DECOYS, "builtin:decoys.toml")?, &words, builtin, paths, fingerprint)?;
        set.packs = pack_loads;
        let mut user_failures = Vec::new();
        // The built-in examples are checked by tests/secrets.rs, not on every start (508
        // detectors' examples cost a third of a second and every regex compiled).
        for (index, failure) in set.check_examples_of(|detector| detector.info.namespace != BUILTIN_NAMESPACE)? {
            let detector = &set.detectors[index];
            if detector.from_pack {
                // A pack's own examples are its authors' claims: a miss is recorded, not fatal.
                let origin = &set.origins[index];
                if let Some(load) = set.packs.iter_mut().find(|load| &load.file == origin) {
                    if !load.example_failures.iter().any(|f| f.starts_with(&format!("{}:", detector.info.id))) {
                        load.example_failures.push(failure);
                    }
                }
            } else if detector.info.namespace != BUILTIN_NAMESPACE {
                user_failures.push(failure);
            }
        }
        if !user_failures.is_empty() {
            return Err(SecretsError::Invalid { origin: "detector examples".into(), message: user_failures.join("; ") });
        }
        Ok(set)
    }

    fn build(
        specs: Vec<(String, String, DetectorSpec)>,
        decoys: Decoys,
        words: &ProviderWords,
        builtin: bool,
        paths: &[PathBuf],
        fingerprint: Sha256Sum,
    ) -> Result<DetectorSet, SecretsError> {
        let ids = unique_ids(&specs)?;
        let mut detectors = Vec::new();
        let mut origins = Vec::new();
        // [exact, ignoring case]: keyword → detectors.
        let mut keyword_index: [BTreeMap<String, Vec<usize>>; 2] = Default::default();
        let mut path_only = Vec::new();
        // Names a catch-all's context may give: every `near` name, and the provider each built-in
        // specific detector is written for (its id's first word: `openai-api-key` gives openai).
        let provider_names = specs
            .iter()
            .flat_map(|(_, _, spec)| {
                let own = (!spec.generic && spec.pack.is_none()).then(|| id_provider(&spec.id, words)).flatten();
                spec.near.iter().map(|name| squash(name.as_bytes())).chain(own)
            })
            .collect();
        for (index, (namespace, origin, spec)) in specs.into_iter().enumerate() {
            let id = spec.id.clone();
            let invalid = |message: String| SecretsError::Invalid { origin: origin.clone(), message: format!("detector {id}: {message}") };
            index_words(&spec, index, &mut keyword_index).map_err(invalid)?;
            if spec.keywords.is_empty() && spec.near.is_empty() {
                path_only.push(index);
            }
            let detector = compile_detector(namespace, spec, &ids).map_err(invalid)?;
            origins.push(origin.clone());
            detectors.push(detector);
        }
        let keywords = Keywords::build(keyword_index);
        Ok(DetectorSet {
            detectors,
            origins,
            keywords,
            path_only,
            decoys,
            provider_names,
            builtin,
            sources: paths.iter().map(|p| p.display().to_string()).collect(),
            packs: Vec::new(),
            fingerprint,
        })
    }

    /// Detector `index`'s description, if the set has one there.
    pub fn detector(&self, index: usize) -> Option<&Arc<DetectorInfo>> {
        self.detectors.get(index).map(|d| &d.info)
    }

    pub fn len(&self) -> usize {
        self.detectors.len()
    }

    /// Drops the regexes the scan compiled (on the bench image about 18 MiB, which would stay
    /// beside the overlay and the report): what is searched afterwards compiles its own again.
    pub fn release_compiled(&self) {
        for detector in &self.detectors {
            detector.regex.release();
            detector.near.iter().chain(&detector.loose).for_each(LazyRegex::release);
        }
    }

    /// How the keywords are searched: one Vectorscan pass, or groups of 64.
    pub fn keyword_engine(&self) -> Result<String, SecretsError> {
        Ok(self.keywords.literals()?.engine())
    }

    pub fn is_empty(&self) -> bool {
        self.detectors.is_empty()
    }

    /// Every detector, sorted by namespace and id.
    pub fn detectors(&self) -> Vec<Arc<DetectorInfo>> {
        let mut all: Vec<_> = self.detectors.iter().map(|d| d.info.clone()).collect();
        all.sort_by(|a, b| (&a.namespace, &a.id).cmp(&(&b.namespace, &b.id)));
        all
    }

    /// Every detector with its examples, and whether it only runs on paths it names.
    pub fn examples(&self) -> Vec<(Arc<DetectorInfo>, bool, &[Example])> {
        self.detectors.iter().map(|d| (d.info.clone(), d.path.is_some(), d.examples.as_slice())).collect()
    }

    /// Runs every detector on its own examples; returns (detector, failure) for each miss.
    pub fn check_examples(&self) -> Result<Vec<(usize, String)>, SecretsError> {
        self.check_examples_of(|_| true)
    }

    fn check_examples_of(&self, which: impl Fn(&CompiledDetector) -> bool) -> Result<Vec<(usize, String)>, SecretsError> {
        let mut failures = Vec::new();
        for (index, detector) in self.detectors.iter().enumerate().filter(|(_, detector)| which(detector)) {
            let id = &detector.info.id;
            // A pack's rule is checked alone: packs overlap (a generic `Bearer` rule and a
            // provider's), and the other rule's longer match would hide this one's.
            let scan = |example: &Example| -> Result<Vec<SecretMatch>, SecretsError> {
                let mut found = self.matches(example.text().as_bytes(), example.path(), detector.from_pack.then_some(index))?;
                self.pair(&mut found);
                Ok(found)
            };
            for example in &detector.examples {
                let found = scan(example)?;
                let mine: Vec<&SecretMatch> = found.iter().filter(|m| m.detector_index == index).collect();
                match (mine.first(), example.confidence()) {
                    (None, _) => {
                        let others: Vec<&str> = found.iter().map(|m| m.detector.id.as_str()).collect();
                        let taken = if others.is_empty() { String::new() } else { format!(" (taken by {})", others.join(", ")) };
                        failures.push((index, format!("{id}: no match in example {:?}{taken}", example.text())))
                    }
                    (Some(m), Some(want)) if m.confidence != want => failures.push((
                        index,
                        format!(
                            "{id}: confidence {} (want {want}) in example {:?}: {}",
                            m.confidence,
                            example.text(),
                            m.reasons.join("; ")
                        ),
                    )),
                    _ => {}
                }
                if let (Some(m), Some(want)) = (mine.first(), example.secret()) {
                    if m.value != want {
                        failures.push((index, format!("{id}: captured {:?}, want {want:?}", m.value)));
                    }
                }
            }
            for example in &detector.negative_examples {
                if scan(example)?.iter().any(|m| m.detector_index == index) {
                    failures.push((index, format!("{id}: matched negative example {:?}", example.text())));
                }
            }
        }
        Ok(failures)
    }

    /// Every secret in one blob; `path` is the file's (or `outer!/member`, or a config field's
    /// name such as `config.env[3]`), which path-conditioned detectors test.
    /// A scan builds the set's own keyword search at first use: a scan shares
    /// [`super::keywords::KeywordPass`]'s instead; an error is that search failing to build.
    pub fn scan(&self, bytes: &[u8], path: &str) -> Result<Vec<SecretMatch>, SecretsError> {
        let mut found = self.scan_unpaired(bytes, path)?;
        self.pair(&mut found);
        Ok(found)
    }

    /// Matches without pairing: for config fields, pairing spans the whole config.
    pub fn scan_unpaired(&self, bytes: &[u8], path: &str) -> Result<Vec<SecretMatch>, SecretsError> {
        self.matches(bytes, path, None)
    }

    /// Matches of every detector, or of detector `only`.
    fn matches(&self, bytes: &[u8], path: &str, only: Option<usize>) -> Result<Vec<SecretMatch>, SecretsError> {
        Ok(self.searched(bytes, path, only)?.finish())
    }

    /// The blob's keyword windows, from the set's own keyword search (a scan shares the
    /// indicators' literal pass instead).
    fn searched<'s>(&'s self, bytes: &'s [u8], path: &'s str, only: Option<usize>) -> Result<KeywordHits<'s>, SecretsError> {
        let mut hits = self.keyword_hits(bytes, path, only);
        self.keywords.literals()?.for_each_match(bytes, |start, word| {
            hits.hit(start, word);
            true
        });
        Ok(hits)
    }

    /// The keywords, in the order of the word ids `KeywordHits::hit` takes: for a literal pass
    /// shared with other words (the indicators' URLs), these first.
    pub fn keyword_words(&self) -> &[(Vec<u8>, bool)] {
        &self.keywords.words
    }

    /// Collects the keyword occurrences of one blob at `path`, as a literal pass finds them.
    pub fn keyword_hits<'s>(&'s self, bytes: &'s [u8], path: &'s str, only: Option<usize>) -> KeywordHits<'s> {
        let mut hits = KeywordHits { set: self, bytes, path, only, path_matches: HashMap::new(), windows: BTreeMap::new() };
        hits.blob_start();
        hits
    }

    /// The matches in the windows the keyword occurrences opened (and the whole blob for
    /// detectors without keywords), unpaired.
    fn matches_in(
        &self,
        bytes: &[u8],
        path: &str,
        only: Option<usize>,
        mut windows: BTreeMap<usize, Vec<(usize, usize)>>,
    ) -> Vec<SecretMatch> {
        let wanted = |index: usize| only.is_none_or(|one| one == index);
        for &index in &self.path_only {
            if wanted(index) && self.detectors[index].path.as_ref().is_none_or(|re| re.is_match(path.as_bytes())) {
                windows.entry(index).or_default().push((0, bytes.len()));
            }
        }
        let mut candidates = Vec::new();
        for (index, spans) in windows {
            for (start, end) in merge(spans, bytes.len()) {
                self.find_in(index, bytes, start, end, &mut candidates);
                if candidates.len() >= MAX_MATCHES_PER_BLOB * 4 {
                    break;
                }
            }
        }
        let candidates = prefer_specific(candidates);
        let mut found = Vec::new();
        let mut lines = LineCounter::default();
        for candidate in candidates {
            if found.len() >= MAX_MATCHES_PER_BLOB {
                break;
            }
            if let Some(secret) = self.judge(&candidate, bytes, path, &mut lines) {
                found.push(secret);
            }
        }
        found
    }

    /// The secrets in the values base64-wrapped once more that stand in the keyword windows
    /// (`decode`): each run that decodes to text is scanned again with the line's key before
    /// it, so that a detector reading key names reads the key. Depth 1: what a decoded value
    /// holds in base64 is not decoded. A finding points at the run in the blob.
    fn decoded_matches(&self, bytes: &[u8], path: &str, only: Option<usize>, spans: Vec<(usize, usize)>, found: &mut Vec<SecretMatch>) {
        const KEY_REACH: usize = 128;
        if spans.is_empty() {
            return;
        }
        let mut lines = LineCounter::default();
        let mut decoded_count = 0;
        for run in decode::runs(bytes, &merge(spans, bytes.len())) {
            let Some(decoded) = decode::text(&bytes[run.clone()]) else { continue };
            decoded_count += 1;
            if decoded_count > decode::MAX_DECODED_PER_BLOB {
                break;
            }
            // From the line before the run's (a JSON object's name, the registry a Docker
            // config's `auth` is for, sits there), at most KEY_REACH bytes back.
            let from = run.start.saturating_sub(KEY_REACH);
            let line_start = memchr::memrchr_iter(b'\n', &bytes[from..run.start]).nth(1).map_or(from, |at| from + at + 1);
            let to = bytes.len().min(run.end + KEY_REACH);
            let line_end = memchr::memchr(b'\n', &bytes[run.end..to]).map_or(to, |at| run.end + at);
            let mut text = Vec::with_capacity(decoded.len() + line_end - line_start);
            text.extend_from_slice(&bytes[line_start..run.start]);
            let value = text.len()..text.len() + decoded.len();
            text.extend_from_slice(&decoded);
            text.extend_from_slice(&bytes[run.end..line_end]);
            // The set's own keyword search, built at the first value that decodes. The same words
            // compiled for the blob's scan, so failing here is the engine's failure: the blob's
            // raw findings stand.
            let Ok(hits) = self.searched(&text, path, only) else { return };
            let line = lines.line_at(bytes, run.start);
            // A specific detector that knows the encoded form already reported this run (a TLS
            // Secret's `tls.key`, base64 of a PEM block): a decoded finding that is the whole value
            // is the same secret once more, not a second one. A part of it (the password of a
            // decoded `user:password`) still says more than the encoded whole.
            let whole = String::from_utf8_lossy(&decoded);
            let encoded_known = found.iter().any(|f| f.offset == run.start as u64 && !self.detectors[f.detector_index].generic);
            let raw = found.len();
            let chars = bytes[run.clone()].iter().filter(|b| !b.is_ascii_whitespace()).count();
            let mut named = false;
            for mut secret in self.matches_in(&text, path, only, hits.windows) {
                // Only what the decoding shows: the key before it was scanned as it stands.
                let at = secret.offset as usize;
                if !value.contains(&at)
                    || found.iter().any(|f| f.detector_index == secret.detector_index && f.offset == run.start as u64)
                    || encoded_known && secret.value.trim() == whole.trim()
                {
                    continue;
                }
                secret.offset = run.start as u64;
                secret.line = line;
                secret.reasons.push(format!("base64-decoded: the value is encoded in the {chars}-character run at this offset"));
                named |= !self.detectors[secret.detector_index].generic;
                found.push(secret);
            }
            // What a specific detector names in the decoded value says more than a catch-all's
            // finding of the encoded whole (a Secret's first `data:` value, a base64 value that
            // opens like a token): that one gives way.
            if named {
                let decoded_found = found.split_off(raw);
                found.retain(|f| f.offset != run.start as u64 || !self.detectors[f.detector_index].generic);
                found.extend(decoded_found);
            }
        }
    }

    fn find_in(&self, index: usize, bytes: &[u8], start: usize, end: usize, out: &mut Vec<RawMatch>) {
        let detector = &self.detectors[index];
        if let Some(mut regex) = detector.regex.searcher().filter(|_| !detector.near_only) {
            self.find_with(index, &mut regex, Form::Own, bytes, start..end, out);
        }
        if let Some(mut regex) = detector.near.as_ref().and_then(LazyRegex::searcher) {
            self.find_with(index, &mut regex, Form::Near, bytes, start..end, out);
        }
        if let Some(mut regex) = detector.loose.as_ref().and_then(LazyRegex::searcher) {
            self.find_with(index, &mut regex, Form::Loose, bytes, start..end, out);
        }
    }

    /// The matches of one of a detector's regexes (its own, its `near` or its `loose` form) in
    /// `window`.
    fn find_with(
        &self,
        index: usize,
        regex: &mut Searcher,
        form: Form,
        bytes: &[u8],
        window: std::ops::Range<usize>,
        out: &mut Vec<RawMatch>,
    ) {
        let (start, end) = (window.start, window.end);
        let detector = &self.detectors[index];
        let groups = regex.groups;
        let haystack = &bytes[..end];
        let mut at = start;
        while at <= end {
            let Some(mut whole) = regex.captures_at(haystack, at).and_then(|caps| caps.get_group(0)) else { break };
            // A match running into a window's cut end may be a longer string cut short: read
            // on once, as far as a long value runs, and keep it only if it ends before that.
            let mut limit = end;
            if whole.end >= end && end < bytes.len() {
                limit = (end + READ_ON).min(bytes.len());
                let Some(longer) = regex.captures_at(&bytes[..limit], whole.start).and_then(|caps| caps.get_group(0)) else { break };
                whole = longer;
            }
            let caps = regex.caps();
            // The search goes on from the end of the value, not of the match: a match's closing
            // boundary (the line feed after a bare token) is the next token's opening one.
            let mut resume = whole.end;
            if whole.end < limit || limit == bytes.len() {
                // The near and loose forms are regexes of their own: their secret group is found by name.
                let secret = match detector.secret_group {
                    SecretGroup::Index(_) if form != Form::Own => groups.secret.and_then(|group| caps.get_group(group)),
                    SecretGroup::Index(group) => caps.get_group(group),
                    SecretGroup::FirstMatched => caps.iter().skip(1).flatten().find(|g| !g.is_empty()).or(Some(whole)),
                };
                if let Some(value) = secret.filter(|value| value.end > whole.start) {
                    resume = value.end.min(whole.end);
                }
                // A candidate its own checks will refuse must not displace another detector's
                // match of the same value (prefer_specific), so they run here already.
                // Their results go with the candidate, for judge to give its reasons.
                let checked = |secret: &Span| {
                    // Beside a provider's name only, a qualified name (a JVM type, a Go import,
                    // a module path) or an identifier (a constant, a field) is no value.
                    let value = &bytes[secret.range()];
                    let near_refused = form == Form::Near
                        && (names_no_secret(&bytes[whole.start..secret.start])
                            || validate::looks_like_qualified_name(value)
                            || validate::reads_as_identifier(value));
                    // Beside a provider's name, names joined as code (`exports.FirebaseApp`) are
                    // a program's; there and under a catch-all's key, paths are a manifest's and a
                    // value that opens with a digest's label (`sha256=…` in a pip RECORD) is that
                    // digest. (Code under a key is a decoy, kept low: see `Decoys::decoy`.)
                    let reference = (form == Form::Near && validate::reads_as_code(value))
                        || ((form == Form::Near || detector.generic)
                            && (validate::looks_like_path(value) || validate::leading_name(value).is_some_and(names_no_secret)));
                    if secret.is_empty() || near_refused || reference {
                        return None;
                    }
                    if detector.key_group.and_then(|group| caps.get_group(group)).is_some_and(|key| names_no_secret(&bytes[key.range()])) {
                        return None;
                    }
                    let value = &bytes[secret.range()];
                    let bits = detector.entropy.map(|_| validate::entropy(value));
                    if detector.entropy.zip(bits).is_some_and(|(floor, bits)| bits < floor) {
                        return None;
                    }
                    // Beside a provider's name but under no key name: package and project names
                    // sit there in package lists, sources and docs as often as keys do.
                    if form == Form::Near && validate::reads_as_name(value) {
                        return None;
                    }
                    let verdict = detector.validator.map(|validator| match validator.check(value) {
                        // The loose form keeps a value whose structure fails a check of structure
                        // (a checksum, a part that must decode): the layout is the provider's.
                        Verdict::Reject if form == Form::Loose && validator.checks_structure() => Verdict::Weak {
                            reason: "the format's layout, but its structure does not check (a checksum or a part that must decode)".into(),
                        },
                        verdict => verdict,
                    });
                    (verdict != Some(Verdict::Reject)).then_some((bits, verdict))
                };
                if let Some((secret, (entropy_bits, verdict))) = secret.and_then(|s| checked(&s).map(|found| (s, found))) {
                    out.push(RawMatch {
                        detector: index,
                        namespace: detector.info.clone(),
                        specific: !detector.generic,
                        yields: detector.yields,
                        placed: detector.path.is_some(),
                        by_key_name: detector.key_group.is_some() || detector.near_only,
                        validated: detector.validator.is_some(),
                        form,
                        entropy_bits,
                        verdict,
                        whole: whole.range(),
                        secret: secret.range(),
                        user: detector.user_group.and_then(|group| caps.get_group(group)).map(|user| user.range()),
                        host: detector.host_group.and_then(|group| caps.get_group(group)).map(|host| host.range()),
                        named: match form == Form::Near {
                            true => groups
                                .near_name
                                .and_then(|group| caps.get_group(group))
                                .or_else(|| groups.near_camel.and_then(|group| caps.get_group(group))),
                            false => detector.key_group.and_then(|group| caps.get_group(group)),
                        }
                        .map(|name| name.range()),
                    });
                }
            }
            at = if resume > whole.start { resume } else { whole.start + 1 };
        }
    }

    /// The checks one candidate goes through; None when it is no secret at all.
    fn judge(&self, candidate: &RawMatch, bytes: &[u8], path: &str, lines: &mut LineCounter) -> Option<SecretMatch> {
        let detector = &self.detectors[candidate.detector];
        let value = &bytes[candidate.secret.clone()];
        if self.decoys.ignored(value) {
            return None;
        }
        if !detector.allowlists.is_empty() {
            let whole = &bytes[candidate.whole.clone()];
            let line_start = memchr::memrchr(b'\n', &bytes[..candidate.whole.start]).map_or(0, |at| at + 1);
            let line_end = memchr::memchr(b'\n', &bytes[candidate.whole.end..]).map_or(bytes.len(), |at| candidate.whole.end + at);
            let line = &bytes[line_start..line_end.max(candidate.whole.end)];
            if detector.allowlists.iter().any(|list| list.allows(value, whole, line, path)) {
                return None;
            }
        }
        let mut severity = detector.info.severity;
        let mut confidence = detector.info.confidence;
        let mut reasons = Vec::new();
        if candidate.form == Form::Near {
            confidence = confidence.min(Confidence::Medium);
            let name = candidate.named.clone().map(|name| String::from_utf8_lossy(&bytes[name]).into_owned()).unwrap_or_default();
            reasons.push(format!("beside the provider's name {name:?}, not under a key name the provider documents"));
        }
        if let Some(key) = candidate.named.clone().filter(|_| candidate.form != Form::Near) {
            reasons.push(format!("under the key {:?}, which names what it is for", String::from_utf8_lossy(&bytes[key])));
        }
        if let (Some(floor), Some(bits)) = (detector.entropy, candidate.entropy_bits) {
            reasons.push(format!("entropy {bits:.1} bits per character (floor {floor})"));
        }
        if let Some(verdict) = candidate.verdict.clone() {
            match verdict {
                Verdict::Reject => return None,
                Verdict::Weak { reason } => {
                    confidence = Confidence::Low;
                    reasons.push(reason);
                }
                Verdict::Unconfirmed { reason } => reasons.push(reason),
                Verdict::Confirmed { reason, severity: lowered } => {
                    confidence = Confidence::High;
                    if let Some(lowered) = lowered {
                        severity = lowered;
                    }
                    reasons.push(reason);
                }
            }
        }
        // Only the loose form took it: the provider's layout, not the provider's alphabet.
        if candidate.form == Form::Loose {
            confidence = Confidence::Low;
            reasons
                .push("the provider's prefix and layout, but not the alphabet or structure it documents: a test or made-up value".into());
        }
        if let Some(reason) = self.decoys.decoy(value, &bytes[candidate.whole.clone()]) {
            confidence = Confidence::Low;
            severity = Severity::Low;
            reasons.push(reason);
        } else if candidate.user.as_ref().is_some_and(|user| bytes[user.clone()] == *value) {
            confidence = Confidence::Low;
            severity = Severity::Medium;
            reasons.push("the password is the user name: a default or test credential".into());
        } else if let Some(reason) = self.decoys.generated_path(path) {
            // Real key material, but a package's per-host key, not an operator's secret: baked
            // into the image, every container of it shares the key (medium, with the reason).
            severity = severity.min(Severity::Medium);
            reasons.push(reason.to_string());
        } else if let Some(reason) = self.decoys.doc_path(path) {
            confidence = Confidence::Low;
            reasons.push(reason);
        }
        // A doubted secret (key material built into a library, a file under a test or
        // documentation path, a value failing its checksum) stays reported, but at most medium:
        // the headline and `--fail-on` lead with what is an operator's leak.
        if confidence == Confidence::Low {
            severity = severity.min(Severity::Medium);
        }
        let value_text = String::from_utf8_lossy(value).into_owned();
        // A catch-all knows no provider; the key it took the value under, or the service
        // name beside the value, often does.
        let host = candidate.host.clone().map(|host| String::from_utf8_lossy(&bytes[host]).into_owned());
        if let Some(host) = &host {
            reasons.push(format!("for the server {host:?}"));
        }
        let provider = host.or_else(|| match candidate.specific {
            // A catch-all bound to one service's files names that service.
            false if detector.provider.is_some() => detector.provider.clone(),
            // The key the catch-all took, else whatever its match holds before the value
            // (`google_client_secret = '`), else a provider's name close by.
            false => match candidate.named.clone().filter(|_| candidate.by_key_name) {
                Some(key) => provider_named(&bytes[key]),
                None => provider_named(last_name(&bytes[candidate.whole.start..candidate.secret.start])),
            }
            .map(|named| self.provider_run_together(named))
            .or_else(|| url_host_named(bytes, candidate.secret.start))
            .or_else(|| self.provider_around(bytes, &candidate.secret)),
            true => None,
        });
        Some(SecretMatch {
            detector: detector.info.clone(),
            detector_index: candidate.detector,
            value_sha256: Sha256Sum::of(value),
            offset: candidate.secret.start as u64,
            line: lines.line_at(bytes, candidate.secret.start),
            context: redacted_context(bytes, &candidate.whole, &candidate.secret),
            value: value_text,
            severity,
            confidence,
            reasons,
            paired_with: None,
            provider,
        })
    }

    /// The provider name closest to a value: in the three lines that lead to it (a section
    /// `[abuseipdb]`, a comment, `$google_client_secret = `), else in the rest of its line and the
    /// next (`curl -H "Key: …" https://api.abuseipdb.com/…`); one word or two (`Abuse IPDB`).
    fn provider_around(&self, bytes: &[u8], secret: &std::ops::Range<usize>) -> Option<String> {
        const LINES: usize = 3;
        const MAX_BYTES: usize = 300;
        let from = secret.start.saturating_sub(MAX_BYTES);
        let start = memchr::memrchr_iter(b'\n', &bytes[from..secret.start]).nth(LINES).map_or(from, |at| from + at + 1);
        let to = bytes.len().min(secret.end + MAX_BYTES);
        let end = memchr::memchr_iter(b'\n', &bytes[secret.end..to]).nth(1).map_or(to, |at| secret.end + at);
        let before = key_words(&bytes[start..secret.start]);
        let after = key_words(&bytes[secret.end..end]);
        self.provider_in(&before, (0..before.len()).rev())
            .or_else(|| self.provider_in(&after, 0..after.len()))
            .or_else(|| object_named(&bytes[secret.start.saturating_sub(OBJECT_REACH)..secret.start]))
            .or_else(|| named_api(&before))
    }

    /// The first of `words`, in the order `at` visits them, that is a provider's name alone
    /// or run together with the word after it.
    fn provider_in(&self, words: &[String], mut at: impl Iterator<Item = usize>) -> Option<String> {
        at.find_map(|at| {
            let one = &words[at];
            let two = words.get(at + 1).map(|next| format!("{one}{next}"));
            two.filter(|two| self.provider_names.contains(two)).or_else(|| self.provider_names.contains(one).then(|| one.clone()))
        })
    }

    /// A key's words with the service they run together into (`GitHubLegacyPat`'s "git hub
    /// legacy", `MYGITHUBPERSONALACCESSTOKEN`'s one word: github), when no word of it is a
    /// service's name already: the longest known name inside them, of five letters at least (a
    /// shorter one is a whole word or nothing: `laws` holds no aws).
    fn provider_run_together(&self, named: String) -> String {
        const MIN_INSIDE: usize = 5;
        if named.split(' ').any(|word| self.provider_names.contains(word)) {
            return named;
        }
        let joined: String = named.split(' ').collect();
        self.provider_names
            .iter()
            .filter(|name| name.len() >= MIN_INSIDE && joined.contains(name.as_str()))
            .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
            .cloned()
            .unwrap_or(named)
    }

    /// A secret whose detector names a partner is confirmed when the partner is found beside
    /// it (in the same blob, or the same image config).
    pub fn pair(&self, found: &mut [SecretMatch]) {
        let partners: Vec<(usize, String)> = found.iter().map(|m| (m.detector_index, redact(&m.value))).collect();
        for secret in found.iter_mut() {
            let Some(partner) = self.detectors[secret.detector_index].pair else { continue };
            let Some((_, shown)) = partners.iter().find(|(index, _)| *index == partner) else {
                secret.reasons.push(format!("no {} found beside it", self.detectors[partner].info.name));
                continue;
            };
            if secret.confidence != Confidence::Low {
                secret.confidence = Confidence::High;
            }
            secret.reasons.push(format!("paired with {} {shown}", self.detectors[partner].info.name));
            secret.paired_with = Some(shown.clone());
        }
    }
}

/// Each detector's index by (namespace, id); a second definition of an id is refused with
/// both files named.
fn unique_ids(specs: &[(String, String, DetectorSpec)]) -> Result<HashMap<(String, String), usize>, SecretsError> {
    let ids: HashMap<(String, String), usize> =
        specs.iter().enumerate().map(|(index, (namespace, _, spec))| ((namespace.clone(), spec.id.clone()), index)).collect();
    if ids.len() != specs.len() {
        let mut seen = HashMap::new();
        for (namespace, origin, spec) in specs {
            if let Some(first) = seen.insert((namespace, &spec.id), origin) {
                return Err(SecretsError::Invalid {
                    origin: origin.clone(),
                    message: format!("detector {:?} is also defined in {first}", spec.id),
                });
            }
        }
    }
    Ok(ids)
}

/// Files a detector's keywords (exact, or ignoring case as its regex does) and its `near`
/// provider names (ignoring case) under its index.
fn index_words(spec: &DetectorSpec, index: usize, keyword_index: &mut [BTreeMap<String, Vec<usize>>; 2]) -> Result<(), String> {
    let from_pack = spec.pack.is_some();
    let ignores_case = spec.regex.starts_with("(?i") || spec.regex.starts_with("(?mi") || spec.regex.starts_with("(?si");
    for keyword in &spec.keywords {
        if keyword.len() < 3 {
            return Err(format!("keyword {keyword:?} is shorter than 3 bytes"));
        }
        // gitleaks' keywords ignore case whatever the regex does.
        if ignores_case || from_pack {
            keyword_index[1].entry(keyword.to_ascii_lowercase()).or_default().push(index);
        } else {
            keyword_index[0].entry(keyword.clone()).or_default().push(index);
        }
    }
    for word in &spec.near {
        if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)) {
            return Err(format!("near: {word:?} is not a provider name (4 or more letters, digits, '.', '_' or '-')"));
        }
        keyword_index[1].entry(word.to_ascii_lowercase()).or_default().push(index);
    }
    Ok(())
}

/// One detector as a scan uses it: its patterns checked, its validator and partner found, its
/// examples required (a pack's are optional). A pattern is compiled when a scan first wakes
/// its detector; the analyst's and the packs' are compiled once here too, to refuse a bad one
/// at load. The built-in ones are only parsed here, for their groups: `tests/secrets.rs`
/// compiles them (0.2 CPU-s on every start otherwise).
fn compile_detector(namespace: String, spec: DetectorSpec, ids: &HashMap<(String, String), usize>) -> Result<CompiledDetector, String> {
    let from_pack = spec.pack.is_some();
    let compile = |pattern: &str| compile_for(pattern, from_pack);
    let builtin = namespace == BUILTIN_NAMESPACE;
    let check = |pattern: &str| -> Result<Vec<(String, usize)>, String> {
        if !builtin {
            compile(pattern)?;
        }
        group_names(pattern)
    };
    let groups = check(&spec.regex).map_err(|err| format!("regex: {err}"))?;
    let group = |name: &str| groups.iter().find(|(named, _)| named == name).map(|(_, index)| *index);
    let secret_group = match (group("secret"), &spec.pack) {
        (Some(named), _) => SecretGroup::Index(named),
        (None, Some(pack)) => pack.secret_group.map_or(SecretGroup::FirstMatched, SecretGroup::Index),
        (None, None) => return Err("the regex has no (?P<secret>…) group".into()),
    };
    let user_group = group("user");
    let host_group = group("host");
    let key_group = group("name").filter(|_| spec.generic);
    let near = match spec.near.is_empty() {
        true => None,
        false => {
            let pattern = near_pattern(&spec.regex, &spec.near)?;
            check(&pattern).map_err(|err| format!("near: {err}"))?;
            Some(LazyRegex::new(pattern, from_pack))
        }
    };
    let loose = match &spec.loose {
        Some(pattern) => {
            if !check(pattern).map_err(|err| format!("loose: {err}"))?.iter().any(|(name, _)| name == "secret") {
                return Err("loose: needs a (?P<secret>…) group".into());
            }
            Some(LazyRegex::new(pattern.clone(), from_pack))
        }
        None => None,
    };
    let path = spec.path.as_deref().map(compile).transpose().map_err(|err| format!("path: {err}"))?;
    let after_keyword = spec
        .after_keyword
        .as_deref()
        .map(|pattern| compile(&format!("^(?:{pattern})")))
        .transpose()
        .map_err(|err| format!("after_keyword: {err}"))?;
    let validator = match &spec.validator {
        Some(name) => Some(Validator::by_name(name).ok_or_else(|| {
            let known: Vec<&str> = Validator::NAMES.iter().map(|(n, _)| *n).collect();
            format!("unknown validator {name:?} (known: {})", known.join(", "))
        })?),
        None => None,
    };
    let pair = match &spec.pair {
        Some(other) => Some(*ids.get(&(namespace.clone(), other.clone())).ok_or_else(|| format!("pair: no detector {other:?}"))?),
        None => None,
    };
    // A pack's rule may have neither (packs.rs lists it as running over whole blobs), and
    // its examples are optional.
    if spec.keywords.is_empty() && spec.near.is_empty() && path.is_none() && !from_pack {
        return Err("needs keywords, near names or a path (a detector with none would run its regex over every byte)".into());
    }
    let near_only = spec.keywords.is_empty() && near.is_some();
    if (spec.examples.is_empty() || spec.negative_examples.is_empty()) && !from_pack {
        return Err("needs examples and negative_examples".into());
    }
    let (reach_before, allowlists) = match spec.pack {
        Some(pack) => (pack.reach_before.max(REACH_BEFORE), pack.allowlists),
        None => (spec.reach_before.unwrap_or(REACH_BEFORE).max(REACH_BEFORE), Vec::new()),
    };
    Ok(CompiledDetector {
        info: Arc::new(DetectorInfo {
            namespace,
            id: spec.id,
            name: spec.name,
            category: spec.category,
            severity: spec.severity,
            confidence: spec.confidence,
            reference: spec.reference,
        }),
        regex: LazyRegex::new(spec.regex, from_pack),
        near,
        near_only,
        loose,
        secret_group,
        user_group,
        host_group,
        key_group,
        path,
        entropy: spec.entropy,
        validator,
        pair,
        reach: spec.reach.unwrap_or(DEFAULT_REACH),
        generic: spec.generic,
        yields: spec.yields,
        provider: spec.provider,
        examples: spec.examples,
        negative_examples: spec.negative_examples,
        reach_before,
        after_keyword,
        allowlists,
        from_pack,
    })
}

/// Keywords, and the detectors each keyword wakes.
/// The windows one blob's keyword occurrences open, per detector, as a literal pass reports
/// them (in order of start).
pub struct KeywordHits<'s> {
    set: &'s DetectorSet,
    bytes: &'s [u8],
    path: &'s str,
    only: Option<usize>,
    path_matches: HashMap<usize, bool>,
    windows: BTreeMap<usize, Vec<(usize, usize)>>,
}

impl KeywordHits<'_> {
    /// A keyword that opens with a newline (`\nre_`: a prefix at a line's start) also occurs at
    /// the blob's first byte, where no newline precedes it (a secret file holding the bare
    /// value). Called before the literal pass, so that hits stay in order of start.
    fn blob_start(&mut self) {
        let (set, bytes) = (self.set, self.bytes);
        for &word in &set.keywords.line_starts {
            let (text, caseless) = &set.keywords.words[word];
            let rest = &text[1..];
            let head = bytes.get(..rest.len());
            if head.is_some_and(|head| if *caseless { head.eq_ignore_ascii_case(rest) } else { head == rest }) {
                self.hit(0, word);
            }
        }
    }

    /// Keyword `word` (an id of `DetectorSet::keyword_words`) occurs at `start`.
    pub fn hit(&mut self, start: usize, word: usize) {
        let set = self.set;
        let end = start + set.keywords.words[word].0.len();
        for &index in &set.keywords.detectors[word] {
            if self.only.is_some_and(|one| one != index) {
                continue;
            }
            let detector = &set.detectors[index];
            let path = self.path;
            if !*self.path_matches.entry(index).or_insert_with(|| detector.path.as_ref().is_none_or(|re| re.is_match(path.as_bytes()))) {
                continue;
            }
            if let Some(after) = &detector.after_keyword {
                let rest = self.bytes.get(end..end.saturating_add(detector.reach).min(self.bytes.len())).unwrap_or_default();
                if !after.is_match(rest) {
                    continue;
                }
            }
            let window = (start.saturating_sub(detector.reach_before), end.saturating_add(detector.reach));
            let spans = self.windows.entry(index).or_default();
            // Hits come in order: joining a window to the last as it comes keeps a
            // blob full of keywords (a large library) from holding one per hit.
            match spans.last_mut() {
                Some(last) if last.0 <= window.0 && window.0 <= last.1 => last.1 = last.1.max(window.1),
                _ => spans.push(window),
            }
        }
    }

    /// Every secret in the blob, unpaired (`DetectorSet::pair` pairs them).
    pub fn finish(self) -> Vec<SecretMatch> {
        let spans: Vec<(usize, usize)> = self.windows.values().flatten().copied().collect();
        let mut found = self.set.matches_in(self.bytes, self.path, self.only, self.windows);
        self.set.decoded_matches(self.bytes, self.path, self.only, spans, &mut found);
        found
    }
}

struct Keywords {
    /// Built at first use: a scan searches the keywords in the pass it shares with the
    /// indicator names, so this one only serves example checks and direct callers.
    literals: OnceLock<Result<Literals, LiteralsError>>,
    /// Per keyword id: the word, and whether its case is ignored.
    words: Vec<(Vec<u8>, bool)>,
    /// Per keyword, the detectors it wakes.
    detectors: Vec<Vec<usize>>,
    /// The keywords that open with a newline (`KeywordHits::blob_start`).
    line_starts: Vec<usize>,
}

impl Keywords {
    /// `index` maps each keyword to the detectors it wakes: [exact, ignoring case (lowercased)].
    fn build(index: [BTreeMap<String, Vec<usize>>; 2]) -> Keywords {
        let [exact, caseless] = index;
        let all: Vec<((String, bool), Vec<usize>)> = exact
            .into_iter()
            .map(|(word, detectors)| ((word, false), detectors))
            .chain(caseless.into_iter().map(|(word, detectors)| ((word, true), detectors)))
            .collect();
        let words: Vec<(Vec<u8>, bool)> = all.iter().map(|((word, caseless), _)| (word.clone().into_bytes(), *caseless)).collect();
        let line_starts = words.iter().enumerate().filter(|(_, (word, _))| word.len() > 1 && word[0] == b'\n').map(|(id, _)| id).collect();
        Keywords { literals: OnceLock::new(), words, detectors: all.into_iter().map(|(_, detectors)| detectors).collect(), line_starts }
    }

    fn literals(&self) -> Result<&Literals, SecretsError> {
        self.literals
            .get_or_init(|| Literals::new(&self.words))
            .as_ref()
            .map_err(|err| SecretsError::Invalid { origin: "keywords".into(), message: err.to_string() })
    }
}

fn detector_files(path: &Path) -> Result<Vec<PathBuf>, SecretsError> {
    let meta = std::fs::metadata(path).map_err(|source| SecretsError::Read { path: path.to_path_buf(), source })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|source| SecretsError::Read { path: path.to_path_buf(), source })? {
        let entry = entry.map_err(|source| SecretsError::Read { path: path.to_path_buf(), source })?;
        let file = entry.path();
        let detector_file = file.extension().is_some_and(|e| e == "toml" || e == "yml" || e == "yaml");
        if detector_file && file.file_name().is_some_and(|n| n != "decoys.toml" && n != "names.toml") {
            found.push(file);
        }
    }
    if found.is_empty() {
        return Err(SecretsError::NoDetectorFiles { path: path.to_path_buf() });
    }
    found.sort();
    Ok(found)
}

#[derive(Debug, Clone)]
struct RawMatch {
    detector: usize,
    /// Whose detector it is: the built-in set, or one file the analyst gave.
    namespace: Arc<DetectorInfo>,
    specific: bool,
    /// Its detector gives way to another specific one (`yields`).
    yields: bool,
    /// Its detector trusts only the files it names (a kubeconfig's `token:`): it knows more of
    /// what the value is than one that matches anywhere (a JWT).
    placed: bool,
    /// Its detector knows only the key's or the provider's name, not the value's format
    /// (`named-credential`, `api-service-key`).
    by_key_name: bool,
    validated: bool,
    /// The detector's regex that took it: its own, its near form (beside the provider's name
    /// rather than in its own context) or its loose form (the layout, not the alphabet).
    form: Form,
    /// What the detector's entropy floor and validator made of the value (it passed both).
    entropy_bits: Option<f64>,
    verdict: Option<Verdict>,
    whole: std::ops::Range<usize>,
    secret: std::ops::Range<usize>,
    user: Option<std::ops::Range<usize>>,
    host: Option<std::ops::Range<usize>>,
    /// The provider's name a `near` form found, or the key a catch-all took the value under.
    named: Option<std::ops::Range<usize>>,
}

/// A detector's regex, ASCII-only where it can be: tokens are ASCII, and Unicode classes (`\w`,
/// `\d`, caseless letters) made 500 detectors take 543 MB and seconds to compile (120 MB ASCII).
/// Go's RE2, which community packs are written for, is ASCII in these classes too. A pattern
/// that needs Unicode (`\p{L}`) keeps it.
/// A community pack's goes through packs.rs (Go syntax rewritten first, same ASCII rule).
fn compile_for(pattern: &str, from_pack: bool) -> Result<Regex, String> {
    match from_pack {
        true => packs::compile(pattern),
        false => {
            regex::bytes::RegexBuilder::new(pattern).unicode(false).build().or_else(|_| Regex::new(pattern)).map_err(|err| err.to_string())
        }
    }
}

/// The `near` form of a detector: its `secret` group's pattern (under the flags the regex
/// starts with) within NEAR_GAP bytes after one of the provider's names, cut off from
/// letters and digits on both sides so that it is a whole value.
fn near_pattern(regex: &str, words: &[String]) -> Result<String, String> {
    let ast = regex_syntax::ast::parse::Parser::new().parse(regex).map_err(|err| format!("regex: {err}"))?;
    let shape = secret_group_span(&ast).map(|span| &regex[span.start.offset..span.end.offset]).ok_or("near needs a (?P<secret>…) group")?;
    let flags = regex
        .strip_prefix("(?")
        .and_then(|rest| rest.split_once(')'))
        .map(|(flags, _)| flags)
        .filter(|flags| !flags.is_empty() && flags.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'));
    let shape = match flags {
        Some(flags) => format!("(?{flags}:{shape})"),
        None => format!("(?:{shape})"),
    };
    // A name starts a word: after a non-letter (`MY_OKTA_TOKEN`) or in camel case
    // (`myOktaToken`), never inside another word (`rookTable`, `CameraKit`).
    let mut inside_camel = Vec::new();
    for word in words {
        let mut chars = word.chars();
        let capitalised: String = chars.next().map(|first| first.to_ascii_uppercase()).into_iter().chain(chars).collect();
        inside_camel.push(regex::escape(&capitalised));
        inside_camel.push(regex::escape(&word.to_ascii_uppercase()));
    }
    let words: Vec<String> = words.iter().map(|word| regex::escape(word)).collect();
    // The value stands alone: after a blank, quote, `=`, `:` or bracket (not inside `test_…`),
    // and not running on into more token characters.
    Ok(format!(
        "(?:(?:^|[^A-Za-z])(?P<near_name>(?i:{}))|[a-z](?P<near_camel>{}))(?s:.){{0,{NEAR_GAP}}}?(?:^|[\\s\"'`=:,;(\\[{{<>|])(?P<secret>{shape})(?:[^A-Za-z0-9_+/-]|$)",
        words.join("|"),
        inside_camel.join("|")
    ))
}

/// Whether the text between a provider's name and a value names something else than a
/// secret (`AUTH0_CLIENT_ID=`, `clientId:`, `jenkins plugin `): identifiers, names and hashes
/// sit beside a provider's name as often as its keys do.
fn names_no_secret(gap: &[u8]) -> bool {
    const OTHER: &[&str] = &[
        "id",
        "ids",
        "uid",
        "guid",
        "uuid",
        "name",
        "username",
        "email",
        "region",
        "url",
        "uri",
        "host",
        "hostname",
        "endpoint",
        "domain",
        "plugin",
        "version",
        "build",
        "table",
        "sha",
        "hash",
        "checksum",
        "digest",
        "commit",
        "reference",
        "ref",
        "revision",
        // a Kubernetes Secret object named by a chart (`existingSecret:`), not its value
        "existing",
        "integrity",
        // go.sum's `h1:` hash; package indexes' sizes beside their digests
        "h1",
        "size",
        "public",
        "publishable",
        // keys of data structures and pagination, not of accounts
        "cache",
        "sort",
        "primary",
        "foreign",
        "partition",
        "row",
        "lookup",
        "next",
        "page",
        "continuation",
        "idempotency",
        "csrf",
        "xsrf",
        // properties of a key rather than the key (`ApiKeyHeader`, `TokenLifetime`)
        "header",
        "lifetime",
        "timeout",
        "expiry",
        "expiration",
        "length",
    ];
    // a digest by its algorithm's name: apt's `MD5sum:`/`SHA256:` and `Description-md5:`,
    // pip's RECORD `,sha256=`, composer's `shasum`
    let digest = |word: &str| {
        word.ends_with("sum")
            || ["md5", "sha1", "sha2", "sha3", "sha5", "blake2", "xxh"].iter().any(|algorithm| word.starts_with(algorithm))
    };
    key_words(gap).iter().any(|word| OTHER.contains(&word.as_str()) || digest(word))
}

/// The last name in `text`, what a value is assigned to (`$google_client_secret = '`:
/// `google_client_secret`; `curl -H "Authorization: Token `: `Token`).
fn last_name(text: &[u8]) -> &[u8] {
    let name_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    let end = text.iter().rposition(name_byte).map_or(0, |at| at + 1);
    let start = text[..end].iter().rposition(|b| !name_byte(b)).map_or(0, |at| at + 1);
    &text[start..end]
}

/// The last name written before "API" (`Sending request to the Appointedd API`), the way logs,
/// comments and section titles name the service a key is for; a URL's scheme
/// (`https://api.example.com`) or a type (`bool { apiKey :=`) before it names none.
fn named_api(words: &[String]) -> Option<String> {
    words
        .windows(2)
        .rev()
        .find(|pair| pair[1] == "api" && pair[0].len() >= 4 && !says_only_credential(&pair[0]) && !NO_SERVICE.contains(&pair[0].as_str()))
        .map(|pair| pair[0].clone())
}

/// Words that stand before "api" in code and URLs without naming a service.
const NO_SERVICE: &[&str] =
    &["http", "https", "bool", "string", "func", "function", "return", "const", "final", "static", "public", "private"];

/// Bytes before a value searched for the `"name"` of the JSON object that holds it.
const OBJECT_REACH: usize = 1024;

/// The `"name"` of the JSON object a value sits in (`{"name": "Finage", … "test_secrets":
/// {"secret": "…"}}`): a service's description names the service its secret is for. The value
/// must be inside that object (no `}` between closes it) and the name a short name, not a
/// sentence or a path.
fn object_named(before: &[u8]) -> Option<String> {
    const KEY: &[u8] = b"\"name\"";
    let at = memchr::memmem::rfind(before, KEY)?;
    let rest = &before[at + KEY.len()..];
    let colon = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = rest[colon..].strip_prefix(b":")?;
    let quote = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = rest[quote..].strip_prefix(b"\"")?;
    let end = memchr::memchr(b'"', rest)?;
    let (name, between) = (&rest[..end], &rest[end + 1..]);
    let name_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.' | b'-' | b'_');
    if !(2..=40).contains(&name.len()) || !name.iter().all(name_byte) {
        return None;
    }
    let mut depth = 0i32;
    for &byte in between {
        match byte {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    provider_named(name)
}

/// The service of the URL a value is part of (`https://api.buttercms.com/v2/posts?auth_token=…`:
/// buttercms): the host's name above its top-level domain, below which `api.`, `www.` and the
/// like say nothing; a documentation host (`example.com`, `localhost`) or an address names none.
fn url_host_named(bytes: &[u8], value_start: usize) -> Option<String> {
    const REACH: usize = 400;
    let from = value_start.saturating_sub(REACH);
    let before = &bytes[from..value_start];
    // The URL runs unbroken up to the value: no blank or quote between its scheme and it.
    let scheme = memchr::memmem::rfind(before, b"://")?;
    let after_scheme = &before[scheme + 3..];
    if after_scheme.iter().any(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`')) {
        return None;
    }
    let host = &after_scheme[url::authority(after_scheme).host];
    let labels: Vec<&[u8]> = host.split(|&b| b == b'.').collect();
    if labels.len() < 2 || labels.iter().any(|label| label.is_empty()) || labels.iter().all(|label| label.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    // Above the top-level domain, and above a second-level one under a country's (`co.uk`).
    let mut name_at = labels.len() - 2;
    if name_at > 0 && labels[name_at].len() <= 3 && labels[labels.len() - 1].len() == 2 {
        name_at -= 1;
    }
    let name = String::from_utf8_lossy(labels[name_at]).to_ascii_lowercase();
    const NONE: &[&str] = &[
        "example",
        "localhost",
        "local",
        "test",
        "invalid",
        "internal",
        "amazonaws",
        "azurewebsites",
        "herokuapp",
        "github",
        "githubusercontent",
        "googleapis",
        "cloudfront",
        "ngrok",
    ];
    (name.len() >= 3 && !NONE.contains(&name.as_str()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')).then_some(name)
}

/// The provider a specific detector's id names by its first word (`openai-api-key`: openai),
/// unless that word is a format, a file or an everyday word that would name a service wherever
/// it is written (`pem-`, `jwt-`, `line-`, `square-`).
fn id_provider(id: &str, words: &ProviderWords) -> Option<String> {
    let word = id.split('-').next()?.to_ascii_lowercase();
    let named = words.short.contains(&word) || (word.len() >= 4 && !words.not_a_name.contains(&word));
    (named && word.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(word)
}

/// A name's letters and digits, lowercase (`Abuse-IPDB`: abuseipdb).
fn squash(name: &[u8]) -> String {
    name.iter().filter(|b| b.is_ascii_alphanumeric()).map(|b| b.to_ascii_lowercase() as char).collect()
}

/// The service a catch-all's key or the name beside its value names (`SIMVOLY_TOKEN`: simvoly,
/// `newRelicApiKey`: new relic), without the words that only say "a credential" or where it is
/// kept; None when nothing else is left (`api_key`, `DB_PASSWORD`).
fn provider_named(text: &[u8]) -> Option<String> {
    let words: Vec<String> = key_words(text).into_iter().filter(|word| !says_only_credential(word)).collect();
    // A dotted or nested key's last words are the closest to the value (`spring.datasource.x`).
    let start = words.len().saturating_sub(3);
    (!words.is_empty()).then(|| words[start..].join(" "))
}

/// Whether a key's word names no service: a credential, where it is kept, a program word, a
/// number, or such words run together (`clientsecret`, `apikey`).
fn says_only_credential(word: &str) -> bool {
    const CREDENTIAL: &[&str] = &[
        "api",
        "key",
        "keys",
        "token",
        "tokens",
        "secret",
        "secrets",
        "access",
        "auth",
        "authorization",
        "bearer",
        "client",
        "private",
        "password",
        "passwd",
        "pass",
        "pwd",
        "passphrase",
        "credential",
        "credentials",
        "cred",
        "creds",
        "oauth",
        "oauth2",
        "personal",
        "pat",
        "user",
        "username",
        "login",
        "account",
        "app",
        "application",
        "service",
        "id",
        "value",
        "my",
        "the",
        "your",
        "header",
        "sk",
        "rest",
        "signing",
        "session",
        "refresh",
        "live",
        "sandbox",
        "prod",
        "production",
        "dev",
        "development",
        "test",
        "staging",
        "env",
        "config",
        "default",
        "master",
        "admin",
        "read",
        "write",
        "server",
        "export",
        "set",
        "var",
        "const",
        "let",
        "self",
        "this",
        "settings",
        "db",
        "database",
        "and",
        "for",
        "with",
        "using",
        "use",
        "get",
        "request",
    ];
    fn run_together(word: &str) -> bool {
        word.is_empty() || CREDENTIAL.iter().any(|w| word.strip_prefix(w).is_some_and(run_together))
    }
    word.len() < 2 || word.bytes().all(|b| b.is_ascii_digit()) || run_together(word)
}

/// Where the `secret` group's own pattern sits in the regex text.
/// A pattern's named groups and their indexes, as its compiled regex numbers them (the whole
/// match is 0), read from its syntax alone.
fn group_names(pattern: &str) -> Result<Vec<(String, usize)>, String> {
    use regex_syntax::ast::{Ast, GroupKind};
    fn walk(ast: &Ast, names: &mut Vec<(String, usize)>) {
        match ast {
            Ast::Group(group) => {
                if let GroupKind::CaptureName { name, .. } = &group.kind {
                    names.push((name.name.clone(), name.index as usize));
                }
                walk(&group.ast, names);
            }
            Ast::Concat(concat) => concat.asts.iter().for_each(|ast| walk(ast, names)),
            Ast::Alternation(alternation) => alternation.asts.iter().for_each(|ast| walk(ast, names)),
            Ast::Repetition(repetition) => walk(&repetition.ast, names),
            _ => {}
        }
    }
    let ast = regex_syntax::ast::parse::Parser::new().parse(pattern).map_err(|err| err.to_string())?;
    let mut names = Vec::new();
    walk(&ast, &mut names);
    Ok(names)
}

fn secret_group_span(ast: &regex_syntax::ast::Ast) -> Option<regex_syntax::ast::Span> {
    use regex_syntax::ast::{Ast, GroupKind};
    match ast {
        Ast::Group(group) => match &group.kind {
            GroupKind::CaptureName { name, .. } if name.name == "secret" => Some(*group.ast.span()),
            _ => secret_group_span(&group.ast),
        },
        Ast::Concat(concat) => concat.asts.iter().find_map(secret_group_span),
        Ast::Alternation(alternation) => alternation.asts.iter().find_map(secret_group_span),
        Ast::Repetition(repetition) => secret_group_span(&repetition.ast),
        _ => None,
    }
}

/// Sorted, overlapping windows joined, clamped to the blob.
fn merge(mut spans: Vec<(usize, usize)>, len: usize) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        let end = end.min(len);
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Where two detectors claim overlapping secrets, one knows more: a specific detector over a
/// catch-all (a GitLab token in a URL), one that trusts only the files it names (a
/// kubeconfig's token, which is also a JWT), one that knows the value's format over one that
/// knows only the key's name (an OAuth client secret), one that can check the value (a GitHub
/// token inside a `TOKEN=` line), one in its own context over one beside a provider's name (`near`), else
/// the longer match (a PEM key inside a service-account file). Equal
/// matches of one detector are one. Detectors of different namespaces (ours, each pack the
/// analyst loads) do not compete: each source the analyst asked for reports what it finds.
fn prefer_specific(mut candidates: Vec<RawMatch>) -> Vec<RawMatch> {
    let rank = |c: &RawMatch| (c.specific, !c.yields, c.placed, !c.by_key_name, c.validated, c.form, c.whole.len());
    candidates.sort_by_key(|c| (c.secret.start, std::cmp::Reverse(rank(c)), c.detector));
    let mut kept: Vec<RawMatch> = Vec::new();
    for candidate in candidates {
        let overlapping = kept.iter_mut().rev().take(8).find(|k| {
            k.namespace.namespace == candidate.namespace.namespace
                && k.secret.start < candidate.secret.end
                && candidate.secret.start < k.secret.end
        });
        match overlapping {
            Some(existing) if rank(&candidate) > rank(existing) => *existing = candidate,
            Some(_) => {}
            None => kept.push(candidate),
        }
    }
    kept
}

/// Line numbers for increasing offsets, counted once.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: u64,
}

impl LineCounter {
    fn line_at(&mut self, bytes: &[u8], offset: usize) -> u64 {
        if offset < self.offset {
            *self = LineCounter::default();
        }
        self.line += memchr::memchr_iter(b'\n', &bytes[self.offset..offset]).count() as u64;
        self.offset = offset;
        self.line + 1
    }
}

/// A secret as the report shows it: a short prefix (at most a quarter of it) and its length.
pub fn redact(value: &str) -> String {
    let shown = (value.chars().count() / 4).min(SHOWN_PREFIX);
    format!("{}…[{} chars]", value.chars().take(shown).collect::<String>(), value.chars().count())
}

/// The whole match with the secret redacted, capped and escaped.
fn redacted_context(bytes: &[u8], whole: &std::ops::Range<usize>, secret: &std::ops::Range<usize>) -> String {
    let before = &bytes[whole.start..secret.start];
    let after = &bytes[secret.end..whole.end];
    let shown = redact(&String::from_utf8_lossy(&bytes[secret.clone()]));
    let mut text = crate::shared::pathbytes::display_bytes(&before[before.len().saturating_sub(CONTEXT_BYTES / 2)..]);
    text.push_str(&shown);
    text.push_str(&crate::shared::pathbytes::display_bytes(&after[..after.len().min(CONTEXT_BYTES / 2)]));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_provider_words_hold_to_their_examples() {
        let words = ProviderWords::compile(BUILTIN_NAMES, "names.toml").unwrap();
        assert_eq!(id_provider("stripe-secret-key", &words).as_deref(), Some("stripe"));
        assert_eq!(id_provider("ibm-cloud-iam-key", &words).as_deref(), Some("ibm"));
        assert_eq!(id_provider("jwt-signing-secret", &words), None);
        // a list that stops holding an everyday word back is refused, with the example it breaks
        let loose = BUILTIN_NAMES.replace("\"square\", ", "");
        let err = ProviderWords::compile(&loose, "names.toml").unwrap_err().to_string();
        assert!(err.contains("square-access-token names square"), "{err}");
    }

    #[test]
    fn a_run_together_key_names_the_service_inside_it() {
        let set = DetectorSet::compile(&[], true).unwrap();
        let named = |key: &[u8]| provider_named(key).map(|words| set.provider_run_together(words));
        assert_eq!(named(b"GitHubLegacyPat").as_deref(), Some("github"));
        assert_eq!(named(b"MYGITHUBPERSONALACCESSTOKEN").as_deref(), Some("github"));
        assert_eq!(named(b"SENDGRIDAPIKEY").as_deref(), Some("sendgrid"));
        assert_eq!(named(b"mySlackBotToken").as_deref(), Some("slack bot"));
        // a word that is a service's name already stays as written
        assert_eq!(named(b"AWS_SES_SMTP_PASSWORD").as_deref(), Some("aws ses smtp"));
        // nothing known inside: the words as they are; a short name is no part of a word
        assert_eq!(named(b"SIMVOLY_TOKEN").as_deref(), Some("simvoly"));
        assert_eq!(named(b"LAWSUIT_TOKEN").as_deref(), Some("lawsuit"));
        assert_eq!(named(b"spring.datasource.password").as_deref(), Some("spring datasource"));
    }

    #[test]
    fn every_builtin_pattern_compiles_and_its_groups_are_numbered_as_compiled() {
        // A built-in pattern is only parsed when the set loads (`compile_detector`): here each
        // compiles, as a scan compiles it when woken, and the groups read from its syntax are
        // those of the compiled regex.
        let set = DetectorSet::compile(&[], true).unwrap();
        let mut checked = 0;
        for detector in &set.detectors {
            for regex in [Some(&detector.regex), detector.near.as_ref(), detector.loose.as_ref()].into_iter().flatten() {
                let pattern = regex.pattern();
                assert!(regex.searcher().is_some(), "{}: {pattern}", detector.info.id);
                let compiled = compile_for(pattern, false).unwrap();
                let mut named: Vec<(String, usize)> =
                    compiled.capture_names().enumerate().filter_map(|(index, name)| Some((name?.to_string(), index))).collect();
                let mut parsed = group_names(pattern).unwrap();
                named.sort();
                parsed.sort();
                assert_eq!(parsed, named, "{}: {pattern}", detector.info.id);
                checked += 1;
            }
        }
        assert!(checked > set.detectors.len(), "{checked}");
    }

    #[test]
    fn a_hit_opens_a_window_only_when_what_follows_the_keyword_fits() {
        let set = DetectorSet::compile(&[], true).unwrap();
        let index = set.detectors.iter().position(|detector| detector.info.id == "url-password").unwrap();
        assert!(set.detectors[index].after_keyword.is_some());
        let windows = |text: &'static [u8]| {
            let mut hits = set.keyword_hits(text, "/etc/pip.conf", Some(index));
            set.keywords.literals().unwrap().for_each_match(text, |start, word| {
                hits.hit(start, word);
                true
            });
            hits.windows.get(&index).map_or(0, Vec::len)
        };
        // Links without a user and password open nothing; one with them does, found as before.
        assert_eq!(windows(b"see https://example.com/docs and http://a.example/b?c=d:e@f"), 0);
        let with = b"index-url = https://deploy:Tr0ub4dor-x9Q@pypi.acme.internal/simple";
        assert_eq!(windows(with), 1);
        assert_eq!(set.matches(with, "/etc/pip.conf", Some(index)).unwrap().len(), 1);
    }

    #[test]
    fn windows_merge_and_clamp() {
        assert_eq!(merge(vec![(10, 20), (0, 5), (15, 40), (50, 60)], 55), vec![(0, 5), (10, 40), (50, 55)]);
    }

    #[test]
    fn a_keyword_ignoring_case_is_found_wherever_it_falls() {
        let set = DetectorSet::compile(&[], true).unwrap();
        let line = b"DD_API_KEY=0e50454f31af3176813e02ea68ef786e\n";
        // Before, across and after the boundary of the lowercased chunks.
        for at in [0, 65536 - 5, 65536, 200_000] {
            let mut blob = vec![b' '; at];
            blob.extend_from_slice(line);
            blob.extend_from_slice(&[b' '; 70_000]);
            let found = set.scan(&blob, "/app/.env").unwrap();
            assert!(found.iter().any(|m| m.detector.id == "datadog-api-key" && m.offset == at as u64 + 11), "at {at}: {found:?}");
        }
    }

    #[test]
    fn the_builtin_keywords_are_searched_in_one_pass_where_vectorscan_is_linked() {
        // Without Vectorscan the keywords are searched in groups of 64, one pass each: several
        // times the CPU on the bench image (bench/RESULTS.md). CI links it (.ci/run).
        let set = DetectorSet::compile(&[], true).unwrap();
        let engine = set.keyword_engine().unwrap();
        if cfg!(vectorscan) {
            assert_eq!(engine, "vectorscan");
        } else {
            assert!(engine.contains("Teddy"), "{engine}");
        }
    }

    #[test]
    fn the_near_form_takes_the_secret_group_under_the_regex_flags() {
        let words = ["datadog".to_string(), "dd.io".to_string()];
        let pattern = near_pattern(r"(?i)dd_api_key=(?P<secret>[a-f0-9]{32})\b", &words).unwrap();
        assert!(pattern.contains(r"(?P<secret>(?i:[a-f0-9]{32}))"), "{pattern}");
        let regex = compile_for(&pattern, false).unwrap();
        for text in ["DataDog token = '0E50454F31AF3176813E02EA68EF786E'", "myDatadogKey: 0E50454F31AF3176813E02EA68EF786E"] {
            let caps = regex.captures(text.as_bytes()).unwrap();
            assert_eq!(&caps["secret"], b"0E50454F31AF3176813E02EA68EF786E", "{text}");
        }
        for text in ["notdatadog: 0E50454F31AF3176813E02EA68EF786E", "datadog = test_0E50454F31AF3176813E02EA68EF786E"] {
            assert!(regex.captures(text.as_bytes()).is_none(), "{text}");
        }
        // Inside a group the rest of the regex names, without flags.
        let pattern = near_pattern(r"(?:key|token)=(?:(?P<secret>AC[a-f0-9]{4})|none)", &words).unwrap();
        assert!(pattern.contains("(?P<secret>(?:AC[a-f0-9]{4}))"), "{pattern}");
        assert!(near_pattern(r"key=(?P<value>[a-f0-9]{32})", &words).is_err());
    }

    #[test]
    fn translation_catalogues_are_no_place_for_an_operators_secret() {
        let decoys = Decoys::compile(BUILTIN_DECOYS, "decoys.toml").unwrap();
        for path in ["/var/www/matomo/lang/ca.json", "/srv/app/locales/de/messages.yml", "/usr/share/app/po/fr.po"] {
            assert!(decoys.doc_path(path).is_some(), "{path}");
        }
        for path in ["/var/www/matomo/config/config.ini.php", "/srv/app/.env", "/etc/app/language.json"] {
            assert!(decoys.doc_path(path).is_none(), "{path}");
        }
    }

    #[test]
    fn a_gap_naming_an_identifier_holds_no_secret() {
        assert!(names_no_secret(b"_CLIENT_ID="));
        assert!(names_no_secret(b"ClientId\": \""));
        assert!(names_no_secret(b" plugin "));
        // apt's package index after a package's name: its digests
        assert!(names_no_secret(b"-sdk_1.0-2_all.deb\nSize: 41214\nMD5sum: "));
        assert!(names_no_secret(b"\nDescription-md5: "));
        assert!(names_no_secret(b"/__init__.py,sha256="));
        assert!(!names_no_secret(b"_API_TOKEN=\""));
        assert!(!names_no_secret(b" token = '"));
        assert!(!names_no_secret(b"Secret: "));
    }

    #[test]
    fn a_key_names_its_provider_without_the_credential_words() {
        let named = |key: &[u8]| provider_named(key);
        assert_eq!(named(b"SIMVOLY_TOKEN").as_deref(), Some("simvoly"));
        assert_eq!(named(b"newRelicApiKey").as_deref(), Some("new relic"));
        assert_eq!(named(b"x-datadog-app-key").as_deref(), Some("datadog"));
        assert_eq!(named(b"Simvoly").as_deref(), Some("simvoly"));
        assert_eq!(named(b"spring.datasource.password").as_deref(), Some("spring datasource"));
        assert_eq!(named(b"api_key"), None);
        assert_eq!(named(b"DB_PASSWORD_2"), None);
        assert_eq!(named(b"myAuthToken"), None);
        assert_eq!(named(b"GOOGLE_CLIENTSECRET").as_deref(), Some("google"));
        assert_eq!(named(b"SIMVOLY_APIKEY_AUTHTOKEN").as_deref(), Some("simvoly"));
        assert_eq!(named(last_name(b"$google_client_secret = '")).as_deref(), Some("google"));
        assert_eq!(named(last_name(b"curl -H \"Authorization: Token ")), None);
        assert_eq!(named(b"Using Key="), None);
        assert_eq!(named_api(&key_words(b"\"verification_url\": \"https://api.example.com/example\",")), None);
        assert_eq!(url_host_named(b"url := \"https://api.buttercms.com/v2/posts?auth_token=l7ps", 54).as_deref(), Some("buttercms"));
        assert_eq!(url_host_named(b"https://user@shop.acme.co.uk:8443/x?token=k8s2", 42).as_deref(), Some("acme"));
        assert_eq!(url_host_named(b"https://api.example.com/v1?token=k8s2", 33), None);
        assert_eq!(url_host_named(b"https://10.0.0.7/v1?token=k8s2", 26), None);
        assert_eq!(url_host_named(b"see https://api.acme.com/docs then token=k8s2", 41), None);
        let template = b"{\"name\": \"Finage\",\n \"test_secrets\": {\n  \"secret\": \"";
        assert_eq!(object_named(template).as_deref(), Some("finage"));
        assert_eq!(object_named(b"{\"name\": \"Finage\"}, {\"secret\": \""), None);
        assert_eq!(object_named(b"{\"name\": \"see /usr/share/doc/x\", \"secret\": \""), None);
        let words = key_words(b"[INFO] Sending request to the Appointedd API\n[DEBUG] Using ");
        assert_eq!(named_api(&words).as_deref(), Some("appointedd"));
        assert_eq!(named_api(&key_words(b"# the REST API key")), None);
    }

    #[test]
    fn redaction_shows_at_most_a_quarter() {
        assert_eq!(redact("ghp_abcdefghijklmnopqrstuvwxyz0123456789"), "ghp_abcd…[40 chars]");
        assert_eq!(redact("hunter22"), "hu…[8 chars]");
    }

    #[test]
    fn line_counter_counts_forward() {
        let text = b"a\nb\nc\nd";
        let mut lines = LineCounter::default();
        assert_eq!(lines.line_at(text, 0), 1);
        assert_eq!(lines.line_at(text, 4), 3);
        assert_eq!(lines.line_at(text, 6), 4);
        assert_eq!(lines.line_at(text, 2), 2);
    }
}
