//! One evidence file taken through every stage: archive index → images → layers (each read
//! once, in parallel) → one overlay per image, plus the verification of every hash.

use std::collections::{BTreeSet, HashMap};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::evidence::archive::{Archive, ArchiveError};
use crate::evidence::input::{Compression, Evidence};
use crate::image::config::{self, HistoryEntry};
use crate::image::{self, Discovery, Image, ImageError, LayerRef};
use crate::kept::layer_store::{Claim, LayerStore, Lookup, VerifiedBytes};
use crate::layers::entry_table::EntryTable;
use crate::layers::layer::{self, LayerData, LayerSinks};
use crate::overlay::{self, Overlay, State};
use crate::scan::per_image::{ImageInput, ImageScan, ReadLayer};
use crate::scan::{ContentScan, GapKind};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::OciDigest;
use crate::shared::limits::Limits;
use crate::shared::pathbytes::PathRepr;

/// An image together with where each of its layers was read from and its filesystem.
pub struct ImageView {
    pub image: Image,
    /// Per layer: the resolved archive member whose data is in [`Analysis::layers`].
    pub layer_members: Vec<Option<String>>,
    pub layer_reports: Vec<LayerReport>,
    pub overlay: Overlay,
    pub verified: bool,
    pub not_scanned: Vec<NotScanned>,
}

/// An archive that holds no readable image, with what its index found.
pub struct NotAnImage<'a> {
    pub archive: Archive<'a>,
    pub error: ImageError,
}

/// Everything read from one evidence file. Each image's filesystem is built on demand by
/// [`Analysis::view`], one at a time, so memory holds the layers once and one overlay, however
/// many images share them.
pub struct Analysis<'a> {
    pub archive: Archive<'a>,
    pub discovery: Discovery,
    /// Every distinct layer blob, read once (in this tarball or another one of the run), by
    /// resolved member name.
    pub layers: HashMap<String, Arc<LayerData>>,
    /// Per image, per layer: the resolved member, or why there is none.
    resolved: Vec<Vec<Result<(String, bool), String>>>,
    pub limits: Limits,
}

impl<'a> Analysis<'a> {
    pub fn run(evidence: &'a Evidence, limits: &Limits, sink: &dyn ContentScan) -> Result<Analysis<'a>, Box<NotAnImage<'a>>> {
        Self::run_in(evidence, limits, sink, &LayerStore::default())
    }

    /// Like [`Analysis::run`], taking layers this run already read from `store` (when the
    /// bytes here hash to the same digest) and leaving the ones read here in it.
    pub fn run_in(
        evidence: &'a Evidence,
        limits: &Limits,
        sink: &dyn ContentScan,
        store: &LayerStore,
    ) -> Result<Analysis<'a>, Box<NotAnImage<'a>>> {
        let archive = Archive::index(evidence.tar_bytes(), limits.max_link_hops);
        let mut discovery = match image::discover(&archive, limits) {
            Ok(discovery) => discovery,
            Err(error) => return Err(Box::new(NotAnImage { archive, error })),
        };
        // Only a store this process read names containers: a tarball cannot claim to be one.
        if let Some(store) = &evidence.store {
            discovery.formats = vec![format!("{}-store", store.kind)];
            for image in &mut discovery.images {
                image.format = format!("{}-store", store.kind);
                image.container = image.config_member.as_ref().and_then(|member| store.containers.get(member)).cloned();
            }
        }
        let mut wanted: Vec<Wanted<'a>> = Vec::new();
        let mut position: HashMap<String, usize> = HashMap::new();
        let mut resolved: Vec<Vec<Result<(String, bool), String>>> = Vec::new();
        for image in &discovery.images {
            let mut per_layer = Vec::new();
            for (index, layer_ref) in image.layers.iter().enumerate() {
                let Some(member) = &layer_ref.member else {
                    per_layer.push(Err("the manifest names no usable blob for this layer".to_string()));
                    continue;
                };
                match archive.blob(member) {
                    Err(ArchiveError::Missing { .. }) if layer_ref.foreign => per_layer.push(Err(format!(
                        "foreign layer {member} is not in the archive (exports leave foreign layers out; they are fetched from their URLs)"
                    ))),
                    Ok(blob) => {
                        let at = *position.entry(blob.name.clone()).or_insert_with(|| {
                            wanted.push(Wanted { name: blob.name.clone(), bytes: blob.bytes, digests: BTreeSet::new() });
                            wanted.len() - 1
                        });
                        // Where the store may hold it: the digest its descriptor or name gives,
                        // and its diff_id (a plain layer's digest); a claim that is no digest
                        // names nothing the store holds.
                        let diff_id = image.config.diff_ids.as_ref().and_then(|ids| ids.get(index));
                        let claims = layer_ref.expected_digest.iter().chain(diff_id);
                        wanted[at].digests.extend(claims.filter_map(|claim| claim.parse::<OciDigest>().ok()));
                        per_layer.push(Ok((blob.name, blob.via_link)));
                    }
                    Err(err) => per_layer.push(Err(err.to_string())),
                }
            }
            resolved.push(per_layer);
        }
        let layers = read_layers(wanted, evidence, limits, sink, store);

        Ok(Analysis { archive, discovery, layers, resolved, limits: limits.clone() })
    }

