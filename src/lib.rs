//! layerhound: offline forensics for container image tarballs.
//!
//! The data flows one way: [`input`] (find and hash evidence) → [`archive`] (index the outer
//! tar) → [`image`] (manifests, configs) → [`layer`] (decompress, verify, stream each [`entry`] to a
//! [`layer::ContentSink`]: [`scan`] runs the rules over every file and the archives inside it)
//! → [`overlay`] (merged view and hidden versions) → [`report`] (findings joined to every
//! version that holds the bytes).

// The folders follow the flow: evidence/ (files found, recognised and hashed; the outer tar;
// engine stores) → image/ → layers/ (each blob read, verified, cached) → overlay → scan/ →
// report/ → output/; app/ holds the command line and what each command does; shared/ the
// vocabulary every stage uses (anomalies, levels, digests, limits, paths, JSON bounds, Ctrl-C,
// the files caches keep).
// Each module is also re-exported at the crate root (`layerhound::input`, `crate::layer`).
pub mod analysis;
pub mod app;
pub mod evidence;
pub mod image;
pub mod kept;
pub mod layers;
pub mod output;
pub mod overlay;
pub mod report;
pub mod run;
pub mod scan;
pub mod shared;

pub use app::{cli, commands, config, export, triage};
pub use evidence::{archive, input, store, tarstream};
pub use kept::{layer_cache, layer_store};
pub use layers::{entry, entry_table, layer};
pub use report::diff;
pub use run::{now_utc, scan, scan_shard, Progress, ScanOptions};
pub use shared::{anomaly, cache_file, digest, interrupt, json, level, limits, pathbytes};
