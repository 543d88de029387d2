//! A layer directory on disk (overlayfs upper or lower dir) read as a layer: walked without
//! following links, then written as the tar a runtime would have unpacked into it. overlayfs
//! marks a deletion with a character device 0/0 and an opaque directory with the
//! `trusted.overlay.opaque` (or, rootless, `user.overlay.opaque`) xattr set to `y`; in the tar
//! they become the OCI markers `.wh.NAME` and `DIR/.wh..wh..opq` that the overlay stage reads.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;

use rustix::fs::Stat;

use super::fsread::{node_type, xattrs_of, NodeType, Root};

/// xattr names overlayfs keeps for itself: facts of the on-disk layout, not of the files.
fn overlay_xattr(name: &str) -> bool {
    name.starts_with("trusted.overlay.") || name.starts_with("user.overlay.")
}

const MAX_DEPTH: usize = 512;
const MAX_XATTRS: usize = 128;

/// One node of a layer directory.
#[derive(Debug, Clone)]
pub struct DiskNode {
    /// Relative to the layer directory, no leading `./`, no trailing `/`.
    pub path: Vec<u8>,
    pub kind: NodeType,
    pub stat: Stat,
    pub link: Option<Vec<u8>>,
    /// A deletion marker (character device 0/0).
    pub whiteout: bool,
    /// An opaque directory: lower layers' entries below it are hidden.
    pub opaque: bool,
    /// A directory's own xattrs (files' are read when they are written).
    pub xattrs: Vec<(String, Vec<u8>)>,
}

/// A walk of one layer directory: its nodes in tar order, and what could not be read.
#[derive(Debug, Default)]
pub struct Walk {
    pub nodes: Vec<DiskNode>,
    pub problems: Vec<String>,
    /// Stopped at the entry budget.
    pub truncated: bool,
}

pub fn walk(root: &Root, max_entries: u64) -> Walk {
    let mut walk = Walk::default();
    // Per open directory: it, its path, its sorted names, the next name to read.
    type Open = (Root, Vec<u8>, Vec<Vec<u8>>, usize);
    let mut stack: Vec<Open> = Vec::new();
    match root.dir(b"").and_then(|top| top.names().map(|names| (top, names))) {
        Ok((top, names)) => stack.push((top, Vec::new(), names, 0)),
        Err(err) => {
            walk.problems.push(format!("{}: cannot list: {err}", root.path.display()));
            return walk;
        }
    }
    loop {
        let depth = stack.len();
        let Some((dir, prefix, names, at)) = stack.last_mut() else { break };
        let Some(name) = names.get(*at).cloned() else {
            stack.pop();
            continue;
        };
        *at += 1;
        let path = if prefix.is_empty() { name.clone() } else { [prefix.as_slice(), b"/", &name].concat() };
        if walk.nodes.len() as u64 >= max_entries {
            walk.truncated = true;
            break;
        }
        let stat = match dir.stat_child(&name) {
            Ok(stat) => stat,
            Err(err) => {
                walk.problems.push(format!("{}: cannot stat: {err}", dir.path.join(std::ffi::OsStr::from_bytes(&name)).display()));
                continue;
            }
        };
        let kind = node_type(&stat);
        let whiteout = kind == NodeType::CharDevice && stat.st_rdev == 0;
        let mut node = DiskNode { path: path.clone(), kind, stat, link: None, whiteout, opaque: false, xattrs: Vec::new() };
        match kind {
            NodeType::Symlink => match dir.child_link(&name) {
                Ok(target) => node.link = Some(target),
                Err(err) => {
                    walk.problems.push(format!("{}: cannot read link: {err}", dir.path.join(std::ffi::OsStr::from_bytes(&name)).display()));
                    continue;
                }
            },
            NodeType::Dir => {
                match dir.child_dir(&name) {
                    Ok(child) => {
                        let xattrs = child.xattrs(MAX_XATTRS);
                        node.opaque = xattrs.iter().any(|(n, v)| overlay_xattr(n) && n.ends_with(".opaque") && v == b"y");
                        node.xattrs = xattrs.into_iter().filter(|(n, _)| !overlay_xattr(n)).collect();
                        walk.nodes.push(node);
                        if depth >= MAX_DEPTH {
                            walk.problems.push(format!("{}: nested deeper than {MAX_DEPTH} directories; not read", child.path.display()));
                            continue;
                        }
                        match child.names() {
                            Ok(names) => stack.push((child, path, names, 0)),
                            Err(err) => walk.problems.push(format!("{}: cannot list: {err}", child.path.display())),
                        }
                    }
                    Err(err) => {
                        walk.problems.push(format!("{}: cannot open: {err}", dir.path.join(std::ffi::OsStr::from_bytes(&name)).display()));
                        walk.nodes.push(node);
                    }
                }
                continue;
            }
            _ => {}
        }
        walk.nodes.push(node);
    }
    walk
}

