//! Finding the evidence files, recognising them by content and hashing them as received.

use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use memmap2::Mmap;
use serde::{Deserialize, Serialize};

use crate::evidence::store::{self, StoreError, StoreFacts, StoreKind};
use crate::shared::digest::{HashingReader, Sha256Sum};
use crate::shared::limits::{Capped, Limits};

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: empty file (0 bytes): nothing to analyse")]
    Empty { path: PathBuf },
    #[error("{path}: not a tar archive (first bytes: {magic})")]
    NotTar { path: PathBuf, magic: String },
    #[error("{path}: decompressing the outer {compression} stream failed: {source}")]
    Decompress { path: PathBuf, compression: &'static str, source: io::Error },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How the file on disk was wrapped around the tar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    None,
    Gzip,
    Zstd,
    Bzip2,
    Xz,
}

impl Compression {
    pub fn sniff(head: &[u8]) -> Option<Compression> {
        if head.starts_with(&[0x1f, 0x8b]) {
            Some(Compression::Gzip)
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Compression::Zstd)
        } else if head.starts_with(b"BZh") {
            Some(Compression::Bzip2)
        } else if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
            Some(Compression::Xz)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
            Compression::Bzip2 => "bzip2",
            Compression::Xz => "xz",
        }
    }
}

/// True when `block` is a tar header with a valid checksum (ustar, GNU or v7).
pub fn looks_like_tar(block: &[u8]) -> bool {
    let Some(header) = block.get(..512) else {
        return false;
    };
    let Some(stored) = parse_octal(&header[148..156]) else {
        return false;
    };
    let computed: u64 = header.iter().enumerate().map(|(i, b)| if (148..156).contains(&i) { 32 } else { u64::from(*b) }).sum();
    stored == computed && computed != 256
}

fn parse_octal(field: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(field).ok()?;
    let text = text.trim_matches(|c: char| c == '\0' || c == ' ');
    u64::from_str_radix(text, 8).ok()
}

/// A file given on the command line or found under a directory, before it is opened.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// A file to open: named on the command line (`named`: it must be an image), or found under a
/// named directory (it may be anything: what is not an image is skipped).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub path: PathBuf,
    pub named: bool,
    pub size: u64,
}

/// What was found under the given paths: files to open, files passed over, and paths that could
/// not be read at all (a given path that does not exist, or a directory with no file in it, is
/// an error, not a skip).
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<Candidate>,
    pub skipped: Vec<Skipped>,
    pub errors: Vec<String>,
}

/// Every regular file under `paths`, in a stable order (each directory's children sorted).
pub fn discover(paths: &[PathBuf]) -> Discovered {
    discover_as(paths, None)
}

/// [`discover`], where a directory named on the command line is an engine store of `store`'s
/// kind when it is given (`--store`): opening it then says what it lacks.
pub fn discover_as(paths: &[PathBuf], store: Option<StoreKind>) -> Discovered {
    let mut found = Discovered::default();
    for path in paths {
        if store.is_some() && path.is_dir() {
            found.files.push(Candidate { path: path.clone(), named: true, size: store::bytes_on_disk(path) });
            continue;
        }
        let before = found.files.len();
        walk(path, true, &mut found);
        if found.files.len() == before && path.is_dir() {
            found.errors.push(format!("{}: no file under this directory: nothing to scan", path.display()));
        }
    }
    found
}

