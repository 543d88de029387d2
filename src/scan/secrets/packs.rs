//! Community secret-rule packs, read as their projects publish them: gitleaks' TOML
//! (`[[rules]]`, Go RE2 syntax) and Nosey Parker's YAML (`rules:`). Each rule becomes a
//! [`DetectorSpec`] of the same model as ours; what a pack says that ours does not (allowlists,
//! a secret group by number, keywords that ignore case) rides along in a [`PackRule`].
//!
//! What each pack's fields mean here:
//! - the secret: a `(?P<secret>…)` group if there is one, else gitleaks' `secretGroup`, else the
//!   first group that matched, else the whole match (what gitleaks and Nosey Parker report);
//! - keywords: gitleaks' are matched ignoring case, as gitleaks does (`akia` wakes `AKIA…`). A
//!   rule without usable keywords (Nosey Parker has none) gets the literal prefixes of its regex
//!   as keywords; a rule with neither runs over the whole of every blob (or of the files its
//!   path names), and the pack's load record lists it;
//! - entropy: gitleaks drops a secret whose Shannon entropy is at or below the rule's: our floor;
//! - allowlists (the file's global ones and the rule's): a match they allow is no finding;
//! - severity and confidence: medium/medium; Nosey Parker's categories lower them (`fuzzy`:
//!   low confidence; `identifier` without `secret`: low severity);
//! - gitleaks' `generic-*` rules and Nosey Parker's `generic` category are catch-alls: where a
//!   specific detector claims the same value, it wins (one finding per value);
//! - Nosey Parker's examples and negative examples are checked like ours: a rule that fails
//!   them is loaded and the load record counts it.

use crate::shared::level::{Confidence, Severity};
use std::collections::BTreeMap;
use std::path::Path;

use aho_corasick::AhoCorasick;
use regex::bytes::{Regex, RegexBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use serde::{Deserialize, Serialize};

use super::{DetectorSpec, Example, SecretsError};

/// Compiled size a pack's regex may take: Nosey Parker's larger patterns need more than the
/// `regex` crate's default 10 MB.
const REGEX_SIZE_LIMIT: usize = 32 << 20;
/// The shortest keyword the prefilter takes.
const MIN_KEYWORD: usize = 3;
/// Literal prefixes taken as a rule's keywords at most (past that the prefix says little).
const MAX_DERIVED_KEYWORDS: usize = 64;
/// Bytes around a keyword where a match may lie when the regex has no bound on its length
/// (`{50,}`, `.*`): a PEM key body, a curl command spread over lines.
const UNBOUNDED_REACH: usize = 16 * 1024;
/// Bytes of a file a rule with only a path reports as its value (gitleaks' `pkcs12-file`: the
/// file itself is the finding).
const WHOLE_FILE_VALUE: usize = 64;

/// How a detector file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackFormat {
    Layerhound,
    Gitleaks,
    NoseyParker,
}

impl PackFormat {
    /// YAML is Nosey Parker's; TOML listing `[[rules]]` is gitleaks', else ours (`[[detector]]`).
    pub fn of(path: &Path, text: &str) -> PackFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some("yml" | "yaml") => PackFormat::NoseyParker,
            _ if text.lines().any(|line| line.trim() == "[[rules]]") => PackFormat::Gitleaks,
            _ => PackFormat::Layerhound,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PackFormat::Layerhound => "layerhound",
            PackFormat::Gitleaks => "gitleaks",
            PackFormat::NoseyParker => "noseyparker",
        }
    }
}

/// What loading one pack file gave: the report's record of it.
#[derive(Debug, Clone, Serialize)]
pub struct PackLoad {
    pub file: String,
    pub format: &'static str,
    /// Rules in the file, and how many were loaded.
    pub rules: usize,
    pub loaded: usize,
    /// Rules left out (`--skip-broken-rules`), each with its id and why.
    pub broken: Vec<String>,
    /// Loaded rules with neither keywords nor a literal prefix: their regex runs over whole blobs.
    pub whole_blob: Vec<String>,
    /// Loaded rules that miss one of their own examples or match one of their negative examples.
    pub example_failures: Vec<String>,
    /// What the file asks for that is not done (gitleaks' `[extend]`, composite rules' parts).
    pub warnings: Vec<String>,
}

/// What a pack's rule carries besides the detector model.
#[derive(Debug)]
pub(super) struct PackRule {
    /// gitleaks' `secretGroup`; None: the first group that matched, or the whole match.
    pub secret_group: Option<usize>,
    /// Bytes before a keyword where a match may start (the regex's longest match).
    pub reach_before: usize,
    pub allowlists: Vec<std::sync::Arc<Allowlist>>,
}

