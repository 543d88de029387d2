//! Read-only access under a store root that never follows a symlink: every path is walked one
//! component at a time with `O_NOFOLLOW` from the root's descriptor, so a link planted in the
//! evidence (a layer's `etc -> /`) is an entry to report, never a way out. Files are opened with
//! `O_NOATIME` where the kernel allows it, so reading evidence leaves its access times alone.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rustix::fs::{AtFlags, Mode, OFlags, Stat};

/// An open directory of the evidence and the path it was reached by (for messages).
#[derive(Debug)]
pub struct Root {
    fd: OwnedFd,
    pub path: PathBuf,
}

/// What kind of node a `stat` found (the symlink itself, never its target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeType {
    File,
    Dir,
    Symlink,
    CharDevice,
    BlockDevice,
    Fifo,
    Socket,
}

pub fn node_type(stat: &Stat) -> NodeType {
    match stat.st_mode & 0o170000 {
        0o100000 => NodeType::File,
        0o040000 => NodeType::Dir,
        0o120000 => NodeType::Symlink,
        0o020000 => NodeType::CharDevice,
        0o060000 => NodeType::BlockDevice,
        0o010000 => NodeType::Fifo,
        _ => NodeType::Socket,
    }
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// The components of a relative path, refusing what could climb (`..`), restart (`/`) or hide
/// (`.`, empty names, NUL).
pub fn components(relative: &[u8]) -> io::Result<Vec<&[u8]>> {
    let mut parts = Vec::new();
    for part in relative.split(|b| *b == b'/') {
        match part {
            b"" | b"." if parts.is_empty() && relative.starts_with(b"./") => continue,
            b"" | b"." | b".." => return Err(invalid(format!("{:?}: not a plain relative path", String::from_utf8_lossy(relative)))),
            _ if part.contains(&0) => return Err(invalid("a path with a NUL byte".into())),
            _ => parts.push(part),
        }
    }
    if parts.is_empty() {
        return Err(invalid("an empty path".into()));
    }
    Ok(parts)
}

/// A path as given, with one trailing `/` dropped (tar names directories so).
pub fn trim_dir_slash(name: &[u8]) -> &[u8] {
    name.strip_suffix(b"/").unwrap_or(name)
}

fn open_flags(dir: bool) -> OFlags {
    let base = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NOCTTY | OFlags::NONBLOCK;
    if dir {
        base | OFlags::DIRECTORY
    } else {
        base
    }
}

/// `openat` with `O_NOATIME`, and again without it when the kernel refuses it (a file we do not
/// own, without CAP_FOWNER).
fn open_at(dir: impl AsFd, name: &[u8], directory: bool) -> io::Result<OwnedFd> {
    let name = OsStr::from_bytes(name);
    match rustix::fs::openat(&dir, name, open_flags(directory) | OFlags::NOATIME, Mode::empty()) {
        Err(rustix::io::Errno::PERM) => Ok(rustix::fs::openat(&dir, name, open_flags(directory), Mode::empty())?),
        other => Ok(other?),
    }
}

impl Root {
    /// Opens the directory the analyst named (a link they chose to give is theirs to follow).
    pub fn open(path: &Path) -> io::Result<Root> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let fd = match rustix::fs::open(path, flags | OFlags::NOATIME, Mode::empty()) {
            Err(rustix::io::Errno::PERM) => rustix::fs::open(path, flags, Mode::empty())?,
            other => other?,
        };
        Ok(Root { fd, path: path.to_path_buf() })
    }

    fn display(&self, relative: &[u8]) -> PathBuf {
        self.path.join(OsStr::from_bytes(relative))
    }

    /// A directory below this one, every component opened without following links.
    pub fn dir(&self, relative: &[u8]) -> io::Result<Root> {
        let trimmed = trim_dir_slash(relative);
        let mut fd = open_at(&self.fd, b".", true)?;
        if trimmed.is_empty() || trimmed == b"." {
            return Ok(Root { fd, path: self.path.clone() });
        }
        for part in components(trimmed)? {
            fd = open_at(&fd, part, true)?;
        }
        Ok(Root { fd, path: self.display(relative) })
    }

    /// The parent directory of `relative` and its last component.
    fn parent_of<'p>(&self, relative: &'p [u8]) -> io::Result<(Root, &'p [u8])> {
        let trimmed = trim_dir_slash(relative);
        let parts = components(trimmed)?;
        let Some(leaf) = parts.last().copied() else {
            return Err(invalid("an empty path".into()));
        };
        let parent_len = trimmed.len() - leaf.len();
        let parent = self.dir(&trimmed[..parent_len.saturating_sub(1)])?;
        Ok((parent, leaf))
    }

    /// `lstat` of `relative`: the link itself, never its target.
    pub fn stat(&self, relative: &[u8]) -> io::Result<Stat> {
        let (parent, leaf) = self.parent_of(relative)?;
        Ok(rustix::fs::statat(&parent.fd, OsStr::from_bytes(leaf), AtFlags::SYMLINK_NOFOLLOW)?)
    }

    pub fn exists(&self, relative: &[u8]) -> bool {
        self.stat(relative).is_ok()
    }

    pub fn is_dir(&self, relative: &[u8]) -> bool {
        self.stat(relative).is_ok_and(|stat| node_type(&stat) == NodeType::Dir)
    }

    /// A regular file (a link or anything else is refused), opened read-only.
    pub fn open_file(&self, relative: &[u8]) -> io::Result<(File, Stat)> {
        let (parent, leaf) = self.parent_of(relative)?;
        let fd = open_at(&parent.fd, leaf, false)?;
        let stat = rustix::fs::fstat(&fd)?;
        if node_type(&stat) != NodeType::File {
            return Err(invalid(format!("{}: not a regular file", self.display(relative).display())));
        }
        Ok((File::from(fd), stat))
    }

    /// A small file read whole; longer than `max` bytes is an error (evidence may be hostile).
    pub fn read_small(&self, relative: &[u8], max: u64) -> io::Result<Vec<u8>> {
        let (file, stat) = self.open_file(relative)?;
        if stat.st_size as u64 > max {
            return Err(invalid(format!("{} bytes, over the limit of {max}", stat.st_size)));
        }
        let mut bytes = Vec::with_capacity(stat.st_size as usize);
        file.take(max + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > max {
            return Err(invalid(format!("grew past the limit of {max} bytes while read")));
        }
        Ok(bytes)
    }

    /// A one-line text file (`cache-id`, `diff`, `parent`), trimmed.
    pub fn read_line(&self, relative: &[u8]) -> io::Result<String> {
        let bytes = self.read_small(relative, 4096)?;
        String::from_utf8(bytes).map(|text| text.trim().to_string()).map_err(|_| invalid("not UTF-8 text".into()))
    }

    /// The names in this directory, sorted by bytes (`.` and `..` left out).
    pub fn names(&self) -> io::Result<Vec<Vec<u8>>> {
        let mut dir = rustix::fs::Dir::read_from(&self.fd)?;
        let mut names = Vec::new();
        while let Some(entry) = dir.read() {
            let name = entry?.file_name().to_bytes().to_vec();
            if name != b"." && name != b".." {
                names.push(name);
            }
        }
        names.sort();
        Ok(names)
    }

    /// `lstat` of a name in this directory.
    pub fn stat_child(&self, name: &[u8]) -> io::Result<Stat> {
        Ok(rustix::fs::statat(&self.fd, OsStr::from_bytes(name), AtFlags::SYMLINK_NOFOLLOW)?)
    }

    /// A child directory, opened without following a link.
    pub fn child_dir(&self, name: &[u8]) -> io::Result<Root> {
        let fd = open_at(&self.fd, name, true)?;
        Ok(Root { fd, path: self.display(name) })
    }

    /// A child regular file, opened without following a link; its `fstat` must match `expect`
    /// (the entry did not change between the listing and the open).
    pub fn child_file(&self, name: &[u8], expect: &Stat) -> io::Result<File> {
        let fd = open_at(&self.fd, name, false)?;
        let stat = rustix::fs::fstat(&fd)?;
        if stat.st_ino != expect.st_ino || stat.st_dev != expect.st_dev {
            return Err(invalid(format!("{}: changed while read", self.display(name).display())));
        }
        Ok(File::from(fd))
    }

    /// A symlink's target, as stored.
    pub fn child_link(&self, name: &[u8]) -> io::Result<Vec<u8>> {
        Ok(rustix::fs::readlinkat(&self.fd, OsStr::from_bytes(name), Vec::new())?.into_bytes())
    }

    /// The directory's own extended attributes.
    pub fn xattrs(&self, limit: usize) -> Vec<(String, Vec<u8>)> {
        xattrs_of(&self.fd, limit)
    }
}

