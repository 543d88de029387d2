//! JSON Lines: per input one `input` record, one `image` record per image, one `finding` record
//! per finding, and a closing `summary` record; every line stands alone (`jq -c 'select(.record
//! == "finding")'`). Inputs can be written as each finishes, before the report is whole.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::evidence::input::Skipped;
use crate::report::{Finding, InputReport, Report, Summary};
use crate::scan::ContentScanInfo;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for input in &report.inputs {
        write_input(input, out)?;
    }
    write_summary(report, out)
}

/// An input or image record: every field of the model's object (a field added to the report
/// reaches JSON Lines without a word here), the lists that have records of their own (images,
/// findings) or that only a report holds whole (hidden versions, the file inventory) replaced
/// by their counts.
#[derive(Serialize)]
struct ModelRecord<C: Serialize> {
    record: &'static str,
    #[serde(flatten)]
    context: C,
    #[serde(flatten)]
    fields: Map<String, Value>,
}

#[derive(Serialize)]
struct ImageContext<'a> {
    input: &'a str,
}

fn model_fields(model: &impl Serialize, counted: &[(&str, usize)], dropped: &[&str]) -> io::Result<Map<String, Value>> {
    let Value::Object(mut fields) = serde_json::to_value(model)? else {
        return Err(io::Error::other("a report record that is not a JSON object"));
    };
    for key in dropped {
        fields.remove(*key);
    }
    for (key, count) in counted {
        fields.insert((*key).to_string(), Value::from(*count));
    }
    Ok(fields)
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
    let counted = [("images", input.images.len()), ("missing_blobs", input.missing_blobs.len())];
    line(out, &ModelRecord { record: "input", context: (), fields: model_fields(input, &counted, &[])? })?;
    for image in &input.images {
        let counted =
            [("hidden_versions", image.hidden_versions.len() + image.hidden_versions_omitted), ("findings", image.findings.len())];
        let fields = model_fields(image, &counted, &["files", "hidden_versions_omitted"])?;
        line(out, &ModelRecord { record: "image", context: ImageContext { input: &input.path }, fields })?;
        for finding in &image.findings {
            line(out, &FindingRecord { record: "finding", input: &input.path, image: image.index, refs: &image.refs, finding })?;
        }
    }
    out.flush()
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