fn walk(path: &Path, named: bool, found: &mut Discovered) {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) => {
            found.errors.push(format!("{}: {err}", path.display()));
            return;
        }
    };
    if meta.is_file() {
        found.files.push(Candidate { path: path.to_path_buf(), named, size: meta.len() });
        return;
    }
    if meta.is_dir() && is_one_input(path) {
        found.files.push(Candidate { path: path.to_path_buf(), named, size: input_bytes(path) });
        return;
    }
    if !meta.is_dir() {
        let reason = "not a regular file or directory";
        match named {
            true => found.errors.push(format!("{}: {reason}", path.display())),
            false => found.skipped.push(Skipped { path: path.display().to_string(), reason: reason.into() }),
        }
        return;
    }
    let mut children: Vec<PathBuf> = match std::fs::read_dir(path).and_then(|dir| dir.map(|entry| entry.map(|e| e.path())).collect()) {
        Ok(children) => children,
        Err(err) => {
            found.errors.push(format!("{}: cannot list directory: {err}", path.display()));
            return;
        }
    };
    children.sort();
    for child in children {
        // Symlinked directories are not followed during discovery: they can loop.
        match std::fs::symlink_metadata(&child) {
            Ok(meta) if meta.file_type().is_symlink() && child.is_dir() => {
                found.skipped.push(Skipped { path: child.display().to_string(), reason: "symlink to a directory (not followed)".into() })
            }
            _ => walk(&child, false, found),
        }
    }
}

/// The temp file a tar is written to before it is mapped (under `--tmpdir`, or the system's),
/// deleted with the evidence.
fn spill_file(tmpdir: Option<&Path>) -> io::Result<tempfile::NamedTempFile> {
    let builder = tempfile::Builder::new().prefix(".layerhound-").to_owned();
    match tmpdir {
        Some(dir) => builder.tempfile_in(dir),
        None => builder.tempfile(),
    }
}

/// Writes an image directory's files as one tar into a temp file, names sorted, without owners or
/// times (so the same files give the same tar, whose sha256 stands for the directory), symlinks
/// kept as links, at most `--max-tar-bytes` of file content.
fn open_directory(dir: &Path, tmpdir: Option<&Path>, limits: &Limits) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: dir.to_path_buf(), source };
    let mut spill = spill_file(tmpdir).map_err(io_err)?;
    {
        let mut builder = tar::Builder::new(io::BufWriter::with_capacity(1 << 20, spill.as_file_mut()));
        let mut budget = TreeBudget { bytes: limits.max_tar_bytes, entries: limits.max_entries };
        append_tree(&mut builder, dir, Path::new(""), &mut budget)?;
        builder.into_inner().and_then(|mut writer| writer.flush()).map_err(io_err)?;
    }
    written_tar(dir, spill, None)
}

/// The evidence of a directory written as a tar into `spill`: mapped, hashed, named by the
/// directory; `store` when it was an engine store.
fn written_tar(dir: &Path, spill: tempfile::NamedTempFile, store: Option<StoreFacts>) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: dir.to_path_buf(), source };
    // SAFETY: a private temp file this process just wrote and nothing else touches.
    let tar = unsafe { Mmap::map(spill.as_file()) }.map_err(io_err)?;
    let size = tar.len() as u64;
    let sha256 = Sha256Sum::of(&tar[..]);
    Ok(Evidence {
        path: dir.to_path_buf(),
        size,
        sha256: OnceLock::from(sha256),
        hashing: Mutex::new(None),
        compression: Compression::None,
        tar_sha256: None,
        tar_size: size,
        tar: Arc::new(tar),
        tar_file: None,
        directory: store.is_none(),
        store: store.map(Arc::new),
        _spill: Some(spill),
    })
}

/// Reads an engine store into a docker-archive tar in a temp file (see [`store`]).
fn open_store(dir: &Path, kind: Option<StoreKind>, tmpdir: Option<&Path>, limits: &Limits) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: dir.to_path_buf(), source };
    let spill = spill_file(tmpdir).map_err(io_err)?;
    let facts = store::build(dir, kind, spill.as_file(), limits)?;
    written_tar(dir, spill, Some(facts))
}

/// What an image directory may still add to its tar: file bytes (`--max-tar-bytes`) and
/// entries (`--max-entries`; each costs a header even when empty).
struct TreeBudget {
    bytes: u64,
    entries: u64,
}

/// Directories nested deeper than this in an image directory are refused (no image needs it;
/// the walk recurses).
const MAX_DIRECTORY_DEPTH: usize = 64;

