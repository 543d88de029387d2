//! One layer blob: sniff its compression, decompress once, recompute its diff_id, and walk its
//! tar entries, handing each regular file's bytes to a [`ContentSink`] as they stream past.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::io::{self, Read, Write};
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::entry::{Entry, EntryKind, FileMeta, OtherTimes, Xattrs};
use super::entry_table::{EntryTable, EntryTableWriter};
use crate::evidence::input::Compression;
use crate::evidence::tarstream::{self, GoTarReader, HiddenMembers, StreamLog, TrailingMembers};
use crate::shared::anomaly::Anomaly;
use crate::shared::digest::{HashingReader, OciDigest, Sha256Sum};
use crate::shared::limits::{Capped, Limits};
use crate::shared::pathbytes::{display_bytes, PathRepr};

#[derive(Debug, thiserror::Error)]
pub enum LayerError {
    #[error("{0} layers are not supported")]
    UnsupportedCompression(&'static str),
    #[error("cannot start {compression} decompression: {source}")]
    Decoder { compression: &'static str, source: io::Error },
    #[error("entry {index}: {source}")]
    Entry { index: u64, source: io::Error },
    #[error("layer has no entry {0}")]
    NoSuchEntry(u32),
}

/// Where a file's bytes come from, as the reader knows it: the layer and the entry. Images and
/// overlay states are attached later, because a shared layer is read once for every image.
pub struct EntryLocation<'a> {
    pub layer_member: &'a str,
    pub layer_digest: OciDigest,
    pub entry_index: u32,
    pub path: &'a [u8],
    pub size: u64,
    /// The entry's user name, or its uid when the header names none.
    pub owner: &'a str,
}

/// Receives every regular file's bytes as the layers stream. Scanners implement this.
/// Layers are read in parallel inside one [`ContentSink::session`]: the session hands each
/// layer's thread a [`LayerSink`] of its own (scanners that cannot move between threads live
/// there or on threads of the session's own), and whatever the sinks were handed is dealt with
/// when the session ends. An entry is normally seen once; when a tarball's entry budget runs
/// out its layers are read again in a fixed order, so a sink keys what it finds by
/// (layer digest, entry index) and lets repeats merge.
pub trait ContentSink: Sync {
    /// Runs `read`, which reads layers whose bytes live for `'b`, with the sinks for them.
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn LayerSinks<'b>));
}

/// Gives each layer's thread a sink of its own.
pub trait LayerSinks<'b>: Sync {
    fn layer(&self) -> Box<dyn LayerSink<'b> + '_>;
}

/// Receives one layer's files, in order, on the thread reading that layer.
pub trait LayerSink<'b> {
    /// `content` streams the file's bytes (the reader hashes whatever is not read from it);
    /// `in_place` is the same bytes where they lie in a plain layer's blob, when they do.
    fn file(&mut self, location: &EntryLocation<'_>, content: &mut dyn Read, in_place: Option<&'b [u8]>);
}

/// A sink that reads nothing (the reader still hashes every byte).
pub struct NoSink;

impl ContentSink for NoSink {
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn LayerSinks<'b>)) {
        read(&NoSink);
    }
}

impl<'b> LayerSinks<'b> for NoSink {
    fn layer(&self) -> Box<dyn LayerSink<'b> + '_> {
        Box::new(NoSink)
    }
}

impl LayerSink<'_> for NoSink {
    fn file(&mut self, _: &EntryLocation<'_>, _: &mut dyn Read, _: Option<&[u8]>) {}
}

#[derive(Debug, Clone)]
pub struct LayerData {
    pub member: String,
    pub digest: OciDigest,
    pub size: u64,
    pub compression: Option<Compression>,
    /// None unless the whole stream was decompressed without error.
    pub diff_id: Option<OciDigest>,
    pub uncompressed_size: u64,
    pub entries: EntryTable,
    /// Bytes after the end-of-archive marker, from the first non-zero one.
    pub trailing_bytes: u64,
    pub error: Option<String>,
    pub anomalies: Vec<Anomaly>,
    pub not_scanned: Vec<String>,
}

fn decoder<'a>(blob: &'a [u8], limits: &Limits) -> Result<(Compression, Box<dyn Read + 'a>), LayerError> {
    let compression = Compression::sniff(blob).unwrap_or(Compression::None);
    let reader: Box<dyn Read + 'a> = match compression {
        Compression::None => Box::new(blob),
        // eStargz and other seekable layers are many gzip members: read them all.
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(blob)),
        Compression::Zstd => {
            let err = |source| LayerError::Decoder { compression: "zstd", source };
            let mut decoder = zstd::stream::read::Decoder::with_buffer(blob).map_err(err)?;
            decoder.window_log_max(limits.zstd_window_log_max).map_err(err)?;
            Box::new(decoder)
        }
        Compression::Bzip2 | Compression::Xz => return Err(LayerError::UnsupportedCompression(compression.name())),
    };
    let cap = limits.decompressed_cap(limits.max_layer_bytes, blob.len() as u64);
    Ok((compression, Box::new(Capped::new(reader, cap))))
}

