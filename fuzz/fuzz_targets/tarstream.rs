//! The Go-style tar stream (`tarstream`) under tar-rs, as the layer reader drives it, and the
//! walk past the end-of-archive marker.
#![no_main]

use std::io::Read;
use std::rc::Rc;

use layerhound::tarstream::{GoTarReader, PaxRecords, StreamLog, TrailingMembers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let log = Rc::new(StreamLog::default());
    let mut archive = tar::Archive::new(GoTarReader::new(data, Rc::clone(&log)));
    if let Ok(entries) = archive.entries() {
        for entry in entries.take(10_000) {
            let Ok(mut entry) = entry else { break };
            let _ = entry.path_bytes();
            let _ = entry.link_name_bytes();
            if let Ok(Some(extensions)) = entry.pax_extensions() {
                for extension in extensions.flatten() {
                    let _ = extension.value_bytes();
                }
            }
            let mut sink = Vec::new();
            if (&mut entry).take(1 << 20).read_to_end(&mut sink).is_err() {
                break;
            }
        }
    }
    let _ = log.fault_anomalies("layer");
    let mut trailing = TrailingMembers::default();
    trailing.feed(data);
    for record in PaxRecords::new(data) {
        if record.is_err() {
            break;
        }
    }
});
