//! A [`FileOutcome`] as the layer cache keeps it: rules, detectors and indicator lists named
//! rather than pointed to, so that a later run resolves them against the packs it loaded (the
//! same ones: the cache key holds their fingerprint) and refuses an entry naming any other.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::ioc::IocHit;
use super::secrets::SecretMatch;
use super::{Engines, FileOutcome, GapKind, Hit, IocMatch, SecretHit};

/// The one outcome shape, holding names.
pub type StoredOutcome = FileOutcome<RuleName, DetectorName, ListName>;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuleName {
    namespace: String,
    id: String,
}

/// Checked against the detector at the match's `detector_index`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DetectorName {
    namespace: String,
    id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListName {
    /// The list's index in its set, and its name to check it is the same one.
    index: usize,
    name: String,
}

impl StoredOutcome {
    /// The outcome to keep; None when it depends on more than the bytes and the packs (a
    /// timeout, a scanner failure): another run could find more, so it is not kept.
    pub fn keep(outcome: &FileOutcome, engines: &Engines<'_>) -> Option<StoredOutcome> {
        if outcome.gaps.iter().any(|gap| matches!(gap.kind, GapKind::Timeout | GapKind::ScannerError)) {
            return None;
        }
        let lists = engines.ioc.map(|set| set.lists()).unwrap_or_default();
        outcome.clone().held_as(
            |rule| Some(RuleName { namespace: rule.namespace.clone(), id: rule.id.clone() }),
            |detector, _| Some(DetectorName { namespace: detector.namespace.clone(), id: detector.id.clone() }),
            |list| Some(ListName { index: lists.iter().position(|loaded| Arc::ptr_eq(loaded, &list))?, name: list.name.clone() }),
        )
    }

    /// The outcome again, its rules, detectors and lists taken from `engines`; None when one
    /// of them is not there (an entry written with other packs).
    pub fn restore(self, engines: &Engines<'_>) -> Option<FileOutcome> {
        self.held_as(
            |rule| engines.rules.rule(&rule.namespace, &rule.id),
            |name, index| {
                let detector = engines.secrets?.detector(index)?;
                (detector.namespace == name.namespace && detector.id == name.id).then(|| Arc::clone(detector))
            },
            |list| Some(Arc::clone(engines.ioc?.lists().get(list.index).filter(|loaded| loaded.name == list.name)?)),
        )
    }
}

impl<R, D, L> FileOutcome<R, D, L> {
    /// The same outcome with its rules, detectors (given with their index) and lists held
    /// another way; None when one cannot be.
    fn held_as<R2, D2, L2>(
        self,
        mut rule: impl FnMut(R) -> Option<R2>,
        mut detector: impl FnMut(D, usize) -> Option<D2>,
        mut list: impl FnMut(L) -> Option<L2>,
    ) -> Option<FileOutcome<R2, D2, L2>> {
        let hits = self
            .hits
            .into_iter()
            .map(|hit| {
                Some(Hit {
                    rule: rule(hit.rule)?,
                    chain: hit.chain,
                    blob_sha256: hit.blob_sha256,
                    blob_size: hit.blob_size,
                    matches: hit.matches,
                    commented_out: hit.commented_out,
                    shebang: hit.shebang,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let secrets = self
            .secrets
            .into_iter()
            .map(|secret| {
                let found = secret.found;
                Some(SecretHit {
                    chain: secret.chain,
                    blob_sha256: secret.blob_sha256,
                    found: SecretMatch {
                        detector: detector(found.detector, found.detector_index)?,
                        detector_index: found.detector_index,
                        value: found.value,
                        value_sha256: found.value_sha256,
                        offset: found.offset,
                        line: found.line,
                        context: found.context,
                        severity: found.severity,
                        confidence: found.confidence,
                        reasons: found.reasons,
                        paired_with: found.paired_with,
                        provider: found.provider,
                    },
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let iocs = self
            .iocs
            .into_iter()
            .map(|ioc| {
                let hit = ioc.hit;
                Some(IocMatch {
                    chain: ioc.chain,
                    blob_sha256: ioc.blob_sha256,
                    hit: IocHit {
                        list: list(hit.list)?,
                        indicator: hit.indicator,
                        offset: hit.offset,
                        context: hit.context,
                        family: hit.family,
                    },
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(FileOutcome { hits, secrets, iocs, gaps: self.gaps })
    }
}
