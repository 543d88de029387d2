//! JSON Lines: per input one `input` record, one `image` record per image, one `finding` record
//! per finding, and a closing `summary` record; every line stands alone (`jq -c 'select(.record
//! == "finding")'`). Inputs can be written as each finishes, before the report is whole.

use std::io::{self, Write};

use serde::Serialize;

use crate::image::config::ConfigSummary;
use crate::input::{Compression, Skipped};
use crate::report::{Anomaly, FilesystemSummary, Finding, ImageReport, InputReport, LayerReport, NotScanned, Report, Summary};
use crate::scan::ContentScanInfo;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for input in &report.inputs {
        write_input(input, out)?;
    }
    write_summary(report, out)
}

#[derive(Serialize)]
struct InputRecord<'a> {
    record: &'static str,
    path: &'a str,
    size: u64,
    sha256: Option<&'a str>,
    compression: Option<Compression>,
    format: &'a [String],
    images: usize,
    missing_blobs: usize,
    anomalies: &'a [Anomaly],
    errors: &'a [String],
    not_scanned: &'a [NotScanned],
}

#[derive(Serialize)]
struct ImageRecord<'a> {
    record: &'static str,
    input: &'a str,
    index: usize,
    refs: &'a [String],
    format: &'a str,
    manifest_digest: Option<&'a str>,
    config_digest: Option<&'a str>,
    platform: Option<&'a str>,
    verified: bool,
    config: &'a ConfigSummary,
    layers: &'a [LayerReport],
    filesystem: &'a FilesystemSummary,
    hidden_versions: usize,
    findings: usize,
    anomalies: &'a [Anomaly],
    not_scanned: &'a [NotScanned],
}

#[derive(Serialize)]
struct FindingRecord<'a> {
    record: &'static str,
    input: &'a str,
    image: usize,
    refs: &'a [String],
    #[serde(flatten)]
    finding: &'a Finding,
}

#[derive(Serialize)]
struct SummaryRecord<'a> {
    record: &'static str,
    schema_version: &'static str,
    tool: &'static str,
    version: &'static str,
    started_at: &'a str,
    finished_at: &'a str,
    complete: bool,
    interrupted: bool,
    skipped: &'a [Skipped],
    errors: &'a [String],
    content_scan: Option<&'a ContentScanInfo>,
    summary: &'a Summary,
}

/// The records of one input: written as soon as it is scanned when the output is streamed.
pub fn write_input(input: &InputReport, out: &mut dyn Write) -> io::Result<()> {
    line(
        out,
        &InputRecord {
            record: "input",
            path: &input.path,
            size: input.size,
            sha256: input.sha256.as_deref(),
            compression: input.compression,
            format: &input.format,
            images: input.images.len(),
            missing_blobs: input.missing_blobs.len(),
            anomalies: &input.anomalies,
            errors: &input.errors,
            not_scanned: &input.not_scanned,
        },
    )?;
    for image in &input.images {
        line(out, &image_record(&input.path, image))?;
        for finding in &image.findings {
            line(out, &FindingRecord { record: "finding", input: &input.path, image: image.index, refs: &image.refs, finding })?;
        }
    }
    out.flush()
}

fn image_record<'a>(input: &'a str, image: &'a ImageReport) -> ImageRecord<'a> {
    ImageRecord {
        record: "image",
        input,
        index: image.index,
        refs: &image.refs,
        format: &image.format,
        manifest_digest: image.manifest_digest.as_deref(),
        config_digest: image.config_digest.as_deref(),
        platform: image.platform.as_deref(),
        verified: image.verified,
        config: &image.config,
        layers: &image.layers,
        filesystem: &image.filesystem,
        hidden_versions: image.hidden_versions.len() + image.hidden_versions_omitted,
        findings: image.findings.len(),
        anomalies: &image.anomalies,
        not_scanned: &image.not_scanned,
    }
}

/// The closing record: run times, completeness, totals.
pub fn write_summary(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    line(
        out,
        &SummaryRecord {
            record: "summary",
            schema_version: report.schema_version,
            tool: report.tool.name,
            version: report.tool.version,
            started_at: &report.started_at,
            finished_at: &report.finished_at,
            complete: report.complete,
            interrupted: report.interrupted,
            skipped: &report.skipped,
            errors: &report.errors,
            content_scan: report.content_scan.as_ref(),
            summary: &report.summary,
        },
    )?;
    out.flush()
}

fn line(out: &mut dyn Write, record: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}
