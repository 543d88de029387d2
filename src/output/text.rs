//! The report for a person at a terminal: `full` is the `text` format, `brief` the summary the
//! scan prints on stderr when the report goes elsewhere. Every string from the image passes
//! through [`clean`] (or `display_bytes` for paths): a label must not drive the terminal.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use anstyle::{AnsiColor, Effects, Style};

use super::{serde_name, Headline};
use crate::evidence::input::Compression;
use crate::report::diff::{Diff, FileInfo, LayerInfo};
use crate::report::{AnomalyLevel, BaselineState, Finding, FindingLocation, ImageReport, InputReport, NotScanned, Report};
use crate::shared::digest::{OciDigest, Sha256Sum};
use crate::shared::level::{Confidence, Severity, ACTIONABLE};
use crate::shared::pathbytes::PathRepr;

/// Findings shown per image in the brief summary; the report has them all.
const BRIEF_FINDINGS: usize = 10;
/// Not-scanned records listed per image in the full text; the rest are counted.
const LISTED_NOT_SCANNED: usize = 5;

/// The `text` format: per input and image the refs, verification, layers, counts per state and
/// severity, every finding grouped by severity, and what could not be scanned.
pub fn full(report: &Report, color: bool) -> String {
    let paint = Painter { color };
    let mut out = String::new();
    for input in &report.inputs {
        input_header(&mut out, input, &paint);
        for image in &input.images {
            image_header(&mut out, image, &paint);
            layers(&mut out, image);
            let fs = &image.filesystem;
            let _ = writeln!(
                out,
                "    files: {} present, {} deleted, {} overwritten versions; {} anomalies",
                fs.present,
                fs.deleted,
                fs.overwritten,
                image.anomalies.len()
            );
            let _ = writeln!(out, "    findings: {}", severity_counts(&image.findings, &paint));
            findings_by_severity(&mut out, &image.findings, &paint);
            not_scanned(&mut out, "    ", &image.not_scanned, &paint);
            for anomaly in image.anomalies.iter().filter(|a| a.severity == AnomalyLevel::Error) {
                let _ = writeln!(out, "    {} {}: {}", paint.error("anomaly"), anomaly.kind, clean(&anomaly.message));
            }
        }
        not_scanned(&mut out, "  ", &input.not_scanned, &paint);
    }
    trailer(&mut out, report, &paint);
    out
}

/// A few lines for the analyst at the terminal while the report goes to a file or a pipe: per
/// image its layers, versions, the headline counts and the first ten findings (severe and
/// confident first).
pub fn brief(report: &Report, color: bool) -> String {
    let paint = Painter { color };
    let mut out = String::new();
    for input in &report.inputs {
        let _ = writeln!(out, "{}", clean(&input.path));
        for error in &input.errors {
            let _ = writeln!(out, "  {} {}", paint.error("ERROR"), clean(error));
        }
        for image in &input.images {
            let fs = &image.filesystem;
            let _ = writeln!(
                out,
                "  image {}: {}: {} layers {}, {} present / {} deleted / {} overwritten versions, {} hidden files, {} anomalies, {} findings",
                image.index,
                refs(image),
                image.layers.len(),
                verified(image.verified, &paint),
                fs.present,
                fs.deleted,
                fs.overwritten,
                image.hidden_versions.len(),
                image.anomalies.len(),
                image.findings.len(),
            );
            if !image.findings.is_empty() {
                let _ = writeln!(out, "    findings: {}", severity_counts(&image.findings, &paint));
            }
            // The most severe and confident first (the report's order).
            for finding in image.findings.iter().take(BRIEF_FINDINGS) {
                let Some(at) = finding.locations.first() else { continue };
                let more = finding.locations.len() - 1;
                let _ = writeln!(
                    out,
                    "    {} {}{}{}",
                    paint.severity(finding.severity, finding.severity.name()),
                    finding_head(finding),
                    location(at, Some(finding.confidence)),
                    if more > 0 { format!(" and {more} more locations") } else { String::new() }
                );
            }
            if image.findings.len() > BRIEF_FINDINGS {
                let _ = writeln!(out, "    … {} more findings in the report", image.findings.len() - BRIEF_FINDINGS);
            }
        }
    }
    trailer(&mut out, report, &paint);
    out
}

