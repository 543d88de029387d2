//! Spreadsheets: `findings` (one row per finding location) and `files` (one row per file
//! version of every image, from the report's inventory). Each row is a struct whose fields are
//! the columns, in order, so the header and the rows cannot drift apart. Text from the image
//! that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.

use std::io::{self, Write};

use serde::Serialize;

use crate::report::{BaselineState, ImageReport, Report, RuntimeChange};
use crate::shared::digest::{OciDigest, Sha256Sum};

/// A finding location.
#[derive(Serialize, Default)]
struct FindingRow<'r> {
    input: &'r str,
    image: usize,
    refs: String,
    /// The container's name, for an engine store's container.
    container: &'r str,
    finding_id: &'r str,
    severity: &'static str,
    confidence: &'static str,
    kind: &'static str,
    detector: String,
    category: &'r str,
    description: &'r str,
    place: String,
    layer: Option<usize>,
    state: &'static str,
    /// What the container did to the path (added, changed, deleted), or `engine`.
    runtime: Option<RuntimeChange>,
    created_by: String,
    file_sha256: Option<Sha256Sum>,
    secret: &'r str,
    /// The service a catch-all's context names.
    provider: &'r str,
    baseline: Option<BaselineState>,
}

/// A file version.
#[derive(Serialize, Default)]
struct FileRow<'r> {
    input: &'r str,
    image: usize,
    refs: String,
    container: &'r str,
    path: String,
    #[serde(rename = "type")]
    kind: &'static str,
    mode: &'r str,
    uid: u64,
    gid: u64,
    size: u64,
    mtime: u64,
    sha256: Option<Sha256Sum>,
    link_target: String,
    layer: usize,
    diff_id: Option<OciDigest>,
    state: &'static str,
    by_layer: Option<usize>,
    runtime: Option<RuntimeChange>,
}

pub fn findings(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rows = report.inputs.iter().flat_map(|input| {
        input.images.iter().flat_map(move |image| {
            image.findings.iter().flat_map(move |finding| {
                finding.locations.iter().map(move |at| FindingRow {
                    input: &input.path,
                    image: image.index,
                    refs: cell(&image.refs.join(" ")),
                    container: container(image),
                    finding_id: &finding.id,
                    severity: finding.severity.name(),
                    confidence: finding.confidence.name(),
                    kind: finding.kind,
                    detector: format!("{}:{}", finding.detector.namespace, finding.detector.rule),
                    category: finding.category.as_deref().unwrap_or(""),
                    description: finding.description.as_deref().unwrap_or(""),
                    place: cell(&at.place()),
                    layer: at.layer,
                    state: at.state.name(),
                    runtime: at.runtime,
                    created_by: cell(at.created_by.as_deref().unwrap_or("")),
                    file_sha256: at.file_sha256,
                    secret: finding.secret.as_ref().map_or("", |s| s.redacted.as_str()),
                    provider: finding.secret.as_ref().and_then(|s| s.provider.as_deref()).map_or("", |p| p),
                    baseline: finding.baseline,
                })
            })
        })
    });
    write_rows(out, rows)
}

pub fn files(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rows = report.inputs.iter().flat_map(|input| {
        input.images.iter().flat_map(move |image| {
            image.files.iter().flatten().map(move |version| FileRow {
                input: &input.path,
                image: image.index,
                refs: cell(&image.refs.join(" ")),
                container: container(image),
                path: cell(&version.path.display()),
                kind: version.kind,
                mode: &version.mode,
                uid: version.uid,
                gid: version.gid,
                size: version.size,
                mtime: version.mtime,
                sha256: version.sha256,
                link_target: cell(&version.link_target.as_ref().map(|t| t.display()).unwrap_or_default()),
                layer: version.layer,
                diff_id: image.layers.get(version.layer).and_then(|l| l.diff_id),
                state: version.state.name(),
                by_layer: version.by_layer,
                runtime: version.runtime,
            })
        })
    });
    write_rows(out, rows)
}

fn container(image: &ImageReport) -> &str {
    image.container.as_ref().map_or("", |c| c.name.as_str())
}

/// The header (the row type's field names, also when there is no row), then the rows.
fn write_rows<R: Serialize + Default>(out: &mut dyn Write, rows: impl Iterator<Item = R>) -> io::Result<()> {
    let mut probe = ::csv::Writer::from_writer(Vec::new());
    probe.serialize(R::default())?;
    let probe = probe.into_inner().map_err(|err| err.into_error())?;
    let header = ::csv::Reader::from_reader(probe.as_slice()).headers()?.clone();
    let mut csv = ::csv::WriterBuilder::new().has_headers(false).from_writer(out);
    csv.write_record(&header)?;
    for row in rows {
        csv.serialize(row)?;
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
