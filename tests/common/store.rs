//! Docker data roots built in code, the way dockerd lays them out: each layer tar unpacked into
//! `overlay2/<cache-id>/diff` (whiteouts as character devices 0/0, opaque directories by their
//! xattr: needs root), its tar-split record, layerdb and imagedb entries, tags, and containers
//! with their init and writable layers. Tests then change what they want to see handled.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use base64::Engine as _;
use serde_json::{json, Value};

use super::build::sha;

pub struct FakeImage {
    pub id: String,
    pub chain: Vec<String>,
    pub cache_ids: Vec<String>,
}

pub struct FakeContainer {
    pub id: String,
    pub mount_id: String,
}

/// A Docker data root under construction.
pub struct FakeDocker {
    pub root: PathBuf,
}

impl FakeDocker {
    pub fn new(root: &Path) -> FakeDocker {
        for dir in [
            "image/overlay2/imagedb/content/sha256",
            "image/overlay2/layerdb/sha256",
            "image/overlay2/layerdb/mounts",
            "overlay2",
            "containers",
        ] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        FakeDocker { root: root.to_path_buf() }
    }

    /// Stores an image of `layers` (uncompressed layer tars) tagged `tag`, as `docker load` does.
    pub fn image(&self, tag: &str, layers: &[Vec<u8>]) -> FakeImage {
        let diff_ids: Vec<String> = layers.iter().map(|tar| format!("sha256:{}", sha(tar))).collect();
        let mut chain: Vec<String> = Vec::new();
        let mut cache_ids = Vec::new();
        for (index, tar) in layers.iter().enumerate() {
            let id = match chain.last() {
                None => diff_ids[index].clone(),
                Some(parent) => format!("sha256:{}", sha(format!("{parent} {}", diff_ids[index]).as_bytes())),
            };
            let layerdb = self.root.join("image/overlay2/layerdb/sha256").join(id.trim_start_matches("sha256:"));
            std::fs::create_dir_all(&layerdb).unwrap();
            let cache_id = sha(format!("cache {id}").as_bytes());
            std::fs::write(layerdb.join("diff"), &diff_ids[index]).unwrap();
            std::fs::write(layerdb.join("cache-id"), &cache_id).unwrap();
            std::fs::write(layerdb.join("size"), tar.len().to_string()).unwrap();
            if let Some(parent) = chain.last() {
                std::fs::write(layerdb.join("parent"), parent).unwrap();
            }
            std::fs::write(layerdb.join("tar-split.json.gz"), tar_split(tar)).unwrap();
            unpack(tar, &self.root.join("overlay2").join(&cache_id).join("diff"));
            chain.push(id);
            cache_ids.push(cache_id);
        }
        let history: Vec<Value> = (0..layers.len()).map(|i| json!({"created_by": format!("/bin/sh -c step {i}")})).collect();
        let config = json!({
            "architecture": "amd64", "os": "linux",
            "config": {"Env": ["PATH=/usr/bin:/bin"], "Cmd": ["/bin/sh"]},
            "rootfs": {"type": "layers", "diff_ids": diff_ids},
            "history": history,
        });
        let bytes = serde_json::to_vec(&config).unwrap();
        let id = sha(&bytes);
        std::fs::write(self.root.join("image/overlay2/imagedb/content/sha256").join(&id), &bytes).unwrap();
        let repositories = self.root.join("image/overlay2/repositories.json");
        let mut tags: Value =
            std::fs::read(&repositories).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or(json!({"Repositories": {}}));
        let repo = tag.split(':').next().unwrap();
        tags["Repositories"][repo][tag] = json!(format!("sha256:{id}"));
        std::fs::write(&repositories, serde_json::to_vec(&tags).unwrap()).unwrap();
        FakeImage { id, chain, cache_ids }
    }

    /// A container of `image` named `name`, whose writable layer holds `changes` (a tar, unpacked
    /// as overlayfs would have written it), with these config and host settings.
    pub fn container(&self, name: &str, image: &FakeImage, changes: &[u8], config: Value, host: Value) -> FakeContainer {
        let id = sha(format!("container {name}").as_bytes());
        let mount_id = sha(format!("mount {name}").as_bytes());
        let dir = self.root.join("containers").join(&id);
        std::fs::create_dir_all(&dir).unwrap();
        let v2 = json!({
            "ID": id, "Name": format!("/{name}"), "Image": format!("sha256:{}", image.id),
            "Created": "2026-12-01T10:00:00Z",
            "State": {"Running": false, "StartedAt": "2026-12-01T10:00:01Z", "FinishedAt": "2026-12-01T10:05:00Z"},
            "Path": "/bin/sh", "Args": ["-c", "run"], "Config": config, "Driver": "overlay2",
        });
        std::fs::write(dir.join("config.v2.json"), serde_json::to_vec(&v2).unwrap()).unwrap();
        std::fs::write(dir.join("hostconfig.json"), serde_json::to_vec(&host).unwrap()).unwrap();
        let mounts = self.root.join("image/overlay2/layerdb/mounts").join(&id);
        std::fs::create_dir_all(&mounts).unwrap();
        std::fs::write(mounts.join("mount-id"), &mount_id).unwrap();
        std::fs::write(mounts.join("init-id"), format!("{mount_id}-init")).unwrap();
        std::fs::write(mounts.join("parent"), image.chain.last().unwrap()).unwrap();
        unpack(
            &super::build::layer_tar(&[("etc/", b""), ("etc/hostname", b""), (".dockerenv", b"")]),
            &self.root.join("overlay2").join(format!("{mount_id}-init/diff")),
        );
        unpack(changes, &self.root.join("overlay2").join(&mount_id).join("diff"));
        FakeContainer { id, mount_id }
    }