/// Matches a pack says are no secrets.
#[derive(Debug)]
pub(super) struct Allowlist {
    target: Target,
    regexes: Vec<Regex>,
    /// Lowercase words; a secret containing one (ignoring case) is allowed.
    stopwords: Option<AhoCorasick>,
    paths: Vec<Regex>,
    /// gitleaks' `condition = "AND"`: every criterion given must hold (else any one).
    all: bool,
}

/// What an allowlist's regexes are tested against.
#[derive(Debug, Clone, Copy)]
enum Target {
    Secret,
    Match,
    Line,
}

impl Allowlist {
    /// Whether this allowlist lets the match go: `secret` within `whole`, on `line`, in `path`.
    pub fn allows(&self, secret: &[u8], whole: &[u8], line: &[u8], path: &str) -> bool {
        let target = match self.target {
            Target::Secret => secret,
            Target::Match => whole,
            Target::Line => line,
        };
        let regex = (!self.regexes.is_empty()).then(|| self.regexes.iter().any(|re| re.is_match(target)));
        let stopword = self.stopwords.as_ref().map(|words| words.is_match(secret));
        // Paths are relative in a repository: `(?:^|/)node_modules/` holds for `/usr/lib/node_modules/x`.
        let place = path.trim_start_matches('/');
        let path = (!self.paths.is_empty()).then(|| self.paths.iter().any(|re| re.is_match(place.as_bytes())));
        let checks = [regex, stopword, path];
        if self.all {
            checks.iter().flatten().all(|&held| held) && checks.iter().any(Option::is_some)
        } else {
            checks.iter().flatten().any(|&held| held)
        }
    }
}

/// The rules of one pack file, as detector specs, and the record of the load.
pub(super) struct Pack {
    pub specs: Vec<DetectorSpec>,
    pub load: PackLoad,
}

/// Reads a gitleaks or Nosey Parker file. Rules that do not compile are left out and listed in
/// `load.broken`; the file itself must parse.
pub(super) fn read(format: PackFormat, origin: &str, text: &str) -> Result<Pack, SecretsError> {
    let invalid = |message: String| SecretsError::Invalid { origin: origin.to_string(), message };
    let mut load = PackLoad {
        file: origin.to_string(),
        format: format.name(),
        rules: 0,
        loaded: 0,
        broken: Vec::new(),
        whole_blob: Vec::new(),
        example_failures: Vec::new(),
        warnings: Vec::new(),
    };
    let rules: Vec<Result<Rule, (String, String)>> = match format {
        PackFormat::Gitleaks => {
            let file: GitleaksFile = toml::from_str(text).map_err(|err| invalid(err.to_string()))?;
            gitleaks_rules(file, &mut load.warnings)
        }
        PackFormat::NoseyParker => {
            let file: NoseyParkerFile = serde_yaml_ng::from_str(text).map_err(|err| invalid(err.to_string()))?;
            if file.rules.is_empty() {
                load.warnings.push("no rules: (a Nosey Parker ruleset file only names rules)".into());
            }
            file.rules.into_iter().map(noseyparker_rule).collect()
        }
        PackFormat::Layerhound => return Err(invalid("not a pack file".into())),
    };
    load.rules = rules.len();
    let mut specs = Vec::new();
    for rule in rules {
        match rule.and_then(Rule::into_spec) {
            Ok((spec, whole_blob)) => {
                if whole_blob {
                    load.whole_blob.push(spec.id.clone());
                }
                specs.push(spec);
            }
            Err((id, reason)) => load.broken.push(format!("{origin}: rule {id}: {reason}")),
        }
    }
    load.loaded = specs.len();
    Ok(Pack { specs, load })
}

/// A pack's rule in the terms of the detector model, before its regex is checked.
struct Rule {
    id: String,
    name: String,
    category: &'static str,
    severity: Severity,
    confidence: Confidence,
    /// The pack's regex, in `regex` crate syntax; None: a rule that names files only.
    regex: Option<String>,
    secret_group: Option<usize>,
    keywords: Vec<String>,
    path: Option<String>,
    entropy: Option<f64>,
    allowlists: Vec<std::sync::Arc<Allowlist>>,
    /// A catch-all (gitleaks' `generic-api-key`, Nosey Parker's `generic` category): a specific
    /// rule claiming the same value wins.
    generic: bool,
    reference: Option<String>,
    examples: Vec<Example>,
    negative_examples: Vec<Example>,
}

