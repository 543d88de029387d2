//! One self-contained HTML case file to open offline: the summary, each image's layer timeline
//! with created_by, and a findings table (one row per location, the report's order: severe and
//! confident first) filterable by severity, confidence, category, layer and state, each row with its redacted evidence and provenance.
//!
//! The image is hostile: every string from it is escaped for the place it goes (text or quoted
//! attribute) and none is ever put inside the script or the style; the Content-Security-Policy
//! allows no network access at all.

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::{serde_name, Headline};
use crate::report::{Finding, FindingLocation, ImageReport, InputReport, Report};

const STYLE: &str = r#"
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ccc; } h3 { margin-bottom: .3em; }
table { border-collapse: collapse; margin: .5em 0; } th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } code, .mono { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
.sev-critical { background: #7a0010; color: #fff; } .sev-high { background: #d62b2b; color: #fff; }
.sev-medium { background: #f0ad4e; } .sev-low { background: #d9edf7; } .bad { color: #b00; font-weight: bold; }
.filters label { margin-right: 1em; } #js-errors:empty { display: none; } #js-errors { color: #b00; white-space: pre; }
details summary { cursor: pointer; } dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; } dt { font-weight: bold; }
"#;

/// Reports script errors into the page (a test reads them back), then wires the filters; a
/// URL fragment such as `#severity=critical&state=deleted` presets them.
const SCRIPT: &str = r#"
window.addEventListener('error', function (e) { document.getElementById('js-errors').textContent += 'error: ' + e.message + '\n'; });
document.addEventListener('DOMContentLoaded', function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr'));
  var names = ['severity', 'confidence', 'category', 'layer', 'state'];
  var preset = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv.length === 2) { preset[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]); }
  });
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = names.every(function (name) {
        var wanted = document.getElementById('f-' + name).value;
        return wanted === '' || row.dataset[name] === wanted;
      });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' rows shown';
  }
  names.forEach(function (name) {
    var select = document.getElementById('f-' + name);
    var seen = {};
    rows.forEach(function (row) {
      var value = row.dataset[name];
      if (!Object.prototype.hasOwnProperty.call(seen, value)) {
        seen[value] = true;
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      }
    });
    if (Object.prototype.hasOwnProperty.call(seen, preset[name])) { select.value = preset[name]; }
    select.addEventListener('change', apply);
  });
  apply();
  document.body.setAttribute('data-ready', 'yes');
});
"#;

pub fn page(report: &Report) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    let _ = writeln!(out, "<title>layerhound report {}</title>", text(&report.started_at));
    let _ = writeln!(out, "<style>{STYLE}</style>\n<script>{SCRIPT}</script>\n</head><body>");
    out.push_str("<h1>layerhound report</h1>\n<div id=\"js-errors\"></div>\n");
    summary(&mut out, report);
    for input in &report.inputs {
        input_section(&mut out, input);
    }
    findings_table(&mut out, report);
    out.push_str("</body></html>\n");
    out
}

fn summary(out: &mut String, report: &Report) {
    let s = &report.summary;
    let state = if report.interrupted {
        "<span class=\"bad\">interrupted</span>"
    } else if report.complete {
        "complete"
    } else {
        "<span class=\"bad\">incomplete: see errors and not scanned</span>"
    };
    // What is severe and confident leads; low-confidence findings are counted apart.
    let headline = Headline::of(report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.findings))
        .describe(|severity, counted| format!("<span class=\"sev-{severity}\">{counted}</span>"));
    let _ = writeln!(
        out,
        "<section id=\"summary\"><h2>Summary</h2><dl>\
         <dt>tool</dt><dd>{} {} (report schema {})</dd><dt>scan</dt><dd>{} to {}, {state}</dd>\
         <dt>inputs</dt><dd>{}</dd><dt>images</dt><dd>{}</dd><dt>layers</dt><dd>{}</dd><dt>file versions</dt><dd>{}</dd>\
         <dt>findings</dt><dd id=\"finding-count\">{} {}</dd><dt>anomalies</dt><dd>{}</dd><dt>errors</dt><dd>{}</dd></dl>",
        report.tool.name,
        report.tool.version,
        report.schema_version,
        text(&report.started_at),
        text(&report.finished_at),
        s.inputs,
        s.images,
        s.layers,
        s.file_versions,
        s.findings,
        if s.findings == 0 { String::new() } else { format!("({headline})") },
        s.anomalies,
        s.errors,
    );
    list(out, "Errors", report.errors.iter().map(|e| text(e).into_owned()));
    list(out, "Skipped", report.skipped.iter().map(|s| format!("<code>{}</code>: {}", text(&s.path), text(&s.reason))));
    out.push_str("</section>\n");
}