fn kind_of(entry_type: tar::EntryType) -> Option<EntryKind> {
    use tar::EntryType as T;
    Some(match entry_type {
        T::Regular | T::Continuous | T::GNUSparse => EntryKind::File,
        T::Directory => EntryKind::Dir,
        T::Symlink => EntryKind::Symlink,
        T::Link => EntryKind::Hardlink,
        T::Char => EntryKind::CharDevice,
        T::Block => EntryKind::BlockDevice,
        T::Fifo => EntryKind::Fifo,
        // Metadata records tar-rs hands through rather than applying.
        T::XGlobalHeader | T::XHeader | T::GNULongName | T::GNULongLink => return None,
        _ => EntryKind::Other,
    })
}

impl LayerData {
    /// A layer known only by its blob: digest and size, nothing read yet.
    pub fn new(member: &str, blob: &[u8]) -> LayerData {
        LayerData {
            member: member.to_string(),
            digest: OciDigest::of(blob),
            size: blob.len() as u64,
            compression: None,
            diff_id: None,
            uncompressed_size: 0,
            entries: EntryTable::default(),
            trailing_bytes: 0,
            error: None,
            anomalies: Vec::new(),
            not_scanned: Vec::new(),
        }
    }
}

/// How many more entries a layer may hold (what the tarball's budget has left for it).
/// Layers read in parallel may share one.
pub struct EntryBudget {
    left: AtomicU64,
    /// The tarball's whole budget (`--max-entries`), for the report.
    total: u64,
    ran_out: AtomicBool,
}

impl EntryBudget {
    pub fn new(left: u64, total: u64) -> Self {
        EntryBudget { left: AtomicU64::new(left), total, ran_out: AtomicBool::new(false) }
    }

    fn take(&self) -> bool {
        self.take_many(1)
    }

    /// Takes `count` entries at once (a layer whose entries come from elsewhere: the run's
    /// layer store, the disk cache); false, and out, when fewer are left.
    pub fn take_many(&self, count: u64) -> bool {
        let taken = self.left.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| left.checked_sub(count)).is_ok();
        if !taken {
            self.ran_out.store(true, Ordering::Relaxed);
        }
        taken
    }

    /// True once some entry was refused.
    pub fn ran_out(&self) -> bool {
        self.ran_out.load(Ordering::Relaxed)
    }
}

/// Reads a whole layer on its own entry budget (`limits.max_entries`).
pub fn read(member: &str, blob: &[u8], limits: &Limits, sink: &dyn ContentSink) -> LayerData {
    let mut data = None;
    sink.session(&mut |sinks| {
        data = Some(read_within(member, blob, limits, sinks, &EntryBudget::new(limits.max_entries, limits.max_entries)));
    });
    data.unwrap_or_else(|| LayerData::new(member, blob))
}

/// Reads a whole layer: every entry's metadata and content hash, the diff_id, and what went
/// wrong, keeping everything read before a fault.
pub fn read_within<'b>(member: &str, blob: &'b [u8], limits: &Limits, sinks: &dyn LayerSinks<'b>, budget: &EntryBudget) -> LayerData {
    let mut data = LayerData::new(member, blob);
    let (compression, reader) = match decoder(blob, limits) {
        Ok(opened) => opened,
        Err(err) => {
            data.error = Some(err.to_string());
            return data;
        }
    };
    data.compression = Some(compression);
    let meter = Rc::new(Meter::default());
    let mut layer_sink = sinks.layer();
    let sink = layer_sink.as_mut();
    // A plain layer's diff_id is its blob digest, already computed: only count its bytes. Its
    // files lie in the blob as they are, so the sink may take them in place.
    let (walked, clean, diff_id, uncompressed) = if compression == Compression::None {
        let (walked, clean, rest) = walk_stream(Counting { inner: reader, count: 0 }, &meter, &mut data, limits, sink, budget, Some(blob));
        (walked, clean, data.digest, rest.count)
    } else {
        let (walked, clean, rest) = walk_stream(HashingReader::new(reader), &meter, &mut data, limits, sink, budget, None);
        let (hash, count) = rest.finish();
        (walked, clean, hash.digest(), count)
    };
    data.uncompressed_size = uncompressed;
    if clean {
        data.diff_id = Some(diff_id);
    }
    if meter.hit_eof.get() && matches!(walked, Walk::Complete) {
        data.anomalies.push(Anomaly::info("tar-no-end-marker", "the layer ends without a tar end-of-archive marker"));
    }
    // gzip cannot pass ~1030:1, under the ratio cap; a layer near it is still worth a look.
    if uncompressed >= 1 << 30 && uncompressed / data.size.max(1) >= 1000 {
        data.anomalies.push(Anomaly::info(
            "high-compression-ratio",
            format!(
                "{} bytes inflate to {uncompressed} ({}:1): a decompression bomb, or padding",
                data.size,
                uncompressed / data.size.max(1)
            ),
        ));
    }
    if data.trailing_bytes > 0 {
        data.anomalies.push(Anomaly::info(
            "layer-trailing-data",
            format!(
                "{} bytes of data after the tar end-of-archive marker (eStargz keeps its index there); not part of the filesystem",
                data.trailing_bytes
            ),
        ));
    }
    data
}

