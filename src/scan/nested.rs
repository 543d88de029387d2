//! Archives inside files (a jar in a layer, a tarball in a jar, a gzip of either): each member
//! is handed to the scanner as a blob of its own, under bounds on depth, bytes and members,
//! and every member not opened or only partly read is reported with its reason.

use std::io::{self, Cursor, Read};
use std::ops::ControlFlow;

use super::spill::spill;
use crate::shared::limits::{self, Limits};
use crate::shared::pathbytes::display_bytes;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveKind {
    Gzip,
    Zstd,
    Xz,
    Bzip2,
    Zip,
    Tar,
    /// Recognised, not opened (7z, rar): reported, never passed over in silence.
    Unsupported(&'static str),
}

impl ArchiveKind {
    pub fn sniff(bytes: &[u8]) -> Option<ArchiveKind> {
        let unsupported: [(&[u8], &'static str); 2] = [(b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "rar")];
        if bytes.starts_with(&[0x1f, 0x8b]) {
            Some(ArchiveKind::Gzip)
        } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(ArchiveKind::Zstd)
        } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            Some(ArchiveKind::Zip)
        } else if bytes.get(257..262) == Some(b"ustar") {
            // Before the end-record test: a tar ending in a stored zip holds that zip's end record.
            Some(ArchiveKind::Tar)
        } else if zip_end(bytes).is_some() {
            // A zip behind a prefix: Python zipapps, executable jars, self-extractors.
            Some(ArchiveKind::Zip)
        } else if bytes.starts_with(b"\xfd7zXZ\x00") {
            Some(ArchiveKind::Xz)
        } else if bytes.starts_with(b"BZh") && bytes.get(4..10) == Some(&b"\x31\x41\x59\x26\x53\x59"[..]) {
            // Not text that merely starts with "BZh": a bzip2 stream has its block magic next.
            Some(ArchiveKind::Bzip2)
        } else {
            unsupported.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, name)| ArchiveKind::Unsupported(name))
        }
    }

    fn name(self) -> &'static str {
        match self {
            ArchiveKind::Gzip => "gzip",
            ArchiveKind::Zstd => "zstd",
            ArchiveKind::Xz => "xz",
            ArchiveKind::Bzip2 => "bzip2",
            ArchiveKind::Zip => "zip",
            ArchiveKind::Tar => "tar",
            ArchiveKind::Unsupported(name) => name,
        }
    }
}

/// A zip's end-of-central-directory record: within the last 64 KiB + 22 bytes, with a central
/// directory that fits before it. Returns its offset and the directory's size.
fn zip_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let tail_start = bytes.len().saturating_sub((64 << 10) + 22);
    let at = tail_start + memchr::memmem::rfind(&bytes[tail_start..], b"PK\x05\x06")?;
    let record = bytes.get(at..at + 22)?;
    let field = |i: usize| u32::from_le_bytes([record[i], record[i + 1], record[i + 2], record[i + 3]]);
    let entries = u16::from_le_bytes([record[10], record[11]]);
    let (size, offset) = (field(12) as usize, field(16) as usize);
    let zip64 = size == u32::MAX as usize || offset == u32::MAX as usize || entries == u16::MAX;
    (zip64 || (entries > 0 && size <= at && offset.saturating_add(size) <= at)).then_some((at, size))
}

/// Member names are kept to this many bytes (a tar long name can be megabytes).
const MAX_NAME_BYTES: usize = 1024;

fn member_name(raw: &[u8]) -> String {
    if raw.len() <= MAX_NAME_BYTES {
        return display_bytes(raw);
    }
    format!("{}…({} bytes)", display_bytes(&raw[..MAX_NAME_BYTES]), raw.len())
}

/// Unreadable members listed one by one per archive; the rest are counted in one record.
const LISTED_UNREADABLE: usize = 8;

