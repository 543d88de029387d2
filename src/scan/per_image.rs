//! The scan's second pass, once an image is known: what the reader could not scan while a
//! shared layer streamed by. A hardlink's bytes under its own name (rules may test the path),
//! the config's text fields, the file metadata over the overlay's versions, the image's names,
//! and every version's sha256 against the listed hashes. The report joins what this finds to
//! its locations as it joins the reader's outcomes.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Read;
use std::sync::Arc;

use crate::image::Image;
use crate::layers::entry::EntryKind;
use crate::layers::layer::{self, LayerData};
use crate::overlay::{self, Overlay};
use crate::shared::digest::Sha256Sum;

use super::ioc::IocList;
use super::meta::{self, MetaHit};
use super::{guarded_scan, scanner_failed, ContentScan, ContentScanner, Engines, FileInfo, FileOutcome, Gap, GapKind, SecretHit};

/// One image as the pass reads it: its config and names, its overlay, and per layer what the
/// reader kept with the blob it read (None: the layer was not read).
pub struct ImageInput<'a> {
    pub image: &'a Image,
    pub overlay: &'a Overlay,
    pub layers: Vec<Option<ReadLayer<'a>>>,
}

pub struct ReadLayer<'a> {
    pub data: &'a LayerData,
    pub blob: &'a [u8],
}

/// What the pass found in one image; empty when contents are not scanned.
#[derive(Default)]
pub struct ImageScan {
    /// Whether findings may hold whole secret values (`--show-secrets`).
    pub show_secrets: bool,
    /// Hardlinks the reader scanned under their target's name, by version index: their
    /// outcomes are in `renamed_outcomes`, not under their entry.
    pub renamed: HashSet<usize>,
    /// Those hardlinks' bytes under their own names, (version index, outcome), in the order scanned.
    pub renamed_outcomes: Vec<(usize, Arc<FileOutcome>)>,
    /// The config's text fields, in the order [`config_fields`] lists them.
    pub fields: Vec<FieldOutcome>,
    /// File metadata checks, by version index.
    pub metadata: Vec<(usize, MetaHit)>,
    /// A container's host settings, by the field each check read.
    pub host: Vec<(MetaHit, String)>,
    /// The image's names (not a container's) against the official ones, by index in `refs`.
    pub names: Vec<(usize, MetaHit)>,
    /// Versions whose sha256 is a listed indicator: (version index, list, indicator).
    pub listed: Vec<(usize, Arc<IocList>, String)>,
}

/// One config text field and what its scan found.
pub struct FieldOutcome {
    /// `config.env[3]`, `history[5].created_by`: the rules' `filepath`.
    pub name: String,
    pub text: String,
    /// The layer a history step made.
    pub layer: Option<usize>,
    pub outcome: FileOutcome,
}

