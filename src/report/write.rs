//! The JSON evidence report (files are written atomically by `output::Sink`).

use std::io::{self, Write};

use super::Report;

pub fn write_json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
