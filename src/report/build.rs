//! Turns what each stage found into the report's input section.

use crate::analysis::{Analysis, ImageView};
use crate::evidence::input::Evidence;
use crate::image::config::ConfigSummary;
use crate::layers::entry::EntryKind;
use crate::overlay::State;
use crate::report::findings::{self, ImageContent};
use crate::report::runtime::Runtime;
use crate::report::{FileVersion, FilesystemSummary, HiddenBy, HiddenVersion, ImageReport, InputReport, NotScanned};
use crate::scan::{secrets, ContentScan};
use crate::shared::anomaly::Anomaly;

pub fn input_report(evidence: &Evidence) -> InputReport {
    let mut report =
        InputReport::new(evidence.path.display().to_string(), evidence.size, Some(evidence.sha256()), Some(evidence.compression));
    report.tar_sha256 = evidence.tar_sha256;
    if evidence.directory {
        report.anomalies.push(Anomaly::info(
            "directory-input",
            "an image directory, not a file: read as one tar of its files (names sorted, no owners or times); \
             sha256 and size are that tar's, not bytes as received: hash the directory's files for the record",
        ));
    }
    report.tar_size = evidence.tar_sha256.as_ref().map(|_| evidence.tar_size);
    if let Some(store) = &evidence.store {
        report.anomalies.push(Anomaly::info(
            "engine-store",
            format!(
                "a {} engine store, read in place: {} images and {} containers written as one docker-archive tar \
                 (a temp file); sha256 and size are that tar's: hash the store's files for the evidence record",
                store.kind, store.images, store.containers_found
            ),
        ));
        report.anomalies.extend(store.anomalies.iter().cloned());
        report.not_scanned.extend(store.not_read.iter().map(|gap| NotScanned {
            what: gap.what.clone(),
            reason: gap.reason.clone(),
            ..NotScanned::default()
        }));
    }
    report
}

/// `inventory`: list every file version of each image in its `files`.
pub fn add_analysis(report: &mut InputReport, analysis: &Analysis, scanner: &dyn ContentScan, inventory: bool) {
    report.format = analysis.discovery.formats.clone();
    report.missing_blobs = analysis.discovery.missing.clone();
    report.anomalies.extend(analysis.archive.anomalies.iter().cloned());
    report.anomalies.extend(analysis.discovery.anomalies.iter().cloned());
    if analysis.discovery.images_over_limit > 0 {
        report.not_scanned.push(NotScanned {
            what: format!("{} images", analysis.discovery.images_over_limit),
            reason: format!("over the limit of {} images per tarball", analysis.limits.max_images),
            ..NotScanned::default()
        });
    }
    if let Some(err) = &analysis.archive.error {
        report.errors.push(format!("{}: tar structure broken after {} members: {}", report.path, err.after_members, err.message));
    }
    // One image's filesystem at a time: it is summarised, then dropped.
    for index in 0..analysis.image_count() {
        if let Some(view) = analysis.view(index) {
            let content = findings::image_content(&view, analysis, scanner, analysis.scan_image(&view, scanner));
            let mut image = image_report(index, &view, analysis.limits.max_listed_versions, content);
            if inventory {
                let runtime = Runtime::of(&view);
                let runtime_of = |v: &crate::overlay::Version| {
                    runtime.as_ref().and_then(|r| r.change(&v.path, v.layer, v.state, v.hidden_by.map(|(layer, _)| layer)))
                };
                image.files =
                    Some(view.overlay.all_sorted().map(|v| FileVersion { runtime: runtime_of(&v), ..FileVersion::from(&v) }).collect());
            }
            report.images.push(image);
        }
    }
}