    pub fn image_count(&self) -> usize {
        self.discovery.images.len()
    }

    /// Image `index` with its verified layers and its filesystem (built now).
    pub fn view(&self, index: usize) -> Option<ImageView> {
        let image = self.discovery.images.get(index)?;
        Some(view_image(image.clone(), self.resolved[index].clone(), &self.layers, self.limits.max_link_hops))
    }

    /// The scan's pass over the image `view` shows, its layers read again where it needs their
    /// bytes (nothing when contents are not scanned).
    pub fn scan_image(&self, view: &ImageView, sink: &dyn ContentScan) -> ImageScan {
        let Some(scanner) = sink.scanner() else { return ImageScan::default() };
        let read = |member: &String| Some(ReadLayer { data: self.layers.get(member)?, blob: self.archive.blob(member).ok()?.bytes });
        let layers = view.layer_members.iter().map(|member| member.as_ref().and_then(read)).collect();
        scanner.scan_image(&ImageInput { image: &view.image, overlay: &view.overlay, layers })
    }
}

/// A layer blob the tarball's images name, and the digests they give for it.
struct Wanted<'a> {
    name: String,
    bytes: &'a [u8],
    digests: BTreeSet<OciDigest>,
}

/// Reads every distinct layer once, in parallel, within the tarball's entry budget; a layer
/// another tarball of the run has read (same digest, recomputed here) is taken as it was read,
/// and counts against the budget as if read again; so does one the disk cache holds.
///
/// Usually every entry fits and the parallel read stands. If the shared budget runs out, which
/// layers it cut depends on thread timing, so the layers are read again one by one, top layers
/// first (the last ones the manifests name: what a container sees over the rest, and where
/// additions to a base image land), each keeping what the ones before it left. The same tarball
/// then gives the same report whatever `--jobs` and whatever the other tarballs, and memory
/// stays under `max_entries` entries.
fn read_layers(
    wanted: Vec<Wanted>,
    evidence: &Evidence,
    limits: &Limits,
    scanner: &dyn ContentScan,
    store: &LayerStore,
) -> HashMap<String, Arc<LayerData>> {
    let mut layers = HashMap::new();
    let mut finished = Vec::new();
    scanner.session(&mut |sinks| (layers, finished) = read_layers_into(&wanted, limits, sinks, scanner, store));
    // Kept for other tarballs (and runs) only now that the session is over: until then its
    // scan workers may still hold files of a layer already read, and a kept layer's outcomes
    // are final.
    for Finished { claim, data, read_here, blob } in finished {
        claim.keep(Arc::clone(&data), evidence.tar_file().and_then(|file| VerifiedBytes::map(file, evidence.tar_bytes(), blob)));
        if let (Some(cache), Some(scanner), true) = (store.cache(), scanner.scanner(), read_here) {
            cache.save(&data, scanner);
        }
    }
    layers
}

/// A layer read whole, to keep in the store once its files are scanned.
struct Finished<'s, 'b> {
    claim: Claim<'s>,
    data: Arc<LayerData>,
    /// Read here, rather than taken from the disk cache.
    read_here: bool,
    blob: &'b [u8],
}

