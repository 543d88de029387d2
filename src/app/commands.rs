//! What each subcommand does, on top of the library stages; returns the process exit code.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use serde::Serialize;

use crate::analysis::{Analysis, ImageView};
use clap::CommandFactory;

use crate::app::cli::{
    CatArgs, Cli, Command, DiffArgs, ExtractArgs, HistoryArgs, ImageSelect, LimitArgs, LsArgs, MergeArgs, OutputArgs, RuleArgs, ScanArgs,
};
use crate::app::config::Config;
use crate::app::export::{self, Selection};
use crate::app::triage::{self, Allow, Triage};
use crate::evidence::input::{self, Evidence};
use crate::image::Image;
use crate::layers::entry::EntryKind;
use crate::layers::layer::{self, NoSink};
use crate::output::progress::ProgressDisplay;
use crate::output::{self, jsonl, listing, text, AtomicOutput, DiffFormat, Format, Plan, Target};
use crate::overlay::{self, State, Version};
use crate::report::{FileVersion, HiddenBy};
use crate::run::ScanOptions;
use crate::scan::ioc::IocSet;
use crate::scan::keywords::KeywordPass;
use crate::scan::meta::MetaChecks;
use crate::scan::secrets::DetectorSet;
use crate::scan::yara::{RuleSet, RulesCache};
use crate::scan::{ContentScanner, Engines};
use crate::shared::digest::OciDigest;
use crate::shared::pathbytes::display_bytes;

pub use crate::app::triage::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

/// glibc's allocator gives each thread that allocates an arena of its own (up to eight per
/// core) and keeps in each what was freed there: the layer readers', the main thread's and
/// the helper threads' arenas held about 30 MiB more at the peak of the bench image's scan
/// than when they share the scan workers' (one per worker; paired, 5 pairs, CPU 1.00x).
/// Its threshold for mapping a block on its own rises to the size of each mapped block freed
/// (up to 32 MiB), after which the queue's and nested members' buffers of a few MiB are carved
/// from the arenas and their freed pages stay there: fixed at [`MMAP_THRESHOLD`], they go back
/// to the kernel when freed (set alone, peak anonymous memory 124-134 -> 106-109 MiB on the
/// bench image, 141 -> 120 MiB at four times its size; about 0.2 s more system time).
/// `MALLOC_ARENA_MAX` or `GLIBC_TUNABLES`, when set, are left to decide.
fn tune_malloc(workers: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        if std::env::var_os("MALLOC_ARENA_MAX").is_some() || std::env::var_os("GLIBC_TUNABLES").is_some() {
            return;
        }
        // SAFETY: sets glibc's allocator tunables, which it reads under its own lock.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, libc::c_int::try_from(workers.max(1)).unwrap_or(libc::c_int::MAX));
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = workers;
}

/// Blocks from this size up are mapped on their own (256 KiB to 2 MiB measured alike, 106-111
/// MiB; smaller costs more system time).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 1 << 20;

/// Runs the parsed command line; `matches` (clap's) say which flags were given, so that the
/// config file (`--config`, or `layerhound.toml` here) fills in only the others.
pub fn run(mut cli: Cli, matches: &clap::ArgMatches) -> i32 {
    if let Some(jobs) = cli.jobs {
        // Fails only if a pool was already built, in which case that one is used.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.max(1)).build_global();
    }
    tune_malloc(rayon::current_num_threads());
    let uses_config = !matches!(cli.command, Command::Merge(_) | Command::Completions { .. } | Command::Man);
    let config = match uses_config.then(|| Config::load(cli.config.as_deref())).transpose() {
        Ok(config) => config.unwrap_or_default(),
        Err(err) => {
            eprintln!("layerhound: {err}");
            return EXIT_ERROR;
        }
    };
    if let Some((_, sub)) = matches.subcommand() {
        config.apply(&mut cli.command, sub);
    }
    let allow = config.allow;
    let result = match cli.command {
        Command::Scan(args) => return scan(args, allow),
        Command::Merge(args) => return merge(&args),
        Command::Diff(args) => return diff(args, allow),
        Command::Rules(args) => rules(&args),
        Command::Ls(args) => ls(args),
        Command::Cat(args) => cat(args),
        Command::History(args) => history(args),
        Command::Extract(args) => extract(args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "layerhound", &mut io::stdout());
            Ok(())
        }
        Command::Man => clap_mangen::Man::new(Cli::command()).render(&mut io::stdout()).map_err(|err| format!("cannot write: {err}")),
    };
    match result {
        Ok(()) => EXIT_CLEAN,
        Err(message) => {
            eprintln!("layerhound: {message}");
            EXIT_ERROR
        }
    }
}

