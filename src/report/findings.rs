//! Attaches what scanning each file's bytes found to the file versions of one image: a finding
//! per (rule, matched blob) with every location that holds the blob, and a `not_scanned`
//! record for every version whose bytes were not scanned in full.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Read;

use sha2::{Digest, Sha256};

use crate::analysis::{Analysis, ImageView};
use crate::layer::{self, EntryKind, LayerData};
use crate::overlay::{self, State, Version};
use crate::pathbytes::PathRepr;
use crate::report::{Anomaly, Detector, Finding, FindingLocation, NotScanned};
use crate::scan::{ContentScan, FileOutcome, GapKind, Hit};

/// Matched strings listed per finding; `match_count` gives the total.
const LISTED_MATCHES: usize = 20;

/// A rule (namespace, id) on a blob (sha256): one finding.
type RuleOnBlob = (String, String, [u8; 32]);

pub struct ImageContent {
    pub findings: Vec<Finding>,
    pub not_scanned: Vec<NotScanned>,
    pub anomalies: Vec<Anomaly>,
}

/// Where an outcome's bytes sit in the image.
struct Place {
    path: PathRepr,
    state: State,
    layer: usize,
    /// The layer holding the bytes, when another (a hardlink's target).
    content_layer: Option<usize>,
    file_sha256: Option<String>,
    note: Option<&'static str>,
}

/// What the entries the overlay does not apply are: their bytes are in the tarball, yet in no
/// filesystem view (a whiteout marker's body, say). A match in them still counts.
const UNAPPLIED: &str = "an entry the overlay does not apply (e.g. the body of a whiteout marker): in the tarball, never in a filesystem";

#[derive(Default)]
struct Collector {
    grouped: BTreeMap<RuleOnBlob, (Hit, Vec<FindingLocation>)>,
    not_scanned: Vec<NotScanned>,
    gap_counts: BTreeMap<GapKind, (usize, String)>,
}

impl Collector {
    fn add(&mut self, outcome: &FileOutcome, place: &Place, view: &ImageView) {
        let layer = view.layer_reports.get(place.layer);
        for hit in &outcome.hits {
            let location = FindingLocation {
                path: place.path.clone(),
                nested: hit.chain.clone(),
                state: place.state,
                layer: place.layer,
                content_layer: place.content_layer,
                layer_digest: layer.and_then(|l| l.digest.clone()),
                diff_id: layer.and_then(|l| l.diff_id.clone()),
                created_by: layer.and_then(|l| l.created_by.clone()),
                file_sha256: place.file_sha256.clone(),
                note: place.note,
            };
            let key = (hit.rule.namespace.clone(), hit.rule.id.clone(), hit.blob_sha256);
            self.grouped.entry(key).or_insert_with(|| (hit.clone(), Vec::new())).1.push(location);
        }
        for gap in &outcome.gaps {
            let what = gap.chain.iter().fold(place.path.display(), |what, member| format!("{what}!/{member}"));
            let counted = self.gap_counts.entry(gap.kind).or_insert_with(|| (0, format!("{what}: {}", gap.reason)));
            counted.0 += 1;
            self.not_scanned.push(NotScanned {
                what,
                reason: gap.reason.clone(),
                layer: Some(place.layer),
                path: Some(place.path.clone()),
                state: Some(place.state),
                nested: gap.chain.clone(),
                kind: Some(gap.kind),
            });
        }
    }
}

