//! A [`FileOutcome`] as the layer cache keeps it: rules, detectors and indicator lists named
//! rather than pointed to, so that a later run resolves them against the packs it loaded (the
//! same ones: the cache key holds their fingerprint) and refuses an entry naming any other.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Confidence, Severity};

use super::ioc::IocHit;
use super::secrets::SecretMatch;
use super::yara::MatchInfo;
use super::{Engines, FileOutcome, Gap, GapKind, Hit, IocMatch, SecretHit};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredOutcome {
    hits: Vec<StoredHit>,
    secrets: Vec<StoredSecret>,
    iocs: Vec<StoredIoc>,
    gaps: Vec<StoredGap>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredHit {
    chain: Vec<String>,
    blob_sha256: Sha256Sum,
    blob_size: u64,
    namespace: String,
    rule: String,
    /// (pattern, offset, length, data) per matched string.
    matches: Vec<(String, u64, u64, String)>,
    commented_out: bool,
    shebang: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredSecret {
    chain: Vec<String>,
    blob_sha256: Sha256Sum,
    /// The detector's index in its set, and its namespace and id to check it is the same one.
    detector_index: usize,
    namespace: String,
    detector: String,
    value: String,
    value_sha256: Sha256Sum,
    offset: u64,
    line: u64,
    context: String,
    severity: Severity,
    confidence: Confidence,
    reasons: Vec<String>,
    paired_with: Option<String>,
    provider: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredIoc {
    chain: Vec<String>,
    blob_sha256: Sha256Sum,
    /// The list's index in its set, and its name to check it is the same one.
    list_index: usize,
    list: String,
    indicator: String,
    offset: u64,
    context: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredGap {
    chain: Vec<String>,
    kind: GapKind,
    reason: String,
}

impl StoredOutcome {
    /// The outcome to keep; None when it depends on more than the bytes and the packs (a
    /// timeout, a scanner failure): another run could find more, so it is not kept.
    pub fn keep(outcome: &FileOutcome, engines: &Engines<'_>) -> Option<StoredOutcome> {
        if outcome.gaps.iter().any(|gap| matches!(gap.kind, GapKind::Timeout | GapKind::ScannerError)) {
            return None;
        }
        let lists = engines.ioc.map(|set| set.lists()).unwrap_or_default();
        let list_index = |hit: &IocHit| lists.iter().position(|list| Arc::ptr_eq(list, &hit.list));
        let iocs = outcome
            .iocs
            .iter()
            .map(|ioc| {
                Some(StoredIoc {
                    chain: ioc.chain.clone(),
                    blob_sha256: ioc.blob_sha256,
                    list_index: list_index(&ioc.hit)?,
                    list: ioc.hit.list.name.clone(),
                    indicator: ioc.hit.indicator.clone(),
                    offset: ioc.hit.offset,
                    context: ioc.hit.context.clone(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(StoredOutcome {
            hits: outcome
                .hits
                .iter()
                .map(|hit| StoredHit {
                    chain: hit.chain.clone(),
                    blob_sha256: hit.blob_sha256,
                    blob_size: hit.blob_size,
                    namespace: hit.rule.namespace.clone(),
                    rule: hit.rule.id.clone(),
                    matches: hit.matches.iter().map(|m| (m.pattern.clone(), m.offset, m.length, m.data.clone())).collect(),
                    commented_out: hit.commented_out,
                    shebang: hit.shebang,
                })
                .collect(),
            secrets: outcome
                .secrets
                .iter()
                .map(|secret| {
                    let found = &secret.found;
                    StoredSecret {
                        chain: secret.chain.clone(),
                        blob_sha256: secret.blob_sha256,
                        detector_index: found.detector_index,
                        namespace: found.detector.namespace.clone(),
                        detector: found.detector.id.clone(),
                        value: found.value.clone(),
                        value_sha256: found.value_sha256,
                        offset: found.offset,
                        line: found.line,
                        context: found.context.clone(),
                        severity: found.severity,
                        confidence: found.confidence,
                        reasons: found.reasons.clone(),
                        paired_with: found.paired_with.clone(),
                        provider: found.provider.clone(),
                    }
                })
                .collect(),
            iocs,
            gaps: outcome
                .gaps
                .iter()
                .map(|gap| StoredGap { chain: gap.chain.clone(), kind: gap.kind, reason: gap.reason.clone() })
                .collect(),
        })
    }

    /// The outcome again, its rules, detectors and lists taken from `engines`; None when one
    /// of them is not there (an entry written with other packs).
    pub fn restore(self, engines: &Engines<'_>) -> Option<FileOutcome> {
        let hits = self
            .hits
            .into_iter()
            .map(|hit| {
                Some(Hit {
                    rule: engines.rules.rule(&hit.namespace, &hit.rule)?,
                    chain: hit.chain,
                    blob_sha256: hit.blob_sha256,
                    blob_size: hit.blob_size,
                    matches: hit
                        .matches
                        .into_iter()
                        .map(|(pattern, offset, length, data)| MatchInfo { pattern, offset, length, data })
                        .collect(),
                    commented_out: hit.commented_out,
                    shebang: hit.shebang,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let secrets = self
            .secrets
            .into_iter()
            .map(|secret| {
                let detector = engines.secrets?.detector(secret.detector_index)?;
                if detector.namespace != secret.namespace || detector.id != secret.detector {
                    return None;
                }
                Some(SecretHit {
                    chain: secret.chain,
                    blob_sha256: secret.blob_sha256,
                    found: SecretMatch {
                        detector: Arc::clone(detector),
                        detector_index: secret.detector_index,
                        value: secret.value,
                        value_sha256: secret.value_sha256,
                        offset: secret.offset,
                        line: secret.line,
                        context: secret.context,
                        severity: secret.severity,
                        confidence: secret.confidence,
                        reasons: secret.reasons,
                        paired_with: secret.paired_with,
                        provider: secret.provider,
                    },
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let iocs = self
            .iocs
            .into_iter()
            .map(|ioc| {
                let list = engines.ioc?.lists().get(ioc.list_index).filter(|list| list.name == ioc.list)?;
                Some(IocMatch {
                    chain: ioc.chain,
                    blob_sha256: ioc.blob_sha256,
                    hit: IocHit { list: Arc::clone(list), indicator: ioc.indicator, offset: ioc.offset, context: ioc.context },
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let gaps = self.gaps.into_iter().map(|gap| Gap { chain: gap.chain, kind: gap.kind, reason: gap.reason }).collect();
        Some(FileOutcome { hits, secrets, iocs, gaps })
    }
}
