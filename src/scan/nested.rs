//! Archives inside files (a jar in a layer, a tarball in a jar, a gzip of either): each member
//! is handed to the scanner as a blob of its own, under bounds on depth, bytes and members,
//! and every member not opened or only partly read is reported with its reason.

use std::io::{self, Cursor, Read};
use std::ops::ControlFlow;

use crate::limits::Limits;
use crate::pathbytes::display_bytes;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Gzip,
    Zstd,
    Zip,
    Tar,
}

impl Format {
    pub fn sniff(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(&[0x1f, 0x8b]) {
            Some(Format::Gzip)
        } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Format::Zstd)
        } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            Some(Format::Zip)
        } else if bytes.get(257..262) == Some(b"ustar") {
            Some(Format::Tar)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Gzip => "gzip",
            Format::Zstd => "zstd",
            Format::Zip => "zip",
            Format::Tar => "tar",
        }
    }
}

/// Why (part of) a blob was not scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
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
}

#[derive(Debug, Clone, PartialEq, Eq)]
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
/// it, depth first.
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
    bytes: Vec<u8>,
    cut: Option<GapKind>,
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
        let Some(format) = Format::sniff(bytes) else { return };
        if chain.len() >= self.limits.max_nested_depth {
            self.gap(
                chain,
                GapKind::NestedDepth,
                format!("{} archive not opened: nested deeper than {} (--max-nested-depth)", format.name(), self.limits.max_nested_depth),
            );
            return;
        }
        let outcome = match format {
            Format::Gzip => {
                let stem = decompressed_name(chain.last().map_or(self.outer_name, String::as_str), &[".tgz", ".gz"]);
                self.single(chain, stem, flate2::read::MultiGzDecoder::new(bytes))
            }
            Format::Zstd => {
                let stem = decompressed_name(chain.last().map_or(self.outer_name, String::as_str), &[".tzst", ".zst"]);
                zstd::stream::read::Decoder::with_buffer(bytes)
                    .and_then(|mut decoder| decoder.window_log_max(self.limits.zstd_window_log_max).map(|()| decoder))
                    .and_then(|decoder| self.single(chain, stem, decoder))
            }
            Format::Zip => self.zip(chain, bytes),
            Format::Tar => self.tar(chain, bytes),
        };
        if let Err(err) = outcome {
            self.gap(chain, GapKind::Unreadable, format!("{} archive cannot be read further: {err}", format.name()));
        }
    }

    fn gap(&mut self, chain: &[String], kind: GapKind, reason: String) {
        self.visitor.gap(Gap { chain: chain.to_vec(), kind, reason });
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
        let mut bytes = Vec::new();
        content.take(allowed).read_to_end(&mut bytes)?;
        self.budget.bytes_left -= bytes.len() as u64;
        // One probe byte tells a member that ends at the limit from one that goes on.
        let more = bytes.len() as u64 == allowed && content.read(&mut [0u8; 1])? > 0;
        Ok(Some(Member { name, bytes, cut: more.then_some(kind) }))
    }

    fn member(&mut self, chain: &mut Vec<String>, member: Member) {
        chain.push(member.name);
        if let Some(kind) = member.cut {
            let reason = match kind {
                GapKind::Truncated => format!("scanned the first {} bytes only (--max-scan-bytes)", member.bytes.len()),
                _ => format!(
                    "scanned the first {} bytes only: the file's nested-archive budget ran out (--max-nested-bytes)",
                    member.bytes.len()
                ),
            };
            self.gap(chain, kind, reason);
        }
        self.blob(chain, &member.bytes);
        chain.pop();
    }

    /// A compressed stream holding one member.
    fn single(&mut self, chain: &mut Vec<String>, name: String, mut decoder: impl Read) -> io::Result<()> {
        if let Some(member) = self.read_member(chain, name, &mut decoder)? {
            self.member(chain, member);
        }
        Ok(())
    }

    fn zip(&mut self, chain: &mut Vec<String>, bytes: &[u8]) -> io::Result<()> {
        // The zip reader holds its whole central directory in memory (a few hundred bytes per
        // record): count the records first, and leave a directory of millions unopened.
        let records = memchr::memmem::find_iter(bytes, b"PK\x01\x02").count();
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
        for index in 0..archive.len() {
            if self.stopped {
                break;
            }
            let mut file = match archive.by_index(index) {
                Ok(file) => file,
                Err(err) => {
                    self.gap(chain, GapKind::Unreadable, format!("zip member {index} not read: {err}"));
                    continue;
                }
            };
            if file.is_dir() {
                continue;
            }
            let name = display_bytes(file.name_raw());
            match self.read_member(chain, name.clone(), &mut file) {
                Ok(Some(member)) => {
                    drop(file);
                    self.member(chain, member);
                }
                Ok(None) => break,
                Err(err) => self.gap(chain, GapKind::Unreadable, format!("zip member {name} not read: {err}")),
            }
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
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let name = display_bytes(&entry.path_bytes());
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