fn append_tree(builder: &mut tar::Builder<impl Write>, root: &Path, relative: &Path, budget: &mut TreeBudget) -> Result<(), InputError> {
    let here = root.join(relative);
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InputError::Io { path, source }
    };
    if relative.components().count() > MAX_DIRECTORY_DEPTH {
        return Err(io_err(&here)(io::Error::other(format!("nested deeper than {MAX_DIRECTORY_DEPTH} directories"))));
    }
    let mut names: Vec<std::ffi::OsString> =
        std::fs::read_dir(&here).and_then(|dir| dir.map(|entry| entry.map(|e| e.file_name())).collect()).map_err(io_err(&here))?;
    names.sort();
    for name in names {
        let member = relative.join(&name);
        let full = root.join(&member);
        let meta = std::fs::symlink_metadata(&full).map_err(io_err(&full))?;
        budget.entries = budget
            .entries
            .checked_sub(1)
            .ok_or_else(|| io_err(&full)(io::Error::other("the directory holds more entries than --max-entries")))?;
        let mut header = tar::Header::new_gnu();
        header.set_metadata_in_mode(&meta, tar::HeaderMode::Deterministic);
        if meta.is_dir() {
            builder.append_data(&mut header, &member, io::empty()).map_err(io_err(&full))?;
            append_tree(builder, root, &member, budget)?;
        } else if meta.is_file() {
            budget.bytes = budget
                .bytes
                .checked_sub(meta.len())
                .ok_or_else(|| io_err(&full)(io::Error::other("the directory's files are over the limit of --max-tar-bytes")))?;
            let file = File::open(&full).map_err(io_err(&full))?;
            builder.append_data(&mut header, &member, file.take(meta.len())).map_err(io_err(&full))?;
        } else if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&full).map_err(io_err(&full))?;
            builder.append_link(&mut header, &member, &target).map_err(io_err(&full))?;
        }
        // Sockets, pipes and devices are no part of an image.
    }
    Ok(())
}

/// A directory read as one input rather than walked: an image directory, or an engine store (a
/// seized host's /var/lib/docker).
pub fn is_one_input(dir: &Path) -> bool {
    is_image_directory(dir) || store::detect(dir).is_some()
}

/// An image written as a directory: an OCI layout (`skopeo copy … oci:DIR`, `buildah push …
/// oci:DIR`) or an unpacked `docker save` (a `manifest.json` listing configs and layers).
fn is_image_directory(dir: &Path) -> bool {
    let is_file = |name: &str| std::fs::symlink_metadata(dir.join(name)).is_ok_and(|m| m.is_file());
    if is_file("oci-layout") && is_file("index.json") {
        return true;
    }
    // A web app's or an extension's manifest.json is an object; docker save's is an array of
    // images with their layers.
    let mut head = [0u8; 4096];
    let read = File::open(dir.join("manifest.json")).and_then(|mut file| read_up_to(&mut file, &mut head));
    let head = read.map(|n| String::from_utf8_lossy(&head[..n]).into_owned()).unwrap_or_default();
    is_file("manifest.json") && head.trim_start().starts_with('[') && head.contains("\"Layers\"")
}

/// What a directory read as one input weighs: a store's files counted without touching their
/// access times, an image directory's as usual.
fn input_bytes(dir: &Path) -> u64 {
    match store::detect(dir) {
        Some(_) => store::bytes_on_disk(dir),
        None => directory_bytes(dir),
    }
}

/// The bytes of the regular files under `dir` (symlinks not followed): its share of the work.
fn directory_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => directory_bytes(&entry.path()),
            Ok(kind) if kind.is_file() => entry.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}

