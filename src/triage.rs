//! What the analyst keeps and what the exit status counts: `--min-severity` drops findings
//! below a severity, `--baseline` marks findings an earlier report already held (by finding id)
//! as known, `--fail-on` sets the severity that makes the exit status 1.

use std::collections::HashSet;
use std::path::Path;

use clap::ValueEnum;
use serde_json::Value;

use crate::report::findings::severity_rank;
use crate::report::{BaselineState, InputReport, Report};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityLevel {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl SeverityLevel {
    /// Whether a finding of `severity` is at this level or above.
    pub fn admits(self, severity: &str) -> bool {
        let name = match self {
            SeverityLevel::Critical => "critical",
            SeverityLevel::High => "high",
            SeverityLevel::Medium => "medium",
            SeverityLevel::Low => "low",
            SeverityLevel::Info => "info",
        };
        severity_rank(severity) <= severity_rank(name)
    }
}

#[derive(Debug, Default)]
pub struct Triage {
    pub min_severity: Option<SeverityLevel>,
    /// Finding ids of the baseline report.
    pub baseline: Option<HashSet<String>>,
}

impl Triage {
    /// Applied to each input as it finishes, before it joins the report (so the summary counts
    /// what is kept).
    pub fn apply(&self, input: &mut InputReport) {
        for image in &mut input.images {
            if let Some(min) = self.min_severity {
                image.findings.retain(|finding| min.admits(&finding.severity));
            }
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

/// 2 when anything could not be read, 1 when a finding that is not known from the baseline is
/// at `fail_on` or above (any severity without it), else 0.
pub fn exit_status(report: &Report, fail_on: Option<SeverityLevel>) -> i32 {
    let counts = |finding: &&crate::report::Finding| {
        finding.baseline != Some(BaselineState::Known) && fail_on.is_none_or(|level| level.admits(&finding.severity))
    };
    if !report.complete {
        crate::commands::EXIT_ERROR
    } else if report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings).any(|f| counts(&f)) {
        crate::commands::EXIT_FINDINGS
    } else {
        crate::commands::EXIT_CLEAN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_admit_their_severity_and_above() {
        assert!(SeverityLevel::High.admits("critical"));
        assert!(SeverityLevel::High.admits("high"));
        assert!(!SeverityLevel::High.admits("medium"));
        assert!(SeverityLevel::Info.admits("low"));
        assert!(!SeverityLevel::Low.admits("info"));
    }
}