/// Walks the tar in a decompressed stream, then reads what follows it, so that the stream's
/// reader has seen (and hashed or counted) every byte. Returns how the walk ended, whether the
/// whole stream was read cleanly, and the reader.
#[allow(clippy::too_many_arguments)]
fn walk_stream<'b, R: Read>(
    reader: R,
    meter: &Rc<Meter>,
    data: &mut LayerData,
    limits: &Limits,
    sink: &mut dyn LayerSink<'b>,
    budget: &EntryBudget,
    plain_blob: Option<&'b [u8]>,
) -> (Walk, bool, R) {
    let log = Rc::new(StreamLog::default());
    let metered = Metered { inner: reader, meter: Rc::clone(meter), limit: limits.max_header_bytes };
    let mut archive = tar::Archive::new(GoTarReader::new(metered, Rc::clone(&log)));
    let in_place = InPlace { blob: plain_blob, rewritten: &log.rewritten };
    let mut notes = EntryNotes::default();
    // Kept for the whole run, so out of the heap as they are read: they grow with the image.
    let mut entries = EntryTableWriter::new(limits.spill_dir.as_deref());
    let walked = Walker { meter, data: &mut *data, entries: &mut entries, limits, sink, budget, in_place: &in_place, notes: &mut notes }
        .walk(&mut archive);
    data.entries = entries.finish();
    if data.entries.lost() > 0 {
        let message = format!(
            "the records of {} entries were lost: their temp file under --tmpdir failed and could not be read back; \
             the image's filesystem lacks them",
            data.entries.lost()
        );
        data.anomalies.push(Anomaly::new("entry-records-lost", message));
    }
    notes.finish(data);
    let mut rest = archive.into_inner().into_inner().inner;
    data.anomalies.extend(tarstream::anomaly(&log, "layer"));
    data.anomalies.extend(log.fault_anomalies("layer"));
    data.anomalies.extend(log.duplicate_anomalies("layer"));
    let clean = match walked {
        Walk::Broken => false,
        Walk::Stopped => {
            io::copy(&mut rest, &mut io::sink()).map_err(|err| data.error = Some(format!("after the last entry read: {err}"))).is_ok()
        }
        Walk::Complete => match drain_trailing(&mut rest) {
            Ok((trailing, hidden)) => {
                data.trailing_bytes = trailing;
                data.anomalies.extend(tarstream::hidden_members_anomaly(&hidden));
                true
            }
            Err(err) => {
                data.error = Some(format!("after the last entry: {err}"));
                false
            }
        },
    };
    (walked, clean, rest)
}

/// Where a plain layer's file bodies lie in its blob.
struct InPlace<'a, 'b> {
    blob: Option<&'b [u8]>,
    /// Headers the Go-style reader rewrote so far: tar-rs's positions are the blob's only while
    /// none was dropped.
    rewritten: &'a Cell<u64>,
}

impl<'b> InPlace<'_, 'b> {
    /// The body at `position` of the stream tar-rs reads, as it lies in the blob.
    fn body(&self, position: u64, size: u64) -> Option<&'b [u8]> {
        let blob = self.blob.filter(|_| self.rewritten.get() == 0)?;
        let start = usize::try_from(position).ok()?;
        blob.get(start..start.checked_add(usize::try_from(size).ok()?)?)
    }
}

/// Counts the bytes passing through.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// How the walk over a layer's entries ended.
enum Walk {
    /// At the end-of-archive marker (or a clean end of stream).
    Complete,
    /// At a limit, with the stream intact: the rest can still be hashed for the diff_id.
    Stopped,
    /// On a read or format error.
    Broken,
}

/// What the tar reader consumed while looking for the next entry: tar-rs reads PAX records,
/// GNU long names and sparse maps whole into memory, so their total is bounded.
#[derive(Default)]
struct Meter {
    between_entries: Cell<bool>,
    used: Cell<u64>,
    /// Body bytes of the previous entry that tar-rs will skip (we chose not to read them).
    allowance: Cell<u64>,
    hit_eof: Cell<bool>,
}

impl Meter {
    fn seek_next(&self, allowance: u64) {
        self.between_entries.set(true);
        self.used.set(0);
        self.allowance.set(allowance);
    }
}

struct Metered<R> {
    inner: R,
    meter: Rc<Meter>,
    limit: u64,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Every byte of the layer passes here, so Ctrl-C stops even a single huge entry promptly.
        if crate::shared::interrupt::interrupted() {
            return Err(io::Error::other("interrupted by the user"));
        }
        let n = self.inner.read(buf)?;
        let meter = &self.meter;
        if meter.between_entries.get() {
            if n == 0 {
                meter.hit_eof.set(true);
            }
            meter.used.set(meter.used.get() + n as u64);
            if meter.used.get() > self.limit.saturating_add(meter.allowance.get()) {
                return Err(io::Error::other(format!(
                    "over {} bytes of tar headers (PAX records, long names, sparse maps) before one entry",
                    self.limit
                )));
            }
        }
        Ok(n)
    }
}

/// What the walk over one layer's entries reads against and writes to.
struct Walker<'w, 'b> {
    meter: &'w Meter,
    data: &'w mut LayerData,
    entries: &'w mut EntryTableWriter,
    limits: &'w Limits,
    sink: &'w mut dyn LayerSink<'b>,
    budget: &'w EntryBudget,
    in_place: &'w InPlace<'w, 'b>,
    notes: &'w mut EntryNotes,
}

/// An entry's owner, times and extended attributes: the header's, as PAX records amend them.
struct Attributes {
    mode: u32,
    user_name: Option<String>,
    uid: u64,
    gid: u64,
    mtime: u64,
    times: Option<OtherTimes>,
    xattrs: Option<Xattrs>,
}

