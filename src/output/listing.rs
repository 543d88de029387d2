//! Plain-text listings the inspection commands print: `ls --long` lines, `history` as a
//! Dockerfile-like reading, and `rules` (one line per rule, detector and indicator list).

use crate::analysis::ImageView;
use crate::layers::entry::EntryKind;
use crate::output::mode_string;
use crate::overlay::Version;
use crate::scan::ioc::IocSet;
use crate::scan::secrets::DetectorSet;
use crate::scan::yara::RuleSet;
use crate::shared::pathbytes::display_bytes;

/// One `ls --long` line: type and mode, owner, size, mtime, layer, state, path (and link).
pub fn long_line(version: &Version) -> String {
    let type_char = match version.meta.kind {
        EntryKind::Hardlink => 'h',
        EntryKind::File => '-',
        other => other.letter(),
    };
    let mut line = format!(
        "{type_char}{} {:>5}/{:<5} {:>10} {} {:>3} {:<11} {}",
        mode_string(version.meta.mode),
        version.meta.uid,
        version.meta.gid,
        version.meta.size,
        humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + std::time::Duration::from_secs(version.meta.mtime.min(253_402_300_799))),
        version.layer,
        version.state.name(),
        display_bytes(&version.path),
    );
    if let Some(link) = &version.link {
        let arrow = if version.meta.kind == EntryKind::Hardlink { "link to" } else { "->" };
        line.push_str(&format!(" {arrow} {}", display_bytes(link)));
    }
    line
}

/// One tab-separated line per YARA rule, secret detector and indicator list:
/// `namespace:id  severity  category  tags  description`.
pub fn rules(rules: &RuleSet, detectors: Option<&DetectorSet>, iocs: &IocSet) -> String {
    let mut out = String::new();
    for rule in rules.rules() {
        out.push_str(&format!(
            "{}:{}\t{}\t{}\t{}\t{}\n",
            rule.namespace,
            rule.id,
            rule.severity,
            rule.category.as_deref().unwrap_or("-"),
            if rule.tags.is_empty() { "-".to_string() } else { rule.tags.join(",") },
            rule.description.as_deref().unwrap_or("-")
        ));
    }
    for detector in detectors.iter().flat_map(|set| set.detectors()) {
        out.push_str(&format!(
            "{}:{}\t{}\t{}\tsecret\t{}\n",
            detector.namespace, detector.id, detector.severity, detector.category, detector.name
        ));
    }
    for list in iocs.lists() {
        out.push_str(&format!("ioc:{}\t{}\t{}\tioc\t{} ({})\n", list.name, list.severity, list.category, list.description, list.origin));
    }
    out
}

/// A Dockerfile-like reading of the history: one instruction per entry, each layer's digest above it.
pub fn dockerfile(view: &ImageView) -> String {
    let image = &view.image;
    let mut out = format!(
        "# image: {}\n# config: {}\n",
        if image.refs.is_empty() { "(untagged)".to_string() } else { image.refs.join(", ") },
        image.config_digest.map_or_else(|| "(unreadable)".into(), |digest| digest.to_string())
    );
    if image.config.history.is_empty() {
        out.push_str("# the config records no history\n");
    }
    for entry in &image.config.history {
        let when = entry.created.as_deref().unwrap_or("unknown time");
        match entry.layer {
            Some(layer) => {
                let report = view.layer_reports.get(layer);
                let diff_id = report.and_then(|l| l.diff_id).map_or_else(|| "(unread)".into(), |digest| digest.to_string());
                let verified = if report.is_some_and(|l| l.verified) { "verified" } else { "NOT verified" };
                out.push_str(&format!("# layer {layer}: {diff_id} ({verified}), {when}\n"));
            }
            None => out.push_str(&format!("# no layer, {when}\n")),
        }
        if let Some(comment) = &entry.comment {
            out.push_str(&format!("# comment: {}\n", comment.replace('\n', " ")));
        }
        out.push_str(&instruction(entry.created_by.as_deref().unwrap_or("")));
        out.push('\n');
    }
    out
}

fn instruction(created_by: &str) -> String {
    let text = created_by.trim();
    let text = text.strip_suffix("# buildkit").map(str::trim_end).unwrap_or(text);
    if text.is_empty() {
        return "# (no command recorded)".into();
    }
    if let Some(rest) = text.strip_prefix("/bin/sh -c #(nop)") {
        return rest.trim().to_string();
    }
    if let Some(rest) = text.strip_prefix("/bin/sh -c ") {
        return format!("RUN {rest}");
    }
    let keyword = text.split_whitespace().next().unwrap_or("");
    if keyword.chars().all(|c| c.is_ascii_uppercase()) && keyword.len() > 1 {
        text.to_string()
    } else {
        format!("RUN {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_lines_read_like_a_dockerfile() {
        assert_eq!(instruction("/bin/sh -c #(nop)  CMD [\"sh\"]"), "CMD [\"sh\"]");
        assert_eq!(instruction("/bin/sh -c apk add curl"), "RUN apk add curl");
        assert_eq!(instruction("RUN /bin/sh -c make # buildkit"), "RUN /bin/sh -c make");
        assert_eq!(instruction("COPY file:abc in /"), "COPY file:abc in /");
        assert_eq!(instruction(""), "# (no command recorded)");
    }
}