/// `layerhound diff` for a terminal: both images, then what B added, changed and deleted (each
/// with the layer that made it) and the findings new in B.
pub fn diff(diff: &Diff, color: bool) -> String {
    let paint = Painter { color };
    let mut out = String::new();
    for (name, side) in [("a", &diff.a), ("b", &diff.b)] {
        let refs = if side.refs.is_empty() { "(untagged)".to_string() } else { clean(&side.refs.join(", ")) };
        let _ = writeln!(out, "{name}: {} image {}: {}, {} layers", clean(&side.input), side.image, paint.bold(&refs), side.layers.len());
    }
    let _ = writeln!(out, "b shares its first {} layers with a", diff.shared_layers);
    if !diff.added.is_empty() {
        let _ = writeln!(out, "{} ({})", paint.bold("added in b"), diff.added.len());
        for added in &diff.added {
            let _ = writeln!(
                out,
                "  {} {}  {}  b {}",
                paint.error("+"),
                added.path.display(),
                file_summary(&added.b),
                layer_line(&added.b.layer)
            );
        }
    }
    if !diff.changed.is_empty() {
        let _ = writeln!(out, "{} ({})", paint.bold("changed"), diff.changed.len());
        for changed in &diff.changed {
            let what: Vec<String> = changed.changes.iter().map(|change| change_detail(change, &changed.a, &changed.b)).collect();
            let _ = writeln!(out, "  {} {}  {}", paint.warn("~"), changed.path.display(), what.join(", "));
            let _ = writeln!(out, "      a {}", layer_line(&changed.a.layer));
            let _ = writeln!(out, "      b {}", layer_line(&changed.b.layer));
        }
    }
    if !diff.deleted.is_empty() {
        let _ = writeln!(out, "{} ({})", paint.bold("deleted in b"), diff.deleted.len());
        for deleted in &diff.deleted {
            let by = deleted.deleted_by.as_ref().map(|layer| format!("; removed by b {}", layer_line(layer))).unwrap_or_default();
            let _ = writeln!(out, "  - {}  {}  a {}{by}", deleted.path.display(), file_summary(&deleted.a), layer_line(&deleted.a.layer));
        }
    }
    if !diff.new_findings.is_empty() {
        let _ = writeln!(out, "{} ({})", paint.bold("findings new in b"), diff.new_findings.len());
        findings_by_severity(&mut out, &diff.new_findings, &paint);
    }
    for error in &diff.errors {
        let _ = writeln!(out, "{} {}", paint.error("error:"), clean(error));
    }
    let s = &diff.summary;
    let state = if diff.complete { "complete".to_string() } else { paint.error("INCOMPLETE: not everything could be read or scanned") };
    let _ = writeln!(
        out,
        "{} added, {} changed, {} deleted, {} unchanged; {} findings new in b (a: {}, b: {}); {state}",
        s.added, s.changed, s.deleted, s.unchanged, s.new_findings, s.findings_a, s.findings_b
    );
    out
}

/// `file 0644 0:0 75 bytes` or `symlink -> /target`.
fn file_summary(file: &FileInfo) -> String {
    let mut line = format!("{} {} {}:{}", file.kind, file.mode, file.uid, file.gid);
    match &file.link_target {
        Some(target) if file.kind == "symlink" => line.push_str(&format!(" -> {}", target.display())),
        _ if file.kind == "file" => line.push_str(&format!(" {} bytes", file.size)),
        _ => {}
    }
    if let Some(runtime) = file.runtime {
        line.push_str(&format!(" ({})", runtime.phrase()));
    }
    line
}

/// `layer 2 sha256:0123456789ab /bin/sh -c …`.
fn layer_line(layer: &LayerInfo) -> String {
    format!(
        "layer {} {} {}",
        layer.index,
        layer.digest.map_or_else(|| "(unread)".into(), short_digest),
        clean(layer.created_by.as_deref().unwrap_or("(no command recorded)"))
    )
}

fn change_detail(change: &str, a: &FileInfo, b: &FileInfo) -> String {
    let short = |sha: &Option<Sha256Sum>| sha.map_or_else(|| "(not hashed)".into(), |sha| format!("{sha:.12}"));
    let target = |file: &FileInfo| file.link_target.as_ref().map_or_else(String::new, PathRepr::display);
    match change {
        "type" => format!("type {} → {}", a.kind, b.kind),
        "content" => format!("content {} → {} ({} → {} bytes)", short(&a.sha256), short(&b.sha256), a.size, b.size),
        "mode" => format!("mode {} → {}", a.mode, b.mode),
        "owner" => format!("owner {}:{} → {}:{}", a.uid, a.gid, b.uid, b.gid),
        "link_target" => format!("target {} → {}", target(a), target(b)),
        other => other.to_string(),
    }
}

fn input_header(out: &mut String, input: &InputReport, paint: &Painter) {
    let _ = writeln!(
        out,
        "{}  {} bytes, sha256 {}{}{}",
        paint.bold(&clean(&input.path)),
        input.size,
        input.sha256.map_or_else(|| "(unreadable)".into(), |sha| sha.to_string()),
        input.compression.filter(|c| *c != Compression::None).map(|c| format!(", {}", serde_name(&c))).unwrap_or_default(),
        if input.format.is_empty() { String::new() } else { format!(", {}", input.format.join(" + ")) },
    );
    for error in &input.errors {
        let _ = writeln!(out, "  {} {}", paint.error("ERROR"), clean(error));
    }
    if !input.missing_blobs.is_empty() {
        let _ = writeln!(out, "  {} manifests named but not in the archive (other platforms, attestations)", input.missing_blobs.len());
    }
}

