//! Command-line definitions (clap). Behaviour lives in [`crate::app::commands`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::app::triage::FailOn;
use crate::output::{ColorChoice, DiffFormat, Format};
use crate::shared::level::{Confidence, Severity};
use crate::shared::limits::Limits;

pub const EXIT_HELP: &str = "Exit codes: 0 = scanned completely, no findings; 1 = findings; \
2 = something could not be read (the report says what; findings may also be present) or a usage error.";

#[derive(Debug, Parser)]
#[command(name = "layerhound", version, about = "Offline forensics for container image tarballs", after_help = EXIT_HELP)]
pub struct Cli {
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', global = true)]
    pub jobs: Option<usize>,
    /// Rule paths, limits, formats and allow-lists (TOML; default: ./layerhound.toml if there is
    /// one). Flags given on the command line win.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan image tarballs (files or directories, recognised by content) and write the evidence report.
    #[command(after_help = EXIT_HELP)]
    Scan(ScanArgs),
    /// List the reconstructed filesystem of an image, with layer provenance and state.
    Ls(LsArgs),
    /// Write one file version (present, deleted or overwritten) to stdout.
    Cat(CatArgs),
    /// Print a Dockerfile-like reconstruction of each image's history.
    History(HistoryArgs),
    /// Copy file versions out for manual analysis, safely: the final tree into DIR/rootfs,
    /// hidden versions into DIR/hidden/layer-N-STATE; never outside DIR, no device nodes, no
    /// setuid/setgid bits, no ownership changes, symlinks written but never followed.
    Extract(ExtractArgs),
    /// Compile the rules a scan would use (built-in pack and --rules) and list them: namespace,
    /// id, severity, category, tags, description. Compile errors name the file and line.
    Rules(RuleArgs),
    /// Print a shell completion script, e.g. `layerhound completions bash > /etc/bash_completion.d/layerhound`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `layerhound man > layerhound.1`.
    Man,
    /// Join the reports of `scan --shard K/N` runs into the report of the whole scan (inputs in
    /// path order, counts summed): N merged shards equal one unsharded run, timestamps aside.
    #[command(after_help = EXIT_HELP)]
    Merge(MergeArgs),
    /// Compare image B with image A (say, a suspicious image with the official one it claims to
    /// be): files added, changed and deleted in the final filesystem, each with the layer that
    /// made it, and the findings B has that A has not. Both are scanned as `scan` would.
    #[command(after_help = DIFF_EXIT_HELP)]
    Diff(DiffArgs),
}

pub const DIFF_EXIT_HELP: &str = "Exit codes: 0 = no difference; 1 = differences (files or new findings); \
2 = an image could not be read or scanned in full (the differences found are still printed), or a usage error.";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The reference image's tarball (e.g. the official image).
    pub a: PathBuf,
    /// The tarball of the image compared with it [default: A, with --image-b naming another
    /// image of it].
    pub b: Option<PathBuf>,
    /// The image of A to use: a tag/reference, or its index in the archive (default: the first).
    #[arg(long, value_name = "REF")]
    pub image_a: Option<String>,
    /// The image of B to use (default: the first).
    #[arg(long, value_name = "REF")]
    pub image_b: Option<String>,
    /// Write here (atomically) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format [default: text on a terminal, json otherwise].
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT")]
    pub format: Option<DiffFormat>,
    /// Colour in the text output: only on a terminal under `auto`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// No progress on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Leave out findings below this severity (in both images, before they are compared).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Severity>,
    /// Leave out findings below this confidence (in both images, before they are compared).
    #[arg(long, value_enum, value_name = "CONFIDENCE")]
    pub min_confidence: Option<Confidence>,
    #[command(flatten)]
    pub limits: LimitArgs,
    #[command(flatten)]
    pub scan_limits: ScanLimitArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The shards' reports.
    #[arg(required = true)]
    pub reports: Vec<PathBuf>,
    /// Write the merged report here (atomically) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Bounds on hostile input (defaults in `crate::shared::limits::Limits`). Every hit is recorded in the
