//! Checks on what the image is rather than what its files hold: file metadata (setuid and
//! setgid programs, file capabilities, world-writable system files) and the image's own names
//! (typosquats of official images). The program and name lists are data
//! (`signatures/meta/*.toml`), with examples that the tests run.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::layers::entry::EntryKind;
use crate::overlay::{Overlay, Version};
use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Confidence, Severity};

pub const FILES: &str = include_str!("../../signatures/meta/files.toml");
pub const OFFICIAL_IMAGES: &str = include_str!("../../signatures/meta/official_images.toml");
pub const NAMESPACE: &str = "meta";

/// What a check is, as a finding shows it.
#[derive(Debug)]
pub struct Check {
    pub id: &'static str,
    pub category: &'static str,
    pub description: &'static str,
}

pub const SETUID: Check = Check {
    id: "setuid-program",
    category: "privilege-escalation",
    description: "A setuid or setgid program: whoever runs it gets its owner's (or group's) rights",
};
pub const CAPABILITY: Check = Check {
    id: "file-capability",
    category: "privilege-escalation",
    description: "A program with file capabilities that amount to root (security.capability)",
};
pub const WORLD_WRITABLE: Check = Check {
    id: "world-writable-system-path",
    category: "weak-permissions",
    description: "A world-writable file, or a world-writable directory without the sticky bit, under a system directory",
};
pub const TYPOSQUAT: Check = Check {
    id: "typosquatted-image-name",
    category: "typosquat",
    description: "The image is named like a popular official image or namespace, but not exactly (a typosquat)",
};

pub const PRIVILEGED: Check = Check {
    id: "container-privileged",
    category: "container-escape",
    description: "A privileged container: every device and capability of the host, no seccomp or AppArmor; root in it is root on the host",
};
pub const HOST_NAMESPACE: Check = Check {
    id: "container-host-namespace",
    category: "container-escape",
    description: "The container shares a namespace with the host (--pid, --network, --ipc or --userns host)",
};
pub const ADDED_CAPABILITY: Check = Check {
    id: "container-added-capability",
    category: "container-escape",
    description: "The container was given capabilities beyond the engine's default set (--cap-add)",
};
pub const ENGINE_SOCKET: Check = Check {
    id: "container-engine-socket",
    category: "container-escape",
    description:
        "A container engine's socket is mounted into the container: whoever reaches it controls the host's containers, and the host",
};
pub const HOST_PATH: Check = Check {
    id: "container-host-path-mount",
    category: "container-escape",
    description:
        "A sensitive host path is mounted into the container (the host's root, /etc, /root, the engine's store, /proc, /sys, /dev, /boot)",
};
pub const SECURITY_DISABLED: Check = Check {
    id: "container-security-disabled",
    category: "container-escape",
    description: "The container runs with a confinement switched off (seccomp, AppArmor or SELinux unconfined, no-new-privileges off)",
};

/// Capabilities that give the host away (a module load, a ptrace of host processes, raw
/// device or filesystem access): any one is high.
const ESCAPE_CAPABILITIES: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_PTRACE",
    "SYS_RAWIO",
    "DAC_READ_SEARCH",
    "DAC_OVERRIDE",
    "SYS_BOOT",
    "BPF",
    "PERFMON",
    "NET_ADMIN",
    "MKNOD",
    "SYSLOG",
    "SYS_TIME",
];

/// Host paths that give the host away when mounted, with the severity read-write and read-only
/// (a read-only /etc still hands over /etc/shadow and the host's keys).
const HOST_PATHS: &[(&str, Severity, Severity)] = &[
    ("/etc", Severity::High, Severity::High),
    ("/root", Severity::High, Severity::High),
    ("/var/lib/docker", Severity::High, Severity::High),
    ("/var/lib/containerd", Severity::High, Severity::High),
    ("/var/lib/containers", Severity::High, Severity::High),
    ("/var/lib/kubelet", Severity::High, Severity::High),
    ("/proc", Severity::High, Severity::Medium),
    ("/sys", Severity::High, Severity::Medium),
    ("/dev", Severity::High, Severity::Medium),
    ("/boot", Severity::High, Severity::Medium),
    ("/home", Severity::Medium, Severity::Medium),
    ("/var/log", Severity::Medium, Severity::Low),
];

