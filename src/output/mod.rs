//! The formats a scan report is written in. Each is derived from the one [`Report`] value (the
//! JSON evidence report is the reference); none scans again.

pub mod bodyfile;
pub mod csv;
pub mod html;
pub mod jsonl;
pub mod listing;
pub mod progress;
pub mod sarif;
pub mod text;

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::report::{Finding, Report};
use crate::shared::level::{Severity, ACTIONABLE};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// The evidence report (docs/report.schema.json).
    Json,
    /// A readable report for the terminal.
    Text,
    /// One object per input, image and finding, then a summary; written as each input finishes.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning dashboards and SARIF viewers.
    Sarif,
    /// The Sleuth Kit 3.x bodyfile of every file version, for `mactime`.
    Bodyfile,
    /// Findings, one row per location.
    Csv,
    /// Every file version of every image, one row each.
    FilesCsv,
    /// One self-contained HTML case file to open offline.
    Html,
}

impl Format {
    /// The file name a format gets when several are written into a directory.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "report.json",
            Format::Text => "report.txt",
            Format::Jsonl => "report.jsonl",
            Format::Sarif => "report.sarif",
            Format::Bodyfile => "report.body",
            Format::Csv => "report.csv",
            Format::FilesCsv => "report.files.csv",
            Format::Html => "report.html",
        }
    }

    /// Formats that list every file version need the report's inventory.
    pub fn needs_inventory(self) -> bool {
        matches!(self, Format::Bodyfile | Format::FilesCsv)
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Sarif => "sarif",
            Format::Bodyfile => "bodyfile",
            Format::Csv => "csv",
            Format::FilesCsv => "files-csv",
            Format::Html => "html",
        }
    }
}

/// The formats of `layerhound diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For a terminal.
    Text,
    /// The diff model (see the README).
    Json,
}

/// Writes `diff` in `format`; `color` only affects `text`.
pub fn write_diff(format: DiffFormat, diff: &crate::report::diff::Diff, out: &mut dyn Write, color: bool) -> io::Result<()> {
    match format {
        DiffFormat::Text => out.write_all(text::diff(diff, color).as_bytes()),
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, diff)?;
            writeln!(out)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Never,
    /// Only when writing to a terminal.
    Auto,
    Always,
}

impl ColorChoice {
    pub fn enabled(self, terminal: bool) -> bool {
        match self {
            ColorChoice::Never => false,
            ColorChoice::Always => true,
            ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// Writes `report` in `format`; `color` only affects `text`.
pub fn write(format: Format, report: &Report, out: &mut dyn Write, color: bool) -> io::Result<()> {
    match format {
        Format::Json => crate::report::write::write_json(report, out),
        Format::Text => out.write_all(text::full(report, color).as_bytes()),
        Format::Jsonl => jsonl::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Bodyfile => bodyfile::write(report, out),
        Format::Csv => csv::findings(report, out),
        Format::FilesCsv => csv::files(report, out),
        Format::Html => out.write_all(html::page(report).as_bytes()),
    }
}

/// Where each asked-for format goes: stdout, one file, or `report.<ext>` files in a directory.
#[derive(Debug)]
pub struct Plan {
    pub targets: Vec<(Format, Target)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Stdout => f.write_str("stdout"),
            Target::File(path) => write!(f, "{}", path.display()),
        }
    }
}

impl Plan {
    /// `formats` empty: text on a terminal, JSON otherwise (scripts that pipe keep their JSON).
    /// Several formats need `-o DIR`; one format with `-o` writes that file.
    pub fn new(formats: &[Format], output: Option<&Path>) -> Result<Plan, String> {
        let mut formats = formats.to_vec();
        formats.sort();
        formats.dedup();
        if formats.is_empty() {
            let terminal = output.is_none() && io::stdout().is_terminal();
            formats.push(if terminal { Format::Text } else { Format::Json });
        }
        let targets = match (output, formats.as_slice()) {
            (None, [format]) => vec![(*format, Target::Stdout)],
            (None, _) => return Err("several formats need -o DIR (one file per format is written there)".into()),
            (Some(path), [format]) if !path.is_dir() => vec![(*format, Target::File(path.to_path_buf()))],
            (Some(dir), _) => {
                fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
                formats.iter().map(|format| (*format, Target::File(dir.join(format.file_name())))).collect()
            }
        };
        Ok(Plan { targets })
    }

    pub fn has(&self, format: Format) -> bool {
        self.targets.iter().any(|(f, _)| *f == format)
    }

    pub fn to_stdout(&self, format: Format) -> bool {
        self.targets.contains(&(format, Target::Stdout))
    }