/// report (`anomalies`, `not_scanned`) and the rest of the scan goes on.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Directory for unlinked temp files: the one-off decompressed copy of a compressed outer
    /// archive, large files waiting to be scanned, each layer's entries (all deleted afterwards).
    #[arg(long, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,
    /// Read the directories named as this engine's store (a seized host's /var/lib/docker);
    /// without it a store is recognised by its content.
    #[arg(long, value_name = "ENGINE", value_parser = ["docker", "podman", "containerd"])]
    pub store: Option<String>,
    /// Tar entries held for one tarball, across its layers (about 0.2 KiB of memory each).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_entries)]
    pub max_entries: u64,
    /// Stop reading a layer after this many decompressed bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_layer_bytes)]
    pub max_layer_bytes: u64,
    /// Stop decompressing a compressed outer archive after this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_tar_bytes)]
    pub max_tar_bytes: u64,
    /// Cut a stream that inflates more than this many times its compressed size (above 1 GiB).
    #[arg(long, value_name = "RATIO", default_value_t = Limits::default().max_compression_ratio)]
    pub max_compression_ratio: u64,
    /// Files larger than this are listed but not hashed or scanned.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_file_bytes)]
    pub max_file_bytes: u64,
    /// Tar metadata (PAX records, long names, sparse maps) allowed before one entry.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_header_bytes)]
    pub max_header_bytes: u64,
    /// Longest entry path kept.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_path_bytes)]
    pub max_path_bytes: usize,
    /// Hidden versions listed per image in the report (the rest are counted).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_listed_versions)]
    pub max_listed_versions: usize,
    /// Tar entries of layers kept once their tarball is done, so that a layer later tarballs
    /// also hold is not read again (about 0.2 KiB each; 0: keep none).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_kept_entries)]
    pub max_kept_entries: u64,
    /// Images analysed per tarball.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_images)]
    pub max_images: usize,
    /// Largest manifest, index or config parsed.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_json_bytes)]
    pub max_json_bytes: u64,
    /// History entries kept per image config (the rest are counted).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_history)]
    pub max_history: usize,
    /// Layers read per manifest (and diff_ids per config); the image is read from its first ones.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_layers)]
    pub max_layers: usize,
    /// Items kept in any other list or object of a manifest, index or config (Env, labels, ...).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_json_items)]
    pub max_json_items: usize,
    /// Longest string kept from a manifest, index or config (an Env entry, a label); cut there.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_json_value_bytes)]
    pub max_json_value_bytes: usize,
    /// Extended attributes kept per tar entry.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_xattrs)]
    pub max_xattrs: usize,
    /// Bytes of extended attributes (names and values) kept per tar entry.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_xattr_bytes)]
    pub max_xattr_bytes: usize,
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_entries: self.max_entries,
            max_layer_bytes: self.max_layer_bytes,
            max_tar_bytes: self.max_tar_bytes,
            max_compression_ratio: self.max_compression_ratio,
            max_file_bytes: self.max_file_bytes,
            max_header_bytes: self.max_header_bytes,
            max_path_bytes: self.max_path_bytes,
            max_json_bytes: self.max_json_bytes,
            max_listed_versions: self.max_listed_versions,
            max_images: self.max_images,
            max_kept_entries: self.max_kept_entries,
            max_history: self.max_history,
            max_layers: self.max_layers,
            max_json_items: self.max_json_items,
            max_json_value_bytes: self.max_json_value_bytes,
            max_xattrs: self.max_xattrs,
            max_xattr_bytes: self.max_xattr_bytes,
            spill_dir: self.tmpdir.clone(),
            ..Limits::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Tarballs, image directories (OCI layout, unpacked docker save), or directories to search recursively.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub limits: LimitArgs,
    #[command(flatten)]
    pub scan_limits: ScanLimitArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Write whole secret values into the report (default: a short prefix and the sha256).
    #[arg(long)]
    pub show_secrets: bool,
    #[command(flatten)]
    pub estate: EstateArgs,
}