fn options(args: &LimitArgs) -> ScanOptions {
    ScanOptions {
        limits: args.limits(),
        // clap has checked the name against the three it accepts.
        store: args.store.as_deref().and_then(|name| name.parse().ok()),
        ..ScanOptions::default()
    }
}

/// The rule packs; files left out are named. The compiler's warnings (a community pack gives
/// hundreds, thousands of lines) are one line counting them, nothing under `-q`, and every one
/// with `--rule-warnings`.
fn compile_rules(args: &RuleArgs, quiet: bool) -> Result<RuleSet, String> {
    let cache = if args.no_cache {
        None
    } else {
        RulesCache::user()
            .inspect_err(|why| {
                if !quiet {
                    eprintln!("layerhound: rules: compiled rules are not kept between runs: {why}");
                }
            })
            .ok()
    };
    let rules =
        RuleSet::compile_cached(&args.rules, !args.no_builtin, args.skip_broken_rules, cache).map_err(|err| format!("rules: {err}"))?;
    for broken in &rules.broken {
        eprintln!("layerhound: rules: error: {broken}");
    }
    if args.rule_warnings {
        for warning in &rules.warnings {
            eprintln!("layerhound: rules: warning: {warning}");
        }
    } else if !quiet && !rules.warnings.is_empty() {
        eprintln!("layerhound: rules: {} warnings in {} files; --rule-warnings lists them", rules.warnings.len(), rules.warned_files);
    }
    Ok(rules)
}

/// The built-in and the analyst's secret detectors; None with `--no-secrets`.
fn compile_detectors(args: &RuleArgs) -> Result<Option<DetectorSet>, String> {
    if args.no_secrets {
        return Ok(None);
    }
    let compile = if args.skip_broken_rules { DetectorSet::compile_tolerant } else { DetectorSet::compile };
    let detectors = compile(&args.secrets, !args.no_builtin).map_err(|err| format!("secret detectors: {err}"))?;
    for pack in &detectors.packs {
        for broken in &pack.broken {
            eprintln!("layerhound: secret detectors: error: {broken}: left out");
        }
        for failure in &pack.example_failures {
            eprintln!("layerhound: secret detectors: warning: {}: {failure}", pack.file);
        }
        for warning in &pack.warnings {
            eprintln!("layerhound: secret detectors: warning: {}: {warning}", pack.file);
        }
        eprintln!(
            "layerhound: secret detectors: {} ({}): {} of {} rules loaded, {} failing their own examples, {} over whole blobs",
            pack.file,
            pack.format,
            pack.loaded,
            pack.rules,
            pack.example_failures.len(),
            pack.whole_blob.len()
        );
    }
    Ok(Some(detectors))
}

fn compile_iocs(args: &RuleArgs) -> Result<IocSet, String> {
    IocSet::compile(&args.ioc, !args.no_builtin).map_err(|err| format!("indicator lists: {err}"))
}

/// Everything a scan matches with: rules, secret detectors, indicator lists, image checks.
struct Compiled {
    rules: RuleSet,
    detectors: Option<DetectorSet>,
    iocs: IocSet,
    keywords: KeywordPass,
    meta: MetaChecks,
}

impl Compiled {
    fn new(args: &RuleArgs, quiet: bool) -> Result<Compiled, String> {
        // The YARA pack and the detectors (each checked against its examples) take about as
        // long to compile as a small image takes to scan: side by side.
        let (rules, rest) = rayon::join(
            || compile_rules(args, quiet),
            || -> Result<_, String> {
                let meta = MetaChecks::builtin().map_err(|err| err.to_string())?;
                Ok((compile_detectors(args)?, compile_iocs(args)?, meta))
            },
        );
        let rules = rules?;
        let (detectors, iocs, meta) = rest?;
        let keywords = KeywordPass::new(detectors.as_ref(), &iocs).map_err(|err| format!("secret keywords and indicator names: {err}"))?;
        Ok(Compiled { rules, detectors, iocs, keywords, meta })
    }

