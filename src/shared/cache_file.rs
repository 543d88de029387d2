//! Files kept across runs (the layer cache, the compiled rules): a magic naming the format and
//! its version, the sha256 of the rest, the rest. A file cut short or altered fails the
//! checksum. Files are written to a temp file in the same directory, synced and renamed over
//! the old one, so a reader sees a whole file, old or new, whatever other writers do.

use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

use crate::shared::digest::Sha256Sum;

#[derive(Debug, thiserror::Error)]
pub enum CacheFileError {
    #[error("not a layerhound cache file")]
    NotACacheFile,
    #[error("its checksum does not match its contents (cut short or altered)")]
    Checksum,
}

/// The contents of a cache file `bytes` that starts with `magic`, checked against its sha256.
pub fn contents<'a>(bytes: &'a [u8], magic: &[u8; 8]) -> Result<&'a [u8], CacheFileError> {
    let rest = bytes.strip_prefix(magic.as_slice()).ok_or(CacheFileError::NotACacheFile)?;
    if rest.len() < 32 {
        return Err(CacheFileError::Checksum);
    }
    let (checksum, contents) = rest.split_at(32);
    if Sha256Sum::of(contents).as_bytes() != checksum {
        return Err(CacheFileError::Checksum);
    }
    Ok(contents)
}

/// Writes `magic`, the checksum and `parts` (one after the other) to `path`, which is in `dir`:
/// through a temp file in `dir` (mode 0600), synced, then renamed over `path`.
pub fn write(dir: &Path, path: &Path, magic: &[u8; 8], parts: &[&[u8]]) -> io::Result<()> {
    let mut hasher = crate::shared::digest::Hasher::new();
    for part in parts {
        hasher.update(part);
    }
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(magic)?;
    file.write_all(hasher.finish().as_bytes())?;
    for part in parts {
        file.write_all(part)?;
    }
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// `name` under the user's cache directory (`$XDG_CACHE_HOME/layerhound`, else
/// `~/.cache/layerhound`); None without a home (an absolute path is required, as the XDG
/// specification says).
pub fn user_dir(name: &str) -> Option<PathBuf> {
    let absolute = |var: &str| std::env::var_os(var).map(PathBuf::from).filter(|path| path.is_absolute());
    let base = absolute("XDG_CACHE_HOME").or_else(|| absolute("HOME").map(|home| home.join(".cache")))?;
    Some(base.join("layerhound").join(name))
}

/// `dir`, created (mode 0700) if missing, if only this user can change what is in it: a
/// directory (not a link to one) owned by the effective user, writable by nobody else, below
/// directories that only this user or root can change. What a cache holds is trusted when read
/// back (compiled rules are code for the scanner), so a directory another user could write to,
/// or swap for another by renaming one of its parents, is not used.
pub fn private_dir(dir: &Path) -> io::Result<PathBuf> {
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    let meta = std::fs::symlink_metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::other("not a directory"));
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me || meta.mode() & 0o022 != 0 {
        return Err(io::Error::other("owned by another user or writable by others"));
    }
    // Checked, and used from here on, by its real path: a link among its parents would
    // otherwise be a parent left unchecked.
    let real = std::fs::canonicalize(dir)?;
    for parent in real.ancestors().skip(1) {
        let meta = std::fs::metadata(parent)?;
        // Others may write to a sticky directory (/tmp) but not rename what is not theirs.
        let others_may_rename = meta.mode() & 0o022 != 0 && meta.mode() & 0o1000 == 0;
        if (meta.uid() != me && meta.uid() != 0) || others_may_rename {
            return Err(io::Error::other(format!("{} is another user's or writable by others", parent.display())));
        }
    }
    Ok(real)
}

/// Whether a file opened from a [`private_dir`] is this user's and writable by nobody else.
pub fn is_private(meta: &std::fs::Metadata) -> bool {
    meta.is_file() && meta.uid() == rustix::process::geteuid().as_raw() && meta.mode() & 0o022 == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_file_reads_back_and_a_cut_or_altered_one_fails_its_checksum() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entry");
        write(dir.path(), &path, b"LHTEST01", &[b"hello ", b"world"]).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(contents(&bytes, b"LHTEST01").unwrap(), b"hello world");
        assert!(matches!(contents(&bytes, b"LHTEST02"), Err(CacheFileError::NotACacheFile)));
        assert!(matches!(contents(&bytes[..bytes.len() - 1], b"LHTEST01"), Err(CacheFileError::Checksum)));
        assert!(matches!(contents(&bytes[..20], b"LHTEST01"), Err(CacheFileError::Checksum)));
        let mut altered = bytes.clone();
        *altered.last_mut().unwrap() ^= 1;
        assert!(matches!(contents(&altered, b"LHTEST01"), Err(CacheFileError::Checksum)));
        assert!(is_private(&std::fs::metadata(&path).unwrap()));
    }

    #[test]
    fn a_directory_others_can_write_to_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("a/b");
        assert!(private_dir(&made).is_ok());
        assert_eq!(std::fs::metadata(&made).unwrap().permissions().mode() & 0o777, 0o700);
        std::fs::set_permissions(&made, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(private_dir(&made).is_err());
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), &link).unwrap();
        std::fs::create_dir(dir.path().join("elsewhere")).unwrap();
        assert!(private_dir(&link).is_err());
        // A parent others may write to could have the directory renamed and replaced.
        std::fs::set_permissions(&made, std::fs::Permissions::from_mode(0o700)).unwrap();
        let parent = dir.path().join("a");
        std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(private_dir(&made).is_err());
        std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o1777)).unwrap();
        assert!(private_dir(&made).is_ok(), "a sticky parent (as /tmp) lets nobody rename it");
    }
}
