//! What the analyst keeps and what the exit status counts: `--min-severity` and
//! `--min-confidence` drop findings below a severity or a confidence, `--baseline` marks
//! findings an earlier report already held (by finding id) as known, the config file's
//! allow-list leaves out findings by id or path (counted as allowed), `--fail-on` sets the
//! severity (and confidence) that makes the exit status 1.

use std::collections::HashSet;
use std::path::Path;
use std::str::FromStr;

use serde_json::Value;

use crate::report::{BaselineState, Finding, InputReport, Report};
use crate::shared::level::{Confidence, Severity, UnknownLevel, ACTIONABLE};

/// `--fail-on SEVERITY[:CONFIDENCE]`: the findings that make the exit status 1 are those at
/// that severity or above and at that confidence or above, medium when not given, so
/// `--fail-on high` trips on high and critical findings of medium or high confidence and not on
/// a private key inside a shared library (confidence low); `--fail-on high:low` counts those too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailOn {
    pub severity: Severity,
    pub confidence: Confidence,
}

impl FailOn {
    pub fn trips(&self, finding: &Finding) -> bool {
        finding.severity >= self.severity && finding.confidence >= self.confidence
    }
}

impl FromStr for FailOn {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let (severity, confidence) = match text.split_once(':') {
            Some((severity, confidence)) => (severity, Some(confidence)),
            None => (text, None),
        };
        let severity = severity.parse().map_err(|err: UnknownLevel| err.to_string())?;
        let confidence = confidence.map(str::parse).transpose().map_err(|err: UnknownLevel| err.to_string())?.unwrap_or(ACTIONABLE);
        Ok(FailOn { severity, confidence })
    }
}

#[derive(Debug, Default)]
pub struct Triage {
    pub min_severity: Option<Severity>,
    pub min_confidence: Option<Confidence>,
    /// Finding ids of the baseline report.
    pub baseline: Option<HashSet<String>>,
    pub allow: Allow,
}

/// Findings the analyst has reviewed and accepts (`[allow]` in `layerhound.toml`).
#[derive(Debug, Default, Clone)]
pub struct Allow {
    pub ids: HashSet<String>,
    /// A path allows itself and everything under it.
    pub paths: Vec<Vec<u8>>,
}

impl Allow {
    /// A finding is allowed when its id is listed, or when every place it is at is a file under
    /// an allowed path (the same secret also in an `ENV` entry or another file is still shown).
    pub fn covers(&self, finding: &Finding) -> bool {
        if self.ids.contains(&finding.id) {
            return true;
        }
        let allowed = |path: &[u8]| {
            self.paths.iter().any(|allowed| {
                path.strip_prefix(allowed.as_slice()).is_some_and(|rest| rest.is_empty() || rest[0] == b'/' || allowed.ends_with(b"/"))
            })
        };
        !self.paths.is_empty()
            && !finding.locations.is_empty()
            && finding.locations.iter().all(|at| at.path.as_ref().is_some_and(|path| allowed(&path.0)))
    }
}

impl Triage {
    /// Applied to each input as it finishes, before it joins the report (so the summary counts
    /// what is kept).
    pub fn apply(&self, input: &mut InputReport) {
        for image in &mut input.images {
            if let Some(min) = self.min_severity {
                image.findings.retain(|finding| finding.severity >= min);
            }
            if let Some(min) = self.min_confidence {
                image.findings.retain(|finding| finding.confidence >= min);
            }
            let before = image.findings.len();
            image.findings.retain(|finding| !self.allow.covers(finding));
            image.allowed_findings += before - image.findings.len();
            if let Some(known) = &self.baseline {
                for finding in &mut image.findings {
                    finding.baseline = Some(if known.contains(&finding.id) { BaselineState::Known } else { BaselineState::New });
                }
            }
        }
    }
}

/// The finding ids of an earlier JSON report (`layerhound scan --format json`).
pub fn load_baseline(path: &Path) -> Result<HashSet<String>, String> {
    let bytes = std::fs::read(path).map_err(|err| format!("baseline {}: {err}", path.display()))?;
    let report: Value = serde_json::from_slice(&bytes).map_err(|err| format!("baseline {}: not a JSON report: {err}", path.display()))?;
    let inputs =
        report["inputs"].as_array().ok_or_else(|| format!("baseline {}: not a layerhound JSON report (no inputs)", path.display()))?;
    Ok(inputs
        .iter()
        .flat_map(|input| input["images"].as_array().into_iter().flatten())
        .flat_map(|image| image["findings"].as_array().into_iter().flatten())
        .filter_map(|finding| finding["id"].as_str().map(String::from))
        .collect())
}

pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

/// 2 when anything could not be read, 1 when a finding that is not known from the baseline
/// trips `fail_on` (any finding kept, whatever its levels, without it), else 0.
pub fn exit_status(report: &Report, fail_on: Option<FailOn>) -> i32 {
    let counts =
        |finding: &&Finding| finding.baseline != Some(BaselineState::Known) && fail_on.is_none_or(|fail_on| fail_on.trips(finding));
    if !report.complete {
        EXIT_ERROR
    } else if report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings).any(|f| counts(&f)) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_on_takes_a_severity_and_a_confidence_medium_unless_given() {
        let parse = |text: &str| text.parse::<FailOn>();
        assert_eq!(parse("high"), Ok(FailOn { severity: Severity::High, confidence: Confidence::Medium }));
        assert_eq!(parse("critical:low"), Ok(FailOn { severity: Severity::Critical, confidence: Confidence::Low }));
        assert_eq!(parse("Medium:High"), Ok(FailOn { severity: Severity::Medium, confidence: Confidence::High }));
        for bad in ["crit", "high:sure", "high:", ":low", "high:low:low"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse("crit").is_err_and(|err| err.contains("unknown severity \"crit\"")));
    }
}