impl Walker<'_, '_> {
    fn walk<R: Read>(&mut self, archive: &mut tar::Archive<R>) -> Walk {
        let mut entries = match archive.entries() {
            Ok(entries) => entries,
            Err(err) => {
                self.data.error = Some(err.to_string());
                return Walk::Broken;
            }
        };
        let mut index: u64 = 0;
        let mut skipped_body: u64 = 0;
        loop {
            self.meter.seek_next(skipped_body);
            let next = entries.next();
            self.meter.between_entries.set(false);
            let mut entry = match next {
                None => return Walk::Complete,
                Some(Ok(entry)) => entry,
                Some(Err(err)) => {
                    self.data.error = Some(LayerError::Entry { index, source: err }.to_string());
                    return Walk::Broken;
                }
            };
            match self.read_entry(&mut entry, &mut index) {
                ControlFlow::Continue(unread) => skipped_body = unread,
                ControlFlow::Break(walk) => return walk,
            }
        }
    }

    /// Records one entry (`index` counts those that are not metadata for the next) and hands a
    /// file's bytes to the sink. Continue: the body bytes left for tar-rs to skip.
    fn read_entry<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>, index: &mut u64) -> ControlFlow<Walk, u64> {
        // A copy: the body is read while the header's fields are still wanted.
        let header = entry.header().clone();
        let on_disk = header.entry_size().unwrap_or(0).div_ceil(512).saturating_mul(512);
        // A sparse file's blob holds its data packed: only the stream shows it as the file.
        let sparse = header.entry_type().is_gnu_sparse();
        let Some(kind) = kind_of(header.entry_type()) else {
            let typeflag = header.as_bytes()[156];
            let body = read_head(entry);
            self.notes.push(self.data, metadata_anomaly(*index, typeflag, &body));
            return ControlFlow::Continue(on_disk.saturating_sub(body.len() as u64));
        };
        let this = *index;
        *index += 1;
        if !self.budget.take() {
            self.data
                .not_scanned
                .push(format!("entries from {this} on: the tarball's budget of {} entries (--max-entries) is used up", self.budget.total));
            return ControlFlow::Break(Walk::Stopped);
        }
        let raw_path = entry.path_bytes().into_owned();
        if kind == EntryKind::Other {
            self.note_other_type(entry, &header, this, &raw_path);
        }
        // A V7 entry (type NUL) whose name ends in '/' is a directory, as Go's archive/tar reads it.
        let kind = if kind == EntryKind::File && header.as_bytes()[156] == 0 && raw_path.ends_with(b"/") { EntryKind::Dir } else { kind };
        if raw_path.len() > self.limits.max_path_bytes {
            let max = self.limits.max_path_bytes;
            self.data.anomalies.push(Anomaly::new(
                "path-too-long",
                format!("entry {this}: path of {} bytes over the limit of {max}; entry skipped", raw_path.len()),
            ));
            self.data.not_scanned.push(format!("entry {this}: path over {max} bytes"));
            return ControlFlow::Continue(on_disk);
        }
        let attributes = self.attributes(entry, &header, this, &raw_path);
        let link = entry.link_name_bytes().map(|l| l.into_owned());
        let size = entry.size();
        let Ok(index32) = u32::try_from(this) else { return ControlFlow::Break(Walk::Stopped) };
        let (sha256, unread, broken) = if kind == EntryKind::File && size > self.limits.max_file_bytes {
            self.data.anomalies.push(Anomaly::new(
                "file-too-large",
                format!("entry {this}: {size} bytes, over the limit of {}; not hashed or scanned", self.limits.max_file_bytes),
            ));
            self.data.not_scanned.push(format!("entry {this} ({}): {size} bytes", display_bytes(&raw_path)));
            (None, on_disk, false)
        } else if kind == EntryKind::File {
            let owner = attributes.user_name.clone().unwrap_or_else(|| attributes.uid.to_string());
            let sha256 = self.stream_file(entry, index32, &raw_path, &owner, sparse);
            (sha256, 0, sha256.is_none())
        } else if let Err(err) = io::copy(entry, &mut io::sink()) {
            // Bodies of links, directories and devices are meaningless, but are read past here so
            // that only real metadata counts against the header budget.
            self.data.error = Some(LayerError::Entry { index: this, source: err }.to_string());
            return ControlFlow::Break(Walk::Broken);
        } else {
            (None, 0, false)
        };
        let Attributes { mode, uid, gid, mtime, times, xattrs, .. } = attributes;
        self.entries.push(&Entry {
            index: index32,
            raw_path,
            link,
            meta: FileMeta {
                kind,
                mode,
                uid,
                gid,
                mtime,
                times: times.map(Box::new),
                size: if kind == EntryKind::File { size } else { 0 },
                sha256,
                xattrs,
            },
        });
        if broken {
            ControlFlow::Break(Walk::Broken)
        } else {
            ControlFlow::Continue(unread)
        }
    }

    /// A typeflag no runtime unpacks: noted, and its body counted as not scanned.
    fn note_other_type(&mut self, entry: &mut impl Read, header: &tar::Header, this: u64, raw_path: &[u8]) {
        let typeflag = header.as_bytes()[156];
        // A Solaris extended header's records say what GNU tar makes of the next entry.
        let records = if typeflag == b'X' { read_head(entry) } else { Vec::new() };
        let size = header.entry_size().unwrap_or(0);
        let kept = self.notes.push(self.data, typeflag_anomaly(this, typeflag, size, &records).at_path(PathRepr(raw_path.to_vec())));
        if kept && size > 0 {
            self.data.not_scanned.push(format!(
                "entry {this} ({}): {size} bytes of an entry of type {:?}, not a file",
                display_bytes(raw_path),
                char::from(typeflag)
            ));
        }
    }

    /// The header's mode, owner and times, its numbers read in full (noted where tar-rs reads
    /// them otherwise), then what the PAX records say of ids, times, size and xattrs.
    fn attributes<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>, header: &tar::Header, this: u64, raw_path: &[u8]) -> Attributes {
        let mode = header.mode().unwrap_or(0);
        let user_name = header.username().ok().flatten().filter(|name| !name.is_empty()).map(str::to_string);
        let fields = header.as_bytes();
        let mut number = |field: &'static str, range: std::ops::Range<usize>, tar_rs: io::Result<u64>| {
            let (value, problem) = header_number(field, tarstream::numeric_field(&fields[range]), tar_rs);
            if let Some(problem) = problem {
                self.note_number(this, raw_path, &problem);
            }
            value
        };
        let (uid, gid, mtime) =
            (number("uid", 108..116, header.uid()), number("gid", 116..124, header.gid()), number("mtime", 136..148, header.mtime()));
        let ustar_size = header.size().unwrap_or(0);
        // PAX records carry what the ustar fields cannot hold (large ids, times, xattrs).
        let pax = match entry.pax_extensions() {
            Ok(Some(extensions)) => pax_fields(extensions.flatten(), (uid, gid, mtime), self.limits),
            _ => PaxFields { uid, gid, mtime, ..PaxFields::default() },
        };
        for problem in &pax.problems {
            self.note_number(this, raw_path, problem);
        }
        let PaxFields { uid, gid, mtime, times, size: pax_size, xattrs, xattrs_seen, xattr_bytes_seen, .. } = pax;
        if xattrs_seen > xattrs.len() as u64 {
            let anomaly = Anomaly::new(
                "too-many-xattrs",
                format!(
                    "entry {this}: {xattrs_seen} extended attributes of {xattr_bytes_seen} bytes, over the limits of {} (--max-xattrs) \
                     and {} bytes (--max-xattr-bytes); the first {} are kept",
                    self.limits.max_xattrs,
                    self.limits.max_xattr_bytes,
                    xattrs.len()
                ),
            );
            self.notes.push(self.data, anomaly.at_path(PathRepr(raw_path.to_vec())));
        }
        if let Some(pax_size) = pax_size.filter(|pax| ustar_size != 0 && *pax != ustar_size) {
            // A reader that ignores PAX (older tar-rs, some embedded tars) would take the
            // header's size and read the following bytes as other entries: one file shown to
            // the runtime, another to such a tool.
            self.data.anomalies.push(
                Anomaly::new(
                    "pax-size-disagrees",
                    format!(
                        "entry {this}: its PAX size record says {pax_size} bytes, its header {ustar_size}: tools that ignore PAX \
                         read different entries here (read as Docker and containerd do: the PAX size)"
                    ),
                )
                .at_path(PathRepr(raw_path.to_vec())),
            );
        }
        let xattrs = (!xattrs.is_empty()).then(|| xattrs.into_boxed_slice());
        Attributes { mode, user_name, uid, gid, mtime, times, xattrs }
    }

    fn note_number(&mut self, this: u64, raw_path: &[u8], problem: &str) {
        let anomaly = Anomaly::new("tar-number-out-of-range", format!("entry {this}: {problem}")).at_path(PathRepr(raw_path.to_vec()));
        self.notes.push(self.data, anomaly);
    }

    /// Hands a file's bytes to the sink (in place when the blob holds them as they are), then
    /// hashes whatever it left unread. None: the body ended early, and the layer is broken
    /// after this entry (which stays listed, path and size as declared, without a hash).
    fn stream_file<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        index: u32,
        raw_path: &[u8],
        owner: &str,
        sparse: bool,
    ) -> Option<Sha256Sum> {
        let size = entry.size();
        let location = EntryLocation {
            layer_member: &self.data.member,
            layer_digest: self.data.digest,
            entry_index: index,
            path: raw_path,
            size,
            owner,
        };
        let body = if sparse { None } else { self.in_place.body(entry.raw_file_position(), size) };
        let mut content = HashingReader::new(entry);
        // A scanner that panics loses its own result for this file, nothing else.
        let sink = &mut self.sink;
        if panic::catch_unwind(AssertUnwindSafe(|| sink.file(&location, &mut content, body))).is_err() {
            self.data
                .anomalies
                .push(Anomaly::error("scanner-panic", format!("entry {index}: a scanner failed on this file; it is not scanned")));
            self.data.not_scanned.push(format!("entry {index} ({}): scanner failure", display_bytes(raw_path)));
        }
        let drained = io::copy(&mut content, &mut io::sink());
        let (hash, read) = content.finish();
        // tar-rs reports a body cut short as a short read, not an error.
        let broken = match drained {
            Err(err) => Some(LayerError::Entry { index: u64::from(index), source: err }.to_string()),
            Ok(_) if read != size => Some(format!("entry {index}: the stream ends after {read} of its {size} bytes")),
            Ok(_) => None,
        };
        let Some(reason) = broken else { return Some(hash) };
        self.data.not_scanned.push(format!("entry {index} ({}): only {read} of {size} bytes read", display_bytes(raw_path)));
        self.data.error = Some(reason);
        None
    }
}