fn input_section(out: &mut String, input: &InputReport) {
    let _ = writeln!(
        out,
        "<section class=\"input\"><h2>{}</h2><dl><dt>sha256</dt><dd class=\"mono\">{}</dd><dt>size</dt><dd>{} bytes</dd>\
         <dt>compression</dt><dd>{}</dd><dt>tar sha256</dt><dd class=\"mono\">{}</dd><dt>layout</dt><dd>{}</dd></dl>",
        text(&input.path),
        text(&input.sha256.map_or_else(|| "(unreadable)".into(), |sha| sha.to_string())),
        input.size,
        input.compression.map(|c| serde_name(&c)).unwrap_or_default(),
        text(&input.tar_sha256.map_or_else(|| "-".into(), |sha| sha.to_string())),
        text(&input.format.join(" + ")),
    );
    list(out, "Errors", input.errors.iter().map(|e| text(e).into_owned()));
    for image in &input.images {
        image_section(out, image);
    }
    not_scanned(out, &input.not_scanned);
    out.push_str("</section>\n");
}

fn image_section(out: &mut String, image: &ImageReport) {
    let refs = if image.refs.is_empty() { "(untagged)".to_string() } else { image.refs.join(", ") };
    let verified = if image.verified { "verified".to_string() } else { "<span class=\"bad\">NOT verified</span>".to_string() };
    let config = &image.config;
    let words = |words: &Option<Vec<String>>| words.as_ref().map(|w| text(&w.join(" ")).into_owned()).unwrap_or_default();
    let _ = writeln!(
        out,
        "<h3>image {}: {}</h3><dl><dt>platform</dt><dd>{}</dd><dt>layers</dt><dd>{}, {verified}</dd>\
         <dt>config</dt><dd class=\"mono\">{}</dd><dt>user</dt><dd>{}</dd><dt>entrypoint</dt><dd class=\"mono\">{}</dd>\
         <dt>cmd</dt><dd class=\"mono\">{}</dd><dt>files</dt><dd>{} present, {} deleted, {} overwritten versions</dd></dl>",
        image.index,
        text(&refs),
        text(image.platform.as_deref().unwrap_or("unknown")),
        image.layers.len(),
        text(&image.config_digest.map_or_else(|| "(unreadable)".into(), |digest| digest.to_string())),
        text(config.user.as_deref().unwrap_or("")),
        words(&config.entrypoint),
        words(&config.cmd),
        image.filesystem.present,
        image.filesystem.deleted,
        image.filesystem.overwritten,
    );
    list(out, "Labels", config.labels.iter().map(|(key, value)| format!("<code>{}</code> = <code>{}</code>", text(key), text(value))));
    out.push_str(
        "<table class=\"timeline\"><thead><tr><th>layer</th><th>created</th><th>created_by</th><th>diff_id</th>\
         <th>verified</th><th>entries</th><th>present</th><th>deleted</th><th>overwritten</th></tr></thead><tbody>\n",
    );
    for layer in &image.layers {
        let counts = image.filesystem.per_layer.get(layer.index);
        let count = |f: fn(&crate::report::LayerFilesystem) -> usize| counts.map_or(0, f);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"mono\">{}</td><td class=\"mono\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            layer.index,
            text(layer.created.as_deref().unwrap_or("")),
            text(layer.created_by.as_deref().unwrap_or("")),
            text(&layer.diff_id.map_or_else(|| "(unread)".into(), |digest| digest.to_string())),
            if layer.verified { "yes" } else { "<span class=\"bad\">no</span>" },
            count(|c| c.entries),
            count(|c| c.present),
            count(|c| c.deleted),
            count(|c| c.overwritten),
        );
    }
    out.push_str("</tbody></table>\n");
    not_scanned(out, &image.not_scanned);
    list(
        out,
        "Anomalies",
        image.anomalies.iter().map(|a| format!("{} <code>{}</code>: {}", serde_name(&a.severity), text(&a.kind), text(&a.message))),
    );
}

fn not_scanned(out: &mut String, records: &[crate::report::NotScanned]) {
    list(
        out,
        "Not scanned",
        records.iter().map(|r| {
            let place = r.path.as_ref().map(|p| p.display()).unwrap_or_else(|| r.what.clone());
            let layer = r.layer.map(|l| format!(" (layer {l})")).unwrap_or_default();
            format!("<code>{}</code>{layer}: {}", text(&place), text(&r.reason))
        }),
    );
}