/// Splitting an estate over several machines or processes.
#[derive(Debug, Args)]
pub struct EstateArgs {
    /// Scan only share K of N (K from 0 to N-1) of the files found: a split by size that every
    /// machine computes alike; `layerhound merge` joins the shards' reports.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<crate::evidence::input::Shard>,
    /// Keep each layer's entries and scan results here across runs (created if missing; may be
    /// shared by several runs at once): a layer read before, with the same rules, detectors,
    /// indicator lists and scan bounds, is not decompressed or scanned again. It holds results
    /// derived from evidence (secrets included): keep it with the case.
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    pub cache: Option<PathBuf>,
}

/// Which formats are written where, and what counts for the exit status.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write here (atomically) instead of stdout: a file for one format, a directory for several
    /// (one `report.<ext>` per format).
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Formats, comma-separated [default: text on a terminal, json otherwise].
    #[arg(long, short = 'f', value_enum, value_delimiter = ',', value_name = "FORMAT")]
    pub format: Vec<Format>,
    /// Colour in the text report and the summary: only on a terminal under `auto`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// No progress and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Leave out findings below this severity (from every format and the exit status).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Severity>,
    /// Leave out findings below this confidence (from every format and the exit status): `medium`
    /// drops key material inside libraries, documentation examples and commented-out lines.
    #[arg(long, value_enum, value_name = "CONFIDENCE")]
    pub min_confidence: Option<Confidence>,
    /// Exit status 1 only for findings at SEVERITY or above whose confidence is CONFIDENCE or
    /// above (medium when not given): `high` trips on high and critical findings of medium or high
    /// confidence, `high:low` on those of any confidence [default: any finding kept]. Levels:
    /// info, low, medium, high, critical; confidence low, medium, high.
    #[arg(long, value_name = "SEVERITY[:CONFIDENCE]")]
    pub fail_on: Option<FailOn>,
    /// An earlier JSON report: findings it holds (same finding id) are marked `known` and left
    /// out of the exit status.
    #[arg(long, value_name = "REPORT")]
    pub baseline: Option<PathBuf>,
}

/// Which YARA rules and secret detectors to use.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// YARA source files, or directories searched for .yar/.yara files, to use besides the
    /// built-in pack (repeatable; each file is its own namespace, named by its stem).
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Secret detector files, or directories of them, to use besides the built-in detectors
    /// (repeatable; each file is its own namespace): ours (TOML with [[detector]], the format of
    /// signatures/secrets/; every detector must match its own examples and none of its negative
    /// examples), gitleaks configs (TOML with [[rules]]) and Nosey Parker rule files (.yml), read
    /// as published.
    #[arg(long, value_name = "PATH")]
    pub secrets: Vec<PathBuf>,
    /// Indicator lists: one domain, IP address, URL or sha256 file hash per line, `#` comments
    /// (`# severity: critical`, `# description: …` set the list's findings); repeatable.
    #[arg(long, value_name = "FILE")]
    pub ioc: Vec<PathBuf>,
    /// Leave out the built-in YARA pack, secret detectors and indicator lists (use only
    /// --rules, --secrets and --ioc).
    #[arg(long)]
    pub no_builtin: bool,
    /// Load a rule pack even if some of its files (YARA) or rules (gitleaks, Nosey Parker) do not
    /// compile: those are left out and listed as errors in the report (exit status 2); the rest
    /// of the pack is used.
    #[arg(long)]
    pub skip_broken_rules: bool,
    /// Print every warning the YARA compiler gives (a community pack gives hundreds); without
    /// it they are counted in one line, and not printed at all under -q.
    #[arg(long)]
    pub rule_warnings: bool,
    /// Do not scan for secrets at all.
    #[arg(long, conflicts_with = "secrets")]
    pub no_secrets: bool,
    /// Compile the YARA rules afresh, and keep nothing in the user's cache directory. Without
    /// it, what this build of layerhound compiled is kept in $XDG_CACHE_HOME/layerhound
    /// (~/.cache/layerhound) and read back by the next run with the same rules: compiled rules
    /// only, nothing from the evidence.
    #[arg(long)]
    pub no_cache: bool,
}

