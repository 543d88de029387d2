//! Writing a report so that a crash never leaves a half-written file that looks whole.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

/// Writes `report` as pretty JSON to `path` through a temp file in the same directory, renamed
/// into place only once complete.
pub fn write_json_atomic(report: &impl Serialize, path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new().prefix(".layerhound-report-").tempfile_in(dir)?;
    {
        let mut out = io::BufWriter::new(temp.as_file_mut());
        serde_json::to_writer_pretty(&mut out, report)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    Ok(())
}

pub fn write_json(report: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