/// A PAX time's whole seconds (`1700000000.123456789`); None when it is no time this side of the
/// year 9999.
fn pax_seconds(value: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(value).ok()?;
    let seconds: u64 = text.split('.').next()?.parse().ok()?;
    (seconds <= LAST_SANE_MTIME).then_some(seconds)
}

/// Seconds past the year 9999: no real file was written then.
const LAST_SANE_MTIME: u64 = 253_402_300_799;

/// What a value layerhound holds says of an id or a time, or why it is out of range.
fn range_problem(field: &str, value: u64) -> Option<String> {
    match field {
        "mtime" if value > LAST_SANE_MTIME => Some(format!("mtime {value} is past the year 9999")),
        "uid" | "gid" if value > u64::from(u32::MAX) => Some(format!(
            "{field} {value} is past the 32 bits Linux ids have: chown(2) takes its low 32 bits, {field} {}",
            value & u64::from(u32::MAX)
        )),
        _ => None,
    }
}

/// A header's numeric field as layerhound takes it (0 when it cannot hold it), and what is
/// wrong with it, saying what Go's archive/tar and tar-rs make of it.
fn header_number(field: &str, numeric: tarstream::Numeric, tar_rs: io::Result<u64>) -> (u64, Option<String>) {
    let tar_rs = tar_rs.map_or_else(|_| "nothing (an error)".to_string(), |value| value.to_string());
    match numeric {
        tarstream::Numeric::Value(value) => (value, range_problem(field, value)),
        tarstream::Numeric::Negative(value) => {
            (0, Some(format!("header field {field} is negative ({value}): Go's archive/tar takes it; tar-rs reads {tar_rs}; taken as 0")))
        }
        tarstream::Numeric::TooLarge => (
            0,
            Some(format!(
                "header field {field} is a base-256 number past 63 bits: Go's archive/tar refuses the header (Docker and \
                 containerd cannot unpack this layer); tar-rs reads its last 8 bytes, {tar_rs}; taken as 0"
            )),
        ),
        tarstream::Numeric::Invalid => {
            (0, Some(format!("header field {field} is neither octal nor base-256: Go's archive/tar refuses the header; taken as 0")))
        }
    }
}

