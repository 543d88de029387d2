//! The outer tar, indexed once: member name → where its bytes lie in the mapped file.

use std::collections::HashMap;
use std::io::Cursor;
use std::rc::Rc;

use serde::Serialize;

use crate::evidence::tarstream::{self, GoTarReader, StreamLog};
use crate::shared::anomaly::Anomaly;

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("member {name:?} not found in the archive")]
    Missing { name: String },
    #[error("member {name:?}: link chain longer than {hops} hops or looping")]
    LinkLoop { name: String, hops: usize },
    #[error("member {name:?} is not a regular file")]
    NotAFile { name: String },
    #[error("member {name:?}: {size} bytes, over the limit of {limit}")]
    TooLarge { name: String, size: u64, limit: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberKind {
    File,
    Dir,
    Symlink(String),
    Hardlink(String),
    Other(u8),
}

#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub kind: MemberKind,
    pub offset: u64,
    pub size: u64,
}

/// Members that make a tar an image layout.
const LAYOUT_MARKERS: [&str; 3] = ["manifest.json", "index.json", "repositories"];

/// A resolved regular-file member: its final name and bytes.
pub struct Blob<'a> {
    pub name: String,
    pub via_link: bool,
    pub bytes: &'a [u8],
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexError {
    pub message: String,
    pub after_members: usize,
}

pub struct Archive<'a> {
    data: &'a [u8],
    members: HashMap<String, Member>,
    pub anomalies: Vec<Anomaly>,
    /// Set when the tar could not be read to its end; the members before the fault are kept.
    pub error: Option<IndexError>,
    max_link_hops: usize,
}

