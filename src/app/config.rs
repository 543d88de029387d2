//! `layerhound.toml`: an analyst's standing choices (rule, detector and indicator paths, limits,
//! default formats, allow-lists), read from `--config FILE` or the current directory and merged
//! into the parsed command line before anything runs. A flag given on the command line wins.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use clap::parser::ValueSource;
use clap::{ArgMatches, ValueEnum};
use serde::Deserialize;

use crate::app::cli::{Command, LimitArgs, RuleArgs, ScanLimitArgs};
use crate::app::triage::Allow;
use crate::output::Format;

/// The file looked for in the current directory when `--config` is not given.
pub const DEFAULT_NAME: &str = "layerhound.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("config {path}: {message}")]
    Invalid { path: String, message: String },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rules: Vec<PathBuf>,
    #[serde(default)]
    secrets: Vec<PathBuf>,
    #[serde(default)]
    ioc: Vec<PathBuf>,
    #[serde(default)]
    format: Vec<String>,
    #[serde(default)]
    limits: Limits,
    #[serde(default)]
    allow: AllowFile,
}

/// Any field of `LimitArgs` and `ScanLimitArgs`, by its flag's name with underscores.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Limits {
    tmpdir: Option<PathBuf>,
    max_entries: Option<u64>,
    max_layer_bytes: Option<u64>,
    max_tar_bytes: Option<u64>,
    max_compression_ratio: Option<u64>,
    max_file_bytes: Option<u64>,
    max_header_bytes: Option<u64>,
    max_path_bytes: Option<usize>,
    max_listed_versions: Option<usize>,
    max_kept_entries: Option<u64>,
    max_images: Option<usize>,
    max_json_bytes: Option<u64>,
    max_history: Option<usize>,
    max_layers: Option<usize>,
    max_json_items: Option<usize>,
    max_json_value_bytes: Option<usize>,
    max_xattrs: Option<usize>,
    max_xattr_bytes: Option<usize>,
    max_scan_bytes: Option<u64>,
    /// A duration as the flag takes it (`10s`, `1m`).
    scan_timeout: Option<String>,
    max_nested_depth: Option<usize>,
    max_nested_bytes: Option<u64>,
    max_nested_members: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowFile {
    #[serde(default)]
    ids: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
}

/// A config file read and checked; relative paths in it are taken from its directory.
#[derive(Debug, Default)]
pub struct Config {
    file: File,
    scan_timeout: Option<std::time::Duration>,
    formats: Vec<Format>,
    pub allow: Allow,
}

