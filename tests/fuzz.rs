//! Structure-aware fuzzing of every stage that reads hostile bytes, with proptest on the stable
//! toolchain: the layer reader and the overlay (hostile names, links, markers, limits), the
//! outer archive and image discovery (manifests, indexes, configs and in-archive links built to
//! resemble real images), the config parser, archives nested in files (zip, tar, gzip, zstd, xz,
//! bzip2, as the scanner opens them), and byte-level mutations of real and built images.
//!
//! `cargo test --test fuzz` runs each property with a modest number of cases (about 3 s in the
//! debug profile on 2 cores). For a longer run, set `PROPTEST_CASES`, which replaces every
//! property's own count:
//!
//! ```text
//! PROPTEST_CASES=20000 cargo test --release --test fuzz
//! ```
//!
//! On 2 cores, `PROPTEST_CASES=2000` runs in about 30 s in release (plus the build) and 20000 in
//! about 3 minutes; the byte mutations of the 1–2 MB samples are the slowest property. A failing
//! case is printed minimised (nothing is persisted to disk); every bug found this way becomes a
//! plain `#[test]` in the regressions section at the end of this file (`#[ignore]`d with the
//! reason while the bug is open: `-- --ignored` shows whether it is fixed yet). Each local run
//! explores new random cases; CI pins `PROPTEST_RNG_SEED` (see `.ci/run`) so its result is
//! reproducible.

mod common;

use std::collections::HashSet;
use std::io::Cursor;
use std::path::Path;
use std::sync::OnceLock;

use common::build::{gzip, raw_header, raw_tar, sha, zstd, RawEntry};
use layerhound::analysis::Analysis;
use layerhound::entry::{Entry, EntryKind};
use layerhound::entry_table::EntryTable;
use layerhound::image::config;
use layerhound::input;
use layerhound::layer::{self, LayerData, NoSink};
use layerhound::limits::Limits;
use layerhound::overlay::{self, Cause, Overlay, State};
use layerhound::report::Report;
use layerhound::scan::ioc::IocSet;
use layerhound::scan::meta::MetaChecks;
use layerhound::scan::nested;
use layerhound::scan::secrets::DetectorSet;
use layerhound::scan::yara::RuleSet;
use layerhound::scan::{ContentScanner, Engines};
use layerhound::ScanOptions;
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::{json, Value};

/// `cases` by default; `PROPTEST_CASES` wins when set. Failures are not persisted to files (the
/// minimised input is printed, and goes into the regressions section by hand).
fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

// ================================================================ layer entries

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
    Symlink,
    Hardlink,
    Char,
    Block,
    Fifo,
    /// GNU sparse ('S') with whatever sparse map the header holds (none).
    Sparse,
}

impl Kind {
    fn tar(self) -> tar::EntryType {
        match self {
            Kind::File => tar::EntryType::Regular,
            Kind::Dir => tar::EntryType::Directory,
            Kind::Symlink => tar::EntryType::Symlink,
            Kind::Hardlink => tar::EntryType::Link,
            Kind::Char => tar::EntryType::Char,
            Kind::Block => tar::EntryType::Block,
            Kind::Fifo => tar::EntryType::Fifo,
            Kind::Sparse => tar::EntryType::GNUSparse,
        }
    }

    fn entry_kind(self) -> EntryKind {
        match self {
            Kind::File => EntryKind::File,
            Kind::Dir => EntryKind::Dir,
            Kind::Symlink => EntryKind::Symlink,
            Kind::Hardlink => EntryKind::Hardlink,
            Kind::Char => EntryKind::CharDevice,
            Kind::Block => EntryKind::BlockDevice,
            Kind::Fifo => EntryKind::Fifo,
            Kind::Sparse => EntryKind::File,
        }
    }
}

/// One tar entry as generated: written byte for byte, nothing sanitised.
#[derive(Clone)]
struct GenEntry {
    name: Vec<u8>,
    kind: Kind,
    body: Vec<u8>,
    link: Vec<u8>,
    mode: u32,
    uid: u64,
    /// The mode field is not octal.
    garbage_mode: bool,
    /// uid, gid and mtime fields are not numbers.
    garbage_ids: bool,
    /// Name (and link) carried by a PAX record instead of the header or a GNU long name.
    pax: bool,
    /// Other PAX records: sizes, ids, times, sparse maps, empty paths.
    extras: Vec<(&'static str, Vec<u8>)>,
}

impl GenEntry {
    /// Records that change how the entry is framed: the reader may legitimately see another
    /// entry than the one generated, from here on.
    fn exotic(&self) -> bool {
        // A body behind a header-only type is read as further headers, as Go's archive/tar does.
        let header_only = !matches!(self.kind, Kind::File | Kind::Sparse);
        self.kind == Kind::Sparse || !self.extras.is_empty() || (header_only && !self.body.is_empty())
    }
}

/// Byte strings as `b"..."` in failure output.
fn escaped(bytes: &[u8]) -> String {
    format!("b\"{}\"", bytes.escape_ascii())
}

impl std::fmt::Debug for GenEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {} body={} link={}", self.kind, escaped(&self.name), escaped(&self.body), escaped(&self.link))?;
        if (self.mode, self.uid) != (0o644, 0) {
            write!(f, " mode={:o} uid={}", self.mode, self.uid)?;
        }
        if self.garbage_mode {
            write!(f, " garbage-mode")?;
        }
        if self.garbage_ids {
            write!(f, " garbage-ids")?;
        }
        if self.pax {
            write!(f, " pax")?;
        }
        for (key, value) in &self.extras {
            write!(f, " {key}={}", escaped(value))?;
        }
        Ok(())
    }
}

/// Path components chosen to hit every rule: traversal, empty components (`//`), whiteout and
/// opaque markers, invalid markers, AUFS metadata, non-UTF-8 bytes, names past the 100-byte
/// header field.
fn component() -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        5 => Just(b"a".to_vec()),
        4 => Just(b"b".to_vec()),
        2 => Just(b"..".to_vec()),
        2 => Just(b".".to_vec()),
        1 => Just(Vec::new()),
        2 => Just(b".wh.a".to_vec()),
        1 => Just(b".wh.b".to_vec()),
        2 => Just(b".wh..wh..opq".to_vec()),
        1 => Just(b".wh.".to_vec()),
        1 => Just(b".wh..".to_vec()),
        1 => Just(b".wh..wh.plnk".to_vec()),
        1 => Just(b"\xff".to_vec()),
        1 => Just(vec![b'n'; 110]),
    ]
    .boxed()
}

fn join_parts(prefix: &[u8], parts: &[Vec<u8>]) -> Vec<u8> {
    let mut out = prefix.to_vec();
    out.extend(parts.join(&b'/'));
    out
}

/// A path: optional `/` or `./` prefix, components, optional trailing `/`.
fn gen_path(max_parts: usize) -> impl Strategy<Value = Vec<u8>> {
    (prop_oneof![3 => Just(&b""[..]), 1 => Just(&b"/"[..]), 1 => Just(&b"./"[..])], vec(component(), 1..=max_parts), any::<bool>())
        .prop_map(|(prefix, parts, trailing)| {
            let mut path = join_parts(prefix, &parts);
            if trailing {
                path.push(b'/');
            }
            path
        })
}

/// A symlink target: absolute or relative, `..` chains, possibly empty.
fn link_target() -> impl Strategy<Value = Vec<u8>> {
    (prop_oneof![Just(&b""[..]), Just(&b"/"[..])], vec(component(), 0..=4)).prop_map(|(prefix, parts)| join_parts(prefix, &parts))
}

fn gen_entry() -> impl Strategy<Value = GenEntry> {
    let kind = prop_oneof![
        6 => Just(Kind::File),
        3 => Just(Kind::Dir),
        2 => Just(Kind::Symlink),
        2 => Just(Kind::Hardlink),
        1 => Just(Kind::Char),
        1 => Just(Kind::Block),
        1 => Just(Kind::Fifo),
        1 => Just(Kind::Sparse),
    ];
    let mode = prop_oneof![Just(0o644u32), Just(0o755), Just(0o4755), Just(0o7777), any::<u32>().prop_map(|m| m & 0o7777)];
    let uid = prop_oneof![Just(0u64), Just(1000), Just(0o7777777)];
    (
        gen_path(4),
        kind,
        vec(any::<u8>(), 0..8),
        prop::bool::weighted(0.05),
        link_target(),
        gen_path(3),
        mode,
        uid,
        (prop::bool::weighted(0.03), prop::bool::weighted(0.03)),
        prop::bool::weighted(0.08),
        prop_oneof![19 => Just(Vec::new()), 1 => vec(pax_extra(), 1..3)],
    )
        .prop_map(|(name, kind, body, odd_body, symlink, hardlink, mode, uid, (garbage_mode, garbage_ids), pax, extras)| {
            let link = match kind {
                Kind::Symlink => symlink,
                Kind::Hardlink => hardlink,
                _ => Vec::new(),
            };
            // Links, directories and devices carry a body only rarely (some writers do).
            let body = if kind == Kind::File || odd_body { body } else { Vec::new() };
            GenEntry { name, kind, body, link, mode, uid, garbage_mode, garbage_ids, pax, extras }
        })
}

fn pax_extra() -> impl Strategy<Value = (&'static str, Vec<u8>)> {
    let numbers =
        || prop::sample::select(vec!["0", "1", "3", "-1", "", ".", "1.5", "1e9", "abc", "18446744073709551616", "99999999999999999999"]);
    prop_oneof![
        (
            prop::sample::select(vec![
                "size",
                "uid",
                "gid",
                "mtime",
                "GNU.sparse.size",
                "GNU.sparse.realsize",
                "GNU.sparse.numblocks",
                "GNU.sparse.offset",
                "GNU.sparse.numbytes"
            ]),
            numbers()
        )
            .prop_map(|(k, v)| (k, v.as_bytes().to_vec())),
        (
            prop::sample::select(vec!["path", "linkpath", "GNU.sparse.name"]),
            prop::sample::select(vec![&b""[..], b"/", b"../x", b"a\0b", b".wh.a", b"\xff"])
        )
            .prop_map(|(k, v)| (k, v.to_vec())),
        prop::sample::select(vec![
            ("GNU.sparse.major", "1"),
            ("GNU.sparse.minor", "0"),
            ("GNU.sparse.map", "0,1,2"),
            ("GNU.sparse.map", "9,"),
            ("hdrcharset", "BINARY")
        ])
        .prop_map(|(k, v)| (k, v.as_bytes().to_vec())),
    ]
}

/// A GNU long-name ('L') or long-link ('K') record: the full name as the next entry's body.
fn long_record(builder: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, value: &[u8]) {
    let mut header = tar::Header::new_gnu();
    header.as_gnu_mut().unwrap().name[..13].copy_from_slice(b"././@LongLink");
    header.set_mode(0o644);
    header.set_entry_type(kind);
    header.set_size(value.len() as u64 + 1);
    header.set_cksum();
    let mut body = value.to_vec();
    body.push(0);
    builder.append(&header, body.as_slice()).unwrap();
}