/// Why (part of) a blob was not scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapKind {
    /// Only a prefix was read (`--max-scan-bytes`).
    Truncated,
    /// An archive nested deeper than `--max-nested-depth` was not opened.
    NestedDepth,
    /// The file's budget of decompressed member bytes (`--max-nested-bytes`) ran out.
    NestedBytes,
    /// The file's budget of archive members (`--max-nested-members`) ran out.
    NestedMembers,
    /// An archive (or member) that could not be read: corrupt, encrypted, unsupported.
    Unreadable,
    /// The per-file scan time (`--scan-timeout`) ran out.
    Timeout,
    /// The scanner failed on it (a bug): recorded, the scan went on.
    ScannerError,
    /// More secrets in one blob than are kept (`secrets::MAX_MATCHES_PER_BLOB`).
    SecretMatches,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Gap {
    /// Member names from the outer file inwards; empty for the file itself.
    pub chain: Vec<String>,
    pub kind: GapKind,
    pub reason: String,
}

/// What the walk hands each blob to, and tells of each gap.
pub trait Visitor {
    /// `chain` names the blob (empty for the outer file). Break to stop the whole walk.
    fn blob(&mut self, chain: &[String], bytes: &[u8]) -> ControlFlow<()>;
    fn gap(&mut self, gap: Gap);
}

/// Central-directory records accepted per zip, as a multiple of the members that may be read.
const ZIP_DIRECTORY_FACTOR: usize = 10;

/// What one outer file may still spend on nested members.
struct Budget {
    bytes_left: u64,
    members_left: usize,
}

struct Walk<'v, 'l> {
    visitor: &'v mut dyn Visitor,
    limits: &'l Limits,
    /// The outer file's name, for naming what its compression holds.
    outer_name: &'l str,
    budget: Budget,
    stopped: bool,
}

/// Hands `bytes` (the file `name`) to the visitor, then every member of every archive inside
/// it, depth first. A member larger than a queued file may be on the heap is held in an
/// unlinked temp file under `limits.spill_dir` (None: the system temp dir), mapped.
pub fn walk(bytes: &[u8], name: &str, limits: &Limits, visitor: &mut dyn Visitor) {
    let mut walk = Walk {
        visitor,
        limits,
        outer_name: name,
        budget: Budget { bytes_left: limits.max_nested_bytes, members_left: limits.max_nested_members },
        stopped: false,
    };
    walk.blob(&mut Vec::new(), bytes);
}

/// A member as read: its bytes (at most what the budgets allowed) and whether more were there.
struct Member {
    name: String,
    bytes: MemberBytes,
    cut: Option<GapKind>,
    /// The read failed after `bytes`: they are still scanned.
    error: Option<String>,
}

/// Where a member's bytes are held: a small one on the heap, a large one in a mapped temp file.
enum MemberBytes {
    Heap(Vec<u8>),
    Mapped(Option<memmap2::Mmap>),
}

impl MemberBytes {
    fn bytes(&self) -> &[u8] {
        match self {
            MemberBytes::Heap(bytes) => bytes,
            MemberBytes::Mapped(map) => map.as_deref().unwrap_or_default(),
        }
    }
}

impl Walk<'_, '_> {
    fn blob(&mut self, chain: &mut Vec<String>, bytes: &[u8]) {
        if self.stopped {
            return;
        }
        if self.visitor.blob(chain, bytes).is_break() {
            self.stopped = true;
            return;
        }
        let Some(format) = ArchiveKind::sniff(bytes) else { return };
        if chain.len() >= self.limits.max_nested_depth {
            self.gap(
                chain,
                GapKind::NestedDepth,
                format!("{} archive not opened: nested deeper than {} (--max-nested-depth)", format.name(), self.limits.max_nested_depth),
            );
            return;
        }
        let outcome = match format {
            ArchiveKind::Unsupported(name) => {
                self.gap(chain, GapKind::Unreadable, format!("{name} archive not opened: {name} is not supported"));
                Ok(())
            }
            ArchiveKind::Gzip => {
                let stem = self.inner_name(chain, &[".tgz", ".gz"]);
                self.single(chain, stem, flate2::read::MultiGzDecoder::new(bytes))
            }
            ArchiveKind::Zstd => {
                let stem = self.inner_name(chain, &[".tzst", ".zst"]);
                zstd::stream::read::Decoder::with_buffer(bytes)
                    .and_then(|mut decoder| decoder.window_log_max(self.limits.zstd_window_log_max).map(|()| decoder))
                    .and_then(|decoder| self.single(chain, stem, decoder))
            }
            ArchiveKind::Xz => {
                let stem = self.inner_name(chain, &[".txz", ".xz"]);
                // The dictionary size comes from the stream: bound it like a zstd window.
                let memory_kib = u32::try_from((1u64 << self.limits.zstd_window_log_max) >> 10).unwrap_or(u32::MAX);
                self.single(chain, stem, lzma_rust2::XzReader::new_mem_limit(bytes, true, memory_kib))
            }
            ArchiveKind::Bzip2 => {
                let stem = self.inner_name(chain, &[".tbz2", ".tbz", ".bz2"]);
                self.single(chain, stem, bzip2::read::MultiBzDecoder::new(bytes))
            }
            ArchiveKind::Zip => self.zip(chain, bytes),
            ArchiveKind::Tar => self.tar(chain, bytes),
        };
        if let Err(err) = outcome {
            self.gap(chain, GapKind::Unreadable, format!("{} archive cannot be read further: {err}", format.name()));
        }
    }

