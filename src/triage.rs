//! What the analyst keeps and what the exit status counts: `--min-severity` drops findings
//! below a severity, `--baseline` marks findings an earlier report already held (by finding id)
//! as known, the config file's allow-list leaves out findings by id or path (counted as
//! allowed), `--fail-on` sets the severity that makes the exit status 1.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

use crate::level::Severity;
use crate::report::{BaselineState, Finding, InputReport, Report};

#[derive(Debug, Default)]
pub struct Triage {
    pub min_severity: Option<Severity>,
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

/// 2 when anything could not be read, 1 when a finding that is not known from the baseline is
/// at `fail_on` or above (any severity without it), else 0.
pub fn exit_status(report: &Report, fail_on: Option<Severity>) -> i32 {
    let counts = |finding: &&crate::report::Finding| {
        finding.baseline != Some(BaselineState::Known) && fail_on.is_none_or(|level| finding.severity >= level)
    };
    if !report.complete {
        EXIT_ERROR
    } else if report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings).any(|f| counts(&f)) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}