/// A PAX numeric record as layerhound takes it (the header's value when it cannot), and what is
/// wrong with it. Go parses `uid`/`gid` as a signed integer and `mtime` as seconds with an
/// optional fraction of digits; anything else (`nan`, `1e400`, 2^64) makes it refuse the header.
fn pax_number(field: &str, value: &[u8], header_value: u64) -> (u64, Option<String>) {
    let text = std::str::from_utf8(value).unwrap_or("");
    let (seconds, fraction) = if field == "mtime" { text.split_once('.').unwrap_or((text, "")) } else { (text, "") };
    let go_reads = fraction.bytes().all(|b| b.is_ascii_digit()).then(|| seconds.parse::<i64>().ok()).flatten();
    let shown = String::from_utf8_lossy(&value[..value.len().min(40)]).into_owned();
    match go_reads {
        None => (
            header_value,
            Some(format!(
                "PAX {field} {shown:?} is not a number Go reads: Go's archive/tar refuses the header (Docker and containerd \
                 cannot unpack this layer); GNU tar warns and keeps the header's {field}, as layerhound does ({header_value})"
            )),
        ),
        Some(negative) if negative < 0 => {
            (0, Some(format!("PAX {field} is negative ({negative}): Go's archive/tar takes it; layerhound cannot hold it, taken as 0")))
        }
        Some(value) => {
            let value = value.unsigned_abs();
            (value, range_problem(field, value).map(|problem| format!("PAX {problem}")))
        }
    }
}

/// The first bytes of an entry's body (a metadata record's), for saying what it holds.
/// Bytes of a metadata record's body read to describe it.
const HEAD_BYTES: usize = 64 << 10;

fn read_head(entry: &mut impl Read) -> Vec<u8> {
    let mut head = Vec::new();
    // An error here shows again when the walk goes on.
    let _ = entry.take(HEAD_BYTES as u64).read_to_end(&mut head);
    head
}

/// What an entry's PAX records set over its ustar header, read as Go reads them.
#[derive(Default)]
struct PaxFields {
    uid: u64,
    gid: u64,
    mtime: u64,
    times: Option<OtherTimes>,
    size: Option<u64>,
    /// Kept within the limits; `xattrs_seen` and `xattr_bytes_seen` count them all.
    xattrs: Vec<(String, Vec<u8>)>,
    xattrs_seen: u64,
    xattr_bytes_seen: u64,
    /// Numbers out of range, for anomalies.
    problems: Vec<String>,
}