fn read_layers_into<'b, 's>(
    wanted: &[Wanted<'b>],
    limits: &Limits,
    sinks: &dyn LayerSinks<'b>,
    scanner: &dyn ContentScan,
    store: &'s LayerStore,
) -> (HashMap<String, Arc<LayerData>>, Vec<Finished<'s, 'b>>) {
    let keys: Vec<(Vec<OciDigest>, &[u8])> = wanted.iter().map(|w| (w.digests.iter().copied().collect(), w.bytes)).collect();
    let lookups = store.lookup(&keys);
    let reused: u64 = lookups.iter().map(|l| if let Lookup::Verified(data) = l { data.entries.len() as u64 } else { 0 }).sum();
    if reused <= limits.max_entries {
        let shared = layer::EntryBudget::new(limits.max_entries - reused, limits.max_entries);
        let (read, finished): (HashMap<String, Arc<LayerData>>, Vec<Option<Finished>>) = wanted
            .par_iter()
            .zip(lookups)
            .map(|(w, lookup)| match lookup {
                Lookup::Verified(data) => ((w.name.clone(), data), None),
                Lookup::Read(claim) => {
                    // Read whole in an earlier run: its outcomes are the scanner's now.
                    if let Some(data) =
                        store.cache().zip(scanner.scanner()).and_then(|(cache, scanner)| cache.load(&w.name, w.bytes, scanner))
                    {
                        let data = Arc::new(data);
                        let counted = shared.take_many(data.entries.len() as u64);
                        let finished = Finished { claim, data: Arc::clone(&data), read_here: false, blob: w.bytes };
                        return ((w.name.clone(), data), counted.then_some(finished));
                    }
                    let data = Arc::new(read_one(&w.name, w.bytes, limits, sinks, &shared));
                    // Not cut by the budget (it never ran out while this layer was read): as
                    // any full read of these bytes would be.
                    let whole = !shared.ran_out() && !crate::shared::interrupt::interrupted();
                    let finished = whole.then(|| Finished { claim, data: Arc::clone(&data), read_here: true, blob: w.bytes });
                    ((w.name.clone(), data), finished)
                }
            })
            .unzip();
        if !shared.ran_out() {
            return (read, finished.into_iter().flatten().collect());
        }
    }
    let mut left = limits.max_entries;
    let mut layers = HashMap::new();
    for w in wanted.iter().rev() {
        let data = read_one(&w.name, w.bytes, limits, sinks, &layer::EntryBudget::new(left, limits.max_entries));
        left = left.saturating_sub(data.entries.len() as u64);
        layers.insert(w.name.clone(), Arc::new(data));
    }
    (layers, Vec::new())
}

fn read_one<'b>(name: &str, bytes: &'b [u8], limits: &Limits, sinks: &dyn LayerSinks<'b>, budget: &layer::EntryBudget) -> LayerData {
    // A bug tripped by one hostile layer costs that layer, not the image.
    panic::catch_unwind(AssertUnwindSafe(|| layer::read_within(name, bytes, limits, sinks, budget))).unwrap_or_else(|_| {
        let mut failed = LayerData::new(name, bytes);
        failed.error = Some("internal error while reading this layer (a layerhound bug)".into());
        failed
    })
}

