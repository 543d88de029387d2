//! Where a rule's match is quoted rather than run: documentation and markup (markdown, man pages,
//! reStructuredText, AsciiDoc, cheat sheets, READMEs, anything under a system documentation
//! tree). A reverse-shell cheat sheet under `/usr/share/doc` names the payload; a crontab runs
//! it. The path decides here; `findings.rs` adds what only the file version knows (an execute
//! bit, a `#!` line, the image's start command running it), any of which makes the file one
//! that runs.
//!
//! This is stricter than the secret decoys' documentation paths (which also take test and
//! example trees, where packages ship sample keys): an attacker's payload in a test directory
//! is still a payload.

/// Extensions of code a shell, an interpreter, a web server or a browser runs: never
/// documentation, wherever it sits (a webshell in a `docs/` directory is a webshell).
const CODE: &[&str] = &[
    "sh", "bash", "zsh", "ksh", "csh", "fish", "py", "pyw", "pl", "pm", "rb", "lua", "tcl", "ps1", "psm1", "vbs", "bat", "cmd", "php",
    "php3", "php4", "php5", "php7", "php8", "phtml", "pht", "phar", "jsp", "jspx", "jsw", "asp", "aspx", "ascx", "ashx", "asmx", "cshtml",
    "cfm", "cgi", "js", "mjs", "cjs", "ts", "hta", "service", "timer", "desktop",
];

/// Markup a browser renders, scripts and all: documentation only inside a system
/// documentation tree (elsewhere it may be a site's page, and an injected loader lives there).
const MARKUP: &[&str] = &["html", "htm", "xhtml", "shtml", "svg", "xml"];

/// Documentation formats, wherever they sit.
const PROSE: &[&str] = &["md", "markdown", "mdown", "mkd", "mkdn", "rst", "adoc", "asciidoc", "cheat", "texi", "texinfo", "pod"];

/// Directory names that hold documentation: plain text and man pages in them are documentation.
const DOC_DIRS: &[&str] = &["doc", "docs", "documentation", "man", "manual"];

/// Directories of cheat-sheet tools (`cheat`, `navi`, `tldr`) and of the offensive-technique
/// catalogues' page collections (GTFOBins' `_gtfobins`, LOLBAS' `_lolbas`, Jekyll pages without
/// an extension): every sheet in them is prose, extension or not.
const CHEAT_DIRS: &[&str] = &["cheat", "cheats", "cheatsheets", "tldr", "_gtfobins", "_lolbas"];

/// Detection rule sources: a YARA rule quotes the webshell's or the miner's strings it looks for.
/// No attacker's tooling runs them.
const RULE_SOURCES: &[&str] = &["yar", "yara"];

/// Trees of detection rule packs written in YAML (Sigma's `rules/…/*.yml`): each rule lists the
/// command lines and hosts it detects.
const RULE_DIRS: &[&str] = &["sigma"];

/// Places the system runs files from by their location alone (cron, init and login hooks): a
/// file there is never documentation, whatever its name (cron runs `/etc/cron.d/README`).
const RUN_PLACES: &[&str] = &[
    "/etc/cron",
    "/var/spool/cron",
    "/etc/anacrontab",
    "/etc/init",
    "/etc/rc",
    "/etc/systemd/",
    "/lib/systemd/",
    "/usr/lib/systemd/",
    "/etc/profile",
    "/etc/bash",
    "/etc/update-motd.d/",
    "/etc/ld.so.preload",
    "/etc/xinetd",
];

/// Whether a match in the file at `path` (or in the archive members `nested` inside it, from
/// the file inwards) sits in documentation by where and what the file is.
pub fn quoted_in_documentation(path: &[u8], nested: &[String]) -> bool {
    let path = String::from_utf8_lossy(path).to_ascii_lowercase();
    let members: Vec<String> = nested.iter().map(|member| member.to_ascii_lowercase()).collect();
    let names = || std::iter::once(path.as_str()).chain(members.iter().map(String::as_str));
    if names().any(|name| CODE.contains(&extension(name))) || RUN_PLACES.iter().any(|place| path.starts_with(place)) {
        return false;
    }
    // A member of an archive that sits in a documentation tree (a gzipped man page) is in it.
    if in_system_doc_tree(&path) {
        return true;
    }
    let inner = names().last().unwrap_or(&path);
    let ext = extension(inner);
    if MARKUP.contains(&ext) {
        return false;
    }
    let base = basename(inner);
    if RULE_SOURCES.contains(&ext)
        || (matches!(ext, "yml" | "yaml") && names().any(|name| name.split('/').any(|dir| RULE_DIRS.contains(&dir))))
    {
        return true;
    }
    if PROSE.contains(&ext) || ["readme", "cheatsheet", "cheat-sheet", "cheat_sheet"].iter().any(|prefix| base.starts_with(prefix)) {
        return true;
    }
    let in_dir = |dirs: &[&str]| names().any(|name| name.split('/').rev().skip(1).any(|dir| dirs.contains(&dir)));
    in_dir(CHEAT_DIRS) || (in_dir(DOC_DIRS) && (ext == "txt" || man_section(inner)))
}