    fn engines(&self, show_secrets: bool) -> Engines<'_> {
        Engines {
            rules: &self.rules,
            secrets: self.detectors.as_ref(),
            show_secrets,
            meta: Some(&self.meta),
            ioc: Some(&self.iocs),
            keywords: Some(&self.keywords),
        }
    }
}

fn rules(args: &RuleArgs) -> Result<(), String> {
    // The closing line counts the warnings.
    let rules = compile_rules(args, true)?;
    let detectors = compile_detectors(args)?;
    let iocs = compile_iocs(args)?;
    io::stdout()
        .lock()
        .write_all(listing::rules(&rules, detectors.as_ref(), &iocs).as_bytes())
        .map_err(|err| format!("cannot write: {err}"))?;
    // Rules whose condition requires a PE, ELF or Mach-O header run only on such files.
    let by_class = rules
        .class_counts()
        .map_or(String::new(), |[_, pe, elf, macho]| format!(" ({pe} only for PE files, {elf} for ELF, {macho} for Mach-O)"));
    eprintln!(
        "layerhound: {} rules compiled{by_class}, {} warnings; {} secret detectors{}; {} indicators in {} lists",
        rules.len(),
        rules.warnings.len(),
        detectors.as_ref().map_or(0, DetectorSet::len),
        match detectors.as_ref().map(DetectorSet::keyword_engine).transpose().map_err(|err| err.to_string())? {
            Some(engine) => format!(" (keywords searched by {engine})"),
            None => String::new(),
        },
        iocs.indicators(),
        iocs.lists().len()
    );
    Ok(())
}

fn scan(args: ScanArgs, allow: Allow) -> i32 {
    let mut options = options(&args.limits);
    options.limits = args.scan_limits.apply(options.limits);
    let (plan, triage) = match output_plan(&args.output, allow) {
        Ok(planned) => planned,
        Err(message) => {
            eprintln!("layerhound: {message}");
            return EXIT_ERROR;
        }
    };
    options.inventory = plan.needs_inventory();
    if let Some(dir) = &args.estate.cache {
        if let Err(err) = std::fs::create_dir_all(dir) {
            eprintln!("layerhound: cannot use {} as the layer cache: {err}", dir.display());
            return EXIT_ERROR;
        }
        options.cache = Some(dir.clone());
    }
    let compiled = match Compiled::new(&args.rules, args.output.quiet) {
        Ok(compiled) => compiled,
        Err(message) => {
            eprintln!("layerhound: {message}");
            return EXIT_ERROR;
        }
    };
    let engines = compiled.engines(args.show_secrets);
    let scanner = ContentScanner::new(engines, &options.limits);
    // First Ctrl-C: finish the entry at hand, write what is done (marked interrupted), clean up.
    // A second one exits at once.
    let handler = ctrlc::set_handler(|| {
        if crate::shared::interrupt::INTERRUPTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
            std::process::exit(130);
        }
        eprintln!("layerhound: interrupted; writing the report of what was finished (Ctrl-C again to quit at once)");
    });
    if let Err(err) = handler {
        eprintln!("layerhound: warning: Ctrl-C will not stop cleanly: {err}");
    }
    scan_and_write(&args.paths, args.estate.shard, &options, &scanner, &args.output, &plan, &triage)
}

/// Where each format goes and what the findings are checked against, from the output flags:
/// settled before anything is scanned.
fn output_plan(args: &OutputArgs, allow: Allow) -> Result<(Plan, Triage), String> {
    let plan = Plan::new(&args.format, args.output.as_deref())?;
    let baseline = args.baseline.as_deref().map(triage::load_baseline).transpose()?;
    Ok((plan, Triage { min_severity: args.min_severity, min_confidence: args.min_confidence, baseline, allow }))
}

