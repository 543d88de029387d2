//! Turns what each stage found into the report's input section.

use crate::analysis::{Analysis, ImageView};
use crate::input::Evidence;
use crate::layer::EntryKind;
use crate::overlay::State;
use crate::report::{FilesystemSummary, HiddenBy, HiddenVersion, ImageReport, InputReport, NotScanned};

pub fn input_report(evidence: &Evidence) -> InputReport {
    let mut report =
        InputReport::new(evidence.path.display().to_string(), evidence.size, Some(evidence.sha256.clone()), Some(evidence.compression));
    report.tar_sha256 = evidence.tar_sha256.clone();
    report.tar_size = evidence.tar_sha256.as_ref().map(|_| evidence.tar_size);
    report
}

pub fn add_analysis(report: &mut InputReport, analysis: &Analysis) {
    report.format = analysis.discovery.formats.clone();
    report.missing_blobs = analysis.discovery.missing.clone();
    report.anomalies.extend(analysis.archive.anomalies.iter().cloned());
    report.anomalies.extend(analysis.discovery.anomalies.iter().cloned());
    if analysis.discovery.images_over_limit > 0 {
        report.not_scanned.push(NotScanned {
            what: format!("{} images", analysis.discovery.images_over_limit),
            reason: format!("over the limit of {} images per tarball", analysis.limits.max_images),
            layer: None,
        });
    }
    if let Some(err) = &analysis.archive.error {
        report.errors.push(format!("{}: tar structure broken after {} members: {}", report.path, err.after_members, err.message));
    }
    // One image's filesystem at a time: it is summarised, then dropped.
    for index in 0..analysis.image_count() {
        if let Some(view) = analysis.view(index) {
            report.images.push(image_report(index, &view, analysis.limits.max_listed_versions));
        }
    }
}

fn image_report(index: usize, view: &ImageView, max_listed: usize) -> ImageReport {
    let image = &view.image;
    let mut filesystem = FilesystemSummary { per_layer: view.overlay.per_layer.clone(), ..FilesystemSummary::default() };
    let mut hidden_versions = Vec::new();
    let mut hidden_versions_omitted = 0;
    for version in view.overlay.all_sorted() {
        match version.state {
            State::Present => filesystem.present += 1,
            State::Deleted => filesystem.deleted += 1,
            State::Overwritten => filesystem.overwritten += 1,
        }
        if version.state != State::Present && version.kind != EntryKind::Dir {
            if hidden_versions.len() >= max_listed {
                hidden_versions_omitted += 1;
                continue;
            }
            hidden_versions.push(HiddenVersion {
                path: version.path_repr(),
                kind: version.kind.name(),
                layer: version.layer,
                state: version.state,
                by_layer: version.by_layer,
                hidden_by: version.hidden_by.map(|(layer, cause)| HiddenBy { layer, cause }),
                size: version.size,
                sha256: version.sha256_hex(),
            });
        }
    }
    let mut anomalies = image.anomalies.clone();
    anomalies.extend(view.overlay.anomalies.iter().cloned());
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
        findings: Vec::new(),
        anomalies,
        not_scanned: view.not_scanned.clone(),
    }
}