/// One of `count` shares of the discovered files (`--shard K/N`, K from 0 to N-1, as a
/// Kubernetes Indexed Job numbers its pods). The split depends only on the files' paths and
/// sizes, never on the order a directory lists them, so every machine computes the same one;
/// the largest files are dealt first, each to the share with the fewest bytes so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Shard, String> {
        let usage = || format!("{text:?}: expected K/N with 0 <= K < N (e.g. 0/4)");
        let (index, count) = text.split_once('/').ok_or_else(usage)?;
        let shard = Shard { index: index.trim().parse().map_err(|_| usage())?, count: count.trim().parse().map_err(|_| usage())? };
        if shard.index >= shard.count {
            return Err(usage());
        }
        Ok(shard)
    }
}

impl Shard {
    pub fn select(self, files: Vec<Candidate>) -> Vec<Candidate> {
        let mut order: Vec<usize> = (0..files.len()).collect();
        order.sort_by(|&a, &b| files[b].size.cmp(&files[a].size).then_with(|| files[a].path.cmp(&files[b].path)));
        let mut loads = vec![0u64; self.count];
        let mut mine = vec![false; files.len()];
        for file in order {
            let lightest = (0..self.count).min_by_key(|&share| (loads[share], share)).unwrap_or(0);
            // One byte more per file: equal (or empty) files are dealt round-robin.
            loads[lightest] = loads[lightest].saturating_add(files[file].size.saturating_add(1));
            mine[file] = lightest == self.index;
        }
        files.into_iter().zip(mine).filter_map(|(file, mine)| mine.then_some(file)).collect()
    }
}

/// What is known of an evidence file once it has been opened: its hashes and a plain tar view.
#[derive(Debug)]
pub struct Evidence {
    pub path: PathBuf,
    pub size: u64,
    sha256: OnceLock<Sha256Sum>,
    /// A plain tar's hash, computed beside the scan: hashing 700 MB first would leave a core idle.
    hashing: Mutex<Option<JoinHandle<Sha256Sum>>>,
    pub compression: Compression,
    /// sha256 of the decompressed tar, when the file was compressed.
    pub tar_sha256: Option<Sha256Sum>,
    pub tar_size: u64,
    tar: Arc<Mmap>,
    tar_file: Option<File>,
    /// An image directory read as a tar of its files (see [`open`]).
    pub directory: bool,
    /// An engine store read as a docker-archive of its images and containers, and what the
    /// store said beyond it.
    pub store: Option<Arc<StoreFacts>>,
    // Holds the decompressed copy alive; dropped (and deleted) with the evidence.
    _spill: Option<tempfile::NamedTempFile>,
}

impl Evidence {
    pub fn tar_bytes(&self) -> &[u8] {
        &self.tar
    }

    /// The evidence file, when the tar is that file itself (not a decompressed copy).
    pub fn tar_file(&self) -> Option<&File> {
        self.tar_file.as_ref()
    }

    /// The sha256 of the file as received; waits for it if it is still being computed.
    pub fn sha256(&self) -> Sha256Sum {
        *self.sha256.get_or_init(|| {
            let hashing = self.hashing.lock().unwrap_or_else(PoisonError::into_inner).take();
            hashing.and_then(|thread| thread.join().ok()).unwrap_or_else(|| Sha256Sum::of(&self.tar[..]))
        })
    }
}

/// Opens one evidence file: a plain tar is mapped; a gzip/zstd/xz/bzip2 one is decompressed once into a
/// temp file under `tmpdir` (deleted when the evidence is dropped) and that copy is mapped; an image
/// directory (an OCI layout, an unpacked `docker save`) is written as one tar into such a temp file.
pub fn open(path: &Path, tmpdir: Option<&Path>, limits: &Limits) -> Result<Evidence, InputError> {
    open_as(path, tmpdir, limits, None)
}