fn view_image(
    mut image: Image,
    per_layer: Vec<Result<(String, bool), String>>,
    layers: &HashMap<String, Arc<LayerData>>,
    max_link_hops: usize,
) -> ImageView {
    let history_of_layer = config::align_history(&mut image.config.history, image.layers.len());
    let diff_ids = image.config.diff_ids.clone();
    let mut reports = Vec::new();
    let mut members = Vec::new();
    let mut not_scanned = Vec::new();
    let mut all_verified = check_layer_counts(&mut image, diff_ids.as_deref());
    for (index, (layer_ref, resolved)) in image.layers.iter().zip(per_layer).enumerate() {
        let history = history_of_layer[index].and_then(|h| image.config.history.get(h));
        let mut report = layer_report(index, layer_ref, history, diff_ids.as_deref());
        let data = match resolved {
            Ok((name, via_link)) => {
                report.via_link = via_link;
                let data = layers.get(&name).map(|data| (name.clone(), data));
                members.push(Some(name));
                data
            }
            Err(message) => {
                members.push(None);
                report.error = Some(message);
                None
            }
        };
        match data {
            Some((member, data)) => {
                verify_layer(&mut report, &member, data, &mut image.anomalies);
                not_scanned.extend(layer_gaps(index, data));
            }
            None => {
                image.anomalies.push(
                    Anomaly::error("layer-missing", format!("layer {index}: {}", report.error.clone().unwrap_or_default())).at_layer(index),
                );
                not_scanned.push(NotScanned {
                    what: format!("layer {index}"),
                    reason: report.error.clone().unwrap_or_default(),
                    layer: Some(index),
                    ..NotScanned::default()
                });
            }
        }
        all_verified &= report.verified;
        reports.push(report);
    }
    // A container's own layers were written from its directories: their digests are what
    // was read, with nothing recorded to check them against.
    if let Some(container) = image.container.clone() {
        for report in reports.iter_mut().skip(container.own_layers_from) {
            report.verified = false;
        }
        if reports.len() > container.own_layers_from {
            all_verified = false;
            image.anomalies.push(Anomaly::info(
                "container-layer-unverifiable",
                format!(
                    "layers {} on are the container's own (init, writable): the store records no digest for them, so they cannot be verified; \
                     their files are as found on disk",
                    container.own_layers_from
                ),
            ));
        }
    }
    let entry_lists: Vec<Option<&EntryTable>> =
        members.iter().map(|m| m.as_ref().and_then(|name| layers.get(name)).map(|d| &d.entries)).collect();
    let overlay = overlay::build(&entry_lists, max_link_hops);
    ImageView { image, layer_members: members, layer_reports: reports, overlay, verified: all_verified, not_scanned }
}

/// The manifest's layers against the config's diff_ids (false: the layers cannot all be
/// verified) and its history entries (a mismatch is only noted).
fn check_layer_counts(image: &mut Image, diff_ids: Option<&[String]>) -> bool {
    let mut counts_agree = true;
    match diff_ids {
        Some(ids) if ids.len() != image.layers.len() => {
            counts_agree = false;
            image.anomalies.push(Anomaly::error(
                "layer-count-mismatch",
                format!("the manifest lists {} layers, the config's rootfs.diff_ids {}", image.layers.len(), ids.len()),
            ));
        }
        None => {
            counts_agree = false;
            if image.format != "docker-v1" {
                image.anomalies.push(Anomaly::error("no-diff-ids", "the config has no rootfs.diff_ids: layer content cannot be verified"));
            }
        }
        _ => {}
    }
    let non_empty_history = image.config.history.iter().filter(|h| !h.empty_layer).count();
    if !image.config.history.is_empty() && non_empty_history != image.layers.len() {
        image.anomalies.push(Anomaly::info(
            "history-count-mismatch",
            format!("{non_empty_history} history entries create layers, the image has {}", image.layers.len()),
        ));
    }
    counts_agree
}

/// A layer's report as the manifest and config describe it, before its blob is read.
fn layer_report(index: usize, layer_ref: &LayerRef, history: Option<&HistoryEntry>, diff_ids: Option<&[String]>) -> LayerReport {
    LayerReport {
        index,
        member: layer_ref.member.clone(),
        via_link: false,
        media_type: layer_ref.media_type.clone(),
        compression: None,
        digest: None,
        expected_digest: layer_ref.expected_digest.clone(),
        expected_digest_source: layer_ref.expected_digest_source,
        size: None,
        expected_size: layer_ref.expected_size,
        uncompressed_size: None,
        diff_id: None,
        expected_diff_id: diff_ids.and_then(|ids| ids.get(index).cloned()),
        verified: false,
        entries: 0,
        trailing_bytes: 0,
        created_by: history.and_then(|h| h.created_by.clone()),
        created: history.and_then(|h| h.created.clone()),
        error: None,
    }
}

/// What of a read layer was not read: past a limit, or past a fault.
fn layer_gaps(index: usize, data: &LayerData) -> Vec<NotScanned> {
    let mut gaps: Vec<NotScanned> = data
        .not_scanned
        .iter()
        .map(|what| NotScanned {
            what: format!("layer {index} {what}"),
            reason: "limit".into(),
            layer: Some(index),
            ..NotScanned::default()
        })
        .collect();
    if let Some(err) = &data.error {
        gaps.push(NotScanned {
            what: format!("layer {index}: everything after the first {} entries", data.entries.len()),
            reason: err.clone(),
            layer: Some(index),
            ..NotScanned::default()
        });
    }
    gaps
}

