//! Attaches what scanning each file's bytes found to the file versions of one image: a finding
//! per (rule, matched blob) with every location that holds the blob, a finding per (secret
//! detector, value) with every file, member and config field that holds the value, and a
//! `not_scanned` record for every version whose bytes were not scanned in full.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::analysis::{Analysis, ImageView};
use crate::layers::entry::EntryKind;
use crate::overlay::{self, State, Version};
use crate::report::documentation::quoted_in_documentation;
use crate::report::runtime::Runtime;
use crate::report::start::{self, StartRoute};
use crate::report::{Anomaly, Detector, Finding, FindingLocation, HiddenBy, NotScanned, SecretEvidence};
use crate::scan::ioc::{self, IocList};
use crate::scan::meta::{self, MetaHit};
use crate::scan::per_image::{FieldOutcome, ImageScan};
use crate::scan::secrets::{self, SecretMatch};
use crate::scan::yara::MatchInfo;
use crate::scan::{ContentScan, FileOutcome, GapKind, Hit, IocMatch};
use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Confidence, Severity, ACTIONABLE};
use crate::shared::pathbytes::PathRepr;

/// Matched strings listed per finding; `match_count` gives the total.
const LISTED_MATCHES: usize = 20;

/// A rule (namespace, id) on a blob (sha256): one finding.
type RuleOnBlob = (String, String, Sha256Sum);
/// A secret detector (namespace, id) and a value (sha256): one finding.
type SecretValue = (String, String, Sha256Sum);

/// Every location of one rule's match on one blob.
struct RuleGroup {
    hit: Hit,
    locations: Vec<FindingLocation>,
    /// Per location: a file that only quotes the match (documentation, by its path, with no
    /// execute bit or `#!` line); false for a config field.
    quoted: Vec<bool>,
}

impl RuleGroup {
    fn push(&mut self, location: FindingLocation, quoted: bool) {
        self.locations.push(location);
        self.quoted.push(quoted);
    }
}

/// Every sighting of one listed indicator.
struct IocGroup {
    list: Arc<IocList>,
    /// The malware family or campaign the list names for the indicator.
    family: Option<String>,
    locations: Vec<FindingLocation>,
    matches: Vec<MatchInfo>,
    match_count: usize,
}

/// Every sighting of one secret value.
struct SecretGroup {
    best: SecretMatch,
    reasons: Vec<String>,
    locations: Vec<FindingLocation>,
    matches: Vec<MatchInfo>,
    match_count: usize,
}

pub struct ImageContent {
    pub findings: Vec<Finding>,
    pub not_scanned: Vec<NotScanned>,
    pub anomalies: Vec<Anomaly>,
    /// Secret values found, to be redacted wherever the report would repeat them (config,
    /// history); empty with `--show-secrets`.
    pub secret_values: Vec<String>,
}

/// Where an outcome's bytes sit in the image.
struct Place {
    path: PathRepr,
    state: State,
    layer: usize,
    /// The layer holding the bytes, when another (a hardlink's target).
    content_layer: Option<usize>,
    file_sha256: Option<Sha256Sum>,
    note: Option<&'static str>,
    hidden_by: Option<HiddenBy>,
    /// Permission bits: an execute bit makes a file one that runs, whatever its name.
    mode: u32,
}

/// What the entries the overlay does not apply are: their bytes are in the tarball, yet in no
/// filesystem view (a whiteout marker's body, say). A match in them still counts.
const UNAPPLIED: &str = "an entry the overlay does not apply (e.g. the body of a whiteout marker): in the tarball, never in a filesystem";

#[derive(Default)]
struct Collector {
    grouped: BTreeMap<RuleOnBlob, RuleGroup>,
    secrets: BTreeMap<SecretValue, SecretGroup>,
    /// A metadata or name check (id) on one subject (file content hash, or a reference).
    heuristics: BTreeMap<(&'static str, String), (MetaHit, Vec<FindingLocation>)>,
    /// A listed indicator (list name, indicator): one finding.
    iocs: BTreeMap<(String, String), IocGroup>,
    not_scanned: Vec<NotScanned>,
    gap_counts: BTreeMap<GapKind, (usize, String)>,
}

impl Collector {
    fn add_ioc(&mut self, list: &Arc<IocList>, indicator: &str, family: Option<&str>, location: FindingLocation, found: Option<MatchInfo>) {
        let group = self.iocs.entry((list.name.clone(), indicator.to_string())).or_insert_with(|| IocGroup {
            list: list.clone(),
            family: family.map(str::to_string),
            locations: Vec::new(),
            matches: Vec::new(),
            match_count: 0,
        });
        if let Some(found) = found {
            group.match_count += 1;
            if group.matches.len() < LISTED_MATCHES {
                group.matches.push(found);
            }
        }
        group.locations.push(location);
    }