/// [`open`], reading a directory as an engine store of `store`'s kind when it is given.
pub fn open_as(path: &Path, tmpdir: Option<&Path>, limits: &Limits, store: Option<StoreKind>) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: path.to_path_buf(), source };
    if std::fs::metadata(path).map_err(io_err)?.is_dir() {
        if store.is_some() || (!is_image_directory(path) && store::detect(path).is_some()) {
            return open_store(path, store, tmpdir, limits);
        }
        return open_directory(path, tmpdir, limits);
    }
    let file = File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    let mut head = [0u8; 512];
    let head_len = read_up_to(&mut &file, &mut head).map_err(io_err)?;
    if head_len == 0 {
        return Err(InputError::Empty { path: path.to_path_buf() });
    }
    let head = &head[..head_len];

    // A plain tar whose first member name happens to start with a compression magic is a tar.
    let compression = if looks_like_tar(head) { Compression::None } else { Compression::sniff(head).unwrap_or(Compression::None) };
    match compression {
        Compression::None => open_plain_tar(path, file, size, head),
        Compression::Gzip | Compression::Zstd | Compression::Xz | Compression::Bzip2 => {
            open_compressed(path, compression, size, tmpdir, limits)
        }
    }
}

/// A plain tar: mapped as it is, its hash computed on a thread beside the analysis.
fn open_plain_tar(path: &Path, file: File, size: u64, head: &[u8]) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: path.to_path_buf(), source };
    if !looks_like_tar(head) {
        return Err(InputError::NotTar { path: path.to_path_buf(), magic: hex::encode(&head[..head.len().min(8)]) });
    }
    // SAFETY: the map is read-only; evidence files are not expected to change during a
    // scan, and a change would only alter the bytes we read, which every hash records.
    let tar = Arc::new(unsafe { Mmap::map(&file) }.map_err(io_err)?);
    let bytes = Arc::clone(&tar);
    // No thread to spare: the hash is then computed when first asked for.
    let hashing = std::thread::Builder::new().name("evidence-sha256".into()).spawn(move || Sha256Sum::of(&bytes[..])).ok();
    Ok(Evidence {
        path: path.to_path_buf(),
        size,
        sha256: OnceLock::new(),
        hashing: Mutex::new(hashing),
        compression: Compression::None,
        tar_sha256: None,
        tar_size: size,
        tar,
        tar_file: Some(file),
        directory: false,
        store: None,
        _spill: None,
    })
}

/// A gzip, zstd, xz or bzip2 file: decompressed once (bounded) into an unlinked temp file,
/// hashed on the way in and out, then mapped.
fn open_compressed(
    path: &Path,
    compression: Compression,
    size: u64,
    tmpdir: Option<&Path>,
    limits: &Limits,
) -> Result<Evidence, InputError> {
    let io_err = |source| InputError::Io { path: path.to_path_buf(), source };
    let raw = File::open(path).map_err(io_err)?;
    let mut outer = HashingReader::new(BufReader::with_capacity(1 << 20, raw));
    let decompress_err = |source| InputError::Decompress { path: path.to_path_buf(), compression: compression.name(), source };
    let mut spill = spill_file(tmpdir).map_err(io_err)?;
    let (tar_sha256, tar_size) = {
        let decoder: Box<dyn Read> = match compression {
            Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(&mut outer)),
            Compression::Xz => {
                // The dictionary size comes from the stream: bound it like a zstd window.
                let memory_kib = u32::try_from((1u64 << limits.zstd_window_log_max) >> 10).unwrap_or(u32::MAX);
                Box::new(lzma_rust2::XzReader::new_mem_limit(&mut outer, true, memory_kib))
            }
            Compression::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(&mut outer)),
            _ => {
                let mut decoder = zstd::stream::read::Decoder::new(&mut outer).map_err(decompress_err)?;
                decoder.window_log_max(limits.zstd_window_log_max).map_err(decompress_err)?;
                Box::new(decoder)
            }
        };
        let capped = Capped::new(StopOnInterrupt(decoder), limits.decompressed_cap(limits.max_tar_bytes, size));
        let mut inner = HashingReader::new(capped);
        // A compressed file that is no tar (a log, a backup) is turned away after one block.
        let mut head = [0u8; 512];
        let got = read_up_to(&mut inner, &mut head).map_err(decompress_err)?;
        if !looks_like_tar(&head[..got]) {
            return Err(InputError::NotTar { path: path.to_path_buf(), magic: hex::encode(&head[..got.min(8)]) });
        }
        let mut writer = io::BufWriter::with_capacity(1 << 20, spill.as_file_mut());
        writer.write_all(&head[..got]).map_err(io_err)?;
        io::copy(&mut inner, &mut writer).map_err(decompress_err)?;
        writer.flush().map_err(io_err)?;
        inner.finish()
    };
    // Bytes after the compressed stream still belong to the evidence hash.
    io::copy(&mut outer, &mut io::sink()).map_err(io_err)?;
    let (sha256, _) = outer.finish();
    // SAFETY: a private temp file this process just wrote and nothing else touches.
    let tar = unsafe { Mmap::map(spill.as_file()) }.map_err(io_err)?;
    Ok(Evidence {
        path: path.to_path_buf(),
        size,
        sha256: OnceLock::from(sha256),
        hashing: Mutex::new(None),
        compression,
        tar_sha256: Some(tar_sha256),
        tar_size,
        tar: Arc::new(tar),
        tar_file: None,
        directory: false,
        store: None,
        _spill: Some(spill),
    })
}

