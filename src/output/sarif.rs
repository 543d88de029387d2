//! SARIF 2.1.0: one run; a rule per detector (description, severity mapped to a level and a
//! `security-severity`), a result per finding with every location: an artifact URI naming the
//! tarball, layer and path (`file:///cases/image.tar#layer/3/etc/crontab`; in a tarball of several
//! images `…#image/1/layer/3/…`, and `…#image/1/config/config.env%5B0%5D` for a config field)
//! and a logical location per layer; the finding id is the fingerprint.

use std::collections::BTreeMap;
use std::io::{self, Write};

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Value};

use crate::report::{BaselineState, Finding, FindingLocation, ImageReport, InputReport, Report, SecretEvidence};
use crate::shared::level::Severity;

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// What may not stand unescaped in a URI path or fragment (RFC 3986), `%` included.
const URI_UNSAFE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(report))?;
    out.write_all(b"\n")
}

/// The SARIF log as a JSON value.
pub fn log(report: &Report) -> Value {
    let mut rules: BTreeMap<String, Value> = BTreeMap::new();
    let mut results = Vec::new();
    for input in &report.inputs {
        for image in &input.images {
            for finding in &image.findings {
                let rule_id = rule_id(finding);
                rules.entry(rule_id.clone()).or_insert_with(|| rule(&rule_id, finding));
                results.push((rule_id, result(input, image, finding)));
            }
        }
    }
    let index: BTreeMap<&String, usize> = rules.keys().enumerate().map(|(i, id)| (id, i)).collect();
    let results: Vec<Value> = results
        .into_iter()
        .map(|(rule_id, mut result)| {
            result["ruleIndex"] = json!(index[&rule_id]);
            result
        })
        .collect();
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .chain(report.inputs.iter().flat_map(|input| &input.errors))
        .map(|error| json!({"level": "error", "message": {"text": error}}))
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "rules": rules.into_values().collect::<Vec<_>>(),
            }},
            "invocations": [{
                "executionSuccessful": report.complete,
                "startTimeUtc": report.started_at,
                "endTimeUtc": report.finished_at,
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "properties": {"layerhoundSchemaVersion": report.schema_version, "summary": report.summary},
        }],
    })
}

fn rule_id(finding: &Finding) -> String {
    format!("{}/{}", finding.detector.namespace, finding.detector.rule)
}

fn rule(id: &str, finding: &Finding) -> Value {
    let description = finding.description.clone().unwrap_or_else(|| finding.detector.rule.clone());
    let mut rule = json!({
        "id": id,
        "name": finding.detector.rule,
        "shortDescription": {"text": description},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": level(finding.severity)},
        "properties": {
            "tags": finding.detector.tags,
            "kind": finding.kind,
            "category": finding.category,
            "severity": finding.severity,
            "security-severity": security_severity(finding.severity),
        },
    });
    if let Some(reference) = finding.reference.as_deref().filter(|r| r.starts_with("https://") || r.starts_with("http://")) {
        rule["helpUri"] = json!(reference);
    }
    rule
}

/// The secret's evidence without its value (which `--show-secrets` adds to the JSON report only).
fn secret_properties(secret: &SecretEvidence) -> Value {
    let mut properties = json!({"redacted": secret.redacted, "sha256": secret.sha256, "validation": secret.validation});
    if let Some(provider) = &secret.provider {
        properties["provider"] = json!(provider);
    }
    properties
}