/// The engine sockets an escape uses, by file name.
const ENGINE_SOCKETS: &[&str] = &["docker.sock", "containerd.sock", "podman.sock", "crio.sock", "cri-dockerd.sock"];

/// The checks on a container's host settings: each hit with the setting it was found in
/// (`hostconfig.Privileged`, `hostconfig.Binds[0]`).
pub fn container_checks(host: &crate::evidence::store::HostSettings) -> Vec<(MetaHit, String)> {
    let mut hits = Vec::new();
    let hit = |check: &'static Check, severity, confidence, reason: String| MetaHit { check, severity, confidence, reason };
    if host.privileged {
        hits.push((hit(&PRIVILEGED, Severity::High, Confidence::High, "Privileged: true".into()), host.field("Privileged")));
    }
    for (field, mode, severity) in [
        ("PidMode", &host.pid_mode, Severity::High),
        ("NetworkMode", &host.network_mode, Severity::Medium),
        ("IpcMode", &host.ipc_mode, Severity::Medium),
        ("UsernsMode", &host.userns_mode, Severity::Medium),
    ] {
        if mode.as_deref() == Some("host") {
            hits.push((hit(&HOST_NAMESPACE, severity, Confidence::High, format!("{field}: host")), host.field(field)));
        }
    }
    for (index, capability) in host.cap_add.iter().enumerate() {
        let name = capability.to_ascii_uppercase();
        let name = name.strip_prefix("CAP_").unwrap_or(&name);
        let severity = if ESCAPE_CAPABILITIES.contains(&name) { Severity::High } else { Severity::Low };
        hits.push((
            hit(&ADDED_CAPABILITY, severity, Confidence::High, format!("CapAdd: {capability}")),
            host.field(&format!("CapAdd[{index}]")),
        ));
    }
    for option in &host.security_opt {
        let disabled = option.ends_with("=unconfined")
            || option.starts_with("label=disable")
            || option.starts_with("label:disable")
            || option == "no-new-privileges=false";
        if disabled {
            hits.push((
                hit(&SECURITY_DISABLED, Severity::Medium, Confidence::High, format!("SecurityOpt: {option}")),
                host.field("SecurityOpt"),
            ));
        }
    }
    for mount in &host.mounts {
        if mount.kind != "bind" {
            continue;
        }
        let source = mount.source.trim_end_matches('/');
        let access = if mount.read_only { "read-only" } else { "read-write" };
        let shown = format!("{} mounted at {} ({access})", mount.source, mount.target);
        let file_name = source.rsplit('/').next().unwrap_or_default();
        if ENGINE_SOCKETS.contains(&file_name) {
            hits.push((hit(&ENGINE_SOCKET, Severity::Critical, Confidence::High, shown), mount.field.clone()));
        } else if source.is_empty() {
            hits.push((hit(&HOST_PATH, Severity::Critical, Confidence::High, format!("the host's root: {shown}")), mount.field.clone()));
        } else if let Some((prefix, writable, read_only)) =
            HOST_PATHS.iter().find(|(prefix, _, _)| source == *prefix || source.starts_with(&format!("{prefix}/")))
        {
            let severity = if mount.read_only { *read_only } else { *writable };
            hits.push((hit(&HOST_PATH, severity, Confidence::High, format!("{prefix}: {shown}")), mount.field.clone()));
        }
    }
    hits
}