/// Appends one member: raw GNU header, with GNU long-name/long-link records or a PAX record for
/// what does not fit in 100 bytes.
fn append_raw(
    builder: &mut tar::Builder<Vec<u8>>,
    name: &[u8],
    kind: tar::EntryType,
    body: &[u8],
    link: &[u8],
    pax: bool,
    extras: &[(&'static str, Vec<u8>)],
) -> tar::Header {
    let mut records: Vec<(&str, &[u8])> = extras.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    if pax {
        records.push(("path", name));
        if !link.is_empty() {
            records.push(("linkpath", link));
        }
    }
    if !records.is_empty() {
        builder.append_pax_extensions(records).unwrap();
    }
    if !pax {
        if name.len() > 100 {
            long_record(builder, tar::EntryType::GNULongName, name);
        }
        if link.len() > 100 {
            long_record(builder, tar::EntryType::GNULongLink, link);
        }
    }
    raw_header(&name[..name.len().min(100)], kind, body.len() as u64, &link[..link.len().min(100)])
}

fn layer_tar(entries: &[GenEntry]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for e in entries {
        let mut header = append_raw(&mut builder, &e.name, e.kind.tar(), &e.body, &e.link, e.pax, &e.extras);
        header.set_mode(e.mode);
        header.set_uid(e.uid);
        header.set_gid(e.uid);
        let gnu = header.as_gnu_mut().unwrap();
        if e.garbage_mode {
            gnu.mode = *b"zz\xffzzzz\0";
        }
        if e.garbage_ids {
            gnu.uid = *b"zz\x80zzzz\0";
            gnu.gid = *b"-1\0\0\0\0\0\0";
            gnu.mtime = *b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff";
        }
        header.set_cksum();
        builder.append(&header, e.body.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

fn compress(bytes: &[u8], how: u8) -> Vec<u8> {
    match how {
        1 => gzip(bytes),
        2 => zstd(bytes),
        _ => bytes.to_vec(),
    }
}

#[derive(Debug, Clone)]
struct GenLayer {
    entries: Vec<GenEntry>,
    /// 0 none, 1 gzip, 2 zstd.
    compression: u8,
    /// Cut the blob to this many thousandths of its length.
    cut: Option<u16>,
}

impl GenLayer {
    fn tar(&self) -> Vec<u8> {
        layer_tar(&self.entries)
    }

    fn blob(&self) -> Vec<u8> {
        let mut blob = compress(&self.tar(), self.compression);
        if let Some(cut) = self.cut {
            blob.truncate(blob.len() * usize::from(cut) / 1000);
        }
        blob
    }
}

fn gen_layer(max_entries: usize) -> impl Strategy<Value = GenLayer> {
    (vec(gen_entry(), 0..=max_entries), prop_oneof![6 => Just(0u8), 1 => Just(1), 1 => Just(2)], prop::option::weighted(0.1, 0u16..1000))
        .prop_map(|(entries, compression, cut)| GenLayer { entries, compression, cut })
}

/// The default limits mostly; sometimes tight ones, so that every limit is hit.
fn gen_limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        4 => Just(Limits::default()),
        1 => (1u64..6, 4usize..64, 0u64..2048, 0usize..4, 0u64..8).prop_map(|(entries, path, header, hops, file)| Limits {
            max_entries: entries,
            max_path_bytes: path,
            max_header_bytes: header,
            max_link_hops: hops,
            max_file_bytes: file,
            ..Limits::default()
        }),
    ]
}

// ================================================================ layer and overlay invariants

fn basename(path: &[u8]) -> &[u8] {
    path.rsplit(|b| *b == b'/').next().unwrap_or(path)
}

fn parent(path: &[u8]) -> &[u8] {
    match path.iter().rposition(|b| *b == b'/') {
        Some(0) | None => b"/",
        Some(pos) => &path[..pos],
    }
}

/// Absolute and normalised: `/` then non-empty components, none `.` or `..`, no trailing `/`.
fn well_formed(path: &[u8]) -> bool {
    path.len() > 1
        && path[0] == b'/'
        && !path.ends_with(b"/")
        && path[1..].split(|b| *b == b'/').all(|c| !c.is_empty() && c != b"." && c != b"..")
}

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// What the reader must give for the generated entries.
fn check_layer(data: &LayerData, layer: &GenLayer, limits: &Limits) -> Result<(), TestCaseError> {
    let generated = &layer.entries;
    // Entries before the first exotic one are read as generated.
    let aligned = generated.iter().position(GenEntry::exotic).unwrap_or(generated.len()) as u32;
    let mut last: Option<u32> = None;
    for entry in data.entries.iter() {
        prop_assert!(last.is_none_or(|l| entry.index > l), "entry indexes increase: {:?} after {:?}", entry.index, last);
        last = Some(entry.index);
        if entry.index >= aligned {
            continue;
        }
        let Some(gen) = generated.get(entry.index as usize) else {
            return Err(TestCaseError::fail(format!("entry index {} past the {} generated entries", entry.index, generated.len())));
        };
        prop_assert_eq!(show(&entry.raw_path), show(&gen.name), "entry {}: raw path kept byte for byte", entry.index);
        prop_assert_eq!(entry.meta.kind, gen.kind.entry_kind());
        if entry.meta.kind == EntryKind::File {
            prop_assert_eq!(entry.meta.size, gen.body.len() as u64);
            // The last entry of a broken layer is listed even when its content was cut short.
            let cut_short = data.error.is_some() && Some(entry.index) == data.entries.last().map(|e| e.index);
            if entry.meta.size > limits.max_file_bytes {
                prop_assert!(entry.meta.sha256.is_none());
            } else if cut_short && entry.meta.sha256.is_none() {
                prop_assert!(data.not_scanned.iter().any(|n| n.contains("bytes read")), "entry {}: a cut is recorded", entry.index);
            } else {
                prop_assert_eq!(entry.meta.sha256.map(|s| s.to_string()), Some(sha(&gen.body)), "entry {}: content hash", entry.index);
            }
        } else {
            prop_assert_eq!(entry.meta.size, 0);
            prop_assert!(entry.meta.sha256.is_none());
        }
        if !gen.link.is_empty() {
            prop_assert_eq!(entry.link.as_deref().map(show), Some(show(&gen.link)));
        }
        prop_assert_eq!(entry.meta.mode, if gen.garbage_mode { 0 } else { gen.mode });
        prop_assert_eq!(entry.meta.uid, if gen.garbage_ids { 0 } else { gen.uid });
    }
    let blob = layer.blob();
    for entry in data.entries.iter().filter(|e| e.meta.sha256.is_some() && e.index < aligned) {
        let mut out = Vec::new();
        let copied = layer::copy_entry(&blob, entry.index, limits, &mut out);
        prop_assert!(copied.is_ok(), "copy_entry {}: {:?}", entry.index, copied);
        prop_assert_eq!(out, generated[entry.index as usize].body.clone(), "copy_entry {} gives the entry's bytes", entry.index);
    }
    let tar = layer.tar();
    let whole = layer.cut.is_none() || layer.compression == 0;
    if data.error.is_none() && whole {
        let uncompressed = if layer.compression == 0 { layer.blob() } else { tar.clone() };
        prop_assert_eq!(
            data.diff_id.map(|d| d.to_string()),
            Some(format!("sha256:{}", sha(&uncompressed))),
            "an error-free read hashes every byte"
        );
        prop_assert_eq!(data.uncompressed_size, uncompressed.len() as u64);
    }
    prop_assert_eq!(data.diff_id.is_some(), data.error.is_none(), "diff_id exactly when the stream was read without error");
    let plain = aligned as usize == generated.len();
    if plain && layer.cut.is_none() && limits.max_entries >= generated.len() as u64 && limits.max_header_bytes >= 1 << 20 {
        prop_assert!(data.error.is_none(), "a well-formed layer reads without error: {:?}", data.error);
        let skipped = generated.iter().filter(|g| g.name.len() > limits.max_path_bytes).count();
        prop_assert_eq!(data.entries.len() + skipped, generated.len(), "every entry read or reported skipped");
    }
    Ok(())
}

fn find_entry(layers: &[Option<&EntryTable>], layer: usize, index: u32) -> Option<Entry> {
    layers.get(layer).copied().flatten()?.find(index)
}

/// The invariants of the merged view and of every kept version.
fn check_overlay(overlay: &Overlay, layers: &[Option<&EntryTable>]) -> Result<(), TestCaseError> {
    prop_assert_eq!(overlay.per_layer.len(), layers.len());
    for (key, &index) in &overlay.live {
        prop_assert!(well_formed(key), "live path {:?} is not normalised", show(key));
        let version = overlay.version(index);
        prop_assert_eq!(show(&version.path), show(key), "a live version's path is its key");
        prop_assert_eq!(version.state, State::Present);
        let up = parent(key);
        if up != b"/" {
            let parent_kind = overlay.live.get(up).map(|i| overlay.version(*i).meta.kind);
            prop_assert_eq!(parent_kind, Some(EntryKind::Dir), "the parent of live {:?} is a live directory", show(key));
        }
    }
    let present = overlay.versions().filter(|v| v.state == State::Present).count();
    prop_assert_eq!(present, overlay.live.len());
    let stats: (usize, usize) =
        overlay.per_layer.iter().fold((0, 0), |(p, all), s| (p + s.present, all + s.present + s.deleted + s.overwritten));
    prop_assert_eq!(stats, (overlay.live.len(), overlay.len()), "per-layer counts add up");

    for (i, v) in overlay.versions().enumerate() {
        let at = format!("version {i} {:?} (layer {})", show(&v.path), v.layer);
        prop_assert!(well_formed(&v.path), "{}: path not normalised", at);
        prop_assert!(v.layer < layers.len(), "{}", at);
        let live = overlay.live.get(&v.path) == Some(&i);
        prop_assert_eq!(v.state == State::Present, live, "{}: present exactly when live", at);
        prop_assert_eq!(v.hidden_by.is_none(), live, "{}: hidden_by exactly when not present", at);
        match v.state {
            State::Present => prop_assert_eq!(v.by_layer, None, "{}", at),
            State::Overwritten => {
                let shown = overlay.live.get(&v.path).map(|j| overlay.version(*j).layer);
                prop_assert!(shown.is_some(), "{}: overwritten but nothing shows", at);
                prop_assert_eq!(v.by_layer, shown, "{}: by_layer is the shown version's layer", at);
                prop_assert!(shown.unwrap() >= v.layer, "{}: overwritten by a lower layer", at);
            }
            State::Deleted => {
                prop_assert!(!overlay.live.contains_key(&v.path), "{}", at);
                prop_assert!(v.by_layer.is_some_and(|l| l >= v.layer), "{}: deleted by {:?}", at, v.by_layer);
            }
        }
        if let Some((layer, cause)) = v.hidden_by {
            match cause {
                // Markers act on lower layers only.
                Cause::Whiteout | Cause::Opaque => prop_assert!(layer > v.layer, "{}: {:?} from layer {}", at, cause, layer),
                Cause::DuplicateEntry => prop_assert_eq!(layer, v.layer, "{}", at),
                Cause::Overwritten | Cause::ParentReplaced => prop_assert!(layer >= v.layer, "{}: {:?} from layer {}", at, cause, layer),
            }
            prop_assert!(layer < layers.len(), "{}", at);
        }
        // A `.wh.` name is always a marker, never a file: such a path exists only as a directory
        // implied by a deeper entry (`.wh.d/inside` is a file in a directory named `.wh.d`).
        if basename(&v.path).starts_with(b".wh.") {
            prop_assert!(
                v.entry.is_none() && v.meta.kind == EntryKind::Dir,
                "{}: a whiteout name as {:?} entry {:?}",
                at,
                v.meta.kind,
                v.entry
            );
        }
        match v.entry {
            None => {
                prop_assert_eq!(
                    (v.meta.kind, v.meta.mode, v.meta.uid, v.meta.gid),
                    (EntryKind::Dir, 0o755, 0, 0),
                    "{}: implied directory",
                    at
                );
                prop_assert!(v.content.is_none(), "{}", at);
            }
            Some(e) => {
                let Some(entry) = find_entry(layers, v.layer, e) else {
                    return Err(TestCaseError::fail(format!("{at}: entry {e} is not in its layer")));
                };
                match entry.meta.kind {
                    // A hardlink to a symlink, device or FIFO is that thing.
                    EntryKind::Hardlink => prop_assert!(
                        matches!(
                            v.meta.kind,
                            EntryKind::Hardlink | EntryKind::Symlink | EntryKind::CharDevice | EntryKind::BlockDevice | EntryKind::Fifo
                        ),
                        "{}",
                        at
                    ),
                    kind => prop_assert_eq!(v.meta.kind, kind, "{}", at),
                }
                if v.meta.kind == EntryKind::File {
                    prop_assert_eq!(v.content, Some((v.layer, e)), "{}: a file's content is its own entry", at);
                    prop_assert_eq!(v.meta.sha256, entry.meta.sha256, "{}", at);
                }
                if v.meta.kind == EntryKind::Hardlink {
                    let link = v.link.as_deref().unwrap_or_default();
                    prop_assert!(link == b"/" || well_formed(link), "{}: hardlink target {:?} not normalised", at, show(link));
                }
            }
        }
        if let Some((layer, e)) = v.content {
            prop_assert!(layer <= v.layer, "{}: content from a later layer {}", at, layer);
            prop_assert!(matches!(v.meta.kind, EntryKind::File | EntryKind::Hardlink), "{}: {:?} with content", at, v.meta.kind);
            let Some(source) = find_entry(layers, layer, e) else {
                return Err(TestCaseError::fail(format!("{at}: content entry {e} is not in layer {layer}")));
            };
            prop_assert_eq!(source.meta.kind, EntryKind::File, "{}: content is a regular file's", at);
            prop_assert_eq!(v.meta.sha256, source.meta.sha256, "{}: hash of the content entry", at);
            prop_assert_eq!(v.meta.size, source.meta.size, "{}", at);
        }
    }
    Ok(())
}

/// Everything the overlay decided, for comparing two runs.
fn fingerprint(overlay: &Overlay) -> Vec<String> {
    let versions = overlay.versions().map(|v| {
        format!(
            "{:?}",
            (
                &v.path,
                v.layer,
                v.entry,
                v.meta.kind,
                v.state,
                v.by_layer,
                v.hidden_by,
                v.content,
                &v.link,
                v.meta.sha256,
                v.meta.mode,
                v.meta.size
            )
        )
    });
    let tree = overlay.present().map(|v| v.tree_line());
    let anomalies = overlay.anomalies.iter().map(|a| format!("{a:?}"));
    versions.chain(tree).chain(anomalies).collect()
}

fn run_layers(layers: &[GenLayer], limits: &Limits) -> Result<(), TestCaseError> {
    let blobs: Vec<Vec<u8>> = layers.iter().map(GenLayer::blob).collect();
    let read: Vec<LayerData> = blobs.iter().map(|b| layer::read("layer", b, limits, &NoSink)).collect();
    for (data, layer) in read.iter().zip(layers) {
        check_layer(data, layer, limits)?;
    }
    let entries: Vec<Option<&EntryTable>> = read.iter().map(|d| Some(&d.entries)).collect();
    let built = overlay::build(&entries, limits.max_link_hops);
    check_overlay(&built, &entries)?;

    // Determinism: the same bytes read and stacked again give the same result.
    let again: Vec<LayerData> = blobs.iter().map(|b| layer::read("layer", b, limits, &NoSink)).collect();
    for (a, b) in read.iter().zip(&again) {
        prop_assert_eq!(format!("{:?}", a.entries), format!("{:?}", b.entries));
        prop_assert_eq!(&a.diff_id, &b.diff_id);
    }
    let again_entries: Vec<Option<&EntryTable>> = again.iter().map(|d| Some(&d.entries)).collect();
    prop_assert_eq!(fingerprint(&built), fingerprint(&overlay::build(&again_entries, limits.max_link_hops)));

    // An unreadable layer (None) contributes nothing; the rest still obeys every rule.
    if entries.len() > 1 {
        let mut holes = entries.clone();
        holes[0] = None;
        let partial = overlay::build(&holes, limits.max_link_hops);
        check_overlay(&partial, &holes)?;
        prop_assert_eq!(partial.per_layer[0].entries, 0);
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(384))]

    /// Layer reader + overlay over 1–4 generated layers.
    #[test]
    fn layer_reader_and_overlay_keep_their_invariants(layers in vec(gen_layer(10), 1..=4), limits in gen_limits()) {
        run_layers(&layers, &limits)?;
    }
}

// ================================================================ JSON with references to blobs

/// What a blob is for; references prefer blobs of the role they name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Layer,
    Config,
    Manifest,
    Index,
    Other,
}

/// A JSON value that may name the blobs of the archive being built: their digests, diff_ids,
/// member names and sizes, resolved once the referenced blobs' bytes exist.
#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// `sha256:<hex>` of a blob of this role.
    Digest(Role, usize),
    /// The size of a blob of this role.
    Size(Role, usize),
    /// The member name of a blob of this role.
    Name(Role, usize),
    /// `sha256:<hex>` of a layer's uncompressed content.
    DiffId(usize),
    /// The diff_ids of every layer made so far, in order.
    AllDiffIds,
    /// Descriptors of every layer made so far, in order.
    AllLayerDescriptors,
    /// Member names of every layer made so far, in order.
    AllLayerNames,
    /// The name of an in-archive link member, one of four.
    LinkName(u8),
    /// A Docker v1 layer id (bare hex), one of three.
    V1Id(u8),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

struct Made {
    role: Role,
    name: String,
    hex: String,
    diff_id: String,
    size: usize,
    media_type: &'static str,
}

fn v1_id(n: u8) -> String {
    sha(&[n % 3])
}

fn link_name(n: u8) -> String {
    ["link0", "l1/layer.tar", "blobs/sha256/link2", "link3.json"][usize::from(n % 4)].to_string()
}

/// A made blob of `role` (any blob when there is none), chosen by `k`.
fn pick(made: &[Made], role: Role, k: usize) -> Option<&Made> {
    let of_role: Vec<&Made> = made.iter().filter(|m| m.role == role).collect();
    if of_role.is_empty() {
        made.get(k % made.len().max(1))
    } else {
        Some(of_role[k % of_role.len()])
    }
}

fn resolve(j: &J, made: &[Made]) -> Value {
    let bogus = || json!(format!("sha256:{}", "0".repeat(64)));
    let layers = || made.iter().filter(|m| m.role == Role::Layer);
    match j {
        J::Null => Value::Null,
        J::Bool(b) => json!(b),
        J::Int(n) => json!(n),
        J::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        J::Str(s) => json!(s),
        J::Digest(role, k) => pick(made, *role, *k).map_or_else(bogus, |m| json!(format!("sha256:{}", m.hex))),
        J::Size(role, k) => pick(made, *role, *k).map_or(json!(0), |m| json!(m.size)),
        J::Name(role, k) => pick(made, *role, *k).map_or_else(|| json!("layer.tar"), |m| json!(m.name)),
        J::DiffId(k) => pick(made, Role::Layer, *k).map_or_else(bogus, |m| json!(format!("sha256:{}", m.diff_id))),
        J::AllDiffIds => Value::Array(layers().map(|m| json!(format!("sha256:{}", m.diff_id))).collect()),
        J::AllLayerDescriptors => Value::Array(
            layers().map(|m| json!({"mediaType": m.media_type, "digest": format!("sha256:{}", m.hex), "size": m.size})).collect(),
        ),
        J::AllLayerNames => Value::Array(layers().map(|m| json!(m.name)).collect()),
        J::LinkName(n) => json!(link_name(*n)),
        J::V1Id(n) => json!(v1_id(*n)),
        J::Arr(items) => Value::Array(items.iter().map(|i| resolve(i, made)).collect()),
        J::Obj(fields) => Value::Object(fields.iter().map(|(k, v)| (k.clone(), resolve(v, made))).collect()),
    }
}

const MEDIA_TYPES: &[&str] = &[
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.oci.image.config.v1+json",
    "application/vnd.oci.image.layer.v1.tar",
    "application/vnd.oci.image.layer.v1.tar+gzip",
    "application/vnd.oci.image.layer.v1.tar+zstd",
    "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
];

const KEYS: &[&str] = &[
    "Config",
    "Layers",
    "RepoTags",
    "manifests",
    "mediaType",
    "digest",
    "size",
    "config",
    "layers",
    "annotations",
    "platform",
    "urls",
    "schemaVersion",
    "rootfs",
    "diff_ids",
    "history",
    "empty_layer",
    "created_by",
    "os",
    "architecture",
    "parent",
    "Env",
    "Cmd",
    "Labels",
    "org.opencontainers.image.ref.name",
    "vnd.docker.reference.type",
];

const ROLES: &[Role] = &[Role::Layer, Role::Config, Role::Manifest, Role::Index, Role::Other];

fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => prop::sample::select(MEDIA_TYPES).prop_map(String::from),
        2 => prop::sample::select(vec![
            "", "latest", "sha256:", "sha256:../../etc/passwd", "../manifest.json", "/etc/passwd", "blobs/sha256/", "layer.tar",
            "linux", "amd64", "attestation-manifest", "\u{0}", "ü\u{202e}", "x/layer.tar", "index.json", "manifest.json",
        ])
        .prop_map(String::from),
        1 => Just("a".repeat(300)),
        2 => "[ -~]{0,12}",
        1 => "\\PC{0,6}",
    ]
    .boxed()
}

