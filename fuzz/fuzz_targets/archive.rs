//! A whole image tarball: the outer tar's index (Go-style stream, in-archive links) and image
//! discovery over it (manifest.json, index.json and nested indexes, repositories, configs).
#![no_main]

#[path = "common.rs"]
mod common;

use layerhound::archive::Archive;
use layerhound::image;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = common::limits();
    let archive = Archive::index(data, limits.max_link_hops);
    if let Ok(mut found) = image::discover(&archive, &limits) {
        for image in &mut found.images {
            let layers = image.layers.len();
            image::config::align_history(&mut image.config.history, layers);
            for layer in &image.layers {
                if let Some(member) = &layer.member {
                    let _ = archive.blob(member);
                }
            }
        }
    }
});
