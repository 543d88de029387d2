//! One tar entry as a layer stores it: its kind, its path and link as stored, and what its
//! header says of the file. The reader (layer) writes these, the entry table keeps them, and
//! the overlay reads them.

use serde::{Deserialize, Serialize};

use crate::shared::digest::Sha256Sum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    File,
    Dir,
    Symlink,
    Hardlink,
    CharDevice,
    BlockDevice,
    Fifo,
    Other,
}

impl EntryKind {
    /// The `ls -l` / tree.tsv letter.
    pub fn letter(self) -> char {
        match self {
            EntryKind::File | EntryKind::Hardlink => 'f',
            EntryKind::Dir => 'd',
            EntryKind::Symlink => 'l',
            EntryKind::CharDevice => 'c',
            EntryKind::BlockDevice => 'b',
            EntryKind::Fifo => 'p',
            EntryKind::Other => '?',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            EntryKind::File => "file",
            EntryKind::Dir => "dir",
            EntryKind::Symlink => "symlink",
            EntryKind::Hardlink => "hardlink",
            EntryKind::CharDevice => "char-device",
            EntryKind::BlockDevice => "block-device",
            EntryKind::Fifo => "fifo",
            EntryKind::Other => "other",
        }
    }
}

/// One tar entry as the layer stores it (path not yet normalised: the overlay does that).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub index: u32,
    pub raw_path: Vec<u8>,
    /// Symlink or hardlink target as stored.
    pub link: Option<Vec<u8>>,
    pub meta: FileMeta,
}

/// What a tar entry says of its file, and the sha256 of its bytes: the one shape a layer's
/// entry and each version of a path share (a version keeps only the mode's permission bits,
/// and a hardlink's version its target's bytes).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileMeta {
    pub kind: EntryKind,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    pub mtime: u64,
    /// PAX `atime` and `ctime`, when the tar holds them (a layer written from a directory on
    /// disk, such as a container's writable layer, does; image layers rarely).
    pub times: Option<Box<OtherTimes>>,
    /// A file's; 0 for other kinds.
    pub size: u64,
    pub sha256: Option<Sha256Sum>,
    /// Extended attributes from PAX `SCHILY.xattr.*` records (file capabilities, ACLs, labels).
    pub xattrs: Option<Xattrs>,
}

/// The times a tar header has no field for, seconds since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OtherTimes {
    pub atime: Option<u64>,
    pub ctime: Option<u64>,
}

/// Extended attribute names and raw values; absent for the many entries without any.
pub type Xattrs = Box<[(String, Vec<u8>)]>;
