//! The union-filesystem rules: layers applied in order give the merged view a container sees,
//! and every version a later layer hid (deleted or overwritten) is kept with who hid it.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::ops::Bound;
use std::sync::Arc;

use serde::Serialize;

use crate::layers::entry::{Entry, EntryKind, FileMeta};
use crate::layers::entry_table::EntryTable;
use crate::shared::anomaly::Anomaly;
use crate::shared::pathbytes::{display_bytes, PathRepr};

const WHITEOUT_PREFIX: &[u8] = b".wh.";
const OPAQUE_MARKER: &[u8] = b".wh..wh..opq";
const META_PREFIX: &[u8] = b".wh..wh.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Visible in the final filesystem.
    Present,
    /// The path is gone from the final filesystem.
    Deleted,
    /// The path shows another version in the final filesystem.
    Overwritten,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Present => "present",
            State::Deleted => "deleted",
            State::Overwritten => "overwritten",
        }
    }
}

/// What first hid a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cause {
    /// A `.wh.<name>` marker in a later layer.
    Whiteout,
    /// A `.wh..wh..opq` marker on a parent directory.
    Opaque,
    /// A later entry at the same path.
    Overwritten,
    /// A parent directory was replaced by a non-directory, or deleted.
    ParentReplaced,
    /// A later entry at the same path in the same layer.
    DuplicateEntry,
}

impl Cause {
    /// How it hid the version, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Cause::Whiteout => "a whiteout",
            Cause::Opaque => "an opaque directory",
            Cause::Overwritten => "a new version",
            Cause::ParentReplaced => "replacing a parent directory",
            Cause::DuplicateEntry => "a later duplicate entry",
        }
    }
}

/// One version of one path in one image.
#[derive(Debug, Clone)]
pub struct Version {
    /// Absolute, normalised (`/etc/passwd`).
    pub path: Arc<[u8]>,
    pub layer: usize,
    /// The tar entry (None for a parent directory the layer implied without an entry).
    pub entry: Option<u32>,
    /// Symlink target as stored, or the normalised hardlink target.
    pub link: Option<Vec<u8>>,
    /// The entry's, with only the mode's permission bits (a hardlink: its target's bytes).
    pub meta: FileMeta,
    /// Which layer entry holds the bytes (a hardlink's are its target's).
    pub content: Option<(usize, u32)>,
    pub state: State,
    /// Overwritten: the layer whose version shows; deleted: the layer that removed the path last.
    pub by_layer: Option<usize>,
    pub hidden_by: Option<(usize, Cause)>,
}

impl Version {
    pub fn path_repr(&self) -> PathRepr {
        PathRepr(self.path.to_vec())
    }

    /// The line `umoci unpack` + a tree walk would give for this path (see tests/oracle/tree.py):
    /// `PATH TYPE MODE UID:GID SIZE SHA256|->TARGET`, tab-separated.
    pub fn tree_line(&self) -> String {
        let kind = self.file_type();
        let (mode, size, tail) = match kind {
            EntryKind::File => {
                (self.meta.mode, self.meta.size.to_string(), self.meta.sha256.map_or_else(|| "-".into(), |sha| sha.to_string()))
            }
            EntryKind::Symlink => (0o777, "-".into(), format!("->{}", display_bytes(self.link.as_deref().unwrap_or_default()))),
            _ => (self.meta.mode, "-".into(), "-".into()),
        };
        format!("{}\t{}\t{:04o}\t{}:{}\t{}\t{}", display_bytes(&self.path), kind.letter(), mode, self.meta.uid, self.meta.gid, size, tail)
    }

    /// Type as a filesystem shows it: a hardlink is a regular file.
    pub fn file_type(&self) -> EntryKind {
        match self.meta.kind {
            EntryKind::Hardlink => EntryKind::File,
            kind => kind,
        }
    }
}

/// How the overlay holds a version: what building the view and joining findings need at hand;
/// the entry's metadata and link stay in its layer's table until a [`Version`] is asked for.
/// An image's versions are what grows with it (this is about half the size of a `Version`).
#[derive(Debug)]
struct Slot {
    path: Arc<[u8]>,
    layer: usize,
    entry: Option<u32>,
    kind: EntryKind,
    /// Permission bits (`mode & 0o7777`) and whether the entry has extended attributes: what
    /// the metadata checks look at first, so that most versions are passed over without reading
    /// their entry.
    mode: u16,
    xattrs: bool,
    content: Option<(usize, u32)>,
    state: State,
    by_layer: Option<usize>,
    hidden_by: Option<(usize, Cause)>,
    record: Record,
}