/// Joins shard reports; the exit status is the one the unsharded scan would have had.
fn merge(args: &MergeArgs) -> i32 {
    let merged = match crate::report::merge::merge(&args.reports) {
        Ok(merged) => merged,
        Err(err) => {
            eprintln!("layerhound: merge: {err}");
            return EXIT_ERROR;
        }
    };
    let target = args.output.clone().map_or(Target::Stdout, Target::File);
    let written = AtomicOutput::open(&target).and_then(|mut sink| {
        crate::report::write::write_json(&merged, sink.out())?;
        sink.commit()
    });
    if let Err(err) = written {
        eprintln!("layerhound: cannot write the merged report to {target}: {err}");
        return EXIT_ERROR;
    }
    let s = &merged.summary;
    eprintln!(
        "layerhound: merged {} reports: {} inputs, {} images, {} findings, {} errors{}",
        args.reports.len(),
        s.inputs,
        s.images,
        s.findings,
        s.errors,
        if merged.complete { "" } else { "; INCOMPLETE" }
    );
    if !merged.complete {
        EXIT_ERROR
    } else if s.findings > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Scans with progress and triage, streaming JSONL input by input; then writes every other
/// format from the one report and the summary on stderr. Returns the exit status.
fn scan_and_write(
    paths: &[std::path::PathBuf],
    shard: Option<crate::evidence::input::Shard>,
    options: &ScanOptions,
    scanner: &ContentScanner,
    args: &OutputArgs,
    plan: &Plan,
    triage: &Triage,
) -> i32 {
    let mut progress = ProgressDisplay::new(args.quiet);
    let jsonl_target = plan.targets.iter().find(|(format, _)| *format == Format::Jsonl).map(|(_, target)| target);
    let mut stream = match jsonl_target.map(AtomicOutput::open).transpose() {
        Ok(stream) => stream,
        Err(err) => {
            eprintln!("layerhound: cannot write the jsonl report: {err}");
            return EXIT_ERROR;
        }
    };
    let mut stream_error = None;
    let report = crate::run::scan_shard(paths, shard, options, scanner, &mut |event| match event {
        crate::run::Progress::Started { inputs, bytes } => progress.started(inputs, bytes),
        crate::run::Progress::Note(line) => progress.note(line),
        crate::run::Progress::Finished(input) => {
            triage.apply(input);
            progress.finished(input);
            if let Some(sink) = stream.as_mut().filter(|_| stream_error.is_none()) {
                stream_error = jsonl::write_input(input, sink.out()).err();
            }
        }
    });
    progress.clear();
    let mut failed = false;
    if let Some(mut sink) = stream {
        let written = match stream_error {
            Some(err) => Err(err),
            None => jsonl::write_summary(&report, sink.out()).and_then(|()| sink.commit()),
        };
        if let Err(err) = written {
            eprintln!("layerhound: cannot write the jsonl report: {err}");
            failed = true;
        }
    }
    for (format, target) in plan.targets.iter().filter(|(format, _)| *format != Format::Jsonl) {
        let color = *format == Format::Text && *target == Target::Stdout && args.color.enabled(io::stdout().is_terminal());
        let written = AtomicOutput::open(target).and_then(|mut sink| {
            output::write(*format, &report, sink.out(), color)?;
            sink.commit()
        });
        if let Err(err) = written {
            eprintln!("layerhound: cannot write the {} report to {target}: {err}", format.name());
            failed = true;
        }
    }
    if !args.quiet && !plan.to_stdout(Format::Text) {
        eprint!("{}", text::brief(&report, args.color.enabled(io::stderr().is_terminal())));
    }
    if failed {
        EXIT_ERROR
    } else {
        triage::exit_status(&report, args.fail_on)
    }
}

/// Scans both tarballs as `scan` would (one run: layers they share are read once), with each
/// image's file inventory, and writes what B has that A has not. Returns the exit status.
fn diff(args: DiffArgs, allow: Allow) -> i32 {
    match diff_and_write(&args, allow) {
        Ok(status) => status,
        Err(message) => {
            eprintln!("layerhound: diff: {message}");
            EXIT_ERROR
        }
    }
}

fn diff_and_write(args: &DiffArgs, allow: Allow) -> Result<i32, String> {
    let b_path = args.b.as_ref().unwrap_or(&args.a);
    let mut options = options(&args.limits);
    for path in [&args.a, b_path] {
        let one_input = path.is_dir() && (options.store.is_some() || input::is_one_input(path));
        if !path.is_file() && !one_input {
            return Err(format!("{}: not a file, an image directory or an engine store (diff compares two images)", path.display()));
        }
    }
    options.limits = args.scan_limits.apply(options.limits);
    options.inventory = true;
    let compiled = Compiled::new(&args.rules, args.quiet)?;
    let scanner = ContentScanner::new(compiled.engines(false), &options.limits);
    let paths: Vec<std::path::PathBuf> = if *b_path == args.a { vec![args.a.clone()] } else { vec![args.a.clone(), b_path.clone()] };
    let triage = Triage { min_severity: args.min_severity, min_confidence: args.min_confidence, baseline: None, allow };
    let mut progress = ProgressDisplay::new(args.quiet);
    let report = crate::run::scan(&paths, &options, &scanner, &mut |event| match event {
        crate::run::Progress::Started { inputs, bytes } => progress.started(inputs, bytes),
        crate::run::Progress::Note(line) => progress.note(line),
        crate::run::Progress::Finished(input) => {
            triage.apply(input);
            progress.finished(input);
        }
    });
    progress.clear();
    let (a_name, b_name) = (args.a.display().to_string(), b_path.display().to_string());
    let side_a = crate::report::diff::Side { input: &a_name, image: args.image_a.as_deref() };
    let side_b = crate::report::diff::Side { input: &b_name, image: args.image_b.as_deref() };
    let diff = crate::report::diff::compare(report, side_a, side_b).map_err(|err| err.to_string())?;
    let target = args.output.clone().map_or(Target::Stdout, Target::File);
    let format =
        args.format.unwrap_or(if target == Target::Stdout && io::stdout().is_terminal() { DiffFormat::Text } else { DiffFormat::Json });
    let color = format == DiffFormat::Text && target == Target::Stdout && args.color.enabled(io::stdout().is_terminal());
    AtomicOutput::open(&target)
        .and_then(|mut sink| {
            output::write_diff(format, &diff, sink.out(), color)?;
            sink.commit()
        })
        .map_err(|err| format!("cannot write to {target}: {err}"))?;
    Ok(if !diff.complete {
        EXIT_ERROR
    } else if diff.differs() {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// Opens one tarball for ls/cat/history; errors name the file and the reason.
fn open(path: &Path, limits: &LimitArgs) -> Result<(Evidence, ScanOptions), String> {
    let options = options(limits);
    let evidence =
        input::open_as(path, options.limits.spill_dir.as_deref(), &options.limits, options.store).map_err(|err| err.to_string())?;
    Ok((evidence, options))
}

fn analyse<'a>(evidence: &'a Evidence, options: &ScanOptions) -> Result<Analysis<'a>, String> {
    let analysis =
        Analysis::run(evidence, &options.limits, &NoSink).map_err(|failed| format!("{}: {}", evidence.path.display(), failed.error))?;
    if let Some(err) = &analysis.archive.error {
        eprintln!(
            "layerhound: warning: {}: tar structure broken after {} members: {}",
            evidence.path.display(),
            err.after_members,
            err.message
        );
    }
    Ok(analysis)
}

/// The image a `--image` value names (an index, an exact reference, or a reference's tail),
/// with its index in the archive.
fn select(analysis: &Analysis, select: &ImageSelect) -> Result<(usize, ImageView), String> {
    let index = select_index(&analysis.discovery.images, select)?;
    analysis.view(index).map(|view| (index, view)).ok_or_else(|| format!("no image {index}"))
}

fn select_index(images: &[Image], select: &ImageSelect) -> Result<usize, String> {
    if images.is_empty() {
        return Err("the archive holds no readable image".into());
    }
    let Some(wanted) = &select.image else {
        if images.len() > 1 {
            eprintln!(
                "layerhound: the archive holds {} images; showing image 0 ({}); choose with --image",
                images.len(),
                images[0].refs.join(", ")
            );
        }
        return Ok(0);
    };
    let refs: Vec<&[String]> = images.iter().map(|image| image.refs.as_slice()).collect();
    crate::image::select(&refs, wanted)
}

/// One file version as `ls --json` prints it: the report's inventory record of the version,
/// with its image, its layer's diff_id, its entry in that layer and what hid it.
#[derive(Serialize)]
struct VersionRecord<'a> {
    /// The image's index in the archive, and its references.
    image: usize,
    refs: &'a [String],
    #[serde(flatten)]
    version: FileVersion,
    diff_id: Option<OciDigest>,
    entry: Option<u32>,
    hidden_by: Option<HiddenBy>,
    /// Extended attributes, values in hex (`security.capability` is a file capability set).
    #[serde(skip_serializing_if = "Option::is_none")]
    xattrs: Option<BTreeMap<String, String>>,
}

fn record<'a>(image: usize, view: &'a ImageView, version: &Version) -> VersionRecord<'a> {
    VersionRecord {
        image,
        refs: &view.image.refs,
        version: FileVersion::from(version),
        diff_id: view.layer_reports.get(version.layer).and_then(|l| l.diff_id),
        entry: version.entry,
        hidden_by: version.hidden_by.map(|(layer, cause)| HiddenBy { layer, cause }),
        xattrs: version.meta.xattrs.as_ref().map(|xattrs| xattrs.iter().map(|(name, value)| (name.clone(), hex::encode(value))).collect()),
    }
}

