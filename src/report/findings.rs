//! Attaches what scanning each file's bytes found to the file versions of one image: a finding
//! per (rule, matched blob) with every location that holds the blob, and a `not_scanned`
//! record for every version whose bytes were not scanned in full.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::analysis::{Analysis, ImageView};
use crate::layer::EntryKind;
use crate::report::{Anomaly, Detector, Finding, FindingLocation, NotScanned};
use crate::scan::{ContentScan, GapKind, Hit};

/// Matched strings listed per finding; `match_count` gives the total.
const LISTED_MATCHES: usize = 20;

/// A rule (namespace, id) on a blob (sha256): one finding.
type RuleOnBlob = (String, String, [u8; 32]);

pub struct ImageContent {
    pub findings: Vec<Finding>,
    pub not_scanned: Vec<NotScanned>,
    pub anomalies: Vec<Anomaly>,
}

pub fn image_content(view: &ImageView, analysis: &Analysis, scanner: &dyn ContentScan) -> ImageContent {
    let mut grouped: BTreeMap<RuleOnBlob, (Hit, Vec<FindingLocation>)> = BTreeMap::new();
    let mut not_scanned = Vec::new();
    let mut gap_counts: BTreeMap<GapKind, (usize, String)> = BTreeMap::new();
    for version in &view.overlay.versions {
        if !matches!(version.kind, EntryKind::File | EntryKind::Hardlink) {
            continue;
        }
        let Some((content_layer, entry)) = version.content else { continue };
        let Some(data) = view.layer_members.get(content_layer).and_then(Option::as_ref).and_then(|member| analysis.layers.get(member))
        else {
            continue;
        };
        let Some(outcome) = scanner.outcome(&data.digest, entry) else { continue };
        let layer = view.layer_reports.get(version.layer);
        for hit in &outcome.hits {
            let location = FindingLocation {
                path: version.path_repr(),
                nested: hit.chain.clone(),
                state: version.state,
                layer: version.layer,
                layer_digest: layer.and_then(|l| l.digest.clone()),
                diff_id: layer.and_then(|l| l.diff_id.clone()),
                created_by: layer.and_then(|l| l.created_by.clone()),
                file_sha256: version.sha256_hex(),
            };
            let key = (hit.rule.namespace.clone(), hit.rule.id.clone(), hit.blob_sha256);
            grouped.entry(key).or_insert_with(|| (hit.clone(), Vec::new())).1.push(location);
        }
        for gap in &outcome.gaps {
            let what = gap.chain.iter().fold(version.path_repr().display(), |what, member| format!("{what}!/{member}"));
            let counted = gap_counts.entry(gap.kind).or_insert_with(|| (0, format!("{what}: {}", gap.reason)));
            counted.0 += 1;
            not_scanned.push(NotScanned {
                what,
                reason: gap.reason.clone(),
                layer: Some(version.layer),
                path: Some(version.path_repr()),
                state: Some(version.state),
                nested: gap.chain.clone(),
                kind: Some(gap.kind),
            });
        }
    }
    let mut findings: Vec<Finding> = grouped.into_values().map(|(hit, locations)| finding(hit, locations)).collect();
    findings.sort_by(|a, b| {
        severity_rank(&a.severity)
            .cmp(&severity_rank(&b.severity))
            .then_with(|| a.locations.first().map(|l| &l.path).cmp(&b.locations.first().map(|l| &l.path)))
            .then_with(|| a.id.cmp(&b.id))
    });
    let anomalies = gap_counts
        .into_iter()
        .map(|(kind, (count, example))| {
            Anomaly::new(gap_anomaly(kind), format!("{count} scan gaps of this kind, e.g. {example}; see not_scanned"))
        })
        .collect();
    ImageContent { findings, not_scanned, anomalies }
}

fn finding(hit: Hit, mut locations: Vec<FindingLocation>) -> Finding {
    locations.sort_by(|a, b| (&a.path, a.layer, &a.nested).cmp(&(&b.path, b.layer, &b.nested)));
    let rule = &hit.rule;
    let mut id = Sha256::new();
    for part in ["yara", &rule.namespace, &rule.id] {
        id.update(part.as_bytes());
        id.update([0]);
    }
    id.update(hit.blob_sha256);
    Finding {
        id: hex::encode(&id.finalize()[..16]),
        kind: "yara",
        detector: Detector { namespace: rule.namespace.clone(), rule: rule.id.clone(), tags: rule.tags.clone() },
        severity: rule.severity.clone(),
        confidence: rule.confidence.clone(),
        category: rule.category.clone(),
        description: rule.description.clone(),
        reference: rule.reference.clone(),
        blob_sha256: hex::encode(hit.blob_sha256),
        blob_size: hit.blob_size,
        locations,
        match_count: hit.matches.len(),
        matches: hit.matches.into_iter().take(LISTED_MATCHES).collect(),
    }
}

fn severity_rank(severity: &str) -> u8 {
    match severity {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        "low" => 3,
        _ => 4,
    }
}

fn gap_anomaly(kind: GapKind) -> &'static str {
    match kind {
        GapKind::Truncated => "scan-truncated",
        GapKind::Timeout => "scan-timeout",
        GapKind::NestedDepth => "nested-depth-limit",
        GapKind::NestedBytes => "nested-bytes-limit",
        GapKind::NestedMembers => "nested-members-limit",
        GapKind::Unreadable => "nested-unreadable",
        GapKind::ScannerError => "scanner-error",
    }
}
