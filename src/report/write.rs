//! The JSON evidence report (files are written atomically by `output::Sink`).

use std::io::{self, Write};

use serde::Serialize;

pub fn write_json(report: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
