//! Every bound layerhound applies to hostile input, in one place.

/// Bounds on what a single image may make layerhound read or hold.
/// Each hit is recorded in the report; nothing is dropped silently.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest JSON member (manifest, index, config) parsed, in bytes.
    pub max_json_bytes: u64,
    /// Entries read from one layer before the rest of the layer is skipped.
    pub max_entries_per_layer: u64,
    /// Decompressed bytes read from one layer before it is cut short.
    pub max_layer_bytes: u64,
    /// Longest entry path kept, in bytes.
    pub max_path_bytes: usize,
    /// Symlink hops followed when resolving a path inside an archive or image root.
    pub max_link_hops: usize,
    /// Nested OCI indexes followed.
    pub max_index_depth: usize,
    /// zstd window accepted, as log2 of bytes (27 = 128 MiB, zstd's own default cap).
    pub zstd_window_log_max: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_json_bytes: 64 << 20,
            max_entries_per_layer: 5_000_000,
            max_layer_bytes: 64 << 30,
            max_path_bytes: 16 << 10,
            max_link_hops: 40,
            max_index_depth: 8,
            zstd_window_log_max: 27,
        }
    }
}