impl Rule {
    /// The detector spec, and whether it runs over whole blobs; else (id, why it cannot load).
    fn into_spec(self) -> Result<(DetectorSpec, bool), (String, String)> {
        let broken = |reason: String| (self.id.clone(), reason);
        let Some(pattern) = self.regex.clone() else {
            // The file is the finding: its first bytes stand for it.
            let path = self.path.clone().ok_or_else(|| broken("neither a regex nor a path".into()))?;
            compile(&path).map_err(|err| broken(format!("path: {err}")))?;
            return Ok((self.spec(format!("(?s)\\A(?P<secret>.{{1,{WHOLE_FILE_VALUE}}})"), Vec::new(), 0, 0), false));
        };
        let regex = compile(&pattern).map_err(|err| broken(format!("regex: {err}")))?;
        if let Some(path) = &self.path {
            compile(path).map_err(|err| broken(format!("path: {err}")))?;
        }
        if let Some(group) = self.secret_group {
            if group >= regex.captures_len() {
                return Err(broken(format!("secretGroup {group}: the regex has {} groups", regex.captures_len() - 1)));
            }
        }
        let reach = parse(&pattern)
            .and_then(|hir| hir.properties().maximum_len())
            .map_or(UNBOUNDED_REACH, |longest| longest.saturating_add(1).min(UNBOUNDED_REACH));
        // A keyword too short for the prefilter cannot stand for the rule: without it a match
        // holding only that keyword would be missed, so the rule's own literals are used instead.
        let keywords: Vec<String> = if !self.keywords.is_empty() && self.keywords.iter().all(|k| k.len() >= MIN_KEYWORD) {
            self.keywords.iter().map(|k| k.to_ascii_lowercase()).collect()
        } else {
            prefix_literals(&pattern).unwrap_or_default()
        };
        let whole_blob = keywords.is_empty() && self.path.is_none();
        Ok((self.spec(pattern, keywords, reach, reach), whole_blob))
    }

    fn spec(self, regex: String, keywords: Vec<String>, reach_before: usize, reach: usize) -> DetectorSpec {
        DetectorSpec {
            id: self.id,
            name: self.name,
            category: self.category.into(),
            severity: self.severity,
            confidence: self.confidence,
            keywords,
            regex,
            path: self.path,
            entropy: self.entropy,
            validator: None,
            pair: None,
            reach: (reach > 0).then_some(reach),
            reach_before: None,
            after_keyword: None,
            generic: self.generic,
            yields: false,
            reference: self.reference,
            near: Vec::new(),
            loose: None,
            provider: None,
            examples: self.examples,
            negative_examples: self.negative_examples,
            pack: Some(PackRule { secret_group: self.secret_group, reach_before, allowlists: self.allowlists }),
        }
    }
}

/// A pack's regex (or path, or allowlist pattern), compiled as the pack's engine reads it: Go's
/// RE2 and Nosey Parker both take `\w`, `\d`, `\s` and `\b` as ASCII, so Unicode is off unless
/// the pattern needs it (`\p{L}`).
pub(super) fn compile(pattern: &str) -> Result<Regex, String> {
    let build = |unicode: bool| RegexBuilder::new(pattern).unicode(unicode).size_limit(REGEX_SIZE_LIMIT).build();
    build(false).or_else(|ascii| build(true).map_err(|_| reason(&ascii)))
}

/// The `regex` crate's error in one line (it draws the pattern with a caret under the fault).
fn reason(err: &regex::Error) -> String {
    let text = err.to_string();
    let said = text.lines().find_map(|line| line.trim().strip_prefix("error: ")).unwrap_or_else(|| text.lines().last().unwrap_or_default());
    said.trim().to_string()
}

fn parse(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    let parse = |unicode: bool| regex_syntax::ParserBuilder::new().unicode(unicode).utf8(false).build().parse(pattern).ok();
    parse(false).or_else(|| parse(true))
}

/// The literals every match of `pattern` starts with, lowercased (keywords ignore case), if
/// they are few and each long enough for the prefilter.
fn prefix_literals(pattern: &str) -> Option<Vec<String>> {
    let hir = parse(pattern)?;
    let mut extractor = Extractor::new();
    // A class of more than a few bytes (`\s` is six when ASCII) ends the prefix: seven
    // `password\t`…`password=` words would do what `password` does.
    extractor.kind(ExtractKind::Prefix).limit_class(4).limit_total(4096);
    let seq = extractor.extract(&hir);
    let mut words = Vec::new();
    for literal in seq.literals()? {
        let word = std::str::from_utf8(literal.as_bytes()).ok()?.to_ascii_lowercase();
        if word.len() < MIN_KEYWORD {
            return None;
        }
        words.push(word);
    }
    words.sort();
    words.dedup();
    (!words.is_empty() && words.len() <= MAX_DERIVED_KEYWORDS).then_some(words)
}