/// What the overlay holds of a version at hand: enough to choose versions before
/// [`Overlay::version`] reads their entries.
#[derive(Debug, Clone, Copy)]
pub struct Brief<'a> {
    pub path: &'a Arc<[u8]>,
    pub layer: usize,
    pub entry: Option<u32>,
    pub kind: EntryKind,
    /// Permission bits (`mode & 0o7777`).
    pub mode: u16,
    pub xattrs: bool,
    pub state: State,
    pub hidden_by: Option<(usize, Cause)>,
}

/// Where a version's metadata and link are.
#[derive(Debug)]
enum Record {
    /// A parent directory the layer implied without an entry.
    Implied,
    /// Its entry, at this position of its layer's table.
    Row(u32),
    /// Its own: a hardlink takes its target's content and inode (rare).
    Own(Box<(FileMeta, Option<Vec<u8>>)>),
}

/// A directory a layer implies: what Docker and containerd create for a missing parent.
fn implied_dir_meta() -> FileMeta {
    FileMeta { kind: EntryKind::Dir, mode: 0o755, uid: 0, gid: 0, mtime: 0, times: None, size: 0, sha256: None, xattrs: None }
}

#[derive(Debug, Default)]
pub struct Overlay {
    slots: Vec<Slot>,
    /// The layers' entries the slots point into, by layer (None: the layer could not be read).
    tables: Vec<Option<EntryTable>>,
    /// The merged view: path → version index.
    pub live: BTreeMap<Arc<[u8]>, usize>,
    pub anomalies: Vec<Anomaly>,
    pub per_layer: Vec<LayerFilesystem>,
}