    /// Writes the container's json-file log.
    pub fn log(&self, container: &FakeContainer, lines: &[&str]) {
        let mut file =
            std::fs::File::create(self.root.join("containers").join(&container.id).join(format!("{}-json.log", container.id))).unwrap();
        for line in lines {
            writeln!(file, "{}", json!({"log": format!("{line}\n"), "stream": "stdout", "time": "2026-12-01T10:00:02Z"})).unwrap();
        }
    }

    pub fn layer_dir(&self, image: &FakeImage, index: usize) -> PathBuf {
        self.root.join("overlay2").join(&image.cache_ids[index]).join("diff")
    }
}

/// The tar-split record of `tar`: the bytes between file bodies as segments, each body as a
/// file entry with its size and CRC-64/ISO, as tar-split's disassembler writes it.
pub fn tar_split(tar: &[u8]) -> Vec<u8> {
    let mut lines = Vec::new();
    let mut at = 0usize;
    let mut archive = tar::Archive::new(std::io::Cursor::new(tar));
    let segment = |bytes: &[u8], lines: &mut Vec<Value>| {
        lines.push(json!({"type": 2, "payload": base64::engine::general_purpose::STANDARD.encode(bytes)}));
    };
    for entry in archive.entries_with_seek().unwrap() {
        let entry = entry.unwrap();
        let start = entry.raw_file_position() as usize;
        let size = entry.size() as usize;
        segment(&tar[at..start], &mut lines);
        let name = String::from_utf8(entry.path_bytes().into_owned()).unwrap();
        let crc = crc64(&tar[start..start + size]);
        let payload = if size > 0 { json!(base64::engine::general_purpose::STANDARD.encode(crc)) } else { Value::Null };
        lines.push(json!({"type": 1, "name": name, "size": size, "payload": payload}));
        at = start + size;
    }
    segment(&tar[at..], &mut lines);
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    super::build::gzip(text.as_bytes())
}

fn crc64(bytes: &[u8]) -> [u8; 8] {
    let mut crc = layerhound::store::tarsplit::Crc64::default();
    crc.update(bytes);
    crc.sum()
}

/// Unpacks `tar` into `dir` as dockerd's overlay2 driver does: modes and mtimes as recorded,
/// `.wh.NAME` as a character device 0/0, `.wh..wh..opq` as the opaque xattr on its directory.
pub fn unpack(tar: &[u8], dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let mut dirs: Vec<(PathBuf, u64)> = Vec::new();
    let mut archive = tar::Archive::new(tar);
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = dir.join(String::from_utf8(entry.path_bytes().into_owned()).unwrap().trim_end_matches('/'));
        let header = entry.header().clone();
        let mtime = header.mtime().unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        if name == ".wh..wh..opq" {
            rustix::fs::setxattr(path.parent().unwrap(), "trusted.overlay.opaque", b"y", rustix::fs::XattrFlags::empty()).unwrap();
            continue;
        }
        if let Some(hidden) = name.strip_prefix(".wh.") {
            let target = path.with_file_name(hidden);
            rustix::fs::mknodat(rustix::fs::CWD, &target, rustix::fs::FileType::CharacterDevice, rustix::fs::Mode::empty(), 0).unwrap();
            continue;
        }
        match header.entry_type() {
            tar::EntryType::Directory => {
                std::fs::create_dir_all(&path).unwrap();
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(header.mode().unwrap())).unwrap();
                dirs.push((path, mtime));
            }
            tar::EntryType::Symlink => {
                std::os::unix::fs::symlink(entry.link_name().unwrap().unwrap(), &path).unwrap();
                let when = rustix::fs::Timestamps {
                    last_access: rustix::fs::Timespec { tv_sec: mtime as i64, tv_nsec: 0 },
                    last_modification: rustix::fs::Timespec { tv_sec: mtime as i64, tv_nsec: 0 },
                };
                rustix::fs::utimensat(rustix::fs::CWD, &path, &when, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).unwrap();
            }
            tar::EntryType::Link => {
                std::fs::hard_link(dir.join(String::from_utf8(entry.link_name_bytes().unwrap().into_owned()).unwrap()), &path).unwrap();
            }
            _ => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
                std::fs::write(&path, &bytes).unwrap();
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(header.mode().unwrap())).unwrap();
                set_mtime(&path, mtime);
            }
        }
    }
    // Children change their directory's mtime: set it last, deepest first.
    for (path, mtime) in dirs.iter().rev() {
        set_mtime(path, *mtime);
    }
}

pub fn set_mtime(path: &Path, mtime: u64) {
    let file = std::fs::File::open(path).unwrap();
    file.set_modified(UNIX_EPOCH + Duration::from_secs(mtime)).unwrap();
}
