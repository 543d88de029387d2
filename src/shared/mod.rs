//! The vocabulary below every stage: anomalies, ordered levels, digests, limits, paths as
//! bytes, bounded JSON, and the Ctrl-C flag. Nothing here imports a stage.

pub mod anomaly;
pub mod digest;
pub mod interrupt;
pub mod json;
pub mod level;
pub mod limits;
pub mod pathbytes;