fn image_header(out: &mut String, image: &ImageReport, paint: &Painter) {
    let _ = writeln!(
        out,
        "  image {}: {} ({}), {} layers {}",
        image.index,
        paint.bold(&refs(image)),
        clean(image.platform.as_deref().unwrap_or("unknown platform")),
        image.layers.len(),
        verified(image.verified, paint)
    );
    if let Some(digest) = &image.config_digest {
        let _ = writeln!(out, "    config {digest}");
    }
    if let Some(container) = &image.container {
        let image_name =
            container.image_refs.first().cloned().or_else(|| container.image_id.clone()).unwrap_or_else(|| "(image unknown)".into());
        let state = if container.running { "running" } else { "not running" };
        let _ = writeln!(
            out,
            "    container {} {} of {}, {state}; created {}, last finished {}",
            clean(&container.name),
            container.id,
            clean(&image_name),
            container.created.as_deref().unwrap_or("?"),
            container.finished_at.as_deref().unwrap_or("?")
        );
        let _ = writeln!(out, "    command {}", clean(&container.command.join(" ")));
    }
}

fn layers(out: &mut String, image: &ImageReport) {
    for layer in &image.layers {
        let counts = image.filesystem.per_layer.get(layer.index);
        let _ = writeln!(
            out,
            "    layer {:>2} {} {:<12} {:>5} entries  {}{}",
            layer.index,
            layer.diff_id.map_or_else(|| "(unread)".into(), short_digest),
            if layer.verified { "verified" } else { "NOT verified" },
            counts.map_or(0, |c| c.entries),
            clean(layer.created_by.as_deref().unwrap_or("(no command recorded)")),
            layer.error.as_deref().map(|err| format!("  ERROR {}", clean(err))).unwrap_or_default(),
        );
    }
}

/// One group per severity of the findings that lead (confidence medium or high), most severe
/// first, then one group of those at low confidence, each with its severity.
fn findings_by_severity(out: &mut String, findings: &[Finding], paint: &Painter) {
    let mut groups: BTreeMap<Reverse<Severity>, Vec<&Finding>> = BTreeMap::new();
    let mut doubtful: Vec<&Finding> = Vec::new();
    for finding in findings {
        if finding.confidence < ACTIONABLE {
            doubtful.push(finding);
        } else {
            groups.entry(Reverse(finding.severity)).or_default().push(finding);
        }
    }
    for (Reverse(severity), group) in groups {
        let _ = writeln!(out, "    {} ({})", paint.severity(severity, &severity.name().to_uppercase()), group.len());
        for finding in group {
            finding_lines(out, finding, "");
        }
    }
    if !doubtful.is_empty() {
        doubtful.sort_by_key(|finding| Reverse(finding.severity));
        let _ = writeln!(out, "    {} ({})", paint.dim("AT LOW CONFIDENCE"), doubtful.len());
        for finding in doubtful {
            finding_lines(out, finding, &format!("{} ", paint.severity(finding.severity, finding.severity.name())));
        }
    }
}

fn finding_lines(out: &mut String, finding: &Finding, lead: &str) {
    let description = finding.description.as_deref().map(|d| format!("  {}", clean(d))).unwrap_or_default();
    let _ = writeln!(out, "      {lead}{}[{} confidence]{description}", finding_head(finding), finding.confidence);
    for at in &finding.locations {
        let _ = writeln!(out, "        {}", location(at, None).trim_start());
    }
}

/// `namespace:rule` with the redacted secret or the indicator, and a marker for baseline findings.
fn finding_head(finding: &Finding) -> String {
    let detail = match (&finding.secret, finding.kind) {
        (Some(secret), _) => match &secret.provider {
            Some(provider) => format!(" {} (for {})", clean(&secret.redacted), clean(provider)),
            None => format!(" {}", clean(&secret.redacted)),
        },
        (None, "ioc") => finding.detector.tags.first().map(|indicator| format!(" {}", clean(indicator))).unwrap_or_default(),
        _ => String::new(),
    };
    let known = if finding.baseline == Some(BaselineState::Known) { " [known]" } else { "" };
    format!("{}:{}{detail}{known} ", clean(&finding.detector.namespace), clean(&finding.detector.rule))
}

/// `PLACE (layer N, STATE[, confidence C])`.
fn location(at: &FindingLocation, confidence: Option<Confidence>) -> String {
    let layer = at.layer.map(|layer| format!("layer {layer}, ")).unwrap_or_default();
    let confidence = confidence.map(|c| format!(", confidence {c}")).unwrap_or_default();
    let runtime = at.runtime.map(|change| format!(", {}", change.phrase())).unwrap_or_default();
    format!("{} ({layer}{}{runtime}{confidence})", clean(&at.place()), at.state.name())
}

