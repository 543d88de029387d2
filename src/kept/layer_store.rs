//! Layers already read in this run, by blob digest, so that a layer shared by several tarballs
//! (base images under hundreds of saved images) is decompressed, walked and scanned once.
//!
//! A layer is only taken from the store when the blob in hand hashes to the digest it was
//! stored under, or equals byte for byte the blob that digest was computed from: a manifest's
//! claim is a hint for where to look, never a proof. Tarballs are
//! read in parallel, so a layer being read for one tarball is waited for by another that wants
//! it, rather than read twice. The store holds at most `max_kept_entries` entries (the least
//! recently used layers go first); a layer that is no longer held is simply read again.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use memmap2::{Mmap, MmapOptions};

use crate::kept::layer_cache::LayerCache;
use crate::layers::layer::LayerData;
use crate::shared::digest::OciDigest;

#[derive(Default)]
pub struct LayerStore {
    state: Mutex<State>,
    /// Signalled whenever a layer being read is done with (stored or not).
    released: Condvar,
    max_kept_entries: u64,
    /// Layers read in earlier runs (`--cache`), looked at when this run holds none.
    cache: Option<LayerCache>,
}

#[derive(Default)]
struct State {
    by_digest: HashMap<OciDigest, Kept>,
    /// Digests some tarball is reading now (as its manifests name them).
    in_flight: HashSet<OciDigest>,
    kept_entries: u64,
    clock: u64,
}

struct Kept {
    data: Arc<LayerData>,
    bytes: Option<VerifiedBytes>,
    last_used: u64,
}

/// The bytes a kept layer's digest was computed from, mapped again on their own from the
/// evidence file: a blob equal to them has that digest too, for a comparison (memory speed)
/// instead of a SHA-256 (a directory of 24 images on shared base layers: 1.1 GB hashed less).
/// The map costs address space and page cache, not heap, and holds no more than the blob.
#[derive(Clone)]
pub struct VerifiedBytes(Arc<Mmap>);

impl VerifiedBytes {
    /// `blob`, a part of `tar` (the whole of `file`, mapped), mapped on its own.
    pub fn map(file: &File, tar: &[u8], blob: &[u8]) -> Option<VerifiedBytes> {
        let offset = (blob.as_ptr() as usize).checked_sub(tar.as_ptr() as usize)?;
        if offset.checked_add(blob.len())? > tar.len() {
            return None;
        }
        // SAFETY: read-only, of the evidence file already mapped whole for this scan.
        let map = unsafe { MmapOptions::new().offset(offset as u64).len(blob.len()).map(file) }.ok()?;
        Some(VerifiedBytes(Arc::new(map)))
    }
}

/// What the store has for one wanted layer.
pub enum Lookup<'s> {
    /// Read before in this run; the blob in hand hashes to its digest.
    Verified(Arc<LayerData>),
    /// Not held: the caller reads it, and hands the result to [`Claim::keep`] (or drops the
    /// claim, which lets others waiting for these digests go on).
    Read(Claim<'s>),
}

/// A tarball's promise to read a layer that others may be waiting for.
pub struct Claim<'s> {
    store: &'s LayerStore,
    keys: Vec<OciDigest>,
}

impl LayerStore {
    pub fn new(max_kept_entries: u64) -> Self {
        LayerStore { max_kept_entries, ..LayerStore::default() }
    }

    /// The store, also backed by layers read in earlier runs.
    pub fn with_cache(self, cache: Option<LayerCache>) -> Self {
        LayerStore { cache, ..self }
    }