/// Canonical member name: no leading `./` or `/`, no `.` components, no empty components.
/// A `..` component makes the name unresolvable (returns None): archive paths never climb.
pub fn normalize_member_name(raw: &str) -> Option<String> {
    let mut parts = Vec::new();
    for part in raw.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

impl<'a> Archive<'a> {
    pub fn index(data: &'a [u8], max_link_hops: usize) -> Archive<'a> {
        let mut archive = Archive { data, members: HashMap::new(), anomalies: Vec::new(), error: None, max_link_hops };
        // Framed as Go reads it (what `docker load` sees): a member hidden in the "body" of a
        // directory header is a member. Offsets stay those of the file.
        let log = Rc::new(StreamLog::default());
        let mut tar = tar::Archive::new(GoTarReader::keeping_offsets(Cursor::new(data), Rc::clone(&log)));
        let entries = match tar.entries_with_seek() {
            Ok(entries) => entries,
            Err(err) => {
                archive.error = Some(IndexError { message: err.to_string(), after_members: 0 });
                return archive;
            }
        };
        let mut count = 0usize;
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    archive.error = Some(IndexError { message: err.to_string(), after_members: count });
                    break;
                }
            };
            count += 1;
            let raw_name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let offset = entry.raw_file_position();
            let size = entry.size();
            let truncated = offset.checked_add(size).is_none_or(|end| end > data.len() as u64);
            let size = if truncated { (data.len() as u64).saturating_sub(offset) } else { size };
            if truncated {
                // Keep the bytes that are there: a cut-off layer still yields its first entries.
                archive.error = Some(IndexError {
                    message: format!("member {raw_name:?} is cut off: {} of its {} bytes are in the archive", size, entry.size()),
                    after_members: count - 1,
                });
            }
            let link = || entry.link_name_bytes().map(|l| String::from_utf8_lossy(&l).into_owned()).unwrap_or_default();
            let kind = match entry.header().entry_type() {
                tar::EntryType::Regular | tar::EntryType::Continuous => MemberKind::File,
                tar::EntryType::Directory => MemberKind::Dir,
                tar::EntryType::Symlink => MemberKind::Symlink(link()),
                tar::EntryType::Link => MemberKind::Hardlink(link()),
                other => MemberKind::Other(other.as_byte()),
            };
            let Some(name) = normalize_member_name(&raw_name) else {
                archive.anomalies.push(Anomaly::new(
                    "archive-path-traversal",
                    format!("outer archive member {raw_name:?} climbs out with '..'; ignored"),
                ));
                continue;
            };
            if let Some(previous) = archive.members.get(&name) {
                let same = previous.kind == kind && archive.slice(previous) == archive.slice_at(offset, size);
                if !same && kind != MemberKind::Dir {
                    archive.anomalies.push(Anomaly::new(
                        "archive-duplicate-member",
                        format!("outer archive holds {name:?} twice with different content; the last one is used"),
                    ));
                }
            }
            archive.members.insert(name.clone(), Member { name, kind, offset, size });
            if truncated {
                break;
            }
        }
        archive.anomalies.extend(tarstream::anomaly(&log, "outer tar"));
        archive.anomalies.extend(log.fault_anomalies("outer tar"));
        archive.anomalies.extend(log.duplicate_anomalies("outer tar"));
        archive.unwrap_single_directory();
        archive
    }

    /// A layout tarred with its directory (`tar cf image.tar oci-dir/`) is read as if the
    /// directory were the root, when nothing but that directory is at the top.
    fn unwrap_single_directory(&mut self) {
        if LAYOUT_MARKERS.iter().any(|marker| self.members.contains_key(*marker)) {
            return;
        }
        let mut tops = self.members.keys().map(|name| name.split('/').next().unwrap_or(""));
        let Some(top) = tops.next().map(String::from) else { return };
        if top.is_empty()
            || tops.any(|other| other != top)
            || !LAYOUT_MARKERS.iter().any(|m| self.members.contains_key(&format!("{top}/{m}")))
        {
            return;
        }
        let prefix = format!("{top}/");
        self.members = std::mem::take(&mut self.members)
            .into_iter()
            .filter_map(|(name, member)| {
                let inner = name.strip_prefix(&prefix)?.to_string();
                Some((inner.clone(), Member { name: inner, ..member }))
            })
            .collect();
        self.anomalies
            .push(Anomaly::info("layout-in-directory", format!("the image layout sits under {prefix} in the tar; read from there")));
    }

    fn slice_at(&self, offset: u64, size: u64) -> &'a [u8] {
        // Clamped to the data when the member was indexed; `get` keeps a slip from being a panic.
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        let end = usize::try_from(size).ok().and_then(|size| start.checked_add(size)).unwrap_or(usize::MAX);
        self.data.get(start..end).unwrap_or_default()
    }

    fn slice(&self, member: &Member) -> &'a [u8] {
        self.slice_at(member.offset, member.size)
    }

    pub fn contains(&self, name: &str) -> bool {
        normalize_member_name(name).is_some_and(|n| self.members.contains_key(&n))
    }

    /// The bytes of a regular-file member, following in-archive symlinks and hardlinks a bounded
    /// number of hops; a link target resolves relative to the link's directory and never climbs
    /// above the archive root.
    pub fn blob(&self, name: &str) -> Result<Blob<'a>, ArchiveError> {
        let missing = || ArchiveError::Missing { name: name.to_string() };
        let mut current = normalize_member_name(name).ok_or_else(missing)?;
        let mut via_link = false;
        for _ in 0..=self.max_link_hops {
            let member = self.members.get(&current).ok_or_else(|| ArchiveError::Missing { name: current.clone() })?;
            let target = match &member.kind {
                MemberKind::File => {
                    return Ok(Blob { name: current, via_link, bytes: self.slice(member) });
                }
                MemberKind::Symlink(target) => {
                    let base = current.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
                    if target.starts_with('/') {
                        target.clone()
                    } else {
                        format!("{base}/{target}")
                    }
                }
                // Hardlink names are relative to the archive root.
                MemberKind::Hardlink(target) => target.clone(),
                _ => return Err(ArchiveError::NotAFile { name: current }),
            };
            via_link = true;
            current = resolve_dots(&target).ok_or_else(|| ArchiveError::Missing { name: target.clone() })?;
        }
        Err(ArchiveError::LinkLoop { name: name.to_string(), hops: self.max_link_hops })
    }

    /// Reads a small JSON-ish member whole, refusing anything over `limit` bytes.
    pub fn read_small(&self, name: &str, limit: u64) -> Result<&'a [u8], ArchiveError> {
        let blob = self.blob(name)?;
        let size = blob.bytes.len() as u64;
        if size > limit {
            return Err(ArchiveError::TooLarge { name: name.to_string(), size, limit });
        }
        Ok(blob.bytes)
    }
}

