//! Layers read once and kept: for the images and inputs of one run (layer_store), and with
//! their scan outcomes across runs (layer_cache, `--cache`). Above the scan stage, whose
//! outcomes they hold.

pub mod layer_cache;
pub mod layer_store;