fn image_report(index: usize, view: &ImageView, max_listed: usize, content: ImageContent) -> ImageReport {
    let image = &view.image;
    let per_layer = &view.overlay.per_layer;
    let filesystem = FilesystemSummary {
        present: per_layer.iter().map(|l| l.present).sum(),
        deleted: per_layer.iter().map(|l| l.deleted).sum(),
        overwritten: per_layer.iter().map(|l| l.overwritten).sum(),
        per_layer: per_layer.clone(),
    };
    // Only the hidden versions are sorted (by path, then layer): usually a small part of them all.
    let hidden = view.overlay.sorted_where(|v| v.state != State::Present && v.kind != EntryKind::Dir);
    let hidden_versions_omitted = hidden.len().saturating_sub(max_listed);
    let hidden_versions = hidden
        .into_iter()
        .take(max_listed)
        .map(|version| HiddenVersion {
            path: version.path_repr(),
            kind: version.meta.kind.name(),
            layer: version.layer,
            state: version.state,
            by_layer: version.by_layer,
            hidden_by: version.hidden_by.map(|(layer, cause)| HiddenBy { layer, cause }),
            size: version.meta.size,
            sha256: version.meta.sha256,
        })
        .collect();
    let mut anomalies = image.anomalies.clone();
    anomalies.extend(view.overlay.anomalies.iter().cloned());
    anomalies.extend(content.anomalies);
    let mut not_scanned = view.not_scanned.clone();
    not_scanned.extend(content.not_scanned);
    let redactor = Redactor::new(&content.secret_values);
    let mut config = image.config.summary.clone();
    redactor.config(&mut config);
    let mut history = image.config.history.clone();
    let mut layers = view.layer_reports.clone();
    let mut findings = content.findings;
    for text in history
        .iter_mut()
        .flat_map(|h| [&mut h.created_by, &mut h.comment])
        .chain(layers.iter_mut().map(|l| &mut l.created_by))
        .chain(findings.iter_mut().flat_map(|f| f.locations.iter_mut().map(|l| &mut l.created_by)))
        .flatten()
    {
        redactor.text(text);
    }
    // A rule's matched bytes can hold a secret another detector found (ngrok's authtoken line).
    for shown in findings.iter_mut().flat_map(|f| f.matches.iter_mut()) {
        redactor.text(&mut shown.data);
    }
    ImageReport {
        index,
        refs: image.refs.clone(),
        format: image.format.clone(),
        manifest_digest: image.manifest_digest,
        config_member: image.config_member.clone(),
        config_digest: image.config_digest,
        platform: image.platform.clone().or_else(|| {
            let summary = &image.config.summary;
            Some(format!("{}/{}", summary.os.as_deref()?, summary.architecture.as_deref()?))
        }),
        config,
        history,
        layers,
        verified: view.verified,
        filesystem,
        hidden_versions,
        hidden_versions_omitted,
        findings,
        allowed_findings: 0,
        anomalies,
        not_scanned,
        files: None,
        container: image.container.as_deref().map(|container| {
            let mut container = container.clone();
            for word in &mut container.command {
                redactor.text(word);
            }
            container
        }),
    }
}

/// Replaces every secret value found in an image with its redacted form wherever the report
/// repeats the image's own text (ENV, labels, entrypoint, history, matched bytes), so the report never holds
/// a whole secret unless `--show-secrets`. Values shorter than [`MIN_REDACTED`] stay: a
/// password like `app` would blank out every path with that word in it.
const MIN_REDACTED: usize = 8;

struct Redactor {
    values: Option<aho_corasick::AhoCorasick>,
    replacements: Vec<String>,
}

impl Redactor {
    fn new(values: &[String]) -> Self {
        let values: Vec<&String> = values.iter().filter(|v| v.chars().count() >= MIN_REDACTED).collect();
        Redactor {
            values: aho_corasick::AhoCorasickBuilder::new()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&values)
                .ok()
                .filter(|_| !values.is_empty()),
            replacements: values.iter().map(|v| secrets::redact(v)).collect(),
        }
    }

    fn text(&self, text: &mut String) {
        if let Some(values) = &self.values {
            if values.is_match(text.as_str()) {
                *text = values.replace_all(text, &self.replacements);
            }
        }
    }

    fn config(&self, config: &mut ConfigSummary) {
        if self.values.is_none() {
            return;
        }
        let words = |words: &mut Option<Vec<String>>| words.iter_mut().flatten().for_each(|w| self.text(w));
        config.env.iter_mut().chain(config.onbuild.iter_mut()).chain(config.labels.values_mut()).for_each(|t| self.text(t));
        words(&mut config.entrypoint);
        words(&mut config.cmd);
        words(&mut config.shell);
        if let Some(check) = &mut config.healthcheck {
            let mut text = check.to_string();
            self.text(&mut text);
            if let Ok(redacted) = serde_json::from_str(&text) {
                *check = redacted;
            }
        }
    }
}