impl ContentScanner<'_> {
    /// Scans what only the built image shows, in the order the report joins it.
    pub fn scan_image(&self, input: &ImageInput<'_>) -> ImageScan {
        let mut scan = ImageScan { show_secrets: self.engines.show_secrets, ..ImageScan::default() };
        let aliases = aliases(input);
        scan.renamed = aliases.values().flat_map(BTreeMap::values).flatten().copied().collect();
        for (content_layer, by_entry) in aliases {
            if let Some(layer) = input.layers.get(content_layer).and_then(Option::as_ref) {
                self.rescan_aliases(layer, &by_entry, input.overlay, &mut scan.renamed_outcomes);
            }
        }
        scan.fields = self.scan_fields(config_fields(input.image));
        if let Some(checks) = self.engines.meta {
            scan.metadata = checks.file_metadata(input.overlay);
            match &input.image.container {
                Some(container) => scan.host = meta::container_checks(&container.host),
                // A container's names are the engine's, not a registry's.
                None => {
                    scan.names =
                        input.image.refs.iter().enumerate().filter_map(|(index, name)| Some((index, checks.typosquat(name)?))).collect();
                }
            }
        }
        // Reading every version's digest costs a pass over the entries: only for lists with hashes.
        if let Some(iocs) = self.engines.ioc.filter(|iocs| iocs.has_hashes()) {
            scan.listed = input
                .overlay
                .versions()
                .enumerate()
                .filter_map(|(index, version)| {
                    let (list, indicator) = iocs.hash(version.meta.sha256?)?;
                    Some((index, list, indicator))
                })
                .collect();
        }
        scan
    }

    /// Rules may test the path, so a hardlink's bytes are scanned again under its own name: one
    /// pass over the layer holding them. If that pass fails, the outcome under the target's
    /// name stands for the rest.
    fn rescan_aliases(
        &self,
        layer: &ReadLayer<'_>,
        by_entry: &BTreeMap<u32, Vec<usize>>,
        overlay: &Overlay,
        found: &mut Vec<(usize, Arc<FileOutcome>)>,
    ) {
        let max_scan_bytes = self.limits.max_scan_bytes;
        let mut rescanned: HashSet<u32> = HashSet::new();
        let wanted: BTreeSet<u32> = by_entry.keys().copied().collect();
        let mut buffer = Vec::new();
        // A layer that breaks before an entry leaves that entry to the fallback below.
        let _ = layer::visit_entries(layer.blob, &wanted, &self.limits, &mut |entry, content| {
            buffer.clear();
            content.take(max_scan_bytes).read_to_end(&mut buffer)?;
            for &index in by_entry.get(&entry).into_iter().flatten() {
                let version = overlay.version(index);
                let (path, owner) = (version.path_repr().display(), version.meta.uid.to_string());
                let outcome = self.rescan_as(&FileInfo { path: &path, owner: &owner, size: version.meta.size }, &buffer);
                found.push((index, Arc::new(outcome)));
            }
            rescanned.insert(entry);
            Ok(())
        });
        for (entry, versions) in by_entry.iter().filter(|(entry, _)| !rescanned.contains(entry)) {
            let Some(outcome) = self.outcome(layer.data.digest, *entry) else { continue };
            found.extend(versions.iter().map(|&index| (index, Arc::clone(&outcome))));
        }
    }

    /// Scans a file's first bytes again under another of its names. `size` is the whole file's.
    fn rescan_as(&self, file: &FileInfo<'_>, bytes: &[u8]) -> FileOutcome {
        let mut scanner = self.engines.rules.scanner();
        guarded_scan(&mut scanner, &self.engines, bytes, file, &self.limits).unwrap_or_else(scanner_failed)
    }

    /// Scans an image config's text fields: the YARA rules see each field's name as `filepath`
    /// (`config.entrypoint`, `history[5].created_by`); secret pairing spans all the fields.
    fn scan_fields(&self, fields: Vec<(String, String, Option<usize>)>) -> Vec<FieldOutcome> {
        let mut scanner = self.engines.rules.scanner();
        let mut outcomes: Vec<FieldOutcome> = fields
            .into_iter()
            .map(|(name, text, layer)| {
                let size = text.len() as u64;
                // Pairing below spans the fields, so each field is scanned for secrets unpaired.
                let unpaired = Engines { secrets: None, ..self.engines };
                let field = FileInfo { path: &name, owner: "", size };
                let mut outcome = guarded_scan(&mut scanner, &unpaired, text.as_bytes(), &field, &self.limits).unwrap_or_else(|| {
                    scanner = self.engines.rules.scanner();
                    scanner_failed()
                });
                if let Some(secrets) = self.engines.secrets {
                    let blob_sha256 = Sha256Sum::of(text.as_bytes());
                    let found = match self.engines.keywords {
                        Some(pass) => Ok(pass.scan(Some(secrets), None, text.as_bytes(), &name).0),
                        None => secrets.scan_unpaired(text.as_bytes(), &name),
                    };
                    match found {
                        Ok(found) => {
                            outcome.secrets = found.into_iter().map(|found| SecretHit { chain: Vec::new(), blob_sha256, found }).collect()
                        }
                        Err(err) => outcome.gaps.push(Gap {
                            chain: Vec::new(),
                            kind: GapKind::ScannerError,
                            reason: format!("the secret scan failed: {err}"),
                        }),
                    }
                }
                FieldOutcome { name, text, layer, outcome }
            })
            .collect();
        if let Some(secrets) = self.engines.secrets {
            let hits = || outcomes.iter().flat_map(|field| &field.outcome.secrets);
            let mut all: Vec<_> = hits().map(|hit| hit.found.clone()).collect();
            secrets.pair(&mut all);
            for (hit, paired) in outcomes.iter_mut().flat_map(|field| field.outcome.secrets.iter_mut()).zip(all) {
                hit.found = paired;
            }
        }
        outcomes
    }
}