fn key() -> BoxedStrategy<String> {
    prop_oneof![5 => prop::sample::select(KEYS).prop_map(String::from), 1 => text()].boxed()
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(ROLES)
}

fn leaf() -> BoxedStrategy<J> {
    prop_oneof![
        1 => Just(J::Null),
        1 => any::<bool>().prop_map(J::Bool),
        1 => prop_oneof![Just(0i64), Just(-1), Just(2), Just(i64::MAX), any::<i64>()].prop_map(J::Int),
        1 => any::<f64>().prop_map(J::Float),
        3 => text().prop_map(J::Str),
        2 => (role(), any::<usize>()).prop_map(|(r, k)| J::Digest(r, k)),
        1 => (role(), any::<usize>()).prop_map(|(r, k)| J::Size(r, k)),
        2 => (role(), any::<usize>()).prop_map(|(r, k)| J::Name(r, k)),
        1 => any::<usize>().prop_map(J::DiffId),
        1 => any::<u8>().prop_map(J::LinkName),
        1 => any::<u8>().prop_map(J::V1Id),
    ]
    .boxed()
}

fn any_json() -> BoxedStrategy<J> {
    leaf()
        .prop_recursive(3, 24, 4, |inner| {
            prop_oneof![vec(inner.clone(), 0..4).prop_map(J::Arr), vec((key(), inner), 0..4).prop_map(J::Obj)]
        })
        .boxed()
}