    fn gap(&mut self, chain: &[String], kind: GapKind, reason: String) {
        self.visitor.gap(Gap { chain: chain.to_vec(), kind, reason });
    }

    /// The name of what the compressed blob at `chain` holds.
    fn inner_name(&self, chain: &[String], suffixes: &[&str]) -> String {
        decompressed_name(chain.last().map_or(self.outer_name, String::as_str), suffixes)
    }

    /// Reads one member within the budgets; None (with the gap recorded) when none are left.
    fn read_member(&mut self, chain: &[String], name: String, content: &mut dyn Read) -> io::Result<Option<Member>> {
        if self.budget.members_left == 0 {
            self.gap(
                chain,
                GapKind::NestedMembers,
                format!(
                    "members from {name} on not opened: {} members per file read (--max-nested-members)",
                    self.limits.max_nested_members
                ),
            );
            return Ok(None);
        }
        if self.budget.bytes_left == 0 {
            self.gap(
                chain,
                GapKind::NestedBytes,
                format!(
                    "members from {name} on not opened: {} decompressed bytes per file read (--max-nested-bytes)",
                    self.limits.max_nested_bytes
                ),
            );
            return Ok(None);
        }
        self.budget.members_left -= 1;
        let (allowed, kind) = if self.budget.bytes_left < self.limits.max_scan_bytes {
            (self.budget.bytes_left, GapKind::NestedBytes)
        } else {
            (self.limits.max_scan_bytes, GapKind::Truncated)
        };
        // The first bytes on the heap; a member that goes on past them is held in a temp file
        // (a file's nested members, each up to --max-scan-bytes, would otherwise all be on the
        // heap at once), or on the heap after all when no temp file can be had. Should writing
        // it fail, what is on the heap is scanned and the failure reported.
        let on_heap = allowed.min(self.limits.scan_queue_bytes / 2);
        let mut content = content.take(allowed);
        let mut head = Vec::new();
        let mut read = (&mut content).take(on_heap).read_to_end(&mut head);
        let goes_on = read.is_ok() && head.len() as u64 == on_heap && on_heap < allowed;
        let bytes = match goes_on.then(|| limits::temp_file(self.limits.spill_dir.as_deref())) {
            Some(Ok(file)) => match spill(file, &head, &mut content, allowed - on_heap) {
                Ok(spilled) => {
                    read = spilled.read_error.map_or(Ok(0), Err);
                    MemberBytes::Mapped(spilled.map)
                }
                Err(err) => {
                    read = Err(err);
                    MemberBytes::Heap(head)
                }
            },
            Some(Err(_)) => {
                read = content.read_to_end(&mut head);
                MemberBytes::Heap(head)
            }
            None => MemberBytes::Heap(head),
        };
        let len = bytes.bytes().len() as u64;
        self.budget.bytes_left -= len;
        if let Err(err) = read {
            return Ok(Some(Member { name, bytes, cut: None, error: Some(err.to_string()) }));
        }
        // One probe byte tells a member that ends at the limit from one that goes on.
        let more = len == allowed && content.into_inner().read(&mut [0u8; 1])? > 0;
        Ok(Some(Member { name, bytes, cut: more.then_some(kind), error: None }))
    }