/// Hardlinks whose name differs from the one their bytes were scanned under, by the layer and
/// entry holding the bytes: version indexes in overlay order.
fn aliases(input: &ImageInput<'_>) -> BTreeMap<usize, BTreeMap<u32, Vec<usize>>> {
    let mut aliases: BTreeMap<usize, BTreeMap<u32, Vec<usize>>> = BTreeMap::new();
    let overlay = input.overlay;
    for index in (0..overlay.len()).filter(|index| overlay.brief(*index).kind == EntryKind::Hardlink) {
        let version = overlay.version(index);
        let Some((content_layer, entry)) = version.content else { continue };
        let Some(layer) = input.layers.get(content_layer).and_then(Option::as_ref) else { continue };
        if scanned_path(layer.data, entry).is_some_and(|scanned| *scanned != *version.path) {
            aliases.entry(content_layer).or_default().entry(entry).or_default().push(index);
        }
    }
    aliases
}

/// The path the reader handed entry `entry`'s bytes to the scanner under.
fn scanned_path(data: &LayerData, entry: u32) -> Option<Vec<u8>> {
    Some(overlay::normalize(&data.entries.find(entry)?.raw_path).0)
}

/// The image config's text fields where secrets leak, as (field name, text, layer): ENV,
/// labels, entrypoint and cmd, ONBUILD, a container's log, and every history step (build args
/// and RUN lines) with the layer it made.
fn config_fields(image: &Image) -> Vec<(String, String, Option<usize>)> {
    let config = &image.config;
    let summary = &config.summary;
    let mut fields = Vec::new();
    for (index, env) in summary.env.iter().enumerate() {
        fields.push((format!("config.env[{index}]"), env.clone(), None));
    }
    for (key, value) in &summary.labels {
        fields.push((format!("config.labels.{key}"), format!("{key}={value}"), None));
    }
    for (name, words) in [("config.entrypoint", &summary.entrypoint), ("config.cmd", &summary.cmd), ("config.shell", &summary.shell)] {
        if let Some(words) = words {
            fields.push((name.to_string(), words.join(" "), None));
        }
    }
    for (name, words) in [("config.volumes", &summary.volumes), ("config.exposed_ports", &summary.exposed_ports)] {
        if !words.is_empty() {
            fields.push((name.to_string(), words.join(" "), None));
        }
    }
    if let Some(user) = &summary.user {
        fields.push(("config.user".to_string(), user.clone(), None));
    }
    for (index, step) in summary.onbuild.iter().enumerate() {
        fields.push((format!("config.onbuild[{index}]"), step.clone(), None));
    }
    if let Some(check) = &summary.healthcheck {
        fields.push(("config.healthcheck".to_string(), check.to_string(), None));
    }
    // A container's log: what its processes printed (a token echoed, a download URL).
    if let Some(log) = image.container.as_ref().and_then(|container| container.log_text.as_ref()) {
        fields.push(("container.log".to_string(), log.clone(), None));
    }
    for (index, entry) in config.history.iter().enumerate() {
        if let Some(created_by) = &entry.created_by {
            fields.push((format!("history[{index}].created_by"), created_by.clone(), entry.layer));
        }
        if let Some(comment) = &entry.comment {
            fields.push((format!("history[{index}].comment"), comment.clone(), entry.layer));
        }
    }
    fields
}
