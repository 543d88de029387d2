//! Turns what each stage found into the report's input section.

use crate::analysis::{Analysis, ImageView};
use crate::input::Evidence;
use crate::layer::EntryKind;
use crate::overlay::State;
use crate::report::findings::{self, ImageContent};
use crate::report::{FilesystemSummary, HiddenBy, HiddenVersion, ImageReport, InputReport, NotScanned};
use crate::scan::ContentScan;

pub fn input_report(evidence: &Evidence) -> InputReport {
    let mut report =
        InputReport::new(evidence.path.display().to_string(), evidence.size, Some(evidence.sha256.clone()), Some(evidence.compression));
    report.tar_sha256 = evidence.tar_sha256.clone();
    report.tar_size = evidence.tar_sha256.as_ref().map(|_| evidence.tar_size);
    report
}

pub fn add_analysis(report: &mut InputReport, analysis: &Analysis, scanner: &dyn ContentScan) {
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
            let content = findings::image_content(&view, analysis, scanner);
            report.images.push(image_report(index, &view, analysis.limits.max_listed_versions, content));
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
            kind: version.kind.name(),
            layer: version.layer,
            state: version.state,
            by_layer: version.by_layer,
            hidden_by: version.hidden_by.map(|(layer, cause)| HiddenBy { layer, cause }),
            size: version.size,
            sha256: version.sha256_hex(),
        })
        .collect();
    let mut anomalies = image.anomalies.clone();
    anomalies.extend(view.overlay.anomalies.iter().cloned());
    anomalies.extend(content.anomalies);
    let mut not_scanned = view.not_scanned.clone();
    not_scanned.extend(content.not_scanned);
    ImageReport {
        index,
        refs: image.refs.clone(),
        format: image.format.clone(),
        manifest_digest: image.manifest_digest.clone(),
        config_member: image.config_member.clone(),
        config_digest: image.config_digest.clone(),
        platform: image.platform.clone().or_else(|| {
            let summary = &image.config.summary;
            Some(format!("{}/{}", summary.os.as_deref()?, summary.architecture.as_deref()?))
        }),
        config: image.config.summary.clone(),
        history: image.config.history.clone(),
        layers: view.layer_reports.clone(),
        verified: view.verified,
        filesystem,
        hidden_versions,
        hidden_versions_omitted,
        findings: content.findings,
        anomalies,
        not_scanned,
    }
}