    fn member(&mut self, chain: &mut Vec<String>, member: Member) {
        chain.push(member.name);
        if let Some(kind) = member.cut {
            let reason = match kind {
                GapKind::Truncated => format!("scanned the first {} bytes only (--max-scan-bytes)", member.bytes.bytes().len()),
                _ => format!(
                    "scanned the first {} bytes only: the file's nested-archive budget ran out (--max-nested-bytes)",
                    member.bytes.bytes().len()
                ),
            };
            self.gap(chain, kind, reason);
        }
        if let Some(err) = member.error {
            self.gap(
                chain,
                GapKind::Unreadable,
                format!("read {} bytes, then: {err}; those bytes were scanned", member.bytes.bytes().len()),
            );
        }
        self.blob(chain, member.bytes.bytes());
        chain.pop();
    }

    /// A compressed stream holding one member.
    fn single(&mut self, chain: &mut Vec<String>, name: String, mut decoder: impl Read) -> io::Result<()> {
        let member = self.read_member(chain, name, &mut decoder)?;
        // A zstd window can be 128 MiB: free it before going deeper.
        drop(decoder);
        if let Some(member) = member {
            self.member(chain, member);
        }
        Ok(())
    }

    fn zip(&mut self, chain: &mut Vec<String>, bytes: &[u8]) -> io::Result<()> {
        // The zip reader holds its whole central directory in memory (a few hundred bytes per
        // record): count the records first, and leave a directory of millions unopened. Only
        // the directory itself is counted, not those of stored jars inside.
        let directory =
            zip_end(bytes).filter(|(_, size)| *size != u32::MAX as usize).and_then(|(end, size)| bytes.get(end.checked_sub(size)?..end));
        let records = memchr::memmem::find_iter(directory.unwrap_or(bytes), b"PK\x01\x02").count();
        let most = self.limits.max_nested_members.saturating_mul(ZIP_DIRECTORY_FACTOR).max(ZIP_DIRECTORY_FACTOR);
        if records > most {
            self.gap(
                chain,
                GapKind::NestedMembers,
                format!("zip not opened: {records} central-directory records, over {most} (10 × --max-nested-members)"),
            );
            return Ok(());
        }
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(io::Error::other)?;
        if directory.is_some() && records > archive.len() {
            // The zip reader keeps the last record of each name. (Counted over the whole file,
            // records of stored zips inside would pass for duplicates.)
            self.gap(
                chain,
                GapKind::Unreadable,
                format!(
                    "{} of {records} central-directory records not read: they repeat the name of a later record",
                    records - archive.len()
                ),
            );
        }
        let mut unreadable = 0;
        for index in 0..archive.len() {
            if self.stopped {
                break;
            }
            let failed = match archive.by_index(index) {
                Err(err) => Some(format!("zip member {index} not read: {err}")),
                Ok(file) if file.is_dir() => None,
                Ok(mut file) => {
                    let name = member_name(file.name_raw());
                    let member = self.read_member(chain, name, &mut file);
                    drop(file);
                    match member {
                        Ok(Some(member)) => {
                            self.member(chain, member);
                            None
                        }
                        Ok(None) => break,
                        Err(err) => Some(format!("zip member {index} not read: {err}")),
                    }
                }
            };
            if let Some(reason) = failed {
                unreadable += 1;
                if unreadable <= LISTED_UNREADABLE {
                    self.gap(chain, GapKind::Unreadable, reason);
                }
            }
        }
        if unreadable > LISTED_UNREADABLE {
            self.gap(chain, GapKind::Unreadable, format!("{} more zip members not read", unreadable - LISTED_UNREADABLE));
        }
        Ok(())
    }