/// What writing a layer directory as a tar found.
#[derive(Debug, Default)]
pub struct Written {
    pub entries: u64,
    pub problems: Vec<String>,
}

/// Writes the walked layer as a tar to `out`: real modes, owners, mtimes (PAX with
/// nanoseconds, and the atime and ctime beside them), xattrs as `SCHILY.xattr.*`, hardlinks
/// within the layer as tar links, deletion and opaque markers as OCI whiteout entries.
pub fn write_tar(root: &Root, walk: &Walk, out: &mut dyn Write) -> io::Result<Written> {
    let mut written = Written::default();
    let mut builder = tar::Builder::new(out);
    let mut first_of_inode: HashMap<(u64, u64), Vec<u8>> = HashMap::new();
    for node in &walk.nodes {
        let stat = &node.stat;
        let mut header = tar::Header::new_gnu();
        header.set_mode(stat.st_mode & 0o7777);
        header.set_uid(u64::from(stat.st_uid));
        header.set_gid(u64::from(stat.st_gid));
        header.set_mtime(u64::try_from(stat.st_mtime).unwrap_or(0));
        header.set_size(0);
        let mut pax: Vec<(String, Vec<u8>)> = times(stat);
        let path = std::path::Path::new(std::ffi::OsStr::from_bytes(&node.path));
        if node.whiteout {
            let (parent, name) = split_last(&node.path);
            let marker = [parent, if parent.is_empty() { b"" } else { b"/" }, b".wh.", name].concat();
            header.set_entry_type(tar::EntryType::Regular);
            header.set_mode(0);
            append_pax(&mut builder, &pax)?;
            builder.append_data(&mut header, std::ffi::OsStr::from_bytes(&marker), io::empty())?;
            written.entries += 1;
            continue;
        }
        match node.kind {
            NodeType::Dir => {
                header.set_entry_type(tar::EntryType::Directory);
                pax.extend(node.xattrs.iter().map(|(n, v)| (format!("SCHILY.xattr.{n}"), v.clone())));
                append_pax(&mut builder, &pax)?;
                builder.append_data(&mut header, path, io::empty())?;
                written.entries += 1;
                if node.opaque {
                    let mut marker = tar::Header::new_gnu();
                    marker.set_entry_type(tar::EntryType::Regular);
                    marker.set_mode(0);
                    marker.set_size(0);
                    marker.set_mtime(u64::try_from(stat.st_mtime).unwrap_or(0));
                    builder.append_data(&mut marker, path.join(".wh..wh..opq"), io::empty())?;
                    written.entries += 1;
                }
            }
            NodeType::Symlink => {
                header.set_entry_type(tar::EntryType::Symlink);
                append_pax(&mut builder, &pax)?;
                let target = std::path::Path::new(std::ffi::OsStr::from_bytes(node.link.as_deref().unwrap_or_default()));
                builder.append_link(&mut header, path, target)?;
                written.entries += 1;
            }
            NodeType::File => {
                let inode = (stat.st_dev, stat.st_ino);
                if stat.st_nlink > 1 {
                    if let Some(first) = first_of_inode.get(&inode) {
                        header.set_entry_type(tar::EntryType::Link);
                        append_pax(&mut builder, &pax)?;
                        builder.append_link(&mut header, path, std::path::Path::new(std::ffi::OsStr::from_bytes(first)))?;
                        written.entries += 1;
                        continue;
                    }
                    first_of_inode.insert(inode, node.path.clone());
                }
                header.set_entry_type(tar::EntryType::Regular);
                let size = u64::try_from(stat.st_size).unwrap_or(0);
                let file = match root.open_file(&node.path) {
                    Ok((file, now)) if now.st_ino == stat.st_ino => Some(file),
                    Ok(_) => {
                        written.problems.push(format!("{}: replaced while read; written empty", path.display()));
                        None
                    }
                    Err(err) => {
                        written.problems.push(format!("{}: cannot read: {err}; written empty", path.display()));
                        None
                    }
                };
                if let Some(file) = &file {
                    pax.extend(
                        xattrs_of(file, MAX_XATTRS)
                            .into_iter()
                            .filter(|(n, _)| !overlay_xattr(n))
                            .map(|(n, v)| (format!("SCHILY.xattr.{n}"), v)),
                    );
                }
                append_pax(&mut builder, &pax)?;
                match file {
                    Some(file) => {
                        header.set_size(size);
                        let mut short = false;
                        let body = Padded { inner: file.take(size), left: size, short: &mut short };
                        builder.append_data(&mut header, path, body)?;
                        if short {
                            written
                                .problems
                                .push(format!("{}: shorter than its size while read; the rest written as zeros", path.display()));
                        }
                    }
                    None => builder.append_data(&mut header, path, io::empty())?,
                }
                written.entries += 1;
            }
            NodeType::CharDevice | NodeType::BlockDevice | NodeType::Fifo => {
                header.set_entry_type(match node.kind {
                    NodeType::CharDevice => tar::EntryType::Char,
                    NodeType::BlockDevice => tar::EntryType::Block,
                    _ => tar::EntryType::Fifo,
                });
                if node.kind != NodeType::Fifo {
                    header.set_device_major(rustix::fs::major(stat.st_rdev))?;
                    header.set_device_minor(rustix::fs::minor(stat.st_rdev))?;
                }
                append_pax(&mut builder, &pax)?;
                builder.append_data(&mut header, path, io::empty())?;
                written.entries += 1;
            }
            // A socket is no part of a layer (a runtime leaves it behind): listed, not written.
            NodeType::Socket => written.problems.push(format!("{}: a socket, left out of the layer", path.display())),
        }
    }
    builder.finish()?;
    Ok(written)
}