fn findings_table(out: &mut String, report: &Report) {
    out.push_str(
        "<section id=\"findings\"><h2>Findings</h2><div class=\"filters\">\
         <label>severity <select id=\"f-severity\"><option value=\"\">all</option></select></label>\
         <label>confidence <select id=\"f-confidence\"><option value=\"\">all</option></select></label>\
         <label>category <select id=\"f-category\"><option value=\"\">all</option></select></label>\
         <label>layer <select id=\"f-layer\"><option value=\"\">all</option></select></label>\
         <label>state <select id=\"f-state\"><option value=\"\">all</option></select></label>\
         <span id=\"shown\"></span></div>\n\
         <table id=\"findings-table\"><thead><tr><th>severity</th><th>category</th><th>detector</th><th>place</th>\
         <th>layer</th><th>state</th><th>confidence</th><th>image</th><th>evidence</th></tr></thead><tbody>\n",
    );
    for input in &report.inputs {
        for image in &input.images {
            for finding in &image.findings {
                for at in &finding.locations {
                    finding_row(out, input, image, finding, at);
                }
            }
        }
    }
    out.push_str("</tbody></table></section>\n");
}

fn finding_row(out: &mut String, input: &InputReport, image: &ImageReport, finding: &Finding, at: &FindingLocation) {
    let category = finding.category.as_deref().unwrap_or(finding.kind);
    let layer = at.layer.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
    let refs = if image.refs.is_empty() { format!("image {}", image.index) } else { image.refs.join(", ") };
    let _ = write!(
        out,
        "<tr class=\"finding\" data-severity=\"{}\" data-confidence=\"{}\" data-category=\"{}\" data-layer=\"{}\" data-state=\"{}\">\
         <td class=\"sev-{}\">{}</td><td>{}</td><td class=\"mono\">{}:{}{}</td><td class=\"mono\">{}</td><td>{layer}</td><td>{}</td><td>{}</td><td>{}</td><td><details><summary>evidence</summary><dl>",
        finding.severity,
        finding.confidence,
        attr(category),
        attr(&layer),
        at.state.name(),
        finding.severity,
        finding.severity,
        text(category),
        text(&finding.detector.namespace),
        text(&finding.detector.rule),
        if finding.baseline == Some(crate::report::BaselineState::Known) { " (known)" } else { "" },
        text(&at.place()),
        at.state.name(),
        finding.confidence,
        text(&refs),
    );
    let mut item = |name: &str, value: Option<&str>| {
        if let Some(value) = value {
            let _ = write!(out, "<dt>{name}</dt><dd class=\"mono\">{}</dd>", text(value));
        }
    };
    item("description", finding.description.as_deref());
    item("reference", finding.reference.as_deref());
    item("finding id", Some(&finding.id));
    if let Some(secret) = &finding.secret {
        item("secret (redacted)", Some(&secret.redacted));
        item("provider named by the context", secret.provider.as_deref());
        item("secret sha256", Some(&secret.sha256.to_string()));
        item("validation", Some(&secret.validation.join("; ")));
    }
    let matches: Vec<String> = finding.matches.iter().map(|m| format!("{} @{}: {}", m.pattern, m.offset, m.data)).collect();
    item("matches", (!matches.is_empty()).then(|| matches.join("\n")).as_deref());
    item("input", Some(&input.path));
    item("input sha256", input.sha256.map(|sha| sha.to_string()).as_deref());
    item("layer digest", at.layer_digest.map(|digest| digest.to_string()).as_deref());
    item("diff_id", at.diff_id.map(|digest| digest.to_string()).as_deref());
    item("created_by", at.created_by.as_deref());
    item("file sha256", at.file_sha256.map(|sha| sha.to_string()).as_deref());
    item("blob sha256", at.blob_sha256.or(finding.blob_sha256).map(|sha| sha.to_string()).as_deref());
    item("note", at.note);
    out.push_str("</dl></details></td></tr>\n");
}

/// A headed list, left out when empty; items are already escaped HTML.
fn list(out: &mut String, title: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.map(|item| format!("<li>{item}</li>")).collect();
    if !items.is_empty() {
        let _ = writeln!(out, "<h4>{title}</h4><ul>{}</ul>", items.join(""));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_the_image_is_escaped() {
        assert_eq!(text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(attr("\" onmouseover=\"x"), "&quot; onmouseover=&quot;x");
    }
}