    fn tar(&mut self, chain: &mut Vec<String>, bytes: &[u8]) -> io::Result<()> {
        let mut archive = tar::Archive::new(bytes);
        for entry in archive.entries()? {
            if self.stopped {
                break;
            }
            let mut entry = entry?;
            // GNU tar extracts contiguous files and unknown types as regular files.
            let kind = entry.header().entry_type();
            let not_a_file = kind.is_dir()
                || kind.is_symlink()
                || kind.is_hard_link()
                || kind.is_character_special()
                || kind.is_block_special()
                || kind.is_fifo()
                || kind.is_pax_global_extensions()
                || kind.is_pax_local_extensions()
                || kind.is_gnu_longname()
                || kind.is_gnu_longlink();
            if not_a_file {
                continue;
            }
            let name = member_name(&entry.path_bytes());
            match self.read_member(chain, name, &mut entry)? {
                Some(member) => self.member(chain, member),
                None => break,
            }
        }
        Ok(())
    }
}

/// The name of what a compressed file holds: `app.tar.gz` → `app.tar`, `x.tgz` → `x.tar`.
fn decompressed_name(outer: &str, suffixes: &[&str]) -> String {
    let base = outer.rsplit('/').next().unwrap_or(outer);
    for suffix in suffixes {
        if let Some(stem) = base.strip_suffix(suffix) {
            let tar = if suffix.starts_with(".t") { ".tar" } else { "" };
            return format!("{stem}{tar}");
        }
    }
    "(decompressed)".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Gaps(Vec<Gap>);

    impl Visitor for Gaps {
        fn blob(&mut self, _: &[String], _: &[u8]) -> ControlFlow<()> {
            ControlFlow::Continue(())
        }

        fn gap(&mut self, gap: Gap) {
            self.0.push(gap);
        }
    }

    #[test]
    fn a_zip64_end_record_claiming_a_directory_larger_than_the_file_is_a_gap() {
        // "PK\x03\x04", then an end record: 0xFFFF entries (zip64), a directory of 1 GiB.
        let mut bytes = b"PK\x03\x04junk".to_vec();
        bytes.extend(b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\0\0\0\x40\0\0\0\0\0\0");
        let mut gaps = Gaps(Vec::new());
        walk(&bytes, "x.zip", &Limits::default(), &mut gaps);
        assert_eq!(gaps.0.len(), 1, "{:?}", gaps.0);
        assert_eq!(gaps.0[0].kind, GapKind::Unreadable);
        assert!(gaps.0[0].reason.starts_with("zip archive cannot be read further"), "{}", gaps.0[0].reason);
    }

    /// Every blob the walk hands over, with its chain, and every gap.
    #[derive(Default)]
    struct Blobs(Vec<(Vec<String>, Vec<u8>)>, Vec<Gap>);

    impl Visitor for Blobs {
        fn blob(&mut self, chain: &[String], bytes: &[u8]) -> ControlFlow<()> {
            self.0.push((chain.to_vec(), bytes.to_vec()));
            ControlFlow::Continue(())
        }

        fn gap(&mut self, gap: Gap) {
            self.1.push(gap);
        }
    }

    #[test]
    fn a_member_too_large_for_the_heap_is_read_whole_through_a_temp_file() {
        let text: Vec<u8> = (0..20_000u32).flat_map(|n| format!("line {n}\n").into_bytes()).collect();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gzip, &text).unwrap();
        let gzip = gzip.finish().unwrap();
        for (queue, max_scan) in [(1 << 30, 1 << 30), (4096, 1 << 30), (4096, 100_000), (0, 100_000)] {
            let limits = Limits { scan_queue_bytes: queue, max_scan_bytes: max_scan, ..Limits::default() };
            let mut blobs = Blobs::default();
            walk(&gzip, "notes.txt.gz", &limits, &mut blobs);
            let kept = text.len().min(max_scan as usize);
            assert_eq!(blobs.0.len(), 2, "queue {queue}");
            assert_eq!(blobs.0[1].0, ["notes.txt"]);
            assert!(blobs.0[1].1 == text[..kept], "queue {queue}, max {max_scan}: {} bytes", blobs.0[1].1.len());
            let cut: Vec<&str> = blobs.1.iter().map(|gap| gap.reason.as_str()).collect();
            match kept < text.len() {
                true => assert_eq!(cut, [format!("scanned the first {kept} bytes only (--max-scan-bytes)")]),
                false => assert!(cut.is_empty(), "{cut:?}"),
            }
        }
    }
}