/// The node's times as PAX records: mtime with its nanoseconds, atime and ctime (a tar header
/// holds only whole seconds of the mtime; the timeline wants the rest).
fn times(stat: &Stat) -> Vec<(String, Vec<u8>)> {
    let time = |seconds: i64, nanos: u64| format!("{seconds}.{nanos:09}").into_bytes();
    vec![
        ("mtime".into(), time(stat.st_mtime, stat.st_mtime_nsec)),
        ("atime".into(), time(stat.st_atime, stat.st_atime_nsec)),
        ("ctime".into(), time(stat.st_ctime, stat.st_ctime_nsec)),
    ]
}

fn append_pax<W: Write>(builder: &mut tar::Builder<W>, records: &[(String, Vec<u8>)]) -> io::Result<()> {
    if records.is_empty() {
        return Ok(());
    }
    builder.append_pax_extensions(records.iter().map(|(k, v)| (k.as_str(), v.as_slice())))
}

/// `a/b/c` → (`a/b`, `c`); `c` → (``, `c`).
pub fn split_last(path: &[u8]) -> (&[u8], &[u8]) {
    match path.iter().rposition(|b| *b == b'/') {
        Some(at) => (&path[..at], &path[at + 1..]),
        None => (&path[..0], path),
    }
}

/// A body that always yields `left` bytes: zeros after the file ends early (it shrank while
/// read), so the tar stays well formed.
struct Padded<'s, R> {
    inner: R,
    left: u64,
    short: &'s mut bool,
}

impl<R: Read> Read for Padded<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let cap = usize::try_from(self.left).unwrap_or(usize::MAX).min(buf.len());
        if cap == 0 {
            return Ok(0);
        }
        let mut n = self.inner.read(&mut buf[..cap])?;
        if n == 0 {
            *self.short = true;
            buf[..cap].fill(0);
            n = cap;
        }
        self.left -= n as u64;
        Ok(n)
    }
}