pub fn image_content(view: &ImageView, analysis: &Analysis, scanner: &dyn ContentScan) -> ImageContent {
    let layer_data = |layer: usize| view.layer_members.get(layer).and_then(Option::as_ref).and_then(|member| analysis.layers.get(member));
    let mut collector = Collector::default();
    let mut applied: HashSet<(usize, u32)> = HashSet::new();
    // Hardlinks whose name differs from the one their bytes were scanned under, by the
    // layer and entry holding the bytes.
    let mut aliases: BTreeMap<usize, BTreeMap<u32, Vec<&Version>>> = BTreeMap::new();
    for version in &view.overlay.versions {
        if !matches!(version.kind, EntryKind::File | EntryKind::Hardlink) {
            continue;
        }
        let Some((content_layer, entry)) = version.content else { continue };
        applied.insert((content_layer, entry));
        let Some(data) = layer_data(content_layer) else { continue };
        if version.kind == EntryKind::Hardlink && scanned_path(data, entry).is_some_and(|scanned| *scanned != *version.path) {
            aliases.entry(content_layer).or_default().entry(entry).or_default().push(version);
            continue;
        }
        let Some(outcome) = scanner.outcome(&data.digest, entry) else { continue };
        collector.add(&outcome, &version_place(version, content_layer), view);
    }
    for (content_layer, by_entry) in aliases {
        rescan_aliases(content_layer, &by_entry, view, analysis, scanner, &mut collector);
    }
    for layer in 0..view.layer_members.len() {
        let Some(data) = layer_data(layer) else { continue };
        for entry in data.entries.iter().filter(|e| e.kind == EntryKind::File && !applied.contains(&(layer, e.index))) {
            let Some(outcome) = scanner.outcome(&data.digest, entry.index) else { continue };
            let place = Place {
                path: PathRepr(overlay::normalize(&entry.raw_path).0),
                state: State::Deleted,
                layer,
                content_layer: None,
                file_sha256: entry.sha256.map(hex::encode),
                note: Some(UNAPPLIED),
            };
            collector.add(&outcome, &place, view);
        }
    }
    let Collector { grouped, not_scanned, gap_counts } = collector;
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

fn version_place(version: &Version, content_layer: usize) -> Place {
    Place {
        path: version.path_repr(),
        state: version.state,
        layer: version.layer,
        content_layer: (content_layer != version.layer).then_some(content_layer),
        file_sha256: version.sha256_hex(),
        note: None,
    }
}

/// The path the reader handed entry `entry`'s bytes to the scanner under.
fn scanned_path(data: &LayerData, entry: u32) -> Option<Vec<u8>> {
    let at = data.entries.binary_search_by_key(&entry, |e| e.index).ok()?;
    Some(overlay::normalize(&data.entries[at].raw_path).0)
}

/// Rules may test the path, so a hardlink's bytes are scanned again under its own name: one
/// pass over the layer holding them. If that pass fails, the outcome under the target's name
/// stands for the rest.
fn rescan_aliases(
    content_layer: usize,
    by_entry: &BTreeMap<u32, Vec<&Version>>,
    view: &ImageView,
    analysis: &Analysis,
    scanner: &dyn ContentScan,
    collector: &mut Collector,
) {
    let Some(member) = view.layer_members.get(content_layer).and_then(Option::as_ref) else { return };
    let (Some(data), Ok(blob)) = (analysis.layers.get(member), analysis.archive.blob(member)) else { return };
    let max_scan_bytes = analysis.limits.max_scan_bytes;
    let mut rescanned: HashSet<u32> = HashSet::new();
    let wanted: BTreeSet<u32> = by_entry.keys().copied().collect();
    let mut buffer = Vec::new();
    // A layer that breaks before an entry leaves that entry to the fallback below.
    let _ = layer::visit_entries(blob.bytes, &wanted, &analysis.limits, &mut |entry, content| {
        buffer.clear();
        content.take(max_scan_bytes).read_to_end(&mut buffer)?;
        for version in by_entry.get(&entry).into_iter().flatten() {
            if let Some(outcome) = scanner.rescan_as(&version.path_repr().display(), &buffer, version.size) {
                collector.add(&outcome, &version_place(version, content_layer), view);
            }
        }
        rescanned.insert(entry);
        Ok(())
    });
    for (entry, versions) in by_entry.iter().filter(|(entry, _)| !rescanned.contains(entry)) {
        let Some(outcome) = scanner.outcome(&data.digest, *entry) else { continue };
        for version in versions {
            collector.add(&outcome, &version_place(version, content_layer), view);
        }
    }
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