/// Absolute normalised path; `..` clamps at the root (and is reported by the caller).
pub fn normalize(raw: &[u8]) -> (Vec<u8>, bool) {
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut climbed = false;
    for part in raw.split(|b| *b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                climbed = true;
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let mut out = Vec::with_capacity(raw.len() + 1);
    for part in parts {
        out.push(b'/');
        out.extend_from_slice(part);
    }
    if out.is_empty() {
        out.push(b'/');
    }
    (out, climbed)
}

fn split_parent(path: &[u8]) -> (&[u8], &[u8]) {
    match path.iter().rposition(|b| *b == b'/') {
        Some(0) => (b"/", &path[1..]),
        Some(pos) => (&path[..pos], &path[pos + 1..]),
        None => (b"/", path),
    }
}

fn join(dir: &[u8], name: &[u8]) -> Vec<u8> {
    let mut out = dir.to_vec();
    if out.last() != Some(&b'/') {
        out.push(b'/');
    }
    out.extend_from_slice(name);
    out
}

/// Resolves `path` against the symlinks of a merged view, inside the image root, as a runtime
/// does: `..` stops at the root and absolute targets start again there. The last component is
/// followed only when `follow_last`. Returns the path and how many links were followed, or
/// None past `max_hops` (a loop).
fn resolve_links(
    live: &BTreeMap<Arc<[u8]>, usize>,
    symlink_target: &dyn Fn(usize) -> Option<Vec<u8>>,
    path: &[u8],
    follow_last: bool,
    max_hops: usize,
) -> Option<(Vec<u8>, usize)> {
    let mut pending: VecDeque<Vec<u8>> = path.split(|b| *b == b'/').map(<[u8]>::to_vec).collect();
    let mut resolved: Vec<u8> = Vec::new();
    let mut hops = 0;
    while let Some(part) = pending.pop_front() {
        match part.as_slice() {
            b"" | b"." => continue,
            b".." => {
                let cut = resolved.iter().rposition(|b| *b == b'/').unwrap_or(0);
                resolved.truncate(cut);
                continue;
            }
            _ => {}
        }
        let candidate = join(if resolved.is_empty() { b"/" } else { &resolved }, &part);
        let last = pending.iter().all(|p| p.is_empty() || p == b".");
        let target = (follow_last || !last).then(|| live.get(&*candidate).and_then(|i| symlink_target(*i))).flatten();
        match target {
            Some(target) => {
                hops += 1;
                if hops > max_hops {
                    return None;
                }
                if target.starts_with(b"/") {
                    resolved.clear();
                }
                for part in target.split(|b| *b == b'/').rev() {
                    pending.push_front(part.to_vec());
                }
            }
            None => resolved = candidate,
        }
    }
    Some((if resolved.is_empty() { b"/".to_vec() } else { resolved }, hops))
}

enum Marker {
    Opaque(Vec<u8>),
    Whiteout(Vec<u8>),
}

struct Builder {
    overlay: Overlay,
    max_link_hops: usize,
    /// The last layer (and how) that removed each path, for `by_layer` of deleted versions.
    removed: HashMap<Arc<[u8]>, usize>,
}

/// Applies the layers in order. A `None` layer could not be read: it contributes nothing and
/// the caller reports it.
pub fn build(layers: &[Option<&EntryTable>], max_link_hops: usize) -> Overlay {
    let tables = layers.iter().map(|entries| entries.cloned()).collect();
    let mut builder = Builder { overlay: Overlay { tables, ..Overlay::default() }, max_link_hops, removed: HashMap::new() };
    // About one version per entry: sized once, the versions hold no doubling's slack (a
    // quarter of their memory on average, at the peak of a large image's scan).
    builder.overlay.slots.reserve_exact(layers.iter().flatten().map(|entries| entries.len()).sum());
    for (layer, entries) in layers.iter().enumerate() {
        builder.overlay.per_layer.push(LayerFilesystem { layer, ..LayerFilesystem::default() });
        if let Some(entries) = entries {
            builder.apply_layer(layer, entries);
        }
    }
    builder.finish()
}

impl Builder {
    fn anomaly(&mut self, layer: usize, path: &[u8], kind: &'static str, message: String) {
        self.overlay.anomalies.push(Anomaly::new(kind, message).at_layer(layer).at_path(PathRepr(path.to_vec())));
    }

    fn info(&mut self, layer: usize, path: &[u8], kind: &'static str, message: String) {
        self.overlay.anomalies.push(Anomaly::info(kind, message).at_layer(layer).at_path(PathRepr(path.to_vec())));
    }

    /// Two passes over the layer's entries, markers then the rest: the entries are read from
    /// their table as they are needed rather than held.
    fn apply_layer(&mut self, layer: usize, entries: &EntryTable) {
        let mut markers = Vec::new();
        let mut marker_paths = Vec::new();
        for entry in entries.iter() {
            let (path, climbed) = normalize(&entry.raw_path);
            if climbed {
                self.anomaly(
                    layer,
                    &path,
                    "path-traversal",
                    format!("entry {:?} climbs with '..'; clamped inside the image root", display_bytes(&entry.raw_path)),
                );
            }
            if path == b"/" {
                if entry.meta.kind != EntryKind::Dir {
                    self.anomaly(
                        layer,
                        &path,
                        "root-not-directory",
                        format!("a {} entry names the image root; ignored", entry.meta.kind.name()),
                    );
                }
                continue;
            }
            let (_, name) = split_parent(&path);
            if let Some(rest) = name.strip_prefix(WHITEOUT_PREFIX) {
                // Markers see the lower layers only: resolve their parent now.
                let path = self.resolve_parent(layer, path.clone());
                let (parent, name) = split_parent(&path);
                marker_paths.push(path.clone());
                if name == OPAQUE_MARKER {
                    markers.push(Marker::Opaque(parent.to_vec()));
                } else if name.starts_with(META_PREFIX) {
                    self.anomaly(layer, &path, "aufs-metadata", "AUFS metadata marker, not a file; ignored".into());
                } else if rest.is_empty() || rest == b"." || rest == b".." || rest.contains(&b'/') {
                    self.anomaly(layer, &path, "whiteout-invalid", "whiteout names no file; ignored".into());
                } else {
                    markers.push(Marker::Whiteout(join(parent, rest)));
                }
            }
        }
        // Opaque markers apply first, wherever they appear; markers act on lower layers only,
        // and at this point the merged view holds nothing from this layer.
        markers.sort_by_key(|marker| matches!(marker, Marker::Whiteout(_)));
        for marker in markers {
            match marker {
                Marker::Opaque(dir) => {
                    self.overlay.per_layer[layer].opaque_dirs += 1;
                    self.remove_tree(&dir, false, layer, Cause::Opaque);
                }
                Marker::Whiteout(target) => {
                    self.overlay.per_layer[layer].whiteouts += 1;
                    if self.remove_tree(&target, true, layer, Cause::Whiteout) == 0 {
                        self.info(layer, &target, "whiteout-noop", "whiteout of a path no lower layer holds".into());
                    }
                }
            }
        }
        // Docker and containerd create a marker's missing parents as they read it; they belong to
        // this layer, so they come after the markers have acted on the lower ones.
        for path in marker_paths {
            self.ensure_parents(layer, &path, false);
        }
        for row in 0..entries.len() {
            let (Ok(row), Some(entry)) = (u32::try_from(row), entries.get(row)) else {
                let message = format!("the record of entry {row} of this layer could not be read back from its temp file; left out");
                self.overlay.anomalies.push(Anomaly::new("entry-record-unreadable", message).at_layer(layer));
                continue;
            };
            let path = normalize(&entry.raw_path).0;
            if path != b"/" && !split_parent(&path).1.starts_with(WHITEOUT_PREFIX) {
                self.overlay.per_layer[layer].entries += 1;
                self.add(layer, path, row, entry);
            }
        }
    }

    /// Hides `path` (when `include_self`) and everything under it; returns how many versions.
    fn remove_tree(&mut self, path: &[u8], include_self: bool, layer: usize, cause: Cause) -> usize {
        let prefix = if path == b"/" { b"/".to_vec() } else { join(path, b"") };
        let mut doomed: Vec<Arc<[u8]>> = self
            .overlay
            .live
            .range::<[u8], _>((Bound::Included(prefix.as_slice()), Bound::Unbounded))
            .take_while(|(key, _)| key.starts_with(&prefix))
            .map(|(key, _)| Arc::clone(key))
            .collect();
        if include_self && self.overlay.live.contains_key(path) {
            doomed.push(Arc::from(path));
        }
        for key in &doomed {
            self.hide(key, layer, cause);
        }
        doomed.len()
    }

    fn hide(&mut self, path: &[u8], layer: usize, cause: Cause) {
        if let Some(index) = self.overlay.live.remove(path) {
            let slot = &mut self.overlay.slots[index];
            slot.hidden_by.get_or_insert((layer, cause));
            self.removed.insert(Arc::clone(&slot.path), layer);
        }
    }

    /// Resolves symlinks among the parents of `path` in the view as it stands, inside the image
    /// root, as a runtime extracting the layer on top of the lower ones would (containerd's
    /// RootPath, umoci's SecureJoin). The last component is never followed.
    fn resolve_parent(&mut self, layer: usize, path: Vec<u8>) -> Vec<u8> {
        let (parent, name) = split_parent(&path);
        let is_link = |prefix: &[u8]| self.live_kind(prefix) == Some(EntryKind::Symlink);
        // Most parents hold no symlink: check them in place before resolving anything.
        if parent == b"/"
            || !parent.iter().enumerate().skip(1).filter(|(_, b)| **b == b'/').any(|(i, _)| is_link(&parent[..i])) && !is_link(parent)
        {
            return path;
        }
        let symlink_target = |index| self.overlay.symlink_target(index);
        let Some((resolved, hops)) = resolve_links(&self.overlay.live, &symlink_target, parent, true, self.max_link_hops) else {
            self.anomaly(
                layer,
                &path,
                "symlink-loop",
                format!("more than {} symlinks among the parents; taken literally", self.max_link_hops),
            );
            return path;
        };
        let result = join(&resolved, name);
        if hops > 0 {
            self.info(
                layer,
                &path,
                "written-through-symlink",
                format!("a parent of this entry is a symlink; it lands at {:?}", display_bytes(&result)),
            );
        }
        result
    }

    fn live_kind(&self, path: &[u8]) -> Option<EntryKind> {
        self.overlay.live.get(path).map(|i| self.overlay.brief(*i).kind)
    }

    /// Creates the missing parent directories of `path`. A non-directory in the way is replaced
    /// when an entry needs the directory (`replace`), and left alone for a marker.
    fn ensure_parents(&mut self, layer: usize, path: &[u8], replace: bool) {
        let mut cut = 1;
        while let Some(pos) = path[cut..].iter().position(|b| *b == b'/') {
            let ancestor = &path[..cut + pos];
            cut += pos + 1;
            match self.live_kind(ancestor) {
                Some(EntryKind::Dir) => continue,
                Some(_) if !replace => return,
                Some(kind) => {
                    self.anomaly(
                        layer,
                        ancestor,
                        "parent-not-directory",
                        format!("a {} stands where a later entry needs a directory; replaced by a directory", kind.name()),
                    );
                    self.hide(ancestor, layer, Cause::Overwritten);
                }
                None => {}
            }
            let implied = Slot {
                path: self.shared_path(ancestor),
                layer,
                entry: None,
                kind: EntryKind::Dir,
                mode: implied_dir_meta().mode as u16,
                xattrs: false,
                content: None,
                state: State::Present,
                by_layer: None,
                hidden_by: None,
                record: Record::Implied,
            };
            self.insert(implied);
        }
    }

    /// The path as an earlier version of it holds it: versions of one path share one copy.
    fn shared_path(&self, path: &[u8]) -> Arc<[u8]> {
        let earlier =
            self.overlay.live.get_key_value(path).map(|(key, _)| key).or_else(|| self.removed.get_key_value(path).map(|(key, _)| key));
        earlier.map_or_else(|| Arc::from(path), Arc::clone)
    }

    fn insert(&mut self, slot: Slot) {
        let index = self.overlay.slots.len();
        let slots = &mut self.overlay.slots;
        // Past the entries' count (implied parents), grown by an eighth rather than doubled.
        if slots.len() == slots.capacity() {
            slots.reserve_exact(slots.len() / 8 + 64);
        }
        self.overlay.live.insert(Arc::clone(&slot.path), index);
        self.overlay.slots.push(slot);
    }

    fn add(&mut self, layer: usize, path: Vec<u8>, row: u32, entry: Entry) {
        let path = self.resolve_parent(layer, path);
        self.ensure_parents(layer, &path, true);
        let hardlink = entry.meta.kind == EntryKind::Hardlink;
        let mut version = Version {
            path: self.shared_path(&path),
            layer,
            entry: Some(entry.index),
            link: entry.link,
            meta: FileMeta { mode: entry.meta.mode & 0o7777, ..entry.meta },
            content: (entry.meta.kind == EntryKind::File).then_some((layer, entry.index)),
            state: State::Present,
            by_layer: None,
            hidden_by: None,
        };
        if hardlink && !self.resolve_hardlink(layer, &mut version) {
            return;
        }
        let kind = version.meta.kind;
        let slot = Slot {
            path: Arc::clone(&version.path),
            layer,
            entry: version.entry,
            kind,
            mode: (version.meta.mode & 0o7777) as u16,
            xattrs: version.meta.xattrs.is_some(),
            content: version.content,
            state: State::Present,
            by_layer: None,
            hidden_by: None,
            record: if hardlink { Record::Own(Box::new((version.meta, version.link))) } else { Record::Row(row) },
        };
        if let Some(&index) = self.overlay.live.get(&*slot.path) {
            let implied = &mut self.overlay.slots[index];
            // A directory this layer implied earlier (entries out of order) takes its entry's metadata.
            if implied.layer == layer && implied.entry.is_none() && kind == EntryKind::Dir {
                *implied = slot;
                return;
            }
        }
        if let Some((old_layer, old_kind)) =
            self.overlay.live.get(&*slot.path).map(|i| self.overlay.brief(*i)).map(|old| (old.layer, old.kind))
        {
            let cause = if old_layer == layer {
                self.anomaly(layer, &slot.path, "duplicate-entry", "the layer holds this path more than once; the last entry wins".into());
                Cause::DuplicateEntry
            } else {
                Cause::Overwritten
            };
            if old_kind == EntryKind::Dir && kind != EntryKind::Dir {
                self.remove_tree(&slot.path, false, layer, Cause::ParentReplaced);
            }
            self.hide(&slot.path, layer, cause);
        }
        self.insert(slot);
    }

    /// Gives a hardlink its target's content and inode metadata, as the visible target is at
    /// this point in the layer stack. Returns false when the entry cannot stand.
    fn resolve_hardlink(&mut self, layer: usize, version: &mut Version) -> bool {
        let Some(raw_target) = version.link.clone() else {
            self.anomaly(layer, &version.path, "hardlink-invalid", "hardlink without a target; ignored".into());
            return false;
        };
        let (target, climbed) = normalize(&raw_target);
        if climbed {
            self.anomaly(
                layer,
                &version.path,
                "path-traversal",
                format!("hardlink target {:?} climbs with '..'; clamped inside the image root", display_bytes(&raw_target)),
            );
        }
        let target = self.resolve_parent(layer, target);
        version.link = Some(target.clone());
        let Some(found) = self.overlay.live.get(&*target).map(|i| self.overlay.version(*i)) else {
            self.anomaly(
                layer,
                &version.path,
                "hardlink-dangling",
                format!("hardlink to {:?}, which no layer up to this one holds", display_bytes(&target)),
            );
            return true;
        };
        match found.meta.kind {
            EntryKind::Dir => {
                self.anomaly(
                    layer,
                    &version.path,
                    "hardlink-to-directory",
                    format!("hardlink to directory {:?}; ignored", display_bytes(&target)),
                );
                return false;
            }
            // A hardlink to a symlink, a device or a FIFO is another name for that same thing.
            EntryKind::Symlink | EntryKind::CharDevice | EntryKind::BlockDevice | EntryKind::Fifo => {
                version.meta.kind = found.meta.kind;
                version.link = found.link.clone();
            }
            _ => {}
        }
        // Docker and containerd apply a hardlink header's owner and mode to the shared inode.
        if found.meta.kind != EntryKind::Symlink
            && (version.meta.mode, version.meta.uid, version.meta.gid) != (found.meta.mode, found.meta.uid, found.meta.gid)
        {
            let message = format!(
                "hardlink to {:?} sets mode {:04o} and owner {}:{} (the target has {:04o} {}:{}); a container sees the new ones on both names",
                display_bytes(&target),
                version.meta.mode,
                version.meta.uid,
                version.meta.gid,
                found.meta.mode,
                found.meta.uid,
                found.meta.gid
            );
            self.anomaly(layer, &version.path, "hardlink-changes-inode", message);
        } else {
            version.meta.mode = found.meta.mode;
            version.meta.uid = found.meta.uid;
            version.meta.gid = found.meta.gid;
        }
        if version.meta.xattrs.is_none() {
            version.meta.xattrs = found.meta.xattrs.clone();
        }
        version.meta.size = found.meta.size;
        version.meta.sha256 = found.meta.sha256;
        version.content = found.content;
        true
    }

    fn finish(mut self) -> Overlay {
        let overlay = &mut self.overlay;
        for index in 0..overlay.slots.len() {
            let path = &*overlay.slots[index].path;
            let (state, by_layer) = match overlay.live.get(path) {
                Some(&shown) if shown == index => (State::Present, None),
                Some(&shown) => (State::Overwritten, Some(overlay.slots[shown].layer)),
                None => (State::Deleted, self.removed.get(path).copied()),
            };
            let slot = &mut overlay.slots[index];
            slot.state = state;
            slot.by_layer = by_layer;
            let stats = &mut overlay.per_layer[slot.layer];
            match state {
                State::Present => stats.present += 1,
                State::Deleted => stats.deleted += 1,
                State::Overwritten => stats.overwritten += 1,
            }
        }
        self.overlay
    }
}

impl Overlay {
    /// How many versions, every state.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Version `index` (in the order the layers added them), its metadata read from its entry.
    pub fn version(&self, index: usize) -> Version {
        let slot = &self.slots[index];
        let (meta, link) = match &slot.record {
            Record::Implied => (implied_dir_meta(), None),
            Record::Row(row) => match self.tables.get(slot.layer).and_then(Option::as_ref).and_then(|table| table.get(*row as usize)) {
                Some(entry) => (FileMeta { mode: entry.meta.mode & 0o7777, ..entry.meta }, entry.link),
                // Only a temp file changed under the run gets here: the kind and mode are still known.
                None => (FileMeta { kind: slot.kind, mode: u32::from(slot.mode), ..implied_dir_meta() }, None),
            },
            Record::Own(own) => own.as_ref().clone(),
        };
        Version {
            path: Arc::clone(&slot.path),
            layer: slot.layer,
            entry: slot.entry,
            link,
            meta,
            content: slot.content,
            state: slot.state,
            by_layer: slot.by_layer,
            hidden_by: slot.hidden_by,
        }
    }

    /// Version `index` in brief, without reading its entry: for filtering before
    /// [`Overlay::version`].
    pub fn brief(&self, index: usize) -> Brief<'_> {
        let slot = &self.slots[index];
        Brief {
            path: &slot.path,
            layer: slot.layer,
            entry: slot.entry,
            kind: slot.kind,
            mode: slot.mode,
            xattrs: slot.xattrs,
            state: slot.state,
            hidden_by: slot.hidden_by,
        }
    }

    /// Every version, in the order the layers added them.
    pub fn versions(&self) -> impl ExactSizeIterator<Item = Version> + '_ {
        (0..self.slots.len()).map(|index| self.version(index))
    }

    /// A symlink's target, or None when version `index` is no symlink.
    fn symlink_target(&self, index: usize) -> Option<Vec<u8>> {
        (self.slots[index].kind == EntryKind::Symlink).then(|| self.version(index).link).flatten()
    }

    /// Versions in the final filesystem, sorted by path bytes.
    pub fn present(&self) -> impl Iterator<Item = Version> + '_ {
        self.live.values().map(|i| self.version(*i))
    }

    /// Where `path` leads in the final filesystem, following its symlinks inside the root.
    pub fn resolve(&self, path: &[u8], max_hops: usize) -> Option<Vec<u8>> {
        let symlink_target = |index| self.symlink_target(index);
        resolve_links(&self.live, &symlink_target, path, true, max_hops).map(|(resolved, _)| resolved)
    }

    /// Every version, sorted by path bytes then layer.
    pub fn all_sorted(&self) -> impl ExactSizeIterator<Item = Version> + '_ {
        self.sorted_where(|_| true)
    }

    /// The versions `keep` accepts in brief, sorted by path bytes then layer; each is read as
    /// the iterator reaches it, so a long list costs its indexes only.
    pub fn sorted_where(&self, keep: impl Fn(&Brief<'_>) -> bool) -> impl ExactSizeIterator<Item = Version> + '_ {
        let mut kept: Vec<usize> = (0..self.slots.len()).filter(|index| keep(&self.brief(*index))).collect();
        let key = |index: &usize| {
            let slot = &self.slots[*index];
            (&slot.path, slot.layer, slot.entry)
        };
        kept.sort_by(|a, b| key(a).cmp(&key(b)));
        kept.into_iter().map(|index| self.version(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::testutil::{entries, Spec::*};

    fn build_layers(layers: &[EntryTable]) -> Overlay {
        let refs: Vec<Option<&EntryTable>> = layers.iter().map(Some).collect();
        build(&refs, 40)
    }

    fn state_of(overlay: &Overlay, path: &str, layer: usize) -> (State, Option<usize>, Option<(usize, Cause)>) {
        let v = overlay
            .versions()
            .find(|v| *v.path == *path.as_bytes() && v.layer == layer)
            .unwrap_or_else(|| panic!("no version of {path} in layer {layer}"));
        (v.state, v.by_layer, v.hidden_by)
    }

    fn present(overlay: &Overlay) -> Vec<String> {
        overlay.present().map(|v| v.path_repr().display()).collect()
    }

    fn kinds(overlay: &Overlay) -> Vec<&str> {
        overlay.anomalies.iter().map(|a| &*a.kind).collect()
    }

    #[test]
    fn a_slot_stays_small() {
        // A slot is what the overlay holds per version for the whole run (issue 23: memory flat
        // in image size): 104 bytes before the mode bits and xattrs flag that spare most
        // versions a read of their entry (8 bytes more: 1.4 MB on a 181,000-version image).
        assert!(size_of::<Slot>() <= 112, "{} bytes", size_of::<Slot>());
    }

    #[test]
    fn whiteout_deletes_lower_layers_only() {
        let overlay = build_layers(&[
            entries(&[Dir("a/"), File("a/secret", b"k"), File("a/keep", b"1")]),
            // The marker and a new file of the same name in one layer: the new file stays.
            entries(&[File("a/keep", b"2"), File("a/.wh.keep", b""), File("a/.wh.secret", b"")]),
        ]);
        assert_eq!(present(&overlay), ["/a", "/a/keep"]);
        assert_eq!(state_of(&overlay, "/a/secret", 0), (State::Deleted, Some(1), Some((1, Cause::Whiteout))));
        assert_eq!(state_of(&overlay, "/a/keep", 0), (State::Overwritten, Some(1), Some((1, Cause::Whiteout))));
        assert_eq!(state_of(&overlay, "/a/keep", 1).0, State::Present);
    }

    #[test]
    fn opaque_marker_applies_first_wherever_it_appears() {
        let overlay = build_layers(&[
            entries(&[Dir("d/"), File("d/old", b"o"), Dir("d/sub/"), File("d/sub/x", b"x")]),
            entries(&[Dir("d/"), File("d/new", b"n"), File("d/.wh..wh..opq", b"")]),
        ]);
        assert_eq!(present(&overlay), ["/d", "/d/new"]);
        assert_eq!(state_of(&overlay, "/d/old", 0).2, Some((1, Cause::Opaque)));
        assert_eq!(state_of(&overlay, "/d/sub/x", 0).0, State::Deleted);
        assert_eq!(overlay.per_layer[1].opaque_dirs, 1);
    }

    #[test]
    fn non_directory_over_directory_drops_the_subtree_and_directory_over_directory_keeps_it() {
        let overlay = build_layers(&[
            entries(&[Dir("x/"), File("x/child", b"c"), Dir("y/"), File("y/child", b"c")]),
            entries(&[File("x", b"now a file"), Dir("y/")]),
        ]);
        assert_eq!(present(&overlay), ["/x", "/y", "/y/child"]);
        assert_eq!(state_of(&overlay, "/x/child", 0), (State::Deleted, Some(1), Some((1, Cause::ParentReplaced))));
        assert_eq!(state_of(&overlay, "/y", 0).0, State::Overwritten);
    }

    #[test]
    fn pointless_and_invalid_markers_are_recorded_not_files() {
        let overlay = build_layers(&[
            entries(&[File("f", b"1")]),
            entries(&[
                File(".wh.never-existed", b""),
                File(".wh.", b""),
                File("d/.wh..", b""),
                File(".wh..wh.plnk", b""),
                File(".wh..wh.aufs", b""),
            ]),
        ]);
        assert_eq!(present(&overlay), ["/d", "/f"]);
        let kinds = kinds(&overlay);
        assert_eq!(kinds.iter().filter(|k| **k == "whiteout-noop").count(), 1, "{kinds:?}");
        assert_eq!(kinds.iter().filter(|k| **k == "whiteout-invalid").count(), 2, "{kinds:?}");
        assert_eq!(kinds.iter().filter(|k| **k == "aufs-metadata").count(), 2, "{kinds:?}");
    }

    #[test]
    fn hardlinks_take_content_from_lower_layers_and_survive_their_target() {
        let overlay = build_layers(&[
            entries(&[Dir("usr/"), Dir("usr/bin/"), File("usr/bin/tool", b"binary")]),
            entries(&[Hardlink("usr/bin/alias", "/usr/bin/tool"), Hardlink("same", "usr/bin/alias")]),
            entries(&[File("usr/bin/.wh.tool", b"")]),
        ]);
        let tool = overlay.versions().find(|v| *v.path == *b"/usr/bin/tool").unwrap();
        for path in ["/usr/bin/alias", "/same"] {
            let link = overlay.version(overlay.live[path.as_bytes()]);
            assert_eq!(link.meta.sha256, tool.meta.sha256, "{path}");
            assert_eq!(link.content, Some((0, tool.entry.unwrap())), "{path}");
            assert_eq!(link.meta.size, 6);
        }
        assert_eq!(state_of(&overlay, "/usr/bin/tool", 0).0, State::Deleted);
    }

    #[test]
    fn dangling_and_directory_hardlinks_are_anomalies() {
        let overlay = build_layers(&[entries(&[Dir("d/"), Hardlink("to-dir", "d"), Hardlink("nothing", "missing")])]);
        assert_eq!(present(&overlay), ["/d", "/nothing"]);
        assert!(overlay.versions().find(|v| *v.path == *b"/nothing").unwrap().content.is_none());
        assert!(kinds(&overlay).contains(&"hardlink-dangling"));
        assert!(kinds(&overlay).contains(&"hardlink-to-directory"));
    }

    #[test]
    fn duplicate_entries_in_one_layer_last_wins() {
        let overlay = build_layers(&[entries(&[File("f", b"first"), File("./f", b"second")])]);
        let live = overlay.version(overlay.live[b"/f".as_slice()]);
        assert_eq!((live.meta.size, live.state), (6, State::Present));
        let first = overlay.versions().find(|v| *v.path == *b"/f" && v.meta.size == 5).unwrap();
        assert_eq!((first.state, first.hidden_by), (State::Overwritten, Some((0, Cause::DuplicateEntry))));
        assert!(kinds(&overlay).contains(&"duplicate-entry"));
    }

    #[test]
    fn deleted_then_recreated_is_overwritten_by_the_recreating_layer() {
        let overlay = build_layers(&[entries(&[File("f", b"1")]), entries(&[File(".wh.f", b"")]), entries(&[File("f", b"3")])]);
        assert_eq!(state_of(&overlay, "/f", 0), (State::Overwritten, Some(2), Some((1, Cause::Whiteout))));
    }

    #[test]
    fn entries_markers_and_hardlinks_go_through_symlinked_parents_inside_the_root() {
        let overlay = build_layers(&[
            entries(&[Dir("usr/"), Dir("usr/lib/"), File("usr/lib/old.so", b"o"), Symlink("lib", "usr/lib"), Symlink("up", "..")]),
            entries(&[
                File("lib/new.so", b"n"),
                // containerd resolves a marker's parent too (umoci does not; see the oracle script).
                File("lib/.wh.old.so", b""),
                Hardlink("usr/alias", "lib/new.so"),
                // `up -> ..` from the root is the root itself: nothing climbs out.
                File("up/up/etc/escaped", b"e"),
            ]),
        ]);
        assert_eq!(present(&overlay), ["/etc", "/etc/escaped", "/lib", "/up", "/usr", "/usr/alias", "/usr/lib", "/usr/lib/new.so"]);
        assert_eq!(state_of(&overlay, "/usr/lib/old.so", 0), (State::Deleted, Some(1), Some((1, Cause::Whiteout))));
        let alias = overlay.version(overlay.live[b"/usr/alias".as_slice()]);
        assert_eq!(alias.content, overlay.version(overlay.live[b"/usr/lib/new.so".as_slice()]).content);
        assert!(kinds(&overlay).contains(&"written-through-symlink"));
    }

    #[test]
    fn symlink_loops_among_parents_are_bounded() {
        let overlay = build_layers(&[entries(&[Symlink("a", "b"), Symlink("b", "a"), File("a/x", b"1")])]);
        assert!(kinds(&overlay).contains(&"symlink-loop"), "{:?}", kinds(&overlay));
        // Taken literally, the entry replaces the looping link with a directory.
        assert!(present(&overlay).contains(&"/a/x".to_string()));
    }

    #[test]
    fn missing_parents_are_implied_and_symlinks_kept_unresolved() {
        let overlay = build_layers(&[entries(&[File("a/b/c", b"x"), Symlink("a/up", "../../../etc/shadow"), Dir("a/")])]);
        assert_eq!(present(&overlay), ["/a", "/a/b", "/a/b/c", "/a/up"]);
        assert!(overlay.anomalies.is_empty(), "a late parent entry is no duplicate: {:?}", overlay.anomalies);
        assert_eq!(overlay.versions().filter(|v| *v.path == *b"/a").count(), 1);
        let implied = overlay.versions().find(|v| *v.path == *b"/a/b").unwrap();
        assert_eq!((implied.entry, implied.meta.mode), (None, 0o755));
        let up = overlay.versions().find(|v| *v.path == *b"/a/up").unwrap();
        assert_eq!(up.link.as_deref(), Some(b"../../../etc/shadow".as_slice()));
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct LayerFilesystem {
    pub layer: usize,
    pub entries: usize,
    pub present: usize,
    pub deleted: usize,
    pub overwritten: usize,
    pub whiteouts: usize,
    pub opaque_dirs: usize,
}