    pub fn needs_inventory(&self) -> bool {
        self.targets.iter().any(|(format, _)| format.needs_inventory())
    }
}

/// An output being written: stdout, or a temp file beside the target renamed into place only
/// once complete, so a crash never leaves a half-written file that looks whole. A target that
/// exists and is no regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written in place:
/// renaming over it would replace the device or pipe with a file.
pub struct AtomicOutput {
    kind: SinkKind,
}

enum SinkKind {
    Stdout(io::BufWriter<io::Stdout>),
    File { temp: io::BufWriter<tempfile::NamedTempFile>, path: PathBuf },
    Special(io::BufWriter<fs::File>),
}

impl AtomicOutput {
    pub fn open(target: &Target) -> io::Result<AtomicOutput> {
        let kind = match target {
            Target::Stdout => SinkKind::Stdout(io::BufWriter::new(io::stdout())),
            Target::File(path) if fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir()) => {
                SinkKind::Special(io::BufWriter::new(fs::OpenOptions::new().write(true).open(path)?))
            }
            Target::File(path) => {
                let dir = match path.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() => dir,
                    _ => Path::new("."),
                };
                let temp = tempfile::Builder::new().prefix(".layerhound-report-").tempfile_in(dir)?;
                SinkKind::File { temp: io::BufWriter::new(temp), path: path.clone() }
            }
        };
        Ok(AtomicOutput { kind })
    }

    pub fn out(&mut self) -> &mut dyn Write {
        match &mut self.kind {
            SinkKind::Stdout(out) => out,
            SinkKind::File { temp, .. } => temp,
            SinkKind::Special(out) => out,
        }
    }

    pub fn commit(self) -> io::Result<()> {
        match self.kind {
            SinkKind::Stdout(mut out) => out.flush(),
            SinkKind::Special(mut out) => out.flush(),
            SinkKind::File { temp, path } => {
                let temp = temp.into_inner().map_err(|err| err.into_error())?;
                temp.as_file().sync_all()?;
                temp.persist(&path).map_err(|err| err.error)?;
                Ok(())
            }
        }
    }
}

/// The name serde gives a unit variant (`gzip`, `nested-depth`), for formats that print it.
/// The counts a summary leads with: findings at a confidence that leads ([`ACTIONABLE`]) per
/// severity, and apart from them those at low confidence; each most severe first.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Headline {
    pub confident: Vec<(Severity, usize)>,
    pub doubtful: Vec<(Severity, usize)>,
}

impl Headline {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Headline {
        let mut counts: [BTreeMap<Reverse<Severity>, usize>; 2] = Default::default();
        for finding in findings {
            *counts[usize::from(finding.confidence < ACTIONABLE)].entry(Reverse(finding.severity)).or_default() += 1;
        }
        let [confident, doubtful] = counts.map(|by| by.into_iter().map(|(Reverse(severity), n)| (severity, n)).collect());
        Headline { confident, doubtful }
    }

    pub fn doubtful_total(&self) -> usize {
        self.doubtful.iter().map(|(_, n)| n).sum()
    }

    /// `5 critical, 2 high; 17 more at low confidence (16 critical, 1 medium)`, each count
    /// through `paint` (severity, `N severity` text).
    pub fn describe(&self, paint: impl Fn(Severity, String) -> String) -> String {
        let list = |counts: &[(Severity, usize)]| -> String {
            counts.iter().map(|(severity, n)| paint(*severity, format!("{n} {severity}"))).collect::<Vec<_>>().join(", ")
        };
        let doubtful = self.doubtful_total();
        match (self.confident.is_empty(), doubtful) {
            (true, 0) => "none".into(),
            (false, 0) => list(&self.confident),
            (true, _) => format!("{doubtful} at low confidence ({})", list(&self.doubtful)),
            (false, _) => format!("{}; {doubtful} more at low confidence ({})", list(&self.confident), list(&self.doubtful)),
        }
    }
}

pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// Permission bits as `ls -l` shows them (`rwsr-xr-x`).
pub fn mode_string(mode: u32) -> String {
    let mut out = String::with_capacity(9);
    for (shift, special, lower, upper) in [(6, 0o4000, 's', 'S'), (3, 0o2000, 's', 'S'), (0, 0o1000, 't', 'T')] {
        let bits = (mode >> shift) & 7;
        out.push(if bits & 4 != 0 { 'r' } else { '-' });
        out.push(if bits & 2 != 0 { 'w' } else { '-' });
        out.push(match (bits & 1 != 0, mode & special != 0) {
            (true, true) => lower,
            (false, true) => upper,
            (true, false) => 'x',
            (false, false) => '-',
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_output_that_is_a_pipe_is_written_in_place_not_replaced_by_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("report.fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        let mut output = AtomicOutput::open(&Target::File(fifo.clone())).unwrap();
        output.out().write_all(b"{}\n").unwrap();
        output.commit().unwrap();
        // Checked before joining: a file renamed over the pipe would leave the reader waiting.
        assert!(std::os::unix::fs::FileTypeExt::is_fifo(&fs::metadata(&fifo).unwrap().file_type()));
        assert_eq!(reader.join().unwrap(), b"{}\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temp file left beside it");
    }

    #[test]
    fn modes_render_like_ls() {
        assert_eq!(mode_string(0o4755), "rwsr-xr-x");
        assert_eq!(mode_string(0o1777), "rwxrwxrwt");
        assert_eq!(mode_string(0o2640), "rw-r-S---");
    }
}
