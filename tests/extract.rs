//! `layerhound extract`: the export stays inside --out whatever the image (or a planted link in
//! the output directory) tries, and never creates devices, setuid bits or foreign owners.

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

use common::build::{oci_archive, raw_header, write_temp};
use serde_json::Value;

fn layerhound(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerhound")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("the binary runs")
}

fn hostile_image() -> Vec<u8> {
    use tar::EntryType::{Block, Char, Directory, Fifo, Link, Regular, Symlink};
    let mut lower = tar::Builder::new(Vec::new());
    for (name, kind, body, link, mode) in [
        (b"etc/".as_slice(), Directory, b"".as_slice(), b"".as_slice(), 0o755),
        (b"etc/shadow", Regular, b"root:secret", b"", 0o600),
        (b"out-abs", Symlink, b"", b"/", 0o777),
        (b"out-rel", Symlink, b"", b"../../../../../../tmp", 0o777),
        (b"bin/suid", Regular, b"#!/bin/sh\n", b"", 0o4755),
        (b"dev/sda", Block, b"", b"", 0o660),
        (b"dev/null", Char, b"", b"", 0o666),
        (b"run/fifo", Fifo, b"", b"", 0o644),
        (b"etc/shadow-link", Link, b"", b"etc/shadow", 0o600),
    ] {
        let mut header = raw_header(name, kind, body.len() as u64, link);
        header.set_mode(mode);
        header.set_uid(4242);
        header.set_cksum();
        lower.append(&header, body).unwrap();
    }
    let lower = lower.into_inner().unwrap();
    let mut upper = tar::Builder::new(Vec::new());
    // Written "through" the escaping links: the overlay keeps them inside the image root.
    for name in [b"out-abs/escaped-abs".as_slice(), b"out-rel/escaped-rel", b"etc/.wh.shadow"] {
        upper.append(&raw_header(name, Regular, 1, b""), &b"x"[..]).unwrap();
    }
    let upper = upper.into_inner().unwrap();
    oci_archive(&[(lower.clone(), lower), (upper.clone(), upper)])
}

fn manifest(out: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(out.join("layerhound-export.json")).unwrap()).unwrap()
}

/// Every path under `dir`, without following links.
fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        found.push(path.display().to_string());
        if std::fs::symlink_metadata(&path).unwrap().is_dir() {
            found.extend(walk(&path));
        }
    }
    found
}

#[test]
fn hostile_image_exports_inside_the_output_only() {
    let work = tempfile::tempdir().unwrap();
    let image = write_temp(&work, "hostile.tar", &hostile_image());
    let out = work.path().join("out");
    let run = layerhound(&["extract", image.to_str().unwrap(), "--out", out.to_str().unwrap(), "--all-versions"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));

    let rootfs = out.join("rootfs");
    assert_eq!(std::fs::read(rootfs.join("escaped-abs")).unwrap(), b"x", "out-abs -> / resolves to the image root");
    assert_eq!(std::fs::read(rootfs.join("tmp/escaped-rel")).unwrap(), b"x");
    assert_eq!(std::fs::read_link(rootfs.join("out-rel")).unwrap(), Path::new("../../../../../../tmp"), "links are written verbatim");
    let suid = std::fs::metadata(rootfs.join("bin/suid")).unwrap();
    assert_eq!(suid.permissions().mode() & 0o7777, 0o755, "no setuid bit on the host");
    assert_eq!(suid.uid(), own_uid(), "no ownership change (the image says 4242)");
    for device in ["dev/sda", "dev/null", "run/fifo"] {
        assert!(std::fs::symlink_metadata(rootfs.join(device)).is_err(), "{device} is not created");
    }
    let hidden = out.join("hidden/layer-0-deleted/etc/shadow");
    assert_eq!(std::fs::read(&hidden).unwrap(), b"root:secret", "the deleted version is in the side tree");
    assert_eq!(std::fs::read(rootfs.join("etc/shadow-link")).unwrap(), b"root:secret", "a hardlink keeps its content");

    let manifest = manifest(&out);
    let mut skipped: Vec<&str> = manifest["not_exported"].as_array().unwrap().iter().map(|n| n["path"].as_str().unwrap()).collect();
    skipped.sort();
    assert_eq!(skipped, ["/dev/null", "/dev/sda", "/run/fifo"]);
    for path in walk(&out) {
        assert!(path.starts_with(out.to_str().unwrap()));
    }
    assert!(std::fs::symlink_metadata("/escaped-abs").is_err() && std::fs::symlink_metadata("/tmp/escaped-rel").is_err());
}