/// Mostly `shape`, sometimes any value at all.
fn or_any(shape: impl Strategy<Value = J> + 'static) -> BoxedStrategy<J> {
    prop_oneof![12 => shape, 1 => any_json()].boxed()
}

/// An object from fields each present with probability 0.94.
fn obj(fields: Vec<(&'static str, BoxedStrategy<J>)>) -> BoxedStrategy<J> {
    let fields: Vec<BoxedStrategy<Option<(String, J)>>> =
        fields.into_iter().map(|(k, s)| prop::option::weighted(0.94, s.prop_map(move |v| (k.to_string(), v))).boxed()).collect();
    fields.prop_map(|fields| J::Obj(fields.into_iter().flatten().collect())).boxed()
}

fn str_of(values: &'static [&'static str]) -> BoxedStrategy<J> {
    prop::sample::select(values).prop_map(|s| J::Str(s.to_string())).boxed()
}

/// An OCI descriptor of a blob of `role` (mostly a true one), with the optional fields that
/// change how it is followed: platform, annotations (ref names, attestations), urls (foreign).
fn descriptor(role: Role) -> BoxedStrategy<J> {
    let annotations = obj(vec![
        ("org.opencontainers.image.ref.name", or_any(text().prop_map(J::Str))),
        ("io.containerd.image.name", or_any(text().prop_map(J::Str))),
        ("vnd.docker.reference.type", or_any(str_of(&["attestation-manifest", "other", "other", "other"]))),
    ]);
    let platform = obj(vec![
        ("os", or_any(str_of(&["linux", "windows"]))),
        ("architecture", or_any(str_of(&["amd64", "arm64"]))),
        ("variant", or_any(str_of(&["v8"]))),
    ]);
    let media = match role {
        Role::Layer => &MEDIA_TYPES[3..7],
        Role::Config => &MEDIA_TYPES[2..3],
        Role::Index => &MEDIA_TYPES[1..2],
        _ => &MEDIA_TYPES[..1],
    };
    (any::<usize>(), prop::bool::weighted(0.9), prop::bool::weighted(0.9))
        .prop_flat_map(move |(k, same_role, same_size)| {
            let role = if same_role { Just(role).boxed() } else { self::role().boxed() };
            (role, Just(k), Just(same_size))
        })
        .prop_flat_map(move |(role, k, same_size)| {
            let size = if same_size { Just(J::Size(role, k)).boxed() } else { any_json() };
            obj(vec![
                (
                    "mediaType",
                    or_any(
                        prop_oneof![8 => prop::sample::select(media), 1 => prop::sample::select(MEDIA_TYPES)]
                            .prop_map(|m| J::Str(m.into())),
                    ),
                ),
                ("digest", or_any(Just(J::Digest(role, k)))),
                ("size", or_any(size)),
                ("annotations", prop_oneof![2 => Just(J::Null), 1 => annotations.clone()].boxed()),
                ("platform", prop_oneof![2 => Just(J::Null), 1 => platform.clone()].boxed()),
                ("urls", prop_oneof![6 => Just(J::Null), 1 => any_json()].boxed()),
            ])
        })
        .prop_map(|desc| match desc {
            // Null stands for "absent" for the optional fields.
            J::Obj(fields) => J::Obj(fields.into_iter().filter(|(k, v)| !(matches!(v, J::Null) && k != "digest")).collect()),
            other => other,
        })
        .boxed()
}

fn config_shape() -> BoxedStrategy<J> {
    let runtime = obj(vec![
        ("Env", or_any(vec(text().prop_map(J::Str), 0..3).prop_map(J::Arr))),
        ("Cmd", or_any(vec(text().prop_map(J::Str), 0..3).prop_map(J::Arr))),
        ("Labels", or_any(vec((key(), text().prop_map(J::Str)), 0..3).prop_map(J::Obj))),
        ("User", or_any(text().prop_map(J::Str))),
    ]);
    let diff_ids = prop_oneof![4 => Just(J::AllDiffIds), 1 => vec(or_any(any::<usize>().prop_map(J::DiffId)), 0..4).prop_map(J::Arr)];
    let rootfs = obj(vec![("type", or_any(str_of(&["layers"]))), ("diff_ids", or_any(diff_ids))]);
    let history_entry =
        obj(vec![("created_by", or_any(text().prop_map(J::Str))), ("empty_layer", or_any(prop::bool::weighted(0.2).prop_map(J::Bool)))]);
    obj(vec![
        ("architecture", or_any(str_of(&["amd64"]))),
        ("os", or_any(str_of(&["linux"]))),
        ("config", or_any(runtime)),
        ("rootfs", or_any(rootfs)),
        ("history", or_any(vec(or_any(history_entry), 0..5).prop_map(J::Arr))),
        ("parent", or_any(any::<u8>().prop_map(J::V1Id))),
        ("id", or_any(any::<u8>().prop_map(J::V1Id))),
    ])
}

fn oci_manifest_shape() -> BoxedStrategy<J> {
    let layers = prop_oneof![4 => Just(J::AllLayerDescriptors), 1 => vec(descriptor(Role::Layer), 0..4).prop_map(J::Arr)];
    obj(vec![
        ("schemaVersion", or_any(Just(J::Int(2)))),
        ("mediaType", or_any(str_of(&["application/vnd.oci.image.manifest.v1+json"]))),
        ("config", or_any(descriptor(Role::Config))),
        ("layers", or_any(layers)),
    ])
}

fn index_shape() -> BoxedStrategy<J> {
    let entry = prop_oneof![5 => descriptor(Role::Manifest), 1 => descriptor(Role::Index)];
    obj(vec![
        ("schemaVersion", or_any(Just(J::Int(2)))),
        ("mediaType", or_any(str_of(&["application/vnd.oci.image.index.v1+json"]))),
        ("manifests", or_any(vec(entry, 1..4).prop_map(J::Arr))),
    ])
}

fn docker_manifest_shape() -> BoxedStrategy<J> {
    let name = prop_oneof![4 => any::<usize>().prop_map(|k| J::Name(Role::Layer, k)), 1 => any::<u8>().prop_map(J::LinkName)];
    let layers = prop_oneof![4 => Just(J::AllLayerNames), 1 => vec(or_any(name), 0..4).prop_map(J::Arr)];
    let config = prop_oneof![4 => any::<usize>().prop_map(|k| J::Name(Role::Config, k)), 1 => any::<u8>().prop_map(J::LinkName)];
    let entry = obj(vec![
        ("Config", or_any(config)),
        ("Layers", or_any(layers)),
        ("RepoTags", or_any(vec(text().prop_map(J::Str), 0..3).prop_map(J::Arr))),
    ]);
    or_any(vec(or_any(entry), 1..3).prop_map(J::Arr))
}

fn repositories_shape() -> BoxedStrategy<J> {
    let tags = vec((text(), or_any(any::<u8>().prop_map(J::V1Id))), 0..3).prop_map(J::Obj);
    or_any(vec((text(), or_any(tags)), 0..3).prop_map(J::Obj))
}

// ================================================================ outer archives

#[derive(Debug, Clone)]
enum Body {
    Layer(GenLayer),
    Json(Role, J),
    Raw(Vec<u8>),
}

impl Body {
    fn role(&self) -> Role {
        match self {
            Body::Layer(_) => Role::Layer,
            Body::Json(role, _) => *role,
            Body::Raw(_) => Role::Other,
        }
    }
}

/// How a blob's member is named, from its digest.
#[derive(Debug, Clone)]
enum Naming {
    Oci,
    /// blobs/sha256/ with a hex that is not the content's: uppercase, short, another one.
    OciWrong(u8),
    HexTar,
    HexJson,
    V1Layer(u8),
    V1Json(u8),
    Fixed(usize),
    /// Past the 100-byte header field: a GNU long name.
    Long,
}

const FIXED_NAMES: &[&str] =
    &["config.json", "x/layer.tar", "../x", "layer.tar", "/abs/blob", "blobs/sha256/../../manifest.json", "./index.json", "a//b/./c"];

fn member_name(naming: &Naming, hex: &str) -> String {
    match naming {
        Naming::Oci => format!("blobs/sha256/{hex}"),
        Naming::OciWrong(0) => format!("blobs/sha256/{}", hex.to_uppercase()),
        Naming::OciWrong(1) => format!("blobs/sha256/{}", &hex[..63]),
        Naming::OciWrong(_) => format!("blobs/sha256/{}", sha(hex.as_bytes())),
        Naming::HexTar => format!("{hex}.tar"),
        Naming::HexJson => format!("{hex}.json"),
        Naming::V1Layer(n) => format!("{}/layer.tar", v1_id(*n)),
        Naming::V1Json(n) => format!("{}/json", v1_id(*n)),
        Naming::Fixed(i) => FIXED_NAMES[i % FIXED_NAMES.len()].to_string(),
        Naming::Long => format!("{}/blobs/sha256/{hex}", "d".repeat(60)),
    }
}

/// An in-archive symlink or hardlink member (or a directory or fifo in a file's place).
#[derive(Debug, Clone)]
struct Link {
    /// A link name of its own (`link_name`), or the name of another member (Err).
    name: Result<u8, usize>,
    /// Index into every member name and link name.
    target: usize,
    kind: tar::EntryType,
    /// 0 as is, 1 `../` before, 2 `/` before, 3 `./` before.
    style: u8,
}