/// Checks a layer read from `member` (the data may come from the same bytes under another
/// name in another tarball) against what this image's manifest and config say.
fn verify_layer(report: &mut LayerReport, member: &str, data: &LayerData, anomalies: &mut Vec<Anomaly>) {
    let index = report.index;
    report.compression = data.compression;
    report.digest = Some(data.digest);
    report.size = Some(data.size);
    report.uncompressed_size = Some(data.uncompressed_size);
    report.diff_id = data.diff_id;
    report.entries = data.entries.len() as u64;
    report.trailing_bytes = data.trailing_bytes;
    report.error = data.error.clone();
    for anomaly in &data.anomalies {
        anomalies.push(anomaly.clone().at_layer(index));
    }
    let mut ok = data.error.is_none();
    if let Some(err) = &data.error {
        anomalies.push(Anomaly::error("layer-unreadable", format!("layer {index} ({member}): {err}")).at_layer(index));
    }
    if let Some(expected) = &report.expected_digest {
        if !data.digest.is_claimed_by(expected) {
            ok = false;
            anomalies.push(
                Anomaly::error(
                    "blob-digest-mismatch",
                    format!(
                        "layer {index} ({member}): blob is {}, {} says {expected}",
                        data.digest,
                        report.expected_digest_source.unwrap_or("the manifest")
                    ),
                )
                .at_layer(index),
            );
        }
    }
    if let Some(expected) = report.expected_size.filter(|size| *size != data.size) {
        ok = false;
        anomalies.push(
            Anomaly::error("blob-size-mismatch", format!("layer {index}: blob has {} bytes, descriptor says {expected}", data.size))
                .at_layer(index),
        );
    }
    match (&report.expected_diff_id, &data.diff_id) {
        (Some(expected), Some(actual)) if !actual.is_claimed_by(expected) => {
            ok = false;
            anomalies.push(Anomaly::error(
                "diff-id-mismatch",
                format!("layer {index} ({member}): uncompressed content is {actual}, the config says {expected}: the layer was altered or the config lies"),
            ).at_layer(index));
        }
        (Some(_), Some(_)) => {}
        _ => ok = false,
    }
    if let (Some(media_type), Some(compression)) = (&report.media_type, data.compression) {
        let claims = if media_type.contains("gzip") {
            Some(Compression::Gzip)
        } else if media_type.contains("zstd") {
            Some(Compression::Zstd)
        } else if media_type.ends_with(".tar") || media_type.ends_with("tar") {
            Some(Compression::None)
        } else {
            None
        };
        if claims.is_some_and(|claimed| claimed != compression) {
            anomalies.push(
                Anomaly::new(
                    "media-type-mismatch",
                    format!("layer {index}: media type {media_type} but the bytes are {}; read as the bytes say", compression.name()),
                )
                .at_layer(index),
            );
        }
    }
    report.verified = ok;
}

#[derive(Debug, Clone, Serialize)]
pub struct LayerReport {
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// True when `member` was reached through an in-archive symlink or hardlink.
    pub via_link: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub compression: Option<Compression>,
    /// sha256 of the blob as stored.
    pub digest: Option<OciDigest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_digest: Option<String>,
    /// Where `expected_digest` came from: `descriptor` or `member-name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_digest_source: Option<&'static str>,
    pub size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_size: Option<u64>,
    pub uncompressed_size: Option<u64>,
    /// sha256 of the uncompressed tar, recomputed.
    pub diff_id: Option<OciDigest>,
    /// The config's `rootfs.diff_ids` entry for this layer.
    pub expected_diff_id: Option<String>,
    pub verified: bool,
    pub entries: u64,
    /// Bytes after the tar end-of-archive marker (estargz keeps its index there).
    pub trailing_bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Bytes that were not (fully) read, and why: the report never implies "clean" for them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NotScanned {
    pub what: String,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<usize>,
    /// For one file version: its path, state, and the archive members leading to the part
    /// that was not scanned (empty for the file itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRepr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<String>,
    /// Which bound or failure: `truncated`, `timeout`, `nested-depth`, `nested-bytes`,
    /// `nested-members`, `unreadable`, `scanner-error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<GapKind>,
}