/// Bounds on scanning one file. A file cut short, timed out or with an archive left unopened is
/// listed in the report's `not_scanned` with the reason, never reported clean.
#[derive(Debug, Args)]
pub struct ScanLimitArgs {
    /// Bytes of one file (or archive member) scanned; the rest is recorded as not scanned.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_scan_bytes)]
    pub max_scan_bytes: u64,
    /// Time the rules may spend on one file, nested archive members included (e.g. 10s, 1m).
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "10s")]
    pub scan_timeout: std::time::Duration,
    /// Archives inside files opened this many levels deep (a jar in a tar.gz in a layer is 3).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_nested_depth,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=32))]
    pub max_nested_depth: usize,
    /// Decompressed bytes of archive members read per file, all levels together.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_nested_bytes)]
    pub max_nested_bytes: u64,
    /// Archive members read per file, all levels together.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_nested_members)]
    pub max_nested_members: usize,
}

impl ScanLimitArgs {
    pub fn apply(&self, limits: Limits) -> Limits {
        Limits {
            max_scan_bytes: self.max_scan_bytes,
            scan_timeout: self.scan_timeout,
            max_nested_depth: self.max_nested_depth,
            max_nested_bytes: self.max_nested_bytes,
            max_nested_members: self.max_nested_members,
            ..limits
        }
    }
}

#[derive(Debug, Args)]
pub struct ImageSelect {
    /// The image to use: a tag/reference, or its index in the archive (default: the first).
    #[arg(long, value_name = "REF")]
    pub image: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    pub tarball: PathBuf,
    #[command(flatten)]
    pub select: ImageSelect,
    /// Include deleted and overwritten versions.
    #[arg(long)]
    pub all_versions: bool,
    /// Only versions that came from layer N (any state).
    #[arg(long, value_name = "N")]
    pub layer: Option<usize>,
    /// Mode, owner, size, time, layer and state, like `tar tv`.
    #[arg(long, short = 'l')]
    pub long: bool,
    /// One JSON object per file version.
    #[arg(long, conflicts_with_all = ["long", "tsv"])]
    pub json: bool,
    /// PATH, type, mode, uid:gid, size, sha256 or ->target, tab-separated: the format of a tree
    /// walk over `umoci unpack`, for diffing against it.
    #[arg(long, conflicts_with = "long")]
    pub tsv: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct CatArgs {
    pub tarball: PathBuf,
    /// Path inside the image, e.g. /etc/passwd.
    pub path: String,
    #[command(flatten)]
    pub select: ImageSelect,
    /// The version from layer N (default: the visible one, or the last hidden one if deleted).
    #[arg(long, value_name = "N")]
    pub layer: Option<usize>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    pub tarball: PathBuf,
    #[command(flatten)]
    pub select: ImageSelect,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    pub tarball: PathBuf,
    /// Output directory (created if missing; must be empty unless --force).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[command(flatten)]
    pub select: ImageSelect,
    /// Only versions from layer N (any state).
    #[arg(long, value_name = "N")]
    pub layer: Option<usize>,
    /// Only this path and what is under it (e.g. /etc).
    #[arg(long, value_name = "PATH")]
    pub path: Option<String>,
    /// Also deleted and overwritten versions.
    #[arg(long)]
    pub all_versions: bool,
    /// Export into a directory that is not empty.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}