/// `/usr/share/doc/…`, `/usr/local/share/man/…`, `/opt/x/share/info/…`, `/usr/doc/…`: trees that
/// packages fill with documentation only.
fn in_system_doc_tree(path: &str) -> bool {
    const TREES: &[&str] = &["/share/doc/", "/share/man/", "/share/info/", "/share/gtk-doc/", "/share/help/"];
    TREES.iter().any(|tree| path.contains(tree)) || path.starts_with("/usr/doc/") || path.starts_with("/usr/man/")
}

fn basename(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// The extension of a name's last component, compression suffixes (`.gz`, `.bz2`, `.xz`, `.z`)
/// looked through: `ls.1.gz` is a man page.
fn extension(name: &str) -> &str {
    let base = basename(name);
    let base = [".gz", ".bz2", ".xz", ".z", ".zst"].iter().find_map(|suffix| base.strip_suffix(suffix)).unwrap_or(base);
    base.rsplit_once('.').map_or("", |(_, ext)| ext)
}

/// A man page's section as its extension: `1` to `9`, optionally followed by letters (`3pm`, `1ssl`).
fn man_section(name: &str) -> bool {
    let ext = extension(name).as_bytes();
    matches!(ext.first(), Some(b'1'..=b'9')) && ext[1..].iter().all(u8::is_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(path: &str) -> bool {
        quoted_in_documentation(path.as_bytes(), &[])
    }

    #[test]
    fn documentation_by_tree_format_and_name() {
        for path in [
            "/usr/share/doc/pentest-notes/reverse-shells.md",
            "/usr/share/doc/tool/examples/notes",
            "/usr/share/doc/tool/index.html",
            "/usr/local/share/man/man1/tool.1",
            "/usr/share/man/man8/tool.8.gz",
            "/usr/share/info/tool.info.gz",
            "/README.md",
            "/opt/app/README",
            "/srv/notes/CheatSheet.txt",
            "/opt/app/docs/usage.rst",
            "/opt/app/docs/usage.txt",
            "/opt/app/man/man1/app.1",
            "/home/u/.config/cheat/cheatsheets/nc",
            "/opt/guide.adoc",
            "/opt/GTFOBins.github.io/_gtfobins/socat",
            "/opt/yara-rules/webshells/WShell_THOR_Webshells.yar",
            "/opt/sigma/rules/linux/process_creation/proc_creation_lnx_crypto_mining.yml",
        ] {
            assert!(quoted(path), "{path}");
        }
    }

    #[test]
    fn code_run_places_and_pages_outside_doc_trees_are_not_documentation() {
        for path in [
            "/var/www/html/index.php",
            "/usr/share/doc/tool/shell.php",
            "/usr/share/doc/tool/examples/backconnect.sh",
            "/var/www/html/docs/index.html",
            "/var/www/html/README.html",
            "/opt/app/docs/loader.js",
            "/etc/cron.d/README",
            "/etc/cron.d/x",
            "/etc/systemd/system/notes.md",
            "/var/log/syslog.1",
            "/opt/app/notes.txt",
            "/usr/local/bin/run",
            "/opt/sigma/rules/run.sh",
            "/opt/app/config/deploy.yml",
        ] {
            assert!(!quoted(path), "{path}");
        }
    }

    #[test]
    fn members_of_archives_are_judged_by_their_names_and_the_file_that_holds_them() {
        let nested = |path: &str, members: &[&str]| {
            quoted_in_documentation(path.as_bytes(), &members.iter().map(|m| m.to_string()).collect::<Vec<_>>())
        };
        assert!(nested("/usr/share/man/man1/nc.1.gz", &["nc.1"]));
        assert!(nested("/opt/app.tar.gz", &["app.tar", "README.md"]));
        assert!(!nested("/opt/app.tar.gz", &["app.tar", "bin/start"]));
        assert!(!nested("/usr/share/doc/x/site.zip", &["shell.php"]), "a webshell in a documentation tree");
        assert!(!nested("/opt/site.zip", &["docs/index.html"]));
    }
}