#[derive(Debug, Clone)]
struct Outer {
    blobs: Vec<(Body, Naming)>,
    /// Make layers first, then configs, manifests and indexes, so that references can resolve.
    in_role_order: bool,
    manifest_json: Option<J>,
    index_json: Option<J>,
    repositories: Option<J>,
    oci_layout: Option<J>,
    links: Vec<Link>,
    shuffle: u64,
    /// 0 none, 1 gzip, 2 zstd.
    compression: u8,
}

fn gen_body() -> BoxedStrategy<Body> {
    prop_oneof![
        4 => gen_layer(6).prop_map(Body::Layer),
        2 => config_shape().prop_map(|j| Body::Json(Role::Config, j)),
        2 => oci_manifest_shape().prop_map(|j| Body::Json(Role::Manifest, j)),
        1 => index_shape().prop_map(|j| Body::Json(Role::Index, j)),
        1 => any_json().prop_map(|j| Body::Json(Role::Other, j)),
        1 => vec(any::<u8>(), 0..64).prop_map(Body::Raw),
    ]
    .boxed()
}

fn gen_naming() -> BoxedStrategy<Naming> {
    prop_oneof![
        8 => Just(Naming::Oci),
        1 => (0u8..3).prop_map(Naming::OciWrong),
        2 => Just(Naming::HexTar),
        1 => Just(Naming::HexJson),
        1 => any::<u8>().prop_map(Naming::V1Layer),
        1 => any::<u8>().prop_map(Naming::V1Json),
        1 => any::<usize>().prop_map(Naming::Fixed),
        1 => Just(Naming::Long),
    ]
    .boxed()
}

fn gen_outer() -> impl Strategy<Value = Outer> {
    let kind = prop_oneof![
        5 => Just(tar::EntryType::Symlink),
        5 => Just(tar::EntryType::Link),
        1 => Just(tar::EntryType::Directory),
        1 => Just(tar::EntryType::Fifo)
    ];
    let link = (prop_oneof![3 => any::<u8>().prop_map(Ok), 1 => any::<usize>().prop_map(Err)], any::<usize>(), kind, 0u8..4)
        .prop_map(|(name, target, kind, style)| Link { name, target, kind, style });
    let layout = prop_oneof![3 => Just(J::Obj(vec![("imageLayoutVersion".into(), J::Str("1.0.0".into()))])), 1 => any_json()];
    // Half the time a kit for at least one whole image: layers, a config and a manifest.
    let kit_naming = || prop_oneof![6 => Just(Naming::Oci), 1 => gen_naming()];
    let kit = (vec((gen_layer(6), kit_naming()), 1..3), config_shape(), oci_manifest_shape(), kit_naming(), kit_naming()).prop_map(
        |(layers, config, manifest, config_naming, manifest_naming)| {
            let mut kit: Vec<(Body, Naming)> = layers.into_iter().map(|(l, naming)| (Body::Layer(l), naming)).collect();
            kit.push((Body::Json(Role::Config, config), config_naming));
            kit.push((Body::Json(Role::Manifest, manifest), manifest_naming));
            kit
        },
    );
    // Which of manifest.json and index.json the archive has.
    let tops = prop_oneof![4 => Just((true, false)), 4 => Just((false, true)), 2 => Just((true, true)), 1 => Just((false, false))];
    (
        (vec((gen_body(), gen_naming()), 0..5), prop::option::weighted(0.5, kit)).prop_map(|(mut blobs, kit)| {
            blobs.extend(kit.into_iter().flatten());
            blobs
        }),
        prop::bool::weighted(0.8),
        (tops, docker_manifest_shape(), or_any(index_shape()))
            .prop_map(|((manifest, index), m, i)| (manifest.then_some(m), index.then_some(i))),
        prop::option::weighted(0.1, repositories_shape()),
        prop::option::weighted(0.3, layout),
        vec(link, 0..3),
        any::<u64>(),
        prop_oneof![8 => Just(0u8), 1 => Just(1), 1 => Just(2)],
    )
        .prop_map(|(blobs, in_role_order, (manifest_json, index_json), repositories, oci_layout, links, shuffle, compression)| Outer {
            blobs,
            in_role_order,
            manifest_json,
            index_json,
            repositories,
            oci_layout,
            links,
            shuffle,
            compression,
        })
}

struct Member {
    name: String,
    kind: tar::EntryType,
    body: Vec<u8>,
    link: String,
}

fn outer_bytes(plan: &Outer) -> Vec<u8> {
    let mut blobs: Vec<&(Body, Naming)> = plan.blobs.iter().collect();
    if plan.in_role_order {
        blobs.sort_by_key(|(body, _)| ROLES.iter().position(|r| *r == body.role()));
    }
    let mut made: Vec<Made> = Vec::new();
    let mut members: Vec<Member> = Vec::new();
    for (body, naming) in blobs {
        // A blob's JSON names only blobs made before it: digests cannot form a cycle.
        let (bytes, content, media_type) = match body {
            Body::Layer(layer) => (layer.blob(), layer.tar(), MEDIA_TYPES[3 + usize::from(layer.compression)]),
            Body::Json(_, j) => {
                let bytes = serde_json::to_vec(&resolve(j, &made)).unwrap();
                (bytes.clone(), bytes, MEDIA_TYPES[0])
            }
            Body::Raw(bytes) => (bytes.clone(), bytes.clone(), MEDIA_TYPES[2]),
        };
        let hex = sha(&bytes);
        let name = member_name(naming, &hex);
        made.push(Made { role: body.role(), name: name.clone(), hex, diff_id: sha(&content), size: bytes.len(), media_type });
        members.push(Member { name, kind: tar::EntryType::Regular, body: bytes, link: String::new() });
    }
    let tops = [
        ("manifest.json", &plan.manifest_json),
        ("index.json", &plan.index_json),
        ("repositories", &plan.repositories),
        ("oci-layout", &plan.oci_layout),
    ];
    for (name, value) in tops {
        if let Some(j) = value {
            let body = serde_json::to_vec(&resolve(j, &made)).unwrap();
            members.push(Member { name: name.into(), kind: tar::EntryType::Regular, body, link: String::new() });
        }
    }
    let mut pool: Vec<String> = members.iter().map(|m| m.name.clone()).collect();
    pool.extend((0..4).map(link_name));
    pool.extend(["manifest.json", "index.json", "repositories", "config.json"].map(String::from));
    for link in &plan.links {
        let name = match link.name {
            Ok(n) => link_name(n),
            Err(i) => pool[i % pool.len()].clone(),
        };
        let target = &pool[link.target % pool.len()];
        let target = match link.style {
            1 => format!("../{target}"),
            2 => format!("/{target}"),
            3 => format!("./{target}"),
            _ => target.clone(),
        };
        let target = if matches!(link.kind, tar::EntryType::Symlink | tar::EntryType::Link) { target } else { String::new() };
        members.push(Member { name, kind: link.kind, body: Vec::new(), link: target });
    }
    // Fisher-Yates with a xorshift seeded by the plan: member order matters (last one wins).
    let mut state = plan.shuffle | 1;
    for i in (1..members.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        members.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let mut builder = tar::Builder::new(Vec::new());
    for m in &members {
        let header = append_raw(&mut builder, m.name.as_bytes(), m.kind, &m.body, m.link.as_bytes(), false, &[]);
        builder.append(&header, m.body.as_slice()).unwrap();
    }
    compress(&builder.into_inner().unwrap(), plan.compression)
}

fn gen_outer_limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        5 => Just(Limits::default()),
        1 => (0u64..512, 0usize..3, 0usize..3, 1u64..4).prop_map(|(json, depth, hops, entries)| Limits {
            max_json_bytes: json,
            max_index_depth: depth,
            max_link_hops: hops,
            max_entries: entries,
            ..Limits::default()
        }),
    ]
}

// ================================================================ whole-pipeline checks

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report.schema.json");
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::draft202012::new(&schema).unwrap()
    })
}

/// Writes `bytes` to a fresh temp dir, scans it (compressed inputs spill into the same dir), and
/// checks the report and that the dir holds only the input afterwards. Also runs the analysis
/// directly, without the panic guard `scan` has, and checks every image's overlay.
fn scan_and_check(name: &str, bytes: &[u8], limits: &Limits) -> Result<Report, TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits.clone() }, ..ScanOptions::default() };
    // The content scanner runs too: the samples' planted findings go through damaged layers.
    let scanner = ContentScanner::new(all_engines(), limits);
    let report = layerhound::scan(std::slice::from_ref(&path), &options, &scanner, &mut |_| {});
    check_report(&report)?;
    // Reports are reproducible: the same evidence gives the same report, whatever the thread
    // scheduling of the layer reads and the hash-map order of the archive index, also when the
    // entry budget runs out.
    let again = layerhound::scan(std::slice::from_ref(&path), &options, &ContentScanner::new(all_engines(), limits), &mut |_| {});
    prop_assert_eq!(timeless(&report), timeless(&again), "two scans of the same file differ");
    prop_assert_eq!(leftovers(dir.path(), &path), Vec::<String>::new(), "the scan leaves nothing in the temp dir");

    if let Ok(evidence) = input::open(&path, Some(dir.path()), limits) {
        if let Ok(analysis) = Analysis::run(&evidence, limits, &NoSink) {
            check_analysis(&analysis, limits)?;
        }
    }
    prop_assert_eq!(leftovers(dir.path(), &path), Vec::<String>::new(), "the evidence's spill file is deleted with it");
    Ok(report)
}

fn builtin_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::compile(&[], true).expect("the built-in rules compile"))
}

/// Every engine the scan command runs: YARA, secrets, metadata checks, indicator lists.
fn all_engines() -> Engines<'static> {
    static META: OnceLock<MetaChecks> = OnceLock::new();
    static IOC: OnceLock<IocSet> = OnceLock::new();
    Engines {
        meta: Some(META.get_or_init(|| MetaChecks::builtin().expect("the built-in lists parse"))),
        ioc: Some(IOC.get_or_init(|| IocSet::compile(&[], true).expect("the built-in indicator lists compile"))),
        ..Engines::new(builtin_rules(), Some(builtin_detectors()))
    }
}

fn builtin_detectors() -> &'static DetectorSet {
    static DETECTORS: OnceLock<DetectorSet> = OnceLock::new();
    DETECTORS.get_or_init(|| DetectorSet::compile(&[], true).expect("the built-in detectors compile"))
}

fn timeless(report: &Report) -> Value {
    let mut value = serde_json::to_value(report).unwrap();
    for key in ["started_at", "finished_at"] {
        value.as_object_mut().unwrap().remove(key);
    }
    value
}