fn ls(args: LsArgs) -> Result<(), String> {
    let (evidence, options) = open(&args.tarball, &args.limits)?;
    let analysis = analyse(&evidence, &options)?;
    let (image, view) = select(&analysis, &args.select)?;
    let view = &view;
    let versions: Box<dyn Iterator<Item = Version>> = match args.layer {
        Some(layer) => Box::new(view.overlay.sorted_where(|v| v.layer == layer)),
        None if args.all_versions => Box::new(view.overlay.all_sorted()),
        None => Box::new(view.overlay.present()),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written: io::Result<()> = (|| {
        for version in versions {
            let version = &version;
            if args.json {
                serde_json::to_writer(&mut out, &record(image, view, version))?;
                writeln!(out)?;
            } else if args.tsv {
                writeln!(out, "{}", version.tree_line())?;
            } else if args.long {
                writeln!(out, "{}", listing::long_line(version))?;
            } else if args.all_versions || args.layer.is_some() {
                writeln!(out, "{:<11} {:>3} {}", version.state.name(), version.layer, display_bytes(&version.path))?;
            } else {
                writeln!(out, "{}", display_bytes(&version.path))?;
            }
        }
        // What the layer took away: lower versions its whiteouts, opaque directories or
        // replacements hid (the JSON records carry this as hidden_by on those versions).
        if let Some(layer) = args.layer.filter(|_| !args.json && !args.tsv) {
            let removed = view.overlay.sorted_where(|v| v.layer < layer && v.hidden_by.is_some_and(|(by, _)| by == layer));
            for version in removed {
                let how = version.hidden_by.map_or("", |(_, cause)| cause.describe());
                let (path, from) = (display_bytes(&version.path), version.layer);
                writeln!(out, "{:<11} {layer:>3} {path} (the version of layer {from}, by {how})", "removes")?;
            }
        }
        out.flush()
    })();
    match written {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write: {err}")),
        _ => Ok(()),
    }
}

fn cat(args: CatArgs) -> Result<(), String> {
    let (evidence, options) = open(&args.tarball, &args.limits)?;
    let analysis = analyse(&evidence, &options)?;
    let (_, view) = select(&analysis, &args.select)?;
    let view = &view;
    let (mut path, _) = overlay::normalize(args.path.as_bytes());
    // Without --layer, follow the final filesystem's symlinks as a process in the container
    // would (/bin/sh on a merged-/usr image is /usr/bin/sh).
    if args.layer.is_none() {
        let resolved = view.overlay.resolve(&path, options.limits.max_link_hops).filter(|r| *r != path);
        if let Some(resolved) = resolved.filter(|r| view.overlay.live.contains_key(r.as_slice())) {
            eprintln!("layerhound: {} leads to {} in the final filesystem", display_bytes(&path), display_bytes(&resolved));
            path = resolved;
        }
    }
    let shown = display_bytes(&path);
    let candidates: Vec<Version> = view.overlay.versions().filter(|v| *v.path == *path).collect();
    if candidates.is_empty() {
        return Err(format!("{shown}: no layer of the image holds this path"));
    }
    let version = match args.layer {
        Some(layer) => candidates.iter().rev().find(|v| v.layer == layer).ok_or_else(|| {
            let layers: Vec<String> = candidates.iter().map(|v| v.layer.to_string()).collect();
            format!("{shown}: layer {layer} holds no version of it (layers that do: {})", layers.join(", "))
        })?,
        None => match candidates.iter().find(|v| v.state == State::Present) {
            Some(present) => present,
            None => {
                let last = &candidates[candidates.len() - 1];
                eprintln!(
                    "layerhound: {shown} is {} in the final filesystem; showing the version from layer {}",
                    last.state.name(),
                    last.layer
                );
                last
            }
        },
    };
    match version.file_type() {
        EntryKind::File => {}
        EntryKind::Symlink => {
            return Err(format!(
                "{shown} (layer {}) is a symlink to {}",
                version.layer,
                display_bytes(version.link.as_deref().unwrap_or_default())
            ));
        }
        other => return Err(format!("{shown} (layer {}) is a {}, not a file", version.layer, other.name())),
    }
    let Some((content_layer, entry)) = version.content else {
        return Err(format!("{shown} (layer {}) has no content: its hardlink target is missing", version.layer));
    };
    let member =
        view.layer_members.get(content_layer).cloned().flatten().ok_or_else(|| format!("layer {content_layer} could not be read"))?;
    let blob = analysis.archive.blob(&member).map_err(|err| err.to_string())?;
    let mut out = io::stdout().lock();
    match layer::copy_entry(blob.bytes, entry, &options.limits, &mut out) {
        Ok(_) => out.flush().map_err(|err| format!("cannot write: {err}")),
        Err(layer::LayerError::Entry { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(format!("{shown}: layer {content_layer} ({member}): {err}")),
    }
}

fn extract(args: ExtractArgs) -> Result<(), String> {
    let (evidence, options) = open(&args.tarball, &args.limits)?;
    let analysis = analyse(&evidence, &options)?;
    let (_, view) = select(&analysis, &args.select)?;
    let view = &view;
    let selection = Selection {
        layer: args.layer,
        path: args.path.as_ref().map(|p| overlay::normalize(p.as_bytes()).0),
        all_versions: args.all_versions,
    };
    let mut manifest =
        export::export(&analysis, view, &selection, &args.out, args.force, &options.limits).map_err(|err| err.to_string())?;
    manifest.tarball = evidence.path.display().to_string();
    manifest.tarball_sha256 = Some(evidence.sha256());
    let manifest_path = args.out.join(export::MANIFEST_NAME);
    let json = serde_json::to_vec_pretty(&manifest).map_err(|err| err.to_string())?;
    std::fs::write(&manifest_path, json).map_err(|err| format!("{}: {err}", manifest_path.display()))?;
    eprintln!(
        "layerhound: exported {} versions to {} ({} not exported; see {})",
        manifest.exported.len(),
        args.out.display(),
        manifest.not_exported.len(),
        manifest_path.display()
    );
    Ok(())
}

fn history(args: HistoryArgs) -> Result<(), String> {
    let (evidence, options) = open(&args.tarball, &args.limits)?;
    let analysis = analyse(&evidence, &options)?;
    let indexes: Vec<usize> = match &args.select.image {
        Some(_) => vec![select_index(&analysis.discovery.images, &args.select)?],
        None => (0..analysis.image_count()).collect(),
    };
    let mut out = String::new();
    for (n, view) in indexes.into_iter().filter_map(|index| analysis.view(index)).enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&listing::dockerfile(&view));
    }
    io::stdout().lock().write_all(out.as_bytes()).map_err(|err| format!("cannot write: {err}"))
}