// gitleaks ------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
struct GitleaksFile {
    #[serde(default)]
    rules: Vec<GitleaksRule>,
    /// The older single global allowlist, and the newer list.
    #[serde(default)]
    allowlist: Option<GitleaksAllowlist>,
    #[serde(default)]
    allowlists: Vec<GitleaksAllowlist>,
    #[serde(default)]
    extend: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GitleaksRule {
    id: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    regex: Option<String>,
    #[serde(default)]
    secret_group: Option<usize>,
    #[serde(default)]
    entropy: Option<f64>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    allowlist: Option<GitleaksAllowlist>,
    #[serde(default)]
    allowlists: Vec<GitleaksAllowlist>,
    /// Fields this reader does not act on (`tags`, composite rules' `required`).
    #[serde(flatten)]
    other: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GitleaksAllowlist {
    #[serde(default)]
    condition: Option<String>,
    #[serde(default)]
    regex_target: Option<String>,
    #[serde(default)]
    regexes: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
    /// Commits: an image has none, so an allowlist of commits alone allows nothing.
    #[serde(default)]
    commits: Vec<String>,
}

impl GitleaksAllowlist {
    /// The compiled allowlist; None when it can allow nothing here (commits alone, or commits
    /// under AND: an image has no commit).
    fn compile(self) -> Result<Option<Allowlist>, String> {
        let target = match self.regex_target.as_deref() {
            None | Some("secret") => Target::Secret,
            Some("match") => Target::Match,
            Some("line") => Target::Line,
            Some(other) => return Err(format!("allowlist regexTarget {other:?} (known: secret, match, line)")),
        };
        let all = match self.condition.as_deref().map(str::to_ascii_uppercase).as_deref() {
            None | Some("OR") => false,
            Some("AND") => true,
            Some(other) => return Err(format!("allowlist condition {other:?} (known: OR, AND)")),
        };
        let compile_all = |patterns: &[String], what: &str| -> Result<Vec<Regex>, String> {
            patterns.iter().map(|p| compile(&go_braces(p)).map_err(|err| format!("allowlist {what} {p:?}: {err}"))).collect()
        };
        let stopwords = if self.stopwords.is_empty() {
            None
        } else {
            let words: Vec<String> = self.stopwords.iter().map(|w| w.to_ascii_lowercase()).collect();
            Some(
                aho_corasick::AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .build(&words)
                    .map_err(|err| format!("allowlist stopwords: {err}"))?,
            )
        };
        let allowlist =
            Allowlist { target, regexes: compile_all(&self.regexes, "regex")?, stopwords, paths: compile_all(&self.paths, "path")?, all };
        let criteria = !allowlist.regexes.is_empty() || allowlist.stopwords.is_some() || !allowlist.paths.is_empty();
        // Under AND, a commit criterion never holds on an image.
        let can_hold = !all || self.commits.is_empty();
        Ok((criteria && can_hold).then_some(allowlist))
    }
}

fn gitleaks_rules(file: GitleaksFile, warnings: &mut Vec<String>) -> Vec<Result<Rule, (String, String)>> {
    if file.extend.is_some() {
        warnings.push("[extend] not followed: load the extended config with its own --secrets".into());
    }
    let global: Result<Vec<std::sync::Arc<Allowlist>>, String> = file
        .allowlist
        .into_iter()
        .chain(file.allowlists)
        .filter_map(|a| a.compile().transpose())
        .map(|a| a.map(std::sync::Arc::new))
        .collect();
    file.rules
        .into_iter()
        .map(|rule| {
            let id = rule.id.clone();
            let global = global.clone().map_err(|err| (id.clone(), format!("global {err}")))?;
            let mut allowlists = global;
            for list in rule.allowlist.into_iter().chain(rule.allowlists) {
                if let Some(list) = list.compile().map_err(|err| (id.clone(), err))? {
                    allowlists.push(std::sync::Arc::new(list));
                }
            }
            if let Some(field) = rule.other.keys().find(|k| k.as_str() != "tags") {
                return Err((id, format!("field {field:?} is not supported (composite rules are not)")));
            }
            let description = rule.description.unwrap_or_else(|| rule.id.clone());
            Ok(Rule {
                category: if rule.id.contains("private-key") { "private-key" } else { "credential" },
                name: description,
                severity: Severity::Medium,
                confidence: Confidence::Medium,
                regex: rule.regex.map(|r| go_braces(&r)),
                secret_group: rule.secret_group.filter(|&g| g > 0),
                keywords: rule.keywords,
                path: rule.path.map(|p| go_braces(&p)),
                // gitleaks drops a secret at or below the rule's entropy; ours below the floor.
                entropy: rule.entropy.filter(|&e| e > 0.0).map(f64::next_up),
                allowlists,
                generic: rule.id.starts_with("generic"),
                reference: None,
                examples: Vec::new(),
                negative_examples: Vec::new(),
                id: rule.id,
            })
        })
        .collect()
}

/// Go's RE2 reads a `{` that opens no repetition (`{{ .Values }}`, `x{,3}`) as a literal; the
/// `regex` crate refuses it. Escapes such braces outside classes.
fn go_braces(pattern: &str) -> String {
    let bytes = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut in_class = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            // An escape and what it escapes are copied as they are, with the braces of `\p{Greek}`
            // and `\x{263a}`.
            let next = pattern[i + 1..].chars().next().map_or(0, char::len_utf8);
            let mut end = i + 1 + next;
            if matches!(bytes.get(i + 1), Some(b'p' | b'P' | b'x')) && bytes.get(end) == Some(&b'{') {
                end = pattern[end..].find('}').map_or(end, |close| end + close + 1);
            }
            out.push_str(&pattern[i..end]);
            i = end;
            continue;
        }
        match c {
            b'[' if !in_class => {
                in_class = true;
                out.push('[');
                // `[]…]` and `[^]…]`: a leading `]` is a member.
                let mut j = i + 1;
                if bytes.get(j) == Some(&b'^') {
                    out.push('^');
                    j += 1;
                }
                if bytes.get(j) == Some(&b']') {
                    out.push_str("\\]");
                    j += 1;
                }
                i = j;
                continue;
            }
            b'[' if in_class && bytes.get(i + 1) == Some(&b':') => {
                // A POSIX class inside a class: copy through its closing `:]`.
                if let Some(end) = pattern[i + 2..].find(":]") {
                    out.push_str(&pattern[i..i + 2 + end + 2]);
                    i += 2 + end + 2;
                    continue;
                }
            }
            b']' if in_class => in_class = false,
            b'{' if !in_class && !opens_repetition(&bytes[i..]) => {
                out.push_str("\\{");
                i += 1;
                continue;
            }
            b'}' if !in_class => {
                // A `}` closing a repetition was copied with it; any other is literal.
                out.push_str("\\}");
                i += 1;
                continue;
            }
            _ => {}
        }
        let len = pattern[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&pattern[i..i + len]);
        i += len;
        if c == b'{' && !in_class {
            // Copy the whole `{n}`, `{n,}` or `{n,m}`.
            if let Some(end) = pattern[i..].find('}') {
                out.push_str(&pattern[i..=i + end]);
                i += end + 1;
            }
        }
    }
    out
}