fn leftovers(dir: &Path, input: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p != input)
        .map(|p| p.display().to_string())
        .collect()
}

fn check_report(report: &Report) -> Result<(), TestCaseError> {
    let value = serde_json::to_value(report).map_err(|e| TestCaseError::fail(format!("the report does not serialise: {e}")))?;
    let mut text = Vec::new();
    layerhound::report::write::write_json(report, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    prop_assert!(!text.contains("layerhound bug"), "a panic was contained, but it is a bug:\n{}", text);
    let errors: Vec<String> = validator().iter_errors(&value).map(|e| format!("at {}: {e}", e.instance_path())).take(5).collect();
    prop_assert!(errors.is_empty(), "the report breaks the schema: {:?}", errors);

    let layer_errors = report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.layers).filter(|l| l.error.is_some()).count();
    let gaps = report
        .inputs
        .iter()
        .any(|i| !i.errors.is_empty() || !i.not_scanned.is_empty() || i.images.iter().any(|im| !im.not_scanned.is_empty()));
    if gaps || layer_errors > 0 || !report.errors.is_empty() {
        prop_assert!(!report.complete, "an error or a gap, yet the report says complete");
    }
    prop_assert_eq!(report.complete, report.summary.errors == 0 && !gaps, "complete exactly when nothing failed");
    for image in report.inputs.iter().flat_map(|i| &i.images) {
        if image.verified {
            prop_assert!(image.layers.iter().all(|l| l.verified), "a verified image with an unverified layer");
        }
        for layer in &image.layers {
            if layer.verified {
                prop_assert!(layer.error.is_none());
                prop_assert!(
                    layer.diff_id.is_some() && layer.diff_id.map(|d| d.to_string()) == layer.expected_diff_id,
                    "verified without a matching diff_id"
                );
                if let Some(expected) = &layer.expected_digest {
                    prop_assert_eq!(Some(expected.clone()), layer.digest.map(|d| d.to_string()));
                }
            }
        }
        // Hidden directories are counted, not listed.
        prop_assert!(image.hidden_versions.len() <= image.filesystem.deleted + image.filesystem.overwritten);
        for finding in &image.findings {
            prop_assert!(!finding.locations.is_empty() && finding.match_count >= finding.matches.len());
            for location in &finding.locations {
                let layer = location.layer.unwrap_or_default();
                prop_assert!(layer < image.layers.len().max(1), "a finding in layer {layer} of {}", image.layers.len());
                prop_assert!(location.path.is_some() || location.field.is_some(), "a location with neither path nor field");
            }
        }
    }
    let findings: usize = report.inputs.iter().flat_map(|i| &i.images).map(|im| im.findings.len()).sum();
    prop_assert_eq!(report.summary.findings, findings);
    Ok(())
}

fn check_analysis(analysis: &Analysis, limits: &Limits) -> Result<(), TestCaseError> {
    for data in analysis.layers.values() {
        prop_assert!(!data.error.as_deref().unwrap_or_default().contains("layerhound bug"), "layer reader panicked: {:?}", data.error);
    }
    for view in &common::views(analysis) {
        let count = view.image.layers.len();
        prop_assert_eq!(view.layer_members.len(), count);
        prop_assert_eq!(view.layer_reports.len(), count);
        let entries: Vec<Option<&EntryTable>> =
            view.layer_members.iter().map(|m| m.as_ref().and_then(|name| analysis.layers.get(name)).map(|d| &d.entries)).collect();
        check_overlay(&view.overlay, &entries)?;
        let slots = view.layer_reports.iter().filter(|r| r.created_by.is_some()).count();
        prop_assert!(slots <= view.image.config.history.iter().filter(|h| !h.empty_layer).count());
        // `history` renders whatever the config holds.
        let _ = layerhound::output::listing::dockerfile(view);
        // `cat`: every version with content gives back the bytes it was hashed from, through
        // hardlinks to lower layers too.
        for version in view.overlay.versions().filter(|v| v.meta.sha256.is_some()) {
            let Some((layer, entry)) = version.content else { continue };
            let member = view.layer_members[layer].as_deref().unwrap();
            let blob = analysis.archive.blob(member).map_err(|e| TestCaseError::fail(format!("{member}: {e}")))?;
            let mut out = Vec::new();
            let copied = layer::copy_entry(blob.bytes, entry, limits, &mut out);
            prop_assert!(copied.is_ok(), "cat {:?}: {:?}", show(&version.path), copied);
            prop_assert_eq!(
                Some(sha(&out)),
                version.meta.sha256.map(|s| s.to_string()),
                "cat {:?} gives other bytes than were hashed",
                show(&version.path)
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(192))]

    /// Outer archive + image discovery + the whole pipeline, on archives shaped like images.
    #[test]
    fn generated_archives_scan_to_a_consistent_report(plan in gen_outer(), limits in gen_outer_limits()) {
        let name = ["image.tar", "image.tar.gz", "image.tar.zst"][usize::from(plan.compression)];
        scan_and_check(name, &outer_bytes(&plan), &limits)?;
    }
}

// ================================================================ config parser

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn config_parser_and_history_alignment(shape in prop_oneof![3 => config_shape(), 1 => any_json()], layer_count in 0usize..6) {
        let value = resolve(&shape, &[]);
        let mut parsed = config::parse(&value);
        let again = config::parse(&value);
        prop_assert_eq!(format!("{:?}", parsed.summary), format!("{:?}", again.summary));
        prop_assert_eq!(&parsed.problems, &again.problems);
        if let Some(Value::Array(ids)) = value.get("rootfs").and_then(|r| r.get("diff_ids")) {
            prop_assert_eq!(parsed.diff_ids.as_ref().map(Vec::len), Some(ids.iter().filter(|v| v.is_string()).count()));
        }
        if let Some(Value::Array(items)) = value.get("history") {
            prop_assert_eq!(parsed.history.len(), items.iter().filter(|v| v.is_object()).count());
        }
        let per_layer = config::align_history(&mut parsed.history, layer_count);
        prop_assert_eq!(per_layer.len(), layer_count);
        let creating = parsed.history.iter().filter(|h| !h.empty_layer).count();
        prop_assert_eq!(per_layer.iter().flatten().count(), creating.min(layer_count));
        let mut previous = None;
        for (layer, slot) in per_layer.iter().enumerate() {
            if let Some(h) = *slot {
                prop_assert!(h < parsed.history.len());
                prop_assert!(!parsed.history[h].empty_layer, "layer {} takes an empty_layer entry", layer);
                prop_assert_eq!(parsed.history[h].layer, Some(layer));
                prop_assert!(previous.is_none_or(|p| h > p), "history entries in order");
                previous = Some(h);
            }
        }
        for (i, h) in parsed.history.iter().enumerate() {
            if let Some(layer) = h.layer {
                prop_assert_eq!(per_layer[layer], Some(i));
            }
        }
        prop_assert!(serde_json::to_string(&parsed.summary).is_ok());
    }
}

// ================================================================ byte-level mutations

/// An image to mutate: its bytes, where tar headers start (outer and nested), and the sha256 of
/// every member body and nested layer (the only contents a layer can verify against).
struct Base {
    name: &'static str,
    bytes: Vec<u8>,
    headers: Vec<usize>,
    contents: HashSet<String>,
}

fn headers_and_contents(tar_bytes: &[u8], base: usize, headers: &mut Vec<usize>, contents: &mut HashSet<String>) {
    let mut archive = tar::Archive::new(Cursor::new(tar_bytes));
    let Ok(entries) = archive.entries_with_seek() else { return };
    for entry in entries.flatten() {
        headers.push(base + entry.raw_header_position() as usize);
        let start = entry.raw_file_position() as usize;
        let Some(body) = tar_bytes.get(start..start + entry.size() as usize) else { continue };
        contents.insert(format!("sha256:{}", sha(body)));
        // A compressed layer verifies against its diff_id, the hash of what it decompresses to.
        let mut decompressed = Vec::new();
        if body.starts_with(&[0x1f, 0x8b]) {
            let _ = std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(body), &mut decompressed);
        } else if body.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            decompressed = ::zstd::decode_all(body).unwrap_or_default();
        }
        if !decompressed.is_empty() {
            contents.insert(format!("sha256:{}", sha(&decompressed)));
        }
        if input::looks_like_tar(body) {
            headers_and_contents(body, base + start, headers, contents);
        }
    }
}

fn base(name: &'static str, bytes: Vec<u8>) -> Base {
    let mut headers = Vec::new();
    let mut contents = HashSet::new();
    let tar_bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(bytes.as_slice()), &mut out).unwrap();
        out
    } else {
        bytes.clone()
    };
    headers_and_contents(&tar_bytes, 0, &mut headers, &mut contents);
    if tar_bytes != bytes {
        // Offsets into a compressed file mean nothing: mutate anywhere.
        headers.clear();
    }
    Base { name, bytes, headers, contents }
}

/// A small docker-archive built in code: whiteouts, an opaque dir, a hardlink and a symlink
/// across two layers, named by a v1 id and by digest.
fn built_docker() -> Vec<u8> {
    use tar::EntryType::{Directory as D, Link as H, Regular as F, Symlink as L};
    let l0 = raw_tar(&[
        (b"etc/", D, b"", b""),
        (b"etc/passwd", F, b"root:x:0:0", b""),
        (b"etc/shadow", F, b"root:secret", b""),
        (b"bin/", D, b"", b""),
        (b"bin/sh", F, b"#!sh", b""),
        (b"bin/ash", H, b"", b"bin/sh"),
        (b"lib", L, b"", b"/usr/lib"),
    ]);
    let l1 = raw_tar(&[(b"etc/.wh.shadow", F, b"", b""), (b"bin/.wh..wh..opq", F, b"", b""), (b"bin/busybox", F, b"bb", b"")]);
    let config = serde_json::to_vec(&common::build::config(&[sha(&l0), sha(&l1)])).unwrap();
    let l1_name = format!("{}.tar", sha(&l1));
    let manifest = json!([{"Config": "config.json", "RepoTags": ["built:latest"], "Layers": ["0/layer.tar", l1_name]}]);
    common::build::docker_archive(&manifest, vec![("config.json".into(), config), ("0/layer.tar".into(), l0), (l1_name, l1)])
}

fn bases() -> &'static [Base] {
    static BASES: OnceLock<Vec<Base>> = OnceLock::new();
    BASES.get_or_init(|| {
        let sample = |name: &str| std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples").join(name)).unwrap();
        let small = common::build::layer_tar(&[("d/", b""), ("d/f", b"content"), ("d/.wh.g", b"")]);
        vec![
            base("webapp.docker.tar", sample("webapp.docker.tar")),
            base("webapp.docker.tar.gz", sample("webapp.docker.tar.gz")),
            base("webapp-multi.oci.tar", sample("webapp-multi.oci.tar")),
            base("built-docker.tar", built_docker()),
            base("built-oci.tar", common::build::oci_archive(&[(gzip(&small), small.clone()), (small.clone(), small)])),
        ]
    })
}