/// One check that fired on one subject.
#[derive(Debug)]
pub struct MetaHit {
    pub check: &'static Check,
    pub severity: Severity,
    pub confidence: Confidence,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct MetaError {
    origin: &'static str,
    message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilesData {
    known_setuid: Vec<String>,
    shells: Vec<String>,
    system_dirs: Vec<String>,
    dangerous_capabilities: Vec<Capability>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Capability {
    bit: u32,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficialData {
    names: Vec<String>,
    known: Vec<String>,
    namespaces: Vec<String>,
    pub examples: Vec<String>,
    pub negative_examples: Vec<String>,
}

/// The compiled lists.
pub struct MetaChecks {
    known_setuid: HashSet<String>,
    shells: HashSet<String>,
    system_dirs: Vec<String>,
    dangerous_capabilities: Vec<(u32, String)>,
    official: Vec<String>,
    known: HashSet<String>,
    namespaces: Vec<String>,
    pub typosquat_examples: Vec<String>,
    pub typosquat_negative_examples: Vec<String>,
}

impl MetaChecks {
    pub fn builtin() -> Result<MetaChecks, MetaError> {
        let files: FilesData =
            toml::from_str(FILES).map_err(|err| MetaError { origin: "builtin:meta/files.toml", message: err.to_string() })?;
        let official: OfficialData = toml::from_str(OFFICIAL_IMAGES)
            .map_err(|err| MetaError { origin: "builtin:meta/official_images.toml", message: err.to_string() })?;
        Ok(MetaChecks {
            known_setuid: files.known_setuid.into_iter().collect(),
            shells: files.shells.into_iter().collect(),
            system_dirs: files.system_dirs,
            dangerous_capabilities: files.dangerous_capabilities.into_iter().map(|c| (c.bit, c.name)).collect(),
            official: official.names,
            known: official.known.into_iter().collect(),
            namespaces: official.namespaces,
            typosquat_examples: official.examples,
            typosquat_negative_examples: official.negative_examples,
        })
    }

    /// Metadata checks on every file version of one image; (version index, hit).
    pub fn file_metadata(&self, overlay: &Overlay) -> Vec<(usize, MetaHit)> {
        let base_name = |path: &[u8]| String::from_utf8_lossy(path.rsplit(|b| *b == b'/').next().unwrap_or_default()).into_owned();
        let name_of = |v: &Version| base_name(&v.path);
        // A byte-identical copy of a shell under another name is still a shell.
        let shell_hashes: HashMap<Sha256Sum, String> = (0..overlay.len())
            .filter_map(|index| {
                let brief = overlay.brief(index);
                let name = (brief.kind == EntryKind::File).then(|| base_name(brief.path)).filter(|name| self.is_shell(name))?;
                Some((overlay.version(index).meta.sha256?, name))
            })
            .collect();
        let mut hits = Vec::new();
        for index in 0..overlay.len() {
            // Only special bits, a write bit for others or extended attributes make a version
            // worth reading its entry for.
            let brief = overlay.brief(index);
            if !matches!(brief.kind, EntryKind::File | EntryKind::Hardlink | EntryKind::Dir) || (brief.mode & 0o6002 == 0 && !brief.xattrs)
            {
                continue;
            }
            let version = &overlay.version(index);
            let name = name_of(version);
            if version.meta.kind != EntryKind::Dir && version.meta.mode & 0o6000 != 0 {
                if let Some(hit) = self.setuid(version, &name, &shell_hashes) {
                    hits.push((index, hit));
                }
            }
            if let Some(hit) = self.capability(version) {
                hits.push((index, hit));
            }
            if let Some(hit) = self.world_writable(version) {
                hits.push((index, hit));
            }
        }
        hits
    }

    fn is_shell(&self, name: &str) -> bool {
        let stem = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        self.shells.contains(name) || self.shells.contains(stem)
    }

    fn setuid(&self, version: &Version, name: &str, shell_hashes: &HashMap<Sha256Sum, String>) -> Option<MetaHit> {
        let bits = match (version.meta.mode & 0o4000 != 0, version.meta.mode & 0o2000 != 0) {
            (true, true) => "setuid and setgid",
            (true, false) => "setuid",
            _ => "setgid",
        };
        let owner = if version.meta.mode & 0o4000 != 0 { format!("uid {}", version.meta.uid) } else { format!("gid {}", version.meta.gid) };
        let copy_of = version.meta.sha256.and_then(|sha| shell_hashes.get(&sha));
        let hit = |severity, confidence, why: String| MetaHit {
            check: &SETUID,
            severity,
            confidence,
            reason: format!("{bits} ({:04o}, {owner}), layer {}: {why}", version.meta.mode & 0o7777, version.layer),
        };
        if self.is_shell(name) || copy_of.is_some() {
            let what = copy_of.map(|shell| format!("a copy of {shell}")).unwrap_or_else(|| name.to_string());
            return Some(hit(
                Severity::Critical,
                Confidence::High,
                format!("{what} gives a root shell (or runs code as root) to any user"),
            ));
        }
        if self.known_setuid.contains(name) {
            // The distribution's own setuid programs; a later layer adding one is worth a look.
            return (version.layer > 0).then(|| {
                hit(
                    Severity::Low,
                    Confidence::Medium,
                    format!("{name} is setuid on ordinary systems; this one was added by an upper layer"),
                )
            });
        }
        Some(hit(Severity::High, Confidence::Medium, format!("{name} is not a program distributions ship setuid")))
    }

    fn capability(&self, version: &Version) -> Option<MetaHit> {
        let value = version.meta.xattrs.as_ref()?.iter().find(|(key, _)| key == "security.capability").map(|(_, value)| value)?;
        let permitted = decode_capabilities(value)?;
        let dangerous: Vec<&str> =
            self.dangerous_capabilities.iter().filter(|(bit, _)| permitted & (1u64 << bit) != 0).map(|(_, name)| name.as_str()).collect();
        (!dangerous.is_empty()).then(|| MetaHit {
            check: &CAPABILITY,
            severity: Severity::High,
            confidence: Confidence::High,
            reason: format!("permitted {} (layer {})", dangerous.join(", "), version.layer),
        })
    }

    fn world_writable(&self, version: &Version) -> Option<MetaHit> {
        let writable = match version.meta.kind {
            EntryKind::Dir => version.meta.mode & 0o1002 == 0o002,
            _ => version.meta.mode & 0o002 != 0,
        };
        if !writable {
            return None;
        }
        let path = String::from_utf8_lossy(&version.path);
        let dir = self.system_dirs.iter().find(|dir| path.starts_with(&format!("{dir}/")))?;
        Some(MetaHit {
            check: &WORLD_WRITABLE,
            severity: Severity::Medium,
            confidence: Confidence::High,
            reason: format!(
                "mode {:04o} under {dir} (layer {}): any user can change what root runs or reads",
                version.meta.mode & 0o7777,
                version.layer
            ),
        })
    }

    /// Whether an image reference (`docker.io/library/ubunto:22.04`) names a look-alike of an
    /// official image or namespace; the hit says which.
    pub fn typosquat(&self, reference: &str) -> Option<MetaHit> {
        let (namespace, name) = repository(reference)?;
        let reference = repository_name(reference)?;
        let near = |candidate: &str, lists: &[&[String]]| -> Option<String> {
            let all = || lists.iter().flat_map(|list| list.iter());
            if self.known.contains(candidate) || all().any(|official| official == candidate) {
                return None;
            }
            all().find(|official| looks_like(candidate, official)).cloned()
        };
        let hit = |reason: String| MetaHit { check: &TYPOSQUAT, severity: Severity::High, confidence: Confidence::Medium, reason };
        if let Some(official) = near(&name, &[&self.official]) {
            return Some(hit(format!(
                "{name:?} in {reference:?} looks like the official {official:?} (edit distance or look-alike characters)"
            )));
        }
        let namespace = namespace?;
        if let Some(official) = near(&namespace, &[&self.namespaces, &self.official]) {
            return Some(hit(format!(
                "namespace {namespace:?} in {reference:?} looks like the official {official:?} (edit distance or look-alike characters)"
            )));
        }
        let claims_official = namespace.split(['-', '_', '.']).any(|word| word == "official" || word == "library");
        (claims_official && namespace != "library" && self.official.contains(&name)).then(|| {
            hit(format!(
                "namespace {namespace:?} in {reference:?} claims to publish the official {name:?}: official images live in library/"
            ))
        })
    }
}

/// The permitted set of a `vfs_cap_data` xattr (v1, v2 or v3): low 32 bits, then high 32 bits.
fn decode_capabilities(value: &[u8]) -> Option<u64> {
    let word = |at: usize| value.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64);
    let revision = word(0)? & 0xFF00_0000;
    let low = word(4)?;
    let high = if revision >= 0x0200_0000 { word(12).unwrap_or(0) } else { 0 };
    Some(low | (high << 32))
}

/// A reference's repository (`library/ubunto` of `docker.io/library/ubunto:22.04`): what one
/// image's several tags share.
pub fn repository_name(reference: &str) -> Option<String> {
    let (namespace, name) = repository(reference)?;
    Some(namespace.map_or_else(|| name.clone(), |namespace| format!("{namespace}/{name}")))
}

/// (namespace, name) of a reference: registry host, tag and digest dropped.
fn repository(reference: &str) -> Option<(Option<String>, String)> {
    let without_digest = reference.split('@').next()?;
    let mut parts: Vec<&str> = without_digest.split('/').collect();
    if parts.len() > 1 && (parts[0].contains('.') || parts[0].contains(':') || parts[0] == "localhost") {
        parts.remove(0);
    }
    let last = parts.pop()?;
    let name = last.split(':').next()?.to_ascii_lowercase();
    Some((parts.last().map(|ns| ns.to_ascii_lowercase()), name))
}

/// Look-alike characters, as typosquats use them.
fn unconfuse(name: &str) -> String {
    let mut out = name.replace("rn", "m").replace("vv", "w");
    out = out
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '6' | '8' => 'b',
            '7' => 't',
            '9' => 'g',
            other => other,
        })
        .collect();
    out
}

/// Close enough to be mistaken for `official`: equal after look-alike characters, or within a
/// small Damerau-Levenshtein distance (none for short names, whose neighbours are real words).
fn looks_like(candidate: &str, official: &str) -> bool {
    if candidate.len() < 4 || candidate == official {
        return false;
    }
    let unconfused = unconfuse(candidate);
    if unconfused == official || (candidate.contains('1') && unconfused.replace('l', "i") == official) {
        return true;
    }
    let allowed = match official.len() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    };
    allowed > 0 && distance(candidate, official) <= allowed
}

/// Damerau-Levenshtein distance (optimal string alignment), on bytes.
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1).min(table[i][j - 1] + 1).min(table[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("ngnix", "nginx"), 1);
        assert_eq!(distance("pyhton", "python"), 1);
        assert_eq!(distance("alpinee", "alpine"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn capability_bits_decode_from_v2_xattrs() {
        // v2: magic 0x02000001 (effective), permitted lo = cap_setuid (bit 7), inheritable 0, hi 0.
        let mut value = 0x0200_0001u32.to_le_bytes().to_vec();
        value.extend(0x80u32.to_le_bytes());
        value.extend([0u8; 12]);
        assert_eq!(decode_capabilities(&value), Some(1 << 7));
    }

    #[test]
    fn references_split_into_namespace_and_name() {
        assert_eq!(repository("docker.io/library/ubunto:22.04"), Some((Some("library".into()), "ubunto".into())));
        assert_eq!(repository("localhost:5000/test"), Some((None, "test".into())));
        assert_eq!(repository("nignx"), Some((None, "nignx".into())));
    }
}
