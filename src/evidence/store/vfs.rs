//! Docker's `vfs` storage driver keeps each layer as a whole copy of the filesystem: the layer
//! below copied, then the layer's tar unpacked into it (deletions done, so no markers). A layer's
//! changes are what differs from the copy below: paths added, paths whose type, mode, owner,
//! link, device, size, mtime, xattrs or bytes differ, and paths gone (a deletion marker for the
//! topmost one), with the directories above them — as Docker's own differ sees a layer, but with
//! the bytes compared too: a file rewritten with its size and mtime put back is still a change.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Read};

use super::fsread::{xattrs_of, NodeType, Root};
use super::tree::{self, split_last, DiskNode, Walk};

const MAX_XATTRS: usize = 128;
const CHUNK: usize = 64 << 10;

/// A copy walked: overlayfs's markers mean nothing in it (a character device 0/0 is a device).
pub fn walk(root: &Root, max_entries: u64) -> Walk {
    let mut walk = tree::walk(root, max_entries);
    for node in &mut walk.nodes {
        node.whiteout = false;
        node.opaque = false;
    }
    walk
}

/// The changes of the copy `top` over the copy `below` (None: the bottom layer, all of it
/// added), as a walk of `top`'s nodes with deletion markers, in tar order. A file that cannot be
/// compared is taken as changed, with the reason in `problems`.
pub fn changes(below: Option<(&Root, &Walk)>, top: (&Root, &Walk)) -> Walk {
    let (top_root, top_walk) = top;
    let in_top: HashMap<&[u8], &DiskNode> = top_walk.nodes.iter().map(|node| (node.path.as_slice(), node)).collect();
    let in_below: HashMap<&[u8], &DiskNode> =
        below.map(|(_, walk)| walk.nodes.iter().map(|node| (node.path.as_slice(), node)).collect()).unwrap_or_default();
    let mut out: BTreeMap<Vec<u8>, DiskNode> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut compare = Compare { buffers: (vec![0u8; CHUNK], vec![0u8; CHUNK]), links: HashMap::new() };
    for node in &top_walk.nodes {
        let changed = match (in_below.get(node.path.as_slice()), below) {
            (Some(old), Some((below_root, _))) => match differs(old, node, (below_root, top_root), &mut compare) {
                Ok(differs) => differs,
                Err(err) => {
                    let shown = String::from_utf8_lossy(&node.path);
                    problems.push(format!(
                        "{}/{shown}: cannot be compared with the layer below ({err}); taken as changed",
                        top_root.path.display()
                    ));
                    true
                }
            },
            _ => true,
        };
        if changed {
            add_with_parents(&mut out, node.clone(), &in_top);
        }
    }
    for old in below.map(|(_, walk)| walk.nodes.as_slice()).unwrap_or_default() {
        if in_top.contains_key(old.path.as_slice()) {
            continue;
        }
        // Only the topmost path gone is marked: what was below it went with it.
        let (parent, _) = split_last(&old.path);
        let parent_kept = parent.is_empty() || in_top.get(parent).is_some_and(|node| node.kind == NodeType::Dir);
        if parent_kept {
            let marker = DiskNode { link: None, whiteout: true, opaque: false, xattrs: Vec::new(), ..old.clone() };
            add_with_parents(&mut out, marker, &in_top);
        }
    }
    let truncated = top_walk.truncated || below.is_some_and(|(_, walk)| walk.truncated);
    Walk { nodes: out.into_values().collect(), problems, truncated }
}

/// Adds `node` and the directories above it (their entries carry their modes and owners).
fn add_with_parents(out: &mut BTreeMap<Vec<u8>, DiskNode>, node: DiskNode, in_top: &HashMap<&[u8], &DiskNode>) {
    let mut parent = split_last(&node.path).0;
    while !parent.is_empty() && !out.contains_key(parent) {
        if let Some(dir) = in_top.get(parent) {
            out.insert(parent.to_vec(), (*dir).clone());
        }
        parent = split_last(parent).0;
    }
    out.insert(node.path.clone(), node);
}

/// Whether `new` is not `old`. A directory's mtime and size change with what is added or
/// removed in it, so only its mode, owner and xattrs count (as in Docker's differ).
fn differs(old: &DiskNode, new: &DiskNode, roots: (&Root, &Root), compare: &mut Compare) -> io::Result<bool> {
    let (a, b) = (&old.stat, &new.stat);
    if old.kind != new.kind
        || a.st_mode != b.st_mode
        || (a.st_uid, a.st_gid) != (b.st_uid, b.st_gid)
        || old.link != new.link
        || old.xattrs != new.xattrs
    {
        return Ok(true);
    }
    match new.kind {
        NodeType::Dir => Ok(false),
        NodeType::CharDevice | NodeType::BlockDevice if a.st_rdev != b.st_rdev => Ok(true),
        _ if (a.st_size, a.st_mtime, a.st_mtime_nsec) != (b.st_size, b.st_mtime, b.st_mtime_nsec) => Ok(true),
        NodeType::File => compare.same_file(roots, old, new).map(|same| !same),
        _ => Ok(false),
    }
}

/// Compares files of two copies, with buffers of its own.
struct Compare {
    buffers: (Vec<u8>, Vec<u8>),
    /// By the inodes compared: a file with several names in both copies (busybox's hundreds
    /// of links) is read once.
    links: HashMap<[u64; 4], bool>,
}

impl Compare {
    fn same_file(&mut self, roots: (&Root, &Root), old: &DiskNode, new: &DiskNode) -> io::Result<bool> {
        let inodes = [old.stat.st_dev, old.stat.st_ino, new.stat.st_dev, new.stat.st_ino];
        if let Some(same) = self.links.get(&inodes) {
            return Ok(*same);
        }
        let same = same_file(roots, &new.path, &mut self.buffers)?;
        if old.stat.st_nlink > 1 && new.stat.st_nlink > 1 {
            self.links.insert(inodes, same);
        }
        Ok(same)
    }
}

/// Whether the file at `path` holds the same bytes and xattrs in both copies (below, top).
fn same_file((below, top): (&Root, &Root), path: &[u8], (a, b): &mut (Vec<u8>, Vec<u8>)) -> io::Result<bool> {
    let (mut old, old_stat) = below.open_file(path)?;
    let (mut new, new_stat) = top.open_file(path)?;
    if (old_stat.st_dev, old_stat.st_ino) == (new_stat.st_dev, new_stat.st_ino) {
        return Ok(true);
    }
    if old_stat.st_size != new_stat.st_size || xattrs_of(&old, MAX_XATTRS) != xattrs_of(&new, MAX_XATTRS) {
        return Ok(false);
    }
    loop {
        let n = fill(&mut old, a)?;
        if n != fill(&mut new, b)? || a[..n] != b[..n] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Reads until `buf` is full or the file ends.
fn fill(file: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut at = 0;
    while at < buf.len() {
        match file.read(&mut buf[at..]) {
            Ok(0) => break,
            Ok(n) => at += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(at)
}
