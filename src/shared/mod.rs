//! The vocabulary below every stage: anomalies, ordered levels, digests, limits, paths as
//! bytes, a URL's authority, bounded JSON, the Ctrl-C flag, the files caches keep across runs. Nothing here
//! imports a stage.

pub mod anomaly;
pub mod cache_file;
pub mod digest;
pub mod interrupt;
pub mod json;
pub mod level;
pub mod limits;
pub mod pathbytes;
pub mod url;