    fn add_ioc_hits(&mut self, iocs: &[IocMatch], location: impl Fn(&[String]) -> FindingLocation) {
        for found in iocs {
            let mut at = location(&found.chain);
            at.blob_sha256 = Some(found.blob_sha256);
            at.offset = Some(found.hit.offset);
            let shown = MatchInfo {
                pattern: at.place(),
                offset: found.hit.offset,
                length: found.hit.indicator.len() as u64,
                data: found.hit.context.clone(),
            };
            self.add_ioc(&found.hit.list, &found.hit.indicator, found.hit.family.as_deref(), at, Some(shown));
        }
    }

    fn add_secret(&mut self, found: &SecretMatch, mut location: FindingLocation) {
        location.offset = Some(found.offset);
        location.line = Some(found.line);
        let key = (found.detector.namespace.clone(), found.detector.id.clone(), found.value_sha256);
        let group = self.secrets.entry(key).or_insert_with(|| SecretGroup {
            best: found.clone(),
            reasons: Vec::new(),
            locations: Vec::new(),
            matches: Vec::new(),
            match_count: 0,
        });
        // The location that is most confident, then most severe, speaks for the value: a copy
        // under a documentation path or a package's per-host key path does not lower the same
        // key found where an operator put it, whichever is scanned first.
        if (found.confidence, found.severity) > (group.best.confidence, group.best.severity) {
            group.best = found.clone();
        }
        for reason in &found.reasons {
            if !group.reasons.contains(reason) {
                group.reasons.push(reason.clone());
            }
        }
        group.match_count += 1;
        if group.matches.len() < LISTED_MATCHES {
            group.matches.push(MatchInfo {
                pattern: location.place(),
                offset: found.offset,
                length: found.value.len() as u64,
                data: found.context.clone(),
            });
        }
        group.locations.push(location);
    }

    fn group(&mut self, key: RuleOnBlob, hit: &Hit) -> &mut RuleGroup {
        self.grouped.entry(key).or_insert_with(|| RuleGroup { hit: hit.clone(), locations: Vec::new(), quoted: Vec::new() })
    }