/// Applies an entry's PAX records to the ids and mtime its header gave (`header`): ids,
/// times, size and extended attributes (bounded per entry: held for every entry of a layer).
fn pax_fields<'a>(extensions: impl Iterator<Item = tar::PaxExtension<'a>>, header: (u64, u64, u64), limits: &Limits) -> PaxFields {
    let (uid, gid, mtime) = header;
    let mut fields = PaxFields { uid, gid, mtime, ..PaxFields::default() };
    let mut xattr_bytes_kept = 0usize;
    for extension in extensions {
        let value = extension.value_bytes();
        let mut number = |field: &'static str, header_value: u64| {
            let (taken, problem) = pax_number(field, value, header_value);
            fields.problems.extend(problem);
            taken
        };
        match extension.key_bytes() {
            b"uid" => fields.uid = number("uid", fields.uid),
            b"gid" => fields.gid = number("gid", fields.gid),
            b"mtime" => fields.mtime = number("mtime", fields.mtime),
            // Whole seconds, as the mtime: what a timeline shows.
            b"atime" => fields.times.get_or_insert_with(OtherTimes::default).atime = pax_seconds(value),
            b"ctime" => fields.times.get_or_insert_with(OtherTimes::default).ctime = pax_seconds(value),
            b"size" => fields.size = std::str::from_utf8(value).ok().and_then(|text| text.parse().ok()),
            key => {
                if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                    let cost = name.len() + value.len();
                    fields.xattrs_seen += 1;
                    fields.xattr_bytes_seen += cost as u64;
                    if fields.xattrs.len() < limits.max_xattrs && xattr_bytes_kept + cost <= limits.max_xattr_bytes {
                        xattr_bytes_kept += cost;
                        fields.xattrs.push((String::from_utf8_lossy(name).into_owned(), value.to_vec()));
                    }
                }
            }
        }
    }
    fields
}

/// The keys of the PAX records in `body`, up to the first malformed one, for a message.
fn record_keys(body: &[u8]) -> Vec<String> {
    tarstream::PaxRecords::new(body).map_while(Result::ok).take(16).map(|record| String::from_utf8_lossy(record.key).into_owned()).collect()
}

/// A metadata record tar-rs hands through without applying it (a global PAX header), and what
/// other readers make of it.
fn metadata_anomaly(index: u64, typeflag: u8, body: &[u8]) -> Anomaly {
    if typeflag != b'g' {
        return Anomaly::info("tar-metadata-entry", format!("entry {index}: a {:?} record not applied", char::from(typeflag)));
    }
    // Go parses a global header's records as it does an entry's, and refuses the archive at a
    // malformed one (a body cut at HEAD_BYTES would end in a record cut short).
    let whole = body.len() < HEAD_BYTES;
    if let Some(Err(error)) = tarstream::PaxRecords::new(body).find(Result::is_err).filter(|_| whole) {
        return Anomaly::error(
            "tar-header-invalid",
            format!(
                "before entry {index}: a global PAX header (g): {error}: Go's archive/tar refuses the header here, so Docker and \
                 containerd cannot unpack this layer; GNU tar warns and reads on, as layerhound does"
            ),
        );
    }
    let keys = record_keys(body);
    let message = format!(
        "before entry {index}: a global PAX header (g) with records {}: GNU tar and bsdtar apply them to every later entry; Go's \
         archive/tar (Docker, containerd) and layerhound do not",
        if keys.is_empty() { "(none readable)".to_string() } else { keys.join(", ") }
    );
    // git archive writes only a comment; anything else changes what GNU tar extracts.
    if keys.iter().all(|key| key == "comment") {
        Anomaly::info("tar-metadata-entry", message)
    } else {
        Anomaly::new("tar-metadata-entry", message)
    }
}

/// An entry whose typeflag is no file, link, directory, device or FIFO: how each reader treats it.
fn typeflag_anomaly(index: u64, typeflag: u8, size: u64, records: &[u8]) -> Anomaly {
    let gnu = match typeflag {
        b'V' => "a GNU volume label: GNU tar shows it as the archive's label and extracts nothing".to_string(),
        b'M' => "a GNU multi-volume continuation: GNU tar refuses to extract it (continued from another volume)".to_string(),
        b'N' => "an obsolete GNU record of names to rename: GNU tar extracts it as a regular file".to_string(),
        b'D' => "a GNU dump directory: GNU tar makes it a directory (its body lists the names in it)".to_string(),
        b'X' => {
            let path = tarstream::PaxRecords::new(records).map_while(Result::ok).filter(|r| r.key == b"path").last();
            format!(
                "a Solaris extended header: GNU tar applies its records ({}) to the next entry{}",
                record_keys(records).join(", "),
                path.map_or(String::new(), |r| format!(", naming it {:?}", String::from_utf8_lossy(r.value)))
            )
        }
        b'A' => "a Solaris ACL: GNU tar extracts it as a regular file".to_string(),
        b'E' => "a Solaris extended attribute: GNU tar extracts it as a regular file".to_string(),
        b'I' => "an inode-only record (star): GNU tar extracts it as a regular file".to_string(),
        _ => "an unknown type: GNU tar extracts it as a regular file".to_string(),
    };
    Anomaly::new(
        "tar-typeflag-unusual",
        format!(
            "entry {index}: typeflag {:?} is {gnu}; Go's archive/tar returns it as an entry of that type, which Docker and \
             containerd refuse to unpack (unhandled tar header type); layerhound lists it as kind other, its {size} bytes not scanned",
            char::from(typeflag)
        ),
    )
}

