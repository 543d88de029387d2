//! Is a layer directory still the layer that was pulled? The tar-split record gives every
//! entry's header as pulled; the directory walk gives what is on disk. They must hold the same
//! paths with the same type, mode, owner, size, link target and mtime (what unpacking a tar
//! sets), and the same deletion and opaque markers. The file bodies are checked by CRC-64 when
//! the tar is reassembled ([`super::tarsplit`]).

use std::collections::BTreeMap;
use std::io::Read;

use super::fsread::NodeType;
use super::tarsplit::Divergence;
use super::tree::{split_last, DiskNode, Walk};

/// An entry of the layer as pulled.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pulled {
    kind: NodeType,
    whiteout: bool,
    opaque: bool,
    mode: u32,
    uid: u64,
    gid: u64,
    size: u64,
    mtime: u64,
    link: Option<Vec<u8>>,
}

/// The layer's entries as its tar-split record gives them (bodies read as zeros), by path.
pub fn pulled_entries(tar: impl Read) -> std::io::Result<BTreeMap<Vec<u8>, PulledEntry>> {
    let mut archive = tar::Archive::new(tar);
    let mut entries: BTreeMap<Vec<u8>, Pulled> = BTreeMap::new();
    for entry in archive.entries()? {
        let entry = entry?;
        let header = entry.header();
        let raw = entry.path_bytes().into_owned();
        let path = clean(&raw);
        if path.is_empty() {
            continue;
        }
        let (parent, name) = split_last(&path);
        let mut node = Pulled {
            kind: NodeType::File,
            whiteout: false,
            opaque: false,
            mode: header.mode().unwrap_or(0) & 0o7777,
            uid: header.uid().unwrap_or(0),
            gid: header.gid().unwrap_or(0),
            size: entry.size(),
            mtime: header.mtime().unwrap_or(0),
            link: None,
        };
        if name == b".wh..wh..opq" {
            // The directory itself may come before or after its marker, or not at all.
            let dir = entries.entry(parent.to_vec()).or_insert_with(|| Pulled { kind: NodeType::Dir, mode: 0o755, ..node.clone() });
            dir.opaque = true;
            continue;
        }
        if let Some(hidden) = name.strip_prefix(b".wh.") {
            let target = if parent.is_empty() { hidden.to_vec() } else { [parent, b"/", hidden].concat() };
            entries.insert(target, Pulled { whiteout: true, kind: NodeType::CharDevice, ..node });
            continue;
        }
        match header.entry_type() {
            tar::EntryType::Directory => {
                node.kind = NodeType::Dir;
                node.size = 0;
                node.opaque = entries.get(&path).is_some_and(|seen| seen.opaque);
            }
            tar::EntryType::Symlink => {
                node.kind = NodeType::Symlink;
                node.link = entry.link_name_bytes().map(|l| l.into_owned());
                node.size = 0;
            }
            tar::EntryType::Link => {
                // Unpacked as the same inode as its target: on disk it is that file.
                let target = entry.link_name_bytes().map(|l| clean(&l)).unwrap_or_default();
                match entries.get(&target) {
                    Some(target) => node = target.clone(),
                    None => node.size = 0,
                }
            }
            tar::EntryType::Char => node.kind = NodeType::CharDevice,
            tar::EntryType::Block => node.kind = NodeType::BlockDevice,
            tar::EntryType::Fifo => node.kind = NodeType::Fifo,
            _ => {}
        }
        entries.insert(path, node);
    }
    Ok(entries.into_iter().map(|(path, node)| (path, PulledEntry(node))).collect())
}

/// An entry of the pulled layer (opaque outside this module).
#[derive(Debug, Clone)]
pub struct PulledEntry(Pulled);

fn clean(raw: &[u8]) -> Vec<u8> {
    let mut path = raw;
    while let Some(rest) = path.strip_prefix(b"./") {
        path = rest;
    }
    path = path.strip_prefix(b"/").unwrap_or(path);
    path = path.strip_suffix(b"/").unwrap_or(path);
    // `./` names the layer's root, which the walk does not list.
    if path == b"." {
        return Vec::new();
    }
    path.to_vec()
}

/// The first path (in byte order) where the directory on disk is not the pulled layer, if any.
pub fn first_difference(pulled: &BTreeMap<Vec<u8>, PulledEntry>, disk: &Walk) -> Option<Divergence> {
    difference(pulled, disk, false)
}

/// The same for a layer kept as a whole copy of the filesystem (Docker's vfs): `copy` is the
/// copy, `changes` what differs from the copy below ([`super::vfs::changes`]). Every pulled
/// entry must be in the copy as pulled (a deleted one absent), and every change must be a pulled
/// entry; below an opaque directory of the pulled layer, everything must be.
pub fn first_difference_in_copy(pulled: &BTreeMap<Vec<u8>, PulledEntry>, copy: &Walk, changes: &Walk) -> Option<Divergence> {
    let opaque: Vec<&[u8]> = pulled.iter().filter(|(_, entry)| entry.0.opaque).map(|(path, _)| path.as_slice()).collect();
    let under_opaque = |path: &[u8]| opaque.iter().any(|dir| path.len() > dir.len() && path.starts_with(dir) && path[dir.len()] == b'/');
    // What an opaque directory removed is gone as pulled; what is in it must be pulled.
    let mut nodes: BTreeMap<&[u8], DiskNode> = changes
        .nodes
        .iter()
        .filter(|node| !(node.whiteout && under_opaque(&node.path)))
        .map(|node| (node.path.as_slice(), node.clone()))
        .collect();
    for node in copy.nodes.iter().filter(|node| pulled.contains_key(&node.path) || under_opaque(&node.path)) {
        nodes.entry(node.path.as_slice()).or_insert_with(|| node.clone());
    }
    // A copy has no opaque marker: the directory emptied of what was below is the opaque one.
    for dir in opaque {
        if let Some(node) = nodes.get_mut(dir) {
            node.opaque = true;
        }
    }
    let disk = Walk { nodes: nodes.into_values().collect(), problems: Vec::new(), truncated: copy.truncated || changes.truncated };
    difference(pulled, &disk, true)
}