/// The headline: what leads per severity, then how many more are at low confidence.
fn severity_counts(findings: &[Finding], paint: &Painter) -> String {
    let counts = Headline::of(findings).describe(|severity, text| paint.severity(severity, &text));
    let known = findings.iter().filter(|f| f.baseline == Some(BaselineState::Known)).count();
    if known > 0 {
        format!("{counts} ({known} known from the baseline)")
    } else {
        counts
    }
}

fn not_scanned(out: &mut String, indent: &str, records: &[NotScanned], paint: &Painter) {
    if records.is_empty() {
        return;
    }
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    for record in records {
        *kinds.entry(record.kind.map_or_else(|| "other".into(), |kind| serde_name(&kind))).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.into_iter().map(|(kind, n)| format!("{kind} {n}")).collect();
    let _ = writeln!(out, "{indent}{} {} ({})", paint.warn("not scanned:"), records.len(), kinds.join(", "));
    for record in records.iter().take(LISTED_NOT_SCANNED) {
        let what = match &record.path {
            Some(path) => {
                let mut place = path.display();
                record.nested.iter().for_each(|member| {
                    place.push_str("!/");
                    place.push_str(member);
                });
                let layer = record.layer.map(|l| format!(" (layer {l})")).unwrap_or_default();
                format!("{place}{layer}")
            }
            None => record.what.clone(),
        };
        let _ = writeln!(out, "{indent}  {}: {}", clean(&what), clean(&record.reason));
    }
    if records.len() > LISTED_NOT_SCANNED {
        let _ = writeln!(out, "{indent}  … {} more in the report", records.len() - LISTED_NOT_SCANNED);
    }
}

fn trailer(out: &mut String, report: &Report, paint: &Painter) {
    for skipped in &report.skipped {
        let _ = writeln!(out, "skipped {}: {}", clean(&skipped.path), clean(&skipped.reason));
    }
    for error in &report.errors {
        let _ = writeln!(out, "{} {}", paint.error("error:"), clean(error));
    }
    let s = &report.summary;
    let state = if report.interrupted {
        paint.error("INTERRUPTED")
    } else if report.complete {
        "complete".to_string()
    } else {
        paint.error("INCOMPLETE: see errors and not_scanned in the report")
    };
    let allowed = if s.allowed_findings > 0 { format!(" ({} allowed by the config)", s.allowed_findings) } else { String::new() };
    let _ = writeln!(
        out,
        "{} inputs, {} images, {} layers, {} findings{allowed}, {} errors; {state}",
        s.inputs, s.images, s.layers, s.findings, s.errors
    );
}

fn refs(image: &ImageReport) -> String {
    if image.refs.is_empty() {
        "(untagged)".to_string()
    } else {
        clean(&image.refs.join(", "))
    }
}

fn verified(verified: bool, paint: &Painter) -> String {
    if verified {
        "verified".into()
    } else {
        paint.error("NOT VERIFIED")
    }
}

/// `sha256:0123456789ab`: enough to tell layers apart on a terminal.
fn short_digest(digest: OciDigest) -> String {
    format!("sha256:{:.12}", digest.sum())
}

/// Text from the image with control characters (escape sequences, newlines) shown as `\xNN`.
pub fn clean(text: &str) -> String {
    crate::shared::pathbytes::display_bytes(text.as_bytes())
}

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn bold(&self, text: &str) -> String {
        self.paint(text, Style::new().effects(Effects::BOLD))
    }

    fn error(&self, text: &str) -> String {
        self.paint(text, Style::new().fg_color(Some(AnsiColor::Red.into())).effects(Effects::BOLD))
    }

    fn dim(&self, text: &str) -> String {
        self.paint(text, Style::new().effects(Effects::DIMMED))
    }

    fn warn(&self, text: &str) -> String {
        self.paint(text, Style::new().fg_color(Some(AnsiColor::Yellow.into())))
    }

    /// `label` in the colour of `severity`.
    fn severity(&self, severity: Severity, label: &str) -> String {
        let style = match severity {
            Severity::Critical => Style::new().fg_color(Some(AnsiColor::Red.into())).effects(Effects::BOLD),
            Severity::High => Style::new().fg_color(Some(AnsiColor::Red.into())),
            Severity::Medium => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Severity::Low => Style::new().fg_color(Some(AnsiColor::Cyan.into())),
            Severity::Info => Style::new().effects(Effects::DIMMED),
        };
        self.paint(label, style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_from_the_image_do_not_reach_the_terminal() {
        assert_eq!(clean("evil\x1b[2Jlabel\n"), "evil\\x1b[2Jlabel\\x0a");
    }
}