/// sha256 and sniffed compression of a file that could not be opened as an image, so the
/// report still identifies the evidence; None when the file cannot be read at all.
pub fn fingerprint(path: &Path) -> Option<(Sha256Sum, Compression)> {
    let file = File::open(path).ok()?;
    let mut head = [0u8; 8];
    let head_len = read_up_to(&mut &file, &mut head).ok()?;
    let mut reader = HashingReader::new(BufReader::new(File::open(path).ok()?));
    io::copy(&mut reader, &mut io::sink()).ok()?;
    Some((reader.finish().0, Compression::sniff(&head[..head_len]).unwrap_or(Compression::None)))
}

/// Lets Ctrl-C stop a long outer decompression (the temp copy is then dropped and deleted).
struct StopOnInterrupt<R>(R);

impl<R: Read> Read for StopOnInterrupt<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if crate::shared::interrupt::interrupted() {
            return Err(io::Error::other("interrupted by the user"));
        }
        self.0.read(buf)
    }
}

/// Fills `buf` as far as the stream goes; returns how much it holds (short only at the end).
pub(crate) fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates(sizes: &[(&str, u64)]) -> Vec<Candidate> {
        sizes.iter().map(|(path, size)| Candidate { path: PathBuf::from(path), named: false, size: *size }).collect()
    }

    #[test]
    fn shards_split_every_file_once_by_size_whatever_the_listing_order() {
        let files = [("d/a.tar", 900), ("d/b.tar", 500), ("d/c.tar", 400), ("d/e.tar", 300), ("d/f.tar", 100), ("d/g.tar", 0)];
        let mut reversed = files;
        reversed.reverse();
        let split = |files: &[(&str, u64)]| -> Vec<Vec<PathBuf>> {
            (0..3)
                .map(|index| {
                    let mut paths: Vec<PathBuf> = Shard { index, count: 3 }.select(candidates(files)).into_iter().map(|c| c.path).collect();
                    paths.sort();
                    paths
                })
                .collect()
        };
        let shares = split(&files);
        assert_eq!(shares, split(&reversed));
        let mut all: Vec<PathBuf> = shares.concat();
        all.sort();
        assert_eq!(all, files.iter().map(|(p, _)| PathBuf::from(p)).collect::<Vec<_>>());
        // Dealt largest first to the lightest share: 900 | 500+100+0 | 400+300.
        assert_eq!(shares[0], [PathBuf::from("d/a.tar")]);
        assert_eq!(shares[1], [PathBuf::from("d/b.tar"), PathBuf::from("d/f.tar"), PathBuf::from("d/g.tar")]);
        assert_eq!(shares[2], [PathBuf::from("d/c.tar"), PathBuf::from("d/e.tar")]);
    }

    #[test]
    fn a_shard_is_k_of_n_counted_from_zero() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        for bad in ["4/4", "1", "a/2", "0/0", "-1/2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