impl Config {
    /// `explicit` (`--config`) must exist; without it `layerhound.toml` in the current directory
    /// is read if there is one. No file: an empty config.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let path = match explicit {
            Some(path) => path.to_path_buf(),
            None if Path::new(DEFAULT_NAME).is_file() => PathBuf::from(DEFAULT_NAME),
            None => return Ok(Config::default()),
        };
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read { path: shown.clone(), source })?;
        Config::parse(&text, &path)
    }

    fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid { path: path.display().to_string(), message };
        let mut file: File = toml::from_str(text).map_err(|err| invalid(err.to_string().trim_end().to_string()))?;
        let base = path.parent().unwrap_or(Path::new(""));
        for list in [&mut file.rules, &mut file.secrets, &mut file.ioc] {
            for entry in list.iter_mut() {
                *entry = base.join(&*entry);
            }
        }
        if let Some(tmpdir) = file.limits.tmpdir.as_mut() {
            *tmpdir = base.join(&*tmpdir);
        }
        let scan_timeout = file
            .limits
            .scan_timeout
            .as_deref()
            .map(|text| humantime::parse_duration(text).map_err(|err| invalid(format!("limits.scan_timeout = {text:?}: {err}"))))
            .transpose()?;
        if let Some(depth) = file.limits.max_nested_depth.filter(|depth| *depth > 32) {
            return Err(invalid(format!("limits.max_nested_depth = {depth}: at most 32")));
        }
        let formats = file
            .format
            .iter()
            .map(|name| Format::from_str(name, true).map_err(|_| invalid(format!("format: unknown format {name:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let allow = Allow {
            ids: file.allow.ids.iter().cloned().collect::<HashSet<_>>(),
            paths: file.allow.paths.iter().map(|p| crate::overlay::normalize(p.as_bytes()).0).collect(),
        };
        Ok(Config { file, scan_timeout, formats, allow })
    }

    /// Fills in what the command line left at its default. `matches` are the subcommand's.
    pub fn apply(&self, command: &mut Command, matches: &ArgMatches) {
        match command {
            Command::Scan(args) => {
                self.apply_rules(&mut args.rules, matches);
                self.apply_limits(&mut args.limits, matches);
                self.apply_scan_limits(&mut args.scan_limits, matches);
                if !given(matches, "format") {
                    args.output.format.clone_from(&self.formats);
                }
            }
            Command::Diff(args) => {
                self.apply_rules(&mut args.rules, matches);
                self.apply_limits(&mut args.limits, matches);
                self.apply_scan_limits(&mut args.scan_limits, matches);
            }
            Command::Rules(args) => self.apply_rules(args, matches),
            Command::Ls(args) => self.apply_limits(&mut args.limits, matches),
            Command::Cat(args) => self.apply_limits(&mut args.limits, matches),
            Command::History(args) => self.apply_limits(&mut args.limits, matches),
            Command::Extract(args) => self.apply_limits(&mut args.limits, matches),
            Command::Merge(_) | Command::Completions { .. } | Command::Man => {}
        }
    }

    fn apply_rules(&self, args: &mut RuleArgs, matches: &ArgMatches) {
        for (id, from_file, into) in [
            ("rules", &self.file.rules, &mut args.rules),
            ("secrets", &self.file.secrets, &mut args.secrets),
            ("ioc", &self.file.ioc, &mut args.ioc),
        ] {
            if !given(matches, id) {
                into.clone_from(from_file);
            }
        }
        // --no-secrets conflicts with --secrets on the command line; the file's detectors give way.
        if args.no_secrets {
            args.secrets.clear();
        }
    }

    fn apply_limits(&self, args: &mut LimitArgs, matches: &ArgMatches) {
        let file = &self.file.limits;
        if let Some(tmpdir) = file.tmpdir.as_ref().filter(|_| !given(matches, "tmpdir")) {
            args.tmpdir = Some(tmpdir.clone());
        }
        macro_rules! fill {
            ($($field:ident),*) => {$(
                if let Some(value) = file.$field.filter(|_| !given(matches, stringify!($field))) {
                    args.$field = value;
                }
            )*};
        }
        fill!(
            max_entries,
            max_layer_bytes,
            max_tar_bytes,
            max_compression_ratio,
            max_file_bytes,
            max_header_bytes,
            max_path_bytes,
            max_listed_versions,
            max_kept_entries,
            max_images,
            max_json_bytes,
            max_history,
            max_layers,
            max_json_items,
            max_json_value_bytes,
            max_xattrs,
            max_xattr_bytes
        );
    }

    fn apply_scan_limits(&self, args: &mut ScanLimitArgs, matches: &ArgMatches) {
        let file = &self.file.limits;
        if let Some(timeout) = self.scan_timeout.filter(|_| !given(matches, "scan_timeout")) {
            args.scan_timeout = timeout;
        }
        macro_rules! fill {
            ($($field:ident),*) => {$(
                if let Some(value) = file.$field.filter(|_| !given(matches, stringify!($field))) {
                    args.$field = value;
                }
            )*};
        }
        fill!(max_scan_bytes, max_nested_depth, max_nested_bytes, max_nested_members);
    }
}

fn given(matches: &ArgMatches, id: &str) -> bool {
    matches.value_source(id) == Some(ValueSource::CommandLine)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_name_the_file_and_the_key() {
        let err = Config::parse("rules = []\n[limits]\nmax_entrys = 5\n", Path::new("/cases/layerhound.toml")).unwrap_err().to_string();
        assert!(err.contains("/cases/layerhound.toml") && err.contains("max_entrys"), "{err}");
        let err = Config::parse("colour = \"always\"\n", Path::new("x.toml")).unwrap_err().to_string();
        assert!(err.contains("x.toml") && err.contains("colour"), "{err}");
    }

    #[test]
    fn values_are_checked_and_paths_taken_from_the_file_directory() {
        let config = Config::parse(
            "rules = [\"rules/extra.yar\", \"/abs.yar\"]\nformat = [\"json\", \"sarif\"]\n[limits]\nscan_timeout = \"1m\"\n[allow]\npaths = [\"usr/share/doc/\"]\n",
            Path::new("/cases/layerhound.toml"),
        )
        .unwrap();
        assert_eq!(config.file.rules, [PathBuf::from("/cases/rules/extra.yar"), PathBuf::from("/abs.yar")]);
        assert_eq!(config.formats, [Format::Json, Format::Sarif]);
        assert_eq!(config.scan_timeout, Some(std::time::Duration::from_secs(60)));
        assert_eq!(config.allow.paths, [b"/usr/share/doc".to_vec()]);
        for bad in
            ["format = [\"pdf\"]", "[limits]\nscan_timeout = \"soon\"", "[limits]\nmax_nested_depth = 99", "[limits]\nmax_entries = -1"]
        {
            assert!(Config::parse(bad, Path::new("c.toml")).is_err(), "{bad} accepted");
        }
    }
}
