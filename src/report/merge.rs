//! Joining the reports of the shards of one scan (`scan --shard K/N`) into the report that
//! scan would have written in one run: inputs, skips and errors in path order, counts summed.
//!
//! Each input's section is carried over as the exact JSON text its shard wrote (it is complete
//! in itself: images, shared layers, findings with all their locations), so merging never
//! loses or reformats a field, and N merged shards equal one unsharded run byte for byte, the
//! clock aside.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::Summary;
use crate::evidence::input::Skipped;

/// A report as written, with each input kept as its JSON text. The fields are those of
/// [`super::Report`], in its order.
#[derive(Serialize, Deserialize)]
pub struct Merged {
    schema_version: String,
    tool: Box<RawValue>,
    started_at: String,
    finished_at: String,
    pub complete: bool,
    interrupted: bool,
    inputs: Vec<Box<RawValue>>,
    skipped: Vec<Skipped>,
    errors: Vec<String>,
    content_scan: Option<Box<RawValue>>,
    pub summary: Summary,
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: not a layerhound report: {source}")]
    Parse { path: String, source: serde_json::Error },
    #[error("{path}: {what} differs from {first}'s: shards of one scan share the tool, the schema and the rules")]
    Mismatch { path: String, first: String, what: &'static str },
    #[error("input {input} is in more than one report (the same shard twice?)")]
    Duplicate { input: String },
    #[error("no report to merge")]
    Empty,
}

/// The part of an input's section the merge needs to order it.
#[derive(Deserialize)]
struct InputKey {
    path: String,
}

pub fn merge(paths: &[impl AsRef<Path>]) -> Result<Merged, MergeError> {
    let mut merged: Option<(String, Merged)> = None;
    for path in paths {
        let path = path.as_ref().display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|source| MergeError::Io { path: path.clone(), source })?;
        let shard: Merged = serde_json::from_str(&text).map_err(|source| MergeError::Parse { path: path.clone(), source })?;
        match &mut merged {
            None => merged = Some((path, shard)),
            Some((first, whole)) => {
                let mismatch = |what| MergeError::Mismatch { path: path.clone(), first: first.clone(), what };
                if shard.schema_version != whole.schema_version {
                    return Err(mismatch("the schema version"));
                }
                if shard.tool.get() != whole.tool.get() {
                    return Err(mismatch("the tool version"));
                }
                if shard.content_scan.as_ref().map(|c| c.get()) != whole.content_scan.as_ref().map(|c| c.get()) {
                    return Err(mismatch("content_scan (rules, detectors, bounds)"));
                }
                whole.absorb(shard);
            }
        }
    }
    let (_, mut whole) = merged.ok_or(MergeError::Empty)?;
    let mut keyed = Vec::with_capacity(whole.inputs.len());
    for input in std::mem::take(&mut whole.inputs) {
        let key: InputKey = serde_json::from_str(input.get()).map_err(|source| MergeError::Parse { path: "an input".into(), source })?;
        keyed.push((key.path, input));
    }
    keyed.sort_by(|a, b| Path::new(&a.0).cmp(Path::new(&b.0)));
    if let Some(pair) = keyed.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(MergeError::Duplicate { input: pair[0].0.clone() });
    }
    whole.inputs = keyed.into_iter().map(|(_, input)| input).collect();
    // Every shard walked the same paths: what the walk itself met is in each of them once.
    whole.skipped.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)).then_with(|| a.reason.cmp(&b.reason)));
    whole.skipped.dedup_by(|a, b| a.path == b.path && a.reason == b.reason);
    let shard_errors = whole.errors.len();
    let errors: BTreeSet<String> = std::mem::take(&mut whole.errors).into_iter().collect();
    whole.errors = errors.into_iter().collect();
    whole.summary.errors -= shard_errors - whole.errors.len();
    Ok(whole)
}

impl Merged {
    fn absorb(&mut self, shard: Merged) {
        self.started_at = self.started_at.clone().min(shard.started_at);
        self.finished_at = self.finished_at.clone().max(shard.finished_at);
        self.complete &= shard.complete;
        self.interrupted |= shard.interrupted;
        self.inputs.extend(shard.inputs);
        self.skipped.extend(shard.skipped);
        self.errors.extend(shard.errors);
        self.summary.add(shard.summary);
    }
}

impl Summary {
    /// Counts of disjoint sets of inputs add up (top-level errors are deduplicated by the merge).
    fn add(&mut self, other: Summary) {
        self.inputs += other.inputs;
        self.images += other.images;
        self.layers += other.layers;
        self.file_versions += other.file_versions;
        self.findings += other.findings;
        for (kind, count) in other.findings_by_kind {
            *self.findings_by_kind.entry(kind).or_insert(0) += count;
        }
        for (severity, count) in other.findings_by_severity {
            *self.findings_by_severity.entry(severity).or_insert(0) += count;
        }
        self.low_confidence_findings += other.low_confidence_findings;
        self.allowed_findings += other.allowed_findings;
        self.anomalies += other.anomalies;
        self.errors += other.errors;
    }
}