/// Lexically resolves `.` and `..`, clamping at the root (a link target cannot leave the archive).
fn resolve_dots(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(entries: &[(&str, tar::EntryType, &[u8], Option<&str>)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (name, kind, body, link) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(*kind);
            header.set_size(body.len() as u64);
            header.set_mode(0o644);
            if let Some(link) = link {
                header.set_link_name(link).unwrap();
            }
            builder.append_data(&mut header, name, *body).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn resolves_in_archive_symlinks_relative_to_their_directory() {
        let data = build(&[
            ("a/layer.tar", tar::EntryType::Regular, b"layer-bytes", None),
            ("b/layer.tar", tar::EntryType::Symlink, b"", Some("../a/layer.tar")),
        ]);
        let archive = Archive::index(&data, 8);
        let blob = archive.blob("b/layer.tar").unwrap();
        assert_eq!(blob.bytes, b"layer-bytes");
        assert_eq!(blob.name, "a/layer.tar");
        assert!(blob.via_link);
    }

    #[test]
    fn symlink_loops_are_bounded_and_escapes_clamped() {
        let data = build(&[
            ("x", tar::EntryType::Symlink, b"", Some("y")),
            ("y", tar::EntryType::Symlink, b"", Some("x")),
            ("esc", tar::EntryType::Symlink, b"", Some("../../../etc/passwd")),
        ]);
        let archive = Archive::index(&data, 8);
        assert!(matches!(archive.blob("x"), Err(ArchiveError::LinkLoop { .. })));
        // "../../../etc/passwd" clamps to "etc/passwd" inside the archive, which does not exist.
        assert!(matches!(archive.blob("esc"), Err(ArchiveError::Missing { name }) if name == "etc/passwd"));
    }

    #[test]
    fn dot_dot_member_names_are_anomalies_not_members() {
        let data = build(&[("./ok", tar::EntryType::Regular, b"1", None)]);
        let archive = Archive::index(&data, 8);
        assert!(archive.contains("ok"));
        assert_eq!(normalize_member_name("../x"), None);
        assert_eq!(normalize_member_name("/a//b/./c").as_deref(), Some("a/b/c"));
    }

    #[test]
    fn a_layout_tarred_with_its_directory_is_read_from_inside_it() {
        let data = build(&[
            ("oci-dir/index.json", tar::EntryType::Regular, b"{}", None),
            ("oci-dir/blobs/sha256/x", tar::EntryType::Regular, b"blob", None),
        ]);
        let archive = Archive::index(&data, 8);
        assert!(archive.contains("index.json"));
        assert_eq!(archive.blob("blobs/sha256/x").unwrap().bytes, b"blob");
        assert!(archive.anomalies.iter().any(|a| a.kind == "layout-in-directory"));

        let two_tops = build(&[("a/index.json", tar::EntryType::Regular, b"{}", None), ("b/x", tar::EntryType::Regular, b"", None)]);
        assert!(!Archive::index(&two_tops, 8).contains("index.json"));
    }

    #[test]
    fn a_member_hidden_in_a_directory_body_is_indexed_as_docker_load_sees_it() {
        let mut hidden = tar::Header::new_gnu();
        hidden.set_path("manifest.json").unwrap();
        hidden.set_size(2);
        hidden.set_cksum();
        let mut body = hidden.as_bytes().to_vec();
        body.extend(b"[]");
        body.resize(1024, 0);
        let mut dir = tar::Header::new_gnu();
        dir.set_path("decoy/").unwrap();
        dir.set_entry_type(tar::EntryType::Directory);
        dir.set_size(body.len() as u64);
        dir.set_cksum();
        let mut data = dir.as_bytes().to_vec();
        data.extend(&body);
        data.extend(build(&[("after", tar::EntryType::Regular, b"a", None)]));
        let archive = Archive::index(&data, 8);
        assert_eq!(archive.blob("manifest.json").unwrap().bytes, b"[]");
        assert_eq!(archive.blob("after").unwrap().bytes, b"a");
        assert!(archive.anomalies.iter().any(|a| a.kind == "tar-read-as-go-does"));
    }
}
