//! Layers built in code for unit tests: raw names (no sanitising), any entry type.

use crate::layers::entry_table::EntryTable;
use crate::layers::layer::{self, NoSink};
use crate::shared::limits::Limits;

pub enum Spec<'a> {
    File(&'a str, &'a [u8]),
    Dir(&'a str),
    Symlink(&'a str, &'a str),
    Hardlink(&'a str, &'a str),
}

/// A GNU tar with the names written byte for byte, as a hostile writer could.
pub fn tar_bytes(specs: &[Spec]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for spec in specs {
        let mut header = tar::Header::new_gnu();
        let (name, kind, body, link): (&str, tar::EntryType, &[u8], Option<&str>) = match spec {
            Spec::File(name, body) => (name, tar::EntryType::Regular, body, None),
            Spec::Dir(name) => (name, tar::EntryType::Directory, b"", None),
            Spec::Symlink(name, target) => (name, tar::EntryType::Symlink, b"", Some(target)),
            Spec::Hardlink(name, target) => (name, tar::EntryType::Link, b"", Some(target)),
        };
        header.set_entry_type(kind);
        header.set_size(body.len() as u64);
        header.set_mode(if kind == tar::EntryType::Directory { 0o755 } else { 0o644 });
        let raw = &mut header.as_gnu_mut().expect("gnu header").name;
        raw[..name.len()].copy_from_slice(name.as_bytes());
        if let Some(link) = link {
            let raw = &mut header.as_gnu_mut().expect("gnu header").linkname;
            raw[..link.len()].copy_from_slice(link.as_bytes());
        }
        header.set_cksum();
        builder.append(&header, body).expect("append");
    }
    builder.into_inner().expect("finish")
}

pub fn entries(specs: &[Spec]) -> EntryTable {
    let bytes = tar_bytes(specs);
    let data = layer::read("test", &bytes, &Limits::default(), &NoSink);
    assert!(data.error.is_none(), "{:?}", data.error);
    data.entries
}