/// The extended attributes of an open node (names and values), at most `limit` of them; those
/// the kernel will not show (trusted.* without CAP_SYS_ADMIN) are simply absent.
pub fn xattrs_of(fd: impl AsFd, limit: usize) -> Vec<(String, Vec<u8>)> {
    let mut list = vec![0u8; 64 * 1024];
    let Ok(len) = rustix::fs::flistxattr(&fd, &mut list[..]) else { return Vec::new() };
    let mut found = Vec::new();
    for name in list[..len].split(|b| *b == 0).filter(|n| !n.is_empty()).take(limit) {
        let Ok(name) = std::str::from_utf8(name) else { continue };
        let mut value = vec![0u8; 64 * 1024];
        if let Ok(n) = rustix::fs::fgetxattr(&fd, name, &mut value[..]) {
            value.truncate(n);
            found.push((name.to_string(), value));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_or_restart_are_refused() {
        assert_eq!(components(b"etc/passwd").unwrap(), vec![&b"etc"[..], b"passwd"]);
        assert_eq!(components(b"./etc").unwrap(), vec![&b"etc"[..]]);
        for bad in [&b"../etc"[..], b"a/../../b", b"/etc/passwd", b"a//b", b"a/./b", b""] {
            assert!(components(bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn a_symlinked_component_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        std::fs::write(dir.path().join("real/f"), b"x").unwrap();
        std::os::unix::fs::symlink("real", dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.path().join("out")).unwrap();
        let root = Root::open(dir.path()).unwrap();
        assert_eq!(root.read_small(b"real/f", 10).unwrap(), b"x");
        assert!(root.read_small(b"link/f", 10).is_err());
        assert!(root.read_small(b"out", 1 << 20).is_err());
        assert_eq!(node_type(&root.stat(b"out").unwrap()), NodeType::Symlink);
        assert!(root.read_small(b"real/f", 0).is_err());
    }
}