/// `{n}`, `{n,}` or `{n,m}` at the start of `rest`.
fn opens_repetition(rest: &[u8]) -> bool {
    let Some(end) = rest.iter().position(|&b| b == b'}') else { return false };
    let inner = &rest[1..end];
    let (low, high) = match inner.iter().position(|&b| b == b',') {
        Some(comma) => (&inner[..comma], Some(&inner[comma + 1..])),
        None => (inner, None),
    };
    !low.is_empty() && low.iter().all(u8::is_ascii_digit) && high.is_none_or(|h| h.iter().all(u8::is_ascii_digit))
}

// Nosey Parker --------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
struct NoseyParkerFile {
    #[serde(default)]
    rules: Vec<NoseyParkerRule>,
}

#[derive(Debug, Deserialize)]
struct NoseyParkerRule {
    name: String,
    id: String,
    pattern: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    negative_examples: Vec<String>,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    categories: Vec<String>,
}

fn noseyparker_rule(rule: NoseyParkerRule) -> Result<Rule, (String, String)> {
    let has = |category: &str| rule.categories.iter().any(|c| c == category);
    let category = if has("hashed") {
        "password-hash"
    } else if rule.name.to_ascii_lowercase().contains("private key") {
        "private-key"
    } else {
        "credential"
    };
    // Nosey Parker's patterns may hold `(?# comments)`, which the regex crate does not take.
    let mut pattern = String::with_capacity(rule.pattern.len());
    let mut rest = rule.pattern.as_str();
    while let Some(start) = rest.find("(?#") {
        pattern.push_str(&rest[..start]);
        match rest[start..].find(')') {
            Some(end) => rest = &rest[start + end + 1..],
            None => return Err((rule.id, "an unclosed (?# comment".into())),
        }
    }
    pattern.push_str(rest);
    Ok(Rule {
        category,
        severity: if has("identifier") && !has("secret") { Severity::Low } else { Severity::Medium },
        confidence: if has("fuzzy") { Confidence::Low } else { Confidence::Medium },
        regex: Some(pattern),
        secret_group: None,
        keywords: Vec::new(),
        path: None,
        entropy: None,
        allowlists: Vec::new(),
        generic: has("generic"),
        reference: rule.references.into_iter().next(),
        examples: rule.examples.into_iter().map(Example::Text).collect(),
        negative_examples: rule.negative_examples.into_iter().map(Example::Text).collect(),
        name: rule.name,
        id: rule.id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_braces_escapes_only_literal_braces() {
        assert_eq!(go_braces(r"a{2}b{1,}c{3,4}"), r"a{2}b{1,}c{3,4}");
        assert_eq!(go_braces(r"\$?{{[^}]+}}"), r"\$?\{\{[^}]+\}\}");
        assert_eq!(go_braces(r"x{,3}"), r"x\{,3\}");
        assert_eq!(go_braces(r"[{}\]]{2}\{"), r"[{}\]]{2}\{");
        assert_eq!(go_braces(r"[[:alnum:]{]{3}"), r"[[:alnum:]{]{3}");
        assert_eq!(go_braces(r"[{a]{2}"), r"[{a]{2}");
        assert_eq!(go_braces(r"\p{Greek}\x{263a}{2}"), r"\p{Greek}\x{263a}{2}");
        assert_eq!(go_braces(r"^\$(?:\d+|{\d+})$"), r"^\$(?:\d+|\{\d+\})$");
        for pattern in [r"\$?{{[^}]+}}", r"x{,3}", r"['\x60]{{ x }}"] {
            compile(&go_braces(pattern)).unwrap();
        }
    }

    #[test]
    fn prefixes_become_keywords() {
        assert_eq!(prefix_literals(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b").unwrap(), vec!["akia", "asia"]);
        assert_eq!(prefix_literals(r"(?i)\bpassword[^a-z]*=(\S+)").unwrap(), vec!["password"]);
        assert_eq!(prefix_literals(r"(?x) xox[bp] - [a-z0-9]+").unwrap(), vec!["xoxb-", "xoxp-"]);
        assert_eq!(prefix_literals(r"[a-z0-9]{32}\.apps\.example\.com"), None);
        assert_eq!(prefix_literals(r"(?:ab|cd)[a-z]+"), None, "a two-byte prefix is too short for the prefilter");
    }

    #[test]
    fn allowlists_follow_condition_and_target() {
        let list = |text: &str| GitleaksAllowlist::compile(toml::from_str(text).unwrap()).unwrap().unwrap();
        let never = |text: &str| GitleaksAllowlist::compile(toml::from_str(text).unwrap()).unwrap().is_none();
        let any = list("regexes = ['^EXAMPLE']\nstopwords = ['dummy']\npaths = ['(?:^|/)docs/']");
        assert!(any.allows(b"EXAMPLEKEY", b"k=EXAMPLEKEY", b"k=EXAMPLEKEY", "/app/x"));
        assert!(any.allows(b"aDuMmYkey", b"", b"", "/app/x"), "stopwords ignore case");
        assert!(any.allows(b"realkey", b"", b"", "/usr/share/docs/x"), "paths are relative");
        assert!(!any.allows(b"realkey", b"", b"", "/app/x"));
        let both = list("condition = 'AND'\nregexTarget = 'line'\nregexes = ['^LICENSE']\npaths = ['\\.bb$']");
        assert!(both.allows(b"x", b"x", b"LICENSE = \"x\"", "/meta/a.bb"));
        assert!(!both.allows(b"x", b"x", b"LICENSE = \"x\"", "/meta/a.py"));
        assert!(never("condition = 'AND'\ncommits = ['abc']\nregexes = ['.']"), "an image has no commit");
        assert!(never("commits = ['abc']"));
    }
}