/// Where a mutation lands: anywhere, or inside a tar header of the original.
#[derive(Debug, Clone)]
enum Spot {
    Anywhere(usize),
    InHeader(usize, u16),
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Spot, u8),
    Set(Spot, u8),
    Insert(Spot, Vec<u8>),
    Delete(Spot, u16),
    Truncate(Spot),
    /// Overwrites a header field (index into FIELDS), optionally fixing the checksum so the
    /// change gets past the tar reader.
    Field {
        header: usize,
        field: usize,
        value: Vec<u8>,
        fix_checksum: bool,
    },
}

/// (offset, length) of the ustar/GNU header fields.
const FIELDS: &[(usize, usize)] =
    &[(0, 100), (100, 8), (108, 8), (116, 8), (124, 12), (136, 12), (148, 8), (156, 1), (157, 100), (257, 8), (263, 2), (345, 155)];

fn gen_spot() -> impl Strategy<Value = Spot> {
    prop_oneof![(any::<usize>()).prop_map(Spot::Anywhere), (any::<usize>(), 0u16..512).prop_map(|(h, o)| Spot::InHeader(h, o))]
}

fn field_value() -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        Just(b"0000777\0".to_vec()),
        Just(b"77777777777\0".to_vec()),
        Just(b"00000000000\0".to_vec()),
        Just(vec![0x80, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff]),
        Just(vec![0xff; 12]),
        Just(b"1".to_vec()),
        Just(b"2".to_vec()),
        Just(b"5".to_vec()),
        Just(b"L".to_vec()),
        Just(b"x".to_vec()),
        Just(b"S".to_vec()),
        Just(b"../../../etc/passwd\0".to_vec()),
        Just(b"manifest.json\0".to_vec()),
        Just(b"ustar\0".to_vec()),
        Just(b"ustar  \0".to_vec()),
        vec(any::<u8>(), 1..16),
        "[0-7]{1,11}".prop_map(|s| {
            let mut v = s.into_bytes();
            v.push(0);
            v
        }),
    ]
    .boxed()
}

fn gen_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (gen_spot(), 1u8..=255).prop_map(|(s, m)| Mutation::Flip(s, m)),
        1 => (gen_spot(), any::<u8>()).prop_map(|(s, b)| Mutation::Set(s, b)),
        1 => (gen_spot(), vec(any::<u8>(), 1..600)).prop_map(|(s, b)| Mutation::Insert(s, b)),
        1 => (gen_spot(), 1u16..1100).prop_map(|(s, n)| Mutation::Delete(s, n)),
        1 => gen_spot().prop_map(Mutation::Truncate),
        4 => (any::<usize>(), 0..FIELDS.len(), field_value(), prop::bool::weighted(0.8))
            .prop_map(|(header, field, value, fix_checksum)| Mutation::Field { header, field, value, fix_checksum }),
    ]
}

fn spot(at: &Spot, len: usize, headers: &[usize]) -> usize {
    let offset = match at {
        Spot::Anywhere(x) => *x,
        Spot::InHeader(h, o) if !headers.is_empty() => headers[h % headers.len()] + usize::from(*o),
        Spot::InHeader(h, _) => *h,
    };
    offset % len.max(1)
}

fn fix_checksum(block: &mut [u8]) {
    block[148..156].fill(b' ');
    let sum: u64 = block.iter().map(|b| u64::from(*b)).sum();
    block[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
}

fn mutate(base: &Base, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = base.bytes.clone();
    for mutation in mutations {
        if bytes.is_empty() {
            break;
        }
        let len = bytes.len();
        match mutation {
            Mutation::Flip(at, mask) => bytes[spot(at, len, &base.headers)] ^= mask,
            Mutation::Set(at, byte) => bytes[spot(at, len, &base.headers)] = *byte,
            Mutation::Insert(at, new) => {
                let at = spot(at, len, &base.headers);
                bytes.splice(at..at, new.iter().copied());
            }
            Mutation::Delete(at, n) => {
                let at = spot(at, len, &base.headers);
                bytes.drain(at..(at + usize::from(*n)).min(len));
            }
            Mutation::Truncate(at) => bytes.truncate(spot(at, len, &base.headers)),
            Mutation::Field { header, field, value, fix_checksum: fix } => {
                let Some(&start) = (!base.headers.is_empty()).then(|| &base.headers[header % base.headers.len()]) else { continue };
                if start + 512 > len {
                    continue;
                }
                let (offset, width) = FIELDS[*field];
                let n = value.len().min(width);
                bytes[start + offset..start + offset + n].copy_from_slice(&value[..n]);
                if *fix {
                    fix_checksum(&mut bytes[start..start + 512]);
                }
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(cases(128))]

    /// Random damage to real and built images: the scan never panics, the report stays
    /// consistent, and a layer only verifies with content that was in the original.
    #[test]
    fn mutated_images_scan_to_a_consistent_report(
        which in prop_oneof![3 => Just(0usize), 1 => Just(1), 2 => Just(2), 3 => Just(3), 3 => Just(4)],
        mutations in vec(gen_mutation(), 1..5),
        limits in prop_oneof![4 => Just(Limits::default()), 1 => gen_outer_limits(), 1 => gen_limits()],
    ) {
        let base = &bases()[which];
        let bytes = mutate(base, &mutations);
        let report = scan_and_check(base.name, &bytes, &limits)?;
        for layer in report.inputs.iter().flat_map(|i| &i.images).flat_map(|im| &im.layers).filter(|l| l.verified) {
            let diff_id = layer.diff_id.map(|d| d.to_string()).unwrap_or_default();
            prop_assert!(base.contents.contains(&diff_id), "layer {} verified with content {} the original never had", layer.index, diff_id);
        }
    }
}

#[test]
fn unmutated_bases_scan_clean() {
    for base in bases() {
        let report = scan_and_check(base.name, &base.bytes, &Limits::default()).unwrap();
        assert!(report.complete, "{}: {:?}", base.name, report.inputs[0].errors);
        let images = &report.inputs[0].images;
        assert!(!images.is_empty() && images.iter().all(|im| im.verified), "{}: every image verifies", base.name);
        assert!(!base.headers.is_empty() || base.name.ends_with(".gz"), "{}: header offsets found", base.name);
    }
}

// ================================================================ archives nested in files

/// A file as a tree: plain bytes (always starting with `L`, so never taken for an archive), or
/// an archive of named members.
#[derive(Debug, Clone)]
enum Nest {
    Leaf(Vec<u8>),
    Tar(Vec<Nest>),
    /// With a prefix (a shebang line, as Python zipapps and executable jars have) when true.
    Zip(Vec<Nest>, bool),
    Gzip(Box<Nest>),
    Zstd(Box<Nest>),
    Xz(Box<Nest>),
    Bzip2(Box<Nest>),
}

fn gen_nest() -> BoxedStrategy<Nest> {
    let leaf = vec(any::<u8>(), 0..48).prop_map(|mut bytes| {
        bytes.insert(0, b'L');
        Nest::Leaf(bytes)
    });
    leaf.prop_recursive(5, 32, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Nest::Tar),
            (vec(inner.clone(), 0..4), any::<bool>()).prop_map(|(members, prefixed)| Nest::Zip(members, prefixed)),
            inner.clone().prop_map(|n| Nest::Gzip(Box::new(n))),
            inner.clone().prop_map(|n| Nest::Zstd(Box::new(n))),
            inner.clone().prop_map(|n| Nest::Xz(Box::new(n))),
            inner.prop_map(|n| Nest::Bzip2(Box::new(n))),
        ]
    })
    .boxed()
}

fn encode_nest(nest: &Nest) -> Vec<u8> {
    match nest {
        Nest::Leaf(bytes) => bytes.clone(),
        Nest::Tar(members) => {
            let mut builder = tar::Builder::new(Vec::new());
            for (index, member) in members.iter().enumerate() {
                let body = encode_nest(member);
                let mut header = tar::Header::new_ustar();
                header.set_mode(0o644);
                header.set_size(body.len() as u64);
                builder.append_data(&mut header, format!("d/m{index}"), body.as_slice()).unwrap();
            }
            builder.into_inner().unwrap()
        }
        Nest::Zip(members, prefixed) => {
            let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
            for (index, member) in members.iter().enumerate() {
                writer.start_file(format!("d/m{index}"), zip::write::SimpleFileOptions::default()).unwrap();
                std::io::Write::write_all(&mut writer, &encode_nest(member)).unwrap();
            }
            let zip = writer.finish().unwrap().into_inner();
            if *prefixed && !members.is_empty() {
                [b"#!/usr/bin/env python3\n".as_slice(), &zip].concat()
            } else {
                zip
            }
        }
        Nest::Gzip(inner) => gzip(&encode_nest(inner)),
        Nest::Zstd(inner) => zstd(&encode_nest(inner)),
        Nest::Xz(inner) => {
            let mut writer = lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(0)).unwrap();
            std::io::Write::write_all(&mut writer, &encode_nest(inner)).unwrap();
            writer.finish().unwrap()
        }
        Nest::Bzip2(inner) => {
            let mut writer = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
            std::io::Write::write_all(&mut writer, &encode_nest(inner)).unwrap();
            writer.finish().unwrap()
        }
    }
}

/// The leaves a walk with ample limits must hand over, with their member chains.
fn nest_leaves(nest: &Nest, chain: &mut Vec<String>, out: &mut Vec<(Vec<String>, Vec<u8>)>) {
    let mut visit = |name: String, member: &Nest, out: &mut Vec<(Vec<String>, Vec<u8>)>| {
        chain.push(name);
        nest_leaves(member, chain, out);
        chain.pop();
    };
    match nest {
        Nest::Leaf(bytes) => out.push((chain.clone(), bytes.clone())),
        Nest::Tar(members) | Nest::Zip(members, _) => {
            for (index, member) in members.iter().enumerate() {
                visit(format!("d/m{index}"), member, out);
            }
        }
        Nest::Gzip(inner) | Nest::Zstd(inner) | Nest::Xz(inner) | Nest::Bzip2(inner) => visit("(decompressed)".to_string(), inner, out),
    }
}

#[derive(Default)]
struct Walked {
    blobs: Vec<(Vec<String>, Vec<u8>)>,
    gaps: Vec<nested::Gap>,
}

impl nested::Visitor for Walked {
    fn blob(&mut self, chain: &[String], bytes: &[u8]) -> std::ops::ControlFlow<()> {
        self.blobs.push((chain.to_vec(), bytes.to_vec()));
        std::ops::ControlFlow::Continue(())
    }

    fn gap(&mut self, gap: nested::Gap) {
        self.gaps.push(gap);
    }
}