fn result(input: &InputReport, image: &ImageReport, finding: &Finding) -> Value {
    let at = finding.locations.first();
    let place = at.map(FindingLocation::place).unwrap_or_default();
    let what = finding.description.as_deref().unwrap_or(&finding.detector.rule);
    let secret = finding
        .secret
        .as_ref()
        .map(|s| match &s.provider {
            Some(provider) => format!(" ({}, for {provider})", s.redacted),
            None => format!(" ({})", s.redacted),
        })
        .unwrap_or_default();
    let state = at
        .map(|at| {
            let layer = at.layer.map(|l| format!("layer {l}, ")).unwrap_or_default();
            let runtime = at.runtime.map(|change| format!(", {}", change.phrase())).unwrap_or_default();
            format!(" ({layer}{}{runtime})", at.state.name())
        })
        .unwrap_or_default();
    let more = finding.locations.len().saturating_sub(1);
    let more = if more > 0 { format!(" and {more} more locations") } else { String::new() };
    let mut result = json!({
        "ruleId": rule_id(finding),
        "level": level(finding.severity),
        "message": {"text": format!("{what}{secret}: {place}{state}{more}")},
        "locations": finding.locations.iter().enumerate().map(|(id, at)| location(input, image, at, id)).collect::<Vec<_>>(),
        "partialFingerprints": {"layerhoundFindingId/v1": finding.id},
        "properties": {
            "severity": finding.severity,
            "confidence": finding.confidence,
            "image": image.index,
            "refs": image.refs,
            "inputSha256": input.sha256,
            "blobSha256": finding.blob_sha256,
            "secret": finding.secret.as_ref().map(secret_properties),
            "matches": finding.matches,
        },
    });
    if let Some(baseline) = finding.baseline {
        result["baselineState"] = json!(match baseline {
            BaselineState::New => "new",
            BaselineState::Known => "unchanged",
        });
    }
    result
}

fn location(input: &InputReport, image: &ImageReport, at: &FindingLocation, id: usize) -> Value {
    let image_part = if input.images.len() > 1 { format!("image/{}/", image.index) } else { String::new() };
    let fragment = match (&at.path, &at.field, at.layer) {
        (Some(path), _, Some(layer)) => format!("{image_part}layer/{layer}{}", path.display()),
        (Some(path), _, None) => format!("{image_part}unattributed{}", path.display()),
        (None, Some(field), _) => format!("{image_part}config/{field}"),
        (None, None, _) => format!("{image_part}unknown"),
    };
    let mut fragment = utf8_percent_encode(&fragment, URI_UNSAFE).to_string();
    for member in &at.nested {
        fragment.push_str("!/");
        fragment.push_str(&utf8_percent_encode(member, URI_UNSAFE).to_string());
    }
    // An absolute file URI: the SARIF Multitool refuses a relative reference with a fragment.
    let tarball = std::path::absolute(&input.path).map(|p| p.display().to_string()).unwrap_or_else(|_| input.path.clone());
    let uri = format!("file://{}#{fragment}", utf8_percent_encode(&tarball, URI_UNSAFE));
    let mut physical = json!({"artifactLocation": {"uri": uri}});
    if let Some(line) = at.line.filter(|line| *line > 0) {
        physical["region"] = json!({"startLine": line});
    } else if let Some(offset) = at.offset {
        physical["region"] = json!({"byteOffset": offset});
    }
    let refs = image.refs.first().cloned().unwrap_or_else(|| format!("image {}", image.index));
    let logical = match at.layer {
        Some(layer) => json!({
            "name": format!("layer {layer}"),
            "fullyQualifiedName": format!("{}/{refs}/layer/{layer}", input.path),
            "kind": "module",
            "properties": {"diffId": at.diff_id, "layerDigest": at.layer_digest, "createdBy": at.created_by},
        }),
        None => json!({"name": "config", "fullyQualifiedName": format!("{}/{refs}/config", input.path), "kind": "resource"}),
    };
    let mut properties = json!({"state": at.state, "layer": at.layer, "fileSha256": at.file_sha256, "nested": at.nested});
    if let Some(change) = at.runtime {
        properties["runtime"] = json!(change);
    }
    json!({
        "id": id,
        "physicalLocation": physical,
        "logicalLocations": [logical],
        "properties": properties,
    })
}

/// SARIF levels: critical and high are errors, medium a warning, the rest notes.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// The CVSS-like score GitHub code scanning sorts by.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "0.0",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_severity() {
        assert_eq!(level(Severity::Critical), "error");
        assert_eq!(level(Severity::High), "error");
        assert_eq!(level(Severity::Medium), "warning");
        assert_eq!(level(Severity::Low), "note");
        assert_eq!(level(Severity::Info), "note");
    }
}
