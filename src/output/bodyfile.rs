//! The Sleuth Kit 3.x bodyfile (`MD5|name|inode|mode_as_string|UID|GID|size|atime|mtime|ctime|crtime`)
//! of every file version of every image, so `mactime -b` builds a timeline of what each layer
//! added, changed and deleted. The name field carries the layer, the state and the image:
//! `/etc/crontab (layer 3, deleted) [webapp:1.0 in image.tar]`, and in a container what it did
//! at runtime (`, added at runtime`). A tar keeps only the mtime;
//! the other times are 0, which `mactime` leaves out, unless the layer carries them (a
//! container's layers read from an engine store: the atime and ctime on disk).

use std::io::{self, Write};

use crate::report::{FileVersion, Report};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for input in &report.inputs {
        for image in &input.images {
            let image_name = if image.refs.is_empty() { format!("image {}", image.index) } else { image.refs.join(", ") };
            let context = field(&format!("{image_name} in {}", input.path));
            for version in image.files.iter().flatten() {
                let runtime = version.runtime.map(|change| format!(", {}", change.phrase())).unwrap_or_default();
                writeln!(
                    out,
                    "0|{} (layer {}, {}{runtime}) [{context}]|0|{}|{}|{}|{}|{}|{}|{}|0",
                    name(version),
                    version.layer,
                    version.state.name(),
                    mode_field(version),
                    version.uid,
                    version.gid,
                    version.size,
                    version.atime.unwrap_or(0),
                    version.mtime,
                    version.ctime.unwrap_or(0),
                )?;
            }
        }
    }
    out.flush()
}

/// The path, and a symlink's target as `fls -m` writes it.
fn name(version: &FileVersion) -> String {
    let path = field(&version.path.display());
    match (&version.link_target, version.kind) {
        (Some(target), "symlink") => format!("{path} -> {}", field(&target.display())),
        _ => path,
    }
}

/// `r/rrw-r--r--`: the name type and the meta type (as `fls -m` writes them) and the permissions.
fn mode_field(version: &FileVersion) -> String {
    let kind = match version.kind {
        "file" | "hardlink" => 'r',
        "dir" => 'd',
        "symlink" => 'l',
        "char-device" => 'c',
        "block-device" => 'b',
        "fifo" => 'p',
        _ => '-',
    };
    let mode = u32::from_str_radix(&version.mode, 8).unwrap_or(0);
    format!("{kind}/{kind}{}", super::mode_string(mode))
}

/// A field may not hold the separator; control characters are already escaped by `display`.
fn field(text: &str) -> String {
    crate::shared::pathbytes::display_bytes(text.as_bytes()).replace('|', "\\x7c")
}