    pub fn cache(&self) -> Option<&LayerCache> {
        self.cache.as_ref()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Looks up every layer a tarball wants, each by the digests its manifests give for it
    /// (`keys`, possibly none) and its bytes. Waits while another tarball is reading one of
    /// them, so that a layer is read once; claims all the others in one step, so that two
    /// tarballs never wait for each other.
    pub fn lookup(&self, wanted: &[(Vec<OciDigest>, &[u8])]) -> Vec<Lookup<'_>> {
        let mut state = self.lock();
        while wanted.iter().flat_map(|(keys, _)| keys).any(|key| state.in_flight.contains(key)) {
            state = self.released.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
        let mut found = Vec::with_capacity(wanted.len());
        for (keys, _) in wanted {
            state.clock += 1;
            let now = state.clock;
            let held = keys.iter().find(|key| state.by_digest.contains_key(*key)).copied();
            match held.and_then(|key| state.by_digest.get_mut(&key)) {
                Some(kept) => {
                    kept.last_used = now;
                    found.push(Err((Arc::clone(&kept.data), kept.bytes.clone())));
                }
                None => {
                    state.in_flight.extend(keys.iter().copied());
                    found.push(Ok(keys.clone()));
                }
            }
        }
        drop(state);
        found
            .into_iter()
            .zip(wanted)
            .map(|(found, (_, blob))| match found {
                Err((data, verified)) if verified.as_ref().is_some_and(|v| v.0[..] == **blob) => Lookup::Verified(data),
                Err((data, _)) if data.digest == OciDigest::of(blob) => Lookup::Verified(data),
                // Claimed under a digest these bytes do not have: read them, keep nothing back.
                Err(_) => Lookup::Read(Claim { store: self, keys: Vec::new() }),
                Ok(keys) => Lookup::Read(Claim { store: self, keys }),
            })
            .collect()
    }

    fn release(&self, keys: &[OciDigest], data: Option<(Arc<LayerData>, Option<VerifiedBytes>)>) {
        let mut state = self.lock();
        for key in keys {
            state.in_flight.remove(key);
        }
        if let Some((data, bytes)) = data.filter(|(data, _)| (data.entries.len() as u64) <= self.max_kept_entries) {
            state.clock += 1;
            let last_used = state.clock;
            state.kept_entries += data.entries.len() as u64;
            if let Some(old) = state.by_digest.insert(data.digest, Kept { data, bytes, last_used }) {
                state.kept_entries -= old.data.entries.len() as u64;
            }
            while state.kept_entries > self.max_kept_entries {
                let Some(oldest) = state.by_digest.iter().min_by_key(|(_, kept)| kept.last_used).map(|(digest, _)| *digest) else {
                    break;
                };
                if let Some(gone) = state.by_digest.remove(&oldest) {
                    state.kept_entries -= gone.data.entries.len() as u64;
                }
            }
        }
        drop(state);
        self.released.notify_all();
    }
}

impl Claim<'_> {
    /// Stores a layer read in full within its tarball's budget (under the digest its bytes
    /// have, with those bytes when they stay mapped) and lets those waiting for it go on.
    pub fn keep(mut self, data: Arc<LayerData>, bytes: Option<VerifiedBytes>) {
        let keys = std::mem::take(&mut self.keys);
        self.store.release(&keys, Some((data, bytes)));
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        // Not kept (read past the budget, interrupted, or a panic): others read it themselves.
        if !self.keys.is_empty() {
            self.store.release(&self.keys, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::layer::{self, NoSink};
    use crate::layers::testutil::{tar_bytes, Spec};
    use crate::shared::limits::Limits;

    fn tar_of(name: &str, body: &[u8]) -> Vec<u8> {
        tar_bytes(&[Spec::File(name, body)])
    }

    fn read(blob: &[u8]) -> Arc<LayerData> {
        Arc::new(layer::read("layer.tar", blob, &Limits::default(), &NoSink))
    }

    #[test]
    fn a_stored_layer_is_only_given_for_bytes_with_its_digest() {
        let store = LayerStore::new(100);
        let blob = tar_of("etc/hostname", b"one\n");
        let other = tar_of("etc/hostname", b"two\n");
        let key = OciDigest::of(&blob);
        let Lookup::Read(claim) = store.lookup(&[(vec![key], &blob[..])]).remove(0) else { panic!("an empty store has nothing") };
        claim.keep(read(&blob), None);
        assert!(matches!(store.lookup(&[(vec![key], &blob[..])])[0], Lookup::Verified(_)));
        // A manifest naming the stored digest for other bytes gets nothing from the store.
        assert!(matches!(store.lookup(&[(vec![key], &other[..])])[0], Lookup::Read(_)));
    }

    #[test]
    fn the_least_recently_used_layers_go_first_past_the_entry_bound() {
        let store = LayerStore::new(2);
        let blobs: Vec<Vec<u8>> = (0..3).map(|i| tar_of(&format!("f{i}"), b"x")).collect();
        let key = |blob: &[u8]| vec![OciDigest::of(blob)];
        for blob in &blobs[..2] {
            if let Lookup::Read(claim) = store.lookup(&[(key(blob), &blob[..])]).remove(0) {
                claim.keep(read(blob), None);
            }
        }
        // Use the first again, then store a third: the second goes.
        assert!(matches!(store.lookup(&[(key(&blobs[0]), &blobs[0][..])])[0], Lookup::Verified(_)));
        if let Lookup::Read(claim) = store.lookup(&[(key(&blobs[2]), &blobs[2][..])]).remove(0) {
            claim.keep(read(&blobs[2]), None);
        }
        assert!(matches!(store.lookup(&[(key(&blobs[0]), &blobs[0][..])])[0], Lookup::Verified(_)));
        assert!(matches!(store.lookup(&[(key(&blobs[1]), &blobs[1][..])])[0], Lookup::Read(_)));
    }

    #[test]
    fn kept_bytes_are_compared_and_only_equal_bytes_share_the_layer() {
        use std::io::Write;
        let blob = tar_of("etc/hostname", b"one\n");
        let mut tarball = b"header".to_vec();
        tarball.extend_from_slice(&blob);
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&tarball).unwrap();
        // SAFETY: a private temp file.
        let tar = unsafe { Mmap::map(&file) }.unwrap();
        let in_tar = &tar[6..];
        assert!(VerifiedBytes::map(&file, &tar, &blob).is_none(), "bytes outside the tarball");
        let store = LayerStore::new(100);
        let key = vec![OciDigest::of(&blob)];
        let Lookup::Read(claim) = store.lookup(&[(key.clone(), in_tar)]).remove(0) else { panic!("an empty store has nothing") };
        let verified = VerifiedBytes::map(&file, &tar, in_tar).unwrap();
        assert_eq!(&verified.0[..], in_tar, "the blob's own map holds its bytes");
        claim.keep(read(in_tar), Some(verified));
        drop(tar);
        assert!(matches!(store.lookup(&[(key.clone(), &blob[..])])[0], Lookup::Verified(_)));
        let mut changed = blob.clone();
        changed[600] ^= 1;
        assert!(matches!(store.lookup(&[(key, &changed[..])])[0], Lookup::Read(_)));
    }
}
