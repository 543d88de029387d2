//! Spreadsheets: `findings` (one row per finding location) and `files` (one row per file
//! version of every image, from the report's inventory). Text from the image that a spreadsheet
//! would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.

use std::io::{self, Write};

use super::serde_name;
use crate::report::Report;

pub fn findings(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    csv.write_record([
        "input",
        "image",
        "refs",
        "finding_id",
        "severity",
        "confidence",
        "kind",
        "detector",
        "category",
        "description",
        "place",
        "layer",
        "state",
        "created_by",
        "file_sha256",
        "secret",
        "baseline",
    ])?;
    for input in &report.inputs {
        for image in &input.images {
            let refs = image.refs.join(" ");
            for finding in &image.findings {
                for at in &finding.locations {
                    csv.write_record([
                        input.path.as_str(),
                        &image.index.to_string(),
                        &cell(&refs),
                        &finding.id,
                        finding.severity.name(),
                        finding.confidence.name(),
                        finding.kind,
                        &format!("{}:{}", finding.detector.namespace, finding.detector.rule),
                        finding.category.as_deref().unwrap_or(""),
                        finding.description.as_deref().unwrap_or(""),
                        &cell(&at.place()),
                        &at.layer.map(|l| l.to_string()).unwrap_or_default(),
                        at.state.name(),
                        &cell(at.created_by.as_deref().unwrap_or("")),
                        &at.file_sha256.map(|sha| sha.to_string()).unwrap_or_default(),
                        finding.secret.as_ref().map_or("", |s| s.redacted.as_str()),
                        &finding.baseline.map(|b| serde_name(&b)).unwrap_or_default(),
                    ])?;
                }
            }
        }
    }
    csv.flush()
}

pub fn files(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = ::csv::Writer::from_writer(out);
    csv.write_record([
        "input",
        "image",
        "refs",
        "path",
        "type",
        "mode",
        "uid",
        "gid",
        "size",
        "mtime",
        "sha256",
        "link_target",
        "layer",
        "diff_id",
        "state",
        "by_layer",
    ])?;
    for input in &report.inputs {
        for image in &input.images {
            let refs = image.refs.join(" ");
            for version in image.files.iter().flatten() {
                let diff_id = image.layers.get(version.layer).and_then(|l| l.diff_id).map(|d| d.to_string()).unwrap_or_default();
                csv.write_record([
                    input.path.as_str(),
                    &image.index.to_string(),
                    &cell(&refs),
                    &cell(&version.path.display()),
                    version.kind,
                    &version.mode,
                    &version.uid.to_string(),
                    &version.gid.to_string(),
                    &version.size.to_string(),
                    &version.mtime.to_string(),
                    &version.sha256.map(|sha| sha.to_string()).unwrap_or_default(),
                    &cell(&version.link_target.as_ref().map(|t| t.display()).unwrap_or_default()),
                    &version.layer.to_string(),
                    &diff_id,
                    version.state.name(),
                    &version.by_layer.map(|l| l.to_string()).unwrap_or_default(),
                ])?;
            }
        }
    }
    csv.flush()
}

/// Defuses spreadsheet formulas (CSV injection) in text the image chose.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}