/// Anomalies about single entries, the first few of each kind per layer (a hostile layer can
/// have a million entries); the rest are counted in one more.
#[derive(Default)]
struct EntryNotes {
    counts: Vec<(std::borrow::Cow<'static, str>, u64)>,
}

const ENTRY_NOTES_KEPT: u64 = 16;

impl EntryNotes {
    /// False when the anomaly was only counted.
    fn push(&mut self, data: &mut LayerData, anomaly: Anomaly) -> bool {
        let at = match self.counts.iter().position(|(kind, _)| *kind == anomaly.kind) {
            Some(at) => at,
            None => {
                self.counts.push((anomaly.kind.clone(), 0));
                self.counts.len() - 1
            }
        };
        self.counts[at].1 += 1;
        let kept = self.counts[at].1 <= ENTRY_NOTES_KEPT;
        if kept {
            data.anomalies.push(anomaly);
        }
        kept
    }

    fn finish(self, data: &mut LayerData) {
        for (kind, count) in self.counts {
            if count > ENTRY_NOTES_KEPT {
                data.anomalies.push(Anomaly {
                    kind,
                    message: format!("{} more entries of this layer like the ones above", count - ENTRY_NOTES_KEPT),
                    ..Anomaly::new("", "")
                });
            }
        }
    }
}

/// Reads what follows the end-of-archive marker; returns the length from the first non-zero byte.
fn drain_trailing<R: Read>(rest: &mut R) -> io::Result<(u64, HiddenMembers)> {
    let mut buf = vec![0u8; 64 << 10];
    let mut seen: u64 = 0;
    let mut first_nonzero: Option<u64> = None;
    let mut members = TrailingMembers::default();
    loop {
        let n = match rest.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        members.feed(&buf[..n]);
        if first_nonzero.is_none() {
            if let Some(pos) = buf[..n].iter().position(|b| *b != 0) {
                first_nonzero = Some(seen + pos as u64);
            }
        }
        seen += n as u64;
    }
    Ok((first_nonzero.map_or(0, |start| seen - start), members.found))
}

/// Streams one entry's bytes to `out` (for `cat`): decompresses the layer up to it.
pub fn copy_entry(blob: &[u8], wanted: u32, limits: &Limits, out: &mut dyn Write) -> Result<u64, LayerError> {
    let mut copied = None;
    visit_entries(blob, &BTreeSet::from([wanted]), limits, &mut |_, content| {
        copied = Some(io::copy(content, out)?);
        Ok(())
    })?;
    copied.ok_or(LayerError::NoSuchEntry(wanted))
}

/// Hands the bytes of each wanted entry to `visit`, in one pass over the layer that stops
/// after the last wanted entry. Entry numbers are those [`read`] gives.
pub fn visit_entries(
    blob: &[u8],
    wanted: &BTreeSet<u32>,
    limits: &Limits,
    visit: &mut dyn FnMut(u32, &mut dyn Read) -> io::Result<()>,
) -> Result<(), LayerError> {
    let Some(&last) = wanted.last() else { return Ok(()) };
    let (_, reader) = decoder(blob, limits)?;
    let mut archive = tar::Archive::new(GoTarReader::new(reader, Rc::default()));
    let entries = archive.entries().map_err(|source| LayerError::Entry { index: 0, source })?;
    let mut index: u32 = 0;
    for entry in entries {
        let mut entry = entry.map_err(|source| LayerError::Entry { index: u64::from(index), source })?;
        if kind_of(entry.header().entry_type()).is_none() {
            continue;
        }
        if wanted.contains(&index) {
            visit(index, &mut entry).map_err(|source| LayerError::Entry { index: u64::from(index), source })?;
        }
        if index >= last {
            break;
        }
        index += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pax_records_override_ustar_ids_and_times() {
        let mut builder = tar::Builder::new(Vec::new());
        builder.append_pax_extensions([("uid", b"4000000".as_slice()), ("gid", b"4000001"), ("mtime", b"1700000000.25")]).unwrap();
        let mut header = tar::Header::new_ustar();
        header.set_size(1);
        builder.append_data(&mut header, "f", &b"x"[..]).unwrap();
        let data = read("l", &builder.into_inner().unwrap(), &Limits::default(), &NoSink);
        let entry = data.entries.get(0).unwrap();
        assert_eq!((entry.meta.uid, entry.meta.gid, entry.meta.mtime), (4_000_000, 4_000_001, 1_700_000_000));
    }

    #[test]
    fn file_capabilities_and_other_xattrs_are_kept() {
        let capability = b"\x01\x00\x00\x02\x80\x00\x00\x00";
        let mut builder = tar::Builder::new(Vec::new());
        builder.append_pax_extensions([("SCHILY.xattr.security.capability", capability.as_slice())]).unwrap();
        let mut header = tar::Header::new_ustar();
        header.set_size(1);
        builder.append_data(&mut header, "usr/bin/ping", &b"x"[..]).unwrap();
        builder.append_data(&mut header, "plain", &b"y"[..]).unwrap();
        let data = read("l", &builder.into_inner().unwrap(), &Limits::default(), &NoSink);
        let xattrs = data.entries.get(0).unwrap().meta.xattrs.unwrap();
        assert_eq!(*xattrs, [("security.capability".to_string(), capability.to_vec())]);
        assert!(data.entries.get(1).unwrap().meta.xattrs.is_none());
    }
}