    fn add(&mut self, outcome: &FileOutcome, place: &Place, view: &ImageView) {
        let file_location = |nested: &[String]| FindingLocation {
            path: Some(place.path.clone()),
            nested: nested.to_vec(),
            content_layer: place.content_layer,
            file_sha256: place.file_sha256,
            note: place.note,
            hidden_by: place.hidden_by,
            ..layer_location(view, Some(place.layer), place.state)
        };
        for hit in &outcome.hits {
            let key = (hit.rule.namespace.clone(), hit.rule.id.clone(), hit.blob_sha256);
            // The execute bit is the file's: it says nothing of a member inside it.
            let runs = hit.shebang || (hit.chain.is_empty() && place.mode & 0o111 != 0);
            let quoted = !runs && quoted_in_documentation(&place.path.0, &hit.chain);
            self.group(key, hit).push(file_location(&hit.chain), quoted);
        }
        for secret in &outcome.secrets {
            let location = FindingLocation { blob_sha256: Some(secret.blob_sha256), ..file_location(&secret.chain) };
            self.add_secret(&secret.found, location);
        }
        self.add_ioc_hits(&outcome.iocs, file_location);
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

/// Joins to the versions of one image what the reader's scan found under each entry
/// (`outcomes`) and what the scan's pass over the image found (`scanned`).
pub fn image_content(view: &ImageView, analysis: &Analysis, outcomes: &dyn ContentScan, scanned: ImageScan) -> ImageContent {
    let layer_data = |layer: usize| view.layer_members.get(layer).and_then(Option::as_ref).and_then(|member| analysis.layers.get(member));
    let mut collector = Collector::default();
    let mut applied: HashSet<(usize, u32)> = HashSet::new();
    let overlay = &view.overlay;
    for index in (0..overlay.len()).filter(|index| matches!(overlay.brief(*index).kind, EntryKind::File | EntryKind::Hardlink)) {
        let version = overlay.version(index);
        let Some((content_layer, entry)) = version.content else { continue };
        applied.insert((content_layer, entry));
        let Some(data) = layer_data(content_layer) else { continue };
        if scanned.renamed.contains(&index) {
            continue;
        }
        let Some(outcome) = outcomes.outcome(data.digest, entry) else { continue };
        collector.add(&outcome, &version_place(&version), view);
    }
    for (index, outcome) in &scanned.renamed_outcomes {
        collector.add(outcome, &version_place(&overlay.version(*index)), view);
    }
    for layer in 0..view.layer_members.len() {
        let Some(data) = layer_data(layer) else { continue };
        for entry in data.entries.iter().filter(|e| e.meta.kind == EntryKind::File && !applied.contains(&(layer, e.index))) {
            let Some(outcome) = outcomes.outcome(data.digest, entry.index) else { continue };
            let place = Place {
                path: PathRepr(overlay::normalize(&entry.raw_path).0),
                state: State::Deleted,
                layer,
                content_layer: None,
                file_sha256: entry.meta.sha256,
                note: Some(UNAPPLIED),
                hidden_by: None,
                mode: entry.meta.mode,
            };
            collector.add(&outcome, &place, view);
        }
    }
    let ImageScan { show_secrets, fields, metadata, host, names, listed, .. } = scanned;
    config_content(view, fields, &mut collector);
    metadata_checks(view, metadata, host, names, &mut collector);
    listed_hashes(view, listed, &mut collector);
    let Collector { grouped, secrets, heuristics, iocs, not_scanned, gap_counts } = collector;
    let secret_values = if show_secrets { Vec::new() } else { secrets.values().map(|group| group.best.value.clone()).collect() };
    // The files a start could run that a rule matched: only these need the start command
    // followed (which may read its scripts from their layers).
    let matched: BTreeSet<&[u8]> = grouped
        .values()
        .flat_map(|group| &group.locations)
        .filter(|location| location.state == State::Present && location.nested.is_empty())
        .filter_map(|location| location.path.as_ref().map(|path| path.0.as_slice()))
        .collect();
    let started = if matched.is_empty() { BTreeMap::new() } else { start::started_files(view, analysis, &matched) };
    let mut findings: Vec<Finding> = grouped.into_values().map(|group| finding(group, &started)).collect();
    findings.extend(secrets.into_values().map(|group| secret_finding(group, show_secrets)));
    findings.extend(heuristics.into_iter().map(|((_, subject), (hit, locations))| heuristic_finding(hit, &subject, locations)));
    findings.extend(iocs.into_iter().map(|((_, indicator), group)| ioc_finding(&indicator, group)));
    // What is both severe and confident leads; what is doubtful follows, most severe first.
    findings.sort_by(|a, b| {
        (a.confidence < ACTIONABLE, Reverse(a.severity), Reverse(a.confidence))
            .cmp(&(b.confidence < ACTIONABLE, Reverse(b.severity), Reverse(b.confidence)))
            .then_with(|| a.locations.first().map(FindingLocation::place).cmp(&b.locations.first().map(FindingLocation::place)))
            .then_with(|| a.id.cmp(&b.id))
    });
    if let Some(runtime) = Runtime::of(view) {
        for location in findings.iter_mut().flat_map(|f| f.locations.iter_mut()) {
            let (Some(path), Some(layer)) = (&location.path, location.layer) else { continue };
            location.runtime = runtime.change(&path.0, layer, location.state, location.hidden_by.map(|hidden| hidden.layer));
        }
    }
    let anomalies = gap_counts
        .into_iter()
        .map(|(kind, (count, example))| {
            Anomaly::new(gap_anomaly(kind), format!("{count} scan gaps of this kind, e.g. {example}; see not_scanned"))
        })
        .collect();
    ImageContent { findings, not_scanned, anomalies, secret_values }
}

/// A location's layer part: the layer's digests and the step that made it.
fn layer_location(view: &ImageView, layer: Option<usize>, state: State) -> FindingLocation {
    let report = layer.and_then(|layer| view.layer_reports.get(layer));
    FindingLocation {
        path: None,
        field: None,
        nested: Vec::new(),
        state,
        layer,
        content_layer: None,
        layer_digest: report.and_then(|l| l.digest),
        diff_id: report.and_then(|l| l.diff_id),
        created_by: report.and_then(|l| l.created_by.clone()),
        file_sha256: None,
        blob_sha256: None,
        offset: None,
        line: None,
        note: None,
        hidden_by: None,
        started_by: None,
        runtime: None,
    }
}

/// The config's text fields: a location per field (and, for a history step, the layer it made).
fn config_content(view: &ImageView, fields: Vec<FieldOutcome>, collector: &mut Collector) {
    // The config fields' finding per rule, by field name: the history step that set a field
    // joins that finding rather than making a second one for the same text.
    let mut by_field: Vec<(String, RuleOnBlob)> = Vec::new();
    for FieldOutcome { name, text, layer, outcome } in fields {
        let location = FindingLocation { field: Some(name.clone()), ..layer_location(view, layer, State::Present) };
        let sets = layer.is_none().then(|| field_set_by(&text)).flatten();
        for hit in &outcome.hits {
            let own = (hit.rule.namespace.clone(), hit.rule.id.clone(), hit.blob_sha256);
            let same_rule = |(field, key): &&(String, RuleOnBlob)| {
                sets.is_some_and(|prefix| field.starts_with(prefix)) && key.0 == own.0 && key.1 == own.1
            };
            let key = by_field.iter().find(same_rule).map_or(own, |(_, key)| key.clone());
            if name.starts_with("config.") {
                by_field.push((name.clone(), key.clone()));
            }
            collector.group(key, hit).push(location.clone(), false);
        }
        for secret in &outcome.secrets {
            let location = FindingLocation { blob_sha256: Some(Sha256Sum::of(text.as_bytes())), ..location.clone() };
            collector.add_secret(&secret.found, location);
        }
        collector.add_ioc_hits(&outcome.iocs, |_| location.clone());
        for gap in &outcome.gaps {
            collector.not_scanned.push(NotScanned {
                what: name.clone(),
                reason: gap.reason.clone(),
                layer,
                kind: Some(gap.kind),
                ..NotScanned::default()
            });
        }
    }
}

/// The config field a metadata step of the history (`ENTRYPOINT […]`, `#(nop) ENV …`) sets, as a
/// field-name prefix.
fn field_set_by(created_by: &str) -> Option<&'static str> {
    let text = created_by.trim();
    let text = text.strip_prefix("/bin/sh -c #(nop)").unwrap_or(text).trim_start();
    let instruction = text.split_whitespace().next()?;
    Some(match instruction {
        "ENTRYPOINT" => "config.entrypoint",
        "CMD" => "config.cmd",
        "SHELL" => "config.shell",
        "ENV" => "config.env[",
        "LABEL" => "config.labels.",
        "VOLUME" => "config.volumes",
        "EXPOSE" => "config.exposed_ports",
        "USER" => "config.user",
        "HEALTHCHECK" => "config.healthcheck",
        "ONBUILD" => "config.onbuild[",
        _ => return None,
    })
}

/// File metadata (setuid, capabilities, world-writable) on every version, a container's host
/// settings, and the image's names against the official ones.
fn metadata_checks(
    view: &ImageView,
    metadata: Vec<(usize, MetaHit)>,
    host: Vec<(MetaHit, String)>,
    names: Vec<(usize, MetaHit)>,
    collector: &mut Collector,
) {
    for (index, hit) in metadata {
        let version = view.overlay.version(index);
        let location = FindingLocation {
            path: Some(version.path_repr()),
            file_sha256: version.meta.sha256,
            ..layer_location(view, Some(version.layer), version.state)
        };
        // Copies of one program (same bytes) are one finding; otherwise one per path.
        let subject = version.meta.sha256.map_or_else(|| version.path_repr().display(), |sha| sha.to_string());
        collector.heuristics.entry((hit.check.id, subject)).or_insert_with(|| (hit, Vec::new())).1.push(location);
    }
    if let Some(container) = &view.image.container {
        for (hit, field) in host {
            let location = FindingLocation { field: Some(field.clone()), ..layer_location(view, None, State::Present) };
            collector
                .heuristics
                .entry((hit.check.id, format!("{} {field}", container.id)))
                .or_insert_with(|| (hit, Vec::new()))
                .1
                .push(location);
        }
    }
    for (index, hit) in names {
        let reference = &view.image.refs[index];
        let location = FindingLocation { field: Some(format!("refs[{index}]")), ..layer_location(view, None, State::Present) };
        // An image's tags in several registries (docker.io/…, localhost/…) are one finding.
        let repository = meta::repository_name(reference).unwrap_or_else(|| reference.clone());
        collector.heuristics.entry((hit.check.id, repository)).or_insert_with(|| (hit, Vec::new())).1.push(location);
    }
}

/// File versions whose sha256 is a listed indicator.
fn listed_hashes(view: &ImageView, listed: Vec<(usize, Arc<IocList>, String)>, collector: &mut Collector) {
    for (index, list, indicator) in listed {
        let version = view.overlay.version(index);
        let location = FindingLocation {
            path: Some(version.path_repr()),
            file_sha256: version.meta.sha256,
            ..layer_location(view, Some(version.layer), version.state)
        };
        collector.add_ioc(&list, &indicator, None, location, None);
    }
}

fn ioc_finding(indicator: &str, group: IocGroup) -> Finding {
    let IocGroup { list, family, mut locations, matches, match_count } = group;
    locations.sort_by_key(|l| (l.place(), l.layer));
    Finding {
        id: finding_id(&["ioc", &list.name, indicator], &[]),
        kind: "ioc",
        detector: Detector {
            namespace: ioc::NAMESPACE.into(),
            rule: list.name.clone(),
            tags: std::iter::once(indicator.to_string()).chain(family.clone()).collect(),
        },
        severity: list.severity,
        confidence: Confidence::High,
        category: Some(list.category.clone()),
        description: Some(match &family {
            Some(family) => format!("{}: {indicator} ({family})", list.description),
            None => format!("{}: {indicator}", list.description),
        }),
        reference: Some(list.origin.clone()),
        blob_sha256: None,
        blob_size: None,
        secret: None,
        locations,
        matches,
        match_count,
        baseline: None,
    }
}

fn heuristic_finding(hit: MetaHit, subject: &str, mut locations: Vec<FindingLocation>) -> Finding {
    locations.sort_by_key(|l| (l.place(), l.layer));
    Finding {
        id: finding_id(&["heuristic", meta::NAMESPACE, hit.check.id, subject], &[]),
        kind: "heuristic",
        detector: Detector { namespace: meta::NAMESPACE.into(), rule: hit.check.id.into(), tags: vec![hit.check.category.into()] },
        severity: hit.severity,
        confidence: hit.confidence,
        category: Some(hit.check.category.into()),
        description: Some(format!("{}: {}", hit.check.description, hit.reason)),
        reference: None,
        blob_sha256: None,
        blob_size: None,
        secret: None,
        match_count: 0,
        matches: Vec::new(),
        locations,
        baseline: None,
    }
}

fn secret_finding(group: SecretGroup, show_secrets: bool) -> Finding {
    let SecretGroup { best, reasons, mut locations, matches, match_count } = group;
    locations.sort_by_key(|l| (l.place(), l.layer));
    let detector = &best.detector;
    Finding {
        id: finding_id(&["secret", &detector.namespace, &detector.id], best.value_sha256.as_bytes()),
        kind: "secret",
        detector: Detector { namespace: detector.namespace.clone(), rule: detector.id.clone(), tags: vec![detector.category.clone()] },
        severity: best.severity,
        confidence: best.confidence,
        category: Some(detector.category.clone()),
        description: Some(detector.name.clone()),
        reference: detector.reference.clone(),
        blob_sha256: None,
        blob_size: None,
        secret: Some(SecretEvidence {
            redacted: secrets::redact(&best.value),
            sha256: best.value_sha256,
            length: best.value.chars().count(),
            value: show_secrets.then(|| best.value.clone()),
            validation: reasons,
            paired_with: best.paired_with.clone(),
            provider: best.provider.clone(),
        }),
        locations,
        matches,
        match_count,
        baseline: None,
    }
}

fn version_place(version: &Version) -> Place {
    let content_layer = version.content.map_or(version.layer, |(layer, _)| layer);
    Place {
        path: version.path_repr(),
        state: version.state,
        layer: version.layer,
        content_layer: (content_layer != version.layer).then_some(content_layer),
        file_sha256: version.meta.sha256,
        note: None,
        hidden_by: version.hidden_by.map(|(layer, cause)| HiddenBy { layer, cause }),
        mode: version.meta.mode,
    }
}

/// Rule categories whose harm is in running (mining, a shell handed out, a backdoor, a tunnel
/// opened, code fetched and run, an escape): started by the image, they are one step more severe.
const RAISED_WHEN_STARTED: &[&str] =
    &["cryptominer", "reverse-shell", "malware", "backdoor", "botnet", "tunnel", "container-escape", "downloader", "obfuscation"];

/// One step more severe (critical stays critical; info, which names no harm, stays info).
fn raised(severity: Severity) -> Severity {
    match severity {
        Severity::Low => Severity::Medium,
        Severity::Medium => Severity::High,
        Severity::High | Severity::Critical => Severity::Critical,
        Severity::Info => Severity::Info,
    }
}

fn finding(group: RuleGroup, started: &BTreeMap<Vec<u8>, StartRoute>) -> Finding {
    let RuleGroup { hit, mut locations, quoted } = group;
    let all_quoted = quoted.iter().all(|quoted| *quoted);
    locations.sort_by(|a, b| (&a.path, a.layer, &a.nested).cmp(&(&b.path, b.layer, &b.nested)));
    // The file itself (not a member inside it) in the final tree, run by the start command.
    let mut route: Option<(StartRoute, String)> = None;
    for location in &mut locations {
        let Some(path) = location.path.as_ref().filter(|_| location.state == State::Present && location.nested.is_empty()) else {
            continue;
        };
        if let Some(found) = started.get(&path.0) {
            location.started_by = Some(found.describe());
            route.get_or_insert_with(|| (found.clone(), path.display()));
        }
    }
    let rule = &hit.rule;
    let described = rule.description.as_deref().unwrap_or(&rule.id);
    let (severity, confidence, description) = if hit.commented_out {
        (Severity::Low, Confidence::Low, Some(format!("{described} (only in commented-out lines: named, not run)")))
    } else if let Some((route, path)) = route {
        let raise = rule.category.as_deref().is_some_and(|category| RAISED_WHEN_STARTED.contains(&category));
        let severity = if raise { raised(rule.severity) } else { rule.severity };
        (severity, rule.confidence, Some(format!("{described} (started by {}: {path})", route.describe())))
    } else if all_quoted && !locations.is_empty() {
        // Every copy sits in documentation: a cheat sheet or manual quoting the payload.
        let place = locations[0].place();
        (Severity::Low, Confidence::Low, Some(format!("{described} (quoted in documentation: {place}: named, not run)")))
    } else {
        (rule.severity, rule.confidence, rule.description.clone())
    };
    Finding {
        id: finding_id(&["yara", &rule.namespace, &rule.id], hit.blob_sha256.as_bytes()),
        kind: "yara",
        detector: Detector { namespace: rule.namespace.clone(), rule: rule.id.clone(), tags: rule.tags.clone() },
        severity,
        confidence,
        category: rule.category.clone(),
        description,
        reference: rule.reference.clone(),
        blob_sha256: Some(hit.blob_sha256),
        blob_size: Some(hit.blob_size),
        secret: None,
        locations,
        match_count: hit.matches.len(),
        matches: hit.matches.into_iter().take(LISTED_MATCHES).collect(),
        baseline: None,
    }
}

/// A finding's stable id: its kind, detector and subject (the matched blob's or value's hash, an
/// indicator, a path), so the same finding has the same id in every image and report.
fn finding_id(parts: &[&str], subject_hash: &[u8]) -> String {
    let mut id = Sha256::new();
    for part in parts {
        id.update(part.as_bytes());
        id.update([0]);
    }
    id.update(subject_hash);
    hex::encode(&id.finalize()[..16])
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
        GapKind::SecretMatches => "secret-match-limit",
    }
}