#[test]
fn a_planted_link_in_the_output_directory_is_not_followed() {
    let work = tempfile::tempdir().unwrap();
    let outside = work.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&outside, out.join("rootfs")).unwrap();

    let refused = layerhound(&["extract", "samples/webapp.docker.tar", "--out", out.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not empty"));

    let forced = layerhound(&["extract", "samples/webapp.docker.tar", "--out", out.to_str().unwrap(), "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", String::from_utf8_lossy(&forced.stderr));
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0, "nothing written through the planted link");
    assert!(!manifest(&out)["not_exported"].as_array().unwrap().is_empty(), "the refusals are recorded");
}

#[test]
fn extract_filters_by_path_and_layer() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let run = layerhound(&["extract", "samples/webapp-multi.oci.tar", "--out", out.to_str().unwrap(), "--layer", "1", "--path", "/app"]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let mut written: Vec<String> =
        manifest(&out)["exported"].as_array().unwrap().iter().map(|e| e["written_to"].as_str().unwrap().to_string()).collect();
    written.sort();
    assert!(written.contains(&"hidden/layer-1-deleted/app/.env".to_string()), "{written:?}");
    assert!(written.iter().all(|w| w.contains("/app")), "{written:?}");
    assert!(std::fs::read_to_string(out.join("hidden/layer-1-deleted/app/.env")).unwrap().contains("AKIAIOSFODNN7EXAMPLE"));
}

/// The uid files created by this process get.
fn own_uid() -> u32 {
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid()
}

mod fuzz {
    use layerhound::analysis::Analysis;
    use layerhound::export::{self, Selection};
    use layerhound::layer::NoSink;
    use layerhound::limits::Limits;
    use proptest::prelude::*;

    use super::common::build::{oci_archive, raw_header, write_temp};

    /// Path components chosen to climb, hide and collide.
    fn component() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec!["a", "b", "..", ".", "", "etc", ".wh.a", ".wh..wh..opq", "tmp"])
    }

    fn path() -> impl Strategy<Value = String> {
        (prop::bool::ANY, prop::collection::vec(component(), 1..4))
            .prop_map(|(absolute, parts)| format!("{}{}", if absolute { "/" } else { "" }, parts.join("/")))
    }

    fn entry() -> impl Strategy<Value = (u8, String, String)> {
        (0u8..5, path(), prop::sample::select(vec!["/", "..", "../../..", "/etc", "a", "a/b", "/tmp/outside"]).prop_map(String::from))
    }

    fn layer(entries: &[(u8, String, String)]) -> Vec<u8> {
        use tar::EntryType::{Char, Directory, Link, Regular, Symlink};
        let mut builder = tar::Builder::new(Vec::new());
        for (kind, name, target) in entries {
            let name = &name.as_bytes()[..name.len().min(100)];
            let (kind, body): (tar::EntryType, &[u8]) =
                [(Regular, b"x".as_slice()), (Directory, b""), (Symlink, b""), (Link, b""), (Char, b"")][usize::from(*kind)];
            let mut header = raw_header(name, kind, body.len() as u64, target.as_bytes());
            header.set_mode(0o6777);
            header.set_cksum();
            builder.append(&header, body).unwrap();
        }
        builder.into_inner().unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever the layers hold, an export writes only inside its directory and never a
        /// device, setuid/setgid bit or sticky bit.
        #[test]
        fn exports_stay_inside_their_directory(
            lower in prop::collection::vec(entry(), 1..8),
            upper in prop::collection::vec(entry(), 1..8),
        ) {
            let work = tempfile::tempdir().unwrap();
            let (lower, upper) = (layer(&lower), layer(&upper));
            let image = write_temp(&work, "image.tar", &oci_archive(&[(lower.clone(), lower), (upper.clone(), upper)]));
            let outside = work.path().join("outside");
            std::fs::create_dir(&outside).unwrap();
            let out = work.path().join("out");
            let limits = Limits::default();
            let evidence = layerhound::input::open(&image, None, &limits).unwrap();
            let analysis = Analysis::run(&evidence, &limits, &NoSink).unwrap_or_else(|failed| panic!("{}", failed.error));
            let view = analysis.view(0).unwrap();
            let selection = Selection { all_versions: true, ..Selection::default() };
            export::export(&analysis, &view, &selection, &out, false, &limits).unwrap();
            prop_assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
            let mut names: Vec<_> = std::fs::read_dir(work.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
            names.sort();
            prop_assert_eq!(names, ["image.tar", "out", "outside"]);
            for path in super::walk(&out) {
                let meta = std::fs::symlink_metadata(&path).unwrap();
                use std::os::unix::fs::{FileTypeExt, PermissionsExt};
                prop_assert!(!meta.file_type().is_char_device() && !meta.file_type().is_block_device() && !meta.file_type().is_fifo());
                if !meta.file_type().is_symlink() {
                    prop_assert_eq!(meta.permissions().mode() & 0o7000, 0, "{}", path);
                }
            }
        }
    }
}