fn gen_nested_limits() -> impl Strategy<Value = Limits> {
    (1u64..4096, 0usize..5, 0u64..8192, 0usize..12).prop_map(|(max_scan_bytes, max_nested_depth, max_nested_bytes, max_nested_members)| {
        Limits { max_scan_bytes, max_nested_depth, max_nested_bytes, max_nested_members, ..Limits::default() }
    })
}

proptest! {
    #![proptest_config(cases(256))]

    /// Well-formed nested archives within ample limits: every leaf is handed over once, under
    /// its member chain, and nothing is reported missing.
    #[test]
    fn nested_archives_hand_over_every_leaf(nest in gen_nest()) {
        let mut expected = Vec::new();
        nest_leaves(&nest, &mut Vec::new(), &mut expected);
        let mut walked = Walked::default();
        nested::walk(&encode_nest(&nest), "file", &Limits { max_nested_depth: 8, ..Limits::default() }, &mut walked);
        let mut leaves: Vec<_> = walked.blobs.into_iter().filter(|(_, bytes)| bytes.first() == Some(&b'L')).collect();
        leaves.sort();
        expected.sort();
        prop_assert_eq!(leaves, expected);
        prop_assert!(walked.gaps.is_empty(), "{:?}", walked.gaps);
    }

    /// Damaged nested archives under tight limits: no panic, and every bound holds (blob size,
    /// depth, members, decompressed bytes); whatever was cut is reported.
    #[test]
    fn damaged_nested_archives_stay_within_every_bound(
        nest in gen_nest(),
        mutations in vec(gen_mutation(), 0..4),
        cut in proptest::option::of(any::<prop::sample::Index>()),
        limits in gen_nested_limits(),
    ) {
        let base = Base { name: "nested", bytes: encode_nest(&nest), headers: Vec::new(), contents: HashSet::new() };
        let mut bytes = mutate(&base, &mutations);
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        let mut walked = Walked::default();
        nested::walk(&bytes, "file", &limits, &mut walked);
        let members: Vec<_> = walked.blobs.iter().filter(|(chain, _)| !chain.is_empty()).collect();
        prop_assert!(members.len() <= limits.max_nested_members);
        prop_assert!(members.iter().map(|(_, b)| b.len() as u64).sum::<u64>() <= limits.max_nested_bytes);
        for (chain, blob) in &walked.blobs {
            prop_assert!(chain.len() <= limits.max_nested_depth, "{:?} deeper than {}", chain, limits.max_nested_depth);
            prop_assert!(chain.is_empty() || blob.len() as u64 <= limits.max_scan_bytes);
        }
        for gap in &walked.gaps {
            prop_assert!(gap.chain.len() <= limits.max_nested_depth);
            prop_assert!(!gap.reason.is_empty());
        }
        // Gaps are a few per archive opened, never one per byte or per directory record.
        let archives = walked.blobs.iter().filter(|(_, b)| nested::ArchiveKind::sniff(b).is_some()).count();
        prop_assert!(walked.gaps.len() <= 12 * (archives + 1), "{} gaps for {} archives", walked.gaps.len(), archives);
    }
}

// ================================================================ PAX length fields

/// A record's length field: right (None), or one of the out-of-range kinds a hostile writer uses.
fn length_field() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        1 => prop::sample::select(vec!["0", "-5", "+", "", "99999999999999999999999", "-9223372036854775808", "4"]).prop_map(|s| Some(s.to_string())),
        1 => (0usize..700).prop_map(|n| Some(n.to_string())),
    ]
}

/// The body, and whether the only wrong length is the last record's (no later newline can then
/// make it well-formed, so Go must refuse it).
fn pax_body(records: &[(&str, String, Option<String>)]) -> (Vec<u8>, bool) {
    let mut body = Vec::new();
    let mut earlier_right = true;
    let mut last_wrong = false;
    for (key, value, length) in records {
        let text = format!(" {key}={value}\n");
        let mut right = text.len() + 1;
        while right.to_string().len() + text.len() != right {
            right += 1;
        }
        let field = length.clone().unwrap_or_else(|| right.to_string());
        let wrong = field != right.to_string();
        last_wrong = wrong && earlier_right;
        earlier_right &= !wrong;
        body.extend(field.as_bytes());
        body.extend(text.as_bytes());
    }
    (body, last_wrong)
}

proptest! {
    #![proptest_config(cases(256))]

    /// Issue 26: a PAX record length out of range panicked the Go-style reader. Any length field
    /// now reads without a panic; the entries after it are read; a wrong length in the last
    /// record only is reported, right ones are not.
    #[test]
    fn pax_records_with_any_length_field_never_panic_and_are_reported(
        records in vec((prop::sample::select(vec!["mtime", "uid", "comment", "path", "SCHILY.xattr.user.x"]), "[a-z0-9]{0,12}", length_field()), 1..5),
        kind in prop::sample::select(vec![tar::EntryType::Regular, tar::EntryType::Directory, tar::EntryType::Link, tar::EntryType::Symlink]),
    ) {
        let (body, only_last_wrong) = pax_body(&records);
        let all_right = records.iter().all(|(_, _, length)| length.is_none());
        let mut pax = raw_header(b"PaxHeaders/after", tar::EntryType::XHeader, body.len() as u64, b"");
        pax.set_cksum();
        let mut builder = tar::Builder::new(Vec::new());
        builder.append(&pax, body.as_slice()).unwrap();
        builder.append(&raw_header(b"after", kind, 0, b"target"), &[][..]).unwrap();
        builder.append(&raw_header(b"tail", tar::EntryType::Regular, 1, b""), &b"t"[..]).unwrap();
        let data = layer::read("layer", &builder.into_inner().unwrap(), &Limits::default(), &NoSink);
        prop_assert!(data.error.is_none(), "{:?}", data.error);
        prop_assert_eq!(data.entries.len(), 2);
        prop_assert_eq!(data.entries.get(1).unwrap().raw_path, b"tail".to_vec());
        let invalid = data.anomalies.iter().filter(|a| a.kind == "tar-header-invalid").count();
        if only_last_wrong {
            prop_assert_eq!(invalid, 1, "{:?}", data.anomalies);
        }
        if all_right {
            prop_assert_eq!(invalid, 0, "{:?}", data.anomalies);
        }
    }
}

// ================================================================ regressions
//
// Inputs the properties above found, minimised, kept as plain tests.

fn stack_raw(layers: &[&[RawEntry]]) -> Overlay {
    common::stack(&layers.iter().map(|entries| raw_tar(entries)).collect::<Vec<_>>())
}

fn live_paths(overlay: &Overlay) -> Vec<String> {
    overlay.live.keys().map(|k| show(k)).collect()
}

// regression: a directory implied by a marker's path (`a/b/.wh.x` implies `/a/b` in its layer)
// stayed live after a marker of the same layer (`.wh.a`, or an opaque marker above `/a`)
// removed its lower-layer parent `/a`: the merged view held `/a/b` without `/a`. Found by
// `layer_reader_and_overlay_keep_their_invariants`; fixed in d764ec2.
#[test]
fn regression_marker_parent_survives_its_removed_ancestor() {
    use tar::EntryType::{Directory as D, Regular as F};
    for marker in [&b".wh.a"[..], b".wh..wh..opq"] {
        let overlay = stack_raw(&[&[(b"a/", D, b"", b"")], &[(marker, F, b"", b""), (b"a/b/.wh.x", F, b"", b"")]]);
        let live = live_paths(&overlay);
        for key in overlay.live.keys() {
            let up = parent(key);
            assert!(up == b"/" || overlay.live.contains_key(up), "{}: live {:?} without its parent: {live:?}", show(marker), show(key));
        }
    }
}

/// The archive generator must keep reaching past discovery: whole images that verify, in both
/// layouts, with non-empty filesystems (a generator that only makes junk tests nothing deep).
#[test]
fn archive_generator_reaches_verified_images() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut verified, mut formats, mut files) = (0, HashSet::new(), 0);
    for _ in 0..100 {
        let plan = gen_outer().new_tree(&mut runner).unwrap().current();
        let name = ["image.tar", "image.tar.gz", "image.tar.zst"][usize::from(plan.compression)];
        let report = scan_and_check(name, &outer_bytes(&plan), &Limits::default()).unwrap();
        for image in report.inputs.iter().flat_map(|i| &i.images) {
            if image.verified && !image.layers.is_empty() {
                verified += 1;
                formats.insert(image.format.clone());
                files += image.filesystem.present;
            }
        }
    }
    assert!(verified >= 5, "only {verified} verified images in 100 generated archives");
    assert!(formats.contains("oci-layout") && formats.contains("docker-archive"), "{formats:?}");
    assert!(files > 0);
}

// regression: the per-tarball entry budget (`Limits::max_entries`) is shared by the layers that
// rayon reads in parallel, so which layers lose entries to it depends on thread scheduling:
// two scans of the same file give different reports (entries, filesystem, not_scanned). Found
// by the report-determinism check of `mutated_images_scan_to_a_consistent_report`.
#[test]
fn regression_entry_budget_is_deterministic_across_parallel_layers() {
    let layers: Vec<Vec<u8>> = (0..8)
        .map(|n| {
            let files: Vec<(String, Vec<u8>)> = (0..40).map(|i| (format!("l{n}/f{i}"), vec![b'x'; 2000])).collect();
            let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), b.as_slice())).collect();
            common::build::layer_tar(&refs)
        })
        .collect();
    let diff_ids: Vec<String> = layers.iter().map(|l| sha(l)).collect();
    let config = serde_json::to_vec(&common::build::config(&diff_ids)).unwrap();
    let names: Vec<String> = diff_ids.iter().map(|d| format!("{d}.tar")).collect();
    let mut members: Vec<(String, Vec<u8>)> = names.iter().cloned().zip(layers).collect();
    members.push(("config.json".into(), config));
    let image = common::build::docker_archive(&json!([{"Config": "config.json", "Layers": names}]), members);
    let limits = Limits { max_entries: 100, ..Limits::default() };
    let dir = tempfile::tempdir().unwrap();
    let path = common::build::write_temp(&dir, "image.tar", &image);
    let options = ScanOptions { limits: Limits { spill_dir: Some(dir.path().to_path_buf()), ..limits }, ..ScanOptions::default() };
    let first = timeless(&layerhound::scan(std::slice::from_ref(&path), &options, &NoSink, &mut |_| {}));
    for run in 1..50 {
        let again = timeless(&layerhound::scan(std::slice::from_ref(&path), &options, &NoSink, &mut |_| {}));
        let per_layer =
            |v: &Value| v["inputs"][0]["images"][0]["layers"].as_array().unwrap().iter().map(|l| l["entries"].clone()).collect::<Vec<_>>();
        assert!(first == again, "scan {run} differs: entries per layer {:?} then {:?}", per_layer(&first), per_layer(&again));
    }
}