/// `copy`: `disk` is what a copy differs in from the copy below, so a path missing on disk is
/// what a pulled deletion leaves, and a difference may be the copy below's.
fn difference(pulled: &BTreeMap<Vec<u8>, PulledEntry>, disk: &Walk, copy: bool) -> Option<Divergence> {
    let on_disk: BTreeMap<&[u8], &DiskNode> = disk.nodes.iter().map(|node| (node.path.as_slice(), node)).collect();
    let mut paths: Vec<&[u8]> = pulled.keys().map(Vec::as_slice).chain(on_disk.keys().copied()).collect();
    paths.sort_unstable();
    paths.dedup();
    let shown = |path: &[u8]| String::from_utf8_lossy(path).into_owned();
    // A directory's mtime changes with whatever is added or removed in it: the entry that
    // changed says more, so a directory's time is named only when nothing else differs.
    let mut directory_time: Option<Divergence> = None;
    for path in paths {
        let differ = |reason: String| Some(Divergence { path: shown(path), reason });
        match (pulled.get(path), on_disk.get(path)) {
            (Some(PulledEntry(want)), None) if want.whiteout && copy => {}
            (Some(_), None) => return differ("in the pulled layer, missing from the directory on disk".into()),
            (None, Some(node)) if node.whiteout && copy => {
                return differ(
                    "gone from this copy, kept in the copy below, not deleted by the pulled layer (either copy changed after the pull)"
                        .into(),
                )
            }
            (None, Some(node)) if node.whiteout => {
                return differ("deleted on disk, not by the pulled layer (removed after the pull)".into())
            }
            (None, Some(node)) => {
                // Unpacking creates the parents a tar leaves out; a copy's changes list the
                // directories above each change, and the change is what to name.
                let prefix = [path, b"/"].concat();
                let is_parent = node.kind == NodeType::Dir
                    && (pulled.range(prefix.clone()..).next().is_some_and(|(p, _)| p.starts_with(&prefix))
                        || copy && on_disk.range(prefix.as_slice()..).next().is_some_and(|(p, _)| p.starts_with(&prefix)));
                if !is_parent && copy {
                    return differ("differs from the copy below, not in the pulled layer (either copy changed after the pull)".into());
                }
                if !is_parent {
                    return differ("on disk, but not in the pulled layer (added after the pull)".into());
                }
            }
            (Some(PulledEntry(want)), Some(node)) => match compare(want, node) {
                Some(Difference::Entry(reason)) => return differ(reason),
                Some(Difference::DirectoryTime(reason)) if directory_time.is_none() => directory_time = differ(reason),
                _ => {}
            },
            (None, None) => {}
        }
    }
    directory_time
}

enum Difference {
    Entry(String),
    DirectoryTime(String),
}

fn compare(want: &Pulled, node: &DiskNode) -> Option<Difference> {
    if let Some(reason) = compare_entry(want, node) {
        return Some(Difference::Entry(reason));
    }
    // Unpacking sets every entry's mtime; nothing in a lower layer changes it afterwards.
    let stat = &node.stat;
    if !node.whiteout && u64::try_from(stat.st_mtime).ok() != Some(want.mtime) {
        let reason = format!("modified at {} on disk, {} when pulled", stat.st_mtime, want.mtime);
        return Some(if node.kind == NodeType::Dir { Difference::DirectoryTime(reason) } else { Difference::Entry(reason) });
    }
    None
}

fn compare_entry(want: &Pulled, node: &DiskNode) -> Option<String> {
    if want.whiteout || node.whiteout {
        return (want.whiteout != node.whiteout).then(|| {
            if want.whiteout {
                "deleted by the pulled layer, present on disk".to_string()
            } else {
                "on disk a deletion marker, in the pulled layer an entry".to_string()
            }
        });
    }
    let stat = &node.stat;
    if want.kind != node.kind {
        return Some(format!("a {:?} on disk, a {:?} in the pulled layer", node.kind, want.kind));
    }
    if want.opaque != node.opaque {
        return Some(if want.opaque {
            "opaque in the pulled layer, not on disk (or the trusted.overlay xattrs cannot be read: run as root)".into()
        } else {
            "opaque on disk, not in the pulled layer".into()
        });
    }
    // A symlink's own mode means nothing on Linux.
    if node.kind != NodeType::Symlink && want.mode != stat.st_mode & 0o7777 {
        return Some(format!("mode {:04o} on disk, {:04o} when pulled", stat.st_mode & 0o7777, want.mode));
    }
    if (want.uid, want.gid) != (u64::from(stat.st_uid), u64::from(stat.st_gid)) {
        return Some(format!("owner {}:{} on disk, {}:{} when pulled", stat.st_uid, stat.st_gid, want.uid, want.gid));
    }
    if node.kind == NodeType::File && want.size != stat.st_size as u64 {
        return Some(format!("{} bytes on disk, {} when pulled", stat.st_size, want.size));
    }
    if node.kind == NodeType::Symlink && want.link != node.link {
        return Some(format!(
            "links to {:?} on disk, to {:?} when pulled",
            String::from_utf8_lossy(node.link.as_deref().unwrap_or_default()),
            String::from_utf8_lossy(want.link.as_deref().unwrap_or_default())
        ));
    }
    None
}
